"""Timeline summarisation measured on journalists' timelines (the Timeline17 protocol): ``timeline evaluate --tls``.

A corpus is a folder of topics, each with ``manifest.csv`` (``id,path,published``), ``docs/`` and ``timelines/``
(gold timelines: a line ``YYYY-MM-DD``, the summary sentences of that date one a line, a line of dashes; a date
may occur in two blocks, which are merged). For every gold timeline the standard protocol is run: K = its number of
dates, L = round(mean sentences per date), only articles published between its first and last date, only dates in
that range. Scores: date F1 (chosen dates against gold dates, as sets), ROUGE-1/2 F1 *concat* (all text against all
text) and *align+ m:1* (Martschat & Markert 2017, "Improving ROUGE for timeline summarization"), per timeline and
macro-averaged.

Extraction (spaCy over every article) is the slow part, so each topic's extracted timeline is cached on disk, keyed
by the manifest, the article files and the source of the extraction stages: re-scoring after a ranking change
re-runs only ``rank.summarize``. The module depends on the rest of the package only through ``run.extract_to``,
``export.json.loads`` and ``rank.summarize``, so it can move into an ``evaluate/`` package unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..model import Timeline

#: Where extracted topics are cached unless ``--cache-dir`` says otherwise.
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "timeline" / "tls"

#: Modules whose change does not change what extraction produces (ranking, evaluation, the CLI, the exports:
#: the cache is read back through ``export.json.loads``, which ignores fields added to the contract): editing
#: them keeps the cache valid.
NOT_EXTRACTION = ("rank.py", "cli.py", "evaluate", "export/", "view")


class CorpusError(ValueError):
    """The folder is not laid out as a TLS corpus (topics with manifest.csv, docs/, timelines/)."""


# -- the gold timelines ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldTimeline:
    topic: str
    name: str
    #: date -> the summary sentences of that date, in file order
    dates: dict[dt.date, tuple[str, ...]]

    @property
    def first(self) -> dt.date:
        return min(self.dates)

    @property
    def last(self) -> dt.date:
        return max(self.dates)

    @property
    def k(self) -> int:
        return len(self.dates)

    @property
    def l(self) -> int:  # noqa: E743 - the protocol's own name (K dates, L sentences)
        """Sentences per date the protocol asks for: round(mean sentences per date), at least one."""
        return max(1, round(sum(len(s) for s in self.dates.values()) / len(self.dates)))


def read_gold(path: Path, topic: str = "") -> GoldTimeline:
    """Parse one gold timeline; blocks of the same date are merged. A block whose date line is not a full date
    (the release has one ``2011-04-0``) is left out, as the block of a date nobody can match."""
    dates: dict[dt.date, list[str]] = {}
    current: list[str] | None = None
    dropped: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line:
            continue
        if set(line) == {"-"}:
            current = None
            continue
        if current is None:
            try:
                day = dt.date.fromisoformat(line[:10])
            except ValueError:
                if not line[:1].isdigit():
                    raise CorpusError(f"{path}: expected a date line, got {line[:40]!r}") from None
                current = dropped
                continue
            current = dates.setdefault(day, [])
            continue
        current.append(line)
    dates = {d: s for d, s in dates.items() if s}
    if not dates:
        raise CorpusError(f"{path}: no dated summary in this timeline")
    return GoldTimeline(topic, path.stem, {d: tuple(s) for d, s in sorted(dates.items())})


def topic_dirs(corpus: Path) -> list[Path]:
    """The topic folders of ``corpus`` (or ``corpus`` itself when it is one topic), sorted by name."""

    def is_topic(p: Path) -> bool:
        return (p / "manifest.csv").is_file() and (p / "timelines").is_dir()

    if is_topic(corpus):
        return [corpus]
    found = sorted(p for p in corpus.iterdir() if p.is_dir() and is_topic(p)) if corpus.is_dir() else []
    if not found:
        raise CorpusError(f"{corpus}: no topic folder with manifest.csv and timelines/")
    return found


def published_dates(topic: Path) -> dict[str, dt.date]:
    """Document id -> the publication date the manifest gives."""
    out: dict[str, dt.date] = {}
    with (topic / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                out[row["id"]] = dt.date.fromisoformat(row["published"][:10])
            except (KeyError, ValueError, TypeError):
                continue
    return out


# -- extraction, cached ------------------------------------------------------------------------------------------


def extraction_sources() -> list[Path]:
    """The source files of the extraction stages: every module of the package but those in NOT_EXTRACTION."""
    root = Path(__file__).resolve().parent.parent  # the package, not this evaluate/ folder
    return [p for p in sorted(root.rglob("*.py")) if not p.relative_to(root).as_posix().startswith(NOT_EXTRACTION)]


def _package_fingerprint() -> str:
    """A hash of the source of the extraction stages (``extraction_sources``)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    for path in extraction_sources():
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_key(topic: Path) -> str:
    """Changes when the manifest, any article file (name, size, mtime) or the extraction code changes."""
    h = hashlib.sha1((topic / "manifest.csv").read_bytes())
    docs = topic / "docs"
    if docs.is_dir():
        for p in sorted(docs.iterdir()):
            st = p.stat()
            h.update(f"{p.name}\x1f{st.st_size}\x1f{int(st.st_mtime)}\n".encode())
    h.update(_package_fingerprint().encode())
    return h.hexdigest()[:16]


def _worker_signals() -> None:
    """A pool worker dies quietly on the SIGTERM the pool sends when it closes: the forked worker would otherwise
    run the CLI's handler, which raises inside the pool's queue lock and can leave the next worker waiting on it
    for ever (seen with ``--workers 2``: a traceback per worker, then a hang)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _process_isolated(batch: list) -> list:
    """``run.process_documents`` over a batch; a document that fails is left out (its one-line report returned in
    its place: the pipeline isolates documents itself), so one bad article does not sink a topic."""
    from ..read import Skipped
    from ..run import process_documents

    return [r.reason if isinstance(r, Skipped) else r for r in process_documents(batch)]


def extract_topic(
    topic: Path,
    cache_dir: Path = DEFAULT_CACHE,
    *,
    workers: int = 1,
    on_progress: Callable[[str], None] = lambda message: None,
) -> Timeline:
    """The topic's extracted timeline (documents without text, mentions, events), from the cache when it is
    current, else by running the pipeline over every article of the manifest and caching the JSON. A document
    whose extraction fails is reported through ``on_progress`` and left out."""
    from ..export import write_atomic
    from ..export.json import dumps, loads
    from ..merge import merge
    from ..read import Skipped, plan_inputs
    from ..run import Config, _batched, dated_documents

    path = cache_dir / f"{topic.name}-{cache_key(topic)}.json"
    if path.is_file():
        return loads(path.read_text(encoding="utf-8"))
    on_progress(f"extracting {topic.name} (cached in {path})")
    sources = plan_inputs([], topic / "manifest.csv")
    batches = (b for b in _batched(dated_documents(sources, Config())) if not isinstance(b, Skipped))
    results = []

    def collect(done: list) -> None:
        for r in done:
            if isinstance(r, str):
                on_progress(f"left out {r}")
            else:
                results.append(r)

    if workers > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers, initializer=_worker_signals) as pool:
            for done in pool.imap(_process_isolated, batches):
                collect(done)
    else:
        for batch in batches:
            collect(_process_isolated(batch))
    tl = merge(results)
    write_atomic(path, dumps(tl).encode("utf-8"))
    return tl


# -- ROUGE and the alignment of Martschat & Markert (2017) --------------------------------------------------------


class _Rouge:
    """ROUGE-N counts as ROUGE-1.5.5 computes them with ``-m -s``: ``rouge-score``'s tokenizer (lower case,
    alphanumeric tokens) and its Porter stemmer (words over three letters), English stopwords removed (spaCy's
    list; ROUGE-1.5.5 ships its own, close to it). Hand-written on top of the library only because the align
    metrics need the raw counts (hits, system n-grams, reference n-grams) to micro-average over dates, and
    ``rouge-score`` returns only ratios. N-grams do not cross sentence boundaries."""

    def __init__(self) -> None:
        from nltk.stem import porter
        from rouge_score import tokenize
        from spacy.lang.en.stop_words import STOP_WORDS

        self._tokenize = tokenize.tokenize
        self._stemmer = porter.PorterStemmer()
        self._stop = frozenset(STOP_WORDS)
        self._cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, sentence: str) -> tuple[str, ...]:
        got = self._cache.get(sentence)
        if got is None:
            words = [w for w in self._tokenize(sentence, None) if w not in self._stop]
            got = tuple(self._stemmer.stem(w) if len(w) > 3 else w for w in words)
            self._cache[sentence] = got
        return got

    def ngrams(self, sentences: Iterable[str], n: int) -> Counter:
        out: Counter = Counter()
        for s in sentences:
            t = self.tokens(s)
            out.update(zip(*(t[i:] for i in range(n))))
        return out


def _hits(a: Counter, b: Counter) -> int:
    return sum(min(c, b[g]) for g, c in a.items() if g in b)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    date_f1: float
    concat_r1: float
    concat_r2: float
    align_r1: float
    align_r2: float

    FIELDS = ("date_f1", "concat_r1", "concat_r2", "align_r1", "align_r2")


def date_f1(predicted: Iterable[dt.date], gold: Iterable[dt.date]) -> float:
    p, g = set(predicted), set(gold)
    hits = len(p & g)
    return f1(hits / len(p), hits / len(g)) if p and g and hits else 0.0


def concat_rouge(
    rouge: _Rouge, predicted: dict[dt.date, list[str]], gold: dict[dt.date, tuple[str, ...]], n: int
) -> float:
    sys_ngrams = rouge.ngrams((s for d in sorted(predicted) for s in predicted[d]), n)
    ref_ngrams = rouge.ngrams((s for d in sorted(gold) for s in gold[d]), n)
    hits = _hits(sys_ngrams, ref_ngrams)
    p = hits / sum(sys_ngrams.values()) if sys_ngrams else 0.0
    r = hits / sum(ref_ngrams.values()) if ref_ngrams else 0.0
    return f1(p, r)


def _approx_r1(rouge: _Rouge, a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """The content part of the alignment cost: ROUGE-1 F1 of two days' summaries (tilse's approximation)."""
    ca, cb = rouge.ngrams(a, 1), rouge.ngrams(b, 1)
    hits = _hits(ca, cb)
    return f1(hits / sum(ca.values()), hits / sum(cb.values())) if hits else 0.0


def align_m1_rouge(
    rouge: _Rouge,
    predicted: dict[dt.date, list[str]],
    gold: dict[dt.date, tuple[str, ...]],
    ns: tuple[int, ...] = (1, 2),
) -> dict[int, float]:
    """align+ m:1: every system date is aligned to the gold date of least cost (for precision), every gold date to
    the system date of least cost (for recall); cost = (1 - 1/(|days apart| + 1)) * (1 - ROUGE-1 F1 of the two
    days); each aligned pair's hits are weighted by 1/(|days apart| + 1); counts are summed over dates before
    dividing (micro). Ties go to the earlier date, as ``argmin`` over dates in order does in tilse."""
    pred_dates, gold_dates = sorted(predicted), sorted(gold)
    if not pred_dates or not gold_dates:
        return {n: 0.0 for n in ns}

    def cost(p: dt.date, g: dt.date) -> float:
        factor = 1 - 1 / (abs((p - g).days) + 1)
        return factor * (1 - _approx_r1(rouge, predicted[p], gold[g])) if factor else 0.0

    prec_pairs = [(p, min(gold_dates, key=lambda g: (cost(p, g), g))) for p in pred_dates]
    rec_pairs = [(min(pred_dates, key=lambda p: (cost(p, g), p)), g) for g in gold_dates]
    out = {}
    for n in ns:
        p_num = p_den = r_num = r_den = 0.0
        for p, g in prec_pairs:
            sys_ngrams, ref_ngrams = rouge.ngrams(predicted[p], n), rouge.ngrams(gold[g], n)
            p_num += _hits(sys_ngrams, ref_ngrams) / (abs((p - g).days) + 1)
            p_den += sum(sys_ngrams.values())
        for p, g in rec_pairs:
            sys_ngrams, ref_ngrams = rouge.ngrams(predicted[p], n), rouge.ngrams(gold[g], n)
            r_num += _hits(sys_ngrams, ref_ngrams) / (abs((p - g).days) + 1)
            r_den += sum(ref_ngrams.values())
        out[n] = f1(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)
    return out


def score(rouge: _Rouge, predicted: dict[dt.date, list[str]], gold: GoldTimeline) -> Scores:
    aligned = align_m1_rouge(rouge, predicted, gold.dates)
    return Scores(
        date_f1(predicted, gold.dates),
        concat_rouge(rouge, predicted, gold.dates, 1),
        concat_rouge(rouge, predicted, gold.dates, 2),
        aligned[1],
        aligned[2],
    )


# -- the protocol -----------------------------------------------------------------------------------------------


def restrict(tl: Timeline, published: dict[str, dt.date], first: dt.date, last: dt.date) -> Timeline:
    """Only what articles published in [first, last] report: their documents, mentions and event sources.
    Mentions keep their place (sources index them), those of other articles are blanked."""
    keep = {d for d, day in published.items() if first <= day <= last}
    events = []
    for e in tl.events:
        sources = tuple(s for s in e.sources if s.doc in keep)
        if sources:
            events.append(replace(e, sources=sources) if len(sources) != len(e.sources) else e)
    return Timeline(tuple(d for d in tl.documents if d.id in keep), tl.mentions, tuple(events), ())


@dataclass
class Report:
    rows: list[tuple[GoldTimeline, Scores]] = field(default_factory=list)

    def macro(self) -> Scores:
        n = len(self.rows)
        return Scores(*(sum(getattr(s, f) for _, s in self.rows) / n if n else 0.0 for f in Scores.FIELDS))

    def as_dict(self) -> dict:
        return {
            "timelines": [
                {
                    "topic": g.topic,
                    "timeline": g.name,
                    "dates": g.k,
                    "sentences": g.l,
                    **{f: round(getattr(s, f), 4) for f in Scores.FIELDS},
                }
                for g, s in self.rows
            ],
            "macro": {f: round(getattr(self.macro(), f), 4) for f in Scores.FIELDS},
        }

    def format(self) -> str:
        head = f"{'timeline':<48} {'K':>3} {'L':>2}  {'date F1':>7} {'R1 cat':>7} {'R2 cat':>7} {'AR1':>7} {'AR2':>7}"
        lines = [head, "-" * len(head)]
        for g, s in self.rows:
            name = f"{g.topic}/{g.name}"[:48]
            lines.append(f"{name:<48} {g.k:>3} {g.l:>2}  " + " ".join(f"{getattr(s, f):7.3f}" for f in Scores.FIELDS))
        m = self.macro()
        lines.append("-" * len(head))
        lines.append(
            f"{'macro (' + str(len(self.rows)) + ' timelines)':<48} {'':>3} {'':>2}  "
            + " ".join(f"{getattr(m, f):7.3f}" for f in Scores.FIELDS)
        )
        return "\n".join(lines) + "\n"


def evaluate(
    corpus: Path,
    cache_dir: Path = DEFAULT_CACHE,
    *,
    workers: int = 1,
    on_progress: Callable[[str], None] = lambda message: None,
) -> Report:
    """Run the standard protocol over every gold timeline of every topic of ``corpus``."""
    from ..rank import summarize

    rouge = _Rouge()
    report = Report()
    for topic in topic_dirs(corpus):
        golds = [read_gold(p, topic.name) for p in sorted((topic / "timelines").iterdir()) if p.is_file()]
        published = published_dates(topic)
        tl = extract_topic(topic, cache_dir, workers=workers, on_progress=on_progress)
        for gold in golds:
            summary = summarize(
                restrict(tl, published, gold.first, gold.last),
                dates=gold.k,
                sentences=gold.l,
                start=gold.first,
                end=gold.last,
            )
            predicted = {dt.date.fromisoformat(day.date): [s.text for s in day.sentences] for day in summary}
            report.rows.append((gold, score(rouge, predicted, gold)))
    return report
