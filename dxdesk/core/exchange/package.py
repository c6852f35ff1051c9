"""The offline exchange package: one zip file holding a signed, versioned manifest and a payload.

Members (nothing else is accepted): ``manifest.json`` (format, version, kind, ids, the SHA-256
of the payload), ``payload.json`` (the records or the changes) and ``signature`` (Ed25519 over
the manifest's exact bytes, so it covers the payload through its digest). Reading never
extracts to disk and refuses, with one Vietnamese sentence, a truncated file, a member path
outside the package, a zip bomb, a damaged or modified member and an unknown format version.
Who must have signed is the caller's business (``offline/verify.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dxdesk.core.errors import DxError
from dxdesk.core.exchange import package_keys

FORMAT = "dxdesk-exchange"
VERSION = 1
MANIFEST, PAYLOAD, SIGNATURE = "manifest.json", "payload.json", "signature"
LIMITS = {MANIFEST: 64 * 1024, PAYLOAD: 64 * 1024 * 1024, SIGNATURE: 1024}
MAX_FILE = 64 * 1024 * 1024
MAX_RATIO = 200  # JSON deflates about 10 times; hundreds of times is a bomb
SLICE, REPORT = "slice", "report"


class PackageRefused(DxError):
    """A package that is not used: nothing was written."""


def integrity_error(name: str) -> PackageRefused:
    return PackageRefused(
        f"Gói {name} bị hỏng hoặc đã bị sửa đổi sau khi ký nên không được "
        "dùng; hãy đề nghị gửi lại tệp."
    )


# --- JSON with dates -------------------------------------------------------------------------


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat(timespec="seconds")}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(f"không ghi được giá trị {value!r}")


def _hook(obj: dict) -> Any:
    if len(obj) == 1 and "$date" in obj:
        return date.fromisoformat(obj["$date"])
    if len(obj) == 1 and "$datetime" in obj:
        return datetime.fromisoformat(obj["$datetime"])
    return obj


def dumps(value: Any) -> str:
    """Compact, sorted JSON text with dates tagged (the same bytes for the same value)."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_default
    )


def _no_constant(name: str) -> Any:
    raise ValueError(f"JSON constant {name} is not part of the format")


def loads(text: str | bytes) -> Any:
    """The value of a :func:`dumps` text; ValueError for anything else (NaN, Infinity, a
    tagged date that is not a date, nesting deeper than Python can follow)."""
    try:
        return json.loads(text, object_hook=_hook, parse_constant=_no_constant)
    except (RecursionError, TypeError, OverflowError) as exc:
        raise ValueError(str(exc)) from None


# --- writing ---------------------------------------------------------------------------------


def build(manifest: dict[str, Any], payload: Any, private_key: str) -> bytes:
    """The bytes of a package: the manifest gets the format, version and payload digest."""
    payload_bytes = dumps(payload).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        **manifest,
        "payload_sha256": hashlib.sha256(payload_bytes).hexdigest(),
        "payload_size": len(payload_bytes),
    }
    manifest_bytes = dumps(manifest).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(PAYLOAD, payload_bytes)
        zf.writestr(SIGNATURE, package_keys.sign(private_key, manifest_bytes))
    return buffer.getvalue()


def check_writable(out: str | Path) -> None:
    """Refuse, before anything is recorded, a place a file cannot be written to at all."""
    out = with_extension(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.is_dir():
            raise IsADirectoryError(21, "đó là một thư mục")
        if not os.access(out.parent, os.W_OK):
            raise PermissionError(13, "không có quyền ghi vào thư mục")
    except OSError as exc:
        raise DxError(
            f"Không ghi được tệp {out} ({exc.strerror or exc}); hãy kiểm tra ổ đĩa "
            "hoặc USB rồi thử lại."
        ) from exc


# The file extension of packages: ``.dxp`` (the window's and the docs'); files named
# ``.dxgoi`` (earlier docs) or anything else are read all the same: the content decides.
EXTENSION = ".dxp"
ALSO_OPENED = (".dxgoi",)


def with_extension(out: str | Path) -> Path:
    """``out`` as written: ``.dxp`` added to a name that has no extension (a folder stays a
    folder, and is refused as one)."""
    out = Path(out)
    return out if out.suffix or out.is_dir() else out.with_name(out.name + EXTENSION)


def write_file(data: bytes, out: str | Path) -> Path:
    """Write the package next to its final name, then move it there (never half a file)."""
    out = with_extension(out)
    tmp = out.with_name(out.name + ".tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise DxError(
            f"Không ghi được tệp {out} ({exc.strerror or exc}); hãy kiểm tra ổ đĩa "
            "hoặc USB rồi thử lại."
        ) from exc
    return out


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    """A package read and checked for shape (not yet for who signed it)."""

    name: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    payload_bytes: bytes
    signature: bytes
    size: int

    @property
    def kind(self) -> str:
        return self.manifest.get("kind", "")

    def check_signed_by(self, public_key: str) -> None:
        """Refuse unless the manifest is signed by this key and the payload is the one signed."""
        if not package_keys.verify(public_key, self.manifest_bytes, self.signature):
            raise integrity_error(self.name)
        if self.manifest.get("payload_size") != len(self.payload_bytes):
            raise integrity_error(self.name)
        digest = hashlib.sha256(self.payload_bytes).hexdigest()
        if digest != self.manifest.get("payload_sha256"):
            raise integrity_error(self.name)

    def payload(self) -> Any:
        """The payload (call after :meth:`check_signed_by`)."""
        try:
            return loads(self.payload_bytes.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise integrity_error(self.name) from None


def read(path: str | Path) -> Package:
    """Read a package file, refusing anything that is not a well-formed package."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise PackageRefused(f"Không tìm thấy tệp gói {path}.")
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise PackageRefused(f"Tệp {name} quá lớn để là một gói trao đổi dxdesk.")
        data = path.read_bytes()
    except OSError as exc:
        raise PackageRefused(f"Không đọc được tệp {path} ({exc.strerror or exc}).") from exc
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # zipfile raises many kinds of errors on damaged or hostile input
        raise _not_whole(name) from None
    with zf:
        members = _checked_members(zf, name)
        contents = {member: _read_member(zf, info, name) for member, info in members.items()}
    manifest = _manifest(contents[MANIFEST], name)
    return Package(name, manifest, contents[MANIFEST], contents[PAYLOAD], contents[SIGNATURE], size)


def _not_whole(name: str) -> PackageRefused:
    return PackageRefused(
        f"Tệp {name} không đầy đủ (có thể bị cắt cụt khi gửi) hoặc không phải "
        "gói trao đổi dxdesk; hãy đề nghị gửi lại tệp."
    )


def _unsafe(member: str) -> bool:
    parts = member.replace("\\", "/").split("/")
    return member.startswith(("/", "\\")) or "\\" in member or ":" in member or ".." in parts


def _checked_members(zf: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    for info in infos:
        if _unsafe(info.filename):
            raise PackageRefused(
                f"Gói {name} chứa đường dẫn ra ngoài thư mục của gói "
                f"(“{info.filename}”) nên không được mở."
            )
    names = [info.filename for info in infos]
    if sorted(names) != sorted(LIMITS):
        raise PackageRefused(
            f"Tệp {name} không phải gói trao đổi dxdesk (thành phần trong tệp không đúng)."
        )
    for info in infos:
        limit = LIMITS[info.filename]
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limit or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise _bomb(name)
    return {info.filename: info for info in infos}


def _bomb(name: str) -> PackageRefused:
    return PackageRefused(
        f"Gói {name} giải nén ra dung lượng bất thường (nghi là “bom nén”) nên không được mở."
    )


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    limit = LIMITS[info.filename]
    try:
        with zf.open(info) as f:
            data = f.read(limit + 1)
    except (NotImplementedError, RuntimeError):  # unknown compression, encrypted member
        raise PackageRefused(f"Tệp {name} không phải gói trao đổi dxdesk.") from None
    except Exception:  # a bad CRC, a broken deflate stream, an offset out of the file, …
        raise integrity_error(name) from None
    if len(data) > limit:
        raise _bomb(name)
    return data


def _manifest(raw: bytes, name: str) -> dict[str, Any]:
    try:
        manifest = loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise integrity_error(name) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageRefused(f"Tệp {name} không phải gói trao đổi dxdesk.")
    version = manifest.get("version")
    if version != VERSION:
        raise PackageRefused(
            f"Gói {name} theo định dạng phiên bản {version}, bản dxdesk này chỉ "
            f"đọc được phiên bản {VERSION}; hãy cập nhật dxdesk."
        )
    if manifest.get("kind") not in (SLICE, REPORT):
        raise PackageRefused(f"Tệp {name} không phải gói trao đổi dxdesk.")
    if not well_formed(manifest):
        raise PackageRefused(
            f"Tệp {name} không phải gói trao đổi dxdesk (bản kê khai sai kiểu dữ liệu)."
        )
    return manifest


# Every field a manifest may carry and its JSON type; a field not listed (a later dxdesk's)
# must be a plain value. The manifest is read before the signature is checked, so nothing
# after this may meet a list where it expects text.
_TEXT = (str,)
_NUMBER = (int,)
MANIFEST_TYPES: dict[str, tuple[type, ...]] = {
    "format": _TEXT,
    "version": _NUMBER,
    "kind": _TEXT,
    "package_id": _TEXT,
    "committee_uid": _TEXT,
    "committee_name": _TEXT,
    "agency": _TEXT,
    "agency_name": _TEXT,
    "created_at": _TEXT,
    "created_by": _TEXT,
    "app_version": _TEXT,
    "secretariat_key": _TEXT,
    "agency_key_id": _TEXT,
    "key_id": _TEXT,
    "slice_id": (str, type(None)),
    "seq": _NUMBER,
    "slice_seq": _NUMBER,
    "payload_sha256": _TEXT,
    "payload_size": _NUMBER,
}


def well_formed(manifest: dict[str, Any]) -> bool:
    """Whether every field of a manifest has its type (texts short, numbers whole, ≥ 0)."""
    for key, value in manifest.items():
        if not isinstance(key, str) or len(key) > 64:
            return False
        types = MANIFEST_TYPES.get(key, (str, int, float, bool, type(None)))
        if isinstance(value, bool) and bool not in types:
            return False
        if not isinstance(value, types):
            return False
        if isinstance(value, str) and len(value) > 4096:
            return False
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            return False
    return True
