"""Work-arounds for bugs of the Qt binding, in one place.

PySide6 6.12.0: ``Signal.emit()`` returns ``True``/``False`` without taking a reference, so
every emit whose result is dropped takes one reference from ``True``. On Python < 3.12
(``True`` is not immortal there) a few thousand emits later the interpreter aborts with
"bool_dealloc: deallocating True or False". :func:`emit` gives the reference back when a
probe at import shows the bug, and does nothing more on a fixed binding.

PySide6 (all 6.x so far): once it is loaded, every module named in an ``import`` statement
is checked once for ``from __feature__ import …`` by reading its whole source file
(``shibokensupport.feature._mod_uses_pyside``): ~45 standard-library modules at start-up,
about 10 ms. :func:`skip_stdlib_feature_scan` answers for the standard library, which never
imports PySide6, without reading it; every other module is still read.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


def _py_incref():
    import ctypes  # only on the broken binding: ctypes costs ~2 ms of every start-up

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    return incref


class _Probe(QObject):
    fired = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    results = [probe.fired.emit() for _ in range(20)]
    stolen = before - sys.getrefcount(True) + len([r for r in results if r is True])
    del results
    if stolen >= 20:  # give back what the probe took
        global _incref
        _incref = _py_incref()
        for _ in range(20):
            _incref(True)
        return True
    return False


_incref: Any = None
EMIT_STEALS = _emit_steals_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe from the PySide6 6.12.0 reference bug."""
    result = signal.emit(*args)
    if EMIT_STEALS and isinstance(result, bool):
        _incref(result)


def skip_stdlib_feature_scan() -> None:
    """Answer PySide6's ``__feature__`` check for standard-library modules without reading
    their source (the answer is always "does not use PySide6"). Safe to call again."""
    try:
        from shibokensupport import feature  # PySide6's own, loaded with PySide6
    except ImportError:
        return
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "dxdesk_shortcut", False):
        return

    def uses_pyside(module: Any) -> bool:
        name = getattr(module, "__name__", "") or ""
        if name.partition(".")[0] in sys.stdlib_module_names:
            return False
        return scan(module)

    uses_pyside.dxdesk_shortcut = True  # type: ignore[attr-defined]
    uses_pyside.scan = scan  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


skip_stdlib_feature_scan()
