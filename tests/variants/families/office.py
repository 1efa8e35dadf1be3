"""Two opt-in renderings: the family's DOCX printed to PDF by a word processor (LibreOffice, headless).

Most PDFs councils publish were typed in Word or LibreOffice and printed to PDF, not drawn by reportlab as the
``pdf`` and ``borderless`` renderings are. ``office`` is the DOCX exactly as the families write it (ruled tables,
real merges); ``office_plain`` is the same DOCX as published documents often are: tables with no borders, the
header rows repeated on every page a table runs onto, A4 portrait with narrow margins (long tables break across
pages) and a footer with the page number.

LibreOffice starts in seconds, so the DOCX files are converted in batches (:class:`OfficeBatch`: one ``soffice``
process over many files, in a profile of its own so that runs in parallel do not clash). The PDF's creation
date and file identifier are fixed afterwards, so a seed is the same file on every run.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import make_variants as mv
from extractors.readers.legacy import soffice_path  # the pipeline's own lookup of LibreOffice

__all__ = ["OFFICE_RENDERINGS", "OfficeBatch", "OfficeUnavailable", "write_office", "soffice_path"]

OFFICE_RENDERINGS = {"office": "pdf", "office_plain": "pdf"}
# how long one soffice process may take per document it converts (a 10-page DOCX takes well under a second)
SECONDS_PER_DOCUMENT = 30
# files per soffice process: one process over 1,500 files stopped after ~250 of them, exit status 0
CHUNK = 100
ATTEMPTS = 2  # a file a process left out is given to a second one
# office_plain's page: A4 portrait with Word's "narrow" margins (1.27 cm)
PAGE_MM = (210, 297)
NARROW_MARGIN_MM = 12.7
_FIXED_DATE = b"20240101000000"


class OfficeUnavailable(RuntimeError):
    """LibreOffice is not installed, so the office renderings cannot be written."""


def _require_soffice() -> str:
    exe = soffice_path()
    if exe is None:
        raise OfficeUnavailable("the office / office_plain renderings need LibreOffice (`soffice` on the PATH): "
                                "`make legacy-formats`, i.e. `apt-get install libreoffice-writer-nogui`")
    return exe


def _plain_docx(elements: list[mv.El], path: Path) -> None:
    """Rewrite the DOCX at `path` (written by ``mv.write_docx`` from `elements`) as published documents often
    are: borderless tables whose header rows repeat on each page, A4 portrait, narrow margins, page numbers."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    d = docx.Document(str(path))
    tables = [el.table for el in elements if el.kind == "table"]
    for t, spec in zip(d.tables, tables):
        t.style = d.styles["Normal Table"]  # Word's "no borders"
        for row in t.rows[:spec.header_rows]:
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))  # "Repeat as header row at the top of each page"
    for section in d.sections:
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.left_margin = section.right_margin = Mm(NARROW_MARGIN_MM)
        section.top_margin = section.bottom_margin = Mm(NARROW_MARGIN_MM)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("Pagina ")
        run = foot.add_run()
        for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
            if kind:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                run._r.append(fld)
            else:
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
    d.save(str(path))


def _fix_identity(pdf: Path, key: str) -> None:
    """Replace the PDF's creation date, file identifier and checksum (which change on every run) by fixed values of the
    same length, so byte offsets (the xref table) stay right and a seed gives the same bytes every time."""
    data = pdf.read_bytes()
    data = re.sub(rb"(/CreationDate\(D:)\d{14}", lambda m: m.group(1) + _FIXED_DATE, data)
    ident = hashlib.md5(key.encode()).hexdigest().upper().encode()
    data = re.sub(rb"(/ID \[ ?<)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(>)",
                  lambda m: m.group(1) + ident + m.group(2) + ident + m.group(3), data)
    data = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + ident, data)
    pdf.write_bytes(data)


class OfficeBatch:
    """Collects DOCX files to print to PDF and converts them with one LibreOffice process (:meth:`convert`)."""

    def __init__(self) -> None:
        self.exe = _require_soffice()
        self._tmp = Path(tempfile.mkdtemp(prefix="families-office-"))
        self.pending: list[tuple[Path, Path]] = []  # (DOCX in the staging folder, PDF wanted)

    def add(self, elements: list[mv.El], rendering: str, target: Path) -> Path:
        """Stage `elements` as the DOCX of `rendering`; `target` (a .pdf) is written by :meth:`convert`."""
        if rendering not in OFFICE_RENDERINGS:
            raise ValueError(rendering)
        docx_path = self._tmp / "docx" / f"{target.stem}.docx"
        if docx_path.exists():
            raise ValueError(f"{target.name} twice in one batch")
        docx_path.parent.mkdir(parents=True, exist_ok=True)
        mv.write_docx(elements, docx_path)
        if rendering == "office_plain":
            _plain_docx(elements, docx_path)
        self.pending.append((docx_path, target))
        return target

    def convert(self) -> None:
        """Print every staged DOCX to PDF (one soffice process per ``CHUNK`` files, the files one left out given
        to a second pass), then move each PDF to its target."""
        if not self.pending:
            return
        out = self._tmp / "pdf"
        missing = [d for d, _ in self.pending]
        for attempt in range(ATTEMPTS):
            for k in range(0, len(missing), CHUNK):
                self._run(missing[k:k + CHUNK], out)
            missing = [d for d in missing if not (out / f"{d.stem}.pdf").exists()]
            if not missing:
                break
        if missing:
            raise RuntimeError(f"soffice left {len(missing)} of {len(self.pending)} files unconverted "
                               f"(first: {missing[0].name})")
        for d, target in self.pending:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(out / f"{d.stem}.pdf"), target)
            _fix_identity(target, target.name)
        self.pending = []
        shutil.rmtree(self._tmp, ignore_errors=True)
        self._tmp = Path(tempfile.mkdtemp(prefix="families-office-"))

    def _run(self, docs: list[Path], out: Path) -> None:
        """One soffice process over `docs`, in this batch's own profile."""
        profile = self._tmp / "profile"
        cmd = [self.exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
               "--outdir", str(out)] + [str(d) for d in docs]
        try:
            subprocess.run(cmd, capture_output=True, text=True, timeout=60 + SECONDS_PER_DOCUMENT * len(docs))
        except subprocess.TimeoutExpired:
            pass  # (LibreOffice's process is killed by run(); the files it left go to the next pass)

    def close(self) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)


def write_office(elements: list[mv.El], rendering: str, target: Path, batch: OfficeBatch | None = None) -> Path:
    """Write `rendering` of `elements` to `target`: now (its own soffice start), or staged in `batch`."""
    if batch is not None:
        return batch.add(elements, rendering, target)
    one = OfficeBatch()
    try:
        one.add(elements, rendering, target)
        one.convert()
    finally:
        one.close()
    return target
