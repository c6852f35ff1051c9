"""packaging/bundle.py (the spec's lists) loaded for the tests: packaging/ is not a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "packaging" / "bundle.py"
_spec = importlib.util.spec_from_file_location("dxdesk_packaging_bundle", _PATH)
bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle)
