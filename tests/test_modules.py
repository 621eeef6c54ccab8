"""The engine's modules bind each of their module-level names once: a second binding of the same name silently
replaces the first for every function that reads it (this happened twice, once changing output)."""

import ast
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).parent.parent / "briefings").glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen[target.id] = node.lineno
    assert not twice, f"{path.name}: " + ", ".join(twice)
