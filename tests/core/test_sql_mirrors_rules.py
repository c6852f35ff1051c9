"""The task-state rule is written once in SQL (``readsql.TASK_STATE_CODE_SQL``) with the Python
rules as its mirror: on random tasks at a random date, every form agrees with ``rules`` — the
lists' columns (peewee and the start-up preview's plain sqlite3), the summary's tally, the
summary itself and the bench's hand-written floor."""

from collections import Counter
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxdesk.bench.summary_entries import floor_connection, floor_summary
from dxdesk.core.domain import rules
from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.services.summary import summarize
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries, readsql
from dxdesk.core.storage.models import database_proxy as db

BASE = date(2023, 1, 1)
days = st.one_of(st.none(), st.integers(0, 30).map(lambda n: BASE + timedelta(days=n)))
task_facts = st.builds(
    rules.TaskFacts,
    status=st.sampled_from(list(TaskStatus)),
    assigned_on=days,
    started_on=days,
    completed_on=days,
    deadline=days,
)


def task_state_counts(as_of: date) -> Counter:
    """{(status_at, timeliness): tasks} by GROUP BY over the lists' TASK_STATE_SQL."""
    sql = f"SELECT st.status_at, st.timeliness, COUNT(*) FROM ({readsql.TASK_STATE_SQL}) st GROUP BY 1, 2"
    return Counter({(s, t): n for s, t, n in db.execute_sql(sql, {"d": as_of.isoformat()})})


def _python_states(tasks: list[rules.TaskFacts], as_of: date) -> dict[str, tuple]:
    """code → (status_at, timeliness, due soon) by the Python rules, for the tasks that exist."""
    out = {}
    for i, t in enumerate(tasks):
        if rules.task_exists(t, as_of):
            timeliness = rules.timeliness_of(t, as_of)
            out[f"T{i}"] = (
                rules.task_status_at(t, as_of).value,
                timeliness.value if timeliness else None,
                rules.is_due_soon(t, as_of),
            )
    return out


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tasks=st.lists(task_facts, min_size=1, max_size=25), as_of_day=st.integers(0, 30))
def test_every_form_of_the_task_state_rule_agrees_with_the_python_rules(session, tasks, as_of_day):
    as_of = BASE + timedelta(days=as_of_day)
    m.Task.delete().execute()
    for i, t in enumerate(tasks):
        m.Task.create(
            code=f"T{i}",
            text="x",
            status=t.status.value,
            assigned_on=t.assigned_on,
            started_on=t.started_on,
            completed_on=t.completed_on,
            deadline=t.deadline,
        )
    expected = _python_states(tasks, as_of)
    expected_counts = Counter((s, t) for s, t, _ in expected.values())

    # the lists' columns, through peewee and through the preview's plain sqlite3
    rows = {r["code"]: (r["status_at"], r["timeliness"]) for r in queries.task_rows(as_of)}
    assert rows == {code: (s, t) for code, (s, t, _) in expected.items()}
    floor = None
    if session.url is None:  # the preview's and the bench floor's plain sqlite3
        con = floor_connection(session.path)
        try:
            table = readsql.task_table(con.execute, as_of)
            floor = floor_summary(con, as_of)
        finally:
            con.close()
    else:  # a server register: the window's list through the server
        table = readsql.task_table(db.execute_sql, as_of)
    listed = {r["code"]: (r["status_at"], r["timeliness"], r["due_soon"]) for r in table.dicts()}
    assert listed == expected

    # the counts: GROUP BY over the lists' SQL, the summary's tally, the summary, the floor
    assert task_state_counts(as_of) == expected_counts
    tally = Counter()
    for (*_, state), n in queries.task_state_tally(as_of).items():
        tally[queries.TASK_STATES[state]] += n
    assert tally == expected_counts
    if floor is not None:
        floor_counts = Counter()
        for state, *_, n in floor["tasks"]:
            floor_counts[readsql.TASK_STATES[state]] += n
        assert floor_counts == expected_counts
    summary = summarize(as_of, with_checks=False)["tasks"]
    assert summary["by_status"] == {
        s.value: sum(n for (status, _), n in expected_counts.items() if status == s.value)
        for s in TaskStatus
    }


def test_state_codes_name_the_states_of_a_status():
    assert [readsql.TASK_STATES[int(c)][0] for c in readsql.state_codes("done").split(", ")] == [
        "done",
        "done",
    ]
    assert readsql.state_codes("dropped") == "8"
