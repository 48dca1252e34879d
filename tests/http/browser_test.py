#!/usr/bin/env python3
"""Headless Chromium loads the example page from 06-http's file server.

    python3 tests/http/browser_test.py build/bin/06-http [--https]

06-http/examples/file-server.js serves 06-http/examples/public: index.html,
which loads square.svg (a 160x120 rectangle of one colour, #1ea55a) and
app.js (which paints the 160x120 status box #c82896; before it runs the box
is #dddddd). Chromium takes a screenshot of the page; the PNG is decoded
here (zlib and the five PNG filters, the standard library only) and must
hold both colours over (nearly) their whole areas, and not the grey of a
box no script has painted (beyond the few pixels of that grey at the edges
of text). The server's log must show the three files
answered with 200.

With --https the server is 06's https server, with a certificate for
127.0.0.1 signed by a test CA that tests/tls/make_certs.sh makes (openssl)
in a scratch folder. Chromium is made to trust that CA the way a system
does, not told to ignore errors: the CA goes into an NSS database
($HOME/.pki/nssdb, which Chromium on Linux reads for locally trusted
roots) in a scratch HOME, with `certutil` from libnss3-tools. So Chromium
verifies the chain, the name and the dates as for any site; its
--ignore-certificate-errors-spki-list would skip all three for the key
named. Without the CA in the database the page fails to load
(ERR_CERT_AUTHORITY_INVALID), which is what makes the trust the thing tested.

Exit code 77 (ctest: skipped) when chromium (or, for --https, certutil) is
not installed.
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SERVER = os.path.join(REPO, "06-http", "examples", "file-server.js")
IMAGE = (0x1E, 0xA5, 0x5A)  # square.svg's fill
PAINTED = (0xC8, 0x28, 0x96)  # what app.js paints the status box
UNPAINTED = (0xDD, 0xDD, 0xDD)  # the status box before app.js runs
AREA = 160 * 120
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--force-device-scale-factor=1", "--window-size=800,600"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def decode_png(data):
    """(width, height, rows): rows of (r, g, b) tuples, from an 8-bit RGB or RGBA PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        at += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace != 0:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {color}, "
                         f"interlace {interlace}")
    channels = 3 if color == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            up_left = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:  # Paeth: the neighbour closest to left + up - up_left
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                guess = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[x] = (line[x] + guess) & 0xFF
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def count(rows, colour, tolerance=2):
    return sum(1 for row in rows for pixel in row
               if all(abs(a - b) <= tolerance for a, b in zip(pixel, colour)))


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def trust_test_ca(scratch):
    """Makes the test certificates and a HOME whose NSS database trusts their CA.

    Returns (the certificates' folder, that HOME)."""
    certs = os.path.join(scratch, "certs")
    subprocess.run(["sh", os.path.join(REPO, "tests", "tls", "make_certs.sh"), certs],
                   check=True, timeout=60)
    home = os.path.join(scratch, "home")
    nssdb = "sql:" + os.path.join(home, ".pki", "nssdb")
    os.makedirs(os.path.join(home, ".pki", "nssdb"))
    subprocess.run(["certutil", "-d", nssdb, "-N", "--empty-password"], check=True, timeout=30)
    # C: a trusted CA for TLS servers.
    subprocess.run(["certutil", "-d", nssdb, "-A", "-t", "C,,", "-n", "Test CA", "-i",
                    os.path.join(certs, "ca.pem")], check=True, timeout=30)
    return certs, home


def main():
    args = [a for a in sys.argv[1:] if a != "--https"]
    if len(args) != 1:
        print(__doc__)
        return 2
    use_https = "--https" in sys.argv
    binary = os.path.abspath(args[0])
    chromium = find_chromium()
    if chromium is None:
        print("SKIP: chromium is not installed (scripts/bootstrap.sh installs it)")
        return 77
    if use_https and not (shutil.which("certutil") and shutil.which("openssl")):
        print("SKIP: certutil (libnss3-tools) or openssl is not installed "
              "(scripts/bootstrap.sh installs them)")
        return 77
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    scheme = "https" if use_https else "http"
    with tempfile.TemporaryDirectory() as scratch:
        command, browser_env = [binary, SERVER, "0"], dict(env)
        browser_env["HOME"] = os.path.join(scratch, "home")
        if use_https:
            certs, _ = trust_test_ca(scratch)
            command += ["--key", os.path.join(certs, "server.key"),
                        "--cert", os.path.join(certs, "server.pem")]
        log_path = os.path.join(scratch, "server.log")
        with open(log_path, "wb") as log:
            server = subprocess.Popen(command, cwd=REPO, env=env, stdout=log,
                                      stderr=subprocess.STDOUT)
        try:
            port, end = None, time.monotonic() + 10
            while port is None and time.monotonic() < end and server.poll() is None:
                with open(log_path) as f:
                    found = re.search(rf"listening on {scheme}://127\.0\.0\.1:(\d+)/",
                                      f.read())
                port = int(found.group(1)) if found else time.sleep(0.05)
            if not check(port is not None, "the server did not say where it listens"):
                return report(log_path)
            shot = os.path.join(scratch, "page.png")
            run = subprocess.run(
                [chromium] + CHROMIUM_FLAGS +
                ["--user-data-dir=" + os.path.join(scratch, "profile"), "--screenshot=" + shot,
                 f"{scheme}://127.0.0.1:{port}/"],
                capture_output=True, timeout=30, cwd=scratch, env=browser_env)
            if not check(os.path.exists(shot), f"no screenshot; chromium said: "
                                               f"{run.stderr.decode(errors='replace')[-2000:]}"):
                return report(log_path)
            with open(shot, "rb") as f:
                width, height, rows = decode_png(f.read())
            image, painted, unpainted = (count(rows, IMAGE), count(rows, PAINTED),
                                         count(rows, UNPAINTED))
            print(f"screenshot {width}x{height}: {image} pixels of the image's colour, "
                  f"{painted} of the script's, {unpainted} of the unpainted box")
            check(image >= AREA * 0.95, f"the image is not in the screenshot ({image} pixels)")
            # The box's text ("app.js ran") covers a few of its pixels.
            check(painted >= AREA * 0.8, f"the script did not paint its box ({painted} pixels)")
            # Grey of that shade also edges the black text, but only a few pixels.
            check(unpainted < AREA * 0.1, "the unpainted box shows: the script did not run")
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        with open(log_path) as f:
            log = f.read()
        for path in ("/", "/square.svg", "/app.js"):
            check(f"[app] GET {path}: 200, response closed" in log, f"{path} was not served")
        return report(log_path)


def report(log_path):
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        with open(log_path) as f:
            print("--- the server's output ---\n" + f.read())
        return 1
    print("the page loaded" + (" over https" if "--https" in sys.argv else "") +
          ": image shown, script ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
