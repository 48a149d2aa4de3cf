"""Time expressions: absolute and relative dates resolved against the publication date.

``resolve(text, published)`` turns "last night", "this morning", "last week",
"September 30 last", "on Monday", "three days ago", "March 15, 2016" into an ISO
date (the first day of the period for a week, month or year, with the granularity
saying which); relative expressions stay unresolved (``value=None``) when the
article's date is unknown. ``find_times`` reads the spaCy DATE/TIME spans of a Doc,
keeps a leading "since/until/from/on/by" and a trailing "last/next" in the kept text,
and drops bare durations ("a few hours"), which are not points in time. A bare time
phrase of a verb the model leaves unlabelled ("Today, ... was airlifted") is read too
(``unlabelled_time_deps`` in entities.json).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons
from kg.extract.modality import PLURAL_FORMS, clause_tense
from kg.model import TimeExpression
from kg.textdates import MONTHS, WEEKDAYS
#: Words that make a DATE/TIME span a point in time rather than a duration.
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30,
          "year": 365, "years": 365}
_NUMBERS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_LEAD_PREPS = frozenset({"since", "until", "till", "from", "on", "by", "in", "before", "after"})
#: Words after a four-digit number that make it a clock time, not a year: "1639 hours";
#: so does a time zone's letters, "(1137 UTC)", "0030 GMT" (wire news gives times in UTC
#: this way), read as written from ``time_zones`` in entities.json, the table the entity
#: step uses for the same letters ("WEST" is a zone, "the 2019 West Africa summit" no time).
_CLOCK_WORDS = frozenset({"hours", "hrs"})
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


#: A part of a month or year before it ("early", "mid-", "late", "the end of"): the date
#: keeps the month's or year's granularity, as coarse as the text.
_PART_OF = r"(?:(?:early|mid|late)-?\s*|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?"


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _nearest_year(month: int, day: int, published: date, direction: str) -> date | None:
    """The date month/day closest to ``published`` ("last" forces the past, "next" the future)."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        options = [d for d in options if d <= published]
    elif direction == "future":
        options = [d for d in options if d >= published]
    return min(options, key=lambda d: abs((d - published).days)) if options else None


def _nth_in_month(year: int, month: int, which: str, weekday: int) -> str:
    """The first, second, ... or last given weekday (0 Monday; a weekend is its Saturday)
    of a month."""
    if which == "last":
        nxt = date(year + month // 12, month % 12 + 1, 1)
        day = nxt - timedelta(days=1)
        return (day - timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
    day = date(year, month, 1)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    n = ("first", "second", "third", "fourth").index(which)
    return (day + timedelta(weeks=n)).isoformat()


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def resolve(text: str, published: date | None, tense: str = "present") -> tuple[str | None, str]:
    """(ISO value or None, granularity) of a time expression.

    ``tense`` ("past", "present", "future" or "prospective", the clause's) picks the
    direction of a bare weekday, month or day of a month: a past-tense clause gives a past
    date; a future seen from the past (``modality``'s "prospective") the nearest one.
    """
    low = " ".join(re.sub(r"[,]", " ", text.lower()).split())
    lead = re.match(r"(since|until|till|by)\s", low)
    low = re.sub(r"^(since|until|till|from|on|by|in|before|after|as of)\s+", "", low)
    direction = "past" if re.search(r"\b(last|ago|past|previous)\b", low) else \
        "future" if re.search(r"\b(next|coming)\b", low) else \
        "past" if tense == "past" else "future" if tense == "future" else "nearest"

    # "the last weekend of July", "the first Monday of May 2019": a day counted within a
    # month (not "last weekend", which counts back from the publication date)
    m = re.search(r"\b(first|second|third|fourth|last)\s+(weekend|" + "|".join(WEEKDAYS) +
                  r")\s+(?:of|in)\s+" + _MONTH_RE + r"(?:\s+(\d{4}))?\b", low)
    if m:
        month = _month(m[3])
        if month is None or (published is None and not m[4]):
            return None, "day"
        if m[4]:
            year = int(m[4])
        else:
            first = _nearest_year(month, 1, published.replace(day=1), direction)
            if first is None:
                return None, "day"
            year = first.year
        return _nth_in_month(year, month, m[1], 5 if m[2] == "weekend" else WEEKDAYS[m[2]]), \
            "day"

    # absolute: ISO, "March 15, 2016", "15 March 2016", "March 2016", "2016"
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3])), "day"
    m = re.search(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})\b", low)
    if m:
        return _iso(int(m[3]), _month(m[1]), int(m[2])), "day"
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"\s+(\d{4})\b", low)
    if m:
        return _iso(int(m[3]), _month(m[2]), int(m[1])), "day"
    m = re.search(_MONTH_RE + r"\s+(?:of\s+)?(\d{4})\b", low)
    if m:
        return _iso(int(m[2]), _month(m[1]), 1), "month"
    m = re.fullmatch(_PART_OF + r"(?:the year\s+)?(\d{4})", low)
    if m:  # "2016", "early 2019", "the end of 2018"
        return _iso(int(m[1]), 1, 1), "year"
    m = re.fullmatch(r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(\d{3}0)'?s", low)
    if m:  # "in the 1980s", "the late 1990s": the decade, as coarse as the text
        return _iso(int(m[1]), 1, 1), "decade"

    # month and day without a year: the occurrence nearest the publication date
    m = re.search(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b", low) or \
        re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE, low)
    if m:
        month_word, day_word = (m[1], m[2]) if not m[1].isdigit() else (m[2], m[1])
        month, day = _month(month_word), int(day_word)
        if published is None or month is None:
            return None, "day"
        found = _nearest_year(month, day, published, direction)
        return (found.isoformat() if found else None), "day"

    # a month alone ("in November"): its nearest occurrence, the past unless "next"
    # ("in late June", "in early September", "by the end of May": that month)
    m = re.fullmatch(_PART_OF + r"(?:(last|next|this|this past|past)\s+)?" + _MONTH_RE +
                     r"(?:\s+(last|next))?", low)
    if m:
        month = _month(m[2])
        if published is None or month is None:
            return None, "month"
        want = "future" if "next" in (m[1], m[3]) or (tense == "future" and "last" not in (
            m[1], m[3])) else "nearest" if tense in ("prospective", "present") and not (
            m[1] or m[3]) else "past"
        if want == "nearest" and lead is not None:
            # a period's end ahead of a clause not in the past ("events have been planned
            # until December", "to be finished by May"); "since" looks back
            want = "past" if lead[1] == "since" else "future"
        found = _nearest_year(month, 1, published.replace(day=1), want)
        return (found.isoformat() if found else None), "month"

    if published is None:
        return None, _granularity_of(low)

    for word, shift in _DEICTIC.items():
        if re.search(rf"\b{word}\b", low):
            return (published + timedelta(days=shift)).isoformat(), "day"
    if re.search(r"\b(last|yesterday)\s+(night|evening)\b", low):
        return (published - timedelta(days=1)).isoformat(), "day"
    if re.search(r"\b(this|earlier this|later this)\s+(" + "|".join(_PARTS_OF_DAY) + r")\b", low):
        return published.isoformat(), "day"
    if re.search(r"\byesterday\b", low):
        return (published - timedelta(days=1)).isoformat(), "day"

    m = re.search(r"\b(\d+|" + "|".join(_NUMBERS) +
                  r")\s+(days?|weeks?|months?|years?)\s+ago\b", low)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        unit = m[2]
        if unit.startswith("year"):
            return _iso(published.year - n, published.month, min(published.day, 28)), "year"
        if unit.startswith("month"):
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return _iso(y, mo + 1, 1), "month"
        return (published - timedelta(days=n * _UNITS[unit])).isoformat(), \
            "week" if unit.startswith("week") else "day"

    m = re.search(r"\b(last|this|next|coming)\s+weekend\b", low)
    if m:  # the Saturday of that weekend
        saturday = _week_start(published) + timedelta(days=5)
        if m[1] == "last":
            saturday -= timedelta(weeks=1)
        elif m[1] in ("next", "coming") and saturday <= published:
            saturday += timedelta(weeks=1)  # said on a weekend: the one after it
        return saturday.isoformat(), "day"

    m = re.search(r"\b(last|this|next|earlier this|later this|past)\s+(week|month|year)\b", low)
    if m:
        which, unit = m[1], m[2]
        step = -1 if which in ("last", "past") else 1 if which == "next" else 0
        if unit == "week":
            return (_week_start(published) + timedelta(weeks=step)).isoformat(), "week"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return _iso(y, mo + 1, 1), "month"
        return _iso(published.year + step, 1, 1), "year"

    for name, index in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            want_future = direction == "future" or (direction == "nearest" and tense == "future")
            delta = (index - published.weekday()) % 7
            back = (published.weekday() - index) % 7
            if direction == "nearest" and tense == "prospective":
                # (the nearer side; the day itself when it is that weekday)
                return (published - timedelta(days=back) if back <= delta else
                        published + timedelta(days=delta)).isoformat(), "day"
            if want_future:
                return (published + timedelta(days=delta or 7)).isoformat(), "day"
            return (published - timedelta(days=back)).isoformat(), "day"
    return None, "unknown"


def _granularity_of(low: str) -> str:
    for unit in ("week", "month", "year"):
        if re.search(rf"\b{unit}\b", low):
            return unit
    return "day"


def _iso(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def is_point(text: str) -> bool:
    """Whether an expression names a point or period in time (not a bare duration)."""
    low = text.lower()
    if re.search(r"\d{4}|" + _MONTH_RE + r"\b", low) and not re.search(r"\bmonths?\b", low):
        return True
    if re.search(r"\b(" + "|".join(list(WEEKDAYS) + list(_DEICTIC)) + r")\b", low):
        return True
    if re.search(r"\b(last|this|next|earlier this|later this|past)\s+(" +
                 "|".join(_PARTS_OF_DAY) + r"|week|month|year|weekend)\b", low):
        return True
    return bool(re.search(r"\bago\b", low))


def _extend(doc: Doc, span: Span) -> Span:
    """Take in a preposition before ('since September 30') and 'last'/'next' after."""
    start, end = span.start, span.end
    for i in range(start + 1, end):  # "Sunday, ending four years": the model ran on
        # ... but "June 17, 2010" keeps its year
        if doc[i].is_punct and not (i + 1 < end and re.fullmatch(r"\d{4}", doc[i + 1].text)
                                    and not _number_not_year(doc[i + 1])):
            end = i
            break
    # "Early Saturday morning" when the model labelled only "morning": the day (and its
    # "early"/"late") the part of the day is of, left out of every label
    while start > 0 and doc[start - 1].head.i in range(start, end) and \
            doc[start - 1].dep_ in ("compound", "amod", "nmod") and \
            doc[start - 1].ent_iob_ == "O" and \
            doc[start - 1].lower_ in {*WEEKDAYS, "early", "late"} and \
            span[-1].lower_ in _PARTS_OF_DAY:
        start -= 1
    if start > 0 and doc[start - 1].lower_ in _LEAD_PREPS:
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("last", "next") and doc[end].head.i in \
            range(span.start, span.end):
        end += 1
    return doc[start:end]


#: Years ahead of publication a bare number may still be a year ("by 2100").
FUTURE_YEARS = 100
#: Determiners before which a number of a plural noun stays a year ("the 2019 elections",
#: "those 1990s"); others count or number ("any new 1201 takedown notices").
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
#: Words before a number that make it a designation, not a year: "Section 1201",
#: "Resolution 2334", "Flight 1549", "Route 1101".
_DESIGNATORS = frozenset({
    "section", "§", "article", "chapter", "clause", "paragraph", "resolution", "flight",
    "route", "highway", "room", "no", "no.", "number", "model", "version", "bus", "train",
    "platform", "gate", "hr", "h.r."})


def _number_not_year(token: Token) -> bool:
    """A bare four-digit number that counts or designates things, not a year.

    A number after a designating word is no year either ("Section 1201"), nor one after
    an acronym that is no era or month ("DMCA 1201": a statute's section). A count is
    the passive subject ("1720 had been discharged", "1300 were killed"), a
    subject with plural agreement, or the number of a plural noun with no definite
    determiner ("received 1201 takedown notices", "any new 1201 notices"; "the 2019
    elections" keeps its year).
    """
    if not re.fullmatch(r"\d{4}", token.text):
        return False
    if token.i > 0 and (token.doc[token.i - 1].lower_ in _DESIGNATORS or
                        _acronym_designator(token.doc[token.i - 1])):
        return True
    if token.dep_ == "nsubjpass":
        return True
    head = token.head
    if token.dep_ == "nsubj":
        return any(t.lower_ in PLURAL_FORMS for t in (head, *head.children)
                   if t is head or t.dep_ in ("aux", "auxpass"))
    if token.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS"):
        return not any(t.dep_ == "poss" or t.lower_ in _DEFINITE for t in head.children)
    return False


def _acronym_designator(word: Token) -> bool:
    """Capitals before a number that name what it numbers ("DMCA 1201", "HR 6819"), not an
    era ("AD 1066", "FY 2020") or a month in capitals ("JAN 2019")."""
    return bool(re.fullmatch(r"[A-Z][A-Z.&]*[A-Z]\.?", word.text)) and \
        word.text not in _year_prefixes() and MONTHS.get(word.lower_.rstrip(".")) is None


@lru_cache(maxsize=1)
def _year_prefixes() -> frozenset[str]:
    return frozenset(lexicons.entities()["year_prefixes"])


def _clock_time(span: Span) -> bool:
    """A bare four-digit number that is a time of day: "0617" (no year starts with 0 in
    news) or one followed by a time zone or "hours" ("1639 UTC")."""
    if not re.fullmatch(r"\d{4}", span.text):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text[0] == "0" or after is not None and (
        after.lower_ in _CLOCK_WORDS or after.text in _time_zones())


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(lexicons.entities()["time_zones"])


#: Dependency roles of a word inside a noun phrase: a year in one of them says which thing
#: the noun is ("the 2020 election", "a 2020 candidate", "last year's budget").
_NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "nmod", "amod", "poss"})


def year_modified_noun(span: Span, expr: TimeExpression) -> Token | None:
    """The noun a year (or decade) modifies inside its noun phrase, if it dates no clause.

    "the 2020 election", "a 2020 Melbourne Lord Mayor candidate": the year names which
    election or candidate, not when the clause around the noun happened, so it may date
    that noun's own event but no verb above it. A day or month stays a clause's time
    ("Monday's attack"); so does a year the noun phrase ends in ("the 2019–20 season"), and
    one whose noun is the occasion of the clause: the object of an occasion preposition on
    a verb ("in a 2003 interview", "at the 1972 convention") or the subject of "occur".
    """
    if expr.granularity not in ("year", "decade", "unknown") or \
            not re.search(r"\d{4}", span.text):
        return None
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "the 2008 and 2012 campaigns"
        root = root.head
    noun = root.head
    if root.dep_ not in _NOUN_MODIFIER_DEPS or noun.i == root.i or noun.i in range(
            span.start, span.end) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.i == root.i + 1 and noun.text.lower() in ("'s", "’s", "s"):
        return None  # "in the 1930’s": the decade's own suffix, read as a noun
    words = _occasion_words()
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in words["occasion_prepositions"] and \
            prep.head.pos_ in ("VERB", "AUX"):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in words["occurrence_verbs"]:
        return None
    return noun


@lru_cache(maxsize=1)
def _occasion_words() -> dict[str, frozenset[str]]:
    table = lexicons.load_json("discourse.json")
    return {k: frozenset(table[k]) for k in ("occasion_prepositions", "occurrence_verbs")}


def _far_future(text: str, published: date | None) -> bool:
    """A bare number beyond any year news dates a thing in (the star "HR 6819")."""
    return text.isdigit() and int(text) > (published or date.today()).year + FUTURE_YEARS


@lru_cache(maxsize=1)
def _unlabelled_time_deps() -> frozenset[str]:
    return frozenset(lexicons.entities()["unlabelled_time_deps"])


#: Dependencies of the words a bare time phrase may have before its head ("This morning",
#: "Earlier this week"); anything else ("the morning of the vote") is no bare time phrase.
_PHRASE_DEPS = frozenset({"det", "amod", "advmod"})


def _unlabelled_phrase(token: Token) -> Span | None:
    """The time phrase ``token`` heads as a bare adverbial of a verb ("Today, the council
    voted", "This morning police arrested"), the model having left it without a DATE/TIME
    label; None when it is no such phrase. Numbers stay out: a bare "1639" or "two hours"
    is what the entity step labels (or rejects) as a clock time or a duration."""
    if token.dep_ not in _unlabelled_time_deps() or token.head.pos_ not in ("VERB", "AUX") \
            or token.head.i == token.i or any(True for _ in token.rights):
        return None
    lefts = list(token.lefts)
    if any(c.dep_ not in _PHRASE_DEPS or any(True for _ in c.children) for c in lefts):
        return None
    span = token.doc[token.left_edge.i:token.i + 1]
    if any(t.like_num for t in span):
        return None
    return span


def _unlabelled_times(doc: Doc, published: date | None, taken: set[int]
                      ) -> list[tuple[Span, TimeExpression]]:
    """Bare time phrases timing a verb's clause that spaCy's small model leaves unlabelled
    ("Today, Russian opposition leader Alexei Navalny was airlifted"), kept when they read as
    a point in time and resolve against the publication date (or it is unknown)."""
    out = []
    for token in doc:
        span = _unlabelled_phrase(token) if token.i not in taken else None
        if span is None or any(t.i in taken for t in span) or not is_point(span.text):
            continue
        value, granularity = resolve(span.text, published, clause_tense(token))
        if value is None and published is not None:
            continue
        out.append((span, TimeExpression(text=span.text, start=span.start_char,
                                         end=span.end_char, value=value,
                                         granularity=granularity if value else "unknown")))
    return out


def find_times(doc: Doc, published: date | None) -> list[tuple[Span, TimeExpression]]:
    """Every point-in-time expression of ``doc`` with its span, resolved when possible: the
    DATE/TIME entities, then bare time phrases of a verb the model left unlabelled."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or _clock_time(ent):
            continue
        span = _extend(doc, ent)
        if not (is_point(ent.text) or is_point(span.text)) or len(ent) == 1 and (
                _number_not_year(ent[0]) or _far_future(ent.text, published)):
            continue
        value, granularity = resolve(span.text, published, clause_tense(ent.root))
        if value is None and published is not None:
            value, granularity = resolve(ent.text, published, clause_tense(ent.root))
        out.append((span, TimeExpression(text=span.text, start=span.start_char,
                                         end=span.end_char, value=value,
                                         granularity=granularity if value else "unknown")))
    taken = {t.i for span, _ in out for t in span}
    out = sorted(out + _unlabelled_times(doc, published, taken), key=lambda x: x[0].start)
    out = sorted(out + _anchored_times(doc, out, published), key=lambda x: x[0].start)
    return sorted(out + _clock_times_of_the_day(doc, out), key=lambda x: x[0].start)


#: Days counted in words ("two days later").
_DAY_COUNTS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: Times named from the day the story last dated, with their offset in days ("n": counted).
_ANCHORED = [(re.compile(p), offset) for p, offset in (
    (r"(?:on |by )?(?:the )?same day", 0),
    (r"(?:on |by )?that (?:day|night|evening|morning|afternoon)", 0),
    (r"later (?:that|in the) (?:day|night|evening)", 0),
    (r"(?:on |by )?the (?:next|following) (?:day|morning|evening|night)", 1),
    (r"(?:on )?the (?:previous|preceding) (?:day|night|evening)|the day before", -1),
    (r"(\w+) days? later", "n"),
    (r"(\w+) days? (?:earlier|before)", "-n"),
)]


#: Any of them, wherever the text has one (the entity model labels some only).
_ANCHORED_ANYWHERE = re.compile(
    r"\b(?:" + "|".join(p.pattern for p, _ in _ANCHORED) + r")\b", re.I)

#: How many sentences before its own a count like "the next day" looks back for its day.
_ANCHOR_SENTENCES = 3


def _sentence_start(doc: Doc, i: int, back: int) -> int:
    """The first token of the sentence ``back`` sentences before token ``i``'s."""
    sent = doc[i].sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start


def _anchored_times(doc: Doc, dated: list[tuple[Span, TimeExpression]],
                    published: date | None = None) -> list[tuple[Span, TimeExpression]]:
    """Times counted from the day the story last dated, which the publication date does
    not resolve: "The first attack was in Al Noor Mosque on Friday ... appearing in court on
    the next day" (that Friday's next day), "the same day", "two days later". Each is
    resolved against the nearest day-dated expression before it in its sentence or the
    three before (none: left out, as a bare "the next day" has no day to count from). In
    a past clause, a day after ``published`` to count from leaves it out: "was in Linwood
    Mosque on the same day" is no court date weeks ahead."""
    days = [(span.start, expr) for span, expr in dated
            if expr.value and expr.granularity in ("day", "dateTime")]
    taken = {t.i for span, _ in dated for t in span}
    out = []
    counted: set[TimeExpression] = set()  # the expressions counted here
    # (an entity is left out by its own words, its extension may reach a time taken)
    labelled = [(ent, _extend(doc, ent)) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    unlabelled = [(span, span) for span in _unlabelled_counts(doc)]
    for own, span in sorted(labelled + unlabelled, key=lambda s: s[1].start):
        if any(t.i in taken for t in own):
            continue
        low = " ".join(span.text.lower().split())
        offset = None
        for pattern, step in _ANCHORED:
            m = pattern.fullmatch(low)
            if m is None:
                continue
            if step in ("n", "-n"):
                count = _DAY_COUNTS.get(m[1]) or (int(m[1]) if m[1].isdigit() else None)
                offset = None if count is None else count if step == "n" else -count
            else:
                offset = step
            break
        if offset is None:
            continue
        # (only a day of its sentence or the three before: a day dated further back is
        # often another thread's, "On July 1 ... [seven sentences] The next day, Trump
        # held" a July 4 parade)
        first = _sentence_start(doc, span.start, _ANCHOR_SENTENCES)
        before = [expr for start, expr in days if first <= start < span.start]
        if not before:
            continue
        day = _day_of(before[-1]) + timedelta(days=offset)
        if published is not None and clause_tense(span.root) == "past" and \
                _day_of(before[-1]) > published and before[-1] not in counted:
            # (no older day instead: the story's thread is that later one; a day counted
            # past publication from one before it stays, as an article updated a day on)
            continue
        expr = TimeExpression(text=span.text, start=span.start_char, end=span.end_char,
                              value=day.isoformat(), granularity="day")
        out.append((span, expr))
        counted.add(expr)
        # ("Two days later ... On the same day": counted from the day just counted)
        days = sorted(days + [(span.start, expr)], key=lambda x: x[0])
    return out


def _unlabelled_counts(doc: Doc) -> list[Span]:
    """The ``_ANCHORED`` phrases the entity model left unlabelled ("He was charged the
    following day.", "That night, the river flooded"), outside every DATE/TIME entity.
    A count before something named ("the day before the vote", "two days before the
    election") counts from that, not from the story's day: left out."""
    ents = {t.i for ent in doc.ents for t in ent}
    out = []
    for m in _ANCHORED_ANYWHERE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.i in ents for t in span):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if span[-1].lower_ in ("before", "earlier") and after is not None and \
                after.pos_ in ("DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ"):
            continue
        out.append(span)
    return out


def _day_of(expr: TimeExpression) -> date:
    """The day a day-dated expression names."""
    return date.fromisoformat(str(expr.value)[:10])


#: A time of day: "6am", "3:30 a.m.", "4:00 A.M. local time", "15:00 local time", "midnight".
_TIME_OF_DAY = re.compile(r"\b(?:\d{1,2}(?::\d{2})?\s*(?:[ap]m\b|[ap]\.\s?m\.)|\d{1,2}:\d{2}\b|"
                          r"midnight\b|noon\b)(?:\s+local\s+time\b)?", re.I)


def _clock_times_of_the_day(doc: Doc, dated: list[tuple[Span, TimeExpression]]
                            ) -> list[tuple[Span, TimeExpression]]:
    """A time of day with no day of its own ("The fire broke out at around 3:30am", "the
    attacks occurred at 4:00 A.M. local time") in a past clause, on the day the article last
    named: news tells an event's day once and its hours after it. None when the last time
    named is no day (a year, a month) or none was, and none beside a day of its own ("at
    6am on Monday": the day is dated already)."""
    out = []
    taken = {t.i for span, _ in dated for t in span}
    for m in _TIME_OF_DAY.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.i in taken for t in span) or any(
                t.i in taken for t in span.sent):
            continue
        if clause_tense(span.root) != "past":
            continue  # ("is going to be held every day at 1 pm": no day of its own)
        # the last time named before it, if it names a day ("In June 1968 ..., just after
        # midnight": no day)
        day = next((expr for s, expr in reversed(dated) if s.start < span.start
                    and expr.value), None)
        if day is None or day.granularity != "day":
            continue
        out.append((span, TimeExpression(text=span.text, start=span.start_char,
                                         end=span.end_char, value=day.value,
                                         granularity="day")))
    return out
