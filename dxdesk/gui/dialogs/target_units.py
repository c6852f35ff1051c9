"""A target's values per reporting unit and period, with the rolled-up value (issue 16 part
2): the units × periods table of the window (``units.target_units``, as ``target show``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from dxdesk.gui import labels
from dxdesk.gui.dialogs.tables import TableDialog


def units_table(data: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    """Headers (unit, then each period) and rows: one per unit, then the committee's own value
    and the rolled-up one; a unit that reached its goal is marked ✓."""
    periods = [p["period"] for p in data["periods"]]
    headers = [QCoreApplication.translate("TargetUnitsDialog", "Đơn vị")] + [
        labels.period(p) for p in periods
    ]
    names: dict[str, str] = {}
    cells: dict[tuple[str, str], str] = {}
    for p in data["periods"]:
        for u in p["units"]:
            names[u["unit"]] = u["name"] or u["unit"]
            mark = " ✓" if u.get("reached") else ""
            cells[(u["unit"], p["period"])] = labels.number(u["value"]) + mark
    rows = [[names[code]] + [cells.get((code, p), "") for p in periods] for code in sorted(names)]
    if any(p["committee_value"] is not None for p in data["periods"]):
        rows.append(
            [QCoreApplication.translate("TargetUnitsDialog", "Ban Chỉ đạo (số chung)")]
            + [labels.number(p["committee_value"]) for p in data["periods"]]
        )
    if data["rollup"] != "single":
        total = []
        for p in data["periods"]:
            r = p["rolled_up"] or {}
            if data["rollup"] == "count_reached" and r.get("units"):
                total.append(f"{r.get('reached', 0)}/{r['units']}")
            else:
                total.append(labels.number(r.get("value")))
        rows.append([QCoreApplication.translate("TargetUnitsDialog", "Tổng hợp"), *total])
    return headers, rows


class TargetUnitsDialog(TableDialog):
    """The units × periods table of one target."""

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None):
        headers, rows = units_table(data)
        goal = (
            self.tr(" Chỉ tiêu mỗi đơn vị: {goal}.").format(goal=labels.number(data["unit_goal"]))
            if data.get("unit_goal") is not None
            else ""
        )
        intro = (
            self.tr("{code} – {text}. Cách tổng hợp: {rule}.").format(
                code=data["code"], text=data["text"], rule=labels.tr(data["rollup_label"])
            )
            + goal
        )
        if not data["periods"]:
            intro += " " + self.tr("Chưa có kết quả nào.")
        title = self.tr("Kết quả theo đơn vị – {code}").format(code=data["code"])
        super().__init__(title, intro, headers, rows, parent)
        self.resize(980, 520)
        last = len(rows) - 1
        if data["rollup"] != "single" and rows:
            for c in range(len(headers)):
                item = self.table.item(last, c)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QColor("#EEF3F8"))
