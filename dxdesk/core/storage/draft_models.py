"""Drafts (dự thảo) of a plan or resolution, their indicators in versions, and the comments
of members and agencies with how each was handled (issue 16 part 5; docs/documents.md).
Kept apart from models.py: created by migration v14 (``DRAFT_MODELS``)."""

from __future__ import annotations

from peewee import SQL, DateField, FloatField, ForeignKeyField, IntegerField, TextField

from dxdesk.core.storage.models import Agency, BaseModel, Document, Member, Pillar, Target


def _text(**kw: object) -> TextField:
    return TextField(default="", constraints=[SQL("DEFAULT ''")], **kw)


class Draft(BaseModel):
    """A draft plan or resolution; once adopted, the document that issued it."""

    code = TextField(unique=True)
    title = TextField()
    doc_type = _text()  # Nghị quyết, Kế hoạch, Chương trình hành động …
    drafted_by = _text()  # the agency that drafted it
    submitted_to = _text()  # who gives opinions / adopts it: "Ban Thường vụ Tỉnh ủy"
    adopted_document = ForeignKeyField(Document, null=True, backref="drafts", on_delete="SET NULL")


class DraftIndicator(BaseModel):
    """One version of one indicator of a draft: its text and its 2025 and 2030 values; the
    target made from it when the draft was adopted (the latest version's)."""

    draft = ForeignKeyField(Draft, backref="indicators", on_delete="CASCADE")
    code = TextField()  # CT01: the same code through its versions
    version = IntegerField(default=1)
    text = TextField()
    pillar = ForeignKeyField(Pillar, null=True, backref="draft_indicators", on_delete="SET NULL")
    unit = _text()
    baseline = FloatField(null=True)
    value_2025 = FloatField(null=True)
    value_2030 = FloatField(null=True)
    note = _text()  # why this version differs from the one before
    target = ForeignKeyField(Target, null=True, backref="draft_indicators", on_delete="SET NULL")

    class Meta:
        indexes = ((("draft", "code", "version"), True),)


class DraftComment(BaseModel):
    """A comment on a draft by a member, an agency or another person, on an indicator or a
    passage, and how the drafting agency handled it (tiếp thu / giải trình / không tiếp thu)."""

    draft = ForeignKeyField(Draft, backref="comments", on_delete="CASCADE")
    seq = IntegerField()
    member = ForeignKeyField(Member, null=True, backref="draft_comments", on_delete="SET NULL")
    agency = ForeignKeyField(Agency, null=True, backref="draft_comments", on_delete="SET NULL")
    commenter = _text()  # as written when neither a member nor an agency of the register
    indicator = _text()  # code of the indicator commented on, if any
    passage = _text()  # "Mục I.2", "Phần đánh giá tình hình"
    content = TextField()
    received_on = DateField(null=True)
    handling = TextField(default="chua_xu_ly", constraints=[SQL("DEFAULT 'chua_xu_ly'")])
    reason = _text()  # how it was taken in, or why it was explained or not taken in

    class Meta:
        indexes = ((("draft", "seq"), True),)


DRAFT_MODELS = [Draft, DraftIndicator, DraftComment]
