"""Helpers shared by the CLI commands: opening the register, reading dates, printing."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dxdesk.core.domain.formats import ImpossibleDate, parse_date
from dxdesk.core.errors import ValidationError
from dxdesk.core.paths import default_database

if TYPE_CHECKING:  # the window's command paints before peewee and the models are imported
    from dxdesk.core.session import Session


def database_target(args: argparse.Namespace) -> str | Path:
    """--db / DXDESK_DB / the default file: a path, or a ``postgresql://`` URL kept whole."""
    from dxdesk.core.storage.pg import is_server_url

    text = getattr(args, "db", None) or os.environ.get("DXDESK_DB")
    if is_server_url(text):
        return text
    return database_path(args)


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_session(args: argparse.Namespace, *, create: bool = False) -> Session:
    """Open the register chosen by --db / DXDESK_DB / the default location, its changes
    signed by the officer (``core.officer``: --officer, DXDESK_OFFICER, the window's setting).

    Only commands meant to create a register (demo, exchange open, import --new) pass
    ``create``: a mistyped path elsewhere is refused, never turned into an empty register.
    """
    from dxdesk.core.officer import chosen_officer
    from dxdesk.core.session import Session

    officer = chosen_officer(getattr(args, "officer_name", None))
    who = officer.name if officer else None  # None: the login, or the server account
    session = Session(database_target(args), who=who, create=create)
    session.officer = officer
    for note in session.notes:  # read-only media, a -wal lost or damaged after a crash
        print(f"Cảnh báo: {note}", file=sys.stderr)
    return session


def signed_by(session: Session) -> str:
    """ "Người ghi: Nguyễn Thị Hoa." for a command's last line; with the login (no name set)
    it says how to set one."""
    if getattr(session, "officer", None) is not None or not session.who:
        return f"Người ghi: {session.who or '–'}."
    account = "tài khoản máy chủ" if getattr(session, "url", None) else "tên đăng nhập máy"
    return (
        f"Người ghi: {session.who} ({account}: chưa đặt tên người ghi sổ; dùng --officer TÊN, "
        "biến DXDESK_OFFICER hoặc Công cụ → Cài đặt trong cửa sổ)."
    )


def output_file(text: str | Path, example: str) -> Path:
    """An --out path checked before any work: a folder is refused with an example file name."""
    path = Path(text)
    if path.is_dir():
        raise ValidationError(
            f"“{path}” là một thư mục: hãy ghi đường dẫn tới một tệp, ví dụ {path / example}."
        )
    return path


def as_of_date(text: str | None) -> date:
    """--as-of as dd/mm/yyyy or yyyy-mm-dd; today when absent."""
    if not text:
        return date.today()
    try:
        return parse_date(text)
    except ImpossibleDate as exc:
        raise ValidationError(str(exc)) from None
    except ValueError:
        raise ValidationError(
            f"Ngày “{text}” không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 19/12/2023."
        ) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def add_document_options(p: argparse.ArgumentParser) -> None:
    """--format and the signer options shared by brief, notice and reminder."""
    p.add_argument(
        "--format",
        choices=["pdf", "docx"],
        default=None,
        help="pdf, hoặc docx để sửa và ký trên Word (mặc định: theo đuôi tệp --out)",
    )
    p.add_argument(
        "--sign",
        metavar="QUYỀN HẠN",
        help="quyền hạn ký, ví dụ “KT. TRƯỞNG BAN”, "
        "“TM. BAN CHỈ ĐẠO”, “TL. TRƯỞNG BAN” (mặc định: người ký của Ban Chỉ đạo)",
    )
    p.add_argument("--signer-title", metavar="CHỨC VỤ", help="chức vụ người ký")
    p.add_argument("--signer-name", metavar="HỌ TÊN", help="họ tên người ký")


def signer_of(args: argparse.Namespace) -> Any:
    """The signer asked for on the command line, or None for the default one."""
    if not (args.sign or args.signer_title or args.signer_name):
        return None
    from dxdesk.core.reports.common_doc import Signer

    return Signer(args.sign or "", args.signer_title or "", args.signer_name or "")


def pages_text(pages: int) -> str:
    """'14 trang' for a PDF; Word lays out its own pages."""
    return f"{pages} trang" if pages else "bản Word"
