"""Schedules: input checks, slot computation (time zones, DST both ways, catch-up, grace), the
schedule/run tables, and the runner's exactly-once bookkeeping with a fake poster and a moved clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from briefings import schedules as sch
from briefings.digest_runs import DigestRunner, Policy, PostError, run_ref
from briefings.ingest import ingest_text
from briefings.schedules import Schedule, ScheduleError, plan_slots, slot_at
from tests.botfixtures import Clock


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def schedule(time: str = "09:00", tz: str = "Europe/Berlin", active_since: str = "2000-01-01T00:00:00+00:00"):
    return Schedule(id=1, guild_id=1, channel_id=1, time=time, timezone=tz, active_since=active_since)


# --------------------------------------------------------------------------- input


@pytest.mark.parametrize(("text", "expected"), [("09:00", "09:00"), ("9:05", "09:05"), (" 23:59 ", "23:59"), ("0:00", "00:00")])
def test_parse_time_accepts_24_hour_times(text: str, expected: str) -> None:
    assert sch.parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "12:60", "9am", "", "noon", "12:5", "-1:00", "12:00:00"])
def test_parse_time_refuses_clearly(text: str) -> None:
    with pytest.raises(ScheduleError) as info:
        sch.parse_time(text)
    assert "HH:MM" in str(info.value) and "\n" not in str(info.value)


def test_parse_timezone_canonical_and_forgiving() -> None:
    assert sch.parse_timezone("Europe/Berlin") == "Europe/Berlin"
    assert sch.parse_timezone("europe/berlin") == "Europe/Berlin"
    assert sch.parse_timezone("America/New York") == "America/New_York"
    assert sch.parse_timezone("utc") == "UTC"


def test_parse_timezone_suggests_close_names() -> None:
    with pytest.raises(ScheduleError) as info:
        sch.parse_timezone("Europe/Berln")
    assert "Europe/Berlin" in str(info.value) and "IANA" in str(info.value)
    with pytest.raises(ScheduleError):
        sch.parse_timezone("Mars/Olympus_Mons")
    with pytest.raises(ScheduleError):
        sch.parse_timezone("")


def test_timezone_autocomplete() -> None:
    assert sch.matching_timezones("europe/ber")[0] == "Europe/Berlin"
    found = sch.matching_timezones("york")
    assert "America/New_York" in found
    assert len(sch.matching_timezones("a")) == 25
    assert sch.matching_timezones("")[0] == "UTC"
    assert sch.matching_timezones("zzzz-nothing") == []


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("24h", 86400), ("90m", 5400), ("7d", 604800), ("2h30m", 9000), ("1 day", 86400), ("0", 0), ("1w", 604800)],
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert sch.parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "soon", "24", "h", "5x", "3h soon"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        sch.parse_duration(text)


def test_parse_since_forms() -> None:
    now = utc(2024, 3, 5, 12, 0)
    assert sch.parse_since("24h", now) == utc(2024, 3, 4, 12, 0)
    assert sch.parse_since("2024-03-04", now) == utc(2024, 3, 4)
    assert sch.parse_since("2024-03-04", now, "Europe/Berlin") == utc(2024, 3, 3, 23)
    assert sch.parse_since("2024-03-04T09:30", now) == utc(2024, 3, 4, 9, 30)
    assert sch.parse_since("2024-03-04T09:30+02:00", now, "Asia/Tokyo") == utc(2024, 3, 4, 7, 30)
    for bad in ("yesterday", "2024-13-01", ""):
        with pytest.raises(ScheduleError):
            sch.parse_since(bad, now)
    with pytest.raises(ScheduleError) as info:
        sch.parse_since("2024-04-01", now)
    assert "future" in str(info.value)


# --------------------------------------------------------------------------- slots


def test_slot_in_zones() -> None:
    assert slot_at(date(2024, 1, 15), "09:00", "Europe/Berlin") == utc(2024, 1, 15, 8)
    assert slot_at(date(2024, 7, 15), "09:00", "Europe/Berlin") == utc(2024, 7, 15, 7)
    assert slot_at(date(2024, 7, 15), "09:00", "America/New_York") == utc(2024, 7, 15, 13)
    assert slot_at(date(2024, 7, 15), "09:00", "Asia/Kolkata") == utc(2024, 7, 15, 3, 30)
    assert slot_at(date(2024, 7, 15), "23:30", "Pacific/Auckland") == utc(2024, 7, 15, 11, 30)


def test_spring_forward_time_that_does_not_exist_is_owed_once() -> None:
    # Berlin, 31 Mar 2024: 02:00 -> 03:00. 02:30 does not exist; the slot is 03:30 CEST (01:30 UTC)
    s = schedule("02:30")
    assert slot_at(date(2024, 3, 31), "02:30", "Europe/Berlin") == utc(2024, 3, 31, 1, 30)
    slots = sch.slots_between(s, utc(2024, 3, 30), utc(2024, 4, 1, 12))
    assert [d.isoformat() for d, _ in slots] == ["2024-03-30", "2024-03-31", "2024-04-01"]
    # and the cron trigger APScheduler uses fires at that same instant
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger(hour=2, minute=30, timezone=sch.zone("Europe/Berlin"))
    fired = trigger.get_next_fire_time(None, utc(2024, 3, 30, 12).astimezone(sch.zone("Europe/Berlin")))
    assert fired.astimezone(UTC) == utc(2024, 3, 31, 1, 30)


def test_fall_back_repeated_time_is_owed_once() -> None:
    # Berlin, 27 Oct 2024: 03:00 -> 02:00, so 02:30 happens twice; the first one counts
    s = schedule("02:30")
    slots = sch.slots_between(s, utc(2024, 10, 26), utc(2024, 10, 28))
    assert [(d.isoformat(), t) for d, t in slots] == [
        ("2024-10-26", utc(2024, 10, 26, 0, 30)),
        ("2024-10-27", utc(2024, 10, 27, 0, 30)),
    ]
    # the second 02:30 (01:30 UTC) owes nothing more: the run of that date is recorded
    plans = plan_slots(s, {"2024-10-27", "2024-10-26"}, utc(2024, 10, 27, 1, 30), timedelta(hours=6))
    assert plans == []


def test_new_york_dst_both_ways() -> None:
    assert slot_at(date(2024, 3, 10), "02:30", "America/New_York") == utc(2024, 3, 10, 7, 30)
    assert slot_at(date(2024, 3, 11), "02:30", "America/New_York") == utc(2024, 3, 11, 6, 30)
    assert slot_at(date(2024, 11, 3), "01:30", "America/New_York") == utc(2024, 11, 3, 5, 30)
    assert slot_at(date(2024, 11, 4), "01:30", "America/New_York") == utc(2024, 11, 4, 6, 30)


def test_next_slot() -> None:
    s = schedule("09:00")
    assert sch.next_slot(s, utc(2024, 1, 15, 7, 59)) == utc(2024, 1, 15, 8)
    assert sch.next_slot(s, utc(2024, 1, 15, 8, 0)) == utc(2024, 1, 16, 8)
    # across the zone's date line: 23:30 in Auckland is 11:30 UTC the same day in winter
    a = schedule("23:30", "Pacific/Auckland")
    assert sch.next_slot(a, utc(2024, 7, 15, 12)) == utc(2024, 7, 16, 11, 30)


def test_plan_on_time_posts_the_days_slot() -> None:
    s = schedule("09:00")
    plans = plan_slots(s, {"2024-01-14"}, utc(2024, 1, 15, 8, 0, 1), timedelta(hours=6))
    assert [(p.local_date.isoformat(), p.action) for p in plans] == [("2024-01-15", "post")]
    assert plan_slots(s, {"2024-01-14"}, utc(2024, 1, 15, 7, 59), timedelta(hours=6)) == []


def test_plan_catch_up_within_grace_then_skip_beyond() -> None:
    s = schedule("09:00")
    recorded = {"2024-01-14"}
    within = plan_slots(s, recorded, utc(2024, 1, 15, 13, 59), timedelta(hours=6))
    assert [(p.local_date.isoformat(), p.action) for p in within] == [("2024-01-15", "post")]
    beyond = plan_slots(s, recorded, utc(2024, 1, 15, 14, 1), timedelta(hours=6))
    assert [(p.local_date.isoformat(), p.action) for p in beyond] == [("2024-01-15", "skip")]
    assert "missed" in beyond[0].reason
    # zero grace: a digest not sent at its minute is never sent late
    assert plan_slots(s, recorded, utc(2024, 1, 15, 8, 1), timedelta(0))[0].action == "skip"


def test_plan_after_days_offline_posts_only_the_newest() -> None:
    s = schedule("09:00")
    plans = plan_slots(s, {"2024-01-10"}, utc(2024, 1, 15, 9), timedelta(hours=6))
    actions = [(p.local_date.isoformat(), p.action) for p in plans]
    assert actions == [
        ("2024-01-11", "skip"),
        ("2024-01-12", "skip"),
        ("2024-01-13", "skip"),
        ("2024-01-14", "skip"),
        ("2024-01-15", "post"),
    ]
    # a long grace: yesterday's is within it too, but only the newest is posted
    plans = plan_slots(s, {"2024-01-13"}, utc(2024, 1, 15, 9), timedelta(hours=30))
    assert [(p.local_date.isoformat(), p.action) for p in plans] == [("2024-01-14", "skip"), ("2024-01-15", "post")]
    assert "superseded" in plans[0].reason


def test_plan_respects_active_since_and_lookback() -> None:
    # made at 10:00 local for 09:00: nothing owed today, tomorrow's is
    s = schedule("09:00", active_since="2024-01-15T09:00:00+00:00")
    assert plan_slots(s, set(), utc(2024, 1, 15, 10), timedelta(hours=6)) == []
    assert [p.action for p in plan_slots(s, set(), utc(2024, 1, 16, 8), timedelta(hours=6))] == ["post"]
    # made at 09:00 sharp: the next one is tomorrow's, as next_slot() tells the person who made it
    at = schedule("09:00", active_since="2024-01-15T08:00:00+00:00")
    assert plan_slots(at, set(), utc(2024, 1, 15, 8, 0, 30), timedelta(hours=6)) == []
    assert sch.next_slot(at, utc(2024, 1, 15, 8)) == utc(2024, 1, 16, 8)
    # a month offline: only the lookback window is recorded as skipped
    old = schedule("09:00")
    plans = plan_slots(old, set(), utc(2024, 2, 15, 12), timedelta(hours=6))
    assert len(plans) <= 9 and plans[-1].action == "post"


def test_plan_never_posts_a_slot_older_than_a_recorded_run() -> None:
    s = schedule("09:00")
    assert plan_slots(s, {"2024-01-15"}, utc(2024, 1, 15, 12), timedelta(hours=30)) == []


# --------------------------------------------------------------------------- the tables and the runner


class FakePoster:
    """Records posts; can fail on demand; can 'lose' the answer of a post that did happen."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, int, str]] = []  # (run id, message id, ref)
        self.fail: list[PostError] = []
        self.lose_answer = False
        self.next_id = 1000

    async def post(self, schedule, run, digest) -> int:
        if self.fail:
            raise self.fail.pop(0)
        self.next_id += 1
        self.posts.append((run.id, self.next_id, digest.ref))
        if self.lose_answer:
            self.lose_answer = False
            raise PostError("connection reset while waiting for Discord")
        return self.next_id

    async def find_posted(self, schedule, run, ref) -> int | None:
        for _, mid, r in self.posts:
            if r == ref:
                return mid
        return None


ARTICLE_WITH_BRANDT = """Terminal budget under watch
"Every euro of the terminal budget will be watched," said transport minister Olaf Brandt.
"""
ARTICLE = """Ferry crews back the new terminal
"The terminal will open in spring, and every crew will have a berth," said harbour chief Maria Velasquez.
"""


async def test_schedule_save_replace_list_remove(store) -> None:
    now = utc(2024, 1, 15, 10)
    s, replaced = await sch.save_schedule(
        store, guild_id=5, channel_id=77, time="9:00", timezone="europe/berlin", now=now
    )
    assert not replaced and s.time == "09:00" and s.timezone == "Europe/Berlin" and s.enabled
    s2, replaced = await sch.save_schedule(
        store, guild_id=5, channel_id=77, time="18:30", timezone="UTC", topic="harbour", now=now
    )
    assert replaced and s2.id == s.id and s2.time == "18:30" and s2.topic == "harbour"
    assert [x.channel_id for x in await sch.list_schedules(store, guild_id=5)] == [77]
    with pytest.raises(ScheduleError):
        await sch.save_schedule(store, guild_id=5, channel_id=78, time="25:00", timezone="UTC", now=now)
    assert len(await sch.list_schedules(store)) == 1
    assert await sch.remove_schedule(store, 77, guild_id=6) is None  # another guild's channel
    assert (await sch.remove_schedule(store, 77, guild_id=5)).id == s.id
    assert await sch.list_schedules(store) == []


async def test_runner_posts_once_per_local_date(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    await ingest_text(store, ARTICLE, title="Ferry terminal")
    poster = FakePoster()
    runner = DigestRunner(store, poster, clock, Policy())
    assert (await runner.run_due()).posted == []  # 08:00 Berlin: not yet
    clock.now = utc(2024, 1, 15, 8, 0, 2)
    report = await runner.run_due()
    assert len(report.posted) == 1 and len(poster.posts) == 1
    for _ in range(3):  # later passes, and the cron firing twice, change nothing
        clock.now += timedelta(minutes=20)
        await runner.run_due()
    assert len(poster.posts) == 1
    (run,) = await sch.runs_of(store, s.id)
    assert run.status == "posted" and run.message_id == poster.posts[0][1] and not run.late
    assert run.local_date == "2024-01-15" and run.statements >= 1
    clock.now = utc(2024, 1, 16, 8, 0, 1)
    await runner.run_due()
    assert len(poster.posts) == 2


async def test_runner_second_digest_covers_only_what_is_new(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    await ingest_text(store, ARTICLE, title="Ferry terminal")
    seen: list = []

    class Capturing(FakePoster):
        async def post(self, schedule, run, digest):
            seen.append(digest)
            return await super().post(schedule, run, digest)

    runner = DigestRunner(store, Capturing(), clock)
    clock.now = utc(2024, 1, 15, 8, 1)
    await runner.run_due()
    assert seen[0].statements == 1 and "24 h" in seen[0].period
    clock.now = utc(2024, 1, 16, 8, 1)
    await runner.run_due()
    assert seen[1].empty and "since the last briefing" in seen[1].period
    await ingest_text(store, '"Fares will not rise this year," said transport minister Olaf Brandt.\n', title="Fares")
    clock.now = utc(2024, 1, 17, 8, 1)
    await runner.run_due()
    assert seen[2].statements == 1 and seen[2].sections[0].speaker == "Olaf Brandt"


async def test_runner_late_within_grace_and_skipped_beyond(store) -> None:
    clock = Clock(utc(2024, 1, 14, 12))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    poster = FakePoster()
    runner = DigestRunner(store, poster, clock, Policy(grace=timedelta(hours=6)))
    clock.now = utc(2024, 1, 15, 10, 30)  # down at 08:00 UTC, back 2.5 h later
    await runner.run_due()
    (run,) = await sch.runs_of(store, s.id)
    assert run.status == "posted" and run.late
    clock.now = utc(2024, 1, 16, 15, 0)  # back 7 h after the slot: too old
    report = await runner.run_due()
    assert report.posted == [] and report.skipped == 1
    runs = await sch.runs_of(store, s.id)
    assert runs[0].local_date == "2024-01-16" and runs[0].status == "skipped" and "missed" in runs[0].error
    assert len(poster.posts) == 1


async def test_runner_retries_with_backoff_then_gives_up(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    poster = FakePoster()
    poster.fail = [PostError("Discord answered 503: Service Unavailable")]
    runner = DigestRunner(store, poster, clock)
    clock.now = utc(2024, 1, 15, 8, 0, 1)
    report = await runner.run_due()
    assert report.retrying and not poster.posts
    (run,) = await sch.runs_of(store, s.id)
    assert run.status == "pending" and run.attempts == 1 and "503" in run.error
    assert run.next_attempt_at == "2024-01-15T08:01:01+00:00"
    clock.now += timedelta(seconds=30)
    await runner.run_due()  # not yet
    assert not poster.posts
    clock.now += timedelta(seconds=31)
    await runner.run_due()
    (run,) = await sch.runs_of(store, s.id)
    assert run.status == "posted" and run.attempts == 2 and len(poster.posts) == 1
    assert "503" in run.error  # kept: /digest status shows what went wrong before
    # a post that keeps failing ends as failed after the last attempt
    clock.now = utc(2024, 1, 16, 8, 0, 1)
    poster.fail = [PostError(f"Discord answered 500 (try {i})") for i in range(10)]
    for _ in range(12):
        await runner.run_due()
        clock.now += timedelta(hours=1)
    run = (await sch.runs_of(store, s.id))[0]
    assert run.status == "failed" and run.attempts == Policy().max_attempts and "500" in run.error


async def test_runner_never_reposts_when_the_answer_was_lost(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    poster = FakePoster()
    poster.lose_answer = True  # the message is created, but we never hear so
    runner = DigestRunner(store, poster, clock)
    clock.now = utc(2024, 1, 15, 8, 0, 1)
    await runner.run_due()
    clock.now += timedelta(minutes=2)
    report = await runner.run_due()
    assert report.recovered and len(poster.posts) == 1
    (run,) = await sch.runs_of(store, s.id)
    assert run.status == "posted" and run.message_id == poster.posts[0][1]
    assert poster.posts[0][2] == run_ref(run)


async def test_runner_disables_schedule_when_channel_is_gone(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    other, _ = await sch.save_schedule(store, guild_id=5, channel_id=78, time="09:00", timezone="Europe/Berlin", now=clock())
    poster = FakePoster()
    poster.fail = [PostError("the channel no longer exists", retry=False, channel_gone=True)]
    runner = DigestRunner(store, poster, clock, Policy(concurrency=1))
    clock.now = utc(2024, 1, 15, 8, 0, 1)
    report = await runner.run_due()
    assert report.disabled == [s.id] and len(report.posted) == 1  # the other schedule still posts
    gone = await sch.get_schedule(store, s.id)
    assert not gone.enabled and "no longer exists" in gone.disabled_reason
    clock.now = utc(2024, 1, 16, 8, 0, 1)
    await runner.run_due()
    assert [p for p in poster.posts if p[2] and True] and len(poster.posts) == 2  # only the other one, again
    assert (await sch.runs_of(store, s.id))[0].local_date == "2024-01-15"


async def test_pending_run_left_by_a_crash_is_finished_once(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    s, _ = await sch.save_schedule(store, guild_id=5, channel_id=77, time="09:00", timezone="Europe/Berlin", now=clock())
    clock.now = utc(2024, 1, 15, 8, 0, 1)
    # a process recorded the slot and its attempt, then died before posting
    plans = plan_slots(s, set(), clock(), timedelta(hours=6))
    await sch.record_planned(store, plans, clock())
    (run,) = await sch.runs_of(store, s.id)
    assert await sch.record_attempt(store, run.id, after_id=None, upto_id=0, statements=0, late=False, now=clock())
    poster = FakePoster()
    runner = DigestRunner(store, poster, clock)
    clock.now += timedelta(minutes=3)
    await runner.run_due()
    await runner.run_due()
    assert len(poster.posts) == 1
    (run,) = await sch.runs_of(store, s.id)
    assert run.status == "posted" and run.attempts == 2


def test_grace_setting() -> None:
    from bot.settings import SettingsError, load_settings

    base = {"DISCORD_TOKEN": "FAKE0000000000.XXXXXX.not-a-real-token-at-all", "BRIEFINGS_GUILD_IDS": "1"}
    assert load_settings(base, dotenv=None).digest_grace == timedelta(hours=6)
    assert load_settings({**base, "BRIEFINGS_DIGEST_GRACE": "90m"}, dotenv=None).digest_grace == timedelta(minutes=90)
    assert load_settings({**base, "BRIEFINGS_DIGEST_GRACE": "0"}, dotenv=None).digest_grace == timedelta(0)
    with pytest.raises(SettingsError) as info:
        load_settings({**base, "BRIEFINGS_DIGEST_GRACE": "a while"}, dotenv=None)
    assert "BRIEFINGS_DIGEST_GRACE" in str(info.value) and "\n" not in str(info.value)


async def test_runner_applies_the_schedules_filters(store) -> None:
    clock = Clock(utc(2024, 1, 15, 7))
    await ingest_text(store, ARTICLE_WITH_BRANDT, title="Ferry terminal")  # Brandt, not on fares
    await ingest_text(
        store,
        '"Fares will not rise this year," said transport minister Olaf Brandt.\n\n'
        '"Fares for ferry crews should fall," said harbour chief Maria Velasquez.\n',
        title="Fares",
    )
    await sch.save_schedule(
        store, guild_id=5, channel_id=77, time="09:00", timezone="UTC", speakers=["Olaf Brandt"], topic="fares",
        now=clock(),
    )
    seen: list = []

    class Capturing(FakePoster):
        async def post(self, schedule, run, digest):
            seen.append(digest)
            return await super().post(schedule, run, digest)

    clock.now = utc(2024, 1, 15, 9, 0, 1)
    await DigestRunner(store, Capturing(), clock).run_due()
    (digest,) = seen
    assert [s.speaker for s in digest.sections] == ["Olaf Brandt"]
    assert [i.text for i in digest.sections[0].items] == ["Fares will not rise this year,"]
    assert digest.filters_text() == "from Olaf Brandt on fares"
