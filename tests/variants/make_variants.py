"""Generator of NEW annual-plan / mayor's-report documents with known expected values.

The documents follow the template of HG 797/2017 (plan anual de acțiune privind serviciile sociale: Cap. I
A existing services, B proposed services, C contracting programme with CPV codes, D subsidies under Law
34/1998; Cap. II information activities; Cap. III training programme a)-d); partnership lists) and of a
mayor's yearly report, but for places, names and figures that appear in no corpus document.

One document is a list of *elements* rendered by one of four writers:

* ``txt_tsv``   — text export, one row per line, cells separated by tabs (as the corpus exports);
* ``txt_cells`` — text export, one cell per line prefixed by a tab, rows separated by blank lines;
* ``docx``      — python-docx, ruled tables with real merged cells (gridSpan / vMerge);
* ``pdf``       — reportlab, ruled tables, the header repeated on a table that runs over a page break;
* ``scan``      — one page drawn with Pillow, blurred and speckled, saved as an image-only PDF (OCR path).

Text exports may also be written in a legacy encoding (``cp1250``, ``iso-8859-2``: ș/ț become ş/ţ) and with
Windows line endings (``Variant.encoding`` / ``Variant.newline``).

Tables are grids of strings where ``"<"`` means "merged with the cell on the left" and ``"^"`` means
"merged with the cell above"; every writer turns those markers into its own form of merging.

Modules: variant_model.py (elements, ``Variant``), variant_writers.py (the writers above), round1.py and round2.py
(the documents of rounds 1 and 2), round3.py (with its writers in round3_writers.py), round4.py, round5.py. Their
names stay importable from here (``import make_variants as mv; mv.table(...)``).

Usage (writes every variant into a folder and prints the expected values as JSON)::

    python tests/variants/make_variants.py OUT_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

# the model, the writers and the documents live in their own modules; their names stay importable from here
from round1 import (_ALBA_CENTRES, _lei, alba_iulia_plan_2023, bals_raport_primar_2023,  # noqa: F401
                    poiana_mare_plan_2024, round1_variants, turda_plan_2023, vaslui_dgaspc_plan_2025)
from round2 import (_PRINTED_KEYS, deaccent, deaccent_elements, deaccent_expected,  # noqa: F401
                    falticeni_raport_das_2024, mizil_plan_2024_scan, moinesti_raport_primar_2023,
                    pascani_plan_2025, round2_variants, sannicolau_mare_plan_2024, tecuci_plan_2024)
from variant_model import LEFT, UP, El, Tbl, Variant, _svc, bullet, h, p, pagebreak, table, title  # noqa: F401
from variant_writers import (_FONT, _FONT_BOLD, _plain, fill_docx_table, legacy_text,  # noqa: F401
                             pdf_available, write_docx, write_pdf, write_scan, write_txt_cells, write_txt_tsv,
                             write_variant)


def all_variants() -> list[Variant]:
    out: list[Variant] = round1_variants()
    out.extend(round2_variants())
    import round3  # round 3: structure and format features (round3.py)

    out.extend(round3.round3_variants())
    import round4  # round 4: template wording of the annual plan (round4.py)

    out.extend(round4.round4_variants())
    import round5  # round 5: activity tables of reports → indicators (round5.py)

    out.extend(round5.round5_variants())
    return out


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1] if len(argv) > 1 else "variants_out")
    expected = {}
    for v in all_variants():
        if v.fmt in ("pdf", "pdf3", "scan") and not pdf_available():
            continue
        path = write_variant(v, out_dir)
        expected[path.name] = v.expected
    (out_dir / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    print(out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
