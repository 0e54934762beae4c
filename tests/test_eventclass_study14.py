"""Session 14's fixes from studying holdout72-75: the interviewers' marks and selection committees, research
fieldwork, a bike's upkeep, the user's "not an interview" reminder, "dernier tour", Swiss "Gspräch", HR calls in the
user's notes, a panel named in a title; and company names from agencies' signatures, life-science domains (-tx, -dx),
Scottish government domains, public recruiting systems, rooms, acronyms with a site, registered names and acronyms
glossed in brackets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

START = datetime(2026, 12, 15, 10, tzinfo=UTC)
IONA = ["iona.fraser.eco@gmail.com", "i.fraser@clyde-ecology.ac.uk"]
LEA = ["lea.rousseau.juriste@orange.fr", "lrousseau@cabinet-lenotre.fr"]
URS = ["urs.gerber@bluewin.ch", "urs.gerber@aarebank-it.ch"]


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="study14@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description", "me"), [
    ("Submit interview scores – PhD 2207", "scoring matrix for the 4 PhD candidates, send to Morag by 5", IONA),
    ("Remplir grilles d'évaluation entretiens stagiaires", "noter rigueur / aisance sur 5", LEA),
    ("Bewerbungsgespräche Werkhofleiter/in – Wahlausschuss",
     "Liebe Mitglieder des Wahlausschusses\n\nWir führen die Gespräche mit den drei Kandidierenden der engeren "
     "Wahl. Fragenkatalog und Bewertungsraster im Anhang.", URS),
])
def test_the_interviewers_marks_and_a_selection_committee_are_the_hiring_side(summary: str, description: str,
                                                                               me: list[str]) -> None:
    verdict = classify_event(_event(summary, description), me=me, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("interviewer-side cue"), verdict.reasons


def test_a_committee_met_by_the_candidate_is_not_the_users_committee() -> None:
    hr = Attendee("Service concours", "concours@amf.fr")
    verdict = classify_event(_event(
        "Jury d'entretien – Analyste (concours 2026)",
        "Madame,\n\nVous êtes convoquée à l'épreuve orale. Les membres du jury vous recevront à 10h.", hr,
        (hr, Attendee("Léa Rousseau", LEA[0]))), me=LEA, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "why"), [
    ("Fieldwork – interviews with harbour masters (Oban)", "Consent forms, recorder, spare batteries.",
     "research or press interview"),
    ("Entretien vélo – révision + freins", "", "a personal-life setting"),
    ("Café Inès Marchal (juriste chez Orvalis) – échange carrière", "Lui demander l'ambiance. Pas un entretien !",
     "coffee chat"),
])
def test_what_the_user_notes_as_no_job_interview_is_none(summary: str, description: str, why: str) -> None:
    verdict = classify_event(_event(summary, description), me=LEA, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith(why), verdict.reasons


def test_not_an_interview_as_one_step_of_an_onsite_agenda_keeps_the_onsite() -> None:
    recruiter = Attendee("Talent Team", "talent@orvalis.com")
    verdict = classify_event(_event(
        "Onsite Interview – Legal Counsel – Léa Rousseau",
        "09:30 Welcome (Recruiting – not an interview)\n10:00 Case discussion – Paul Mercier\n"
        "12:00 Lunch with the team (informal, not an interview)", recruiter,
        (recruiter, Attendee("Léa Rousseau", LEA[0]))), me=LEA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_survey_boat_on_the_users_questions_is_no_research_session() -> None:
    verdict = classify_event(_event(
        "SMI interview day (Oban)", "Presentation 10:00, interview 11:30. Ask about the survey boat.",
        location="Scottish Marine Institute, Oban"), me=IONA, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "me"), [
    ("DLR Avocats – dernier tour avec Anne Brisset (associée)", "au cabinet. Apporter CV.", LEA),
    ("Tel RH Orvalis – juriste contrats", "Camille (TA) appelle sur portable. Poste Lyon.", LEA),
    ("Vorstellungsgspräch Agrolink – Hr. Zaugg", "Teams", URS),
    ("Case-Präsentation Aarebus (Leiter Informatik)", "20 Min. Präsentation, danach Fragen GL.", URS),
])
def test_the_users_own_notes_of_a_hiring_step(summary: str, description: str, me: list[str]) -> None:
    verdict = classify_event(_event(summary, description), me=me, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_selection_board_in_the_title_is_the_panel_not_a_candidate() -> None:
    hr = Attendee("HR Recruitment – Loch Lomond University", "recruitment@llu.ac.uk")
    verdict = classify_event(_event(
        "Interview – Lecturer in Freshwater Ecology – Selection Board",
        "Your interview with the Selection Board (60 min).", hr,
        (hr, Attendee("Iona Fraser", IONA[1]), Attendee("Eilidh Grant", "eilidh.grant@llu.ac.uk"))),
        me=IONA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_an_agencys_market_update_lunch_names_no_employer() -> None:
    consultant = Attendee("Petra Moser", "petra.moser@aaretal-search.ch")
    verdict = classify_event(_event(
        "Lunch Urs Gerber / Petra Moser (Aaretal) – Marktupdate",
        "Lieber Urs\n\nIch gebe dir ein Update zum Markt und wir schauen, wie ich dich weiter unterstützen kann.",
        consultant, (Attendee("Urs Gerber", URS[0]),)), me=URS, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_an_agency_signature_makes_the_employer_in_the_title_the_company() -> None:
    consultant = Attendee("Fergus Reid", "fergus.reid@tidelinescience.co.uk")
    verdict = classify_event(_event(
        "Interview confirmed: Kelpwise Analytics – Data Scientist",
        "Hi Iona,\n\nKelpwise Analytics would like to see you. Ring me after!\n\nFergus Reid\nSenior Consultant\n"
        "Tideline Science Recruitment – Environment", consultant, (Attendee("Iona Fraser", IONA[0]),)),
        me=IONA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Kelpwise Analytics"


def test_an_employers_own_recruitment_signature_with_its_interviewers_stays_the_employer() -> None:
    team = Attendee("Recruitment Team", "recruitment@ferrybank.com")
    verdict = classify_event(_event(
        "Panel interview – Credit Analyst", "Dear Iona,\n\nYour panel interview is confirmed.\n\nFerrybank Recruitment",
        team, (Attendee("Iona Fraser", IONA[0]), Attendee("Ann Bell", "ann.bell@ferrybank.com"))),
        me=IONA, model="rules")
    assert verdict.company == "Ferrybank"


@pytest.mark.parametrize(("domain", "written", "company"), [
    ("harbourtx.com", "Thank you for your interest in Harbour Therapeutics.", "Harbour Therapeutics"),
    ("reefdx.com", "Your schedule at Reef Diagnostics:", "Reef Diagnostics"),
])
def test_a_life_science_domains_shorthand_spells_its_trade(domain: str, written: str, company: str) -> None:
    person = Attendee("Tom Hale", f"tom.hale@{domain}")
    verdict = classify_event(_event("Interview – Scientist", written, person,
                                    (person, Attendee("Iona Fraser", IONA[0]))), me=IONA, model="rules")
    assert verdict.company == company


def test_a_scottish_government_domain_names_the_agency_not_gov() -> None:
    person = Attendee("Ross Kerr", "ross.kerr@smea.gov.scot")
    verdict = classify_event(_event(
        "SMEA – Marine Ecologist – technical interview", "Marine Ecologist, Scottish Marine Evidence Agency", person,
        (person, Attendee("Iona Fraser", IONA[0]))), me=IONA, model="rules")
    assert verdict.company in ("SMEA", "Scottish Marine Evidence Agency")


def test_a_public_recruiting_system_is_no_employer_and_the_glossed_department_is() -> None:
    system = Attendee("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk")
    verdict = classify_event(_event(
        "Interview - 401122 - Fisheries Scientist",
        "Civil Service Jobs – interview confirmation\nDepartment: Centre for Coastal and Estuarine Studies (CCES)\n"
        "The interview will last up to 60 minutes.", system, (Attendee("Iona Fraser", IONA[0]),)),
        me=IONA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Centre for Coastal and Estuarine Studies"


def test_a_room_an_acronym_with_a_site_and_a_registered_name() -> None:
    hr = Attendee("AVS Personalabteilung", "karriere@avs-avionik.de")
    room = Attendee("FN Geb. 2 Besprechungsraum Pilatus", "raum.pilatus@avs-avionik.de")
    verdict = classify_event(_event(
        "Vorstellungsgespräch – Systems Engineer (w/m/d)", "Ihre AVS – Alpen Avionik GmbH", hr,
        (Attendee("Urs Gerber", URS[0]), room), location="Alpen Avionik GmbH, Seestraße 3, Friedrichshafen"),
        me=URS, model="rules")
    assert verdict.company == "Alpen Avionik"
    person = Attendee("Bakke, Hallvard", "hallvard.bakke@nkfi.no")
    verdict = classify_event(_event("Final interview – Researcher", "We are pleased to invite you.", person,
                                    (Attendee("Iona Fraser", IONA[0]),), location="NKFI Bodø, Kystveien 14"),
                             me=IONA, model="rules")
    assert verdict.company == "NKFI"
    hr = Attendee("Girardin, Isabelle", "isabelle.girardin@jaquet-horlogerie.ch")
    verdict = classify_event(_event(
        "Entretien – Responsable IT", "Adresse : Manufacture Horlogère Jaquet SA, Rue Neuve 7, Le Brassus.", hr,
        (Attendee("Urs Gerber", URS[0]),)), me=URS, model="rules")
    assert verdict.company == "Manufacture Horlogère Jaquet"


def test_outlooks_last_first_display_name_is_a_person_not_the_company() -> None:
    partner = Attendee("Verhaegen, Koen", "koen.verhaegen@verhaegen.law")
    verdict = classify_event(_event("Léa Rousseau – final interview (Senior Associate)",
                                    "Dear Léa,\n\nThe final step is a conversation with me.", partner,
                                    (Attendee("Léa Rousseau", LEA[0]),)), me=LEA, model="rules")
    assert verdict.company == "Verhaegen"


def test_an_agencys_client_with_a_trade_word_and_an_honorifics_initial() -> None:
    consultant = Attendee("Laetitia Bonnet", "l.bonnet@talenteo-aero.fr")
    verdict = classify_event(_event(
        "Entretien client – Ingénieur Calcul – L. Rousseau",
        "Je vous confirme votre entretien chez notre client Orion Engineering avec Paul Marty.", consultant,
        (Attendee("Léa Rousseau", LEA[0]), Attendee("Paul Marty", "paul.marty@orion-eng.com"))),
        me=LEA, model="rules")
    assert verdict.company == "Orion Engineering"
    assistant = Attendee("Bastide, Corinne", "corinne.bastide@vrd.com")
    verdict = classify_event(_event(
        "Entretien technique – Ingénieur Radar",
        "Pour le compte de M. Lemaire, je vous confirme votre entretien.\n\nCorinne Bastide\n"
        "Assistante de direction – Vélizy Radar Defense", assistant, (Attendee("Léa Rousseau", LEA[0]),)),
        me=LEA, model="rules")
    assert verdict.company != "M"


def test_a_directors_firm_with_an_elided_particle_and_a_town_in_the_title() -> None:
    verdict = classify_event(_event(
        "Entretien – poste de juriste", "Entretien avec le directeur industriel des Forges de l'Aveyron pour le "
        "poste de juriste."), me=LEA, model="rules")
    assert verdict.company == "Forges de l'Aveyron"
    verdict = classify_event(_event("Genève – journée d'entretiens LM Avocats", "Entretiens 10h-16h au cabinet.",
                                    location="Genève"), me=LEA, model="rules")
    assert verdict.company == "LM Avocats"


# Studied from holdout76-79 (a supply-chain manager, a teacher, a hotel manager and a pharmacist).
JAVI = ["javimorales.hotel@yahoo.es", "jmorales@hotelcalablava.com"]
ORLA = ["orla.byrne.maths@eircom.net", "obyrne@stkevins-cs.ie"]
ANNE = ["anne.lambert.pharma@skynet.be", "anne.lambert@chu-nord-pharma.be"]


def test_the_users_name_on_the_users_own_attendee_line_is_the_user_not_another_candidate() -> None:
    scheduler = Attendee("Allegra Recruiting via ModernLoop", "scheduling@modernloop.io")
    verdict = classify_event(_event(
        "Final Round Panel: Javier Morales Ferrer (Cluster GM)", "Candidate: Javier Morales Ferrer\n\nPanelists:\n"
        "• Ana Ruiz (COO, Allegra Hotels)", scheduler,
        (Attendee("Javier Morales Ferrer", JAVI[0]), Attendee("Ana Ruiz", "a.ruiz@allegrahotels.com"))),
        me=JAVI, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "me"), [
    ("Enviar agradecimiento a Quinta do Vale (Henrique)", "Email corto tras la entrevista final.", JAVI),
    ("Entretien pharmaceutique – anamnèse médicamenteuse (patient ch. 210)", "Liste domicile via officine.", ANNE),
    ("Envoyer fiches d'évaluation RH (entretiens du 12/03)", "", ANNE),
    ("entretien Chloé (stagiaire master) 10h", "lui demander ses dispos", ANNE),
    ("Entrevista tutoria – Pau Morales (2n ESO B)", "Us convoquem a l'entrevista de tutoria.", JAVI),
])
def test_what_is_no_job_interview_of_the_user(summary: str, description: str, me: list[str]) -> None:
    verdict = classify_event(_event(summary, description), me=me, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_a_dutch_practice_talk_with_a_career_coach_is_a_mock() -> None:
    coach = Attendee("Hanne Peeters", "hanne@loopbaanbegeleiding.be")
    verdict = classify_event(_event("Oefengesprek sollicitatie (loopbaancoaching)",
                                    "We oefenen een sollicitatiegesprek in het Nederlands.", coach,
                                    (Attendee("Anne Lambert", ANNE[0]),)), me=ANNE, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("mock"), verdict.reasons


@pytest.mark.parametrize(("summary", "description", "location"), [
    ("Entretien Delvaux – PR", "Demander M. Delvaux à l'accueil. Apporter diplôme + visa AFMPS.",
     "Laboratoires Delvaux, Chaussée de Louvain 410, Namur"),
    ("Llamada headhunter - Marea Alta Resorts", "Llamada de primer filtro con Andrea para la Dirección General.", ""),
])
def test_the_users_own_notes_of_a_job_talk(summary: str, description: str, location: str) -> None:
    verdict = classify_event(_event(summary, description, location=location), me=ANNE, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_teachers_interview_at_a_school_is_no_personal_appointment() -> None:
    verdict = classify_event(_event("Oakfield CS – DP interview 2.30", "ask re timetabling",
                                    location="Oakfield Community School, Lucan"), me=ORLA, model="rules")
    assert verdict.is_interview, verdict.reasons
    verdict = classify_event(_event("Harcourt – final interview day", "Ellie says ~6 candidates, decision Fri",
                                    location="Harcourt Academies Trust, Wolverhampton"), me=ORLA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_company_from_a_teams_sign_off_an_interest_and_a_dutch_agencys_client() -> None:
    lead = Attendee("Lotte de Graaf", "lotte@veluwepack.nl")
    verdict = classify_event(_event(
        "Interview round 1 – Head of Supply Chain", "You'll be talking to Lotte about the role at Veluwe Packaging.\n"
        "See you soon!\nTeam Veluwe Packaging", lead, (Attendee("Anne Lambert", ANNE[0]), lead)), me=ANNE,
        model="rules")
    assert verdict.company == "Veluwe Packaging"
    people = Attendee("Dácil Rodríguez", "drodriguez@ahg-corp.com")
    verdict = classify_event(_event("Entrevista – Director/a de Área", "Gracias por tu interés en Atlántida Resorts. "
                                    "Te confirmo la entrevista.", people, (Attendee("Javier Morales", JAVI[0]),)),
                             me=JAVI, model="rules")
    assert verdict.company == "Atlántida Resorts"
    agent = Attendee("Tine Desmet", "tine.desmet@lifeforce-select.be")
    verdict = classify_event(_event("Gesprek bij klant – QA Officer", "Dag Anne, je gesprek bij onze klant Flandria "
                                    "Plasma voor de functie QA Officer.", agent, (Attendee("Anne Lambert", ANNE[0]),)),
                             me=ANNE, model="rules")
    assert verdict.company == "Flandria Plasma"
