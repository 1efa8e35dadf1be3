"""The text of a WordprocessingML paragraph: its runs (tabs as spaces, line breaks, non-breaking hyphens,
symbols; deleted and moved-from text skipped), its lines, and the text boxes anchored in it."""
from __future__ import annotations

from extractors.readers.office_package import ALT_CONTENT, CHOICE, FALLBACK, q
from extractors.readers.text_lines import strip_html_tags
from normalizers.text import clean_text

def _run_text(el) -> list[str]:
    """Text of a paragraph element as pieces; "\n" marks a line break."""
    out: list[str] = []
    for node in el.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag == q("t"):
            if not _in_skipped(node, el):
                out.append(node.text or "")
        elif tag in (q("tab"), q("ptab")):
            if not _in_skipped(node, el):
                out.append(" ")
        elif tag in (q("br"), q("cr")):
            if node.get(q("type")) in (None, "textWrapping") and not _in_skipped(node, el):
                out.append("\n")
        elif tag == q("noBreakHyphen"):
            if not _in_skipped(node, el):
                out.append("-")
        elif tag == q("sym"):
            if not _in_skipped(node, el):
                out.append("•")
    return out


def _in_skipped(node, stop) -> bool:
    p = node.getparent()
    while p is not None and p is not stop:
        t = p.tag
        if t in (q("del"), q("moveFrom"), FALLBACK, q("tbl"), q("txbxContent")):
            return True
        p = p.getparent()
    return False


def para_lines(p) -> list[str]:
    """The paragraph's own lines (text boxes anchored in it are not part of them: see :func:`text_boxes`).
    HTML tags typed as text (``<p>…</p>`` left by a conversion) are removed as the text reader removes them."""
    text = "".join(_run_text(p))
    if "<" in text:
        text = strip_html_tags(text)
    return [clean_text(s) for s in text.split("\n")]


def text_boxes(el) -> list:
    """The ``w:txbxContent`` elements anchored in ``el`` (not those inside another text box, which belong to
    that box's paragraphs), one copy per ``mc:AlternateContent``: the first Choice that holds a text box,
    else the Fallback."""
    out: list = []

    def walk(n):
        for c in n:
            t = c.tag
            if not isinstance(t, str) or t in (q("del"), q("moveFrom")):
                continue
            if t == q("txbxContent"):
                out.append(c)
            elif t == ALT_CONTENT:
                branches = [x for x in c if x.tag in (CHOICE, FALLBACK)]
                pick = next((x for x in branches if x.tag == CHOICE and _has_text_box(x)), None)
                if pick is None:
                    pick = next((x for x in branches if x.tag == FALLBACK), None)
                if pick is not None:
                    walk(pick)
            else:
                walk(c)

    walk(el)
    return out


def _has_text_box(el) -> bool:
    return next(el.iter(q("txbxContent")), None) is not None

