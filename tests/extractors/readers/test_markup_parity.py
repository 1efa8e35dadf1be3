"""Markup remnants typed as text (HTML tags left by a conversion) read the same from a DOCX as from a text export."""
from __future__ import annotations

import zipfile

from extractors.model import Table
from extractors.readers.docx import read_docx
from extractors.readers.text import parse_text

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:tc>"


def test_html_tags_typed_in_a_docx_cell_are_removed_as_in_the_text_export(tmp_path):
    organiser = "&lt;p&gt;Centrul de Zi „Sf. Maria”;&lt;/p&gt; &lt;p&gt;Serviciul Adopții&lt;/p&gt;"
    body = (f"<w:document {W}><w:body>"
            "<w:p><w:r><w:t>Campania &lt;b&gt;119&lt;/b&gt;&lt;br/&gt;în comunitate</w:t></w:r></w:p>"
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            f"<w:tr>{_cell('Activitate')}{_cell('Organizator')}</w:tr>"
            f"<w:tr>{_cell('Distribuire pliante')}{_cell(organiser)}</w:tr>"
            "</w:tbl></w:body></w:document>")
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", body)
    doc = read_docx(path, "x")
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    text = parse_text("Campania <b>119</b><br/>în comunitate\n\n"
                      "Activitate\tOrganizator\n"
                      "Distribuire pliante\t<p>Centrul de Zi „Sf. Maria”;</p> <p>Serviciul Adopții</p>\n")
    assert [r.texts() for r in table.rows] == [r.texts() for r in text[-1].rows] == [
        ["Activitate", "Organizator"], ["Distribuire pliante", "Centrul de Zi „Sf. Maria”; Serviciul Adopții"]]
    # a <br> breaks the paragraph in both
    assert [b.text for b in doc.blocks[:2]] == [b.text for b in text[:2]] == ["Campania 119", "în comunitate"]
