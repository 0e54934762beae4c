"""holdout81: the user's own interviews, part A (Gulf Falcon, Qamar, Hanseatic, Noordzee, Wisła). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, teams, zoom
from holdout81ev_ics import (
    BERLIN,
    DUBAI,
    LONDON,
    MADRID,
    ME_GMAIL,
    MS_ARABIAN,
    MS_UTC1_PL,
    MS_WEUROPE,
    alarm,
    apple_head,
    apple_uid,
    att,
    g_uid,
    google_head,
    ms_uid,
    org,
    outlook_head,
    outlook_tail,
    pos,
    vcal,
)

ME = "Marek Nowak"


def events() -> list[dict]:
    out: list[dict] = []

    # 1. Greenhouse candidate scheduling, UTC, Zoom; the coordinator organises, the recruiter interviews.
    uid = "interview-21984422-candidate-5517@greenhouse.io"
    desc = (
        "Hi Marek,\n\nThank you for choosing a time. Your 30-minute recruiter screen for the First Officer – "
        "Airbus A350 (Type Rated or Non-Type Rated) position is confirmed.\n\nInterviewer: Aisha Rahman, "
        "Senior Talent Acquisition Partner – Flight Operations\n\nPlease have your licence details, total and "
        "type hours and your notice period to hand. Aisha will call you on Zoom:\n\n"
        + zoom("gfa-screen", host="Aisha Rahman")
        + "\n\nIf you need to reschedule, simply reply to this email and I will find you another slot.\n\n"
        "Kind regards,\nLayla Haddad\nRecruiting Coordinator | Gulf Falcon Airways\n\nPowered by Greenhouse"
    )
    ev = [
        "DTSTAMP:20260902T081544Z", f"UID:{uid}", "SEQUENCE:0",
        "DTSTART:20260915T070000Z", "DTEND:20260915T073000Z",
        ("SUMMARY", "Gulf Falcon Airways - Recruiter Screen (First Officer, Airbus A350)"),
        org("layla.haddad@gulffalcon.ae", "Layla Haddad"),
        att(ME_GMAIL, ME), att("aisha.rahman@gulffalcon.ae", "Aisha Rahman", partstat="ACCEPTED", rsvp=False),
        ("DESCRIPTION", desc), ("LOCATION", "Zoom (link in description)"), "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ]
    text = vcal(["PRODID:-//Greenhouse Software Inc.//Candidate Scheduling 1.0//EN", "VERSION:2.0",
                 "METHOD:REQUEST"], [], [ev])
    out.append(pos("greenhouse-screen-en", text, uid, "Gulf Falcon Airways", "First Officer – Airbus A350",
                   "recruiter_screen", "aisha.rahman@gulffalcon.ae", "greenhouse-coordinator-en"))

    # 2. Outlook from a shared mailbox (SENT-BY), Windows zone, X-ALT-DESC, CN="Last, First", a room.
    uid = ms_uid("gfa-tech")
    body = (
        "Dear Marek,\n\nFurther to your successful screening call, we are pleased to invite you to the technical "
        "interview for the position of First Officer A350.\n\nPanel:\nCapt. Omar Saleh – A350 Fleet Technical "
        "Pilot\nCapt. James Whitfield – Type Rating Examiner\n\nDuration: 90 minutes. The interview covers "
        "aircraft systems, performance, operational procedures and scenario-based questions. Layla Haddad "
        "(Recruiting Coordinator) will open the meeting and leave once the panel has joined.\n\nBest regards,\n"
        "Pilot Recruitment | Gulf Falcon Airways\n\n" + teams("gfa-tech")
    )
    html = ("<html><body><p>Dear Marek,</p><p>Further to your successful screening call, we are pleased to "
            "invite you to the <b>technical interview</b> for the position of First Officer A350.</p><p>Panel:<br>"
            "Capt. Omar Saleh &ndash; A350 Fleet Technical Pilot<br>Capt. James Whitfield &ndash; Type Rating "
            "Examiner</p><p>Duration: 90 minutes.</p></body></html>")
    ev = [
        org("pilotrecruitment@gulffalcon.ae", "GFA Pilot Recruitment", sent_by="layla.haddad@gulffalcon.ae"),
        att("omar.saleh@gulffalcon.ae", "Saleh, Omar"),
        att("james.whitfield@gulffalcon.ae", "Whitfield, James"),
        att(ME_GMAIL, ME),
        att("layla.haddad@gulffalcon.ae", "Haddad, Layla", role="OPT-PARTICIPANT"),
        att("dxb-hq-fltops-mr3@gulffalcon.ae", "DXB HQ FltOps Meeting Room 3 (8)", role="NON-PARTICIPANT",
            cutype="ROOM"),
        ("DESCRIPTION", body, ";LANGUAGE=en-US"),
        ("UID", uid), ("SUMMARY", "GFA | Technical Interview | First Officer A350 | Marek Nowak", ";LANGUAGE=en-US"),
        "DTSTART;TZID=Arabian Standard Time:20261006T140000", "DTEND;TZID=Arabian Standard Time:20261006T153000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260924T103301Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Microsoft Teams Meeting; DXB HQ FltOps Meeting Room 3 (8)", ";LANGUAGE=en-US"),
        *outlook_tail(),
        ("X-ALT-DESC", html, ";FMTTYPE=text/html"),
        *alarm(15),
    ]
    out.append(pos("outlook-technical-en", vcal(outlook_head(), [MS_ARABIAN], [ev]), uid, "Gulf Falcon Airways",
                   "First Officer A350", "technical", "omar.saleh@gulffalcon.ae;james.whitfield@gulffalcon.ae",
                   "outlook-sentby-room-en"))

    # 3. The user's own iPhone entry for the simulator assessment, Asia/Dubai, no attendees.
    uid = apple_uid("gfa-sim")
    ev = [
        "CREATED:20261009T181204Z", "DTEND;TZID=Asia/Dubai:20261020T123000", "DTSTAMP:20261009T181259Z",
        "DTSTART;TZID=Asia/Dubai:20261020T073000", "LAST-MODIFIED:20261009T181259Z",
        ("LOCATION", "Gulf Falcon Training Centre\nAl Garhoud, Dubai, United Arab Emirates"),
        ("DESCRIPTION", "Brief 07:30, sim 08:30–12:30 (FFS 3, A350). Assessor Capt. Henrik Lund. "
                        "Pairing partner TBC. Bring licence, medical, logbook, passport."),
        "SEQUENCE:0", ("SUMMARY", "GFA sim assessment A350 ✈️"), f"UID:{uid}",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=141.2;X-TITLE=Gulf Falcon Training Centre:"
        "geo:25.242631,55.352711",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT2H",
        f"UID:{apple_uid('gfa-sim-alarm')}", "END:VALARM",
    ]
    out.append(pos("ios-sim-en", vcal(apple_head(), [DUBAI], [ev]), uid, "Gulf Falcon Airways", "", "technical",
                   "Henrik Lund", "apple-own-entry-sim-en"))

    # 4. Hand-typed final in the Google calendar, floating time, X-WR-TIMEZONE only.
    uid = g_uid("gfa-final")
    ev = [
        "DTSTART:20261104T110000", "DTEND:20261104T114500", "DTSTAMP:20261028T094512Z", f"UID:{uid}",
        "CREATED:20261028T094445Z", ("DESCRIPTION", "link in the mail from Layla. 45 min"),
        "LAST-MODIFIED:20261028T094445Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "GFA final panel (video) - Capt Saleh + HR"), "TRANSP:OPAQUE",
    ]
    text = vcal(google_head(None, ME_GMAIL, "Europe/Madrid"), [], [ev])
    out.append(pos("hand-final-en", text, uid, "Gulf Falcon Airways", "", "final", "Saleh", "hand-typed-acronym-en"))

    # 5. Workday final panel, UTC, Teams.
    uid = "INTERVIEW-6$884127-2@qamarairways.myworkday.com"
    body = (
        "Dear Marek Nowak,\n\nYou are invited to the Final Panel Interview for Senior First Officer - Boeing 787 "
        "(JR-10452).\n\nDate: Thursday, 12 November 2026\nTime: 13:00 - 14:30 Doha time (AST, UTC+3)\n"
        "Format: Microsoft Teams\n\nYour panel:\n- Capt. Douglas McAllister, Chief Pilot B787\n"
        "- Fatima Al-Kuwari, Manager Flight Crew Recruitment\n- Capt. Yousef Al-Mannai, Head of Training\n\n"
        "Please join from a quiet place with a stable connection and have your passport and licence ready for "
        "identity verification.\n\nTo view this interview in Workday, sign in to your candidate home account.\n\n"
        "Qamar Airways Talent Acquisition\n\n" + teams("qamar-final")
    )
    ev = [
        "DTSTAMP:20261029T121500Z", f"UID:{uid}", "DTSTART:20261112T100000Z", "DTEND:20261112T113000Z",
        ("SUMMARY", "Interview: Senior First Officer - Boeing 787 (JR-10452) - Final Panel"),
        org("recruitment.scheduling@qamarairways.com", "Qamar Airways Recruitment Scheduling"),
        att(ME_GMAIL, ME), att("d.mcallister@qamarairways.com", "Douglas McAllister"),
        att("fatima.alkuwari@qamarairways.com", "Fatima Al-Kuwari"),
        att("y.almannai@qamarairways.com", "Yousef Al-Mannai"),
        ("DESCRIPTION", body), ("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("workday-final-en", text, uid, "Qamar Airways", "Senior First Officer - Boeing 787", "final",
                   "d.mcallister@qamarairways.com;fatima.alkuwari@qamarairways.com;y.almannai@qamarairways.com",
                   "workday-panel-en"))

    # 6. Agency consultant's Google invite naming the client airline; Europe/London.
    uid = g_uid("qamar-skycrew")
    url, mbody = meet("qamar-skycrew")
    desc = (
        "Hi Marek,\n\nAs discussed on LinkedIn, here is a time for our first call about the Qamar Airways Senior "
        "First Officer B787 campaign (Doha base, type rating provided). I'll run you through the package, the "
        "roster pattern and the selection steps (online assessment, technical interview, simulator, final "
        "panel) and check your eligibility before I put your profile forward to Qamar.\n\nIf Meet doesn't work "
        "for you I can ring your Spanish mobile.\n\nRachel Dunn\nSenior Consultant – Flight Crew\n"
        "SkyCrew Recruitment Ltd\n\n" + mbody
    )
    ev = [
        "DTSTART;TZID=Europe/London:20260908T150000", "DTEND;TZID=Europe/London:20260908T153000",
        "DTSTAMP:20260904T132210Z", org("rachel.dunn@skycrewrecruitment.com", "Rachel Dunn"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("rachel.dunn@skycrewrecruitment.com", "Rachel Dunn", cutype="INDIVIDUAL", partstat="ACCEPTED",
            extra=";X-NUM-GUESTS=0"),
        f"X-GOOGLE-CONFERENCE:{url}", "CREATED:20260904T132209Z", ("DESCRIPTION", desc),
        "LAST-MODIFIED:20260904T132209Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Marek Nowak / SkyCrew - Qamar Airways SFO B787 intro call"), "TRANSP:OPAQUE",
        *alarm(10),
    ]
    out.append(pos("agency-google-en", vcal(google_head(), [LONDON], [ev]), uid, "Qamar Airways",
                   "Senior First Officer B787", "recruiter_screen", "rachel.dunn@skycrewrecruitment.com",
                   "agency-names-employer-en"))

    # 7. softgarden phone interview, German, Europe/Berlin.
    uid = "sg-appointment-7741382-cand-2219948@softgarden.io"
    desc = (
        "Sehr geehrter Herr Nowak,\n\nvielen Dank für Ihre Bewerbung als First Officer A320 (m/w/d) bei der "
        "Hanseatic Airways GmbH. Hiermit bestätigen wir Ihnen das telefonische Erstgespräch.\n\n"
        "Gesprächspartnerin: Svenja Kröger, Recruiting Cockpit & Kabine\nDauer: ca. 30 Minuten\n"
        "Wir rufen Sie unter der in Ihrer Bewerbung angegebenen Telefonnummer an.\n\nSollten Sie den Termin "
        "nicht wahrnehmen können, sagen Sie ihn bitte über folgenden Link ab: "
        "https://hanseatic-airways.softgarden.io/de/appointments/7741382\n\nMit freundlichen Grüßen\n"
        "Ihr Recruiting-Team der Hanseatic Airways"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260911T070312Z", "DTSTART;TZID=Europe/Berlin:20260917T100000",
        "DTEND;TZID=Europe/Berlin:20260917T103000",
        ("SUMMARY", "Telefoninterview: First Officer A320 (m/w/d) - Hanseatic Airways"),
        ("DESCRIPTION", desc), ("LOCATION", "Telefon"),
        org("svenja.kroeger@hanseatic-airways.de", "Svenja Kröger"), att(ME_GMAIL, ME),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//softgarden e-recruiting GmbH//softgarden//DE", "METHOD:REQUEST"],
                [BERLIN], [ev])
    out.append(pos("softgarden-phone-de", text, uid, "Hanseatic Airways", "First Officer A320 (m/w/d)",
                   "recruiter_screen", "svenja.kroeger@hanseatic-airways.de", "softgarden-phone-screen-de"))

    # 8. Outlook all-day assessment day, German, the programme names the interviewers.
    uid = ms_uid("hanseatic-auswahltag")
    desc = (
        "Sehr geehrter Herr Nowak,\n\nwir freuen uns, Sie zu unserem Auswahltag Cockpit einzuladen.\n\n"
        "Ablauf:\n08:00 Begrüßung und Dokumentenprüfung\n08:30 Gruppenübung\n10:30 Fachinterview mit Capt. "
        "Jens Albers (Flottenchef A320)\n13:00 Interview mit Svenja Kröger (Recruiting)\n14:30 "
        "Simulator-Screening A320 (FFS, Hanseatic Training Center)\nEnde ca. 17:00 Uhr\n\nBitte bringen Sie "
        "Lizenz, Medical, Flugbuch und Reisepass mit. Die Reisekosten werden nicht erstattet.\n\n"
        "Mit freundlichen Grüßen\nRecruiting Hanseatic Airways"
    )
    ev = [
        org("recruiting@hanseatic-airways.de", "Recruiting Hanseatic Airways"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=de-DE"), ("UID", uid),
        ("SUMMARY", "Auswahltag Cockpit - Hanseatic Airways (First Officer A320)", ";LANGUAGE=de-DE"),
        "DTSTART;VALUE=DATE:20261021", "DTEND;VALUE=DATE:20261022", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261001T141102Z", "TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", "Hanseatic Airways Training Center, Weg beim Jäger 193, 22335 Hamburg", ";LANGUAGE=de-DE"),
        *outlook_tail(allday=True, busy="FREE"),
    ]
    out.append(pos("outlook-allday-de", vcal(outlook_head(), [], [ev]), uid, "Hanseatic Airways",
                   "First Officer A320", "onsite", "Jens Albers;Svenja Kröger", "assessment-day-allday-de"))

    # 9. SmartRecruiters screening call, UTC, brand plus acronym.
    uid = "sr-int-5f3c81d2-a0be-4e0c-9d6e-21c7e6b44f10@smartrecruiters.com"
    desc = (
        "Hello Marek,\n\nThank you for your application for Senior First Officer Boeing 777 (Amsterdam base) at "
        "KNL Noordzee Air. We would like to get to know you better in a 45-minute screening call with Sanne de "
        "Vries, Pilot Recruitment.\n\nJoin via Microsoft Teams:\n" + teams("noordzee-screen")
        + "\n\nNeed to change the time? Use the link in your confirmation email.\n\nKind regards,\n"
        "Pilot Recruitment – KNL Noordzee Air\nThis invitation was sent via SmartRecruiters."
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260918T154410Z", "DTSTART:20260923T120000Z", "DTEND:20260923T124500Z",
        ("SUMMARY", "Interview: Senior First Officer Boeing 777 @ KNL Noordzee Air"), ("DESCRIPTION", desc),
        org("noreply@smartrecruiters.com", "KNL Noordzee Air"),
        att("sanne.devries@noordzeeair.com", "Sanne de Vries"), att(ME_GMAIL, ME),
        ("LOCATION", "Microsoft Teams"), "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//SmartRecruiters//Interview Scheduler//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("smartrecruiters-screen-en", text, uid, "Noordzee Air", "Senior First Officer Boeing 777",
                   "recruiter_screen", "sanne.devries@noordzeeair.com", "smartrecruiters-noreply-en"))

    # 10. Two selection days as a daily series with an override of day 2 (same UID).
    uid = ms_uid("noordzee-selection-days")
    desc = (
        "Dear Marek,\n\nCongratulations on passing the screening. You are invited to our two-day selection for "
        "Senior First Officer B777.\n\nDay 1 (08:00–16:00, Pilot Selection Centre, Schiphol-Oost): competency-"
        "based interview with Capt. Pieter Bakker and Eline Jansen (aviation psychologist), group exercise, "
        "technical questionnaire.\nDay 2: simulator assessment B777 with Capt. Bakker – times follow.\n\n"
        "Kind regards,\nPilot Selection | KNL Noordzee Air"
    )
    base = [
        org("pilotselection@noordzeeair.com", "Pilot Selection KNL"),
        att("p.bakker@noordzeeair.com", "Bakker, Pieter"), att("e.jansen@noordzeeair.com", "Jansen, Eline"),
        att(ME_GMAIL, ME),
        att("ams-spc-training112@noordzeeair.com", "AMS SPC Training 1.12", role="NON-PARTICIPANT",
            cutype="RESOURCE"),
        ("DESCRIPTION", desc, ";LANGUAGE=en-US"), ("UID", uid),
    ]
    series = [
        *base, ("SUMMARY", "Selection Days Senior First Officer B777 - KNL Noordzee Air", ";LANGUAGE=en-US"),
        "DTSTART;TZID=W. Europe Standard Time:20261102T080000",
        "DTEND;TZID=W. Europe Standard Time:20261102T160000", "RRULE:FREQ=DAILY;COUNT=2",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261015T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Pilot Selection Centre, Schiphol-Oost", ";LANGUAGE=en-US"), *outlook_tail(),
    ]
    override = [
        *base, "RECURRENCE-ID;TZID=W. Europe Standard Time:20261103T080000",
        ("SUMMARY", "Selection Day 2 (simulator) - KNL Noordzee Air", ";LANGUAGE=en-US"),
        "DTSTART;TZID=W. Europe Standard Time:20261103T093000",
        "DTEND;TZID=W. Europe Standard Time:20261103T140000", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261020T111500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:1",
        ("LOCATION", "Noordzee Training Centre, FFS B777 #2, Hoofddorp", ";LANGUAGE=en-US"),
        *outlook_tail(seq=1),
    ]
    out.append(pos("outlook-recurring-onsite-en", vcal(outlook_head(), [MS_WEUROPE], [series, override]), uid,
                   "Noordzee Air", "Senior First Officer B777", "onsite",
                   "p.bakker@noordzeeair.com;e.jansen@noordzeeair.com", "recurring-override-resource-en"))

    # 11. Polish Outlook: interview with the chief pilot; the coordinator only opens the meeting.
    uid = ms_uid("wisla-chief-pilot")
    desc = (
        "Dzień dobry Panie Marku,\n\nw nawiązaniu do pozytywnego wyniku rozmowy z działem HR zapraszam na "
        "rozmowę z kpt. Andrzejem Wróblem, Szefem Pilotów floty B737. Spotkanie odbędzie się w aplikacji "
        "Microsoft Teams i potrwa ok. 60 minut. Będę obecna tylko na początku, aby sprawdzić połączenie.\n\n"
        "Stanowisko: Pierwszy Oficer B737 MAX (baza Warszawa)\n\nPozdrawiam serdecznie\nKatarzyna Nowicka\n"
        "Koordynatorka ds. Rekrutacji Personelu Latającego\nPolskie Linie Lotnicze Wisła S.A.\n\n"
        + teams("wisla-cp", "pl")
    )
    ev = [
        org("k.nowicka@wislaair.pl", "Nowicka, Katarzyna"), att("a.wrobel@wislaair.pl", "Wróbel, Andrzej"),
        att(ME_GMAIL, ME), ("DESCRIPTION", desc, ";LANGUAGE=pl-PL"), ("UID", uid),
        ("SUMMARY", "Rozmowa z Szefem Pilotów - Pierwszy Oficer B737 MAX - Marek Nowak", ";LANGUAGE=pl-PL"),
        "DTSTART;TZID=\"(UTC+01:00) Sarajewo, Skopje, Warszawa, Zagrzeb\":20261013T110000",
        "DTEND;TZID=\"(UTC+01:00) Sarajewo, Skopje, Warszawa, Zagrzeb\":20261013T120000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261006T084017Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Spotkanie w aplikacji Microsoft Teams", ";LANGUAGE=pl-PL"), *outlook_tail(),
    ]
    out.append(pos("outlook-hm-pl", vcal(outlook_head(), [MS_UTC1_PL], [ev]), uid, "Wisła Airlines",
                   "Pierwszy Oficer B737 MAX", "hiring_manager", "a.wrobel@wislaair.pl",
                   "chief-pilot-coordinator-pl"))

    # 12. The user's own Google entry for the HR phone screen.
    uid = g_uid("wisla-hr-phone")
    ev = [
        "DTSTART;TZID=Europe/Madrid:20260929T093000", "DTEND;TZID=Europe/Madrid:20260929T100000",
        "DTSTAMP:20260925T201144Z", f"UID:{uid}", "CREATED:20260925T201102Z",
        ("DESCRIPTION", "She calls my mobile. FO B737 MAX, WAW base.\nAsk: seniority list, command upgrade "
                        "timeline, commuting from MAD?"),
        "LAST-MODIFIED:20260925T201144Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Wisła Airlines – HR phone screen (Monika Sadowska)"), "TRANSP:OPAQUE",
    ]
    text = vcal(google_head("PUBLISH", ME_GMAIL, "Europe/Madrid"), [MADRID], [ev])
    out.append(pos("hand-phone-en", text, uid, "Wisła Airlines", "FO B737 MAX", "recruiter_screen",
                   "Monika Sadowska", "hand-typed-phone-screen-en"))
    return out
