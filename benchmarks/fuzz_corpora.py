"""Run every document of the shared corpora through the pipeline, one at a time, and list every exception.

Not part of the test suite (it takes minutes): run it after a change to the rules,

    .venv/bin/python benchmarks/fuzz_corpora.py ../shared/corpora seeds [--no-dates]

Each document is processed on its own by the same per-document function the executors use
(``run.process_documents`` on a batch of one), with the manifest's date and, unless ``--no-dates``, also with
the date withheld (so the dating stages and the resolution against inferred anchors run too). Exceptions are
caught here, not by the pipeline's own isolation, so that none is hidden: the script prints one line per
exception (document, stage, class, message, innermost frame of the package) and a count, and exits 1 if any.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from dataclasses import replace
from pathlib import Path


def corpus_inputs(root: Path) -> list[tuple[str, Path | None]]:
    """(input, manifest) pairs: every folder holding a manifest.csv with a docs/ folder, else the folder itself."""
    found = []
    for manifest in sorted(root.rglob("manifest.csv")):
        if (manifest.parent / "docs").is_dir():
            found.append((str(manifest.parent / "docs"), manifest))
    return found or [(str(root), None)]


def innermost(tb) -> str:
    frames = [f for f in traceback.extract_tb(tb) if "/timeline/" in f.filename]
    f = frames[-1] if frames else traceback.extract_tb(tb)[-1]
    return f"{Path(f.filename).name}:{f.lineno} {f.name}"


def main(argv: list[str] | None = None) -> int:
    from timeline.read import Skipped, iter_documents, plan_inputs
    from timeline.run import Config, document_evidence, process_documents

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("roots", nargs="+", type=Path)
    p.add_argument("--no-dates", action="store_true", help="only run with the manifest dates")
    p.add_argument("--limit", type=int, default=0, help="at most N documents per corpus (0: all)")
    args = p.parse_args(argv)
    failures = documents = 0
    for root in args.roots:
        for inputs, manifest in corpus_inputs(root):
            sources = plan_inputs([inputs], manifest)
            n = 0
            for doc in iter_documents(sources):
                if isinstance(doc, Skipped):
                    continue
                n += 1
                if args.limit and n > args.limit:
                    break
                documents += 1
                variants = [("dated", doc)]
                if not args.no_dates:
                    variants.append(("undated", replace(doc, published=None)))
                for label, variant in variants:
                    stage = "anchor"
                    try:
                        if label == "undated":
                            document_evidence(variant)
                        stage = "process"
                        process_documents([variant], Config())
                    except Exception as e:  # noqa: BLE001 - listing every exception is the point
                        failures += 1
                        message = str(e).splitlines()[0][:160] if str(e) else ""
                        where = innermost(e.__traceback__)
                        print(f"{doc.id} [{label}, {stage}] {type(e).__name__}: {message} ({where})", flush=True)
            print(f"# {inputs}: {n} documents", file=sys.stderr, flush=True)
    print(f"{documents} documents, {failures} exceptions")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
