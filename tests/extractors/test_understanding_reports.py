"""What the understanding reads a table as in a document that is no plan: a table of a record kind is read once (its
records, its stated totals), not again as a report's counts; group rows merged across a table are no column's content."""
from __future__ import annotations

from extractors.classify import classify_table
from extractors.model import Cell, Document, Row, Table
from extractors.readers.text import parse_text
from extractors.understanding.build import understand
from extractors.understanding.spec import (ACTIVITIES, OTHER, PROCUREMENT, SERVICES_EXISTING, SERVICES_PROPOSED,
                                           SUBSIDIES, TRAININGS)


def _doc(text: str) -> Document:
    return Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))


# a council's decision (no plan) approving the services of its directorate, with their places and posts, then the
# directorate's report table of what it did: the first is a services list, the second a report's counts
DECISION_WITH_TABLES = (
    "HOTĂRÂRE privind aprobarea serviciilor sociale ale Direcției de Asistență Socială a Municipiului Vale\n\n"
    "Art. 1. — Se aprobă lista serviciilor sociale, conform anexei.\n\n"
    "Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tNr. locuri\tNr. posturi\n"
    "1.\tCentrul de zi pentru copii „Speranța”\t8891 CZ-C-II\t30\t8\n"
    "2.\tCantina de ajutor social\t8899 CPDH-I\t120\t5\n"
    "TOTAL\t\t\t150\t13\n\n"
    "Activitatea direcției în anul 2023\n\n"
    "Nr. crt.\tActivitatea\tNumăr\n"
    "1.\tAnchete sociale efectuate\t412\n"
    "2.\tDosare de alocație întocmite\t97\n")


def test_a_table_of_a_kind_with_records_of_its_own_is_not_read_again_as_a_reports_counts():
    # its places and posts are the services' own fields: read again as a report table they were indicators
    # ('Nr. posturi' as a count of people, the places twice); the report's own table keeps giving its counts
    from extractors.prose import extract_prose
    u = understand(_doc(DECISION_WITH_TABLES))
    assert not u.facts.is_plan
    services, report = u.tables
    assert services.kind == SERVICES_EXISTING and not services.report
    assert report.kind not in (SERVICES_EXISTING, SERVICES_PROPOSED) and report.report
    prose = extract_prose(u)
    assert {r.value for r in prose["indicators"]} == {412.0, 97.0}
    # its TOTAL row's figures are still the totals it states (the posts no services field keeps)
    assert services.report_totals and 13 in {t.amount for t in prose["totals"]}


def test_an_activities_table_of_a_report_is_still_read_for_its_counts():
    from extractors.understanding.build import Facts, read_as_report
    report = Facts(doc_type="raport_activitate")
    assert read_as_report(ACTIVITIES, report) and read_as_report(OTHER, report)
    assert not any(read_as_report(k, report) for k in (SERVICES_EXISTING, SERVICES_PROPOSED, PROCUREMENT,
                                                        SUBSIDIES, TRAININGS))
    assert not read_as_report(OTHER, Facts(doc_type="plan_anual"))


def test_group_rows_merged_across_a_table_do_not_hide_its_code_column():
    # an execution report's services under group rows a PDF prints merged across the table (the reader repeats
    # the heading in every cell): its 'Cod' column of nomenclator codes still says it lists services
    from extractors.tables import resolve_tables as resolve_blocks

    def row(texts: list[str], line: int) -> Row:
        return Row(cells=[Cell(t, i) for i, t in enumerate(texts)], line=line, page=1)

    rows = [row(["Nr. crt.", "Serviciul social", "Cod", "Buget aprobat", "Total plăți", "Procent de realizare"], 1)]
    for i, (group, name, code) in enumerate((
            ("Servicii sociale pentru persoane vârstnice", "Serviciul de îngrijire la domiciliu", "cod 8810 ID-I"),
            ("Servicii sociale pentru copii și familie", "Centrul de consiliere pentru părinți", "8899 CZ-F-I"),
            ("Servicii sociale pentru persoane în risc", "Cantina de ajutor social", "8899 CPDH-I"))):
        rows.append(Row(cells=[Cell(group, 0, col_span=6)], line=2 * i + 2, page=1))
        rows.append(row([f"{i + 1}.", name, code, "425.200", "390.400", "91,82"], 2 * i + 3))
    [rt] = resolve_blocks([Table(rows=rows, n_cols=6, page=1, line=1)])
    assert rt.data_body[0] == ["Servicii sociale pentru persoane vârstnice"] * 6  # as the reader gives it
    assert classify_table(rt, None) == SERVICES_EXISTING
