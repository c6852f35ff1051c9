"""The headless core of dxdesk: domain rules, storage, services, exchange and reports.

Nothing under ``dxdesk.core`` may import Qt or pyqtgraph (a test enforces it).
"""
