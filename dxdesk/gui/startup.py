"""Opening a register at start-up in two steps: its preview painted at once, then the session.

Opening a register (peewee, the models, migrations, the owner note, the daily check) takes
~0,1 s before a row can be read; on a 50,000-task register that was a third of the time to
the first painted rows. So ``run()`` first reads a preview (``core.services.tables.read_preview``: the
opening date and the remembered list's first rows, through a plain read-only sqlite3
connection), builds the pages on a context without a session and paints; right after that
first paint the lane opens the session, edits are allowed and the pages read the whole
lists. Until then every editing action is disabled. If the real open fails, the preview
is dropped and the usual open reports the problem (a damaged file: the backup offer).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from dxdesk.gui.context import Context, remembered_page
from dxdesk.gui.ops import Ops

# If the window is not painted by then (minimised, covered), open the session anyway.
PAINT_WAIT_MS = 500


def begin_preview(
    ops: Ops, path: Path, *, as_of: date | None = None, page: str | None = None
) -> PendingPreview:
    """Start reading the register's preview on the lane; the window is built meanwhile.

    Its modules are imported here, not on the lane: two threads importing at once hold the
    interpreter lock in turns and slowed the window's own imports by a third; the lane's
    part is then SQLite, which runs without the lock."""
    from dxdesk.core.services.tables import FIRST_ROWS, read_preview

    key = page or remembered_page()
    return PendingPreview(key, ops.start(read_preview, path, key, limit=FIRST_ROWS, as_of=as_of))


@dataclass
class PendingPreview:
    """A preview being read: the page it is for, and the lane's answer to come."""

    page: str
    pending: Future


def open_with_preview(window, path: Path, preview: PendingPreview) -> bool:
    """Show the register's preview now and open it after the window's first paint; False
    (nothing done) when the file cannot be previewed: open it with ``app.open_register``."""
    try:
        seen = preview.pending.result()
    except Exception:  # the preview is a shortcut: without it the usual open runs
        seen = None
    if seen is None:
        return False
    key = preview.page
    window.close_register()
    ctx = Context(None, window.ops, path=path, parent=window)
    window.set_context(ctx, as_of=seen.as_of, page=key)
    if seen.table is not None:
        window.pages[key].show_preview(seen.table)
    after_first_paint(window, lambda: _open_session(window, ctx, path))
    return True


def _open_session(window, ctx: Context, path: Path) -> None:
    from dxdesk.core.session import Session

    def open_on_lane():
        session = Session(path, daily_backup=False)
        if ctx.closed:  # the window closed (or opened another file) meanwhile
            session.close()
            return None
        ctx.opened = session  # ctx.close() closes it if it is never delivered
        return session

    def opened(session) -> None:
        if session is None or ctx.closed:  # closed meanwhile: ctx.close() closed it
            return
        ctx.opened = None
        if window.ctx is not ctx:
            window.ops.run(session.close, label="")
            return
        window.attach_session(session)
        if not session.read_only:
            window.start_daily_backup(path)

    def failed(_error: BaseException) -> None:
        if window.ctx is not ctx:
            return
        from dxdesk.gui.app import open_register

        window.drop_register()
        open_register(window, path, as_of=ctx.state.as_of)  # says what is wrong, offers a backup

    window.ops.run(open_on_lane, done=opened, failed=failed, label="")


def after_first_paint(window, action: Callable[[], None]) -> None:
    """Run ``action`` once, just after ``window`` is first painted (or after PAINT_WAIT_MS,
    whichever comes first)."""
    done = False

    def run_once() -> None:
        nonlocal done
        if not done:
            done = True
            window.removeEventFilter(watcher)
            action()

    watcher = _PaintWatcher(window, lambda: QTimer.singleShot(0, run_once))
    window.installEventFilter(watcher)
    QTimer.singleShot(PAINT_WAIT_MS, run_once)


class _PaintWatcher(QObject):
    def __init__(self, window, painted: Callable[[], None]):
        super().__init__(window)
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self._painted()
        return False
