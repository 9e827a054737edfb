#!/usr/bin/env bash
# How far a stored ratio moves between runs on one machine: judges the same accepted solution
# RUNS times with `judge submit --json` (each run times the reference ladder afresh), half of the
# runs with a memory-bandwidth hog on another CPU, and prints every run's ratio to the fastest
# reference with its in-run interval, then the spread. timing.h kBetweenRunDrift comes from it.
#   bench/ratio_drift.sh [PROBLEM] [SOLUTION] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
problem=${1:-top-k-frequent}
solution=${2:-problems/top-k-frequent/submissions/accepted/hash_heap.cpp}
runs=${3:-6}
judge=build/ci/bin/judge
scratch=$(mktemp -d)
trap 'kill "${hog:-0}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export JUDGE_HOME="$scratch/home"

# The hog: streams through 256 MiB, so it competes for caches and memory bandwidth, not CPU time.
cat >"$scratch/hog.cpp" <<'CPP'
#include <cstddef>
#include <vector>
int main() {
  std::vector<long> v(32 << 20, 1);
  volatile long sink = 0;
  for (;;) { long s = 0; for (std::size_t i = 0; i < v.size(); i += 8) { s += v[i]; v[i] = s; } sink = s; }
}
CPP
g++ -O2 -o "$scratch/hog" "$scratch/hog.cpp"

"$judge" submit "$problem" "$solution" --no-save >/dev/null 2>&1 || true  # generate cases, build the PCH
printf '%-4s %-7s %-26s %8s %8s %8s\n' run load reference ratio low high
for ((i = 1; i <= runs; i++)); do
  load=quiet
  if ((i % 2 == 0)); then
    taskset -c 0 "$scratch/hog" & hog=$!
    load=hog
  fi
  rm -f "$scratch/out.json"
  status=0
  "$judge" submit "$problem" "$solution" --json >"$scratch/out.json" 2>/dev/null || status=$?
  if [[ $load == hog ]]; then kill "$hog"; wait "$hog" 2>/dev/null || true; fi
  if ((status != 0)); then
    echo "run $i: judge submit exited $status; no row" >&2
    continue
  fi
  python3 - "$scratch/out.json" "$i" "$load" >>"$scratch/rows" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
r = d["ladder"][0]
print(sys.argv[2], sys.argv[3], r["name"], r["ratio"], r["low"], r["high"])
PY
  tail -1 "$scratch/rows" | awk '{printf "%-4s %-7s %-26s %8.3f %8.3f %8.3f\n", $1, $2, $3, $4, $5, $6}'
done
awk '{r[NR]=$4; if (NR==1||$4<min) min=$4; if (NR==1||$4>max) max=$4}
     END {printf "spread: %.3f to %.3f, max/min = %.3f (%.1f%% between runs)\n", min, max, max/min, (max/min-1)*100}' "$scratch/rows"
