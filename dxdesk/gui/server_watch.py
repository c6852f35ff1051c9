"""Open windows refresh within moments of another officer's change on a server register
(issue 20): a connection of the window's own LISTENs to the register's change notices
(``services.server_watch``), a QSocketNotifier wakes the GUI thread when its socket is
readable (no polling), and the pages reload as after the window's own change. Notices that
come close together are taken as one reload; the window's own changes are already shown.
A lost connection is tried again every few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from dxdesk.gui.i18n import translator_for
from dxdesk.gui.ops import ALL
from dxdesk.gui.qtcompat import emit

tr = translator_for("ServerWatch")

GATHER_MS = 150  # notices within this time make one reload
RETRY_MS = 5000


class ServerWatch(QObject):
    """Listens for a server register's changes while ``ctx`` is the window's register."""

    def __init__(self, ctx):
        super().__init__(ctx)  # (a language switch moves ctx to the new window, and this along)
        self.ctx = ctx
        self._watch = None
        self._notifier: QSocketNotifier | None = None
        self._own: int | None = None  # the lane connection's server process
        self.stopped = False
        self.reloads = 0  # how many times others' changes reloaded the pages
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._reload)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.start)

    @property
    def process(self) -> int | None:
        """The server process of the listening connection (None when not listening)."""
        return self._watch.process() if self._watch is not None else None

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def start(self) -> None:
        """Connect and LISTEN on the lane (the window goes on meanwhile)."""
        from dxdesk.core.services.server_watch import ChangeWatch, session_process

        url = self.ctx.server_url
        if self.stopped or url is None:
            return

        def on_lane():
            return ChangeWatch(url), session_process()

        self.ctx.ops.run(on_lane, done=self._listening, failed=self._lost, label="")

    def _listening(self, got) -> None:
        watch, own = got
        if self.stopped:
            watch.close()
            return
        self._watch, self._own = watch, own
        self._notifier = QSocketNotifier(watch.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self, *_args) -> None:
        if self._watch is None:
            return
        try:
            heard = self._watch.drain(ignore=self._own)
        except OSError:
            self._lost(None)
            return
        if heard and not self._gather.isActive():
            self._gather.start()

    def _reload(self) -> None:
        if self.stopped or self.ctx.closed:
            return
        self.reloads += 1
        emit(self.ctx.ops.changed, ALL)  # every page reloads, as after a change of ours
        emit(self.ctx.notify, tr("Sổ vừa được cán bộ khác cập nhật: đã tải lại."))

    def _lost(self, _error) -> None:
        self._drop()
        if not self.stopped:
            self._retry.start()

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def stop(self) -> None:
        """The register is closed: stop listening."""
        self.stopped = True
        self._gather.stop()
        self._retry.stop()
        self._drop()
