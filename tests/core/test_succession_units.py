"""A unit's own KPI values (per-unit measurements, docs/units.md) follow the unit into its
successor from the date of the succession: values measured before stay the old unit's, values
from the date on become the successor's, a value the successor already has is never
overwritten, and undo takes the transfer back with the rest of the succession."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.services import changes, register
from dxdesk.core.services.succession import open_work, succeed
from dxdesk.core.storage import models as m

ON = date(2025, 7, 1)


@pytest.fixture
def reg(session):
    def value(period, unit, on, v):
        return {"target": "MT01", "period": period, "unit": unit, "measured_on": on, "value": v}

    register.load(
        {
            "agency": [
                {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"},
                {"code": "SP", "name": "UBND thị xã Sa Pa", "kind": "huyen"},
                {"code": "XBX", "name": "UBND xã Bát Xát", "kind": "xa", "valid_from": ON},
                {"code": "XTB", "name": "UBND xã Trịnh Tường", "kind": "xa", "valid_from": ON},
            ],
            "target": [
                {
                    "code": "MT01",
                    "text": "Tỷ lệ hồ sơ trực tuyến của mỗi đơn vị",
                    "target_value": 80.0,
                    "deadline": date(2030, 12, 31),
                    "rollup": "mean",
                }
            ],
            "measurement": [
                value("2025-Q2", "BX", date(2025, 6, 30), 70.0),
                value("2025-Q3", "BX", date(2025, 9, 30), 75.0),
                value("2025-Q4", "BX", date(2025, 12, 31), 78.0),
                value("2025-Q3", "SP", date(2025, 9, 30), 60.0),
                value("2025-Q4", "XBX", date(2025, 12, 31), 90.0),  # the commune's own
            ],
        },
        action="Nạp",
    )
    return session


def _values() -> set[tuple[str, str | None, float]]:
    query = m.Measurement.select(m.Measurement.period, m.Agency.code, m.Measurement.value).join(
        m.Agency, on=(m.Measurement.unit == m.Agency.id)
    )
    return set(query.tuples())


def test_unit_values_from_the_date_pass_to_the_successor(reg):
    before = _values()
    result = succeed(["BX", "SP"], ["XBX"], ON)
    after = _values()
    assert ("2025-Q2", "BX", 70.0) in after  # measured before the date: stays the district's
    assert ("2025-Q3", "XBX", 75.0) in after and ("2025-Q3", "BX", 75.0) not in after
    # Sa Pa's 2025-Q3 value cannot join Bát Xát's passed one: kept and said, not overwritten
    assert ("2025-Q3", "SP", 60.0) in after
    assert ("2025-Q4", "XBX", 90.0) in after and ("2025-Q4", "BX", 78.0) in after
    assert sorted(result.unit_values) == [("MT01", "2025-Q3", "XBX")]
    assert sorted(result.kept_values) == [("MT01", "2025-Q3", "SP"), ("MT01", "2025-Q4", "BX")]
    assert "1 kết quả đo của đơn vị từ ngày 01/07/2025" in result.message
    assert "Giữ nguyên 2 kết quả đo của đơn vị cũ" in result.message
    assert "kế tục" in changes.undo_last()
    assert _values() == before


def test_a_split_sends_each_target_s_unit_values_with_the_target(reg):
    assert open_work(["BX"], ON) == []  # MT01 is nobody's: only unit values follow
    result = succeed(["SP"], ["XBX", "XTB"], ON, shares={"MT01": "XTB"})
    assert result.unit_values == [("MT01", "2025-Q3", "XTB")]
    assert ("2025-Q3", "XTB", 60.0) in _values()
