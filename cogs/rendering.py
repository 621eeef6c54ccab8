"""Turning engine results into Discord messages that always fit Discord's limits.

Nothing here talks to Discord or the store: statements in, ``discord.Embed`` / strings out, so the
limits, escaping and highlighting are unit-tested without a bot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import discord

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
CHOICE_NAME_MAX = 100
CHOICES_MAX = 25

ELLIPSIS = "…"
COLOUR = discord.Colour(0x3B6EA8)
KIND_LABEL = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}

_MARKDOWN = re.compile(r"([\\*_~`|\[\]])")
_LINE_START = re.compile(r"^(\s*)([>#-])", re.MULTILINE)
_NUMBERED = re.compile(r"^(\s*\d+)\.(?=\s)", re.MULTILINE)
_STOPWORDS = frozenset(
    "a an and are as at be by did do does for from has have he her his i in is it its of on or our she "
    "said say says that the their them they this to was we were what when where which who whom why will "
    "with would you about since".split()
)


# --------------------------------------------------------------------------- text helpers


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis when cut."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # don't leave a dangling escape backslash
    if cut.endswith("\\") and not cut.endswith("\\\\"):
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS


def escape(text: str) -> str:
    """Escape Discord markdown so quoted text shows exactly as written (mentions are handled by
    ``AllowedMentions.none()`` on every message, so ``@everyone`` stays visible but pings nobody)."""
    text = _MARKDOWN.sub(r"\\\1", (text or "").replace("\r\n", "\n"))
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _NUMBERED.sub(lambda m: m.group(1) + "\\.", text)


def terms_of(text: str | None) -> list[str]:
    """The words worth highlighting from a question or topic."""
    words = re.findall(r"\w+", (text or "").lower())
    seen: list[str] = []
    for word in words:
        if len(word) > 2 and word not in _STOPWORDS and word not in seen:
            seen.append(word)
    return seen[:12]


def _term_pattern(terms: Iterable[str]) -> re.Pattern | None:
    alts = []
    for term in terms:
        term = term.strip().lower()
        if not term:
            continue
        stem = term
        for suffix in ("ing", "ies", "es", "ed", "s"):
            if len(stem) > len(suffix) + 3 and stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        alts.append(re.escape(stem) + r"\w*")
    if not alts:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")", re.IGNORECASE)


def highlight(text: str, terms: Iterable[str], limit: int | None = None) -> str:
    """Escape ``text`` and bold the words matching ``terms``; the result fits ``limit`` characters."""
    pattern = _term_pattern(terms)
    raw = text or ""

    def render(source: str) -> str:
        if pattern is None:
            return escape(source)
        out, last = [], 0
        for m in pattern.finditer(source):
            out.append(escape(source[last : m.start()]))
            out.append("**" + escape(m.group(0)) + "**")
            last = m.end()
        out.append(escape(source[last:]))
        return "".join(out)

    rendered = render(raw)
    if limit is None or len(rendered) <= limit:
        return rendered
    # Shrink the source (not the markup) until it fits, so no bold marker is left open.
    keep = min(len(raw), limit)
    while keep > 0:
        rendered = render(raw[:keep].rstrip()) + ELLIPSIS
        if len(rendered) <= limit:
            return rendered
        keep -= max(1, (len(rendered) - limit) // 2)
    return ELLIPSIS[:limit]


def format_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).strftime("%-d %b %Y")
    except ValueError:
        return value[:10]


def safe_url(url: str | None) -> str | None:
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme in ("http", "https") and parsed.netloc and not any(c in url for c in " <>()"):
        return url.strip()
    return None


def source_line(hit: Any, limit: int = 300) -> str:
    """``[Title](url) · Outlet · 3 Mar 2024`` (title escaped, link only when it is a web URL)."""
    title = (getattr(hit, "title", "") or "").strip() or "Untitled source"
    outlet = (getattr(hit, "outlet", "") or "").strip()
    date = format_date(getattr(hit, "published_at", "") or "")
    url = safe_url(getattr(hit, "url", ""))
    tail = " · ".join(escape(p) for p in (outlet, date) if p)
    room = limit - len(tail) - 3 - (len(url) + 4 if url else 0)
    if room < 20:  # an overly long URL: drop the link, keep the words
        url = None
        room = limit - len(tail) - 3
    name = truncate(escape(title), max(room, 10))
    head = f"[{name}]({url})" if url else name
    return truncate(f"{head} · {tail}" if tail else head, limit)


def speaker_label(hit: Any) -> str:
    kind = KIND_LABEL.get(getattr(hit, "kind", ""), getattr(hit, "kind", "") or "statement")
    if getattr(hit, "nearby", False):
        kind += ", same passage"  # (an answer from the passage on the topic, not naming it)
    return truncate(f"{hit.speaker} — {kind}", FIELD_NAME_MAX)


def statement_value(hit: Any, terms: Sequence[str] = (), limit: int = FIELD_VALUE_MAX) -> str:
    """The exact words (highlighted), then the source line; fits ``limit``."""
    src = source_line(hit, limit=min(300, limit // 2))
    room = limit - len(src) - 3
    text = hit.text
    if getattr(hit, "continued", ""):
        text = f"{text} … {hit.continued}"  # (a quote looked up that runs on into the next statement)
    if hit.kind in ("direct", "partial"):
        words = "“" + highlight(text, terms, room - 2) + "”"
    else:
        words = highlight(text, terms, room)
    return truncate(f"{words}\n— {src}", limit)


# --------------------------------------------------------------------------- embeds


def embed_size(embed: discord.Embed) -> int:
    """What Discord counts toward the 6000-character total."""
    return len(embed)


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Clamp every part of ``embed`` to Discord's limits (drops trailing fields if the total is over)."""
    if embed.title:
        embed.title = truncate(embed.title, TITLE_MAX)
    if embed.description:
        embed.description = truncate(embed.description, DESCRIPTION_MAX)
    fields = embed.fields[:FIELDS_MAX]
    embed.clear_fields()
    for f in fields:
        embed.add_field(
            name=truncate(f.name or "\u200b", FIELD_NAME_MAX) or "\u200b",
            value=truncate(f.value or "\u200b", FIELD_VALUE_MAX) or "\u200b",
            inline=f.inline,
        )
    if embed.footer and embed.footer.text:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER_MAX), icon_url=embed.footer.icon_url)
    if embed.author and embed.author.name:
        embed.set_author(name=truncate(embed.author.name, AUTHOR_MAX), url=embed.author.url)
    while len(embed) > EMBED_TOTAL_MAX and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL_MAX and embed.description:
        over = len(embed) - EMBED_TOTAL_MAX
        embed.description = truncate(embed.description, max(0, len(embed.description) - over))
    return embed


def new_embed(title: str, description: str = "") -> discord.Embed:
    return discord.Embed(
        title=truncate(title, TITLE_MAX),
        description=truncate(description, DESCRIPTION_MAX) or None,
        colour=COLOUR,
    )


def statements_page(
    title: str,
    hits: Sequence[Any],
    *,
    terms: Sequence[str] = (),
    description: str = "",
    footer: str = "",
    show_speaker: bool = True,
) -> discord.Embed:
    """One page of statements: one field per statement (at most 25, total under 6000)."""
    embed = new_embed(title, description)
    budget = EMBED_TOTAL_MAX - len(embed) - len(footer) - 50
    per_field = max(200, min(FIELD_VALUE_MAX, budget // max(1, min(len(hits), FIELDS_MAX)) - 60))
    for hit in hits[:FIELDS_MAX]:
        name = (
            speaker_label(hit)
            if show_speaker
            else truncate(KIND_LABEL.get(hit.kind, hit.kind), FIELD_NAME_MAX)
        )
        embed.add_field(name=name, value=statement_value(hit, terms, per_field), inline=False)
    if footer:
        embed.set_footer(text=truncate(footer, FOOTER_MAX))
    return fit_embed(embed)


def paginate_statements(
    title: str,
    hits: Sequence[Any],
    *,
    per_page: int = 5,
    terms: Sequence[str] = (),
    description: str = "",
    show_speaker: bool = True,
) -> list[discord.Embed]:
    """Split statements into embeds of ``per_page``; each footer says "page i/n"."""
    chunks = [hits[i : i + per_page] for i in range(0, len(hits), per_page)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        footer = f"Page {number}/{len(chunks)} · {len(hits)} statement{'s' if len(hits) != 1 else ''}"
        pages.append(
            statements_page(
                title, chunk, terms=terms, description=description, footer=footer, show_speaker=show_speaker
            )
        )
    return pages


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def speaker_choice_name(info: Any) -> str:
    """An autocomplete choice label (≤ 100 chars): name, and a title when there is one."""
    titles = list(getattr(info, "titles", []) or [])
    label = info.name
    if titles:
        label = f"{info.name} ({titles[0]})"
    return truncate(label, CHOICE_NAME_MAX)


def message_kwargs_fit(content: str | None, embeds: Sequence[discord.Embed]) -> bool:
    """True when a message made of these parts is within every Discord limit (used by tests)."""
    if content is not None and len(content) > CONTENT_MAX:
        return False
    if sum(len(e) for e in embeds) > EMBED_TOTAL_MAX:
        return False
    for e in embeds:
        if e.title and len(e.title) > TITLE_MAX:
            return False
        if e.description and len(e.description) > DESCRIPTION_MAX:
            return False
        if len(e.fields) > FIELDS_MAX:
            return False
        for f in e.fields:
            if len(f.name or "") > FIELD_NAME_MAX or len(f.value or "") > FIELD_VALUE_MAX:
                return False
            if not f.value or not f.name:
                return False
        if e.footer and e.footer.text and len(e.footer.text) > FOOTER_MAX:
            return False
    return True
