"""holdout85: the user's own interviews, part C (US/EU tools, booking pages, founders, German)."""

from __future__ import annotations

from holdout85ev_ics import (
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    OUTLOOK_TAIL,
    TZ_BERLIN,
    TZ_BOGOTA,
    TZ_NEW_YORK,
    WIN_W_EUROPE,
    Ev,
    alt_html,
    cal,
    desc,
    g_att,
    hexid,
    meet,
    meet_url,
    o_att,
    org,
    outlook_uid,
    teams,
    uuid_like,
    vevent,
    webex,
    zoom,
)


def _lumen_webex() -> Ev:
    uid = f"{hexid('h85-webex1', 32)}@lumencredit.webex.com"
    body = (
        "Hiring Manager Interview - Senior Analyst, Credit Risk\nCandidate: Daniela Castro\n"
        "Interviewer: Alicia Moreno, Director, Credit Strategy\n\n" + webex("h85-webex1", "lumencredit")
    )
    text = cal("-//Cisco Systems//Webex Meetings//EN", TZ_NEW_YORK, vevent(
        f"UID:{uid}", "DTSTAMP:20260306T180000Z",
        "DTSTART;TZID=America/New_York:20260312T143000", "DTEND;TZID=America/New_York:20260312T151500",
        "SUMMARY:Hiring Manager Interview - Daniela Castro (Senior Analyst\\, Credit Risk)",
        org("alicia.moreno@lumencredit.com", "Alicia Moreno"),
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://lumencredit.webex.com/meet/alicia.moreno", desc(body), "STATUS:CONFIRMED",
    ), method="REQUEST")
    return Ev("webex-en", uid, text, 1, "Lumen Credit", "Senior Analyst, Credit Risk", "hiring_manager",
              "alicia.moreno@lumencredit.com", "webex-organizer-is-interviewer-en")


def _softgarden_de() -> Ev:
    uid = f"softgarden-{hexid('h85-sg1', 20)}@softgarden.io"
    body = (
        "Sehr geehrte Frau Castro,\n\nvielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) – LATAM Payments "
        "bei der Zahlwerk GmbH. Gerne laden wir Sie zu einem Fachgespräch ein.\n\nGesprächspartner: "
        "Dr. Jonas Albrecht (Head of Analytics), Mei Tanaka (Senior Data Analyst)\nDas Gespräch findet auf "
        "Englisch statt und dauert ca. 60 Minuten.\n\n" + teams("de", "h85-sg1")
        + "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Zahlwerk GmbH\n\n"
        "Diese Einladung wurde über softgarden versendet."
    )
    text = cal("-//softgarden e-recruiting GmbH//Interview//DE", TZ_BERLIN, vevent(
        f"UID:{uid}", "DTSTAMP:20260309T084500Z",
        "DTSTART;TZID=Europe/Berlin:20260316T160000", "DTEND;TZID=Europe/Berlin:20260316T170000",
        "SUMMARY:Einladung zum Fachgespräch: Data Analyst (m/w/d) – LATAM Payments",
        org("jobs@zahlwerk.de", "Zahlwerk GmbH Recruiting"),
        "ATTENDEE;CN=Dr. Jonas Albrecht;ROLE=REQ-PARTICIPANT:mailto:jonas.albrecht@zahlwerk.de",
        "ATTENDEE;CN=Mei Tanaka;ROLE=REQ-PARTICIPANT:mailto:mei.tanaka@zahlwerk.de",
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:Microsoft Teams-Besprechung", desc(body),
    ), method="REQUEST")
    return Ev("softgarden-de", uid, text, 1, "Zahlwerk", "Data Analyst (m/w/d) – LATAM Payments", "technical",
              "jonas.albrecht@zahlwerk.de;mei.tanaka@zahlwerk.de", "softgarden-de-fachgespraech")


def _zahlwerk_kennenlernen() -> Ev:
    uid = outlook_uid("h85-zw2")
    body = (
        "Hallo Frau Castro,\n\nwie telefonisch besprochen hier die Einladung zu unserem Kennenlerngespräch "
        "(30 Min., auf Englisch) für die Position Data Analyst (m/w/d) – LATAM Payments.\n\n"
        "Viele Grüße\nLena Hoffmann\nTalent Acquisition | Zahlwerk GmbH | Berlin\n\n" + teams("de", "h85-zw2")
    )
    text = cal(OUTLOOK, WIN_W_EUROPE, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260226T101500Z", f"UID:{uid}",
        "DTSTART;TZID=W. Europe Standard Time:20260303T163000",
        "DTEND;TZID=W. Europe Standard Time:20260303T170000",
        "SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Zahlwerk / Daniela Castro",
        org("lena.hoffmann@zahlwerk.de", "Hoffmann, Lena"), o_att(ME, ME_CN),
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung", desc(body), alt_html(body), *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-de", uid, text, 1, "Zahlwerk", "Data Analyst (m/w/d) – LATAM Payments", "recruiter_screen",
              "lena.hoffmann@zahlwerk.de", "teams-de-kennenlernen")


def _workable_trazo() -> Ev:
    uid = f"{uuid_like('h85-wk1')}@workable.com"
    body = (
        "Hi Daniela,\n\nThanks for your interest in the BI Analyst position at Trazo. We'd like to invite you "
        "to a second interview with Camilo Arango (COO) and Juliana Parra (Ops Manager).\n\n"
        + meet("en", "h85-wk1") + "\n\nBest,\nThe Trazo hiring team\n\nPowered by Workable"
    )
    text = cal("-//Workable//Workable Calendar//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260219T003011Z",
        "DTSTART:20260225T200000Z", "DTEND:20260225T204500Z",
        "SUMMARY:Interview with Trazo for BI Analyst",
        org("trazo@jobs.workablemail.com", "Trazo"),
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Camilo Arango;ROLE=REQ-PARTICIPANT:mailto:camilo@trazo.co",
        "ATTENDEE;CN=Juliana Parra;ROLE=REQ-PARTICIPANT:mailto:juliana.parra@trazo.co",
        "LOCATION:Google Meet", desc(body),
    ), method="REQUEST")
    return Ev("workable-en", uid, text, 1, "Trazo", "BI Analyst", "", "camilo@trazo.co;juliana.parra@trazo.co",
              "workable-en-second-interview")


def _trazo_tech_es() -> Ev:
    uid = f"{hexid('h85-trazo2', 26)}@google.com"
    body = (
        "Daniela, como hablamos con Camilo, el siguiente paso es una prueba práctica: te compartimos un "
        "dataset de entregas y tienes 60 min para armar un tablero en Power BI o Looker Studio y "
        "explicárnoslo.\n\nEstaremos Santiago Ortiz (Data Lead) y yo.\n\n" + meet("es", "h85-trazo2")
        + "\n\nJuliana"
    )
    text = cal(GOOGLE, TZ_BOGOTA, vevent(
        "DTSTART;TZID=America/Bogota:20260304T080000", "DTEND;TZID=America/Bogota:20260304T090000",
        "DTSTAMP:20260227T231511Z", org("juliana.parra@trazo.co", "Juliana Parra"), f"UID:{uid}",
        g_att("juliana.parra@trazo.co", "Juliana Parra", "ACCEPTED"), g_att("santiago@trazo.co", "Santiago Ortiz"),
        g_att(ME, ME_CN), desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Prueba práctica BI – Daniela / Trazo", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-es", uid, text, 1, "Trazo", "", "technical", "juliana.parra@trazo.co;santiago@trazo.co",
              "practical-test-es")


def _icims_phone() -> Ev:
    uid = f"iCIMS-{hexid('h85-icims1', 16, True)}@careers-harborandpine.icims.com"
    body = (
        "Dear Daniela,\n\nThis confirms your Phone Interview for the position Analyst, Customer Insights "
        "(Req ID 2026-3318) at Harbor & Pine.\n\nInterviewer: Megan Cole, Talent Acquisition Partner\n"
        "Megan will call you at +57 310 482 7716.\n\nPlease add this appointment to your calendar. If you "
        "need to make changes, contact us at talent@harborandpine.com.\n\nRegards,\nHarbor & Pine Talent "
        "Acquisition"
    )
    text = cal("-//iCIMS//iCIMS Talent Platform//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260212T160000Z",
        "DTSTART:20260217T180000Z", "DTEND:20260217T183000Z",
        "SUMMARY:Interview Confirmation: Analyst\\, Customer Insights - Phone Interview",
        org("talent@harborandpine.com", "Harbor & Pine Talent Acquisition"),
        f"ATTENDEE;CN={ME_CN};RSVP=TRUE:mailto:{ME}",
        "LOCATION:Phone", desc(body),
    ), method="PUBLISH")
    return Ev("icims-en", uid, text, 1, "Harbor & Pine", "Analyst, Customer Insights", "recruiter_screen",
              "Megan Cole", "icims-phone-publish-en")


def _modernloop_final() -> Ev:
    uid = f"ml-{uuid_like('h85-ml1')}"
    body = (
        "Final Round - Daniela Castro - Analytics Engineer\n\nAgenda\n"
        "1:00 PM - 1:45 PM  Values & Collaboration with Hannah Brooks (VP Data)\n"
        "1:45 PM - 2:30 PM  Data Modeling (dbt) with Kofi Mensah\n\nCandidate coordinator: Lisa Park "
        "(not interviewing)\n\n" + zoom("en", "944 2071 3316", "LEDG3R")
        + "\n\nScheduled via ModernLoop"
    )
    text = cal("-//ModernLoop//Scheduling//EN", TZ_NEW_YORK, vevent(
        f"UID:{uid}", "DTSTAMP:20260323T191200Z",
        "DTSTART;TZID=America/New_York:20260330T130000", "DTEND;TZID=America/New_York:20260330T143000",
        "SUMMARY:Ledgerly | Final Round - Daniela Castro (Analytics Engineer)",
        org("lisa.park@ledgerly.com", "Lisa Park"),
        g_att("hannah.brooks@ledgerly.com", "Hannah Brooks"), g_att("kofi.mensah@ledgerly.com", "Kofi Mensah"),
        g_att(ME, ME_CN), "LOCATION:Zoom", desc(body),
    ), method="REQUEST")
    return Ev("modernloop-en", uid, text, 1, "Ledgerly", "Analytics Engineer", "final",
              "hannah.brooks@ledgerly.com;kofi.mensah@ledgerly.com", "modernloop-final-en")


def _ledgerly_resched() -> Ev:
    uid = f"{hexid('h85-ledg2', 26)}@google.com"
    body = (
        "Hi Daniela, Kofi had a conflict so we moved your hiring manager conversation to Thursday - same "
        "link. Sorry for the shuffle!\n\nLisa\n\n" + meet("en", "h85-ledg2")
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260312T160000Z", "DTEND:20260312T164500Z", "DTSTAMP:20260309T142000Z",
        org("lisa.park@ledgerly.com", "Lisa Park"), f"UID:{uid}",
        g_att("kofi.mensah@ledgerly.com", "Kofi Mensah", "ACCEPTED"), g_att(ME, ME_CN, "ACCEPTED"),
        "CREATED:20260302T201500Z", desc(body), "LAST-MODIFIED:20260309T142000Z", "LOCATION:",
        "SEQUENCE:2", "STATUS:CONFIRMED",
        "SUMMARY:Ledgerly: Hiring Manager Interview (Analytics Engineer) - Daniela Castro", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("rescheduled-en", uid, text, 1, "Ledgerly", "Analytics Engineer", "hiring_manager",
              "kofi.mensah@ledgerly.com", "rescheduled-sequence-en")


def _calendly_cobra() -> Ev:
    uid = f"{uuid_like('h85-cal1')}@calendly.com"
    body = (
        "Event Name: Entrevista Cobrá (30 min)\n\nLocation: This is a Google Meet web conference.\n"
        + meet_url("h85-cal1")
        + "\n\nPlease share anything that will help prepare for our meeting.: Hola Tomás, adjunto mi portafolio "
        "de tableros. Me interesa mucho el rol de primera analista de datos.\n\nNeed to make changes to this "
        "event?\nCancel: https://calendly.com/cancellations/" + uuid_like("h85-cal1c")
        + "\nReschedule: https://calendly.com/reschedulings/" + uuid_like("h85-cal1r")
        + "\n\nPowered by Calendly.com"
    )
    text = cal("-//Calendly//Calendly//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260213T230012Z",
        "DTSTART:20260218T220000Z", "DTEND:20260218T223000Z",
        "SUMMARY:Daniela Castro y Tomás Herrera",
        org("tomas.herrera.co@gmail.com", "Tomás Herrera"),
        g_att("tomas.herrera.co@gmail.com", "Tomás Herrera", "ACCEPTED"), g_att(ME, ME_CN, "ACCEPTED"),
        "LOCATION:" + meet_url("h85-cal1"), desc(body), "STATUS:CONFIRMED",
    ), method="REQUEST")
    return Ev("calendly-es", uid, text, 1, "Cobrá", "", "",
              "tomas.herrera.co@gmail.com", "calendly-founder-freemail-es")


def _calcom_snackbox() -> Ev:
    uid = f"{hexid('h85-calcom1', 22)}@Cal.com"
    body = (
        "What: Screening call between Priya Nair and Daniela Castro\nInvitee Time Zone: America/Bogota\n"
        "Who:\n- Priya Nair - Organizer\npriya@snackbox.co\n- Daniela Castro\n" + ME
        + "\n\nWhere: Cal Video\nhttps://app.cal.com/video/" + hexid("h85-calcom1v", 20)
        + "\n\nAdditional notes: Data Analyst (Growth) application\n\nNeed to reschedule or cancel? "
        "https://app.cal.com/booking/" + hexid("h85-calcom1", 22)
    )
    text = cal("-//Cal.com Inc.//Cal.com Event//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260224T020000Z",
        "DTSTART:20260302T153000Z", "DTEND:20260302T160000Z",
        "SUMMARY:Screening call between Priya Nair and Daniela Castro",
        org("priya@snackbox.co", "Priya Nair"),
        f"ATTENDEE;CN={ME_CN};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://app.cal.com/video/" + hexid("h85-calcom1v", 20), desc(body), "STATUS:CONFIRMED",
    ), method="REQUEST")
    return Ev("calcom-en", uid, text, 1, "Snackbox", "Data Analyst (Growth)", "recruiter_screen",
              "priya@snackbox.co", "calcom-company-only-in-domain-en")


def _snackbox_takehome() -> Ev:
    uid = f"{hexid('h85-snack2', 26)}@google.com"
    body = (
        "Walkthrough of your take-home (cohort retention for our subscription boxes). 15 min for you to "
        "present, the rest questions from me and Omar.\n\n" + meet("en", "h85-snack2")
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260313T170000Z", "DTEND:20260313T180000Z", "DTSTAMP:20260310T001100Z",
        org("priya@snackbox.co", "Priya Nair"), f"UID:{uid}",
        g_att("priya@snackbox.co", "Priya Nair", "ACCEPTED"), g_att("omar@snackbox.co", "Omar Haddad"),
        g_att(ME, ME_CN), desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Snackbox take-home debrief w/ Daniela", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-en", uid, text, 1, "Snackbox", "", "technical", "priya@snackbox.co;omar@snackbox.co",
              "takehome-debrief-en")


def events() -> list[Ev]:
    return [
        _lumen_webex(), _softgarden_de(), _zahlwerk_kennenlernen(), _workable_trazo(), _trazo_tech_es(),
        _icims_phone(), _modernloop_final(), _ledgerly_resched(), _calendly_cobra(), _calcom_snackbox(),
        _snackbox_takehome(),
    ]
