"""A connection to a register on a PostgreSQL server as the window keeps it (issue 20):
host, port, database, account and TLS mode, saved in the settings without a password; the
password is asked each time, or kept in the operating system's credential store (Windows
Credential Manager, the macOS Keychain, GNOME Keyring/KWallet through Secret Service) by the
``keyring`` library. dxdesk never writes a password anywhere itself: where there is no such
store (a server without a desktop session, a bare Linux), it just asks each time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from dxdesk.core.errors import ValidationError
from dxdesk.core.storage.pg import LoginRefused

__all__ = ["LoginRefused", "ServerConnection", "password_store_available", "saved_password"]

SERVICE = "dxdesk"  # the credential store's service name
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432
# what the URL carries besides these fields (sslrootcert, connect_timeout…): passed through
_OWN = {"host", "port", "dbname", "user", "password", "sslmode"}


@dataclass(frozen=True)
class ServerConnection:
    """Where a server register is and as whom; never its password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    options: tuple[tuple[str, str], ...] = field(default=())

    def url(self, password: str | None = None) -> str:
        """The libpq connection URL (with ``password`` only when given: it is never saved)."""
        socket = self.host.startswith("/")
        who = quote(self.user, safe="")
        if password:
            who += ":" + quote(password, safe="")
        host = "" if socket else (f"[{self.host}]" if ":" in self.host else self.host)
        query = [("host", self.host)] if socket else []
        if self.sslmode and self.sslmode != "prefer":
            query.append(("sslmode", self.sslmode))
        query += list(self.options)
        text = f"postgresql://{who}@{host}:{self.port}/{quote(self.database, safe='')}"
        if query:
            text += "?" + "&".join(f"{k}={quote(v, safe='/')}" for k, v in query)
        return text

    @property
    def label(self) -> str:
        """``account@host:port/database``, as the window and the credential store name it."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ServerConnection:
        """The connection a URL names (its password, if any, is left out)."""
        from psycopg2.extensions import parse_dsn

        try:
            params = parse_dsn(url)
        except Exception as exc:
            raise ValidationError(f"Chuỗi kết nối “{url}” không đúng dạng.") from exc
        try:
            port = int(params.get("port") or DEFAULT_PORT)
        except ValueError:
            raise ValidationError(f"Cổng “{params.get('port')}” không phải là số.") from None
        return cls(
            host=params.get("host") or "localhost",
            database=params.get("dbname") or "",
            user=params.get("user") or "",
            port=port,
            sslmode=params.get("sslmode") or "prefer",
            options=tuple(sorted((k, v) for k, v in params.items() if k not in _OWN)),
        )

    def checked(self) -> ServerConnection:
        """This connection, or one Vietnamese sentence saying what is missing."""
        if not self.host.strip():
            raise ValidationError("Hãy ghi địa chỉ máy chủ (ví dụ may-chu.sotttt.gov.vn).")
        if not self.database.strip():
            raise ValidationError("Hãy ghi tên cơ sở dữ liệu trên máy chủ (ví dụ dxdesk).")
        if not self.user.strip():
            raise ValidationError("Hãy ghi tài khoản đăng nhập máy chủ.")
        if not 0 < self.port < 65536:
            raise ValidationError(f"Cổng {self.port} không hợp lệ (từ 1 đến 65535).")
        if self.sslmode not in SSL_MODES:
            raise ValidationError(f"Chế độ bảo mật “{self.sslmode}” không có trong libpq.")
        return self


def password_in(url: str) -> str | None:
    """The password a URL carries itself (typed by the user in --db), if any."""
    from psycopg2.extensions import parse_dsn

    try:
        return parse_dsn(url).get("password") or None
    except Exception:
        return None


def without_password(url: str) -> str:
    """``url`` as it may be saved (settings, recent registers): no password in it."""
    if password_in(url) is None:
        return url
    return ServerConnection.from_url(url).url()


# -- the operating system's credential store -------------------------------------------------
def _store():
    """The keyring backend when it is a real credential store of the system, else None
    (no backend, or a plain-text file one: dxdesk then asks each time)."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:
        return None
    module = type(backend).__module__
    if priority < 1 or module.startswith(("keyrings.alt", "keyring.backends.fail")):
        return None
    return backend


def password_store_available() -> bool:
    """Whether a password can be kept in the system's credential store."""
    return _store() is not None


def saved_password(conn: ServerConnection) -> str | None:
    store = _store()
    if store is None:
        return None
    try:
        return store.get_password(SERVICE, conn.label) or None
    except Exception:  # a locked or broken store: ask instead
        return None


def save_password(conn: ServerConnection, password: str) -> bool:
    """Keep ``password`` in the credential store; False (nothing kept) without one."""
    store = _store()
    if store is None or not password:
        return False
    try:
        store.set_password(SERVICE, conn.label, password)
    except Exception:
        return False
    return True


def forget_password(conn: ServerConnection) -> None:
    store = _store()
    if store is None:
        return
    try:
        store.delete_password(SERVICE, conn.label)
    except Exception:  # nothing kept for it
        pass
