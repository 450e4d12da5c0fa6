#!/usr/bin/env python3
"""Writes the message bundle interfaces from the keys of their English .properties files, so the two cannot drift
apart: each feature's words are beside it (cyd.idea.IdeaMsg from messages/idea.properties, used as {idea:key}),
and cyd.web.Msg (messages/msg.properties, {msg:key}) holds the words every page shares. Welsh is in the
_cy.properties file beside each, with exactly the same keys.

After adding a key to a bundle's English and Welsh files: python3 src/tools/generate_msg.py
(src/tools/add_messages.py does both.)
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parents[2]
here = root / 'src/main/resources/messages'
# namespace, package, interface, what its words are for
BUNDLES = [
    ('msg', 'web', 'Msg', "The words every page shares: the layout, forms, errors, and the parts several features show"),
    ('authority', 'authority', 'AuthorityMsg', "The words of the list of councils"),
    ('account', 'account', 'AccountMsg',
     "The words of accounts: signing up and in, passwords, a person's own pages, council teams and settings"),
    ('organisation', 'organisation', 'OrganisationMsg',
     "The words of voluntary organisations: registering, verification and representatives"),
    ('prompt', 'prompt', 'PromptMsg',
     "The words of questions: the question coach, writing, publishing, closing and responding, and the officer's workspace"),
    ('idea', 'idea', 'IdeaMsg', "The words of ideas: proposing, backing, comments and the council's answers"),
    ('moderation', 'moderation', 'ModerationMsg',
     "The words of moderation: reports, decisions, appeals, blocks and the audit log"),
    ('initiative', 'initiative', 'InitiativeMsg',
     "The words of initiatives: starting one, needs, offers, partners and updates"),
    ('mail', 'mail', 'MailMsg', "The words of Cyd's emails and of choosing which to get"),
    ('search', 'search', 'SearchMsg', "The words of search"),
    ('contribution', 'contribution', 'ContributionMsg',
     "The words of the contribution ledger, a person's record and the impact pages"),
    ('embed', 'embed', 'EmbedMsg', "The words of embedding questions on a council's own website"),
    ('opendata', 'opendata', 'OpenDataMsg', "The words of open data, feeds and the developers' page"),
]

for name, package, iface, what in BUNDLES:
    keys = [m.group(1) for m in (re.match(r'^([a-zA-Z0-9]+)=', l)
            for l in (here / (name + '.properties')).read_text('utf8').splitlines()) if m]
    out = ['package cyd.%s;' % package, '', 'import io.quarkus.qute.i18n.Message;',
           'import io.quarkus.qute.i18n.MessageBundle;', '',
           '/**', ' * %s. The texts are in messages/%s.properties (English) and' % (what, name),
           ' * messages/%s_cy.properties (Welsh); templates say them as {%s:key}, and a template that names a message' % (name, name),
           ' * not declared here fails the build. Generated from %s.properties by src/tools/generate_msg.py.' % name, ' */',
           '@MessageBundle(value = "%s", locale = "en")' % name, 'public interface %s {' % iface]
    for k in keys:
        out += ['', '    @Message', '    String %s();' % k]
    out += ['}', '']
    (root / ('src/main/java/cyd/%s/%s.java' % (package, iface))).write_text('\n'.join(out), 'utf8')
    print(iface, len(keys), 'messages')
