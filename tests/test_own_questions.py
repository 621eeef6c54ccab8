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


# the sets whose misses rules were built on (2-5, 30-41), and those written later and scored blind (6-9)
TUNED = [p for p in SETS if p.name in {f"set{n}" for n in (2, 3, 4, 5, *range(30, 42))}]
BLIND = [p for p in SETS if p.name in {f"set{n}" for n in range(6, 10)}]
FRESH = [p for p in SETS if p.name in {f"set{n}" for n in range(10, 30)}]  # questions written 2026-12-07 (later)
NEWEST = [p for p in SETS if p.name in {f"set{n}" for n in range(44, 48)}]  # articles and questions, seventh stop
SECOND = [p for p in SETS if p.name in {f"set{n}" for n in range(48, 52)}]  # a second blind round, the same stop


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


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
async def test_later_question_sets_keep_their_blind_scores(tmp_path):
    # sets 6-9, questions written after the rules above: 148/216 (0.685) when first scored, blind, with speaker
    # precision 0.91 (0.560 / 0.83 with the code before the question-side work of 2026-12-07); then 146/216 with
    # precision 0.955 once "X on Y" no longer falls back to a topic search when X names a role; 145/216 with
    # precision 0.990 once a body's leader must have the body in a title (not only in the story) and a press
    # secretary counts as a spokesperson; 151/216 (0.699) / 0.991 once an envoy is an ambassador, a club's boss
    # its manager and a capital its government; 156/216 (0.722) / 0.996 once capitalised words opening the sentence
    # belong to a lower-case title ("Hartley manager Niklas Brandt"); 159/216 (0.736) once a tie goes to the one
    # named person over unnamed speakers. Those last rules were made on these sets' misses.
    (hit, total, sp_ok, sp_total, who_ok, who_total), per_set = await _totals(BLIND, tmp_path)
    assert total >= 200
    assert hit / total >= 0.71, per_set
    assert sp_ok / sp_total >= 0.97
    assert who_ok / who_total >= 0.9


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
async def test_the_freshest_question_sets_keep_their_scores(tmp_path):
    # sets 10-29: 285 questions naming 1,143 snippets and 100 quote look-ups, written by four helper sessions from
    # the articles alone, in more shapes than before ("How did X respond to Y", "Why is X holding out on Y", "the
    # NWS"). First scored blind: 739/1143 (0.647), speaker precision 0.79 (the mean over sets), look-ups 96/100.
    # Then rules from their misses (questions with an auxiliary and a verb, readings tried in turn, initials,
    # roles in commas before names with particles, "Engr.", titles of an office "to the governor"): 826/1143.
    # Then a holder of the office elsewhere only suggested ("Fiji's climate minister" is not Tuvalu's), an opposition
    # leader no prime minister, "the coroner" the one titled "Senior coroner", no topic search for a name nobody
    # bears: 839/1143 (0.734), speaker precision 0.974.
    (hit, total, sp_ok, sp_total, who_ok, who_total), per_set = await _totals(FRESH, tmp_path)
    assert total >= 1100 and who_total >= 100
    assert hit / total >= 0.71, per_set
    assert sp_ok / sp_total >= 0.96
    assert who_ok / who_total >= 0.94


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
async def test_the_newest_question_sets_keep_their_scores(tmp_path):
    # sets 44-47: 48 articles, 71 questions naming 206 snippets and 20 quote look-ups, written by four helper sessions
    # that saw no code, asked to name speakers by roles in other words than the articles use ("the Kenyan farm
    # minister", "Brussels' antitrust chief"), in keywords ("thorne regional airport runways") and by acronyms.
    # First scored blind: 85/206 (0.413), speaker precision 146/219 (0.667), look-ups 19/20. Then keywords read for
    # a speaker first, stances and pronouns in questions, a role's purpose not from the story alone, a body's role
    # after a name as a title: 106/206 (0.515), speaker precision 0.95; then a portfolio by its other names
    # (antitrust, farm, culture), a minister by a cabinet's "Secretary", a regulator an authority, a bare "Chief
    # executive" in stories about the body asked for: 121/206 (0.587), speaker precision 0.957; then countries of two
    # words, a house's speaker, "(Bawaslu)", "DPC statement on X": 132/206 (0.641), speaker precision 0.947.
    (hit, total, sp_ok, sp_total, who_ok, who_total), per_set = await _totals(NEWEST, tmp_path)
    assert total >= 200 and who_total >= 20
    assert hit / total >= 0.62, per_set
    assert sp_ok / sp_total >= 0.93
    assert who_ok / who_total >= 0.9


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
async def test_the_second_blind_round_keeps_its_scores(tmp_path):
    # sets 48-51: 48 more articles, 72 questions naming 245 snippets and 20 quote look-ups, written the same way as
    # sets 44-47 while the rules from those were made. First scored blind (265fd5d): 132/245 (0.539), speaker
    # precision 179/232 (0.772), look-ups 16/20 -- against 0.413 / 0.667 / 19 of 20 for sets 44-47 before this stop's
    # rules. Then rules from their misses (the spelling most documents use, "according to X", a body's letters in a
    # title, contractions in quotes): 148/245 (0.604), speaker precision 0.93, look-ups 18/20.
    (hit, total, sp_ok, sp_total, who_ok, who_total), per_set = await _totals(SECOND, tmp_path)
    assert total >= 240 and who_total >= 20
    assert hit / total >= 0.58, per_set
    assert sp_ok / sp_total >= 0.91
    assert who_ok / who_total >= 0.85
