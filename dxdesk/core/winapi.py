"""The few Windows calls dxdesk makes, through ctypes (no pywin32 in the bundle).

Each takes its ``kernel32`` (and ``last_error``) as arguments, so the Windows branches are
tested on Linux with a fake (tests/core/test_winapi.py).
"""

from __future__ import annotations

import os
from typing import Any

STILL_ACTIVE = 259
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
ERROR_ACCESS_DENIED = 5
# the installer's AppMutex (packaging/windows/dxdesk.iss): it refuses to replace a running dxdesk
MUTEX_NAME = "dxdesk-running"

_held: list[Any] = []


def _kernel32() -> tuple[Any, Any]:
    import ctypes

    return ctypes.WinDLL("kernel32", use_last_error=True), ctypes.get_last_error


def process_alive(pid: int, kernel32: Any = None, last_error: Any = None) -> bool:
    """Whether process ``pid`` runs, on Windows. (``os.kill(pid, 0)`` is no test there: 0 is
    CTRL_C_EVENT, sent to the process group.) A process of another user that cannot be
    opened (access denied) runs."""
    if kernel32 is None:
        kernel32, last_error = _kernel32()
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return last_error() == ERROR_ACCESS_DENIED
    try:
        import ctypes

        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: assume it runs (a lock is then explained, not broken)
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def hold_running_mutex(kernel32: Any = None) -> bool:
    """On Windows, hold the named mutex the installer checks, for as long as this process
    lives (the handle is closed by the system at exit). Elsewhere: nothing."""
    if kernel32 is None:
        if os.name != "nt":
            return False
        kernel32, _ = _kernel32()
    handle = kernel32.CreateMutexW(None, False, MUTEX_NAME)
    if handle:
        _held.append(handle)
    return bool(handle)
