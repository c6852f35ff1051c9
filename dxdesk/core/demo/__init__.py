"""The demo province: Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai, year 2023."""

from __future__ import annotations

from dxdesk.core.demo.laocai2023 import build_batch
from dxdesk.core.demo.laocai2023_refs import COMMITTEE
from dxdesk.core.services.register import LoadResult, load
from dxdesk.core.storage import models as m


def load_demo(who: str = "dxdesk demo") -> LoadResult:
    """Fill the open (empty) register with the Lào Cai 2023 demo, in one transaction."""
    with m.database_proxy.atomic():
        if not m.Committee.select().exists():
            m.Committee.create(**COMMITTEE)
        return load(build_batch(), action="Tạo dữ liệu mẫu Lào Cai 2023", who=who)


def load_quang_ngai(who: str = "dxdesk demo") -> LoadResult:
    """Fill the open (empty) register with the Quảng Ngãi demo (seed 004), in one transaction:
    published DTI ranks, illustrative scores, members and commune values (see its docstring)."""
    from dxdesk.core.demo import quangngai

    with m.database_proxy.atomic():
        if not m.Committee.select().exists():
            m.Committee.create(**quangngai.COMMITTEE)
        return load(quangngai.build_batch(), action="Tạo dữ liệu mẫu Quảng Ngãi", who=who)
