"""/source add|list|remove — manage the articles the archive is built from (Manage Server)."""

from __future__ import annotations

import asyncio
from datetime import date, datetime

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import UserFacingError, reply, run_engine
from briefings.documents import DocumentError
from briefings.fetch import Fetcher, FetchError
from briefings.ingest import add_page
from briefings.webpages import fetch_page, page_document
from cogs.paging import send_pages
from cogs.permissions import require_manage_server
from cogs.rendering import (
    DESCRIPTION_MAX,
    escape,
    fit_embed,
    format_date,
    new_embed,
    plural,
    safe_url,
    truncate,
)

MAX_ATTACHMENT = 2 * 1024 * 1024
ALLOWED_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PER_PAGE = 10


def parse_date(value: str | None) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise UserFacingError(f"date: {value[:40]!r} is not a date like 2024-03-05.") from None


def document_line(doc) -> str:
    bits = [escape(doc.outlet)] if doc.outlet else []
    if doc.published_at:
        bits.append(format_date(doc.published_at))
    bits.append(plural(doc.statements, "statement"))
    title = escape(truncate(doc.title or doc.path or "Untitled", 120))
    url = safe_url(doc.url)
    head = f"[{title}]({url})" if url else f"**{title}**"
    return f"`{doc.id[:12]}` {head} · {' · '.join(bits)}"


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Sources(
    commands.GroupCog, group_name="source", group_description="Articles in the archive (Manage Server)"
):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await require_manage_server(interaction)

    @app_commands.command(
        name="add", description="Add an article: a web page's address, a .txt/.md/.html file, or pasted text"
    )
    @app_commands.describe(
        file="A .txt, .md or .html file with the article",
        text="Or paste the article text",
        title="Headline (optional)",
        outlet="Publication (optional)",
        url="The article's web address: fetched when no file or text is given, else its link",
        date="Publication date, YYYY-MM-DD (optional)",
    )
    async def add(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        text: str | None = None,
        title: app_commands.Range[str, 0, 300] | None = None,
        outlet: app_commands.Range[str, 0, 200] | None = None,
        url: app_commands.Range[str, 0, 500] | None = None,
        date: str | None = None,
    ) -> None:
        from briefings.ingest import ingest_text

        if url and url.strip() and safe_url(url) is None:
            raise UserFacingError("url: give a web link starting with http:// or https://.")
        if file is None and not (text and text.strip()):
            if url and url.strip():
                await self._add_page(interaction, url.strip(), title, outlet, parse_date(date))
                return
            raise UserFacingError(
                "Give the article's address (url), attach a .txt/.md/.html file, or paste it with the text option."
            )
        if file is not None and text and text.strip():
            raise UserFacingError("Give either a file or text, not both.")
        published = parse_date(date)
        path = "discord:pasted"
        if file is not None:
            if not file.filename.lower().endswith(ALLOWED_SUFFIXES + HTML_SUFFIXES):
                raise UserFacingError(f"{file.filename[:100]}: only .txt, .md and .html files can be added.")
            if file.size > MAX_ATTACHMENT:
                raise UserFacingError(
                    f"{file.filename[:100]} is too large (at most {MAX_ATTACHMENT // 1024} KiB)."
                )
        await interaction.response.defer(ephemeral=True, thinking=True)
        if file is not None:
            try:
                raw = await file.read()
            except discord.HTTPException:
                raise UserFacingError(
                    f"Could not download {file.filename[:100]} from Discord; try again."
                ) from None
            if file.filename.lower().endswith(HTML_SUFFIXES):
                await self._add_html(
                    interaction, raw, file.filename, title, outlet, (url or "").strip(), published
                )
                return
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise UserFacingError(f"{file.filename[:100]} is not UTF-8 text.") from None
            path = f"discord:{file.filename}"
        result = await ingest_text(
            self.bot.store,
            text or "",
            title=(title or "").strip(),
            outlet=(outlet or "").strip(),
            url=(url or "").strip(),
            published_at=published,
            path=path,
        )
        await self._added(interaction, result, title or path)

    async def _added(self, interaction: discord.Interaction, result, fallback: str) -> None:
        doc = await self.bot.store.get_document(result.doc_id)
        name = escape(truncate((doc.title if doc else "") or fallback, 200))
        if not result.added:
            await reply(
                interaction, f"Already in the archive: **{name}** (`{result.doc_id[:12]}`).", ephemeral=True
            )
            return
        await reply(
            interaction,
            f"Added **{name}** (`{result.doc_id[:12]}`): {plural(result.statements, 'statement')} "
            f"from {plural(result.speakers, 'speaker')}.",
            ephemeral=True,
        )

    async def _ingest_page(
        self, interaction: discord.Interaction, page, title, outlet, published: str
    ) -> None:
        doc = page.document
        doc.title = (title or "").strip() or doc.title
        doc.outlet = (outlet or "").strip() or doc.outlet
        doc.published_at = published or doc.published_at
        result = await add_page(self.bot.store, page, self.bot.clock())
        await self._added(interaction, result, doc.url or doc.path)

    async def _add_page(
        self, interaction: discord.Interaction, url: str, title, outlet, published: str
    ) -> None:
        """Fetch a web page (within the fetch settings: public addresses, size and time limits)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            async with Fetcher(self.bot.settings.fetch) as fetcher:
                page = await fetch_page(fetcher, url)
        except (FetchError, DocumentError) as e:
            raise UserFacingError(truncate(f"Could not add {url}: {e}", 1900)) from None
        await self._ingest_page(interaction, page, title, outlet, published)

    async def _add_html(
        self,
        interaction: discord.Interaction,
        raw: bytes,
        filename: str,
        title,
        outlet,
        url: str,
        published: str,
    ) -> None:
        try:
            page = await asyncio.to_thread(page_document, raw, url=url, path=f"discord:{filename}")
        except DocumentError as e:
            raise UserFacingError(f"{filename[:100]}: {e}") from None
        page.fetched_url = ""
        await self._ingest_page(interaction, page, title, outlet, published)

    @app_commands.command(name="list", description="The articles in the archive, newest first")
    async def list(self, interaction: discord.Interaction) -> None:
        store = self.bot.store

        async def work():
            return await store.list_documents(limit=200), await store.counts()

        docs, counts = await run_engine(interaction, work(), ephemeral=True)
        if not docs:
            await reply(interaction, "The archive is empty. Add an article with /source add.", ephemeral=True)
            return
        chunks = [docs[i : i + PER_PAGE] for i in range(0, len(docs), PER_PAGE)]
        pages = []
        for number, chunk in enumerate(chunks, 1):
            embed = new_embed(
                "Sources", truncate("\n".join(document_line(d) for d in chunk), DESCRIPTION_MAX)
            )
            embed.set_footer(
                text=f"{plural(counts['documents'], 'source')} · {plural(counts['statements'], 'statement')}"
                f" · page {number}/{len(chunks)} · remove with /source remove id:<id>"
            )
            pages.append(fit_embed(embed))
        await send_pages(interaction, pages, ephemeral=True)

    @app_commands.command(name="remove", description="Remove an article and everything said in it")
    @app_commands.describe(id="The source id shown by /source list (the first 6+ characters are enough)")
    async def remove(self, interaction: discord.Interaction, id: app_commands.Range[str, 1, 64]) -> None:
        store = self.bot.store
        key = id.strip().lower()
        if len(key) < 6 or any(c not in "0123456789abcdef" for c in key):
            raise UserFacingError("id: give at least the first 6 characters of an id from /source list.")

        async def work():
            doc = await store.get_document(key)
            if doc is None:
                return None, False
            return doc, await store.remove_document(doc.id)

        doc, removed = await run_engine(interaction, work(), ephemeral=True)
        if doc is None or not removed:
            raise UserFacingError(f"No single source matches `{key[:64]}`; see /source list.")
        await reply(
            interaction,
            f"Removed **{escape(truncate(doc.title or doc.path or doc.id, 200))}** "
            f"and its {plural(doc.statements, 'statement')}.",
            ephemeral=True,
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Sources(bot))
