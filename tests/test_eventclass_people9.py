"""Interviewers, session 9: shared selection mailboxes, a described name spelt another way in an address, words that
open a sentence, and a sender who presents the company's people (own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.mailboxes import is_coordinator
from afterview.daemon.eventclass.namemail import name_matches_email
from afterview.daemon.eventclass.stage import find_stage

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee,
            organizer_attends: bool = True) -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    guests = (USER, organizer, *others) if organizer_attends else (USER, *others)
    return CalendarEvent(uid="p9", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=guests)


def _emails(event: CalendarEvent) -> list[str | None]:
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    return [i.email for i in verdict.interviewers]


def test_a_selection_service_or_general_desk_mailbox_is_no_interviewer() -> None:
    assert is_coordinator(Attendee("Quellbach Selection Service", "selection@quellbach.example"))
    assert is_coordinator(Attendee("Auswahl", "stellenbesetzung.itr@quellbach.example"))
    assert is_coordinator(Attendee("Quellbach", "info@quellbach.example"))
    # named by function first, then whose: "Talents Crédit …", "Selección Vía …"
    assert is_coordinator(Attendee("Talents Ormeraie", "recrutement-ormeraie@ormeraie.example"))
    assert is_coordinator(Attendee("Selección Ormeraie", "sel.ormeraie@ormeraie.example"))
    # a person stays a person
    assert not is_coordinator(Attendee("Selina Talbot", "selina.talbot@quellbach.example"))
    event = _invite("Vorstellungsgespräch Projektleitung – Quellbach", "Wir laden Sie zum Vorstellungsgespräch ein.",
                    Attendee("Quellbach Personalgewinnung", "personalgewinnung@quellbach.example"),
                    Attendee("Tilo Marquardt", "tilo.marquardt@quellbach.example"))
    assert _emails(event) == ["tilo.marquardt@quellbach.example"]


def test_a_described_name_is_the_attendee_whose_address_spells_it_another_way() -> None:
    assert name_matches_email("Nicole Wäldchen", "nicole.waeldchen@fimbra.example")
    assert name_matches_email("Pieter van Haalst", "pieter.vanhaalst@fimbra.example")
    assert name_matches_email("Marc-Olivier Brassard", "mo.brassard@fimbra.example")
    assert not name_matches_email("Marc-Olivier Brassard", "mo.girard@fimbra.example")
    event = _invite("Technical interview – Fimbra", "Your interviewers: Pieter van Haalst (Platform Lead) and Nicole "
                    "Wäldchen (SRE).", Attendee("Pieter van Haalst", "pieter.vanhaalst@fimbra.example"),
                    Attendee("Nicole Wäldchen", "nicole.waeldchen@fimbra.example"))
    assert _emails(event) == ["pieter.vanhaalst@fimbra.example", "nicole.waeldchen@fimbra.example"]


def test_words_opening_a_sentence_or_an_honorific_are_no_described_name() -> None:
    event = _invite("Zweites Gespräch – Fimbra GmbH", "Sie sprechen mit Herrn Tilo Marquardt (Bereichsleiter). Im "
                    "Anschluss stellen Sie bitte eine Fallstudie vor.",
                    Attendee("Fimbra Bewerbermanagement", "bewerbermanagement@fimbra.example"),
                    Attendee("Tilo Marquardt", "t.marquardt@fimbra.example"))
    verdict = classify_event(event, me=ME)
    assert [i.email for i in verdict.interviewers] == ["t.marquardt@fimbra.example"]
    event = _invite("Final interview – Fimbra", "Panel: Dr Ruaidhri McAvoy, Head of Medical; Orla Dunne, Lead.",
                    Attendee("Orla Dunne", "orla.dunne@fimbra.example"),
                    Attendee("Ruaidhri McAvoy", "r.mcavoy@fimbra.example"))
    names = [i.name for i in classify_event(event, me=ME).interviewers]
    assert not any(name and name.lower().startswith("dr") for name in names)


def test_a_sender_off_the_guest_list_who_presents_the_companys_people_is_no_interviewer() -> None:
    sender = Attendee("Wibke Stoltenberg", "w.stoltenberg@fimbra.example")
    ceo = Attendee("Henrik Aalund", "henrik.aalund@fimbra.example")
    event = _invite("Final round – Jordan Lee / Fimbra", "Last step: 45 min with our CEO Henrik Aalund.\nWibke",
                    sender, ceo, organizer_attends=False)
    assert _emails(event) == ["henrik.aalund@fimbra.example"]
    # the sender who brings the colleague along takes part
    event = _invite("Kennenlernen Jordan Lee / Fimbra", "Hallo Jordan,\nich bringe noch unseren Oberbauleiter Henrik "
                    "Aalund mit.\nViele Grüße\nWibke Stoltenberg", sender, ceo, organizer_attends=False)
    assert sorted(e or "" for e in _emails(event)) == ["henrik.aalund@fimbra.example", "w.stoltenberg@fimbra.example"]


def test_the_users_own_entry_keeps_the_honorific_it_writes_before_a_surname() -> None:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p9-own", summary="Fr. Quandtmeyer – Beltravo Systeme (Tel.)", start=start,
                          end=start + timedelta(minutes=30), description="", organizer=None, attendees=())
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert [i.name for i in verdict.interviewers] == ["Fr. Quandtmeyer"]


def test_a_person_the_description_says_only_escorts_or_stays_out_of_the_talk_is_no_interviewer() -> None:
    event = _invite("Finale Gesprächsrunde vor Ort – Fimbra", "Sie treffen Herrn Tilo Marquardt (CFO). Wibke "
                    "Stoltenberg begleitet Sie nur zum Empfang.", Attendee("Wibke Stoltenberg",
                                                                          "w.stoltenberg@fimbra.example"),
                    Attendee("Tilo Marquardt", "tilo.marquardt@fimbra.example"))
    assert _emails(event) == ["tilo.marquardt@fimbra.example"]
    event = _invite("2. Gespräch – Fimbra", "Neben mir ist auch Tilo Marquardt dabei. Die Assistentin Frau "
                    "Stoltenberg organisiert den Raum, sie ist nicht am Gespräch.\nGrüsse\nTilo",
                    Attendee("Stoltenberg Wibke", "w.stoltenberg@fimbra.example"),
                    Attendee("Tilo Marquardt", "tilo.marquardt@fimbra.example"))
    assert _emails(event) == ["tilo.marquardt@fimbra.example"]


def _own_entry(summary: str, description: str = "") -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="p9-own", summary=summary, start=start, end=start + timedelta(minutes=30),
                         description=description, organizer=None, attendees=())


def test_a_desk_or_a_role_the_users_own_title_meets_is_no_person() -> None:
    for summary in ("call w/ Quandtmeyer recruiter re ops role", "Entrevista final Beltravo con Fundadora"):
        verdict = classify_event(_own_entry(summary), me=ME)
        assert verdict.is_interview
        assert not [i.name for i in verdict.interviewers if i.name and i.name.split()[0] in ("Quandtmeyer",
                                                                                             "Fundadora")]


def test_an_honorific_before_the_presented_person_ends_no_sentence() -> None:
    event = _invite("Fimbra – entretien final", "Chère Jordan,\nnotre directeur général France, M. Henrik Aalund, "
                    "souhaite vous rencontrer pour l'étape finale.\nWibke Stoltenberg",
                    Attendee("Wibke Stoltenberg", "w.stoltenberg@fimbra.example"),
                    Attendee("Henrik Aalund", "henrik.aalund@fimbra.example"), organizer_attends=False)
    assert _emails(event) == ["henrik.aalund@fimbra.example"]


def test_a_writer_who_is_the_future_boss_or_the_deciding_founder_makes_a_hiring_manager_round() -> None:
    assert find_stage("Zweitgespräch", "wie besprochen das Gespräch mit mir als künftiger Vorgesetzter.")[0] \
        == "hiring_manager"
    assert find_stage("Interview", "Oliver leads the division and the role reports to him.")[0] == "hiring_manager"
    assert find_stage("Kennenlernen", "Ich bin Gründer und entscheide über die Stelle.")[0] == "hiring_manager"
    assert find_stage("Quick chat", "I'm co-founder of Obelix and I'm hiring our first SRE myself.")[0] \
        == "hiring_manager"
    assert find_stage("Interview", "Your recruiter will call you.")[0] is None


def test_a_case_the_user_presents_or_a_technical_exchange_is_a_technical_round() -> None:
    assert find_stage("Quorvel - Case presentation (Jordan Lee)", "")[0] == "technical"
    assert find_stage("Mise en situation - Lead Customer Success - Quorvel", "")[0] == "technical"
    assert find_stage("Jordan <> Quorvel – point technique", "")[0] == "technical"
    assert find_stage("Segunda entrevista (técnica) - Quorvel", "")[0] == "technical"
    assert find_stage("Quorvel - presentation of the quarterly results", "")[0] is None


def test_a_phone_interview_or_a_short_intro_is_a_screen_but_not_one_already_held() -> None:
    assert find_stage("Quorvel phone interview", "")[0] == "recruiter_screen"
    assert find_stage("Tel.-Interview Quorvel (Hr. Beltz)", "")[0] == "recruiter_screen"
    assert find_stage("Appel découverte (25 min)", "")[0] == "recruiter_screen"
    assert find_stage("Interview", "Event Name: 30 Minute Intro – Quorvel")[0] == "recruiter_screen"
    assert find_stage("Second interview", "Following your phone interview with Dan, meet Fiona.")[0] != \
        "recruiter_screen"


def test_a_closing_talk_is_the_final_round_and_an_in_person_day_the_onsite() -> None:
    assert find_stage("Schlussgespräch Leitung Digitalisierung", "")[0] == "final"
    assert find_stage("Entretien", "Dernière étape du processus : entretien avec la Partner.")[0] == "final"
    assert find_stage("Quorvel · reunión final · J. Lee", "")[0] == "final"
    assert find_stage("Entrevistas presenciales - Gerente", "")[0] == "onsite"
    assert find_stage("Quorvel - In-person interview (Director)", "")[0] == "onsite"
    assert find_stage("Probearbeitstag Quorvel", "")[0] is None  # authors call a trial day onsite, final or neither
