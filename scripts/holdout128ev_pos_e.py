"""holdout128: the user's own interviews for trainer and specialist roles (English and German, schedulers)."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    MEET_EN,
    TEAMS_EN,
    WIN_W_EUROPE,
    ZOOM_EN,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)


def osteon_smartrecruiters() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:sr-interview-6640b1f2e8a34c0d9b7e5a21@smartrecruiters.com",
        "DTSTAMP:20250917T132200Z",
        "DTSTART:20250924T073000Z",
        "DTEND:20250924T080000Z",
        "SUMMARY:Interview: Clinical Education Manager (Dental Hygiene) – Basel",
        "ORGANIZER;CN=Osteon Implant Systems:mailto:noreply@smartrecruiters.com",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Jana Kovačević;ROLE=REQ-PARTICIPANT:mailto:jana.kovacevic@osteon-implants.com",
        r"DESCRIPTION:Dear Martina\,\n\nYour interview has been scheduled.\n\nPosition: Clinical Education "
        r"Manager (Dental Hygiene) – Basel\nCompany: Osteon Implant Systems AG\nInterviewer: Jana Kovačević\, "
        r"Talent Acquisition Specialist\nFormat: Video call (link below)\nDuration: 30 min\n"
        + fill(TEAMS_EN, id="OTc0ZTMxNmItZDQ4Yi00ZjliLTg2ZDEtYTNiODJmMWM2ZTA5", mid="318 440 295 667", pc="aM3kP8")
        + r"\nTo reschedule\, use the link in your confirmation email.\nPowered by SmartRecruiters",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("smartrecruiters-screen-en", cal("-//SmartRecruiters//SmartRecruiters Calendar//EN", body), pos=True,
              company="Osteon Implant Systems", role="Clinical Education Manager (Dental Hygiene)",
              stage="recruiter_screen", interviewers="jana.kovacevic@osteon-implants.com",
              trap="smartrecruiters-teams-en")


def osteon_modernloop() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:ml-5a0e3c71-92b4-4f6d-8e13-c7d2a9b40f58@modernloop.io",
        "DTSTAMP:20250930T084400Z",
        "DTSTART:20251007T120000Z",
        "DTEND:20251007T130000Z",
        "SUMMARY:Hiring Manager Interview | Martina Schnyder | Clinical Education Manager",
        "ORGANIZER;CN=Osteon Interview Scheduling:mailto:interviews@osteon-implants.com",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Fabrice Roux;ROLE=REQ-PARTICIPANT:mailto:fabrice.roux@osteon-implants.com",
        "ATTENDEE;CN=Nina Keller;ROLE=OPT-PARTICIPANT:mailto:nina.keller@osteon-implants.com",
        r"DESCRIPTION:Hi Martina\,\n\nYou're confirmed for your interview with Osteon.\n\nInterviewer\nDr. "
        r"Fabrice Roux – Director Education EMEA (hiring manager)\n\nCoordinator\nNina Keller – Recruiting "
        r"Coordinator (not attending)\n\nAgenda: your experience training dental teams\, implant "
        r"maintenance protocols\, questions for Fabrice.\n" + fill(ZOOM_EN, who="Osteon Interview Scheduling",
                                                                    mid="86630195742", pc="T3N0ZW9uSE1pbnQ",
                                                                    mid_sp="866 3019 5742", code="207781")
        + r"\nScheduled with ModernLoop",
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("modernloop-hm-en", cal("-//ModernLoop//ModernLoop Scheduling//EN", body), pos=True,
              company="Osteon Implant Systems", role="Clinical Education Manager", stage="hiring_manager",
              interviewers="fabrice.roux@osteon-implants.com", trap="modernloop-coordinator-attendee-en")


def clearflow_ashby() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:ashby-interview-event-1c3e5a7b-9d0f-4b2d-8f6a-0e2c4a6b8d1f",
        "DTSTAMP:20251009T155000Z",
        "DTSTART:20251015T130000Z",
        "DTEND:20251015T140000Z",
        "SUMMARY:Martina Schnyder <> ClearFlow – Clinical Skills Interview",
        "ORGANIZER;CN=ClearFlow Recruiting:mailto:recruiting@clearflow-aligners.com",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Dr. Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman@clearflow-aligners.com",
        "ATTENDEE;CN=Severin Odermatt;ROLE=REQ-PARTICIPANT:mailto:severin.odermatt@clearflow-aligners.com",
        r"DESCRIPTION:Interview for Clinical Trainer – Aligner Therapy (Zurich)\n\nInterviewers:\n"
        r"• Dr. Priya Raman\, Clinical Director Europe\n• Severin Odermatt\, Lead Clinical Trainer DACH\n\n"
        r"What to expect: we'll walk through a real case (attachment placement\, IPR\, hygiene during "
        r"aligner therapy) and you'll explain it as if to a practice team.\n\nJoin: https://meet.google.com"
        r"/yrc-kdtm-qbe\n\nPowered by Ashby",
        "LOCATION:https://meet.google.com/yrc-kdtm-qbe",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("ashby-technical-en", cal("-//Ashby//Ashby Scheduling//EN", body), pos=True,
              company="ClearFlow Aligners", role="Clinical Trainer – Aligner Therapy (Zurich)", stage="technical",
              interviewers="priya.raman@clearflow-aligners.com;severin.odermatt@clearflow-aligners.com",
              trap="ashby-skills-en")


def clearflow_typed_utc() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "CREATED:20251017T193301Z",
        "DTSTAMP:20251017T193340Z",
        "LAST-MODIFIED:20251017T193340Z",
        "UID:A7B8C9D0-E1F2-4A3B-8C4D-5E6F7A8B9C0D",
        "DTSTART:20251022T143000Z",
        "DTEND:20251022T153000Z",
        "SUMMARY:Interview ClearFlow (Teams) – letzte Runde",
        "DESCRIPTION:Mit Country Manager. Fragen: Reisetätigkeit\\, Auto\\, 80% möglich?",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("ios-typed-utc-de", cal(APPLE, body, method=None), pos=True, company="ClearFlow Aligners",
              stage="final", trap="typed-utc-mixed-lang")


def praxidenta_rexx() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:rexx-appointment-7713-20251001@praxidenta.ch",
        "DTSTAMP:20250924T101010Z",
        "DTSTART;TZID=Europe/Zurich:20251001T140000",
        "DTEND;TZID=Europe/Zurich:20251001T153000",
        "SUMMARY:Einladung zum Vorstellungsgespräch – Produktspezialist/in Prophylaxe (Aussendienst)",
        "ORGANIZER;CN=Praxidenta AG Personalabteilung:mailto:bewerbung@praxidenta.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Roman Huggler;ROLE=REQ-PARTICIPANT:mailto:roman.huggler@praxidenta.ch",
        "ATTENDEE;CN=Sibylle Marti;ROLE=REQ-PARTICIPANT:mailto:sibylle.marti@praxidenta.ch",
        r"DESCRIPTION:Sehr geehrte Frau Schnyder\n\nWir freuen uns\, Sie zu einem Vorstellungsgespräch für die "
        r"Position Produktspezialist/in Prophylaxe (Aussendienst Deutschschweiz\, 100 %) einzuladen.\n\n"
        r"Ihre Gesprächspartner:\nRoman Huggler\, Verkaufsleiter Deutschschweiz\nSibylle Marti\, HR Business "
        r"Partner\n\nOrt: Praxidenta AG\, Überlandstrasse 205\, 8600 Dübendorf\, Empfang\n\nBitte bringen Sie "
        r"einen gültigen Führerausweis Kat. B mit.\n\nFreundliche Grüsse\nPraxidenta AG – Human Resources",
        "LOCATION:Überlandstrasse 205\\, 8600 Dübendorf",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("rexx-onsite-de", cal("-//rexx systems//rexx Recruiting//DE", body, tz=tz_olson("Europe/Zurich")),
              pos=True, company="Praxidenta", role="Produktspezialist/in Prophylaxe (Aussendienst)",
              stage="hiring_manager", interviewers="roman.huggler@praxidenta.ch;sibylle.marti@praxidenta.ch",
              trap="rexx-sales-manager-de")


def oravis_icims() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:icims-sched-2025-3391-448812@oravis.icims.com",
        "DTSTAMP:20251020T080505Z",
        "DTSTART;TZID=Europe/Vienna:20251028T160000",
        "DTEND;TZID=Europe/Vienna:20251028T163000",
        "SUMMARY:Oravis Medical – Initial Screening – Clinical Trainer Austria & Switzerland (2025-3391)",
        "ORGANIZER;CN=Oravis Talent Acquisition:mailto:careers@oravis-medical.com",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Markus Pichler;ROLE=REQ-PARTICIPANT:mailto:markus.pichler@oravis-medical.com",
        r"DESCRIPTION:Dear Martina Schnyder\,\n\nThank you for applying to Oravis Medical GmbH. We would like "
        r"to invite you to an initial screening for Requisition 2025-3391 Clinical Trainer Austria & "
        r"Switzerland (based in Vienna or home office Zurich).\n\nInterviewer: Markus Pichler\, Senior "
        r"Recruiter\nTime: 28 October 2025\, 16:00 CET (Vienna)\n" + fill(TEAMS_EN, id="MWE5ZDBiNzUtYzVmMi00Yjk"
        "xLWE2MDQtN2Q0ZWY4M2I5YzE2", mid="377 916 008 524", pc="Vn5zX3") + r"\nThis invitation was sent by "
        r"iCIMS on behalf of Oravis Medical GmbH.",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("icims-vienna-en", cal("-//iCIMS//iCIMS Scheduling//EN", body, tz=tz_olson("Europe/Vienna")),
              pos=True, company="Oravis Medical", role="Clinical Trainer Austria & Switzerland",
              stage="recruiter_screen", interviewers="markus.pichler@oravis-medical.com", trap="icims-vienna-en")


def zahnstudio_gmail() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Vienna:20251103T180000",
        "DTEND;TZID=Europe/Vienna:20251103T184500",
        "DTSTAMP:20251027T211500Z",
        "ORGANIZER;CN=Florian Reisinger:mailto:florian.reisinger.dds@gmail.com",
        "UID:2f8b4d0a6c3e5a7c9e1b3d5f7a9c1e4a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Florian Reisinger;X-NUM-G"
        "UESTS=0:mailto:florian.reisinger.dds@gmail.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Hi Martina\, thanks again for your application. As we treat many expats at Zahnstudio "
        r"1010\, I'd like to do our first conversation in English if that's ok. We're looking for a "
        r"dental hygienist (Prophylaxe) 4 days a week\, start February. Talk soon\, Florian (owner)"
        + fill(MEET_EN, code="wfd-ngsa-xmo", pin="512", pin2="664 120 873"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Interview – Dental Hygienist",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-gmail-owner-vienna-en", cal(GOOGLE, body, tz=tz_olson("Europe/Vienna")), pos=True,
              company="Zahnstudio 1010", role="Dental Hygienist", stage="hiring_manager",
              interviewers="florian.reisinger.dds@gmail.com", trap="owner-gmail-company-in-body-en")


def glattpark_bookings() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Zahnarztzentrum Glattpark:mailto:Bewerbungen@zahnarztzentrum-glattpark.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Schnyder:mailto:martina.schnyde"
        "r@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Vorstellungsgespräch Dentalhygiene\n"
        r"Mitarbeiter: Dr. Nadia Koller\nDauer: 45 Minuten\nAdresse: Thurgauerstrasse 101\, 8152 Glattpark "
        r"(Opfikon)\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/ZahnarztzentrumGlattpark@"
        r"zahnarztzentrum-glattpark.ch/bookings/\n\nBitte bringen Sie Ihr Diplom und Arbeitszeugnisse mit.\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0B6F1A2E93ADC01000000000000000010000000C8D7E6F5A4B3C2D1E0F9",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Dentalhygiene",
        "DTSTART;TZID=W. Europe Standard Time:20251009T140000",
        "DTEND;TZID=W. Europe Standard Time:20251009T144500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251001T102233Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Thurgauerstrasse 101\\, 8152 Glattpark (Opfikon)",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ]
    return ev("ms-bookings-de", cal(EXCHANGE, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Zahnarztzentrum Glattpark", role="Dentalhygiene", interviewers="Nadia Koller",
              trap="bookings-staff-name-only-de")


EVENTS = [
    osteon_smartrecruiters, osteon_modernloop, clearflow_ashby, clearflow_typed_utc, praxidenta_rexx, oravis_icims,
    zahnstudio_gmail, glattpark_bookings,
]
