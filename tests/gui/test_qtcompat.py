"""The binding work-arounds give the answers the binding itself would."""

from __future__ import annotations

import sys


def test_the_feature_scan_shortcut_answers_as_pysides_own_scan():
    from shibokensupport import feature

    import dxdesk.gui.main_window

    shortcut = feature._mod_uses_pyside
    assert getattr(shortcut, "dxdesk_shortcut", False)  # installed with dxdesk.gui
    scan = shortcut.scan
    stdlib = [m for name, m in list(sys.modules.items())
              if name.partition(".")[0] in sys.stdlib_module_names
              and getattr(m, "__file__", None)]  # fmt: skip
    assert len(stdlib) > 40
    for module in stdlib:  # what the shortcut answers without reading the file
        assert shortcut(module) is False
        assert scan(module) is False, module.__name__
    assert shortcut(dxdesk.gui.main_window) is True  # other modules are still read
