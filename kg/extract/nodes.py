"""Argument phrases -> graph nodes: every core argument is a node traced to its span.

The head token of an argument phrase becomes, best first:

- the entity it is a mention of (names, and pronouns or descriptions coreference
  resolved), also through what stands for an entity: an apposition, "the Swedish
  government" (the country), "Kenyan police" (a state acting through its organs), "his
  government" (the leader's), "the city of El Obeid", "the IG Metall union", "the
  Hmeimim air base", "its military" (that country's forces), and partitives ("the main
  part of Russian troops", "thousands of Israelis"); a description a copula or an
  apposition says a name is, with a clause of its own ("X is an organisation which
  helps": ``predicated``), and one the article identifies as a person ("the man, later
  identified as X": ``identified``);
- an event another predicate of the article is ("ordered the withdrawal");
- a quantity, sum of money or duration with its value and unit ("$13.5 million" ->
  13500000 USD, "a 30-year term" -> 30 year), kept on the Quantity entity;
- a description: an unnamed participant ("a gunman", "two people", "prosecutors", "the
  fee") as an entity of kind "description" of its own article, typed by its head noun.
  A later definite description with the same head ("the gunman") is the same node only
  when exactly one earlier one fits.

An unresolved personal pronoun of one person ("he", "she", "I") gives no node: in news it
stands for someone named, and kg could not say whom; but a "he" or "she" right after an
unnamed person ("A man was arrested on Friday. He was charged ...") is that person's
mention (``person_before``). An unresolved plural or impersonal
one ("we", "they", "it") often stands for participants the article never names ("we will
use the full force of the law", "it killed nine people"): it is a description node of its
own mention, as the annotation guidelines make such unnamed participants answers (the
confidence model knows the node is a bare pronoun and weighs it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons
from kg.extract.entity_rules import DASHES
from kg.extract.frames import lexicon
from kg.extract.modality import QUOTE_MARKS
from kg.extract.identified import Identity, identified_person, identities
from kg.extract.predicated import predicated_name
from kg.extract.table import EntityTable
from kg.extract.told_apart import names_after, singled_out
from kg.model import Role
from kg.vocab import entity_key

#: Entity types that can act (agents) and places.
AGENT_TYPES = frozenset({"Person", "Organization", "Country", "Group", "Place"})
PLACE_TYPES = frozenset({"Place", "Country", "Facility"})
_GOVERNMENT_NOUNS = frozenset({"government", "authorities", "administration", "cabinet",
                               "regime", "leadership"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
#: Unresolved pronouns that may stand for someone unnamed, and the type of their node.
OPEN_PRONOUNS = {"we": "Group", "us": "Group", "ourselves": "Group", "they": "Group",
                 "them": "Group", "themselves": "Group", "you": "Group", "it": "Thing",
                 "itself": "Thing", "this": "Thing", "those": "Group"}
#: Quantifiers standing alone for a part of what the text has named ("Both earned nine
#: delegates", "All were acquitted", "some were using the slogan"): nodes of their own
#: mention too (with "of", the phrase they pick from: "some of the supporters").
QUANTIFIER_PRONOUNS = {"some": "Group", "all": "Group", "both": "Group", "many": "Group",
                       "most": "Group", "several": "Group", "others": "Group",
                       "few": "Group"}
OPEN_PRONOUNS.update(QUANTIFIER_PRONOUNS)
#: Indefinite pronouns of people ("anyone wearing a niqab", "someone emailed me"): an
#: unnamed participant the guidelines give as written, a node of its own mention too.
INDEFINITE_PRONOUNS = {"someone": "Person", "somebody": "Person", "anyone": "Person",
                       "anybody": "Person", "everyone": "Group", "everybody": "Group"}
OPEN_PRONOUNS.update(INDEFINITE_PRONOUNS)
#: Possessive pronouns that stand alone for a noun left out ("Patrick ended his", i.e. his
#: campaign): the thing owned, a node of its own mention, not its owner.
STANDALONE_POSSESSIVES = frozenset({"his", "hers", "theirs", "mine", "ours", "yours"})
#: Third-person possessive determiners, whose owner coreference may resolve ("his wife").
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: Determiners that pick one of many: "an Austrian court", "another Russian soldier".
_ONE_OF_MANY = frozenset({"a", "an", "another", "one"})
#: Modifiers that keep a force or office the state's ("Syrian government forces").
_STATE_WORDS = frozenset({"government", "state", "federal", "national", "security", "armed",
                          "riot", "border", "military", "regular", "senior", "top", "local",
                          "foreign", "defence", "defense", "interior", "special", "regime"})
_AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
#: What a bare noun run into a name may describe ("debutants Panama", "host Mika Brzezinski").
_RUN_IN_TYPES = frozenset({"Person", "Organization", "Country", "Place"})
_CURRENCIES = {"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
               "£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP",
               "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "¥": "JPY",
               "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
               "rupees": "INR", "won": "KRW", "rouble": "RUB", "roubles": "RUB",
               "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF",
               "real": "BRL", "reais": "BRL", "peso": "MXN", "pesos": "MXN", "lira": "TRY",
               "a$": "AUD", "c$": "CAD", "krone": "NOK", "kronor": "SEK", "rand": "ZAR"}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "m": 1e6, "k": 1e3, "dozen": 12, "dozens": 12, "hundreds": 1e2,
           "thousands": 1e3, "millions": 1e6}
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1, "both": 2})
#: Plural nouns whose lemma the small model leaves plural (units are singular).
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century"})


class _Words:
    def __init__(self) -> None:
        discourse = lexicons.load_json("discourse.json")
        self.partitives = frozenset(discourse["partitives"])
        self.part_quantifiers = frozenset(discourse["part_quantifiers"])
        self.whole_quantifiers = frozenset(discourse["whole_quantifiers"])
        self.countries = lexicons.countries()
        entities = lexicons.entities()
        self.force_nouns = frozenset(entities["force_nouns"])
        self.context_nouns = frozenset(entities["org_context_nouns"])
        self.place_cues = frozenset(entities["place_cues"])
        self.org_nouns = frozenset(entities["org_common_nouns"])
        self.facility_cues = frozenset(c.split()[-1] for c in entities["facility_cues"])
        kinds = lexicons.load_json("nodes.json")
        self.person_nouns = frozenset(kinds["person_nouns"])
        self.group_nouns = frozenset(kinds["group_nouns"])
        self.organisation_nouns = frozenset(kinds["organisation_nouns"])
        self.place_nouns = frozenset(kinds["place_nouns"])
        self.facility_nouns = frozenset(kinds["facility_nouns"])
        self.vague = frozenset(kinds["no_node"])
        self.reflexives = frozenset(kinds["reflexive_objects"])
        self.elided = frozenset(kinds["elided_heads"])
        #: ... those of them that name a participant with no parallel ("attack others")
        self.referring = frozenset(kinds["elided_referring"])
        self.spent = frozenset(kinds["spent_objects"])
        self.state_organs = frozenset(kinds["state_organs"])
        self.focus = frozenset(kinds["focus_particles"])
        self.male = frozenset(discourse["male_words"])
        self.female = frozenset(discourse["female_words"])
        self.kinship = frozenset(discourse["kinship"])
        self.kin_genders = {k: v["gender"] for k, v in discourse["kinship"].items()}
        self.titles = frozenset(lexicons.roles()["titles"])
        #: pronoun -> the gender discourse.json gives it ("m", "f"; None for neither)
        self.pronoun_genders = {k: v[1] for k, v in discourse["pronouns"].items()}


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def person_nouns() -> frozenset[str]:
    """Common nouns of people ("victim", "man", "prosecutor"), from nodes.json."""
    return _words().person_nouns


def organisation_nouns() -> frozenset[str]:
    """Common nouns of bodies and groups ("government", "administration", "team")."""
    return _words().organisation_nouns | _words().group_nouns


def number_value(text: str) -> float | None:
    """'13.5 million' -> 13500000.0, 'two' -> 2.0, '30- to 35' -> 30.0, '1,000' -> 1000.0."""
    low = text.lower().replace(",", "")
    m = re.search(r"(\d+(?:\.\d+)?)", low)
    value = float(m[1]) if m else None
    if value is None:
        for word in re.findall(r"[a-z]+", low):
            if word in _NUMBERS:
                value = float(_NUMBERS[word])
                break
            if word in ("dozen", "dozens", "hundreds", "thousands", "millions"):
                value = _SCALES[word]
                break
    if value is None:
        return None
    for word in re.findall(r"[a-z]+", low[m.end():] if m else low):
        if word in _SCALES and not word.endswith("s"):
            value *= _SCALES[word]
            break
    return value


def is_amount(tok: Token, table: EntityTable) -> bool:
    """A quantity, sum of money or percentage: '40 million pounds', '2.5 billion won'."""
    if tok.ent_type_ in _AMOUNT_LABELS and not tok.ent_type_ == "CARDINAL":
        return True
    nums = [c for c in table.children(tok) if c.dep_ in ("nummod", "compound") and c.like_num]
    if nums and (tok.lower_ in _CURRENCIES or tok.lemma_.lower() in _CURRENCIES
                 or tok.lower_ in ("percent", "%")):
        return True
    return any(c.dep_ == "nummod" and c.ent_type_ in ("MONEY", "QUANTITY", "PERCENT")
               for c in table.children(tok))


@dataclass(frozen=True)
class Node:
    """An argument's node: an entity key or an event's token index (``event``)."""

    key: str | None = None
    event: int | None = None  # token index of another predicate
    token: Token | None = None


class Nodes:
    """Resolves argument heads of one Doc to nodes, adding descriptions to the table."""

    def __init__(self, doc: Doc, table: EntityTable, roles: list[Role] | tuple[Role, ...],
                 predicates: set[int]) -> None:
        self.doc, self.table, self.words = doc, table, _words()
        self.predicates = predicates  # token indexes of event predicates
        self.holders_country = {r.holder: r.organization for r in roles
                                if r.organization and r.organization.startswith("Country:")}
        self._described: dict[int, str] = {}
        self._by_head: dict[str, list[tuple[int, str]]] = {}
        self._identities: tuple[Identity, ...] | None = None  # read when first needed

    # -- named entities and what stands for them ------------------------------------
    def _comma_name(self, tok: Token) -> bool:
        """'the communications director for the campaign, Tim Murtaugh, declared': a
        person's name between commas that the parser hung as an adverbial noun is an
        apposition."""
        key = self.table.key_of(tok)
        if tok.dep_ != "npadvmod" or key is None or self.table.type_of(key) != "Person":
            return False
        left, right = tok.left_edge.i - 1, tok.right_edge.i + 1
        return left >= 0 and right < len(self.table.tokens) and \
            self.table.tokens[left].text == "," and self.table.tokens[right].text == ","

    def _adjoins(self, tok: Token, appos: Token) -> bool:
        """Whether an apposition follows its noun's own phrase ('the fee to qualify for
        the ballot: child actor Brock Pierce; ...' hung on "fee" across another verb's
        clause lists who paid, not what was paid)."""
        return all(t.is_punct or self.table.under(t, tok)
                   for t in self.table.tokens[tok.i + 1:appos.left_edge.i])

    def _named_apposition(self, tok: Token) -> str | None:
        """'a Republican, Mark Amodei', 'a Briton, John Smith': a name-like noun after "a"
        that the entity step took for a group or a place, with the person it classifies
        in apposition, is that person (as "the deputy minister, Gennady Gatilov")."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.table.children(tok)):
            return None
        for c in self.table.children(tok):
            if c.dep_ == "appos" or self._comma_name(c):
                key = self.table.key_of(c)
                if key is not None and self.table.type_of(key) == "Person":
                    return key
        return None

    def _run_in_name(self, tok: Token) -> str | None:
        """'Belgium defeated debutants Panama', 'Biden told host Mika Brzezinski': a bare
        common noun run into a name that the parser hung beside it, on the noun's own head,
        describes that name (as an apposition would). Not a name heading a clause of its
        own ("told reporters Trump had left": Trump the subject of 'had left')."""
        table = self.table
        if tok.tag_ not in ("NN", "NNS") or tok.i + 1 >= len(table.tokens) or \
                "\n" in tok.whitespace_ or any(c.dep_ in ("det", "poss", "nummod")
                                               for c in table.children(tok)):
            return None
        nxt = table.tokens[tok.i + 1]
        key = table.key_of(nxt)
        if key is None or table.type_of(key) not in _RUN_IN_TYPES:
            return None
        name = nxt
        while table.key_of(table.head(name)) == key and table.head(name).i != name.i:
            name = table.head(name)  # the name's own head word ("Mika Brzezinski": the surname)
        head = table.head(name)
        if name.dep_ in ("npadvmod", "dobj", "dative", "oprd") and \
                head.i == table.head(tok).i and head.i != tok.i:
            return key
        return None

    def _holder_after_of(self, tok: Token) -> str | None:
        """'The mayor of New Orleans, LaToya Cantrell, advised': the person the parser
        hung in apposition on the place or body of a title's "of" phrase is the title's
        holder (a person apposed to a place is none of the place's)."""
        table = self.table
        for c in table.children(tok):
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for p in table.children(c):
                owner = table.key_of(p)
                if p.dep_ != "pobj" or owner is None or table.type_of(owner) == "Person":
                    continue
                for a in table.children(p):
                    if a.dep_ == "appos" and a.i > p.i and \
                            (k := table.key_of(a)) and table.type_of(k) == "Person":
                        return k
        return None

    def _holder_in_of(self, tok: Token) -> str | None:
        """'Governor of Washington Chris Gregoire announced', 'United States Senator from
        Vermont Bernie Sanders won': the parser makes the holder's name the object of the
        title's "of" or "from", the state a compound of the name; the title is that
        person (``kg.extract.roles`` reads the position the same way). "from" only after
        a capitalised title ("a correspondent from French Wikinews" is where from)."""
        table, titles = self.table, lexicons.roles()["titles"]
        if tok.lemma_.lower() not in titles and tok.lower_ not in titles:
            return None
        for c in table.children(tok):
            if c.dep_ != "prep" or c.i != tok.i + 1 or not (
                    c.lower_ == "of" or c.lower_ == "from" and tok.is_title):
                continue
            for p in table.children(c):
                key = table.key_of(p)
                if p.dep_ != "pobj" or key is None or table.type_of(key) != "Person":
                    continue
                start = next(t.i for t in table.tokens[c.i + 1:p.i + 1]
                             if table.key_of(t) == key)
                between = table.tokens[c.i + 1:start]
                # the state or body between the preposition and the name, nothing else
                if between and all(t.ent_type_ in ("GPE", "ORG", "LOC", "NORP") or
                                   t.dep_ == "det" for t in between):
                    return key
        return None

    def _titled_person_after(self, tok: Token) -> str | None:
        """'moderated by USA Today Washington Bureau Chief Susan Page': an organisation's
        name that runs on, with no break, into a title and a person's name introduces that
        person, whatever the parser made of the run (here "USA Today" the object of "by"
        and the person an adverbial of the verb)."""
        table = self.table
        key = table.key_of(tok)
        end = tok.i + 1
        while end < len(table.tokens) and table.key_of(table.tokens[end]) == key:
            end += 1
        titles = lexicons.roles()["titles"]
        titled = False
        for t in table.tokens[end:end + 5]:
            k = table.key_of(t)
            if k is not None and table.type_of(k) == "Person":
                # the person's name is its own phrase, not the body's head's modifier
                return k if titled and table.head(tok).i != t.i else None
            if not (t.is_title or t.is_upper) or t.is_punct or not t.is_alpha or \
                    "\n" in t.whitespace_ or k is not None and k != key and \
                    table.type_of(k) not in ("Place", "Country"):
                return None
            titled = titled or t.lower_ in titles
        return None

    def entity(self, tok: Token) -> str | None:
        """The entity ``tok`` (a phrase head) names or stands for, or None."""
        table, w = self.table, self.words
        key = table.key_of(tok)
        if key is not None and table.type_of(key) in ("Date",):
            return None
        if key is not None and table.type_of(key) != "Person":
            named = self._named_apposition(tok)
            if named is not None:
                return named
        if key is not None and table.type_of(key) == "Organization":
            titled = self._titled_person_after(tok)
            if titled is not None:
                return titled
        if key is not None and not (tok.like_num or tok.ent_type_ in _AMOUNT_LABELS and
                                    any(c.dep_ == "prep" and c.lower_ == "of"
                                        for c in self.table.children(tok))):
            return key
        low, lemma = tok.lower_, tok.lemma_.lower()
        group = tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod"
                                                    for c in self.table.children(tok))
        for child in self.table.children(tok):
            # (not "two Cabinet officers, Wilbur Ross and William Barr": a counted group is
            # not the first name of its list)
            if group or child.dep_ != "appos" and not self._comma_name(child):
                continue
            if not self._adjoins(tok, child):
                continue
            for c in [child] + list(child.conjuncts):
                # "the deputy minister, Gennady Gatilov"; "radio personality, television
                # host, and philanthropist Don Imus": the name closing a list of titles
                if (k := table.key_of(c)) and table.type_of(k) not in ("Date", "Quantity"):
                    return k
        if not group and (run_in := self._run_in_name(tok)) is not None:
            return run_in
        if not group and (titled := self._holder_in_of(tok)) is not None:
            return titled
        if tok.pos_ == "NOUN" and not group:
            held = self._holder_after_of(tok)
            if held is not None:
                return held
        if lemma in w.partitives or tok.like_num or tok.ent_type_ in _AMOUNT_LABELS:
            # "the main part of Russian troops", "thousands of X"
            for c in self.table.children(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in self.table.children(c):
                        if p.dep_ == "pobj" and (k := self.entity(p)):
                            # ("most of the infected people", "parts of Abaco": a part
                            # of a group or place named before is not all of it)
                            # (a part noun or a number keeps the whole: "part of the
                            # George Washington Bridge" is where, on dev, the bridge)
                            quantifier = tok.lemma_.lower() in w.part_quantifiers
                            return self._part_key(tok, p) \
                                if quantifier and self._picks_part(tok, p) else k
        forces = self._forces_of(tok)
        if forces:
            return forces
        if low in _GOVERNMENT_NOUNS or lemma in w.context_nouns or low in w.force_nouns or (
                lemma in w.state_organs):
            state = self._state_of(tok)
            if state:
                return state
        if low in w.place_cues:  # "the city of El Obeid"
            for child in self.table.rights(tok):
                if child.dep_ == "prep" and child.lower_ == "of":
                    for g in self.table.children(child):
                        if g.dep_ == "pobj" and (k := table.key_of(g)) and \
                                table.type_of(k) == "Place":
                            return k
        if lemma in w.org_nouns or lemma in w.facility_cues or low in w.facility_cues:
            # "the IG Metall union", "the Hmeimim (Lattakia) air base"
            for child in self.table.lefts(tok):
                k = table.key_of(child)
                if k and child.dep_ in ("compound", "nmod", "amod", "appos") and \
                        table.type_of(k) in ("Organization", "Facility"):
                    return k
        # "X is an organisation which helps", "X, the lawyer who represented": the named
        # entity the description is said to be, the description a mention of it (as a
        # resolved "the company" is: annotators give either the phrase or the name)
        key = predicated_name(tok, table, self._type_of)
        if key is None and tok.tag_ == "NN" and tok.pos_ == "NOUN":
            # "the man, later identified as Khairi Saadallah", and "a man" near it
            if self._identities is None:
                self._identities = identities(table)
            key = identified_person(tok, table, self._identities)
        if key is not None:
            table.add(phrase(tok, table), table.type_of(key), table.name_of(key),
                      kind="description", key=key)
        return key

    def _state_of(self, tok: Token) -> str | None:
        """'Kenyan police', 'the Swedish government', "his government": the state acting
        ("Turkish rebel forces" are not the state, nor is one of its organs: "allowing an
        Austrian court to require Facebook" had Austria require it)."""
        if any(c.dep_ == "det" and c.lower_ in _ONE_OF_MANY for c in self.table.children(tok)):
            return None
        if any(c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ not in _STATE_WORDS
               and c.text not in self.words.countries.demonyms and self.table.key_of(c) is None
               for c in self.table.children(tok)):
            return None
        for c in self.table.children(tok):
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i:
                if c.text in self.words.countries.demonyms:
                    return self._country_mention(c)
                key = self.table.key_of(c)
                if key and self.table.type_of(key) == "Country":
                    return key
                if key and c.dep_ == "poss" and self.table.type_of(key) == "Person" and \
                        tok.lemma_.lower() in self.words.context_nouns:
                    return key  # "his government", "Biden's administration"
        return None

    def _country_mention(self, tok: Token) -> str | None:
        country = self.words.countries.demonyms.get(tok.text)
        if not country:
            return None
        return self.table.add(self.doc[tok.i:tok.i + 1], "Country", country,
                              kind="description", key=entity_key("Country", country))

    def demonym(self, tok: Token) -> str | None:
        """A demonym modifier ("Russian air strikes") as a mention of its country."""
        return self.table.key_of(tok) if self.table.key_of(tok) and \
            self.table.type_of(self.table.key_of(tok)) == "Country" else \
            self._country_mention(tok)

    def _forces_of(self, tok: Token) -> str | None:
        """'its military', 'his troops': forces of the country the possessive names."""
        w = self.words
        if tok.lower_ not in w.force_nouns and tok.lemma_ not in w.force_nouns:
            return None
        for c in self.table.children(tok):
            if c.dep_ != "poss":
                continue
            between = tok.doc[c.i + 1:tok.i]
            if any(self.table.head(t).i != tok.i and self.table.head(t).i != c.i for t in between):
                continue  # "Ethiopia's government and rebel forces": not Ethiopia's forces
            owner = self.table.key_of(c)
            country = None
            if owner and owner.startswith("Country:"):
                country = self.table.name_of(owner)
            elif owner and owner.startswith("Place:"):  # "Moscow's jets"
                country = w.countries.capitals.get(self.table.name_of(owner))
            elif owner in self.holders_country:
                country = self.table.name_of(self.holders_country[owner])
            if country:
                name = f"{w.countries.adjective.get(country, country)} forces"
                return self.table.add(self.doc[c.i:tok.i + 1], "Group", name,
                                      kind="description", key=entity_key("Group", name))
        return None

    # -- any argument -------------------------------------------------------------------
    def of(self, tok: Token, *, events: bool = True) -> list[Node]:
        """The nodes of the phrase headed by ``tok`` and of its conjuncts."""
        out: list[Node] = []
        if tok.lower_ in _RELATIVE and tok.tag_ in ("WDT", "WP"):
            # "winds and rain that led ...": the antecedent's coordination, each conjunct
            antecedent = _antecedent(tok)
            if antecedent is not None and antecedent.dep_ == "conj":
                first = antecedent
                while first.dep_ == "conj":
                    first = self.table.head(first)
                tok = first
        group = coordinated_antecedent(tok, self.table)
        if group is not None:
            tok = group  # "they" for "Biden and Sanders": each of the names, a node each
        # "singer and lyricist Robert Hunter", "Jephcott is a veterinarian and farmer,
        # who": bare conjoined nouns of one named person's title or description
        titled = self.table.key_of(tok) is None and self.entity(tok) is not None and any(
            c.dep_ == "appos" for c in self.table.children(tok)) or \
            tok.dep_ == "attr" and predicated_name(tok, self.table, self._type_of) is not None
        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i][:6] + \
            _counted_list(tok, self.table) + _named_members(tok, self.table) + \
            _companions(tok, self.table)
        if tok.dep_ == "dobj":
            # "Smith won 52% and Jones 48%": a gapped clause, not a second object (its own
            # subject and verb cannot be read right, so nothing is read for it)
            heads = [h for h in heads if h is tok or not _gapped(h, self.table)]
            # "lost their lives and scores more were injured": the subject of the next
            # clause, not a second object. Not for a light verb: one that carries no event
            # noun is read as the verb itself, a known defect its second object kept under
            # the threshold ("underwent building work and scaffolding was erected")
            verb = self.table.head(tok)
            taken = set() if verb.lemma_.lower() in lexicon().light else {
                s.i for v in self.table.children(verb) if v.dep_ == "conj"
                for s in [conjunct_subject(v, self.table)] if s is not None}
            heads = [h for h in heads if h.i not in taken]
        if tok.ent_type_ not in ("DATE", "TIME"):
            # "supported education and farming, and a few years into his tenure, Zimbabwe
            # had ...": a time conjoined after things begins the next clause (misparsed)
            heads = [h for h in heads if h is tok or h.ent_type_ not in ("DATE", "TIME")]
        # (the first too when it is a bare title: "Free and Equal Elections Foundation
        # founder and director Christina Tobin moderated" names one person)
        heads = [self._titled_name(h) if h is not tok else
                 self._title_before_titled_name(h) or h for h in heads]
        for t in heads + [e for h in heads for e in self._examples(h)]:
            if titled and t is not tok and t.pos_ == "NOUN" and not any(
                    c.dep_ in ("det", "poss", "nummod") for c in self.table.children(t)):
                continue  # "singer and lyricist Robert Hunter": titles of one person
            node = self._one(t, events)
            if node is not None and node not in out:
                out.append(node)
        return out

    def _titled_name(self, noun: Token) -> Token:
        """The person a conjoined title noun stands before: "Baker, Bruce and
        singer/guitarist Eric Clapton", "Collins and vice presidential nominee Billy Joe
        Parker" (the parser hung the name on the first conjunct, as its apposition or
        conjunct, and left the title as the conjunct): the name, not the bare title.
        So is a bare title joined by "and" to a titled name: "Justin Amash and former Rhode
        Island governor and US Senator Lincoln Chafee" are two people, not three."""
        later = self._title_before_titled_name(noun)
        if later is not None:
            return later
        if noun.pos_ != "NOUN" or noun.right_edge.i != noun.i or \
                noun.i + 1 >= len(self.table.tokens) or any(
                c.dep_ in ("det", "poss", "nummod") for c in self.table.children(noun)):
            return noun
        name = self.table.tokens[noun.i + 1]
        if name.pos_ != "PROPN":
            return noun
        while name.dep_ in ("compound", "flat") and self.table.head(name).i > name.i and \
                self.table.head(name).pos_ == "PROPN":
            name = self.table.head(name)
        key = self.table.key_of(name)
        if key is None or self.table.type_of(key) != "Person" or \
                self.table.head(name).i == noun.i:
            return noun  # (a bare common noun right before a person's name is a title)
        return name

    def _title_before_titled_name(self, noun: Token) -> Token | None:
        """The person's name when ``noun`` is a bare singular title ("governor", no
        article or possessive) whose next conjunct, right after its "and", is a named
        person with a title of their own ("and US Senator Lincoln Chafee"): one person
        who held both offices. A bare title alone in a list stays ("the mayor and
        police"), and so does one with its own article ("a governor and Senator X")."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or any(
                c.dep_ in ("det", "poss", "nummod") for c in self.table.children(noun)) or \
                noun.lemma_.lower() not in lexicons.roles()["titles"]:
            return None
        cc = self.table.tokens[noun.i + 1] if noun.i + 1 < len(self.table.tokens) else None
        if cc is None or cc.lower_ != "and":
            return None
        later = next((c for c in self.table.children(noun)
                      if c.dep_ == "conj" and c.i > cc.i), None)
        if later is None or later.pos_ != "PROPN" or later.left_edge.i != cc.i + 1:
            return None
        key = self.table.key_of(later)
        titles = [t for t in self.table.tokens[cc.i + 1:later.i]
                  if self.table.key_of(t) != key]
        if key is None or self.table.type_of(key) != "Person" or not titles:
            return None
        return later

    def _one(self, tok: Token, events: bool) -> Node | None:
        standalone = tok.pos_ == "PRON" or tok.pos_ == "DET" and tok.lower_ in OPEN_PRONOUNS \
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")  # "this", "those"
        if tok.lower_ in _RELATIVE and tok.tag_ in ("WDT", "WP"):
            antecedent = _antecedent(tok)  # "the blackouts, which were expected to last"
            return self._one(antecedent, events) if antecedent is not None else None
        if tok.lower_ in _RELATIVE and not (tok.text.isupper() and len(tok.text) > 1) or \
                tok.pos_ in ("DET", "ADP", "PUNCT", "SPACE", "CCONJ") and not standalone:
            return None  # (but "the WHO's decision": the World Health Organization)
        if _hyphen_prefix(tok, self.table) or (
                tok.dep_ == "conj" and tok.text in DASHES and not self.table.children(tok)):
            # "re" of "re-posts" the parser made a word of its own: no phrase; nor is the
            # lone hyphen of "non-interventionism" the tagger took for a noun and a
            # conjunct (a subject hyphen stands for its word: "ex-Muslims have been")
            return None
        if events and tok.i in self.predicates:
            return Node(event=tok.i, token=tok)
        key = self.entity(tok)
        head = self.table.head(tok)
        if key is not None and head.i != tok.i and key == self.table.key_of(head) \
                and (self.table.is_description(key) and (
                    tok.tag_ == "PRP$" or tok.dep_ == "poss" or
                    self.table.key_of(self.table.head(head)) == key) or
                    self.table.type_of(key) == "Quantity" and head.lower_ == "of" and any(
                        c.dep_ in ("acl", "relcl") for c in self.table.children(tok))):
            # "their plans", "the possibility of an electrical fault triggering the
            # accident", "the government's practice": a word inside a larger phrase's
            # description is not that phrase; nor is a noun inside an amount's "of" that
            # a clause modifies ("82% of youth suicides involving a gun": what involves it)
            key = None
            if tok.tag_ != "PRP$" and tok.pos_ in ("NOUN", "PROPN"):
                key = self.describe(tok)
        if key is not None:
            table = self.table
            if table.type_of(key) == "Quantity":
                self._set_value(key, tok)
            return Node(key=key, token=tok)
        if standalone:
            of = partitive_of(tok)
            if of is not None:  # "some of Qawi's supporters", "most of the infected people"
                return self._part(tok, of, events)
            return self._pronoun(tok)
        vague = tok.lemma_.lower() in self.words.vague
        if (vague or tok.like_num) and \
                tok.lower_ not in _NEGATED_PARTS and tok.dep_ in ("nsubj", "nsubjpass"):
            of = partitive_of(tok)
            if of is not None and (vague or of.lower_ not in _RELATIVE):
                # "one of them died", "most of the infected people were found", "a lot
                # of people lost their homes": a vague head is read with the phrase it
                # picks from, as the subject (not "none of them": that says no one did it;
                # not as an object: "asking a lot of Republicans" in a list of the asked);
                # a number picking from a group is as much a part ("Two of the victims
                # told ..."), but "four of whom" is read as the amount it is
                return self._part(tok, of, events)
        if tok.ent_type_ in ("DATE", "TIME") and tok.lemma_.lower() not in _DURATIONS and \
                not tok.like_num:
            return None  # a point in time ("began last November") is the clause's time
        if tok.pos_ in ("NOUN", "PROPN", "NUM") or tok.ent_type_ in _AMOUNT_LABELS or \
                tok.lower_ in self.words.elided and tok.dep_ == "dobj" or (
                tok.tag_ == "VBG" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and
                not any(c.dep_ in ("aux", "nsubj", "dobj") for c in self.table.children(tok))) \
                or _people_adjective(tok, self.table):
            # (a gerund with no object of its own is a thing named: "intensified screening
            # for passengers"; "the accused", "the deceased": people)
            key = self.describe(tok)
            return Node(key=key, token=tok) if key else None
        return None

    def _part(self, tok: Token, of: Token, events: bool) -> Node | None:
        """A quantifier picking from a group ("one of the victims", "some of the
        protesters", "most of the infected people"): the part is a node of its own, the
        whole phrase (the gold's span), not the group's entity (what one of them did, the
        group did not); a quantifier covering the whole ("all of them", "both of the
        flight recorders", "each of the ..."), or a mass word with no count ("a lot of
        people"), stands for the group."""
        if not self._picks_part(tok, of):
            return self._one(of, events)
        return Node(key=self._part_key(tok, of), token=tok)

    def _picks_part(self, tok: Token, of: Token) -> bool:
        """Whether ``tok`` + "of" ``of`` names a part of a definite whole: a quantifier
        ("one", "some", "most" of ...), or a part noun or number picking from a group or
        place the text points at ("parts of Abaco", "two of the officers"; not
        "thousands of Israelis", "the main part of Russian troops": no group picked from)."""
        w, low, lemma = self.words, tok.lower_, tok.lemma_.lower()
        if low in w.whole_quantifiers or lemma in w.whole_quantifiers:
            return False
        if of.lower_ in _RELATIVE or of.pos_ == "NOUN" and of.lemma_.lower() in w.vague:
            # "some of whom were hospitalised": the relative's antecedent reads it; "Most
            # of the time, ..." is an adverbial, no participant
            return False
        if lemma in w.part_quantifiers or low in w.part_quantifiers:
            return True
        if not (lemma in w.partitives or tok.like_num):
            return False
        return of.pos_ == "PRON" or of.pos_ == "PROPN" and of.ent_type_ != "NORP" or any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this",
                                                                  "that")
            for c in self.table.children(of))

    def _part_key(self, tok: Token, of: Token) -> str:
        """The description node of a partitive phrase, its whole span ("One of the
        victims"), typed as what it picks from."""
        if tok.i not in self._described:
            type_ = OPEN_PRONOUNS.get(of.lower_) or self._type_of(of)
            if type_ == "Quantity":
                type_ = "Thing"
            self._described[tok.i] = self.table.describe(phrase(tok, self.table), type_)
        return self._described[tok.i]

    def _people(self, noun: Token) -> str | None:
        """The node of a common noun when it names people ("researchers", "police")."""
        key = self.entity(noun) or self.describe(noun)
        return key if key and self.table.type_of(key) in ("Person", "Group") else None

    def _pronoun(self, tok: Token) -> Node | None:
        """An unresolved pronoun: a node of its own mention when it may stand for someone
        unnamed ("we", "they", "it"); for one person ("he": someone named) none, unless one
        unnamed person was just spoken of (``person_before``), whose mention it is."""
        type_ = OPEN_PRONOUNS.get(tok.lower_)
        if tok.lower_ in STANDALONE_POSSESSIVES and tok.dep_ != "poss":
            type_ = "Thing"
        if type_ is None and self.table.key_of(tok) is None and \
                (noun := person_before(tok, self.table)) is not None:
            key = self.describe(noun)
            if key is not None and self.table.type_of(key) == "Person":
                # "A man was arrested on Friday. He was charged with ...": the pronoun is a
                # mention of the one unnamed person it stands for
                if self.table.mention_kind(key, tok) is None:
                    self.table.add(self.doc[tok.i:tok.i + 1], "Person",
                                   self.table.name_of(key), kind="pronoun", key=key)
                return Node(key=key, token=tok)
        if type_ is None or tok.dep_ == "expl":
            return None
        key = (people_before(tok, self.table, self._people, things_stop=True)
               or self._reporting_body(tok)) if self.table.key_of(tok) is None else None
        if key is not None:
            # ("The researchers plan to gather information so they can evaluate"): the
            # pronoun is a mention of the people it stands for
            if self.table.mention_kind(key, tok) is None:
                self.table.add(self.doc[tok.i:tok.i + 1], self.table.type_of(key),
                               self.table.name_of(key), kind="pronoun", key=key)
            return Node(key=key, token=tok)
        if tok.i not in self._described:
            self._described[tok.i] = self.table.describe(self.doc[tok.i:tok.i + 1], type_)
        return Node(key=self._described[tok.i], token=tok)

    def _reporting_body(self, pron: Token) -> str | None:
        """'The company said it would cut 10,000 jobs', 'the ministry said it had
        arrested three suspects': the subject "it" of a clause a body reports, the body
        unnamed, is that body (as a named one is, through coreference); so is a "they"
        ("the Turkish government declared they were officially ending the search")."""
        if pron.lower_ not in ("it", "they") or pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = self.table.head(pron)
        verb = self.table.head(clause)
        if clause.dep_ != "ccomp" or verb.i == clause.i or \
                verb.lemma_.lower() not in lexicon().speech:
            return None
        subject = next((c for c in self.table.children(verb) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
            return None
        key = self.table.key_of(subject)
        if key is not None and not self.table.is_description(key):
            return None  # a name: coreference's
        key = key or self.describe(subject)
        return key if key and self.table.type_of(key) == "Organization" else None

    def _set_value(self, key: str, tok: Token) -> None:
        """A Quantity the entity step found ("40 million pounds") gets its value and unit."""
        name = self.table.name_of(key)
        self.table.set_amount(key, number_value(name), _unit(name, tok))

    def _said_object(self, tok: Token) -> bool:
        """'spending his time with his family', 'researched ways to counter submarines',
        'invested significant time': a vague noun of time or manner as a verb's object,
        made definite by a possessive, an adjective or a clause of its own, is what was
        spent or researched (bare 'took time', 'the way' stay no node; so do a clock
        time, "started around 18:00 local time", and a passive's misread adverbial, "are
        used the way they are")."""
        verb = self.table.head(tok)
        return tok.dep_ == "dobj" and tok.lemma_.lower() in self.words.spent and \
            tok.ent_type_ not in ("TIME", "DATE") and not any(
                c.dep_ == "nummod" or c.ent_type_ in ("TIME", "DATE")
                for c in self.table.children(tok)) and not any(
                c.dep_ == "auxpass" for c in self.table.children(verb)) and any(
                c.dep_ in ("poss", "amod", "acl", "relcl") for c in self.table.children(tok))

    def describe(self, tok: Token) -> str | None:
        """A description node for an unnamed noun phrase (also a proper noun the entity
        step did not take: "Jamel Msallem said", "the Crew Dragon was carrying"), or None
        for vague heads."""
        if tok.i in self._described:
            return self._described[tok.i]
        w = self.words
        lemma = tok.lemma_.lower()
        parallel = self._elided_parallel(tok) if tok.lower_ in w.elided else None
        # (an elided head with no parallel object names nothing, "bought more", unless
        # it refers of its own: "continued to attack others" names other people)
        if (lemma in w.vague or tok.lower_ in w.elided) and tok.lower_ not in w.referring \
                and parallel is None and \
                not self._said_object(tok) and not self._counted_others(tok):
            return None  # ("bought more": no count, no kind to stand for)
        span = phrase(tok, self.table)
        if tok.dep_ == "poss" and span.end - 1 > tok.i and \
                self.doc[span.end - 1].dep_ == "case" and self.doc[span.end - 1].head.i == tok.i:
            span = self.doc[span.start:span.end - 1]  # a possessor: "the government('s)"
        type_ = self._type_of(tok) if parallel is None else self.kind_of(parallel)
        if type_ == "Quantity":  # "Google 2.4 billion euros": the name is not the amount
            start = span.start
            while start < tok.i and self.table.key_of(self.table.tokens[start]) is not None and \
                    self.table.tokens[start].pos_ == "PROPN":
                start += 1
            span = self.doc[start:span.end]
        text = self.table.text_of(span)
        if not text.strip():
            return None
        value = unit = None
        count = next((c for c in self.table.children(tok) if c.dep_ == "nummod"), None)
        if type_ == "Quantity":
            value, unit = number_value(text), _unit(text, tok)
        elif count is not None:
            noun = lemma if parallel is None else parallel.lemma_.lower()
            value, unit = number_value(count.text), _IRREGULAR.get(noun, noun)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in self.table.children(tok)) and count is None
        # one head, one number: "the states filing suit" is not "the state of emergency"
        # named before it, nor "the state" the "sixteen states"
        number = "plural" if tok.tag_ in ("NNS", "NNPS") else "singular"
        earlier = self._by_head.get(f"{type_}:{lemma}:{number}", [])
        key = None
        if definite and len(earlier) == 1 and \
                self.table.sentence_index(tok) - self.table.sentence_index(
                    self.doc[earlier[0][0]]) <= 4 and \
                not self._contrasted(tok, self.table.tokens[earlier[0][0]]) and \
                not self._the_other(tok, earlier[0][1]):
            key = self.table.describe(span, type_, key=earlier[0][1])  # "the gunman"
        else:
            key = self.table.describe(span, type_, value=value, unit=unit,
                                      name=self._whose_name(tok, span))
            self._by_head.setdefault(f"{type_}:{lemma}:{number}", []).append((tok.i, key))
        self._described[tok.i] = key
        return key

    def _the_other(self, tok: Token, key: str) -> bool:
        """'The actor rat, which pressed the lever, ... avoided shocking the other rat':
        "the other" one is not the one of its noun just described."""
        if not any(c.lower_ == "other" and c.i < tok.i for c in self.table.children(tok)):
            return False
        lemma = tok.lemma_.lower()
        last = max((i for i in self._described
                    if i < tok.i and self.doc[i].lemma_.lower() == lemma), default=None)
        return last is not None and self._described[last] == key

    def _whose_name(self, tok: Token, span: Span) -> str | None:
        """'The party, whose members challenged ...': a phrase opened by a relative
        "whose" is named after the noun the clause is on ("The party's members"), or
        its entity's name; None for any other phrase."""
        whose = span[0] if len(span) > 1 else None
        if whose is None or whose.lower_ != "whose" or whose.dep_ != "poss":
            return None
        verb = self.table.head(tok)
        while verb.dep_ not in ("relcl", "acl") and self.table.head(verb).i != verb.i and \
                verb.pos_ not in ("VERB", "AUX"):
            verb = self.table.head(verb)
        owner = self.table.head(verb)
        if verb.dep_ not in ("relcl", "acl") or owner.pos_ not in ("NOUN", "PROPN"):
            return None
        key = self.table.key_of(owner)
        text = self.table.name_of(key) if key is not None else \
            self.table.text_of(phrase(owner, self.table))
        rest = self.table.text_of(span[1:])
        return f"{text}'s {rest}" if not text.endswith("s") else f"{text}' {rest}"

    def _contrasted(self, tok: Token, earlier: Token) -> bool:
        """Whether two descriptions with one head are told apart by their modifiers ("the
        gold medal" ... "the silver medal"): each has one and they share none."""
        def modifiers(t: Token) -> set[str]:
            return {c.lower_ for c in self.table.children(t)
                    if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i}
        mine, theirs = modifiers(tok), modifiers(earlier)
        if singled_out(tok, self.table, theirs | names_after(earlier, self.table)):
            return True
        # one has a possessor, the other names another owner ("Google's response" ... "the
        # response of the press"): two things. Two "of" phrases alone are not told apart:
        # "the total number of cases" ... "the total number of infections" is a measure
        owners = self._owner(tok), self._owner(earlier)
        if None not in owners and owners[0] != owners[1] and \
                any(c.dep_ == "poss" for t in (tok, earlier) for c in self.table.children(t)):
            return True
        return bool(mine) and bool(theirs) and not mine & theirs

    def _owner(self, tok: Token) -> str | None:
        """The lemma of whom a noun belongs to: its possessor ("Google's response") or
        its ``of`` phrase ("the response of the press"); None when it names neither."""
        for c in self.table.children(tok):
            if c.dep_ == "poss":
                return c.lemma_.lower()
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i:
                pobj = next((g for g in self.table.children(c) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj.lemma_.lower()
        return None

    def _counted_others(self, tok: Token) -> bool:
        """'with 25 others injured', 'three others were arrested': counted others are a
        group of their own, people, when no counted noun before says of what kind."""
        return tok.lower_ == "others" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            any(c.dep_ == "nummod" for c in self.table.children(tok))

    def _elided_parallel(self, tok: Token) -> Token | None:
        """'killed nine people and injured at least 50 more', 'wounded 20 others': a
        counted 'more'/'others' object stands for the counted object of the verb it is
        coordinated with (nine people), whose head is returned; a single one counts too
        ('killed a woman named Heather Heyer and injured at least nineteen others')."""
        if not any(c.dep_ == "nummod" for c in self.table.children(tok)):
            return None
        verb = self.table.head(tok)
        if tok.dep_ == "dobj" and verb.dep_ == "conj":
            return next((c for c in self.table.children(self.table.head(verb))
                         if c.dep_ == "dobj" and c.pos_ == "NOUN" and _counted(c, self.table)),
                        None)
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # "Two of Khan's victims died, and three others were seriously injured", "killed
        # four people, with 25 others injured": a counted subject stands for the counted
        # subject or object of the clause its own is joined to (by "and" or "with")
        outer = self.table.head(verb)
        if verb.dep_ == "pcomp" and outer.lower_ == "with":
            outer = self.table.head(outer)
        elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with"
                                          for c in self.table.children(verb)):
            pass  # (the parser's other reading of "with": the participle's mark)
        elif verb.dep_ != "conj":
            return None
        for c in self.table.children(outer):
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or c.i == tok.i:
                continue
            if c.pos_ == "NUM" and (of := _partitive_noun(c, self.table)) is not None:
                c = of  # "Two of Khan's victims": victims
            if c.pos_ == "NOUN" and (_counted(c, self.table) or c.tag_ == "NNS"):
                return c
        return None

    def kind_of(self, tok: Token) -> str:
        """What an unnamed phrase head is: Person, Group, Organization, Place, Facility,
        Quantity or Thing."""
        return self._type_of(tok)

    def _examples(self, head: Token) -> list[Token]:
        """The members a "such as" list names for ``head``; none where, after a comma, it
        names people for a noun that names no person: the parser hung the list on the
        nearest noun ("photographers who used the camera, such as Ansel Adams": examples of
        the photographers), or the people are mere examples of a kind ("worship the
        ancient gods, such as Zeus, Hera": the dev gold's patient is the gods alone)."""
        found = _such_as(head, self.table)
        if found and self.table.key_of(head) is None and self._type_of(head) == "Thing" and \
                head.i + 1 < len(self.table.tokens) and \
                self.table.tokens[head.i + 1].text == "," and any(
                    self.table.type_of(self.table.key_of(e)) == "Person" for e in found
                    if self.table.key_of(e) is not None):
            return []
        return found

    def _type_of(self, tok: Token) -> str:
        w = self.words
        lemma, low = tok.lemma_.lower(), tok.lower_
        if tok.ent_type_ in _AMOUNT_LABELS or tok.like_num or lemma in _DURATIONS or \
                is_amount(tok, self.table) or any(  # "a 30-year term", "a 30- to 35-year term"
                    c.lemma_.lower() in _DURATIONS and c.dep_ in ("compound", "amod", "nmod")
                    and any(g.like_num for g in c.subtree) for c in self.table.lefts(tok)):
            if not (lemma in w.person_nouns or lemma in w.group_nouns):
                return "Quantity"
        if lemma in w.person_nouns or low in w.person_nouns or _people_adjective(tok, self.table):
            return "Person"
        if lemma in w.group_nouns or low in w.force_nouns or lemma in w.force_nouns:
            return "Group"
        if lemma in w.organisation_nouns or lemma in w.org_nouns:
            return "Organization"
        if lemma in w.place_nouns or low in w.place_cues:
            return "Place"
        if lemma in w.facility_nouns or lemma in w.facility_cues:
            return "Facility"
        if tok.tag_ == "NNS" and re.search(r"(ers|ors|.{3}ists|ians|ants|(?<!m)ents)$", low) and \
                not re.search(r"(members|numbers|orders|papers|centers|waters|matters|"
                              r"letters|rents|events|agents|elements|documents|"
                              r"comments|statements|amounts|payments)$", low):
            # "prosecutors", "rescuers", "protesters", "residents"; not a "-ments" noun
            # ("arguments", "treatments") nor a short lookalike ("fists", "lists")
            return "Person"
        if tok.tag_ == "NN" and re.search(r".{4}ist$", low) and \
                not re.search(r"(list|gist|mist|heist|geist|sist)$", low):
            # "a pan-Africanist who", "an activist", "the economist"; not a list, a
            # zeitgeist or a verb's lookalike ("consist", "insist")
            return "Person"
        return "Thing"


#: Parts that deny their whole: "none of the candidates won" is no fact about them.
_NEGATED_PARTS = frozenset({"none", "neither", "no"})


def _people_adjective(tok: Token, table: EntityTable) -> bool:
    """'Police arrested the accused', 'the deceased was identified': a participle or
    adjective after "the" standing as an argument on its own names people (the parser
    gives it no noun to modify)."""
    children = table.children(tok)
    return tok.tag_ in ("VBN", "JJ") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and all(c.dep_ in ("det", "prep", "punct", "relcl", "acl") for c in children)
    # (not a superlative's "the most difficult was to ...": what is difficult, no one)


def partitive_of(tok: Token) -> Token | None:
    """The phrase a pronoun picks a part of ("some of the supporters" -> supporters)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _antecedent(rel: Token) -> Token | None:
    """What a relative pronoun stands for, wherever it sits in its relative clause ("the
    ads, of which some were not accepted", "which Iowa uses", "rain that led the crane to
    fall"): the head of the nearest relative clause above it."""
    tok = rel
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head if tok.head.lower_ not in _RELATIVE else None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    doc = rel.doc
    if rel.dep_ in ("nsubj", "nsubjpass") and rel.head.dep_ == "ccomp" and rel.i > 0 and \
            doc[rel.i - 1].pos_ in ("NOUN", "PROPN") and rel.head.i > rel.i and all(
                t.dep_ in ("aux", "auxpass", "advmod", "neg")
                for t in doc[rel.i + 1:rel.head.i]):
        # "caused by strong winds and heavy rain that led the crane to fall": a relative
        # clause the parser hung on the main verb as its complement
        return doc[rel.i - 1]
    return None


def _named_conjuncts(first: Token, table: EntityTable) -> list[Token]:
    """The named people of a coordination that begins at ``first`` ("Biden and Sanders"),
    or none when a conjunct is no named person ("Rajamma and her husband")."""
    group = [first] + [c for c in first.conjuncts if c.i > first.i]
    if len(group) < 2 or any(
            (k := table.key_of(t)) is None or table.type_of(k) != "Person" for t in group):
        return []
    return group


def coordinated_antecedent(pron: Token, table: EntityTable) -> Token | None:
    """The first name of the coordinated subject a plural "they"/"them" coreference left
    unresolved stands for ("Biden and Sanders announced they were to form"): the nearest
    plural candidate in its own or the previous sentence, every conjunct a named person.
    A plural noun between ("the two leaders"), or another "they", is a nearer candidate:
    then nothing (a description is not the names, and the names may not be meant)."""
    if pron.lower_ not in ("they", "them") or pron.pos_ != "PRON" or \
            table.key_of(pron) is not None or \
            pron.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    start, _ = table.sentence_bounds(pron)
    if start > 0:
        start, _ = table.sentence_bounds(table.tokens[start - 1])
    for t in reversed(table.tokens[start:pron.i]):
        if t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "them", "we", "us"):
            return None  # a nearer plural candidate
        if t.dep_ != "conj" or t.pos_ != "PROPN":
            continue
        first = t
        while first.dep_ == "conj":
            first = table.head(first)
        if first.dep_ not in ("nsubj", "nsubjpass") or not _named_conjuncts(first, table) \
                or table.head(first).i == table.head(pron).i:
            return None  # (an object's names, or a co-argument of the pronoun's own verb)
        return first
    return None


def people_before(pron: Token, table: EntityTable,
                  people: Callable[[Token], str | None], *, things_stop: bool = False
                  ) -> str | None:
    """The people a "they"/"them" coreference left open stands for ("Police arrived shortly
    after midnight. They said ...", "Organizers of the rally said they were fighting
    corruption"): the nearest plural common noun before it that is a clause subject, in its
    sentence or the one before, and that ``people`` gives a key of people for (not things:
    "... where coastal ice sheets had melted ... they observed"); not the subject of a
    reported clause ('They told me all the girls here are like ...': one spoken of is not
    who goes on). With ``things_stop``, a nearer plural subject that is no people ("these
    things are hard to predict, they may take off") leaves the pronoun open. Only a
    subject: an object "them" is more often what the clause before acted on ("a warship
    was deployed to retrieve them"). Shared by fact arguments and claim speakers."""
    if pron.pos_ != "PRON" or pron.lower_ != "they" or \
            pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    index = table.sentence_index(pron)
    start = table.sents[max(index - 1, 0)].start
    bound = _object_lemmas(table.head(pron), table)
    for t in reversed(table.tokens[start:pron.i]):
        if t.text in QUOTE_MARKS:
            return None  # ('Police said ... "when they woke me up": someone's own words
            # speak of people of their own, not ones the narration named)
        if t.pos_ == "PRON" and t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") and \
                (key := table.key_of(t)) is not None and table.is_description(key) and \
                table.type_of(key) in ("Person", "Group") and table.head(t).dep_ != "ccomp" and \
                table.name_of(key).lower() not in OPEN_PRONOUNS and \
                table.name_of(key).split()[-1].lower() not in bound:
            # "Police arrested a man. They subsequently released him. On Saturday they
            # arrested another": the "they" before, already read as the police, carries
            # them on (a chain of subjects, each within a sentence of the last)
            return key
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or \
                "Plur" not in t.morph.get("Number"):
            continue
        if t.lemma_.lower() in bound:
            continue  # "maybe they bribed the police": not the police named before
        key = people(t)
        if key is None:
            if things_stop:
                return None
            continue
        if table.head(t).dep_ != "ccomp":
            return key
    return None


#: Third-person singular pronouns of a person that may stand for someone unnamed (their
#: gender from discourse.json's pronouns).
_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})


def person_before(pron: Token, table: EntityTable) -> Token | None:
    """The one unnamed person a "he" or "she" coreference left open stands for ("A man was
    arrested on Friday. He was charged with ...", "the bus driver told reporters he lost
    control"): the nearest singular subject noun before it, in its sentence or the one
    before, when that is a person noun ("a man", "the driver"; no name, title or noun with
    an owner, nor a kin word unless of the pronoun's gender: "X's mother ... she") of no
    other gender and no name of a person stands between
    (coreference left the pronoun open: whom a name would give is unsure). A nearer
    subject that is no person ("a fruit ... had exploded in the elephant's mouth, damaging
    her jaw") leaves it open; an object pronoun skips its own clause's subject ("the
    officer shot him": someone else). Not a possessive (whose owner is more often a thing or animal the text names
    than a person), nor in a quotation: someone's own words speak of people of their own."""
    if pron.lower_ not in _PERSON_PRONOUNS or pron.pos_ != "PRON" or pron.dep_ not in (
            "nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    w = _words()
    gender = w.pronoun_genders[pron.lower_]
    other = w.female if gender == "m" else w.male
    index = table.sentence_index(pron)
    start = table.sents[max(index - 1, 0)].start
    own = table.head(pron) if pron.dep_ in ("dobj", "pobj") else None
    for t in reversed(table.tokens[start:pron.i]):
        if t.text in QUOTE_MARKS:
            return None
        key = table.key_of(t)
        if key is not None and table.type_of(key) == "Person" and \
                not table.is_description(key):
            return None  # a named person between: the resolver's to choose
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or t.tag_ != "NN" or \
                own is not None and table.head(t).i == own.i:
            continue
        lemma = t.lemma_.lower()
        if w.kin_genders.get(lemma) == gender:
            # "Mir-Mohammadi's mother died ... She was sister of": a kin noun of the
            # pronoun's gender is the one it speaks of, unless its owner is a pronoun of
            # that gender too ("after her daughter discovered a bag ... She managed to get
            # hold of it": the owner, as likely)
            return None if any(c.dep_ == "poss" and w.pronoun_genders.get(c.lower_) == gender
                               for c in table.children(t)) else t
        if lemma not in w.person_nouns or lemma in w.kinship or lemma in w.titles or \
                lemma in other or any(c.dep_ == "poss" for c in table.children(t)):
            return None  # (nor someone's: "his family planned to marry him off")
        return t
    return None


def _object_lemmas(verb: Token, table: EntityTable) -> set[str]:
    """The nouns a verb takes as objects, directly or through a preposition: a pronoun
    subject of the verb is none of them (binding: "they harm people", "they bribed the
    police" speak of others than the people or police named before)."""
    out = set()
    for c in table.children(verb):
        if c.dep_ == "prep":
            out |= {g.lemma_.lower() for g in table.children(c)
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"}
        elif c.dep_ in ("dobj", "dative") and c.pos_ == "NOUN":
            out.add(c.lemma_.lower())
    return out


@lru_cache(maxsize=1)
def _clausal_verbs() -> frozenset[str]:
    """Verbs that report a 'that' clause: speech, attitude and finding verbs."""
    lex = lexicon()
    return frozenset(lex.speech) | frozenset(lex.attitude) | frozenset(
        lexicons.load_json("discourse.json")["finding_verbs"])


def _split_that_clause(obj: Token, table: EntityTable) -> bool:
    """'established that poor hygiene ... is responsible': a 'that' clause the parser split
    into a reporting verb's object (with 'that' its determiner) and a tensed verb without a
    subject joined to the reporting verb ('show that sensitivity, and others do not' keeps
    its demonstrative)."""
    verb = table.head(obj)
    return verb.lemma_.lower() in _clausal_verbs() and any(
        c.dep_ in ("conj", "ccomp") and c.i > obj.i and c.pos_ in ("VERB", "AUX") and
        c.tag_ in ("VBZ", "VBP", "VBD") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for g in table.children(c))
        for c in table.children(verb))


def phrase(tok: Token, table: EntityTable) -> Span:
    """The noun phrase ``tok`` heads, without relative clauses, appositions, trailing
    participles and conjuncts ("two people", "the six-member Afghan team", "a 30- to
    35-year term", "the killing of X")."""
    doc = tok.doc
    lo = tok.i
    for c in table.lefts(tok):
        if c.dep_ in ("punct", "cc", "preconj") and c.i == tok.left_edge.i:
            continue
        lo = min(lo, c.left_edge.i)
    hi = tok.i
    for c in table.rights(tok):
        if c.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis"):
            break
        if c.dep_ == "prep" and c.lower_ not in ("of",):
            break
        if c.dep_ == "prep" and tok.dep_ in ("dobj", "nsubjpass") and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in table.children(c)):
            break  # "accused the network of swindling": the verb's "of", not the noun's
        hi = max(hi, _right_end(c, table))
    tokens = table.tokens
    while lo < tok.i and (tokens[lo].is_punct or tokens[lo].is_space or tokens[lo].dep_ == "cc") \
            and not (tokens[lo].text == "[" and any(t.text == "]" for t in tokens[lo + 1:tok.i + 1])):
        lo += 1  # (an editor's bracket opening the phrase stays: "[T]he strains")
    lo = _past_focus(tokens, lo, tok)
    if lo > 0 and tokens[lo - 1].text == "[" and any(t.text == "]" for t in tokens[lo:tok.i + 1]):
        lo -= 1  # (and one the parser left out of it)
    if lo + 3 <= tok.i and tokens[lo].text == "[" and tokens[lo + 2].text == "]" and \
            tokens[lo + 1].is_upper and tokens[lo + 1].is_alpha and len(tokens[lo + 1]) > 1:
        lo += 3  # "[WGM] Nazí Paikidze": an editor's title before the name, no part of it
    if lo < tok.i and tokens[lo].lower_ == "that" and tok.dep_ == "dobj" and lo > 0 and \
            tokens[lo - 1].i == table.head(tok).i and _split_that_clause(tok, table):
        lo += 1  # "established that poor hygiene ... is": a complementiser, not a determiner
    while hi > tok.i and (tokens[hi].is_punct or tokens[hi].is_space or
                          tokens[hi].dep_ in ("cc", "neg", "preconj")):
        hi -= 1  # (and a word left before a clause cut off: "black holes of the mass, not")
    # a quotation opened inside the phrase closes with it ('their "real will"')
    open_quote = sum(t.is_quote for t in tokens[lo:hi + 1]) % 2
    if open_quote and hi + 1 < len(doc) and \
            tokens[hi + 1].is_quote and tokens[hi + 1].is_right_punct:
        hi += 1
    elif open_quote and hi + 2 < len(doc) and \
            tokens[hi + 1].text in (".", ",") and tokens[hi + 2].is_quote and \
            tokens[hi + 2].is_right_punct:
        hi += 2  # (with the full stop the quotation closes over: 'a "future society."')
    # so does a parenthesis ("CentOS 8's End of Life (EOL)"); one left open is cut off
    opened = [t.i for t in tokens[lo:hi + 1] if t.text == "("]
    if len(opened) > sum(t.text == ")" for t in tokens[lo:hi + 1]):
        if hi + 1 < len(doc) and tokens[hi + 1].text == ")":
            hi += 1
        elif opened[-1] > tok.i:
            hi = opened[-1] - 1
            while hi > tok.i and (tokens[hi].is_punct or tokens[hi].is_space):
                hi -= 1
    return doc[lo:hi + 1]


def _past_focus(tokens: Sequence[Token], lo: int, tok: Token) -> int:
    """Where a phrase starting at ``lo`` starts once the adverbs that single it out are
    left out ("not just the region"), unless a number follows them ("only 27")."""
    focus = _words().focus
    at = lo
    while at < tok.i and (tokens[at].dep_ in ("advmod", "neg", "preconj") or
                          tokens[at].tag_ == "RB") and (
            tokens[at].lower_ in focus or
            tokens[at].lower_ == "not" and tokens[at + 1].lower_ in focus):
        at += 1
    return lo if tokens[at].like_num or tokens[at].tag_ == "CD" else at


#: Clauses and appositions on a noun inside an "of" phrase, which the phrase may stop before.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})


def _right_end(tok: Token, table: EntityTable) -> int:
    """The last token of ``tok``'s subtree, short of a clause or apposition on a noun inside
    it that is set off by a comma or holds one: "jets of water drawn up by a hose, unlike
    the Flyboard Air, which uses jets of air" ends at "water" (the participle's clause would
    swallow a second phrase, its "jets" then read as this one's); a restrictive clause
    stays ("the text of a message he sent to Seidenberg", "those who lost their lives")."""
    hi = tok.i
    tokens = table.tokens
    for c in table.rights(tok):
        if c.dep_ in _CLAUSE_DEPS and tok.pos_ in ("NOUN", "PROPN") and (
                c.left_edge.i > 0 and tokens[c.left_edge.i - 1].text == "," or
                any(t.text == "," for t in tokens[c.left_edge.i:c.right_edge.i + 1])):
            break
        hi = max(hi, _right_end(c, table))
    return hi


def _unit(text: str, tok: Token) -> str | None:
    low = text.lower()
    for symbol in ("us$", "a$", "c$", "$", "£", "€", "¥"):
        if symbol in low:
            return _CURRENCIES[symbol]
    for word in re.findall(r"[a-z]+", low):
        if word in _CURRENCIES:
            return _CURRENCIES[word]
    if "%" in low or "percent" in low or "per cent" in low:
        return "percent"
    words = re.findall(r"[a-z]+", low)
    for word in reversed(words):
        base = word[:-1] if word.endswith("s") and word[:-1] in _DURATIONS else word
        if base in _DURATIONS:
            return base
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma not in _SCALES:
        return lemma
    head = tok.head
    if tok.dep_ == "nummod" and head.pos_ == "NOUN":
        return head.lemma_.lower()
    return None


#: Entity labels of a gapped clause's subject: what can do what the verb says.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _partitive_noun(number: Token, table: EntityTable) -> Token | None:
    """The noun a number picks from: "Two of Khan's victims" -> victims."""
    of = next((c for c in table.children(number) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else next(
        (g for g in table.children(of) if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)


def _counted(noun: Token, table: EntityTable) -> bool:
    """Whether a noun is counted: a number ('nine people') or the article of one ('a
    woman'), not a mass or plural noun that gives no kind to count ('caused damage')."""
    return any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an")
               for c in table.children(noun))


def _gapped(conjunct: Token, table: EntityTable) -> bool:
    """A conjoined object that is the remnant of a gapped clause, subject and object with
    the verb left out: a quantity with a name before it ("won 52% and Jones 48%") or a
    name counted after it ("sent 200 troops, France 300 and Italy 150")."""
    kids = table.children(conjunct)
    quantity = conjunct.like_num or conjunct.text == "%" or \
        conjunct.ent_type_ in _AMOUNT_LABELS
    if quantity and any(k.i < conjunct.i and k.dep_ in ("nmod", "compound", "nsubj", "npadvmod")
                        and (k.pos_ == "PROPN" or k.ent_type_ in _ACTOR_LABELS) for k in kids):
        return True
    return conjunct.ent_type_ in _ACTOR_LABELS and any(
        k.dep_ == "nummod" and k.i > conjunct.i for k in kids)


def conjunct_subject(verb: Token, table: EntityTable) -> Token | None:
    """The subject of a conjoined clause that the parser joined to the object before it:
    in "lost their lives and scores more were injured" it made "scores" a conjunct of
    "lives" and "were injured" a conjunct of "lost" without a subject. A conjunct verb
    with an auxiliary (or a finite verb) and no subject of its own, right after a noun
    conjoined by "and"/"or" to an object of the verb it is conjoined to (only adverbs
    between), has that noun as its subject: the noun is no second object."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    kids = table.children(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return None
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in kids)):
        return None
    j = verb.left_edge.i - 1
    while j > 0 and table.tokens[j].pos_ in ("ADV",) or (
            j > 0 and table.tokens[j].dep_ == "advmod"):
        j -= 1
    noun = table.tokens[j]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    first = noun
    while first.dep_ == "conj":
        first = table.head(first)
    if first.dep_ != "dobj" or table.head(first).i != table.head(verb).i:
        return None
    cc = [c for c in table.children(table.head(noun)) if c.dep_ == "cc" and
          c.i < noun.left_edge.i] + [c for c in table.children(noun) if c.dep_ == "cc"]
    return noun if cc else None


def _counted_list(tok: Token, table: EntityTable) -> list[Token]:
    """'six miners, two guards, and one driver': a list of counted phrases the parser read
    as an apposition ('two guards' appos of 'six miners', 'one driver' its conjunct): the
    apposition and its conjuncts are members of the list, when both the head and the
    apposition are counted and the apposition's conjuncts are closed by 'and'/'or'
    ('Ivanov, 45, and his wife' has no counted head). Likewise a second counted
    complement of the same copula ('the dead are fourteen civilians, five soldiers, and
    one guard' read as two complements)."""
    def counted(t: Token) -> bool:
        return any(c.dep_ == "nummod" for c in table.children(t))

    def closed(a: Token) -> bool:
        # the 'and'/'or' hangs on the apposition or on any of its conjuncts ("126 skins,
        # eight tails, 16 skulls and two live jackals": 'and' on 'skulls')
        return any(c.dep_ == "cc" for t in (a, *a.conjuncts) for c in table.children(t))

    if not counted(tok):
        # "his wife Dierdre Coleman, their two sons Wyatt and Zachary, and four daughters":
        # an uncounted head, but a counted apposition joined to a counted conjunct
        near = [a for a in table.children(tok) if a.dep_ == "appos"]
        near += [g for a in near for g in table.children(a) if g.dep_ == "appos"]
        for a in near:
            if a.dep_ == "appos" and counted(a) and any(
                    c.dep_ == "conj" and counted(c) for c in table.children(a)) and \
                    closed(a):
                return [a] + [c for c in a.conjuncts if c.i > a.i and counted(c)][:6]
        return []
    if tok.dep_ == "attr":
        more = [c for c in table.children(table.head(tok))
                if c.dep_ == "attr" and c.i > tok.i and any(
            g.dep_ == "nummod" for g in table.children(c))]
        if more:
            return more[:1] + [c for c in more[0].conjuncts
                               if c.i > more[0].i and counted(c)][:6]
    for a in table.children(tok):
        if a.dep_ == "appos" and any(c.dep_ == "nummod" for c in table.children(a)) and \
                closed(a) and any(c.dep_ == "conj" for c in table.children(a)):
            # (only the counted conjuncts: "four daughters, Nadine, Ashley" names them)
            return [a] + [c for c in a.conjuncts if c.i > a.i and counted(c)][:6]
    return []


def _named_members(tok: Token, table: EntityTable) -> list[Token]:
    """'his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides
    and Jean-Yves Le Drian': a list of two or more names in apposition to a plural noun
    names its members, each an argument (the parser may hang the list on the name
    conjoined before the noun: 'Sameh Shoukry and his ... counterparts, Nikos Dendias, ...').
    One name alone is the noun itself (``NodeReader.entity``)."""
    described = [t for t in [tok] + list(tok.conjuncts)
                 if t.pos_ == "NOUN" and t.tag_ == "NNS"]
    for a in table.children(tok):
        if a.dep_ != "appos" or not any(d.i < a.i for d in described):
            continue
        names = [a] + [c for c in a.conjuncts if c.i > a.i][:6]
        keys = [table.key_of(n) for n in names]
        if len(names) >= 2 and all(keys) and any(
                table.type_of(k) == "Person" for k in keys):
            return names
    return []


def _companions(tok: Token, table: EntityTable) -> list[Token]:
    """'Planned Parenthood, along with the American Civil Liberties Union, have announced',
    'Putin, together with Erdogan, announced': whoever a subject acts along with acts
    too (the parser hangs "along with"/"together with" on the subject)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    out = []
    for c in table.children(tok):
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        if c.lower_ == "along":  # along/prep -> with/prep -> X/pobj
            withs = [g for g in table.children(c) if g.dep_ == "prep" and g.lower_ == "with"]
        elif c.lower_ == "with" and any(g.dep_ == "advmod" and g.lower_ in ("together", "along")
                                        for g in table.children(c)):
            withs = [c]  # together/advmod on with/prep -> X/pobj
        else:
            continue
        out += [o for w in withs for o in table.children(w) if o.dep_ == "pobj"]
    return out


def _such_as(tok: Token, table: EntityTable) -> list[Token]:
    """'artists such as Elvis Costello, Bob Dylan and Jim Lauderdale', 'countries such as
    France and Germany': the examples a phrase names are its members, arguments each."""
    for c in table.children(tok):
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > 0 and \
                table.tokens[c.i - 1].lower_ == "such":
            objs = [g for g in table.children(c) if g.dep_ == "pobj"]
            if objs:
                return objs[:1] + [g for g in objs[0].conjuncts if g.i > objs[0].i][:6]
    return []


def _hyphen_prefix(tok: Token, table: EntityTable) -> bool:
    """A lower-case word joined by a hyphen to the next ("re" of "re-posts", "co" of
    "co-founder"): the first part of one word, not a phrase's head."""
    tokens = table.tokens
    # (capitalised at a sentence's start when the rest is in lower case: "Co-founder of
    # Google, Sergey Brin, met"; not "Al-Qaeda")
    return tok.i + 2 < len(tokens) and not tok.whitespace_ and (
        tok.is_lower or tok.is_sent_start and tok.is_title and tokens[tok.i + 2].is_lower) \
        and tokens[tok.i + 1].text == "-" and not tokens[tok.i + 1].whitespace_ and \
        tokens[tok.i + 2].is_alpha
