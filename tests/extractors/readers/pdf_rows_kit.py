"""Drawing ruleless tables whose cells are set from the top of their row, for the PDF reader's tests."""
from __future__ import annotations

from extractors.model import Table

SIZE, LEADING, ROW_GAP = 8.0, 9.6, 10.0


def top_row(c, font, top: float, xs: list[float], cells: dict[int, str], right=(), row_gap: float = ROW_GAP) -> float:
    """One row from y=top down, each cell's lines (split at "|") from the row's top; figures right-aligned in the
    columns ``right``. Returns where the next row starts (``row_gap`` under its last line's leading)."""
    c.setFont(font, SIZE)
    n = max(len(t.split("|")) for t in cells.values())
    for k, text in cells.items():
        for i, part in enumerate(text.split("|")):
            y = top - SIZE - i * LEADING
            if k in right:
                c.drawRightString(xs[k + 1] - 6, y, part)
            else:
                c.drawString(xs[k] + 4, y, part)
    return top - n * LEADING - row_gap


XS = [50, 80, 150, 300, 390, 470, 545]
HEADER = {0: "Nr.", 1: "Codul|serviciului|social", 2: "Denumirea serviciului social", 3: "Capacitate și|categorii",
          4: "Buget local|UAT (lei)", 5: "Bugetul de|stat (lei)"}
ROWS = [
    {0: "1.", 1: "8790 CR-MC-II", 2: "Centre pentru gravide în|dificultate", 3: "41 locuri /|Persoane|fără adăpost",
     4: "572.300", 5: "242.400"},
    {0: "2.", 1: "8710CRMS-I", 2: "Centre rezidențiale medico|sociale Grădiștea", 3: "162 locuri /|Victime ale",
     4: "252.900", 5: "620.400"},
    {0: "3.", 1: "8790 CR-C-II", 2: "Centre de primire în regim de|urgență", 3: "225 locuri", 4: "86.100"},
]


def tables_of(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]
