"""Offline exchange: agencies work on their own slice and send their changes back by file.

The functions the CLI and the GUI call (docs/exchange.md describes them), loaded on first use
so that importing the permission guard (done by ``core.session``) stays light:

- secretariat: ``issue_slice``, ``revoke`` (an agency's keys), ``preview``, ``merge``,
  ``list_conflicts``, ``resolve_conflict``, ``history`` (a record's change log with provenance);
- agency: ``open_slice``, ``agency_mode`` (the banner), ``write_report``, ``resend``;
- both: ``exchange_status``, ``check_can_write`` (the agency-mode rule every write obeys).
"""

from __future__ import annotations

import importlib
from typing import Any

_API = {
    "issue_slice": "slices",
    "open_slice": "opening",
    "agency_mode": "mode",
    "AgencyMode": "mode",
    "write_report": "reports",
    "resend": "reports",
    "preview": "merging",
    "merge": "merging",
    "MergeCancelled": "applying",
    "list_conflicts": "conflicts",
    "resolve_conflict": "conflicts",
    "history": "provenance",
    "exchange_status": "status",
    "check_can_write": "permissions",
    "PermissionDenied": "permissions",
    "revoke": "keys",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"{__name__}.{_API[name]}"), name)
