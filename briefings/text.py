"""Segmentation: paragraphs, quotations and sentence-like units, all as character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
    "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "prof", "rev", "hon", "ft", "mt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
    "u.k", "e.u", "d.c", "a.m", "p.m", "approx", "dept", "est", "fig", "sec", "cmdr", "supt", "del", "sens",
    "reps", "govs", "atty", "amb", "msgr", "pvt", "cpl", "gens", "smt", "adv", "brig", "cdr", "det", "insp",
    "fr", "pfc", "spc", "engr", "barr", "alh", "cllr",
}


# Written as alternatives that each open with one literal character (rather than as a character class), so
# that the search skips straight to those characters: the same matches, a third faster.  So is _BOUNDARY.
_DOUBLE_MARK = re.compile("(?:“|„|«|”|»|\"|'')")  # [“„«”»"]|''
_SINGLE_MARK = re.compile("[‘’']")


@dataclass(slots=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (== end of paragraph when unclosed)
    closed: bool
    single: bool = False

    @property
    def start(self) -> int:  # first character inside the marks
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


@dataclass(slots=True)
class Unit:
    """A sentence of narration; a quotation inside it is never split, however many sentences it holds."""

    start: int
    end: int
    para: int
    quotes: list[Quote] = field(default_factory=list)
    index: int = 0  # position in the document's list of units


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end), stripped of surrounding white space."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        s, e = m.start() + start, m.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in one paragraph: double marks (typographic or straight), then single marks outside them."""
    quotes: list[Quote] = []
    open_at = -1
    skip = -1
    nested = 0  # typographic quotes inside a straight one: "He read the question: “Do you ...?” Then ..."
    for m in _DOUBLE_MARK.finditer(text, start, end):
        i = m.start()
        if i == skip:
            continue
        c = text[i]
        if open_at >= 0 and text[open_at] == STRAIGHT_DOUBLE:
            if c in OPEN_DOUBLE:
                nested += 1
                continue
            if c in CLOSE_DOUBLE and nested:
                nested -= 1
                continue
        if c == "'" and i + 1 < end and text[i + 1] == "'":
            # ''doubled apostrophes'' stand for double quotation marks in some wire copy
            skip = i + 1
            if open_at < 0:
                open_at = i + 1
            else:
                quotes.append(Quote(open_at, i, True))
                open_at = -1
            continue
        if c in OPEN_DOUBLE:
            if open_at >= 0 and i > start and text[i - 1] in ".!?,…" and (i + 1 >= end or text[i + 1].isspace()):
                # an opening mark typed for a closing one, after the quotation's last word: '... 51 percent.“'
                quotes.append(Quote(open_at, i, True))
                open_at = -1
                continue
            open_at = i  # an unclosed earlier mark is a stray one
        elif c in CLOSE_DOUBLE:
            if open_at >= 0:
                quotes.append(Quote(open_at, i, True))
                open_at = -1
            elif (i == start or text[i - 1].isspace()) and i + 1 < end and _is_word_char(text[i + 1]):
                open_at = i  # a closing mark typed for an opening one: '”Fear. I am truly afraid ...”
        elif c == STRAIGHT_DOUBLE:
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            if open_at < 0:
                if not nxt.isspace():
                    open_at = i
            elif prev.isspace() and not nxt.isspace() and i - open_at > 1 and _is_word_char(nxt):
                # looks like a new opening: the earlier mark never closed
                open_at = i
            else:
                quotes.append(Quote(open_at, i, True))
                open_at = -1
                nested = 0
    if open_at >= 0 and end - open_at > 2:
        quotes.append(Quote(open_at, end, False))
    singles = _single_quotes(text, start, end, quotes)
    if singles:
        # British style: ‘They keep calling it a “merger”,’ she said -- the double marks quote inside the single ones
        quotes = [q for q in quotes if not any(s.open < q.open and q.close < s.close for s in singles)]
        quotes.extend(singles)
        quotes.sort(key=lambda q: q.open)
    return quotes


def _single_quotes(text: str, start: int, end: int, doubles: list[Quote]) -> list[Quote]:
    """‘scare’ or 'headline' quotes: an opening mark before a word, a closing one after a word."""
    out: list[Quote] = []
    inside = [(q.open, q.close) for q in doubles]
    open_at = -1
    for m in _SINGLE_MARK.finditer(text, start, end):
        i = m.start()
        c = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at < 0 and not (c in "‘'" and not _is_word_char(prev) and _is_word_char(nxt)):
            continue  # an apostrophe ("Trump's") while no quote is open: nothing to do, skipped or not
        if any(a <= i <= b for a, b in inside) or text[i - 1 : i + 1] == "''" or text[i : i + 2] == "''":
            continue
        if open_at < 0:
            open_at = i
        elif c in "’'" and not prev.isspace() and not _is_word_char(nxt):
            if prev == "s" and nxt == " " and text[i + 2 : i + 3].islower() and (_LATER_CLOSE.search(
                    text, i + 2, end if text[open_at] == "‘" and not _FUNCTION_WORD.match(text, i + 2) else
                    (stop.end() if (stop := _SENTENCE_STOP.search(text, i + 2, end)) else end))
                    or text[open_at] == "‘" and _CONTINUED_SINGLE.match(text, end)
                    and _SINGLE_MARK.search(text, i + 1, end) is None):
                # (or the quotation runs on into the next paragraph, which opens again: "... decent homes for their
                # soldiers’ families. ¶ ‘That ends now. ...’")
                continue  # "every magistrates' court, every show,' she said": a plural's apostrophe; it closes later
                # (after a typographic opening mark, later in the paragraph: "‘I understand the senators’ concerns.
                # My mother was a teacher,’ she said")
            body = text[open_at + 1 : i]
            if " " in body and "\n" not in body:
                out.append(Quote(open_at, i, True, single=True))
            open_at = -1
    if open_at >= 0 and _CONTINUED_SINGLE.match(text, end) and len(text[open_at:end].split()) >= 4 \
            and (open_at == start or text[max(start, open_at - 2) : open_at] in (": ", ", ")
                 or text[open_at] == "‘" and text[max(start, open_at - 2) : open_at] in (". ", "? ", "! ")) \
            and not any(a <= open_at <= b for a, b in inside):
        # British style over paragraphs: "said: 'They time our breaks. ... ¶ 'I'm not a robot.'" -- the mark
        # opens a quotation the paragraph does not close, and the next paragraph opens again (also a typographic
        # opening mark after a sentence: "‘It was over,’ she said. ‘They told us ... ¶ ‘I am not ...’")
        out.append(Quote(open_at, end, False, single=True))
    return out


# words after a closing mark that no plural's apostrophe has before them ("‘raised concerns’ about", "’ when")
_FUNCTION_WORD = re.compile(r"(?:about|at|in|on|for|to|from|with|by|as|and|or|but|when|while|after|before|over|of|"
                            r"that|which|who|is|was|were|are|has|had|have|will|would|could|should|if|because)\b")
_LATER_CLOSE = re.compile(r"[,.;:!?][’']|\w[’'][,.;:!?]")  # a closing single mark at punctuation: "show,' she"
_SENTENCE_STOP = re.compile(r"[.!?][’']?(?=\s|$)")
_CONTINUED_SINGLE = re.compile(r"\s*\n\s*[‘'](?=\w)")


_BOUNDARY = re.compile(r"(?:\.|!|\?|…)[.!?…]*[\"”’»')\]]*\s+|\n")  # [.!?…]+["”’)\]]*\s+|[\n] (see _DOUBLE_MARK)
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def units(text: str, paras: list[tuple[int, int]], quotes_by_para: list[list[Quote]],
          attribution_at=None) -> list[Unit]:
    """Split each paragraph into sentence-like units, never inside a quotation, nor between a
    quotation ending in ?/! and its attribution (``“Why?” she asked.``): ``attribution_at(pos)``
    tells whether an attribution starts at ``pos``."""
    out: list[Unit] = []
    for p, ((ps, pe), quotes) in enumerate(zip(paras, quotes_by_para, strict=True)):
        cuts = [ps]
        for m in _BOUNDARY.finditer(text, ps, pe):
            b = m.end()
            if quotes and any(q.open < b <= q.close for q in quotes):
                continue
            if not _real_boundary(text, m.start(), b, pe):
                continue
            if attribution_at is not None and quotes and text[m.start()] in "?!…" and \
                    any(q.close < b <= q.close + 3 for q in quotes) and attribution_at(b):
                continue
            cuts.append(b)
        cuts.append(pe)
        for s, e in zip(cuts, cuts[1:], strict=False):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Unit(s, e, p, [q for q in quotes if s <= q.open < e] if quotes else [], len(out)))
    return out


def _real_boundary(text: str, dot: int, after: int, end: int) -> bool:
    if after >= end:
        return False
    nxt = text[after]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘'([«„"):
        return False
    if text[dot] != ".":
        return True
    # the word before the full stop
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word in _ABBREVIATIONS:
        return word == "no" and not nxt.isdigit()  # "No. 2" is a number, "would vote no. Then" ends a sentence
    if _INITIALS.fullmatch(word) and text[j].isupper():
        return False  # initials: "G. K. Butterfield", "G.K. Butterfield"
    return True
