"""Ed25519 keys of the offline exchange, kept as base64 text of their raw 32 bytes.

A key is named by its *key id* (the first 16 hex digits of the SHA-256 of the public key) in
manifests and tables, and shown to people as a *fingerprint* they can read over the phone.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PrivateFormat, PublicFormat
from cryptography.hazmat.primitives.serialization import NoEncryption as _NoEncryption


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _raw(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_key_pair() -> tuple[str, str]:
    """A fresh (private, public) Ed25519 key pair."""
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, _NoEncryption())
    return _b64(raw), public_of(_b64(raw))


def public_of(private_b64: str) -> str:
    """The public key of a private key."""
    private = Ed25519PrivateKey.from_private_bytes(_raw(private_b64))
    return _b64(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def key_id(public_b64: str) -> str:
    """The short stable name of a public key (16 hex digits)."""
    return hashlib.sha256(_raw(public_b64)).hexdigest()[:16]


def fingerprint(public_b64: str) -> str:
    """The key id as people compare it: 'A1B2-C3D4-E5F6-0718'."""
    kid = key_id(public_b64).upper()
    return "-".join(kid[i : i + 4] for i in range(0, 16, 4))


def sign(private_b64: str, data: bytes) -> bytes:
    """The Ed25519 signature of ``data``."""
    return Ed25519PrivateKey.from_private_bytes(_raw(private_b64)).sign(data)


def verify(public_b64: str, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is the signature of ``data`` by this public key."""
    try:
        Ed25519PublicKey.from_public_bytes(_raw(public_b64)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
