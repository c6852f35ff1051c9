"""Issuing a slice (secretariat): one agency's share of the register, in one signed package.

The slice holds the reference data the agency needs (committee, agencies, pillars, documents,
meetings, the conclusions its work comes from), the targets it leads with their milestones and
measurements, the tasks it leads or coordinates with their progress notes, a fresh key pair for
its reports (the public half is registered here) and the secretariat's public key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dxdesk import __version__
from dxdesk.core.exchange import package, package_keys
from dxdesk.core.exchange.offline import keys
from dxdesk.core.exchange.offline.mode import require_secretariat, writing
from dxdesk.core.exchange.offline.receipts import live_receipts
from dxdesk.core.services import agency_life
from dxdesk.core.services.changes import require
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.exchange_models import ExchangeIdentity, ExchangeIssue
from dxdesk.core.storage.records import SPECS

REFERENCE = ("pillar", "agency", "programme", "document", "meeting")
COMMITTEE_FIELDS = (
    "name",
    "short_name",
    "level",
    "province",
    "place",
    "standing_agency",
    "symbol",
    "doc_style",
    "signer_authority",
    "signer_title",
    "signer_name",
)


@dataclass(frozen=True)
class IssueResult:
    path: Path
    package_id: str
    agency_code: str
    agency_name: str
    tasks: int
    targets: int
    size: int
    fingerprint: str  # of the secretariat's key, to read out to the agency by phone
    left_out: str = ""  # what of the register a slice never carries, said to the officer


def identity() -> ExchangeIdentity:
    """The secretariat's signing identity, created on first use."""
    row = ExchangeIdentity.select().first()
    if row is None:
        private, public = package_keys.new_key_pair()
        row = ExchangeIdentity.create(
            committee_uid=str(uuid.uuid4()),
            private_key=private,
            public_key=public,
            created_at=datetime.now(),
        )
    return row


def committee_record() -> dict[str, Any]:
    """The committee's own description (empty names when it was never filled in)."""
    row = m.Committee.select().first()
    return {f: getattr(row, f) if row else "" for f in COMMITTEE_FIELDS}


def left_out() -> str:
    """What a slice does not carry though the register has it, in one sentence ("" when
    nothing): drafts and their comments stay with the secretariat (docs/exchange.md)."""
    from dxdesk.core.storage import draft_models as dm

    n_drafts, n_comments = dm.Draft.select().count(), dm.DraftComment.select().count()
    if not n_drafts:
        return ""
    comments = f" và {n_comments} ý kiến góp ý" if n_comments else ""
    return (
        f"Gói không mang {n_drafts} dự thảo{comments}: dự thảo do Văn phòng BCĐ quản lý; "
        "đơn vị gửi ý kiến góp ý bằng văn bản để Văn phòng ghi vào sổ."
    )


def last_merged_seq(agency: str) -> int:
    """The number of the latest report of this agency merged and not undone."""
    return max((r.seq for r in live_receipts(agency)), default=0)


def _all(entity: str, query=None) -> list[dict[str, Any]]:
    spec = SPECS[entity]
    query = query if query is not None else spec.model.select()
    return [records.to_record(spec, inst) for inst in query.order_by(spec.model.id)]


def collect(agency: m.Agency) -> dict[str, list[dict[str, Any]]]:
    """The records of an agency's slice, in load order."""
    out = {entity: _all(entity) for entity in REFERENCE}
    coordinated = m.TaskAgency.select(m.TaskAgency.task).where(m.TaskAgency.agency == agency)
    tasks = m.Task.select().where((m.Task.lead_agency == agency) | m.Task.id.in_(coordinated))
    targets = m.Target.select().where(m.Target.lead_agency == agency)
    out["target"], out["task"] = _all("target", targets), _all("task", tasks)
    sources = {r["source_conclusion"] for r in out["task"] + out["target"]} - {None}
    out["conclusion"] = [c for c in _all("conclusion") if c["code"] in sources]
    out["milestone"] = _all(
        "milestone", m.Milestone.select().where(m.Milestone.target.in_(targets))
    )
    out["measurement"] = _all(
        "measurement", m.Measurement.select().where(m.Measurement.target.in_(targets))
    )
    out["note"] = _all("note", m.ProgressNote.select().where(m.ProgressNote.task.in_(tasks)))
    return {e: out[e] for e in records.LOAD_ORDER if e in out}


def issue_slice(
    agency_code: str, out: str | Path, *, who: str = "", old_keys_until: date | None = None
) -> IssueResult:
    """Write the slice of one agency to ``out`` and register the key its reports must use;
    the agency's older keys count until ``old_keys_until`` (default: 30 days from now)."""
    require_secretariat()
    agency = require("agency", agency_code)
    ended = agency_life.ended_error(agency.code, date.today(), "giao dữ liệu cho {name}")
    if ended:
        raise agency_life.AgencyEnded(ended)
    with writing():
        me = identity()
        agency_private, agency_public = package_keys.new_key_pair()
        package_id, now = str(uuid.uuid4()), datetime.now()
        merged = last_merged_seq(agency.code)
        slice_seq = ExchangeIssue.select().where(ExchangeIssue.agency == agency.code).count() + 1
        data_records = collect(agency)
        manifest = {
            "kind": package.SLICE,
            "package_id": package_id,
            "committee_uid": me.committee_uid,
            "committee_name": committee_record()["name"],
            "agency": agency.code,
            "agency_name": agency.name,
            "created_at": now.isoformat(timespec="seconds"),
            "created_by": who,
            "app_version": __version__,
            "secretariat_key": me.public_key,
            "agency_key_id": package_keys.key_id(agency_public),
            "slice_seq": slice_seq,
        }
        payload = {
            "committee": committee_record(),
            "records": data_records,
            "agency_private_key": agency_private,
            "merged_upto": merged,
            "next_report_seq": merged + 1,
            "revoked_key_ids": keys.revoked_key_ids(agency),
        }
        data = package.build(manifest, payload, me.private_key)
        uid = keys.agency_uid(agency, create=True)
        keys.replace_older(uid, old_keys_until, now)
        ExchangeIssue.create(
            package_id=package_id,
            agency=agency.code,
            agency_uid=uid,
            public_key=agency_public,
            key_id=package_keys.key_id(agency_public),
            issued_at=now,
            issued_by=who,
            size=len(data),
        )
        path = package.write_file(data, out)
    return IssueResult(
        path,
        package_id,
        agency.code,
        agency.name,
        len(data_records["task"]),
        len(data_records["target"]),
        len(data),
        package_keys.fingerprint(me.public_key),
        left_out(),
    )


def issued(agency_code: str | None = None) -> list[ExchangeIssue]:
    """Slices issued (to one agency or to all), newest first."""
    query = ExchangeIssue.select().order_by(ExchangeIssue.issued_at.desc(), ExchangeIssue.id.desc())
    return list(query if agency_code is None else query.where(ExchangeIssue.agency == agency_code))
