"""Reports merged at the secretariat: which count, and which an undo has voided.

A receipt whose change set was undone (or dropped after an undo) no longer counts: the same
package may be merged again, and the next report in sequence waits for it.
"""

from __future__ import annotations

from dxdesk.core.storage import models as m
from dxdesk.core.storage.exchange_models import ExchangeConflict, ExchangeReceipt


def is_live(receipt: ExchangeReceipt) -> bool:
    """Whether what this merge changed is still in the register (a merge that applied
    nothing used to keep no change set: it counts)."""
    if receipt.changeset_id is None and receipt.applied == 0:
        return True
    changeset = m.ChangeSet.get_or_none(m.ChangeSet.id == receipt.changeset_id)
    return changeset is not None and not changeset.undone


def live_receipts(agency: str) -> list[ExchangeReceipt]:
    """The merges of this agency's reports that still count, by report number."""
    rows = ExchangeReceipt.select().where(ExchangeReceipt.agency == agency)
    return [r for r in rows.order_by(ExchangeReceipt.seq) if is_live(r)]


def live_receipt(package_id: str) -> ExchangeReceipt | None:
    """The merge of this package, if it still counts."""
    row = ExchangeReceipt.get_or_none(ExchangeReceipt.package_id == package_id)
    return row if row is not None and is_live(row) else None


def forget_void(package_id: str) -> None:
    """Remove a voided merge of this package (and its open conflicts) before merging again."""
    row = ExchangeReceipt.get_or_none(ExchangeReceipt.package_id == package_id)
    if row is None or is_live(row):
        return
    ExchangeConflict.delete().where(
        (ExchangeConflict.package_id == package_id) & (ExchangeConflict.kept == "")
    ).execute()
    row.delete_instance()
