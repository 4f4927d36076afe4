"""HTTP `/v1/check` vs a bare FastAPI JSON endpoint, same server (uvicorn), same worker count, one run.

Loads both with wrk over loopback at 64 connections. Targets: our requests/s ≥ 60% of the bare
endpoint's, p99 ≤ 20 ms. Needs wrk (Debian: apt-get install wrk).
    python bench/http_check.py [--workers 1] [--seconds 5] [--rounds 3] [--connections 64] [--no-pin]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import line  # noqa: E402
from registry.datafile import PROVIDERS_DIR  # noqa: E402
from service import database  # noqa: E402

CASES = {
    "official short code (large answer)": "/v1/check?value=95188&region=CN",
    "unknown US number (small answer)": "/v1/check?value=%2B1%20415%20555%200100",
    "look-alike domain": "/v1/check?value=metamask-support.com",
    # A new host on every request: nothing memoised or cached can answer it (the look-alike search runs).
    "look-alike domains, a new one each request": "/v1/check?value=metamask-support-{n}.com",
    # A new number on every request, as when each caller asks about the number that just called them:
    # every reading is parsed and validated afresh.
    "unknown numbers, a new one each request": "/v1/check?value=%2B1%20415%20{n}",
}
# wrk fills {n} per request through this script. Each wrk thread runs it in a Lua state of its own whose
# random numbers start from the same seed unless told otherwise: until 2026-12-01 both threads sent the
# same values in the same order, so every "new" value was asked twice (the second time from our caches).
# setup() numbers the threads; each seeds its generator with its number and puts it in every host.
# Hosts are then never repeated; numbers are seven random digits after +1 415 (8 million lines: in a
# 5-s round of ~50,000 requests, under 0.3% on average repeat an earlier one).
_FRESH_VALUES_SCRIPT = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(id * 7919 + os.time())
  counter = 0
end
request = function()
  counter = counter + 1
  local fresh = id .. "-" .. counter .. "-" .. math.random(1, 1000000000)
  if string.find(wrk.path, "%%2B1") then  -- a number: seven random digits, 2-9 first (a possible US line)
    fresh = math.random(2, 9) .. string.format("%06d", math.random(0, 999999))
  end
  local path = string.gsub(wrk.path, "{n}", fresh)
  return wrk.format("GET", path)
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def placement(workers: int, pin: bool) -> tuple[list[str], list[str]]:
    """taskset prefixes for the servers and for wrk. With one worker on a machine of two or more cores the
    servers get core 0 and wrk the others: unpinned, wrk's two threads and the worker take turns on the
    same cores, and a worker descheduled in the middle of a batch holds all 64 connections (2026-12-01,
    same code, a never-seen number each request at one worker: p99 29-56 ms unpinned, 13-20 ms pinned).
    With more workers there is no core to spare, and nothing is pinned."""
    cores = os.cpu_count() or 1
    if not pin or workers != 1 or cores < 2 or not shutil.which("taskset"):
        return [], []
    return ["taskset", "-c", "0"], ["taskset", "-c", f"1-{cores - 1}"]


def start(app: str, port: int, workers: int, env: dict, log: Path, prefix: list[str]) -> subprocess.Popen:
    command = [*prefix, sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
               "--no-access-log", "--log-level", "warning"]
    if app.endswith("create_app"):
        command.append("--factory")
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=log.open("w"))


def wait_ready(url: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not come up")


def wrk(url: str, seconds: int, connections: int, prefix: list[str]) -> tuple[float, float]:
    command = [*prefix, "wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if "{n}" in url:
        script = Path(tempfile.mkdtemp(prefix="vc-wrk-")) / "fresh.lua"
        script.write_text(_FRESH_VALUES_SCRIPT)
        command += ["-s", str(script)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", output).groups()
    p99_ms = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{errors[1]} error responses from {url}; is the rate limit raised?")
    return rps, p99_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--no-cache", action="store_true", help="Run with the GET answer cache off (every request checked).")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--case", default="", help="Only the cases whose label contains this text.")
    parser.add_argument("--no-pin", action="store_true", help="At one worker, do not give the servers and wrk cores of their own.")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")

    workdir = tempfile.mkdtemp(prefix="vc-bench-")
    url = f"sqlite:///{workdir}/bench.db"
    database.prepare(url, seed_dir=PROVIDERS_DIR).dispose()
    # Our service as deployed: its access log on (one JSON line per request, into a file here); the bare
    # endpoint has none (uvicorn's own access log is off for both).
    env = {**os.environ, "VC_DATABASE_URL": url, "VC_RATE_LIMIT": "1000000000/minute", "VC_LOG_LEVEL": "info",
           "VC_ANSWER_CACHE_SIZE": "0" if args.no_cache else "10000"}
    ours_port, bare_port = free_port(), free_port()
    ours_log = Path(workdir) / "ours.log"
    server_cores, wrk_cores = placement(args.workers, pin=not args.no_pin)
    servers = [start("service.app:create_app", ours_port, args.workers, env, ours_log, server_cores),
               start("bench.bare_app:app", bare_port, args.workers, env, Path(workdir) / "bare.log", server_cores)]
    try:
        wait_ready(f"http://127.0.0.1:{ours_port}/readyz")
        wait_ready(f"http://127.0.0.1:{bare_port}/bare")
        print(f"uvicorn, {args.workers} worker(s) each, wrk -t2 -c{args.connections} -d{args.seconds}s over loopback, "
              f"answer cache {'off' if args.no_cache else 'on'}; {args.rounds} rounds of yardstick then case, median ratio; "
              + (f"servers on core 0, wrk on cores {wrk_cores[-1]}" if server_cores else "nothing pinned"))
        # The yardstick is loaded the same way as each case: a fixed URL, or wrk's script making a new one
        # per request (the script costs wrk time of its own, on the same two cores). It is measured again
        # right before each round of each case: on a shared machine the throughput of both drifts by ±10%
        # over a minute, and a ratio of two figures taken a minute apart would carry that drift.
        for label, path in CASES.items():
            if args.case not in label:
                continue
            scripted = "{n}" in path
            bare_url = f"http://127.0.0.1:{bare_port}/bare?value=" + ("metamask-support-{n}.com" if scripted else "95188")
            ours_url = f"http://127.0.0.1:{ours_port}{path}"
            wrk(bare_url, 2, args.connections, wrk_cores)  # warm-up
            wrk(ours_url, 2, args.connections, wrk_cores)
            rounds = [(wrk(bare_url, args.seconds, args.connections, wrk_cores), wrk(ours_url, args.seconds, args.connections, wrk_cores))
                      for _ in range(args.rounds)]
            ratios = sorted(ours[0] / bare[0] for bare, ours in rounds)
            line(f"/v1/check, {label}", f"{statistics.median(o[0] for _, o in rounds):9.0f} req/s   "
                                         f"p99 {statistics.median(o[1] for _, o in rounds):6.2f} ms (median of rounds)")
            line("  bare FastAPI endpoint, loaded alike", f"{statistics.median(b[0] for b, _ in rounds):9.0f} req/s   "
                                                         f"p99 {statistics.median(b[1] for b, _ in rounds):6.2f} ms")
            line("  ratio to bare  (target ≥ 0.60; p99 target ≤ 20 ms)",
                 f"{statistics.median(ratios):9.2f}   (rounds: {', '.join(f'{r:.2f}' for r in ratios)})")
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=20)
    access_lines = sum(1 for entry in ours_log.read_text().splitlines() if '"verified_contacts.access"' in entry)
    line("access log lines our service wrote (one per request)", f"{access_lines:9,}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
