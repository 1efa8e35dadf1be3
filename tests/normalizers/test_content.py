"""Content types of cells and columns: what a column holds, whatever its header says."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.content import (CONTENT_TYPES, CONTACT, COUNT, CPV_CODE, DATE, EMPTY, MONEY, NOMENCLATOR_CODE,
                                 ORGANISATION, PERCENTAGE, STAFF_CATEGORY, TEXT, ColumnContentSettings,
                                 column_content, content_type)
from normalizers.numbers import format_ro


@pytest.mark.parametrize("cell,kind", [
    ("", EMPTY), ("-", EMPTY), ("nu este cazul", EMPTY), ("—", EMPTY),
    ("8790 CR-D-VII", NOMENCLATOR_CODE), ("8899CZ-VD-III", NOMENCLATOR_CODE),
    ("8899 CPDH-I cantine sociale", NOMENCLATOR_CODE),
    # a service named with its code is a name
    ("Centrul de zi pentru copii Floarea Soarelui, cod 8891 CZ-C-I", TEXT),
    ("85311000-2", CPV_CODE), ("85311000-2 Servicii de asistență socială cu cazare", CPV_CODE),
    ("Asociația X, str. Florilor nr. 3, tel. 0232 123 456", ORGANISATION),
    ("tel. 0232 123 456, x@y.ro", CONTACT),
    ("95%", PERCENTAGE), ("53 benef. - 126,1%", PERCENTAGE),
    ("7.368.119 lei", MONEY), ("7.368.119,00", MONEY), ("250 mii lei", MONEY), ("1.234.567", MONEY),
    ("01.03.2023", DATE), ("martie 2023", DATE), ("trim. II 2023", DATE), ("2023", DATE), ("2023-2025", DATE),
    ("Permanent", DATE),
    ("30", COUNT), ("30 locuri", COUNT), ("12 benef.", COUNT), ("1.300", COUNT),
    ("30 locuri + 20 ambulatoriu", COUNT),
    ("Asociația Alfa", ORGANISATION), ("Fundația Casa Bucuriei", ORGANISATION), ("SC Beta SRL", ORGANISATION),
    ("Primăria Comunei X", ORGANISATION),
    ("Asistent social", STAFF_CATEGORY), ("Psihologi", STAFF_CATEGORY), ("Personal de specialitate", STAFF_CATEGORY),
    ("Infirmier", STAFF_CATEGORY), ("Asistenți sociali", STAFF_CATEGORY),
    # the service, not the staff
    ("Asistență socială pentru persoane vârstnice", TEXT),
    ("Locuințe protejate", TEXT), ("Organizarea de campanii de informare", TEXT),
])
def test_content_type(cell, kind):
    assert content_type(cell) == kind


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["", " locuri", " beneficiari", " persoane", " paturi"]))
def test_any_count_with_its_unit_is_a_count(n, unit):
    assert content_type(f"{n}{unit}") in (COUNT, DATE)  # '2023' alone is read as a year
    if not 1990 <= n <= 2100:
        assert content_type(f"{n}{unit}") == COUNT


@settings(max_examples=60, deadline=None)
@given(st.decimals(min_value=1, max_value=10**9, places=2), st.sampled_from(["lei", "mii lei", "RON"]))
def test_any_amount_with_a_currency_is_money(value, unit):
    assert content_type(f"{format_ro(value)} {unit}") == MONEY


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_content_type_is_always_one_of_the_types(text):
    assert content_type(text) in CONTENT_TYPES


def test_column_content_needs_enough_cells_and_a_majority():
    capacity = column_content(["30", "12 locuri", "-", "45", "nu este cazul", "8"])
    assert (capacity.kind, capacity.share, capacity.counts) == (COUNT, 1.0, {COUNT: 4})
    assert column_content(["30", "12"]).kind is None  # too few filled cells to say
    mixed = column_content(["30", "Asociația X", "95%", "8790 CR-D-VII"])
    assert mixed.kind is None and mixed.counts[COUNT] == 1
    # an unknown header, unambiguous content
    assert column_content(["8790 CR-D-VII", "8899 CZ-VD-III", "8810 ID-IV"]).kind == NOMENCLATOR_CODE
    strict = ColumnContentSettings(min_cells=3, min_share=0.9)
    assert column_content(["30", "31", "32", "Asociația X"], strict).kind is None
    assert column_content(["30", "31", "32", "Asociația X"]).kind == COUNT


# ---------------------------------------------------------------- the new normalisers never raise
# (tests/pipeline/test_properties.py lists its modules by name; these are checked here until it lists them)

@settings(max_examples=40, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=120)), st.sampled_from([None, "lei", "mii lei", "[mii lei]"]))
def test_cell_readers_never_raise(text, unit):
    from normalizers import cells, issuer

    for fn in (cells.split_provider, cells.read_count_cell, cells.read_capacity_cell, cells.read_occupancy_cell,
               cells.read_code_cell):
        assert fn(text).raw == (text or "")
    assert cells.read_money_cell(text, unit).raw == (text or "")
    content_type(text)
    column_content([text or "", text or ""])
    issuer.canonical_issuer(text or "", None)
