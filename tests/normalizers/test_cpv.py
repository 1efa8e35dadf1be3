"""CPV codes (normalizers/cpv.py)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.cpv import cpv_check_digit, normalize_cpv

# Official codes with their printed check digits (EU eForms list, Wikipedia examples, sample plans).
OFFICIAL = [
    "85311200-4", "85311100-3", "85311000-2", "85121220-1", "79540000-1", "85312000-9", "85312100-0",
    "85312310-5", "85312330-1", "85000000-9", "85100000-0", "98133110-8", "92500000-6", "75121000-0",
    "03113100-7", "03113200-8", "18451000-5", "18453000-9", "71355000-1", "71355200-3", "85210000-3",
]


@pytest.mark.parametrize("code", OFFICIAL)
def test_official_codes_validate(code):
    assert normalize_cpv(code) == (code, [])
    assert cpv_check_digit(code[:8]) == code[-1]


@pytest.mark.parametrize(
    "raw, code",
    [
        ("85311200-4", "85311200-4"),
        ("85311200 - 4", "85311200-4"),
        ("85311200–4", "85311200-4"),
        ("853112004", "85311200-4"),
        ("85311000-2- Servicii de asistență socială cu cazare", "85311000-2"),
        ("Cod CPV: 85311100-3 (servicii sociale pentru vârstnici)", "85311100-3"),
        ("Servicii/Servicii de sănătate 85311000-2", "85311000-2"),
    ],
)
def test_spellings(raw, code):
    assert normalize_cpv(raw) == (code, [])


def test_check_digit_mismatch_is_flagged_but_kept():
    assert normalize_cpv("85311200-5") == ("85311200-5", ["cpv_check_digit_mismatch"])


def test_missing_check_digit_is_computed_and_flagged():
    assert normalize_cpv("85311200") == ("85311200-4", ["cpv_check_digit_missing"])


def test_several_codes():
    code, warnings = normalize_cpv("85311200-4; 85311100-3")
    assert code == "85311200-4" and warnings == ["multiple_cpv_codes"]


@pytest.mark.parametrize("raw", [None, "", "-", "Buget local", "Licitație deschisă", "07.2022", "3905400",
                                 "8899 CZ-VD-III", "8531120045"])
def test_no_cpv(raw):
    assert normalize_cpv(raw) == (None, [])


def test_check_digit_rejects_bad_input():
    with pytest.raises(ValueError):
        cpv_check_digit("1234")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises(text):
    code, warnings = normalize_cpv(text)
    assert code is None or (len(code) == 10 and code[8] == "-")


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A[0-9]{8}\Z"))
def test_computed_digit_always_validates(digits):
    assert normalize_cpv(f"{digits}-{cpv_check_digit(digits)}") == (f"{digits}-{cpv_check_digit(digits)}", [])


def test_a_tax_identification_number_is_no_cpv():
    # a provider's cell with its contacts prints its CUI: eight digits (and a phone number after a dash)
    for text in ("Asociația Caritas, Str. Unirii nr. 57, Ploiești, CUI 25896535, tel. 0264 283 888",
                 "SPAS Slănic – CUI 16749936 – tel. 0232 146 150", "C.I.F. RO16749936", "cod fiscal: 25896535"):
        assert normalize_cpv(text) == (None, [])
    assert normalize_cpv("CUI 25896535; CPV 85311200-4")[0] == "85311200-4"
