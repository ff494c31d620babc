#!/bin/sh
# Vaadin 25 builds its front end with Node.js 24 and would download it from nodejs.org, which this project's
# build machines cannot reach. The same Node.js binary is published on the npm registry as node-linux-<arch>,
# so take it from there, once, and pair it with the npm already on PATH.
set -eu
version="$1"
dest="$2"
[ -x "$dest/bin/node" ] && exit 0
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "No packaged Node.js for $(uname -m); install Node.js $version and put it on PATH" >&2; exit 1 ;;
esac
command -v npm >/dev/null || { echo "npm is needed on PATH to fetch Node.js $version" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-$arch@$version" >/dev/null && tar xzf node-linux-*.tgz)
mkdir -p "$dest/bin" "$dest/lib/node_modules"
cp "$work/package/bin/node" "$dest/bin/node"
ln -sf "$dest/bin/node" "$dest/node"
npm_root=$(npm root -g)
ln -sfn "$npm_root/npm" "$dest/lib/node_modules/npm"
mkdir -p "$dest/node_modules" && ln -sfn "$npm_root/npm" "$dest/node_modules/npm"
echo "Node.js $("$dest/bin/node" --version) ready in $dest"
