#!/usr/bin/env python3
"""Copy an input folder and scale its taakstellingen so that total capacity is (1 + P/100) x the persons of its
households (used for the simulations in docs/dynamic.md). Usage: set-spare-capacity.py SRC DST P"""
import csv, math, shutil, sys

src, dst, pct = sys.argv[1], sys.argv[2], float(sys.argv[3])
shutil.copytree(src, dst, dirs_exist_ok=True)
personen = sum(int(r['personen']) for r in csv.DictReader(open(f'{src}/huishoudens.csv', encoding='utf-8-sig')))
with open(f'{src}/taakstellingen.csv', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
    fields = list(rows[0].keys())
rest = sum(int(r['achterstand']) - int(r['gerealiseerd']) for r in rows)
totaal = sum(int(r['taakstelling']) for r in rows)
doel = round(personen * (1 + pct / 100)) - rest
factor = doel / totaal
exact = [int(r['taakstelling']) * factor for r in rows]
nieuw = [math.floor(x) for x in exact]
for i in sorted(range(len(rows)), key=lambda i: (-(exact[i] - nieuw[i]), i))[: doel - sum(nieuw)]:
    nieuw[i] += 1
for r, n in zip(rows, nieuw):
    r['taakstelling'] = str(n)
with open(f'{dst}/taakstellingen.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator='\n')
    w.writeheader()
    w.writerows(rows)
print(f'{dst}: {personen} persons, capacity {doel + rest} ({pct:+.1f} %)')
