"""Work-arounds for bugs of the Qt binding, in one place.

PySide6 6.12.0: ``Signal.emit()`` returns ``True``/``False`` without taking a reference, so
every emit whose result is dropped takes one reference from ``True``. On Python < 3.12
(``True`` is not immortal there) a few thousand emits later the interpreter aborts with
"bool_dealloc: deallocating True or False". :func:`emit` gives the reference back when a
probe at import shows the bug, and does nothing more on a fixed binding.
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
