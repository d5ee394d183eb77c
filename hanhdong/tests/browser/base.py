"""Browser tests: the pages as a phone or a desktop shows them, in Debian's chromium.

They need the ``playwright`` package (the test extras) and a chromium at /usr/bin/chromium
(``apt-get install chromium``); without either they are skipped, saying so. Playwright's own
browsers are never downloaded.

The pages come from Django's live server; the database is emptied after every test, so the
personas of ``hanhdong.test.BaseTestCase`` are built again for each.
"""

from __future__ import annotations

import os
import shutil
import unittest
from types import SimpleNamespace

from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.test import Client

from hanhdong.test import BaseTestCase

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # the test extras are not installed
    sync_playwright = None

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}

# Finds why a page is wider than its window: the text reaching furthest right (a long word,
# a heading that may not wrap), else the element reaching furthest right (the innermost of
# those that reach equally far), skipping what a box scrolling on its own holds. Returns null
# when the page fits.
OVERFLOW_JS = """() => {
  const width = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= width) return null;
  const scrolls = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  let worst = null, right = width + 0.5, text = "";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect().right;
    if (r > right && !scrolls(node)) {
      worst = node.parentElement; right = r; text = node.textContent;
    }
  }
  if (!worst) {
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect().right;
      if (r >= right && !scrolls(el)) { worst = el; right = r; text = el.textContent || ""; }
    }
  }
  if (!worst) return {scrollWidth, width, element: "?", right: 0, text: ""};
  const path = [];
  for (let el = worst; el && el !== document.body && path.length < 5; el = el.parentElement) {
    path.unshift(name(el));
  }
  return {scrollWidth, width, element: path.join(" > "), right: Math.round(right),
          text: text.trim().replace(/\\s+/g, " ").slice(0, 80)};
}"""

# The boxes whose content runs on sideways out of sight (they scroll, or clip it), except
# what is there for screen readers only and those made to scroll sideways: ``allowed``, a
# selector (on phones the tables in ``.scroll``).
CUT_OFF_JS = """(allowed) => {
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)) continue;
    if (allowed && el.matches(allowed)) continue;
    if (el.closest(".visually-hidden")) continue;  // for screen readers only, clipped on purpose
    if (getComputedStyle(el).overflowX === "visible") continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      const name = el.tagName.toLowerCase() + [...el.classList].map((c) => "." + c).join("");
      found.push(name + " (" + el.scrollWidth + " px of content in " + el.clientWidth + " px)");
    }
  }
  return found;
}"""
# on a phone, what may scroll sideways in its own box
SIDEWAYS = ".scroll"


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if sync_playwright is None:
        return (
            "!!! BROWSER TESTS SKIPPED: the playwright package is not installed "
            "(pip install -e '.[test]') !!!"
        )
    if not os.access(CHROMIUM, os.X_OK):
        return (
            f"!!! BROWSER TESTS SKIPPED: no chromium at {CHROMIUM} (apt-get install chromium) !!!"
        )
    return None


class BrowserTestCase(StaticLiveServerTestCase):
    """One chromium per class; each test opens the contexts (a person, a window size) it
    needs, closed at its end."""

    @classmethod
    def setUpClass(cls):
        reason = missing()
        if reason:
            raise unittest.SkipTest(reason)
        # Playwright's synchronous API keeps an event loop in this thread, which Django's
        # check against database calls from async code would take for a coroutine's.
        cls._async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        super().setUpClass()
        cls.playwright = sync_playwright().start()
        cls.browser = cls.playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.playwright.stop()
        super().tearDownClass()
        if cls._async_unsafe is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = cls._async_unsafe

    def setUp(self):
        super().setUp()
        BaseTestCase.setUpTestData.__func__(type(self))

    def context(self, user=None, viewport=PHONE):
        """A fresh browser context at ``viewport``, logged in as ``user`` when given (a site
        administrator with the second factor given, as ``BaseTestCase.login`` does)."""
        context = self.browser.new_context(viewport=viewport)
        self.addCleanup(context.close)
        if user is not None:
            holder = SimpleNamespace(client=Client())  # a session of its own for each person
            BaseTestCase.login(holder, user)
            name = settings.SESSION_COOKIE_NAME
            cookie = {"name": name, "value": holder.client.cookies[name].value}
            context.add_cookies([{**cookie, "url": self.live_server_url}])
        return context

    def url(self, path: str) -> str:
        return self.live_server_url + path

    def look(self, page, allowed: str = SIDEWAYS) -> tuple[str | None, list[str], list[str]]:
        """Read at once: what makes ``page`` wider than its window (or None), its boxes
        whose content runs on sideways (``cut_off``), and the addresses it links to."""
        found, boxes, links = page.evaluate(
            f"""(allowed) => [({OVERFLOW_JS})(), ({CUT_OFF_JS})(allowed),
                              [...document.links].map((a) => a.href)]""",
            allowed,
        )
        if found is None:
            return None, boxes, links
        wide = (
            f"{found['scrollWidth']} px wide in a {found['width']} px window; widest: "
            f"{found['element']} (right edge at {found['right']} px) «{found['text']}»"
        )
        return wide, boxes, links
