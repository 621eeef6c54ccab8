"""A :class:`briefings.digests.Digest` as one Discord message that keeps every limit.

A quiet day is one line of content.  Otherwise one embed: the title, the late notice and summary
as the description, one field per speaker (most significant first; each item the exact words and
its sources, near-duplicates with every article that reported them), then a "More" field
counting what did not fit.  The digest's reference goes in the footer (or at the end of the
line), which is how the scheduler recognises its own post after a crash.
"""

from __future__ import annotations

from typing import Any

import discord

from bot.replies import clip
from cogs.rendering import (
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    escape,
    fit_embed,
    new_embed,
    plural,
    safe_url,
    source_line,
    truncate,
)

ITEM_MAX = 520  # one statement line, with its sources
MORE_RESERVE = 450  # room kept for the "More" field
MIN_FIELD = 180  # below this much room, stop adding speakers


def sources_text(sources: list[Any], limit: int = 260) -> str:
    """The first source in full (title link · outlet · date), then the other articles by title."""
    if not sources:
        return ""
    first = source_line(sources[0], limit=min(limit, 200))
    if len(sources) == 1:
        return first
    others = []
    for src in sources[1:]:
        name = escape(truncate((src.title or src.outlet or "another article").strip(), 60))
        url = safe_url(src.url)
        others.append(f"[{name}]({url})" if url else name)
    extra = f"; also {len(sources) - 1} more: "
    text = first + extra
    for i, other in enumerate(others):
        piece = other if i == 0 else ", " + other
        if len(text) + len(piece) > limit:
            left = len(others) - i
            tail = f" (+{left})"
            return text + tail if len(text) + len(tail) <= limit else text[:limit]
        text += piece
    return text


def fit_words(text: str, limit: int) -> str:
    """``text`` escaped for markdown and cut (on the source, so no escape is split) to ``limit``."""
    out = escape(text)
    keep = len(text)
    while len(out) > limit and keep > 0:
        keep -= max(1, (len(out) - limit) // 2 + 1)
        out = escape(text[:keep].rstrip()) + "…"
    return out if len(out) <= limit else "…"[:limit]


def item_line(item: Any, limit: int = ITEM_MAX) -> str:
    """``• “exact words” — source; also N more: …`` within ``limit`` characters."""
    src = sources_text(item.sources, limit=min(260, max(60, limit // 2)))
    room = max(20, limit - len(src) - 6)
    text = " ".join(item.text.split())
    if item.kind in ("direct", "partial"):
        words = "“" + fit_words(text, room - 2) + "”"
    else:
        words = fit_words(text, room)
    line = f"• {words} — {src}" if src else f"• {words}"
    return line if len(line) <= limit else truncate(line, limit)


def section_name(section: Any) -> str:
    new = " · new voice" if section.new else ""
    return truncate(f"{section.speaker}{new} — {plural(section.statements, 'statement')}", FIELD_NAME_MAX)


def render_digest(digest: Any) -> tuple[str | None, list[discord.Embed]]:
    """(content, embeds) for one message; content only on a quiet day."""
    ref = f" ({digest.ref})" if digest.ref else ""
    if digest.empty:
        note = f" {digest.note}" if digest.note else ""
        line = f"**{escape(digest.title)}** — {escape(digest.summary())}{escape(note)}"
        return clip(line, 2000 - len(ref)) + ref, []
    description = "\n".join(escape(p) for p in (digest.note, digest.summary()) if p)
    embed = new_embed(digest.title, description)
    footer = (digest.ref or "") + " · quoted words are exact; sources link to the articles"
    embed.set_footer(text=footer)
    # the fields depend on the sections and the room left; many channels sharing one digest in a
    # pass differ only in title, note and reference, so the room is rounded down and the fields
    # are rendered once for all of them
    budget = (EMBED_TOTAL_MAX - len(embed) - MORE_RESERVE) // BUDGET_STEP * BUDGET_STEP
    for name, value in _fields(digest.sections, budget):
        embed.add_field(name=name, value=value, inline=False)
    return None, [fit_embed(embed)]


BUDGET_STEP = 100
_FIELDS_CACHE: dict[tuple[int, int], tuple[Any, list[tuple[str, str]]]] = {}


def _fields(sections: list[Any], budget: int) -> list[tuple[str, str]]:
    key = (id(sections), budget)
    cached = _FIELDS_CACHE.get(key)
    if cached is not None and cached[0] is sections:  # the cache holds the list: its id is not reused
        return cached[1]
    fields = _render_fields(sections, budget)
    if len(_FIELDS_CACHE) >= 8:
        _FIELDS_CACHE.pop(next(iter(_FIELDS_CACHE)))
    _FIELDS_CACHE[key] = (sections, fields)
    return fields


def _render_fields(sections: list[Any], budget: int) -> list[tuple[str, str]]:
    """(name, value) per speaker that fits, then "More" counting the rest."""
    fields: list[tuple[str, str]] = []
    hidden_statements = 0
    hidden_speakers: list[Any] = []
    for n, section in enumerate(sections):
        name = section_name(section)
        room = min(FIELD_VALUE_MAX, budget - len(name))
        if len(fields) >= FIELDS_MAX - 1 or room < MIN_FIELD:
            hidden_speakers = sections[n:]  # no room left: the rest is counted, not shown
            hidden_statements += sum(len(s.items) for s in hidden_speakers)
            break
        lines: list[str] = []
        used = 0
        for item in section.items:
            left = room - used - (1 if lines else 0) - 24  # keep room for "…and N more"
            if left < 80:
                break
            line = item_line(item, min(ITEM_MAX, left))
            lines.append(line)
            used += len(line) + (1 if len(lines) > 1 else 0)
        hidden = len(section.items) - len(lines)
        if hidden:
            lines.append(f"…and {plural(hidden, 'more statement')}")
            hidden_statements += hidden
        value = "\n".join(lines)
        fields.append((name, value))
        budget -= len(name) + len(value)
    if hidden_statements:
        names = ", ".join(f"{escape(s.speaker)} ({len(s.items)})" for s in hidden_speakers[:12])
        more = f"{plural(hidden_statements, 'more statement')} not shown"
        if hidden_speakers:
            more += f", including {plural(len(hidden_speakers), 'more speaker')}: {names}"
            if len(hidden_speakers) > 12:
                more += ", …"
        more += ". All of it: `/digest now` or `briefings digest`."
        fields.append(("More", truncate(more, min(FIELD_VALUE_MAX, MORE_RESERVE - 10))))
    return fields
