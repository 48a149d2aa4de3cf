"""One pass over an article's tokens: each pronoun, name or description resolved
in text order, so later ones can take earlier ones as antecedents."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from spacy.tokens import Doc

from kg.extract.coref.base import (
    DESCRIPTION_WINDOW, discourse_words, Mention, mentions_of, PRONOUN_WINDOW,
    Resolution, surnames_as_persons,
)
from kg.extract.coref.descriptions import (
    complete_roles, fold_product_name, is_counterpart, is_description, is_kin,
    is_owned_body, is_short_name, np_span, resolve_agent_noun, resolve_counterpart,
    resolve_kin, resolve_name_head, resolve_owned_body, resolve_person_description,
    resolve_short_name, resolve_title, resolve_type_description,
)
from kg.extract.coref.pronouns import bracketed_name, Genders, resolve_pronoun
from kg.extract.coref.quotes import bodies_of, quotation_spans, quote_speakers
from kg.extract.roles import affiliations
from kg.extract.table import EntityTable
from kg.model import Role

#: The parts of speech of the words ``resolve`` reads: pronouns, short names and
#: descriptions (besides "counterpart", read whatever the tagger made of it).
_REFERRING_POS = frozenset({"PRON", "PROPN", "NOUN"})


def resolve(doc: Doc, table: EntityTable, roles: list[Role] | tuple[Role, ...] = (),
            event_verbs: frozenset[str] = frozenset()) -> list[Resolution]:
    """Add resolved pronoun and description mentions to ``table``; return them.

    A role in ``roles`` (a list) whose organisation is a possessive description ("the
    country's president") is completed with the entity it resolves to.
    """
    w = discourse_words()
    mentions = surnames_as_persons(mentions_of(doc, table), table)
    # the names as the entity step found them, before descriptions resolved to them
    # join (what the article says an organisation is, wherever it says it)
    names: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.root.pos_ == "PROPN":
            names[m.key].append(m)
    genders = Genders(doc, mentions, table)
    bodies = bodies_of(roles)
    # the body of someone's role or job, for "her party", "his company" (read the first
    # time one is met: most articles have none)
    owners: dict[str, str] | None = None
    quotations = quotation_spans(table.tokens)
    quoted = quote_speakers(doc, table, bodies, quotations)
    opened = {i: start for start, end in quotations for i in range(start, end)}
    # parallel sorted lists, so each mention looks only at the sentences in its window
    positions = [m.root.i for m in mentions]
    sentences = [m.sentence for m in mentions]
    out: list[Resolution] = []
    prior: dict[str, int] = defaultdict(int)  # mentions of each entity before the token
    counted = 0  # (new mentions are inserted after the counted prefix)
    for tok in table.tokens:
        if tok.pos_ not in _REFERRING_POS and tok.lemma_.lower() != "counterpart":
            continue  # (no pronoun, name or description: see the tests below)
        low = tok.lower_
        found: tuple[str, float] | None = None
        is_pronoun = low in w.pronouns and tok.pos_ == "PRON" and table.key_of(tok) is None
        # (any pronoun an editor's bracket names, "we" and "I" too: "We [Ashodaya] operates")
        named = bracketed_name(tok, table) if tok.pos_ == "PRON" and \
            table.key_of(tok) is None else None
        is_short = not is_pronoun and is_short_name(tok, table)
        counterpart = not is_pronoun and is_counterpart(tok, table)
        kin = not is_pronoun and not is_short and is_kin(tok, table)
        owned = not is_pronoun and is_owned_body(tok, table)
        if not named and not is_pronoun and not is_short and not counterpart and not kin \
                and not owned and not is_description(tok, table):
            continue
        sentence = table.sentence_index(tok)
        before = bisect_left(positions, tok.i)
        if named:
            found, span, kind = named, doc[tok.i:tok.i + 1], "pronoun"
        elif is_pronoun:
            start = bisect_left(sentences, sentence - PRONOUN_WINDOW, 0, before)
            while counted < before:  # mentions so far, counted once each (linear)
                prior[mentions[counted].key] += 1
                counted += 1
            found = resolve_pronoun(tok, mentions[start:before], table, genders, event_verbs,
                                     prior, bodies, quoted.get(tok.i, frozenset()),
                                     opened.get(tok.i))
            span, kind = doc[tok.i:tok.i + 1], "pronoun"
        else:
            span, kind = np_span(tok), "description"
            start = bisect_left(sentences, sentence - 2 * DESCRIPTION_WINDOW, 0, before)
            if owned:
                if owners is None:
                    owners = {**affiliations(doc, table), **bodies}
                found = resolve_owned_body(tok, owners, table)
            elif kin:
                found = resolve_kin(tok, mentions[:before], table, genders)
            elif counterpart:
                found = resolve_counterpart(tok, list(roles), mentions[start:before], table)
            elif is_short and low not in w.titles:
                found = resolve_short_name(tok, mentions[:before], table)
            elif (tok.lemma_.lower() in w.name_heads or tok.lemma_.lower() in w.name_cues) \
                    and tok.tag_ == "NN":
                found = resolve_name_head(tok, mentions[start:before], table)
            elif ((lemma := tok.lemma_.lower()) in w.person_heads or lemma in w.agent_nouns) \
                    and tok.tag_ == "NN" and low not in w.titles:
                # the person introduced with a fitting noun, else the one who did what
                # the noun names ("the attacker": the one who stabbed)
                found = resolve_person_description(tok, mentions[:before], table) \
                    if lemma in w.person_heads else None
                if found is None and lemma in w.agent_nouns:
                    found = resolve_agent_noun(tok, mentions[:before], table)
            elif low in w.titles:
                found = resolve_title(tok, span, list(roles), mentions[:before], table)
            elif tok.lemma_.lower() in w.description_heads or (
                    tok.tag_ in ("NNS", "NNPS") and low in w.plural_heads):
                found = resolve_type_description(tok, span, mentions[start:before], table,
                                                  names)
                if found is not None and tok.lemma_.lower() in w.product_heads:
                    fold_product_name(span, found[0], mentions, table)
        if found is None:
            continue
        key, confidence = found
        table.add(span, table.type_of(key), table.name_of(key), kind=kind, key=key)
        # later pronouns can take this mention as their antecedent
        at = bisect_right(positions, tok.i)
        mentions.insert(at, Mention(key, tok, sentence))
        positions.insert(at, tok.i)
        sentences.insert(at, sentence)
        out.append(Resolution(table.text_of(span), span.start_char, span.end_char, key, kind,
                              confidence))
        if kind == "description" and tok.dep_ == "poss" and isinstance(roles, list):
            complete_roles(roles, span, key, table)
    return out
