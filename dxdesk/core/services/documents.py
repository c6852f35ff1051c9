"""Documents counted: how many documents of each type each issuer issued over a period
(issue 16 part 5; docs/documents.md), with or without the list of each one.

Types are free text in the register ("Kế hoạch", "kế hoạch ", "Quyết định"): they are grouped
by their folded form (case, accents and spaces ignored), named as first written, and keyed by
a slug (``quyet_dinh``, ``ke_hoach``) that published figure keys use. The period runs from a
start date to the as-of date, both included; by default from 1 January of the as-of year.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from dxdesk.core.domain.formats import fmt_date, fmt_number
from dxdesk.core.domain.text import clean, fold
from dxdesk.core.errors import ValidationError
from dxdesk.core.storage import models as m

NO_TYPE = "Văn bản khác"


def type_key(doc_type: str | None) -> str:
    """The slug of a document type: 'Quyết định' → 'quyet_dinh'; '' → 'khac'."""
    slug = re.sub(r"[^a-z0-9]+", "_", fold(clean(doc_type))).strip("_")
    return slug or "khac"


def year_start(as_of: date) -> date:
    """The default start of the period counted: 1 January of the as-of year."""
    return date(as_of.year, 1, 1)


def document_counts(
    as_of: date, *, start: date | None = None, listing: bool = False
) -> dict[str, Any]:
    """Documents issued from ``start`` (default 1 January) to ``as_of``: totals by type, by
    issuer (each with its types), and with ``listing`` every document in date order."""
    start = start or year_start(as_of)
    if start > as_of:
        raise ValidationError(
            f"Ngày bắt đầu đếm văn bản ({fmt_date(start)}) sau ngày tính ({fmt_date(as_of)})."
        )
    rows = list(
        m.Document.select(
            m.Document.code,
            m.Document.symbol,
            m.Document.doc_type,
            m.Document.issuer,
            m.Document.issue_date,
            m.Document.subject,
        )
        .where((m.Document.issue_date >= start) & (m.Document.issue_date <= as_of))
        .order_by(m.Document.issue_date, m.Document.code)
        .tuples()
    )
    names: dict[str, str] = {}
    by_type: Counter = Counter()
    by_issuer: dict[str, Counter] = defaultdict(Counter)
    issuer_names: dict[str, str] = {}
    for _, _, doc_type, issuer, _, _ in rows:
        key = type_key(doc_type)
        names.setdefault(key, clean(doc_type) or NO_TYPE)
        by_type[key] += 1
        ikey = fold(clean(issuer))
        issuer_names.setdefault(ikey, clean(issuer))
        by_issuer[ikey][key] += 1
    order = sorted(by_type, key=lambda k: (-by_type[k], names[k]))
    out: dict[str, Any] = {
        "from": start.isoformat(),
        "to": as_of.isoformat(),
        "total": len(rows),
        "by_type": [{"key": k, "type": names[k], "count": by_type[k]} for k in order],
        "by_issuer": [
            {
                "issuer": issuer_names[i],
                "count": sum(c.values()),
                "by_type": {k: c[k] for k in order if c[k]},
            }
            for i, c in sorted(by_issuer.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        ],
    }
    if listing:
        out["items"] = [
            {
                "code": code,
                "symbol": symbol,
                "type": clean(doc_type) or NO_TYPE,
                "issuer": issuer,
                "date": str(issued),
                "subject": subject,
            }
            for code, symbol, doc_type, issuer, issued, subject in rows
        ]
    return out


def _type_words(entry: dict[str, Any]) -> str:
    """'40 quyết định' (a type's name in lower case after its count)."""
    name = entry["type"]
    if name[1:2].islower():  # "Kế hoạch" → "kế hoạch"; an acronym ("QĐ") stays
        name = name[:1].lower() + name[1:]
    return f"{fmt_number(entry['count'])} {name}"


def documents_sentence(counts: dict[str, Any]) -> str | None:
    """'Từ 01/01/2023 đến 19/12/2023 đã ban hành 120 văn bản: 40 quyết định, 43 kế hoạch,
    37 công văn.' None when no document was issued in the period."""
    if not counts or not counts.get("total"):
        return None
    start, end = date.fromisoformat(counts["from"]), date.fromisoformat(counts["to"])
    parts = ", ".join(_type_words(e) for e in counts["by_type"])
    issuers = counts["by_issuer"]
    who = ""
    if len(issuers) > 1:
        who = " (" + "; ".join(f"{i['issuer']}: {fmt_number(i['count'])}" for i in issuers) + ")"
    return (
        f"Từ {fmt_date(start)} đến {fmt_date(end)} đã ban hành "
        f"{fmt_number(counts['total'])} văn bản: {parts}{who}."
    )
