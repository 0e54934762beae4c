"""holdout172 events, part e: single-event processes, schedulers, agencies and self-typed (raw iCalendar text)."""

from holdout172ev_tz import AMSTERDAM, BERLIN, W_EUROPE

EVENTS = [
    dict(
        kind="icims-panel",
        uid="icims-sched-2026-55102931@aurelis.icims.com",
        is_interview=1,
        company="Aurelis Diagnostics",
        role="Senior Director, Software Engineering",
        stage="onsite",
        interviewers=["b.hofer@aurelis-dx.com", "r.kowalski@aurelis-dx.com", "s.nguyen@aurelis-dx.com"],
        trap="icims-panel-interview-munich",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:icims-sched-2026-55102931@aurelis.icims.com
DTSTAMP:20260225T140322Z
DTSTART;TZID=Europe/Berlin:20260309T090000
DTEND;TZID=Europe/Berlin:20260309T120000
SUMMARY:Panel Interview - Senior Director\, Software Engineering (Req 26-0
 412)
ORGANIZER;CN=Aurelis Talent Acquisition:mailto:careers@aurelis-dx.com
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Bernhard Hofer:mailto:b.hofer@aurelis-dx.com
ATTENDEE;CN=Renata Kowalski:mailto:r.kowalski@aurelis-dx.com
ATTENDEE;CN=Sam Nguyen:mailto:s.nguyen@aurelis-dx.com
LOCATION:Aurelis Diagnostics GmbH\, Building C\, Ganghoferstr. 70\, 80339
  München
DESCRIPTION:Dear Katrin\,\n\nThank you for your continued interest in Aure
 lis Diagnostics. Please find the details of your panel interview below.\n
 \nPanel: Bernhard Hofer (VP Engineering)\, Renata Kowalski (Director Qual
 ity & Regulatory)\, Sam Nguyen (Head of Data Platform)\n\nPlease bring a p
 hoto ID to reception.\n\nThis is an automated message from iCIMS.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-interview",
        uid="SF-INTSCHED-isarbank-0003318841",
        is_interview=1,
        company="Isarbank",
        role="Bereichsleiter/in Plattform-Engineering",
        stage="",
        interviewers=["florian.wimmer@isarbank.de", "k.hubert@isarbank.de"],
        trap="successfactors-bank-interview-outlook-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:SF-INTSCHED-isarbank-0003318841
DTSTAMP:20260219T070512Z
DTSTART;TZID=W. Europe Standard Time:20260227T100000
DTEND;TZID=W. Europe Standard Time:20260227T113000
SUMMARY:Interview - Bereichsleiter/in Plattform-Engineering - Vogt\, Katrin
ORGANIZER;CN=Isarbank AG Recruiting:mailto:recruiting@isarbank.de
ATTENDEE;CN="Vogt, Katrin";RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN="Wimmer, Florian":mailto:florian.wimmer@isarbank.de
ATTENDEE;CN="Hubert, Karin":mailto:k.hubert@isarbank.de
LOCATION:Isarbank AG\, Maximiliansplatz 9\, 80333 München\, Raum 4.12
DESCRIPTION:Sehr geehrte Frau Vogt\,\nwir bestätigen den Interviewtermin f
 ür die Stelle Bereichsleiter/in Plattform-Engineering (Req. 8812).\nInter
 viewer: Florian Wimmer (CIO)\, Karin Hubert (HR Business Partner)\nBitte m
 elden Sie sich 10 Minuten vorher am Empfang.\n\nIsarbank AG – Personal
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-call",
        uid="workable-event-9f1e2d3c4b5a@workable.com",
        is_interview=1,
        company="Parcelo",
        role="Head of Engineering",
        stage="recruiter_screen",
        interviewers=["eva@parcelo.nl"],
        trap="workable-phone-call-amsterdam",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:workable-event-9f1e2d3c4b5a@workable.com
DTSTAMP:20260203T141000Z
DTSTART;TZID=Europe/Amsterdam:20260205T160000
DTEND;TZID=Europe/Amsterdam:20260205T163000
SUMMARY:Phone call: Katrin Vogt for Head of Engineering at Parcelo
ORGANIZER;CN=Eva de Wit:mailto:eva@parcelo.nl
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Eva de Wit:mailto:eva@parcelo.nl
LOCATION:+49 176 22845190
DESCRIPTION:Eva de Wit (People Lead) will call you at +49 176 22845190.\n\n
 Powered by Workable
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-intro",
        uid="e8b7c6d5-a4f3-4e21-9b0c-7d6e5f4a3b21@calendly.com",
        is_interview=1,
        company="Heyday Analytics",
        role="Director of Engineering",
        stage="recruiter_screen",
        interviewers=["rachel@heydayanalytics.com"],
        trap="calendly-booked-by-user-head-of-talent-host",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e8b7c6d5-a4f3-4e21-9b0c-7d6e5f4a3b21@calendly.com
DTSTAMP:20260216T200512Z
DTSTART:20260218T110000Z
DTEND:20260218T113000Z
SUMMARY:Katrin Vogt and Rachel Osei
ORGANIZER;CN=Rachel Osei:mailto:rachel@heydayanalytics.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@posteo.de
LOCATION:https://zoom.us/j/96627730151
DESCRIPTION:Event Name: Director of Engineering - Intro (30 min)\n\nLocat
 ion: This is a Zoom web conference.\nhttps://zoom.us/j/96627730151\n\nNeed
  to make changes to this event?\nCancel: https://calendly.com/cancellations
 /e8b7c6d5\nReschedule: https://calendly.com/reschedulings/e8b7c6d5\n\nPow
 ered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-termin",
        uid="BOOKINGS-7d2a61f0c3e84b5f9a1e0d2c3b4a5f6e",
        is_interview=1,
        company="Hansewerk Digital",
        role="Leitung Plattformentwicklung",
        stage="hiring_manager",
        interviewers=["Dr. Anja Matthiesen"],
        trap="microsoft-bookings-bewerbungsgespraech-staff-name-only",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Hansewerk Digital Karriere:mailto:Karriere@hansewerkdigital.on
 microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vog
 t:mailto:katrin.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Ihr Termin wurde gebucht.\n\nService: Bewerberg
 espräch Leitung Plattformentwicklung (60 Min.)\nMitarbeiter: Dr. Anja Mat
 thiesen\nKunde: Katrin Vogt\n\nÜber Microsoft Teams teilnehmen\nhttps://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4MjAxN2Et%40thread.v2/0\n\n
 Möchten Sie Ihren Termin ändern? Termin verwalten: https://outlook.office36
 5.com/owa/calendar/HansewerkDigitalKarriere@hansewerkdigital.onmicrosoft.
 com/bookings/
UID:BOOKINGS-7d2a61f0c3e84b5f9a1e0d2c3b4a5f6e
SUMMARY;LANGUAGE=de-DE:Bewerbergespräch Leitung Plattformentwicklung
DTSTART;TZID=W. Europe Standard Time:20260312T140000
DTEND;TZID=W. Europe Standard Time:20260312T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T091244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-conversation",
        uid="calcom-booking-Xq7Lm2Np9RtVw4Yz@cal.com",
        is_interview=1,
        company="Openframe",
        role="Head of Engineering",
        stage="technical",
        interviewers=["sven@openframe.dev"],
        trap="cal-com-technical-conversation-oss-startup",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-Xq7Lm2Np9RtVw4Yz@cal.com
DTSTAMP:20260301T174455Z
DTSTART:20260305T140000Z
DTEND:20260305T150000Z
SUMMARY:Technical conversation between Sven Aalto and Katrin Vogt
ORGANIZER;CN=Sven Aalto:mailto:sven@openframe.dev
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:katrin.vogt@pos
 teo.de
LOCATION:https://meet.jit.si/openframe-sven-katrin
DESCRIPTION:What: Technical conversation (Head of Engineering candidates)\n
 Invitee time zone: Europe/Berlin\nWho: Sven Aalto - Organizer\, Katrin Vo
 gt\nWhere: Jitsi\n\nAdditional notes: We'll look at our release pipeline
  and CI costs together. Bring opinions.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-note",
        uid="F3A2B1C0-D9E8-4F7A-8B6C-5D4E3F2A1B0C",
        is_interview=1,
        company="Riva Bikes",
        role="",
        stage="recruiter_screen",
        interviewers=["Sophie"],
        trap="phone-typed-floating-terse-ta-call",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
DTSTAMP:20260210T123015Z
DTSTART:20260212T171500
DTEND:20260212T174500
SUMMARY:Riva Bikes Sophie TA tel
DESCRIPTION:+49 30 9203 4471
UID:F3A2B1C0-D9E8-4F7A-8B6C-5D4E3F2A1B0C
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="second-round-typed",
        uid="5mpl2k0g1r9e7c3v6n8b4s2h0d@google.com",
        is_interview=1,
        company="Mobilio",
        role="",
        stage="technical",
        interviewers=[],
        trap="self-typed-google-zweite-runde-case-praesi",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:katrin.vogt@posteo.de
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260303T110000
DTEND;TZID=Europe/Berlin:20260303T123000
DTSTAMP:20260301T102211Z
UID:5mpl2k0g1r9e7c3v6n8b4s2h0d@google.com
CREATED:20260227T182030Z
DESCRIPTION:2. Runde Mobilio – Case-Präsi!! 15 min Vortrag Org-Design (3
  Teams -> 5)\, dann Fragen. Folien als PDF vorher an Recruiterin schicken.
LAST-MODIFIED:20260301T102211Z
LOCATION:Mobilio\, Rosenthaler Str. 40
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mobilio 2. Runde
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screening",
        uid="talentbruecke-termin-20260209-kvogt@talentbruecke.de",
        is_interview=1,
        company="Solaro Energy",
        role="Head of Software Engineering",
        stage="recruiter_screen",
        interviewers=["mara.klein@talentbruecke.de"],
        trap="agency-recruiter-screening-for-named-client",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hallo Frau Vogt\,\n\nwie besprochen sprechen wir über die Posi
 tion Head of Software Engineering bei meinem Kunden Solaro Energy (Hambur
 g\, hybrid). Ich würde gern Ihre Erfahrungen im Detail durchgehen\, bevor
  ich Ihr Profil an Solaro weitergebe.\n\nViele Grüße\nMara Klein\nSenior C
 onsultant IT & Engineering\, Talentbrücke GmbH
DTEND;TZID="W. Europe Standard Time":20260209T124500
DTSTAMP:20260205T102233Z
DTSTART;TZID="W. Europe Standard Time":20260209T121500
LOCATION:Teams
ORGANIZER;CN="Klein, Mara":mailto:mara.klein@talentbruecke.de
ATTENDEE;CN="katrin.vogt@posteo.de";RSVP=TRUE:mailto:katrin.vogt@posteo.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Austausch Frau Vogt / Talentbrücke – Solaro
TRANSP:OPAQUE
UID:talentbruecke-termin-20260209-kvogt@talentbruecke.de
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-panel",
        uid="ashby-a81f0c22-4d9b-4e71-8c3a-90b2d7e4f615",
        is_interview=1,
        company="Fintura",
        role="Head of Engineering, Core Banking",
        stage="onsite",
        interviewers=["paula.neumann@fintura.com", "dmitri.sokolov@fintura.com"],
        trap="ashby-onsite-engineering-managers-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260311T100000
DTEND;TZID=Europe/Berlin:20260311T113000
DTSTAMP:20260304T130317Z
ORGANIZER;CN=Fintura Recruiting:mailto:recruiting@fintura.com
UID:ashby-a81f0c22-4d9b-4e71-8c3a-90b2d7e4f615
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Katrin Vogt;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paula Neumann;X-NUM-GUESTS=0:mailto:paula.neumann@fintura.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dmitri Sokolov;X-NUM-GUESTS=0:mailto:dmitri.sokolov@fintura.com
DESCRIPTION:Onsite: Peer panel with Engineering Managers\n\nPaula and Dmit
 ri lead two of the Core Banking teams you would manage. Expect questions
  on 1:1s\, growing EMs\, delivery under regulatory pressure.\n\nLocation:
  Fintura HQ\, Torstraße 109\, 10119 Berlin – ask for Recruiting at recepti
 on.\n\nScheduled with Ashby
LOCATION:Fintura HQ\, Torstraße 109\, 10119 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite | Katrin Vogt | EM Peer Panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-architecture",
        uid="gh-interview-5512870-002@sparrowhealth.greenhouse.io",
        is_interview=1,
        company="Sparrow Health",
        role="Engineering Director, Platform",
        stage="technical",
        interviewers=["joost.mulder@sparrowhealth.com"],
        trap="greenhouse-architecture-deep-dive-amsterdam",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:gh-interview-5512870-002@sparrowhealth.greenhouse.io
DTSTAMP:20260223T121500Z
DTSTART;TZID=Europe/Amsterdam:20260302T150000
DTEND;TZID=Europe/Amsterdam:20260302T161500
SUMMARY:Sparrow Health: Architecture Deep Dive (Engineering Director\, Plat
 form)
ORGANIZER;CN=Sparrow Health Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Joost Mulder:mailto:joost.mulder@sparrowhealth.com
LOCATION:https://sparrowhealth.zoom.us/j/97720418853
DESCRIPTION:Interviewer: Joost Mulder\, Chief Architect\n\nIn this session
  you will design a multi-tenant platform for clinical data with Joost: data
  residency (EU)\, availability targets\, and how you would stage the team
  and the migration.\n\nZoom: https://sparrowhealth.zoom.us/j/97720418853
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
