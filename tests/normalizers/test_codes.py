"""Nomenclator service codes (normalizers/codes.py)."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.text import clean_text
from normalizers.codes import (
    NomenclatorEntry,
    ServiceCode,
    find_service_code,
    find_service_codes,
    nomenclator,
    normalize_service_code,
)

CANONICAL = re.compile(r"^[0-9]{4} [A-Z]+(?:-[A-Z]+)*$")


def test_nomenclator_loads_all_rows_canonically():
    nom = nomenclator()
    assert len(nom) == 75
    assert all(isinstance(e, NomenclatorEntry) for e in nom.values())
    assert all(CANONICAL.match(code) for code in nom)
    assert nom["8790 CR-D-VII"].setting == "cu_cazare"
    assert nom["8810 ID-IV"].beneficiary_group_ro == "persoane adulte cu dizabilități"


def test_nomenclator_returns_a_copy():
    nomenclator().clear()
    assert len(nomenclator()) == 75


def test_the_nomenclator_file_is_read_by_the_reference_data_loader_not_by_the_normaliser():
    import inspect

    import normalizers.codes as codes
    from normalizers.reference import load_nomenclator
    entries = load_nomenclator()
    assert len(entries) == 75 and entries["8790 CR-D-VII"] == nomenclator()["8790 CR-D-VII"]
    with pytest.raises(TypeError):
        entries["8790 CR-D-VII"] = None  # read-only: every caller shares one table
    source = inspect.getsource(codes)
    assert not any(word in source for word in ("import csv", "importlib", "read_text(", "open("))


def test_squashed_forms_are_unique():
    # the repair lookup relies on blanks/hyphens never distinguishing two nomenclator codes
    squashed = [re.sub(r"[^0-9A-Z]", "", c) for c in nomenclator()]
    assert len(set(squashed)) == len(squashed)


@pytest.mark.parametrize("code", sorted(nomenclator()))
def test_every_nomenclator_code_is_exact_and_survives_respelling(code):
    sc = normalize_service_code(code)
    assert (sc.service_code, sc.code_status) == (code, "exact")
    entry = nomenclator()[code]
    assert (sc.caen, sc.setting, sc.beneficiary_group) == (entry.caen, entry.setting, entry.beneficiary_group_ro)
    glued = code.replace(" ", "")
    spaced = code.replace("-", " ")
    dashed = code.replace(" ", "-").replace("-", " – ")
    for variant in {glued, spaced, dashed, code.lower()} - {code}:
        r = normalize_service_code(variant)
        assert (r.service_code, r.code_status) == (code, "repaired"), variant


@pytest.mark.parametrize(
    "raw, canonical",
    [
        # spellings printed in the sample plans (gold services.csv)
        ("8891-CZ-C-II", "8891 CZ-C-II"),
        ("8899CZ-VD-III", "8899 CZ-VD-III"),
        ("8790- CR-D-VII", "8790 CR-D-VII"),
        ("8810 ID IV", "8810 ID-IV"),
        ("8810-ID IV", "8810 ID-IV"),
        ("8899 SIS - I", "8899 SIS-I"),
        ("8899-CZ-VD -II", "8899 CZ-VD-II"),
        ("8899 SC D I", "8899 SC-D-I"),
        ("8790CRVD-I", "8790 CR-VD-I"),
        ("8790 CR – D – I", "8790 CR-D-I"),
        ("8899-CZ-PN-V", "8899 CZ-PN-V"),
        ("8810ID-I", "8810 ID-I"),
        ("8790CR-PFA-II", "8790 CR-PFA-II"),
        # other spellings
        ("8891CZ-CIII", "8891 CZ-C-III"),  # glued group + numeral
        ("8790 CR—MC—I", "8790 CR-MC-I"),  # em dashes
        ("8899 cz-f-i", "8899 CZ-F-I"),
        ("8790 CRT - I", "8790 CRT-I"),
        ("8790SF C", "8790 SF-C"),
    ],
)
def test_repaired_spellings(raw, canonical):
    sc = normalize_service_code(raw)
    assert sc.service_code == canonical
    assert sc.code_status == "repaired"
    assert sc.code_raw == raw
    assert sc.warnings == []


@pytest.mark.parametrize(
    "raw", ["8730 CR-V-I", "8790 CR-D-I", "8899 CPCSA", " 8891 CZ-C-II ", "8790 SF-C",
            # blank runs and no-break spaces are layout, not spelling: clean_text collapses them
            "8810  CZ-V-II", "8790\u00a0CR-C-II"])
def test_exact(raw):
    assert normalize_service_code(raw).code_status == "exact"


def test_exact_judges_the_code_not_the_words_around_it():
    sc = normalize_service_code("8899 CPDH-I cantine sociale")
    assert (sc.service_code, sc.code_status) == ("8899 CPDH-I", "exact")
    assert sc.code_raw == "8899 CPDH-I cantine sociale"
    sc = normalize_service_code("Cod 8899CZ-F-I")
    assert (sc.service_code, sc.code_status) == ("8899 CZ-F-I", "repaired")


def test_alias_crt_ii():
    sc = normalize_service_code("8790 CRT-II")
    assert (sc.service_code, sc.code_status) == ("8790 CR-II", "repaired")
    assert sc.warnings == ["code_alias"]
    assert normalize_service_code("8790CRT - II").service_code == "8790 CR-II"


def test_unknown_code_keeps_canonical_shape():
    sc = normalize_service_code("8891CZ-C-TC")
    assert sc == ServiceCode("8891 CZ-C-TC", "unknown", "8891", "de_zi", "copii", "8891CZ-C-TC",
                             ["code_not_in_nomenclator"])


def test_unknown_home_care_code_derives_setting_from_prefix():
    sc = normalize_service_code("8810 ID V")
    assert (sc.service_code, sc.code_status, sc.caen, sc.setting) == ("8810 ID-V", "unknown", "8810", "la_domiciliu")
    assert sc.beneficiary_group is None


def test_caen_mismatch_is_flagged_not_corrected():
    sc = normalize_service_code("2790 CR-C-I")
    assert sc.service_code == "2790 CR-C-I"
    assert sc.code_status == "unknown"
    assert sc.caen == "2790"
    assert sc.setting == "cu_cazare"
    assert "caen_mismatch" in sc.warnings and "code_not_in_nomenclator" in sc.warnings
    assert sc.suggestion == "8790 CR-C-I"


def test_repealed_code_warns():
    sc = normalize_service_code("8790 CR-D-III")
    assert sc.code_status == "exact" and sc.warnings == ["code_repealed"]


@pytest.mark.parametrize("raw", [None, "", "-", "—", " - ", "fără codificare", "fără codificare-internate de tip social",
                                 "Fara codificare", "nu este cazul"])
def test_missing(raw):
    sc = normalize_service_code(raw)
    assert sc.service_code is None and sc.code_status == "missing" and sc.warnings == []
    assert sc.caen is None and sc.setting is None


def test_missing_keeps_printed_text():
    assert normalize_service_code("fără codificare").code_raw == "fără codificare"
    assert normalize_service_code(None).code_raw is None


def test_free_text_without_code_warns():
    sc = normalize_service_code("Centru de zi pentru copii")
    assert sc.code_status == "missing" and sc.warnings == ["code_unparsed"]


def test_two_codes_in_one_cell():
    sc = normalize_service_code("8899 CZ-PN-V / 8899 CZ-PN-VII")
    assert sc.service_code == "8899 CZ-PN-V" and "multiple_codes" in sc.warnings


# --------------------------------------------------------------------------- find_service_code
@pytest.mark.parametrize(
    "text, code_raw",
    [
        ("Cod 8899CZ-F-I", "8899CZ-F-I"),
        ("8899 CPDH-I cantine sociale", "8899 CPDH-I"),
        ("8891 CZ-C-II Centre de zi pentru copii aflați în situație de risc", "8891 CZ-C-II"),
        ("serviciul (cod 8790 CR – D – I) funcționează", "8790 CR – D – I"),
        ("Locuință protejată, cod 8790- CR-D-VII.", "8790- CR-D-VII"),
        ("8810 ID IV Îngrijire la domiciliu", "8810 ID IV"),
    ],
)
def test_find_service_code(text, code_raw):
    found = find_service_code(text)
    assert found is not None
    raw, start, end = found
    assert raw == code_raw and text[start:end] == code_raw


@pytest.mark.parametrize(
    "text",
    [
        "Legea nr. 292/2011 a asistenței sociale",
        "CPV 85311200-4 Servicii de asistență socială",
        "Tel. 021 252 8899, fax 021 252 8890",
        "în anul 2021 SC Firma SRL a livrat",
        "din 2022 CRONIC",
        "HG 867/2015 CZ-C-II",
        "",
        None,
        "buget 2023 ID",
    ],
)
def test_find_service_code_rejects_non_codes(text):
    assert find_service_code(text) is None


def test_find_service_codes_all():
    text = "servicii 8899 CZ-VD-III, 8790CRVD-I și 8899 SIS-II"
    assert [c for c, _, _ in find_service_codes(text)] == ["8899 CZ-VD-III", "8790CRVD-I", "8899 SIS-II"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises(text):
    sc = normalize_service_code(text)
    assert sc.code_status in {"exact", "repaired", "unknown", "missing"}
    if sc.service_code is not None:
        assert CANONICAL.match(sc.service_code)
    find_service_codes(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(nomenclator())),
    st.sampled_from(["", " ", "  ", "-", " - ", "–", " – "]),
    st.sampled_from(["-", " ", " - ", "–", "—", " -"]),
)
def test_any_separator_respelling_maps_back(code, caen_sep, part_sep):
    caen, rest = code.split(" ", 1)
    printed = caen + caen_sep + rest.replace("-", part_sep)
    sc = normalize_service_code(printed)
    assert sc.service_code == code
    assert sc.code_status == ("exact" if clean_text(printed) == code else "repaired")


@pytest.mark.parametrize("raw,code", [
    ("8810-1D IV", "8810 ID-IV"),  # OCR read the I of ID as a one
    ("8899-CZ-VD -Il", "8899 CZ-VD-II"),  # and the last I of II as an l
])
def test_ocr_confusions_in_a_code_are_repaired_only_into_nomenclator_codes(raw, code):
    result = normalize_service_code(raw)
    assert (result.service_code, result.code_status) == (code, "repaired")
    assert "code_ocr_repaired" in result.warnings


def test_an_ocr_reading_that_is_no_nomenclator_code_is_not_forced():
    result = normalize_service_code("8891 CZ-C-1C")
    assert result.code_status == "unknown" and "code_ocr_repaired" not in result.warnings
