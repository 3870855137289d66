"""The password generator: length, character classes, validation."""

from __future__ import annotations

import pytest

from app.core import passwords
from app.core.passwords import DIGITS, LOWER, SYMBOLS, UPPER, generate


def test_default_has_twenty_characters_of_every_class() -> None:
    for _ in range(200):
        password = generate()
        assert len(password) == 20
        for chars in (LOWER, UPPER, DIGITS, SYMBOLS):
            assert any(c in chars for c in password), (password, chars)


@pytest.mark.parametrize("length", [8, 9, 64, 128])
def test_lengths(length: int) -> None:
    assert len(generate(length)) == length


def test_only_the_chosen_classes() -> None:
    for _ in range(100):
        password = generate(12, lower=False, upper=True, digits=True, symbols=False)
        assert set(password) <= set(UPPER + DIGITS)
        assert any(c in UPPER for c in password) and any(c in DIGITS for c in password)
    assert set(generate(30, upper=False, digits=False, symbols=False)) <= set(LOWER)


def test_the_guaranteed_characters_are_not_always_in_front() -> None:
    firsts = {
        generate(8, lower=False, upper=True, digits=True, symbols=False)[0] in UPPER
        for _ in range(200)
    }
    assert firsts == {True, False}


def test_passwords_differ() -> None:
    assert len({generate() for _ in range(500)}) == 500


def test_no_quotes_backslash_or_space() -> None:
    assert not set("'\"\\ ` ") & set(SYMBOLS)


@pytest.mark.parametrize("length", [7, 129, 0, -1])
def test_length_out_of_range(length: int) -> None:
    with pytest.raises(ValueError, match="8 to 128"):
        generate(length)


@pytest.mark.parametrize("length", [12.0, "12", True])
def test_length_must_be_a_whole_number(length: object) -> None:
    with pytest.raises(ValueError, match="whole number"):
        generate(length)  # type: ignore[arg-type]


def test_no_class_chosen() -> None:
    with pytest.raises(ValueError, match="at least one"):
        generate(lower=False, upper=False, digits=False, symbols=False)


def test_uses_the_secrets_module(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    monkeypatch.setattr(random, "choice", lambda *_: pytest.fail("random is not for passwords"))
    assert passwords.secrets.choice is __import__("secrets").choice
    assert len(generate()) == 20
