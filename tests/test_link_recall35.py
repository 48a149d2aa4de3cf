"""Names the index holds that kg left unlinked (the thirty-fifth linking iteration,
docs/linking.md): a religion's own name that the model reads as a people, an
organisation or a place ("punishable by death in Islam") is the religion, a named
thing, and links. The passages are made up for the tests."""
from __future__ import annotations

import pytest

from kg.link import OfflineLinker

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

ISLAM, CHRISTIANITY = "Q432", "Q5043"


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def _linked(x, links, name: str) -> tuple[str, str | None]:
    entity = next(e for e in x.entities if e.name == name)
    link = links.get(entity.key)
    return entity.type, link.qid if link else None


def test_a_religions_own_name_is_the_religion_and_links(extract_text, linker):
    x = extract_text("Zorbly Quint left the faith at twenty, although apostasy is "
                     "punishable by death in Islam, she said.")
    assert _linked(x, linker.link(x), "Islam") == ("Thing", ISLAM)
    x = extract_text("Christianity and Islam share many prophets, Zorbly Quint said.")
    links = linker.link(x)
    assert _linked(x, links, "Christianity") == ("Thing", CHRISTIANITY)
    assert _linked(x, links, "Islam") == ("Thing", ISLAM)


def test_a_religions_adjective_alone_stays_a_people(extract_text):
    # "Christian and Muslim leaders": the adjectives (the table's keys) are no names of
    # the religions; only "the Islamic faith" is (the twenty-fifth extraction rule)
    x = extract_text("Christian and Muslim leaders met Zorbly Quint in Cairo on Friday.")
    assert not any(e.name in ("Islam", "Christianity") for e in x.entities)
    assert any(e.name == "Muslim" and e.type == "Group" for e in x.entities)  # control
