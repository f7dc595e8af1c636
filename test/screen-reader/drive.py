#!/usr/bin/env python3
"""Drives Firefox by X key presses (xdotool) while Orca runs (start.sh), and appends each step's label, start and end
to JOURNEY.jsonl; render.py then gives each step what Orca said. docs/screen-reader-pass.md explains the actions.
usage: drive.py JOURNEY.jsonl 'label::action;action;...' ...
actions: k:KEY[*n] | t:TEXT | f:NAME (Tab until focus) | F:NAME (Shift+Tab) | c:NAME (check focus) | u:URL | w:SECONDS"""
import subprocess, sys, time, re, os
os.environ['DISPLAY'] = ':99'
LOG = '/tmp/sr/orca-debug.log'
def lines():
    with open(LOG, encoding='utf-8', errors='replace') as f:
        return [l for l in f if 'SPEECH OUTPUT' in l]
def win():
    out = subprocess.run(['xdotool', 'search', '--class', 'firefox'], capture_output=True, text=True).stdout.split()
    return out[-1] if out else None
def focused():
    r = subprocess.run(['/usr/bin/python3', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'focus.py')], capture_output=True, text=True)
    return r.stdout.strip()
def tab_to(text, back=False, limit=90):
    for _ in range(limit):
        xkey('shift+Tab' if back else 'Tab'); time.sleep(1.2)
        f = focused()
        if text in f:
            return f
    print('ABORT: never reached', text, 'last:', focused()); sys.exit(1)
def xkey(k):
    subprocess.run(['xdotool', 'key', '--clearmodifiers', k])
def xtype(t):
    subprocess.run(['xdotool', 'type', '--delay', '60', t])
journal, *steps = sys.argv[1:]
import json, datetime
with open(journal, 'a', encoding='utf-8') as out:
    for step in steps:
        label, _, acts = step.partition('::')
        before = len(lines())
        t0 = datetime.datetime.utcnow().strftime('%H:%M:%S.%f')
        for a in filter(None, acts.split(';')):
            kind, _, arg = a.partition(':')
            if kind == 'k':
                key, _, n = arg.partition('*')
                for _ in range(int(n or 1)):
                    xkey(key); time.sleep(1.6)
            elif kind == 't': xtype(arg); time.sleep(0.8)
            elif kind == 'f': tab_to(arg)
            elif kind == 'F': tab_to(arg, back=True)
            elif kind == 'c':
                f = focused()
                if arg not in f: print('ABORT: focus is', f, 'not', arg); sys.exit(1)
            elif kind == 'w': time.sleep(float(arg))
            elif kind == 'u':
                ok = False
                for k in ['Escape', 'alt+d', 'F6', 'F6', 'alt+d']:
                    n0 = len(lines()); xkey(k); time.sleep(1.5)
                    heard = ' '.join(lines()[n0:])
                    if k != 'Escape' and ('address' in heard or 'combo box' in heard):
                        ok = True; break
                if not ok:
                    print('ABORT: the address bar did not take focus'); sys.exit(1)
                xtype(arg); xkey('Return'); time.sleep(4)
        time.sleep(3)
        said = []
        for l in lines()[before:]:
            m = re.search(r"SPEECH OUTPUT: '(.*?)'\s*(?:\[|\{|$)", l.rstrip('\n'))
            text = m.group(1) if m else l.split('SPEECH OUTPUT:', 1)[1].strip()
            if text.endswith(' ') or not text.strip():
                continue  # key echo ("tab ", "1 ")
            said.append(text)
        out.write(json.dumps({'label': label, 'start': t0, 'end': datetime.datetime.utcnow().strftime('%H:%M:%S.%f')}, ensure_ascii=False) + '\n'); out.flush()
        print(f'### {label}: ' + ' | '.join(said))
