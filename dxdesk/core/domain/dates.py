"""Date rules that need no record types: "due soon", and the date a register opens at.

Apart from ``rules`` (which re-exports them) so that the window's start-up preview can use
them without loading the rules' record types (each dataclass costs ~1 ms to create).
"""

from __future__ import annotations

from datetime import date

DUE_SOON_DAYS = 7  # an on-track task due within this many days is "sắp đến hạn"
STALE_AFTER_DAYS = 90  # a register untouched this long opens at its last activity date


def opening_as_of(latest_activity: date | None, today: date) -> date:
    """Today; for a register nobody has touched in months (an archive, the demo), the day of
    its last activity, so the figures are the ones of that time."""
    if latest_activity is not None and (today - latest_activity).days > STALE_AFTER_DAYS:
        return latest_activity
    return today
