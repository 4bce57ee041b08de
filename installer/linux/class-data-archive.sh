#!/bin/sh
# Writes sitmap.jsa beside sitmap.jar in an installed Sitmap: the class-data archive of what the window loads to its
# first frame, which the launcher maps at start (-XX:SharedArchiveFile, platform.LaunchOptions). The JVM accepts an
# archive only for the jar at the path it was written for, so it is written where the jar is installed: by the .deb's
# postinst, and by installer/package.sh for the app image it leaves in target/. A training run opens the window
# headless on a scratch home and exits. Without the archive the app starts as well, only slower.
set -e
APP=$(cd "$(dirname "$0")" && pwd)
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
rm -f "$APP/sitmap.jsa"
"$APP/../runtime/bin/java" -XX:ArchiveClassesAtExit="$APP/sitmap.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -Dsitmap.home="$SCRATCH/home" -Djavafx.cachedir="$SCRATCH/javafx" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  -cp "$APP/sitmap.jar" org.sitmap.app.Main --exit-after-first-frame >/dev/null
