"""The one validator for numbers and the one for periods, used by every way in.

The CLI, the GUI's dialogs, the workbook import, the exchange merge and the change recorder
(the last line before the database) all ask these two functions, so a value the register
cannot draw, sum or print never gets in, whichever door it comes through.

Stated limits (docs/reliability.md):
- a number is finite and at most ``NUMBER_LIMIT`` (10^15) in magnitude: above that a float no
  longer holds every whole number, and no measure of a province comes near it;
- a period is ``YYYY``, ``YYYY-Qn`` (n 1–4), ``YYYY-Hn`` (n 1–2) or ``YYYY-MM`` (MM 01–12), with
  a year from ``YEAR_MIN`` to ``YEAR_MAX``.

Each function raises ValueError whose text is the Vietnamese sentence the user reads.
"""

from __future__ import annotations

import math
import re
from typing import Any

from dxdesk.core.domain.formats import fmt_number, parse_number

NUMBER_LIMIT = 1e15
YEAR_MIN, YEAR_MAX = 1990, 2100

_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$")


def check_number(value: Any, shown: str | None = None) -> float:
    """``value`` as a float when it is a number the register can hold; ValueError otherwise."""
    text = shown if shown is not None else str(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"“{text}” không phải là số.")
    if isinstance(value, int) and abs(value) > NUMBER_LIMIT:  # 10**30 overflows no float
        raise ValueError(_too_large(text))
    number = float(value)
    if math.isnan(number):
        raise ValueError(f"“{text}” không phải là số.")
    if math.isinf(number) or abs(number) > NUMBER_LIMIT:
        raise ValueError(_too_large(text))
    return number


def _too_large(text: str) -> str:
    return (
        f"Số “{text}” vượt giới hạn: sổ chỉ nhận số có độ lớn không quá "
        f"{fmt_number(int(NUMBER_LIMIT))}."
    )


def read_number(text: Any) -> float | None:
    """A number typed by a person ('92,5', '21.914', '1e3'); None for blank; ValueError if bad."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        value = parse_number(text)
    except (ValueError, OverflowError):
        raise ValueError(f"“{str(text).strip()}” không phải là số.") from None
    if value is None:
        return None
    return check_number(value, str(text).strip())


PERIOD_HINT = (
    "hãy viết 2023-Q2 (quý), 2023-H1 (6 tháng), 2023-06 (tháng) hoặc 2023 (năm), "
    f"năm từ {YEAR_MIN} đến {YEAR_MAX}"
)


def check_period(value: Any) -> str:
    """A period code, normalised ('2023-q2' → '2023-Q2'); ValueError for anything else."""
    text = value.strip().upper() if isinstance(value, str) else ""
    m = _PERIOD.match(text)
    if not m or not YEAR_MIN <= int(m.group(1)) <= YEAR_MAX:
        raise ValueError(f"Kỳ “{value}” không hợp lệ: {PERIOD_HINT}.")
    return text


def field_problem(entity: str, name: str, kind: str, value: Any) -> str | None:
    """What is wrong with one field of a record (kind as in storage/records.py), or None."""
    if value is None or value == "":
        return None
    try:
        if kind in ("float", "int"):
            check_number(value)
        elif entity == "measurement" and name == "period":
            check_period(value)
    except ValueError as exc:
        return str(exc)
    return None
