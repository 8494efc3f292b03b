"""How fast the HTML page (``timeline view``) opens with many events, in the real headless Chromium.

    .venv/bin/python benchmarks/page.py [--events 10000] [--corpus ../shared/corpora/tbaq] [--runs 3]

The events are those of a real extraction: the TBAQ dev documents (``build_corpus`` of ``benchmarks/run.py``)
go through ``timeline extract``; the events found are then repeated, dates shifted by whole weeks and ids made
unique, until there are ``--events`` of them (the corpus alone gives about 1,200). The page is opened from
``file://`` in Debian's Chromium (the one ``make browser`` installs), each run with a fresh profile, and the
Performance API reports first paint and first contentful paint; the page marks when it is ready
(``body[data-ready]``: filters filled, axis drawn, the first page of cards listed; polled, so an upper
bound), and a search and a granularity filter are timed from the input to the updated count.
Writes ``benchmarks/PAGE_RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from run import DEFAULT_CORPUS, build_corpus  # noqa: E402

from timeline.export import ExportOptions  # noqa: E402
from timeline.export.html import render_page  # noqa: E402
from timeline.export.json import from_dict  # noqa: E402
from timeline.model import Timeline  # noqa: E402

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
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


def _shift(value: str, days: int) -> str:
    if not value:
        return value
    if "T" in value:
        return (dt.datetime.fromisoformat(value) + dt.timedelta(days=days)).isoformat(timespec="minutes")
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def scaled(tl: Timeline, n: int) -> Timeline:
    """``n`` events: the extracted ones, then copies shifted by 7, 14... days with ``~k`` ids."""
    events, k = list(tl.events), 1
    while len(events) < n:
        for e in tl.events[: n - len(events)]:
            events.append(replace(e, id=f"{e.id}~{k}", start=_shift(e.start, 7 * k), end=_shift(e.end, 7 * k)))
        k += 1
    return Timeline(tl.documents, tl.mentions, tuple(events), tl.undated)


def extracted(corpus: Path, folder: Path) -> Timeline:
    manifest, _ = build_corpus(corpus, len((corpus / "manifest.csv").read_text().splitlines()) - 1, folder / "c")
    out = folder / "timeline.json"
    subprocess.run(
        [str(REPO / ".venv" / "bin" / "timeline"), "extract", "--manifest", str(manifest), "-q", "--out", str(out)],
        check=True,
        cwd=REPO,
    )
    return from_dict(json.loads(out.read_text(encoding="utf-8")))


def open_once(page: Path) -> dict[str, float]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        try:
            driver.get(page.as_uri())
            WebDriverWait(driver, 120).until(lambda d: d.execute_script("return document.body.dataset.ready"))
            paint = driver.execute_script(
                "return Object.fromEntries(performance.getEntriesByType('paint').map(p => [p.name, p.startTime]))"
            )
            nav = driver.execute_script(
                "const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd]"
            )
            ready = driver.execute_script("return performance.now()")  # upper bound: polled
            search = _timed(
                driver, "const q = document.getElementById('q'); q.value = 'said';q.dispatchEvent(new Event('input'));"
            )
            filtering = _timed(driver, "document.getElementById('g-day').click();")
            shown = driver.execute_script("return document.querySelectorAll('li.event[data-i]').length")
        finally:
            driver.quit()
    return {
        "first-paint": paint.get("first-paint", float("nan")),
        "first-contentful-paint": paint.get("first-contentful-paint", float("nan")),
        "dom-content-loaded": nav[0],
        "load": nav[1],
        "ready": ready,
        "search": search,
        "filter": filtering,
        "cards": shown,
    }


def _timed(driver, action: str) -> float:
    """Milliseconds from the action to the next frame after the count text changed (search has a 120 ms
    debounce, included). The page records the time itself; Python polls for it."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script(
        """
        window.__took = null;
        const count = document.getElementById('count'), t0 = performance.now();
        new MutationObserver((_, obs) => { obs.disconnect();
          requestAnimationFrame(() => { window.__took = performance.now() - t0; }); })
          .observe(count, {childList: true, characterData: true, subtree: true});
        """
        + action
    )
    WebDriverWait(driver, 60, poll_frequency=0.05).until(lambda d: d.execute_script("return window.__took") is not None)
    return driver.execute_script("return window.__took")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="also keep the page here, to look at it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = extracted(args.corpus, folder)
        tl = scaled(base, args.events)
        page = folder / "timeline.html"
        began = time.perf_counter()
        page.write_bytes(render_page(tl, ExportOptions(title=f"{len(tl.events)} events", link_base=str(folder))))
        render_s = time.perf_counter() - began
        if args.keep:
            args.keep.write_bytes(page.read_bytes())
        runs = [open_once(page) for _ in range(args.runs)] if args.runs else []
        if not runs:
            return
        size_mb = page.stat().st_size / 1e6
    keys = ("first-paint", "first-contentful-paint", "dom-content-loaded", "load", "ready", "search", "filter")
    lines = [
        "# The HTML page with many events (dev)",
        "",
        f"{len(tl.events):,} events ({len(base.events):,} extracted from the {len(base.documents)} TBAQ dev "
        f"documents, repeated with dates shifted by weeks), {len(tl.documents)} documents; page {size_mb:.1f} MB, "
        f"rendered by Python in {render_s:.2f} s. Headless Chromium "
        f"({subprocess.run([CHROMIUM, '--version'], capture_output=True, text=True).stdout.strip()}), "
        f"`file://`, fresh profile per run, {args.runs} runs; median (min–max), milliseconds from navigation start "
        "(search and filter: from the input to the next frame after the count changed).",
        "",
        "| measure | median ms | min–max ms |",
        "|---|---:|---:|",
    ]
    for k in keys:
        values = [r[k] for r in runs]
        lines.append(f"| {k} | {statistics.median(values):,.0f} | {min(values):,.0f}–{max(values):,.0f} |")
    lines += [
        "",
        f"Event cards in the list after the search and the filter: {runs[0]['cards']:,} (the list grows a "
        "page at a time as the reader scrolls).",
        "",
        "Made by `.venv/bin/python benchmarks/page.py`.",
    ]
    text = "\n".join(lines) + "\n"
    (HERE / "PAGE_RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
