#!/usr/bin/env bash
# online family subset: seed 1 of every shape up to 1,500 households, weekly and daily, default simulate
cd "$(dirname "$0")/../../.."   # the repository root
out="${1:-/tmp/online}"; mkdir -p "$out"
while read naam gebied hh ruimte gek onpl aank aang held; do
  d=$out/$naam; rm -rf $d
  ./kansrijk generate --households $hh --seed 1 --gebied $gebied --ruimte $ruimte --gekoppeld-fractie $gek --onplaatsbaar $onpl --aankomst $aank --aangekondigd $aang --out $d/in > /dev/null 2>&1
  for b in weekly daily; do
    ./kansrijk simulate $d/in --out $d/$b --batch $b 2>/dev/null | grep -E "^(hindsight|greedy|batch|price) " | sed "s/^/$naam $held $b /"
  done
done <<'SHAPES'
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
SHAPES
