"""/alias add|remove — admin aliases for speakers (Manage Server); they override learnt ones."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import UserFacingError, reply, run_engine
from cogs.choices import resolve_speaker, speaker_autocomplete
from cogs.permissions import require_manage_server
from cogs.rendering import escape, truncate


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Aliases(
    commands.GroupCog, group_name="alias", group_description="Other names for speakers (Manage Server)"
):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await require_manage_server(interaction)

    @app_commands.command(name="add", description="Make a name always mean this speaker")
    @app_commands.describe(name="The other name, e.g. 'the CSTO chief'", speaker="The speaker it means")
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def add(
        self,
        interaction: discord.Interaction,
        name: app_commands.Range[str, 1, 100],
        speaker: app_commands.Range[str, 1, 100],
    ) -> None:
        store = self.bot.store
        name = name.strip()
        if not any(ch.isalnum() for ch in name):
            raise UserFacingError("name: an alias needs at least one letter or digit.")

        async def work():
            info = await resolve_speaker(store, speaker)
            await store.add_alias(name, info.id)
            return info

        info = await run_engine(interaction, work(), ephemeral=True)
        await reply(
            interaction,
            f"“{escape(truncate(name, 100))}” now means **{escape(info.name)}**.",
            ephemeral=True,
        )

    @app_commands.command(name="remove", description="Remove an alias added with /alias add")
    @app_commands.describe(name="The alias to remove")
    async def remove(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        removed = await run_engine(interaction, self.bot.store.remove_alias(name.strip()), ephemeral=True)
        if not removed:
            raise UserFacingError(f"“{truncate(name.strip(), 100)}” is not an alias added with /alias add.")
        await reply(
            interaction, f"Removed the alias “{escape(truncate(name.strip(), 100))}”.", ephemeral=True
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Aliases(bot))
