"""holdout81: the user's own interviews, part D (Najd, Saraya, Meridian, Alpina, Hesperia, Sahra, Ionian,
Baltic Amber, Aquila, EuroFreight). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, teams
from holdout81ev_ics import (
    ATHENS,
    MADRID,
    MADRID_LIC,
    ME_GMAIL,
    MS_ARAB,
    MS_ARABIAN,
    MS_WEUROPE,
    RIGA,
    alarm,
    apple_head,
    apple_uid,
    att,
    g_uid,
    google_head,
    hexid,
    moz_head,
    moz_uid,
    ms_uid,
    org,
    outlook_head,
    outlook_tail,
    pos,
    tz_olson,
    vcal,
)

ME = "Marek Nowak"
ZURICH = tz_olson("Europe/Zurich", "+0100", "+0200", "CET", "CEST")
LUX_LIC = tz_olson("Europe/Luxembourg", "+0100", "+0200", "CET", "CEST", lic=True)


def events() -> list[dict]:
    out: list[dict] = []

    # 37. Agency consultant organises the client's technical interview and leaves after introductions.
    uid = ms_uid("najd-tech")
    desc = (
        "Dear Marek,\n\nFollowing your successful HR screening, flynajd would like to invite you to a technical "
        "interview with Capt. Faisal Al-Harbi, A320 Fleet Manager. I will join for the first five minutes to "
        "make the introductions and will then leave the call.\n\nExpect questions on A320 systems, "
        "performance, EASA/GACA differences and a few scenarios.\n\nBest regards,\nTom Barker\nRecruitment "
        "Consultant – Flight Deck | AeroStaff Global\n\n" + teams("najd-tech")
    )
    ev = [
        org("tom.barker@aerostaffglobal.com", "Barker, Tom"), att("f.alharbi@flynajd.sa", "Al-Harbi, Faisal"),
        att(ME_GMAIL, ME), ("DESCRIPTION", desc, ";LANGUAGE=en-GB"), ("UID", uid),
        ("SUMMARY", "Najd Airlines – Technical Interview – FO A320 – Marek Nowak (AeroStaff)", ";LANGUAGE=en-GB"),
        "DTSTART;TZID=Arab Standard Time:20261019T150000", "DTEND;TZID=Arab Standard Time:20261019T163000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261012T140512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Microsoft Teams Meeting", ";LANGUAGE=en-GB"), *outlook_tail(),
    ]
    out.append(pos("agency-outlook-technical-en", vcal(outlook_head(), [MS_ARAB], [ev]), uid, "Najd Airlines",
                   "FO A320", "technical", "f.alharbi@flynajd.sa", "agency-consultant-leaves-en"))

    # 38. The user's own all-day entry for the assessment day in Riyadh (brand name only).
    uid = apple_uid("najd-riyadh")
    ev = [
        "CREATED:20261103T210455Z", "DTSTART;VALUE=DATE:20261117", "DTEND;VALUE=DATE:20261118",
        "DTSTAMP:20261103T210612Z", "LAST-MODIFIED:20261103T210612Z",
        ("DESCRIPTION", "Sim 08:00 at the training centre, panel interview in the afternoon. Hotel: Hyatt "
                        "Olaya, conf. 48812. Contact Tom (AeroStaff) +44 7700 912 334"),
        ("LOCATION", "Riyadh"), "SEQUENCE:0", ("SUMMARY", "flynajd assessment day – sim + panel"),
        "TRANSP:TRANSPARENT", f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    out.append(pos("ios-allday-onsite-en", vcal(apple_head("macOS 15.1"), [], [ev]), uid, "Najd Airlines", "",
                   "onsite", "", "brand-only-allday-en"))

    # 39. Ashby recruiter screen, UTC.
    uid = f"ashby-interview-{hexid('saraya-screen', 32)}"
    url, _ = meet("saraya-screen")
    desc = (
        "Hi Marek,\n\nYour Recruiter Screen for First Officer A321neo (Abu Dhabi) is confirmed.\n\n"
        "Interviewers: Noura Al Mazrouei\nDuration: 30 minutes\nJoin Google Meet: " + url
        + "\n\nNeed to reschedule? Use the link in your confirmation email.\n\nSaraya Air Talent Acquisition\n"
        "Scheduled with Ashby"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260909T101000Z", "DTSTART:20260914T090000Z", "DTEND:20260914T093000Z",
        ("SUMMARY", "Saraya Air: Recruiter Screen with Marek Nowak"), ("DESCRIPTION", desc), f"LOCATION:{url}",
        org("noura.almazrouei@sarayaair.ae", "Noura Al Mazrouei"), att(ME_GMAIL, ME), "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Ashby//Ashby Scheduling//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("ashby-screen-en", text, uid, "Saraya Air", "First Officer A321neo", "recruiter_screen",
                   "noura.almazrouei@sarayaair.ae", "ashby-screen-en"))

    # 40. Thunderbird entry the user made himself, Europe/Madrid with X-LIC-LOCATION.
    uid = moz_uid("meridian-phone")
    ev = [
        "CREATED:20261012T194201Z", "LAST-MODIFIED:20261012T194350Z", "DTSTAMP:20261012T194350Z", f"UID:{uid}",
        ("SUMMARY", "Meridian Freight - phone interview w/ Ciarán Daly"),
        "DTSTART;TZID=Europe/Madrid:20261015T113000", "DTEND;TZID=Europe/Madrid:20261015T120000",
        ("DESCRIPTION", "Ciarán = their crew recruitment. He calls me. B737-800SF FO, Shannon base, 5 on/4 off?"),
        "X-MOZ-GENERATION:2", "TRANSP:OPAQUE",
    ]
    out.append(pos("thunderbird-phone-en", vcal(moz_head(), [MADRID_LIC], [ev]), uid, "Meridian Freight Airlines",
                   "", "recruiter_screen", "Ciarán Daly", "thunderbird-own-entry-en"))

    # 41. Workday panel (final stage) in Zurich with a room; the recruiter only welcomes him.
    uid = "INTERVIEW-6$51120-1@alpinaswiss.myworkday.com"
    desc = (
        "Dear Marek Nowak,\n\nWe are pleased to invite you to the Panel Interview (final stage) for First "
        "Officer A220 (R-2026-0173).\n\nPanel: Capt. Reto Baumann, Fleet Chief A220; Dr. Simone Gerber, "
        "Aviation Psychologist\n\nI will welcome you at the reception of the Operations Center and accompany you "
        "to the room.\n\nKind regards\nCorinne Zbinden\nRecruiting Flight Crew | Alpina Swiss Air Lines Ltd."
    )
    ev = [
        "DTSTAMP:20261109T091500Z", f"UID:{uid}", "DTSTART;TZID=Europe/Zurich:20261126T093000",
        "DTEND;TZID=Europe/Zurich:20261126T111500",
        ("SUMMARY", "Panel Interview (final stage) - First Officer A220 (R-2026-0173)"), ("DESCRIPTION", desc),
        ("LOCATION", "Operations Center, Obstgartenstrasse 25, 8302 Kloten – Room OPS 4.12"),
        org("corinne.zbinden@alpinaswiss.ch", "Corinne Zbinden"), att(ME_GMAIL, ME),
        att("reto.baumann@alpinaswiss.ch", "Reto Baumann"), att("simone.gerber@alpinaswiss.ch", "Simone Gerber"),
        att("zrh-ops-4.12@alpinaswiss.ch", "ZRH OPS 4.12", role="NON-PARTICIPANT", cutype="ROOM"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN", "METHOD:REQUEST"], [ZURICH],
                [ev])
    out.append(pos("workday-panel-room-en", text, uid, "Alpina Swiss Air Lines", "First Officer A220", "final",
                   "reto.baumann@alpinaswiss.ch;simone.gerber@alpinaswiss.ch", "workday-room-recruiter-welcome-en"))

    # 42. Spanish all-day selection day from Google; the body names the interviewers.
    uid = g_uid("hesperia-jornada")
    desc = (
        "Estimado Marek:\n\nNos complace convocarte a la Jornada de Selección para Primer Oficial A330.\n\n"
        "Programa:\n09:00 Acreditación\n09:30 Dinámica de grupo\n11:30 Entrevista personal con el Cte. Álvaro "
        "Medina (Jefe de Flota A330) y Beatriz Sanz (Recursos Humanos)\n13:30 Prueba de inglés aeronáutico\n"
        "15:00 Cierre\n\nTrae DNI/pasaporte, licencia y certificado médico en vigor.\n\nUn cordial saludo,\n"
        "Selección de Pilotos – Aerolíneas Hesperia"
    )
    ev = [
        "DTSTART;VALUE=DATE:20261202", "DTEND;VALUE=DATE:20261203", "DTSTAMP:20261116T111111Z",
        org("seleccion.pilotos@aerolineashesperia.com", "Selección de Pilotos"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"), "CREATED:20261116T111110Z",
        ("DESCRIPTION", desc), "LAST-MODIFIED:20261116T111110Z",
        ("LOCATION", "Centro de Formación Hesperia, Av. de la Hispanidad s/n, 28042 Madrid"), "SEQUENCE:0",
        "STATUS:CONFIRMED", ("SUMMARY", "Jornada de Selección – Primer Oficial A330 – Aerolíneas Hesperia"),
        "TRANSP:TRANSPARENT",
    ]
    out.append(pos("google-allday-jornada-es", vcal(google_head(), [], [ev]), uid, "Aerolíneas Hesperia",
                   "Primer Oficial A330", "onsite", "Álvaro Medina;Beatriz Sanz", "jornada-seleccion-allday-es"))

    # 43. The user's own iPhone entry for the simulator phase at a third-party sim centre.
    uid = apple_uid("hesperia-sim")
    ev = [
        "CREATED:20261208T081500Z", "DTEND;TZID=Europe/Madrid:20261215T200000", "DTSTAMP:20261208T081530Z",
        "DTSTART;TZID=Europe/Madrid:20261215T153000", "LAST-MODIFIED:20261208T081530Z",
        ("LOCATION", "Aerosim Madrid\nCalle de la Aviación 3, Torrejón de Ardoz"),
        ("DESCRIPTION", "2nd phase. 4h incl. brief. Examiner tbc, paired with another candidate."),
        "SEQUENCE:0", ("SUMMARY", "Hesperia sim check A330"), f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *alarm(90),
    ]
    out.append(pos("ios-sim-venue-en", vcal(apple_head(), [MADRID], [ev]), uid, "Aerolíneas Hesperia", "",
                   "technical", "", "sim-at-third-party-centre-en"))

    # 44. Outlook cancellation of a technical interview.
    uid = ms_uid("sahra-tech")
    desc = (
        "Dear Marek,\n\nUnfortunately we have to cancel your technical interview for the First Officer B777F "
        "position due to a change in the Fleet Captain's schedule. We will contact you with a new date shortly."
        "\n\nKind regards,\nFlight Crew Recruitment\nSahra Air Cargo"
    )
    ev = [
        org("recruitment@sahracargo.ae", "Sahra Air Cargo Recruitment"),
        att("daniel.pereira@sahracargo.ae", "Pereira, Daniel"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=en-US"), ("UID", uid),
        ("SUMMARY", "Canceled: Technical Interview - First Officer B777F - Sahra Air Cargo", ";LANGUAGE=en-US"),
        "DTSTART;TZID=Arabian Standard Time:20261029T100000", "DTEND;TZID=Arabian Standard Time:20261029T113000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261026T061234Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", ("LOCATION", "Microsoft Teams Meeting", ";LANGUAGE=en-US"),
        *outlook_tail(seq=1, busy="FREE", importance=2),
    ]
    out.append(pos("outlook-cancel-en", vcal(outlook_head("CANCEL"), [MS_ARABIAN], [ev]), uid, "Sahra Air Cargo",
                   "First Officer B777F", "technical", "daniel.pereira@sahracargo.ae", "cancelled-method-cancel-en"))

    # 45. Google update after a reschedule (SEQUENCE:2), Europe/Athens.
    uid = g_uid("ionian-screen")
    url, mbody = meet("ionian-screen")
    desc = (
        "Hi Marek, apologies – I had to move our call by one day. New time: Wednesday 7 October, 11:00 Athens "
        "time (10:00 Madrid). Same Meet link.\n\nThis is your first interview for the First Officer A320 "
        "position (Thessaloniki base).\n\nEleni Papadaki\nRecruitment Specialist | Ionian Airways\n\n" + mbody
    )
    ev = [
        "DTSTART;TZID=Europe/Athens:20261007T110000", "DTEND;TZID=Europe/Athens:20261007T113000",
        "DTSTAMP:20261005T150212Z", org("eleni.papadaki@ionianairways.gr", "Eleni Papadaki"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", partstat="ACCEPTED", extra=";X-NUM-GUESTS=0"),
        att("eleni.papadaki@ionianairways.gr", "Eleni Papadaki", cutype="INDIVIDUAL", partstat="ACCEPTED",
            extra=";X-NUM-GUESTS=0"),
        f"X-GOOGLE-CONFERENCE:{url}", "CREATED:20260929T081000Z", ("DESCRIPTION", desc),
        "LAST-MODIFIED:20261005T150211Z", "LOCATION:", "SEQUENCE:2", "STATUS:CONFIRMED",
        ("SUMMARY", "Interview: First Officer A320 – Ionian Airways (rescheduled)"), "TRANSP:OPAQUE",
    ]
    out.append(pos("google-rescheduled-en", vcal(google_head(), [ATHENS], [ev]), uid, "Ionian Airways",
                   "First Officer A320", "recruiter_screen", "eleni.papadaki@ionianairways.gr", "rescheduled-seq2-en"))

    # 46. Google technical interview organised by a coordinator who does not interview, Europe/Riga.
    uid = g_uid("baltic-tech")
    url, mbody = meet("baltic-tech")
    desc = (
        "Dear Marek,\n\nPlease find the invitation to your technical interview for the A220 First Officer "
        "position. Interviewers: Capt. Jānis Ozols (Chief Pilot A220) and Capt. Līga Kalniņa (TRI). I'm only "
        "coordinating – if anything changes, write to me.\n\nAnna Kuzņecova\nCrew Recruitment Coordinator\n"
        "Baltic Amber Airlines\n\n" + mbody
    )
    ev = [
        "DTSTART;TZID=Europe/Riga:20261022T140000", "DTEND;TZID=Europe/Riga:20261022T153000",
        "DTSTAMP:20261015T092030Z", org("anna.kuznecova@balticamber.lv", "Anna Kuzņecova"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("janis.ozols@balticamber.lv", "Jānis Ozols", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("liga.kalnina@balticamber.lv", "Līga Kalniņa", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        f"X-GOOGLE-CONFERENCE:{url}", "CREATED:20261015T092029Z", ("DESCRIPTION", desc),
        "LAST-MODIFIED:20261015T092029Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Technical interview – A220 First Officer – Marek Nowak"), "TRANSP:OPAQUE",
    ]
    out.append(pos("google-technical-en", vcal(google_head(), [RIGA], [ev]), uid, "Baltic Amber Airlines",
                   "A220 First Officer", "technical", "janis.ozols@balticamber.lv;liga.kalnina@balticamber.lv",
                   "coordinator-organiser-en"))

    # 47. Outlook technical interview from a shared crew-recruitment mailbox, Windows zone.
    uid = ms_uid("aquila-tech")
    desc = (
        "Dear Marek,\n\nAfter your conversation with Giulia Ferri, we are happy to invite you to the technical "
        "interview for the Captain (Command Upgrade Programme) A320 position.\n\nInterviewers: Capt. Marco "
        "Lombardi (Fleet Manager A320) and Capt. Sara Esposito (TRE).\n\nBest regards,\nCrew Recruitment – "
        "Aquila Airways S.p.A.\n\n" + teams("aquila-tech")
    )
    ev = [
        org("crew.recruitment@aquila-airways.it", "Aquila Airways Crew Recruitment"),
        att("marco.lombardi@aquila-airways.it", "Lombardi, Marco"),
        att("sara.esposito@aquila-airways.it", "Esposito, Sara"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=it-IT"), ("UID", uid),
        ("SUMMARY", "Technical Interview – Captain CUP A320 – Nowak", ";LANGUAGE=it-IT"),
        "DTSTART;TZID=W. Europe Standard Time:20261104T100000", "DTEND;TZID=W. Europe Standard Time:20261104T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261027T160101Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Riunione di Microsoft Teams", ";LANGUAGE=it-IT"), *outlook_tail(),
    ]
    out.append(pos("outlook-technical-shared-en", vcal(outlook_head(), [MS_WEUROPE], [ev]), uid, "Aquila Airways",
                   "Captain (Command Upgrade Programme) A320", "technical",
                   "marco.lombardi@aquila-airways.it;sara.esposito@aquila-airways.it", "shared-mailbox-en"))

    # 48. Thunderbird entry with the acronym only, Europe/Luxembourg.
    uid = moz_uid("efa-sim")
    ev = [
        "CREATED:20261111T202002Z", "LAST-MODIFIED:20261111T202140Z", "DTSTAMP:20261111T202140Z", f"UID:{uid}",
        ("SUMMARY", "EFA sim eval 748F – Findel"), "DTSTART;TZID=Europe/Luxembourg:20261126T060000",
        "DTEND;TZID=Europe/Luxembourg:20261126T110000",
        ("DESCRIPTION", "after the tech interview went ok. report 05:30 to the training building, FFS 1.\n"
                        "flight LH1181 MAD-FRA-LUX the day before"),
        ("LOCATION", "Findel"), "X-MOZ-GENERATION:3", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT12H", "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    ]
    out.append(pos("thunderbird-acronym-en", vcal(moz_head(), [LUX_LIC], [ev]), uid, "EuroFreight Airlines", "",
                   "technical", "", "acronym-only-own-entry-en"))
    return out
