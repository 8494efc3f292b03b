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

from . import nlp
from .export import FORMATS, ExportOptions, render, write_atomic
from .read import InputError, Skipped, plan_inputs
from .run import Config, NoReadableInput, SchedulerUnavailable, extract_to

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn a pile of news articles into a dated, de-duplicated, source-traceable timeline.",
    pretty_exceptions_enable=False,
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
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)


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


def _export_options(title: str, uid_domain: str, dtstamp: str | None, ics_coarse: bool, level: str,
                    include_text: bool, include_undated: bool) -> ExportOptions:
    if level not in ("events", "mentions"):
        raise UsageError(f"--level expects events or mentions, got {level!r}")
    return ExportOptions(title=title, uid_domain=uid_domain, dtstamp=_dtstamp(dtstamp), ics_coarse=ics_coarse,
                         level=level, include_text=include_text, include_undated=include_undated)


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


FormatOpt = Annotated[list[str], typer.Option("--format", "-f", help="json, csv, ics or timelinejs (repeatable).")]
OutOpt = Annotated[Optional[str], typer.Option("--out", "-o", help="Output file; '-' for stdout (default).")]
OutDirOpt = Annotated[Optional[Path], typer.Option("--out-dir", help="Write every format (or those given) here.")]
TitleOpt = Annotated[str, typer.Option("--title", help="Calendar / timeline title.")]
UidOpt = Annotated[str, typer.Option("--uid-domain", help="Domain of ICS UIDs (<event id>@DOMAIN).")]
StampOpt = Annotated[Optional[str], typer.Option("--dtstamp", help="ICS DTSTAMP (default: SOURCE_DATE_EPOCH, else the latest anchor date).")]
CoarseOpt = Annotated[bool, typer.Option("--ics-coarse", help="Also put week/month/year events in the ICS, as all-day spans.")]
LevelOpt = Annotated[str, typer.Option("--level", help="CSV rows: events or mentions.")]
UndatedOpt = Annotated[bool, typer.Option("--include-undated", help="Also list events whose date stays underspecified.")]


@app.command()
def extract(
    inputs: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, or '-' for stdin.")] = None,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", "-m", help="CSV or JSONL: id,path,published[,title,url,source,lang].")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Writing date (YYYY-MM-DD) for inputs that state none.")] = None,
    out: OutOpt = None,
    out_dir: OutDirOpt = None,
    format: FormatOpt = [],  # noqa: B006 - typer needs a literal default
    spacy_model: Annotated[Optional[str], typer.Option("--spacy-model", envvar=nlp.ENV_VAR, help="spaCy pipeline to use.")] = None,
    include_text: Annotated[bool, typer.Option("--include-text", help="Put each document's text in the JSON.")] = False,
    include_undated: UndatedOpt = False,
    title: TitleOpt = "timeline",
    uid_domain: UidOpt = "timeline.local",
    dtstamp: StampOpt = None,
    ics_coarse: CoarseOpt = False,
    level: LevelOpt = "events",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Local worker processes.")] = 1,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask: tcp://HOST:8786, or local:N for a local cluster.")] = None,
) -> None:
    """Find, resolve and date every event in the inputs; write the timeline."""
    targets = _targets(format, out, out_dir)
    scheduler = _scheduler_option(scheduler)
    options = _export_options(title, uid_domain, dtstamp, ics_coarse, level, include_text, include_undated)
    config = Config(published=_date_option(published, "--published"), spacy_model=spacy_model,
                    keep_text=include_text)
    try:
        sources = plan_inputs(list(inputs or []), manifest)
    except InputError as e:
        raise UsageError(str(e)) from None
    try:
        nlp.ensure_available(spacy_model)
    except nlp.ModelNotFound as e:
        raise UsageError(str(e)) from None

    skipped: list[Skipped] = []

    def on_skip(s: Skipped) -> None:
        skipped.append(s)
        _error(f"skipped {s.reason}")

    with _progress(len(sources), quiet) as advance:
        try:
            extract_to(sources, targets, config, options, workers=workers, scheduler=scheduler,
                       on_skip=lambda s: (on_skip(s), advance()), on_done=lambda d: advance())
        except (NoReadableInput, SchedulerUnavailable) as e:
            raise UsageError(str(e)) from None
        except OSError as e:
            raise UsageError(f"cannot write output: {e.strerror or e} ({e.filename or ''})") from None
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("export")
def export_cmd(
    timeline_json: Annotated[str, typer.Argument(help="A timeline.json written by extract; '-' for stdin.")],
    out: OutOpt = None,
    out_dir: OutDirOpt = None,
    format: FormatOpt = [],  # noqa: B006
    include_undated: UndatedOpt = False,
    title: TitleOpt = "timeline",
    uid_domain: UidOpt = "timeline.local",
    dtstamp: StampOpt = None,
    ics_coarse: CoarseOpt = False,
    level: LevelOpt = "events",
) -> None:
    """Re-export a saved timeline.json to other formats without re-running extraction."""
    import json

    from .export.json import from_dict, validate

    targets = _targets(format, out, out_dir)
    options = _export_options(title, uid_domain, dtstamp, ics_coarse, level, False, include_undated)
    try:
        raw = sys.stdin.read() if timeline_json == "-" else Path(timeline_json).read_text(encoding="utf-8")
        data = json.loads(raw)
        validate(data)
    except FileNotFoundError:
        raise UsageError(f"{timeline_json}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        reason = getattr(e, "message", None) or str(e).splitlines()[0]
        raise UsageError(f"{timeline_json}: not a timeline JSON ({reason})") from None
    _write(from_dict(data), targets, options)


@app.command()
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="A corpus folder (manifest.csv, docs/, gold.jsonl) or TimeML .tml files.")],
    errors: Annotated[int, typer.Option("--errors", help="List up to N missed, spurious and wrongly valued mentions.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    infer_dates: Annotated[bool, typer.Option("--infer-dates", help="Score document dating instead: withhold the manifest dates and file names and infer each document's date from its text.")] = False,
    events: Annotated[bool, typer.Option("--events/--no-events", help="Also score event-time attachment on gold_events.jsonl (when the corpus has one).")] = True,
) -> None:
    """Score temporal expression extraction with the TempEval-3 Task A figures (and event-time attachment)."""
    import json
    import xml.etree.ElementTree as ET

    if not corpus.exists():
        raise UsageError(f"{corpus}: no such file or directory")
    if infer_dates:
        from .evaluate_anchors import cli as cli_infer_dates

        code = cli_infer_dates(corpus, errors=errors, as_json=as_json)
        if code:
            raise typer.Exit(code)
        return
    from .evaluate import evaluate as score_timexes
    from .evaluate import format_report

    try:
        scores = score_timexes(corpus)
    except (FileNotFoundError, ValueError, ET.ParseError) as e:
        raise UsageError(f"{corpus}: not a corpus ({e})") from None
    links = None
    if events and corpus.is_dir() and (corpus / "gold_events.jsonl").is_file():
        from .evaluate_events import score_links

        from .evaluate_events import score_dct_links

        links = (score_links(corpus), score_links(corpus, use_gold_times=True))
        dct_links = score_dct_links(corpus)
    if as_json:
        from dataclasses import asdict

        from .evaluate_events import figures_dict

        out = {"timex": scores.as_dict(errors)}
        if links:
            out["events"] = figures_dict(*links)
            out["events"]["dct"] = {**asdict(dct_links), "share": round(dct_links.share, 4),
                                    "share_without_anchor": round(dct_links.share_explicit, 4)}
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    typer.echo(format_report(scores, errors))
    if links:
        from .evaluate_events import format_figures

        from .evaluate_events import format_dct

        typer.echo("\n" + format_figures(*links), nl=False)
        typer.echo(format_dct(dct_links), nl=False)


@app.command()
def anchors(
    inputs: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, or '-' for stdin.")] = None,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", "-m", help="CSV or JSONL: id,path,published[,title,url,source,lang].")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Writing date (YYYY-MM-DD) for inputs that state none.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    out: OutOpt = None,
    emit_manifest: Annotated[Optional[Path], typer.Option("--emit-manifest", help="Write a manifest (CSV) with the dates found, to correct and feed back with --manifest.")] = None,
    no_batch: Annotated[bool, typer.Option("--no-batch", help="Date each document on its own, without the batch step that dates undated documents by similar ones.")] = False,
) -> None:
    """Show each segment of the inputs with its writing date: where it came from, how sure, and why."""
    from .evaluate_anchors import FORMATS as ANCHOR_FORMATS
    from .evaluate_anchors import anchor_documents, manifest_csv, render_rows

    if format not in ANCHOR_FORMATS:
        raise UsageError(f"unknown format {format!r} (choose from {', '.join(ANCHOR_FORMATS)})")
    option = _date_option(published, "--published")
    try:
        sources = plan_inputs(list(inputs or []), manifest)
    except InputError as e:
        raise UsageError(str(e)) from None
    skipped: list[Skipped] = []

    def on_skip(s: Skipped) -> None:
        skipped.append(s)
        _error(f"skipped {s.reason}")

    docs = anchor_documents(sources, option, batch=not no_batch, on_skip=on_skip)
    if not docs:
        raise UsageError("no readable input: every input was skipped")
    write_atomic(out or "-", render_rows(docs, format).encode("utf-8"))
    if emit_manifest is not None:
        write_atomic(str(emit_manifest), manifest_csv(docs, sources, emit_manifest).encode("utf-8"))
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


class _progress:
    """A progress bar on stderr for long runs; silent when stderr is not a terminal or with --quiet."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.enabled = not quiet and total > 1 and sys.stderr.isatty() and not os.environ.get("CI")
        self.total = total

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=True)
        self._bar.start()
        task = self._bar.add_task("extracting", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self._bar.stop()


def main(argv: list[str] | None = None) -> int:
    """Console entry point: every failure ends as one line on stderr and a documented exit code."""
    try:
        code = app(args=argv, prog_name="timeline", standalone_mode=False)
    except UsageError as e:
        _error(str(e))
        return EXIT_USAGE
    except typer.Exit as e:
        return e.exit_code
    except (typer.Abort, KeyboardInterrupt):
        _error("interrupted")
        return 130
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
    return code if isinstance(code, int) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
