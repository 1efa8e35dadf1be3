"""The lemmas shipped for the prose rules answer every counted-noun question as spaCy's whole lookup table does."""
import json

import pytest

from extractors.prose import lemmas
from extractors.prose.vocab import COUNTED


def _counted(table, text):
    lemma = table.get(text, text).lower()
    return lemma if lemma in COUNTED else None


@pytest.fixture(scope="module")
def full():
    table = lemmas.full_table()
    if not table:
        pytest.skip("spacy-lookups-data is not installed")
    return table


def test_the_kept_entries_answer_as_the_whole_table(full):
    kept = lemmas.counted_lemma_table()
    texts = list(full) + [v for v in full.values()] + [t.upper() for t in COUNTED] + list(COUNTED) + ["xyz", ""]
    assert [_counted(kept, t) for t in texts] == [_counted(full, t) for t in texts]
    assert len(kept) < len(full) // 100


def test_the_shipped_file_is_current(full):
    # when this fails, the counted nouns or the lookups package changed: run `python -m extractors.prose.lemmas`
    # (runs stay right meanwhile, only slower: the whole table is read again at start-up)
    shipped = json.loads(lemmas.LEMMAS_PATH.read_text(encoding="utf-8"))
    assert shipped["made_from"] == lemmas.source_stamp()
    assert shipped["lemmas"] == lemmas.counted_entries(full)


def test_a_stale_file_is_not_used(full, tmp_path, monkeypatch):
    stale = tmp_path / "counted_lemmas.json"
    stale.write_text(json.dumps({"made_from": "an older vocabulary", "lemmas": {"copii": "masă"}}), encoding="utf-8")
    monkeypatch.setattr(lemmas, "LEMMAS_PATH", stale)
    assert lemmas.counted_lemma_table() == lemmas.counted_entries(full)
    monkeypatch.setattr(lemmas, "LEMMAS_PATH", tmp_path / "missing.json")
    assert lemmas.counted_lemma_table() == lemmas.counted_entries(full)


def test_the_remembered_counted_lemma_answers_as_computed_afresh():
    # counted_lemma_of is remembered per text: it must depend on the text only (asked twice, in any order,
    # including texts whose lemma comes from the table, from a surface form, after a slash, or from nothing)
    from extractors.prose.nlp import _counted_form, _lemma_lookup, counted_lemma_of

    def fresh(text):
        lemma = _lemma_lookup().get(text, text).lower()
        if lemma in COUNTED:
            return lemma
        return _counted_form(text.split("/")[0] if "/" in text.strip("/") else text)

    texts = (list(lemmas.counted_lemma_table())[:300] + list(COUNTED) + [t.upper() for t in COUNTED]
             + ["copii/tineri", "/copii", "persoanele", "voluntarii", "beneficiari", "xyz", "", "de", "2021"])
    first = [counted_lemma_of(t) for t in texts]
    again = [counted_lemma_of(t) for t in reversed(texts)][::-1]
    assert first == again == [fresh(t) for t in texts]
    assert counted_lemma_of("copii/tineri") == counted_lemma_of("copii") is not None
