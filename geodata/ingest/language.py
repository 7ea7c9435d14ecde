"""Which language an article is written in, when its source does not say (py3langid)."""

from __future__ import annotations

import functools
import re
from typing import Any

#: Below this many letters a guess is noise ("Hola" scores as Serbian).
MIN_LETTERS = 20
#: Below this many words, likewise.
MIN_WORDS = 3
#: py3langid's normalised probability under which the answer is "don't know".
MIN_PROBABILITY = 0.25
#: Only the head of a long text is needed to tell its language.
MAX_CHARS = 5_000

_WORD = re.compile(r"[^\W\d_]{2,}")


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loaded once per process on first use (4.5 MB model), never at import time.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or ``None`` when there is too little text
    (fewer than 20 letters or 3 words) or the guess is too unsure to use."""
    head = text[:MAX_CHARS]
    letters = sum(ch.isalpha() for ch in head)
    if letters < MIN_LETTERS or len(_WORD.findall(head)) < MIN_WORDS:
        return None
    code, probability = _identifier().classify(head)
    if probability < MIN_PROBABILITY or code == "zxx":
        return None
    return str(code)
