"""Event figures: does the project attach a time expression to the event the gold annotation links it to?

Scored on TimeML event–time links (``gold_events.jsonl``) between an event and a time expression of the same
sentence. A link counts when the project's attachment of the matching time mention includes a trigger that
overlaps the gold event. Reported twice: with the project's own mentions (end to end: a missed expression loses
its links) and with the gold time expressions (attachment alone).

Links to the document creation time (half of the gold links) are scored on the events the project reports: a link
counts when an event whose trigger overlaps the gold event carries a date compatible with the gold relation to the
document date D (``DCT_COMPATIBLE``). An event dated by the writing date (``dated_by: anchor``) claims "on or
shortly before D"; an explicit or narrative date claims its interval. Reported with and without anchor-dated
events.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import temporal
from ..events import attach_all, extract
from ..model import Anchor, Document, Mention, Segment
from ..sentences import sentence_bounds


@dataclass(frozen=True)
class LinkFigures:
    links: int
    attached: int
    predicted_links: int

    @property
    def share(self) -> float:
        return self.attached / self.links if self.links else 0.0


def _read_doc(corpus: Path, path: str) -> str:
    with open(corpus / path, encoding="utf-8", newline="") as fh:
        return fh.read()


def score_links(
    corpus: Path, model: str | None = None, use_gold_times: bool = False, limit: int | None = None
) -> LinkFigures:
    corpus = Path(corpus)
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as fh:
        manifest = {r["id"]: r for r in csv.DictReader(fh)}
    links_by_doc: dict[str, list[dict]] = defaultdict(list)
    with open(corpus / "gold_events.jsonl", encoding="utf-8") as fh:
        for line in fh:
            link = json.loads(line)
            if not link["timex_is_dct"]:
                links_by_doc[link["doc"]].append(link)
    gold_times: dict[str, list[dict]] = defaultdict(list)
    if use_gold_times:
        with open(corpus / "gold.jsonl", encoding="utf-8") as fh:
            for line in fh:
                g = json.loads(line)
                gold_times[g["doc"]].append(g)
    total = attached = predicted = 0
    for n, doc_id in enumerate(sorted(links_by_doc)):
        if limit is not None and n >= limit:
            break
        text = _read_doc(corpus, manifest[doc_id]["path"])
        if use_gold_times:
            mentions = [
                Mention(g["start"], g["end"], g["text"], g["type"], g["value"], "published") for g in gold_times[doc_id]
            ]
        else:
            published = dt.date.fromisoformat(manifest[doc_id]["published"])
            mentions = temporal.tag(text, published)
        triggers = attach_all(text, mentions, model)  # mention index -> [(trigger_start, trigger_end)]
        predicted += sum(len(v) for v in triggers.values())
        for link in links_by_doc[doc_id]:
            t0, t1 = link["timex_start"], link["timex_end"]
            e0, e1 = link["event_start"], link["event_end"]
            if sentence_bounds(text, min(t0, e0), max(t1, e1)) != sentence_bounds(text, t0, t1):
                continue  # not in one sentence
            total += 1
            hit = False
            for i, m in enumerate(mentions):
                if m.start < t1 and t0 < m.end:
                    hit = any(s < e1 and e0 < e for s, e in triggers.get(i, ()))
                    if hit:
                        break
            attached += hit
    return LinkFigures(total, attached, predicted)


def format_figures(end_to_end: LinkFigures, gold_times: LinkFigures) -> str:
    return (
        "event-time links (same sentence)\n"
        f"  end to end   : {end_to_end.attached}/{end_to_end.links} = {end_to_end.share:.3f}"
        f"  (attachments made: {end_to_end.predicted_links})\n"
        f"  gold times   : {gold_times.attached}/{gold_times.links} = {gold_times.share:.3f}"
        f"  (attachments made: {gold_times.predicted_links})\n"
    )


def figures_dict(end_to_end: LinkFigures, gold_times: LinkFigures) -> dict:
    return {
        "end_to_end": {**asdict(end_to_end), "share": round(end_to_end.share, 4)},
        "gold_times": {**asdict(gold_times), "share": round(gold_times.share, 4)},
    }


#: Whether a reported date is compatible with the gold relation *event REL DCT*, as data: relation -> (test for an
#: explicit interval [start, end) against the DCT day [d, d1), test for an anchor-dated "on or shortly before d").
DCT_COMPATIBLE = {
    "BEFORE": (lambda s, e, d, d1: s < d1, True),
    "IBEFORE": (lambda s, e, d, d1: s < d1, True),
    "AFTER": (lambda s, e, d, d1: e > d, False),
    "IAFTER": (lambda s, e, d, d1: e > d, False),
}
#: Every other relation (IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, BEGUN_BY, ENDED_BY...) holds when the
#: reported interval meets the DCT day; an anchor-dated event is on that day or just before it.
DCT_OVERLAP = (lambda s, e, d, d1: s < d1 and e > d, True)


@dataclass(frozen=True)
class DctFigures:
    links: int
    #: links whose event the project reports with a compatible date (all events / without anchor-dated ones)
    compatible: int
    compatible_explicit: int
    #: links whose event the project reports at all, and of those dated by the anchor
    reported: int
    anchor_events: int
    anchor_wrong: int

    @property
    def share(self) -> float:
        return self.compatible / self.links if self.links else 0.0

    @property
    def incompatible(self) -> int:
        """Links whose event the project reports, but with no compatible date: an error a user sees."""
        return self.reported - self.compatible

    @property
    def share_explicit(self) -> float:
        return self.compatible_explicit / self.links if self.links else 0.0


def _day(value: str) -> str:
    return value[:10]


def dct_compatible(rel: str, start: str, end: str, dated_by: str, dct: dt.date) -> bool:
    explicit_test, anchor_ok = DCT_COMPATIBLE.get(rel, DCT_OVERLAP)
    if dated_by == "anchor":
        return anchor_ok
    if not start:
        return False
    d, d1 = dct.isoformat(), (dct + dt.timedelta(days=1)).isoformat()
    last = (
        end[:10]
        if len(end) == 10 or end[10:] == "T00:00"
        else (dt.date.fromisoformat(end[:10]) + dt.timedelta(days=1)).isoformat()
    )  # exclusive day after a time
    return explicit_test(_day(start), last, d, d1)


def score_dct_links(corpus: Path, model: str | None = None, limit: int | None = None) -> DctFigures:
    """The links of gold events to the document date, scored on the events ``events.extract`` reports for each
    document anchored at its manifest date."""
    corpus = Path(corpus)
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as fh:
        manifest = {r["id"]: r for r in csv.DictReader(fh)}
    links_by_doc: dict[str, list[dict]] = defaultdict(list)
    with open(corpus / "gold_events.jsonl", encoding="utf-8") as fh:
        for line in fh:
            link = json.loads(line)
            if link["timex_is_dct"]:
                links_by_doc[link["doc"]].append(link)
    links = compatible = compatible_explicit = reported = anchor_events = anchor_wrong = 0
    for n, doc_id in enumerate(sorted(links_by_doc)):
        if limit is not None and n >= limit:
            break
        text = _read_doc(corpus, manifest[doc_id]["path"])
        dct = dt.date.fromisoformat(manifest[doc_id]["published"])
        doc = Document(
            doc_id,
            manifest[doc_id]["path"],
            text,
            (Segment(0, len(text), Anchor(dct, "manifest", 1.0, "day"), "article"),),
        )
        found = [
            (s.trigger_start, s.trigger_end, e.start, e.end, s.dated_by)
            for e in extract(doc, temporal.tag(text, dct, doc=doc_id), model)
            for s in e.sources
            if s.trigger_start is not None
        ]
        for link in links_by_doc[doc_id]:
            links += 1
            e0, e1 = link["event_start"], link["event_end"]
            mine = [f for f in found if f[0] < e1 and e0 < f[1]]
            reported += bool(mine)
            ok = [f for f in mine if dct_compatible(link["rel"], f[2], f[3], f[4], dct)]
            compatible += bool(ok)
            compatible_explicit += any(f[4] != "anchor" for f in ok)
            anchor = [f for f in mine if f[4] == "anchor"]
            anchor_events += bool(anchor)
            anchor_wrong += bool(anchor) and not any(f in ok for f in anchor)
    return DctFigures(links, compatible, compatible_explicit, reported, anchor_events, anchor_wrong)


def format_dct(f: DctFigures) -> str:
    return (
        "event-DCT links (events reported with a date compatible with the gold relation)\n"
        f"  all events           : {f.compatible}/{f.links} = {f.share:.3f}  (event reported at all: {f.reported},"
        f" with an incompatible date: {f.incompatible})\n"
        f"  without anchor-dated : {f.compatible_explicit}/{f.links} = {f.share_explicit:.3f}\n"
        f"  anchor-dated events on gold DCT links: {f.anchor_events}, of which incompatible: {f.anchor_wrong}\n"
    )
