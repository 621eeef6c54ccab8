"""Questions and quote look-ups on our own articles (tests/data/own-articles/set*/questions.jsonl), scored as the
shared scorer (../shared/eval/score_answers.py) scores them, in-process: a hit is an answer among the first five
that covers half of an expected snippet's words; speaker precision is the share of those answers whose speaker is
the one asked about (the shared alias rules); a quote look-up passes when its first match is the right speaker."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from briefings.answers import ask, whosaid
from briefings.ingest import ingest_paths
from briefings.store import Store

DATA = Path(__file__).resolve().parent / "data" / "own-articles"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_statements.py"
SETS = sorted((p.parent for p in DATA.glob("set*/questions.jsonl")), key=lambda p: int(p.name[3:]))
K = 5
_WORD = re.compile(r"\w+")


def _covers(answer: str, snippet: str) -> bool:
    have = {w.lower() for w in _WORD.findall(answer or "")}
    want = [w.lower() for w in _WORD.findall(snippet or "")]
    return bool(want) and sum(w in have for w in want) * 2 >= len(want)


def _speakers(folder: Path):
    spec = importlib.util.spec_from_file_location("score_statements", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = folder / "speakers.json"
    return module.Speakers(json.loads(table.read_text(encoding="utf-8")) if table.exists() else {})


async def _score(folder: Path, tmp_path: Path) -> tuple[int, int, int, int, int, int]:
    speakers = _speakers(folder)
    store = await Store.open(tmp_path / f"{folder.name}.db")
    try:
        await ingest_paths(store, [folder / "corpus"], jobs=1)
        hit = total = sp_ok = sp_total = who_ok = who_total = 0
        for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if "ask" in q:
                answers = (await ask(store, q["ask"], limit=K)).answers[:K]
                for _doc, snippet in q["expect"]:
                    total += 1
                    hit += any(_covers(h.text, snippet) for h in answers)
                sp_total += len(answers)
                sp_ok += sum(speakers.same(h.speaker, q["speaker"]) for h in answers)
            else:
                who_total += 1
                matches = (await whosaid(store, q["whosaid"])).matches
                who_ok += bool(matches) and speakers.same(matches[0].speaker, q["speaker"])
        return hit, total, sp_ok, sp_total, who_ok, who_total
    finally:
        await store.close()


async def _totals(folders: list[Path], tmp_path: Path) -> tuple[list[int], dict[str, float]]:
    totals, per_set = [0] * 6, {}
    for folder in folders:
        scores = await _score(folder, tmp_path)
        per_set[folder.name] = scores[0] / scores[1]
        totals = [a + b for a, b in zip(totals, scores, strict=True)]
    return totals, per_set


def _sets(numbers) -> list[Path]:
    """The question sets of these numbers."""
    return [p for p in SETS if p.name in {f"set{n}" for n in numbers}]


# the sets whose misses rules were built on (2-5, 30-41), and those written later and scored blind (6-9)
TUNED = _sets((2, 3, 4, 5, *range(30, 42)))
BLIND = _sets(range(6, 10))
FRESH = _sets(range(10, 30))  # questions written 2026-12-07 (later)
NEWEST = _sets(range(44, 48))  # articles and questions, seventh stop
SECOND = _sets(range(48, 52))  # a second blind round, the same stop
THIRD = _sets(range(52, 56))  # and a third
FOURTH = _sets(range(56, 60))  # a fourth, the eighth stop
FIFTH = _sets(range(60, 64))  # and a fifth, later in that stop
SIXTH = _sets(range(64, 68))  # and a sixth, at its end
SEVENTH = _sets(range(68, 72))  # a seventh, the ninth stop
EIGHTH = _sets(range(72, 76))  # and an eighth, at its end
NINTH = _sets(range(76, 80))  # a ninth, the tenth stop
TENTH = _sets(range(80, 84))  # and a tenth, at its end
ELEVENTH = _sets(range(84, 88))  # an eleventh, the eleventh stop
TWELFTH = _sets(range(88, 92))  # and a twelfth, later in it
THIRTEENTH = _sets(range(92, 96))  # a thirteenth, the twelfth stop
FOURTEENTH = _sets(range(96, 100))  # and a fourteenth, later in it
FIFTEENTH = _sets(range(100, 104))  # and a fifteenth, at its end
SIXTEENTH = _sets(range(104, 108))  # and a sixteenth, after all its rules
SEVENTEENTH = _sets(range(108, 112))  # a seventeenth, the thirteenth stop
EIGHTEENTH = _sets(range(112, 116))  # an eighteenth, after its first rules
NINETEENTH = _sets(range(116, 120))  # and a nineteenth, after most of them


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
async def test_own_questions_are_answered_from_the_right_speaker(tmp_path):
    # on 2026-12-07: 572/631 snippets (0.906), speaker precision 0.998, quote look-ups 95/96. The sets were
    # written blind by helper sessions (0.710 when first run); rules have since been built on their misses, so
    # they guard against regressions now, not measure unseen text. Bars leave room for trade-offs only.
    (hit, total, sp_ok, sp_total, who_ok, who_total), per_set = await _totals(TUNED, tmp_path)
    assert total >= 600 and who_total >= 90
    assert hit / total >= 0.88, per_set
    assert sp_ok / sp_total >= 0.98
    assert who_ok / who_total >= 0.95
    assert min(per_set.values()) >= 0.72, per_set


# The question sets scored blind when they were written, each with what it first scored and what rules made of it:
# - BLIND, sets 6-9 (questions written after the rules for sets 2-5): 148/216 (0.685), speaker precision 0.91
#   (0.560 / 0.83 with the code before the question-side work of 2026-12-07); then "X on Y" with X a role no topic
#   search, a body's leader with the body in a title, a press secretary a spokesperson, an envoy an ambassador, a
#   club's boss its manager, a capital its government, capitalised words opening the sentence in a lower-case title,
#   a tie to the one named person: 159/216 (0.736), 0.996.
# - FRESH, sets 10-29 (285 questions naming 1,143 snippets, 100 look-ups, more shapes: "How did X respond to Y",
#   "the NWS"): 739/1143 (0.647), speaker precision 0.79 (the mean over sets), 96/100; then questions with an
#   auxiliary and a verb, readings tried in turn, initials, titles before names with particles: 826/1143; then a
#   holder of the office elsewhere only suggested ("Fiji's climate minister" is not Tuvalu's), an opposition leader
#   no prime minister, "the coroner" the one titled "Senior coroner": 839/1143 (0.734), 0.974; now 844 (0.738), 0.979.
# - NEWEST, sets 44-47 (articles and questions written together by helpers that saw no code: 71 questions naming
#   206 snippets, 20 look-ups; roles in other words, keywords, acronyms): 85/206 (0.413), speaker precision 146/219
#   (0.667), 19/20 (10e5070); then keywords read for a speaker first, stances and pronouns, a role's purpose not from
#   the story alone, a body's role after a name as a title, portfolios by their other names, countries of two words,
#   a house's speaker: 138/206 (0.670), 0.949, 20/20.
# - SECOND, sets 48-51 (written the same way while those rules were made: 72 questions, 245 snippets, 20 look-ups):
#   132/245 (0.539), speaker precision 179/232 (0.772), 16/20 (265fd5d); then the spelling most documents use,
#   "according to X", a body's letters in a title, contractions in quotes, a body asked through whoever speaks for
#   it: 162/245 (0.661), 0.964, 18/20.
# - THIRD, sets 52-55 (written the same way at the end of that stop: 72 questions, 218 snippets, 20 look-ups):
#   105/218 (0.482), speaker precision 172/218 (0.789), 20/20 (e30ba70); the code the stop started from scores the
#   same questions 0.431 / 0.680 / 19 of 20. Then no near spelling of a short word, no group after a possessive,
#   "X Y on Z", "the company" of the question before, a subject without a known verb: 116/218 (0.532), 0.846.
# - FOURTH, sets 56-59 (written the same way at the start of the eighth stop: 72 questions, 219 snippets, 20
#   look-ups): 132/219 (0.603), speaker precision 228/239 (0.954), 18/20 (6e66bac); then offices in other words
#   (top diplomat, county executive, chief constable, a title by its letters), irregular verbs: 165/219, 0.986, 20/20.
# - FIFTH, sets 60-63 (written the same way after those rules: 72 questions, 219 snippets, 20 look-ups): 110/219
#   (0.502), speaker precision 165/190 (0.868), 19/20 (64ebf97; the stop's starting code 107/219, 0.880, 19/20);
#   then a lead's office for "the minister" later, "argued the case", double surnames: 116/219 (0.530), 0.916, 20/20;
#   later, a pick among several holders by the topic, a health chief a minister: 131/219 (0.598), 0.971, 20/20.
# - SIXTH, sets 64-67 (written at the end of that stop: 72 questions, 221 snippets, 20 look-ups): 130/221 (0.588),
#   speaker precision 217/245 (0.886), 18/20 (4cfc235; the stop's starting code 112/221, 0.900, 18/20); then no pick
#   of whom a question is about, a person of a body: 131/221, 0.901; in the ninth stop, a bare title of a holder
#   titled with another body, an owner by the possessive, "a top law officer", "EA Pennock": 149/221, 0.943.
# - SEVENTH, sets 68-71 (written at the start of the ninth stop: 72 questions, 230 snippets, 20 look-ups): 151/230
#   (0.657), speaker precision 237/253 (0.937), 19/20 (14db046; the stop's starting code scores the same); then an
#   ambassador "to" a body, a presiding officer, the Taoiseach, a portfolio in a minister's title, "who leads the
#   opposition X coalition", a people's adjective before a plural, a body's national branch: 172/230, 1.000, 20/20.
# - EIGHTH, sets 72-75 (written at the end of the ninth stop, after its other rules: 72 questions, 219 snippets, 20
#   look-ups): 119/219 (0.543), speaker precision 206/225 (0.916), 18/20 (2ea50b4; the stop's starting code 1a13f7b:
#   120/219, 0.884, 18/20); then no police chief for a city government's head, a body read as a person, "its chief
#   executive", "gavi ferrante", "Van den": 125/219, 0.951, 18/20.
# - NINTH, sets 76-79 (written at the start of the tenth stop: 72 questions, 223 snippets, 20 look-ups): 134/223
#   (0.601), speaker precision 235/256 (0.918), 19/20 (a4e0314, the stop's starting code); then a portfolio asked
#   before "minister", "Brussels'", "What reason did X give", "fire", a title with a participle's clause, a body's
#   unknown letters, a surname said alike, the fact check's "WHO SAID IT": 156/223, 0.968, 20/20.
# - TENTH, sets 80-83 (written at the end of the tenth stop, after its other rules: 72 questions, 221 snippets, 20
#   look-ups): 109/221 (0.493), speaker precision 201/235 (0.855), 20/20 (fc112a9); the stop's starting code
#   a4e0314: 110/221, 0.841, 20/20; after a few rules from their misses: 117/221, 0.930, 20/20.
# - ELEVENTH, sets 84-87 (written at the start of the eleventh stop: 72 questions, 215 snippets, 20 look-ups):
#   128/215 (0.595), speaker precision 210/227 (0.925), 19/20 (d1fa315, the stop's starting code); then bodies by
#   their head nouns, a central bank's governor, "How much does X expect", a campaign's chief, a top regulator, titles
#   after an inverted verb: 148/215, 0.980, 20/20.
# - TWELFTH, sets 88-91 (written later in the eleventh stop, after most of its rules: 72 questions, 226 snippets, 20
#   look-ups): 120/226 (0.531), speaker precision 215/228 (0.943), 20/20 (a60f94c); the stop's starting code d1fa315:
#   117/226, 0.942, 20/20; after a few extraction rules from their misses: 120/226, 0.947, 20/20.
# - THIRTEENTH, sets 92-95 (written at the start of the twelfth stop: 72 questions, 215 snippets, 20 look-ups):
#   130/215 (0.605), speaker precision 206/222 (0.928), 20/20 (c18fbcd, the stop's starting code, and ef90711 the
#   same); then a head of government, a bloc's secretary general, a governor heads a state, a country's office in
#   another story, romanised given names, a title in the lead named in the next paragraph's quotation, more offices
#   in other words, a body by hyphenated letters: see the README for the figures after.
# - FOURTEENTH, sets 96-99 (written later in the twelfth stop, after most of its rules: 72 questions, 217 snippets,
#   20 look-ups): 120/217 (0.553), speaker precision 219/243 (0.901), 19/20 (847e2bd); the stop's starting code
#   c18fbcd: 118/217 (0.544), 0.899, 19/20; then the Cabinet Secretary, "Moscow's man at the UN", a misspelt
#   surname in keywords, an interim chief, West African forms of address: see the README.
# - FIFTEENTH, sets 100-103 (written at the end of the twelfth stop, after all its other rules: 72 questions, 224
#   snippets, 20 look-ups): 138/224 (0.616), speaker precision 0.947, 20/20 (5813570); the stop's starting code
#   c18fbcd: 135/224 (0.603), 0.931, 20/20.
# - SIXTEENTH, sets 104-107 (written after all of the twelfth stop's rules: 72 questions, 220 snippets, 20
#   look-ups): 140/220 (0.636), speaker precision 234/253 (0.925), 20/20 (3b11e78); the stop's starting code
#   c18fbcd: 129/220 (0.586), 218/237 (0.920), 20/20.
# - SEVENTEENTH, sets 108-111 (written at the start of the thirteenth stop: 72 questions, 210 snippets, 20 look-ups):
#   the stop's starting code efd3318 130/210 (0.619), 226/234 (0.966), 20/20.
# - EIGHTEENTH, sets 112-115 (written after the stop's first rules): 136/212 (0.642), 225/235 (0.957), 19/20 with
#   the starting code and the same at ceea8bb.
# - NINETEENTH, sets 116-119 (written after most of the stop's rules): 165/235 (0.702), 254/270 (0.941), 20/20 with
#   the starting code and the same at 8bec5bb.
# Rules have since been built on all their misses: they guard against regressions now, not measure unseen text.
LATER = [
    # (group, snippets at least, look-ups at least, recall@5, speaker precision, look-ups)
    ("BLIND", BLIND, 200, 24, 0.71, 0.97, 0.9),
    ("FRESH", FRESH, 1100, 100, 0.71, 0.96, 0.94),
    ("NEWEST", NEWEST, 200, 20, 0.62, 0.93, 0.9),
    ("SECOND", SECOND, 240, 20, 0.62, 0.94, 0.85),
    ("THIRD", THIRD, 210, 20, 0.50, 0.82, 0.9),
    ("FOURTH", FOURTH, 210, 20, 0.72, 0.97, 0.95),
    ("FIFTH", FIFTH, 210, 20, 0.56, 0.95, 0.95),
    ("SIXTH", SIXTH, 210, 20, 0.62, 0.92, 0.85),
    ("SEVENTH", SEVENTH, 220, 20, 0.71, 0.97, 0.95),
    ("EIGHTH", EIGHTH, 210, 20, 0.52, 0.90, 0.85),
    ("NINTH", NINTH, 220, 20, 0.65, 0.93, 0.9),
    ("TENTH", TENTH, 220, 20, 0.50, 0.90, 0.9),
    ("ELEVENTH", ELEVENTH, 210, 20, 0.64, 0.95, 0.95),
    ("TWELFTH", TWELFTH, 220, 20, 0.50, 0.92, 0.95),
    ("THIRTEENTH", THIRTEENTH, 210, 20, 0.72, 0.93, 0.95),
    ("FOURTEENTH", FOURTEENTH, 210, 20, 0.57, 0.95, 0.9),
    ("FIFTEENTH", FIFTEENTH, 220, 20, 0.57, 0.93, 0.95),
    ("SIXTEENTH", SIXTEENTH, 210, 20, 0.60, 0.90, 0.95),
    ("SEVENTEENTH", SEVENTEENTH, 200, 20, 0.62, 0.94, 0.95),
    ("EIGHTEENTH", EIGHTEENTH, 200, 20, 0.63, 0.95, 0.9),
    ("NINETEENTH", NINETEENTH, 220, 20, 0.67, 0.93, 0.95),
]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
@pytest.mark.parametrize(("name", "group", "snippets", "lookups", "recall", "precision", "found"), LATER,
                         ids=[g[0] for g in LATER])
async def test_later_question_sets_keep_their_scores(tmp_path, name, group, snippets, lookups, recall, precision,
                                                      found):
    (hit, total, sp_ok, sp_total, who_ok, who_total), per_set = await _totals(group, tmp_path)
    assert total >= snippets and who_total >= lookups, name
    assert hit / total >= recall, per_set
    assert sp_ok / sp_total >= precision, name
    assert who_ok / who_total >= found, name
