"""The pipeline most people would write, as the benchmark's baseline: the same spaCy English pipeline over every
whole document with ``nlp.pipe``, its DATE/TIME entities parsed by ``dateparser.parse`` with the document date
as ``RELATIVE_BASE``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import dateparser

from timeline import nlp  # noqa: E402 - the same choice of installed pipeline as the project
from timeline.model import Mention


def naive_mentions(
    docs: Iterable[tuple[str, str, dt.date]], model: str | None = None, batch_size: int = 16
) -> Iterator[tuple[str, list[Mention]]]:
    """(doc id, mentions) per (doc id, text, published) input, in input order."""
    import spacy

    # spaCy as it comes (not the project's loader, which tunes it): the pipeline most people would write
    pipeline = spacy.load(nlp.ensure_available(model))
    items = iter(docs)
    pending: list[tuple[str, dt.date]] = []

    def texts():
        for doc_id, text, published in items:
            pending.append((doc_id, published))
            yield text

    for parsed in pipeline.pipe(texts(), batch_size=batch_size):
        doc_id, published = pending.pop(0)
        base = dt.datetime(published.year, published.month, published.day)
        mentions = []
        for ent in parsed.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            value = dateparser.parse(ent.text, settings={"RELATIVE_BASE": base})
            if value is None:
                continue
            is_time = ent.label_ == "TIME"
            mentions.append(
                Mention(
                    ent.start_char,
                    ent.end_char,
                    ent.text,
                    "TIME" if is_time else "DATE",
                    value.strftime("%Y-%m-%dT%H:%M") if is_time else value.date().isoformat(),
                    "published",
                    doc_id,
                )
            )
        yield doc_id, mentions


def main(manifest: str) -> None:
    """Run over a manifest (id,path,published) and stream one JSON line of mentions per document to stdout."""
    import csv
    import json
    import sys
    from pathlib import Path

    root = Path(manifest).parent

    def docs():
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = (root / row["path"]).read_text(encoding="utf-8")
                yield row["id"], text, dt.date.fromisoformat(row["published"])

    for doc_id, mentions in naive_mentions(docs()):
        sys.stdout.write(
            json.dumps({"doc": doc_id, "mentions": [[m.start, m.end, m.type, m.value] for m in mentions]}) + "\n"
        )


if __name__ == "__main__":
    import sys

    main(sys.argv[1])
