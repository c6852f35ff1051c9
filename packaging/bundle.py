"""What goes into the PyInstaller bundle, shared by packaging/dxdesk.spec and its tests (so the
lists are checked on any OS, without building)."""

from __future__ import annotations

# Python modules dxdesk never uses that the analysis would otherwise pull in; each with why.
EXCLUDES: dict[str, str] = {
    "tkinter": "the window is Qt; Tk would add ~10 MB",
    "matplotlib": "plots are drawn by pyqtgraph (and matplotlib is not a dependency)",
    "PySide6.QtTest": "only pytest-qt uses it; pyqtgraph imports it optionally (FailedImport)",
    "PySide6.QtNetwork": "dxdesk never opens a socket: exchange is by files",
    "PySide6.QtDBus": "no desktop-bus integration; Linux desktops work without it",
    "PySide6.QtQml": "dxdesk has no QML interface",
    "PySide6.QtQuick": "dxdesk has no QML interface",
    "PySide6.QtWebEngineCore": "no web view (not in PySide6-Essentials anyway)",
    "PySide6.Qt3DCore": "no 3-D (not in PySide6-Essentials anyway)",
    "pyqtgraph.opengl": "3-D plots need PyOpenGL; dxdesk draws 2-D plots only",
    "pyqtgraph.examples": "demo programs of pyqtgraph",
    "pyqtgraph.jupyter": "notebook widgets",
    "IPython": "notebook/console only",
    "pytest": "tests are not shipped in the bundle",
    "platformdirs.pytest_plugin": "a pytest plugin; pytest loads it, dxdesk never does",
}

# Modules loaded through importlib that the analysis cannot see. dxdesk's own (pages of the
# window, plot kinds, the offline exchange's lazy API, the commands) are all collected with
# collect_submodules("dxdesk") in the spec; these are the third-party ones.
HIDDEN_IMPORTS: list[str] = [
    "pyqtgraph.exporters.SVGExporter",  # plots/export.py imports it by name
    "pyqtgraph.exporters.ImageExporter",
    "PySide6.QtSvg",  # pyqtgraph imports it in a try; the SVG icons and exporter need it
    "PySide6.QtOpenGL",  # what pyqtgraph's QtOpenGLWidgets links against
    "PySide6.QtOpenGLWidgets",
    "PySide6.support.deprecated",  # loaded by PySide6's start-up in the source run
]

# Qt translations shipped: Qt's own English strings for the English interface (i18n.install);
# Vietnamese comes from dxdesk/resources/translations/qt_vi.qm (Qt has no Vietnamese).
QT_TRANSLATIONS_KEPT = ("qtbase_en.qm", "qt_en.qm")


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays in the bundle (``dest``: its path in the bundle)."""
    dest = dest.replace("\\", "/")
    if "/Qt/translations/" in f"/{dest}" or dest.startswith("PySide6/translations/"):
        return dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    return True


# Binaries left out on purpose; each with why.
EXCLUDED_BINARIES: dict[str, str] = {
    "opengl32sw.dll": "Mesa software OpenGL for Windows (~20 MB): the window uses no OpenGL",
    "libQt6Network": "QtNetwork is excluded (no sockets)",
    "libQt6Qml": "dxdesk has no QML interface",
    "libQt6Quick": "dxdesk has no QML interface",
    "libQt6Pdf": "the PDF image plugin is not needed (briefs are written by ReportLab)",
    "Qt6Network.dll": "QtNetwork is excluded (no sockets)",
    "Qt6Qml.dll": "dxdesk has no QML interface",
    "Qt6Quick.dll": "dxdesk has no QML interface",
    "Qt6Pdf.dll": "the PDF image plugin is not needed (briefs are written by ReportLab)",
    # Qt platform plugins for embedded devices and remote displays (no desktop uses them);
    # xcb, wayland, offscreen and minimal stay (and windows on Windows)
    "libqeglfs": "embedded full-screen EGL, not a desktop",
    "libqlinuxfb": "embedded framebuffer, not a desktop",
    "libqvnc": "a VNC server platform",
    "libqvkkhrdisplay": "Vulkan direct display, not a desktop",
    "libqminimalegl": "embedded EGL test platform",
    "libQt6EglFS": "only the eglfs platform uses it",
    "libqevdev": "raw input devices of eglfs/linuxfb (desktops go through X11/Wayland)",
    "libqtuiotouchplugin": "TUIO network touch input",
    "libqpdf": "Qt's PDF image plugin: dxdesk never reads PDFs as images",
    # Qt's GTK3 theme plugin and the GTK stack it drags from the build machine: mixing them
    # with the user's own GTK is a known source of crashes; Qt draws its Fusion style instead
    "libqgtk3": "GTK3 platform theme (see above)",
    "libgdk_pixbuf": "GTK stack, only for the GTK3 theme plugin",
    "libatk-": "GTK stack, only for the GTK3 theme plugin",
    "libcairo": "GTK stack, only for the GTK3 theme plugin",
    "libpango": "GTK stack, only for the GTK3 theme plugin",
    "libpixman": "GTK stack, only for the GTK3 theme plugin",
    "libgraphite2": "GTK stack (pango's HarfBuzz), only for the GTK3 theme plugin",
    "libthai": "GTK stack (pango), only for the GTK3 theme plugin",
    "libdatrie": "GTK stack (pango), only for the GTK3 theme plugin",
    "libfribidi": "GTK stack (pango), only for the GTK3 theme plugin",
    # Pillow comes with ReportLab, which needs only its core (no images are drawn from files)
    "_avif.": "Pillow's AVIF codec (~5 MB with libavif): dxdesk reads no images",
    "libavif": "Pillow's AVIF codec",
    "_webp.": "Pillow's WebP codec: dxdesk reads no images",
    "libwebp": "Pillow's WebP codec",
    "libsharpyuv": "Pillow's WebP codec",
    "_imagingtk.": "Pillow's Tk bridge: no Tk",
}


def keep_binary(dest: str) -> bool:
    """Whether a collected binary stays in the bundle."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return not any(name.startswith(prefix) for prefix in EXCLUDED_BINARIES)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0): the four numbers of a Windows version resource."""
    numbers = [int("".join(c for c in part if c.isdigit()) or 0) for part in version.split(".")]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def version_strings(version: str) -> dict[str, str]:
    """The strings of the Windows version resource (Explorer's Details tab)."""
    return {
        "CompanyName": "dxdesk",
        "FileDescription": "dxdesk – sổ theo dõi của Ban Chỉ đạo chuyển đổi số",
        "FileVersion": version,
        "InternalName": "dxdesk",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "dxdesk.exe",
        "ProductName": "dxdesk",
        "ProductVersion": version,
    }


def dxdesk_version(root) -> str:
    """The one version, read from dxdesk/__init__.py without importing dxdesk."""
    import re
    from pathlib import Path

    text = (Path(root) / "dxdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def windows_version_text(version: str) -> str:
    """The Windows version resource of ``version`` in PyInstaller's version-file syntax
    (Vietnamese, Unicode string table); the spec writes it to build/ and passes its path."""
    numbers = version_tuple(version)
    strings = ",\n".join(
        f"          StringStruct({k!r}, {v!r})" for k, v in version_strings(version).items()
    )
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('042A04B0', [\n"
        f"{strings}\n"
        "    ])]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x042A, 1200])]),\n"
        "  ],\n"
        ")\n"
    )


# On Linux, binaries keep their debug symbols unless stripped (the build machine's Python,
# cryptography and Qt carry ~30 MB of them). Never stripped: the libraries wheels vendor in
# ``<name>.libs/`` (auditwheel patches them; stripping numpy's OpenBLAS makes it unloadable:
# "ELF load command address/offset not page-aligned").
def strippable(dest: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    return ".so" in parts[-1] and not any(p.endswith(".libs") for p in parts[:-1])


def strip_debug(binaries: list, workdir) -> list:
    """``binaries`` (PyInstaller TOC tuples) with the strippable ones replaced by copies in
    ``workdir`` without their symbol tables (``strip --strip-unneeded``); unchanged without ``strip``."""
    import shutil
    import subprocess
    from pathlib import Path

    tool = shutil.which("strip")
    if tool is None:
        return binaries
    out = []
    for dest, src, kind in binaries:
        if strippable(dest):
            copy = Path(workdir) / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, copy)
            subprocess.run([tool, "--strip-unneeded", str(copy)], check=True)
            src = str(copy)
        out.append((dest, src, kind))
    return out
