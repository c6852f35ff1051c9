"""Meeting kinds beyond the quarterly ones (issue 16 part 5): a standing-board session that
gives opinions on a draft, a regular session, another kind; the workbook reads their labels."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.domain.enums import MeetingKind
from dxdesk.core.errors import DxError
from dxdesk.core.services import entities

BTV = {
    "code": "BTV-05-2022",
    "title": "Phiên họp thường kỳ tháng 5 của Ban Thường vụ Tỉnh ủy",
    "kind": "ban_thuong_vu",
    "meeting_date": date(2022, 5, 28),
    "session": "sáng",
}


def test_a_standing_board_session_is_recorded_and_read_back(session):
    saved = entities.save("meeting", BTV)
    assert saved["kind"] == "ban_thuong_vu"
    assert MeetingKind(saved["kind"]).label == "Phiên họp Ban Thường vụ"


@pytest.mark.parametrize(
    "label, code",
    [
        ("Phiên họp Ban Thường vụ", "ban_thuong_vu"),
        ("phien hop ban thuong vu", "ban_thuong_vu"),
        ("Họp thường kỳ", "thuong_ky"),
        ("Hội nghị sơ kết", "so_ket"),
        ("Hội nghị tổng kết năm", "tong_ket"),
        ("Họp chuyên đề", "chuyen_de"),
        ("Cuộc họp khác", "khac"),
    ],
)
def test_the_workbook_label_of_each_kind_is_understood(label, code):
    assert MeetingKind.from_text(label).value == code


def test_an_unknown_kind_is_still_refused(session):
    with pytest.raises(DxError):
        entities.save("meeting", {**BTV, "kind": "hop_mat"})
