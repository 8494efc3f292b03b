"""The ICS export against a real CalDAV server: Radicale on loopback, driven by the ``caldav`` client.

Radicale runs as a subprocess (``python -m radicale``) on a free 127.0.0.1 port with a temporary storage folder
and no authentication; the fixture stops it. Every wait is bounded.
"""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
import uuid
from urllib.parse import quote

import caldav
import icalendar
import pytest

try:
    from .test_export_common import sample_timeline
except ImportError:  # tests/ collected as a plain directory rather than a package
    from test_export_common import sample_timeline
from timeline.export import ExportOptions, render
from timeline.export.ics import uids
from timeline.model import Event, Source

START_TIMEOUT = 20.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"radicale exited early: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"radicale did not listen on 127.0.0.1:{port} within {timeout}s")


@pytest.fixture(scope="module")
def radicale_url(tmp_path_factory):
    port = _free_port()
    storage = tmp_path_factory.mktemp("radicale")
    cmd = [
        sys.executable,
        "-m",
        "radicale",
        "--config",
        "",  # no system or user config files
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--auth-type",
        "none",
        "--rights-type",
        "owner_only",
        "--storage-filesystem-folder",
        str(storage),
        "--logging-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for_port(port, proc, START_TIMEOUT)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


@pytest.fixture
def calendar(radicale_url, monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    # Radicale's "none" auth accepts any user; a named user gets its own principal collection.
    with caldav.DAVClient(url=radicale_url, username="tester", password="x", timeout=10) as client:
        yield client.principal().make_calendar(name="timeline", cal_id=uuid.uuid4().hex)


def split_events(ics: bytes) -> dict[str, str]:
    """One VCALENDAR per VEVENT, keyed by UID: CalDAV stores one object resource per event (RFC 4791 4.1)."""
    cal = icalendar.Calendar.from_ical(ics)
    out = {}
    for ve in cal.walk("VEVENT"):
        one = icalendar.Calendar()
        for name in ("PRODID", "VERSION"):
            one.add(name, cal[name])
        one.add_component(ve)
        out[str(ve["UID"])] = one.to_ical().decode("utf-8")
    return out


def upload(calendar, ics: bytes) -> None:
    for text in split_events(ics).values():
        calendar.save_event(text)  # PUT <uid>.ics: an existing UID is overwritten, not duplicated


def summary_of(cal_bytes: bytes) -> dict[str, tuple]:
    return {
        str(ve["UID"]): (ve.decoded("DTSTART"), ve.decoded("DTEND"), str(ve["SUMMARY"]))
        for ve in icalendar.Calendar.from_ical(cal_bytes).walk("VEVENT")
    }


def server_state(calendar) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for obj in calendar.events():
        for ve in icalendar.Calendar.from_ical(obj.data).walk("VEVENT"):
            uid = str(ve["UID"])
            assert uid not in out, f"duplicate UID {uid} on the server"
            out[uid] = (ve.decoded("DTSTART"), ve.decoded("DTEND"), str(ve["SUMMARY"]))
    return out


OPTIONS = ExportOptions(title="Geneva talks", dtstamp=dt.datetime(2016, 10, 21, tzinfo=dt.timezone.utc))


def test_upload_reads_back_the_same_events(calendar):
    ics = render(sample_timeline(), "ics", OPTIONS)
    upload(calendar, ics)
    assert server_state(calendar) == summary_of(ics)


def test_second_export_updates_and_adds_without_duplicates(calendar):
    first = render(sample_timeline(), "ics", OPTIONS)
    upload(calendar, first)
    added = Event(
        "ev-new",
        "2016-10-25",
        "2016-10-26",
        "day",
        "2016-10-25",
        "Talks collapse",
        sources=(Source("blog", 0, 500, 530, "On 25 October the talks collapsed.", 2),),
    )
    second = render(sample_timeline(extra=(added,), retitle={"ev-time": "Press conference moved"}), "ics", OPTIONS)
    upload(calendar, second)

    state = server_state(calendar)
    assert state == summary_of(second)
    assert len(state) == len(summary_of(first)) + 1
    uid = {e: f"{u}@timeline.local" for e, u in uids(sample_timeline(extra=(added,)).events).items()}
    assert state[uid["ev-time"]][2] == "Press conference moved"
    assert state[uid["ev-new"]][2] == "Talks collapse"
    assert sorted(str(o.url).rsplit("/", 1)[1] for o in calendar.events()) == sorted(
        quote(uid) + ".ics" for uid in state
    )


# -- a corrected article date, end to end: the real pipeline, then the real server ----------------------------

ARTICLES = {
    "geneva.txt": "Ceasefire talks stall\n\nNegotiators met in Geneva on Friday to discuss a ceasefire. The foreign "
    "minister said on Tuesday that the talks would continue. Aid convoys reached the city yesterday.\n",
    "harbour.txt": "Harbour reopens\n\nThe port authority reopened the northern harbour on Monday after storm "
    "repairs. Fishermen returned to the docks on Wednesday.\n",
}


def _extract_ics(folder, geneva_date: str) -> tuple[bytes, tuple[Event, ...]]:
    from timeline.read import plan_inputs
    from timeline.run import run

    manifest = folder / f"manifest-{geneva_date}.csv"
    manifest.write_text(
        "id,path,published,title\n"
        f"geneva,geneva.txt,{geneva_date},Ceasefire talks stall\n"
        "harbour,harbour.txt,2016-10-20,Harbour reopens\n",
        encoding="utf-8",
    )
    tl = run(plan_inputs([], manifest))
    return render(tl, "ics", OPTIONS), tl.events


def test_reimport_after_a_manifest_date_correction_updates_and_never_duplicates(calendar, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    wrong, wrong_events = _extract_ics(tmp_path, "2016-10-16")  # the article's date as first (wrongly) given
    right, right_events = _extract_ics(tmp_path, "2016-10-23")  # corrected a week later in the manifest
    moved = {e.title for e in wrong_events} & {e.title for e in right_events}
    # the correction really moved the Geneva events, and with them their ids: only the UID may stay put
    assert {e.id for e in wrong_events} != {e.id for e in right_events}
    assert len(moved) == len(wrong_events) == len(right_events) >= 4

    upload(calendar, wrong)
    first = server_state(calendar)
    upload(calendar, right)
    state = server_state(calendar)

    assert len(state) == len(first) == len(summary_of(right))  # updated in place, nothing added
    assert state == summary_of(right)  # every event now carries the corrected date
    met = {uid: v for uid, v in state.items() if v[2].startswith("Negotiators met")}
    (uid,) = met
    assert first[uid][0] == dt.date(2016, 10, 14) and state[uid][0] == dt.date(2016, 10, 21)
