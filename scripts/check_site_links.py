#!/usr/bin/env python3
"""Checks every link of the built documentation site, and its reading order.

    python3 scripts/check_site_links.py build/docs/html \\
        --order README.md 01-engine/README.md ... docs/course-plan.md

A site of a few thousand pages made by a generator breaks quietly: a
chapter links to a file that is not an input, an anchor is renamed, a
picture is not copied. Nothing fails until a reader clicks. So `make docs`
runs this after Doxygen, and fails on the first build that has one.

Links. Every page (.html), every picture (.svg: call graphs link to pages)
and the sidebar's and menu's data (navtreedata.js, menudata.js and a .js
file per node: the browser builds the tree from them) is read; every
internal link (href, src) must name a file that exists, and its #anchor, if
any, an id or a name in that file.
External links (http:, https:) are not fetched, only listed in
external-links.txt beside the site: a build must not depend on the network.
A link with any other scheme (file:, or words a generator took for a URL)
is broken.

Reading order. The sidebar must list the top page first, then the pages
given to --order (the chapters, the course plan) in that order, before
anything else; and each page but the last ends with a "Next:" link to the
page after it (the chapters' last line, `Next: [06-http](../06-http/README.md)`,
which reads as a link on GitHub too).

One repair, with --repair-doxygen-tree, before the check: Doxygen 1.9.4
(Debian 12's) lists a namespace's functions in the sidebar under the file
that defines them, linking each to that file's page and an anchor the page
does not have (the function is documented on the namespace's page; newer
Doxygen links it there), and likewise the values of a namespace's enums.
Such a link, to a member anchor (`a` and 32 hex digits, twice for an enum
value) that exactly one other page has, is pointed at that page.

Uses the standard library only: the attributes are found with regular
expressions, which is enough for Doxygen's regular output.
"""

import argparse
import html
import json
import os
import re
import sys
import urllib.parse

TAG = re.compile(r"<([a-zA-Z][\w:-]*)((?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
LINK_ATTRS = {"href", "src", "xlink:href", "data"}
ANCHOR_ATTRS = {"id", "name"}
# In the sidebar's scripts: a quoted page name, perhaps with an anchor.
JS_LINK = re.compile(r"\"([^\"\s]+\.html(?:#[^\"]*)?)\"")
MEMBER_ANCHOR = re.compile(r"^a[0-9a-f]{32}(?:a[0-9a-f]{32})?$")
JS_DATA = re.compile(r"^var \w+ =\s*\[", re.M)
EXTERNAL = re.compile(r"^(?:https?:|ftp:|//)", re.I)
IGNORED_SCHEMES = ("javascript:", "mailto:", "data:")
# Any other scheme (file:, or text a generator took for a URL) is broken.
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


class Site:
    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.anchors = {}  # path -> set of ids and names, read on demand
        self.links = []  # (source file, link)
        self.tree_files = []  # the sidebar's and menu's data (.js)

    def read(self, path):
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def anchors_of(self, path):
        if path not in self.anchors:
            found = set()
            if path.endswith((".html", ".svg", ".xhtml")):
                for _, attrs in tags(self.read(path)):
                    for name, value in attrs:
                        if name in ANCHOR_ATTRS:
                            found.add(value)
            self.anchors[path] = found
        return self.anchors[path]

    def collect(self):
        for folder, _, files in os.walk(self.root):
            for name in sorted(files):
                path = os.path.join(folder, name)
                if name.endswith((".html", ".svg")):
                    text = self.read(path)
                    ids = set()
                    svg = name.endswith(".svg")
                    for tag, attrs in tags(text):
                        for attr, value in attrs:
                            # In a picture, only an <a> is a link; other
                            # references (<use xlink:href="#shape">) draw.
                            if attr in LINK_ATTRS and (tag == "a" or not svg):
                                self.links.append((path, value))
                            elif attr in ANCHOR_ATTRS:
                                ids.add(value)
                    self.anchors[path] = ids
                elif name.endswith(".js"):
                    # The sidebar's and the menu's data: `var x = [ [title,
                    # url, children], ... ]`, in navtreedata.js, menudata.js
                    # and one file per node with many children. Not the
                    # navtreeindex files: their `{ "page#anchor": [path] }`
                    # are keys that find an open page's place in the tree,
                    # not links (Doxygen lists members there under a file
                    # page that only links to them).
                    text = tree_part(self.read(path))
                    if JS_DATA.search(text):
                        self.tree_files.append(path)
                        for link in JS_LINK.findall(text):
                            self.links.append((path, link))

    def repair_tree(self):
        """Points the sidebar's member links at the page that has the anchor."""
        owners = {}
        for path, ids in self.anchors.items():
            for anchor in ids:
                if MEMBER_ANCHOR.match(anchor):
                    owners.setdefault(anchor, []).append(path)
        repaired = 0
        for path in self.tree_files:
            whole = self.read(path)
            text = tree_part(whole)

            def fix(m):
                nonlocal repaired
                page, anchor = m.group(1), m.group(2)
                target = os.path.join(os.path.dirname(path), page)
                if anchor in self.anchors.get(target, ()) or len(owners.get(anchor, [])) != 1:
                    return m.group(0)
                repaired += 1
                return f'"{os.path.relpath(owners[anchor][0], os.path.dirname(path))}#{anchor}"'

            fixed = re.sub(r"\"([^\"\s#]+\.html)#([^\"]+)\"", fix, text)
            if fixed != text:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(fixed + whole[len(text):])
        # Read the links again, now repaired.
        self.links = [(src, link) for src, link in self.links if src not in self.tree_files]
        for path in self.tree_files:
            for link in JS_LINK.findall(tree_part(self.read(path))):
                self.links.append((path, link))
        return repaired

    def check(self):
        """(broken, external): the links that do not resolve, and the others."""
        broken, external = [], set()
        for source, link in self.links:
            link = link.strip()
            if not link or link.startswith(IGNORED_SCHEMES):
                continue
            if EXTERNAL.match(link):
                external.add(link)
                continue
            if SCHEME.match(link):
                broken.append((source, link, "not a link a reader can follow"))
                continue
            reason = self.resolve(source, link)
            if reason:
                broken.append((source, link, reason))
        return broken, sorted(external)

    def resolve(self, source, link):
        """None if the link leads somewhere, else why not."""
        path, _, fragment = link.partition("#")
        path = urllib.parse.unquote(path.split("?", 1)[0])
        target = os.path.normpath(os.path.join(os.path.dirname(source), path)) if path else source
        if not target.startswith(self.root + os.sep) and target != self.root:
            return "leaves the site"
        if not os.path.isfile(target):
            return "no such file"
        fragment = urllib.parse.unquote(fragment)
        if fragment and target.endswith((".html", ".svg")):
            if fragment not in self.anchors_of(target):
                return f"no anchor #{fragment} in {os.path.relpath(target, self.root)}"
        return None


def tree_part(text):
    """A sidebar script without its NAVTREEINDEX (navtreedata.js ends with
    one): the first key of each navtreeindex file, in the order the browser
    searches them, keys and not links, to be left exactly as written."""
    end = text.find("\nvar NAVTREEINDEX")
    return text if end < 0 else text[:end]


def tags(text):
    """(tag name, [(attribute, value)]) for every opening tag of the text."""
    for m in TAG.finditer(text):
        attrs = []
        for a in ATTR.finditer(m.group(2)):
            value = next(v for v in a.groups()[1:] if v is not None)
            attrs.append((a.group(1).lower(), html.unescape(value)))
        yield m.group(1).lower(), attrs


# ---------------------------------------------------------------------------
# Reading order


def plain(title):
    """A title as text: no tags, no Markdown code marks, single spaces."""
    title = html.unescape(re.sub(r"<[^>]+>", "", title)).replace("`", "")
    return " ".join(title.split())


def markdown_title(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# "):
                return plain(line[2:])
    raise SystemExit(f"check_site_links: {path} has no '# ' title")


def navtree(root):
    """The sidebar's tree: [title, url, children] as Doxygen writes it."""
    text = open(os.path.join(root, "navtreedata.js"), encoding="utf-8").read()
    m = re.search(r"var NAVTREE =\s*(\[.*?\n\]);", text, re.S)
    if not m:
        raise SystemExit("check_site_links: no NAVTREE in navtreedata.js")
    return json.loads(m.group(1))


def check_order(root, sources):
    """Problems with the sidebar's order and the Next links, as strings."""
    problems = []
    tree = navtree(root)
    top = tree[0]
    entries = [(plain(t), url) for t, url, *_ in top[2] if url and "#" not in url]
    wanted = [markdown_title(s) for s in sources]
    got = [t for t, _ in entries[: len(wanted)]]
    if got != wanted:
        problems.append(
            "the sidebar does not start with the pages in reading order:\n"
            + "".join(f"    want {w!r}\n     got {g!r}\n" for w, g in zip(wanted, got) if w != g)
        )
        return problems
    # The sidebar shows a title as text: markup in a heading (Doxygen makes
    # `code` into <tt>) would show as tags there.
    def raw_markup(node):
        title, url, children = node[0], node[1], node[2] if len(node) > 2 else None
        found = [f"{url}: {title!r}"] if re.search(r"</?[a-z]+>", title) else []
        for child in children if isinstance(children, list) else []:
            found += raw_markup(child)
        return found

    for node in top[2]:
        if node[1] and "#" not in node[1] and plain(node[0]) in wanted:
            for entry in raw_markup(node):
                problems.append(f"a sidebar title has markup the sidebar shows as text: {entry}")
    urls = [url for _, url in entries[: len(wanted)]]
    for here, there in zip(urls, urls[1:]):
        text = open(os.path.join(root, here), encoding="utf-8").read()
        nexts = re.findall(r"Next: <a [^>]*href=\"([^\"#]+)", text)
        if not nexts:
            problems.append(f"{here} has no 'Next:' link (want one to {there})")
        elif nexts[-1] != there:
            problems.append(f"{here}'s last 'Next:' link goes to {nexts[-1]}, not {there}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("html", help="the site's folder (build/docs/html)")
    parser.add_argument(
        "--order", nargs="+", metavar="PAGE.md",
        help="the Markdown pages in reading order, top page first")
    parser.add_argument(
        "--external-list", metavar="FILE",
        help="where to list the external links (default: external-links.txt beside html/)")
    parser.add_argument(
        "--repair-doxygen-tree", action="store_true",
        help="first point the sidebar's namespace-member links at their pages (see above)")
    args = parser.parse_args()

    site = Site(args.html)
    if not os.path.isfile(os.path.join(site.root, "index.html")):
        print(f"check_site_links: no site in {args.html} (no index.html)")
        return 1
    site.collect()
    if args.repair_doxygen_tree:
        print(f"check_site_links: pointed {site.repair_tree()} sidebar links at the pages "
              "that document them (--repair-doxygen-tree)")
    broken, external = site.check()
    listing = args.external_list or os.path.join(os.path.dirname(site.root), "external-links.txt")
    with open(listing, "w", encoding="utf-8") as f:
        f.write("".join(link + "\n" for link in external))

    problems = [
        f"{os.path.relpath(source, site.root)}: {link}: {reason}"
        for source, link, reason in broken
    ]
    if args.order:
        problems += check_order(site.root, args.order)
    files = len(site.anchors)
    print(
        f"check_site_links: {files} files, {len(site.links)} links, "
        f"{len(broken)} broken; {len(external)} external links (not fetched) listed in {listing}"
    )
    if problems:
        for p in problems[:50]:
            print("  " + p)
        if len(problems) > 50:
            print(f"  ... and {len(problems) - 50} more")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
