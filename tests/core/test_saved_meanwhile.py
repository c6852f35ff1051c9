"""Two officers save the same task field at once (issue 20): neither change is lost silently.
The second save is refused with both values and who saved the first; nothing of it is
written. On a file and on a server (the server locks the row for the first save)."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.services import tasks
from dxdesk.core.services.versions import ChangedMeanwhile
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS

DAY = date(2023, 12, 1)


def _opened(code: str) -> dict:
    return records.to_record(SPECS["task"], m.Task.get(m.Task.code == code))


def test_a_save_over_a_change_made_since_opening_shows_both_and_writes_nothing(demo_session):
    opened = _opened("NV67")  # both officers open the form
    tasks.update_task("NV67", blocker="Chờ kinh phí", today=DAY, who="Lan", opened=opened)
    logged = m.ChangeSet.select().count()
    with pytest.raises(ChangedMeanwhile) as refused:
        tasks.update_task("NV67", blocker="Chờ nhân lực", today=DAY, who="Minh", opened=opened)
    (clash,) = refused.value.fields
    assert (clash.field, clash.theirs, clash.yours, clash.who) == (
        "blocker",
        "Chờ kinh phí",
        "Chờ nhân lực",
        "Lan",
    )
    assert "Chờ kinh phí" in str(refused.value) and "Chờ nhân lực" in str(refused.value)
    assert _opened("NV67")["blocker"] == "Chờ kinh phí"
    assert m.ChangeSet.select().count() == logged


def test_saves_of_different_fields_both_go_through(demo_session):
    opened = _opened("NV67")
    tasks.update_task("NV67", blocker="Chờ kinh phí", today=DAY, who="Lan", opened=opened)
    tasks.update_task("NV67", status=TaskStatus.DONE, today=DAY, who="Minh", opened=opened)
    now = _opened("NV67")
    assert (now["blocker"], now["status"]) == ("Chờ kinh phí", "done")


def test_two_saves_at_once_one_goes_through_the_other_is_refused(demo_session):
    """Two threads (two connections) save the same field at the same moment."""
    opened = _opened("NV67")
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def save(who: str, text: str) -> None:
        start.wait()
        try:
            tasks.update_task("NV67", blocker=text, today=DAY, who=who, opened=opened)
            outcome[who] = "saved"
        except ChangedMeanwhile as exc:
            outcome[who] = exc
        finally:
            m.database_proxy.close()  # this thread's connection

    threads = [
        threading.Thread(target=save, args=(who, text))
        for who, text in (("Lan", "Chờ kinh phí"), ("Minh", "Chờ nhân lực"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(str(type(v).__name__) for v in outcome.values()) == ["ChangedMeanwhile", "str"]
    winner = next(w for w, v in outcome.items() if v == "saved")
    loser = next(v for v in outcome.values() if v != "saved")
    assert loser.fields[0].who == winner and loser.fields[0].theirs == _opened("NV67")["blocker"]


def test_a_form_saving_the_whole_record_keeps_the_fields_someone_else_changed(demo_session):
    """The task form saves every field: those it left alone keep the other officer's value."""
    from dxdesk.core.services import entities

    opened = entities.get("task", "NV67")  # both officers open the form
    tasks.update_task("NV67", blocker="Chờ kinh phí", today=DAY, who="Lan", opened=opened)
    mine = {**opened, "text": opened["text"] + " (sửa)"}
    entities.save("task", mine, original_key={"code": "NV67"}, who="Minh", opened=opened)
    now = entities.get("task", "NV67")
    assert (now["blocker"], now["text"]) == ("Chờ kinh phí", mine["text"])


def test_a_form_changing_the_field_someone_else_changed_is_refused(demo_session):
    from dxdesk.core.services import entities

    opened = entities.get("task", "NV67")
    tasks.update_task("NV67", blocker="Chờ kinh phí", today=DAY, who="Lan", opened=opened)
    mine = {**opened, "blocker": "Chờ nhân lực", "text": opened["text"] + " (sửa)"}
    with pytest.raises(ChangedMeanwhile) as refused:
        entities.save("task", mine, original_key={"code": "NV67"}, who="Minh", opened=opened)
    assert [(f.field, f.theirs, f.yours, f.who) for f in refused.value.fields] == [
        ("blocker", "Chờ kinh phí", "Chờ nhân lực", "Lan")
    ]
    assert entities.get("task", "NV67")["text"] == opened["text"]  # nothing of it written
