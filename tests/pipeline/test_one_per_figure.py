"""Totals read more than once are kept once, in one place: the assembly of every extractor's records
(``pipeline.extraction.one_per_figure``); the extractors themselves return every reading."""
from __future__ import annotations

from decimal import Decimal

from extractors.model import Cell, Document, Heading, Row, Table
from extractors.records.base import TotalRecord
from extractors.records.totals import extract_stated_totals
from extractors.understanding.build import understand
from pipeline.extraction import extract_document, one_per_figure

SENTENCE = 'Proiectul "Alfa" are un buget estimat format din 76.864,85 lei de la bugetul local și 691.783,65 lei alte surse'


def _total(amount, line, page=None, unit="lei", in_cell=False, scope="x"):
    return TotalRecord(scope=scope, amount=None if amount is None else Decimal(amount), unit=unit, raw=str(amount),
                       page=page, line=line, in_cell=in_cell)


def test_a_figure_printed_once_and_read_twice_is_kept_once_the_first_reading_wins():
    section, sentence = _total("700000", 10, scope="section"), _total("700000.00", 10, scope="prose")
    assert one_per_figure([section], [sentence]) == [section]


def test_two_figures_of_one_line_with_the_same_amount_read_by_one_extractor_are_both_kept():
    # '12 au fost realizate, 2 au fost parțial realizate, iar 2 nu au fost realizate'; a TOTAL row whose state and
    # beneficiaries columns sum to the same amount
    partial, undone = _total("2", 10, unit="other", scope="parțial"), _total("2", 10, unit="other", scope="nerealizate")
    again = _total("2", 10, unit="other", scope="nerealizate")
    assert one_per_figure([partial, undone, again]) == [partial, undone]
    # a later extractor reading the same line's figure again adds nothing
    assert one_per_figure([partial, undone], [_total("2", 10, unit="other", scope="prose")]) == [partial, undone]


def test_a_total_row_with_two_equal_column_sums_gives_both_totals():
    text = ("A. Servicii sociale existente\n\nNr. crt.\tDenumirea serviciului\tCod serviciu\tBugetul local (lei)\t"
            "Buget de stat (lei)\tContribuția beneficiarilor (lei)\n"
            "1.\tCentrul A\t8891 CZ-C-II\t100.000\t20.000\t20.000\n2.\tCentrul B\t8810 CZ-V-II\t50.000\t-\t-\n"
            "TOTAL\t\t\t150.000\t20.000\t20.000\n")
    from extractors.readers.text import parse_text
    d = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))
    scopes = [t.scope for t in extract_document(d).totals if "TOTAL" in t.scope]
    assert [s.rsplit(" ", 1)[1] for s in scopes] == ["budget_local_lei", "budget_state_lei", "budget_beneficiaries_lei"]


def test_the_same_amount_printed_in_two_places_is_two_figures():
    a, b, c = _total("100", 10), _total("100", 11), _total("100", 10, page=2)
    assert one_per_figure([a, b, c]) == [a, b, c]


def test_a_sentence_in_a_cell_is_one_figure_in_the_document_whatever_rows_repeat_it():
    first, again, restated = (_total("76864.85", 226, in_cell=True), _total("76864.85", 227, in_cell=True),
                              _total("76864.85", 228, in_cell=True))
    persons = _total("76864.85", 229, unit="persons", in_cell=True)
    assert one_per_figure([first, again, restated, persons]) == [first, persons]
    assert one_per_figure([first], [again, restated, persons]) == [first, persons]


def test_a_total_without_an_amount_is_always_kept():
    a, b = _total(None, 10), _total(None, 10)
    assert one_per_figure([a, b]) == [a, b]


def test_the_stated_totals_extractor_returns_every_reading_the_document_keeps_one():
    rows = [["Nr. crt.", "Denumirea serviciului", "Cod serviciu", "Observații"],
            ["1.", "Locuință protejată A", "8790 CR-D-VII", SENTENCE],
            ["2.", "Locuință protejată B", "8790 CR-D-VII", SENTENCE]]
    grid = Table(rows=[Row(cells=[Cell(text=t, col=i, line=100 + k) for i, t in enumerate(r)], line=100 + k)
                       for k, r in enumerate(rows)], n_cols=4, line=100)
    d = Document(source_path="t.txt", doc_id="t" * 64, format="txt",
                 blocks=[Heading(text="A. Servicii sociale existente", line=90), grid])
    readings = extract_stated_totals(understand(d))["totals"]
    # two figures a row, on both rows: every reading, marked as read inside a cell
    assert [(t.amount, t.line, t.in_cell) for t in readings] == [
        (Decimal("76864.85"), 101, True), (Decimal("691783.65"), 101, True),
        (Decimal("76864.85"), 102, True), (Decimal("691783.65"), 102, True)]
    kept = [(t.amount, t.line) for t in extract_document(d).totals if t.in_cell]
    assert kept == [(Decimal("76864.85"), 101), (Decimal("691783.65"), 101)]
