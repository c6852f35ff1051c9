"""Records of drafts, their indicator versions and the comments on them (issue 16 part 5;
docs/documents.md). Registered in ``records.SPECS`` like every entity: the workbook, the
change log (undo) and export → import carry them."""

from __future__ import annotations

from dxdesk.core.domain import enums
from dxdesk.core.storage import draft_models as dm
from dxdesk.core.storage.record_specs import DATE, FLOAT, INT, LOAD_ORDER, REF, F, _enum, _spec

_spec(
    "draft",
    dm.Draft,
    ("code",),
    (
        F("code", required=True),
        F("title", required=True),
        F("doc_type"),
        F("drafted_by"),
        F("submitted_to"),
        F("adopted_document", REF, ref="document"),
    ),
    label="Dự thảo",
)
_spec(
    "draft_indicator",
    dm.DraftIndicator,
    ("draft", "code", "version"),
    (
        F("draft", REF, required=True, ref="draft"),
        F("code", required=True),
        F("version", INT, required=True),
        F("text", required=True),
        F("pillar", REF, ref="pillar"),
        F("unit"),
        F("baseline", FLOAT),
        F("value_2025", FLOAT),
        F("value_2030", FLOAT),
        F("note"),
        F("target", REF, ref="target"),
    ),
    label="Chỉ tiêu dự thảo",
)
_spec(
    "draft_comment",
    dm.DraftComment,
    ("draft", "seq"),
    (
        F("draft", REF, required=True, ref="draft"),
        F("seq", INT, required=True),
        F("member", REF, ref="member"),
        F("agency", REF, ref="agency"),
        F("commenter"),
        F("indicator"),
        F("passage"),
        F("content", required=True),
        F("received_on", DATE),
        _enum("handling", enums.CommentHandling),
        F("reason"),
    ),
    label="Ý kiến góp ý",
)

LOAD_ORDER.extend(["draft", "draft_indicator", "draft_comment"])
