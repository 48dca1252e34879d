#!/usr/bin/env python3
"""The `net` module of a stage against programs it did not write: Python's
own sockets, on 127.0.0.1.

    python3 tests/net/net_test.py build/bin/05-modules

1. Our server, Python's client: the stage runs an echo server on port 0 and
   writes its port to a file; Python sends 1 MiB of random bytes, half-closes its side
   (shutdown(SHUT_WR)), and must read back every byte, then a trailer the
   server writes on 'end', then EOF. The server closes after that one
   connection, and the stage must exit by itself (nothing left on its loop).
2. Our client, Python's server: Python listens on port 0 and echoes what it
   reads until EOF, then closes; the stage connects, writes 1 MiB in pieces,
   ends, and must read back exactly what it sent.
3. Refused: the stage connects to a port Python has just closed and must
   report `connect ECONNREFUSED 127.0.0.1:PORT`.

Every wait has a generous deadline; no case depends on timing otherwise.
"""

import hashlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

DEADLINE = 30.0  # seconds; CI machines are busy

SERVER_JS = r"""
const net = require('net');
const server = net.createServer((socket) => {
  server.close();  // one connection only; the process ends when it does
  let count = 0;
  socket.on('data', (chunk) => { count += chunk.length; socket.write(chunk); });
  socket.on('end', () => socket.end(`\ntrailer ${count}\n`));
});
// The port goes to a file: stdout to a pipe may be flushed only at exit.
server.listen(0, '127.0.0.1', () => {
  require('fs').writeFileSync(process.argv[2], String(server.address().port));
});
"""

CLIENT_JS = r"""
const net = require('net');
const crypto = require('crypto');
const port = Number(process.argv[2]);
const data = Buffer.alloc(1 << 20);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 10)) & 0xff;
const socket = net.connect(port, '127.0.0.1', () => {
  for (let at = 0; at < data.length; at += 10007) socket.write(data.subarray(at, at + 10007));
  socket.end();
});
const parts = [];
socket.on('data', (chunk) => parts.push(chunk));
socket.on('end', () => {
  const back = Buffer.concat(parts);
  console.log(`${back.length} ${back.equals(data)} ${socket.bytesWritten}`);
});
socket.on('close', (hadError) => console.log(`close ${hadError}`));
"""

REFUSED_JS = r"""
const net = require('net');
net.connect(Number(process.argv[2]), '127.0.0.1').on('error', (err) => {
  console.log(`${err.message} ${err.code} ${err.syscall} ${err.port}`);
});
"""

failures = []


def check(name, condition, detail=""):
    print(f"{'ok' if condition else 'FAIL'}: {name}{'' if condition else ' -- ' + detail}")
    if not condition:
        failures.append(name)


def script(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def wait_for_port(path, process):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text:
                return int(text)
        except FileNotFoundError:
            pass
        time.sleep(0.02)
    raise RuntimeError(f"the server wrote no port (exit {process.poll()})")


def our_server(binary, directory):
    port_file = os.path.join(directory, "port")
    process = subprocess.Popen([binary, script(directory, "server.js", SERVER_JS), port_file],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = wait_for_port(port_file, process)
        payload = os.urandom(1 << 20)
        with socket.create_connection(("127.0.0.1", port), timeout=DEADLINE) as conn:
            # Read while writing, in a thread: the echo comes back as we send.
            received = bytearray()

            def reader():
                while True:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    received.extend(chunk)

            thread = threading.Thread(target=reader)
            thread.start()
            conn.sendall(payload)
            conn.shutdown(socket.SHUT_WR)
            thread.join(DEADLINE)
        trailer = f"\ntrailer {len(payload)}\n".encode()
        check("our server echoes 1 MiB to Python", bytes(received[:len(payload)]) == payload,
              f"got {len(received)} bytes")
        check("our server's trailer after Python's FIN",
              bytes(received[len(payload):]) == trailer, repr(bytes(received[len(payload):])))
        code = process.wait(DEADLINE)
        check("our server's process exits by itself", code == 0,
              f"exit {code}: {process.stderr.read()}")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def our_client(binary, directory):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(DEADLINE)
    port = listener.getsockname()[1]
    digest = hashlib.sha256()

    def echo():
        conn, _ = listener.accept()
        with conn:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                digest.update(chunk)
                conn.sendall(chunk)

    thread = threading.Thread(target=echo)
    thread.start()
    completed = subprocess.run([binary, script(directory, "client.js", CLIENT_JS), str(port)],
                               capture_output=True, text=True, timeout=DEADLINE)
    thread.join(DEADLINE)
    listener.close()
    check("our client talks to Python's echo server",
          completed.stdout == f"{1 << 20} true {1 << 20}\nclose false\n" and
          completed.returncode == 0, f"{completed.stdout!r} {completed.stderr!r}")


def refused(binary, directory):
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    completed = subprocess.run([binary, script(directory, "refused.js", REFUSED_JS), str(port)],
                               capture_output=True, text=True, timeout=DEADLINE)
    check("ECONNREFUSED as Node words it",
          completed.stdout == f"connect ECONNREFUSED 127.0.0.1:{port} ECONNREFUSED connect {port}\n",
          f"{completed.stdout!r} {completed.stderr!r}")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as directory:
        our_server(binary, directory)
        our_client(binary, directory)
        refused(binary, directory)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
