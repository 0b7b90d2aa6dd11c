"""Fixtures: the seed articles as text."""

import pytest

from helpers import SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in SEEDS}
