"""Event figures: does the project attach a time expression to the event the gold annotation links it to?

Scored on TimeML event–time links (``gold_events.jsonl``) between an event and a time expression of the same
sentence. A link counts when the project's attachment of the matching time mention includes a trigger that
overlaps the gold event. Reported twice: with the project's own mentions (end to end: a missed expression loses
its links) and with the gold time expressions (attachment alone).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import temporal
from ..events import attach_all
from ..model import Mention
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


def score_links(corpus: Path, model: str | None = None, use_gold_times: bool = False,
                limit: int | None = None) -> LinkFigures:
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
            mentions = [Mention(g["start"], g["end"], g["text"], g["type"], g["value"], "published")
                        for g in gold_times[doc_id]]
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
    return {"end_to_end": {**asdict(end_to_end), "share": round(end_to_end.share, 4)},
            "gold_times": {**asdict(gold_times), "share": round(gold_times.share, 4)}}
