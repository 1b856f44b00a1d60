"""Intake benchmark: N concurrent clients register applications through the HTTP API.

It builds a fresh PostgreSQL database, migrates it, loads the demo world, starts gunicorn (sync workers)
on it, fires `--requests` POST /api/applications from `--clients` threads, then reports applications/s
and latency percentiles and checks in the database that every accepted application is there exactly
once (none lost, none duplicated) and that tracking numbers are unique.

    .venv/bin/python -m benchmarks.intake --clients 50 --requests 3000 [--no-keep-alive]

Needs gunicorn in the venv (`pip install gunicorn`) and a PostgreSQL server (default
postgres://postgres@127.0.0.1:5432; the database gk_bench_intake is dropped and recreated).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
UNITS = (
    "教育局",
    "财政局",
    "发改局",
    "人社局",
    "卫健局",
    "民政局",
    "司法局",
    "自然资源局",
    "市场监管局",
    "金积镇",
)


def sh(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def fresh_database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def settings_module(tmp: Path, health_checks: bool) -> None:
    # Production-like settings come from the environment (see run()); this module only quiets logging
    # to warnings, so that the server does not spend time writing a line per request, and can switch
    # off CONN_HEALTH_CHECKS (a `SELECT 1` round trip per request on a reused connection) to measure it.
    text = (
        "from gongkai.settings import *  # noqa: F403\n"
        "LOGGING = {'version': 1, 'disable_existing_loggers': False,\n"
        "           'root': {'level': 'WARNING'}}\n"
    )
    if not health_checks:
        text += "DATABASES['default']['CONN_HEALTH_CHECKS'] = False  # noqa: F405\n"
    (tmp / "bench_settings.py").write_text(text)


def api_token(env: dict[str, str]) -> str:
    """A fresh ApiToken for the demo office admin (`gongkai api_token create` prints it once)."""
    out = subprocess.run(
        [
            str(VENV_BIN / "gongkai"),
            "api_token",
            "create",
            "--user",
            "gkb",
            "--name",
            f"bench-{uuid.uuid4().hex}",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"gongkai api_token create failed:\n{out.stdout}\n{out.stderr}")
    return out.stdout.strip().splitlines()[-1]


def organisations(env: dict[str, str]) -> list[int]:
    code = (
        "import django,json;django.setup();"
        "from gongkai.organisations.models import Organisation as O;"
        f"print(json.dumps(list(O.objects.filter(short_name__in={list(UNITS)!r}).values_list('pk',flat=True))))"
    )
    out = subprocess.run(
        [str(VENV_BIN / "python"), "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    ids: list[int] = json.loads(out.stdout.strip().splitlines()[-1])
    if not ids:
        sys.exit("no demo organisations found")
    return ids


def wait_for(host: str, port: int, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            conn = http.client.HTTPConnection(host, port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("server did not start")


def body(org: int, marker: str, today: str) -> bytes:
    return json.dumps(
        {
            "organisation": org,
            "channel": "email",
            "arrived_on": today,
            "confirmed_on": today,
            "applicant_kind": "natural_person",
            "applicant_name": "压测申请人",
            "id_type": "passport",
            "id_number": "E0000000",
            "phone": "13900000000",
            "email": "bench@example.com",
            "information_sought": f"压测 {marker}",
            "form_wanted": "electronic",
            "delivery_method": "email",
        },
        ensure_ascii=False,
    ).encode()


def run(args: argparse.Namespace) -> int:
    if shutil.which("gunicorn", path=str(VENV_BIN)) is None:
        sys.exit("gunicorn is not installed in the venv: .venv/bin/pip install gunicorn")
    url = fresh_database(args.server, args.database)
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    settings_module(tmp, health_checks=not args.no_health_checks)
    env = {
        **os.environ,
        "GONGKAI_DATABASE_URL": url,
        # Persistent connections; DEBUG off (with DEBUG on Django keeps every SQL statement in memory);
        # plain HTTP on localhost, so no HTTPS redirect.
        "GONGKAI_DB_CONN_MAX_AGE": "60",
        "GONGKAI_DEBUG": "false",
        "GONGKAI_SECRET_KEY": "bench-" + uuid.uuid4().hex,
        "GONGKAI_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "GONGKAI_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": f"{tmp}{os.pathsep}{ROOT}",
        "GONGKAI_MEDIA_ROOT": str(tmp / "media"),
    }
    print("migrating and loading demo data …", flush=True)
    sh([str(VENV_BIN / "gongkai"), "migrate", "--noinput", "-v0"], env)
    sh([str(VENV_BIN / "gongkai"), "demo"], env)
    orgs = organisations(env)
    token = api_token(env)
    from datetime import datetime
    from zoneinfo import ZoneInfo

    today = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    # CPU of the server (gunicorn master and workers, reaped on exit): RUSAGE_CHILDREN delta.
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "gongkai.wsgi:application",
            f"--workers={args.workers}",
            f"--threads={args.threads}",
            f"--bind=127.0.0.1:{args.port}",
            "--log-level=warning",
            "--backlog=2048",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_for("127.0.0.1", args.port)
        run_id = uuid.uuid4().hex[:8]
        latencies: list[float] = []
        accepted: list[str] = []
        failures: list[str] = []
        lock = threading.Lock()
        counter = iter(range(args.requests))

        def client() -> None:
            conn: http.client.HTTPConnection | None = None
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    if conn is not None:
                        conn.close()
                    return
                marker = f"{run_id}-{i:06d}"
                payload = body(orgs[i % len(orgs)], marker, today)
                start = time.perf_counter()
                try:
                    if conn is None:
                        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
                    conn.request(
                        "POST",
                        "/api/applications",
                        payload,
                        {"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
                    )
                    response = conn.getresponse()
                    data = response.read()
                    if not args.keep_alive or response.will_close:
                        conn.close()
                        conn = None
                except (OSError, http.client.HTTPException) as exc:
                    # No retry: a POST without Idempotency-Key must not be sent twice; it counts as failed.
                    if conn is not None:
                        conn.close()
                        conn = None
                    with lock:
                        failures.append(f"{marker}: {exc}")
                    continue
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if response.status == 201:
                        accepted.append(marker)
                    else:
                        failures.append(f"{marker}: HTTP {response.status} {data[:200]!r}")

        load_before = f"{os.getloadavg()[0]:.2f}"
        client_before = resource.getrusage(resource.RUSAGE_SELF)
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - began
        client_after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        server.terminate()
        server.wait(timeout=30)
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    # Verify in the database: each accepted marker exactly once, numbers unique.
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT information_sought, number, organisation_id FROM applications_application "
            "WHERE information_sought LIKE %s",
            (f"压测 {run_id}-%",),
        ).fetchall()
    markers = [r[0].removeprefix("压测 ") for r in rows]
    duplicated = len(markers) - len(set(markers))
    lost = sorted(set(accepted) - set(markers))
    unexpected = sorted(set(markers) - set(accepted))
    numbers_unique = len({(r[2], r[1]) for r in rows}) == len(rows)
    lat = sorted(latencies)
    p95 = lat[int(0.95 * (len(lat) - 1))] if lat else float("nan")
    print(
        f"clients={args.clients} requests={args.requests} "
        f"gunicorn workers={args.workers} threads={args.threads} keep-alive={args.keep_alive} "
        f"health-checks={not args.no_health_checks} "
        f"cpus={os.cpu_count()}"
    )
    print(f"load average before/after: {load_before} / {os.getloadavg()[0]:.2f}")
    print(f"accepted={len(accepted)} failed={len(failures)} wall={wall:.2f}s")
    print(f"throughput={len(accepted) / wall:.1f} applications/s")
    if lat:
        print(
            f"latency p50={statistics.median(lat) * 1000:.0f}ms p95={p95 * 1000:.0f}ms "
            f"max={lat[-1] * 1000:.0f}ms"
        )
    if accepted:
        client_cpu = (client_after.ru_utime + client_after.ru_stime) - (
            client_before.ru_utime + client_before.ru_stime
        )
        print(
            f"CPU per application: server (gunicorn) {server_cpu / len(accepted) * 1000:.2f}ms, "
            f"this load generator {client_cpu / len(accepted) * 1000:.2f}ms (same machine)"
        )
    print(f"in database={len(rows)} lost={len(lost)} duplicated={duplicated} unexpected={len(unexpected)}")
    print(f"tracking numbers unique: {numbers_unique}")
    for line in failures[:5]:
        print("  failure:", line)
    shutil.rmtree(tmp, ignore_errors=True)
    ok = not failures and not lost and not duplicated and not unexpected and numbers_unique
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    # Threads overlap the waits on PostgreSQL (each commit waits for the WAL flush); the GIL still caps
    # Python work at one core per worker.
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument(
        "--keep-alive",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="each client reuses one HTTP/1.1 connection, as a staff system's HTTP client (a connection "
        "pool) does (default); --no-keep-alive opens a connection per request",
    )
    parser.add_argument(
        "--no-health-checks",
        action="store_true",
        help="CONN_HEALTH_CHECKS off (settings.py turns them on for PostgreSQL)",
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="gk_bench_intake")
    args = parser.parse_args()
    if urlparse(args.server).scheme not in ("postgres", "postgresql"):
        parser.error("--server must be a postgres:// URL")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
