"""The prose Matcher's word tests are lexeme flags (speed only): it finds exactly the matches that the same rules
written as spaCy's REGEX/IN predicates and a ``_.counted`` token extension find."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.prose import figures, nlp as prose_nlp
from extractors.prose.vocab import MONEY_SCALE, NUMBER_WORDS

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

SENTENCES = [
    "În anul 2021 au fost acordate 1.250 de ajutoare sociale, iar 340 de persoane au beneficiat de servicii.",
    "Bugetul este de 1.234,50 mii lei, adică 12 mil lei; 269 lei/lună/beneficiar; 45 RON.",
    "Gradul de ocupare a fost de 87% (90 la sută în 2020), 3,5 % din total.",
    "douăzeci și cinci de copii, trei persoane vârstnice, zece voluntari și o familie",
    "Copii/tineri: 42; persoanele asistate 17; beneficiarii 1 (unu); Nr. 12/03.04.2021",
    "CINCI BENEFICIARI, Doi Asistenți Sociali, 0744 123 456, 021-123.45.67",
]


def _reference_matcher(nlp):
    """The rules as they were written before they read lexeme flags."""
    from spacy.matcher import Matcher
    from spacy.tokens import Token

    if not Token.has_extension("counted_reference"):
        Token.set_extension("counted_reference", getter=lambda t: prose_nlp.counted_lemma_of(t.text) is not None)
    num = [{"TEXT": {"REGEX": prose_nlp._NUM_RE}}, {"LOWER": {"IN": [w for w in NUMBER_WORDS if " " not in w]}}]
    matcher = Matcher(nlp.vocab)
    for n in num:
        matcher.add("COUNT", [[n, {"LOWER": "de", "OP": "?"}, {"_": {"counted_reference": True}}]])
        matcher.add("MONEY", [[n, {"LOWER": {"IN": list(MONEY_SCALE)}, "OP": "?"}, {"LOWER": {"IN": ["de", "."]}, "OP": "?"},
                               {"LOWER": {"REGEX": r"^(lei|ron)(/.*)?$"}}]])
        matcher.add("PCT", [[n, {"TEXT": "%"}], [n, {"LOWER": "la"}, {"LOWER": "sută"}]])
    matcher.add("PCT", [[{"TEXT": {"REGEX": r"^\d[\d.,]*%$"}}]])
    return matcher


def _texts() -> list[str]:
    texts = list(SENTENCES)
    for path in sorted((SHARED / "corpus").glob("*.txt")):  # real prose, when the shared corpus is there
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_flags_find_what_the_predicates_find():
    nlp, matcher = prose_nlp.get_nlp()
    reference = _reference_matcher(nlp)
    found = 0
    for text in _texts():
        doc = nlp(text)
        assert matcher(doc) == reference(doc), text
        found += len(matcher(doc))
    assert found >= 20  # the sentences alone hold counts, sums of money and percentages


@pytest.mark.parametrize("text, kinds", [("340 de persoane", ["count"]), ("12 mil lei", ["money"]),
                                         ("90 la sută", ["pct"]), ("87%", ["pct"]), ("trei copii", ["count"])])
def test_each_flag_takes_part_in_a_figure(text, kinds):
    assert [f.kind for f in figures._analysed(text)] == kinds
