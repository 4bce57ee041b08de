import os, json
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
with open(f'{root}/cases.csv','w',encoding='utf-8') as f:
    f.write('file,reader,expect\n')
    for p,c,e in cases:
        f.write(f'{p},{c},"{e}"\n')
print(len(cases))
# The ACLED cases (acled/*.csv) were made from src/test/resources/interop/acled-current.csv by changing one
# field of its first row each (see the file names); their expected messages are in cases.csv.
