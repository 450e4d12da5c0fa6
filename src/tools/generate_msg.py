#!/usr/bin/env python3
"""Writes the message bundle interfaces of cyd.web from the keys of their English .properties files,
so the two cannot drift apart: Msg from msg.properties, CoMsg from co.properties, WsMsg from ws.properties, ReMsg from re.properties.

After adding a key to a bundle's English and Welsh files: python3 src/tools/generate_msg.py
(Several bundles rather than one: Quarkus 3.33 generates broken bytecode for a bundle of several hundred messages.)
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parents[2]
here = root / 'src/main/resources/messages'
BUNDLES = [('msg', 'Msg', "Every word of Cyd's core pages"),
           ('co', 'CoMsg', "The words of Cyd's co-production pages: initiatives, organisations and the contribution ledger"),
           ('ws', 'WsMsg', "The words of the officer's workspace: the prompt lifecycle, comments, moderation and email"),
           ('re', 'ReMsg', "The words of Cyd's reach: embedding on council websites, open data, feeds and search")]

for name, iface, what in BUNDLES:
    keys = [m.group(1) for m in (re.match(r'^([a-zA-Z0-9]+)=', l)
            for l in (here / (name + '.properties')).read_text('utf8').splitlines()) if m]
    out = ['package cyd.web;', '', 'import io.quarkus.qute.i18n.Message;', 'import io.quarkus.qute.i18n.MessageBundle;', '',
           '/**', ' * %s. The texts are in messages/%s.properties (English) and' % (what, name),
           ' * messages/%s_cy.properties (Welsh); a template that names a message not declared here fails the build.' % name,
           ' * Generated from %s.properties by src/tools/generate_msg.py.' % name, ' */',
           '@MessageBundle(value = "%s", locale = "en")' % name, 'public interface %s {' % iface]
    for k in keys:
        out += ['', '    @Message', '    String %s();' % k]
    out += ['}', '']
    (root / ('src/main/java/cyd/web/%s.java' % iface)).write_text('\n'.join(out), 'utf8')
    print(iface, len(keys), 'messages')
