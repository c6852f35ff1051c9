"""Cần xử lý lists the exchange conflicts waiting for a person, and drops one once decided."""

from __future__ import annotations

import json

from tests.exchange.test_conflicts import crossed  # noqa: F401 - a fixture


def _attention(cli, db) -> dict:
    return json.loads(cli("--db", db, "attention", "--as-of", "19/12/2023", "--json"))


def test_a_waiting_conflict_needs_attention_until_resolved(crossed, cli):  # noqa: F811
    sec, _, report = crossed
    assert _attention(cli, sec)["counts"]["conflicts"] == 0
    cli("--db", sec, "exchange", "merge", report)
    data = _attention(cli, sec)
    assert data["counts"]["conflicts"] == 1
    row = data["groups"]["conflicts"][0]
    assert row["key"] == "1" and "NV01" in row["text"] and row["agency"] == "BX"
    out = cli("--db", sec, "attention", "--as-of", "19/12/2023")
    assert "Xung đột trao đổi dữ liệu chờ giải quyết: 1" in out
    cli("--db", sec, "exchange", "resolve", "1", "--keep", "secretariat")
    assert _attention(cli, sec)["counts"]["conflicts"] == 0
