"""The template section of every block: one walk over the document's blocks, one tracker.

The template's sections are named by headings and lead sentences (``A. Servicii sociale existente``, ``C.
Programul anual de contractare``, ``a) cursuri de perfecționare``). Three things are tracked, each block getting
the state after reading it:

* ``kind`` — the running section's table kind (the first kind whose heading phrase the text holds), kept until
  another section is named;
* ``training_kind`` — the kind of training the nearest sub-heading since the last table names (a short block or
  a heading first, else any block): what a trainings table under it lists;
* ``plan_programme`` — inside a plan chapter whose text is read by the programme extractors (contracting,
  subsidies, trainings), until a chapter read as prose (benefits, information, budget) starts;
* ``heading_kind`` — the kind the last *heading* named (a heading, a numbered or lettered title, an annex
  title, a short line): sections go by many names (letters A–D, ``Anexa nr. 1–4``, chapter titles, the law a
  programme cites), and what a heading says a section is outweighs the letter it carries. Running prose that
  mentions a programme in passing does not change it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from extractors.model import Block, Heading, ListItem, Table
from normalizers.text import clean_text, fold_key

_SUBHEADING = re.compile(r"^\s*(?:[a-h]\s*[.)]|[IVX]{1,4}\s*[.)]|\d{1,2}\s*[.)])\s*")
# Plan chapters that belong to the programme extractors (contracting, subsidies, trainings) …
_PROGRAMME_START = re.compile(r"programul? (?:anual )?de contractare|subventionare|program(?:ul)? de formare|"
                              r"perfectionar|capitolul iii|cap iii|\biii\b.*formare|instruire a personalului")
# … and those that are read as prose again
_PROGRAMME_END = re.compile(r"\bcap(?:itolul)? (?:i|ii|iv|v)\b|beneficii|prestatii|informare|buget(?:ul)? ")
_BULLET = re.compile(r"^[\s·•◦▪\-–—*o]+(?=\S)")
# a council's act titled by what it decides ('HOTĂRÂREA nr. 45 din 12.03.2024 privind înființarea Centrului de zi
# …'), and the lines its title goes on over ('privind …', 'pentru …', 'din 12 martie 2024'): the act's subject, no
# section of the template, though it names services set up ('înființarea') as section B's titles do
_ACT_TITLE = re.compile(r"^hotarare[a]?\b")
_ACT_TITLE_GOES_ON = re.compile(r"^(?:privind|pentru|cu privire la|referitoare la|din|nr)\b")
_SHORT_BLOCK = 250  # a block this short may be a sub-heading
_TITLE_CHARS = 200  # a line this short, ending without a full stop, may be a section's title


@dataclass(frozen=True)
class Section:
    kind: str | None = None
    training_kind: str | None = None
    plan_programme: bool = False
    heading_kind: str | None = None


def training_kind_of(folded: str) -> str | None:
    # the noun in the singular or the plural ('instruiri interne', 'perfecționări'); not the participle ('personal
    # calificat' is qualified staff, no kind of training)
    if "perfectionar" in folded:
        return "perfectionare"
    if "calificar" in folded:
        return "calificare"
    if "instruir" in folded:
        return "instruire"
    # the template's peer-review meetings, and the professional supervision of social workers (Legea 292/2011): a
    # training of another kind
    if "peer review" in folded or "teme de interes" in folded or "supervizar" in folded:
        return "other"
    return None


def block_text(block: Block) -> str:
    """Text of a block with its list marker ('d)' + 'organizarea de …')."""
    text = getattr(block, "text", "") or ""
    marker = getattr(block, "marker", "") or ""
    return clean_text(f"{marker} {text}" if marker and marker not in "-•·*▪➤" else text)


def looks_like_plan_heading(block: Block) -> bool:
    """A heading, or a short line numbered as a chapter or section ('C.', 'III.', 'Capitolul …')."""
    if isinstance(block, Heading):
        return True
    t = _BULLET.sub("", clean_text(getattr(block, "text", "") or "")).strip()
    return len(t) < 160 and not t.endswith(".") and bool(re.match(r"^(?:[A-DIVX]+[.)]|cap|capitolul|sec|anexa)", t,
                                                                    re.I))


# the numbering of the outline's headings, each style one level of it: chapters, annexes, Roman numerals, letters
_OUTLINE_STYLES = (("chapter", re.compile(r"^(?:capitolul|cap)\b", re.I)), ("annex", re.compile(r"^anexa\b", re.I)),
                   ("roman", re.compile(r"^[IVX]{1,5}\s*[.)]")), ("letter", re.compile(r"^[A-H]\s*[.)]")))


def outline_style(block: Block) -> str | None:
    """How a plan heading is numbered ('IV. Execuția bugetară' → roman, 'C. Programul …' → letter), or None."""
    if not looks_like_plan_heading(block):
        return None
    t = _BULLET.sub("", clean_text(getattr(block, "text", "") or "")).strip()
    return next((style for style, rx in _OUTLINE_STYLES if rx.match(t)), None)


# a title may end with an abbreviation's full stop ('Lista serviciilor sociale furnizate de S.P.A.S.')
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:\b[A-ZĂÂÎȘȚ]\.){2,}$")


def _title_line(block: Block) -> bool:
    """A short line that is no sentence: a title printed without a number or letter."""
    t = block_text(block).rstrip()
    return 0 < len(t) <= _TITLE_CHARS and (not t.endswith((".", ";", ",")) or bool(_ENDS_WITH_ABBREVIATION.search(t)))


def is_title(block: Block) -> bool:
    """A heading, a numbered section title or a short line that is no sentence: where a section is named."""
    return looks_like_plan_heading(block) or _title_line(block)


def continues_act_title(folded: str, after_act_title: bool) -> bool:
    """The (folded) block is a council act's own title, or goes on with the title the block before it was."""
    return bool(_ACT_TITLE.match(folded) or (after_act_title and _ACT_TITLE_GOES_ON.match(folded)))


def act_title_mask(blocks: Iterable[Block]) -> list[bool]:
    """For each block, whether it is (part of) a council act's own title."""
    mask, prev = [], False
    for b in blocks:
        prev = continues_act_title(fold_key(getattr(b, "text", "") or "")[:300], prev)
        mask.append(prev)
    return mask


def compile_title_patterns(patterns: Mapping[str, Iterable[str]]) -> dict[str, tuple[re.Pattern, ...]]:
    return {kind: tuple(re.compile(p) for p in rxs) for kind, rxs in patterns.items() if rxs}


class SectionTracker:
    """Walks the blocks in order; :meth:`read` takes one block and returns its section."""

    def __init__(self, context_vocab: Mapping[str, Iterable[str]],
                 title_patterns: Mapping[str, Iterable[re.Pattern]] | None = None):
        self._vocab = [(kind, tuple(phrases)) for kind, phrases in context_vocab.items()]
        self._titles = [(kind, tuple(rxs)) for kind, rxs in (title_patterns or {}).items()]
        self.kind: str | None = None
        self.plan_programme = False
        self.heading_kind: str | None = None
        self._kind_from_line = False  # heading_kind was named by a bare title line, not a heading or numbered title
        self._short_training: str | None = None  # since the last table: from a sub-heading …
        self._any_training: str | None = None  # … from any block
        self._act_title = False  # the last block was (part of) a council act's own title
        # the outline: its numbering styles in the order the document first uses them (the first is the highest
        # level), the level of the last numbered heading, and the level the running section and the programme
        # chapter were opened at — each ends at the next heading of the same or a higher level, whatever its words
        self._styles: list[str] = []
        self._level: int | None = None
        self._kind_level: int | None = None
        self._programme_level: int | None = None

    @property
    def section(self) -> Section:
        return Section(self.kind, self._short_training or self._any_training, self.plan_programme, self.heading_kind)

    def read(self, block: Block) -> Section:
        """The section after ``block`` — for a table, the section it is printed in (the sub-heading's training
        kind is then forgotten: it names this table, not the next)."""
        if isinstance(block, Table):
            section = self.section
            self._short_training = self._any_training = None
            return section
        key = fold_key(getattr(block, "text", "") or "")[:300]
        self._act_title = continues_act_title(key, self._act_title)
        if self._act_title:
            return self.section
        named = next((kind for kind, phrases in self._vocab if key and any(p in key for p in phrases)), None)
        title = is_title(block)
        if named is None and title and key:  # a section the template lets documents word freely
            named = next((kind for kind, rxs in self._titles if any(rx.search(key) for rx in rxs)), None)
        level = self._outline_level(block)
        if level is not None:
            self._level = level
        if named:
            self.kind = named
            self._kind_level = self._level
            if title:
                self.heading_kind = named
                self._kind_from_line = not looks_like_plan_heading(block)
        elif looks_like_plan_heading(block) or (title and self._kind_from_line):
            # a new chapter or section that names no kind of table; a bare title line ends only what a title line
            # of its own rank named (a text export's chapter titles 'Investiții și achiziții publice' / 'Învățământ'),
            # not a lettered or numbered section it may stand inside
            self.heading_kind = None
        if not named and level is not None and self._kind_level is not None and level <= self._kind_level:
            # 'IV. Execuția bugetară' after 'III. Formarea profesională': the trainings section is over
            self.kind = self._kind_level = None
            self._short_training = self._any_training = None
        if looks_like_plan_heading(block):
            full = fold_key(block.text)
            if _PROGRAMME_START.search(full):
                self.plan_programme = True
                self._programme_level = self._level
            elif _PROGRAMME_END.search(full) or (
                    level is not None and self._programme_level is not None and level <= self._programme_level):
                self.plan_programme = False
                self._programme_level = None
        text = block_text(block)
        if text:
            training = training_kind_of(fold_key(text)[:300])
            if training:
                self._any_training = training
                if isinstance(block, (Heading, ListItem)) or len(text) <= _SHORT_BLOCK or _SUBHEADING.match(text):
                    self._short_training = training
        return self.section

    def _outline_level(self, block: Block) -> int | None:
        """The level of a numbered plan heading in this document's outline, None for any other block."""
        style = outline_style(block)
        if style is None:
            return None
        if style not in self._styles:
            self._styles.append(style)
        return self._styles.index(style)


def sections_of(blocks: Iterable[Block], context_vocab: Mapping[str, Iterable[str]],
                title_patterns: Mapping[str, Iterable[re.Pattern]] | None = None) -> tuple[Section, ...]:
    tracker = SectionTracker(context_vocab, title_patterns)
    return tuple(tracker.read(b) for b in blocks)
