"""The words of the meeting brief, as blocks (rendered to PDF or Word elsewhere).

Page 1 is the chair's page: the key figures (I), then what is late and who leads it (II: the
overdue tasks, most overdue first, and the previous meeting's conclusion items past their
deadline), then what the meeting is asked to decide (III). The detail follows (IV–VI), then
the signature, "Nơi nhận" and the appendices (Phụ lục I, II, and III when a text was shortened).
"""

from __future__ import annotations

from typing import Any

from dxdesk.core.domain.enums import Band, ConclusionState, TaskStatus, Timeliness
from dxdesk.core.domain.formats import fmt_date, fmt_long_date, fmt_number
from dxdesk.core.reports.blocks import (
    Chart,
    Document,
    Para,
    Signature,
    Table,
    bold,
)
from dxdesk.core.reports.brief_appendices import appendices
from dxdesk.core.reports.common_doc import (
    BLANK_NUMBER,
    Clips,
    Signer,
    committee_signer,
    header_for,
)
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.services.documents import documents_sentence
from dxdesk.core.services.indices import latest_sentences
from dxdesk.core.services.rank_goals import rank_sentence

BRIEF_SYMBOL = {"state": "/BC-BCĐ", "party": "-BC/BCĐ"}
# the most overdue tasks named on page 1, leaving room for the late conclusion items (the
# Party style's 14 pt body takes more room); all of them are in V.3
PAGE_ONE_TASKS = {"state": 3, "party": 2}
STATE_WORDS = {
    ConclusionState.DONE: "Đã hoàn thành",
    ConclusionState.IN_PROGRESS: "Đang thực hiện",
    ConclusionState.NOT_STARTED: "Chưa thực hiện",
    ConclusionState.NOT_ASSIGNED: "Chưa giao nhiệm vụ",
}
BAND_KEYS = [
    b.value
    for b in (Band.COMPLETED, Band.ABOVE_70, Band.FROM_50_TO_70, Band.BELOW_50, Band.NO_DATA)
]


def _n(value) -> str:
    return fmt_number(value)


def item_state(i: bd.ItemOutcome) -> str:
    """'Quá hạn 34 ngày, đang thực hiện (1/2 nhiệm vụ)' or 'Đã hoàn thành (2/2 nhiệm vụ)'."""
    state = STATE_WORDS[i.state]
    if i.days_overdue:
        state = f"Quá hạn {_n(i.days_overdue)} ngày, {state.lower()}"
    if i.tasks:
        state += f" ({_n(i.tasks_done)}/{_n(i.tasks)} nhiệm vụ)"
    return state


def _overdue_flat(data: bd.BriefData) -> list[tuple[str, bd.OverdueTask]]:
    rows = [(g.agency, t) for g in data.overdue for t in g.tasks]
    return sorted(rows, key=lambda r: (-r[1].days, r[1].code))


def chair_page(data: bd.BriefData, clips: Clips, style: str = "state") -> list:
    """Sections I–III: figures, what is late and who leads it, the proposals."""
    s = data.summary
    out: list = [
        Para("I. KẾT QUẢ CHUNG", "h1"),
        Para(
            f"Tính đến {fmt_long_date(data.as_of)}, {data.committee.name} theo dõi "
            f"{_n(s['targets']['total'])} mục tiêu và {_n(s['tasks']['total'])} nhiệm "
            "vụ chuyển đổi số (chi tiết tại Phụ lục I và Phụ lục II), kết quả như "
            "sau:"
        ),
    ]
    out += [Para(f"- {line}") for line in data.headline]
    out.append(Para("II. NHỮNG VIỆC CHẬM TIẾN ĐỘ CẦN CHỈ ĐẠO", "h1"))
    flat = _overdue_flat(data)
    out.append(Para(f"1. Nhiệm vụ quá hạn chưa hoàn thành: {_n(len(flat))} nhiệm vụ", "h2"))
    if flat:
        rows: list[list] = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Số ngày quá hạn"]]
        shown = PAGE_ONE_TASKS[style]
        for k, (agency, t) in enumerate(flat[:shown], 1):
            rows.append(
                [
                    str(k),
                    f"{t.code}. {clips.cut(t.text, t.code, 110)}",
                    clips.cut(agency, agency, 80),
                    fmt_date(t.deadline),
                    _n(t.days),
                ]
            )
        out.append(Table(rows, [0.06, 0.44, 0.24, 0.14, 0.12], numeric=frozenset({4})))
        if len(flat) > shown:
            out.append(
                Para(
                    f"Còn {_n(len(flat) - shown)} nhiệm vụ quá hạn khác: chi "
                    "tiết tại mục V.3 và Phụ lục II.",
                    "note",
                )
            )
    late = [i for i in data.items if i.days_overdue]
    title = data.previous.title if data.previous else "hội nghị trước"
    out.append(Para(f"2. Kết luận của {title} đã quá hạn: {_n(len(late))} nội dung", "h2"))
    if late:
        rows = [["TT", "Nội dung kết luận", "Cơ quan thực hiện", "Thời hạn", "Kết quả"]]
        for i in late:
            agencies = "; ".join(i.agencies) or "Chưa giao"
            rows.append(
                [
                    str(i.seq),
                    clips.cut(i.text, f"Kết luận số {i.seq}", 140),
                    clips.cut(agencies, f"Cơ quan thực hiện kết luận số {i.seq}", 80),
                    fmt_date(i.deadline),
                    item_state(i),
                ]
            )
        out.append(Table(rows, [0.06, 0.37, 0.22, 0.14, 0.21]))
    out.append(Para("III. NHỮNG NỘI DUNG XIN Ý KIẾN CHỈ ĐẠO", "h1"))
    if not data.proposals:
        out.append(Para("Không có nội dung cần xin ý kiến chỉ đạo tại hội nghị."))
    for k, proposal in enumerate(data.proposals, 1):
        out.append(Para(f"{k}. {clips.cut(proposal, f'Đề xuất {k}', 600)}"))
    return out


def _targets_section(data: bd.BriefData) -> list:
    tg = data.summary["targets"]
    out: list = [
        Para("IV. KẾT QUẢ THỰC HIỆN MỤC TIÊU", "h1"),
        Para("1. Mục tiêu theo trụ cột và mức độ hoàn thành (chi tiết tại Phụ lục I)", "h2"),
    ]
    rows: list[list] = [
        [
            "Trụ cột",
            "Tổng số",
            "Hoàn thành",
            "Trên 70 %",
            "Từ 50 % đến 70 %",
            "Dưới 50 %",
            "Chưa có số liệu",
        ]
    ]
    for p in tg["by_pillar"]:
        rows.append([p["label"] or p["code"], _n(p["total"]), *(_n(p[k]) for k in BAND_KEYS)])
    rows.append(
        [bold("Tổng cộng"), bold(_n(tg["total"])), *(bold(_n(tg["by_band"][k])) for k in BAND_KEYS)]
    )
    out.append(Table(rows, [0.31] + [0.115] * 6, numeric=frozenset(range(1, 7))))
    out += [Para("2. Biểu đồ mục tiêu theo trụ cột", "h2"), Chart(list(tg["by_pillar"]))]
    indices = latest_sentences(data.summary.get("indices", []))
    ranked = [rank_sentence(e) for e in tg.get("rank_goals", [])]
    if indices or ranked:  # the latest published results of each index family (docs/indices.md)
        out.append(Para("3. Kết quả các bộ chỉ số đánh giá, xếp hạng", "h2"))
        out += [Para(sentence) for sentence in indices + ranked]
    return out


def _tasks_section(data: bd.BriefData, clips: Clips) -> list:
    tk = data.summary["tasks"]
    out: list = [
        Para("V. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "h1"),
        Para("1. Nhiệm vụ theo văn bản, kết luận giao (chi tiết tại Phụ lục II)", "h2"),
    ]
    rows: list[list] = [
        [
            "Nguồn giao nhiệm vụ",
            "Tổng số",
            "Chưa triển khai",
            "Đang triển khai",
            "Đã hoàn thành",
            "Quá hạn",
        ]
    ]
    for src in tk["by_source"]:
        rows.append(
            [
                clips.cut(src["label"], src["label"], 200),
                _n(src["total"]),
                _n(src["not_started"]),
                _n(src["in_progress"]),
                _n(src["done"]),
                _n(src["overdue"]),
            ]
        )
    bs = tk["by_status"]
    rows.append(
        [
            bold("Tổng cộng"),
            bold(_n(tk["total"])),
            bold(_n(bs["not_started"])),
            bold(_n(bs["in_progress"])),
            bold(_n(bs["done"])),
            bold(_n(tk["by_timeliness"]["overdue"])),
        ]
    )
    out.append(Table(rows, [0.40] + [0.12] * 5, numeric=frozenset(range(1, 6))))
    out.append(Para("2. Nhiệm vụ theo tình trạng và tiến độ", "h2"))
    cols = [
        Timeliness.DONE_ON_TIME,
        Timeliness.DONE_LATE,
        Timeliness.ON_TRACK,
        Timeliness.OVERDUE,
        Timeliness.NO_DEADLINE,
    ]
    rows = [["Tình trạng", *(c.label for c in cols), "Tổng số"]]
    statuses = [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE]
    if sum(data.status_timeliness[TaskStatus.DROPPED.value].values()):
        statuses.append(TaskStatus.DROPPED)
    totals = [0] * (len(cols) + 1)
    for st in statuses:
        counts = data.status_timeliness[st.value]
        values = [counts.get(c.value, 0) for c in cols] + [sum(counts.values())]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append([st.label, *(_n(v) if v else "–" for v in values)])
    rows.append([bold("Tổng cộng"), *(bold(_n(v)) for v in totals)])
    out.append(Table(rows, [0.22] + [0.13] * 6, numeric=frozenset(range(1, 7))))
    out.append(Para("3. Nhiệm vụ quá hạn theo cơ quan chủ trì", "h2"))
    if not data.overdue:
        out.append(Para("Không có nhiệm vụ quá hạn tại ngày báo cáo."))
    else:
        rows = [["TT", "Nhiệm vụ", "Thời hạn", "Số ngày quá hạn", "Tình trạng"]]
        groups = set()
        n = 0
        for group in data.overdue:
            groups.add(len(rows))
            agency = clips.cut(group.agency, group.agency, 200)
            rows.append([bold(f"{agency} ({_n(len(group.tasks))} nhiệm vụ)"), "", "", "", ""])
            for t in group.tasks:
                n += 1
                rows.append(
                    [
                        str(n),
                        f"{t.code}. {clips.cut(t.text, t.code)}",
                        fmt_date(t.deadline),
                        _n(t.days),
                        t.status,
                    ]
                )
        out.append(
            Table(
                rows,
                [0.07, 0.51, 0.14, 0.12, 0.16],
                numeric=frozenset({3}),
                group_rows=frozenset(groups),
            )
        )
    out.append(Para("4. Khó khăn, vướng mắc", "h2"))
    if not data.blockers:
        out.append(Para("Các cơ quan chưa báo cáo khó khăn, vướng mắc."))
    for b in data.blockers:
        out.append(
            Para(
                f"- {b.code} “{clips.cut(b.text, b.code)}” ({b.agency}, {b.status}): "
                f"{clips.cut(b.blocker, f'Vướng mắc của {b.code}')}"
            )
        )
    documents = documents_sentence(data.summary.get("documents"))
    if documents:  # documents issued this year by type and issuer (docs/documents.md)
        out += [Para("5. Văn bản chỉ đạo, điều hành đã ban hành", "h2"), Para(documents)]
    return out


def _items_section(data: bd.BriefData, clips: Clips) -> list:
    out: list = [Para("VI. KẾT QUẢ THỰC HIỆN KẾT LUẬN CỦA HỘI NGHỊ TRƯỚC", "h1")]
    prev = data.previous
    if prev is None:
        return [*out, Para("Đây là hội nghị đầu tiên trong sổ: chưa có kết luận trước để báo cáo.")]
    items = data.items
    counts = {s: sum(1 for i in items if i.state is s) for s in ConclusionState}
    summary = "; ".join(
        f"{STATE_WORDS[s].lower()} {_n(counts[s])}" for s in ConclusionState if counts[s]
    )
    late = sum(1 for i in items if i.days_overdue)
    if late:
        summary += f"; trong đó quá hạn {_n(late)}"
    number = f" (Thông báo số {prev.notice_symbol})" if prev.notice_symbol else ""
    out.append(
        Para(
            f"{prev.title} ngày {fmt_date(prev.held)}{number} kết luận {_n(len(items))} "
            f"nội dung; đến {fmt_date(data.as_of)}: {summary or 'chưa có nội dung nào'}."
        )
    )
    if items:
        rows: list[list] = [["TT", "Nội dung kết luận", "Cơ quan thực hiện", "Thời hạn", "Kết quả"]]
        for i in items:
            agencies = "; ".join(i.agencies) or "Chưa giao"
            rows.append(
                [
                    str(i.seq),
                    clips.cut(i.text, f"Kết luận số {i.seq}"),
                    clips.cut(agencies, f"Cơ quan thực hiện kết luận số {i.seq}"),
                    fmt_date(i.deadline),
                    item_state(i),
                ]
            )
        out.append(Table(rows, [0.07, 0.38, 0.21, 0.13, 0.21]))
    return out


# What the body says of Phụ lục I and II, left out with them (the window's "appendices off").
APPENDIX_REFERENCES = (
    (" (chi tiết tại Phụ lục I và Phụ lục II)", ""),
    (" (chi tiết tại Phụ lục I)", ""),
    (" (chi tiết tại Phụ lục II)", ""),
    ("chi tiết tại mục V.3 và Phụ lục II.", "chi tiết tại mục V.3."),
)


def _without_appendix_references(block: Any) -> Any:
    if not isinstance(block, Para) or not isinstance(block.content, str):
        return block
    text = block.content
    for said, instead in APPENDIX_REFERENCES:
        text = text.replace(said, instead)
    return Para(text, block.role)


def brief_document(
    data: bd.BriefData,
    style: str = "state",
    signer: Signer | None = None,
    *,
    appendices_on: bool = True,
) -> Document:
    """The whole brief as blocks; ``appendices_on=False`` leaves out Phụ lục I and II (the
    detail tables) and the body's references to them."""
    own = data.committee.symbol or "BCĐ"
    symbol = BLANK_NUMBER + BRIEF_SYMBOL[style].replace("BCĐ", own)
    header = header_for(data.committee, data.as_of, style, symbol)
    clips = Clips()
    blocks: list = [
        Para("BÁO CÁO TÓM TẮT", "title"),
        Para(
            "Kết quả thực hiện mục tiêu, nhiệm vụ chuyển đổi số đến "
            f"{fmt_date(data.as_of)} phục vụ {data.meeting.title}",
            "subtitle",
        ),
    ]
    blocks += chair_page(data, clips, style)
    blocks += _targets_section(data)
    blocks += _tasks_section(data, clips)
    blocks += _items_section(data, clips)
    blocks.append(
        Para(
            "Trên đây là báo cáo tóm tắt kết quả thực hiện mục tiêu, nhiệm vụ chuyển "
            f"đổi số phục vụ {data.meeting.title}./."
        )
    )
    signer = signer or committee_signer(data.committee, Signer(name=data.signer_name))
    keep = "Lưu Văn phòng" if style == "party" else "Lưu: VT"
    blocks.append(
        Signature(
            [
                "Trưởng Ban Chỉ đạo (b/c)",
                "Các Phó Trưởng Ban Chỉ đạo",
                "Các thành viên Ban Chỉ đạo",
                "Tổ giúp việc Ban Chỉ đạo",
                keep,
            ],
            signer.authority_in(style),
            signer.title.upper(),
            signer.name,
        )
    )
    attached = f"Kèm theo Báo cáo số {symbol} {fmt_long_date(data.as_of)} của {data.committee.name}"
    if not appendices_on:
        blocks = [_without_appendix_references(b) for b in blocks]
    blocks += appendices(data, attached, clips, tables=appendices_on)
    return Document(
        header, blocks, style, f"Báo cáo tóm tắt - {data.meeting.title}", data.committee.name
    )
