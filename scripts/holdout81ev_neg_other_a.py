"""holdout81: negatives, part A (mock interview, sim practice, webinar, class, podcast, press, user research,
medical and family appointments, recurrent sim check, a recurring meeting, the user's own appraisal). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, teams, zoom
from holdout81ev_ics import (
    MADRID,
    ME_GMAIL,
    ME_WORK,
    MS_ROMANCE,
    alarm,
    apple_head,
    apple_uid,
    att,
    g_uid,
    google_head,
    hexid,
    ms_uid,
    neg,
    org,
    outlook_head,
    outlook_tail,
    vcal,
)

ME = "Marek Nowak"
ME_CN = "Nowak, Marek"


def _google(uid: str, start: str, end: str, summary: str, desc: str, location: str = "",
            organizer: str | None = None, attendees: list[str] | None = None, stamp: str = "20261001T100000Z",
            conf: str | None = None) -> list:
    ev = [start, end, f"DTSTAMP:{stamp}"]
    if organizer:
        ev.append(organizer)
    ev.append(f"UID:{uid}")
    ev.extend(attendees or [])
    if conf:
        ev.append(f"X-GOOGLE-CONFERENCE:{conf}")
    ev += [f"CREATED:{stamp}", ("DESCRIPTION", desc), f"LAST-MODIFIED:{stamp}", ("LOCATION", location),
           "SEQUENCE:0", "STATUS:CONFIRMED", ("SUMMARY", summary), "TRANSP:OPAQUE"]
    return ev


def events() -> list[dict]:
    out: list[dict] = []

    # O1. A paid mock interview with a coach, booked through Calendly.
    uid = f"{hexid('mock-calendly', 32)}@calendly.com"
    desc = (
        "Event Name: Mock airline interview – Gulf carrier panel style (60 min)\n\nLocation: Zoom – link below\n"
        "\nPlease share anything that will help prepare for our meeting.: Final panel at a Gulf airline next "
        "week. Want to practise CBI/STAR answers and the 'why us' questions.\n\n"
        + zoom("mock", host="Graham Pike") + "\n\nPowered by Calendly.com"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261104T190000Z", "DTSTART:20261108T180000Z", "DTEND:20261108T190000Z",
        ("SUMMARY", "Mock airline interview between Graham Pike and Marek Nowak"), ("DESCRIPTION", desc),
        ("LOCATION", "Zoom"), org("graham@pilotprepcoaching.co.uk", "Graham Pike"),
        att(ME_GMAIL, ME, partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST"], [], [ev])
    out.append(neg("mock-interview-en", text, uid, "mock-interview-calendly-en"))

    # O2. Paid simulator practice before an airline assessment.
    uid = g_uid("sim-practice")
    ev = _google(uid, "DTSTART;TZID=Europe/Madrid:20261211T160000", "DTEND;TZID=Europe/Madrid:20261211T180000",
                 "Sim prep A330 – airline assessment practice (2h)",
                 "Booking AS-26-1187. Instructor: Capt. Nacho Ferrán. Profile: raw data ILS, engine failure after "
                 "V1, non-precision approach. Paid by card.",
                 "Aerosim Madrid, Calle de la Aviación 3, Torrejón de Ardoz",
                 org("reservas@aerosim-madrid.es", "Aerosim Madrid Reservas"),
                 [att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0")], "20261201T093000Z")
    out.append(neg("sim-practice-en", vcal(google_head(), [MADRID], [ev]), uid, "prep-sim-session-en"))

    # O3. An agency webinar about airline interviews (Zoom webinar file).
    uid = f"ZOOMW{hexid('webinar', 10).upper()}"
    desc = (
        "SkyCrew Webinar: How to ace your Gulf airline pilot interview\n\nOur panel of former airline "
        "recruiters explains the typical selection steps, the competencies assessors look for and the most "
        "common mistakes. Live Q&A at the end.\n\nPlease click the link below to join the webinar:\n"
        "https://us06web.zoom.us/w/" + hexid("wb", 11) + "\nPasscode: 771204"
    )
    ev = [
        "DTSTAMP:20261020T120000Z", "DTSTART:20261027T180000Z", "DTEND:20261027T191500Z",
        ("SUMMARY", "SkyCrew Webinar: How to ace your Gulf airline pilot interview"), f"UID:{uid}",
        ("DESCRIPTION", desc), "LOCATION:https://us06web.zoom.us/w/" + hexid("wb", 11),
        org("no-reply@zoom.us", "SkyCrew Recruitment"), att(ME_GMAIL, ME),
    ]
    text = vcal(["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                 "METHOD:PUBLISH"], [], [ev])
    out.append(neg("webinar-en", text, uid, "webinar-interview-tips-en"))

    # O4. A Spanish course module on airline interviews.
    uid = g_uid("curso-entrevistas")
    url, mbody = meet("curso", "es")
    ev = _google(uid, "DTSTART;TZID=Europe/Madrid:20261014T190000", "DTEND;TZID=Europe/Madrid:20261014T210000",
                 "Curso: Preparación de entrevistas para aerolíneas – Módulo 2 (técnica STAR)",
                 "Módulo 2: preguntas por competencias, técnica STAR y simulacros por parejas.\nDocente: Cte. "
                 "(ret.) Marisa Calvo\n\n" + mbody, "",
                 org("formacion@academiaalas.es", "Academia Alas – Formación"),
                 [att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0")], "20261001T180000Z", url)
    out.append(neg("class-es", vcal(google_head(), [MADRID], [ev]), uid, "class-interview-prep-es"))

    # O5. A podcast recording where the user is the guest.
    uid = g_uid("podcast")
    ev = _google(uid, "DTSTART:20261117T170000Z", "DTEND:20261117T180000Z",
                 "Cockpit Chatter podcast – interview recording (guest: Marek Nowak)",
                 "Hi Marek! Thanks for agreeing to come on the show. We'll talk about life as a low-cost FO in "
                 "Spain, line training and what cadets should know. Recording link (Riverside): "
                 "https://riverside.fm/studio/cockpit-chatter\nHeadphones please!\n\nDan", "Riverside.fm",
                 org("dan@cockpitchatter.fm", "Dan Okafor"),
                 [att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0")], "20261102T101500Z")
    out.append(neg("podcast-en", vcal(google_head(), [], [ev]), uid, "podcast-interview-en"))

    # O6. A newspaper interview about the pilot shortage (Outlook, Spanish).
    uid = ms_uid("press-es")
    desc = (
        "Hola Marek:\n\nGracias por aceptar la entrevista para el reportaje sobre la escasez de pilotos en "
        "Europa. Serán unos 30 minutos por teléfono; si te parece bien, grabaré la conversación.\n\nUn saludo,\n"
        "Lucía Gallardo\nRedactora de Economía – El Diario de Madrid"
    )
    ev = [
        org("lgallardo@eldiariodemadrid.es", "Gallardo, Lucía"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=es-ES"), ("UID", uid),
        ("SUMMARY", "Entrevista El Diario de Madrid – escasez de pilotos", ";LANGUAGE=es-ES"),
        "DTSTART;TZID=Romance Standard Time:20261019T123000", "DTEND;TZID=Romance Standard Time:20261019T130000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261015T110000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Teléfono", ";LANGUAGE=es-ES"), *outlook_tail(),
    ]
    out.append(neg("press-es", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "press-interview-es"))

    # O7. A user-research interview about an EFB app.
    uid = f"ui-session-{hexid('uxr', 16)}@userinterviews.com"
    desc = (
        "Research session: FlyDeck EFB – how airline pilots plan and brief\n\nThank you for participating! In "
        "this 45-minute interview the FlyDeck design team will ask about your pre-flight briefing routine and "
        "show you a prototype. You'll receive a 60 EUR gift card after the session.\n\nJoin: " + teams("uxr")
        + "\n\nUser Interviews"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260920T100000Z", "DTSTART:20260925T150000Z", "DTEND:20260925T154500Z",
        ("SUMMARY", "User research interview – FlyDeck EFB (45 min)"), ("DESCRIPTION", desc),
        ("LOCATION", "Microsoft Teams"), org("sessions@userinterviews.com", "User Interviews"), att(ME_GMAIL, ME),
        "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//User Interviews//Sessions//EN", "METHOD:REQUEST"], [], [ev])
    out.append(neg("user-research-en", text, uid, "user-research-interview-en"))

    # O8. Class 1 medical renewal with the AME (the user's own iPhone entry).
    uid = apple_uid("ame")
    ev = [
        "CREATED:20260901T080000Z", "DTEND;TZID=Europe/Madrid:20260918T103000", "DTSTAMP:20260901T080010Z",
        "DTSTART;TZID=Europe/Madrid:20260918T083000", "LAST-MODIFIED:20260901T080010Z",
        ("LOCATION", "Centro Médico Aeronáutico, C/ Arturo Soria 122, Madrid"),
        ("DESCRIPTION", "Fasting! ECG + audiogram this year. Bring glasses and previous certificate."),
        "SEQUENCE:0", ("SUMMARY", "Class 1 medical renewal – Dr. Ortega (AME)"), f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *alarm(60),
    ]
    out.append(neg("medical-ame-en", vcal(apple_head(), [MADRID], [ev]), uid, "medical-ame-en"))

    # O9. Dentist, floating Google entry.
    uid = g_uid("dentista")
    ev = _google(uid, "DTSTART:20261009T173000", "DTEND:20261009T181500", "Dentista – revisión Zosia y yo", "",
                 "Clínica Dental Arturo Soria", stamp="20260915T090000Z")
    out.append(neg("dentist-es", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [], [ev]), uid,
                   "doctor-floating-es"))

    # O10. Bank appointment about the mortgage.
    uid = g_uid("banco")
    ev = _google(uid, "DTSTART;TZID=Europe/Madrid:20261022T090000", "DTEND;TZID=Europe/Madrid:20261022T094500",
                 "Cita Banco Meseta – hipoteca (gestora Laura)",
                 "Llevar nóminas de los últimos 3 meses, IRPF y contrato Volaria.",
                 "Banco Meseta, oficina 0412, C/ Alcalá 355", stamp="20261016T081500Z")
    out.append(neg("bank-es", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [MADRID], [ev]), uid,
                   "bank-appointment-es"))

    # O11. Consulate appointment for the daughter's passport, Polish.
    uid = apple_uid("konsulat")
    ev = [
        "CREATED:20260905T200000Z", "DTEND;TZID=Europe/Madrid:20260916T113000", "DTSTAMP:20260905T200015Z",
        "DTSTART;TZID=Europe/Madrid:20260916T110000", "LAST-MODIFIED:20260905T200015Z",
        ("LOCATION", "Konsulat RP, C/ Guisando 23 bis, Madrid"),
        ("DESCRIPTION", "Paszport Zosi – zdjęcie, akt urodzenia, oboje rodzice obecni!"), "SEQUENCE:0",
        ("SUMMARY", "Konsulat – paszport Zosi"), f"UID:{uid}",
    ]
    out.append(neg("consulate-pl", vcal(apple_head(), [MADRID], [ev]), uid, "consulate-appointment-pl"))

    # O12. Parent-teacher meeting.
    uid = g_uid("tutoria")
    ev = _google(uid, "DTSTART;TZID=Europe/Madrid:20261105T163000", "DTEND;TZID=Europe/Madrid:20261105T170000",
                 "Tutoría colegio – Zosia (3º B)", "Con la tutora, Sra. Benítez. Preguntar por el refuerzo de "
                 "lengua.", "CEIP Gloria Fuertes", stamp="20261028T212000Z")
    out.append(neg("school-es", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [MADRID], [ev]), uid,
                   "school-meeting-es"))

    # O13. Christmas Eve with the parents, all-day, Polish.
    uid = g_uid("wigilia")
    ev = [
        "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261226", "DTSTAMP:20261101T090000Z", f"UID:{uid}",
        "CREATED:20261101T090000Z", ("DESCRIPTION", "Lot MAD-KRK 23.12 wieczorem. Prezenty dla mamy i taty!"),
        "LAST-MODIFIED:20261101T090000Z", ("LOCATION", "Kraków"), "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Wigilia i Święta u rodziców"), "TRANSP:TRANSPARENT",
    ]
    out.append(neg("family-pl", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [], [ev]), uid,
                   "family-allday-pl"))

    # O14. Recurrent simulator check at the user's own airline.
    uid = ms_uid("opc-lpc")
    desc = (
        "OPC/LPC A320 – recurrent\nCrew: Capt. A. Castillo / F/O M. Nowak\nExaminer: Capt. Rubén Ortiz (TRE)\n"
        "Report 05:45 for briefing. Session 1 (LOE) and session 2 (LPC items) back to back.\n\nCrew Training "
        "Scheduling – Volaria"
    )
    ev = [
        org("training.scheduling@volaria.es", "Volaria Training Scheduling"), att(ME_WORK, ME_CN),
        att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén"), ("DESCRIPTION", desc, ";LANGUAGE=en-US"), ("UID", uid),
        ("SUMMARY", "OPC/LPC A320 – SIM MAD FFS 2 – Castillo/Nowak", ";LANGUAGE=en-US"),
        "DTSTART;TZID=Romance Standard Time:20261201T054500", "DTEND;TZID=Romance Standard Time:20261201T140000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261101T060000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Centro de Formación Volaria – FFS 2", ";LANGUAGE=en-US"), *outlook_tail(),
    ]
    out.append(neg("recurrent-sim-en", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "recurrent-sim-check-en"))

    # O15. Weekly roster working group with a moved occurrence (same UID).
    uid = ms_uid("roster-wg")
    base = [
        org("pilar.garrido@volaria.es", "Garrido, Pilar"), att(ME_WORK, ME_CN),
        att("crewplanning@volaria.es", "Crew Planning"),
        ("DESCRIPTION", "Weekly roster working group: fatigue reports, reserve patterns, winter schedule.\n\n"
                        + teams("roster-wg", "es"), ";LANGUAGE=en-US"), ("UID", uid),
    ]
    series = [
        *base, ("SUMMARY", "Roster working group", ";LANGUAGE=en-US"),
        "DTSTART;TZID=Romance Standard Time:20260915T100000", "DTEND;TZID=Romance Standard Time:20260915T110000",
        "RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TU", "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260901T080000Z",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", "Microsoft Teams Meeting", ";LANGUAGE=en-US"), *outlook_tail(),
    ]
    override = [
        *base, "RECURRENCE-ID;TZID=Romance Standard Time:20261006T100000",
        ("SUMMARY", "Roster working group (moved – winter schedule)", ";LANGUAGE=en-US"),
        "DTSTART;TZID=Romance Standard Time:20261007T120000", "DTEND;TZID=Romance Standard Time:20261007T133000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261001T150000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:1", ("LOCATION", "Sala Cibeles (HQ planta 2)", ";LANGUAGE=en-US"), *outlook_tail(seq=1),
    ]
    out.append(neg("recurring-roster-en", vcal(outlook_head(), [MS_ROMANCE], [series, override]), uid,
                   "recurring-override-internal-en"))

    # O16. The user's own annual appraisal, Spanish.
    uid = ms_uid("appraisal")
    desc = (
        "Hola Marek:\n\nTe cito para tu evaluación anual de desempeño 2026 (objetivos, feedback de line training "
        "y tu participación en los paneles de selección de cadetes). Rellena antes la autoevaluación en el "
        "portal de RR. HH.\n\nUn saludo,\nJavier Herrera\nJefe de Pilotos – Volaria"
    )
    ev = [
        org("javier.herrera@crew.volaria.es", "Herrera, Javier"), att(ME_WORK, ME_CN),
        ("DESCRIPTION", desc, ";LANGUAGE=es-ES"), ("UID", uid),
        ("SUMMARY", "Evaluación anual de desempeño – Marek Nowak", ";LANGUAGE=es-ES"),
        "DTSTART;TZID=Romance Standard Time:20261203T110000", "DTEND;TZID=Romance Standard Time:20261203T120000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261110T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Despacho Jefe de Pilotos (HQ planta 3)", ";LANGUAGE=es-ES"), *outlook_tail(),
    ]
    out.append(neg("own-appraisal-es", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "own-appraisal-es"))
    return out
