"""The ``dxdesk`` command line: parse, call a core service, print in Vietnamese.

Each verb lives in ``dxdesk/cli/commands/<verb>.py`` and exposes ``add_parser(subparsers)``;
the parser's ``handler(args) -> int`` does the work. Errors meant for users (DxError) print
one Vietnamese sentence and exit 1; anything else prints a short message, never a traceback
(set DXDESK_DEBUG=1 to see it).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Iterable, Sequence

from dxdesk import __version__
from dxdesk.cli import argparse_vi

# verb -> (module under dxdesk/cli/commands, one-line help). The parser lists every verb from
# this table and imports only the chosen verb's module (the others pull in openpyxl, numpy,
# peewee, Qt: ~0,4 s). tests/cli/test_lazy_commands.py checks the helps match the modules'.
COMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("gui", "mở cửa sổ làm việc (mặc định khi không có lệnh)"),
    "demo": ("demo", "tạo dữ liệu mẫu tỉnh Lào Cai năm 2023"),
    "summary": ("summary", "tổng hợp kết quả tại một ngày"),
    "attention": (
        "attention",
        "những việc cần xử lý tại một ngày (như mục “Cần xử lý” của cửa sổ)",
    ),
    "check": ("check", "đối chiếu số liệu đã công bố với sổ theo dõi"),
    "template": ("template", "tạo tệp Excel mẫu để điền dữ liệu"),
    "import": ("import_", "nhập dữ liệu từ tệp Excel"),
    "export": ("export", "xuất toàn bộ sổ ra tệp Excel"),
    "task": ("task", "cập nhật nhiệm vụ"),
    "target": ("target", "cập nhật kết quả mục tiêu"),
    "undo": ("undo", "hoàn tác thay đổi gần nhất của mình (như Ctrl+Z)"),
    "bench": ("bench", "đo hiệu năng trên một tỉnh giả lập lớn"),
    "screenshots": ("screenshots", "chụp ảnh các màn hình (không cần màn hình)"),
    "brief": ("brief", "in báo cáo tóm tắt (PDF hoặc Word) phục vụ hội nghị Ban Chỉ đạo"),
    "notice": ("notice", "in dự thảo thông báo kết luận (PDF hoặc Word) của một cuộc họp"),
    "reminder": ("reminder", "in công văn đôn đốc (PDF hoặc Word) gửi một cơ quan có việc quá hạn"),
    "plot": ("plot", "vẽ biểu đồ tiến độ ra tệp PNG/SVG (không mở cửa sổ)"),
    "exchange": ("exchange", "giao dữ liệu cho đơn vị, nhận báo cáo bằng tệp"),
    "backup": ("backup", "sao lưu sổ dữ liệu"),
    "restore": ("restore", "khôi phục sổ dữ liệu từ bản sao lưu"),
    "committee": ("committee", "thông tin Ban Chỉ đạo (tên, cấp, người ký)"),
    "agency": ("agency", "cơ quan, đơn vị: kế tục, lịch sử"),
    "register": ("register", "gộp sổ của Ban Chỉ đạo khác vào sổ này"),
    "index": ("index", "điểm, thứ hạng các bộ chỉ số (DTI, PAR, PCI…)"),
    "draft": ("draft", "dự thảo, ý kiến góp ý, tiếp thu, giải trình; thông qua dự thảo"),
    "server": (
        "server",
        "sổ dùng chung trên máy chủ PostgreSQL: khởi tạo, chuyển sổ lên, tải sổ về",
    ),
}


def build_parser(load: Iterable[str] = ()) -> argparse.ArgumentParser:
    """The whole command line; only the verbs in ``load`` get their real sub-parser (their
    module is imported), the others a stub that only lists them in ``--help``."""
    argparse_vi.install()
    parser = argparse.ArgumentParser(
        prog="dxdesk",
        description="dxdesk: sổ theo dõi mục tiêu, nhiệm vụ và kết luận của Ban Chỉ đạo "
        "chuyển đổi số. Không có lệnh con: mở cửa sổ làm việc.",
    )
    parser.add_argument(
        "--version", action="version", version=f"dxdesk {__version__}", help="hiện phiên bản"
    )
    parser.add_argument(
        "--db",
        metavar="TỆP",
        help="tệp dữ liệu (mặc định: biến DXDESK_DB hoặc thư mục dữ liệu của người dùng)",
    )
    parser.add_argument(
        "--officer",
        dest="officer_name",
        metavar="TÊN",
        help="tên người ghi sổ, ký các thay đổi và ghi chú tiến độ (mặc định: biến "
        "DXDESK_OFFICER, rồi tên đặt trong cửa sổ ở Công cụ → Cài đặt, cuối cùng tên đăng "
        "nhập máy hoặc tài khoản máy chủ)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh")
    load = set(load)
    for name, (module_name, help_text) in COMMANDS.items():
        if name in load:
            importlib.import_module(f"dxdesk.cli.commands.{module_name}").add_parser(subparsers)
        else:
            subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def chosen_command(argv: Sequence[str]) -> str | None:
    """The verb ``argv`` names (its first word that is not an option or the value of --db
    or --officer)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--":
            continue
        elif len(word) > 2 and any(o.startswith(word) for o in ("--db", "--officer")):
            # the option's value follows (argparse also accepts a prefix: --d, --off)
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    verb = chosen_command(argv)
    if verb is not None and verb not in COMMANDS and verb.lower().endswith(".dxp"):
        # `dxdesk FILE.dxp` (a double-click on an exchange package): the window, on its preview
        at = argv.index(verb)
        argv[at : at + 1] = ["gui", "--package", verb]
        verb = "gui"
    parser = build_parser([verb or "gui"])
    args = parser.parse_args(argv)
    if args.command is None:  # no verb: open the window
        args = parser.parse_args([*argv, "gui"])
    from dxdesk.core.errors import DxError, os_error_sentence  # --help needs none of the core

    try:
        return int(args.handler(args) or 0)
    except DxError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `dxdesk summary | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except OSError as exc:  # a full disk, a folder given as a file, no permission
        if os.environ.get("DXDESK_DEBUG"):
            traceback.print_exc()
        print(f"Lỗi: {os_error_sentence(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # never a traceback for users
        if os.environ.get("DXDESK_DEBUG"):
            traceback.print_exc()
        known = _storage_sentence(exc)
        if known:
            print(f"Lỗi: {known}", file=sys.stderr)
            return 1
        print(f"Lỗi không mong đợi ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 2


def _storage_sentence(exc: Exception) -> str | None:
    """The sentence for an SQLite failure that reached here untranslated (full disk, lock)."""
    if "sqlite" not in type(exc).__module__ and "peewee" not in type(exc).__module__:
        return None
    from dxdesk.core.storage.database import translate_error

    known = translate_error(exc)
    return str(known) if known else None
