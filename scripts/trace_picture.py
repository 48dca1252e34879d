#!/usr/bin/env python3
"""Draws a --trace-loop=chrome:FILE trace as an SVG picture.

    scripts/trace_picture.py trace.json picture.svg [--title TEXT]

One band per track (the loop's, then each pool worker's), time running to
the right; a slice is a box, and a slice inside another (a callback inside
its phase, a phase inside its iteration) sits one row lower. Instants are
small ticks. The picture starts where the main script ends (its compile
and run would dwarf the loop; --whole draws it too). Long idle stretches (poll waiting for a timer) are drawn to
scale, so the picture shows where the time went. Plain SVG written by hand:
no library needed, and any browser or Doxygen page shows it.
"""
import argparse
import html
import json

COLOURS = {"iteration": "#c9d7f0", "timers": "#f6d28b", "pending": "#e0c0f0",
           "idle": "#dddddd", "prepare": "#dddddd", "poll": "#a8dcb0", "check": "#f3a9a0",
           "close": "#c0c0c0", "drain": "#b9a6e6", "main script": "#9fc5e8"}
ROW, BAND_GAP, LEFT, WIDTH = 18, 14, 190, 1100


def colour(name, track):
    if track >= 100:
        return "#f4b183"
    for prefix, fill in COLOURS.items():
        if name.startswith(prefix):
            return fill
    return "#ffe599"  # a callback into JavaScript


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("trace")
    parser.add_argument("svg")
    parser.add_argument("--title", default="")
    parser.add_argument("--whole", action="store_true", help="include the main script")
    args = parser.parse_args()
    with open(args.trace) as f:
        events = json.load(f)

    names, slices, instants, stacks = {}, [], [], {}
    for event in events:
        track = event["tid"]
        if event["ph"] == "M" and event["name"] == "thread_name":
            names[track] = event["args"]["name"]
        elif event["ph"] == "B":
            stacks.setdefault(track, []).append((event["name"], event["ts"]))
        elif event["ph"] == "E" and stacks.get(track):
            name, start = stacks[track].pop()
            slices.append((track, len(stacks[track]), name, start, event["ts"]))
        elif event["ph"] == "i":
            instants.append((track, event["name"], event["ts"]))
    times = [s[3] for s in slices] + [s[4] for s in slices]
    t0, t1 = min(times), max(times)
    main_script = [s for s in slices if s[2] == "main script"]
    if main_script and not args.whole:
        t0 = main_script[0][4]
        slices = [(tr, lv, n, max(a, t0), b) for tr, lv, n, a, b in slices if b > t0]
        instants = [i for i in instants if i[2] >= t0]
    scale = (WIDTH - LEFT - 10) / max(t1 - t0, 1)
    x = lambda t: LEFT + (t - t0) * scale

    tracks = sorted(names)
    depth = {t: 1 + max([s[1] for s in slices if s[0] == t], default=0) for t in tracks}
    top, y = {}, 40 if args.title else 14
    for track in tracks:
        top[track] = y
        y += depth[track] * ROW + BAND_GAP
    height = y + 24

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           'font-family="sans-serif" font-size="11">',
           f'<rect width="{WIDTH}" height="{height}" fill="white"/>']
    if args.title:
        out.append(f'<text x="8" y="22" font-size="14">{html.escape(args.title)}</text>')
    for track in tracks:
        out.append(f'<text x="8" y="{top[track] + 13}">{html.escape(names[track])}</text>')
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{top[track] - 4}" '
                   f'y2="{top[track] - 4}" stroke="#eeeeee"/>')
    for track, level, name, start, end in slices:
        if track not in top:
            continue
        left, w = x(start), max((end - start) * scale, 1)
        sy = top[track] + level * ROW
        label = f"{name} ({(end - start) / 1000:.3f} ms)"
        out.append(f'<g><title>{html.escape(label)}</title><rect x="{left:.1f}" y="{sy}" '
                   f'width="{w:.1f}" height="{ROW - 2}" fill="{colour(name, track)}" '
                   'stroke="#666666" stroke-width="0.5"/>')
        if w > 40:  # a label only where it fits, cut to the box
            chars = int(w / 6)
            text = name if len(name) <= chars else name[:max(chars - 1, 1)] + "\u2026"
            out.append(f'<text x="{left + 3:.1f}" y="{sy + 12}">{html.escape(text)}</text>')
        out.append("</g>")
    for track, name, ts in instants:
        if track in top:
            out.append(f'<g><title>{html.escape(name)}</title><line x1="{x(ts):.1f}" '
                       f'x2="{x(ts):.1f}" y1="{top[track] - 4}" y2="{top[track] + ROW * depth[track]}"'
                       ' stroke="#cc0000" stroke-width="0.7"/></g>')
    out.append(f'<text x="{LEFT}" y="{height - 8}">'
               f'{"0 ms" if args.whole else "main script done"}</text>')
    out.append(f'<text x="{WIDTH - 10}" y="{height - 8}" text-anchor="end">'
               f'+{(t1 - t0) / 1000:.2f} ms</text>')
    out.append("</svg>")
    with open(args.svg, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
