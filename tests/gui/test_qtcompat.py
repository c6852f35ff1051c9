"""The binding work-arounds give the answers the binding itself would."""

from __future__ import annotations

import sys


def test_the_feature_scan_shortcut_answers_as_pysides_own_scan():
    from shibokensupport import feature

    import dxdesk.gui.main_window

    shortcut = feature._mod_uses_pyside
    assert getattr(shortcut, "dxdesk_shortcut", False)  # installed with dxdesk.gui
    scan = shortcut.scan
    stdlib = [
        m
        for name, m in list(sys.modules.items())
        if name.partition(".")[0] in sys.stdlib_module_names and getattr(m, "__file__", None)
    ]
    assert len(stdlib) > 40
    for module in stdlib:  # what the shortcut answers without reading the file
        assert shortcut(module) is False
        assert scan(module) is False, module.__name__
    assert shortcut(dxdesk.gui.main_window) is True  # other modules are still read


def test_the_binding_still_asks_the_scan_the_shortcut_replaces(monkeypatch):
    """The shortcut pays only while PySide6 looks ``_mod_uses_pyside`` up at each import: a
    binding that stops doing so (or renames it) fails here, and the shortcut must go."""
    from shibokensupport import feature

    import dxdesk.gui.qtcompat  # noqa: F401 - installs the shortcut

    shortcut = feature._mod_uses_pyside
    asked: list[str] = []

    def spy(module):
        asked.append(module.__name__)
        return shortcut(module)

    monkeypatch.setattr(feature, "_mod_uses_pyside", spy)
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    exec("import colorsys")  # an import statement, as a module's own
    assert "colorsys" in asked
