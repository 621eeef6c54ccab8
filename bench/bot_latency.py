"""Bot latency through the fake Discord on loopback.

Times INTERACTION_CREATE for /ask -> the bot's first response (the interaction callback POST), at 1
and at N concurrent interactions, and speaker autocomplete -> its callback. The bot runs as a real
``python -m bot`` process; the fake Discord runs in this process.

    python bench/bot_latency.py                          # smoke run: 20,000 synthetic statements
    python bench/bot_latency.py --statements 1000000 --db /tmp/bench-1m.db   # the issue's size (kept for reuse)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefings.models import Document, Extraction, Speaker, Statement  # noqa: E402
from briefings.store import Store  # noqa: E402
from tests.fakediscord import FakeDiscord  # noqa: E402

GUILD = 111111111111111111
FIRST = (
    "Anna Boris Clara Dmitri Elena Farid Greta Hugo Irina Jonas Karen Lars Mira Nikolai Olga Pavel".split()
)
LAST = [
    "Zas",
    "Petrov",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Schulz",
    "Haddad",
    "Novak",
    "Costa",
    "Ivanova",
    "Brandt",
    "Velasquez",
    "Kowalski",
    "Nakamura",
    "Dubois",
    "Rossi",
    "Jensen",
    "Silva",
    "Horvat",
]
VOCAB = (
    "mission border ceasefire security treaty talks sanctions agreement troops monitoring report leaders "
    "members proposal escalation situation region assistance decision meeting summit cooperation budget "
    "energy trade reform election parliament minister government statement response crisis support peace "
    "negotiations delegation visit partners obligations guarantees stability territory forces military "
    "economy growth inflation market workers ferry terminal harbour transport infrastructure project"
).split()
FILLER = "the of and to a in that is will we our this for with on are be it has not".split()


def speaker_names(n: int) -> list[str]:
    names = [f"{f} {ln}" for ln in LAST for f in FIRST]
    i = 0
    while len(names) < n:
        names.append(f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}{i}")
        i += 1
    return names[:n]


def synthetic_document(
    rng: random.Random, names: list[str], doc_no: int, per_doc: int
) -> tuple[Document, Extraction]:
    parts: list[str] = [f"Synthetic report {doc_no}\n"]
    statements, speakers = [], {}
    pos = len(parts[0])
    for _ in range(per_doc):
        name = rng.choice(names)
        words = [
            rng.choice(VOCAB) if rng.random() < 0.55 else rng.choice(FILLER)
            for _ in range(rng.randint(12, 40))
        ]
        quote = " ".join(words).capitalize()
        sentence = f"\u201c{quote},\u201d {name} said. "
        start = pos + 1
        statements.append(
            Statement(
                speaker=name,
                kind="direct",
                text=quote,
                start=start,
                end=start + len(quote),
                cue="said",
                context=sentence.strip(),
            )
        )
        speakers.setdefault(name, Speaker(name=name, kind="person", aliases=[name, name.split()[-1]]))
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts)
    doc = Document(
        text=text,
        title=f"Synthetic report {doc_no}",
        outlet="Bench Times",
        url=f"https://example.org/{doc_no}",
        published_at=f"2024-{1 + doc_no % 12:02d}-{1 + doc_no % 28:02d}",
    )
    return doc, Extraction(statements=statements, speakers=list(speakers.values()))


async def build_store(path: Path, statements: int, speakers: int, per_doc: int = 1000) -> int:
    store = await Store.open(path)
    try:
        have = (await store.counts())["statements"]
        if have >= statements:
            print(f"store: reusing {path} ({have:,} statements)")
            return have
        rng = random.Random(42)
        names = speaker_names(speakers)
        t0 = time.perf_counter()
        doc_no = (await store.counts())["documents"]
        while have < statements:
            doc, ext = synthetic_document(rng, names, doc_no, min(per_doc, statements - have))
            result = await store.add_document(doc, ext)
            have += result.statements
            doc_no += 1
            if doc_no % 50 == 0:
                print(f"  ... {have:,} statements ({time.perf_counter() - t0:.0f}s)", flush=True)
        print(f"store: built {have:,} statements in {time.perf_counter() - t0:.1f}s at {path}")
        return have
    finally:
        await store.close()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def summary(label: str, latencies: list[float], elapsed: float | None = None) -> str:
    ms = [v * 1000 for v in latencies]
    line = f"{label:<34} n={len(ms):<5} p50={pct(ms, 50):7.1f} ms  p99={pct(ms, 99):7.1f} ms  max={max(ms):7.1f} ms"
    if elapsed:
        line += f"  {len(ms) / elapsed:7.1f} interactions/s"
    return line


KINDS: dict[int, list[float]] = {}


async def first_response_latency(fake: FakeDiscord, inter) -> float:
    cb = await fake.wait_response(inter, timeout=30)
    rec = next(r for r in fake.requests if r.path.startswith(f"/interactions/{inter.id}/"))
    KINDS.setdefault(cb.get("type"), []).append(rec.at - inter.sent_at)
    return rec.at - inter.sent_at


def questions(rng: random.Random, names: list[str], n: int) -> list[str]:
    out = []
    for _ in range(n):
        name = rng.choice(names)
        who = name.split()[-1] if rng.random() < 0.5 else name
        out.append(f"what did {who} say about the {rng.choice(VOCAB)}?")
    return out


async def run(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bot-bench-"))
    db = Path(args.db).resolve() if args.db else tmp / "bench.db"  # the bot runs in tmp
    topics = list(VOCAB)
    if not db.exists() and args.statements >= 100_000 and (REPO / "bench" / "synth.py").exists():
        # the engine benchmark's bulk builder (same schema, executemany): minutes instead of an hour
        sys.path.insert(0, str(REPO / "bench"))
        import synth

        await synth.build(db, args.statements)
    if (REPO / "bench" / "synth.py").exists() and args.statements >= 100_000:
        sys.path.insert(0, str(REPO / "bench"))
        import synth

        topics = synth.TOPICS.split() if isinstance(synth.TOPICS, str) else list(synth.TOPICS)
    total = await build_store(db, args.statements, args.speakers, args.per_doc)
    store = await Store.open(db)
    names = [s.name for s in await store.list_speakers(limit=args.speakers)]
    await store.close()
    VOCAB[:] = topics
    rng = random.Random(7)

    fake = FakeDiscord(guilds=[GUILD])
    await fake.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFINGS_"))}
    env.update(fake.env())
    env.update(
        {
            "BRIEFINGS_DB": str(db),
            "BRIEFINGS_GUILD_IDS": str(GUILD),
            "BRIEFINGS_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO),
        }
    )
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env, cwd=tmp)
    try:
        await fake.wait_ready(timeout=60)
        # warm-up (page cache, statement caches)
        for q in questions(rng, names, 20):
            await first_response_latency(fake, await fake.slash("ask", {"question": q}))
        print(
            f"\nbot latency through the fake Discord, store of {total:,} statements, {args.speakers} speakers"
        )

        single = []
        t0 = time.perf_counter()
        for q in questions(rng, names, args.requests):
            single.append(await first_response_latency(fake, await fake.slash("ask", {"question": q})))
        print(summary("/ask, 1 at a time", single, time.perf_counter() - t0))

        KINDS.clear()
        conc, t0 = [], time.perf_counter()
        for _ in range(max(1, args.requests // args.concurrency)):
            inters = [
                await fake.slash("ask", {"question": q}) for q in questions(rng, names, args.concurrency)
            ]
            conc += await asyncio.gather(*(first_response_latency(fake, i) for i in inters))
        print(summary(f"/ask, {args.concurrency} concurrent", conc, time.perf_counter() - t0))
        for kind, label in ((4, "answered at once"), (5, "deferred (thinking…)")):
            if KINDS.get(kind):
                print(summary(f"  of which {label}", KINDS[kind]))

        auto = []
        for _ in range(args.requests):
            typed = rng.choice(names)[: rng.randint(1, 6)]
            inter = await fake.autocomplete("quotes", {"speaker": typed}, "speaker")
            auto.append(await first_response_latency(fake, inter))
        print(summary("autocomplete (speaker)", auto))

        deferred = sum(
            1 for r in fake.requests if r.path.endswith("/callback") and (r.body or {}).get("type") == 5
        )
        print(f"first responses that were a defer (engine slow or busy): {deferred}")
    finally:
        if proc.returncode is None:
            proc.terminate()
        await proc.wait()
        await fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)  # the bot's working folder, and the store unless --db


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--statements", type=int, default=20_000, help="synthetic statements in the store")
    parser.add_argument("--speakers", type=int, default=500)
    parser.add_argument("--requests", type=int, default=200, help="interactions per measurement")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--per-doc", type=int, default=1000, help="statements per synthetic document")
    parser.add_argument("--db", help="keep/reuse the synthetic store at this path")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
