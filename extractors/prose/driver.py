"""The walk over the understood document: headings set the running section, text blocks and report tables give
indicators and totals. See :mod:`extractors.prose`."""
from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.model import Heading, ListItem, Paragraph, Table
from extractors.prose.acronyms import defined_acronyms
from extractors.prose.report_tables import _report_table
from extractors.prose.sentences import _scope, _text_block
from extractors.prose.subjects import _clean, _Ctx, _is_heading_text, _topic_of, _unit_title, letterhead_unit
from extractors.prose.vocab import FACILITY_HEADS
from extractors.records.base import TotalRecord
from extractors.understanding.model import PLAN_TYPES
from normalizers.numbers import find_numbers, unit_from_text
from normalizers.text import fold_key


def extract_prose(u) -> dict[str, list]:
    """Indicators and totals from sentences, bullets and report tables of the understood document
    (:class:`extractors.understanding.Understanding`). Text inside the plan chapters read by the programme
    extractors (contracting, subsidies, trainings) is left to them."""
    is_plan = u.facts.doc_type in PLAN_TYPES
    ctx = _Ctx(u.facts.doc_type or "other", u.facts.year)
    # a mayor's report opens (letterhead, title, the lines under it) with the administrative unit itself: its
    # population, its villages; the first heading after the title starts the chapters, each about its own unit
    front = _FrontMatter(u.facts.uat if u.facts.doc_type == "raport_primar" else None, u.facts.title)
    ctx.topic = front.uat
    if not is_plan and u.facts.doc_type != "raport_primar":  # a mayor's report has its front matter (above)
        ctx.author = letterhead_unit(u.blocks)
    ctx.acronyms = defined_acronyms(_block_texts(u.blocks))
    out: dict[str, list] = {"indicators": [], "totals": []}
    by_table = {id(rt.table): rt for rt in u.tables}
    prev_text: str | None = None
    chapter_numbered = False  # the last heading that set the topic was a numbered chapter ('CAPITOLUL V', '5.')
    chapter_level: int | None = None  # the level of the unnumbered heading that last set the topic
    one_style = _headings_of_one_style(u.blocks, u.facts.title)
    after_breakdown = False
    list_intro: str | None = None  # the paragraph a list's items follow, when it ends with a colon
    money_breakdown = False  # inside 'N lei total din care: a) … lei b) … c) 266.862': a bare item amount is lei
    for index, (block, section) in enumerate(zip(u.blocks, u.sections)):
        if isinstance(block, Table):
            rt = by_table.get(id(block))
            if rt is not None and rt.report:
                _report_table(rt, ctx, out)
            elif rt is not None and rt.report_totals:  # a table with records of its own: its totals, no counts
                _report_table(rt, ctx, {"indicators": [], "totals": out["totals"]})
            prev_text = None
            last = [c.text for c in block.rows[-1].cells if c.text.strip()] if block.rows else []
            money_breakdown = bool(last) and _opens_money_breakdown(_clean(last[-1]))
            continue
        title = _is_heading_text(block)
        if title:
            ctx.section = title
            depth = heading_depth(block.text)
            level = block.level if isinstance(block, Heading) else None
            if ctx.topic and front.uat is None and depth != 1 and not _unit_title(block.text) and (
                    chapter_numbered or _unnumbered_sub_heading(depth, level, chapter_level, one_style)):
                pass  # a sub-heading inside a chapter that names no unit: the chapter's unit goes on
            else:
                ctx.topic = front.topic_at(block.text)
                chapter_numbered = depth == 1
                chapter_level = level if depth is None else None
            prev_text = None
            continue
        if is_plan and section.plan_programme:
            continue
        front.see(block.text)  # a title the reader kept as a paragraph
        if not isinstance(block, (Paragraph, ListItem, Heading)):
            continue
        text = _clean(block.text)
        item = _ENUM_AMOUNT.match(text)
        if money_breakdown and item and not is_plan:
            if unit_from_text(text) is None and len(find_numbers(item.group(2))) == 1:
                out["totals"].append(TotalRecord(
                    scope=_scope(ctx, item.group(1), None), amount=find_numbers(item.group(2))[0][0], unit="lei",
                    raw=text, page=block.page, line=block.line, warnings=["from_prose", "unit_from_breakdown"]))
                continue
        else:
            money_breakdown = _opens_money_breakdown(text)
        m = _breakdown_part(text)
        if after_breakdown and m and not is_plan and len(find_numbers(m[0])) == 1:
            out["totals"].append(TotalRecord(scope=_scope(ctx, m[1].strip(" ;."), None),
                                             amount=find_numbers(m[0])[0][0], unit="other", raw=text,
                                             page=block.page, line=block.line, warnings=["from_prose"]))
        elif not m:
            after_breakdown = bool(re.search(r"\b(?:din|dintre) care\s*:?\s*$", fold_key(text) + " ")) or \
                bool(re.search(r"(?:din|dintre) care\s*:\s*$", text))
        topic = None if is_plan or isinstance(block, ListItem) or re.match(r"^\s*[·•◦▪*\-–—]", block.text) \
            else _topic_of(text)
        # the topic later paragraphs under this heading inherit; a paragraph that opens with one facility and
        # states its figures ('Centrul X are 41 de locuri și 30 de beneficiari') is about that facility alone: the
        # organisational unit the chapter opened with stays the topic of what follows
        if topic and (not ctx.section or fold_key(topic) not in fold_key(ctx.section)) and not (
                ctx.topic and _is_facility(topic) and not _is_facility(ctx.topic) and re.search(r"\d", text)):
            ctx.topic = topic
        if not isinstance(block, ListItem):
            list_intro = _list_intro(text, u.blocks, index) if text.endswith(":") else None
        _text_block(block, prev_text, ctx, is_plan, out, list_intro if isinstance(block, ListItem) else None)
        prev_text = _clean(block.text) if not re.search(r"\d", block.text) or len(block.text) > 20 else prev_text
    _dedupe(out)
    return out


_TOTAL_ENTRY = re.compile(r"^\W*total(?:ul)?\b", re.I)


def _list_intro(text: str, blocks, at: int) -> str:
    """What introduces the list after the paragraph ``text`` (block ``at``): the paragraph ('Copii cu măsură de
    protecție specială la 31.12.2024:'), followed by the list's own total entry ('Total copii în sistemul de
    protecție specială: 1.064'), which names what the entries count when the paragraph does not ('Măsurile de
    protecție specială aflate în derulare:')."""
    totals = []
    for block in blocks[at + 1:]:
        if not isinstance(block, ListItem):
            break
        if _TOTAL_ENTRY.match(block.text or ""):
            totals.append(_clean(block.text))
    return " ".join([text] + totals)


def _unnumbered_sub_heading(depth: int | None, level: int | None, chapter_level: int | None,
                            one_style: bool) -> bool:
    """An unnumbered heading below the unnumbered chapter heading the topic was set under: a sub-heading
    ('Beneficii de asistență socială' under 'Asistență socială'), whose chapter's unit goes on. Headings of one
    style throughout (a DOCX whose chapters and sub-headings share a style) say nothing of which is which: the
    text export and the PDF, which show no heading at all, let the unit a chapter opens with go on until a
    paragraph opens with another, and so does this, so that every format gives the same subjects."""
    if depth is not None or level is None or chapter_level is None:
        return False
    return level > chapter_level or (one_style and level == chapter_level)


def _headings_of_one_style(blocks, title: str | None) -> bool:
    """The document's headings after its title (and the letterhead lines above it) are all of one level."""
    headings = [b for b in blocks if isinstance(b, Heading) and _is_heading_text(b)]
    key = fold_key(title or "")
    at_title = next((i for i, b in enumerate(headings) if key and (fold_key(b.text) in key or key in fold_key(b.text))
                     and fold_key(b.text)), 0)
    return len({b.level for b in headings[at_title + 1:]}) <= 1


_CHAPTER_NUMBER = re.compile(r"^(?:cap(?:itolul)?\.?\s*(?:[ivxlc]+|\d{1,2})\b|[ivxlc]+\.\s|\d{1,2}\.?\s)", re.I)
_SECTION_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}")


def heading_depth(text: str) -> int | None:
    """1 for a numbered chapter ('CAPITOLUL V – …', 'Cap. 5.', 'V. …', '5. …'), 2 for a numbered section ('5.1 …'),
    None for a heading without a number."""
    t = _clean(text)
    if _SECTION_NUMBER.match(t):
        return 2
    return 1 if _CHAPTER_NUMBER.match(t) else None


# the parts after 'din care:', one a line: '1065, în domeniul social', '116 pentru familii monoparentale;',
# 'acte de naștere – 891;' (a label, a dash or colon, the figure ending the item)
_PART_FIGURE_FIRST = re.compile(r"^(\d[\d.]*)\s*(?:,\s*|\s+(?=(?:pentru|de|cu|în|in|la|din|privind)\s))([^\d;]{3,120})")
_PART_LABEL_FIRST = re.compile(r"^([^\d;:]{3,120}?)\s*[-–—:]\s*(\d[\d.]*)\s*[;.]?\s*$")


def _breakdown_part(text: str) -> tuple[str, str] | None:
    """(figure, label) of one part of a breakdown, else None."""
    m = _PART_FIGURE_FIRST.match(text)
    if m:
        return m.group(1), m.group(2)
    m = _PART_LABEL_FIRST.match(text)
    if m and not unit_from_text(text):
        return m.group(2), m.group(1)
    return None


class _FrontMatter:
    """Where a mayor's report's opening ends: the letterhead and title lines name the administrative unit the
    figures under them are about; the first heading after the title is a chapter's."""

    def __init__(self, uat: str | None, title: str | None):
        self.uat = uat if title else None
        self.title = fold_key(title or "")
        self.title_seen = False

    def see(self, text: str) -> bool:
        """``text`` is (part of) the title: the opening goes on until the next heading."""
        key = fold_key(text)
        if self.uat is not None and key and (key in self.title or self.title in key):
            self.title_seen = True
            return True
        return False

    def topic_at(self, heading: str) -> str | None:
        """The topic under ``heading``: the unit while still in the opening, else none yet."""
        if self.uat is None:
            return None
        if self.see(heading):
            return self.uat
        if not self.title_seen:
            return self.uat  # a letterhead line before the title ('PRIMĂRIA COMUNEI X')
        self.uat = None
        return None


def _is_facility(name: str) -> bool:
    """A centre, canteen, club, home or shelter — a place where a service is given — or a service with a name of its
    own ('Serviciul de îngrijire la domiciliu „Sfântul Nicolae”'), rather than the organisational unit (directorate,
    public service, office, compartment) that runs it."""
    return fold_key(name.split()[0]) in FACILITY_HEADS or "„" in name


# 'd) 266.862', 'f)36.797', 'c) 283.811 lei': an enumerated item that is only an amount
_ENUM_AMOUNT = re.compile(r"^\s*([a-z]\)|[a-z]\.|\d{1,2}\))\s*(\d[\d.,]*(?:\s*(?:lei|mii lei))?)\s*[;.]?\s*$", re.I)


def _opens_money_breakdown(text: str) -> bool:
    """'6.992.077 lei total din care:' — an amount in lei whose parts are listed next."""
    return bool(re.search(r"(?:din|dintre) care\s*:\s*$", text)) and unit_from_text(text) in ("lei", "mii lei")


_BRACKET_ALONE = re.compile(r"\(\S+\)")


def _block_texts(blocks) -> Iterable[str]:
    """The text of every block, a table's cell by cell; a cell or block holding only a bracket ('(SASP)': a name's
    last line cut from its cell, read as a row or a heading of its own) joined to the name above it (the cell
    above, or the last named cell of the table before)."""
    named_above = ""  # the last cell or block with letters, for a bracket cut from it
    for block in blocks:
        if isinstance(block, Table):
            above: dict[int, str] = {}
            for row in block.rows:
                for j, cell in enumerate(row.cells):
                    text = cell.text.strip()
                    if _BRACKET_ALONE.fullmatch(text):
                        yield f"{above.get(j, named_above)} {text}"
                    elif "(" in text:
                        yield text
                    if text:
                        above[j] = text
                    if sum(ch.isalpha() for ch in text) > 3:
                        named_above = text
            continue
        text = (getattr(block, "text", "") or "").strip()
        if _BRACKET_ALONE.fullmatch(text):
            yield f"{named_above} {text}"
        elif "(" in text:
            yield text
        if sum(ch.isalpha() for ch in text) > 3:
            named_above = text


def _dedupe(out: dict[str, list]) -> None:
    """An indicator read twice (a report-table row and the sentence repeating it) is kept once; the same figure for
    two years ('2022: 136 anchete …, 2023: 136 anchete …') is two. (Totals read twice are kept once by the
    pipeline's assembly, with every other extractor's: pipeline.extraction.one_per_figure.)"""
    seen: set = set()
    keep = []
    for r in out["indicators"]:
        k = (r.line, r.page, r.indicator, r.value, r.subject, r.year)
        if k not in seen:
            seen.add(k)
            keep.append(r)
    out["indicators"] = keep
