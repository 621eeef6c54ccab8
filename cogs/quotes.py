"""/quotes, /whosaid and the "Who said this?" message menu."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import UserFacingError, run_engine
from cogs.choices import resolve_speaker, speaker_autocomplete
from cogs.paging import send_pages
from cogs.rendering import new_embed, paginate_statements, plural, terms_of, truncate

MAX_QUOTES = 50  # ten pages of five
MAX_QUOTE_TEXT = 1500


class Quotes(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.who_said_menu = app_commands.ContextMenu(name="Who said this?", callback=self.who_said_this)
        self.who_said_menu.guild_only = True

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.who_said_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.who_said_menu.name, type=self.who_said_menu.type)

    # -- /quotes --------------------------------------------------------------------------

    @app_commands.command(
        name="quotes", description="A speaker's statements, newest first (optionally on a topic)"
    )
    @app_commands.describe(speaker="Who (start typing a name)", topic="Only statements about this")
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    @app_commands.guild_only()
    async def quotes(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, 100],
        topic: app_commands.Range[str, 0, 200] | None = None,
    ) -> None:
        store = self.bot.store
        topic = (topic or "").strip() or None

        async def work():
            info = await resolve_speaker(store, speaker)
            return info, await store.statements_by_speaker(info.id, topic=topic, limit=MAX_QUOTES)

        info, hits = await run_engine(interaction, work())
        if not hits:
            about = f" about {topic}" if topic else ""
            raise UserFacingError(truncate(f"No statements from {info.name}{about}.", 1900))
        title = f"{info.name} on {topic}" if topic else f"What {info.name} said"
        description = plural(len(hits), "statement") + (
            " (most relevant first)" if topic else " (newest first)"
        )
        pages = paginate_statements(
            title, hits, terms=terms_of(topic), description=description, show_speaker=False
        )
        await send_pages(interaction, pages)

    # -- /whosaid and the message menu ----------------------------------------------------

    async def _who_said(self, interaction: discord.Interaction, quote: str) -> None:
        from briefings.answers import whosaid

        quote = (quote or "").strip()
        if len(quote) < 3:
            raise UserFacingError("Give a few words of the quote.")
        if len(quote) > MAX_QUOTE_TEXT:
            quote = quote[:MAX_QUOTE_TEXT]
        result = await run_engine(interaction, whosaid(self.bot.store, quote, limit=10))
        if not result.matches:
            embed = new_embed(
                "Who said it?", result.message or "I could not find that quote in any stored article."
            )
            await send_pages(interaction, [embed])
            return
        best = result.matches[0]
        title = f"{best.speaker} said it" if best.score >= 0.8 else "Closest matches"
        pages = paginate_statements(
            title,
            result.matches,
            terms=terms_of(quote),
            description=result.message or f"For “{truncate(quote, 300)}”",
        )
        await send_pages(interaction, pages)

    @app_commands.command(name="whosaid", description="Who said these words, where, with the exact quote")
    @app_commands.describe(quote="The words (a part of the quote is enough)")
    @app_commands.guild_only()
    async def whosaid(
        self, interaction: discord.Interaction, quote: app_commands.Range[str, 1, MAX_QUOTE_TEXT]
    ) -> None:
        await self._who_said(interaction, quote)

    async def who_said_this(self, interaction: discord.Interaction, message: discord.Message) -> None:
        text = message.content or ""
        if not text.strip():
            parts = [e.description or "" for e in message.embeds]
            text = "\n".join(p for p in parts if p)
        if not text.strip():
            raise UserFacingError("That message has no text to look up.")
        await self._who_said(interaction, text)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Quotes(bot))
