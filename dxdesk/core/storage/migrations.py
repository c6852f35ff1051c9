"""Versioned schema migrations on ``PRAGMA user_version``.

Each step is a function from version N-1 to N; ``migrate`` runs the missing ones in one
transaction, so a failed migration leaves the file at its old version (and a copy of it
was taken beforehand by ``open_database``).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from dxdesk.core.storage import models


def _v1_initial(db: SqliteDatabase) -> None:
    db.create_tables(models.ALL_MODELS)
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS measurement_target_date ON measurement(target_id, measured_on)"
    )
    db.execute_sql("CREATE INDEX IF NOT EXISTS task_lead ON task(lead_agency_id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS change_entity ON change(entity, entity_code)")


def _v2_exchange(db: SqliteDatabase) -> None:
    from dxdesk.core.storage.exchange_models import EXCHANGE_MODELS

    db.create_tables(EXCHANGE_MODELS)


def _v3_list_order(db: SqliteDatabase) -> None:
    """Lists are shown in plan order: the first screenful comes without sorting 50,000 rows."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS task_order ON task(sort_order, code)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS target_order ON target(sort_order, code)")
    # The latest value of each target is read from the index alone (summary: 28 → 20 ms), and
    # the foreign-key index on target_id is dropped: the unique (target_id, period) covers it.
    db.execute_sql("DROP INDEX IF EXISTS measurement_target_date")
    db.execute_sql("CREATE INDEX IF NOT EXISTS measurement_latest "
                   "ON measurement(target_id, measured_on, id, value)")  # fmt: skip
    db.execute_sql("DROP INDEX IF EXISTS measurement_target_id")


def _v4_activity_dates(db: SqliteDatabase) -> None:
    """The window opens at the register's latest activity date when it is old: the MAX of
    each date is then an index lookup, not a scan of every task and note (start-up). Not
    assigned_on: SQLite would then read the tasks of a summary through it, a third slower."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS measurement_measured_on ON measurement(measured_on)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS task_completed_on ON task(completed_on)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS progress_note_noted_on ON progress_note(noted_on)")


def _v5_opening_date(db: SqliteDatabase) -> None:
    """The rest of the opening date (``readsql.latest_activity``) from indexes too: 7-10 ms
    of every start-up on 50,000 tasks. The task index is partial (assigned_on IS NOT NULL,
    which the MAX query states): the summary's ``assigned_on IS NULL OR assigned_on <= :d``
    cannot use it, so it keeps its scan (see v4)."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS task_assigned_on_set ON task(assigned_on) "
                   "WHERE assigned_on IS NOT NULL")  # fmt: skip
    db.execute_sql("CREATE INDEX IF NOT EXISTS meeting_meeting_date ON meeting(meeting_date)")


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial,
    _v2_exchange,
    _v3_list_order,
    _v4_activity_dates,
    _v5_opening_date,
]
LATEST = len(STEPS)


def migrate(db: SqliteDatabase, current: int) -> None:
    """Bring the schema from ``current`` to ``LATEST``."""
    with db.atomic():
        for version in range(current, LATEST):
            STEPS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
