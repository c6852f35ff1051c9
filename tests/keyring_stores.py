"""Credential stores as the tests see them: one in memory, and none (keyring's "fail"
backend), set for one test and put back after it (issue 20's saved passwords)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryStore(KeyringBackend):
    """A credential store of the system, as the tests see one (in memory)."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def store():
    before = keyring.get_keyring()
    memory = MemoryStore()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def no_store():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
