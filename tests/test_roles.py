"""A role asked about in other words than the stored title: the office's head noun, every qualifier borne out."""

from storekit import make_doc, make_extraction

from briefings.answers import ask
from briefings.models import Speaker
from briefings.roles import role_query


def test_role_query_reads_head_qualifiers_and_ranks():
    q = role_query("the estonian defence minister")
    assert q.head == "minister" and q.ranks == frozenset()
    assert {"estonia", "estonian", "tallinn"} <= q.qualifiers[0] and {"defence", "defense"} <= q.qualifiers[1]
    q = role_query("artistic director of the corn exchange")
    assert q.head == "director" and len(q.qualifiers) == 3
    assert role_query("the cfo").head == "officer"  # the chief financial officer
    assert "secretary" in role_query("the cgil leader").heads  # a body's leader holds its top rank
    assert role_query("deputy chief public health officer").ranks == {"deputy"}
    assert role_query("the mission") is None  # no office
    assert role_query("the leader") is None  # whose?


def test_a_sub_rank_is_asked_for_or_not_held():
    q = role_query("the health minister")
    assert q.score(["health minister"], [], set()) == 2.5
    assert q.score(["deputy health minister"], [], set()) is None
    assert role_query("the deputy health minister").score(["health minister"], [], set()) is None


def test_every_qualifier_must_be_borne_out():
    q = role_query("the serbian president")
    assert q.score(["president"], [], {"belgrade", "protest"}) == 1.5  # the story names the country's seat
    assert q.score(["president"], [], {"zurich", "toll"}) is None


async def _stories(store):
    texts = [
        ("Levy\n\nMinister Ada Roth said the levy would stay.\n\nCaretaker Economy Minister Lina Haddad said firms "
         "would get compensation.", [("Ada Roth", "the levy would stay", "indirect"),
                                     ("Lina Haddad", "firms would get compensation", "indirect")],
         [Speaker("Ada Roth", titles=["Minister"]), Speaker("Lina Haddad", titles=["Caretaker Economy Minister"])]),
        ("Tallinn drills\n\nDefence Minister Kristjan Mets said in Tallinn that Estonia was ready.",
         [("Kristjan Mets", "Estonia was ready", "indirect")], [Speaker("Kristjan Mets", titles=["Defence Minister"])]),
        ("Oslo drills\n\nDefence Minister Ola Berg said in Oslo that Norway was ready.",
         [("Ola Berg", "Norway was ready", "indirect")], [Speaker("Ola Berg", titles=["Defence Minister"])]),
    ]
    for i, (text, specs, speakers) in enumerate(texts):
        await store.add_document(make_doc(text, f"d{i}.txt"), make_extraction(text, specs, speakers))


async def test_ask_finds_the_holder_of_a_role_put_in_other_words(store):
    await _stories(store)
    res = await ask(store, "what did the economy minister say about compensation?")
    assert res.speaker == "Lina Haddad" and res.answers
    res = await ask(store, "what did the Estonian defence minister say?")
    assert res.speaker == "Kristjan Mets"
    res = await ask(store, "what did the Norwegian defence minister say?")
    assert res.speaker == "Ola Berg"


async def test_a_role_nobody_fits_is_no_guess(store):
    await _stories(store)
    # ministers are stored, but none for industry nor a Danish one: not whoever holds 'minister'
    res = await ask(store, "what did the industry minister say about the levy?")
    assert res.speaker is None and not res.answers
    res = await ask(store, "what did the Danish defence minister say?")
    assert res.speaker is None and not res.answers
    # the holders that bear out most of the role come first among the suggestions
    assert {s.name for s in res.suggestions[:2]} == {"Kristjan Mets", "Ola Berg"}


async def test_a_body_asked_by_its_kind_and_country(store):
    text = ("Border\n\nThe Ministry of Foreign Affairs of Drevnia said the border was closed.\n"
            "The Health Ministry said clinics were open.\n")
    specs = [("Ministry of Foreign Affairs of Drevnia", "the border was closed", "indirect"),
             ("Health Ministry", "clinics were open", "indirect")]
    speakers = [Speaker("Ministry of Foreign Affairs of Drevnia", kind="organisation"),
                Speaker("Health Ministry", kind="organisation")]
    await store.add_document(make_doc(text), make_extraction(text, specs, speakers))
    res = await ask(store, "quotes from the Drevnian foreign ministry")
    assert res.speaker == "Ministry of Foreign Affairs of Drevnia"
    res = await ask(store, "quotes from the Drevnian health ministry")  # no such body: no guess
    assert res.speaker is None


def test_a_leader_of_a_body_has_the_body_in_a_title():
    q = role_query("the council finance chief")  # (keys come normalised: "council's" -> "council")
    assert q.leader
    # the story speaks of the council and finance, but her title leads the opposition
    assert q.score(["opposition leader"], [], {"council", "finance"}) is None
    assert q.score(["council finance chief"], [], set()) is not None
    # a press secretary is a spokesperson
    assert role_query("the white house spokeswoman").score(["white house press secretary"], [], set()) == 4


def test_offices_of_the_same_kind():
    assert role_query("the russian ambassador").score(["russian envoy"], [], set()) == 2
    assert role_query("the harbridge manager").score(["harbridge boss"], [], set()) == 2


async def test_a_capital_asks_for_its_government(store):
    text = "Talks\n\nChina said the dam would go ahead.\n"
    await store.add_document(make_doc(text), make_extraction(
        text, [("China", "the dam would go ahead", "indirect")], [Speaker("China", kind="government")]))
    assert (await ask(store, "what did Beijing say about the dam?")).speaker == "China"


async def test_a_role_is_never_a_surname_spelt_like_it(store):
    text = "Cup\n\nNadia Manoner said the pitch was fine.\n"
    await store.add_document(make_doc(text), make_extraction(text, [("Nadia Manoner", "the pitch was fine", "indirect")]))
    assert (await ask(store, "what did the Harbridge manager say about the pitch?")).speaker is None
    assert (await ask(store, "what did Manner say about the pitch?")).speaker == "Nadia Manoner"  # (a misspelt name)


async def test_a_tie_between_a_named_person_and_an_unnamed_role_goes_to_the_person(store):
    text = "Talks\n\nUN envoy Youssef Badran said the sides were far apart.\nThe United Nations envoy said talks would go on.\n"
    specs = [("Youssef Badran", "the sides were far apart", "indirect"),
             ("United Nations envoy", "talks would go on", "indirect")]
    speakers = [Speaker("Youssef Badran", titles=["envoy"]),
                Speaker("United Nations envoy", kind="unnamed", titles=["envoy"])]
    await store.add_document(make_doc(text), make_extraction(text, specs, speakers))
    assert (await ask(store, "what did the UN mediator say?")).speaker == "Youssef Badran"
