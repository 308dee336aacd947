#!/usr/bin/env bash
# cmake --install and the Debian package: the installed binary finds its
# rules without flags, the man page and completions are there, and bash
# completion completes. Usage: install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name"; fi
}

cmake --install "$build" --prefix "$tmp/prefix" > /dev/null
bin=$tmp/prefix/bin/claimex
cd "$tmp"
check "installed rules found without flags" \
  sh -c "env -u CLAIMEX_RULES '$bin' rules check | grep -q 'in $tmp/prefix/share/claimex/rules\$'"
check "installed binary extracts as the build does" \
  sh -c "env -u CLAIMEX_RULES '$bin' extract '$src/corpus/dev/wire-briefs.jsonl' > a.jsonl &&
         '$build/claimex' extract '$src/corpus/dev/wire-briefs.jsonl' > b.jsonl && cmp -s a.jsonl b.jsonl"
for f in share/man/man1/claimex.1 share/bash-completion/completions/claimex share/zsh/vendor-completions/_claimex \
         share/doc/claimex/schema.json; do
  check "installed $f" test -s "$tmp/prefix/$f"
done
check "man page renders" sh -c "man -l '$tmp/prefix/share/man/man1/claimex.1' 2>/dev/null | grep -q 'claimex render'"
check "bash completes subcommands" bash -c "source '$tmp/prefix/share/bash-completion/completions/claimex';
  COMP_WORDS=(claimex r); COMP_CWORD=1; _claimex; [[ \"\${COMPREPLY[*]}\" == 'rules render' ]]"
check "bash completes options" bash -c "source '$tmp/prefix/share/bash-completion/completions/claimex';
  COMP_WORDS=(claimex extract --on); COMP_CWORD=2; _claimex; [[ \"\${COMPREPLY[*]}\" == '--only' ]]"

(cd "$build" && cpack -G DEB -B "$tmp/pkg" > /dev/null)
deb=$(ls "$tmp"/pkg/claimex_*_amd64.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/claimex ./usr/share/claimex/rules/claims/cues.tsv ./usr/share/man/man1/claimex.1; do
  check "package holds $f" grep -q " $f\$" <<< "$contents"
done
check "package depends on the runtime libraries" sh -c "dpkg-deb -f '$deb' Depends | grep -q libre2-9"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
