"""What styles.xml and numbering.xml say about a paragraph: the heading level of a style (Heading N / Titlu N /
Title / an outline level, through ``w:basedOn``), the list a style numbers, and list markers rebuilt from the
numbering definitions ("1.", "a)", "iv.", "-") with their counters."""
from __future__ import annotations

import re

from extractors.readers.office_package import q

_HEADING_STYLE = re.compile(r"^(?:heading|titlu|titre|berschrift|ttulo|título)\s*(\d)$", re.I)


class Styles:
    def __init__(self, root):
        self.level: dict[str, int] = {}
        self.num: dict[str, tuple[str, int]] = {}  # style -> (numId, ilvl) of a list style
        if root is None:
            return
        based: dict[str, str] = {}
        names: dict[str, str] = {}
        outline: dict[str, int] = {}
        for st in root.iter(q("style")):
            sid = st.get(q("styleId")) or ""
            name_el = st.find(q("name"))
            names[sid] = (name_el.get(q("val")) if name_el is not None else "") or ""
            b = st.find(q("basedOn"))
            if b is not None:
                based[sid] = b.get(q("val"))
            npr = st.find(f"{q('pPr')}/{q('numPr')}")
            if npr is not None:
                nid, il = npr.find(q("numId")), npr.find(q("ilvl"))
                if nid is not None and nid.get(q("val")) not in (None, "0"):
                    self.num[sid] = (nid.get(q("val")), int(il.get(q("val")) or 0) if il is not None else 0)
            ol = st.find(f"{q('pPr')}/{q('outlineLvl')}")
            if ol is not None and (ol.get(q("val")) or "").isdigit():
                outline[sid] = int(ol.get(q("val"))) + 1
        for sid in names:
            lvl = self._direct(sid, names[sid], outline)
            cur, seen = sid, set()
            while lvl is None and cur in based and cur not in seen:
                seen.add(cur)
                cur = based[cur]
                lvl = self._direct(cur, names.get(cur, ""), outline)
            if lvl is not None:
                self.level[sid] = lvl

    @staticmethod
    def _direct(sid: str, name: str, outline: dict[str, int]) -> int | None:
        for s in (name, sid):
            m = _HEADING_STYLE.match(s.replace(" ", "") if s else "") or _HEADING_STYLE.match(s or "")
            if m:
                return max(1, min(9, int(m.group(1))))
            if s and s.lower() in ("title", "titlu"):
                return 1
            if s and s.lower() in ("subtitle", "subtitlu"):
                return 2
        if sid in outline and outline[sid] <= 9:
            return outline[sid]
        return None


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def _fmt_number(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class Numbering:
    """Rebuilds list markers: numId -> abstractNum levels (format, level text, start), with counters."""

    def __init__(self, root):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(q("abstractNum")):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(q("lvl")):
                il = int(lvl.get(q("ilvl")) or 0)
                fmt = lvl.find(q("numFmt"))
                txt = lvl.find(q("lvlText"))
                start = lvl.find(q("start"))
                lv[il] = (fmt.get(q("val")) if fmt is not None else "decimal",
                          txt.get(q("val")) if txt is not None else "%1.",
                          int(start.get(q("val")) or 1) if start is not None else 1)
            abstract[an.get(q("abstractNumId"))] = lv
        for num in root.iter(q("num")):
            a = num.find(q("abstractNumId"))
            if a is not None and a.get(q("val")) in abstract:
                self.levels[num.get(q("numId"))] = abstract[a.get(q("val"))]

    def marker(self, num_id: str, ilvl: int) -> str:
        lv = self.levels.get(num_id)
        if not lv:
            return "-"
        fmt, text, start = lv.get(ilvl, ("decimal", "%1.", 1))
        if fmt == "bullet":
            return "•" if not text or not text.isprintable() or ord(text[0]) >= 0xE000 else ("-" if text in "-–" else text)
        if fmt == "none":
            return ""
        cnt = self.counters.setdefault(num_id, [0] * 10)
        cnt[ilvl] = (cnt[ilvl] or start - 1) + 1 if cnt[ilvl] else start
        for deeper in range(ilvl + 1, 10):
            cnt[deeper] = 0

        def repl(m):
            k = int(m.group(1)) - 1
            f, _, st = lv.get(k, ("decimal", "", 1))
            return _fmt_number(f, cnt[k] or st)

        return re.sub(r"%(\d)", repl, text).strip()

