"""Settings for the bot, from the environment and an optional ``.env`` file.

The environment wins over ``.env``. Every problem becomes a :class:`SettingsError` whose message
is one line a person can act on; the token is never part of any message or ``repr``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import yarl

from briefings.feeds import FeedOptions, options_from_env
from briefings.fetch import FetchPolicy, policy_from_env

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_DB = "briefings.db"
DEFAULT_DIGEST_GRACE = timedelta(hours=6)

# Discord bot tokens are three base64url parts separated by dots. We only check the shape, so a
# pasted client secret or an empty value is caught before we ever talk to Discord.
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{3,}\.[A-Za-z0-9_\-]{10,}$")
_FAKE_TOKEN_RE = re.compile(r"^[\x21-\x7e]{8,}$")  # loose check used when pointed at a non-Discord endpoint


class SettingsError(Exception):
    """A setting is missing or wrong; ``str(exc)`` is the one line to print."""


@dataclass(frozen=True)
class Settings:
    token: str = field(repr=False)
    db_path: Path
    guild_ids: frozenset[int]
    dev_guild: int | None = None
    log_level: str = "INFO"
    api_base: str | None = None
    gateway_url: str | None = None
    fetch: FetchPolicy = field(default_factory=FetchPolicy)  # web pages and feeds: limits, allow-list
    feeds: FeedOptions = field(default_factory=FeedOptions)  # feed polling: interval, failures
    digest_grace: timedelta = DEFAULT_DIGEST_GRACE  # a digest missed while down is posted late within this

    def __repr__(self) -> str:  # never show the token
        return (
            f"Settings(db_path={str(self.db_path)!r}, guild_ids={sorted(self.guild_ids)}, "
            f"dev_guild={self.dev_guild}, log_level={self.log_level!r}, api_base={self.api_base!r}, "
            f"gateway_url={self.gateway_url!r}, fetch={self.fetch!r}, feeds={self.feeds!r}, "
            f"digest_grace={self.digest_grace})"
        )

    def allows(self, guild_id: int | None) -> bool:
        """Whether the bot serves this guild (direct messages are not served)."""
        return guild_id is not None and guild_id in self.guild_ids

    def apply_endpoints(self) -> None:
        """Point discord.py at another Discord-compatible endpoint when configured."""
        import discord.gateway
        import discord.http

        if self.api_base:
            discord.http.Route.BASE = self.api_base.rstrip("/")
        if self.gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)


def parse_dotenv(text: str) -> dict[str, str]:
    """A small ``.env`` parser: ``KEY=value`` lines, ``export`` prefix, ``#`` comments, quotes.

    Single-quoted values are literal; double-quoted values understand ``\\n``, ``\\"`` and ``\\\\``;
    unquoted values lose a trailing `` # comment``.
    """
    out: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise SettingsError(f".env line {lineno}: expected KEY=value")
        value = value.strip()
        if value[:1] in ("'", '"'):
            quote = value[0]
            end = value.find(quote, 1)
            while quote == '"' and end > 0 and value[end - 1] == "\\":
                end = value.find(quote, end + 1)
            if end < 0:
                raise SettingsError(f".env line {lineno}: unterminated quoted value for {key}")
            inner = value[1:end]
            if quote == '"':
                inner = inner.replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")
            value = inner
        else:
            value = re.split(r"\s+#", value, maxsplit=1)[0].strip()
        out[key] = value
    return out


def _snowflake(name: str, value: str) -> int:
    value = value.strip()
    if not value.isdigit() or not (0 < int(value) < 2**64):
        raise SettingsError(f"{name}: {value!r} is not a Discord ID (a number like 123456789012345678)")
    return int(value)


def _url(name: str, value: str, schemes: tuple[str, ...]) -> str:
    try:
        url = yarl.URL(value)
    except (TypeError, ValueError):
        url = None
    if url is None or url.scheme not in schemes or not url.host:
        raise SettingsError(f"{name}: {value!r} is not a {' or '.join(schemes)} URL")
    return value


def load_settings(
    environ: Mapping[str, str] | None = None,
    *,
    dotenv: str | Path | None = ".env",
    require_token: bool = True,
) -> Settings:
    """Read the settings. ``environ`` defaults to ``os.environ``; it overrides the ``.env`` file."""
    env: dict[str, str] = {}
    if dotenv is not None:
        path = Path(dotenv)
        if path.is_file():
            try:
                env.update(parse_dotenv(path.read_text(encoding="utf-8")))
            except OSError as exc:
                raise SettingsError(f"cannot read {path}: {exc.strerror}") from None
            except UnicodeDecodeError:
                raise SettingsError(f"cannot read {path}: not UTF-8 text") from None
    env.update({k: v for k, v in (os.environ if environ is None else environ).items()})

    api_base = env.get("DISCORD_API_BASE", "").strip() or None
    gateway_url = env.get("DISCORD_GATEWAY_URL", "").strip() or None
    if api_base:
        _url("DISCORD_API_BASE", api_base, ("http", "https"))
    if gateway_url:
        _url("DISCORD_GATEWAY_URL", gateway_url, ("ws", "wss"))

    token = env.get("DISCORD_TOKEN", "").strip()
    if token.lower().startswith("bot "):
        token = token[4:].strip()
    if require_token:
        if not token:
            raise SettingsError("DISCORD_TOKEN is not set (put the bot token in the environment or .env)")
        shape = _FAKE_TOKEN_RE if api_base else _TOKEN_RE
        if not shape.match(token):
            raise SettingsError("DISCORD_TOKEN does not look like a bot token (copy it from the Bot page)")

    db = env.get("BRIEFINGS_DB", "").strip() or DEFAULT_DB
    db_path = Path(db).expanduser()
    if db_path.exists() and db_path.is_dir():
        raise SettingsError(f"BRIEFINGS_DB: {db} is a directory, not a database file")
    if not db_path.parent.exists() and str(db_path) != ":memory:":
        raise SettingsError(f"BRIEFINGS_DB: the folder {db_path.parent} does not exist")

    raw_guilds = env.get("BRIEFINGS_GUILD_IDS", "")
    guild_ids = frozenset(_snowflake("BRIEFINGS_GUILD_IDS", g) for g in re.split(r"[,\s]+", raw_guilds) if g)
    dev_raw = env.get("BRIEFINGS_DEV_GUILD", "").strip()
    dev_guild = _snowflake("BRIEFINGS_DEV_GUILD", dev_raw) if dev_raw else None
    if dev_guild is not None and guild_ids and dev_guild not in guild_ids:
        raise SettingsError("BRIEFINGS_DEV_GUILD must also be listed in BRIEFINGS_GUILD_IDS")
    if dev_guild is not None and not guild_ids:
        guild_ids = frozenset({dev_guild})
    if require_token and not guild_ids:
        raise SettingsError(
            "BRIEFINGS_GUILD_IDS is empty: list the guild IDs the bot serves, comma-separated"
        )

    level = (env.get("BRIEFINGS_LOG_LEVEL", "").strip() or "INFO").upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"BRIEFINGS_LOG_LEVEL: {level!r} is not one of {', '.join(LOG_LEVELS)}")

    try:
        fetch = policy_from_env(env)
        feeds = options_from_env(env)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None
    grace_raw = env.get("BRIEFINGS_DIGEST_GRACE", "").strip()
    digest_grace = DEFAULT_DIGEST_GRACE
    if grace_raw:
        from briefings.schedules import parse_duration

        try:
            digest_grace = parse_duration(grace_raw)
        except ValueError:
            raise SettingsError(
                f"BRIEFINGS_DIGEST_GRACE: {grace_raw[:40]!r} is not a duration like 6h, 90m or 1d (0: never post late)"
            ) from None

    return Settings(
        token=token,
        db_path=db_path,
        guild_ids=guild_ids,
        dev_guild=dev_guild,
        log_level=level,
        api_base=api_base,
        gateway_url=gateway_url,
        fetch=fetch,
        feeds=feeds,
        digest_grace=digest_grace,
    )


class RedactingFilter(logging.Filter):
    """Belt and braces: replace the token in any log record that somehow contains it."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        try:
            message = record.getMessage()
        except Exception:
            return True
        if self.secret in message:
            record.msg = message.replace(self.secret, "[token]")
            record.args = None
        if record.exc_text and self.secret in record.exc_text:
            record.exc_text = record.exc_text.replace(self.secret, "[token]")
        return True
