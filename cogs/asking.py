"""/ask question:<text> — answers with the statements that match, with sources and paging."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import UserFacingError, run_engine
from cogs.paging import send_pages
from cogs.rendering import new_embed, paginate_statements, plural, terms_of, truncate

MAX_QUESTION = 300
MAX_ANSWERS = 25  # five pages of five


class Asking(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="ask", description="Ask what someone said, e.g. what did Zas say about the mission?"
    )
    @app_commands.describe(question="Your question: who said what, about what, since when")
    @app_commands.guild_only()
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_QUESTION]
    ) -> None:
        from briefings.answers import ask

        question = (question or "").strip()
        if not question:
            raise UserFacingError('Ask a question, e.g. "what did Zas say about the mission?"')
        if len(question) > MAX_QUESTION:
            raise UserFacingError(
                f"That question is too long ({len(question)} characters; at most {MAX_QUESTION})."
            )
        result = await run_engine(interaction, ask(self.bot.store, question, limit=MAX_ANSWERS))
        if not result.answers:
            embed = new_embed(
                "Nothing found", result.message or f"Nothing matches “{truncate(question, 200)}”."
            )
            if result.suggestions:
                embed.add_field(
                    name="Did you mean",
                    value=truncate(", ".join(s.name for s in result.suggestions[:10]), 1024),
                    inline=False,
                )
            await send_pages(interaction, [embed])
            return
        topic = result.topic or ""
        if result.speaker and topic:
            title = f"What {result.speaker} said about {topic}"
        elif result.speaker:
            title = f"What {result.speaker} said"
        else:
            title = f"Who said what about {topic or question}"
        description = result.message or plural(len(result.answers), "statement") + " found"
        pages = paginate_statements(
            title,
            result.answers,
            terms=terms_of(topic or question),
            description=description,
        )
        await send_pages(interaction, pages)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Asking(bot))
