"""The dataclasses that flow between the pipeline stages.

source -> Document -> Extraction (Statements + Speakers) -> Store -> Answer
Each stage takes and returns these; none of them does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("direct", "partial", "indirect")
SPEAKER_KINDS = ("person", "organisation", "government", "unnamed")  # unnamed: "officials", "aides"


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing somebody said, as found in one document."""

    speaker: str  # canonical name of the speaker (within the extraction)
    kind: str  # "direct" | "partial" | "indirect"
    text: str  # exact substring of the document text: text == doc[start:end]
    start: int
    end: int
    cue: str  # the reporting verb or phrase ("said", "according to", ":")
    context: str = ""  # the sentence(s) around the statement, which carry its topic
    speaker_kind: str = "person"  # one of SPEAKER_KINDS
    mention: str = ""  # how the speaker was named where the statement is ("he", "the Secretary General")


@dataclass(slots=True)
class Speaker:
    """A speaker as seen in one extraction: the canonical name and every way the text named it."""

    name: str
    kind: str = "person"  # one of SPEAKER_KINDS
    titles: list[str] = field(default_factory=list)  # "Secretary General", "President"
    aliases: list[str] = field(default_factory=list)  # surface forms: "Zas", "Stantilav Zas"


@dataclass(slots=True)
class Extraction:
    statements: list[Statement]
    speakers: list[Speaker]


@dataclass(slots=True)
class Document:
    """A source document. ``text`` is kept exactly as read, so statement offsets index it."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published_at: str = ""  # ISO 8601 date or datetime, "" when unknown
    path: str = ""  # where it came from (file path or URL), for messages
    body_start: int = 0  # offset where the prose starts (after front matter / title line)
