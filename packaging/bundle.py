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
    # python-docx (the Word copies) uses lxml.etree only; lxml's other compiled parts: ~4 MB
    "lxml.objectify": "python-docx builds its XML with lxml.etree, never lxml.objectify (3 MB)",
    "lxml.html": "no HTML is read or compared (lxml.html.diff is a 1 MB compiled module)",
    "lxml.isoschematron": "no Schematron validation of XML",
    "lxml.sax": "no SAX events from lxml trees",
    # Pillow (ReportLab's, and the Word copies' chart, drawn with ImageDraw and ImageFont):
    # its colour management module and the LCMS library it links are never used
    "PIL._imagingcms": "ICC colour management: no images are colour-converted",
    "PIL.ImageCms": "the only user of PIL._imagingcms",
    "readline": "line editing of an interactive Python prompt: the program has none",
    "ssl": "no network connection is ever made (urllib and http.client import it in a try)",
    "_ssl": "see ssl (with it goes libssl)",
    "_hashlib": "OpenSSL's hashes for hashlib: dxdesk hashes with SHA-256 and SHA-1 "
    "(exchange packages, backup names), ReportLab with MD5 (PDF ids), which hashlib then "
    "takes from Python's own _sha256, _sha1 and _md5 (the same digests); signatures are "
    "cryptography's, with its own OpenSSL inside. With it goes libcrypto (4,7 MB)",
    # East Asian legacy text codecs (~1 MB): registers, workbooks and packages are UTF-8
    "_multibytecodec": "the base of the East Asian codecs below",
    "_codecs_cn": "Chinese legacy encodings (GB2312, GBK, GB18030)",
    "_codecs_hk": "Hong Kong legacy encoding (Big5-HKSCS)",
    "_codecs_tw": "Taiwanese legacy encodings (Big5, CP950)",
    "_codecs_jp": "Japanese legacy encodings (Shift-JIS, EUC-JP)",
    "_codecs_kr": "Korean legacy encodings (EUC-KR, Johab)",
    "_codecs_iso2022": "ISO-2022 East Asian encodings",
    "numpy.fft": "Fourier transforms: pyqtgraph uses them only in its plots' context-menu "
    "power-spectrum mode, and dxdesk's plots have that menu turned off",
    "numpy.random": "random numbers: pyqtgraph uses them only to spread scatter points "
    "(pseudoScatter), which dxdesk's plots never do (3 MB of compiled modules)",
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
    # pypdf, with which the tests read the PDFs, imports it to decrypt; dxdesk never does, but
    # it is 4 KB of Python and the module check stays "all that the run imported is there"
    "cryptography.hazmat.primitives.padding",
    "psycopg2.errors",  # psycopg2's C extension imports it when the server reports an error
]

# Qt translations shipped: Qt's own English strings for the English interface (i18n.install);
# Vietnamese comes from dxdesk/resources/translations/qt_vi.qm (Qt has no Vietnamese).
QT_TRANSLATIONS_KEPT = ("qtbase_en.qm", "qt_en.qm")


# Data files of dependencies never read; each with why.
EXCLUDED_DATA: dict[str, str] = {
    "pyqtgraph/icons/peegee/": "pyqtgraph's logo (1 MB of PNGs), set only by pyqtgraph's own "
    "mkQApp; dxdesk makes its application and icon itself",
    "pyqtgraph/colors/maps/": "named colour maps (pg.colormap.get): dxdesk's plots use fixed "
    "band colours",
}


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays in the bundle (``dest``: its path in the bundle)."""
    dest = dest.replace("\\", "/")
    if "/Qt/translations/" in f"/{dest}" or dest.startswith("PySide6/translations/"):
        return dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    return not any(dest.startswith(prefix) for prefix in EXCLUDED_DATA)


# Binaries left out on purpose; each with why.
EXCLUDED_BINARIES: dict[str, str] = {
    "opengl32sw.dll": "Mesa software OpenGL for Windows (~20 MB): the window uses no OpenGL",
    "libQt6Network": "QtNetwork is excluded (no sockets)",
    "libQt6Qml": "dxdesk has no QML interface",
    "libQt6Quick": "dxdesk has no QML interface",
    "Qt6Network.dll": "QtNetwork is excluded (no sockets)",
    "Qt6Qml.dll": "dxdesk has no QML interface",
    "Qt6Quick.dll": "dxdesk has no QML interface",
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
    # Wayland: on a Wayland desktop Qt falls back to xcb, i.e. XWayland, which every Wayland
    # desktop runs for X11 programs (GNOME, KDE; ibus works there too); the window needs no
    # native Wayland feature. Windows has none of these. With them go ~2 MB (the folders'
    # plugins: EXCLUDED_PLUGIN_FOLDERS)
    "libqwayland": "the Wayland platform plugin (see above: xcb through XWayland instead)",
    "libQt6WaylandClient": "Qt's Wayland client library, only for the Wayland plugins",
    "libQt6WlShellIntegration": "Qt's wl-shell support, only for the Wayland plugins",
    # (QtPdf itself is not excluded: a print preview may use it; Linux drops its library when
    # nothing needs it, see drop_unneeded_libraries)
    "libqpdf": "Qt's PDF image plugin: dxdesk never reads PDFs as images",
    "qpdf.dll": "Qt's PDF image plugin: dxdesk never reads PDFs as images",
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
    # Qt image format plugins: dxdesk reads PNG (built into QtGui) and SVG icons, writes PNG
    # and SVG plots and never opens a picture; ICO (the Windows icon) stays
    "libqjpeg": "JPEG images: none are read",
    "libqgif": "GIF images: none are read",
    "qjpeg.dll": "JPEG images: none are read",
    "qgif.dll": "GIF images: none are read",
    "libqtiff": "TIFF images: none are read",
    "libqwebp": "WebP images: none are read",
    "libqicns": "macOS icon files: none are read",
    "libqtga": "Targa images: none are read",
    "libqwbmp": "WAP bitmaps: none are read",
    "qtiff.dll": "TIFF images: none are read",
    "qwebp.dll": "WebP images: none are read",
    "qicns.dll": "macOS icon files: none are read",
    "qtga.dll": "Targa images: none are read",
    "qwbmp.dll": "WAP bitmaps: none are read",
}


# Libraries of the build machine that every Linux desktop provides and that are better taken
# from the user's system than bundled: the base list of AppImage (its "excludelist", used by
# linuxdeployqt), whose authors found that bundled copies of these break on other
# distributions (fontconfig and FreeType against the system's font configuration, GLib and
# libstdc++ against the system's newer plugins and themes). Only top-level libraries the
# analysis took from the build machine; never those a wheel vendors.
SYSTEM_LIBRARIES: dict[str, str] = {
    "libstdc++.so.6": "the C++ runtime: every desktop has one at least as new",
    "libgcc_s.so.1": "the GCC runtime, part of the base system",
    "libglib-2.0.so.0": "GLib: every desktop has it; Qt's event loop uses the system's",
    "libX11.so.6": "X11 client library, part of every X11/XWayland desktop",
    "libfontconfig.so.1": "must match the system's font configuration",
    "libfreetype.so.6": "paired with the system's fontconfig",
    "libharfbuzz.so.0": "paired with the system's FreeType",
    "libz.so.1": "zlib, part of the base system",
    "libexpat.so.1": "expat, part of the base system (fontconfig's parser)",
    "libuuid.so.1": "part of util-linux, the base system",
    "libgpg-error.so.0": "part of the base system (systemd's libgcrypt)",
    "libcom_err.so.2": "part of the base system (e2fsprogs)",
    # not in AppImage's list, but no Linux desktop runs without it
    "libdbus-1.so.3": "the D-Bus client: every Linux desktop session runs on D-Bus (ibus, "
    "the desktop portal), and PySide6's own wheel ships no copy (Qt takes the system's); the "
    "build machine's drags its libsystemd, libgcrypt, lz4 and libcap along (2,7 MB)",
}


# Qt plugin folders left out whole (PySide6/Qt/plugins/<folder>/); each with why.
EXCLUDED_PLUGIN_FOLDERS: dict[str, str] = {
    "wayland-decoration-client": "window decorations of the Wayland plugin (excluded above)",
    "wayland-graphics-integration-client": "GPU buffer sharing of the Wayland plugin",
    "wayland-shell-integration": "desktop shell protocols of the Wayland plugin",
}


def keep_binary(dest: str) -> bool:
    """Whether a collected binary stays in the bundle."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "/" not in dest and name in SYSTEM_LIBRARIES:
        return False
    if any(f"/plugins/{folder}/" in f"/{dest}" for folder in EXCLUDED_PLUGIN_FOLDERS):
        return False
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


# Shared libraries only loaded because another library needs them (the build machine's, at the
# bundle's top level, Qt's in PySide6/Qt/lib, and those wheels vendor in ``<name>.libs/``).
# After the exclusions above, some are needed by nothing left (the GTK theme's GLib I/O,
# Kerberos, HarfBuzz…, Qt's PDF library of the PDF image plugin, Pillow's FreeType): they go,
# found by following what every kept binary needs (ELF ``NEEDED``) from the Python extension
# modules, Qt's plugins and Python's own library.
def _is_dependency_library(dest: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if ".cpython-" in name or ".abi3." in name or name.startswith("libpython"):
        return False  # Python's own library and extension modules are loaded by name
    folder = "/".join(parts[:-1])
    # the top level, wheels' vendored libraries, Qt's libraries (plugins are loaded by name)
    return ".so" in name and (folder in ("", "PySide6/Qt/lib") or folder.endswith(".libs"))


def _needed(path: str, readelf: str) -> list[str]:
    import re
    import subprocess

    out = subprocess.run([readelf, "-d", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def drop_unneeded_libraries(binaries: list) -> tuple[list, list[str]]:
    """``binaries`` (PyInstaller TOC tuples) without the dependency libraries nothing kept
    needs (Linux, with ``readelf``), and the names of those dropped."""
    import shutil

    readelf = shutil.which("readelf")
    if readelf is None:
        return binaries, []
    by_name: dict[str, list[int]] = {}
    for i, (dest, _, _) in enumerate(binaries):
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], []).append(i)
    reached: set[int] = set()
    todo = [i for i, (dest, _, _) in enumerate(binaries) if not _is_dependency_library(dest)]
    while todo:
        i = todo.pop()
        if i not in reached:
            reached.add(i)
            for name in _needed(binaries[i][1], readelf):
                todo.extend(by_name.get(name, []))
    kept = [b for i, b in enumerate(binaries) if i in reached]
    dropped = [b[0] for i, b in enumerate(binaries) if i not in reached]
    return kept, dropped


def drop_dangling_links(datas: list, binaries: list) -> list:
    """``datas`` without the symbolic links (PyInstaller makes them at the top level for
    libraries inside packages) whose target is no longer in the bundle (an excluded or
    dropped library): they would dangle."""
    import posixpath

    present = {d[0].replace("\\", "/") for d in [*binaries, *datas]}

    def target(dest: str, src: str) -> str:
        dest, src = dest.replace("\\", "/"), src.replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), src))

    return [d for d in datas if d[2] != "SYMLINK" or target(d[0], d[1]) in present]
