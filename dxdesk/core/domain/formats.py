"""Vietnamese number, date and period formats (decimal comma, thousands dot, dd/mm/yyyy).

Rounding rule (documented in docs/decisions.md): displayed percentages are rounded half up
to one decimal (20/30 → 66,7 %). Figure checks also accept a published figure that is the
truncated value, since official reports often truncate (98,62 % for 98,6297 %).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def round_half_up(value: float, places: int = 1) -> float:
    """Round as people do on paper (2,25 → 2,3), not as floats do (banker's/binary)."""
    from decimal import ROUND_HALF_UP, Decimal  # here: the window's start-up need not load it

    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def truncate(value: float, places: int = 1) -> float:
    """Cut after ``places`` decimals (what many published rates do)."""
    from decimal import ROUND_DOWN, Decimal

    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_DOWN))


def percent_of(part: int | float, whole: int | float) -> float | None:
    """part ÷ whole as a percentage, or None when whole is zero."""
    if not whole:
        return None
    return part * 100.0 / whole


def fmt_number(value: float | int | None, places: int | None = None) -> str:
    """21914 → '21.914'; 92.5 → '92,5'; None → '–'. Trailing zeros dropped unless places set."""
    if value is None:
        return "–"
    if places is None:
        text = f"{value:,.4f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    else:
        text = f"{round_half_up(float(value), places):,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_percent(value: float | None, places: int = 1) -> str:
    """66.666… → '66,7 %' (a space before the sign, as in official reports)."""
    if value is None:
        return "–"
    return f"{fmt_number(value, places)} %"


def parse_number(text: str | float | int | None) -> float | None:
    """Read '21.914', '92,5', '1.234,5', '0.8123' or a number; None for blank. ValueError if bad."""
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    raw = str(text).strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if not raw:
        return None
    if "," in raw and "." in raw:  # both: the last one is the decimal mark
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", raw):  # 21.914 is a thousands dot
        raw = raw.replace(".", "")
    return float(raw)


_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class ImpossibleDate(ValueError):
    """A date written in the right form that the calendar does not have (31/02/2023): the
    officer is told the date does not exist, not that it is written wrongly."""

    def __init__(self, day: int, month: int, year: int):
        self.day, self.month, self.year = day, month, year
        self.text = f"{day:02d}/{month:02d}/{year:04d}"
        self.days_in_month = _days_in_month(year, month) if 1 <= month <= 12 and year else 0
        super().__init__(impossible_date_message(self))


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def impossible_date_message(exc: ImpossibleDate) -> str:
    """'Ngày 31/02/2023 không có thật: tháng 02/2023 chỉ có 28 ngày.' (the core's sentence)."""
    if exc.year < 1:
        why = "không có năm 0"
    elif not 1 <= exc.month <= 12:
        why = f"không có tháng {exc.month}"
    elif exc.day < 1:
        why = "không có ngày 0"
    else:
        why = f"tháng {exc.month:02d}/{exc.year} chỉ có {exc.days_in_month} ngày"
    return f"Ngày {exc.text} không có thật: {why}."


def parse_date(value: str | date | datetime | None) -> date | None:
    """Read dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd; None for blank; ValueError if bad,
    ImpossibleDate (a ValueError) for a well-written date the calendar lacks."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    m = _DMY.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
    else:
        m = _ISO.match(text)
        if not m:
            raise ValueError(text)
        year, month, day = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ImpossibleDate(day, month, year) from None


def fmt_date(value: date | None) -> str:
    """date(2023, 3, 10) → '10/03/2023'; None → ''."""
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_long_date(value: date) -> str:
    """The official place-and-date form (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4): a
    leading zero only for days below 10 and for months 1 and 2: 'ngày 05 tháng 3 năm 2024',
    'ngày 15 tháng 02 năm 2024', 'ngày 19 tháng 12 năm 2023'."""
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {day} tháng {month} năm {value.year}"


_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$")


def period_end(period: str) -> date:
    """Last day of a period code: '2023-Q2' → 30/06/2023, '2023-H1', '2023-06', '2023'."""
    m = _PERIOD.match(period.strip().upper())
    if not m:
        raise ValueError(period)
    year, part = int(m.group(1)), m.group(2)
    if part is None:
        month = 12
    elif part.startswith("Q"):
        month = 3 * int(part[1])
    elif part.startswith("H"):
        month = 6 * int(part[1])
    else:
        month = int(part)
        if not 1 <= month <= 12:
            raise ValueError(period)
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def period_parts(period: str) -> tuple[str, int, int] | None:
    """'2023-Q2' → ('quarter', 2023, 2); 'half', 'month' and ('year', 2023, 0); None when the
    code is not a period. What the window's translatable labels are built from
    (``gui.labels.period``), as ``period_label`` builds the Vietnamese ones."""
    m = _PERIOD.match(period.strip().upper())
    if not m:
        return None
    year, part = int(m.group(1)), m.group(2)
    if part is None:
        return "year", year, 0
    if part[0] in "QH":
        return ("quarter" if part[0] == "Q" else "half"), year, int(part[1])
    return "month", year, int(part)


def period_label(period: str) -> str:
    """'2023-Q2' → 'quý II/2023'; '2023-H1' → '6 tháng đầu năm 2023'; '2023' → 'năm 2023'
    (the documents' and the CLI's Vietnamese; the window's: ``gui.labels.period``)."""
    parts = period_parts(period)
    if parts is None:
        return period
    kind, year, n = parts
    if kind == "year":
        return f"năm {year}"
    if kind == "quarter":
        return f"quý {ROMAN[n]}/{year}"
    if kind == "half":
        return f"6 tháng {'đầu' if n == 1 else 'cuối'} năm {year}"
    return f"tháng {n}/{year}"


def quarter_of(day: date) -> str:
    """date(2023, 5, 2) → '2023-Q2'."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
