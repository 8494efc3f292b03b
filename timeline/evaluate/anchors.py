"""Segment anchors for people: ``timeline anchors`` (rows to check, a manifest to correct) and
``timeline evaluate CORPUS --infer-dates`` (how well are documents dated when nobody tells us the date?).

``timeline anchors``: one row per segment (document, span, first words, date, source, confidence,
granularity, evidence); ``--emit-manifest`` writes the dates found as a manifest a user corrects and feeds
back with ``--manifest`` — the quickest way to fix one wrong date and rerun.

``--infer-dates``:
The corpus's manifest dates and file names are withheld: each document is read as bare text, segmented and
anchored exactly as an undated input would be, and its anchor is compared with the true date. A document's
date is the anchor of its first segment that is not navigation. Figures are the share of documents dated
right to the day, within 3 days, within 31 days, and in the right year, overall and per confidence level
(high >= 0.8, medium >= 0.4, low > 0, none), first per document, then with the batch step
(``anchor.date_batch``: undated documents dated by the documents most similar to them), which is what
``anchors`` and ``extract`` use; then whether each level keeps its promise (``PROMISES``: every high one
right within 3 days).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import pathlib
import sys
from dataclasses import dataclass, replace

from .. import anchor
from ..model import Document

FORMATS = ("table", "csv", "json")
#: Anchor sources a text states (or a user gave): the only ones ``--emit-manifest`` writes as ``published``.
STATED = ("manifest", "option", "byline", "header", "html-meta")
ROW_FIELDS = (
    "doc",
    "segment",
    "start",
    "end",
    "kind",
    "repeat_of",
    "first_words",
    "published",
    "published_source",
    "published_confidence",
    "published_granularity",
    "published_evidence",
)


def anchor_documents(
    sources,
    option: dt.date | None = None,
    batch: bool = True,
    on_skip=lambda s: None,
    max_bytes: int | None = None,
    profile: str | None = None,
) -> list[Document]:
    """Read, segment and anchor every input (then the batch step, unless ``batch`` is False). A document whose
    dating fails is reported through ``on_skip`` and left out; the others go on."""
    from ..read import MAX_DOCUMENT_BYTES, Skipped, iter_documents
    from ..run import Config, document_evidence

    docs, evidence = [], []
    config = Config(published=option) if profile is None else Config(published=option, profile=profile)
    for item in iter_documents(sources, max_bytes or MAX_DOCUMENT_BYTES):
        if isinstance(item, Skipped):
            on_skip(item)
            continue
        ev = document_evidence(item, config)
        if isinstance(ev, Skipped):
            on_skip(ev)
            continue
        docs.append(item)
        evidence.append(ev)
    dated = anchor.date_batch(evidence) if batch else [ev.segments for ev in evidence]
    return [replace(d, segments=s) for d, s in zip(docs, dated)]


@dataclass
class DatingTally:
    """How the segments of a run were dated, for the one-line summary ``extract`` prints on stderr."""

    segments: int = 0
    inferred: int = 0
    undated: int = 0

    def add(self, doc: Document) -> None:
        for seg in doc.segments:
            if seg.kind == "navigation":
                continue
            self.segments += 1
            self.inferred += seg.anchor.source == "inferred"
            self.undated += seg.anchor.date is None

    def line(self) -> str | None:
        """ "9 of 32 segments dated by inference; check them with `timeline anchors`", or None when every
        segment's date was given or stated."""
        if not (self.inferred or self.undated):
            return None
        parts = []
        if self.inferred:
            parts.append(f"{self.inferred} of {self.segments} segments dated by inference")
        if self.undated:
            parts.append(f"{self.undated} of {self.segments} segments undated")
        return "; ".join(parts) + "; check them with `timeline anchors`"


def first_words(text: str, limit: int = 60) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def rows(docs: list[Document]) -> list[dict]:
    out = []
    for doc in docs:
        for n, seg in enumerate(doc.segments):
            a = seg.anchor
            out.append(
                {
                    "doc": doc.id,
                    "segment": n,
                    "start": seg.start,
                    "end": seg.end,
                    "kind": seg.kind,
                    "repeat_of": seg.repeat_of,
                    "first_words": first_words(doc.text[seg.start : seg.end]),
                    "published": a.date.isoformat() if a.date else None,
                    "published_source": a.source,
                    "published_confidence": round(a.confidence, 2),
                    "published_granularity": a.granularity,
                    "published_evidence": a.evidence,
                }
            )
    return out


def render_rows(docs: list[Document], fmt: str = "table") -> str:
    table = rows(docs)
    if fmt == "json":
        return json.dumps(table, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=ROW_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
        return buffer.getvalue()
    w = max([3] + [len(r["doc"]) for r in table])
    lines = [
        f"{'doc':<{w}} {'seg':>3} {'span':>13} {'kind':<10} {'date':<10} {'source':<9} {'conf':>4} {'gran':<5} "
        f"{'first words':<42} evidence"
    ]
    for r in table:
        kind = r["kind"] + (f"={r['repeat_of']}" if r["repeat_of"] is not None else "")
        span = f"{r['start']}-{r['end']}"
        lines.append(
            f"{r['doc']:<{w}} {r['segment']:>3} {span:>13} {kind:<10} {r['published'] or '-':<10} "
            f"{r['published_source']:<9} {r['published_confidence']:>4.2f} {r['published_granularity']:<5} "
            f"{first_words(r['first_words'], 42):<42} {r['published_evidence']}"
        )
    return "\n".join(lines) + "\n"


def manifest_csv(docs: list[Document], sources, manifest_path: pathlib.Path) -> str:
    """A manifest (``id,path,published,...``) of the file inputs, paths relative to the manifest's folder.

    ``published`` is filled only with a date the document states about itself (byline, header, HTML metadata,
    or a manifest/option date already given) and only when all its dated segments agree: a manifest date is
    trusted above everything, so an inferred guess must not become one without a human's say. Every date
    found is in ``found_published`` with ``found_source``, ``found_confidence`` and ``found_evidence``: copy it
    into ``published`` to accept it, or write the right one. A thread whose posts differ keeps ``published``
    empty (a manifest date would apply to every post). The ``found_*`` columns are ignored when read back. Records of JSONL/CSV dumps are left out: their dates
    belong in the dump's ``published`` field.
    """
    import io
    import os

    by_id = {s.id: s for s in sources}
    base = pathlib.Path(manifest_path).resolve().parent
    buffer = io.StringIO()
    fields = (
        "id",
        "path",
        "published",
        "title",
        "url",
        "source",
        "lang",
        "found_published",
        "found_source",
        "found_confidence",
        "found_evidence",
    )
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for doc in docs:
        src = by_id.get(doc.id)
        if src is None or src.path is None:
            continue
        dated = [s.anchor for s in doc.segments if s.kind != "navigation" and s.anchor.date is not None]
        one = len({a.date for a in dated}) == 1
        best = max(dated, key=lambda a: a.confidence) if dated else None
        writer.writerow(
            {
                "id": doc.id,
                "path": pathlib.Path(os.path.relpath(src.path, base)).as_posix(),
                "published": best.date.isoformat() if best and one and best.source in STATED else "",
                "found_published": best.date.isoformat() if best else "",
                "title": doc.title or "",
                "url": doc.url or "",
                "source": doc.source or "",
                "lang": doc.lang or "",
                "found_source": best.source if best else "none",
                "found_confidence": f"{best.confidence:.2f}" if best else "0",
                "found_evidence": (
                    best.evidence if one else f"{len({a.date for a in dated})} dates in {len(dated)} segments"
                )
                if best
                else "",
            }
        )
    return buffer.getvalue()


LEVELS = ("high", "medium", "low", "none")
WINDOWS = (("day", 0), ("3 days", 3), ("31 days", 31))


def level(confidence: float, known: bool) -> str:
    if not known:
        return "none"
    return "high" if confidence >= 0.8 else "medium" if confidence >= 0.4 else "low"


@dataclass(frozen=True)
class Case:
    id: str
    true: dt.date
    found: dt.date | None
    confidence: float
    source: str
    granularity: str
    evidence: str

    @property
    def level(self) -> str:
        return level(self.confidence, self.found is not None)

    def within(self, days: int) -> bool:
        return self.found is not None and abs((self.found - self.true).days) <= days

    @property
    def right_year(self) -> bool:
        return self.found is not None and self.found.year == self.true.year


def read_corpus(corpus: pathlib.Path) -> list[tuple[Document, dt.date]]:
    """(document without its date or name, true date) for each manifest row with a date; a document that cannot
    be read (an empty file, as scraped corpora hold) is left out, as ``extract`` would skip it."""
    from ..read.text import UnreadableInput, decode

    out = []
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle), 1):
            if not (row.get("published") or "").strip():
                continue
            try:
                text, _ = decode((corpus / row["path"]).read_bytes(), row["path"])
            except UnreadableInput:
                continue
            true = dt.date.fromisoformat(row["published"].strip()[:10])
            out.append((Document(id=f"doc{n}", path="", text=text), true))
    return out


def date_documents(docs: list[Document]) -> list[anchor.Evidence]:
    return [anchor.document_evidence(d) for d in docs]


def _case(doc: Document, true: dt.date, ident: str) -> Case:
    seg = next((s for s in doc.segments if s.kind != "navigation"), doc.segments[0])
    a = seg.anchor
    return Case(ident, true, a.date, a.confidence, a.source, a.granularity, a.evidence)


def evaluate(corpus: pathlib.Path) -> dict:
    pairs = read_corpus(corpus)
    evidence = date_documents([d for d, _ in pairs])
    dated = [replace(d, segments=ev.segments) for (d, _), ev in zip(pairs, evidence)]
    batch = [replace(d, segments=s) for (d, _), s in zip(pairs, anchor.date_batch(evidence))]
    ids = [d.id for d, _ in pairs]
    return {
        "documents": len(pairs),
        "per_document": [_case(d, t, i) for d, (_, t), i in zip(dated, pairs, ids)],
        "with_batch": [_case(d, t, i) for d, (_, t), i in zip(batch, pairs, ids)],
    }


def figures(cases: list[Case]) -> dict:
    def share(group: list[Case]) -> dict:
        n = len(group)
        row = {"n": n}
        for name, days in WINDOWS:
            row[name] = sum(c.within(days) for c in group) / n if n else 0.0
        row["year"] = sum(c.right_year for c in group) / n if n else 0.0
        return row

    return {"all": share(cases), **{lv: share([c for c in cases if c.level == lv]) for lv in LEVELS}}


#: What each confidence level promises: the window (days) every anchor of the level is meant to be within,
#: and the share of them that must be. ``high`` is a hard promise; the others are expectations.
PROMISES = {"high": (3, 1.0), "medium": (31, 0.5), "low": (366, 0.3)}


def calibration(cases: list[Case]) -> list[dict]:
    """Per level: how many anchors, how many within the promised window, and whether the promise holds."""
    out = []
    for name, (days, share) in PROMISES.items():
        group = [c for c in cases if c.level == name]
        right = sum(c.within(days) for c in group)
        out.append(
            {
                "level": name,
                "n": len(group),
                "within_days": days,
                "right": right,
                "required": share,
                "holds": not group or right / len(group) >= share,
            }
        )
    return out


def format_calibration(cases: list[Case]) -> str:
    lines = []
    for row in calibration(cases):
        if row["n"]:
            lines.append(
                f"  {row['level']:<7} {row['right']}/{row['n']} within {row['within_days']} days "
                f"(promise {row['required']:.0%}): {'holds' if row['holds'] else 'BROKEN'}"
            )
        else:
            lines.append(f"  {row['level']:<7} none stated")
    return "calibration:\n" + "\n".join(lines)


def bands(cases: list[Case]) -> list[dict]:
    """Per confidence band (``pages.BANDS``, lower bound inclusive): how many dated anchors, how many right
    within 3 days, and whether the band keeps its promise (at least its lower bound of them right)."""
    from .pages import BANDS

    out = []
    for n, low in enumerate(BANDS):
        high = BANDS[n - 1] if n else 1.01
        group = [c for c in cases if c.found is not None and low <= c.confidence < high]
        right = sum(c.within(3) for c in group)
        out.append(
            {
                "band": low,
                "n": len(group),
                "right_3_days": right,
                "share": right / len(group) if group else None,
                "holds": not group or right / len(group) >= low,
            }
        )
    return out


def format_bands(rows: list[dict]) -> str:
    lines = ["confidence bands (a band promises at least its lower bound right within 3 days):"]
    for row in rows:
        share = f"{row['share']:.1%}" if row["share"] is not None else "-"
        lines.append(
            f"  >= {row['band']:.1f}  {row['right_3_days']:4d}/{row['n']:<4d} {share:>7}  "
            f"{'holds' if row['holds'] else 'BROKEN'}"
        )
    return "\n".join(lines)


def format_table(title: str, table: dict) -> str:
    lines = [title, f"{'confidence':12}{'n':>6}{'day':>9}{'3 days':>9}{'31 days':>9}{'year':>9}"]
    for name in ("all",) + LEVELS:
        row = table[name]
        cells = "".join(f"{row[k]:9.1%}" if row["n"] else f"{'-':>9}" for k in ("day", "3 days", "31 days", "year"))
        lines.append(f"{name:12}{row['n']:6d}{cells}")
    return "\n".join(lines)


def cli(corpus: pathlib.Path, errors: int = 0, as_json: bool = False) -> int:
    try:
        result = evaluate(pathlib.Path(corpus))
    except (FileNotFoundError, KeyError, ValueError) as error:
        print(
            f"error: {corpus}: cannot read a tbaq-layout corpus (manifest.csv with id,path,published): {error}",
            file=sys.stderr,
        )
        return 2
    per_doc, batch = figures(result["per_document"]), figures(result["with_batch"])
    if as_json:
        print(
            json.dumps(
                {
                    "documents": result["documents"],
                    "per_document": per_doc,
                    "with_batch": batch,
                    "calibration": calibration(result["with_batch"]),
                    "bands": bands(result["with_batch"]),
                },
                indent=2,
            )
        )
        return 0
    print(f"documents {result['documents']} (manifest dates and file names withheld)")
    print(format_table("per document (each text on its own, no batch step):", per_doc))
    print()
    print(format_table("with the batch step (what `timeline anchors` and `timeline extract` use):", batch))
    print(format_calibration(result["with_batch"]))
    print(format_bands(bands(result["with_batch"])))
    if errors:
        wrong = [c for c in result["with_batch"] if c.found is not None and not c.within(3)]
        wrong.sort(key=lambda c: -c.confidence)
        print()
        print(
            f"== dated wrong by more than 3 days ({len(wrong)}, showing {min(errors, len(wrong))}, most confident first)"
        )
        for c in wrong[:errors]:
            print(f"{c.true}  found {c.found} {c.source} {c.confidence:.2f} {c.granularity}  {c.evidence}")
    return 0
