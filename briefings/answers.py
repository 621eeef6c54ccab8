"""Answers: a parsed question -> ranked statements with sources; a quote -> who said it.

Ranking for ``ask``: BM25 over statement text (weight 2) and context (weight 1) from the FTS
index, restricted to the speaker when the question names one, plus a bonus when the statement
text itself holds all the topic's words or the topic as a phrase.  A statement attributed to
someone else is never returned as the named speaker's: the restriction is in the query.

``whosaid``: FTS candidates from the quote's rarer content words (Store.quote_candidates), ranked
by an ordered, spelling-tolerant word alignment of the quote against each statement's text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from .attribution import DESCRIBING_NOUNS, RELATIVES, ROLE_NOUNS, is_acronym
from .lexicon import organisation_heads, title_words
from .questions import STOPWORDS, Question, parse_question
from .roles import ROLE_ACRONYMS, bears, role_query
from .speakers import edit_distance, normalise, surname_key
from .store import HYPHENATED_LETTERS, SpeakerInfo, SpeakerMatch, StatementHit, Store

CANDIDATES = 60  # FTS candidates re-ranked per question
QUOTE_CANDIDATES = 60  # statements a quote is aligned with (as far as an upper bound of their score allows)
NEAR_BEFORE, NEAR_AFTER = 700, 400  # a topic's word this far before a statement or after it puts it in its passage
PASSAGE_SPARE = 10  # more passage statements read than needed, for those the time window leaves out
PASSAGE_DOCS = 12  # the speaker's documents (newest) searched for passages on the topic
PREFIX_MIN = 6  # topic words this long also match as prefixes ("Armenia" -> "Armenian")
MIN_QUOTE_SCORE = 0.5  # share of the quote's words (content words weigh double) found in order
JOINED_MARGIN = 0.1  # what a statement and the next must score above either alone to stand for a quote
JOINED_BELOW = 0.9  # statements are joined with the next only when none alone scores this much
_WORD = re.compile(r"\w+")
_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "nothing", "none", "nobody"})


@dataclass(slots=True)
class AskResult:
    question: str
    speaker: str | None  # canonical name of the speaker asked about, None for topic-only
    topic: str
    answers: list[StatementHit]
    message: str = ""  # why nothing was found, or "did you mean"; "" when answers speak for themselves
    suggestions: list[SpeakerInfo] = field(default_factory=list)
    parsed: Question | None = None


@dataclass(slots=True)
class WhoSaidResult:
    quote: str
    matches: list[StatementHit]  # best first; score in 0..1 (share of the quote found)
    claimed: SpeakerInfo | None = None  # who the user thought said it ("did X say ..."), when known
    claim_matches: bool | None = None  # True: X said it; False: someone else did / no record; None: no claim
    message: str = ""
    claimed_text: str = ""  # the claimed speaker as the user wrote it


def _words(text: str) -> list[str]:
    text = text or ""
    if "'" in text or "’" in text:  # "shouldn't" is "should not", as a quote may be given either way
        text = _IRREGULAR_NOT.sub(lambda m: {"won": "will", "can": "can", "shan": "shall"}[m.group(1).lower()] + " not",
                                  text.replace("’", "'"))
        text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(1).lower()], text)
    if text.isascii():  # the same words, lowered at once
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


_CONTRACTIONS = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'m": " am", "'d": " would"}
_IRREGULAR_NOT = re.compile(r"\b(won|can|shan)'t\b", re.I)
_CONTRACTION = re.compile(r"(?<=[a-zA-Z])(n't|'re|'ve|'ll|'m|'d)\b", re.I)


_SUFFIXES = ("ingly", "ings", "ing", "edly", "ers", "er", "ed", "ies", "es", "s", "ly")


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    w = word.lower()
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _topic_bonus(hit: StatementHit, terms: list[str]) -> float:
    """Extra score for a statement whose own text holds the topic (all words, or as a phrase)."""
    if not terms:
        return 0.0
    stems = [_stem(t) for t in terms]
    text_words = _words(hit.text)
    text_stems = {_stem(w) for w in text_words}
    found = sum(
        s in text_stems or (len(t) >= PREFIX_MIN and any(w.startswith(t.lower()) for w in text_words))
        for s, t in zip(stems, terms, strict=True)
    )
    bonus = 1.0 * found / len(stems)
    if found < len(stems) and hit.title:
        # (a word of the topic the statement lacks but its story's headline has: "after the Hanseong verdict" is in
        # the story headlined "... verdict")
        title_stems = {_stem(w) for w in _words(hit.title)}
        bonus += 0.5 * sum(s not in text_stems and s in title_stems for s in stems) / len(stems)
    if found == len(stems):
        bonus += 1.0
        joined = " ".join(_stem(w) for w in text_words)
        if len(stems) > 1 and " ".join(stems) in joined:
            bonus += 1.0
    return bonus


def _rank(hits: list[StatementHit], terms: list[str]) -> list[StatementHit]:
    for h in hits:
        h.score = round(h.score + _topic_bonus(h, terms), 4)
    return sorted(hits, key=lambda h: (-h.score, h.statement_id))


def _since_ok(hit: StatementHit, since: str) -> bool:
    return not since or (hit.published_at or hit.ingested_at) >= since


def _short(text: str, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _names(infos: list[SpeakerInfo], n: int = 5) -> str:
    return ", ".join(i.name for i in infos[:n])


def _topic_positions(text: str, terms: list[str], offset: int = 0) -> list[tuple[int, int]]:
    """(offset, term index) of each word of ``text`` that is one of the topic's words, as a stem or, for long words,
    by a shared beginning ("retaliation" ~ "retaliate", "penalty" ~ "penalties")."""
    stems = [_stem(t) for t in terms]
    out = []
    for m in _openings(tuple(sorted({s[:3] for s in stems if s}))).finditer(text):
        w = m.group().lower()
        if len(w) < 3:
            continue
        sw = _stem(w)
        for i, s in enumerate(stems):
            if sw == s or len(s) >= 5 and len(sw) >= 5 and _shared_start(sw, s) >= max(5, min(len(sw), len(s)) - 3):
                out.append((offset + m.start(), i))
                break
    return out


@lru_cache(maxsize=256)
def _openings(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The words that open with one of ``prefixes`` (a stem opens its word, and words that share a beginning share
    its first three letters): only these can be a topic's word."""
    if not prefixes:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in prefixes) + r")\w*", re.I)


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


async def _same_passage(
    store: Store, hits: list[StatementHit], speaker_ids: list[int], terms: list[str], n: int
) -> list[StatementHit]:
    """Up to ``n`` more of the speaker's statements from passages about the topic: those that the topic's words lead
    into or follow closely in the text ("Her goalkeeper got a hand to the decisive penalty ... 'I had it,' she
    said"), the nearest first, each after every statement that names the topic itself."""
    found: list[tuple[int, int, int, StatementHit]] = []
    docs = await store.speaker_documents(speaker_ids, PASSAGE_DOCS, exclude=[h.statement_id for h in hits])
    starts = {_stem(t)[:4].lower() for t in terms}
    for rank, (text, statements) in enumerate(docs):
        lower = text.lower()
        if not statements or not any(s in lower for s in starts):
            continue  # (no word of the topic anywhere in it: a quick test before reading words)
        positions = _topic_positions(text, terms)  # (once per document; each statement takes its window)
        at = [p for p, _ in positions]
        for st in statements:
            window = positions[bisect.bisect_left(at, st.start - NEAR_BEFORE) : bisect.bisect_left(at, st.end + NEAR_AFTER)]
            near = [(st.start - p if p < st.start else max(0, p - st.end), i) for p, i in window]
            if near:
                found.append((-len({i for _, i in near}), min(d for d, _ in near), rank, st))
    found.sort(key=lambda f: f[:3])
    floor = min((h.score for h in hits), default=1.0)
    out = []
    for *_, st in found[:n]:
        st.score = round(floor / 2, 4)
        st.nearby = True
        out.append(st)
    return out


FOLLOW_TOP = 1  # the best answers whose next words from the same speaker join them


async def _with_what_follows(store: Store, hits: list[StatementHit], fetch: int) -> list[StatementHit]:
    """The answers, each of the best ones followed by what the speaker said right after it in the text when that is
    not already among the first ``fetch`` ("the ban would stay, Raghavan said. 'Our first responsibility is to the
    consumer ...'"): a passage, not a list of the statements that repeat the question's words."""
    top = hits[:FOLLOW_TOP]
    if len(hits) < fetch:
        return hits  # (room for the passage anyway: see _same_passage, after every statement naming the topic)
    following = await store.following_statements([h.statement_id for h in top])
    shown = {h.statement_id for h in hits[:fetch]}
    extra = [i for h in top if (i := following.get(h.statement_id, (None, ""))[0]) is not None and i not in shown]
    if not extra:
        return hits
    joined = {h.statement_id: h for h in await store.statements(extra)}
    out: list[StatementHit] = []
    placed: set[int] = set()
    for h in hits:
        if h.statement_id in placed:
            continue
        out.append(h)
        placed.add(h.statement_id)
        nxt = following.get(h.statement_id, (None, ""))[0] if h in top else None
        if nxt in joined and nxt not in placed:
            follow = joined[nxt]
            follow.score, follow.nearby = h.score, True  # (from the passage: it need not name the topic)
            out.append(follow)
            placed.add(nxt)
    return out


def _misspelt_surname(word: str, speaker: SpeakerInfo) -> bool:
    """Is one keyword of five letters or more a slip of one letter in a person's surname ("kesinger iran sanctions":
    Kessinger), so that the keywords open with them (not a place or a thing: those are no person's surname)?"""
    word = normalise(word)
    if " " in word or len(word) < 5 or speaker.kind != "person":
        return False
    surnames = {surname_key(speaker.name), *(normalise(a) for a in speaker.aliases if " " not in normalise(a))}
    # (five letters only for a letter changed inside the word: "dalwi" for Dalvi)
    return any(edit_distance(word, s, 1) <= 1 for s in surnames if abs(len(s) - len(word)) <= 1
               and (len(word) >= 6 or len(s) == len(word) and s[0] == word[0] and s[-1] == word[-1]))


# how a speaker resolved when the words name them as written (not a near spelling, a kind of body or the most quoted)
_NAMED_AS_WRITTEN = frozenset({"admin", "alias", "title", "surname", "acronym"})


async def ask(store: Store, question: str, limit: int = 5, offset: int = 0) -> AskResult:
    """Answer a natural question; never raises on odd input."""
    limit = max(1, min(int(limit), 100))
    offset = max(0, int(offset))
    return await _answer(store, parse_question(question), limit, offset)


async def _answer(store: Store, q: Question, limit: int, offset: int,
                  resolved: SpeakerMatch | None = None) -> AskResult:
    """The answer to a parsed question; ``resolved``: its speaker, when already looked up."""
    result = AskResult(question=q.text, speaker=None, topic=q.topic, answers=[], parsed=q)

    if q.kind == "empty":
        result.message = (
            'Ask about someone or something, e.g. "what did Zas say about the mission?" or "ceasefire".'
        )
        return result
    if q.kind in ("who_said", "did_say"):
        who = await whosaid(store, q.text, limit=limit)
        result.answers, result.message, result.topic = who.matches, who.message, q.quote
        if who.claimed:
            result.speaker = who.claimed.name
        if q.kind == "did_say" and not q.marked and not who.matches and who.claimed is not None:
            # "did Tavakoli say Iran would quit the NPT?" in words of one's own: no such quote, so what he said on it
            about = await _answer(store, Question("speaker_topic", speaker=q.speaker, topic=q.quote, since=q.since,
                                                  text=q.text), limit, offset)
            if about.answers and about.speaker == who.claimed.name:
                result.answers = about.answers
                result.message = (f"I have no record of {who.claimed.name} saying those words; this is what "
                                  f"{who.claimed.name} said about it.")
        return result

    terms = q.topic_words if q.topic else []
    fetch = limit + offset
    if q.speaker:
        match = resolved or await store.resolve_speaker(q.speaker)
        for speaker, topic in q.alternatives if match.speaker is None else ():
            other = await store.resolve_speaker(speaker)
            if other.speaker is not None and other.how in _NAMED_AS_WRITTEN:
                # another reading names someone as written (no near spelling: "VerityWatch rate Halvorsen" is
                # not Halvorsen): "Nadia Haddad-Cole's speech"
                match, q = other, replace(q, kind="speaker_topic" if topic else "speaker", speaker=speaker, topic=topic)
                result.topic, terms = q.topic, q.topic_words if topic else []
                break
        if match.speaker is None and len(match.suggestions) > 1 and terms and _names_a_role(q.speaker) \
                and (picked := await _holder_on_topic(store, match.suggestions, terms, q.speaker)) is not None:
            # "What did the judge tell the Perth detention guard?": of several judges, the one whose words are on it
            result.message = (f'Several are "{_short(q.speaker)}"; showing {picked.name}, whose statements are on the '
                              f"question; also: {_names([s for s in match.suggestions if s.id != picked.id])}.")
            result.suggestions = [s for s in match.suggestions if s.id != picked.id]
            match = SpeakerMatch(picked, [], "topic")
        if match.speaker is None and q.loose and not _names_a_role(q.speaker):
            # "sanctions on Russia": not a speaker after all, so the whole question is the topic
            asked = max([q.speaker, *(x for x, _ in q.alternatives)], key=len)  # ("the tech lobby", not "the tech")
            result.message = f'Nobody called "{_short(asked)}" is quoted; showing what was said about “{_short(q.text)}”.'

            q = Question("topic", topic=q.text, since=q.since, text=q.text)
            result.topic, terms = q.topic, q.topic_words
        elif match.speaker is None:
            result.suggestions = match.suggestions
            if match.suggestions:
                result.message = (
                    f'Which "{_short(q.speaker)}" do you mean? Did you mean: {_names(match.suggestions)}?'
                )
            else:
                result.message = f'I have no statements from anyone called "{_short(q.speaker)}".'
                if q.loose:  # ("Fair Elections Watch on the super PAC": the name read as a speaker, not a topic)
                    about = q.topic if q.topic and not re.match(r"(?:in|at|on|to|for)\b", q.topic) else q.text
                    result.message += f' To find what others said about it, ask "what was said about {_short(about)}".'
            return result
        else:
            sp = match.speaker
            result.speaker = sp.name
            if match.how in ("spelling", "kind", "acronym"):
                result.message = f'Showing {sp.name} (for "{_short(q.speaker)}").'
            elif match.how == "speaks for":
                title = next((t for t in sp.titles if " of " in t), sp.titles[0] if sp.titles else "")
                result.message = (f'Nobody is quoted as "{_short(q.speaker)}" itself; showing {sp.name}'
                                  f'{f" ({title})" if title else ""}, who speaks for it.')
            elif match.how == "role":
                result.message = (
                    f'Unnamed sources of that kind, {len(match.ids)} of them as written: {sp.name}, '
                    f"{_names(match.also[:5])}{' …' if len(match.also) > 5 else ''}."
                )
            elif match.how == "dominant":
                result.suggestions = match.suggestions
                result.message = (
                    f'Showing {sp.name}, the most quoted "{_short(q.speaker)}"; also so named: '
                    f"{_names(match.suggestions)}."
                )
            tries = [match]
            if sp.kind in ("organisation", "government") and match.how != "role" and match.also:
                # the body's own words first; those titled as speaking for it only when it said nothing on it
                tries = [replace(match, also=[]), match]
            message, first = result.message, None
            for match in tries:
                if terms:
                    hits = await store.search(
                        terms, speaker_id=match.ids, limit=max(CANDIDATES, fetch * 2), prefix_min=PREFIX_MIN
                    )
                    hits = [h for h in _rank(hits, terms) if _since_ok(h, q.since)]
                    hits = await _with_what_follows(store, hits, fetch)
                    if len(hits) < fetch:
                        more = await _same_passage(store, hits, match.ids, terms, fetch - len(hits) + PASSAGE_SPARE)
                        hits += [h for h in more if _since_ok(h, q.since)][: fetch - len(hits)]
                    result.answers = hits[offset:fetch]
                    if result.answers and all(h.nearby for h in result.answers) and not offset:
                        result.message = (f"{sp.name} did not use the words “{_short(q.topic)}”; these are from the "
                                          "passages about it.")
                    if not result.answers and not offset and _where_asked(q):
                        # ("What has the defence lawyer argued in court?": where they spoke, which their words need not
                        # name; all they said, told plainly)
                        hits = await store.statements_by_speaker(match.ids, limit=fetch)
                        result.answers = [h for h in hits if _since_ok(h, q.since)][:fetch]
                        if result.answers:
                            result.message = (f"Nothing from {sp.name} names “{_short(q.topic)}”; showing all they said "
                                              f"(“{_short(q.topic)}” read as where they said it).")
                    if not result.answers and not offset:
                        others = await store.search(terms, limit=20)
                        names = list(dict.fromkeys(h.speaker for h in others if h.speaker_id not in match.ids))
                        msg = f"Nothing from {sp.name} about {_short(q.topic)}"
                        msg += f" ({sp.statements} statements on other subjects)." if sp.statements else "."
                        if names:
                            msg += f" Others on {_short(q.topic)}: {', '.join(names[:5])}."
                        result.message = msg
                else:
                    hits = await store.statements_by_speaker(match.ids, limit=fetch * (4 if q.since else 1))
                    hits = [h for h in hits if _since_ok(h, q.since)]
                    result.answers = hits[offset:fetch]
                    if not result.answers and not offset:
                        result.message = f"No statements from {sp.name}" + (
                            f" since {q.since}." if q.since else "."
                        )
                if result.answers and (match is tries[-1] or not all(h.nearby for h in result.answers)):
                    if match is not tries[0] and any(h.speaker_id != sp.id for h in result.answers):
                        result.message = (f"Nothing from {sp.name} itself on it; showing those who speak for it: "
                                          f"{_names(match.also[:5])}.")
                    break
                if match is not tries[-1]:
                    first = (result.answers, result.message)  # (only passages about it, or nothing)
                    result.message = message
            if first is not None and first[0] and not any(not h.nearby for h in result.answers):
                result.answers, result.message = first
            return result

    # topic only, unless the keywords open with a speaker named as written ("thorne regional airport runways")
    for speaker, topic in q.alternatives if q.kind == "topic" else ():
        match = await store.resolve_speaker(speaker)
        body, _, surname = speaker.partition(" ")
        if surname and " " not in surname and match.how not in _NAMED_AS_WRITTEN:
            # "ECB Lagarde rates", "EA Pennock sewage fine", "gavi ferrante stockpile": a body (by its letters, or
            # named in the person's title), then the person by surname
            person = await store.resolve_speaker(surname)
            if person.speaker is not None and person.speaker.kind == "person" and person.how in _NAMED_AS_WRITTEN \
                    and (is_acronym(body)
                         or body.lower() in {w for t in person.speaker.titles for w in normalise(t).split()}):
                first = await store.resolve_speaker(body)
                if not (first.speaker is not None and first.speaker.kind == "person" and first.how in ("alias", "surname")
                        and first.speaker.id != person.speaker.id):
                    # (not when the first word names another person: "castellanos whitcombe transit record" asks
                    # Castellanos about Whitcombe, whose title is "Castellanos's budget director")
                    speaker, match = surname, person
        if match.speaker is None or match.speaker.kind == "government" or not (
                match.how in _NAMED_AS_WRITTEN
                or match.how == "speaks for" and (is_acronym(speaker) or HYPHENATED_LETTERS.fullmatch(speaker))
                or match.how == "spelling" and _misspelt_surname(speaker, match.speaker)
                or match.how == "spelling" and len(speaker.split()) >= 2
                and speaker.split()[0].lower() == match.speaker.name.split()[0].lower()):
            continue  # (not "ukraine ceasefire talks": the talks, not only what the government said; a near
            #          spelling of the whole name only: "chanida srisook", not "thorne regional airport")
        return await _answer(store, Question("speaker_topic" if topic else "speaker", speaker=speaker, topic=topic,
                                             since=q.since, text=q.text), limit, offset, match)
    if not terms:
        result.message = 'Ask about someone or something, e.g. "what did Zas say about the mission?".'
        return result
    hits = await store.search(terms, limit=max(CANDIDATES, fetch * 2), prefix_min=PREFIX_MIN)
    hits = [h for h in _rank(hits, terms) if _since_ok(h, q.since)]
    result.answers = hits[offset:fetch]
    if not result.answers and not offset:
        result.message = f"Nothing found about {_short(q.topic)}" + (f" since {q.since}." if q.since else ".")
    return result


def _where_asked(q: Question) -> bool:
    """Does the question's topic follow 'in' or 'at' right after its verb, at its end ("what did X argue in court",
    "what did X say at the rally"): a place or an occasion, not what was said."""
    topic = re.sub(r"^(?:in|at)\s+", "", q.topic, flags=re.I)  # (a reflexive before it is gone: see _clean_topic)
    if not topic or len(topic.split()) > 3:
        return False
    return re.search(r"\b(?:say|said|says|argue|argued|argues|tell|told|claim|claimed|testify|testified|"
                     r"state|stated|insist|insisted|contend|contended|defend|defended|defends)"
                     r"(?:\s+(?:him|her|it)self|\s+themselves)?\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+)?"
                     + re.escape(topic) + r"\W*$", q.text, re.I) is not None


# --------------------------------------------------------------------------- whosaid


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 3 or max(len(a), len(b)) < 4:
        return False
    if _stem(a) == _stem(b):
        return True
    allowed = 1 if min(len(a), len(b)) < 8 else 2
    # an edit changes the length by at most one and the set of letters by at most two
    if abs(len(a) - len(b)) > allowed or len(set(a).symmetric_difference(b)) > 2 * allowed:
        return False
    return edit_distance(a, b, 2) <= allowed


class _QuoteMatcher:
    """quote_similarity of one quote against many texts: a text word's quote word is found once."""

    def __init__(self, quote: str):
        self.qw = _words(quote)
        self.qset = set(self.qw)
        self.weights = [0.5 if w in STOPWORDS else 1.0 for w in self.qw]
        self.total = sum(self.weights)
        self._quote_word: dict[str, str] = {}  # text word -> quote word, or "\x00" + itself
        self._foreign: set[str] = set()  # text words looked up that are no quote word
        self._respelt: set[str] = set()  # text words looked up that are a quote word spelt otherwise
        self._weight_of: dict[str, float] = {}  # each quote word's weight, summed over its places
        for q, wt in zip(self.qw, self.weights, strict=True):
            self._weight_of[q] = self._weight_of.get(q, 0.0) + wt
        # quote words by first letter, in quote order (_same_word needs the same first letter)
        self._by_first: dict[str, list[str]] = {}
        for q in self.qw:
            self._by_first.setdefault(q[0], []).append(q)
        # what a text word must be like to be a quote word spelt otherwise (_same_word): the same
        # first letter and at most two letters longer or shorter, or the same stem (the stem and
        # one of _stem's suffixes); other words are looked at no further
        self._near_shapes = {(q[0], len(q) + d) for q in self.qset if len(q) >= 3 for d in range(-2, 3)}
        self._same_stems = {
            v
            for q in self.qset
            if len(q) >= 3
            for st in (_stem(q),)
            for v in (st, *(st + x for x in _SUFFIXES))
            if _stem(v) == st
        }

    def _quote_word_of(self, w: str) -> str:
        m = self._quote_word.get(w)
        if m is None:
            if w in self.qset:
                m = w
            elif (w[0], len(w)) in self._near_shapes or w in self._same_stems:
                hit = next((q for q in self._by_first.get(w[0], ()) if _same_word(q, w)), None)
                m = hit if hit is not None else "\x00" + w
            else:
                m = "\x00" + w
            self._quote_word[w] = m
            if m[0] == "\x00":
                self._foreign.add(w)
            else:
                self._respelt.add(w)
        return m

    def mapped(self, words: list[str]) -> list[str]:
        """The text's words, each as the quote word it is (spelling-tolerant) or marked as foreign."""
        return [self._quote_word_of(w) for w in words]

    # Upper bounds of score(): a quote word counts at most its weight, and only when the text has it
    # (in order it counts once, out of order half, never both: a word matched in order is not "rest").

    def bound(self, unique: set[str]) -> float:
        """At least score(mapped(words)) for a text of these words (set operations, and a look-up
        of each word not seen before)."""
        present = self.qset & unique
        if len(present) < len(self.qset):
            for w in unique - self.qset - self._foreign - self._respelt:
                self._quote_word_of(w)
            present.update(self._quote_word[w] for w in unique & self._respelt)
        return min(1.0, sum(self._weight_of[q] for q in present) / self.total) if self.total else 0.0

    def score(self, mapped: list[str]) -> float:
        qw, weights = self.qw, self.weights
        if not qw or not mapped:
            return 0.0
        sm = SequenceMatcher(None, qw, mapped, autojunk=False)
        got = 0.0
        for block in sm.get_matching_blocks():
            got += sum(weights[block.a : block.a + block.size])
        # words found out of order still count a little (reworded quotes)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        rest = set(mapped) - {qw[b.a + k] for b in blocks for k in range(b.size)}
        got += 0.5 * sum(wt for w, wt in zip(qw, weights, strict=True) if w in rest)
        score = min(1.0, got / self.total)
        if blocks:
            # words the text has between the matched parts change the quote ("will" -> "will not")
            inside = mapped[blocks[0].b : blocks[-1].b + blocks[-1].size]
            inserted = [w for w in inside if w.startswith("\x00")]
            score -= 0.2 * min(1.0, len(inserted) / len(qw))
            if any(w[1:] in _NEGATIONS for w in inserted):
                score -= 0.3
        return max(0.0, score)


def quote_similarity(quote: str, text: str) -> float:
    """Share of the quote's words found, in order, in ``text`` (spelling-tolerant; content words
    weigh double).  1.0 means every word of the quote is there; the quote may be a part of text."""
    matcher = _QuoteMatcher(quote)
    return matcher.score(matcher.mapped(_words(text)))


def _best_quotes(text: str, candidates: list[tuple[int, str]], limit: int) -> list[tuple[int, float]]:
    """(id, score) of the candidates scoring at least MIN_QUOTE_SCORE, best first, as far as whosaid
    uses them: the best ``limit`` and every one within 0.02 of the best.  Candidates are aligned
    with the quote in the order of an upper bound of their score, until it is below what is needed."""
    matcher = _QuoteMatcher(text)
    pending = sorted(
        ((matcher.bound(set(ws)), sid, ws) for sid, t in candidates for ws in (_words(t),)),
        key=lambda x: (-x[0], x[1]),
    )
    kept: list[tuple[int, float]] = []
    needed = MIN_QUOTE_SCORE
    for bound, sid, words in pending:
        if bound < needed - 1e-4:  # (scores are rounded to 4 places)
            break
        score = round(matcher.score(matcher.mapped(words)), 4)
        if score >= MIN_QUOTE_SCORE:
            kept.append((sid, score))
            scores = sorted((s for _, s in kept), reverse=True)
            kth = scores[limit - 1] if len(scores) >= limit else 0.0
            needed = max(MIN_QUOTE_SCORE, min(kth, scores[0] - 0.02))
    return sorted(kept, key=lambda x: (-x[1], x[0]))


async def whosaid(store: Store, quote: str, limit: int = 5, claimed: str | None = None) -> WhoSaidResult:
    """Who said ``quote`` (also shortened, slightly reworded or misspelt), best first.

    ``did X say "..."`` phrasing in ``quote`` (or ``claimed``) names who the user thinks said it;
    the message then says plainly whether X did, or who else did.
    """
    limit = max(1, min(int(limit), 50))
    raw = str(quote or "")[:2000]
    q = parse_question(raw)
    if q.kind == "did_say":
        text, claimed = q.quote, claimed or q.speaker
    elif q.kind == "who_said":
        text = q.quote
    else:
        text = raw.strip().strip("\"'“”‘’ ").strip()
    result = WhoSaidResult(quote=text, matches=[], claimed_text=claimed or "")
    words = _words(text)
    if not words:
        result.message = 'Give the words of a quote, e.g. whosaid "not now, not tomorrow".'
        return result

    content = [w for w in words if w not in STOPWORDS] or words
    # candidates from the rarer words (longer content words first: a cheap proxy for rarity)
    rare = sorted(dict.fromkeys(content), key=len, reverse=True)[:8]
    candidates = await store.quote_candidates(rare, QUOTE_CANDIDATES)
    scored = _best_quotes(text, candidates, limit)
    following: dict[int, tuple[int, str]] = {}
    if len(content) >= 6 and (not scored or scored[0][1] < JOINED_BELOW):
        # a quote may run on across its attribution into the speaker's next statement: each candidate is scored
        # with its next one too (under the negated id); the first takes that score where it beats both alone
        following = await store.following_statements([sid for sid, _ in candidates])
        scored += _best_quotes(text, [(-sid, f"{t} {following[sid][1]}") for sid, t in candidates if sid in following],
                               limit)
    scores = {sid: score for sid, score in scored if sid > 0}
    joined: set[int] = set()
    for sid, score in scored:
        if sid < 0 and score > max(scores.get(-sid, 0.0), scores.get(following[-sid][0], 0.0)) + JOINED_MARGIN:
            scores[-sid] = score
            joined.add(-sid)
    order = sorted(scores, key=lambda i: (-scores[i], i))
    ranked = await store.statements(order)
    for h in ranked:
        h.score = scores[h.statement_id]
        if h.statement_id in joined:
            h.continued = following[h.statement_id][1]
    result.matches = ranked[:limit]

    if claimed:
        match = await store.resolve_speaker(claimed)
        result.claimed = match.speaker
        who = match.speaker.name if match.speaker else claimed
        if not result.matches:
            result.claim_matches = False
            result.message = f"I have no record of {who} or anyone else saying that."
            return result
        best = result.matches[0]
        # (a body's own words: "did Amazon say ...?" of its spokeswoman's is answered with her name)
        own = [match.speaker.id] if match.speaker is not None and match.speaker.kind in ("organisation", "government") \
            else match.ids
        mine = [
            h
            for h in ranked
            if h.speaker_id in own and h.score >= best.score - 0.02
        ]
        if mine:
            result.claim_matches = True
            result.matches = mine[:1] + [h for h in result.matches if h is not mine[0]][: limit - 1]
            result.message = f"Yes: {who} said it ({_source(mine[0])})."
        else:
            result.claim_matches = False
            result.message = f"No: that was said by {best.speaker}, not {who} ({_source(best)})."
        return result
    if not result.matches:
        result.message = "I could not find that quote in any stored article."
    return result


async def _holder_on_topic(store: Store, holders: list[SpeakerInfo], terms: list[str],
                           asked: str) -> SpeakerInfo | None:
    """Of several holders of a title, the one whose statements are on the topic asked: three in five of its words
    (two at least) in one of them, where no other holder has a statement with as many (else None: the choice stays
    the asker's)."""
    role = role_query(normalise(asked), asked)
    if role is not None and role.portfolio:
        # (a minister's portfolio asked is in the title of the one picked: "New Zealand's prime minister" is not
        # its justice minister, however much his words are on the topic)
        holders = [h for h in holders if any(bears(role.portfolio, set(normalise(t).split())) for t in h.titles)]
        if not holders:
            return None
    hits = await store.search(terms, speaker_id=[h.id for h in holders[:10]], limit=CANDIDATES, prefix_min=PREFIX_MIN)
    best: dict[int, int] = {}
    about = {normalise(w) for w in terms} - set(normalise(asked).split())
    # (the question is about them, not in their words: "react to Fahy's resignation"; "the federal minister ... about
    # Alberta's carbon price freeze" is not the Alberta minister)
    subjects = {h.id for h in holders if about & (set(normalise(h.name).split()) | {
        normalise(w) for t in h.titles for w in t.split() if w[:1].isupper()})}
    for h in hits:
        if h.speaker_id in subjects:
            continue
        found = len({t for _p, t in _topic_positions(h.text + " " + h.title, terms)})
        best[h.speaker_id] = max(best.get(h.speaker_id, 0), found)
    ranked = sorted(best.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < max(2, -(-3 * len(terms) // 5)) or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return next(h for h in holders if h.id == ranked[0][0])


def _names_a_role(phrase: str) -> bool:
    """Does a phrase name someone by a role ('Hartley manager', "the union's chief"), so that "X on Y" asks about
    someone even when nobody stored fits (not a topic such as 'sanctions on Russia')?"""
    titles = title_words()
    words = _words(phrase)
    return any(w in titles or w in ROLE_NOUNS or w in ROLE_ACRONYMS for w in words) or _names_a_body(phrase) \
        or bool(words) and (words[-1] in organisation_heads() or words[-1] in _BODY_NOUNS
                            or words[-1] in _PERSON_NOUNS and phrase.split()[0].lower() in ("the", "a", "an"))
    # (a body by its kind: "Canada's public spending watchdog", "the ministry")


_BODY_NOUNS = {"watchdog", "regulator", "lobby", "agency", "bloc", "alliance"}
# a person described ("the Hanseong heir", "the Harbour Lights actor"): someone asked about, never a topic
_PERSON_NOUNS = DESCRIBING_NOUNS | RELATIVES | {"heir", "heiress"}


def _names_a_body(phrase: str) -> bool:
    """Is a phrase written as a name of several words or one of inner capitals ('Fair Elections Watch',
    'VerityWatch'), so that "What does X allege about Y" asks about X even when nobody stored is called so (not
    'Brexit', which may be the topic)?"""
    words = [w for w in re.findall(r"[\w'’-]+", phrase) if w.lower() not in ("the", "of", "and", "for", "s")]
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(words) and len(capitalised) == len(words) and (
        len(words) >= 2 or any(c.isupper() for c in words[0][1:]) and not words[0].isupper()
        or 2 <= len(words[0]) <= 6 and words[0].isalpha() and words[0].isupper())  # (a body's letters: "NASS")


def _source(hit: StatementHit) -> str:
    parts = [hit.title or hit.path or hit.doc_id[:12]]
    if hit.outlet:
        parts.append(hit.outlet)
    if hit.published_at:
        parts.append(hit.published_at[:10])
    return ", ".join(parts)


def source_line(hit: StatementHit) -> str:
    """The source of a statement in one line: title, outlet, date, link."""
    s = _source(hit)
    return f"{s} <{hit.url}>" if hit.url else s
