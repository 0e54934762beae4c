"""holdout81: negatives, part B (line check, coffee, job fair, info session, the user as referee, a recruiter
naming no employer, prep blocks, a safety interview, union, travel, webinars, tests, press, mentoring). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, teams, zoom
from holdout81ev_ics import (
    BERLIN,
    DUBAI,
    LONDON,
    MADRID,
    ME_GMAIL,
    ME_WORK,
    MS_ROMANCE,
    MS_WEUROPE,
    apple_head,
    apple_uid,
    att,
    g_uid,
    google_head,
    hexid,
    moz_head,
    moz_uid,
    ms_uid,
    neg,
    org,
    outlook_head,
    outlook_tail,
    vcal,
)

ME = "Marek Nowak"
ME_CN = "Nowak, Marek"


def _g(uid: str, start: str, end: str, summary: str, desc: str, location: str = "", organizer: str | None = None,
       attendees: list[str] | None = None, stamp: str = "20261001T100000Z", conf: str | None = None) -> list:
    ev = [start, end, f"DTSTAMP:{stamp}", *([organizer] if organizer else []), f"UID:{uid}", *(attendees or [])]
    if conf:
        ev.append(f"X-GOOGLE-CONFERENCE:{conf}")
    return [*ev, f"CREATED:{stamp}", ("DESCRIPTION", desc), f"LAST-MODIFIED:{stamp}", ("LOCATION", location),
            "SEQUENCE:0", "STATUS:CONFIRMED", ("SUMMARY", summary), "TRANSP:OPAQUE"]


def _ms(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str,
        location: str, lang: str, stamp: str, zone: str = "Romance Standard Time") -> list:
    return [organizer, *attendees, ("DESCRIPTION", desc, f";LANGUAGE={lang}"), ("UID", uid),
            ("SUMMARY", summary, f";LANGUAGE={lang}"), f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
            ("LOCATION", location, f";LANGUAGE={lang}"), *outlook_tail()]


def events() -> list[dict]:
    out: list[dict] = []
    me_g = att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0")

    # O17. Line check on a normal rotation.
    uid = ms_uid("line-check")
    ev = _ms(uid, org("crewscheduling@volaria.es", "Volaria Crew Scheduling"), [att(ME_WORK, ME_CN)],
             "Line check VL1412/1413 MAD-FCO-MAD – TRE Capt. R. Ortiz",
             "Line check F/O M. Nowak. Report 06:05 crew room T4. Examiner occupies the jump seat.\nForms: "
             "LC-A320 rev 7.", "20261118T060500", "20261118T131500", "MAD T4 crew room", "en-US",
             "20261101T060000Z")
    out.append(neg("line-check-en", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "line-check-internal-en"))

    # O18. Informational coffee with a friend who flies for one of the airlines he applies to.
    uid = g_uid("coffee-tomasz")
    ev = _g(uid, "DTSTART;TZID=Europe/Madrid:20260926T110000", "DTEND;TZID=Europe/Madrid:20260926T123000",
            "Coffee with Tomasz (Qamar FO) – life in Doha",
            "He's in MAD on a layover. Ask: roster, housing allowance, command time, how the panel went for him.",
            "Café Comercial, Glorieta de Bilbao 7", stamp="20260920T200000Z")
    out.append(neg("coffee-chat-en", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [MADRID], [ev]), uid,
                   "informational-coffee-names-airline-en"))

    # O19. A pilot job fair (Eventbrite ticket).
    uid = f"eventbrite-{hexid('fair', 12)}@eventbrite.com"
    desc = (
        "Pilot Career Live – Madrid\n\nMeet more than 20 airlines, cargo operators and training organisations, "
        "attend seminars on the selection process and get your CV reviewed.\n\nOrder #" + hexid("order", 10)
        + " – 1 x Free Pilot Registration\nView event: https://www.eventbrite.es/e/pilot-career-live-madrid-tickets"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260910T120000Z", "DTSTART:20261024T080000Z", "DTEND:20261024T160000Z",
        ("SUMMARY", "Pilot Career Live – Madrid"), ("DESCRIPTION", desc),
        ("LOCATION", "Hotel Meliá Barajas, Av. de Logroño 305, 28042 Madrid"),
        "URL:https://www.eventbrite.es/e/pilot-career-live-madrid-tickets",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Eventbrite//Eventbrite//EN", "METHOD:PUBLISH"], [], [ev])
    out.append(neg("job-fair-en", text, uid, "job-fair-en"))

    # O20. An airline's open information session; interviews explicitly separate.
    uid = g_uid("gfa-info")
    desc = (
        "Thank you for registering for the Gulf Falcon Airways Pilot Information Session in Madrid.\n\nOur "
        "flight operations and recruitment teams will present life in Dubai, our fleet and career paths, "
        "followed by Q&A. Please note that no interviews or assessments take place at this event; applicants "
        "who are shortlisted will be contacted separately.\n\nGulf Falcon Airways Pilot Recruitment"
    )
    ev = _g(uid, "DTSTART;TZID=Europe/Madrid:20260905T170000", "DTEND;TZID=Europe/Madrid:20260905T193000",
            "Gulf Falcon Airways – Pilot Information Session, Madrid", desc,
            "Hotel Eurostars Madrid Tower, Paseo de la Castellana 259B",
            org("events@gulffalcon.ae", "Gulf Falcon Airways Events"), [me_g], "20260825T100000Z")
    out.append(neg("info-session-en", vcal(google_head(), [MADRID], [ev]), uid, "info-session-no-interview-en"))

    # O21. The user is a referee for a former colleague applying elsewhere.
    uid = g_uid("referee")
    desc = (
        "Dear Mr Nowak,\n\nCarlos Vega has named you as a referee for his application as First Officer with "
        "Hanseatic Airways. Thank you for agreeing to a short reference call (about 15 minutes) about your "
        "time flying together at Volaria.\n\nKind regards,\nLena Brandt\nHR Referentin – Hanseatic Airways"
    )
    ev = _g(uid, "DTSTART;TZID=Europe/Berlin:20261029T110000", "DTEND;TZID=Europe/Berlin:20261029T111500",
            "Reference call: Carlos Vega – Marek Nowak", desc, "Telefon",
            org("lena.brandt@hanseatic-airways.de", "Lena Brandt"), [me_g], "20261026T084500Z")
    out.append(neg("referee-call-en", vcal(google_head(), [BERLIN], [ev]), uid, "reference-user-is-referee-en"))

    # O22. A headhunter call that names no employer.
    uid = g_uid("skycrew-confidential")
    url, mbody = meet("skycrew-conf")
    desc = (
        "Hi Marek,\n\nThanks for your reply. As mentioned, I'm working on a confidential search for a Middle East "
        "carrier (widebody FO/SFO positions, fast command track). I can't name the client yet – let's have a "
        "quick chat about your situation and whether it's worth taking further.\n\nRachel\nSkyCrew Recruitment\n"
        "\n" + mbody
    )
    ev = _g(uid, "DTSTART;TZID=Europe/London:20261120T160000", "DTEND;TZID=Europe/London:20261120T162000",
            "Rachel / Marek – confidential FO opportunity", desc, "",
            org("rachel.dunn@skycrewrecruitment.com", "Rachel Dunn"), [me_g], "20261118T120000Z", url)
    out.append(neg("recruiter-no-employer-en", vcal(google_head(), [LONDON], [ev]), uid,
                   "recruiter-no-employer-en"))

    # O23. The user's prep block before a final panel.
    uid = g_uid("prep-qamar")
    ev = _g(uid, "DTSTART;TZID=Europe/Madrid:20261111T090000", "DTEND;TZID=Europe/Madrid:20261111T120000",
            "Prep: Qamar final panel – CBI stories + 787 systems",
            "- 6 STAR stories (conflict, error, leadership, line training)\n- 787 electrics/hydraulics\n- why "
            "Qamar / why Doha", "Home", stamp="20261105T210000Z")
    out.append(neg("prep-block-en", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [MADRID], [ev]), uid,
                   "prep-block-names-airline-en"))

    # O24. A Spanish study block on the iPhone.
    uid = apple_uid("repaso-a330")
    ev = [
        "CREATED:20261125T220000Z", "DTEND;TZID=Europe/Madrid:20261130T130000", "DTSTAMP:20261125T220010Z",
        "DTSTART;TZID=Europe/Madrid:20261130T100000", "LAST-MODIFIED:20261125T220010Z", "SEQUENCE:0",
        ("SUMMARY", "Repasar sistemas A330 y performance (Hesperia)"), f"UID:{uid}",
        ("DESCRIPTION", "FCOM DSC-21/24/29. Preguntas de la jornada de selección del año pasado (foro)."),
    ]
    out.append(neg("prep-block-es", vcal(apple_head(), [MADRID], [ev]), uid, "prep-block-es"))

    # O25. An interview by the airline's safety department about an occurrence.
    uid = ms_uid("asr")
    desc = (
        "Hola Marek:\n\nEn relación con el ASR 2026-0412 (aproximación no estabilizada, LEMD 12/09) nos gustaría "
        "mantener una entrevista contigo dentro de la investigación interna. Es un proceso de cultura justa, no "
        "disciplinario. Puedes venir acompañado de un representante.\n\nDepartamento de Seguridad en Vuelo – "
        "Volaria"
    )
    ev = _ms(uid, org("flightsafety@volaria.es", "Seguridad en Vuelo Volaria"), [att(ME_WORK, ME_CN)],
             "Entrevista – investigación ASR 2026-0412", desc, "20260923T100000", "20260923T110000",
             "Seguridad en Vuelo, HQ planta 1", "es-ES", "20260918T100000Z")
    out.append(neg("safety-interview-es", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid,
                   "safety-investigation-interview-es"))

    # O26. Union section assembly.
    uid = ms_uid("asamblea")
    ev = _ms(uid, org("seccion.pilotos@volaria.es", "Sección Sindical Pilotos Volaria"), [att(ME_WORK, ME_CN)],
             "Asamblea sección sindical – negociación convenio",
             "Orden del día: estado de la negociación del III Convenio, escalafón y ascensos a comandante, "
             "ruegos y preguntas.\n\n" + teams("asamblea", "es"), "20261008T170000", "20261008T190000",
             "Salón de actos HQ / Teams", "es-ES", "20261001T150000Z")
    out.append(neg("union-es", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "union-meeting-es"))

    # O27. Travel to an assessment, auto-added from a booking e-mail.
    uid = f"{hexid('flight-dxb', 26)}@google.com"
    desc = (
        "To see detailed information for automatically created events like this one, use the official Google "
        "Calendar app. https://g.co/calendar\n\nThis event was created from an email you received in Gmail. "
        "https://mail.google.com/mail?extsrc=cal&plid=" + hexid("plid", 20) + "\nFlight GL 216 from Madrid to "
        "Dubai, Gulf Falcon Airways, confirmation Q7MZ4K"
    )
    ev = [
        "DTSTART:20261019T133500Z", "DTEND:20261019T205000Z", "DTSTAMP:20261009T181500Z", f"UID:{uid}",
        "CREATED:20261009T181500Z", ("DESCRIPTION", desc), "LAST-MODIFIED:20261009T181500Z",
        ("LOCATION", "Madrid MAD"), "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Flight to Dubai (GL 216)"), "TRANSP:OPAQUE",
    ]
    out.append(neg("travel-en", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [], [ev]), uid,
                   "travel-to-assessment-en"))

    # O28. A German webinar on the airline selection process.
    uid = ms_uid("webinar-de")
    desc = (
        "Vielen Dank für Ihre Anmeldung!\n\nWebinar: Bewerbung bei Airlines – so meistern Sie das "
        "Auswahlverfahren (Online-Tests, Gruppenübung, Interview, Simulator).\nReferent: Kapitän a. D. Bernd "
        "Lorenz\n\n" + teams("webinar-de", "de") + "\n\nPilotenakademie Nord e.V."
    )
    ev = _ms(uid, org("events@pilotenakademie-nord.de", "Pilotenakademie Nord"), [att(ME_GMAIL, ME)],
             "Webinar: Bewerbung bei Airlines – Auswahlverfahren meistern", desc, "20261015T180000",
             "20261015T193000", "Microsoft Teams-Besprechung", "de-DE", "20261005T120000Z",
             zone="W. Europe Standard Time")
    out.append(neg("webinar-de", vcal(outlook_head(), [MS_WEUROPE], [ev]), uid, "webinar-selection-de"))

    # O29. Practising aptitude tests, Thunderbird.
    uid = moz_uid("skytest")
    ev = [
        "CREATED:20260910T190000Z", "LAST-MODIFIED:20260910T190000Z", "DTSTAMP:20260910T190000Z", f"UID:{uid}",
        ("SUMMARY", "Aptitude test practice (multitasking + mental maths) 1h"),
        "DTSTART;TZID=Europe/Madrid:20260912T200000", "DTEND;TZID=Europe/Madrid:20260912T210000",
        ("DESCRIPTION", "Practice software licence until end of Nov. Target: 85%+ on mental maths."),
        "X-MOZ-GENERATION:1", "TRANSP:OPAQUE",
    ]
    out.append(neg("aptitude-practice-en", vcal(moz_head(), [MADRID], [ev]), uid, "aptitude-practice-en"))

    # O30. ICAO English proficiency test renewal.
    uid = g_uid("oaci")
    ev = _g(uid, "DTSTART;TZID=Europe/Madrid:20261121T093000", "DTEND;TZID=Europe/Madrid:20261121T110000",
            "Examen competencia lingüística OACI – inglés (renovación nivel 5)",
            "Prueba oral y de comprensión. Llevar DNI y licencia. Examinador evaluador certificado por AESA.",
            "Centro de Exámenes Lingüísticos Aeronáuticos, C/ Ombú 3, Madrid",
            org("examenes@celaeronautico.es", "CELA Exámenes"), [me_g], "20261102T101500Z")
    out.append(neg("language-test-es", vcal(google_head(), [MADRID], [ev]), uid, "language-proficiency-test-es"))

    # O31. A Polish magazine interview ("wywiad") by phone.
    uid = g_uid("wywiad")
    ev = _g(uid, "DTSTART;TZID=Europe/Madrid:20261013T190000", "DTEND;TZID=Europe/Madrid:20261013T194500",
            "Wywiad dla „Skrzydlatej Polski” (telefon)",
            "Redaktor Piotr Kowalczyk – temat: polscy piloci w hiszpańskich liniach. Autoryzacja tekstu przed "
            "publikacją!", "", stamp="20261006T180000Z")
    out.append(neg("press-pl", vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [MADRID], [ev]), uid,
                   "press-wywiad-pl"))

    # O32. Career mentoring with a retired captain.
    uid = g_uid("mentoring")
    desc = (
        "Hi Marek – happy to chat about your options (Gulf vs. Europe, cargo vs. pax, command timelines). No "
        "agenda, just bring your questions.\n\nHelen\n\n" + zoom("mentoring", host="Helen Ward")
    )
    ev = _g(uid, "DTSTART;TZID=Asia/Dubai:20260919T190000", "DTEND;TZID=Asia/Dubai:20260919T200000",
            "Marek / Helen – career mentoring", desc, "Zoom", org("helen.ward.aviation@gmail.com", "Helen Ward"),
            [me_g], "20260914T070000Z")
    out.append(neg("mentoring-en", vcal(google_head(), [DUBAI], [ev]), uid, "mentoring-call-en"))

    # O33. A French online session on the airline pilot interview.
    uid = f"{hexid('webinaire', 20)}@livestorm.co"
    desc = (
        "Merci pour votre inscription !\n\nWebinaire : Réussir son entretien pilote de ligne (RH, technique, "
        "mise en situation)\nAnimé par l’équipe carrière d’Aéro Formation Sud.\n\nRejoindre : "
        "https://app.livestorm.co/aero-formation-sud/reussir-son-entretien-pilote"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261101T080000Z", "DTSTART:20261112T170000Z", "DTEND:20261112T180000Z",
        ("SUMMARY", "Webinaire : Réussir son entretien pilote de ligne"), ("DESCRIPTION", desc),
        ("LOCATION", "https://app.livestorm.co/aero-formation-sud/reussir-son-entretien-pilote"),
        org("no-reply@livestorm.co", "Aéro Formation Sud"), att(ME_GMAIL, ME),
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Livestorm//Livestorm//FR", "METHOD:REQUEST"], [], [ev])
    out.append(neg("webinar-fr", text, uid, "webinar-entretien-fr"))
    return out
