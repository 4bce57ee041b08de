#!/usr/bin/env python3
"""Convert a GMT multi-segment text dump (gmt coast -M) to GeoJSON LineStrings.

Each '>' header starts a segment; the header text is kept in property 'header',
a 'Level N' in it becomes property 'level', and for DCW dumps ('> Syria Segment 0')
the country name becomes 'name'. Segments with fewer than two points are dropped
(GMT writes empty segment headers). Usage: gmt2geojson.py < dump.txt > out.geojson
"""
import json
import re
import sys


def segments(lines):
    header, pts = None, []
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('>'):
            if header is not None:
                yield header, pts
            header, pts = line[1:].strip(), []
            continue
        x, y = line.split()[:2]
        pts.append([round(float(x), 6), round(float(y), 6)])
    if header is not None:
        yield header, pts


def main():
    feats = []
    for header, pts in segments(sys.stdin):
        if len(pts) < 2:
            continue
        props = {'header': header}
        m = re.search(r'Level (\d+)', header)
        if m:
            props['level'] = int(m.group(1))
        m = re.match(r'(.+?) Segment (\d+)', header)
        if m:
            props['name'] = m.group(1).strip()
            props['segment'] = int(m.group(2))
        props['closed'] = pts[0] == pts[-1]
        feats.append({'type': 'Feature', 'properties': props,
                      'geometry': {'type': 'LineString', 'coordinates': pts}})
    json.dump({'type': 'FeatureCollection', 'features': feats}, sys.stdout)


if __name__ == '__main__':
    main()
