#!/usr/bin/env bash
# Kontrollen av ärendearkivet som .github/workflows/pmtui.yml kör, och som går att
# köra lokalt (pmtui ska finnas på PATH):
#
#   PMTUI_BASE=origin/main bash .github/pmtui-check.sh
#
# 1. pmtui check: varje ärendefil går att läsa och är ett giltigt ärende.
# 2. pmtui fmt --check: varje ärendefil är skriven i kanonisk form.
# 3. pmtui review --markdown: granskningen av PMTUI_BASE...PMTUI_HEAD (från där
#    grenarna skildes åt) läggs till i $GITHUB_STEP_SUMMARY, eller skrivs ut.
#    Utan PMTUI_BASE granskas HEAD mot uppströmsgrenens standardgren.
#
# Alla tre steg körs; skriptet avslutar med kod 1 om något av dem hittade fel.
set -u

head="${PMTUI_HEAD:-HEAD}"
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
if [ -n "${PMTUI_BASE:-}" ]; then
  range="${PMTUI_BASE}...${head}"
else
  range="${head}"
fi

status=0
pmtui check || status=1
pmtui fmt --check || status=1
pmtui review --markdown "$range" >> "$summary" || status=1
exit "$status"
