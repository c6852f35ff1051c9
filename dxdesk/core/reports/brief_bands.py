"""Short names of the target bands, as the brief's tables and appendices print them."""

from __future__ import annotations

from dxdesk.core.domain.enums import Band

BAND_SHORT = {
    Band.COMPLETED: "Hoàn thành",
    Band.ABOVE_70: "Trên 70 %",
    Band.FROM_50_TO_70: "Từ 50 % đến 70 %",
    Band.BELOW_50: "Dưới 50 %",
    Band.NO_DATA: "Chưa có số liệu",
}
