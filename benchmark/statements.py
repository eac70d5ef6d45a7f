#!/usr/bin/env python3
"""What one item lifecycle writes and reads: the SQL statements and commits of ours and of the floor.

Starts a jar (the product's or benchmark/floor's) on a fresh H2 file database with H2's trace of every
statement (TRACE_LEVEL_FILE=3), drives item lifecycles through REST as FloorBenchmarkIT does (start the item
with the start form's variables, find its review task, approve it, poll its history until it has ended), and
counts, over the measured items only, the statements by kind and table, the commits, and the engine variables
created, by name. Figures are per item.

    python3 benchmark/statements.py ours  target/cchc-editorial-0.1.0-SNAPSHOT.jar
    python3 benchmark/statements.py floor benchmark/floor/target/cchc-floor-0.1.0-SNAPSHOT.jar
    # options: --items N (10, measured), --warm-up N (3), --port P (8099), --keep (keep the folder)

The trace slows the application down many times: this counts work, it does not time it (FloorBenchmarkIT does).
Needs a JDK 17 (java on the PATH) and Python 3; nothing else.
"""
import argparse
import base64
import collections
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

SUBJECTS = {
    # who calls, the process, the review task, how the channels travel (the floor has no Spin)
    'ours': dict(author='vp.tacgia', board='bbt.bientap', key='ArticlePublicationProcess',
                 task='Task_ReviewArticle', channels='Json', database='cchc-editorial'),
    'floor': dict(author=None, board=None, key='FloorProcess', task='Task_Review', channels='String',
                  database='floor'),
}
TRACE_URL = ('jdbc:h2:file:./data/{db};AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=60000;'
             'QUERY_CACHE_SIZE=256;TRACE_LEVEL_FILE=3;TRACE_MAX_FILE_SIZE=4000')


def call(port, method, path, body=None, user=None):
    request = urllib.request.Request(f'http://127.0.0.1:{port}{path}', method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header('Content-Type', 'application/json')
    if user:
        request.add_header('Authorization', 'Basic ' + base64.b64encode(f'{user}:demo'.encode()).decode())
    with urllib.request.urlopen(request, timeout=120) as response:
        text = response.read()
        return json.loads(text) if text else None


def lifecycle(port, subject):
    def value(v, t):
        return {'value': v, 'type': t}
    variables = {'title': value('Tin đo so sánh', 'String'), 'summary': value('Sapo của tin.', 'String'),
                 'content': value('<p>Nội dung <b>tin</b>.</p>', 'String'), 'topic': value('T11', 'String'),
                 'kind': value('NEWS', 'String'),
                 'channels': value('["DEPARTMENT_PORTAL"]', subject['channels'])}
    instance = call(port, 'POST', f"/engine-rest/process-definition/key/{subject['key']}/submit-form",
                    {'variables': variables}, subject['author'])['id']
    task = call(port, 'GET', f"/engine-rest/task?processInstanceId={instance}&taskDefinitionKey={subject['task']}",
                None, subject['board'])[0]['id']
    call(port, 'POST', f'/engine-rest/task/{task}/submit-form',
         {'variables': {'reviewDecision': value('APPROVE', 'String')}}, subject['board'])
    deadline = time.time() + 120
    while call(port, 'GET', f'/engine-rest/history/process-instance/{instance}', None, subject['author'])['state'] \
            != 'COMPLETED':
        if time.time() > deadline:
            raise SystemExit(f'instance {instance} did not end within 120 s')
        time.sleep(0.05)


def kind_of(sql):
    sql = re.sub(r'\s+', ' ', sql.replace('\\n', ' ')).strip()
    words = sql.split(' ')
    verb = words[0].upper()
    if verb == 'INSERT':
        return 'insert ' + words[2].split('(')[0]
    if verb == 'UPDATE':
        return 'update ' + words[1]
    if verb == 'DELETE':
        return 'delete ' + (words[2] if words[1].upper() == 'FROM' else words[1])
    if verb == 'SELECT':
        table = re.search(r'\bfrom\s+(\w+)', sql, re.I)
        return 'select ' + (table.group(1) if table else '?')
    return sql[:30]


def count(trace):
    statements = re.findall(r'/\*SQL[^*]*\*/(.*)', trace)
    kinds = collections.Counter(kind_of(s) for s in statements)
    kinds.pop('COMMIT;', None)
    commits = trace.count('.commit()')
    # the variables the engine created: the name is the third parameter of ACT_RU_VARIABLE's insert
    names = collections.Counter()
    inserts = set()
    for line in trace.split('\n'):
        prepared = re.search(r'PreparedStatement (prep\d+) = conn\d+\.prepareStatement\("insert into ACT_RU_VARIABLE',
                             line, re.I)
        if prepared:
            inserts.add(prepared.group(1))
            continue
        name = re.search(r'(prep\d+)\.setString\(3, "([^"]*)"\)', line)
        if name and name.group(1) in inserts:
            names[name.group(2)] += 1
    return kinds, commits, names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('subject', choices=SUBJECTS)
    parser.add_argument('jar')
    parser.add_argument('--items', type=int, default=10)
    parser.add_argument('--warm-up', type=int, default=3)
    parser.add_argument('--port', type=int, default=8099)
    parser.add_argument('--keep', action='store_true')
    options = parser.parse_args()
    subject = SUBJECTS[options.subject]
    jar = os.path.abspath(options.jar)
    folder = tempfile.mkdtemp(prefix=f'statements-{options.subject}-')
    log = open(os.path.join(folder, 'application.log'), 'w')
    app = subprocess.Popen(['java', '-Xmx512m', '-jar', jar, f'--server.port={options.port}',
                            '--server.address=127.0.0.1', '--management.endpoint.health.probes.enabled=true',
                            '--spring.datasource.url=' + TRACE_URL.format(db=subject['database'])],
                           cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 600
        while True:
            try:
                call(options.port, 'GET', '/actuator/health/readiness')
                break
            except (urllib.error.URLError, ConnectionError):
                if app.poll() is not None or time.time() > deadline:
                    raise SystemExit(f'the application did not start: see {folder}/application.log')
                time.sleep(0.5)
        for _ in range(options.warm_up):
            lifecycle(options.port, subject)
        trace_file = os.path.join(folder, 'data', subject['database'] + '.trace.db')
        before = os.path.getsize(trace_file)
        for _ in range(options.items):
            lifecycle(options.port, subject)
        with open(trace_file, encoding='utf-8', errors='replace') as f:
            f.seek(before)
            trace = f.read()
    finally:
        app.terminate()
        app.wait(60)
        log.close()
    kinds, commits, names = count(trace)
    n = options.items
    print(f'{options.subject}: per item lifecycle, over {n} items after {options.warm_up} not counted')
    print(f'{sum(kinds.values()) / n:7.1f} statements (commits not included)')
    print(f'{commits / n:7.1f} commits')
    print(f'{sum(names.values()) / n:7.1f} engine variables created')
    print('\nby kind and table:')
    for kind, c in sorted(kinds.items(), key=lambda e: (-e[1], e[0])):
        print(f'{c / n:7.1f} {kind}')
    print('\nengine variables, by name:')
    for name, c in sorted(names.items()):
        print(f'{c / n:7.1f} {name}')
    if options.keep:
        print(f'\nkept: {folder}')
    else:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    main()
