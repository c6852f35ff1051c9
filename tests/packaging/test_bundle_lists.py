"""The spec's lists (packaging/bundle.py), checked on any OS without building."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import dxdesk
from tests.packaging.bundle_lists import bundle

ROOT = Path(__file__).resolve().parents[2]


def test_every_exclusion_states_its_reason():
    lists = (
        bundle.EXCLUDES,
        bundle.EXCLUDED_BINARIES,
        bundle.EXCLUDED_PLUGIN_FOLDERS,
        bundle.EXCLUDED_DATA,
        bundle.SYSTEM_LIBRARIES,
    )
    for listed in lists:
        for name, reason in listed.items():
            assert len(reason) > 10, name


def test_qt_translations_other_than_english_stay_out():
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_data("PySide6\\Qt\\translations\\assistant_en.qm")
    assert bundle.keep_data("dxdesk/resources/translations/qt_vi.qm")


def test_unused_binaries_stay_out_and_the_used_ones_in():
    assert not bundle.keep_binary("opengl32sw.dll")
    assert not bundle.keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    for used in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PIL/_imaging.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    ):
        assert bundle.keep_binary(used), used


def test_the_window_runs_through_xcb_even_on_wayland_desktops():
    """No Wayland plugin: Qt falls back to xcb (XWayland), so it and its input methods stay."""
    for wayland in (
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
    ):
        assert not bundle.keep_binary(wayland), wayland
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ):
        assert bundle.keep_binary(kept), kept


def test_vendored_wheel_libraries_are_never_stripped():
    assert not bundle.strippable("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert bundle.strippable("libpython3.11.so.1.0")
    assert bundle.strippable("cryptography/hazmat/bindings/_rust.abi3.so")


def test_the_windows_version_resource_comes_from_the_one_version():
    version = bundle.dxdesk_version(ROOT)
    assert version == dxdesk.__version__
    text = bundle.windows_version_text("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text
    assert bundle.version_tuple("2.0") == (2, 0, 0, 0)


def test_qt_pdf_is_never_excluded_by_name():
    """A print preview may use QtPdf: its library stays whenever something needs it."""
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6PdfWidgets.so.6")
    assert bundle.keep_binary("PySide6/Qt6Pdf.dll")
    assert not bundle.keep_binary("PySide6/Qt/plugins/imageformats/libqpdf.so")


def _qt_lib(name: str) -> str:
    import PySide6

    return str(next(Path(PySide6.__file__).parent.glob(f"Qt/lib/{name}")))


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="libraries are followed through ELF NEEDED entries (Linux, readelf)",
)
def test_libraries_nothing_kept_needs_are_left_out():
    import PySide6

    core = next(Path(PySide6.__file__).parent.glob("QtCore.abi3.so"))
    binaries = [
        ("PySide6/QtCore.abi3.so", str(core), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", _qt_lib("libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", _qt_lib("libicuuc.so.*"), "BINARY"),
        ("PySide6/Qt/lib/libicui18n.so.73", _qt_lib("libicui18n.so.*"), "BINARY"),
        ("PySide6/Qt/lib/libicudata.so.73", _qt_lib("libicudata.so.*"), "BINARY"),
        # needed by nothing here: QtSvg's library (no QtSvg module) and a stray top-level one
        ("PySide6/Qt/lib/libQt6Svg.so.6", _qt_lib("libQt6Svg.so.6"), "BINARY"),
        ("libstray.so.1", _qt_lib("libQt6Svg.so.6"), "BINARY"),
        ("python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so", str(core), "EXTENSION"),
    ]
    kept, dropped = bundle.drop_unneeded_libraries(binaries)
    assert sorted(dropped) == ["PySide6/Qt/lib/libQt6Svg.so.6", "libstray.so.1"]
    assert [b[0] for b in kept] == [b[0] for b in binaries if b[0] not in dropped]
    links = [
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libavif-c6062d5f.so.16", "pillow.libs/libavif-c6062d5f.so.16", "SYMLINK"),  # excluded
        ("dxdesk/resources/icons/dxdesk.svg", "/src/dxdesk.svg", "DATA"),
    ]
    assert bundle.drop_dangling_links(links, kept) == [links[1], links[3]]


def test_libraries_every_desktop_has_come_from_the_system():
    assert not bundle.keep_binary("libfontconfig.so.1")
    assert not bundle.keep_binary("libstdc++.so.6")
    assert not bundle.keep_binary("libdbus-1.so.3")  # Qt's D-Bus takes the system's
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6DBus.so.6")
    assert bundle.keep_binary("libsqlite3.so.0")  # Python's sqlite3 needs its own version
    # a wheel's own copy is never the system's
    assert bundle.keep_binary("psycopg2_binary.libs/libz.so.1")


def test_pyqtgraph_data_dxdesk_never_reads_stays_out():
    assert not bundle.keep_data("pyqtgraph/icons/peegee/peegee_512px.png")
    assert not bundle.keep_data("pyqtgraph/colors/maps/CET-L1.csv")
    assert bundle.keep_data("pyqtgraph/icons/auto.png")  # the plots' auto-range button
