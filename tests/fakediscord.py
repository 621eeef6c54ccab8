"""A fake Discord on loopback: just enough REST and gateway for the real discord.py client.

Usage (inside a running event loop)::

    fake = FakeDiscord(guilds=[GUILD_ID])
    await fake.start()
    # point discord.py at fake.api_base / fake.gateway_url, start the bot
    await fake.wait_ready()
    inter = await fake.slash("ask", {"question": "what did Zas say?"}, guild_id=GUILD_ID)
    first = await fake.wait_response(inter)          # the interaction callback the bot POSTed
    msg = await fake.wait_message(inter)             # the final visible message (after edits)

Every HTTP request is recorded in ``fake.requests`` so tests can assert on what the bot sent.
``fake.fail_next(method, path_regex, status, count=1, retry_after=0.05)`` makes the next ``count``
matching requests answer 429 (with a ``retry_after``) or 5xx.

Channels (for scheduled posts): ``add_channel(guild, name)`` adds a text channel to a guild's
GUILD_CREATE (call it before the bot connects), ``channel_option(id)`` gives a slash-command channel
option and its resolved data, ``delete_channel(id)`` makes posts to it answer 404 Unknown Channel,
``forbid_channel(id)`` makes them answer 403 Missing Permissions, ``channel_messages(id)`` lists
what was posted there.  ``GET /channels/{id}/messages`` (history) and message nonces
(``enforce_nonce``) behave like Discord's.  ``hold(method, path_regex, create=True)`` keeps the
next matching request waiting for an answer, so a test can kill the bot mid-post: with ``create``
the request has taken effect (the message exists, its answer never came); without, it never
takes effect (after ``release()`` it answers 503).

Everything binds to 127.0.0.1 on a random free port; JSON goes out as plain text frames, without
compression. Nothing here talks to the real Discord.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

API_PREFIX = "/api/v10"
FAKE_TOKEN = "fake.bot.token-not-real"
EPOCH = "2024-01-01T00:00:00.000000+00:00"

# Permission bits (https://discord.com/developers/docs/topics/permissions)
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_HISTORY = 1 << 16
USE_APP_COMMANDS = 1 << 31
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
MEMBER_PERMS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_HISTORY | USE_APP_COMMANDS
ADMIN_PERMS = MEMBER_PERMS | MANAGE_GUILD

_ids = itertools.count(1)


def snowflake() -> int:
    """Unique, increasing, plausible snowflakes (timestamp-based, like Discord's)."""
    return ((int(time.time() * 1000) - 1420070400000) << 22) + (next(_ids) % (1 << 22))


@dataclass
class Recorded:
    method: str
    path: str  # without the /api/v10 prefix, e.g. "/channels/1/messages"
    query: dict[str, str]
    body: Any  # parsed JSON, a dict for multipart (field -> value), or text
    status: int = 0
    at: float = field(default_factory=time.perf_counter)

    @property
    def json(self) -> Any:
        return self.body


@dataclass
class Interaction:
    """What the fake sent; the bot's answers are looked up by ``id`` / ``token``."""

    id: int
    token: str
    guild_id: int | None
    channel_id: int
    user_id: int
    payload: dict
    sent_at: float = 0.0


@dataclass
class _Hold:
    method: str
    pattern: re.Pattern
    create: bool  # answer only after the request has taken effect
    remaining: int


@dataclass
class _Failure:
    method: str
    pattern: re.Pattern
    status: int
    remaining: int
    retry_after: float
    is_global: bool


class FakeDiscord:
    def __init__(
        self,
        *,
        guilds: list[int] | None = None,
        token: str = FAKE_TOKEN,
        app_id: int | None = None,
        bot_user_id: int | None = None,
    ) -> None:
        self.token = token
        self.app_id = app_id or snowflake()
        self.bot_user_id = bot_user_id or self.app_id
        self.guild_ids: list[int] = list(guilds or [])
        self.channels: dict[int, int] = {}  # guild id -> default text channel id
        self.requests: list[Recorded] = []
        self.messages: dict[int, dict] = {}  # message id -> payload (channel and webhook messages)
        self.originals: dict[str, int] = {}  # interaction token -> original response message id
        self.callbacks: dict[int, list[dict]] = {}  # interaction id -> callback payloads
        self.followups: dict[str, list[int]] = {}  # interaction token -> followup message ids
        self.commands: dict[int | None, list[dict]] = {}  # guild id (None: global) -> synced commands
        self.left_guilds: list[int] = []
        self.attachments: dict[int, bytes] = {}
        self.identified = 0
        self.port = 0
        self._failures: list[_Failure] = []
        self._changed = asyncio.Condition()
        self._ws: web.WebSocketResponse | None = None
        self._ws_ready = asyncio.Event()
        self._seq = 0
        self._runner: web.AppRunner | None = None
        self._session_id = secrets.token_hex(8)
        self._interaction_channel: dict[int, int] = {}  # interaction id -> channel id
        self.extra_channels: dict[int, list[dict]] = {}  # guild id -> channels beyond the default one
        self.deleted_channels: set[int] = set()
        self.forbidden_channels: set[int] = set()
        self._holds: list[_Hold] = []
        self._released = asyncio.Event()
        self._component_message: dict[int, int] = {}  # interaction id -> message its button is on

    # ------------------------------------------------------------------ lifecycle

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application(client_max_size=32 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/gateway/", self._gateway)
        app.router.add_get("/attachments/{id}/{name}", self._attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def env(self) -> dict[str, str]:
        """The settings that point the bot at this fake."""
        return {
            "DISCORD_TOKEN": self.token,
            "DISCORD_API_BASE": self.api_base,
            "DISCORD_GATEWAY_URL": self.gateway_url,
        }

    # ------------------------------------------------------------------ test controls

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int,
        count: int = 1,
        *,
        retry_after: float = 0.05,
        is_global: bool = False,
    ) -> None:
        """Answer the next ``count`` requests matching (method, path) with ``status``."""
        self._failures.append(
            _Failure(method.upper(), re.compile(path_regex), status, count, retry_after, is_global)
        )

    def hold(self, method: str, path_regex: str, *, create: bool = True, count: int = 1) -> None:
        """Keep the next ``count`` matching requests waiting (until :meth:`release`); with
        ``create`` the request takes effect first (the message exists, its answer never comes),
        without it never does (released, it answers 503)."""
        self._released.clear()
        self._holds.append(_Hold(method.upper(), re.compile(path_regex), create, count))

    def release(self) -> None:
        self._holds.clear()
        self._released.set()

    def add_channel(self, guild_id: int, name: str = "briefings", type_: int = 0) -> int:
        """Another channel in the guild's GUILD_CREATE (call before the bot connects)."""
        cid = snowflake()
        self.extra_channels.setdefault(guild_id, []).append(
            self._channel_payload(cid, guild_id, name, type_, position=len(self.extra_channels[guild_id]) + 1)
        )
        return cid

    def _channel_payload(self, cid: int, guild_id: int, name: str, type_: int = 0, position: int = 0) -> dict:
        return {
            "id": str(cid),
            "type": type_,
            "name": name,
            "guild_id": str(guild_id),
            "position": position,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }

    def _find_channel(self, cid: int) -> dict | None:
        for gid, default in self.channels.items():
            if default == cid:
                return self._guild_payload(gid)["channels"][0]
        for channels in self.extra_channels.values():
            for ch in channels:
                if int(ch["id"]) == cid:
                    return ch
        return None

    async def delete_channel(self, channel_id: int) -> None:
        """The channel disappears: CHANNEL_DELETE to the bot, 404 Unknown Channel to requests."""
        ch = self._find_channel(channel_id)
        self.deleted_channels.add(channel_id)
        if ch is not None and self._ws is not None and not self._ws.closed:
            await self.dispatch("CHANNEL_DELETE", ch)

    def forbid_channel(self, channel_id: int) -> None:
        self.forbidden_channels.add(channel_id)

    async def wait_ready(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._ws_ready.wait(), timeout)

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until ``predicate()`` returns something truthy (re-checked on every request/event)."""

        async def _wait() -> Any:
            async with self._changed:
                while True:
                    value = predicate()
                    if value:
                        return value
                    await self._changed.wait()

        return await asyncio.wait_for(_wait(), timeout)

    async def wait_request(
        self, method: str, path_regex: str, timeout: float = 10.0, *, after: int = 0
    ) -> Recorded:
        rx = re.compile(path_regex)

        def find() -> Recorded | None:
            for r in self.requests[after:]:
                if r.method == method and rx.search(r.path) and r.status < 300:
                    return r
            return None

        return await self.wait_for(find, timeout)

    def requests_to(self, method: str, path_regex: str) -> list[Recorded]:
        rx = re.compile(path_regex)
        return [r for r in self.requests if r.method == method and rx.search(r.path)]

    async def wait_response(self, inter: Interaction, timeout: float = 10.0) -> dict:
        """The first interaction callback payload ({"type": .., "data": ..})."""
        return (await self.wait_for(lambda: self.callbacks.get(inter.id), timeout))[0]

    def original(self, inter: Interaction) -> dict | None:
        mid = self.originals.get(inter.token)
        return self.messages.get(mid) if mid else None

    async def wait_message(self, inter: Interaction, timeout: float = 10.0) -> dict:
        """The interaction's visible answer: the original response once it is no longer "thinking",
        or the first followup."""

        def find() -> dict | None:
            msg = self.original(inter)
            if msg is not None and not msg.get("_loading"):
                return msg
            ids = self.followups.get(inter.token)
            if ids:
                return self.messages[ids[0]]
            return None

        return await self.wait_for(find, timeout)

    async def wait_followups(self, inter: Interaction, n: int = 1, timeout: float = 10.0) -> list[dict]:
        ids = await self.wait_for(
            lambda: (
                self.followups.get(inter.token) if len(self.followups.get(inter.token, [])) >= n else None
            ),
            timeout,
        )
        return [self.messages[i] for i in ids]

    # ------------------------------------------------------------------ sending events

    async def dispatch(self, event: str, data: dict) -> None:
        if self._ws is None or self._ws.closed:
            raise RuntimeError("the bot is not connected to the fake gateway")
        self._seq += 1
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    def _member(self, user_id: int, permissions: int, name: str = "tester") -> dict:
        return {
            "user": self._user(user_id, name),
            "roles": [],
            "joined_at": EPOCH,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "permissions": str(permissions),
            "nick": None,
            "avatar": None,
            "communication_disabled_until": None,
        }

    @staticmethod
    def _user(user_id: int, name: str, *, bot: bool = False) -> dict:
        return {
            "id": str(user_id),
            "username": name,
            "discriminator": "0",
            "global_name": name,
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
        }

    def _interaction_payload(
        self,
        type_: int,
        data: dict | None,
        *,
        guild_id: int | None,
        channel_id: int | None,
        user_id: int,
        permissions: int,
        message: dict | None = None,
    ) -> Interaction:
        iid = snowflake()
        token = "itok-" + secrets.token_urlsafe(24)
        guild_id = guild_id if guild_id is not None else (self.guild_ids[0] if self.guild_ids else None)
        if channel_id is None:
            channel_id = self.channels.get(guild_id or 0) or snowflake()
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.app_id),
            "type": type_,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "guild_locale": "en-US",
            "attachment_size_limit": 25 * 1024 * 1024,
            "app_permissions": str(ADMIN_PERMS),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)} if guild_id else {"1": str(user_id)},
            "context": 0 if guild_id else 1,
            "channel_id": str(channel_id),
            "channel": {
                "id": str(channel_id),
                "type": 0,
                "name": "general",
                "guild_id": str(guild_id) if guild_id else None,
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
        }
        if data is not None:
            payload["data"] = data
        if guild_id:
            payload["guild_id"] = str(guild_id)
            payload["guild"] = {"id": str(guild_id), "locale": "en-US", "features": []}
            payload["member"] = self._member(user_id, permissions)
        else:
            payload["user"] = self._user(user_id, "tester")
        if message is not None:
            payload["message"] = message
        return Interaction(iid, token, guild_id, channel_id, user_id, payload)

    def _command_id(self, name: str, guild_id: int | None, type_: int = 1) -> str:
        for key in (guild_id, None):
            for cmd in self.commands.get(key, []):
                if cmd["name"] == name and cmd.get("type", 1) == type_:
                    return cmd["id"]
        return str(snowflake())

    @staticmethod
    def _option_type(value: Any) -> int:
        if isinstance(value, bool):
            return 5
        if isinstance(value, int):
            return 4
        if isinstance(value, float):
            return 10
        return 3

    def _options(self, options: dict[str, Any] | None, focused: str | None = None) -> list[dict]:
        out = []
        for key, value in (options or {}).items():
            if isinstance(value, dict) and "type" in value:  # already an option payload
                opt = {"name": key, **value}
            else:
                opt = {"name": key, "type": self._option_type(value), "value": value}
            if focused == key:
                opt["focused"] = True
            out.append(opt)
        return out

    def _command_data(
        self,
        name: str,
        options: dict[str, Any] | None,
        *,
        guild_id: int | None,
        focused: str | None = None,
        resolved: dict | None = None,
    ) -> dict:
        parts = name.split()
        opts = self._options(options, focused)
        if len(parts) == 2:  # "source add" -> subcommand
            opts = [{"name": parts[1], "type": 1, "options": opts}]
        elif len(parts) == 3:
            opts = [
                {"name": parts[1], "type": 2, "options": [{"name": parts[2], "type": 1, "options": opts}]}
            ]
        data: dict[str, Any] = {
            "id": self._command_id(parts[0], guild_id),
            "name": parts[0],
            "type": 1,
            "options": opts,
        }
        if guild_id:
            data["guild_id"] = str(guild_id)
        if resolved:
            data["resolved"] = resolved
        return data

    async def _send_interaction(self, inter: Interaction) -> Interaction:
        inter.sent_at = time.perf_counter()
        self._interaction_channel[inter.id] = inter.channel_id
        if "message" in inter.payload:
            self._component_message[inter.id] = int(inter.payload["message"]["id"])
        await self.dispatch("INTERACTION_CREATE", inter.payload)
        return inter

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int = 4242,
        permissions: int = MEMBER_PERMS,
        resolved: dict | None = None,
    ) -> Interaction:
        """Send a slash command. ``name`` may be "ask" or "source add" (subcommand)."""
        gid = guild_id if guild_id is not None else (self.guild_ids[0] if self.guild_ids else None)
        data = self._command_data(name, options, guild_id=gid, resolved=resolved)
        inter = self._interaction_payload(
            2, data, guild_id=gid, channel_id=channel_id, user_id=user_id, permissions=permissions
        )
        return await self._send_interaction(inter)

    async def autocomplete(
        self,
        name: str,
        options: dict[str, Any],
        focused: str,
        *,
        guild_id: int | None = None,
        user_id: int = 4242,
        permissions: int = MEMBER_PERMS,
    ) -> Interaction:
        gid = guild_id if guild_id is not None else (self.guild_ids[0] if self.guild_ids else None)
        data = self._command_data(name, options, guild_id=gid, focused=focused)
        inter = self._interaction_payload(
            4, data, guild_id=gid, channel_id=None, user_id=user_id, permissions=permissions
        )
        return await self._send_interaction(inter)

    def make_message(self, content: str, *, channel_id: int | None = None, author_id: int = 777) -> dict:
        mid = snowflake()
        channel_id = channel_id or (self.channels.get(self.guild_ids[0]) if self.guild_ids else snowflake())
        msg = self._message_payload(
            mid, channel_id, {"content": content}, author=self._user(author_id, "someone")
        )
        return msg

    async def message_command(
        self,
        name: str,
        message: dict,
        *,
        guild_id: int | None = None,
        user_id: int = 4242,
        permissions: int = MEMBER_PERMS,
    ) -> Interaction:
        """A message context-menu command (type 3) targeting ``message``."""
        gid = guild_id if guild_id is not None else (self.guild_ids[0] if self.guild_ids else None)
        data = {
            "id": self._command_id(name, gid, 3),
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        if gid:
            data["guild_id"] = str(gid)
        inter = self._interaction_payload(
            2,
            data,
            guild_id=gid,
            channel_id=int(message["channel_id"]),
            user_id=user_id,
            permissions=permissions,
        )
        return await self._send_interaction(inter)

    async def click(
        self,
        message: dict,
        custom_id: str,
        *,
        user_id: int = 4242,
        permissions: int = MEMBER_PERMS,
        guild_id: int | None = None,
    ) -> Interaction:
        """Click a button (component type 2) on a message the bot sent."""
        gid = guild_id if guild_id is not None else (self.guild_ids[0] if self.guild_ids else None)
        clean = {k: v for k, v in message.items() if not k.startswith("_")}
        inter = self._interaction_payload(
            3,
            {"custom_id": custom_id, "component_type": 2},
            guild_id=gid,
            channel_id=int(message["channel_id"]),
            user_id=user_id,
            permissions=permissions,
            message=clean,
        )
        return await self._send_interaction(inter)

    def add_attachment(self, filename: str, data: bytes, content_type: str = "text/plain") -> dict:
        """Host a file as if a user had uploaded it; returns the attachment payload."""
        aid = snowflake()
        self.attachments[aid] = data
        return {
            "id": str(aid),
            "filename": filename,
            "size": len(data),
            "url": f"http://127.0.0.1:{self.port}/attachments/{aid}/{filename}",
            "proxy_url": f"http://127.0.0.1:{self.port}/attachments/{aid}/{filename}",
            "content_type": content_type,
        }

    @staticmethod
    def attachment_option(attachment: dict) -> tuple[dict, dict]:
        """(option value, resolved data) for a slash-command attachment option."""
        return {"type": 11, "value": attachment["id"]}, {"attachments": {attachment["id"]: attachment}}

    def channel_option(self, channel_id: int | None = None, guild_id: int | None = None) -> tuple[dict, dict]:
        """(option value, resolved data) for a slash-command channel option: a guild's text channel
        (default: the first guild's channel, the one the bot has in its cache)."""
        if channel_id is not None and guild_id is None:
            ch = self._find_channel(channel_id)
            if ch is not None:  # any channel the fake knows, including extra and deleted ones
                data = {**ch, "permissions": str(ADMIN_PERMS)}
                return {"type": 7, "value": str(channel_id)}, {"channels": {str(channel_id): data}}
        gid = guild_id if guild_id is not None else (self.guild_ids[0] if self.guild_ids else 0)
        cid = channel_id if channel_id is not None else self.channels[gid]
        data = {
            "id": str(cid),
            "type": 0,
            "name": "general",
            "guild_id": str(gid),
            "permissions": str(ADMIN_PERMS),
            "parent_id": None,
        }
        return {"type": 7, "value": str(cid)}, {"channels": {str(cid): data}}

    def channel_messages(self, channel_id: int) -> list[dict]:
        """Messages the bot posted in a channel (not interaction answers), oldest first."""
        return [
            m
            for m in self.messages.values()
            if m["channel_id"] == str(channel_id) and "interaction_metadata" not in m
        ]

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        data = self.attachments.get(int(request.match_info["id"]))
        self.requests.append(Recorded("GET", request.path, {}, None, 200 if data is not None else 404))
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="application/octet-stream")

    async def add_guild(self, guild_id: int) -> None:
        """Simulate the bot being invited to another guild (GUILD_CREATE at runtime)."""
        if guild_id not in self.guild_ids:
            self.guild_ids.append(guild_id)
        payload = self._guild_payload(guild_id)
        payload.pop("unavailable")  # a fresh join: discord.py dispatches on_guild_join
        await self.dispatch("GUILD_CREATE", payload)

    # ------------------------------------------------------------------ payload builders

    def _guild_payload(self, guild_id: int) -> dict:
        channel_id = self.channels.setdefault(guild_id, snowflake())
        everyone = {
            "id": str(guild_id),
            "name": "@everyone",
            "permissions": str(MEMBER_PERMS),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        return {
            "id": str(guild_id),
            "name": f"guild-{guild_id}",
            "icon": None,
            "owner_id": "1",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": [everyone],
            "channels": [
                self._channel_payload(channel_id, guild_id, "general"),
                *self.extra_channels.get(guild_id, []),
            ],
            "threads": [],
            "members": [
                {
                    **self._member(self.bot_user_id, 0, "briefings"),
                    "user": self._user(self.bot_user_id, "briefings", bot=True),
                }
            ],
            "member_count": 2,
            "large": False,
            "unavailable": False,
            "joined_at": EPOCH,
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def _message_payload(self, mid: int, channel_id: int, body: dict, *, author: dict | None = None) -> dict:
        msg = {
            "id": str(mid),
            "channel_id": str(channel_id),
            "type": 0,
            "content": "",
            "author": author or self._user(self.bot_user_id, "briefings", bot=True),
            "attachments": [],
            "embeds": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": EPOCH,
            "edited_timestamp": None,
            "flags": 0,
            "components": [],
        }
        self._apply_body(msg, body)
        return msg

    @staticmethod
    def _apply_body(msg: dict, body: dict) -> None:
        for key in ("content", "embeds", "components", "flags", "allowed_mentions", "attachments"):
            if key in body and body[key] is not None:
                msg[key] = body[key]
        if "flags" in msg and msg["flags"] is None:
            msg["flags"] = 0

    # ------------------------------------------------------------------ HTTP

    def _json(self, data: Any, status: int = 200, headers: dict | None = None) -> web.Response:
        # discord.py compares the header with "application/json" exactly (no charset).
        return web.Response(
            body=json.dumps(data).encode(),
            status=status,
            headers={"Content-Type": "application/json", **(headers or {})},
        )

    def _no_content(self) -> web.Response:
        return web.Response(status=204)

    async def _read_body(self, request: web.Request) -> Any:
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            out: dict[str, Any] = {}
            reader = await request.multipart()
            async for part in reader:
                raw = await part.read(decode=False)
                name = part.name or ""
                if name == "payload_json":
                    out[name] = json.loads(raw.decode())
                else:
                    out[name] = {"filename": part.filename, "data": raw}
            return out
        raw = await request.read()
        if not raw:
            return None
        text = raw.decode("utf-8", "replace")
        try:
            return json.loads(text)
        except ValueError:
            return text

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body = await self._read_body(request)
        rec = Recorded(request.method, path, dict(request.query), body)
        self.requests.append(rec)
        try:
            hold = self._take_hold(rec)
            if hold is not None and not hold.create:
                async with self._changed:
                    self._changed.notify_all()
                await self._released.wait()
                # it never took effect: a request lost before Discord acted on it
                rec.status = 503
                return self._json({"message": "held and dropped by the fake", "code": 0}, 503)
            response = self._maybe_fail(rec)
            if response is None:
                response = self._route(request, rec)
            rec.status = response.status
            if hold is not None and hold.create:
                async with self._changed:
                    self._changed.notify_all()
                await self._released.wait()
            return response
        finally:
            async with self._changed:
                self._changed.notify_all()

    def _take_hold(self, rec: Recorded) -> _Hold | None:
        for hold in self._holds:
            if hold.remaining > 0 and hold.method == rec.method and hold.pattern.search(rec.path):
                hold.remaining -= 1
                return hold
        return None

    def _maybe_fail(self, rec: Recorded) -> web.Response | None:
        for failure in self._failures:
            if failure.remaining > 0 and failure.method == rec.method and failure.pattern.search(rec.path):
                failure.remaining -= 1
                if failure.status == 429:
                    return self._json(
                        {
                            "message": "You are being rate limited.",
                            "retry_after": failure.retry_after,
                            "global": failure.is_global,
                        },
                        429,
                        {
                            # discord.py treats a 429 without Via as a Cloudflare ban.
                            "Via": "1.1 google",
                            "Retry-After": str(failure.retry_after),
                            "X-RateLimit-Limit": "5",
                            "X-RateLimit-Remaining": "0",
                            "X-RateLimit-Reset-After": str(failure.retry_after),
                            "X-RateLimit-Bucket": "fakebucket",
                            "X-RateLimit-Scope": "user",
                        },
                    )
                if failure.status == 404:
                    return self._json({"message": "Unknown interaction", "code": 10062}, 404)
                if failure.status == 403:
                    return self._json({"message": "Missing Permissions", "code": 50013}, 403)
                return self._json({"message": "Internal Server Error", "code": 0}, failure.status)
        return None

    def _route(self, request: web.Request, rec: Recorded) -> web.Response:
        method, path, body = rec.method, rec.path, rec.body
        auth = request.headers.get("Authorization")
        is_webhook = path.startswith("/webhooks/") or path.startswith("/interactions/")
        if not is_webhook and auth != f"Bot {self.token}":
            return self._json({"message": "401: Unauthorized", "code": 0}, 401)

        if method == "GET" and path == "/users/@me":
            return self._json(
                self._user(self.bot_user_id, "briefings", bot=True) | {"verified": True, "flags": 0}
            )
        if method == "GET" and path == "/oauth2/applications/@me":
            return self._json(
                {
                    "id": str(self.app_id),
                    "name": "Briefings (fake)",
                    "icon": None,
                    "description": "",
                    "bot_public": False,
                    "bot_require_code_grant": False,
                    "owner": self._user(1, "owner"),
                    "team": None,
                    "verify_key": "0" * 64,
                    "flags": 0,
                    "summary": "",
                }
            )
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return self._json(
                {
                    "url": self.gateway_url,
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        m = re.fullmatch(r"/applications/(\d+)(?:/guilds/(\d+))?/commands", path)
        if m:
            guild = int(m.group(2)) if m.group(2) else None
            if method == "PUT":
                synced = []
                for cmd in body or []:
                    synced.append(
                        {
                            "id": str(snowflake()),
                            "application_id": str(self.app_id),
                            "version": str(snowflake()),
                            "type": cmd.get("type", 1),
                            "description": cmd.get("description", ""),
                            "options": cmd.get("options", []),
                            "default_member_permissions": cmd.get("default_member_permissions"),
                            "dm_permission": cmd.get("dm_permission", True),
                            "nsfw": cmd.get("nsfw", False),
                            **({"guild_id": str(guild)} if guild else {}),
                            **{k: v for k, v in cmd.items() if k not in ("id",)},
                        }
                    )
                self.commands[guild] = synced
                return self._json(synced)
            if method == "GET":
                return self._json(self.commands.get(guild, []))
        m = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        if m and method == "POST":
            return self._interaction_callback(int(m.group(1)), m.group(2), body)
        m = re.fullmatch(r"/webhooks/(\d+)/([^/]+)(?:/messages/(@original|\d+))?", path)
        if m:
            return self._webhook(method, m.group(2), m.group(3), body)
        m = re.fullmatch(r"/channels/(\d+)(?:/.*)?", path)
        if m and int(m.group(1)) in self.deleted_channels:
            return self._json({"message": "Unknown Channel", "code": 10003}, 404)
        m = re.fullmatch(r"/channels/(\d+)/messages", path)
        if m and method == "POST" and int(m.group(1)) in self.forbidden_channels:
            return self._json({"message": "Missing Permissions", "code": 50013}, 403)
        if m and method == "POST":
            payload = self._payload_of(body)
            nonce = payload.get("nonce")
            if nonce is not None and payload.get("enforce_nonce"):
                for existing in self.channel_messages(int(m.group(1))):
                    if existing.get("nonce") == nonce:  # Discord: the same message, not a new one
                        return self._json(existing)
            mid = snowflake()
            msg = self._message_payload(mid, int(m.group(1)), payload)
            if nonce is not None:
                msg["nonce"] = nonce
            self.messages[mid] = msg
            return self._json(msg)
        if m and method == "GET":
            history = sorted(self.channel_messages(int(m.group(1))), key=lambda x: int(x["id"]), reverse=True)
            before, after = rec.query.get("before"), rec.query.get("after")
            if before:
                history = [x for x in history if int(x["id"]) < int(before)]
            if after:
                history = [x for x in history if int(x["id"]) > int(after)]
            limit = min(100, int(rec.query.get("limit", "50")))
            # like Discord, history does not return nonces
            return self._json(
                [{k: v for k, v in self._public(x).items() if k != "nonce"} for x in history[:limit]]
            )
        m = re.fullmatch(r"/channels/(\d+)/messages/(\d+)", path)
        if m:
            mid = int(m.group(2))
            if mid not in self.messages:
                return self._json({"message": "Unknown Message", "code": 10008}, 404)
            if method == "PATCH":
                self._apply_body(self.messages[mid], self._payload_of(body))
                self.messages[mid]["edited_timestamp"] = EPOCH
            if method == "DELETE":
                self.messages.pop(mid)
                return self._no_content()
            return self._json(self.messages[mid])
        m = re.fullmatch(r"/users/@me/guilds/(\d+)", path)
        if m and method == "DELETE":
            gid = int(m.group(1))
            self.left_guilds.append(gid)
            if gid in self.guild_ids:
                self.guild_ids.remove(gid)
            asyncio.get_running_loop().create_task(self._guild_delete(gid))
            return self._no_content()
        m = re.fullmatch(r"/channels/(\d+)", path)
        if m and method == "GET":
            for gid, cid in self.channels.items():
                if cid == int(m.group(1)):
                    return self._json(self._guild_payload(gid)["channels"][0])
            return self._json({"message": "Unknown Channel", "code": 10003}, 404)
        if method in ("POST", "PUT", "PATCH", "DELETE") and path.endswith("/typing"):
            return self._no_content()
        return self._json(
            {"message": f"404: Not Found (fake Discord has no {method} {path})", "code": 0}, 404
        )

    @staticmethod
    def _payload_of(body: Any) -> dict:
        if isinstance(body, dict) and "payload_json" in body:
            payload = dict(body["payload_json"])
            files = [v for k, v in body.items() if k.startswith("files[")]
            if files:
                payload["_files"] = files
            return payload
        return body if isinstance(body, dict) else {}

    async def _guild_delete(self, gid: int) -> None:
        with contextlib.suppress(Exception):
            await self.dispatch("GUILD_DELETE", {"id": str(gid), "unavailable": False})

    def _interaction_callback(self, iid: int, token: str, body: Any) -> web.Response:
        body = self._payload_of(body) if isinstance(body, dict) else {}
        previous = self.callbacks.get(iid)
        if previous:
            return self._json({"message": "Interaction has already been acknowledged.", "code": 40060}, 400)
        self.callbacks.setdefault(iid, []).append(body)
        cb_type = body.get("type")
        data = body.get("data") or {}
        interaction = {
            "id": str(iid),
            "type": 2,
            "response_message_loading": cb_type == 5,
            "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
        }
        out: dict[str, Any] = {"interaction": interaction}
        if cb_type in (4, 5):
            mid = snowflake()
            channel = self._channel_for_interaction(iid)
            msg = self._message_payload(mid, channel, data)
            msg["interaction_metadata"] = {"id": str(iid), "type": 2, "user": self._user(4242, "tester")}
            if cb_type == 5:
                msg["_loading"] = True
            self.messages[mid] = msg
            self.originals[token] = mid
            interaction["response_message_id"] = str(mid)
            out["resource"] = {"type": cb_type, "message": self._public(msg)}
        elif cb_type == 7:  # update the message the component is on
            mid = self._component_message.get(iid)
            if mid and mid in self.messages:
                self._apply_body(self.messages[mid], data)
                self.messages[mid]["edited_timestamp"] = EPOCH
                out["resource"] = {"type": 7, "message": self._public(self.messages[mid])}
            self.originals[token] = mid or 0
        elif cb_type == 6:
            mid = self._component_message.get(iid)
            self.originals[token] = mid or 0
        return self._json(out)

    def _channel_for_interaction(self, iid: int) -> int:
        return self._interaction_channel.get(iid, 0)

    @staticmethod
    def _public(msg: dict) -> dict:
        return {k: v for k, v in msg.items() if not k.startswith("_")}

    def _webhook(self, method: str, token: str, which: str | None, body: Any) -> web.Response:
        payload = self._payload_of(body)
        if which is None:
            if method != "POST":
                return self._json({"message": "Unknown Webhook", "code": 10015}, 404)
            original = self.messages.get(self.originals.get(token, 0))
            if original is not None and original.get("_loading"):
                # Like Discord: the first followup after a "thinking" defer replaces the placeholder.
                original.pop("_loading")
                original["flags"] = original.get("flags", 0) & ~128  # drop LOADING
                self._apply_body(original, payload)
                self.followups.setdefault(token, []).append(int(original["id"]))
                return self._json(self._public(original))
            mid = snowflake()
            msg = self._message_payload(mid, 0, payload)
            self.messages[mid] = msg
            self.followups.setdefault(token, []).append(mid)
            return self._json(self._public(msg))
        if which == "@original":
            mid = self.originals.get(token)
        else:
            mid = int(which)
        if not mid or mid not in self.messages:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        msg = self.messages[mid]
        if method == "PATCH":
            self._apply_body(msg, payload)
            msg.pop("_loading", None)
            msg["edited_timestamp"] = EPOCH
        elif method == "DELETE":
            self.messages.pop(mid)
            return self._no_content()
        return self._json(self._public(msg))

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        self._ws = ws
        self._ws_ready.clear()
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    if data["d"].get("token") != self.token:
                        await ws.close(code=4004, message=b"Authentication failed.")
                        break
                    self.identified += 1
                    await self._send_ready()
                elif op == 6:
                    # RESUME: we keep no session state, ask for a fresh IDENTIFY
                    await ws.send_str(json.dumps({"op": 9, "d": False}))
        finally:
            if self._ws is ws:
                self._ws_ready.clear()
        return ws

    async def _send_ready(self) -> None:
        self._seq = 0
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": self._user(self.bot_user_id, "briefings", bot=True),
                "guilds": [{"id": str(g), "unavailable": True} for g in self.guild_ids],
                "session_id": self._session_id,
                "resume_gateway_url": self.gateway_url,
                "shard": [0, 1],
                "application": {"id": str(self.app_id), "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        for gid in self.guild_ids:
            await self.dispatch("GUILD_CREATE", self._guild_payload(gid))
        self._ws_ready.set()
        async with self._changed:
            self._changed.notify_all()
