"""Unsigned input never crashes the reader (issue 13, item 10).

The manifest is read before the signature can be checked, so its every field is type-checked
(a list where text belongs, deeply nested JSON, NaN); a payload is parsed only after the
signature and its size and digest match, and then its shape is checked change by change.
Property-based: hypothesis writes manifests and payloads of any JSON shape; the only allowed
outcomes are a package read or one sentence (a DxError), never another exception.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxdesk.core.errors import DxError
from dxdesk.core.exchange import package
from dxdesk.core.exchange.offline import merging, opening, verify
from dxdesk.core.exchange.package import MANIFEST_TYPES, Package

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
field_names = st.sampled_from(sorted(MANIFEST_TYPES)) | st.text(max_size=10)


def _zip(manifest_bytes: bytes, payload_bytes: bytes = b"{}", signature: bytes = b"x") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(package.MANIFEST, manifest_bytes)
        zf.writestr(package.PAYLOAD, payload_bytes)
        zf.writestr(package.SIGNATURE, signature)
    return buffer.getvalue()


def _outcome(path, session) -> None:
    try:
        pkg = package.read(path)
    except DxError:
        return
    for check in (lambda: verify.check_report(pkg), lambda: verify.check_slice(pkg, None)):
        try:
            check()
        except DxError:
            pass


@SETTINGS
@given(
    fields=st.dictionaries(field_names, json_values, max_size=8),
    kind=st.sampled_from([package.SLICE, package.REPORT]),
)
def test_any_manifest_is_read_or_refused_in_one_sentence(session, tmp_path, fields, kind):
    manifest = {"format": package.FORMAT, "version": package.VERSION, "kind": kind, **fields}
    path = tmp_path / "goi.dxpkg"
    path.write_bytes(_zip(json.dumps(manifest).encode()))
    _outcome(path, session)


def test_hostile_manifest_texts_are_refused(session, tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    head = f'{{"format": "{package.FORMAT}", "version": 1, "kind": "report"'
    for text in [
        head + ', "agency": ' + deep + "}",
        head + ', "seq": NaN}',
        head + ', "agency": ["STTTT"]}',
        head + ', "committee_uid": {"$date": 5}}',
        head + ', "seq": true}',
        head + ', "payload_size": -1}',
        "[" * 50_000,
    ]:
        path = tmp_path / "goi.dxpkg"
        path.write_bytes(_zip(text.encode()))
        try:
            package.read(path)
        except DxError:
            continue
        raise AssertionError(text[:80])


def _package(payload_bytes: bytes) -> Package:
    manifest = {
        "format": package.FORMAT,
        "version": 1,
        "kind": package.REPORT,
        "agency": "STTTT",
        "agency_name": "Sở",
        "created_at": "2024-01-01T00:00:00",
        "package_id": "p",
        "agency_key_id": "k",
        "seq": 1,
        "payload_sha256": hashlib.sha256(payload_bytes).hexdigest(),
        "payload_size": len(payload_bytes),
    }
    raw = json.dumps(manifest).encode()
    return Package("goi.dxpkg", manifest, raw, payload_bytes, b"", len(raw))


@SETTINGS
@given(
    payload=json_values
    | st.fixed_dictionaries({"changes": st.lists(json_values, max_size=4)})
    | st.fixed_dictionaries(
        {
            "changes": st.lists(
                st.dictionaries(
                    st.sampled_from(["entity", "unit", "op", "key", "old", "new", "who", "at"]),
                    json_values,
                ),
                max_size=4,
            )
        }
    )
)
def test_any_payload_shape_is_refused_in_one_sentence(session, payload):
    pkg = _package(json.dumps(payload).encode())
    for parse in (merging._items, opening._payload):
        try:
            parse(pkg)
        except DxError:
            pass


def test_hostile_payload_texts_are_refused(session):
    for text in [
        b"[" * 100_000,
        b'{"changes": [NaN]}',
        b'{"changes": [{"$date": []}]}',
        b"\xff\xfe",
        b'{"changes": [{"entity": []}]}',
    ]:
        pkg = _package(text)
        for parse in (merging._items, opening._payload):
            try:
                parse(pkg)
            except DxError:
                continue
            raise AssertionError(text[:40])
