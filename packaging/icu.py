"""Qt's ICU data, cut to what dxdesk can use (Linux bundle only).

PySide6's QtCore links ICU, whose data library ``libicudata.so.NN`` holds 32 MB: the locale
data of every language (names of languages, countries, currencies, units and time zones in
~500 locales), collation for Chinese, Japanese, Korean…, the line-break dictionaries of
Chinese, Japanese, Thai, Khmer, Lao and Burmese, transliteration and ~200 legacy character
converters. dxdesk speaks Vietnamese and English; Qt formats dates and numbers from its own
CLDR tables, not ICU's, and uses ICU only for collation (``QCollator``, locale-aware
sorting), legacy text codecs and locale-dependent case mapping. So the bundle keeps:

- every item that is not per-locale data (Unicode properties, normalisation, the root
  collation ``ucadata.icu``, supplemental data, time-zone rules, the converter aliases,
  each tree's ``pool.res``/``res_index.res``/``root.res``);
- the per-locale data of Vietnamese and English (``vi*``, ``en*``): locale and collation;

and leaves out the per-locale data of other languages (a request for them falls back to the
root locale, as ICU does for any locale it lacks), the ``.cnv`` legacy converters (dxdesk
reads and writes UTF-8 only; UTF-8/16/32 and Latin-1 are built into ICU's code), the
break iterators and their dictionaries (Qt breaks lines with its own tables),
transliteration, spelled-out numbers, character names and the display names of languages,
countries, currencies, units and time zones (Qt names them from its own CLDR tables).

The common data (``icudtNNl.dat``, symbol ``icudtNN_dat``) is read out of the shared
library, its table of contents rewritten with the kept items only, and the library rebuilt
around it with binutils (``as``, ``ld``; the bundle's build already needs ``strip`` from the
same package). Without them, or on any surprise in the file, the library stays whole.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

LANGUAGES = ("vi", "en")  # the interface's languages: their locale data stays
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9_]+)?$")  # af, en_001, zh_Hant_TW, …
_SHARED = ("res_index", "root", "pool")  # in every tree: the locale list, root, the key pool
# transliteration, break iterators, spelled-out numbers and the display names of languages,
# countries, currencies, units and time zones: Qt takes none of these from ICU
_DROPPED_TREES = ("translit", "brkitr", "rbnf", "lang", "region", "curr", "unit", "zone")
_DROPPED_TYPES = (".cnv", ".dict")  # legacy converters, line-break dictionaries
_DROPPED_ITEMS = ("unames.icu",)  # Unicode character names (u_charName): never asked


def keep_item(name: str) -> bool:
    """Whether an item of the common data (e.g. ``icudt73l/coll/vi.res``) stays."""
    parts = name.split("/")
    path = parts[1:] if len(parts) > 1 else parts  # the package's prefix, icudt73l/
    leaf = path[-1]
    if path[0] in _DROPPED_TREES or leaf.endswith(_DROPPED_TYPES) or leaf in _DROPPED_ITEMS:
        return False
    stem, _, ext = leaf.rpartition(".")
    match = _LOCALE.match(stem) if ext == "res" and stem not in _SHARED else None
    return match is None or match["lang"] in LANGUAGES


def read_toc(data: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    """(header size, [(name, item bytes)]) of an ICU common data package (little-endian)."""
    header = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header)[0]
    entries = [struct.unpack_from("<II", data, header + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header + name_at
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = header + entries[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[header + data_at : end]))
    return header, items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package: ``header``, then the table of contents (count, name and
    data offsets from the table's start), the names, and the items each aligned to 16."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    names_at = toc_size
    first_item = names_at + len(names)
    first_item += -(first_item + len(header)) % 16
    toc = [struct.pack("<I", len(items))]
    body = bytearray()
    name_at = names_at
    for name, blob in items:
        body += b"\0" * (-(first_item + len(body) + len(header)) % 16)
        toc.append(struct.pack("<II", name_at, first_item + len(body)))
        name_at += len(name) + 1
        body += blob
    table = b"".join(toc) + names
    table += b"\0" * (first_item - len(table))
    return header + table + bytes(body)


def _symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` symbol, read with readelf."""
    syms = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\b",
        syms,
    )
    if not found:
        raise ValueError(f"{lib.name}: no icudtNN_dat symbol")
    address, size, section = int(found[1], 16), int(found[2], 0), int(found[3])
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not row:
        raise ValueError(f"{lib.name}: section {section} not found")
    return found[4], address - int(row[1], 16) + int(row[2], 16), size


def soname(lib: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-W", "-d", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[(.+)\]", dynamic)
    return found[1] if found else lib.name


def cut_icu_data(lib: Path, out: Path) -> tuple[int, int]:
    """Write to ``out`` ``lib`` (a libicudata) with the kept items only; (items kept, of)."""
    symbol, offset, size = _symbol(lib)
    data = lib.read_bytes()[offset : offset + size]
    header_size, items = read_toc(data)
    kept = [(name, blob) for name, blob in items if keep_item(name)]
    out.parent.mkdir(parents=True, exist_ok=True)
    dat = out.with_suffix(".dat")
    dat.write_bytes(write_package(data[:header_size], kept))
    source = out.with_suffix(".S")
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    obj = out.with_suffix(".o")
    subprocess.run(["as", "-o", str(obj), source.name], cwd=out.parent, check=True)
    subprocess.run(["ld", "-shared", "-soname", soname(lib), "-o", str(out), str(obj)], check=True)
    return len(kept), len(items)


def available() -> bool:
    return all(shutil.which(tool) for tool in ("readelf", "as", "ld"))


def cut_binaries(binaries: list, workdir) -> list:
    """``binaries`` (PyInstaller TOC tuples) with Qt's libicudata replaced by the cut copy
    (Linux); unchanged without binutils or when the library is not what is expected."""
    if not available():
        return binaries
    out = []
    for dest, src, kind in binaries:
        if Path(dest).name.startswith("libicudata.so"):
            copy = Path(workdir) / "icu" / Path(dest).name
            try:
                kept, total = cut_icu_data(Path(src), copy)
            except (ValueError, subprocess.CalledProcessError) as exc:
                print(f"ICU data left whole: {exc}")
            else:
                print(f"ICU data: {kept} of {total} items kept ({Path(dest).name})")
                src = str(copy)
        out.append((dest, src, kind))
    return out
