"""Shared tools for the benchmarks in bench/: a fresh database, gunicorn on loopback, a load
generator, and a Markdown table printer. Every bench script prints a table; none asserts.

Databases: SQLite files under var/bench/ by default; set BENCH_DATABASE_URL to a PostgreSQL
server URL (e.g. postgres://postgres@127.0.0.1:5432) to run against PostgreSQL instead.
Cache: Redis when BENCH_REDIS_URL is set (as in production), else per-process memory."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BENCH_VAR = ROOT / "var" / "bench"


def _run(args: list[str], env: dict, quiet: bool = True) -> None:
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=quiet, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write((result.stdout or "") + (result.stderr or ""))
        raise SystemExit(f"failed: {' '.join(args)}")


def manage(env: dict, *args: str, quiet: bool = True) -> None:
    _run([PYTHON, "manage.py", *args], env, quiet=quiet)


def prepared_database(
    label: str,
    *,
    commands: list[list[str]] = (),
    code: str | None = None,
    extra_env: dict | None = None,
) -> dict:
    """A freshly migrated database named after `label`, filled by management `commands` and
    optional Python `code` (run with `manage.py shell -c`). Returns the environment to use."""
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.bench"
    env["SITE_URL"] = "http://127.0.0.1:8000"
    server = os.environ.get("BENCH_DATABASE_URL", "").rstrip("/")
    if server:
        import psycopg

        name = f"bench_{label}"
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"{server}/{name}"
    else:
        path = BENCH_VAR / f"{label}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    if os.environ.get("BENCH_REDIS_URL"):
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    env.update(extra_env or {})
    started = time.monotonic()
    manage(env, "migrate", "--no-input")
    for command in commands:
        manage(env, *command)
    if code:
        manage(env, "shell", "-c", code)
    print(f"  (database '{label}' ready in {time.monotonic() - started:.1f}s)", file=sys.stderr)
    return env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def gunicorn(
    env: dict, *, workers: int = 2, threads: int = 1, extra_env: dict | None = None
) -> Iterator[str]:
    """Serve the site with gunicorn on a free loopback port; yields the base URL."""
    port = _free_port()
    server_env = {**env, **(extra_env or {})}
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
            "--backlog",
            "2048",
        ],
        cwd=ROOT,
        env={**server_env, "DJANGO_SETTINGS_MODULE": server_env["DJANGO_SETTINGS_MODULE"]},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _ = request(base + "/robots.txt")
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("gunicorn did not start")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def request(
    url: str, *, method: str = "GET", body: bytes | None = None, headers: dict | None = None
) -> tuple[int, bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class Result:
    requests: int
    seconds: float
    latencies_ms: list[float] = field(repr=False)
    statuses: Counter

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]

    @property
    def errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500 or status == 0)


def load_test(
    url: str,
    *,
    concurrency: int = 8,
    requests: int = 500,
    method: str = "GET",
    body_factory: Callable[[int], tuple[bytes, dict]] | None = None,
    headers: dict | None = None,
    warmup: int = 5,
) -> Result:
    """`requests` requests from `concurrency` threads. `body_factory(i)` returns (body, headers)
    for request i (for POSTs). Latency is per request, from send to full response."""
    for _ in range(warmup):
        with contextlib.suppress(OSError):
            request(url, headers=headers)
    counter = iter(range(requests))
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: Counter = Counter()

    def worker():
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            body, extra = body_factory(index) if body_factory else (None, {})
            started = time.perf_counter()
            try:
                status, _ = request(
                    url, method=method, body=body, headers={**(headers or {}), **extra}
                )
            except OSError:
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[status] += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(requests, time.perf_counter() - started, latencies, statuses)


def time_call(fn: Callable[[], object], *, repeat: int = 20) -> tuple[float, float]:
    """(median ms, p95 ms) of calling `fn` `repeat` times."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def print_table(title: str, headers: list[str], rows: list[list[object]]) -> None:
    def cell(value: object) -> str:
        return f"{value:.1f}" if isinstance(value, float) else str(value)

    print(f"\n### {title}\n")
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        print("| " + " | ".join(cell(value) for value in row) + " |")
    sys.stdout.flush()


def result_row(label: str, result: Result) -> list[object]:
    return [label, result.requests, result.rps, result.p50_ms, result.p95_ms, result.errors]


RESULT_HEADERS = ["what", "requests", "req/s", "p50 ms", "p95 ms", "errors"]
