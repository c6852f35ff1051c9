"""``dxdesk bench``: performance entries, each timed beside its floor in the same run.

An *entry provider* is a callable ``(workdir: Path, quick: bool) -> list[Entry]`` (a list of
dicts ``{name, seconds, floor_seconds, ratio[, goal]}`` is accepted too). Providers are listed
in :data:`ENTRY_PROVIDERS`, in the order they run; later work adds its own with
:func:`register`. A provider whose code is not there (ImportError) raises
:class:`ProviderSkipped`, and the command says so instead of failing.

This package stays light to import: each provider imports what it measures when it runs.
The package also holds the reliability harnesses (``killtest``, ``fuzz_workbook``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ProviderSkipped(Exception):
    """A provider that cannot run here (its module is not written or not installed)."""

    def __init__(self, provider: str, reason: str):
        super().__init__(f"{provider}: {reason}")
        self.provider = provider
        self.reason = reason


@dataclass(frozen=True)
class Provider:
    """A named entry provider. ``names`` (its entries' names, when known beforehand) and
    ``keywords`` let ``--only`` choose providers without running the others."""

    label: str
    run: Callable[[Path, bool], list[Any]]
    names: tuple[str, ...] = field(default=())
    keywords: tuple[str, ...] = field(default=())

    def terms(self) -> tuple[str, ...]:
        return (self.label, *self.names, *self.keywords)

    def __call__(self, workdir: Path, quick: bool) -> list[Any]:
        return self.run(workdir, quick)


def _core(function: str, module: str = "core_entries") -> Callable[[Path, bool], list[Any]]:
    def run(workdir: Path, quick: bool) -> list[Any]:
        import importlib

        entries = importlib.import_module(f"dxdesk.bench.{module}")
        return getattr(entries, function)(workdir, quick)

    return run


def _reports(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.brief_entries import bench_reports

    return list(bench_reports(workdir))


def _gui(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.gui_entries import bench_gui

    return list(bench_gui(workdir, quick))


def _plots(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.plots_entries import bench_plots

    return list(bench_plots(workdir, quick))


def _idle(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.idle_entries import bench_idle_overview

    return list(bench_idle_overview(workdir, quick))


def _attention(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.attention_entries import bench_attention

    return list(bench_attention(workdir, quick))


def _command(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.command_startup import bench_command_startup

    return list(bench_command_startup(workdir, quick))


def _merge(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.merge_entries import bench_merge

    return list(bench_merge(workdir, quick))


def _server(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.server_entries import bench_server

    return list(bench_server(workdir, quick))


def _refresh(workdir: Path, quick: bool) -> list[Any]:
    from dxdesk.bench.refresh_entries import bench_refresh

    return list(bench_refresh(workdir, quick))


ENTRY_PROVIDERS: list[Provider] = [
    Provider("nạp hàng loạt", _core("bench_bulk_load"), ("bulk load",), ("bulk", "load")),
    Provider("tổng hợp", _core("bench_summary", "summary_entries"), ("summary",)),
    Provider(
        "nhập Excel",
        _core("bench_workbook_import"),
        ("workbook import",),
        ("workbook", "import", "excel"),
    ),
    Provider("báo cáo (PDF)", _reports, keywords=("report", "pdf", "brief")),
    Provider("giao diện (GUI)", _gui, keywords=("gui", "window", "qt")),
    Provider("biểu đồ (plots)", _plots, keywords=("plot", "overview")),
    Provider("tổng quan sau khi rảnh", _idle, keywords=("idle", "overview", "plot", "warm")),
    Provider("cần xử lý", _attention, keywords=("attention", "gui", "window")),
    Provider("khởi động dòng lệnh", _command, keywords=("command", "cli", "startup", "version")),
    Provider(
        "hợp nhất báo cáo",
        _merge,
        ("merge 1000", "merge 10000", "merge 100000"),
        ("merge", "exchange"),
    ),
    Provider(
        "máy chủ dùng chung",
        _server,
        ("server 20 clients",),
        ("server", "postgresql", "clients"),
    ),
    Provider("làm mới cửa sổ", _refresh, ("window refresh",), ("refresh", "notify", "postgresql")),
]


def register(provider: Provider | Callable[[Path, bool], list[Any]], label: str = "") -> None:
    """Add an entry provider (run after those already listed)."""
    if not isinstance(provider, Provider):
        provider = Provider(label or getattr(provider, "__name__", "?"), provider)
    ENTRY_PROVIDERS.append(provider)
