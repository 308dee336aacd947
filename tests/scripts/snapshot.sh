#!/usr/bin/env bash
# Golden snapshot: claimex's output over corpus/ must equal
# tests/snapshots/corpus.jsonl. On a difference it prints `claimex diff` and
# fails; when the change is intended, scripts/update-snapshots records it.
set -u
claimex=$1
cd "$(dirname "$0")/../.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$claimex" extract corpus > "$out" || exit 1
if ! "$claimex" diff tests/snapshots/corpus.jsonl "$out"; then
  echo "corpus output changed. If intended, run scripts/update-snapshots and commit the result."
  exit 1
fi
