"""Company, role and interviewer extraction on new authors' kinds of events (own examples, not corpus files)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.domainmatch import registrable_label
from afterview.daemon.eventclass.role import extract_role

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="x6", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


@pytest.mark.parametrize(("domain", "label"), [
    ("hr.kestrel-clinic.example.org", "kestrel-clinic"), ("tarn.example.co.uk", "tarn"), ("tarn.test", "tarn"),
    ("tarn.co.uk", "tarn"), ("mail.tarn.de", "tarn"), ("example.com", "example"),
])
def test_a_documentation_domain_stands_for_the_label_before_it(domain: str, label: str) -> None:
    assert registrable_label(domain) == label


def test_a_company_behind_a_documentation_domain_is_named_from_its_own_label() -> None:
    boss = Attendee("Ines Duarte", "i.duarte@hospital-marvao.example.pt")
    event = _invite("Entrevista - Técnico de Sistemas", "Le esperamos en el Hospital Marvão, edificio B.", boss)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview and verdict.company == "Hospital Marvão"


def test_a_hiring_mailbox_of_a_department_or_board_is_no_interviewer() -> None:
    boss = Attendee("Nadia Benali", "n.benali@vireo-sante.fr")
    people = [Attendee(None, f"{local}@vireo-sante.fr") for local in (
        "recrutement.dsi", "drh-concours", "auswahl", "ops.hiring", "a.li", "gleichstellung",
        "recrutement.ingenierie")]
    event = _invite("Entretien - Responsable support", "Entretien avec Nadia Benali.", boss, *people)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert [i.email for i in verdict.interviewers] == [
        "n.benali@vireo-sante.fr", "a.li@vireo-sante.fr", "gleichstellung@vireo-sante.fr"]


@pytest.mark.parametrize(("summary", "company"), [
    ("Charla Tornaluz – Nacho (fundador) / Jordan", "Tornaluz"),  # a chat is what the event is
    ("Kaffee mit Dr. Wendel (Hafenkran) – 2. Gespräch", "Hafenkran"),  # a person, and in brackets where
    ("Quellbank 2. Runde 14h Fr. Albers", "Quellbank"),  # an honorific leads a person, not the company
    ("Jordan / Kofi - chat about the IT lead role at Crate & Co", "Crate & Co"),  # "& Co" is part of the name
    ("Assessment center Grupo Marcial Ibérico (Madrid)", "Grupo Marcial Ibérico"),  # a place in brackets
    ("Tessal hm call 5pm (Dana's boss)", "Tessal"),  # a bracket with a lowercase word is an aside
    ("Coffee w/ Andrea Colombo - Vetrina 2nd conversation (Client Ops Manager)", "Vetrina"),  # the round
])
def test_company_in_the_users_own_titles(summary: str, company: str) -> None:
    people = {"jordan", "jordan lee", "nacho", "kofi", "kofi mensah", "andrea colombo"}
    assert text_companies(summary, "", people)[0] == company


@pytest.mark.parametrize(("written", "clean"), [
    ("Finestra 2nd", "Finestra"), ("Atalaya 2a", "Atalaya"), ("Ledgerly ops role", "Ledgerly"),
    ("West Midlands Police ICT", "West Midlands Police"), ("Tallyhive data", "Tallyhive"),
    ("Pallet & Co", "Pallet & Co"), ("Hafenstadt IT", "Hafenstadt IT"), ("Studio 54", "Studio 54"),
    ("Caisse cantonale genevoise de prévoyance", "Caisse cantonale genevoise de prévoyance"),
])
def test_clean_company_drops_the_round_the_job_and_a_department(written: str, clean: str) -> None:
    assert clean_company(written) == clean


def test_a_department_alone_is_no_company() -> None:
    assert clean_company("IT") is None and clean_company("HR") is None


def test_the_location_may_write_the_name_in_full() -> None:
    boss = Attendee("Marek Dvořák", "marek@tornel.eu")
    event = dataclasses.replace(_invite("Tornel paid trial days - Operations Manager", "Two paid trial days.", boss),
                                location="Tornel Payments, Praterstraße 1, 1020 Wien")
    assert classify_event(event, me=ME).company == "Tornel Payments"


def test_a_university_written_in_full_wins_over_its_domain_label() -> None:
    panel = Attendee("Dr Patrick Gallagher", "p.gallagher@ravenmoor.ac.uk")
    event = _invite("Second stage interview: IT Operations Team Leader, University of Ravenmoor",
                    "The panel: Dr Patrick Gallagher (Director of IT).", panel)
    assert classify_event(event, me=ME).company == "University of Ravenmoor"


@pytest.mark.parametrize(("summary", "company"), [
    ("Tessal 2. Runde mit Jakob", "Tessal"),  # whom the user meets follows "mit"
    ("Corvana final w/ VP Services 3pm", "Corvana"),
    ("Entrevista final Brisal 16h (Montse + CEO)", "Brisal"),  # a bracket is an aside
    ("Déj. avec les associés de Bureau Marceau Ingénierie (2e tour)", "Bureau Marceau Ingénierie"),
])
def test_whom_the_user_meets_is_not_the_company(summary: str, company: str) -> None:
    assert text_companies(summary, "", set())[0] == company


def test_a_name_written_in_full_is_not_cut_to_the_words_its_domain_spells() -> None:
    boss = Attendee("Fabrice Orsini", "f.orsini@rivelle-hotels.com")
    event = _invite("Entretien avec Rivelle Hotels & Resorts (client) – Jordan Lee", "Entretien avec M. Orsini.", boss)
    assert classify_event(event, me=ME).company == "Rivelle Hotels & Resorts"


def test_a_hyphenated_domain_adds_its_company_word_to_a_bare_name() -> None:
    boss = Attendee("Tom Becker", "tom.becker@vantra-robotics.com")
    event = _invite("Ops interview - Jordan L. / Vantra", "Tom runs our contract manufacturing.", boss)
    assert classify_event(event, me=ME).company == "Vantra Robotics"
    grouped = Attendee("Nadia Haddad", "nadia.haddad@vantra-group.com")
    assert classify_event(_invite("Interview - Vantra", "Panel with Nadia.", grouped), me=ME).company == "Vantra"


def test_a_legal_form_with_a_slash_ends_the_name() -> None:
    agent = Attendee("Owen Fletcher", "owen.fletcher@harborline-talent.com")
    client = Attendee("Lars Mork", "lars.mork@skovby-chem.dk")
    event = _invite("Interview: Skovby Chemicals x Jordan Lee (Harborline Talent)",
                    "Confirming your interview with my client Skovby Chemicals A/S for the Site Manager role.", agent,
                    client)
    assert classify_event(event, me=ME).company == "Skovby Chemicals"


def test_a_founder_in_brackets_names_the_company() -> None:
    assert "Mapamar" in text_companies("Charla con Jordi (fundador Mapamar) – puesto Onboarding", "", {"jordi"})


@pytest.mark.parametrize(("summary", "description", "role"), [
    ("Finales Gespräch mit CTO - Wolkig GmbH", "Letzte Runde für die Rolle IT Operations Manager: 60 min mit Nikolai.",
     "IT Operations Manager"),
    ("Entrevista final con Dirección – Gestor de Riesgos Operacionales", "", "Gestor de Riesgos Operacionales"),
    ("Entretien manager – Coordinateur gestion de crise – Eurotrans", "", "Coordinateur gestion de crise"),
    ("Alpvita | Zweitgespräch Fachspezialistin Versorgungsmanagement", "", "Fachspezialistin Versorgungsmanagement"),
    ("Triagon – Case Study Presentation", "Looking forward to your case study presentation for Implementation "
     "Manager, Hospitals. Please prepare 20 minutes.", "Implementation Manager, Hospitals"),
    ("Entretien – Consultante Senior Banque annulé", "", "Consultante Senior Banque"),
    ("Praxistag IT-Support-Teamleitung – Acme", "", "IT-Support-Teamleitung"),
    ("Acme – IT Operations Manager loop", "", "IT Operations Manager"),
])
def test_role_words_in_more_languages_and_event_words_around_it(summary: str, description: str, role: str) -> None:
    assert extract_role(summary, description) == role


@pytest.mark.parametrize(("raw", "role"), [
    ("Leitung Werkslogistik am Standort Ludwigsburg", "Leitung Werkslogistik"),
    ("Leitung Werkslogistik eingeladen", "Leitung Werkslogistik"),
    ("responsable logistique à l'Atelier Ducros", "responsable logistique"),
    ("Strategische Einkäuferin wäre direkt", "Strategische Einkäuferin"),
    ("Vorabinterview Teamleitung Warehouse", "Teamleitung Warehouse"),
    ("Leiter/in Business Intelligence", "Leiter/in Business Intelligence"),  # the gender form stays as written
])
def test_the_sentence_after_a_role_and_an_event_word_before_it_go(raw: str, role: str) -> None:
    assert extract_role("Gespräch", f"Wir sprechen über die Stelle als {raw}.") == role


def test_where_the_event_is_is_no_part_of_the_name() -> None:
    from afterview.daemon.eventclass.fullname import fullest
    where = "Polígono Industrial Can Sunyer, Martorell"
    assert fullest("Voltara Martorell", ["Visita a planta – Voltara Martorell", ""], ["voltara"], where,
                   set()) == "Voltara"
    assert fullest("Lumengrid Energy", ["Interview – Lumengrid Energy", ""], ["lumengrid"],
                   "Lumengrid Energy, 4 Energy Street", set()) == "Lumengrid Energy"  # a company word stays


def test_a_managing_director_after_the_name_is_a_person() -> None:
    assert clean_company("Solvanta Geschäftsführer") == "Solvanta"


def test_the_employer_the_event_names_beats_an_unreadable_domain_label() -> None:
    officer = Attendee("Whitlock, Sarah", "sarah.whitlock@uhbx-nhs.org")
    panel = Attendee("Ellery, Mark", "mark.ellery@uhbx-nhs.org")
    applied = _invite("Interview - IT Support Team Leader (Band 6)", "Thank you for your application to Queen "
                      "Eleanor Hospital Birmingham for the post of IT Support Team Leader.", officer, panel)
    assert classify_event(applied, me=ME).company == "Queen Eleanor Hospital Birmingham"
    office = Attendee("Bewerbermanagement, Klinikum Nordbogen", "bewerbung@vivara-nord.de")
    boss = Attendee("Bergmann, Eva", "e.bergmann@vivara-nord.de")
    invited = _invite("Auswahlgespräch Leitung IT-Servicedesk", "Wir laden Sie zu einem Auswahlgespräch ein.",
                      office, boss)
    assert classify_event(invited, me=ME).company == "Klinikum Nordbogen"


def test_a_public_body_named_with_fuer_keeps_its_full_name() -> None:
    office = Attendee("Auswahlverfahren BIPD", "auswahl@bipd.bund.de")
    boss = Attendee("Frauke Hesse", "frauke.hesse@bipd.bund.de")
    event = _invite("Vorstellungsgespräch BIPD – Referentin Pflegedaten", "Ihr Vorstellungsgespräch beim "
                    "Bundesinstitut für Pflegedaten (BIPD) für die Stelle Referentin Pflegedaten.", office, boss)
    assert classify_event(event, me=ME).company == "Bundesinstitut für Pflegedaten"


def test_a_german_dative_plural_is_named_in_the_nominative() -> None:
    boss = Attendee("Hammer, Eva", "e.hammer@wzd.at")
    event = _invite("WZD | Telefonisches Erstgespräch Prozessmanagerin", "ich freue mich auf unser Erstgespräch bei "
                    "den Wiener Zahlungsdiensten.\nEva Hammer, HR", boss)
    assert classify_event(event, me=ME).company == "Wiener Zahlungsdienste"


def test_the_days_programme_and_its_places_are_no_interviewers() -> None:
    boss = Attendee("Wiebke Ahlers", "w.ahlers@hafen-dienste.de")
    event = _invite("Assessment Center – Sicherheitskoordinator", "Ablauf: Gruppenübung Lagebewertung, Rollenspiel "
                    "Mitarbeitergespräch, Gespräch mit Wiebke Ahlers.\nTreffpunkt Pforte Süd.", boss)
    assert [i.email for i in classify_event(event, me=ME).interviewers] == ["w.ahlers@hafen-dienste.de"]


def test_an_organizer_who_only_arranges_says_so_or_comes_as_optional() -> None:
    lena = Attendee("Lena Hoff", "lena.hoff@pragmora.com")
    ceo = Attendee("Markus Pfeil", "markus.pfeil@pragmora.com", role="REQ-PARTICIPANT")
    said = _invite("Final conversation – Head of Product", "Final conversation with our CEO Markus Pfeil. I (Lena, "
                   "Talent Acquisition) am only organising and won't attend.", lena, ceo)
    assert [i.email for i in classify_event(said, me=ME).interviewers] == ["markus.pfeil@pragmora.com"]
    rachel = Attendee("Rachel Byrne", "rachel@kinetra.io", role="OPT-PARTICIPANT")
    greg = Attendee("Greg Holl", "greg@kinetra.io", role="REQ-PARTICIPANT")
    optional = _invite("Onsite loop – Kinetra", "09:30 Greg (design deep-dive), 12:30 lunch.", rachel, greg)
    assert [i.email for i in classify_event(optional, me=ME).interviewers] == ["greg@kinetra.io"]
    joins = _invite("Onsite loop – Kinetra", "09:30 Greg (design deep-dive). I'll join for the first five minutes.",
                    rachel, greg)
    assert len(classify_event(joins, me=ME).interviewers) == 2


def test_whom_the_spanish_invite_says_receives_the_user_are_the_interviewers() -> None:
    nerea = Attendee("Nerea Zabal", "nerea.zabal@segurosgorbea.es")
    boss = Attendee("Iñaki Olabe", "i.olabe@segurosgorbea.es")
    event = _invite("Entrevista final – Gestor de Riesgos", "Última fase del proceso. Te recibirán Iñaki Olabe "
                    "(Director General) en nuestra sede de Bilbao.", nerea, boss)
    assert [i.email for i in classify_event(event, me=ME).interviewers] == ["i.olabe@segurosgorbea.es"]


def test_a_slash_between_two_names_separates_them() -> None:
    assert text_companies("Interview Greifwald/Bergmann – vorbereitet durch Talentbrücke", "",
                          {"noa bergmann", "bergmann"})[0] == "Greifwald"


def test_an_agencys_own_name_gives_way_to_the_clients() -> None:
    agent = Attendee("Kraus, Sophie", "sophie.kraus@nordtalent.de")
    client = Attendee("Lenz, Martin", "m.lenz@oberfeld-kunststoff.de")
    event = _invite("Interview – Nordtalent", "Oberfeld Kunststoff sucht einen Werkleiter.\nSophie Kraus | Nordtalent",
                    agent, client)
    assert classify_event(event, me=ME).company == "Oberfeld Kunststoff"


@pytest.mark.parametrize(("summary", "company"), [
    ("Quaystone tech intv 2pm (remote)", "Quaystone"),
])
def test_more_event_words_in_terse_titles(summary: str, company: str) -> None:
    assert text_companies(summary, "", {"felix"})[0] == company


def test_the_organisation_an_ats_sends_for_names_the_company_its_domain_spells() -> None:
    workday = Attendee("Linden Vale University Careers", "lindenvale@myworkday.com")
    panel = Attendee("Helen Brannigan", "h.brannigan@lindenvale.ac.uk")
    event = _invite("Interview Scheduled: R-118842 IT Operations Supervisor", "Candidate: Jordan Lee\nInterview Type: "
                    "Panel Interview (in person)\nInterviewers: Helen Brannigan", workday, panel)
    assert classify_event(event, me=ME).company == "Linden Vale University"
    assert clean_company("Banco Levante – Talento") == "Banco Levante"
    assert clean_company("Kennenlernen Klarbach") == "Klarbach"


def test_what_the_talk_is_before_the_post_is_no_part_of_the_role() -> None:
    assert extract_role("Sofia / Marc – échange poste Head of Ops", "") == "Head of Ops"
