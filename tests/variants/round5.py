"""Round 5 of the generated variants: ACTIVITY TABLES OF REPORTS, read into ``indicators`` (and ``totals``).

A DGASPC and a SPAS yearly activity report whose figures stand in tables rather than sentences
(``extractors/prose.py::_report_table``):

* "Indicator | Valoare" (the row label names what is counted: "Număr copii …", "Număr anchete sociale …");
* "Serviciul | Activitatea | Nr. beneficiari | Nr. dosare" with the service cell merged down over its rows;
* "Luna | Nr. cereri | Nr. anchete" with twelve months and a Total row (→ ``totals``);
* "Categoria de beneficiari | 2022 | 2023": years as columns (→ the indicator's ``year``);
* counts with their unit in the cell ("45 persoane", "12 dosare");
* a money column "Suma plătită (lei)" next to a count (→ ``suma_platita``).

Expectations: one indicator per count cell with its value, key and year; ``subject_has`` (see
test_variants.py) is a piece of text the subject must contain: the row's label.
"""
from __future__ import annotations

from make_variants import UP, Variant, h, p, table, title

MONTHS = ["Ianuarie", "Februarie", "Martie", "Aprilie", "Mai", "Iunie", "Iulie", "August", "Septembrie",
          "Octombrie", "Noiembrie", "Decembrie"]


UNITS = {"copii": "copii", "beneficiari": "persoane", "persoane": "persoane", "anchete_sociale": "anchete",
         "cereri": "cereri", "dosare": "dosare", "suma_platita": "lei"}  # docs/indicators.md


def _ind(key, value, year, has=None, unit=None):
    return dict(indicator=key, value=float(value), year=year, unit=unit or UNITS[key], subject_has=has)


def neamt_dgaspc_raport_2023() -> tuple[list, dict]:
    """County DGASPC (Neamț): "Indicator | Valoare", service column merged down, years as columns."""
    cereri = [38, 41, 52, 47, 39, 44, 36, 33, 58, 61, 49, 42]
    anchete = [30, 35, 41, 40, 31, 37, 29, 27, 50, 55, 43, 38]
    els = [
        p("ROMÂNIA"), p("JUDEȚUL NEAMȚ"), p("CONSILIUL JUDEȚEAN NEAMȚ"),
        p("Direcția Generală de Asistență Socială și Protecția Copilului Neamț"),
        title("RAPORT DE ACTIVITATE al Direcției Generale de Asistență Socială și Protecția Copilului Neamț "
              "pentru anul 2023"),
        h("1. Date generale"),
        table([
            ["Indicator", "Valoare"],
            ["Număr copii în plasament familial", "412"],
            ["Număr beneficiari ai serviciilor de zi", "186"],
            ["Număr anchete sociale efectuate", "1.240"],
        ], widths=[4, 1]),
        h("2. Activitatea serviciilor"),
        table([
            ["Serviciul", "Activitatea", "Nr. beneficiari", "Nr. dosare"],
            ["Serviciul asistență maternală", "Plasament la asistenți maternali", "45 persoane", "12 dosare"],
            [UP, "Atestare asistenți maternali", "27", "24"],
            ["Serviciul adopții", "Atestare familii adoptatoare", "19", "17"],
        ], widths=[2, 4, 1, 1]),
        h("3. Cereri și anchete sociale pe luni"),
        table([["Luna", "Nr. cereri", "Nr. anchete"]]
              + [[m, str(c), str(a)] for m, c, a in zip(MONTHS, cereri, anchete)]
              + [["Total", str(sum(cereri)), str(sum(anchete))]], widths=[2, 1, 1]),
        h("4. Evoluția numărului de beneficiari"),
        table([
            ["Categoria de beneficiari", "2022", "2023"],
            ["Copii cu dizabilități", "310", "325"],
            ["Persoane vârstnice", "1.820", "1.905"],
        ], widths=[3, 1, 1]),
        p("Director executiv,"), p("Maria Ionescu"),
    ]
    inds = [
        _ind("copii", 412, 2023, "copii în plasament familial"),
        _ind("beneficiari", 186, 2023, "beneficiari ai serviciilor de zi"),
        _ind("anchete_sociale", 1240, 2023, "anchete sociale efectuate"),
        # a cell "45 persoane" names its own noun (docs/indicators.md), even under "Nr. beneficiari"
        _ind("persoane", 45, 2023, "Plasament la asistenți maternali", unit="persoane"),
        _ind("dosare", 12, 2023, "Plasament la asistenți maternali", unit="dosare"),
        _ind("beneficiari", 27, 2023, "Serviciul asistență maternală - Atestare asistenți maternali", unit="persoane"),
        _ind("dosare", 24, 2023, "Serviciul asistență maternală - Atestare asistenți maternali", unit="dosare"),
        _ind("beneficiari", 19, 2023, "Serviciul adopții - Atestare familii adoptatoare", unit="persoane"),
        _ind("dosare", 17, 2023, "Serviciul adopții - Atestare familii adoptatoare", unit="dosare"),
    ]
    for m, c, a in zip(MONTHS, cereri, anchete):
        inds.append(_ind("cereri", c, 2023, m, unit="cereri"))
        inds.append(_ind("anchete_sociale", a, 2023, m, unit="anchete"))
    inds += [
        _ind("copii", 310, 2022, "Copii cu dizabilități"),
        _ind("copii", 325, 2023, "Copii cu dizabilități"),
        _ind("persoane", 1820, 2022, "Persoane vârstnice"),
        _ind("persoane", 1905, 2023, "Persoane vârstnice"),
    ]
    exp = {
        "document": dict(year=2023, county="Neamț"),
        "indicators": inds,
        "totals": [dict(amount=float(sum(cereri))), dict(amount=float(sum(anchete)))],
    }
    return els, exp


def campina_spas_raport_2024() -> tuple[list, dict]:
    """SPAS of a municipality (Prahova): benefits with "Nr. beneficiari | Suma plătită (lei)" and a Total row,
    counts with units in the cells."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL PRAHOVA"), p("MUNICIPIUL CÂMPINA"),
        title("RAPORT DE ACTIVITATE al Serviciului Public de Asistență Socială Câmpina pentru anul 2024"),
        h("1. Beneficii de asistență socială"),
        table([
            ["Nr. crt.", "Tipul beneficiului", "Nr. beneficiari", "Suma plătită (lei)"],
            ["1.", "Ajutor social (venit minim de incluziune)", "134", "412.300"],
            ["2.", "Ajutoare de urgență", "22", "33.000"],
            ["3.", "Ajutoare pentru încălzirea locuinței", "518", "196.840,50"],
            ["", "Total", "674", "642.140,50"],
        ], widths=[0.5, 4, 1, 1.5]),
        h("2. Alte activități"),
        table([
            ["Activitatea", "Realizat"],
            ["Anchete sociale la domiciliu", "96 anchete"],
            ["Dosare de alocație de susținere a familiei", "58 dosare"],
            ["Persoane consiliate", "143 persoane"],
        ], widths=[4, 1]),
        p("Șef serviciu,"), p("Elena Dumitrescu"),
    ]
    exp = {
        "document": dict(year=2024, uat="Municipiul Câmpina", county="Prahova"),
        "indicators": [
            _ind("beneficiari", 134, 2024, "Ajutor social"),
            _ind("suma_platita", 412300, 2024, "Ajutor social", unit="lei"),
            _ind("beneficiari", 22, 2024, "Ajutoare de urgență"),
            _ind("suma_platita", 33000, 2024, "Ajutoare de urgență", unit="lei"),
            _ind("beneficiari", 518, 2024, "Ajutoare pentru încălzirea locuinței"),
            _ind("suma_platita", 196840.5, 2024, "Ajutoare pentru încălzirea locuinței", unit="lei"),
            _ind("anchete_sociale", 96, 2024, "Anchete sociale la domiciliu", unit="anchete"),
            _ind("dosare", 58, 2024, "alocație de susținere a familiei", unit="dosare"),
            _ind("persoane", 143, 2024, "Persoane consiliate", unit="persoane"),
        ],
        "totals": [dict(amount=674.0), dict(amount=642140.5)],
    }
    return els, exp


def roman_spas_raport_2023_valori_egale() -> tuple[list, dict]:
    """SPAS report (Roman, Neamț), text export: two count columns holding the same figure side by side
    ("27 | 27"); a text export has no merged cells, so both are values."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL NEAMȚ"), p("MUNICIPIUL ROMAN"),
        title("RAPORT DE ACTIVITATE al Serviciului Public de Asistență Socială Roman pentru anul 2023"),
        h("1. Activitatea serviciilor"),
        table([
            ["Serviciul", "Activitatea", "Nr. beneficiari", "Nr. dosare"],
            ["Compartimentul prestații sociale", "Alocație de susținere a familiei", "27", "27"],
            [UP, "Sprijin pentru încălzirea locuinței", "140", "131"],
        ], widths=[2, 4, 1, 1]),
    ]
    exp = {
        "document": dict(year=2023, uat="Municipiul Roman", county="Neamț"),
        "indicators": [
            _ind("beneficiari", 27, 2023, "Alocație de susținere a familiei"),
            _ind("dosare", 27, 2023, "Alocație de susținere a familiei"),
            _ind("beneficiari", 140, 2023, "Sprijin pentru încălzirea locuinței"),
            _ind("dosare", 131, 2023, "Sprijin pentru încălzirea locuinței"),
        ],
    }
    return els, exp


def round5_variants() -> list[Variant]:
    out: list[Variant] = []
    els, exp = neamt_dgaspc_raport_2023()
    out.append(Variant("neamt_dgaspc_raport_2023", "txt_tsv", els, exp))
    out.append(Variant("neamt_dgaspc_raport_2023_docx", "docx", els, exp))
    els, exp = campina_spas_raport_2024()
    out.append(Variant("campina_spas_raport_2024", "txt_tsv", els, exp))
    out.append(Variant("campina_spas_raport_2024_docx", "docx", els, exp))
    els, exp = roman_spas_raport_2023_valori_egale()
    out.append(Variant("roman_spas_raport_2023_valori_egale", "txt_tsv", els, exp))
    return out
