"""/feed add|list|remove (Manage Server), /watch and /unwatch: sources that feed themselves.

Polling: APScheduler only wakes the bot up (one sweep job every ``SWEEP_SECONDS``); each pass asks
the database which feeds are due by ``bot.clock()`` (per-feed interval, backoff after failures) and
polls them through :class:`briefings.feeds.FeedPoller`.  Tests move the clock and call
``await cog.poll_due()`` — what a sweep does — instead of sleeping.

After a pass: a feed that has just been disabled says so in its channel (the alert channel, else
the channel it was added from); an article new to a feed with an alert channel, quoting speakers
the guild watches, gets one short alert there (at most one per article and channel, claimed in the
database before posting).  A feed's first poll ingests what it already held without alerts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import NO_MENTIONS, UserFacingError, defer, reply, run_engine
from bot.scheduling import Sweep
from briefings.feeds import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, Article, FeedPoller, PollResult
from briefings.feedstore import Feed, FeedStore, WatchedStatement
from briefings.fetch import Fetcher, FetchError, check_url
from cogs.choices import resolve_speaker, speaker_autocomplete
from cogs.paging import send_pages
from cogs.permissions import require_manage_server
from cogs.rendering import (
    CHOICES_MAX,
    DESCRIPTION_MAX,
    KIND_LABEL,
    escape,
    fit_embed,
    format_date,
    new_embed,
    plural,
    safe_url,
    truncate,
)

log = logging.getLogger(__name__)

SWEEP_SECONDS = 60
SWEEP_JOB = "feeds:sweep"
PER_PAGE = 8
ALERT_STATEMENTS = 3  # statements quoted in one alert


# --------------------------------------------------------------------------- rendering


def _when(stamp: str) -> str:
    """A stored UTC time as Discord shows it in the reader's own time zone."""
    if not stamp:
        return "never"
    try:
        return f"<t:{int(datetime.fromisoformat(stamp).timestamp())}:R>"
    except ValueError:
        return stamp[:16]


def health_text(feed: Feed) -> str:
    if feed.status == "ok":
        return "✅ ok" if feed.last_ok_at else "⏳ not polled yet"
    error = escape(truncate(feed.last_error, 200))
    if feed.status == "disabled":
        return f"⛔ disabled after {plural(feed.failures, 'failure')} (failing since {_when(feed.failing_since)}): {error}"
    return f"⚠️ failing since {_when(feed.failing_since)} ({plural(feed.failures, 'failure')}): {error}"


def feed_line(feed: Feed) -> str:
    name = escape(truncate(feed.title or feed.url, 100))
    url = safe_url(feed.url)
    head = f"`#{feed.id}` [{name}]({url})" if url else f"`#{feed.id}` **{name}**"
    bits = [f"every {feed.interval // 60} min", plural(feed.articles, "article")]
    if feed.channel_id:
        bits.append(f"alerts in <#{feed.channel_id}>")
    bits.append(f"last polled {_when(feed.last_polled_at)}")
    return f"{head}\n{health_text(feed)} · {' · '.join(bits)}"


def alert_embed(doc, statements: Sequence[WatchedStatement], feed_name: str) -> discord.Embed:
    """A short alert: the article, who of the watched speakers it quotes, their first words there."""
    names = [truncate(name, 60) for name in dict.fromkeys(s.speaker for s in statements)]
    who = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
    title = truncate(doc.title or doc.url or "New article", 250)
    lines = [f"{escape(who)} quoted ({plural(len(statements), 'statement')})"]
    for st in statements[:ALERT_STATEMENTS]:
        label = KIND_LABEL.get(st.kind, st.kind)
        lines.append(f"**{escape(truncate(st.speaker, 60))}** ({label}): “{escape(truncate(st.text, 240))}”")
    embed = new_embed("🔔 " + title, truncate("\n".join(lines), 2500))
    url = safe_url(doc.url)
    if url:
        embed.url = url
    source = " · ".join(x for x in (doc.outlet, format_date(doc.published_at)) if x)
    footer = f"{source} · " if source else ""
    embed.set_footer(text=truncate(f"{footer}feed: {feed_name} · /quotes speaker:<name> for more", 300))
    return fit_embed(embed)


def poll_summary(result: PollResult) -> str:
    new = len(result.articles)
    text = f"{plural(new, 'new article')} ({plural(sum(a.statements for a in result.articles), 'statement')})"
    if result.skipped:
        text += f", {result.skipped} seen before"
    if result.entry_errors:
        where, why = result.entry_errors[0]
        text += (
            f"; {plural(len(result.entry_errors), 'article')} could not be read"
            f" (first: {escape(truncate(why, 200))})"
        )
    return text


# --------------------------------------------------------------------------- the cog


async def feed_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    store = interaction.client.store  # type: ignore[attr-defined]
    feeds = await FeedStore(store).list_feeds(interaction.guild_id or 0)
    key = (current or "").lower().lstrip("#")
    out = []
    for f in feeds:
        label = f"#{f.id} {f.title or f.url}"
        if key in label.lower() or key in f.url.lower():
            out.append(app_commands.Choice(name=truncate(label, 100), value=str(f.id)))
    return out[:CHOICES_MAX]


async def watched_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    store = interaction.client.store  # type: ignore[attr-defined]
    watched = await FeedStore(store).watches(interaction.guild_id or 0)
    key = (current or "").lower()
    return [
        app_commands.Choice(name=truncate(name, 100), value=truncate(name, 100))
        for _sid, name in watched
        if key in name.lower()
    ][:CHOICES_MAX]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Feeds(
    commands.GroupCog, group_name="feed", group_description="News feeds the archive follows (Manage Server)"
):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.fetcher = Fetcher(bot.settings.fetch)
        self.poller: FeedPoller | None = None
        self.sweep = Sweep(bot, self.poll_due, SWEEP_JOB, SWEEP_SECONDS)
        super().__init__()

    # ------------------------------------------------------------------ lifetime and polling

    async def cog_load(self) -> None:
        self.bot.startup_tasks.append(self.start_jobs)
        self.bot.shutdown_tasks.append(self.stop_jobs)

    async def cog_unload(self) -> None:
        await self.stop_jobs()

    @property
    def feeds(self) -> FeedStore:
        return FeedStore(self.bot.store)

    def _poller(self) -> FeedPoller:
        if self.poller is None or self.poller.store is not self.bot.store:
            self.poller = FeedPoller(
                self.bot.store, self.fetcher, options=self.bot.settings.feeds, clock=lambda: self.bot.clock()
            )
        return self.poller

    async def start_jobs(self) -> None:
        """The sweep job (the database says which feeds are due), and a first pass once connected."""
        if not self.bot.store:
            return  # `python -m bot sync`: no database, nothing to poll
        self.sweep.start()

    async def stop_jobs(self) -> None:
        await self.sweep.stop()
        await self.fetcher.close()

    async def poll_due(self) -> list[PollResult]:
        """Poll every feed due by ``bot.clock()``, then post notices and alerts."""
        try:
            results = await self._poller().poll_due()
        except Exception:
            log.exception("feed pass failed; the next sweep tries again")
            return []
        await self.report(results)
        if results:
            log.info(
                "feeds: %d polled, %d new articles, %d failed",
                len(results),
                sum(len(r.articles) for r in results),
                sum(1 for r in results if r.status == "failed"),
            )
        return results

    async def report(self, results: Sequence[PollResult]) -> None:
        """Disabled-feed notices and watch alerts for a pass's results (never raises)."""
        for result in results:
            try:
                feed = await self.feeds.get_feed(result.feed_id)
                if feed is None:
                    continue
                if result.disabled:
                    await self._notice_disabled(feed)
                if feed.channel_id and not result.backlog:
                    for article in result.articles:
                        await self._alert(feed, article)
            except Exception:
                log.exception("could not report on feed %s", result.feed_id)

    async def _send(self, channel_id: int, guild_id: int, **kwargs) -> discord.Message | None:
        channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id or None)
        try:
            return await channel.send(allowed_mentions=NO_MENTIONS, **kwargs)
        except discord.HTTPException as e:
            log.warning("could not post in channel %s: %s %s", channel_id, e.status, e.text[:200])
            return None

    async def _notice_disabled(self, feed: Feed) -> None:
        channel_id = feed.channel_id or feed.notice_channel_id
        text = (
            f"⛔ Feed `#{feed.id}` **{escape(truncate(feed.name, 150))}** is disabled: it failed "
            f"{plural(feed.failures, 'poll')} in a row since {_when(feed.failing_since)}. "
            f"Last error: {escape(truncate(feed.last_error, 300))}\n"
            f"Once it works again, `/feed add url:{truncate(feed.url, 300)}` enables it."
        )
        if not channel_id:
            log.warning("feed %s (%s) disabled; it has no channel to say so in", feed.id, feed.url)
            return
        await self._send(channel_id, feed.guild_id, content=truncate(text, 2000))

    async def _alert(self, feed: Feed, article: Article) -> None:
        assert feed.channel_id is not None
        statements = await self.feeds.watched_statements(feed.guild_id, article.doc_id)
        if not statements:
            return
        if not await self.feeds.claim_alert(
            article.doc_id, feed.channel_id, now=self.bot.clock(), feed_id=feed.id
        ):
            return  # this article was already announced in that channel
        doc = await self.bot.store.get_document(article.doc_id)
        if doc is None:
            return
        message = await self._send(
            feed.channel_id, feed.guild_id, embed=alert_embed(doc, statements, truncate(feed.name, 100))
        )
        if message is not None:
            await self.feeds.alert_sent(article.doc_id, feed.channel_id, message.id)

    # ------------------------------------------------------------------ commands

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await require_manage_server(interaction)

    @app_commands.command(
        name="add", description="Follow an RSS or Atom feed: its articles are added as they appear"
    )
    @app_commands.describe(
        url="The feed's address (http or https)",
        channel="Where to post alerts when watched speakers are quoted (optional)",
        minutes=f"Minutes between polls ({MIN_INTERVAL_MINUTES}-{MAX_INTERVAL_MINUTES}; default 15)",
    )
    async def add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, 1000],
        channel: discord.TextChannel | None = None,
        minutes: app_commands.Range[int, MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES] | None = None,
    ) -> None:
        try:
            address = str(check_url(url, self.bot.settings.fetch))
        except FetchError as e:
            raise UserFacingError(f"url: {e}") from None
        interval = (minutes or self.bot.settings.feeds.interval // 60) * 60
        await defer(interaction, ephemeral=True)
        before = await self.feeds.find_feed(address, interaction.guild_id or 0)
        feed, created = await self.feeds.add_feed(
            address,
            now=self.bot.clock(),
            guild_id=interaction.guild_id or 0,
            channel_id=channel.id if channel else None,
            notice_channel_id=interaction.channel_id,
            interval=interval,
        )
        result = await self._poller().poll(feed.id)
        if result.status == "failed" and created:
            await self.feeds.remove_feed(feed.id)
            raise UserFacingError(
                truncate(f"Could not read {address} as a feed: {result.error}. Not added.", 1900)
            )
        await self.report([result])
        feed = await self.feeds.get_feed(feed.id) or feed
        verb = "Following" if created else "Updated" if before and before.status == "ok" else "Re-enabled"
        lines = [
            f"{verb} **{escape(truncate(feed.name, 150))}** (feed `#{feed.id}`, every {interval // 60} min)."
        ]
        if result.status == "failed":
            lines.append(f"The first poll failed: {escape(truncate(result.error, 300))}; it will be retried.")
        elif result.status == "ok":
            lines.append(f"First poll: {poll_summary(result)}.")
        if channel:
            lines.append(f"Alerts for watched speakers (/watch) go to {channel.mention}.")
        await reply(interaction, "\n".join(lines), ephemeral=True)

    @app_commands.command(name="list", description="The feeds this server follows, with their health")
    async def list(self, interaction: discord.Interaction) -> None:
        feeds = await run_engine(
            interaction, self.feeds.list_feeds(interaction.guild_id or 0), ephemeral=True
        )
        if not feeds:
            await reply(
                interaction, "No feeds yet. Follow one with /feed add url:<feed address>.", ephemeral=True
            )
            return
        chunks = [feeds[i : i + PER_PAGE] for i in range(0, len(feeds), PER_PAGE)]
        failing = sum(1 for f in feeds if f.status != "ok")
        pages = []
        for number, chunk in enumerate(chunks, 1):
            embed = new_embed("Feeds", truncate("\n\n".join(feed_line(f) for f in chunk), DESCRIPTION_MAX))
            embed.set_footer(
                text=f"{plural(len(feeds), 'feed')} · {failing} failing or disabled · page {number}/{len(chunks)}"
                " · remove with /feed remove"
            )
            pages.append(fit_embed(embed))
        await send_pages(interaction, pages, ephemeral=True)

    @app_commands.command(
        name="remove", description="Stop following a feed (its articles stay in the archive)"
    )
    @app_commands.describe(feed="The feed (its number from /feed list)")
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def remove(self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 1000]) -> None:
        store = self.feeds

        async def work():
            found = await store.find_feed(feed, interaction.guild_id or 0)
            if found is not None:
                await store.remove_feed(found.id)
            return found

        found = await run_engine(interaction, work(), ephemeral=True)
        if found is None:
            raise UserFacingError(
                f"This server follows no feed `{escape(truncate(feed, 100))}`; see /feed list."
            )
        await reply(
            interaction,
            f"Stopped following **{escape(truncate(found.name, 150))}** (`#{found.id}`); "
            f"its {plural(found.articles, 'article')} stay in the archive.",
            ephemeral=True,
        )


class Watches(commands.Cog):
    """/watch [speaker] and /unwatch speaker: whose statements trigger feed alerts in this server."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await require_manage_server(interaction)

    @app_commands.command(
        name="watch", description="Alert feed channels when a speaker is quoted (no speaker: the list)"
    )
    @app_commands.describe(speaker="The speaker to watch (leave empty to see who is watched)")
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def watch(
        self, interaction: discord.Interaction, speaker: app_commands.Range[str, 0, 100] | None = None
    ) -> None:
        store, feeds, guild = self.bot.store, FeedStore(self.bot.store), interaction.guild_id or 0
        if not (speaker and speaker.strip()):
            watched = await run_engine(interaction, feeds.watches(guild), ephemeral=True)
            if not watched:
                text = "Nobody is watched yet. Watch someone with /watch speaker:<name>."
            else:
                names = ", ".join(f"**{escape(name)}**" for _sid, name in watched)
                text = f"Watched ({len(watched)}): {names}.\nStop with /unwatch speaker:<name>."
            await reply(interaction, truncate(text, 1900), ephemeral=True)
            return

        async def work():
            info = await resolve_speaker(store, speaker)
            added = await feeds.add_watch(guild, info.id, now=self.bot.clock(), added_by=interaction.user.id)
            channels = [f for f in await feeds.list_feeds(guild) if f.channel_id and f.status != "disabled"]
            return info, added, channels

        info, added, channels = await run_engine(interaction, work(), ephemeral=True)
        name = escape(info.name)
        text = f"Watching **{name}**." if added else f"**{name}** is already watched."
        if channels:
            where = ", ".join(dict.fromkeys(f"<#{f.channel_id}>" for f in channels))
            text += f" New articles quoting them are announced in {where}."
        else:
            text += " No feed has an alert channel yet: /feed add url:<feed> channel:<channel>."
        await reply(interaction, truncate(text, 1900), ephemeral=True)

    @app_commands.command(name="unwatch", description="Stop alerts for a watched speaker")
    @app_commands.describe(speaker="A watched speaker")
    @app_commands.autocomplete(speaker=watched_autocomplete)
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def unwatch(
        self, interaction: discord.Interaction, speaker: app_commands.Range[str, 1, 100]
    ) -> None:
        feeds, guild = FeedStore(self.bot.store), interaction.guild_id or 0

        async def work():
            key = speaker.strip().lower()
            match = [(sid, name) for sid, name in await feeds.watches(guild) if name.lower() == key]
            if not match:
                info = await resolve_speaker(self.bot.store, speaker)
                match = [(info.id, info.name)]
            sid, name = match[0]
            return await feeds.remove_watch(guild, sid), name

        removed, name = await run_engine(interaction, work(), ephemeral=True)
        if not removed:
            raise UserFacingError(f"**{escape(truncate(name, 100))}** is not watched here; see /watch.")
        await reply(interaction, f"Stopped watching **{escape(truncate(name, 100))}**.", ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Feeds(bot))
    await bot.add_cog(Watches(bot))
