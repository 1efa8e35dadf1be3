"""clean_text (normalizers/text.py): the texts that need no substitution skip them and come out the same."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.text import _clean_text, clean_text, fold_cedilla, fold_key, mend_legacy_letters


def _reference_clean_text(text: str) -> str:
    """_clean_text with its three substitutions always made."""
    text = mend_legacy_letters(fold_cedilla(text))
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


def test_paragraphs_are_remembered_apart_and_a_whole_document_is_not():
    import normalizers.text as text
    from normalizers.text import _fold_key, clean_text, fold_key

    def long_cache(fn):
        caches = [c.cell_contents for c in fn.__closure__ if hasattr(c.cell_contents, "cache_info")]
        return next(c for c in caches if c.cache_info().maxsize == text._LONG_CACHE_SIZE)

    paragraph = "Direcția  Generală\u00a0de Asistență ş " * 20  # ~700 characters: above the short texts' limit
    document = "x  " * (text._LONG_CACHE_MAX_CHARS // 3 + 10)
    before = long_cache(clean_text).cache_info()
    first = clean_text(paragraph)
    assert clean_text(paragraph) == first == _clean_text(paragraph)  # the same answer, remembered or not
    assert fold_key(paragraph) == fold_key(paragraph) == _fold_key(paragraph)
    after = long_cache(clean_text).cache_info()
    assert after.hits == before.hits + 1 and after.currsize >= 1
    assert clean_text(document) == _clean_text(document)
    assert long_cache(clean_text).cache_info().misses == after.misses  # a document-sized text is not remembered


@pytest.mark.parametrize("legacy, mended", [
    ("Direcþia Generalã de Asistenþã Socialã ºi Protecþia Copilului", "Direcția Generală de Asistență Socială și "
                                                                       "Protecția Copilului"),
    ("Consiliul Judeþean Vrancea, municipiul Focºani", "Consiliul Județean Vrancea, municipiul Focșani"),
    ("ªCOALA ÞÃRANI", "ȘCOALA ȚĂRANI"),
    ("nr. 1º, 2ª ediție, 30º C", "nr. 1º, 2ª ediție, 30º C"),  # ordinals and degrees beside figures stay
])
def test_letters_of_pre_unicode_romanian_fonts_are_mended(legacy: str, mended: str):
    assert clean_text(legacy) == mended


def test_a_text_of_legacy_letters_folds_to_the_key_of_the_right_one():
    assert fold_key("Direcþia de Asistenþã Socialã Focºani") == fold_key("Direcția de Asistență Socială Focșani")
