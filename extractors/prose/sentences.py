"""Records from one text block: counts → indicators (reports) or totals (plans), money → totals, bare totals
('Total … - 245'). See :mod:`extractors.prose`."""
from __future__ import annotations

import re
from decimal import Decimal

from extractors.prose.figures import analyse, intro_noun
from extractors.prose.subjects import (_clean, _Ctx, _dash_label, _label_before, _named_services, _person_unit,
                                       _subject, _where, _year, unit_in_charge)
from extractors.prose.vocab import BUDGET_STEMS, COUNTED
from extractors.records.base import IndicatorRecord, TotalRecord
from normalizers.numbers import find_numbers
from normalizers.text import fold_key, strip_diacritics

# a list entry of a label and a bare figure: 'Plasament la rude – 616;', 'Asistență maternală (AMP) – 93.'
_LABEL_DASH_FIGURE = re.compile(r"\s*(?P<label>[^\W\d_][^:;–—]{2,120}?)\s+[-–—]\s+(?P<num>\d{1,3}(?:\.\d{3})+|\d+)\s*[;.]?\s*")


def _entry_counting_the_intros_noun(text: str, intro: str, block, ctx: _Ctx, out: dict[str, list]) -> None:
    """'Copii cu măsură de protecție specială la 31.12.2024:' then '- Plasament la rude – 616;': an entry giving a
    bare figure after its label counts what the paragraph introducing the list counts (its first counted noun)."""
    m = _LABEL_DASH_FIGURE.fullmatch(text)
    lemma = intro_noun(intro) if m else None
    if lemma is None:
        return
    value = find_numbers(m.group("num"))[0][0]
    key, unit = COUNTED[lemma]
    sctx = _Ctx(ctx.doc_type, ctx.year, unit_in_charge(ctx))
    out["indicators"].append(IndicatorRecord(
        indicator=key, value=float(value), unit=unit, raw=text[:400], subject=_subject(sctx, m.group("label").strip()),
        year=_year(text, ctx.year), page=block.page, line=block.line, confidence=0.65))


_NUMBER_OF = re.compile(r"numar(?:ul)?\b")


def _text_block(block, prev_text: str | None, ctx: _Ctx, is_plan: bool, out: dict[str, list],
                list_intro: str | None = None) -> None:
    """``list_intro``: the paragraph ending with a colon that the list item ``block`` follows, if any."""
    text = _clean(block.text)
    wholes: set[int] = set()
    if not is_plan:
        _bare_total(text, block, ctx, out)
        wholes = _stage_totals(text, block, ctx, out)
    figures = analyse(text)
    if not figures:
        if list_intro and not is_plan:
            _entry_counting_the_intros_noun(text, list_intro, block, ctx, out)
        return
    year = _year(text, ctx.year)
    folded = fold_key(text)
    breakdown = bool(_BREAKDOWN.search(folded))
    named = _named_services(text) if not is_plan else []
    for f in figures:
        raw = text[f.start:f.end]
        if f.kind == "count":
            key = COUNTED[f.lemma][0]
            if is_plan:
                out["totals"].append(TotalRecord(
                    scope=_scope(ctx, _label_before(text, f.num_start) or f.phrase, f.phrase),
                    amount=f.value, unit=_person_unit(f.lemma), raw=raw, page=block.page, line=block.line,
                    warnings=["from_prose"]))
                continue
            before = fold_key(text[max(0, f.num_start - 25):f.num_start])
            after = fold_key(text[f.end:f.end + 30])
            # a stated total: in a breakdown ('din care'), named so ('total', '='), the whole a breakdown takes its
            # parts from ('Din cele 26 de acțiuni …, 24 au fost realizate'), a count that opens a list
            # ('Pachet 265 obiective:' and the items below), or the number of all of a kind stated as such
            # ('Numărul persoanelor găzduite în centre era de 60')
            if f.value in wholes:
                pass  # the plan's actions, counted as a whole before their stages: a total already
            elif breakdown or _NUMBER_OF.match(fold_key(text[f.start:f.num_start])) or re.search(r"\btotal\w*( de)?$|=$|\bdin (?:cele|totalul(?: de| celor)?)$", before + ("=" if text[:f.num_start].rstrip().endswith("=") else "")) \
                    or re.match(r"(?:total|in total)\b", after) or re.fullmatch(r"[^\d]{0,60}:\s*", text[f.end:]):
                out["totals"].append(TotalRecord(
                    scope=_scope(ctx, f.phrase, None), amount=f.value, unit=_person_unit(f.lemma), raw=raw,
                    page=block.page, line=block.line, warnings=["from_prose"]))
            conf = 0.65 if f.number_word else 0.8
            head = text[:f.num_start]
            if head.count("(") > head.count(")"):  # "Asociația X (2 acorduri cadru, …)": X is the subject
                bracketed = re.split(r"[;:]", head[:head.rfind("(")])[-1].strip(" ,-–")
                org = (_ORG_HEAD.match(bracketed) or (re.match(r"(.{3,60})$", bracketed) if not re.search(r"\d", bracketed)
                       and bracketed[:1].isupper() else None)) if bracketed else None
            else:
                org = _ORG_HEAD.match(_label_before(text, f.num_start))
            label = None if org else _dash_label(text, f, figures)
            if org:
                where = org.group(1).strip(" -,")
            elif label:
                where = unit_in_charge(ctx)
            else:
                where = _where(text, f, named, ctx, figures)
            sctx = _Ctx(ctx.doc_type, ctx.year, where)
            out["indicators"].append(IndicatorRecord(
                indicator=key, value=float(f.value), unit=f.unit, raw=text[:400],
                subject=_subject(sctx, f.phrase, label), year=year, page=block.page, line=block.line,
                confidence=conf))
        elif f.kind == "money":
            label = _label_before(text, f.num_start)
            if not label and prev_text:
                label = _label_before(prev_text, len(prev_text))
            lf = fold_key(label)
            if re.search(r"\bpana la\b|\bvenit (?:net )?(?:lunar )?pe membru|\bplafon", fold_key(text[max(0, f.num_start - 60):f.num_start])):
                continue  # thresholds of eligibility, not figures
            # '… – 85 beneficiari (medie lunară), total plătit: 199.609 lei': the clause naming the amount says total
            stated_total = bool(re.search(r"\btotal\w*\b", re.split(r"[,()]", lf)[-1]))
            if f.per_unit or not stated_total and re.search(r"\b(?:cost\w*|medie|mediu|lunar\w*)\b", lf) and re.search(r"\b(?:lun\w*|zi|animal|beneficiar|persoana)\b", fold_key(text[f.num_start:f.end + 25]) + " " + lf):
                if is_plan:
                    continue
                out["indicators"].append(IndicatorRecord(
                    indicator="cost_mediu", value=float(f.value), unit="lei", raw=text[:400],
                    subject=_subject(ctx, label), year=year, page=block.page, line=block.line, confidence=0.6))
                continue
            if is_plan and not any(s in folded for s in BUDGET_STEMS):
                continue
            if not label:
                continue
            out["totals"].append(TotalRecord(scope=_scope(ctx, label, None), amount=f.value.quantize(Decimal("0.01")),
                                             unit="lei", raw=raw, page=block.page, line=block.line,
                                             warnings=["from_prose"]))
            paid_for = None if is_plan else _paid_for(label)
            if paid_for:  # a report's amount paid for a benefit it names: a fact of the report as well
                out["indicators"].append(IndicatorRecord(
                    indicator="suma_platita", value=float(f.value), unit="lei", raw=text[:400],
                    subject=_subject(ctx, paid_for), year=year, page=block.page, line=block.line, confidence=0.6))
        # percentages: kept only in reports, as a share of what follows "din"
        elif f.kind == "pct" and not is_plan:
            m = re.match(r"\s*din\s+(?:totalul\s+)?([^,.;()]{3,80})", text[f.end:])
            if not m:
                continue
            out["indicators"].append(IndicatorRecord(
                indicator="procent", value=float(f.value), unit="%", raw=text[:400],
                subject=_subject(ctx, m.group(1).strip()), year=year, page=block.page, line=block.line,
                confidence=0.6))


# what an amount was paid for, from the words naming it: 'Pentru X s-a plătit suma totală de', 'Suma totală plătită
# pentru X', 'X – 85 beneficiari (medie lunară), total plătit'
_PAID_FOR_LABELS = (re.compile(r"^pentru\s+(?P<what>[^\d]{3,120}?)\s+s-(?:a|au)\s+pl[aă]tit\b", re.I),
                    re.compile(r"\bpl[aă]tit\w*\s+pentru\s+(?P<what>[^\d]{3,120}?)$", re.I),
                    re.compile(r"^(?P<what>[^\W\d_][^\d]{2,120}?)\s+[–—-]\s+\d.*\btotal\s+pl[aă]tit\w*$", re.I))


def _paid_for(label: str) -> str | None:
    """The benefit an amount was paid for, when the words naming the amount say so; None otherwise."""
    for pattern in _PAID_FOR_LABELS:
        m = pattern.search(label.strip())
        if m:
            return m.group("what").strip(" ,:-–")
    return None


_ORG_HEAD = re.compile(r"^((?:Asocia[tț]ia|Funda[tț]ia|Societatea|Organiza[tț]ia|Federa[tț]ia|Uniunea|Parohia|"
                       r"S\.C\.|SC|ONG|Clubul)\b[^,;–-]{2,80})")
_BREAKDOWN = re.compile(r"\b(?:din care|dintre care|defalcat\w*|structurat\w* astfel)\b")
_BARE_TOTAL = re.compile(r"^\s*(total\b[^0-9]{2,120}?)\s*[-–:=]\s*(\d[\d.,]*)\s*(?:[;.]|$)", re.I)


# a report on a plan counts the plan's actions by stage (issue 16 point 5): '30 au fost realizate integral, 7 …
# parțial, iar 3 nu au putut fi realizate' (the actions named earlier in the sentence), 'acțiuni parțial realizate:
# 7 (17,5%)' (label first). Lower case without diacritics.
_ACTIONS = r"(?:actiuni|masuri|activitati|obiective)"
_STAGE = (r"(?:integral\s+|partial\s+)?(?:ne)?realizat\w*(?:\s+(?:integral|partial)\b)?")
_STAGE_AFTER = re.compile(r"^\s*(?:iar\s+)?(\d{1,4})\s+(?:de\s+)?(?:" + _ACTIONS + r"\s+)?(?:au\s+fost\s+|a\s+fost\s+|sunt\s+|"
                          r"nu\s+(?:au|a)\s+(?:putut\s+fi\s+|fost\s+)?)?(" + _STAGE + r")")
_STAGE_BEFORE = re.compile(r"\b" + _ACTIONS + r"\s+(" + _STAGE + r")\s*[:–-]\s*(\d{1,4})\b(?!\s*%|[.,]\d)")
# … or the stages listed after the whole, label first: 'Au fost planificate 7 măsuri: realizate – 4; parțial realizate – 1'
_STAGE_LISTED = re.compile(r"(?<=[:;,])\s*(" + _STAGE + r")\s*[:–-]\s*(\d{1,4})\b(?!\s*%|[.,]\d)")
# the whole the stages are parts of: 'Din totalul de 5 măsuri …', 'Au fost planificate 7 măsuri: …'
_ACTIONS_WHOLE = re.compile(r"(?<![\d.,])(\d{1,4})\s+(?:de\s+)?" + _ACTIONS + r"\b")
# a table row labelled with a stage ('Realizate', 'Parțial realizate', 'Acțiuni nerealizate')
STAGE_LABEL = re.compile(r"^(?:" + _ACTIONS + r"\s+)?(" + _STAGE + r")$")


def stage_of(words: str, clause: str = "") -> str:
    """'realizate' | 'parțial realizate' | 'nerealizate' from the stage words (and the clause around them)."""
    if "nerealizat" in words or re.search(r"\bnu\s+(?:au|a)\b", clause):
        return "nerealizate"
    return "parțial realizate" if "partial" in words else "realizate"


def _stage_totals(text: str, block, ctx: _Ctx, out: dict[str, list]) -> set[int]:
    """Counts of the plan's actions by stage, in a sentence or a list item → totals, and the whole they are parts
    of when the same sentence states it ('Din totalul de 5 măsuri …, 3 au fost realizate'). Returns the wholes'
    values (the figure reader does not read them again)."""
    folded = strip_diacritics(text).lower()  # punctuation kept: it separates the clauses
    found: list[tuple[int, str, str]] = []
    for m in _STAGE_BEFORE.finditer(folded):
        found.append((int(m.group(2)), stage_of(m.group(1)), m.group(0)))
    names_actions = re.search(r"\b" + _ACTIONS + r"\b", folded)
    if not found and names_actions:
        for m in _STAGE_LISTED.finditer(folded):
            found.append((int(m.group(2)), stage_of(m.group(1)), m.group(0).strip()))
    if not found and names_actions:
        for clause in re.split(r"[,;(]|\b(?:iar|si)\b", folded):
            m = _STAGE_AFTER.match(clause)
            if m:
                found.append((int(m.group(1)), stage_of(m.group(2), clause), clause.strip()))
    for value, stage, raw in found:
        out["totals"].append(TotalRecord(scope=_scope(ctx, f"acțiuni {stage}", None), amount=Decimal(value),
                                         unit="other", raw=raw, page=block.page, line=block.line,
                                         warnings=["from_prose"]))
    whole = _ACTIONS_WHOLE.search(folded) if found else None
    if whole is None or whole.start() > folded.find(found[0][2]):
        return set()
    out["totals"].append(TotalRecord(scope=_scope(ctx, "acțiuni planificate", None), amount=Decimal(whole.group(1)),
                                     unit="other", raw=whole.group(0), page=block.page, line=block.line,
                                     warnings=["from_prose"]))
    return {int(whole.group(1))}


def _bare_total(text: str, block, ctx: _Ctx, out: dict[str, list]) -> None:
    """'Total sancțiuni aplicate - 245': a stated total without a counted noun after the number."""
    m = _BARE_TOTAL.match(text)
    if not m:
        return
    nums = find_numbers(m.group(2))
    if len(nums) != 1:
        return
    out["totals"].append(TotalRecord(scope=_scope(ctx, m.group(1).strip(), None), amount=nums[0][0], unit="other",
                                     raw=m.group(0).strip(), page=block.page, line=block.line, warnings=["from_prose"]))


def _scope(ctx: _Ctx, label: str, phrase: str | None) -> str:
    label = label.strip()
    if phrase and fold_key(phrase) not in fold_key(label):
        label = f"{label} ({phrase})" if label else phrase
    if ctx.section and fold_key(ctx.section) not in fold_key(label):
        return f"{ctx.section}: {label}"
    return label
