from __future__ import annotations

import zipfile

import pytest

from extractors.model import Heading, ListItem, ReaderError, Table
from extractors.readers.docx import read_docx


def test_merged_cells_grid(merged_docx):
    doc = read_docx(merged_docx, "d")
    assert doc.format == "docx"
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.n_cols == 4 and len(table.rows) == 4
    r0 = table.rows[0].cells
    assert [(c.text, c.col, c.row_span, c.col_span) for c in r0] == [
        ("Cod", 0, 2, 1), ("Denumire", 1, 2, 1), ("Bugete", 2, 1, 2)]
    # the vertically merged cells appear only in their first row
    assert [(c.text, c.col) for c in table.rows[1].cells] == [("Buget local", 2), ("Buget de stat", 3)]
    assert [(c.text, c.row_span) for c in table.rows[2].cells][0] == ("8899-CZ-PN-V", 2)
    assert [c.col for c in table.rows[3].cells] == [1, 2, 3]
    assert table.grid()[3] == ["8899-CZ-PN-V", "Centru de zi", "12.000", "5.000"]
    assert table.grid(fill_spans=False)[1] == ["", "", "Buget local", "Buget de stat"]


def test_headings_lists_order(merged_docx):
    doc = read_docx(merged_docx, "d")
    b = doc.blocks
    assert isinstance(b[0], Heading) and b[0].level == 1 and b[0].text.startswith("CAPITOLUL I")
    items = [x for x in b if isinstance(x, ListItem)]
    assert [x.text for x in items] == ["Date privind administrarea serviciilor", "Planificarea activităților de informare"]
    assert all(x.marker for x in items)
    assert [x.kind for x in b][-2:] == ["table", "paragraph"]


def test_tracked_changes_and_vmerge_xml(tmp_path):
    """Hand-written XML: w:ins kept, w:del dropped, gridBefore offsets, vMerge continue."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = f"""<w:document {W}><w:body>
<w:p><w:r><w:t>Plan </w:t></w:r><w:ins><w:r><w:t>aprobat</w:t></w:r></w:ins><w:del><w:r><w:delText>respins</w:delText></w:r></w:del></w:p>
<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>D</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>E</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>F</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl></w:body></w:document>"""
    p = tmp_path / "x.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", body)
    doc = read_docx(p, "x")
    assert doc.blocks[0].text == "Plan aprobat"
    t = doc.blocks[1]
    assert t.grid(fill_spans=False) == [["A", "B", ""], ["", "C", "D"], ["", "E", "F"]]
    assert t.rows[0].cells[0].row_span == 2 and t.rows[0].cells[1].col_span == 2
    assert [c.col for c in t.rows[2].cells] == [1, 2]


def test_not_a_zip(tmp_path):
    p = tmp_path / "plan.docx"
    p.write_bytes(b"This is plain text saved with a .docx name.\n")
    with pytest.raises(ReaderError) as e:
        read_docx(p, "x")
    assert e.value.reason == "not_a_zip"


def test_zip_bomb(zip_bomb_docx):
    with pytest.raises(ReaderError) as e:
        read_docx(zip_bomb_docx, "x")
    assert e.value.reason == "zip_bomb"


def test_zip_without_document_is_corrupt(tmp_path):
    p = tmp_path / "c.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("foo.txt", "x")
    with pytest.raises(ReaderError) as e:
        read_docx(p, "x")
    assert e.value.reason == "corrupt_docx"


def test_a_damaged_deflate_stream_is_corrupt_not_an_extraction_error(tmp_path):
    # bytes flipped inside a compressed member make zlib raise before the CRC is checked
    body = "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>" + \
        "".join(f"<w:p><w:r><w:t>Serviciul social {i}: 8790 CR-D-I, capacitate {i} locuri</w:t></w:r></w:p>"
                for i in range(400)) + "</w:body></w:document>"
    p = tmp_path / "d.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", body)
    data = bytearray(p.read_bytes())
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + info.compress_size - 20, 37):
        data[i] ^= 0x5A
    p.write_bytes(bytes(data))
    with pytest.raises(ReaderError) as e:
        read_docx(p, "x")
    assert e.value.reason == "corrupt_docx"
    assert "word/document.xml is damaged" in str(e.value)


def test_malformed_xml_is_corrupt(tmp_path):
    p = tmp_path / "m.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(ReaderError) as e:
        read_docx(p, "x")
    assert e.value.reason == "corrupt_docx"


def test_odt_table_spans(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    content = f"""<office:document-content {ns}><office:body><office:text>
<text:h text:outline-level="1">CAPITOLUL I</text:h>
<table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Bugete</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
<table:table-row><table:table-cell><text:p>local</text:p></table:table-cell><table:table-cell><text:p>stat</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"""
    p = tmp_path / "a.odt"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    doc = read_docx(p, "o")
    assert doc.format == "odt"
    assert isinstance(doc.blocks[0], Heading)
    t = doc.blocks[1]
    assert t.grid() == [["Bugete", "Bugete"], ["local", "stat"]]


def _xml_docx(path, body_xml: str):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", f"<w:document {W}><w:body>{body_xml}</w:body></w:document>")
    return path


def test_one_cell_table_is_a_paragraph(tmp_path):
    """A one-row, one-cell table (a framed paragraph) reads as that text, as the text export gives it;
    a one-column table of several rows stays a table."""
    cell = lambda t: f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>"
    body = (f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>{cell('6.992.077 lei total din care:')}</w:tr></w:tbl>"
            "<w:p><w:r><w:t>a) 4.712.542 lei</w:t></w:r></w:p>"
            f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>{cell('X')}</w:tr><w:tr>{cell('Y')}</w:tr></w:tbl>")
    doc = read_docx(_xml_docx(tmp_path / "x.docx", body), "x")
    assert not isinstance(doc.blocks[0], Table) and doc.blocks[0].text == "6.992.077 lei total din care:"
    assert isinstance(doc.blocks[2], Table) and len(doc.blocks[2].rows) == 2


def test_blocks_carry_distinct_lines(tmp_path):
    """Every block (and table row) gets the line it starts on in the body's text, so that the same figure
    stated twice is two statements downstream."""
    p = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    row = lambda a, b: f"<w:tr><w:tc>{p(a)}</w:tc><w:tc>{p(b)}</w:tc></w:tr>"
    body = (p("Total 10.000 lei") + "<w:p/>" + "<w:p><w:r><w:t>unu</w:t><w:br/><w:t>doi</w:t></w:r></w:p>"
            + f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row('a', '1')}{row('b', '2')}</w:tbl>"
            + p("Total 10.000 lei"))
    doc = read_docx(_xml_docx(tmp_path / "x.docx", body), "x")
    lines = [b.line for b in doc.blocks]
    assert lines == [1, 3, 4, 5, 7]
    assert [r.line for r in doc.blocks[3].rows] == [5, 6]
    assert doc.blocks[0].text == doc.blocks[-1].text and doc.blocks[0].line != doc.blocks[-1].line


# ------------------------------------------------------------------ nested tables and text boxes (R3-6, R3-7)

_SERVICES = [["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate"],
             ["1.", "8810 ID-I", "Îngrijire la domiciliu", "14"],
             ["2.", "8899 CPDH-I", "Cantina socială", "45"]]


def _fill(table, rows):
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_table_nested_in_a_one_cell_layout_table_is_a_table_of_its_own(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Înainte")
    outer = d.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    cell.paragraphs[0].add_run("Tabelul nr. 1 - Servicii sociale existente")
    _fill(cell.add_table(rows=3, cols=4), _SERVICES)
    cell.add_paragraph("Notă: capacitatea în locuri")
    d.add_paragraph("După")
    p = tmp_path / "nested.docx"
    d.save(str(p))
    doc = read_docx(p, "n")
    texts = [b.text if not isinstance(b, Table) else "<table>" for b in doc.blocks]
    assert texts == ["Înainte", "Tabelul nr. 1 - Servicii sociale existente", "<table>",
                     "Notă: capacitatea în locuri", "După"]
    (t,) = _tables(doc)
    assert t.n_cols == 4 and t.grid() == _SERVICES
    lines = [b.line for b in doc.blocks]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)


def test_table_nested_in_a_data_table_cell_follows_it_and_leaves_the_cell(tmp_path):
    import docx

    d = docx.Document()
    outer = d.add_table(rows=2, cols=2)
    _fill(outer, [["Capitol", "Servicii"], ["A. existente", ""]])
    _fill(outer.cell(1, 1).add_table(rows=3, cols=4), _SERVICES)
    # a one-cell table nested in a cell stays flattened (a frame around text)
    outer.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "(cadru)"
    p = tmp_path / "nested2.docx"
    d.save(str(p))
    doc = read_docx(p, "n")
    first, inner = _tables(doc)
    assert doc.blocks.index(first) + 1 == doc.blocks.index(inner)
    assert first.grid() == [["Capitol (cadru)", "Servicii"], ["A. existente", ""]]
    assert inner.grid() == _SERVICES and inner.line > first.rows[-1].line


def test_layout_table_holding_only_a_table_is_not_kept(tmp_path):
    import docx

    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)  # the table sits in the second cell, the first is empty
    _fill(outer.cell(0, 1).add_table(rows=3, cols=4), _SERVICES)
    p = tmp_path / "nested3.docx"
    d.save(str(p))
    doc = read_docx(p, "n")
    (t,) = _tables(doc)
    assert t.grid() == _SERVICES
    assert all(isinstance(b, Table) or b.text for b in doc.blocks)


_TXBX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"')


def _box_content() -> str:
    p = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    row = lambda *cells: "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"
    return ("<w:txbxContent>" + p("a) cursuri de perfecționare")
            + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + row("Nr. crt.", "Personalul de specialitate", "Nr. persoane")
            + row("1.", "Asistent social", "2") + row("2.", "Referent", "1")
            + "</w:tbl><w:p/></w:txbxContent>")


def _docx_with(path, body: str):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", f"<w:document {_TXBX_NS}><w:body>{body}</w:body></w:document>")
    return path


def test_text_box_with_a_table_is_read_once(tmp_path):
    """Word writes a text box twice: mc:Choice (DrawingML wps:txbx) and a VML mc:Fallback copy."""
    run = ("<w:r><w:t>Ancora</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
           "<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + _box_content()
           + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
           "<mc:Fallback><w:pict><v:shape><v:textbox>" + _box_content()
           + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = ("<w:p><w:r><w:t>Capitolul III</w:t></w:r></w:p>" + f"<w:p>{run}</w:p>"
            + "<w:p><w:r><w:t>Capitolul IV</w:t></w:r></w:p>")
    doc = read_docx(_docx_with(tmp_path / "tb.docx", body), "t")
    texts = [b.text if not isinstance(b, Table) else "<table>" for b in doc.blocks]
    assert texts == ["Capitolul III", "Ancora", "a) cursuri de perfecționare", "<table>", "Capitolul IV"]
    (t,) = _tables(doc)
    assert t.grid() == [["Nr. crt.", "Personalul de specialitate", "Nr. persoane"],
                        ["1.", "Asistent social", "2"], ["2.", "Referent", "1"]]
    lines = [b.line for b in doc.blocks]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)


def test_vml_only_text_box_and_text_box_in_a_cell(tmp_path):
    vml = "<w:r><w:pict><v:shape><v:textbox>" + _box_content() + "</v:textbox></v:shape></w:pict></w:r>"
    in_cell = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
               "<w:tc><w:p><w:r><w:t>Cod</w:t></w:r></w:p></w:tc>"
               "<w:tc><w:p><w:r><w:t>Denumire</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
               "<w:p><w:r><w:t>(în casetă)</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
               "</w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>8810</w:t></w:r></w:p></w:tc>"
               "<w:tc><w:p><w:r><w:t>Îngrijire</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    doc = read_docx(_docx_with(tmp_path / "vml.docx", f"<w:p>{vml}</w:p>" + in_cell), "v")
    box_table, cell_table = _tables(doc)
    assert doc.blocks[0].text == "a) cursuri de perfecționare"
    assert box_table.grid()[2] == ["2.", "Referent", "1"]
    assert cell_table.grid() == [["Cod", "Denumire (în casetă)"], ["8810", "Îngrijire"]]
