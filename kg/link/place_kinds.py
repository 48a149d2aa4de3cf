"""The kinds of place ("city", "region") an entity's neighbours say it is, for the
linker's *kind of place* (docs/linking.md, "How an entity is linked", 6): the place
after a town's comma holds it, a region; the places of a list are mostly of one kind
("Maine, New York and Ohio": states; "London and New York": cities), unless a region
named in it holds a city listed with it ("Melbourne and Victoria": a city and its
state; linking iteration 19)."""
from __future__ import annotations

from typing import Mapping

from kg.link.classes import type_fit
from kg.link.context import place_level
from kg.link.index import Hit
from kg.model import Entity


def neighbour_kinds(entities: list[Entity], hits: Mapping[str, list[Hit]],
                    chains: Mapping[str, tuple[str, ...]],
                    containers: Mapping[str, frozenset[str]],
                    lists: list[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Entity key -> the kinds of place ("city", "region") its neighbours say it is: the
    place after a town's comma holds it ("Saratoga Springs, New York": a region); the
    places of a list are mostly of one kind ("Maine, New York and Ohio": states;
    "London and New York": cities)."""
    places = {e.key for e in entities if e.type == "Place"}
    cued: dict[str, set[str]] = {}
    for key in containers:
        if chains[key][0] in places:
            cued.setdefault(chains[key][0], set()).add("region")

    def level(key: str) -> str | None:
        found = {place_level(h.record) for h in hits.get(key, ())
                 if h.match in ("label", "alias") and type_fit("Place", h.record) >= 0.8}
        return next(iter(found)) if len(found) == 1 else None

    for listed in lists:
        for key in set(listed) & places:
            said = [found for k in dict.fromkeys(listed) if k != key
                    and (found := level(k)) is not None]
            most = max(set(said), key=said.count, default=None)
            if most == "city" and holds_a_city(key, listed, hits):
                continue  # "Melbourne and Victoria": a city and the state it is in
            if most is not None and said.count(most) * 3 >= len(said) * 2:
                cued.setdefault(key, set()).add(most)  # two thirds of them say so
    return {k: frozenset(v) for k, v in cued.items()}


def holds_a_city(key: str, listed: tuple[str, ...], hits: Mapping[str, list[Hit]]) -> bool:
    """Is a region answering to ``key``'s name the one a city listed with it is in
    ("residents in Melbourne and Victoria": the Australian state Melbourne is in)? Such
    a list names a city and its region, no places of one kind: the city beside it does
    not make it a city (Victoria, British Columbia). Only cities: a river through a state
    says nothing ("Mississippi, Missouri": states)."""
    regions = {h.record.qid for h in hits.get(key, ()) if h.match in ("label", "alias")
               and place_level(h.record) == "region"}
    return bool(regions) and any(regions & set(h.record.related)
                                 for k in listed if k != key for h in hits.get(k, ())
                                 if h.match in ("label", "alias")
                                 and place_level(h.record) == "city")
