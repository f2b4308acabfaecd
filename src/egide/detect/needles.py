"""Whether a text holds one of a few words: the prefilter that lets a recogniser skip most texts.

A substring search (``word in text``) reads the text once per word, some 1.2 µs per word on a
2,000-character note. A one-character word (« @ ») is still looked for with ``in``, which finds a
character with ``memchr``, thirty times faster. The other words are grouped by first letter into
one pattern per letter (« a(?:kia|sia|…) »): ``re`` skips from one such letter to the next, and one
pattern for eight words costs a quarter of eight substring searches. A single pattern for all the
words is slower: ``re`` would stop at every letter that starts some word. The words of a letter that
starts one or two of them only are looked for with ``in`` too: ``re`` steps to the letter one character
at a time, a substring search skips ahead (callgrind, the engine_speed prompts: with one word per letter
0.4 % of a prompt's instructions saved, with two 1.1 %, with three 0.7 %).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Up to this many words with one first letter are looked for with ``in``, more with one pattern.
_SEARCHED = 2


class Needles:
    """``any(word in text for word in words)``, in fewer passes over ``text``."""

    __slots__ = ("_characters", "_patterns", "_words", "spaceless")

    def __init__(self, words: Iterable[str]) -> None:
        groups: dict[str, dict[str, None]] = {}  # the rests of the words, by first character, once each
        characters: list[str] = []
        words = list(words)
        for word in words:
            if not word:
                raise ValueError("an empty needle would be found in every text")
            if len(word) == 1:
                characters.append(word)
            else:
                groups.setdefault(word[0], {})[word[1:]] = None
        self._characters = tuple(characters)
        # the words of a first letter that starts one or two of them, looked for with ``in`` (see the
        # module's docstring)
        self._words = tuple(
            first + rest for first, rests in groups.items() if len(rests) <= _SEARCHED for rest in rests
        )
        groups = {first: rests for first, rests in groups.items() if len(rests) > _SEARCHED}
        #: No word holds a white space: the answer is the same for a text and for its second reading
        #: (its line breaks read as spaces), see :meth:`egide.detect.document.Document.holds`.
        self.spaceless = not any(c.isspace() for word in words for c in word)
        self._patterns = tuple(
            re.compile(re.escape(first) + f"(?:{'|'.join(map(re.escape, rests))})")
            for first, rests in groups.items()
        )

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the words (case counts, as with ``in``)."""
        # loops rather than ``any(…)``: asked some thirty times per reading, mostly of short texts,
        # where making the two generators costs as much as the searches
        for c in self._characters:
            if c in text:
                return True
        for w in self._words:
            if w in text:
                return True
        for p in self._patterns:  # noqa: SIM110 (a loop: no generator, see above)
            if p.search(text) is not None:
                return True
        return False

    def starts(self, text: str) -> list[int]:
        """Every position where one of the words starts in ``text``, in order, overlapping ones too."""
        found: set[int] = set()
        for c in (*self._characters, *self._words):
            at = text.find(c)
            while at != -1:
                found.add(at)
                at = text.find(c, at + 1)
        for pattern in self._patterns:
            match = pattern.search(text)
            while match is not None:
                found.add(match.start())
                match = pattern.search(text, match.start() + 1)
        return sorted(found)
