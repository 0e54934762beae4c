"""Company names from studying holdout53-57 (session 12): a small employer describing itself from a private address,
a school as the employer, a name after an elided article, a long public name, a middle word the domain drops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

START = datetime(2026, 12, 10, 15, tzinfo=UTC)
ME = ["rene.favre@bluewin.ch", "rene.favre@edu.vd.ch"]
USER = Attendee("René Favre", ME[0])


def _invite(summary: str, description: str, organizer: Attendee, location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="company12@x", summary=summary, start=START, end=START + timedelta(minutes=45),
                         description=description, location=location, organizer=organizer,
                         attendees=(organizer, USER))


@pytest.mark.parametrize(("summary", "description", "company"), [
    ("30 min interview: René Favre x Paul Rives",
     "What: founding operations lead @ Cuvée Nord (we're a 5-person wine club in Reims)", "Cuvée Nord"),
    ("Interview call with René – Head of Ops",
     "Hi René, I'm looking for a Head of Operations for Lagoa Stays (our 7 guesthouses in Porto). Let's talk.",
     "Lagoa Stays"),
    ("Chat about the counsel role between Ana Ruiz and René Favre",
     "Additional notes: we're a 30-person legal ops startup (Brightwater Legal), so this is informal.",
     "Brightwater Legal"),
    ("Entretien René Favre et Marc Duret",
     "Cours Duret – école privée bilingue, Annecy. Échange sur le poste de directeur pédagogique.", "Cours Duret"),
    ("Head of School chat: René Favre",
     "Additional notes: Maple Tree Bilingual School (Lyon, opening 2027) — first conversation about the post.",
     "Maple Tree Bilingual School"),
])
def test_a_small_employer_named_in_a_private_invitation(summary: str, description: str, company: str) -> None:
    founder = Attendee("Paul Rives", "paul.rives.founder@gmail.com")
    verdict = classify_event(_invite(summary, description, founder), me=ME, model="rules")
    assert verdict.is_interview and verdict.company == company, (verdict.company, verdict.reasons)


def test_a_name_after_an_elided_article_is_found_whole() -> None:
    director = Attendee("Morel, Paul", "p.morel@ec-jura.fr")
    verdict = classify_event(_invite(
        "Entretien DDEC – candidature chef d'établissement",
        "Entretien avec le directeur diocésain de l'Enseignement catholique du Jura dans le cadre de votre "
        "candidature.", director), me=ME, model="rules")
    assert verdict.company == "Enseignement catholique du Jura", (verdict.company, verdict.reasons)


def test_a_long_name_its_domain_abbreviates_is_written_out() -> None:
    office = Attendee("Bureau des personnels – RIFE", "personnels@rife-education.org")
    verdict = classify_event(_invite(
        "Commission de recrutement – chefs d'établissement (dernière étape)",
        "Réseau International Francophone Éducatif\nVous êtes convoqué devant la commission de recrutement.",
        office), me=ME, model="rules")
    assert verdict.company == "Réseau International Francophone Éducatif", (verdict.company, verdict.reasons)


def test_a_middle_word_the_domain_leaves_out_stays_in_the_name() -> None:
    coordinator = Attendee("Greta Lund", "greta.lund@alster-school.de")
    verdict = classify_event(_invite(
        "On-site Interview: René Favre – Head of School",
        "Interview schedule for René Favre – Head of School (Alster International School, Hamburg)",
        coordinator, location="Alster International School, Elbchaussee 1, Hamburg"), me=ME, model="rules")
    assert verdict.company == "Alster International School", (verdict.company, verdict.reasons)


def test_an_agencys_client_line_names_the_employer() -> None:
    agent = Attendee("Tessa Grainger", "tessa@grainger-legal.co.uk")
    verdict = classify_event(_invite(
        "Interview: Wexford Hale LLP – Associate, Employment",
        "Hi René,\n\nGreat news – Wexford Hale would like to meet you.\n\nClient: Wexford Hale LLP\nRole: Associate\n"
        "Tessa Grainger\nGrainger Legal Recruitment", agent), me=ME, model="rules")
    assert verdict.company == "Wexford Hale LLP", (verdict.company, verdict.reasons)


def test_a_client_line_is_not_shortened_to_a_generic_word_of_the_title() -> None:
    recruiter = Attendee("Bluefjord Analytics Recruitment", "recruit@bluefjord.ie")
    verdict = classify_event(_invite(
        "Interview scheduled: Analytics Engineer – René Favre",
        "Your interview is confirmed.\nClient: Bluefjord Analytics (Dublin, remote-first)", recruiter),
        me=ME, model="rules")
    assert verdict.company == "Bluefjord Analytics", (verdict.company, verdict.reasons)


def test_an_agencys_meeting_with_its_client_names_the_client() -> None:
    agent = Attendee("Aurélie Roux", "a.roux@roux-conseil.fr")
    client = Attendee("Jean Caussade", "j.caussade@caussade-fromages.fr")
    verdict = classify_event(CalendarEvent(
        uid="company12-client@x", summary="Rencontre client : Fromageries Caussade / R. Favre", start=START,
        end=START + timedelta(hours=1), organizer=agent, attendees=(USER, client),
        description="Voici l'invitation pour votre entretien avec Jean Caussade, directeur général, pour le poste "
                    "de Responsable Planification.\n\nAurélie Roux - Cabinet Roux Conseil"), me=ME, model="rules")
    assert verdict.company == "Fromageries Caussade", (verdict.company, verdict.reasons)


def test_an_agency_signing_as_a_recruitment_firm_gives_way_to_its_clients_people() -> None:
    agent = Attendee("Ella Morgan", "ella@fernandpike.co.uk")
    client = Attendee("Palmer, Rhys", "rhys.palmer@larchbank.co.uk")
    verdict = classify_event(CalendarEvent(
        uid="company12-agency@x", summary="Interview with Larch – Senior Product Designer (Fern & Pike)",
        start=START, end=START + timedelta(hours=1), organizer=agent, attendees=(USER, client),
        description="Hi René,\n\nGreat news – Larch would like to meet you!\n\nGood luck!\nElla – Fern & Pike "
                    "Recruitment"), me=ME, model="rules")
    assert verdict.company == "Larch Bank", (verdict.company, verdict.reasons)


@pytest.mark.parametrize(("written", "name"), [
    ("KDT Kanalhafen Duisburg Terminal", "Kanalhafen Duisburg Terminal"),
    ("OCN Obras y Canales del Norte", "Obras y Canales del Norte"),
    ("NEP Norddeutsche Energie-Plattform", "Norddeutsche Energie-Plattform"),
    ("Recruiterin Datenhafen", "Datenhafen"),
    ("Fernhill Bank Resourcing", "Fernhill Bank"),
    ("Kessler Hoffmann Rechtsanwälte PartG mbB", "Kessler Hoffmann Rechtsanwälte"),
    ("ABC Alpha Beta", "ABC Alpha Beta"),  # three letters, two words: no acronym of them
])
def test_a_leading_acronym_a_function_word_or_a_legal_form_is_no_part_of_the_name(written: str, name: str) -> None:
    from afterview.daemon.eventclass.companyname import clean_company
    assert clean_company(written) == name


def test_an_engineering_firm_named_after_its_trade_is_the_employer_not_the_role() -> None:
    manager = Attendee("Fernando Cruz", "fcruz.solar@hotmail.com")
    verdict = classify_event(_invite(
        "Entrevista puesto de jefa de obra - Ingeniería Guadiana Solar",
        "René, soy Fernando Cruz, gerente de Ingeniería Guadiana Solar. Te entrevisto yo mismo.", manager),
        me=ME, model="rules")
    assert verdict.company == "Ingeniería Guadiana Solar" and verdict.role != verdict.company, verdict


def test_how_the_talk_is_held_is_no_part_of_the_company_in_the_users_own_note() -> None:
    verdict = classify_event(CalendarEvent(
        uid="company12-own@x", summary="Entrevista telefónica Hoteles Ibaizabal – dirección hotel Bilbao",
        start=START, end=START + timedelta(minutes=30), description="Me llama Koldo (RR. HH.) al móvil.",
        location="teléfono"), me=ME, model="rules")
    assert verdict.company == "Hoteles Ibaizabal", (verdict.company, verdict.reasons)


def test_the_one_who_runs_a_small_employer_names_it_from_a_private_address() -> None:
    boss = Attendee("Sabine Krohn", "sabine.krohn@gmx.de")
    verdict = classify_event(_invite(
        "Telefoninterview wegen Stelle Praxisanleitung digital",
        "Liebe Frau Favre, ich bin Geschäftsführerin der LernWerk Akademie Bremen (wir sind ein kleines Team). Gern "
        "möchte ich mit Ihnen über die Stelle sprechen. Ich rufe Sie an.", boss, location="Telefon"),
        me=ME, model="rules")
    assert verdict.company == "LernWerk Akademie Bremen", (verdict.company, verdict.reasons)


def test_a_towns_administration_is_named_as_the_texts_call_it() -> None:
    clerk = Attendee("Élodie Cretin", "elodie.cretin@morges.ch")
    verdict = classify_event(_invite(
        "Entretien – Chef·fe du Service des finances",
        "Madame, Monsieur,\nLa Ville de Morges a le plaisir de vous convier à un entretien pour le poste de chef·fe "
        "du Service des finances.", clerk, location="Hôtel de Ville, Morges"), me=ME, model="rules")
    assert verdict.company == "Ville de Morges", (verdict.company, verdict.reasons)
