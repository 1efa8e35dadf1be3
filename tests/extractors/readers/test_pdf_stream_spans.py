"""Ruleless tables whose cells are set from the top of their rows: a cell spanning two rows."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf


def _tables(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


# a table of measures, cells set from the top of their rows an empty line apart (top of each line, x and text of its
# cells); the objective spans two rows and, set right in its column, runs a line past its first row's other cells,
# beside the second row's first line ("calitate" beside "2. Reabilitarea …")
_MEASURES = [
    (471.8, [(57.0, "Nr. crt."), (139.2, "Obiectiv"), (221.4, "Măsuri"), (303.6, "Termen de"), (385.8, "Responsabil"), (468.0, "Rezultate")]),
    (480.8, [(303.6, "realizare")]),
    (495.8, [(120.1, "1."), (168.8, "Obiectiv 1:"), (221.4, "Monitorizarea"), (303.6, "31.12.2024"), (385.8, "Compartimentul"), (468.0, "Realizat – 255")]),
    (504.8, [(172.7, "Creșterea"), (221.4, "copiilor cu părinți"), (385.8, "protecție"), (468.0, "copii monitorizați")]),
    (513.8, [(165.3, "accesului la"), (221.4, "plecați la muncă"), (385.8, "persoane")]),
    (522.5, [(142.9, "servicii sociale de"), (221.3, "în străinătate"), (385.8, "vârstnice")]),
    (531.8, [(181.5, "calitate")]),
    (537.8, [(120.1, "2."), (221.4, "Reabilitarea"), (303.6, "31.12.2024"), (385.8, "Serviciul"), (468.0, "Nerealizat – lipsa")]),
    (546.8, [(221.4, "sediului centrului"), (385.8, "management de"), (468.0, "fondurilor")]),
    (555.8, [(221.4, "de zi"), (385.8, "caz")]),
    (570.8, [(120.1, "3."), (162.1, "Obiectivul 2."), (221.4, "Consilierea"), (303.6, "permanent"), (385.8, "Compartimentul"), (468.0, "35 familii")]),
    (579.5, [(169.0, "Prevenirea"), (221.4, "familiilor aflate în"), (385.8, "asistență socială"), (468.0, "consiliate")]),
    (588.8, [(149.9, "marginalizării și"), (221.4, "dificultate")]),
    (597.8, [(141.3, "excluziunii sociale")]),
    (603.8, [(120.1, "4."), (221.4, "Instrumentarea"), (303.6, "lunar"), (385.8, "DAS Vulcan"), (468.0, "Realizat – 126")]),
]


def test_a_cell_spanning_two_rows_that_runs_past_the_first_keeps_the_first_row_whole(gen_dir, pdf_font):
    # the first row's wrapped lines then run on at line spacing into the second row (the spanning cell's last
    # line beside it) with no empty line between: they are the first row's all the same (each line was a row)
    path = gen_dir / "spanning_cell_overrun.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 7.5)
    for top, cells in _MEASURES:
        for x, text in cells:
            c.drawString(x, 842 - top - 6.0, text)
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "sc"))
    grid = table.grid()
    assert [row[0] for row in grid] == ["Nr. crt.", "1.", "2.", "3.", "4."]
    assert grid[1][2:] == ["Monitorizarea copiilor cu părinți plecați la muncă în străinătate", "31.12.2024",
                           "Compartimentul protecție persoane vârstnice", "Realizat – 255 copii monitorizați"]
    assert grid[3][5] == "35 familii consiliate"
