"""Reads on a real streaming replica, and the fall-back when it stops.

Starts two PostgreSQL clusters of its own on loopback (a primary, and a replica made from
it with pg_basebackup and streaming replication), loads the demo commune into the primary,
serves hanhdong with DATABASE_URL on the primary and DATABASE_REPLICA_URL on the replica,
then reads the pages that go to the replica (the dashboard, the city page, the public list
and figures, Open311, a citizen's tracking page) and one's own write (a public submission
then its tracking page).
Every response names where its reads came from (HANDONG_READ_FROM_HEADER=1). Then the
replica is stopped and the same pages are read again: all must answer, from the primary.
Everything it started is stopped and removed at the end. Last line: JSON.

    .venv/bin/python bench/replica.py     (as root or as the postgres user)
"""

import glob
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRIMARY_PORT, REPLICA_PORT, APP_PORT = 5446, 5447, 8123
HEADER = "X-Hanhdong-Read-From"


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        sys.exit(f"{name} not found: install PostgreSQL's server package")
    return found[-1]


def as_postgres(*args, **kwargs):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    done = subprocess.run([*prefix, *args], capture_output=True, text=True, **kwargs)
    if done.returncode:
        raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr.strip()}")
    return done


def cluster_start(data: Path, port: int) -> None:
    as_postgres(
        pg_bin("pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(data / "log"),
        "-o",
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1",
        "-w",
        "start",
    )


def cluster_stop(data: Path, mode="fast") -> None:
    subprocess.run(
        [
            *(["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []),
            pg_bin("pg_ctl"),
            "-D",
            str(data),
            "-m",
            mode,
            "-w",
            "stop",
        ],
        capture_output=True,
        check=False,
    )


def psql(port: int, sql: str, db="postgres") -> str:
    out = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", db, "-Atc", sql],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def wait_for_replay(timeout=60) -> None:
    target = psql(PRIMARY_PORT, "SELECT pg_current_wal_lsn()")
    deadline = time.time() + timeout
    while time.time() < deadline:
        caught = psql(REPLICA_PORT, f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn")
        if caught == "t":
            return
        time.sleep(0.2)
    raise RuntimeError("the replica did not catch up")


class Browser:
    """A person's session: cookies kept, the CSRF token sent back with forms."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str):
        with self.opener.open(f"http://127.0.0.1:{APP_PORT}{path}", timeout=30) as response:
            return response.status, response.headers.get(HEADER), response.read().decode()

    def post(self, path: str, fields: dict):
        _status, _source, page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{APP_PORT}{path}",
            data=data,
            headers={"Referer": f"http://127.0.0.1:{APP_PORT}{path}"},
        )
        with self.opener.open(request, timeout=30) as response:
            return response.status, response.geturl(), response.read().decode()


def read_pages(staff: Browser, city: Browser, public: Browser, ids: dict) -> dict:
    pages = {
        "dashboard": (staff, f"/programs/{ids['program']}/dashboard/"),
        "city": (city, f"/cities/{ids['city']}/dashboard/"),
        "public_list": (public, "/gop-y/hp-nghiduong/da-tra-loi/"),
        "public_stats": (public, "/gop-y/hp-nghiduong/thong-ke/"),
        "open311": (public, "/open311/v2/requests.json?jurisdiction_id=hp-nghiduong"),
        "tracking": (public, f"/gop-y/theo-doi/?code={ids['code']}"),
    }
    out = {}
    for name, (who, path) in pages.items():
        status, source, _body = who.get(path)
        out[name] = {"status": status, "read_from": source}
    return out


def main() -> int:
    if shutil.which("psql") is None:
        print("psql not found: install postgresql-client")
        return 1
    work = Path(tempfile.mkdtemp(prefix="hanhdong-replica-"))
    os.chmod(work, 0o755)
    primary, standby = work / "primary", work / "replica"
    server = None
    result: dict = {}
    try:
        for data in (primary, standby):
            data.mkdir(mode=0o700)
            if os.geteuid() == 0:
                shutil.chown(data, "postgres", "postgres")
        as_postgres(pg_bin("initdb"), "-D", str(primary), "-A", "trust", "-U", "postgres")
        with open(primary / "pg_hba.conf", "a") as hba:
            hba.write("host replication all 127.0.0.1/32 trust\n")
        cluster_start(primary, PRIMARY_PORT)
        as_postgres(
            pg_bin("pg_basebackup"),
            "-h",
            "127.0.0.1",
            "-p",
            str(PRIMARY_PORT),
            "-U",
            "postgres",
            "-D",
            str(standby),
            "-R",
            "-X",
            "stream",
        )
        cluster_start(standby, REPLICA_PORT)
        result["replica_in_recovery"] = psql(REPLICA_PORT, "SELECT pg_is_in_recovery()") == "t"
        psql(PRIMARY_PORT, "CREATE DATABASE hanhdong")
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PRIMARY_PORT}/hanhdong",
            "DATABASE_REPLICA_URL": f"postgres://postgres@127.0.0.1:{REPLICA_PORT}/hanhdong",
            "HANHDONG_VAR_DIR": str(work / "var"),
            "HANHDONG_READ_FROM_HEADER": "1",
            "HANHDONG_REPLICA_RETRY_SECONDS": "5",
            "HANHDONG_REPLICA_STICKY_SECONDS": "2",
            "DEBUG": "0",
            "HANHDONG_HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECRET_KEY": "replica-bench-" + "x" * 40,
        }
        hanhdong = str(ROOT / ".venv" / "bin" / "hanhdong")
        subprocess.run([hanhdong, "demo", "--setup-only"], env=env, check=True, capture_output=True)
        ids = json.loads(
            subprocess.run(
                [
                    hanhdong,
                    "shell",
                    "-c",
                    "import json; from hanhdong.programs.models import Program;"
                    "from hanhdong.feedback.models import Feedback;"
                    "p = Program.objects.get(commune__code='hp-nghiduong');"
                    "f = Feedback.objects.filter(commune=p.commune).first();"
                    "print(json.dumps({'program': p.pk, 'city': p.commune.parent_id,"
                    " 'code': f.code}))",
                ],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        wait_for_replay()
        server = subprocess.Popen(
            [hanhdong, "runserver", f"127.0.0.1:{APP_PORT}", "--noreload", "--nostatic"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                Browser().get("/login/")
                break
            except OSError:
                time.sleep(0.2)
        staff, city, public = Browser(), Browser(), Browser()
        staff.post("/login/", {"username": "bithu", "password": "hanhdong-demo"})
        city.post("/login/", {"username": "thanhpho", "password": "hanhdong-demo"})
        time.sleep(2.5)  # logging in wrote: their next reads stay on the primary for 2 s
        result["with_replica"] = read_pages(staff, city, public, ids)
        # one's own write: a submission, then its tracking page right after
        citizen = Browser()
        _status, landed, _page = citizen.post(
            "/gop-y/hp-nghiduong/",
            {
                "kind": "phan_anh",
                "topic": "giao_thong",
                "title": "Đèn đường thôn 3 không sáng",
                "text": "Đèn đường ở thôn 3 đã hỏng một tuần, đề nghị sửa.",
                "consent": "on",
            },
        )
        status, source, _body = citizen.get(
            urllib.parse.urlparse(landed).path + "?" + urllib.parse.urlparse(landed).query
        )
        result["after_own_write"] = {"status": status, "read_from": source}
        cluster_stop(standby, mode="immediate")
        result["replica_stopped"] = read_pages(staff, city, public, ids)
        checks = [
            result["replica_in_recovery"],
            all(p["read_from"] == "replica" for p in result["with_replica"].values()),
            result["after_own_write"]["read_from"] == "primary",
            all(
                p["status"] == 200 and p["read_from"] == "primary"
                for p in result["replica_stopped"].values()
            ),
        ]
        result["ok"] = all(checks)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        cluster_stop(standby, mode="immediate")
        cluster_stop(primary)
        shutil.rmtree(work, ignore_errors=True)
    for phase in ("with_replica", "replica_stopped"):
        for name, page in result.get(phase, {}).items():
            print(f"{phase:16} {name:13} {page['status']} read from {page['read_from']}")
    print(json.dumps(result))
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
