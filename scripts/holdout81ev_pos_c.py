"""holdout81: the user's own interviews, part C (ExpressLink, Ibercarga, Levante, Alisios, Sonnenflug, Vltava,
Aurora, Boreal, Muscat Pearl, Dilmun). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, teams, zoom
from holdout81ev_ics import (
    BERLIN,
    CANARY,
    MADRID,
    ME_GMAIL,
    MS_FLE,
    MS_UTC1_ES,
    MS_UTC4_EN,
    MS_WEUROPE,
    REYKJAVIK,
    alarm,
    att,
    g_uid,
    google_head,
    hexid,
    ms_uid,
    org,
    outlook_head,
    outlook_tail,
    pos,
    vcal,
)

ME = "Marek Nowak"
Z_ES = '"(UTC+01:00) Bruselas, Copenhague, Madrid, París"'
Z_MCT = '"(UTC+04:00) Abu Dhabi, Muscat"'


def events() -> list[dict]:
    out: list[dict] = []

    # 25. Lever invite from the recruiter's calendar, UTC, Zoom.
    uid = "lever-interview-7b3d1e4a-6f2c-4a11-8e0d-c4a2f6b71e90@hire.lever.co"
    desc = (
        "Hi Marek,\n\nLooking forward to our call about the First Officer B767F role based in Liège. This is an "
        "introductory recruiter call (30 min) – we'll talk about your experience, availability and the next "
        "steps of our selection.\n\n" + zoom("expresslink", host="Léa Martens")
        + "\n\nLéa Martens\nTalent Acquisition – Flight Operations\nExpressLink Aviation\n\n"
        "Interview scheduled with Lever"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260915T090110Z", "DTSTART:20260921T083000Z", "DTEND:20260921T090000Z",
        ("SUMMARY", "Interview with ExpressLink Aviation - Recruiter Call (Marek Nowak)"), ("DESCRIPTION", desc),
        ("LOCATION", "Zoom"), org("lea.martens@expresslink-aviation.be", "Léa Martens"), att(ME_GMAIL, ME),
        att("lea.martens@expresslink-aviation.be", "Léa Martens", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("lever-screen-en", text, uid, "ExpressLink Aviation", "First Officer B767F",
                   "recruiter_screen", "lea.martens@expresslink-aviation.be", "lever-recruiter-call-en"))

    # 26. Spanish Google invite, telephone interview.
    uid = g_uid("ibercarga-tel")
    desc = (
        "Hola Marek:\n\nTe confirmo la entrevista telefónica para la vacante de Primer Oficial B737-800F con "
        "base en Zaragoza. Te llamaré al móvil que indicaste en tu candidatura; la conversación durará unos "
        "20-30 minutos.\n\nUn saludo,\nNuria Pascual\nSelección de Personal – Ibercarga Air"
    )
    ev = [
        "DTSTART;TZID=Europe/Madrid:20261002T120000", "DTEND;TZID=Europe/Madrid:20261002T123000",
        "DTSTAMP:20260928T101502Z", org("nuria.pascual@ibercarga.es", "Nuria Pascual"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("nuria.pascual@ibercarga.es", "Nuria Pascual", cutype="INDIVIDUAL", partstat="ACCEPTED",
            extra=";X-NUM-GUESTS=0"),
        "CREATED:20260928T101501Z", ("DESCRIPTION", desc), "LAST-MODIFIED:20260928T101501Z",
        ("LOCATION", "Teléfono"), "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Entrevista telefónica – Primer Oficial B737F (Ibercarga)"), "TRANSP:OPAQUE", *alarm(30),
    ]
    out.append(pos("google-telefono-es", vcal(google_head(), [MADRID], [ev]), uid, "Ibercarga Air",
                   "Primer Oficial B737F", "recruiter_screen", "nuria.pascual@ibercarga.es",
                   "entrevista-telefonica-es"))

    # 27. Cal.com booking in Spanish with the fleet chief.
    uid = f"{hexid('levante-calcom', 22)}@Cal.com"
    desc = (
        "¿Qué?:\nEntrevista con el Jefe de Flota ATR\n\n¿Cuándo?:\nmartes, 20 de octubre de 2026 16:00 - "
        "16:45 (Europe/Madrid)\n\n¿Quién?:\nVicente Llorens - Organizador\nvicente.llorens@levanteregional.es\n"
        "Marek Nowak\nmarek.nowak.fo@gmail.com\n\n¿Dónde?:\nCal Video\nhttps://app.cal.com/video/"
        + hexid("levante-video", 20) + "\n\nDescripción:\nSegunda fase del proceso de selección de Comandante "
        "ATR 72-600 (mando directo). Conversación con el Jefe de Flota sobre experiencia, liderazgo y "
        "disponibilidad.\n\n¿Necesitas hacer un cambio?\nCancelar: https://app.cal.com/booking/"
        + hexid("levante-b", 16) + "?cancel=true"
    )
    ev = [
        "DTSTART:20261020T140000Z", "DTEND:20261020T144500Z", "DTSTAMP:20261014T083044Z", f"UID:{uid}",
        ("SUMMARY", "Entrevista con el Jefe de Flota entre Vicente Llorens y Marek Nowak"),
        ("DESCRIPTION", desc),
        "LOCATION:https://app.cal.com/video/" + hexid("levante-video", 20),
        org("vicente.llorens@levanteregional.es", "Vicente Llorens"), att(ME_GMAIL, ME, partstat="ACCEPTED"),
        "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Cal.com Inc.//Cal.com Event//ES", "CALSCALE:GREGORIAN",
                 "METHOD:REQUEST"], [], [ev])
    out.append(pos("calcom-jefe-flota-es", text, uid, "Levante Regional", "Comandante ATR 72-600",
                   "hiring_manager", "vicente.llorens@levanteregional.es", "calcom-between-es"))

    # 28. Spanish Outlook, display-name zone, HR first interview.
    uid = ms_uid("levante-rrhh")
    desc = (
        "Buenos días, Marek:\n\nGracias por tu interés en Levante Regional. Te convoco a una primera entrevista "
        "con Recursos Humanos para el puesto de Comandante ATR 72 (base Valencia). Será por Teams y durará "
        "unos 30 minutos.\n\nSaludos cordiales,\nAmparo Ruiz Sanchis\nTécnica de Selección – RR. HH.\n\n"
    )
    ev = [
        org("amparo.ruiz@levanteregional.es", "Ruiz Sanchis, Amparo"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc + teams("levante-rrhh", "es"), ";LANGUAGE=es-ES"),
        ("UID", uid), ("SUMMARY", "Entrevista inicial RR. HH. – Comandante ATR 72 – Marek Nowak", ";LANGUAGE=es-ES"),
        f"DTSTART;TZID={Z_ES}:20261007T093000", f"DTEND;TZID={Z_ES}:20261007T100000", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20261001T115512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", "Reunión de Microsoft Teams", ";LANGUAGE=es-ES"), *outlook_tail(),
    ]
    out.append(pos("outlook-rrhh-es", vcal(outlook_head(), [MS_UTC1_ES], [ev]), uid, "Levante Regional",
                   "Comandante ATR 72", "recruiter_screen", "amparo.ruiz@levanteregional.es", "teams-rrhh-es"))

    # 29. Simulator check in the Canaries, Atlantic/Canary; the selection coordinator does not assess.
    uid = g_uid("alisios-sim")
    desc = (
        "Estimado Marek:\n\nTe convocamos a la prueba de simulador del proceso de selección de Comandantes ATR "
        "72-600. El examinador será el Cte. José Luis Déniz (TRE ATR). El briefing empieza 30 minutos antes de "
        "la sesión; volarás con otro candidato como tripulación.\n\nCarmen Santana (Coordinación de Selección) "
        "te recibirá en la recepción del centro.\n\nDocumentación: licencia, certificado médico, pasaporte/DNI."
        "\n\nUn saludo,\nDepartamento de Operaciones – Alisios Airlines"
    )
    ev = [
        "DTSTART;TZID=Atlantic/Canary:20261112T150000", "DTEND;TZID=Atlantic/Canary:20261112T190000",
        "DTSTAMP:20261102T120122Z", org("seleccion@alisiosair.es", "Selección Alisios Airlines"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("jl.deniz@alisiosair.es", "José Luis Déniz", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("carmen.santana@alisiosair.es", "Carmen Santana", cutype="INDIVIDUAL", role="OPT-PARTICIPANT",
            extra=";X-NUM-GUESTS=0"),
        "CREATED:20261102T120120Z", ("DESCRIPTION", desc),
        "LAST-MODIFIED:20261102T120120Z",
        ("LOCATION", "Centro de Formación Alisios, C/ León y Castillo 421, 35007 Las Palmas de Gran Canaria"),
        "SEQUENCE:0", "STATUS:CONFIRMED", ("SUMMARY", "Prueba de simulador – Selección Comandantes ATR 72-600"),
        "TRANSP:OPAQUE",
    ]
    out.append(pos("google-simulador-es", vcal(google_head(), [CANARY], [ev]), uid, "Alisios Airlines",
                   "Comandante ATR 72-600", "technical", "jl.deniz@alisiosair.es", "sim-check-canary-es"))

    # 30. GoodTime final with an agenda; the coordinator organises only.
    uid = f"goodtime-{hexid('sonnenflug-final', 24)}@goodtime.io"
    desc = (
        "Hi Marek,\n\nYour interview with Sonnenflug is confirmed. Below is your agenda (Frankfurt time):\n\n"
        "14:00 – 14:45  Capt. Frank Meier, Chief Pilot A321\n14:45 – 15:30  Dr. Nadine Kraus, Director Flight "
        "Operations\n\nPosition: First Officer A321 (Final Interview)\nLocation: Sonnenflug Campus, "
        "Unterschweinstiege 2–14, 60549 Frankfurt am Main, Building C, 3rd floor\n\nI'm your coordinator for "
        "the day and will meet you at reception – I won't be part of the interviews.\n\nJulia Hartmann\n"
        "Recruiting Coordinator, Sonnenflug\n\nScheduled with GoodTime"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261110T141400Z", "DTSTART;TZID=Europe/Berlin:20261125T140000",
        "DTEND;TZID=Europe/Berlin:20261125T153000",
        ("SUMMARY", "Final Interview – First Officer A321 – Marek Nowak (Sonnenflug)"), ("DESCRIPTION", desc),
        ("LOCATION", "Sonnenflug Campus, Building C, Frankfurt am Main"),
        org("julia.hartmann@sonnenflug.de", "Julia Hartmann"), att(ME_GMAIL, ME),
        att("frank.meier@sonnenflug.de", "Frank Meier"), att("nadine.kraus@sonnenflug.de", "Nadine Kraus"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//GoodTime.io//GoodTime Hire//EN", "METHOD:REQUEST"], [BERLIN], [ev])
    out.append(pos("goodtime-final-en", text, uid, "Sonnenflug", "First Officer A321", "final",
                   "frank.meier@sonnenflug.de;nadine.kraus@sonnenflug.de", "goodtime-agenda-coordinator-en"))

    # 31. German Outlook phone interview by the same coordinator, Windows zone.
    uid = ms_uid("sonnenflug-tel")
    desc = (
        "Hallo Herr Nowak,\n\nvielen Dank für Ihre Bewerbung als Erster Offizier A321 (m/w/d). Wie vereinbart "
        "rufe ich Sie zum Telefoninterview an (ca. 30 Minuten).\n\nBeste Grüße\nJulia Hartmann\nRecruiting – "
        "Sonnenflug Airlines GmbH"
    )
    ev = [
        org("julia.hartmann@sonnenflug.de", "Hartmann, Julia"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=de-DE"), ("UID", uid),
        ("SUMMARY", "Telefoninterview Sonnenflug – Erster Offizier A321", ";LANGUAGE=de-DE"),
        "DTSTART;TZID=W. Europe Standard Time:20261028T160000", "DTEND;TZID=W. Europe Standard Time:20261028T163000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261022T091201Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Telefon", ";LANGUAGE=de-DE"), *outlook_tail(),
    ]
    out.append(pos("outlook-telefon-de", vcal(outlook_head(), [MS_WEUROPE], [ev]), uid, "Sonnenflug",
                   "Erster Offizier A321 (m/w/d)", "recruiter_screen", "julia.hartmann@sonnenflug.de",
                   "telefoninterview-de"))

    # 32. Calendly booking, UTC, Meet.
    uid = f"{hexid('vltava-calendly', 32)}@calendly.com"
    url, _ = meet("vltava")
    desc = (
        "Event Name: First Officer Screening Call\n\nLocation: This is a Google Meet web conference. Join: "
        + url + "\n\nPlease share anything that will help prepare for our meeting.: A320 FO, 4,300 h, "
        "interested in the A220 FO position at PRG\n\nNeed to make changes to this event?\nCancel: "
        "https://calendly.com/cancellations/" + hexid("vc", 24) + "\nReschedule: https://calendly.com/"
        "reschedulings/" + hexid("vr", 24) + "\n\nPowered by Calendly.com"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260926T171209Z", "DTSTART:20261005T073000Z", "DTEND:20261005T080000Z",
        ("SUMMARY", "First Officer Screening Call between Petra Horáková and Marek Nowak"),
        ("DESCRIPTION", desc), f"LOCATION:{url}",
        org("petra.horakova@vltavaair.cz", "Petra Horáková"),
        att(ME_GMAIL, ME, partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST",
                 "CALSCALE:GREGORIAN"], [], [ev])
    out.append(pos("calendly-screen-en", text, uid, "Vltava Airlines", "First Officer", "recruiter_screen",
                   "petra.horakova@vltavaair.cz", "calendly-company-in-domain-en"))

    # 33. ModernLoop final round, Atlantic/Reykjavik, coordinator organises.
    uid = f"ml-{hexid('aurora-final', 20)}@modernloop.io"
    desc = (
        "Hi Marek,\n\nHere is your schedule for the final round for First Officer B757/767 at Aurora Iceland "
        "Air.\n\n10:00 – 10:45 Gunnar Þórsson, Chief Pilot\n10:45 – 11:30 Helga Jónsdóttir, HR Director\n\n"
        + zoom("aurora-final", host="Aurora Iceland Air Recruiting")
        + "\n\nQuestions? Reply to Sigrún Magnúsdóttir (Recruiting Coordinator).\n\nScheduled with ModernLoop"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261113T101000Z", "DTSTART;TZID=Atlantic/Reykjavik:20261119T100000",
        "DTEND;TZID=Atlantic/Reykjavik:20261119T113000",
        ("SUMMARY", "Final Round – First Officer B757/767 | Aurora Iceland Air"), ("DESCRIPTION", desc),
        ("LOCATION", "Zoom"), org("sigrun.magnusdottir@auroraair.is", "Sigrún Magnúsdóttir"),
        att(ME_GMAIL, ME), att("gunnar.thorsson@auroraair.is", "Gunnar Þórsson"),
        att("helga.jonsdottir@auroraair.is", "Helga Jónsdóttir"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//ModernLoop//Scheduler//EN", "METHOD:REQUEST"], [REYKJAVIK], [ev])
    out.append(pos("modernloop-final-en", text, uid, "Aurora Iceland Air", "First Officer B757/767", "final",
                   "gunnar.thorsson@auroraair.is;helga.jonsdottir@auroraair.is", "modernloop-schedule-en"))

    # 34. Microsoft Bookings, FLE Standard Time, no stage.
    uid = ms_uid("boreal-bookings")
    desc = (
        "Your booking is confirmed.\n\nService: Pilot interview (video, 60 min)\nStaff: Mikko Lahtinen\n"
        "Booked with: Boreal Airways Pilot Recruitment\n\n" + teams("boreal", "en")
        + "\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/"
        "BorealPilotRecruitment@borealair.fi/bookings/"
    )
    ev = [
        org("BorealPilotRecruitment@borealair.fi", "Boreal Airways Pilot Recruitment"),
        att("mikko.lahtinen@borealair.fi", "Mikko Lahtinen"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=en-US"), ("UID", uid),
        ("SUMMARY", "Pilot interview (video) with Boreal Airways Pilot Recruitment", ";LANGUAGE=en-US"),
        "DTSTART;TZID=FLE Standard Time:20261006T110000", "DTEND;TZID=FLE Standard Time:20261006T120000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260929T063012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Microsoft Teams meeting", ";LANGUAGE=en-US"), *outlook_tail(busy="BUSY"),
    ]
    out.append(pos("bookings-nostage-en", vcal(outlook_head(), [MS_FLE], [ev]), uid, "Boreal Airways", "", "",
                   "mikko.lahtinen@borealair.fi", "ms-bookings-en"))

    # 35. Outlook HR interview, display-name zone for Muscat.
    uid = ms_uid("muscat-hr")
    desc = (
        "Dear Mr. Nowak,\n\nWith reference to your application for the post of First Officer A320, we are "
        "pleased to invite you for an HR interview via Microsoft Teams.\n\nRegards,\nSalim Al Balushi\n"
        "Senior Officer – Flight Crew Recruitment\nMuscat Pearl Airways SAOC\n\n"
    ) + teams("muscat-hr")
    ev = [
        org("salim.albalushi@muscatpearlair.com", "Al Balushi, Salim"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=en-US"), ("UID", uid),
        ("SUMMARY", "HR Interview - First Officer A320 - Marek Nowak", ";LANGUAGE=en-US"),
        f"DTSTART;TZID={Z_MCT}:20261015T110000", f"DTEND;TZID={Z_MCT}:20261015T114500", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20261008T071500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", "Microsoft Teams Meeting", ";LANGUAGE=en-US"), *outlook_tail(),
    ]
    out.append(pos("outlook-hr-en", vcal(outlook_head(), [MS_UTC4_EN], [ev]), uid, "Muscat Pearl Airways",
                   "First Officer A320", "recruiter_screen", "salim.albalushi@muscatpearlair.com",
                   "hr-interview-utc4-en"))

    # 36. Zoom's own calendar file, UTC, final interview.
    uid = f"ZOOM{hexid('dilmun-final', 10).upper()}"
    desc = zoom("dilmun-final", host="Dilmun Air Recruitment") + (
        "\n\nFinal Interview – Captain A320 (Direct Entry)\nPanel: Capt. Khalid Al-Sayed (Director Flight "
        "Operations), Mariam Janahi (Head of HR)"
    )
    ev = [
        "DTSTAMP:20261116T080000Z", "DTSTART:20261124T090000Z", "DTEND:20261124T100000Z",
        ("SUMMARY", "Final Interview – Captain A320 (Direct Entry) – Dilmun Air"), f"UID:{uid}",
        "TZID:Asia/Bahrain", ("DESCRIPTION", desc),
        "LOCATION:https://us02web.zoom.us/j/" + desc.split("/j/")[1].split("?")[0],
        org("recruitment@dilmunair.bh", "Dilmun Air Recruitment"),
        att("khalid.alsayed@dilmunair.bh", "Khalid Al-Sayed"), att("mariam.janahi@dilmunair.bh", "Mariam Janahi"),
        att(ME_GMAIL, ME), "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
        "END:VALARM",
    ]
    text = vcal(["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                 "METHOD:PUBLISH"], [], [ev])
    out.append(pos("zoom-final-en", text, uid, "Dilmun Air", "Captain A320 (Direct Entry)", "final",
                   "khalid.alsayed@dilmunair.bh;mariam.janahi@dilmunair.bh", "zoom-ics-final-en"))
    return out
