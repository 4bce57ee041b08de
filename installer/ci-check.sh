#!/usr/bin/env bash
# CI check of the Linux installers: builds the app image, runs its launcher headless without Maven or a system
# JDK on the PATH, then builds the .deb and lists its contents.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# The .deb needs fakeroot and dpkg-deb; without them (CI not running as root) only the app image is checked.
if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then DEB=yes; installer/package.sh
else DEB=no; echo "fakeroot/dpkg-deb missing: building the app image only"; installer/package.sh --app-image-only; fi
LAUNCHER=target/installer/sitmap/bin/sitmap
HOME_DIR=$(mktemp -d)
run() { env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" "$LAUNCHER" "$@"; }
run --version
# The class-data archive package.sh wrote for the image in place: -Xshare:on fails unless the launcher's JVM maps it.
env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" JAVA_TOOL_OPTIONS=-Xshare:on "$LAUNCHER" --version
run validate
run control-at --date 2024-12-01 36.1992 37.1628
[ "$DEB" = yes ] || { du -sh target/installer/sitmap; exit 0; }
# awk reads the whole listing (head would break the pipe): the first entries, plus the desktop entry and icon.
dpkg-deb -c target/installer/sitmap_*.deb | awk 'NR <= 12 || /\.desktop|\.png|sitmap\.jar/'
dpkg-deb -I target/installer/sitmap_*.deb | grep -E "Package|Version|Depends|Installed-Size"
du -sh target/installer/sitmap target/installer/*.deb
