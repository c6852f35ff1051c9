"""The shape of the synthetic province: its sizes and dates, and the containers of its rows.

A leaf module: the generator's parts (``synthetic_reference``, ``synthetic_records``) and the
generator itself (``synthetic``) import it; it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

AS_OF = date(2025, 6, 30)  # the bench's summary date: the end of Q2 2025
SEED = 20250630
TARGETS = 5_000
TASKS = 50_000
MEETINGS = 2_000
MEASUREMENTS_PER_TARGET = 100
FIRST_MONTH = (2017, 1)  # measurement series start within 24 months of this month


@dataclass
class Table:
    columns: tuple[str, ...]
    rows: list[tuple] = field(default_factory=list)

    def insert_sql(self, name: str) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" * len(self.columns))
        return f'INSERT INTO "{name}" ({cols}) VALUES ({marks})'


@dataclass
class Province:
    """The rows of every table, in an order that satisfies the foreign keys."""

    scale: float
    seed: int
    tables: dict[str, Table]

    def counts(self) -> dict[str, int]:
        return {name: len(t.rows) for name, t in self.tables.items()}


def scaled(full: int, scale: float) -> int:
    """``full`` at ``scale``, at least 1."""
    return max(1, round(full * scale))


def day(d: date) -> str:
    """A date as the register stores it (ISO)."""
    return d.isoformat()
