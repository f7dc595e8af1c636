import re, sys
NOISE = ['Navigation tool bar', 'Search with Google', 'http://', 'Text unselected', 'Browser tabs tool bar', 'Firefox View', 'View recent browsing',
         'Open a new tab', 'page tab', 'Back menu button', 'Pick a Search Engine', 'Google, pick', 'Bookmark this page', 'Account push button',
         'Downloads push button', 'Selection deleted', 'Enter Reader View', 'Choose What I Share', 'Close push button']
out = []
for line in sys.stdin:
    if line.startswith('> '):
        t = line[2:].strip()
        if any(n in t for n in NOISE): continue
        if re.fullmatch(r'[\x20-\x7e]{1,4}', t) and t not in ('link',): continue
        if t in ('unselected', 'selected', 'alert.', 'eck-in'): continue
    out.append(line)
text = ''.join(out)
text = re.sub(r'(\n> （无语音）)', r'\1', text)
print(text)
