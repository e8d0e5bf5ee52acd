#!/usr/bin/env python3
"""Price policy before and after the change of the expected later arrivals (issue 29, December 2026): per instance and
rhythm the soft score as % of hindsight and the unplaced persons, before (raw rows of familie-762663c-s1,
familie-standaard and familie-groot) and after (res.txt here). Usage: vergelijk.py (from this folder)."""
import os
here = os.path.dirname(os.path.abspath(__file__))
up = os.path.dirname(here)
hind, voor, greedy = {}, {}, {}
for d in ("familie-762663c-s1", "familie-standaard", "familie-groot"):
    for line in open(os.path.join(up, d, "hindsight.txt")):
        i, soft, onp = line.split()
        hind.setdefault(i, (int(soft), int(onp)))
    for line in open(os.path.join(up, d, "res.txt")):
        i, b, pol, hard, soft, onp, sec = line.split()
        tab = voor if pol == "price" else greedy
        tab.setdefault((i, b), (int(soft), int(onp)))
personen = {}
for line in open(os.path.join(here, "personen.txt")):
    i, p = line.split()
    personen[i] = int(p)
print("| instance | rhythm | greedy % | price before % | **price after %** | change (pt) | unplaced hindsight / greedy / before / after | limit |")
print("|---|---|---:|---:|---:|---:|---|---:|")
for line in open(os.path.join(here, "res.txt")):
    i, b, pol, hard, soft, onp, sec = line.split()
    h, ho = hind[i]
    v, vo = voor[(i, b)]
    g, go = greedy.get((i, b), (None, None))
    pct = lambda x: 100.0 * x / h
    limit = ho + 0.005 * personen[i]
    gs = f"{pct(g):.2f}" if g is not None else "–"
    print(f"| {i} | {b} | {gs} | {pct(v):.2f} | **{pct(int(soft)):.2f}** | {pct(int(soft)) - pct(v):+.2f} | "
          f"{ho} / {go} / {vo} / {onp} | {limit:.2f} |")
