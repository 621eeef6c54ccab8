"""One speaker, many frames: the attribution shapes of news prose, each in a sentence of its own after the
paragraph that introduces the speaker.  Each case gives the statements expected, as (kind, text)."""

import pytest

from briefings.extraction import extract

INTRO = "Plan\n\nAnna Koval, the finance minister, spoke on Monday.\n\n"

FRAMES = [
    ("“We will win,” Koval said.", [("direct", "We will win,")]),
    ("“We will win,” said Koval.", [("direct", "We will win,")]),
    ("Koval said: “We will win.”", [("direct", "We will win.")]),
    ("“We will win,” Koval told reporters on Monday.", [("direct", "We will win,")]),
    ("“We will win,” she said.", [("direct", "We will win,")]),
    ("“We will win.” — Anna Koval", [("direct", "We will win.")]),
    ("Koval, 45, said the plan would work.", [("indirect", "the plan would work")]),
    ("Koval (D-Ohio) said the plan would work.", [("indirect", "the plan would work")]),
    ("The plan will work, Koval said.", [("indirect", "The plan will work")]),
    ("According to Koval, the plan will work.", [("indirect", "the plan will work")]),
    ("The plan will work, according to Koval.", [("indirect", "The plan will work")]),
    ("In a statement, Koval said the plan would work.", [("indirect", "the plan would work")]),
    ("Koval told the BBC the plan would work.", [("indirect", "the plan would work")]),
    ("Koval said in an interview with CNN that the plan would work.", [("indirect", "the plan would work")]),
    ("Koval wrote on X that the plan would work.", [("indirect", "the plan would work")]),
    ("Koval, who chairs the committee, said the plan would work.", [("indirect", "the plan would work")]),
    ("Asked about the plan, Koval said it would work.", [("indirect", "it would work")]),
    ("Koval, speaking at a rally, said the plan would work.", [("indirect", "the plan would work")]),
    ("Speaking at a rally, Koval said the plan would work.", [("indirect", "the plan would work")]),
    ("“The plan,” Koval said, “will work.”", [("direct", "The plan,"), ("direct", "will work.")]),
    ("Koval insisted the plan would work, adding that costs would fall.",
     [("indirect", "the plan would work"), ("indirect", "costs would fall")]),
    ("Koval has repeatedly said that the plan would work.", [("indirect", "the plan would work")]),
    ("Koval, for her part, said the plan would work.", [("indirect", "the plan would work")]),
    ("“It will work,” Koval, a former banker, said.", [("direct", "It will work,")]),
    ("Koval was quoted as saying the plan would work.", [("indirect", "the plan would work")]),
    ("Koval tells the Guardian that the plan will work.", [("indirect", "the plan will work")]),
    ("The plan would work, Koval told Reuters on Tuesday.", [("indirect", "The plan would work")]),
    ("“It will work,” Koval said on Tuesday, adding: “Costs will fall.”",
     [("direct", "It will work,"), ("direct", "Costs will fall.")]),
    ("Koval did not say whether the plan would work.", []),
    ("Koval said nothing about the plan.", []),
    ("Koval, the party's leader since 2019 and a former banker, said the plan would work.",
     [("indirect", "the plan would work")]),
    ("“Will it work?” Koval asked. “Of course.”", [("direct", "Will it work?"), ("direct", "Of course.")]),
    ("Koval posted on Facebook: “The plan works.”", [("direct", "The plan works.")]),
    ("In her speech, Koval warned that the plan could fail.", [("indirect", "the plan could fail")]),
    ("Koval called for calm.", [("indirect", "calm")]),
    ("Koval urged restraint.", [("indirect", "restraint")]),
    ("Koval called him.", []),
    ("Koval called it off.", []),
    ("Koval urged them.", []),
    ("Koval denied that the talks had failed.", [("indirect", "the talks had failed")]),
    ("Koval urged the banks to return to the table.", [("indirect", "the banks to return to the table")]),
    ("Koval vowed to keep talking.", [("indirect", "to keep talking")]),
    ("Koval warned they would not produce nurses overnight.", [("indirect", "they would not produce nurses overnight")]),
    ("Koval praised the plan but warned it would not work.", [("indirect", "it would not work")]),
    ("Koval warned them.", []),
    ("Koval herself said the plan would work.", [("indirect", "the plan would work")]),
    ("Koval said goodbye to colleagues in the lobby.", []),
    ("Koval said little until the final minutes.", []),
    ("Koval herself, speaking briefly in Brussels, said only: “It will work.”", [("direct", "It will work.")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES, ids=[f[0][:40] for f in FRAMES])
def test_frame(sentence, expected):
    text = INTRO + sentence
    got = [(s.kind, s.text) for s in extract(text, 6).statements if s.start >= len(INTRO)]
    assert got == expected
    assert all(s.speaker == "Anna Koval" for s in extract(text, 6).statements if s.start >= len(INTRO))
