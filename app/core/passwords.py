"""Password generator for official accounts (the ``secrets`` module's randomness).

At least one character of every chosen class; the rest drawn from all of them, then shuffled.
"""

from __future__ import annotations

import secrets
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
# Punctuation that survives being typed or pasted into web forms (no quotes, backslash, space).
SYMBOLS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
MIN_LENGTH = 8
MAX_LENGTH = 128
DEFAULT_LENGTH = 20


def generate(
    length: int = DEFAULT_LENGTH,
    lower: bool = True,
    upper: bool = True,
    digits: bool = True,
    symbols: bool = True,
) -> str:
    """A random password; ``ValueError`` for a length outside 8–128 or no class chosen."""
    if isinstance(length, bool) or not isinstance(length, int):
        raise ValueError("the password length must be a whole number")
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise ValueError(f"the password length must be {MIN_LENGTH} to {MAX_LENGTH} characters")
    classes = [
        chars
        for chars, chosen in ((LOWER, lower), (UPPER, upper), (DIGITS, digits), (SYMBOLS, symbols))
        if chosen
    ]
    if not classes:
        raise ValueError("choose at least one kind of character for the password")
    alphabet = "".join(classes)
    chars = [secrets.choice(c) for c in classes]
    chars += [secrets.choice(alphabet) for _ in range(length - len(chars))]
    # Fisher–Yates with the system's randomness, so the guaranteed ones are not always first.
    for i in range(len(chars) - 1, 0, -1):
        j = secrets.randbelow(i + 1)
        chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)
