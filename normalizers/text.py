"""Text normalisation: NFC, comma-below diacritics, whitespace, and a folded key for matching.

Pure functions; the contract stores text NFC with ș ț (comma below), never ş ţ (cedilla).
"""
from __future__ import annotations

import re
import unicodedata

_CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})
# Characters that stand for spaces or nothing in exported documents.
_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00]")
_MULTI_SPACE = re.compile(r" {2,}")


def fold_cedilla(text: str) -> str:
    """ş ţ Ş Ţ (cedilla) → ș ț Ș Ț (comma below), also when written as a letter + combining cedilla."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("s\u0327", "ș").replace("t\u0327", "ț").replace("S\u0327", "Ș").replace("T\u0327", "Ț")
    return text.translate(_CEDILLA_TO_COMMA)


def clean_text(text: str | None) -> str:
    """NFC, comma-below diacritics, invisible characters removed, whitespace collapsed and trimmed."""
    if not text:
        return ""
    text = fold_cedilla(text)
    text = _INVISIBLE.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    return _MULTI_SPACE.sub(" ", text).strip()


def strip_diacritics(text: str) -> str:
    """ă â î ș ț → a a i s t (and any other combining mark removed)."""
    decomposed = unicodedata.normalize("NFD", fold_cedilla(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_key(text: str | None) -> str:
    """Lower-case, diacritics-free, punctuation-as-space key for matching (never stored as data)."""
    if not text:
        return ""
    s = strip_diacritics(text).lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return s.strip()


def none_if_empty(text: str | None) -> str | None:
    cleaned = clean_text(text)
    return cleaned or None
