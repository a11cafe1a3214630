"""End to end in a real browser: `kronika serve` on the corpus store (samples + seeds), driven with
Debian's Chromium headless through Selenium and Debian's chromedriver (nothing is downloaded).

Screenshots go to test-output/browser-screenshots/ (KRONIKA_SCREENSHOTS overrides the folder).
Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing (CI installs both).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from serve_corpus import ROOT, copy_store, corpus_store

CHROMIUM = Path(os.environ.get("KRONIKA_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("KRONIKA_CHROMEDRIVER", "/usr/bin/chromedriver"))
SHOTS = Path(os.environ.get("KRONIKA_SCREENSHOTS", ROOT / "test-output" / "browser-screenshots"))

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason=f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER}); apt-get install them",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`kronika serve` in a child process, as a user starts it; its address."""
    db = copy_store(corpus_store(), tmp_path_factory.mktemp("browser"))
    port = _free_port()
    child = subprocess.Popen([sys.executable, "-m", "kronika.cli", "--db", str(db), "serve", "--port", str(port)],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            pytest.fail(f"kronika serve did not start: {child.stdout.read()}")
        time.sleep(0.2)
    yield base
    child.terminate()
    child.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must never fetch a browser or driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="kronika-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1366,900", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def shot(driver, name: str) -> None:
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def document_with_events(server) -> str:
    import json

    with urllib.request.urlopen(server + "/api/documents?limit=100") as response:
        items = json.load(response)["items"]
    return next(d["id"] for d in items if d["n_events"] > 2 and d["n_quotes"] > 0)


def in_view(driver, element) -> bool:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", element)


PAGES = [("home", "/"), ("documents", "/documents"), ("entities", "/entities"), ("entity", "/entities/lukaszenka"),
         ("timeline", "/timeline"), ("timeline-filtered", "/timeline?entity=%C5%81ukaszenka&from=2022"),
         ("quotes", "/quotes"), ("search", "/search?q=%C5%81ukaszenki"), ("sources", "/sources"),
         ("source", "/sources/bielta")]


def test_every_page_opens_without_console_errors(server, browser):
    from selenium.webdriver.common.by import By

    browser.get_log("browser")  # start clean
    for name, path in PAGES + [("document", "/documents/" + document_with_events(server))]:
        browser.get(server + path)
        assert browser.find_element(By.TAG_NAME, "h1").text.strip(), path
        assert browser.find_element(By.CSS_SELECTOR, "link[rel=stylesheet]").get_attribute("href").endswith(
            "/static/kronika.css")
        assert browser.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(251, 250, 247)"
        shot(browser, name)
        assert console_errors(browser) == [], path


def test_an_event_link_jumps_to_its_evidence_by_keyboard(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/documents/" + document_with_events(server))
    link = browser.find_elements(By.CSS_SELECTOR, "ol.events a.jump")[-1]  # the last: far down, so it must scroll
    target = link.get_attribute("href").rsplit("#", 1)[1]
    link.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#" + target)
    anchor = browser.find_element(By.ID, target)
    assert in_view(browser, anchor)
    lit = browser.find_elements(By.CSS_SELECTOR, ".text .lit")
    number = target.split("-")[1]
    assert lit and all(number in piece.get_attribute("data-ev").split() for piece in lit)
    shot(browser, "document-evidence")
    assert console_errors(browser) == []


def test_a_timeline_mention_opens_the_sentence_it_comes_from(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/timeline")
    link = browser.find_element(By.CSS_SELECTOR, "ol.timeline ul.mentions a[href*='#ev-']")
    evidence = link.text.strip("„”…. ")[:40]
    link.click()
    assert "/documents/" in browser.current_url and "#ev-" in browser.current_url
    lit = browser.find_elements(By.CSS_SELECTOR, ".text .lit")
    assert lit and evidence[:30] in "".join(piece.text for piece in lit)
    shot(browser, "timeline-evidence")
    assert console_errors(browser) == []


def test_a_quotation_leads_to_its_speaker(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/quotes")
    speaker = browser.find_element(By.CSS_SELECTOR, "ul.quotes a.speaker")
    name = speaker.text
    speaker.click()
    assert "/entities/" in browser.current_url
    assert name in browser.find_element(By.TAG_NAME, "h1").text
    said = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=h-by] a.speaker")]
    assert said and set(said) == {name}
    shot(browser, "speaker")
    browser.get(server + "/documents/" + document_with_events(server))  # and from the document page
    browser.find_element(By.CSS_SELECTOR, "ol.quotes a.speaker").click()
    assert "/entities/" in browser.current_url
    assert console_errors(browser) == []


def test_the_keyboard_reaches_the_skip_link_first(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Przejdź do treści"
    assert browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused) != "none"
