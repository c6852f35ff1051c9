"""Văn bản and Cơ quan & Thành viên: plain lists of reference records."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dxdesk.core.domain.enums import AgencyKind, DocumentStyle, MemberRole
from dxdesk.core.services import lists
from dxdesk.core.services.tables import Table
from dxdesk.gui import labels
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.models.table import COUNT, DATE, ENUM, Column
from dxdesk.gui.views.base import ListFilter, ListPage, distinct_options
from dxdesk.gui.views.records import RecordActions

tr = translator_for("ReferencePages")


def _equals(column: str):
    def make(value: Any, table: Table):
        i = table.index(column)
        return lambda r: r[i] == value

    return make


class _RecordPage(ListPage):
    """A list page whose rows are records of ``entity`` edited in the record dialog."""

    label_field = "name"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.actions_ = RecordActions(self, self.entity)


class DocumentsPage(_RecordPage):
    entity = "document"
    settings_key = "documents"
    watches = frozenset({"document", "task", "target"})
    label_field = "subject"
    long_column = "subject"

    def __init__(self, ctx, parent=None):
        self.title = tr("Văn bản")
        self.noun = tr("văn bản")
        super().__init__(ctx, parent)
        self.add_button(tr("Thêm văn bản"), self.new_record, tr("Ctrl+N"))

    def columns(self) -> list[Column]:
        return [
            Column("code", tr("Mã"), 62),
            Column("symbol", tr("Số, ký hiệu"), 130),
            Column("doc_type", tr("Loại văn bản"), 95),
            Column("issue_date", tr("Ngày ban hành"), 112, DATE),
            Column("issuer", tr("Cơ quan ban hành"), 140),
            Column("subject", tr("Trích yếu"), 190),
            Column("targets", tr("Mục tiêu"), 70, COUNT),
            Column("tasks", tr("Nhiệm vụ"), 70, COUNT),
            Column(
                "style", tr("Thể thức"), 170, ENUM, labels.enum_labels(DocumentStyle), hidden=True
            ),
        ]

    def fetch(self, as_of: date) -> Table:
        return lists.document_list()

    def list_filters(self) -> list[ListFilter]:
        return [
            ListFilter(
                "style",
                tr("Mọi thể thức"),
                lambda _t: [(labels.tr(s.label), s.value) for s in DocumentStyle],
                _equals("style"),
            ),
            ListFilter(
                "doc_type",
                tr("Mọi loại văn bản"),
                lambda t: distinct_options(t, "doc_type"),
                _equals("doc_type"),
            ),
        ]

    def detail_title(self, row: dict[str, Any]) -> str:
        return (row["doc_type"] or tr("Văn bản")) + " " + str(row["symbol"])


class AgenciesPage(_RecordPage):
    long_column = "name"

    entity = "agency"
    settings_key = "agencies"
    watches = frozenset({"agency", "task", "member"})

    def __init__(self, ctx, parent=None):
        self.title = tr("Cơ quan")
        self.noun = tr("cơ quan")
        super().__init__(ctx, parent)
        self.add_button(tr("Thêm cơ quan"), self.new_record)

    def columns(self) -> list[Column]:
        return [
            # widths that fit beside the detail pane at 1366 px, "Thành viên" included
            Column("code", tr("Mã"), 78),
            Column("name", tr("Tên cơ quan, đơn vị"), 236),
            Column("kind", tr("Cấp, loại"), 208, ENUM, labels.enum_labels(AgencyKind)),
            Column("tasks", tr("Nhiệm vụ chủ trì"), 130, COUNT),
            Column("overdue", tr("Quá hạn"), 72, COUNT),
            Column("members", tr("Thành viên"), 88, COUNT),
            Column("parent", tr("Cấp trên"), 160, hidden=True),
            Column("valid_from", tr("Hiệu lực từ"), 95, DATE, hidden=True),
            Column("valid_to", tr("Hiệu lực đến"), 95, DATE, hidden=True),
        ]

    def fetch(self, as_of: date) -> Table:
        return lists.agency_list(as_of)

    def list_filters(self) -> list[ListFilter]:
        return [
            ListFilter(
                "kind",
                tr("Mọi cấp, loại"),
                lambda _t: [(labels.tr(k.label), k.value) for k in AgencyKind],
                _equals("kind"),
            )
        ]

    def detail_title(self, row: dict[str, Any]) -> str:
        return str(row["name"])


class MembersPage(_RecordPage):
    long_column = "position"

    entity = "member"
    settings_key = "members"
    watches = frozenset({"member", "agency"})

    def __init__(self, ctx, parent=None):
        self.title = tr("Thành viên")
        self.noun = tr("thành viên")
        super().__init__(ctx, parent)
        self.add_button(tr("Thêm thành viên"), self.new_record)

    def columns(self) -> list[Column]:
        return [
            Column("code", tr("Mã"), 70),
            Column("name", tr("Họ và tên"), 200),
            Column("position", tr("Chức vụ"), 240),
            Column("role", tr("Vai trò"), 200, ENUM, labels.enum_labels(MemberRole)),
            Column("agency", tr("Cơ quan công tác"), 240),
        ]

    def fetch(self, as_of: date) -> Table:
        return lists.member_list()

    def list_filters(self) -> list[ListFilter]:
        return [
            ListFilter(
                "role",
                tr("Mọi vai trò"),
                lambda _t: [(labels.tr(r.label), r.value) for r in MemberRole],
                _equals("role"),
            )
        ]

    def detail_title(self, row: dict[str, Any]) -> str:
        return str(row["name"])


class AgenciesMembersPage(QWidget):
    """Cơ quan & Thành viên: two lists in tabs."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.title = tr("Cơ quan & Thành viên")
        self.agencies = AgenciesPage(ctx, self)
        self.members = MembersPage(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.agencies, tr("Cơ quan, đơn vị"))
        self.tabs.addTab(self.members, tr("Thành viên Ban Chỉ đạo"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current(self) -> ListPage:
        return self.tabs.currentWidget()  # type: ignore[return-value]
