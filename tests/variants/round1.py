"""Round 1 of the generated variants: annual plans (HG 797/2017 template) of a commune, a town, a county DGASPC
and a municipality, and a mayor's report, for places and figures that appear in no corpus document (see
make_variants.py and README.md)."""
from __future__ import annotations

from variant_model import LEFT, UP, El, Variant, _svc, bullet, h, p, table, title


def poiana_mare_plan_2024() -> tuple[list[El], dict]:
    """Commune in Dolj; two header rows, 'lei' in every cell, codes printed with hyphens / without spaces,
    a TOTAL row that adds up, procurements with CPV, one subsidy, partnerships as a numbered list,
    trainings a)-d)."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL DOLJ"), p("PRIMĂRIA COMUNEI POIANA MARE"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Comunei Poiana Mare pentru anul 2024"),
        p("Planul a fost elaborat de Compartimentul de asistență socială din cadrul Primăriei Comunei Poiana Mare "
          "în conformitate cu prevederile art. 118 din Legea asistenței sociale nr. 292/2011 și ale H.G. nr. "
          "797/2017."),
        h("Acorduri de parteneriat / protocoale de colaborare încheiate:"),
        p("1. Protocol de colaborare nr. 214/07.02.2023 - Asociația Vatra Bunicilor Poiana Mare;"),
        p("2. Acord de parteneriat nr. 1.418/15.09.2023 - Fundația Sprijin pentru Oltenia;"),
        p("3. Convenție de colaborare nr. 77/11.01.2024 - Asociația Zâmbet de Copil Dolj."),
        h("CAPITOLUL I: Administrarea, înființarea și finanțarea serviciilor sociale"),
        h("A. Serviciile sociale existente la nivel local"),
        table([
            ["Nr. crt.", "Cod serviciu social, conform Nomenclatorului serviciilor sociale",
             "Denumirea serviciului social", "Capacitate", "Grad de ocupare",
             "Bugetele estimate pe surse de finanțare, pentru serviciile sociale existente", LEFT, LEFT, LEFT, LEFT],
            [UP, UP, UP, UP, UP, "Buget local", "Buget județean", "Buget de stat",
             "Contribuții persoane beneficiare", "Alte surse"],
            ["1.", "8810-ID-I", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "12", "11",
             "84.500 lei", "-", "-", "6.000 lei", "-"],
            ["2.", "8899CZ-PN-V", "Serviciul de asistență comunitară Poiana Mare", "40", "100%",
             "35.000 lei", "-", "-", "-", "-"],
            ["3.", "8899 CPDH-I", "Cantina socială „Sfântul Nicolae” Poiana Mare", "60", "52",
             "118.200 lei", "20.000 lei", "-", "9.800 lei", "-"],
            ["TOTAL", "", "", "112", "", "237.700 lei", "20.000 lei", "-", "15.800 lei", "-"],
        ], header_rows=2, widths=[0.5, 1.2, 3, 0.8, 0.8, 1, 1, 1, 1.2, 0.8]),
        h("B. Servicii sociale propuse spre a fi înființate"),
        table([
            ["Denumirea serviciului social", "Cod serviciu social", "Categorie beneficiari",
             "Capacitate necesară", "Buget local"],
            ["Centrul de zi pentru persoane vârstnice Tunarii", "8810 CZ-V-II", "Persoane vârstnice", "25",
             "60.000 lei"],
        ], widths=[3, 1.2, 1.5, 1, 1]),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Tipul și obiectul contractului de achiziție publică", "Cod CPV",
             "Valoarea estimată (lei fără TVA)", "Sursa de finanțare", "Procedura stabilită"],
            ["1.", "Servicii de preparare și distribuire a hranei pentru cantina socială", "55321000-6",
             "96.400", "Buget local", "Procedură simplificată"],
            ["2.", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "85311100-3", "41.250",
             "Buget local", "Achiziție directă"],
        ], widths=[0.5, 3.5, 1.2, 1.2, 1.2, 1.5]),
        h("D. Programul de subvenționare a asociațiilor, fundațiilor și cultelor recunoscute de lege, în baza "
          "Legii nr. 34/1998"),
        p("1. Serviciile sociale eligibile pentru a primi subvenții de la bugetul local:"),
        table([
            ["Nr. crt.", "Unități de asistență socială", "Încadrarea în Nomenclatorul serviciilor sociale",
             "Suma estimată"],
            ["1.", "Centrul de zi pentru copii al Asociației Zâmbet de Copil Dolj", "8891 CZ-C-II", "45.000 lei"],
        ], widths=[0.5, 3, 2, 1]),
        p("3. Bugetul estimat al programului de subvenționare: 45.000 lei."),
        h("Capitolul II: Planificarea activităților de informare a publicului cu privire la serviciile sociale"),
        p("1. Revizuirea și actualizarea informațiilor publicate pe pagina de internet a primăriei - trimestrial."),
        h("Capitolul III: Programul de formare și îndrumare metodologică a personalului care lucrează în domeniul "
          "serviciilor sociale"),
        p("1. Propuneri de activități de formare profesională continuă:"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "1", "1.500 lei"],
            ["2.", "Îngrijitor la domiciliu", "3", "2.700 lei"],
        ]),
        p("b) cursuri de calificare"),
        table([
            ["Nr. crt.", "Meseria/ocupația", "Nr. persoane", "Buget estimat"],
            ["1.", "Lucrător social", "2", "3.000 lei"],
        ]),
        p("c) sesiuni de instruire pentru:"),
        table([
            ["Nr. crt.", "Tipuri de personal", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistenți personali ai persoanelor cu handicap grav", "8", "800 lei"],
        ]),
        p("d) organizarea de întâlniri de tip peer review:"),
        table([
            ["Teme de interes", "Nr. de persoane", "Buget estimat"],
            ["Prevenirea violenței domestice", "2", "200 lei"],
        ]),
        p("Primar,"), p("Ion Mărgărit"),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Comuna Poiana Mare", county="Dolj"),
        "services": [
            _svc("existing", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", 12,
                 local=84500, benef=6000, beneficiaries=11),
            _svc("existing", "Serviciul de asistență comunitară Poiana Mare", "8899 CZ-PN-V", 40, local=35000),
            _svc("existing", "Cantina socială „Sfântul Nicolae” Poiana Mare", "8899 CPDH-I", 60, local=118200,
                 county=20000, benef=9800, beneficiaries=52),
            _svc("proposed", "Centrul de zi pentru persoane vârstnice Tunarii", "8810 CZ-V-II", 25, local=60000),
        ],
        "procurements": [
            dict(cpv_code="55321000-6", estimated_value_lei=96400.0),
            dict(cpv_code="85311100-3", estimated_value_lei=41250.0),
        ],
        "subsidies": [dict(service_code="8891 CZ-C-II", amount_lei=45000.0)],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=1, budget_lei=1500.0),
            dict(training_kind="perfectionare", staff_category="Îngrijitor la domiciliu", persons=3, budget_lei=2700.0),
            dict(training_kind="calificare", staff_category="Lucrător social", persons=2, budget_lei=3000.0),
            dict(training_kind="instruire", staff_category="Asistenți personali ai persoanelor cu handicap grav",
                 persons=8, budget_lei=800.0),
            dict(training_kind="other", staff_category="Prevenirea violenței domestice", persons=2, budget_lei=200.0),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="214", date_signed="2023-02-07",
                 partner="Asociația Vatra Bunicilor Poiana Mare"),
            dict(agreement_type="acord", number_raw="1.418", date_signed="2023-09-15",
                 partner="Fundația Sprijin pentru Oltenia"),
            dict(agreement_type="conventie", number_raw="77", date_signed="2024-01-11",
                 partner="Asociația Zâmbet de Copil Dolj"),
        ],
        # 'Grad de ocupare' printed as a count (11, 52) is the number of beneficiaries, as in the corpus
        # the TOTAL row of table A: stated 237.700 lei local = 84.500 + 35.000 + 118.200
        "totals": [dict(amount=237700.0, matches=True)],
    }
    return els, exp


def turda_plan_2023() -> tuple[list[El], dict]:
    """Municipality; single header row with other wording and column order (name before code, 'Nr. locuri',
    'Bugetul local (lei)'), group-heading rows, plain numbers with thousands dots; partnerships as a table."""
    els = [
        p("MUNICIPIUL TURDA"), p("DIRECȚIA DE ASISTENȚĂ SOCIALĂ TURDA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Municipiului Turda pentru anul 2023"),
        p("Direcția de Asistență Socială Turda, serviciu public de interes local cu personalitate juridică în "
          "subordinea Consiliului Local al Municipiului Turda, elaborează prezentul plan."),
        h("Parteneriate în derulare"),
        table([
            ["Nr. crt.", "Tipul actului", "Număr și dată", "Partener", "Perioada de valabilitate"],
            ["1.", "Protocol de colaborare", "nr. 3.310/21.03.2022", "Asociația Samaritenii Turzii", "21.03.2025"],
            ["2.", "Convenție de parteneriat", "nr. 905/02.11.2022", "Fundația Lumina Arieșului", "nedeterminată"],
        ]),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Nr. locuri", "Nr. beneficiari",
             "Bugetul local (lei)", "Bugetul de stat (lei)", "Contribuția beneficiarilor (lei)"],
            ["Centre de zi", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["1.", "Centrul de zi pentru vârstnici „Dealul Florilor”", "8810 CZ-V-II", "45", "51", "412.300",
             "-", "18.400"],
            ["2.", "Centrul de zi pentru copii „Arieșul”", "8891 CZ-C-II", "30", "28", "287.950", "95.000", "-"],
            ["Servicii la domiciliu", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["3.", "Îngrijire la domiciliu pentru persoane adulte cu dizabilități", "8810 ID-II", "20", "19",
             "133.600", "-", "-"],
        ]),
        h("B. Servicii sociale propuse spre a fi înființate"),
        p("Nu este cazul."),
        h("Capitolul III. Programul de formare a personalului"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Inspector de specialitate", "4", "3.600 lei"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2023, uat="Municipiul Turda", county="Cluj"),
        "services": [
            _svc("existing", "Centrul de zi pentru vârstnici „Dealul Florilor”", "8810 CZ-V-II", 45,
                 local=412300, benef=18400, category="Centre de zi", beneficiaries=51),
            _svc("existing", "Centrul de zi pentru copii „Arieșul”", "8891 CZ-C-II", 30, local=287950,
                 state=95000, category="Centre de zi", beneficiaries=28),
            _svc("existing", "Îngrijire la domiciliu pentru persoane adulte cu dizabilități", "8810 ID-II", 20,
                 local=133600, category="Servicii la domiciliu", beneficiaries=19),
        ],
        "trainings": [dict(training_kind="perfectionare", staff_category="Inspector de specialitate", persons=4,
                           budget_lei=3600.0)],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="3.310", date_signed="2022-03-21",
                 partner="Asociația Samaritenii Turzii"),
            dict(agreement_type="conventie", number_raw="905", date_signed="2022-11-02",
                 partner="Fundația Lumina Arieșului"),
        ],
    }
    return els, exp


def vaslui_dgaspc_plan_2025() -> tuple[list[El], dict]:
    """County DGASPC, docx: 'mii lei' in the header, three header rows with merged cells, group heading merged
    across the row, a service row split over two table rows, a TOTAL row that does NOT add up, partnerships
    as bullets under an intro sentence."""
    els = [
        p("CONSILIUL JUDEȚEAN VASLUI"),
        p("DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI PROTECȚIA COPILULUI VASLUI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Județean Vaslui pentru anul 2025"),
        p("Direcția Generală de Asistență Socială și Protecția Copilului Vaslui a încheiat, pentru dezvoltarea "
          "serviciilor sociale, următoarele acorduri de parteneriat:"),
        bullet("Asociația Casa Speranței Bârlad - acord de parteneriat nr. 5.521/14.03.2023;"),
        bullet("Fundația Clipa de Bucurie Huși - protocol de colaborare nr. 6.032/02.05.2024;"),
        bullet("Asociația Ajutor pentru Vârstnici Negrești - convenție de colaborare nr. 118/20.01.2025."),
        h("CAPITOLUL I"),
        h("A. Serviciile sociale existente la nivel județean"),
        table([
            ["Nr. crt.", "Cod serviciu", "Denumirea serviciului social", "Capacitate (nr. locuri)",
             "Bugetele estimate pe surse de finanțare (mii lei)", LEFT, LEFT, LEFT],
            [UP, UP, UP, UP, "Bugetul județean", "Bugetul de stat", "Surse proprii", LEFT],
            [UP, UP, UP, UP, UP, UP, "Contribuții beneficiari", "Alte surse"],
            ["Centre rezidențiale pentru persoane adulte cu dizabilități", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["1.", "8790 CR-D-I", "Centrul de îngrijire și asistență Codăești", "64", "3.215,5", "1.980", "412",
             "-"],
            ["2.", "8790 CR-D-VII", "Locuința protejată pentru persoane adulte cu dizabilități", "8", "402,75",
             "260", "-", "-"],
            ["", "", "„Casa Florilor” Zorleni", "", "", "", "", ""],
            ["Centre de zi pentru copii", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["3.", "8891 CZ-C-III", "Centrul de zi de recuperare pentru copii cu dizabilități Vaslui", "35",
             "688", "-", "-", "12,5"],
            ["TOTAL", LEFT, LEFT, "107", "4.406", "2.240", "412", "12,5"],
        ], header_rows=3),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Obiectul contractului / acordului-cadru", "Cod CPV", "Cod serviciu social",
             "Valoarea estimată (lei fără TVA)", "Sursa de finanțare", "Procedura de atribuire"],
            ["1.", "Servicii sociale cu cazare pentru persoane vârstnice dependente", "85311100-3", "8730 CR-V-I",
             "1.250.000", "Buget județean", "Procedură simplificată"],
            ["2.", "Servicii de asistență socială fără cazare pentru copii cu dizabilități", "85312000-9",
             "8891 CZ-C-III", "318.600,50", "Buget județean", "Achiziție directă"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Județul Vaslui", county="Vaslui",
                         issuer_kind="DGASPC", currency_unit_main="mii lei"),
        "services": [
            _svc("existing", "Centrul de îngrijire și asistență Codăești", "8790 CR-D-I", 64, county=3215500,
                 state=1980000, benef=412000,
                 category="Centre rezidențiale pentru persoane adulte cu dizabilități"),
            _svc("existing", "Locuința protejată pentru persoane adulte cu dizabilități „Casa Florilor” Zorleni",
                 "8790 CR-D-VII", 8, county=402750, state=260000,
                 category="Centre rezidențiale pentru persoane adulte cu dizabilități"),
            _svc("existing", "Centrul de zi de recuperare pentru copii cu dizabilități Vaslui", "8891 CZ-C-III",
                 35, county=688000, other=12500, category="Centre de zi pentru copii"),
        ],
        "procurements": [
            dict(cpv_code="85311100-3", service_code="8730 CR-V-I", estimated_value_lei=1250000.0),
            dict(cpv_code="85312000-9", service_code="8891 CZ-C-III", estimated_value_lei=318600.5),
        ],
        "partnerships": [
            dict(agreement_type="acord", number_raw="5.521", date_signed="2023-03-14",
                 partner="Asociația Casa Speranței Bârlad"),
            dict(agreement_type="protocol", number_raw="6.032", date_signed="2024-05-02",
                 partner="Fundația Clipa de Bucurie Huși"),
            dict(agreement_type="conventie", number_raw="118", date_signed="2025-01-20",
                 partner="Asociația Ajutor pentru Vârstnici Negrești"),
        ],
        # TOTAL county budget stated 4.406 mii lei, rows add to 3.215,5 + 402,75 + 688 = 4.306,25 mii lei
        "totals": [dict(amount=4406000.0, matches=False)],
    }
    return els, exp


_ALBA_CENTRES = [
    # (name, printed code, canonical code, capacity, A local, B state, C beneficiaries)
    ("Centrul de zi pentru vârstnici Cetate", "8810 CZ V II", "8810 CZ-V-II", 40, "210.400", "-", "8.200"),
    ("Centrul de zi pentru vârstnici Partoș", "8810 CZ V II", "8810 CZ-V-II", 35, "188.750", "-", "6.100"),
    ("Clubul seniorilor Ampoi", "8810 CZ V I", "8810 CZ-V-I", 50, "96.300", "-", "-"),
    ("Îngrijire la domiciliu - echipa Cetate", "8810 ID I", "8810 ID-I", 25, "154.000", "-", "11.500"),
    ("Îngrijire la domiciliu - echipa Micești", "8810 ID I", "8810 ID-I", 18, "112.900", "-", "7.300"),
    ("Asistenți personali ai persoanelor cu handicap grav", "8810 ID IV", "8810 ID-IV", 210, "5.870.000",
     "-", "-"),
    ("Centrul de zi pentru copii „Ciresarii”", "8891 CZ C II", "8891 CZ-C-II", 30, "245.600", "61.000", "-"),
    ("Centrul de zi pentru copii „Prichindelul”", "8891 CZ C II", "8891 CZ-C-II", 25, "199.800", "52.000", "-"),
    ("Centrul de zi pentru copii cu dizabilități „Pași mici”", "8891 CZ C III", "8891 CZ-C-III", 20,
     "287.300", "74.500", "-"),
    ("Cantina socială Alba Iulia", "8899 CPDH I", "8899 CPDH-I", 120, "402.600", "-", "15.900"),
    ("Masa pe roți", "8899 CPDH II", "8899 CPDH-II", 45, "133.450", "-", "4.800"),
    ("Adăpost de noapte pentru persoane fără adăpost", "8790 CR PFA II", "8790 CR-PFA-II", 28, "356.000",
     "-", "-"),
    ("Centrul de consiliere pentru victimele violenței în familie", "8899 CZ VD I", "8899 CZ-VD-I", 15,
     "118.200", "40.000", "-"),
    ("Centrul de asistență destinat agresorilor", "8899 CZ VD III", "8899 CZ-VD-III", 10, "64.900", "-", "-"),
    ("Locuința protejată Lumina", "8790 CR D VII", "8790 CR-D-VII", 6, "241.000", "120.000", "9.600"),
    ("Centrul de zi pentru persoane adulte cu dizabilități Dealul Furcilor", "8899 CZ D I", "8899 CZ-D-I",
     24, "310.700", "88.000", "-"),
    ("Serviciul de asistență comunitară Bărăbanț", "8899 CZ PN V", "8899 CZ-PN-V", 60, "72.400", "-", "-"),
    ("Serviciul de asistență comunitară Oarda", "8899 CZ PN V", "8899 CZ-PN-V", 60, "69.800", "-", "-"),
    ("Serviciul de asistență comunitară Pâclișa", "8899 CZ PN V", "8899 CZ-PN-V", 50, "58.100", "-", "-"),
    ("Echipa mobilă de intervenție stradală", "8899 SIS I", "8899 SIS-I", 40, "97.650", "-", "-"),
    ("Centrul de zi pentru familii cu copii", "8899 CZ F I", "8899 CZ-F-I", 30, "143.250", "-", "-"),
    ("Centrul de informare pentru persoane vârstnice", "8810 CZ V I", "8810 CZ-V-I", 20, "47.300", "-", "-"),
    ("Căminul pentru persoane vârstnice Sf. Ana", "8730 CR V I", "8730 CR-V-I", 48, "1.420.000", "380.000",
     "612.000"),
    ("Centrul de îngrijiri paliative", "8710 CRMS II", "8710 CRMS-II", 12, "520.300", "150.000", "84.000"),
    ("Centrul de zi pentru adicții", "8899 CZ AD III", "8899 CZ-AD-III", 15, "88.900", "-", "-"),
    ("Centrul de criză pentru copii", "8790 CR C II", "8790 CR-C-II", 12, "402.500", "210.000", "-"),
    ("Serviciul de asistență și suport pentru adulți cu dizabilități", "8899 SC D I", "8899 SC-D-I", 30,
     "66.700", "-", "-"),
    ("Centrul de zi Respiro pentru vârstnici", "8810 CZ V II", "8810 CZ-V-II", 22, "131.400", "-", "5.500"),
]


def _lei(s: str) -> float | None:
    return None if s == "-" else float(s.replace(".", "").replace(",", "."))


def alba_iulia_plan_2023() -> tuple[list[El], dict]:
    """Municipality, PDF: a legend 'A - buget local, B - …' with letter columns, codes printed with blanks
    instead of hyphens ('8810 ID IV'), a services table long enough to run over the page break (header
    repeated by reportlab)."""
    rows = [["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Capacitate", "A", "B", "C"]]
    for i, (name, code, _c, cap, a, b, c) in enumerate(_ALBA_CENTRES, 1):
        rows.append([f"{i}.", name, code, str(cap), a, b, c])
    els = [
        p("MUNICIPIUL ALBA IULIA - DIRECȚIA DE ASISTENȚĂ SOCIALĂ ALBA IULIA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Municipiului Alba Iulia pentru anul 2023"),
        p("Prezentul plan cuprinde serviciile sociale administrate de Direcția de Asistență Socială Alba Iulia, "
          "serviciu public de interes local aflat în subordinea Consiliului Local al Municipiului Alba Iulia."),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        p("Bugetele estimate pe surse de finanțare (lei): A - buget local, B - buget de stat, "
          "C - contribuții persoane beneficiare."),
        table(rows, widths=[0.5, 4, 1.3, 0.9, 1, 1, 1]),
        h("Capitolul III - Programul de formare și îndrumare metodologică"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social principal", "6", "7.200 lei"],
            ["2.", "Psiholog", "2", "3.400 lei"],
        ], widths=[0.5, 4, 1, 1]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2023, uat="Municipiul Alba Iulia", county="Alba"),
        "services": [
            _svc("existing", name, canon, cap, local=_lei(a), state=_lei(b), benef=_lei(c))
            for name, _code, canon, cap, a, b, c in _ALBA_CENTRES
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social principal", persons=6,
                 budget_lei=7200.0),
            dict(training_kind="perfectionare", staff_category="Psiholog", persons=2, budget_lei=3400.0),
        ],
    }
    return els, exp


def bals_raport_primar_2023() -> tuple[list[El], dict]:
    """Mayor's yearly report of a town: figures in sentences, a bullet list, and a small activity table."""
    els = [
        title("RAPORTUL PRIMARULUI ORAȘULUI BALȘ privind starea economică, socială și de mediu a orașului "
              "în anul 2023"),
        p("Județul Olt"),
        h("Asistență socială"),
        p("În anul 2023 au fost acordate 1.245 de ajutoare de urgență familiilor aflate în situații de "
          "necesitate, în valoare totală de 311.250 lei."),
        p("Compartimentul de asistență socială al Primăriei Orașului Balș a efectuat 412 anchete sociale și a "
          "instrumentat 96 de dosare de alocație pentru susținerea familiei."),
        p("Prin cantina socială au fost servite zilnic mese calde pentru 138 de persoane vârstnice."),
        h("Parteneriate"),
        p("Orașul Balș a continuat colaborarea cu următorii parteneri:"),
        bullet("Asociația Balșul Solidar, în baza protocolului de colaborare nr. 2.206/12.04.2022;"),
        bullet("Fundația Ocrotiți Bătrânii Olteniei, în baza acordului de parteneriat nr. 731/30.08.2023."),
    ]
    exp = {
        "document": dict(doc_type="raport_primar", year=2023, uat="Orașul Balș", county="Olt"),
        "indicators": [
            dict(indicator="ajutoare", value=1245.0, year=2023),
            dict(indicator="anchete_sociale", value=412.0, year=2023),
            dict(indicator="dosare", value=96.0, year=2023),
            dict(indicator="persoane", value=138.0, year=2023),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="2.206", date_signed="2022-04-12",
                 partner="Asociația Balșul Solidar"),
            dict(agreement_type="acord", number_raw="731", date_signed="2023-08-30",
                 partner="Fundația Ocrotiți Bătrânii Olteniei"),
        ],
    }
    return els, exp


def round1_variants() -> list[Variant]:
    out: list[Variant] = []
    pm_els, pm_exp = poiana_mare_plan_2024()
    out.append(Variant("poiana_mare_plan_2024", "txt_tsv", pm_els, pm_exp))
    out.append(Variant("poiana_mare_plan_2024_docx", "docx", pm_els, pm_exp))
    out.append(Variant("poiana_mare_plan_2024_pdf", "pdf", pm_els, pm_exp))
    t_els, t_exp = turda_plan_2023()
    out.append(Variant("turda_plan_2023_cells", "txt_cells", t_els, t_exp))
    out.append(Variant("turda_plan_2023_docx", "docx", t_els, t_exp))
    v_els, v_exp = vaslui_dgaspc_plan_2025()
    out.append(Variant("vaslui_dgaspc_plan_2025", "docx", v_els, v_exp))
    out.append(Variant("vaslui_dgaspc_plan_2025_tsv", "txt_tsv", v_els, v_exp))
    a_els, a_exp = alba_iulia_plan_2023()
    out.append(Variant("alba_iulia_plan_2023", "pdf", a_els, a_exp))
    b_els, b_exp = bals_raport_primar_2023()
    out.append(Variant("bals_raport_primar_2023", "txt_tsv", b_els, b_exp))
    return out
