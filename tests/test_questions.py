from datetime import date

import pytest
from storekit import HOSTILE_INPUTS

from briefings.questions import parse_question, topic_words

TODAY = date(2024, 5, 8)  # a Wednesday


@pytest.mark.parametrize(
    ("question", "kind", "speaker", "topic"),
    [
        ("what did Zas say about a mission?", "speaker_topic", "Zas", "mission"),
        (
            "What did the Secretary General say about a regional war?",
            "speaker_topic",
            "the Secretary General",
            "regional war",
        ),
        ("what has Putin said on the ceasefire", "speaker_topic", "Putin", "ceasefire"),
        ("What has Sidorov said about peacekeepers?", "speaker_topic", "Sidorov", "peacekeepers"),
        ("what does Velde say regarding harbour fees", "speaker_topic", "Velde", "harbour fees"),
        ("Grigoryan on the CSTO", "speaker_topic", "Grigoryan", "CSTO"),
        ("quotes from the Secretary General", "speaker", "the Secretary General", ""),
        ("quotes by Pell about tariffs", "speaker_topic", "Pell", "tariffs"),
        ("what did Stanislav Zas say", "speaker", "Stanislav Zas", ""),
        ("Velde's remarks on the audit", "speaker_topic", "Velde", "audit"),
        ("ceasefire", "topic", "", "ceasefire"),
        ("what was said about the border?", "topic", "", "border"),
    ],
)
def test_shapes(question, kind, speaker, topic):
    q = parse_question(question, TODAY)
    assert (q.kind, q.speaker, q.topic) == (kind, speaker, topic)


def test_x_on_y_is_marked_loose():
    assert parse_question("Grigoryan on the CSTO").loose
    assert not parse_question("what did Zas say about it").loose


@pytest.mark.parametrize(
    ("question", "since"),
    [
        ("quotes from Zas since Monday", "2024-05-06"),
        ("quotes from Zas since Wednesday", "2024-05-01"),
        ("quotes by Zas since 2024-05-01", "2024-05-01"),
        ("quotes by Zas this week", "2024-05-06"),
        ("quotes by Zas today", "2024-05-08"),
        ("what did Putin say about the ceasefire since yesterday?", "2024-05-07"),
        ("quotes by Zas since 2024-13-45", ""),
    ],
)
def test_time_windows(question, since):
    q = parse_question(question, TODAY)
    assert q.since == since
    assert q.speaker in ("Zas", "Putin")


def test_since_that_is_not_a_date_stays_in_the_topic():
    q = parse_question("what did Zas say about the talks since the war began", TODAY)
    assert q.since == "" and "war" in q.topic


def test_who_said_and_did_say():
    q = parse_question('who said "not now, not tomorrow"?')
    assert (q.kind, q.quote) == ("who_said", "not now, not tomorrow")
    q = parse_question("who said that the CSTO would stay")
    assert (q.kind, q.quote) == ("who_said", "the CSTO would stay")
    q = parse_question("Did Zas say “not now, not tomorrow, not ever”?")
    assert (q.kind, q.speaker, q.quote) == ("did_say", "Zas", "not now, not tomorrow, not ever")
    q = parse_question("did Putin really say that Armenia is a close ally")
    assert (q.kind, q.speaker, q.quote) == ("did_say", "Putin", "Armenia is a close ally")


@pytest.mark.parametrize(
    "text",
    [
        *HOSTILE_INPUTS,
        "",
        "   ",
        "???",
        'what did " say about "',
        "who said",
        None,
        "did  say",
    ],
)
def test_odd_input_never_raises(text):
    q = parse_question(text)
    assert q.kind in ("speaker_topic", "speaker", "topic", "who_said", "did_say", "empty")
    assert len(q.text) <= 2000


def test_empty_and_punctuation_are_empty():
    for text in ("", "   ", "???", "*", ")"):
        assert parse_question(text).kind == "empty"


def test_topic_words_drop_stopwords():
    assert topic_words("the withdrawal of the CSTO from Armenia") == ["withdrawal", "CSTO", "Armenia"]
    assert topic_words("it") == ["it"]


def test_a_body_named_after_of_belongs_to_the_speaker():
    q = parse_question("quotes from the chairman of the Nigeria Union of Pensioners")
    assert (q.speaker, q.topic) == ("the chairman of the Nigeria Union of Pensioners", "")
    q = parse_question("statements by the Secretary General of the UN on Syria")
    assert (q.speaker, q.topic) == ("the Secretary General of the UN", "Syria")
    q = parse_question("quotes from Zas of the mission")  # (a lower-case topic after "of" stays the topic)
    assert (q.speaker, q.topic) == ("Zas", "mission")


def test_what_is_someones_view_on_a_topic():
    q = parse_question("what is Wu Tsung-han's view on talks with Beijing")
    assert (q.speaker, q.topic) == ("Wu Tsung-han", "talks with Beijing")
    q = parse_question("what's Zas's take on the mission?")
    assert (q.speaker, q.topic) == ("Zas", "mission")


def test_other_speech_verbs_and_occasions_ask_about_a_speaker():
    q = parse_question("What did Beijing warn about diverting the river?")
    assert (q.speaker, q.topic) == ("Beijing", "diverting the river")
    q = parse_question("What did Judge Ashworth say when sentencing Graham Whitlow?")
    assert (q.speaker, q.topic) == ("Judge Ashworth", "sentencing Graham Whitlow")
    q = parse_question("What has Lakeport's new mayor promised?")
    assert (q.kind, q.speaker) == ("speaker", "Lakeport's new mayor")
    q = parse_question("quotes from the lead prosecutor in the Lejeune court-martial")  # ("in" splits only after say)
    assert (q.speaker, q.topic) == ("the lead prosecutor in the Lejeune court-martial", "")


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("How did Luis Ocampo respond to criticism of his debate?", "Luis Ocampo", "criticism of his debate"),
        ("Why did Gov. Villasenor veto the groundwater bill?", "Gov. Villasenor", "groundwater bill"),
        ("Why is the Belgian prime minister holding out on the frozen assets?", "the Belgian prime minister",
         "frozen assets"),
        ("Is Angela Pettiford going to challenge the recount?", "Angela Pettiford", "recount"),
        ("Does Peg Halloran support private doctors for veterans?", "Peg Halloran", "private doctors for veterans"),
        ("How has Lumora responded to the antitrust fine?", "Lumora", "antitrust fine"),
        ("What did the FBI director tell Congress about the emails?", "the FBI director", "emails"),
        ("What did Ashcroft's defence lawyer put to the witness?", "Ashcroft's defence lawyer", "witness"),
        ("What does Fair Elections Watch allege about the super PAC?", "Fair Elections Watch", "super PAC"),
        ("What is the Iowa pollster's read on the race?", "the Iowa pollster", "race"),
        ("What is the interior minister's response to the criticism?", "the interior minister", "criticism"),
    ],
)
def test_questions_with_an_auxiliary_and_a_verb_ask_about_the_subject(question, speaker, topic):
    q = parse_question(question)
    assert (q.kind, q.speaker, q.topic) == ("speaker_topic", speaker, topic)


def test_each_place_a_verb_could_end_the_speaker_is_another_reading():
    q = parse_question("Why did the press secretary play down the strike?")  # "press" is a verb too
    assert (q.speaker, q.topic) == ("the press secretary", "strike")
    q = parse_question("How did the talks end?")  # nobody: answers reads it all as a topic
    assert q.loose and q.speaker == "the talks"


def test_a_question_before_the_one_naming_the_speaker_gives_the_topic():
    q = parse_question("Is a December rate cut coming? What did the central bank governor say?")
    assert (q.kind, q.speaker) == ("speaker_topic", "the central bank governor")
    assert "rate cut" in q.topic


def test_what_someone_spoke_in_is_part_of_the_topic():
    q = parse_question("quotes from Nadia Haddad-Cole's acceptance speech")
    assert (q.speaker, q.topic) == ("Nadia Haddad-Cole", "acceptance speech")
    assert q.alternatives == (("Nadia Haddad-Cole's acceptance speech", ""),)
    q = parse_question("quotes from the Constitutional Court ruling on river lands")
    assert (q.speaker, q.topic) == ("the Constitutional Court", "river lands")
    q = parse_question("quotes from Colombia's Constitutional Court")  # a body of theirs, not a topic
    assert (q.speaker, q.topic) == ("Colombia's Constitutional Court", "")
    q = parse_question("quotes from Qatar's foreign ministry spokesman")  # a role of theirs
    assert q.speaker == "Qatar's foreign ministry spokesman"
    q = parse_question("What has Theo Vandermeer's camp said about the filing?")  # his people speak for him
    assert (q.speaker, q.topic) == ("Theo Vandermeer", "filing")


def test_a_given_name_opening_keywords_is_a_speaker():
    q = parse_question("daniel lim heat stress rules")
    assert (q.speaker, q.topic, q.loose) == ("daniel lim", "heat stress rules", True)
    assert parse_question("ceasefire talks in Doha").kind == "topic"


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("Why is Okoye worried about direct coffee sales?", "Okoye", "direct coffee sales"),  # a stance after "is"
        ("Why is the Harland ruling party's floor leader against the motion?",  # ("ruling": no verb before a noun)
         "the Harland ruling party's floor leader", "motion"),
        ("What did the head of Harland's parliament say after the brawl?", "the head of Harland's parliament",
         "brawl"),  # (a possessive after "of" owns the office: no topic)
        ("Where does Brussels' antitrust chief now stand on mergers?", "Brussels' antitrust chief", "mergers"),
        ("Who does the farm minister blame for the unpaid claims?", "the farm minister", "for the unpaid claims"),
    ],
)
def test_more_shapes_of_questions_about_someone(question, speaker, topic):
    q = parse_question(question)
    assert (q.speaker, q.topic) == (speaker, topic)


def test_he_in_the_last_of_two_questions_is_whom_the_first_named():
    q = parse_question("Will Villar concede the race? What did he say after the count?")
    assert (q.kind, q.speaker) == ("speaker_topic", "Villar")
    assert "count" in q.topic and "race" in q.topic


def test_a_report_s_finding_is_its_authors():
    q = parse_question("What did the NTSB preliminary report find about the propeller?")
    assert ("the NTSB", "propeller") in q.alternatives


def test_keywords_may_open_with_whom_they_are_about():
    q = parse_question("thorne regional airport growth runways")
    assert q.kind == "topic" and q.topic == "thorne regional airport growth runways"
    assert q.alternatives[:3] == (("thorne regional airport", "growth runways"), ("thorne regional", "airport growth runways"),
                                  ("thorne", "regional airport growth runways"))
    assert parse_question("what was said about the airport runways").alternatives == ()  # a question: no keywords
    assert parse_question("ceasefire talks").alternatives == ()  # (too short to hold both)


def test_a_body_s_statement_on_a_topic_is_the_body_on_it():
    q = parse_question("DPC statement on the Pollen decision")
    assert (q.speaker, q.topic) == ("DPC", "Pollen decision")
    assert q.alternatives == (("DPC statement", "Pollen decision"),)


def test_more_question_shapes_from_the_second_blind_round():
    q = parse_question("Why did nobody bid in the wind auction, according to the UK energy minister?")
    assert q.speaker == "the UK energy minister" and "wind auction" in q.topic
    q = parse_question("Will the Omaha team's owner move the club? What did he tell the council?")
    assert q.speaker == "the Omaha team's owner" and "council" in q.topic and "club" in q.topic
    q = parse_question("What has the AIU said since the Roussel verdict?")
    assert (q.speaker, q.topic) == ("the AIU", "Roussel verdict")
    q = parse_question("What is Sipho Ndlovu's version of who rigged the tender?")
    assert (q.speaker, q.topic) == ("Sipho Ndlovu", "who rigged the tender")
    q = parse_question("Why did the judge approve Trailmark's loan despite the landlords' objections?")
    assert q.speaker == "the judge"  # ("objections" names the speaker's only after "what is")


def test_shapes_from_the_third_blind_round():
    q = parse_question("dijkhuis cap on labour migrants")  # keywords opening with a name, "on" inside the topic
    assert ("dijkhuis", "cap labour migrants") in q.alternatives
    assert parse_question("Kang's lawyer on the request").alternatives == ()  # (never the lawyer's client)
    q = parse_question("Did Lumora get any warning before the crash? What did the company's CEO say?")
    assert q.speaker == "Lumora's CEO"  # the company the question before named
    q = parse_question("Is a strike coming in Sri Lanka? What did the union leader say?")
    assert q.speaker == "the union leader"  # (a country is no company)
    q = parse_question("Did the former Harlan Valley CEO dump his shares? What did he say about the stock sales?")
    assert q.speaker == "the former Harlan Valley CEO" and "stock sales" in q.topic  # (no verb known: "dump")


def test_has_x_said_anything_about_y_reads_an_irregular_verb_and_drops_anything():
    q = parse_question("Has the head of Toronto's public school board said anything about the sixplex plan?")
    assert (q.speaker, q.topic) == ("the head of Toronto's public school board", "sixplex plan")
    q = parse_question("Has Zas told anyone about the mission?")
    assert q.speaker == "Zas"


def test_an_office_of_one_word_before_an_unknown_verb_and_a_question_about_what_will_be():
    q = parse_question("Why did the Sri Lankan minister for sport dissolve the cricket board?")
    assert (q.speaker, q.topic) == ("the Sri Lankan minister for sport", "cricket board")
    q = parse_question("How did the ICC react to the sacking of the board? Will Sri Lanka be suspended?")
    assert q.speaker == "the ICC" and "suspended" in q.topic


def test_a_possessive_late_in_a_question_with_its_own_verb_and_and_on_y():
    q = parse_question("Has the judge hearing the Delhi air pollution case commented on the authorities' response?")
    assert q.speaker == "the judge hearing the Delhi air pollution case"
    q = parse_question("Has the UK sports minister commented on the marathon collapses? And on the concussion lawsuit?")
    assert q.speaker == "the UK sports minister" and "marathon" in q.topic and "concussion" in q.topic
    q = parse_question("wallace aboriginal legal service youth detention")
    assert ("wallace", "aboriginal legal service youth detention") in q.alternatives


def test_a_second_question_about_what_will_happen_keeps_the_speaker_named_before():
    # "Will customers' bills go up?" asks nobody's words: the speaker is the one named before, and "it" is no person
    q = parse_question("What did Culshaw say after the Wye fine? Will customers' bills go up to pay for it?")
    assert q.speaker == "Culshaw" and "bills" in q.topic and "Culshaw" not in q.topic
    q = parse_question("What did Culshaw say after the fine? Would he tell the board?")
    assert q.speaker == "Culshaw" and "board" in q.topic


def test_two_questions_joined_by_and_a_question_word():
    q = parse_question("Why did Aurelian list in London rather than New York, and what did Adeyemi say about the "
                       "first-day drop?")
    assert (q.speaker, q.topic) == ("Adeyemi", "first-day drop")
    q = parse_question("Did the ITIA accept the supplement defence, and what did it say about certified lists?")
    assert q.speaker == "the ITIA" and "certified lists" in q.topic
    q = parse_question("What did Zas say about jobs, taxes, and wages?")  # (a list, not a second question)
    assert (q.speaker, q.topic) == ("Zas", "jobs, taxes, and wages")


def test_the_union_in_a_second_question_is_the_body_named_by_its_letters_before():
    q = parse_question("How long will the FNSEA keep its tractor blockades around Paris going? And what did the "
                       "union's leader say about why farmers are protesting?")
    assert q.speaker == "FNSEA's leader"  # (not Paris: a place)


def test_a_second_question_asking_when_something_will_happen_keeps_the_speaker():
    q = parse_question("What did the federal environment minister say about Alberta's carbon price freeze, and when "
                       "will Ottawa impose the backstop?")
    assert q.speaker == "the federal environment minister" and "backstop" in q.topic


def test_a_verb_in_ing_before_a_name_and_a_second_question_opening_with_and():
    q = parse_question("Why is Britain's justice secretary challenging Derek Vance's release?")
    assert (q.speaker, q.topic) == ("Britain's justice secretary", "Derek Vance's release")
    q = parse_question("What did Canada's public safety minister say about guns smuggled across the border? And does "
                       "she think ministers should overrule the parole board?")
    assert q.speaker == "Canada's public safety minister" and "parole board" in q.topic and "guns" in q.topic
    q = parse_question("Did Arregui comment on the lithium plant? And does he still claim pensions beat inflation?")
    assert q.speaker == "Arregui" and "lithium plant" in q.topic and "pensions" in q.topic


def test_its_officer_in_a_second_question_is_the_body_named_before():
    q = parse_question("Why did Veltrix recall the meningitis vaccine, and what has its chief executive said about "
                       "the Ghent plant?")
    assert (q.speaker, q.topic) == ("Veltrix's chief executive", "Ghent plant")


@pytest.mark.parametrize(
    ("text", "speaker", "topic_word"),
    [
        ("What reason did the German chancellor give for sacking his finance minister?", "the German chancellor",
         "sacking"),
        ("What evidence did Okafor offer for the fraud claim?", "Okafor", "fraud"),
        ("Which promise has the central bank made on inflation?", "the central bank", "inflation"),
    ],
)
def test_what_noun_did_someone_give_asks_them(text, speaker, topic_word):
    # (not "evidence did Okafor offer for the fraud" as a speaker of "claim")
    q = parse_question(text)
    assert q.speaker == speaker and topic_word in q.topic_words


def test_a_title_with_a_participle_clause_is_also_read_as_the_title_alone():
    q = parse_question("What did the Missouri governor running for president say about NATO allies?")
    assert q.speaker == "the Missouri governor running for president"
    assert q.alternatives == (("the Missouri governor", "NATO allies"),)
    assert parse_question("What did Ann Roe say about the boring talks?").alternatives == ()


def test_why_did_someone_fire_someone_asks_the_one_who_fired():
    q = parse_question("Why did Brannigan fire his campaign manager?")
    assert q.speaker == "Brannigan" and "manager" in q.topic_words


@pytest.mark.parametrize(
    ("text", "speaker", "topic_word"),
    [
        ("How much does Chile's finance minister expect the royalty to raise?", "Chile's finance minister", "royalty"),
        ("How many jobs does the mining minister say will be lost?", "the mining minister", "lost"),
        ("How long did Aldana say the talks would take?", "Aldana", "talks"),
    ],
)
def test_how_much_or_how_many_does_someone_say_asks_them(text, speaker, topic_word):
    q = parse_question(text)
    assert q.speaker == speaker and topic_word in q.topic_words


def test_a_second_question_about_the_same_person_adds_only_its_words_of_substance():
    q = parse_question("Why did Hruby blow the whistle, and does he regret it?")
    assert q.speaker == "Hruby" and q.topic == "whistle regret"
    q = parse_question("Why did Theriault resign and has he said anything since?")
    assert q.speaker == "Theriault" and q.topic == ""
    assert parse_question("What did Zas say about bread and butter?").topic == "bread and butter"


def test_what_is_xs_complaint_about_y():
    q = parse_question("What is the CCIC's complaint about the GCAC report?")
    assert (q.speaker, q.topic) == ("the CCIC", "GCAC report")


def test_what_a_named_person_is_doing_about_something_and_a_reflexive_is_no_topic():
    q = parse_question("What change to the Commercial Act is Choi Eun-ha pushing for?")
    assert (q.speaker, q.topic) == ("Choi Eun-ha", "change to the Commercial Act")
    q = parse_question("How has Kang Tae-sik defended himself over the memos?")
    assert (q.speaker, q.topic) == ("Kang Tae-sik", "over the memos")


def test_have_to_say_and_does_x_have():
    q = parse_question("What did Zas have to say about the mission?")
    assert (q.speaker, q.topic) == ("Zas", "mission")
    q = parse_question("What has Zas had to say on Iran?")
    assert (q.speaker, q.topic) == ("Zas", "Iran")
    q = parse_question("Does Lancashire's PCC have confidence in the chief constable?")
    assert (q.speaker, q.topic) == ("Lancashire's PCC", "confidence in the chief constable")
