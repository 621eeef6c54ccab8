"""Rendering stays within Discord's limits, escapes markdown and never pings."""

from __future__ import annotations

from dataclasses import dataclass

import discord
import pytest

from cogs import rendering as r


@dataclass
class Hit:
    speaker: str = "Stanislav Zas"
    kind: str = "direct"
    text: str = "The CSTO will not leave Armenia."
    title: str = "CSTO chief visits Yerevan"
    outlet: str = "ArmInfo"
    url: str = "https://example.org/a?id=1"
    published_at: str = "2022-11-23"
    statement_id: int = 1


def huge_hit(i: int = 0) -> Hit:
    return Hit(
        speaker="S" * 400,
        text=("*bold* _it_ `code` [x](http://evil) @everyone " * 200) + str(i),
        title="T" * 500,
        outlet="O" * 300,
        url="https://example.org/" + "p" * 3000,
    )


def test_truncate() -> None:
    assert r.truncate("abc", 5) == "abc"
    assert r.truncate("abcdef", 4) == "abc…"
    assert len(r.truncate("x" * 5000, 1024)) == 1024
    assert r.truncate("abc", 0) == ""
    assert not r.truncate("ab\\" + "c" * 10, 4).endswith("\\…")


def test_escape_markdown_keeps_text_readable() -> None:
    assert r.escape("*a* _b_ ~c~ `d` |e| [f](g)") == "\\*a\\* \\_b\\_ \\~c\\~ \\`d\\` \\|e\\| \\[f\\](g)"
    assert r.escape("# title\n> quote\n- item\n1. first") == "\\# title\n\\> quote\n\\- item\n1\\. first"
    assert (
        r.escape("Armenia-Azerbaijan border, 2 months (maybe)")
        == "Armenia-Azerbaijan border, 2 months (maybe)"
    )
    assert r.escape("@everyone") == "@everyone"  # visible, but AllowedMentions.none() stops the ping


def test_highlight_bolds_terms_and_escapes() -> None:
    out = r.highlight("The mission's *monitoring* missions", ["mission"])
    assert out == "The **mission**'s \\*monitoring\\* **missions**"
    assert r.highlight("nothing here", []) == "nothing here"


def test_highlight_fits_and_never_leaves_bold_open() -> None:
    text = "mission " * 500
    out = r.highlight(text, ["mission"], 100)
    assert len(out) <= 100
    assert out.count("**") % 2 == 0


def test_terms_of_drops_question_words() -> None:
    assert r.terms_of("What did Zas say about a mission?") == ["zas", "mission"]


def test_source_line() -> None:
    line = r.source_line(Hit())
    assert line == "[CSTO chief visits Yerevan](https://example.org/a?id=1) · ArmInfo · 23 Nov 2022"
    assert "](" not in r.source_line(Hit(url="javascript:alert(1)"))
    assert r.source_line(Hit(title="", outlet="", published_at="", url="")) == "Untitled source"
    assert len(r.source_line(huge_hit(), 300)) <= 300
    assert r.source_line(Hit(title="[x](http://evil)", url="")).startswith("\\[x\\]")


def test_statement_value_quotes_direct_not_indirect() -> None:
    assert r.statement_value(Hit(), ["armenia"]).startswith("“The CSTO will not leave **Armenia**.”\n— ")
    assert r.statement_value(Hit(kind="indirect", text="it will stay")).startswith("it will stay\n— ")


def test_statement_value_shows_where_a_quote_runs_on() -> None:
    hit = Hit(text="These mats cost very little,")
    hit.continued = "They are useless if nobody plugs them in."
    assert r.statement_value(hit).startswith("“These mats cost very little, … They are useless if nobody plugs them in.”")


@pytest.mark.parametrize("n", [0, 1, 5, 25, 40])
def test_pages_fit_every_limit(n: int) -> None:
    hits = [huge_hit(i) for i in range(n)]
    pages = r.paginate_statements(
        "Q" * 400, hits, per_page=30, terms=["everyone", "bold"], description="D" * 5000
    )
    for page in pages:
        assert r.message_kwargs_fit(None, [page]), page.to_dict()
        assert len(page) <= r.EMBED_TOTAL_MAX
        assert len(page.title) <= r.TITLE_MAX
        assert len(page.fields) <= r.FIELDS_MAX


def test_fit_embed_clamps_everything() -> None:
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    for _ in range(30):
        embed.add_field(name="n" * 300, value="v" * 2000)
    embed.set_footer(text="f" * 3000)
    embed.set_author(name="a" * 300)
    r.fit_embed(embed)
    assert r.message_kwargs_fit(None, [embed])
    assert len(embed) <= 6000


def test_message_kwargs_fit_detects_violations() -> None:
    assert not r.message_kwargs_fit("x" * 2001, [])
    assert r.message_kwargs_fit("x" * 2000, [])
    e = discord.Embed(title="t" * 257)
    assert not r.message_kwargs_fit(None, [e])
    e = discord.Embed()
    e.add_field(name="n", value="v" * 1025)
    assert not r.message_kwargs_fit(None, [e])


def test_choice_names_fit() -> None:
    @dataclass
    class Info:
        name: str
        titles: list

    assert r.speaker_choice_name(Info("Zas", ["Secretary General"])) == "Zas (Secretary General)"
    assert len(r.speaker_choice_name(Info("Z" * 300, ["T" * 300]))) <= 100


def test_format_date() -> None:
    assert r.format_date("2024-03-05T10:00:00Z") == "5 Mar 2024"
    assert r.format_date("") == ""
    assert r.format_date("March 2024") == "March 2024"


async def test_reply_never_pings() -> None:
    """Every message the reply helper sends carries AllowedMentions.none() (parse=[])."""
    from bot.replies import NO_MENTIONS

    assert NO_MENTIONS.to_dict() == {"parse": []}
    quote = Hit(text="@everyone look at <@&123> and <@456>")
    embed = r.statements_page("Who said it", [quote])
    payload = discord.utils._to_json({"embeds": [embed.to_dict()], "allowed_mentions": NO_MENTIONS.to_dict()})
    assert '"allowed_mentions":{"parse":[]}' in payload.replace(" ", "")
