"""holdout277 events, part D: household, trade and personal events that are not the user's job interview."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout277ev_zones import GMT, ROMANCE, UTC1, WEU, ZURICH, ZURICH_APPLE

FORMS: dict[str, str] = {}

EVENTS = [
    dict(
        kind="outlook-recurring-staff-briefing",
        uid="040000008200E00074C5B7101A82E00800000000307A9E1D5C6FDB010000000000000000100000004E8C2A6F1B3D950E7A2C4F6B8D1E3A50",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="weekly-staff-briefing-rrule-with-moved-instance",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Personal Villa Seerose":mailto:personal@villa-seerose.example.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Küche Villa Seerose":mailto:kueche@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Wochenbriefing: Agenda Familie\, Gäste\, Anlässe\, Lieferungen\, Fahrzeuge\, Ferienplanung Personal.\n
RRULE:FREQ=WEEKLY;UNTIL=20260629T060000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000307A9E1D5C6FDB010000000000000000100000004E8C2A6F1B3D950E7A2C4F6B8D1E3A50
SUMMARY;LANGUAGE=de-CH:Staff Briefing / Wochenbriefing
DTSTART;TZID=W. Europe Standard Time:20260105T080000
DTEND;TZID=W. Europe Standard Time:20260105T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251215T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Personalraum
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Personal Villa Seerose":mailto:personal@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Ostermontag – Briefing am Dienstag. Schwerpunkt: Ankunft Gäste aus London\, Dinner 12 Pers. am Samstag.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260406T080000
UID:040000008200E00074C5B7101A82E00800000000307A9E1D5C6FDB010000000000000000100000004E8C2A6F1B3D950E7A2C4F6B8D1E3A50
SUMMARY;LANGUAGE=de-CH:Staff Briefing / Wochenbriefing
DTSTART;TZID=W. Europe Standard Time:20260407T080000
DTEND;TZID=W. Europe Standard Time:20260407T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260330T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Personalraum
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-dinner-planning",
        uid="2b7m0q4k9d1v6c3h8f5tnrsj4o@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="household-dinner-for-12-menu-meeting",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Villa Seerose – Haushalt
X-WR-TIMEZONE:Europe/Zurich
X-WR-CALDESC:Anlässe\, Lieferungen\, Personal
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260408T100000
DTEND;TZID=Europe/Zurich:20260408T110000
DTSTAMP:20260409T050000Z
UID:2b7m0q4k9d1v6c3h8f5tnrsj4o@google.com
CREATED:20260401T091204Z
DESCRIPTION:Dinner 12 Pers. Sa 11.4.: Menü mit Koch festlegen\, Weinbegleitu
 ng\, Tischordnung (Fr. B. schickt Liste)\, Blumen Fleurop\, 2 Aushilfen Servi
 ce\, Chauffeur für Gäste Dolder.
LAST-MODIFIED:20260401T091204Z
LOCATION:Küche
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Menübesprechung Dinner 12 Pers. (Koch)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-supplier-degustation",
        uid="040000008200E00074C5B7101A82E008000000005D2F8B0C39BEDC01000000000000000010000000B7D1F3A5C9E02648B5F9D3A1C7E0B2F4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="supplier-wine-degustation-at-household",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Hug, Martin":mailto:martin.hug@vinothek-am-see.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Aebersold\n\nwie besprochen bringe ich die Auswahl für den Sommer (Weissweine Lavaux und Wachau\, Rosé Provence\, 2 Magnum Bordeaux für den Geburtstag) zur Degustation mit. Preisliste folgt.\n\nFreundliche Grüsse\nMartin Hug\nVinothek am See AG\n
UID:040000008200E00074C5B7101A82E008000000005D2F8B0C39BEDC01000000000000000010000000B7D1F3A5C9E02648B5F9D3A1C7E0B2F4
SUMMARY;LANGUAGE=de-CH:Degustation Sommerweine – Vinothek am See
DTSTART;TZID=W. Europe Standard Time:20260423T100000
DTEND;TZID=W. Europe Standard Time:20260423T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T081900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Weinkeller
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-vehicle-service",
        uid="D8F3B0A6-2E1C-4957-8B4D-C6A0E9F31D72",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="vehicle-service-floating-hand-typed",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260202T160011Z
DTSTAMP:20260202T160058Z
DTSTART:20260211T073000
DTEND:20260211T083000
LAST-MODIFIED:20260202T160058Z
LOCATION:Garage Erlenbach
SEQUENCE:0
SUMMARY:Service Range Rover + Winterpneus prüfen
DESCRIPTION:Ersatzwagen reserviert. Chauffeur bringt\, ich hole ab 17h
TRANSP:OPAQUE
UID:D8F3B0A6-2E1C-4957-8B4D-C6A0E9F31D72
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-allday-principals-travel",
        uid="040000008200E00074C5B7101A82E00800000000A3C5E7F91BB2DC010000000000000000100000009F1D3B5A7C0E2468F1B3D5A7C9E0F2B4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="principals-travel-multi-day-allday",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Fam. B. mit Kindern in der Chesa\, St. Moritz. Chauffeur fährt Sa voraus mit Gepäck. Villa: Grundreinigung Salon\, Handwerker Pool.\n
UID:040000008200E00074C5B7101A82E00800000000A3C5E7F91BB2DC010000000000000000100000009F1D3B5A7C0E2468F1B3D5A7C9E0F2B4
SUMMARY;LANGUAGE=de-CH:Fam. B. in St. Moritz
DTSTART;VALUE=DATE:20260214
DTEND;VALUE=DATE:20260222
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T101500Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-jahresgespraech",
        uid="040000008200E00074C5B7101A82E00800000000F4B6D8A02CA3DC01000000000000000010000000A0E2C4F6B8D13579E0A2C4F6B8D1F3A5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="own-annual-review-with-coo-same-person-as-internal-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Maag, Ruedi":mailto:ruedi.maag@seerose-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Hoi Thomas\, wie jedes Jahr: Rückblick 2025\, Ziele 2026\, Weiterbildung\, Lohn. Bitte Selbstbeurteilung (Formular HR) vorher ausfüllen. Gruss Ruedi\n
UID:040000008200E00074C5B7101A82E00800000000F4B6D8A02CA3DC01000000000000000010000000A0E2C4F6B8D13579E0A2C4F6B8D1F3A5
SUMMARY;LANGUAGE=de-CH:Mitarbeitergespräch / Jahresgespräch T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260128T150000
DTEND;TZID=W. Europe Standard Time:20260128T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260112T093300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Family Office Küsnacht
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-press-interview",
        uid="3n8d1v5k0q7m2c9f4h6bsrtj1l@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-user-is-interviewee",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260225T100000Z
DTEND:20260225T110000Z
DTSTAMP:20260218T133012Z
ORGANIZER;CN=Nina Stalder:mailto:nina.stalder@gastgeber-magazin.example.ch
UID:3n8d1v5k0q7m2c9f4h6bsrtj1l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nina St
 alder;X-NUM-GUESTS=0:mailto:nina.stalder@gastgeber-magazin.example.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
CREATED:20260218T132844Z
DESCRIPTION:Interview für die Serie «Berufe hinter verschlossenen Türen»: Be
 rufsbild Butler/House Manager heute. Wie vereinbart anonymisiert (kein Arbeit
 geber\, kein Ort)\, Foto nur von hinten. Ca. 45 Min.\, danach Zitate zum Gegen
 lesen.\nNina Stalder\, Redaktorin\, Gastgeber Magazin\n\nEinladung von Google
  Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail
 \, weil Sie ein Gast dieses Termins sind.
LAST-MODIFIED:20260218T133012Z
LOCATION:Café Schober\, Napfgasse\, Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Gastgeber Magazin – Berufsbild Butler (T. Aebersold)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-research-interview",
        uid="ZOOM89034411852@zoom.us",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="research-interview-participant-study",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20260304T151100Z
DTSTART:20260311T180000Z
DTEND:20260311T190000Z
SUMMARY:Forschungsinterview – Studie «Arbeitsbedingungen im Privathaushalt»
UID:ZOOM89034411852@zoom.us
TZID:Europe/Zurich
DESCRIPTION:Dr. Lara Vonlanthen lädt Sie zu einem geplanten Zoom-Meeting ein
 .\n\nQualitatives Interview (ca. 60 Min.) im Rahmen des Forschungsprojekts de
 r Hochschule für Hospitality Management Zürich (HHMZ). Teilnahme freiwillig\,
  Auswertung anonym\, Entschädigung CHF 50.\n\nZoom-Meeting beitreten\nhttps:/
 /hhmz.zoom.example.com/j/89034411852\n\nMeeting-ID: 890 3441 1852\nKenncode: 
 557120
LOCATION:https://hhmz.zoom.example.com/j/89034411852
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-mock-interview",
        uid="9c2e5a71-0b4d-4f38-8e6a-d7f1b3c9a052@calendly.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-interview-with-coach-estate-manager",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:9c2e5a71-0b4d-4f38-8e6a-d7f1b3c9a052@calendly.example.com
DTSTAMP:20260213T204400Z
DTSTART:20260217T170000Z
DTEND:20260217T181500Z
SUMMARY:Thomas Aebersold and Karin Blum
ORGANIZER;CN=Karin Blum:mailto:karin@blum-coaching.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t.aebersold@bluewin.ch
LOCATION:Blum Coaching\, Freiestrasse 88\, 8032 Zürich
DESCRIPTION:Event Name: Mock Interview (75 min)\n\nSimuliertes Vorstellungsg
 espräch mit Video-Feedback. Bitte Stelleninserat und Ihr Dossier mitbringen.\n
 \nQuestions and answers:\nFür welche Stelle üben Sie?\nEstate Manager Family 
 Office (Gespräch mit COO nächste Woche)\n\nNeed to make changes to this event
 ?\nCancel: https://calendly.example.com/cancellations/9c2e5a71\nReschedule: h
 ttps://calendly.example.com/reschedulings/9c2e5a71\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar-interviewing-english",
        uid="webinar-gohp-2026-03-estate-interviews@events.gohp.example.org",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-interviewing-for-estate-roles",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-gohp-2026-03-estate-interviews@events.gohp.example.org
DTSTAMP:20260301T120000Z
DTSTART:20260305T190000Z
DTEND:20260305T200000Z
SUMMARY:Webinar: Interviewing for Estate Manager Roles – What Family Offices Really Ask
ORGANIZER;CN=The Guild of Household Professionals:mailto:events@gohp.example.org
LOCATION:Online – GoTo Webinar
DESCRIPTION:Join senior placement consultants and a family office COO for a 
 practical session on the estate manager interview process: competency quest
 ions\, trial days\, NDAs and how to talk about former principals without br
 eaching confidentiality.\n\nJoin: https://attendee.gotowebinar.example.com/j
 oin/4417730219\nWebinar ID: 441-773-0219\n\nMembers free.
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-recurring-course",
        uid="c3a9e1f7-5b2d-4086-a4c8-e6f0b2d4a1c9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="class-bewerbungstraining-three-evenings-rrule",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + ZURICH
        + r"""BEGIN:VEVENT
CREATED:20260108T202211Z
LAST-MODIFIED:20260108T202355Z
DTSTAMP:20260108T202355Z
UID:c3a9e1f7-5b2d-4086-a4c8-e6f0b2d4a1c9
SUMMARY:Kurs: Bewerbungstraining 45+ – Vorstellungsgespräche souverän führen
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TH
DTSTART;TZID=Europe/Zurich:20260122T183000
DTEND;TZID=Europe/Zurich:20260122T210000
DESCRIPTION:Bildungszentrum Seefeld\, Kurs 26-BT-045\, Kursleiterin S. Hänni. 3 Abende\, Rollenspiele mit Video.
LOCATION:Bildungszentrum Seefeld\, Zimmer 204
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-referee-call",
        uid="040000008200E00074C5B7101A82E00800000000B1D3F5A74DC1DC01000000000000000010000000C3E5A7B9D1F02468C3E5A7B9D1F0A2C4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="reference-call-user-is-referee-for-former-staff",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Hollis, Kate":mailto:kate.hollis@chauffeurselect.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Aebersold\,\n\nMarco Bianchi has named you as a referee for a chauffeur position with one of our clients in London. Would you be able to take a 15-minute reference call? Questions will cover his reliability\, discretion and driving record during his time with your household.\n\nMany thanks\nKate Hollis\nChauffeur Select Ltd\n
UID:040000008200E00074C5B7101A82E00800000000B1D3F5A74DC1DC01000000000000000010000000C3E5A7B9D1F02468C3E5A7B9D1F0A2C4
SUMMARY;LANGUAGE=en-GB:Reference call – Marco Bianchi (chauffeur)
DTSTART;TZID=GMT Standard Time:20260414T080000
DTEND;TZID=GMT Standard Time:20260414T081500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260409T151002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-prep-block",
        uid="F1A6C3E8-5D20-4B97-9C4E-0B7D2F5A8E31",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-names-employer-and-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
"""
        + ZURICH_APPLE
        + r"""BEGIN:VEVENT
CREATED:20260219T212001Z
DTSTAMP:20260219T212044Z
DTSTART;TZID=Europe/Zurich:20260223T193000
DTEND;TZID=Europe/Zurich:20260223T213000
LAST-MODIFIED:20260219T212044Z
SEQUENCE:0
SUMMARY:Vorbereitung Gespräch Aurelian (Wyss)
DESCRIPTION:Fragen an COO: Teamgrösse\, Budget\, Reisen Côte d'Azur\, Nachfolge? Zahlen Seerose anonymisieren. STAR-Beispiele: Umbau Chalet\, Personalwechsel 2024\, Staatsbesuch-Dinner
TRANSP:OPAQUE
UID:F1A6C3E8-5D20-4B97-9C4E-0B7D2F5A8E31
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-thank-you-reminder",
        uid="0C8E2A4F-7B19-4D63-A5E0-D9F1B3C7E286",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-reminder-names-employer-after-final",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260219T133012Z
DTSTAMP:20260219T133040Z
DTSTART:20260219T180000
DTEND:20260219T181500
LAST-MODIFIED:20260219T133040Z
SEQUENCE:0
SUMMARY:Dankesmail Wispile Palace an Hr. Rossier + Fr. Perrenoud!
DESCRIPTION:kurz\, persönlich\, Bezug auf Royal Suite Rundgang
TRANSP:TRANSPARENT
UID:0C8E2A4F-7B19-4D63-A5E0-D9F1B3C7E286
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0S
UID:9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A
X-WR-ALARMUID:9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-undisclosed-client",
        uid="040000008200E00074C5B7101A82E00800000000C2E4A6B85ED0DC01000000000000000010000000D4F6B8A0C2E13579D4F6B8A0C2E1B3D5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="agency-intro-call-client-not-yet-named",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Henrietta Cole":mailto:henrietta.cole@cavendishrowe.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=en-GB:Dear Thomas\,\n\nThank you for registering with Cavendish & Rowe. I would love to have an introductory call to learn about your experience and tell you about a confidential House Manager search we are running for a UHNW family with homes in London and the Swiss Alps. The client's identity can only be shared once you have signed our NDA.\n\nBest wishes\nHenrietta Cole\nSenior Consultant – Private Households\nCavendish & Rowe Household Staffing Ltd\n
UID:040000008200E00074C5B7101A82E00800000000C2E4A6B85ED0DC01000000000000000010000000D4F6B8A0C2E13579D4F6B8A0C2E1B3D5
SUMMARY;LANGUAGE=en-GB:Introductory call – Thomas Aebersold / Cavendish & Rowe (confidential House Manager search)
DTSTART;TZID=GMT Standard Time:20260114T120000
DTEND;TZID=GMT Standard Time:20260114T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T101212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone – Henrietta will call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-headhunter-confidential",
        uid="040000008200E00074C5B7101A82E00800000000D3F5B7C96FE1DC01000000000000000010000000E5A7C9B1D3F02468E5A7C9B1D3F0C4E6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="headhunter-erstgespraech-confidential-mandate-no-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC1
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Aeschbach, Dominik":mailto:d.aeschbach@aeschbach-search.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Aebersold\n\nbesten Dank für Ihre Rückmeldung. Wie erwähnt führen wir ein vertrauliches Mandat: Estate Manager für eine UHNW-Familie am Zürichsee (mehrere Liegenschaften\, Team von rund 12 Personen). Den Namen der Familie kann ich erst nach einem ersten Gespräch und mit deren Einverständnis nennen.\n\nFreundliche Grüsse\nDominik Aeschbach\nPartner\, Aeschbach Executive Search AG\n
UID:040000008200E00074C5B7101A82E00800000000D3F5B7C96FE1DC01000000000000000010000000E5A7C9B1D3F02468E5A7C9B1D3F0C4E6
SUMMARY;LANGUAGE=de-CH:Erstgespräch vertrauliches Mandat Estate Manager – Hr. Aebersold
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260602T173000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260602T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260527T145501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Aeschbach Executive Search\, Löwenstrasse 25\, Zürich
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-daughter-interview",
        uid="4p9c2k7d0v5m1q8f3h6bnrtj2w@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="daughter-apprenticeship-vorstellungsgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Aebersold
X-WR-TIMEZONE:Europe/Zurich
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260304T133000
DTEND;TZID=Europe/Zurich:20260304T150000
DTSTAMP:20260305T050000Z
UID:4p9c2k7d0v5m1q8f3h6bnrtj2w@google.com
CREATED:20260225T190412Z
DESCRIPTION:Lea Vorstellungsgespräch Lehrstelle FaGe\, Seespital Uetikon\, 1
 4:00 bei Fr. Kunz (Berufsbildung). Papa fährt\, Schnupperbericht mitnehmen!
LAST-MODIFIED:20260225T190412Z
LOCATION:Seespital Uetikon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lea Vorstellungsgespräch Lehrstelle (Seespital)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-spouse-interview",
        uid="B6D0F4A2-8C3E-4715-9A6B-E2C8F0D4B193",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="spouse-job-interview-childcare-note",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260412T181100Z
DTSTAMP:20260412T181133Z
DTSTART:20260416T140000
DTEND:20260416T153000
LAST-MODIFIED:20260412T181133Z
SEQUENCE:0
SUMMARY:Sandra Vorstellungsgespräch Spitex 14h -> Kinder abholen!
DESCRIPTION:Nico Hort bis 16h\, Lea hat frei
TRANSP:OPAQUE
UID:B6D0F4A2-8C3E-4715-9A6B-E2C8F0D4B193
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-entretien-maintenance",
        uid="040000008200E00074C5B7101A82E00800000000E4A6C8D07AF2DC01000000000000000010000000F6B8D0A2C4E13579F6B8D0A2C4E1D5F7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="french-entretien-means-boiler-maintenance",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Chauffage Léman Service SA – Planification":mailto:planification@chauffage-leman.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour\,\n\nNous vous confirmons l'entretien annuel de la chaudière et du contrôle de combustion à la résidence de Genève. Notre technicien\, M. Favre\, aura besoin d'un accès à la chaufferie (sous-sol) pendant environ 2 heures.\n\nMerci de prévoir une personne sur place.\n\nChauffage Léman Service SA\n
UID:040000008200E00074C5B7101A82E00800000000E4A6C8D07AF2DC01000000000000000010000000F6B8D0A2C4E13579F6B8D0A2C4E1D5F7
SUMMARY;LANGUAGE=fr-CH:Entretien annuel chaudière – Résidence Genève
DTSTART;TZID=Romance Standard Time:20260505T080000
DTEND;TZID=Romance Standard Time:20260505T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260424T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Résidence Genève\, chaufferie
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish-staff-review",
        uid="040000008200E00074C5B7101A82E00800000000F5B7D9E18B03DC01000000000000000010000000A7C9E1B3D5F02468A7C9E1B3D5F0E6A8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="spanish-entrevista-anual-with-own-staff",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ruiz, Carmen":mailto:carmen.ruiz@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=es-ES:Hola Carmen\,\n\ncomo cada año\, tenemos nuestra entrevista anual: balance del año\, vacaciones de verano\, formación (curso de cuidado de textiles) y tus deseos para el próximo año.\n\nUn saludo\nThomas\n
UID:040000008200E00074C5B7101A82E00800000000F5B7D9E18B03DC01000000000000000010000000A7C9E1B3D5F02468A7C9E1B3D5F0E6A8
SUMMARY;LANGUAGE=es-ES:Entrevista anual – Carmen Ruiz (ama de llaves)
DTSTART;TZID=W. Europe Standard Time:20260211T140000
DTEND;TZID=W. Europe Standard Time:20260211T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260204T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Villa Seerose\, Office Personal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-informational-interview",
        uid="040000008200E00074C5B7101A82E00800000000A6C8E0F29C14DC01000000000000000010000000B8D0F2A4C6E13579B8D0F2A4C6E1F7B9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="informational-interview-with-peer-no-vacancy",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Sarah":mailto:sarah.whitfield@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=en-GB:Hi Thomas\, happy to do a quick informational interview about the London household market – salaries\, agencies worth registering with\, visas for Swiss nationals. No vacancy on my side\, just a chat between colleagues from the Guild.\nSarah\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc2YTFj@thread.v2/0>\nMeeting ID: 251 908 334 17\nPasscode: w3QkT5\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A6C8E0F29C14DC01000000000000000010000000B8D0F2A4C6E13579B8D0F2A4C6E1F7B9
SUMMARY;LANGUAGE=en-GB:Informational interview – Sarah Whitfield / Thomas Aebersold
DTSTART;TZID=GMT Standard Time:20260129T180000
DTEND;TZID=GMT Standard Time:20260129T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260124T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-allday-job-fair",
        uid="1j6q9c3m8d0v4k7f2h5bsrtn6x@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="private-service-career-forum-allday",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Thomas privat
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260321
DTEND;VALUE=DATE:20260322
DTSTAMP:20260322T050000Z
UID:1j6q9c3m8d0v4k7f2h5bsrtn6x@google.com
CREATED:20260301T100211Z
DESCRIPTION:Private Service Career Forum (Swiss Butler Guild) – Aussteller: A
 genturen\, Family Offices\, Grandhotels. Dossiers 10x drucken\, Visitenkarten
  privat!
LAST-MODIFIED:20260301T100211Z
LOCATION:Kongresshaus Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Career Forum Private Service – Kongresshaus
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-monthly-stammtisch",
        uid="0r5k8d2v7m3q1c9f6h4bsntj5z@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="guild-stammtisch-monthly-rrule",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260108T190000
DTEND;TZID=Europe/Zurich:20260108T220000
RRULE:FREQ=MONTHLY;BYDAY=1TH
DTSTAMP:20251220T101500Z
ORGANIZER;CN=Swiss Butler Guild – Sektion Zürich:mailto:zuerich@swissbutlerguild.example.ch
UID:0r5k8d2v7m3q1c9f6h4bsntj5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=t.aeber
 sold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
CREATED:20251220T101300Z
DESCRIPTION:Monatlicher Stammtisch der Sektion Zürich. Austausch\, Stellenbö
 rse unter Kollegen\, Gäste willkommen.
LAST-MODIFIED:20251220T101500Z
LOCATION:Zunfthaus zur Saffran (Stübli)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Swiss Butler Guild – Stammtisch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-exit-interview",
        uid="040000008200E00074C5B7101A82E00800000000B7D9F1A3AD25DC01000000000000000010000000C9E1A3B5D7F02468C9E1A3B5D7F0A8C0",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="exit-interview-with-departing-chauffeur",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bianchi, Marco":mailto:marco.bianchi@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Marco\, an deinem letzten Arbeitstag möchte ich gerne ein kurzes Austrittsgespräch mit dir führen (Rückgabe Schlüssel\, Badge\, Fahrzeugpapiere\, Feedback zur Arbeit bei uns). Arbeitszeugnis bekommst du von mir.\nThomas\n
UID:040000008200E00074C5B7101A82E00800000000B7D9F1A3AD25DC01000000000000000010000000C9E1A3B5D7F02468C9E1A3B5D7F0A8C0
SUMMARY;LANGUAGE=de-CH:Austrittsgespräch / Exit Interview M. Bianchi
DTSTART;TZID=W. Europe Standard Time:20260130T150000
DTEND;TZID=W. Europe Standard Time:20260130T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260123T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Office Personal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-menu-trial",
        uid="e8b2d6f0-4a1c-4935-b7e3-c1f5a9d2e074",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="menu-probe-caterer-trial-word",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + ZURICH
        + r"""BEGIN:VEVENT
CREATED:20260505T090011Z
LAST-MODIFIED:20260505T090311Z
DTSTAMP:20260505T090311Z
UID:e8b2d6f0-4a1c-4935-b7e3-c1f5a9d2e074
SUMMARY:Menüprobe 60. Geburtstag Fr. B. – Maison Fleury (mit Fr. B.)
DTSTART;TZID=Europe/Zurich:20260515T120000
DTEND;TZID=Europe/Zurich:20260515T140000
DESCRIPTION:Probeessen 3 Menüvarianten\, Weinbegleitung mit Vinothek abstimmen\, Tischdeko-Muster\, Anzahl Servicepersonal (Caterer stellt 6).
LOCATION:Maison Fleury Traiteur\, Forchstrasse\, Zürich
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-security-briefing",
        uid="040000008200E00074C5B7101A82E00800000000C8E0A2B4BE36DC01000000000000000010000000D0F2B4C6E8A13579D0F2B4C6E8A1B9D1",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="security-travel-briefing-household",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Keller, Urs (Sentinel)":mailto:urs.keller@sentinel-protection.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Maag, Ruedi":mailto:ruedi.maag@seerose-fo.example.ch
DESCRIPTION;LANGUAGE=de-CH:Briefing Reise Fam. B. nach Aspen (Juli): Routen\, Fahrzeuge vor Ort\, Notfallkontakte\, Kommunikation mit Residenz. Vertraulich.\n
UID:040000008200E00074C5B7101A82E00800000000C8E0A2B4BE36DC01000000000000000010000000D0F2B4C6E8A13579D0F2B4C6E8A1B9D1
SUMMARY;LANGUAGE=de-CH:Sicherheitsbriefing Reise Aspen
DTSTART;TZID=W. Europe Standard Time:20260617T090000
DTEND;TZID=W. Europe Standard Time:20260617T103000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260610T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Family Office Küsnacht
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-visa-interview",
        uid="5t8c1k4q9d2v7m0f3h6bnrsj8y@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="visa-interview-embassy-for-principals-trip",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Thomas privat
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20260521T063000Z
DTEND:20260521T083000Z
DTSTAMP:20260522T050000Z
UID:5t8c1k4q9d2v7m0f3h6bnrsj8y@google.com
CREATED:20260430T201500Z
DESCRIPTION:US-Visum B1 (Begleitung Fam. B. Aspen\, Hausangestellter). Termin
 bestätigung\, DS-160\, Pass\, Arbeitsvertrag\, Brief vom Family Office mitneh
 men. Keine Handys im Gebäude.
LAST-MODIFIED:20260430T201500Z
LOCATION:US-Botschaft\, Sulgeneckstrasse 19\, Bern
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visum-Interview US-Botschaft Bern
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-career-coaching",
        uid="ZOOM82216690433@zoom.us",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="career-coaching-dossier-feedback",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20260106T091500Z
DTSTART:20260112T180000Z
DTEND:20260112T190000Z
SUMMARY:Laufbahnberatung: Dossier & CV-Feedback (Karin Blum)
UID:ZOOM82216690433@zoom.us
TZID:Europe/Zurich
DESCRIPTION:Karin Blum lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThem
 a: Laufbahnberatung – Dossier\, CV\, Motivationsschreiben für Estate-Manager-
 Stellen\n\nZoom-Meeting beitreten\nhttps://zoom.us/j/82216690433\n\nMeeting-I
 D: 822 1669 0433\nKenncode: 771530
LOCATION:https://zoom.us/j/82216690433
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-lawyer-contract-review",
        uid="3E7B1D5F-9A2C-4068-B4E1-F6C0A8D2E5B9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="contract-review-with-lawyer-names-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5//EN
CALSCALE:GREGORIAN
"""
        + ZURICH_APPLE
        + r"""BEGIN:VEVENT
CREATED:20260504T202210Z
DTSTAMP:20260504T202244Z
DTSTART;TZID=Europe/Zurich:20260507T173000
DTEND;TZID=Europe/Zurich:20260507T183000
LAST-MODIFIED:20260504T202244Z
LOCATION:Kanzlei Dr. P. Gubler\, Dufourstrasse 40\, Zürich
SEQUENCE:0
SUMMARY:Anwalt: Arbeitsvertrag Lindqvist FO prüfen
DESCRIPTION:Konkurrenzverbot\, NDA (lebenslang?)\, Kündigungsfrist\, Dienstwohnung Åre. Angebot bis 12.5. beantworten
TRANSP:OPAQUE
UID:3E7B1D5F-9A2C-4068-B4E1-F6C0A8D2E5B9
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-elterngespraech",
        uid="6w1c4k9q2d7v0m5f8h3bnrsj9t@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="parent-teacher-gespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Aebersold
X-WR-TIMEZONE:Europe/Zurich
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260324T171500
DTEND;TZID=Europe/Zurich:20260324T175000
DTSTAMP:20260325T050000Z
UID:6w1c4k9q2d7v0m5f8h3bnrsj9t@google.com
CREATED:20260310T072200Z
DESCRIPTION:Elterngespräch Nico\, 5. Klasse\, Fr. Zollinger. Sandra + ich.
LAST-MODIFIED:20260310T072200Z
LOCATION:Schulhaus Zehntenhof\, Zimmer 12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Elterngespräch Nico (Fr. Zollinger)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-pension-beratung",
        uid="040000008200E00074C5B7101A82E00800000000D9F1B3C5CF47DC01000000000000000010000000E1A3C5D7F9B02468E1A3C5D7F9B0C2E4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="pension-beratungsgespraech-about-job-change",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Frei, Stefanie":mailto:stefanie.frei@vorsorge-partner.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Aebersold\n\ngerne bestätige ich unser Beratungsgespräch zu Ihrer beruflichen Vorsorge bei einem möglichen Stellenwechsel (Freizügigkeit\, Einkauf\, Lücken bei Auslandaufenthalt UK). Bitte bringen Sie Ihren aktuellen Vorsorgeausweis mit.\n\nFreundliche Grüsse\nStefanie Frei\nVorsorge Partner AG\n
UID:040000008200E00074C5B7101A82E00800000000D9F1B3C5CF47DC01000000000000000010000000E1A3C5D7F9B02468E1A3C5D7F9B0C2E4
SUMMARY;LANGUAGE=de-CH:Beratungsgespräch Vorsorge / Freizügigkeit – Hr. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260428T173000
DTEND;TZID=W. Europe Standard Time:20260428T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260421T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Vorsorge Partner AG\, Seefeldstrasse 12\, Zürich
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-principal-press-interview",
        uid="040000008200E00074C5B7101A82E00800000000E0A2C4D6D058DC01000000000000000010000000F2B4D6E8A0C13579F2B4D6E8A0C1D3F5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="principal-press-interview-at-house-user-organises",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Brunner, Christine":mailto:c.brunner@seerose-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Thomas\, die Wohnrevue kommt für das Interview mit mir (Porträt zur Stiftung) und Fotos im Salon (nur Salon und Garten!). Bitte Personal informieren\, Blumen\, Kaffee\, keine Familienfotos sichtbar. C.\n
UID:040000008200E00074C5B7101A82E00800000000E0A2C4D6D058DC01000000000000000010000000F2B4D6E8A0C13579F2B4D6E8A0C1D3F5
SUMMARY;LANGUAGE=de-CH:Interview Fr. Brunner mit «Wohnrevue» + Fotoshooting Salon
DTSTART;TZID=W. Europe Standard Time:20260604T100000
DTEND;TZID=W. Europe Standard Time:20260604T130000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260525T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Salon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-security-audit-interviews",
        uid="040000008200E00074C5B7101A82E00800000000F1B3D5E7E169DC01000000000000000010000000A3C5E7F9B1D02468A3C5E7F9B1D0E4A6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="security-audit-staff-interviews-user-interviewed",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Keller, Urs (Sentinel)":mailto:urs.keller@sentinel-protection.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personal Villa Seerose":mailto:personal@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Im Rahmen des jährlichen Sicherheitsaudits führen wir kurze Einzelinterviews (je 20 Min.) mit allen Mitarbeitenden der Villa Seerose: Zutritt\, Schlüsselverwaltung\, Umgang mit Besuchern und Lieferanten. Herr Aebersold zuerst (08:30)\, danach gemäss Liste.\n\nUrs Keller\nSentinel Protection AG\n
UID:040000008200E00074C5B7101A82E00800000000F1B3D5E7E169DC01000000000000000010000000A3C5E7F9B1D02468A3C5E7F9B1D0E4A6
SUMMARY;LANGUAGE=de-CH:Sicherheitsaudit – Interviews Hauspersonal
DTSTART;TZID=W. Europe Standard Time:20260310T083000
DTEND;TZID=W. Europe Standard Time:20260310T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Office Personal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
