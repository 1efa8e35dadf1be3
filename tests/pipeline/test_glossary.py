"""pipeline/data/glossary.json is what the docs say: warning levels and meanings, column meanings."""
import json

from pipeline.glossary import GLOSSARY_PATH, LEVELS, build, column_description, warning_info
from pipeline.schema import SCHEMAS


def test_glossary_json_is_regenerated_from_the_docs():
    # fails after an edit of docs/warnings.md or docs/DATASETS.md until `python -m pipeline.glossary` is run
    assert json.loads(GLOSSARY_PATH.read_text(encoding="utf-8")) == json.loads(json.dumps(build()))


def test_every_column_has_a_meaning():
    missing = [(d, f.name) for d, s in SCHEMAS.items() for f in s if not column_description(d, f.name)]
    assert missing == []


def test_contract_words_are_used_for_columns():
    assert column_description("services", "section") == "existing or proposed"
    assert column_description("totals", "unit") == "lei, persons, beneficiaries, other"  # listed in one line


def test_warning_levels_come_from_the_docs():
    assert warning_info("total_mismatch:3").level == "check"
    assert warning_info("row_joined").level == "info"
    assert warning_info("ambiguous_amount").level == "empty"
    assert warning_info("failed:corrupt_pdf").level == "error"
    assert "differs by more than 1 leu" in warning_info("total_mismatch").meaning
    unknown = warning_info("brand_new_code")
    assert unknown.level == "check" and not unknown.documented
    assert {warning_info(c).level for c in ("row_joined", "total_mismatch", "ambiguous_amount", "failed")} \
        == set(LEVELS)
