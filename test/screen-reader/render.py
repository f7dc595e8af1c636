#!/usr/bin/env python3
"""render.py JOURNEY.jsonl: each step with what Orca said between its start and the next step's start."""
import json, re, sys
steps = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
speech = []
for l in open('/tmp/sr/orca-debug.log', encoding='utf-8', errors='replace'):
    if 'SPEECH OUTPUT' not in l: continue
    m = re.search(r"^(\d\d:\d\d:\d\d\.\d+) - SPEECH OUTPUT: '(.*?)'\s*(?:\[|\{|$)", l.rstrip('\n'))
    if not m: continue
    t, text = m.groups()
    if text.endswith(' ') or not text.strip(): continue
    speech.append((t, text))
for i, s in enumerate(steps):
    import datetime
    own_end = (datetime.datetime.strptime(s['end'], '%H:%M:%S.%f') + datetime.timedelta(seconds=6)).strftime('%H:%M:%S.%f')
    end = min(steps[i + 1]['start'], own_end) if i + 1 < len(steps) else own_end
    said = [x for t, x in speech if s['start'] <= t < end]
    print(f"\n**{s['label']}**\n\n" + ('\n'.join(f'> {x}' for x in said) if said else '> （无语音）'))
