"""Shared fixtures for the engine tests."""

from __future__ import annotations

import pytest

from briefings.store import Store


@pytest.fixture
async def store(tmp_path):
    s = await Store.open(tmp_path / "test.db")
    try:
        yield s
    finally:
        await s.close()
