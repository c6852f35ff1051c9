"""Qt's ICU data cut for the Linux bundle (packaging/icu.py): Vietnamese and English stay,
other languages' locale data goes, and the cut library still sorts Vietnamese as ICU does."""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "packaging" / "icu.py"
_spec = importlib.util.spec_from_file_location("dxdesk_packaging_icu", _PATH)
icu = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu)


def test_vietnamese_english_and_the_shared_data_stay():
    for name in (
        "icudt73l/coll/vi.res",
        "icudt73l/vi.res",
        "icudt73l/vi_VN.res",
        "icudt73l/en_001.res",
        "icudt73l/coll/root.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/coll/res_index.res",
        "icudt73l/pool.res",
        "icudt73l/root.res",
        "icudt73l/supplementalData.res",
        "icudt73l/zoneinfo64.res",
        "icudt73l/nfkc.nrm",
        "icudt73l/cnvalias.icu",
    ):
        assert icu.keep_item(name), name


def test_other_languages_converters_dictionaries_and_transliteration_go():
    for name in (
        "icudt73l/coll/zh.res",
        "icudt73l/de.res",
        "icudt73l/zh_Hant_TW.res",
        "icudt73l/lang/fr.res",
        "icudt73l/zone/ja.res",
        "icudt73l/gb18030.cnv",
        "icudt73l/brkitr/cjdict.dict",
        "icudt73l/translit/root.res",
        "icudt73l/lang/en.res",  # display names: Qt has its own
        "icudt73l/brkitr/line.brk",  # break iterators: Qt breaks lines itself
        "icudt73l/unames.icu",
    ):
        assert not icu.keep_item(name), name


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = bytearray(32)
    struct.pack_into("<HBB", header, 0, 32, 0xDA, 0x27)
    header[12:16] = b"CmnD"
    return icu.write_package(bytes(header), items)


def test_a_package_written_reads_back_with_its_items_aligned():
    items = [("icudt73l/a.res", b"A" * 5), ("icudt73l/b.icu", b"B" * 37), ("icudt73l/c", b"C")]
    data = _package(items)
    header, back = icu.read_toc(data)
    assert header == 32
    assert [n for n, _ in back] == [n for n, _ in items]
    for (_, blob), (_, read) in zip(items, back, strict=True):
        assert read.rstrip(b"\0") == blob
    count = struct.unpack_from("<I", data, header)[0]
    for i in range(count):
        offset = struct.unpack_from("<I", data, header + 8 + 8 * i)[0]
        assert (header + offset) % 16 == 0  # ICU reads its items in place


def _qt_icudata() -> Path | None:
    import PySide6

    return next(iter(sorted(Path(PySide6.__file__).parent.glob("Qt/lib/libicudata.so.*"))), None)


SORT = """
from PySide6.QtCore import QCollator, QLocale
words = ["Đắk Lắk", "Ân Thi", "Bắc Ninh", "An Giang", "Dương Minh Châu", "Đà Nẵng", "Ea Kar"]
print("|".join(sorted(words, key=QCollator(QLocale("vi_VN")).sortKey)))
print("|".join(sorted(["张", "王", "李"], key=QCollator(QLocale("zh_CN")).sortKey)))
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or _qt_icudata() is None or not icu.available(),
    reason="the ICU data is cut on Linux only, with binutils (readelf, as, ld)",
)
def test_the_cut_library_sorts_vietnamese_as_the_whole_one(tmp_path):
    cut = tmp_path / "icu" / _qt_icudata().name
    kept, total = icu.cut_icu_data(_qt_icudata(), cut)
    assert 150 < kept < total / 5
    assert cut.stat().st_size < 8e6 < _qt_icudata().stat().st_size

    def run(preload: Path | None) -> list[str]:
        env = {"LD_PRELOAD": str(preload)} if preload else {}
        done = subprocess.run(
            [sys.executable, "-c", SORT],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        return done.stdout.splitlines()

    whole, trimmed = run(None), run(cut)
    assert whole[0] == trimmed[0]
    assert whole[0].startswith("An Giang|Ân Thi|Bắc Ninh|Dương Minh Châu|Đà Nẵng|Đắk Lắk")
    # Chinese collation data is gone: the cut library is the one in use (code-point order)
    assert whole[1] == "李|王|张" and trimmed[1] == "张|李|王"
