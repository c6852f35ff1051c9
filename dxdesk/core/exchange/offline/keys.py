"""Report keys and whom they belong to: an agency's immutable identity, never its code.

Each slice issued carries a fresh key pair; the public half is registered with the agency's
exchange identity (``ExchangeAgencyIdentity``), which follows the agency through a change of
code and dies with it. A report is accepted only when its key belongs to the agency that now
holds the code the report names, was not revoked (``exchange revoke``) and was not replaced
by a newer key more than the stated time ago (``exchange issue --old-keys-until``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.exchange.offline.mode import require_secretariat, writing
from dxdesk.core.exchange.package import PackageRefused
from dxdesk.core.services.changes import require
from dxdesk.core.storage import models as m
from dxdesk.core.storage.exchange_models import ExchangeAgencyIdentity, ExchangeIssue

OLD_KEY_GRACE = timedelta(days=30)  # a report written before a new slice arrived still counts


def agency_uid(agency: m.Agency, *, create: bool = False) -> str:
    """The agency's exchange identity ('' when it has none and ``create`` is false)."""
    row = ExchangeAgencyIdentity.get_or_none(ExchangeAgencyIdentity.agency == agency.id)
    if row is None and create:
        row = ExchangeAgencyIdentity.create(agency=agency.id, uid=str(uuid.uuid4()))
    return row.uid if row is not None else ""


def replace_older(uid: str, until: date | None, now: datetime) -> None:
    """A new key was issued: the agency's older keys count until ``until`` (default: 30 days)."""
    until = until or (now + OLD_KEY_GRACE).date()
    older = ExchangeIssue.select().where(
        (ExchangeIssue.agency_uid == uid) & ExchangeIssue.revoked_at.is_null()
    )
    for issue in older:
        if issue.valid_until is None or issue.valid_until > until:
            issue.valid_until = until
            issue.save()


def revoked_key_ids(agency: m.Agency) -> list[str]:
    """The agency's revoked keys: a new slice tells the agency to forget reports they signed."""
    uid = agency_uid(agency)
    rows = ExchangeIssue.select(ExchangeIssue.key_id).where(
        (ExchangeIssue.agency_uid == uid)
        & (ExchangeIssue.agency_uid != "")
        & ExchangeIssue.revoked_at.is_null(False)
    )
    return [r.key_id for r in rows]


@dataclass(frozen=True)
class RevokeResult:
    agency_code: str
    agency_name: str
    keys: int  # keys revoked now


def revoke(agency_code: str, *, who: str = "") -> RevokeResult:
    """Refuse from now every report signed with a key issued to this agency so far."""
    require_secretariat()
    agency = require("agency", agency_code)
    with writing():
        uid = agency_uid(agency)
        count = (
            ExchangeIssue.update(revoked_at=datetime.now())
            .where(
                (ExchangeIssue.agency_uid == uid)
                & (ExchangeIssue.agency_uid != "")
                & ExchangeIssue.revoked_at.is_null()
            )
            .execute()
        )
    return RevokeResult(agency.code, agency.name, count)


def check_key(issue: ExchangeIssue, code: str, name: str, today: date | None = None) -> None:
    """Refuse a report whose key is not, today, a valid key of the agency holding ``code``."""
    agency = m.Agency.get_or_none(m.Agency.code == code)
    if agency is None or not issue.agency_uid or agency_uid(agency) != issue.agency_uid:
        raise PackageRefused(
            f"Gói {name} được ký bằng khóa cấp cho đơn vị mang mã {code} trước "
            "đây, nay mã này thuộc đơn vị khác (hoặc đơn vị đó không còn) nên "
            "không được nhận."
        )
    if issue.revoked_at is not None:
        raise PackageRefused(
            f"Khóa ký gói {name} của đơn vị {code} đã bị thu hồi ngày "
            f"{fmt_date(issue.revoked_at.date())} nên gói không được nhận; hãy "
            "giao gói dữ liệu mới cho đơn vị."
        )
    today = today or date.today()
    if issue.valid_until is not None and today > issue.valid_until:
        raise PackageRefused(
            f"Gói {name} được ký bằng khóa cũ của đơn vị {code}, đã được thay "
            f"bằng khóa mới và chỉ còn dùng được đến hết ngày "
            f"{fmt_date(issue.valid_until)}; hãy đề nghị đơn vị mở gói dữ liệu "
            "mới rồi lập lại báo cáo."
        )
