"""Rights the server enforces on a register (docs/server.md), so that a modified client or
plain SQL with a unit's credentials cannot go past them:

- a unit account (``dxdesk_unit``) changes only its own tasks (led by its agency: status,
  start, completion, blocker — never a deadline or a text), adds notes to them, and records
  its own measurements (``unit_id`` = its agency); it changes no target;
- every change set a unit writes carries the unit's account, whatever the client says;
- a reader (``dxdesk_reader``) reads; the secretariat writes everything.

Which agency an account answers for is the table ``server_account`` (set by
``dxdesk server account``). Everything here is idempotent: ``server init`` runs it again.
"""

from __future__ import annotations

from typing import Any

TASK_COLUMNS_UNITS_CHANGE = ("status", "started_on", "completed_on", "blocker")
MEASUREMENT_COLUMNS_UNITS_CHANGE = ("value", "measured_on", "note", "agency_id")

SETUP = (
    """CREATE TABLE IF NOT EXISTS server_account (
        account text PRIMARY KEY, role text NOT NULL,
        agency_id integer REFERENCES agency (id) ON DELETE CASCADE)""",
    "GRANT SELECT ON server_account TO dxdesk_unit, dxdesk_reader",
    "GRANT ALL ON server_account TO dxdesk_secretariat",
    """CREATE OR REPLACE FUNCTION dxdesk_my_agency() RETURNS integer
       LANGUAGE sql STABLE AS
       $$ SELECT agency_id FROM server_account WHERE account = session_user $$""",
    # tasks: everyone reads; the secretariat writes; a unit updates its own, some columns
    "ALTER TABLE task ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS everyone_reads ON task",
    "CREATE POLICY everyone_reads ON task FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS secretariat_writes ON task",
    """CREATE POLICY secretariat_writes ON task FOR ALL TO dxdesk_secretariat
       USING (true) WITH CHECK (true)""",
    "DROP POLICY IF EXISTS unit_own_tasks ON task",
    """CREATE POLICY unit_own_tasks ON task FOR UPDATE TO dxdesk_unit
       USING (lead_agency_id = dxdesk_my_agency())
       WITH CHECK (lead_agency_id = dxdesk_my_agency())""",
    "GRANT UPDATE (" + ", ".join(TASK_COLUMNS_UNITS_CHANGE) + ") ON task TO dxdesk_unit",
    # notes: a unit adds notes to its own tasks
    "ALTER TABLE progress_note ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS everyone_reads ON progress_note",
    "CREATE POLICY everyone_reads ON progress_note FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS secretariat_writes ON progress_note",
    """CREATE POLICY secretariat_writes ON progress_note FOR ALL TO dxdesk_secretariat
       USING (true) WITH CHECK (true)""",
    "DROP POLICY IF EXISTS unit_own_notes ON progress_note",
    """CREATE POLICY unit_own_notes ON progress_note FOR INSERT TO dxdesk_unit
       WITH CHECK (task_id IN (SELECT id FROM task WHERE lead_agency_id = dxdesk_my_agency()))""",
    "DROP POLICY IF EXISTS unit_drops_own_notes ON progress_note",
    """CREATE POLICY unit_drops_own_notes ON progress_note FOR DELETE TO dxdesk_unit
       USING (task_id IN (SELECT id FROM task WHERE lead_agency_id = dxdesk_my_agency()))""",
    "GRANT INSERT, DELETE ON progress_note TO dxdesk_unit",  # delete: undo of its own note
    # measurements: a unit records and corrects its own values
    "ALTER TABLE measurement ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS everyone_reads ON measurement",
    "CREATE POLICY everyone_reads ON measurement FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS secretariat_writes ON measurement",
    """CREATE POLICY secretariat_writes ON measurement FOR ALL TO dxdesk_secretariat
       USING (true) WITH CHECK (true)""",
    "DROP POLICY IF EXISTS unit_own_values_in ON measurement",
    """CREATE POLICY unit_own_values_in ON measurement FOR INSERT TO dxdesk_unit
       WITH CHECK (unit_id = dxdesk_my_agency())""",
    "DROP POLICY IF EXISTS unit_own_values ON measurement",
    """CREATE POLICY unit_own_values ON measurement FOR UPDATE TO dxdesk_unit
       USING (unit_id = dxdesk_my_agency()) WITH CHECK (unit_id = dxdesk_my_agency())""",
    "DROP POLICY IF EXISTS unit_drops_own_values ON measurement",
    """CREATE POLICY unit_drops_own_values ON measurement FOR DELETE TO dxdesk_unit
       USING (unit_id = dxdesk_my_agency())""",
    "GRANT INSERT, DELETE ON measurement TO dxdesk_unit",
    "GRANT UPDATE (" + ", ".join(MEASUREMENT_COLUMNS_UNITS_CHANGE) + ") ON measurement "
    "TO dxdesk_unit",
    # the change log: a unit logs its changes under its own account, and drops (an empty
    # change set, its own undone ones) or marks undone only its own
    "ALTER TABLE change_set ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS everyone_reads ON change_set",
    "CREATE POLICY everyone_reads ON change_set FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS secretariat_writes ON change_set",
    """CREATE POLICY secretariat_writes ON change_set FOR ALL TO dxdesk_secretariat
       USING (true) WITH CHECK (true)""",
    "DROP POLICY IF EXISTS unit_logs ON change_set",
    "CREATE POLICY unit_logs ON change_set FOR INSERT TO dxdesk_unit WITH CHECK (true)",
    "DROP POLICY IF EXISTS unit_own_sets ON change_set",
    """CREATE POLICY unit_own_sets ON change_set FOR UPDATE TO dxdesk_unit
       USING (who = session_user) WITH CHECK (who = session_user)""",
    "DROP POLICY IF EXISTS unit_drops_own_sets ON change_set",
    """CREATE POLICY unit_drops_own_sets ON change_set FOR DELETE TO dxdesk_unit
       USING (who = session_user)""",
    "GRANT INSERT, DELETE ON change_set TO dxdesk_unit",
    "GRANT UPDATE (undone) ON change_set TO dxdesk_unit",
    "ALTER TABLE change ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS everyone_reads ON change",
    "CREATE POLICY everyone_reads ON change FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS secretariat_writes ON change",
    """CREATE POLICY secretariat_writes ON change FOR ALL TO dxdesk_secretariat
       USING (true) WITH CHECK (true)""",
    "DROP POLICY IF EXISTS unit_logs_own ON change",
    """CREATE POLICY unit_logs_own ON change FOR INSERT TO dxdesk_unit
       WITH CHECK (changeset_id IN (SELECT id FROM change_set WHERE who = session_user))""",
    "GRANT INSERT ON change TO dxdesk_unit",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dxdesk_unit",
    # a new change drops the undone ones (redo): a unit's client may ask, the server keeps
    # the exchange rows (no unit policy: nothing of them is deleted)
    *(
        statement
        for table in ("exchange_conflict", "exchange_receipt")
        for statement in (
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS everyone_reads ON {table}",
            f"CREATE POLICY everyone_reads ON {table} FOR SELECT USING (true)",
            f"DROP POLICY IF EXISTS secretariat_writes ON {table}",
            f"CREATE POLICY secretariat_writes ON {table} FOR ALL TO dxdesk_secretariat "
            "USING (true) WITH CHECK (true)",
            f"GRANT DELETE ON {table} TO dxdesk_unit",
        )
    ),
    """CREATE OR REPLACE FUNCTION dxdesk_real_account() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN
         IF pg_has_role(session_user, 'dxdesk_unit', 'MEMBER')
            AND NOT pg_has_role(session_user, 'dxdesk_secretariat', 'MEMBER') THEN
           NEW.who := session_user;
         END IF;
         RETURN NEW;
       END $$""",
    "DROP TRIGGER IF EXISTS real_account ON change_set",
    """CREATE TRIGGER real_account BEFORE INSERT OR UPDATE OF who ON change_set
       FOR EACH ROW EXECUTE FUNCTION dxdesk_real_account()""",
)


def apply(db: Any) -> None:
    """Create or refresh the policies, grants and the account table (idempotent)."""
    for statement in SETUP:
        db.execute_sql(statement)


ROLES = {"secretariat": "dxdesk_secretariat", "unit": "dxdesk_unit", "reader": "dxdesk_reader"}
