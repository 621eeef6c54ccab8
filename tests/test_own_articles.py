"""Statement F1 on our own annotated articles (tests/data/own-articles), scored by the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefings.extraction import extract

DATA = Path(__file__).resolve().parent / "data" / "own-articles"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_statements.py"


def _score(tmp_path: Path, folder: Path) -> float:
    lines = []
    for doc in sorted((folder / "corpus").glob("*.txt")):
        text = doc.read_text(encoding="utf-8")
        for st in extract(text).statements:
            lines.append(json.dumps({"doc": doc.name, "speaker": st.speaker, "kind": st.kind, "text": st.text,
                                     "start": st.start, "end": st.end}))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    speakers = tmp_path / "speakers.json"
    speakers.write_text("{}", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(folder / "gold.jsonl"), "--pred", str(pred),
         "--corpus", str(folder / "corpus"), "--speakers", str(speakers)],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]
    return float(out.split("statement F1 ")[1].split()[0])


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_statements.py is not beside the project")
@pytest.mark.parametrize(("name", "bar"), [("set2", 0.88), ("set3", 0.88), ("set4", 0.88), ("set5", 0.80),
                                          ("set6", 0.87), ("set7", 0.80),
                                          ("set8", 0.88), ("set9", 0.86),
                                          ("set10", 0.88), ("set11", 0.86),
                                          ("set12", 0.84), ("set13", 0.88), ("set14", 0.82), ("set15", 0.84),
                                          ("set16", 0.83), ("set17", 0.83),
                                          ("set18", 0.84), ("set19", 0.85), ("set20", 0.87), ("set21", 0.81),
                                          ("set22", 0.88), ("set23", 0.81), ("set24", 0.82), ("set25", 0.79),
                                          ("set26", 0.84), ("set27", 0.78), ("set28", 0.82), ("set29", 0.79),
                                          ("set30", 0.82), ("set31", 0.84), ("set32", 0.82), ("set33", 0.76),
                                          ("set34", 0.75), ("set35", 0.78), ("set36", 0.78),
                                          ("set37", 0.79), ("set38", 0.79), ("set39", 0.83), ("set40", 0.82),
                                          ("set41", 0.83), ("set42", 0.75), ("set43", 0.80),
                                          # written blind on 2026-12-07 (seventh stop), scored before any rule
                                          # was made from them: 0.926 / 0.855 / 0.844 / 0.860 through the command
                                          # line (names joined across documents), 0.910 / 0.826 / 0.801 / 0.862 here
                                          ("set44", 0.88), ("set45", 0.80), ("set46", 0.78), ("set47", 0.83),
                                          # and a second blind round: 0.840 / 0.932 / 0.821 / 0.865 (command line)
                                          ("set48", 0.82), ("set49", 0.84), ("set50", 0.78), ("set51", 0.80),
                                          # a third blind round: 0.848 / 0.836 / 0.876 / 0.851 (command line)
                                          ("set52", 0.81), ("set53", 0.80), ("set54", 0.80), ("set55", 0.81),
                                          # a fourth blind round (eighth stop): 0.914 / 0.825 / 0.866 / 0.870
                                          # (command line, the sets' alias tables), 0.811 / 0.778 / 0.829 / 0.780
                                          # here (no alias table)
                                          ("set56", 0.78), ("set57", 0.75), ("set58", 0.80), ("set59", 0.75),
                                          # a fifth, later that stop: 0.872 / 0.893 / 0.885 / 0.838 (command line)
                                          ("set60", 0.77), ("set61", 0.75), ("set62", 0.77), ("set63", 0.78),
                                          # a sixth, at the end of that stop: 0.893 / 0.910 / 0.927 / 0.871
                                          ("set64", 0.80), ("set65", 0.76), ("set66", 0.83), ("set67", 0.76),
                                          # a seventh, at the start of the ninth stop: 0.877 / 0.892 / 0.899 /
                                          # 0.915 (command line), 0.826 / 0.821 / 0.779 / 0.869 here
                                          ("set68", 0.79), ("set69", 0.79), ("set70", 0.75), ("set71", 0.84),
                                          # an eighth, at its end: 0.885 / 0.857 / 0.859 / 0.887 (command line),
                                          # 0.824 / 0.817 / 0.790 / 0.809 here
                                          ("set72", 0.79), ("set73", 0.78), ("set74", 0.76), ("set75", 0.77),
                                          # a ninth, at the start of the tenth stop: 0.857 / 0.873 / 0.873 / 0.855
                                          # (command line, blind), 0.841 / 0.846 / 0.799 / 0.765 here after its rules
                                          ("set76", 0.81), ("set77", 0.81), ("set78", 0.77), ("set79", 0.73),
                                          # a tenth, at its end: 0.935 / 0.877 / 0.945 / 0.914 (command line,
                                          # blind), 0.849 / 0.833 / 0.867 / 0.801 here
                                          ("set80", 0.82), ("set81", 0.80), ("set82", 0.84), ("set83", 0.77),
                                          # an eleventh, at the start of the eleventh stop: 0.912 / 0.856 / 0.898
                                          # / 0.904 (command line, blind), 0.862 / 0.870 / 0.843 / 0.858 here
                                          # after its rules
                                          ("set84", 0.82), ("set85", 0.83), ("set86", 0.80), ("set87", 0.82),
                                          # a twelfth, later in that stop: 0.920 / 0.893 / 0.837 / 0.885 (command
                                          # line, blind, the stop's starting code), 0.852 / 0.802 / 0.833 / 0.810
                                          # here after its rules
                                          ("set88", 0.81), ("set89", 0.76), ("set90", 0.79), ("set91", 0.77),
                                          # a thirteenth, at the start of the twelfth stop: 0.896 / 0.848 / 0.945
                                          # / 0.881 (command line, blind), 0.758 / 0.780 / 0.851 / 0.846 here
                                          # after its rules
                                          ("set92", 0.73), ("set93", 0.75), ("set94", 0.82), ("set95", 0.81),
                                          # a fourteenth, later in that stop: 0.877 / 0.861 / 0.901 / 0.900
                                          # (command line, blind, the stop's starting code), 0.845 / 0.793 / 0.830
                                          # / 0.844 here after its rules
                                          ("set96", 0.81), ("set97", 0.76), ("set98", 0.80), ("set99", 0.81),
                                          # a fifteenth, at its end, after all its other rules: 0.913 / 0.937 /
                                          # 0.871 / 0.938 (command line, blind), 0.817 / 0.915 / 0.826 / 0.841 here
                                          ("set100", 0.78), ("set101", 0.88), ("set102", 0.79), ("set103", 0.81),
                                          # a sixteenth, written after all of that stop's rules: 0.872 / 0.873 /
                                          # 0.888 / 0.897 (command line, blind; the stop's starting code the same),
                                          # 0.821 / 0.754 / 0.811 / 0.700 here
                                          ("set104", 0.79), ("set105", 0.72), ("set106", 0.78), ("set107", 0.67),
                                          # a seventeenth, at the start of the thirteenth stop: 0.911 / 0.924 /
                                          # 0.919 / 0.901 (command line, blind), 0.836 / 0.856 / 0.891 / 0.813 here
                                          # after its rules
                                          ("set108", 0.81), ("set109", 0.83), ("set110", 0.86), ("set111", 0.79),
                                          # an eighteenth, written after the stop's first rules: 0.899 / 0.920 /
                                          # 0.899 / 0.901 (command line, blind; the stop's starting code the same),
                                          # 0.788 / 0.890 / 0.810 / 0.814 here
                                          ("set112", 0.76), ("set113", 0.86), ("set114", 0.78), ("set115", 0.79),
                                          # a nineteenth, written after most of them: 0.899 / 0.922 / 0.863 / 0.907
                                          # (command line, blind; 0.858 for set118 with the starting code), 0.846 /
                                          # 0.812 / 0.786 / 0.838 here
                                          ("set116", 0.82), ("set117", 0.79), ("set118", 0.76), ("set119", 0.81)])
def test_own_articles_score_well(tmp_path, name, bar):
    # 0.93 / 0.93 / 0.93 / 0.85 / 0.92 now; set 5 (harder conventions: quoted labels only, a first-person columnist,
    # nested reports, nicknames) scored 0.81 before any rule was written for it, set 6 (US political wire style,
    # polls and reports, unnamed sources as "*") 0.90. The bars leave room for trade-offs, not for regressions
    assert _score(tmp_path, DATA / name) >= bar
