"""Opening a register kept on a PostgreSQL server in the window (issue 20): from --db /
DXDESK_DB, the recent registers, the saved connection at start-up, or File → Kết nối máy
chủ… There is no start-up preview (it reads a file): the window opens the register directly.

The password comes from the URL as typed, else from the system's credential store, else
libpq's own (~/.pgpass, PGPASSWORD, a trusted socket); when the server still wants one, the
connect dialog asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from dxdesk.core.errors import DxError
from dxdesk.gui.context import Context, settings
from dxdesk.gui.i18n import translator_for

tr = translator_for("ServerOpen")


CONNECT_TIMEOUT_S = 10  # a server that does not answer is said, not waited for minutes


def with_password(url: str) -> str:
    """``url`` as the window connects with it: with the password kept for it in the
    credential store when it has none. libpq gives up on a server that does not answer after
    ``CONNECT_TIMEOUT_S`` (``PGCONNECT_TIMEOUT``, unless set, or ``connect_timeout`` in the URL)."""
    import os

    from dxdesk.core.services import server_link
    from dxdesk.core.services.server_link import ServerConnection

    os.environ.setdefault("PGCONNECT_TIMEOUT", str(CONNECT_TIMEOUT_S))
    if server_link.password_in(url):
        return url
    try:
        conn = ServerConnection.from_url(url)
    except DxError:
        return url
    password = server_link.saved_password(conn)
    return conn.url(password) if password else url


def open_server(window, url: str, *, as_of: date | None = None) -> bool:
    """Open the server register now (the window waits); a refused login opens the connect
    dialog with the reason, other errors are shown. True when the register is open."""
    from dxdesk.core.services.server_link import LoginRefused, ServerConnection
    from dxdesk.core.session import Session

    try:
        session = window.ops.call(Session, with_password(url), daily_backup=False)
    except LoginRefused as exc:
        ask_connection(window, ServerConnection.from_url(url), message=str(exc), as_of=as_of)
        return False
    except DxError as exc:
        window._show_error(tr("Không mở được sổ trên máy chủ"), str(exc))
        return False
    show(window, session, as_of=as_of)
    return True


def connect(
    window,
    url: str,
    *,
    as_of: date | None = None,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Open the server register on the lane (the window goes on); ``done(session)`` once it
    shows, ``failed(error)`` when it cannot be opened (nothing changes in the window)."""
    from dxdesk.core.session import Session

    def opened(session) -> None:
        show(window, session, as_of=as_of)
        if done is not None:
            done(session)

    window.ops.run(
        lambda: Session(url, daily_backup=False),
        done=opened,
        failed=failed,
        label=tr("Kết nối máy chủ"),
    )


def show(window, session, *, as_of: date | None = None) -> None:
    """Show an open server register in the window, listening for others' changes."""
    from dxdesk.gui.server_watch import ServerWatch

    window.close_register()
    ctx = Context(session, window.ops, owns_session=True, parent=window)
    window.set_context(ctx, as_of=as_of)
    ctx.server_watch = ServerWatch(ctx)
    ctx.server_watch.start()


def ask_connection(window, conn=None, *, message: str = "", as_of: date | None = None):
    """File → Kết nối máy chủ…: the dialog (returned, already open)."""
    from dxdesk.gui.dialogs.connect import ConnectDialog

    dialog = ConnectDialog(window, conn, message=message, as_of=as_of)
    window.connect_dialog = dialog
    dialog.open()
    return dialog


def remember(ctx: Context) -> None:
    """The register shown is the one the window opens next time without --db: a server's
    connection is saved (no password); a file's open forgets that choice (not the fields)."""
    store = settings()
    on_server = ctx.server_url is not None
    if on_server:
        store.setValue("server/url", ctx.target)
    if on_server or store.value("server/at_start", False, bool):
        store.setValue("server/at_start", on_server)
        store.sync()


def start_target(default):
    """At start-up without --db/DXDESK_DB: the saved server register when the window last
    showed one, else ``default`` (the default file)."""
    store = settings()
    url = store.value("server/url", "", str)
    return url if url and store.value("server/at_start", False, bool) else default
