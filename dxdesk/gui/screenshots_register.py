"""Screenshots of the register's indices, a target's units × periods and a draft's comments
(issue 16): ``indices.png``, ``target-units.png``, ``draft-comments.png`` at 1366×768, and the
overview with its index plot (``overview-index.png``: the committee's own DTI rank and score),
and the settings dialog on its committee tab (``settings-committee.png``).

They are taken on a temporary copy of the Quảng Ngãi demo (``dxdesk demo --province
quang-ngai``: DTI ranks 2021–2023, twelve communes' values, an illustrative draft with its
comments), whatever register the other screenshots show, so that each has something to show.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

SIZE = (1366, 768)
UNITS_TARGET = "QN02"  # "n of N communes reached": the units × periods table at its fullest


def take_register_views(out: Path, language: str = "vi") -> list[Path]:
    """Write these screenshots into ``out`` in ``language``; return their paths."""
    from dxdesk.core.demo import load_quang_ngai
    from dxdesk.core.demo.quangngai import AS_OF
    from dxdesk.core.session import Session

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "quang-ngai.db"
        session = Session(db, who="dxdesk screenshots")
        try:
            load_quang_ngai(who="dxdesk screenshots")
        finally:
            session.close()
        return _shoot(db, out, AS_OF, language)


def _shoot(db: Path, out: Path, as_of, language: str) -> list[Path]:
    from dxdesk.core.errors import DxError
    from dxdesk.core.services.units import target_units
    from dxdesk.gui import i18n
    from dxdesk.gui.app import create_app, open_register
    from dxdesk.gui.dialogs.target_units import TargetUnitsDialog
    from dxdesk.gui.main_window import MainWindow
    from dxdesk.gui.screenshots import _settle

    app = create_app()
    i18n.install(app, language)  # the other screenshots end in the other language
    window = MainWindow()
    if not open_register(window, db, as_of=as_of):
        raise DxError(f"Không mở được {db}.")
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        for key, name in (("indices", "indices.png"), ("drafts", "draft-comments.png")):
            window.show_page(key)
            _settle(window)
            path = out / name
            window.grab().save(str(path))
            written.append(path)
        window.show_page("overview")
        _settle(window)
        window.pages["overview"].plots.select("index")
        _settle(window)
        path = out / "overview-index.png"
        window.grab().save(str(path))
        written.append(path)
        window.show_page("targets")
        _settle(window)
        data = window.ops.call(target_units, UNITS_TARGET, as_of)
        dialog = TargetUnitsDialog(data, window)
        dialog.show()
        _settle(window)
        path = out / "target-units.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
        settings = window.open_committee()  # Công cụ → Thông tin Ban Chỉ đạo…: the settings' tab
        _settle(window)
        path = out / "settings-committee.png"
        settings.grab().save(str(path))
        written.append(path)
        settings.reject()
    finally:
        window.close()
        window.ops.shutdown()
        app.processEvents()
    return written
