"""Style sheets, each set on the widget it styles.

Not one application-wide sheet: with one, Qt draws every widget through its (slower)
style-sheet style, which cost the first paint of the window about 18 ms (dxdesk bench).
"""

SIDEBAR = """
QListWidget#sidebar { background: #F3F5F7; border: none; border-right: 1px solid #D8DDE3;
                      font-size: 10.5pt; padding-top: 6px; }
QListWidget#sidebar::item { padding: 9px 8px; border-radius: 4px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: #0072B2; color: white; }
"""
CARD = "QFrame#card { background: #FAFBFC; border: 1px solid #D8DDE3; border-radius: 6px; }"
COUNT_LABEL = "QLabel#countLabel { color: #444; padding: 0 6px; }"
TOOLBAR = "QToolBar#mainToolbar { spacing: 4px; padding: 3px; }"
HEADER = "QHeaderView::section { padding: 3px 6px; }"
