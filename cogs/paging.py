"""A button paginator shared by every cog that shows more than one page."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.replies import NO_MENTIONS, reply

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 600.0  # seconds; interaction tokens live 15 minutes, stop well before


class Paginator(discord.ui.View):
    """Prev / page / next buttons over a fixed list of embeds.

    Only the person who ran the command can turn the pages (everyone else gets an ephemeral note).
    After ``timeout`` the buttons are disabled on the message.
    """

    def __init__(
        self, pages: Sequence[discord.Embed], *, author_id: int, timeout: float = PAGE_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = list(pages)
        self.author_id = author_id
        self.index = 0
        self.message: discord.Message | None = None
        self._sync_buttons()

    # -- state ----------------------------------------------------------------------------

    def _sync_buttons(self) -> None:
        last = len(self.pages) - 1
        self.first_page.disabled = self.previous_page.disabled = self.index <= 0
        self.next_page.disabled = self.last_page.disabled = self.index >= last
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    async def show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.current, view=self, allowed_mentions=NO_MENTIONS)

    # -- checks and errors ----------------------------------------------------------------

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user and interaction.user.id == self.author_id:
            return True
        await interaction.response.send_message(
            "Only the person who asked can turn these pages; run the command yourself to browse.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        log.error(
            "paging button %r failed (message %s)",
            getattr(item, "custom_id", item),
            self.message and self.message.id,
            exc_info=error,
        )
        if not interaction.response.is_done():
            await interaction.response.send_message(
                "Could not turn the page; please run the command again.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                pass

    # -- buttons --------------------------------------------------------------------------

    @discord.ui.button(label="«", style=discord.ButtonStyle.secondary)
    async def first_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.show(interaction, 0)

    @discord.ui.button(label="‹ Prev", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.primary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()

    @discord.ui.button(label="Next ›", style=discord.ButtonStyle.secondary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.show(interaction, self.index + 1)

    @discord.ui.button(label="»", style=discord.ButtonStyle.secondary)
    async def last_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.show(interaction, len(self.pages) - 1)


async def send_pages(
    interaction: discord.Interaction,
    pages: Sequence[discord.Embed],
    *,
    content: str | None = None,
    ephemeral: bool = False,
) -> discord.Message | None:
    """Send the first page, with buttons only when there is more than one page."""
    if len(pages) <= 1:
        return await reply(interaction, content, embed=pages[0] if pages else None, ephemeral=ephemeral)
    view = Paginator(pages, author_id=interaction.user.id)
    message = await reply(interaction, content, embed=pages[0], view=view, ephemeral=ephemeral)
    view.message = message
    return message
