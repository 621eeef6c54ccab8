"""Parsing questions into speaker, topic, time window and quote (design §4).  Pure; never raises.

Shapes understood (case-insensitive, trailing ``?`` optional):
    what did X say about|on Y          what has X said about|on Y       what does X say about Y
    what did X say                     X on Y                            X's remarks on Y, what is X's view on Y
    quotes from|by X [since Monday | since 2024-05-01 | this week | today | yesterday]
    who said "..."                     did X say "..."                   anything else: a topic
    how|why did X <verb> Y             is X going to <verb> Y            does X support Y
    <a question about Y>? what did X say?                                quotes from X's speech on Y
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .attribution import ROLE_NOUNS
from .lexicon import countries, first_names, speech_verbs, title_words

MAX_QUESTION_CHARS = 2000

STOPWORDS = frozenset(
    """a an the and or of to in on at for by with about from into over under as is are was were be been
    being it its this that these those there their his her he she they them we you i me my our your
    what who whom which when where why how did do does done has have had say says said saying tell told
    about regarding concerning any anything something some all ever not no nor so than then too very
    can could would should will shall may might must just also only up out if but s t""".split()
)

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ABOUT = r"(?:about|on|regarding|concerning|of|re)"
_ABOUT_SAID = r"(?:about|on|regarding|concerning|of|re|when|while|after|in|since)"  # ("say when sentencing X", "say in the debate")
_SAY = (r"(?:say|said|says|state|stated|claim|claimed|tell|told|mention|mentioned|think|thinks|warn|warned|argue|argued"
        r"|promise|promised|pledge|pledged|vow|vowed|insist|insisted|admit|admitted|predict|predicted|announce|announced"
        r"|suggest|suggested|propose|proposed|demand|demanded|urge|urged|write|wrote|written|tweet|tweeted|post|posted"
        r"|comment|commented|reveal|revealed|stress|stressed|explain|explained|deny|denied|confirm|confirmed|testify"
        r"|testified|tell\s+reporters|told\s+reporters)")
_WINDOW = re.compile(
    r"[\s,]*\b(?:since\s+(?P<since>\d{4}-\d{2}-\d{2}|\w+)|(?P<rel>this week|last week|this month|today|yesterday|recently|lately))\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Question:
    """A parsed question.  ``kind``: "speaker_topic", "speaker", "topic", "who_said", "did_say" or "empty"."""

    kind: str
    speaker: str = ""  # the speaker as the user wrote it ("the Secretary General")
    topic: str = ""  # what about, as written ("the ceasefire"), "" for none
    quote: str = ""  # for who_said / did_say
    since: str = ""  # ISO date, "" for no time window
    text: str = ""  # the question as asked (capped)
    loose: bool = False  # the speaker was guessed from "X on Y": if X is nobody, read it all as a topic
    # other readings (speaker, topic), tried in turn when ``speaker`` names nobody: "How did VerityWatch rate
    # Halvorsen's claim" is read "VerityWatch" + "Halvorsen's claim", then "VerityWatch rate Halvorsen" + ...
    alternatives: tuple[tuple[str, str], ...] = ()
    marked: bool = False  # for did_say: the quote was given in quotation marks (else in the asker's own words)

    @property
    def topic_words(self) -> list[str]:
        return topic_words(self.topic)


def topic_words(text: str) -> list[str]:
    """Content words of a topic, stop words dropped (all words kept if nothing else is left)."""
    words = re.findall(r"\w+", (text or "")[:MAX_QUESTION_CHARS])
    content = [w for w in words if w.lower() not in STOPWORDS]
    return content or [w for w in words if len(w) > 1]


def _clean_name(s: str) -> str:
    s = s.strip().strip("\"'").strip()
    s = re.sub(r"\s+(?:now|still|ever|already|really|actually|also|just|currently|today|publicly|finally)$", "", s,
               flags=re.I)  # ("Where does Brussels' antitrust chief now stand on ...")
    s = re.sub(r"['’]s$", "", s)
    return s.strip(" ,;:")


# a second question about the same person joined on ("Why did X blow the whistle, and does he regret it?"): only its
# words of substance are more of the topic
_AND_ASKED = re.compile(r"(?:^|,?\s+)and\s+(?:does|did|has|have|is|was|will|would|can|could)\s+(?:he|she|they|it|we)\b(.*)$",
                        re.I | re.S)
_ASKED_FILLER = {"said", "say", "says", "spoken", "speak", "anything", "something", "since", "then", "it", "that", "this",
                 "them", "more", "else", "about", "on", "publicly", "now", "yet", "mention", "mentioned", "comment",
                 "commented"}


def _clean_topic(s: str) -> str:
    s = s.strip().strip(" ,;:")
    s = re.sub(r"^(?:(?:him|her|it)self|themselves)\b\s*", "", s, flags=re.I)  # ("defended himself in court")
    if (joined := _AND_ASKED.search(s)) is not None:
        more = [w for w in re.findall(r"[\w'’-]+", joined.group(1)) if w.lower() not in _ASKED_FILLER]
        s = " ".join([s[: joined.start()], *more]).strip(" ,;:")
    # "said anything about the plan", "anything more on the strike": what about is after the preposition
    s = re.sub(r"^(?:anything|something|much|more|anything\s+more|anything\s+else)\s+(?:about|on|regarding|concerning)\s+(?=\S)",
               "", s, flags=re.I)
    return re.sub(r"^(?:the|a|an)\s+(?=\S)", "", s, flags=re.I) if len(s.split()) > 1 else s


def _since(match: re.Match, today: date) -> str:
    rel = (match.group("rel") or "").lower()
    word = (match.group("since") or "").lower()
    if rel in ("today",):
        return today.isoformat()
    if rel == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    if rel == "this week":
        return (today - timedelta(days=today.weekday())).isoformat()
    if rel in ("last week", "recently", "lately"):
        return (today - timedelta(days=7)).isoformat()
    if rel == "this month":
        return today.replace(day=1).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
        try:
            return date.fromisoformat(word).isoformat()
        except ValueError:
            return ""
    if word in _WEEKDAYS:
        back = (today.weekday() - _WEEKDAYS.index(word)) % 7 or 7
        return (today - timedelta(days=back)).isoformat()
    if word == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    if word == "today":
        return today.isoformat()
    return ""


def _quoted(s: str) -> str | None:
    m = re.search(r'"([^"]+)"', s) or re.search(r"(?:^|\s)'([^']{3,})'(?:\s|$)", s)
    return m.group(1).strip() if m else None


# Questions naming a speaker and perhaps a topic, tried in order; group 1 the speaker, group 2 the topic.
_SPEAKER_TOPIC = [
    re.compile(
        rf"^(?:and\s+)?(?:what|which\s+\w+)\s+(?:did|has|have|does|do|had)\s+(.+?)\s+(?:ever\s+|recently\s+|really\s+)?(?:ha(?:ve|s|d)\s+to\s+)?{_SAY}"
        rf"(?:\s+(?:publicly|recently|so\s+far|lately))?(?:\s+{_ABOUT_SAID}\s+(.*))?$",
        re.I,
    ),
    re.compile(
        # (not "What evidence did Okafor offer for the fraud claim": a question with its own auxiliary)
        rf"^what\s+(?!(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\b)(?!.*\b(?:did|does|do)\s)(.+?)\s+"
        rf"(?:has\s+|have\s+)?{_SAY}(?:\s+{_ABOUT_SAID}\s+(.*))?$",
        re.I,
    ),
    re.compile(
        rf"^(?:(?:show|give|list|find)\s+(?:me\s+)?)?(?:all\s+|the\s+|recent\s+|latest\s+)*"
        rf"(?:quotes|statements|remarks|comments|words|everything\s+said)\s+(?:from|by|of)\s+(.+?)(?:\s+{_ABOUT}\s+(.*))?$",
        re.I,
    ),
    re.compile(  # (not a question with its own verb: "Has the judge commented on the authorities' response?")
        rf"^(?:what(?:\s+is|\s+was|\s+are|\s+were|'s)\s+|(?!(?:has|have|had|did|does|do|is|are|was|were|will|would"
        rf"|can|could|should|how|why|when|where)\s))(.+?)['’]s?\s+"
        rf"(?:remarks|comments|statements|quotes|words|views?|position|stance|take|thoughts|opinion|read|response"
        rf"|reaction|answer|verdict|assessment|arguments?|case|explanation|message|defen[cs]e)(?:\s+(?:{_ABOUT}|to)\s+(.*))?$",
        re.I,
    ),
    re.compile(  # (nouns that also name what a question is about: only after "what is")
        rf"^what(?:\s+is|\s+was|\s+are|\s+were|'s)\s+(.+?)['’]s?\s+(?:version|account|testimony|evidence|claims?"
        rf"|concerns?|criticism|objections?|warning|promise|plan|complaints?|problem|issue|gripe|demands?|proposal"
        rf"|advice|prediction|forecast)(?:\s+(?:{_ABOUT}|to|for|with)\s+(.*))?$",
        re.I,
    ),
]


_WHAT_IS_X_DOING = re.compile(r"^[Ww]hat\s+(.+?)\s+(?:is|are|was|were|has|have)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
                              r"\s+(?:\w+ing|\w+ed)(?:\s+(?:for|about|on|to|against|with))?\s*\??$")
# Verbs a question asks what someone did with words or a decision ("how did X respond to Y", "why did X veto Y",
# "is X going to challenge Y"): their base forms; -s, -ed and -ing forms are derived (_verb_forms).
_QUESTION_VERBS = frozenset(
    """say tell ask answer respond reply react defend explain justify describe characterise characterize call claim
    argue allege accuse blame criticise criticize praise welcome reject deny admit concede acknowledge confirm
    announce promise pledge vow warn urge demand propose suggest recommend predict expect plan want intend hope fear
    think believe feel mean see view rate assess find conclude rule decide determine report reveal disclose testify
    state write post tweet put make handle approve veto sign block oppose support back endorse challenge appeal quit
    resign leave stay keep hold play push press pull go get give take plead insist stress emphasise emphasize note
    add comment mention address discuss dismiss downplay brush shrug slam attack sack hire scrap drop end stop halt
    launch refuse agree disagree vote lobby threaten apologise apologize thank congratulate recall compare estimate
    frame stand win lose pitch sell sound spin counter rebut dispute question doubt reassure assure brief inform
    remind offer signal hint indicate move lift extend raise lower increase reduce ban allow invest join accept change
    delay cancel visit settle sue arrest comply relocate expand freeze seize buy spend bid fire appoint nominate
    replace pick choose have""".split()
)
# what a told, asked or warned person is: the topic is what follows "about" or "on" ("tell the council about Y")
_TELLING = frozenset("tell ask warn brief inform remind assure reassure urge put".split())
_PARTICLES = frozenset("to about on regarding concerning over down out up off back".split())
_AUX = r"(?:did|does|do|has|have|had|is|was|are|were|will|would|can|could|should|might)"
_AUX_QUESTION = re.compile(rf"^(?:(?:how(?:\s+(?:much|many|long|soon|far|often|quickly|fast|big|large|high|low)"
                           rf"(?:\s+[a-z]+)?)?|why|when|where|what|who|whom|(?:which|what)\s+\w+)\s+)?{_AUX}\s+(.+)$", re.I)
# ("how much does X expect the royalty to raise", "how many jobs does X say will go")
# a text someone issued, after their name: "the NTSB preliminary report found" is the NTSB's finding
_AUTHORED = re.compile(r"^(.*?[A-Z][\w.&-]*)(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+(?:report|statement|ruling|study|review"
                       r"|audit|letter|filing|complaint|lawsuit|memo|analysis|survey|investigation|inquiry)$")
_AFTER_GERUND = frozenset("""to about on over for against with from into at in the a an his her their its this that
    these those out down up back off away ahead him them it us me""".split())
# a question's opening, and a second question joined to it by ", and"
_ASKS = re.compile(rf"^(?:how|why|when|where|what|who|{_AUX})\s", re.I)
_AND_ASKS = re.compile(rf",\s+and\s+(?=(?:how|why|when|where|what)\s+{_AUX}\s)", re.I)
# in a second question, the body the first one named: "the company's CEO", "its chief executive said"
_THE_BODY = re.compile(r"\bthe\s+(?:company|firm|bank|group|club|airline|union|exchange|regulator)(['’]s)?(?=\s)", re.I)
_ITS_OFFICE = re.compile(r"\bits(?=\s+[a-z]+(?:\s+[a-z]+)?\s+([a-z]+)\b)", re.I)
# capitalised words not opening the question or a sentence: a name
_CAPITALISED = re.compile(r"(?<!^)(?<![.?!] )\b((?:[A-Z][\w-]*[a-z][\w-]*|[A-Z]{2,}[\w-]*)(?:\s+[A-Z][\w-]*)*)")
# a question about what will happen or be done, not about anyone's words: "Will Sri Lanka be suspended?"
_WHAT_WILL_BE = re.compile(r"^(?:will|would|could|can|might|is|are|was|were)\s+(.+?\s+(?:be|get)\s+\w+.*)$", re.I)
# ... or what someone's words did not say: "Will customers' bills go up to pay for it?"
_WHAT_WILL_HAPPEN = re.compile(r"^(?:(?:when|whether|how\s+soon)\s+)?(?:will|would|could|might|should)\s+(.+)$", re.I)
# a title, then a participle's clause that says more of its holder: "the Missouri governor running for president"
_TITLE_THEN_PARTICIPLE = re.compile(r"^(.*?\b([A-Za-z]+))\s+[a-z]{3,}ing\s+\S.*$")
_PRONOUN_SPEAKERS = frozenset("he she they it him her them".split())
# how someone stands, after "is" / "are": "why is X against Y", "why is X worried about Y"
_STANCES = frozenset("""against for worried concerned opposed unhappy angry upset critical confident optimistic
    pessimistic sceptical skeptical cautious wary happy pleased furious frustrated silent quiet reluctant keen eager
    determined willing unwilling refusing""".split())
_NOT_A_SPEAKER = frozenset("the a an this that it there they he she we you i his her their its".split())


# the irregular past forms of question verbs that are no speech verbs (those, "said", "told", "wrote", come from the
# lexicon's speech verbs)
_IRREGULAR = {"made": "make", "took": "take", "gave": "give", "held": "hold", "kept": "keep", "thought": "think",
              "found": "find", "meant": "mean", "sold": "sell", "won": "win", "lost": "lose", "left": "leave",
              "stood": "stand", "went": "go", "gone": "go", "given": "give", "taken": "take", "saw": "see",
              "seen": "see", "felt": "feel", "spent": "spend", "spun": "spin", "froze": "freeze", "frozen": "freeze",
              "sought": "seek", "bought": "buy", "brought": "bring", "got": "get"}


def _verb_base(word: str) -> str | None:
    """The base form of a question's verb ("responded" -> "respond", "holding" -> "hold"), None if none."""
    w = word.lower()
    if w in _QUESTION_VERBS:
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]  # "Has X held talks with Y"
    if (spoken := speech_verbs().get(w)) is not None and spoken.lemma != w:
        return spoken.lemma  # "Has X said anything about Y", "told", "wrote", "spoken"
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("ied", "y"), ("ies", "y"),
                         ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) >= len(suffix) + 2:
            stem = w[: -len(suffix)] + repl
            if stem in _QUESTION_VERBS:
                return stem
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _QUESTION_VERBS:
                return stem[:-1]  # "admitted", "quitting"
    return None


def _could_be_speaker(words: list[str]) -> bool:
    """Can these words (from a question) name a speaker: something after any article or pronoun, none of them a
    question word?"""
    content = [w for w in words if w.lower() not in _NOT_A_SPEAKER]
    return bool(content) and words[-1].lower() not in _NOT_A_SPEAKER and len(words) <= 10


def _aux_readings(q: str) -> list[tuple[str, str]]:
    """Readings (speaker, topic) of a question made with an auxiliary and a verb: "how did X respond to Y", "why is
    X holding out on Y", "is X going to challenge Y", "what did X tell the council about Y". Each place a verb
    could end the speaker gives one, the first first."""
    m = _AUX_QUESTION.match(q)
    if m is None:
        return []
    words = m.group(1).split()
    be = re.match(r"(?:\w+\s+)?(?:is|are|was|were)\s", q, re.I) is not None
    out: list[tuple[str, str]] = []
    for i in range(1, min(len(words), 11)):
        base = _verb_base(words[i])
        if base is None and be and words[i].lower() in _STANCES:
            base = words[i].lower()  # "why is the tech lobby against SB 917", "why is Owino worried about sales"
        if base is None or not _could_be_speaker(words[:i]):
            continue
        if words[i].lower().endswith("ing") and i + 1 < len(words) and words[i + 1].lower() not in _AFTER_GERUND \
                and not (be and words[i + 1][:1].isupper()):
            continue  # ("the ruling party's floor leader", "the governing coalition": an adjective, no verb; but
            #           "why is the justice secretary challenging Derek Vance's release": a verb before a name)
        rest = words[i + 1 :]
        if base == "go" and rest[:1] == ["to"] and len(rest) > 1:
            rest = rest[2:]  # "is X going to challenge the result": what about is "the result"
        if base in _TELLING:
            cut = next((k for k, w in enumerate(rest[:6]) if w.lower() in ("about", "on", "regarding", "over")), None)
            if cut is not None:
                rest = rest[cut:]  # "tell the Security Council about the ceasefire"
        while rest and rest[0].lower() in _PARTICLES:
            rest = rest[1:]
        out.append((" ".join(words[:i]), " ".join(rest)))
        if (author := _AUTHORED.match(out[-1][0])) is not None and _could_be_speaker(author.group(1).split()):
            out.append((author.group(1), out[-1][1]))  # ("What did the NTSB preliminary report find": the NTSB)
        if len(out) >= 3:
            break
    if not out:
        # no verb known, an office of one word: "Why did the Sri Lankan minister for sport dissolve the board"
        for k in range(1, min(len(words) - 3, 8)):
            w = words[k].lower()
            if (w in ROLE_NOUNS or w in title_words()) and words[k + 1].lower() in ("for", "of") \
                    and words[k + 3].islower() and words[k + 3] not in _AFTER_GERUND and _could_be_speaker(words[: k + 3]):
                out.append((" ".join(words[: k + 3]), " ".join(words[k + 4 :])))
                break
    if not out:
        # no verb known: the subject ends at its last name or role word before a lower-case word ("Did the former
        # Harlan Valley CEO dump his shares")
        for i in range(min(len(words) - 1, 7), 0, -1):
            w = words[i - 1]
            if (w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in title_words()) and words[i].islower() \
                    and words[i] not in _AFTER_GERUND and _could_be_speaker(words[:i]):
                out.append((" ".join(words[:i]), " ".join(words[i + 1 :])))
                break
    return out


def _possessive_topic(speaker: str) -> tuple[str, str] | None:
    """"Nadia Haddad-Cole's acceptance speech": the speaker before the possessive and what they spoke in, when
    what follows is no role ("Qatar's foreign ministry spokesman" is a speaker)."""
    m = re.match(r"^(.+?)['’]s\s+(.+)$", speaker)
    if m is None or re.search(r"\s(?:of|for|at)\s", m.group(1)):
        return None  # ("the head of Taiwan's parliament": the owner of the office, no topic)
    after = re.findall(r"[\w-]+", m.group(2))
    if len(after) == 1 and after[0].lower() in _BEHIND_SOMEONE:
        return m.group(1), ""  # "Theo Vandermeer's camp": his people speak for him
    if not after or any(_role_word(w.lower()) or not w.islower() for w in after):
        return None  # a role or a name of theirs ("Colombia's Constitutional Court")
    return m.group(1), m.group(2)


# what someone said something in, after their name: "the court's ruling", "the minister's speech"
_SAID_IN = re.compile(
    r"^(.+?\w)(?:['’]s)?\s+(?:speech|ruling|statement|letter|interview|testimony|address|op-ed|post|tweet|decision"
    r"|judgment|judgement|opinion|report|remarks|announcement|briefing|memo)$", re.I)
# speaking for someone without being named as a title: "Carrington's agent", "Theo Vandermeer's camp"
_FOR_SOMEONE = frozenset("agent camp team side office allies aides".split())
_BEHIND_SOMEONE = frozenset("camp team side allies aides".split())


def _role_word(word: str) -> bool:
    return word in _FOR_SOMEONE or word in ROLE_NOUNS or word in title_words()


def _body_named_before(last: str, before: str) -> str:
    """``last`` with "the company" ("the company's CEO") or "its" before an office that speaks ("its chief executive
    said") written as the one body the question ``before`` names ("Did Lumora get any warning?")."""
    named = {n for n in _CAPITALISED.findall(before) if n.lower() not in countries()}  # (not "around Paris")
    if len(named) != 1:
        return last
    body = next(iter(named))
    if (m := _THE_BODY.search(last)) is not None:
        return last[: m.start()] + body + (m.group(1) or "") + last[m.end() :]
    m = _ITS_OFFICE.search(last)
    if m is not None and (m.group(1).lower() in speech_verbs() or m.group(1).lower() in _TELLING):
        return last[: m.start()] + body + "'s" + last[m.end() :]
    return last


def _what_will_happen(last: str) -> re.Match[str] | None:
    """A question about what will happen or be done, not about anyone's words ("Will Sri Lanka be suspended?", "when
    will Ottawa impose the backstop?"): the match, its group 1 what it is about; None otherwise."""
    if (m := _WHAT_WILL_BE.match(last)) is not None:
        return m
    m = _WHAT_WILL_HAPPEN.match(last)
    words = re.findall(r"[a-z]+", last.lower())
    return m if m is not None and not any(w in speech_verbs() or w in _TELLING for w in words) else None


def parse_question(text: str, today: date | None = None) -> Question:
    """Parse a question; odd input gives a sensible Question (possibly kind "empty"), never an error."""
    try:
        return _parse(text, today or date.today())
    except Exception:  # parsing must never break a command; fall back to a plain topic
        raw = str(text or "")[:MAX_QUESTION_CHARS].strip()
        return Question("topic" if topic_words(raw) else "empty", topic=raw, text=raw)


def _parse(text: str, today: date) -> Question:
    raw = re.sub(r"\s+", " ", str(text or "")[:MAX_QUESTION_CHARS].translate(_QUOTES)).strip()
    if not re.search(r"\w", raw):
        return Question("empty", text=raw)
    q = raw.rstrip(" ?!.")
    if '"' not in q and _ASKS.match(q):
        # "Why did Aurelian list in London, and what did Adeyemi say about the drop?": two questions in one
        q = _AND_ASKS.sub("? ", q, count=1)
    if '"' not in q and "? " in q:
        # "Does the VP debate matter? What did the presidential historian say?": the speaker from the last question,
        # the topic from those before it when the last names none
        *before, last = re.split(r"\?\s+", q)
        last = _body_named_before(last, before[-1])
        earlier = _parse(before[-1], today)
        named_before = bool(earlier.speaker) and earlier.speaker.lower() not in _PRONOUN_SPEAKERS
        if named_before and (more := re.match(r"^(?:and\s+)?(?:what\s+)?(?:about|on)\s+(.+)$", last, re.I)):
            # "Has the UK sports minister commented on the marathon? And on the concussion lawsuit?": the same
            # speaker, on both
            topic = _clean_topic(" ".join(x for x in (earlier.topic, more.group(1)) if x))
            return replace(earlier, kind="speaker_topic", topic=topic, text=raw)
        if named_before and (what := _what_will_happen(last)):
            # "How did the ICC react to the sacking? Will Sri Lanka be suspended?": what will happen asks nobody; the
            # question before names who
            topic = _clean_topic(" ".join(x for x in (earlier.topic, what.group(1)) if x))
            return replace(earlier, kind="speaker_topic" if topic else "speaker", topic=topic, text=raw)
        last = re.sub(r"^(?:and|but|also)\s+(?=(?:does|do|did|has|have|is|was|will|would|can)\s)", "", last, flags=re.I)
        pronoun = re.search(r"\b(?:he|she|they|it)\b", last, re.I) if named_before else None
        if pronoun:
            # "Will the owner move the club? What did he tell the council?": he is whom the question before named
            last = last[: pronoun.start()] + earlier.speaker + last[pronoun.end() :]
        asked = _parse(last, today)
        if pronoun and asked.speaker == earlier.speaker:
            before_topic = earlier.topic or (earlier.quote if earlier.kind == "did_say" and not earlier.marked else "")
            topic = " ".join(x for x in (asked.topic, before_topic) if x)  # (what both questions are about; "Did X
            #                                                                comment on Y?" is about Y)
            return replace(asked, kind="speaker_topic" if topic else "speaker", topic=topic, text=raw)
        if asked.kind == "speaker":
            return replace(asked, kind="speaker_topic", topic=_clean_topic(" ".join(before)), text=raw,
                           alternatives=tuple((x, y or " ".join(before)) for x, y in asked.alternatives))
        if asked.kind != "empty" and asked.kind != "topic":
            return replace(asked, text=raw)

    # a question about Y, according to X ("Why did nobody bid in the auction, according to the energy minister?")
    m = re.match(r"^(.{8,}?),?\s+according\s+to\s+(.{2,80})$", q, re.I)
    if m and '"' not in q:
        asked = _parse(m.group(1), today)
        return Question("speaker_topic", speaker=_clean_name(m.group(2)), topic=_clean_topic(asked.topic or m.group(1)),
                        since=asked.since, text=raw)

    # who said "..." / who said that ...
    m = re.match(
        r"^(?:who\s+(?:said|says|stated|told)|who's\s+quoted\s+saying|who\s+is\s+quoted\s+saying)\b[\s:,]*(.*)$",
        q,
        re.I,
    )
    if m:
        quote = _quoted(m.group(1)) or re.sub(r"^(?:that\s+)", "", m.group(1), flags=re.I).strip(" \"'")
        return Question("who_said" if quote else "empty", quote=quote, text=raw)

    # did X say "..." / did X really say that ...
    m = re.match(rf"^did\s+(.+?)\s+(?:really\s+|actually\s+|ever\s+)?{_SAY}\b[\s:,]*(.*)$", q, re.I)
    if m and m.group(2).strip():
        marked = _quoted(m.group(2))
        quote = marked or re.sub(r"^(?:that\s+)", "", m.group(2), flags=re.I).strip(" \"'")
        if quote:
            return Question("did_say", speaker=_clean_name(m.group(1)), quote=quote, text=raw, marked=bool(marked))

    since = ""
    w = _WINDOW.search(q)
    if w and w.start() > 0:
        since = _since(w, today)
        if since or w.group("rel") or re.fullmatch(r"[\d-]+", w.group("since") or ""):
            q = q[: w.start()].rstrip(" ,")

    # what did/has/does X say about Y; quotes/statements from|by X [on Y]; X's remarks on Y
    for pattern in _SPEAKER_TOPIC:
        m = pattern.match(q)
        if m:
            speaker, topic = m.group(1), _clean_topic(m.group(2) or "")
            if topic and q[m.end(1) : m.start(2)].strip().lower() == "of" and re.match(r"(?:the\s+)?[A-Z]", m.group(2)):
                # "quotes from the chairman of the Nigeria Union of Pensioners": a body named after "of" is the
                # speaker's, not a topic
                body, _, topic = (re.split(r"\s+(about|on|regarding|concerning)\s+", m.group(2), maxsplit=1) + ["", ""])[:3]
                speaker, topic = f"{speaker} of {body}", _clean_topic(topic)  # ("... of the UN on Syria")
            speaker, alternatives = _clean_name(speaker), ()
            if (other := _possessive_topic(speaker)) is not None:
                # "quotes from Nadia Haddad-Cole's acceptance speech": Haddad-Cole, about the speech
                speaker, topic, alternatives = other[0], " ".join(x for x in (other[1], topic) if x), ((speaker, topic),)
            elif (said_in := _SAID_IN.match(speaker)) is not None and _could_be_speaker(said_in.group(1).split()):
                # "quotes from the Constitutional Court ruling on X": the court, about X (else the ruling itself)
                speaker, alternatives = said_in.group(1), ((speaker, topic),)
            elif (running := _TITLE_THEN_PARTICIPLE.match(speaker)) is not None \
                    and running.group(2).lower() in title_words():
                # "the Missouri governor running for president": the title alone, when nobody is all of it
                alternatives = ((running.group(1), topic),)
            return Question(
                "speaker_topic" if topic else "speaker",
                speaker=speaker,
                topic=topic,
                since=since,
                text=raw,
                alternatives=alternatives,
            )

    # "What change to the Commercial Act is Choi Eun-ha pushing for?": what a named person is doing about it
    if (m := _WHAT_IS_X_DOING.match(q)) is not None:
        return Question("speaker_topic", speaker=_clean_name(m.group(2)), topic=_clean_topic(m.group(1)), since=since,
                        text=raw, loose=True)

    # how did X respond to Y, why is X holding out on Y, does X support Y (the first reading, then the others)
    readings = [(_clean_name(x), _clean_topic(y)) for x, y in _aux_readings(q)]
    if readings:
        (speaker, topic), *others = readings
        return Question("speaker_topic" if topic else "speaker", speaker=speaker, topic=topic, since=since, text=raw,
                        loose=True, alternatives=tuple(others))

    # X on Y (a loose guess: answers falls back to the whole text as topic if X is nobody)
    m = re.match(
        r"^(?!what\b|who\b|why\b|how\b|when\b|where\b|is\b|are\b|was\b)(.{2,60}?)\s+on\s+(.+)$", q, re.I
    )
    if m and 1 <= len(m.group(1).split()) <= 5:
        speaker, alternatives = _clean_name(m.group(1)), ()
        if (said_in := _SAID_IN.match(speaker)) is not None and _could_be_speaker(said_in.group(1).split()):
            speaker, alternatives = said_in.group(1), ((speaker, _clean_topic(m.group(2))),)  # "DPC statement on X"
        elif len(words := speaker.split()) >= 2 and words[0].lower() not in STOPWORDS:
            # "dijkhuis cap on labour migrants": keywords opening with a name, then more of the topic (never a role
            # left out: "Kang's lawyer" is not Kang)
            alternatives = tuple((" ".join(words[:k]), " ".join(words[k:]) + " " + _clean_topic(m.group(2)))
                                 for k in range(len(words) - 1, 0, -1)
                                 if not any(_role_word(w.lower().strip("'’")) for w in words[k:]))
        return Question(
            "speaker_topic",
            speaker=speaker,
            topic=_clean_topic(m.group(2)),
            since=since,
            text=raw,
            loose=True,
            alternatives=alternatives,
        )

    # a name, then what about, in keywords: "kalyani subramaniam groundwater bill" (a given name opens it)
    words = q.split()
    if len(words) >= 3 and words[0].lower() in first_names() and words[1].isalpha():
        others = ((" ".join(words[:3]), " ".join(words[3:])),) if len(words) > 3 else ()
        # (or the word alone, a surname that is also a given name: "wallace aboriginal legal service youth detention")
        return Question("speaker_topic", speaker=" ".join(words[:2]), topic=" ".join(words[2:]), since=since, text=raw,
                        loose=True, alternatives=(*others, (words[0], " ".join(words[1:]))))

    # anything else: a topic ("what was said about the ceasefire", "ceasefire")
    topic = re.sub(
        rf"^(?:what\s+(?:was|has\s+been|is\s+being)\s+said\s+{_ABOUT}|news\s+{_ABOUT}|{_ABOUT})\s+",
        "",
        q,
        flags=re.I,
    )
    topic = _clean_topic(topic)
    if not topic_words(topic):
        return Question("empty", text=raw, since=since)
    # keywords may open with whom they are about ("thorne regional airport runways", "WFP funding shortfall"):
    # readings tried by ask, the longest first, that count only when they name someone as written
    words = topic.split()
    keywords = len(words) >= 3 and not re.match(r"(?:what|who|whom|why|how|when|where|which|is|are|was|were|do|does"
                                                r"|did|has|have|can|could|should|would|will)\b", topic, re.I)
    readings = tuple((" ".join(words[:k]), " ".join(words[k:])) for k in (3, 2, 1)
                     if keywords and k < len(words) and words[k - 1].lower() not in STOPWORDS
                     and words[0].lower() not in STOPWORDS)
    return Question("topic", topic=topic, since=since, text=raw, alternatives=readings)
