"""Windows branches, run on Linux with a fake kernel32: process liveness (owner notes) and the
mutex the installer checks. ``os.kill(pid, 0)`` on Windows would send CTRL_C_EVENT."""

from __future__ import annotations

import ctypes
import os

from dxdesk.core import winapi
from dxdesk.core.storage import owner


class FakeKernel32:
    def __init__(self, processes: dict[int, int], denied: tuple[int, ...] = ()):
        self.processes = processes  # pid -> exit code (259: still running)
        self.denied = denied
        self.closed: list[int] = []
        self.mutexes: list[str] = []
        self.error = 0

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 - the Windows name
        assert access == winapi.PROCESS_QUERY_LIMITED_INFORMATION
        if pid in self.denied:
            self.error = winapi.ERROR_ACCESS_DENIED
            return 0
        if pid not in self.processes:
            self.error = 87  # ERROR_INVALID_PARAMETER: no such process
            return 0
        return 1000 + pid

    def GetExitCodeProcess(self, handle, code_ref):  # noqa: N802
        ctypes.cast(code_ref, ctypes.POINTER(ctypes.c_ulong))[0] = self.processes[handle - 1000]
        return 1

    def CloseHandle(self, handle):  # noqa: N802
        self.closed.append(handle)
        return 1

    def CreateMutexW(self, attributes, owned, name):  # noqa: N802
        self.mutexes.append(name)
        return 42


def test_a_running_process_is_alive_and_its_handle_closed():
    k = FakeKernel32({10: winapi.STILL_ACTIVE})
    assert winapi.process_alive(10, k, lambda: k.error)
    assert k.closed == [1010]


def test_an_ended_or_unknown_process_is_not_alive():
    k = FakeKernel32({11: 0})
    assert not winapi.process_alive(11, k, lambda: k.error)
    assert not winapi.process_alive(12, k, lambda: k.error)


def test_another_users_process_is_alive():
    k = FakeKernel32({}, denied=(13,))
    assert winapi.process_alive(13, k, lambda: k.error)


def test_owner_uses_the_windows_check_on_windows_never_os_kill(monkeypatch):
    k = FakeKernel32({20: winapi.STILL_ACTIVE, 21: 0})
    monkeypatch.setattr(winapi, "_kernel32", lambda: (k, lambda: k.error))
    monkeypatch.setattr(owner.os, "name", "nt")

    def kill(*_):
        raise AssertionError("os.kill on Windows sends CTRL_C_EVENT")

    monkeypatch.setattr(owner.os, "kill", kill)
    assert owner._alive(20) and not owner._alive(21)


def test_no_process_has_pid_zero_or_less():
    assert not owner._alive(0) and not owner._alive(-1)  # os.kill(0, 0) signals our own group


def test_the_process_of_this_test_is_alive_on_posix():
    assert owner._alive(os.getpid())


def test_the_installer_mutex_is_held_on_windows_only(monkeypatch):
    k = FakeKernel32({})
    assert winapi.hold_running_mutex(k) and k.mutexes == [winapi.MUTEX_NAME]
    monkeypatch.setattr(winapi.os, "name", "posix")
    assert winapi.hold_running_mutex() is False
