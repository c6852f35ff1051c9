"""Agency mode: a register opened from a slice, working for one agency until it reports back.

The mode is one row of ``exchange_agency_mode``; it is cached on the open database (every
write consults it through the permission guard) and forgotten when a slice is opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import peewee

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import DxError
from dxdesk.core.storage import models as m
from dxdesk.core.storage.database import ReadOnlyDatabase, translate_error
from dxdesk.core.storage.exchange_models import ExchangeAgencyMode

_CACHE = "dxdesk_agency_mode"


@dataclass(frozen=True)
class AgencyMode:
    """What the window's banner and the CLI show about an agency-mode register."""

    agency_code: str
    agency_name: str
    committee_name: str
    received_at: datetime
    issued_at: datetime
    slice_id: str
    next_seq: int

    @property
    def banner(self) -> str:
        """'Chế độ đơn vị: UBND huyện Bát Xát — dữ liệu nhận ngày 05/01/2024'."""
        return (
            f"Chế độ đơn vị: {self.agency_name} — dữ liệu nhận ngày "
            f"{fmt_date(self.received_at.date())}"
        )


def current_row() -> ExchangeAgencyMode | None:
    """The agency-mode row of the open register, or None at the secretariat."""
    return ExchangeAgencyMode.select().first()


def agency_mode() -> AgencyMode | None:
    """The agency mode of the open register (None: the secretariat's own register)."""
    db = m.database_proxy.obj
    cached = getattr(db, _CACHE, None)
    if cached is not None:
        return cached[0]
    row = current_row()
    mode = (
        None
        if row is None
        else AgencyMode(
            row.agency_code,
            row.agency_name,
            row.committee_name,
            row.received_at,
            row.issued_at,
            row.slice_id,
            row.next_seq,
        )
    )
    setattr(db, _CACHE, (mode,))
    return mode


def forget() -> None:
    """Drop the cached mode (after a slice is opened or a report written)."""
    db = m.database_proxy.obj
    if db is not None and hasattr(db, _CACHE):
        delattr(db, _CACHE)


def require_agency() -> ExchangeAgencyMode:
    """The agency-mode row, or a clear error at the secretariat."""
    row = current_row()
    if row is None:
        raise DxError(
            "Tệp dữ liệu này là sổ của Văn phòng BCĐ, không phải dữ liệu của một đơn "
            "vị; hãy mở gói dữ liệu được giao (dxdesk exchange open) trước."
        )
    return row


def require_secretariat() -> None:
    """Refuse secretariat actions (issue, merge, resolve) in an agency-mode register."""
    mode = agency_mode()
    if mode is not None:
        raise DxError(
            f"Tệp dữ liệu này đang ở chế độ đơn vị ({mode.agency_name}): chỉ sổ của "
            "Văn phòng BCĐ mới giao dữ liệu và nhận báo cáo."
        )


@contextmanager
def writing() -> Iterator[None]:
    """One transaction outside the change log (slices, report counters), like ``recording``."""
    db = m.database_proxy
    if getattr(db.obj, "dxdesk_read_only", False):
        raise ReadOnlyDatabase("Tệp đang mở ở chế độ chỉ đọc: không thể ghi thay đổi.")
    try:
        with db.atomic():
            yield
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        error = translate_error(exc, getattr(db.obj, "dxdesk_path", ""))
        if error is None:
            raise
        raise error from exc
    finally:
        forget()
