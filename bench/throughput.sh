#!/usr/bin/env bash
# Throughput of a news article page: the site (front cache) vs nginx serving the same HTML as a
# static file, side by side, with wrk at 50 connections. Needs Debian's nginx and wrk
# (apt-get install -y nginx-light wrk). Usage: bash bench/throughput.sh http://127.0.0.1:4321
set -euo pipefail
site=${1:-http://127.0.0.1:4321}
load_before=$(cut -d" " -f1 /proc/loadavg)
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cores=$(nproc)
cpu_seconds() { node_modules/.bin/tsx bench/lib/cpuSeconds.ts "$@"; }
site_port=$(echo "$site" | sed -E 's#.*:([0-9]+).*#\1#')
site_pid=${SITE_PID:-$(ss -ltnpH "sport = :$site_port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$site_pid" ] || { echo "no process listens on port $site_port (set SITE_PID)" >&2; exit 1; }
command -v nginx >/dev/null && command -v wrk >/dev/null || { echo "needs nginx and wrk: apt-get install -y nginx-light wrk" >&2; exit 1; }
dir=$(mktemp -d /tmp/va-nginx-XXXX)
chmod 755 "$dir"   # nginx workers run as nobody: an unreadable folder makes every answer a 403
trap 'nginx -p "$dir" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$dir"' EXIT

article=$(curl -s "$site/sitemap.xml" | grep -o '<loc>[^<]*/news/[a-z]*/[^<]*</loc>' | awk 'NR == 1' | sed -E 's#<loc>https?://[^/]+(.*)</loc>#\1#')
curl -s "$site$article" -o "$dir/article.html"
gzip -k -6 "$dir/article.html"
mkdir -p "$dir/logs"
cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  gzip on;
  gzip_static on;   # the pre-compressed copy below: nginx at its fastest, no gzip per request
  types { text/html html; }
  server { listen 127.0.0.1:8089; root $dir; }
}
CONF
nginx -p "$dir" -c nginx.conf
sleep 0.5
curl -s "$site$article" >/dev/null   # warm the page cache

# Prints req/s, p99 and the count of non-2xx/3xx answers (which would make req/s meaningless).
run() { wrk -t2 -c50 -d10s --latency -H 'Accept-Encoding: gzip' "$1" | awk '/Requests\/sec/ {rps=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {print rps, p99, bad + 0}'; }
nginx_pid=$(cat "$dir/nginx.pid")
before=$(cpu_seconds "$nginx_pid")
read -r nginx_rps nginx_p99 nginx_bad < <(run "http://127.0.0.1:8089/article.html")
nginx_cpu=$(awk -v a="$(cpu_seconds "$nginx_pid")" -v b="$before" 'BEGIN { printf "%.2f", a - b }')
before=$(cpu_seconds "$site_pid")
read -r site_rps site_p99 site_bad < <(run "$site$article")
site_cpu=$(awk -v a="$(cpu_seconds "$site_pid")" -v b="$before" 'BEGIN { printf "%.2f", a - b }')
load_after=$(cut -d" " -f1 /proc/loadavg)
if [ "$nginx_bad" != 0 ] || [ "$site_bad" != 0 ]; then echo "error answers: nginx $nginx_bad, site $site_bad" >&2; exit 1; fi
ratio=$(awk -v a="$site_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
# Requests per CPU second of the server itself (10 s runs).
site_per_cpu=$(awk -v r="$site_rps" -v c="$site_cpu" 'BEGIN { printf "%.0f", r * 10 / c }')
nginx_per_cpu=$(awk -v r="$nginx_rps" -v c="$nginx_cpu" 'BEGIN { printf "%.0f", r * 10 / c }')
cpu_ratio=$(awk -v a="$site_per_cpu" -v b="$nginx_per_cpu" 'BEGIN { printf "%.2f", a / b }')
echo "page: $article ($(wc -c <"$dir/article.html") bytes)"
echo "nginx static: ${nginx_rps} req/s, p99 ${nginx_p99}, ${nginx_cpu} CPU s (${nginx_per_cpu} req per CPU s)"
echo "site:         ${site_rps} req/s, p99 ${site_p99}, ${site_cpu} CPU s (${site_per_cpu} req per CPU s)"
echo "ratio site/nginx: ${ratio} per wall second (goal ≥ 0.5), ${cpu_ratio} per CPU second"
echo "CPU ${cpu_model}, ${cores} cores; load average ${load_before} before, ${load_after} after (1 min)"
mkdir -p bench/results
printf '{\n  "page": "%s",\n  "nginxStatic": { "requestsPerSecond": %s, "p99": "%s", "cpuSeconds": %s },\n  "site": { "requestsPerSecond": %s, "p99": "%s", "cpuSeconds": %s },\n  "ratio": %s,\n  "ratioPerCpuSecond": %s,\n  "machine": { "cpu": "%s", "cores": %s, "loadBefore": %s, "loadAfter": %s },\n  "conditions": "wrk -t2 -c50 -d10s, gzip; nginx serves a pre-compressed copy",\n  "measuredAt": "%s"\n}\n' \
  "$article" "$nginx_rps" "$nginx_p99" "$nginx_cpu" "$site_rps" "$site_p99" "$site_cpu" "$ratio" "$cpu_ratio" "$cpu_model" "$cores" "$load_before" "$load_after" "$(date -u +%FT%TZ)" >bench/results/throughput.json
