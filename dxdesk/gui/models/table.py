"""One table model for every list, driven by column specs.

The rows are the tuples of a :class:`dxdesk.core.services.tables.Table`, fetched in one query
on the database lane. Everything per row that filtering needs (the folded search text, the
code → row index) is computed there too, once per fetch (:func:`prepare`); ``data()`` only
formats the cells the view paints, and a column's sort order (Vietnamese for text) is computed
once, the first time the list is sorted by it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dxdesk.core.services.tables import Table
from dxdesk.gui import labels
from dxdesk.gui.models import textkeys

_ROOT = QModelIndex()  # the invisible root: the default parent

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's code
RAW_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored value

TEXT, DATE, NUMBER, PERCENT, ENUM, FLAG, PERIOD, COUNT = (
    "text",
    "date",
    "number",
    "percent",
    "enum",
    "flag",
    "period",
    "count",
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
# A paint asks every visible cell for ~7 roles; looking Qt's enum members up in each call
# (a Python descriptor) and building flags with enum arithmetic was a third of that time.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
ANSWERED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _DECORATION, int(KEY_ROLE), int(RAW_ROLE)})
_LEFT_INT = int(_LEFT)
_ALIGN_BY_KIND = {NUMBER: int(_RIGHT), PERCENT: int(_RIGHT), COUNT: int(_RIGHT), FLAG: int(_CENTRE)}


@dataclass(frozen=True)
class Column:
    """How one field of a list is shown: title, width, format, badge colours."""

    key: str
    title: str
    width: int = 120
    kind: str = TEXT
    labels: dict[str, str] = field(default_factory=dict)  # enum code → label
    colours: dict[str, str] = field(default_factory=dict)  # enum code → badge colour
    hidden: bool = False  # hidden until the user shows it
    searchable: bool = True

    def display(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        kind = self.kind
        if kind == TEXT:
            return str(value)
        if kind == DATE:
            return labels.iso_to_display(value)
        if kind == ENUM:
            return self.labels.get(value, str(value))
        if kind in (NUMBER, COUNT):
            return labels.number(value)
        if kind == PERCENT:
            return labels.percent(value)
        if kind == FLAG:
            return "✓" if value else ""
        if kind == PERIOD:
            return labels.period(value)
        return str(value)


@dataclass
class Prepared:
    """What a fetch computes once for a list, on the lane."""

    table: Table
    search: list[str] | None  # None: computed later (see RecordTableModel.ensure_search)
    row_of: dict[str, int]
    extra: Any = None
    options: dict[str, list[tuple[str, Any]]] | None = None  # filter name → its choices
    orders: dict[int, list[int]] = field(default_factory=dict)  # column → its sort order


def search_texts(table: Table, columns: list[Column]) -> list[str]:
    """The folded text a search looks in, per row: its searchable text columns (enum,
    date and number columns have filters instead)."""
    idx = [table.index(c.key) for c in columns if c.searchable and c.kind == TEXT]
    if not idx:
        return [""] * len(table.rows)
    folded = []
    for i in idx:  # each distinct value folded once: agencies, pillars, sources repeat a lot
        cells = [r[i] or "" for r in table.rows]
        distinct = list(dict.fromkeys(cells))
        if len(distinct) == len(cells):  # codes, task texts: no repeats to spare
            folded.append(textkeys.fold_many(cells))
            continue
        fold = dict(zip(distinct, textkeys.fold_many(distinct), strict=True))
        folded.append([fold[c] for c in cells])
    return [" \u2502 ".join(parts) for parts in zip(*folded, strict=True)]


def prepare(
    table: Table,
    columns: list[Column],
    key: str = "code",
    *,
    with_search: bool = True,
    sort_column: int = -1,
) -> Prepared:
    """The code → index of every row, (unless deferred) its folded search text, and the
    order of the column the list is sorted by (if any)."""
    search = search_texts(table, columns) if with_search else None
    k = table.index(key) if key in table.columns else None
    row_of = {str(r[k]): n for n, r in enumerate(table.rows)} if k is not None else {}
    prepared = Prepared(table, search, row_of)
    if 0 <= sort_column < len(columns):
        i = table.index(columns[sort_column].key)
        values = [r[i] for r in table.rows]
        prepared.orders[sort_column] = column_order(columns[sort_column], values)
    return prepared


def column_order(spec: Column, values: list) -> list[int]:
    """Row numbers in ascending order of ``values`` (one column): Vietnamese order for text
    and for the labels of enums, numbers and dates by value; blanks last, except in text
    where they come first. Each distinct value is ranked once (agencies, states and dates
    repeat across 50,000 rows), then the rows are sorted by their value's rank."""
    if spec.kind == TEXT and len(set(values)) == len(values):  # codes, task texts
        return textkeys.vietnamese_order(values)
    distinct = list(dict.fromkeys(values))
    if spec.kind == TEXT:
        ranked = [distinct[i] for i in textkeys.vietnamese_order(distinct)]
    elif spec.kind == ENUM:
        ranked = sorted(distinct, key=lambda v: textkeys.sort_key(spec.display(v)))
    elif spec.kind in (NUMBER, PERCENT, COUNT, FLAG):
        ranked = sorted(distinct, key=lambda v: (v is None, v or 0))
    else:  # ISO dates, periods, codes: their text order is their order; blanks last
        ranked = sorted(distinct, key=lambda v: (v in (None, ""), str(v or "")))
    rank = {v: n for n, v in enumerate(ranked)}
    ranks = [rank[v] for v in values]
    return sorted(range(len(values)), key=ranks.__getitem__)


# A text column with more distinct values than this (codes, task texts) has its sort order
# computed on the lane with the search texts: a first sort by one took 0,1–0,2 s on the GUI
# thread. Other columns rank their few distinct values when first sorted, in ~5–30 ms.
MANY_DISTINCT = 10_000


@dataclass
class Later:
    """What a big list computes on the lane once its rows are shown."""

    search: list[str]
    orders: dict[int, list[int]]  # column → its sort order (see MANY_DISTINCT)


def compute_later(table: Table, columns: list[Column]) -> Later:
    """The folded search texts and the sort orders of the text columns with many distinct
    values (runs on the lane after a big list arrives)."""
    orders = {}
    for n, spec in enumerate(columns):
        if spec.kind == TEXT:
            i = table.index(spec.key)
            values = [r[i] for r in table.rows]
            if len(set(values)) > MANY_DISTINCT:
                orders[n] = column_order(spec, values)
    return Later(search_texts(table, columns), orders)


class RecordTableModel(QAbstractTableModel):
    """A read-only list of rows; columns chosen by :class:`Column` specs."""

    def __init__(self, columns: list[Column], parent=None, key: str = "code"):
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self._rows: list[tuple] = []
        self._names: tuple[str, ...] = ()
        self._idx: list[int] = []
        self._key_idx = 0
        self.search: list[str] | None = []
        self.row_of: dict[str, int] = {}
        self._orders: dict[int, list[int]] = {}  # column → its sort order
        self._colour_fns: list[Callable[[tuple], str | None] | None] = [None] * len(columns)
        self.extra: Any = None
        self.generation = 0  # bumped at each fetch: background results for an older one are dropped

    # -- content -------------------------------------------------------------------------
    def set_prepared(self, prepared: Prepared) -> None:
        """Replace the rows with a new fetch (a model reset: views restore their selection)."""
        self.beginResetModel()
        table = prepared.table
        self._rows = table.rows
        self._names = table.columns
        self._idx = [table.index(c.key) for c in self.columns]
        self._key_idx = table.index(self.key) if self.key in table.columns else 0
        self.search = prepared.search
        self.row_of = prepared.row_of
        self.extra = prepared.extra
        self._orders = dict(prepared.orders)
        self.generation += 1
        self.endResetModel()

    @property
    def rows(self) -> list[tuple]:
        return self._rows

    def ensure_search(self) -> list[str]:
        """The folded search texts, computed now if the background job has not yet."""
        if self.search is None:
            self.search = search_texts(Table(self._names, self._rows), self.columns)
        return self.search

    def attach_later(self, later: Later, generation: int) -> None:
        """Take what the lane computed for fetch number ``generation`` (dropped if the rows
        have been fetched again since)."""
        if generation != self.generation:
            return
        if self.search is None:
            self.search = later.search
        for column, order in later.orders.items():
            self._orders.setdefault(column, order)

    def table(self) -> Table:
        return Table(self._names, self._rows)

    def field_index(self, name: str) -> int:
        return self._names.index(name)

    def row_dict(self, row: int) -> dict[str, Any]:
        return dict(zip(self._names, self._rows[row], strict=True))

    def key_at(self, row: int) -> str:
        return str(self._rows[row][self._key_idx])

    def sort_order(self, column: int) -> list[int]:
        """The row numbers in the column's ascending order, computed once per fetch."""
        order = self._orders.get(column)
        if order is None:
            i = self._idx[column]
            order = self._orders[column] = column_order(
                self.columns[column], [r[i] for r in self._rows]
            )
        return order

    # -- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].title
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """The data of a cell by position (proxies call this directly: no index objects)."""
        if role not in ANSWERED_ROLES or not (
            0 <= row < len(self._rows) and 0 <= column < len(self.columns)
        ):
            return None
        spec = self.columns[column]
        value = self._rows[row][self._idx[column]]
        if role == _DISPLAY:
            return spec.display(value)
        if role == _TOOLTIP:
            text = spec.display(value)
            return text if len(text) > 30 else None
        if role == _ALIGN:
            return _ALIGN_BY_KIND.get(spec.kind, _LEFT_INT)
        if role == _DECORATION and spec.colours:
            colour = spec.colours.get(value)
            return labels.dot(colour) if colour else None
        if role == KEY_ROLE:
            return self.key_at(row)
        if role == RAW_ROLE:
            return value
        return None
