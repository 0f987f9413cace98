#!/usr/bin/env python3
"""The floods of issue 20 against a packaged jar, with the live heap measured after a full GC (jcmd GC.run, then
GC.heap_info) before and after each, and the peak heap after any GC during each (from the JVM's own GC log).

    python3 src/bench/abuse/heap_under_abuse.py target/commerce-readiness-0.1.0-SNAPSHOT.jar [push|text|team|largest]

Starts the jar with -Xmx512m (as the issue's probe did) and -XX:+ExitOnOutOfMemoryError on a free port and a fresh
H2 folder, once per flood, runs the named floods (all four by default) and prints one line per flood: push, 3,000
WebSocket upgrades with made-up session ids; text, four sessions each setting a text answer to 25 MB; team, thirty
evaluate-team requests of 1,000 respondents at once; largest, thirty of the largest team the API takes at once.
Needs only Python 3 and a JDK (jcmd). The heap before is measured before the flood makes its sessions.
"""
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

JCMD = shutil.which('jcmd')


class App:
    def __init__(self, jar):
        sock = socket.socket()
        sock.bind(('localhost', 0))
        self.port = sock.getsockname()[1]
        sock.close()
        data = tempfile.mkdtemp(prefix='abuse-heap-')
        self.gc_log = os.path.join(data, 'gc.log')
        self.log = open(os.path.join(data, 'app.log'), 'w')
        self.process = subprocess.Popen(['java', '-Xmx512m', '-XX:+ExitOnOutOfMemoryError',
                                         '-Xlog:gc:file=' + self.gc_log, '-jar', jar, '--server.port=%d' % self.port,
                                         '--readiness.data.dir=' + data, '--readiness.admin.password=abuse-heap-Kq7-orbit',
                                         '--readiness.questionnaires.dir=questionnaires'],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(240):
            if self.process.poll() is not None:
                raise SystemExit('the app stopped while starting')
            try:
                if urllib.request.urlopen(self.url('/health/ready'), timeout=5).status == 200:
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        raise SystemExit('the app did not start')

    def url(self, path):
        return 'http://localhost:%d%s' % (self.port, path)

    def live_heap_mb(self):
        if self.process.poll() is not None:
            return None
        subprocess.run([JCMD, str(self.process.pid), 'GC.run'], check=True, capture_output=True)
        info = subprocess.run([JCMD, str(self.process.pid), 'GC.heap_info'], check=True, capture_output=True).stdout
        return int(re.search(rb'used (\d+)K', info).group(1)) // 1024

    def gc_log_lines(self):
        with open(self.gc_log) as log:
            return log.read().splitlines()

    def peak_after_gc_mb(self, since_line):
        peak = 0
        for line in self.gc_log_lines()[since_line:]:
            found = re.search(r'->(\d+)M\(', line)
            if found:
                peak = max(peak, int(found.group(1)))
        return peak

    def live_answers_ms(self):
        started = time.time()
        try:
            urllib.request.urlopen(self.url('/health/live'), timeout=30)
            return int((time.time() - started) * 1000)
        except (urllib.error.URLError, OSError) as e:
            return 'no answer (%s)' % e

    def stop(self):
        self.process.kill()
        self.process.wait()


def push_flood(app, count=3000):
    sockets, statuses, lock = [], {}, threading.Lock()

    def connect(_):
        session = '%032X' % random.getrandbits(128)
        try:
            s = socket.create_connection(('localhost', app.port), timeout=30)
            s.sendall(('GET /VAADIN/push?v-r=push&v-uiId=0&v-pushId=%032x&X-Atmosphere-tracking-id=0'
                       '&X-Atmosphere-Transport=websocket&X-atmo-protocol=true HTTP/1.1\r\nHost: localhost\r\n'
                       'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n'
                       'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nCookie: JSESSIONID=%s\r\n\r\n'
                       % (random.getrandbits(128), session)).encode())
            status = int(s.recv(64).split(b' ')[1])
        except (OSError, ValueError, IndexError):
            status, s = 'failed', None
        with lock:
            statuses[status] = statuses.get(status, 0) + 1
            if status == 101:
                sockets.append(s)
            elif s:
                s.close()

    latencies = run_in_threads(connect, count, 64, app)
    held = app.live_heap_mb()
    for s in sockets:
        s.close()
    return 'push flood: %d made-up connections answered %s; /health/live during %s; live heap while they are held ' \
           '%s MB' % (count, statuses, latencies, held)


def text_flood(app, sessions=4, megabytes=25):
    statuses = []
    for _ in range(sessions):
        page = Page(app, team_profile(app))
        node = page.node('vaadin-text-area')
        body = page.message([{'type': 'mSync', 'node': node, 'feature': 1, 'property': 'value',
                              'value': 'x' * (megabytes * 1024 * 1024)}])
        statuses.append(page.post('/?v-r=uidl&v-uiId=%d' % page.ui, body))
    return '%d sessions sent %d MB to a text answer: answered %s' % (sessions, megabytes, statuses)


def largest_teams(app):
    """The largest team the API takes (60), each main goal at its 1,000 characters of four bytes each."""
    return team_flood(app, 30, 60, '\U0001F680' * 1000)


def team_flood(app, parallel=30, respondents=1000, goal='Sell more'):
    answers = {'company-size': '51-250', 'business-model': 'b2c', 'digital-team-size': '6-15',
               'main-goal': goal, 'experience-owner': 'yes', 'touchpoints-owned': ['product-assortment'], 'customer-needs': 4,
               'customer-service-involved': 'yes', 'platforms': ['erp'], 'it-from-day-one': 'day-one',
               'technology-owner': 'yes', 'erp-technicians': 'partner', 'back-office-readiness': 'being-prepared',
               'integration-plan': 'yes', 'executive-sponsor': 'yes', 'c-suite-backing': 'several',
               'checkpoint-meetings': 'ad-hoc', 'budget-approved': 'in-progress', 'leadership-priority': 4}
    roles = ['experience', 'technology', 'executive-sponsor']
    body = json.dumps({'respondents': [{'role': roles[i % 3], 'answers': answers} for i in range(respondents)]},
                      ensure_ascii=False).encode()
    statuses, lock = {}, threading.Lock()

    def evaluate(_):
        request = urllib.request.Request(app.url('/api/questionnaires/commerce-stakeholders/evaluate-team'), body,
                                         {'Content-Type': 'application/json'})
        try:
            status = urllib.request.urlopen(request, timeout=120).status
        except urllib.error.HTTPError as e:
            status = e.code
        except (urllib.error.URLError, OSError):
            status = 'failed'
        with lock:
            statuses[status] = statuses.get(status, 0) + 1

    latencies = run_in_threads(evaluate, parallel, parallel, app)
    return '%d parallel evaluate-team of %d respondents (%d KB each): answered %s; /health/live during %s' % (
        parallel, respondents, len(body) // 1024, statuses, latencies)


def run_in_threads(work, count, at_once, app):
    """Runs work(i) for i < count, at_once at a time; asks /health/live every second meanwhile."""
    done, latencies = threading.Event(), []

    def probe():
        while not done.wait(1):
            latencies.append(app.live_answers_ms())

    prober = threading.Thread(target=probe)
    prober.start()
    slots = threading.Semaphore(at_once)

    def one(i):
        try:
            work(i)
        finally:
            slots.release()

    threads = []
    for i in range(count):
        slots.acquire()
        thread = threading.Thread(target=one, args=(i,))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    done.set()
    prober.join()
    numbers = [each for each in latencies if isinstance(each, int)]
    return 'max %s ms over %d probes, %d unanswered' % (max(numbers) if numbers else '-', len(latencies),
                                                        len(latencies) - len(numbers))


def team_profile(app):
    request = urllib.request.Request(app.url('/api/team-assessments'), json.dumps(
        {'questionnaire': 'commerce-stakeholders', 'profile': {'company-size': '1-10', 'business-model': 'b2c',
                                                               'digital-team-size': 'none'}}).encode(),
                                     {'Content-Type': 'application/json'})
    token = json.load(urllib.request.urlopen(request))['coordinatorToken']
    return 'team/%s/profile' % token


class Page:
    """A browser's Vaadin client for one page: its session, UI, CSRF token and the last state changes."""

    def __init__(self, app, route):
        self.app = app
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.http.open(app.url('/' + route)).read()
        config = json.load(self.http.open(app.url('/?v-r=init&location=%s&query=' % route)))['appConfig']
        self.ui, uidl = config['v-uiId'], config['uidl']
        self.csrf, self.sync, self.client, self.changes = uidl['Vaadin-Security-Key'], uidl['syncId'], 0, []
        self.post('/?v-r=uidl&v-uiId=%d' % self.ui, self.message([{
            'type': 'event', 'node': 1, 'event': 'ui-navigate', 'data': {
                'route': '/' + route, 'query': '', 'appShellTitle': '', 'trigger': '', 'historyState': {'idx': 0}}}]))

    def message(self, rpc):
        return json.dumps({'csrfToken': self.csrf, 'rpc': rpc, 'syncId': self.sync, 'clientId': self.client})

    def post(self, path, body):
        request = urllib.request.Request(self.app.url(path), body.encode(),
                                         {'Content-Type': 'application/json; charset=UTF-8'})
        try:
            text = self.http.open(request, timeout=120).read().decode()
        except urllib.error.HTTPError as e:
            return e.code
        except (urllib.error.URLError, OSError):
            return 'closed'
        if text.startswith('for(;;);'):
            answer = json.loads(text[len('for(;;);'):])[0]
            self.sync, self.client = answer.get('syncId', self.sync), answer.get('clientId', self.client)
            self.changes = answer.get('changes', [])
        return 200

    def node(self, tag):
        return next(c['node'] for c in self.changes if c.get('key') == 'tag' and c.get('value') == tag)


FLOODS = {'push': push_flood, 'text': text_flood, 'team': team_flood, 'largest': largest_teams}

if __name__ == '__main__':
    jar, chosen = sys.argv[1], sys.argv[2:] or list(FLOODS)
    for name in chosen:
        app = App(jar)
        try:
            before, gc_lines = app.live_heap_mb(), len(app.gc_log_lines())
            line = FLOODS[name](app)
            peak = app.peak_after_gc_mb(gc_lines)
            after = app.live_heap_mb()
            print('%s; live heap after a full GC %s MB before, %s MB after; peak heap after any GC during %s MB; '
                  'process %s' % (line, before, after, peak, 'alive' if app.process.poll() is None else 'gone'),
                  flush=True)
        finally:
            app.stop()
