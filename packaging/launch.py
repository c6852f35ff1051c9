"""Entry point of the frozen app (PyInstaller), the same as the `dxdesk` console script.

Two environment variables serve the checks of the built bundle (packaging/smoke.py):
- DXDESK_IMPORT_CHECK=FILE imports each module named in FILE (one a line), prints each that
  fails and exits 1 if any did;
- DXDESK_SMOKE_CLOSE_MS=N writes ``SHOWN <title> rows=<rows of the page shown>`` to the file
  DXDESK_SMOKE_OUT (the windowed dxdesk.exe has no console) when the window has been shown and
  painted, and closes it N ms later (as a user would: its state is saved, the register closed).
"""

import os
import sys


def _streams() -> None:
    """The windowed dxdesk.exe has no console: printing must not fail. Piped output is UTF-8
    (Windows would use its ANSI code page, which has no Vietnamese)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif not stream.isatty() and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")


def _import_check(listing: str) -> int:
    import importlib
    import traceback

    with open(listing, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    failed = 0
    for name in names:
        try:
            importlib.import_module(name)
        except BaseException as exc:  # report every kind of failure
            failed += 1
            last = traceback.format_exception_only(type(exc), exc)[-1].strip()
            print(f"MISSING {name}: {last}", flush=True)
    print(f"IMPORTED {len(names) - failed}/{len(names)}", flush=True)
    return 1 if failed else 0


def _close_window_after(ms: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    exec_ = QApplication.exec

    def exec_then_close(*args):  # the window is built and shown before exec() runs
        app = QApplication.instance()
        waited = [0]

        def rows_shown(window: QMainWindow) -> int:
            tables = [t for t in window.findChildren(QTableView) if t.isVisible() and t.model()]
            return max((t.model().rowCount() for t in tables), default=0)

        def check() -> None:  # the rows come a moment after the first paint: wait up to 20 s
            windows = [w for w in app.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()]  # fmt: skip
            rows = max((rows_shown(w) for w in windows), default=0)
            if windows and (rows or waited[0] >= 20_000):
                windows[0].repaint()
                with open(os.environ["DXDESK_SMOKE_OUT"], "a", encoding="utf-8") as f:
                    f.write(f"SHOWN {windows[0].windowTitle()} rows={rows}\n")
                QTimer.singleShot(ms, app.closeAllWindows)
            else:
                waited[0] += 20
                QTimer.singleShot(20, check)

        QTimer.singleShot(0, check)
        return exec_()  # a static method in PySide6

    QApplication.exec = exec_then_close


def main() -> int:
    _streams()
    if os.name == "nt":  # the installer (AppMutex) refuses to replace a running dxdesk
        from dxdesk.core.winapi import hold_running_mutex

        hold_running_mutex()
    if os.environ.get("DXDESK_IMPORT_CHECK"):
        return _import_check(os.environ["DXDESK_IMPORT_CHECK"])
    if os.environ.get("DXDESK_SMOKE_CLOSE_MS"):
        _close_window_after(int(os.environ["DXDESK_SMOKE_CLOSE_MS"]))
    from dxdesk.cli.main import main as dxdesk_main

    return dxdesk_main()


if __name__ == "__main__":
    raise SystemExit(main())
