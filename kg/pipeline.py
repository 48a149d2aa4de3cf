"""The build: inputs -> Articles -> Docs -> Extractions -> links -> RDF -> store."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from itertools import chain
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.model import Article, Extraction
from kg.read import InputProblem, ReadOptions, read_inputs
from kg.search import Indexer
from kg.vocab import article_graph_iri

#: Exit codes of ``kg build``.
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

#: Texts longer than spaCy's default limit are still parsed (memory allows it here);
#: the reader's --max-bytes is the real guard.
MAX_DOC_CHARS = 5_000_000


@dataclass(frozen=True)
class BuildOptions:
    link: str = "auto"  # auto | offline | online | off (kg.link.MODES)
    workers: int = 1
    published: date | None = None
    progress: bool = True
    out: Path | None = None
    max_bytes: int | None = None
    batch_size: int = 16


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


def extract_articles(articles: Iterable[Article], nlp, workers: int = 1,
                     batch_size: int = 16) -> Iterator[Extraction]:
    """Parse and extract articles in order, parsing with ``workers`` processes."""
    from kg.extract import extract

    nlp.max_length = max(nlp.max_length, MAX_DOC_CHARS)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=workers,
                                 batch_size=batch_size):
        yield extract(doc, article)


def build(inputs: list[str], store_location: str | None = None,
          options: BuildOptions = BuildOptions(),
          on_problem: Callable[[InputProblem], None] = say_problem,
          store=None, nlp=None) -> BuildReport:
    """Build the graphs of ``inputs`` into the store; one bad input never stops the batch.

    ``store`` and ``nlp`` may be passed in to reuse an open store or a loaded pipeline.
    """
    from kg import nlp as kg_nlp
    from kg.link import make_linker
    from kg.rdf import article_quads
    from kg.store import open_store

    report = BuildReport()
    owns_store = store is None
    store = open_store(store_location) if owns_store else store
    search_index = Indexer(store)
    read_options = ReadOptions(published=options.published,
                               **({"max_bytes": options.max_bytes} if options.max_bytes else {}))

    def todo() -> Iterator[Article]:
        seen: set[str] = set()
        for item in read_inputs(inputs, read_options):
            if isinstance(item, InputProblem):
                report.problems.append(item)
                on_problem(item)
                continue
            iri = str(article_graph_iri(item.content_hash))
            if iri in seen or store.has_graph(iri):
                report.skipped.append(iri)
                continue
            seen.add(iri)
            yield item

    try:
        articles = todo()
        first = next(articles, None)
        if first is not None:  # load the model only when something needs parsing
            nlp = nlp if nlp is not None else kg_nlp.load()
            model = kg_nlp.model_version(nlp)
            linker = make_linker(options.link)
            progress = _progress(options.progress)
            for extraction in extract_articles(chain([first], articles), nlp, options.workers,
                                               options.batch_size):
                links = linker.link(extraction)
                graph = article_quads(extraction, links, model=model)
                iri = graph.identifier
                store.replace_article(iri, graph, extraction.article.source)
                search_index.add(iri, graph)
                report.built.append(iri)
                report.statements += len(graph)
                progress.update(1)
            progress.close()
            report.notes.extend(getattr(linker, "notes", ()))
        report.notes.extend(search_index.notes)
        store.flush()  # writes through an owner process or a remote server are queued
        if options.out is not None and (report.built or report.skipped):
            from kg.export import write_graphs

            # unchanged inputs too: a re-run writes the same file, not none
            write_graphs(store, list(dict.fromkeys(report.built + report.skipped)), options.out)
    finally:
        search_index.close()
        if owns_store:
            store.close()
    return report


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(enabled: bool):
    """A tqdm bar on a terminal (it hides itself when stderr is not a tty)."""
    if not enabled:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(desc="kg build", unit=" article", file=sys.stderr, disable=None, leave=False)
