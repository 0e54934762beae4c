"""holdout74: the user's own interviews sent by ATS and scheduling tools (part 2)."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    WEU,
    Ev,
    att,
    dt,
    google_footer,
    head_google,
    head_outlook,
    head_tool,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_windows,
    vcal,
    vevent,
    zoom,
)


def _icims_meridian() -> Ev:
    uid = "iCIMS-Interview-1120-44871-20251112@meridianls.icims.com"
    desc = (
        "Interview Confirmation\n\n"
        "Candidate: Reto Brunner\n"
        "Position: IT Site Lead - Thun (Req ID 2025-11873)\n"
        "Interview Type: Technical Interview\n"
        "Interviewers: Devon Clarke (Global Infrastructure Manager), Oana Petrescu (EMEA Service Delivery)\n\n"
        "Please be prepared to discuss GxP-compliant infrastructure, validated systems and site IT "
        "operations for a manufacturing plant.\n\n"
        + teams("en", "288 901 337 420", "Mx4bFr")
        + "\n\nMeridian Lifesciences Switzerland GmbH is an equal opportunity employer."
    )
    ics = vcal(
        head_tool("-//iCIMS//iCIMS Talent Cloud//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251107T190245Z",
            "DTSTART:20251112T140000Z",
            "DTEND:20251112T150000Z",
            prop("SUMMARY", "Interview Confirmation: IT Site Lead - Thun"),
            prop("LOCATION", "Microsoft Teams Meeting"),
            prop("DESCRIPTION", desc),
            org("talent@meridianls.com", "Meridian Lifesciences Talent Acquisition"),
            att(USER_FREE, "Reto Brunner"),
            att("devon.clarke@meridianls.com", "Devon Clarke"),
            att("oana.petrescu@meridianls.com", "Oana Petrescu"),
        ),
    )
    return Ev(
        "icims-technical", uid, ics, 1, "Meridian Lifesciences", "IT Site Lead - Thun", "technical",
        ("devon.clarke@meridianls.com", "oana.petrescu@meridianls.com"), "icims-utc-en",
    )


def _goodtime_quantrix() -> Ev:
    uid = "gt-4b9e8d2a-11f0-4c51-9a7d-quantrix-onsite@goodtime.io"
    desc = (
        "Hello Reto,\n\n"
        "Your onsite interview for IT Infrastructure Manager, Zurich is confirmed.\n\n"
        "Schedule (Europe/Zurich)\n"
        "13:00-13:45  Grace O'Neill - Senior Director, IT\n"
        "13:45-14:30  Raphael Nussbaum - Network & Datacenter Lead\n"
        "14:30-14:45  Break\n"
        "14:45-15:30  Sunita Iyer - Head of End User Services (remote, joins on Zoom)\n\n"
        "Location: Quantrix Systems, Europaallee 41, 8004 Zürich. Please bring an ID for building access.\n"
        "Your coordinator for the day is Jana Widmer.\n\n"
        "Scheduled with GoodTime"
    )
    ics = vcal(
        head_tool("-//GoodTime.io//GoodTime Hire//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251119T090000Z",
            "DTSTART;TZID=Europe/Zurich:20251126T130000",
            "DTEND;TZID=Europe/Zurich:20251126T153000",
            prop("SUMMARY", "Onsite Interview: Reto Brunner - IT Infrastructure Manager, Zurich"),
            prop("LOCATION", "Quantrix Systems, Europaallee 41, 8004 Zürich"),
            prop("DESCRIPTION", desc),
            org("jana.widmer@quantrix.com", "Jana Widmer"),
            att(USER_FREE, "Reto Brunner"),
            att("grace.oneill@quantrix.com", "Grace O'Neill"),
            att("raphael.nussbaum@quantrix.com", "Raphael Nussbaum"),
            att("sunita.iyer@quantrix.com", "Sunita Iyer"),
            att("zrh-eap-3.02-matterhorn@quantrix.com", "ZRH EAP 3.02 Matterhorn", cutype="ROOM",
                role="NON-PARTICIPANT", rsvp=False),
        ),
    )
    return Ev(
        "goodtime-onsite", uid, ics, 1, "Quantrix Systems", "IT Infrastructure Manager, Zurich", "onsite",
        ("grace.oneill@quantrix.com", "raphael.nussbaum@quantrix.com", "sunita.iyer@quantrix.com"),
        "goodtime-onsite-room-en",
    )


def _modernloop_northbeam() -> Ev:
    uid = "ml-evt-79c2f0e1b4a3d8@modernloop.io"
    desc = (
        "Interview with Northbeam Analytics\n\n"
        "Role: IT Operations Manager, EMEA\n"
        "Interviewer: Marcus Feld (Hiring Manager, VP IT)\n\n"
        + meet("en", "nbx-wqtr-kpa")
        + "\n\nNeed to reschedule? Use the link in your confirmation email.\n"
        "This event was scheduled by ModernLoop on behalf of Northbeam Analytics."
    )
    ics = vcal(
        head_tool("-//ModernLoop//Scheduling//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251201T152000Z",
            "DTSTART:20251204T160000Z",
            "DTEND:20251204T164500Z",
            prop("SUMMARY", "Reto Brunner / Northbeam - Hiring Manager Interview"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "https://meet.google.com/nbx-wqtr-kpa"),
            org("scheduling@northbeam.io", "Northbeam Recruiting"),
            att("marcus.feld@northbeam.io", "Marcus Feld"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev(
        "modernloop-hm", uid, ics, 1, "Northbeam Analytics", "IT Operations Manager, EMEA", "hiring_manager",
        ("marcus.feld@northbeam.io",), "modernloop-hm-en",
    )


def _softgarden_baumann() -> Ev:
    uid = "softgarden-appointment-8823017-1764@softgarden.io"
    desc = (
        "Sehr geehrter Herr Brunner,\n\n"
        "vielen Dank für Ihr Interesse an der Baumann Maschinenbau Schweiz AG. Hiermit bestätigen wir Ihren "
        "Interviewtermin für die Stelle Leiter IT & Organisation (m/w/d), Standort Langenthal.\n\n"
        "Ihre Gesprächspartner:\n"
        "Herr Matthias Leuenberger, Geschäftsführer\n"
        "Frau Sibylle Kuhn, Personalleiterin\n\n"
        "Adresse: Bützbergstrasse 120, 4900 Langenthal, Empfang Gebäude A\n\n"
        "Mit freundlichen Grüssen\nIhr Recruiting-Team\n\n"
        "Diese Nachricht wurde über softgarden versendet."
    )
    ics = vcal(
        head_tool("-//softgarden e-recruiting GmbH//softgarden//DE"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251110T080808Z",
            "DTSTART;TZID=Europe/Zurich:20251113T090000",
            "DTEND;TZID=Europe/Zurich:20251113T103000",
            prop("SUMMARY", "Ihr Vorstellungsgespräch bei der Baumann Maschinenbau Schweiz AG"),
            prop("LOCATION", "Bützbergstrasse 120, 4900 Langenthal"),
            prop("DESCRIPTION", desc),
            org("recruiting@baumann-maschinenbau.ch", "Baumann Maschinenbau Schweiz AG"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev(
        "softgarden-vorstellung", uid, ics, 1, "Baumann Maschinenbau Schweiz", "Leiter IT & Organisation (m/w/d)",
        "", ("Matthias Leuenberger", "Sibylle Kuhn"), "softgarden-names-only-de",
    )


def _calendly_netzwerkstatt() -> Ev:
    uid = "b6f1c7d2-22aa-4e1b-9a40-calendly-7f83d1e0@calendly.com"
    desc = (
        "Event Name: Erstgespräch Leiter Betrieb (45 Min.)\n\n"
        "Location: This is a Google Meet web conference.\n"
        "https://meet.google.com/hjd-oxwe-ptf\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/b6f1c7d2\n"
        "Reschedule: https://calendly.com/reschedulings/b6f1c7d2\n\n"
        "Questions:\n"
        "Bitte teilen Sie uns mit, über welchen Kanal Sie von der Stelle erfahren haben.\n"
        "jobs.ch\n\n"
        "Powered by Calendly.com"
    )
    ics = vcal(
        head_tool("-//Calendly//Calendly Booking//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251028T204412Z",
            "DTSTART:20251031T070000Z",
            "DTEND:20251031T074500Z",
            prop("SUMMARY", "Erstgespräch Leiter Betrieb zwischen Fabio Zanetti und Reto Brunner"),
            prop("LOCATION", "https://meet.google.com/hjd-oxwe-ptf"),
            prop("DESCRIPTION", desc),
            org("fabio.zanetti@netzwerkstatt.ch", "Fabio Zanetti"),
            att(USER_FREE, "Reto Brunner", partstat="ACCEPTED", rsvp=False),
            att("fabio.zanetti@netzwerkstatt.ch", "Fabio Zanetti", partstat="ACCEPTED", rsvp=False),
        ),
    )
    return Ev(
        "calendly-invitee", uid, ics, 1, "Netzwerkstatt", "Leiter Betrieb", "",
        ("fabio.zanetti@netzwerkstatt.ch",), "calendly-company-only-in-domain-de",
    )


def _calcom_datavalley() -> Ev:
    uid = "cal-0e7d4b21a9f64c3b8e55@cal.com"
    desc = (
        "What: Intro call - Head of IT (Datavalley) between Tobias Kern and Reto Brunner\n"
        "Invitee time zone: Europe/Zurich\n"
        "Who:\n- Tobias Kern - Organizer\n  tobias.kern@proton.me\n- Reto Brunner\n  reto.brunner@bluewin.ch\n"
        "Where: Cal Video\nhttps://app.cal.com/video/8kPq2vRt\n\n"
        "Additional notes:\nHi Reto, thanks for reaching out after my LinkedIn post. We're 14 people and "
        "about to run our own small private cloud, so we need someone to own IT end to end. Let's talk.\n\n"
        "Need to make a change? Reschedule or Cancel"
    )
    ics = vcal(
        head_tool("-//Cal.com Inc.//Cal.com Event//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251117T172004Z",
            "DTSTART:20251120T170000Z",
            "DTEND:20251120T173000Z",
            prop("SUMMARY", "Intro call - Head of IT (Datavalley) between Tobias Kern and Reto Brunner"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "https://app.cal.com/video/8kPq2vRt"),
            org("tobias.kern@proton.me", "Tobias Kern"),
            att(USER_FREE, "Reto Brunner", partstat="ACCEPTED"),
            "STATUS:CONFIRMED",
        ),
    )
    return Ev(
        "calcom-founder", uid, ics, 1, "Datavalley Systems", "Head of IT", "",
        ("tobias.kern@proton.me",), "calcom-freemail-founder-en",
    )


def _bookings_aarwil() -> Ev:
    uid = outlook_uid("bookings-aarwil-leiterin-informatik")
    desc = (
        "Einwohnergemeinde Aarwil – Personaldienst\n\n"
        "Dienst: Bewerbungsgespräch Leiter/in Informatik\n"
        "Mitarbeiter: Beatrice Gerber (Gemeindeschreiberin)\n"
        "Kunde: Reto Brunner, reto.brunner@bluewin.ch\n\n"
        "Am Gespräch nimmt zudem Gemeinderat Daniel Hofer (Ressort Finanzen und Informatik) teil.\n\n"
        "Ort: Gemeindehaus Aarwil, Dorfplatz 1, Sitzungszimmer 1. OG\n\n"
        "Um Ihre Buchung zu verwalten, klicken Sie hier.\n"
        "Gebucht mit Microsoft Bookings"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("personaldienst@aarwil.ch", "Einwohnergemeinde Aarwil Personaldienst"),
            att(USER_FREE, "Reto Brunner"),
            att("beatrice.gerber@aarwil.ch", "Beatrice Gerber"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Bewerbungsgespräch Leiter/in Informatik", ";LANGUAGE=de-CH"),
            dt(WEU, "20251202T180000"),
            dt(WEU, "20251202T190000", "DTEND"),
            "DTSTAMP:20251125T101020Z",
            prop("LOCATION", "Gemeindehaus Aarwil, Dorfplatz 1", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "bookings-gemeinde", uid, ics, 1, "Einwohnergemeinde Aarwil", "Leiter/in Informatik", "",
        ("beatrice.gerber@aarwil.ch", "Daniel Hofer"), "bookings-windows-tz-de",
    )


def _workday_blp() -> Ev:
    uid = "WD-CAL-blp-2e4f0a91c7b34d2a8f16@blp.wd103.myworkdayjobs.com"
    desc = (
        "Bonjour Monsieur Brunner,\n\n"
        "Suite à votre premier entretien, nous avons le plaisir de vous convier au deuxième tour pour le poste "
        "de Head of IT Operations (Genève), réf. JR-2025-0931.\n\n"
        "Format : étude de cas (30 min de préparation sur place, 20 min de présentation, 40 min de "
        "discussion)\n"
        "Jury : Philippe Mercier, Directeur des systèmes d'information ; Aurélie Besson, Responsable "
        "Sécurité de l'information\n\n"
        "Adresse : Banque Lémanique Privée SA, Quai de l'Île 17, 1204 Genève. Merci de vous présenter à la "
        "réception 10 minutes avant.\n\n"
        "Ce message a été envoyé par Workday. Merci de ne pas y répondre."
    )
    ics = vcal(
        head_tool("-//Workday Inc.//Workday Recruiting//FR"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251201T093000Z",
            "DTSTART;TZID=Europe/Zurich:20251209T133000",
            "DTEND;TZID=Europe/Zurich:20251209T150000",
            prop("SUMMARY", "Entretien – Head of IT Operations (Genève) – 2e tour"),
            prop("LOCATION", "Quai de l'Île 17, 1204 Genève"),
            prop("DESCRIPTION", desc),
            org("recrutement@blp.ch", "Banque Lémanique Privée – Recrutement"),
            att(USER_FREE, "Reto Brunner"),
            att("philippe.mercier@blp.ch", "Philippe Mercier"),
            att("aurelie.besson@blp.ch", "Aurélie Besson"),
        ),
    )
    return Ev(
        "workday-etude-de-cas", uid, ics, 1, "Banque Lémanique Privée", "Head of IT Operations (Genève)",
        "technical", ("philippe.mercier@blp.ch", "aurelie.besson@blp.ch"), "workday-case-fr",
    )


def _greenhouse_rhenovia_hm() -> Ev:
    uid = "1k9v3l0c2n7rh5e0v1a@google.com"
    desc = (
        "Hi Reto,\n\nThanks again for your time last week - the panel enjoyed the conversation. Next step is "
        "a conversation with our Chief Operating Officer, Dr. Katrin Vogt, to whom the Head of IT role "
        "reports.\n\nBest,\nHannah\n\n"
        "Greenhouse scheduling | Rhenovia Therapeutics\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        + meet("en", "rhv-ofpq-ndx")
        + "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        + google_footer("en")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251111T083000",
            "DTEND;TZID=Europe/Zurich:20251111T091500",
            "DTSTAMP:20251105T130744Z",
            org("hannah.lutz@rhenovia.com", "Hannah Lutz"),
            f"UID:{uid}",
            att("katrin.vogt@rhenovia.com", "Dr. Katrin Vogt", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("hannah.lutz@rhenovia.com", "Hannah Lutz", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False,
                extra=";X-NUM-GUESTS=0"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/rhv-ofpq-ndx",
            "CREATED:20251105T130742Z",
            prop("DESCRIPTION", desc),
            "LAST-MODIFIED:20251105T130744Z",
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Rhenovia | Reto Brunner x Katrin Vogt (COO)"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-coo", uid, ics, 1, "Rhenovia Therapeutics", "Head of IT", "hiring_manager",
        ("katrin.vogt@rhenovia.com",), "greenhouse-google-hm-en",
    )


def _ashby_ledgerline_screen() -> Ev:
    uid = "ashby-sched-0d5c7e12-98ab-4e0f-b3c1-1a2b3c4d5e6f@ashbyhq.com"
    desc = (
        "Reto, thanks for applying to Ledgerline! This is a 30-minute call with Mia from our talent team to get "
        "to know you and share more about the Head of IT & Workplace role.\n\n"
        + zoom("en", "811 4420 9071", "ledger")
        + "\n\nPowered by Ashby"
    )
    ics = vcal(
        head_tool("-//Ashby//Ashby Scheduling//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251020T094500Z",
            "DTSTART:20251024T071500Z",
            "DTEND:20251024T074500Z",
            prop("SUMMARY", "Ledgerline: Intro call with Mia Keller"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Zoom"),
            org("mia.keller@ledgerline.ch", "Mia Keller"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev(
        "ashby-intro", uid, ics, 1, "Ledgerline", "Head of IT & Workplace", "recruiter_screen",
        ("mia.keller@ledgerline.ch",), "ashby-recruiter-en",
    )


def events() -> list[Ev]:
    return [
        _icims_meridian(),
        _goodtime_quantrix(),
        _modernloop_northbeam(),
        _softgarden_baumann(),
        _calendly_netzwerkstatt(),
        _calcom_datavalley(),
        _bookings_aarwil(),
        _workday_blp(),
        _greenhouse_rhenovia_hm(),
        _ashby_ledgerline_screen(),
    ]
