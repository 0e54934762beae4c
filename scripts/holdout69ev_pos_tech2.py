"""holdout69: the user's own interviews with pharma, medtech and virtual-care employers (EN, FR, DE, ES)."""

from __future__ import annotations

from holdout69ev_boiler import meet_en, teams_de, teams_en, teams_fr
from holdout69ev_ics import (
    ME_FREE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    Ev,
    att,
    calendar,
    esc,
    org,
    outlook_event,
    room,
    simple,
    tz_madrid,
    tz_olson,
    tz_windows_eastern,
    tz_windows_weu,
)

BRUECKNER = "Brückner Medizintechnik"
NEXA = "Nexa Santé Numérique"


def virelia_sf() -> Ev:
    uid = "SF-INTERVIEW-41187-0093382@successfactors.eu"
    desc = (
        "Dear Sophie Tremblay,\n\nThank you for your application for the position Nurse Educator, Patient Support "
        "Program (Quebec) – Requisition 41187 at Virelia Pharma Canada.\n\nWe are pleased to invite you to an "
        "interview with Megan O'Brien, Manager, Patient Support Programs.\n\n"
        "Please accept this invitation to confirm your attendance.\n\nKind regards,\nVirelia Talent Acquisition\n\n"
        + teams_en("402 889 105 733", "Vr2xPp")
    )
    text = simple("-//SAP SuccessFactors//Recruiting Interview Scheduling//EN", uid, "20251208T090214Z",
                  "DTSTART:20251215T150000Z", "DTEND:20251215T154500Z",
                  "Interview Invitation – Nurse Educator, Patient Support Program (41187)", desc,
                  "ORGANIZER;CN=Virelia Talent Acquisition:mailto:noreply@virelia.successfactors.eu",
                  [att(ME_FREE, "Sophie Tremblay"), att("megan.obrien@virelia.com", "Megan O'Brien")],
                  location="Microsoft Teams Meeting")
    return Ev("successfactors", uid, text, 1, "Virelia Pharma Canada",
              "Nurse Educator, Patient Support Program (Quebec)", "hiring_manager", "megan.obrien@virelia.com",
              "successfactors-teams-en")


def pivot_icims() -> Ev:
    uid = "icims-evt-11820774-ps@pivotpatient.icims.com"
    desc = (
        "Hello Sophie / Bonjour Sophie,\n\n"
        "Your phone screen for Patient Support Program Nurse (bilingual) / Infirmière de programme de soutien aux "
        "patients (bilingue), Job ID 2025-4471, has been scheduled.\n\n"
        "Recruiter: Alexis Martin-Ross\nYou will receive a call at the number in your profile.\n\n"
        "Pivot Patient Services Talent Acquisition"
    )
    text = simple("-//iCIMS//iCIMS Talent Platform//EN", uid, "20251119T163302Z", "DTSTART:20251125T170000Z",
                  "DTEND:20251125T173000Z", "Pivot Patient Services – Phone Screen | PSP Nurse (bilingual)", desc,
                  "ORGANIZER;CN=Pivot Patient Services:mailto:careers@pivotpatient.icims.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("amartinross@pivotpatient.com", "Alexis Martin-Ross")],
                  location="Phone / Téléphone")
    return Ev("icims", uid, text, 1, "Pivot Patient Services",
              "Infirmière de programme de soutien aux patients (bilingue)", "recruiter_screen",
              "amartinross@pivotpatient.com", "icims-phone-screen-bilingual")


def pivot_manager() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000F3E2D1C0B9A8DC01000000000000000010000000A1B2C3D4E5F60718"
    desc = (
        "Bonjour Sophie,\n\nAlexis m'a transmis votre candidature. Je suis la gestionnaire de l'équipe infirmière "
        "du Québec pour nos programmes de soutien aux patients (rhumatologie et dermatologie). Prenons une heure "
        "pour discuter du rôle, des visites à domicile et de la formation des patients aux injections.\n\n"
        "Annick Lemieux\nGestionnaire, Soins infirmiers – Québec\nPivot Patient Services\n\n"
        + teams_fr("366 710 248 119", "Pz4tH7")
    )
    ev = outlook_event(uid, org("alemieux@pivotpatient.com", "Lemieux, Annick"), [att(ME_FREE, "Sophie Tremblay")],
                  "Entrevue – Infirmière PSP (bilingue) – Sophie Tremblay", desc, "Eastern Standard Time",
                  "20251211T130000", "20251211T140000", "20251203T150107Z", "Réunion Microsoft Teams")
    return Ev("outlook-teams", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Pivot Patient Services", "Infirmière PSP (bilingue)", "hiring_manager", "alemieux@pivotpatient.com",
              "outlook-teams-manager-fr")


def stellar_modernloop() -> Ev:
    uid = "ml-3a7f19d2-b0c4-4e58-9d6a-81f2e0c5b347@modernloop.io"
    desc = (
        "Hi Sophie,\n\nHere is your onsite interview schedule for Clinical Specialist, Surgical Innovations "
        "(Québec territory):\n\n"
        "9:30 – 10:15  Jason Kim, Area Manager, Québec\n"
        "10:15 – 11:00  Nadia Ferreira, Clinical Education Lead, Canada\n"
        "11:00 – 11:30  OR role-play with Marc Belzile, Senior Clinical Specialist\n\n"
        "Please check in at reception and ask for Emma Walsh (Recruiting Coordinator).\n\n"
        "Scheduled with ModernLoop"
    )
    text = simple("-//ModernLoop//ModernLoop Scheduler//EN", uid, "20260119T154412Z",
                  "DTSTART;TZID=America/Toronto:20260128T093000", "DTEND;TZID=America/Toronto:20260128T113000",
                  "Stellar Surgical – Onsite Interview (Clinical Specialist, Surgical Innovations)", desc,
                  "ORGANIZER;CN=Emma Walsh:mailto:emma.walsh@stellarsurgical.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("jason.kim@stellarsurgical.com", "Jason Kim"),
                   att("nadia.ferreira@stellarsurgical.com", "Nadia Ferreira"),
                   att("marc.belzile@stellarsurgical.com", "Marc Belzile"),
                   room("mtl-boardroom@stellarsurgical.com", "MTL - Boardroom Laurentides")],
                  location="Stellar Surgical Canada, 7200 Route Transcanadienne, Saint-Laurent QC",
                  tz=tz_olson())
    return Ev("modernloop", uid, text, 1, "Stellar Surgical Canada",
              "Clinical Specialist, Surgical Innovations", "onsite",
              "jason.kim@stellarsurgical.com;nadia.ferreira@stellarsurgical.com;marc.belzile@stellarsurgical.com",
              "modernloop-onsite-coordinator-room-en")


def halo_calcom() -> Ev:
    uid = "cal-8Yq2vR5tWm3nLk7Pz1Xc"
    desc = (
        "Quoi : Présélection – Infirmière coordonnatrice clinique\n"
        "Quand : lundi 12 janvier 2026 12:00 - 12:30 (America/Toronto)\n"
        "Qui :\nGabrielle Simard - Organisateur\ngabrielle@halosoins.ca\nSophie Tremblay\n"
        "sophie.tremblay88@videotron.ca\n"
        "Où : Cal Video https://app.cal.com/video/8Yq2vR5tWm3nLk7Pz1Xc\n"
        "Description : Premier appel avec l'équipe talents de Halo Soins Virtuels.\n\n"
        "Besoin de modifier ? Annuler ou replanifier : https://app.cal.com/booking/8Yq2vR5tWm3nLk7Pz1Xc"
    )
    text = simple("-//Cal.com Inc.//Cal.com Event//EN", uid, "20260106T143255Z", "DTSTART:20260112T170000Z",
                  "DTEND:20260112T173000Z",
                  "Présélection – Infirmière coordonnatrice clinique entre Gabrielle Simard et Sophie Tremblay", desc,
                  "ORGANIZER;CN=Gabrielle Simard:mailto:gabrielle@halosoins.ca",
                  [att(ME_FREE, "Sophie Tremblay", partstat="ACCEPTED", rsvp=False)],
                  location="https://app.cal.com/video/8Yq2vR5tWm3nLk7Pz1Xc")
    return Ev("calcom", uid, text, 1, "Halo Soins Virtuels", "Infirmière coordonnatrice clinique",
              "recruiter_screen", "gabrielle@halosoins.ca", "calcom-screen-fr")


def brueckneroutlook_event() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000019C8B7A6F5E4DC010000000000000000100000002B3C4D5E6F708192"
    tzid = "W. Europe Standard Time"
    desc = (
        "Sehr geehrte Frau Tremblay,\n\nvielen Dank für Ihre Bewerbung als Clinical Application Specialist (m/w/d) "
        "für unsere Tochtergesellschaft in Kanada. Gerne laden wir Sie zu einem ersten Kennenlerngespräch per "
        "Microsoft Teams ein. Bitte beachten Sie: 15:00 Uhr MEZ entspricht 9:00 Uhr in Montréal.\n\n"
        "Das Gespräch führen Katrin Schneider (HR Recruiting) und Dr. Jonas Albrecht (Head of Clinical "
        "Applications North America). Das Gespräch findet auf Englisch statt.\n\n"
        "Mit freundlichen Grüßen\nKatrin Schneider\nBrückner Medizintechnik GmbH, Freiburg\n\n"
        + teams_de("341 227 905 618", "Bm8kT3")
    )
    ev = outlook_event(uid, org("katrin.schneider@brueckner-medizintechnik.de", "Schneider, Katrin"),
                  [att(ME_FREE, "Tremblay, Sophie", quote=True),
                   att("jonas.albrecht@brueckner-medizintechnik.de", "Albrecht, Jonas Dr.", quote=True)],
                  "Vorstellungsgespräch (Video) – Clinical Application Specialist (m/w/d) Kanada", desc, tzid,
                  "20251106T150000", "20251106T154500", "20251029T084511Z", "Microsoft Teams-Besprechung", "de-DE")
    return Ev("outlook-weu", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_weu()), 1, BRUECKNER,
              "Clinical Application Specialist (m/w/d) Kanada", "recruiter_screen",
              "katrin.schneider@brueckner-medizintechnik.de;jonas.albrecht@brueckner-medizintechnik.de",
              "outlook-weu-zone-teams-de")


def brueckner_softgarden() -> Ev:
    uid = "softgarden-appointment-5518203-77a1@softgarden.io"
    desc = (
        "Hallo Frau Tremblay,\n\nhiermit bestätigen wir Ihren Termin für das Fachgespräch zur Stelle Clinical "
        "Application Specialist (m/w/d) Kanada.\n\nInhalt: Präsentation eines Schulungskonzepts für "
        "Pflegefachkräfte auf einer Intensivstation (20 Min.), anschließend Fragen.\n"
        "Ihre Gesprächspartner: Dr. Jonas Albrecht, Sarah Lindner (Senior Application Specialist, Montréal)\n\n"
        "Videolink: https://brueckner.softgarden.io/meet/5518203\n\n"
        "Ihr Recruiting-Team der Brückner Medizintechnik GmbH"
    )
    text = simple("-//softgarden//softgarden e-recruiting//DE", uid, "20251114T101522Z", "DTSTART:20251125T140000Z",
                  "DTEND:20251125T150000Z",
                  "Fachgespräch – Clinical Application Specialist (m/w/d) Kanada – Brückner Medizintechnik GmbH", desc,
                  "ORGANIZER;CN=Brückner Medizintechnik GmbH:mailto:jobs@brueckner-medizintechnik.de",
                  [att(ME_FREE, "Sophie Tremblay")], location="https://brueckner.softgarden.io/meet/5518203")
    return Ev("softgarden", uid, text, 1, BRUECKNER, "Clinical Application Specialist (m/w/d) Kanada",
              "technical", "Jonas Albrecht;Sarah Lindner", "softgarden-utc-presentation-de")


def vitalia_personio() -> Ev:
    uid = "personio-interview-9d41f0b2-5c7e-4a13@personio.de"
    desc = (
        "Hola Sophie:\n\nTe confirmamos la entrevista para el puesto de Clinical Lead Canadá (francés). "
        "Hablarás con Laura Giménez (Directora Médica) y Andreu Puig (Country Manager Canadá). La entrevista "
        "puede ser en inglés o en francés, como prefieras.\n\n"
        "Hora: 17:00 (Madrid) / 11:00 (Montréal)\nEnlace: https://meet.google.com/rbn-zjxe-kut\n\n"
        "Un saludo,\nEquipo de Talento – Vitalia Salud Digital\nEnviado con Personio"
    )
    text = simple("-//Personio//Personio Recruiting//EN", uid, "20251210T112044Z",
                  "DTSTART;TZID=Europe/Madrid:20251217T170000", "DTEND;TZID=Europe/Madrid:20251217T180000",
                  "Entrevista: Clinical Lead Canadá (francés) – Vitalia Salud Digital", desc,
                  "ORGANIZER;CN=Vitalia Salud Digital:mailto:recruiting@vitaliasalud.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("laura.gimenez@vitaliasalud.com", "Laura Giménez"),
                   att("andreu.puig@vitaliasalud.com", "Andreu Puig")],
                  location="https://meet.google.com/rbn-zjxe-kut", tz=tz_madrid())
    return Ev("personio", uid, text, 1, "Vitalia Salud Digital", "Clinical Lead Canadá (francés)",
              "hiring_manager", "laura.gimenez@vitaliasalud.com;andreu.puig@vitaliasalud.com",
              "personio-madrid-zone-es")


def nexa_greenhouse() -> Ev:
    uid = "greenhouse-interview-51200884-sophie-tremblay@greenhouse.io"
    desc = (
        "Bonjour Sophie,\n\nVotre entrevue pour le poste de Consultante en implantation clinique chez Nexa Santé "
        "Numérique est planifiée.\n\nMercredi 7 janvier 2026 (heure de l'Est)\n"
        "10 h 00 – 10 h 45  Entrevue avec la gestionnaire d'embauche – Véronique Dallaire, gestionnaire, services "
        "cliniques\n\nLien : https://nexasante.zoom.us/j/84410277361\n\n"
        "Votre coordonnatrice : Joëlle Lapierre. Répondez à ce courriel pour toute question."
    )
    text = simple("-//Greenhouse Software//Greenhouse Scheduler//EN", uid, "20251219T152009Z",
                  "DTSTART:20260107T150000Z", "DTEND:20260107T154500Z",
                  "Entrevue : Sophie Tremblay – Consultante en implantation clinique – Nexa", desc,
                  "ORGANIZER;CN=Joëlle Lapierre:mailto:jlapierre@nexasante.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("vdallaire@nexasante.com", "Véronique Dallaire")],
                  location="https://nexasante.zoom.us/j/84410277361")
    return Ev("greenhouse", uid, text, 1, NEXA, "Consultante en implantation clinique", "hiring_manager",
              "vdallaire@nexasante.com", "greenhouse-hiring-manager-fr")


def nexa_final() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC0100000000000000001000000077665544332211AA"
    desc = (
        "Bonjour Sophie,\n\nVoici l'invitation pour l'entrevue finale, à nos bureaux de Montréal. Vous "
        "rencontrerez Véronique Dallaire et François Béliveau (vice-président, solutions cliniques), puis "
        "ferez une courte visite de l'équipe d'implantation.\n\nPrésentez-vous à la réception du 12e étage; "
        "je viendrai vous chercher.\n\nJoëlle Lapierre\nCoordonnatrice, acquisition de talents\nNexa Santé Numérique"
    )
    ev = outlook_event(uid, org("jlapierre@nexasante.com", "Lapierre, Joëlle"),
                  [att(ME_FREE, "sophie.tremblay88@videotron.ca"),
                   att("vdallaire@nexasante.com", "Dallaire, Véronique", quote=True),
                   att("fbeliveau@nexasante.com", "Béliveau, François", quote=True),
                   room("mtl-12-stlaurent@nexasante.com", "MTL-12-Salle Saint-Laurent (10)")],
                  "Entrevue finale sur place – Consultante en implantation clinique", desc, "Eastern Standard Time",
                  "20260122T130000", "20260122T150000", "20260114T194032Z",
                  "MTL-12-Salle Saint-Laurent (10); 1000 rue De La Gauchetière O., 12e étage", html=False)
    return Ev("outlook-room", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1, NEXA,
              "Consultante en implantation clinique", "final", "vdallaire@nexasante.com;fbeliveau@nexasante.com",
              "outlook-final-coordinator-room-fr")


def vireo_google() -> Ev:
    uid = "4h8n2c6x0q5m1v9k3t7r2b6s0z@google.com"
    desc = (
        "Hi Sophie – thanks for sending the take-home! In this session we'll go through your review of the three "
        "AI-drafted nursing notes together (what you flagged, what you'd change in the prompt/templates), then "
        "leave time for your questions about the Clinical Content Specialist role.\n\nNoah\n\n"
        + meet_en("wqa-hsnt-cxe", pin="190 664 238")
    )
    ev = [
        "DTSTART:20260128T190000Z",
        "DTEND:20260128T200000Z",
        "DTSTAMP:20260122T001455Z",
        "ORGANIZER;CN=Noah Friedman:mailto:noah@vireohealth.ai",
        "UID:" + uid,
        att("noah@vireohealth.ai", "Noah Friedman", partstat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        "CREATED:20260122T001430Z",
        "DESCRIPTION:" + esc(desc),
        "LAST-MODIFIED:20260122T001455Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Vireo <> Sophie – clinical content exercise",
        "TRANSP:OPAQUE",
    ]
    return Ev("google-meet", uid, calendar(PRODID_GOOGLE, [ev]), 1, "Vireo Health",
              "Clinical Content Specialist", "technical", "noah@vireohealth.ai", "google-takehome-review-en")


def events() -> list[Ev]:
    return [
        virelia_sf(), pivot_icims(), pivot_manager(), stellar_modernloop(), halo_calcom(), brueckneroutlook_event(),
        brueckner_softgarden(), vitalia_personio(), nexa_greenhouse(), nexa_final(), vireo_google(),
    ]
