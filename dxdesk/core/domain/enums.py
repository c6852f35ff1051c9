"""Enumerations of the register, with their Vietnamese labels.

Each enum's value is the stable code stored in the database and written to workbooks;
``label`` is what users read.
"""

from __future__ import annotations

from enum import Enum
from functools import cache


class LabelledEnum(str, Enum):
    """A string enum whose members carry a Vietnamese label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Accept either the stored code or the Vietnamese label (accent- and case-blind)."""
        from dxdesk.core.domain.text import fold

        member = _by_folded_text(cls).get(fold(text))
        if member is None:
            raise ValueError(text)
        return member

    @classmethod
    def labels(cls) -> list[str]:
        return [m.label for m in cls]


@cache
def _by_folded_text(cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    """Each member under its folded code and label (the first member named so wins): a
    workbook import reads one per cell, and folding every label each time was 5 % of it."""
    from dxdesk.core.domain.text import fold

    out: dict[str, LabelledEnum] = {}
    for member in cls:
        out.setdefault(fold(member.value), member)
        out.setdefault(fold(member.label), member)
    return out


class AgencyKind(LabelledEnum):
    """Kinds of agency of the two-level local government (from 01/07/2025: province and
    commune, ward or special zone); districts and towns are kept for the years before."""

    PROVINCE = ("tinh", "UBND tỉnh")
    DEPARTMENT = ("so_nganh", "Sở, ban, ngành")
    COMMUNE = ("xa", "UBND xã, thị trấn")
    WARD = ("phuong", "UBND phường")
    SPECIAL_ZONE = ("dac_khu", "UBND đặc khu")
    DISTRICT = ("huyen", "UBND huyện, thị xã, thành phố")
    OTHER = ("khac", "Khác")

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """As for every enum, plus the label workbooks written before 2025 carry."""
        from dxdesk.core.domain.text import fold

        if fold(text) == fold("UBND xã, phường, thị trấn"):
            return cls.COMMUNE
        return super().from_text(text)


class CommitteeLevel(LabelledEnum):
    """The level a steering committee works at (DOMAIN.md §1, §8)."""

    PROVINCE = ("tinh", "Cấp tỉnh")
    DEPARTMENT = ("so_nganh", "Sở, ban, ngành")
    DISTRICT = ("huyen", "Cấp huyện (đến 30/06/2025)")
    COMMUNE = ("xa", "Xã, phường, đặc khu")


class SuccessionKind(LabelledEnum):
    MERGER = ("hop_nhat", "Hợp nhất, sáp nhập")
    RENAMING = ("doi_ten", "Đổi tên")
    SPLIT = ("chia_tach", "Chia, tách")


class MemberRole(LabelledEnum):
    HEAD = ("truong_ban", "Trưởng ban")
    STANDING_DEPUTY = ("pho_truong_ban_thuong_truc", "Phó trưởng ban Thường trực")
    DEPUTY = ("pho_truong_ban", "Phó trưởng ban")
    MEMBER = ("thanh_vien", "Thành viên")
    WORKING_GROUP = ("to_giup_viec", "Thành viên Tổ giúp việc")


class DocumentStyle(LabelledEnum):
    PARTY = ("dang", "Văn bản của Đảng")
    STATE = ("nha_nuoc", "Văn bản hành chính nhà nước")


class Direction(LabelledEnum):
    HIGHER_IS_BETTER = ("tang", "Càng cao càng tốt")
    LOWER_IS_BETTER = ("giam", "Càng thấp càng tốt")


class TargetKind(LabelledEnum):
    NUMERIC = ("so_lieu", "Số liệu")
    YES_NO = ("co_khong", "Có/Không")


class Rollup(LabelledEnum):
    """How the values of many reporting units make a target's value (DOMAIN.md §4)."""

    SINGLE = ("single", "Một giá trị chung")
    SUM = ("sum", "Tổng các đơn vị")
    MEAN = ("mean", "Trung bình các đơn vị")
    COUNT_REACHED = ("count_reached", "Số đơn vị đạt chỉ tiêu đơn vị")


class RankGroup(LabelledEnum):
    """A named rank goal, a share of the N ranked (domain.rank_goal, best first)."""

    GOOD = ("kha", "Nhóm khá (một phần ba đầu)")
    FAIR_GOOD = ("trung_binh_kha", "Nhóm trung bình khá (nửa đầu)")
    FAIR = ("trung_binh", "Nhóm trung bình (hai phần ba đầu)")


class Band(LabelledEnum):
    """The four official bands of % of plan, plus 'no measurement yet'."""

    COMPLETED = ("completed", "Hoàn thành và vượt kế hoạch giao")
    ABOVE_70 = ("above_70", "Đạt trên 70% kế hoạch")
    FROM_50_TO_70 = ("from_50_to_70", "Đạt từ 50% đến 70% kế hoạch")
    BELOW_50 = ("below_50", "Dưới 50% kế hoạch")
    NO_DATA = ("no_data", "Chưa có số liệu")


class TargetStatus(LabelledEnum):
    DONE = ("done", "Đã hoàn thành")
    IN_PROGRESS = ("in_progress", "Đang triển khai")


class TaskStatus(LabelledEnum):
    NOT_STARTED = ("not_started", "Chưa triển khai")
    IN_PROGRESS = ("in_progress", "Đang triển khai")
    DONE = ("done", "Đã hoàn thành")
    DROPPED = ("dropped", "Không thực hiện nữa")


class Timeliness(LabelledEnum):
    DONE_ON_TIME = ("done_on_time", "Hoàn thành đúng hạn")
    DONE_LATE = ("done_late", "Hoàn thành quá hạn")
    ON_TRACK = ("on_track", "Đang thực hiện trong hạn")
    OVERDUE = ("overdue", "Quá hạn")
    NO_DEADLINE = ("no_deadline", "Không có thời hạn")


class MeetingKind(LabelledEnum):
    """Kinds of meeting (DOMAIN.md §3): the quarterly ones, the reviews (sơ kết, tổng kết),
    thematic meetings, and the sessions of the Party committee's standing board that give
    opinions on the committee's drafts (phiên họp Ban Thường vụ, seed 003). New kinds only
    add codes: stored values never change, so no migration is needed."""

    QUARTERLY = ("quy", "Hội nghị quý")
    YEAR_END = ("tong_ket", "Hội nghị tổng kết năm")
    INTERIM = ("so_ket", "Hội nghị sơ kết")
    THEMATIC = ("chuyen_de", "Họp chuyên đề")
    STANDING_BOARD = ("ban_thuong_vu", "Phiên họp Ban Thường vụ")
    REGULAR = ("thuong_ky", "Họp thường kỳ")
    OTHER = ("khac", "Cuộc họp khác")


class ConclusionState(LabelledEnum):
    DONE = ("done", "Đã hoàn thành")
    IN_PROGRESS = ("in_progress", "Đang thực hiện")
    NOT_STARTED = ("not_started", "Chưa thực hiện")
    NOT_ASSIGNED = ("not_assigned", "Chưa giao nhiệm vụ")


class CommentHandling(LabelledEnum):
    """How a comment on a draft was handled (Bảng tổng hợp, tiếp thu, giải trình ý kiến)."""

    PENDING = ("chua_xu_ly", "Chưa xử lý")
    ACCEPTED = ("tiep_thu", "Tiếp thu")
    EXPLAINED = ("giai_trinh", "Giải trình")
    REJECTED = ("khong_tiep_thu", "Không tiếp thu")
