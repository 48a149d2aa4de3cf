"""Attribution: who said what. Reported speech and quotes become claims.

- "X said (that) ...", "... , X said", "X told Y that ...": the complement clause
  is a claim of X (addressee Y);
- "X asked/urged Y to ...": the 'to'-clause is a request of X addressed to Y;
- a complement in quotation marks, or a sentence whose only clause is a quote
  followed by a speech verb, is a direct quote (``quote=True``, text without marks);
- "according to X, ...": the rest of the sentence is X's claim.

Negated speech verbs ("he did not say", "did not say whether") make no claim, nor does
a question ("asked whether ..."). A denial ("denied that he had misled parliament") is
a claim of negative polarity: the speaker says it is not so. Each claim keeps its speech
verb (``lemma``) and the modality of the speech act itself ("may announce" -> hedged),
read like every other clause by ``kg.extract.modality``. A speaker who is not named
("officials told state media") is a description node. Facts and events inside a claim
are then marked ``modality="reported"`` with the claim's id: the article reports them,
it does not assert them (their polarity is their clause's: negative under a denial).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract import confidence, lexicons, modality
from kg.extract.coref.base import object_controller
from kg.extract.coref.quotes import quotation_spans
from kg.extract.frames import lexicon
from kg.extract.means import source_by_phrase
from kg.extract.misparses import object_as_subject, told_before_subject
from kg.extract.modality import QUOTE_MARKS, WH_TAGS
from kg.extract.nodes import INDEFINITE_PRONOUNS, OPEN_PRONOUNS, Nodes, people_before
from kg.extract.table import EntityTable
from kg.extract.triggers import (calls_it_quoted, finding_clause, speaking_text, split_predicate,
                                 title_read_as_verb, word_lists)
from kg.model import Claim, Event, Relation

#: Places speak for their governments ("Moscow said", "asked Berlin to").
_SPEAKER_TYPES = frozenset({"Person", "Organization", "Country", "Group", "Place"})
_PLACE_TYPES = frozenset({"Country", "Place"})
_SPEAKING_KINDS = frozenset({"Person", "Organization", "Group"})


class _Words:
    def __init__(self) -> None:
        lex = lexicons.load_json("discourse.json")
        frames = lexicon()
        self.requests = frozenset(lex["request_verbs"])
        #: speech verbs whose passive reports hearsay about its subject ("is said to")
        self.raising = frozenset(lex["raising_speech_verbs"])
        #: ... and whose active subject claims its own 'to'-clause ("claimed to have")
        self.infinitive_claims = frozenset(lex["infinitive_claim_verbs"])
        self.speech = frames.speech | self.requests
        self.denials = frames.denial
        #: nouns of something said: a denial verb with one as object claims it is not so
        self.claim_objects = frames.claim_objects
        #: ... and all a "deny" may claim is not so ("the allegations", "any wrongdoing")
        self.deniable = frames.denied_content | frames.claim_objects
        self.pronouns = {k: tuple(v) for k, v in lex["pronouns"].items()}
        #: speech verbs whose direct object is what is said (not whom it is said to)
        self.nominal_content = frozenset(lex["nominal_content_verbs"])
        #: ... unless they give or withhold it ("denied him bail") or take it ("claimed
        #: 6606 lives"): a fact, no claim
        self.withholding = frozenset(lex["withholding_verbs"])
        self.taking: dict[str, frozenset[str]] = {
            "claim": frames.claimed_things,
            **{k: frozenset(v) for k, v in lex["taking_objects"].items()}}
        #: ... or draw on a source ("citing anonymous sources", "cited Article 5")
        self.citing = frozenset(lex["cited_sources"]["verbs"])
        self.sources = frozenset(lex["cited_sources"]["nouns"])
        #: ... and those whose content is a preposition's object ("accused X of Y")
        self.content_prepositions: dict[str, str] = dict(lex["content_prepositions"])
        #: ... and those that say what a text says only when a text speaks ("the sign read")
        self.text_speech = frozenset(lex["text_speech_verbs"])
        self.texts = frozenset(lex["content_nouns"])
        #: ... and occasions of speaking, which say nothing of their own ('held a press
        #: conference claiming')
        self.occasions = frozenset(lex["speaking_occasions"])
        #: nouns that claim what their content clause holds ('the allegation he assaulted')
        self.claim_nouns = frames.speech_nouns | frozenset(lex["content_clause_nouns"])
        #: ... said by whoever issued or reached them ('made the claim that', 'came to')
        self.issuing = frozenset(lex["issuing_verbs"])
        self.reaching: dict[str, str] = dict(lex["reaching_prepositions"])
        #: ... and those that are speech only with a quotation ('He continued, "..."')
        self.quoting = frozenset(lex["quotation_speech_verbs"])
        #: source nouns whose set-off "by" phrase reports its clause ("By reports, ...")
        self.by_sources = frozenset(lex["by_source_claim_nouns"])
        #: what a saying brings about ("declared a state of emergency", "confirmed his
        #: nomination"), by verb: an act, no claim
        self.enacted: dict[str, frozenset[str]] = {
            verb: frozenset(nouns) for verb, nouns in lex["enacted_by_saying"].items()}


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def _first_entity(tok: Token, table: EntityTable, nodes: Nodes | None = None) -> str | None:
    """The entity a noun phrase refers to: its head, an apposition, a person in it, a name,
    else (with ``nodes``) a description of its own ("officials", "an aide")."""
    key = table.key_of(tok)
    if key and table.type_of(key) == "Person":
        return key
    if key and table.type_of(key) in _SPEAKER_TYPES:
        # (a person set beside a group's word is who speaks: "a Republican, Mark Amodei,
        # ..., telling the Nevada Independent")
        return next((k for c in table.children(tok) if c.dep_ == "appos"
                     and (k := table.key_of(c)) and table.type_of(k) == "Person"), key)
    for c in table.children(tok):
        key = table.key_of(c)
        if c.dep_ == "appos" and key and table.type_of(key) in _SPEAKER_TYPES:
            return key
    words = list(tok.subtree)
    if nodes is not None and tok.lemma_.lower() in _words().texts:
        # "a statement posted to his official Twitter account", "The government statement
        # on Twitter": a name in a document's modifiers is where it was put, not who speaks
        # (its owner does: "the family's statement", "The Home Office letter", "a joint
        # statement from Riyadh", "a statement issued by the ministry")
        words = [t for t in words if not _placed(t, tok, table)]
        # (nor in a clause or apposition set off by a comma, which the parser may have hung
        # on it: '"...", reads an AEW press release, "a fierce talent ... his persona as Mr.
        # Brodie Lee"' quotes the release; "a statement released by her family" is hers)
        set_off = {t.i for c in table.children(tok) if c.dep_ in ("appos", "relcl", "acl")
                   and any(x.text == "," for x in table.tokens[tok.i + 1:c.left_edge.i])
                   for t in c.subtree}
        words = [t for t in words if t.i not in set_off]
    if nodes is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicons.people_words():
        # "a spokesman for West claimed", "Associates of Navalny alleged": the one a
        # person's noun relates them to is not who speaks; the spokesman, the associates do
        # (a name the parser apposed inside the phrase is still the head's: "The
        # American Samoan delegate to the U.S. House of Representatives, Aumua Amata")
        # (nor is a possessor: "Trump's doctors said": the doctors do)
        # (nor are the members an "including" picks out: "Fifty former intelligence
        # officials, including John Brennan, said": the officials do)
        held = {t.i for c in table.children(tok) if c.dep_ == "prep" and c.lower_ in (
            "for", "of", "to", "including") or c.dep_ == "poss" for t in c.subtree} - {
            t.i for a in tok.subtree if a.dep_ == "appos" for t in a.subtree}
        words = [t for t in words if t.i not in held]
    elif nodes is not None and tok.pos_ == "NOUN" and _own_description(tok, table, nodes):
        # "Goa's government announced", "the party's spokespeople": a body someone has
        # speaks for itself, not its owner
        owners = {t.i for c in table.children(tok) if c.dep_ == "poss" for t in c.subtree}
        words = [t for t in words if t.i not in owners]
    for t in words:
        key = table.key_of(t)
        if key and table.type_of(key) == "Person":
            return key
    own = _own_description(tok, table, nodes)
    # a place in a preposition's phrase on a common noun is where the noun's thing is
    # from: "All four bone tools from Abri Peyrony ... showed that": the tools show it
    # (not a source: "a recent report by The Atlantic", "Another report from the Mexican
    # government said")
    placed = {t.i for c in table.children(tok) if c.dep_ == "prep" and c.lower_ != "by" and
              not (c.lower_ == "from" and tok.lemma_.lower() in _words().texts)
              for t in c.subtree} if nodes is not None and tok.pos_ == "NOUN" else set()
    for t in words:
        key = table.key_of(t)
        if key and table.type_of(key) in _SPEAKER_TYPES:
            if t.i in placed and table.type_of(key) in _PLACE_TYPES and not own:
                continue
            if own and table.type_of(key) in _PLACE_TYPES:
                # "a federal judge in Texas", "Greek court", "researchers in the UK": the
                # place says where the speaker is; the judge, court or researchers speak
                return own
            if own and t.i < tok.i and t.dep_ in ("compound", "amod") and \
                    tok.pos_ == "NOUN" and lexicons.names_people(tok):
                # "Republican senators", "Google employees", "an Interpol spokesperson":
                # the people the body's name describes speak, not the body (the dev gold's
                # speaker is the whole description)
                return own
            return key
    if own:
        return own
    if nodes is not None and tok.pos_ in ("NUM", "PRON", "ADJ", "DET") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in table.children(tok)):
        # "one of the officials said", "some of the protesters said": a part of a group
        # is a node of its own, as a fact's agent is (not no speaker)
        key = next((n.key for n in nodes.of(tok, events=False) if n.token.i == tok.i), None)
        if key and table.type_of(key) in _SPEAKER_TYPES:
            return key
    if nodes is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _words().texts:
        # "according to a statement from the ministry", "a report by researchers": an
        # unnamed body or people a document comes from speak through it, as a named one
        # does ("a statement from the White House")
        for c in table.children(tok):
            if c.dep_ not in ("prep", "agent") or c.lower_ not in ("from", "by"):
                continue
            for g in table.children(c):
                if g.dep_ != "pobj" or g.pos_ != "NOUN":
                    continue
                key = nodes.entity(g) or nodes.describe(g)
                if key and table.type_of(key) in _SPEAKER_TYPES and \
                        table.type_of(key) not in _PLACE_TYPES:
                    return key
    if nodes is not None and tok.pos_ in ("NOUN", "PROPN"):
        # an unnamed source speaks too: "state media reported", "the study says"
        key = nodes.entity(tok) or nodes.describe(tok)
        if key and table.type_of(key) in _SPEAKER_TYPES | {"Thing"}:
            return key
    return None


#: Third-person pronouns whose open mention is a speaker of its own (``_open_pronoun``).
_OPEN_THIRD = frozenset({"they", "it"}) & frozenset(OPEN_PRONOUNS)


def _open_pronoun(tok: Token, nodes: Nodes | None) -> str | None:
    """'They observed ...', 'it shows ...': a third-person "they" or "it" speaker that
    coreference left open is the node of its own mention, as a fact's agent is (not no
    speaker; a first or second person outside a quotation stays unattributed)."""
    if nodes is None or tok.pos_ != "PRON" or tok.lower_ not in _OPEN_THIRD:
        return None
    return next((n.key for n in nodes.of(tok) if n.key is not None), None)


def _own_description(tok: Token, table: EntityTable, nodes: Nodes | None) -> str | None:
    """A common noun's own description when it names people or a body ("judge", "court",
    "researchers"), else None."""
    if nodes is None or tok.pos_ not in ("NOUN", "PROPN") or \
            tok.pos_ == "PROPN" and table.key_of(tok) is not None:
        # (a capitalised title outside any name is a common noun: "The Chief Executive
        # Officer of Red Hat said" is the officer's saying, not Red Hat's)
        return None
    key = nodes.entity(tok) or nodes.describe(tok)
    return key if key and table.type_of(key) in _SPEAKING_KINDS else None


def _placed(word: Token, document: Token, table: EntityTable) -> bool:
    """Whether a word of a document's phrase is under a preposition of where or how it was
    put ('on Twitter', 'posted to his account'), not of whose it is ('from', 'by', 'of')."""
    t = word
    while t.i != document.i:
        if t.dep_ == "prep" and t.lower_ not in ("from", "by", "of"):
            return True
        up = table.head(t)
        if up.i == t.i:
            return False
        t = up
    return False


def _speaker_going_on(subject: Token, last: Claim | None, table: EntityTable) -> str | None:
    """'Basu said the police found nothing ... He also said there is no suggestion ...': a
    pronoun subject of a speech verb that coreference left open is whoever spoke in the
    claim just before (in this sentence or the one before), when the pronoun fits them
    (he/she a person not yet called by the other pronoun; it/they no person)."""
    w = _words()
    if last is None or last.speaker is None or subject.pos_ != "PRON" \
            or subject.lower_ not in w.pronouns \
            or table.sentence_index(subject) - last.sentence > 1:
        return None
    kind, gender, _ = w.pronouns[subject.lower_]
    type_ = table.type_of(last.speaker)
    if kind != "Person":
        return last.speaker if type_ != "Person" else None
    if type_ != "Person":
        return None
    other = {p for p, (k, g, _) in w.pronouns.items() if k == "Person" and g != gender}
    if any(t.lower_ in other and table.key_of(t) == last.speaker for t in table.tokens):
        return None  # ("She said" after a man spoke)
    return last.speaker


def _people_before(subject: Token, table: EntityTable, nodes: Nodes | None) -> str | None:
    """'Police arrived shortly after midnight. They said two men had been arrested', 'The
    researchers used satellite imagery ... From this, they concluded that ...': a "they"
    speaker that coreference left open (or gave a thing) is the nearest plural noun of
    people before it that is a clause subject, in its sentence or the one before
    (``people_before``, as for fact arguments); the pronoun is recorded as a mention of
    them (it is how the article names the speaker)."""
    if subject.pos_ != "PRON" or _words().pronouns.get(subject.lower_, ("", "", ""))[2] != "pl" \
            or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    def people(t: Token) -> str | None:
        key = _own_description(t, table, nodes)
        return key if key is not None and table.type_of(key) in ("Person", "Group") else None
    key = people_before(subject, table, people)
    if key is not None and table.mention_kind(key, subject) is None:
        table.add(subject.doc[subject.i:subject.i + 1], table.type_of(key),
                  table.name_of(key), kind="pronoun", key=key)
    return key


def _organisation_before(subject: Token, table: EntityTable) -> str | None:
    """'The NBA did not release the identity of the player. They did say he was not
    present': an 'it'/'they' speaker that coreference left open, with no claim before it to
    go on from, is the organisation the sentence before was about (its main subject)."""
    if subject.pos_ != "PRON" or subject.lower_ not in ("it", "they"):
        return None
    index = table.sentence_index(subject)
    if index == 0:
        return None
    before = table.sents[index - 1]
    root = before.root
    for c in table.children(root):
        if c.dep_ == "nsubj":
            key = table.key_of(c)
            if key is not None and table.type_of(key) == "Organization":
                return key
    return None


def _loose_apposed_name(source: Token, table: EntityTable) -> Span | None:
    """'According to Windsor Locks' first selectman, Chris Kervick, there were ...': a
    person's name set off by commas right after a person's noun (the parser left it loose,
    no apposition), the name's words; None otherwise ("According to official statements,
    Trump, now ..., is to continue": no person's noun before it)."""
    doc = source.doc
    _, stop = table.sentence_bounds(source)
    i = source.right_edge.i + 1
    if source.tag_ != "NN" or source.lemma_.lower() not in lexicons.people_words() or \
            i + 1 >= stop or doc[i].text != "," or doc[i + 1].pos_ != "PROPN":
        return None
    key = table.key_of(doc[i + 1])
    if key is None or table.type_of(key) != "Person":
        return None
    end = i + 1
    while end < stop and doc[end].pos_ == "PROPN":
        end += 1
    return doc[i + 1:end] if end < stop and doc[end].text == "," else None


def _according_content(according: Token, source: Token, table: EntityTable) -> Span | None:
    """What "according to X" sources: the words after the phrase ("According to X, ...",
    "Thunberg then led, according to Time, the largest ...", "...; according to
    prosecutors, he owed ..."), or, when it closes its clause ("..., according to county
    police.") or only an adjunct follows, the words before it; a semicolon bounds the
    clause either way."""
    doc = according.doc
    start, end = table.sentence_bounds(according)
    # the source's phrase without an apposition after a comma the parser may have hung on
    # it: in "According to the BBC, a spokesman ... expressed" the spokesman is what is
    # said (not in "according to assistant coach Ben Radmall")
    appositions = {t.i for c in source.children if c.dep_ == "appos"
                   and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    after = max(t.i for t in source.subtree if t.i not in appositions) + 1
    stop = next((t.i for t in table.tokens[after:end] if t.text == ";"), end)
    rest = [t.i for t in table.tokens[after:stop] if not (t.is_punct or t.is_space)]
    first = table.tokens[rest[0]] if rest else None
    if first is not None and first.tag_ == "VBG" and first.lemma_.lower() in _words().citing \
            and first.right_edge.i + 1 < stop and \
            table.tokens[first.right_edge.i + 1].text == "," and \
            any(i > first.right_edge.i + 1 for i in rest):
        # "According to Yonhap news agency, quoting ... KCNA, the country's military has been
        # placed on high alert": the source's own source, set off by commas, is no part of
        # what it sources
        rest = [i for i in rest if i > first.right_edge.i + 1]
        first = table.tokens[rest[0]]
    name = _loose_apposed_name(source, table)
    if name is not None and first is not None and first.i == name.start and \
            any(i > name.end for i in rest):
        # "According to Windsor Locks' first selectman, Chris Kervick, there were ...": the
        # name is the source's, not what it sources
        rest = [i for i in rest if i > name.end]
        first = table.tokens[rest[0]]
    semi = [t.i for t in table.tokens[start:according.i] if t.text == ";"]
    before = [t.i for t in table.tokens[(semi[-1] + 1 if semi else start):according.i]
              if not (t.is_punct or t.is_space)]
    # (what follows may be another adjunct: "killing at least 20 according to officials
    # on Thursday", "..., according to preliminary reports, resulting in ...", "according
    # to police, who said ...")
    # (... but not after a conjunction that opens the sourced conjunct: "left five dead
    # and, by early reports, at least 30 injured")
    # (... or a relative clause on something before: "35 were rescued, according to
    # officials, some of whom were hospitalised")
    relative = first is not None and first.i + 2 < end and \
        table.tokens[first.i + 1].lower_ == "of" and \
        table.tokens[first.i + 2].tag_ in ("WDT", "WP")
    words = before if before and table.tokens[before[-1]].pos_ != "CCONJ" and (
        first is None or (first.pos_ in ("ADP", "CCONJ") and first.dep_ != "quantmod")
        or first.tag_ in ("VBG", "WDT", "WP") or relative) else rest
    head = table.head(according)
    if head.dep_ == "advcl" and rest and head.right_edge.i < rest[0] and \
            head.left_edge.i < according.i:
        # "While only 10-15% ... own a fursuit according to a 2011 study, event organizers
        # reported ...": the phrase closes the subordinate clause it is in; that clause,
        # without its subordinating word, is what it sources, not the main clause
        words = [i for i in before if i >= head.left_edge.i and not (
            table.tokens[i].dep_ == "mark" and table.head(table.tokens[i]).i == head.i)]
    # (a verb the phrase cuts from what follows it has its complement after: "One child
    # was, according to the fire service, among the dead": the adjunct rule above is for
    # a clause complete before the phrase)
    split_verb = bool(before) and before[-1] == head.i and first is not None and \
        first.pos_ == "ADP" and not all(table.tokens[i].ent_type_ in ("DATE", "TIME")
                                        for i in rest[1:])
    # (not a time closing the sentence: "has died, according to current president Emmerson
    # Mnangagwa on Friday": when it was said, the clause before it complete)
    # ("over four thousand exoplanets have been discovered": a number's "over" or "about"
    # opens the sourced clause, not another adjunct)
    if (words is rest or split_verb) and before and head.pos_ in ("VERB", "AUX") and \
            head.i in before and table.tokens[before[-1]].pos_ not in ("CCONJ", "ADP") and \
            source.tag_ not in ("WDT", "WP"):
        # (the phrase sits inside its verb's clause: "Thunberg then led, according to Time,
        # the largest ...": the verb before it is sourced too; not when it opens a conjunct,
        # splits a preposition from its object ("followed by, according to varying reports,
        # nearly 2000 people") or is a relative's ("an agreement, according to which ..."))
        words = [i for i in before if i >= head.left_edge.i] + rest
    return doc[words[0]:words[-1] + 1] if words else None


def _by_source(by: Token, table: EntityTable) -> Token | None:
    """The source noun of a "by" phrase that says according to whom its clause is so ("By
    reports on Saturday, two ... died", "..., by some estimates."): a reporting source noun
    (source_by_phrase: bare or quantified, perhaps dated) in a phrase that opens the
    sentence or follows a comma, which keeps out a means or an agent ("measured by the
    count")."""
    if by.dep_ != "prep":
        return None
    obj = next((c for c in table.children(by) if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in _words().by_sources or \
            not source_by_phrase(obj, table, dated=True):
        return None
    start, _ = table.sentence_bounds(by)
    # (set off before it: "three or four by varying reports" sources only the number)
    return obj if by.i == start or by.doc[by.i - 1].text in (",", ";") else None


def _question(tok: Token, table: EntityTable) -> bool:
    """Whether the sentence of ``tok`` ends with a question mark."""
    _, end = table.sentence_bounds(tok)
    last = next((t for t in reversed(table.tokens[tok.i:end])
                 if not (t.is_space or t.text in QUOTE_MARKS)), None)
    return last is not None and last.text == "?"


#: Prepositions of what a saying is about ("remarked on the investigation").
_TOPIC_PREPS = frozenset({"on", "about", "upon"})


def _aside(verb: Token, table: EntityTable) -> bool:
    """A speech verb said of the clause it hangs on: "The troops, Peskov said, will stay";
    "as reported by Hurriyet Daily News" (not one with an object or a topic of its own:
    "...," said Lorenzana; he described the attacks as a "dastardly act"; "as Biden
    remarked on the investigation, ..."; nor an interview's "as I said", which restates
    what was said before)."""
    if table.head(verb).i == verb.i or any(
            c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
            for c in table.children(verb)):
        return False
    return verb.dep_ == "parataxis" or (verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in table.children(verb)) and not any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in table.children(verb)))


def _text_around(table: EntityTable, said: Span, cut: tuple[int, int] | None) -> str:
    """What is said, without an aside inside it and the commas round it: "In the wake of
    his death, Connie Moganedi said, the lions were killed" says "In the wake of his
    death, the lions were killed"; "The lions, he said, were killed" says "The lions were
    killed" (the claim's offsets still span the whole)."""
    if cut is None or not said.start < cut[0] < cut[1] < said.end:
        return table.text_of(said)
    doc = said.doc
    if doc[cut[0]].text in QUOTE_MARKS:
        # (a speaker's clause between two parts of a quotation: the part before keeps its
        # own punctuation, '"We will win this war," Putin said, "and ..."')
        before = table.text_of(doc[said.start:cut[0]]).rstrip()
        if before and before[-1].isalnum():
            before += ","  # ('... in every way", reads an AEW press release, "a fierce ...')
        return f"{before} {table.text_of(doc[cut[1]:said.end]).lstrip()}"
    before = table.text_of(doc[said.start:cut[0]]).rstrip(" ,")
    after = table.text_of(doc[cut[1]:said.end]).lstrip(" ,")
    # a fronted phrase keeps the comma that set it off; a subject runs on into its verb
    last = next((t for t in reversed(doc[said.start:cut[0]]) if not t.is_punct), None)
    while last is not None and table.head(last).i != last.i and \
            table.head(last).i != said.root.i and said.start <= table.head(last).i:
        last = table.head(last)
    fronted = last is not None and last.dep_ in ("prep", "advcl", "advmod", "npadvmod")
    return f"{before}, {after}" if fronted else f"{before} {after}"


def _connective(verb: Token, table: EntityTable) -> bool:
    """"That said, Red Hat is working on ...", "Having said that, ...", "That being said,":
    a connective that opens a sentence, saying nothing of the clause after it."""
    start, _ = table.sentence_bounds(verb)
    words = [t.lower_ for t in table.tokens[start:verb.i + 2]
             if not (t.is_space or t.text in QUOTE_MARKS)]
    return words in (["that", "said", ","], ["this", "said", ","], ["having", "said", "that"],
                     ["that", "being", "said", ","], ["this", "being", "said", ","])


def _supposed(verb: Token, table: EntityTable) -> bool:
    """"Let's say this has a productivity factor of 4", "Let say ...": a saying under "let"
    supposes what it says, and claims nothing; so does one that would have been said and
    was not ("Otherwise we would have asked them to lend [some groceries]")."""
    kids = table.children(verb)
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should")
           for c in kids) and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve")
                                  for c in kids) and verb.tag_ == "VBN":
        return True
    return verb.lemma_.lower() in ("say", "suppose", "assume", "imagine") and (
        any(c.lemma_.lower() == "let" for c in kids) or
        table.head(verb).lemma_.lower() == "let")


def _agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was announced by his son")."""
    return next((p for c in verb.children if c.dep_ == "agent"
                 for p in c.children if p.dep_ == "pobj"), None)


def _head_entity(tok: Token, table: EntityTable, nodes: Nodes | None) -> str | None:
    """The entity a noun itself is (or a description of it), not one named inside it."""
    key = table.key_of(tok)
    if key is None and nodes is not None and tok.pos_ in ("NOUN", "PROPN"):
        key = nodes.entity(tok) or nodes.describe(tok)
    return key if key and table.type_of(key) in _SPEAKER_TYPES | {"Thing"} else None


def _source_apposed(subject: Token, table: EntityTable) -> str | None:
    """'According to news agency ISNA, the prosecutor general of Tehran, Ali Mehr, said
    ...': the parser took the source of 'according to' for the verb's subject and hung the
    speaker on it as an apposition; the speaker is the last person named in that phrase."""
    left = subject.left_edge.i
    if left < 2 or table.tokens[left - 1].lower_ != "to" or \
            table.tokens[left - 2].lower_ != "according":
        return None
    for t in reversed(table.tokens[subject.i + 1:subject.right_edge.i + 1]):
        key = table.key_of(t)
        if key is not None and table.type_of(key) == "Person":
            return key
    return None


def _outer_speech(verb: Token, table: EntityTable) -> Token | None:
    """The speech verb whose reported clause a participle of saying was hung in ('said the
    36 must face charges, adding Iran will pursue ...': the parser made 'adding' a part of
    what was said; the one adding is the one saying)."""
    if verb.dep_ == "conj" and verb.tag_ != "VBG":
        # ('claimed a vaccine was near and said people are ...': a subjectless second
        # saying the parser hung on the first one's reported clause)
        clause = table.head(verb)
        up = table.head(clause)
        if clause.dep_ == "ccomp" and up.pos_ == "VERB" and \
                up.lemma_.lower() in _words().speech and \
                getattr(_coordinated_saying(clause), "i", None) == verb.i:
            return up
        return None
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    head = verb
    for _ in range(4):
        up = table.head(head)
        if up.i == head.i:
            return None
        if (head.dep_ == "ccomp" or head.i == verb.i and head.dep_ == "advcl") and \
                up.pos_ == "VERB" and up.lemma_.lower() in _words().speech:
            # (or hung on the speech verb itself: "said ..., adding ...", as
            # ``kg.extract.arcs.speakers_manner_in_reports`` puts it back)
            return up
        head = up
    return None


def _parenthetical(content: Span, w: _Words) -> bool:
    """A content that is only "I" or "you" and a verb of saying or thinking ("I quote", "I
    think", "you know"): a parenthetical the parser hung on the verb, nothing said (a
    slogan's "We Know" stays)."""
    words = [t for t in content if not (t.is_punct or t.is_space)]
    return len(words) == 2 and words[0].lower_ in ("i", "you") and words[1].pos_ == "VERB" and (
        words[1].lemma_.lower() in w.speech or words[1].lemma_.lower() in w.quoting or
        words[1].lemma_.lower() in lexicon().attitude)


def _coordinated_saying(clause: Token) -> Token | None:
    """A finite speech verb with no subject of its own conjoined to a reported clause's
    head ('claimed a vaccine was near and said people are ...', 'told me the girls are
    like all the other girls and told me that ...'): the speaker's own second saying, which
    the parser hung inside the first one's content."""
    # (a base form with no auxiliary is a present the tagger took for one: "claimed Paris
    # was a volunteer and claim she has ...")
    return next((c for c in clause.children if c.dep_ == "conj" and c.i > clause.i and
                 c.pos_ == "VERB" and (c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VB" and
                                       not any(g.dep_ == "aux" for g in c.children)) and
                 c.lemma_.lower() in _words().speech and
                 not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _stranded_speaker(verb: Token, table: EntityTable, nodes: Nodes | None = None
                      ) -> str | None:
    """'On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said ...', 'Speaking
    to AFP, the president of the league, Jamel Msallem, said, "..."': a finite speech verb
    the parser left without a subject (it hung the name on the phrase before) is said by
    the last person named before it in its clause, else by a body named right before it,
    else (with ``nodes``) by the people or body a noun phrase apposed before it describes."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("conj", "relcl", "acl"):
        return None
    start = table.sents[table.sentence_index(verb)].start
    for t in reversed(table.tokens[start:verb.i]):
        if t.text == ";" or (t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ in ("VERB", "AUX")):
            return None  # (another clause: its subject is not this verb's)
        if t.text in QUOTE_MARKS:
            return None  # ('"...," said' has its speaker after the verb)
        key = table.key_of(t)
        if key is not None and table.type_of(key) == "Person":
            return key
    if verb.i == start:
        return None
    before = table.key_of(table.tokens[verb.i - 1])
    if before is not None and table.type_of(before) in _SPEAKER_TYPES:
        # (with no person before it, a body's name right before the verb is its displaced
        # subject: "On Friday Ford Motor Company announced ..." hung it on the date's phrase)
        return before
    phrase = table.tokens[verb.i - 1]
    while phrase.dep_ == "pobj" and table.head(phrase).lower_ == "of" and \
            table.head(table.head(phrase)).pos_ == "NOUN":
        phrase = table.head(table.head(phrase))  # ("a team of scientists")
    if nodes is not None and phrase.pos_ == "NOUN" and phrase.dep_ == "appos" and \
            table.tokens[phrase.left_edge.i - 1].text == ",":
        # ("In findings published in the journal PLOS ONE, an international team of
        # scientists report ...": the parser made the subject an apposition of the phrase
        # before; people or a body it describes speak)
        return _own_description(phrase, table, nodes)
    return None


def _conjoined_speakers(subject: Token, speaker: str | None, table: EntityTable,
                        nodes: Nodes | None) -> list[str]:
    """The other speakers of a coordinated subject ("Biden and Sanders announced ...",
    "The Investigative Committee and the FSB said ..."): each later conjunct's entity,
    when every conjunct is a name joined by "and" (a conjunct that is no name, "New
    Orleans and Jefferson Parish officials", or a comma the parser read as one, "San
    Diego's chancellor, Pradeep Khosla", makes the coordination no list of speakers);
    none when the first conjunct speaks for no one (``speaker`` None)."""
    if not speaker:
        return []
    group = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
    if len(group) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                                 for t in group for c in table.children(t)):
        return []
    others: list[str] = []
    for conjunct in group[1:]:
        key = _first_entity(conjunct, table, nodes) if conjunct.pos_ == "PROPN" and \
            subject.pos_ == "PROPN" else None
        if conjunct.pos_ == "NOUN" and nodes is not None and any(
                c.dep_ in ("det", "poss") and c.pos_ in ("DET", "PRON")
                for c in table.children(conjunct)) and conjunct.left_edge.i > 0 and \
                table.tokens[conjunct.left_edge.i - 1].lower_ in ("and", "&") and not any(
                c.dep_ == "appos" for c in table.children(subject)) and not any(
                t.dep_ == "appos" for t in conjunct.subtree):
            # "Trump and his supporters claimed": a noun with its own determiner is a
            # second speaker, described ("his" is Trump, not who the supporters are); not
            # two titles of the one person named after them ("presidential frontrunner and
            # the presidential nominee of Socialist Party USA, Howie Hawkins")
            key = nodes.entity(conjunct) or nodes.describe(conjunct)
        if key is None:
            return []
        if key != speaker and key not in others:
            others.append(key)
    return others


def _noun_content(noun: Token, table: EntityTable) -> Span | None:
    """The content clause of a noun of saying: a clause with a subject of its own hung on
    the noun ('the allegation he assaulted a journalist', 'Macron's recommendation the
    fires be added'), not a relative clause about it ('the report that was published',
    'the report he wrote': its object is missing); a clause the parser joined to the verb
    of 'there was discussion' is the noun's ('there was discussion the debate could be
    held')."""
    doc = noun.doc
    for c in table.children(noun):
        if c.dep_ not in ("acl", "relcl", "ccomp") or c.i < noun.i or c.pos_ not in ("VERB", "AUX"):
            continue
        kids = table.children(c)
        if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.tag_ not in ("WDT", "WP")
                   for g in kids):
            continue  # ('the report saying', 'the report that was published')
        if c.dep_ == "relcl" and (not any(
                g.dep_ in ("dobj", "attr", "acomp", "ccomp", "oprd", "nsubjpass")
                for g in kids) or any(t.tag_ in WH_TAGS
                                      for t in doc[c.left_edge.i:c.i])):
            continue  # 'the report he wrote': a relative clause missing its object; 'a
            # speech in which he condemned rioters': one about the speech
        return _clause_span(doc, c)
    head = table.head(noun)
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in table.children(head)):
        clause = next((c for c in table.children(head) if c.dep_ in ("conj", "ccomp")
                       and c.i > noun.i and any(g.dep_ in ("nsubj", "nsubjpass")
                                                for g in table.children(c))), None)
        if clause is not None:
            return _clause_span(doc, clause)
    return None


def _clause_span(doc: Doc, clause: Token) -> Span | None:
    """A clause without its complementiser, a source's aside at its end ("a Turkish
    official said that the pipeline renders it unnecessary, Cyprus Mail reported": who
    reported the saying is no part of what was said) and the punctuation at its ends."""
    left, right = clause.left_edge.i, clause.right_edge.i + 1
    if doc[left].lower_ == "that" and doc[left].dep_ == "mark":
        left += 1
    return _trimmed(doc, left, _before_closing_aside(clause, left, right))


def _before_closing_aside(clause: Token, left: int, right: int) -> int:
    """Where what ``clause`` says ends: before a speech verb set off by a comma at its
    end, which says who reported it ("..., Cyprus Mail reported"; the parser's parataxis,
    or ``arcs.sources_read_as_complements``)."""
    doc = clause.doc
    for c in clause.children:
        if c.dep_ != "parataxis" or c.i < clause.i or c.right_edge.i + 1 < right - 1 or \
                c.lemma_.lower() not in lexicon().speech:
            continue
        # the comma that sets it off: its own first word, or the word before it
        comma = c.left_edge.i if doc[c.left_edge.i].text == "," else c.left_edge.i - 1
        if left < comma and doc[comma].text == ",":
            return comma
    return right


def _quoted_as_saying(verb: Token, table: EntityTable, speech: frozenset[str]
                      ) -> Token | None:
    """The object of "quoted X as saying", "cited X as saying", when ``verb`` is that
    "saying"."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.lemma_.lower() not in speech:
        return None
    prep = table.head(verb)
    if prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    governor = table.head(prep)
    if governor.lemma_.lower() not in speech or governor.i == prep.i:
        return None
    return next((c for c in table.children(governor) if c.dep_ == "dobj"), None)


def _noun_speaker(noun: Token, table: EntityTable, nodes: Nodes | None) -> str | None:
    """Who says what a noun of saying holds: its owner ('Macron's recommendation'), the
    subject of a verb that issued or reached it ('made the claim that', 'came to the
    conclusion that') or of the saying made in it ('told LA Weekly in a statement that'),
    or no one named ('an allegation he assaulted')."""
    w = _words()
    owner = next((c for c in table.children(noun) if c.dep_ == "poss"), None)
    if owner is not None:
        return _first_entity(owner, table, nodes)
    source = next((g for c in table.children(noun) if c.dep_ == "prep" and c.lower_ == "from"
                   for g in table.children(c) if g.dep_ == "pobj"), None)
    if source is not None and (key := _first_entity(source, table, nodes)) is not None:
        return key  # "assurances from the US that it would not allow ..."
    maker = next((k for c in table.children(noun) if c.dep_ == "compound" and c.i < noun.i
                  and (k := table.key_of(c)) is not None and
                  table.type_of(k) in ("Organization", "Group")), None)
    if maker is not None:
        # "a New York Times story alleging ...", "a World Health Organisation
        # recommendation that ..." (not a person's name, which the parser also hangs on a
        # noun after it: "a ruling against President Donald Trump finding that ...")
        return maker
    verb = table.head(noun)
    if noun.dep_ == "pobj" and w.reaching.get(table.head(verb).lemma_.lower()) == verb.lower_:
        verb = table.head(verb)  # "came to the conclusion that"
    elif noun.dep_ == "pobj" and verb.lower_ in ("in", "via", "through") and \
            table.head(verb).lemma_.lower() in w.speech:
        # "told LA Weekly in a statement that the case ...": the parser hung the clause on
        # the noun the saying was made in; the one telling says it
        verb = table.head(verb)
    elif not (noun.dep_ == "dobj" and verb.lemma_.lower() in w.issuing):
        return None
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in table.children(verb)):
        verb = table.head(verb)  # "had known him, and came to the conclusion that"
    return next((_first_entity(c, table, nodes) for c in table.children(verb)
                 if c.dep_ == "nsubj"), None)


def _passive(verb: Token, table: EntityTable) -> bool:
    """Whether a verb is passive ('It was also discovered the structure was built ...')."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in table.children(verb))


def _inverted_speaker(verb: Token, table: EntityTable) -> Token | None:
    """'"We stand ready," tweeted Johnson': the speaker after an inverted verb of saying
    that the parser made its object; a verb with no subject of its own, its quoted
    content before it and a name right after it."""
    children = table.children(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children) or \
            not any(c.dep_ == "ccomp" and c.i < verb.i for c in children):
        return None
    after = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if after is None or after.left_edge.i != verb.i + 1 or table.key_of(after) is None or \
            table.type_of(table.key_of(after)) not in _SPEAKER_TYPES:
        return None
    return after


def _named_as(verb: Token, table: EntityTable) -> Span | None:
    """What a naming verb says of its object ('Sanders called Biden a "decent man"'): the
    object and its complement; only the complement when the object is a relative pronoun
    ('what WalesOnline called "fury"')."""
    children = table.children(verb)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    right = max([obj.right_edge.i] + [c.right_edge.i for c in children if c.i > obj.i
                                      and c.dep_ in ("oprd", "attr", "xcomp", "ccomp", "acomp")])
    left = verb.i + 1 if obj.tag_ in ("WP", "WDT") else obj.left_edge.i
    return _inside_punctuation(verb.doc, left, right)


def _inside_punctuation(doc: Doc, left: int, right: int) -> Span | None:
    """``doc[left:right + 1]`` without punctuation at either end but its quotation marks
    (what is called or described keeps them: 'called Biden a "decent man"')."""
    while left < right and _loose(doc[left]) and doc[left].text not in QUOTE_MARKS:
        left += 1
    while right > left and _loose(doc[right]) and doc[right].text not in QUOTE_MARKS:
        right -= 1
    return doc[left:right + 1] if right >= left else None


def _described_as(verb: Token, table: EntityTable) -> Span | None:
    """What an active verb of saying with an 'as' phrase calls a thing it does not take as
    its direct object ('which the Church describes as a religious retreat', 'what the
    scientists describe as an "upside-down river"', 'he referred to the team as "nappy
    headed hos."'): the 'as' phrase alone, as the dev gold has it (4 of 4); with a direct
    object the object and the phrase are what is said ('described the attacks as a
    "dastardly act"', read by _content). Passive ('has been described as pseudoscience',
    'is referred to as') names without saying who says so: none."""
    children = table.children(verb)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return None
    as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None:
        return None
    # the thing described: a relative pronoun as object, or a preposition's object before
    # the 'as' phrase ('referred to the team as', 'which Ross has referred to as')
    relative = any(c.dep_ == "dobj" and c.tag_ in WH_TAGS for c in children)
    if any(c.dep_ == "dobj" and c.tag_ not in WH_TAGS for c in children) or not (
            relative or any(c.dep_ == "prep" and c.i < as_.i and any(
                g.dep_ == "pobj" for g in table.children(c)) for c in children)):
        return None
    if not any(g.dep_ in ("pobj", "pcomp") or g.pos_ == "ADJ" for g in table.children(as_)):
        return None
    return _inside_punctuation(verb.doc, as_.i + 1, as_.right_edge.i)


def _quotation_before(verb: Token, table: EntityTable) -> Span | None:
    """'"As women we must stand up for ourselves. As women we must stand up for each
    other," Baloch wrote on social media.', '"Our house is burning. [...] let's discuss this
    emergency!" Macron told the world via Twitter.', '"... If countries detect, test, treat,
    isolate, trace and mobilize their people in the response," said Tedros': a speech verb
    whose clause opens with its speaker (or with itself, the speaker after it) right after a
    quotation closes, and that reports nothing else, says the quotation, however many
    sentences back it opened (within its paragraph)."""
    children = table.children(verb)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "pcomp")
            and verb.lemma_ != "tell" for c in children):
        return None  # (no speaker, or it says something of its own)
    doc = verb.doc
    sent = table.sents[table.sentence_index(verb)]
    if any(t.text in QUOTE_MARKS for t in doc[verb.i:sent.end]):
        return None  # ('He posted on Twitter, "Today ..."': its quotation follows)
    # the clause opens with its speaker, or with the verb before it ('"... in the
    # response," said Tedros'), right after the quotation closes
    i = (subject.left_edge.i if subject.i < verb.i else verb.i) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 2 and doc[i].text == "," and doc[i - 1].text in QUOTE_MARKS:
        i -= 1  # ('... rest in eternal peace", wrote President Mnangagwa': the comma after it)
    if i < 1 or doc[i].text not in QUOTE_MARKS or doc[i - 1].is_space:
        return None  # (no quotation closing right before the speaker)
    close = i
    sentence = table.sentence_index(verb)
    for j in range(close - 1, -1, -1):
        t = doc[j]
        if "\n" in t.text or sentence - table.sentence_index(t) > 6:
            return None  # (a new paragraph: the mark closes nothing opened here)
        if t.text in QUOTE_MARKS:
            first = table.sentence_bounds(t)[0]
            if table.sentence_index(t) != sentence and j > 0 and \
                    doc[j - 1].text != ":" and any(
                    not (x.is_punct or x.is_space) for x in doc[first:j]):
                # ('... and argued the nation needs "visionary leadership." La Riva
                # argued against ...': a quotation opened inside a sentence before is
                # that sentence's own, unless a colon sets it off: 'noted the need:
                # "All countries ...," said Tedros')
                return None
            words = [k for k in range(j + 1, close)
                     if not (doc[k].is_punct or doc[k].is_space)]
            return doc[words[0]:words[-1] + 1] if words else None
    return None


def _quotation_after(verb: Token, table: EntityTable) -> Span | None:
    """'Their statement also read "imposition of citizenship ... violates fundamental
    principles"': a quotation that opens right after the speech verb (past a comma) and
    closes in its sentence is what the verb says, however the parser hung its words (here
    a noun as the verb's object and the quotation's verb as an adverbial), to its closing
    mark or the end of the sentence. Only a quotation with a tensed verb in it, not a
    title or a word ('read "silenced"')."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and (doc[i].is_space or doc[i].text == ","):
        i += 1
    if i >= len(doc) or doc[i].text not in QUOTE_MARKS or not doc[i - 1].whitespace_ or \
            i + 1 >= len(doc) or doc[i + 1].is_punct and doc[i + 1].text != "[":
        return None  # (a mark set right after a word closes a quotation: '... than
        # currently reported", reads the report')
    _, stop = table.sentence_bounds(verb)
    # (to its closing mark, or to the end of the sentence when it runs on past it)
    close = next((t.i for t in table.tokens[i + 1:stop] if t.text in QUOTE_MARKS), stop)
    inner = _trimmed(doc, i + 1, close)
    if inner is None or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in inner):
        return None
    return inner


def _split_quotation(verb: Token, table: EntityTable) -> tuple[Span, tuple[int, int]] | None:
    """'"While historical restrictions ... may have justified past discrimination," reads
    Judge Miller's statement, "men and women are now ..."', '"We will win this war," Putin
    said, "and we will not stop."': a speaker's clause set between two parts of one
    quotation says both. The whole quotation, and the clause's words (with the marks and
    commas round them) to leave out of its text; None unless a quotation closes right
    before the clause (a comma on either side of the mark) and another opens right after
    it past a comma, with no other verb between."""
    doc = verb.doc
    start, stop = table.sentence_bounds(verb)
    subject = next((c for c in table.children(verb) if c.dep_ in ("nsubj", "dobj")
                    and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subject is None:
        return None  # ('said, "...", adding, "..."': each part is its own verb's)
    left = min(verb.i, subject.left_edge.i)
    i = left - 1
    if i > start and doc[i].text == ",":
        i -= 1
    if i <= start or doc[i].text not in QUOTE_MARKS:
        return None
    close = i
    # the clause runs to the first comma that a quotation mark follows
    j = next((k for k in range(verb.i + 1, stop - 1) if doc[k].text == "," and
              doc[k + 1].text in QUOTE_MARKS), None)
    if j is None or any(t.text in QUOTE_MARKS or t.text in (";", ":") or (
            t.i != verb.i and t.pos_ in ("VERB", "AUX")) for t in doc[left:j]):
        return None
    opening = j + 1
    end = next((t.i for t in doc[opening + 1:stop] if t.text in QUOTE_MARKS), stop)
    first = next((k for k in range(close - 1, start - 1, -1) if doc[k].text in QUOTE_MARKS),
                 None)
    if first is None or any(not (t.is_punct or t.is_space) for t in doc[start:first]):
        # (the first part opened in a sentence before, left to the passes after; or it is
        # a title inside the sentence: 'In the blog post announcing "youtube-dl is back",
        # GitHub said, "..."')
        return None
    words = [k for k in range(first + 1, end) if not (doc[k].is_punct or doc[k].is_space)]
    if not words or words[0] > close or words[-1] < opening:
        return None
    return doc[words[0]:words[-1] + 1], (close, opening + 1)


def _said_after_close(opening: int, table: EntityTable) -> bool:
    """Whether the quotation opened at ``opening`` closes in a later sentence of its
    paragraph that goes on with a speech verb ('"... in the response," said Tedros')."""
    doc = table.tokens[opening].doc
    close = next((t for t in table.tokens[opening + 1:] if t.text in QUOTE_MARKS
                  or "\n" in t.text), None)
    if close is None or close.text not in QUOTE_MARKS:
        return False
    _, end = table.sentence_bounds(close)
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _words().speech
               for t in doc[close.i + 1:end])


def _closing_colon(verb: Token, table: EntityTable) -> Token | None:
    """The colon after ``verb`` that ends the verb's own clause: every word between them is
    in the verb's subtree, with no quotation, parenthesis or semicolon before it."""
    _, end = table.sentence_bounds(verb)
    colon = next((t for t in table.tokens[verb.i + 1:end] if t.text == ":"), None)
    if colon is None or colon.i == verb.i + 1:
        return None
    between = table.tokens[verb.i + 1:colon.i]
    if any(t.text in QUOTE_MARKS or t.text in (";", "(") or (
            not (t.is_punct or t.is_space) and not table.under(t, verb)) for t in between):
        return None  # (the colon closes another clause)
    return colon


def _colon_quotation(verb: Token, table: EntityTable) -> Span | None:
    """'He told reporters the drugs were only part of it: "What will stop Ebola is ..."',
    'In a statement, the company wrote: "We are sorry ..."': a quotation that opens right
    after a colon closing the speech verb's own clause, and runs to the end of the sentence
    (or on past it), is what the verb says, wherever the parser hung it. Not a colon that
    opens a list of quoted items or a title (a closing mark before the sentence ends, or no
    verb inside the marks), nor one after another speech verb's clause."""
    doc = verb.doc
    colon = _closing_colon(verb, table)
    if colon is None:
        return None
    up = verb
    while table.head(up).i != up.i:
        up = table.head(up)
        if up.pos_ == "VERB" and up.lemma_.lower() in _words().speech and \
                _closing_colon(up, table) is colon:
            return None  # ('told Discover Magazine the frequency ... suggested some deep
            # pattern: "Somehow, ..."': the outer saying's, not the one it reports)
    i = colon.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text not in QUOTE_MARKS:
        return None
    opening = i
    _, stop = table.sentence_bounds(doc[opening])  # (the colon may end the verb's sentence)
    close = next((t.i for t in table.tokens[opening + 1:stop] if t.text in QUOTE_MARKS), None)
    if close is not None and any(not (t.is_punct or t.is_space)
                                 for t in table.tokens[close + 1:stop]):
        return None  # ('listed three demands: "x", "y" and "z"', '"Title" by ...')
    if close is None and _said_after_close(opening, table):
        return None  # ('noted the need to act: "All countries can ... response," said
        # Tedros': a quotation running on to a speech verb of its own is that one's)
    inner = _trimmed(doc, opening + 1, close if close is not None else stop)
    if inner is not None and doc[inner.start - 1].text == "[":
        inner = doc[inner.start - 1:inner.end]  # ('"[T]he advance[s] ...': an editor's bracket)
    if inner is None or not any(t.pos_ in ("VERB", "AUX") for t in inner):
        return None  # ('wrote a book: "The Long Walk"': a name, not something said)
    return inner


def _quoted_content(verb: Token) -> bool:
    """Whether what a verb reports is a quotation ('He continued, "And we ..."')."""
    content = _content(verb)
    return content is not None and _is_quote(content)


def _to_closing_mark(verb: Token, left: int, right: int) -> int:
    """The end of a reported clause that opens a quotation: its closing mark, where the
    parse made the clause end before it ('said "Rocky Linux aims to function as a
    downstream build as CentOS had done previously, ..."': "had done" hung on "said") or
    after it ('said, "If there's a court order ...", also observing, "[t]here's no ..."');
    ``right`` unchanged when no quotation opens at ``left`` or none closes in the
    sentence, and not extended over words outside the verb's clause."""
    doc = verb.doc
    if left == 0 or doc[left - 1].text not in ('"', "\u201c"):
        return right
    end = verb.sent.end
    close = next((t.i for t in doc[left:end] if t.text in ('"', "\u201d") or "\n" in t.text),
                 None)
    if close is None or "\n" in doc[close].text:
        return right
    if close < right or all(verb.is_ancestor(t) for t in doc[right:close]):
        return close
    return right


def _said_span(doc: Doc, left: int, right: int) -> Span | None:
    """``doc[left:right]`` without a leading complementiser ("said that ...": not part of
    the claim) and without punctuation or space at either end; None when nothing is left."""
    while left < right and doc[left].dep_ == "mark" and doc[left].lower_ in ("that", "to"):
        left += 1
    # foreign words the parser hung on the clause before it (kg_foreign_script's) are no
    # part of what is said in English
    while left < right and (doc[left].tag_ == "FW" or doc[left].is_space):
        left += 1
    # a connective before an opening quotation mark links the sentences, it is not
    # quoted: 'however, "to remove any doubts ..., I wrote a resignation offer", he added'
    at = left
    while at < right and doc[at].dep_ in ("advmod", "cc") and doc[at].pos_ in ("ADV", "CCONJ"):
        at += 1
        while at < right and doc[at].is_punct and not doc[at].is_quote:
            at += 1
    if left < at < right and doc[at].is_quote and doc[at].is_left_punct:
        left = at
    return _trimmed(doc, left, right)


def _opens_bracket(doc: Doc, left: int, right: int) -> bool:
    """Whether doc[left] opens an editor's bracket around words closed in doc[left:right]
    ('"[T]he strains ..."': kept when punctuation is trimmed)."""
    if doc[left].text != "[":
        return False
    close = next((t.i for t in doc[left + 1:right] if t.text == "]"), None)
    return close is not None and any(t.is_alpha or t.like_num for t in doc[left + 1:close])


def _closes_bracket(doc: Doc, left: int, right: int) -> bool:
    """Whether doc[right - 1] is an editor's bracket closing words opened in
    doc[left:right] ("I am [pretty happy with that]": kept when punctuation is trimmed;
    an elision "[...]" is not)."""
    if doc[right - 1].text != "]":
        return False
    opening = next((t.i for t in reversed(doc[left:right - 1]) if t.text == "["), None)
    return opening is not None and any(t.is_alpha or t.like_num
                                       for t in doc[opening + 1:right - 1])


def _enacted(verb: Token, obj: Token) -> bool:
    """'declared a state of emergency', 'declared war on ...', 'confirmed Pierluisi's
    nomination': what the saying brings about, named by the object's head or by what its
    'state of' names (an act: no claim)."""
    enacted = _words().enacted.get(verb.lemma_.lower())
    if enacted is None:
        return False
    heads = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
    for head in heads:
        lemma = head.lemma_.lower()
        modified = " ".join([c.lower_ for c in head.children
                             if c.dep_ in ("amod", "compound")] + [lemma])
        if lemma in enacted or modified in enacted or any(
                modified.endswith(" " + noun) for noun in enacted if " " in noun):
            return True
    return False


def _given_or_taken(verb: Token, obj: Token) -> bool:
    """A saying verb's object that is given, withheld or taken, not said: with someone it
    goes to ("the court denied him bail", "they were denied visas"), a thing no one says
    ("Congress denied funding for such a wall": ``denied_content`` names what is said)
    or one of ``taking_objects`` ("the virus claimed 6606 lives")."""
    w = _words()
    lemma = verb.lemma_.lower()
    if obj.lemma_.lower() in w.taking.get(lemma, ()) or obj.lower_ in w.taking.get(lemma, ()):
        return True
    if lemma in w.citing and (obj.pos_ == "PROPN" or obj.lemma_.lower() in w.sources) and \
            not any(c.dep_ in ("acl", "ccomp") for c in obj.children) and \
            not _as_after(verb, obj):
        # a source drawn on, not what it says (but "cited a security source that mental
        # health may be a factor", "cited Budi Gunawan ... as saying": what the source said)
        return True
    return lemma in w.withholding and obj.dep_ == "dobj" and (any(
        c.dep_ in ("dative", "nsubjpass") or c.dep_ == "dobj" and c.i != obj.i
        for c in verb.children) or obj.pos_ == "NOUN" and
        obj.lemma_.lower() not in w.deniable)


def _pointer(verb: Token, obj: Token) -> bool:
    """'announced this change', 'disclose this matter', 'mention it': an object that only
    points back with "this" or "that" (or is "it", "this", "that") to what was said before
    says nothing of its own (one an "as" phrase describes does: "described it as
    'beyond despicable'")."""
    kids = list(obj.children)
    if obj.lower_ in ("it", "this", "that", "these", "those") and not kids:
        return not _as_after(verb, obj)
    return obj.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in kids) \
        and all(c.dep_ in ("det", "amod") for c in kids)


def _described_only(verb: Token, obj: Token) -> bool:
    """A name or pronoun a verb of describing takes with no "as" phrase: the one described,
    not what is said of them ('Mary Quant described Day to the BBC in 2002: "Doris Day was
    America"' says the quotation; "described him as a guiding force" says the phrase)."""
    return verb.lemma_.lower() in word_lists().predicating_speech and \
        obj.pos_ in ("PROPN", "PRON") and not _as_after(verb, obj)


def _as_after(verb: Token, obj: Token) -> bool:
    """Whether an "as" phrase of ``verb``'s clause follows its object ``obj`` (wherever the
    parser hung it: "cited Budi Gunawan, chief of ..., as saying")."""
    return any(t.lower_ == "as" and t.dep_ == "prep" for t in verb.subtree if t.i > obj.i)


def _denied_object(verb: Token, said: Token) -> bool:
    """A denial verb's object that is something said ("rejected Pelosi's suggestion",
    "dismissed the claim from Berlin", "the allegations were refuted by ..."): what the
    verb claims is not so (``senses.json`` ``claim_objects``); "dismissed the employee",
    "rejected the bill" claim nothing."""
    return verb.lemma_.lower() in _words().denials and said.pos_ == "NOUN" and \
        said.lemma_.lower() in _words().claim_objects and (
            said.dep_ == "dobj" or (said.dep_ == "nsubjpass" and _agent(verb) is not None))


def _raised_content(verb: Token) -> Span | None:
    """What a passive speech verb raising its subject reports: the subject with the
    complement ("The minister is said to have resigned", "33 were reported hospitalised",
    "Dorian was forecast to reach the coast"); whose saying it is, only a by-phrase
    tells."""
    w = _words()
    if verb.lemma_ not in w.raising or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_ in w.speech:
        return None  # ('"This is forecast to be ...," Duffey said': the hearsay is in
        # what another says, the outer claim holds it: the dev gold reads only that one)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if subject is None or complement is None or complement.i < verb.i:
        return None
    return _said_span(verb.doc, subject.left_edge.i, complement.right_edge.i + 1)


def _content(verb: Token, table: EntityTable | None = None) -> Span | None:
    """The clause a speech verb reports: its complement (or, for requests, 'to'-clause);
    without one, what it announces, claims or denies ("claimed responsibility for the
    attacks", "announced their plans to oppose the bill"; passive, with who did: "His
    death was announced by his son"), or the object of its preposition ("accused the
    network of violating its franchise")."""
    doc = verb.doc
    w = _words()
    raised = _raised_content(verb)
    if raised is not None:
        return raised
    other = {c.i for c in verb.children if c.dep_ == "ccomp" and (
        _contact_relative(verb, c) or _across_semicolon(verb, c) or
        _adverbial_before(verb, c) or _spliced_before(verb, c))}  # (not what it reports)
    # (nor a clause the parser built on a foreign word, kg_foreign_script's: "[Korean
    # words]  Park's phone was last active ..., The Korea Herald reported" reports the
    # English clause)
    other |= {c.i for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "FW"}
    clausal = any(c.dep_ in ("ccomp", "xcomp") and c.i not in other for c in verb.children)
    for c in verb.children:
        if c.i in other:
            continue
        if c.dep_ == "ccomp" and table is not None and title_read_as_verb(c, table):
            # '"I am [pretty happy]", Caloundra coach Geoff Ingram said': the speaker's
            # title, read as the reported verb; what is said is the clause it took
            c = next((g for g in table.children(c) if g.dep_ == "ccomp"), None)
            if c is None:
                continue
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (
                verb.lemma_ in w.requests or verb.lemma_ in w.infinitive_claims and
                c.i > verb.i and _to_clause(c) or _quoted_after(verb, c))) or (
                not clausal and verb.lemma_ in w.nominal_content and (c.dep_ == "dobj" or (
                    c.dep_ == "nsubjpass" and _agent(verb) is not None))
                and not _given_or_taken(verb, c) and not _described_only(verb, c)
                and not _someone(c, table) and not _pointer(verb, c)) or (
                not clausal and _denied_object(verb, c)):
            left = min(t.i for t in c.subtree)
            right = max(t.i for t in c.subtree) + 1
            if c.dep_ == "ccomp":
                right = _before_closing_aside(c, left, right)
            told = object_as_subject(c, table, word_lists().clause_taking) \
                if table is not None else None
            if told is not None:  # "reported three malls were damaged": what was said
                # opens with the subject the parser took for the verb's object
                addressee = told_before_subject(told, table)
                left = told.left_edge.i if addressee is None else addressee.i + 1
            second = _coordinated_saying(c) if c.dep_ == "ccomp" else None
            if second is not None:  # (what the second saying says is not the first's)
                right = second.left_edge.i
                while right > left and (doc[right - 1].dep_ == "cc" or _loose(doc[right - 1])):
                    right -= 1
            if c.dep_ == "dobj":
                if c.tag_ in ("WP", "WDT"):
                    continue  # "what the scientists describe as ...": the relative's
                if _enacted(verb, c):
                    continue
                said = next((g for g in c.children if g.dep_ in ("acl", "ccomp") and
                             verb.lemma_ in w.denials and any(
                                 m.dep_ == "mark" and m.lower_ == "that" for m in g.children)),
                            None) if c.pos_ == "NOUN" else None
                if said is not None:
                    # "denied reports that he had resigned": what is denied is the
                    # report's clause (a negated claim, as "denied that he had resigned")
                    return _said_span(doc, said.left_edge.i, said.right_edge.i + 1)
                as_ = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                            and p.i >= right), None)
                if as_ is not None and not _denied_object(verb, c):
                    # "described the attacks as a "dastardly act"" (but "dismissed the
                    # claim as groundless": the claim is what is denied, not the verdict)
                    right = as_.right_edge.i + 1
                split = next((p for p in verb.children if p.dep_ in ("ccomp", "advcl")
                              and p.i > c.right_edge.i and p.pos_ in ("VERB", "AUX") and
                              split_predicate(p, table) and not any(
                                  t.dep_ in ("cc", "mark") or t.text == ";"
                                  for t in doc[c.right_edge.i + 1:p.left_edge.i + 1])),
                             None) if table is not None else None
                if split is not None:  # "suggest a new feature on the 737 Max ... was
                    # forcing the nose down": the object is the subject of what is said
                    right = split.right_edge.i + 1
            if c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" \
                    and verb.head.i < c.i:
                # "The deal, which was announced by the ministry": what is announced is the
                # antecedent, not "which" (its words only: a span over the clause would
                # hold the verb of saying itself, and the act would read as hearsay)
                left, right = verb.head.left_edge.i, c.i
            if c.dep_ == "ccomp":
                right = _to_closing_mark(verb, left, right)
                left = _past_relative(verb, left, right)
            span = _said_span(doc, left, right)
            if span is not None:
                return span
    if not clausal:
        clause = _run_on_clause(verb)
        if clause is not None:
            return clause
    prep = w.content_prepositions.get(verb.lemma_)
    if not clausal and prep:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return doc[obj.left_edge.i:obj.right_edge.i + 1]
    return None


#: Pronouns that stand for whoever fits ("anyone accused of a crime"): the indefinite ones
#: nodes reads as people, and two that head a clause of their own.
_GENERIC_PRONOUNS = frozenset(INDEFINITE_PRONOUNS) | {"those", "whoever"}


def _generic_accused(verb: Token, content: Span, table: EntityTable) -> bool:
    """'extradite people accused of crimes', 'anyone accused of a crime': a participle of
    saying on a bare plural or a pronoun that stands for whoever fits, its content a noun
    ("crimes"), says what such people would be accused of; no one said anything."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or content.root.pos_ not in ("NOUN", "PROPN"):
        return False
    head = table.head(verb)
    if head.lower_ in _GENERIC_PRONOUNS:
        return True
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "amod")
                                           for c in table.children(head))


def _past_relative(verb: Token, left: int, right: int) -> int:
    """Where a reported clause opened by the relative pronoun of a clause around the
    speech verb starts ("distributism, which he said was an extreme form of capitalism":
    "was an extreme form of capitalism"; "fighters which, the statement said, European
    nations have refused to repatriate": "European nations have refused ..."): after the
    pronoun, and after the verb when the verb is inside the span, as the annotators give
    it."""
    doc = verb.doc
    first = doc[left]
    if first.tag_ not in ("WDT", "WP") or first.lower_ not in ("which", "that", "who", "whom") \
            or first.i > verb.i or first.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return left  # (not a question's "which": "noting which birds make it back")
    left += 1
    if left <= verb.i < right:
        left = verb.i + 1
        while left < right and doc[left].is_punct:
            left += 1
    return left


def _run_on_clause(verb: Token) -> Span | None:
    """A reported clause the parser did not hang on the verb as one: a clause with a subject
    of its own run on after it with no conjunction or comma ('The fire service indicated on
    Twitter the baby girl was critically ill', read as a conjunct), or a clause read as
    'said''s object ('Conolly said a law allowing abortion marked a "sad day"')."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() not in _words().speech \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            between = doc[verb.i + 1:c.left_edge.i]
            if not any(t.dep_ == "cc" or t.is_punct for t in between):
                return _trimmed(doc, c.left_edge.i, c.right_edge.i + 1)
            if len(between) >= 2 and between[0].text in (",", ":") and \
                    between[1].text in QUOTE_MARKS and all(
                    t.is_punct or t.dep_ == "cc" for t in between[2:]):
                # 'He continued, "[a]nd we have never before seen ...": a quotation
                # opening with a conjunction, which the parser joined to the verb
                return _trimmed(doc, between[1].i + 1, c.right_edge.i + 1)
        if c.dep_ == "dobj" and verb.lemma_ == "say" and any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ == "ccomp" for t in c.subtree):
            return _trimmed(doc, c.left_edge.i, c.right_edge.i + 1)
    return None


def _split_clause(doc: Doc, finding: tuple[int, int, bool]) -> Span | None:
    """The clause a finding reports when the parser split it into the verb's object and a
    predicate ('established that poor hygiene ... is responsible': 'that' tagged a
    determiner), without the complementiser."""
    left, right = finding[0], finding[1] + 1
    if doc[left].lower_ == "that":
        left += 1
    return _trimmed(doc, left, right)


#: Symbols the tokenizer calls punctuation that belong to a number: "fell 20%", "#1".
_NUMBER_SYMBOLS = frozenset({"%", "#"})


def _loose(tok: Token) -> bool:
    """Punctuation or space a claim's content is trimmed of at its ends (not the "%" of
    "its profit fell 20%": without it the claim says another thing)."""
    return (tok.is_punct or tok.is_space) and tok.text not in _NUMBER_SYMBOLS


def _trimmed(doc: Doc, left: int, right: int) -> Span | None:
    """doc[left:right] without the punctuation at its ends, nor a conjunction left at
    its end ("the aid was contingent on their addressing corruption but": the parser
    hung the "but" of the speaker's next verb on the reported clause)."""
    while left < right and _loose(doc[left]) and not _opens_bracket(doc, left, right):
        left += 1
    while right > left and (_loose(doc[right - 1]) and not _closes_bracket(doc, left, right)
                            or doc[right - 1].dep_ == "cc" and right - 1 > left):
        right -= 1
    return doc[left:right] if right > left else None


def _across_semicolon(verb: Token, clause: Token) -> bool:
    """'"We will use the full force of the law," said Lorenzana; he described the attacks
    as ...': a clause the parser hung on a verb across a semicolon before it is a sentence
    of its own, not what the verb reports."""
    right = clause.right_edge.i
    # (the semicolon may close the clause's own subtree: 'He said Zelensky is "a model of
    # honesty for me"; however, "..., I wrote a resignation offer", he added')
    return right < verb.i and any(t.text == ";" for t in verb.doc[right:verb.i])


def _quoted_after(verb: Token, clause: Token) -> bool:
    """'Donald Tusk ... wrote "Let's all pray for Mayor Adamowicz."': a clause the parser
    made the verb's 'xcomp' that opens a quotation right after it is what was said (not
    a 'to'-clause: "asked to be quoted")."""
    doc = verb.doc
    return clause.i > verb.i and not _to_clause(clause) and any(
        t.is_quote and t.is_left_punct for t in doc[verb.i + 1:clause.left_edge.i + 1]) and \
        all(t.is_punct or t.is_space for t in doc[verb.i + 1:clause.left_edge.i])


def _to_clause(clause: Token) -> bool:
    """A 'to'-infinitive, plain or perfect ("to be a medic", "to have obtained")."""
    return clause.tag_ in ("VB", "VBN") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _adverbial_before(verb: Token, clause: Token) -> bool:
    """'minutes before the Oversight Committee voted ..., Trump formally claimed the
    documents were subject to executive privilege': a clause the parser hung on the verb
    as its complement that comes before it with a subordinating word ('before', 'after',
    'when', 'if') is when or why it was said; what is said comes after the verb. So is
    one that opens with a clause of its own so marked when the verb has an object after
    it ("While all agreed that time off was rare, Riddell emphasized the need for
    boundaries")."""
    if clause.i > verb.i:
        return False
    first = clause.left_edge
    if any(m.dep_ == "mark" and m.lower_ not in ("that", "whether") for m in clause.children):
        return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return first.dep_ == "mark" and first.lower_ not in ("that", "whether") and \
        first.head.i != clause.i and any(
            c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children)


#: Objects that say nothing of their own: each other, one another, oneself.
_RECIPROCALS = frozenset({"each other", "one another", "themselves", "itself", "himself",
                          "herself", "ourselves", "myself", "yourself", "yourselves"})
#: Sayings whose object is who is told ("officials told state media").
_ADDRESSING = frozenset({"tell", "inform", "assure", "warn", "caution", "remind", "notify",
                         "brief", "advise", "update", "show"})


def _someone(obj: Token, table: EntityTable | None) -> bool:
    """Whether an object only names a person ("The Senate confirmed judge Barrett to the
    Supreme Court"): someone confirmed is no content said (but "announced Kamala Harris
    as his choice", "described him as an emerging figure" say what the person is)."""
    key = table.key_of(obj) if table is not None else None
    verb = obj.head
    # (the name's own phrase: not "a deal whereby, on October 29, ... Kft." the parser
    # headed by a name the model took for a person's)
    own = obj.doc[obj.left_edge.i:obj.i]
    return key is not None and table.type_of(key) == "Person" and obj.dep_ == "dobj" and \
        not any(t.dep_ == "det" or t.is_punct for t in own) and \
        not any(c.dep_ == "prep" and c.lower_ == "as" for c in [*verb.children, *obj.children]) \
        and not any(c.dep_ in ("relcl", "acl", "appos") for c in obj.children)


def _spliced_before(verb: Token, clause: Token) -> bool:
    """'Our community got in touch with one of the assistants, we asked them to get all of
    our people the card': an unquoted clause before the verb, spliced on with a comma,
    is a sentence of its own when the verb reports a clause after it."""
    if clause.i > verb.i or any(t.text in QUOTE_MARKS for t in
                                verb.doc[max(clause.left_edge.i - 1, 0):verb.i]):
        return False
    # (or a thing it takes as its object: "We have done that with ALMA — ..., we can
    # observe very young system"; not who is told, "..., he told reporters")
    return any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and c.pos_ in ("VERB", "AUX")
               or c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN" and
               c.lemma_.lower() not in lexicons.people_words() and
               verb.lemma_.lower() not in _ADDRESSING for c in verb.children)


def _contact_relative(verb: Token, clause: Token) -> bool:
    """'accused of ... using the prescription creams they had been given': a clause the
    parser gave the speech verb that follows a noun of another verb's phrase is that
    noun's relative clause, not what was said."""
    left = clause.left_edge.i
    if left <= verb.i + 1:
        return False
    prev = verb.doc[left - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.i <= verb.i:
        return False
    gov = prev.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return gov.i != verb.i and gov.i > verb.i


def _is_quote(span: Span) -> bool:
    """Quotation marks right around the clause (a comma or full stop may sit inside)."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text == "[":
        start -= 1  # ('"[a]nd we have never ...': an editor's bracket opens the quotation)
    before = doc[max(start - 1, 0):start]
    after = doc[span.end:min(span.end + 2, len(doc))]
    opened = any(t.text in QUOTE_MARKS for t in before) or span[0].text in QUOTE_MARKS
    closed = any(t.text in QUOTE_MARKS for t in after) or span[-1].text in QUOTE_MARKS
    return opened and closed


def _in_running_quotation(span: Span, verb: Token,
                          quotations: list[tuple[int, int]]) -> bool:
    """'"I am tired. But it worked," Musk said', 'Smith said: "We will win. The people are
    with us."': the clause is inside a quotation that runs across sentences (its marks are
    not both beside it), and the verb of saying is outside it."""
    return any(start <= span.start and span.end <= end and not start <= verb.i < end
               for start, end in quotations)


def _strip_quotes(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in QUOTE_MARKS or _loose(doc[start])) and \
            not _opens_bracket(doc, start, end):
        start += 1
    while end > start and (doc[end - 1].text in QUOTE_MARKS or _loose(doc[end - 1])) and \
            not _closes_bracket(doc, start, end):
        end -= 1
    return doc[start:end] if end > start else span


#: Prepositions whose gerund of saying is done by the subject of the verb they are on
#: ("underlined the call by saying", "left after saying", "ended the speech with
#: saying").
_MEANS_PREPOSITIONS = frozenset({"by", "after", "before", "while", "when", "upon", "in",
                                 "with"})


#: First-person subjects of a request made in saying it ("I ask", "we urge").
_FIRST_PERSON = frozenset({"i", "we"})


def _performative(verb: Token, table: EntityTable) -> bool:
    """Whether the request ``verb`` is made by saying it: a first-person subject in the
    present, with no modal or past, saying nothing but what it asks ("I am asking all
    Americans, I'm asking every Democrat, ... to come together", "We urge you to vote";
    not "I asked him to leave", "we will ask them to", nor "I tell you we care about
    other issues", whose clause is said, no request)."""
    kids = table.children(verb)
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in kids) or any(
            c.dep_ == "ccomp" and c.lemma_ not in _words().requests for c in kids):
        return False
    auxes = [c for c in kids if c.dep_ == "aux"]
    if verb.tag_ == "VBP" and not auxes:
        return True
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lower_ in ("am", "are", "'m", "'re")


def read_claims(doc: Doc, table: EntityTable, nodes: Nodes | None = None
                ) -> list[tuple[Claim, confidence.Features]]:
    """Every claim of ``doc``: speaker, addressee, text, whether it is a quote, polarity
    (a denial is negative), the speech act's modality and its verb; with the features
    of how it was read (for its calibrated confidence)."""
    w = _words()
    out: list[Claim] = []
    features: list[confidence.Features] = []
    verbs: list[Token] = []  # (each claim's speech word, for the pass after)
    quotations: list[tuple[int, int]] | None = None  # (made when a claim is first read)
    for tok in table.tokens:
        if tok.pos_ not in ("VERB", "NOUN") and tok.lower_ not in ("according", "by"):
            continue  # (only a verb or noun of speech, "according to" or "by reports"
            # reads a claim)
        if tok.pos_ == "VERB" and any(
                _quoted_as_saying(g, table, w.speech) is not None
                for c in table.children(tok) if c.dep_ == "prep" and c.lower_ == "as"
                for g in table.children(c)):
            continue  # "quoted the minister as saying ...": the minister's claim, below;
            # the one quoted is nothing the quoting says
        speaker = addressee = None
        also: list[str] = []  # the other speakers of a coordinated subject
        content: Span | None = None
        lemma = tok.lemma_.lower()
        found_how = "subject"
        aside = False
        cut: tuple[int, int] | None = None  # the aside's words, left out of the text
        text_speaker = speaking_text(tok, table) if tok.pos_ == "VERB" and \
            lemma in w.text_speech else None
        naming = tok.pos_ == "VERB" and lemma in word_lists().quoting_naming and \
            calls_it_quoted(tok, table)
        finding = finding_clause(tok, table) if lemma not in w.speech else None
        described = _described_as(tok, table) if tok.pos_ == "VERB" and \
            lemma in word_lists().predicating_speech else None
        negated = False
        # a quotation after the verb's colon, besides its content (found once: it also
        # makes a quoting verb a saying)
        after_colon = _colon_quotation(tok, table) if tok.pos_ == "VERB" and (
            lemma in w.speech or lemma in w.quoting or text_speaker is not None) else None
        colon: Span | None = None
        colon_quoted = False  # (the content is such a quotation)
        if tok.pos_ == "VERB" and (lemma in w.speech or text_speaker is not None or naming or (
                described is not None) or (
                lemma in w.quoting and (_quoted_content(tok) or after_colon is not None)
        ) or finding is not None or any(
                _denied_object(tok, c) for c in table.children(tok))):
            if modality.asks(tok, table) or _connective(tok, table) or _supposed(tok, table):
                continue  # "Did the minister say that taxes will rise?": a question about a
                # saying claims nothing (as "asked whether ..."); nor does "That said,"
            if any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(
                    g.dep_ == "neg" for g in table.children(c)))
                   for c in table.children(tok)) or modality.nor_negated(tok, table) or \
                    modality.negated_by_subject(tok, table) or modality.withheld(tok, table):
                # ("did not say", "will no longer say that ...": nothing is claimed)
                # ("neither confirmed nor denied the report", "nor did he say")
                # ("No candidate mentioned that ...", "None of them said": no one did)
                # ("failed to mention his request", "declined to say": not said)
                if finding is None:
                    continue  # "did not say (whether)": nothing is claimed
                negated = True  # "did not find the network had breached laws": it is not so
            content = _named_as(tok, table) if naming else described if (
                described is not None) else _content(tok, table) if (
                finding is None or finding[2]) else _split_clause(doc, finding)
            if finding is not None and content is None:
                continue  # (a finding claims only the clause it reports)
            if content is not None and (content[0].lower_ == "whether" or (
                    content[0].lower_ == "if" and not _is_quote(content)) or any(
                    t.dep_ == "mark" and t.lower_ in ("whether",) and table.head(t) ==
                    content.root for t in content[:2])):
                continue  # "asked whether ...": a question claims nothing (a quotation
                # opening with "If we can reduce ..." is a condition, not a question)
            if content is None and _aside(tok, table):
                # "The troops, Peskov said, will stay": the clause around the aside
                aside = {t.i for t in tok.subtree}
                words = [t.i for t in table.head(tok).subtree
                         if t.i not in aside and not (t.is_punct or t.is_space)]
                content = doc[words[0]:words[-1] + 1] if words else None
                cut = (min(aside), max(aside) + 1)
                aside = True
            if content is None and not aside:
                content = _quotation_before(tok, table) or _quotation_after(tok, table)
            elif content is not None and not aside and content.end <= tok.i and (
                    after := _quotation_after(tok, table)) is not None:
                # ('In the blog post announcing "youtube-dl is back", GitHub said, "Although
                # we ..."': the parser hung words before the verb on it; the quotation
                # opening right after it is what is said)
                content = after
            if not aside and (split := _split_quotation(tok, table)) is not None:
                # ('"We will win this war," Putin said, "and we will not stop."': both parts
                # of the quotation, not the part the parser hung on the verb)
                content, cut = split
            colon = None if aside else after_colon
            if content is None:
                content, colon = colon, None
                colon_quoted = content is not None
            elif colon is not None and colon.start < content.end and content.start < colon.end:
                mark = next((t.i for t in reversed(doc[content.start:colon.start])
                             if t.text == ":"), None)
                before = _trimmed(doc, content.start, mark) if mark is not None else None
                if before is None:
                    colon = None  # (what the verb reports is the quotation already)
                else:  # ('told reporters the bridge was safe: "We have checked ..."': the
                    # parser hung the quotation in the reported clause; each is said)
                    content = before
            if content is None or content.text.lower() in _RECIPROCALS:
                continue  # ("it was all confirming each other": no content of its own)
            if _parenthetical(content, w):
                continue  # ('trying to, I quote, she said, "boss people around"')
            if _generic_accused(tok, content, table):
                continue  # "to extradite people accused of crimes": no one says anything
            if tok.lemma_ in w.requests and not (
                    tok.lemma_ in w.content_prepositions and content.root.dep_ == "pobj") and \
                    not any(c.dep_ in ("ccomp", "dobj", "dative") for c in table.children(tok)):
                continue  # "asked not to be named": a wish, not a request to someone (not
                # "warned of potential flash floods": what is warned of)
            if tok.lemma_ in w.requests and _performative(tok, table):
                continue  # "I am asking all Americans to come together": the asking is
                # done in saying it, a fact of the speaker's, not a report of what they said
            # (a second saying conjoined to the first's content has the first's speaker,
            # not the subject of the clause it was hung on: no climbing below)
            second = tok.dep_ == "conj" and tok.tag_ != "VBG" and \
                _outer_speech(tok, table) is not None
            for c in table.children(tok):
                if c.dep_ in ("nsubj",):
                    if c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                        # "Alex Greenwich, who said": the one the clause is about (its
                        # own words, which hold the clause, name no speaker)
                        speaker = _head_entity(table.head(tok), table, nodes)
                        continue
                    if c.lower_ == "who" and c.i > 0:
                        # "..., according to police, who said officers arrived": a "who"
                        # the parser left without its noun is about the noun right before
                        # it, not what the clause it was joined to is about
                        j = c.i - 1
                        while j > 0 and table.tokens[j].is_punct:
                            j -= 1
                        near = table.tokens[j]
                        if near.pos_ in ("NOUN", "PROPN"):
                            speaker = _head_entity(near, table, nodes)
                            continue
                    speaker = _source_apposed(c, table) or _first_entity(
                        c, table, nodes) or _speaker_going_on(
                        c, out[-1] if out else None, table) or _people_before(
                        c, table, nodes) or _organisation_before(c, table) or \
                        _open_pronoun(c, nodes)
                    # (each of a coordinated subject says it: the gold, and a reader,
                    # credit "Biden and Sanders announced X" to both)
                    also = _conjoined_speakers(c, speaker, table, nodes)
                elif c.dep_ in ("dobj", "dative") and tok.lemma_ in w.requests | {"tell"} and \
                        not any(g.dep_ == "oprd" for g in table.children(tok)):
                    # (the one asked, told or warned, named or not: "told reporters",
                    # "urged voters to"; not what is asked for, "requested absentee
                    # ballots", nor what is called something, "called the process a coup")
                    told = _first_entity(c, table, nodes)
                    if told is not None and table.type_of(told) in _SPEAKER_TYPES:
                        addressee = addressee or told
                elif c.dep_ == "prep" and c.lower_ == "to" and described is None:
                    # (what one "referred to" is the thing named, not the one told)
                    addressee = addressee or next(
                        (_first_entity(p, table) for p in table.children(c)
                         if p.dep_ == "pobj"), None)
            if speaker is None and text_speaker is not None and text_speaker.dep_ == "dobj":
                speaker = _first_entity(text_speaker, table, nodes)  # '"...," read the statement'
            if speaker is None and (inverted := _inverted_speaker(tok, table)) is not None:
                speaker = _first_entity(inverted, table, nodes)  # '"...," tweeted Johnson'
            if speaker is None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                           for c in table.children(tok)):
                speaker = _stranded_speaker(tok, table, nodes)
            if speaker is None and (judged := object_controller(tok, table)) is not None:
                # "accused Biden of previously saying ...": the one accused says it
                speaker = _first_entity(judged, table, nodes)
            if speaker is None and tok.dep_ == "amod" and table.head(tok).i > tok.i and \
                    (key := table.key_of(table.head(tok))) is not None and \
                    table.type_of(key) in _SPEAKER_TYPES:
                # '"...", added KCNA.': the parser made the inverted verb a modifier of the
                # name after it, which is who speaks
                speaker = key
            agent = _agent(tok)
            if speaker is None and agent is not None:
                # "it is asserted by the Crown that ...", "was told by the minister"
                speaker = _first_entity(agent, table, nodes)
            # (hearsay raised onto a passive's subject is no one's unless a by-phrase
            # names one: not the speaker of a saying or clause around it)
            raised = tok.pos_ == "VERB" and _raised_content(tok) is not None
            outer = _outer_speech(tok, table) if speaker is None and not raised else None
            if outer is not None:
                # 'Oramah said the currencies "cost Africa $5 billion," further saying, "..."'
                speaker = next((_source_apposed(c, table) or _first_entity(c, table, nodes)
                                for c in table.children(outer) if c.dep_ == "nsubj"),
                               None) or _stranded_speaker(outer, table)
                found_how = "inherited"
            if speaker is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and (
                    table.head(tok).lemma_.lower() in w.texts or
                    table.head(tok).lemma_.lower() in w.occasions):
                # "the ministry issued a statement saying ...": the document's issuer (or
                # owner, "Trump's tweet saying") says what the document says; "held a
                # press conference claiming": whoever held it
                document = table.head(tok)
                speaker = _noun_speaker(document, table, nodes)
                if speaker is None and nodes is not None and \
                        document.lemma_.lower() not in w.occasions and \
                        table.head(document).lemma_.lower() not in w.speech:
                    # with neither, the document itself ("all they get is a message
                    # stating, ...", "a report citing the mayor's office"; not a noun a
                    # saying verb took: "explained the decision ..., saying")
                    speaker = nodes.entity(document) or nodes.describe(document)
                found_how = "inherited" if speaker is not None else found_how
            if speaker is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and \
                    table.head(tok).i < tok.i and (
                        (key := table.key_of(table.head(tok))) is not None and
                        table.type_of(key) in _SPEAKING_KINDS or
                        table.head(tok).lemma_.lower() in lexicons.people_words()):
                # "with officials saying this is for security reasons", "a spokesman
                # saying ...": the people the participle describes say it
                speaker = _first_entity(table.head(tok), table, nodes)
                found_how = "inherited" if speaker is not None else found_how
            quoted_one = _quoted_as_saying(tok, table, w.speech)
            if speaker is None and quoted_one is not None:
                # "Reuters quoted the minister as saying the talks had failed": the one
                # quoted or cited says it
                speaker = _first_entity(quoted_one, table, nodes)
                also = _conjoined_speakers(quoted_one, speaker, table, nodes)
                found_how = "inherited"
            head = tok
            # (a "we" or "I" that named no one says it for the same "we" or "I" of a clause
            # it is joined to, not for another subject: '"The statement was a surprise and
            # we can say that ..."' is not the statement's)
            own = next((c for c in table.children(tok) if c.dep_ == "nsubj"), None)
            first_person = own is not None and own.lower_ in _FIRST_PERSON
            passed_thing = False
            for _ in range(3):  # "wanted to say that", "condemned the attack and said that",
                # "officials told state media, adding that"
                if head.dep_ == "pcomp" and tok.tag_ == "VBG" and \
                        table.head(head).lower_ in _MEANS_PREPOSITIONS and \
                        (on := table.head(table.head(head))).pos_ in ("VERB", "AUX") and \
                        not (on.tag_ == "VBN" and not any(
                            c.dep_ == "aux" for c in table.children(on))):
                    # ("He underlined the call for cooperation by saying ...", "after
                    # saying ...": the one doing the verb the phrase is on says it; not a
                    # participle's, "tried to have Waseem released by saying ...")
                    head = table.head(head)
                if speaker is not None or second or raised or \
                        head.dep_ not in ("xcomp", "conj", "advcl") and not (
                            passed_thing and head.dep_ in ("relcl", "ccomp")) and not (
                            head.dep_ == "prep" and head.lower_ in _MEANS_PREPOSITIONS) \
                        or table.head(head).i == head.i or any(
                            c.dep_ in ("nsubjpass", "expl", "csubj") for c in
                            table.children(head)):
                    # (a clause with a subject of its own, even "it", is no one else's
                    # saying: "After it was revealed his aide tested positive, Trump ...")
                    break
                head = table.head(head)
                # (or a passive's by-phrase: "were described by Johnson as a 'historic
                # mandate', saying he intends to leave")
                subject = next((c for c in table.children(head) if c.dep_ == "nsubj"),
                               None) or (_agent(head) if tok.tag_ == "VBG" else None)
                if first_person and subject is not None and \
                        subject.lower_ not in _FIRST_PERSON:
                    break
                speaker = _first_entity(subject, table, nodes) if subject is not None else None
                if speaker is not None and tok.tag_ == "VBG" and subject.pos_ == "NOUN" and \
                        subject.is_lower and table.type_of(speaker) == "Thing" and \
                        subject.lemma_.lower() not in w.texts:
                    # ("described how the attack unfolded, stating ...": a participle of
                    # saying hung on a clause about a thing that says nothing is said by
                    # the subject above it, the eyewitness; not by "the attack")
                    speaker, passed_thing = None, True
                    continue
                # ("the ACLU of Montana and Native American Rights Fund filed a lawsuit ...,
                # saying": each of the subject's conjuncts says it, as the verb's own would)
                also = _conjoined_speakers(subject, speaker, table, nodes)
                found_how = "inherited"
            if finding is not None and speaker is None and not _passive(tok, table):
                continue  # "we found that ...", "I find his ideas to be", "Proving that ...":
                # a finding with no one to hold it (an interview's open pronoun, a gerund)
                # is an opinion or an aim more often than a finding (volume: 9 of 9 wrong)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and \
                table.tokens[tok.i + 1].lower_ == "to":
            pobj = next((p for p in table.tokens[tok.i + 1].children if p.dep_ == "pobj"), None)
            if pobj is None:  # 'According to news agency ISNA, the prosecutor ... said': the
                # parser made the source the verb's subject (see _source_apposed)
                pobj = next((t for t in table.tokens[tok.i + 2:table.sentence_bounds(tok)[1]]
                             if t.dep_ == "nsubj" and t.left_edge.i == tok.i + 2), None)
            if pobj is None or _question(tok, table):
                continue  # ("According to you, what is ...?": a question claims nothing)
            loose = _loose_apposed_name(pobj, table)
            speaker = (table.key_of(loose.root) if loose is not None else None) or \
                _first_entity(pobj, table, nodes) or table.key_of(pobj)
            # (a name after "according to" is a source whatever the tagger typed it: "the
            # Sydney Morning Herald" read as an event)
            content = _according_content(tok, pobj, table)
            if content is None:
                continue
            if pobj.dep_ == "nsubj" and content.start > pobj.i + 1:
                # (what the source says opens with the speaker hung on it: "the prosecutor
                # general of Tehran, Ali Alghasi Mehr, said ...")
                first = next((t.i for t in table.tokens[pobj.i + 1:content.start]
                              if not (t.is_punct or t.is_space)), content.start)
                content = doc[first:content.end]
            if content.start < tok.i < content.end:
                # ("One child was, according to the fire service, among the dead": the
                # phrase is left out of what it sources, as an aside is; a name the
                # parser left outside it ends it: "..., according to curator Elaine
                # Gustafon")
                last = max(t.i for t in pobj.subtree)
                if all(t.pos_ == "PROPN" or t.is_punct or t.is_space
                       for t in doc[last + 1:content.end]):
                    content = _trimmed(doc, content.start, tok.i) or content
                else:
                    cut = (tok.i, last + 1)
        elif tok.lower_ == "by" and (source := _by_source(tok, table)) is not None:
            if _question(tok, table):
                continue
            speaker = _first_entity(source, table, nodes)
            content = _according_content(tok, source, table)  # (the same reach)
            if content is None:
                continue
            lemma = f"by {source.lemma_.lower()}"
        elif tok.pos_ == "NOUN" and lemma in w.claim_nouns:
            content = _noun_content(tok, table)
            if content is None or content[0].lower_ in ("whether", "if") or \
                    modality.asks(tok, table):
                continue  # ("the question whether ...", "Is there evidence that ...?": a
                # question claims nothing)
            speaker = _noun_speaker(tok, table, nodes)
            found_how = "noun"
        else:
            continue
        if quotations is None:
            quotations = quotation_spans(table.tokens)
        quote = colon_quoted or _is_quote(content) or _in_running_quotation(
            content, tok, quotations)
        if quote:
            content = _strip_quotes(content)
        according = tok.lower_ in ("according", "by")  # (a source phrase, not a verb)
        mood = modality.of_verb(tok, table=table) if tok.pos_ == "VERB" else modality.Mood()
        # (what the verb reports, then a quotation after its colon: 'told the press the drugs
        # were only part of the solution: "What will stop Ebola is ..."' says both)
        for said, quoted in [(content, quote)] + ([(colon, True)] if colon is not None else []):
            for who in [speaker, *also]:
                features.append(claim_features(
                    tok, said, who, table, "according" if according else found_how, quoted,
                    aside, (lemma in w.denials or negated) and not according and (
                        said is content), mood.modality, w))
                verbs.append(tok)
                out.append(Claim(
                    id=f"c{len(out) + 1}", speaker=who,
                    text=_text_around(table, said, cut) if said is content else
                    table.text_of(said),
                    start=said.start_char, end=said.end_char,
                    sentence=table.sentence_index(said), confidence=0.0,  # calibrated later
                    addressee=addressee, quote=quoted,
                    # (a quotation after a denial's colon is what the speaker says, not
                    # what is denied: 'denied any allegation ...: "The advances were ..."')
                    polarity="negative" if ((lemma in w.denials and not according) or negated)
                    and said is content else "positive", modality=mood.modality,
                    lemma="according to" if tok.lower_ == "according" else lemma))
    _first_person_quoted(out, features, verbs, table)
    if quotations is not None:  # (None: no claim was read)
        out = _opened_quotations(doc, table, out, quotations)
    pairs = list(zip(out, features))
    for claim in _continued_quotes(doc, table, out):
        pairs.append((claim, {"continued_quote": 1.0, **_speaker_features(
            claim.speaker, None, table)}))
    pairs.sort(key=lambda pair: pair[0].start)
    return [(replace(c, id=f"c{n}"), f) for n, (c, f) in enumerate(pairs, start=1)]


def _first_person(verb: Token, table: EntityTable) -> Token | None:
    """The "I" or "we" a speech word's clause is said by: its own subject, or that of the
    words it hangs on ("I am saddened to report", "We are very sorry to report")."""
    if verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in table.children(verb)):
        return None  # ('"If we confirm that it is a planet, ..."': a condition claims nothing)
    head = verb
    for _ in range(3):
        subject = next((c for c in table.children(head)
                        if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.lower_ in ("i", "we") else None
        if head.dep_ not in ("xcomp", "acomp", "conj") or table.head(head).i == head.i:
            return None
        head = table.head(head)
    return None


def _first_person_quoted(claims: list[Claim], features: list[confidence.Features],
                         verbs: list[Token], table: EntityTable) -> None:
    """'"I am saddened to report that our colleague ... has passed away," Roberts wrote': a
    speaker-less claim said by "I" or "we" inside quotation marks is the speaker's of the
    claim whose words hold it (the pronoun becomes a mention of them); in place."""
    quoted: list[tuple[int, int]] | None = None
    for n, (claim, verb) in enumerate(zip(claims, verbs)):
        if claim.speaker is not None:
            continue
        subject = _first_person(verb, table)
        if subject is None:
            continue
        quoted = quotation_spans(table.tokens) if quoted is None else quoted
        if not any(a <= subject.i < b for a, b in quoted):
            continue  # ("He said I was wrong": the writer's "I", not the speaker's)
        outer = next((c for c in claims if c.speaker is not None and c is not claim
                      and c.start <= subject.idx and claim.end <= c.end), None)
        if outer is None:
            continue
        key = outer.speaker
        if table.mention_kind(key, subject) is None:
            table.add(subject.doc[subject.i:subject.i + 1], table.type_of(key),
                      table.name_of(key), kind="pronoun", key=key)
        claims[n] = replace(claim, speaker=key)
        features[n] = {k: v for k, v in features[n].items() if not k.startswith("speaker")}
        features[n].update(_speaker_features(key, subject, table))
        features[n]["speaker_how=inherited"] = 1.0


def _speaker_features(speaker: str | None, tok: Token | None,
                      table: EntityTable) -> confidence.Features:
    if speaker is None:
        return {"speaker=none": 1.0}
    type_ = table.type_of(speaker)
    kind = "description" if table.is_description(speaker) else (
        "pronoun" if tok is not None and tok.pos_ == "PRON" else "name")
    return {f"speaker={kind}": 1.0, f"speaker_type={type_}": 1.0}


def claim_features(verb: Token, content: Span, speaker: str | None, table: EntityTable,
                   how: str, quote: bool, aside: bool, denial: bool, mood: str,
                   w: _Words) -> confidence.Features:
    """How a claim was read: its speech word, speaker, content and clause."""
    subject = next((c for c in table.children(verb) if c.dep_ == "nsubj"), None)
    f = _speaker_features(speaker, subject, table)
    lemma = verb.lemma_.lower()
    if how == "according":
        f["verb=according"] = 1.0
    elif lemma in ("say", "tell"):
        f[f"verb={lemma}"] = 1.0
    elif lemma in w.requests:
        f["verb=request"] = 1.0
    elif lemma in w.nominal_content:
        f["verb=announce"] = 1.0
    else:
        f["verb=other"] = 1.0
    f[f"speaker_how={how}"] = 1.0
    if quote:
        f["quote"] = 1.0
    if aside:
        f["aside"] = 1.0
    if denial:
        f["denial"] = 1.0
    if mood != "asserted":
        f[f"mood={mood}"] = 1.0
    words = sum(1 for t in content if not t.is_punct)
    f["content_len=" + ("le3" if words <= 3 else "le10" if words <= 10 else "gt10")] = 1.0
    if not any(t.pos_ in ("VERB", "AUX") for t in content):
        f["content_no_verb"] = 1.0
    if content.start < verb.i:
        f["content_before"] = 1.0
    if any(c.dep_ == "dobj" for c in table.children(verb)) and not any(
            c.dep_ in ("ccomp", "xcomp") for c in table.children(verb)):
        f["nominal_content"] = 1.0
    return f


def _quoted_sentence(sent: Span, table: EntityTable, inside: bool = False
                     ) -> tuple[Span | None, bool]:
    """(the words of a sentence that is all quotation, without its marks; whether the
    quotation runs on past it). '"But we need guarantees."' is one; so is each sentence of
    a passage quoted across sentences ('"We have to dock. [...] We have passed the
    riskiest items."'), ``inside`` one already opened."""
    toks = [t for t in table.tokens[sent.start:sent.end] if not t.is_space]
    if len(toks) < 2:
        return None, False
    marks = [i for i, t in enumerate(toks) if t.text in QUOTE_MARKS]
    opens = bool(marks) and marks[0] == 0
    if inside and not opens:
        if not marks:
            return _strip_quotes(sent.doc[toks[0].i:toks[-1].i + 1]), True
        if len(marks) != 1 or marks[0] < len(toks) - 2:
            return None, False
    elif not opens or len(toks) < 3:
        return None, False
    else:
        closing = marks[1:]
        if len(closing) > 1 or (closing and closing[0] < len(toks) - 2):
            return None, False
        if not closing:  # the quotation runs on into the next sentence
            inner = _strip_quotes(sent.doc[toks[0].i:toks[-1].i + 1])
            return (inner if len(inner) > 1 else None), True
    inner = _strip_quotes(sent.doc[toks[0].i:toks[-1].i + 1])
    return (inner if len(inner) > 1 else None), False


def _continued_quotes(doc: Doc, table: EntityTable, claims: list[Claim]) -> list[Claim]:
    """A quoted sentence right after a quote keeps its speaker ("...," he said. "But ..."),
    and so does each sentence of a quotation that runs across sentences."""
    out: list[Claim] = []
    last: Claim | None = None
    last_at = -2  # the sentence the last claim ends in
    inside = False
    # by the sentence each claim ends in: a quotation opened a sentence before its saying
    # (<"All countries can ... If countries detect ...," said Tedros>) goes on after the
    # saying's sentence, not after the sentence it opened in
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        end = table.sentence_index(span[-1]) if span is not None and len(span) else c.sentence
        by_sentence.setdefault(end, []).append(c)
    for sent in table.sents:
        index = table.sentence_index(sent)
        said = by_sentence.get(index, [])
        if said:
            last = said[-1] if said[-1].quote else None
            last_at, inside = index, False
            continue
        running = inside and last is not None
        inner, inside = _quoted_sentence(sent, table, running)
        if inner is None or last is None or index - last_at > 1:
            last, inside = None, False
            continue
        if running and out and out[-1] is last:
            # (the same quotation going on: one claim, as it is one quotation)
            last = out[-1] = replace(last, text=table.text_of(doc[first:inner.end]),
                                     end=inner.end_char, sentence=index)
            last_at = index
            continue
        first = inner.start
        claim = Claim(id="", speaker=last.speaker, text=table.text_of(inner),
                      start=inner.start_char, end=inner.end_char, sentence=index,
                      confidence=0.0, addressee=last.addressee,
                      quote=True, lemma=last.lemma)
        out.append(claim)
        last, last_at = claim, index
    return out


def _opened_quotations(doc: Doc, table: EntityTable, claims: list[Claim],
                       quotations: list[tuple[int, int]]) -> list[Claim]:
    """'"We are continuing to investigate this incident ... Our priority is to locate the
    stolen item ...", said Detective Inspector Steven Jones': a quoted claim whose
    quotation opened sentences before covers it from its opening, one claim, as it is one
    quotation (``_continued_quotes`` keeps the speaker for the sentences after it)."""
    tokens = table.tokens
    out = list(claims)
    for start, end in quotations:
        if end - start < 2 or table.sentence_bounds(tokens[start])[0] < start - 1:
            continue  # (a quotation that opens inside a sentence: that sentence's own)
        first = table.sentence_index(tokens[start])
        close = tokens[end - 1].idx + len(tokens[end - 1].text)
        owner = next((i for i, c in enumerate(out) if c.quote and c.sentence > first and
                      tokens[start].idx <= c.start and c.end <= close), None)
        if owner is None or any(
                first <= c.sentence < out[owner].sentence and
                not (tokens[start].idx <= c.start and c.end <= close) for c in claims):
            # (a claim of its own in a sentence between: not one quotation; a saying the
            # quotation holds, 'that I announce the passing ...', is part of it)
            continue
        said = doc.char_span(tokens[start].idx, out[owner].end, alignment_mode="expand")
        if said is not None:
            out[owner] = replace(out[owner], text=table.text_of(said), start=said.start_char)
    return out


def _inside(claim: Claim, start: int, end: int) -> bool:
    return claim.start <= start and end <= claim.end


def mark_reported(claims: list[Claim], events: list[Event], relations: list[Relation],
                  doc: Doc | None = None, kept: set[str] | None = None,
                  quoted: list[tuple[int, int]] | None = None
                  ) -> tuple[list[Event], list[Relation]]:
    """Events and facts inside a claim: modality 'reported', linked to the (innermost)
    claim. Their polarity stays their clause's (``kg.extract.modality``): negative inside
    a denial ("Moscow denied that its jets bombed the hospital").

    ``kept`` names the claims that are emitted (all by default): what is inside a claim
    below the emission threshold is still reported (someone said it, the article does
    not assert it), linked to the innermost emitted claim around it, if any. What is
    inside ``quoted`` (``continued_quotation``) and no claim is reported with no claim."""

    starts = sorted(c.start for c in claims)
    by_start = sorted(claims, key=lambda c: c.start)
    longest = max((c.end - c.start for c in claims), default=0)

    def around(start: int, end: int) -> list[Claim]:
        # only claims starting at most one claim-length before ``start`` can contain it
        lo = bisect_left(starts, start - longest)
        hi = bisect_right(starts, start)
        return sorted((c for c in by_start[lo:hi] if _inside(c, start, end)),
                      key=lambda c: c.end - c.start)

    def mark(item):
        inside = around(item.start, item.end)
        if not inside:
            if any(a <= item.start and item.end <= b for a, b in quoted or ()):
                return replace(item, modality="reported")
            return item
        link = next((c.id for c in inside if kept is None or c.id in kept), None)
        return replace(item, modality="reported", claim=link)

    return [mark(ev) for ev in events], [mark(rel) for rel in relations]


def _said_outside(first: int, last: int, start: int, end: int, table: EntityTable) -> bool:
    """Whether the sentence ``first:last`` has a speech verb outside the quotation
    ``start:end`` ('Erdogan said, "After elections ...', '"... goodbye," Microsoft says')."""
    speech = lexicon().speech
    return any(not start <= t.i < end and t.pos_ == "VERB" and t.lemma_.lower() in speech
               for t in table.tokens[first:last])


def continued_quotation(table: EntityTable) -> list[tuple[int, int]]:
    """Character ranges of the sentences wholly inside a quotation that runs over several
    sentences whose speech verb is in another of them ('Erdogan said, "After elections, we
    will change its name [...] We have some plans and we are going to implement them."'):
    someone said them, the article does not assert them. The speaker is not resolved, and
    no claim is made of them."""
    tokens = table.tokens
    out: list[tuple[int, int]] = []
    for start, end in quotation_spans(tokens):
        if end <= start:
            continue
        bounds: list[tuple[int, int]] = []
        i = start
        while i < end:
            first, last = table.sentence_bounds(tokens[i])
            if last <= i:
                break
            bounds.append((first, last))
            i = last
        if len(bounds) < 2 or not any(_said_outside(a, b, start, end, table)
                                      for a, b in (bounds[0], bounds[-1])):
            continue
        for first, last in bounds:
            # a sentence with words of its own outside the marks is the speech verb's
            # (or the article's): its claim, if any, covers what is quoted in it
            if any(not start <= t.i < end and not (t.is_punct or t.is_space)
                   for t in tokens[first:last]):
                continue
            a, b = max(first, start), min(last, end)
            out.append((tokens[a].idx, tokens[b - 1].idx + len(tokens[b - 1].text)))
    return out


def inside_claim(claims: list[Claim], start: int, end: int) -> bool:
    """Whether the span [start, end) is inside one of ``claims``."""
    return any(_inside(c, start, end) for c in claims)
