#!/bin/sh
# The command line's wall time, resident memory and peak heap on the end-to-end inputs (docs/performance.md).
#
#   benchmarks/scripts/cli-wall.sh [CLI_JAR] [RUNS]
#
# Runs the tool as a user does, through bin/smartvillage (with SMARTVILLAGE_JAR=CLI_JAR): Java's options are the
# script's (the parallel collector) and HEAP's (default -Xmx1g) or, for the national CSV, NATIONAL_HEAP's (default
# -Xmx6g); HEAP="-Xmx1g -XX:+UseG1GC" measures another collector. SCALE_DIR must not hold spaces (it goes into
# JAVA_OPTS for the GC logs).
#
# Builds nothing: first `mvn -q -B -pl cli,benchmarks -am package -DskipTests`. Writes the inputs once into
# $SCALE_DIR (default /tmp/smartvillage-scale) with InputFiles (deterministic), then runs each case RUNS times
# (default 3) and prints one line per run: case, wall seconds, max RSS (MiB), peak heap (MiB, from the GC log:
# the largest heap before a collection or at exit), bytes written. CASES (default all) picks cases by name.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${1:-$root/cli/target/smartvillage-cli.jar}
runs=${2:-3}
dir=${SCALE_DIR:-/tmp/smartvillage-scale}
cases=${CASES:-"province-json province-html province-xlsx province-all villages-20k units-82k national-csv"}
heap=${HEAP:--Xmx1g}
packs=$root/benchmarks/src/main/resources/packs
mkdir -p "$dir/in" "$dir/out"
for s in province villages-20k units-82k national-csv; do
  if [ ! -e "$dir/in/$s.json" ] && [ ! -e "$dir/in/$s" ]; then
    java -Xmx8g -cp "$root/benchmarks/target/benchmarks.jar" vn.smartvillage.benchmarks.InputFiles "$dir/in" "$s" >/dev/null
  fi
done
peak() {
  # Pauses: "Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M)"; at exit, G1: "garbage-first heap total 262144K,
  # used 81234K"; the parallel collector: "PSYoungGen total …K, used …K" and "ParOldGen total …K, used …K", summed.
  awk 'function used() { for (i = 1; i <= NF; i++) if ($i == "used") { u = $(i + 1); sub(/K,?$/, "", u); return u / 1024 } return 0 }
       /->/ { split($0, a, "->"); n = split(a[1], b, " "); v = b[n]; sub(/M$/, "", v); if (v + 0 > m) m = v + 0 }
       /garbage-first heap/ { u = used(); if (u > m) m = u }
       /PSYoungGen|ParOldGen/ { ps += used() }
       END { if (ps > m) m = ps; printf "%.0f", m }' "$1"
}
run() {
  name=$1; shift
  out=$1; shift
  i=1
  while [ "$i" -le "$runs" ]; do
    rm -rf "$dir/out/$out"
    JAVA_OPTS="$heap -Xlog:gc:file=$dir/gc.log -Xlog:gc+heap+exit:file=$dir/gc-exit.log" SMARTVILLAGE_JAR="$jar" \
      /usr/bin/time -f "%e %M %U %S" -o "$dir/time.txt" "$root/bin/smartvillage" evaluate --packs "$packs" \
        --pack bench.province --no-progress "$@" >/dev/null 2>"$dir/err.txt" || { echo "$name: failed"; cat "$dir/err.txt"; }
    cat "$dir/gc.log" "$dir/gc-exit.log" > "$dir/gc-all.log"
    set -- "$@"
    bytes=$(du -sb "$dir/out/$out" 2>/dev/null | cut -f1)
    echo "$name run $i: $(awk '{ printf "%s s (CPU %s s user, %s s sys), RSS %.0f MiB", $1, $3, $4, $2 / 1024 }' "$dir/time.txt"), peak heap $(peak "$dir/gc-all.log") MiB, $bytes bytes"
    i=$((i + 1))
  done
}
for c in $cases; do
  case $c in
    province-json) run "$c" p.json "$dir/in/province.json" --format json -o "$dir/out/p.json" ;;
    province-html) run "$c" p.html "$dir/in/province.json" --format html -o "$dir/out/p.html" ;;
    province-xlsx) run "$c" p.xlsx "$dir/in/province.json" --format xlsx -o "$dir/out/p.xlsx" ;;
    province-all) run "$c" p-all "$dir/in/province.json" --format json,html,xlsx -o "$dir/out/p-all/" ;;
    villages-20k) run "$c" v20k.json "$dir/in/villages-20k.json" --format json -o "$dir/out/v20k.json" ;;
    units-82k) run "$c" u82k.json "$dir/in/units-82k.json" --max-dataset-size 256 --format json -o "$dir/out/u82k.json" ;;
    national-csv) heap=${NATIONAL_HEAP:--Xmx6g} run "$c" n.csv "$dir/in/national-csv" --data-date 2024-06-30 --max-units 40000000 \
        --format csv -o "$dir/out/n.csv" ;;
  esac
done
