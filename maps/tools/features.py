#!/usr/bin/env python3
"""Hand-made features of the base map, written as GeoJSON files into the directory given.

roads.geojson     schematic M4, M5 and Aleppo-al-Bab-Manbij roads: straight segments drawn
                  through the GeoNames towns the road passes (ids from places.geojson), marked
                  schematic=1. They show which towns a road links, not where its carriageway runs.
courses.geojson   rough river courses through known riverside places; used by build.sh only to
                  give GSHHG's unnamed river segments a name (a segment lying mostly within
                  ~7 km of a course takes its name). Not drawn.
labels.geojson    label points for countries, the sea, the occupied Golan, lakes and rivers.
"""
import json
import os
import sys

ROADS = [
    ('M5', 'M5 highway (schematic)', 'الطريق M5 (تخطيطي)',
     ['gn170654', 'gn173193', 'gn169577', 'gn163779', 'gn172946', 'gn170017', 'gn166640',
      'gn168325', 'gn167611', 'gn164816', 'gn172045', 'gn170063']),
    ('M4', 'M4 highway (schematic)', 'الطريق M4 (تخطيطي)',
     ['gn173576', 'gn174012', 'gn169023', 'gn166757', 'gn172994', 'gn164816']),
    ('M4', 'M4 highway (schematic)', 'الطريق M4 (تخطيطي)', ['gn172134', 'gn163434']),
    ('', 'Aleppo - al-Bab - Manbij road (schematic)', 'طريق حلب - الباب - منبج (تخطيطي)',
     ['gn170063', 'gn174018', 'gn174043', 'gn167357']),
]

# lon, lat of places on or next to each river, upstream to downstream.
COURSES = {
    ('Euphrates', 'الفرات'): [(38.75, 38.75), (38.60, 38.30), (38.45, 37.95), (38.25, 37.75), (37.98, 37.02), (38.01, 36.82), (38.08, 36.55),
                               (38.20, 36.30), (38.27, 36.03), (38.55, 35.87), (39.01, 35.93),
                               (39.55, 35.75), (40.14, 35.34), (40.45, 35.10), (40.92, 34.45),
                               (41.45, 34.35), (41.95, 34.47), (42.35, 34.13), (42.83, 33.64),
                               (43.30, 33.42), (43.80, 33.10), (44.30, 32.60)],
    ('Orontes', 'العاصي'): [(36.45, 34.40), (36.57, 34.55), (36.68, 34.78), (36.73, 34.93),
                             (36.75, 35.13), (36.58, 35.28), (36.40, 35.55), (36.32, 35.81),
                             (36.38, 36.02), (36.37, 36.18), (36.16, 36.20), (35.97, 36.05)],
    ('Khabur', 'الخابور'): [(40.05, 36.85), (40.37, 36.66), (40.75, 36.50), (40.73, 36.06),
                             (40.60, 35.60), (40.43, 35.16)],
    ('Tigris', 'دجلة'): [(40.22, 37.91), (41.15, 37.85), (41.95, 37.55), (42.19, 37.33),
                          (42.37, 37.08), (42.70, 36.75), (43.13, 36.34),
                          (43.30, 35.90), (43.50, 35.40), (43.68, 34.60), (44.00, 34.00), (44.40, 33.30)],
}

LABELS = [
    # kind, name_en, name_ar, lon, lat, min_zoom, max_zoom
    ('country', 'SYRIA', 'سوريا', 38.6, 35.2, 5, 7),
    ('country', 'TURKEY', 'تركيا', 37.6, 38.2, 5, 8),
    ('country', 'IRAQ', 'العراق', 42.3, 34.6, 5, 8),
    ('country', 'LEBANON', 'لبنان', 35.85, 33.95, 6, 8),
    ('country', 'JORDAN', 'الأردن', 37.2, 31.8, 5, 8),
    ('country', 'ISRAEL', 'إسرائيل', 34.95, 31.35, 6, 8),
    ('country', 'CYPRUS', 'قبرص', 33.2, 35.05, 6, 8),
    ('sea', 'Mediterranean Sea', 'البحر المتوسط', 34.55, 34.65, 5, 9),
    ('occupied', 'Golan Heights (Israeli-occupied)', 'الجولان (محتل من إسرائيل)', 35.78, 33.0, 8, 11),
    ('lake', 'Lake Assad', 'بحيرة الأسد', 38.25, 35.98, 8, 14),
    ('river', 'Euphrates', 'الفرات', 40.4, 35.15, 7, 14),
    ('river', 'Euphrates', 'الفرات', 38.1, 36.55, 8, 14),
    ('river', 'Orontes', 'العاصي', 36.42, 35.55, 8, 14),
    ('river', 'Khabur', 'الخابور', 40.68, 35.85, 8, 14),
    ('river', 'Tigris', 'دجلة', 42.45, 37.0, 8, 14),
]


def fc(features):
    return {'type': 'FeatureCollection', 'features': features}


def main(places_path, out_dir):
    places = {f['properties']['id']: f for f in json.load(open(places_path, encoding='utf-8'))['features']}
    roads = []
    for ref, name_en, name_ar, ids in ROADS:
        coords = [places[i]['geometry']['coordinates'] for i in ids]
        via = ', '.join(places[i]['properties']['name_en'] for i in ids)
        roads.append({'type': 'Feature',
                      'properties': {'ref': ref, 'name_en': name_en, 'name_ar': name_ar,
                                     'schematic': 1, 'via': via},
                      'geometry': {'type': 'LineString', 'coordinates': coords}})
    courses = [{'type': 'Feature', 'properties': {'name_en': en, 'name_ar': ar},
                'geometry': {'type': 'LineString', 'coordinates': pts}}
               for (en, ar), pts in COURSES.items()]
    labels = [{'type': 'Feature',
               'properties': {'kind': k, 'name_en': en, 'name_ar': ar, 'min_zoom': z0, 'max_zoom': z1},
               'geometry': {'type': 'Point', 'coordinates': [lon, lat]}}
              for k, en, ar, lon, lat, z0, z1 in LABELS]
    for name, data in (('roads', roads), ('courses', courses), ('labels', labels)):
        with open(os.path.join(out_dir, name + '.geojson'), 'w', encoding='utf-8') as f:
            json.dump(fc(data), f, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
