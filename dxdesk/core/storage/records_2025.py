"""Records of the 2025 reorganisation: agencies succeeded by others, tasks and targets handed
over from a date (docs/agencies.md). Registered in ``records.SPECS`` like every entity, so the
change log (undo), the workbook and ``register merge`` carry them."""

from __future__ import annotations

from dxdesk.core.domain import enums
from dxdesk.core.storage import models as m
from dxdesk.core.storage.records import DATE, LOAD_ORDER, REF, F, _enum, _spec

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
for _entity, _model, _owner in (("task_handover", m.TaskHandover, "task"),
                                ("target_handover", m.TargetHandover, "target")):  # fmt: skip
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

LOAD_ORDER.insert(LOAD_ORDER.index("member"), "succession")
LOAD_ORDER.extend(["task_handover", "target_handover"])
