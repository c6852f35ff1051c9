"""The lists as the window holds them, and the start-up preview of a register's first rows.

A list is a :class:`Table` (column names + row tuples), read by ``services.lists``. Before the
register is open, the window paints the first ``FIRST_ROWS`` rows of the remembered list from
:func:`read_preview` (a read-only ``sqlite3`` look at the file). This module imports neither
peewee nor the models: the window imports it before its first paint (a test checks).
"""

from __future__ import annotations

from dxdesk.core.storage.preview import Preview, read_preview
from dxdesk.core.storage.readsql import FIRST_ROWS, Table

__all__ = ["FIRST_ROWS", "Preview", "Table", "read_preview"]
