"""Score the pipeline on the seed files against a hand-made gold standard (``tests/data/seeds_gold/``).

``python -m timeline.evaluate.seeds SEEDS_DIR GOLD_DIR [--json]`` runs the library exactly as
``timeline extract SEEDS_DIR`` does (``read.plan_inputs`` + ``run.run`` with the default ``Config()``: no
``--published``, no manifest) and compares the result with two gold files a human wrote by reading the seeds:

``segments.jsonl`` -- one line per segment a careful reader sees::

    {"doc": "004_...", "start_line": 133, "first_words": "Jedi Master", "kind": "post",
     "published": "2019-12-29" | null, "precision": "day|week|month|year", "evidence": "..."}

``key_events.jsonl`` -- the key dated events of the seeds, with every place that reports each::

    {"id": "k07", "date": "2016-10-03" | "2016-10" | "2016-W42" | "2006", "what": "...",
     "mentions": [{"doc": "003_...", "quote": "exact substring of the sentence", "when": "yesterday"}, ...]}

``when`` (optional) is the temporal expression inside ``quote`` that dates the event, needed when the sentence
holds another date that belongs to something else.

Segments
    *Boundary recall*: share of gold segments for which a predicted segment of the same document starts on the
    same line (a predicted segment starts on the line of its first non-blank character). *Boundary precision*:
    share of predicted segments that start on a gold start line. *Dates*: for each gold segment with a date,
    the predicted segment covering most of its text (from its start line to the next gold start line) gives
    the anchor. The gold date and precision give a window: ``day`` the day, ``week`` the day +-3 days,
    ``month`` its calendar month, ``year`` its calendar year. The anchor (its date widened to its own
    granularity) is right at tolerance t when it lies inside the window widened by t days: t = 0 ("day"),
    3, 31; "year" means inside the window's year(s). A missing anchor is wrong at every level. Gold segments
    without a date are listed with the anchor the tool gave them.

Key events
    An output event (``Timeline.events``, the dated timeline entries) *matches* a gold mention when one of its
    sources is in the mention's document and the temporal expression that dates that source
    (``Timeline.mentions[source.mention]``) overlaps the mention's ``when`` (or, without ``when``, lies within the
    ``quote``), at any place where the quote occurs. (When the source's mention cannot be looked up, the
    source's sentence must contain the quote.) A key event is *found* when some entry matches one of its
    mentions, and *right* when some matching entry's interval lies within the key date's interval
    (``timex.interval``): a day inside a key week or month is right; a week or month for a key day is not.
    *Entries per event* = (sum over found key events of the number of distinct entries matching any of its
    mentions) / (number found): 1.0 when every event reported in several places was merged into one entry.

The module holds no answers: everything comes from the gold files.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import pathlib
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

from ..model import Document, Event, Mention, Timeline
from ..temporal.timex import interval

PRECISIONS = ("day", "week", "month", "year")
#: (label, tolerance in days) for anchor dates; "year" is handled apart.
TOLERANCES = (("day", 0), ("3 days", 3), ("31 days", 31))
DATE_LEVELS = ("day", "3 days", "31 days", "year")


# -- gold ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldSegment:
    doc: str
    start_line: int
    first_words: str
    kind: str
    published: dt.date | None
    precision: str = "day"
    evidence: str = ""


@dataclass(frozen=True)
class GoldMention:
    doc: str
    quote: str
    when: str | None = None


@dataclass(frozen=True)
class KeyEvent:
    id: str
    date: str
    what: str
    mentions: tuple[GoldMention, ...]


def _parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def _jsonl(path: pathlib.Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: {e}") from None
    return out


def load_segments(path: str | pathlib.Path) -> list[GoldSegment]:
    out = []
    for row in _jsonl(pathlib.Path(path)):
        precision = row.get("precision") or "day"
        if precision not in PRECISIONS:
            raise ValueError(f"{path}: unknown precision {precision!r}")
        out.append(
            GoldSegment(
                row["doc"],
                int(row["start_line"]),
                row.get("first_words", ""),
                row.get("kind", ""),
                _parse_published(row.get("published")),
                precision,
                row.get("evidence", ""),
            )
        )
    return out


def load_key_events(path: str | pathlib.Path) -> list[KeyEvent]:
    out = []
    for row in _jsonl(pathlib.Path(path)):
        if interval(row["date"]) is None:
            raise ValueError(f"{path}: {row['id']}: {row['date']!r} is not a calendar date value")
        mentions = tuple(GoldMention(m["doc"], m["quote"], m.get("when")) for m in row["mentions"])
        out.append(KeyEvent(row["id"], row["date"], row.get("what", ""), mentions))
    return out


# -- text helpers ----------------------------------------------------------------------------------------------


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (lines split on ``\\n`` only, as ``cat -n`` counts)."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def line_of(starts: Sequence[int], offset: int) -> int:
    """1-based line number of ``offset``."""
    return bisect.bisect_right(starts, offset)


def first_content_offset(text: str, start: int, end: int) -> int:
    """The first non-blank character in ``text[start:end]`` (``start`` if there is none)."""
    for i in range(start, min(end, len(text))):
        if not text[i].isspace():
            return i
    return start


def _occurrences(text: str, needle: str) -> list[int]:
    out, pos = [], text.find(needle)
    while needle and pos != -1:
        out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def _as_datetime(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso) if "T" in iso else dt.datetime.combine(dt.date.fromisoformat(iso), dt.time())


def within(inner: tuple[str, str], outer: tuple[str, str]) -> bool:
    """Is the half-open ISO interval ``inner`` inside ``outer``? (dates and datetimes may be mixed)"""
    return _as_datetime(outer[0]) <= _as_datetime(inner[0]) and _as_datetime(inner[1]) <= _as_datetime(outer[1])


# -- segments --------------------------------------------------------------------------------------------------


def gold_window(published: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """Inclusive (first, last) days a gold date of that precision allows."""
    if precision == "day":
        return published, published
    if precision == "week":
        return published - dt.timedelta(days=3), published + dt.timedelta(days=3)
    if precision == "month":
        first = published.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first, nxt - dt.timedelta(days=1)
    if precision == "year":
        return dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    raise ValueError(f"unknown precision {precision!r}")


def anchor_span(date: dt.date, granularity: str) -> tuple[dt.date, dt.date]:
    """Inclusive (first, last) days an anchor of that granularity covers."""
    if granularity == "week":
        monday = date - dt.timedelta(days=date.weekday())
        return monday, monday + dt.timedelta(days=6)
    if granularity in ("month", "year"):
        return gold_window(date, granularity)
    return date, date  # day (and finer)


def date_verdict(pred: dt.date | None, pred_granularity: str, gold: dt.date, precision: str) -> dict[str, bool]:
    """For each level of DATE_LEVELS: is the predicted anchor right at that level?"""
    if pred is None:
        return {level: False for level in DATE_LEVELS}
    lo, hi = gold_window(gold, precision)
    plo, phi = anchor_span(pred, pred_granularity or "day")
    out = {label: lo - dt.timedelta(days=t) <= plo and phi <= hi + dt.timedelta(days=t) for label, t in TOLERANCES}
    out["year"] = lo.year <= plo.year and phi.year <= hi.year
    return out


def predicted_starts(doc: Document) -> list[int]:
    """1-based start line of each predicted segment of ``doc`` (its first non-blank character's line)."""
    starts = line_starts(doc.text)
    return [line_of(starts, first_content_offset(doc.text, s.start, s.end)) for s in doc.segments]


@dataclass
class SegmentRow:
    doc: str
    line: int
    kind: str
    first_words: str
    gold_published: str | None
    precision: str
    boundary_found: bool
    #: index of the predicted segment whose text covers most of the gold segment (None: nothing covers it)
    predicted: int | None = None
    predicted_line: int | None = None
    predicted_kind: str | None = None
    predicted_published: str | None = None
    predicted_granularity: str | None = None
    predicted_source: str | None = None
    dates: dict[str, bool] = field(default_factory=dict)


@dataclass
class SegmentReport:
    gold: int
    predicted: int
    boundary_recall: float
    boundary_precision: float
    dated_gold: int
    date_shares: dict[str, float]
    rows: list[SegmentRow]
    #: predicted boundaries no gold segment starts at: (doc, line, kind)
    extra_boundaries: list[tuple[str, int, str]]


def _share(n: int, d: int) -> float:
    return n / d if d else 0.0


def evaluate_segments(gold: Sequence[GoldSegment], documents: Iterable[Document]) -> SegmentReport:
    """Compare gold segments with the predicted segments of ``documents`` (which must carry their text)."""
    docs = {d.id: d for d in documents}
    by_doc: dict[str, list[GoldSegment]] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    rows: list[SegmentRow] = []
    extra: list[tuple[str, int, str]] = []
    n_pred = n_pred_hit = 0
    for doc_id, golds in by_doc.items():
        golds = sorted(golds, key=lambda g: g.start_line)
        doc = docs.get(doc_id)
        if doc is None:
            rows += [
                SegmentRow(
                    g.doc,
                    g.start_line,
                    g.kind,
                    g.first_words,
                    g.published.isoformat() if g.published else None,
                    g.precision,
                    False,
                    dates=date_verdict(None, "day", g.published, g.precision) if g.published else {},
                )
                for g in golds
            ]
            continue
        starts = line_starts(doc.text)
        pred_lines = predicted_starts(doc)
        gold_lines = {g.start_line for g in golds}
        n_pred += len(pred_lines)
        for i, (line, seg) in enumerate(zip(pred_lines, doc.segments)):
            if line in gold_lines:
                n_pred_hit += 1
            else:
                extra.append((doc_id, line, seg.kind))
        for j, g in enumerate(golds):
            lo = starts[g.start_line - 1] if g.start_line - 1 < len(starts) else len(doc.text)
            hi = starts[golds[j + 1].start_line - 1] if j + 1 < len(golds) else len(doc.text)
            best, best_overlap = None, 0
            for i, seg in enumerate(doc.segments):
                overlap = min(hi, seg.end) - max(lo, seg.start)
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
            row = SegmentRow(
                g.doc,
                g.start_line,
                g.kind,
                g.first_words,
                g.published.isoformat() if g.published else None,
                g.precision,
                g.start_line in pred_lines,
            )
            if best is not None:
                seg = doc.segments[best]
                row.predicted, row.predicted_line, row.predicted_kind = best, pred_lines[best], seg.kind
                if seg.anchor.date is not None:
                    row.predicted_published = seg.anchor.date.isoformat()
                    row.predicted_granularity = seg.anchor.granularity
                row.predicted_source = seg.anchor.source
            if g.published is not None:
                pred = doc.segments[best].anchor if best is not None else None
                row.dates = date_verdict(
                    pred.date if pred else None, pred.granularity if pred else "day", g.published, g.precision
                )
            rows.append(row)
    dated = [r for r in rows if r.gold_published]
    return SegmentReport(
        gold=len(rows),
        predicted=n_pred,
        boundary_recall=_share(sum(r.boundary_found for r in rows), len(rows)),
        boundary_precision=_share(n_pred_hit, n_pred),
        dated_gold=len(dated),
        date_shares={level: _share(sum(r.dates[level] for r in dated), len(dated)) for level in DATE_LEVELS},
        rows=rows,
        extra_boundaries=extra,
    )


# -- key events ------------------------------------------------------------------------------------------------


def mention_spans(texts: Mapping[str, str], m: GoldMention) -> list[tuple[int, int, int, int]]:
    """Every place the gold mention occurs: (quote_start, quote_end, date_start, date_end)."""
    text = texts.get(m.doc, "")
    out = []
    for q in _occurrences(text, m.quote):
        if m.when:
            w = m.quote.find(m.when)
            if w == -1:
                raise ValueError(f"'when' {m.when!r} is not inside quote {m.quote!r}")
            out.append((q, q + len(m.quote), q + w, q + w + len(m.when)))
        else:
            out.append((q, q + len(m.quote), q, q + len(m.quote)))
    return out


def source_matches(source, mentions: Sequence[Mention], doc: str, spans: Sequence[tuple[int, int, int, int]]) -> bool:
    if source.doc != doc:
        return False
    tm = mentions[source.mention] if source.mention is not None and 0 <= source.mention < len(mentions) else None
    if tm is not None and tm.doc in ("", doc):
        return any(tm.start < de and ds < tm.end for _, _, ds, de in spans)
    return any(source.start <= qs and qe <= source.end for qs, qe, _, _ in spans)


def event_right(event: Event, key_date: str) -> bool:
    key = interval(key_date)
    return bool(key and event.start and event.end) and within((event.start, event.end), key[:2])


@dataclass
class KeyRow:
    id: str
    date: str
    what: str
    found: bool
    right: bool
    #: matching timeline entries: (event id, value, title, right?, [indices of the gold mentions it matched])
    entries: list[tuple[str, str, str, bool, list[int]]]
    #: gold mentions (by index) no entry matched
    unmatched_mentions: list[int]
    #: gold mention quotes that do not occur in their document (annotation error)
    missing_quotes: list[int]
    #: events left off the timeline as undated (``Timeline.undated``) that match a mention: diagnostics only,
    #: never counted as found: (event id, value, title, [mention indices])
    undated_entries: list[tuple[str, str, str, list[int]]] = field(default_factory=list)


@dataclass
class EventReport:
    key_events: int
    found: int
    right: int
    right_share: float
    found_share: float
    entries: int
    entries_per_event: float
    rows: list[KeyRow]


def evaluate_events(keys: Sequence[KeyEvent], timeline: Timeline, texts: Mapping[str, str]) -> EventReport:
    """Compare the key events with ``timeline.events``; ``texts`` maps document ids to their text."""
    rows: list[KeyRow] = []
    for k in keys:
        spans = [mention_spans(texts, m) for m in k.mentions]

        def hits_of(e: Event) -> list[int]:
            return sorted(
                {
                    i
                    for i, m in enumerate(k.mentions)
                    if spans[i]
                    for s in e.sources
                    if source_matches(s, timeline.mentions, m.doc, spans[i])
                }
            )

        entries: list[tuple[str, str, str, bool, list[int]]] = []
        matched_mentions: set[int] = set()
        for e in timeline.events:
            if hits := hits_of(e):
                entries.append((e.id, e.value, e.title, event_right(e, k.date), hits))
                matched_mentions.update(hits)
        undated = [(e.id, e.value, e.title, hits) for e in timeline.undated if (hits := hits_of(e))]
        rows.append(
            KeyRow(
                k.id,
                k.date,
                k.what,
                bool(entries),
                any(r for _, _, _, r, _ in entries),
                entries,
                [i for i in range(len(k.mentions)) if i not in matched_mentions and spans[i]],
                [i for i in range(len(k.mentions)) if not spans[i]],
                undated,
            )
        )
    found = [r for r in rows if r.found]
    n_entries = sum(len(r.entries) for r in found)
    return EventReport(
        key_events=len(rows),
        found=len(found),
        right=sum(r.right for r in rows),
        right_share=_share(sum(r.right for r in rows), len(rows)),
        found_share=_share(len(found), len(rows)),
        entries=n_entries,
        entries_per_event=_share(n_entries, len(found)),
        rows=rows,
    )


# -- running ---------------------------------------------------------------------------------------------------


def run_seeds(seeds_dir: str | pathlib.Path) -> tuple[Timeline, dict[str, str]]:
    """Run the pipeline as ``timeline extract SEEDS_DIR`` does; returns the Timeline (its documents carry their
    text) and the texts by document id."""
    from dataclasses import replace

    from ..read import Skipped, iter_documents, plan_inputs
    from ..run import Config, run

    sources = plan_inputs([str(seeds_dir)])
    timeline = run(sources, Config())
    texts = {d.id: d.text for d in iter_documents(sources) if not isinstance(d, Skipped)}
    docs = tuple(replace(d, text=texts.get(d.id, d.text)) for d in timeline.documents)
    return replace(timeline, documents=docs), texts


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def render(seg: SegmentReport, ev: EventReport, keys: Sequence[KeyEvent], texts: Mapping[str, str]) -> str:
    out = [
        "== Segments ==",
        f"gold segments {seg.gold}, predicted segments {seg.predicted}",
        f"boundary recall    {_pct(seg.boundary_recall)}  ({sum(r.boundary_found for r in seg.rows)}/{seg.gold})",
        f"boundary precision {_pct(seg.boundary_precision)}  "
        f"({seg.predicted - len(seg.extra_boundaries)}/{seg.predicted})",
        f"anchor dates over {seg.dated_gold} dated gold segments: "
        + ", ".join(f"{level} {_pct(seg.date_shares[level])}" for level in DATE_LEVELS),
        "",
        f"{'doc':<4} {'line':>4} {'kind':<10} {'bound':<5} {'gold date':<16} {'predicted (seg@line kind)':<28} "
        f"{'anchor':<22} {'verdict':<14} first words",
    ]
    for r in seg.rows:
        gold = f"{r.gold_published} {r.precision[0]}" if r.gold_published else "-"
        pred = f"#{r.predicted}@{r.predicted_line} {r.predicted_kind}" if r.predicted is not None else "-"
        anchor = (
            f"{r.predicted_published} {r.predicted_granularity} {r.predicted_source}"
            if r.predicted_published
            else f"- {r.predicted_source or ''}"
        )
        if r.gold_published:
            best = next((lvl for lvl in DATE_LEVELS if r.dates.get(lvl)), None)
            verdict = f"ok:{best}" if best else "WRONG"
        else:
            verdict = "undated" if not r.predicted_published else "gold undated"
        out.append(
            f"{r.doc[:3]:<4} {r.line:>4} {r.kind:<10} {'yes' if r.boundary_found else 'NO':<5} {gold:<16} "
            f"{pred:<28} {anchor:<22} {verdict:<14} {r.first_words[:40]}"
        )
    if seg.extra_boundaries:
        out.append(
            "predicted boundaries at no gold start: "
            + ", ".join(f"{d[:3]}:{line}({kind})" for d, line, kind in seg.extra_boundaries)
        )
    out += [
        "",
        "== Key events ==",
        f"key events {ev.key_events}; found {ev.found} ({_pct(ev.found_share)}); "
        f"with the right date {ev.right} ({_pct(ev.right_share)})",
        f"entries per real-world event {ev.entries_per_event:.2f} ({ev.entries} entries for {ev.found} found "
        f"events; 1.00 is perfect)",
        "",
    ]
    by_id = {k.id: k for k in keys}
    for r in ev.rows:
        status = "RIGHT" if r.right else ("WRONG DATE" if r.found else "MISSED")
        out.append(f"{r.id} {r.date:<10} {status:<10} entries={len(r.entries)}  {r.what}")
        for eid, value, title, right, hits in r.entries:
            out.append(f"      {'ok ' if right else 'bad'} {value:<16} {title[:60]!r} <- mentions {hits}")
        key = by_id.get(r.id)
        for i in r.unmatched_mentions:
            if key is not None:
                m = key.mentions[i]
                out.append(f"      unmatched [{i}] {m.doc[:3]}: {m.quote[:70]!r}")
        for eid, value, title, hits in r.undated_entries:
            out.append(f"      undated {value:<12} {title[:60]!r} <- mentions {hits} (left off the timeline)")
        for i in r.missing_quotes:
            out.append(f"      ANNOTATION: quote [{i}] not found in its document")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m timeline.evaluate.seeds", description=__doc__.split("\n")[0])
    p.add_argument("seeds_dir")
    p.add_argument("gold_dir")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = p.parse_args(argv)
    gold_dir = pathlib.Path(args.gold_dir)
    gold_segments = load_segments(gold_dir / "segments.jsonl")
    keys = load_key_events(gold_dir / "key_events.jsonl")
    timeline, texts = run_seeds(args.seeds_dir)
    seg = evaluate_segments(gold_segments, timeline.documents)
    ev = evaluate_events(keys, timeline, texts)
    if args.json:
        json.dump({"segments": asdict(seg), "events": asdict(ev)}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(seg, ev, keys, texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
