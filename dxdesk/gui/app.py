"""The application: QApplication, language, fonts and style, opening registers, ``run()``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from dxdesk import __version__
from dxdesk.core.errors import CorruptDatabase, DxError
from dxdesk.core.paths import is_server_target
from dxdesk.gui import i18n, icons
from dxdesk.gui.context import Context, settings
from dxdesk.gui.i18n import translator_for

tr = translator_for("App")

# How long a thread may hold the interpreter lock while another waits for it. Python's 5 ms
# default froze the window for ~1 s after a 50,000-task list reloaded: each of the ~1,000
# model calls of a paint waited for the lane's background work to hand the lock over.
# With 1 ms that paint takes 0,15 s (0,11 s with the lane idle). docs/performance.md.
GIL_SWITCH_INTERVAL_S = 0.001


def language() -> str:
    return settings().value("language", i18n.DEFAULT, str) or i18n.DEFAULT


def _load_fonts(app: QApplication) -> None:
    """A UI font that has Vietnamese. (dxdesk/resources/fonts holds the brief's serif, which
    ReportLab embeds in the PDF; the window never shows it, and loading its four files took
    7-10 ms of every start-up.)"""
    families = set(QFontDatabase.families())
    for family in ("Noto Sans", "Segoe UI", "DejaVu Sans", "Liberation Sans"):
        if family in families:
            font = QFont(family, 10)
            app.setFont(font)
            break


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with dxdesk's names, language, font and style."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if app.property("dxdesk_ready"):
        return app  # type: ignore[return-value]
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setApplicationName("dxdesk")
    app.setOrganizationName("dxdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dxdesk")  # packaging/linux/dxdesk.desktop (Wayland's app id)
    app.setWindowIcon(icons.icon("dxdesk"))
    i18n.install(app, language())
    _load_fonts(app)
    app.setProperty("dxdesk_ready", True)
    return app  # type: ignore[return-value]


def open_register(window, path: Path | str, *, as_of: date | None = None) -> bool:
    """Open (or create) a register in the window; errors are shown, never raised. ``path``
    may be a ``postgresql://`` URL: a register on a server (``gui.server_open``)."""
    from dxdesk.core.session import Session

    if is_server_target(path):
        from dxdesk.gui.server_open import open_server

        return open_server(window, str(path), as_of=as_of)

    try:  # the day's backup is taken after the window shows, not before
        session = window.ops.call(Session, path, daily_backup=False)
    except CorruptDatabase as exc:
        return offer_restore(window, path, str(exc)) and open_register(window, path, as_of=as_of)
    except DxError as exc:
        window._show_error(tr("Không mở được sổ dữ liệu"), str(exc))
        return False
    window.close_register()
    ctx = Context(session, window.ops, owns_session=True, parent=window)
    window.set_context(ctx, as_of=as_of)
    if not session.read_only:
        window.start_daily_backup(path)
    return True


def start_window(
    db_path: Path | str,
    *,
    as_of: date | None = None,
    page: str | None = None,
    saved_server: bool = False,
):
    """The main window on ``db_path``, not shown yet, as ``run()`` starts it: the register's
    preview (``gui.startup``) is read on the lane while the window is built; the welcome
    screen when the file does not exist yet. A ``postgresql://`` URL (or, with
    ``saved_server``, the server register the window showed last) opens without a preview."""
    from dxdesk.gui.ops import Ops
    from dxdesk.gui.startup import begin_preview, open_with_preview

    create_app()
    if saved_server:
        from dxdesk.gui.server_open import start_target

        db_path = start_target(db_path)
    if is_server_target(db_path):
        return _start_on_server(str(db_path), as_of=as_of, page=page)
    db_path = Path(db_path)
    ops = Ops()
    exists = db_path.exists() and db_path.stat().st_size > 0
    preview = begin_preview(ops, db_path, as_of=as_of, page=page) if exists else None
    from dxdesk.gui.main_window import MainWindow

    window = MainWindow(ops=ops)
    from dxdesk.gui.plots.warmup import warm_up_when_idle

    warm_up_when_idle(window)  # pyqtgraph, once the window is painted, open and idle
    if preview is None:
        window.show_welcome(db_path)
        return window
    opened = open_with_preview(window, db_path, preview) or open_register(
        window, db_path, as_of=as_of
    )
    if opened and page:
        window.show_page(page)
    return window


def _start_on_server(url: str, *, as_of: date | None, page: str | None):
    """The window on a server register: no preview (it reads a file); the register opens
    before the window shows, or the connect dialog says why not."""
    from dxdesk.gui.main_window import MainWindow
    from dxdesk.gui.plots.warmup import warm_up_when_idle
    from dxdesk.gui.server_open import open_server

    window = MainWindow()
    warm_up_when_idle(window)
    if open_server(window, url, as_of=as_of) and page:
        window.show_page(page)
    return window


def offer_restore(window, path: Path, message: str, *, ask=None) -> bool:
    """A damaged register: offer the latest backup (the damaged file is kept beside it)."""
    from dxdesk.core.services import backups

    info = backups.latest_backup(path)
    if info is None:
        window._show_error(tr("Không mở được sổ dữ liệu"), message)
        return False
    question = tr(
        "{message}\n\nKhôi phục từ bản sao lưu lúc {when} ({targets} mục tiêu, "
        "{tasks} nhiệm vụ)? Tệp hỏng được giữ lại bên cạnh."
    ).format(
        message=message,
        when=info.taken_at.strftime("%H:%M %d/%m/%Y"),
        targets=info.targets,
        tasks=info.tasks,
    )
    ask = ask or _ask_restore
    if not ask(window, question):
        return False
    backups.restore(path, info)
    return True


def _ask_restore(window, question: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(window, tr("Sổ dữ liệu bị hỏng"), question)
    return answer == QMessageBox.StandardButton.Yes


def open_demo(window, path: Path | None = None) -> bool:
    """Create (once) and open the Lào Cai 2023 demo register."""
    from dxdesk.core.paths import data_dir

    path = path or data_dir() / "demo-laocai-2023.db"
    try:
        window.ops.call(_make_demo, path)
    except ModuleNotFoundError:
        window._show_error(tr("Dữ liệu mẫu"), tr("Bản dxdesk này chưa có dữ liệu mẫu."))
        return False
    except DxError as exc:
        window._show_error(tr("Dữ liệu mẫu"), str(exc))
        return False
    return open_register(window, path)


def _make_demo(path: Path) -> None:
    """On the lane: fill the demo register if it is new."""
    from dxdesk.core.demo import load_demo
    from dxdesk.core.services import lists
    from dxdesk.core.session import Session

    with Session(path) as session:
        if lists.is_empty():
            load_demo(who=session.who or "dxdesk")


def choose_new_register(parent: QWidget | None) -> str:
    from dxdesk.gui.file_actions import choose_save

    return choose_save(parent, tr("Tạo sổ dữ liệu mới"), "ban-chi-dao.db", "dxdesk (*.db)")


def run(
    db_path: Path | str,
    *,
    as_of: date | None = None,
    page: str | None = None,
    package: Path | None = None,
    saved_server: bool = False,
) -> int:
    """Open the main window on ``db_path`` (the welcome screen when it does not exist yet);
    with ``package`` (``dxdesk FILE.dxp``), show that report's preview once the register is open.
    ``saved_server``: no register was named, so the saved server register may open instead."""
    window = start_window(db_path, as_of=as_of, page=page, saved_server=saved_server)
    if package is not None:
        preview_when_open(window, package)
    from dxdesk.gui.dialogs.officer import ask_when_open

    ask_when_open(window)  # the officer's name, the first time
    window.show()
    code = QApplication.instance().exec()
    window.ops.shutdown()
    return code


def preview_when_open(window, package: Path) -> None:
    """When the window's register is open: the package's preview (what merging would change,
    then the question whether to merge), as the Exchange menu's “receive a report” does."""

    def show() -> None:
        window.register_opened.disconnect(show)
        window.exchange.merge_report(str(package))

    window.register_opened.connect(show)


def switch_language(window, language_code: str):
    """Apply another interface language now: a new window on the same register replaces
    the old one (every text is set when a widget is built)."""
    from dxdesk.gui.main_window import MainWindow

    i18n.install(QApplication.instance(), language_code)
    window.save_state()
    fresh = MainWindow(ops=window.ops)
    ctx = window.ctx
    if ctx is not None:
        window.ctx = None
        ctx.notify.disconnect(window._notify)
        ctx.setParent(fresh)
        fresh.set_context(ctx, as_of=ctx.state.as_of)
    fresh.show()
    window.hide()
    window.deleteLater()
    return fresh
