"""Daily digests end to end: the real bot against the fake Discord, with a clock the test moves.

A schedule is made with the slash command; the test moves ``bot.clock`` and runs the same check a
cron firing runs (``cog.run_due()``), then looks at what reached the fake Discord.  Restarts reuse
one fake Discord and one database; the hard kill uses ``python -m bot`` processes and SIGKILL.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefings import schedules as sch
from briefings.ingest import ingest_text
from briefings.store import Store
from tests.botfixtures import GUILD, Clock, log_capture, running_bot  # noqa: F401
from tests.fakediscord import ADMIN_PERMS, MEMBER_PERMS, FakeDiscord
from tests.test_bot_e2e import assert_discord_rules, is_ephemeral

REPO = Path(__file__).resolve().parent.parent

ARTICLE = """Harbour board approves the new ferry terminal
"We have waited long enough for this terminal, and the ferry crews deserve it," said Port Authority chair Maria Velasquez.
Transport minister Olaf Brandt warned that the budget was tight.
"Every euro of the terminal budget will be watched, @everyone included," Brandt said on Monday.
"""
LATER_ARTICLE = """Ferry fares frozen for a year
"Fares will not rise this year, whatever the fuel price does," said transport minister Olaf Brandt.
"""


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "briefings.db"


@pytest.fixture
async def fake():
    fake = FakeDiscord(guilds=[GUILD])
    await fake.start()
    try:
        yield fake
    finally:
        fake.release()
        await fake.stop()


def channel_posts(fake: FakeDiscord, channel_id: int) -> list:
    return [r for r in fake.requests_to("POST", rf"^/channels/{channel_id}/messages$") if r.status == 200]


async def schedule(fake: FakeDiscord, channel_id: int, **options) -> dict:
    value, resolved = fake.channel_option(channel_id)
    inter = await fake.slash(
        "digest schedule",
        {"channel": value, **options},
        permissions=ADMIN_PERMS,
        resolved=resolved,
    )
    return await fake.wait_message(inter)


def cog(run):
    return run.bot.get_cog("Digests")


async def status_text(fake: FakeDiscord) -> str:
    inter = await fake.slash("digest status", {}, permissions=ADMIN_PERMS)
    msg = await fake.wait_message(inter)
    return "\n".join(f["name"] + "\n" + f["value"] for e in msg["embeds"] for f in e.get("fields", []))


# --------------------------------------------------------------------------- on time, exactly once


async def test_slash_schedule_then_exactly_one_post_at_the_local_time(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))  # 07:00 in Berlin
    async with running_bot(db, fake=fake, clock=clock) as run:
        await ingest_text(run.bot.store, ARTICLE, title="Ferry terminal", outlet="Harbour Post")
        msg = await schedule(fake, news, time="09:00", timezone="europe/berlin")
        assert is_ephemeral(msg)
        assert "09:00 Europe/Berlin" in msg["content"] and f"<#{news}>" in msg["content"]
        slot = utc(2024, 3, 5, 8, 0)
        assert f"<t:{int(slot.timestamp())}:F>" in msg["content"]  # next: today 09:00 Berlin
        (saved,) = await sch.list_schedules(run.bot.store)
        job = run.bot.scheduler.get_job(f"digest:{saved.id}")
        assert str(job.trigger.timezone) == "Europe/Berlin"
        assert {f.name: str(f) for f in job.trigger.fields}["hour"] == "9"

        clock.now = slot - timedelta(seconds=30)
        await cog(run).run_due()
        assert channel_posts(fake, news) == []
        clock.now = slot + timedelta(seconds=1)
        job.modify(next_run_time=datetime.now(UTC))  # the real cron job fires (its wake-up call)
        await fake.wait_for(lambda: channel_posts(fake, news), timeout=10)
        for minutes in (0, 1, 10, 300):  # the cron firing again, the sweep, hours later
            clock.now = slot + timedelta(minutes=minutes)
            await cog(run).run_due()
        (post,) = channel_posts(fake, news)
        embed = post.body["embeds"][0]
        assert embed["title"] == "Briefing for Tue 5 Mar 2024"
        assert "Late" not in embed["description"]
        text = "\n".join(f["name"] + f["value"] for f in embed["fields"])
        assert "Maria Velasquez" in text and "Olaf Brandt" in text and "Harbour Post" in text
        assert "briefing #" in embed["footer"]["text"]
        assert post.body["allowed_mentions"] == {"parse": []}
        assert_discord_rules(fake)

        (run_row,) = await sch.runs_of(run.bot.store, saved.id)
        assert run_row.status == "posted" and run_row.message_id == int(fake.channel_messages(news)[0]["id"])
        status = await status_text(fake)
        assert "posted" in status and str(run_row.message_id) in status and "Next:" in status

        # the next day: only what is new since this digest
        await ingest_text(run.bot.store, LATER_ARTICLE, title="Fares")
        clock.now = slot + timedelta(days=1, seconds=5)
        await cog(run).run_due()
        second = channel_posts(fake, news)[1].body["embeds"][0]
        names = [f["name"] for f in second["fields"]]
        assert len(names) == 1 and names[0].startswith("Olaf Brandt") and "since the last briefing" in second["description"]


async def test_quiet_day_is_one_line(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await schedule(fake, news, time="08:30", timezone="UTC")
        clock.now = utc(2024, 3, 5, 8, 30, 2)
        await cog(run).run_due()
        (post,) = channel_posts(fake, news)
        assert "embeds" not in post.body or not post.body["embeds"]
        assert "quiet day" in post.body["content"] and "\n" not in post.body["content"]
        assert post.body["allowed_mentions"] == {"parse": []}


# --------------------------------------------------------------------------- restarts


async def test_bot_down_at_the_time_posts_late_once_after_restart(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await ingest_text(run.bot.store, ARTICLE, title="Ferry terminal")
        await schedule(fake, news, time="09:00", timezone="Europe/Berlin")
    clock.now = utc(2024, 3, 5, 9, 40)  # down from 07:00 to 10:40 Berlin: missed 09:00
    async with running_bot(db, fake=fake, clock=clock) as run:
        (saved,) = await sch.list_schedules(run.bot.store)
        job = run.bot.scheduler.get_job(f"digest:{saved.id}")  # rebuilt from the database
        assert job is not None and str(job.trigger.timezone) == "Europe/Berlin"
        await fake.wait_for(lambda: channel_posts(fake, news), timeout=10)  # the start-up catch-up
        await cog(run).run_due()
        (post,) = channel_posts(fake, news)
        assert post.body["embeds"][0]["description"].startswith("Late: due Tue 5 Mar 2024, 09:00 (Europe/Berlin)")
        assert "1 h 40 min late" in post.body["embeds"][0]["description"]
    clock.now = utc(2024, 3, 5, 9, 45)
    async with running_bot(db, fake=fake, clock=clock) as run:
        await cog(run).run_due()
        await asyncio.sleep(0.2)  # give a wrong second post every chance to arrive
        assert len(channel_posts(fake, news)) == 1
        (saved,) = await sch.list_schedules(run.bot.store)
        (row,) = await sch.runs_of(run.bot.store, saved.id)
        assert row.status == "posted" and row.late


async def test_bot_down_beyond_grace_skips_and_says_so(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await schedule(fake, news, time="09:00", timezone="Europe/Berlin")
    clock.now = utc(2024, 3, 5, 14, 30)  # 6.5 hours after 09:00 Berlin: beyond the 6 h grace
    async with running_bot(db, fake=fake, clock=clock) as run:
        await cog(run).run_due()
        assert channel_posts(fake, news) == []
        status = await status_text(fake)
        assert "skipped" in status and "missed" in status


def _bot_env(fake: FakeDiscord, db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFINGS_"))}
    env.update(fake.env())
    env.update({"BRIEFINGS_DB": str(db), "BRIEFINGS_GUILD_IDS": str(GUILD), "PYTHONPATH": str(REPO)})
    return env


async def _start_bot(fake: FakeDiscord, db: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        env=_bot_env(fake, db),
        cwd=db.parent,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


def _run_row(db: Path) -> tuple:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, attempts, message_id FROM digest_runs").fetchone()


async def _wait_db(db: Path, predicate, timeout: float = 20.0) -> tuple:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        row = _run_row(db)
        if row and predicate(row):
            return row
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"digest run is {row}")
        await asyncio.sleep(0.05)


@pytest.mark.parametrize("message_created", [True, False], ids=["killed-after-discord-got-it", "killed-before"])
async def test_killed_mid_post_and_restarted_posts_exactly_once(tmp_path: Path, fake: FakeDiscord, message_created: bool) -> None:
    """SIGKILL while the post is in flight: after it reached Discord (the answer never came back)
    or before.  The restarted process finds its own post, or posts it: one message either way."""
    news = fake.add_channel(GUILD, "news")
    db = tmp_path / "briefings.db"
    now = datetime.now(UTC)
    slot = (now - timedelta(minutes=1)).replace(second=0, microsecond=0)
    store = await Store.open(db)
    try:
        await ingest_text(store, ARTICLE, title="Ferry terminal")
        await sch.save_schedule(
            store, guild_id=GUILD, channel_id=news, time=f"{slot:%H:%M}", timezone="UTC", now=now - timedelta(hours=1)
        )
    finally:
        await store.close()

    fake.hold("POST", rf"^/channels/{news}/messages$", create=message_created)
    proc = await _start_bot(fake, db)
    try:
        await fake.wait_for(lambda: fake.requests_to("POST", rf"^/channels/{news}/messages$"), timeout=20)
        assert _run_row(db)[:2] == ("pending", 1)  # the attempt was recorded before posting
    finally:
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    assert len(fake.channel_messages(news)) == (1 if message_created else 0)
    fake.release()

    proc = await _start_bot(fake, db)
    try:
        status, attempts, message_id = await _wait_db(db, lambda r: r[0] == "posted")
        await asyncio.sleep(0.3)  # a duplicate would show up now
    finally:
        proc.send_signal(signal.SIGTERM)
        await proc.wait()
    (message,) = fake.channel_messages(news)
    assert message_id == int(message["id"])
    # with the message already in Discord, the restarted bot read the history and did not post
    assert len(fake.requests_to("POST", rf"^/channels/{news}/messages$")) == (1 if message_created else 2)
    assert fake.requests_to("GET", rf"^/channels/{news}/messages$")


# --------------------------------------------------------------------------- failures


async def test_failed_first_post_is_retried_and_shown_in_status(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await ingest_text(run.bot.store, ARTICLE, title="Ferry terminal")
        await schedule(fake, news, time="09:00", timezone="Europe/Berlin")
        fake.fail_next("POST", rf"^/channels/{news}/messages$", 503)
        clock.now = utc(2024, 3, 5, 8, 0, 1)
        await cog(run).run_due()
        assert fake.channel_messages(news) == []
        status = await status_text(fake)
        assert "retrying after 1 failed attempt" in status and "503" in status
        clock.now += timedelta(seconds=30)  # before the backoff: nothing
        await cog(run).run_due()
        assert len(fake.requests_to("POST", rf"^/channels/{news}/messages$")) == 1
        clock.now += timedelta(seconds=31)
        await cog(run).run_due()
        assert len(fake.channel_messages(news)) == 1
        status = await status_text(fake)
        assert "posted" in status and "on attempt 2" in status and "503" in status  # last error kept

        # a 429 is waited out by discord.py within the same attempt
        fake.fail_next("POST", rf"^/channels/{news}/messages$", 429, retry_after=0.05)
        clock.now = utc(2024, 3, 6, 8, 0, 1)
        await cog(run).run_due()
        assert len(fake.channel_messages(news)) == 2


async def test_missing_permission_is_retried_and_reported(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await schedule(fake, news, time="09:00", timezone="UTC")
        fake.forbid_channel(news)
        clock.now = utc(2024, 3, 5, 9, 0, 1)
        await cog(run).run_due()
        status = await status_text(fake)
        assert "missing permission" in status and "50013" in status
        fake.forbidden_channels.clear()  # an admin fixes the channel permissions
        clock.now += timedelta(minutes=2)
        await cog(run).run_due()
        assert len(fake.channel_messages(news)) == 1


async def test_deleted_channel_disables_its_schedule_and_others_go_on(
    db: Path, fake: FakeDiscord, log_capture  # noqa: F811
) -> None:
    news = fake.add_channel(GUILD, "news")
    other = fake.add_channel(GUILD, "other")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await schedule(fake, news, time="09:00", timezone="UTC")
        await schedule(fake, other, time="09:00", timezone="UTC")
        await fake.delete_channel(news)
        clock.now = utc(2024, 3, 5, 9, 0, 1)
        await cog(run).run_due()
        assert len(fake.channel_messages(other)) == 1
        schedules = {s.channel_id: s for s in await sch.list_schedules(run.bot.store)}
        assert not schedules[news].enabled and "no longer exists" in schedules[news].disabled_reason
        assert run.bot.scheduler.get_job(f"digest:{schedules[news].id}") is None
        assert run.bot.scheduler.get_job(f"digest:{schedules[other].id}") is not None
        assert f"channel {news}" in log_capture.text() and "disabled" in log_capture.text()
        clock.now = utc(2024, 3, 6, 9, 0, 1)
        await cog(run).run_due()
        assert len(fake.channel_messages(other)) == 2
        assert len(fake.requests_to("POST", rf"^/channels/{news}/messages$")) == 1  # never tried again
        inter = await fake.slash("digest list", {}, permissions=ADMIN_PERMS)
        listing = (await fake.wait_message(inter))["embeds"][0]["description"]
        assert "stopped" in listing and "no longer exists" in listing


# --------------------------------------------------------------------------- the commands


async def test_schedule_refuses_bad_input_clearly(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    async with running_bot(db, fake=fake) as run:
        for options, needle in (
            ({"time": "25:00", "timezone": "UTC"}, "HH:MM"),
            ({"time": "9am", "timezone": "UTC"}, "HH:MM"),
            ({"time": "09:00", "timezone": "Europe/Berln"}, "Did you mean Europe/Berlin"),
            ({"time": "09:00", "timezone": "UTC", "speakers": "Nobody Known"}, "no statements from anyone"),
            ({"time": "09:00", "timezone": "UTC", "topic": "!!!"}, "topic"),
        ):
            msg = await schedule(fake, news, **options)
            assert is_ephemeral(msg) and needle in msg["content"], (options, msg["content"])
        assert await sch.list_schedules(run.bot.store) == []
        # members cannot schedule
        value, resolved = fake.channel_option(news)
        inter = await fake.slash(
            "digest schedule",
            {"channel": value, "time": "09:00", "timezone": "UTC"},
            permissions=MEMBER_PERMS,
            resolved=resolved,
        )
        msg = await fake.wait_message(inter)
        assert "Manage Server" in msg["content"] and await sch.list_schedules(run.bot.store) == []


async def test_replace_list_remove_and_autocomplete(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await ingest_text(run.bot.store, ARTICLE, title="Ferry terminal")
        await schedule(fake, news, time="09:00", timezone="UTC")
        msg = await schedule(fake, news, time="17:30", timezone="Asia/Tokyo", speakers="Brandt", topic="budget")
        assert "replaces the previous schedule (09:00 UTC)" in msg["content"]
        assert "Olaf Brandt" in msg["content"]
        (saved,) = await sch.list_schedules(run.bot.store)
        assert (saved.time, saved.timezone, saved.speakers, saved.topic) == ("17:30", "Asia/Tokyo", ["Olaf Brandt"], "budget")
        assert {f.name: str(f) for f in run.bot.scheduler.get_job(f"digest:{saved.id}").trigger.fields}["minute"] == "30"

        inter = await fake.autocomplete("digest schedule", {"timezone": "europe/ber"}, "timezone", permissions=ADMIN_PERMS)
        choices = (await fake.wait_response(inter))["data"]["choices"]
        assert choices[0]["value"] == "Europe/Berlin" and len(choices) <= 25
        inter = await fake.autocomplete("digest schedule", {"speakers": "Velasquez, Bra"}, "speakers", permissions=ADMIN_PERMS)
        choices = (await fake.wait_response(inter))["data"]["choices"]
        assert choices and choices[0]["value"] == "Velasquez, Olaf Brandt"  # earlier names kept as typed

        inter = await fake.slash("digest list", {}, permissions=ADMIN_PERMS)
        listing = (await fake.wait_message(inter))["embeds"][0]["description"]
        assert f"<#{news}>" in listing and "17:30 Asia/Tokyo" in listing and "topic: budget" in listing

        value, resolved = fake.channel_option(news)
        inter = await fake.slash("digest remove", {"channel": value}, permissions=ADMIN_PERMS, resolved=resolved)
        assert "Stopped the daily briefing" in (await fake.wait_message(inter))["content"]
        assert await sch.list_schedules(run.bot.store) == []
        assert run.bot.scheduler.get_job(f"digest:{saved.id}") is None
        inter = await fake.slash("digest remove", {"channel": value}, permissions=ADMIN_PERMS, resolved=resolved)
        assert "has no daily briefing" in (await fake.wait_message(inter))["content"]


async def test_digest_now_posts_a_preview_without_touching_the_schedule(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        await ingest_text(run.bot.store, ARTICLE, title="Ferry terminal")
        await schedule(fake, news, time="09:00", timezone="UTC", speakers="Brandt")
        # here (the interaction's channel, no schedule): everything of the last 24 hours
        inter = await fake.slash("digest now", {}, permissions=ADMIN_PERMS)
        msg = await fake.wait_message(inter)
        assert not is_ephemeral(msg)
        names = [f["name"] for f in msg["embeds"][0]["fields"]]
        assert any(n.startswith("Maria Velasquez") for n in names) and any(n.startswith("Olaf Brandt") for n in names)
        # to the scheduled channel: its filters apply
        value, resolved = fake.channel_option(news)
        inter = await fake.slash("digest now", {"channel": value}, permissions=ADMIN_PERMS, resolved=resolved)
        assert "Posted a preview" in (await fake.wait_message(inter))["content"]
        (post,) = channel_posts(fake, news)
        assert [f["name"].split(" —")[0] for f in post.body["embeds"][0]["fields"]] == ["Olaf Brandt · new voice"]
        assert post.body["allowed_mentions"] == {"parse": []}
        # since: a date far back, a duration with nothing in it, and nonsense
        inter = await fake.slash("digest now", {"since": "1h"}, permissions=ADMIN_PERMS)
        clock.now += timedelta(hours=3)
        inter = await fake.slash("digest now", {"since": "2h"}, permissions=ADMIN_PERMS)
        assert "quiet day" in (await fake.wait_message(inter))["content"]
        inter = await fake.slash("digest now", {"since": "last week"}, permissions=ADMIN_PERMS)
        msg = await fake.wait_message(inter)
        assert is_ephemeral(msg) and "not a date" in msg["content"]
        # previews are not runs: the schedule still owes today's digest
        assert await sch.runs_of(run.bot.store, (await sch.list_schedules(run.bot.store))[0].id) == []
        assert_discord_rules(fake)


async def test_schedule_of_a_server_no_longer_served_is_not_posted(db: Path, fake: FakeDiscord) -> None:
    news = fake.add_channel(GUILD, "news")
    clock = Clock(utc(2024, 3, 5, 6, 0))
    async with running_bot(db, fake=fake, clock=clock) as run:
        gone, _ = await sch.save_schedule(
            run.bot.store, guild_id=999, channel_id=news, time="09:00", timezone="UTC", now=clock()
        )
        clock.now = utc(2024, 3, 5, 9, 0, 1)
        await cog(run).run_due()
        assert fake.requests_to("POST", rf"^/channels/{news}/messages$") == []
        (row,) = await sch.runs_of(run.bot.store, gone.id)
        assert row.status == "failed" and "BRIEFINGS_GUILD_IDS" in row.error
