"""The words of a document's text layer, to tell a word broken for lack of room from two words.

A narrow ruleless column's words are set in pieces where they do not fit ("recu" / "perare"), and its lines wrap
between words too ("Identificarea" / "persoanelor"): the geometry of one cell cannot always tell the two apart
(:mod:`._pdf_breaks`). The rest of the document can: a broken word is set whole elsewhere ("recuperare" in a
paragraph), its pieces are no words of their own; two words each stand on their own elsewhere, mid-line, and
their joined form nowhere. The vocabulary is built once per document, before its tables, from every page's lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.readers._pdf_layout import _SHORT_WORDS, Line

_LETTERS = re.compile(r"[^\W\d_]+")
_HEAD = re.compile(r"[^\W\d_]+$")  # the letters ending a line's last word: a broken word's first piece
_TAIL = re.compile(r"^[^\W\d_]+")  # the letters starting the next line's first word: its last piece


@dataclass(frozen=True)
class VocabularySettings:
    # em: words closer than this on a line are neighbours (a word space); a table's gutter is wider
    space: float = 0.6
    # em: and farther apart than this less than nothing (words overlapping are on two lines of the page the
    # grouping took for one: cells of two rows set a little apart)
    overlap: float = 0.1
    # letters: pieces at least this long, one of them used on its own elsewhere, are two words when their joined
    # form is none (a word's piece of a letter or two, "ul", "a", "ți", may be a word of its own by chance)
    word_letters: int = 4
    # letters: a lower-case piece this short that the text never writes as a word of its own is a word's ending
    # ("Contribuț" / "ii"); the language's short words ("de", "cu", "o") are words though the text has them once
    ending_letters: int = 2


VOCABULARY = VocabularySettings()


@dataclass(frozen=True)
class Vocabulary:
    """The document's words (case-folded letter runs) and those seen on their own: with a word before them on
    their line (``led``: no line's first piece) or after them (``followed``: no line's last piece). A broken word's
    pieces stand at a line's end and the next line's start only."""
    words: frozenset[str] = field(default_factory=frozenset)
    led: frozenset[str] = field(default_factory=frozenset)
    followed: frozenset[str] = field(default_factory=frozenset)
    s: VocabularySettings = VOCABULARY
    # the runs written in lower case with a word before them on their line (a code's capitals, "CR-V-II", no word)
    led_lower: frozenset[str] = field(default_factory=frozenset)

    def joins(self, heads: list[str], tails: list[str]) -> bool | None:
        """Whether the text ending ``heads[0]`` (the line's last word) goes on with the one starting ``tails[0]``
        (the next line's first word) without a space: True when a joined form is a word of the document and a
        piece is none of its own, False when both pieces are words of their own and no joined form is, None when
        the document does not say (the geometry decides). Both pieces are words of the text layer (they are set
        there); used on its own is used mid-line, where no piece of a broken word stands. A line wrapped between
        two words whose first is used nowhere else ("Identificarea" / "persoanelor") is told by the other: two
        pieces of ``word_letters`` or more, one used on its own, are two words unless their joined form is one.
        A lower-case piece of ``ending_letters`` or fewer that the text never writes as a word, after a piece
        never followed by a word, is a word's ending ("Contribuț" / "ii"), though the whole word is written
        nowhere else. ``heads[1:]``, ``tails[1:]``: the same pieces with the lines' neighbours they may go on with (a word in
        three pieces: "n" / "euromot" / "orie")."""
        head, tail = _HEAD.search(heads[0]), _TAIL.match(tails[0])
        if head is None or tail is None:
            return None
        a, b = head.group().casefold(), tail.group().casefold()
        lefts = [a] + [m.group().casefold() for t in heads[1:] if (m := _HEAD.search(t))]
        rights = [b] + [m.group().casefold() for t in tails[1:] if (m := _TAIL.match(t))]
        known = any(x + y in self.words for x in lefts for y in rights)
        # (the pieces with their lines' neighbours count too: "zi" / "pent" / "ru" is "zi" and "pentru", each used
        # on its own, as "oane" / "adult" / "e" after "pers" is "persoane" and "adulte")
        alone = any(x in self.followed for x in lefts) and any(y in self.led for y in rights)
        if known:
            return None if alone else True
        long = min(len(a), len(b)) >= self.s.word_letters
        if alone or long and (a in self.followed or b in self.led):
            return False
        if len(b) <= self.s.ending_letters and tails[0][:1].islower() and b not in self.led_lower \
                and b not in _SHORT_WORDS and a not in self.followed:
            return True  # a word's ending, whose whole form the text writes nowhere else
        return None

    def writes(self, text: str) -> bool:
        """Every letter run of ``text`` is a word of the document ("principală" for "prin" / "cipală")."""
        runs = _LETTERS.findall(text)
        return bool(runs) and all(r.casefold() in self.words for r in runs)


NO_VOCABULARY = Vocabulary()


def vocabulary(lines: list[Line], s: VocabularySettings = VOCABULARY) -> Vocabulary:
    """The vocabulary of a document's ``lines`` (every page's)."""
    words: set[str] = set()
    led: set[str] = set()
    followed: set[str] = set()
    led_lower: set[str] = set()
    for ln in lines:
        ws = sorted(ln.words, key=lambda w: w.x0)
        for i, w in enumerate(ws):
            runs = [r.casefold() for r in _LETTERS.findall(w.text)]
            if not runs:
                continue
            words.update(runs)
            size = max(w.size, 1.0)
            before = i > 0 and -s.overlap * size < w.x0 - ws[i - 1].x1 < s.space * size
            after = i + 1 < len(ws) and -s.overlap * size < ws[i + 1].x0 - w.x1 < s.space * size
            # (runs inside one word, "Instituția/organizația", are neighbours too)
            led_runs = runs[1:] + (runs[:1] if before else [])
            led.update(led_runs)
            written = _LETTERS.findall(w.text)
            led_lower.update(r.casefold() for r in written[1:] + (written[:1] if before else []) if r.islower())
            followed.update(runs[:-1] + (runs[-1:] if after else []))
    return Vocabulary(frozenset(words), frozenset(led), frozenset(followed), s, frozenset(led_lower))
