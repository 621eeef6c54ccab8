"""End to end: the real bot (real discord.py client) against the fake Discord on loopback.

Each test starts the bot, sends INTERACTION_CREATE events through the fake gateway and asserts on
what the bot sent back over REST.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cogs import rendering
from tests.botfixtures import GUILD, OTHER_GUILD, log_capture, running_bot, seed_paths  # noqa: F401
from tests.fakediscord import ADMIN_PERMS, FAKE_TOKEN, MEMBER_PERMS, FakeDiscord

REPO = Path(__file__).resolve().parent.parent
EPHEMERAL = 64
needs_seeds = pytest.mark.skipif(not seed_paths(), reason="seed articles not available")

ARTICLE = """Harbour board approves the new ferry terminal
Port Authority chair Maria Velasquez said the terminal would open next spring.
"We have waited long enough for this terminal, and the ferry crews deserve it," Velasquez said.
Transport minister Olaf Brandt warned that the budget was tight.
"Every euro of the terminal budget will be watched," Brandt said on Monday.
"""

PING_ARTICLE = """Council meeting ends in uproar
"@everyone should come to the harbour meeting tomorrow, <@123456789012345678> included," said councillor Jonas Pike.
"""


# --------------------------------------------------------------------------- helpers


def bot_messages(fake: FakeDiscord) -> list[dict]:
    """Every message body the bot sent (callbacks with data, webhook and channel messages)."""
    out = []
    for r in fake.requests:
        body = r.body
        if isinstance(body, dict) and "payload_json" in body:
            body = body["payload_json"]
        if not isinstance(body, dict):
            continue
        if r.path.endswith("/callback"):
            if body.get("type") in (4, 7) and body.get("data"):
                out.append(body["data"])
        elif r.method in ("POST", "PATCH") and ("/webhooks/" in r.path or "/messages" in r.path):
            out.append(body)
    return out


def assert_discord_rules(fake: FakeDiscord) -> None:
    """No message pinged anyone or broke a limit."""
    import discord

    messages = bot_messages(fake)
    assert messages, "the bot sent nothing"
    for body in messages:
        assert body.get("allowed_mentions") == {"parse": []}, body.get("allowed_mentions")
        embeds = [discord.Embed.from_dict(e) for e in body.get("embeds") or []]
        assert rendering.message_kwargs_fit(body.get("content"), embeds), body


def embed_of(msg: dict) -> dict:
    assert msg.get("embeds"), msg
    return msg["embeds"][0]


def is_ephemeral(data: dict) -> bool:
    return bool((data.get("flags") or 0) & EPHEMERAL)


async def answer(fake: FakeDiscord, inter, timeout: float = 10.0) -> dict:
    """The final message for an interaction (initial response or first followup)."""
    return await fake.wait_message(inter, timeout)


def button_ids(msg: dict) -> dict[str, str]:
    """label -> custom_id of the buttons on a message."""
    out = {}
    for row in msg.get("components") or []:
        for comp in row.get("components", []):
            if comp.get("type") == 2:
                out[comp["label"]] = comp["custom_id"]
    return out


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "briefings.db"


# --------------------------------------------------------------------------- /ask


@needs_seeds
async def test_ask_zas_mission_returns_only_zas_with_sources(db: Path) -> None:
    async with running_bot(db, ingest=seed_paths()) as run:
        inter = await run.fake.slash("ask", {"question": "what did Zas say about a mission?"})
        msg = await answer(run.fake, inter)
        embed = embed_of(msg)
        zas = (await run.bot.store.resolve_speaker("Zas")).speaker
        assert zas is not None
        assert zas.name in embed["title"]
        assert embed["fields"], embed
        for field in embed["fields"]:
            assert field["name"].startswith(zas.name + " — "), field["name"]
            assert "\n— " in field["value"]  # a source line follows the words
        assert any("mission" in f["value"].lower() for f in embed["fields"])
        assert_discord_rules(run.fake)


@needs_seeds
async def test_ask_paging_buttons(db: Path) -> None:
    async with running_bot(db, ingest=seed_paths()) as run:
        inter = await run.fake.slash("ask", {"question": "what did Zas say?"})
        msg = await answer(run.fake, inter)
        first = embed_of(msg)
        buttons = button_ids(msg)
        if not buttons:
            pytest.skip("fewer than two pages of Zas statements in the seeds")
        assert first["footer"]["text"].startswith("Page 1/")
        click = await run.fake.click(msg, buttons["Next ›"], user_id=inter.user_id)
        update = await run.fake.wait_response(click)
        assert update["type"] == 7  # UPDATE_MESSAGE
        assert update["data"]["embeds"][0]["footer"]["text"].startswith("Page 2/")
        # someone else cannot turn the pages
        other = await run.fake.click(msg, buttons["Next ›"], user_id=999)
        refusal = await run.fake.wait_response(other)
        assert refusal["type"] == 4 and is_ephemeral(refusal["data"])
        assert "Only the person" in refusal["data"]["content"]
        assert_discord_rules(run.fake)


async def test_ask_pages_and_nothing_found(db: Path) -> None:
    async with running_bot(db) as run:
        await _add_text(run, ARTICLE, title="Ferry terminal")
        inter = await run.fake.slash("ask", {"question": "what did Velasquez say about the terminal?"})
        embed = embed_of(await answer(run.fake, inter))
        assert "Maria Velasquez" in embed["title"]
        assert all(f["name"].startswith("Maria Velasquez") for f in embed["fields"])
        assert any("**terminal**" in f["value"] for f in embed["fields"])  # highlighted

        inter = await run.fake.slash("ask", {"question": "what did Nobodyknown say about bananas?"})
        embed = embed_of(await answer(run.fake, inter))
        assert embed["title"] == "Nothing found"
        assert embed.get("description")
        assert_discord_rules(run.fake)


async def test_ask_bad_options_are_refused_ephemerally(db: Path) -> None:
    async with running_bot(db) as run:
        for question in ("   ", "x" * 400):
            inter = await run.fake.slash("ask", {"question": question})
            cb = await run.fake.wait_response(inter)
            assert cb["type"] == 4 and is_ephemeral(cb["data"]), cb
            assert len(cb["data"]["content"]) < 200
        assert_discord_rules(run.fake)


# --------------------------------------------------------------------------- autocomplete, /quotes, /speakers


@needs_seeds
async def test_speaker_autocomplete(db: Path) -> None:
    async with running_bot(db, ingest=seed_paths()) as run:
        zas = (await run.bot.store.resolve_speaker("Zas")).speaker
        for typed in ("Zas", "stanis", "Stantilav Zas", ""):
            inter = await run.fake.autocomplete("quotes", {"speaker": typed}, "speaker")
            cb = await run.fake.wait_response(inter)
            assert cb["type"] == 8, cb
            choices = cb["data"]["choices"]
            assert len(choices) <= 25
            assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
            if typed:
                assert zas.name in [c["value"] for c in choices], (typed, choices)


async def test_quotes_and_speakers(db: Path) -> None:
    async with running_bot(db) as run:
        await _add_text(run, ARTICLE, title="Ferry terminal")
        inter = await run.fake.slash("quotes", {"speaker": "Brandt"})
        embed = embed_of(await answer(run.fake, inter))
        assert "Olaf Brandt" in embed["title"]
        assert any("euro" in f["value"] for f in embed["fields"])

        inter = await run.fake.slash("quotes", {"speaker": "Velasquez", "topic": "ferry crews"})
        embed = embed_of(await answer(run.fake, inter))
        assert "Velasquez" in embed["title"] and "ferry crews" in embed["title"]

        inter = await run.fake.slash("quotes", {"speaker": "Zzyzx Unknown"})
        cb = await run.fake.wait_response(inter)
        assert is_ephemeral(cb["data"]) and "Zzyzx" in cb["data"]["content"]

        inter = await run.fake.slash("speakers")
        embed = embed_of(await answer(run.fake, inter))
        assert "Maria Velasquez" in embed["description"] and "Olaf Brandt" in embed["description"]

        inter = await run.fake.slash("speakers", {"name": "Velasquez"})
        embed = embed_of(await answer(run.fake, inter))
        assert embed["title"] == "Maria Velasquez"
        assert any(f["name"].startswith("Latest") for f in embed["fields"])
        assert_discord_rules(run.fake)


# --------------------------------------------------------------------------- /whosaid and the menu


async def test_whosaid_and_context_menu_never_ping(db: Path) -> None:
    async with running_bot(db) as run:
        await _add_text(run, ARTICLE, title="Ferry terminal")
        await _add_text(run, PING_ARTICLE, title="Uproar")
        inter = await run.fake.slash("whosaid", {"quote": "waited long enough for this terminal"})
        embed = embed_of(await answer(run.fake, inter))
        assert embed["fields"][0]["name"].startswith("Maria Velasquez")

        message = run.fake.make_message("Every euro of the terminal budget will be watched")
        inter = await run.fake.message_command("Who said this?", message)
        embed = embed_of(await answer(run.fake, inter))
        assert embed["fields"][0]["name"].startswith("Olaf Brandt")

        inter = await run.fake.slash("whosaid", {"quote": "everyone should come to the harbour meeting"})
        msg = await answer(run.fake, inter)
        text = embed_of(msg)["fields"][0]["value"].replace("**", "")
        assert "@everyone" in text and "<@123456789012345678>" in text
        cb = run.fake.callbacks[inter.id][0]
        body = cb["data"] if cb["type"] == 4 else run.fake.requests_to("POST", r"^/webhooks/")[-1].body
        assert body["allowed_mentions"] == {"parse": []}

        empty = run.fake.make_message("")
        inter = await run.fake.message_command("Who said this?", empty)
        cb = await run.fake.wait_response(inter)
        assert is_ephemeral(cb["data"]) and "no text" in cb["data"]["content"]
        assert_discord_rules(run.fake)


# --------------------------------------------------------------------------- /source and /alias (Manage Server)


async def _add_text(run, text: str, **options) -> dict:
    inter = await run.fake.slash("source add", {"text": text, **options}, permissions=ADMIN_PERMS)
    msg = await answer(run.fake, inter)
    assert "Added" in msg["content"] or "Already" in msg["content"], msg
    return msg


async def test_source_add_list_remove(db: Path) -> None:
    async with running_bot(db) as run:
        fake = run.fake
        att = fake.add_attachment("ferry.txt", ARTICLE.encode())
        option, resolved = fake.attachment_option(att)
        inter = await fake.slash(
            "source add",
            {"file": option, "outlet": "Harbour Times", "date": "2024-03-05"},
            resolved=resolved,
            permissions=ADMIN_PERMS,
        )
        first = await fake.wait_response(inter)
        assert first["type"] == 5 and is_ephemeral(first["data"])  # deferred: ingesting takes a moment
        msg = await answer(fake, inter)
        assert "Added" in msg["content"] and "statement" in msg["content"]
        assert (await run.bot.store.counts())["documents"] == 1

        # the same text again is a no-op
        again = await fake.slash("source add", {"text": ARTICLE}, permissions=ADMIN_PERMS)
        assert "Already" in (await answer(fake, again))["content"]

        bad = fake.add_attachment("evil.exe", b"MZ")
        option, resolved = fake.attachment_option(bad)
        inter = await fake.slash("source add", {"file": option}, resolved=resolved, permissions=ADMIN_PERMS)
        cb = await fake.wait_response(inter)
        assert is_ephemeral(cb["data"]) and ".txt" in cb["data"]["content"]

        inter = await fake.slash(
            "source add", {"text": "x", "date": "yesterday-ish"}, permissions=ADMIN_PERMS
        )
        cb = await fake.wait_response(inter)
        assert is_ephemeral(cb["data"]) and "date" in cb["data"]["content"]

        inter = await fake.slash("source list", permissions=ADMIN_PERMS)
        msg = await answer(fake, inter)
        assert is_ephemeral(msg) or is_ephemeral(fake.callbacks[inter.id][0].get("data") or {})
        description = embed_of(msg)["description"]
        assert "Harbour Times" in description
        doc_id = (await run.bot.store.list_documents())[0].id

        inter = await fake.slash("source remove", {"id": doc_id[:10]}, permissions=ADMIN_PERMS)
        assert "Removed" in (await answer(fake, inter))["content"]
        assert (await run.bot.store.counts())["documents"] == 0

        inter = await fake.slash("source remove", {"id": "zz"}, permissions=ADMIN_PERMS)
        cb = await fake.wait_response(inter)
        assert is_ephemeral(cb["data"])
        assert_discord_rules(fake)


async def test_admin_commands_need_manage_server(db: Path) -> None:
    async with running_bot(db) as run:
        for name, options in (
            ("source add", {"text": ARTICLE}),
            ("source list", {}),
            ("source remove", {"id": "abcdef"}),
            ("alias add", {"name": "the chair", "speaker": "Velasquez"}),
            ("alias remove", {"name": "the chair"}),
        ):
            inter = await run.fake.slash(name, options, permissions=MEMBER_PERMS)
            cb = await run.fake.wait_response(inter)
            assert cb["type"] == 4 and is_ephemeral(cb["data"]), (name, cb)
            assert "Manage Server" in cb["data"]["content"], cb
        assert (await run.bot.store.counts())["documents"] == 0
        # the commands are also hidden from members by default in Discord
        payload = {c.name: c.to_dict(run.bot.tree) for c in run.bot.tree.get_commands()}
        assert payload["source"]["default_member_permissions"] in (32, "32")
        assert payload["alias"]["default_member_permissions"] in (32, "32")


async def test_alias_add_overrides_and_remove(db: Path) -> None:
    async with running_bot(db) as run:
        await _add_text(run, ARTICLE, title="Ferry terminal")
        inter = await run.fake.slash(
            "alias add", {"name": "the harbour boss", "speaker": "Velasquez"}, permissions=ADMIN_PERMS
        )
        msg = await answer(run.fake, inter)
        assert "Maria Velasquez" in msg["content"]
        inter = await run.fake.slash("quotes", {"speaker": "the harbour boss"})
        assert "Maria Velasquez" in embed_of(await answer(run.fake, inter))["title"]

        inter = await run.fake.slash("alias remove", {"name": "the harbour boss"}, permissions=ADMIN_PERMS)
        assert "Removed" in (await answer(run.fake, inter))["content"]
        inter = await run.fake.slash("alias remove", {"name": "the harbour boss"}, permissions=ADMIN_PERMS)
        cb = await run.fake.wait_response(inter)
        assert is_ephemeral(cb["data"])
        inter = await run.fake.slash(
            "alias add", {"name": "x", "speaker": "Nobody Atall"}, permissions=ADMIN_PERMS
        )
        cb = await run.fake.wait_response(inter)
        assert is_ephemeral(cb["data"]) and "Nobody Atall" in cb["data"]["content"]
        assert_discord_rules(run.fake)


# --------------------------------------------------------------------------- guilds, failures, errors


async def test_guild_not_in_allow_list_is_left_and_ignored(db: Path) -> None:
    async with running_bot(db, guilds=(GUILD, OTHER_GUILD), allowed=(GUILD,)) as run:
        await run.fake.wait_request("DELETE", rf"^/users/@me/guilds/{OTHER_GUILD}$")
        ignored = await run.fake.slash("ask", {"question": "anything"}, guild_id=OTHER_GUILD)
        served = await run.fake.slash("ask", {"question": "anything"}, guild_id=GUILD)
        await run.fake.wait_response(served)
        assert ignored.id not in run.fake.callbacks  # answered nothing there
        # a guild joined at runtime is left as well
        third = 333333333333333333
        await run.fake.add_guild(third)
        await run.fake.wait_request("DELETE", rf"^/users/@me/guilds/{third}$")
        assert run.fake.left_guilds == [OTHER_GUILD, third]


async def test_rate_limited_callback_is_retried(db: Path) -> None:
    async with running_bot(db) as run:
        await _add_text(run, ARTICLE)
        run.fake.fail_next("POST", r"^/interactions/\d+/[^/]+/callback$", 429, count=1, retry_after=0.05)
        inter = await run.fake.slash("ask", {"question": "what did Brandt say?"})
        msg = await answer(run.fake, inter)
        assert "Olaf Brandt" in embed_of(msg)["title"]
        calls = [
            r
            for r in run.fake.requests_to("POST", rf"^/interactions/{inter.id}/")
            if r.path.endswith("callback")
        ]
        assert [r.status for r in calls] == [429, 200]
        assert calls[0].body == calls[1].body  # same answer re-sent, nothing lost


async def test_server_error_on_followup_is_retried(db: Path) -> None:
    async with running_bot(db) as run:
        run.fake.fail_next("POST", r"^/webhooks/\d+/[^/]+$", 500, count=1)
        inter = await run.fake.slash("source add", {"text": ARTICLE}, permissions=ADMIN_PERMS)
        msg = await answer(run.fake, inter, timeout=15)
        assert "Added" in msg["content"]
        posts = run.fake.requests_to("POST", rf"^/webhooks/\d+/{inter.token}$")
        assert [r.status for r in posts] == [500, 200]


async def test_server_error_on_callback_is_retried(db: Path) -> None:
    async with running_bot(db) as run:
        run.fake.fail_next("POST", r"^/interactions/\d+/[^/]+/callback$", 500, count=1)
        inter = await run.fake.slash("speakers")
        assert (await answer(run.fake, inter, timeout=15))["embeds"]
        calls = run.fake.requests_to("POST", rf"^/interactions/{inter.id}/")
        assert [r.status for r in calls] == [500, 200]


async def test_failed_answer_is_reported_and_bot_carries_on(db: Path, log_capture) -> None:  # noqa: F811
    """Discord refusing the answer (expired interaction): logged with context, no token, bot serves on."""
    async with running_bot(db) as run:
        run.fake.fail_next("POST", r"^/interactions/\d+/[^/]+/callback$", 404, count=2)
        inter = await run.fake.slash("speakers")
        await run.fake.wait_for(
            lambda: len(run.fake.requests_to("POST", rf"^/interactions/{inter.id}/")) >= 2
        )
        inter2 = await run.fake.slash("speakers")
        assert (await answer(run.fake, inter2))["embeds"]
    logs = log_capture.text()
    assert "command /speakers failed" in logs and "404" in logs
    assert FAKE_TOKEN not in logs


async def test_unexpected_error_is_logged_with_context_and_answered(db: Path, log_capture) -> None:  # noqa: F811
    async with running_bot(db) as run:

        async def broken(*args, **kwargs):
            raise RuntimeError("disk on fire")

        run.bot.store.list_speakers = broken
        inter = await run.fake.slash("speakers")
        cb = await run.fake.wait_response(inter)
        msg = await answer(run.fake, inter)
        text = msg.get("content") or cb["data"].get("content", "")
        assert "went wrong" in text
        assert is_ephemeral(msg) or is_ephemeral(cb["data"])
    logs = log_capture.text()
    assert "command /speakers failed" in logs and "guild 111111111111111111" in logs
    assert "disk on fire" in logs
    assert FAKE_TOKEN not in logs


async def test_sync_is_not_done_on_ready(db: Path) -> None:
    async with running_bot(db) as run:
        inter = await run.fake.slash("speakers")
        await run.fake.wait_response(inter)
        assert not run.fake.requests_to("PUT", r"/commands$")


# --------------------------------------------------------------------------- the process: python -m bot


def _bot_env(fake: FakeDiscord | None, tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFINGS_"))}
    env.update(
        {
            "BRIEFINGS_DB": str(tmp / "briefings.db"),
            "BRIEFINGS_GUILD_IDS": str(GUILD),
            "PYTHONPATH": str(REPO),
        }
    )
    if fake is not None:
        env.update(fake.env())
    env.update(extra)
    return env


async def _run_module(
    args: list[str], env: dict[str, str], cwd: Path, timeout: float = 30
) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode, out.decode(), err.decode()


async def test_startup_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    fake = FakeDiscord(guilds=[GUILD])
    await fake.start()
    try:
        cases = [
            _bot_env(None, tmp_path),  # no token
            _bot_env(None, tmp_path, DISCORD_TOKEN="nope"),  # malformed token
            _bot_env(fake, tmp_path, DISCORD_TOKEN="wrong.token-for-fake"),  # rejected by Discord (401)
            _bot_env(fake, tmp_path, BRIEFINGS_DB=str(tmp_path)),  # a directory
            _bot_env(fake, tmp_path, BRIEFINGS_GUILD_IDS="not-a-number"),
            _bot_env(fake, tmp_path, BRIEFINGS_LOG_LEVEL="LOUD"),
        ]
        garbage = tmp_path / "garbage.db"
        garbage.write_bytes(b"this is not a sqlite database at all" * 100)
        cases.append(_bot_env(fake, tmp_path, BRIEFINGS_DB=str(garbage)))
        for env in cases:
            code, out, err = await _run_module([], env, tmp_path)
            errors = [line for line in err.splitlines() if line.startswith("error: ")]
            assert code == 2, (env.get("DISCORD_TOKEN"), out, err)
            assert len(errors) == 1 and err.rstrip().endswith(errors[0]), err
            assert "Traceback" not in err
            assert FAKE_TOKEN not in err and "wrong.token-for-fake" not in err
    finally:
        await fake.stop()


async def test_sync_command_puts_commands(tmp_path: Path) -> None:
    fake = FakeDiscord(guilds=[GUILD])
    await fake.start()
    try:
        code, out, err = await _run_module(
            ["sync", "--guild", str(GUILD)], _bot_env(fake, tmp_path), tmp_path
        )
        assert code == 0, err
        put = fake.requests_to("PUT", rf"/guilds/{GUILD}/commands$")
        assert len(put) == 1
        names = {c["name"] for c in put[0].body}
        assert {"ask", "quotes", "whosaid", "speakers", "source", "alias", "Who said this?"} <= names
        assert "synced" in out
    finally:
        await fake.stop()


@needs_seeds
async def test_python_m_bot_answers_ask_against_fake(tmp_path: Path) -> None:
    """The issue's "done" check: `python -m bot` answers /ask about Zas from the seed articles."""
    from briefings.ingest import ingest_paths
    from briefings.store import Store

    store = await Store.open(tmp_path / "briefings.db")
    await ingest_paths(store, seed_paths())
    zas = (await store.resolve_speaker("Zas")).speaker
    await store.close()

    fake = FakeDiscord(guilds=[GUILD])
    await fake.start()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        env=_bot_env(fake, tmp_path),
        cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_ready(timeout=20)
        inter = await fake.slash("ask", {"question": "what did Zas say about a mission?"})
        embed = embed_of(await fake.wait_message(inter, timeout=15))
        assert all(f["name"].startswith(zas.name) for f in embed["fields"])
    finally:
        proc.terminate()
        _, err = await asyncio.wait_for(proc.communicate(), 15)
        await fake.stop()
    assert proc.returncode in (0, -15), err.decode()[-2000:]
    assert FAKE_TOKEN not in err.decode()


def test_no_real_token_in_repo() -> None:
    out = subprocess.run(
        [
            "git",
            "grep",
            "-nE",
            r"[MN][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}",
            "--",
            "bot",
            "cogs",
            "tests",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.stdout == ""
