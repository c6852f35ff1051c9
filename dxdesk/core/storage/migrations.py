"""Versioned schema migrations, on both engines (docs/server.md).

Each step is a function from version N-1 to N; ``migrate`` runs the missing ones in one
transaction, so a failed migration leaves the register at its old version (and a copy of a
file was taken beforehand by ``open_database``). The version is ``PRAGMA user_version`` in a
file and a one-row table on a server (``engine.schema_version``). Steps are written in the
SQL both engines accept, with SQLite's placeholders (translated on a server, ``pgsql``); a
step that cannot be is branched on ``pg.is_server(db)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from peewee import SqliteDatabase

from dxdesk.core.storage import engine, models, pgsql
from dxdesk.core.storage.pg import is_server


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
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS measurement_latest "
        "ON measurement(target_id, measured_on, id, value)"
    )
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
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS task_assigned_on_set ON task(assigned_on) "
        "WHERE assigned_on IS NOT NULL"
    )
    db.execute_sql("CREATE INDEX IF NOT EXISTS meeting_meeting_date ON meeting(meeting_date)")


def _v6_change_keys(db: SqliteDatabase) -> None:
    """The change log keeps each record's key as a JSON list (``Change.entity_key``), not
    only joined by '|': a code or a note holding '|' made undo write bogus records. Old rows
    get theirs from the record they logged (inserts, deletes), from another row of the same
    record, or else from the text (codes and dates come first; a note's text last)."""
    from dxdesk.core.storage.logkeys import key_from_text, log_key
    from dxdesk.core.storage.records import SPECS

    if "entity_key" not in engine.column_names(db, "change"):
        db.execute_sql("ALTER TABLE change ADD COLUMN entity_key TEXT")
    rows = db.execute_sql(
        "SELECT id, entity, entity_code, op, field, old, new FROM change WHERE entity_key IS NULL"
    ).fetchall()
    known: dict[tuple[str, str], str] = {}
    for _, entity, code, op, _, old, new in rows:
        record = _logged_record(op, old, new)
        if entity in SPECS and record is not None:
            known.setdefault((entity, code), log_key(SPECS[entity], record))
    updates = []
    for row_id, entity, code, op, field, _, new in rows:
        spec = SPECS.get(entity)
        if spec is None:
            continue
        if op == "update" and field == "code":  # a rename is logged under the new code
            key = log_key(spec, {"code": json.loads(new)})
        else:
            key = known.get((entity, code)) or log_key(spec, key_from_text(spec, code))
        updates.append((key, row_id))
    engine.execute_many(db, "UPDATE change SET entity_key = ? WHERE id = ?", updates)
    db.execute_sql("CREATE INDEX IF NOT EXISTS change_entity_key ON change(entity, entity_key)")


def _logged_record(op: str, old: str | None, new: str | None) -> dict | None:
    text = new if op == "insert" else old if op == "delete" else None
    if text is None:
        return None
    value = json.loads(text, object_hook=_dates)
    return value if isinstance(value, dict) else None


def _dates(obj: dict) -> object:
    return date.fromisoformat(obj["$date"]) if set(obj) == {"$date"} else obj


def add_column(db: SqliteDatabase, table: str, column: str, ddl: str) -> bool:
    """Add a column unless it is there (a fresh register has it from v1's create_tables)."""
    if column in engine.column_names(db, table):
        return False
    if is_server(db):
        ddl = pgsql.column_ddl(ddl)
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')
    return True


def _v7_committee_identity(db: SqliteDatabase) -> None:
    """The committee's own symbol, default document style and usual signer (issue 16)."""
    for column in ("symbol", "signer_authority", "signer_title", "signer_name"):
        add_column(db, "committee", column, "TEXT NOT NULL DEFAULT ''")
    add_column(db, "committee", "doc_style", "VARCHAR(255) NOT NULL DEFAULT 'nha_nuoc'")


def _v8_successions(db: SqliteDatabase) -> None:
    """Agencies succeeded by others (2025 reorganisation) and the tasks and targets handed
    over: who led them before the date (docs/agencies.md). Idempotent: only what is missing."""
    db.create_tables(models.SUCCESSION_MODELS, safe=True)


def _v9_unit_values(db: SqliteDatabase) -> None:
    """One value per reporting unit (issue 16): a measurement is keyed by target, period and
    unit. Existing measurements keep ``unit_id`` NULL: they are the committee-level values.
    Targets get their roll-up rule ('single': the committee-level value, as before)."""
    add_column(db, "target", "rollup", "VARCHAR(255) NOT NULL DEFAULT 'single'")
    add_column(db, "target", "unit_goal", "REAL")
    add_column(db, "measurement", "unit_id", "INTEGER REFERENCES agency (id) ON DELETE RESTRICT")
    db.execute_sql("DROP INDEX IF EXISTS measurement_target_id_period")
    # NULLs are distinct in a UNIQUE index: the committee's own value is unit 0 here
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS measurement_target_period_unit "
        "ON measurement(target_id, period, COALESCE(unit_id, 0))"
    )
    # the latest committee-level value is still read from the index alone (see v3)
    db.execute_sql("DROP INDEX IF EXISTS measurement_latest")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS measurement_latest_unit "
        "ON measurement(target_id, unit_id, measured_on, id, value)"
    )
    db.execute_sql("CREATE INDEX IF NOT EXISTS measurement_unit_id ON measurement(unit_id)")


def _v10_programmes(db: SqliteDatabase) -> None:
    """Programmes (NQ 57, Đề án 06 …) and the tasks and targets serving each (docs/agencies.md).
    Idempotent: only the tables missing are created."""
    db.create_tables(models.PROGRAMME_MODELS, safe=True)
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS task_programme_by_programme "
        "ON task_programme(programme_id, task_id)"
    )


def _v11_merge_origin(db: SqliteDatabase) -> None:
    """Where records merged from another register came from (``register merge``)."""
    db.create_tables(models.MERGE_MODELS, safe=True)


def _v12_agency_keys(db: SqliteDatabase) -> None:
    """Report keys belong to an agency's immutable identity, not to its code, and can be
    revoked or replaced (docs/trust-model.md). Keys issued before are given to the agency
    holding their code now, as they were trusted until then."""
    import uuid

    from dxdesk.core.storage.exchange_models import ExchangeAgencyIdentity

    db.create_tables([ExchangeAgencyIdentity], safe=True)
    add_column(db, "exchange_issue", "agency_uid", "VARCHAR(255) NOT NULL DEFAULT ''")
    add_column(db, "exchange_issue", "valid_until", "DATE")
    add_column(db, "exchange_issue", "revoked_at", "DATETIME")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS exchange_issue_agency_uid ON exchange_issue(agency_uid)"
    )
    codes = db.execute_sql("SELECT DISTINCT agency FROM exchange_issue WHERE agency_uid = ''")
    for (code,) in codes.fetchall():
        row = db.execute_sql("SELECT id FROM agency WHERE code = ?", (code,)).fetchone()
        if row is None:
            continue  # the agency is gone: its keys belong to no one and are refused
        have = db.execute_sql(
            "SELECT uid FROM exchange_agency_identity WHERE agency_id = ?", (row[0],)
        ).fetchone()
        uid = have[0] if have else str(uuid.uuid4())
        if not have:
            db.execute_sql(
                "INSERT INTO exchange_agency_identity (agency_id, uid) VALUES (?, ?)", (row[0], uid)
            )
        db.execute_sql(
            "UPDATE exchange_issue SET agency_uid = ? WHERE agency = ? AND agency_uid = ''",
            (uid, code),
        )


def _v13_indices(db: SqliteDatabase) -> None:
    """Index families, their versioned structures, scores per year and unit, and members
    answering for components (issue 16, docs/indices.md); the DTI structure of QĐ 922/QĐ-BTTTT
    and the usual families inserted as reference data where missing."""
    from dxdesk.core.domain.index_reference import reference_rows
    from dxdesk.core.storage.index_models import INDEX_MODELS

    db.create_tables(INDEX_MODELS, safe=True)
    # NULLs are distinct in a UNIQUE index: the province's own score is unit 0 here
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS index_score_key ON index_score"
        "(family_id, year, COALESCE(unit_id, 0), component)"
    )
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS index_assignment_key ON index_assignment"
        "(member_id, family_id, component)"
    )
    families, components = reference_rows()
    for f in families:
        db.execute_sql(
            "INSERT INTO index_family (code, name) SELECT ?, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM index_family WHERE code = ?)",
            (f["code"], f["name"], f["code"]),
        )
    for c in components:
        db.execute_sql(
            "INSERT INTO index_component (family_id, version, code, name, parent, max_points, "
            "sort_order) SELECT f.id, ?, ?, ?, ?, ?, ? FROM index_family f WHERE f.code = ? "
            "AND NOT EXISTS (SELECT 1 FROM index_component c WHERE c.family_id = f.id AND "
            "c.version = ? AND c.code = ?)",
            (
                c["version"],
                c["code"],
                c["name"],
                c["parent"],
                c["max_points"],
                c["sort_order"],
                c["family"],
                c["version"],
                c["code"],
            ),
        )


def _v14_note_identity(db: SqliteDatabase) -> None:
    """Each progress note gets an identity the workbook carries, so a note edited in Excel is
    matched by it on import rather than by its text (issue 13 item 5)."""
    import uuid

    add_column(db, "progress_note", "uid", "VARCHAR(255) NOT NULL DEFAULT ''")
    empty = db.execute_sql("SELECT id FROM progress_note WHERE uid = ''").fetchall()
    for (note_id,) in empty:
        db.execute_sql("UPDATE progress_note SET uid = ? WHERE id = ?", (uuid.uuid4().hex, note_id))
    db.execute_sql("CREATE INDEX IF NOT EXISTS progress_note_uid ON progress_note(uid)")


def _v15_drafts(db: SqliteDatabase) -> None:
    """Drafts of a plan or resolution, their indicators in versions and the comments on them
    (issue 16 part 5, docs/documents.md). Idempotent: only the tables missing are created."""
    from dxdesk.core.storage.draft_models import DRAFT_MODELS

    db.create_tables(DRAFT_MODELS, safe=True)


def _v16_rank_goals(db: SqliteDatabase) -> None:
    """Targets judged from an index rank ("top 30 DTI", issue 16 part 3, docs/indices.md):
    their rank goals in a table of their own. Idempotent: created only when missing; existing
    targets keep being judged from their measurements."""
    from dxdesk.core.storage.index_models import RANK_GOAL_MODELS

    db.create_tables(RANK_GOAL_MODELS, safe=True)


def _v17_change_notices(db: SqliteDatabase) -> None:
    """On a server register, every change logged notifies the open windows, which reload
    (issue 20, services/server_watch.py). A file has one holder: nothing to do."""
    if is_server(db):
        for statement in pgsql.NOTIFY_SQL:
            db.execute_sql(statement)


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial,
    _v2_exchange,
    _v3_list_order,
    _v4_activity_dates,
    _v5_opening_date,
    _v6_change_keys,
    _v7_committee_identity,
    _v8_successions,
    _v9_unit_values,
    _v10_programmes,
    _v11_merge_origin,
    _v12_agency_keys,
    _v13_indices,
    _v14_note_identity,
    _v15_drafts,
    _v16_rank_goals,
    _v17_change_notices,
]
LATEST = len(STEPS)


def migrate(db: SqliteDatabase, current: int) -> None:
    """Bring the schema from ``current`` to ``LATEST``."""
    with db.atomic():
        if is_server(db):
            # one client migrates at a time; the others wait, then find it done
            db.execute_sql("SELECT pg_advisory_xact_lock(4242)")
            current = engine.schema_version(db)
            for statement in pgsql.COMPAT_SQL:
                db.execute_sql(statement)
        for version in range(current, LATEST):
            STEPS[version](db)
            engine.set_schema_version(db, version + 1)
