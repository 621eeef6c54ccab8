"""Word lists kept as data files in ``lexicon/``, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DIR = Path(__file__).with_name("lexicon")


def _lines(name: str) -> list[str]:
    out = []
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    flags: frozenset[str]


@cache
def speech_verbs() -> dict[str, Verb]:
    """Every inflected form -> its verb (lemma and flags)."""
    forms: dict[str, Verb] = {}
    for line in _lines("speech_verbs.txt"):
        words, _, flags = line.partition("|")
        parts = words.split()
        lemma = parts[0].strip("()")
        if parts[0].startswith("("):
            parts = parts[1:]  # "(talk) talked talking": the bare forms are nouns too often ("talk radio", "the talks")
        verb = Verb(lemma, frozenset(flags.split()))
        for form in parts:
            forms.setdefault(form, verb)
    return forms


@cache
def speech_verb_pattern(also: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One regular expression matching any reporting-verb form (lower case), 'according to', and the words
    ``also`` (forms the caller reads in narrow shapes only, not reporting verbs elsewhere)."""
    return re.compile(r"\b(?:[Aa]ccording to|" + trie_pattern([*speech_verbs(), *also]) + r")\b")


def trie_pattern(words: list[str]) -> str:
    """A regular expression for a word list as a prefix tree: far faster than a flat alternation."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return emit(trie)


@cache
def titles() -> frozenset[str]:
    return frozenset(_lines("titles.txt"))


@cache
def title_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for t in titles() for w in t.replace("-", " ").split())


@cache
def organisation_heads() -> frozenset[str]:
    """Head nouns of bodies ('ministry', 'council'), in a capitalised name or alone ('the ministry said')."""
    return frozenset(_lines("organisations.txt"))


@cache
def company_endings() -> frozenset[str]:
    """Last words of company names ('Foods', 'Capital'): organisations only when capitalised, so a name ending
    in one is an organisation, where 'the chemicals' is no body."""
    return frozenset(_lines("company_endings.txt"))


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    adjectives: tuple[str, ...]
    seats: tuple[str, ...]


@cache
def countries() -> dict[str, Country]:
    """Lower-cased country name, adjective or seat of government -> the country."""
    table: dict[str, Country] = {}
    for line in _lines("countries.txt"):
        name, adjs, seats = (part.strip() for part in (line.split("|") + ["", ""])[:3])
        country = Country(
            name,
            tuple(a.strip() for a in adjs.split(",") if a.strip()),
            tuple(s.strip() for s in seats.split(",") if s.strip()),
        )
        for key in (name, *country.adjectives, *country.seats):
            table.setdefault(key.lower(), country)
            if key.lower().startswith("the "):
                table.setdefault(key.lower()[4:], country)
    return table


@cache
def first_names() -> dict[str, str]:
    genders: dict[str, str] = {}
    for line in _lines("first_names.txt"):
        gender, _, names = line.partition(":")
        for n in names.split():
            genders[n] = gender.strip()
    return genders


@cache
def us_states() -> dict[str, str]:
    """A US state's name, AP abbreviation or postal code (as written: 'Kan.', 'KS', 'Kansas') -> its name."""
    table: dict[str, str] = {}
    for line in _lines("us_states.txt"):
        name, abbreviations, postal = (part.strip() for part in (line.split("|") + ["", ""])[:3])
        for key in (name, *abbreviations.split(","), postal):
            if key.strip():
                table[key.strip()] = name
    return table
