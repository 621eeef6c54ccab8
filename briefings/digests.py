"""A digest: the statements of a window (new since the previous briefing, or since a time),
grouped by speaker, most significant first, near-duplicates shown once with all their sources.

No Discord here: :class:`Digest` is plain data that the CLI prints (text or JSON) and the digest
cog renders into one embed.  :func:`compose` reads the window from the store; the grouping and
ranking (:func:`build_sections`) are pure functions of the rows.

Significance, per item (a statement, or a group of near-identical ones):
  kind (direct 3, partial 2, reported 1) + 1 per extra article reporting it (at most 3)
  + up to 1 for length (a substantive quote beats a fragment).
Per speaker: the best item, plus a quarter of the others (at most 3), plus 2.5 when the speaker
is new (never quoted before this window).  Speakers are ordered by that, items within a speaker
by their own score, then newest first.

Near-duplicates: the same speaker's statements whose words overlap (Jaccard >= 0.7, or the
shorter one's words >= 90 % inside the longer one, for at least 4 words), compared in a normal
form (lower case, no punctuation).  Candidates, so that grouping stays linear: the same words
(a dictionary); the same opening or closing five words (a quote cut at one end, or edited away
from that end: a dictionary); and for partial quotes and short statements, their opening five
words found inside another statement of the speaker (a quote cut from the middle: one string
search, for speakers with at most ``SEARCH_MAX`` statements in the digest).  Groups are
star-shaped: every member also matches the group's first statement, so a chain of small edits
never joins different statements.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import datetime
from itertools import accumulate

from .schedules import to_iso
from .store import Store, fts_match

KIND_WEIGHT = {"direct": 3.0, "partial": 2.0, "indirect": 1.0}
KIND_LABEL = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}
NEW_SPEAKER_BONUS = 2.5
RUN = 5  # words that open and close a statement: statements sharing them are compared
EXCERPT_WORDS = 12  # statements shorter than this (or partial quotes) are looked for inside others
SEARCH_MAX = 500  # ... when the speaker has at most this many statements in the digest
JACCARD_MIN = 0.7
CONTAINED_MIN = 0.9
CONTAINED_WORDS = 4


@dataclass(slots=True, eq=False)  # one object per document: identity is equality
class Source:
    doc_id: str
    title: str
    outlet: str = ""
    url: str = ""
    published_at: str = ""
    path: str = ""


@dataclass(slots=True)
class DigestItem:
    """One statement, or a group of near-identical ones reported by several articles."""

    speaker: str
    speaker_id: int
    kind: str
    text: str
    cue: str
    statement_ids: list[int]
    sources: list[Source]
    score: float = 0.0


@dataclass(slots=True)
class SpeakerSection:
    speaker: str
    speaker_id: int
    new: bool  # first quoted in this window
    items: list[DigestItem]
    statements: int  # statements before grouping near-duplicates
    score: float = 0.0


@dataclass(slots=True)
class Window:
    """Which statements a digest covers: ids in (after_id, upto_id], or, when ``after_id`` is
    None, statements of documents ingested at or after ``since`` (UTC ISO) with id <= upto_id."""

    after_id: int | None = None
    since: str = ""
    upto_id: int | None = None


@dataclass(slots=True)
class Digest:
    sections: list[SpeakerSection]
    statements: int  # statements in the window that passed the filters
    documents: int
    window: Window
    speakers_filter: list[str] = field(default_factory=list)
    topic: str = ""
    # heading, filled in by whoever posts or prints it
    title: str = "Briefing"
    period: str = ""  # "since the last briefing (Mon 4 Mar 09:00)" / "in the last 24 hours"
    note: str = ""  # e.g. the late notice
    ref: str = ""  # a marker that identifies the post (the scheduler finds its own posts by it)

    @property
    def speakers(self) -> int:
        return len(self.sections)

    @property
    def items(self) -> int:
        return sum(len(s.items) for s in self.sections)

    @property
    def empty(self) -> bool:
        return not self.sections

    def filters_text(self) -> str:
        bits = []
        if self.speakers_filter:
            bits.append("from " + ", ".join(self.speakers_filter))
        if self.topic:
            bits.append(f"on {self.topic}")
        return " ".join(bits)

    def summary(self) -> str:
        """One line: what the digest holds, or that nothing was said."""
        filters = self.filters_text()
        period = f" {self.period}" if self.period else ""
        if self.empty:
            what = f"nothing new {filters}" if filters else "nothing new"
            return f"A quiet day: {what}{period}."
        s = "s" if self.statements != 1 else ""
        sp = "s" if self.speakers != 1 else ""
        docs = f" in {self.documents} article{'s' if self.documents != 1 else ''}" if self.documents else ""
        about = f" {filters}" if filters else ""
        return f"{self.statements} statement{s} by {self.speakers} speaker{sp}{docs}{about}{period}."

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "period": self.period,
            "note": self.note,
            "summary": self.summary(),
            "statements": self.statements,
            "speakers": self.speakers,
            "documents": self.documents,
            "window": asdict(self.window),
            "filters": {"speakers": self.speakers_filter, "topic": self.topic},
            "sections": [
                {
                    "speaker": s.speaker,
                    "speaker_id": s.speaker_id,
                    "new": s.new,
                    "statements": s.statements,
                    "score": round(s.score, 3),
                    "items": [
                        {
                            "kind": i.kind,
                            "text": i.text,
                            "cue": i.cue,
                            "score": round(i.score, 3),
                            "statement_ids": i.statement_ids,
                            "sources": [asdict(src) for src in i.sources],
                        }
                        for i in s.items
                    ],
                }
                for s in self.sections
            ],
        }


# --------------------------------------------------------------------------- pure: grouping, ranking

# a row: (statement id, speaker id, speaker name, kind, text, cue, doc id, title, outlet, url, published_at, path)
Row = tuple


# Normal form of a statement for comparing: lower case, punctuation and quotation marks dropped
# (dashes and slashes become spaces), one space between words.  One str.translate call.
_DROP = "!\"#$%&'()*+,.:;<=>?@[\\]^`{|}~“”‘’«»„‚…·"
_SPACE = "-/—–\n\t\r"
_NORMAL = str.maketrans({**{c: None for c in _DROP}, **{c: " " for c in _SPACE}})
_NORMAL_ASCII = str.maketrans(
    {
        **{c: None for c in _DROP},
        **{c: " " for c in _SPACE},
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
    }
)


def normal(text: str) -> str:
    """``"Fees, he said — ‘never’!"`` -> ``"fees he said never"``."""
    out = text.translate(_NORMAL_ASCII) if text.isascii() else text.lower().translate(_NORMAL)
    if "  " in out or out[:1] == " " or out[-1:] == " ":
        out = " ".join(out.split())
    return out


def near_duplicate(a: set[str], b: set[str]) -> bool:
    """Whether two statements' word sets say the same thing (see the module notes)."""
    if not a or not b:
        return a == b
    common = len(a & b)
    if common >= JACCARD_MIN * (len(a) + len(b) - common):
        return True
    small = min(len(a), len(b))
    return small >= CONTAINED_WORDS and common >= CONTAINED_MIN * small


def _clusters(rows: list[Row], norms: list[str]) -> list[list[int]]:
    """Indexes of ``rows`` grouped into near-duplicate clusters (see the module notes);
    ``norms`` holds each row's :func:`normal` text."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sets: dict[int, set[str]] = {}

    def word_set(i: int) -> set[str]:
        found = sets.get(i)
        if found is None:
            found = sets[i] = set(norms[i].split())
        return found

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        # star-shaped groups: both must also match the other's group root, so a chain of small
        # differences never joins two statements that say different things
        if (
            ri != rj
            and near_duplicate(word_set(i), word_set(j))
            and near_duplicate(word_set(ri), word_set(j))
            and near_duplicate(word_set(i), word_set(rj))
        ):
            parent[rj] = ri

    by_speaker: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        by_speaker.setdefault(r[1], []).append(i)
    for members in by_speaker.values():
        if len(members) < 2:
            continue
        exact: dict[str, int] = {}
        long: list[int] = []
        for i in members:
            key = norms[i]
            j = exact.get(key)
            if j is not None:
                parent[i] = j  # the same words again (another article, other punctuation)
                continue
            exact[key] = i
            if key.count(" ") >= RUN - 1:  # shorter ones only match exactly
                long.append(i)
        if len(long) < 2:
            continue
        # statements sharing their opening or closing five words: one cut at either end, or
        # edited away from that end (two dictionary look-ups per statement)
        runs: dict[str, list[int]] = {}
        for i in long:
            text = norms[i]
            opening = " ".join(text.split(" ", RUN)[:RUN])
            closing = " ".join(text.rsplit(" ", RUN)[-RUN:])
            for run in (opening, closing) if opening != closing else (opening,):
                others = runs.get(run)
                if others is None:
                    runs[run] = [i]
                else:
                    for j in others:
                        join(j, i)
                    others.append(i)
        # a partial or short quote cut from the middle of a longer one: its opening five words are
        # looked for inside the speaker's other statements (a C-speed search of one string)
        excerpts = [
            a for a, i in enumerate(long) if rows[i][3] == "partial" or norms[i].count(" ") < EXCERPT_WORDS - 1
        ]
        if not excerpts or len(long) > SEARCH_MAX:
            continue
        hay = "\n".join(f" {norms[i]} " for i in long)
        ends = list(accumulate(len(norms[i]) + 3 for i in long))
        for a in excerpts:
            i = long[a]
            run = " " + " ".join(norms[i].split(" ", RUN)[:RUN]) + " "
            for lo, hi in ((0, ends[a - 1] if a else 0), (ends[a], len(hay))):
                pos = hay.find(run, lo, hi)
                while pos >= 0:
                    b = bisect_right(ends, pos)
                    join(long[b], i)
                    pos = hay.find(run, ends[b], hi)  # on to the next statement
    clusters: dict[int, list[int]] = {}
    for i in range(len(rows)):
        clusters.setdefault(find(i), []).append(i)
    return list(clusters.values())


def group_rows(rows: list[Row]) -> list[list[Row]]:
    """Rows grouped into near-duplicate clusters of the same speaker (order of first appearance)."""
    norms = [normal(r[4]) for r in rows]
    return [[rows[i] for i in cluster] for cluster in _clusters(rows, norms)]


def build_sections(rows: list[Row], new_speakers: set[int] = frozenset()) -> list[SpeakerSection]:
    """Group ``rows`` into ranked speaker sections (see the module notes)."""
    # tens of thousands of small objects and no reference cycles: the cyclic garbage collector
    # would only run over and over while they are made (a fifth of the time for 10,000 rows)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_sections(rows, new_speakers)
    finally:
        if collecting:
            gc.enable()


def _build_sections(rows: list[Row], new_speakers: set[int]) -> list[SpeakerSection]:
    norms = [normal(r[4]) for r in rows]
    sources: dict[str, Source] = {}  # one per document, shared by its statements
    by_speaker: dict[int, list[DigestItem]] = {}
    counts: dict[int, int] = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    weight = KIND_WEIGHT.get
    for cluster in _clusters(rows, norms):
        if len(cluster) == 1:
            best = cluster[0]
            r = rows[best]
            src = sources.get(r[6])
            if src is None:
                src = sources[r[6]] = Source(r[6], r[7], r[8], r[9], r[10], r[11])
            docs = [src]
            ids = [r[0]]
            reported = 0.0
        else:
            # the representative: the strongest kind, then the longest text, then the earliest
            best = min(cluster, key=lambda i: (-weight(rows[i][3], 0), -len(rows[i][4]), rows[i][0]))
            r = rows[best]
            docs = []
            for i in sorted(cluster, key=lambda i: (rows[i][10] or "", rows[i][0])):
                m = rows[i]
                src = sources.get(m[6])
                if src is None:
                    src = sources[m[6]] = Source(m[6], m[7], m[8], m[9], m[10], m[11])
                if src not in docs:
                    docs.append(src)
            ids = sorted(rows[i][0] for i in cluster)
            reported = float(len(docs) - 1 if len(docs) < 4 else 3)
        n_words = norms[best].count(" ") + 1
        score = weight(r[3], 1.0) + reported + (n_words if n_words < 40 else 40) / 40
        item = DigestItem(r[2], r[1], r[3], r[4], r[5], ids, docs, score)
        items = by_speaker.get(r[1])
        if items is None:
            by_speaker[r[1]] = [item]
        else:
            items.append(item)
    sections = []
    for sid, items in by_speaker.items():
        items.sort(key=lambda i: (-i.score, -i.statement_ids[-1]))
        rest = sum(i.score for i in items[1:])
        score = items[0].score + min(rest / 4, 3.0) + (NEW_SPEAKER_BONUS if sid in new_speakers else 0.0)
        sections.append(
            SpeakerSection(
                speaker=items[0].speaker,
                speaker_id=sid,
                new=sid in new_speakers,
                items=items,
                statements=counts[sid],
                score=round(score, 4),
            )
        )
    sections.sort(key=lambda s: (-s.score, s.speaker))
    return sections


# --------------------------------------------------------------------------- reading the window

# statements alone, then their speakers and documents by id: joining documents row by row costs
# four times the read itself (two B-tree lookups per statement into a table of long texts)
_ROW_SQL = "SELECT st.id, st.speaker_id, st.kind, st.text, st.cue, st.doc_id FROM statements st"


async def _by_id(store: Store, sql: str, ids: list) -> dict:
    out = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in await store._all(sql.format(marks=",".join("?" * len(chunk))), chunk):
            out[row[0]] = row
    return out


async def window_rows(
    store: Store, window: Window, speaker_ids: list[int] | None = None, topic: str = ""
) -> list[Row]:
    """The statements of ``window`` (optionally of these speakers / about ``topic``), oldest first."""
    where, params = [], []
    if window.after_id is not None:
        where.append("st.id > ?")
        params.append(int(window.after_id))
    else:
        where.append("st.doc_id IN (SELECT id FROM documents WHERE ingested_at >= ?)")
        params.append(window.since or "")
    if window.upto_id is not None:
        where.append("st.id <= ?")
        params.append(int(window.upto_id))
    if speaker_ids is not None:
        if not speaker_ids:
            return []
        where.append(f"st.speaker_id IN ({','.join('?' * len(speaker_ids))})")
        params.extend(int(s) for s in speaker_ids)
    if topic.strip():
        match = fts_match(topic, "all")  # FTS5 stems plain words itself: "governments" finds "government"
        if match is None:
            return []
        rowid = ""
        if window.after_id is not None:
            rowid += f" AND rowid > {int(window.after_id)}"
        if window.upto_id is not None:
            rowid += f" AND rowid <= {int(window.upto_id)}"
        where.append(f"st.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?{rowid})")
        params.append(match)
    sql = _ROW_SQL + " WHERE " + " AND ".join(where) + " ORDER BY st.id"
    found = await store._all(sql, params)
    names = await _by_id(store, "SELECT id, name FROM speakers WHERE id IN ({marks})", list({r[1] for r in found}))
    docs = await _by_id(
        store,
        "SELECT id, title, outlet, url, published_at, path FROM documents WHERE id IN ({marks})",
        list({r[5] for r in found}),
    )
    rows = []
    for sid, speaker_id, kind, text, cue, doc_id in found:
        d = docs[doc_id]
        rows.append((sid, speaker_id, names[speaker_id][1], kind, text, cue, doc_id, d[1], d[2], d[3], d[4], d[5]))
    return rows


async def window_start(store: Store, window: Window) -> int:
    """The lowest statement id the window can hold (before any filter)."""
    if window.after_id is not None:
        return int(window.after_id) + 1
    row = await store._one(
        "SELECT min(id) FROM statements WHERE doc_id IN (SELECT id FROM documents WHERE ingested_at >= ?)",
        (window.since or "",),
    )
    return int(row[0]) if row and row[0] is not None else 0


async def new_speaker_ids(store: Store, rows: list[Row], start_id: int) -> set[int]:
    """Speakers of ``rows`` never quoted before the window (whose first statement id >= ``start_id``)."""
    ids = list(dict.fromkeys(r[1] for r in rows))
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for sid, first in await store._all(
            f"SELECT speaker_id, min(id) FROM statements WHERE speaker_id IN ({','.join('?' * len(chunk))})"
            " GROUP BY speaker_id",
            chunk,
        ):
            if first >= start_id:
                out.add(sid)
    return out


async def resolve_speakers(store: Store, names: list[str]) -> tuple[list[int], list[str]]:
    """Speaker ids and canonical names for ``names``; a name that resolves to nobody is dropped."""
    ids, canonical = [], []
    for name in names:
        match = await store.resolve_speaker(name)
        if match.speaker is not None and match.speaker.id not in ids:
            ids.extend(i for i in match.ids if i not in ids)
            canonical.append(match.speaker.name)
    return ids, canonical


async def compose(
    store: Store, window: Window, *, speakers: list[str] | None = None, topic: str = ""
) -> Digest:
    """The digest of ``window``; ``speakers`` (names, resolved through aliases) and ``topic``
    (all its words, in the statement or its context) filter it."""
    speaker_ids = None
    names: list[str] = []
    if speakers:
        speaker_ids, names = await resolve_speakers(store, speakers)
        if not speaker_ids:
            names = list(speakers)
    rows = await window_rows(store, window, speaker_ids, topic)
    new = await new_speaker_ids(store, rows, await window_start(store, window)) if rows else set()
    sections = build_sections(rows, new)
    return Digest(
        sections=sections,
        statements=len(rows),
        documents=len({r[6] for r in rows}),
        window=window,
        speakers_filter=names,
        topic=topic.strip(),
    )


# --------------------------------------------------------------------------- plain text


def digest_text(digest: Digest) -> str:
    """The whole digest as plain text (the CLI's output): nothing is cut."""
    lines = [digest.title]
    if digest.note:
        lines.append(digest.note)
    lines.append(digest.summary())
    for section in digest.sections:
        lines.append("")
        new = ", new" if section.new else ""
        n = section.statements
        lines.append(f"== {section.speaker} ({n} statement{'s' if n != 1 else ''}{new})")
        for item in section.items:
            words = f"“{item.text.strip()}”" if item.kind in ("direct", "partial") else item.text.strip()
            label = KIND_LABEL.get(item.kind, item.kind)
            lines.append(f"- {words} ({label}{', ' + item.cue if item.cue and item.kind != 'direct' else ''})")
            for src in item.sources:
                bits = [src.title or src.path or src.doc_id[:12]]
                bits += [b for b in (src.outlet, (src.published_at or "")[:10], src.url) if b]
                lines.append("    — " + " · ".join(bits))
    return "\n".join(lines)


def period_since(moment: datetime) -> str:
    return f"since {to_iso(moment)[:16].replace('T', ' ')} UTC"
