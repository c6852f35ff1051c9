"""The brief's records: the plain values one brief or notice is drawn from (no storage here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dxdesk.core.domain.enums import (
    Band,
    ConclusionState,
    TaskStatus,
    Timeliness,
)


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    code: str
    title: str
    kind: str
    held: date
    chair: str
    notice_symbol: str
    place: str


@dataclass(frozen=True)
class CommitteeInfo:
    name: str
    short_name: str
    place: str
    symbol: str = "BCĐ"  # the committee's symbol in document numbers (BCĐCĐS, BCĐ57)
    style: str = "state"  # its default document style: state or party
    signer_authority: str = ""  # TM. BAN CHỈ ĐẠO
    signer_title: str = ""  # TRƯỞNG BAN
    signer_name: str = ""


@dataclass(frozen=True)
class OverdueTask:
    code: str
    text: str
    deadline: date | None
    days: int
    status: str  # Vietnamese label
    blocker: str


@dataclass(frozen=True)
class AgencyOverdue:
    agency: str
    tasks: list[OverdueTask]


@dataclass(frozen=True)
class Blocker:
    code: str
    text: str
    agency: str
    status: str
    blocker: str


@dataclass(frozen=True)
class ItemOutcome:
    seq: int
    text: str
    agencies: list[str]
    deadline: date | None
    state: ConclusionState
    tasks: int  # tasks created from the item (dropped ones included)
    tasks_done: int
    days_overdue: int = 0  # past its deadline and not done at the brief's date


@dataclass(frozen=True)
class TargetLine:
    code: str
    text: str
    pillar: str
    agency: str
    unit: str
    goal: float | None
    value: float | None
    period: str
    percent: float | None
    band: Band
    yes_no: bool = False  # a yes/no target prints "Đạt" / "Chưa đạt", not a percentage
    rank_goal: str = ""  # judged from an index rank: the goal ("DTI top 30/63"), met or not
    rank_used: str = ""  # the rank it was judged from ("27/63 (2023)"), "" when none yet


@dataclass(frozen=True)
class TaskLine:
    code: str
    text: str
    agency: str
    deadline: date | None
    status: TaskStatus
    timeliness: Timeliness | None
    completed_on: date | None
    days_overdue: int
    blocker: str


@dataclass
class BriefData:
    committee: CommitteeInfo
    meeting: MeetingInfo
    previous: MeetingInfo | None
    as_of: date
    summary: dict[str, Any]
    headline: list[str]
    status_timeliness: dict[str, dict[str, int]]  # status → timeliness → count
    overdue: list[AgencyOverdue]
    blockers: list[Blocker]
    items: list[ItemOutcome]
    proposals: list[str]
    targets: list[TargetLine]
    tasks: list[TaskLine]
    mismatches: list[str] = field(default_factory=list)
    signer_name: str = ""  # the standing deputy head, who signs the brief by default


# -- the notice ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeItem:
    seq: int
    text: str
    agencies: list[str]
    deadline: date | None


@dataclass
class NoticeData:
    committee: CommitteeInfo
    meeting: MeetingInfo
    items: list[NoticeItem]
    recipients: list[str]
