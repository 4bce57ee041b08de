#!/usr/bin/env bash
# Fetch npm packages (tarballs from the npm registry, no install scripts run) into DIR/node_modules/NAME.
# Usage: maps/tools/npm-fetch.sh DIR name@version...      (needs npm)
set -euo pipefail
dir=$1; shift
mkdir -p "$dir/node_modules"
for spec in "$@"; do
  name=${spec%@*}
  tgz=$(cd "$dir" && npm pack --silent "$spec" | tail -1)
  mkdir -p "$dir/node_modules/$name"
  tar -xzf "$dir/$tgz" -C "$dir/node_modules/$name" --strip-components=1
  rm -f "$dir/$tgz"
done
