"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, start it on
a free local port with trust authentication, stop and delete it at the end.

PostgreSQL refuses to run as root, so as root (CI) the cluster is created and run as the
unprivileged `nobody` through setpriv. The binaries are the distribution's
(`/usr/lib/postgresql/*/bin`, Debian's `postgresql` package) or any on PATH.

Run as a script it starts a cluster and prints its URL until interrupted:
`python tests/pg_cluster.py`.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER = "greendesk"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None without PostgreSQL."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_unprivileged(cmd: list[str]) -> list[str]:
    """`cmd` as `nobody` when run as root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return cmd
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        raise RuntimeError("running as root without setpriv to start PostgreSQL as nobody")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]


@dataclass
class Cluster:
    """A running cluster; `url(name)` names one of its databases."""

    folder: Path
    port: int
    bin: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        subprocess.run(_as_unprivileged([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"),
                                         "-m", "immediate", "stop"]),
                       capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    """Create and start a cluster; RuntimeError (with PostgreSQL's words) when it cannot."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (initdb not found)")
    folder = Path(tempfile.mkdtemp(prefix="greendesk-pg-"))
    if os.geteuid() == 0:
        os.chown(folder, 65534, 65534)
    data = folder / "data"
    run = subprocess.run(_as_unprivileged([
        str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust",
        "--encoding=UTF8", "--locale=C", "--no-sync"]), capture_output=True, text=True)
    if run.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {run.stderr.strip() or run.stdout.strip()}")
    for attempt in range(5):
        port = _free_port()
        # fsync off: a throwaway cluster need not survive a power cut, and tests go faster.
        opts = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        run = subprocess.run(_as_unprivileged([
            str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", opts,
            "-w", "-t", "60", "start"]), capture_output=True, text=True)
        if run.returncode == 0:
            return Cluster(folder, port, bin_dir)
        time.sleep(0.2 * (attempt + 1))  # the port was taken meanwhile: try another
    log = (folder / "log").read_text(errors="replace")[-2000:] if (folder / "log").exists() else ""
    shutil.rmtree(folder, ignore_errors=True)
    raise RuntimeError(f"PostgreSQL did not start: {run.stderr.strip()} {log}")


@dataclass
class Given:
    """A server someone else runs (GREENDESK_TEST_PG names one of its databases)."""

    base: str

    def url(self, database: str = "postgres") -> str:
        return self.base.rsplit("/", 1)[0] + "/" + database


_COUNTER = iter(range(1, 1 << 30))


def fresh_name(kind: str) -> str:
    """A database name no other test (or test run on the same server) uses."""
    return f"gd_{kind}_{os.getpid()}_{next(_COUNTER)}"


def admin(server: Cluster | Given, statement: str) -> None:
    """Run one statement outside a transaction (CREATE/DROP DATABASE) on the server."""
    import psycopg

    with psycopg.connect(server.url("postgres"), autocommit=True) as con:
        con.execute(statement.encode())


def outside_write(db: object, sql: str, params: tuple = ()) -> None:
    """Run `sql` (SQLite's `?` placeholders) on a server database behind GreenDesk's back,
    as someone with psql could: no audit, no GreenDesk lock."""
    url = db.engine.url.set(drivername="postgresql")  # type: ignore[attr-defined]
    outside_write_url(url.render_as_string(hide_password=False), sql, params)


def outside_write_url(url: str, sql: str, params: tuple = ()) -> None:
    """`outside_write` on the database a URL names."""
    import psycopg

    from greendesk.store.postgres import qmark_to_format

    with psycopg.connect(url) as con:
        con.execute(qmark_to_format(sql).encode(), params)


if __name__ == "__main__":
    cluster = start()
    print(cluster.url(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        cluster.stop()
