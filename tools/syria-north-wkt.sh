#!/usr/bin/env bash
# Regenerate src/main/resources/org/sitmap/geo/syria-north.wkt, the zone engine's mapped area:
# Syria north of 34.6° N from Natural Earth 1:10m (public domain, npm world-atlas 2.0.2), 5 decimals.
# Usage: tools/syria-north-wkt.sh [countries-10m.json | basemap.gpkg]   (needs gdal-bin, python3; npm when no file
# is given: world-atlas is then fetched into a temporary folder)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/src/main/resources/org/sitmap/geo/syria-north.wkt
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
if [ $# -ge 1 ]; then
  SRC=$1
else
  "$ROOT/maps/tools/npm-fetch.sh" "$TMP/npm" world-atlas@2.0.2
  SRC=$TMP/npm/node_modules/world-atlas/countries-10m.json
fi
ogr2ogr -f CSV "$TMP/n.csv" "$SRC" countries -where "name='Syria'" -clipsrc 35 34.6 43 38 -lco GEOMETRY=AS_WKT
python3 - "$TMP/n.csv" "$OUT" <<'PY'
import csv, re, sys
wkt = next(csv.DictReader(open(sys.argv[1])))['WKT']
wkt = re.sub(r'-?\d+\.\d+', lambda m: ('%.5f' % float(m.group())).rstrip('0').rstrip('.'), wkt)
open(sys.argv[2], 'w').write(wkt + '\n')
PY
echo "wrote $OUT" >&2
