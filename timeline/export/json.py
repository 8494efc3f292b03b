"""The JSON contract: the one serialisation of a Timeline, described by ``timeline/schema/timeline.schema.json``.

Other exports read a Timeline, and ``timeline export`` re-reads this JSON into one (``load``), so a saved
timeline can be re-exported without re-running extraction.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, TextIO

from ..model import Anchor, Document, Event, Mention, Segment, Source, Timeline

VERSION = 1


def _drop_none(d: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    for k in keys:
        if d.get(k) is None:
            d.pop(k, None)
    return d


def segment_dict(seg: Segment) -> dict[str, Any]:
    a = seg.anchor
    return _drop_none(
        {
            "start": seg.start,
            "end": seg.end,
            "kind": seg.kind,
            "published": a.date.isoformat() if a.date else None,
            "published_source": a.source,
            "published_confidence": round(a.confidence, 3),
            "published_granularity": a.granularity,
            "published_evidence": a.evidence,
            "boundary": seg.boundary or None,
            "repeat_of": seg.repeat_of,
        },
        ("boundary", "repeat_of"),
    )


def document_dict(doc: Document, include_text: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "lang": doc.lang,
        "reader": doc.reader,
        "segments": [segment_dict(s) for s in doc.segments],
    }
    if include_text:
        d["text"] = doc.text
    return _drop_none(d, ("title", "url", "source", "lang"))


def mention_dict(m: Mention) -> dict[str, Any]:
    d = {
        "doc": m.doc,
        "segment": m.segment,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "type": m.type,
        "value": m.value,
        "anchor": m.anchor,
        "mod": m.mod,
    }
    return _drop_none(d, ("mod",))


def source_dict(s: Source) -> dict[str, Any]:
    d = {
        "doc": s.doc,
        "segment": s.segment,
        "start": s.start,
        "end": s.end,
        "quote": s.quote,
        "mention": s.mention,
        "trigger": s.trigger or None,
        "trigger_start": s.trigger_start,
        "trigger_end": s.trigger_end,
        "trigger_lemma": s.trigger_lemma or None,
        "dated_by": s.dated_by,
    }
    return _drop_none(d, ("trigger", "trigger_start", "trigger_end", "trigger_lemma"))


def event_dict(e: Event, salience: dict[str, Any] | None = None) -> dict[str, Any]:
    d = {
        "id": e.id,
        "start": e.start,
        "end": e.end,
        "granularity": e.granularity,
        "value": e.value,
        "title": e.title,
        "actors": list(e.actors),
        "places": list(e.places),
        "sources": [source_dict(s) for s in e.sources],
    }
    if salience is not None:
        d["salience"] = salience
    return d


def to_dict(
    tl: Timeline,
    include_text: bool = False,
    include_undated: bool = False,
    salience: Mapping[str, dict[str, Any]] | None = None,
    summary: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    sal = salience or {}
    out: dict[str, Any] = {
        "version": VERSION,
        "documents": [document_dict(d, include_text) for d in tl.documents],
        "mentions": [mention_dict(m) for m in tl.mentions],
        "events": [event_dict(e, sal.get(e.id)) for e in tl.events],
    }
    if include_undated:
        out["undated"] = [event_dict(e, sal.get(e.id)) for e in tl.undated]
    if summary is not None:
        out["summary"] = summary
    return out


def _item(obj: dict[str, Any]) -> str:
    return "    " + json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n    ")


class StreamWriter:
    """Writes the contract while documents are still being processed: each document as soon as it is done, its
    mentions to a spill file (they come after all documents in the JSON), the merged events at the end. A long
    run therefore shows output early and never holds every mention in memory. The layout is that of
    ``json.dumps(..., indent=2)``; ``dumps`` goes through this writer too, so both give the same bytes."""

    def __init__(self, out: TextIO, include_text: bool = False, include_undated: bool = False) -> None:
        self.out, self.include_text, self.include_undated = out, include_text, include_undated
        self._spill = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._documents = self._mentions = 0
        out.write('{\n  "version": %d,\n  "documents": [' % VERSION)

    def add(self, doc: Document, mentions: Iterable[Mention]) -> None:
        self.out.write(("," if self._documents else "") + "\n" + _item(document_dict(doc, self.include_text)))
        self._documents += 1
        for m in mentions:
            self._spill.write(("," if self._mentions else "") + "\n" + _item(mention_dict(m)))
            self._mentions += 1

    def close(
        self,
        events: Iterable[Event],
        undated: Iterable[Event] = (),
        salience: Mapping[str, dict[str, Any]] | None = None,
        summary: list[dict[str, Any]] | None = None,
    ) -> None:
        """``salience``: event id -> its salience (``rank.Salience.as_dict``), written as ``events[].salience``;
        ``summary``: the top-level ``summary`` list of ``timeline summarize``."""
        self._salience = salience or {}
        self.out.write(("\n  ]" if self._documents else "]") + ',\n  "mentions": [')
        self._spill.seek(0)
        shutil.copyfileobj(self._spill, self.out)
        self._spill.close()
        self.out.write(("\n  ]" if self._mentions else "]") + ',\n  "events": [')
        self._list(events)
        if self.include_undated:
            self.out.write(',\n  "undated": [')
            self._list(undated)
        if summary is not None:
            self.out.write(',\n  "summary": ')
            self.out.write(json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        self.out.write("\n}\n")

    def _list(self, events: Iterable[Event]) -> None:
        n = 0
        for e in events:
            self.out.write(("," if n else "") + "\n" + _item(event_dict(e, self._salience.get(e.id))))
            n += 1
        self.out.write("\n  ]" if n else "]")


def dumps(
    tl: Timeline,
    include_text: bool = False,
    include_undated: bool = False,
    salience: Mapping[str, dict[str, Any]] | None = None,
    summary: list[dict[str, Any]] | None = None,
) -> str:
    """Deterministic text: stable key order, no wall-clock values, a trailing newline."""
    buffer = io.StringIO()
    writer = StreamWriter(buffer, include_text, include_undated)
    by_doc: dict[str, list[Mention]] = {}
    for m in tl.mentions:
        by_doc.setdefault(m.doc, []).append(m)
    for d in tl.documents:
        writer.add(d, by_doc.get(d.id, ()))
    writer.close(tl.events, tl.undated, salience, summary)
    return buffer.getvalue()


def schema() -> dict[str, Any]:
    return json.loads(resources.files("timeline").joinpath("schema/timeline.schema.json").read_text("utf-8"))


def validate(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` follows the published contract."""
    import jsonschema

    jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)


class NotATimeline(ValueError):
    """A saved timeline that cannot be read back: not JSON, nested too deeply, or not the published contract.
    The message is one line: the first problem and where it is (its JSON path)."""


def load_timeline_json(raw: str) -> dict[str, Any]:
    """Parse and validate a saved timeline (``timeline export``, ``timeline summarize``): the schema is checked
    before anything reads the data, so a file of the wrong shape is a clear error, never a crash."""
    import jsonschema

    from ..read.records import loads_bounded

    try:
        data = loads_bounded(raw)
    except ValueError as e:
        raise NotATimeline(f"not JSON ({getattr(e, 'msg', None) or e})") from None
    contract = schema()
    checked = data
    if isinstance(data, dict) and "summary" in data and "summary" not in contract.get("properties", {}):
        checked = {k: v for k, v in data.items() if k != "summary"}  # the page checks a summary's shape itself
    best = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(contract).iter_errors(checked))
    if best is not None:
        message = " ".join(best.message.split())
        message = message if len(message) <= 200 else message[:199] + "…"
        raise NotATimeline(f"not a timeline: {message} at {best.json_path}")
    return data


# -- reading a saved timeline back ---------------------------------------------------------------------------


def _anchor(d: dict[str, Any]) -> Anchor:
    pub = d.get("published")
    return Anchor(
        dt.date.fromisoformat(pub) if pub else None,
        d.get("published_source", "none"),
        float(d.get("published_confidence", 0.0)),
        d.get("published_granularity", "day"),
        d.get("published_evidence", ""),
    )


def _event(d: dict[str, Any]) -> Event:
    return Event(
        id=d["id"],
        start=d["start"],
        end=d["end"],
        granularity=d["granularity"],
        value=d["value"],
        title=d["title"],
        actors=tuple(d.get("actors", ())),
        places=tuple(d.get("places", ())),
        sources=tuple(
            Source(
                s["doc"],
                s["segment"],
                s["start"],
                s["end"],
                s["quote"],
                s["mention"],
                s.get("trigger", ""),
                s.get("trigger_start"),
                s.get("trigger_end"),
                s.get("trigger_lemma", ""),
                s.get("dated_by", "explicit"),
            )
            for s in d.get("sources", ())
        ),
    )


def from_dict(data: dict[str, Any]) -> Timeline:
    docs = tuple(
        Document(
            id=d["id"],
            path=d["path"],
            text=d.get("text", ""),
            segments=tuple(
                Segment(
                    s["start"],
                    s["end"],
                    _anchor(s),
                    s.get("kind", "article"),
                    s.get("repeat_of"),
                    s.get("boundary", ""),
                )
                for s in d["segments"]
            ),
            title=d.get("title"),
            url=d.get("url"),
            source=d.get("source"),
            lang=d.get("lang"),
            reader=d.get("reader", "text"),
        )
        for d in data.get("documents", ())
    )
    mentions = tuple(
        Mention(
            m["start"], m["end"], m["text"], m["type"], m["value"], m["anchor"], m["doc"], m["segment"], m.get("mod")
        )
        for m in data.get("mentions", ())
    )
    return Timeline(
        docs,
        mentions,
        tuple(_event(e) for e in data.get("events", ())),
        tuple(_event(e) for e in data.get("undated", ())),
    )


def loads(text: str) -> Timeline:
    return from_dict(json.loads(text))
