"""Who must have signed a package, and for which committee and agency (docs/trust-model.md).

A slice is checked against the secretariat key pinned when the agency opened its first slice
(trust on first use: the fingerprint is read out by phone); a report against the public key
registered when its slice was issued, which must belong to the agency the report names.
"""

from __future__ import annotations

from dxdesk.core.exchange.package import REPORT, SLICE, Package, PackageRefused
from dxdesk.core.storage.exchange_models import (
    ExchangeAgencyMode,
    ExchangeIdentity,
    ExchangeIssue,
)
from dxdesk.core.storage.models import Committee


def _text(manifest: dict, key: str) -> str:
    value = manifest.get(key)
    return value if isinstance(value, str) else ""


def committees(other_name: str, other_uid: str, own_name: str, own_uid: str) -> tuple[str, str]:
    """Two committees as a sentence names them: by name, and by identity (the first digits of
    their exchange ids) when the names alone are the same."""
    other, own = f"“{other_name or 'không tên'}”", f"“{own_name or 'không tên'}”"
    if other_name == own_name:
        other += f" (mã {other_uid[:8] or '?'})"
        own += f" (mã {own_uid[:8] or '?'})"
    return other, own


def check_slice(pkg: Package, row: ExchangeAgencyMode | None) -> None:
    """Refuse a slice not signed by the pinned secretariat key, or for another agency."""
    man, name = pkg.manifest, pkg.name
    if pkg.kind != SLICE:
        raise PackageRefused(
            f"Tệp {name} là báo cáo của đơn vị, không phải gói giao dữ liệu; "
            "báo cáo được hợp nhất ở Văn phòng (dxdesk exchange merge)."
        )
    key = _text(man, "secretariat_key")
    if row is not None:
        if _text(man, "committee_uid") != row.committee_uid:
            other, own = committees(
                _text(man, "committee_name"),
                _text(man, "committee_uid"),
                row.committee_name,
                row.committee_uid,
            )
            raise PackageRefused(
                f"Gói {name} là dữ liệu của ban chỉ đạo khác ({other}), không "
                f"phải của {own} nên không được mở."
            )
        if _text(man, "agency") != row.agency_code:
            raise PackageRefused(
                f"Gói {name} giao cho {_text(man, 'agency_name')}, còn tệp dữ "
                f"liệu này là của {row.agency_name} nên không được mở."
            )
        if key != row.secretariat_key:
            raise PackageRefused(
                f"Gói {name} không được ký bằng khóa của Văn phòng đã giao dữ "
                "liệu trước đây nên không được mở."
            )
    if not key:
        raise PackageRefused(f"Tệp {name} không phải gói trao đổi dxdesk.")
    pkg.check_signed_by(key)


def check_report(pkg: Package) -> ExchangeIssue:
    """Refuse a report not signed by the key issued to the agency it names; return that issue."""
    man, name = pkg.manifest, pkg.name
    if pkg.kind != REPORT:
        raise PackageRefused(
            f"Tệp {name} là gói giao dữ liệu cho đơn vị, không phải báo cáo; "
            "hãy mở nó ở máy của đơn vị (dxdesk exchange open)."
        )
    me = ExchangeIdentity.select().first()
    if me is None:
        raise PackageRefused(
            f"Sổ này chưa giao dữ liệu cho đơn vị nào nên không nhận báo cáo {name}."
        )
    if _text(man, "committee_uid") != me.committee_uid:
        own_row = Committee.select().first()
        other, own = committees(
            _text(man, "committee_name"),
            _text(man, "committee_uid"),
            own_row.name if own_row else "",
            me.committee_uid,
        )
        raise PackageRefused(
            f"Gói {name} là báo cáo gửi ban chỉ đạo khác ({other}), không phải "
            f"ban chỉ đạo {own} của sổ này nên không được nhận."
        )
    issue = ExchangeIssue.get_or_none(ExchangeIssue.key_id == _text(man, "key_id"))
    if issue is None:
        raise PackageRefused(
            f"Gói {name} được ký bằng một khóa mà Văn phòng chưa từng cấp nên không được nhận."
        )
    if issue.agency != _text(man, "agency"):
        raise PackageRefused(
            f"Gói {name} ghi là báo cáo của đơn vị {_text(man, 'agency')} nhưng "
            f"được ký bằng khóa cấp cho đơn vị {issue.agency} nên không được "
            "nhận."
        )
    pkg.check_signed_by(issue.public_key)
    from dxdesk.core.exchange.offline.keys import check_key

    check_key(issue, _text(man, "agency"), name)
    seq = man.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise PackageRefused(f"Tệp {name} không phải gói trao đổi dxdesk.")
    return issue
