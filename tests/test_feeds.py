"""Feeds: parsing every format, polling into the store, deduplication, health, backoff, the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from briefings.cli import main
from briefings.feeds import FeedError, FeedOptions, FeedPoller, options_from_env, parse_feed
from briefings.feedstore import FeedStore
from briefings.fetch import Fetcher, FetchPolicy
from briefings.store import SCHEMA_VERSION, Store
from tests.feedserver import STORIES, FeedServer, Item, article_html, atom, rdf, rss, serve_story
from tests.storekit import old_store

ALLOW = FetchPolicy(allow=("127.0.0.0/8",), timeout=2)
T0 = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
SUMMARY = (
    "The harbour board met on Monday evening to discuss the winter timetable for the ferries, the repairs "
    "to the north pier and the budget for the coming year, and agreed to meet again in April."
)


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
async def server():
    async with FeedServer() as s:
        yield s


@pytest.fixture
async def env(store, server):
    """(store, server, poller, feeds, clock) with a fetcher that may reach 127.0.0.1."""
    clock = Clock()
    async with Fetcher(ALLOW) as fetcher:
        poller = FeedPoller(store, fetcher, clock=clock, options=FeedOptions(max_failures=4))
        yield store, server, poller, FeedStore(store), clock


def items_for(server: FeedServer, stories=STORIES) -> list[Item]:
    return [Item(s.title, serve_story(server, s), id=f"urn:valley:{s.slug}") for s in stories]


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("build", "version"),
    [
        (lambda items: rss(items), "rss20"),
        (lambda items: rss(items, version="0.91"), "rss091u"),
        (lambda items: rss(items, version="0.92"), "rss092"),
        (rdf, "rss10"),
        (atom, "atom10"),
    ],
)
def test_parse_every_format(build, version):
    items = [Item(s.title, f"http://valley.example/{s.slug}", id=f"urn:{s.slug}") for s in STORIES[:3]]
    parsed = parse_feed(build(items).encode(), "http://valley.example/feed.xml")
    assert parsed.version == version
    assert parsed.title.startswith("Valley Courier")
    assert [e.link for e in parsed.entries] == [it.link for it in items]
    assert [e.title for e in parsed.entries] == [it.title for it in items]
    assert all(
        e.published.startswith("2024-03-05") for e in parsed.entries if version not in ("rss091u", "rss092")
    )


def test_parse_resolves_relative_links_and_drops_unfetchable_ones():
    items = [
        Item("Relative", "/news/a.html", id="a"),
        Item("Script", "javascript:alert(1)", id="b", summary=SUMMARY),
    ]
    parsed = parse_feed(rss(items).encode(), "http://valley.example/feeds/main.xml")
    assert parsed.entries[0].link == "http://valley.example/news/a.html"
    assert parsed.entries[1].link == ""  # not fetched; the entry's own text may still be used
    assert len(parsed.entries[1].keys) == 2  # id and text


def test_parse_duplicates_within_a_feed_are_dropped():
    items = [
        Item("A", "http://x/a", id="1"),
        Item("A again", "http://x/a", id="2"),
        Item("B", "http://x/b", id="3"),
    ]
    assert [e.title for e in parse_feed(rss(items).encode()).entries] == ["A", "B"]


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off', "broken feed"),
        (b"<html><body><p>Welcome to our site</p></body></html>", "not an RSS or Atom feed (a web page)"),
        (b"\x00\x01\x02 binary {{{", "not an RSS or Atom feed"),
        (b"<?xml version='1.0'?><channel><item>unclosed", "broken feed"),
        (b'{"items": []}', "not an RSS or Atom feed"),
    ],
)
def test_parse_errors_are_one_clear_line(data, needle):
    with pytest.raises(FeedError, match=needle.replace("(", r"\(").replace(")", r"\)")) as e:
        parse_feed(data)
    assert "\n" not in str(e.value)


def test_slightly_broken_xml_is_still_read():
    text = rss([Item("Fish & chips", "http://x/a", id="1"), Item("B", "http://x/b", id="2")])
    parsed = parse_feed(text.replace("Fish &amp; chips", "Fish & chips").encode())
    assert [e.link for e in parsed.entries] == ["http://x/a", "http://x/b"]


def test_options_from_env():
    assert options_from_env({}).interval == 900
    opts = options_from_env({"BRIEFINGS_FEED_INTERVAL": "30", "BRIEFINGS_FEED_MAX_FAILURES": "3"})
    assert opts.interval == 1800 and opts.max_failures == 3
    for bad in (
        {"BRIEFINGS_FEED_INTERVAL": "1"},
        {"BRIEFINGS_FEED_INTERVAL": "soon"},
        {"BRIEFINGS_FEED_MAX_FAILURES": "0"},
    ):
        with pytest.raises(ValueError, match=next(iter(bad))):
            options_from_env(bad)


# --------------------------------------------------------------------------- polling


async def test_poll_ingests_each_entry_once_also_after_a_restart(server, tmp_path):
    clock = Clock()
    url = server.add("/feed.xml", rss(items_for(server, STORIES[:3])), "application/rss+xml", etag='"v1"')
    store = await Store.open(tmp_path / "feeds.db")
    try:
        async with Fetcher(ALLOW) as fetcher:
            poller, feeds = FeedPoller(store, fetcher, clock=clock), FeedStore(store)
            feed, created = await feeds.add_feed(url, now=clock())
            assert created
            first = await poller.poll(feed.id)
            assert first.status == "ok" and first.backlog and first.added == 3, first
            assert [a.title for a in first.articles] == [
                s.title for s in reversed(STORIES[:3])
            ]  # oldest first
            assert sum(a.statements for a in first.articles) >= 5
            docs = await store.list_documents()
            assert {d.outlet for d in docs} == {"Valley Courier"}
            assert all(d.url.startswith(server.url("/news/")) for d in docs)

            # unchanged: the server answers 304 to the conditional request
            again = await poller.poll(feed.id)
            assert again.status == "not_modified" and not again.articles
            assert server.hits("/feed.xml")[-1].if_none_match == '"v1"'

            # a new entry, a new ETag: only the new article is fetched
            server.add("/feed.xml", rss(items_for(server, STORIES[:4])), "application/rss+xml", etag='"v2"')
            third = await poller.poll(feed.id)
            assert [a.title for a in third.articles] == [STORIES[3].title] and third.skipped == 3
            assert not third.backlog
            assert len(server.hits(f"/news/{STORIES[0].slug}.html")) == 1
    finally:
        await store.close()

    # a restart: the same file opened again, the feed now served without validators
    server.add("/feed.xml", rss(items_for(server, STORIES[:4])), "application/rss+xml")
    store = await Store.open(tmp_path / "feeds.db")
    try:
        async with Fetcher(ALLOW) as fetcher:
            after = await FeedPoller(store, fetcher, clock=clock).poll(feed.id)
        assert after.status == "ok" and not after.articles and after.skipped == 4
        assert (await store.counts())["documents"] == 4
        assert len(server.hits(f"/news/{STORIES[0].slug}.html")) == 1
    finally:
        await store.close()


async def test_republished_entries_are_not_ingested_twice(env):
    store, server, poller, feeds, clock = env
    bridge = serve_story(server, STORIES[0])
    meals = server.add("/meals-page.html", article_html(STORIES[1]))
    copy = server.add("/copies/bridge.html", article_html(STORIES[0]))  # the same article elsewhere
    original = [
        Item("Bridge vote", bridge, id="urn:1", summary=SUMMARY),
        Item("Harbour board", meals, id="urn:2", summary=SUMMARY + " Extra."),
    ]
    url = server.add("/feed.xml", rss(original), "application/rss+xml")
    feed, _ = await feeds.add_feed(url, now=clock())
    assert (await poller.poll(feed.id)).added == 2
    fetched = len(server.requests)
    republished = [
        Item(
            "Bridge vote (updated)", bridge, id="urn:1-v2", summary="New words entirely."
        ),  # new id, same link
        Item(
            "Harbour board", server.url("/elsewhere.html"), id="urn:2-v2", summary=SUMMARY + " Extra."
        ),  # same text
        Item("Bridge vote mirrored", copy, id="urn:3"),  # new id and link, no summary, same article text
    ]
    server.add("/feed.xml", rss(republished), "application/rss+xml")
    result = await poller.poll(feed.id)
    assert result.skipped == 2, result
    assert len(result.articles) == 1 and not result.articles[0].added  # the store already had that text
    assert (await store.counts())["documents"] == 2
    assert not server.hits("/elsewhere.html")  # known by its text: not even fetched
    assert [r.path for r in server.requests[fetched:]] == ["/feed.xml", "/copies/bridge.html"]
    # the new id and link were remembered: the next poll finds everything seen before
    assert (await poller.poll(feed.id)).skipped == 3


async def test_a_bad_feed_never_stops_the_others(env):
    store, server, poller, feeds, clock = env
    good = server.add("/good.xml", rss(items_for(server, STORIES[:2])), "application/rss+xml")
    broken = server.add("/broken.xml", b'<?xml version="1.0"?><rss><channel><title>x', "application/rss+xml")
    html = server.add("/page.html", "<html><body><p>A home page, not a feed.</p></body></html>")
    server.redirect("/loop.xml", "/loop.xml")
    server.add("/huge.xml", size=6 * 2**20)
    server.add("/slow.xml", "<rss/>", delay=30)
    missing = server.url("/gone.xml")
    urls = [
        good,
        broken,
        html,
        server.url("/loop.xml"),
        server.url("/huge.xml"),
        server.url("/slow.xml"),
        missing,
    ]
    for u in urls:
        await feeds.add_feed(u, now=clock())
    results = {r.url: r for r in await poller.poll_due()}
    assert results[good].status == "ok" and results[good].added == 2
    expected = {
        broken: "broken feed",
        html: "not an RSS or Atom feed",
        server.url("/loop.xml"): "redirect loop",
        server.url("/huge.xml"): "too large",
        server.url("/slow.xml"): "timed out",
        missing: "HTTP 404",
    }
    for u, needle in expected.items():
        assert results[u].status == "failed" and needle in results[u].error, (u, results[u].error)
    listed = {f.url: f for f in await feeds.list_feeds()}
    assert listed[good].status == "ok" and listed[good].articles == 2
    assert listed[broken].status == "failing" and listed[broken].failing_since == "2024-03-05T12:00:00+00:00"


async def test_backoff_and_disable_after_repeated_failures(env):
    store, server, poller, feeds, clock = env
    url = server.add("/flaky.xml", "oops", status=500)
    feed, _ = await feeds.add_feed(url, now=clock(), interval=600)
    delays = []
    for n in range(1, 5):
        result = await poller.poll(feed.id)
        assert result.status == "failed" and result.failures == n and "HTTP 500" in result.error
        nxt = datetime.fromisoformat(result.next_poll_at)
        delays.append((nxt - clock()).total_seconds())
        assert [f.id for f in await feeds.due_feeds(clock())] == []  # not polled again before then
        clock.now = nxt
        assert result.disabled == (n == 4)
    assert delays[:3] == [1200, 2400, 4800]  # interval * 2**failures
    after = await feeds.get_feed(feed.id)
    assert after.status == "disabled" and after.failures == 4
    assert after.failing_since == "2024-03-05T12:00:00+00:00" and "HTTP 500" in after.last_error
    clock.advance(days=30)
    assert await feeds.due_feeds(clock()) == []  # a disabled feed is not polled

    # it works again: adding it again re-enables it with a clean record
    server.add("/flaky.xml", rss(items_for(server, STORIES[:1])), "application/rss+xml")
    again, created = await feeds.add_feed(url, now=clock(), interval=600)
    assert not created and again.status == "ok" and again.failures == 0
    result = await poller.poll(feed.id)
    assert result.status == "ok" and result.added == 1
    assert (await feeds.get_feed(feed.id)).failing_since == ""


async def test_retry_after_and_interval(env):
    store, server, poller, feeds, clock = env
    url = server.add("/busy.xml", "busy", status=503, headers={"Retry-After": "7200"})
    feed, _ = await feeds.add_feed(url, now=clock(), interval=300)
    result = await poller.poll(feed.id)
    assert datetime.fromisoformat(result.next_poll_at) - clock() == timedelta(hours=2)
    ok = server.add("/ok.xml", rss([]), "application/rss+xml")
    feed2, _ = await feeds.add_feed(ok, now=clock(), interval=300)
    assert (await poller.poll(feed2.id)).status == "ok"
    clock.advance(seconds=299)
    assert [f.id for f in await feeds.due_feeds(clock())] == []
    clock.advance(seconds=1)
    assert [f.id for f in await feeds.due_feeds(clock())] == [feed2.id]


async def test_article_errors_are_the_entries_and_are_retried(env):
    store, server, poller, feeds, clock = env
    good = serve_story(server, STORIES[0])
    long_text = " ".join([SUMMARY] * 3)
    items = [
        Item("Good", good, id="1"),
        Item("Missing page", server.url("/news/missing.html"), id="2"),
        Item(
            "Missing page, full text in the feed",
            server.url("/news/also-missing.html"),
            id="3",
            summary=long_text,
        ),
    ]
    url = server.add("/feed.xml", rss(items), "application/rss+xml", etag='"e1"')
    feed, _ = await feeds.add_feed(url, now=clock())
    first = await poller.poll(feed.id)
    assert first.status == "ok" and first.added == 2  # the good page and the feed's own copy
    assert [why for _, why in first.entry_errors] == [
        f"HTTP 404 Not Found from {server.url('/news/missing.html')}"
    ]
    assert (await feeds.get_feed(feed.id)).status == "ok"  # an article's error is not the feed's
    # with an entry to retry, the next poll asks for the whole feed (no If-None-Match) and retries it
    second = await poller.poll(feed.id)
    assert server.hits("/feed.xml")[-1].if_none_match == ""
    assert len(second.entry_errors) == 1 and second.skipped == 2
    server.add("/news/missing.html", article_html(STORIES[1]))  # the page is there now
    third = await poller.poll(feed.id)
    assert third.added == 1 and not third.entry_errors
    fourth = await poller.poll(feed.id)
    assert fourth.status == "not_modified"  # nothing left to retry: validators are used again


async def test_entries_given_up_after_three_attempts(env):
    store, server, poller, feeds, clock = env
    url = server.add(
        "/feed.xml", rss([Item("Never there", server.url("/nope.html"), id="x")]), "application/rss+xml"
    )
    feed, _ = await feeds.add_feed(url, now=clock())
    for _ in range(3):
        assert len((await poller.poll(feed.id)).entry_errors) == 1
    assert (await poller.poll(feed.id)).skipped == 1
    assert len(server.hits("/nope.html")) == 3


async def test_same_article_in_two_feeds_is_fetched_once(env):
    store, server, poller, feeds, clock = env
    items = items_for(server, STORIES[:2])
    a = server.add("/a.xml", rss(items), "application/rss+xml")
    b = server.add("/b.xml", atom(items), "application/atom+xml")
    fa, _ = await feeds.add_feed(a, now=clock(), guild_id=1)
    fb, _ = await feeds.add_feed(b, now=clock(), guild_id=2)
    ra = await poller.poll(fa.id)
    rb = await poller.poll(fb.id)
    assert ra.added == 2 and len(rb.articles) == 2 and rb.added == 0
    assert {x.doc_id for x in ra.articles} == {x.doc_id for x in rb.articles}
    assert all(len(server.hits(f"/news/{s.slug}.html")) == 1 for s in STORIES[:2])


async def test_removing_a_document_keeps_its_entries_seen(env):
    store, server, poller, feeds, clock = env
    url = server.add("/feed.xml", rss(items_for(server, STORIES[:1])), "application/rss+xml")
    feed, _ = await feeds.add_feed(url, now=clock())
    doc_id = (await poller.poll(feed.id)).articles[0].doc_id
    assert await store.remove_document(doc_id)
    assert (await poller.poll(feed.id)).skipped == 1
    assert (await store.counts())["documents"] == 0


async def test_watches_and_alert_claims(env):
    store, server, poller, feeds, clock = env
    url = server.add("/feed.xml", rss(items_for(server, STORIES[:3])), "application/rss+xml")
    feed, _ = await feeds.add_feed(url, now=clock(), guild_id=7, channel_id=70)
    result = await poller.poll(feed.id)
    calloway = (await store.resolve_speaker("Edith Calloway")).speaker
    assert await feeds.add_watch(7, calloway.id, now=clock())
    assert not await feeds.add_watch(7, calloway.id, now=clock())
    assert await feeds.watches(7) == [(calloway.id, "Edith Calloway")] and await feeds.watches(8) == []
    quoting = [a for a in result.articles if await feeds.watched_statements(7, a.doc_id)]
    assert {a.title for a in quoting} == {STORIES[0].title, STORIES[2].title}  # bridge and harbour
    st = await feeds.watched_statements(7, quoting[0].doc_id)
    assert {s.speaker for s in st} == {"Edith Calloway"}
    assert await feeds.claim_alert(quoting[0].doc_id, 70, now=clock(), feed_id=feed.id)
    assert not await feeds.claim_alert(quoting[0].doc_id, 70, now=clock(), feed_id=feed.id)
    assert await feeds.claim_alert(quoting[0].doc_id, 71, now=clock())  # another channel
    assert await feeds.remove_watch(7, calloway.id) and not await feeds.remove_watch(7, calloway.id)


async def test_migration_to_feeds_keeps_data(tmp_path):
    path = tmp_path / "v3.db"
    db = old_store(path, 3)
    db.execute(
        "INSERT INTO documents(id, title, ingested_at, text) VALUES ('abc123', 'Old', '2024-01-01', 'x')"
    )
    db.commit()
    db.close()
    store = await Store.open(path)
    try:
        assert await store.schema_version() == SCHEMA_VERSION
        assert (await store.get_document("abc123")).title == "Old"
        assert await FeedStore(store).list_feeds() == []
    finally:
        await store.close()


# --------------------------------------------------------------------------- the command line


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_feed_add_list_poll_remove(tmp_path, capsys, monkeypatch):
    db = tmp_path / "cli.db"
    monkeypatch.setenv("BRIEFINGS_FETCH_ALLOW", "127.0.0.1")
    server = FeedServer()
    with server.in_thread():
        feed_url = server.add(
            "/feed.xml", rss(items_for(server, STORIES[:2])), "application/rss+xml", etag='"1"'
        )
        broken = server.add("/broken.xml", b"<rss><channel><title>x", "application/rss+xml")

        code, out, err = run(capsys, "--db", db, "feed", "add", feed_url, "--every", "30")
        assert code == 0, err
        assert "Following feed #1" in out and "every 30 min" in out and "2 new articles (2 added" in out

        code, out, err = run(capsys, "--db", db, "feed", "add", broken)
        assert code == 1 and "broken feed" in out and "not added" in err

        code, out, err = run(capsys, "--db", db, "feed", "poll")
        assert code == 0 and "not modified" in out

        server.add("/feed.xml", rss(items_for(server, STORIES[:3])), "application/rss+xml", etag='"2"')
        code, out, err = run(capsys, "--db", db, "feed", "poll", "1")
        assert code == 0 and "1 new article (1 added" in out and "2 seen before" in out

        code, out, err = run(capsys, "--db", db, "feed", "list", "--json")
        listed = json.loads(out)
        assert [(f["id"], f["status"], f["articles"], f["interval_minutes"]) for f in listed] == [
            (1, "ok", 3, 30)
        ]
        code, out, err = run(capsys, "--db", db, "feed", "list")
        assert "#1 Valley Courier" in out and "3 articles" in out and "ok" in out

        code, out, err = run(capsys, "--db", db, "ask", "what did Calloway say about the bridge?")
        assert code == 0 and "connect the two halves" in out

    for argv, needle in (
        (("feed", "add", "ftp://x/feed"), "only http and https"),
        (("feed", "add", "http://10.0.0.1/feed.xml"), "private, loopback"),
        (("feed", "add", feed_url, "--every", "1"), "--every"),
        (("feed", "remove", "42"), "no feed"),
        (("feed", "poll", "nope"), "no feed"),
    ):
        code, out, err = run(capsys, "--db", db, *argv)
        assert code == 2 and needle in err and "Traceback" not in err, (argv, err)

    code, out, err = run(capsys, "--db", db, "feed", "remove", feed_url)
    assert code == 0 and "Stopped following feed #1" in out
    code, out, err = run(capsys, "--db", db, "feed", "list")
    assert "No feeds yet" in out
    code, out, err = run(capsys, "--db", db, "speakers")
    assert "Edith Calloway" in out  # the articles stay
