"""Round 3 of the generated variants: document STRUCTURE and FORMAT features rounds 1-2 did not cover, in the
formats of round3_writers.py (``md``, ``txt_fixed``, ``pdf3``, ``docx3``: markdown, fixed-width text, PDF with
running headers, rotated and two-column pages, DOCX with numbering, nested tables and text boxes).

The documents: a council decision wrapping the plan as Anexa nr. 1, a multi-year strategy (2022–2027), a
DGASPC execution report with planificat / realizat columns, and a mayor's report with ranges, "peste N",
compound number words, counts in parentheses and a cost "lei/lună/beneficiar".
"""
from __future__ import annotations

from pathlib import Path

from variant_model import LEFT, UP, El, Variant, _svc, bullet, h, p, table, title
# the writers' names stay importable from here (round3.write_pdf3, round3.Tbl3, …)
from round3_writers import (Tbl3, _numbered_texts, bold, nested_table, numbered, rotated_table,  # noqa: F401
                            table3, textbox_table, twocol, write_docx3, write_md, write_pdf3, write_txt_fixed)


# ----------------------------------------------------------------------------------------------- content

def strehaia_plan_2025() -> tuple[list[El], dict]:
    """Town (Mehedinți), PDF: the services table WITHOUT ruling lines (columns only by alignment, figures
    right-aligned), a running header with the institution and "Pagina N din M" on every page; text long
    enough to run over two pages."""
    filler = ("Serviciile sociale se acordă în baza evaluării nevoilor individuale, cu respectarea standardelor "
              "minime de calitate și a principiului subsidiarității, în limita fondurilor aprobate de consiliul "
              "local prin hotărâre.")
    els = [
        p("ROMÂNIA"), p("JUDEȚUL MEHEDINȚI"), p("PRIMĂRIA ORAȘULUI STREHAIA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Strehaia pentru anul 2025"),
        *[p(filler) for _ in range(4)],
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table3([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)",
             "Buget de stat (lei)"],
            ["1.", "8810 ID-I", "Îngrijire la domiciliu Strehaia", "24", "131.800", "-"],
            ["2.", "8899 CPDH-I", "Cantina socială Motru Sec", "55", "204.350", "36.000"],
            ["3.", "8891 CZ-C-II", "Centrul de zi pentru copii Hușnicioara", "30", "177.000", "52.500"],
            ["4.", "8810 CZ-V-II", "Centrul de zi pentru vârstnici Comanda", "20", "98.640", "-"],
        ], widths=[0.6, 1.3, 3.4, 1, 1.2, 1.2], grid=False, right_cols=(3, 4, 5)),
        *[p(filler) for _ in range(14)],
        h("Capitolul III. Programul de formare și îndrumare metodologică"),
        p("a) cursuri de perfecționare"),
        table3([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "2", "2.900 lei"],
            ["2.", "Îngrijitor la domiciliu", "5", "4.250 lei"],
        ], widths=[0.6, 4, 1, 1.2], grid=False, right_cols=(2, 3)),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Orașul Strehaia", county="Mehedinți"),
        "services": [
            _svc("existing", "Îngrijire la domiciliu Strehaia", "8810 ID-I", 24, local=131800),
            _svc("existing", "Cantina socială Motru Sec", "8899 CPDH-I", 55, local=204350, state=36000),
            _svc("existing", "Centrul de zi pentru copii Hușnicioara", "8891 CZ-C-II", 30, local=177000, state=52500),
            _svc("existing", "Centrul de zi pentru vârstnici Comanda", "8810 CZ-V-II", 20, local=98640),
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=2, budget_lei=2900.0),
            dict(training_kind="perfectionare", staff_category="Îngrijitor la domiciliu", persons=5,
                 budget_lei=4250.0),
        ],
    }
    return els, exp


def orsova_plan_2024() -> tuple[list[El], dict]:
    """Municipality (Mehedinți), PDF: a ruled services table whose name cells wrap over 3-4 lines (narrow
    column) and footnote markers after values ('30¹', '145.600*', a name ending in '*'), footnotes under it."""
    els = [
        p("ROMÂNIA - JUDEȚUL MEHEDINȚI - MUNICIPIUL ORȘOVA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Municipiului Orșova pentru anul 2024"),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table3([
            ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Capacitate", "Buget local (lei)",
             "Buget de stat (lei)", "Observații"],
            ["1.", "Centrul de zi pentru persoane vârstnice singure sau fără sprijin familial „Dunărea” Orșova",
             "8810 CZ-V-II", "30¹", "145.600*", "-", "în funcțiune"],
            ["2.", "Serviciul de îngrijire la domiciliu pentru persoane adulte cu dizabilități din cartierele "
                   "Tufări și Bahna*", "8810 ID-II", "16", "88.200", "24.000", "în funcțiune"],
            ["3.", "Cantina socială a municipiului pentru persoane și familii fără venituri sau cu venituri reduse",
             "8899 CPDH-I", "70", "256.900", "-", "în funcțiune"],
        ], widths=[0.5, 1.3, 1.3, 1, 1.1, 1.1, 1.1]),
        p("¹ capacitate autorizată prin licența de funcționare; * sumă estimată, în curs de aprobare."),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Municipiul Orșova", county="Mehedinți"),
        "services": [
            _svc("existing", "Centrul de zi pentru persoane vârstnice singure sau fără sprijin familial „Dunărea” "
                 "Orșova", "8810 CZ-V-II", 30, local=145600),
            _svc("existing", "Serviciul de îngrijire la domiciliu pentru persoane adulte cu dizabilități din "
                 "cartierele Tufări și Bahna", "8810 ID-II", 16, local=88200, state=24000),
            _svc("existing", "Cantina socială a municipiului pentru persoane și familii fără venituri sau cu "
                 "venituri reduse", "8899 CPDH-I", 70, local=256900),
        ],
    }
    return els, exp


def zarnesti_plan_2024() -> tuple[list[El], dict]:
    """Town (Brașov), PDF: page 2 is a landscape page stored portrait with /Rotate 90 holding the wide
    services table (two header rows with a merged budget group); pages 1 and 3 are portrait."""
    els = [
        p("ROMÂNIA - JUDEȚUL BRAȘOV - ORAȘUL ZĂRNEȘTI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Zărnești pentru anul 2024"),
        p("Planul cuprinde serviciile sociale administrate de Serviciul Public de Asistență Socială Zărnești."),
        h("CAPITOLUL I. A. Serviciile sociale existente (tabelul pe pagina următoare)"),
        rotated_table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Grad de ocupare",
             "Bugetele estimate pe surse de finanțare (lei)", LEFT, LEFT, LEFT],
            [UP, UP, UP, UP, UP, "Buget local", "Buget județean", "Buget de stat", "Contribuții beneficiari"],
            ["1.", "8810 ID-I", "Îngrijire la domiciliu pentru vârstnici Zărnești", "22", "20", "142.500", "-",
             "-", "11.400"],
            ["2.", "8899 CZ-PN-V", "Serviciul de asistență comunitară Tohanu Nou", "60", "58", "74.300", "-",
             "-", "-"],
            ["3.", "8790 CR-D-VII", "Locuința protejată „Piatra Craiului”", "6", "6", "96.000", "48.000",
             "120.000", "-"],
        ], header_rows=2, widths=[0.5, 1.2, 3.2, 0.9, 0.9, 1, 1, 1, 1.2]),
        h("Capitolul III. Programul de formare și îndrumare metodologică"),
        p("a) cursuri de perfecționare"),
        table3([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "3", "3.300 lei"],
        ], widths=[0.6, 4, 1, 1.2]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Orașul Zărnești", county="Brașov"),
        "services": [
            _svc("existing", "Îngrijire la domiciliu pentru vârstnici Zărnești", "8810 ID-I", 22, local=142500,
                 benef=11400, beneficiaries=20),
            _svc("existing", "Serviciul de asistență comunitară Tohanu Nou", "8899 CZ-PN-V", 60, local=74300,
                 beneficiaries=58),
            _svc("existing", "Locuința protejată „Piatra Craiului”", "8790 CR-D-VII", 6, local=96000,
                 county=48000, state=120000, beneficiaries=6),
        ],
        "trainings": [dict(training_kind="perfectionare", staff_category="Asistent social", persons=3,
                           budget_lei=3300.0)],
    }
    return els, exp


def buftea_plan_2025() -> tuple[list[El], dict]:
    """Town (Ilfov), PDF: the two header rows of the services table end page 1 (footer 'Pagina 1 din 2'
    under them), the body starts page 2 with no repeated header."""
    filler = ("Compartimentul de asistență socială asigură evaluarea inițială, întocmirea planului individualizat "
              "de asistență și monitorizarea serviciilor acordate beneficiarilor din oraș.")
    els = [
        p("ROMÂNIA - JUDEȚUL ILFOV - ORAȘUL BUFTEA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Buftea pentru anul 2025"),
        *[p(filler) for _ in range(12)],
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table3([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate",
             "Bugetul estimat (lei)", LEFT],
            [UP, UP, UP, UP, "Buget local", "Buget de stat"],
            ["1.", "8891 CZ-C-II", "Centrul de zi pentru copii „Lacul Buftea”", "35", "238.700", "61.000"],
            ["2.", "8810 ID-I", "Îngrijire la domiciliu pentru persoane vârstnice Buciumeni", "18", "109.440", "-"],
            ["3.", "8899 CPDH-I", "Cantina socială Buftea", "90", "312.000", "-"],
        ], header_rows=2, widths=[0.5, 1.2, 3.5, 0.9, 1.1, 1.1], split_header=True),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Orașul Buftea", county="Ilfov"),
        "services": [
            _svc("existing", "Centrul de zi pentru copii „Lacul Buftea”", "8891 CZ-C-II", 35, local=238700,
                 state=61000),
            _svc("existing", "Îngrijire la domiciliu pentru persoane vârstnice Buciumeni", "8810 ID-I", 18,
                 local=109440),
            _svc("existing", "Cantina socială Buftea", "8899 CPDH-I", 90, local=312000),
        ],
    }
    return els, exp


_CUGIR_FILLER = ("Activitatea compartimentului s-a desfășurat în strânsă legătură cu instituțiile din oraș, cu "
                 "unitățile de învățământ și cu organizațiile neguvernamentale active în domeniul social.")


def cugir_raport_primar_2024(two_columns: bool) -> tuple[list[El], dict]:
    """Mayor's report of a town (Alba): a range ('între 20 și 30 de beneficiari'), 'peste 150 de persoane', a
    compound number word with diacritics ('douăzeci și cinci de copii'), a count in parentheses in a bullet
    ('beneficiari ai venitului minim de incluziune (123)') and a cost 'lei/lună/beneficiar'. Rendered as a
    text export and as a two-column PDF page."""
    els = [
        p("ROMÂNIA - JUDEȚUL ALBA"),
        title("RAPORTUL PRIMARULUI ORAȘULUI CUGIR privind starea economică, socială și de mediu a orașului "
              "pentru anul 2024"),
    ]
    if two_columns:
        els.append(twocol())
    els += [
        h("Asistență socială"),
        *[p(_CUGIR_FILLER) for _ in range(12)],  # fills most of the left column: the figures sit at its
        p("Compartimentul de asistență socială a efectuat 287 de anchete sociale la domiciliul solicitanților."),
        p("Centrul de zi pentru vârstnici a fost frecventat zilnic de între 20 și 30 de beneficiari."),
        p("Prin programul de masă caldă au fost sprijinite peste 150 de persoane vârstnice singure."),
        p("În cadrul programului „Școala după școală” au fost sprijiniți douăzeci și cinci de copii din familii "
          "defavorizate."),
        # foot and at the top of the right column, beside the left column's first lines
        p(_CUGIR_FILLER),
        p("Beneficiile sociale acordate în cursul anului au fost următoarele:"),
        bullet("beneficiari ai venitului minim de incluziune (123);"),
        p("Costul mediu de întreținere în centrul de zi a fost de 1.240 lei/lună/beneficiar."),
        p(_CUGIR_FILLER),
        p(_CUGIR_FILLER),
    ]
    exp = {
        "document": dict(doc_type="raport_primar", year=2024, uat="Orașul Cugir", county="Alba"),
        # assumptions (README, round 3): a range states no single figure -> no indicator; 'peste 150' -> 150
        "indicators": [
            dict(indicator="anchete_sociale", value=287.0, unit="anchete"),
            dict(indicator="persoane", value=150.0, unit="persoane"),
            dict(indicator="copii", value=25.0, unit="copii"),
            dict(indicator="beneficiari", value=123.0, unit="persoane"),
            dict(indicator="cost_mediu", value=1240.0, unit="lei"),
        ],
    }
    return els, exp


def cristian_hcl_plan_2025() -> tuple[list[El], dict]:
    """Commune (Sibiu), DOCX: a local council decision approving the plan, the plan as 'Anexa nr. 1';
    headings typed as bold Normal paragraphs (no heading styles); partnerships as a Word-numbered list (the
    "1." only in numbering.xml); the services table with code and name in ONE cell ('8899 CZ-VD-II –
    Centrul …')."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL SIBIU"), p("CONSILIUL LOCAL AL COMUNEI CRISTIAN"),
        bold("HOTĂRÂREA nr. 27 din 28 februarie 2025"),
        bold("privind aprobarea Planului anual de acțiune privind serviciile sociale administrate și finanțate "
             "din bugetul Consiliului Local al Comunei Cristian pentru anul 2025"),
        p("Consiliul Local al Comunei Cristian, întrunit în ședință ordinară;"),
        p("Având în vedere referatul de aprobare al primarului comunei, raportul compartimentului de specialitate "
          "și rapoartele comisiilor de specialitate ale Consiliului Local;"),
        p("În temeiul prevederilor art. 118 din Legea asistenței sociale nr. 292/2011 și ale art. 139 alin. (1) "
          "din Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul administrativ;"),
        bold("HOTĂRĂȘTE:"),
        p("Art. 1. Se aprobă Planul anual de acțiune privind serviciile sociale administrate și finanțate din "
          "bugetul Consiliului Local al Comunei Cristian pentru anul 2025, prevăzut în Anexa nr. 1, care face "
          "parte integrantă din prezenta hotărâre."),
        p("Art. 2. Cu ducerea la îndeplinire a prezentei hotărâri se încredințează primarul comunei."),
        p("PREȘEDINTE DE ȘEDINȚĂ,"), p("Ioan Bârsan"),
        El("pagebreak"),
        p("Anexa nr. 1 la HCL nr. 27/28.02.2025"),
        bold("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
             "Consiliului Local al Comunei Cristian pentru anul 2025"),
        bold("A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Codul și denumirea serviciului social", "Capacitate", "Buget local (lei)",
             "Buget de stat (lei)"],
            ["1.", "8899 CZ-VD-II – Centrul de consiliere pentru victimele violenței domestice Cristian", "12",
             "64.800", "-"],
            ["2.", "8810 ID-I – Îngrijire la domiciliu pentru persoane vârstnice", "15", "118.300", "21.000"],
            ["3.", "8891 CZ-C-II – Centrul de zi pentru copii „Cocorii” Cristian", "25", "143.650", "40.000"],
        ]),
        bold("Parteneriate încheiate:"),
        numbered("Protocol de colaborare nr. 612/14.01.2025 - Asociația Pro Vita Mărginimea Sibiului;"),
        numbered("Acord de parteneriat nr. 88/03.02.2025 - Fundația Inimi Deschise Sibiu;"),
        numbered("Convenție de colaborare nr. 140/10.02.2025 - Parohia Ortodoxă Cristian."),
    ]
    exp = {
        # assumption: a council decision whose annex is the plan -> hotarare_aviz_plan (the contract's only
        # type of a decision wrapping a plan); year and UAT those of the plan
        "document": dict(doc_type="hotarare_aviz_plan", year=2025, uat="Comuna Cristian", county="Sibiu"),
        "services": [
            _svc("existing", "Centrul de consiliere pentru victimele violenței domestice Cristian", "8899 CZ-VD-II",
                 12, local=64800),
            _svc("existing", "Îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", 15, local=118300,
                 state=21000),
            _svc("existing", "Centrul de zi pentru copii „Cocorii” Cristian", "8891 CZ-C-II", 25, local=143650,
                 state=40000),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="612", date_signed="2025-01-14",
                 partner="Asociația Pro Vita Mărginimea Sibiului"),
            dict(agreement_type="acord", number_raw="88", date_signed="2025-02-03",
                 partner="Fundația Inimi Deschise Sibiu"),
            dict(agreement_type="conventie", number_raw="140", date_signed="2025-02-10",
                 partner="Parohia Ortodoxă Cristian"),
        ],
    }
    return els, exp


def harsova_plan_2024() -> tuple[list[El], dict]:
    """Town (Constanța), DOCX: the services table nested inside the one cell of a layout table (a frame with a
    caption), the training table inside a text box."""
    els = [
        p("ROMÂNIA - JUDEȚUL CONSTANȚA - ORAȘUL HÂRȘOVA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Hârșova pentru anul 2024"),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        nested_table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)"],
            ["1.", "8810 ID-I", "Îngrijire la domiciliu Hârșova", "14", "92.600"],
            ["2.", "8899 CPDH-I", "Cantina socială „Carsium”", "45", "187.250"],
            ["3.", "8891 CZ-C-II", "Centrul de zi pentru copii Vadu Oii", "20", "121.000"],
        ], caption="Tabelul nr. 1 - Servicii sociale existente"),
        h("Capitolul III. Programul de formare și îndrumare metodologică"),
        p("a) cursuri de perfecționare"),
        textbox_table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "2", "2.600 lei"],
            ["2.", "Referent în cadrul compartimentului de asistență socială", "1", "1.150 lei"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Orașul Hârșova", county="Constanța"),
        "services": [
            _svc("existing", "Îngrijire la domiciliu Hârșova", "8810 ID-I", 14, local=92600),
            _svc("existing", "Cantina socială „Carsium”", "8899 CPDH-I", 45, local=187250),
            _svc("existing", "Centrul de zi pentru copii Vadu Oii", "8891 CZ-C-II", 20, local=121000),
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=2, budget_lei=2600.0),
            dict(training_kind="perfectionare",
                 staff_category="Referent în cadrul compartimentului de asistență socială", persons=1,
                 budget_lei=1150.0),
        ],
    }
    return els, exp


def otopeni_plan_2025() -> tuple[list[El], dict]:
    """Town (Ilfov), markdown export: pipe tables with an alignment rule, a bold TOTAL row, a '<br>' inside
    a name cell; procurements as a pipe table too."""
    els = [
        p("ROMÂNIA - JUDEȚUL ILFOV - ORAȘUL OTOPENI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Otopeni pentru anul 2025"),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)",
             "Buget de stat (lei)"],
            ["1.", "8810 CZ-V-II", "Centrul de zi pentru vârstnici<br>„Aeroport” Otopeni", "40", "318.000",
             "25.000"],
            ["2.", "8891 CZ-C-II", "Centrul de zi pentru copii Odăile", "30", "246.500", "-"],
            ["3.", "8810 ID-I", "Îngrijire la domiciliu Otopeni", "25", "163.200", "-"],
            ["**TOTAL**", "", "", "**95**", "**727.700**", "**25.000**"],
        ]),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată (lei fără TVA)",
             "Sursa de finanțare", "Procedura"],
            ["1.", "Servicii de preparare a hranei pentru centrul de zi pentru copii", "55321000-6", "84.700",
             "Buget local", "Achiziție directă"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Orașul Otopeni", county="Ilfov"),
        "services": [
            _svc("existing", "Centrul de zi pentru vârstnici „Aeroport” Otopeni", "8810 CZ-V-II", 40, local=318000,
                 state=25000),
            _svc("existing", "Centrul de zi pentru copii Odăile", "8891 CZ-C-II", 30, local=246500),
            _svc("existing", "Îngrijire la domiciliu Otopeni", "8810 ID-I", 25, local=163200),
        ],
        "procurements": [dict(cpv_code="55321000-6", estimated_value_lei=84700.0)],
        "totals": [dict(amount=727700.0, matches=True)],
    }
    return els, exp


def bolintin_vale_plan_2024() -> tuple[list[El], dict]:
    """Town (Giurgiu), text export with the tables as fixed-width columns aligned with spaces (no tabs),
    a dashed rule under the header, figures right-aligned."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL GIURGIU"), p("ORAȘUL BOLINTIN-VALE"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Bolintin-Vale pentru anul 2024"),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Cod serviciu", "Denumirea serviciului social", "Capacitate", "Buget local (lei)",
             "Buget de stat (lei)"],
            ["1.", "8810 ID-I", "Îngrijire la domiciliu Bolintin-Vale", "16", "97.350", "-"],
            ["2.", "8899 CPDH-I", "Cantina socială Malu Spart", "40", "152.800", "18.000"],
            ["3.", "8891 CZ-C-II", "Centrul de zi pentru copii Suseni", "25", "134.900", "47.500"],
        ]),
        h("Capitolul III. Programul de formare și îndrumare metodologică"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "1", "1.800 lei"],
            ["2.", "Îngrijitor la domiciliu", "4", "3.600 lei"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Orașul Bolintin-Vale", county="Giurgiu"),
        "services": [
            _svc("existing", "Îngrijire la domiciliu Bolintin-Vale", "8810 ID-I", 16, local=97350),
            _svc("existing", "Cantina socială Malu Spart", "8899 CPDH-I", 40, local=152800, state=18000),
            _svc("existing", "Centrul de zi pentru copii Suseni", "8891 CZ-C-II", 25, local=134900, state=47500),
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=1, budget_lei=1800.0),
            dict(training_kind="perfectionare", staff_category="Îngrijitor la domiciliu", persons=4,
                 budget_lei=3600.0),
        ],
    }
    return els, exp


def sighisoara_strategie_2022_2027() -> tuple[list[El], dict]:
    """Municipality (Mureș), DOCX: a multi-year strategy titled with the period '2022–2027' (en dash, no
    'perioada'), whose introduction mentions the annual action plan, with a table of services planned per
    year."""
    els = [
        p("ROMÂNIA - JUDEȚUL MUREȘ - MUNICIPIUL SIGHIȘOARA"),
        title("STRATEGIA DE DEZVOLTARE A SERVICIILOR SOCIALE A MUNICIPIULUI SIGHIȘOARA 2022–2027"),
        h("1. Introducere"),
        p("Strategia stabilește direcțiile de dezvoltare a serviciilor sociale ale municipiului pe termen mediu. "
          "Obiectivele ei sunt puse în practică, an de an, prin Planul anual de acțiune privind serviciile "
          "sociale, aprobat de Consiliul Local al Municipiului Sighișoara."),
        h("5. Servicii sociale planificate"),
        table([
            ["Nr. crt.", "Serviciul social", "Cod serviciu", "Anul înființării", "Capacitate estimată"],
            ["1.", "Centrul de zi pentru persoane vârstnice „Cetatea”", "8810 CZ-V-II", "2023", "30"],
            ["2.", "Locuința protejată pentru tineri care părăsesc sistemul de protecție", "8790 CR-C-I", "2025",
             "8"],
            ["3.", "Centrul de consiliere pentru familie Sighișoara", "8899 CZ-F-I", "2026", "20"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="strategie", year=2022, year_end=2027, uat="Municipiul Sighișoara",
                         county="Mureș"),
    }
    return els, exp


def harghita_raport_executie_2023() -> tuple[list[El], dict]:
    """County DGASPC (Harghita), DOCX: report on the execution of the annual plan; the services table has
    'planificat / realizat' sub-columns under capacity and budget."""
    els = [
        p("CONSILIUL JUDEȚEAN HARGHITA"),
        p("DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI PROTECȚIA COPILULUI HARGHITA"),
        title("RAPORT privind execuția Planului anual de acțiune privind serviciile sociale administrate și "
              "finanțate din bugetul Consiliului Județean Harghita pentru anul 2023"),
        p("Prezentul raport prezintă gradul de realizare a obiectivelor planului în anul 2023."),
        h("A. Serviciile sociale existente - stadiul realizării"),
        table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate (nr. locuri)", LEFT,
             "Buget (lei)", LEFT],
            [UP, UP, UP, "planificat", "realizat", "planificat", "realizat"],
            ["1.", "8790 CR-D-VII", "Locuința protejată pentru persoane adulte cu dizabilități Odorheiu Secuiesc",
             "10", "10", "612.000", "598.740"],
            ["2.", "8891 CZ-C-III", "Centrul de zi de recuperare pentru copii cu dizabilități Gheorgheni", "40", "36",
             "845.500", "803.125"],
            ["3.", "8790 CR-C-I", "Casa de tip familial „Hargita” Miercurea Ciuc", "12", "11", "1.104.000",
             "1.087.300"],
        ], header_rows=2),
    ]
    exp = {
        "document": dict(doc_type="raport_plan_anual", year=2023, issuer_kind="DGASPC", uat="Județul Harghita",
                         county="Harghita"),
        # only what the table states unambiguously: which services, with which codes (capacity / budget of a
        # planificat/realizat pair are not asserted, see README)
        "services": [
            dict(section="existing",
                 service_name="Locuința protejată pentru persoane adulte cu dizabilități Odorheiu Secuiesc",
                 service_code="8790 CR-D-VII"),
            dict(section="existing", service_name="Centrul de zi de recuperare pentru copii cu dizabilități "
                 "Gheorgheni", service_code="8891 CZ-C-III"),
            dict(section="existing", service_name="Casa de tip familial „Hargita” Miercurea Ciuc",
                 service_code="8790 CR-C-I"),
        ],
    }
    return els, exp


def round3_variants() -> list[Variant]:
    out: list[Variant] = []
    els, exp = strehaia_plan_2025()
    out.append(Variant("strehaia_plan_2025_pdf_fara_linii", "pdf3", els, exp))
    els, exp = orsova_plan_2024()
    out.append(Variant("orsova_plan_2024_pdf_randuri_lungi", "pdf3", els, exp))
    els, exp = zarnesti_plan_2024()
    out.append(Variant("zarnesti_plan_2024_pdf_rotit", "pdf3", els, exp))
    els, exp = buftea_plan_2025()
    out.append(Variant("buftea_plan_2025_pdf_antet_rupt", "pdf3", els, exp))
    els, exp = cugir_raport_primar_2024(two_columns=False)
    out.append(Variant("cugir_raport_primar_2024", "txt_tsv", els, exp))
    els, exp = cugir_raport_primar_2024(two_columns=True)
    out.append(Variant("cugir_raport_primar_2024_pdf_doua_coloane", "pdf3", els, exp))
    els, exp = cristian_hcl_plan_2025()
    out.append(Variant("cristian_hcl_plan_2025_docx", "docx3", els, exp))
    out.append(Variant("cristian_hcl_plan_2025", "txt_tsv", _numbered_texts(els), exp))
    els, exp = harsova_plan_2024()
    out.append(Variant("harsova_plan_2024_docx_imbricat", "docx3", els, exp))
    els, exp = otopeni_plan_2025()
    out.append(Variant("otopeni_plan_2025_md", "md", els, exp))
    els, exp = bolintin_vale_plan_2024()
    out.append(Variant("bolintin_vale_plan_2024_coloane_fixe", "txt_fixed", els, exp))
    els, exp = sighisoara_strategie_2022_2027()
    out.append(Variant("sighisoara_strategie_2022_2027_docx", "docx3", els, exp))
    els, exp = harghita_raport_executie_2023()
    out.append(Variant("harghita_dgaspc_raport_executie_2023_docx", "docx3", els, exp))
    return out


EXT = {"md": "md", "txt_fixed": "txt", "pdf3": "pdf", "docx3": "docx"}

RUNNING_HEADERS = {
    "strehaia_plan_2025_pdf_fara_linii": "PRIMĂRIA ORAȘULUI STREHAIA – Compartimentul de asistență socială",
    "zarnesti_plan_2024_pdf_rotit": "SERVICIUL PUBLIC DE ASISTENȚĂ SOCIALĂ ZĂRNEȘTI",
    "buftea_plan_2025_pdf_antet_rupt": "PRIMĂRIA ORAȘULUI BUFTEA – Direcția de asistență socială",
    "orsova_plan_2024_pdf_randuri_lungi": "MUNICIPIUL ORȘOVA",
    "cugir_raport_primar_2024_pdf_doua_coloane": "PRIMĂRIA ORAȘULUI CUGIR",
}


def write(v: Variant, path: Path) -> None:
    if v.fmt == "md":
        path.write_text(write_md(v.elements), encoding="utf-8")
    elif v.fmt == "txt_fixed":
        path.write_text(write_txt_fixed(v.elements), encoding="utf-8")
    elif v.fmt == "pdf3":
        write_pdf3(v.elements, path, RUNNING_HEADERS.get(v.name))
    elif v.fmt == "docx3":
        write_docx3(v.elements, path)
    else:
        raise ValueError(v.fmt)
