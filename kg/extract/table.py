"""The per-article entity table every extraction step reads and adds to.

Built while one Doc is read, then frozen into ``kg.model.Entity`` values. It maps
tokens to entity keys so that later steps (roles, coreference, relations, events)
can ask "which entity is this token part of?".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import HEAD, POS
from spacy.tokens import Doc, Span, Token

from kg.extract.components import ORIGINAL_TEXT
from kg.model import Entity, Mention
from kg.vocab import entity_key


@dataclass
class _Draft:
    key: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    kind: str = "name"  # name | description
    value: float | None = None
    unit: str | None = None


def _places(draft: _Draft) -> int:
    """How many places mention a draft entity (a span recorded by two steps counts once)."""
    return len({m.start for m in draft.mentions})


class EntityTable:
    """Entities of one article under construction, indexed by token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        #: the doc's Tokens made once (``doc[i]`` and iterating a Doc make new ones each
        #: time, which is most of extraction's cost); equal to ``doc[i]`` in every way
        self.tokens: tuple[Token, ...] = tuple(doc)
        self._text: str | None = None
        #: where the text as given has an en dash the tokenizer read as a hyphen
        self._dashes: list[int] | None = None
        self._children: list[tuple[Token, ...]] | None = None
        #: each token's head index (``Token.head`` makes a new Token on every access);
        #: the array holds offsets as unsigned integers, so negative ones wrap around
        self._heads: list[int] = (doc.to_array(HEAD).view("int64")
                                  + range(len(doc))).tolist() if len(doc) else []
        self._drafts: dict[str, _Draft] = {}
        self._by_token: dict[int, str] = {}
        #: mentions of an entity (by key) in the article's other windows, which
        #: :meth:`mention_count` adds: a long article read in windows counts like a whole one
        self.elsewhere: dict[str, int] = {}
        self._ents: tuple[Span, ...] | None = None
        self._verbs: list[int] | None = None
        self._sentence_of: list[int] = [0] * len(doc)
        self._bounds: list[tuple[int, int]] = []
        #: ``doc.sents`` read once: the property walks every token on each access
        self.sents: tuple[Span, ...] = tuple(doc.sents)
        for index, sent in enumerate(self.sents):
            self._bounds.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self._sentence_of[i] = index

    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, read once (the property walks every token on each access)."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def head(self, token: Token) -> Token:
        """``token.head``, one of :attr:`tokens`."""
        return self.tokens[self._heads[token.i]]

    def under(self, token: Token, head: Token) -> bool:
        """Whether ``token`` is ``head`` or in its parse subtree (by :meth:`head`)."""
        for _ in range(len(self.tokens)):  # (bounded: a repaired parse is still a tree)
            if token.i == head.i:
                return True
            up = self.head(token)
            if up.i == token.i:
                return False
            token = up
        return False

    def children(self, token: Token) -> tuple[Token, ...]:
        """``token.children`` (the tokens whose head it is, in text order), one of
        :attr:`tokens` each; the property makes new Tokens on every access."""
        if self._children is None:
            tokens, kids = self.tokens, [[] for _ in self.tokens]
            for i, head in enumerate(self._heads):
                if head != i:
                    kids[head].append(tokens[i])
            self._children = [tuple(k) for k in kids]
        return self._children[token.i]

    def lefts(self, token: Token) -> tuple[Token, ...]:
        """``token.lefts``: its children before it."""
        i = token.i
        return tuple(c for c in self.children(token) if c.i < i)

    def rights(self, token: Token) -> tuple[Token, ...]:
        """``token.rights``: its children after it."""
        i = token.i
        return tuple(c for c in self.children(token) if c.i > i)

    def original_text(self) -> str:
        """``components.original_text(doc)``: the text with wrapped lines restored, else
        the doc's text (joined from :attr:`tokens`, not made again by ``doc.text``)."""
        return self.doc.user_data.get(ORIGINAL_TEXT) or self.text

    @property
    def text(self) -> str:
        """``doc.text``, joined once from :attr:`tokens`."""
        if self._text is None:
            self._text = "".join([t.text_with_ws for t in self.tokens])
        return self._text

    def text_of(self, span: Span) -> str:
        """``span.text`` sliced from the doc's text (``Span.text`` makes every token), with
        any en dash the tokenizer read as a hyphen given back ("Export–Import Bank")."""
        if len(span) == 0:
            return span.text
        start, end = span.start_char, span.end_char
        piece = self.text[start:end]
        if self._dashes is None:
            given = self.doc.user_data.get(ORIGINAL_TEXT) or ""
            self._dashes = [i for i, c in enumerate(given) if c == "\u2013"
                            and self.text[i] == "-"] if "\u2013" in given else []
        if self._dashes and "-" in piece:
            chars = list(piece)
            for i in self._dashes:
                if start <= i < end:
                    chars[i - start] = "\u2013"
            piece = "".join(chars)
        return piece

    def sentence_bounds(self, token: Token) -> tuple[int, int]:
        """(start, end) token indexes of the token's sentence (``Token.sent`` walks the
        sentence on every call)."""
        return self._bounds[self._sentence_of[token.i]] if self._bounds else (0, 0)

    def verbs_in_sentence(self, token: Token) -> int:
        """How many verbs (not auxiliaries) the token's sentence has, counted once per
        sentence from the doc's part-of-speech array."""
        if self._verbs is None:
            verb = self.doc.vocab.strings["VERB"]
            is_verb = (self.doc.to_array(POS) == verb).tolist() if len(self.doc) else []
            self._verbs = [sum(is_verb[a:b]) for a, b in self._bounds]
        return self._verbs[self._sentence_of[token.i]] if self._verbs else 0

    def sentence_index(self, token_or_span: Token | Span) -> int:
        i = token_or_span.i if isinstance(token_or_span, Token) else token_or_span.start
        return self._sentence_of[i]

    def add(self, span: Span, type_: str, name: str, kind: str = "name",
            key: str | None = None) -> str:
        """Record ``span`` as a mention of the entity (``type_``, ``name``); return its key.

        ``key`` forces the mention onto an existing entity (coreference, merged names).
        """
        key = key or entity_key(type_, name)
        draft = self._drafts.get(key)
        if draft is None:
            draft = self._drafts[key] = _Draft(key, type_, name)
        elif kind == "name" and len(name) > len(draft.name):
            draft.name = name  # prefer the fullest form: "Vladimir Putin" over "Putin"
        text = self.text_of(span)
        if kind == "name" and text != draft.name:
            draft.aliases.add(text)
        draft.mentions.append(Mention(
            start=span.start_char, end=span.end_char, text=text,
            sentence=self.sentence_index(span), kind=kind))
        for i in range(span.start, span.end):
            self._by_token.setdefault(i, key)
        return key

    def describe(self, span: Span, type_: str, value: float | None = None,
                 unit: str | None = None, key: str | None = None,
                 name: str | None = None) -> str:
        """Record an unnamed participant ("a gunman", "two people", "$13.5 million") as an
        entity of its own (kind "description", scoped to the article); ``key`` adds this
        span as another mention of a description already recorded ("the gunman");
        ``name`` names it otherwise than its words ("whose members": "the party's
        members")."""
        text = self.text_of(span)
        if key is None:
            key = f"{entity_key(type_, name or text)}#{span.start_char}"
            self._drafts[key] = _Draft(key, type_, name or text, kind="description",
                                       value=value, unit=unit)
        self._drafts[key].mentions.append(Mention(
            start=span.start_char, end=span.end_char, text=text,
            sentence=self.sentence_index(span), kind="description"))
        for i in range(span.start, span.end):
            self._by_token.setdefault(i, key)
        return key

    def set_amount(self, key: str, value: float | None, unit: str | None) -> None:
        """The value and unit of a quantity, kept once read."""
        draft = self._drafts[key]
        if draft.value is None:
            draft.value, draft.unit = value, unit

    def mention_kind(self, key: str, token: Token) -> str | None:
        """How ``token`` mentions entity ``key``: name, title, pronoun or description
        (None when no mention of it covers the token)."""
        draft = self._drafts.get(key)
        if draft is None:
            return None
        at = token.idx
        return next((m.kind for m in draft.mentions if m.start <= at < m.end), None)

    def mention_count(self, key: str) -> int:
        """How many places in the article mention entity ``key`` (a span recorded twice,
        by two steps, counts once), its other windows' included."""
        draft = self._drafts.get(key)
        here = _places(draft) if draft is not None else 0
        return here + self.elsewhere.get(key, 0)

    def mention_counts(self) -> dict[str, int]:
        """Every entity's mentions in this Doc alone (what other windows add to theirs)."""
        return {key: _places(d) for key, d in self._drafts.items()}

    def is_description(self, key: str) -> bool:
        return self._drafts[key].kind == "description"

    def key_of(self, token: Token) -> str | None:
        """The entity a token belongs to, if any."""
        return self._by_token.get(token.i)

    def type_of(self, key: str) -> str:
        return self._drafts[key].type

    def name_of(self, key: str) -> str:
        return self._drafts[key].name

    def keys(self) -> list[str]:
        return list(self._drafts)

    def retype(self, key: str, type_: str) -> str:
        """Change an entity's type (e.g. PERSON -> Facility); returns its new key."""
        draft = self._drafts.pop(key)
        new_key = entity_key(type_, draft.name)
        if new_key in self._drafts:  # merge with an entity already of that type
            target = self._drafts[new_key]
            target.mentions.extend(draft.mentions)
            target.aliases |= draft.aliases
        else:
            draft.key, draft.type = new_key, type_
            self._drafts[new_key] = draft
        for tok, k in list(self._by_token.items()):
            if k == key:
                self._by_token[tok] = new_key
        return new_key

    def merge(self, source: str, target: str) -> None:
        """Fold entity ``source`` into ``target`` ("Putin" into "Vladimir Putin")."""
        if source == target:
            return
        src = self._drafts.pop(source)
        dst = self._drafts[target]
        dst.mentions.extend(src.mentions)
        dst.aliases |= src.aliases | {src.name}
        dst.aliases.discard(dst.name)
        for tok, k in list(self._by_token.items()):
            if k == source:
                self._by_token[tok] = target

    def freeze(self) -> tuple[Entity, ...]:
        out = []
        for d in self._drafts.values():
            mentions = tuple(sorted(set(d.mentions), key=lambda m: (m.start, m.end)))
            name = d.name
            if self._dashes and "-" in name:
                # a name made from a span's tokens has the tokenizer's hyphen; its
                # mention has the dash as given ("Export–Import Bank")
                name = next((m.text for m in mentions if "\u2013" in m.text and
                             m.text.replace("\u2013", "-") == name), name)
            out.append(Entity(key=d.key, type=d.type, name=name, mentions=mentions,
                              aliases=tuple(sorted(d.aliases - {d.name, name})), kind=d.kind,
                              value=d.value, unit=d.unit))
        return tuple(sorted(out, key=lambda e: e.mentions[0].start if e.mentions else 0))


def is_headline(sent: Span) -> bool:
    """A line without a full stop, followed by a blank line: a headline."""
    text = sent.text.rstrip()
    after = sent.doc[sent.end - 1].text if sent.end > sent.start else ""
    return bool(text) and text[-1] not in ".!?\"'”" and ("\n\n" in sent.text_with_ws[-4:]
                                                       or after.count("\n") >= 2
                                                       or sent.end == len(sent.doc))
