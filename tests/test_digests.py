"""Digest composition: grouping by speaker, near-duplicates across articles, ranking, windows and
filters, Discord limits when rendered, and the ``briefings digest`` command."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import discord
import pytest

from briefings.digests import (
    SEARCH_MAX,
    Digest,
    Window,
    build_sections,
    compose,
    digest_text,
    group_rows,
    near_duplicate,
)
from briefings.models import Document, Extraction, Speaker, Statement
from briefings.store import Store
from cogs import rendering
from cogs.digest_rendering import item_line, render_digest

REPO = Path(__file__).resolve().parent.parent

HARBOUR = "The harbour will stay open through the winter, whatever the council decides about the fees."
HARBOUR_EDITED = "The harbour will stay open through the winter, whatever the city council decides on the fees."
HARBOUR_PART = "stay open through the winter, whatever the council decides"


def words(text: str) -> set[str]:
    return set(text.lower().replace(",", "").replace(".", "").split())


# --------------------------------------------------------------------------- pure: near-duplicates


def test_near_duplicate_same_words_small_edits_and_containment() -> None:
    assert near_duplicate(words(HARBOUR), words(HARBOUR.upper().replace(",", ";")))
    assert near_duplicate(words(HARBOUR), words(HARBOUR_EDITED))
    assert near_duplicate(words(HARBOUR), words(HARBOUR_PART))  # a partial quote of the same words
    other = "The council decides about the fees in spring, and the harbour board will follow it."
    assert not near_duplicate(words(HARBOUR), words(other))
    assert not near_duplicate(words(HARBOUR), words("the harbour"))  # a fragment is too short to say


def row(sid: int, speaker_id: int, speaker: str, kind: str, text: str, doc: str, published: str = "") -> tuple:
    return (sid, speaker_id, speaker, kind, text, "said", doc, f"Title {doc}", f"Outlet {doc}", "", published, "")


def test_group_rows_merges_one_speakers_copies_only() -> None:
    rows = [
        row(1, 1, "Ada Velde", "direct", HARBOUR, "a", "2024-03-01"),
        row(2, 1, "Ada Velde", "direct", HARBOUR_EDITED, "b", "2024-03-02"),
        row(3, 1, "Ada Velde", "partial", HARBOUR_PART, "c", "2024-03-03"),
        row(4, 2, "Jon Pell", "direct", HARBOUR, "d"),  # another speaker saying the same words
        row(5, 1, "Ada Velde", "indirect", "the fees would be reviewed in the spring by an outside auditor", "a"),
        # a speaker with two versions that differ only in the middle
        row(6, 3, "Kai Lund", "direct", "We will open the new terminal in May and every crew will have a berth there", "a"),
        row(7, 3, "Kai Lund", "direct", "We will open the new terminal in June and every crew will have a berth there", "b"),
    ]
    groups = sorted(sorted(r[0] for r in g) for g in group_rows(rows))
    assert groups == [[1, 2, 3], [4], [5], [6, 7]]


def test_build_sections_dedup_keeps_every_source_and_best_text() -> None:
    rows = [
        row(1, 1, "Ada Velde", "partial", HARBOUR_PART, "c", "2024-03-03"),
        row(2, 1, "Ada Velde", "direct", HARBOUR, "a", "2024-03-01"),
        row(3, 1, "Ada Velde", "direct", HARBOUR, "b", "2024-03-02"),
        row(4, 1, "Ada Velde", "direct", HARBOUR, "b", "2024-03-02"),  # twice in one article: one source
    ]
    (section,) = build_sections(rows)
    (item,) = section.items
    assert item.text == HARBOUR and item.kind == "direct"  # the full direct quote represents the group
    assert [s.doc_id for s in item.sources] == ["a", "b", "c"]  # every article, oldest first
    assert item.statement_ids == [1, 2, 3, 4] and section.statements == 4


def test_ranking_direct_quotes_and_new_speakers_first() -> None:
    long_indirect = "the fees would be reviewed in spring by an outside auditor chosen by both sides"
    rows = [
        row(1, 1, "Old Reporter", "indirect", long_indirect, "a"),
        row(2, 2, "Quoted Person", "direct", "We will not pay these fees, not this year and not next year.", "a"),
        row(3, 3, "New Voice", "indirect", "the dredging contract was signed last week", "b"),
        row(4, 1, "Old Reporter", "direct", "Short and direct, this one.", "b"),
        row(5, 4, "Widely Reported", "indirect", "the port would close at night from April onwards", "a"),
        row(6, 4, "Widely Reported", "indirect", "the port would close at night from April onwards", "b"),
        row(7, 4, "Widely Reported", "indirect", "the port would close at night from April onwards", "c"),
        row(8, 5, "Plain Indirect", "indirect", "the port would open later on Sundays this summer", "c"),
    ]
    sections = build_sections(rows, new_speakers={3})
    order = [s.speaker for s in sections]
    assert order[0] == "New Voice"  # a new speaker ranks above everyone already known
    assert order[-1] == "Plain Indirect"  # one reported sentence from one article ranks last
    assert order.index("Quoted Person") < order.index("Widely Reported")  # a direct quote ranks high
    assert sections[order.index("New Voice")].new
    old = sections[order.index("Old Reporter")]
    assert [i.kind for i in old.items] == ["direct", "indirect"]  # a direct quote before reported speech
    wide = sections[order.index("Widely Reported")]
    assert len(wide.items) == 1 and len(wide.items[0].sources) == 3
    plain = build_sections([row(5, 4, "Widely Reported", "indirect", "the port would close at night from April onwards", "a")])
    assert wide.items[0].score > plain[0].items[0].score  # reported by three articles counts


def test_grouping_for_a_prolific_speaker_keeps_different_statements_apart() -> None:
    # 3,000 different statements by one speaker (a shared vocabulary, so many share words), each
    # also reported by a second article with one word changed
    rng = random.Random(7)
    vocab = [f"w{n}" for n in range(3000)] + "the of and to a in that is will we".split() * 30
    rows = []
    for i in range(3000):
        said = [rng.choice(vocab) for _ in range(18)]
        edited = said[:-1] + ["changed"]
        rows.append(row(2 * i, 1, "Busy Minister", "direct", " ".join(said), f"a{i}"))
        rows.append(row(2 * i + 1, 1, "Busy Minister", "direct", " ".join(edited) + ".", f"b{i}"))
    # and a few middle parts of them quoted by a third article
    for i in range(0, 3000, 100):
        rows.append(row(10_000 + i, 1, "Busy Minister", "partial", rows[2 * i][4].split(" ", 4)[4], f"c{i}"))
    (section,) = build_sections(rows)
    assert len(section.items) == 3000
    for item in section.items:
        numbers = {s.doc_id[1:] for s in item.sources}
        assert len(numbers) == 1 and len(item.sources) == (3 if int(numbers.pop()) % 100 == 0 else 2)


@pytest.mark.parametrize("speakers", [1, 30])  # one prolific speaker, or the same rows spread out
def test_cut_quotes_are_grouped_and_middle_excerpts_below_the_search_limit(speakers: int) -> None:
    rng = random.Random(3)
    vocab = [f"v{n}" for n in range(500)]
    rows = []
    for i in range(400):
        said = [rng.choice(vocab) for _ in range(rng.randint(6, 20))]
        sid = 1 + i % speakers
        rows.append(row(3 * i, sid, f"S{sid}", "direct", " ".join(said), f"a{i}"))
        rows.append(row(3 * i + 1, sid, f"S{sid}", "direct", " ".join(said[1:]), f"b{i}"))  # cut at the start
        rows.append(row(3 * i + 2, sid, f"S{sid}", "partial", " ".join(said[2:-2]), f"c{i}"))  # the middle
    groups = [sorted(r[0] for r in g) for g in group_rows(rows)]
    by_first = {g[0]: g for g in groups}
    for i in range(400):
        group = by_first[3 * i]
        assert 3 * i + 1 in group  # same closing words
        middle = rows[3 * i + 2][4].split()
        if len(middle) >= 5 and 1200 // speakers <= SEARCH_MAX:
            assert 3 * i + 2 in group  # found inside the longer statement
    assert all(max(g) - min(g) <= 2 for g in groups)  # nothing from another statement


def test_a_chain_of_small_differences_does_not_join_different_statements() -> None:
    base = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    chain = [base]
    for k in range(6):  # each step changes one more word: neighbours are near-duplicates
        step = list(chain[-1])
        step[k] = f"new{k}"
        chain.append(step)
    rows = [row(n, 1, "A B", "direct", " ".join(w), f"d{n}") for n, w in enumerate(chain)]
    groups = group_rows(rows)
    assert len(groups) > 1  # the first and the last share only 4 of 10 words
    for g in groups:
        ids = [r[0] for r in g]
        assert max(ids) - min(ids) <= 4


# --------------------------------------------------------------------------- composing from the store


def article(title: str, said: list[tuple[str, str, str]], outlet: str = "The Ledger") -> tuple[Document, Extraction]:
    """A document whose statements sit at their offsets; said = [(speaker, kind, text)]."""
    text = title + "\n"
    statements, speakers = [], {}
    for speaker, kind, words_ in said:
        start = len(text) + 1
        text += f"\u201c{words_}\u201d {speaker} said. "
        statements.append(Statement(speaker, kind, words_, start, start + len(words_), "said", f"{words_} {speaker} said."))
        speakers[speaker] = Speaker(speaker, aliases=[speaker.split()[-1]])
    doc = Document(text=text, title=title, outlet=outlet, url=f"https://example.org/{title.replace(' ', '-')}")
    return doc, Extraction(statements, list(speakers.values()))


async def add(store: Store, title: str, said: list[tuple[str, str, str]], outlet: str = "The Ledger") -> None:
    result = await store.add_document(*article(title, said, outlet))
    assert result.added


async def max_id(store: Store) -> int:
    return (await store._one("SELECT max(id) FROM statements"))[0]


async def test_compose_window_after_id_and_new_speakers(store: Store) -> None:
    await add(store, "Fees row", [("Ada Velde", "direct", HARBOUR), ("Jon Pell", "direct", "These fees are political.")])
    first = await max_id(store)
    await add(store, "Fees row two", [("Ada Velde", "direct", HARBOUR_EDITED)], outlet="Wire")
    await add(store, "Newcomer", [("Mia Stone", "direct", "The auditors start on Monday morning.")])
    digest = await compose(store, Window(after_id=first, upto_id=await max_id(store)))
    assert digest.statements == 2 and digest.documents == 2
    by_name = {s.speaker: s for s in digest.sections}
    assert set(by_name) == {"Ada Velde", "Mia Stone"}
    assert by_name["Mia Stone"].new and not by_name["Ada Velde"].new
    assert digest.sections[0].speaker == "Mia Stone"
    # the whole history: Velde's two versions are one item with both sources
    everything = await compose(store, Window(since="2000-01-01"))
    velde = next(s for s in everything.sections if s.speaker == "Ada Velde")
    assert len(velde.items) == 1 and [s.title for s in velde.items[0].sources] == ["Fees row", "Fees row two"]
    # upto bounds the window: statements stored after it wait for the next digest
    bounded = await compose(store, Window(after_id=0, upto_id=first))
    assert bounded.statements == 2


async def test_compose_filters_speakers_and_topic(store: Store) -> None:
    await add(
        store,
        "Harbour and grain",
        [
            ("Ada Velde", "direct", HARBOUR),
            ("Ada Velde", "direct", "Grain prices will fall once the corridor opens."),
            ("Jon Pell", "direct", "The harbour fees are a tax on our farmers."),
        ],
    )
    by_velde = await compose(store, Window(since="2000-01-01"), speakers=["Velde"])  # resolved by surname
    assert by_velde.speakers_filter == ["Ada Velde"] and by_velde.statements == 2
    harbour = await compose(store, Window(since="2000-01-01"), topic="harbour")
    assert {s.speaker for s in harbour.sections} == {"Ada Velde", "Jon Pell"} and harbour.statements == 2
    both = await compose(store, Window(since="2000-01-01"), speakers=["Jon Pell"], topic="harbour fees")
    assert both.statements == 1 and both.sections[0].items[0].text.startswith("The harbour fees")
    nobody = await compose(store, Window(since="2000-01-01"), speakers=["Nobody Known"])
    assert nobody.empty and "Nobody Known" in nobody.summary()
    hostile = await compose(store, Window(since="2000-01-01"), topic='harbour" OR speaker:* NEAR(')
    assert hostile.statements == 0  # operators are words; nothing has all of them
    assert (await compose(store, Window(since="2000-01-01"), topic="***")).empty


async def test_quiet_day_summary(store: Store) -> None:
    digest = await compose(store, Window(after_id=0))
    assert digest.empty and digest.summary().startswith("A quiet day")
    content, embeds = render_digest(digest)
    assert embeds == [] and content and len(content) <= 2000


# --------------------------------------------------------------------------- rendering within limits


def big_digest(speakers: int = 60, per_speaker: int = 12, length: int = 700) -> Digest:
    rows = []
    n = 0
    for s in range(speakers):
        for _ in range(per_speaker):
            n += 1
            body = f"Statement {n} from speaker {s}: @everyone *bold* _it_ `code` <@123> " + " ".join(
                f"word{(n * 31 + j) % 997}" for j in range(length // 8)
            )
            rows.append(row(n, s + 1, f"Speaker Number {s} " + "X" * (s % 3) * 90, "direct", body[:length], f"d{n}"))
            rows.append(row(n + 100000, s + 1, f"Speaker Number {s} " + "X" * (s % 3) * 90, "direct", body[:length], f"e{n}"))
    sections = build_sections(rows)
    return Digest(
        sections=sections,
        statements=len(rows),
        documents=len(rows),
        window=Window(after_id=0),
        title="Briefing for Tue 5 Mar 2024 " + "T" * 300,
        note="Late: due Tue 5 Mar 2024, 09:00 (Europe/Berlin), posted 2 h 5 min late.",
        ref="briefing #42",
    )


@pytest.mark.parametrize(("speakers", "per_speaker", "length"), [(60, 12, 700), (3, 2, 50), (1, 40, 3000), (30, 1, 200)])
def test_rendered_digest_keeps_every_limit_and_counts_what_is_hidden(speakers, per_speaker, length) -> None:
    digest = big_digest(speakers, per_speaker, length)
    content, embeds = render_digest(digest)
    assert content is None and len(embeds) == 1
    assert rendering.message_kwargs_fit(content, embeds)
    (embed,) = embeds
    assert "briefing #42" in embed.footer.text  # the scheduler finds its post by this
    assert embed.description.startswith("Late:")
    shown = sum(f.value.count("\n• ") + f.value.startswith("• ") for f in embed.fields)
    more = next((f for f in embed.fields if f.name == "More"), None)
    total = digest.items
    if shown < total:
        assert more is not None and f"{total - shown} more statement" in more.value
    else:
        assert more is None
    for field in embed.fields:
        assert "*bold*" not in field.value and "\\*bold\\*" in field.value or field.name == "More"


def test_item_line_escapes_and_fits() -> None:
    sections = build_sections([row(1, 1, "A B", "direct", "*" * 900, "a"), row(2, 1, "A B", "direct", "*" * 900, "b")])
    line = item_line(sections[0].items[0], 300)
    assert len(line) <= 300 and "\\*" in line and not line.rstrip("…”").endswith("\\")
    assert "also 1 more" in line


def test_rendered_digest_is_accepted_by_discord_py() -> None:
    content, embeds = render_digest(big_digest())
    payload = [e.to_dict() for e in embeds]
    assert all(discord.Embed.from_dict(p) for p in payload)


def test_digest_text_and_json_hold_everything() -> None:
    digest = big_digest(5, 3, 100)
    text = digest_text(digest)
    assert text.count("\n- ") == digest.items
    data = json.loads(json.dumps(digest.to_dict()))
    assert sum(len(s["items"]) for s in data["sections"]) == digest.items
    assert all(len(i["sources"]) == 2 for s in data["sections"] for i in s["items"])


# --------------------------------------------------------------------------- the command line


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefings.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


async def test_cli_digest_text_json_and_errors(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    store = await Store.open(db)
    try:
        await add(store, "Fees row", [("Ada Velde", "direct", HARBOUR), ("Jon Pell", "direct", "These fees are political.")])
        await add(store, "Fees row two", [("Ada Velde", "direct", HARBOUR_EDITED)], outlet="Wire")
    finally:
        await store.close()
    out = run_cli("digest", db=db)
    assert out.returncode == 0, out.stderr
    assert "== Ada Velde" in out.stdout and "== Jon Pell" in out.stdout
    assert "Fees row two" in out.stdout  # the second source of Velde's quote
    js = run_cli("digest", "--json", "--since", "7d", "--speaker", "Velde", db=db)
    assert js.returncode == 0, js.stderr
    data = json.loads(js.stdout)
    assert data["filters"]["speakers"] == ["Ada Velde"] and len(data["sections"]) == 1
    assert len(data["sections"][0]["items"]) == 1 and len(data["sections"][0]["items"][0]["sources"]) == 2
    old = run_cli("digest", "--since", "2000-01-01T00:00:00Z", db=db)
    assert old.returncode == 0 and "3 statements" in old.stdout
    for bad, needle in (
        (("--since", "last tuesday"), "not a date"),
        (("--since", "2999-01-01"), "in the future"),
        (("--speaker", "Nobody Here"), "no speaker called"),
    ):
        res = run_cli("digest", *bad, db=db)
        assert res.returncode == 2 and needle in res.stderr and "Traceback" not in res.stderr
