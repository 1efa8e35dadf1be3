"""Round 4 of the generated variants: TEMPLATE WORDING of the annual plan as other authorities write it.

Rounds 1-3 follow the HG 797/2017 template closely ("A. Serviciile sociale existente", "C. Programul anual de
contractare …", "Capacitate", "Buget local"). Other authorities rename the sections and the columns; the layout
writers are those of rounds 1-3 (txt tsv, docx):

* section titles: "Servicii sociale existente la nivelul UAT", a caption "Tabelul nr. 1 – Servicii sociale
  active", "Servicii sociale propuse a fi înființate în anul 2025", "Programul de contractare a serviciilor
  sociale" / "Achiziții de servicii sociale", "Programul de subvenționare conform Legii nr. 34/1998",
  "Programul de formare profesională a personalului";
* column headers: "Nr. locuri" / "Capacitate (nr. beneficiari)" for capacity, "Sursa de finanțare: buget
  local" / "Fonduri proprii" for the local budget, "Denumire asociație/fundație | Serviciul social subvenționat
  | Cod | Număr beneficiari | Suma (lei)" for subsidies, "Categoria de personal | Tema/cursul | Nr. participanți
  | Cost estimat" for trainings;
* money written "35.000,00 RON".
"""
from __future__ import annotations

import make_variants as mv
from make_variants import LEFT, UP, Variant, _svc, h, p, table, title


def mioveni_plan_2025() -> tuple[list, dict]:
    """Town (Argeș), numbered sections with the authority's own titles, "Nr. locuri", "Sursa de finanțare:
    buget local", amounts "35.000,00 RON"."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL ARGEȘ"), p("PRIMĂRIA ORAȘULUI MIOVENI"),
        p("Direcția de Asistență Socială Mioveni"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Mioveni pentru anul 2025"),
        h("1. Servicii sociale existente la nivelul UAT"),
        p("Tabelul nr. 1 – Servicii sociale active"),
        table([
            ["Nr. crt.", "Denumire serviciu", "Cod serviciu", "Nr. locuri",
             "Sursa de finanțare: buget local", "Sursa de finanțare: buget de stat"],
            ["1.", "Centrul de zi pentru vârstnici Mioveni", "8810 CZ-V-II", "30", "35.000,00 RON", "-"],
            ["2.", "Îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", "45", "212.400,00 RON",
             "18.000,00 RON"],
            ["3.", "Cantina socială Mioveni", "8899 CPDH-I", "80", "164.250,50 RON", "-"],
        ], widths=[0.5, 3, 1.2, 0.8, 1.5, 1.5]),
        h("2. Servicii sociale propuse a fi înființate în anul 2025"),
        table([
            ["Nr. crt.", "Denumire serviciu", "Cod serviciu", "Capacitate (nr. beneficiari)",
             "Fonduri proprii (lei)"],
            ["1.", "Centrul de zi pentru copii Colibași", "8891 CZ-C-II", "25", "120.000,00 RON"],
        ], widths=[0.5, 3, 1.2, 1, 1.5]),
        h("3. Programul de contractare a serviciilor sociale"),
        table([
            ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoare estimată (RON)", "Sursa de finanțare"],
            ["1.", "Servicii de îngrijire la domiciliu pentru vârstnici", "85311100-3", "96.000,00 RON",
             "Buget local"],
        ], widths=[0.5, 3.5, 1.2, 1.2, 1.2]),
        h("4. Programul de subvenționare conform Legii nr. 34/1998"),
        table([
            ["Nr. crt.", "Denumire asociație/fundație", "Serviciul social subvenționat", "Cod",
             "Număr beneficiari", "Suma (lei)"],
            ["1.", "Asociația Speranța Argeș", "Centrul de zi pentru persoane cu dizabilități", "8899 CZ-D-I",
             "20", "48.000,00 RON"],
            ["2.", "Fundația Sfântul Nicolae", "Cantina socială Sfântul Nicolae", "8899 CPDH-I", "40",
             "36.500,00 RON"],
        ], widths=[0.5, 2, 2.5, 1.2, 1, 1.2]),
        h("5. Programul de formare profesională a personalului"),
        table([
            ["Nr. crt.", "Categoria de personal", "Tema/cursul", "Nr. participanți", "Cost estimat"],
            ["1.", "Asistent social", "Managementul de caz", "3", "4.500,00 RON"],
            ["2.", "Îngrijitor la domiciliu", "Primul ajutor", "6", "3.000,00 RON"],
        ], widths=[0.5, 2, 2.5, 1, 1.2]),
        p("Primar,"), p("Ion Georgescu"),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Orașul Mioveni", county="Argeș"),
        "services": [
            _svc("existing", "Centrul de zi pentru vârstnici Mioveni", "8810 CZ-V-II", 30, local=35000),
            _svc("existing", "Îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", 45, local=212400,
                 state=18000),
            _svc("existing", "Cantina socială Mioveni", "8899 CPDH-I", 80, local=164250.5),
            _svc("proposed", "Centrul de zi pentru copii Colibași", "8891 CZ-C-II", 25, local=120000),
        ],
        "procurements": [dict(cpv_code="85311100-3", estimated_value_lei=96000.0)],
        # unit_name is the subsidised unit of social assistance (Law 34/1998 subsidises units, i.e. services),
        # not the association running it
        "subsidies": [
            dict(unit_name="Centrul de zi pentru persoane cu dizabilități", service_code="8899 CZ-D-I", amount_lei=48000.0),
            dict(unit_name="Cantina socială Sfântul Nicolae", service_code="8899 CPDH-I", amount_lei=36500.0),
        ],
        "trainings": [
            dict(staff_category="Asistent social", persons=3, budget_lei=4500.0),
            dict(staff_category="Îngrijitor la domiciliu", persons=6, budget_lei=3000.0),
        ],
    }
    return els, exp


def floresti_plan_2025() -> tuple[list, dict]:
    """Commune (Cluj): unnumbered section titles ("Tabelul nr. 1 – Servicii sociale active" as the only title
    of the existing services), "Capacitate (nr. beneficiari)", "Fonduri proprii", "Achiziții de servicii
    sociale"."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL CLUJ"), p("COMUNA FLOREȘTI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Comunei Florești pentru anul 2025"),
        h("Tabelul nr. 1 – Servicii sociale active"),
        table([
            ["Nr. crt.", "Serviciul social", "Cod serviciu social", "Capacitate (nr. beneficiari)",
             "Fonduri proprii (lei)", "Buget de stat (lei)"],
            ["1.", "Serviciul de îngrijire la domiciliu Florești", "8810 ID-I", "20", "88.000,00", "-"],
            ["2.", "Centrul de zi pentru copii Luna de Sus", "8891 CZ-C-II", "35", "140.500,00", "22.000,00"],
        ], widths=[0.5, 3, 1.2, 1, 1.2, 1.2]),
        h("Servicii sociale propuse a fi înființate în anul 2025"),
        table([
            ["Nr. crt.", "Serviciul social", "Cod serviciu social", "Nr. locuri", "Fonduri proprii (lei)"],
            ["1.", "Cantina socială Florești", "8899 CPDH-I", "50", "75.000,00"],
        ], widths=[0.5, 3, 1.2, 1, 1.2]),
        h("Achiziții de servicii sociale"),
        table([
            ["Nr. crt.", "Serviciul achiziționat", "Cod CPV", "Valoare estimată (lei)"],
            ["1.", "Servicii de cazare pentru persoane vârstnice", "85311000-2", "150.000,00"],
            ["2.", "Servicii de consiliere pentru familii", "85312000-9", "24.000,00"],
        ], widths=[0.5, 3.5, 1.2, 1.2]),
        p("Primar,"), p("Bogdan Pivariu"),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Comuna Florești", county="Cluj"),
        "services": [
            _svc("existing", "Serviciul de îngrijire la domiciliu Florești", "8810 ID-I", 20, local=88000),
            _svc("existing", "Centrul de zi pentru copii Luna de Sus", "8891 CZ-C-II", 35, local=140500,
                 state=22000),
            _svc("proposed", "Cantina socială Florești", "8899 CPDH-I", 50, local=75000),
        ],
        "procurements": [
            dict(cpv_code="85311000-2", estimated_value_lei=150000.0),
            dict(cpv_code="85312000-9", estimated_value_lei=24000.0),
        ],
    }
    return els, exp


def adjud_plan_2025() -> tuple[list, dict]:
    """Municipality (Vrancea): "Capacitate (locuri)", a merged "Sursa de finanțare (lei)" over "Buget local |
    Buget de stat | Fonduri proprii" (own funds NEXT TO a local budget: another source), "Servicii sociale propuse
    spre înființare", "Programul de achiziții de servicii sociale", a subsidies table with a "Total" row in RON."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL VRANCEA"), p("MUNICIPIUL ADJUD"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Municipiului Adjud pentru anul 2025"),
        h("Servicii sociale existente"),
        table([
            ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Capacitate (locuri)",
             "Sursa de finanțare (lei)", LEFT, LEFT],
            [UP, UP, UP, UP, "Buget local", "Buget de stat", "Fonduri proprii"],
            ["1.", "Centrul de zi pentru vârstnici Adjud", "8810 CZ-V-II", "30", "35.000,00 RON", "10.000,00 RON",
             "-"],
            ["2.", "Centrul de zi pentru copii Adjudu Vechi", "8891 CZ-C-II", "25", "98.700,00 RON", "-",
             "4.200,00 RON"],
            ["TOTAL", "", "", "55", "133.700,00 RON", "10.000,00 RON", "4.200,00 RON"],
        ], header_rows=2, widths=[0.5, 3, 1.2, 1, 1.2, 1.2, 1.2]),
        h("Servicii sociale propuse spre înființare în anul 2025"),
        table([
            ["Nr. crt.", "Denumirea serviciului social", "Cod", "Nr. locuri", "Buget local estimat (lei)"],
            ["1.", "Cantina socială Adjud", "8899 CPDH-I", "60", "90.000,00 RON"],
        ], widths=[0.5, 3, 1.2, 1, 1.2]),
        h("Programul de achiziții de servicii sociale"),
        table([
            ["Nr. crt.", "Denumirea serviciului achiziționat", "Cod CPV", "Valoare estimată"],
            ["1.", "Servicii de îngrijire la domiciliu", "85311100-3", "45.000,00 RON"],
        ], widths=[0.5, 3.5, 1.2, 1.2]),
        h("Programul de subvenționare conform Legii nr. 34/1998"),
        table([
            ["Nr. crt.", "Denumire asociație/fundație", "Serviciul social subvenționat", "Cod",
             "Număr beneficiari", "Suma (lei)"],
            ["1.", "Asociația Alfa Omega Adjud", "Centrul de zi Alfa Omega", "8891 CZ-C-II", "20", "48.000,00 RON"],
            ["2.", "Fundația Pâinea Vieții", "Cantina Pâinea Vieții", "8899 CPDH-I", "40", "36.500,00 RON"],
            ["Total", "", "", "", "60", "84.500,00 RON"],
        ], widths=[0.5, 2, 2.5, 1.2, 1, 1.2]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Municipiul Adjud", county="Vrancea"),
        "services": [
            _svc("existing", "Centrul de zi pentru vârstnici Adjud", "8810 CZ-V-II", 30, local=35000, state=10000),
            _svc("existing", "Centrul de zi pentru copii Adjudu Vechi", "8891 CZ-C-II", 25, local=98700,
                 other=4200),
            _svc("proposed", "Cantina socială Adjud", "8899 CPDH-I", 60, local=90000),
        ],
        "procurements": [dict(cpv_code="85311100-3", estimated_value_lei=45000.0)],
        "subsidies": [
            dict(unit_name="Centrul de zi Alfa Omega", service_code="8891 CZ-C-II", amount_lei=48000.0),
            dict(unit_name="Cantina Pâinea Vieții", service_code="8899 CPDH-I", amount_lei=36500.0),
        ],
        # TOTAL of the services (local 133.700 = 35.000 + 98.700) and of the subsidies (84.500)
        "totals": [dict(amount=133700.0, matches=True), dict(amount=84500.0, matches=True)],
    }
    return els, exp


def round4_variants() -> list[Variant]:
    out: list[Variant] = []
    els, exp = mioveni_plan_2025()
    out.append(Variant("mioveni_plan_2025", "txt_tsv", els, exp))
    out.append(Variant("mioveni_plan_2025_docx", "docx", els, exp))
    els, exp = floresti_plan_2025()
    out.append(Variant("floresti_plan_2025", "txt_tsv", els, exp))
    out.append(Variant("floresti_plan_2025_docx", "docx", els, exp))
    els, exp = adjud_plan_2025()
    out.append(Variant("adjud_plan_2025", "txt_tsv", els, exp))
    out.append(Variant("adjud_plan_2025_docx", "docx", els, exp))
    return out
