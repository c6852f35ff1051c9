"""Index families, their versioned structures, scores and ranks, and the members answering
for a component (issue 16 part 3; docs/indices.md). Kept apart from models.py: created by
migration v13 (``INDEX_MODELS``), the DTI 2022 structure inserted there as reference data."""

from __future__ import annotations

from peewee import SQL, FloatField, ForeignKeyField, IntegerField, TextField

from dxdesk.core.storage.models import Agency, BaseModel, Member, Target


class IndexFamily(BaseModel):
    """DTI, ICT Index, PAR Index, SIPAS, PCI, the province's own index …: never mixed."""

    code = TextField(unique=True)
    name = TextField()


class IndexComponent(BaseModel):
    """One part of a family's structure in one version: a main index or a component."""

    family = ForeignKeyField(IndexFamily, backref="components", on_delete="CASCADE")
    version = TextField()  # "QĐ 922/QĐ-BTTTT (2022)"
    code = TextField()  # "CS1", "CS1.2"
    name = TextField()
    parent = TextField(default="", constraints=[SQL("DEFAULT ''")])  # code of the main index
    max_points = FloatField(null=True)
    sort_order = IntegerField(default=0)

    class Meta:
        indexes = ((("family", "version", "code"), True),)


class IndexScore(BaseModel):
    """A score and rank of one year: the province itself (unit empty) or one of its units;
    the whole index (component empty) or one component."""

    family = ForeignKeyField(IndexFamily, backref="scores", on_delete="CASCADE")
    year = IntegerField()
    unit = ForeignKeyField(Agency, null=True, backref="index_scores", on_delete="RESTRICT")
    component = TextField(default="", constraints=[SQL("DEFAULT ''")])
    version = TextField(default="", constraints=[SQL("DEFAULT ''")])
    score = FloatField(null=True)  # 0–1 with 4 decimals, or points
    rank = IntegerField(null=True)  # 1 = best; ties allowed
    rank_of = IntegerField(null=True)  # 63 before 2025, 34 after
    source = TextField(default="", constraints=[SQL("DEFAULT ''")])


class IndexAssignment(BaseModel):
    """A committee member answering for one component (Chỉ thị 19-CT/TU style)."""

    member = ForeignKeyField(Member, backref="index_components", on_delete="CASCADE")
    family = ForeignKeyField(IndexFamily, backref="assignments", on_delete="CASCADE")
    component = TextField()


INDEX_MODELS = [IndexFamily, IndexComponent, IndexScore, IndexAssignment]


class TargetRankGoal(BaseModel):
    """A target judged from an index rank (migration v16; domain.rank_goal): which rank
    (family, unit: empty = the province itself, component: empty = the whole index) and what
    goal: the target's value as a rank (optionally set against ``goal_of`` ranked) or a named
    group (enums.RankGroup)."""

    target = ForeignKeyField(Target, unique=True, backref="rank_goals", on_delete="CASCADE")
    family = ForeignKeyField(IndexFamily, backref="rank_goals", on_delete="RESTRICT")
    unit = ForeignKeyField(Agency, null=True, backref="rank_goals", on_delete="RESTRICT")
    component = TextField(default="", constraints=[SQL("DEFAULT ''")])
    rank_group = TextField(null=True)  # enums.RankGroup; empty: the target value is the goal
    goal_of = IntegerField(null=True)  # the N the goal was set against ("top 30 of 63")


RANK_GOAL_MODELS = [TargetRankGoal]
