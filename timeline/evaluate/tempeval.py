"""Score the temporal tagger against gold TIMEX3 annotations (TempEval-3 Task A).

Figures, as the TempEval-3 scorer defines them:

* **strict** precision / recall / F1: a predicted mention counts when its span equals a gold span exactly;
* **relaxed** precision / recall / F1: a predicted mention counts when it overlaps a gold mention, each gold
  and each predicted mention taking part in at most one match (one-to-one matching);
* **type F1** and **value F1**: a relaxed match whose type (value) equals the gold one counts; precision is over
  all predicted mentions and recall over all gold mentions, so missed and spurious mentions cost here too.

Three corpus layouts are read: the ``tbaq`` layout (``manifest.csv`` with ``id,path,published``, ``docs/``,
``gold.jsonl``) and TimeML ``.tml`` files (a file or a directory of them): the text of the ``TEXT`` element with
its tags removed, and the document creation time from the TIMEX3 whose ``functionInDocument`` is
``CREATION_TIME``; and a ``.jsonl`` file of marked-up sentences, one document a line
(``{"id", "anchor", "lang", "text"}`` with each expression written ``[[span|TYPE|value]]`` inside ``text``): the
form of the hand-written dev sets under ``tests/data/``, easy to write and to read.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import pathlib
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field

from ..model import Mention


@dataclass(frozen=True)
class Timex:
    """One annotated (or predicted) temporal expression: the part of a mention that is scored."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    dct: dt.date | None
    timexes: tuple[Timex, ...]
    #: The language the document is written in, when the corpus says (ISO 639-1).
    lang: str | None = None


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "strict", "relaxed", "type", "value"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, hits: int, predicted: int, gold: int) -> PRF:
        precision = hits / predicted if predicted else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(round(precision, 4), round(recall, 4), round(f1, 4))


@dataclass(frozen=True)
class ErrorCase:
    kind: str  # "missed", "spurious", "value", "type" or "extent"
    doc: str
    gold: Timex | None
    predicted: Timex | None
    context: str


@dataclass
class Scores:
    """TempEval-3 Task A figures, plus the error cases they were computed from."""

    documents: int
    counts: Counts
    strict: PRF
    relaxed: PRF
    type: PRF
    value: PRF
    errors: list[ErrorCase] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self, errors: int = 0) -> dict:
        out = {
            "documents": self.documents,
            "counts": asdict(self.counts),
            "strict": asdict(self.strict),
            "relaxed": asdict(self.relaxed),
            "type": asdict(self.type),
            "value": asdict(self.value),
            "seconds": round(self.seconds, 2),
        }
        if errors:
            out["errors"] = {kind: [asdict(case) for case in self.errors_of(kind)[:errors]] for kind in ERROR_KINDS}
        return out

    def errors_of(self, kind: str) -> list[ErrorCase]:
        return [case for case in self.errors if case.kind == kind]


ERROR_KINDS = ("missed", "spurious", "value", "type", "extent")


# ---------------------------------------------------------------------------------------------------- matching


def match(gold: list[Timex] | tuple[Timex, ...], predicted: list[Timex] | tuple[Timex, ...]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: pairs ``(gold index, predicted index)`` of overlapping mentions.

    Exact span matches are taken first, then the remaining overlaps by decreasing overlap length, each mention
    used once. On non-overlapping annotations (a chain of intervals) this greedy order yields a maximum matching
    in practice and never pairs a mention twice.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = g.start == p.start and g.end == p.end
                candidates.append((not exact, -overlap, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def score_document(gold: GoldDocument, predicted: list[Timex] | tuple[Timex, ...]) -> tuple[Counts, list[ErrorCase]]:
    """Counts for one document and the error cases behind them."""
    pairs = match(gold.timexes, predicted)
    counts = Counts(gold=len(gold.timexes), predicted=len(predicted), relaxed=len(pairs))
    errors = []

    def context(start: int, end: int) -> str:
        left = gold.text[max(0, start - 60) : start].replace("\n", " ")
        right = gold.text[end : end + 60].replace("\n", " ")
        return f"{left}[[{gold.text[start:end]}]]{right}"

    for gi, pi in pairs:
        g, p = gold.timexes[gi], predicted[pi]
        if (g.start, g.end) == (p.start, p.end):
            counts.strict += 1
        else:
            errors.append(ErrorCase("extent", gold.id, g, p, context(g.start, g.end)))
        if g.type == p.type:
            counts.type += 1
        else:
            errors.append(ErrorCase("type", gold.id, g, p, context(g.start, g.end)))
        if g.value == p.value:
            counts.value += 1
        else:
            errors.append(ErrorCase("value", gold.id, g, p, context(g.start, g.end)))
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for gi, g in enumerate(gold.timexes):
        if gi not in matched_gold:
            errors.append(ErrorCase("missed", gold.id, g, None, context(g.start, g.end)))
    for pi, p in enumerate(predicted):
        if pi not in matched_predicted:
            errors.append(ErrorCase("spurious", gold.id, None, p, context(p.start, p.end)))
    return counts, errors


def score(gold: list[GoldDocument], predicted: dict[str, list[Timex]]) -> Scores:
    """TempEval-3 figures of ``predicted`` (by document id) against ``gold``."""
    total = Counts()
    errors: list[ErrorCase] = []
    for document in gold:
        counts, cases = score_document(document, predicted.get(document.id, []))
        total.add(counts)
        errors.extend(cases)
    return Scores(
        documents=len(gold),
        counts=total,
        strict=PRF.of(total.strict, total.predicted, total.gold),
        relaxed=PRF.of(total.relaxed, total.predicted, total.gold),
        type=PRF.of(total.type, total.predicted, total.gold),
        value=PRF.of(total.value, total.predicted, total.gold),
        errors=errors,
    )


# ---------------------------------------------------------------------------------------------------- reading


def read_text(path: pathlib.Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        try:
            return dt.datetime.strptime(value.strip()[:8], "%Y%m%d").date()
        except ValueError:
            return None


def read_tbaq(corpus: pathlib.Path) -> list[GoldDocument]:
    """The ``manifest.csv`` + ``docs/`` + ``gold.jsonl`` layout."""
    timexes: dict[str, list[Timex]] = {}
    gold_path = corpus / "gold.jsonl"
    if gold_path.exists():
        with open(gold_path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    timexes.setdefault(row["doc"], []).append(
                        Timex(row["start"], row["end"], row["text"], row["type"], row["value"])
                    )
    documents = []
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = read_text(corpus / row["path"])
            found = sorted(timexes.get(row["id"], []), key=lambda t: (t.start, t.end))
            documents.append(GoldDocument(row["id"], text, _parse_date(row.get("published")), tuple(found)))
    return documents


_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^\]]*)\]\]")


def read_marked(path: pathlib.Path) -> list[GoldDocument]:
    """A ``.jsonl`` file of documents whose expressions are marked ``[[span|TYPE|value]]`` in their text."""
    documents = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            marked, parts, found, at = row["text"], [], [], 0
            for mark in _MARK.finditer(marked):
                parts.append(marked[at : mark.start()])
                start = sum(map(len, parts))
                parts.append(mark.group(1))
                found.append(Timex(start, start + len(mark.group(1)), mark.group(1), mark.group(2), mark.group(3)))
                at = mark.end()
            parts.append(marked[at:])
            documents.append(
                GoldDocument(
                    str(row.get("id") or f"{path.stem}-{number}"),
                    "".join(parts),
                    _parse_date(row.get("anchor")),
                    tuple(found),
                    row.get("lang"),
                )
            )
    return documents


def read_timeml(path: pathlib.Path) -> GoldDocument:
    """One TimeML file: TIMEX3 spans inside ``TEXT`` with offsets into the tag-free text of ``TEXT``."""
    root = ET.fromstring(read_text(path).encode("utf-8"))
    dct = None
    for element in root.iter("TIMEX3"):
        if element.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_date(element.get("value"))
            break
    text_element = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    found: list[Timex] = []
    offset = 0

    def walk(element: ET.Element) -> None:
        nonlocal offset
        start = offset
        if element.text:
            parts.append(element.text)
            offset += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if element.tag == "TIMEX3" and element is not text_element:
            found.append(
                Timex(start, offset, "".join(parts)[start:offset], element.get("type", ""), element.get("value", ""))
            )

    walk(text_element)
    doc_id = path.name.removesuffix(".tml")
    return GoldDocument(doc_id, "".join(parts), dct, tuple(sorted(found, key=lambda t: (t.start, t.end))))


def load_corpus(corpus: pathlib.Path) -> list[GoldDocument]:
    """A tbaq-layout directory, a ``.tml`` file, or a directory holding ``.tml`` files (searched recursively)."""
    corpus = pathlib.Path(corpus)
    if corpus.is_file():
        return read_marked(corpus) if corpus.suffix == ".jsonl" else [read_timeml(corpus)]
    if (corpus / "manifest.csv").exists():
        return read_tbaq(corpus)
    files = sorted(corpus.rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"{corpus}: neither a manifest.csv nor any .tml file")
    return [read_timeml(path) for path in files]


# ---------------------------------------------------------------------------------------------------- running


def as_timex(mention: Mention) -> Timex:
    return Timex(mention.start, mention.end, mention.text, mention.type, mention.value)


def evaluate(corpus: pathlib.Path | list[GoldDocument], profile: str | None = None) -> Scores:
    """Run the tagger over every document of ``corpus`` (anchored on its creation date, with the genre
    ``profile``) and score it."""
    from ..temporal import tag

    documents = load_corpus(corpus) if not isinstance(corpus, list) else corpus
    began = time.perf_counter()
    predicted = {
        d.id: [as_timex(m) for m in tag(d.text, d.dct, doc=d.id, lang=d.lang, profile=profile)] for d in documents
    }
    scores = score(documents, predicted)
    scores.seconds = time.perf_counter() - began
    return scores


def format_report(scores: Scores, errors: int = 0) -> str:
    c = scores.counts
    lines = [
        f"documents {scores.documents}   gold {c.gold}   predicted {c.predicted}   ({scores.seconds:.1f} s)",
        f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name in ("strict", "relaxed", "type", "value"):
        prf: PRF = getattr(scores, name)
        lines.append(f"{name:10}{prf.precision:8.3f}{prf.recall:8.3f}{prf.f1:8.3f}")
    for kind in ERROR_KINDS if errors else ():
        cases = scores.errors_of(kind)
        lines.append("")
        lines.append(f"== {kind} ({len(cases)}, showing {min(errors, len(cases))})")
        for case in cases[:errors]:
            g = f"{case.gold.text!r} {case.gold.type} {case.gold.value}" if case.gold else "-"
            p = f"{case.predicted.text!r} {case.predicted.type} {case.predicted.value}" if case.predicted else "-"
            lines.append(f"{case.doc}  gold {g}  |  predicted {p}")
            lines.append(f"    {case.context}")
    return "\n".join(lines)
