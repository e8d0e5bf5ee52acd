#!/usr/bin/env bash
# The default online policy on the family of shapes (issue 29): every shape up to 1,500 households, seeds 1-3,
# weekly and daily. Per instance: hindsight once with the default simulate (the engine, the exact path where it fits),
# then greedy and the default price policy with a cheap hindsight (-Dkansrijk.exact=uit and
# --hindsight-moves-per-household 1 change neither policy); percentages are of the first hindsight's soft score.
# Usage: familie-standaard.sh OUT [SEEDS] [groot] (default seeds "1 2 3"); rows in OUT/res.txt, the table from
# familie-tabel.py OUT. With "groot": the shapes of 2,000 households and more instead (120 and 150 gemeenten, the country).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"; cd "$root"
out="$(mkdir -p "$1" && cd "$1" && pwd)"; seeds="${2:-1 2 3}"; blok="${3:-SHAPES}"
[ "$blok" = groot ] && blok=GROOT
. .mvn/find-jdk.sh              # a JDK 21+ in JAVA_HOME, as ./mvnw and ./kansrijk find it (the default java may be 17)
./kansrijk --help > /dev/null   # builds the jar once
jar=$(ls matching-app/target/matching-app-*-all.jar)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$out/hind"
sed -n "/^${blok}_BEGIN/,/^${blok}_END/p" "$0" | grep -v "^${blok}_" > "$out/shapes.txt"
for s in $seeds; do
  while read naam gebied hh ruimte gek onpl aank aang held; do
    d=$out/data/$naam-s$s
    [ -d "$d" ] || ./kansrijk generate --households $hh --seed $s --gebied $gebied --ruimte $ruimte \
        --gekoppeld-fractie $gek --onplaatsbaar $onpl --aankomst $aank --aangekondigd $aang --out "$d" > /dev/null 2>&1
    [ -s "$out/hind/$naam-s$s" ] || "$java" -Xmx8g -jar "$jar" simulate "$d" --out "$out/run/$naam-s$s-hindsight" -q \
        --policy greedy 2>/dev/null | awk -v d=$naam-s$s '$1=="hindsight"{print d, $7, $8}' > "$out/hind/$naam-s$s"
    for b in weekly daily; do
      grep -q "^$naam-s$s $b price" "$out/res.txt" 2>/dev/null && continue
      "$java" -Xmx4g -Dkansrijk.exact=uit -jar "$jar" simulate "$d" --out "$out/run/$naam-s$s-$b" --batch $b -q \
          --hindsight-moves-per-household 1 --policy greedy,price 2>/dev/null \
        | awk -v d=$naam-s$s -v b=$b '$1 ~ /^(greedy|price)$/ {print d, b, $1, $2, $7, $8, $NF}' >> "$out/res.txt"
    done
  done < "$out/shapes.txt"
done
exit 0
SHAPES_BEGIN
utrecht-16 regio:GM0344:16 400 0.03 0.10 0.00 even 0.85 no
groningen-16 regio:GM0014:16 400 0.00 0.20 0.01 golven 0.60 yes
eindhoven-25 regio:GM0772:25 625 0.05 0.00 0.02 laat 1.00 no
zwolle-25 regio:GM0193:25 625 0.01 0.30 0.01 even 0.50 yes
groningen-25 regio:GM0014:25 600 0.12 0.05 0.02 even 0.70 no
utrecht-25 regio:GM0344:25 700 0.08 0.20 0.00 golven 0.85 yes
zeeland provincie:Zeeland 325 0.03 0.10 0.01 laat 0.85 no
limburg provincie:Limburg 775 0.01 0.20 0.00 golven 0.90 yes
gelderland provincie:Gelderland 1300 0.05 0.30 0.02 even 0.60 no
prov-utrecht provincie:Utrecht 650 0.00 0.25 0.00 even 1.00 yes
eindhoven-60 regio:GM0772:60 1500 0.00 0.10 0.01 golven 1.00 no
SHAPES_END
GROOT_BEGIN
land-2000 land 2000 0.05 0.00 0.00 even 0.85 no
zwolle-120 regio:GM0193:120 3000 0.03 0.15 0.00 laat 0.85 yes
utrecht-150 regio:GM0344:150 3750 0.08 0.00 0.02 even 0.50 yes
land-4000 land 4000 0.12 0.10 0.02 golven 0.50 no
land-6000 land 6000 0.01 0.30 0.01 laat 0.70 yes
GROOT_END
