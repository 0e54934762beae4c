"""Company extraction, session 9: the name's full form as the event writes it, and no sentence around it (own
examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.companyname import clean_company, legal_line, without_legal_form, written_whole
from afterview.daemon.eventclass.domainmatch import public_office

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee,
            location: str = "") -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="x11", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others),
                         location=location)


def test_a_sentence_going_on_after_the_name_is_no_part_of_it() -> None:
    assert clean_company("Quillmarsh entre Nuria") == "Quillmarsh"
    assert clean_company("Brackenfield Dental bittet Sie") == "Brackenfield Dental"
    # lower-case words inside a name stay: particles, and words a capitalised word does not follow
    assert clean_company("Caisse cantonale de prévoyance") == "Caisse cantonale de prévoyance"
    assert clean_company("Museum für Naturkunde Nord") == "Museum für Naturkunde Nord"
    assert clean_company("Alpine eGov Partners") == "Alpine eGov Partners"  # a brand's camel-case word


def test_the_title_names_the_company_then_whom_the_user_meets() -> None:
    # the domain's last letter is the first of "entre": the run of words must still end before it
    event = _invite("Primera entrevista Tavolane entre Nuria Soler y Jordan Lee", "Entrevista por Zoom.",
                    Attendee("Nuria Soler", "nuria.soler@tavolane.com"))
    assert classify_event(event, me=ME).company == "Tavolane"


def test_the_name_before_a_legal_form_is_the_full_name_of_a_one_word_name() -> None:
    assert legal_line("Quorvel", ["Gebucht über Calendly. Quorvel Antriebstechnik AG, Position: PM"]) \
        == "Quorvel Antriebstechnik"
    assert legal_line("Quorvel", ["Your onsite with Quorvel Learning Inc. is confirmed."]) == "Quorvel Learning"
    assert legal_line("Quorvel", ["Quorvel GmbH, Hauptstraße 1"]) == "Quorvel"  # no word between: the name itself
    # two words already name the company; a clause word is no part of a name
    assert legal_line("Tessa Rhein", ["Adresse: Tessa Rhein Wirtschaftsprüfung GmbH, Ring 12"]) == "Tessa Rhein"
    assert legal_line("Quorvel", ["Quorvel und Partner AG"]) == "Quorvel"
    assert legal_line("Quorvel", ["Sophie – Quorvel BIM SA"]) == "Quorvel"  # a capital tag: a product or a unit
    # Luxembourg's, Belgium's and Germany's forms for a company and an association
    assert [legal_line("Quorvel", [t]) for t in ("chez Quorvel Fund Services S.à r.l. Vous", "Quorvel Europe asbl",
                                                  "Quorvel Stiftung e.V.")] \
        == ["Quorvel Fund Services", "Quorvel Europe", "Quorvel Stiftung"]
    assert written_whole("Quorvel Fund Services", ["Quorvel – final", "chez Quorvel Fund Services S.à r.l. Vous"],
                         "") == "Quorvel Fund Services"


def test_an_invite_from_a_scheduler_takes_the_name_the_legal_line_writes() -> None:
    event = _invite("[Virtual Onsite] Jordan Lee - Instructional Designer",
                    "Your virtual onsite with Quorvel Learning Inc. is confirmed.\n\nScheduled by GoodTime on behalf "
                    "of Quorvel", Attendee("Quorvel Recruiting", "recruiting@quorvel.com"),
                    Attendee("Rhea Dunn", "rhea.dunn@quorvel.com"))
    assert classify_event(event, me=ME).company == "Quorvel Learning"


def test_a_name_every_mention_of_which_goes_on_is_the_longer_name() -> None:
    assert written_whole("Ligue Marine", ["Entretien", "poste à la Ligue Marine de l'Enseignement. Présentation"],
                         "") == "Ligue Marine de l'Enseignement"
    assert written_whole("Brightfen Online", ["Intro call", "Event type: Intro call – Content Lead, Brightfen Online "
                                              "School\nInvitee: Jordan Lee"], "") == "Brightfen Online School"
    # a mention alone, a place, a hiring mailbox's word or a legal form: the name stays
    assert written_whole("Quorvel", ["Quorvel – panel", "at Quorvel Freight"], "") == "Quorvel"
    assert written_whole("Quorvel", ["Panel – Quorvel Bruxelles", ""], "") == "Quorvel"
    assert written_whole("Quorvel", ["Werksbesuch – Quorvel Penzwang", ""], "Werk Penzwang, Allee 4") == "Quorvel"
    assert written_whole("Quorvel", ["Panel", "", "", "Quorvel Scheduling"], "") == "Quorvel"
    assert written_whole("Quorvel", ["Panel", "Quorvel GmbH & Co. KG"], "") == "Quorvel"
    assert written_whole("Quorvel", ["Quorvel Gespräch Nr. 2"], "") == "Quorvel"


def test_the_signature_writes_the_name_the_domain_shortens() -> None:
    event = _invite("Interview: Jordan Lee for Deputy IT Manager",
                    "Hi Jordan, as agreed, after school hours on Teams.\nSiobhan Hale, Trust IT Director, Quaywell "
                    "Catholic Multi-Academy Trust", Attendee("Hale, Siobhan", "s.hale@quaywell-catholic.org.uk"))
    assert classify_event(event, me=ME).company == "Quaywell Catholic Multi-Academy Trust"


def test_no_legal_form_ends_the_name() -> None:
    assert [without_legal_form(n) for n in ("Quorvel Sa", "Quorvel SA", "Eurofen Consortium EEIG", "Finch & Co")] \
        == ["Quorvel", "Quorvel", "Eurofen Consortium", "Finch & Co"]
    event = _invite("Quorvel SA – entretien manager (poste Responsable digitalisation)", "Entretien avec Mme Roth.",
                    Attendee("RH Quorvel", "rh@quorvel-sa.ch"), Attendee("Lea Roth", "l.roth@quorvel-sa.ch"))
    assert classify_event(event, me=ME).company == "Quorvel"


def test_a_callback_a_department_or_the_persons_function_before_the_name_goes() -> None:
    assert [clean_company(n) for n in ("Rückruf Personalabteilung Brennholt", "Tel.-Interview Datenhafen Süd",
                                       "CTO de Marpixel", "Founder of Loomfield")] \
        == ["Brennholt", "Datenhafen Süd", "Marpixel", "Loomfield"]
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="x11", summary="Charla con Javi (CTO de Marpixel)", start=start,
                          end=start + timedelta(hours=1), description="Segunda entrevista para el puesto de backend.")
    assert classify_event(event, me=ME).company == "Marpixel"


def test_an_office_under_its_states_domain_is_named_as_the_text_writes_it() -> None:
    assert public_office("lva.bremen.de", ["Landesamt für Vermessung Bremen, Referat 2"]) \
        == "Landesamt für Vermessung Bremen"
    assert public_office("lva.acme.de", ["Landesamt für Vermessung Bremen"]) is None  # no state's domain
    event = _invite("Auswahlgespräch Referentin Geodaten – Frau Lee",
                    "Sehr geehrte Frau Lee,\n\nwir laden Sie zum Auswahlgespräch ein.\n\nLandesamt für Vermessung "
                    "Bremen\nAm Wall 1, 28195 Bremen", Attendee("Kuhn, Berta (LVA)", "berta.kuhn@lva.bremen.de"))
    assert classify_event(event, me=ME).company == "Landesamt für Vermessung Bremen"
