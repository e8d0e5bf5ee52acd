#!/usr/bin/env python3
"""Writes woningen.csv and regiopools.csv of sample-data/u16-2026-h1 (SYNTHETIC dwellings, from real stock sizes).

Run from the repository root, after `kansrijk generate` wrote the folder (see sample-data/README.md):

    python3 sample-data/scripts/u16-woningen.py [REFERENCE_DIR [FOLDER POOL]]
        # defaults ../shared/reference, sample-data/u16-2026-h1, U16; another FOLDER (a generated instance) gets
        # dwellings by the same assumptions, and one pool POOL of all its gemeenten (for measurements, not bundled)

Real: the dwelling stock per gemeente at the end of 2020 (CBS StatLine via followthemoney/plancapaciteit,
woningvoorraad-2020.csv). Assumed, and therefore synthetic: everything below in CAPITALS. Deterministic: the same
reference file writes the same bytes (Python's Mersenne Twister, seeded).
"""
import csv
import datetime
import random
import sys
from pathlib import Path

SEED = 2026

# --- assumptions (synthetic) ---------------------------------------------------------------------------------
SOCIALE_HUUR = 0.29            # share of the stock that is social rent (about the national share around 2020)
MUTATIEGRAAD = 0.07            # share of social rent dwellings let anew per year (turnover)
AANDEEL_VERGUNNINGHOUDERS = 0.08  # share of those lets that goes to vergunninghouders (about 13,000 households a year nationally)
HALFJAAR = 0.5                 # the file covers one half year of dwellings coming free
EERSTE_DAG = datetime.date(2026, 1, 10)  # dwellings come free evenly from here ...
LAATSTE_DAG = datetime.date(2026, 8, 31)  # ... to here (beyond the period: late koppelingen are housed after June)
TOEGANKELIJK = 0.12            # share of dwellings marked accessible
# size mix: the share of small dwellings follows the gemeente's aandeel_eenpersoonswoningen (itself synthetic)
SOORTEN = {  # name: (min_personen, max_personen, soort, slaapkamers, base rent)
    "kamer": (1, 1, "kamer", 1, 420),
    "klein": (1, 2, "zelfstandig", 1, 560),
    "middel": (2, 4, "zelfstandig", 2, 680),
    "groot": (3, 6, "zelfstandig", 3, 780),
    "zeer_groot": (5, 9, "zelfstandig", 4, 880),
}


def mix(aandeel_een):
    klein = min(0.7, max(0.3, aandeel_een / 100 + 0.2))
    rest = 1 - klein
    return {"kamer": 0.2 * klein, "klein": 0.8 * klein, "middel": 0.55 * rest, "groot": 0.35 * rest,
            "zeer_groot": 0.10 * rest}


def main():
    ref = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    map_ = Path(sys.argv[2] if len(sys.argv) > 2 else "sample-data/u16-2026-h1")
    pool = sys.argv[3] if len(sys.argv) > 3 else "U16"
    voorraad = {r["gemeentecode"]: int(r["woningen_eind_2020"])
                for r in csv.DictReader(open(ref / "woningvoorraad-2020.csv", encoding="utf-8"))}
    gemeenten = list(csv.DictReader(open(map_ / "gemeenten.csv", encoding="utf-8")))
    rnd = random.Random(SEED)
    dagen = (LAATSTE_DAG - EERSTE_DAG).days
    rows = []
    for g in gemeenten:
        code = g["gemeente_code"]
        if code not in voorraad:  # formed after 2020 (GM1979, GM1980, GM1982, GM1991, GM1992): stock by inhabitants
            voorraad[code] = round(int(g["inwoners"]) * 0.45)
        aantal = round(voorraad[code] * SOCIALE_HUUR * MUTATIEGRAAD * HALFJAAR * AANDEEL_VERGUNNINGHOUDERS)
        kansen = mix(int(g["aandeel_eenpersoonswoningen"] or 30))
        namen = list(kansen)
        for i in range(aantal):
            soort = rnd.choices(namen, weights=[kansen[n] for n in namen])[0]
            lo, hi, s, kamers, huur = SOORTEN[soort]
            datum = EERSTE_DAG + datetime.timedelta(days=rnd.randrange(dagen + 1))
            rows.append({"woning_id": f"{code}-W{i + 1:03d}", "gemeente_code": code,
                         "beschikbaar_vanaf": datum.isoformat(), "min_personen": lo, "max_personen": hi,
                         "toegankelijk": "ja" if rnd.random() < TOEGANKELIJK else "nee", "soort": s,
                         "slaapkamers": kamers, "huur": f"{huur + rnd.randrange(-60, 61)}.00"})
        print(f"{code} {g['naam']}: voorraad {voorraad[code]}, {aantal} woningen", file=sys.stderr)
    velden = ["woning_id", "gemeente_code", "beschikbaar_vanaf", "min_personen", "max_personen", "toegankelijk",
              "soort", "slaapkamers", "huur"]
    with open(map_ / "woningen.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, velden, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(map_ / "regiopools.csv", "w", encoding="utf-8", newline="") as f:
        f.write("pool,gemeente_code\n")
        for g in gemeenten:
            f.write(f"{pool},{g['gemeente_code']}\n")
    print(f"{len(rows)} woningen in {len(gemeenten)} gemeenten", file=sys.stderr)


if __name__ == "__main__":
    main()
