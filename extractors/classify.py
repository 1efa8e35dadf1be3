"""What the document is and what each table is, from the template's vocabulary.

Table kinds come from two kinds of evidence: the header vocabulary (``Grad de ocupare``, ``Cod CPV``,
``Categoria de personal`` …) and the nearest preceding headings (``A. Serviciile sociale existente``,
``C. Programul anual de contractare``, ``a) cursuri de perfecționare`` …), both read from the table kind specs
(:mod:`extractors.kinds`), plus the running section the table is printed in (the section tracker's). Phrases are matched on a folded
key (no diacritics, lower case) with rapidfuzz's ``partial_ratio`` so that typos and spacing variants of
the template still match. No rule looks at row counts or at any one document's wording.
"""
from __future__ import annotations

import re
from itertools import islice
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.kinds import SPECS
from extractors.model import Document
from extractors.tables import ResolvedTable
from extractors.records.services import SERVICE_RULES, UNIT_CONTRIBUTION_RULE, UNIT_COST_RULE
from extractors.records.trainings import names_courses
from extractors.understanding.columns import ROW_NUMBER, content_rows, score_rule
from extractors.understanding.sections import act_title_mask, compile_title_patterns, is_title
from extractors.understanding.spec import (OTHER, PARTNERSHIPS, PROCUREMENT, ROW_NO_RULE, SERVICES_EXISTING,
                                           SERVICES_FAMILY, SERVICES_PROPOSED, SUBSIDIES, TRAININGS)
from normalizers.content import (COUNT, CPV_CODE, DATE, MONEY, NOMENCLATOR_CODE, PERCENTAGE, column_content,
                                 content_type)
from normalizers.dates import find_dates
from normalizers.text import clean_text, fold_key

# header phrases per family (folded); each hit adds its weight — from the kinds' specs, in their order
HEADER_VOCAB: dict[str, list[tuple[str, float]]] = {}
for _spec in SPECS:
    if _spec.header_vocab:
        HEADER_VOCAB.setdefault(_spec.family, list(_spec.header_vocab))

# heading phrases per kind (folded)
CONTEXT_VOCAB: dict[str, list[str]] = {spec.kind: list(spec.context) for spec in SPECS if spec.context}
# patterns naming a kind's section in a title (folded), for sections worded freely
TITLE_PATTERNS: dict[str, tuple[re.Pattern, ...]] = compile_title_patterns(
    {spec.kind: spec.title_patterns for spec in SPECS})


def _family(kind: str) -> str:
    return SERVICES_FAMILY if kind in (SERVICES_EXISTING, SERVICES_PROPOSED) else kind


def _hit(phrase: str, text: str) -> bool:
    """The phrase is in the (folded) text; typos are forgiven only in short texts, since a partial fuzzy
    match somewhere inside a long header or sentence finds almost anything."""
    if phrase in text:
        return True
    return len(phrase) >= 8 and len(phrase) <= len(text) <= 2 * len(phrase) and fuzz.partial_ratio(phrase, text) >= 90


# what a column's content says the table is, whatever its header (:mod:`normalizers.content`): codes of the
# social-services nomenclator list services, CPV codes belong to the contracting programme
CONTENT_EVIDENCE: dict[str, tuple[str, float]] = {NOMENCLATOR_CODE: (SERVICES_FAMILY, 1.5), CPV_CODE: (PROCUREMENT, 3.0)}
_CONTENT_CELLS = 40  # cells read per column


# a column whose cells name agreements ('Protocol de cooperare', 'Convenție de parteneriat', 'Acord de colaborare')
# lists partnerships, whatever its header or the heading above says
# or only its type ('protocol', 'convenție', 'acord'; not a bare 'contract', which a procurement table may print)
_AGREEMENT_CELL = re.compile(r"^(?:(?:protocol\w*|conventi\w*|acord\w*|contract\w*)(?:[\s-]+cadru)?\s+(?:de\s+)?"
                             r"(?:colaborare|parteneriat|cooperare|asociere)\b|(?:protocol|conventie|acord)(?:[\s-]+cadru)?$)")
_AGREEMENT_EVIDENCE = 2.0
_AGREEMENT_SHARE = 0.6  # of a column's filled cells


# a column of nomenclator codes under a header that only says it holds codes ('Cod', 'Codul'): the template's code
# column, as much as 'Cod serviciu' says it (the header vocabulary's weight of that phrase)
_BARE_CODE_HEADER = re.compile(r"^cod(?:ul)?$")
_NAMED_CODES = (SERVICES_FAMILY, 2.0)


def content_scores(rt: ResolvedTable) -> Counter:
    """Score per family of what the table's columns hold."""
    scores: Counter = Counter()
    # the header printed again over each fragment or page, a group heading across the table: no content of columns
    body = content_rows(rt)
    n_cols = max((len(r) for r in body), default=0)
    for col in range(n_cols):
        cells = [r[col] for r in body[:_CONTENT_CELLS] if col < len(r)]
        kind = column_content(cells).kind
        if kind in CONTENT_EVIDENCE:
            family, weight = CONTENT_EVIDENCE[kind]
            if kind == NOMENCLATOR_CODE and col < len(rt.columns) and _BARE_CODE_HEADER.match(fold_key(rt.columns[col])):
                family, weight = _NAMED_CODES
            scores[family] = max(scores[family], weight)  # one column says it; more of them say no more
        filled = [fold_key(c) for c in cells if c.strip()]
        if len(filled) >= 1 and sum(bool(_AGREEMENT_CELL.match(c)) for c in filled) >= _AGREEMENT_SHARE * len(filled):
            scores[PARTNERSHIPS] = max(scores[PARTNERSHIPS], _AGREEMENT_EVIDENCE)
    return scores


def header_scores(columns: list[str]) -> Counter:
    """Score per family of a table's header labels."""
    return _header_text_scores(fold_key(" | ".join(columns)))


def _header_text_scores(text: str) -> Counter:
    scores: Counter = Counter()
    for family, vocab in HEADER_VOCAB.items():
        for phrase, weight in vocab:
            if _hit(phrase, text):
                scores[family] += weight
    return scores


def _context_texts(rt: ResolvedTable, limit: int = 8) -> list[tuple[str, bool]]:
    """The folded texts before the table, each with whether it is a title (where a section is named)."""
    # a council act's own title says what it decides, not which section the table is in (one more block read, so
    # that a title wrapped onto a 'privind …' line is known as the act's at the window's edge)
    window = rt.context[-(limit + 1):]
    acts = act_title_mask(window)[-limit:]
    texts = [(fold_key(clean_text(getattr(b, "text", ""))), is_title(b)) for b in window[-limit:]]
    return [(t, title) for (t, title), act in zip(texts, acts) if t and not act]


def _names(kind: str, text: str, title: bool, chars: int = 300) -> bool:
    """The text names the kind's section: one of its phrases, or in a title one of its patterns."""
    if any(_hit(p, text[:chars]) for p in CONTEXT_VOCAB.get(kind, ())):
        return True
    return title and any(rx.search(text[:chars]) for rx in TITLE_PATTERNS.get(kind, ()))


# programmes whose tables list services: a table headed like a services table inside one of them is the
# programme's list of the services it contracts or subsidises (NGO services financed under Law 350/2005)
_PROGRAMMES = (PROCUREMENT, SUBSIDIES)


# what a value of a label | value sheet looks like in its second column: a code, a count or figure, a percentage,
# money, a date, or a registration number ('nr. 8442/21.12.2023')
_SHEET_VALUES = (NOMENCLATOR_CODE, CPV_CODE, COUNT, PERCENTAGE, MONEY, DATE)
_REGISTRATION = re.compile(r"^nr\.?\s*\d")


def is_label_value_sheet(rt: ResolvedTable) -> bool:
    """A two-column table of label | value pairs with no header of its own, one value a nomenclator code (a report's
    sheet on one service: 'Cod serviciu social | 8891-CZ-C-II', 'Capacitate | 40 locuri', …): every row, the first
    included, is a label in words and a value — most of them figures or codes. Its first row is no header, so its
    words name no kind."""
    rows = [[c for c in r if c.strip()] for r in rt.header_rows + rt.body]
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return False
    # a label opens with a word ('Număr beneficiari la 31.12.2024' holds a date but is a label)
    if any(not re.match(r"^\D*[^\W\d_]{3}", r[0]) or content_type(r[0]) in (NOMENCLATOR_CODE, CPV_CODE) for r in rows):
        return False
    types = [content_type(r[1]) for r in rows]
    valued = [t in _SHEET_VALUES or bool(_REGISTRATION.match(fold_key(r[1]))) for t, r in zip(types, rows)]
    # a sheet on a service: one of its values is the service's nomenclator code
    return valued[0] and sum(valued) >= 0.75 * len(rows) and NOMENCLATOR_CODE in types


def is_unit_cost_table(rt: ResolvedTable) -> bool:
    """A table of the services' costs per head ('Serviciul social | Cod | Cost mediu lunar/beneficiar (lei) |
    Contribuția lunară (lei/lună)', the annex of a council's decision on the costs of its services): one column at
    least headed as an amount per beneficiary (:data:`extractors.records.services.UNIT_COST_RULE`), and no other
    column of figures — no places, no beneficiaries, no budget — besides the row numbers. It lists again services
    a budget table lists, and states nothing the contract's services hold."""
    body = rt.data_body[:_CONTENT_CELLS]
    per_head = [col for col, label in enumerate(rt.columns) if _names_per_head(label)]
    if not per_head or not body:
        return False
    for col in range(len(rt.columns)):
        if col in per_head:
            continue
        if any(score_rule(rule, rt.columns[col])[0] > 0 for rule in _FIGURE_RULES):
            return False  # a header naming places, beneficiaries or a budget
        cells = [r[col] for r in body if col < len(r) and r[col].strip()]
        row_numbers = score_rule(ROW_NO_RULE, rt.columns[col])[0] > 0 or col == 0
        if row_numbers and all(ROW_NUMBER.match(c) for c in cells):
            continue
        content = column_content(cells)
        # typed by its cells, or too few of them to type it and every one a figure
        if content.kind in _FIGURES or (content.kind is None and content.counts and set(content.counts) <= _FIGURES):
            return False
    return True


def _names_per_head(label: str) -> bool:
    """The header names an amount per beneficiary, word for word (no fuzzy match: 'pe beneficiar' is one letter
    from 'nr beneficiari')."""
    return any(score_rule(rule, label, fuzzy=False)[0] > 0 for rule in (UNIT_COST_RULE, UNIT_CONTRIBUTION_RULE))


_FIGURES = {COUNT, MONEY, PERCENTAGE}
# the services fields whose columns hold a service's figures (places, beneficiaries, occupancy, budgets)
_FIGURE_RULES = tuple(r for r in SERVICE_RULES if r.field in ("capacity", "occupancy", "beneficiaries")
                      or r.field.startswith("budget_"))


# the template's table of measures and the state each reached ('Acțiuni | Termen | Responsabil | Indicatori |
# Stadiul realizării'): a report's monitoring table, read for its results (extractors.prose.report_tables), not a
# table of one record kind, whatever section or heading it stands under ('Obiectivul 1: Formarea continuă …')
# — a column of the state reached ('Stadiul realizării', 'Stadiul implementării', 'Stadiu', 'Grad de realizare')
# with who or when beside it ('Responsabil', 'Termen'): a state column alone may stand in any report
_STATE_OF_REALISATION = re.compile(r"\bstadiu|\bgrad(?:ul)? de (?:realizare|indeplinire|implementare)")
_WHO_OR_WHEN = ("responsabil", "termen")
_STATE_WEIGHT = 3.0  # as much as a kind's strongest header phrase; each of who and when adds 1


def _measures_score(header: str) -> float:
    """How strongly a (folded) header is the template's measures table; 0 when it is not one."""
    who_or_when = sum(1 for phrase in _WHO_OR_WHEN if phrase in header)
    return _STATE_WEIGHT + who_or_when if _STATE_OF_REALISATION.search(header) and who_or_when else 0.0


# the template's plan of measures of a strategy or plan ('Măsuri / activități | Responsabil | Parteneri | Termen |
# Indicatori | Cost estimat | Sursa de finanțare'): what is done, by whom, by when, with what result or partners —
# no table of one record kind, whatever its partners column, a measure founding a service or the section above says
_MEASURE = re.compile(r"\b(?:masur\w*|actiun\w*|activitat\w*)\b")
_WHEN = re.compile(r"\b(?:termen\w*|perioad\w*)\b")
_RESULT_OR_PARTNERS = re.compile(r"\b(?:indicator\w*|rezultat\w*|partener\w*|parteneri)\b")


def _is_plan_of_measures(columns: list[str]) -> bool:
    """The header has a column of measures, one of who is responsible, one of when, and one of the results or
    partners of each measure."""
    folded = [fold_key(c) for c in columns]

    def has(rx: re.Pattern) -> bool:
        return any(rx.search(c) for c in folded)

    return has(_MEASURE) and any("responsabil" in c for c in folded) and has(_WHEN) and has(_RESULT_OR_PARTNERS)


# the signatures under an act ('PREȘEDINTE DE ȘEDINȚĂ, | CONTRASEMNEAZĂ, SECRETAR GENERAL,', 'Partener 1 | Partener 2',
# 'Pentru Beneficiar | Pentru Prestator'): each column a signatory's role over the party's and its signer's name and a
# line to sign on; no table of agreements, whatever the role 'Partener' or the decision's title above says
_SIGNATORY_ROLE = re.compile(r"^(?:(?:partener(?:ul)?|parte(?:a)?|semnatar(?:ul)?)(?:\s+(?:nr\s+)?\d{1,2}|\s+[ivx]{1,3})?|"
                             r"presedinte(?:\s+de\s+sedinta)?|contrasemneaza(?:\s+secretar(?:\s+general)?)?|"
                             r"(?:avizat\s+)?secretar(?:\s+general)?(?:\s+al\s+\w+)?|primar|director(?:\s+executiv|\s+general)?|"
                             r"pentru\s+[^|]{1,60}|beneficiar(?:ul)?|prestator(?:ul)?)$")
_SIGNATURE_ROWS = 6  # a block of signatures: a role, a party, a person, a line; a list of agreements runs longer


def is_signature_block(rt: ResolvedTable) -> bool:
    """Every cell of the table's first row is a signatory's role and it has a few rows at most (its names may be
    taken for header rows too, so the first row is read, not the columns' labels)."""
    rows = rt.header_rows + rt.body
    labels = [fold_key(c).strip(" ,.:") for c in (rows[0] if rows else []) if c.strip()]
    return (bool(labels) and len(rows) <= _SIGNATURE_ROWS
            and all(_SIGNATORY_ROLE.match(label) for label in labels))


def classify_table(rt: ResolvedTable, section_kind: str | None, heading_kind: str | None = None,
                   training_kind: str | None = None) -> str:
    """Label one table; ``section_kind`` is the running template section it is printed in, ``heading_kind``
    the kind its last heading named and ``training_kind`` the kind of training a sub-heading right before it
    names (:class:`extractors.understanding.sections.SectionTracker`)."""
    if is_label_value_sheet(rt):
        return OTHER  # read as a sheet (extractors.records.service_sheets), not as a table under a header
    if _is_plan_of_measures(rt.columns):
        return OTHER  # a report reads its cells for results (extractors.prose.report_tables)
    if is_signature_block(rt):
        return OTHER  # who signs an act, not an agreement
    header = fold_key(" | ".join(rt.columns))
    content = content_scores(rt)
    scores = _header_text_scores(header) + content
    own = set(scores)  # the families the table's own header and content speak for
    measures = _measures_score(header)
    if measures and measures > max(scores.values(), default=0.0):
        return OTHER
    # nearer context lines weigh more; the running section (A/B/C/D, chapter) weighs as the farthest
    context = _context_texts(rt)
    for distance, (text, title) in enumerate(reversed(context)):
        weight = 3.0 / (1 + distance * 0.5)
        for kind in CONTEXT_VOCAB.keys() | TITLE_PATTERNS.keys():
            family = _family(kind)
            # a sentence of running prose that mentions a kind in passing ('… au participat la cursuri de formare
            # profesională.') does not outweigh a header that speaks for another kind; titles always count
            if not title and own and family not in own:
                continue
            if _names(kind, text, title, 400):
                scores[family] += weight
    if section_kind:
        scores[_family(section_kind)] += 1.5
    if section_kind == TRAININGS and training_kind and (not own or TRAININGS in own):
        # 'b) calificare profesională' right before a table inside the training programme names it (not a table
        # whose own header and cells speak for another kind only: the partners listed after the trainings)
        scores[TRAININGS] += 1.5
    if not scores or max(scores.values()) < 2:
        return OTHER
    family = max(scores, key=lambda k: scores[k])
    if family == PROCUREMENT and PROCUREMENT not in content and names_courses(header):
        return TRAININGS  # a course table with a money column; no CPV code says it is the contracting programme
    if family == SERVICES_FAMILY and is_unit_cost_table(rt):
        return OTHER  # what one beneficiary of each service costs or owes: no service's places nor budget
    if family == SERVICES_FAMILY and heading_kind in _PROGRAMMES and not _names_services_section(context):
        return heading_kind
    if family == SERVICES_FAMILY:
        return _existing_or_proposed(rt, context, section_kind)
    return family


def _names_services_section(context: list[tuple[str, bool]]) -> bool:
    """A heading of section A or B stands between the programme's heading and the table."""
    for text, title in reversed(context):  # nearest first: whichever section was named last
        if _names(SERVICES_EXISTING, text, title) or _names(SERVICES_PROPOSED, text, title):
            return True
        if any(_names(kind, text, title) for kind in _PROGRAMMES):
            return False
    return False


def _existing_or_proposed(rt: ResolvedTable, context: list[tuple[str, bool]], section_kind: str | None) -> str:
    for text, title in reversed(context):
        if _names(SERVICES_PROPOSED, text, title):
            return SERVICES_PROPOSED
        if _names(SERVICES_EXISTING, text, title):
            return SERVICES_EXISTING
    if section_kind in (SERVICES_EXISTING, SERVICES_PROPOSED):
        return section_kind
    header = fold_key(" | ".join(rt.columns))
    if any(p in header for p in ("propus", "justificare", "capacitate necesara", "resurse umane necesare")):
        return SERVICES_PROPOSED
    return SERVICES_EXISTING


# ---------------------------------------------------------------- the document

@dataclass
class DocumentFacts:
    doc_type: str = "other"
    title: str | None = None
    year: int | None = None
    year_end: int | None = None
    # the document is a council's own act: titled HOTĂRÂRE, approving no plan nor strategy (a programme of subsidies,
    # of contracting, of grants): its issuer is the council that adopted it, not the body that runs the programme
    council_act: bool = False
    warnings: list[str] = field(default_factory=list)


# 'execuția Planului anual …', and the plural of a report on several years' plans ('Planurilor anuale de acțiune')
_PLAN_TITLE = re.compile(r"plan(?:ul|ului|uri|urile|urilor)?\s+anual[ea]?\s+de\s+ac[tț]iun[ei]", re.I)
# a title naming the plan in the genitive after what was done with it ('STADIUL IMPLEMENTĂRII PLANULUI ANUAL …',
# 'Evaluarea modului de realizare a Planului …'): a report on the plan, though the word 'raport' is not printed;
# the plan's own title names it in the nominative ('Planul anual de acțiune …')
_STAGE_OF_PLAN = re.compile(r"\b(?:stadiul|implementar(?:ea|ii)|executi(?:a|ei)|monitorizar(?:ea|ii)|realizar(?:ea|ii)|"
                            r"evaluar(?:ea|ii)|indeplinir(?:ea|ii)|bilantul)\b[^.]{0,60}?\bplan(?:ului|urilor)\s+anual")
# 'Strategia (județeană / locală) de dezvoltare a serviciilor sociale …', '… privind dezvoltarea serviciilor sociale …'
_STRATEGY_TITLE = re.compile(r"\bstrategi(?:a|e|ei)\b[^.]{0,80}dezvoltar(?:e a|ea) serviciilor sociale")
_YEAR_RANGE = re.compile(r"(?<!\d)(20\d\d)\s*[-–]\s*(20\d\d)(?!\d)")
_YEAR_PHRASE = re.compile(r"\b(?:pentru|pe|în|in)\s+anul\s+(20\d\d|19\d\d)\b", re.I)
# a part of a year the document is about ('pe semestrul II al anului 2020', 'trimestrul I 2024'): that year
_PART_OF_YEAR = re.compile(r"\b(?:semestrul|trimestrul)\s+(?:I{1,3}|IV|[1-4]|al\s+(?:II|III|IV|[234])-lea)\s+"
                           r"(?:al\s+anului\s+|din\s+)?(20\d\d)\b", re.I)  # 'semestrul al II-lea al anului 2025' too
# a register's or situation's year when no phrase above names one: 'încheiate în cursul anului 2024', '… – anul 2023',
# 'în derulare la data de 31.12.2024' (the situation at a year's end is that year's)
_YEAR_OF_SITUATION = re.compile(r"(?:\b[îi]n\s+cursul\s+anului|[-–—]\s*anul)\s+(20\d\d)\b"
                                r"|\bla\s+(?:data\s+de\s+)?31\s*[./]\s*12\s*[./]\s*(20\d\d)\b", re.I)
# the plan years listed one by one ('pentru anii 2021, 2022 și 2023', 'aferente anilor 2022 și 2023'): the first and
# the last
_YEARS_LISTED = re.compile(r"\ban(?:ii|ilor)\s+(20\d\d)((?:\s*(?:,|și|si)\s*20\d\d)+)\b", re.I)
# what a decision is about, in its title: a report on the plan(s) ('… de Raportul privind stadiul implementării
# Planurilor anuale …', '… aprobarea Raportului … Planului anual …')
_REPORT_ON_PLAN = re.compile(r"\braport(?:ul|ului)?\b[^.]{0,120}?\bplan(?:ul|ului|uri|urile|urilor)?\s+anual")
_PERIOD_PHRASE = re.compile(r"\bperioada\s+(20\d\d)\s*[-–]\s*(20\d\d)\b", re.I)
# a title naming its period by two dates ('în perioada 01.07.2023 – 31.12.2023', a semester report)
_DATE_PERIOD = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(20\d\d)\s*[-–]\s*\d{1,2}\.\d{1,2}\.(20\d\d)(?![\d.])")
# the reference date a situation is stated at ('la data de 31.12.2024', 'la 30.06.2025')
_AT_DATE = re.compile(r"\bla\s+(?:data\s+de\s+)?\d{1,2}\.\d{1,2}\.(20\d\d)\b", re.I)
_ANY_YEAR = re.compile(r"(?<![\d/.])(20\d\d)(?![\d/])")
# the title's last words wrapped onto a line of their own, ending with its year or period ('Vale – anul 2024',
# 'Bârlad – perioada 2018–2019'): words, then the only figures of the line
# 'Vale, perioada 01.01.2020 – 30.06.2020', or a period's last date alone ('31.12.2019')
_TAIL_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
# … or a unit's number the line broke before ('Sector' / '6, perioada 01.07.2023 – 31.12.2023')
_TITLE_TAIL = re.compile(r"(?:\d{1,2}(?=\D))?\D{0,40}(?:\d{4}(?:\s*[-–]\s*\d{4})?|" + _TAIL_DATE + r"(?:\s*[-–]\s*" + _TAIL_DATE + r")?)\D{0,5}")
# a report's own title opens with the word ('RAPORT DE ACTIVITATE al …', 'Raportul primarului …', 'RAPORT' over
# 'privind starea economică …'); what kind of report it is comes from that title, not from a plan its body cites
_REPORT_TITLE = re.compile(r"^raport(?:ul)?\b")
# the mayor's report: 'Raportul primarului …', '… privind starea economică, socială și de mediu …', or titled by whose
# activity it reports ('RAPORT ANUAL DE ACTIVITATE AL PRIMARULUI …', '… activitatea desfășurată în anul N de Primarul
# …'); the mayor named as the one who approved a directorate's report ('aprobat prin dispoziția primarului') is not it
_MAYORS_REPORT = re.compile(r"raportul primarului|starea economic|\bactivitat\w*\b[^.]{0,80}?\b(?:al|de)\s+primarul(?:ui)?\b")


def classify_document(doc: Document) -> DocumentFacts:
    opening = doc.plain_text(limit=6000)
    folded_open = fold_key(opening)
    full_text = doc.plain_text(limit=400_000)
    full_folded = fold_key(full_text)
    facts = DocumentFacts()
    plan = _PLAN_TITLE.search(opening)
    has_plan = bool(plan)
    # what the document is, by its first title: a council decision (on the plan, its annex), a strategy that
    # mentions the annual plans further on, a report on the plan, the plan itself
    opening_blocks = list(islice(doc.text_blocks(), _OPENING_BLOCKS))
    first_blocks = [fold_key(b.text) for b in opening_blocks[:12]]
    report = _report_title(opening_blocks)
    decision = any(t.startswith("hotarare") for t in first_blocks)
    # a decision is about what its title names; a strategy its preamble cites ('Având în vedere … Strategia de
    # dezvoltare a serviciilor sociale … 2021–2027') is one of its grounds, not what it is
    strategy = _STRATEGY_TITLE.search(_decision_title(first_blocks) if decision else folded_open[:1500])
    strategy_first = bool(strategy) and (not plan or strategy.start() < len(fold_key(opening[:plan.start()])))
    if strategy_first:
        facts.doc_type = "strategie"
    elif decision and has_plan:
        # a decision taking note of (or approving) a report on the plans wraps that report: the report is its
        # substance (its measures, figures and spending are read as a report's), the decision only its cover
        on_report = _REPORT_ON_PLAN.search(_decision_title(first_blocks))
        facts.doc_type = "raport_plan_anual" if on_report else "hotarare_aviz_plan"
    elif report is not None and not _PLAN_TITLE.search(report):
        # a report whose title names no plan (a directorate's yearly activity report, the mayor's report) is not
        # the plan, nor a report on it, though its body says the work followed the annual plan
        facts.doc_type = "raport_primar" if _MAYORS_REPORT.search(fold_key(report)) else "other"
    elif has_plan and (re.search(r"\braport(ul)?\b[^.]{0,120}\bplan", folded_open[:2000])
                       or _STAGE_OF_PLAN.search(fold_key(_line_of(opening, plan.end())))):
        facts.doc_type = "raport_plan_anual"
    elif has_plan:
        facts.doc_type = "plan_anual"
    elif "raportul primarului" in full_folded or "starea economic" in full_folded or (
            "primari" in full_folded and "cheltuielile bugetului" in full_folded):
        facts.doc_type = "raport_primar"
    # titled as a decision first (no report, plan or strategy title before it) and about nothing the contract types
    facts.council_act = decision and report is None and not has_plan and facts.doc_type == "other"
    facts.title = _title(doc, facts.doc_type, report)
    adopted = _adoption_year([b.text for b in opening_blocks]) if facts.council_act else None
    facts.year, facts.year_end = _years(opening, full_text, facts.title, adopted)
    if facts.year is None:
        facts.warnings.append("year_not_found")
    return facts


# what opens a decision's preamble, after its title ('Consiliul Local al Comunei X, întrunit …', 'Având în vedere …')
_PREAMBLE = re.compile(r"^(?:consiliul|avand in vedere|vazand|examinand|luand act|in temeiul|in conformitate|art)\b")


def _decision_title(folded_blocks: list[str]) -> str:
    """The title of a decision (folded): its 'HOTĂRÂRE …' line and the lines that go on with it ('din …',
    'privind …'), up to the preamble."""
    start = next(i for i, t in enumerate(folded_blocks) if t.startswith("hotarare"))
    parts = [folded_blocks[start]]
    for text in folded_blocks[start + 1:start + 3]:
        if _PREAMBLE.match(text):
            break
        parts.append(text)
    return " ".join(parts)


def _line_of(text: str, end: int) -> str:
    """The line of ``text`` up to ``end``."""
    return text[text.rfind("\n", 0, end) + 1:end]


def _report_title(blocks: list) -> str | None:
    """The document's title when it is a report's ('RAPORT …' among the first lines, before any plan, decision or
    strategy title), with the lines that continue it (opening in lower case, or only the year or period)."""
    for i, b in enumerate(blocks):
        folded = fold_key(b.text)
        if _PLAN_TITLE.search(b.text) or folded.startswith("hotarare") or _STRATEGY_TITLE.search(folded):
            return None  # the document is titled as something else first
        if _REPORT_TITLE.match(folded) and len(b.text) < 300:
            parts = [b.text]
            for nxt in blocks[i + 1:i + 3]:
                if nxt.text[:1].islower():
                    # the title's words go on in lower case; a PDF may have joined the next paragraph to them
                    parts.append(_SENTENCE_CUT.split(nxt.text[:_TITLE_GOES_ON], maxsplit=1)[0])
                elif len(nxt.text) < 200 and _TITLE_TAIL.fullmatch(nxt.text):
                    parts.append(nxt.text)
                else:
                    break
            return clean_text(" ".join(parts))
    return None


# the letterhead, the title and the first lines under it (a decision's number and date, its preamble's opening)
_OPENING_BLOCKS = 14
_TITLE_GOES_ON = 300  # characters of a lower-case line read as the rest of a report's title
_SENTENCE_CUT = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[A-ZĂÂÎȘȚ])")


def _title(doc: Document, doc_type: str, report: str | None = None) -> str | None:
    blocks = list(doc.text_blocks())[:80]
    if report is not None and doc_type in ("raport_primar", "other"):
        return report
    if doc_type in ("hotarare_aviz_plan",):
        for i, b in enumerate(blocks):
            if fold_key(b.text).startswith("hotarare"):
                parts = [b.text] + [x.text for x in blocks[i + 1:i + 2] if len(x.text) < 400]
                return clean_text(" ".join(parts))
    if doc_type == "strategie":
        for b in blocks:
            if _STRATEGY_TITLE.search(fold_key(b.text)) and len(b.text) < 300:
                return clean_text(b.text)
    # the report's own title under the decision taking note of it (the decision's title names the report)
    under_decision = doc_type == "raport_plan_anual" and any(fold_key(b.text).startswith("hotarare")
                                                             for b in blocks[:12])
    for own_only in ((True, False) if under_decision else (False,)):
        for i, b in enumerate(blocks):
            if own_only and not _REPORT_TITLE.match(fold_key(b.text)):
                continue
            if _PLAN_TITLE.search(b.text) and len(b.text) < 300:
                parts = [b.text]
                for nxt in blocks[i + 1:i + 3]:
                    if len(nxt.text) < 160 and (nxt.text[:1].islower() or _TITLE_TAIL.fullmatch(nxt.text)):
                        parts.append(nxt.text)
                    else:
                        break
                return clean_text(" ".join(parts))
    if report is not None:
        return report  # a report on the plan whose plan words ran on into a paragraph (a PDF joined them)
    # a plan or programme of another kind than the annual action plan ('Plan de perfecționare profesională – 2026',
    # 'Programul de formare … pentru anul 2025'): its own title, which names the year it is about
    # … or a listing of the services ('Catalogul serviciilor sociale din județul X, anul 2024', 'Harta …', 'Lista
    # furnizorilor și serviciilor sociale licențiate …')
    return next((clean_text(b.text) for b in blocks[:_OPENING_BLOCKS]
                 if len(b.text) < _OTHER_TITLE_CHARS and (_OTHER_PLAN_TITLE.match(fold_key(b.text))
                                                          or _LISTING_TITLE.match(fold_key(b.text)))), None)


# the title of a plan or programme the contract does not type: 'Plan(ul) …', 'Program(ul) …' opening a short line
_OTHER_PLAN_TITLE = re.compile(r"^(?:plan|planul|program|programul)\s+(?:anual\s+)?(?:de|al|privind)\b")
# the title of a listing of social services or their providers: 'Catalogul / Harta / Lista / Registrul …'
_LISTING_TITLE = re.compile(r"^(?:catalogul|harta|lista|registrul|ghidul)\s+(?:\w+\s+){0,3}?"
                            r"(?:serviciilor|furnizorilor)\b")
_OTHER_TITLE_CHARS = 300


# the sentence of a decision's preamble that dates the council's session ('Consiliul Local …, întrunit în ședința
# ordinară din data de 24 iulie 2026')
_SESSION = re.compile(r"\bintrunit\w*\b.{0,60}?\bsedint")


def _adoption_year(blocks: list[str]) -> int | None:
    """The year a council adopted its own act: the date of its title line ('HOTĂRÂREA nr. 105 din 24 iulie 2026',
    '… din 03.03.2024' on the line under it) or of the session its preamble names; None when neither is dated."""
    folded = [fold_key(t) for t in blocks]
    start = next((i for i, t in enumerate(folded) if t.startswith("hotarare")), None)
    candidates = [] if start is None else blocks[start:start + 2]
    candidates += [t for t, f in zip(blocks, folded) if _SESSION.search(f)]
    for text in candidates:
        dates = find_dates(text)
        if dates:
            return dates[0][0].year
    return None


def _years(opening: str, full: str, title: str | None,
           adopted: int | None = None) -> tuple[int | None, int | None]:
    """First and last year the document is about: a period or year its title or opening names, else (a council's
    own act) the year it was adopted, else the year its text most often says it is about ('în anul N')."""
    for source in (title or "", opening):
        m = _PERIOD_PHRASE.search(source) or (
            (_YEAR_RANGE.search(source) or _DATE_PERIOD.search(source)) if source is title else None)
        if m and source is title:
            return int(m.group(1)), int(m.group(2))
        listed = _YEARS_LISTED.search(source) if source is title else None
        if listed:
            years = [int(y) for y in _ANY_YEAR.findall(listed.group(0))]
            return min(years), max(years)
        m = _YEAR_PHRASE.search(source) or _PART_OF_YEAR.search(source) or _YEAR_OF_SITUATION.search(source)
        if m:
            y = int(m.group(1) or m.group(2))
            return y, y
        if source is title:
            m = _AT_DATE.search(source)  # the date the title states its situation at ('– actualizat la 05.03.2024')
            if m:
                return int(m.group(1)), int(m.group(1))
            ys = [int(y) for y in _ANY_YEAR.findall(source)]
            if ys:
                return ys[-1], ys[-1]
    if adopted is not None:
        return adopted, adopted
    counts = Counter(int(m.group(1)) for m in _YEAR_PHRASE.finditer(full))
    if counts:
        y = counts.most_common(1)[0][0]
        return y, y
    m = _AT_DATE.search(opening)  # a statistical situation at a date ('… la data de 31.12.2024'): that date's year
    if m:
        return int(m.group(1)), int(m.group(1))
    return None, None
