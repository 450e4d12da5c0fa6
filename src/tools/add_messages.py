#!/usr/bin/env python3
"""Appends messages to a bundle's English and Welsh files from lines "key | English | Cymraeg" on standard input,
then regenerates the interfaces. Usage: python3 src/tools/add_messages.py idea < lines.txt
(the bundle is the feature's package name, or msg for the words every page shares)"""
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[2]
here = root / 'src/main/resources/messages'
bundle = sys.argv[1]
en_path, cy_path = here / (bundle + '.properties'), here / (bundle + '_cy.properties')
existing = set()
if en_path.exists():
    existing = {l.split('=', 1)[0] for l in en_path.read_text('utf8').splitlines() if '=' in l and not l.startswith('#')}
en, cy = [], []
for line in sys.stdin.read().splitlines():
    if not line.strip() or line.startswith('#'):
        continue
    key, e, c = (p.strip() for p in line.split(' | '))
    if key in existing:
        sys.exit('already there: ' + key)
    existing.add(key)
    en.append(key + '=' + e)
    cy.append(key + '=' + c)
for path, lines in ((en_path, en), (cy_path, cy)):
    with path.open('a', encoding='utf8') as f:
        f.write('\n'.join(lines) + '\n')
subprocess.run([sys.executable, str(root / 'src/tools/generate_msg.py')], check=True)
