"""peewee models of one committee's register (one database file = one committee).

Codes (``code`` columns) are the user-facing keys that workbooks and the CLI use; integer
ids never leave the core. Enumerations are stored as their stable codes (see enums.py).
"""

from __future__ import annotations

import uuid

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


def _text(**kw: object) -> TextField:
    """A text column that also has an SQL default (columns added by a migration need one)."""
    return TextField(default="", constraints=[SQL("DEFAULT ''")], **kw)


class Committee(BaseModel):
    """The committee itself (one row): its identity prints on every document and package."""

    name = TextField()
    short_name = TextField(default="")
    level = CharField(default="tinh")  # enums.CommitteeLevel
    province = TextField(default="")
    place = TextField(default="")  # the place in "Lào Cai, ngày … tháng … năm …"
    standing_agency = TextField(default="")
    # v6 (issue 16): the symbol in document numbers, the default style, the usual signer
    symbol = _text()  # BCĐCĐS, BCĐ57: "09-KH/BCĐCĐS", "05/KH-BCĐ57"
    doc_style = CharField(default="nha_nuoc", constraints=[SQL("DEFAULT 'nha_nuoc'")])
    signer_authority = _text()  # quyền hạn ký: "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"
    signer_title = _text()  # chức vụ: "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"
    signer_name = _text()


class Agency(BaseModel):
    code = CharField(unique=True)
    name = TextField()
    kind = CharField()
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    valid_from = DateField(null=True)
    valid_to = DateField(null=True)


class Member(BaseModel):
    code = CharField(unique=True)
    name = TextField()
    position = TextField(default="")
    role = CharField()
    agency = ForeignKeyField(Agency, null=True, backref="members", on_delete="SET NULL")
    sort_order = IntegerField(default=0)


class Pillar(BaseModel):
    code = CharField(unique=True)
    name = TextField()
    sort_order = IntegerField(default=0)


class Document(BaseModel):
    code = CharField(unique=True)
    symbol = TextField()  # exactly as written: 09-KH/BCĐCĐS, 586/KH-UBND
    style = CharField()
    doc_type = TextField(default="")  # Kế hoạch, Nghị quyết, Quyết định, …
    issuer = TextField()
    issue_date = DateField()
    subject = TextField(default="")

    class Meta:
        indexes = ((("issuer", "issue_date", "symbol"), True),)


class Meeting(BaseModel):
    code = CharField(unique=True)
    title = TextField()
    kind = CharField()
    meeting_date = DateField()
    session = CharField(default="")  # sáng / chiều
    place = TextField(default="")
    chair = TextField(default="")
    attendees = TextField(default="")
    agenda = TextField(default="")
    notice_symbol = TextField(default="")  # Số của Thông báo kết luận


class ConclusionItem(BaseModel):
    code = CharField(unique=True)
    meeting = ForeignKeyField(Meeting, backref="conclusions", on_delete="CASCADE")
    seq = IntegerField(default=0)
    text = TextField()
    deadline = DateField(null=True)


class ConclusionAgency(BaseModel):
    item = ForeignKeyField(ConclusionItem, backref="agency_links", on_delete="CASCADE")
    agency = ForeignKeyField(Agency, backref="conclusion_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("item", "agency"), True),)


class Target(BaseModel):
    code = CharField(unique=True)
    text = TextField()
    pillar = ForeignKeyField(Pillar, null=True, backref="targets", on_delete="SET NULL")
    source_document = ForeignKeyField(Document, null=True, backref="targets", on_delete="RESTRICT")
    source_meeting = ForeignKeyField(Meeting, null=True, backref="targets", on_delete="RESTRICT")
    source_conclusion = ForeignKeyField(
        ConclusionItem, null=True, backref="targets", on_delete="SET NULL"
    )
    lead_agency = ForeignKeyField(Agency, null=True, backref="targets", on_delete="RESTRICT")
    unit = TextField(default="")
    direction = CharField(default="tang")
    kind = CharField(default="so_lieu")
    baseline = FloatField(null=True)
    target_value = FloatField(null=True)
    deadline = DateField(null=True)
    assigned_on = DateField(null=True)
    method = TextField(default="")
    sort_order = IntegerField(default=0)
    # v9 (issue 16): how the units' values roll up (enums.Rollup) and each unit's own goal
    rollup = CharField(default="single", constraints=[SQL("DEFAULT 'single'")])
    unit_goal = FloatField(null=True)  # "n of N units reached": the goal each unit must reach


class Milestone(BaseModel):
    target = ForeignKeyField(Target, backref="milestones", on_delete="CASCADE")
    year = IntegerField()
    value = FloatField()

    class Meta:
        indexes = ((("target", "year"), True),)


class Measurement(BaseModel):
    target = ForeignKeyField(Target, backref="measurements", on_delete="CASCADE")
    period = CharField()  # 2023-Q2, 2023-H1, 2023-06, 2023
    measured_on = DateField()
    value = FloatField()
    agency = ForeignKeyField(Agency, null=True, backref="measurements", on_delete="SET NULL")
    note = TextField(default="")
    # v9 (issue 16): the reporting unit the value is about (a sở, a commune); NULL = the
    # committee's own value. Unique on (target, period, unit or 0): see migrations._v9.
    unit = ForeignKeyField(Agency, null=True, backref="unit_values", on_delete="RESTRICT")


class Task(BaseModel):
    code = CharField(unique=True)
    text = TextField()
    group = TextField(default="")
    pillar = ForeignKeyField(Pillar, null=True, backref="tasks", on_delete="SET NULL")
    source_document = ForeignKeyField(Document, null=True, backref="tasks", on_delete="RESTRICT")
    source_conclusion = ForeignKeyField(
        ConclusionItem, null=True, backref="tasks", on_delete="SET NULL"
    )
    lead_agency = ForeignKeyField(Agency, null=True, backref="tasks", on_delete="RESTRICT")
    deadline = DateField(null=True, index=True)
    assigned_on = DateField(null=True)
    status = CharField(default="not_started", index=True)
    started_on = DateField(null=True)
    completed_on = DateField(null=True)
    blocker = TextField(default="")
    sort_order = IntegerField(default=0)


class TaskAgency(BaseModel):
    """A coordinating agency (cơ quan phối hợp) of a task."""

    task = ForeignKeyField(Task, backref="coordinator_links", on_delete="CASCADE")
    agency = ForeignKeyField(Agency, backref="coordinated_tasks", on_delete="CASCADE")

    class Meta:
        indexes = ((("task", "agency"), True),)


def new_uid() -> str:
    """A fresh identity that no other record, in this register or another, holds."""
    return uuid.uuid4().hex


class ProgressNote(BaseModel):
    task = ForeignKeyField(Task, backref="notes", on_delete="CASCADE")
    noted_on = DateField()
    text = TextField()
    author = TextField(default="")
    # its identity, written to the workbook so a note edited there is matched (migration v14)
    uid = CharField(default=new_uid, index=True, constraints=[SQL("DEFAULT ''")])


class AgencySuccession(BaseModel):
    """An agency succeeded by another from a date (merger, renaming or split)."""

    predecessor = ForeignKeyField(Agency, backref="successions", on_delete="CASCADE")
    successor = ForeignKeyField(Agency, backref="successions_in", on_delete="CASCADE")
    on_date = DateField()
    kind = CharField(default="hop_nhat")  # hop_nhat, doi_ten, chia_tach
    share = TextField(default="")  # a split: what this successor takes over

    class Meta:
        indexes = ((("predecessor", "successor"), True),)


class TaskHandover(BaseModel):
    """A task's lead passed from one agency to another from a date (its lead before then)."""

    task = ForeignKeyField(Task, backref="handovers", on_delete="CASCADE")
    on_date = DateField()
    from_agency = ForeignKeyField(Agency, backref="tasks_handed", on_delete="RESTRICT")
    to_agency = ForeignKeyField(Agency, backref="tasks_taken", on_delete="RESTRICT")

    class Meta:
        indexes = ((("task", "on_date"), True),)


class TargetHandover(BaseModel):
    """A target's lead passed from one agency to another from a date."""

    target = ForeignKeyField(Target, backref="handovers", on_delete="CASCADE")
    on_date = DateField()
    from_agency = ForeignKeyField(Agency, backref="targets_handed", on_delete="RESTRICT")
    to_agency = ForeignKeyField(Agency, backref="targets_taken", on_delete="RESTRICT")

    class Meta:
        indexes = ((("target", "on_date"), True),)


class Programme(BaseModel):
    """A programme the register follows (NQ 57, the action programme, Đề án 06, CCHC …)."""

    code = CharField(unique=True)
    name = TextField()
    sort_order = IntegerField(default=0)


class TaskProgramme(BaseModel):
    task = ForeignKeyField(Task, backref="programme_links", on_delete="CASCADE")
    programme = ForeignKeyField(Programme, backref="task_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("task", "programme"), True),)


class TargetProgramme(BaseModel):
    target = ForeignKeyField(Target, backref="programme_links", on_delete="CASCADE")
    programme = ForeignKeyField(Programme, backref="target_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("target", "programme"), True),)


class PublishedFigure(BaseModel):
    """A number an official report printed, kept beside what dxdesk computes."""

    code = CharField(unique=True)
    metric = CharField()  # a summary key: targets.by_band.completed, tasks.by_status.done, …
    as_of = DateField()
    value = FloatField(null=True)  # the count as printed
    denominator = FloatField(null=True)  # "7/20 mục tiêu": the 20, when printed
    percent = FloatField(null=True)  # the percentage as printed, if any
    percent_places = IntegerField(default=1)
    printed_text = TextField(default="")
    source = TextField(default="")


class ChangeSet(BaseModel):
    """One use case's writes: the unit of undo and of offline reports."""

    at = DateTimeField()
    who = TextField(default="")
    action = TextField()
    undone = BooleanField(default=False)


class Change(BaseModel):
    changeset = ForeignKeyField(ChangeSet, backref="changes", on_delete="CASCADE")
    entity = CharField()
    entity_code = TextField()  # the key as people read it ('MT05|2023-Q4'): display only
    entity_key = TextField(null=True)  # the key as a JSON list: what undo and lookups use
    op = CharField()  # insert, update, delete
    field = CharField(default="")
    old = TextField(null=True)
    new = TextField(null=True)


ALL_MODELS = [
    Committee,
    Agency,
    Member,
    Pillar,
    Document,
    Meeting,
    ConclusionItem,
    ConclusionAgency,
    Target,
    Milestone,
    Measurement,
    Task,
    TaskAgency,
    ProgressNote,
    PublishedFigure,
    ChangeSet,
    Change,
]


class MergeOrigin(BaseModel):
    """Where a record merged in from another register came from (``register merge``)."""

    source = TextField()  # "<committee name> (<file name>)"
    entity = CharField()
    key = TextField()  # its key here (a code renamed by the prefix)
    original_key = TextField()  # its key in the other register
    changeset = ForeignKeyField(ChangeSet, backref="merged", on_delete="CASCADE")

    class Meta:
        indexes = ((("source", "entity", "original_key"), False),)


# Tables of the 2025 reorganisation (migration step 6): apart, so that v1 stays as it was.
SUCCESSION_MODELS = [AgencySuccession, TaskHandover, TargetHandover]
PROGRAMME_MODELS = [Programme, TaskProgramme, TargetProgramme]
MERGE_MODELS = [MergeOrigin]
