#!/usr/bin/env python3
"""Opens each chapter of the built site in headless Chromium and saves a screenshot.

    python3 scripts/site_screenshots.py build/docs/html --out build/docs/screenshots

A link check proves the pages are there; it cannot prove a browser shows
them. A theme whose stylesheet fails to load, a script error that leaves
the sidebar empty, a page that renders white: each passes every other test.
So `make docs` opens the top page, every chapter and the course plan (the
sidebar's first entries, read from navtreedata.js) in the browser a reader
would use, saves what it shows as a PNG (build/docs/screenshots/, for a
person to look at) and fails if Chromium fails or a page is blank. One
chapter is opened a second time, in dark mode, for what its scripts built:
the theme's toggle must have switched the page to dark (<html
class="dark-mode">), and the sidebar must show that chapter as the current
page (a fault in the sidebar's index leaves the tree folded, and only a
browser running its scripts sees that).

"Blank" without decoding the picture (stdlib only, and Python is slow at
undoing PNG's filters): PNG stores each row of pixels filtered against its
neighbours, so rows of one colour all filter to the same few byte strings.
The part of the shot right of the sidebar must have many distinct rows; a
white page has two or three, a chapter hundreds.
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site_links import navtree  # noqa: E402  (the sidebar's data, read once)

WIDTH, HEIGHT = 1280, 900
SIDEBAR = 420  # pixels: the sidebar (400 in docs/site.css) and a margin
MIN_DISTINCT_ROWS = 0.10  # of the height: a page of text has far more
TIMEOUT_SECONDS = 45
PARALLEL = 3
# The flags every run shares: no sandbox (CI runs as root), no network of
# its own, a fresh profile each time (see run()).
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", f"--window-size={WIDTH},{HEIGHT}",
    # Let the page's scripts run (the sidebar is built by script) before
    # the shot; virtual time, so a page that is quick costs no waiting.
    "--virtual-time-budget=3000",
]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("site_screenshots: no Chromium (scripts/bootstrap.sh installs `chromium`)")


def run(browser, args):
    """Runs Chromium with a fresh profile; (exit code, stdout, stderr)."""
    with tempfile.TemporaryDirectory(prefix="site-chromium-") as profile:
        try:
            done = subprocess.run(
                [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return None, "", f"no answer within {TIMEOUT_SECONDS} s"
        return done.returncode, done.stdout, done.stderr


def png_rows(path):
    """(width, height, bytes per pixel, [filtered rows]) of an 8-bit PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos + 8 <= len(data):
        (size,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unexpected PNG (depth {depth}, colour {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels + 1
    return width, height, channels, [raw[y * stride:(y + 1) * stride] for y in range(height)]


def distinct_rows(path):
    """The share of the shot's rows, right of the sidebar, that differ."""
    width, height, channels, rows = png_rows(path)
    start = 1 + min(SIDEBAR, width // 3) * channels
    # A row's filter type (its first byte) goes with its right-hand part.
    return len({row[:1] + row[start:] for row in rows}) / height


def shoot(browser, url, png):
    """Problems with one page, as strings (none if it was fine)."""
    code, _, err = run(browser, [f"--screenshot={png}", url])
    if code != 0 or not os.path.isfile(png):
        tail = "\n".join(err.strip().splitlines()[-5:])
        return [f"{url}: Chromium failed (exit {code}):\n{tail}"]
    share = distinct_rows(png)
    if share < MIN_DISTINCT_ROWS:
        return [f"{url}: the page looks blank ({share:.0%} of its rows differ; {png})"]
    return []


def page_problems(browser, url, page):
    """What the page's scripts built, from the DOM after they ran: the
    sidebar, with this page found and selected in it (the browser finds a
    page through the navtreeindex files: a fault there leaves the tree
    folded), and the dark mode the toggle switches to when asked."""
    code, dom, err = run(browser, ["--force-dark-mode", "--dump-dom", url])
    if code != 0:
        return [f"{url}: Chromium failed to dump the page (exit {code}): {err.strip()[-300:]}"]
    problems = []
    m = re.search(r"<html[^>]*\bclass=\"([^\"]*)\"", dom)
    if not m or "dark-mode" not in m.group(1).split():
        problems.append(f"{url}: in dark mode the page did not switch (<html class> is "
                        f"{m.group(1) if m else 'missing'!r}); the theme's toggle script did not run")
    selected = re.search(
        r'<div class="item selected" id="selected">.*?<span class="label"><a [^>]*href="([^"]*)"', dom)
    if not selected or selected.group(1) != page:
        problems.append(f"{url}: the sidebar does not show this page as the current one "
                        f"(selected: {selected.group(1) if selected else 'nothing'})")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("html", help="the site's folder (build/docs/html)")
    parser.add_argument("--out", required=True, help="where the screenshots go")
    args = parser.parse_args()

    root = os.path.abspath(args.html)
    top = navtree(root)[0]
    pages = [top[1]] + [
        url for _, url, *_ in top[2]
        if url and "#" not in url and url.startswith("md_")
    ]
    browser = chromium()
    os.makedirs(args.out, exist_ok=True)
    started = time.monotonic()
    jobs = []
    for page in pages:
        url = "file://" + os.path.join(root, page)
        jobs.append((shoot, browser, url, os.path.join(args.out, page.replace(".html", ".png"))))
    # What the scripts built, in dark mode, on the first chapter.
    chapter = pages[1] if len(pages) > 1 else pages[0]
    url = "file://" + os.path.join(root, chapter)
    jobs.append((page_problems, browser, url, chapter))
    # Most of a run is Chromium starting up, waiting more than computing:
    # three at a time cut the wall time without crowding a small machine.
    with concurrent.futures.ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        results = list(pool.map(lambda job: job[0](*job[1:]), jobs))
    problems = [p for found in results for p in found]
    seconds = time.monotonic() - started
    print(f"site_screenshots: {len(pages)} pages, and one's sidebar and dark mode, in {seconds:.0f} s, "
          f"screenshots in {args.out}")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
