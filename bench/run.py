#!/usr/bin/env python3
"""Cyd's benchmark: starts Cyd as the README runs it (the packaged application over its embedded MariaDB), fills it
with a council's worth of ideas, and measures each page with wrk in one run, so that every figure is a ratio to the
static file measured minutes apart on the same machine.

    python3 bench/run.py             # 1,000 / 10,000 / 1,000,000 ideas; about 15 minutes, most of it loading
    python3 bench/run.py --small     # 1,000 / 10,000 only (no million), for a quick look
    python3 bench/run.py --duration 8 --connections 32
    python3 bench/run.py --only backing --jfr back.jfr   # only the rows named so (not written to RESULTS.md), profiled

It needs wrk and the mariadb client (Debian: apt-get install wrk mariadb-client) and a packaged Cyd
(./mvnw -B package -DskipTests; it builds one if there is none). The data lives in bench/work/ and is made once:
delete that folder to start again. Results are printed as a Markdown table and appended to bench/RESULTS.md.
"""
import argparse
import datetime
import http.client
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[1]
WORK = ROOT / 'bench' / 'work'
PORT = 8190
PASSWORD = 'bench-resident-password-1'
PEOPLE = 20_000
SIGNED_IN = 400


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---- Cyd itself ---------------------------------------------------------------------------------------------------

JAVA_OPTIONS = []


def start_cyd():
    """Starts Cyd; returns the process, seconds until ready, and of those the seconds until its database was up."""
    jar = ROOT / 'target/quarkus-app/quarkus-run.jar'
    if not jar.exists():
        subprocess.run([str(ROOT / 'mvnw'), '-B', '-ntp', '-q', 'package', '-DskipTests'], cwd=ROOT, check=True)
    env = dict(os.environ, CYD_EMBEDDED_DB_DIR=str(WORK / 'db'), QUARKUS_HTTP_PORT=str(PORT),
               CYD_BASE_URL='http://localhost:%d' % PORT, CYD_DEMO_ENABLED='true')
    WORK.mkdir(parents=True, exist_ok=True)
    log_file = WORK / 'cyd.log'
    out = open(log_file, 'a')
    seen = log_file.stat().st_size
    began = time.monotonic()
    p = subprocess.Popen(['java'] + JAVA_OPTIONS + ['-jar', str(jar)], cwd=WORK, env=env, stdout=out,
                         stderr=subprocess.STDOUT)
    while True:
        if p.poll() is not None:
            sys.exit('Cyd stopped while starting: see bench/work/cyd.log')
        try:
            if get('/q/health/ready')[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.05)
    ready = time.monotonic() - began
    with open(log_file, errors='replace') as f:
        f.seek(seen)
        up = re.search(r'embedded MariaDB is up, (\d+) ms', f.read())
    return p, ready, (int(up.group(1)) / 1000 if up else None)


def stop_cyd(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(60)
    except subprocess.TimeoutExpired:
        p.kill()


def request(method, path, body=None, headers=None):
    c = http.client.HTTPConnection('127.0.0.1', PORT, timeout=120)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, data.decode('utf8', 'replace'), r.getheaders()


def get(path, headers=None):
    return request('GET', path, headers=headers)


def cookies_of(headers):
    jar = {}
    for name, value in headers:
        if name.lower() == 'set-cookie':
            k, v = value.split(';', 1)[0].split('=', 1)
            jar[k] = v
    return jar


# ---- The database -------------------------------------------------------------------------------------------------

def socket():
    found = list((WORK / 'db').rglob('mariadbd.sock'))
    if not found:
        found = list(pathlib.Path('/tmp').glob('cyd-*/mariadbd.sock'))
    if not found:
        sys.exit('No socket of the embedded MariaDB found under bench/work/db')
    return str(found[0])


def sql(text, database='cyd'):
    r = subprocess.run(['mariadb', '--socket=' + socket(), '-uroot', '-N', '-B', database], input=text,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('SQL failed: ' + r.stderr + '\n' + text[:400])
    return [line.split('\t') for line in r.stdout.splitlines()]


def one(text):
    rows = sql(text)
    return rows[0][0] if rows else None


COMMANDS = ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_set_option', 'Com_commit', 'Com_rollback')


def commands():
    """What the database server has been asked, by kind: with the requests sent, what each request costs it."""
    rows = sql("SHOW GLOBAL STATUS WHERE Variable_name IN (%s)" % ', '.join("'%s'" % c for c in COMMANDS))
    return {r[0][4:].lower(): int(r[1]) for r in rows}


def questions():
    """Statements the server has run: selects, writes and prepared-statement executions (less the select the
    mariadb client itself sends on connecting)."""
    rows = sql("SHOW GLOBAL STATUS WHERE Variable_name IN "
               "('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_stmt_execute')")
    return sum(int(r[1]) for r in rows) - 1


# ---- The data -----------------------------------------------------------------------------------------------------

def clone_prompt(council, title):
    """A copy of an open question of a demo council, empty of ideas."""
    source = one("SELECT p.id FROM prompt p JOIN authority a ON a.id = p.authority_id "
                 "WHERE a.slug = '%s' AND p.status = 'OPEN' ORDER BY p.id LIMIT 1" % council)
    cols = [r[0] for r in sql('SHOW COLUMNS FROM prompt') if r[0] != 'id']
    over = {'title_en': "'%s'" % title, 'title_cy': "'%s (cy)'" % title, 'idea_count': '0'}
    sql('INSERT INTO prompt (%s) SELECT %s FROM prompt WHERE id = %s' % (
        ', '.join(cols), ', '.join(over.get(c, c) for c in cols), source))
    return int(one("SELECT MAX(id) FROM prompt WHERE title_en = '%s'" % title))


def make_data(sizes):
    """Loads the bench data unless it is there already; says whether it loaded any."""
    if one("SELECT COUNT(*) FROM prompt WHERE title_en LIKE 'Bench %'") != '0':
        return False
    log('making', PEOPLE, 'bench residents')
    status, page, headers = get('/en/sign-up')
    jar = cookies_of(headers)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({'csrf': csrf, 'email': 'bench0@example.org', 'displayName': 'Bench resident',
                                   'password': PASSWORD})
    status, _, _ = request('POST', '/en/sign-up', form, {'Content-Type': 'application/x-www-form-urlencoded',
                                                         'Cookie': 'cyd_csrf=' + jar['cyd_csrf'],
                                                         'X-Forwarded-For': '10.200.0.1'})
    if status != 303:
        sys.exit('Could not sign up the first bench resident: %d' % status)
    sql("SET @hash = (SELECT password_hash FROM person WHERE email = 'bench0@example.org');"
        "INSERT INTO person (email, display_name, password_hash, language, created_at, email_verified_at) "
        "SELECT CONCAT('bench', seq, '@example.org'), CONCAT('Bench resident ', seq), @hash, 'en', NOW(6), NOW(6) "
        "FROM seq_1_to_%d;" % PEOPLE)
    first = one("SELECT id FROM person WHERE email = 'bench1@example.org'")
    script = (ROOT / 'bench/generate.sql').read_text()
    for council, n in sizes:
        title = 'Bench %d ideas' % n
        pid = clone_prompt(council, title)
        began = time.monotonic()
        sql('SET @prompt_id = %d; SET @n = %d; SET @people_from = %s; SET @people = %d;\n%s'
            % (pid, n, first, PEOPLE, script))
        log('%s: %d ideas loaded in %.0f s' % (title, n, time.monotonic() - began))
    sql('ANALYZE TABLE idea, backing, idea_comment, prompt, person')
    return True


def await_index():
    """Waits for this start's search index (built or caught up in the background after Cyd is ready); returns what
    the log says of its building, if it was built."""
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        text = (WORK / 'cyd.log').read_text(errors='replace')
        start = text.rfind('No database configured')
        built = re.search(r'Search index built: (\d+) ideas and initiatives in (\d+) ms', text[start:])
        if built:
            return '%s ideas and initiatives indexed in %.1f s' % (f'{int(built.group(1)):,}', int(built.group(2)) / 1000)
        if 'Search index' not in text[start:] and time.monotonic() > deadline - 880:
            return 'index already built; caught up on start'
        time.sleep(1)
    sys.exit('The search index was not built within 15 minutes: see bench/work/cyd.log')


def bench_prompts():
    rows = sql("SELECT p.id, a.slug, p.idea_count FROM prompt p JOIN authority a ON a.id = p.authority_id "
               "WHERE p.title_en LIKE 'Bench %' ORDER BY p.idea_count")
    return [(int(r[0]), r[1], int(r[2])) for r in rows]


def sign_in(n):
    """Signs in bench residents 1..n; each gets its own address (Cyd believes X-Forwarded-For from loopback)."""
    status, page, headers = get('/en/sign-in')
    csrf_cookie = cookies_of(headers)['cyd_csrf']
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    sessions = []
    for i in range(1, n + 1):
        form = urllib.parse.urlencode({'csrf': csrf, 'email': 'bench%d@example.org' % i, 'password': PASSWORD})
        status, _, headers = request('POST', '/en/sign-in', form, {
            'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': 'cyd_csrf=' + csrf_cookie,
            'X-Forwarded-For': '10.201.%d.%d' % (i // 250, 1 + i % 250)})
        jar = cookies_of(headers)
        if status != 303 or 'cyd_session' not in jar:
            sys.exit('Sign-in of bench resident %d failed: %d' % (i, status))
        sessions.append(jar['cyd_session'])
    return csrf_cookie, csrf, sessions


# ---- Measuring ----------------------------------------------------------------------------------------------------

def wrk(path, seconds, connections, script=None, env=None, server=False):
    url = 'http://127.0.0.1:%d%s' % (PORT, path)
    base = ['wrk', '-t1', '-c%d' % connections, '--latency', '--timeout', '10s']
    if script:
        base += ['-s', str(script)]
    subprocess.run(base + ['-d5s', url], capture_output=True, text=True, env=env)  # warm
    before = commands() if server else None
    out = subprocess.run(base + ['-d%ds' % seconds, url], capture_output=True, text=True, env=env).stdout
    done = int(re.search(r'(\d+) requests in', out).group(1))
    per_request = None
    if server:
        after = commands()
        per_request = {k: round((after[k] - before[k]) / max(done, 1), 1) for k in after}
    rate = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
    lat = dict(re.findall(r'^\s+(50|99)%\s+([\d.]+\w+)', out, re.M))
    bad = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
    errors = re.search(r'Socket errors: (.*)', out)
    return {'rate': rate, 'p50': ms(lat.get('50')), 'p99': ms(lat.get('99')), 'bad': int(bad.group(1)) if bad else 0,
            'socket': errors.group(1) if errors else '', 'server': per_request}


def ms(text):
    if text is None:
        return None
    v, unit = re.match(r'([\d.]+)(\w+)', text).groups()
    return float(v) * {'us': 0.001, 'ms': 1, 's': 1000, 'm': 60000}[unit]


def statements(path, headers=None, times=5, kept=False):
    """SQL statements one rendering of a page costs: the server's count of statements around some requests, each
    with a query of its own so that no kept copy answers it, less what the same time costs with no requests (the
    scheduled jobs). With kept, the same address each time: what an answer from the kept copy costs."""
    sep = '&' if '?' in path else '?'
    get(path + ('' if kept else sep + 'sql=0'), headers)
    t0, q0 = time.monotonic(), questions()
    for i in range(times):
        get(path + ('' if kept else sep + 'sql=%d%d' % (time.monotonic_ns(), i)), headers)
    elapsed, used = time.monotonic() - t0, questions() - q0
    q1 = questions()
    time.sleep(min(elapsed, 3))
    idle = (questions() - q1) * elapsed / min(elapsed, 3)
    return max(0, round((used - idle) / times, 1))


def heap(pid):
    """Heap in use as the load ends, the live heap after a full collection, and the resident set (MB)."""
    def used():
        out = subprocess.run(['jcmd', str(pid), 'GC.heap_info'], capture_output=True, text=True).stdout
        m = re.search(r'used (\d+)K', out)
        return int(m.group(1)) // 1024 if m else None
    under_load = used()
    subprocess.run(['jcmd', str(pid), 'GC.run'], capture_output=True)
    rss = next((int(l.split()[1]) for l in open('/proc/%d/status' % pid) if l.startswith('VmRSS')), 0)
    return under_load, used(), rss // 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--small', action='store_true', help='1,000 and 10,000 ideas only')
    ap.add_argument('--duration', type=int, default=8)
    ap.add_argument('--connections', type=int, default=32)
    ap.add_argument('--max-heap', help='run Cyd with this -Xmx (e.g. 256m) to show the heap it needs')
    ap.add_argument('--jfr', help='record a Java Flight Recording of the whole run into this file (profile settings)')
    ap.add_argument('--only', help='measure only the rows whose name contains this (and the static file), '
                    'e.g. --only backing; nothing is written to RESULTS.md')
    args = ap.parse_args()
    if args.max_heap:
        JAVA_OPTIONS.append('-Xmx' + args.max_heap)
    if args.jfr:
        JAVA_OPTIONS.append('-XX:StartFlightRecording=settings=profile,filename=' + os.path.abspath(args.jfr))
    for tool in ('wrk', 'mariadb', 'jcmd'):
        if not shutil.which(tool):
            sys.exit(tool + ' is needed: apt-get install wrk mariadb-client (jcmd comes with the JDK)')
    sizes = [('enghraifft', 1_000), ('enghraifft', 10_000)] + ([] if args.small else [('example-borough', 1_000_000)])
    cyd, ready, db_up = start_cyd()
    try:
        if make_data(sizes):
            # The ideas were loaded in SQL, behind Cyd's back: its search index is made again from the database.
            sql('UPDATE search_state SET database_id = UUID() WHERE id = 1')
        stop_cyd(cyd)
        cyd, ready, db_up = start_cyd()  # a fresh process, as after a deploy: start-up is measured on full data
        indexed = await_index()
        prompts = {n: (pid, slug) for pid, slug, n in bench_prompts()}
        rows = []
        d, c = args.duration, args.connections

        def measure(name, path, connections=c, script=None, env=None, headers=None, count_sql=True, rendered=False,
                    server=False):
            if rendered:
                name, script = name + ' — rendered each time', ROOT / 'bench/rendered.lua'
            if args.only and rows and args.only not in name:
                return
            r = wrk(path, d, connections, script, env, server)
            r['name'], r['sql'] = name, (statements(path, headers, kept=count_sql == 'kept') if count_sql else None)
            rows.append(r)
            log('%-52s %9.0f req/s  p50 %7.1f ms  p99 %7.1f ms  sql %s  bad %d %s' % (
                name, r['rate'], r['p50'] or 0, r['p99'] or 0, r['sql'], r['bad'], r['socket']))

        # The JIT compiles for half a core during the first minutes: warm the whole page stack before measuring.
        for warm in ('/en/%s' % prompts[sorted(prompts)[1]][1], '/en/%s/prompts/%d' % (prompts[sorted(prompts)[1]][1],
                                                                                     prompts[sorted(prompts)[1]][0])):
            wrk(warm, 20, c)
        measure('`/static/cyd.css`', '/static/cyd.css', count_sql=False)
        small = sorted(n for n in prompts)[0]
        for n in sorted(prompts):
            pid, slug = prompts[n]
            mid = int(one('SELECT id FROM idea WHERE prompt_id = %d ORDER BY id LIMIT 1 OFFSET %d' % (pid, n // 2)))
            measure('question page, %s ideas' % f'{n:,}', '/en/%s/prompts/%d' % (slug, pid))
            measure('question page, %s ideas' % f'{n:,}', '/en/%s/prompts/%d' % (slug, pid), rendered=True)
            measure('question page, %s ideas, deep page (top)' % f'{n:,}',
                    '/en/%s/prompts/%d?sort=top&after=0-%d' % (slug, pid, mid), rendered=True)
            measure('question page, %s ideas, deep page (new)' % f'{n:,}',
                    '/en/%s/prompts/%d?sort=new&after=%d' % (slug, pid, mid), rendered=True)
        pid10, slug10 = prompts[sorted(prompts)[1]]
        top = int(one('SELECT id FROM idea WHERE prompt_id = %d ORDER BY backing_count DESC, id LIMIT 1' % pid10))
        for rendered in (False, True):
            measure('embedded question (widget), 10,000 ideas', '/embed/en/%s/prompts/%d' % (slug10, pid10),
                    rendered=rendered)
            measure('idea page', '/en/%s/ideas/%d' % (slug10, top), rendered=rendered)
            measure('council home', '/en/%s' % slug10, rendered=rendered)
        # "park library" matches nothing (each title names one place); "plant park" about one idea in a hundred, shown 20 a page.
        # As kept (many people searching the same words), then rendered each time (each search a new one).
        for rendered in (False, True):
            measure('search "park library", 10,000 ideas', '/en/%s/search?q=park+library' % slug10, rendered=rendered)
            measure('search "plant park", 10,000 ideas', '/en/%s/search?q=plant+park' % slug10, rendered=rendered)
            if 1_000_000 in prompts:
                million = prompts[1_000_000][1]
                measure('search "park library", 1,000,000 ideas', '/en/%s/search?q=park+library' % million,
                        rendered=rendered)
                measure('search "plant park", 1,000,000 ideas', '/en/%s/search?q=plant+park' % million,
                        rendered=rendered)
        if 1_000_000 in prompts:
            for q in ('park library', 'plant park'):
                measure('search "%s", 1,000,000 ideas, one person at a time' % q,
                        '/en/%s/search?q=%s' % (prompts[1_000_000][1], q.replace(' ', '+')), connections=1,
                        rendered=True)
        for rendered in (False, True):
            measure('`GET /api/v1/prompts/{id}/ideas`, 10,000 ideas', '/api/v1/prompts/%d/ideas' % pid10,
                    rendered=rendered)

        log('signing in', SIGNED_IN, 'bench residents')
        csrf_cookie, csrf, sessions = sign_in(SIGNED_IN)
        (WORK / 'sessions.txt').write_text('\n'.join(sessions) + '\n')
        me = {'Cookie': 'cyd_session=%s; cyd_csrf=%s' % (sessions[0], csrf_cookie)}
        env = dict(os.environ, CYD_SESSIONS=str(WORK / 'sessions.txt'), CYD_CSRF=csrf, CYD_CSRF_COOKIE=csrf_cookie,
                   CYD_SLUG=slug10)
        # One signed-in resident after another: as kept for everyone signed in (each one's own following filled in),
        # then rendered each time.
        measure('signed-in question page, 10,000 ideas', '/en/%s/prompts/%d' % (slug10, pid10),
                script=ROOT / 'bench/signed-in.lua', env=env, headers=me, count_sql='kept')
        measure('signed-in question page, 10,000 ideas — rendered each time', '/en/%s/prompts/%d' % (slug10, pid10),
                script=ROOT / 'bench/signed-in.lua', env=dict(env, CYD_RENDERED='1'), headers=me)
        hot = top
        ideas = [r[0] for r in sql('SELECT id FROM idea WHERE prompt_id = %d ORDER BY id LIMIT 1000' % pid10)]
        (WORK / 'ideas.txt').write_text('\n'.join(ideas) + '\n')
        before = int(one('SELECT COUNT(*) FROM backing'))
        measure('backing one hot idea, 200 signed-in residents (back, withdraw)', '/', connections=200,
                script=ROOT / 'bench/back.lua', env=dict(env, CYD_IDEAS=str(WORK / 'ideas.txt'), CYD_HOT=str(hot)),
                count_sql=False, server=True)
        measure('backing spread over 1,000 ideas, 200 signed-in residents', '/', connections=200,
                script=ROOT / 'bench/back.lua', env=dict(env, CYD_IDEAS=str(WORK / 'ideas.txt')), count_sql=False,
                server=True)
        drift = sql('SELECT COUNT(*) FROM idea i WHERE i.prompt_id = %d AND i.backing_count <> '
                    '(SELECT COUNT(*) FROM backing b WHERE b.idea_id = i.id)' % pid10)[0][0]
        used, live, rss = heap(cyd.pid)
    finally:
        stop_cyd(cyd)
    static = rows[0]['rate']
    lines = ['| What | req/s | p50 | p99 | ratio to `/static/cyd.css` | SQL statements per rendering | not 2xx/3xx |',
             '|---|---|---|---|---|---|---|']
    for r in rows:
        lines.append('| %s | %s | %.1f ms | %.1f ms | %s | %s | %d |' % (
            r['name'], f"{r['rate']:,.0f}", r['p50'] or 0, r['p99'] or 0,
            '1' if r is rows[0] else ('%.3f' % (r['rate'] / static)).rstrip('0').rstrip('.'),
            '—' if r['sql'] is None else r['sql'], r['bad']))
    facts = ['', 'Ready %.1f s after `java %s-jar`, with the data above; the embedded MariaDB was up after %s s, so '
             'Cyd itself took %s s.' % (ready, ''.join(o + ' ' for o in JAVA_OPTIONS), db_up,
                                        '?' if db_up is None else '%.1f' % (ready - db_up)),
             'Heap in use as the load ended: %s MB; live after a full collection: %s MB; resident set %d MB%s.' % (
                 used, live, rss, '' if not args.max_heap else ' (maximum heap %s)' % args.max_heap),
             'Ideas of the 10,000 question whose backing counter differs from its rows afterwards: %s.' % drift,
             'Backings held before the backing runs: %d.' % before,
             'Search index: %s.' % indexed]
    for r in rows:
        if r.get('server'):
            facts.append('What the database was asked per request, %s: %s.' % (r['name'], ', '.join(
                '%s %s' % (k, v) for k, v in r['server'].items())))
    table = '\n'.join(lines + facts)
    print(table)
    cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
    if args.only:
        return
    with open(ROOT / 'bench/RESULTS.md', 'a') as f:
        commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        f.write('\n## %s, commit %s — `python3 bench/run.py %s`\n\n%d CPUs (%s), wrk -t1 -c%d -d%ds after a 5 s '
                'warm-up, loopback.\n\n%s\n' % (datetime.date.today().isoformat(), commit, ' '.join(sys.argv[1:]),
                                                 os.cpu_count(), cpu, c, d, table))


if __name__ == '__main__':
    main()
