"""Sentence bounds for stored mentions: a small, robust splitter for German, Spanish and English news.

The store keeps, with every mention, the sentence that names the place and that sentence's offset in
the article text, so the dashboard can quote it with the name highlighted. The splitter only has to
be good enough for quoting: it never loses text, never raises, and errs towards longer sentences.

A boundary is a blank line or a line break, or sentence punctuation (``.``, ``!``, ``?``, ``…``,
optionally followed by closing quotes or brackets) followed by white space, unless the word before a
full stop is an abbreviation (``Dr.``, ``z.``, ``EE.``), a single letter (``U.S.``) or a number (the
German ordinal in ``am 5. November``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Sentences longer than this are cut to a window around the mention when quoted.
MAX_SENTENCE = 400

# Lower-cased words that end with a full stop without ending the sentence (de, es, en).
_ABBREVIATIONS = frozenset(
    str.split("""
    dr prof mr mrs ms st sr sra srta dra ing lic gen col lt sgt capt gov sen rep pres
    jr vs etc ca bzw usw vgl ggf evtl inkl ggü nr no núm tel abs art bd hrsg jh jhd mio mrd
    z b d h u a o ä s v e g i co inc ltd corp dept univ approx est fig op cit al
    ee uu ud uds av avda pág págs aprox cía
    jan feb mär apr jun jul aug sep sept okt oct nov dez dec ene abr ago dic
    """)
)

_BREAK = re.compile(r"\n\s*\n|\n|(?<=[.!?…])([\"'”’“‘»«›‹)\]]*)\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and its offset in the article text."""

    start: int
    end: int
    text: str


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at ``text[stop]`` follows an abbreviation, an initial or a number."""
    begin = stop
    while begin > 0 and (text[begin - 1].isalnum()):
        begin -= 1
    word = text[begin:stop]
    if not word:
        return False
    if word.isdigit():
        # "am 5. November", "el 1. de": an ordinal; but a year or a long number ends sentences.
        return len(word) <= 2
    return len(word) == 1 or word.lower() in _ABBREVIATIONS


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every sentence of ``text``, stripped of surrounding white space.

    The spans are in order, do not overlap, and together cover every non-space character.
    """
    bounds: list[tuple[int, int]] = []
    begin = 0
    for match in _BREAK.finditer(text):
        cut = match.end(1) if match.group(1) is not None else match.start()
        if "\n" not in match.group(0):
            stop = cut - 1
            while stop >= 0 and text[stop] not in ".!?…":
                stop -= 1  # step back over closing quotes and brackets
            if stop >= 0 and text[stop] == "." and _ends_with_abbreviation(text, stop):
                continue
            following = text[match.end() : match.end() + 1]
            if following and following.islower():
                continue  # "etc. and", "S.A. de": a lower-case word does not start a sentence
        bounds.append((begin, cut))
        begin = match.end()
    bounds.append((begin, len(text)))
    stripped: list[tuple[int, int]] = []
    for start, end in bounds:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            stripped.append((start, end))
    return stripped


class Sentences:
    """The sentences of one text, for looking up the sentence of many mentions quickly."""

    __slots__ = ("bounds", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = sentence_bounds(text)
        self.starts = [start for start, _ in self.bounds]

    def around(self, start: int, end: int) -> Sentence:
        """The sentence that holds ``text[start:end]``, cut to about :data:`MAX_SENTENCE` characters.

        A mention that crosses a boundary gets every sentence it touches.
        """
        text, bounds = self.text, self.bounds
        i = bisect.bisect_right(self.starts, start) - 1  # the last sentence starting at or before
        first = bounds[i][0] if i >= 0 and start < bounds[i][1] else start
        j = bisect.bisect_left(self.starts, end) - 1  # the last sentence starting before the end
        last = bounds[j][1] if j >= 0 and end <= bounds[j][1] else end
        first = min(first, start)
        last = max(last, end)
        if last - first > MAX_SENTENCE:
            # Keep a window centred on the mention and snap it to white space so no word is cut.
            room = max(MAX_SENTENCE - (end - start), 0) // 2
            left = max(first, start - room)
            right = min(last, end + room)
            if left > first:
                space = text.find(" ", left, start)
                left = space + 1 if space != -1 else left
            if right < last:
                space = text.rfind(" ", end, right)
                right = space if space != -1 else right
            first, last = left, right
        return Sentence(first, last, text[first:last])


def sentence_around(text: str, start: int, end: int) -> Sentence:
    """The sentence that holds ``text[start:end]`` (see :meth:`Sentences.around`)."""
    return Sentences(text).around(start, end)
