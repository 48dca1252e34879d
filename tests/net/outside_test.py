#!/usr/bin/env python3
"""The `net` module of a stage against programs from outside the project:
socat (a real client, written in C) and Python's socketserver, over TCP on
127.0.0.1 and over a Unix domain socket in a temporary folder.

    python3 tests/net/outside_test.py build/bin/05-modules

1. socat -> our server: the stage runs a server that answers each
   connection with what it read, upper-cased, after the client's FIN. socat
   sends a file (its stdin) and prints the answer; once over TCP, once over a
   Unix socket (UNIX-CONNECT).
2. our client -> socketserver: Python serves an echo (ThreadingTCPServer, and
   ThreadingUnixStreamServer on a path); the stage connects, sends 256 KiB,
   ends, and must read back the same bytes and their sha256.

socat is Debian's `socat` (scripts/bootstrap.sh installs it). Every wait has
a generous deadline; nothing here depends on timing otherwise.
"""

import hashlib
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

# The helpers of the first net test (its folder is on sys.path when this runs).
from net_test import DEADLINE, check, failures, script

# argv: 'tcp' or 'unix', then where to write the address once listening.
SERVER_JS = r"""
const net = require('net');
const fs = require('fs');
const [kind, readyFile] = process.argv.slice(2);
const server = net.createServer((socket) => {
  server.close();  // one connection; the process ends after it
  const parts = [];
  socket.on('data', (chunk) => parts.push(chunk));
  socket.on('end', () => socket.end(Buffer.concat(parts).toString('latin1').toUpperCase()));
});
const ready = () => fs.writeFileSync(readyFile, String(kind === 'tcp' ? server.address().port : server.address()));
if (kind === 'tcp') server.listen(0, '127.0.0.1', ready);
else server.listen(process.argv[4], ready);
"""

# argv: a port number or a path.
CLIENT_JS = r"""
const net = require('net');
const crypto = require('crypto');
const target = process.argv[2];
const data = Buffer.alloc(256 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
const socket = /^[0-9]+$/.test(target) ? net.connect(Number(target), '127.0.0.1') : net.connect(target);
socket.on('connect', () => socket.end(data));
const parts = [];
socket.on('data', (chunk) => parts.push(chunk));
socket.on('end', () => {
  const back = Buffer.concat(parts);
  const hash = crypto.createHash('sha256').update(back).digest('hex');
  console.log(`${back.length} ${back.equals(data)} ${hash}`);
});
"""

def wait_for_file(path, process):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline and process.poll() is None:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text:
                return text
        time.sleep(0.02)
    raise RuntimeError(f"the server never said it was listening (exit {process.poll()})")


def socat_to_our_server(binary, directory, kind):
    ready = os.path.join(directory, f"ready-{kind}")
    sock = os.path.join(directory, "server.sock")
    process = subprocess.Popen([binary, script(directory, "server.js", SERVER_JS), kind, ready,
                                sock], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        address = wait_for_file(ready, process)
        target = f"TCP:127.0.0.1:{address}" if kind == "tcp" else f"UNIX-CONNECT:{address}"
        text = "".join(f"line {i} of what socat sends\n" for i in range(2000))
        # -t: after stdin's EOF (socat sends the FIN), wait this long for the answer.
        completed = subprocess.run(["socat", "-t", str(int(DEADLINE)), "-", target],
                                   input=text.encode(), capture_output=True, timeout=DEADLINE)
        check(f"socat talks to our {kind} server", completed.stdout == text.upper().encode(),
              f"got {len(completed.stdout)} bytes, socat stderr {completed.stderr!r}")
        code = process.wait(DEADLINE)
        check(f"our {kind} server exits by itself", code == 0,
              f"exit {code}: {process.stderr.read()}")
        if kind == "unix":
            check("our unix server removed its socket file", not os.path.exists(sock))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            self.request.sendall(chunk)


def our_client_to_socketserver(binary, directory, kind):
    if kind == "tcp":
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
        target = str(server.server_address[1])
    else:
        target = os.path.join(directory, "python.sock")
        server = socketserver.ThreadingUnixStreamServer(target, Echo)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        completed = subprocess.run([binary, script(directory, "client.js", CLIENT_JS), target],
                                   capture_output=True, text=True, timeout=DEADLINE)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(DEADLINE)
    data = bytes((i * 31 + (i >> 8)) & 0xff for i in range(256 * 1024))
    expected = f"{len(data)} true {hashlib.sha256(data).hexdigest()}\n"
    check(f"our client talks to Python's {kind} socketserver",
          completed.stdout == expected and completed.returncode == 0,
          f"{completed.stdout!r} {completed.stderr!r}")


def main():
    binary = shutil.which(sys.argv[1]) or os.path.abspath(sys.argv[1])
    if shutil.which("socat") is None:
        print("FAIL: socat is not installed (scripts/bootstrap.sh installs it)")
        return 1
    with tempfile.TemporaryDirectory() as directory:
        for kind in ("tcp", "unix"):
            socat_to_our_server(binary, directory, kind)
            our_client_to_socketserver(binary, directory, kind)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
