"""The build: inputs -> Articles -> Docs -> Extractions -> links -> RDF -> store.

Reading and storing happen in this process; parsing, extraction, linking and building
the RDF of an article happen in :class:`Builder`, in this process (``--workers 1``) or
in ``workers`` forked processes, which send back each article's quads as N-Quads. Store
writes are batched: the articles that arrive together are stored in one transaction.
"""
from __future__ import annotations

import gc
import os
import queue
import stat
import sys
import threading
import traceback
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import pyoxigraph as ox
from tqdm import tqdm

from kg import nlp as kg_nlp
from kg.export import write_graphs
from kg.extract import extract, extract_windows, preload
from kg.extract.confidence import calibration
from kg.link import make_linker
from kg.model import Article, Extraction
from kg.rdf import article_quads
from kg.read import InputProblem, ReadOptions, read_inputs
from kg.search import ArticleInfo, Entry as SearchEntry, Indexer, entries_from_values
from kg.store import open_store
from kg.store.layout import store_articles
from kg.store.local import INGEST_MAX_QUADS
from kg.store.merged import merged_of
from kg.truecase import recaser
from kg.vocab import article_graph_iri
from kg.windows import WINDOW_CHARS, merge, windows

if TYPE_CHECKING:  # the build hands parsed Docs to kg.extract and reads none of them
    from spacy.tokens import Doc

#: Exit codes of ``kg build``.
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

#: Largest input ``kg build`` reads unless told otherwise. Measured (bench/bench_build.py
#: --long, docs/store.md): in windows an article costs ~45-50 s a MB of text on one core
#: and ~0.6 GB whatever its length, so 1 MB keeps one input under a minute.
DEFAULT_MAX_BYTES = 1_000_000
#: A window is parsed whole, so spaCy's length limit only has to allow one.
MAX_DOC_CHARS = max(1_000_000, 2 * WINDOW_CHARS)
#: Characters spaCy parses at once (its memory grows with them).
BATCH_CHARS = 2 * WINDOW_CHARS
#: Articles a worker takes at a time (parsed together, sent back together):
#: as many as the batch spaCy parses at once (``BuildOptions.batch_size``), which costs
#: 2-3% less CPU a word than batches of 8 (measured in CPU seconds, 200 archive articles).
TASK_ARTICLES = 16
#: Batches a worker has been given and not yet returned (one in hand, two waiting).
TASKS_IN_FLIGHT = 3
#: Quads (N-Quads lines, merged-graph copies included) of the built articles stored
#: together: one ingest of sorted files into a disk store (see kg.store.local), as large
#: as that store ingests in one atomic call. RocksDB merges every two ingested files of
#: an index into the rest of it (hashed keys: the whole index is rewritten), so fewer,
#: larger ingests cut that compaction: batches of ~200 articles (this) against 64 took
#: the storing process ~40% less compaction CPU over 2,000 archive articles, ~17% less
#: in all (the sort of a larger batch costs a little more). ~180 MB of N-Quads at most.
WRITE_QUADS = INGEST_MAX_QUADS
#: ... and at most this many articles (archive articles reach both bounds together): what
#: a killed build loses, and how long a reader of the store waits to see new articles.
WRITE_ARTICLES = 192
#: Built articles stored together in a store that ingests no sorted files: one that takes
#: writes as SPARQL (a server, or a store directory another process owns), so that an
#: update request stays as it was, and one in memory, where a transaction of 192
#: articles cost ~7% more of a whole build's CPU than three of 64 (bench_pipeline.py).
WRITE_ARTICLES_SMALL = 64
#: The worker's collector thresholds: a worker allocates and frees millions of small
#: objects an article (spaCy's tokens and spans), and at Python's default (700) ran
#: ~1,300 collections for 200 articles, 0.4 of 16.6 CPU s; at 10,000 ~25, 0.1 s.
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


@dataclass(frozen=True)
class BuildOptions:
    link: str = "auto"  # auto | offline | online | off (kg.link.MODES)
    #: Build processes; the main process reads and stores while they work, so even one
    #: overlaps the store's writes with parsing. 0 builds in this process (profiling).
    workers: int = 1
    published: date | None = None
    progress: bool = True
    out: Path | None = None
    max_bytes: int | None = None  # None: DEFAULT_MAX_BYTES
    url_timeout: float | None = None  # whole download per URL; None: the reader's default
    batch_size: int = 16
    #: Emit facts and claims from these calibrated confidences up (None: the shipped
    #: thresholds of kg/data/extract/confidence.json; 0: everything read).
    fact_threshold: float | None = None
    claim_threshold: float | None = None

    def emission(self) -> tuple[float, float]:
        """The thresholds this build extracts at, the shipped ones filled in."""
        cal = calibration()
        return (cal.fact_threshold if self.fact_threshold is None else self.fact_threshold,
                cal.claim_threshold if self.claim_threshold is None else self.claim_threshold)


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)  # article graph IRIs
    skipped: list[str] = field(default_factory=list)  # unchanged, already stored
    problems: list[InputProblem] = field(default_factory=list)
    statements: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        failed = [p for p in self.problems if p.fatal]
        if failed and not (self.built or self.skipped):
            return EXIT_NOTHING
        return EXIT_PARTIAL if failed else EXIT_OK

    def summary(self) -> str:
        parts = [f"built {len(self.built)} article(s), {self.statements} triples",
                 f"{len(self.skipped)} unchanged"]
        errors = sum(p.fatal for p in self.problems)
        warnings = len(self.problems) - errors
        if errors:
            parts.append(f"{errors} error(s)")
        if warnings:
            parts.append(f"{warnings} warning(s)")
        return "kg: " + ", ".join(parts) + "".join(f"\nkg: {n}" for n in self.notes)


def say_problem(problem: InputProblem) -> None:
    level = "error" if problem.fatal else "warning"
    print(f"kg: {level}: {problem}", file=sys.stderr, flush=True)


# -- one article: parse (in windows), extract, link, RDF ------------------------------------
@dataclass(frozen=True)
class Built:
    """An article's graph, ready to store: its quads (and their copies in the merged
    graph) as N-Quads, written by the storing process from a worker's extraction."""

    iri: str
    source: str
    data: bytes
    statements: int
    lines: int  # of ``data``: each statement once per graph
    #: Its search documents, made with the quads, so the store is not read back for them.
    search: tuple[ArticleInfo, list[SearchEntry]]


@dataclass(frozen=True)
class Failed:
    source: str
    reason: str


def extract_one(article: Article, nlp, batch_size: int = 16,
                emission: tuple[float | None, float | None] = (None, None)) -> Extraction:
    """Parse and extract one article, a window at a time when it is long."""
    return next(extract_many([article], nlp, batch_size, emission))


def extract_many(articles: list[Article], nlp, batch_size: int = 16,
                 emission: tuple[float | None, float | None] = (None, None)
                 ) -> Iterator[Extraction]:
    """Parse the windows of ``articles`` in one ``nlp.pipe`` (spaCy batches them) and
    extract each article, in order, emitting facts and claims from the ``emission``
    thresholds up (None: the shipped ones)."""
    readable = recaser(nlp)  # (lines in capitals read in ordinary case, same offsets)
    parts = [(k, offset, readable(window)) for k, article in enumerate(articles)
             for offset, window in windows(article)]
    docs = chain.from_iterable(nlp.pipe([window.text for _, _, window in group],
                                        batch_size=len(group))
                               for group in _by_size(parts, batch_size))
    done: list[tuple[int, Doc, Article]] = []
    current = 0
    for (k, offset, window), doc in zip(parts, docs):
        if k != current:
            yield _one(articles[current], done, emission)
            done, current = [], k
        done.append((offset, doc, window))
    if done:
        yield _one(articles[current], done, emission)


def _by_size(parts: list, batch_size: int) -> Iterator[list]:
    """Windows in groups spaCy parses together: at most ``batch_size`` of them and
    :data:`BATCH_CHARS` characters (a long article's windows go a few at a time)."""
    group, chars = [], 0
    for part in parts:
        size = len(part[2].text)
        if group and (len(group) >= batch_size or chars + size > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(part)
        chars += size
    if group:
        yield group


def _one(article: Article, parts: list[tuple[int, Doc, Article]],
         emission: tuple[float | None, float | None]) -> Extraction:
    """One article's extraction from its parsed windows (read together: see
    ``extract_windows``), merged into the article's offsets."""
    read = extract_windows([(doc, window) for _, doc, window in parts], *emission)
    if len(read) == 1:
        return read[0]
    return merge(article, [(offset, x) for (offset, _, _), x in zip(parts, read)])


def extract_articles(articles: Iterable[Article], nlp, workers: int = 1,
                     batch_size: int = 16) -> Iterator[Extraction]:
    """Parse and extract articles in order (spaCy's processes parse when ``workers`` > 1);
    for callers that want extractions rather than a store (bench/archive.py, eval)."""
    nlp.max_length = max(nlp.max_length, MAX_DOC_CHARS)
    if workers <= 1:
        for article in articles:
            yield extract_one(article, nlp, batch_size)
        return
    readable = recaser(nlp)
    pairs = ((a.text, a) for a in map(readable, articles))
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=workers,
                                 batch_size=batch_size):
        yield extract(doc, article)


class Builder:
    """Everything an article goes through before the store: parsed and extracted
    (:meth:`extract_batch`, in a worker when there are workers), then linked and made
    quads (:meth:`finish`: in the storing process when it has a core to itself, else in
    the worker too, ``finish_in_worker``). The model is given, the linker is opened on
    first use (once in each process that links)."""

    def __init__(self, nlp, link: str, merged_graph: str | None, batch_size: int = 16,
                 emission: tuple[float | None, float | None] = (None, None),
                 finish_in_worker: bool = True):
        self.nlp = nlp
        self.finish_in_worker = finish_in_worker
        self.emission = emission
        self.nlp.max_length = max(nlp.max_length, MAX_DOC_CHARS)
        self.model = kg_nlp.model_version(nlp)
        self.link = link
        self.merged = ox.NamedNode(merged_graph) if merged_graph else ox.DefaultGraph()
        self.batch_size = batch_size
        self._linker = None
        preload()  # here, in the build's process: the workers forked from it share it

    @property
    def linker(self):
        if self._linker is None:
            self._linker = make_linker(self.link)
        return self._linker

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(getattr(self._linker, "notes", ())) if self._linker else ()

    def build(self, article: Article) -> Built | Failed:
        """The article's quads, or why it failed (the build goes on without it)."""
        return self.build_batch([article])[0]

    def build_batch(self, articles: list[Article]) -> list[Built | Failed]:
        """Each article's quads or failure; the articles are parsed together."""
        return [self.finish(*r) if isinstance(r, tuple) else r
                for r in self.extract_batch(articles)]

    def extract_batch(self, articles: list[Article]
                      ) -> list[tuple[Article, Extraction] | Failed]:
        """Each article with its extraction, or why it failed; the articles are parsed
        together. (A worker's part: what it sends back is small, frozen and spaCy-free.)"""
        try:
            extractions = list(extract_many(articles, self.nlp, self.batch_size,
                                            self.emission))
        except Exception:  # noqa: BLE001 - find the one that fails, build the others
            if len(articles) == 1:
                return [self._failed(articles[0])]
            return [r for a in articles for r in self.extract_batch([a])]
        return list(zip(articles, extractions))

    def finish(self, article: Article, extraction: Extraction) -> Built | Failed:
        """An extraction linked and made quads, ready to store (the storing process's
        part when workers extract)."""
        try:
            graph = article_quads(extraction, self.linker.link(extraction), model=self.model)
            graphs = (graph.graph, self.merged)
            return Built(graph.identifier, article.source, graph.nquads(*graphs), len(graph),
                         len(graph) * len(graphs), entries_from_values(graph.identifier, graph.values()))
        except Exception:  # noqa: BLE001 - one article's bug must not stop the build
            return self._failed(article)

    @staticmethod
    def _failed(article: Article) -> Failed:
        err = sys.exc_info()[1]
        where = traceback.extract_tb(err.__traceback__)[-1]
        return Failed(article.source, f"could not be built ({type(err).__name__}: {err}; "
                                      f"{Path(where.filename).name}:{where.lineno})")

    # -- as a worker process --------------------------------------------------------------
    def serve(self, tasks: Connection, results: Connection) -> None:
        """Parse and extract each batch of articles that comes in, and finish them too
        when ``finish_in_worker``; send the results (extractions, built articles or
        failures) and the linker's notes back. Ends when the build sends None or closes
        its end of the pipe.

        Tasks are read, and results sent, by threads of their own: the build sends a
        worker its next batch while that worker may be sending the results of the last
        one (both larger than a pipe holds), and neither side would move on; and a send
        waits while the build stores, when the worker should be building the next batch.
        The build feeds a worker only as results come back, so both queues stay short."""
        inbox: queue.SimpleQueue = queue.SimpleQueue()
        outbox: queue.SimpleQueue = queue.SimpleQueue()

        def receive() -> None:
            while True:
                try:
                    task = tasks.recv()
                except (EOFError, OSError):
                    task = None
                inbox.put(task)
                if task is None:
                    return

        def send() -> None:
            while (done := outbox.get()) is not None:
                try:
                    results.send(done)
                except OSError:  # the build is gone (killed): nobody to send to
                    return
                except Exception:  # noqa: BLE001 - results that cannot be sent
                    # would leave the build waiting for them and this worker for its
                    # next task, for ever: end, and the build reports a dead worker
                    traceback.print_exc()
                    os._exit(1)

        threading.Thread(target=receive, name="kg-build-tasks", daemon=True).start()
        sender = threading.Thread(target=send, name="kg-build-results", daemon=True)
        sender.start()
        while (batch := inbox.get()) is not None:
            outbox.put((self.build_batch(batch) if self.finish_in_worker
                        else self.extract_batch(batch), self.notes))
        outbox.put(None)
        sender.join()


def _worker(builder: Builder, tasks: Connection, results: Connection, keep: set[int],
            build_ends: list[int]) -> None:
    # The build's ends of the pipes (this worker's and those of the workers forked before
    # it), which the fork copied: holding them, a worker whose build was killed never
    # read EOF on its tasks, nor failed to send into a pipe it could read itself, and
    # waited for ever, keeping its memory.
    _point_at_devnull(build_ends + _inherited_sockets(keep))
    gc.set_threshold(*WORKER_GC_THRESHOLDS)  # this process only: the worker's own
    try:
        builder.serve(tasks, results)
    except (KeyboardInterrupt, BrokenPipeError):
        pass


def _inherited_sockets(keep: set[int]) -> list[int]:
    """The sockets a worker inherited: forked while this process serves its store, it
    must not keep that service's listening socket open (clients would wait on it after
    the owner went away)."""
    found = []
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd <= 2 or fd in keep:
            continue
        with suppress(OSError):
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                found.append(fd)
    return found


def _point_at_devnull(fds: list[int]) -> None:
    """Let go of ``fds`` by pointing them at /dev/null rather than closing them, so a
    number is not reused under the inherited objects (``Connection``, sockets) that
    still name it."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in fds:
        with suppress(OSError):
            os.dup2(null, fd)
    os.close(null)


def _start_workers(builder: Builder, workers: int,
                   procs: list[tuple[BaseProcess, Connection, Connection]]) -> None:
    """Fork ``workers`` build processes, each with a task pipe and a result pipe."""
    context = get_context("fork")  # the workers share the loaded model, copy on write
    # What is alive now (the model above all) goes to the collector's permanent
    # generation, which the workers inherit: their collections then never walk it, nor
    # copy its pages by touching it (3-6% of a worker's CPU, a quarter of its page faults).
    # This process keeps it there until the workers are done (``build_in_workers``): it
    # links and makes the quads, many small objects, and each full collection would walk
    # the model again
    gc.freeze()
    for _ in range(workers):
        task_r, task_w = context.Pipe(duplex=False)
        result_r, result_w = context.Pipe(duplex=False)
        build_ends = [conn.fileno() for _proc, *ends in procs for conn in ends]
        proc = context.Process(target=_worker, name="kg-build-worker", daemon=True,
                               args=(builder, task_r, result_w,
                                     {task_r.fileno(), result_w.fileno()},
                                     build_ends + [task_w.fileno(), result_r.fileno()]))
        proc.start()
        task_r.close()
        result_w.close()
        procs.append((proc, task_w, result_r))


def build_in_workers(articles: Iterable[Article], builder: Builder, workers: int,
                     notes: set[str]) -> Iterator[tuple[Article, Extraction] | Built | Failed]:
    """Each article parsed and extracted (and built, when the builder finishes in its
    workers) by one of ``workers`` forked processes, results as they come: the article
    with its extraction, the built article, or why it failed (each worker has
    :data:`TASKS_IN_FLIGHT` batches given and not yet returned, so memory stays bounded
    and it has work while the build links and stores)."""
    procs: list[tuple[BaseProcess, Connection, Connection]] = []
    try:
        _start_workers(builder, workers, procs)
        pending: dict[Connection, int] = {}
        batches = _batches(iter(articles), TASK_ARTICLES)
        exhausted = False

        def feed(task_w: Connection, result_r: Connection) -> None:
            nonlocal exhausted
            if exhausted:
                return
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                return
            task_w.send(batch)
            pending[result_r] = pending.get(result_r, 0) + 1

        for _proc, task_w, result_r in procs:
            for _ in range(TASKS_IN_FLIGHT):
                feed(task_w, result_r)
        writers = {result_r: task_w for _p, task_w, result_r in procs}
        while pending:
            for result_r in wait(list(pending)):
                try:
                    results, worker_notes = result_r.recv()
                except EOFError:  # the worker died (killed, out of memory)
                    raise RuntimeError("a build worker ended unexpectedly") from None
                notes.update(worker_notes)
                pending[result_r] -= 1
                if not pending[result_r]:
                    del pending[result_r]
                feed(writers[result_r], result_r)
                yield from results
    finally:
        for proc, task_w, result_r in procs:
            # The end of the work is said, not left to EOF: a worker forked after another
            # holds a copy of that one's task pipe, which then never reads EOF (each build
            # waited 10 s for its workers, then killed them).
            with suppress(OSError):
                task_w.send(None)
            task_w.close()
            result_r.close()
        for proc, _task_w, _result_r in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
                proc.join()
        gc.unfreeze()  # (frozen by _start_workers)


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while True:
        batch = [item for _, item in zip(range(size), items)]
        if not batch:
            return
        yield batch


# -- the build ---------------------------------------------------------------------------
def build(inputs: list[str], store_location: str | None = None,
          options: BuildOptions = BuildOptions(),
          on_problem: Callable[[InputProblem], None] = say_problem,
          store=None, nlp=None) -> BuildReport:
    """Build the graphs of ``inputs`` into the store; one bad input never stops the batch.

    ``store`` and ``nlp`` may be passed in to reuse an open store or a loaded pipeline.
    """
    report = BuildReport()
    owns_store = store is None
    store = open_store(store_location) if owns_store else store
    search_index = Indexer(store)
    read_options = ReadOptions(published=options.published,
                               max_bytes=options.max_bytes or DEFAULT_MAX_BYTES,
                               url_deadline=options.url_timeout)

    def problem(item: InputProblem) -> None:
        report.problems.append(item)
        on_problem(item)

    wanted = options.emission()
    shipped = BuildOptions().emission()

    def unchanged(iri: str) -> bool:
        """Stored already, read at the thresholds this build extracts at (a graph that
        records none was read at the shipped ones: built before kg recorded them)."""
        if not store.has_graph(iri):
            return False
        stored = store.stored_emission(iri) or shipped
        return all(abs(a - b) < 1e-6 for a, b in zip(stored, wanted))

    def todo() -> Iterator[Article]:
        seen: set[str] = set()
        for item in read_inputs(inputs, read_options):
            if isinstance(item, InputProblem):
                problem(item)
                continue
            iri = str(article_graph_iri(item.content_hash))
            if iri in seen or unchanged(iri):
                report.skipped.append(iri)
                continue
            seen.add(iri)
            yield item

    try:
        articles = todo()
        first = next(articles, None)
        if first is not None:  # load the model only when something needs parsing
            nlp = nlp if nlp is not None else kg_nlp.load()
            # The storing process links and makes the quads when it has a core to itself
            # (fewer workers than cores); else the workers finish each article too
            builder = Builder(nlp, options.link, merged_of(store.backend).iri,
                              options.batch_size, wanted,
                              finish_in_worker=options.workers >= (os.cpu_count() or 1))
            notes: set[str] = set()
            todo_all = chain([first], articles)
            # Workers parse and extract (and finish, see above); this process links, makes
            # the quads and stores while they parse the next articles (an extraction
            # crosses the pipe in a thirtieth of its quads' bytes)
            results = ((builder.finish(*r) if isinstance(r, tuple) else r
                        for r in build_in_workers(todo_all, builder, options.workers, notes))
                       if options.workers > 0 else chain.from_iterable(
                           map(builder.build_batch, _batches(todo_all, options.batch_size))))
            progress = _progress(options.progress)
            batch: list[Built] = []
            lines = 0
            sorted_ingest = store.backend.path is not None and not store.backend.queues_writes
            most = WRITE_ARTICLES if sorted_ingest else WRITE_ARTICLES_SMALL
            for result in results:
                if isinstance(result, Failed):
                    problem(InputProblem(result.source, result.reason))
                    continue
                if batch and (lines + result.lines > WRITE_QUADS or len(batch) >= most):
                    _store(store, batch, report, search_index)
                    progress.update(len(batch))
                    batch, lines = [], 0
                batch.append(result)
                lines += result.lines
            _store(store, batch, report, search_index)
            progress.update(len(batch))
            progress.close()
            notes.update(builder.notes)
            report.notes.extend(sorted(notes))
        report.notes.extend(search_index.notes)
        store.flush()  # writes through an owner process or a remote server are queued
        if options.out is not None and (report.built or report.skipped):
            # unchanged inputs too: a re-run writes the same file, not none
            write_graphs(store, list(dict.fromkeys(report.built + report.skipped)), options.out)
    finally:
        search_index.close()
        if owns_store:
            store.close()
    return report


def _store(store, batch: list[Built], report: BuildReport, search_index: Indexer) -> None:
    """Store a batch of built articles (one transaction for the new ones), then index
    them for the web UI's search (derived from the store, so after it)."""
    if not batch:
        return
    store_articles(store.backend, [(b.iri, b.source, b.data, b.lines) for b in batch])
    for b in batch:
        report.built.append(b.iri)
        report.statements += b.statements
    search_index.add_entries([b.search for b in batch])


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(enabled: bool):
    """A tqdm bar on a terminal (it hides itself when stderr is not a tty)."""
    if not enabled:
        return _NoProgress()
    return tqdm(desc="kg build", unit=" article", file=sys.stderr, disable=None, leave=False)
