"""Settings: environment and .env, validation with one clear line, the token never shown."""

from __future__ import annotations

from pathlib import Path

import discord.gateway
import discord.http
import pytest

from bot.settings import RedactingFilter, SettingsError, load_settings, parse_dotenv

TOKEN = "FAKE0000000000.XXXXXX.not-a-real-token-at-all"  # the shape of a token, nothing more


def env(**kw: str) -> dict[str, str]:
    base = {"DISCORD_TOKEN": TOKEN, "BRIEFINGS_GUILD_IDS": "123456789012345678"}
    base.update(kw)
    return {k: v for k, v in base.items() if v is not None}


def test_minimal_settings(tmp_path: Path) -> None:
    s = load_settings(env(BRIEFINGS_DB=str(tmp_path / "b.db")), dotenv=None)
    assert s.token == TOKEN
    assert s.guild_ids == {123456789012345678}
    assert s.allows(123456789012345678) and not s.allows(1) and not s.allows(None)
    assert s.log_level == "INFO" and s.dev_guild is None
    assert TOKEN not in repr(s) and TOKEN not in str(s)


def test_several_guilds_and_dev_guild() -> None:
    s = load_settings(
        env(BRIEFINGS_GUILD_IDS="1, 2 3", BRIEFINGS_DEV_GUILD="2", BRIEFINGS_LOG_LEVEL="debug"), dotenv=None
    )
    assert s.guild_ids == {1, 2, 3} and s.dev_guild == 2 and s.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"DISCORD_TOKEN": None}, "DISCORD_TOKEN is not set"),
        ({"DISCORD_TOKEN": "short"}, "does not look like a bot token"),
        ({"BRIEFINGS_GUILD_IDS": ""}, "BRIEFINGS_GUILD_IDS is empty"),
        ({"BRIEFINGS_GUILD_IDS": "12,abc"}, "not a Discord ID"),
        ({"BRIEFINGS_DEV_GUILD": "99"}, "must also be listed"),
        ({"BRIEFINGS_LOG_LEVEL": "LOUD"}, "BRIEFINGS_LOG_LEVEL"),
        ({"DISCORD_API_BASE": "ftp://x"}, "DISCORD_API_BASE"),
        ({"DISCORD_GATEWAY_URL": "http://x"}, "DISCORD_GATEWAY_URL"),
        ({"BRIEFINGS_DB": "/no/such/folder/b.db"}, "does not exist"),
    ],
)
def test_bad_settings_are_one_clear_line(overrides: dict, needle: str) -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(env(**overrides), dotenv=None)
    message = str(info.value)
    assert needle in message and "\n" not in message
    assert TOKEN not in message


def test_db_that_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="is a directory"):
        load_settings(env(BRIEFINGS_DB=str(tmp_path)), dotenv=None)


def test_bot_prefix_is_stripped() -> None:
    assert load_settings(env(DISCORD_TOKEN="Bot " + TOKEN), dotenv=None).token == TOKEN


def test_dotenv_parser() -> None:
    text = """
# comment
export DISCORD_TOKEN='abc # not a comment'
BRIEFINGS_DB = data/b.db  # trailing comment
QUOTED="a \\"b\\" c\\nd"
EMPTY=
"""
    assert parse_dotenv(text) == {
        "DISCORD_TOKEN": "abc # not a comment",
        "BRIEFINGS_DB": "data/b.db",
        "QUOTED": 'a "b" c\nd',
        "EMPTY": "",
    }
    with pytest.raises(SettingsError, match="line 1"):
        parse_dotenv("not a setting")
    with pytest.raises(SettingsError, match="unterminated"):
        parse_dotenv('A="open')


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"DISCORD_TOKEN={TOKEN}\nBRIEFINGS_GUILD_IDS=5\nBRIEFINGS_LOG_LEVEL=WARNING\n")
    s = load_settings({"BRIEFINGS_LOG_LEVEL": "ERROR"}, dotenv=dotenv)
    assert s.token == TOKEN and s.guild_ids == {5} and s.log_level == "ERROR"


def test_endpoints_are_applied() -> None:
    old = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    try:
        s = load_settings(
            env(
                DISCORD_TOKEN="fake-token-for-tests",
                DISCORD_API_BASE="http://127.0.0.1:9/api/v10/",
                DISCORD_GATEWAY_URL="ws://127.0.0.1:9/gateway",
            ),
            dotenv=None,
        )
        s.apply_endpoints()
        assert discord.http.Route.BASE == "http://127.0.0.1:9/api/v10"
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gateway"
    finally:
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old


def test_redacting_filter() -> None:
    import logging

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token is %s", (TOKEN,), None)
    assert RedactingFilter(TOKEN).filter(record)
    assert TOKEN not in record.getMessage() and "[token]" in record.getMessage()


def test_fetch_and_feed_settings() -> None:
    s = load_settings(
        env(
            BRIEFINGS_FETCH_ALLOW="127.0.0.0/8, feeds.lan",
            BRIEFINGS_FETCH_MAX_MB="1",
            BRIEFINGS_FEED_INTERVAL="60",
            BRIEFINGS_FEED_MAX_FAILURES="5",
        ),
        dotenv=None,
    )
    assert s.fetch.allow == ("127.0.0.0/8", "feeds.lan") and s.fetch.max_bytes == 2**20
    assert s.feeds.interval == 3600 and s.feeds.max_failures == 5
    defaults = load_settings(env(), dotenv=None)
    assert defaults.fetch.allow == () and defaults.fetch.max_bytes == 5 * 2**20 and defaults.feeds.interval == 900
    for name, value in (
        ("BRIEFINGS_FETCH_ALLOW", "10.0.0.0/99"),
        ("BRIEFINGS_FETCH_TIMEOUT", "forever"),
        ("BRIEFINGS_FEED_INTERVAL", "2"),
        ("BRIEFINGS_FEED_MAX_FAILURES", "-1"),
    ):
        with pytest.raises(SettingsError, match=name) as info:
            load_settings(env(**{name: value}), dotenv=None)
        assert "\n" not in str(info.value)
