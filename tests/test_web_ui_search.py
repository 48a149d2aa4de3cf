"""kg/search.py: the full-text index beside the store, fed by the build, import and
remove paths, searched by the UI."""
from __future__ import annotations

import stat
from contextlib import closing

import pytest

from kg import search
from kg.pipeline import BuildOptions, build
from kg.bulk import import_files, remove_articles
from uitools import NEWS

PASSAGE = ("Finance minister Ana Ruiz resigned on Tuesday. Ruiz said the budget talks had "
           "failed. The resignation surprised investors.")


def test_words_are_found_in_any_form_and_user_operators_are_plain_words(extract_text):
    from kg.rdf import article_quads

    extraction = extract_text(PASSAGE, source="ruiz.txt")
    triples = article_quads(extraction)
    with closing(search.connect(None)) as conn:
        assert search.index_article(conn, str(triples.identifier), triples) > 3
        page = search.search(conn, "resign")
        assert page.total >= 2  # "resigned" and "resignation"
        assert {h.kind for h in page.hits} >= {"sentence"}
        assert any(search.HIT_START + "resigned" + search.HIT_END in h.snippet
                   for h in page.hits)
        assert any("Ruiz" in e.label for e in search.search(conn, "Ruiz").entities)
        assert search.search(conn, '"budget talks"').total >= 1
        assert search.search(conn, "budg*").total >= 1
        assert search.search(conn, 'NEAR( AND "').total == 0  # no syntax error
        with pytest.raises(search.BadQuery):
            search.search(conn, "  ()  ")


def test_the_builds_search_documents_from_values_are_those_of_its_triples(extract_text):
    from kg.rdf import article_quads

    graph = article_quads(extract_text(PASSAGE, source="ruiz.txt"))
    info, entries = search.entries_from_values(graph.identifier, graph.values())
    assert (info, entries) == search.entries_from_triples(graph.identifier, graph.triples())
    assert info.source == "ruiz.txt" and {e.kind for e in entries} >= {"sentence", "entity"}


def test_an_article_replaces_the_older_version_of_its_source(extract_text):
    from kg.rdf import article_quads

    old = article_quads(extract_text(PASSAGE, source="same.txt"))
    new = article_quads(extract_text(PASSAGE.replace("Tuesday", "Friday"), source="same.txt"))
    with closing(search.connect(None)) as conn:
        search.index_article(conn, str(old.identifier), old)
        search.index_article(conn, str(new.identifier), new)
        assert search.indexed_articles(conn) == {str(new.identifier)}
        assert search.search(conn, "Tuesday").total == 0
        assert search.search(conn, "Friday").total >= 1
        search.remove_article(conn, str(new.identifier))
        assert search.search(conn, "Friday").total == 0


def _steps(conn, work) -> int:
    """SQLite virtual-machine steps (in thousands) that ``work`` takes: a cost that does
    not depend on the machine."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(count, 1000)
    try:
        work()
    finally:
        conn.set_progress_handler(None, 1000)
    return steps[0]


def test_indexing_and_forgetting_an_article_cost_the_same_in_a_large_index():
    def article(i: int):
        info = search.ArticleInfo(f"https://example.org/a/{i}", f"a{i}.txt", "A title", None)
        return info, [search.Entry("sentence", f"{info.iri}#s{j}", info.iri,
                                   f"words of sentence {j} in article {i}", "A title",
                                   None, 0, 10) for j in range(40)]

    with closing(search.connect(None)) as conn:
        search.index_many(conn, [article(i) for i in range(10)])
        small = (_steps(conn, lambda: search.index_many(conn, [article(10)]))
                 + _steps(conn, lambda: search.remove_article(conn, article(10)[0].iri)))
        search.index_many(conn, [article(i) for i in range(11, 1500)])
        large = (_steps(conn, lambda: search.index_many(conn, [article(2000)]))
                 + _steps(conn, lambda: search.remove_article(conn, article(2000)[0].iri)))
        assert search.search(conn, '"article 2000"').total == 0
        assert search.search(conn, '"sentence 3 in article 1499"').total == 1
    # a delete that reads every document grows with the index (about 150x here)
    assert large <= 3 * max(small, 1), (small, large)


def test_build_import_and_remove_keep_the_index_in_step(tmp_path, nlp):
    store = tmp_path / "store"
    article = NEWS / "wikinews-2019-015.md"  # Wikinews contributors, CC BY 2.5
    report = build([str(article)], str(store), BuildOptions(progress=False), nlp=nlp)
    iri = report.built[0]
    index = store / search.INDEX_FILE
    with closing(search.connect(index)) as conn:
        assert search.search(conn, "Mahan").total > 0
    out = tmp_path / "export.trig"
    from kg.store import open_store

    with open_store(str(store)) as opened:
        with open(out, "wb") as f:
            opened.dump(f, "trig")
        assert remove_articles(opened, [iri]) == [iri]
    with closing(search.connect(index)) as conn:
        assert search.search(conn, "Mahan").total == 0 and not search.indexed_articles(conn)
    with open_store(str(store)) as opened:
        import_files(opened, [out])  # the graph comes back by bulk import
    with closing(search.connect(index)) as conn:
        assert iri in search.indexed_articles(conn) and search.search(conn, "Mahan").total > 0


def test_an_unwritable_index_is_a_note_not_a_failed_build(tmp_path, nlp):
    store = tmp_path / "store"
    store.mkdir()
    (store / search.INDEX_FILE).mkdir()  # cannot be opened as a database
    report = build([str(NEWS / "wikinews-2019-015.md")], str(store),
                   BuildOptions(progress=False), nlp=nlp)
    assert report.built and any("search index" in n for n in report.notes)
    assert stat.S_ISDIR((store / search.INDEX_FILE).stat().st_mode)
