"""/digest schedule|list|remove|now|status — a daily briefing posted to a channel (Manage Server).

Time: every decision uses ``bot.clock``.  APScheduler only wakes the bot up: one cron job per
schedule (at its local time, in its zone) and a one-minute sweep (retries, anything a cron firing
missed) both wake ``self.sweep`` (bot.scheduling.Sweep), which runs :meth:`Digests.run_due`; the pass itself reads
``bot.clock()`` and asks the database what is owed (``briefings.digest_runs``).  Tests move the
clock and call ``await cog.run_due()`` — the very check a firing makes — instead of sleeping.
The database is the source of truth: jobs are rebuilt from it at start-up, and a catch-up pass
runs as soon as the bot is connected (a digest missed while it was down is posted late, within
``BRIEFINGS_DIGEST_GRACE``).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import aiohttp
import discord
from apscheduler.triggers.cron import CronTrigger
from discord import app_commands
from discord.ext import commands

from bot.replies import NO_MENTIONS, UserFacingError, reply, run_engine
from bot.scheduling import Sweep, ensure_scheduler
from briefings import schedules as sch
from briefings.digest_runs import (
    DigestRunner,
    PassReport,
    Policy,
    PostError,
    local_label,
    nonce,
    since_last_briefing,
)
from briefings.digests import Window, compose
from briefings.schedules import Schedule, ScheduleError
from briefings.store import fts_terms
from cogs.choices import resolve_speaker, speaker_autocomplete
from cogs.digest_rendering import render_digest
from cogs.paging import send_pages
from cogs.permissions import require_manage_server
from cogs.rendering import CHOICES_MAX, escape, fit_embed, new_embed, truncate

log = logging.getLogger(__name__)

SWEEP_JOB = "digest:sweep"
SWEEP_SECONDS = 60
HISTORY_LIMIT = 100  # messages read back to find a post whose answer was lost
MAX_SPEAKERS = 10
PER_PAGE = 8
UNKNOWN_CHANNEL = 10003


def job_id(schedule_id: int) -> str:
    return f"digest:{schedule_id}"


def unix(moment: datetime) -> int:
    return int(moment.timestamp())


def post_error(error: discord.HTTPException) -> PostError:
    """What a failed Discord request means for a scheduled post."""
    detail = f"{error.code}: {error.text}" if error.text else str(error.status)
    if isinstance(error, discord.NotFound) and error.code == UNKNOWN_CHANNEL:
        return PostError("the channel no longer exists (Discord: Unknown Channel)", retry=False, channel_gone=True)
    if isinstance(error, discord.Forbidden):
        return PostError(
            f"missing permission in the channel (Discord {detail}); the bot needs View Channel,"
            " Send Messages, Embed Links and Read Message History there"
        )
    return PostError(f"Discord answered {error.status} ({detail})")


class ChannelPoster:
    """Posts digests to their channels for the runner, and finds a post whose answer was lost."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    def _channel(self, schedule: Schedule) -> discord.PartialMessageable:
        # a partial channel needs no cache: works before the gateway is ready and for channels
        # the cache no longer has (Discord then says whether it still exists)
        return self.bot.get_partial_messageable(schedule.channel_id, guild_id=schedule.guild_id)

    async def post(self, schedule: Schedule, run: sch.Run, digest) -> int:
        if not self.bot.settings.allows(schedule.guild_id):
            raise PostError("the bot no longer serves this server (not in BRIEFINGS_GUILD_IDS)", retry=False)
        content, embeds = render_digest(digest)
        kwargs: dict = {"allowed_mentions": NO_MENTIONS, "nonce": nonce(run)}
        if content is not None:
            kwargs["content"] = content
        if embeds:
            kwargs["embeds"] = embeds
        try:
            message = await self._channel(schedule).send(**kwargs)
        except discord.HTTPException as e:
            raise post_error(e) from None
        except (aiohttp.ClientError, OSError, TimeoutError) as e:
            raise PostError(f"could not reach Discord ({type(e).__name__})") from None
        return message.id

    async def find_posted(self, schedule: Schedule, run: sch.Run, ref: str) -> int | None:
        me = self.bot.user.id if self.bot.user else None
        try:
            async for message in self._channel(schedule).history(limit=HISTORY_LIMIT):
                if message.author.id != me:
                    continue
                if ref in (message.content or "") or any(ref in (e.footer.text or "") for e in message.embeds):
                    return message.id
        except discord.HTTPException as e:
            raise post_error(e) from None
        except (aiohttp.ClientError, OSError, TimeoutError) as e:
            raise PostError(f"could not reach Discord ({type(e).__name__})") from None
        return None


async def timezone_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=n, value=n) for n in sch.matching_timezones(current, CHOICES_MAX)]


async def speakers_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Completes the last name of a comma-separated list, keeping the names before it."""
    head, _, last = (current or "").rpartition(",")
    prefix = ", ".join(n.strip() for n in head.split(",") if n.strip())
    prefix = prefix + ", " if prefix else ""
    out = []
    for choice in await speaker_autocomplete(interaction, last.strip()):
        value = prefix + str(choice.value)
        if len(value) <= 100:
            out.append(app_commands.Choice(name=value, value=value))
    return out


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Digests(commands.GroupCog, group_name="digest", group_description="Daily briefings (Manage Server)"):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        grace = getattr(bot.settings, "digest_grace", Policy().grace)
        self.runner = DigestRunner(bot.store, ChannelPoster(bot), lambda: self.bot.clock(), Policy(grace=grace))
        self.sweep = Sweep(bot, self.run_due, SWEEP_JOB, SWEEP_SECONDS)
        super().__init__()

    # ------------------------------------------------------------------ lifetime and jobs

    async def cog_load(self) -> None:
        self.bot.startup_tasks.append(self.start_jobs)
        self.bot.shutdown_tasks.append(self.stop_jobs)

    async def cog_unload(self) -> None:
        await self.stop_jobs()

    async def start_jobs(self) -> None:
        """Rebuild the cron jobs from the database, start the sweep, catch up once connected."""
        if not self.bot.store:
            return  # `python -m bot sync`: no database, nothing to run
        ensure_scheduler(self.bot)
        schedules = await sch.list_schedules(self.bot.store, enabled=True)
        for schedule in schedules:
            self._add_job(schedule)
        self.sweep.start()
        log.info("digest jobs rebuilt for %d schedule(s)", len(schedules))

    async def stop_jobs(self) -> None:
        scheduler = self.bot.scheduler
        if scheduler is not None:
            for job in list(scheduler.get_jobs()):
                if job.id.startswith("digest:"):
                    job.remove()
        await self.sweep.stop()

    def _add_job(self, schedule: Schedule) -> None:
        scheduler = self.bot.scheduler
        if scheduler is None:
            return
        hour, minute = (int(x) for x in schedule.time.split(":"))
        scheduler.add_job(
            self.sweep.fire,
            CronTrigger(hour=hour, minute=minute, timezone=sch.zone(schedule.timezone)),
            id=job_id(schedule.id),
            name=f"digest for channel {schedule.channel_id}",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,  # late is fine: the pass decides what is still owed
        )

    def _remove_job(self, schedule_id: int) -> None:
        scheduler = self.bot.scheduler
        if scheduler is not None and scheduler.get_job(job_id(schedule_id)) is not None:
            scheduler.remove_job(job_id(schedule_id))

    async def run_due(self) -> PassReport | None:
        """Post every digest that is due by ``bot.clock()``, each exactly once."""
        try:
            report = await self.runner.run_due()
        except Exception:
            log.exception("digest pass failed; the next firing or sweep tries again")
            return None
        for schedule_id in report.disabled:
            self._remove_job(schedule_id)
        if report.posted or report.recovered or report.retrying or report.failed:
            log.info(
                "digests: %d posted, %d recovered, %d retrying, %d failed, %d skipped",
                len(report.posted),
                len(report.recovered),
                len(report.retrying),
                len(report.failed),
                report.skipped,
            )
        return report

    # ------------------------------------------------------------------ commands

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await require_manage_server(interaction)

    @staticmethod
    def _check_can_post(channel: discord.abc.GuildChannel) -> None:
        me = channel.guild.me if channel.guild else None
        if me is None:
            return
        perms = channel.permissions_for(me)
        missing = [
            label
            for label, ok in (
                ("View Channel", perms.view_channel),
                ("Send Messages", perms.send_messages),
                ("Embed Links", perms.embed_links),
            )
            if not ok
        ]
        if missing:
            raise UserFacingError(f"I cannot post in {channel.mention}: I need {', '.join(missing)} there.")

    @app_commands.command(name="schedule", description="Post a daily briefing in a channel (replaces its schedule)")
    @app_commands.describe(
        channel="Where to post",
        time="Local time, 24-hour HH:MM (e.g. 09:00)",
        timezone="Time zone, e.g. Europe/Berlin (start typing)",
        speakers="Only these speakers, comma-separated (optional)",
        topic="Only statements about this (optional)",
    )
    @app_commands.autocomplete(timezone=timezone_autocomplete, speakers=speakers_autocomplete)
    async def schedule(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 16],
        timezone: app_commands.Range[str, 1, 64],
        speakers: app_commands.Range[str, 0, 400] | None = None,
        topic: app_commands.Range[str, 0, 200] | None = None,
    ) -> None:
        store = self.bot.store
        try:
            hhmm = sch.parse_time(time)
            zone_name = sch.parse_timezone(timezone)
        except ScheduleError as e:
            raise UserFacingError(str(e)) from None
        topic = " ".join((topic or "").split())
        if topic and not fts_terms(topic):
            raise UserFacingError("topic: give at least one word to look for.")
        wanted = [n.strip() for n in (speakers or "").split(",") if n.strip()]
        if len(wanted) > MAX_SPEAKERS:
            raise UserFacingError(f"speakers: at most {MAX_SPEAKERS} names.")
        self._check_can_post(channel)

        async def work():
            names = []
            for name in wanted:
                info = await resolve_speaker(store, name)
                if info.name not in names:
                    names.append(info.name)
            previous = await sch.schedule_for_channel(store, channel.id)
            saved, replaced = await sch.save_schedule(
                store,
                guild_id=interaction.guild_id,
                channel_id=channel.id,
                time=hhmm,
                timezone=zone_name,
                speakers=names,
                topic=topic,
                created_by=interaction.user.id,
                now=self.bot.clock(),
            )
            return saved, previous if replaced else None

        saved, previous = await run_engine(interaction, work(), ephemeral=True)
        self._add_job(saved)
        next_at = sch.next_slot(saved, self.bot.clock())
        text = f"Daily briefing in {channel.mention} at **{saved.time} {saved.timezone}**"
        if saved.speakers:
            text += f", from {escape(', '.join(saved.speakers))}"
        if saved.topic:
            text += f", about “{escape(truncate(saved.topic, 100))}”"
        text += f". Next: <t:{unix(next_at)}:F> (<t:{unix(next_at)}:R>)."
        if previous is not None:
            text += f" It replaces the previous schedule ({escape(previous.describe())})."
        await reply(interaction, text, ephemeral=True)

    @app_commands.command(name="list", description="The daily briefings of this server")
    async def list(self, interaction: discord.Interaction) -> None:
        schedules = await sch.list_schedules(self.bot.store, guild_id=interaction.guild_id)
        if not schedules:
            await reply(interaction, "No daily briefings yet. Add one with /digest schedule.", ephemeral=True)
            return
        now = self.bot.clock()
        lines = []
        for s in schedules:
            line = f"<#{s.channel_id}> — {escape(s.describe())}"
            if s.enabled:
                line += f" · next <t:{unix(sch.next_slot(s, now))}:R>"
            else:
                line += f" · **stopped**: {escape(truncate(s.disabled_reason, 120))}"
            lines.append(line)
        pages = [
            fit_embed(new_embed("Daily briefings", "\n".join(lines[i : i + 20])))
            for i in range(0, len(lines), 20)
        ]
        await send_pages(interaction, pages, ephemeral=True)

    @app_commands.command(name="remove", description="Stop a channel's daily briefing")
    @app_commands.describe(channel="The channel whose briefing to stop")
    async def remove(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        removed = await sch.remove_schedule(self.bot.store, channel.id, guild_id=interaction.guild_id)
        if removed is None:
            raise UserFacingError(f"{channel.mention} has no daily briefing; see /digest list.")
        self._remove_job(removed.id)
        await reply(
            interaction, f"Stopped the daily briefing in {channel.mention} ({escape(removed.describe())}).", ephemeral=True
        )

    @app_commands.command(name="now", description="Post a digest now (a preview; the schedule is not changed)")
    @app_commands.describe(
        channel="Where to post it (default: here; uses that channel's schedule filters)",
        since='From when: a date (2024-03-05), a date and time, or "24h" / "7d" (default: since the last briefing)',
    )
    async def now(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel | None = None,
        since: app_commands.Range[str, 1, 40] | None = None,
    ) -> None:
        store = self.bot.store
        target_id = channel.id if channel is not None else interaction.channel_id
        if channel is not None:
            self._check_can_post(channel)
        now = self.bot.clock()

        async def work():
            schedule = await sch.schedule_for_channel(store, target_id) if target_id else None
            zone_name = schedule.timezone if schedule else "UTC"
            upto = await sch.max_statement_id(store)
            if since:
                start = sch.parse_since(since, now, zone_name)
                window = Window(since=sch.to_iso(start), upto_id=upto)
                period = f"since {local_label(start, zone_name)} ({zone_name})"
            else:
                window, period = await since_last_briefing(
                    store, schedule, upto, now - timedelta(hours=24), "in the last 24 hours"
                )
            digest = await compose(
                store,
                window,
                speakers=schedule.speakers if schedule else None,
                topic=schedule.topic if schedule else "",
            )
            digest.title = f"Briefing preview, {local_label(now, zone_name)} ({zone_name})"
            digest.period = period
            return digest

        try:
            digest = await run_engine(interaction, work())
        except ScheduleError as e:
            raise UserFacingError(str(e)) from None
        content, embeds = render_digest(digest)
        if channel is None or channel.id == interaction.channel_id:
            await reply(interaction, content, embeds=embeds)
            return
        await channel.send(content=content, embeds=embeds, allowed_mentions=NO_MENTIONS)
        await reply(interaction, f"Posted a preview in {channel.mention}.", ephemeral=True)

    @app_commands.command(name="status", description="Next run, last run and last error of each daily briefing")
    async def status(self, interaction: discord.Interaction) -> None:
        store = self.bot.store
        schedules = await sch.list_schedules(store, guild_id=interaction.guild_id)
        if not schedules:
            await reply(interaction, "No daily briefings yet. Add one with /digest schedule.", ephemeral=True)
            return
        now = self.bot.clock()
        pages = []
        for start in range(0, len(schedules), PER_PAGE):
            embed = new_embed("Daily briefings — status")
            for s in schedules[start : start + PER_PAGE]:
                runs = await sch.runs_of(store, s.id, limit=5)
                embed.add_field(name=truncate(s.describe(), 256), value=self._status_text(s, runs, now), inline=False)
            pages.append(fit_embed(embed))
        await send_pages(interaction, pages, ephemeral=True)

    def _status_text(self, s: Schedule, runs: list[sch.Run], now: datetime) -> str:
        lines = [f"Channel: <#{s.channel_id}>"]
        if s.enabled:
            nxt = sch.next_slot(s, now)
            lines.append(f"Next: <t:{unix(nxt)}:F> (<t:{unix(nxt)}:R>)")
        else:
            lines.append(f"**Stopped**: {escape(truncate(s.disabled_reason, 200))}")
        if not runs:
            lines.append("Last run: none yet")
        else:
            last = runs[0]
            when = f"{last.local_date}"
            if last.status == "posted":
                link = f"https://discord.com/channels/{s.guild_id}/{s.channel_id}/{last.message_id}"
                extra = " (late)" if last.late else ""
                if last.attempts > 1:
                    extra += f" on attempt {last.attempts}"
                lines.append(f"Last run: {when} — [posted]({link}){extra}, {last.statements} statements")
            elif last.status == "pending":
                retry = (
                    f", next attempt <t:{unix(sch.from_iso(last.next_attempt_at))}:R>" if last.next_attempt_at else ""
                )
                lines.append(f"Last run: {when} — retrying after {last.attempts} failed attempt(s){retry}")
            else:
                lines.append(f"Last run: {when} — {last.status}")
        errors = [r for r in runs if r.error]
        if errors:
            e = errors[0]
            lines.append(f"Last error ({e.local_date}, {e.status}): {escape(truncate(e.error, 300))}")
        return truncate("\n".join(lines), 1024)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Digests(bot))

