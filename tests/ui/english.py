"""English plural forms as Bayan shows them (i18n/bayan_en.ts): "1 post", "2 posts"."""

from __future__ import annotations


def noun(count: int, one: str, many: str | None = None) -> str:
    """``one`` for a count of 1, else ``many`` (``one`` + "s" when not given)."""
    return one if count == 1 else (many or one + "s")
