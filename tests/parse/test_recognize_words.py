"""The word-boundary helpers recognition and the kind rules share."""

from __future__ import annotations

from geodata.parse.words import word_after, word_before


def test_word_before_skips_spaces_but_not_punctuation() -> None:
    text = "near  Baden-Baden, AT&T Park"
    assert word_before(text, text.index(",")) == ("Baden-Baden", 6)
    assert word_before(text, text.index("Park")) == ("AT&T", 19)
    assert word_before(text, text.index("AT")) == ("", -1)  # a comma comes first
    assert word_before("Essen", 0) == ("", -1)


def test_word_before_takes_the_joiners_it_is_given() -> None:
    text = "AT&T Park"
    assert word_before(text, 5, joiners="-'’.") == ("T", 3)


def test_word_after_cuts_a_final_stop_and_may_need_one_space() -> None:
    text = "Peoria  AZ. Then"
    assert word_after(text, 6) == ("AZ", 8)
    assert word_after(text, 6, one_space=True) == ("", -1)  # two spaces
    assert word_after("in 2009", 2, one_space=True) == ("", -1)  # a number, not a word
    assert word_after("in 2009", 2) == ("2009", 3)
    assert word_after("Texas,", 5) == ("", -1)
