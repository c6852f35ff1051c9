"""Where a register stands in the exchange: for ``dxdesk exchange status`` and the GUI."""

from __future__ import annotations

from typing import Any

from dxdesk.core.exchange import package_keys
from dxdesk.core.exchange.offline.diff import local_changes
from dxdesk.core.exchange.offline.mode import agency_mode, current_row
from dxdesk.core.exchange.offline.receipts import live_receipts
from dxdesk.core.storage.exchange_models import (
    ExchangeConflict,
    ExchangeIdentity,
    ExchangeIssue,
    ExchangeSent,
)


def exchange_status() -> dict[str, Any]:
    """The agency mode and its pending changes, or the secretariat's slices and reports."""
    mode = agency_mode()
    if mode is not None:
        row = current_row()
        return {
            "mode": "agency",
            "banner": mode.banner,
            "agency": mode.agency_code,
            "agency_name": mode.agency_name,
            "received_at": mode.received_at,
            "issued_at": mode.issued_at,
            "pending": len(local_changes()),
            "next_report": mode.next_seq,
            "sent": ExchangeSent.select().count(),
            "secretariat_fingerprint": package_keys.fingerprint(row.secretariat_key),
        }
    me = ExchangeIdentity.select().first()
    agencies = sorted({i.agency for i in ExchangeIssue.select(ExchangeIssue.agency)})
    return {
        "mode": "secretariat",
        "fingerprint": package_keys.fingerprint(me.public_key) if me else "",
        "agencies": [_agency_line(code) for code in agencies],
        "open_conflicts": ExchangeConflict.select().where(ExchangeConflict.kept == "").count(),
    }


def _agency_line(code: str) -> dict[str, Any]:
    issues = ExchangeIssue.select().where(ExchangeIssue.agency == code)
    last = issues.order_by(ExchangeIssue.issued_at.desc()).first()
    merged = live_receipts(code)
    return {
        "agency": code,
        "slices": issues.count(),
        "last_issued_at": last.issued_at,
        "reports_merged": len(merged),
        "last_report": merged[-1].seq if merged else 0,
    }
