"""Session 15's fixes from studying holdout80-83: the interviewer's own to-dos (papers handed in later, a CV in the
tracker, feedback sent on, a search firm's longlist), a contract signed and a medical check before starting, "Hr."
as Herr, a letting agency, a talent marketplace's intake; an applicant's own notes (questions for a round, whom they
present to), "Phone int", a pilot's simulator assessment, a founder's pitch; and company names from an acronym
written out in the location, an agency's "put your profile forward to", and words that are no company."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

START = datetime(2027, 1, 12, 9, tzinfo=UTC)
FELIX = ["felix.gruber88@gmx.at", "f.gruber@donaustadt-elektro.at"]
MAIRA = ["maira.okafor@btinternet.com", "mokafor@pennine-carers.org.uk"]
SOFIA = ["sofi.benitez.dev@gmail.com", "sofia.benitez@escuela-code.com.ar"]
ANNA = ["anna.kowalska.fo@gmail.com", "anna.kowalska@crew.iberjet.es"]


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="study15@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description", "me"), [
    ("VG Lehrling Mechatronik – Jonas P. 15:00", "Mappe anschauen\nLehrvertrag-Infos\nZeugnis fehlt -> nachreichen "
     "lassen", FELIX),
    ("Interview Tom Reid 11am (payroll) - rm 4", "CV in Workable. Qs: pensions auto-enrolment, month-end close", MAIRA),
    ("Feedback entrevista Lucas Ferreyra", "Mandar feedback de la entrevista de Lucas a Romina antes del viernes.",
     SOFIA),
])
def test_the_interviewers_own_to_dos_are_the_hiring_side(summary: str, description: str, me: list[str]) -> None:
    verdict = classify_event(_event(summary, description), me=me, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("interviewer-side cue"), verdict.reasons


def test_a_search_firms_longlist_review_with_the_user_as_trustee_is_the_hiring_side() -> None:
    consultant = Attendee("Ruth Fairley", "ruth.fairley@ashgrove-search.co.uk")
    verdict = classify_event(_event(
        "Moorside Hospice – Director of Care search: longlist review",
        "Dear Ian and Maira\n\nAhead of shortlisting, I'll take you through our longlist and the preliminary "
        "interviews we have held.\n\nRuth", consultant,
        (Attendee("Maira Okafor (Trustee)", MAIRA[0]), Attendee("Ian Platt", "ian.platt@moorsidehospice.org.uk"))),
        me=MAIRA, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "why"), [
    ("Vorbereitung VG Salzach Netz – Fragen, Zeugnisse drucken", "- Homepage lesen\n- Zug buchen",
     "the user's preparation block"),
    ("Arbeitsmedizinische Eignungsuntersuchung – Alpenstrom", "nüchtern kommen! e-card mit", "not about a job"),
    ("Vertragsunterzeichnung Alpenstrom – Personalabteilung", "Mitnehmen: e-card, Bankdaten, Meldezettel",
     "not about a job"),
    ("Entrevista inmobiliaria – depto Palermo", "Inmobiliaria Sur Propiedades. Entrevista con el dueño + visita.",
     "a personal-life setting"),
])
def test_what_follows_an_offer_or_has_no_job_is_no_interview(summary: str, description: str, why: str) -> None:
    verdict = classify_event(_event(summary, description), me=FELIX, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith(why), verdict.reasons


def test_hr_dot_is_herr_not_human_resources() -> None:
    verdict = classify_event(_event(
        "Telefonat Hr. Lindner (Lindner Consulting) – vertrauliche Suche",
        "Personalberater, hat mich angeschrieben. Kunde: Netzbetreiber in Tirol, Name noch vertraulich. Erst mal nur "
        "Infos."), me=FELIX, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert not any("'telefonat hr'" in r for r in verdict.reasons), verdict.reasons


def test_the_hr_person_in_brackets_still_names_a_recruiter_screen() -> None:
    verdict = classify_event(_event(
        "Kärntner Papier – Videocall mit Hr. Moser (HR)", "Stelle: Produktionsplaner. Zeugnisse bereithalten."),
        me=FELIX, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.stage == "recruiter_screen", verdict.reasons


def test_a_talent_marketplaces_intake_for_no_specific_position_is_no_interview() -> None:
    partner = Attendee("Diego Luna", "diego.luna@puentedev.io")
    verdict = classify_event(_event(
        "Intro call with a PuenteDev Talent Partner between Diego Luna and Sofía Benítez",
        "We'll learn about your skills and goals so we can match you with companies hiring in LatAm. This call is "
        "not for a specific position.\n\nJoin Zoom Meeting\nhttps://puentedev.zoom.us/j/84911849859\n\nPowered by "
        "Calendly.com", partner, (Attendee("Sofía Benítez", SOFIA[0]),), location="https://puentedev.zoom.us/j/849"),
        me=SOFIA, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "location", "me", "company"), [
    ("Final - Bramley Arts Trust (Ann Cole + Raj Mehta)", "10 min pres on reserves. ask about trading sub + restricted "
     "funds", "The Mill, Canal St", MAIRA, "Bramley Arts Trust"),
    ("Entre técnica Ombú 🤞", "repasar closures\npreguntar x stack y si es 100% remoto", "", SOFIA, "Ombú"),
    ("Vorstellung Tauern Kälte – Hr. Berger", "Kältetechniker Service\nBerger = GF\nAuto nehmen", "Zell am See",
     FELIX, "Tauern Kälte"),
    ("Phone int - Aire Valley Homes (HR) 10.15", "they ring me. head of finance. have salary figure ready", "", MAIRA,
     "Aire Valley Homes"),
])
def test_an_applicants_own_notes_are_the_users_interview(summary: str, description: str, location: str,
                                                         me: list[str], company: str) -> None:
    verdict = classify_event(_event(summary, description, location=location), me=me, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == company, verdict.reasons


def test_a_boss_noted_in_a_note_about_something_else_is_no_interview() -> None:
    verdict = classify_event(_event("Elternabend 3b", "Fr. Wimmer = Klassenlehrerin\nHeft mitbringen"), me=FELIX,
                             model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("LBA sim assessment A330", "Brief 07:00, sim 08:00–12:00. Assessor Capt. Ruiz. Bring licence, logbook."),
    ("Solvia sim check A320", "2nd phase. 4h incl. brief. Paired with another candidate."),
])
def test_a_pilots_simulator_selection_is_the_users_interview(summary: str, description: str) -> None:
    verdict = classify_event(_event(summary, description, location="Simtrain Getafe"), me=ANNA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_recurrent_sim_check_alone_is_no_interview() -> None:
    verdict = classify_event(_event("Recurrent sim check OPC", "Brief 06:00. Sim 2 with Capt. Ortega.",
                                    location="Iberjet Training Centre"), me=ANNA, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_a_founders_pitch_on_free_mail_names_the_startup() -> None:
    founder = Attendee("Noah Price", "noah.price.sf@gmail.com")
    verdict = classify_event(_event(
        "Sofía <> Noah",
        "Hey Sofía - thanks for replying to my post in the Rosario Devs Slack!\nLet's do 30 min: I'll tell you more "
        "about Tidepool (we help vets fill empty slots) and the junior frontend role, you tell me about what you've "
        "built.\nNoah", founder, (Attendee(None, SOFIA[0]), founder)), me=SOFIA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Tidepool", verdict.reasons


def test_an_owner_who_talks_about_the_post_on_free_mail_invites_an_applicant() -> None:
    owner = Attendee("Franz Eder", "franz.eder@aon.at")
    verdict = classify_event(_event(
        "Gespräch wegen Betriebselektriker-Stelle",
        "Hallo Herr Gruber,\nwie am Telefon ausgemacht: Treffen bei uns im Sägewerk. Ich zeig Ihnen die Anlage und wir "
        "reden über die Stelle als Betriebselektriker.\nLG Franz Eder", owner, (Attendee(None, FELIX[0]),)),
        me=FELIX, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company is None or "wegen" not in verdict.company.lower(), verdict.company


def test_a_post_level_in_brackets_is_no_absent_candidate() -> None:
    karat = Attendee("Karat Scheduling", "scheduling@karat.io")
    verdict = classify_event(_event(
        "Karat Interview for Lumenfold - Software Engineer (Early Career)",
        "Hi Sofía,\nYour Karat interview for Lumenfold is confirmed! Lumenfold partners with Karat to conduct the "
        "first technical interview for the Software Engineer (Early Career) role.", karat,
        (Attendee("Sofía Benítez", SOFIA[0]),)), me=SOFIA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Lumenfold", verdict.reasons


def test_not_a_quiz_is_no_game_night() -> None:
    dev = Attendee("Iván Sosa", "ivan@quillbase.io")
    verdict = classify_event(_event(
        "Pair Programming between Iván Sosa and Sofía Benítez",
        "What:\nPair Programming (Junior Backend Engineer candidates)\nDescription:\n60 minutes on a real ticket. "
        "Not a quiz — I want to see how we'd work together.", dev, (Attendee("Sofía Benítez", SOFIA[0]),)),
        me=SOFIA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_an_agency_that_puts_the_profile_forward_names_its_client() -> None:
    agent = Attendee("Kate Doyle", "kate.doyle@aircrew-talent.com")
    verdict = classify_event(_event(
        "Anna Kowalska / AirCrew - Sahel Airways SFO A350 intro call",
        "Hi Anna,\nHere is a time for our first call about the Sahel Airways Senior First Officer A350 campaign. "
        "I'll run you through the package and the selection steps and check your eligibility before I put your "
        "profile forward to Sahel.\nKate Doyle\nSenior Consultant – Flight Crew\nAirCrew Recruitment Ltd", agent,
        (Attendee("Anna Kowalska", ANNA[0]), agent)), me=ANNA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_an_acronym_in_the_title_is_written_out_from_the_location() -> None:
    verdict = classify_event(_event(
        "BWT panel interview – Farnworth", "Panel: CEO + Chair. 10 min pres on reserves.",
        location="Bolton Women's Trust, Market Street, Farnworth"), me=MAIRA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Bolton Women's Trust", verdict.reasons


@pytest.mark.parametrize(("summary", "description", "organizer", "wrong"), [
    ("Kennenlernen 30 Min between Peter Horvath and Felix Gruber",
     "Servus Peter, danke für den Rückruf wegen der Servicetechniker-Stelle bei Seewinkel Solar! Felix",
     Attendee("Peter Horvath", "p.horvath.pv@gmail.com"), "30 Min"),
    ("Interview: Head of Finance", "Riverside Community Trust\nInvitation to interview\nPlease bring documents to "
     "confirm your right to work in the UK.", None, "UK"),
    ("Interview: Director of Finance", "Interview confirmation\n\nVacancy: Director of Finance (HC/031)\nVenue: "
     "Hartley College, Mill Road, Leeds\n\nProgramme: a tour; presentation and interview with the Principal (Dr Ann "
     "Shaw) and the Chair of Governors (Paul Kent).", None, "Chair of Governors"),
])
def test_a_duration_a_country_and_a_post_are_no_company(summary: str, description: str,
                                                         organizer: Attendee | None, wrong: str) -> None:
    me = FELIX if "Felix" in summary else MAIRA
    attendees = (organizer, Attendee(None, me[0])) if organizer else ()
    verdict = classify_event(_event(summary, description, organizer, attendees), me=me, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company != wrong, verdict.reasons


def test_a_country_opening_a_name_is_still_part_of_it() -> None:
    hr = Attendee("Lena Woods", "lwoods@ukcl-alliance.org")
    verdict = classify_event(_event(
        "Interview – Learning Coordinator", "Dear Maira,\nThank you for your application to UK Children's Learning "
        "Alliance. You will meet Lena Woods.", hr, (hr, Attendee(None, MAIRA[0]))), me=MAIRA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "UK Children's Learning Alliance", verdict.reasons


# The second study of the session: holdout84-91.
CHLOE = ["chloe.martin.veto@laposte.net", "c.martin@clinique-veto-vaise.fr"]
LOUIS = ["louis.gagnon.journaliste@videotron.ca", "lgagnon@lejournal-quebec.ca"]
HANNA = ["hanna.jensen@web.de", "hanna.jensen@nord-logistik-gruppe.de"]


@pytest.mark.parametrize(("summary", "description", "location", "me", "why"), [
    ("Zivilschutz WK (Kp 2)", "Einrücken 07:30 Zivilschutzanlage, Aufgebot im Ordner", "ZSA Hardau, Zürich", FELIX,
     "a personal-life setting"),
    ("St Anne's Primary - open morning (Reception 2028)", "Tour + headteacher talk. Ask about wraparound care.",
     "St Anne's Primary School", MAIRA, "class or webinar"),
    ("entretien Kevin (préparateur) 10h - ramener son CV imprimé", "", "", CHLOE, "interviewer-side cue"),
    ("Entrevue téléphonique – Dr Paul Roy (pédiatre)", "Pour le dossier sur les urgences pédiatriques. Enregistrer.",
     "", LOUIS, "research or press interview"),
])
def test_what_is_no_interview_of_the_users_own(summary: str, description: str, location: str, me: list[str],
                                                why: str) -> None:
    verdict = classify_event(_event(summary, description, location=location), me=me, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith(why), verdict.reasons


def test_a_trusted_traveller_interview_is_not_about_a_job() -> None:
    border = Attendee("ASFC – Programmes des voyageurs dignes de confiance", "no-reply@cbsa-asfc.gc.ca")
    verdict = classify_event(_event(
        "Entrevue NEXUS – Centre d'inscription Aéroport de Québec",
        "Entrevue d'admissibilité NEXUS. Présentez-vous avec votre passeport valide.", border,
        (Attendee("Louis Gagnon", LOUIS[0]),)), me=LOUIS, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("not about a job"), verdict.reasons


@pytest.mark.parametrize(("summary", "description", "location", "me"), [
    ("entr. GVL - Dr Morel (dir. médical)", "poste vétérinaire urgentiste. Apporter CV + diplômes. Parking derrière.",
     "Clinique de Lyon Sud, av. Berthelot", CHLOE),
    ("RDV brasserie des Monts - poste resp. logistique", "Luc = patron. Apporter CV papier + certificats CACES.",
     "Brasserie des Monts, Bailleul", CHLOE),
    ("Nordlicht final - CPO + CEO", "", "Nordlicht, Old St EC1", MAIRA),
    ("entrevue ACLS", "avec Julie Roy (DG)\nposte dir. communications\nrelire mémoire loi 12", "Montréal", LOUIS),
])
def test_an_applicants_terse_own_notes(summary: str, description: str, location: str, me: list[str]) -> None:
    verdict = classify_event(_event(summary, description, location=location), me=me, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_candidate_label_ends_with_its_sentence() -> None:
    hr = Attendee("Nordwerk Chemicals Recruiting", "noreply-recruiting@nordwerk-chemicals.com")
    verdict = classify_event(_event(
        "Interview Invitation: Senior HR Business Partner (f/m/d) - Nordwerk Chemicals",
        "Candidate: Hanna Jensen. Interviewer: Piotr Nowak, Head of Site Operations (hiring manager).", hr,
        (Attendee("Jensen, Hanna", HANNA[0]), Attendee("Nowak, Piotr", "p.nowak@nordwerk-chemicals.com"))),
        me=HANNA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_public_written_exam_and_an_agency_mandate_from_a_named_client() -> None:
    board = Attendee("Leblanc, Marie", "marie.leblanc@caso-ocna.gc.ca")
    exam = classify_event(_event(
        "Written exam / Examen écrit – 26-CASO-EA-0042",
        "Written exam – process 26-CASO-EA-0042. Duration: 3 hours.\nCanadian Agri-Food Standards Office / Office "
        "canadien des normes agroalimentaires", board, (Attendee("Louis Gagnon", LOUIS[0]),),
        location="Microsoft Teams"), me=LOUIS, model="rules")
    assert exam.is_interview, exam.reasons
    assert exam.company == "Canadian Agri-Food Standards Office", exam.reasons
    agent = Attendee("Dubé, Anne", "adube@dubeassocies.ca")
    mandate = classify_event(_event(
        "Appel – mandat Cartons Lévis (L. Gagnon)",
        "Bonjour Louis,\nje vous appelle mardi pour discuter du mandat que nous a confié Cartons Lévis inc. : "
        "Directeur, affaires publiques.\nAnne Dubé\nDubé & Associés – Recherche de cadres", agent,
        (Attendee("Louis Gagnon", LOUIS[0]),)), me=LOUIS, model="rules")
    assert mandate.is_interview, mandate.reasons


def test_an_agencys_client_in_apposition_is_the_employer() -> None:
    agent = Attendee("Urs Kälin", "urs.kaelin@kaderbau.ch")
    verdict = classify_event(_event(
        "Telefoninterview zwischen Urs Kälin und Felix Gruber",
        "Notizen: Mandat Projektleiter Tiefbau für unsere Auftraggeberin, die Rheintal Bau AG (Buchs). Ich stelle "
        "Ihnen das Unternehmen kurz vor und wir besprechen Ihren Werdegang.", agent, (agent, Attendee(None, FELIX[0]))),
        me=FELIX, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Rheintal Bau", verdict.reasons


def test_a_startup_that_sells_online_courses_is_no_class() -> None:
    founder = Attendee("Mateo Ruiz", "mateo@aulaviva.edu.co")
    verdict = classify_event(_event(
        "Conversación Sofía / Aulaviva",
        "¡Hola Sofía! Vimos tu perfil y nos encantaría conversar sobre la posición de Desarrolladora Frontend. Somos "
        "una plataforma de cursos en línea para colegios.\nMateo Ruiz\nCo-fundador · Aulaviva", founder,
        (founder, Attendee("Sofía Benítez", SOFIA[0]))), me=SOFIA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company is not None and verdict.company.lower() != "edu", verdict.reasons


# The third study of the session: holdout92-95.
IRIS = ["iris.moreno.fisio@gmail.com", "imoreno@fisiocentro-retiro.es"]
PIET = ["piet.claes@proximus.be", "piet.claes@mobilit-vlaanderen.be"]
ERIKA = ["e.gruber.bh@aon.at", "erika.gruber@steirer-handel.at"]


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("Entrevista con Residencias Olmo – Fisioterapeuta geriátrico/a", "Iris, te confirmo la entrevista con Rosa, "
     "directora de la residencia.", Attendee("Rosa Peña", "rosa.pena@residenciasolmo.com")),
    ("Videollamada con Movida Wellness – Fisioterapeuta deportivo/a", "¡Hola Iris! Soy Noelia, de People en Movida "
     "Wellness. Gracias por aplicar a Fisioterapeuta deportivo/a. Esta primera charla es para conocernos.",
     Attendee("Noelia Castán", "noelia.castan@movidawellness.com")),
])
def test_a_physiotherapists_job_interview_is_no_physio_appointment(summary: str, description: str,
                                                                   organizer: Attendee) -> None:
    verdict = classify_event(_event(summary, description, organizer, (organizer, Attendee("Iris Moreno", IRIS[0]))),
                             me=IRIS, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_physio_appointment_that_can_be_rescheduled_stays_personal() -> None:
    clinic = Attendee("Karl Brennan", "karl@brennanphysio.ie")
    verdict = classify_event(_event(
        "Maira Okafor – Follow-up with Karl Brennan",
        "Physio follow-up for your knee. Need to reschedule? Use the link.",
        clinic, (Attendee("Maira Okafor", MAIRA[0]),)), me=MAIRA, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "organizer", "me"), [
    ("Selection Committee ABC/AD/2026/004 – interviews (external member)",
     "Dear Mr Claes,\nThank you for accepting to sit as external member of the Selection Committee. Interviews with "
     "the 5 shortlisted candidates will take place online.", Attendee("ABC Recruitment", "recruitment@abc.europa.eu"),
     PIET),
    ("Llevar a Marta a su entrevista (Banco Norte)", "Marta tiene entrevista de trabajo a las 9. La dejo y me voy.",
     None, IRIS),
    ("Probe-VG mit Karrierecoach Eva (Übung Leitung Buchhaltung)", "Rollenspiel Vorstellungsgespräch, Gehaltsfrage "
     "üben.", None, ERIKA),
    ("Mia (Nichte) zum Vorstellungsgespräch beim Bäcker bringen", "Mia hat um 8 ihr Bewerbungsgespräch für die "
     "Lehrstelle, ich warte im Auto", None, ERIKA),
])
def test_someone_elses_or_a_practice_or_a_committees_interview(summary: str, description: str,
                                                                organizer: Attendee | None, me: list[str]) -> None:
    attendees = (Attendee(None, me[1]),) if organizer else ()
    verdict = classify_event(_event(summary, description, organizer, attendees), me=me, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_an_agency_that_will_name_its_client_later_is_a_first_talk() -> None:
    agent = Attendee("Oliver Grant", "oliver.grant@alpinefinance-recruit.com")
    verdict = classify_event(_event(
        "Quick chat re: confidential Head of Accounting search (Graz)",
        "Hi Erika, thanks for connecting on LinkedIn. My client is a fast-growing industrial group – I can share the "
        "name once we've spoken.\nOliver Grant, Alpine Finance Recruitment", agent,
        (Attendee("Erika Gruber", ERIKA[0]),)), me=ERIKA, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "organizer", "me"), [
    ("Selectiegesprek Beleidsadviseur mobiliteit", "Beste Piet,\nJe bent geslaagd voor de eerste selectieronde. "
     "Hierbij nodigen we je uit voor het selectiegesprek met de jury.", Attendee("Jobpunt", "selecties@jobpunt.be"),
     PIET),
    ("Épreuve écrite – Attaché (SPW-2026-012)", "Épreuve écrite (3 h) – Attaché, Direction des Affaires européennes.",
     None, PIET),
    ("Entrevista Forjas del Norte + recorrido planta", "Con Ing. Saúl (gerente de planta). Llevar EPP y portafolio de "
     "la prensa de forja. Preguntar por turnos.", None, IRIS),
])
def test_a_selection_talk_a_written_test_and_a_forging_press(summary: str, description: str,
                                                            organizer: Attendee | None, me: list[str]) -> None:
    attendees = (Attendee(None, me[0]),) if organizer else ()
    verdict = classify_event(_event(summary, description, organizer, attendees), me=me, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_prometric_label_in_last_first_capitals_is_the_user() -> None:
    prometric = Attendee("Prometric Scheduling", "noreply@prometric.com")
    verdict = classify_event(_event(
        "EPSO Computer-Based Test – AD/400/26",
        "Appointment confirmation\nProgram: European Personnel Selection Office (EPSO)\nCandidate: CLAES, PIET\nPlease "
        "arrive 30 minutes before your appointment.", prometric, (Attendee("Piet Claes", PIET[0]),)), me=PIET,
        model="rules")
    assert not verdict.reasons[0].startswith("the candidate named is someone else"), verdict.reasons


def test_private_time_on_the_work_calendar_is_not_the_hiring_side() -> None:
    verdict = classify_event(_event(
        "Absent (RDV perso) – OCDE entretien 2 Paris", "entretien final OCDE – Policy Analyst – Paris (train 10h13)",
        Attendee("Claes Piet", PIET[1])), me=PIET, model="rules")
    assert not verdict.reasons[0].startswith("the user organises it from the work address"), verdict.reasons
