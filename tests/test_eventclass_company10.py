"""Company extraction, session 10: government umbrella domains, well-known agencies and job boards, site words and
role acronyms after the name, "entrevue", a role in brackets after a person, "booked by" the employer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.companyname import NOT_COMPANY, clean_company
from afterview.daemon.eventclass.domainmatch import office_domain, registrable_label

ME = ["lena.moreau@videotron.ca"]
USER = Attendee("Lena Moreau", ME[0])
START = datetime(2026, 12, 3, 14, tzinfo=UTC)


def _event(summary: str, description: str, organizer: Attendee | None, *others: Attendee,
           location: str = "") -> CalendarEvent:
    people = (organizer, *others) if organizer is not None else others
    return CalendarEvent(uid="c10@x", summary=summary, start=START, end=START + timedelta(minutes=45),
                         description=description, location=location, organizer=organizer,
                         attendees=(*people, USER))


def test_a_provinces_and_the_eus_umbrella_domains_give_the_organisation_before_them() -> None:
    assert registrable_label("hydrolux.qc.ca") == "hydrolux"
    assert registrable_label("mcn.gouv.qc.ca") == "mcn"
    assert registrable_label("adn-dga.gc.ca") == "adn-dga"
    assert registrable_label("eadps.europa.eu") == "eadps"


def test_a_government_level_alone_is_no_organisations_domain() -> None:
    assert office_domain("etat.ge.ch") is None
    assert office_domain("ivafe.gva.es") == "ivafe.gva"
    assert office_domain("lumen.ch") == "lumen.ch"
    assert office_domain("ge.com") == "ge.com" and office_domain("admin.io") == "admin.io"


def test_a_provincial_companys_domain_names_it_not_the_province() -> None:
    drouin = Attendee("Drouin, Mélanie", "mdrouin@ventelux.qc.ca")
    verdict = classify_event(_event(
        "Entrevue - Technicien(ne) DevOps - Ventelux",
        "Bonjour Lena,\n\nNous confirmons l'entrevue de jeudi pour le poste de Technicien(ne) DevOps.\n\n"
        "Mélanie Drouin, RH – Ventelux", drouin), me=ME)
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Ventelux"


def test_a_cantons_mailbox_gives_the_office_the_text_names() -> None:
    berger = Attendee("Berger Sylvie (DF)", "sylvie.berger@etat.ge.ch")
    verdict = classify_event(_event(
        "OCVT - Entretien de recrutement - chargé-e de communication 80%",
        "Madame, l'Office cantonal des vins et du terroir (OCVT) vous remercie de votre candidature et a le "
        "plaisir de vous convier à un entretien par visioconférence.", berger), me=ME)
    assert verdict.is_interview, verdict.reasons
    assert verdict.company not in (None, "Ge", "Etat")


def test_a_well_known_agency_arranging_the_interview_gives_way_to_its_client() -> None:
    page = Attendee("Emily Brooks", "emilybrooks@michaelpage.nl")
    verdict = classify_event(_event(
        "Interview arranged: Kelpwave – Supply Chain Analyst (Michael Page)",
        "Hi Lena,\n\nGreat news – Kelpwave would like to meet you! Interview with Daan Mulder (Lead Hub "
        "Analytics) on Google Meet; he will send the link separately. Role: Supply Chain Analyst.\n\nGood luck!\n"
        "Emily Brooks | Michael Page Supply Chain", page), me=ME)
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Kelpwave"


def test_site_words_after_the_name_are_where_not_who() -> None:
    assert clean_company("Loomwell HQ") == "Loomwell"
    assert clean_company("EDEKA Zentrale") == "EDEKA"
    assert clean_company("Mercat Verd oficinas") == "Mercat Verd"


def test_a_roles_acronym_after_the_name_is_the_job() -> None:
    assert clean_company("Marlowe CSM") == "Marlowe"
    assert clean_company("Servier ARC") == "Servier"


def test_entrevue_is_what_the_event_is() -> None:
    assert clean_company("Entrevue STSL") == "STSL"
    assert NOT_COMPANY.match("Entrevue")


def test_a_role_in_brackets_after_the_person_is_no_company_and_booked_by_names_the_employer() -> None:
    aoife, cormac = Attendee("Aoife Brennan", "aoife.brennan@tidewell.ie"), \
        Attendee("Cormac Whelan", "cormac.whelan@tidewell.ie")
    verdict = classify_event(_event(
        "Onsite interview - Lena Moreau (CS Team Lead)",
        "Lena - onsite for the Customer Success Team Lead position. Morning with Cormac (CS) and me, lunch with "
        "the team, then a short wrap-up. Flights are booked by Tidewell Software Ltd; Stella in Ops will send the "
        "details.", aoife, cormac), me=ME)
    assert verdict.is_interview, verdict.reasons
    assert verdict.company in ("Tidewell", "Tidewell Software"), verdict.reasons
