"""A citizen's submission from start to end in a real browser, with screenshots: submit
with a photo from a phone, track it, the clerk accepts, links and assigns it, the agency
answers, the citizen rates it; then the leaders' dashboard and the public figures.

Needs Playwright for Python and Debian's chromium; serve the demo first:
    make demo &   then   .venv/bin/python scripts/feedback_walkthrough.py [OUT_DIR]
"""

import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

BASE = "http://127.0.0.1:8000"
COMMUNE = "hp-nghiduong"
PASSWORD = "hanhdong-demo"
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1366, "height": 900}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def photo(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), (120, 110, 100)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def login(browser, username):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{BASE}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_load_state()
    return page


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shot = iter(range(1, 100))

    def save(page, name):
        page.screenshot(path=out / f"{next(shot):02d}-{name}.png", full_page=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        citizen = browser.new_page(viewport=PHONE)
        citizen.goto(f"{BASE}/gop-y/{COMMUNE}/")
        save(citizen, "phone-form")
        citizen.check("input[name=kind][value=phan_anh]")
        citizen.select_option("select[name=topic]", "giao_thong")
        citizen.fill("input[name=title]", "Ổ gà giữa đường trục thôn Bắc")
        citizen.fill(
            "textarea[name=text]",
            "Ổ gà sâu giữa đường trục thôn Bắc, đoạn trước cổng chợ, tối qua có người đi xe "
            "máy bị ngã. Đề nghị xã cho vá sớm.",
        )
        citizen.fill("input[name=place]", "Thôn Bắc, trước cổng chợ")
        citizen.set_input_files("input[name=files]", str(photo(out / "o-ga.jpg")))
        citizen.fill("input[name=name]", "Người dân thử")
        citizen.click("button.primary")  # without consent: the form comes back filled
        citizen.wait_for_load_state()
        save(citizen, "phone-refused-without-consent")
        citizen.set_input_files("input[name=files]", str(out / "o-ga.jpg"))
        citizen.check("input[name=consent]")
        citizen.click("button.primary")
        citizen.wait_for_load_state()
        save(citizen, "phone-tracking-code")
        code = citizen.locator("input[name=code]").input_value()
        print("tracking code", code)

        clerk = login(browser, "vanphong")
        clerk.click("nav.tabs >> text=Phản ánh, kiến nghị")
        clerk.wait_for_load_state()
        save(clerk, "clerk-list")
        clerk.click("tr:has-text('Ổ gà giữa đường trục thôn Bắc') a")  # by its public reference
        clerk.wait_for_load_state()
        save(clerk, "clerk-item-received")
        clerk.click("button[formaction$='/accept/']")
        clerk.wait_for_load_state()
        clerk.click("form.link button")  # confirm the suggested area
        clerk.wait_for_load_state()
        clerk.select_option("select[name=agency]", label="Ủy ban nhân dân xã")
        clerk.click("button[formaction$='/assign/']")
        clerk.wait_for_load_state()
        save(clerk, "clerk-item-assigned")
        item_url = clerk.url

        officer = login(browser, "ubnd")
        officer.goto(item_url)
        officer.click("button[formaction$='/start/']")
        officer.wait_for_load_state()
        officer.fill("textarea[name=answer]", "Ngày 30/11 xã đã cho vá ổ gà và đặt biển cảnh báo.")
        officer.fill("textarea[name=note]", "Dùng vật liệu còn lại của công trình đường thôn Nam.")
        officer.click("button[formaction$='/answer/']")
        officer.wait_for_load_state()
        save(officer, "officer-answered")

        citizen.goto(f"{BASE}/gop-y/theo-doi/?code={code}")
        save(citizen, "phone-answer")
        citizen.check("input[name=rating][value='4']")
        citizen.fill("textarea[name=comment]", "Xử lý nhanh, cảm ơn xã.")
        citizen.click("form.card button.primary >> nth=1")
        citizen.wait_for_load_state()
        save(citizen, "phone-rated")
        citizen.goto(f"{BASE}/gop-y/{COMMUNE}/thong-ke/")
        save(citizen, "phone-public-figures")
        citizen.goto(f"{BASE}/gop-y/{COMMUNE}/da-tra-loi/")
        save(citizen, "phone-public-answered")

        leader = login(browser, "bithu")
        leader.click("nav.tabs >> text=Bảng điều hành")
        leader.wait_for_load_state()
        save(leader, "leader-dashboard")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "var/walkthrough"))
