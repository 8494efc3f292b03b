"""The command line: parse options, call the library, turn errors into one line and an exit code.

Exit codes: 0 every input processed; 1 some inputs skipped (each reported on stderr); 2 usage error (bad option,
missing path, no readable input); 3 internal error (a bug: please report it).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import api, nlp
from .export import FORMATS, ExportOptions, render, write_atomic
from .read import InputError, Skipped, Source
from .run import NoReadableInput, SchedulerUnavailable, SummaryOptions
from .temporal.rules.profiles import DEFAULT_PROFILE, PROFILES

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn a pile of news articles into a dated, de-duplicated, source-traceable timeline.",
    pretty_exceptions_enable=False,
    # click's own help layout: flags show as flags (``--quiet``, not ``--quiet <bool>``), metavars list the choices,
    # and help text wraps at the terminal's width instead of being clipped in a table cell
    rich_markup_mode=None,
)


class UsageError(Exception):
    """A problem with what the user asked for: one line on stderr, exit 2."""


def _error(message: str) -> None:
    typer.echo(f"timeline: {message}", err=True)


def _date_option(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} expects a date as YYYY-MM-DD, got {value!r}") from None


_SIZE_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2, "G": 1024**3, "GB": 1024**3}


def _size_option(value: str) -> int:
    """``--max-size``: bytes, or a number with K, M or G (powers of 1024)."""
    import re

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*", value, re.IGNORECASE)
    if not match or float(match.group(1)) <= 0:
        raise UsageError(f"--max-size expects a size such as 16M, 500K or 2G, got {value!r}")
    return int(float(match.group(1)) * _SIZE_UNITS[match.group(2).upper()])


class StrictStop(Exception):
    """--strict: the first document that fails ends the run (nothing is written)."""


def _scheduler_option(value: str | None) -> str | None:
    """``local``, ``local:N`` (N worker processes) or the address of a running Dask scheduler."""
    if value is None or not value.startswith("local"):
        return value
    n = value.partition(":")[2]
    if value not in ("local",) and not (value.startswith("local:") and n.isdigit() and int(n) > 0):
        raise UsageError(f"--scheduler expects local, local:N (N ≥ 1) or a scheduler address, got {value!r}")
    return value


def _dtstamp(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--dtstamp expects an ISO datetime such as 2016-10-25T00:00:00Z, got {value!r}") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _targets(formats: list[str], out: str | None, out_dir: Path | None) -> list[tuple[str, str]]:
    for f in formats:
        if f not in FORMATS:
            raise UsageError(f"unknown format {f!r} (choose from {', '.join(FORMATS)})")
    if out_dir is not None:
        if out is not None:
            raise UsageError("give --out or --out-dir, not both")
        chosen = formats or list(FORMATS)
        return [(f, str(out_dir / FORMATS[f][1])) for f in chosen]
    chosen = formats or ["json"]
    if len(chosen) > 1:
        raise UsageError("several --format values need --out-dir DIR (one file per format)")
    return [(chosen[0], out or "-")]


def _export_options(
    title: str,
    uid_domain: str,
    dtstamp: str | None,
    ics_coarse: bool,
    level: str,
    include_text: bool,
    include_undated: bool,
    targets: list[tuple[str, str]] = (),
    include_earlier: bool = False,
) -> ExportOptions:
    if level not in ("events", "mentions"):
        raise UsageError(f"--level expects events or mentions, got {level!r}")
    # the page links documents without a web URL by a path relative to the folder it is written to
    html_path = next((path for fmt, path in targets if fmt == "html"), None)
    link_base = os.path.dirname(os.path.abspath(html_path)) if html_path not in (None, "-") else None
    return ExportOptions(
        title=title,
        uid_domain=uid_domain,
        dtstamp=_dtstamp(dtstamp),
        ics_coarse=ics_coarse,
        level=level,
        include_text=include_text,
        include_undated=include_undated,
        link_base=link_base,
        include_earlier=include_earlier,
    )


def _profile_option(value: str) -> str:
    if value not in PROFILES:
        raise UsageError(f"--profile expects one of {', '.join(PROFILES)}, got {value!r}")
    return value


def _plan(inputs: list[str] | None, manifest: Path | None, allow_outside_paths: bool) -> list[Source]:
    """The command line's inputs are paths (``-``: stdin), never text."""
    try:
        return api.plan([Path(p) for p in inputs or []], manifest, allow_outside_paths=allow_outside_paths)
    except InputError as e:
        raise UsageError(str(e)) from None


def _write(timeline, targets: list[tuple[str, str]], options: ExportOptions) -> None:
    """Render every format first, then write: a failure leaves every previous output intact."""
    try:
        rendered = [(path, render(timeline, fmt, options)) for fmt, path in targets]
    except ValueError as e:  # e.g. a SOURCE_DATE_EPOCH that is not a number
        raise UsageError(str(e)) from None
    for path, data in rendered:
        try:
            write_atomic(path, data)
        except OSError as e:
            raise UsageError(f"{path}: cannot write ({e.strerror or e})") from None


FormatOpt = Annotated[
    list[str],
    typer.Option("--format", "-f", metavar="|".join(FORMATS), help="Output format (repeatable, with --out-dir)."),
]
OutOpt = Annotated[
    Optional[str], typer.Option("--out", "-o", metavar="PATH", help="Output file; '-' for stdout (default).")
]
OutDirOpt = Annotated[
    Optional[Path], typer.Option("--out-dir", metavar="DIR", help="Write every format (or those given) here.")
]
TitleOpt = Annotated[str, typer.Option("--title", metavar="TEXT", help="Calendar / timeline title.")]
UidOpt = Annotated[
    str, typer.Option("--uid-domain", metavar="DOMAIN", help="Domain of ICS UIDs (<first-report key>@DOMAIN).")
]
StampOpt = Annotated[
    Optional[str],
    typer.Option(
        "--dtstamp", metavar="DATETIME", help="ICS DTSTAMP (default: SOURCE_DATE_EPOCH, else the latest anchor date)."
    ),
]
CoarseOpt = Annotated[
    bool, typer.Option("--ics-coarse", help="Also put week/month/year events in the ICS, as all-day spans.")
]
LevelOpt = Annotated[
    str, typer.Option("--level", metavar="events|mentions", help="CSV rows: one per event or one per mention.")
]
UndatedOpt = Annotated[
    bool, typer.Option("--include-undated", help="Also list events whose date stays underspecified.")
]
InputsArg = Annotated[
    Optional[list[str]], typer.Argument(metavar="INPUT", help="Files, directories, or '-' for stdin.")
]
ManifestOpt = Annotated[
    Optional[Path],
    typer.Option("--manifest", "-m", metavar="FILE", help="CSV or JSONL: id,path,published[,title,url,source,lang]."),
]
PublishedOpt = Annotated[
    Optional[str],
    typer.Option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Writing date (YYYY-MM-DD) for segments that state none (a date a segment states about itself wins).",
    ),
]
MaxSizeOpt = Annotated[
    str,
    typer.Option(
        "--max-size",
        metavar="SIZE",
        help="Largest document (or dump record) read; larger inputs are skipped. Bytes, or with K, M, G.",
    ),
]
ProfileOpt = Annotated[
    str, typer.Option("--profile", metavar="news|finance|forum", help="Genre rules: news (default), finance or forum.")
]
OutsideOpt = Annotated[
    bool,
    typer.Option(
        "--allow-outside-paths",
        help="Let manifest rows name files outside the manifest's folder (absolute paths, '..', links pointing out).",
    ),
]
EarlierOpt = Annotated[
    bool,
    typer.Option(
        "--include-earlier",
        help="TimelineJS: keep events dated far before the rest of the story (left out by default).",
    ),
]


@app.command()
def extract(
    inputs: InputsArg = None,
    manifest: ManifestOpt = None,
    published: PublishedOpt = None,
    out: OutOpt = None,
    out_dir: OutDirOpt = None,
    format: FormatOpt = [],  # noqa: B006 - typer needs a literal default
    spacy_model: Annotated[
        Optional[str], typer.Option("--spacy-model", envvar=nlp.ENV_VAR, metavar="NAME", help="spaCy pipeline to use.")
    ] = None,
    include_text: Annotated[bool, typer.Option("--include-text", help="Put each document's text in the JSON.")] = False,
    include_undated: UndatedOpt = False,
    title: TitleOpt = "timeline",
    uid_domain: UidOpt = "timeline.local",
    dtstamp: StampOpt = None,
    ics_coarse: CoarseOpt = False,
    level: LevelOpt = "events",
    include_earlier: EarlierOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, metavar="N", help="Local worker processes.")] = 1,
    scheduler: Annotated[
        Optional[str],
        typer.Option("--scheduler", metavar="ADDRESS", help="Dask: tcp://HOST:8786, or local:N for a local cluster."),
    ] = None,
    max_size: MaxSizeOpt = "16M",
    allow_outside_paths: OutsideOpt = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Stop at the first document that fails (default: report it, skip it, go on, exit 1)."
        ),
    ] = False,
    summary_dates: Annotated[
        Optional[int],
        typer.Option(
            "--summary-dates",
            min=1,
            help="Also write a summary of the K dates that matter beside each output (summary.json, summary.csv... in --out-dir).",
        ),
    ] = None,
    summary_sentences: Annotated[
        int, typer.Option("--summary-sentences", min=1, help="With --summary-dates: sentences per date.")
    ] = 2,
    profile: ProfileOpt = DEFAULT_PROFILE,
) -> None:
    """Find, resolve and date every event in the inputs; write the timeline."""
    targets = _targets(format, out, out_dir)
    summary = None
    if summary_dates is not None:
        if any(path == "-" for _, path in targets):
            raise UsageError("--summary-dates writes beside the outputs: give --out FILE or --out-dir DIR")
        summary = SummaryOptions(dates=summary_dates, sentences=summary_sentences)
    scheduler = _scheduler_option(scheduler)
    options = _export_options(
        title, uid_domain, dtstamp, ics_coarse, level, include_text, include_undated, targets, include_earlier
    )
    option = _date_option(published, "--published")
    max_bytes = _size_option(max_size)
    _profile_option(profile)
    sources = _plan(inputs, manifest, allow_outside_paths)
    try:
        nlp.ensure_available(spacy_model)
    except nlp.ModelNotFound as e:
        raise UsageError(str(e)) from None

    skipped: list[Skipped] = []
    from .evaluate.anchors import DatingTally

    tally = DatingTally()

    def on_skip(s: Skipped) -> None:
        skipped.append(s)
        _error(f"skipped {s.reason}")
        if strict and s.failed:
            raise StrictStop(s.reason)

    with _progress(len(sources), quiet) as bar:
        try:
            api.extract_to(
                sources,
                targets,
                published=option,
                spacy_model=spacy_model,
                keep_text=include_text,
                max_bytes=max_bytes,
                profile=profile,
                options=options,
                workers=workers,
                scheduler=scheduler,
                on_skip=lambda s: (on_skip(s), bar.advance()),
                on_done=lambda d: (tally.add(d), bar.advance()),
                on_stage=bar.stage,
                on_dated=bar.advance,
                summary=summary,
            )
        except (NoReadableInput, SchedulerUnavailable) as e:
            raise UsageError(str(e)) from None
        except StrictStop:
            _error("stopped at the first failing document (--strict); nothing written")
            raise typer.Exit(EXIT_SKIPPED) from None
        except OSError as e:
            raise UsageError(f"cannot write output: {e.strerror or e} ({e.filename or ''})") from None
    if tally.line():
        _error(tally.line())
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("export")
def export_cmd(
    timeline_json: Annotated[
        str, typer.Argument(metavar="TIMELINE.json", help="A timeline.json written by extract; '-' for stdin.")
    ],
    out: OutOpt = None,
    out_dir: OutDirOpt = None,
    format: FormatOpt = [],  # noqa: B006
    include_undated: UndatedOpt = False,
    title: TitleOpt = "timeline",
    uid_domain: UidOpt = "timeline.local",
    dtstamp: StampOpt = None,
    ics_coarse: CoarseOpt = False,
    level: LevelOpt = "events",
    include_earlier: EarlierOpt = False,
) -> None:
    """Re-export a saved timeline.json to other formats without re-running extraction."""

    targets = _targets(format, out, out_dir)
    options = _export_options(
        title, uid_domain, dtstamp, ics_coarse, level, False, include_undated, targets, include_earlier
    )
    _write(_read_timeline(timeline_json), targets, options)


def _read_timeline_json(name: str) -> dict:
    """A saved timeline.json (``-``: stdin), validated against the schema before anything reads it: exit 2 with
    the first problem and its JSON path."""
    from .export.json import NotATimeline, load_timeline_json

    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        return load_timeline_json(raw.decode("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{name}: not a timeline JSON (not UTF-8 text)") from None
    except NotATimeline as e:
        raise UsageError(f"{name}: {e}") from None
    except OSError as e:
        raise UsageError(f"{name}: cannot read ({e.strerror or e})") from None


def _timeline_of(name: str, data: dict):
    from .export.json import from_dict

    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError) as e:  # valid by the schema, but not something extract writes
        raise UsageError(f"{name}: not a timeline JSON ({type(e).__name__}: {e})") from None


def _read_timeline(name: str):
    return _timeline_of(name, _read_timeline_json(name))


@app.command()
def view(
    timeline_json: Annotated[
        str, typer.Argument(metavar="TIMELINE.json", help="A timeline.json written by extract; '-' for stdin.")
    ],
    out: Annotated[
        str, typer.Option("--out", "-o", metavar="PATH", help="The HTML file to write; '-' for stdout.")
    ] = "timeline.html",
    title: TitleOpt = "timeline",
) -> None:
    """Write the timeline as one self-contained HTML page: opens offline from disk (file://), no network needed."""
    from .export.html import SummaryError, render_page

    data = _read_timeline_json(timeline_json)
    options = _export_options(title, "timeline.local", None, False, "events", False, False, [("html", out)], False)
    try:
        page = render_page(_timeline_of(timeline_json, data), options, summary=data.get("summary"))
    except SummaryError as e:
        raise UsageError(f"{timeline_json}: {e}") from None
    try:
        write_atomic(out, page)
    except OSError as e:
        raise UsageError(f"{out}: cannot write ({e.strerror or e})") from None


@app.command()
def summarize(
    timeline_json: Annotated[
        str, typer.Argument(metavar="TIMELINE.json", help="A timeline.json written by extract; '-' for stdin.")
    ],
    dates: Annotated[
        Optional[int], typer.Option("--dates", "-k", min=1, help="How many dates (default: chosen from the data).")
    ] = None,
    sentences: Annotated[int, typer.Option("--sentences", "-l", min=1, help="Sentences per date, at most.")] = 2,
    start: Annotated[Optional[str], typer.Option("--start", help="First date that may be chosen (YYYY-MM-DD).")] = None,
    end: Annotated[Optional[str], typer.Option("--end", help="Last date that may be chosen (YYYY-MM-DD).")] = None,
    keywords: Annotated[
        Optional[list[str]],
        typer.Option(
            "--keywords", help="Words the story is about (repeatable; default: the words most documents use)."
        ),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="json|csv|ics|timelinejs|html", help="Output format.")
    ] = "json",
    out: OutOpt = None,
    title: TitleOpt = "timeline",
    uid_domain: UidOpt = "timeline.local",
    dtstamp: StampOpt = None,
) -> None:
    """The dates that matter in a saved timeline, each with the sentences that say what happened."""
    from . import rank
    from .export import render_summary

    if format not in FORMATS:
        raise UsageError(f"unknown format {format!r} (choose from {', '.join(FORMATS)})")
    first, last = _date_option(start, "--start"), _date_option(end, "--end")
    if first and last and first > last:
        raise UsageError(f"--start {start} is after --end {end}")
    options = _export_options(title, uid_domain, dtstamp, False, "events", False, False)
    tl = _read_timeline(timeline_json)
    words = [w for k in keywords or () for w in k.split()]
    corpus = rank.Corpus.of(tl)
    chosen = rank.summarize(tl, dates, sentences, first, last, words or None, corpus=corpus)
    salience = {k: v.as_dict() for k, v in rank.saliences(tl.events, corpus).items()}
    try:
        data = render_summary(tl, chosen, format, options, salience)
    except ValueError as e:
        raise UsageError(str(e)) from None
    try:
        write_atomic(out or "-", data)
    except OSError as e:
        raise UsageError(f"{out}: cannot write ({e.strerror or e})") from None


@app.command()
def evaluate(
    corpus: Annotated[
        Path,
        typer.Argument(
            metavar="CORPUS",
            help="A corpus folder (manifest.csv, docs/, gold.jsonl), TimeML .tml files, or a .jsonl of [[span|TYPE|value]]-marked sentences.",
        ),
    ],
    errors: Annotated[
        int, typer.Option("--errors", metavar="N", help="List up to N missed, spurious and wrongly valued mentions.")
    ] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    infer_dates: Annotated[
        bool,
        typer.Option(
            "--infer-dates",
            help="Score document dating instead: withhold the manifest dates and file names and infer each document's date from its text.",
        ),
    ] = False,
    events: Annotated[
        bool,
        typer.Option(
            "--events/--no-events",
            help="Also score event-time attachment on gold_events.jsonl (when the corpus has one).",
        ),
    ] = True,
    pages: Annotated[
        bool,
        typer.Option(
            "--pages",
            help="Score segmentation and dating on scraped-looking pages generated from the corpus's articles (their manifest dates are the truth).",
        ),
    ] = False,
    seed: Annotated[
        int,
        typer.Option(
            "--seed", help="With --pages: which combination of articles, page styles and date forms to generate."
        ),
    ] = 1,
    count: Annotated[int, typer.Option("--count", min=1, help="With --pages: how many pages to generate.")] = 40,
    generator: Annotated[
        str,
        typer.Option(
            "--generator",
            help="With --pages: which page generator: a (the first), b, c, d, e, f, g or h (a second, a third, a fourth, a fifth, a sixth, a seventh and an eighth one, each written independently of the rules).",
        ),
    ] = "a",
    tls: Annotated[
        bool,
        typer.Option(
            "--tls",
            help="Score timeline summaries instead: topics with manifest.csv, docs/ and timelines/ (journalists' timelines), the Timeline17 protocol.",
        ),
    ] = False,
    cache_dir: Annotated[
        Optional[Path],
        typer.Option(
            "--cache-dir", help="With --tls: where extracted topics are cached (default ~/.cache/timeline/tls)."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="With --tls: local worker processes for extraction.")
    ] = 1,
    profile: ProfileOpt = DEFAULT_PROFILE,
) -> None:
    """Score temporal expression extraction with the TempEval-3 Task A figures (and event-time attachment)."""
    import json
    import xml.etree.ElementTree as ET

    _profile_option(profile)
    if not corpus.exists():
        raise UsageError(f"{corpus}: no such file or directory")
    if pages:
        if generator not in ("a", "b", "c", "d", "e", "f", "g", "h"):
            raise UsageError(f"--generator: {generator!r} is not one of a, b, c, d, e, f, g, h")
        if generator == "b":
            from .evaluate.pages_b import cli as cli_pages
        elif generator == "c":
            from .evaluate.pages_c import cli as cli_pages
        elif generator == "d":
            from .evaluate.pages_d import cli as cli_pages
        elif generator == "e":
            from .evaluate.pages_e import cli as cli_pages
        elif generator == "f":
            from .evaluate.pages_f import cli as cli_pages
        elif generator == "g":
            from .evaluate.pages_g import cli as cli_pages
        elif generator == "h":
            from .evaluate.pages_h import cli as cli_pages
        else:
            from .evaluate.pages import cli as cli_pages

        code = cli_pages(corpus, seed=seed, count=count, errors=errors, as_json=as_json)
        if code:
            raise typer.Exit(code)
        return
    if tls:
        from .evaluate import tls as evaluate_tls

        try:
            report = evaluate_tls.evaluate(
                corpus,
                cache_dir or evaluate_tls.DEFAULT_CACHE,
                workers=workers,
                on_progress=lambda message: typer.echo(message, err=True),
            )
        except evaluate_tls.CorpusError as e:
            raise UsageError(str(e)) from None
        except ModuleNotFoundError as e:
            raise UsageError(f"--tls needs the {e.name} package (pip install rouge-score)") from None
        typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.format(), nl=as_json)
        return
    if infer_dates:
        from .evaluate.anchors import cli as cli_infer_dates

        code = cli_infer_dates(corpus, errors=errors, as_json=as_json)
        if code:
            raise typer.Exit(code)
        return
    from .evaluate.tempeval import evaluate as score_timexes
    from .evaluate.tempeval import format_report

    try:
        scores = score_timexes(corpus, profile=profile)
    except (FileNotFoundError, ValueError, ET.ParseError) as e:
        raise UsageError(f"{corpus}: not a corpus ({e})") from None
    links = None
    if events and corpus.is_dir() and (corpus / "gold_events.jsonl").is_file():
        from .evaluate.events import score_dct_links, score_links

        links = (score_links(corpus), score_links(corpus, use_gold_times=True))
        dct_links = score_dct_links(corpus)
    if as_json:
        from dataclasses import asdict

        from .evaluate.events import figures_dict

        out = {"timex": scores.as_dict(errors)}
        if links:
            out["events"] = figures_dict(*links)
            out["events"]["dct"] = {
                **asdict(dct_links),
                "share": round(dct_links.share, 4),
                "share_without_anchor": round(dct_links.share_explicit, 4),
                "incompatible": dct_links.incompatible,
            }
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    typer.echo(format_report(scores, errors))
    if links:
        from .evaluate.events import format_dct, format_figures

        typer.echo("\n" + format_figures(*links), nl=False)
        typer.echo(format_dct(dct_links), nl=False)


@app.command()
def anchors(
    inputs: InputsArg = None,
    manifest: ManifestOpt = None,
    published: PublishedOpt = None,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="table|csv|json", help="How to print the segments.")
    ] = "table",
    out: OutOpt = None,
    emit_manifest: Annotated[
        Optional[Path],
        typer.Option(
            "--emit-manifest",
            metavar="FILE",
            help="Write a manifest (CSV) with the dates found, to correct and feed back with --manifest.",
        ),
    ] = None,
    no_batch: Annotated[
        bool,
        typer.Option(
            "--no-batch",
            help="Date each document on its own, without the batch step that dates undated documents by similar ones.",
        ),
    ] = False,
    max_size: MaxSizeOpt = "16M",
    allow_outside_paths: OutsideOpt = False,
    profile: ProfileOpt = DEFAULT_PROFILE,
) -> None:
    """Show each segment of the inputs with its writing date: where it came from, how sure, and why."""
    from .evaluate.anchors import FORMATS as ANCHOR_FORMATS
    from .evaluate.anchors import manifest_csv, render_rows

    if format not in ANCHOR_FORMATS:
        raise UsageError(f"unknown format {format!r} (choose from {', '.join(ANCHOR_FORMATS)})")
    option = _date_option(published, "--published")
    max_bytes = _size_option(max_size)
    _profile_option(profile)
    sources = _plan(inputs, manifest, allow_outside_paths)
    skipped: list[Skipped] = []

    def on_skip(s: Skipped) -> None:
        skipped.append(s)
        _error(f"skipped {s.reason}")

    docs = api.anchors(
        sources, published=option, batch=not no_batch, on_skip=on_skip, max_bytes=max_bytes, profile=profile
    )
    if not docs:
        raise UsageError("no readable input: every input was skipped")
    write_atomic(out or "-", render_rows(docs, format).encode("utf-8"))
    if emit_manifest is not None:
        write_atomic(str(emit_manifest), manifest_csv(docs, sources, emit_manifest).encode("utf-8"))
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


class _progress:
    """A progress bar on stderr for long runs: the current stage (dating documents, extracting, merging,
    writing) and files done of the total. Silent when stderr is not a terminal or with --quiet."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.enabled = not quiet and total > 1 and sys.stderr.isatty() and not os.environ.get("CI")
        self.total = total
        self._bar = self._task = None

    def __enter__(self) -> _progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description:<16}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("starting", total=self.total)
        return self

    def stage(self, name: str) -> None:
        """A new stage counts the files again from zero (merging and writing have no per-file steps)."""
        if self._bar is not None:
            self._bar.update(
                self._task, description=name, completed=self.total if name in ("merging", "writing") else 0
            )

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()


class Terminated(BaseException):
    """SIGTERM: unwinds like Ctrl-C, so temporary files are removed and previous outputs stay intact."""


#: The signal that stopped the run, if any (its exception may have been lost: see ``export.cancel``).
_signalled: list[int] = []


def _on_sigterm(signum, frame) -> None:
    from .export import cancel

    _signalled[:] = [signum]
    cancel()
    raise Terminated()


def _on_sigint(signum, frame) -> None:
    from .export import cancel

    _signalled[:] = [signum]
    cancel()
    raise KeyboardInterrupt()


def main(argv: list[str] | None = None) -> int:
    """Console entry point: every failure ends as one line on stderr and a documented exit code."""
    import signal

    from .export import _STOP, Cancelled

    _STOP.clear()
    _signalled.clear()
    default_hook = sys.unraisablehook

    def quiet_signals(unraisable) -> None:
        """A signal's exception raised inside a finaliser is lost (and printed): the stop is kept by
        ``export.cancel``, so there is nothing to print."""
        if not isinstance(unraisable.exc_value, (Terminated, KeyboardInterrupt)):
            default_hook(unraisable)

    sys.unraisablehook = quiet_signals
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm), signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread (an embedding application): leave its signals alone
        previous = None
    try:
        code = app(args=argv, prog_name="timeline", standalone_mode=False)
    except (Terminated, Cancelled):
        interrupted = _signalled == [signal.SIGINT]
        _error(("interrupted" if interrupted else "terminated") + "; no output was changed")
        return EXIT_INTERRUPTED if interrupted else EXIT_TERMINATED
    except UsageError as e:
        _error(str(e))
        return EXIT_USAGE
    except typer.Exit as e:
        return e.exit_code
    except (typer.Abort, KeyboardInterrupt):
        _error("interrupted; no output was changed")
        return EXIT_INTERRUPTED
    except typer.exceptions.TyperException as e:  # the command-line parser's own errors (bad option, command)
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        if message:  # empty when the help was printed instead (no arguments at all)
            _error(message)
        return getattr(e, "exit_code", EXIT_USAGE) or EXIT_USAGE
    except Exception as e:  # anything unexpected
        if isinstance(e, BrokenPipeError):
            return EXIT_OK
        _error(f"internal error: {type(e).__name__}: {e}")
        return EXIT_INTERNAL
    finally:
        sys.unraisablehook = default_hook
        if previous is not None:
            signal.signal(signal.SIGTERM, previous[0])
            signal.signal(signal.SIGINT, previous[1])
    return code if isinstance(code, int) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
