"""Romanian numbers, money, occupancy and counts (normalizers/numbers.py)."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.numbers import (
    Money,
    Occupancy,
    find_numbers,
    format_ro,
    names_currency_only,
    parse_capacity,
    parse_count,
    parse_money,
    parse_number,
    parse_occupancy,
    unit_from_text,
)

D = Decimal


# --------------------------------------------------------------------------- parse_number
@pytest.mark.parametrize(
    "text, expected",
    [
        ("5.443", D("5443")),
        ("5.585.522,17", D("5585522.17")),
        ("3905400", D("3905400")),
        ("126,1", D("126.1")),
        ("1.000.000", D("1000000")),
        ("40000", D("40000")),
        ("0", D("0")),
        ("1 234,5", D("1234.5")),
        ("1\u00a0234\u00a0567,89", D("1234567.89")),  # no-break space thousands
        ("12\u202f500", D("12500")),  # narrow no-break space
        ("1,234.56", D("1234.56")),  # English
        ("1,234,567", D("1234567")),
        ("45,525.529", D("45525529")),  # mixed-separator typo in a mayor's report
        ("123,982,97 lei", D("123982.97")),  # thousands typed as commas, the cents after the last one
        ("1,2,3", None),  # a list of small numbers is no number
        ("741.72", D("741.72")),  # dot + two digits is a decimal point
        ("0,5", D("0.5")),
        ("396.000 lei", D("396000")),
        ("cca. 372.913", D("372913")),
        ("Total: 663.600 lei.", D("663600")),
        ("-1.234,56", D("-1234.56")),
        ("5.000 (5.000)", D("5000")),  # the same number twice is one number
        ("1.", D("1")),
    ],
)
def test_parse_number_romanian_formats(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [None, "", "-", "—", "–", " - ", "nu este cazul", "Nu este cazul.", "buget propriu", "23.04.2021", "07.2022",
     "2 x 1.000", "53 benef. - 126,1%", "nr. 111/2010", "85311200-4"],
)
def test_parse_number_none_when_absent_or_ambiguous(text):
    assert parse_number(text) is None


def test_find_numbers_returns_values_and_offsets():
    text = "53 benef. - 126,1%"
    found = find_numbers(text)
    assert [v for v, _, _ in found] == [D("53"), D("126.1")]
    assert [text[a:b] for _, a, b in found] == ["53", "126,1"]


def test_find_numbers_splits_blank_joined_year_and_count():
    # "2021 100" is not a thousands group (first group has four digits)
    assert [v for v, _, _ in find_numbers("în 2021 100 persoane")] == [D("2021"), D("100")]


def test_find_numbers_skips_dates_and_is_never_negative():
    assert find_numbers("semnat la 23.04.2021") == []
    assert [v for v, _, _ in find_numbers("127 benef. -90,71%")] == [D("127"), D("90.71")]


# --------------------------------------------------------------------------- format_ro
@pytest.mark.parametrize(
    "value, kwargs, expected",
    [
        (D("5585522.17"), {}, "5.585.522,17"),
        (D("5443"), {"decimals": 0}, "5.443"),
        (D("999"), {}, "999,00"),
        (D("1000"), {"decimals": 0, "thousands": False}, "1000"),
        (D("-1234.5"), {}, "-1.234,50"),
        (D("0.005"), {}, "0,01"),  # half-up
    ],
)
def test_format_ro(value, kwargs, expected):
    assert format_ro(value, **kwargs) == expected


money_values = st.decimals(min_value=0, max_value=D("9999999999999.99"), places=2, allow_nan=False,
                           allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(money_values, st.booleans())
def test_format_then_parse_roundtrip(value, thousands):
    assert parse_number(format_ro(value, thousands=thousands)) == value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_integer_with_thousands_dots_roundtrip(n):
    assert parse_number(format_ro(D(n), decimals=0)) == n


@settings(max_examples=200, deadline=None)
@given(money_values, st.sampled_from(["mii lei", "[mii lei]", "(mii lei)", "mii de lei"]))
def test_mii_lei_is_scaled_exactly_by_1000(value, unit):
    assert parse_money(f"{format_ro(value)} {unit}").amount_lei == value * 1000
    assert parse_money(format_ro(value), header_unit=unit).amount_lei == value * 1000


@settings(max_examples=200, deadline=None)
@given(money_values, st.sampled_from(["", " lei", " RON", " Lei"]))
def test_lei_is_never_rescaled(value, suffix):
    money = parse_money(format_ro(value) + suffix)
    assert money.amount_lei == value
    assert money.unit == "lei"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_number_functions_never_raise(text):
    parse_number(text)
    find_numbers(text)
    parse_money(text)
    parse_money(text, "mii lei")
    parse_occupancy(text)
    parse_capacity(text)
    parse_count(text)
    unit_from_text(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,  -%lei", max_size=20))
def test_number_like_text_never_raises_and_money_is_cents(text):
    money = parse_money(text)
    if money.amount_lei is not None:
        assert money.amount_lei == money.amount_lei.quantize(D("0.01"))


# --------------------------------------------------------------------------- units
@pytest.mark.parametrize(
    "text, unit",
    [
        ("[mii lei]", "mii lei"),
        ("mii lei", "mii lei"),
        ("(mii lei)", "mii lei"),
        ("Buget estimat (mii de lei)", "mii lei"),
        ("Bugetele estimate pe surse de finanțare: [mii lei]", "mii lei"),
        ("Buget local - Lei", "lei"),
        ("lei fără TVA", "lei"),
        # the VAT wording names the currency; a scale printed beside it gives the unit
        ("Valoarea estimată (lei fără TVA) (mii lei)", "mii lei"),
        ("Valoare (lei cu TVA) [milioane lei]", "mil lei"),
        ("Valoare (lei), din care 200 mii lei", "lei"),
        ("[lei]", "lei"),
        ("Valoare estimată (RON)", "lei"),
        ("milioane lei", "mil lei"),
        ("mil. lei", "mil lei"),
        ("euro", "EUR"),
        ("1.000 EUR", "EUR"),
        ("500 €", "EUR"),
        ("MII LEI", "mii lei"),
    ],
)
def test_unit_from_text(text, unit):
    assert unit_from_text(text) == unit


@pytest.mark.parametrize("text", [None, "", "Buget local", "fonduri europene", "Bugetul Consiliului Local",
                                  "Centrul Speranța", "5.443", "alei"])
def test_unit_from_text_none(text):
    assert unit_from_text(text) is None


@pytest.mark.parametrize("text, only", [("Valoarea estimată (lei fără TVA)", True), ("lei cu TVA", True),
                                        ("Valoarea estimată (lei fără TVA) (mii lei)", False), ("Valoare (lei)", False),
                                        ("Buget local", False), (None, False)])
def test_names_currency_only(text, only):
    assert names_currency_only(text) is only


# --------------------------------------------------------------------------- parse_money
def test_money_header_mii_lei_gold_values():
    # sector2_plan_2022 table A is in [mii lei]: "5.443" → 5 443 000 lei, "514" → 514 000 lei
    assert parse_money("5.443", "mii lei").amount_lei == D("5443000.00")
    assert parse_money("514", "mii lei").amount_lei == D("514000.00")
    assert parse_money("10.125", "[mii lei]").amount_lei == D("10125000.00")


def test_money_cell_unit_wins_over_header():
    m = parse_money("6.600 lei", header_unit="mii lei")
    assert m.amount_lei == D("6600.00") and m.unit == "lei"
    m = parse_money("1,5 mil. lei", header_unit="lei")
    assert m.amount_lei == D("1500000.00") and m.unit == "mil lei"


def test_money_defaults_to_lei_and_keeps_raw():
    m = parse_money("5.585.522,17")
    assert m == Money(D("5585522.17"), "lei", "5.585.522,17", [])


@pytest.mark.parametrize("text", ["-", "", "nu este cazul", None])
def test_money_nothing_stated(text):
    m = parse_money(text)
    assert m.amount_lei is None and m.warnings == []


@pytest.mark.parametrize("text", ["buget propriu", "Buget local",
                                  "-Instruirea va fi realizată de conducătorul/șeful centrului"])
def test_money_text_without_amount(text):
    m = parse_money(text)
    assert m.amount_lei is None
    assert m.warnings == ["amount_not_numeric"]


def test_money_foreign_currency_is_not_converted():
    m = parse_money("12.000 EUR")
    assert m.amount_lei is None and m.unit == "EUR" and m.warnings == ["foreign_currency"]
    assert parse_money("12.000", header_unit="EUR").warnings == ["foreign_currency"]


def test_money_several_amounts_is_ambiguous():
    m = parse_money("76.864,85 lei buget local și 691.783,65 lei alte surse")
    assert m.amount_lei is None and m.warnings == ["ambiguous_amount"]


def test_money_ignores_act_numbers_and_percentages():
    assert parse_money("396.000 lei (Legea nr. 448/2006)").amount_lei == D("396000.00")
    assert parse_money("5.000 lei (20%)").amount_lei == D("5000.00")


def test_money_rounds_half_up_with_warning():
    m = parse_money("1.234,565 lei")
    assert m.amount_lei == D("1234.57") and "amount_rounded" in m.warnings


def test_money_single_comma_three_digits_flagged():
    m = parse_money("1,500 lei")
    assert m.amount_lei == D("1.50") and "ambiguous_decimal_comma" in m.warnings


def test_money_never_goes_through_float():
    # 0.1 + 0.2 style drift would show here
    assert parse_money("0,10").amount_lei + parse_money("0,20").amount_lei == D("0.30")
    assert isinstance(parse_money("741.72 lei").amount_lei, Decimal)


# --------------------------------------------------------------------------- occupancy
@pytest.mark.parametrize(
    "text, beneficiaries, pct",
    [
        # forms from the gold services.csv files
        ("53 benef. - 126,1%", 53, 126.1),
        ("127 benef. -90,71%", 127, 90.71),
        ("36 benef.-150%", 36, 150.0),
        ("84 benef.- 210%", 84, 210.0),
        ("20 benef. - 100%", 20, 100.0),
        ("20%", None, 20.0),
        ("9", 9, None),
        ("0", 0, None),
        ("212 benef. în medie lunar", 212, None),
        ("18.254 benef.", 18254, None),
        ("18 cupluri mama-copil", 18, None),
        ("1260 dosare/benef.", 1260, None),
        ("10.800 benef. (Consiliere OUG nr. 111/2010 și Legea nr. 61/1993)", 10800, None),
        ("3095 certificate", None, None),
        ("-", None, None),
        ("", None, None),
        # other spellings
        ("90 %", None, 90.0),
        ("45 beneficiari – 90%", 45, 90.0),
        ("126% (53 benef.)", 53, 126.0),
        ("cca. 40 persoane", 40, None),
        ("75 la sută", None, 75.0),
    ],
)
def test_parse_occupancy(text, beneficiaries, pct):
    occ = parse_occupancy(text)
    assert (occ.beneficiaries, occ.pct) == (beneficiaries, pct)


def test_occupancy_of_things_warns():
    assert parse_occupancy("3095 certificate").warnings == ["occupancy_unit_not_persons"]


def test_occupancy_two_percentages_ambiguous():
    occ = parse_occupancy("80% / 95%")
    assert occ.pct is None and "ambiguous_pct" in occ.warnings


def test_occupancy_equality_with_two_fields():
    assert parse_occupancy("53 benef. - 126,1%") == Occupancy(53, 126.1)


# --------------------------------------------------------------------------- capacity / count
@pytest.mark.parametrize(
    "text, expected",
    [("42", 42), ("1.300", 1300), ("10 locuri", 10), ("cca. 40 persoane", 40), ("100 persoane vârstnice", 100),
     ("15 mame și 18 copii", None), ("-", None), ("text", None), ("", None), (None, None), ("12,5", None),
     ("100%", None), ("2 spații de 12 mp", None)],
)
def test_parse_capacity(text, expected):
    assert parse_capacity(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("24", 24), ("150", 150), ("-", None), ("angajații centrelor", None), ("nu este cazul", None),
     ("Instruirea va fi realizată de conducătorul/șeful centrului", None), ("4 persoane", 4)],
)
def test_parse_count(text, expected):
    assert parse_count(text) == expected


def test_occupancy_in_a_column_headed_in_percent():
    assert parse_occupancy("91,4", header_pct=True) == Occupancy(None, 91.4)
    assert parse_occupancy("100", header_pct=True) == Occupancy(None, 100.0)
    assert parse_occupancy("100").beneficiaries == 100  # without the header a bare number counts people
    assert parse_occupancy("35 benef. - 87,5%", header_pct=True) == Occupancy(35, 87.5)


def test_a_figure_beyond_the_contracts_money_type_is_no_amount():
    money = parse_money("123456789012345678901234", "mii lei")
    assert money.amount_lei is None and money.warnings == ["amount_out_of_range"]
    assert parse_money("9.999.999.999.999,99", "lei").amount_lei == Decimal("9999999999999.99")


@pytest.mark.parametrize("text, expected", [
    ("15.322.000, 00 lei", Decimal("15322000.00")),  # a narrow cell wrapped the cents onto the next line
    ("Total 10.262.500, 00", Decimal("10262500.00")),
    ("1.000, 50 RON", Decimal("1000.50")),
])
def test_cents_wrapped_after_the_decimal_comma_stay_with_their_amount(text, expected):
    assert parse_money(text).amount_lei == expected


@pytest.mark.parametrize("text, values", [
    ("anii 2021, 22", [Decimal(2021), Decimal(22)]),  # no thousands dot: a list, not cents
    ("12.000, 50 de locuri", [Decimal(12000), Decimal(50)]),  # words follow: two figures
])
def test_a_comma_and_two_digits_after_a_list_item_stay_two_numbers(text, values):
    assert [v for v, _, _ in find_numbers(text)] == values
