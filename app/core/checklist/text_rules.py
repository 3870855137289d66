"""The rules that look at one text on its own: the post in one language, or one alt text.

Each rule function takes a :class:`Scan` of the NFC text (and the language and house rules) and
returns :class:`Hit` s with spans in that NFC text; :mod:`.runner` maps them back to the text as
typed and names the field. Rules whose trigger character is absent return at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import regex

from app.core import arabic, xtext
from app.core.checklist import readability, words
from app.core.checklist.house import HouseRules, InclusiveTerm
from app.core.checklist.model import BLOCKER, TIP, WARNING
from app.core.checklist.scan import ARABIC_LETTER, Scan, letter_counts
from app.core.textpieces import SHORT, char_count, has_match, local_spans, pieces


@dataclass(frozen=True, init=False)
class Hit:
    """A finding before it knows its field and platforms (spans in the NFC text)."""

    rule: str
    severity: str
    code: str
    start: int
    end: int
    message: str
    fix: str | None = None
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __init__(
        self,
        rule: str,
        severity: str,
        code: str,
        start: int,
        end: int,
        message: str,
        fix: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        # The fields straight into __dict__: the frozen dataclass __init__ (a setattr call per
        # field) costs three times as much, and rules build dozens of hits per keystroke.
        self.__dict__.update(
            rule=rule,
            severity=severity,
            code=code,
            start=start,
            end=end,
            message=message,
            fix=fix,
            params={} if params is None else params,
        )


Rule = Callable[[Scan, str, HouseRules], Iterator[Hit]]

_SPACE_CHARS = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
# Invisible formatting that does not change what a line starts with.
_MARKS = "\u200b\u200c\u200d\u2060\ufeff"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- A11Y-HASH-1/2/3 ------------------------------------------------------------------------------

_LOWER_TAG = re.compile(r"^[a-z0-9_]{6,}$")
_UPPER_TAG = re.compile(r"^[A-Z0-9_]{6,}$")
_TAG_PARTS = re.compile(r"[A-Za-z]+|[0-9]+|_+")
_ARABIC_TAG_MARKS = re.compile(r"[\u0640\u064B-\u0652]")


def camelcase_suggestion(body: str, acronyms: frozenset[str]) -> str | None:
    """``body`` (a lower- or upper-case Latin hashtag) in CamelCase, or None when the word
    boundaries are not sure. Digits and underscores stay where they are; acronyms stay in capitals.
    """
    out: list[str] = []
    changed = False
    for part in _TAG_PARTS.findall(body):
        if not part.isalpha():
            out.append(part)
            continue
        if part.upper() in acronyms:
            out.append(part.upper())
            continue
        if words.is_dictionary_word(part):
            out.append(part[0].upper() + part[1:].lower())
            continue
        split = words.unambiguous_split(part)
        if split is None:
            return None
        changed = True
        out.extend(w[0].upper() + w[1:] for w in split)
    suggestion = "".join(out)
    if not changed and "_" not in body and not any(c.isdigit() for c in body):
        return None
    return suggestion if suggestion != body else None


def _tag_is_exempt(body: str, acronyms: frozenset[str]) -> bool:
    """An acronym or a single dictionary word, maybe with digits (#COVID19, #Jordan2030)."""
    letters = [p for p in _TAG_PARTS.findall(body) if p.isalpha()]
    if len(letters) != 1:
        return False
    part = letters[0]
    return part.upper() in acronyms or words.is_dictionary_word(part)


def rule_hashtags(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    tags = scan.hashtags
    if not tags:
        return
    text = scan.text
    for start, end, body in tags:
        one_case = _LOWER_TAG.match(body) or _UPPER_TAG.match(body)
        if one_case and not _tag_is_exempt(body, house.acronyms):
            suggestion = camelcase_suggestion(body, house.acronyms)
            yield Hit(
                "A11Y-HASH-1",
                WARNING,
                "not_camelcase",
                start,
                end,
                f"Write the hashtag {text[start:end]} in CamelCase so screen readers read "
                "its words" + (f" (#{suggestion})" if suggestion else ""),
                "camelcase_hashtag",
                {
                    "tag": text[start:end],
                    "suggestion": f"#{suggestion}" if suggestion else None,
                },
            )
        if ARABIC_LETTER.search(body) and _ARABIC_TAG_MARKS.search(body):
            yield Hit(
                "A11Y-HASH-2",
                WARNING,
                "marks_in_tag",
                start,
                end,
                f"The Arabic hashtag {text[start:end]} has tatweel or diacritics: they split or "
                "change the tag",
                "clean_arabic_hashtag",
                {"tag": text[start:end]},
            )
    # A11Y-HASH-3: more than one tag before the last word that is not a tag.
    last_word = scan.last_word_outside([(s, e) for s, e, _ in tags] + scan.urls)
    inline = [(s, e) for s, e, _ in tags if s < last_word]
    if len(inline) > 1:
        yield Hit(
            "A11Y-HASH-3",
            WARNING,
            "inline_tags",
            inline[0][0],
            inline[-1][1],
            f"{len(inline)} hashtags sit inside the text: keep them at the end, at most one inline",
            None,
            {"count": len(inline)},
        )


# --- A11Y-EMO-1/2 ---------------------------------------------------------------------------------

_LINE_LEAD = " \t\u00a0\u200e\u200f\u061c" + _MARKS


def _letter_at(text: str, i: int) -> bool:
    c = text[i]
    return unicodedata.category(c)[0] in "LM"


def _neighbour(text: str, i: int, step: int, emoji_at: dict[int, int], emoji_end: dict[int, int]):
    """Index of the nearest character from ``i`` going ``step`` that is not a space or part of
    another emoji, on the same line; None at the line's end."""
    n = len(text)
    while 0 <= i < n:
        c = text[i]
        if c == "\n" or c == "\u2029":
            return None
        if c in _SPACE_CHARS or c in "\ufe0f\u200d":
            i += step
            continue
        if step > 0 and i in emoji_at:
            i = emoji_at[i]
            continue
        if step < 0 and i + 1 in emoji_end:
            i = emoji_end[i + 1] - 1
            continue
        return i
    return None


def rule_emoji(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    spans = scan.emoji
    if not spans:
        return
    text = scan.text
    if len(spans) > house.max_emoji:
        extra = spans[house.max_emoji :]
        yield Hit(
            "A11Y-EMO-1",
            WARNING,
            "too_many",
            extra[0][0],
            extra[-1][1],
            f"{len(spans)} emoji: use at most {house.max_emoji}",
            None,
            {"count": len(spans), "max": house.max_emoji},
        )
    seen: dict[str, int] = {}
    for s, e in spans:
        key = text[s:e].replace("\ufe0f", "")
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            yield Hit(
                "A11Y-EMO-1",
                WARNING,
                "repeated",
                s,
                e,
                f"The emoji {text[s:e]} is repeated: screen readers read each one out",
                None,
                {"emoji": text[s:e]},
            )
    # A11Y-EMO-2: mid-sentence (a letter on both sides on the same line), or as bullets.
    emoji_at = dict(spans)
    emoji_end = {e: s for s, e in spans}
    bullets: list[tuple[int, int]] = []
    for s, e in spans:
        line_start = text.rfind("\n", 0, s) + 1
        lead = text[line_start:s]
        if all(c in _LINE_LEAD for c in lead):
            bullets.append((s, e))
            continue
        left = _neighbour(text, s - 1, -1, emoji_at, emoji_end)
        right = _neighbour(text, e, 1, emoji_at, emoji_end)
        if (
            left is not None
            and right is not None
            and _letter_at(text, left)
            and _letter_at(text, right)
        ):
            yield Hit(
                "A11Y-EMO-2",
                WARNING,
                "mid_sentence",
                s,
                e,
                f"The emoji {text[s:e]} sits mid-sentence: put emoji at the end, "
                "never in place of words",
                None,
                {"emoji": text[s:e]},
            )
    if len(bullets) >= 2:
        for s, e in bullets:
            yield Hit(
                "A11Y-EMO-2",
                WARNING,
                "bullet",
                s,
                e,
                f"{len(bullets)} lines start with an emoji: screen readers read each bullet "
                "emoji's name",
                None,
                {"emoji": text[s:e], "lines": len(bullets)},
            )


# --- A11Y-CAPS-1 ----------------------------------------------------------------------------------

# Most rules use the standard library's re: for plain character classes it is several times
# faster than the regex package, which is kept for \p{...} properties.
_CAPITALS = re.compile(r"[A-Z]{2,}")
_ANY_WORD_CHAR = re.compile(r"[^\W_]")
_LATIN_UPPER_RUN = re.compile("[A-Z\u00c0-\u00d6\u00d8-\u00de]+")


def _is_word_char(c: str) -> bool:
    """re's \\w: a letter or digit (str.isalnum) or "_"."""
    return c.isalnum() or c == "_"


def _caps_words(scan: Scan) -> list[tuple[int, int]]:
    """Spans of the words of two or more capitals A–Z (nothing else in the word)."""
    found = scan.memo.get("caps_words")
    if found is None:
        text = scan.text
        n = len(text)
        found = [
            (s, e)
            for s, e in local_spans(_CAPITALS, text)  # no whitespace in a match
            if not (s > 0 and _is_word_char(text[s - 1])) and not (e < n and _is_word_char(text[e]))
        ]
        scan.memo["caps_words"] = found
    return found  # type: ignore[return-value]


def _caps_runs(scan: Scan, house: HouseRules) -> list[tuple[int, int, int]]:
    """Runs of 3 or more capitalised words (start, end, words); acronyms break a run."""
    return _caps_scan(scan, house)[0]


def _caps_scan(scan: Scan, house: HouseRules) -> tuple[list[tuple[int, int, int]], int]:
    """The runs of capitalised words, and how many letters the acronyms of the text hold."""
    key = ("caps", house.acronyms)
    if key in scan.memo:
        return scan.memo[key]  # type: ignore[return-value]
    text = scan.text
    runs: list[tuple[int, int, int]] = []
    run: list[tuple[int, int]] = []
    acronym_letters = 0

    def close() -> None:
        if len(run) >= 3:
            runs.append((run[0][0], run[-1][1], len(run)))

    for s, e in _caps_words(scan):
        if text[s:e] in house.acronyms:
            acronym_letters += e - s
            close()
            run = []
            continue
        if run and _ANY_WORD_CHAR.search(text, run[-1][1], s):
            close()
            run = []
        run.append((s, e))
    close()
    scan.memo[key] = (runs, acronym_letters)
    return runs, acronym_letters


def rule_caps(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    if not _LATIN_UPPER_RUN.search(text):
        return
    runs, acronym_letters = _caps_scan(scan, house)
    for s, e, count in runs:
        yield Hit(
            "A11Y-CAPS-1",
            WARNING,
            "run",
            s,
            e,
            f"{count} words in capitals in a row read as shouting and are hard to read",
            None,
            {"words": count},
        )
    if runs:
        return
    upper = char_count(_LATIN_UPPER_RUN, text)
    if upper <= 6:  # over 30% of at least 20 letters needs 7 capitals or more
        return
    latin = scan.latin_count
    if latin < 20:
        return
    upper -= acronym_letters
    letters = latin - acronym_letters
    if letters >= 20 and upper > 0.3 * letters:
        s, e = _trim(text, 0, len(text))
        yield Hit(
            "A11Y-CAPS-1",
            WARNING,
            "ratio",
            s,
            e,
            f"{round(100 * upper / letters)}% of the Latin letters are capitals (at most 30%)",
            None,
            {"percent": round(100 * upper / letters)},
        )


# --- A11Y-FANCY-1 ---------------------------------------------------------------------------------

_FANCY = re.compile(
    r"(?:[\U0001D400-\U0001D7FF\uFF21-\uFF3A\uFF41-\uFF5A\u24B6-\u24E9\u1D00-\u1D2B]"
    r"|[\U0001F130-\U0001F189](?!\uFE0F))+"
)
_FANCY_CHAR = re.compile(
    "[\u1d00-\u1d2b\u24b6-\u24e9\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff"
    "\U0001f130-\U0001f189]"
)
_LINE_MARKS = re.compile(r"(?:[^\s\u0332\u0336][\u0332\u0336]+)+")


def rule_fancy(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    if scan.top < "\u0332":
        return
    text = scan.text
    if scan.top >= "\u1d00" and has_match(_FANCY_CHAR, text):
        for m in _FANCY.finditer(text):
            run = m.group()
            plain = unicodedata.normalize("NFKC", run)
            yield Hit(
                "A11Y-FANCY-1",
                BLOCKER,
                "lookalike",
                m.start(),
                m.end(),
                f'"{run}" uses look-alike letters that screen readers and search cannot read',
                "nfkc_span" if plain != run else None,
                {"text": run, "plain": plain if plain != run else None},
            )
    if "\u0332" in text or "\u0336" in text:
        for m in _LINE_MARKS.finditer(text):
            plain = m.group().replace("\u0332", "").replace("\u0336", "")
            yield Hit(
                "A11Y-FANCY-1",
                BLOCKER,
                "line_marks",
                m.start(),
                m.end(),
                f'"{plain}" is underlined or struck through with combining marks, which '
                "screen readers read out",
                "remove_line_marks",
                {"text": m.group(), "plain": plain},
            )


# --- A11Y-LINK-1/2 --------------------------------------------------------------------------------

_CLICK_HERE = re.compile(
    r"(click|tap)\s+here|link in bio|اضغط\s+هنا|انقر\s+هنا|الرابط\s+هنا", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def url_host(url: str) -> str:
    """The host of ``url`` (with or without a scheme), lower case, without "www."."""
    candidate = url if "://" in url else "http://" + url
    try:
        host = urlsplit(candidate.strip()).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def rule_links(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    lower = scan.lower
    click_here = "here" in lower or "bio" in lower or "هنا" in text
    for m in _CLICK_HERE.finditer(text) if click_here else ():
        yield Hit(
            "A11Y-LINK-1",
            WARNING,
            "click_here",
            m.start(),
            m.end(),
            f'"{m.group()}" does not say where the link goes: describe it',
            None,
            {"text": m.group()},
        )
    for s, e in scan.urls:
        host = url_host(text[s:e])
        if host in house.shorteners:
            yield Hit(
                "A11Y-LINK-2",
                WARNING,
                "shortener",
                s,
                e,
                f"{host} is a link shortener: link to the official domain",
                None,
                {"host": host},
            )


# --- A11Y-PLAIN-1/2, AR-READ-1 --------------------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?؟؛\n]+")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
# checklist.md's word, [\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*, for counting: re's \w (letters,
# digits, _) with the combining marks of Latin and Arabic text added.
_WORD_FAST = re.compile(
    r"[^\W_][\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed'’\-]*"
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "a", "an", "&"})


@lru_cache(maxsize=1024)
def _word_count(sentence: str) -> int:
    return len(_WORD_FAST.findall(sentence))


def _expanded(text: str, s: int, e: int, acronym: str) -> bool:
    """Is the acronym at ``text[s:e]`` spelled out right there?"""
    before = text[max(0, s - 200) : s]
    if before.rstrip().endswith("(") or text[e : e + 3].lstrip().startswith("("):
        return True
    # "World Health Organization WHO": the initials of the words before it
    previous = [w for w in regex.findall(r"[\p{L}&]+", before) if w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in previous[-len(acronym) :]).upper()
    return len(previous) >= len(acronym) and initials == acronym


def rule_plain(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    limit = house.max_sentence_words
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        # fast exit: a sentence shorter than the limit in characters cannot have too many words
        if e - s <= limit * 2:
            continue
        count = _word_count(m.group())
        if count > limit:
            s, e = _trim(text, s, e)
            yield Hit(
                "A11Y-PLAIN-1",
                WARNING,
                "long_sentence",
                s,
                e,
                f"This sentence has {count} words: keep sentences to {limit} or fewer",
                None,
                {"words": count, "max": limit},
            )
    if not has_match(_TWO_CAPITALS, text):
        return
    seen: set[str] = set()
    caps = _caps_runs(scan, house)
    covered = [(s, e) for s, e, _ in scan.hashtags] + scan.urls + [(s, e) for s, e, _ in caps]
    for s, e in _caps_words(scan):  # \b[A-Z]{2,6}\b
        if e - s > 6:
            continue
        acronym = text[s:e]
        if acronym in seen:
            continue
        if any(cs <= s < ce for cs, ce in covered):
            continue
        seen.add(acronym)
        if acronym in house.acronyms or _expanded(text, s, e, acronym):
            continue
        yield Hit(
            "A11Y-PLAIN-1",
            TIP,
            "acronym",
            s,
            e,
            f"Spell out {acronym} the first time it is used",
            None,
            {"acronym": acronym},
        )


_MENTION = re.compile(r"(?<![\w@])@\w+")


def prose_only(scan: Scan) -> str:
    """The text without its links, hashtags and @handles, which are not read as words.

    (A URL counted as one word of many syllables made a short English sentence score -95.)
    """
    text = scan.text
    spans = [(s, e) for s, e in scan.urls] + [(s, e) for s, e, _tag in scan.hashtags]
    if "@" in text:
        spans += [m.span() for m in _MENTION.finditer(text)]
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for s, e in sorted(spans):
        if e <= at:
            continue
        s = max(s, at)
        parts += (text[at:s], " " * (e - s))
        at = e
    parts.append(text[at:])
    return "".join(parts)


def rule_readability(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    s, e = _trim(scan.text, 0, len(scan.text))
    if s == e:
        return
    text = prose_only(scan)
    if lang == "en":
        raw, word_count = readability.flesch_with_words(text)
        if word_count == 0:
            return
        score = round(raw, 1)
        yield Hit(
            "A11Y-PLAIN-2",
            TIP,
            "flesch",
            s,
            e,
            f"Flesch Reading Ease {score:g} (aim for 60 or more)",
            None,
            {"score": score, "words": word_count},
        )
    elif lang == "ar":
        raw, word_count = readability.osman_with_words(text)
        if word_count == 0:
            return
        score = round(raw, 1)
        unstable = word_count < 30
        yield Hit(
            "AR-READ-1",
            TIP,
            "osman",
            s,
            e,
            f"OSMAN readability {score:g} (higher is easier)"
            + ("; short texts give unstable scores" if unstable else ""),
            None,
            {"score": score, "words": word_count, "unstable": unstable},
        )


# --- AR-TATWEEL-1, AR-PRES-1, AR-DIAC-1 -----------------------------------------------------------

_PRESENTATION = re.compile(r"[\uFB50-\uFD3D\uFD40-\uFDFF\uFE70-\uFEFC]+")
_HARAKA = re.compile(r"[\u064B-\u0652\u0670]")
_BASIC_LETTER = re.compile(r"[\u0621-\u064A]")
_MARK_AFTER_SPACE = re.compile(r"(?:^|(?<=\s))[\u064B-\u0653]")
_DOUBLED_MARK = re.compile(r"([\u064B-\u0652])\1")
_ANY_MARK = re.compile(r"[\u064B-\u0653\u0670]")


def rule_tatweel(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    if "\u0640" not in text and scan.top < "\ufcf2":
        return
    # local: tatweel and marks between Arabic letters (whitespace is neither)
    for s, e in local_spans(arabic.DECORATIVE_TATWEEL, text):
        yield Hit(
            "AR-TATWEEL-1",
            BLOCKER,
            "tatweel",
            s,
            e,
            "Decorative tatweel (ـ) stretches the word: screen readers and search stumble on it",
            "remove_tatweel",
        )


def rule_presentation(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    if scan.top < "\ufb50":
        return
    text = scan.text
    for s, e in local_spans(_PRESENTATION, text):
        run = text[s:e]
        plain = unicodedata.normalize("NFKC", run)
        yield Hit(
            "AR-PRES-1",
            BLOCKER,
            "presentation_forms",
            s,
            e,
            "Arabic presentation-form characters (pasted from a PDF) break search and speech "
            "and weigh 2 on X",
            "fold_presentation_forms" if plain != run else None,
            {"text": run, "plain": plain if plain != run else None},
        )


def rule_diacritics(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    if scan.top < "\u064b" or not has_match(_ANY_MARK, text):
        return
    marks = char_count(_HARAKA, text)  # single characters: counts add up over pieces
    letters = char_count(_BASIC_LETTER, text)
    if letters and marks / letters > 0.3:
        s, e = _trim(text, 0, len(text))
        yield Hit(
            "AR-DIAC-1",
            WARNING,
            "dense",
            s,
            e,
            f"Diacritics on {round(100 * marks / letters)}% of letters: use them sparingly "
            "(at most 30%)",
            None,
            {"percent": round(100 * marks / letters)},
        )
    # local: at a piece's start "^" stands for the whitespace before it
    for s, e in local_spans(_MARK_AFTER_SPACE, text):
        yield Hit(
            "AR-DIAC-1",
            BLOCKER,
            "after_space",
            s,
            e,
            "A diacritic stands after a space, on no letter",
            "delete_span",
        )
    for s, e in local_spans(_DOUBLED_MARK, text):
        yield Hit(
            "AR-DIAC-1",
            BLOCKER,
            "doubled",
            s + 1,
            e,
            "The same diacritic twice on one letter",
            "delete_span",
        )


# --- AR-BIDI-1/2/3 --------------------------------------------------------------------------------

# Line start, then characters that do not decide the direction, then the first that does.
_FIRST_STRONG = regex.compile(
    r"[^\p{L}#@0-9\u200e\u200f\u061c\u202a\u202b\u202d\u202e\u2066\u2067]*"
    r"([\p{L}#@0-9\u200e\u200f\u061c\u202a\u202b\u202d\u202e\u2066\u2067])"
)
_RTL_STARTERS = "\u200f\u061c\u202b\u202e\u2067"
_L = "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # Latin letters
_LTR_PIECE_PUNCT = re.compile(rf"[{_L}0-9][{_L}0-9 ._\/:%+\-]*[{_L}0-9%](?=\s*[.,:;!?)\]])")
_NUMBER_PIECE = re.compile(r"[0-9]+(?:[\/\-:.][0-9]+)+")
_ISOLATE_OPEN = re.compile(r"[\u2066-\u2068]")
_DIRECTION_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069\ufffe\uffff\ufeff]")


def _is_rtl_letter(c: str) -> bool:
    return unicodedata.bidirectional(c) in ("R", "AL")


def rule_bidi_start(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    """AR-BIDI-1 (Arabic texts): a line holding Arabic must not start with an LTR piece."""
    if lang != "ar" or not scan.has_arabic:
        return
    text = scan.text
    for line_start, line_end in scan.lines:
        m = _FIRST_STRONG.match(text, line_start, line_end)
        if m is None:
            continue
        i = m.start(1)
        c = text[i]
        if c in _RTL_STARTERS or _is_rtl_letter(c):
            continue
        first_arabic = ARABIC_LETTER.search(text, i, line_end)
        if first_arabic is None:
            continue
        s, e = _trim(text, i, first_arabic.start())
        yield Hit(
            "AR-BIDI-1",
            WARNING,
            "ltr_start",
            s,
            e,
            f'The Arabic paragraph starts with "{text[s:e]}": it would show left to right; '
            "start it with a right-to-left mark",
            "insert_rlm",
            {"text": text[s:e]},
        )


@lru_cache(maxsize=1024)
def _bidi_pieces_in_line(line: str) -> tuple[tuple[int, int], ...]:
    """Spans of the unisolated LTR pieces of one line (empty unless the line is mostly Arabic)."""
    taken: list[tuple[int, int]] = [m.span() for m in _LTR_PIECE_PUNCT.finditer(line)]
    for ns, ne in local_spans(_NUMBER_PIECE, line):  # digits and / - : . only
        if not any(s < ne and ns < e for s, e in taken):
            taken.append((ns, ne))
    if not taken:
        return ()
    arabic_letters, latin_letters = letter_counts(line)
    if not arabic_letters or arabic_letters <= latin_letters:
        return ()
    n = len(line)
    return tuple((s, e) for s, e in sorted(taken) if not (e < n and line[e] in "\u200e\u2069"))


def rule_bidi_pieces(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    """AR-BIDI-2 (Arabic texts): LTR pieces touching punctuation in RTL paragraphs."""
    if lang != "ar" or not scan.has_arabic:
        return
    text = scan.text
    for ls, le in scan.lines:
        for rs, re_ in _bidi_pieces_in_line(text[ls:le]):
            s, e = ls + rs, ls + re_
            piece = text[s:e]
            yield Hit(
                "AR-BIDI-2",
                WARNING,
                "unisolated",
                s,
                e,
                f'"{piece}" runs left to right inside Arabic text and may show out of order: '
                "put a left-to-right mark after it",
                "insert_lrm",
                {"text": piece},
            )


def rule_bidi_controls(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    """AR-BIDI-3: overrides, embeddings, unbalanced isolates, BOM and non-characters."""
    if scan.top < "\u202a":
        return
    text = scan.text
    found = local_spans(_DIRECTION_CONTROL, text)  # single characters
    if not found:
        return
    for start, end in found:
        c = text[start]
        if c in "\u202d\u202e":
            yield Hit(
                "AR-BIDI-3",
                BLOCKER,
                "override",
                start,
                end,
                f"A direction override (U+{ord(c):04X}) reorders the letters: remove it",
                "delete_span",
                {"char": f"U+{ord(c):04X}"},
            )
        elif c in "\u202a\u202b\u202c":
            yield Hit(
                "AR-BIDI-3",
                WARNING,
                "embedding",
                start,
                end,
                f"A direction embedding (U+{ord(c):04X}): use marks or isolates instead",
                None,
                {"char": f"U+{ord(c):04X}"},
            )
        elif c in "\ufeff\ufffe\uffff":
            yield Hit(
                "AR-BIDI-3",
                BLOCKER,
                "invalid_char",
                start,
                end,
                f"An invisible U+{ord(c):04X} (byte-order mark or non-character): X refuses "
                "the post",
                "delete_span",
                {"char": f"U+{ord(c):04X}"},
            )
    if "\u2069" in text or has_match(_ISOLATE_OPEN, text):
        for ls, le in scan.lines:
            opened = len(_ISOLATE_OPEN.findall(text, ls, le))
            closed = text.count("\u2069", ls, le)
            if opened != closed:
                s, e = _trim(text, ls, le)
                yield Hit(
                    "AR-BIDI-3",
                    BLOCKER,
                    "unbalanced",
                    s,
                    e,
                    f"This paragraph opens {opened} direction isolates and closes {closed}",
                    None,
                    {"opened": opened, "closed": closed},
                )


# --- AR-DIGIT-1, AR-PUNCT-1 -----------------------------------------------------------------------

_ASCII_DIGITS = re.compile(r"[0-9]+")
_ARABIC_DIGITS = re.compile(r"[\u0660-\u0669]+")
_PERSIAN_DIGITS = re.compile(r"[\u06f0-\u06f9]+")
_LATIN_PUNCT = re.compile(r"[,;?]")
_LATIN_LETTER_CHAR = re.compile(f"[{_L}]")
_DIGIT_CHARS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
_ANY_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_ARABIC_PUNCT = {",": "،", ";": "؛", "?": "؟"}


def rule_digits(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    if scan.top < "\u0660":
        return
    # runs of digits: local patterns (no whitespace in a match)
    arabic_runs = local_spans(_ARABIC_DIGITS, text)
    if arabic_runs:
        ascii_runs = local_spans(_ASCII_DIGITS, text)
        if ascii_runs:
            if house.digits in ("latn", "arab"):
                wrong = "arab" if house.digits == "latn" else "latn"
            else:
                ascii_n = sum([e - s for s, e in ascii_runs])
                arabic_n = sum([e - s for s, e in arabic_runs])
                if ascii_n != arabic_n:
                    wrong = "latn" if ascii_n < arabic_n else "arab"
                else:  # as many of each: the system used second is the odd one
                    wrong = "latn" if ascii_runs[0][0] > arabic_runs[0][0] else "arab"
            target = "arab" if wrong == "latn" else "latn"
            for s, e in ascii_runs if wrong == "latn" else arabic_runs:
                yield Hit(
                    "AR-DIGIT-1",
                    WARNING,
                    "mixed",
                    s,
                    e,
                    "The text mixes 0–9 and ٠–٩: use one digit system",
                    "map_digits",
                    {"target": target, "text": text[s:e]},
                )
    if scan.top >= "\u06f0":
        has_arabic_digits = bool(arabic_runs)
        for s, e in local_spans(_PERSIAN_DIGITS, text):
            if house.digits in ("latn", "arab"):
                target = house.digits
            elif has_arabic_digits or not has_match(_ASCII_DIGITS, text):
                target = "arab"
            else:
                target = "latn"
            yield Hit(
                "AR-DIGIT-1",
                WARNING,
                "persian",
                s,
                e,
                "Persian digits (۰–۹) look different from Arabic ones: use ٠–٩ or 0–9",
                "map_persian_digits",
                {"target": target, "text": text[s:e]},
            )


def _nearest(text: str, i: int, step: int, lo: int, hi: int) -> str:
    while lo <= i < hi:
        if not text[i].isspace():
            return text[i]
        i += step
    return ""


@lru_cache(maxsize=1024)
def _latin_punctuation_in_line(line: str) -> tuple[int, ...]:
    """Indices of the , ; ? of one line that AR-PUNCT-1 reports (none unless mostly Arabic)."""
    if not _LATIN_PUNCT.search(line):
        return ()
    arabic_letters, latin = letter_counts(line)
    if arabic_letters <= latin:  # not over 50% Arabic (letters of other scripts are rare)
        return ()
    urls = xtext.find_urls(line) if "." in line else []
    n = len(line)
    found: list[int] = []
    for m in _LATIN_PUNCT.finditer(line):
        i = m.start()
        before = line[i - 1] if i > 0 else ""
        after = line[i + 1] if i + 1 < n else ""
        if before in _DIGIT_CHARS and after in _DIGIT_CHARS:
            continue
        if any(us <= i < ue for us, ue in urls):
            continue
        left, right = _nearest(line, i - 1, -1, 0, n), _nearest(line, i + 1, 1, 0, n)
        if left and right and _LATIN_LETTER_CHAR.match(left) and _LATIN_LETTER_CHAR.match(right):
            continue  # inside an English phrase quoted in the Arabic text
        found.append(i)
    return tuple(found)


def rule_punctuation(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    """AR-PUNCT-1: , ; ? in paragraphs that are mostly Arabic."""
    text = scan.text
    if not scan.has_arabic or not _LATIN_PUNCT.search(text):
        return
    for ls, le in scan.lines:
        for r in _latin_punctuation_in_line(text[ls:le]):
            i = ls + r
            c = text[i]
            yield Hit(
                "AR-PUNCT-1",
                WARNING,
                "latin_punctuation",
                i,
                i + 1,
                f'Use the Arabic "{_ARABIC_PUNCT[c]}" instead of "{c}" in Arabic sentences',
                "arabic_punctuation",
                {"char": c, "arabic": _ARABIC_PUNCT[c]},
            )


# --- GOV-PII-2, GOV-INCL-1 ------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# Digits of the three systems, so that Arabic-Indic and Persian numbers are found as if they
# were written 0–9 (checklist.md: "also after converting Arabic-Indic digits").
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"


def _digit(d: str) -> str:
    return f"[{d}{chr(0x0660 + int(d))}{chr(0x06F0 + int(d))}]"


_MOBILE = re.compile(
    rf"(?<!{_D})(?:\+?{_digit('9')}{_digit('6')}{_digit('2')}|{_digit('0')}){_digit('7')}"
    rf"(?:{_digit('7')}|{_digit('8')}|{_digit('9')}){_D}{{7}}(?!{_D})"
)
_NATIONAL_ID = re.compile(rf"(?<![\w]){_D}{{10}}(?![\w])")
_NINE_DIGITS = re.compile(rf"{_D}{{9}}")
_PII_LABELS = {
    "email": "an e-mail address",
    "mobile": "a Jordanian mobile number",
    "national_id": "a 10-digit number (a national number?)",
}


def rule_personal_data(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    found: list[tuple[int, int, str]] = []
    # local patterns: no whitespace in a match; the lookarounds refuse digits or \w only
    if "@" in text:
        found.extend((s, e, "email") for s, e in local_spans(_EMAIL, text))
    if has_match(_NINE_DIGITS, text):
        found.extend((s, e, "mobile") for s, e in local_spans(_MOBILE, text))
        for ns, ne in local_spans(_NATIONAL_ID, text):
            if not any(s < ne and ns < e for s, e, _ in found):
                found.append((ns, ne, "national_id"))
    for s, e, kind in sorted(found):
        yield Hit(
            "GOV-PII-2",
            BLOCKER,
            kind,
            s,
            e,
            f"The text holds {_PII_LABELS[kind]}: remove it, or confirm it is meant to be public",
            None,
            {"text": text[s:e]},
        )


_AR_FOLD = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآٱ]",
    "إ": "[اأإآٱ]",
    "آ": "[اأإآٱ]",
    "ي": "[يى]",
    "ى": "[يى]",
    "ة": "[ةه]",
    "ه": "[ةه]",
}
_AR_INSIDE = "[\u064b-\u065f\u0670\u0640]*"
_AR_SUFFIX = "(?:ين|ون|تين|ان|ات|ة|ه)?"
# Not followed by another letter or mark (Arabic or Latin): the end of the word.
_AR_WORD_END = "(?![\u0621-\u064a\u064b-\u065f\u066e-\u06d3\u0670A-Za-z])"
# The clitics and article an Arabic term may carry: [وف]? then لل, [بكل]?ال or [بكل].
_AR_PREFIXES = frozenset(
    c + a for c in ("", "و", "ف") for a in ("", "لل", "ال", "بال", "كال", "لال", "ب", "ك", "ل")
)
_AR_PREFIX_LENGTHS = sorted({len(p) for p in _AR_PREFIXES}, reverse=True)


def _arabic_term_core(term: str) -> str:
    parts = []
    for w in term.split():
        parts.append(_AR_INSIDE.join(_AR_FOLD.get(c, re.escape(c)) for c in w) + _AR_INSIDE)
    return r"\s+".join(parts) + _AR_SUFFIX + _AR_WORD_END


def _english_term_pattern(term: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in term.split())
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


_FOLDED_OR_SPACE = re.compile(r"[\s\u0627\u0623\u0625\u0622\u0671\u064a\u0649\u0629\u0647]+")
_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]+")


_FOLDS = {
    "ا": "اأإآٱ",
    "أ": "اأإآٱ",
    "إ": "اأإآٱ",
    "آ": "اأإآٱ",
    "ي": "يى",
    "ى": "يى",
    "ة": "ةه",
    "ه": "ةه",
}


def _arabic_keys(term: str) -> tuple[str, ...]:
    """Pieces of which every spelling of ``term`` contains one once harakat and tatweel are gone:
    a quick test before the pattern runs. The first word in each of its folded spellings when
    there are few (معاق: معاق, معأق, …), else the longest run of letters that never fold."""
    bare = _AR_MARKS.sub("", term)
    first = bare.split()[0] if bare.split() else bare
    spellings = [""]
    for c in first:
        spellings = [s + v for s in spellings for v in _FOLDS.get(c, c)]
        if len(spellings) > 50:
            return (max(_FOLDED_OR_SPACE.split(bare), key=len),)
    return tuple(spellings)


@dataclass(frozen=True)
class _InclusiveMatcher:
    # (term index, piece(s) every match contains, pattern): English pieces in lower case,
    # Arabic ones without harakat or tatweel.
    english: tuple[tuple[int, str, re.Pattern[str]], ...]
    arabic: tuple[tuple[int, tuple[str, ...], re.Pattern[str]], ...]
    # piece of text -> (English terms, Arabic terms) whose pieces it contains (_terms_in)
    seen: dict[str, tuple[frozenset[int], frozenset[int]]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )


@lru_cache(maxsize=8)
def _inclusive_matcher(terms: tuple[InclusiveTerm, ...]) -> _InclusiveMatcher:
    english: list[tuple[int, str, re.Pattern[str]]] = []
    arabic_: list[tuple[int, tuple[str, ...], re.Pattern[str]]] = []
    for i, t in enumerate(terms):
        words_ = t.term.split()
        if not words_:
            continue
        if ARABIC_LETTER.search(t.term):
            arabic_.append((i, _arabic_keys(t.term), re.compile(_arabic_term_core(t.term))))
        else:
            key = max(words_, key=len).lower()
            english.append((i, key, _english_term_pattern(t.term)))
    return _InclusiveMatcher(tuple(english), tuple(arabic_))


# id(terms) -> (terms, matcher): the lru_cache above hashes every term on each call.
_MATCHERS: dict[int, tuple[tuple[InclusiveTerm, ...], _InclusiveMatcher]] = {}


def _matcher_for(terms: tuple[InclusiveTerm, ...]) -> _InclusiveMatcher:
    entry = _MATCHERS.get(id(terms))
    if entry is not None and entry[0] is terms:
        return entry[1]
    matcher = _inclusive_matcher(terms)
    if len(_MATCHERS) >= 16:
        _MATCHERS.clear()
    _MATCHERS[id(terms)] = (terms, matcher)
    return matcher


def _arabic_prefix_start(text: str, s: int) -> int | None:
    """Where the word of an Arabic term found at ``s`` starts (its clitics included), or None
    when the term is inside another word."""
    for k in _AR_PREFIX_LENGTHS:
        if k > s:
            continue
        if text[s - k : s] in _AR_PREFIXES and (s - k == 0 or not _letter_at(text, s - k - 1)):
            return s - k
    return None


def _terms_in_piece(matcher: _InclusiveMatcher, text: str) -> tuple[frozenset[int], frozenset[int]]:
    lower = text.lower()
    english = frozenset(i for i, key, _ in matcher.english if key in lower)
    bare = _AR_MARKS.sub("", text) if _AR_MARKS.search(text) else text
    arabic_ = frozenset(i for i, keys, _ in matcher.arabic if any(key in bare for key in keys))
    return english, arabic_


def _terms_in(matcher: _InclusiveMatcher, text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The English terms whose key is in ``text`` (lower case) and the Arabic terms one of whose
    keys is in it (without harakat or tatweel). A key holds no whitespace, so it is inside one
    piece of the text (:mod:`app.core.textpieces`), and lower-casing and removing marks piece by
    piece give the same characters as on the whole text (a piece ends in whitespace, which
    stops the look around a final sigma as the end of the string does)."""
    if len(text) <= SHORT:
        return _terms_in_piece(matcher, text)
    seen = matcher.seen
    if len(seen) > 4096:
        seen.clear()
    english: set[int] = set()
    arabic_: set[int] = set()
    for piece in pieces(text):
        found = seen.get(piece)
        if found is None:
            found = seen[piece] = _terms_in_piece(matcher, piece)
        english |= found[0]
        arabic_ |= found[1]
    return frozenset(english), frozenset(arabic_)


def rule_inclusive(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    matcher = _matcher_for(house.inclusive_terms)
    text = scan.text
    found: list[tuple[int, int, int]] = []
    english_in, arabic_in = _terms_in(matcher, text)
    if matcher.english:
        for i, _, pattern in matcher.english:
            if i in english_in:
                found.extend((m.start(), m.end(), i) for m in pattern.finditer(text))
    if matcher.arabic and scan.has_arabic:
        for i, _, pattern in matcher.arabic:
            if i not in arabic_in:
                continue
            for m in pattern.finditer(text):
                start = _arabic_prefix_start(text, m.start())
                if start is not None:
                    found.append((start, m.end(), i))
    for s, e, i in sorted(found):
        term = house.inclusive_terms[i]
        yield Hit(
            "GOV-INCL-1",
            WARNING,
            "term",
            s,
            e,
            f'Prefer "{term.suggestion}" to "{text[s:e]}"',
            None,
            {"term": term.term, "suggestion": term.suggestion, "text": text[s:e]},
        )


# --- alt text only: A11Y-ALT-3/4/6 ----------------------------------------------------------------

_IMAGE_OF_EN = regex.compile(
    r"^\s*((an?\s+)?(image|picture|photo|graphic|pic)\s+(of|showing)\b)", regex.IGNORECASE
)
_IMAGE_OF_AR = regex.compile(r"^\s*((صورة|صوره|رسمة|رسم|لقطة)\s+(لـ?|عن|تظهر|يظهر|توضح|تبين))")
_FILENAME = regex.compile(r"\.(jpe?g|png|gif|webp|heic)\b", regex.IGNORECASE)
_PLACEHOLDER = regex.compile(r"^(img|dsc|image|screenshot)[_\- ]?\d+", regex.IGNORECASE)


def rule_alt_text(scan: Scan, lang: str, house: HouseRules) -> Iterator[Hit]:
    text = scan.text
    for pattern in (_IMAGE_OF_EN, _IMAGE_OF_AR):
        m = pattern.search(text)
        if m:
            yield Hit(
                "A11Y-ALT-3",
                WARNING,
                "image_of",
                m.start(1),
                m.end(1),
                f'Start with what the image shows, not "{m.group(1)}": screen readers '
                "already say it is an image",
                None,
                {"text": m.group(1)},
            )
    for pattern, code in ((_FILENAME, "filename"), (_PLACEHOLDER, "placeholder")):
        m = pattern.search(text)
        if m:
            yield Hit(
                "A11Y-ALT-4",
                WARNING,
                code,
                m.start(),
                m.end(),
                "The alt text looks like a file name: describe the image",
                None,
                {"text": m.group()},
            )
    found = arabic.dominant_script(text)
    if found is not None and found != lang:
        s, e = _trim(text, 0, len(text))
        yield Hit(
            "A11Y-ALT-6",
            WARNING,
            "wrong_language",
            s,
            e,
            "The Arabic alt text is mostly in Latin letters"
            if lang == "ar"
            else "The English alt text is mostly in Arabic letters",
            None,
            {"expected": lang, "found": found},
        )


POST_RULES: tuple[Rule, ...] = (
    rule_hashtags,
    rule_emoji,
    rule_caps,
    rule_fancy,
    rule_links,
    rule_plain,
    rule_readability,
    rule_tatweel,
    rule_presentation,
    rule_diacritics,
    rule_bidi_start,
    rule_bidi_pieces,
    rule_bidi_controls,
    rule_digits,
    rule_punctuation,
    rule_personal_data,
    rule_inclusive,
)

ALT_RULES: tuple[Rule, ...] = (
    rule_alt_text,
    rule_caps,
    rule_fancy,
    rule_tatweel,
    rule_presentation,
    rule_diacritics,
    rule_bidi_controls,
    rule_digits,
    rule_personal_data,
    rule_inclusive,
)


def text_hits(scan: Scan, lang: str, kind: str, house: HouseRules) -> list[Hit]:
    """Every hit of the post (``kind="post"``) or alt-text (``"alt"``) rules on a scanned text."""
    hits: list[Hit] = []
    if not scan.text.strip():
        return hits
    for rule in POST_RULES if kind == "post" else ALT_RULES:
        hits.extend(rule(scan, lang, house))
    return hits
