"""Time and peak memory of ``timeline extract`` on one-line files of growing size (issue: hostile input).

    .venv/bin/python benchmarks/long_line.py [--sizes 7.5 15 30 60] [--kind dates|prose] [--out benchmarks/LONG_LINE.md]

Each file is one line (no line break, no paragraph), made of generated text: ``dates`` is a run of full dates
("on 14 March 2011 ...", the densest input the recogniser can meet), ``prose`` news-like sentences with a date
every few sentences, ``runs`` dated sentences separated by runs of up to 200,000 spaces, tabs, dots or dashes
(a regex that backtracks over a run is quadratic in its length). The run uses ``--max-size`` above the file's
size (the default refuses files over 16 MB). Reported: wall time, time per MB (flat when the cost is linear) and peak RSS of the process (from
``resource.getrusage`` of the child).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MONTHS = ("January February March April May June July August September October November December").split()
SUBJECTS = ("The ministry", "Rebel commanders", "The central bank", "Local officials", "The company", "Witnesses")
VERBS = ("said", "reported", "announced", "confirmed", "denied", "warned")
OBJECTS = (
    "that talks had stalled",
    "a new round of strikes",
    "the closure of the border",
    "an agreement on prices",
    "heavy fighting near the airport",
    "the release of two prisoners",
)


def make_line(path: Path, megabytes: float, kind: str, seed: int = 1) -> None:
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < target:
            if kind == "dates":
                piece = f"on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2020)} "
            elif kind == "runs":  # long runs of one filler (spaces, tabs, dots, dashes) between dated sentences
                filler = rng.choice((" ", "\t", ".", "-", " .", "\u00a0"))
                piece = (
                    f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2020)} it rained."
                    + filler * (rng.randint(1_000, 200_000) // len(filler))
                )
            else:
                date = (
                    f" on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2020)}"
                    if rng.random() < 0.3
                    else ""
                )
                piece = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)}{date} {rng.choice(OBJECTS)}. "
            fh.write(piece)
            written += len(piece)
        fh.write("\n")


def run_one(path: Path, megabytes: float) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline",
            "extract",
            str(path),
            "--published",
            "2020-01-01",
            "--max-size",
            f"{int(megabytes) + 2}M",
            "-q",
            "--out",
            "/dev/null",
        ],
        capture_output=True,
    )
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return wall, max(peak, before) / 1024, proc.returncode


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", type=float, default=[7.5, 15, 30, 60])
    p.add_argument("--kind", choices=("dates", "prose", "runs"), default="dates")
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    rows = ["| MB | kind | wall s | s per MB | peak RSS MB (max so far) |", "|---:|---|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.sizes:
            path = Path(tmp) / f"line-{mb}.txt"
            make_line(path, mb, args.kind)
            wall, rss, _ = run_one(path, mb)
            rows.append(f"| {mb:g} | {args.kind} | {wall:.1f} | {wall / mb:.2f} | {rss:.0f} |")
            print(rows[-1], flush=True)
            path.unlink()
    text = "\n".join(rows) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
