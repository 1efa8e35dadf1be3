"""Partners mentioned in sentences: 'în parteneriat cu Asociația X', 'a încheiat un protocol de colaborare cu X',
'colaborarea cu X în baza protocolului …' (:func:`prose_mentions`), with the agreement a collaboration rests on when
it is named right after the partner. Help received ('cu sprijinul X') names no agreement, protocol nor partnership
(the contract's partnerships): no partner, as the corpus gold reads it ('… cu sprijinul D.G.A.S.P.C. Neamț'), unless
the text is listed under a title of partnerships ('Colaborări/ parteneriate/ convenții: … cu sprijinul AER School'). The lists and tables of agreements are :mod:`extractors.records.partnership_lists`.
"""
from __future__ import annotations

import re

from extractors.records.partner_names import _split_names, is_org_name, name_at, names_from
from extractors.records.partnerships import (PARTIES_END, _REG_NO, _is_issuer_like, _plain, agreement_type,
                                             contract_is_agreement, document_type, partners_of_act, split_parties)
from normalizers.text import fold_key

# what a contract for social services says it is for: 'de servicii sociale', 'de prestare a serviciilor sociale',
# 'de furnizare servicii sociale' (whether it is a partnership: contract_is_agreement)
_SOCIAL_CONTRACT = r"(?:(?:prest[aă]r[ei]|furnizare)\s+(?:de\s+|a\s+)?)?servicii(?:lor)?\s+sociale"
# phrases that introduce a partner in a sentence; the group 'noun' names the document when there is one
_MENTION = re.compile(
    r"(?:\b(?P<noun>protocol\w*|conven[tțţ]i\w*|acord\w*|contract\w*|parteneriat\w*|colabor[aă]r\w*|memorand\w*)"
    r"(?:[\s-]+cadru)?(?:\s+de\s+(?:colaborare|parteneriat|asociere|cooperare|[îi]n[tțţ]elegere|" + _SOCIAL_CONTRACT
    + r"))?"
    # 'acordul … nr. 907/03.04.2023 cu X', 'nr. 77/2020 cu X', '…, încheiat cu X'
    r"(?:\s+nr\.?\s*" + _REG_NO + r"(?:\s*(?:/|din)\s*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}\b))?)?"
    r"(?:,?\s+(?:[îi]ncheiat\w*|semnat\w*|derulat\w*|existent\w*))?\s+cu"
    r"|\b(?:s-a|s-au|au|am|a)\s+(?:[îi]ncheiat|semnat)\s+cu"  # 'a încheiat cu X acordul …'
    r"|\b(?:s-a|au|am|a|se)\s+colaborat\s+cu|\bcolabor(?:ează|eaza|ăm|am|at)\s+cu|(?P<help>\bcu\s+sprijinul)"
    r"|^cu(?=\s+[A-ZĂÂÎȘȚŞŢ„“\"][^,;]{0,120}?\s(?:a|au)\s+fost\s+(?:[îi]ncheiat|semnat)))"  # 'Cu X a fost încheiat …'

    r"\s+(?:(?:reprezentan[tț]ii|membrii|echipa|speciali[sș]tii)\s+)?"
    r"(?:(?-i:(?:organiza[tț]i(?:ei|a)|asocia[tț]i(?:ei|a)|funda[tț]i(?:ei|a)|societ[aă][tț]ii|firm(?:ei|a)|compani(?:ei|a)|"
    r"institu[tț]i(?:ei|a)|ong-ului)(?:\s+(?:nonprofit|non-profit|neguvernamental[aăe]|umanitar[aăe]))?)\s+)?", re.I)
_BETWEEN_ANY = re.compile(r"\b(?P<noun>protocol\w*|conven[tțţ]i\w*|acord\w*|contract\w*)(?:[\s-]+cadru)?"
                          r"(?:\s+de\s+(?P<qual>colaborare|parteneriat|asociere|cooperare))?"
                          r"(?:\s+nr\.?\s*(?P<num>" + _REG_NO + r")(?:\s*(?:/|din)\s*\S+)?)?"
                          r"\s*,?\s+[îi]ncheiat\w*\s+[îi]ntre\s+"
                          # a decision approving an agreement to come: 'Se aprobă încheierea unui acord de
                          # parteneriat între A și B', 'privind aprobarea încheierii unui contract de asociere între …'
                          r"|(?:(?<=[îi]ncheierea\s)|(?<=[îi]ncheierii\s))(?:(?:unui|unei)\s+)?"
                          r"(?P<noun2>protocol\w*|conven[tțţ]i\w*|acord\w*|contract\w*)(?:[\s-]+cadru)?"
                          r"(?:\s+de\s+(?P<qual2>colaborare|parteneriat|asociere|cooperare))?\s+[îi]ntre\s+",
                          re.I)
_THROUGH = re.compile(r",\s*prin\s+[^,;]{3,160},(?=\s+(?:și|şi|si)\s)", re.I)
_ASSOCIATION = re.compile(r"\b(?:aprob[aă]\w*|privind\s+aprobarea)\s+asocier(?:ea|ii)\s+(?!cu\b)[^,.;:]{3,100}?\s+cu\s+(?=[A-ZĂÂÎȘȚŞŢ„“\"])")
_CLAUSE_END = re.compile(PARTIES_END + r"|\s+pentru\b|[;:.](?:\s|$)|$")


def _mention_type(noun: str | None) -> str:
    """The document named before the partner; a partnership or a collaboration without one is 'other'."""
    word = fold_key(noun or "")
    if word.startswith("contract"):
        return "contract"
    if word.startswith(("parteneriat", "colabor")) or not word:
        return "other"
    return agreement_type(word) or "other"


def prose_mentions(text: str, standing_only: bool = False,
                   partners_section: bool = False) -> list[tuple[str, str, str | None]]:
    """(agreement type, partner, number) for every partner a sentence names after an agreement phrase:
    'în parteneriat cu X', 'în baza colaborării cu X', 'Protocolul de colaborare încheiat cu X', 's-a
    colaborat cu X', 'Acordul … încheiat între A și B' (the first party, the author, is dropped).

    ``standing_only`` keeps only standing agreements ('în baza colaborării/protocolului … cu X', 'Protocolul …
    încheiat cu X'), not the one-off help of an event ('în colaborare cu X') — for the cells of
    activity tables, where such phrases describe how an activity is run rather than an agreement.

    ``partners_section``: the text is listed under a partnerships section's title, where a bare contract ('se
    derulează contractul nr. 5 din … cu X') is an agreement too (:func:`contract_is_agreement`)."""
    t = _plain(text)
    out: list[tuple[str, str, str | None]] = []
    # every form of _BETWEEN_ANY holds 'ntre' and every form of _MENTION 'cu' (any case; no other character
    # matches these letters under re.I): most texts hold neither, and the scans of these long alternations
    # without a literal prefix were ~3 % of a PDF run's workers
    low = t.lower()
    for m in _BETWEEN_ANY.finditer(t) if "ntre" in low else ():
        noun = m.group("noun") or m.group("noun2")
        qual = m.group("qual") or m.group("qual2")
        if fold_key(noun).startswith("contract") and not qual and not partners_section:
            continue  # a contract for goods or services is a procurement, not a partnership
        end = _CLAUSE_END.search(t, m.end())
        # the first party acting through its directorate ('între Municipiul X, prin Direcția de Asistență Socială,
        # și Y'): the directorate is the first party's, no party of its own
        parties = split_parties(_THROUGH.sub(" ", t[m.end():end.start() if end else len(t)]))
        atype = agreement_type(noun)
        names = [name for name in map(name_at, parties[1:]) if name and is_org_name(name, after=";")]
        # one agreement between the author and two or more others (tripartite) is one row
        out.extend((atype, name, m.group("num")) for name in partners_of_act(names, noun))
    for m in _ASSOCIATION.finditer(t) if "asocier" in low else ():
        # 'Se aprobă asocierea Municipiului X cu Comuna Y, în vederea …': an association of two UATs or of a UAT
        # and an NGO, concluded by a contract of association
        names = names_from(t, m.end(), True)
        if names and is_org_name(names[0], after=";") and not _is_issuer_like(names[0]):
            out.append(("contract", names[0], None))
    for m in _MENTION.finditer(t) if "cu" in low else ():
        noun = m.group("noun")
        standing = bool(noun) and (not fold_key(noun).startswith(("parteneriat", "colabor"))
                                   or re.search(r"\bbaza\s+$", t[max(0, m.start() - 12):m.start()]) is not None)
        if standing_only and not standing:
            continue
        if m.group("help") and not partners_section:
            continue  # help received names no agreement; listed under a partnerships title it names a partner
        if not standing and not re.search(r"[îi]ncheiat|semnat", m.group(0), re.I) \
                and _CAMPAIGN.search(_sentence_at(t, m.start())):
            continue
        if noun and fold_key(noun).startswith("contract") and not contract_is_agreement(m.group(0), partners_section):
            continue
        # the agreement phrase is in lower-case words: a sentence, not a heading in capitals
        in_sentence = re.search(r"[a-zăâîșțşţ]", t[:m.end()]) is not None
        names = names_from(t, m.end(), in_sentence)
        if not names:
            continue
        named_after = len(", ".join(names))  # where the names after the phrase end: the act may follow
        subject = _subject_if_author(t, m)
        first = names[0]
        if subject:
            names = subject
        elif not is_org_name(first, before=t[:m.start()], after=t[m.end() + len(first):] or ";",
                             in_sentence=in_sentence):
            continue
        atype = _mention_type(noun)
        if noun is None and re.search(r"[îi]ncheiat|semnat", m.group(0), re.I):
            atype = document_type(t[m.end():m.end() + 200]) or "other"  # 'a încheiat cu X acordul …'
        if atype == "other":
            atype = _agreement_after(t, m.end() + named_after, partners_section) or atype
        for name in names:
            for part in _split_names(name):
                if is_org_name(part, after=";", in_sentence=in_sentence):
                    out.append((atype, part, None))
    return out


_COLLABORATES = re.compile(r"\bcolabor(?:ează|eaza)\s+cu\s*$", re.I)


def _subject_if_author(text: str, m: re.Match) -> list[str] | None:
    """'X colaborează cu <the directorate> în baza …': the partner is the sentence's subject X, not the document's
    author named after 'cu' (a directorate, a compartment, a town hall or a council is never the partner of its own
    report); None when the sentence is no such one."""
    if not _COLLABORATES.search(m.group(0)):
        return None
    named = _AFTER_NAME.split(text[m.end():m.end() + 160], maxsplit=1)[0]
    if not _is_issuer_like(named):
        return None
    sentence_start = max((b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start())), default=0)
    subject = text[sentence_start:m.start()].strip(" -–—•")
    name = name_at(subject)
    if name and name.strip() == subject and is_org_name(name, after=";") and not _is_issuer_like(name):
        return [name]
    return None


# where the name after 'colaborează cu' ends: the agreement it works under, a purpose, a clause
_AFTER_NAME = re.compile(r"\s+(?:[îi]n\s+baza|pentru|conform|potrivit|prin)\b|[,;:]")


# a campaign is an event: a partner it was run with ('Campania s-a desfășurat în parteneriat cu X', 'în colaborare cu X
# se desfășoară campanii de informare') helped that event, under no agreement named
_CAMPAIGN = re.compile(r"\bcampani(?:a|e|ei|ile|i|ilor)\b"
                       # … and so is a one-off action stated as done once: a session, an event, a distribution, a
                       # donation ('În colaborare cu Poliția Locală X a fost organizată o sesiune de informare …')
                       r"|\b(?:a|au)\s+fost\s+(?:organizat[aăe]?|distribuit[eă]?|donat[eă]?|oferit[eă]?)\b"
                       r"|\bs-a\s+(?:organizat|desf[aă][sșş]urat)\s+(?:o|un)\s+(?:sesiune|eveniment|ac[tțţ]iune|"
                       r"distribu[tțţ]ie)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.;!?](?=\s+\S)")


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around ``pos``."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in _SENTENCE_BREAK.finditer(text, pos)), len(text))
    return text[start:end]


# the agreement a collaboration rests on, named right after the partner: 'colaborarea cu X în baza protocolului …',
# 'Cu X a fost încheiată o convenție …'
_AGREEMENT_AFTER = re.compile(r"^[^.;]{0,40}?(?:[îi]n\s+baza|conform|potrivit|prin|(?:a|au)\s+fost\s+(?:[îi]ncheiat|semnat)\w*)"
                              r"\s+(?:(?:unui|unei|un|o)\s+)?(?P<act>\w+)", re.I)


def _agreement_after(text: str, end: int, partners_section: bool = False) -> str | None:
    """The document (protocol, convenție, acord, contract of collaboration — or any contract listed under a
    partnerships section's title) named right after a partner's name."""
    m = _AGREEMENT_AFTER.match(text[end:end + 160])
    if not m:
        return None
    kind = document_type(m.group("act"))
    if kind == "contract" and not contract_is_agreement(text[end + m.start("act"):end + 160], partners_section):
        return None
    return kind
