"""Quotations: who speaks them, and the first-person pronouns inside a claim's
words."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract.coref.base import discourse_words, phrase_core, Resolution, SUBJECT_DEPS
from kg.extract.roles import affiliations
from kg.extract.table import EntityTable
from kg.model import Claim, Role
from kg.vocab import ROLE_PROPERTIES


def quotation_spans(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """[start, end) token ranges between quotation marks, a paragraph break ending any
    (``tokens``: a Doc, or its tokens already made)."""
    out: list[tuple[int, int]] = []
    start = None
    for tok in tokens:
        text = tok.text
        if "\n" in text:
            start = None
            continue
        if text == "\u201c" or (text == '"' and start is None):
            start = tok.i + 1
        elif text in ('"', "\u201d") and start is not None:
            out.append((start, tok.i))
            start = None
    return out


def quoted_tokens(tokens: list[Token]) -> set[int]:
    """The indices of the tokens inside quotation marks (``quotation_spans``)."""
    return {i for start, end in quotation_spans(tokens) for i in range(start, end)}


def quote_speakers(doc: Doc, table: EntityTable, bodies: dict[str, str],
                    quotations: list[tuple[int, int]] | None = None
                    ) -> dict[int, frozenset[str]]:
    """Token index inside a quotation -> the entities speaking it: subjects of a speech
    verb outside the marks in the sentence the quotation opens or closes in, and the
    bodies they speak for."""
    speech = discourse_words().speech
    out: dict[int, frozenset[str]] = {}
    for start, end in quotation_spans(doc) if quotations is None else quotations:
        if end <= start:
            continue
        keys: set[str] = set()
        for first, last in {table.sentence_bounds(table.tokens[start]),
                            table.sentence_bounds(table.tokens[end - 1])}:
            for tok in table.tokens[first:last]:
                if start <= tok.i < end or tok.dep_ not in SUBJECT_DEPS or \
                        table.head(tok).lemma_ not in speech:
                    continue
                for i in phrase_core(tok, table):
                    key = table.key_of(table.tokens[i])
                    if key is not None:
                        keys.add(key)
        keys |= {bodies[k] for k in keys if k in bodies}
        if keys:
            frozen = frozenset(keys)
            out.update((i, frozen) for i in range(start, end))
    return out


def bodies_of(roles: list[Role] | tuple[Role, ...]) -> dict[str, str]:
    """Person -> the one organisation or country they hold a role in (the body they
    speak for), for those who hold roles in exactly one."""
    of: dict[str, set[str]] = defaultdict(set)
    for r in roles:
        # a job's organisation is where one works or comes from ("US actor"), no body one
        # speaks for: roles.affiliations gives the organisations of jobs that are
        if r.organization and not r.former and ROLE_PROPERTIES.get(r.role) != "affiliatedWith":
            of[r.holder].add(r.organization)
    return {holder: next(iter(orgs)) for holder, orgs in of.items() if len(orgs) == 1}


#: First-person pronouns of a quotation: the one quoted ("I") and the body they speak
#: for ("we").
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
#: The one addressed: in an interviewer's turn, the person interviewed.
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})
#: The labels of Wikinews' interviewer ("((WN))").
_INTERVIEWER_LABELS = frozenset({"wn", "wikinews"})


_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})


def _narrated(span: Span, quoted: set[int]) -> bool:
    """Whether the sentence framing an unquoted claim speaks in the first person singular
    outside the claim's words and outside quotation marks (``quoted``: their token
    indices): "Seemanna told me that ...", "I heard him say that my ...". Then an "I" or
    "me" inside is that narrator, not the one reported; one in the same quotation
    ('"I am asking all Americans ... which I endorse"') is still the one quoted."""
    if span.start in quoted:
        return False
    return any(t.lower_ in _FIRST_SINGULAR and t.pos_ == "PRON" and t.i not in quoted and
               not span.start <= t.i < span.end for t in span.sent)


def resolve_quoted(doc: Doc, table: EntityTable, claims: list[Claim] | tuple[Claim, ...],
                   roles: list[Role] | tuple[Role, ...] = ()) -> list[Resolution]:
    """First-person pronouns inside a claim's words refer to whoever is quoted: '"I signed
    the bill," Ivey said' -> "I" is Ivey; '"We stand ready," tweeted Johnson' -> "we" is
    the one organisation or country the quoted person holds a role in (the organisation
    or country itself when it is quoted; for someone holding no role there, the
    organisation they were introduced with: '"We have to dock," SpaceX founder Elon Musk
    said' -> SpaceX). Added to ``table`` like ``resolve``'s."""
    bodies = {**affiliations(doc, table), **bodies_of(roles)}
    # the table's Tokens: iterating the Doc would make every Token again
    quoted = quoted_tokens(table.tokens)
    out: list[Resolution] = []
    for claim in claims:
        if claim.speaker is None:  # (reported speech has no first person: "I", "we"
            continue               # in a claim's words are quoted, marked or not)
        type_ = table.type_of(claim.speaker)
        if type_ == "Person":
            singular, plural = claim.speaker, bodies.get(claim.speaker)
        elif type_ in ("Organization", "Country"):
            singular, plural = None, claim.speaker
        else:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is not None and not claim.quote and _narrated(span, quoted):
            continue  # "Seemanna told me that they might harm me": the narrator's "me"
        for tok in span if span is not None else ():
            if tok.pos_ != "PRON" or table.key_of(tok) is not None:
                continue
            key = singular if tok.lower_ in _FIRST_SINGULAR else \
                plural if tok.lower_ in _FIRST_PLURAL else None
            if key is None:
                continue
            mention = doc[tok.i:tok.i + 1]
            table.add(mention, table.type_of(key), table.name_of(key), kind="pronoun", key=key)
            out.append(Resolution(mention.text, mention.start_char, mention.end_char, key,
                                  "pronoun", 0.8))
    return out


def _label(tokens: list[Token], i: int, table: EntityTable
           ) -> tuple[str | None, int, str] | None:
    """An interview's speaker label at token ``i`` (its "((", at a paragraph's start): the
    person it names ("((Anthony Boccaletti))"; None for the interviewer's "((WN))" or a
    name kg did not read as a person's), the token after it, and its words; None for no
    label (a bracketed aside)."""
    # (the caller found its "((")
    if not (i + 5 < len(tokens) and (i == 0 or "\n" in tokens[i - 1].text or
                                     tokens[i - 1].is_space or
                                     "\n" in tokens[i - 1].whitespace_)):
        return None
    end = next((j for j in range(i + 2, min(i + 10, len(tokens) - 1))
                if tokens[j].text == ")" and tokens[j + 1].text == ")"), None)
    if end is None or end == i + 2:
        return None
    keys = {table.key_of(t) for t in tokens[i + 2:end]}
    key = keys.pop() if len(keys) == 1 else None
    words = " ".join(t.text for t in tokens[i + 2:end])
    if key is None and words.lower() not in _INTERVIEWER_LABELS:
        key = _labelled_person(tokens[i + 2].doc[i + 2:end], words, table)
    return (key if key is not None and table.type_of(key) == "Person" else None), end + 2, \
        words


def _labelled_person(span: Span, words: str, table: EntityTable) -> str | None:
    """The person a label the entity model left untagged names ("((Naomi Martisius))",
    "((Jaya))"): the person of the article whose name (or surname) it is, else a person
    of its own when it reads as a name (capitalised words, not initials like "((WSS))");
    recorded as a mention of them."""
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span) or \
            len(span) > 4:
        return None
    people = [k for k in table.keys() if table.type_of(k) == "Person"]
    key = next((k for k in people if table.name_of(k) == words), None)
    if key is None:
        ending = [k for k in people if table.name_of(k).split()[-1] == words.split()[-1]]
        key = ending[0] if len(ending) == 1 else None
    return table.add(span, "Person", table.name_of(key) if key else words, key=key)


def _labels(tokens: list[Token], table: EntityTable
            ) -> dict[int, tuple[str | None, int, str]]:
    """Every speaker label of an interview, by the index of its "((" """
    return {i: found for i in range(len(tokens) - 1)
            if tokens[i].text == "(" and tokens[i + 1].text == "("
            and (found := _label(tokens, i, table)) is not None}


def resolve_turns(doc: Doc, table: EntityTable) -> list[Resolution]:
    """The persons of an interview's turns: "I", "me" and "my" in an answer are the person
    its speaker label names ("((Anthony Boccaletti)) I was involved because I also took
    part in the building of the instrument" -> Boccaletti took part); "you" and "your" in
    the interviewer's turn ("((WN)) You said that you wrote to the government") are the one
    person answering, when one only does (a panel's "you" may be any of them, or all). A
    turn runs to the next label; words inside quotation marks are someone's quoted (maybe
    another's), and an unlabelled turn resolves nothing. Added to ``table`` like
    ``resolve``'s."""
    if "((" not in table.text:
        return []  # (no interview: no pass over the tokens)
    tokens = table.tokens
    labels = _labels(tokens, table)
    if not labels:
        return []
    # the one interviewed: the one label other than the interviewer's, naming a person
    answering = {words: key for key, _, words in labels.values()
                 if words.lower() not in _INTERVIEWER_LABELS}
    interviewed = next(iter(answering.values())) if len(answering) == 1 else None
    quoted = quoted_tokens(tokens)
    out: list[Resolution] = []
    # (who "I" is, who "you" is) in the turn being read
    persons: tuple[str | None, str | None] = (None, None)
    i = 0
    while i < len(tokens):
        if i in labels:
            key, i, words = labels[i]
            persons = (None, interviewed) if words.lower() in _INTERVIEWER_LABELS else \
                (key, None)
            continue
        tok = tokens[i]
        key = persons[0] if tok.lower_ in _FIRST_SINGULAR else \
            persons[1] if tok.lower_ in _SECOND_PERSON else None
        if key is not None and tok.pos_ == "PRON" and i not in quoted and \
                table.key_of(tok) is None:
            mention = doc[i:i + 1]
            table.add(mention, "Person", table.name_of(key), kind="pronoun", key=key)
            out.append(Resolution(mention.text, mention.start_char, mention.end_char,
                                  key, "pronoun", 0.8))
        i += 1
    return out
