#!/usr/bin/env bash
# The browser test of claimex render (render_test.mjs) with its npm
# dependency (playwright-core, pinned in package-lock.json) installed on first
# use. Usage: tests/browser/run.sh CLAIMEX OUT_DIR
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --silent
fi
exec node render_test.mjs "$@"
