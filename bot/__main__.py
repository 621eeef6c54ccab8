"""``python -m bot`` runs the bot; ``python -m bot sync [--guild ID]`` syncs its slash commands.

Start-up problems (settings, token, database, unreachable Discord) print one line and exit 2.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

import aiohttp
import discord

from bot.settings import RedactingFilter, Settings, SettingsError, load_settings

EXIT_STARTUP = 2
log = logging.getLogger("bot")


class StartupError(Exception):
    """A problem that stops start-up; ``str(exc)`` is the line to print."""


def configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(settings.token))
    root = logging.getLogger()
    handler.addFilter(lambda record: "voice will NOT be supported" not in record.getMessage())
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    if settings.log_level != "DEBUG":
        logging.getLogger("discord").setLevel(max(logging.INFO, logging.getLevelName(settings.log_level)))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Run the Briefings Discord bot.")
    parser.add_argument(
        "--env-file", default=".env", help="settings file read before the environment (default .env)"
    )
    sub = parser.add_subparsers(dest="command")
    sync = sub.add_parser("sync", help="register the slash commands with Discord, then exit")
    sync.add_argument("--guild", type=int, help="sync to this guild only (instant; for development)")
    return parser.parse_args(argv)


async def _open_store(bot) -> None:
    try:
        await bot.open_store()
    except Exception as exc:  # StoreError, sqlite3 errors, OSError: all mean "cannot use this file"
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StartupError(f"cannot open the database {bot.settings.db_path}: {reason}") from None


async def _login(bot, settings: Settings) -> None:
    try:
        await bot.login(settings.token)
    except discord.LoginFailure:
        raise StartupError(
            "Discord rejected DISCORD_TOKEN (reset the token on the Bot page and try again)"
        ) from None
    except (aiohttp.ClientError, OSError) as exc:
        raise StartupError(
            f"cannot reach Discord at {discord.http.Route.BASE}: {exc.__class__.__name__}"
        ) from None
    except discord.HTTPException as exc:
        raise StartupError(f"Discord answered {exc.status} while logging in; try again later") from None


async def run_bot(settings: Settings) -> None:
    from bot.client import BriefingsBot

    bot = BriefingsBot(settings)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await _open_store(bot)
        await _login(bot, settings)
        try:
            await bot.connect(reconnect=True)
        except discord.PrivilegedIntentsRequired:
            raise StartupError("Discord refused the requested intents") from None
        except discord.ConnectionClosed as exc:
            if exc.code == 4004:
                raise StartupError("Discord rejected DISCORD_TOKEN on the gateway") from None
            raise


async def run_sync(settings: Settings, guild_id: int | None) -> None:
    from bot.client import BriefingsBot

    bot = BriefingsBot(settings)
    bot.store = False  # syncing needs no database; setup_hook skips opening it
    async with bot:
        await _login(bot, settings)
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            where = f"guild {guild_id}"
        else:
            synced = await bot.tree.sync()
            where = "all guilds (global; may take up to an hour to show)"
        print(f"synced {len(synced)} commands to {where}: {', '.join(sorted(c.name for c in synced))}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        settings = load_settings(dotenv=args.env_file)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STARTUP
    settings.apply_endpoints()
    configure_logging(settings)
    try:
        if args.command == "sync":
            asyncio.run(run_sync(settings, args.guild))
        else:
            asyncio.run(run_bot(settings))
    except StartupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STARTUP
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
