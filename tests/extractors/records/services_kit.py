"""Services read from a small text document, for the services extractor's tests."""
from extractors.model import Cell, Document, Row, Table
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document


def services_of(text: str, heading: str = "A. Servicii sociale existente la nivelul comunei"):
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(heading + "\n\n" + text))
    return extract_document(doc).services


def summary(services):
    return [(s.category, s.service_name, s.service_code, s.capacity, s.beneficiaries, s.occupancy_pct,
             s.budget_local_lei, s.budget_state_lei) for s in services]


def _table(rows, page, line0):
    return Table(rows=[Row(cells=[Cell(t, i) for i, t in enumerate(r)], line=line0 + k, page=page)
                       for k, r in enumerate(rows)], n_cols=len(rows[0]), page=page, line=line0)
