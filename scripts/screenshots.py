"""Log in as each demo role and take screenshots of the main pages (desktop and phone width).

Needs the `e2e` extra (Playwright for Python) and Debian's chromium; serve the demo first:
    make demo &   then   .venv/bin/python scripts/screenshots.py [OUT_DIR]
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = "http://127.0.0.1:8000"
PASSWORD = "hanhdong-demo"
USERS = ["bithu", "vanphong", "ubnd", "kiemtra", "hdnd", "thanhpho", "admin"]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for username in USERS:
            for size_name, (width, height) in SIZES.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(f"{BASE}/login/")
                page.fill("input[name=username]", username)
                page.fill("input[name=password]", PASSWORD)
                page.click("button.primary")
                page.wait_for_load_state()
                if "/programs/" not in page.url:  # several communes: pick the first program
                    page.click("table.grid a")
                    page.wait_for_load_state()
                page.screenshot(path=out / f"{username}-{size_name}-overview.png", full_page=True)
                page.click("nav.tabs a:nth-child(3)")
                page.wait_for_load_state()
                page.screenshot(path=out / f"{username}-{size_name}-tasks.png", full_page=True)
                print(username, size_name, page.url)
                page.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "var/screenshots"))
