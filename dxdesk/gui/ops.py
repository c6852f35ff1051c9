"""Running core calls off the GUI thread, on one database lane, and telling views what changed.

SQLite through peewee keeps one connection per thread, and SQLite wants one writer at a
time, so every database call of the window runs on a single worker thread (the *lane*),
in the order it was asked for. A :class:`Job` reports progress, can be cancelled, and
delivers its result or its error back on the GUI thread; a job that wrote to the register
then makes :class:`Ops` broadcast ``changed`` with the entities it touched, and each view
refetches what it shows. Widgets are never touched from the lane.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from dxdesk.gui.qtcompat import emit

ALL = frozenset(
    {
        "agency",
        "member",
        "pillar",
        "document",
        "meeting",
        "conclusion",
        "target",
        "milestone",
        "measurement",
        "task",
        "note",
        "figure",
        "draft",
        "draft_indicator",
        "draft_comment",
    }
)

# What a write to one entity may change in the lists (deletes cascade, links follow).
AFFECTS: dict[str, frozenset[str]] = {
    "task": frozenset({"task", "note", "conclusion", "meeting", "agency", "document"}),
    "note": frozenset({"task", "note"}),
    "target": frozenset({"target", "measurement", "milestone", "conclusion", "document"}),
    "measurement": frozenset({"target", "measurement"}),
    "conclusion": frozenset({"conclusion", "meeting", "task", "target"}),
    "meeting": frozenset({"meeting", "conclusion", "task", "target"}),
    "document": frozenset({"document", "task", "target"}),
    "agency": ALL,
    "member": frozenset({"member", "agency"}),
    "draft": frozenset({"draft", "draft_indicator", "target", "milestone", "document"}),
}


def affected(entity: str) -> frozenset[str]:
    """The lists a write to ``entity`` may change."""
    return AFFECTS.get(entity, frozenset({entity}))


class Job(QObject):
    """One call on the lane: progress, cancel, then ``succeeded`` or ``failed``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, label: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self._cancel = threading.Event()
        self._relay: _Relay | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._done_cb: Callable[[Any], None] | None = None
        self._failed_cb: Callable[[BaseException], None] | None = None
        self._changes: frozenset[str] = frozenset()

    def cancel(self) -> None:
        """Ask the running call to stop at its next check (it decides where that is)."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Called on the lane by the running call; reaches ``progressed`` on the GUI thread."""
        if self._relay is not None:
            emit(self._relay.progress, self, done, total)


class _Relay(QObject):
    """Carries results from the lane to the GUI thread (queued signals)."""

    progress = Signal(object, int, int)
    outcome = Signal(object, object, object)


class Ops(QObject):
    """The window's database lane and its change broadcast."""

    changed = Signal(object)  # frozenset of entity names
    busy_changed = Signal(bool)
    error = Signal(str, str)  # title, message: an error no caller handled

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dxdesk-db")
        self._lane_thread: threading.Thread | None = None
        self._jobs: set[Job] = set()
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)

    # -- running -------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        changes: Iterable[str] | None = None,
        label: str = "",
        with_job: bool = False,
    ) -> Job:
        """Run ``fn()`` (or ``fn(job)`` with ``with_job``) on the lane; ``done(result)`` or
        ``failed(error)`` run on the GUI thread; ``changes`` are broadcast after success."""
        job = Job(label)  # no parent: kept alive by _jobs, then by whoever holds it
        job._relay = self._relay
        job._done_cb, job._failed_cb = done, failed
        job._changes = frozenset(changes or ())
        self._jobs.add(job)
        if len(self._jobs) == 1:
            emit(self.busy_changed, True)

        def work() -> None:
            self._lane_thread = threading.current_thread()
            try:
                result = fn(job) if with_job else fn()
            except BaseException as exc:  # delivered to the GUI thread
                if not isinstance(exc, Exception):
                    raise
                exc.__dxdesk_tb__ = traceback.format_exc()
                emit(self._relay.outcome, job, None, exc)
                return
            emit(self._relay.outcome, job, result, None)

        self._executor.submit(work)
        return job

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a short call on the lane and wait for it (small reads for dialogs)."""
        if threading.current_thread() is self._lane_thread:
            return fn(*args, **kwargs)
        return self._executor.submit(fn, *args, **kwargs).result()

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        """Start a call on the lane and return at once; ``.result()`` waits for it (a read
        the GUI thread needs a little later, started early to overlap other work)."""
        return self._executor.submit(fn, *args, **kwargs)

    def pending(self) -> int:
        return len(self._jobs)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Process events until every job has delivered (tests, screenshots, bench)."""
        from PySide6.QtCore import QEventLoop  # tests and tools only: not at start-up

        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self._jobs:
                QCoreApplication.processEvents()  # may start more (timers, refetches)
                if not self._jobs:
                    return True
        sys.stderr.write(f"dxdesk: still running: {[j.label for j in self._jobs]}\n")
        return False

    def shutdown(self, on_lane: Callable[[], Any] | None = None) -> None:
        """Finish queued work, run ``on_lane`` there (close its connection), stop the lane."""
        if on_lane is not None:
            try:
                self._executor.submit(on_lane).result()
            except Exception:
                pass
        self._executor.shutdown(wait=True)

    # -- delivery on the GUI thread ------------------------------------------------------
    def _on_progress(self, job: Job, done: int, total: int) -> None:
        emit(job.progressed, done, total)

    def _on_outcome(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._jobs.discard(job)
        job.done, job.result, job.error = True, result, error
        try:
            if error is None:
                if job._done_cb is not None:
                    job._done_cb(result)
                emit(job.succeeded, result)
                if job._changes:
                    emit(self.changed, job._changes)
            else:
                handled = job._failed_cb is not None
                if handled:
                    job._failed_cb(error)
                emit(job.failed, error)
                if not handled:
                    self.report_error(job.label, error)
        finally:
            emit(job.finished)
            if not self._jobs:
                emit(self.busy_changed, False)

    def report_error(self, label: str, error: BaseException) -> None:
        """Broadcast an error nobody handled; unexpected ones also go to stderr."""
        from dxdesk.core.errors import DxError

        if isinstance(error, DxError):
            message = str(error)
        else:
            sys.stderr.write(getattr(error, "__dxdesk_tb__", repr(error)))
            message = QCoreApplication.translate(
                "Ops", "Lỗi không mong đợi ({name}): {error}"
            ).format(name=type(error).__name__, error=error)
        emit(self.error, label, message)
