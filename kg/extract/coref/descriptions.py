"""Definite descriptions, titles, kin, counterparts and short names -> entities
(see the package's docstring)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.coref.base import (
    clause_head, coordinated_name, DESCRIPTION_WINDOW, discourse_words, LEADER_PROPERTIES,
    Mention, role_weight, SUBJECT_DEPS,
)
from kg.extract.coref.place_modified import places_the_noun
from kg.extract.means import medium_of_saying
from kg.extract.coref.pronouns import Genders
from kg.extract.table import EntityTable
from kg.extract.told_apart import names_after
from kg.model import Role
from kg.vocab import entity_key, ROLE_PROPERTIES


def np_span(head: Token) -> Span:
    """'the Middle Eastern country' from its head: left modifiers only."""
    doc = head.doc
    start = min([head.i] + [t.i for c in head.lefts for t in c.subtree])
    return doc[start:head.i + 1]


def _title_of(head: Token, span: Span) -> tuple[str | None, set[str]]:
    """The longest title the description's last words spell, and its words ('the Prime
    Minister' -> 'prime minister'; 'the minister' -> 'minister')."""
    titles = discourse_words().titles
    words = [t.lower_ for t in span if t.dep_ != "det"]
    for n in range(min(3, len(words)), 0, -1):
        if (title := " ".join(words[-n:])) in titles:
            return titles[title], set(words[-n:])
    return titles.get(head.lower_), {head.lower_}


def is_description(tok: Token, table: EntityTable) -> bool:
    # a capitalised title is still a description: "The President later took action", "the
    # Prime Minister apologised" (its capitalised words all the title's; "President Trump"
    # is a name)
    titles = discourse_words().titles
    title = tok.pos_ == "PROPN" and tok.lower_ in titles and tok.ent_type_ == "" \
        and not any(c.pos_ == "PROPN" and f"{c.lower_} {tok.lower_}" not in titles
                    for c in table.children(tok))
    if (tok.pos_ != "NOUN" and not title) or table.key_of(tok) is not None:
        return False
    if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in discourse_words().plural_heads:
        return False  # "the militants" refers back; "the talks" does not
    if tok.dep_ == "compound" and table.head(tok).pos_ == "PROPN":
        return False  # "the state rail operator SNCF": the name follows
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in table.lefts(tok)):
        return False
    # "the deputy foreign minister, Gennady Gatilov": an apposition names it already
    if any(c.dep_ == "appos" for c in table.children(tok)) or tok.dep_ == "appos":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in table.children(tok)):
        return False  # "the president of France": the role step reads it
    if tok.lemma_.lower() in discourse_words().product_heads:
        return True  # "the iPhone maker": the name is its product, not a name for it
    countries = discourse_words().countries
    if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and
           countries.country_of(c.text) is None and
           f"{c.lower_} {tok.lower_}" not in titles for c in table.lefts(tok)):
        return False  # "the BRICS group" is a name, not a reference back
    return True


def _modifier_countries(span: Span) -> tuple[set[str], set[str] | None]:
    """(countries named by a modifier, countries allowed by a region adjective or None)."""
    w = discourse_words()
    named: set[str] = set()
    allowed: set[str] | None = None
    words = [t.text for t in span[:-1] if t.dep_ != "det"]
    text = f" {' '.join(words).lower()} "
    for region, members in w.regions.items():
        if f" {region} " in text:
            allowed = set(members) if allowed is None else allowed & members
            text = text.replace(f" {region} ", " ")  # "South American" is not "American"
    for word in text.split():
        country = next((w.countries.country_of(t) for t in words if t.lower() == word), None)
        if country:
            named.add(country)
    return named, allowed


def _proper_modifiers(span: Span) -> set[str]:
    """Capitalised modifiers inside a description that are not a country's or region's
    word ("the Democratic party", "the Catholic church"): they name what it is, so only
    an entity whose name has them can be its antecedent."""
    w = discourse_words()
    regions = {x for r in w.regions for x in r.split()}
    return {t.lower_ for t in span[:-1] if t.dep_ in ("amod", "compound", "nmod") and
            t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() and not t.is_sent_start
            and w.countries.country_of(t.text) is None and t.lower_ not in regions}


#: The preposition whose name says which of a kind a description is ("the team from UCL").
_FROM = frozenset({"from"})

#: First words of a role below the one its last word names ("vice president", "deputy
#: prime minister"): "the president" is not its holder.
_SUBORDINATE = frozenset({"vice", "deputy", "assistant", "associate", "under"})


def resolve_title(head: Token, span: Span, roles: list[Role], mentions: list[Mention],
                   table: EntityTable) -> tuple[str, float] | None:
    """'the Syrian leader' -> the one earlier-mentioned person whose position fits."""
    w = discourse_words()
    if any(t.lower_ in _SUBORDINATE for t in span):
        return None  # "the deputy prime minister" is not the prime minister
    if head.lower_ in w.body_part_titles and head.dep_ == "pobj":
        return None  # "shot him in the head": the body part
    role_name, title_words = _title_of(head, span)
    named, _ = _modifier_countries(span)
    earlier = {m.key for m in mentions if m.root.i < head.i}
    countries = {entity_key("Country", c) for c in named}
    fits, loose = set(), set()
    past = any(t.lower_ in ("former", "ex", "then") for t in span)
    for r in roles:
        if r.holder not in earlier or (r.former and not past):
            continue  # "the president" is not the former one
        # "foreign minister" is a minister, a "vice president" no president
        same_role = r.role == role_name or r.role.endswith(" " + str(role_name)) and \
            r.role.split()[0] not in _SUBORDINATE
        leader = head.lower_ in ("leader", "head") and \
            ROLE_PROPERTIES.get(r.role) in LEADER_PROPERTIES
        if not (same_role or leader):
            continue
        if not named or r.organization in countries:
            fits.add(r.holder)
        elif r.organization is None:
            loose.add(r.holder)  # "Prime Minister Netanyahu": the country is not said
    if not fits:
        # no role found, but the title stands before an earlier name: "Former President
        # Donald Trump ... the former president"
        for m in mentions:
            if m.root.i >= head.i or table.type_of(m.key) != "Person":
                continue
            before = {t.lower_ for c in m.root.lefts for t in c.subtree}
            if title_words <= before and not before & _SUBORDINATE and (not named or before & {
                    d.lower() for d, c in w.countries.demonyms.items() if c in named}):
                loose.add(m.key)
    # "Claudio De Vincenti, undersecretary to the prime minister": a title inside a
    # holder's own role phrase is someone else
    inside = {r.holder for r in roles if r.start <= span.start_char < r.end}
    fits, loose = fits - inside, loose - inside
    if len(fits) == 1:
        return next(iter(fits)), 0.8 if named else 0.7
    if not fits and len(loose) == 1:
        return next(iter(loose)), 0.6
    return None


def _kind_fits(head: str, name: str, described: set[str] = frozenset()) -> bool:
    """Whether an organisation's name allows the description head: a kind word in the
    name ("European Commission", "Defence Ministry") admits only the heads of that
    kind, and a strict head ("the ministry", "the network") needs such a word, in the
    name or in the words the name was introduced with ("ABS-CBN Corporation is the
    largest broadcasting company": the network)."""
    w = discourse_words()
    kinds = [x for x in name.lower().replace("-", " ").split() if x in w.org_kinds]
    if kinds:
        return any(head == k or head in w.org_kinds[k] for k in kinds)
    if head not in w.strict_heads:
        return True
    return any(head == k or head in w.org_kinds[k] for k in described if k in w.org_kinds)


def _introducing_nouns(root: Token) -> list[str]:
    """The common nouns a name was introduced with: 'the town of Flin Flon', 'Petrobras,
    the oil company', 'the Vereinigung Cockpit union'."""
    near = [root.head] if root.dep_ == "appos" or root.dep_ == "compound" and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in root.head.children) else []  # "the US state of Alabama": Alabama's noun
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        near.append(root.head.head)
    near += [c for c in root.children if c.dep_ == "appos" or _kind_before(c, root)]
    return [t.lemma_.lower() for t in near if t.i != root.i and t.pos_ == "NOUN"]


def _kind_before(child: Token, root: Token) -> bool:
    """A common noun the parser hung on a name as its compound, before it: the kind it
    is introduced as without an article ("banned Iranian airline Mahan Air")."""
    return child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < root.i


def _described_as(root: Token, name: str) -> set[str]:
    """Words of a name and of the phrase it was introduced with ('Petrobras, the
    state-controlled oil company' -> petrobras, state, control, oil, company)."""
    words = {x.lower() for x in name.replace("-", " ").split()}
    near = [root.head] if root.dep_ in ("appos", "compound") else []
    near += [c for c in root.children if c.dep_ == "appos" or _kind_before(c, root)]
    for t in near:
        words.update(x.lemma_.lower() for x in t.subtree)
    return words


def _introduced_as(key: str, mentions: list[Mention], name: str) -> set[str]:
    """Lemmas of every phrase an entity was introduced or described with so far: its
    appositions and compounds, the attribute of a copula it is the subject of ("ABS-CBN
    is the largest broadcasting company"), and its description mentions."""
    words: set[str] = set()
    for m in mentions:
        if m.key != key:
            continue
        root = m.root
        if root.pos_ == "NOUN":  # a description already resolved to it
            words.update(t.lemma_.lower() for t in root.subtree)
            continue
        words |= _described_as(root, name)
        if root.dep_ in SUBJECT_DEPS and root.head.lemma_ == "be":
            for c in root.head.children:
                if c.dep_ == "attr":
                    words.update(t.lemma_.lower() for t in c.subtree)
    return words


def _unnamed_antecedent(head: Token, lemma: str, table: EntityTable) -> bool:
    """'... to a group of local firms. The group will pay': the same noun introduced
    earlier without a name (indefinite) is what the description takes up."""
    first = table.tokens[head.i].sent.start
    for _ in range(DESCRIPTION_WINDOW - 1):
        if first == 0:
            break
        first = table.tokens[first - 1].sent.start
    for t in table.tokens[first:head.i]:
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and table.key_of(t) is None and \
                any(c.dep_ in ("det", "nummod") and c.lower_ not in ("the", "this", "that")
                    for c in table.lefts(t)) and not (
                    t.dep_ == "appos" and table.key_of(table.head(t)) is not None):
            return True  # (not "Inflection AI, a startup": that introduces the name)
    return False


def _former_name(root: Token, key: str, table: EntityTable) -> bool:
    """Whether a name is the "as" object of a verb of beginning whose subject is another
    entity of its type ("was founded in 2011 as the Christian Democratic Party")."""
    if root.dep_ != "pobj" or table.head(root).lower_ != "as":
        return False
    verb = table.head(table.head(root))
    if verb.lemma_.lower() not in discourse_words().former_name_verbs:
        return False
    return any(c.dep_ in SUBJECT_DEPS and (k := table.key_of(c)) is not None and k != key and
               table.type_of(k) == table.type_of(key) for c in table.children(verb))


def _named_with(root: Token, lemma: str) -> bool:
    return lemma in _introducing_nouns(root)


#: Description heads that may refer to a news organisation cited as a source.
_MEDIA_HEADS = frozenset({"agency", "broadcaster", "newspaper", "channel", "network",
                          "outlet", "publisher", "paper", "station"})


def _news_source(root: Token) -> bool:
    """A name cited as the article's source: '(Reuters)', 'told the BBC', 'according to
    AP', 'Bloomberg reported'."""
    doc = root.doc
    if 0 < root.i < len(doc) - 1 and doc[root.i - 1].text == "(" and \
            doc[root.i + 1].text == ")":
        return True
    head = root.head
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and \
            head.head.lower_ in ("according", "told", "speaking", "talking", "said"):
        return True
    # "..., Bloomberg reported." (not "Samsung reported a drop in profit")
    return root.dep_ == "nsubj" and head.lemma_ == "report" and \
        not any(c.dep_ in ("dobj", "attr") for c in head.children)


def _missed_subject(root: Token, table: EntityTable) -> bool:
    """'Nvidia overtook Apple. The chipmaker ...': when the clause's subject is a proper
    name the entity step missed, a non-subject candidate has an unseen rival."""
    if root.dep_ in SUBJECT_DEPS:
        return False
    verb = clause_head(root)
    for _ in range(3):
        for c in table.children(verb):
            if c.dep_ in SUBJECT_DEPS and c.i != root.i:
                return c.pos_ == "PROPN" and table.key_of(c) is None
        if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or table.head(verb).i == verb.i:
            break
        verb = table.head(verb)
    return False


#: Salience of an antecedent by how many sentences back it is.
_DESCRIPTION_RECENCY = (1.0, 0.6, 0.4, 0.3, 0.25, 0.2)


def resolve_type_description(head: Token, span: Span, mentions: list[Mention],
                              table: EntityTable,
                              article: dict[str, list[Mention]] | None = None
                              ) -> tuple[str, float] | None:
    """'the Middle Eastern country', 'the company' -> the salient fitting entity before it.

    Candidates of a fitting type (and, for organisations, of a fitting kind) are scored
    by recency and grammatical role like pronouns; the best must clearly beat the rest.
    An organisation's kind is what the article says of it anywhere (``article``: each
    entity's name mentions in the whole article): "the network signed off ... ABS-CBN Corporation is
    the largest broadcasting company" (the candidate itself must come before).
    """
    w = discourse_words()
    low, lemma = head.lower_, head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS")
    types = w.plural_heads[low] if plural else w.description_heads[lemma]
    named, allowed = _modifier_countries(span)
    filtered = allowed is not None or bool(named)
    sentence = table.sentence_index(head)
    scores: dict[str, float] = defaultdict(float)
    roots: dict[str, Token] = {}
    # an organisation introduced with another kind of noun ("the Vereinigung Cockpit
    # union") is not "the company"
    unfit = {m.key for m in mentions if m.root.i < span.start and any(
        n in w.org_kinds and lemma != n and lemma not in w.org_kinds[n]
        for n in _introducing_nouns(m.root))}
    # a name the article gives only as another body's former one ("The Solidarity Party
    # was founded in 2011 as the Christian Democratic Party") is no body of its own
    earlier = [m for m in mentions if m.root.i < span.start]
    former = {m.key for m in earlier if _former_name(m.root, m.key, table)}
    unfit |= {k for k in former if all(_former_name(m.root, k, table)
                                       for m in earlier if m.key == k)}
    # a noun modifier narrows the description ("the opposition coalition", "the steel
    # producer"): the name or the words it was introduced with must contain it
    # (as written or as its lemma: "the appeals court" for the "Court of Appeals")
    narrowing = [{t.lemma_.lower(), t.lower_} for t in span
                 if t.dep_ == "compound" and t.pos_ == "NOUN"]
    # (not "the Galaxy maker": a product head's name is the product's, not the maker's)
    proper = _proper_modifiers(span) if lemma not in w.product_heads else set()
    # "the team from UCL": a name it comes from says which one, as one before the noun
    # does (not "of": "the capital of Syria" is Damascus)
    proper |= names_after(head, table, _FROM)
    for m in mentions:
        if m.root.i >= span.start or m.key in unfit:
            continue
        # (or a name headed by it: "the Democratic Party ... the party")
        words = table.name_of(m.key).lower().split()
        named_with = _named_with(m.root, lemma) or (len(words) > 1 and words[-1] == lemma)
        # a bare "the region" looks less far back; a name introduced with the same
        # noun ("the town of Flin Flon") is remembered longer
        reach = DESCRIPTION_WINDOW if filtered else DESCRIPTION_WINDOW - 1
        if sentence - m.sentence > (2 * DESCRIPTION_WINDOW if named_with else reach):
            continue
        type_ = table.type_of(m.key)
        if places_the_noun(m.root, type_, lemma, types):
            continue  # "the Montreal team ... the team": the team, not the city
        if type_ not in types and not (named_with and type_ in w.thing_types):
            continue  # (the noun it was introduced with outranks its type: "the US state
            # of Alabama ... the state", a place)
        name = table.name_of(m.key)
        if narrowing and not all(forms & _described_as(m.root, name) for forms in narrowing):
            continue
        if proper and not proper <= set(name.lower().split()):
            continue  # "the Democratic party" is no other organisation named before it
        if type_ in ("Organization", "Group") and not _kind_fits(
                low if plural else lemma, name, _introduced_as(m.key, mentions, name)
                | _introduced_as(m.key, (article or {}).get(m.key, []), name)):
            continue  # "the company" is not the European Commission, "the group" no army
        if type_ == "Organization" and lemma not in _MEDIA_HEADS and _news_source(m.root):
            continue  # "(Reuters) - The company said": the agency reports, it is not news
        if type_ == "Organization" and medium_of_saying(m.root, table) is not None:
            continue  # "Musk said on Twitter that the company would ...": where he said it
        country = name if type_ == "Country" else w.countries.capitals.get(name)
        if type_ == "Organization":
            # "the Japanese carmaker": a company's country is rarely known; only a
            # country named in it rules it out
            in_name = {w.countries.country_of(x) for x in name.split()} - {None}
            if named and in_name and not in_name & named:
                continue
        elif named and country not in named:
            continue
        if allowed is not None and (country or name) not in allowed:
            continue
        if named and type_ == "Country":
            continue  # "the Syrian state" names Syria itself: the entity step reads it
        distance = sentence - m.sentence
        score = _DESCRIPTION_RECENCY[min(distance, 5)] * role_weight(m.root)
        if distance == 0:
            score += 0.1 * (1 - min(60, head.i - m.root.i) / 60)
        if named_with:
            score += 0.6  # "the town of Flin Flon ... the town"
        if score > scores[m.key]:
            scores[m.key], roots[m.key] = score, m.root
    if not scores or _unnamed_antecedent(head, lemma, table):
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best_key, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if coordinated_name(roots[best_key], table) or _missed_subject(roots[best_key], table):
        return None
    if named and allowed is None and table.type_of(best_key) == "Organization":
        filtered = False  # the nationality was not checked: a bare head's margin
    # a bare head needs a clear winner; a region/country filter less so
    if second and best < (1.5 if filtered else 2.0) * second:
        return None
    confidence = 0.8 if filtered else 0.6 if second else 0.7
    return best_key, confidence


def resolve_name_head(head: Token, mentions: list[Mention],
                       table: EntityTable) -> tuple[str, float] | None:
    """'the bill' -> the one earlier name of several words ending in a word the head takes
    up ('the Alabama Human Life Protection Act'), 'the storm' -> the one opening with one
    ('Tropical Storm Barry', 'Hurricane Humberto'); with two such names, neither."""
    lemma = head.lemma_.lower()
    w = discourse_words()
    ends = w.name_heads.get(lemma, frozenset())
    opens = w.name_cues.get(lemma, frozenset()) if not any(
        # "the 1999 storm", "another storm": some other one than the name
        c.like_num or c.ent_type_ == "DATE" or c.lower_ in w.name_cue_contrasts or
        c.dep_ in ("poss", "compound", "nummod") for c in table.lefts(head)) else frozenset()
    fits = {m.key for m in mentions if m.root.i < head.i and
            len(words := table.name_of(m.key).lower().split()) > 1 and
            (_ends_in(words, ends) or words[0] in opens or
             (words[0] == "tropical" and words[1] in opens) or
             # "Anime North, a fan-run convention ... the event": the noun it was
             # introduced with says its kind as a last word would
             m.root.pos_ == "PROPN" and bool(ends & set(_introducing_nouns(m.root))))}
    return (next(iter(fits)), 0.75) if len(fits) == 1 else None


def _ends_in(words: list[str], ends: frozenset[str]) -> bool:
    """Whether a name's last word is one of ``ends``, or the word before its number
    ("Lion Air Flight 610": a flight)."""
    if words[-1] in ends:
        return True
    return len(words) > 2 and any(ch.isdigit() for ch in words[-1]) and words[-2] in ends


def resolve_person_description(head: Token, mentions: list[Mention],
                                 table: EntityTable) -> tuple[str, float] | None:
    """'their nine-month-old child, Gloria ... the baby' -> the one person mentioned in
    the last sentences and introduced (anywhere before) with a noun the head allows;
    with two such people, neither."""
    nouns = discourse_words().person_heads[head.lemma_.lower()]
    sentence = table.sentence_index(head)
    recent = {m.key for m in mentions if sentence - m.sentence <= DESCRIPTION_WINDOW}
    fits = {m.key for m in mentions if m.root.i < head.i and m.key in recent and
            table.type_of(m.key) == "Person" and m.root.pos_ == "PROPN" and
            nouns & set(_introducing_nouns(m.root))}  # (a name, not "his" daughter)
    return (next(iter(fits)), 0.7) if len(fits) == 1 else None


def resolve_agent_noun(head: Token, mentions: list[Mention],
                       table: EntityTable) -> tuple[str, float] | None:
    """'Usman Khan stabbed several people ... the attacker exited the hall' -> the one
    named person the article makes the active subject of a verb the noun names the doer
    of (discourse.json ``agent_nouns``) before the description; with two, neither."""
    verbs = discourse_words().agent_nouns[head.lemma_.lower()]
    if any(c.dep_ in ("poss", "compound", "amod") and c.i < head.i and (
            c.pos_ == "PROPN" or c.lower_ in ("other", "another", "second", "first"))
           for c in table.children(head)):
        return None  # "another attacker", "the Paris attacker": someone else, or not this
    doers: set[str] = set()
    for m in mentions:
        root = m.root
        if root.i >= head.i or root.dep_ != "nsubj" or table.type_of(m.key) != "Person" or \
                table.is_description(m.key):
            continue
        verb = table.head(root)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and not any(
                c.dep_ == "neg" for c in table.children(verb)):
            doers.add(m.key)
    return (next(iter(doers)), 0.7) if len(doers) == 1 else None


def is_kin(tok: Token, table: EntityTable) -> bool:
    """'his sister', 'Waseem's wife': a singular kin noun with a possessor and no name of
    its own beside it ('his wife Manju Sam' introduces her)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in discourse_words().kinship \
            or table.key_of(tok) is not None or tok.dep_ in ("appos", "compound"):
        return False
    children = table.children(tok)
    return any(c.dep_ == "poss" for c in children) and \
        not any(c.dep_ == "appos" and c.pos_ != "PRON" or  # ("his daughter himself")
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in children)


def _keys_with_conjuncts(tok: Token, table: EntityTable) -> set[str]:
    """Entity keys of a phrase's head and of the heads coordinated or in apposition with
    it ('of the singer Layla Baig')."""
    heads = [tok, *(c for c in table.children(tok) if c.dep_ in ("conj", "appos"))]
    if tok.dep_ == "conj":
        heads.append(table.head(tok))
    return {k for h in heads if (k := table.key_of(h)) is not None}


def _introductions(root: Token, table: EntityTable) -> list[Token]:
    """The common nouns a person's name stands in apposition or compound with: 'his wife
    Manju Sam', 'their child, Gloria', 'Waseem, brother of ...'."""
    near = [table.head(root)] if root.dep_ == "appos" else []
    near += [c for c in table.children(root) if c.dep_ in ("appos", "compound")]
    return [t for t in near if t.pos_ == "NOUN"]


def resolve_kin(head: Token, mentions: list[Mention], table: EntityTable,
                 genders: Genders) -> tuple[str, float] | None:
    """'his sister' -> the one person named before whose introduction makes them the
    possessor's sister: introduced with the noun ('his sister Fatima', of nobody else
    named) or the possessor introduced as their brother or sister ('Waseem, brother of
    Qandeel Baloch', 'Waseem's mother, Anwar' for 'her son'). Two such people, or none:
    unresolved."""
    gender, nouns, converse = discourse_words().kinship[head.lemma_.lower()]
    (poss,) = [c for c in table.children(head) if c.dep_ == "poss"][:1]
    owner = table.key_of(poss)
    if owner is None or table.type_of(owner) != "Person":
        return None
    fits: set[str] = set()
    for m in mentions:
        if m.root.i >= head.i or m.root.pos_ != "PROPN" or \
                table.type_of(m.key) != "Person":
            continue
        for noun in _introductions(m.root, table):
            lemma = noun.lemma_.lower()
            if m.key != owner and lemma in nouns:
                owners = set().union(*(_keys_with_conjuncts(c, table)
                                       for c in table.children(noun) if c.dep_ == "poss"))
                if not owners or owner in owners:  # ("Waseem's mother, Anwar")
                    fits.add(m.key)
                    if noun.tag_ == "NNS":  # "his sons Jan and Karel": not the one son
                        fits.add(f"#{noun.i}")
            elif m.key == owner and lemma in converse:
                for prep in table.children(noun):
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        fits.update(k for obj in table.children(prep) if obj.dep_ == "pobj"
                                    for k in _keys_with_conjuncts(obj, table)
                                    if k != owner and table.type_of(k) == "Person")
                    elif prep.dep_ == "poss":  # "Waseem's mother, Anwar": her son is Waseem
                        fits.update(k for k in _keys_with_conjuncts(prep, table)
                                    if k != owner and table.type_of(k) == "Person")
    fits = {k for k in fits if not gender or k.startswith("#") or genders.agrees(k, gender)}
    return (next(iter(fits)), 0.7) if len(fits) == 1 else None


def fold_product_name(span: Span, key: str, mentions: list[Mention],
                       table: EntityTable) -> None:
    """'the iPhone maker' -> Apple: a product name the NER took for an organisation,
    seen only inside this description, is part of the mention of the maker."""
    inside = {table.key_of(t) for t in span} - {None, key}
    for other in inside:
        if table.type_of(other) != "Organization":
            continue
        if all(span.start <= m.root.i < span.end for m in mentions if m.key == other):
            table.merge(other, key)
            for m in mentions:
                if m.key == other:
                    m.key = key


def complete_roles(roles: list[Role], span: Span, key: str, table: EntityTable) -> None:
    """'The country's president, Aleksandar Vucic': the role the role step found without
    an organisation is of the entity the possessive description refers to (in place)."""
    if table.type_of(key) not in ("Country", "Organization"):
        return
    for n, r in enumerate(roles):
        if r.organization is None and r.start <= span.start_char < r.end and \
                r.holder != key:
            roles[n] = replace(r, organization=key)


def is_short_name(tok: Token, table: EntityTable) -> bool:
    """'the Commission': a capitalised head after 'the' that no entity covers."""
    return (tok.pos_ == "PROPN" and tok.is_title and tok.i > 0 and
            table.tokens[tok.i - 1].lower_ == "the" and tok.dep_ != "compound" and
            table.key_of(tok) is None)


def resolve_short_name(tok: Token, mentions: list[Mention],
                        table: EntityTable) -> tuple[str, float] | None:
    """'the Commission' -> the one organisation named before whose name ends in it
    ("the European Commission")."""
    fits = {m.key for m in mentions if table.type_of(m.key) == "Organization" and
            len(table.name_of(m.key).split()) > 1 and
            table.name_of(m.key).split()[-1].lower() == tok.lower_}
    return (next(iter(fits)), 0.7) if len(fits) == 1 else None


def is_counterpart(tok: Token, table: EntityTable) -> bool:
    """'his counterpart', "Putin's counterpart": a person described by another's role."""
    return tok.lemma_.lower() == "counterpart" and table.key_of(tok) is None and any(
        c.dep_ == "poss" for c in table.children(tok))


def resolve_counterpart(tok: Token, roles: list[Role], mentions: list[Mention],
                         table: EntityTable) -> tuple[str, float] | None:
    """'Putin met Zelenskiy ... his counterpart': the one other person of the same role as
    the possessor (else the one other person of this or the previous sentence)."""
    owner = next((table.key_of(c) for c in table.children(tok) if c.dep_ == "poss"), None)
    if owner is None or table.type_of(owner) != "Person":
        return None
    sentence = table.sentence_index(tok)
    others = {m.key for m in mentions if m.key != owner and m.root.i < tok.i
              and table.type_of(m.key) == "Person"}
    held = {r.role for r in roles if r.holder == owner}
    peers = {r.holder for r in roles if r.holder in others and r.role in held}
    if len(peers) == 1:
        return next(iter(peers)), 0.8
    near = {m.key for m in mentions if m.key in others and sentence - m.sentence <= 1}
    if len(near) == 1 and not peers:
        return next(iter(near)), 0.65
    return None


def is_owned_body(tok: Token, table: EntityTable) -> bool:
    """'her party', "Musk's company": a body's noun owned by someone, no name of its own."""
    return tok.lemma_.lower() in discourse_words().owned_bodies and tok.pos_ == "NOUN" and \
        table.key_of(tok) is None and any(c.dep_ == "poss" for c in table.children(tok))


def resolve_owned_body(tok: Token, bodies: dict[str, str], table: EntityTable
                       ) -> tuple[str, float] | None:
    """'Labour's Shadow Home Secretary Yvette Cooper said her party has supported': the
    one organisation (or country, for "his government") the owner holds a role or job in,
    when it is of a type the noun can name."""
    owner = next((table.key_of(c) for c in table.children(tok) if c.dep_ == "poss"), None)
    if owner is None or table.type_of(owner) != "Person" or owner not in bodies:
        return None
    body = bodies[owner]
    if table.type_of(body) not in discourse_words().owned_bodies[tok.lemma_.lower()]:
        return None
    return body, 0.75
