#!/usr/bin/env python3
"""Table of familie-standaard.sh's rows: per shape and rhythm the mean (and least) % of hindsight of greedy and the
default price policy, price's hard score as judged per batch, unplaced persons, whether every instance meets the
unplaced limit (hindsight + 0.5 % of all persons) and whether price >= greedy on every instance.
Usage: familie-tabel.py OUT"""
import csv, glob, os, sys

out = sys.argv[1]
hind = {}
for f in glob.glob(out + '/hind/*'):
    for line in open(f):
        p = line.split()
        if len(p) == 3:
            hind[p[0]] = (int(p[1]), int(p[2]))
personen = {}
for d in glob.glob(out + '/data/*'):
    with open(d + '/huishoudens.csv', newline='') as f:
        personen[os.path.basename(d)] = sum(int(r['personen']) for r in csv.DictReader(f))
rij = {}
for line in open(out + '/res.txt'):
    d, b, p, hard, zacht, ongeplaatst, tijd = line.split()
    rij[(d, b, p)] = (int(hard), int(zacht), int(ongeplaatst), float(tijd))
vormen = [l.split() for l in open(out + '/shapes.txt')]
for heldout in ('no', 'yes'):
    print('\n' + ('Held-out shapes' if heldout == 'yes' else 'Seen shapes') + '\n')
    print('| shape | batch | seeds | greedy % (least) | **price %** (least) | price hard | unplaced persons hindsight / greedy / price | unplaced ≤ hindsight + 0.5 % | price ≥ greedy | price s |')
    print('|---|---|---:|---:|---:|---:|---|---|---|---:|')
    for v in vormen:
        if v[-1] != heldout:
            continue
        for b in ('weekly', 'daily'):
            g, pr, hard, uh, ug, up, tijd, binnen, beter = [], [], 0, 0, 0, 0, [], 0, 0
            for d in sorted(x for x in hind if x.rsplit('-s', 1)[0] == v[0]):
                if (d, b, 'price') not in rij or (d, b, 'greedy') not in rij:
                    continue
                H = hind[d]; G = rij[(d, b, 'greedy')]; P = rij[(d, b, 'price')]
                g.append(100 * G[1] / H[0]); pr.append(100 * P[1] / H[0]); hard += P[0]
                uh += H[1]; ug += G[2]; up += P[2]; tijd.append(P[3])
                binnen += P[2] <= H[1] + 0.005 * personen[d]; beter += P[1] >= G[1]
            n = len(pr)
            if n == 0:
                continue
            print('| %s | %s | %d | %.2f (%.2f) | **%.2f** (%.2f) | %d | %d / %d / %d | %s | %s | %.1f |' % (
                v[0], b, n, sum(g) / n, min(g), sum(pr) / n, min(pr), hard, uh, ug, up,
                '✓' if binnen == n else '✗ (%d of %d)' % (n - binnen, n), '✓' if beter == n else '✗ (%d of %d)' % (n - beter, n),
                sum(tijd) / n))
