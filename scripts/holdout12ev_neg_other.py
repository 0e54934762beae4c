"""Holdout12 negatives other than Noor as interviewer: mocks, classes, research, press, personal, internal, chats.

Given nothing, EVENTS is a list of Ev records; no function raises.
"""

from __future__ import annotations

from holdout12ev_boiler import meet, meet_link, teams, webex, zoom
from holdout12ev_ics import ME_P, ME_W, Att, Ev

W = "W. Europe Standard Time"
R = "Romance Standard Time"
NOOR = Att("Noor Haddad", ME_P)
NOOR_W = Att("Haddad, Noor", ME_W)

EVENTS: list[Ev] = [
    Ev("mock-coach", "en", "zoom", "Mock interview – Product Owner case (coaching session 3)",
       "20261206T100000", "20261206T110000", "Europe/Berlin",
       organizer=("Rachel Omondi Coaching", "rachel@omondi-coaching.com"),
       attendees=[NOOR],
       description="Hi Noor, for session 3 I'll play the hiring manager of a fictional EHR vendor and run a full "
       "45-minute product owner interview, then 15 minutes feedback. Bring a backlog example from the ICU.\n\n" +
       zoom("en", "mock1"),
       trap="mock_coach"),
    Ev("mock-friend", "en", "google", "practice interview – Mia pretends to be Epikura",
       "20261210T193000", "20261210T203000", "Europe/Berlin",
       organizer=("Mia Lorenz", "mia.lorenz@gmail.com"),
       attendees=[Att("Mia Lorenz", "mia.lorenz@gmail.com", partstat="ACCEPTED"), NOOR],
       description="Dry run for Friday! I'll ask the FHIR + go-live questions from Glassdoor, you answer like it's the "
       "real thing. Wine afterwards.\n\n" + meet("en", "miapractice"),
       trap="mock_friend_names_company"),
    Ev("webinar-en", "en", "zoom", "Webinar: From Bedside to Health Tech – How to Ace Your First Interview",
       "20261203T180000", "20261203T190000", "Europe/London",
       organizer=("Nurses in Digital Health", "events@nursesindigitalhealth.org"),
       attendees=[NOOR],
       description="Thank you for registering for \"From Bedside to Health Tech – How to Ace Your First Interview\".\n"
       "Speakers: Dr. Grace Whitley (CNIO), Tomás Ibarra (Talent Partner)\n\nPlease submit your questions in advance."
       "\n\n" + zoom("en", "webinar-ndh"),
       trap="webinar_about_interviews"),
    Ev("user-research", "en", "google", "Caregrid user research interview – ICU nurses (60 min, €60 voucher)",
       "20261208T180000", "20261208T190000", "Europe/Berlin",
       organizer=("Caregrid Research", "research@caregrid.io"),
       attendees=[Att("Caregrid Research", "research@caregrid.io", partstat="ACCEPTED"), NOOR,
                  Att("Jessie Park", "jessie@caregrid.io")],
       description="Thanks for signing up as a research participant! Jessie from our design team will interview you "
       "about shift handovers in intensive care. This session is separate from any hiring process and your answers "
       "are anonymised. You'll receive a €60 voucher.\n\n" + meet("en", "cg-ux"),
       trap="user_research_at_applied_company"),
    Ev("podcast", "en", "calendly", "Podcast recording: Code Blue – Noor on nurses and EHRs",
       "20261212T150000", "20261212T160000", "Europe/Berlin",
       organizer=("Kwame Mensah", "kwame@codebluepodcast.fm"),
       attendees=[Att("Kwame Mensah", "kwame@codebluepodcast.fm", partstat="ACCEPTED"), NOOR],
       description="Event Name: Guest interview (recording)\n\nWe'll record a 40 minute conversation about why nurses "
       "should shape electronic health records. Riverside link follows.\n\nPowered by Calendly.com",
       trap="podcast_interview"),
    Ev("coffee-info", "en", "google", "Coffee chat – Noor & Marta",
       "20261205T083000", "20261205T090000", "Europe/Amsterdam",
       organizer=("Marta Kowalczyk", "marta.kowalczyk@epikura.com"),
       attendees=[Att("Marta Kowalczyk", "marta.kowalczyk@epikura.com", partstat="ACCEPTED"), NOOR],
       description="Happy to tell you how I went from ICU nurse to product manager! Just an informal chat, not part of "
       "any application – we don't have an opening on my team right now.\n\n" + meet("en", "marta"),
       trap="coffee_informational"),
    Ev("jobfair-en", "en", "apple", "HLTH Europe – Career Pavilion", "20261214", "20261215", "date",
       description="Amsterdam RAI\\, bring 20 CVs\\, talk to Epikura / Zorgpad stands",
       location="RAI Amsterdam", trap="job_fair", method=""),
    Ev("reference-en", "en", "outlook", "Reference call – Tessa Behrendt (candidate) / Noor Haddad (referee)",
       "20261209T170000", "20261209T172000", W,
       organizer=("Hiring Team St Brendan's", "hiring@stbrendans-hospital.ie"),
       attendees=[NOOR_W],
       description="Dear Ms Haddad,\n\nTessa Behrendt has named you as a professional referee for the post of Clinical "
       "Nurse Manager. We will call you at the agreed time; the call takes about 15 minutes.\n\nKind regards,\n"
       "Hiring Team",
       location="Phone", trap="reference_call_user_referee"),
    Ev("agency-intake-en", "en", "google", "Intro call – Ben @ HealthTech Talent",
       "20261202T120000", "20261202T123000", "Europe/Berlin",
       organizer=("Ben Carter", "ben@healthtech-talent.com"),
       attendees=[Att("Ben Carter", "ben@healthtech-talent.com", partstat="ACCEPTED"), NOOR],
       description="Hi Noor, thanks for connecting on LinkedIn. Keen to learn what you're looking for so I can match "
       "you with clients in the DACH health-IT space. No specific role yet – just getting to know you.\n\n" +
       meet("en", "ben"),
       trap="recruiter_intake_no_employer"),
    Ev("prep-block", "en", "apple", "Prep: Zorgpad virtual onsite – STAR stories + FHIR basics",
       "20261214T180000", "20261214T200000", "Europe/Berlin",
       description="rehearse sepsis alert story\\, go-live weekend\\, conflict with surgeon", trap="prep_block",
       method=""),
    Ev("tickler", "en", "thunderbird", "Send thank-you notes — Zorgpad, Clinical Implementation Specialist",
       "20261215T180000", "20261215T181500", "Europe/Berlin",
       description="Reminder by afterview: write a personal thank-you to each interviewer (drafts are in your Drafts "
       "folder). Note down what you talked about.",
       trap="afterview_tickler", method="",
       extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:zorgpad:clinical-implementation-specialist"]),
    Ev("steering-en", "en", "outlook", "EHR go-live steering committee – ICU wave 2",
       "20261207T140000", "20261207T150000", W,
       organizer=("Wagner, Heike", "h.wagner@klinikum-hansestadt.de"),
       attendees=[NOOR_W, Att("Lindqvist, Erik", "e.lindqvist@klinikum-hansestadt.de"),
                  Att("Sørensen, Kasper", "kasper.sorensen@epikura.com")],
       description="Agenda: 1) cut-over plan for ICU 5A/5B 2) super-user rota (Noor) 3) open defects with "
       "Epikura.\n\n" +
       teams("en", "steer"),
       trap="internal_meeting_vendor_attendee"),
    Ev("class-en", "en", "calcom", "Behavioural interviews for career switchers (live class)",
       "20261209T190000", "20261209T203000", "Europe/Berlin",
       organizer=("Career Switch Academy", "classes@careerswitch.academy"),
       attendees=[NOOR],
       description="What: live online class\nTopic: answering behavioural interview questions when you come from "
       "clinical practice\nWhere: Cal Video https://app.cal.com/video/csa-class7\n\nManage booking: "
       "https://app.cal.com/booking/x81p",
       trap="class_about_interviews"),
    Ev("press-en", "en", "owa", "Press interview: Healthcare IT Weekly on nurse-led EHR design",
       "20261211T110000", "20261211T113000", W,
       organizer=("Pressestelle Klinikum Hansestadt", "presse@klinikum-hansestadt.de"),
       attendees=[NOOR_W, Att("Olivia Grant", "o.grant@hitweekly.com")],
       description="Olivia Grant (Healthcare IT Weekly) will interview Noor Haddad about the ICU's role in the EHR "
       "roll-out. Press office attends. Please send key messages by Wednesday.\n\n" + teams("en", "press"),
       trap="press_interview"),
    Ev("mentor-en", "en", "google", "Mentoring – Noor / Dr. Kofi Asante",
       "20261216T073000", "20261216T080000", "Europe/Berlin",
       organizer=("Kofi Asante", "kofi.asante@gmail.com"),
       attendees=[Att("Kofi Asante", "kofi.asante@gmail.com", partstat="ACCEPTED"), NOOR],
       description="Monthly mentoring: let's go through your interview pipeline and the offer question.\n\n" +
       meet("en", "kofi"),
       trap="mentoring_pipeline"),
    # German
    Ev("doctolib-zahn", "de", "doctolib", "Termin Zahnarztpraxis Dr. Lindemann – Kontrolluntersuchung",
       "20261204T073000", "20261204T080000", "Europe/Berlin",
       organizer=("Doctolib", "no-reply@doctolib.de"),
       description="Ihr Termin bei Dr. med. dent. Katja Lindemann\\, Mühlenkamp 31\\, 22303 Hamburg. Bitte bringen Sie "
       "Ihre Versichertenkarte mit. Termin absagen: https://www.doctolib.de/appointments/4k2p",
       location="Mühlenkamp 31, 22303 Hamburg", trap="personal_dentist"),
    Ev("mag", "de", "outlook", "Jahresgespräch (MAG) Noor / Tessa",
       "20261203T140000", "20261203T150000", W,
       organizer=("Behrendt, Tessa", "t.behrendt@klinikum-hansestadt.de"),
       attendees=[NOOR_W],
       description="Unser jährliches Mitarbeitergespräch: Rückblick\\, Fortbildungswünsche (Pflegeinformatik?)\\, "
       "Ziele 2027. Bitte den Vorbereitungsbogen mitbringen.",
       location="Stationsleitungsbüro 5A", trap="internal_annual_review"),
    Ev("headhunter-de", "de", "owa", "Profilgespräch Hanseatic Health Search",
       "20261208T170000", "20261208T174500", W,
       organizer=("Friederike Stolle", "f.stolle@hanseatic-health-search.de"),
       attendees=[NOOR],
       description="Liebe Frau Haddad\\,\n\nvielen Dank für Ihr Interesse. Im Profilgespräch möchte ich Sie und Ihre "
       "Wünsche kennenlernen\\, damit ich Sie passenden Mandanten vorstellen kann. Einen konkreten Auftraggeber "
       "gibt es noch nicht.\n\n" + teams("de", "hhs"),
       trap="headhunter_intake_de"),
    Ev("bewerbungstraining", "de", "outlook", "Bewerbungstraining: Übungsinterview mit Frau Ritter",
       "20261207T100000", "20261207T113000", W,
       organizer=("Karriereberatung Ritter", "kontakt@ritter-karriere.de"),
       attendees=[NOOR],
       description="Wir simulieren ein Vorstellungsgespräch für eine Stelle als Implementierungsberaterin – mit "
       "Videoaufzeichnung und anschließender Auswertung.",
       location="Karriereberatung Ritter, Colonnaden 5, Hamburg", trap="mock_training_de"),
    Ev("dmea", "de", "google", "DMEA Berlin – Karrieretag Digital Health", "20270414", "20270415", "date",
       description="Messe Berlin\\, Halle 4.2 Career Corner\\, Lebenslauf-Check 11 Uhr", location="Messe Berlin",
       trap="job_fair_de", method=""),
    Ev("wohnung-zh", "de", "ios", "Wohnungsbesichtigung Zürich Wipkingen",
       "20261211T173000", "20261211T180000", "Europe/Zurich",
       description="Rosengartenstrasse 14\\, Frau Bachmann (Verwaltung)\\, Betreibungsauszug mitnehmen",
       location="Rosengartenstrasse 14, 8037 Zürich", trap="personal_flat_viewing", method=""),
    # French
    Ev("fr-simulation", "fr", "outlook", "Atelier simulation d'entretien – France Travail Lyon",
       "20261202T140000", "20261202T163000", R,
       organizer=("France Travail - Agence Lyon Part-Dieu", "atelier.lyonpartdieu@francetravail.fr"),
       attendees=[NOOR],
       description="Madame\\,\n\nVous êtes inscrite à l'atelier « Simulation d'entretien d'embauche ». Un conseiller "
       "jouera le rôle du recruteur\\; chaque participant reçoit un retour individuel.",
       location="France Travail, 12 rue Servient, Lyon", trap="mock_workshop_fr"),
    Ev("fr-webinaire", "fr", "webex", "Webinaire : réussir sa reconversion infirmière vers la e-santé",
       "20261210T123000", "20261210T133000", "Europe/Paris",
       organizer=("Collectif Infirmiers Numériques", "contact@infirmiers-numeriques.fr"),
       attendees=[NOOR],
       description="Au programme : les métiers (chef de projet DPI\\, product owner)\\, préparer ses entretiens "
       "d'embauche\\, témoignages.\n\n" + webex("fr", "cin", "infirmiers-numeriques"),
       trap="webinar_fr"),
    Ev("fr-doctolib", "fr", "doctolib", "RDV Dr Garnier – médecin généraliste",
       "20261216T083000", "20261216T084500", "Europe/Paris",
       organizer=("Doctolib", "no-reply@doctolib.fr"),
       description="Votre rendez-vous avec Dr Hélène Garnier\\, 8 place Bellecour\\, 69002 Lyon. Pensez à votre carte "
       "Vitale.",
       location="8 place Bellecour, 69002 Lyon", trap="personal_doctor_fr"),
    Ev("fr-cafe", "fr", "google", "Café avec Hélène (Medilumen)",
       "20261206T160000", "20261206T170000", "Europe/Paris",
       organizer=("Hélène Dubois", "helene.dubois@medilumen.fr"),
       attendees=[Att("Hélène Dubois", "helene.dubois@medilumen.fr", partstat="ACCEPTED"), NOOR],
       description="Avec plaisir pour un café ! Ce n'est pas un entretien\\, je ne fais pas partie du recrutement – je "
       "te raconte juste comment ça se passe chez nous au quotidien.",
       location="Café Mokxa, 3 rue de l'Abbé Rozier, Lyon", trap="coffee_fr_at_applied_company"),
    Ev("fr-radio", "fr", "apple", "Interview radio – témoignage infirmière réa (Radio Lyon Santé)",
       "20261213T110000", "20261213T113000", "Europe/Paris",
       description="Enregistrement au studio\\, 15 min\\, sujet : le numérique en réanimation",
       location="Radio Lyon Santé, 4 rue Paul Bert", trap="press_radio_fr", method=""),
    # Spanish
    Ev("es-referencia", "es", "google", "Llamada de referencias – Javier Ruiz (Noor como referencia)",
       "20261209T130000", "20261209T132000", "Europe/Madrid",
       organizer=("Elena Sanz", "elena.sanz@hospitalmarbella-norte.es"),
       attendees=[Att("Elena Sanz", "elena.sanz@hospitalmarbella-norte.es", partstat="ACCEPTED"), NOOR],
       description="Hola Noor\\, Javier Ruiz te ha indicado como referencia para el puesto de supervisor de UCI. Serán "
       "unas preguntas breves sobre vuestro trabajo juntos.\n\n" + meet("es", "ref-es"),
       trap="reference_call_es"),
    Ev("es-feria", "es", "outlook", "Feria de empleo sanitario – Barcelona Health Hub",
       "20261219T100000", "20261219T140000", R,
       organizer=("Barcelona Health Hub Events", "events@barcelonahealthhub.es"),
       attendees=[NOOR],
       description="Gracias por inscribirte en la feria de empleo. Más de 30 empresas de salud digital con stands y "
       "charlas. Recinto Modernista de Sant Pau.",
       location="Recinte Modernista de Sant Pau, Barcelona", trap="job_fair_es"),
    Ev("es-extranjeria", "es", "ios", "Cita NIE – Extranjería Barcelona", "20270108T091500", "20270108T094500",
       "Europe/Madrid", description="Llevar pasaporte\\, contrato\\, tasa 790-012\\, foto",
       location="Carrer de la Murcia 42, Barcelona", trap="personal_nie", method=""),
    Ev("es-ux", "es", "zoom", "Entrevista de investigación de usuarios – Salutia (enfermeras UCI)",
       "20261211T170000", "20261211T174500", "Europe/Madrid",
       organizer=("Salutia UX Research", "ux@salutia.io"),
       attendees=[NOOR],
       description="¡Gracias por participar en nuestro estudio! Queremos entender cómo documentáis en la UCI. No es un "
       "proceso de selección. Recibirás una tarjeta regalo de 40 €.\n\n" + zoom("es", "salux"),
       trap="user_research_es_applied_company"),
    Ev("es-headhunter", "es", "google", "Llamada con headhunter – Talento Salud",
       "20261204T163000", "20261204T170000", "Europe/Madrid",
       organizer=("Rocío Fuentes", "rocio.fuentes@talentosalud.es"),
       attendees=[Att("Rocío Fuentes", "rocio.fuentes@talentosalud.es", partstat="ACCEPTED"), NOOR],
       description="Hola Noor\\, una primera llamada para conocer tu perfil y qué buscas en Barcelona. Aún no tengo "
       "un cliente concreto para ti.\n\n" + meet("es", "rocio"),
       location=meet_link("rocio"), trap="recruiter_call_es"),
]
