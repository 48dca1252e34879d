#!/usr/bin/env python3
"""Tests the checks `make docs` runs over the built site, on tiny sites.

    python3 tests/docs/site_checks_test.py

`make docs` trusts scripts/check_site_links.py to fail on a broken link and
scripts/site_screenshots.py to fail on a blank page. A check that never
fails looks exactly like one that works, so this test builds small sites
and pictures with one fault each and wants each fault found, and a clean
site passed. No Doxygen and no Chromium needed: the site is written by hand
in Doxygen's shapes (pages, an anchor, navtreedata.js), the pictures by zlib.
"""

import os
import random
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import site_screenshots  # noqa: E402

CHECK = os.path.join(ROOT, "scripts", "check_site_links.py")

NAVTREE = """var NAVTREE =
[
  [ "The course", "index.html", [
    [ "Start", "index.html", [
      [ "Part", "index.html#part", null ]
    ] ],
    [ "01-one: the first", "md_one.html", [
      [ "Why %(code)s", "md_one.html#why", null ]
    ] ],
    [ "02-two: the second", "md_two.html", null ],
    [ "Files", "files.html", null ]
  ] ]
];
"""


def page(body):
    return f"<html><head><title>t</title></head><body>{body}</body></html>\n"


class LinkCheck(unittest.TestCase):
    def make_site(self, **changes):
        """A three-page site in reading order, with one change if asked."""
        folder = tempfile.mkdtemp(prefix="site-check-")
        self.addCleanup(subprocess.run, ["rm", "-rf", folder])
        html = os.path.join(folder, "html")
        os.makedirs(html)
        files = {
            "index.html": page('<h2 id="part">Part</h2><p>Next: <a class="el" href="md_one.html">01</a></p>'
                               '<a href="https://example.org/">out</a>'),
            "md_one.html": page('<h2><a name="why"></a>Why</h2><img src="pictures/p.svg"/>'
                                '<p>Next: <a class="el" href="md_two.html">02</a></p>'),
            "md_two.html": page('<p>Back to <a href="index.html#part">the start</a>.</p>'),
            "files.html": page("files"),
            "pictures/p.svg": '<svg><a xlink:href="../md_two.html"><use xlink:href="#shape"/></a></svg>',
            "navtreedata.js": NAVTREE % {"code": "this"},
        }
        files.update(changes)
        for name, text in files.items():
            path = os.path.join(html, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        sources = []
        for name, title in (("README.md", "Start"), ("one.md", "01-one: the first"),
                            ("two.md", "02-two: the `second`")):
            path = os.path.join(folder, name)
            with open(path, "w") as f:
                f.write(f"# {title}\n\ntext\n")
            sources.append(path)
        return html, sources

    def check(self, html, sources):
        done = subprocess.run([sys.executable, CHECK, html, "--order", *sources],
                              capture_output=True, text=True, timeout=60)
        return done.returncode, done.stdout

    def test_a_clean_site_passes_and_lists_its_external_links(self):
        html, sources = self.make_site()
        code, out = self.check(html, sources)
        self.assertEqual(code, 0, out)
        self.assertIn("0 broken", out)
        with open(os.path.join(os.path.dirname(html), "external-links.txt")) as f:
            self.assertEqual(f.read(), "https://example.org/\n")

    def test_a_link_to_a_missing_page_fails(self):
        html, sources = self.make_site(**{"md_two.html": page('<a href="md_three.html">x</a>')})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("md_two.html: md_three.html: no such file", out)

    def test_a_missing_anchor_fails(self):
        html, sources = self.make_site(**{"md_two.html": page('<a href="index.html#gone">x</a>')})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("no anchor #gone in index.html", out)

    def test_a_broken_link_in_the_sidebar_data_fails(self):
        tree = NAVTREE.replace("md_one.html#why", "md_one.html#what") % {"code": "this"}
        html, sources = self.make_site(**{"navtreedata.js": tree})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("navtreedata.js: md_one.html#what: no anchor #what", out)

    def test_a_file_url_is_broken(self):
        html, sources = self.make_site(**{"md_two.html": page('<a href="file:line">file:line</a>')})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("file:line: not a link a reader can follow", out)

    def test_pages_out_of_order_fail(self):
        html, sources = self.make_site()
        code, out = self.check(html, [sources[0], sources[2], sources[1]])
        self.assertEqual(code, 1, out)
        self.assertIn("does not start with the pages in reading order", out)

    def test_a_missing_or_wrong_next_link_fails(self):
        html, sources = self.make_site(**{"md_one.html": page('<h2 id="why">Why</h2>')})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("md_one.html has no 'Next:' link (want one to md_two.html)", out)
        html, sources = self.make_site(
            **{"index.html": page('<h2 id="part">x</h2>Next: <a href="md_two.html">02</a>')})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("index.html's last 'Next:' link goes to md_two.html, not md_one.html", out)

    def test_a_member_link_to_the_wrong_page_is_repaired_only_when_asked(self):
        # Doxygen 1.9.4's slip: a namespace's function listed under its file,
        # linked to the file's page, documented on the namespace's page.
        anchor = "a" + "0123456789abcdef" * 2
        changes = {
            "namespacen.html": page(f'<a id="{anchor}"></a>f()'),
            "file_8cc.js": f'var file_8cc =\n[\n  [ "f", "file_8cc.html#{anchor}", null ]\n];\n',
            "file_8cc.html": page("the file"),
        }
        html, sources = self.make_site(**changes)
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn(f"no anchor #{anchor} in file_8cc.html", out)
        done = subprocess.run([sys.executable, CHECK, html, "--repair-doxygen-tree",
                               "--order", *sources], capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stdout)
        self.assertIn("pointed 1 sidebar links", done.stdout)
        with open(os.path.join(html, "file_8cc.js")) as f:
            self.assertIn(f'"namespacen.html#{anchor}"', f.read())

    def test_markup_in_a_sidebar_title_fails(self):
        tree = NAVTREE % {"code": "<tt>this</tt>"}
        html, sources = self.make_site(**{"navtreedata.js": tree})
        code, out = self.check(html, sources)
        self.assertEqual(code, 1, out)
        self.assertIn("a sidebar title has markup", out)


def write_png(path, width, height, pixel):
    """An 8-bit RGB PNG; pixel(x, y) gives (r, g, b). Every row unfiltered."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(bytes(raw))))
        f.write(chunk(b"IEND", b""))


class BlankPage(unittest.TestCase):
    def shot(self, pixel):
        fd, path = tempfile.mkstemp(suffix=".png")
        os.close(fd)
        self.addCleanup(os.remove, path)
        write_png(path, 1200, 300, pixel)
        return site_screenshots.distinct_rows(path)

    def test_a_white_page_is_blank(self):
        self.assertLess(self.shot(lambda x, y: (255, 255, 255)), site_screenshots.MIN_DISTINCT_ROWS)

    def test_a_sidebar_beside_a_white_page_is_still_blank(self):
        # Text in the sidebar only: the part right of it is empty.
        def pixel(x, y):
            return (0, 0, 0) if x < 300 and (x * 7 + y * 13) % 11 == 0 else (255, 255, 255)
        self.assertLess(self.shot(pixel), site_screenshots.MIN_DISTINCT_ROWS)

    def test_lines_of_text_are_not_blank(self):
        # Three rows of every ten have "letters": dark pixels, placed at
        # random (seeded), as glyphs differ from one row to the next.
        rows = [random.Random(y).getrandbits(1200) for y in range(300)]

        def pixel(x, y):
            ink = y % 10 < 3 and x > 400 and (rows[y] >> x) & 1
            return (20, 20, 20) if ink else (250, 250, 250)
        self.assertGreater(self.shot(pixel), site_screenshots.MIN_DISTINCT_ROWS)


if __name__ == "__main__":
    unittest.main(verbosity=1)
