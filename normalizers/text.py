"""Text normalisation: NFC, comma-below diacritics, the letters of pre-Unicode Romanian fonts, whitespace, and a
folded key for matching.

Pure functions; the contract stores text NFC with ș ț (comma below), never ş ţ (cedilla).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Characters that stand for spaces or nothing in exported documents.
_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00]")
_MULTI_SPACE = re.compile(r" {2,}")


_CEDILLA_PAIRS = (("ş", "ș"), ("ţ", "ț"), ("Ş", "Ș"), ("Ţ", "Ț"))
# clean_text and fold_key are asked about the same cells, labels and words over and over (every rule that matches
# vocabulary reads the text it is given through them): short texts are remembered, many of them
_CACHE_MAX_CHARS = 400
_CACHE_SIZE = 1 << 14
# paragraphs too are read through them by several stages in turn (sections, records, prose: the report PDF's 182
# paragraphs were cleaned ~10 times each): the last ones are remembered apart, few, so that the memory they hold
# stays small (at most _LONG_CACHE_SIZE results of up to _LONG_CACHE_MAX_CHARS characters per function); a longer
# text (a whole document) is never remembered
_LONG_CACHE_MAX_CHARS = 20_000
_LONG_CACHE_SIZE = 1 << 8


def fold_cedilla(text: str) -> str:
    """ş ţ Ş Ţ (cedilla) → ș ț Ș Ț (comma below), also when written as a letter + combining cedilla."""
    if text.isascii():  # most strings: NFC and the cedilla forms leave ASCII unchanged
        return text
    text = unicodedata.normalize("NFC", text)
    if "\u0327" in text:
        text = text.replace("s\u0327", "ș").replace("t\u0327", "ț").replace("S\u0327", "Ș").replace("T\u0327", "Ț")
    for cedilla, comma in _CEDILLA_PAIRS:  # str.replace: much faster than str.translate with a dict
        if cedilla in text:
            text = text.replace(cedilla, comma)
    return text


# Romanian letters typed in the 8-bit "RO"/"CE" fonts of the 1990s and 2000s sit on the code points of ã Ã þ Þ º ª,
# and text taken from such documents still shows them ("Asistenþã socialã", "Focºani"): ă Ă ț Ț ș Ș
_LEGACY_LETTERS = (("ã", "ă"), ("Ã", "Ă"), ("þ", "ț"), ("Þ", "Ț"))
# º ª are also ordinal indicators ("1º"): only a letter beside them makes them ș Ș
_LEGACY_ORDINAL = re.compile(r"(?<=[^\W\d_])[ºª]|[ºª](?=[^\W\d_])")
_LEGACY_ANY = re.compile("[ãÃþÞºª]")


def mend_legacy_letters(text: str) -> str:
    """The Romanian letters of a pre-Unicode font put back (see _LEGACY_LETTERS)."""
    if text.isascii() or not _LEGACY_ANY.search(text):
        return text
    for legacy, letter in _LEGACY_LETTERS:
        if legacy in text:
            text = text.replace(legacy, letter)
    return _LEGACY_ORDINAL.sub(lambda m: "ș" if m.group() == "º" else "Ș", text)


# any character the three substitutions of _clean_text would change (most texts hold none: one search instead)
_NEEDS_CLEANING = re.compile(_INVISIBLE.pattern + "|" + _SPACE_LIKE.pattern + "| {2}")


def _clean_text(text: str) -> str:
    text = mend_legacy_letters(fold_cedilla(text))
    if not _NEEDS_CLEANING.search(text):
        return text.strip()
    text = _INVISIBLE.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    return _MULTI_SPACE.sub(" ", text).strip()


def _remembering_short_texts(compute: Callable[[str], str], name: str, doc: str) -> Callable[[str | None], str]:
    """``compute`` as the public function ``name``: "" for no text, short texts and the last paragraphs remembered
    (see _CACHE_MAX_CHARS, _LONG_CACHE_MAX_CHARS)."""
    cached = lru_cache(maxsize=_CACHE_SIZE)(compute)
    cached_long = lru_cache(maxsize=_LONG_CACHE_SIZE)(compute)

    def text_function(text: str | None) -> str:
        if not text:
            return ""
        if type(text) is not str:
            return compute(text)
        if len(text) > _CACHE_MAX_CHARS:
            return cached_long(text) if len(text) <= _LONG_CACHE_MAX_CHARS else compute(text)
        return cached(text)

    text_function.__name__ = text_function.__qualname__ = name
    text_function.__doc__ = doc
    return text_function


clean_text = _remembering_short_texts(
    _clean_text, "clean_text",
    "NFC, comma-below diacritics, invisible characters removed, whitespace collapsed and trimmed.")


class _CombiningMarks(dict):
    """``str.translate`` table that deletes every combining mark (``unicodedata.combining(ch) != 0``) and keeps
    every other character, filled in as characters are met (there are thousands of combining marks in Unicode,
    a document uses a handful of characters)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _CombiningMarks()


def strip_diacritics(text: str) -> str:
    """ă â î ș ț → a a i s t (and any other combining mark removed)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFD", mend_legacy_letters(fold_cedilla(text))).translate(_DROP_COMBINING)


_NOT_KEY = re.compile(r"[^0-9a-z]+")


def _fold_key(text: str) -> str:
    s = strip_diacritics(text).lower()
    return _NOT_KEY.sub(" ", s).strip()


fold_key = _remembering_short_texts(
    _fold_key, "fold_key",
    "Lower-case, diacritics-free, punctuation-as-space key for matching (never stored as data).")


def none_if_empty(text: str | None) -> str | None:
    cleaned = clean_text(text)
    return cleaned or None
