"""Speaker autocomplete and lookup, shared by every cog that takes a speaker option."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord import app_commands

from bot.replies import UserFacingError
from cogs.rendering import CHOICES_MAX, speaker_choice_name, truncate

log = logging.getLogger(__name__)

AUTOCOMPLETE_BUDGET = 1.5  # seconds; Discord drops autocomplete answers after 3 s


async def speaker_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Up to 25 canonical speakers matching what the user typed (aliases and misspellings too)."""
    store = interaction.client.store  # type: ignore[attr-defined]
    try:
        infos = await asyncio.wait_for(
            store.find_speakers(current or "", limit=CHOICES_MAX), AUTOCOMPLETE_BUDGET
        )
    except TimeoutError:
        log.warning("speaker autocomplete for %r took longer than %.1fs", current[:50], AUTOCOMPLETE_BUDGET)
        return []
    choices, seen = [], set()
    for info in infos:
        value = truncate(info.name, 100)
        if value in seen:
            continue
        seen.add(value)
        choices.append(app_commands.Choice(name=speaker_choice_name(info), value=value))
    return choices[:CHOICES_MAX]


async def resolve_speaker(store: Any, name: str) -> Any:
    """The SpeakerInfo for ``name`` or a UserFacingError saying who the user may have meant."""
    name = (name or "").strip()
    if not name:
        raise UserFacingError("Give a speaker's name.")
    match = await store.resolve_speaker(name)
    if match.speaker is not None:
        return match.speaker
    if match.suggestions:
        names = ", ".join(s.name for s in match.suggestions[:5])
        raise UserFacingError(truncate(f'I don\'t know who "{name}" is. Did you mean: {names}?', 1900))
    raise UserFacingError(truncate(f'I have no statements from anyone called "{name}". Try /speakers.', 1900))
