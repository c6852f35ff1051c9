"""A throwaway PostgreSQL cluster for the tests and the bench's shared-server entry: initdb in
a temporary folder, a Unix socket only (no TCP), removed when stopped.

initdb refuses to run as root: as root (CI) the cluster runs as the ``postgres`` user that
Debian's package creates; as anyone else, as that user. Without the server binaries the
caller says why and skips (the tests' PostgreSQL half, the bench entry).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ACCOUNT = "dxdesk"  # the cluster's superuser (trust over the socket: a throwaway cluster)
TEMPLATE = "dxdesk_template"  # migrated once; each test's register is a copy of it


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: DXDESK_PG_BINDIR, Debian's folder, or the PATH."""
    named = os.environ.get("DXDESK_PG_BINDIR")
    if named:  # asked for: that folder or none (a way to see the skip, too)
        ok = (Path(named) / "initdb").exists() and (Path(named) / "pg_ctl").exists()
        return Path(named) if ok else None
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _version(folder: str) -> int:
    try:
        return int(Path(folder).parent.name.split(".")[0])
    except ValueError:
        return 0


@dataclass
class Cluster:
    bindir: Path
    root: Path
    run_as: str | None  # the user the server runs as, when we are root

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql:///{database}?host={self.root}&user={ACCOUNT}"

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=self.root)

    def start(self) -> None:
        init = self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ACCOUNT,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb: {init.stderr or init.stdout}")
        options = (
            f"-k {self.root} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200"
        )
        started = self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-o",
            options,
            "start",
        )
        if started.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start: {started.stderr}{log}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """A started cluster, or RuntimeError saying why there can be none (the reason is shown)."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(
            "không có PostgreSQL (initdb, pg_ctl): cài gói Debian postgresql "
            "(scripts/setup.sh làm việc này) hoặc đặt DXDESK_PG_BINDIR"
        )
    run_as = None
    root = Path(tempfile.mkdtemp(prefix="dxpg-", dir="/tmp"))
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("chạy với quyền root nhưng không có người dùng postgres") from None
        run_as = "postgres"
        os.chown(root, user.pw_uid, user.pw_gid)
    cluster = Cluster(bindir, root, run_as)
    try:
        cluster.start()
    except Exception:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster
