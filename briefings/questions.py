"""Parsing questions into speaker, topic, time window and quote (design §4).  Pure; never raises.

Shapes understood (case-insensitive, trailing ``?`` optional):
    what did X say about|on Y          what has X said about|on Y       what does X say about Y
    what did X say                     X on Y                            X's remarks on Y, what is X's view on Y
    quotes from|by X [since Monday | since 2024-05-01 | this week | today | yesterday]
    who said "..."                     did X say "..."                   anything else: a topic
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

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
_ABOUT_SAID = r"(?:about|on|regarding|concerning|of|re|when|while|after|in)"  # ("say when sentencing X", "say in the debate")
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
    s = re.sub(r"['’]s$", "", s)
    return s.strip(" ,;:")


def _clean_topic(s: str) -> str:
    s = s.strip().strip(" ,;:")
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
        rf"^(?:and\s+)?(?:what|which\s+\w+)\s+(?:did|has|have|does|do|had)\s+(.+?)\s+(?:ever\s+|recently\s+|really\s+)?{_SAY}"
        rf"(?:\s+(?:publicly|recently|so\s+far|lately))?(?:\s+{_ABOUT_SAID}\s+(.*))?$",
        re.I,
    ),
    re.compile(
        rf"^what\s+(?!(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\b)(.+?)\s+(?:has\s+|have\s+)?{_SAY}(?:\s+{_ABOUT_SAID}\s+(.*))?$",
        re.I,
    ),
    re.compile(
        rf"^(?:(?:show|give|list|find)\s+(?:me\s+)?)?(?:all\s+|the\s+|recent\s+|latest\s+)*"
        rf"(?:quotes|statements|remarks|comments|words|everything\s+said)\s+(?:from|by|of)\s+(.+?)(?:\s+{_ABOUT}\s+(.*))?$",
        re.I,
    ),
    re.compile(
        rf"^(?:what(?:\s+is|\s+was|\s+are|\s+were|'s)\s+)?(.+?)['’]s?\s+"
        rf"(?:remarks|comments|statements|quotes|words|views?|position|stance|take|thoughts|opinion)(?:\s+{_ABOUT}\s+(.*))?$",
        re.I,
    ),
]


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
        quote = _quoted(m.group(2)) or re.sub(r"^(?:that\s+)", "", m.group(2), flags=re.I).strip(" \"'")
        if quote:
            return Question("did_say", speaker=_clean_name(m.group(1)), quote=quote, text=raw)

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
            return Question(
                "speaker_topic" if topic else "speaker",
                speaker=_clean_name(speaker),
                topic=topic,
                since=since,
                text=raw,
            )

    # X on Y (a loose guess: answers falls back to the whole text as topic if X is nobody)
    m = re.match(
        r"^(?!what\b|who\b|why\b|how\b|when\b|where\b|is\b|are\b|was\b)(.{2,60}?)\s+on\s+(.+)$", q, re.I
    )
    if m and 1 <= len(m.group(1).split()) <= 5:
        return Question(
            "speaker_topic",
            speaker=_clean_name(m.group(1)),
            topic=_clean_topic(m.group(2)),
            since=since,
            text=raw,
            loose=True,
        )

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
    return Question("topic", topic=topic, since=since, text=raw)
