#!/usr/bin/env bash
# Lighthouse (mobile preset, the default) for one URL per page type, with Debian's chromium.
# Usage: bash bench/lighthouse.sh http://127.0.0.1:4321   (fetches lighthouse@13 with npx)
# PAGES="/about /consultations" measures only those.
set -euo pipefail
site=${1:-http://127.0.0.1:4321}
sitemap=$(curl -s "$site/sitemap.xml")
pick() { grep -o "<loc>[^<]*$1[^<]*</loc>" <<<"$sitemap" | head -1 | sed -E 's#<loc>https?://[^/]+(.*)</loc>#\1#'; }
pages=(/ /news/work "$(pick /news/work/)" /policies "$(pick /policies/np-)" "$(pick /interpretations/)" /services "$(pick /services/)" "$(pick /checklist)" /stations "$(pick /stations/)" /veterans "$(pick /veterans/)" "$(pick /commendations/)" /about /consultations "$(pick /consultations/)" /new-media /downloads "$(pick /pages/)" "/search?q=%E6%9C%8D%E5%8A%A1%E7%AB%99")
if [[ -n "${PAGES:-}" ]]; then read -ra pages <<<"$PAGES"; fi
source "$(dirname "$0")/lib/machine.sh"
machine_start
printf '%-60s %5s %5s %5s %5s\n' page perf a11y bp seo
for page in "${pages[@]}"; do
  out=$(mktemp)
  npx -y lighthouse@13 "$site$page" --quiet --output=json --output-path="$out" --chrome-path=/usr/bin/chromium \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1 || true
  node -e "const r=JSON.parse(require('fs').readFileSync('$out','utf8')).categories; const s=k=>Math.round(r[k].score*100); console.log('$page'.padEnd(60), String(s('performance')).padStart(5), String(s('accessibility')).padStart(5), String(s('best-practices')).padStart(5), String(s('seo')).padStart(5))" 2>/dev/null || echo "$page: lighthouse failed"
  rm -f "$out"
done
machine_line
