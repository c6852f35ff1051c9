"""Another officer saving on a server register, on a connection of their own (issue 20)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from dxdesk.core.storage import models as m


def as_another_officer(work: Callable[[], Any]) -> Any:
    """Run ``work`` on another thread: peewee gives it a connection of its own (another
    server session, as another officer's window)."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:
            out["error"] = exc
        finally:
            m.database_proxy.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    if "error" in out:
        raise out["error"]
    return out.get("value")
