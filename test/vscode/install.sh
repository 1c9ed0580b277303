#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, once, and caches it under .cache/:
#   - Debian packages: chromium (the browser that loads the workbench), libkrb5-dev and a
#     toolchain (code-server's native modules build from source), ripgrep (see below);
#   - code-server, i.e. VS Code 1.100 served to a browser, into .cache/code-server.
# Desktop VS Code cannot be downloaded here, and neither npm nor Debian carries it or Electron.
# Safe to run again: each step checks first and does nothing when its result is already there.
# Prints the path of the code-server executable on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3   # VS Code 1.100.3, the newest code-server that runs on node 20
RIPGREP_PKG_VERSION=1.15.11   # the @vscode/ripgrep that code-server 4.100.3 depends on
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="$root/.cache"
prefix="$cache/code-server"
bin="$prefix/node_modules/.bin/code-server"
log() { echo "test/vscode/install.sh: $*" >&2; }

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
  command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "please install these Debian packages first: ${missing[*]}"
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is not reachable here. It first
# looks in $TMPDIR/vscode-ripgrep-cache-<version>/ for the release asset, so Debian's rg, tarred
# under the asset's name, satisfies it.
seed_ripgrep_cache() {
  local dir="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  [ -s "$dir/$RIPGREP_ASSET" ] && return
  mkdir -p "$dir"
  local stage; stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  tar -czf "$dir/$RIPGREP_ASSET" -C "$stage" rg
  rm -rf "$stage"
}

# Read from package.json: running `code-server --version` would write a config into $HOME.
installed_version() {
  node -p "require('$prefix/node_modules/code-server/package.json').version" 2>/dev/null || true
}

install_code_server() {
  [ -x "$bin" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] && return
  log "npm install code-server@$CODE_SERVER_VERSION into .cache/code-server (about a minute)"
  mkdir -p "$prefix"
  [ -f "$prefix/package.json" ] || echo '{ "private": true }' >"$prefix/package.json"
  # unsafe_perm: the postinstalls run as root; yes: node-pty's postinstall runs `npx node-gyp`.
  # nodedir: build against the installed node's headers instead of downloading them.
  local nodedir=()
  [ -f /usr/include/node/node.h ] && nodedir=(env npm_config_nodedir=/usr)
  (cd "$prefix" && "${nodedir[@]}" env npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  [ -x "$bin" ] || { log "code-server did not install"; exit 1; }
}

start=$(date +%s)
mkdir -p "$cache/tmp"
export TMPDIR="$cache/tmp"
install_debian_packages
seed_ripgrep_cache
install_code_server
log "ready in $(( $(date +%s) - start ))s: code-server $(installed_version), $(chromium --version 2>/dev/null || echo 'chromium ?')"
echo "$bin"
