"""A narrow ruleless column's words broken for lack of room, told from two words by the document's own words:
the geometry of one cell cannot always tell "recu" / "perare" (a line not quite full) from "Identificarea" /
"persoanelor" (a line filling the column)."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.readers._pdf_layout import Line, Word
from extractors.readers._pdf_vocabulary import NO_VOCABULARY, vocabulary
from extractors.readers.pdf import read_pdf

from pdf_rows_kit import SIZE, tables_of, top_row


def _line(*words: tuple[str, float, float]) -> Line:
    return Line([Word(t, x0, 0.0, x1, SIZE, size=SIZE) for t, x0, x1 in words])


def test_the_vocabulary_says_which_pieces_are_one_word_and_which_are_two():
    vocab = vocabulary([
        _line(("Servicii", 0, 30), ("de", 32, 40), ("recuperare", 42, 80), ("pentru", 82, 100)),
        _line(("nevoile", 0, 30), ("persoanelor", 32, 70), ("vârstnice,", 72, 100)),
        _line(("Identificarea", 0, 50)),
        _line(("Nr.", 0, 10), ("furnizori", 60, 90)),  # a gutter apart: neighbours in no text
    ])
    assert vocab.joins(["recu"], ["perare"]) is True  # set whole elsewhere, "recu" never on its own
    assert vocab.joins(["Identificarea"], ["persoanelor"]) is False  # "persoanelor" mid-line, no joined form
    assert vocab.joins(["nr"], ["furnizori"]) is None  # short, and neither used on its own: the geometry says
    assert vocab.joins(["8899"], ["CZ"]) is None  # no letters to go on
    assert NO_VOCABULARY.joins(["recu"], ["perare"]) is None


def test_pieces_with_their_lines_neighbours_used_on_their_own_are_two_words():
    # a narrow ruled cell, "Centrul de zi" / "pent" / "ru" / "pers" / "oane" / "adult" / "e": "zi" is followed by a
    # word elsewhere and "pent" + "ru" = "pentru" led by one, so "zi" / "pent" are two words ("zipentru" was read);
    # "oane" after "pers" is "persoane", followed elsewhere, and "adult" + "e" led: two words too
    vocab = vocabulary([_line(("Centrul", 0, 30), ("de", 32, 40), ("zi", 42, 50), ("pentru", 52, 80),
                              ("persoane", 82, 110), ("adulte", 112, 140))])
    assert vocab.joins(["zi"], ["pent", "pentru"]) is False
    assert vocab.joins(["oane", "persoane"], ["adult", "adulte"]) is False
    assert vocab.joins(["pent"], ["ru"]) is True  # "pentru" written whole, "pent" never on its own


def _draw(path, font: str, prose: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    if prose:  # the document's own words: "recuperare" whole, "persoanelor" on its own mid-line
        c.drawString(50, 800, "Planul are în vedere servicii de recuperare pentru copii și nevoile persoanelor "
                              "vârstnice.")
    xs = [50, 80, 140, 260, 340, 420]
    y = top_row(c, font, 760, xs, {0: "Nr.", 1: "Activitate", 2: "Responsabil", 3: "Termen", 4: "Buget"})
    y = top_row(c, font, y, xs, {0: "1.", 1: "Identificarea|persoanelor", 2: "DGASPC", 3: "2026",
                                 4: "12.500"}, right=(3, 4))
    top_row(c, font, y, xs, {0: "2.", 1: "Loc de recu|perare", 2: "Primăria", 3: "2027", 4: "8.000"},
            right=(3, 4))
    c.showPage()
    c.save()


def test_a_narrow_columns_breaks_are_told_by_the_documents_words(gen_dir, pdf_font):
    path = gen_dir / "vocabulary_breaks.pdf"
    _draw(path, pdf_font, prose=True)
    (table,) = tables_of(read_pdf(path, "vocabulary"))
    names = [r[1] for r in table.grid()[1:]]
    assert names == ["Identificarea persoanelor", "Loc de recuperare"]


def test_without_the_documents_words_the_geometry_decides(gen_dir, pdf_font):
    """The same table alone: nothing says otherwise, the geometry's decisions stand (the line filling the column
    glued to the next, the one with room left not)."""
    path = gen_dir / "geometry_breaks.pdf"
    _draw(path, pdf_font, prose=False)
    (table,) = tables_of(read_pdf(path, "geometry"))
    names = [r[1] for r in table.grid()[1:]]
    assert names == ["Identificareapersoanelor", "Loc de recu perare"]


def test_a_code_broken_in_capitals_is_left_to_the_geometry():
    """A code's pieces in capitals ("8790 CR-V" / "D-III") are no words: "V" and "D" standing alone in other codes
    do not keep them apart."""
    from extractors.readers._pdf_breaks import broken

    vocab = vocabulary([_line(("CR-V", 0, 20), ("D", 22, 26), ("8790", 40, 60))])
    a = _line(("8790", 0, 18), ("CR-V", 20, 40))
    b = Line([Word("D-III", 0, 10.0, 20, 10.0 + SIZE, size=SIZE)])
    assert broken(a, b, 38.0) and broken(a, b, 38.0, vocab=vocab)  # the line full, the pieces too wide


def test_a_short_ending_the_text_never_writes_alone_goes_on_its_word():
    """"Contribuț" / "ii": the joined form is written nowhere else, but a lower-case piece of two letters that the
    text never uses as a word is a word's ending (left apart, "Contribuț ii beneficiari" read as a count of
    beneficiaries once "benefic" / "iari" was glued). A code's grade in capitals ("CR-V-II") is no such word; a
    short word the text writes mid-line ("de") stays a word."""
    vocab = vocabulary([
        _line(("8730-CR-V-II", 0, 40), ("Buget", 42, 60), ("local", 62, 80)),
        _line(("Servicii", 0, 30), ("de", 32, 40), ("zi", 42, 50)),
        _line(("Contribuț", 0, 35)),
        _line(("ii", 0, 8), ("beneficiari", 10, 40)),
    ])
    assert vocab.joins(["Contribuț"], ["ii"]) is True
    assert vocab.joins(["Centre"], ["de"]) is None  # "de" written as a word: the geometry decides


def test_two_words_in_capitals_the_text_uses_on_their_own_stay_two():
    """A total row's label in a narrow column, "TOTAL" filling its line, "DGASPC Tulcea" under it: the geometry
    glues two words in capitals on a full line ("TOTALDGASPC", no TOTAL row then), the document's words keep them
    apart ("Bugetul total estimat", "de DGASPC Tulcea": each used on its own, the joined form nowhere)."""
    from extractors.readers._pdf_breaks import broken

    vocab = vocabulary([_line(("Bugetul", 0, 30), ("total", 32, 50), ("estimat", 52, 80)),
                        _line(("elaborat", 0, 30), ("de", 32, 40), ("DGASPC", 42, 70), ("Tulcea", 72, 95))])
    a = _line(("TOTAL", 0, 30))
    b = Line([Word("DGASPC", 0, 10.0, 32, 10.0 + SIZE, size=SIZE), Word("Tulcea", 34, 10.0, 60, 10.0 + SIZE,
                                                                         size=SIZE)])
    assert broken(a, b, 31.0)  # the geometry alone: the line full, the pieces too wide together
    assert not broken(a, b, 31.0, vocab=vocab)


def test_an_initialism_on_the_next_line_starts_a_word():
    """"TOTAL" filling its line, "D.G.A. S.P.C." on the next (a total row's label wrapped in a narrow column): no word
    goes on with a capital and a dot, so the two stay apart whatever the geometry ("TOTALD.G.A." was no TOTAL row)."""
    from extractors.readers._pdf_breaks import broken

    a = _line(("TOTAL", 0, 30))
    b = Line([Word("D.G.A.", 0, 10.0, 28, 10.0 + SIZE, size=SIZE), Word("S.P.C.", 30, 10.0, 58, 10.0 + SIZE,
                                                                          size=SIZE)])
    assert not broken(a, b, 31.0)
    assert broken(a, _line(("DGASPC", 0, 32)), 31.0)  # capitals without dots: the geometry decides, as before
