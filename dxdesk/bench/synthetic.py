"""A large synthetic province for the bench: deterministic, written straight into a register.

At scale 1 the province has 40 agencies, 4 pillars, 8 documents, 2,000 meetings with about
6,000 conclusion items, 5,000 targets (a third with yearly milestones) measured every month
for 100 months (500,000 measurements) and 50,000 tasks with consistent dates (assigned ≤
started ≤ completed), deadlines (many already past), coordinating agencies and Vietnamese
texts. The reference as-of date of the bench is :data:`AS_OF`; some records start after it
(targets assigned later, measurements and meetings still to come), so "at a date" matters.

``generate`` builds the rows in memory (seeded ``random.Random``: the same seed always gives
the same province) from its parts: ``synthetic_reference`` (committee, agencies, pillars,
documents), ``synthetic_meetings``, ``synthetic_targets`` (with milestones and measurements) and
``synthetic_tasks``; sizes and dates are in ``synthetic_tables``. ``load_province`` writes
them into a register opened with ``Session``, as plain tuples through ``executemany`` on peewee's own connection inside one transaction (the
bulk path of STACK-NOTES.md, never model instances). ``build_province`` does both.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from dxdesk.bench.synthetic_meetings import meetings
from dxdesk.bench.synthetic_reference import reference_tables
from dxdesk.bench.synthetic_tables import (
    AS_OF,
    FIRST_MONTH,
    MEASUREMENTS_PER_TARGET,
    MEETINGS,
    SEED,
    TARGETS,
    TASKS,
    Province,
    Table,
    scaled,
)
from dxdesk.bench.synthetic_targets import targets
from dxdesk.bench.synthetic_tasks import tasks

__all__ = [
    "AS_OF",
    "FIRST_MONTH",
    "MEASUREMENTS_PER_TARGET",
    "MEETINGS",
    "SEED",
    "TARGETS",
    "TASKS",
    "Province",
    "Table",
    "build_province",
    "generate",
    "insert_all",
    "load_province",
]


def generate(scale: float = 1.0, seed: int = SEED) -> Province:
    """Every row of the synthetic province (the same for the same scale and seed).

    The parts run in this order, each drawing from the one seeded generator: the reference
    tables (no random numbers), the meetings, the targets, the tasks.
    """
    rnd = random.Random(seed)
    t: dict[str, Table] = {}
    ref = reference_tables(t)
    mt = meetings(t, rnd, scaled(MEETINGS, scale), ref)
    targets(t, rnd, scaled(TARGETS, scale), ref, mt)
    tasks(t, rnd, scaled(TASKS, scale), ref, mt)
    return Province(scale, seed, t)


def insert_all(province: Province, executemany: Callable[[str, list[tuple]], object]) -> None:
    """Insert every table's rows with ``executemany(sql, rows)`` (any DB-API connection)."""
    for name, table in province.tables.items():
        if table.rows:
            executemany(table.insert_sql(name), table.rows)


def load_province(path: str | Path, province: Province) -> dict[str, int]:
    """Write ``province`` into the register at ``path`` (created if needed) in one transaction.

    The register is opened with ``Session`` (checks, migrations); rows go through
    ``executemany`` on peewee's own connection. Returns the number of rows per table.
    """
    from dxdesk.core.session import Session

    with Session(path, who="dxdesk bench", daily_backup=False) as session:
        db = session.db
        with db.atomic():
            insert_all(province, db.connection().executemany)
    return province.counts()


def build_province(path: str | Path, scale: float = 1.0, seed: int = SEED) -> dict[str, int]:
    """Generate the synthetic province at ``scale`` and write it to ``path``; row counts."""
    return load_province(path, generate(scale, seed))
