"""Roles from titles and appositions: "Kremlin spokesman, Dmitry Peskov" -> spokesperson of Kremlin.

Three constructions around a person's name, all read from the dependency parse:

- a title before the name: "Syrian President Bashar Assad", "Russia's Foreign Minister
  Sergei Lavrov" (compound/amod/poss tokens whose head is the name);
- an apposition: "Kremlin spokesman, Dmitry Peskov," / "Dmitry Peskov, the Kremlin
  spokesman," / "Emmanuel Macron, president of France," — only when the appositive
  contains a title word, so a comma list of names gives no role;
- a copula: "Peskov is the Kremlin spokesman".

The organisation is an entity inside the title (compound, possessive, a demonym the
entity step read as its country) or the object of "of"/"for"/"at" after it; when the
text names none, the role has no organisation rather than a guessed one.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons
from kg.extract.table import EntityTable
from kg.model import Role
from kg.vocab import ROLE_PROPERTIES  # noqa: F401 - still importable from the role step

#: Entity types that can be the organisation of a role.
ORG_TYPES = frozenset({"Organization", "Country", "Place", "Group", "Facility"})
#: Words that make a title a past one: "former", "then-President", "the late King".
_PAST = frozenset({"former", "formerly", "previously", "ex", "then", "late", "erstwhile"})
#: Verbs that say someone holds a position ("is", "became") or was put in it.
_COPULAS = frozenset({"be", "become", "remain"})
#: Verbs whose "as" phrase is a position held: "served as mayor of Denver".
_SERVING = frozenset({"serve", "work", "act", "remain", "continue"})
#: Verbs whose "as" phrase is a position left, so held before: "resigned as prime minister
#: of Japan", "stepped down as chief executive".
_LEAVING = frozenset({"resign", "step", "quit", "retire"})
_INSTALLING = frozenset({"elect", "reelect", "re-elect", "appoint", "name", "nominate",
                         "choose", "select", "confirm", "install", "sworn", "swear"})
_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod"})


class _Title(NamedTuple):
    """A title read from a phrase: the role's name, the organisation's key, whether the
    phrase says it was held before, and the country a job is qualified with."""

    name: str
    organization: str | None
    former: bool
    nationality: str | None = None


class _Titles:
    def __init__(self) -> None:
        lex = lexicons.roles()
        self.titles: dict[str, str] = lex["titles"]
        # matched on tokens without punctuation, where "co-author" is "co", "author"
        self.multi = sorted((t for t in self.titles if " " in t or "-" in t),
                            key=lambda t: -len(t))
        #: the multi-word titles as words, by their last word, longest first as in
        #: ``multi``: a phrase's last word picks the few that can end there
        ending: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for title in self.multi:
            words = tuple(title.replace("-", " ").split())
            ending.setdefault(words[-1], []).append((title, words))
        self.multi_ending = {last: tuple(ts) for last, ts in ending.items()}
        self.modifiers: dict[str, str] = lex["modifiers"]
        self.portfolios: dict[str, str] = lex["portfolios"]
        self.jobs = frozenset(lex["jobs"])
        self.work_nouns = frozenset(lex["work_nouns"])
        self.verbs: dict[str, str] = lex.get("verbs", {})
        self.ranks = frozenset(lex["ranks"])
        self.org_nouns = _org_nouns()
        #: "Lord", "Dr", "General": words before a name that are no organisation's
        self.name_titles = frozenset(lexicons.entities()["name_titles"])
        #: nouns of a place ("nation", "country", "city"): one a people's adjective only
        #: describes is no body holding a position (nodes.json place_nouns)
        self.place_nouns = frozenset(lexicons.load_json("nodes.json")["place_nouns"])
        self.institutions = frozenset(lex["institutions"])
        self.state_offices = frozenset(lex["state_offices"])
        self.party_adjectives = frozenset(lex["party_adjectives"])
        self.portfolio_titles = frozenset(lex["portfolio_titles"])
        self.heads = frozenset(t.split()[-1] for t in self.titles)
        #: one-word titles that are also a title's last word: what a plural may be
        self.placeable = frozenset(w for w in self.heads if w in self.titles)


@lru_cache(maxsize=1)
def _titles() -> _Titles:
    return _Titles()


def _sought(tok: Token, inside: set[int], t: _Titles) -> bool:
    """A title in a "for" phrase of another title of the phrase: the position that one
    runs for or serves ("the nominee for President of the United States", "a candidate
    for mayor", "the spokesman for the President"), not one its holder has."""
    prep = tok.head
    return (tok.lower_ in t.titles or tok.lower_ in t.multi_ending) and \
        prep.dep_ == "prep" and prep.lower_ == "for" and prep.head.i in inside and \
        prep.head.lower_ in t.titles


def _sought_phrases(title: Token, table: EntityTable, t: _Titles) -> set[int]:
    """The words of each "for" phrase of ``title`` that names a sought title (what
    ``_sought`` skips), whose organisation is not the title's either ("nominee for
    President of the United States": not the United States')."""
    return {x.i for prep in table.children(title)
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for obj in table.children(prep) if _sought(obj, {title.i}, t)
            for x in prep.subtree}


def _unprefixed(word: str, t: "_Titles") -> str:
    """A title word without the "ex-" kg's tokenizer keeps it in one token with
    ("ex-president" -> "president", a past one: see ``_role_from``)."""
    if word in t.titles or not word.startswith("ex-"):
        return word
    return word[3:]


def _find_title(tokens: list[Token], t: _Titles) -> tuple[str, int, int] | None:
    """The last title in ``tokens``: (normalised title, start index, end index) in the list.

    Multi-word titles ending at a position win over their last word ("Secretary General").
    """
    low = [_unprefixed(tok.lower_, t) for tok in tokens]
    inside = {tok.i for tok in tokens}
    for end in range(len(low), 0, -1):
        if _sought(tokens[end - 1], inside, t):
            continue
        for title, words in t.multi_ending.get(low[end - 1], ()):
            n = len(words)
            if end >= n and tuple(low[end - n:end]) == words:
                return t.titles[title], end - n, end
        if low[end - 1] in t.titles and (tokens[end - 1].pos_ in ("NOUN", "PROPN") or (
                end == len(low) and end > 1 and tokens[end - 1].pos_ == "VERB"
                and tokens[end - 2].pos_ == "PROPN")):
            # (right before the name, after another name, a title the tagger read as a
            # verb is still one: "Caloundra coach Geoff Ingram said")
            return t.titles[low[end - 1]], end - 1, end
        # a plural title only right before the names, not inside an organisation's name
        # ("the Speaker of the House of Representatives")
        if end == len(low) and tokens[end - 1].ent_iob_ != "I" and \
                _before_a_name(tokens[end - 1]) and \
                (single := _singular_title(tokens[end - 1], t)) is not None:
            return t.titles[single], end - 1, end
    return None


def _organisation(tokens: list[Token], title_tok: Token, table: EntityTable,
                  t: _Titles) -> str | None:
    """An organisation or country named with the title: "of Syria", "Kremlin", "Russia's".

    The entity nearest the title wins ("Chinese Foreign Ministry spokesman"); a word
    of the title itself the model took for a name ("Defense Secretary") is not one.
    """
    heads = [title_tok]
    located = None  # "the UNICEF representative in Nigeria": where, after whose
    for _ in range(2):  # "minister of defense of Ukraine": follow the of-chain
        objs = [(child.lower_, obj) for h in heads for child in table.rights(h)
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in")
                for obj in table.children(child) if obj.dep_ == "pobj"
                and obj.i not in _sought_phrases(h, table, t)]
        for prep, obj in objs:
            if key := _org_key(obj, table, t):
                if prep != "in":
                    return key
                located = located or key
        heads = [obj for _, obj in objs]
    before = [tok for tok in reversed(tokens) if tok.i < title_tok.i]
    after = [tok for tok in tokens if tok.i > title_tok.i]
    for tok in before + after:
        if (key := _org_key(tok, table, t)) and key != located:
            return key
    if located:
        return located
    for tok in before:  # "its leader", "the company's chief executive"
        if tok.dep_ == "poss" and (tok.lower_ in _POSSESSIVE_IT
                                   or tok.lemma_.lower() in t.org_nouns):
            return _antecedent_organisation(tok, table)
    return None


def _org_key(tok: Token, table: EntityTable, t: _Titles) -> str | None:
    """The organisation or country ``tok`` names, unless it is a word of the title itself
    the model took for a name ("Defense Secretary")."""
    key = table.key_of(tok)
    if key is None or table.type_of(key) not in ORG_TYPES:
        return None
    if (tok.lower_ in t.modifiers or tok.lower_ in t.portfolios) and tok.dep_ != "poss":
        return None  # (a possessive owns the title: "Labour's leader", no Labour Secretary)
    if table.type_of(key) == "Group" and tok.dep_ == "amod" and \
            table.head(tok).lemma_.lower() in t.place_nouns:
        return None  # "president of the African nation": a kind of country, no body
    return key


def _named_like(tok: Token, table: EntityTable) -> str | None:
    """'the party's' far from any subject: the latest organisation named '... Party'."""
    word = tok.lemma_.lower()
    for i in range(tok.i - 1, -1, -1):
        key = table.key_of(table.tokens[i])
        if key and table.type_of(key) == "Organization" and \
                word in table.name_of(key).lower().split():
            return key
    return None


def _field_of_job(tokens: list[Token], i: int, title: str, start: int, end: int,
                  table: EntityTable, t: _Titles) -> int | None:
    """Where the field of a job title starts, when ``tokens[i]`` is a lower-case noun the
    parser compounds onto it ("fashion" designer, "video game" developer, "high school"
    teacher: the noun with its own lower-case modifiers): the field names the job. None
    for an organisation's common noun ("company spokesman": whose, not what kind), a work's
    ("study co-author": which work), a word of a name, or before an office (a minister's
    portfolio is the modifiers')."""
    tok = tokens[i]
    if title not in t.jobs or tok.dep_ != "compound" or tok.pos_ != "NOUN" or \
            not tok.is_lower or not tok.is_alpha or table.key_of(tok) is not None or \
            tok.lemma_.lower() in t.org_nouns or tok.lower_ in t.titles or \
            tok.lemma_.lower() in t.work_nouns or \
            not any(tok.head.i == w.i for w in tokens[start:end]):
        return None
    first = i
    while first > 0 and tokens[first - 1].i == tokens[first].i - 1 and \
            tokens[first - 1].head.i in {w.i for w in tokens[first:i + 1]} and \
            tokens[first - 1].dep_ in ("amod", "compound") and \
            tokens[first - 1].is_lower and tokens[first - 1].is_alpha and \
            tokens[first - 1].lower_ not in t.modifiers:
        first -= 1  # ("high" school: the field's own modifier)
    return first


@lru_cache(maxsize=1)
def _org_nouns() -> frozenset[str]:
    return frozenset(lexicons.entities()["org_common_nouns"])


#: Possessive pronouns that can stand for an organisation.
_POSSESSIVE_IT = frozenset({"its", "their", "whose"})


def _antecedent_organisation(tok: Token, table: EntityTable) -> str | None:
    """The organisation 'its' / 'the company's' refers back to: the subject of this or
    the previous sentence when it is an organisation ('Barclays said ... The bank's
    chief executive'), else the nearest organisation named before, in that window."""
    sent = tok.sent
    start = table.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
    nearest = None
    for i in range(tok.i - 1, start - 1, -1):
        key = table.key_of(table.tokens[i])
        if key is None and i >= sent.start and table.tokens[i].pos_ == "NOUN" and \
                table.tokens[i].lemma_.lower() in _org_nouns() and \
                not any(table.key_of(c) for c in table.tokens[i].children):
            return None  # "the federation's headquarters ... its president": unnamed
        if key is None or table.type_of(key) != "Organization":
            continue
        nearest = nearest or key
        word = table.tokens[i]
        while word.dep_ in ("compound", "flat") and table.head(word).i > word.i:
            word = table.head(word)
        if word.dep_ in ("nsubj", "nsubjpass"):
            return key
    return nearest or (_named_like(tok, table) if tok.pos_ == "NOUN" else None)


def _described(obj: Token) -> bool:
    """'the state of Goa', 'the Defence of Human Rights' after 'Minister of' / 'League
    for': a thing described with its own of-phrase, not a portfolio ("Minister of State",
    "Minister of the Interior" have none)."""
    return any(c.dep_ == "det" for c in obj.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _portfolio(title_tok: Token, t: _Titles) -> str | None:
    """'minister of defense' / 'minister for foreign affairs' -> 'defence' / 'foreign'."""
    for child in title_tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj" and not _described(obj):
                    phrase = " ".join(x.lower_ for x in obj.subtree)
                    for name in (phrase, obj.lower_):
                        if name in t.portfolios:
                            return t.portfolios[name]
    return None


def _in_org_name(tok: Token, table: EntityTable) -> bool:
    """'General' of 'General Administration of Sport' names no rank: a word inside an
    organisation's name, with more of the name after it."""
    nxt = _org_name_word_beside(tok, 1, table)
    return nxt is not None and nxt.is_title


def _ends_an_org_name(tok: Token, table: EntityTable) -> bool:
    """'Justice' of 'Department of Justice': the last word of an organisation's name of
    several words."""
    return _org_name_word_beside(tok, -1, table) is not None


def _org_name_word_beside(tok: Token, step: int, table: EntityTable) -> Token | None:
    """The word ``step`` away from ``tok`` when both are words of one organisation's (or
    facility's) name."""
    key = table.key_of(tok)
    i = tok.i + step
    if key is None or not 0 <= i < len(table.tokens) or \
            table.type_of(key) not in ("Organization", "Facility"):
        return None
    return table.tokens[i] if table.key_of(table.tokens[i]) == key else None


def _role_from(tokens: list[Token], table: EntityTable, t: _Titles, apposed: bool = False
               ) -> _Title | None:
    """(role name, organisation key, former) from the words of a title phrase (``apposed``:
    a phrase beside the name, not the words before it), if it has a title."""
    words = [tok for tok in tokens if not tok.is_punct and tok.dep_ != "det"]
    tokens = [tok for tok in words if not _in_org_name(tok, table)]
    found = _find_title(tokens, t)
    whole = _find_title(words, t)
    inside: set[int] = set()  # words of the title the model took for a name
    if whole is not None and whole[2] - whole[1] > 1 and \
            any(_in_org_name(tok, table) for tok in words[whole[1]:whole[2]]):
        # "National Security Adviser": a title the model took the start of for a name,
        # which is then no organisation of it either
        tokens, found = words, whole
        inside = {tok.i for tok in words[whole[1]:whole[2] - 1]}
    if found is None:
        return None
    if _ends_an_org_name(tokens[found[2] - 1], table):
        # "spokeswoman for the Trump administration's Department of Justice": the title
        # before the organisation, not the word its name ends with
        found = _find_title(tokens[:found[1]], t) or found
    title, start, end = found
    title_tok = tokens[end - 1]
    named = title_tok.head  # the title modifies another name of the phrase, after it:
    if apposed and title_tok.dep_ in ("compound", "amod", "nmod") and named in tokens and \
            named.i > title_tok.i and (key := table.key_of(named)) and \
            table.type_of(key) == "Person":
        return None  # "Hatice Cengiz, fiancée of journalist Jamal Khashoggi": his title
    if title in t.ranks and start > 0:
        # "Army chief General Abdel Fattah al-Burhan": the position, not the rank
        earlier = _find_title(tokens[:start], t)
        if earlier is not None:
            title, start, end = earlier
    mods = []
    i = start - 1
    while i >= 0:
        pair = f"{tokens[i - 1].lower_} {tokens[i].lower_}" if i else ""
        if pair in t.portfolios:  # "External Affairs Minister", "Home Affairs"
            mods.insert(0, t.portfolios[pair])
            i -= 2
        elif tokens[i].lower_ in t.modifiers and table.key_of(tokens[i]) is None and not (
                tokens[i].text in t.party_adjectives and title not in t.portfolio_titles):
            # ("Labour MP": the party; "Labour Secretary": the portfolio)
            # ("Department of State spokesperson": "State" ends a name, no modifier)
            mods.insert(0, t.modifiers[tokens[i].lower_])
            i -= 1
        elif (first := _field_of_job(tokens, i, title, start, end, table, t)) is not None:
            # "fashion designer", "basketball player", "high school teacher": the field a
            # job is in names the job; an office's portfolio is the table's above
            mods[:0] = [tok.lower_ for tok in tokens[first:i + 1]]
            start = first
            i = first - 1
        else:
            break
    # a past position ("the former governor of Massachusetts") is kept as one: the
    # guidelines annotate it, and the graph says it is not held now
    former = "former" in mods or any(tok.lower_ in _PAST for tok in tokens[:start]) or \
        tokens[start].lower_.startswith("ex-")
    mods = [m for m in mods if m != "former"]
    head = tokens[end - 1]
    portfolio = _portfolio(head, t)
    if portfolio and portfolio not in mods:
        mods.append(portfolio)
    name = " ".join(m for m in mods + [title] if m)
    # "Republican President Trump": a party's adjective before an office of state says
    # whom the holder sides with, not whose president he is
    affiliation = {tok.i for tok in tokens[:start] if tok.text in t.party_adjectives} \
        if name in t.state_offices else set()
    sought = _sought_phrases(head, table, t)
    org = _organisation([tok for tok in tokens if tok.i not in inside | affiliation | sought],
                        head, table, t)
    if org is None and not apposed:
        org = _unnamed_before(tokens[:i + 1], table, t)
    if org is None:
        org = _institution(tokens[:i + 1], head, table, t)
    return _Title(name, org, former)


#: The most words an unnamed body's phrase may have ("the police of the Autonomous
#: Region in Muslim Mindanao"); a longer one is cut after its head noun.
INSTITUTION_WORDS = 8


def _institution(before: list[Token], head: Token, table: EntityTable,
                 t: _Titles) -> str | None:
    """An unnamed body the title is held at, as a description of the article: the object
    of 'of' / 'for' / 'at' after the title ("a spokesperson for the fire service") or the
    nouns right before it ("a fire service spokesman"), when headed by an institution
    noun (a table)."""
    for child in table.rights(head):
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at"):
            for obj in table.children(child):
                if obj.dep_ == "pobj" and (key := _described_institution(obj, table, t)):
                    return key
    run: list[Token] = []
    for tok in reversed(before):
        if tok.pos_ not in ("NOUN", "PROPN") or table.key_of(tok) is not None or \
                (run and tok.i != run[0].i - 1):
            break
        run.insert(0, tok)
    if run and run[-1].lemma_.lower() in t.institutions:
        return table.describe(run[0].doc[run[0].i:run[-1].i + 1], "Organization")
    return None


def _described_institution(obj: Token, table: EntityTable, t: _Titles) -> str | None:
    """An unnamed body headed by an institution noun ("the police of the Autonomous
    Region in Muslim Mindanao"), as a description of the article; a long phrase is cut
    after its head noun."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in t.institutions or \
            table.key_of(obj) is not None:
        return None
    end = obj.right_edge.i + 1
    if end - obj.left_edge.i > INSTITUTION_WORDS:
        end = obj.i + 1
    return table.describe(obj.doc[obj.left_edge.i:end], "Organization")


#: Entity labels of the model that a run of capitalised words before a title is not an
#: organisation under: a nationality or party word, a date, a work, a person.
_NOT_ORG_LABELS = frozenset({"NORP", "DATE", "TIME", "PERSON", "WORK_OF_ART", "EVENT",
                             "PRODUCT", "LANGUAGE", "ORDINAL", "CARDINAL", "MONEY",
                             "PERCENT", "QUANTITY", "LAW"})


def _unnamed_before(before: list[Token], table: EntityTable, t: _Titles) -> str | None:
    """The organisation a run of proper nouns right before a title names when the model
    tagged no name there ("SpaceX founder Elon Musk", "Civil Defense Authority director
    general ..."): news puts the employer first, and a title after proper nouns other
    than a nationality, a date or a work is held at that organisation. It becomes an
    organisation of the article."""
    run: list[Token] = []
    for tok in reversed(before):
        # next to the run, or glued to it by a hyphen ("Sea-Eye")
        glued = run and tok.i == run[0].i - 2 and not tok.whitespace_ and \
            tok.nbor().tag_ == "HYPH" and not tok.nbor().whitespace_
        if run and tok.i != run[0].i - 1 and not glued:
            break
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or table.key_of(tok) or \
                tok.ent_type_ in _NOT_ORG_LABELS or tok.lower_ in t.titles or \
                tok.lower_ in t.modifiers or tok.lower_ in t.portfolios or \
                tok.lower_ in t.name_titles or tok.lower_ in _PAST:
            break
        run.insert(0, tok)
    # at most a few words, and not the first word of a sentence standing alone (a
    # capital there says nothing)
    if not run or len(run) > 4 or (len(run) == 1 and run[0].is_sent_start):
        return None
    doc = run[0].doc
    span = doc[run[0].i:run[-1].i + 1]
    return table.add(span, "Organization", table.text_of(span))


def _organisation_after(ent: Span, table: EntityTable, t: _Titles) -> str | None:
    """The organisation or country in an of/at phrase right after a titled name: "Director
    Anthony Fauci of the National Institute…", "Prime Minister Igor Matovič of the Slovak
    Republic" (the parser hangs it on the name, not on the title); so is one "from" it
    ("Senator Bernie Sanders from Vermont": the state the senator is of)."""
    for child in ent.root.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from") and child.i == ent.end:
            for obj in table.children(child):
                if obj.dep_ == "pobj" and (key := _org_key(obj, table, t)
                                           or _described_institution(obj, table, t)):
                    return key
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ == "from" and after.head.i != ent.root.i:
        # "the races between Biden and Senator Bernie Sanders from Vermont": the parser
        # hung "from" on a word before the name; a state or country right after it is
        # still where the titled one is from (a place only: no "from the start")
        for obj in table.children(after):
            if obj.dep_ == "pobj" and (key := _org_key(obj, table, t)) and \
                    table.type_of(key) in ("Country", "Place"):
                return key
    return None


def _organisation_next_to(first: Token, table: EntityTable, t: _Titles) -> str | None:
    """A country or organisation named right before a title, with nothing between them,
    which the parser hung elsewhere: it is the title's."""
    if first.i == 0 or first.is_sent_start:
        return None
    return _org_key(first.doc[first.i - 1], table, t)


def _after_past_word(first: Token) -> bool:
    """Is the phrase starting at ``first`` preceded by 'former', 'then-', 'the late'?"""
    doc = first.doc
    j = first.i - 1
    while j >= 0 and j >= first.i - 2 and doc[j].tag_ == "HYPH":
        j -= 1
    return (j >= 0 and doc[j].lower_ in _PAST) or first.lower_ in _PAST


def _left_title(ent: Span, t: _Titles) -> list[Token]:
    """Title tokens right before the name whose heads lead into it (or, for a
    capitalised title, end right at it)."""
    doc = ent.doc
    inside = set(range(ent.start, ent.end))
    out: list[Token] = []
    j = ent.start - 1
    while j >= 0 and len(out) < 8 and not doc[j + 1].is_sent_start:
        tok = doc[j]
        # "co-author": the word before a hyphen of the title is part of it, wherever the
        # parser hangs it
        glued = not tok.whitespace_ and doc[j + 1].text == "-" and j + 1 in inside
        # "... and Turkish President Recep Tayyip Erdoğan": a capitalised title right
        # before the name is its title, whatever the parser hung it on
        adjacent = j == ent.start - 1 and tok.lower_ in t.placeable and (
            tok.is_title or _twin_subject(tok, ent.root))
        if j == ent.start - 1 and tok.pos_ == "VERB" and tok.lower_ in t.placeable and \
                j > 0 and doc[j - 1].pos_ == "PROPN" and not tok.is_sent_start:
            # "Caloundra coach Geoff Ingram said": the tagger read the title between two
            # names as a verb (triggers.title_read_as_verb); it and the name before it,
            # whose title it is, lead into the name all the same
            k = j - 1
            while k > 0 and doc[k - 1].pos_ == "PROPN" and not doc[k].is_sent_start:
                k -= 1
            out[:0] = list(doc[k:j + 1])
            break
        # "actor and producer Joshua Winch", "businessman and Trump loyalist Stephen
        # Schwarzman": the second of two titles hangs on the first, which leads into it
        coordinated = _coordinated_title(tok, inside, t)
        if tok.tag_ in ("POS", "HYPH") or glued or adjacent or _is_hyphen(tok) or (
                tok.dep_ in _LEFT_DEPS and tok.head.i in inside) or coordinated:
            out.insert(0, tok)
            inside.add(j)
            j -= 1
            continue
        # "Secretary of State Marco Rubio": an of-phrase inside the title, whose chain
        # of heads runs left to a title word that leads into the name
        chain, head = [tok], tok
        while head.head.i < head.i and head.head.i > j - 4 and head.head.i not in inside:
            head = head.head
            chain.append(head)
        titled = _titled_place(tok, t.heads) if tok.dep_ == "pobj" else None
        if tok.dep_ == "pobj" and (head.dep_ in _LEFT_DEPS and head.head.i in inside
                                   or titled is not None):
            first = min(c.i for c in chain) if titled is None else titled.i
            out[:0] = list(doc[first:j + 1])
            inside.update(range(first, j + 1))
            j = first - 1
            continue
        break
    return out


def _coordinated_title(tok: Token, inside: set[int], t: _Titles) -> bool:
    """Whether ``tok`` is the second of two titles before a name, or the conjunction
    between them, the first leading into the name ("actor and producer Joshua Winch",
    "party co-founder and union leader Howie Hawkins"); both must be titles (not "Trump
    and Vice President Mike Pence"), and the first no office sought or capacity ("for
    president and truck driver Angela Walker": the parser's one phrase)."""
    first = tok.head
    if tok.dep_ not in ("conj", "cc") or first.i > tok.i or first.dep_ not in _LEFT_DEPS or \
            first.head.i not in inside or _find_title([first], t) is None:
        return False
    if first.left_edge.i > 0 and tok.doc[first.left_edge.i - 1].lower_ in ("for", "as"):
        return False
    if tok.dep_ == "cc":  # (the second title is taken already, right of it)
        return any(c.dep_ == "conj" and c.i in inside for c in first.children)
    return _find_title([tok], t) is not None


def _twin_subject(title: Token, name: Token) -> bool:
    """A title the parser made a second subject of the name's verb ("Niger's president
    Mahamadou Issoufou said": 'president' and 'Issoufou' both subjects of 'said'): one
    noun phrase, the title before the name."""
    return title.dep_ in ("nsubj", "nsubjpass") and title.dep_ == name.dep_ and \
        title.head.i == name.head.i


def _is_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("vice-president"), which the small model may tag a noun."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and \
        not tok.doc[tok.i - 1].whitespace_


def _hyphened(tok: Token) -> Token:
    """The last part of the hyphenated word ``tok`` starts ("vice-president", "co-author"),
    whose parts the parser may hang side by side as appositions; ``tok`` when none."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and _is_hyphen(doc[tok.i + 1]):
        tok = doc[tok.i + 2]
    return tok


def _titled_place(place: Token, heads: frozenset[str]) -> Token | None:
    """"Vice President of the United States Joe Biden": the capitalised title before
    "of" and a country, state or organisation right before the name, which the parser
    hung on a name earlier in the sentence ("According to NPR, former Vice President
    ..."); None when ``place`` is no such of-phrase's object."""
    of = place.head
    if of.lower_ != "of" or of.i == 0 or place.ent_type_ not in ("GPE", "ORG", "LOC"):
        return None
    title = of.doc[of.i - 1]
    return title if title.i == of.head.i and title.lower_ in heads and title.is_title \
        else None


def _singular_title(tok: Token, t: _Titles) -> str | None:
    """'Presidents' -> 'president' (``lexicons.singular_title``), a title we can place."""
    return lexicons.singular_title(tok.text, tok.tag_, t.placeable)


def _before_a_name(tok: Token) -> bool:
    """Is a person's name right after ``tok``, or after a comma ("Vice Presidents,
    Rebecca Nyandeng De Mabior")? ("Politicians and the Archbishop": no.)"""
    doc = tok.doc
    j = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
    return j < len(doc) and doc[j].ent_type_ == "PERSON"


def _plural_title(ent: Span, t: _Titles) -> list[Token]:
    """The plural title right before a name ("Presidents", "Prime Ministers"), which
    the parser hangs anywhere: its words, or none."""
    doc = ent.doc
    j = ent.start - 1
    if j < 0 or doc[ent.start].is_sent_start or _singular_title(doc[j], t) is None:
        return []
    first = j
    while first > 0 and not doc[first].is_sent_start and \
            doc[first - 1].lower_ in t.modifiers and doc[first - 1].text[:1].isupper():
        first -= 1  # "Prime Ministers", "Foreign Ministers"
    return list(doc[first:j + 1])


def _listed_after_plural_title(ent: Span, table: EntityTable, t: _Titles) -> list[Token]:
    """The plural title a list of people opens, for a name further down the list
    ("Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue", "Ministers Ann
    Linde, Jeppe Kofod and Pekka Haavisto"), however the parser joined the names: back
    over commas, "and", the other people and each one's "of" place, to the title."""
    tokens = table.tokens
    i = ent.start - 1
    while i >= 0 and ent.start - i < 40:
        tok = tokens[i]
        if tok.text == "," or tok.lower_ == "and":
            i -= 1
            continue
        key = table.key_of(tok)
        if key is not None and table.type_of(key) in ("Person", "Country", "Place"):
            while i >= 0 and table.key_of(tokens[i]) == key:
                i -= 1
            if table.type_of(key) != "Person":  # "of Utah": the one before's office
                if i < 0 or tokens[i].lower_ != "of":
                    return []
                i -= 1
            continue
        if tok.i == ent.start - 1:
            return []  # right before the name: _plural_title's, or no title
        return _plural_title(Span(ent.doc, tok.i + 1, tok.i + 2), t) if \
            _singular_title(tok, t) is not None else []
    return []


#: Words an apposition may have to give a role (a name counts as one word): longer
#: ones are clauses the title sits deep in, whose organisation is seldom the holder's.
APPOSITION_WORDS = 10


def _phrase_words(tokens: list[Token], table: EntityTable) -> int:
    """The words of a phrase, each name one word: "the former director of the Centers
    for Disease Control and Prevention" is six, as long as "... of the CDC"."""
    count, last = 0, None
    for tok in tokens:
        key = table.key_of(tok)
        if key is None or key != last:
            count += 1
        last = key
    return count


def _appositive(ent: Span, t: _Titles) -> tuple[list[Token], float, bool] | None:
    """The title phrase in apposition to the name, before or after it (the name's own
    clause is ``_clause_title``)."""
    root = ent.root
    name_range = range(root.left_edge.i, root.right_edge.i + 1)
    if root.dep_ == "appos":
        head = root.head
        # "the minister of defense of Ukraine, Oleksii Reznikov": the parser hangs the
        # name on the nearest noun; climb the of-chain back to the title
        for _ in range(3):
            if head.lower_ in t.heads or head.dep_ != "pobj" or head.head.dep_ != "prep":
                break
            head = head.head.head
        tokens = [x for x in head.subtree if x.i not in name_range and x.i < ent.start]
        return tokens, 0.9, False
    for child in root.rights:
        # "John Smith, 45, a former Microsoft engineer who lives in Seattle": the apposition
        # with a title, without its relative clause
        if child.dep_ == "appos" and child.i > ent.end - 1:
            last = _hyphened(child)
            if last.head.i != root.i:  # the word's last part belongs to another name
                last = child
            clauses = {x.i for c in (child, last) for k in c.children
                       if k.dep_ in ("relcl", "acl") for x in k.subtree}
            tokens = [x for x in child.doc[child.left_edge.i:last.right_edge.i + 1]
                      if x.i not in clauses]
            if _find_title([x for x in tokens if not x.is_punct], t):
                return tokens, 0.9, False
    if root.dep_ == "pobj" and root.head.lower_ == "to" and \
            root.head.head.lower_ in t.heads and root.head.head.i < root.head.i and \
            _sent_to_place(ent, root.head):
        # "US Ambassador to Germany Richard Grenell": the parser makes the name the object
        # of "to", with the country the envoy is sent to a compound of the name
        return list(ent.doc[root.head.head.left_edge.i:ent.start]), 0.85, False
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and \
            root.head.head.lower_ in t.heads and root.head.head.i < root.head.i:
        # "President of France Emmanuel Macron", "United States Senator from Vermont Bernie
        # Sanders": the parser makes the name the object of "of" / "from", with the
        # country or state a compound of the name
        tokens = list(ent.doc[root.head.head.left_edge.i:ent.start])
        # "from" only after a capitalised title and before a state or country ("a
        # correspondent from French Wikinews" is where someone comes from)
        origin_ok = root.head.lower_ != "from" or root.head.head.is_title and any(
            tok.ent_type_ in ("GPE", "LOC") for tok in ent.doc[root.head.i:ent.start])
        if origin_ok and any(tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC") for tok in tokens):
            return tokens, 0.85, False
    return None


def _sent_to_place(ent: Span, to: Token) -> bool:
    """Whether the words between "to" and the name are a country, state or organisation
    alone ("to Germany", "to the United States"): where an envoy is sent, written before
    the envoy's name. Not a title ("an adviser to President Donald Trump", "to the Prime
    Minister of India Narendra Modi": whom one advises)."""
    between = [tok for tok in ent.doc[to.i + 1:ent.start] if tok.dep_ != "det"]
    return bool(between) and all(tok.ent_type_ in ("GPE", "ORG", "LOC") and tok.ent_iob_
                                 for tok in between)


def _clause_title(ent: Span) -> tuple[list[Token], float, bool] | None:
    """The title the name's own clause, then a relative clause on it, says ("Jacques
    Chirac, who served as President of France for twelve years, died")."""
    for verb, dep in _clauses_of(ent.root):
        found = _predicated_title(verb, dep, ent)
        if found is not None:
            return found
    return None


#: Relative pronouns that stand for the name a relative clause hangs on.
_RELATIVES = frozenset({"who", "that"})


def _clauses_of(root: Token) -> list[tuple[Token, str]]:
    """(verb, the name's dependency on it): the name's own clause, and each relative
    clause on the name, or on a noun in apposition to it ("Pranab Mukherjee, a career
    politician who served as President of India"), whose subject is 'who' / 'that'."""
    out = [(root.head, root.dep_)]
    nouns = [root] + [c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for clause in (c for noun in nouns for c in noun.rights):
        if clause.dep_ == "relcl":
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.lower_ in _RELATIVES), None)
            if subject is not None:
                out.append((clause, subject.dep_))
    return out


def _predicated_title(verb: Token, dep: str, ent: Span) -> tuple[list[Token], float, bool] | None:
    """The title a clause predicates of its subject or object: "is the Russian foreign
    minister", "served as mayor of Denver", "appointed X as prime minister", "was elected
    president" (and whether the clause says it was held before: "was Trump's special envoy",
    "served as Vice President"; being elected or appointed starts a position)."""
    past = verb.tag_ == "VBD"
    if dep == "nsubj" and verb.lemma_ in _COPULAS:
        for child in verb.rights:  # "Lavrov is the Russian foreign minister"
            if child.dep_ in ("attr", "oprd") and not _singled_out_for_an_act(child):
                # "was the mayor" is over; "became the mayor" began it
                return list(child.subtree), 0.75, past and verb.lemma_ != "become"
    if dep == "nsubj" and (verb.lemma_ in _SERVING or verb.lemma_ in _LEAVING):
        # "Hickenlooper has served as mayor of Denver"; "Abe resigned as prime minister":
        # held until then
        for child in verb.rights:
            if child.dep_ == "prep" and child.lower_ == "as":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return list(obj.subtree), 0.75, past or verb.lemma_ in _LEAVING
    if dep == "dobj" and verb.lemma_ in _INSTALLING:
        for child in verb.rights:  # "appointed Kim Min-seok as prime minister"
            if child.dep_ == "prep" and child.lower_ == "as" and child.i > ent.end - 1:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return list(obj.subtree), 0.75, False
            if child.dep_ in ("oprd", "xcomp") and child.i > ent.end - 1 and \
                    child.pos_ == "NOUN":  # "appointed Satya Nadella chief executive"
                return list(child.subtree), 0.75, False
    if dep == "nsubjpass" and verb.lemma_ in _INSTALLING:
        for child in verb.rights:  # "Biden was elected president of the United States"
            if child.dep_ in ("oprd", "attr", "xcomp"):
                return list(child.subtree), 0.75, False
            if child.dep_ == "prep" and child.lower_ == "as":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return list(obj.subtree), 0.75, False
    return None


#: Words that single one holder out among many: "the first president to refuse".
_SINGLING = frozenset({"first", "second", "third", "last", "only", "sole"})


def _singled_out_for_an_act(noun: Token) -> bool:
    """"Trump was the first president to refuse to do so", "the only senator to vote
    against": the clause says who did something first or alone, not which position
    the subject holds or held (its past tense is the act's)."""
    singled = any(c.dep_ in ("amod", "nummod") and (c.lower_ in _SINGLING or c.tag_ == "JJS")
                  for c in noun.lefts)
    return singled and any(c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.rights)


def _verb_roles(table: EntityTable, t: _Titles, text: str) -> list[Role]:
    """'Trudeau heads the Liberal Party': a person subject of a verb of ``verbs`` whose
    object is an organisation, country or group holds the position (had it, in the past
    tense)."""
    out = []
    for ent in table.ents:
        key = table.key_of(ent.root)
        verb = ent.root.head
        if key is None or table.type_of(key) != "Person" or ent.root.dep_ != "nsubj" \
                or verb.pos_ != "VERB" or verb.lemma_ not in t.verbs:
            continue
        for obj in verb.rights:
            org = table.key_of(obj) if obj.dep_ == "dobj" else None
            if org is None or table.type_of(org) not in ORG_TYPES:
                continue
            start_tok, end_tok = table.tokens[ent.start], table.tokens[obj.right_edge.i]
            start, end = start_tok.idx, end_tok.idx + len(end_tok)
            out.append(Role(holder=key, role=t.verbs[verb.lemma_], organization=org,
                            sentence=table.sentence_index(ent), start=start, end=end,
                            confidence=0.75, text=text[start:end],
                            former=verb.tag_ == "VBD"))
    return out


def affiliations(doc: Doc, table: EntityTable) -> dict[str, str]:
    """Person -> the organisation named with their job (``jobs``: "SpaceX founder Elon
    Musk", "an analyst at Barclays"; a role too, but no office the coreference step's
    bodies come from): the body such a person speaks for when quoted saying "we". People
    with two such bodies have none."""
    t = _titles()
    of: dict[str, set[str]] = {}
    for ent in table.ents:
        key = table.key_of(ent.root)
        if key is None or table.type_of(key) != "Person":
            continue
        appos = _appositive(ent, t) or _clause_title(ent)
        # a job held before is no body they speak for now
        for tokens in (_left_title(ent, t), appos[0] if appos and not appos[2] else []):
            tokens = [tok for tok in tokens if not tok.is_punct and tok.dep_ != "det"]
            found = _find_title(tokens, t)
            if found is None or found[0] not in t.jobs:
                continue
            org = _organisation(tokens, tokens[found[2] - 1], table, t)
            if org is not None and table.type_of(org) == "Organization":
                of.setdefault(key, set()).add(org)
    return {person: next(iter(orgs)) for person, orgs in of.items() if len(orgs) == 1}


def _coordinated_roles(tokens: list[Token], table: EntityTable, t: _Titles, apposed: bool
                       ) -> list[tuple[_Title, list[Token]]]:
    """The roles of a title phrase, one per coordinated title: "served as mayor of Denver
    and governor of Colorado", "the president and chief executive of Microsoft" (an
    of-phrase after the last title names the first one's organisation too, when it has
    none), "professional wrestler and reality television star". Each with its words."""
    inside = {tok.i for tok in tokens}
    for tok in tokens:
        if tok.dep_ != "conj" or tok.head.i not in inside or tok.head.i > tok.i:
            continue
        second = [x for x in tokens if tok.left_edge.i <= x.i <= tok.right_edge.i]
        # the first title's words, with an of-phrase after the second the parser hung
        # on the first ("the president and chief executive of Microsoft")
        first = [x for x in tokens if (x.i < tok.left_edge.i or x.i > tok.right_edge.i)
                 and not (x.dep_ in ("cc", "punct") and tok.head.i < x.i < tok.left_edge.i)]
        found = _find_title([x for x in second if not x.is_punct], t)
        if found is None or second[found[2] - 1].i != tok.i or \
                _find_title([x for x in first if not x.is_punct and x.i < tok.i], t) is None:
            continue
        later = _coordinated_roles(second, table, t, apposed)
        earlier = _role_from(first, table, t, apposed)
        if earlier is None or not later:
            continue
        # an organisation named before the first title or after the second is both
        # titles' ("Microsoft chairman and chief executive", "chairman and chief
        # executive of Microsoft"); one between them is the first's only ("mayor of
        # Denver and a senator")
        head = tok.head.i
        shared = {table.key_of(x) for x in tokens if x.i > tok.i or
                  x.i < head} - {None}
        shared -= {table.key_of(x) for x in tokens if head < x.i < tok.left_edge.i}
        org = later[0][0].organization
        if earlier.organization is None and org in shared:
            earlier = earlier._replace(organization=org)
        elif earlier.organization in shared:
            later = [(title._replace(organization=title.organization or earlier.organization),
                      part) for title, part in later]
        if earlier.former and any(x.lower_ in _PAST for x in first if x.i < head):
            # "former mayor and governor", "the then-manager of X and Director of Y"
            later = [(title._replace(former=True), part) for title, part in later]
        return [(earlier, first)] + later
    role = _role_from(tokens, table, t, apposed)
    return [(role, tokens)] if role is not None else []


def _add_role(found: dict[tuple[str, str, str | None], Role],
              role: _Title, tokens: list[Token], left: bool,
              confidence: float, past: bool, key: str, ent: Span, table: EntityTable,
              t: _Titles, text: str) -> None:
    """Put one role read from the title phrase ``tokens`` of ``ent`` (``left``: the words
    right before the name) into ``found``, unless the same (holder, role, organisation)
    is there already."""
    name, org, former, nationality = role
    # "Then-President Barack Obama": not held now
    former = former or past or bool(tokens) and _after_past_word(tokens[0])
    if org is None and left and nationality is None:
        # "Senator Amy Klobuchar of Minnesota"; "Trump and Ukraine President
        # Volodymyr Zelensky" (the parser took the country for a conjunct)
        org = _organisation_after(ent, table, t) or \
            _organisation_next_to(tokens[0], table, t)
    if org is None and nationality is None:
        confidence -= 0.3  # a title alone says less
    if (key, name, org) in found:
        return
    span_tokens = [x.i for x in tokens] + [ent.start, ent.end - 1]
    start_tok, end_tok = table.tokens[min(span_tokens)], table.tokens[max(span_tokens)]
    start, end = start_tok.idx, end_tok.idx + len(end_tok)
    found[(key, name, org)] = Role(holder=key, role=name, organization=org,
                                   sentence=table.sentence_index(ent), start=start,
                                   end=end, confidence=round(confidence, 3),
                                   text=text[start:end], former=former,
                                   nationality=nationality)


def _nationality(name: str, org: str | None, tokens: list[Token], table: EntityTable,
                 t: _Titles) -> str | None:
    """The country before a job in its title phrase ("US actor", "French journalist",
    "a Georgian tennis player"): a nationality, not the position's organisation (an
    office keeps it: "Russian President", "US ambassador")."""
    if org is None or table.type_of(org) != "Country" or not _is_job(name, t):
        return None
    return org if any(table.key_of(tok) == org for tok in tokens) else None


def _is_job(name: str, t: _Titles) -> bool:
    """A job, not an office: "professional wrestler", "theoretical astrophysicist"."""
    words = name.split()
    return any(" ".join(words[i:]) in t.jobs for i in range(len(words)))


def find_roles(doc: Doc, table: EntityTable) -> list[Role]:
    """Positions held by the people of ``doc``, one per (person, role, organisation)."""
    t = _titles()
    text = table.original_text()
    found: dict[tuple[str, str, str | None], Role] = {}
    shared_titles: dict[int, list[Token]] = {}  # the name's root -> its plural title
    for ent in table.ents:
        key = table.key_of(ent.root)
        if key is None or table.type_of(key) != "Person":
            continue
        readings = []
        # a plural title before the first of conjoined names is each one's ("Presidents
        # Buhari of Nigeria and Talon of Benin")
        left = _left_title(ent, t) or _plural_title(ent, t)
        if not left and ent.root.dep_ == "conj":
            left = shared_titles.get(ent.root.head.i, [])
        if not left:
            left = _listed_after_plural_title(ent, table, t)
        if left and _singular_title(left[-1], t):
            shared_titles[ent.root.i] = left
        if left:
            readings.append((left, 0.85, False))
        # "Pranab Mukherjee, a career politician who served as President of India": the
        # apposition's title and the one its relative clause says; without an
        # apposition the clause stands in its place, under its length bound
        appos, clause = _appositive(ent, t), _clause_title(ent)
        if appos is None:
            appos, clause = clause, None
        if appos and _phrase_words(appos[0], table) <= APPOSITION_WORDS:
            readings.append(appos)
        if clause is not None:
            readings.append(clause)
        for tokens, confidence, past in readings:
            for role, part in _coordinated_roles(tokens, table, t, tokens is not left):
                # the whole phrase: "US singer and lyricist" qualifies both jobs
                if nationality := _nationality(role.name, role.organization, tokens, table, t):
                    role = role._replace(organization=None, nationality=nationality)
                _add_role(found, role, part, tokens is left, confidence, past,
                          key, ent, table, t, text)
    for role in _verb_roles(table, t, text):
        found.setdefault((role.holder, role.role, role.organization), role)
    # a role known with its organisation makes the same role without one redundant, and
    # so does any role with an organisation read from the same sentence
    # ("The Pakistani army chief, General Qamar Javed Bajwa": army chief, not general)
    with_org = {(h, r) for h, r, o in found if o}
    placed = {(h, role.sentence) for (h, r, o), role in found.items() if o}
    # a bare rank next to a position says less ("a military spokesman, Colonel X")
    positioned = {(h, role.sentence) for (h, r, o), role in found.items()
                  if r not in t.ranks}
    return [role for (h, r, o), role in found.items()
            if (o or ((h, r) not in with_org and (h, role.sentence) not in placed))
            and not (r in t.ranks and not o and (h, role.sentence) in positioned)]
