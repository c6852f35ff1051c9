"""End to end through the CLI: issue → open → work offline → report → preview → merge."""

from __future__ import annotations

from datetime import date

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.storage import models as m
from tests.exchange.conftest import (
    OFFICER,
    demo_available,
    district_work,
    dump,
    load_small,
    open_db,
    summary,
)


def test_a_district_works_offline_and_the_secretariat_merges_its_report(tmp_path, cli):
    sec = tmp_path / "vanphong.db"
    if demo_available():
        cli("--db", sec, "demo")
    else:
        load_small(sec)
    agency, (first, second), target = district_work(sec)
    before = summary(cli, sec)
    slice_file, report_file = tmp_path / "giao.dxgoi", tmp_path / "baocao-1.dxgoi"
    assert "Đã ghi gói giao dữ liệu" in cli(
        "--db", sec, "exchange", "issue", "--agency", agency, "--out", slice_file
    )

    office = tmp_path / "donvi.db"
    out = cli("--db", office, "exchange", "open", slice_file)
    assert f"dữ liệu nhận ngày {fmt_date(date.today())}" in out and "Chế độ đơn vị: " in out
    cli("--db", office, "task", "update", first, "--status", "done", "--note", "Đã nghiệm thu")
    cli("--db", office, "task", "update", second, "--blocker", "Chưa có hướng dẫn của Bộ")
    cli(
        "--db",
        office,
        "target",
        "measure",
        target,
        "--period",
        "2024-Q1",
        "--value",
        "85,5",
        "--agency",
        agency,
    )
    assert "Đã ghi báo cáo số 1 (4 thay đổi)" in cli(
        "--db", office, "exchange", "report", "--out", report_file
    )

    out = cli("--db", sec, "exchange", "preview", report_file)
    assert "Sẽ áp dụng 4 thay đổi, giữ lại 0 xung đột" in out
    assert f"nhiệm vụ {first}: " in out and "→ Đã hoàn thành" in out
    assert f"nhiệm vụ {second}: vướng mắc" in out and f"kết quả mục tiêu {target}" in out
    assert "áp dụng 4 thay đổi" in cli("--db", sec, "exchange", "merge", report_file)

    after = summary(cli, sec)
    assert after["tasks"]["by_status"]["done"] == before["tasks"]["by_status"]["done"] + 1
    history = cli("--db", sec, "exchange", "history", "task", first)
    assert f"từ báo cáo số 1 của {agency}" in history and OFFICER in history
    with open_db(sec):
        assert m.Task.get(m.Task.code == second).blocker == "Chưa có hướng dẫn của Bộ"
        measured = (
            m.Measurement.select()
            .join(m.Target)
            .where((m.Target.code == target) & (m.Measurement.period == "2024-Q1"))
            .get()
        )
        assert measured.value == 85.5

    merged = dump(sec)
    out = cli("--db", sec, "exchange", "merge", report_file)
    assert "đã được hợp nhất" in out and "không có gì thay đổi" in out
    assert dump(sec) == merged
