"""The HTML page in a real headless Chromium (Debian's ``chromium`` + ``chromium-driver``, driven by Selenium).

One browser session for the module. The driver and browser paths are given explicitly, so Selenium Manager never
downloads anything; ``make browser`` (a prerequisite of ``make test``) installs the packages when they are
missing, and these tests skip, saying so, only where that was impossible.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

try:
    from .test_export_common import sample_timeline
except ImportError:  # tests/ collected as a plain directory rather than a package
    from test_export_common import sample_timeline
from timeline.export import ExportOptions
from timeline.export.html import page_data, render_page
from timeline.model import Event, Source, Timeline

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)
WAIT = 10.0

SUMMARY = [
    {
        "date": "2016-10-14",
        "score": 3.0,
        "sentences": [
            {
                "text": 'On Friday, talks resumed in Geneva, "finally".',
                "doc": "reuters-1",
                "start": 0,
                "end": 46,
                "event": "ev-day",
            },
            {
                "text": "A press conference followed at 3 pm.",
                "doc": "reuters-1",
                "start": 60,
                "end": 96,
                "event": "ev-time",
            },
        ],
    },
    {
        "date": "2016-11-01",
        "score": 1.0,
        "sentences": [
            {
                "text": "Elections are expected next November.",
                "doc": "blog",
                "start": 320,
                "end": 357,
                "event": "ev-month",
            }
        ],
    },
]


def page_timeline() -> Timeline:
    """The shared sample plus a 1938 background date, so the page has an "earlier" band."""
    tl = sample_timeline()
    old = Event(
        "ev-1938",
        "1938-09-30",
        "1938-10-01",
        "day",
        "1938-09-30",
        "An agreement signed in Munich",
        places=("Munich",),
        sources=(Source("blog", 0, 400, 440, "The agreement of 30 September 1938.", 2),),
    )
    return Timeline(tl.documents, tl.mentions, (*tl.events, old), tl.undated)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, summary in (("plain", None), ("summary", SUMMARY)):
        options = ExportOptions(title=f"Geneva talks ({name})", link_base=str(folder))
        path = folder / f"{name}.html"
        path.write_bytes(render_page(page_timeline(), options, summary))
        out[name] = (path, page_data(page_timeline(), options, summary))
    return out


@pytest.fixture(scope="module")
def browser():
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip(
            f"no {CHROMIUM} / {CHROMEDRIVER}: `make browser` installs Debian's chromium and "
            "chromium-driver (it needs root and apt-get)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.TemporaryDirectory(prefix="chromium-profile-")
    for flag in (*FLAGS, f"--user-data-dir={profile.name}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


def open_page(driver, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.as_uri())
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.body.dataset.ready") == "true")


def shown(driver, css: str) -> int:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).filter(n => n.checkVisibility()).length", css
    )


def wait_for_count(driver, css: str, expected: int) -> int:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(driver, WAIT).until(lambda d: shown(d, css) == expected)
    except TimeoutException:
        pass
    return shown(driver, css)


def test_loads_from_file_with_no_console_error_and_no_request(browser, pages):
    path, _ = pages["plain"]
    browser.get_log("browser"), browser.get_log("performance")  # drain what earlier pages left
    open_page(browser, path)
    console = browser.get_log("browser")
    assert [e for e in console if e["level"] in ("SEVERE", "WARNING")] == []
    requested = [json.loads(e["message"])["message"] for e in browser.get_log("performance")]
    sent = [m["params"] for m in requested if m["method"] == "Network.requestWillBeSent"]
    # the page's own document is the one request made for it (the browser's new-tab page may log chrome:// ones)
    assert {p["request"]["url"] for p in sent if p.get("documentURL") == path.as_uri()} == {path.as_uri()}
    assert [
        p["request"]["url"] for p in sent if p["request"]["url"].startswith(("http:", "https:", "ws:", "wss:"))
    ] == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_shows_one_element_per_event_and_the_earlier_band(browser, pages):
    path, data = pages["plain"]
    open_page(browser, path)
    assert (
        shown(browser, "#events li.event")
        + browser.execute_script("return document.querySelectorAll('#earlier-list li.event').length")
        == len(data["events"])
        == 12
    )
    earlier = [e for e in data["events"] if e.get("earlier")]
    assert [e["id"] for e in earlier] == ["ev-1938"]
    assert not browser.execute_script("return document.getElementById('earlier').open")
    browser.find_element("id", "earlier-band").click()
    assert browser.execute_script("return document.getElementById('earlier').open")
    first_year = int(browser.find_element("id", "axis-range").text.split()[0][-4:])
    assert 1900 < first_year <= 1938  # the axis now reaches back to it


def test_a_filter_and_the_search_change_what_is_shown(browser, pages):
    path, data = pages["plain"]
    open_page(browser, path)
    every = len(data["events"])
    not_day = sum(e["granularity"] != "day" for e in data["events"])
    browser.find_element("id", "g-day").click()
    assert wait_for_count(browser, "li.event[data-i]", not_day) == not_day < every
    assert browser.find_element("id", "count").text.startswith(f"Showing {not_day} of {every} events")
    browser.find_element("id", "reset").click()
    assert wait_for_count(browser, "li.event[data-i]", every - 1) == every - 1  # the earlier one stays collapsed

    geneva = [e for e in data["events"] if "geneva" in json.dumps(e, ensure_ascii=False).lower()]
    browser.find_element("id", "q").send_keys("Geneva")
    assert wait_for_count(browser, "li.event[data-i]", len(geneva)) == len(geneva) == 2
    assert browser.find_element("id", "count").get_attribute("aria-live") == "polite"


def test_the_axis_zooms_from_the_keyboard(browser, pages):
    path, _ = pages["plain"]
    open_page(browser, path)
    axis = browser.find_element("id", "axis")
    before = browser.find_element("id", "axis-range").text
    axis.send_keys("+++")
    browser.execute_script("return new Promise(r => requestAnimationFrame(() => r()))")
    assert browser.find_element("id", "axis-range").text != before


def test_the_summary_is_the_first_view(browser, pages):
    path, data = pages["summary"]
    open_page(browser, path)
    assert shown(browser, "#summary-list li.event") == len(SUMMARY)
    assert shown(browser, "#events li.event") == 0
    assert browser.find_element("id", "show-summary").get_attribute("aria-pressed") == "true"
    browser.find_element("id", "show-all").click()
    assert wait_for_count(browser, "#events li.event", len(data["events"]) - 1) == len(data["events"]) - 1


def test_screenshot_is_not_blank(browser, pages):
    from PIL import Image, ImageStat

    path, _ = pages["plain"]
    open_page(browser, path)
    image = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("L")
    assert image.size[0] >= 1000
    assert ImageStat.Stat(image).var[0] > 200  # text, bars and cards, not one flat colour
    assert len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50


def test_a_long_timeline_is_listed_a_page_at_a_time(browser, tmp_path):
    """Many events: the list starts with one page of cards and grows on demand; counts cover every event."""
    base = page_timeline().events[0]
    many = tuple(
        replace(
            base,
            id=f"ev-{k:04d}",
            title=f"Event number {k}",
            start=(dt.date(2016, 1, 1) + dt.timedelta(days=k)).isoformat(),
            end=(dt.date(2016, 1, 2) + dt.timedelta(days=k)).isoformat(),
        )
        for k in range(400)
    )
    path = tmp_path / "many.html"
    path.write_bytes(render_page(Timeline(page_timeline().documents, (), many), ExportOptions()))
    open_page(browser, path)
    first = shown(browser, "#events li.event")
    assert 0 < first < 400
    assert browser.find_element("id", "count").text == "Showing 400 of 400 events"
    browser.execute_script("document.getElementById('more-events').click()")
    assert shown(browser, "#events li.event") == min(400, 2 * first)
    browser.find_element("id", "q").send_keys("number 399")
    assert wait_for_count(browser, "#events li.event", 1) == 1


def test_printing_lists_every_event_with_its_sources_and_no_controls(browser, pages):
    path, data = pages["plain"]
    open_page(browser, path)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")
        assert browser.execute_script("return getComputedStyle(document.querySelector('.controls')).display") == "none"
        assert shown(browser, "li.event[data-i]") == len(data["events"])  # the earlier band opens too
        closed = browser.execute_script("return document.querySelectorAll('details.sources:not([open])').length")
        assert closed == 0
        assert (
            browser.execute_script("return document.querySelectorAll('details.sources[open] blockquote').length") >= 1
        )
        pdf = browser.execute_cdp_cmd("Page.printToPDF", {})["data"]
        assert len(pdf) > 10_000
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
