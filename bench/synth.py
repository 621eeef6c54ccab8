"""A synthetic statement store of any size, for the query benchmark (see bench/README.md).

How it is made (deterministic for a given size and seed):
- ~2,000 speakers (``n_speakers``): 90% people with generated but name-like first names and
  surnames (syllable-built surnames; surnames drawn from a smaller pool, so some people share a
  surname as in real news), 10% organisations ("Ministry of ...", "... Council").  Each has the
  aliases real ingestion learns: the full name, the surname, and for ~40% a title ("Foreign
  Minister") stored as a title alias.  How much each speaker says is Zipf-like (a few speak a lot).
- statements of 12-40 words drawn from a vocabulary with Zipf word frequencies (1/rank): the
  words of the reference corpus (read from disk at run time, ranked by frequency) padded with
  generated words to ~20,000, plus one to three topic words of the document's topics.
- ~20 statements per document over ``n_statements / 20`` documents (50,000 for 1,000,000), each a
  real article text in which every statement is at its offsets (``"...," Name said.`` or
  ``Name said ...`` after a narration sentence, which with it forms the statement's context).
- the schema is the store's own: ``Store.open`` creates and migrates the file; the bulk rows go
  in through the store's connection with ``executemany``, one transaction per batch of documents,
  statements and ``statements_fts`` rows in the same transaction; a sample of documents is then
  added through the public ``Store.add_document`` (its time is reported) and the counts checked.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefings.models import Document, Extraction, Speaker, Statement
from briefings.speakers import normalise, surname_key
from briefings.store import Store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

TOPICS = """ceasefire sanctions election inflation pipeline refugees harbour corridor tariffs vaccine
border referendum budget pension strike drought wildfire earthquake flooding grain fertiliser
currency embargo treaty summit peacekeepers militia insurgency blockade reactor uranium missile
drone airspace convoy hostages prisoners amnesty corruption indictment impeachment coalition
parliament constitution judiciary protest curfew censorship journalists broadband satellite
shipping tanker refinery gasoline electricity blackout hydropower subsidies mortgage unemployment
wages minimum housing tuition hospitals nurses pandemic quarantine migration asylum deportation
visa tourism fisheries whaling forestry mining lithium copper semiconductors cybersecurity
ransomware espionage diplomats ambassador consulate extradition smuggling trafficking narcotics
cartel policing firearms veterans conscription mobilisation armistice reconstruction donors
humanitarian famine cholera sanitation desalination irrigation dam river glacier emissions
carbon climate biodiversity pollution recycling plastics automakers railway airport highway
bridge tunnel port logistics exports imports deficit bonds lending interest bailout austerity
privatisation monopoly antitrust merger pensions welfare childcare abortion euthanasia
immigration integration minorities autonomy secession annexation occupation enclave
demilitarisation inspection monitors observers mandate resolution veto""".split()

_FIRST = """Anna Boris Carla Dmitri Elena Farid Greta Hassan Irina Jonas Karim Lena Marco Nadia Oleg
Paula Rashid Sofia Tomas Ulla Viktor Wanda Yusuf Zara Ahmed Beatriz Chen Dalia Emeka Fatima Goran
Hana Ivan Jelena Kofi Leila Mateo Nora Omar Petra Quentin Rosa Samir Tanja Uma Vera Walter Ximena
Yara Zoltan Adrian Bianca Cyril Dorota Erik Farah Gustav Hiro Ines Jakub Katya Luis Mira Nikolai
Olga Pavel Rania Stefan Tariq Ursula Vadim Wen Yasmin Zeynep Aleksandr Brigitte Carlos Daria
Esther Felix Gabriela Henrik Ilona Jamal Kasia Lukas Marta Nikos Orsolya Pedro Raisa Sergei
Teodora Valentin Wiktor Yelena Stanislav Mikhail Armen Ruben Tigran Narine Ashot Lilit""".split()
_SYL_A = "ka ma to be ri sa lo vi de na go pe ha mu zo fe ta no si ra ba le mi do ku".split()
_SYL_B = "ren lov sky dze yan ski ner mann ssen oglu ez ich ova enko ani etti escu idis aro berg".split()
_ORG_A = "Ministry of Defence|Ministry of Finance|Foreign Ministry|Interior Ministry|Central Bank|Supreme Court|Election Commission|Health Ministry|Energy Agency|Security Council".split(
    "|"
)
_ORG_B = "Northern Southern Eastern Western Coastal Federal Regional National Upper Lower".split()
_TITLES = """Foreign Minister|Prime Minister|President|Defence Minister|Finance Minister|Secretary General
|Spokesperson|Ambassador|Governor|Mayor|Chief of Staff|Interior Minister|Senator|Central Bank Governor
|Opposition Leader|Health Minister|Energy Minister|Special Envoy|Party Chair|Deputy Prime Minister""".replace(
    "\n", ""
).split("|")


def _corpus_files() -> list[Path]:
    files: list[Path] = []
    for d in (SHARED / "eval" / "polnear-dev" / "corpus", SHARED / "corpus" / "seeds"):
        if d.is_dir():
            files += sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md"))
    return files or sorted(p for p in (REPO / "examples").iterdir() if p.suffix in (".txt", ".md"))


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Words ranked by frequency in the reference corpus, padded with generated words."""
    counts: Counter[str] = Counter()
    for p in _corpus_files():
        counts.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}", p.read_text("utf-8", "replace")))
    words = [w for w, _ in counts.most_common()]
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(_SYL_A) for _ in range(rng.randint(1, 3))) + rng.choice(_SYL_B)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words[:size]


def make_speakers(rng: random.Random, n: int) -> list[Speaker]:
    surnames: list[str] = []
    seen: set[str] = set()
    while len(surnames) < int(n * 0.75):
        s = ("".join(rng.choice(_SYL_A) for _ in range(rng.randint(1, 2))) + rng.choice(_SYL_B)).capitalize()
        if s not in seen:
            seen.add(s)
            surnames.append(s)
    out: list[Speaker] = []
    names: set[str] = set()
    while len(out) < n:
        if rng.random() < 0.1:
            name = (
                f"{rng.choice(_ORG_B)} {rng.choice(_ORG_A)}"
                if rng.random() < 0.7
                else (
                    f"{rng.choice(surnames)} {rng.choice(['Council', 'Institute', 'Alliance', 'Party', 'Group'])}"
                )
            )
            if name in names:
                continue
            names.add(name)
            out.append(Speaker(name=name, kind="organisation", aliases=[name]))
            continue
        name = f"{rng.choice(_FIRST)} {rng.choice(surnames)}"
        if name in names:
            continue
        names.add(name)
        titles = [rng.choice(_TITLES)] if rng.random() < 0.4 else []
        out.append(Speaker(name=name, kind="person", titles=titles, aliases=[name, name.split()[-1]]))
    return out


class _Writer:
    """Generates documents and their statements; ``doc()`` returns one document's rows."""

    def __init__(self, rng: random.Random, speakers: list[Speaker], vocab: list[str]):
        self.rng = rng
        self.speakers = speakers
        self.vocab = vocab
        self.cum_words = _cumulative([1.0 / (r + 1) for r in range(len(vocab))])
        self.cum_speakers = _cumulative([1.0 / (r + 1) ** 0.9 for r in range(len(speakers))])
        self.epoch = datetime(2023, 1, 1, tzinfo=UTC)

    def words(self, k: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum_words, k=k)

    def sentence(self, k: int, topics: list[str]) -> str:
        ws = self.words(k)
        for _ in range(self.rng.randint(1, 3)):
            ws[self.rng.randrange(len(ws))] = self.rng.choice(topics)
        return " ".join(ws)

    def doc(self, n_statements: int) -> tuple[Document, Extraction, str]:
        rng = self.rng
        topics = rng.sample(TOPICS, 2)
        cast = [
            self.speakers[i]
            for i in {
                rng.choices(range(len(self.speakers)), cum_weights=self.cum_speakers)[0]
                for _ in range(rng.randint(2, 6))
            }
        ]
        title = f"{' '.join(self.words(4)).capitalize()} {topics[0]}"
        parts = [title, "\n\n"]
        pos = len(title) + 2
        statements: list[Statement] = []
        for _ in range(n_statements):
            sp = rng.choice(cast)
            narration = self.sentence(rng.randint(8, 20), topics).capitalize() + ". "
            body = self.sentence(rng.randint(12, 40), topics)
            kind = rng.choices(("direct", "indirect", "partial"), (0.55, 0.35, 0.10))[0]
            if kind == "indirect":
                lead, text, tail = f"{sp.name} said ", body, ".\n\n"
            else:
                text = body.capitalize() + "."
                lead, tail = '"', f'" {sp.name} said.\n\n'
            start = pos + len(narration) + len(lead)
            end = start + len(text)
            context = narration + lead + text + tail.strip()
            statements.append(Statement(sp.name, kind, text, start, end, "said", context, sp.kind, sp.name))
            chunk = narration + lead + text + tail
            parts.append(chunk)
            pos += len(chunk)
        published = (self.epoch + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))).isoformat(
            timespec="seconds"
        )
        doc = Document(
            text="".join(parts),
            title=title,
            outlet=rng.choice(["Wire", "Herald", "Gazette", "Courier", "Tribune"]),
            url=f"https://news.example/{rng.getrandbits(48):x}",
            published_at=published,
            path="",
        )
        return (
            doc,
            Extraction(statements, [s for s in cast if any(st.speaker == s.name for st in statements)]),
            published,
        )


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


async def build(
    path: Path,
    n_statements: int,
    *,
    n_speakers: int = 2000,
    seed: int = 7,
    per_doc: int = 20,
    batch_docs: int = 1000,
    sample_docs: int = 20,
    log=print,
) -> dict:
    """Create the store at ``path`` (which must not exist).  Returns figures about the build."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    speakers = make_speakers(rng, n_speakers)
    writer = _Writer(rng, speakers, vocab)
    store = await Store.open(path)
    db = store._db  # the store's own connection: bulk rows in its schema, one transaction per batch
    await db.execute("PRAGMA synchronous = OFF")
    await db.execute("PRAGMA cache_size = -200000")

    # speakers and their aliases, as ingestion would learn them
    now = "2025-01-01T00:00:00+00:00"
    speaker_rows, alias_rows = [], []
    for i, sp in enumerate(speakers, 1):
        speaker_rows.append(
            (i, sp.name, sp.kind, json.dumps(sp.titles), surname_key(sp.name) if sp.kind == "person" else "")
        )
        for surface in dict.fromkeys(sp.aliases):
            alias_rows.append((normalise(surface), i, "name", surface, 1))
        for t in sp.titles:
            alias_rows.append((normalise(t), i, "title", t, 0))
    ids = {sp.name: i for i, sp in enumerate(speakers, 1)}
    await db.execute("BEGIN IMMEDIATE")
    await db.executemany(
        "INSERT INTO speakers(id, name, kind, titles, surname) VALUES (?, ?, ?, ?, ?)", speaker_rows
    )
    await db.executemany(
        "INSERT INTO speaker_aliases(alias, speaker_id, source, kind, surface, mentions)"
        " VALUES (?, ?, 'learnt', ?, ?, ?) ON CONFLICT(alias, speaker_id) DO NOTHING",
        alias_rows,
    )
    await db.execute("COMMIT")

    n_docs = max(1, round(n_statements / per_doc))
    made = 0
    next_id = 1
    counts: Counter[int] = Counter()
    for b0 in range(0, n_docs, batch_docs):
        docs, sts, fts = [], [], []
        for d in range(b0, min(n_docs, b0 + batch_docs)):
            k = (
                (n_statements - made)
                if d == n_docs - 1
                else max(1, min(n_statements - made, rng.randint(per_doc // 2, per_doc * 3 // 2)))
            )
            if k <= 0:
                break
            doc, ext, published = writer.doc(k)
            doc_id = hashlib.sha256(f"{seed}/{d}".encode()).hexdigest()
            docs.append(
                (doc_id, doc.title, doc.outlet, doc.url, published, now, f"synthetic/{d}.txt", doc.text)
            )
            for st in ext.statements:
                sid = ids[st.speaker]
                counts[sid] += 1
                sts.append(
                    (next_id, doc_id, sid, st.kind, st.text, st.start, st.end, st.cue, st.context, st.mention)
                )
                fts.append((next_id, st.text, st.context, st.speaker, f"s{sid}"))
                next_id += 1
            made += len(ext.statements)
        await db.execute("BEGIN IMMEDIATE")
        await db.executemany(
            "INSERT INTO documents(id, title, outlet, url, published_at, ingested_at, path, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            docs,
        )
        await db.executemany(
            'INSERT INTO statements(id, doc_id, speaker_id, kind, text, start, "end", cue, context, mention)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sts,
        )
        await db.executemany(
            "INSERT INTO statements_fts(rowid, body, context, speaker, sid) VALUES (?, ?, ?, ?, ?)", fts
        )
        await db.execute("COMMIT")
        if log and (b0 // batch_docs) % 10 == 9:
            log(f"  synth: {made:,} statements, {time.perf_counter() - t0:.0f} s")
        if made >= n_statements:
            break
    await db.execute("BEGIN IMMEDIATE")
    await db.executemany(
        "UPDATE speakers SET statements = ? WHERE id = ?", [(n, sid) for sid, n in counts.items()]
    )
    await db.executemany(
        "UPDATE speaker_aliases SET mentions = ? WHERE speaker_id = ? AND kind = 'name' AND surface = ?",
        [(counts[ids[sp.name]], ids[sp.name], sp.name) for sp in speakers],
    )
    await db.execute("COMMIT")
    bulk_s = time.perf_counter() - t0

    # a sample through the public API: the same schema, learning and FTS bookkeeping
    await db.execute("PRAGMA synchronous = NORMAL")
    api_ms = []
    for _ in range(sample_docs):
        doc, ext, _pub = writer.doc(per_doc)
        t1 = time.perf_counter()
        await store.add_document(doc, ext)
        api_ms.append((time.perf_counter() - t1) * 1000)
    api_ms.sort()
    c = await store.counts()
    fts_rows = (await store._one("SELECT count(*) FROM statements_fts"))[0]
    if fts_rows != c["statements"]:
        raise RuntimeError(f"FTS out of step: {fts_rows} rows for {c['statements']} statements")
    await db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await store.close()
    return {
        "statements": c["statements"],
        "documents": c["documents"],
        "speakers": c["speakers"],
        "vocabulary": len(vocab),
        "build_s": round(time.perf_counter() - t0, 1),
        "bulk_s": round(bulk_s, 1),
        # the median, and the slowest (the first commit after the bulk load merges its FTS5 segments)
        "add_document_ms_on_big_store": round(api_ms[len(api_ms) // 2], 1) if api_ms else 0.0,
        "add_document_max_ms_on_big_store": round(api_ms[-1], 1) if api_ms else 0.0,
        "db_mb": round(Path(path).stat().st_size / 1e6, 1),
    }
