"""A body named after its belief (the sixty-fifth stop, docs/linking.md): an entity the
text also calls "the organization" or "the church" is that body, not the religion or
belief of the same name the model's ORG may stand for. The passage is made up for the
test; the QID and record are the shipped index's."""
from __future__ import annotations

from dataclasses import replace

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.model import Mention

SCIENTOLOGY = "Q131036"  # the belief; the index holds no item for its church
TEXT = ("Scientology said the drives were returned. A lawyer for the organization said "
        "Scientology would press charges.")


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_body_also_called_the_organization_is_not_the_belief_of_its_name(linker):
    x = placed(TEXT, ("Scientology", "Organization"))
    (entity,) = x.entities
    at = TEXT.find("the organization")
    described = replace(entity, mentions=entity.mentions + (
        Mention(at, at + len("the organization"), "the organization", 1, "description"),))
    found = linker.link(replace(x, entities=(described,)))
    assert qid(found, "Scientology", "Organization") is None
    # (the control) named alone, the model's ORG still links to the belief ("Islam")
    assert qid(linker.link(x), "Scientology", "Organization") == SCIENTOLOGY
