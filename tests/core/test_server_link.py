"""The window's saved connection to a server register (issue 20): built from its fields,
read back from a URL, never holding a password; the password kept only in a real credential
store of the system, else asked each time."""

from __future__ import annotations

import pytest

from dxdesk.core.errors import ValidationError
from dxdesk.core.services import server_link
from dxdesk.core.services.server_link import ServerConnection
from tests.keyring_stores import MemoryStore


def test_a_connection_is_a_url_and_back_without_its_password():
    conn = ServerConnection("may-chu.sotttt.gov.vn", "dxdesk", "vanphong", 5433, "require")
    assert conn.url() == "postgresql://vanphong@may-chu.sotttt.gov.vn:5433/dxdesk?sslmode=require"
    with_password = conn.url("mật:khẩu@1")
    assert "mật" not in with_password and server_link.password_in(with_password) == "mật:khẩu@1"
    assert ServerConnection.from_url(with_password) == conn
    assert server_link.without_password(with_password) == conn.url()


def test_a_socket_folder_and_tls_options_pass_through():
    url = "postgresql:///dxdesk?host=/tmp/cum&user=vanphong&sslrootcert=/etc/ca.pem"
    conn = ServerConnection.from_url(url)
    assert (conn.host, conn.database, conn.user) == ("/tmp/cum", "dxdesk", "vanphong")
    assert ServerConnection.from_url(conn.url()) == conn
    assert "sslrootcert=/etc/ca.pem" in conn.url()


@pytest.mark.parametrize(
    ("conn", "says"),
    [
        (ServerConnection("", "dxdesk", "vanphong"), "địa chỉ máy chủ"),
        (ServerConnection("may-chu", "", "vanphong"), "cơ sở dữ liệu"),
        (ServerConnection("may-chu", "dxdesk", ""), "tài khoản"),
        (ServerConnection("may-chu", "dxdesk", "vanphong", 70000), "Cổng 70000"),
    ],
)
def test_a_connection_missing_a_field_is_refused_with_one_sentence(conn, says):
    with pytest.raises(ValidationError, match=says):
        conn.checked()


def test_a_password_is_kept_in_the_systems_store_and_forgotten(store):
    conn = ServerConnection("may-chu", "dxdesk", "vanphong")
    assert server_link.password_store_available()
    assert server_link.save_password(conn, "bí mật")
    assert store.kept == {("dxdesk", "vanphong@may-chu:5432/dxdesk"): "bí mật"}
    assert server_link.saved_password(conn) == "bí mật"
    server_link.forget_password(conn)
    assert server_link.saved_password(conn) is None


def test_without_a_credential_store_nothing_is_kept(no_store):
    conn = ServerConnection("may-chu", "dxdesk", "vanphong")
    assert not server_link.password_store_available()
    assert not server_link.save_password(conn, "bí mật")
    assert server_link.saved_password(conn) is None
    server_link.forget_password(conn)  # nothing to forget, no error


def test_a_plain_text_store_is_not_used(store, monkeypatch):
    """A backend that writes passwords to a file (keyrings.alt) counts as none."""
    monkeypatch.setattr(MemoryStore, "__module__", "keyrings.alt.file")
    assert not server_link.password_store_available()
    assert not server_link.save_password(ServerConnection("h", "d", "u"), "bí mật")
