"""Run-time hook of the frozen dxdesk, in place of PyInstaller's ``pyi_rth_pyside6`` (see
packaging/dxdesk.spec): Qt finds its plugins inside the bundle, and nothing imports Qt yet.

PyInstaller's hook also imports ``PySide6.QtCore`` before the program starts, to give Qt an
embedded ``qt.conf`` when the bindings make none. PySide6's wheels make their own (QtCore's
module registers ``:/qt/etc/qt.conf`` naming the ``Qt`` folder beside it, which the bundle
keeps), so that import only made every command load shiboken, Qt and ICU first: 0,2–0,4 s
measured before ``dxdesk --version`` could answer, and the same before ``brief`` or
``summary``, which never use Qt. The window still imports Qt as soon as it needs it.

The bundle has no Wayland plugin (packaging/bundle.py): on a Wayland desktop Qt would say it
cannot find it before falling back to xcb (XWayland), so xcb is asked for directly whenever an
X display is there and the user has not chosen a platform.
"""

import os
import sys


def _qt_plugins() -> None:
    qt = ("PySide6",) if sys.platform == "win32" else ("PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, *qt, "plugins")
    if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


_qt_plugins()
del _qt_plugins
