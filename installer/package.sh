#!/usr/bin/env bash
# Builds Sitmap's self-contained installers with jpackage, for the platform this runs on:
#   Linux: app image, .deb (needs fakeroot + dpkg-dev), .rpm when rpmbuild exists
#   macOS: app image and .dmg      Windows (Git Bash): app image and .msi (needs WiX 3)
# Usage: installer/package.sh [--app-image-only]     (run from anywhere; builds target/sitmap.jar if missing)
# Output: target/installer/
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
ONLY_IMAGE=${1:-}
VERSION=$(sed -n 's:.*<version>\([0-9][^<]*\)</version>.*:\1:p' pom.xml | head -1)
JAR=target/sitmap.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
OUT=target/installer
INPUT=target/installer-input
rm -rf "$OUT" "$INPUT"
mkdir -p "$OUT" "$INPUT"
cp "$JAR" LICENSE "$INPUT/"
[ "$(uname -s)" = Linux ] && cp installer/linux/class-data-archive.sh "$INPUT/"

# The modules jdeps finds in the shaded jar, plus those reached by reflection (JavaFX, SQLite JDBC, logging).
MODULES=java.base,java.desktop,java.logging,java.sql,java.sql.rowset,java.xml,java.naming,java.instrument,java.management,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,java.net.http
case "$(uname -s)" in
  Linux*)  OS=linux;   ICON=installer/icons/sitmap.png;  KEEP=Linux ;;
  Darwin*) OS=mac;     ICON=installer/icons/sitmap.icns; KEEP=Mac ;;
  *)       OS=windows; ICON=installer/icons/sitmap.ico;  KEEP=Windows ;;
esac
# The shaded jar carries SQLite's natives for every platform (about 25 MB); an installer needs only its own.
for native in Windows Mac Linux Linux-Musl Linux-Android FreeBSD; do
  [ "$native" = "$KEEP" ] || zip -q -d "$INPUT/sitmap.jar" "org/sqlite/native/$native/*" >/dev/null 2>&1 || true
done

COMMON=(--name sitmap --app-version "$VERSION" --vendor "Sitmap project"
  --description "Offline situation map of northern Syria: who controlled what, when, and on whose word"
  --copyright "GPL-3.0-or-later" --icon "$ICON")
# Passing --jlink-options replaces jpackage's defaults, so the stripping flags are listed here, except
# --strip-native-commands: --generate-cds-archive runs the image's bin/java to write the JDK's class-data archive, which
# a jlinked runtime otherwise lacks (the installed window's start 2.5 -> 2.3 s on 2 cores). The JVM options are
# platform.LaunchOptions' (C1 only: on 2 cores C2's compiling competes with the starting window); LaunchOptionsTest.
# On Linux also the heap in transparent huge pages (LaunchOptions.TRANSPARENT_HUGE_PAGES; other JVMs refuse it).
PLATFORM_OPTIONS=()
[ "$OS" = linux ] && PLATFORM_OPTIONS=(--java-options "-XX:+UseTransparentHugePages")
jpackage --type app-image --dest "$OUT" --input "$INPUT" --main-jar sitmap.jar --main-class org.sitmap.app.Main \
  --add-modules "$MODULES" --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive" \
  --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:TieredStopAtLevel=1" \
  --java-options "-XX:Tier3BackEdgeThreshold=1000" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/sitmap.jsa' ${PLATFORM_OPTIONS[@]+"${PLATFORM_OPTIONS[@]}"} "${COMMON[@]}"
IMAGE="$OUT/sitmap"; [ "$OS" = mac ] && IMAGE="$OUT/sitmap.app"
# The archive for heaps over 32 GB (uncompressed pointers): Sitmap never runs with one.
find "$IMAGE" -name classes_nocoops.jsa -delete
echo "app image: $IMAGE ($(du -sh "$IMAGE" | cut -f1))"
# Linux: the class-data archive the launcher maps (installer/linux/class-data-archive.sh), for the image where it lies;
# written after the packages are built from the image, since each install writes its own (the .deb's postinst).
archive_in_place() {
  [ "$OS" = linux ] || return 0
  "$IMAGE/lib/app/class-data-archive.sh" && echo "class-data archive: $IMAGE/lib/app/sitmap.jsa"
}
[ "$ONLY_IMAGE" = "--app-image-only" ] && { archive_in_place; exit 0; }

# Files Sitmap imports: opening one starts the window, which asks before importing it (app.Main.fileToOpen).
ASSOCIATIONS=()
for a in installer/associations/*.properties; do ASSOCIATIONS+=(--file-associations "$a"); done
case "$OS" in
  linux)
    LINUX=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Education;Geography;Science"
           --linux-app-category science "${ASSOCIATIONS[@]}" --license-file LICENSE)
    # installer/linux holds the .deb's postinst and prerm: jpackage's own, plus writing and removing the archive.
    jpackage --type deb --dest "$OUT" --app-image "$IMAGE" --linux-deb-maintainer "sitmap@localhost" \
      --resource-dir installer/linux "${LINUX[@]}" "${COMMON[@]}"
    if command -v rpmbuild >/dev/null; then
      jpackage --type rpm --dest "$OUT" --app-image "$IMAGE" --linux-rpm-license-type "GPLv3+" "${LINUX[@]}" "${COMMON[@]}"
    fi ;;
  mac)
    jpackage --type dmg --dest "$OUT" --app-image "$IMAGE" --mac-package-name Sitmap \
      "${ASSOCIATIONS[@]}" --license-file LICENSE "${COMMON[@]}" ;;
  windows)
    jpackage --type msi --dest "$OUT" --app-image "$IMAGE" --win-menu --win-menu-group Sitmap --win-shortcut \
      --win-dir-chooser --win-console "${ASSOCIATIONS[@]}" \
      --license-file LICENSE "${COMMON[@]}" ;;
esac
archive_in_place
ls -la "$OUT"
