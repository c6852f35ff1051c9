"""The committee itself: its name, level, place, symbol, default style and usual signer.

One row per register (a register is one committee's). Its identity prints on every brief,
notice and package, travels in the workbook's "Ban Chỉ đạo" sheet and is set at first run or
with ``dxdesk committee set``.
"""

from __future__ import annotations

from typing import Any

from dxdesk.core.domain.enums import CommitteeLevel, DocumentStyle
from dxdesk.core.domain.text import clean
from dxdesk.core.errors import ValidationError
from dxdesk.core.services.changes import recording
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS

FIELDS = tuple(f.name for f in SPECS["committee"].fields)
DEFAULT_NAME = "Ban Chỉ đạo chuyển đổi số"
LABELS = {
    "name": "Tên",
    "short_name": "Tên viết tắt",
    "level": "Cấp",
    "province": "Tỉnh, thành phố",
    "place": "Địa danh",
    "symbol": "Ký hiệu văn bản",
    "doc_style": "Thể thức văn bản",
    "standing_agency": "Cơ quan thường trực",
    "signer_authority": "Quyền hạn ký",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Người ký",
}


def committee() -> dict[str, Any]:
    """The committee's record; an unnamed default when the register has none yet."""
    row = m.Committee.select().order_by(m.Committee.id).first()
    if row is None:
        return {f: "" for f in FIELDS} | {
            "name": "",
            "level": CommitteeLevel.PROVINCE.value,
            "doc_style": DocumentStyle.STATE.value,
        }
    return records.to_record(SPECS["committee"], row)


def new_register_defaults() -> dict[str, str]:
    """What a new register's committee is offered at first run, to be completed: today's
    usual provincial committee (state style, the Sở KH&CN standing since 2025, signed for the
    committee by its head); the name and place follow the province (``name_for``)."""
    return {f: "" for f in FIELDS} | {
        "name": DEFAULT_NAME,
        "level": CommitteeLevel.PROVINCE.value,
        "doc_style": DocumentStyle.STATE.value,
        "symbol": "BCĐCĐS",
        "standing_agency": "Sở Khoa học và Công nghệ",
        "signer_authority": "TM. BAN CHỈ ĐẠO",
        "signer_title": "TRƯỞNG BAN",
    }


def name_for(province: str, level: str) -> str | None:
    """The default name of a province's committee ("… tỉnh Quảng Ngãi"); None for another
    level, whose own place (a department, a commune) the province does not tell."""
    province = clean(province)
    if level != CommitteeLevel.PROVINCE.value:
        return None
    return f"{DEFAULT_NAME} tỉnh {province}" if province else DEFAULT_NAME


def is_set() -> bool:
    """Whether the committee has been named (the first-run question)."""
    return bool(committee()["name"])


def _enum_value(cls: type, text: str, what: str) -> str:
    try:
        return cls.from_text(text).value
    except ValueError:
        raise ValidationError(
            f"{what} “{text}” không có: chọn một trong {'; '.join(cls.labels())}."
        ) from None


def set_committee(values: dict[str, Any], who: str = "") -> dict[str, Any]:
    """Change the fields given (None = leave as it is); return the committee as stored."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(f"Ban Chỉ đạo không có thông tin “{', '.join(sorted(unknown))}”.")
    record = {k: clean(str(v)) for k, v in values.items() if v is not None}
    if "level" in record:
        record["level"] = _enum_value(CommitteeLevel, record["level"], "Cấp")
    if "doc_style" in record:
        style = {"state": "nha_nuoc", "party": "dang"}.get(record["doc_style"], record["doc_style"])
        record["doc_style"] = _enum_value(DocumentStyle, style, "Thể thức")
    name = record.get("name", committee()["name"])
    if not name:
        raise ValidationError(
            "Hãy ghi tên Ban Chỉ đạo (--name), ví dụ “Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai”."
        )
    record["name"] = name
    with recording("Sửa thông tin Ban Chỉ đạo", who) as rec:
        rec.write("committee", record)
    return committee()


def describe(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(Vietnamese label, shown value) of every field, enums by their label."""
    out = []
    for f in SPECS["committee"].fields:
        value = record.get(f.name) or ""
        if f.enum is not None and value:
            value = f.enum(value).label
        out.append((LABELS[f.name], value))
    return out
