"""Drafts and their comments (issue 16 part 5; docs/documents.md): a draft plan or resolution
whose indicators change version by version; comments by members, agencies or others on an
indicator or a passage, each handled (tiếp thu / giải trình / không tiếp thu) with its reason;
adopting the draft turns its indicators into targets with their 2025 and 2030 milestones.

Rules (written here once): a comment explained or not taken in needs its reason; a draft is
adopted only when every comment is handled, once, by a document of the register; an indicator
becomes a target under its own code (or ``prefix`` + code), refused whole if a code is taken.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.enums import CommentHandling
from dxdesk.core.domain.formats import fmt_number
from dxdesk.core.errors import NotFound, ValidationError
from dxdesk.core.services.changes import recording
from dxdesk.core.storage import draft_models as dm
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS

NEEDS_REASON = {CommentHandling.EXPLAINED.value, CommentHandling.REJECTED.value}


def _draft(code: str) -> dm.Draft:
    row = dm.Draft.get_or_none(dm.Draft.code == code)
    if row is None:
        known = ", ".join(c for (c,) in dm.Draft.select(dm.Draft.code).tuples()) or "chưa có"
        raise NotFound(f"Không có dự thảo mã “{code}” (các dự thảo: {known}).")
    return row


def draft_choices() -> list[tuple[str, str]]:
    """(code, "code – title") of every draft, for a picker."""
    rows = dm.Draft.select(dm.Draft.code, dm.Draft.title).order_by(dm.Draft.code)
    return [(d.code, f"{d.code} – {d.title}") for d in rows]


def latest_indicators(draft: dm.Draft) -> list[dm.DraftIndicator]:
    """Each indicator of ``draft`` at its latest version, in code order."""
    latest: dict[str, dm.DraftIndicator] = {}
    rows = dm.DraftIndicator.select().where(dm.DraftIndicator.draft == draft)
    for row in rows.order_by(dm.DraftIndicator.code, dm.DraftIndicator.version):
        latest[row.code] = row
    return list(latest.values())


def commenter_name(c: dm.DraftComment) -> str:
    """Who commented, as the official table names them."""
    if c.member_id:
        member = c.member
        return f"{member.name}, {member.position}" if member.position else member.name
    if c.agency_id:
        return c.agency.name
    return c.commenter


def draft_view(code: str) -> dict[str, Any]:
    """A draft with every version of its indicators and its comments (``draft show``)."""
    draft = _draft(code)
    indicators = dm.DraftIndicator.select().where(dm.DraftIndicator.draft == draft)
    versions: dict[str, list[dict]] = {}
    for row in indicators.order_by(dm.DraftIndicator.code, dm.DraftIndicator.version):
        versions.setdefault(row.code, []).append(
            {
                **records.to_record(SPECS["draft_indicator"], row),
                "draft": draft.code,
            }
        )
    comments = dm.DraftComment.select().where(dm.DraftComment.draft == draft)
    return {
        "code": draft.code,
        "title": draft.title,
        "doc_type": draft.doc_type,
        "drafted_by": draft.drafted_by,
        "submitted_to": draft.submitted_to,
        "adopted_document": draft.adopted_document.code if draft.adopted_document_id else None,
        "indicators": [{"code": k, "versions": v} for k, v in versions.items()],
        "comments": [
            {
                "seq": c.seq,
                "by": commenter_name(c),
                "indicator": c.indicator or None,
                "passage": c.passage or None,
                "content": c.content,
                "received_on": c.received_on.isoformat() if c.received_on else None,
                "handling": c.handling,
                "handling_label": CommentHandling(c.handling).label,
                "reason": c.reason,
            }
            for c in comments.order_by(dm.DraftComment.seq)
        ],
    }


def revise_indicator(draft_code: str, code: str, changes: dict[str, Any], *, who: str = "") -> int:
    """A new version of indicator ``code`` (the first when it is new) with ``changes`` over
    the latest version; returns the version number."""
    draft = _draft(draft_code)
    if draft.adopted_document_id:
        raise ValidationError(f"Dự thảo {draft.code} đã được thông qua: không sửa chỉ tiêu nữa.")
    before = next((r for r in latest_indicators(draft) if r.code == code), None)
    base = records.to_record(SPECS["draft_indicator"], before) if before else {}
    record = {**base, **changes, "draft": draft.code, "code": code, "target": None}
    record["version"] = (before.version + 1) if before else 1
    if not record.get("text"):
        raise ValidationError(f"Chỉ tiêu {code} cần có nội dung.")
    with recording(f"Sửa chỉ tiêu {code} của dự thảo {draft.code}", who) as rec:
        rec.write("draft_indicator", record)
    return record["version"]


def add_comment(draft_code: str, comment: dict[str, Any], *, who: str = "") -> int:
    """Record a comment on the draft (numbered after the last one); returns its number."""
    draft = _draft(draft_code)
    if not (comment.get("member") or comment.get("agency") or comment.get("commenter")):
        raise ValidationError("Hãy ghi người góp ý: một thành viên, một cơ quan hoặc tên người.")
    indicator = comment.get("indicator")
    if indicator and not any(r.code == indicator for r in latest_indicators(draft)):
        raise ValidationError(f"Dự thảo {draft.code} không có chỉ tiêu mã “{indicator}”.")
    last = dm.DraftComment.select().where(dm.DraftComment.draft == draft)
    seq = max((c.seq for c in last), default=0) + 1
    record = {"handling": CommentHandling.PENDING.value, **comment, "draft": draft.code}
    record["seq"] = seq
    _check_handling(record)
    with recording(f"Ghi ý kiến góp ý {seq} vào dự thảo {draft.code}", who) as rec:
        rec.write("draft_comment", record)
    return seq


def _check_handling(record: dict[str, Any]) -> None:
    handling = record.get("handling") or CommentHandling.PENDING.value
    try:
        CommentHandling(handling)
    except ValueError:
        raise ValidationError(
            f"Cách xử lý “{handling}” không có: chọn tiep_thu, giai_trinh hoặc khong_tiep_thu."
        ) from None
    if handling in NEEDS_REASON and not (record.get("reason") or "").strip():
        label = CommentHandling(handling).label.lower()
        raise ValidationError(f"Ý kiến {record.get('seq', '')} được {label}: hãy ghi lý do.")


def handle_comment(
    draft_code: str, seq: int, handling: str, reason: str = "", *, who: str = ""
) -> dict[str, Any]:
    """Record how comment ``seq`` was handled, and why."""
    draft = _draft(draft_code)
    row = dm.DraftComment.get_or_none(
        (dm.DraftComment.draft == draft) & (dm.DraftComment.seq == seq)
    )
    if row is None:
        raise NotFound(f"Dự thảo {draft.code} không có ý kiến số {seq}.")
    record = records.to_record(SPECS["draft_comment"], row)
    record.update(handling=handling, reason=reason.strip())
    _check_handling(record)
    with recording(f"Xử lý ý kiến {seq} của dự thảo {draft.code}", who) as rec:
        rec.write("draft_comment", record)
    return record


def adopt(draft_code: str, document_code: str, *, prefix: str = "", who: str = "") -> list[str]:
    """Adopt the draft by ``document_code``: each indicator (latest version) becomes a target
    with milestones 2025 and 2030, its source the document, linked back; returns the codes."""
    draft = _draft(draft_code)
    if draft.adopted_document_id:
        raise ValidationError(
            f"Dự thảo {draft.code} đã được thông qua bởi văn bản {draft.adopted_document.code}."
        )
    doc = m.Document.get_or_none(m.Document.code == document_code)
    if doc is None:
        raise NotFound(f"Không có văn bản mã “{document_code}”.")
    pending = [
        str(c.seq)
        for c in draft.comments.order_by(dm.DraftComment.seq)
        if c.handling == CommentHandling.PENDING.value
    ]
    if pending:
        raise ValidationError(
            f"Dự thảo {draft.code} còn {len(pending)} ý kiến chưa xử lý (số {', '.join(pending)}):"
            " hãy tiếp thu, giải trình hoặc ghi không tiếp thu trước khi thông qua."
        )
    indicators = latest_indicators(draft)
    if not indicators:
        raise ValidationError(f"Dự thảo {draft.code} chưa có chỉ tiêu nào.")
    codes = [prefix + r.code for r in indicators]
    taken = [c for (c,) in m.Target.select(m.Target.code).where(m.Target.code.in_(codes)).tuples()]
    if taken:
        raise ValidationError(
            f"Mã mục tiêu đã có trong sổ: {', '.join(sorted(taken))}; hãy chọn tiền tố khác."
        )
    with recording(f"Thông qua dự thảo {draft.code} ({doc.symbol})", who) as rec:
        for code, row in zip(codes, indicators, strict=True):
            rec.write("target", _target_record(code, row, doc))
            for year, value in ((2025, row.value_2025), (2030, row.value_2030)):
                if value is not None:
                    rec.write("milestone", {"target": code, "year": year, "value": value})
            link = records.to_record(SPECS["draft_indicator"], row)
            rec.write("draft_indicator", {**link, "target": code})
        rec.write(
            "draft", {**records.to_record(SPECS["draft"], draft), "adopted_document": doc.code}
        )
    return codes


def _target_record(code: str, row: dm.DraftIndicator, doc: m.Document) -> dict[str, Any]:
    final = row.value_2030 if row.value_2030 is not None else row.value_2025
    year = 2030 if row.value_2030 is not None else 2025
    return {
        "code": code,
        "text": row.text,
        "pillar": row.pillar.code if row.pillar_id else None,
        "source_document": doc.code,
        "unit": row.unit,
        "baseline": row.baseline,
        "target_value": final,
        "deadline": date(year, 12, 31) if final is not None else None,
        "assigned_on": doc.issue_date,
        "method": f"Chỉ tiêu {row.code} của dự thảo {row.draft.code} (phiên bản {row.version}).",
    }


def value_text(value: float | None) -> str:
    return "—" if value is None else fmt_number(value)
