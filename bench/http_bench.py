"""HTTP benchmark: POST /v1/protect under gunicorn on PostgreSQL + Redis, beside a bare DRF
endpoint that returns fixed JSON, in the same run and under the same server settings.

Usage (from the project root): make bench   (or .venv/bin/python bench/http_bench.py)

It creates a scratch database `aegis_bench` (dropped and re-created each run) and uses Redis
database 9, starts gunicorn (sync workers; --threads N for gthread ones), drives
it with wrk on loopback using a Lua script with a realistic prompt mix (short and long,
benign and attack), for 1 tenant and for 50 tenants, then re-verifies every tenant's audit
chain. The last line is the ratio of the protect endpoint's req/s to the bare endpoint's.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from guard_bench import make_prompt, print_guard_table  # noqa: E402

BENCH_DB = "aegis_bench"
PG_BASE = os.environ.get("BENCH_PG_URL", "postgres://root@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
TENANTS = 50


@dataclass
class WrkResult:
    name: str
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_lua(path: Path, *, url_path: str, bodies: list[str], keys: list[str],
              delay_ms: float = 0.0) -> None:
    """A wrk script cycling through prompt bodies and API keys (keys stay in a temp file)."""
    lines = [
        "local bodies = {" + ",".join(_lua_string(b) for b in bodies) + "}",
        "local keys = {" + ",".join(_lua_string(k) for k in keys) + "}",
        "local n = 0",
        "request = function()",
        "  n = n + 1",
        "  local headers = {['Content-Type'] = 'application/json'}",
        "  if #keys > 0 then headers['Authorization'] = 'Bearer ' .. keys[(n % #keys) + 1] end",
        f"  return wrk.format('POST', '{url_path}', headers, bodies[(n % #bodies) + 1])",
        "end",
    ]
    if delay_ms > 0:
        lines += [f"delay = function() return {delay_ms:.3f} end"]
    lines += [
        "done = function(summary, latency, requests)",
        "  local e = summary.errors",
        "  io.write(string.format('RESULT %d %d %d %.3f %.3f\\n', summary.requests,",
        "    summary.duration, e.connect + e.read + e.write + e.status + e.timeout,",
        "    latency:percentile(50) / 1000, latency:percentile(99) / 1000))",
        "end",
    ]
    path.write_text("\n".join(lines) + "\n")


def run_wrk(name: str, base_url: str, script: Path, *, seconds: int, connections: int) -> WrkResult:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script),
         base_url],
        capture_output=True, text=True, check=True,
    ).stdout
    match = re.search(r"RESULT (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)", out)
    if match is None:
        raise RuntimeError(f"wrk printed no result:\n{out}")
    requests_done, micros, errors, p50, p99 = match.groups()
    return WrkResult(name, int(requests_done), int(micros) / 1e6, int(errors), float(p50),
                     float(p99))


def run_paced(name: str, base_url: str, script: Path, *, target_rps: float, bodies: list[str],
              keys: list[str], seconds: int, connections: int) -> WrkResult:
    """A wrk run held near ``target_rps``.

    wrk is closed-loop: each connection sends its next request a fixed delay after the last
    answer. A lighter load answers faster, so a delay computed from the peak's latency lets
    the rate creep back towards the peak. Short calibration runs move the delay by the gap
    between the cycle each connection needs (C / target) and the one it measured (C / rate).
    """
    cycle_ms = connections / target_rps * 1000
    delay_ms = 0.0
    for _ in range(4):
        write_lua(script, url_path="/v1/protect", bodies=bodies, keys=keys, delay_ms=delay_ms)
        trial = run_wrk("calibration", base_url, script, seconds=4, connections=connections)
        delay_ms = max(0.0, delay_ms + cycle_ms - connections / trial.rps * 1000)
    write_lua(script, url_path="/v1/protect", bodies=bodies, keys=keys, delay_ms=delay_ms)
    return run_wrk(name, base_url, script, seconds=seconds, connections=connections)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare_database(env: dict[str, str]) -> list[str]:
    """Fresh database and cache, migrated, with TENANTS tenants; returns their raw keys."""
    import psycopg
    import redis

    with psycopg.connect(f"{PG_BASE}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")
    redis.Redis.from_url(REDIS_URL).flushdb()
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    from tenants.models import Tenant
    from tenants.services import tenant_create

    call_command("migrate", verbosity=0)
    return [
        tenant_create(name=f"Bench {i}", client_id=f"org_bench{i:02d}",
                      tier=Tenant.Tier.ENTERPRISE).raw_key
        for i in range(TENANTS)
    ]


def verify_chains() -> tuple[int, int, int]:
    """(valid chains, all chains, rows) after the load."""
    from guard.services import audit_verify
    from tenants.models import Tenant

    results = [audit_verify(tenant=t) for t in Tenant.objects.all()]
    return sum(r.valid for r in results), len(results), sum(r.length for r in results)


def durability() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        sync = cursor.fetchone()[0]
        cursor.execute("SHOW fsync")
        fsync = cursor.fetchone()[0]
    return f"synchronous_commit={sync}, fsync={fsync}"


def prompt_bodies(count: int = 300, seed: int = 7) -> list[str]:
    """Mostly short chat turns, some pasted documents; about one in five an attack."""
    import json

    rng = random.Random(seed)
    sizes = [100] * 60 + [400] * 20 + [1_000] * 12 + [4_000] * 6 + [10_000] * 2
    return [
        json.dumps({"prompt": make_prompt(rng.choice(sizes), rng, rng.random() < 0.2)})
        for _ in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description="HTTP benchmark of /v1/protect")
    parser.add_argument("--seconds", type=int, default=12)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1,
                        help="default: gunicorn.conf.py's own, CPU count + 1")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per worker; above 1 runs gthread workers")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")

    env = {
        "DATABASE_URL": f"{PG_BASE}/{BENCH_DB}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        "AEGIS_BENCH_ENDPOINTS": "1",
        # The limits are still counted on every request; they are only set out of reach.
        "AEGIS_RATE_LIMIT_ENTERPRISE": str(10**9),
        "AEGIS_QUOTA_ENTERPRISE": "0",
        "DJANGO_SETTINGS_MODULE": "aegis.settings",
        # Threaded workers are measured with what they are for: writes grouped per process.
        "AEGIS_GROUP_COMMIT": "1" if args.threads > 1 else "0",
    }
    keys = prepare_database(env)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "aegis.wsgi",
         "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
         "--threads", str(args.threads),
         "--worker-class", "gthread" if args.threads > 1 else "sync"],
        cwd=ROOT, env={**os.environ, **env}, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                if requests.get(f"{base_url}/healthz", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        bodies = prompt_bodies()
        results: list[WrkResult] = []
        with tempfile.TemporaryDirectory() as tmp:
            scripts = {
                "bare DRF endpoint": ("/bench/bare", []),
                "protect, 1 tenant": ("/v1/protect", keys[:1]),
                "protect, 50 tenants": ("/v1/protect", keys),
            }
            for name, (url_path, scenario_keys) in scripts.items():
                script = Path(tmp) / "load.lua"
                write_lua(script, url_path=url_path, bodies=bodies, keys=scenario_keys)
                run_wrk("warm-up", base_url, script, seconds=2, connections=args.connections)
                results.append(run_wrk(name, base_url, script, seconds=args.seconds,
                                       connections=args.connections))
            # Paced at 80 % of the measured maximum: the latency a user sees under load.
            results.append(run_paced(
                "protect, 50 tenants @80%", base_url, Path(tmp) / "paced.lua",
                target_rps=0.8 * results[-1].rps, bodies=bodies, keys=keys,
                seconds=args.seconds, connections=args.connections,
            ))
    finally:
        server.terminate()
        server.wait(timeout=30)

    valid, chains, rows = verify_chains()
    bare = results[0].rps
    serving = (f"gthread x{args.workers} workers x{args.threads} threads" if args.threads > 1
              else f"sync x{args.workers}")
    print(f"\nHTTP: gunicorn {serving}, PostgreSQL ({durability()}), Redis; "
          f"wrk -t2 -c{args.connections} -d{args.seconds}s on loopback; {os.cpu_count()} cores")
    header = f"{'scenario':<28}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'vs bare':>9}"
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r.name:<28}{r.rps:>9.0f}{r.p50_ms:>9.2f}{r.p99_ms:>9.2f}{r.errors:>8}"
              f"{r.rps / bare:>9.2f}")
    print(f"paced run: {results[3].rps / results[2].rps:.0%} of the 50-tenant maximum")
    print(f"audit chains after the run: {valid}/{chains} valid, {rows} rows")
    print("\nIn process: guard decision time vs sha256 of the same text")
    print_guard_table()
    print(f"\nprotect/bare ratio (50 tenants): {results[2].rps / bare:.2f}")


if __name__ == "__main__":
    main()
