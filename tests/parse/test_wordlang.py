"""The common-word language model: it answers only when sure, and leaves the rest to py3langid."""

from __future__ import annotations

import pytest

from geodata.parse import language, wordlang

WELSH = (
    "Cyhoeddodd y llywodraeth ddydd Llun gymorth newydd i ffermwyr yn y gogledd. Dywedodd y "
    "gweinidog y bydd yr arian yn cael ei dalu yn yr wythnosau nesaf a bod y sychder wedi achosi "
    "llawer o ddifrod i gnydau ar draws y wlad. "
) * 3

GALICIAN = (
    "O goberno galego anunciou onte novas axudas para os agricultores da provincia de Lugo, que "
    "sufriron moitas perdas coa seca deste verán. A conselleira dixo que as axudas chegarán nas "
    "próximas semanas e que tamén haberá cartos para as cooperativas. "
) * 3

BOKMAAL = (
    "Regjeringen kunngjorde mandag ny hjelp til bønder i nord. Ministeren sa at pengene vil bli "
    "utbetalt i løpet av de neste ukene, og at tørken har gjort stor skade på avlingene i hele "
    "landet. "
) * 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung kündigte am Montag neue Hilfen für die Landwirte im Norden an.", "de"),
        ("El gobierno anunció el lunes nuevas ayudas para los agricultores del norte.", "es"),
        ("The government announced new aid for the farmers in the north on Monday.", "en"),
        ("Le gouvernement a annoncé lundi de nouvelles aides pour les agriculteurs du nord.", "fr"),
        ("Il governo ha annunciato lunedì nuovi aiuti per gli agricoltori del nord.", "it"),
    ],
)
def test_plain_sentences(text: str, lang: str) -> None:
    assert wordlang.identify(text) == lang


def test_too_few_common_words_give_no_answer() -> None:
    assert wordlang.identify("Madrid , 23 may ( EFE ) .") is None
    assert wordlang.identify("Xiangtan, Baishi, Shigu, Longkou, Wentang, Caojia, Dafu.") is None


def test_capitalised_names_do_not_count() -> None:
    # Spanish articles inside place names say nothing about the language around them
    text = (
        "Las Cruces, Las Vegas, Los Alamos, Los Lunas, La Mesa, La Jolla, El Paso, "
        "Las Palmas: the roads from Las Cruces to Los Alamos were closed for a day."
    )
    assert wordlang.identify(text) == "en"


def test_a_language_without_a_word_list_is_left_to_the_identifier() -> None:
    # a few Welsh words are spelled like Spanish ones ("y", "o"); most are unknown to the model
    assert wordlang.identify(WELSH) is None
    assert language.detect(WELSH) == "cy"


def test_a_close_relative_of_a_supported_language_is_left_to_the_identifier() -> None:
    # the model, which has no Galician list, reads Portuguese; the identifier knows better
    assert wordlang.identify(GALICIAN) == "pt"
    assert language.detect(GALICIAN) == "gl"
    assert not language.is_supported(language.detect(GALICIAN))


def test_norwegian_is_read_as_bokmaal() -> None:
    assert language._classify(BOKMAAL) == "nb"  # py3langid says "no"
    assert language._best_supported(BOKMAAL) == "nb"  # (the short-text fallback)
    assert language.detect(BOKMAAL) == "nb"
    assert language.is_supported(language.detect(BOKMAAL))


def test_supported_text_does_not_wake_the_identifier(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> str:
        raise AssertionError(f"py3langid asked about {text[:20]!r}")

    monkeypatch.setattr(language, "_classify", refuse)
    assert language.detect("Die Regierung in Berlin kündigte neue Hilfen an. " * 10) == "de"


def test_the_model_is_built_once_and_then_read_from_its_cache(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    wordlang.model.cache_clear()
    try:
        built = wordlang.model()
        assert wordlang._cache_path().is_file()
        wordlang.model.cache_clear()

        def refuse() -> wordlang.Model:
            raise AssertionError("rebuilt although cached")

        monkeypatch.setattr(wordlang.Model, "build", staticmethod(refuse))
        cached = wordlang.model()
        assert cached.langs == built.langs
        assert cached.index == built.index
        assert (cached.logp == built.logp).all()
        assert (cached.top == built.top).all()
    finally:
        wordlang.model.cache_clear()


@pytest.mark.parametrize("junk", [b"not a numpy archive", b"PK\x03\x04 truncated"])
def test_an_unreadable_cache_is_rebuilt(
    junk: bytes,
    tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    wordlang.model.cache_clear()
    try:
        wordlang._cache_path().write_bytes(junk)
        text = "The government announced new aid for the farmers in the north on Monday."
        assert wordlang.identify(text) == "en"
        assert "unreadable" in caplog.text
    finally:
        wordlang.model.cache_clear()


def test_a_given_norwegian_code_is_bokmaal() -> None:
    assert language.normalise("no") == "nb"
    assert language.normalise("nb-NO") == "nb"
    assert language.is_supported(language.normalise("no"))


def test_a_head_without_spaces_is_left_to_the_identifier() -> None:
    # the head of a long text is cut at its last space, so that no word is cut in two; one long
    # token has none, and the model does not guess from a piece of it
    assert wordlang.identify("x" * 400) is None
    words = "Die Regierung kündigte am Montag in der Hauptstadt neue Hilfen für Landwirte an.\n"
    assert wordlang.identify(words * 10) == "de"  # lines end in newlines, not spaces


def test_a_cache_of_the_wrong_shape_is_rebuilt(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    wordlang.model.cache_clear()
    try:
        model = wordlang.model()
        broken = wordlang.Model(model.langs, model.index, model.logp[:10], model.top[:10])
        broken.save(wordlang._cache_path())
        with pytest.raises(ValueError, match="shape"):
            wordlang.Model.load(wordlang._cache_path())
        wordlang.model.cache_clear()
        assert wordlang.model().logp.shape == model.logp.shape
    finally:
        wordlang.model.cache_clear()
