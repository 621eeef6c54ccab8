"""Digest benchmark: composing a digest over 10,000 new statements, and 1,000 schedules firing in
the same minute through the real bot and the fake Discord.

    .venv/bin/python bench/digests.py                 # 10,000 new statements, 1,000 schedules
    .venv/bin/python bench/digests.py --new 2000 --schedules 200   # quicker

1. Composition: a store with ``--old`` earlier statements and ``--new`` statements since the last
   digest (synthetic documents of 50 statements; a third of the new statements are also reported
   by a second or third article, lightly edited, so near-duplicate grouping has work to do).
   ``compose`` is timed end to end (the SQL read of the window, new-speaker lookup, grouping,
   ranking), unfiltered, with a speaker filter and with a topic filter, plus rendering the result
   into the Discord embed.  Target: <= 200 ms for 10,000 statements.
2. Scheduling: ``--schedules`` channels in one guild of the fake Discord, one schedule each, all at
   09:00 UTC; the bot's clock is moved to 09:00:01 and the check a cron firing runs
   (``cog.run_due()``) is awaited.  Reported: the time until every digest is posted, and that each
   channel got exactly one message (then a second pass, which must post nothing).  The fake answers
   at once and has no rate limits: real Discord allows about 50 requests/s per bot, so 1,000 posts
   take at least 20 s there.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO))

from bench.bot_latency import FILLER, VOCAB, speaker_names  # noqa: E402
from briefings import schedules as sch  # noqa: E402
from briefings.digests import Window, build_sections, compose, window_rows  # noqa: E402
from briefings.models import Document, Extraction, Speaker, Statement  # noqa: E402
from briefings.store import Store  # noqa: E402

GUILD = 111111111111111111


def sentence(rng: random.Random) -> str:
    words = [rng.choice(VOCAB) if rng.random() < 0.55 else rng.choice(FILLER) for _ in range(rng.randint(12, 40))]
    return " ".join(words).capitalize()


def document(no: int, said: list[tuple[str, str]]) -> tuple[Document, Extraction]:
    parts = [f"Synthetic digest report {no}\n"]
    pos = len(parts[0])
    statements, speakers = [], {}
    for name, quote in said:
        text = f"\u201c{quote},\u201d {name} said. "
        statements.append(Statement(name, "direct", quote, pos + 1, pos + 1 + len(quote), "said", text.strip()))
        speakers.setdefault(name, Speaker(name, aliases=[name.split()[-1]]))
        parts.append(text)
        pos += len(text)
    doc = Document(text="".join(parts), title=f"Synthetic digest report {no}", outlet="Bench Wire", url=f"https://example.org/d/{no}")
    return doc, Extraction(statements, list(speakers.values()))


async def fill(store: Store, rng: random.Random, names: list[str], count: int, first_doc: int, echo: float) -> int:
    """``count`` statements in documents of 50; a share ``echo`` of them repeated (edited) later."""
    made, doc_no, echoes = 0, first_doc, []
    while made < count:
        said = []
        while len(said) < 50 and made < count:
            if echoes and rng.random() < echo:
                name, quote = echoes.pop(rng.randrange(len(echoes)))
                quote = quote.replace(" the ", " a ", 1) if rng.random() < 0.5 else quote
            else:
                name, quote = rng.choice(names), sentence(rng)
                if rng.random() < echo:
                    echoes.append((name, quote))
            said.append((name, quote))
            made += 1
        await store.add_document(*document(doc_no, said))
        doc_no += 1
    return doc_no


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def bench_compose(args: argparse.Namespace, folder: Path) -> dict:
    from cogs.digest_rendering import render_digest

    cached = OUT / f"digests-{args.old}-{args.new}-{args.seed}.db"
    names = speaker_names(600)
    OUT.mkdir(exist_ok=True)
    if not cached.exists():
        building = cached.with_suffix(".building")
        building.unlink(missing_ok=True)
        store = await Store.open(building)
        rng = random.Random(args.seed)
        t0 = time.perf_counter()
        doc_no = await fill(store, rng, names[:400], args.old, 0, 0.0)
        await fill(store, rng, names, args.new, doc_no, 0.33)
        await store.close()
        building.rename(cached)
        print(f"store: built in {time.perf_counter() - t0:.1f}s, kept as {cached}")
    store = await Store.open(cached)
    upto = await sch.max_statement_id(store)
    after = upto - args.new
    print(f"store: {after:,} earlier + {upto - after:,} new statements ({cached.name})")
    window = Window(after_id=after, upto_id=upto)
    results = {}
    for label, kwargs in (
        ("everyone", {}),
        ("one speaker", {"speakers": [names[0]]}),
        ("topic 'harbour transport'", {"topic": "harbour transport"}),
    ):
        times, digest = [], None
        for _ in range(args.repeat):
            t = time.perf_counter()
            digest = await compose(store, window, **kwargs)
            times.append(time.perf_counter() - t)
        results[label] = times
        print(
            f"compose ({label}): min {ms(min(times))}, median {ms(statistics.median(times))}, max {ms(max(times))}"
            f" — {digest.statements:,} statements -> {digest.items:,} items by {digest.speakers} speakers"
            f" ({digest.statements - digest.items:,} near-duplicates folded), {digest.documents} articles"
        )
    rows = await window_rows(store, window)
    t = time.perf_counter()
    build_sections(rows)
    print(f"  of which grouping and ranking (pure): {ms(time.perf_counter() - t)}; reading the window:", end=" ")
    t = time.perf_counter()
    await window_rows(store, window)
    print(ms(time.perf_counter() - t))
    digest = await compose(store, window)
    t = time.perf_counter()
    render_digest(digest)
    print(f"render into one embed: {ms(time.perf_counter() - t)}")
    await store.close()
    best = statistics.median(results["everyone"])
    print(f"composition target <= 200 ms over {upto - after:,} statements: {'PASS' if best <= 0.2 else 'MISS'}")
    return results


async def bench_schedules(args: argparse.Namespace, folder: Path) -> None:
    import logging

    from tests.botfixtures import Clock, running_bot
    from tests.fakediscord import FakeDiscord

    logging.getLogger().setLevel(logging.WARNING)
    fake = FakeDiscord(guilds=[GUILD])
    await fake.start()
    channels = [fake.add_channel(GUILD, f"news-{i}") for i in range(args.schedules)]
    clock = Clock(datetime(2024, 3, 5, 7, 0, tzinfo=UTC))
    db = folder / "schedules.db"
    try:
        async with running_bot(db, fake=fake, clock=clock) as run:
            store = run.bot.store
            rng = random.Random(args.seed)
            await fill(store, rng, speaker_names(100), args.statements, 0, 0.2)
            for cid in channels:
                saved, _ = await sch.save_schedule(
                    store, guild_id=GUILD, channel_id=cid, time="09:00", timezone="UTC", now=clock()
                )
                run.bot.get_cog("Digests")._add_job(saved)
            print(f"{args.schedules:,} schedules at 09:00 UTC, {args.statements:,} new statements; jobs: {len(run.bot.scheduler.get_jobs())}")
            clock.now = datetime(2024, 3, 5, 9, 0, 1, tzinfo=UTC)
            cog = run.bot.get_cog("Digests")
            t = time.perf_counter()
            report = await cog.run_due()
            elapsed = time.perf_counter() - t
            posts = [r for r in fake.requests if r.method == "POST" and r.path.startswith("/channels/") and r.status == 200]
            per_channel = {cid: len(fake.channel_messages(cid)) for cid in channels}
            once = sum(1 for n in per_channel.values() if n == 1)
            print(
                f"first pass: {len(report.posted):,} posted in {elapsed:.2f}s ({len(report.posted) / elapsed:.0f} posts/s);"
                f" channels with exactly one message: {once:,}/{len(channels):,}; POSTs {len(posts):,}"
            )
            clock.now += timedelta(minutes=1)
            t = time.perf_counter()
            again = await cog.run_due()
            print(f"second pass a minute later: {len(again.posted)} posted in {ms(time.perf_counter() - t)}")
            with_runs = await store._one("SELECT count(*) FROM digest_runs WHERE status = 'posted'")
            ok = once == len(channels) and not again.posted and with_runs[0] == len(channels)
            print(f"every schedule posted exactly once: {'PASS' if ok else 'FAIL'}")
    finally:
        await fake.stop()


async def main_async(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-digests-") as tmp:
        folder = Path(tmp)
        if not args.skip_compose:
            await bench_compose(args, folder)
        if args.schedules:
            print()
            await bench_schedules(args, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--new", type=int, default=10_000, help="statements since the last digest (default 10,000)")
    parser.add_argument("--old", type=int, default=5_000, help="statements before it (default 5,000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed compositions of each kind")
    parser.add_argument("--schedules", type=int, default=1_000, help="schedules firing in the same minute")
    parser.add_argument("--statements", type=int, default=300, help="new statements for the schedules' digests")
    parser.add_argument("--skip-compose", action="store_true")
    parser.add_argument("--seed", type=int, default=42)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
