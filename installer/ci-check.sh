#!/usr/bin/env bash
# CI check of the Linux installers: builds the app image, runs its launcher headless without Maven or a system
# JDK on the PATH, then builds the .deb and lists its contents.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
installer/package.sh
LAUNCHER=target/installer/sitmap/bin/sitmap
HOME_DIR=$(mktemp -d)
run() { env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" "$LAUNCHER" "$@"; }
run --version
run validate
if run --help | grep -q control-at; then
  run control-at --date 2024-12-01 36.1992 37.1628
fi
dpkg-deb -c target/installer/sitmap_*.deb | head -20
du -sh target/installer/sitmap target/installer/*.deb
