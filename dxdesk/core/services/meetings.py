"""Meetings and their conclusions: turning a conclusion item into a task ("Giao nhiệm vụ")."""

from __future__ import annotations

import re
from typing import Any

from dxdesk.core.errors import ValidationError
from dxdesk.core.services.changes import recording, require
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS


def next_code(entity: str, prefix: str) -> str:
    """The next free code 'NV076' after the highest '<prefix><number>' in use."""
    model = SPECS[entity].model
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    numbers = [
        int(g.group(1))
        for (code,) in model.select(model.code).tuples()
        if (g := pattern.match(code))
    ]
    width = max(
        (len(c) - len(prefix) for (c,) in model.select(model.code).tuples() if pattern.match(c)),
        default=2,
    )
    return f"{prefix}{(max(numbers, default=0) + 1):0{width}d}"


def task_draft(item_code: str, *, lead_agency: str | None = None) -> dict[str, Any]:
    """The task a conclusion item assigns, for the officer to check before it is saved: its
    text, agencies (the first named leads), deadline, assignment date (the meeting's), source
    and pillar (that of the item's targets when they share one). Writes nothing."""
    item = require("conclusion", item_code)
    item_record = records.to_record(SPECS["conclusion"], item)
    agencies = list(item_record["agencies"])
    lead = lead_agency or (agencies[0] if agencies else None)
    pillars = {
        t.pillar.code
        for t in m.Target.select().where(m.Target.source_conclusion == item)
        if t.pillar_id is not None
    }
    return {
        "code": next_code("task", "NV"),
        "text": item.text,
        "source_conclusion": item_code,
        "lead_agency": lead,
        "coordinators": [a for a in agencies if a != lead],
        "deadline": item.deadline,
        "assigned_on": item.meeting.meeting_date,
        "pillar": pillars.pop() if len(pillars) == 1 else None,
        "status": "not_started",
    }


def assign_task(
    item_code: str,
    *,
    task_code: str | None = None,
    text: str | None = None,
    lead_agency: str | None = None,
    who: str = "",
) -> dict[str, Any]:
    """Create the task a conclusion item assigns (``task_draft``) at once."""
    task = task_draft(item_code, lead_agency=lead_agency)
    if task["lead_agency"] is None:
        raise ValidationError("Nội dung kết luận chưa giao cơ quan nào: hãy chọn cơ quan chủ trì.")
    code = task_code or task["code"]
    task.update(code=code, text=text or task["text"])
    with recording(f"Giao nhiệm vụ {code} từ kết luận {item_code}", who) as rec:
        if m.Task.get_or_none(m.Task.code == code) is not None:
            raise ValidationError(f"Mã nhiệm vụ “{code}” đã được dùng.")
        rec.write("task", {k: v for k, v in task.items() if v is not None})
    return records.to_record(SPECS["task"], require("task", code))


def next_conclusion_code(meeting_code: str | None) -> str:
    """The code of a new conclusion item of a meeting, following that meeting's own pattern
    (KL-TK-07 after KL-TK-06); the usual KL01, KL02… when the meeting has none yet."""
    if meeting_code:
        meeting = m.Meeting.get_or_none(m.Meeting.code == meeting_code)
        codes = (
            [
                c
                for (c,) in m.ConclusionItem.select(m.ConclusionItem.code)
                .where(m.ConclusionItem.meeting == meeting)
                .tuples()
            ]
            if meeting
            else []
        )
        numbered = [(int(g.group(2)), g) for c in codes if (g := _TRAILING.match(c))]
        if numbered:
            number, g = max(numbered, key=lambda x: x[0])
            taken = {c for (c,) in m.ConclusionItem.select(m.ConclusionItem.code).tuples()}
            while True:
                number += 1
                code = f"{g.group(1)}{number:0{len(g.group(2))}d}{g.group(3)}"
                if code not in taken:
                    return code
    return next_code("conclusion", "KL")


_TRAILING = re.compile(r"^(.*?)(\d+)(\D*)$")


def tasks_of_item(item_code: str) -> list[str]:
    """Codes of the tasks created from a conclusion item."""
    item = require("conclusion", item_code)
    return [t.code for t in m.Task.select(m.Task.code).where(m.Task.source_conclusion == item)]
