"""What every page and dialog of the window shares: the session, the database lane, the
settings, and the as-of date and period that every view follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from dxdesk.core.domain.formats import period_end
from dxdesk.core.paths import settings_path
from dxdesk.gui.ops import Ops
from dxdesk.gui.qtcompat import emit


def settings() -> QSettings:
    """The user's settings (read anew each time: tests point XDG_CONFIG_HOME elsewhere)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def remembered_page() -> str:
    """The page the window showed when it was last closed."""
    return settings().value("window/page", "overview", str) or "overview"


class AppState(QObject):
    """The as-of date, reporting period and programme the views show; ``changed`` when one
    moves."""

    changed = Signal()
    since_changed = Signal()  # the date the changes are counted from

    def __init__(self, as_of: date | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.as_of: date = as_of or date.today()
        self.period: str | None = None  # '2023', '2023-Q2', '2023-H1' or None
        self.programme: str | None = None  # a programme's code, "khong" (none) or None (all)
        self.since: date | None = None  # changes counted from (None: the last meeting)

    def set_since(self, value: date | None) -> None:
        if value != self.since:
            self.since = value
            emit(self.since_changed)

    def set_as_of(self, value: date) -> None:
        if value != self.as_of:
            self.as_of = value
            emit(self.changed)

    def set_programme(self, code: str | None) -> None:
        """Show one programme's work (``summary --programme``), or all with None."""
        if (code or None) != self.programme:
            self.programme = code or None
            emit(self.changed)

    def scoped(self, fn: Callable[[], Any]) -> Callable[[], Any]:
        """``fn`` to run on the lane for the programme chosen now (captured on the GUI thread:
        the lane reads it with ``queries.only_programme``)."""
        code = self.programme
        if code is None:
            return fn

        def run() -> Any:
            from dxdesk.core.services.lists import only_programme

            with only_programme(code):
                return fn()

        return run

    def set_period(self, period: str | None) -> None:
        """Choose a period; the as-of date moves to its last day."""
        self.period = period
        if period:
            self.as_of = period_end(period)
        emit(self.changed)


class Context(QObject):
    """The open register as the GUI holds it. ``session`` is None while the register is
    still opening after the start-up preview (``path`` then names it)."""

    notify = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        session: Any,
        ops: Ops,
        *,
        owns_session: bool = True,
        path: Path | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.closed = False  # set when closed, also before its session arrived
        self.opened: Any = None  # the session the lane opened for it, until delivered
        self._path = Path(path) if path is not None else getattr(session, "path", None)
        self.ops = ops
        self.owns_session = owns_session
        self.state = AppState(parent=self)

    def _close_undelivered(self) -> None:
        """On the lane: close a session opened for this context but never attached."""
        opened, self.opened = self.opened, None
        if opened is not None and self.session is None:
            opened.close()

    @property
    def who(self) -> str:
        """Who signs changes and notes: ``core.officer``'s rule, the name the window asked
        for (read through Qt), else the session's (the computer's login, a server account)."""
        from dxdesk.core.officer import SETTINGS_KEY, chosen_officer

        chosen = chosen_officer(stored=settings().value(SETTINGS_KEY, "", str))
        return chosen.name if chosen else getattr(self.session, "who", "") or ""

    @property
    def path(self) -> Path | None:
        """The register's file (None for a register on a server)."""
        if self.session is None:
            return self._path
        return Path(self.session.path) if self.session.path is not None else None

    @property
    def server_url(self) -> str | None:
        """The server register's connection URL (it may hold the password typed: never save
        or show it; ``target`` and ``place`` leave it out)."""
        return getattr(self.session, "url", None)

    @property
    def target(self) -> str:
        """What opens this register again (recent registers): the file, or the server URL
        without its password."""
        url = self.server_url
        if url is None:
            return str(self.path)
        from dxdesk.core.services.server_link import without_password

        return without_password(url)

    @property
    def place(self) -> str:
        """Where the register is, as the status bar says it: the file, or
        ``account@host:port/database``."""
        url = self.server_url
        if url is None:
            return str(self.path)
        from dxdesk.core.services.server_link import ServerConnection

        return ServerConnection.from_url(url).label

    @property
    def name(self) -> str:
        """A short name: the file's, or the server database's (titles, suggested files)."""
        url = self.server_url
        if url is None:
            return self.path.stem if self.path is not None else "dxdesk"
        from dxdesk.core.services.server_link import ServerConnection

        return ServerConnection.from_url(url).database or "dxdesk"

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.session, "read_only", False))

    def close(self) -> None:
        """Close the lane's connection (and the session when the window opened it)."""
        was_closed, self.closed = self.closed, True
        session = self.session
        if session is None:
            # the lane may have opened the session and not delivered it yet: the lane runs
            # in order, so this runs after that open and closes what was opened
            if not was_closed:
                self.ops.call(self._close_undelivered)
            return
        if self.owns_session:
            self.ops.call(session.close)
        else:
            self.ops.call(session.db.close)
        self.session = None
