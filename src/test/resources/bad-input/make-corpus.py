import os, json, io, zipfile
root='src/test/resources/bad-input'
mini=f'{root}/mini'
os.makedirs(mini, exist_ok=True)
F='id,name,name_ar,color,holds_ground,members,description\nGOV,Syrian government (Assad),الحكومة السورية,#D55E00,true,,test\nHTS,Hay\'at Tahrir al-Sham,هيئة تحرير الشام,#009E73,true,,test\n'
L='id,name_en,name_ar,kind,governorate,lat,lon,coord_source,coord_ref,coord_error_km,geonames_id,population\ngn174030,Al Atārib,الأتارب,town,Aleppo,36.13907,36.82504,geonames,174030,0,174030,\ngn170063,Aleppo,حلب,city,Aleppo,36.20124,37.16117,geonames,170063,0,170063,1602264\n'
S='id,outlet,title,published,url,language,seen_on\nT0001,Test outlet,A test report,2024-11-30,https://example.org/report-1,en,\nT0002,Test outlet,,2024-12-01,https://example.org/report-2,en,\n'
def ch(i,loc,date,frm,to,kind,src='T0001',exc='fixture excerpt naming Aleppo'):
    return {"id":i,"locality":loc,"date":date,"time":None,"precision":"day","from":frm,"to":to,"kind":kind,"confidence":"low","used":True,"note":"test fixture","citations":[{"source":src,"excerpt":exc}]}
C=[ch('C0001','gn174030','2024-11-26',None,'GOV','status_quo'),ch('C0002','gn170063','2024-11-26',None,'GOV','status_quo'),ch('C0003','gn170063','2024-11-30','GOV','HTS','captured','T0002')]
E=[{"id":"E0001","date":"2024-11-30","time":None,"precision":"day","type":"capture","locality":"gn170063","lat":None,"lon":None,"actors":["HTS"],"title":"Fixture event","summary":"test","fatalities":None,"confidence":"low","citations":[{"source":"T0001","excerpt":"fixture excerpt"}]}]
jl=lambda rows:''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in rows)
files={'factions.csv':F,'localities.csv':L,'sources.csv':S,'control.jsonl':jl(C),'events.jsonl':jl(E)}
for n,t in files.items(): open(f'{mini}/{n}','w',encoding='utf-8').write(t)
cases=[]  # (relpath, command, expected fragment)
def ds(name, target, content, expect):
    p=f'dataset/{name}.{target}'
    os.makedirs(f'{root}/dataset',exist_ok=True)
    open(f'{root}/{p}','wb').write(content if isinstance(content,bytes) else content.encode('utf-8'))
    cases.append((p,'validate',expect))
ev=jl(E).strip()
def evl(**kw):
    e=dict(E[0]); e.update(kw); return json.dumps(e,ensure_ascii=False)
def cl(**kw):
    c=dict(C[2]); c.update(kw); return json.dumps(c,ensure_ascii=False)
sq=jl(C[:2])
ds('empty','events.jsonl',b'','events.jsonl: file is empty')
ds('empty','localities.csv',b'','localities.csv: file is empty')
ds('header-only','sources.csv',S.splitlines()[0]+'\n','sources.csv: has a header but no rows')
ds('truncated','events.jsonl',ev[:len(ev)//2]+'\n','events.jsonl:1:')
ds('truncated','control.jsonl',sq+cl()[:40]+'\n','control.jsonl:3:')
ds('binary-garbage','events.jsonl',bytes(range(256))*8,'events.jsonl:')
ds('latin1','localities.csv',L.encode('utf-8').replace('Atārib'.encode('utf-8'),'Atårib'.encode('latin-1')),'localities.csv:2: not valid UTF-8')
ds('latin1','events.jsonl',evl(title='Caf\u00e9').encode('latin-1',errors='replace')+b'\n','events.jsonl:1: not valid UTF-8')
ds('utf16','sources.csv',S.encode('utf-16'),'sources.csv:')
ds('missing-column','localities.csv',L.replace(',population','').replace(',1602264','').replace('174030,\n','174030\n'),'localities.csv:')
ds('extra-column','sources.csv',S.replace('seen_on\n','seen_on,extra\n',1).replace(',en,\n',',en,,surplus,\n'),'sources.csv:2:')
ds('bad-date','events.jsonl',evl(date='2024-02-30')+'\n','events.jsonl:1: bad date')
ds('ambiguous-date','events.jsonl',evl(date='30/11/2024')+'\n','events.jsonl:1: bad date')
ds('bad-time','control.jsonl',sq+cl(time='25:61')+'\n','control.jsonl:3: bad date or time')
ds('future-date','control.jsonl',sq+cl(date='2099-01-01')+'\n','control.jsonl:3:')
ds('lat-out-of-range','localities.csv',L.replace('36.13907','136.13907'),'localities.csv:2:')
ds('swapped-coordinates','events.jsonl',evl(locality=None,lat=39.01,lon=35.95)+'\n','events.jsonl:1: event E0001 at 39.01,35.95 lies outside')
ds('nan','localities.csv',L.replace('36.13907','NaN'),'localities.csv:2:')
ds('infinity','localities.csv',L.replace('36.82504','Infinity'),'localities.csv:2:')
ds('hex-float','localities.csv',L.replace('36.82504','0x1p5'),'localities.csv:2:')
ds('suffix-d','localities.csv',L.replace('36.82504','37d'),'localities.csv:2:')
ds('event-lat-string','events.jsonl',evl(locality=None,lat='36.2',lon=37.1)+'\n','events.jsonl:1:')
ds('event-lat-only','events.jsonl',evl(locality=None,lat=36.2)+'\n','events.jsonl:1:')
ds('event-outside','events.jsonl',evl(locality=None,lat=48.85,lon=2.35)+'\n','events.jsonl:1:')
ds('duplicate-id','events.jsonl',ev+'\n'+ev+'\n','events.jsonl:2: duplicate id')
ds('duplicate-id','sources.csv',S+S.splitlines()[1]+'\n','sources.csv:4: duplicate id')
ds('deep-nesting','events.jsonl','{"a":'*5000+'1'+'}'*5000+'\n','events.jsonl:1:')
ds('not-an-object','events.jsonl','[1,2,3]\n','events.jsonl:1: line is not a JSON object')
ds('trailing-text','events.jsonl',ev+' {"id":"E9"}\n','events.jsonl:1: text after the JSON object')

ds('no-citation','control.jsonl',sq+cl(citations=[])+'\n','control.jsonl:3: control change C0003 has no source')
ds('unknown-source','events.jsonl',evl(citations=[{"source":"T9999","excerpt":"x"}])+'\n','events.jsonl:1: event E0001: unknown source')
ds('unknown-locality','control.jsonl',sq+cl(locality='gn999')+'\n','control.jsonl:3:')
ds('unknown-faction','control.jsonl',sq+cl(to='XYZ')+'\n','control.jsonl:3:')
ds('lowercase-faction','control.jsonl',sq+cl(to='hts')+'\n','control.jsonl:3:')
ds('bad-kind','control.jsonl',sq+cl(kind='conquered')+'\n','control.jsonl:3: unknown kind')
ds('long-excerpt','events.jsonl',evl(citations=[{"source":"T0001","excerpt":'word '*40000}])+'\n','events.jsonl:1:')
ds('javascript-url','sources.csv',S.replace('https://example.org/report-1','javascript:alert(1)'),'sources.csv:2: source T0001: only http and https')
ds('url-no-host','sources.csv',S.replace('https://example.org/report-1','https:///path'),'sources.csv:2:')
ds('url-space','sources.csv',S.replace('https://example.org/report-1','https://example.org/a b'),'sources.csv:2:')
ds('url-esc','sources.csv',S.replace('https://example.org/report-1','https://example.org/\x1b[31mred'),'sources.csv:2:')
ds('url-rlo','sources.csv',S.replace('https://example.org/report-1','https://example.org/\u202egpj.exe'),'sources.csv:2:')
ds('bad-published','sources.csv',S.replace('2024-11-30','2024-13-45'),'sources.csv:2:')
ds('sql-injection','sources.csv',S.replace('A test report',"'); DROP TABLE source; --").replace('T0002','T0002\'; DELETE FROM event; --'),'sources.csv:3:')
ds('formula-injection','localities.csv',L.replace('Al Atārib','=HYPERLINK("http://evil.example")').replace('gn170063,Aleppo','gn17006=1+1,Aleppo'),'localities.csv:3:')
ds('control-chars-in-id','events.jsonl',evl(id='E\u001b[2J')+'\n','events.jsonl:1:')
ds('negative-fatalities','events.jsonl',evl(fatalities=-3)+'\n','events.jsonl:1: fatalities')
ds('fatalities-text','events.jsonl',evl(fatalities="many")+'\n','events.jsonl:1: fatalities')
ds('status-quo-wrong-day','control.jsonl',jl([dict(C[0],date='2024-11-20'),C[1],C[2]]),'control.jsonl:2: status quo C0002')
ds('broken-chain','control.jsonl',sq+cl(**{'from':'HTS','to':'GOV'})+'\n','control.jsonl:3:')
ds('crlf-and-bom-bad-row','localities.csv',('\ufeff'+L.replace('\n','\r\n').replace('town','hamlet')).encode('utf-8'),'localities.csv:2: unknown kind')
# points files
os.makedirs(f'{root}/points',exist_ok=True)
def pt(name, content, expect):
    p=f'points/{name}.csv'
    open(f'{root}/{p}','wb').write(content if isinstance(content,bytes) else content.encode('utf-8'))
    cases.append((p,'points',f'{name}.csv:{expect}'))
pt('bom-then-bad-date','\ufeff2024-02-30,36.2,37.16\n','1: ')
pt('first-line-bad-date','2024-02-30,36.2,37.16\n2024-11-30,36.2,37.16\n','1: ')
pt('invalid-utf8',b'2024-11-30,36.2,37.16\n2024-11-30,36.2,\xff\xfe37.16\n','2: not valid UTF-8')
pt('hex-number','2024-11-30,0x1p5,37.16\n','1: latitude')
pt('suffix-d','2024-11-30,36.2,37d\n','1: longitude')
pt('nan','2024-11-30,NaN,37.16\n','1: latitude')
pt('too-few-fields','2024-11-30,36.2\n','1: expected date,lat,lon')
pt('too-many-fields','2024-11-30,36.2,37.16,9\n','1: expected date,lat,lon')
pt('lat-out-of-range','2024-11-30,95,37.16\n','1: latitude out of range')
pt('binary',bytes(range(1,256))*4,'1: ')

pt('unclosed-quote','"2024-11-30,36.2,37.16\n','1: ')
pt('escape-sequence','2024-11-30\u001b[2J,36.2,37.16\n','1: ')
pt('header-then-bad','date,lat,lon\n2024-11-31,36.2,37.16\n','2: ')
pt('empty-date',',36.2,37.16\n','1: ')

# GeoJSON and KML/KMZ imports: each file fails as a whole with file:line (or file!entry:line) and changes nothing.
os.makedirs(f'{root}/geojson',exist_ok=True); os.makedirs(f'{root}/kml',exist_ok=True)
EXPECT={'geojson/empty.geojson': 'empty.geojson:1: the file is empty',
  'geojson/truncated.geojson': 'truncated.geojson:2: not valid JSON: Unexpected end-of-input in VA',
  'geojson/not-an-object.geojson': 'not-an-object.geojson:1: not a GeoJSON object',
  'geojson/no-features.geojson': 'no-features.geojson:1: not a FeatureCollection: no "features"',
  'geojson/features-not-array.geojson': 'features-not-array.geojson:1: "features" is not an array',
  'geojson/binary-garbage.geojson': 'binary-garbage.geojson:1: not valid JSON: Illegal character ((CTRL-CHAR',
  'geojson/latin1.geojson': 'latin1.geojson:3: not valid JSON: Invalid UTF-8 middle byte 0x2',
  'geojson/lat-out-of-range.geojson': 'lat-out-of-range.geojson:3: coordinates 37.1,136.2 (lon,lat) are out of r',
  'geojson/nan.geojson': "nan.geojson:2: not valid JSON: Non-standard token 'NaN'", 'geojson/infinity.geojson': "infinity.geojson:2: not valid JSON: Non-standard token 'Infinity'", 'geojson/coordinate-string.geojson': 'coordinate-string.geojson:3: a position must be [longitude, latitude], was',
  'geojson/bad-date.geojson': "bad-date.geojson:3: '2024-02-30' is not a date (2024-11-30) or a ", 'geojson/ambiguous-date.geojson': "ambiguous-date.geojson:3: '03/12/2024' is not a date (2024-11-30) or a ", 'geojson/unclosed-polygon.geojson': 'unclosed-polygon.geojson:3: a polygon ring needs at least 4 positions, ha',
  'geojson/self-intersecting-polygon.geojson': 'self-intersecting-polygon.geojson:3: polygon 2 is not a valid shape: self-intersec',
  'geojson/deep-nesting.geojson': 'deep-nesting.geojson:1: a member of "features" is not a Feature objec',
  'geojson/unknown-geometry.geojson': "unknown-geometry.geojson:3: unknown geometry type 'Hexagon'", 'kml/empty.kml': 'empty.kml:1: the file is empty',
  'kml/truncated.kml': 'truncated.kml:3: not valid XML',
  'kml/not-kml.kml': 'not-kml.kml:1: not a KML document (no <kml> element)',
  'kml/xxe-file.kml': 'xxe-file.kml:3: not valid XML: The entity "x" was referenced,',
  'kml/billion-laughs.kml': 'billion-laughs.kml:3: not valid XML: The entity "c" was referenced,',
  'kml/binary-garbage.kml': 'binary-garbage.kml:1: not valid XML: Content is not allowed in prol',
  'kml/latin1.kml': 'latin1.kml:4: not valid UTF-8',
  'kml/lat-out-of-range.kml': 'lat-out-of-range.kml:4: coordinates 37.1,136.2 (lon,lat) are out of r',
  'kml/coordinates-garbage.kml': "coordinates-garbage.kml:4: '37.1;36.2' is not a lon,lat position", 'kml/nan.kml': 'nan.kml:4: coordinates NaN,36.2 (lon,lat) are out of ran',
  'kml/bad-date.kml': "bad-date.kml:4: '2024-13-45' is not a date (2024-11-30) or a ", 'kml/unclosed-polygon.kml': 'unclosed-polygon.kml:4: a polygon ring needs at least 4 positions, ha',
  'kml/self-intersecting-polygon.kml': 'self-intersecting-polygon.kml:4: polygon 2 is not a valid shape: self-intersec',
  'kml/kmz-no-kml.kmz': 'kmz-no-kml.kmz: the KMZ holds no .kml document',
  'kml/kmz-path-traversal.kmz': "kmz-path-traversal.kmz: the KMZ entry '../../evil.kml' climbs out of ", 'kml/kmz-absolute-path.kmz': "kmz-absolute-path.kmz: the KMZ entry '/etc/doc.kml' has an absolute ", 'kml/kmz-bomb.kmz': "kmz-bomb.kmz!doc.kml:5: the KMZ's document inflates more than 100 tim", 'kml/kmz-not-a-zip.kmz': 'kmz-not-a-zip.kmz: not a readable KMZ (zip) archive: it ends too',
  'kml/kmz-truncated.kmz': 'kmz-truncated.kmz: not a readable KMZ (zip) archive: it ends too'}
def feat(props=None, geom=None):
    p={"date":"2024-11-30","title":"Fixture report","url":"https://example.org/a","outlet":"Test outlet"}
    if props: p.update(props)
    g=geom if geom is not None else {"type":"Point","coordinates":[37.1,36.2]}
    return {"type":"Feature","properties":p,"geometry":g}
def fc(*fs): return '{"type":"FeatureCollection","features":[\n'+',\n'.join(json.dumps(f,ensure_ascii=False) for f in fs)+'\n]}\n'
def gj(name, content, expect):
    p=f'geojson/{name}.geojson'
    open(f'{root}/{p}','wb').write(content if isinstance(content,bytes) else content.encode('utf-8'))
    cases.append((p,'geojson',EXPECT[p]))
poly=lambda ring:{"type":"Polygon","coordinates":[ring]}
gj('empty',b'','')
gj('truncated',fc(feat(),feat())[:150],'')
gj('not-an-object','[1,2,3]\n','')
gj('no-features','{"type":"FeatureCollection"}\n','')
gj('features-not-array','{"type":"FeatureCollection","features":{}}\n','')
gj('binary-garbage',bytes(range(256))*8,'')
gj('latin1',fc(feat(),feat({"title":"Caf\u00e9"})).encode('latin-1'),'')
gj('lat-out-of-range',fc(feat(),feat(geom={"type":"Point","coordinates":[37.1,136.2]})),'')
gj('nan',fc(feat()).replace('[37.1, 36.2]','[NaN, 36.2]'),'')
gj('infinity',fc(feat()).replace('[37.1, 36.2]','[Infinity, 36.2]'),'')
gj('coordinate-string',fc(feat(),feat(geom={"type":"Point","coordinates":["37.1","36.2"]})),'')
gj('bad-date',fc(feat(),feat({"date":"2024-02-30"})),'')
gj('ambiguous-date',fc(feat(),feat({"date":"03/12/2024"})),'')
gj('unclosed-polygon',fc(feat(),feat(geom=poly([[37,36],[37.2,36],[37.2,36.2]]))),'')
gj('self-intersecting-polygon',fc(feat(),feat(geom=poly([[37,36],[37.2,36.2],[37.2,36],[37,36.2],[37,36]]))),'')
gj('deep-nesting','{"type":"FeatureCollection","features":['+'['*5000+']'*5000+']}\n','')
gj('unknown-geometry',fc(feat(),feat(geom={"type":"Hexagon","coordinates":[1,2]})),'')
def kml(body, ns=True):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n' if ns else '')+body+'\n</Document></kml>\n'
PM='<Placemark><name>Fixture report</name><ExtendedData><Data name="url"><value>https://example.org/a</value></Data></ExtendedData><TimeStamp><when>2024-11-30</when></TimeStamp><Point><coordinates>37.1,36.2</coordinates></Point></Placemark>'
def km(name, content, expect, ext='kml'):
    p=f'kml/{name}.{ext}'
    open(f'{root}/{p}','wb').write(content if isinstance(content,bytes) else content.encode('utf-8'))
    cases.append((p,'kml',EXPECT[p]))
km('empty',b'','')
km('truncated',kml(PM+'\n'+PM)[:200],'')
km('not-kml','<?xml version="1.0"?>\n<gpx><wpt/></gpx>\n','')
km('xxe-file','<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n<kml><Document><Placemark><name>&x;</name></Placemark></Document></kml>\n','')
km('billion-laughs','<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<kml><Document><Placemark><name>&c;</name></Placemark></Document></kml>\n','')
km('binary-garbage',bytes(range(256))*8,'')
km('latin1',kml(PM+'\n'+PM.replace('Fixture','Caf\u00e9')).encode('latin-1'),'')
km('lat-out-of-range',kml(PM+'\n'+PM.replace('37.1,36.2','37.1,136.2')),'')
km('coordinates-garbage',kml(PM+'\n'+PM.replace('37.1,36.2','37.1;36.2')),'')
km('nan',kml(PM+'\n'+PM.replace('37.1,36.2','NaN,36.2')),'')
km('bad-date',kml(PM+'\n'+PM.replace('2024-11-30','2024-13-45')),'')
km('unclosed-polygon',kml(PM+'\n<Placemark><TimeStamp><when>2024-11-30</when></TimeStamp><Polygon><outerBoundaryIs><LinearRing><coordinates>37,36 37.2,36 37.2,36.2</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>'),'')
km('self-intersecting-polygon',kml(PM+'\n<Placemark><TimeStamp><when>2024-11-30</when></TimeStamp><Polygon><outerBoundaryIs><LinearRing><coordinates>37,36 37.2,36.2 37.2,36 37,36.2 37,36</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>'),'')
def kmz(name, entries, expect):
    b=io.BytesIO()
    with zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED) as z:
        for n,c in entries: z.writestr(n,c)
    km(name,b.getvalue(),expect,'kmz')
kmz('kmz-no-kml',[('image.png',b'\x89PNG')],'')
kmz('kmz-path-traversal',[('../../evil.kml',kml(PM))],'')
kmz('kmz-absolute-path',[('/etc/doc.kml',kml(PM))],'')
kmz('kmz-bomb',[('doc.kml',kml(PM)+' '*(20<<20))],'')
km('kmz-not-a-zip',b'PK\x03\x04garbage'*10,'','kmz')
km('kmz-truncated',open(f'{root}/kml/kmz-no-kml.kmz','rb').read()[:30],'','kmz')
# The ACLED cases (acled/*.csv) were made by hand from src/test/resources/interop/acled-current.csv by changing one
# field of its first row each (see the file names); their rows in cases.csv are kept as they are.
import csv
kept=[]
if os.path.exists(f'{root}/cases.csv'):
    with open(f'{root}/cases.csv',encoding='utf-8') as f:
        kept=[(r['file'],r['reader'],r['expect']) for r in csv.DictReader(f) if r['reader']=='acled']
with open(f'{root}/cases.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,quoting=csv.QUOTE_MINIMAL,lineterminator='\n')
    w.writerow(['file','reader','expect'])
    for row in cases+kept: w.writerow(row)
print(len(cases)+len(kept))
