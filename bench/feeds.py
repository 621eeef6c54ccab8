"""Feed polling benchmark: many feeds with new entries from a local server, concurrency limits on.

    python bench/feeds.py                 # 500 feeds x 20 new entries, then 3 repeat polls
    python bench/feeds.py --quick         # 100 feeds x 20 entries, 3 repeat polls
    python bench/feeds.py --feeds N --entries N --rounds N

A server process (this file with --serve) on 127.0.0.1 serves N feeds spread over 50 host names
(outlet00.test .. outlet49.test, resolved to 127.0.0.1 by the benchmark's own resolver, so the
per-host limit applies as it would to 50 outlets) and one generated article page per entry
(~2.5 KB of news prose with quotes, navigation and footer around it).

Round 1: every feed is polled (FeedPoller.poll_many over all of them, the default FeedOptions and
FetchPolicy: 8 feeds at once, 4 articles per feed at once, at most 2 requests per host, 16 in
all) and all its entries are new: fetched, extracted (trafilatura), attributed and stored.
Rounds 2..: half the feeds gain one new entry (new ETag), the other half answer 304; every feed is
polled again.  Printed: entries ingested per second and total time per round, and this process's
RSS after each round (VmRSS after a garbage collection) — flat across repeated polls means no
growth from round 2 on.  Writes bench/out/feeds.json.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(REPO))

HOSTS = 50
FIRST = [
    "Anna",
    "Bruno",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Keiko",
    "Luis",
]
LAST = ["Aldana", "Brenner", "Castell", "Dorsey", "Eklund", "Farrow", "Galvez", "Hollis", "Ivanova", "Jansen"]
ROLES = [
    "Finance Minister",
    "Mayor",
    "union leader",
    "council spokesperson",
    "Transport Secretary",
    "economist",
]
TOPICS = [
    "the port expansion",
    "rail fares",
    "the water tariff",
    "school funding",
    "the new bridge",
    "energy prices",
]
VERBS = ["said", "told reporters", "warned", "added", "said on Tuesday"]


# --------------------------------------------------------------------------- the server (a separate process)


def article(feed: int, entry: int) -> tuple[str, str]:
    """(title, HTML page) of one generated article; the text is unique to (feed, entry)."""
    rnd = random.Random(feed * 100_003 + entry)
    topic = rnd.choice(TOPICS)
    people = [(f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", rnd.choice(ROLES)) for _ in range(3)]
    title = f"Talks on {topic} continue in district {feed} (report {entry})"
    paras = [
        f"Officials from district {feed} met on Monday for the {entry + 1}th round of talks on {topic},"
        f" which has divided the council for months."
    ]
    for name, role in people:
        surname = name.split()[1]
        paras.append(
            f'"We cannot keep postponing a decision on {topic} while costs rise every quarter," {role} {name}'
            f" {rnd.choice(VERBS)}."
        )
        paras.append(
            f"{surname} said the plan presented in report {entry} would need the support of at least"
            f" {rnd.randint(3, 9)} of the district's {rnd.randint(10, 15)} councillors."
        )
        paras.append(
            f'"The numbers in this plan do not add up, and residents of district {feed} deserve better,"'
            f" {surname} added, pointing to a shortfall of {rnd.randint(2, 90)} million."
        )
    paras.append(f"A vote on {topic} is expected before the end of the month, the council's office said.")
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (
        f"<html><head><title>{title} | District Herald {feed % HOSTS}</title>"
        f'<meta property="og:site_name" content="District Herald {feed % HOSTS}">'
        f'<meta name="author" content="Staff reporter"><meta property="article:published_time"'
        f' content="2024-03-{entry % 28 + 1:02d}T08:00:00Z"></head><body><nav><a href="/">Home</a> |'
        f' <a href="/news">News</a> | <a href="/sport">Sport</a></nav><article><h1>{title}</h1>{body}</article>'
        "<footer>Copyright District Herald. All rights reserved.</footer></body></html>"
    )
    return title, page


def feed_xml(feed: int, count: int, host: str, port: int) -> str:
    items = []
    for entry in reversed(range(count)):  # newest first, as feeds are
        title, _ = article(feed, entry)
        link = f"http://{host}:{port}/a/{feed}/{entry}.html"
        items.append(
            f"<item><title>{title}</title><link>{link}</link><guid>urn:bench:{feed}:{entry}</guid>"
            f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Report {entry} from district"
            f" {feed}.</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>District Herald {feed}</title>'
        f"<link>http://{host}/</link><description>Local news</description>{''.join(items)}</channel></rss>"
    )


def serve(entries: int) -> None:
    from aiohttp import web

    extra: dict[int, int] = {}  # feed -> entries added after round 1

    async def feed(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        count = entries + extra.get(n, 0)
        etag = f'"{n}-{count}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        host, port = request.host.rsplit(":", 1)
        return web.Response(
            text=feed_xml(n, count, host, int(port)),
            content_type="application/rss+xml",
            headers={"ETag": etag},
        )

    async def page(request: web.Request) -> web.Response:
        _, html = article(int(request.match_info["n"]), int(request.match_info["e"]))
        return web.Response(text=html, content_type="text/html")

    async def grow(request: web.Request) -> web.Response:
        for n in (await request.json())["feeds"]:
            extra[n] = extra.get(n, 0) + 1
        return web.Response(text="ok")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/f/{n}.xml", feed)
        app.router.add_get("/a/{n}/{e}.html", page)
        app.router.add_post("/grow", grow)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        print(site._server.sockets[0].getsockname()[1], flush=True)  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


# --------------------------------------------------------------------------- the benchmark


def status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (VmRSS: now, VmHWM: its peak), in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


async def run(args) -> dict:
    import aiohttp
    from aiohttp.abc import AbstractResolver

    from briefings.feeds import FeedOptions, FeedPoller
    from briefings.feedstore import FeedStore
    from briefings.fetch import Fetcher, FetchPolicy
    from briefings.store import Store

    class Outlets(AbstractResolver):
        async def resolve(self, host, port=0, family=socket.AF_INET):
            return [
                {
                    "hostname": host,
                    "host": "127.0.0.1",
                    "port": port,
                    "family": socket.AF_INET,
                    "proto": 0,
                    "flags": 0,
                }
            ]

        async def close(self):
            return None

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--entries", str(args.entries)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        port = int(server.stdout.readline())  # type: ignore[union-attr]
        OUT.mkdir(exist_ok=True)
        db = OUT / "feeds.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        store = await Store.open(db)
        policy = FetchPolicy(allow=("127.0.0.0/8",))
        options = FeedOptions()
        feeds = FeedStore(store)
        now = datetime.now(UTC)
        ids = []
        for n in range(args.feeds):
            host = f"outlet{n % HOSTS:02d}.test"
            feed, _ = await feeds.add_feed(f"http://{host}:{port}/f/{n}.xml", now=now)
            ids.append(feed.id)
        rounds = []
        async with Fetcher(policy, resolver=Outlets()) as fetcher:
            poller = FeedPoller(store, fetcher, options=options)
            async with aiohttp.ClientSession() as control:
                for number in range(1, args.rounds + 2):
                    if number > 1:
                        grown = list(range(0, args.feeds, 2))
                        async with control.post(f"http://127.0.0.1:{port}/grow", json={"feeds": grown}) as r:
                            r.raise_for_status()
                    started = time.perf_counter()
                    results = await poller.poll_many(ids)
                    elapsed = time.perf_counter() - started
                    ingested = sum(r.added for r in results)
                    failed = sum(1 for r in results if r.status == "failed")
                    entry_errors = sum(len(r.entry_errors) for r in results)
                    not_modified = sum(1 for r in results if r.status == "not_modified")
                    del results
                    gc.collect()
                    row = {
                        "round": number,
                        "seconds": round(elapsed, 2),
                        "documents_added": ingested,
                        "entries_per_s": round(ingested / elapsed, 1) if elapsed else 0.0,
                        "feeds_per_s": round(len(ids) / elapsed, 1) if elapsed else 0.0,
                        "failed_feeds": failed,
                        "not_modified_feeds": not_modified,
                        "entry_errors": entry_errors,
                        "rss_mb": round(status_mb("VmRSS"), 1),
                    }
                    rounds.append(row)
                    print(
                        f"round {number}: {len(ids)} feeds polled in {row['seconds']:.1f} s,"
                        f" {ingested} articles ingested ({row['entries_per_s']:.1f}/s),"
                        f" {not_modified} not modified, {failed} failed, {entry_errors} entry errors;"
                        f" RSS {row['rss_mb']:.1f} MB",
                        flush=True,
                    )
        totals = await store.counts()
        await store.close()
    finally:
        server.terminate()
        server.wait(10)
    later = [r["rss_mb"] for r in rounds[1:]]
    return {
        "feeds": args.feeds,
        "entries_per_feed": args.entries,
        "hosts": HOSTS,
        "limits": {
            "per_host": policy.per_host,
            "total_requests": policy.total,
            "feeds_at_once": options.feed_concurrency,
            "articles_per_feed_at_once": options.entry_concurrency,
        },
        "rounds": rounds,
        "documents": totals["documents"],
        "statements": totals["statements"],
        "rss_growth_after_round_2_mb": round(max(later) - later[0], 1) if len(later) > 1 else 0.0,
        "peak_rss_mb": round(status_mb("VmHWM"), 1),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--feeds", type=int, default=500)
    p.add_argument("--entries", type=int, default=20)
    p.add_argument("--rounds", type=int, default=3, help="repeat polls after the first (default 3)")
    p.add_argument("--quick", action="store_true", help="100 feeds")
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        serve(args.entries)
        return
    if args.quick:
        args.feeds = min(args.feeds, 100)
    res = asyncio.run(run(args))
    first = res["rounds"][0]
    print()
    print(
        f"feeds: {res['feeds']} over {res['hosts']} hosts, {res['entries_per_feed']} new entries each; limits {res['limits']}"
    )
    print(
        f"first poll: {first['documents_added']} entries ingested in {first['seconds']:.1f} s"
        f" = {first['entries_per_s']:.1f} entries/s ({res['statements']} statements in the store)"
    )
    print(
        "RSS after each round (MB): "
        + ", ".join(f"{r['rss_mb']:.1f}" for r in res["rounds"])
        + f"; growth from round 2 on: {res['rss_growth_after_round_2_mb']:+.1f} MB; peak {res['peak_rss_mb']:.1f} MB"
    )
    (OUT / "feeds.json").write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
