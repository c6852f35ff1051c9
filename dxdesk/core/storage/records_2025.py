"""Records of the 2025 reorganisation: agencies succeeded by others, tasks and targets handed
over from a date, the programmes (NQ 57 …) tasks and targets serve (docs/agencies.md). Registered in ``records.SPECS`` like every entity, so the
change log (undo), the workbook and ``register merge`` carry them."""

from __future__ import annotations

from dataclasses import replace

from dxdesk.core.domain import enums
from dxdesk.core.storage import models as m
from dxdesk.core.storage.record_specs import (
    DATE,
    INT,
    LOAD_ORDER,
    REF,
    REFS,
    SPECS,
    F,
    _enum,
    _spec,
)

_spec(
    "succession",
    m.AgencySuccession,
    ("predecessor", "successor"),
    (
        F("predecessor", REF, required=True, ref="agency"),
        F("successor", REF, required=True, ref="agency"),
        F("on_date", DATE, required=True),
        _enum("kind", enums.SuccessionKind),
        F("share"),
    ),
    label="Kế tục",
)
for _entity, _model, _owner in (
    ("task_handover", m.TaskHandover, "task"),
    ("target_handover", m.TargetHandover, "target"),
):
    _spec(
        _entity,
        _model,
        (_owner, "on_date"),
        (
            F(_owner, REF, required=True, ref=_owner),
            F("on_date", DATE, required=True),
            F("from_agency", REF, required=True, ref="agency"),
            F("to_agency", REF, required=True, ref="agency"),
        ),
        label="Chuyển giao nhiệm vụ" if _owner == "task" else "Chuyển giao mục tiêu",
    )

_spec(
    "programme",
    m.Programme,
    ("code",),
    (F("code", required=True), F("name", required=True), F("sort_order", INT)),
    label="Chương trình",
)
# Tasks and targets carry zero or more programmes (a list the register keeps).
for _owner, _link in (("task", m.TaskProgramme), ("target", m.TargetProgramme)):
    _field = F("programmes", REFS, ref="programme", link=(_link, _owner, "programme"))
    SPECS[_owner] = replace(SPECS[_owner], fields=(*SPECS[_owner].fields, _field))

LOAD_ORDER.insert(LOAD_ORDER.index("member"), "succession")
LOAD_ORDER.insert(LOAD_ORDER.index("document"), "programme")
LOAD_ORDER.extend(["task_handover", "target_handover"])
