"""Vietnamese for argparse's own words ("usage:", "options", error messages)."""

from __future__ import annotations

import argparse

_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r "
    "(chọn một trong %(choices)s)",
    "unrecognized arguments: %s": "đối số không nhận ra: %s",
    "expected one argument": "cần một giá trị",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
}


def _translate(message: str) -> str:
    return _VI.get(message, message)


def install() -> None:
    """Make argparse speak Vietnamese (it looks its strings up through ``argparse._``)."""
    argparse._ = _translate  # type: ignore[attr-defined]
