"""Language identification by common words: the fast first try before py3langid.

A naive Bayes model over words: each language wordfreq has a list for scores a text by the
frequencies its list gives the text's lower-case words (the commonest :data:`TOP_WORDS` of every
language make up the vocabulary; a word missing from a language's list gets :data:`FLOOR`). It
answers only when it is sure: enough known words, a wide lead of the best language over the
second, and enough of the text's words among the best language's commonest ones. Otherwise it
says nothing and :mod:`geodata.parse.language` asks py3langid, which walks every byte of the
text through a 28 MB table: several times slower, and its random reads push the parser's own
data out of the CPU caches.

The model is built from wordfreq's lists on first use (under a second) and cached as a small
``.npz`` file under :func:`geodata.config.cache_dir`, named by wordfreq's version and the
settings below.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from geodata.config import atomic_file, cache_dir

logger = logging.getLogger(__name__)

#: How many of each language's commonest words the model knows.
TOP_WORDS = 300

#: Frequency given to a word that a language's list lacks.
FLOOR = 1e-7

#: How much of a text the model reads: its head nearly always decides the language. It reads
#: the first size, and the second when the first leaves doubt (a name-heavy opening).
CHARS: tuple[int, ...] = (150, 300)

#: Fewest known words for an answer.
MIN_WORDS = 5

#: Lead of the best language's log10 likelihood over the second's for an answer: the text is
#: 100,000 times likelier in it.
MARGIN = 5.0

#: Share of the text's lower-case words that must be among the best language's commonest
#: :data:`TOP_WORDS`: text in a language without a list (Welsh, Basque) knows only a few words
#: that happen to be spelled like another language's ("y", "a", "o"), and is left to py3langid.
MIN_SHARE = 0.3

#: Bump when the model's layout or the way it is built changes.
FORMAT = 1

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Model:
    """Word-unigram log10 frequencies: ``logp[i, j]`` of ``words[i]`` in ``langs[j]``, and
    ``top[i, j]`` when that word is among the commonest :data:`TOP_WORDS` of that language."""

    langs: tuple[str, ...]
    index: dict[str, int]
    logp: np.ndarray
    top: np.ndarray

    @classmethod
    def build(cls) -> Model:
        """The model from wordfreq's ``small`` lists of every language it has."""
        import wordfreq

        langs = tuple(sorted(wordfreq.available_languages("small")))
        freqs = {lang: wordfreq.get_frequency_dict(lang, "small") for lang in langs}
        tops = {lang: wordfreq.top_n_list(lang, TOP_WORDS, "small") for lang in langs}
        words = sorted({w for top in tops.values() for w in top if w.isalpha()})
        logp = np.array(
            [[math.log10(max(freqs[lang].get(w, 0.0), FLOOR)) for lang in langs] for w in words],
            dtype=np.float32,
        )
        top_sets = [set(tops[lang]) for lang in langs]
        top = np.array([[w in s for s in top_sets] for w in words], dtype=bool)
        return cls(langs, {w: i for i, w in enumerate(words)}, logp, top)

    def save(self, path: Path) -> None:
        """Write the model to ``path`` atomically: processes building it at once do not meet."""
        words = sorted(self.index, key=self.index.__getitem__)
        with atomic_file(path) as file:
            np.savez(
                file,
                langs=np.array(self.langs),
                words=np.array(words),
                logp=self.logp,
                top=self.top,
            )

    @classmethod
    def load(cls, path: Path) -> Model:
        with open(path, "rb") as file, np.load(file, allow_pickle=False) as data:
            words = data["words"].tolist()
            langs = tuple(data["langs"].tolist())
            logp, top = data["logp"], data["top"]
        shape = (len(words), len(langs))
        if logp.shape != shape or top.shape != shape:
            raise ValueError(f"tables of shape {logp.shape} and {top.shape}, expected {shape}")
        return cls(langs, {w: i for i, w in enumerate(words)}, logp, top)

    def identify(self, text: str) -> str | None:
        """The language of ``text``'s head when the words leave no doubt, else None."""
        for size in CHARS:
            head = text[:size]
            if len(text) > size:
                kept = head.rsplit(None, 1)  # no word cut in two
                head = kept[0] if len(kept) == 2 else ""
            found = self._identify(head)
            if found is not None or len(text) <= size:
                return found
        return None

    def _identify(self, head: str) -> str | None:
        if head.isupper():  # a headline in capitals
            head = head.lower()
        words = [w for w in _WORD.findall(head) if w.islower()]  # names say little
        get = self.index.get
        rows = [i for w in words if (i := get(w)) is not None]
        if len(rows) < MIN_WORDS:
            return None
        scores = self.logp[rows].sum(axis=0)
        second, best = np.argpartition(scores, -2)[-2:]
        if scores[best] - scores[second] < MARGIN:
            return None
        if np.count_nonzero(self.top[rows, best]) < MIN_SHARE * len(words):
            return None
        return self.langs[int(best)]


def _cache_path() -> Path:
    digest = hashlib.sha256(
        f"{FORMAT} {version('wordfreq')} {TOP_WORDS} {FLOOR}".encode()
    ).hexdigest()[:16]
    return cache_dir() / f"wordlang-{digest}.npz"


@functools.cache
def model() -> Model:
    """The process's model: from its cache, built (and cached) on first use."""
    path = _cache_path()
    try:
        return Model.load(path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as err:
        logger.warning("word language model cache %s is unreadable (%r): rebuilding it", path, err)
    built = Model.build()
    try:
        built.save(path)
    except OSError as err:
        logger.warning("could not cache the word language model at %s: %r", path, err)
    return built


def identify(text: str) -> str | None:
    """The language of ``text`` when its common words leave no doubt (see the module), else None."""
    return model().identify(text)
