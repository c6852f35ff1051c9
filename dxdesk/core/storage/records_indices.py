"""Records of index families, structures, scores and assignments (issue 16 part 3;
docs/indices.md). Registered in ``records.SPECS`` like every entity: the workbook, the change
log (undo) and export → import carry them."""

from __future__ import annotations

from dxdesk.core.domain.enums import RankGroup
from dxdesk.core.storage import index_models as im
from dxdesk.core.storage.record_specs import ENUM, FLOAT, INT, LOAD_ORDER, REF, F, _spec

_spec(
    "index_family",
    im.IndexFamily,
    ("code",),
    (F("code", required=True), F("name", required=True)),
    label="Bộ chỉ số",
)
_spec(
    "index_component",
    im.IndexComponent,
    ("family", "version", "code"),
    (
        F("family", REF, required=True, ref="index_family"),
        F("version", required=True),
        F("code", required=True),
        F("name", required=True),
        F("parent"),
        F("max_points", FLOAT),
        F("sort_order", INT),
    ),
    label="Cấu trúc chỉ số",
)
_spec(
    "index_score",
    im.IndexScore,
    ("family", "year", "unit", "component"),
    (
        F("family", REF, required=True, ref="index_family"),
        F("year", INT, required=True),
        F("unit", REF, ref="agency"),
        F("component"),
        F("version"),
        F("score", FLOAT),
        F("rank", INT),
        F("rank_of", INT),
        F("source"),
    ),
    label="Điểm chỉ số",
)
_spec(
    "index_assignment",
    im.IndexAssignment,
    ("member", "family", "component"),
    (
        F("member", REF, required=True, ref="member"),
        F("family", REF, required=True, ref="index_family"),
        F("component", required=True),
    ),
    label="Phân công chỉ số",
)

_spec(
    "target_rank_goal",
    im.TargetRankGoal,
    ("target",),
    (
        F("target", REF, required=True, ref="target"),
        F("family", REF, required=True, ref="index_family"),
        F("unit", REF, ref="agency"),
        F("component"),
        F("rank_group", ENUM, enum=RankGroup),
        F("goal_of", INT),
    ),
    label="Mục tiêu xếp hạng",
)

LOAD_ORDER.extend(
    ["index_family", "index_component", "index_score", "index_assignment", "target_rank_goal"]
)
