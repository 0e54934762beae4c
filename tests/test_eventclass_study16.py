"""Session 16's fixes from studying holdout96-99: a company called Nexus, an ATS title naming the user after "Interview
with", "Entrev." and "cand." in terse notes, Catalan calls about a post, an office named as a topic, French schools'
parent portals, a count of candidates told to the candidate; and company names from an acronym the domain starts with,
a site or a town after the name, an agency's "our client – …", and words that are no company."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

START = datetime(2027, 2, 9, 9, tzinfo=UTC)
MARC = ["marc.olivella.ev@yahoo.es", "molivella@hotelcalarossa-bcn.com"]
HUGO = ["hugo.ferrand31@free.fr", "hugo.ferrand@interieur-gn-tls.fr"]
ORLA = ["orla.nagle.retail@gmail.com", "orla.nagle@fabricworks.ie"]


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="study16@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def test_a_company_called_nexus_is_no_trusted_traveller_interview() -> None:
    boss = Attendee("Inês Matos", "ines.matos@nexusevents.pt")
    verdict = classify_event(_event(
        "Nexus – Interview (Congress Operations Lead)", "Interview for Congress Operations Lead, Nexus Events. Inês "
        "is the hiring manager.", boss, (Attendee("Marc Olivella", MARC[0]), boss)), me=MARC, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_the_trusted_traveller_programme_is_still_not_about_a_job() -> None:
    verdict = classify_event(_event("Entrevue NEXUS – centre d'inscription", "Apportez votre passeport."),
                             me=HUGO, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("not about a job"), verdict.reasons


def test_an_ats_title_naming_the_user_after_interview_with_is_the_users_interview() -> None:
    ats = Attendee("Vela Resorts", "no-reply@hire.lever.co")
    verdict = classify_event(_event(
        "Vela Resorts: Interview with Marc Olivella", "Interview with Vela Resorts\n\nCandidate: Marc Olivella\n"
        "Position: Head of Weddings\nInterviewer: Rui Sousa", ats,
        (Attendee("Marc Olivella", MARC[0]), Attendee("Rui Sousa", "rui.sousa@velaresorts.pt"))),
        me=MARC, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Vela Resorts"


def test_entrev_is_an_interview_in_a_terse_note_and_cand_a_candidate() -> None:
    own = classify_event(_event("Entrev. Océano Eventos 2ª - Valencia", "Llevar dossier congreso 2024."),
                         me=MARC, model="rules")
    assert own.is_interview, own.reasons
    assert own.company == "Océano Eventos"
    hiring = classify_event(_event("entrev. cand. Pau R. (auxiliar eventos) 17h"), me=MARC, model="rules")
    assert not hiring.is_interview
    assert hiring.reasons[0].startswith("the user's own entry speaks of hiring someone"), hiring.reasons


def test_a_catalan_first_call_about_a_post_is_written_to_a_candidate() -> None:
    hr = Attendee("Mireia Puigvert", "mpuigvert@firaponent.cat")
    verdict = classify_event(_event(
        "Trucada RRHH – Fira de Ponent", "Hola Marc, et trucaré per fer una primera conversa sobre la plaça de "
        "Cap d'Esdeveniments.\nMireia · Persones", hr, (Attendee("Marc Olivella", MARC[0]),)), me=MARC, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert any("written to a candidate" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("sentence", ["busquem algú que porti els casaments", "buscamos a alguien que lleve los "
                                      "eventos", "nous cherchons quelqu'un pour diriger la sûreté",
                                      "we're looking for someone to run our shops"])
def test_looking_for_someone_is_written_to_a_candidate(sentence: str) -> None:
    owner = Attendee("Pere Vilar", "pere.vilar@hotmail.com")
    verdict = classify_event(_event("Parlem?", f"Hola, {sentence}. Vine i en parlem.", owner,
                                    (Attendee("Marc Olivella", MARC[0]),)), me=MARC, model="rules")
    assert any("written to a candidate" in r for r in verdict.reasons), verdict.reasons


def test_an_office_named_as_a_topic_of_a_companys_interview_does_not_veto_it() -> None:
    verdict = classify_event(_event("Entretien Stade Capitole (sûreté) - visio",
                                    "lien Teams par mail. Parler palpations, SSIAP, relation préfecture."),
                             me=HUGO, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Stade Capitole"


def test_the_prefecture_in_the_title_still_vetoes() -> None:
    verdict = classify_event(_event("Entretien préfecture – titre de séjour", "Apporter passeport."),
                             me=HUGO, model="rules")
    assert not verdict.is_interview


def test_a_french_schools_parent_portal_makes_an_entretien_personal() -> None:
    verdict = classify_event(_event("Entretien avec le principal (Léa – absences)", "Convocation reçue via Pronote"),
                             me=HUGO, model="rules")
    assert not verdict.is_interview
    assert "pronote" in verdict.reasons[0], verdict.reasons


def test_a_count_of_candidates_told_to_the_candidate_at_a_private_address_is_no_hiring_side() -> None:
    hr = Attendee("Claire Maury", "claire.maury@magasport.fr")
    verdict = classify_event(_event(
        "Journée d'évaluation – Responsable Sûreté Magasin", "Journée d'évaluation finale (4 candidats) : mise en "
        "situation, étude de cas, entretien final avec Paul Serres et Claire Maury (DRH).", hr,
        (Attendee("hugo.ferrand31@free.fr", HUGO[0]), Attendee("Paul Serres", "paul.serres@magasport.fr"))),
        me=HUGO, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_count_of_candidates_in_the_users_own_entry_is_still_the_hiring_side() -> None:
    verdict = classify_event(_event("Entretiens gardiens de la paix – 3 candidats", "salle 2, grille à imprimer"),
                             me=HUGO, model="rules")
    assert not verdict.is_interview


@pytest.mark.parametrize(("summary", "domain", "shown", "company"), [
    ("BPO – dernier entretien – Chargé sûreté agences", "bpo-banque.fr", "Recrutement BPO", "BPO"),
    ("Entretien technique – Référent sûreté (F/H)", "egh-energie.fr", "Recrutement EGH", "EGH"),
    ("2a entrevista – cas pràctic", "ccmontjuic.cat", "CCM Sala Consell", "CCM"),
    ("Assessment Center – Leitung Rechnungswesen", "wbg-ennstal.at", "Personalentwicklung WBG Ennstal",
     "WBG Ennstal"),
])
def test_an_acronym_the_domain_starts_with_names_the_company(summary: str, domain: str, shown: str,
                                                              company: str) -> None:
    sender = Attendee(shown, f"recrutement@{domain}")
    verdict = classify_event(_event(summary, "Votre entretien pour le poste est planifié.", sender,
                                    (Attendee("Hugo Ferrand", HUGO[0]), Attendee("Anne Roig", f"anne.roig@{domain}"))),
                             me=HUGO, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == company, verdict.reasons


@pytest.mark.parametrize(("location", "company"), [
    ("Sportika Balma, 3 rue des Sports, 31130 Balma", "Sportika"),
    ("Sportika TLS-2, Balma", "Sportika"),
])
def test_a_town_or_a_sites_code_after_the_name_is_where_not_who(location: str, company: str) -> None:
    hr = Attendee("Julie Abadie", "julie.abadie@sportika.fr")
    verdict = classify_event(_event("Journée d'évaluation – Responsable Sûreté", "Votre entretien final.", hr,
                                    (Attendee("Hugo Ferrand", HUGO[0]), hr), location), me=HUGO, model="rules")
    assert verdict.company == company, verdict.reasons


def test_hotels_and_resorts_keeps_its_second_word() -> None:
    hr = Attendee("Ana Reis", "ana.reis@solmarhotels.pt")
    verdict = classify_event(_event("Interview – Events Manager", "Your interview with Solmar Hotels & Resorts.", hr,
                                    (Attendee("Marc Olivella", MARC[0]), hr), "Solmar Hotels & Resorts, Faro"),
                             me=MARC, model="rules")
    assert verdict.company == "Solmar Hotels & Resorts", verdict.reasons


def test_an_agencys_client_after_a_dash_in_prose_is_the_employer() -> None:
    agent = Attendee("Tom Hale", "tom.hale@harboursearch.com")
    verdict = classify_event(_event(
        "Client interview – Regional Events Director", "Dear Marc,\n\nAs discussed, our client – Grupo Maré Hotels, "
        "the Algarve group – would like to meet you for the Regional Events Director role.", agent,
        (Attendee("Marc Olivella", MARC[0]), Attendee("Sara Lobo", "sara.lobo@marehotels.pt"))),
        me=MARC, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Grupo Maré Hotels", verdict.reasons


def test_a_dash_after_our_client_in_the_title_separates_its_parts() -> None:
    agent = Attendee("Luc Borel", "l.borel@finplace.ch")
    verdict = classify_event(_event(
        "Rendez-vous chez notre client – Contrôleur de gestion (Renens)", "Bonjour Hugo,\n\nJe vous confirme le "
        "rendez-vous chez notre client, Ascenseurs Morand SA, à Renens, pour le poste de contrôleur de gestion. Vous "
        "serez reçu par M. Yves Morand, administrateur.", agent, (Attendee("Hugo Ferrand", HUGO[0]),)),
        me=HUGO, model="rules")
    assert verdict.company == "Ascenseurs Morand", verdict.reasons


def test_tel_in_a_terse_note_is_no_company() -> None:
    verdict = classify_event(_event("Tel RH aéroport Tarbes - Mme Lacoste",
                                    "Aéroport de Tarbes-Lourdes, poste chef sûreté. Elle appelle sur le portable."),
                             me=HUGO, model="rules")
    assert verdict.company != "Tel", verdict.reasons


# Session 16's fixes from studying holdout100-103 (a social worker, an architect, a nurse, an agronomist).
BETH = ["beth.ward.sw@outlook.com", "bethany.ward@harrogatefamilies.gov.uk"]
FACU = ["facu.gimenez.agro@gmail.com", "fgimenez@coopagro-oncativo.com.ar"]


@pytest.mark.parametrize(("summary", "description", "me"), [
    ("SWA intvs 9-4 (me, Priya S, HR) – rm 2.10", "print packs + lanyard", BETH),
    ("shadow entrevista con Lucía (RRHH) - administrativo", "solo observo", FACU),
    ("entrev. pasante UCC - Martín", "", FACU),
])
def test_the_users_own_notes_of_interviewing_are_the_hiring_side(summary: str, description: str,
                                                                  me: list[str]) -> None:
    verdict = classify_event(_event(summary, description), me=me, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_added_as_a_panel_member_by_the_tracker_is_the_hiring_side() -> None:
    tracker = Attendee("HFS Recruitment", "hfs.recruitment@trac.jobs")
    verdict = classify_event(_event(
        "Interview schedule: Family Support Worker (HFS-1180) - panel", "You have been added as a panel member for "
        "the vacancy above. Applications are in Trac > Shortlisting.", tracker, (Attendee("Bethany Ward", BETH[1]),)),
        me=BETH, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Initial interview – K family (ref 30411) – home visit", "bring consent forms"),
    ("Entretien famille Mme Lopez (ch. 7) avec l'interne", ""),
    ("entrevista con la seño de Valen (sala de 5)", "llevar cuaderno"),
])
def test_casework_a_patients_family_and_a_kindergarten_teacher_are_no_job_interview(summary: str,
                                                                                   description: str) -> None:
    verdict = classify_event(_event(summary, description), me=FACU, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "company"), [
    ("tel int – St Bride's Children's Trust (Kim) – Practice Lead", None),
    ("Ashdale 2nd stage – meet the team + young people's panel", None),
    ("tel RH Polyclinique Saint-Cyprien (pause déj)", "Polyclinique Saint-Cyprien"),
    ("Entretien Clinique du Lot (Cahors)", None),
])
def test_terse_notes_of_a_call_or_a_stage_are_the_users_interview(summary: str, company: str | None) -> None:
    verdict = classify_event(_event(summary), me=BETH, model="rules")
    assert verdict.is_interview, verdict.reasons
    if company:
        assert verdict.company == company


def test_a_herr_after_tel_is_no_hr_call() -> None:
    verdict = classify_event(_event("Tel. Hr. Brunner (Personalberater)", "ruft an wegen einer Stelle, Firma nennt er "
                                    "noch nicht"), me=BETH, model="rules")
    assert "title says 'tel. hr'" not in verdict.reasons


@pytest.mark.parametrize("summary", ["Mappenpräsentation Brandl+Wirth", "Probearbeitstag Franziska @ BWA"])
def test_a_portfolio_or_a_trial_day_names_a_job_next_to_a_school_project(summary: str) -> None:
    verdict = classify_event(_event(summary, "Projekt Grundschule Haar zeigen; danach Kita abholen"),
                             me=["franzi.eder.arch@web.de"], model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_professions_registration_is_no_class_sign_up() -> None:
    hr = Attendee("Workforce Development", "workforce@northhumber.gov.uk")
    verdict = classify_event(_event(
        "Quick call - TM application (NHC)", "Brief telephone pre-screening call with our recruitment advisor to "
        "confirm Social Work England registration and right to work before shortlisting.", hr,
        (Attendee("Bethany Ward", BETH[0]),)), me=BETH, model="rules")
    assert not any(r.startswith(("class or webinar", "interviewer-side")) for r in verdict.reasons), verdict.reasons
