"""No text a user can type stops the brief or the notice (issue 15, fix 1)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dxdesk.core.reports.pdf import build_brief, build_notice
from dxdesk.core.reports.pdf.safe import printable
from dxdesk.core.storage import models as m

AS_OF = date(2023, 12, 19)


def _text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def _put(value: str) -> None:
    """Put ``value`` everywhere user text reaches the two documents."""
    m.Task.update(text=value, blocker=value).where(m.Task.code.in_(["NV42", "NV21"])).execute()
    first = m.ConclusionItem.select().order_by(m.ConclusionItem.id)
    m.ConclusionItem.update(text=value).where(
        m.ConclusionItem.id.in_([i.id for i in first])
    ).execute()
    m.Agency.update(name=value).where(m.Agency.code == "STTTT").execute()
    m.Committee.update(name=value[:20_000]).execute()
    m.Meeting.update(title=value).where(m.Meeting.code == "HN-TK-2023").execute()
    m.Pillar.update(name=value).where(m.Pillar.sort_order == 1).execute()


def _repeat(piece: str, n: int) -> str:
    return (piece * (n // len(piece) + 1))[:n]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.text(max_size=300),
        # up to 20,000 characters: a random piece of any Unicode repeated (Hypothesis cannot draw
        # 20,000 characters one by one)
        st.builds(_repeat, st.text(min_size=1, max_size=300), st.integers(300, 20_000)),
        st.builds(
            _repeat, st.text(st.characters(codec="utf-8"), min_size=1), st.integers(0, 20_000)
        ),
    )
)
# Hypothesis found it: 300 characters that are mostly line breaks made a row taller than a page
@example("´\n½0" * 1489)
def test_any_text_prints_in_the_brief_and_the_notice(demo_session, tmp_path, value):
    _put(value)
    out = tmp_path / "b.pdf"
    assert build_brief(out, as_of=AS_OF).pages >= 3
    assert build_notice(tmp_path / "n.pdf", meeting_code="HN-TK-2023") >= 1
    build_brief(tmp_path / "b.docx", as_of=AS_OF)  # the Word copy takes any text too
    build_notice(tmp_path / "n.docx", meeting_code="HN-TK-2023")


def test_task_texts_of_2000_and_20000_characters_print(demo_session, tmp_path):
    for n in (2_000, 20_000):
        for value in ("A" * n, ("từ ngữ " * n)[:n]):
            m.Task.update(text=value).where(m.Task.code == "NV42").execute()
            out = tmp_path / f"{n}.pdf"
            build_brief(out, as_of=AS_OF)
            text = _text(out).replace("\n", "")
            assert value[:30] in text or "AAAAAAAAAA" in text


def test_missing_glyphs_are_replaced_visibly_and_rtl_is_in_reading_order():
    assert printable("Lịch 😀 họp") == "Lịch □ họp"
    assert printable("会议") == "□□"
    assert printable("x\x00y") == "x□y"
    # Hebrew (which the font has) is drawn in visual order, so it reads right to left
    assert printable("שלום") == "םולש"
    assert printable("Sở שלום 2024") == "Sở םולש 2024"
    assert printable("e\u0301") == "é"  # NFC: ReportLab misplaces decomposed accents


def test_rtl_task_text_is_not_reversed_on_paper(demo_session, tmp_path):
    m.Task.update(text="שלום עולם").where(m.Task.code == "NV42").execute()
    out = tmp_path / "rtl.pdf"
    build_brief(out, as_of=AS_OF)
    # glyphs placed right to left read back (readers reorder by position) in the typed order;
    # drawn in typed order they would read back reversed
    assert "שלום עולם" in _text(out)
