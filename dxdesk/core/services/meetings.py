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
    numbers = [int(g.group(1)) for (code,) in model.select(model.code).tuples()
               if (g := pattern.match(code))]  # fmt: skip
    width = max((len(c) - len(prefix) for (c,) in model.select(model.code).tuples()
                 if pattern.match(c)), default=2)  # fmt: skip
    return f"{prefix}{(max(numbers, default=0) + 1):0{width}d}"


def assign_task(item_code: str, *, task_code: str | None = None, text: str | None = None,
                lead_agency: str | None = None, who: str = "") -> dict[str, Any]:  # fmt: skip
    """Create the task a conclusion item assigns: its agencies, deadline and source filled in."""
    item = require("conclusion", item_code)
    item_record = records.to_record(SPECS["conclusion"], item)
    agencies = list(item_record["agencies"])
    lead = lead_agency or (agencies[0] if agencies else None)
    if lead is None:
        raise ValidationError("Nội dung kết luận chưa giao cơ quan nào: hãy chọn cơ quan chủ trì.")
    code = task_code or next_code("task", "NV")
    task = {
        "code": code,
        "text": text or item.text,
        "source_conclusion": item_code,
        "lead_agency": lead,
        "coordinators": [a for a in agencies if a != lead],
        "deadline": item.deadline,
        "assigned_on": item.meeting.meeting_date,
        "status": "not_started",
    }
    with recording(f"Giao nhiệm vụ {code} từ kết luận {item_code}", who) as rec:
        if m.Task.get_or_none(m.Task.code == code) is not None:
            raise ValidationError(f"Mã nhiệm vụ “{code}” đã được dùng.")
        rec.write("task", task)
    return records.to_record(SPECS["task"], require("task", code))


def tasks_of_item(item_code: str) -> list[str]:
    """Codes of the tasks created from a conclusion item."""
    item = require("conclusion", item_code)
    return [t.code for t in m.Task.select(m.Task.code).where(m.Task.source_conclusion == item)]
