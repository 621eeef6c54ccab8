"""The SQLite store (through aiosqlite): documents, speakers and aliases, statements, FTS5 index.

All SQL of the engine lives here.  User text reaches SQL only as bound parameters and reaches
FTS5 ``MATCH`` only through :func:`fts_match`, which turns any text into quoted plain words.

Schema (``PRAGMA user_version`` = len(MIGRATIONS)):
- documents(id = sha256 of normalised text, title, outlet, url, published_at, ingested_at, path, text)
- speakers(id, name, kind, titles JSON, surname, statements = count kept in step)
- speaker_aliases(alias = speakers.normalise(surface), speaker_id, source 'learnt'|'admin',
  kind 'name'|'title', surface, mentions)
- statements(id, doc_id, speaker_id, kind, text, start, end, cue, context, mention)
- statements_fts(body, context, speaker, sid): FTS5 (porter unicode61) with its own content;
  rowid = statements.id; ``sid`` holds one token ``s<speaker id>`` so a speaker-restricted
  search is one indexed MATCH.  Kept in step inside the same transaction as ``statements``.
- digest_schedules, digest_runs (migration 4): the daily briefings; their SQL is in
  ``briefings/schedules.py``, which writes through :meth:`Store.transaction` and :meth:`Store.write`.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import aiosqlite

from .attribution import (
    COMPANY_ENDS,
    LOWER_RANKS,
    NAME_PARTICLES,
    ROLE_NOUNS,
    SPOKESPEOPLE,
    is_company_noun,
    title_query,
)
from .documents import document_id
from .lexicon import countries, first_names, organisation_heads, title_words
from .models import KINDS, Document, Extraction, Speaker
from .roles import (
    MINISTERIAL,
    POST_NOMINALS,
    ROLE_ACRONYMS,
    bears,
    body_owners,
    clashes,
    national_titles,
    owned_elsewhere,
    owners,
    ranks_held,
    role_query,
    title_acronyms,
)
from .speakers import (
    better_name,
    edit_distance,
    generic_body_key,
    name_parts,
    normalise,
    same_speaker,
    similar_word,
    sound_key,
    spells_out,
    surname_key,
    title_only,
)

_T = TypeVar("_T")


class StoreError(Exception):
    """A store operation failed; the message is one clear line."""


@dataclass(slots=True)
class AddResult:
    doc_id: str
    added: bool
    statements: int
    speakers: int


@dataclass(slots=True)
class DocumentInfo:
    id: str
    title: str
    outlet: str
    url: str
    published_at: str
    ingested_at: str
    statements: int
    path: str = ""


@dataclass(slots=True)
class SpeakerInfo:
    id: int
    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    statements: int = 0


@dataclass(slots=True)
class SpeakerMatch:
    speaker: SpeakerInfo | None
    suggestions: list[SpeakerInfo] = field(default_factory=list)
    how: str = ""  # "alias", "admin", "surname", "dominant", "title", "kind", "spelling", "acronym", "" when unresolved
    # the same person stored under a bare surname too ("Obama" beside "Barack Obama"): their statements answer as well
    also: list[SpeakerInfo] = field(default_factory=list)

    @property
    def ids(self) -> list[int]:
        """The speaker's id and those of ``also``."""
        return [] if self.speaker is None else [self.speaker.id, *(a.id for a in self.also)]


@dataclass(slots=True)
class StatementHit:
    statement_id: int
    speaker: str
    speaker_id: int
    kind: str
    text: str
    cue: str
    context: str
    doc_id: str
    title: str
    outlet: str
    url: str
    published_at: str
    ingested_at: str
    start: int
    end: int
    score: float = 0.0
    path: str = ""
    nearby: bool = False  # (ask) not on the topic itself, but in the passage of a statement that is
    continued: str = ""  # (whosaid) the speaker's next statement, where the quote looked up runs on into it


# --------------------------------------------------------------------------- FTS safety

MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 24
_WORD = re.compile(r"\w+")


def fts_terms(text: str) -> list[str]:
    """The plain words of arbitrary user text (length capped); operators become words."""
    return _WORD.findall((text or "")[:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS]


PREFIX_LENGTHS = (8, 6)  # the FTS table's prefix indexes (migration 3), longest first


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_match(
    text: str | Iterable[str],
    mode: str = "any",
    columns: Iterable[str] = ("body", "context"),
    prefixes: dict[str, str] | None = None,
) -> str | None:
    """A safe FTS5 MATCH expression for user text, or None when there is nothing to match.

    Every word is double-quoted (``"`` doubled), so AND/OR/NOT/NEAR, ``*``, ``:``, ``(`` and
    column names in user text are plain words.  ``mode``: "any" (OR), "all" (AND) or "phrase".
    ``prefixes`` maps a word to a prefix of its stem to match instead (see _Stemmer).
    """
    terms = fts_terms(text) if isinstance(text, str) else [t for w in text for t in fts_terms(w)]
    terms = terms[:MAX_QUERY_TERMS]
    if not terms:
        return None
    prefixes = prefixes or {}
    # a prefix of the word's own stem matches every row the word does, and more
    quoted = [_quoted(prefixes[t]) + "*" if t in prefixes else _quoted(t) for t in terms]
    if mode == "phrase":
        body = '"' + " ".join(t.replace('"', '""') for t in terms) + '"'
    elif mode == "all":
        body = " AND ".join(quoted)
    else:
        body = " OR ".join(quoted)
    cols = " ".join(c for c in columns if c in ("body", "context", "speaker", "title"))
    return f"{{{cols}}} : ({body})"


class _Stemmer:
    """The FTS table's own tokens (porter unicode61) of query words, from a scratch in-memory FTS5
    table, cached.

    FTS5 stems the text of a prefix query too: ``"governme"*`` becomes ``"governm"*``, which
    matches nothing, as every "government" is indexed as "govern"; and a stem whose length has no
    prefix index ("secur"*) makes FTS5 merge the doclists of every term it starts.  So a word's
    prefix query is built from its stem, cut to an indexed length, and used only when the cut is
    itself a stem FTS5 leaves alone.  Runs in the database thread only.
    """

    MAX_CACHED = 100_000

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None
        self._cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, words: Iterable[str]) -> dict[str, tuple[str, ...]]:
        words = list(dict.fromkeys(words))
        todo = [w for w in words if w not in self._cache]
        if todo:
            if self._db is None:
                self._db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                self._db.execute("CREATE VIRTUAL TABLE probe USING fts5(w, tokenize = 'porter unicode61')")
                self._db.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance')")
            if len(self._cache) + len(todo) > self.MAX_CACHED:
                self._cache.clear()
            found: list[list[str]] = [[] for _ in todo]
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT INTO probe(rowid, w) VALUES (?, ?)", enumerate(todo))
                for term, doc in self._db.execute("SELECT term, doc FROM probe_terms ORDER BY doc, offset"):
                    found[doc].append(term)
            finally:
                self._db.execute("ROLLBACK")
            self._cache.update(zip(todo, map(tuple, found), strict=True))
        return {w: self._cache[w] for w in words}

    def prefixes(self, words: list[str]) -> dict[str, str]:
        """word -> the longest indexed prefix of its stem that FTS5 keeps as it is (words without one are left out)."""
        stems = {w: s[0] for w, s in self.tokens(words).items() if len(s) == 1}
        cuts = {w: [s[:n] for n in PREFIX_LENGTHS if len(s) >= n] for w, s in stems.items()}
        kept = self.tokens(c for cs in cuts.values() for c in cs)
        out: dict[str, str] = {}
        for w, cs in cuts.items():
            good = [c for c in cs if kept[c] == (c,)]
            if good:
                out[w] = good[0]
        return out

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# --------------------------------------------------------------------------- schema

MIGRATIONS: list[str] = [
    # 1: core tables
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        ingested_at TEXT NOT NULL,
        path TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL
    );
    CREATE INDEX documents_ingested ON documents(ingested_at);
    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'person',
        titles TEXT NOT NULL DEFAULT '[]',
        surname TEXT NOT NULL DEFAULT '',
        statements INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX speakers_surname ON speakers(surname);
    CREATE TABLE speaker_aliases (
        alias TEXT NOT NULL,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT 'learnt' CHECK (source IN ('learnt', 'admin')),
        kind TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'title')),
        surface TEXT NOT NULL DEFAULT '',
        mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (alias, speaker_id)
    );
    CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id),
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
        text TEXT NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" >= start),
        cue TEXT NOT NULL DEFAULT '',
        context TEXT NOT NULL DEFAULT '',
        mention TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX statements_speaker ON statements(speaker_id, id);
    CREATE INDEX statements_doc ON statements(doc_id);
    """,
    # 2: full-text index over statement text, context and speaker, filled from what exists
    """
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        body, context, speaker, sid, tokenize = 'porter unicode61'
    );
    INSERT INTO statements_fts(rowid, body, context, speaker, sid)
        SELECT st.id, st.text, st.context, sp.name, 's' || sp.id
        FROM statements st JOIN speakers sp ON sp.id = st.speaker_id;
    """,
    # 3: prefix indexes (6 and 8 characters) so "Armenia" -> "armeni"* is one doclist, not a scan
    """
    DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        body, context, speaker, sid, tokenize = 'porter unicode61', prefix = '6 8'
    );
    INSERT INTO statements_fts(rowid, body, context, speaker, sid)
        SELECT st.id, st.text, st.context, sp.name, 's' || sp.id
        FROM statements st JOIN speakers sp ON sp.id = st.speaker_id;
    """,
    # 4: daily digest schedules (one per channel) and their runs, one per (schedule, local date);
    #    data access in briefings/schedules.py
    """
    CREATE TABLE digest_schedules (
        id INTEGER PRIMARY KEY,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL UNIQUE,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        speakers TEXT NOT NULL DEFAULT '[]',
        topic TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1,
        disabled_reason TEXT NOT NULL DEFAULT '',
        active_since TEXT NOT NULL,
        created_by INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX digest_schedules_guild ON digest_schedules(guild_id);
    CREATE TABLE digest_runs (
        id INTEGER PRIMARY KEY,
        schedule_id INTEGER NOT NULL REFERENCES digest_schedules(id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        slot_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'posted', 'skipped', 'failed')),
        late INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        message_id INTEGER,
        error TEXT NOT NULL DEFAULT '',
        after_statement_id INTEGER,
        upto_statement_id INTEGER,
        statements INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (schedule_id, local_date)
    );
    CREATE INDEX digest_runs_slot ON digest_runs(slot_at);
    CREATE INDEX digest_runs_pending ON digest_runs(status) WHERE status = 'pending';
    """,
    # 5: web pages and feeds (briefings/feedstore.py holds the SQL that uses these tables)
    """
    CREATE TABLE web_pages (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        fetched_url TEXT NOT NULL DEFAULT '',
        canonical_url TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        saved_at TEXT NOT NULL
    );
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        guild_id INTEGER NOT NULL DEFAULT 0,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        channel_id INTEGER,
        notice_channel_id INTEGER,
        interval INTEGER NOT NULL DEFAULT 900 CHECK (interval > 0),
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'failing', 'disabled')),
        failures INTEGER NOT NULL DEFAULT 0,
        failing_since TEXT NOT NULL DEFAULT '',
        last_error TEXT NOT NULL DEFAULT '',
        polls INTEGER NOT NULL DEFAULT 0,
        last_polled_at TEXT NOT NULL DEFAULT '',
        last_ok_at TEXT NOT NULL DEFAULT '',
        next_poll_at TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (guild_id, url)
    );
    CREATE INDEX feeds_due ON feeds(status, next_poll_at);
    CREATE TABLE feed_entries (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        doc_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        error TEXT NOT NULL DEFAULT '',
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, key)
    ) WITHOUT ROWID;
    CREATE INDEX feed_entries_key ON feed_entries(key);
    CREATE INDEX feed_entries_doc ON feed_entries(doc_id);
    CREATE TABLE watches (
        guild_id INTEGER NOT NULL,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        added_by INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, speaker_id)
    );
    CREATE INDEX watches_speaker ON watches(speaker_id);
    CREATE TABLE feed_alerts (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        channel_id INTEGER NOT NULL,
        feed_id INTEGER,
        message_id INTEGER,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, channel_id)
    );
    """,
    # 6: the document's title, indexed beside each statement, so "what has X said on fuel prices" finds what X
    #    said in an article about fuel prices that does not repeat the words (searched by ask, not by digest topics)
    """
    DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        body, context, speaker, sid, title, tokenize = 'porter unicode61', prefix = '6 8'
    );
    INSERT INTO statements_fts(rowid, body, context, speaker, sid, title)
        SELECT st.id, st.text, st.context, sp.name, 's' || sp.id, d.title
        FROM statements st JOIN speakers sp ON sp.id = st.speaker_id JOIN documents d ON d.id = st.doc_id;
    """,
    # 7: name keys fold the letters English copy spells out (đ as dj, ł as l, ø as o), as speakers.normalise now
    #    does: the keys learnt before are re-keyed, so "Djukić" still finds the Jelena Đukić stored then
    """
    INSERT OR IGNORE INTO speaker_aliases(alias, speaker_id, source, kind, surface, mentions)
        SELECT replace(replace(replace(alias, 'đ', 'dj'), 'ł', 'l'), 'ø', 'o'), speaker_id, source, kind, surface,
               mentions
        FROM speaker_aliases WHERE instr(alias, 'đ') OR instr(alias, 'ł') OR instr(alias, 'ø');
    DELETE FROM speaker_aliases WHERE instr(alias, 'đ') OR instr(alias, 'ł') OR instr(alias, 'ø');
    """,
    # 8: how many documents wrote a speaker's name so (a misspelling is usually one article's): the canonical name is
    #    the spelling most documents use, then the one most mentioned (a spelling mentioned before counts one)
    """
    ALTER TABLE speaker_aliases ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
    UPDATE speaker_aliases SET documents = 1 WHERE kind = 'name' AND mentions > 0;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their"}
_HIT_COLUMNS = """
    st.id, sp.name, sp.id, st.kind, st.text, st.cue, st.context, d.id, d.title, d.outlet, d.url,
    d.published_at, d.ingested_at, st.start, st."end"
"""
_HIT_FROM = """
    FROM statements st JOIN speakers sp ON sp.id = st.speaker_id JOIN documents d ON d.id = st.doc_id
"""
SEARCH_PER_TERM = 400  # newest matches read per query term
AND_TERMS = 3  # any+all: the rarest words first looked for together
QUOTE_PER_TERM = 200  # newest matches read per word of a quote
SEARCH_RESCORE = 150  # candidates read back and scored on their words
CACHE_KIB = 32_000  # SQLite page cache per connection
WAL_CHECKPOINT_PAGES = 4000  # pages of 4 KB: the log is copied back into the database every ~16 MB
_K1 = 1.2


class _TermScorer:
    """BM25-like: for each query term, idf times saturated frequency (text weight 2, context 1).

    A word counts for a term when it is the term, has the same crude stem, or (terms of at least
    ``prefix_min`` letters) starts with it.  Each of these means the word starts with the term's
    stem, so one regex finds the few words worth checking; each is checked once per query.
    """

    def __init__(self, terms: list[str], idf: dict[str, float], prefix_min: int):
        self.terms = terms
        self.idf = idf
        self.stems = [(t, _crude_stem(t), bool(prefix_min) and len(t) >= prefix_min) for t in terms]
        # "\b(?:stem|...)\w*" with each stem's first letter ahead of the word-start test, so that
        # re can skip to the letters that start a stem (2-3 times faster)
        starts = sorted({st for _, st, _ in self.stems}, key=len, reverse=True)
        self.candidates = re.compile(
            "(?:" + "|".join(re.escape(st[0]) + r"(?<!\w.)" + re.escape(st[1:]) for st in starts) + r")\w*"
        )
        self.matches: dict[str, tuple[str, ...]] = {}

    def _terms_of(self, w: str) -> tuple[str, ...]:
        m = self.matches.get(w)
        if m is None:
            sw = _crude_stem(w)
            m = tuple(t for t, st, prefix in self.stems if w == t or sw == st or (prefix and w.startswith(t)))
            self.matches[w] = m
        return m

    def _counts(self, s: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for w, n in Counter(self.candidates.findall(s.lower())).items():
            for t in self._terms_of(w):
                out[t] = out.get(t, 0) + n
        return out

    def score(self, text: str, context: str) -> float:
        ct, cc = self._counts(text), self._counts(context) if context else {}
        score = 0.0
        for t in self.terms:
            for tf, weight in ((ct.get(t, 0), 2.0), (cc.get(t, 0), 1.0)):
                if tf:
                    score += weight * self.idf.get(t, 1.0) * tf * (_K1 + 1) / (tf + _K1)
        return score


@lru_cache(maxsize=100_000)
def _crude_stem(word: str) -> str:
    for suffix in ("ingly", "ings", "ing", "edly", "ers", "er", "ed", "ies", "es", "s", "ly"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hit(row, score: float = 0.0) -> StatementHit:
    return StatementHit(*row[:15], score=score, path=row[15] if len(row) > 15 else "")


def _checked_id(doc: Document, extraction: Extraction) -> str:
    """The document's id, after checking that every statement is one the store can keep."""
    for st in extraction.statements:
        if st.kind not in KINDS:
            raise StoreError(f"statement kind {st.kind!r} is not one of {', '.join(KINDS)}")
        if not (0 <= st.start <= st.end <= len(doc.text)) or doc.text[st.start : st.end] != st.text:
            raise StoreError(
                f"statement offsets {st.start}-{st.end} do not match its text in {doc.path or document_id(doc.text)[:12]}"
            )
    return document_id(doc.text)


# Speaker merging runs in the database thread, inside add_documents' transaction: plain sqlite3.


def _merge_speaker(conn: sqlite3.Connection, sp: Speaker, mentions: int) -> int:
    """The id of the stored speaker ``sp`` is (found by alias or name variant), else a new one."""
    sid = _find_same(conn, sp)
    if sid is None:
        sid = conn.execute(
            "INSERT INTO speakers(name, kind, titles, surname) VALUES (?, ?, ?, ?)",
            (
                sp.name,
                sp.kind,
                json.dumps(list(dict.fromkeys(sp.titles))),
                _surname_of(sp.name, sp.kind),
            ),
        ).lastrowid
    elif sp.titles:
        (stored,) = conn.execute("SELECT titles FROM speakers WHERE id = ?", (sid,)).fetchone()
        titles = list(dict.fromkeys([*json.loads(stored), *sp.titles]))
        conn.execute("UPDATE speakers SET titles = ? WHERE id = ?", (json.dumps(titles), sid))
    # learn the names and titles this document used
    surfaces = [(sp.name, "name", mentions, 1)]
    surfaces += [(a, "name", 0, 0) for a in sp.aliases]
    surfaces += [(t, "title", 0, 0) for t in sp.titles]
    rows = []
    for surface, kind, n, docs in surfaces:
        key = normalise(surface)
        if key and key not in _PRONOUNS:
            rows.append((key, sid, kind, surface, n, docs))
    conn.executemany(
        "INSERT INTO speaker_aliases(alias, speaker_id, source, kind, surface, mentions, documents)"
        " VALUES (?, ?, 'learnt', ?, ?, ?, ?)"
        " ON CONFLICT(alias, speaker_id) DO UPDATE SET mentions = mentions + excluded.mentions,"
        " documents = documents + excluded.documents",
        rows,
    )
    _upgrade_name(conn, sid, sp.name)
    return sid


def _surname_of(name: str, kind: str) -> str:
    """The surname key a speaker is found by: none for a body, nor for a person known only by a description
    ("Ghana's Finance Minister" is nobody called "Minister")."""
    if kind != "person" or title_only(name) or _country_title_keys(name) \
            or sum(w.islower() and w not in NAME_PARTICLES for w in name.split()) >= 2:
        return ""  # (nor "law reform group JUSTICE", a description read as a person)
    return surname_key(name)


def _upgrade_name(conn: sqlite3.Connection, sid: int, candidate: str) -> None:
    current, kind = conn.execute("SELECT name, kind FROM speakers WHERE id = ?", (sid,)).fetchone()
    if current == candidate:
        return
    if kind == "person" and (title_only(candidate) or _country_title_keys(candidate)) and not title_only(current) \
            and not _country_title_keys(current):
        return  # (a description the holder was found by is never their name: not "Armenia's foreign minister")

    def mentions(name: str) -> tuple[int, int]:
        r = conn.execute(
            "SELECT documents, mentions FROM speaker_aliases WHERE alias = ? AND speaker_id = ?", (normalise(name), sid)
        ).fetchone()
        return (r[0], r[1]) if r else (0, 0)

    best = better_name(current, candidate, mentions(current), mentions(candidate))
    if best != current:
        conn.execute(
            "UPDATE speakers SET name = ?, surname = ? WHERE id = ?",
            (best, _surname_of(best, kind), sid),
        )
        # the speaker's FTS rows found through the statements index (WHERE sid = ? would scan them all)
        conn.execute(
            "UPDATE statements_fts SET speaker = ? WHERE rowid IN (SELECT id FROM statements WHERE speaker_id = ?)",
            (best, sid),
        )


def _title_holder(conn: sqlite3.Connection, sp: Speaker, keys: list[str] | None = None) -> int | None:
    """The one named person stored with the title that ``sp`` (a title alone: 'Republican presidential nominee',
    also known as 'Republican nominee') stands for, or None when nobody or several people hold it. ``keys``: the
    title's keys, when not the name's and aliases'."""
    if keys is None:
        keys = [k for k in dict.fromkeys(normalise(x) for x in (sp.name, *sp.aliases)) if len(k.split()) >= 2]
    if not keys:
        return None
    rows = conn.execute(
        f"SELECT DISTINCT a.speaker_id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        f" WHERE a.alias IN ({','.join('?' * len(keys))}) AND a.kind = 'title' AND s.kind = 'person'",
        keys,
    ).fetchall()
    holders = {sid for sid, name in rows if not title_only(name)}
    return holders.pop() if len(holders) == 1 else None


def _country_title_keys(name: str) -> list[str]:
    """The keys of a title opened by a country ('Armenia's foreign minister') with the country in each of its forms
    ('armenian foreign minister', 'armenia foreign minister'); [] for any other name."""
    words = normalise(name).split()
    if len(words) < 3 or (country := countries().get(words[0])) is None \
            or not title_only(" ".join(words[1:])):
        return []
    forms = [country.name, *country.adjectives]
    return list(dict.fromkeys(" ".join([normalise(f), *words[1:]]) for f in forms))


def _named_like_a_body(sp: Speaker) -> bool:
    """A person known by capitalised words only, no given name nor title ('Norvane', read as a surname;
    'Keystone Mutual Health' opening a sentence in one story, the insurer in the others): the body of that very name,
    when one is stored."""
    words = sp.name.split()
    return sp.kind == "person" and not sp.titles and words[0].lower() not in first_names() \
        and all(w[:1].isupper() for w in words)


def _find_same(conn: sqlite3.Connection, sp: Speaker) -> int | None:
    """An existing speaker that ``sp`` (from a new document) is the same person or body as."""
    if sp.kind == "person" and title_only(sp.name):
        holder = _title_holder(conn, sp)
        if holder is not None:
            return holder
    if sp.kind == "person" and (keys := _country_title_keys(sp.name)):
        holder = _title_holder(conn, sp, keys)  # ("Armenia's foreign minister": the Armenian Foreign Minister)
        if holder is not None:
            return holder
    keys = [normalise(sp.name)]
    if sp.kind != "person":
        keys += [k for a in sp.aliases if not generic_body_key(k := normalise(a))]  # (not "ministry": any ministry)
    keys = [k for k in dict.fromkeys(keys) if k and k not in _PRONOUNS]
    if keys:
        marks = ",".join("?" * len(keys))
        rows = conn.execute(
            f"SELECT a.speaker_id, a.source, s.kind, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            f" WHERE a.alias IN ({marks}) AND a.kind = 'name'",
            keys,
        ).fetchall()
        admin = {r[0] for r in rows if r[1] == "admin"}
        if len(admin) == 1:
            return admin.pop()
        compatible = {r[0] for r in rows if r[2] == sp.kind or "person" not in (r[2], sp.kind)}
        if not compatible and _named_like_a_body(sp):
            # "Norvane said": one capitalised word read as a surname in one story, a company in the others
            compatible = {r[0] for r in rows if r[2] in ("organisation", "government")}
        elif not compatible and sp.kind in ("organisation", "government"):
            compatible = {r[0] for r in rows if r[2] == "person" and _named_like_a_body(Speaker(r[3], "person"))
                          and not conn.execute("SELECT 1 FROM speaker_aliases WHERE speaker_id = ? AND kind = 'title'"
                                               " LIMIT 1", (r[0],)).fetchone()}
            if len(compatible) == 1:  # (the body it is: its kind from now on)
                conn.execute("UPDATE speakers SET kind = ?, surname = '' WHERE id = ?", (sp.kind, next(iter(compatible))))
        if sp.kind == "person":
            # a full name shared by two stored people: only trust it when it is a full name
            compatible = {r[0] for r in rows if r[0] in compatible and same_speaker(Speaker(r[3]), sp)} or (
                compatible if len(name_parts(sp.name)) >= 2 else set()
            )
        if len(compatible) == 1:
            return compatible.pop()
    if sp.kind != "person":
        return None
    surname = surname_key(sp.name)
    if not surname:
        return None
    rows = conn.execute(
        "SELECT id, name FROM speakers WHERE kind = 'person' AND surname = ?", (surname,)
    ).fetchall()
    if not rows and len(surname) >= 5:
        rows = conn.execute(
            "SELECT id, name FROM speakers WHERE kind = 'person' AND surname >= ? AND surname < ?"
            " AND length(surname) BETWEEN ? AND ? LIMIT 500",
            (surname[0], surname[0] + "\uffff", len(surname) - 2, len(surname) + 2),
        ).fetchall()
    matches = []
    for sid, name in rows:
        variants = [name] + [
            r[0]
            for r in conn.execute(
                "SELECT surface FROM speaker_aliases WHERE speaker_id = ? AND kind = 'name' LIMIT 20", (sid,)
            )
        ]
        if any(same_speaker(Speaker(v), sp) for v in variants if v):
            matches.append((sid, name))
    if len(matches) == 1:
        return matches[0][0]
    exact_first = [sid for sid, name in matches if name_parts(name)[:1] == name_parts(sp.name)[:1]]
    if len(exact_first) == 1:
        return exact_first[0]
    return _double_surname(conn, sp) if not matches else None


def _double_surname(conn: sqlite3.Connection, sp: Speaker) -> int | None:
    """The same person under a double surname, as Spanish and Portuguese names go: 'Aurelio Montoya' in one story,
    'Aurelio Montoya Giraldo' (called 'Montoya' there) in another -- only when the longer name's story calls
    them by the first surname alone."""
    words = sp.name.split()
    if len(words) not in (2, 3) or len(words) == 3 and normalise(words[1]) not in {normalise(a) for a in sp.aliases}:
        return None  # (the longer name must be called by its first surname alone in its story)
    ids = set()
    first = normalise(words[0]) + " "
    for sid, name in conn.execute(  # (a range of the alias key: the people whose full name opens with that word)
            "SELECT DISTINCT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE a.alias >= ?"
            " AND a.alias < ? AND a.kind = 'name' AND s.kind = 'person' LIMIT 200", (first, first[:-1] + "!")):
        other = name.split()
        if len(other) + len(words) != 5 or not similar_word(normalise(other[1]), normalise(words[1])):
            continue  # (one name of two words, one of three, the same first surname or a near spelling of it)
        if len(other) == 3 and not conn.execute("SELECT 1 FROM speaker_aliases WHERE speaker_id = ? AND alias = ?"
                                                " AND kind = 'name'", (sid, normalise(other[1]))).fetchone():
            continue  # (stored longer: "Aurelio Montoya Giraldo" with the alias 'montoya')
        ids.add(sid)
    return ids.pop() if len(ids) == 1 else None


# Speaker lookups, run in the database thread (Store._call): plain sqlite3.


def _speaker_infos(conn: sqlite3.Connection, ids: list[int]) -> list[SpeakerInfo]:
    if not ids:
        return []
    out: dict[int, SpeakerInfo] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for sid, name, kind, titles, n in conn.execute(
            f"SELECT id, name, kind, titles, statements FROM speakers WHERE id IN ({marks})", chunk
        ):
            out[sid] = SpeakerInfo(sid, name, kind, json.loads(titles), [], n)
        for sid, surface in conn.execute(
            f"SELECT speaker_id, surface FROM speaker_aliases WHERE speaker_id IN ({marks}) AND kind = 'name'"
            " ORDER BY source = 'admin' DESC, mentions DESC, surface",
            chunk,
        ):
            info = out.get(sid)
            if info and surface != info.name and surface not in info.aliases:
                info.aliases.append(surface)
    return [out[i] for i in ids if i in out]


def _list_speakers(conn: sqlite3.Connection, limit: int | None) -> list[SpeakerInfo]:
    sql = "SELECT id FROM speakers ORDER BY statements DESC, name"
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    return _speaker_infos(conn, [r[0] for r in conn.execute(sql, params)])


def _find_speakers(conn: sqlite3.Connection, key: str, limit: int) -> list[SpeakerInfo]:
    found: dict[int, None] = {}
    for (sid,) in conn.execute(
        "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.alias >= ? AND a.alias < ? GROUP BY a.speaker_id ORDER BY max(s.statements) DESC LIMIT ?",
        (key, key + "\uffff", limit),
    ):
        found.setdefault(sid)
    if len(found) < limit:
        for (sid,) in conn.execute(
            "SELECT id FROM speakers WHERE surname >= ? AND surname < ? ORDER BY statements DESC LIMIT ?",
            (key, key + "\uffff", limit),
        ):
            found.setdefault(sid)
    if len(found) < limit and len(key) >= 3:
        for sid, _dist in _near_misses(conn, key, limit):
            found.setdefault(sid)
    return _speaker_infos(conn, list(found)[:limit])


def _near_misses(
    conn: sqlite3.Connection, key: str, limit: int, max_rows: int = 400
) -> list[tuple[int, int]]:
    """Speakers with an alias or surname a few edits from ``key`` (a bounded scan), closest first."""
    allowed = 1 if len(key) < 6 else 2
    bounds = (key[0], key[0] + "\uffff", len(key) - allowed, len(key) + allowed, max_rows)
    rows = conn.execute(
        "SELECT a.speaker_id, a.alias FROM speaker_aliases a WHERE a.alias >= ? AND a.alias < ?"
        " AND length(a.alias) BETWEEN ? AND ? LIMIT ?",
        bounds,
    ).fetchall()
    rows += conn.execute(
        "SELECT id, surname FROM speakers WHERE surname >= ? AND surname < ? AND length(surname) BETWEEN ? AND ? LIMIT ?",
        bounds,
    ).fetchall()
    best: dict[int, int] = {}
    letters = set(key)
    for sid, alias in rows:
        # each edit changes the set of letters by at most two: a cheap bound before the real distance
        if len(letters.symmetric_difference(alias)) > 2 * allowed:
            continue
        d = edit_distance(key, alias, allowed)
        if d <= allowed and d < best.get(sid, 99):
            best[sid] = d
    return sorted(best.items(), key=lambda x: x[1])[:limit]


def _sounding_alike(conn: sqlite3.Connection, parts: list[str]) -> list[tuple[int, int]]:
    """People whose given name is the one asked and whose surname sounds like the one asked, though spelt more than
    two letters apart ('fiona arkwrite'); ranked after every near spelling."""
    surname = parts[-1]
    if len(surname) < 4:
        return []
    want = sound_key(surname)
    rows = conn.execute(
        "SELECT id, name, surname FROM speakers WHERE kind = 'person' AND surname >= ? AND surname < ?"
        " AND length(surname) BETWEEN ? AND ? LIMIT 400",
        (surname[0], surname[0] + "\uffff", len(surname) - 3, len(surname) + 3)).fetchall()
    given = parts[0]
    return [(sid, 3) for sid, name, stored in rows
            if stored and sound_key(stored) == want and normalise(name).split()[:1] == [given]]


def _speaker_ids(speaker_id: int | Iterable[int] | None) -> tuple[int, ...]:
    if speaker_id is None:
        return ()
    if isinstance(speaker_id, int):
        return (int(speaker_id),)
    return tuple(dict.fromkeys(int(x) for x in speaker_id))


# "Trump" in a store where Donald Trump said 178 things and Ivanka Trump 5: Donald Trump, with the others offered
DOMINANT_RATIO = 5
DOMINANT_MIN = 10


def _is_bare(info: SpeakerInfo, surname: str) -> bool:
    """Is ``info`` a person stored under the bare surname alone ("Velde")?"""
    return info.kind == "person" and name_parts(info.name) == (surname,)


def _dominant(conn: sqlite3.Connection, ids: list[int], surname: str) -> SpeakerMatch | None:
    """Among several people a bare surname names, the one quoted far more than the others, with the speakers
    stored under that bare surname alone (the same name, never linked to a full one) folded in; else None."""
    infos = _speaker_infos(conn, ids)
    bare = [i for i in infos if _is_bare(i, surname)]
    full = sorted((i for i in infos if i not in bare), key=lambda i: -i.statements)
    if not full or any(i.kind != "person" for i in full):
        return None
    if len(full) > 1 and not (full[0].statements >= DOMINANT_MIN
                              and full[0].statements >= DOMINANT_RATIO * full[1].statements):
        return None
    return SpeakerMatch(full[0], full[1:], "dominant" if len(full) > 1 else "surname", bare)


_ACRONYM = re.compile(r"(?:the\s+)?([A-Z][A-Za-z]{1,7}(?:-[A-Z]{2,4})?)", re.I)  # ("the AFL-CIO")
HYPHENATED_LETTERS = re.compile(r"[A-Za-z]{2,4}-[A-Za-z]{2,4}")  # a body's letters, in any case: "afl-cio"


_NAME_OF_BODY = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+of\s+(?:the\s+)?[A-Z]")
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|which)\s+\w")


def _resolve_speaker(conn: sqlite3.Connection, name: str, key: str) -> SpeakerMatch:
    def one(sid: int, how: str, suggestions: list[int] = ()) -> SpeakerMatch:
        return SpeakerMatch(_speaker_infos(conn, [sid])[0], _speaker_infos(conn, list(suggestions)), how)

    def several(ids: list[int]) -> SpeakerMatch:
        return SpeakerMatch(None, _speaker_infos(conn, ids[:10]), "")

    of_body = _NAME_OF_BODY.match(name)
    if of_body is not None and not title_only(of_body.group(1)):
        # "Oltmanns of the ZDK": the person named, when the name alone finds them (not the body's near spelling)
        person = _resolve_speaker(conn, of_body.group(1), normalise(of_body.group(1)))
        if person.speaker is not None and person.speaker.kind == "person" and person.how in ("alias", "surname", "admin"):
            return person
    clause = _RELATIVE_CLAUSE.search(name)
    if clause is not None and len(name[: clause.start()].split()) >= 2:
        # "the New Westminster mayor who leads the region's mayors": who is meant is named before the clause
        return _resolve_speaker(conn, name[: clause.start()], normalise(name[: clause.start()]))
    alias_rows = conn.execute(
        "SELECT a.speaker_id, a.source, a.kind, a.surface FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.alias = ? ORDER BY s.statements DESC",
        (key,),
    ).fetchall()
    if alias_rows and name.strip() == name.strip().lower():
        # "the justice who wrote the majority opinion": a common word asked in lower case is not a body that writes
        # it in capitals ("JUSTICE", the law reform group)
        alias_rows = [r for r in alias_rows if not (r[3] and len(r[3]) >= 3 and r[3].isupper() and " " not in r[3])]
    alias_rows = [r[:3] for r in alias_rows]
    admin = list(dict.fromkeys(r[0] for r in alias_rows if r[1] == "admin"))
    if len(admin) == 1:
        return one(admin[0], "admin")
    words = key.split()
    if not alias_rows and len(words) >= 3 and words[0] in title_words() and words[1] not in title_words():
        # "prosecutor Kang Hye-rim": a title, then a full name stored as such
        bare = " ".join(words[1:])
        people = list(dict.fromkeys(sid for (sid,) in conn.execute(
            "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            " WHERE a.alias = ? AND a.kind = 'name' AND s.kind = 'person'", (bare,))))
        if len(people) == 1:
            return one(people[0], "alias")
    group = _role_group(conn, key)
    if group is not None:
        return group
    named = list(dict.fromkeys(r[0] for r in alias_rows if r[2] == "name"))
    if named and key in title_words() and all(i.kind == "unnamed" for i in _speaker_infos(conn, named)):
        # "the senator": a senator named in the text before an unnamed one ("Another senator said")
        holders = list(dict.fromkeys(r[0] for r in alias_rows if r[2] == "title")) or _titles_ending(conn, key)
        if len(holders) == 1:  # ("the ombudsman", 'an ombudsman' unnamed: the named 'human rights ombudsman')
            return one(holders[0], "title")
    if not named and (country := countries().get(key)) is not None and normalise(country.name) != key:
        voices = _spokespeople(conn, key)
        if len(voices) == 1:
            # "the Kremlin", quoted only through "Kremlin spokesman Dmitry Vasilchenko": the words the text
            # gives the seat itself, before the country's government it stands for
            return one(voices[0], "speaks for")
        # "Beijing", "the Kremlin": the government of the country whose seat it is, when it speaks as the country
        seat = list(dict.fromkeys(r[0] for r in conn.execute(
            "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            " WHERE a.alias = ? AND s.kind IN ('government', 'organisation')", (normalise(country.name),))))
        if len(seat) == 1:
            return one(seat[0], "alias")
    if not named and (acronym := _ACRONYM.fullmatch(name.strip())) is not None \
            and (sum(c.isupper() for c in acronym.group(1)) > len(acronym.group(1)) / 2
                 or HYPHENATED_LETTERS.fullmatch(acronym.group(1)) is not None):
        # "the DNC", "ISPR": the one body whose name's words it spells, when the text never used it
        letters = acronym.group(1)
        bodies = [sid for sid, full in conn.execute(
            "SELECT id, name FROM speakers WHERE kind IN ('organisation', 'government') AND name LIKE ?"
            " ORDER BY statements DESC LIMIT 5000", (letters[0] + "%",)) if len(full.split()) >= 2 and spells_out(letters, full)]
        if len(bodies) == 1:
            return one(bodies[0], "acronym")
        if bodies:
            return several(bodies)
        # nobody quoted as the body itself: the one person who leads it or speaks for it by title ("AOSIS": the
        # chair of the Alliance of Small Island States)
        people = list(dict.fromkeys(sid for sid, surface in conn.execute(
            "SELECT a.speaker_id, a.surface FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            " WHERE a.kind = 'title' AND s.kind = 'person' AND (a.alias LIKE '% of %' OR a.alias LIKE '% for %')"
            " LIMIT 20000")
            if _title_of_body(surface, letters)))
        if len(people) == 1:
            return one(people[0], "speaks for")
        if people:
            return several(people)
    if not named and 0 < len(key.split()) <= 3 and name.strip()[:1].isupper() and not title_words() & set(key.split()) \
            and (branches := _national_branches(conn, key)):
        # "WWF" when the text quotes only "WWF Spain": the body's branch in a country
        return one(branches[0], "kind") if len(branches) == 1 else several(branches)
    parts = name_parts(name)
    while len(parts) > 1 and parts[0] in NAME_PARTICLES:
        parts = parts[1:]  # "von der Leyen": the surname with its particles
    if len(named) == 1 and not (len(parts) == 1 and _is_bare(_speaker_infos(conn, named)[0], parts[0])):
        return one(named[0], "alias")
    if len(named) > 1:
        return (_dominant(conn, named, parts[-1]) if len(parts) == 1 else None) or several(named)
    # surname ("Zas", "Mr Zas") or a full name whose other spelling we know
    if parts:
        rows = conn.execute(
            "SELECT id, name FROM speakers WHERE kind = 'person' AND surname = ? ORDER BY statements DESC LIMIT 50",
            (parts[-1],),
        ).fetchall()
        ids = [sid for sid, full in rows if len(parts) == 1 or same_speaker(Speaker(full), Speaker(name))]
        if len(ids) == 1 or not ids and named:
            return one(ids[0] if ids else named[0], "surname")
        if len(ids) > 1:
            return (_dominant(conn, ids, parts[-1]) if len(parts) == 1 else None) or several(ids)
    # a title: "the Secretary General", "CSTO Secretary General", "Russian President"
    words = key.split()
    titled = list(dict.fromkeys(r[0] for r in alias_rows if r[2] == "title"))
    strict: SpeakerMatch | None = None
    strict_tried = False
    if not titled and (len(words) > 1 or words and words[0] in ROLE_ACRONYMS):
        strict, strict_tried = _qualified_title(conn, name), True  # "the Russian president": the country in the title
        if strict is not None:
            return strict
        # a role in other words than a stored title: "the economy minister", "the Estonian defence minister"
        held = _role_holders(conn, key, name)
        if held is not None and held[0]:
            best = held[0]
            return one(best[0], "title") if len(best) == 1 else several(best)
        if held is not None:  # holders of the office, none whose qualifiers fit: suggestions, not whoever
            return several(held[1])  # holds the bare office or a name spelt like its last word
    for i in range(1, len(words)):
        if titled:
            break
        rows2 = conn.execute(
            "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            " WHERE a.alias = ? AND a.kind = 'title' ORDER BY s.statements DESC",
            (" ".join(words[i:]),),
        )
        titled = list(dict.fromkeys(r[0] for r in rows2))
        if titled and (unfit := _ruled_out(conn, titled, name, words[:i])):
            if all(sid in unfit for sid in titled):
                return several(titled)  # ("the Podillian mediator": the Zalesian one is only a suggestion)
            titled = [sid for sid in titled if sid not in unfit]
    if not titled and len(words) == 1 and words[0] in title_words():
        titled = _titles_ending(conn, words[0])  # "the coroner": 'Senior coroner'
    if len(titled) == 1:
        return one(titled[0], "title")
    if len(titled) > 1:
        return several(titled)
    # a qualified title: "the Russian president", "Armenia's prime minister", "the CSTO chief" (unless tried above)
    strict = strict if strict_tried else _qualified_title(conn, name)
    if strict is not None:
        return strict
    # a body by its kind: "the airport" for Kestrel Airport, "the software maker" for Streamline Technologies
    bodies = _bodies_of_kind(conn, words)
    if len(bodies) == 1:
        return one(bodies[0], "kind")
    if len(bodies) > 1:
        return several(bodies)
    if len(words) >= 2 and words[-1] in organisation_heads() and words[-1] not in title_words():
        # "the Chinese foreign ministry", quoted only through its 'foreign ministry spokesman': the one whose
        # stories bear out the rest
        held = _role_holders(conn, key + " spokesperson", name + " spokesperson")
        body = {w for w in words if w not in ("the", "a", "an") and w not in countries()}
        if held is not None and len(held[0]) == 1 and any(
                body <= set(alias.split()) for (alias,) in conn.execute(
                    "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND kind = 'title'", (held[0][0],))):
            return one(held[0][0], "speaks for")  # (the body in the title: not "Keystone spokesman" for "Illinois'
            #                                         insurance regulator", a story's other body)
    # a title by its letters: "the Lancashire PCC" (a police and crime commissioner whose stories are Lancashire's)
    letters = name.split()[-1].strip(".,;:") if name.split() else ""
    if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper() and letters.lower() not in ROLE_ACRONYMS:
        holders = _spelt_title_holders(conn, letters.lower(), [w for w in words[:-1] if w not in ("the", "a", "an")])
        if len(holders) == 1:
            return one(holders[0], "title")
        if holders:
            return several(holders)
    # a misspelling: one clear candidate resolves, several are suggestions
    near = _near_misses(conn, key, 10)
    if not near and parts and parts[-1] != key and role_query(key) is None:
        # (not for a role: "the Harbridge manager" is nobody "Manoner"; a short word only as written: "the FDIC's
        # number two" is nobody "Teo")
        near = [(sid, d) for sid, d in _near_misses(conn, parts[-1], 10) if d == 0 or len(parts[-1]) >= 4]
        if near:  # (nor a group named by a word: "the activist investor" is not "investors")
            marks = ",".join("?" * len(near))
            unnamed = {r[0] for r in conn.execute(
                f"SELECT id FROM speakers WHERE id IN ({marks}) AND kind = 'unnamed'", [sid for sid, _ in near])}
            before = name.split()[:-1]
            owner = not any(re.search(r"['’]s?$", w) or w.lower() in countries() for w in before) \
                and not any(w.lower() in ("his", "her", "their", "its", "our", "my", "your") for w in before)
            # (but "Columbus police": police; not "Ohio's top bank regulator", "the Swedish government", nor
            # "Brannigan fire his campaign", a question's words read as a name)
            near = [(sid, d) for sid, d in near if sid not in unnamed or d == 0 and owner]
    if not near and len(parts) >= 2:
        near = _sounding_alike(conn, parts)  # "fiona arkwrite": Fiona Arkwright
    if near:
        best = [sid for sid, d in near if d == near[0][1]]
        if len(best) == 1 and len(key) >= 4:
            return one(best[0], "spelling", [s for s, _ in near[1:]])
        return SpeakerMatch(None, _speaker_infos(conn, [s for s, _ in near]), "")
    return SpeakerMatch(None, [])


ROLE_HOLDERS = 60  # holders of an office weighed for a role asked in other words (the most quoted)
ROLE_STORY_HOLDERS = 12  # of them, those whose stories are read when titles and names do not tell
ROLE_STORIES = 4  # documents read of each
# speakers known only by a description: unnamed ones, and people called by a bare title ("officer"), whose words
# are all there is to bear out a role asked
_DESCRIBED_ONLY = "(kind = 'unnamed' OR kind = 'person' AND substr(name, 1, 1) = lower(substr(name, 1, 1)))"


def _stories(conn: sqlite3.Connection, sid: int) -> list[str]:
    """The texts of a few documents a speaker is quoted in (ROLE_STORIES of them)."""
    return [text for (text,) in conn.execute(
        "SELECT d.text FROM documents d WHERE d.id IN (SELECT DISTINCT doc_id FROM statements WHERE speaker_id = ?"
        " LIMIT ?)", (sid, ROLE_STORIES))]


def _spelt_title_holders(conn: sqlite3.Connection, letters: str, qualifiers: list[str]) -> list[int]:
    """The people whose title the letters spell ('pcc': 'police and crime commissioner'), those whose titles or
    stories bear out every other word asked ('lancashire') -- none when nobody's do."""
    holders = list(dict.fromkeys(sid for sid, alias in conn.execute(
        "SELECT a.speaker_id, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.kind = 'title' AND s.kind = 'person' AND (a.alias LIKE ? OR a.alias LIKE ?)"
        " ORDER BY s.statements DESC LIMIT 5000", (letters[0] + "%", "% " + letters[0] + "%"))
        if (initials := "".join(w[0] for w in alias.split() if w not in ("and", "of", "the", "for", "s"))) == letters
        or initials.endswith(letters) and len(initials) - len(letters) <= 2))  # ('Lancashire police and crime
    #                                                                           commissioner' for "pcc")
    if not qualifiers:
        return holders
    fit = []
    for sid in holders[:ROLE_STORY_HOLDERS]:
        aliases = [a for (a,) in conn.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (sid,))]
        texts = " ".join([*aliases, *_stories(conn, sid)]).lower()
        if len(_words_opening(texts, qualifiers)) == len(set(qualifiers)):
            fit.append(sid)
    return fit


def _title_of_body(title: str, letters: str) -> bool:
    """Is ``title`` an office of the body that ``letters`` spell ('chair of the Alliance of Small Island States' for
    AOSIS), or does it hold the letters themselves ('AOSIS chair')?"""
    if letters in title.split() or "-" in letters and letters.lower() in title.lower().split():
        return True  # ("afl-cio" asked in lower case)
    body = re.split(r"\b(?:of|for)\s+(?:the\s+)?", title, maxsplit=1)
    return len(body) == 2 and len(body[1].split()) >= 2 and spells_out(letters, body[1])


def _national_branches(conn: sqlite3.Connection, key: str) -> list[int]:
    """The bodies named ``key`` and a country ('WWF Spain', 'Oxfam GB' for 'wwf', 'oxfam'), the most quoted first."""
    rows = conn.execute(
        "SELECT id, name FROM speakers WHERE kind IN ('organisation', 'government') AND name LIKE ?"
        " ORDER BY statements DESC LIMIT 50", (key.replace("%", "").replace("_", "") + " %",))
    return [sid for sid, full in rows if normalise(full).removeprefix(key + " ") in countries()]


def _resolve_with_voices(conn: sqlite3.Connection, name: str, key: str) -> SpeakerMatch:
    """_resolve_speaker, and for a body named as written, the people titled as speaking for it by its name: what
    "Amazon" said is also what 'Amazon spokeswoman Lorena Pruitt' said for it."""
    match = _resolve_speaker(conn, name, key)
    body = match.speaker
    if body is None or body.kind not in ("organisation", "government") or match.also \
            or match.how not in ("admin", "alias", "acronym"):
        return match
    names = {normalise(body.name), *(normalise(a) for a in body.aliases)}
    voices = list(dict.fromkeys(sid for n in sorted(names) if n for sid in _spokespeople(conn, n)))
    if voices:
        match = replace(match, also=_speaker_infos(conn, voices[:10]))
    return match


def _spokespeople(conn: sqlite3.Connection, body: str) -> list[int]:
    """The people titled as speaking for ``body`` by its very words ('kremlin' -> 'Kremlin spokesman'), the most
    quoted first."""
    return list(dict.fromkeys(sid for (sid,) in conn.execute(
        "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        f" WHERE a.kind = 'title' AND s.kind = 'person' AND a.alias IN ({', '.join('?' * len(SPOKESPEOPLE))})"
        " ORDER BY s.statements DESC LIMIT 20", [f"{body} {t}" for t in SPOKESPEOPLE])))


def _titles_ending(conn: sqlite3.Connection, word: str) -> list[int]:
    """The people whose title ends in the title word ``word`` ('coroner': 'Senior coroner'), not at a lower rank
    ('deputy coroner'), the most quoted first."""
    return list(dict.fromkeys(sid for sid, alias in conn.execute(
        "SELECT a.speaker_id, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.alias LIKE ? AND a.kind = 'title' AND s.kind = 'person' ORDER BY s.statements DESC LIMIT 200",
        ("% " + word,)) if not set(alias.split()) & LOWER_RANKS))


def _qualified_title(conn: sqlite3.Connection, name: str) -> SpeakerMatch | None:
    """The holders of a title qualified by its country or body, as stored titles write it ("the Russian president":
    'President of Russia'; "the CSTO chief": 'Secretary-General of the CSTO'); None when none is, or ``name`` is
    no such title."""
    query = title_query(" ".join((name or "").split()[:12]))
    if query is None:
        return None
    nation = sorted({n.strip() for n in query.nation if n.strip()})
    # (a title naming a country: SQLite keeps only the surfaces holding one of its words, as matches() would)
    named = f" AND ({' OR '.join(['instr(lower(a.surface), ?) > 0'] * len(nation))})" if nation else ""
    rows = conn.execute(
        "SELECT a.speaker_id, a.surface FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        f" WHERE s.kind = 'person' AND a.surface != ''{named} ORDER BY s.statements DESC LIMIT 20000", nation
    ).fetchall()
    fits: dict[str, bool] = {}  # (many holders share a title: each surface is read once)
    for _sid, surface in rows:
        if surface not in fits:
            fits[surface] = query.matches(surface)
    holders = list(dict.fromkeys(sid for sid, surface in rows if fits[surface]))
    if not holders:
        return None
    role = role_query(normalise(name), name)
    if role is not None and role.portfolio and _portfolio_held(conn, role.portfolio) and not any(
            bears(role.portfolio, set(normalise(surface).split())) for surface, fit in fits.items() if fit):
        return None  # (the portfolio asked is in no title that fits: "the Dutch asylum minister" is not the
        #            "Netherlands' finance minister" -- the role is read in other words instead)
    infos = _speaker_infos(conn, holders[:10])
    return SpeakerMatch(infos[0], [], "title") if len(holders) == 1 else SpeakerMatch(None, infos, "")


def _portfolio_held(conn: sqlite3.Connection, forms: frozenset[str]) -> bool:
    """Does a stored title of a minister or secretary hold this portfolio ('asylum minister')? A word asked before
    'minister' that no title holds says something else of the minister ("the COP32 host minister", "Stormont's
    money minister")."""
    ask = sorted(forms)
    rows = conn.execute(
        "SELECT alias FROM speaker_aliases WHERE kind = 'title' AND (alias LIKE '%minister%' OR alias LIKE"
        f" '%secretary%') AND ({' OR '.join(['alias LIKE ?'] * len(ask))}) LIMIT 200", [f"%{f}%" for f in ask])
    return any(bears(forms, set(alias.split())) for (alias,) in rows)


def _placed_elsewhere(conn: sqlite3.Connection, ids: list[int], name: str) -> set[int]:
    """Of ``ids``, those whose titles put their office in another place, or give it to another body, than the role
    asked as ``name`` (see roles.clashes and roles.owned_elsewhere)."""
    asked = owners(name)
    if not asked and not body_owners(name) or not ids:
        return set()
    titles: dict[int, list[str]] = {}
    marks = ",".join("?" * len(ids))
    for sid, surface in conn.execute(
            f"SELECT speaker_id, surface FROM speaker_aliases WHERE speaker_id IN ({marks}) AND kind = 'title'", ids):
        titles.setdefault(sid, []).append(surface)
    return {sid for sid, ts in titles.items() if clashes(asked, ts) or owned_elsewhere(name, ts)}


def _spell_out_bodies(conn: sqlite3.Connection, titles: dict[int, list[str]], holders: list[int]) -> None:
    """A body named by its letters in a holder's title also names it in words: 'prpu chief executive' is read with
    'of professional rugby players union' after it, when a stored body goes by PRPU (in place)."""
    tokens = {w for sid in holders for t in titles[sid] for w in t.split() if 2 <= len(w) <= 6}
    if not tokens:
        return
    marks = ",".join("?" * len(tokens))
    bodies: dict[str, set[str]] = {}
    for alias, surface, name in conn.execute(
            f"SELECT a.alias, a.surface, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE"
            f" a.alias IN ({marks}) AND s.kind IN ('organisation', 'government') AND a.kind = 'name' LIMIT 200",
            sorted(tokens)):
        # (or letters the text gave the body in its own language: "the Indonesian Palm Oil Association (GAPKI)")
        if len(name.split()) >= 2 and (spells_out(alias, name) or surface.isupper() and surface.isalpha()):
            bodies.setdefault(alias, set()).add(normalise(name))
    if not bodies:
        return
    for sid in holders:
        titles[sid] = [t + "".join(f" of {next(iter(bodies[w]))}" for w in t.split() if len(bodies.get(w, ())) == 1)
                       for t in titles[sid]]


def _ruled_out(conn: sqlite3.Connection, ids: list[int], name: str, dropped: list[str]) -> set[int]:
    """Of ``ids``, found by the end of the title asked (``name``) without its first words (``dropped``), those the
    dropped words rule out: their titles place the office elsewhere ("the Podillian mediator": 'Zalesian
    mediator'), or they are unnamed and their description lacks a dropped word ("the tea workers' union
    official": 'government official in Nairobi')."""
    out = _placed_elsewhere(conn, ids, name)
    wanted = [w for w in dropped if w not in ("the", "a", "an", "s")]
    ranks = LOWER_RANKS.intersection(wanted)
    if ranks:  # ("Sri Lanka's junior finance minister" is not whoever is titled 'Finance Minister')
        marks = ",".join("?" * len(ids))
        ranked = {sid for sid, alias in conn.execute(
            f"SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN ({marks}) AND kind = 'title'", ids)
            if ranks <= ranks_held(set(alias.split()))}
        out |= set(ids) - ranked
    if wanted:
        marks = ",".join("?" * len(ids))
        for sid, described in conn.execute(
                f"SELECT id, name FROM speakers WHERE id IN ({marks}) AND {_DESCRIBED_ONLY}", ids):
            have = set(normalise(described).split())
            if not all(bears(frozenset({w}), have) for w in wanted):
                out.add(sid)
    return out


def _role_holders(
    conn: sqlite3.Connection, key: str, surface: str = ""
) -> tuple[list[int], list[int]] | None:
    """Who holds the role ``key`` names in other words than a stored title (see roles.py): (the best supported
    holders, the others that hold the office); None when ``key`` names no office or nobody holds it. A holder
    whose titles place the office elsewhere than the role as asked (``surface``), or give it to another body, is
    only among the others: "Fiji's climate minister" is not Tuvalu's."""
    query = role_query(key, surface)
    if query is None or not query.qualifiers:
        return None
    heads = sorted(query.heads | ({"press secretary"} if "spokesperson" in query.heads else set())
                   | ({"prime minister"} if "premier" in query.heads else set())  # (see RoleQuery.title_words)
                   | (set(POST_NOMINALS) if "counsel" in query.heads else set())
                   | ({"campaign", "campaigns"} if "campaigner" in query.heads else set())
                   | (MINISTERIAL if query.head == "minister" else set())  # ("Transport Secretary")
                   | set(title_acronyms(query.heads))  # ("BRP CEO" for "the BRP boss")
                   | set(national_titles(query.heads)))  # ("the Taoiseach" for "the Irish prime minister")
    rows = conn.execute(
        "SELECT speaker_id, alias FROM speaker_aliases WHERE ("  # (any kind: "the president" may be a name alias)
        + " OR ".join(["(' ' || alias || ' ') LIKE ?"] * len(heads)) + ") LIMIT 2000",
        [f"% {h} %" for h in heads],
    ).fetchall()
    letters = {sid for sid, alias in rows if alias in POST_NOMINALS}
    if letters:  # (a barrister's letters are a title, not anyone called "KC")
        marks = ",".join("?" * len(letters))
        letters = {sid for (sid,) in conn.execute(
            f"SELECT DISTINCT speaker_id FROM speaker_aliases WHERE speaker_id IN ({marks}) AND kind = 'name'"
            f" AND alias IN ({','.join('?' * len(POST_NOMINALS))})", [*letters, *POST_NOMINALS])}
    titles: dict[int, list[str]] = {}
    for sid, alias in rows:
        if sid in letters and alias in POST_NOMINALS:
            continue
        titles.setdefault(sid, []).append(alias)
    holders = [sid for sid, ts in titles.items() if any(query.title_words(t) is not None for t in ts)]
    if not holders:
        return None
    if query.portfolio and not any(bears(query.portfolio, set(t.split())) for sid in holders for t in titles[sid]):
        query = replace(query, portfolio=frozenset())  # (a portfolio nobody holds: "the COP32 host minister")
    elsewhere = _placed_elsewhere(conn, holders[:ROLE_HOLDERS * 4], surface)
    if elsewhere:
        holders = [sid for sid in holders if sid not in elsewhere]
        if not holders:
            return [], sorted(elsewhere)
    if len(holders) > ROLE_HOLDERS:
        marks = ",".join("?" * len(holders))
        holders = [r[0] for r in conn.execute(
            f"SELECT id FROM speakers WHERE id IN ({marks}) ORDER BY statements DESC LIMIT ?", (*holders, ROLE_HOLDERS))]
    _spell_out_bodies(conn, titles, holders)
    names: dict[int, list[str]] = {sid: [] for sid in holders}
    described: dict[int, set[str]] = {sid: set() for sid in holders}  # the words of every title of each
    marks = ",".join("?" * len(holders))  # (one query for every holder's names and titles)
    for sid, alias, kind in conn.execute(
            f"SELECT speaker_id, alias, kind FROM speaker_aliases WHERE speaker_id IN ({marks})"
            " AND kind IN ('name', 'title')", holders):
        if kind == "name":
            names[sid].append(alias)
        else:
            described[sid].update(alias.split())
    others = {sid: frozenset(described[sid]) for sid in holders}
    # titles and names first; the stories (a few documents of the holders quoted most) only when they do not tell
    seen: dict[int, set[str]] = {sid: set() for sid in holders}
    scores = {sid: query.score(titles[sid], names[sid], seen[sid], others[sid]) for sid in holders}
    if all(sc is None for sc in scores.values()):
        forms = {f for q in query.qualifiers for f in q}
        marks = ",".join("?" * len(holders))
        unnamed = {r[0] for r in conn.execute(f"SELECT id FROM speakers WHERE id IN ({marks}) AND {_DESCRIBED_ONLY}",
                                              holders)}
        # (those whose titles or names bear out most of the role first, then the most quoted)
        readers = sorted((h for h in holders if h not in unnamed), key=lambda h: -query.supported(titles[h], names[h], set()))
        for sid in readers[:ROLE_STORY_HOLDERS]:
            # (not an unnamed speaker's: its description says all it is -- "government official in Nairobi" is
            # no tea workers' union official for a story about both)
            for text in _stories(conn, sid):
                seen[sid] |= _words_opening(text.lower(), sorted(forms))  # (forms are lower case)
            scores[sid] = query.score(titles[sid], names[sid], seen[sid], others[sid])
    scored = [(sc, sid) for sid, sc in scores.items() if sc is not None]
    # (the holders that do not fit, those that bear out most qualifiers first)
    partial = sorted((-query.supported(titles[sid], names[sid], seen[sid]), sid) for sid, sc in scores.items() if sc is None)
    top = max((sc for sc, _ in scored), default=None)
    best = [sid for sc, sid in scored if sc == top]
    if len(best) > 1:  # a tie between one named person and unnamed speakers ("United Nations envoy"): the person
        marks = ",".join("?" * len(best))
        people = [r[0] for r in conn.execute(
            f"SELECT id FROM speakers WHERE id IN ({marks}) AND kind = 'person' AND substr(name, 1, 1) != lower(substr(name, 1, 1))",
            best)]
        if len(people) == 1:
            best = people
    if len(best) > 1:
        best = _told_by_phrase(conn, best, query.words, key)
    return best, [sid for sc, sid in scored if sc != top or sid not in best] + [sid for _, sid in partial] \
        + sorted(elsewhere)


def _told_by_phrase(conn: sqlite3.Connection, best: list[int], asked: tuple[str, ...], key: str) -> list[int]:
    """Of holders tied on words, the one whose stories hold two of the asked words together as asked ("the online
    retailer's CEO": the chief executive of the company its stories call an online retailer, not another chief
    executive whose stories say 'online' and 'retailer' apart); else all of them."""
    phrases = [f"{a} {b}" for a, b in zip(asked, asked[1:], strict=False) if f" {a} {b} " in f" {key} "]
    if not phrases:
        return best
    told = []
    for sid in best[:ROLE_STORY_HOLDERS]:
        if any(_words_opening(text.lower(), phrases) for text in _stories(conn, sid)):
            told.append(sid)
    return told if len(told) == 1 else best


def _words_opening(text: str, forms: list[str]) -> set[str]:
    """Those of ``forms`` (lower case) that open a word somewhere in ``text`` (lower case): 'estonia' in "in
    estonian waters" (a plain search per form, much faster than one case-blind pattern over a long story)."""
    found = set()
    for f in forms:
        i = text.find(f)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                found.add(f)
                break
            i = text.find(f, i + 1)
    return found


def _role_group(conn: sqlite3.Connection, key: str) -> SpeakerMatch | None:
    """'officials', 'an official', 'aides': every unnamed speaker of that role ('officials', 'senior Valmoran
    official', 'White House official'), the most quoted first; None when ``key`` is no bare role noun or fewer
    than two are stored."""
    words = key.split()
    if len(words) == 2 and words[0] in ("a", "an", "one"):
        words = words[1:]
    if len(words) != 1 or words[0] not in ROLE_NOUNS:
        return None
    noun = words[0]
    if noun.rstrip("s") in title_words() and noun not in ("official", "officials"):
        return None  # "the senator", "the president": someone titled so, see the title lookup
    one_ = noun[:-1] if noun.endswith("s") and noun[:-1] in ROLE_NOUNS else noun
    many = one_ + "s"
    rows = conn.execute(
        "SELECT id FROM speakers WHERE kind = 'unnamed' AND (lower(name) IN (?, ?) OR lower(name) LIKE ?"
        " OR lower(name) LIKE ?) ORDER BY statements DESC LIMIT 60",
        (one_, many, "% " + one_, "% " + many),
    ).fetchall()
    if len(rows) < 2:
        return None
    infos = _speaker_infos(conn, [r[0] for r in rows])
    exact = next((i for i in infos if i.name.lower() in (noun, one_, many)), infos[0])
    return SpeakerMatch(exact, [], "role", [i for i in infos if i is not exact])


def _bodies_of_kind(conn: sqlite3.Connection, words: list[str]) -> list[int]:
    """Stored organisations a lower-case kind names: 'airport' -> those whose name ends in Airport (with every
    other word of the phrase in it); a company noun ('software maker', 'retailer') -> the companies."""
    words = [w for w in words if w not in ("the", "a", "an")]
    if not words or not words[-1].isalpha():
        return []
    head = words[-1]
    company = is_company_noun(head)
    if not company and head not in organisation_heads():
        return []
    rows = conn.execute(
        "SELECT id, name FROM speakers WHERE kind IN ('organisation', 'government') AND statements > 0"
        " ORDER BY statements DESC LIMIT 2000"
    ).fetchall()
    if company:
        return [sid for sid, name in rows if name.split()[-1].lower() in COMPANY_ENDS | {head}][:10]

    def fits(name: str) -> bool:
        named = normalise(name).split()
        if named[-1:] != [head] and not (named[:1] == [head] and named[1:2] in (["of"], ["for"])):
            return False  # ("... Airport", "Ministry of ...": the noun heads the name)
        have = set(named)  # every other word borne out: "the Drevnian foreign ministry", "Ministry of Foreign
        return all(bears(frozenset({w}), have) for w in words)  # Affairs of Drevnia"

    return [sid for sid, name in rows if fits(name)][:10]


@dataclass(slots=True)
class _Query:
    """What Store.search was asked (see there), its words made safe and lower-case."""

    terms: list[str]
    speaker_ids: tuple[int, ...] = ()
    mode: str = "any"
    columns: tuple[str, ...] = ("body", "context")
    prefix_min: int = 0


def _candidates(
    conn: sqlite3.Connection, stemmer: _Stemmer, q: _Query, k: int, per_term: int = SEARCH_PER_TERM
) -> tuple[dict[str, float], list[int]]:
    """The idf of each term and the best ``k`` statement ids by the idf of the terms that found
    them (see Store.search), best first."""
    terms, mode, columns, prefix_min = q.terms, q.mode, q.columns, q.prefix_min
    scope = "sid : (" + " OR ".join(f'"s{sid}"' for sid in q.speaker_ids) + ") AND " if q.speaker_ids else ""
    total = conn.execute("SELECT max(rowid) FROM statements_fts").fetchone()[0] or 0
    if not total:
        return {}, []
    idf: dict[str, float] = {}
    weight: dict[int, float] = {}  # candidate rowid -> idf of the terms it was found by
    prefixes = stemmer.prefixes([t for t in terms if len(t) >= prefix_min]) if prefix_min else {}
    present = []
    for t in terms:
        match = fts_match([t], "any", columns, prefixes)
        rows = conn.execute(
            "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (scope + match, per_term),
        ).fetchall()
        if len(rows) < per_term:
            df = len(rows)
        else:  # density of the newest matches, extrapolated
            df = per_term * total / max(1, total - rows[-1][0] + 1)
        idf[t] = w = math.log(1 + (total - df + 0.5) / (df + 0.5))
        if rows:
            present.append(t)
        if mode in ("any", "any+all"):
            for (rowid,) in rows:
                weight[rowid] = weight.get(rowid, 0.0) + w
    # rows holding every term (or the phrase): the best candidates, whatever the per-term caps;
    # for any+all, every term that is in the index at all (a misspelt word is in no row)
    if mode == "any+all" and len(present) > 1:
        # the rows holding the rarest few (cheaper: FTS5 seeks in every term's doclist for each
        # row of the rarest), when no more than k, hold every row holding all of them
        rarest = sorted(present, key=lambda t: -idf[t])[:AND_TERMS]
        rows = _all_of(conn, scope + fts_match(rarest, "all", columns, prefixes), k + 1)
        if len(rows) > k and len(rarest) < len(present):
            rows = _all_of(conn, scope + fts_match(present, "all", columns, prefixes), SEARCH_PER_TERM)
        w = sum(idf[t] for t in present)
        for (rowid,) in rows:
            weight[rowid] = w
    elif mode in ("all", "phrase"):
        rows = _all_of(conn, scope + fts_match(terms, mode, columns, prefixes), SEARCH_PER_TERM)
        weight = dict.fromkeys((rowid for (rowid,) in rows), 0.0)
    best = heapq.nlargest(k, zip(weight.values(), weight.keys(), strict=True))
    return idf, [rowid for _, rowid in best]


def _all_of(conn: sqlite3.Connection, match: str, limit: int) -> list[tuple[int]]:
    """The newest ``limit`` rows matching ``match`` (an AND or a phrase).

    FTS5 walks doclists forwards about twice as fast; fewer matches than ``limit`` are the same
    rows either way, so only a full page is asked for again, newest first.
    """
    sql = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid{} LIMIT ?"
    rows = conn.execute(sql.format(""), (match, limit)).fetchall()
    if len(rows) == limit:
        rows = conn.execute(sql.format(" DESC"), (match, limit)).fetchall()
    return rows


def _speaker_documents(
    conn: sqlite3.Connection, ids: tuple[int, ...], docs: int, exclude: set[int]
) -> list[tuple[str, list[StatementHit]]]:
    marks = ",".join("?" * len(ids))
    doc_ids = [r[0] for r in conn.execute(
        f"SELECT doc_id FROM statements WHERE speaker_id IN ({marks}) GROUP BY doc_id ORDER BY max(id) DESC LIMIT ?",
        (*ids, docs),
    )]
    if not doc_ids:
        return []
    dmarks = ",".join("?" * len(doc_ids))  # (two queries for all the documents, not two for each)
    texts = dict(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({dmarks})", doc_ids).fetchall())
    by_doc: dict[str, list[StatementHit]] = {d: [] for d in doc_ids}
    for r in conn.execute(
        f"SELECT {_HIT_COLUMNS}, d.path {_HIT_FROM} WHERE st.doc_id IN ({dmarks}) AND st.speaker_id IN ({marks})"
        " ORDER BY st.start",
        (*doc_ids, *ids),
    ):
        if r[0] not in exclude:
            by_doc[r[7]].append(_hit(r))
    return [(texts[d], by_doc[d]) for d in doc_ids if d in texts]


def _following_statements(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[int, str]]:
    marks = ",".join("?" * len(ids))
    out: dict[int, tuple[int, str]] = {}
    for first, then, text in conn.execute(  # (a document's statements are stored in the order of the text: ids follow)
        "SELECT a.id, b.id, b.text FROM statements a JOIN statements b ON b.id BETWEEN a.id + 1 AND a.id + 6"
        " AND b.doc_id = a.doc_id AND b.speaker_id = a.speaker_id AND b.start >= a.\"end\""
        f" AND b.start - a.\"end\" <= 120 WHERE a.id IN ({marks}) ORDER BY a.id, b.id",
        ids,
    ):
        out.setdefault(first, (then, text))
    return out


def _hits(conn: sqlite3.Connection, ids: list[int]) -> list[StatementHit]:
    """The statements of ``ids`` with speaker and source, in that order (missing ones left out)."""
    by_id = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        by_id.update(
            (r[0], r)
            for r in conn.execute(
                f"SELECT {_HIT_COLUMNS}, d.path {_HIT_FROM} WHERE st.id IN ({marks})", chunk
            )
        )
    return [_hit(by_id[i]) for i in ids if i in by_id]


def _texts(conn: sqlite3.Connection, ids: list[int], context: bool, title: bool = False) -> list[tuple[int, str, str]]:
    """(id, text, context or "") of the statements of ``ids`` (``title``: the document's title counts as context)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    if context and not title:
        return conn.execute(f"SELECT id, text, context FROM statements WHERE id IN ({marks})", ids).fetchall()
    if context or title:
        return conn.execute(
            f"SELECT st.id, st.text, {'st.context || char(10) || ' if context else ''}d.title FROM statements st"
            f" JOIN documents d ON d.id = st.doc_id WHERE st.id IN ({marks})",
            ids,
        ).fetchall()
    return conn.execute(f"SELECT id, text, '' FROM statements WHERE id IN ({marks})", ids).fetchall()


def _search(
    conn: sqlite3.Connection, stemmer: _Stemmer, q: _Query, limit: int, offset: int
) -> list[StatementHit]:
    """Store.search in the database thread (see its docstring)."""
    idf, best = _candidates(conn, stemmer, q, max(SEARCH_RESCORE, limit + offset))
    # score the candidates on their own words; read sources and speakers for the ones returned only
    scorer = _TermScorer(q.terms, idf, q.prefix_min)
    scored = sorted(
        (-round(scorer.score(text, context), 4), -sid)
        for sid, text, context in _texts(conn, best, "context" in q.columns, "title" in q.columns)
    )[offset : offset + limit]
    scores = {-sid: -neg for neg, sid in scored}
    hits = _hits(conn, list(scores))
    for hit in hits:
        hit.score = scores[hit.statement_id]
    return hits


def _quote_candidates(
    conn: sqlite3.Connection, stemmer: _Stemmer, terms: list[str], limit: int
) -> list[tuple[int, str]]:
    """Store.quote_candidates in the database thread."""
    _idf, best = _candidates(
        conn, stemmer, _Query(terms, mode="any+all", columns=("body",)), limit, QUOTE_PER_TERM
    )
    return [(sid, text) for sid, text, _ in _texts(conn, best, False)]


class Store:
    """The engine's database.  Open with ``await Store.open(path)``; one writer at a time."""

    def __init__(self, db: aiosqlite.Connection, path: str, clock: Callable[[], str]):
        self._db = db
        self.path = path
        self._clock = clock
        self._write_lock = asyncio.Lock()
        self._stemmer = _Stemmer()

    # ----------------------------------------------------------------- lifetime

    @classmethod
    async def open(cls, path: str | Path, *, clock: Callable[[], str] | None = None) -> Store:
        """Open (creating and migrating as needed).  StoreError when the file is not a usable db."""
        path = str(path)
        if path != ":memory:":
            p = Path(path)
            if p.is_dir():
                raise StoreError(f"cannot open database {path}: it is a folder")
            if not p.parent.exists():
                raise StoreError(f"cannot open database {path}: folder {p.parent} does not exist")
        try:
            db = await aiosqlite.connect(path, isolation_level=None)
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"cannot open database {path}: {e}") from None
        try:
            await db.execute("PRAGMA foreign_keys = ON")
            version = (await (await db.execute("PRAGMA user_version")).fetchone())[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"database {path} has schema version {version}, newer than this program ({SCHEMA_VERSION})"
                )
            if path != ":memory:":
                await db.execute("PRAGMA journal_mode = WAL")
                # checkpoint the write-ahead log every ~16 MB instead of every 4 MB: fewer stalls while a large
                # ingest writes; readers are not slowed by a log of that size
                await db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA busy_timeout = 5000")
            # 32 MB of page cache (default 2 MB): the b-tree interior pages of a large store stay
            # in memory, so reading 150 scattered statements costs ~1 ms instead of ~5
            await db.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            store = cls(db, path, clock or _now)
            await store._migrate(version)
            return store
        except StoreError:
            await db.close()
            raise
        except sqlite3.Error as e:
            await db.close()
            raise StoreError(f"cannot open database {path}: {e}") from None

    async def _migrate(self, version: int) -> None:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[number - 1]
            try:
                await self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            except sqlite3.Error:
                if self._db.in_transaction:
                    await self._db.execute("ROLLBACK")
                raise

    async def close(self) -> None:
        try:
            await self._db.close()
        finally:
            self._stemmer.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def schema_version(self) -> int:
        return (await self._one("PRAGMA user_version"))[0]

    # ----------------------------------------------------------------- helpers

    async def _call(self, fn: Callable[..., _T], *args) -> _T:
        """Run ``fn(conn, *args)`` in aiosqlite's connection thread with the plain sqlite3 connection.

        One hop between threads however many SQL statements ``fn`` runs (each ``await db.execute``
        is one, ~0.1 ms, far more than the SQL itself).  aiosqlite has no public API for this; its
        own methods (``create_function``, ``execute_fetchall``) use ``Connection._execute`` too.
        """
        return await self._db._execute(fn, self._db._conn, *args)

    async def _one(self, sql: str, params: Iterable = ()):
        async with self._db.execute(sql, tuple(params)) as cur:
            return await cur.fetchone()

    async def _all(self, sql: str, params: Iterable = ()) -> list:
        async with self._db.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    # ----------------------------------------------------------------- documents

    async def add_document(self, doc: Document, extraction: Extraction) -> AddResult:
        """Store a document with its statements in one transaction; a no-op when already stored."""
        (result,) = await self.add_documents([(doc, extraction)])
        if isinstance(result, StoreError):
            raise result
        return result

    async def add_documents(
        self, items: Iterable[tuple[Document, Extraction]]
    ) -> list[AddResult | StoreError]:
        """Store several documents in one transaction, in one call to the database thread.

        Each document is all or nothing: one the store refuses comes back as its StoreError in
        the list, in its place, and the others are kept.  A document already stored
        (or given twice) is a no-op.  Speakers are merged in the order given, as one by one.
        """
        work: list[tuple[str, Document, Extraction, str] | StoreError] = []
        for doc, extraction in items:
            try:
                work.append((_checked_id(doc, extraction), doc, extraction, self._clock()))
            except StoreError as e:
                work.append(e)
        if not work:
            return []
        async with self._write_lock:
            try:
                return await self._call(self._add_many, work)
            except sqlite3.Error as e:
                raise StoreError(f"could not store {len(work)} document(s): {e}") from None

    def _add_many(self, conn: sqlite3.Connection, work: list) -> list[AddResult | StoreError]:
        """In the database thread: every document of ``work`` in one transaction.

        No savepoint per document (FTS5 writes its pending index at every RELEASE, which would
        cost a segment per document): when the database refuses a document, the transaction is
        rolled back, that document is reported, and the others are written again without it.
        """
        results: list[AddResult | StoreError | None] = [
            w if isinstance(w, StoreError) else None for w in work
        ]
        pending = [i for i, w in enumerate(work) if not isinstance(w, StoreError)]
        while pending:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for n, i in enumerate(pending):
                    doc_id, doc, extraction, now = work[i]
                    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                        results[i] = AddResult(doc_id, False, 0, 0)
                        continue
                    try:
                        results[i] = self._write_document(conn, doc_id, doc, extraction, now)
                    except sqlite3.Error as e:
                        conn.execute("ROLLBACK")
                        name = doc.path or doc.title or doc_id[:12]
                        results[i] = StoreError(f"could not store {name}: {e}")
                        pending = pending[:n] + pending[n + 1 :]
                        break
                else:
                    conn.execute("COMMIT")
                    pending = []
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return results  # type: ignore[return-value]

    def _write_document(
        self, conn: sqlite3.Connection, doc_id: str, doc: Document, extraction: Extraction, now: str
    ) -> AddResult:
        """In the database thread, inside a transaction: the document, its speakers, statements, FTS rows."""
        conn.execute(
            "INSERT INTO documents(id, title, outlet, url, published_at, ingested_at, path, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, doc.title, doc.outlet, doc.url, doc.published_at, now, doc.path, doc.text),
        )
        # every speaker named by a statement, with the Speaker record when the extraction has one
        speakers: dict[str, Speaker] = {s.name: s for s in extraction.speakers}
        counts: Counter[str] = Counter()
        for st in extraction.statements:
            counts[st.speaker] += 1
            if st.speaker not in speakers:
                speakers[st.speaker] = Speaker(name=st.speaker, kind=st.speaker_kind)
        ids = {name: _merge_speaker(conn, sp, counts[name]) for name, sp in speakers.items() if counts[name]}
        names = dict(
            conn.execute(
                f"SELECT id, name FROM speakers WHERE id IN ({','.join('?' * len(ids))})", list(ids.values())
            ).fetchall()
        )
        # explicit ids (what SQLite would choose: the largest id + 1 on), so the FTS rows can follow
        (first,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM statements").fetchone()
        rows = [
            (
                first + i,
                doc_id,
                ids[st.speaker],
                st.kind,
                st.text,
                st.start,
                st.end,
                st.cue,
                st.context,
                st.mention,
            )
            for i, st in enumerate(extraction.statements)
        ]
        conn.executemany(
            'INSERT INTO statements(id, doc_id, speaker_id, kind, text, start, "end", cue, context, mention)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO statements_fts(rowid, body, context, speaker, sid, title) VALUES (?, ?, ?, ?, ?, ?)",
            [(r[0], r[4], r[8], names[r[2]], f"s{r[2]}", doc.title) for r in rows],
        )
        per_speaker: Counter[int] = Counter()
        for name, sid in ids.items():
            per_speaker[sid] += counts[name]
        conn.executemany(
            "UPDATE speakers SET statements = statements + ? WHERE id = ?",
            [(n, sid) for sid, n in per_speaker.items()],
        )
        return AddResult(doc_id, True, len(extraction.statements), len(per_speaker))

    async def remove_document(self, doc_id: str) -> bool:
        """Remove a document (full id or a unique prefix of at least 6 characters) and its statements."""
        key = (doc_id or "").strip().lower()
        if len(key) < 6 or not re.fullmatch(r"[0-9a-f]+", key):
            return False
        async with self._write_lock:
            rows = await self._all(
                "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", (key, key + "g")
            )
            if len(rows) != 1:
                return False
            full = rows[0][0]
            try:
                await self._db.execute("BEGIN IMMEDIATE")
                per_speaker = await self._all(
                    "SELECT speaker_id, count(*) FROM statements WHERE doc_id = ? GROUP BY speaker_id",
                    (full,),
                )
                await self._db.execute(
                    "DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE doc_id = ?)",
                    (full,),
                )
                await self._db.execute("DELETE FROM statements WHERE doc_id = ?", (full,))
                await self._db.execute("DELETE FROM documents WHERE id = ?", (full,))
                for sid, n in per_speaker:
                    await self._db.execute(
                        "UPDATE speakers SET statements = statements - ? WHERE id = ?", (n, sid)
                    )
                # speakers left with nothing said and no admin alias go too
                await self._db.execute(
                    "DELETE FROM speakers WHERE statements <= 0 AND id NOT IN"
                    " (SELECT speaker_id FROM speaker_aliases WHERE source = 'admin')"
                    " AND id NOT IN (SELECT speaker_id FROM statements)"
                )
                await self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    await self._db.execute("ROLLBACK")
                raise
            return True

    _DOC_COLUMNS = (
        "d.id, d.title, d.outlet, d.url, d.published_at, d.ingested_at,"
        " (SELECT count(*) FROM statements s WHERE s.doc_id = d.id), d.path"
    )

    async def get_document(self, doc_id: str) -> DocumentInfo | None:
        key = (doc_id or "").strip().lower()
        if not key:
            return None
        rows = await self._all(
            f"SELECT {self._DOC_COLUMNS} FROM documents d WHERE d.id >= ? AND d.id < ? LIMIT 2",
            (key, key + "\uffff"),
        )
        if len(rows) == 1 and (rows[0][0] == key or len(key) >= 6):
            return DocumentInfo(*rows[0])
        return None

    async def get_document_text(self, doc_id: str) -> str | None:
        row = await self._one("SELECT text FROM documents WHERE id = ?", (doc_id,))
        return row[0] if row else None

    async def list_documents(self, limit: int = 20, offset: int = 0) -> list[DocumentInfo]:
        rows = await self._all(
            f"SELECT {self._DOC_COLUMNS} FROM documents d ORDER BY d.ingested_at DESC, d.rowid DESC LIMIT ? OFFSET ?",
            (max(0, int(limit)), max(0, int(offset))),
        )
        return [DocumentInfo(*r) for r in rows]

    async def counts(self) -> dict:
        d = (await self._one("SELECT count(*) FROM documents"))[0]
        s = (await self._one("SELECT count(*) FROM statements"))[0]
        p = (await self._one("SELECT count(*) FROM speakers"))[0]
        return {"documents": d, "statements": s, "speakers": p}

    # ----------------------------------------------------------------- speakers
    # each lookup below is one function run in the database thread (see _call)

    async def get_speaker(self, speaker_id: int) -> SpeakerInfo | None:
        infos = await self._call(_speaker_infos, [int(speaker_id)])
        return infos[0] if infos else None

    async def list_speakers(self, limit: int | None = None) -> list[SpeakerInfo]:
        """Speakers, most statements first."""
        return await self._call(_list_speakers, None if limit is None else max(0, int(limit)))

    async def find_speakers(self, text: str, limit: int = 25) -> list[SpeakerInfo]:
        """Autocomplete: speakers whose name or alias (or surname) starts with ``text``, then near misses."""
        limit = max(1, min(int(limit), 100))
        key = normalise((text or "")[:100])
        if not key:
            return await self.list_speakers(limit)
        return await self._call(_find_speakers, key, limit)

    async def resolve_speaker(self, name: str) -> SpeakerMatch:
        """Who ``name`` means: alias (admin first), surname, title, then spelling; else suggestions."""
        key = normalise((name or "")[:200])
        if not key:
            return SpeakerMatch(None, [])
        return await self._call(_resolve_with_voices, name, key)

    async def add_alias(self, alias: str, speaker_id: int) -> None:
        """An admin alias: it wins over anything learnt from text."""
        key = normalise((alias or "")[:200])
        if not key:
            raise StoreError("an alias needs at least one letter or digit")
        async with self._write_lock:
            if not await self._one("SELECT 1 FROM speakers WHERE id = ?", (int(speaker_id),)):
                raise StoreError(f"no speaker with id {speaker_id}")
            try:
                await self._db.execute("BEGIN IMMEDIATE")
                await self._db.execute(
                    "DELETE FROM speaker_aliases WHERE alias = ? AND source = 'admin'", (key,)
                )
                await self._db.execute(
                    "INSERT INTO speaker_aliases(alias, speaker_id, source, kind, surface) VALUES (?, ?, 'admin', 'name', ?)"
                    " ON CONFLICT(alias, speaker_id) DO UPDATE SET source = 'admin', kind = 'name'",
                    (key, int(speaker_id), alias.strip()),
                )
                await self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    await self._db.execute("ROLLBACK")
                raise

    async def remove_alias(self, alias: str) -> bool:
        """Remove an admin alias (learnt ones come back from the text; they are not removed)."""
        key = normalise((alias or "")[:200])
        async with self._write_lock:
            cur = await self._db.execute(
                "DELETE FROM speaker_aliases WHERE alias = ? AND source = 'admin'", (key,)
            )
            return cur.rowcount > 0

    # ----------------------------------------------------------------- statements

    async def statements_by_speaker(
        self, speaker_id: int | Iterable[int], topic: str | None = None, limit: int = 10, offset: int = 0
    ) -> list[StatementHit]:
        """What one speaker (or the ids of one person, see SpeakerMatch.ids) said: newest (last ingested) first,
        or by relevance to ``topic`` (any of its words)."""
        limit, offset = max(0, int(limit)), max(0, int(offset))
        match = fts_match(topic, "any") if topic else None
        if match is None:
            ids = _speaker_ids(speaker_id)
            if not ids:
                return []
            rows = await self._all(
                f"SELECT {_HIT_COLUMNS}, d.path {_HIT_FROM} WHERE st.speaker_id IN ({','.join('?' * len(ids))})"
                " ORDER BY st.id DESC LIMIT ? OFFSET ?",
                (*ids, limit, offset),
            )
            return [_hit(r) for r in rows]
        return await self.search(topic, speaker_id=speaker_id, limit=limit, offset=offset)

    async def search(
        self,
        text: str | Iterable[str],
        *,
        speaker_id: int | Iterable[int] | None = None,
        mode: str = "any",
        columns: Iterable[str] = ("body", "context", "title"),
        limit: int = 50,
        offset: int = 0,
        prefix_min: int = 0,
    ) -> list[StatementHit]:
        """Statements matching the words of ``text`` (made safe by fts_match), best first.

        Bounded BM25: FTS5's own bm25() reads the whole doclist of every term (40 ms and more for
        a common word in a million statements), so instead each term fetches at most
        ``SEARCH_PER_TERM`` matching rowids, newest first (FTS5 stops early), which also
        estimates how common the term is.  Candidates are scored by the idf of the terms they
        hold; the best ``SEARCH_RESCORE`` are read and scored BM25-style on their own words (text
        counts twice its context); sources and speakers are read for the ones returned only.
        Exact for terms with fewer matches than the cap; for common terms the most recent matches
        compete.  ``mode``: "any", "all", "phrase", or "any+all" (any word, plus the newest rows
        holding every word that is in the index).  With ``prefix_min``, words at least that long
        also match longer words ("Armenia" finds "Armenian"; see _Stemmer).  All of it is one
        call to the database thread.  ``score``: higher is better.
        """
        columns = tuple(columns)
        terms = list(
            dict.fromkeys(
                t.lower()
                for t in (
                    fts_terms(text) if isinstance(text, str) else [w for x in text for w in fts_terms(x)]
                )
            )
        )[:MAX_QUERY_TERMS]
        if not terms:
            return []
        q = _Query(terms, _speaker_ids(speaker_id), mode, columns, int(prefix_min))
        return await self._call(_search, self._stemmer, q, max(0, int(limit)), max(0, int(offset)))

    async def quote_candidates(
        self, words: Iterable[str], limit: int = SEARCH_RESCORE
    ) -> list[tuple[int, str]]:
        """(statement id, text) of up to ``limit`` statements likely to hold ``words``, unscored: the
        newest holding each word, and the newest holding every word that is in the index at all
        (a misspelt word is in none), the best by the idf of the words that found them (see search)."""
        terms = list(dict.fromkeys(t.lower() for x in words for t in fts_terms(x)))[:MAX_QUERY_TERMS]
        if not terms:
            return []
        return await self._call(_quote_candidates, self._stemmer, terms, max(1, int(limit)))

    async def following_statements(self, ids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """For each statement of ``ids``, the id and text of the same speaker's next statement when it follows within
        120 characters in the same document (a quote split by its attribution: '“These mats cost very little,” he
        said. “They are useless if nobody plugs them in.”'), by the first one's id."""
        ids = [int(i) for i in ids]
        if not ids:
            return {}
        return await self._call(_following_statements, ids)

    async def statements(self, ids: Iterable[int]) -> list[StatementHit]:
        """The statements of ``ids`` with speaker and source, in that order (unknown ids left out)."""
        return await self._call(_hits, [int(i) for i in ids])

    async def speaker_documents(
        self, speaker_id: int | Iterable[int], docs: int, exclude: Iterable[int] = ()
    ) -> list[tuple[str, list[StatementHit]]]:
        """The texts of the last ``docs`` documents the speaker is quoted in, each with the speaker's statements
        there (but those of ``exclude``), newest document first."""
        ids = _speaker_ids(speaker_id)
        if not ids or docs <= 0:
            return []
        return await self._call(_speaker_documents, ids, int(docs), set(exclude))

    async def statements_since(self, since_iso: str, limit: int | None = None) -> list[StatementHit]:
        """Statements of documents ingested at or after ``since_iso`` (for digests), oldest first."""
        sql = (
            f"SELECT {_HIT_COLUMNS}, d.path FROM documents d JOIN statements st ON st.doc_id = d.id"
            " JOIN speakers sp ON sp.id = st.speaker_id WHERE d.ingested_at >= ? ORDER BY d.ingested_at, st.id"
        )
        params: tuple = (since_iso or "",)
        if limit is not None:
            sql += " LIMIT ?"
            params += (max(0, int(limit)),)
        return [_hit(r) for r in await self._all(sql, params)]

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction under the store's writer lock, for modules that keep their own
        tables (``briefings/schedules.py``): ``async with store.transaction() as db: ...``.
        Commits when the block ends, rolls back when it raises."""
        async with self._write_lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")

    async def write(self, sql: str, params: Iterable = ()) -> int:
        """One write statement under the store's writer lock (atomic on its own, one round trip);
        returns the number of rows it changed.  For modules that keep their own tables."""
        async with self._write_lock:
            async with self._db.execute(sql, tuple(params)) as cur:
                return cur.rowcount

    async def fts_check(self) -> bool:
        """True when the FTS index holds exactly the statements (for tests and health checks)."""
        a = (await self._one("SELECT count(*) FROM statements"))[0]
        b = (await self._one("SELECT count(*) FROM statements_fts"))[0]
        c = (
            await self._one(
                "SELECT count(*) FROM statements st JOIN statements_fts f ON f.rowid = st.id"
                " WHERE f.body = st.text AND f.sid = 's' || st.speaker_id"
            )
        )[0]
        return a == b == c


__all__ = [
    "AddResult",
    "DocumentInfo",
    "SpeakerInfo",
    "SpeakerMatch",
    "StatementHit",
    "Store",
    "StoreError",
    "fts_match",
    "fts_terms",
]
