"""Score statements as ../shared/eval/score_statements.py does, but also count a speaker as right when its name
appears whole inside the gold speaker string: a diagnostic, not the bar.

PolNeAR's gold speakers are the mention as written ("Michael Oppenheimer, a professor of geosciences ... at
Princeton University", "Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus") and its alias
table lists each string alone, so the shared scorer's name match (one name the other's tail, titles aside) cannot
take "Michael Oppenheimer" for that mention. This script tells those naming misses apart from wrong speakers.

    .venv/bin/briefings extract ../shared/eval/polnear-dev/corpus/* --format jsonl > /tmp/polnear.jsonl
    python bench/lenient_names.py --gold ../shared/eval/polnear-dev/gold.jsonl --pred /tmp/polnear.jsonl \
        --corpus ../shared/eval/polnear-dev/corpus --speakers ../shared/eval/polnear-dev/speakers.json
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_statements.py"


def main() -> int:
    if not SCORER.exists():
        print(f"no scorer at {SCORER}", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("score_statements", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    strict = scorer.tail_match

    def lenient(a: str, b: str) -> bool:
        if strict(a, b):
            return True
        p, g = scorer.bare(a), scorer.bare(b)
        if not p or not g:
            return False
        short, long_ = (p, g) if len(p) <= len(g) else (g, p)
        return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))

    scorer.tail_match = lenient
    return scorer.main() or 0


if __name__ == "__main__":
    sys.exit(main())
