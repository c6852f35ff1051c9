"""The main window's pages: which exist, how each is built on first use, and moving
between them (sidebar, shortcuts, a figure's click-through to a filtered list).

Mixed into :class:`~dxdesk.gui.main_window.MainWindow`, which provides ``ctx``, ``stack``
and ``sidebar``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

from dxdesk.gui.context import settings
from dxdesk.gui.views.base import ListPage

PAGES = [
    "overview",
    "attention",
    "targets",
    "tasks",
    "meetings",
    "documents",
    "agencies",
    "indices",
    "drafts",
]
PAGE_CLASSES = {
    "overview": ("dxdesk.gui.views.overview", "OverviewPage"),
    "attention": ("dxdesk.gui.views.attention", "AttentionPage"),
    "targets": ("dxdesk.gui.views.targets", "TargetsPage"),
    "tasks": ("dxdesk.gui.views.tasks", "TasksPage"),
    "meetings": ("dxdesk.gui.views.meetings", "MeetingsPage"),
    "documents": ("dxdesk.gui.views.simple", "DocumentsPage"),
    "agencies": ("dxdesk.gui.views.simple", "AgenciesMembersPage"),
    "indices": ("dxdesk.gui.views.register_pages", "IndicesPage"),
    "drafts": ("dxdesk.gui.views.drafts", "DraftsPage"),
}


class WindowPages:
    """Building pages on first use and showing them."""

    def _build_page(self, key: str) -> QWidget:
        """Pages are built (and their modules imported) when first shown: the window paints
        sooner."""
        page = page_class(key)(self.ctx, self.stack)
        self.stack.addWidget(page)
        if key == "overview":
            from dxdesk.gui.plots.panel import attach_to_overview

            page.open_tasks.connect(self._open_tasks_filtered)
            page.plots = attach_to_overview(page, open_filtered=self.open_filtered)
        elif key == "meetings":  # "Giao nhiệm vụ": the new task is shown
            page.conclusions.assigned.connect(lambda task: self.show_record("tasks", task["code"]))
        elif key == "attention":
            page.assigned.connect(lambda task: self.show_record("tasks", task["code"]))
            page.open_conflicts.connect(lambda cid: self.exchange.show_conflicts(select=cid))
            page.loaded.connect(lambda: self.show_attention_counts(page.data.counts()))
        return page

    # -- pages ---------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        if key not in self.pages:
            key = "overview"
        self.sidebar.setCurrentRow(list(self.pages).index(key))

    def _page_picked(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            key = PAGES[row]
            self.stack.setCurrentWidget(self.pages[key])
            store = settings()
            if store.value("window/page", "", str) != key:  # a change rewrites the file
                store.setValue("window/page", key)

    def step_page(self, step: int) -> None:
        if self.pages:
            self.sidebar.setCurrentRow((self.sidebar.currentRow() + step) % len(self.pages))

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return list(self.pages)[row] if 0 <= row < len(self.pages) else ""

    def current_list(self) -> ListPage | None:
        page = self.stack.currentWidget()
        if hasattr(page, "current"):
            page = page.current()
        return page if isinstance(page, ListPage) else None

    def show_record(self, key: str, code: str) -> None:
        """Show page ``key`` with every filter off and the record ``code`` selected (once the
        list has it: a record just saved arrives with the page's next fetch)."""
        self.open_filtered({"view": key})
        page = self.pages[key]
        if not page.select_key(code):
            page._want_key = code

    def _open_tasks_filtered(self, filters: dict) -> None:
        self.open_filtered({"view": "tasks", **filters})

    def open_filtered(self, filters: dict) -> None:
        """Show a list with exactly these filters (a bar of a plot, a row of the overview):
        every other filter of that page goes back to 'all', so the list matches the bar."""
        filters = dict(filters)
        key = filters.pop("view", "tasks")
        self.show_page(key)
        page = self.pages[key]

        def apply() -> None:
            for name in page.filter_names():
                page.set_filter_value(name, filters.get(name))

        if page.model.rowCount():
            apply()
        else:
            page.loaded.connect(apply, Qt.ConnectionType.SingleShotConnection)

    # -- the "Cần xử lý" badge -------------------------------------------------------------
    def attention_soon(self) -> None:
        """Count what needs doing again, a moment after the last change (the lists refetch
        first)."""
        timer = getattr(self, "_attention_timer", None)
        if timer is None:
            timer = self._attention_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(400)
            timer.timeout.connect(self.count_attention)
        timer.start()

    def count_attention(self) -> None:
        if self.ctx is None or self.ctx.session is None:
            return
        as_of = self.ctx.state.as_of

        def counts() -> dict[str, int]:
            from dxdesk.core.services import attention

            return attention.counts(as_of)

        self.ops.run(counts, done=self.show_attention_counts, label="")

    def show_attention_counts(self, counts: dict[str, int]) -> None:
        """The sidebar entry reads "Cần xử lý (18)"; its tooltip names each count."""
        if "attention" not in self.pages or self.sidebar.count() <= PAGES.index("attention"):
            return
        from dxdesk.gui.views.attention import GROUPS, group_label

        self.attention_counts = dict(counts)
        item = self.sidebar.item(PAGES.index("attention"))
        total = sum(counts.values())
        item.setText(f"{page_title('attention')} ({total})" if total else page_title("attention"))
        font = item.font()
        font.setBold(bool(total))
        item.setFont(font)
        item.setToolTip("\n".join(f"{group_label(g)}: {counts.get(g, 0)}" for g in GROUPS))

    def list_pages(self) -> list[ListPage]:
        out: list[ListPage] = []
        for page in self.pages.values():
            out += [w for w in page.findChildren(ListPage)] + (
                [page] if isinstance(page, ListPage) else []
            )
        return out


def page_class(key: str) -> type:
    """The class of page ``key`` (its module is imported now)."""
    import importlib

    module, name = PAGE_CLASSES[key]
    return getattr(importlib.import_module(module), name)


def page_title(key: str) -> str:
    titles = {
        "overview": QCoreApplication.translate("MainWindow", "Tổng quan"),
        "attention": QCoreApplication.translate("MainWindow", "Cần xử lý"),
        "targets": QCoreApplication.translate("MainWindow", "Mục tiêu"),
        "tasks": QCoreApplication.translate("MainWindow", "Nhiệm vụ"),
        "meetings": QCoreApplication.translate("MainWindow", "Cuộc họp & Kết luận"),
        "documents": QCoreApplication.translate("MainWindow", "Văn bản"),
        "agencies": QCoreApplication.translate("MainWindow", "Cơ quan & Thành viên"),
        "indices": QCoreApplication.translate("MainWindow", "Chỉ số & Xếp hạng"),
        "drafts": QCoreApplication.translate("MainWindow", "Dự thảo & Góp ý"),
    }
    return titles[key]


class Pages:
    """The pages of a register by key, each built on first use (``values()``: the built)."""

    def __init__(self, build):
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if self._build is None or key not in PAGES:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def get(self, key: str, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return self._build is not None and key in PAGES

    def __iter__(self):
        return iter(PAGES if self._build is not None else [])

    def __len__(self) -> int:
        return len(PAGES) if self._build is not None else 0

    def values(self) -> list[QWidget]:
        return list(self._built.values())

    def built(self, key: str) -> bool:
        """Whether page ``key`` exists already (asking ``self[key]`` builds it)."""
        return key in self._built
