"""clean_text (normalizers/text.py): the texts that need no substitution skip them and come out the same."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.text import _clean_text, fold_cedilla


def _reference_clean_text(text: str) -> str:
    """_clean_text with its three substitutions always made."""
    text = fold_cedilla(text)
    text = re.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00]", "", text)
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]+", " ", text)
    return re.sub(r" {2,}", " ", text).strip()


_ODD = st.sampled_from(["\u200b", "\u00ad", "\x00", "\ufeff", "\u00a0", "\u2003", "\t", "\n", "\r", "  ", " ", "ş",
                        "t\u0327", "a", "Ă", "1.300", "-", "\u3000", "\x0b", "\x1c", "\u2028", "\u0085"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ODD, max_size=10))
def test_clean_text_as_with_every_substitution(pieces):
    text = "".join(pieces)
    assert _clean_text(text) == _reference_clean_text(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=40))
def test_any_text_cleaned_as_with_every_substitution(text):
    assert _clean_text(text) == _reference_clean_text(text)


def test_a_text_without_odd_characters_is_only_trimmed():
    assert _clean_text("  Asociația  X ") == "Asociația X"
    assert _clean_text(" Centrul de zi ") == "Centrul de zi"
