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
from collections.abc import Sequence

from dxdesk import __version__
from dxdesk.cli import argparse_vi
from dxdesk.core.errors import DxError

COMMANDS = [
    "gui", "demo", "summary", "check", "template", "import_", "export", "task", "target",
    "undo", "bench", "screenshots", "brief", "notice", "plot", "exchange", "backup", "restore",
    "committee",
]  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = argparse.ArgumentParser(
        prog="dxdesk",
        description="dxdesk: sổ theo dõi mục tiêu, nhiệm vụ và kết luận của Ban Chỉ đạo "
        "chuyển đổi số. Không có lệnh con: mở cửa sổ làm việc.",
    )
    parser.add_argument(
        "--version", action="version", version=f"dxdesk {__version__}", help="hiện phiên bản"
    )
    parser.add_argument("--db", metavar="TỆP", help="tệp dữ liệu (mặc định: biến DXDESK_DB "
                        "hoặc thư mục dữ liệu của người dùng)")  # fmt: skip
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"dxdesk.cli.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("dxdesk.cli.commands"):
                continue  # a command not built yet
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:  # no verb: open the window when the GUI is installed
        if "gui" not in _names(parser):
            parser.print_help()
            return 0
        args = parser.parse_args([*argv, "gui"])
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
    except Exception as exc:  # never a traceback for users
        if os.environ.get("DXDESK_DEBUG"):
            traceback.print_exc()
        print(f"Lỗi không mong đợi ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 2


def _names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
