"""Style sheets, each set on the widget it styles.

Not one application-wide sheet: with one, Qt draws every widget through its (slower)
style-sheet style, which cost the first paint of the window about 18 ms (dxdesk bench).
A sheet also reaches every child of its widget, so the toolbar (with the as-of bar in it)
and the count labels are styled through their palette and margins instead.
"""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QToolBar

SIDEBAR = """
QListWidget#sidebar { background: #F3F5F7; border: none; border-right: 1px solid #D8DDE3;
                      font-size: 10.5pt; padding-top: 6px; }
QListWidget#sidebar::item { padding: 9px 8px; border-radius: 4px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: #0072B2; color: white; }
"""
CARD = "QFrame#card { background: #FAFBFC; border: 1px solid #D8DDE3; border-radius: 6px; }"
HEADER = "QHeaderView::section { padding: 3px 6px; }"


def count_label(label: QLabel) -> None:
    """The grey "12 / 75 nhiệm vụ" beside a search box."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#444444"))
    label.setPalette(palette)
    label.setContentsMargins(6, 0, 6, 0)


def toolbar(bar: QToolBar) -> None:
    """The main toolbar: a little air between and around its buttons."""
    layout = bar.layout()
    layout.setSpacing(4)
    layout.setContentsMargins(3, 3, 3, 3)
