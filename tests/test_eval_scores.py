"""eval_events scores "same organisation" beside the exact company, and counts who should not be interviewers."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.ical import parse_calendar
from afterview.daemon.verdicts import EventVerdict, Interviewer
from eval_script import eval_events

ROOT = Path(__file__).resolve().parent.parent


def _eval_module() -> ModuleType:
    return eval_events("eval_events_org")


@pytest.mark.parametrize(("got", "want"), [
    ("Medpace Talent", "Medpace"), ("Hofer", "Hofer KG"), ("LIBRO Handelsgesellschaft", "Libro"),
    ("Brenner Zulieferteile GmbH", "Brenner Zulieferteile"), ("Groupe Crédit Mutuel", "Credit Mutuel"),
    ("Banco de Sabadell", "Banco Sabadell"), ("Marks and Spencer", "Marks & Spencer"),
    ("Acme Talent Acquisition Team", "ACME"), ("Moosgrün Recrutement", "Moosgruen"),
])
def test_legal_forms_departments_and_joining_words_are_set_aside(got: str, want: str) -> None:
    module = _eval_module()
    assert module.same_organisation(got, want)
    assert module.same_organisation(want, got)


@pytest.mark.parametrize(("got", "want"), [
    ("Allianz", "Allianz Global Investors"), ("KPMG Lux", "KPMG Luxembourg"), ("Mdlz", "Mondelez"),
    ("SAP SuccessFactors", "Universitätsspital Basel"), ("Talent Team", "Acme"), ("GmbH", "Acme GmbH"),
    (None, "Acme"), ("Bank", "Deutsche Bank"),
])
def test_other_names_part_names_and_empty_cores_are_not_the_same_organisation(got: str | None, want: str) -> None:
    assert not _eval_module().same_organisation(got, want)


@pytest.mark.parametrize(("got", "want"), [
    ("Maplewave", "Maplewave Software"), ("Clairvoie", "Agence Clairvoie"), ("BBVA", "Banco Bilbao Vizcaya Argentaria"),
    ("Allianz", "Allianz Global Investors"), ("KPMG", "KPMG Luxembourg GmbH"), ("Quellwerk GmbH", "Quellwerk"),
])
def test_a_name_inside_the_other_or_its_initials_is_named_in_part(got: str, want: str) -> None:
    module = _eval_module()
    assert module.named_in_part(got, want)
    assert module.named_in_part(want, got)


@pytest.mark.parametrize(("got", "want"), [
    ("Mdlz", "Mondelez"), ("Software Maplewave", "Maplewave Cloud"), ("Talent Team", "Acme"), (None, "Acme"),
    ("BV", "Banco Valencia"), ("Paris", "Ville de Lyon"),
])
def test_other_names_are_not_named_in_part(got: str | None, want: str) -> None:
    assert not _eval_module().named_in_part(got, want)


def test_an_empty_label_matches_only_no_company() -> None:
    module = _eval_module()
    assert module.same_organisation(None, "")
    assert not module.same_organisation("GmbH", "")


@pytest.mark.parametrize(("company", "counts"), [
    ("Quellwerk Personalabteilung", (0, 1)), ("Quellwerk", (1, 1)), ("Quellbau", (0, 0)), (None, (0, 0)),
])
def test_the_report_counts_both_scores(company: str | None, counts: tuple[int, int]) -> None:
    module = _eval_module()
    label = {"is_interview": "1", "company": "Quellwerk", "role": "", "stage": "", "interviewers": "", "trap": ""}
    report = module.Report()
    module._score(report, "t-001.ics", label, EventVerdict(uid="org-1", is_interview=True, confidence=0.9,
                                                           company=company))
    assert report.interviews == 1
    assert (report.company_ok, report.company_org_ok) == counts
    assert report.company_part_ok == (0 if company == "Quellbau" or company is None else 1)
    assert f"same organisation (legal forms, departments set aside): {counts[1]:.3f}" in module.render(report, "t")


def test_interviewer_lists_naming_the_user_a_room_or_a_coordinator_are_counted() -> None:
    module = _eval_module()
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:people-1\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART:20261110T090000Z\r\nDTEND:20261110T100000Z\r\nSUMMARY:Interview\r\n"
        "ORGANIZER;CN=Cody Coordinator:mailto:cody@quellwerk.de\r\n"
        "ATTENDEE;CN=Petra Lang:mailto:petra.lang@quellwerk.de\r\n"
        "ATTENDEE;CUTYPE=ROOM;CN=Raum Elbe:mailto:raum.elbe@quellwerk.de\r\n"
        "ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@gmail.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    event = parse_calendar(ics.encode(), tz=ZoneInfo("UTC"), window=None, source="t").events[0]
    label = {"is_interview": "1", "interviewers": "petra.lang@quellwerk.de"}
    lists = [("petra.lang@quellwerk.de",), ("petra.lang@quellwerk.de", "jordan.lee@gmail.com"),
             ("petra.lang@quellwerk.de", "raum.elbe@quellwerk.de"), ("cody@quellwerk.de",)]
    report = module.Report()
    for emails in lists:
        verdict = EventVerdict(uid="people-1", is_interview=True, confidence=0.9,
                               interviewers=tuple(Interviewer(name=None, email=e, title=None) for e in emails))
        module._score_people(report, label, verdict, event, module.ME)
    # The user and the room also count as "not labelled an interviewer"; the coordinator only there.
    assert (report.people_with_user, report.people_with_room, report.people_with_extra) == (1, 1, 3)
    assert "naming the user: 1, a room or resource: 1, anyone not labelled an interviewer: 3" in module.render(
        report, "t")


@pytest.mark.parametrize(("got", "ok"), [
    ("Nordlicht", True), ("Nordlicht Software GmbH", True), ("nordlicht software", True), ("NLS", False),
    ("Software", False), (None, False), ("Hays", False),
])
def test_a_company_counts_as_an_accepted_form_only_when_its_author_lists_it(got: str | None, ok: bool) -> None:
    module = _eval_module()
    assert module.accepted_form(got, "Nordlicht Software", ("Nordlicht",)) is ok
    assert module.accepted_form(got, "Nordlicht Software") is (ok and got != "Nordlicht")


def test_forms_are_read_per_split_and_labelled_company(tmp_path: Path) -> None:
    module = _eval_module()
    assert module.load_forms(tmp_path) == {}
    (tmp_path / "company_forms.csv").write_text(
        'split,company,forms\nh1,Nordlicht Software,Nordlicht| NLS Group \nh1,Acme,\nh2,"Acme, Inc.",Acme\n',
        encoding="utf-8")
    assert module.load_forms(tmp_path) == {("h1", "Nordlicht Software"): ("Nordlicht", "NLS Group"),
                                           ("h1", "Acme"): (), ("h2", "Acme, Inc."): ("Acme",)}


def test_the_target_is_checked_on_accepted_forms() -> None:
    module = _eval_module()
    label = {"is_interview": "1", "company": "Nordlicht Software", "role": "", "stage": "", "interviewers": "",
             "trap": ""}
    report = module.Report()
    for _ in range(10):
        verdict = EventVerdict(uid="f-1", is_interview=True, confidence=0.9, company="Nordlicht")
        module._score(report, "t-001.ics", label, verdict, ("Nordlicht",))
    assert (report.company_ok, report.company_form_ok) == (0, 10)
    assert module.meets_targets(report)
    assert "an accepted form (company_forms.csv): 1.000 (10/10)" in module.render(report, "t")
    report.company_form_ok = 8
    assert not module.meets_targets(report)
