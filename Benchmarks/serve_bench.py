#!/usr/bin/env python3
"""Load on `specc serve` over loopback with wrk, next to a bare Hummingbird route measured in the same run.

Rows: the bare route (GET /bare), authenticated GET /api/api-keys/{id} and POST /api/scans/ingest with 2,000
endpoints, each with wrk -t2 -cC -dD --latency. The bare route and the GET are measured in --rounds
alternating pairs (which one goes first alternates too), because this kind of machine drifts by a quarter
within minutes: each row shows the median round, every round's requests/s, and the GET's share is the median
of the per-round shares. Prints a Markdown table (requests/s, p50, p99, errors). Only 127.0.0.1 is targeted;
every server started here is stopped at the end. Standard library only."""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            time.sleep(0.1)
    raise SystemExit(f"serve_bench: nothing answered at {url}")


def request(method, url, key=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if key:
        req.add_header("Authorization", "Bearer " + key)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def ingest_payload(count):
    endpoints = [
        {"method": ["GET", "POST", "PUT", "DELETE"][i % 4], "path": f"/resources{i // 4}/{{id}}/items",
         "operationId": f"operation{i}", "tags": ["Bench"], "summary": f"Operation number {i}"}
        for i in range(count)]
    return {"service": {"name": "Benchmark API"},
            "spec": {"hash": "a" * 64, "format": "openapi", "version": "3.1.0", "title": "Benchmark API"},
            "endpoints": endpoints, "findings": []}


def to_ms(text):
    match = re.match(r"([\d.]+)(us|ms|s)", text)
    if not match:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def cpu_seconds(pid):
    """User plus system CPU time of a process so far (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def wrk(url, args, headers=(), script=None, pid=None):
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "30s", "--latency"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    command.append(url)
    before = cpu_seconds(pid) if pid else None
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    after = cpu_seconds(pid) if pid else None
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    # The latency distribution lines ("     50%    1.55ms"), not the thread stats' "±Stdev %" column.
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1))
    errors = 0
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non2xx:
        errors += int(non2xx.group(1))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    # The server's CPU time per request: steadier than requests/s when the machine's speed drifts.
    cpu_us = (after - before) / (rps * args.duration) * 1e6 if before is not None and after is not None and rps else float("nan")
    return rps, p50, p99, errors, cpu_us


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specc", required=True, help="release specc binary")
    parser.add_argument("--bare", required=True, help="Benchmarks/bare-hummingbird release binary")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--endpoints", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="alternating bare/GET pairs (median reported)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("serve_bench: wrk is missing (apt-get install wrk)")
    work = tempfile.mkdtemp(prefix="specc-serve-bench-")
    processes = []
    try:
        bare_port = free_port()
        bare = subprocess.Popen([args.bare, str(bare_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(bare)
        wait_for(f"http://127.0.0.1:{bare_port}/bare")

        port = free_port()
        out = open(os.path.join(work, "stdout"), "w+")
        serve = subprocess.Popen(
            [args.specc, "serve", "--database", "sqlite:" + os.path.join(work, "bench.sqlite"), "--port", str(port),
             "--rate-limit", "0", "--site", "/nonexistent"], stdout=out, stderr=subprocess.DEVNULL)
        processes.append(serve)
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/api/health")
        out.seek(0)
        owner = next(line.split(": ", 1)[1].strip() for line in out.read().splitlines() if line.startswith("owner key: "))
        me = request("GET", base + "/api/me", owner)
        created = request("POST", base + "/api/api-keys", owner, {
            "name": "benchmark", "owner": {"type": "user", "id": me["principal"]["id"]},
            "scopes": ["api-keys:read", "scans:write"]})
        key, key_id = created["rawKey"], created["id"]
        script = os.path.join(work, "ingest.lua")
        body = json.dumps(ingest_payload(args.endpoints))
        with open(script, "w") as handle:
            handle.write('wrk.method = "POST"\n')
            handle.write('wrk.headers["Content-Type"] = "application/json"\n')
            handle.write("wrk.body = [==[" + body + "]==]\n")

        bare_runs, get_runs = [], []
        for round_index in range(max(1, args.rounds)):
            pair = [
                (bare_runs, lambda: wrk(f"http://127.0.0.1:{bare_port}/bare", args, pid=bare.pid)),
                (get_runs, lambda: wrk(f"{base}/api/api-keys/{key_id}", args, headers=[f"Authorization: Bearer {key}"], pid=serve.pid)),
            ]
            for runs, measure in (pair if round_index % 2 == 0 else reversed(pair)):
                runs.append(measure())
        ingest = wrk(f"{base}/api/scans/ingest", args, headers=[f"Authorization: Bearer {key}"], script=script, pid=serve.pid)

        def median_run(runs):
            return sorted(runs, key=lambda run: run[0])[len(runs) // 2]

        def every(runs):
            return ", ".join(f"{run[0]:,.0f}" for run in runs) if len(runs) > 1 else "-"

        rows = [
            ("bare Hummingbird route (anchor)", "GET /bare", *median_run(bare_runs), every(bare_runs)),
            ("specc serve", "GET /api/api-keys/{id}", *median_run(get_runs), every(get_runs)),
            ("specc serve", f"POST /api/scans/ingest ({args.endpoints} endpoints, {len(body) // 1024} KB)", *ingest, "-"),
        ]
        print(f"\nwrk -t2 -c{args.connections} -d{args.duration}s on 127.0.0.1, {os.cpu_count()} cores, SQLite (WAL, synchronous=FULL); "
              f"bare and GET: median of {len(bare_runs)} alternating rounds\n")
        print("| server | request | req/s | p50 ms | p99 ms | non-2xx/errors | server CPU µs/request | req/s of each round |")
        print("|---|---|---:|---:|---:|---:|---:|---|")
        for server, what, rps, p50, p99, errors, cpu_us, each in rows:
            print(f"| {server} | {what} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {errors} | {cpu_us:,.1f} | {each} |")
        shares = sorted(get[0] / bare[0] * 100 for bare, get in zip(bare_runs, get_runs) if bare[0])
        share = shares[len(shares) // 2] if shares else float("nan")
        each_share = ", ".join(f"{value:.0f} %" for value in shares)
        print(f"\nGET /api/api-keys/{{id}} reaches {share:.0f} % of the bare route's requests/s "
              f"(median of the rounds' shares: {each_share}; goal: at least 70 %).")
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
