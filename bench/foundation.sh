#!/usr/bin/env bash
# Foundation figures from a clean clone: install time and size, cold and warm start to the site
# answering, Next and Astro build time and peak memory, and (with --with-tests) npm test.
# Usage: bash bench/foundation.sh [--with-tests]   → prints a table, writes bench/results/foundation.json
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/va-bench-XXXX)
trap 'pkill -f "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
site_port=4521 admin_port=3221

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

source "$repo/bench/lib/machine.sh"
machine_start
git clone -q "$repo" "$work/app" || { echo "git clone failed" >&2; exit 1; }
cd "$work/app"

t=$(seconds)
npm install --no-audit --no-fund >"$work/install.log" 2>&1 || { echo "npm install failed:" >&2; tail -30 "$work/install.log" >&2; exit 1; }
install_s=$(elapsed "$t")
node_modules_mb=$(du -sm node_modules | cut -f1)
export PATH="$PWD/node_modules/.bin:$PATH"

start_until_answer() {
  local t pid
  t=$(seconds)
  SITE_PORT=$site_port ADMIN_PORT=$admin_port setsid npm start >"$work/start-$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$site_port/" && curl -sf -o /dev/null "http://127.0.0.1:$admin_port/admin/login"; do
    kill -0 "$pid" 2>/dev/null || { echo "npm start died, see $work/start-$1.log" >&2; cat "$work/start-$1.log" >&2; exit 1; }
    sleep 0.2
  done
  elapsed "$t"
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 1
}
cold_start_s=$(start_until_answer cold)   # builds, migrates, seeds
warm_start_s=$(start_until_answer warm)   # everything already in place

measure_build() { /usr/bin/time -f '%e %M' -o "$work/time-$1" env NODE_ENV=production "$@" >/dev/null 2>&1; cat "$work/time-$1"; }
read -r next_s next_kb < <(measure_build next build)
read -r astro_s astro_kb < <(measure_build astro build)

tests_line="not run (pass --with-tests)"
tests_s=""
if [[ "${1:-}" == "--with-tests" ]]; then
  t=$(seconds)
  npm test >"$work/test.log" 2>&1 || true
  tests_s=$(elapsed "$t")
  tests_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$work/test.log" | tail -1)
fi

cat <<TABLE
install (npm install, clean clone)   ${install_s} s
node_modules size                  ${node_modules_mb} MB
npm start → site answering, cold   ${cold_start_s} s   (builds, migrations, demo seed)
npm start → site answering, warm   ${warm_start_s} s
next build                         ${next_s} s, peak $((next_kb / 1024)) MB
astro build                        ${astro_s} s, peak $((astro_kb / 1024)) MB
npm test                           ${tests_line}${tests_s:+ in ${tests_s} s}
TABLE
machine_line

cat >"$repo/bench/results/foundation.json" <<JSON
{
  "measuredAt": "$(date -u +%FT%TZ)",
  "machine": "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB",
  "cpu": $(machine_json),
  "installSeconds": $install_s,
  "nodeModulesMB": $node_modules_mb,
  "coldStartSeconds": $cold_start_s,
  "warmStartSeconds": $warm_start_s,
  "nextBuild": { "seconds": $next_s, "peakMB": $((next_kb / 1024)) },
  "astroBuild": { "seconds": $astro_s, "peakMB": $((astro_kb / 1024)) },
  "npmTest": { "seconds": ${tests_s:-null}, "result": "$tests_line" }
}
JSON
