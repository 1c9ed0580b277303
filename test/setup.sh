#!/usr/bin/env bash
# Installs the system programs the tests drive (Neovim for the editor-config test, pre-commit for
# the .pre-commit-hooks.yaml test) when they are missing. Runs before `npm test`; needs root (or
# does nothing and lets the test say what is missing).
set -euo pipefail
missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test/setup.sh: installing ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test/setup.sh: please install: ${missing[*]}" >&2
  fi
fi
