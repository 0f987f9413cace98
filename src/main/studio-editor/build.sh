#!/usr/bin/env bash
# Bundles the studio's JSON editor (CodeMirror 6 from npm, see package.json) into one ES module, OUT, with esbuild.
# Maven runs it in generate-resources; it skips the work when OUT is newer than the sources and the lock file.
# It stays outside Vaadin's frontend bundle on purpose: the app keeps Vaadin's pre-built bundles, and no build
# needs npm for Vaadin's own components.
set -euo pipefail
cd "$(dirname "$0")"
out="$1"
if [[ -f "$out" && "$out" -nt json-editor.js && "$out" -nt package-lock.json && "$out" -nt build.sh ]]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "The studio's JSON editor is built with npm (Node.js); install it, e.g. apt-get install -y nodejs npm" >&2
  exit 1
fi
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
mkdir -p "$(dirname "$out")"
./node_modules/.bin/esbuild json-editor.js --bundle --format=esm --minify --legal-comments=none \
  --target=es2020 --outfile="$out"
