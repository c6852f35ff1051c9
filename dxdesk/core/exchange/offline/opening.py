"""Opening a slice (agency): create an agency-mode register, or refresh one.

A refresh takes the secretariat's new values except where the agency has something the
secretariat has not got yet: a unit changed since the last report, or carried by a report the
slice was issued before merging (the slice says up to which report it has merged). Those stay
as they are locally, with their base, so the next report still carries them. Records the new
slice no longer holds are removed unless they hold such changes. Slice data is not written to
the change log: it is not the agency's work, and undo must not take it away.
"""

from __future__ import annotations

import base64
import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dxdesk.core.exchange import package, package_keys
from dxdesk.core.exchange.offline import mode, verify
from dxdesk.core.exchange.offline.codec import TRACKED, UNITS, WHOLE, key_text
from dxdesk.core.exchange.offline.diff import base_records, local_changes, set_base
from dxdesk.core.exchange.offline.slices import COMMITTEE_FIELDS
from dxdesk.core.exchange.package import PackageRefused
from dxdesk.core.services.register import validate
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.exchange_models import ExchangeAgencyMode, ExchangeSent
from dxdesk.core.storage.records import LOAD_ORDER, SPECS

Unit = tuple[str, str, str]  # (entity, key, unit)
SCOPED = ("note", "measurement", "milestone", "task", "target")  # removal order


@dataclass(frozen=True)
class OpenResult:
    agency_code: str
    agency_name: str
    refreshed: bool
    unchanged: bool
    tasks: int
    targets: int
    kept: int  # local changes not yet known to the secretariat, kept as they were
    fingerprint: str  # of the secretariat's key, to compare by phone


def open_slice(path: str | Path, *, who: str = "") -> OpenResult:
    """Open (or refresh) the agency-mode register from a slice package."""
    pkg = package.read(path)
    row = mode.current_row()
    verify.check_slice(pkg, row)
    man = pkg.manifest
    payload = _payload(pkg)
    if row is not None and row.slice_id == man.get("package_id"):
        return _result(man, payload, True, unchanged=True, kept=0)
    _check_fresh(pkg, payload, row)
    with mode.writing():
        pending = _pending(payload) if row is not None else set()
        _write_committee(payload["committee"])
        _write_records(payload["records"], pending)
        _remove_missing(payload["records"], pending)
        _reset_base(payload["records"], pending)
        _save_mode(row, man, payload)
        _void_revoked(payload)
    return _result(man, payload, row is not None, unchanged=False, kept=len(pending))


def _result(man: dict, payload: dict, refreshed: bool, *, unchanged: bool, kept: int) -> OpenResult:
    recs = payload["records"]
    return OpenResult(
        man["agency"],
        man["agency_name"],
        refreshed,
        unchanged,
        len(recs.get("task", [])),
        len(recs.get("target", [])),
        kept,
        package_keys.fingerprint(man["secretariat_key"]),
    )


def _payload(pkg: package.Package) -> dict[str, Any]:
    payload = pkg.payload()
    man = pkg.manifest
    ok = (
        isinstance(payload, dict)
        and isinstance(payload.get("records"), dict)
        and isinstance(payload.get("committee"), dict)
        and isinstance(payload.get("agency_private_key"), str)
        and isinstance(payload.get("merged_upto"), int)
        and isinstance(payload.get("next_report_seq"), int)
        and all(
            e in SPECS and isinstance(v, list) and all(isinstance(r, dict) for r in v)
            for e, v in payload["records"].items()
        )
    )
    if not ok or not all(
        isinstance(man.get(k), str) for k in ("agency", "agency_name", "created_at", "package_id")
    ):
        raise package.integrity_error(pkg.name)
    try:
        datetime.fromisoformat(man["created_at"])
    except ValueError:
        raise package.integrity_error(pkg.name) from None
    try:
        public = package_keys.public_of(payload["agency_private_key"])
    except ValueError:
        raise package.integrity_error(pkg.name) from None
    if package_keys.key_id(public) != man.get("agency_key_id"):
        raise package.integrity_error(pkg.name)
    return payload


def _check_fresh(pkg: package.Package, payload: dict, row: ExchangeAgencyMode | None) -> None:
    seq = pkg.manifest.get("slice_seq")
    if row is None:
        if m.Task.select().exists() or m.Target.select().exists() or m.Agency.select().exists():
            where = getattr(m.database_proxy.obj, "dxdesk_path", None)
            name = Path(where).name if where else "này"
            raise PackageRefused(
                f"Tệp dữ liệu {name} đã có dữ liệu của Văn phòng; hãy mở gói "
                "giao dữ liệu vào một tệp mới."
            )
    elif not isinstance(seq, int) or seq < row.slice_seq:
        raise PackageRefused(
            f"Gói {pkg.name} được lập trước gói dữ liệu đang dùng nên không được mở."
        )
    errors = validate(payload["records"])
    if errors:
        raise PackageRefused(
            f"Gói {pkg.name} có dữ liệu không hợp lệ ({errors[0]}) nên không được mở."
        )


def _pending(payload: dict[str, Any]) -> set[Unit]:
    """Units the secretariat has not got yet: changed locally, or in reports it has not merged."""
    units = {(c.entity, c.key, c.unit) for c in local_changes()}
    later = ExchangeSent.select().where(ExchangeSent.seq > payload["merged_upto"])
    for sent in later:
        units |= {tuple(u) for u in package.loads(sent.units)}
    return units


def _write_committee(values: dict[str, Any]) -> None:
    row = m.Committee.select().first() or m.Committee(name="")
    for name in COMMITTEE_FIELDS:
        if isinstance(values.get(name), str):
            setattr(row, name, values[name])
    row.save()


def _write_records(recs: dict[str, list[dict]], pending: set[Unit]) -> None:
    held = {(e, k) for e, k, _ in pending}
    for record in recs.get("agency", []):  # parents may come later in the list
        records.write(SPECS["agency"], {k: v for k, v in record.items() if k != "parent"})
    for entity in LOAD_ORDER:
        for record in recs.get(entity, []):
            key = key_text(entity, record)
            if entity in WHOLE and (entity, key) in held:
                continue
            if entity == "task":
                record = _without_held_units(record, key, pending)
            records.write(SPECS[entity], record)


def _without_held_units(record: dict, key: str, pending: set[Unit]) -> dict:
    out = dict(record)
    for entity, held_key, unit in pending:
        if entity == "task" and held_key == key:
            for name in UNITS["task"][unit]:
                out.pop(name, None)
    return out


def _remove_missing(recs: dict[str, list[dict]], pending: set[Unit]) -> None:
    present = {(e, key_text(e, r)) for e in SCOPED for r in recs.get(e, [])}
    held = {(e, k) for e, k, _ in pending}
    held |= {("task", k.split("|", 1)[0]) for e, k in list(held) if e == "note"}
    held |= {("target", k.split("|", 1)[0]) for e, k in list(held) if e == "measurement"}
    for entity in SCOPED:
        spec = SPECS[entity]
        for instance in list(spec.model.select()):
            key = key_text(entity, records.to_record(spec, instance))
            if (entity, key) not in present and (entity, key) not in held:
                instance.delete_instance()


def _reset_base(recs: dict[str, list[dict]], pending: set[Unit]) -> None:
    old = base_records()
    new = {(e, key_text(e, r)): dict(r) for e in TRACKED for r in recs.get(e, [])}
    for entity, key, unit in pending:
        if entity in WHOLE:
            if (entity, key) in old:
                new[(entity, key)] = old[(entity, key)]
            else:
                new.pop((entity, key), None)
        elif (entity, key) in old:
            fields = UNITS[entity][unit]
            merged = new.get((entity, key), old[(entity, key)])
            new[(entity, key)] = {**merged, **{f: old[(entity, key)].get(f) for f in fields}}
    set_base(new)


def _void_revoked(payload: dict[str, Any]) -> None:
    """Reports signed with a key the secretariat revoked can never be merged: forget them and
    number the next report in their place (what they carried is pending again, ``_pending``)."""
    revoked = payload.get("revoked_key_ids")
    if not isinstance(revoked, list) or not revoked:
        return
    later = ExchangeSent.select().where(ExchangeSent.seq > payload["merged_upto"])
    voided = [s for s in later if _sent_key_id(s) in revoked]
    if not voided:
        return
    ExchangeSent.delete().where(ExchangeSent.id.in_([s.id for s in voided])).execute()
    row = mode.current_row()
    row.next_seq = min(s.seq for s in voided)
    row.save()


def _sent_key_id(sent: ExchangeSent) -> str:
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(sent.data))) as zf:
        return str(package.loads(zf.read(package.MANIFEST)).get("key_id", ""))


def _save_mode(row: ExchangeAgencyMode | None, man: dict, payload: dict) -> None:
    next_seq = max(row.next_seq if row else 1, payload["next_report_seq"])
    values = {
        "agency_code": man["agency"],
        "agency_name": man["agency_name"],
        "committee_uid": man.get("committee_uid", ""),
        "committee_name": man.get("committee_name") or "",
        "secretariat_key": man["secretariat_key"],
        "agency_private_key": payload["agency_private_key"],
        "key_id": man["agency_key_id"],
        "slice_id": man["package_id"],
        "slice_seq": man.get("slice_seq") or 0,
        "issued_at": datetime.fromisoformat(man["created_at"]),
        "received_at": datetime.now(),
        "next_seq": next_seq,
    }
    if row is None:
        ExchangeAgencyMode.create(**values)
        return
    for name, value in values.items():
        setattr(row, name, value)
    row.save()
