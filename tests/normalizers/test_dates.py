"""Dates, month-years and years (normalizers/dates.py)."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.dates import find_dates, find_years, parse_date, parse_month_year


@pytest.mark.parametrize(
    "text, expected",
    [
        ("11.01.2019", date(2019, 1, 11)),
        ("05.03.2019", date(2019, 3, 5)),
        ("23.04.2021", date(2021, 4, 23)),
        ("1.10.2018", date(2018, 10, 1)),
        ("01 ianuarie 2011", date(2011, 1, 1)),
        ("24 mai 2021", date(2021, 5, 24)),
        ("2019-03-05", date(2019, 3, 5)),
        ("22.04. 2029", date(2029, 4, 22)),  # stray blank seen in a partnership table
        ("11/01/2019", date(2019, 1, 11)),
        ("12 Decembrie 2022", date(2022, 12, 12)),
        ("3 febr. 2020", date(2020, 2, 3)),
        ("1 septembrie 2020", date(2020, 9, 1)),
        ("1 sept. 2020", date(2020, 9, 1)),
        ("din 24 Mai 2021", date(2021, 5, 24)),
        ("nr.1180/23.02.2021", date(2021, 2, 23)),
        ("Hotărârea nr. 99 din 24 mai 2021", date(2021, 5, 24)),
        ("30 noiembrie 2022", date(2022, 11, 30)),
        ("1 Martie 2023", date(2023, 3, 1)),
        ("17 octombrie, 2021", date(2021, 10, 17)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [None, "", "-", "31.02.2020", "32.01.2020", "11.13.2019", "5.585.522,17", "07.2022", "2019", "perioadă nedeterminată",
     "23.04.2021 - 22.04.2029", "Până la terminarea proiectului"],
)
def test_parse_date_none(text):
    assert parse_date(text) is None


def test_find_dates_period():
    text = "Este în vigoare de la 23.04.2021 până la 22.04. 2029"
    found = find_dates(text)
    assert [d for d, _, _ in found] == [date(2021, 4, 23), date(2029, 4, 22)]
    assert [text[a:b] for _, a, b in found] == ["23.04.2021", "22.04. 2029"]


def test_find_dates_keeps_offsets_with_diacritics():
    text = "Încheiat în data de 5 iunie 2020, reînnoit la 01.07.2021"
    found = find_dates(text)
    assert [text[a:b] for _, a, b in found] == ["5 iunie 2020", "01.07.2021"]


@pytest.mark.parametrize(
    "text, expected",
    [("07.2022", (2022, 7)), ("7/2022", (2022, 7)), ("2022-07", (2022, 7)), ("iulie 2022", (2022, 7)),
     ("luna Septembrie 2021", (2021, 9)), ("11.01.2019", (2019, 1)), ("inițiere 09.2022", (2022, 9)),
     ("07.2022 - 09.2022", None), ("13.2022", None), ("", None), (None, None), ("trimestrul III", None)],
)
def test_parse_month_year(text, expected):
    assert parse_month_year(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Planul anual de acțiune pentru anul 2023", [2023]),
        ("Strategia 2022-2026", [2022, 2026]),
        ("Strategia 2022 – 2026", [2022, 2026]),
        ("perioada 2021-22", [2021, 2022]),
        ("Legea nr. 292/2011 a asistenței sociale, anul 2021", [2021]),
        ("HG 867/2015", []),
        ("Acordul nr.1180/23.02.2021", [2021]),
        ("suma de 2000 lei", []),
        ("1.2020.000", []),
        ("anul 1989 și 2101", []),
        ("2021, 2022 și 2021", [2021, 2022, 2021]),
        (None, []),
    ],
)
def test_find_years(text, expected):
    assert find_years(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"]))
def test_formatted_dates_roundtrip(d, fmt):
    assert parse_date(d.strftime(fmt)) == d


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises(text):
    parse_date(text)
    find_dates(text)
    parse_month_year(text)
    find_years(text)
