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
