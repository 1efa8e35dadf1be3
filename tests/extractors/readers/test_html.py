"""HTML pages (a plan published on a web page, a Word document saved as one) are read as a tree: headings, tables
on their grid, list items, the page's own furniture left out; the same plan gives the same rows as its text export."""
from __future__ import annotations

from pathlib import Path

from extractors.model import Heading, ListItem, Paragraph, Table
from extractors.readers import read_document
from extractors.readers.text import read_text
from pipeline.extraction import extract_document

PAGE = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Primăria – Planul anual</title>
<script>var menu = "<td>Acasă</td>";</script><style>td { border: 1px solid }</style></head>
<body><header>Primăria Orașului Exemplu – site oficial</header>
<nav><ul><li><a href="/">Acasă</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<h1>PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2025</h1>
<p>Direcția de Asistență Socială a Municipiului Focșani<br>Str. Republicii nr. 1</p>
<h2>A. Servicii sociale existente</h2>
<table>
<thead><tr><th rowspan="2">Nr. crt.</th><th rowspan="2">Cod serviciu social</th><th rowspan="2">Denumire serviciu social</th>
<th colspan="2">Capacitate</th></tr>
<tr><th>Nr. locuri</th><th>Nr. beneficiari</th></tr></thead>
<tbody>
<tr><td>1</td><td>8810 ID-I</td><td>Centrul de zi <b>pentru copii</b></td><td>30</td><td>28</td></tr>
<tr><td>2</td><td>8899 CZ-F-I</td><td><p>Cantina</p><p>socială</p></td><td>120</td><td>115</td></tr>
</tbody></table>
<p>Parteneriate:</p>
<ol><li>Protocol de colaborare cu Asociația Speranța
  <ul><li>obiect: servicii de îngrijire la domiciliu</li></ul></li>
<li>Acord de parteneriat cu Fundația Inima</li></ol>
<footer>© 2025 Primăria Orașului Exemplu</footer></body></html>
"""


def test_a_web_page_is_read_as_its_document(tmp_path: Path):
    path = tmp_path / "plan.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path, "x")
    assert doc.format == "html"
    texts = [b.text if not isinstance(b, Table) else "<table>" for b in doc.blocks]
    assert texts == ["PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2025",
                     "Direcția de Asistență Socială a Municipiului Focșani", "Str. Republicii nr. 1",
                     "A. Servicii sociale existente", "<table>", "Parteneriate:",
                     "Protocol de colaborare cu Asociația Speranța", "obiect: servicii de îngrijire la domiciliu",
                     "Acord de parteneriat cu Fundația Inima"]
    assert isinstance(doc.blocks[0], Heading) and isinstance(doc.blocks[1], Paragraph)
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    assert [(b.marker, b.level) for b in items] == [("1.", 1), ("-", 2), ("2.", 1)]
    table = doc.tables()[0]
    assert table.grid() == [
        ["Nr. crt.", "Cod serviciu social", "Denumire serviciu social", "Capacitate", "Capacitate"],
        ["Nr. crt.", "Cod serviciu social", "Denumire serviciu social", "Nr. locuri", "Nr. beneficiari"],
        ["1", "8810 ID-I", "Centrul de zi pentru copii", "30", "28"],
        ["2", "8899 CZ-F-I", "Cantina socială", "120", "115"]]
    assert table.rows[2].line == PAGE.splitlines().index(
        "<tr><td>1</td><td>8810 ID-I</td><td>Centrul de zi <b>pentru copii</b></td><td>30</td><td>28</td></tr>") + 1


def test_a_web_page_gives_the_rows_of_its_text_export(tmp_path: Path):
    page = tmp_path / "plan.html"
    page.write_text(PAGE, encoding="utf-8")
    text = tmp_path / "plan.txt"
    text.write_text("PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2025\n"
                    "Direcția de Asistență Socială a Municipiului Focșani\n\nA. Servicii sociale existente\n"
                    "Nr. crt.\tCod serviciu social\tDenumire serviciu social\tCapacitate\t\n"
                    "\t\t\tNr. locuri\tNr. beneficiari\n"
                    "1\t8810 ID-I\tCentrul de zi pentru copii\t30\t28\n"
                    "2\t8899 CZ-F-I\tCantina socială\t120\t115\n", encoding="utf-8")

    def services(doc):
        return sorted((s.service_code, s.service_name, s.capacity) for s in extract_document(doc).services)

    from_page = services(read_document(page, "p"))
    assert from_page == [("8810 ID-I", "Centrul de zi pentru copii", 30), ("8899 CZ-F-I", "Cantina socială", 120)]
    assert from_page == services(read_text(text, "t", str(text)))


def test_a_word_page_in_a_romanian_code_page_is_read(tmp_path: Path):
    # Word's "Save as Web Page (filtered)": windows-1250, tables of MsoNormal paragraphs, &nbsp; in empty cells
    page = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1250\"></head>"
            "<body lang=RO><div class=WordSection1><p class=MsoTitle>Planul anual de acţiune 2024</p>"
            "<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Cod serviciu</p></td>"
            "<td><p class=MsoNormal>Denumire</p></td><td><p class=MsoNormal>Capacitate</p></td></tr>"
            "<tr><td><p class=MsoNormal>8790 CR-D-I</p></td><td><p class=MsoNormal>Locuinţă protejată</p></td>"
            "<td><p class=MsoNormal>&nbsp;</p></td></tr></table></div></body></html>")
    path = tmp_path / "plan.htm"
    path.write_bytes(page.encode("cp1250"))
    doc = read_document(path, "x")
    assert doc.blocks[0].text == "Planul anual de acțiune 2024"
    assert doc.tables()[0].grid() == [["Cod serviciu", "Denumire", "Capacitate"],
                                      ["8790 CR-D-I", "Locuință protejată", ""]]


ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Anunțuri</title></head>
<body><header><div class="logo">Direcția de Asistență Socială Bârlad</div>
<nav><ul><li><a href="/">Acasă</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><article>
<header><h1>PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2026</h1>
<p>aprobat prin HCL nr. 12/2026</p></header>
<h2>A. Servicii sociale existente</h2>
<table><tr><th>Nr. crt.</th><th>Cod serviciu social</th><th>Denumire serviciu social</th><th>Nr. locuri</th></tr>
<tr><td>1</td><td>8810 ID-I</td><td>Centrul de zi pentru copii</td><td>30</td></tr></table>
<footer>Publicat la 10.02.2026</footer>
</article></main>
<footer>© 2026 Direcția de Asistență Socială Bârlad · Politica de cookies</footer></body></html>
"""


def test_a_sections_header_is_its_text_and_the_pages_header_its_letterhead(tmp_path: Path):
    # an article's <header> holds the document's title; the page's own <header> is the site's banner with the
    # institution's name (its navigation is not), and the page's own <footer> is neither
    path = tmp_path / "plan.html"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    doc = read_document(path, "x")
    texts = [b.text if not isinstance(b, Table) else "<table>" for b in doc.blocks]
    assert texts == ["PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2026", "aprobat prin HCL nr. 12/2026",
                     "A. Servicii sociale existente", "<table>", "Publicat la 10.02.2026"]
    assert [b.text for b in doc.letterhead] == ["Direcția de Asistență Socială Bârlad"]
    facts = extract_document(doc).document
    assert (facts.doc_type, facts.year, facts.uat) == ("plan_anual", 2026, "Municipiul Bârlad")
    assert facts.issuer and "Bârlad" in facts.issuer
