"""Speaker identity across documents: name normalisation, variant matching, canonical choice.

Within one document the attribution stage already ties "Stanislav Zas", "Zas", "the Secretary
General" and "he" together.  Across documents the store calls :func:`same_speaker` to decide
whether a speaker found in a new document is one it already knows ("Stantilav Zas" and
"Stanislav Zas" are one person: same surname, first names one or two letters apart).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from . import lexicon
from .models import Speaker

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
                              # letters with no accent to fold, written without them in English copy
                              "Đ": "Dj", "đ": "dj", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o"})
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev",
    "sen", "rep", "gov", "gen", "col", "lt", "capt", "maj", "sgt", "adm", "jr", "sr",
    "madam", "alhaji", "hajia", "hon", "engr", "barr",  # (West African forms of address: "Madam Esi Quaye-Arthur")
}
_GENERATIONS = {"ii", "iii", "iv"}


# words that qualify a title without naming anyone: "Republican presidential nominee", "former prime minister"
_TITLE_QUALIFIERS = {
    "republican", "democratic", "gop", "conservative", "labour", "liberal", "libertarian", "green", "presidential",
    "former", "current", "acting", "deputy", "interim", "senior", "top", "then", "vice", "national", "foreign",
    "federal", "state", "party", "majority", "minority", "us", "u", "s", "un", "eu",
    "health", "finance", "defence", "defense", "interior", "justice", "education", "transport", "energy", "trade",
    "economy", "environment", "housing", "labor", "home", "treasury", "culture", "agriculture",
}


def title_only(name: str) -> bool:
    """Does ``name`` hold a title of two words or more and nothing else ('Republican presidential nominee',
    'Secretary General'), so that it stands for whoever holds the title?"""
    words = normalise(name).split()
    titles = lexicon.title_words()
    return len(words) >= 2 and any(w in titles for w in words) and all(
        w in titles or w in _TITLE_QUALIFIERS for w in words)


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Lower-case, accents folded, punctuation and a leading article dropped: the alias key."""
    s = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^\s*(the|official)\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a person's name without honorifics: 'Mr. Barack Obama' -> ('barack', 'obama')."""
    parts = tuple(w for w in normalise(name).split() if w not in _HONORIFICS)
    if len(parts) > 2 and parts[-1] in _GENERATIONS:
        return parts[:-1]  # "Vann R. Newkirk II": the surname is "newkirk"
    return parts


def surname_key(name: str) -> str:
    words = name.split()
    if len(words) >= 2 and family_name_first(" ".join(words[-2:])):
        return normalise(words[-2])  # "Seo Min-jae" is a Seo (and "prosecutor Kang Hye-rim" a Kang)
    parts = name_parts(name)
    return parts[-1] if parts else ""


HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")  # "Min-jae", "Chih-hao": a Korean or Taiwanese given name


def family_name_first(name: str) -> bool:
    """Is ``name`` a family name and then a hyphenated given name, as Korean and Taiwanese names are written
    ('Seo Min-jae', 'Lo Chih-hao'), so that the family name is the first word, not the last?"""
    words = name.split()
    return len(words) == 2 and len(words[0]) <= 5 and words[0][:1].isupper() and words[0].isalpha() \
        and HYPHENATED_GIVEN.fullmatch(words[1]) is not None


@lru_cache(maxsize=65536)
def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit ('Mardsen' for 'Marsden'), as
    people mistype names (optimal string alignment); gives up (returning limit + 1) once it must exceed
    ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                v = min(v, before[j - 2] + 1)
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        before, prev = prev, cur
    return prev[-1]


_DOUBLED = re.compile(r"(\w)\1")


def doubled_slip(a: str, b: str) -> bool:
    """Two spellings that differ only by a doubled letter written once ("Hüpi", "Hüppi"; "Benet", "Bennet")."""
    return _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", b)


def similar_word(a: str, b: str) -> bool:
    """Two spellings of one name: equal, or long enough and one or two edits apart."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if doubled_slip(a, b):
        return True  # "Hüpi" for "Hüppi", "Benet" for "Bennet": a doubled letter written once
    if min(len(a), len(b)) < 5:
        return False
    return edit_distance(a, b, 2) <= (1 if min(len(a), len(b)) < 7 else 2)


def _first_names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    if not a or not b:
        return True  # "Zas" and "Stanislav Zas"
    fa, fb = a[0], b[0]
    if len(fa) == 1 or len(fb) == 1:  # an initial
        return fa[0] == fb[0]
    return similar_word(fa, fb) or len(fa) >= 4 and len(fb) >= 4 and similar_word(_romanised(fa), _romanised(fb))


_ROMANISED = ((re.compile(r"^y(?=[aeiou])"), ""), (re.compile(r"ks"), "x"), (re.compile(r"kh"), "h"),
              (re.compile(r"(?:iy|yy|ei|ey|ii|ij)$"), "y"))


def _romanised(name: str) -> str:
    """A given name as the ways of writing Russian and other Cyrillic names agree on it: 'Yelena' and 'Elena',
    'Aleksei' and 'Alexey', 'Yevgeniy' and 'Evgeny' come out alike."""
    for pattern, instead in _ROMANISED:
        name = pattern.sub(instead, name)
    return name


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """Are two speakers (from different documents) the same person or body?"""
    if a.kind != b.kind and "person" in (a.kind, b.kind):
        return False
    if a.kind != "person":
        keys_a = {normalise(x) for x in (a.name, *a.aliases)}
        keys_b = {normalise(x) for x in (b.name, *b.aliases)}
        return bool({k for k in keys_a & keys_b if not generic_body_key(k)})
    if family_name_first(a.name) and family_name_first(b.name):
        # "Kang Hye-rin" and "Kang Hye-rim": the family name, then the whole given name, one slip at most
        (fa, ga), (fb, gb) = (normalise(a.name).split(" ", 1), normalise(b.name).split(" ", 1))
        return fa == fb and similar_word(ga.replace(" ", ""), gb.replace(" ", ""))
    pa, pb = name_parts(a.name), name_parts(b.name)
    if not pa or not pb:
        return False
    if not similar_word(pa[-1], pb[-1]):
        return False
    # a bare surname on either side is too weak to merge two people across documents
    if len(pa) == 1 or len(pb) == 1:
        return len(pa) == len(pb) == 1 and pa == pb
    return _first_names_compatible(pa[:-1], pb[:-1])


def generic_body_key(key: str) -> bool:
    """A body's alias that any body of its kind may bear ('ministry', 'the company'): no sign of the same body in
    two documents."""
    return " " not in key and key in _generic_body_words()


@lru_cache(maxsize=1)
def _generic_body_words() -> frozenset[str]:
    return frozenset(lexicon.organisation_heads() | {"company", "government", "group", "firm"})


def middle_name_variant(a: str, b: str) -> bool:
    """Do two full names differ only by middle names or initials ('Walter J. Hale', 'Walter Hale')?"""
    pa, pb = name_parts(a), name_parts(b)
    if pa == pb or min(len(pa), len(pb)) < 2 or pa[0] != pb[0] or pa[-1] != pb[-1]:
        return False
    short, long_ = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    rest = iter(long_)
    return all(w in rest for w in short)  # the shorter name's words, in order, within the longer


def better_name(a: str, b: str, count_a: int | tuple = 1, count_b: int | tuple = 1) -> str:
    """Which of two spellings should be canonical: the more frequent (counts may be tuples: documents, then
    mentions), then the fuller, then ``a`` (the one met first: a name does not change on a tie)."""
    if count_a != count_b:
        return a if count_a > count_b else b  # type: ignore[operator]  # (both ints or both tuples)
    if len(name_parts(a)) != len(name_parts(b)):
        return a if len(name_parts(a)) > len(name_parts(b)) else b
    return a


def spells_out(acronym: str, name: str) -> bool:
    """Do the acronym's letters open the name's words ('MoD': Ministry of Defence), or its capitalised words ('NHS':
    National Health Service, 'FBI': Federal Bureau of Investigation)?"""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() != "the"]
    every = "".join(w[0] for w in words).lower()
    capitals = "".join(w[0] for w in words if w[:1].isupper()).lower()
    return acronym.lower() in (every, capitals)


_SOUNDS = ((re.compile(r"gh(?=t|$)"), ""), (re.compile(r"ph"), "f"), (re.compile(r"ck|q"), "k"),
           (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c"), "k"), (re.compile(r"z"), "s"), (re.compile(r"dg"), "j"),
           (re.compile(r"[aeiouyhw]+"), ""), (re.compile(r"(.)\1+"), r"\1"))


def sound_key(word: str) -> str:
    """A surname as it sounds, roughly: its first letter, then its consonants with silent and doubled letters
    dropped ('arkwright' and 'arkwrite' -> 'arkrt'; 'kowalczyk' and 'kowalczik' -> 'klksk')."""
    word = word.lower().replace("-", "")
    first, rest = word[:1], word[1:]
    if first == "t" and rest.startswith("h"):
        rest = rest[1:]
    for pattern, repl in _SOUNDS:
        rest = pattern.sub(repl, rest)
    return first + rest
