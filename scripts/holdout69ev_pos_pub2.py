"""holdout69: the user's own interviews with colleges, universities and Ontario hospitals (FR / EN)."""

from __future__ import annotations

from holdout69ev_boiler import alt_desc, teams_en, zoom_en, zoom_fr
from holdout69ev_ics import (
    ME_FREE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_IOS,
    PRODID_OUTLOOK,
    Ev,
    att,
    calendar,
    esc,
    org,
    outlook_tail,
    room,
    tz_apple,
    tz_windows_eastern,
)


def cegep_lesson() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000006A0C5F93E140DC0100000000000000001000000087B2D4E1F3A6C957"
    desc = (
        "Bonjour Madame Tremblay,\n\n"
        "Le comité de sélection du département de Soins infirmiers vous invite à une entrevue et à une leçon "
        "test pour la charge d'enseignement (180.A0, session hiver 2026).\n\n"
        "Leçon test (15 minutes) : « Évaluation de la douleur chez la personne âgée », devant le comité, "
        "suivie de l'entrevue (45 minutes).\n\n"
        "Comité : Caroline Bisson, coordonnatrice du département; Éric Thibault, conseiller pédagogique; "
        "Manon Dion, conseillère en gestion des ressources humaines.\n\n"
        "Service des ressources humaines\nCégep de Bellerive"
    )
    ev = [
        org("rh@cegepbellerive.qc.ca", "Ressources humaines, Cégep de Bellerive"),
        att(ME_FREE, "Sophie Tremblay"),
        att("caroline.bisson@cegepbellerive.qc.ca", "Bisson, Caroline", quote=True),
        att("eric.thibault@cegepbellerive.qc.ca", "Thibault, Éric", quote=True),
        att("manon.dion@cegepbellerive.qc.ca", "Dion, Manon", quote=True),
        room("local.b1204@cegepbellerive.qc.ca", "Local B-1204 (pavillon B)"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Entrevue et leçon test – Enseignante en Soins infirmiers (180.A0)",
        "DTSTART;TZID=Eastern Standard Time:20251106T130000",
        "DTEND;TZID=Eastern Standard Time:20251106T143000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251029T152347Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Cégep de Bellerive\\, pavillon B\\, local B-1204",
        *outlook_tail(),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
    ]
    return Ev("outlook-room", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Cégep de Bellerive", "Enseignante en Soins infirmiers (180.A0)", "technical",
              "caroline.bisson@cegepbellerive.qc.ca;eric.thibault@cegepbellerive.qc.ca;manon.dion@cegepbellerive.qc.ca",
              "outlook-lesson-test-room-fr")


def uhr_zoom() -> Ev:
    uid = "5v1gq0c7n3l2k8r4m9t6b0h2js@google.com"
    desc = (
        "Bonjour Mme Tremblay,\n\nPour faire suite à votre candidature au poste de conseillère aux stages à "
        "l'École des sciences infirmières, nous aimerions vous rencontrer. Le professeur Jean-Sébastien Morin, "
        "responsable des stages cliniques, se joindra à moi.\n\nNadia Benali\nDirectrice, École des sciences "
        "infirmières\nUniversité du Haut-Richelieu\n\n" + zoom_fr("819 5530 2248", "Rk2mN8qPz", host="uhr-ca")
    )
    ev = [
        "DTSTART:20251205T150000Z",
        "DTEND:20251205T160000Z",
        "DTSTAMP:20251127T194410Z",
        "ORGANIZER;CN=Nadia Benali:mailto:nadia.benali@uhr.ca",
        "UID:" + uid,
        att("js.morin@uhr.ca", "Jean-Sébastien Morin", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        att("nadia.benali@uhr.ca", "Nadia Benali", partstat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
        "CREATED:20251127T194409Z",
        "DESCRIPTION:" + esc(desc),
        "LAST-MODIFIED:20251127T194410Z",
        "LOCATION:https://uhr-ca.zoom.us/j/81955302248?pwd=Rk2mN8qPz",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevue – Conseillère aux stages\\, École des sciences infirmières",
        "TRANSP:OPAQUE",
    ]
    return Ev("google-zoom", uid, calendar(PRODID_GOOGLE, [ev]), 1, "Université du Haut-Richelieu",
              "Conseillère aux stages", "", "nadia.benali@uhr.ca;js.morin@uhr.ca", "google-utc-zoom-university-fr")


def champlain_panel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000C9B4E2F1A77FDC0100000000000000001000000024E6A9D3C1B04D8F"
    desc = (
        "Bonjour Sophie / Hello Sophie,\n\n"
        "Nous vous confirmons votre entrevue en personne pour le poste de Gestionnaire clinique, Médecine "
        "(HC-2025-381). / We are pleased to confirm your in-person interview for the Clinical Manager, Medicine "
        "position.\n\n"
        "Comité / Panel :\n"
        "Rachel Sauvé, Directrice des soins aux patients / Director of Patient Care\n"
        "Dr Kevin O'Neill, Chef du département de médecine / Chief of Medicine\n"
        "Amélie Larocque, Partenaire d'affaires RH / HR Business Partner\n\n"
        "Stationnement : utilisez le stationnement P3 et conservez votre billet; il sera validé. / Parking: use "
        "lot P3 and keep your ticket for validation.\n\nHôpital Champlain d'Ottawa"
    )
    ev = [
        org("alarocque@hopitalchamplain.ca", "Larocque, Amélie"),
        att(ME_FREE, "Sophie Tremblay"),
        att("rsauve@hopitalchamplain.ca", "Sauvé, Rachel", quote=True),
        att("koneill@hopitalchamplain.ca", "O'Neill, Kevin (Dr)", quote=True),
        room("boardroom2b@hopitalchamplain.ca", "Salle de conférence 2B / Boardroom 2B"),
        "DESCRIPTION;LANGUAGE=en-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-CA:Entrevue / Interview – Gestionnaire clinique\\, Médecine / Clinical Manager\\, "
        "Medicine",
        "DTSTART;TZID=Eastern Standard Time:20260114T090000",
        "DTEND;TZID=Eastern Standard Time:20260114T103000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251222T161530Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-CA:Salle de conférence 2B / Boardroom 2B",
        *outlook_tail(),
    ]
    return Ev("outlook-room", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Hôpital Champlain d'Ottawa", "Gestionnaire clinique, Médecine", "onsite",
              "rsauve@hopitalchamplain.ca;koneill@hopitalchamplain.ca;alarocque@hopitalchamplain.ca",
              "outlook-bilingual-panel-room-fr-en")


def champlain_screen() -> Ev:
    uid = "njoyn-itv-77104-HC-2025-381@hopitalchamplain.njoyn.com"
    desc = (
        "Présélection téléphonique / Phone pre-screen\n"
        "Poste / Position : Gestionnaire clinique, Médecine / Clinical Manager, Medicine (HC-2025-381)\n"
        "Candidate : Sophie Tremblay\n"
        "Intervieweuse / Interviewer : Amélie Larocque (alarocque@hopitalchamplain.ca)\n"
        "Durée / Duration : 30 min\n\n"
        "Amélie vous appellera au numéro inscrit à votre dossier. / Amélie will call you at the number on your "
        "application.\n\nPropulsé par / Powered by Njoyn"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251203T140025Z",
        "DTSTART:20251209T153000Z",
        "DTEND:20251209T160000Z",
        "SUMMARY:Présélection téléphonique / Phone pre-screen – HC-2025-381",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Téléphone / Phone",
        "ORGANIZER;CN=Hôpital Champlain Recrutement:mailto:recrutement@hopitalchamplain.njoyn.com",
        att(ME_FREE, "Sophie Tremblay", rsvp=False),
    ]
    return Ev("njoyn", uid, calendar("-//Njoyn//Njoyn Scheduler 9.4//EN", [ev]), 1,
              "Hôpital Champlain d'Ottawa", "Gestionnaire clinique, Médecine", "recruiter_screen",
              "alarocque@hopitalchamplain.ca", "njoyn-phone-screen-fr-en")


def quinte_manager() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000077A1C0D2B5F1DB010000000000000000100000003D9E4A7C0B6F4E2A"
    desc = (
        "Hi Sophie,\n\nThank you for your interest in the Clinical Nurse Educator – Emergency Department role at "
        "Quinte Shores Hospital. Heather would like to meet with you virtually for a conversation about the "
        "position, the ED team and your experience precepting new graduates.\n\n"
        "Please let me know if this time does not work for you.\n\nKind regards,\nTina Brooks\n"
        "Executive Assistant to the Manager, Emergency & Critical Care\nQuinte Shores Hospital\n\n"
        + teams_en("318 550 746 921", "Gh4bT9")
    )
    ev = [
        org("heather.macdonald@quinteshores.on.ca", "MacDonald, Heather", sent_by="tina.brooks@quinteshores.on.ca"),
        att(ME_FREE, "Sophie Tremblay"),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Interview – Clinical Nurse Educator\\, Emergency Department (Sophie Tremblay)",
        "DTSTART;TZID=Eastern Standard Time:20260108T130000",
        "DTEND;TZID=Eastern Standard Time:20260108T134500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251218T202611Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        *outlook_tail(),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
    ]
    return Ev("outlook-sentby", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Quinte Shores Hospital", "Clinical Nurse Educator, Emergency Department", "hiring_manager",
              "heather.macdonald@quinteshores.on.ca", "outlook-sentby-assistant-teams-en")


def quinte_panel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000A0F3B8E4C988DC01000000000000000010000000E4C07F2A9D1B4A63"
    desc = (
        "Good afternoon Sophie,\n\nFurther to your conversation with Heather, you are invited to an in-person "
        "panel interview. Please prepare a 10-minute teaching demonstration on a topic of your choice relevant to "
        "emergency nursing; a projector will be available.\n\n"
        "Panel:\n- Heather MacDonald, Manager, Emergency & Critical Care\n"
        "- Dr. Ravi Singh, ED Physician Lead\n- Colleen Fraser, Professional Practice Lead, Nursing\n\n"
        "I will meet you at the main entrance at 9:50.\n\nTina Brooks"
    )
    ev = [
        org("tina.brooks@quinteshores.on.ca", "Brooks, Tina"),
        att(ME_FREE, "Sophie Tremblay"),
        att("heather.macdonald@quinteshores.on.ca", "MacDonald, Heather", quote=True),
        att("r.singh@quinteshores.on.ca", "Singh, Ravi (Dr.)", quote=True),
        att("colleen.fraser@quinteshores.on.ca", "Fraser, Colleen", quote=True),
        room("adm-210@quinteshores.on.ca", "QSH Admin Building - Room 210"),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Panel Interview - CNE Emergency - Sophie Tremblay",
        "DTSTART;TZID=Eastern Standard Time:20260121T100000",
        "DTEND;TZID=Eastern Standard Time:20260121T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260112T145102Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:QSH Admin Building - Room 210",
        *outlook_tail(),
    ]
    return Ev("exchange-room", uid, calendar(PRODID_EXCHANGE, [ev], tz=tz_windows_eastern()), 1,
              "Quinte Shores Hospital", "Clinical Nurse Educator, Emergency", "onsite",
              "heather.macdonald@quinteshores.on.ca;r.singh@quinteshores.on.ca;colleen.fraser@quinteshores.on.ca",
              "exchange-panel-coordinator-room-en")


def lakeview_ios() -> Ev:
    uid = "E2B7C1A4-6F3D-4B8E-9C25-7A1D0F4E8B63"
    ev = [
        "CREATED:20251210T003318Z",
        "DTEND;TZID=America/Toronto:20251216T190000",
        "DTSTAMP:20251210T003342Z",
        "DTSTART;TZID=America/Toronto:20251216T183000",
        "LAST-MODIFIED:20251210T003342Z",
        "SEQUENCE:1",
        "SUMMARY:Lakeview FHT interview - Nurse Lead (call w/ Dr. Kaur)",
        "DESCRIPTION:she calls me. Kingston\\, 0.8 FTE\\, ask about relocation $$ + OHIP wait",
        "TRANSP:OPAQUE",
        "UID:" + uid,
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Rappel",
        "TRIGGER:-PT30M",
        "UID:5B0E9F12-7C44-4A0B-8E3B-2D61C4F0A9D7",
        "X-WR-ALARMUID:5B0E9F12-7C44-4A0B-8E3B-2D61C4F0A9D7",
        "END:VALARM",
    ]
    text = calendar(PRODID_IOS, [ev], method=None, tz=tz_apple(), head=["CALSCALE:GREGORIAN"])
    return Ev("ios", uid, text, 1, "Lakeview Family Health Team", "Nurse Lead", "", "Dr. Kaur",
              "ios-handtyped-abbrev-en")


def trillium_manager() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000066C2D8A1F746DC0100000000000000001000000052A8E1C3D7F04B9E"
    desc = (
        "Hi Sophie,\n\nThanks for making time on a Friday. I'm the Director of the Medicine Program and the hiring "
        "manager for the Patient Care Manager role on 5 West. I'd like to hear about your leadership experience "
        "as AIC and how you've supported the unit through staffing challenges. Talent Acquisition (Jordan) will "
        "follow up on next steps afterwards.\n\nGrace\n\nGrace Okafor, RN, MN\nDirector, Medicine Program\n"
        "Trillium Valley Health\n\n" + teams_en("291 604 337 152", "pL8sWe")
    )
    ev = [
        org("grace.okafor@trilliumvalley.ca", "Okafor, Grace"),
        att(ME_FREE, "Sophie Tremblay"),
        att("jordan.reyes@trilliumvalley.ca", "Reyes, Jordan", role="OPT-PARTICIPANT", quote=True),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Sophie Tremblay / Patient Care Manager 5 West - interview",
        "DTSTART;TZID=Eastern Standard Time:20251031T120000",
        "DTEND;TZID=Eastern Standard Time:20251031T124500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251024T133800Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        *outlook_tail(),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
    ]
    return Ev("outlook-teams", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Trillium Valley Health", "Patient Care Manager 5 West", "hiring_manager",
              "grace.okafor@trilliumvalley.ca", "outlook-direct-manager-optional-ta-en")


def northway_demo() -> Ev:
    uid = "1q9a7r3m5c0v2n8x6k4t0p2s7d@google.com"
    desc = (
        "Dear Sophie,\n\nThank you for applying to the Professor, Practical Nursing position (Faculty of Health "
        "Sciences, posting F-26-014). You are invited to a 20-minute teaching demonstration followed by an "
        "interview with the hiring committee:\n\n"
        "• Laura Bennett, Associate Dean, Health Sciences\n• Marc Dubois, Chair, Practical Nursing\n"
        "• Simone Akhtar, Professor, Practical Nursing\n\n"
        "Demonstration topic: medication administration safety for first-semester students. Please bring your "
        "slides on a USB key.\n\nFaculty Recruitment, Human Resources\nNorthway College"
    )
    ev = [
        "DTSTART:20260205T190000Z",
        "DTEND:20260205T203000Z",
        "DTSTAMP:20260127T165903Z",
        "ORGANIZER;CN=Faculty Recruitment:mailto:facultyrecruitment@northwaycollege.ca",
        "UID:" + uid,
        att("laura.bennett@northwaycollege.ca", "Laura Bennett", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("marc.dubois@northwaycollege.ca", "Marc Dubois", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("simone.akhtar@northwaycollege.ca", "Simone Akhtar", partstat="TENTATIVE", extra="X-NUM-GUESTS=0"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        "CREATED:20260127T165838Z",
        "DESCRIPTION:" + esc(desc),
        "LAST-MODIFIED:20260127T165903Z",
        "LOCATION:" + esc("Northway College, Health Sciences Building, Room H214, 1 College Way, Cornwall ON"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Teaching Demonstration + Interview – Professor\\, Practical Nursing",
        "TRANSP:OPAQUE",
    ]
    return Ev("google", uid, calendar(PRODID_GOOGLE, [ev]), 1, "Northway College",
              "Professor, Practical Nursing", "technical",
              "laura.bennett@northwaycollege.ca;marc.dubois@northwaycollege.ca;simone.akhtar@northwaycollege.ca",
              "google-utc-teaching-demo-en")


def rideau_public_health() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000B83E5F0A2D3ADC010000000000000000100000006F19C8B3E0A74D25"
    tzid = "(UTC-05:00) Eastern Time (US & Canada)"
    desc = (
        "Hello Sophie,\n\nYou have been selected for a first-round interview for the position of Manager, "
        "Clinical Services (Sexual Health & Immunization), competition RLPH-25-77. The interview panel will be "
        "Peter Kowalski, Director, Health Protection, and Dr. Janet Wu, Associate Medical Officer of Health. "
        "Please allow 60 minutes.\n\nHuman Resources – Rideau-Lanark Public Health\n\n"
        + zoom_en("852 3307 1196", "aTq7Lm2Xe", who="RLPH Human Resources")
    )
    ev = [
        org("hr@rlph.on.ca", "RLPH Human Resources"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca", quote=True),
        att("peter.kowalski@rlph.on.ca", "Kowalski, Peter", quote=True),
        att("janet.wu@rlph.on.ca", "Wu, Janet (Dr.)", quote=True),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Interview: Manager\\, Clinical Services (Sexual Health & Immunization)",
        f'DTSTART;TZID="{tzid}":20251119T140000',
        f'DTEND;TZID="{tzid}":20251119T150000',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251110T151244Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:https://us02web.zoom.us/j/85233071196?pwd=aTq7Lm2Xe",
        *outlook_tail(),
    ]
    return Ev("outlook-zoom", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern(tzid)), 1,
              "Rideau-Lanark Public Health", "Manager, Clinical Services (Sexual Health & Immunization)", "",
              "peter.kowalski@rlph.on.ca;janet.wu@rlph.on.ca", "outlook-utc-offset-zone-zoom-acronym-en")


def events() -> list[Ev]:
    return [
        cegep_lesson(), uhr_zoom(), champlain_panel(), champlain_screen(), quinte_manager(), quinte_panel(),
        lakeview_ios(), trillium_manager(), northway_demo(), rideau_public_health(),
    ]
