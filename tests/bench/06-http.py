#!/usr/bin/env python3
"""Stage 06 benchmarks: http, https and tls servers against Node 20 (and Bun and Deno).

Unlike compare.py's whole-process timings, these measure a server while it
runs: one server script (scripts/http-server.cjs) is started by each runtime
in turn, a load generator is pointed at it, the server is stopped. Rounds
are interleaved (06, node, bun, deno, 06, node, ...) so that a burst of load
on this shared machine hits every runtime alike; each figure is the median of
the rounds, and each ratio is 06's median over Node's from the same run.

The server runs on one core and the load generator on the other (`taskset`),
so that they do not take turns on one CPU; with fewer than two cores both
run unpinned and the report says so. Each wrk case also reports the
server's CPU time (user + system, from /proc) per request: on a machine
shared with other work the requests/s swing with the load, the CPU time a
request costs much less.

  hello, 1 connection      wrk, keep-alive, requests/s (higher is better)
  hello, 50 connections    the same with 50 connections
  1 MiB response           wrk -c 10, requests/s
  POST 1 MiB body          wrk -c 10 with a Lua script that posts 1 MiB
  https hello, 50 conns    wrk over TLS, keep-alive
  https handshakes         wrk over TLS with `Connection: close`: every
                           request is a new connection and a full handshake
  1 GiB through tls        a Python ssl client sends 1 GiB to a tls server
                           that counts it: MiB/s of the whole transfer
  10,000 idle conns        a Python client opens 10,000 keep-alive
                           connections, makes one request on each and holds
                           them: the server's RSS then and its peak (MiB;
                           lower is better)
  RSS after N requests     the server's RSS after ~10,000 requests and again
                           after --long-seconds more of wrk (the request
                           counts are printed: on a busy machine 60 s is
                           not 1,000,000 requests)

Bun and Deno are taken from .tools/bench-runtimes (scripts/bootstrap.sh
installs them from npm) when there; otherwise their columns are left out.

Run:  python3 tests/bench/06-http.py --build build [--runs 3] [--seconds 5]
"""

import argparse
import os
import re
import resource
import select
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SERVER = os.path.join(HERE, "scripts", "http-server.cjs")
RUNTIMES_BIN = os.path.join(ROOT, ".tools", "bench-runtimes", "node_modules", ".bin")
READY_TIMEOUT_SECONDS = 30
IDLE_CONNECTIONS = 10000
TLS_BYTES = 1 << 30

POST_LUA = """
wrk.method = "POST"
wrk.body = string.rep("x", 1024 * 1024)
wrk.headers["Content-Type"] = "application/octet-stream"
"""


# --- runtimes and servers ---------------------------------------------------

def runtimes(args):
    """(name, argv prefix) of every runtime present; 06 and node first."""
    found = [("06-http", [os.path.join(os.path.abspath(args.build), "bin", "06-http")]),
             ("node", [args.node])]
    if args.before:
        found.insert(1, ("06-before", [os.path.abspath(args.before)]))
    bun = os.path.join(RUNTIMES_BIN, "bun")
    deno = os.path.join(RUNTIMES_BIN, "deno")
    if os.access(bun, os.X_OK):
        found.append(("bun", [bun]))
    if os.access(deno, os.X_OK):
        found.append(("deno", [deno, "run", "-A"]))
    return found


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One runtime running http-server.cjs, pinned to the server's core."""

    def __init__(self, prefix, mode, cores, cert_dir):
        self.port = free_port()
        argv = [*prefix, SERVER, mode, str(self.port), cert_dir]
        if cores:
            argv = ["taskset", "-c", cores[0], *argv]
        env = {k: v for k, v in os.environ.items() if k not in ("NODE_OPTIONS",
                                                                "NODE_EXTRA_CA_CERTS")}
        self.process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=env)
        ready, _, _ = select.select([self.process.stdout], [], [], READY_TIMEOUT_SECONDS)
        line = self.process.stdout.readline() if ready else b""
        if line.strip() != b"ready":
            self.stop()
            raise RuntimeError(f"{argv} did not say ready")

    def status(self, field):
        """A field of /proc/PID/status in MiB (VmRSS, VmHWM)."""
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def cpu_seconds(self):
        """User + system CPU time the server has used so far."""
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# --- load generators --------------------------------------------------------

def wrk(url, connections, seconds, cores, extra=()):
    """wrk's requests/s and request count for a run against `url`."""
    argv = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", *extra, url]
    if cores:
        argv = ["taskset", "-c", cores[1], *argv]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    count = re.search(r"(\d+) requests in", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if not rate or not count or errors or int(count.group(1)) == 0:
        raise RuntimeError(f"wrk failed against {url}:\n{out}")
    return float(rate.group(1)), int(count.group(1))


def tls_transfer(port, total):
    """Sends `total` bytes through TLS; MiB/s from connect to the server's count."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    chunk = b"x" * (256 * 1024)
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port)) as raw:
        with context.wrap_socket(raw, server_hostname="localhost") as tls:
            sent = 0
            while sent < total:
                tls.sendall(chunk)
                sent += len(chunk)
            raw_reply = b""
            # Half-close: the server answers with its count on 'end'.
            tls_socket_end(tls)
            while not raw_reply.endswith(b"\n"):
                data = tls.recv(64)
                if not data:
                    break
                raw_reply += data
    seconds = time.monotonic() - start
    if raw_reply.strip() != str(total).encode():
        raise RuntimeError(f"tls server counted {raw_reply!r}, not {total}")
    return total / (1 << 20) / seconds


def tls_socket_end(tls):
    """Ends the writing side of a TLS connection the way a Node socket's end()
    is seen: a TCP FIN under the TLS session (the session itself stays up for
    the server's answer)."""
    socket.socket.shutdown(tls, socket.SHUT_WR)


def idle_connections(port, count):
    """Opens `count` keep-alive connections, one request on each, and holds them."""
    sockets = []
    request = b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"
    batch = 200
    for first in range(0, count, batch):
        group = []
        for _ in range(min(batch, count - first)):
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
            s.sendall(request)
            group.append(s)
        for s in group:
            data = b""
            while not data.endswith(b"Hello, world!\n"):
                piece = s.recv(4096)
                if not piece:
                    raise RuntimeError("server closed an idle connection early")
                data += piece
        sockets.extend(group)
    return sockets


# --- the report -------------------------------------------------------------

def median(values):
    return statistics.median(values) if values else float("nan")


def report(title, unit, results, higher_is_better=True, note=""):
    """One case: each runtime's median (min-max) and its ratio to Node."""
    node = median(results.get("node", []))
    print(f"\n{title}  ({unit}, {'higher' if higher_is_better else 'lower'} is better){note}")
    for name, values in results.items():
        if not values:
            print(f"  {name:8} failed")
            continue
        m = median(values)
        ratio = f"{m / node:5.2f}x node" if node == node and node > 0 else ""
        print(f"  {name:8} {m:12.1f}   ({min(values):.1f} - {max(values):.1f})   {ratio}")


def run_rounds(names_prefixes, runs, measure):
    """measure(name, prefix) -> value, interleaved over runtimes for `runs` rounds."""
    results = {name: [] for name, _ in names_prefixes}
    for _ in range(runs):
        for name, prefix in names_prefixes:
            try:
                results[name].append(measure(name, prefix))
            except (RuntimeError, subprocess.TimeoutExpired, OSError) as error:
                print(f"  ({name}: {str(error).splitlines()[0]})", file=sys.stderr)
    return results


def make_certificate(directory):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-keyout", os.path.join(directory, "key.pem"),
                    "-out", os.path.join(directory, "cert.pem")],
                   check=True, capture_output=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--node", default=shutil.which("node") or "node")
    parser.add_argument("--runs", type=int, default=3, help="rounds per case (default 3)")
    parser.add_argument("--seconds", type=int, default=5, help="wrk's time per run (default 5)")
    parser.add_argument("--long-seconds", type=int, default=60,
                        help="the long run of the RSS-after-requests case (default 60)")
    parser.add_argument("--only", action="append", metavar="TEXT",
                        help="run only the cases whose title contains TEXT")
    parser.add_argument("--before", metavar="PROGRAM",
                        help="an earlier 06-http binary, measured beside the current one")
    parser.add_argument("--without", action="append", default=[], metavar="RUNTIME",
                        help="leave a runtime out (bun, deno)")
    args = parser.parse_args()

    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")
    stage = os.path.join(os.path.abspath(args.build), "bin", "06-http")
    if not os.access(stage, os.X_OK):
        sys.exit(f"{stage} not found; build it first")
    # 10,000 connections need 10,000 descriptors on each end.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = IDLE_CONNECTIONS + 1000
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    cores = ["0", "1"] if (os.cpu_count() or 1) >= 2 and shutil.which("taskset") else None

    all_runtimes = [r for r in runtimes(args) if r[0] not in args.without]
    print(f"machine: {os.cpu_count()} cores; server on core 0, load on core 1"
          if cores else "machine: 1 core; server and load generator share it")
    print(f"runtimes: {', '.join(name for name, _ in all_runtimes)}; "
          f"{args.runs} rounds of {args.seconds} s per case, medians")
    if not any(name == "bun" for name, _ in all_runtimes) and "bun" not in args.without:
        print("  (bun not found in .tools/bench-runtimes: scripts/bootstrap.sh installs it)")

    cert_dir = tempfile.mkdtemp(prefix="bench-06-http-")
    lua = os.path.join(cert_dir, "post.lua")
    with open(lua, "w") as f:
        f.write(POST_LUA)
    make_certificate(cert_dir)

    def wanted_case(title):
        return not args.only or any(text in title for text in args.only)

    def wrk_case(title, mode, connections, scheme="http", extra=()):
        if not wanted_case(title):
            return

        cpu = {}

        def measure(name, prefix):
            server = Server(prefix, mode, cores, cert_dir)
            try:
                before = server.cpu_seconds()
                rate, count = wrk(f"{scheme}://127.0.0.1:{server.port}/", connections,
                                  args.seconds, cores, extra)
                cpu.setdefault(name, []).append((server.cpu_seconds() - before) * 1e6 / count)
                return rate
            finally:
                server.stop()
        report(title, "requests/s", run_rounds(all_runtimes, args.runs, measure))
        report(title + ": server CPU per request", "us", cpu, higher_is_better=False)

    try:
        wrk_case("hello, 1 connection", "hello", 1)
        wrk_case("hello, 50 connections", "hello", 50)
        wrk_case("1 MiB response, 10 connections", "big", 10)
        wrk_case("POST 1 MiB body, 10 connections", "post", 10, extra=("-s", lua))
        wrk_case("https hello, 50 connections", "https", 50, scheme="https")
        wrk_case("https new handshakes (Connection: close), 50 connections", "https", 50,
                 scheme="https", extra=("-H", "Connection: close"))

        title = "1 GiB through a tls socket"
        if wanted_case(title):
            def measure_tls(name, prefix):
                server = Server(prefix, "tls", cores, cert_dir)
                try:
                    return tls_transfer(server.port, TLS_BYTES)
                finally:
                    server.stop()
            report(title, "MiB/s", run_rounds(all_runtimes, args.runs, measure_tls))

        title = f"{IDLE_CONNECTIONS:,} idle keep-alive connections"
        if wanted_case(title):
            peaks = {}

            def measure_idle(name, prefix):
                server = Server(prefix, "idle", cores, cert_dir)
                try:
                    before = server.status("VmRSS")
                    sockets = idle_connections(server.port, IDLE_CONNECTIONS)
                    try:
                        rss = server.status("VmRSS")
                        peaks.setdefault(name, []).append(server.status("VmHWM"))
                        print(f"  ({name}: {before:.1f} MiB before, {rss:.1f} MiB with "
                              f"{len(sockets)} connections)")
                        return rss
                    finally:
                        for s in sockets:
                            s.close()
                finally:
                    server.stop()
            rss = run_rounds(all_runtimes, 1, measure_idle)
            report(title + ": RSS", "MiB", rss, higher_is_better=False)
            report(title + ": peak RSS", "MiB", peaks, higher_is_better=False)

        title = "RSS after many requests"
        if wanted_case(title):
            short, long_ = {}, {}

            def measure_growth(name, prefix):
                server = Server(prefix, "hello", cores, cert_dir)
                try:
                    url = f"http://127.0.0.1:{server.port}/"
                    first = 0
                    while first < 10000:
                        first += wrk(url, 50, 1, cores)[1]
                    short[name] = [server.status("VmRSS")]
                    more = wrk(url, 50, args.long_seconds, cores)[1]
                    long_[name] = [server.status("VmRSS")]
                    print(f"  ({name}: {short[name][0]:.1f} MiB after {first:,} requests, "
                          f"{long_[name][0]:.1f} MiB after {first + more:,})")
                    return long_[name][0] / short[name][0]
                finally:
                    server.stop()
            growth = run_rounds(all_runtimes, 1, measure_growth)
            report(title + ": RSS after ~10,000", "MiB", short, higher_is_better=False)
            report(title + f": RSS after {args.long_seconds} s more", "MiB", long_,
                   higher_is_better=False)
            report(title + ": long / short", "ratio", growth, higher_is_better=False)
    finally:
        shutil.rmtree(cert_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
