"""The SQL that classifies 50,000 tasks at once must agree with the Python rules."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxdesk.core.domain import rules
from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries

BASE = date(2023, 1, 1)
days = st.one_of(st.none(), st.integers(0, 400).map(lambda n: BASE + timedelta(days=n)))
task_facts = st.builds(
    rules.TaskFacts,
    status=st.sampled_from(list(TaskStatus)),
    assigned_on=days,
    started_on=days,
    completed_on=days,
    deadline=days,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tasks=st.lists(task_facts, min_size=1, max_size=25), as_of_day=st.integers(0, 400))
def test_sql_task_state_equals_python_rules(session, tasks, as_of_day):
    as_of = BASE + timedelta(days=as_of_day)
    m.Task.delete().execute()
    for i, t in enumerate(tasks):
        m.Task.create(code=f"T{i}", text="x", status=t.status.value, assigned_on=t.assigned_on,
                      started_on=t.started_on, completed_on=t.completed_on, deadline=t.deadline)  # fmt: skip
    by_code = {row["code"]: row for row in queries.task_rows(as_of)}
    for i, t in enumerate(tasks):
        if not rules.task_exists(t, as_of):
            assert f"T{i}" not in by_code
            continue
        row = by_code[f"T{i}"]
        assert row["status_at"] == rules.task_status_at(t, as_of).value
        timeliness = rules.timeliness_of(t, as_of)
        assert row["timeliness"] == (timeliness.value if timeliness else None)
