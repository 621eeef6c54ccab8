"""Helpers for the engine tests: hand-built documents and extractions (no extraction rules involved)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefings.documents import parse_document
from briefings.models import Document, Extraction, Speaker, Statement
from briefings.store import MIGRATIONS, Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path("/work/shared/corpus/seeds")


# the inputs issue 2 names as hostile to SQL and FTS MATCH: every layer must take them calmly
HOSTILE_INPUTS = ['"', "*", "AND", "NEAR(", "speaker:", ")", "x" * 10_000]


def make_doc(text: str, path: str = "doc.txt") -> Document:
    return parse_document(text, path)


def make_extraction(text: str, specs, speakers=()) -> Extraction:
    """specs: (speaker, fragment of text, kind[, cue]) -> Statements with real offsets."""
    statements = []
    for spec in specs:
        speaker, fragment, kind = spec[:3]
        cue = spec[3] if len(spec) > 3 else "said"
        start = text.index(fragment)
        sentence_start = text.rfind("\n", 0, start) + 1
        sentence_end = text.find("\n", start)
        context = text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
        statements.append(
            Statement(speaker, kind, fragment, start, start + len(fragment), cue, context=context)
        )
    return Extraction(statements=statements, speakers=list(speakers))


async def add_texts(store, texts, prefix: str = "d") -> None:
    """Store each (text, specs, speakers) of ``texts`` as its own document, ``{prefix}{i}.txt``."""
    for i, (text, specs, speakers) in enumerate(texts):
        await store.add_document(make_doc(text, f"{prefix}{i}.txt"), make_extraction(text, specs, speakers))


ZAS_TEXT = (
    "Security chief visits Yerevan\n\n"
    '"A mission will be sent to the border to study the situation," Stantilav Zas said on Tuesday.\n'
    "Putin urged restraint and said the ceasefire agreement must be strictly observed.\n"
    "Zas said the consequences of such steps could be a regional war.\n"
)
ZAS_TEXT_2 = (
    "CSTO will not leave Armenia, says Zas\n\n"
    '"The CSTO is not going to leave Armenia," Stanislav Zas, the Secretary General, said.\n'
    '"Not now, not tomorrow, not ever," said Anatoly Sidorov, answering a question about peacekeepers.\n'
    "Grigoryan said the CSTO response could not satisfy Yerevan.\n"
)


async def add_zas_documents(store: Store):
    """Two documents: Zas spelt two ways, Putin, Sidorov and Grigoryan."""
    e1 = make_extraction(
        ZAS_TEXT,
        [
            ("Stantilav Zas", "A mission will be sent to the border to study the situation", "direct"),
            ("Vladimir Putin", "the ceasefire agreement must be strictly observed", "indirect"),
            ("Stantilav Zas", "the consequences of such steps could be a regional war", "indirect"),
        ],
        [
            Speaker("Stantilav Zas", titles=["Secretary General"], aliases=["Zas", "Stantilav Zas"]),
            Speaker("Vladimir Putin", aliases=["Putin"], titles=["President"]),
        ],
    )
    r1 = await store.add_document(make_doc(ZAS_TEXT, "one.txt"), e1)
    e2 = make_extraction(
        ZAS_TEXT_2,
        [
            ("Stanislav Zas", "The CSTO is not going to leave Armenia", "direct"),
            ("Anatoly Sidorov", "Not now, not tomorrow, not ever", "direct"),
            ("Armen Grigoryan", "the CSTO response could not satisfy Yerevan", "indirect"),
        ],
        [
            Speaker("Stanislav Zas", titles=["Secretary General"], aliases=["Zas"]),
            Speaker("Anatoly Sidorov", aliases=["Sidorov"]),
            Speaker("Armen Grigoryan", aliases=["Grigoryan"]),
        ],
    )
    r2 = await store.add_document(make_doc(ZAS_TEXT_2, "two.txt"), e2)
    return r1, r2


def old_store(path: Path, version: int) -> sqlite3.Connection:
    """A store file as an earlier program left it: the first ``version`` migrations only (the caller adds rows,
    commits and closes)."""
    db = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:version], 1):
        db.executescript(script)
        db.execute(f"PRAGMA user_version = {number}")
    return db
