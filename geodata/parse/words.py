"""The word right before or right after a span of text: the neighbours recognition and the kind
rules look at ("in Essen", "Sinaloa-Kartell", "Washington said")."""

from __future__ import annotations

import re

#: Characters that join the parts of a word: "Baden-Baden", "O'Hare", "St.", "AT&T".
JOINERS = "-'’.&"

#: A word that begins with a letter or a digit; and one that begins with a letter.
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")

#: What is cut from a word's end: a full stop, an apostrophe or a hyphen that ends it.
_TRAILING = ".'’-"

#: How far after a span its next word is looked for.
WINDOW = 60


def word_before(text: str, start: int, *, joiners: str = JOINERS) -> tuple[str, int]:
    """The word right before ``start``, past spaces only (no punctuation between), and where it
    starts; ("", -1) when punctuation or the text's start comes first. ``joiners`` are the
    characters besides letters and digits a word may contain."""
    global _last_before
    last = _last_before
    if last[0] is text and last[1] == start and last[2] == joiners:
        return last[3]  # the kind rules ask one after another for the same word
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    j = i
    stop = max(-1, i - WINDOW)  # a chain of joined words ("A-B-C-...") is read only so far back
    while j > stop and (text[j].isalnum() or text[j] in joiners):
        j -= 1
    word = text[j + 1 : i + 1]
    found = (word, j + 1) if word else ("", -1)
    _last_before = (text, start, joiners, found)  # (one tuple: safe across threads)
    return found


#: The last answer of :func:`word_before`: (text, start, joiners, answer).
_last_before: tuple[str, int, str, tuple[str, int]] = ("", -1, "", ("", -1))


def word_after(text: str, end: int, *, one_space: bool = False) -> tuple[str, int]:
    """The word right after ``end``, past spaces only (no punctuation between), without a
    trailing full stop, apostrophe or hyphen, and where it starts; ("", -1) when punctuation or
    the text's end comes first. With ``one_space``, exactly one space must come between, and the
    word must begin with a letter ("US-Armee", "Peoria AZ", not "Washington 2009")."""
    if one_space:
        if end >= len(text) or text[end] != " ":
            return "", -1
        match = _LETTER_WORD.match(text, end + 1)
    else:
        i = end
        while i < len(text) and text[i] == " ":
            i += 1
        if i == end:
            return "", -1
        match = _WORD.match(text, i, i + WINDOW)
    if not match:
        return "", -1
    return match.group(0).rstrip(_TRAILING), match.start()
