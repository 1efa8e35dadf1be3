"""A long report table is read in time linear in its cells: each cell is parsed once, even when the table holds
more distinct cells than the analyses kept between two calls."""
from extractors.prose import _analysed, analyse
from extractors.prose.figures import remembering_analyses
from tests.extractors.test_prose import _table_indicators


def test_a_cell_of_a_long_report_table_is_parsed_once():
    cap = _analysed.cache_info().maxsize
    n_rows = cap // 3 + 200  # three figures a row: more distinct cells than the analyses kept
    # bare figures: the columns' nouns are looked for in every cell, then each cell is read for its count
    body = [[f"{k}.", "Activitatea", str(10000 + k), str(30000 + k)] for k in range(1, n_rows + 1)]
    _analysed.cache_clear()
    rows = _table_indicators(["Nr. crt.", "Activitatea", "Număr beneficiari", "Număr persoane"], body)
    assert len(rows) >= 2 * n_rows
    cells = {c for row in body for c in row if any(ch.isdigit() for ch in c)}
    assert _analysed.cache_info().misses <= len(cells)


def test_remembered_analyses_are_the_analyses():
    texts = ["12 copii", "un număr de 7 persoane vârstnice", "1.250,50 lei", "fără cifre", "30%"]
    plain = [analyse(t) for t in texts]
    with remembering_analyses():
        assert [analyse(t) for t in texts] == plain
        assert [analyse(t) for t in texts] == plain
