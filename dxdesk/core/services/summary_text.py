"""The summary as Vietnamese sentences (CLI output; the brief builds its own layout)."""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.enums import Band, TaskStatus, Timeliness
from dxdesk.core.domain.formats import fmt_date, fmt_number, fmt_percent, percent_of


def share(part: int, whole: int) -> str:
    """'20/30 (66,7 %)'."""
    return f"{fmt_number(part)}/{fmt_number(whole)} ({fmt_percent(percent_of(part, whole))})"


def summary_lines(data: dict[str, Any]) -> list[str]:
    """Lines a secretariat officer reads in a terminal."""
    as_of = date.fromisoformat(data["as_of"])
    t, k = data["targets"], data["tasks"]
    lines = [f"TỔNG HỢP ĐẾN NGÀY {fmt_date(as_of)}", "", f"MỤC TIÊU: {fmt_number(t['total'])}"]
    if data.get("programme"):
        lines[1:1] = [f"Chương trình: {data['programme']['label']}"]
    lines += [
        f"  {b.label}: {share(t['by_band'][b.value], t['total'])}"
        for b in Band
        if b is not Band.NO_DATA or t["by_band"][b.value]
    ]
    lines.append("  Theo nguồn giao:")
    lines += [f"    - {s['label']}: {fmt_number(s['total'])}" for s in t["by_source"]]
    lines.append("  Theo trụ cột:")
    lines += [
        f"    - {p['label']}: {fmt_number(p['total'])} (hoàn thành {p['completed']})"
        for p in t["by_pillar"]
    ]
    lines += ["", f"NHIỆM VỤ: {fmt_number(k['total'])}"]
    lines += [
        f"  {s.label}: {share(k['by_status'][s.value], k['total'])}"
        for s in TaskStatus
        if s is not TaskStatus.DROPPED or k["by_status"][s.value]
    ]
    lines += [f"    {tm.label}: {fmt_number(k['by_timeliness'][tm.value])}" for tm in Timeliness]
    rate = k["completion_rate"]
    lines.append(
        f"  Tỷ lệ hoàn thành (hoàn thành ÷ (hoàn thành + quá hạn)): "
        f"{fmt_percent(rate, 2) if rate is not None else '–'}"
    )
    lines.append("  Theo nguồn giao:")
    lines += [
        f"    - {s['label']}: {fmt_number(s['total'])} (hoàn thành {s['done']}, "
        f"quá hạn {s['overdue']})"
        for s in k["by_source"]
    ]
    overdue = [a for a in k["overdue_by_agency"] if a["overdue"]]
    if overdue:
        lines.append("  Quá hạn theo cơ quan chủ trì:")
        lines += [f"    - {a['label']}: {a['overdue']}" for a in overdue]
    lines += _conclusion_lines(data["conclusions"]) + _document_lines(data.get("documents"))
    return lines + _check_lines(data.get("figure_checks"))


def _document_lines(counts: dict[str, Any] | None) -> list[str]:
    """The documents issued in the period, and each one when they were listed."""
    from dxdesk.core.services.documents import documents_sentence

    sentence = documents_sentence(counts or {})
    if sentence is None:
        return []
    lines = ["", "VĂN BẢN ĐÃ BAN HÀNH:", f"  {sentence}"]
    for d in (counts or {}).get("items", []):
        day = fmt_date(date.fromisoformat(d["date"]))
        lines.append(f"    - {d['type']} số {d['symbol']} ngày {day}: {d['subject']}")
    return lines


def _conclusion_lines(conclusions: list[dict[str, Any]]) -> list[str]:
    if not conclusions:
        return []
    lines = ["", "KẾT LUẬN CÁC CUỘC HỌP:"]
    for c in conclusions:
        lines.append(
            f"  - {c['label']} ({fmt_date(date.fromisoformat(c['date']))}): "
            f"{c['items']} nội dung; hoàn thành {c['done']}, đang thực hiện "
            f"{c['in_progress']}, chưa thực hiện {c['not_started']}, chưa giao "
            f"{c['not_assigned']}"
        )
    return lines


def _check_lines(checks: list[dict[str, Any]] | None) -> list[str]:
    if checks is None:
        return []
    if not checks:
        return ["", "KIỂM TRA SỐ LIỆU ĐÃ CÔNG BỐ: khớp với sổ theo dõi."]
    return ["", f"KIỂM TRA SỐ LIỆU ĐÃ CÔNG BỐ: {len(checks)} số liệu sai lệch"] + [
        f"  - {c['message']}" for c in checks
    ]
