#!/usr/bin/env bash
# The price policy (default settings) on the family instances of docs/dynamic.md's section "The last day of the period",
# with the same command lines as familie-standaard.sh (cheap hindsight, move-limited, so plans do not depend on load).
# Usage (from the repository root, jar built): run.sh OUT "zeeland:1:weekly prov-utrecht:2:daily ..." ; rows to OUT/res.txt
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"; cd "$root"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
. .mvn/find-jdk.sh
jar=$(ls matching-app/target/matching-app-*-all.jar); java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
f=matching-benchmarks/results/online/familie-standaard.sh
for x in $2; do
  IFS=: read naam s b <<< "$x"
  read _ gebied hh ruimte gek onpl aank aang held <<< "$(sed -n '/^SHAPES_BEGIN/,/^GROOT_END/p' $f | awk -v n=$naam '$1==n')"
  d=$out/data/$naam-s$s
  [ -d "$d" ] || ./kansrijk generate --households $hh --seed $s --gebied $gebied --ruimte $ruimte \
      --gekoppeld-fractie $gek --onplaatsbaar $onpl --aankomst $aank --aangekondigd $aang --out "$d" > /dev/null 2>&1
  nice -n 10 "$java" -Xmx4g -Dkansrijk.exact=uit -jar "$jar" simulate "$d" --out "$out/run/$naam-s$s-$b" --batch $b -q \
      --hindsight-moves-per-household 1 --policy price 2>/dev/null \
    | awk -v d=$naam-s$s -v b=$b '$1=="price" {print d, b, $1, $2, $7, $8, $NF}' >> "$out/res.txt"
done
