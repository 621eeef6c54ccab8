"""End to end: /feed, /watch, /unwatch and /source add url through the real bot and the fake Discord,
with feeds and pages served by the local feed server; polling driven by moving ``bot.clock``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefings.feeds import FeedOptions
from briefings.feedstore import FeedStore
from briefings.fetch import FetchPolicy
from tests.botfixtures import GUILD, running_bot
from tests.fakediscord import ADMIN_PERMS, MEMBER_PERMS
from tests.feedserver import STORIES, FeedServer, Item, article_html, rss, serve_story
from tests.test_bot_e2e import answer, assert_discord_rules, embed_of, is_ephemeral

BRIDGE, MEALS, HARBOUR, LIBRARY, TRAM = STORIES
LOOPBACK = {"fetch": FetchPolicy(allow=("127.0.0.0/8",), timeout=3)}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "briefings.db"


@pytest.fixture
async def server():
    async with FeedServer() as s:
        yield s


def feed_of(server: FeedServer, stories, path: str = "/feed.xml", **kw) -> str:
    items = [Item(s.title, serve_story(server, s), id=f"urn:valley:{s.slug}") for s in stories]
    return server.add(path, rss(items), "application/rss+xml", **kw)


def cog(run):
    return run.bot.get_cog("Feeds")


async def admin(run, name: str, options: dict | None = None, **kw) -> dict:
    inter = await run.fake.slash(name, options or {}, permissions=ADMIN_PERMS, **kw)
    return await answer(run.fake, inter, timeout=20)


async def refused(run, name: str, options: dict, permissions: int = ADMIN_PERMS) -> str:
    inter = await run.fake.slash(name, options, permissions=permissions)
    msg = await answer(run.fake, inter, timeout=20)
    first = run.fake.callbacks[inter.id][0]
    assert is_ephemeral(msg) or is_ephemeral(first.get("data") or {}), msg
    return msg.get("content") or ""


async def test_feed_add_list_remove(db: Path, server: FeedServer) -> None:
    url = feed_of(server, [BRIDGE, MEALS, HARBOUR])
    async with running_bot(db, settings_extra=LOOPBACK) as run:
        fake = run.fake
        option, resolved = fake.channel_option()
        channel = fake.channels[GUILD]

        text = await refused(run, "feed add", {"url": url}, permissions=MEMBER_PERMS)
        assert "Manage Server" in text
        assert await FeedStore(run.bot.store).list_feeds() == []

        msg = await admin(run, "feed add", {"url": url, "channel": option, "minutes": 30}, resolved=resolved)
        assert is_ephemeral(msg)
        assert "Following **Valley Courier**" in msg["content"] and "every 30 min" in msg["content"]
        assert "3 new articles" in msg["content"] and f"<#{channel}>" in msg["content"]
        assert (await run.bot.store.counts())["documents"] == 3
        assert fake.channel_messages(channel) == []  # what the feed held before is not announced

        for options, needle in (
            ({"url": "ftp://valley.example/feed"}, "only http and https"),
            ({"url": "http://10.1.2.3/feed.xml"}, "private, loopback or reserved"),
            (
                {"url": server.add("/home.html", "<html><body><p>Our home page</p></body></html>")},
                "not an RSS",
            ),
            ({"url": server.url("/nothing.xml")}, "HTTP 404"),
        ):
            text = await refused(run, "feed add", options)
            assert needle in text, (options, text)
        assert len(await FeedStore(run.bot.store).list_feeds(GUILD)) == 1  # the failures were not added

        msg = await admin(run, "feed list")
        line = embed_of(msg)["description"]
        assert "`#1` [Valley Courier]" in line and "✅ ok" in line and "3 articles" in line
        assert f"alerts in <#{channel}>" in line and "every 30 min" in line

        inter = await fake.autocomplete("feed remove", {"feed": "vall"}, "feed", permissions=ADMIN_PERMS)
        choices = (await fake.wait_response(inter))["data"]["choices"]
        assert choices == [{"name": "#1 Valley Courier", "value": "1"}]

        text = await refused(run, "feed remove", {"feed": "99"})
        assert "no feed" in text
        msg = await admin(run, "feed remove", {"feed": "1"})
        assert (
            "Stopped following **Valley Courier**" in msg["content"] and "3 articles stay" in msg["content"]
        )
        msg = await admin(run, "feed list")
        assert "No feeds yet" in msg["content"]
        assert (await run.bot.store.counts())["documents"] == 3
        assert_discord_rules(fake)
        assert run.bot.scheduler.get_job("feeds:sweep") is not None


async def test_watch_alerts_once_per_article_and_channel(db: Path, server: FeedServer) -> None:
    url = feed_of(server, [BRIDGE], etag='"1"')
    async with running_bot(db, settings_extra=LOOPBACK) as run:
        fake, clock = run.fake, Clock()
        run.bot.clock = clock
        channel = fake.channels[GUILD]
        option, resolved = fake.channel_option()
        await admin(run, "feed add", {"url": url, "channel": option}, resolved=resolved)

        text = await refused(run, "watch", {"speaker": "Calloway"}, permissions=MEMBER_PERMS)
        assert "Manage Server" in text
        inter = await fake.autocomplete("watch", {"speaker": "callo"}, "speaker", permissions=ADMIN_PERMS)
        assert "Edith Calloway" in [c["value"] for c in (await fake.wait_response(inter))["data"]["choices"]]
        msg = await admin(run, "watch", {"speaker": "Calloway"})
        assert "Watching **Edith Calloway**" in msg["content"] and f"<#{channel}>" in msg["content"]
        msg = await admin(run, "watch")
        assert "Edith Calloway" in msg["content"]
        assert "Nobody Known" in await refused(run, "watch", {"speaker": "Nobody Known"})

        # two new articles: the harbour story quotes Calloway, the library story does not
        feed_of(server, [BRIDGE, HARBOUR, LIBRARY], etag='"2"')
        assert await cog(run).poll_due() == []  # not due yet
        clock.now += timedelta(minutes=15)
        results = await cog(run).poll_due()
        assert [len(r.articles) for r in results] == [2]
        posts = fake.channel_messages(channel)
        assert len(posts) == 1, posts
        embed = posts[0]["embeds"][0]
        assert HARBOUR.title in embed["title"] and embed["url"].endswith(f"/news/{HARBOUR.slug}.html")
        assert "Edith Calloway" in embed["description"] and "sea wall" in embed["description"]
        assert posts[0]["allowed_mentions"] == {"parse": []}

        # polled again, and the same article reached through a second feed: no second alert
        second = feed_of(server, [HARBOUR], path="/other.xml")
        await admin(run, "feed add", {"url": second, "channel": option}, resolved=resolved)
        clock.now += timedelta(minutes=15)
        await cog(run).poll_due()
        assert len(fake.channel_messages(channel)) == 1

        # unwatched: a new article quoting Calloway is ingested silently
        inter = await fake.autocomplete("unwatch", {"speaker": "edi"}, "speaker", permissions=ADMIN_PERMS)
        assert [c["value"] for c in (await fake.wait_response(inter))["data"]["choices"]] == [
            "Edith Calloway"
        ]
        msg = await admin(run, "unwatch", {"speaker": "Edith Calloway"})
        assert "Stopped watching **Edith Calloway**" in msg["content"]
        assert "not watched" in await refused(run, "unwatch", {"speaker": "Edith Calloway"})
        story = type(BRIDGE)(
            "sea-wall", "Sea wall repairs begin", HARBOUR.paragraphs[1:3] + ["Work starts in May."]
        )
        feed_of(server, [BRIDGE, HARBOUR, LIBRARY, story], etag='"3"')
        clock.now += timedelta(minutes=15)
        await cog(run).sweep.fire()  # what the scheduler's sweep job calls: a pass in the background
        await cog(run).sweep.pass_task
        assert story.title in {d.title for d in await run.bot.store.list_documents()}
        assert len(fake.channel_messages(channel)) == 1
        assert_discord_rules(fake)


async def test_disabled_feed_says_so_in_its_channel(db: Path, server: FeedServer) -> None:
    url = feed_of(server, [TRAM])
    extra = LOOPBACK | {"feeds": FeedOptions(max_failures=3)}
    async with running_bot(db, settings_extra=extra) as run:
        fake, clock = run.fake, Clock()
        run.bot.clock = clock
        here = fake.channels[GUILD]
        await admin(run, "feed add", {"url": url})  # no alert channel: notices go where it was added
        server.add("/feed.xml", "down for maintenance", status=503)
        feeds = FeedStore(run.bot.store)
        for n in range(1, 4):
            feed = (await feeds.list_feeds(GUILD))[0]
            clock.now = datetime.fromisoformat(feed.next_poll_at)
            (result,) = await cog(run).poll_due()
            assert result.status == "failed" and result.failures == n
            if n < 3:
                assert fake.channel_messages(here) == []
                msg = await admin(run, "feed list")
                assert (
                    f"failing since <t:{int(datetime(2024, 3, 5, 12, 15, tzinfo=UTC).timestamp())}:R>"
                    in (embed_of(msg)["description"])
                )
        (notice,) = fake.channel_messages(here)
        assert "is disabled" in notice["content"] and "3 polls" in notice["content"]
        assert "HTTP 503" in notice["content"] and url in notice["content"]
        assert notice["allowed_mentions"] == {"parse": []}
        clock.now += timedelta(days=2)
        assert await cog(run).poll_due() == []  # disabled: not polled, nothing more said
        msg = await admin(run, "feed list")
        assert "⛔ disabled after 3 failures" in embed_of(msg)["description"]

        server.add("/feed.xml", rss([Item(TRAM.title, server.url(f"/news/{TRAM.slug}.html"), id="t")]))
        msg = await admin(run, "feed add", {"url": url})
        assert "Re-enabled **Valley Courier**" in msg["content"]
        assert (await feeds.list_feeds(GUILD))[0].status == "ok"
        assert_discord_rules(fake)


async def test_source_add_url_and_html_file(db: Path, server: FeedServer) -> None:
    page = serve_story(server, LIBRARY)
    async with running_bot(db, settings_extra=LOOPBACK) as run:
        fake = run.fake
        msg = await admin(run, "source add", {"url": page})
        assert "Added **Central library to open on Sundays**" in msg["content"]
        msg = await admin(run, "source add", {"url": page})
        assert "Already in the archive" in msg["content"]
        doc = (await run.bot.store.list_documents())[0]
        assert doc.outlet == "Valley Courier" and doc.url == page
        assert (await FeedStore(run.bot.store).page(doc.id))["author"] == "Sam Okafor"

        for url, needle in (
            ("http://192.168.0.10/story.html", "private, loopback or reserved"),
            (server.add("/thin.html", "<html><body><nav>Home</nav></body></html>"), "no article text"),
            (server.url("/gone.html"), "HTTP 404"),
        ):
            text = await refused(run, "source add", {"url": url})
            assert needle in text, (url, text)

        att = fake.add_attachment("tram.html", article_html(TRAM).encode(), "text/html")
        option, resolved = fake.attachment_option(att)
        msg = await admin(run, "source add", {"file": option}, resolved=resolved)
        assert f"Added **{TRAM.title}**" in msg["content"]
        assert (await run.bot.store.counts())["documents"] == 2
        # pasted text with a url is unchanged: the url is the article's link, nothing is fetched
        before = len(server.requests)
        msg = await admin(
            run, "source add", {"text": "Short note\nThe mayor said the fair would return.", "url": page}
        )
        assert "Added" in msg["content"] and len(server.requests) == before
        assert_discord_rules(fake)


async def test_loopback_feed_refused_without_allow_list(db: Path, server: FeedServer) -> None:
    url = feed_of(server, [BRIDGE])
    async with running_bot(db) as run:
        text = await refused(run, "feed add", {"url": url})
        assert "loopback" in text
        text = await refused(run, "source add", {"url": server.url(f"/news/{BRIDGE.slug}.html")})
        assert "loopback" in text
    assert server.requests == []


def test_alert_embed_and_feed_line_fit_and_escape() -> None:
    from types import SimpleNamespace

    from briefings.feedstore import Feed, WatchedStatement
    from cogs import rendering
    from cogs.feeds import alert_embed, feed_line

    doc = SimpleNamespace(
        title="*Bold* claim " + "x" * 400,
        url="https://valley.example/a",
        outlet="Valley Courier",
        published_at="2024-03-05",
    )
    statements = [
        WatchedStatement(i, f"Speaker_{i} " + "n" * 200, "direct", "@everyone **" + "w " * 900)
        for i in range(6)
    ]
    embed = alert_embed(doc, statements, "Valley Courier")
    assert rendering.message_kwargs_fit(None, [embed])
    assert len(embed.title) <= 256 and embed.url == "https://valley.example/a"
    assert embed.description.count("**Speaker") == 3  # at most three statements quoted
    assert "\\*\\*" in embed.description  # markdown in quoted words is escaped
    assert "6 statements" in embed.description and "and 2 more quoted" in embed.description
    feed = Feed(
        1,
        5,
        "https://valley.example/feed.xml",
        "Valley [Courier]",
        9,
        None,
        900,
        "",
        "",
        "failing",
        2,
        "2024-03-05T12:00:00+00:00",
        "HTTP 500 *boom*",
        3,
        "2024-03-05T12:30:00+00:00",
        "",
        "",
        "",
        4,
    )
    line = feed_line(feed)
    assert "⚠️ failing since <t:1709640000:R> (2 failures): HTTP 500 \\*boom\\*" in line
    assert "[Valley \\[Courier\\]](https://valley.example/feed.xml)" in line and "alerts in <#9>" in line
