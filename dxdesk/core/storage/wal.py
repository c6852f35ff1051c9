"""What a register's write-ahead log (``<file>-wal``) says before the file is opened.

SQLite keeps the latest committed changes in the -wal until they are copied into the file.
After a crash (the owner note names a process that is gone) a -wal that was lost (copied
without it, deleted by a cleaner) or damaged is silently ignored by SQLite: those changes are
gone. dxdesk cannot bring them back, but it says so instead of opening as if nothing happened.
"""

from __future__ import annotations

import struct
from pathlib import Path

from dxdesk.core.storage import owner

WAL_MAGIC = (0x377F0682, 0x377F0683)
HEADER = 32
FRAME_HEADER = 24


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def in_wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL (bytes 18 and 19 are 2)."""
    try:
        with path.open("rb") as f:
            head = f.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def _checksum(data: bytes, big: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_damaged(wal: Path) -> bool:
    """A -wal whose header is not SQLite's, or whose first frame (of this header's salts)
    fails its checksum: SQLite would drop everything it holds."""
    try:
        with wal.open("rb") as f:
            header = f.read(HEADER)
            if not header:
                return False  # an empty -wal holds nothing
            magic, _version, page_size = struct.unpack(">III", header[:12])
            if len(header) < HEADER or magic not in WAL_MAGIC:
                return True
            big = bool(magic & 1)
            if _checksum(header[:24], big) != struct.unpack(">II", header[24:32]):
                return True
            if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
                return True
            frame = f.read(FRAME_HEADER + page_size)
    except OSError:
        return True
    if len(frame) < FRAME_HEADER + page_size:
        return bool(frame)  # a torn first frame
    if frame[8:16] != header[16:24]:
        return False  # frames of an earlier generation: nothing of this one was written
    s0, s1 = _checksum(header[:24], big)
    expected = _checksum(frame[:8] + frame[FRAME_HEADER:], big, s0, s1)
    return expected != struct.unpack(">II", frame[16:24])


def notes_before_open(path: Path, *, immutable: bool) -> list[str]:
    """Warnings to show when the register opens (one Vietnamese sentence each)."""
    if not path.is_file():
        return []
    wal, notes = wal_of(path), []
    name = path.name
    has_wal = wal.is_file() and wal.stat().st_size > 0
    if owner.left_by_crash(path) and in_wal_mode(path) and not wal.exists():
        notes.append(
            f"Lần trước dxdesk dừng đột ngột khi đang mở {name} và tệp nhật ký "
            f"{wal.name} đi kèm không còn: những thay đổi cuối cùng trước sự cố có "
            "thể đã mất. Hãy kiểm tra lại số liệu gần đây hoặc khôi phục bản sao lưu "
            "(dxdesk restore)."
        )
    elif has_wal and wal_damaged(wal):
        notes.append(
            f"Tệp nhật ký {wal.name} bị hỏng nên những thay đổi chưa chép vào {name} "
            "đã bị bỏ qua. Hãy kiểm tra lại số liệu gần đây hoặc khôi phục bản sao lưu "
            "(dxdesk restore)."
        )
    elif immutable and has_wal:
        notes.append(
            f"Tệp nhật ký {wal.name} còn thay đổi chưa chép vào {name} nhưng nơi lưu "
            "không cho ghi nên không đọc được chúng: hãy chép cả thư mục sang nơi ghi "
            "được rồi mở lại."
        )
    return notes
