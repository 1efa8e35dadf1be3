"""What the document is and what each table is, from the template's vocabulary.

Table kinds come from two kinds of evidence: the header vocabulary (``Grad de ocupare``, ``Cod CPV``,
``Categoria de personal`` …) and the nearest preceding headings (``A. Serviciile sociale existente``,
``C. Programul anual de contractare``, ``a) cursuri de perfecționare`` …). Phrases are matched on a folded
key (no diacritics, lower case) with rapidfuzz's ``partial_ratio`` so that typos and spacing variants of
the template still match. No rule looks at row counts or at any one document's wording.
"""
from __future__ import annotations

import re
from itertools import islice
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.model import Document, Heading, ListItem, Paragraph
from extractors.tables import ResolvedTable
from normalizers.text import clean_text, fold_key

SERVICES_EXISTING = "services_existing"
SERVICES_PROPOSED = "services_proposed"
PROCUREMENT = "procurement"
SUBSIDIES = "subsidies"
TRAININGS = "trainings"
ACTIVITIES = "activities"
PARTNERSHIPS = "partnerships"
INDICATORS = "indicators"
OTHER = "other"

# header phrases per kind (folded); each hit adds its weight
HEADER_VOCAB: dict[str, list[tuple[str, float]]] = {
    "services": [("grad de ocupare", 3), ("cod serviciu", 2), ("denumirea serviciului", 2), ("capacitate", 1.5),
                 ("buget local", 1), ("contributii persoane beneficiare", 1), ("categorie beneficiari", 1.5),
                 ("resurse umane necesare", 1.5), ("justificare", 1), ("serviciu social propus", 3),
                 ("denumire serviciu", 2), ("nomenclatorului serviciilor", 1)],
    PROCUREMENT: [("cod cpv", 4), ("valoarea estimata", 2), ("procedura", 2), ("achizitie publica", 2),
                  ("acordului cadru", 2), ("obiectul contractului", 2), ("sursa de finantare", 1)],
    SUBSIDIES: [("unitati de asistenta sociala", 3), ("suma estimata", 2), ("subventi", 3),
                ("incadrarea in nomenclator", 2)],
    TRAININGS: [("categoria de personal", 3), ("categorii de personal", 3), ("nr de persoane", 2),
                ("nr persoane", 2), ("buget estimat", 1), ("meseria", 2), ("tipuri de personal", 3),
                ("teme de interes", 3), ("personalul de specialitate", 2)],
    ACTIVITIES: [("tematica", 3), ("scurta descriere", 3), ("perioada estimata", 2), ("organizator", 2),
                 ("titlul evenimentului", 3), ("obiectiv scop", 2), ("locatia", 1), ("activitat", 1)],
    PARTNERSHIPS: [("denumirea actului", 3), ("partile semnatare", 3), ("perioada de valabilitate", 3),
                   ("partener", 2), ("protocol", 1), ("acord de parteneriat", 2), ("conventie", 1)],
    INDICATORS: [("numar beneficiari", 2), ("nr beneficiari", 2), ("realizat", 1.5), ("indicator", 2)],
}

# heading phrases per kind (folded)
CONTEXT_VOCAB: dict[str, list[str]] = {
    SERVICES_EXISTING: ["servicii sociale existente", "serviciile sociale existente"],
    SERVICES_PROPOSED: ["servicii sociale propuse", "propuse spre a fi infiintate", "propuse pentru a fi infiintate",
                        "propuse a fi infiintate"],
    PROCUREMENT: ["programul anual de contractare", "contractare a serviciilor sociale", "achizitii publice"],
    SUBSIDIES: ["programul de subventionare", "subventii de la bugetul", "legii nr 34 1998", "subventionare"],
    TRAININGS: ["cursuri de perfectionare", "cursuri de calificare", "sesiuni de instruire", "peer review",
                "formare profesionala", "programul de formare"],
    ACTIVITIES: ["activitati de informare", "campanii de informare", "evenimente", "activitati de promovare",
                 "planificarea activitatilor"],
    PARTNERSHIPS: ["acorduri de parteneriat", "protocoale de colaborare", "parteneriat cooperare",
                   "acord de parteneriat"],
}


def _hit(phrase: str, text: str) -> bool:
    """The phrase is in the (folded) text; typos are forgiven only in short texts, since a partial fuzzy
    match somewhere inside a long header or sentence finds almost anything."""
    if phrase in text:
        return True
    return len(phrase) >= 8 and len(phrase) <= len(text) <= 2 * len(phrase) and fuzz.partial_ratio(phrase, text) >= 90


def _header_scores(rt: ResolvedTable) -> Counter:
    text = fold_key(" | ".join(rt.columns))
    scores: Counter = Counter()
    for kind, vocab in HEADER_VOCAB.items():
        for phrase, weight in vocab:
            if _hit(phrase, text):
                scores[kind] += weight
    return scores


def _context_texts(rt: ResolvedTable, limit: int = 8) -> list[str]:
    texts = [clean_text(getattr(b, "text", "")) for b in rt.context[-limit:]]
    return [t for t in texts if t]


def classify_table(rt: ResolvedTable, section_state: "SectionState") -> str:
    """Label one table; ``section_state`` carries the last section headings seen in the document."""
    scores = _header_scores(rt)
    # nearer context lines weigh more; the running section (A/B/C/D, chapter) weighs as the farthest
    context = [fold_key(t) for t in _context_texts(rt)]
    for distance, text in enumerate(reversed(context)):
        weight = 3.0 / (1 + distance * 0.5)
        for kind, phrases in CONTEXT_VOCAB.items():
            if any(_hit(p, text[:400]) for p in phrases):
                family = "services" if kind in (SERVICES_EXISTING, SERVICES_PROPOSED) else kind
                scores[family] += weight
    if section_state.kind:
        fam = "services" if section_state.kind in (SERVICES_EXISTING, SERVICES_PROPOSED) else section_state.kind
        scores[fam] += 1.5
    if not scores or max(scores.values()) < 2:
        return OTHER
    family = max(scores, key=lambda k: scores[k])
    if family == "services":
        return _existing_or_proposed(rt, context, section_state)
    return family


def _existing_or_proposed(rt: ResolvedTable, context: list[str], state: "SectionState") -> str:
    for text in reversed(context):
        if any(_hit(p, text[:300]) for p in CONTEXT_VOCAB[SERVICES_PROPOSED]):
            return SERVICES_PROPOSED
        if any(_hit(p, text[:300]) for p in CONTEXT_VOCAB[SERVICES_EXISTING]):
            return SERVICES_EXISTING
    if state.kind in (SERVICES_EXISTING, SERVICES_PROPOSED):
        return state.kind
    header = fold_key(" | ".join(rt.columns))
    if any(p in header for p in ("propus", "justificare", "capacitate necesara", "resurse umane necesare")):
        return SERVICES_PROPOSED
    return SERVICES_EXISTING


@dataclass
class SectionState:
    """The running section of the template (updated by each text block in document order)."""

    kind: str | None = None
    training_kind: str | None = None

    def update(self, text: str) -> None:
        key = fold_key(text)[:300]
        if not key:
            return
        for kind, phrases in CONTEXT_VOCAB.items():
            if any(p in key for p in phrases):
                self.kind = kind
                break
        tk = training_kind_of(key)
        if tk:
            self.training_kind = tk


def training_kind_of(folded: str) -> str | None:
    if "perfectionare" in folded:
        return "perfectionare"
    if "calificare" in folded:
        return "calificare"
    if "instruire" in folded:
        return "instruire"
    if "peer review" in folded or "teme de interes" in folded:
        return "other"
    return None


def classify_tables(doc: Document, tables: list[ResolvedTable]) -> None:
    """Set ``kind`` on every table, walking the document once to keep the running section."""
    state = SectionState()
    for rt in tables:
        for block in rt.context:
            if isinstance(block, (Heading, Paragraph, ListItem)):
                state.update(block.text)
        rt.kind = classify_table(rt, state)


# ---------------------------------------------------------------- the document

@dataclass
class DocumentFacts:
    doc_type: str = "other"
    title: str | None = None
    year: int | None = None
    year_end: int | None = None
    warnings: list[str] = field(default_factory=list)


_PLAN_TITLE = re.compile(r"plan(?:ul|ului)?\s+anual\s+de\s+ac[tț]iun[ei]", re.I)  # 'execuția Planului anual …'
_STRATEGY_TITLE = re.compile(r"\bstrategi(?:a|e|ei)\b[^.]{0,80}dezvoltare a serviciilor sociale")
_YEAR_RANGE = re.compile(r"(?<!\d)(20\d\d)\s*[-–]\s*(20\d\d)(?!\d)")
_YEAR_PHRASE = re.compile(r"\b(?:pentru|pe|în|in)\s+anul\s+(20\d\d|19\d\d)\b", re.I)
_PERIOD_PHRASE = re.compile(r"\bperioada\s+(20\d\d)\s*[-–]\s*(20\d\d)\b", re.I)
_ANY_YEAR = re.compile(r"(?<![\d/.])(20\d\d)(?![\d/])")


def classify_document(doc: Document) -> DocumentFacts:
    opening = doc.plain_text(limit=6000)
    folded_open = fold_key(opening)
    full_folded = fold_key(doc.plain_text(limit=400_000))
    facts = DocumentFacts()
    plan = _PLAN_TITLE.search(opening)
    has_plan = bool(plan)
    # what the document is, by its first title: a council decision (on the plan, its annex), a strategy that
    # mentions the annual plans further on, a report on the plan, the plan itself
    first_blocks = [fold_key(b.text) for b in islice(doc.text_blocks(), 12)]
    decision = any(t.startswith("hotarare") for t in first_blocks)
    strategy = _STRATEGY_TITLE.search(folded_open[:1500])
    strategy_first = bool(strategy) and (not plan or strategy.start() < len(fold_key(opening[:plan.start()])))
    if strategy_first:
        facts.doc_type = "strategie"
    elif decision and has_plan:
        facts.doc_type = "hotarare_aviz_plan"
    elif has_plan and re.search(r"\braport(ul)?\b[^.]{0,120}\bplan", folded_open[:2000]):
        facts.doc_type = "raport_plan_anual"
    elif has_plan:
        facts.doc_type = "plan_anual"
    elif "raportul primarului" in full_folded or "starea economic" in full_folded or (
            "primari" in full_folded and "cheltuielile bugetului" in full_folded):
        facts.doc_type = "raport_primar"
    facts.title = _title(doc, facts.doc_type)
    facts.year, facts.year_end = _years(opening, doc.plain_text(limit=400_000), facts.title)
    if facts.year is None:
        facts.warnings.append("year_not_found")
    return facts


def _title(doc: Document, doc_type: str) -> str | None:
    blocks = list(doc.text_blocks())[:80]
    if doc_type in ("hotarare_aviz_plan",):
        for i, b in enumerate(blocks):
            if fold_key(b.text).startswith("hotarare"):
                parts = [b.text] + [x.text for x in blocks[i + 1:i + 2] if len(x.text) < 400]
                return clean_text(" ".join(parts))
    if doc_type == "strategie":
        for b in blocks:
            if _STRATEGY_TITLE.search(fold_key(b.text)) and len(b.text) < 300:
                return clean_text(b.text)
    for i, b in enumerate(blocks):
        if _PLAN_TITLE.search(b.text) and len(b.text) < 300:
            parts = [b.text]
            for nxt in blocks[i + 1:i + 3]:
                if len(nxt.text) < 160 and (nxt.text[:1].islower() or re.fullmatch(r"\D{0,20}\d{4}\D{0,5}", nxt.text)):
                    parts.append(nxt.text)
                else:
                    break
            return clean_text(" ".join(parts))
    return None


def _years(opening: str, full: str, title: str | None) -> tuple[int | None, int | None]:
    for source in (title or "", opening):
        m = _PERIOD_PHRASE.search(source) or (_YEAR_RANGE.search(source) if source is title else None)
        if m and source is title:
            return int(m.group(1)), int(m.group(2))
        m = _YEAR_PHRASE.search(source)
        if m:
            y = int(m.group(1))
            return y, y
        if source is title:
            ys = [int(y) for y in _ANY_YEAR.findall(source)]
            if ys:
                return ys[-1], ys[-1]
    counts = Counter(int(m.group(1)) for m in _YEAR_PHRASE.finditer(full))
    if counts:
        y = counts.most_common(1)[0][0]
        return y, y
    return None, None
