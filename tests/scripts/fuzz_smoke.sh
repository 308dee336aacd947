#!/usr/bin/env bash
# fuzz_smoke.sh BINARY TARGET [SECONDS]: replays tests/fuzz/regressions/TARGET,
# then fuzzes for SECONDS (default: $CLAIMEX_FUZZ_SECONDS, else 60) from seeds taken from the project's own
# corpus, fixtures and rules. Any crash fails; its input is kept in
# findings/TARGET beside the binary, to be added as a regression file.
set -euo pipefail
bin=$1 target=$2 seconds=${3:-${CLAIMEX_FUZZ_SECONDS:-60}}
regressions=tests/fuzz/regressions/$target
findings=$(dirname "$bin")/findings/$target
mkdir -p "$findings"
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
case $target in
  extract) sources=(corpus/*/*.txt tests/cli/fixtures/*.txt tests/cli/fixtures/bad-inputs/* tests/fuzz/corpus-sample/extract/*) ;;
  jsonl)   sources=(corpus/*/*.jsonl tests/cli/fixtures/*.jsonl) ;;
  rules)   sources=(rules/anonymity/*.toml rules/dates/*.toml rules/actors/*.toml) ;;
esac
n=0
for f in "${sources[@]}"; do  # numbered: seeds from different folders may share a name
  n=$((n + 1))
  cp "$f" "$seeds/$n-$(basename "$f")"
done
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
  "$bin" "$regressions"/* >/dev/null 2>&1 || { echo "a past finding crashes again"; "$bin" "$regressions"/*; exit 1; }
fi
"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$findings/" -print_final_stats=1 "$seeds" 2>&1 | tail -n 12
