"""Statement extraction: finds direct, partial and reported speech and attributes it.

Placeholder while the rules are written: returns no statements.
"""

from __future__ import annotations

from .models import Extraction


def extract(text: str, body_start: int = 0) -> Extraction:
    """All statements in ``text`` (offsets index ``text``); prose starts at ``body_start``."""
    return Extraction(statements=[], speakers=[])
