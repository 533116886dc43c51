#!/usr/bin/env python3
"""Checks geonames-cities.tsv as the gazetteer would read it: 12 fields a line, unique ids, every place in a known country
and (when given) a known region, populations as integers, and the places news names most often present and flagged as
expected. usage: check.py geonames-cities.tsv"""
import sys, time

started = time.perf_counter()
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8') if l.strip() and not l.startswith('#')]
parse_ms = (time.perf_counter() - started) * 1000
failures = 0
def check(ok, what):
    global failures
    failures += 0 if ok else 1
    print(('ok   ' if ok else 'FAIL ') + what)

check(all(len(r) == 12 for r in rows), f'{len(rows)} lines of 12 fields')
ids = [r[1] for r in rows]
check(len(ids) == len(set(ids)), 'ids unique')
countries = {r[1] for r in rows if r[0] == 'C'}
regions = {r[1] for r in rows if r[0] == 'A'}
check(all(r[6] in countries for r in rows if r[0] != 'C'), 'every region and place lies in a listed country')
orphans = [r for r in rows if r[0] == 'P' and r[7] and r[7] not in regions]
check(len(orphans) < 0.01 * len(rows), f'places whose region is not listed: {len(orphans)} (GeoNames admin1 codes without a name)')
check(all(r[9] == '' or r[9].isdigit() for r in rows), 'populations are integers')
by = {}
for r in rows: by.setdefault((r[0], r[2]), []).append(r)
def place(name, country, kind='P'):
    return next((r for r in by.get((kind, name), []) if r[6] == country), None)
for name, country, flags in [('Paris', 'FR', None), ('London', 'GB', ''), ('Nice', 'FR', 'w'), ('Orange', 'FR', 'wm2'),
                             ('Reading', 'GB', 'w'), ('Split', 'HR', 'w'), ('Bath', 'GB', 'wm'), ('Mobile', 'US', 'wm'),
                             ('Tours', 'FR', 'wm'), ('Lyon', 'FR', None), ('Wiesbaden', 'DE', ''), ('Sfax', 'TN', '')]:
    r = place(name, country)
    check(r is not None and (flags is None or r[11] == flags), f'{name} ({country}) present' + (f', flags "{flags}"' if flags is not None else '') + (f': got {r[11]!r}, population {r[9]}' if r else ''))
commune = place('Aigrefeuille-d\'Aunis', 'FR')
check(commune is not None and commune[1].startswith('INSEE:') and commune[8] == '17', 'a commune GeoNames lacks is kept under its INSEE code, with its département')
fr_regions = [r for r in rows if r[0] == 'A' and r[6] == 'FR' and r[4]]
check(any(r[2] == 'Brittany' and r[4] == 'Bretagne' for r in fr_regions), 'French regions carry their French name')
check([r[0] for r in rows] == sorted((r[0] for r in rows), key='CAP'.index), 'sorted by kind: countries, regions, places')
print(f'parse in Python: {parse_ms:.0f} ms; {sum(r[0]=="C" for r in rows)} countries, {len(regions)} regions, {sum(r[0]=="P" for r in rows)} places')
print(f'{failures} failed')
sys.exit(1 if failures else 0)
