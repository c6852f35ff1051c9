"""Loading a page's data on the lane when it is shown and out of date.

The overview and every list share one rule: a page marked stale reloads at once if it is
visible, else when it is next shown; one load runs at a time, and a request during one makes
it run again with the newest as-of date, so a late answer never overwrites a newer one.
"""

from __future__ import annotations

from datetime import date
from typing import Any


class LoadsWhenShown:
    """Mix into a page (before its QWidget base) that has ``ctx`` and ``title``.

    The page implements ``start_load(as_of)``, which asks the lane for its data with
    ``done=`` a handler that begins with ``if not self.load_finished(): return`` and
    ``failed=self.load_failed``.
    """

    _stale = True
    _loading = False
    _again = False

    def start_load(self, as_of: date) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload on the lane (one load at a time; a request during one repeats it)."""
        if self.ctx.session is None:  # type: ignore[attr-defined]
            return
        if self._loading:
            self._again = True
            return
        self._stale, self._loading = False, True
        self.start_load(self.ctx.state.as_of)  # type: ignore[attr-defined]

    def load_finished(self) -> bool:
        """Call first when the data arrives: False when it is already out of date (a newer
        load has been started instead)."""
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.ctx.ops.report_error(self.title, error)  # type: ignore[attr-defined]
