"""The spec's lists (packaging/bundle.py), checked on any OS without building."""

from __future__ import annotations

from pathlib import Path

import dxdesk
from tests.packaging.bundle_lists import bundle

ROOT = Path(__file__).resolve().parents[2]


def test_every_exclusion_states_its_reason():
    for name, reason in {**bundle.EXCLUDES, **bundle.EXCLUDED_BINARIES}.items():
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
