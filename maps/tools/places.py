#!/usr/bin/env python3
"""Build the populated-places layer (GeoJSON on stdout) for the base map.

Inputs (paths as arguments): the project gazetteer CSV (Syrian places north of 34.6 N with
Arabic names), the GeoNames cities500 TSV, and name_overrides.csv. Syrian places come from the
gazetteer; larger places of the neighbouring countries (and of Syria south of 34.6 N) come from
cities500 inside the map region. Each place gets a rank 1 (most important) .. 5 and a min_zoom
used by the renderer to thin labels.
"""
import csv
import json
import re
import sys

REGION = (33.0, 31.3, 44.0, 39.2)  # lon_min, lat_min, lon_max, lat_max
NEIGHBOUR_MIN_POP = 50000
SYRIA_SOUTH_MIN_POP = 20000
# Names in cities500 carry no language tag: the first all-Arabic-script alternate name is taken.
# Letters used by Persian, Urdu, Kurdish but not Arabic: a name containing them is not Arabic.
NON_ARABIC = re.compile('[\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c1\u06d5\u06c6\u06ce\u06a4\u06b5]')
ARABIC = re.compile('^[\u0600-\u06ff\u0750-\u077f\u200c-\u200f ]+$')
MIN_ZOOM = {1: 5, 2: 6, 3: 8, 4: 9, 5: 11}


def rank(fcode, population):
    if fcode == 'PPLC' or population >= 1000000:
        return 1
    if fcode == 'PPLA' or population >= 200000:
        return 2
    if fcode == 'PPLA2' or population >= 50000:
        return 3
    if fcode in ('PPLA3', 'PPLA4') or population >= 20000:
        return 4
    return 5


def arabic_name(alternatenames):
    for name in alternatenames.split(','):
        name = name.strip().replace('\u200e', '').replace('\u200f', '')
        if (name and ARABIC.match(name) and not NON_ARABIC.search(name)
                and not re.search('(^| )ئ|ة[^ ]', name)):
            return name
    return ''


def feature(pid, name_en, name_ar, lat, lon, country, fcode, population, source):
    r = rank(fcode, population)
    return {'type': 'Feature',
            'properties': {'id': pid, 'name_en': name_en, 'name_ar': name_ar, 'country': country,
                           'fcode': fcode, 'population': population, 'rank': r,
                           'min_zoom': MIN_ZOOM[r], 'source': source},
            'geometry': {'type': 'Point', 'coordinates': [round(lon, 5), round(lat, 5)]}}


def main(gazetteer, cities500, overrides):
    fixes = {row['id']: row['name_ar'] for row in csv.DictReader(open(overrides, encoding='utf-8'))}
    feats, seen = [], set()
    for row in csv.DictReader(open(gazetteer, encoding='utf-8')):
        name_ar = fixes.get(row['id'], row['name_ar'].replace('\u200e', '').strip())
        feats.append(feature(row['id'], row['name_en'], name_ar, float(row['lat']), float(row['lon']),
                             'SY', row['geonames_fcode'], int(row['population'] or 0), 'gazetteer'))
        seen.add(row['geonames_id'])
    with open(cities500, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            gid, name, alt, lat, lon, fcode, cc, pop = c[0], c[1], c[3], float(c[4]), float(c[5]), c[7], c[8], int(c[14] or 0)
            if fcode in ('PPLX', 'PPLH', 'PPLQ', 'PPLW'):  # city sections, historical, abandoned
                continue
            if gid in seen or not (REGION[0] <= lon <= REGION[2] and REGION[1] <= lat <= REGION[3]):
                continue
            if cc == 'SY':
                if lat >= 34.6 or pop < SYRIA_SOUTH_MIN_POP:
                    continue
            elif pop < NEIGHBOUR_MIN_POP and fcode not in ('PPLC', 'PPLA'):
                continue
            feats.append(feature('gn' + gid, name, fixes.get('gn' + gid, arabic_name(alt)), lat, lon, cc, fcode, pop, 'cities500'))
    json.dump({'type': 'FeatureCollection', 'features': feats}, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(*sys.argv[1:4])
