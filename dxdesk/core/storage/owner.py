"""Who has a register open: a small note beside the file, so a lock can be explained.

SQLite cannot say which program holds a lock. dxdesk writes ``<file>.owner`` (user, computer,
process, time) while it has the file open, and removes it on close; a note left by a process
that no longer runs is ignored.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path


def _note(path: Path | str) -> Path:
    p = Path(path)
    return p.with_name(p.name + ".owner")


def _live_holder(path: Path | str) -> dict | None:
    """The note of another process that still has the file open, if any."""
    try:
        info = json.loads(_note(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
        return None
    if info.get("host") == socket.gethostname() and not _alive(int(info.get("pid", 0))):
        return None  # left by a process that crashed
    return info


def left_by_crash(path: Path | str) -> bool:
    """True when a note names a process of this computer that is gone (it did not close)."""
    try:
        info = json.loads(_note(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if info.get("host") != socket.gethostname() or info.get("pid") == os.getpid():
        return False
    return not _alive(int(info.get("pid", 0)))


def claim(path: Path) -> None:
    """Record that this process has the file open (best effort: never fails the open)."""
    if _live_holder(path) is not None:
        return  # the first holder keeps the note; it names who to ask
    try:
        user = getpass.getuser()
    except Exception:
        user = ""
    info = {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    try:
        _note(path).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass


def release(path: Path) -> None:
    try:
        info = json.loads(_note(path).read_text(encoding="utf-8"))
        if info.get("pid") == os.getpid():
            _note(path).unlink()
    except (OSError, ValueError):
        pass


def _alive(pid: int) -> bool:
    """Whether process ``pid`` of this computer still runs."""
    if pid <= 0:
        return False  # os.kill(0, 0) would test our own process group
    if os.name == "nt":  # os.kill(pid, 0) there sends CTRL_C_EVENT to the process group
        from dxdesk.core.winapi import process_alive

        return process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def describe_holder(path: Path | str) -> str:
    """'dxdesk của lan trên máy PC-01 (từ 08:15 28/11/2026)' or 'một chương trình khác'."""
    info = _live_holder(path)
    if info is None:
        return "một chương trình khác"
    since = datetime.fromisoformat(info["since"]).strftime("%H:%M %d/%m/%Y")
    who = info.get("user") or "người dùng khác"
    return f"dxdesk của {who} trên máy {info.get('host')} (từ {since})"
