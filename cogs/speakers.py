"""/speakers [name] — everyone who has been quoted, or one speaker's profile."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import run_engine
from cogs.choices import resolve_speaker, speaker_autocomplete
from cogs.paging import send_pages
from cogs.rendering import (
    DESCRIPTION_MAX,
    KIND_LABEL,
    escape,
    fit_embed,
    new_embed,
    plural,
    statement_value,
    truncate,
)

PER_PAGE = 20
LATEST = 3


def speaker_line(info) -> str:
    extra = [info.kind] if info.kind and info.kind != "person" else []
    if info.titles:
        extra.append(info.titles[0])
    tail = f" ({', '.join(extra)})" if extra else ""
    return truncate(f"**{escape(info.name)}**{escape(tail)} — {plural(info.statements, 'statement')}", 190)


class Speakers(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="speakers", description="Who has been quoted, or one speaker's profile")
    @app_commands.describe(name="A speaker (leave empty for the list)")
    @app_commands.autocomplete(name=speaker_autocomplete)
    @app_commands.guild_only()
    async def speakers(
        self, interaction: discord.Interaction, name: app_commands.Range[str, 0, 100] | None = None
    ) -> None:
        store = self.bot.store
        if name and name.strip():
            await self._profile(interaction, name)
            return

        async def work():
            return await store.list_speakers(), await store.counts()

        infos, counts = await run_engine(interaction, work())
        if not infos:
            embed = new_embed("Speakers", "Nobody has been quoted yet. Add an article with /source add.")
            await send_pages(interaction, [embed])
            return
        chunks = [infos[i : i + PER_PAGE] for i in range(0, len(infos), PER_PAGE)]
        summary = (
            f"{plural(counts['speakers'], 'speaker')} · {plural(counts['statements'], 'statement')} · "
            f"{plural(counts['documents'], 'source')}"
        )
        pages = []
        for number, chunk in enumerate(chunks, 1):
            body = "\n".join(speaker_line(i) for i in chunk)
            embed = new_embed("Speakers", truncate(body, DESCRIPTION_MAX))
            embed.set_footer(text=f"{summary} · page {number}/{len(chunks)}")
            pages.append(fit_embed(embed))
        await send_pages(interaction, pages)

    async def _profile(self, interaction: discord.Interaction, name: str) -> None:
        store = self.bot.store

        async def work():
            info = await resolve_speaker(store, name)
            return info, await store.statements_by_speaker(info.id, limit=LATEST)

        info, latest = await run_engine(interaction, work())
        embed = new_embed(info.name, f"{info.kind.capitalize()} · {plural(info.statements, 'statement')}")
        if info.titles:
            embed.add_field(name="Titles", value=truncate(escape(", ".join(info.titles)), 1024), inline=False)
        others = [a for a in info.aliases if a.lower() != info.name.lower()]
        if others:
            embed.add_field(name="Also called", value=truncate(escape(", ".join(others)), 1024), inline=False)
        for hit in latest:
            label = KIND_LABEL.get(hit.kind, hit.kind)
            embed.add_field(name=f"Latest — {label}", value=statement_value(hit, (), 700), inline=False)
        await send_pages(interaction, [fit_embed(embed)])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Speakers(bot))
