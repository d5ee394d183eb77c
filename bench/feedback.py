"""Public submission throughput and tracking-page speed, on a real server on 127.0.0.1.

Starts `hanhdong runserver` on a scratch database, then for a few seconds each runs the
same local load generator (threads, each with its own session) against the public
submission form and against a trivial view that inserts one row, three rounds of each
in turn; `submit_ratio` is the ratio of the two mean rates (goal >= 0.5). Both loads use
the same client code: one POST per fresh connection. Then the tracking page is timed
(median; goal < 50 ms). The load stays on 127.0.0.1 and stops by itself. Last line: JSON.
"""

import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANHDONG = str(ROOT / ".venv" / "bin" / "hanhdong")
THREADS, SECONDS, ROUNDS = 6, 3.0, 3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(worker, seconds: float) -> float:
    """Requests per second that ``worker()`` achieves from THREADS threads."""
    counts = [0] * THREADS
    stop = time.monotonic() + seconds

    def run(index):
        session = worker()
        while time.monotonic() < stop:
            if session():
                counts[index] += 1

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 30)
    return sum(counts) / (time.monotonic() - start)


def main() -> int:
    folder = tempfile.mkdtemp(prefix="hanhdong-bench-")
    env = {
        **os.environ,
        "HANHDONG_VAR_DIR": folder,
        "DEBUG": "0",
        "HANHDONG_HTTPS": "0",
        # hanhdong with the bench's trivial insert view (bench/bench_settings.py)
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "bench"), str(ROOT)]),
        "HANHDONG_SUBMISSIONS_PER_HOUR": "100000000",
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    subprocess.run([HANHDONG, "demo", "--setup-only"], env=env, check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [HANHDONG, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/login/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        form_path = "/gop-y/hp-nghiduong/"
        form_url = base + form_path

        def post(path: str, body: bytes, headers: dict) -> int:
            """One request on a fresh connection, the same way for both loads."""
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                conn.request("POST", path, body, {"Host": "127.0.0.1", **headers})
                response = conn.getresponse()
                response.read()
                return response.status
            finally:
                conn.close()

        def submitter():
            page = urllib.request.urlopen(form_url, timeout=10)
            cookie = page.headers["Set-Cookie"].split(";")[0]
            token = re.search(
                r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode()
            ).group(1)
            headers = {
                "Cookie": cookie,
                "Referer": form_url,
                "Content-Type": "application/x-www-form-urlencoded",
            }
            counter = iter(range(10**9))

            def once():
                n = next(counter)
                body = urllib.parse.urlencode(
                    {
                        "csrfmiddlewaretoken": token,
                        "kind": "phan_anh",
                        "title": f"Phản ánh số {n}",
                        "place": "Thôn 2",
                        "website": "",
                        "text": f"Đèn đường đoạn {n} không sáng, đề nghị xã kiểm tra sửa chữa.",
                    }
                ).encode()
                return post(form_path, body, headers) == 302  # to the tracking page

            return once

        def inserter():
            headers = {"Content-Type": "application/x-www-form-urlencoded"}

            def once():
                return post("/bench/insert/", b"x=1", headers) == 200

            return once

        # alternate the two loads, so a slow spell of the machine falls on both alike
        trivial_rates, submit_rates = [], []
        for _ in range(ROUNDS):
            trivial_rates.append(load(inserter, SECONDS))
            submit_rates.append(load(submitter, SECONDS))
        trivial_rate = statistics.mean(trivial_rates)
        submit_rate = statistics.mean(submit_rates)
        code = re.search(
            r"code=(\w+)",
            subprocess.run(
                [
                    HANHDONG,
                    "shell",
                    "-c",
                    "from hanhdong.feedback.models import Feedback;"
                    "print('code=' + Feedback.objects.first().code)",
                ],
                env=env,
                capture_output=True,
                text=True,
            ).stdout,
        ).group(1)
        track_url = f"{base}/gop-y/theo-doi/?code={code}"
        times = []
        for _ in range(60):
            start = time.perf_counter()
            urllib.request.urlopen(track_url, timeout=10).read()
            times.append((time.perf_counter() - start) * 1000)
        page_kb = len(urllib.request.urlopen(form_url).read()) / 1024
        css_kb = len(urllib.request.urlopen(base + "/static/hanhdong/app.css").read()) / 1024
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = {
        "submit_per_s": round(submit_rate, 1),
        "trivial_insert_per_s": round(trivial_rate, 1),
        "submit_ratio": round(submit_rate / trivial_rate, 3),
        "track_ms": round(statistics.median(times), 1),
        "submit_page_kb": round(page_kb + css_kb, 1),
        "db": "sqlite",
        "server": "runserver",
    }
    print(
        f"public submissions {result['submit_per_s']}/s vs one-row inserts "
        f"{result['trivial_insert_per_s']}/s: ratio {result['submit_ratio']}; tracking page "
        f"median {result['track_ms']} ms; submission page {result['submit_page_kb']} KB "
        f"with its stylesheet"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
