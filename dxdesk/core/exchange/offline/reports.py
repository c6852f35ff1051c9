"""Reporting back (agency): the changes since the last report, numbered, signed, in one file.

Writing a report moves the base forward to the current values and keeps the package (a few
kilobytes) so that it can be sent again (``resend``) and so that a refreshed slice issued
before the secretariat merged it does not undo what it carried.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dxdesk import __version__
from dxdesk.core.errors import DxError, NotFound
from dxdesk.core.exchange import package
from dxdesk.core.exchange.offline import mode
from dxdesk.core.exchange.offline.diff import current_records, local_changes, set_base
from dxdesk.core.storage.exchange_models import ExchangeSent


@dataclass(frozen=True)
class ReportResult:
    path: Path
    seq: int
    package_id: str
    changes: int
    size: int


def write_report(out: str | Path, *, who: str = "") -> ReportResult:
    """Write the agency's report of everything changed since its previous report."""
    row = mode.require_agency()
    changes = local_changes()
    if not changes:
        raise DxError("Không có thay đổi nào kể từ lần báo cáo trước nên chưa cần gửi báo cáo.")
    seq, package_id, now = row.next_seq, str(uuid.uuid4()), datetime.now()
    manifest = {
        "kind": package.REPORT,
        "package_id": package_id,
        "committee_uid": row.committee_uid,
        "committee_name": row.committee_name,
        "agency": row.agency_code,
        "agency_name": row.agency_name,
        "seq": seq,
        "slice_id": row.slice_id,
        "key_id": row.key_id,
        "created_at": now.isoformat(timespec="seconds"),
        "created_by": who,
        "app_version": __version__,
    }
    payload = {"changes": [c.as_json() for c in changes]}
    data = package.build(manifest, payload, row.agency_private_key)
    units = [[c.entity, c.key, c.unit] for c in changes]
    package.check_writable(out)  # a wrong place is refused before the report is recorded
    # The report is recorded (counter, base, the package itself) before its file is written:
    # a file on the stick is then always one the register counted. A crash or a full stick
    # after the commit leaves a recorded report without a file, which ``resend`` writes.
    with mode.writing():
        set_base(current_records())
        ExchangeSent.create(
            seq=seq,
            package_id=package_id,
            written_at=now,
            written_by=who,
            units=package.dumps(units),
            data=base64.b64encode(data).decode("ascii"),
        )
        row.next_seq = seq + 1
        row.save()
    try:
        path = package.write_file(data, out)  # temporary name, fsync, rename
    except DxError as exc:
        raise DxError(
            f"Báo cáo số {seq} đã được lập và ghi nhận nhưng chưa ghi được ra tệp: "
            f"{exc} Hãy ghi lại bằng: dxdesk exchange report --again {seq} --out "
            f"{out}"
        ) from exc
    return ReportResult(path, seq, package_id, len(changes), len(data))


def resend(seq: int, out: str | Path) -> ReportResult:
    """Write an earlier report again, byte for byte (a lost e-mail, a broken USB stick)."""
    mode.require_agency()
    sent = ExchangeSent.get_or_none(ExchangeSent.seq == seq)
    if sent is None:
        raise NotFound(f"Chưa có báo cáo số {seq} nào được lập trên máy này.")
    data = base64.b64decode(sent.data)
    path = package.write_file(data, out)
    units = package.loads(sent.units)
    return ReportResult(path, seq, sent.package_id, len(units), len(data))


def sent_reports() -> list[ExchangeSent]:
    """Reports written on this machine, newest first."""
    return list(ExchangeSent.select().order_by(ExchangeSent.seq.desc()))
