"""Composite cells: a name with its contacts, capacity with its beneficiaries, occupancy with the waiting list,
money with its qualifiers, two codes in one cell, two numbers for one field."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.cells import (read_capacity_cell, read_code_cell, read_count_cell, read_money_cell,
                               read_occupancy_cell, split_provider)
from normalizers.numbers import format_ro

# ------------------------------------------------------------------------------------ provider + contacts


@pytest.mark.parametrize("cell,name,contacts", [
    ("Asociația Delta, str. Florilor nr. 3, Iași, tel. 0232 123 456, delta@exemplu.ro", "Asociația Delta",
     "str. Florilor nr. 3, Iași, tel. 0232 123 456, delta@exemplu.ro"),
    # one detail per line, as in a Word cell
    ("Fundația Speranța\nStr. Lungă 5, Bacău\ntel: 0745123456\nwww.speranta.ro", "Fundația Speranța",
     "Str. Lungă 5, Bacău; tel: 0745123456; www.speranta.ro"),
    # the address in brackets after a label
    ("SC Alfa SRL (sediul: Calea Victoriei 12)", "SC Alfa SRL", "sediul: Calea Victoriei 12"),
    # a street word inside the name is not an address; the one after the comma is
    ("Asociația Calea Bună, Calea Moșilor nr. 5", "Asociația Calea Bună", "Calea Moșilor nr. 5"),
    ("Fundația Y - Calea Moșilor nr. 5, tel 021 311 22 33", "Fundația Y", "Calea Moșilor nr. 5, tel 021 311 22 33"),
    ("Asociația X, comuna Y, județul Z", "Asociația X", "comuna Y, județul Z"),
    ("Asociația Beta 0745 123 456", "Asociația Beta", "0745 123 456"),
    ("Asociația Gama – contact@gama.org", "Asociația Gama", "contact@gama.org"),
    ("Asociația Omega https://omega.ro", "Asociația Omega", "https://omega.ro"),
    ("Asociația Sigma, tel/fax: 0232.123.456", "Asociația Sigma", "tel/fax: 0232.123.456"),
    ("Fundația Tau 021-311.22.33", "Fundația Tau", "021-311.22.33"),
    ("Asociația Rho, +40 232 123 456", "Asociația Rho", "+40 232 123 456"),
])
def test_provider_name_and_contacts(cell, name, contacts):
    got = split_provider(cell)
    assert (got.name, got.contacts_raw, got.raw) == (name, contacts, cell)
    assert got.warnings == ("contacts_split",)


@pytest.mark.parametrize("cell", ["Școala Gimnazială Nr. 3", "Asociația Sat Nou", "Centrul Calea Speranței",
                                  "Fundația „Comunitatea Noastră”", "Direcția de Asistență Socială a Comunei X"])
def test_a_name_without_contacts_is_all_name(cell):
    got = split_provider(cell)
    assert (got.name, got.contacts_raw, got.warnings) == (cell, None, ())


def test_contacts_without_a_name_and_nothing_stated():
    got = split_provider("tel. 0232 123 456, x@y.ro")
    assert (got.name, got.contacts_raw) == (None, "tel. 0232 123 456, x@y.ro")
    assert split_provider("-").name is None and split_provider(None).raw == ""


_name_words = st.sampled_from(["Asociația", "Fundația", "Speranța", "Delta", "Nova", "Copiii", "Lumina", "Sf. Ana"])
_contacts = st.sampled_from(["tel. 0232 123 456", "str. Florilor nr. 3", "e-mail: office@asoc.ro", "www.asoc.ro",
                             "0745 111 222", "sediul: Bd. Unirii 14"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_name_words, min_size=1, max_size=4), st.lists(_contacts, min_size=1, max_size=3),
       st.sampled_from([", ", "; ", " - ", "\n"]))
def test_provider_split_keeps_every_character_of_name_and_contacts(name_words, contacts, sep):
    name = " ".join(name_words)
    got = split_provider(name + sep + sep.join(contacts))
    assert got.name == name
    assert got.contacts_raw.startswith(contacts[0])
    for c in contacts:  # nothing of the contacts is lost
        assert c in got.contacts_raw


# ------------------------------------------------------------------------------------ counts and capacity


@pytest.mark.parametrize("cell,value,warnings", [
    ("30", 30, ()), ("30 locuri", 30, ()), ("cca. 40 persoane", 40, ()), ("1.300", 1300, ()),
    ("30 locuri + 20 ambulatoriu", None, ("ambiguous_count",)),
    ("15 mame și 18 copii", None, ("ambiguous_count",)),
    ("conform HG nr. 867/2015", None, ()), ("-", None, ()), ("nu este cazul", None, ()),
    ("30 locuri (30 locuri)", 30, ()),  # the same number twice is one count
])
def test_count_cell(cell, value, warnings):
    got = read_count_cell(cell)
    assert (got.value, got.warnings, got.raw) == (value, warnings, cell)


@pytest.mark.parametrize("cell,capacity,category,warnings", [
    ("30 locuri / Copii cu nevoi speciale", 30, "Copii cu nevoi speciale", ()),
    ("Vârstnici – 25 locuri", 25, "Vârstnici", ()),
    ("40 copii cu dizabilități", 40, "copii cu dizabilități", ()),
    ("12 paturi\nPersoane adulte cu dizabilități", 12, "Persoane adulte cu dizabilități", ()),
    ("Persoane vârstnice", None, "Persoane vârstnice", ()),
    ("30", 30, None, ()),
    ("30 locuri + 20 ambulatoriu", None, None, ("ambiguous_count",)),
    ("-", None, None, ()),
])
def test_capacity_and_beneficiary_category(cell, capacity, category, warnings):
    got = read_capacity_cell(cell)
    assert (got.capacity, got.beneficiary_category, got.warnings, got.raw) == (capacity, category, warnings, cell)


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 5000), st.sampled_from(["locuri", "paturi", "beneficiari", ""]),
       st.sampled_from(["Copii cu nevoi speciale", "Persoane vârstnice", "Victime ale violenței domestice"]),
       st.sampled_from([" / ", "; ", "\n", " – "]), st.booleans())
def test_capacity_cell_any_order(n, unit, category, sep, count_first):
    count = f"{format_ro(n, 0)} {unit}".strip()
    cell = count + sep + category if count_first else category + sep + count
    got = read_capacity_cell(cell)
    assert (got.capacity, got.beneficiary_category) == (n, category)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 500), st.integers(1, 500))
def test_two_numbers_for_one_field_stay_empty(a, b):
    cell = f"{a} locuri + {b} ambulatoriu"
    for got in (read_count_cell(cell), read_capacity_cell(cell)):
        expected = (None, ("ambiguous_count",)) if a != b else (a, ())
        assert (getattr(got, "value", getattr(got, "capacity", None)), got.warnings) == expected
        assert got.raw == cell


# ------------------------------------------------------------------------------------ occupancy + waiting list


@pytest.mark.parametrize("cell,pct,beneficiaries,waiting,warnings", [
    ("95% / 3 cereri în așteptare", 95.0, None, 3, ()),
    ("53 benef. - 126,1% / 0 cereri", 126.1, 53, 0, ()),
    ("100%\n12 solicitări nesoluționate", 100.0, None, 12, ()),
    ("listă de așteptare: 12", None, None, 12, ()),
    ("90%", 90.0, None, None, ()),
    ("12 benef.", None, 12, None, ()),
    ("85% / 3 cereri, 4 în așteptare", 85.0, None, None, ("ambiguous_count",)),
    # a slash between two words is one unit ('dosare/benef.'), not two parts of the cell
    ("1260 dosare/benef.", None, 1260, None, ()),
    ("36 benef./ 3 cereri", None, 36, 3, ()),
    ("-", None, None, None, ()),
])
def test_occupancy_and_waiting_list(cell, pct, beneficiaries, waiting, warnings):
    got = read_occupancy_cell(cell)
    assert (got.occupancy_pct, got.beneficiaries, got.waiting_list, got.warnings) == (pct, beneficiaries, waiting,
                                                                                    warnings)
    assert got.raw == cell


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 150), st.integers(0, 999), st.sampled_from(["cereri în așteptare", "cereri",
                                                                  "solicitări în așteptare"]),
       st.sampled_from([" / ", "; ", "\n"]))
def test_occupancy_waiting_roundtrip(pct, waiting, words, sep):
    got = read_occupancy_cell(f"{pct}%{sep}{waiting} {words}")
    assert (got.occupancy_pct, got.waiting_list) == (float(pct), waiting)


# ------------------------------------------------------------------------------------ money with qualifiers


@pytest.mark.parametrize("cell,amount,period,per_head,beneficiaries,warnings", [
    ("700.000,00 lei/an/30 beneficiari", Decimal("700000.00"), "year", False, 30, ()),
    ("bugetat în anul 2023 cu suma de 559.507,77 lei", Decimal("559507.77"), None, False, None, ()),
    ("1.200 lei/beneficiar/lună", Decimal("1200.00"), "month", True, None, ()),
    ("250 mii lei anual", Decimal("250000.00"), "year", False, None, ()),
    ("conform HCL nr. 45/2020: 12.000 lei", Decimal("12000.00"), None, False, None, ()),
    ("120.000 lei pentru 40 de beneficiari", Decimal("120000.00"), None, False, 40, ()),
    ("2022: 120.000 / 2023: 150.000", None, None, False, None, ("ambiguous_amount",)),
    ("5.000 euro", None, None, False, None, ("foreign_currency",)),
    # a number torn by the reader ('76.864,85' printed around a line of other text): no amount is guessed
    ('76 buget total al proiectului "X".864,85 lei', None, None, False, None, ("ambiguous_amount",)),
    ("cca.500 lei", Decimal("500.00"), None, False, None, ()),
    ("buget local", None, None, False, None, ("amount_not_numeric",)),
    ("-", None, None, False, None, ()),
])
def test_money_with_qualifiers(cell, amount, period, per_head, beneficiaries, warnings):
    got = read_money_cell(cell)
    assert (got.amount_lei, got.period, got.per_beneficiary, got.beneficiaries, got.warnings) == (
        amount, period, per_head, beneficiaries, warnings)
    assert got.raw == cell


def test_money_header_unit_applies_to_a_bare_amount():
    assert read_money_cell("1.234,5", "mii lei").amount_lei == Decimal("1234500.00")
    assert read_money_cell("1.234,5 lei", "mii lei").amount_lei == Decimal("1234.50")  # the cell's unit wins


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=Decimal("1"), max_value=Decimal("99999999"), places=2),
       st.sampled_from(["", "/an", "/lună", " anual"]), st.one_of(st.none(), st.integers(2, 400)),
       st.sampled_from(["{v} lei", "suma de {v} lei", "bugetat cu suma de {v} lei", "în valoare de {v} lei"]))
def test_money_amount_survives_its_qualifiers(value, period, n, template):
    cell = template.format(v=format_ro(value)) + period + (f"/{n} beneficiari" if n else "")
    got = read_money_cell(cell)
    assert got.amount_lei == value
    assert got.beneficiaries == n
    assert got.period == {"": None, "/an": "year", "/lună": "month", " anual": "year"}[period]


# ------------------------------------------------------------------------------------ codes


@pytest.mark.parametrize("cell,code,warnings", [
    ("8790 CR-D / 8790 CR-D-VII", "8790 CR-D-VII", ("multiple_codes",)),  # the incomplete one is not kept
    ("8899 CZ-VD-III; 8891 CZ-X", "8899 CZ-VD-III", ("multiple_codes",)),
    ("8891 CZ-X, 8899 CZ-VD-III", "8899 CZ-VD-III", ("multiple_codes",)),  # the nomenclator one, wherever it is
    ("8790 CR-D-VII", "8790 CR-D-VII", ()),
    ("8790CR-D-VII / 8790 CR-D-VII", "8790 CR-D-VII", ()),  # the same code twice: one code
])
def test_two_codes_in_one_cell_keep_the_nomenclator_one(cell, code, warnings):
    got = read_code_cell(cell)
    assert (got.code.service_code, got.warnings) == (code, warnings)
    assert got.code.code_status in ("exact", "repaired") and got.raw == cell
