"""hanhdong under load, as served in production: `hanhdong serve` (gunicorn) on PostgreSQL.

On a scratch PostgreSQL database with the demo commune, from loopback only, for a bounded
time and count:

1. public submissions per second against a trivial one-row insert view on the same server
   (`submit_ratio`, goal >= 0.8), the two loads taking turns over five rounds; the ratio is
   the median of the rounds' ratios, so a slow spell of the machine falls on both. The
   server trusts one reverse proxy, as deployed, and each submission comes from an address
   of its own (X-Forwarded-For), under the hourly limit as configured by default;
2. the tracking page against a trivial view that reads nothing (`track_ratio`, goal >= 0.5);
3. the leaders' dashboard with 8 staff users at once, while citizens read the public list
   and track their items (`dashboard_p95_ms`);
4. one server worker killed with SIGKILL in the middle of a run of submissions: every
   submission the server acknowledged is stored (`acknowledged` = `stored`).

Every answer that is not the expected one counts in `errors` (goal 0), except the requests
the killed worker had in flight, which are counted apart (`cut_by_kill`). Everything it
started is stopped, and the scratch database dropped. Last line: JSON.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/load.py
"""

import argparse
import collections
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from hanhdong.ops.serving import default_workers  # noqa: E402

HANHDONG = str(ROOT / ".venv" / "bin" / "hanhdong")
SECONDS, ROUNDS, THREADS, STAFF = 2.0, 5, 8, 8
COMMUNE = "hp-nghiduong"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


FAILURES: collections.Counter = collections.Counter()  # "<method> <path> <status or error>"


class Client:
    """One person on one keep-alive connection, cookies kept."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.conn = None

    def request(self, method: str, path: str, body: dict | None = None, headers=None):
        data = urllib.parse.urlencode(body).encode() if body is not None else None
        head = {"Host": "127.0.0.1", **(headers or {})}
        if self.cookies:
            head["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if data is not None:
            head["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                self.conn.request(method, path, data, head)
                response = self.conn.getresponse()
                content = response.read()
                break
            except (http.client.HTTPException, OSError) as exc:
                self.conn.close()
                self.conn = None
                if attempt or method != "GET":
                    FAILURES[f"{method} {path.split('?')[0]} {type(exc).__name__}"] += 1
                    raise
        if response.status >= 400:
            FAILURES[f"{method} {path.split('?')[0]} {response.status}"] += 1
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]
        return response.status, response.headers, content.decode("utf-8", "replace")

    def form(self, path: str, fields: dict):
        """A form posted as a browser would: its CSRF token, then the fields."""
        _status, _headers, page = self.request("GET", path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request(
            "POST",
            path,
            {**fields, "csrfmiddlewaretoken": token},
            {"Referer": f"http://127.0.0.1:{self.port}{path}"},
        )


def proxied(n: int) -> str:
    """The address the reverse proxy would append for the ``n``-th submission: each from a
    citizen of its own, as most are, under the hourly limit as deployed."""
    return f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"


def answered(status: int, wanted: int, what: str) -> bool:
    """Whether ``what`` was answered ``wanted``; any other answer is named in FAILURES (one
    over 399 is named by ``Client.request`` already)."""
    if status != wanted and status < 400:
        FAILURES[f"{what} {status} (not {wanted})"] += 1
    return status == wanted


def run_threads(make_worker, seconds: float, threads: int) -> tuple[float, list, int]:
    """Requests per second over ``threads`` threads for ``seconds``; the latencies of the
    answers; and the number of errors (an exception, or ``once`` answering False). Each
    thread's person is made ready (``make_worker``: a form fetched, a login) before the
    clock starts, so the figures are of the requests measured alone."""
    counts, errors, times = [0] * threads, [0] * threads, [[] for _ in range(threads)]
    ready = threading.Barrier(threads + 1)
    stop = [0.0]

    def run(index):
        try:
            once = make_worker()
        finally:
            ready.wait()
        while time.monotonic() < stop[0]:
            start = time.perf_counter()
            try:
                ok = once()
            except Exception:  # a reset connection, a timeout: an error, counted
                ok = False
            times[index].append((time.perf_counter() - start) * 1000)
            counts[index] += 1 if ok else 0
            errors[index] += 0 if ok else 1

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    stop[0] = time.monotonic() + 600  # until all are ready; then the measured span
    ready.wait()
    began = time.monotonic()
    stop[0] = began + seconds
    for w in workers:
        w.join(timeout=seconds + 60)
    elapsed = time.monotonic() - began
    return sum(counts) / elapsed, [t for ts in times for t in ts], sum(errors)


def round_ratios(pages: list[float], trivial: list[float]) -> list[float]:
    return [round(p / t, 3) for p, t in zip(pages, trivial, strict=True)]


def paired_ratio(pages: list[float], trivial: list[float]) -> float:
    """The median over the rounds of each round's ratio: a round measures the page right
    after its yardstick, so a slow spell of a shared machine falls on both of them."""
    return statistics.median(round_ratios(pages, trivial))


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * 0.95))] if values else 0.0


def psql(url: str, sql: str) -> str:
    return subprocess.run(
        ["psql", url, "-Atc", sql], check=True, capture_output=True, text=True
    ).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, help="server workers (default: as deployed)")
    args = parser.parse_args()
    admin_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    if not admin_url.startswith("postgres"):
        print("bench/load.py runs on PostgreSQL: set DATABASE_URL=postgres://…")
        return 1
    scratch = f"hanhdong_load_{os.getpid()}"
    base_url = admin_url.rsplit("/", 1)[0]
    psql(admin_url, f"CREATE DATABASE {scratch}")
    folder = tempfile.mkdtemp(prefix="hanhdong-load-")
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"{base_url}/{scratch}",
        "HANHDONG_VAR_DIR": folder,
        "DEBUG": "0",
        "HANHDONG_HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": "load-bench-" + "k" * 50,
        "DJANGO_SETTINGS_MODULE": "bench_settings",  # hanhdong + the trivial views
        "PYTHONPATH": os.pathsep.join([str(ROOT / "bench"), str(ROOT)]),
        # as deployed behind the reverse proxy: each citizen's address is the one it appends
        "HANHDONG_TRUSTED_PROXIES": "1",
        "HANHDONG_LOGIN_FAILURES": "1000",
    }
    server = None
    # the server as deployed: its own worker count (2 x cores + 1), unless --workers is given
    workers = ["--workers", str(args.workers)] if args.workers else []
    result: dict = {
        "db": "postgresql",
        "server": "hanhdong serve (gunicorn)",
        "workers": args.workers or default_workers(),
        "cores": len(os.sched_getaffinity(0)),
    }
    try:
        subprocess.run([HANHDONG, "demo", "--setup-only"], env=env, check=True, capture_output=True)
        server = subprocess.Popen(
            [HANHDONG, "serve", "--bind", f"127.0.0.1:{port}", *workers],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(150):
            try:
                if Client(port).request("GET", "/healthz")[0] in (200, 503):
                    break
            except OSError:
                time.sleep(0.2)
        FAILURES.clear()  # the server's start, waited for, is not a failure
        form = f"/gop-y/{COMMUNE}/"
        serial = iter(range(10**9))

        def submitter():
            citizen = Client(port)
            citizen.request("GET", form)
            page = citizen.request("GET", form)[2]
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

            def once():
                n = next(serial)
                status, _h, _b = citizen.request(
                    "POST",
                    form,
                    {
                        "csrfmiddlewaretoken": token,
                        "kind": "phan_anh",
                        "title": f"Phản ánh số {n}",
                        "place": "Thôn 2",
                        "website": "",
                        "text": f"Đèn đường đoạn {n} không sáng, đề nghị xã kiểm tra sửa chữa.",
                    },
                    {"Referer": f"http://127.0.0.1:{port}{form}", "X-Forwarded-For": proxied(n)},
                )
                return answered(status, 302, f"POST {form}")

            return once

        def inserter():
            client = Client(port)
            return lambda: answered(
                client.request("POST", "/bench/insert/", {"x": "1"})[0], 200, "POST /bench/insert/"
            )

        submit_rates, insert_rates, errors = [], [], 0
        for _ in range(ROUNDS):
            rate, _t, e = run_threads(inserter, SECONDS, THREADS)
            insert_rates.append(rate)
            errors += e
            rate, _t, e = run_threads(submitter, SECONDS, THREADS)
            submit_rates.append(rate)
            errors += e
        result["submit_per_s"] = round(statistics.mean(submit_rates), 1)
        result["trivial_insert_per_s"] = round(statistics.mean(insert_rates), 1)
        result["submit_ratio"] = paired_ratio(submit_rates, insert_rates)
        result["submit_round_ratios"] = round_ratios(submit_rates, insert_rates)

        code = psql(env["DATABASE_URL"], "SELECT code FROM feedback_feedback LIMIT 1")
        track = f"/gop-y/theo-doi/?code={code}"

        def tracker():
            client = Client(port)
            return lambda: answered(client.request("GET", track)[0], 200, "GET tracking page")

        def hello():
            client = Client(port)
            return lambda: answered(
                client.request("GET", "/bench/hello/")[0], 200, "GET /bench/hello/"
            )

        track_rates, hello_rates = [], []
        for _ in range(ROUNDS):
            rate, _t, e = run_threads(hello, SECONDS, THREADS)
            hello_rates.append(rate)
            errors += e
            rate, _t, e = run_threads(tracker, SECONDS, THREADS)
            track_rates.append(rate)
            errors += e
        result["track_per_s"] = round(statistics.mean(track_rates), 1)
        result["trivial_get_per_s"] = round(statistics.mean(hello_rates), 1)
        result["track_ratio"] = paired_ratio(track_rates, hello_rates)
        result["track_round_ratios"] = round_ratios(track_rates, hello_rates)

        program = psql(
            env["DATABASE_URL"],
            "SELECT p.id FROM programs_program p JOIN orgs_organization o "
            f"ON o.id = p.commune_id WHERE o.code = '{COMMUNE}' LIMIT 1",
        )
        dashboard = f"/programs/{program}/dashboard/"

        def leader():
            client = Client(port)
            client.form("/login/", {"username": "bithu", "password": "hanhdong-demo"})
            return lambda: answered(client.request("GET", dashboard)[0], 200, "GET dashboard")

        def citizen_reading():
            client = Client(port)
            pages = [f"/gop-y/{COMMUNE}/da-tra-loi/", track]
            turn = iter(range(10**9))

            def read():
                page = pages[next(turn) % 2]
                return answered(client.request("GET", page)[0], 200, f"GET {page.split('?')[0]}")

            return read

        readers: list = []
        background = threading.Thread(
            target=lambda: readers.append(run_threads(citizen_reading, SECONDS * 2, 4))
        )
        background.start()
        rate, times, e = run_threads(leader, SECONDS * 2, STAFF)
        background.join()
        errors += e + readers[0][2]
        result["dashboard_per_s"] = round(rate, 1)
        result["dashboard_p95_ms"] = round(p95(times), 1)
        result["dashboard_median_ms"] = round(statistics.median(times), 1)

        # a worker killed mid-run: what was acknowledged is stored
        before = int(psql(env["DATABASE_URL"], "SELECT count(*) FROM feedback_feedback"))
        killed: list[int] = []

        def kill_one():
            """SIGKILL a worker serving now, read at that moment: one read earlier may have
            been replaced after its thousand requests (os.kill would find no such process)."""
            for pid in subprocess.run(
                ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
            ).stdout.split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    continue
                killed.append(int(pid))
                return

        acknowledged = [0]
        cut = [0]
        lock = threading.Lock()

        def counted_submitter():
            once = submitter()

            def counted():
                try:
                    ok = once()
                except Exception:
                    with lock:
                        cut[0] += 1
                    return True  # in flight on the killed worker: counted apart
                if ok:
                    with lock:
                        acknowledged[0] += 1
                return True

            return counted

        killer = threading.Timer(SECONDS / 2, kill_one)
        killer.start()
        run_threads(counted_submitter, SECONDS, THREADS)
        killer.join()
        stored = int(psql(env["DATABASE_URL"], "SELECT count(*) FROM feedback_feedback")) - before
        result.update(
            {
                "killed_worker": killed[0] if killed else None,
                "acknowledged": acknowledged[0],
                "stored": stored,
                "cut_by_kill": cut[0],
                "none_lost": bool(killed) and stored >= acknowledged[0],
                "errors": errors,
                # what went wrong, the killed worker's requests included
                "failed_answers": dict(FAILURES),
            }
        )
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=40)
            except subprocess.TimeoutExpired:
                server.kill()
        psql(admin_url, f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")
    print(
        f"submissions {result['submit_per_s']}/s vs one-row inserts "
        f"{result['trivial_insert_per_s']}/s (ratio {result['submit_ratio']}); tracking page "
        f"{result['track_per_s']}/s vs a trivial view {result['trivial_get_per_s']}/s (ratio "
        f"{result['track_ratio']}); dashboard with {STAFF} staff users p95 "
        f"{result['dashboard_p95_ms']} ms; "
        + ("a worker killed: " if result["killed_worker"] else "NO worker could be killed: ")
        + f"{result['acknowledged']} acknowledged, {result['stored']} stored; "
        f"errors {result['errors']}"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
