"""Public submission throughput and tracking-page speed, on a real server on 127.0.0.1.

Starts `hanhdong runserver` on a scratch database, then for a few seconds each runs the
same local load generator (threads, each with its own session) against the public
submission form and against a trivial view that inserts one row; `submit_ratio` is the
ratio of the two rates (goal >= 0.5). Then the tracking page is timed (median; goal
< 50 ms). The load stays on 127.0.0.1 and stops by itself. Last line: JSON.
"""

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
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANHDONG = str(ROOT / ".venv" / "bin" / "hanhdong")
THREADS, SECONDS = 6, 5.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


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
        "HANHDONG_BENCH": "1",
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
        form_url = base + "/gop-y/hp-nghiduong/"

        def submitter():
            session = urllib.request.build_opener(
                urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect
            )
            page = session.open(form_url, timeout=10).read().decode()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
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
                request = urllib.request.Request(form_url, data=body, headers={"Referer": form_url})
                try:
                    session.open(request, timeout=10)
                except urllib.error.HTTPError as exc:
                    return exc.code == 302
                return False

            return once

        def inserter():
            def once():
                request = urllib.request.Request(base + "/bench/insert/", data=b"x=1")
                return urllib.request.urlopen(request, timeout=10).status == 200

            return once

        trivial_rate = load(inserter, SECONDS)
        submit_rate = load(submitter, SECONDS)
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
