"""holdout172 events, part i: job-search look-alikes that are not her interviews (negatives, raw iCalendar text)."""

from holdout172ev_tz import BERLIN, W_EUROPE

_GP = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN

_APPLE = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
"""

EVENTS = [
    dict(
        kind="mock-mentee",
        uid="5b8e1h4k7n0q3t6w9z2c5f8i1l@google.com",
        is_interview=0,
        trap="mock-interview-user-as-mentor-women-in-tech",
        ics=_GP + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260211T190000
DTEND;TZID=Europe/Berlin:20260211T200000
DTSTAMP:20260205T200000Z
ORGANIZER;CN=Sara Idrissi:mailto:sara.idrissi@gmail.com
UID:5b8e1h4k7n0q3t6w9z2c5f8i1l@google.com
ATTENDEE;CN=katrin.vogt@posteo.de;PARTSTAT=ACCEPTED:mailto:katrin.vogt@pos
 teo.de
ATTENDEE;CN=Sara Idrissi;PARTSTAT=ACCEPTED:mailto:sara.idrissi@gmail.com
DESCRIPTION:Mentoring (TechWomen Berlin\, Cohort 7): Mock-Interview für me
 ine EM-Bewerbungen. Katrin spielt die VP Eng\, danach Feedback. Danke!!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock Interview Sara / Katrin (EM role)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coach-mock",
        uid="calendly-7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190",
        is_interview=0,
        trap="mock-interview-with-career-coach",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190
DTSTAMP:20260220T071500Z
DTSTART:20260302T170000Z
DTEND:20260302T181500Z
SUMMARY:Katrin Vogt and Dr. Ulrike Sand
ORGANIZER;CN=Dr. Ulrike Sand:mailto:kontakt@sand-leadership-coaching.de
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@posteo.de
LOCATION:https://zoom.us/j/91122334455
DESCRIPTION:Event Name: Interview-Simulation Executive (75 Min.)\n\nPlease
  share anything that will help prepare for our meeting.: Kontora Founders-R
 unde simulieren\, Fokus Budget & Org-Design\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar",
        uid="zoom-webinar-84001922311@zoom.us",
        is_interview=0,
        trap="webinar-about-engineering-leadership-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260209T100000Z
DTSTART:20260219T170000Z
DTEND:20260219T180000Z
SUMMARY:Webinar: Acing the Director of Engineering Interview Loop
UID:zoom-webinar-84001922311@zoom.us
ORGANIZER;CN=LeadDev Community:mailto:no-reply@zoom.us
LOCATION:https://us02web.zoom.us/w/84001922311?tk=aXp0
DESCRIPTION:Thank you for registering for "Acing the Director of Engineeri
 ng Interview Loop". Panelists share what hiring committees look for in sy
 stem-design\, leadership and bar-raiser rounds.\n\nJoin from PC\, Mac\, iPa
 d: https://us02web.zoom.us/w/84001922311?tk=aXp0\nWebinar ID: 840 0192 2311
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="press-interview",
        uid="8d1g4j7m0p3s6v9y2b5e8h1k4n@google.com",
        is_interview=0,
        trap="press-interview-about-platform-migration",
        ics=_GP + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260212T110000
DTEND;TZID=Europe/Berlin:20260212T114500
DTSTAMP:20260206T150000Z
ORGANIZER;CN=Johanna Pfeiffer:mailto:johanna.pfeiffer@zahlwerk.io
UID:8d1g4j7m0p3s6v9y2b5e8h1k4n@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Jakob Wendt (t3n);PARTSTAT=ACCEPTED:mailto:j.wendt@t3n.de
DESCRIPTION:Interview für t3n-Artikel „Wie Fintechs ihre Plattform-Teams
  aufstellen“. Freigabe der Zitate über Comms (Johanna). Keine Zahlen zu K
 unden!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presseinterview t3n – Katrin (Platform Engineering)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast",
        uid="riverside-rec-6610a2b3@riverside.fm",
        is_interview=0,
        trap="podcast-recording-guest-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-6610a2b3@riverside.fm
DTSTAMP:20260213T101000Z
DTSTART:20260226T170000Z
DTEND:20260226T183000Z
SUMMARY:Aufnahme „Code & Kaffee“ Podcast – Gast: Katrin Vogt
ORGANIZER;CN=Code & Kaffee:mailto:hallo@codeundkaffee.fm
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
LOCATION:https://riverside.fm/studio/code-und-kaffee
DESCRIPTION:Folge 112: Vom Engineer zur Engineering Managerin. Wir führen
  das Interview locker\, ca. 60 Min. Bitte Kopfhörer + externes Mikro. Chro
 me verwenden.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="user-research",
        uid="userinterviews-session-88213@userinterviews.com",
        is_interview=0,
        trap="user-research-interview-as-participant",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-88213@userinterviews.com
DTSTAMP:20260216T090000Z
DTSTART:20260220T120000Z
DTEND:20260220T124500Z
SUMMARY:Research session: Internal developer portals (Engineering leaders)
ORGANIZER;CN=Portly Research:mailto:research@portly.dev
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@zahlwerk.io
LOCATION:https://portly.zoom.us/j/95533112200
DESCRIPTION:Thanks for joining our 45 min user interview! We'll ask how yo
 ur platform team builds golden paths. $150 Amazon voucher after the sessi
 on. Recorded for internal research only.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="compensation-survey",
        uid="040000008200E00074C5B7101A82E00800000000AB12AB12AB12DC01000000000000000"
        "0100000004545454545454545ABABABABABABABAB",
        is_interview=0,
        trap="survey-telephone-interview-salary-study",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Studienteam Tech-Vergütung":mailto:studie@verguetungsmonitor.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=katrin.vogt@posteo.de:mailto:katr
 in.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Vielen Dank für Ihre Teilnahme an unserer Studi
 e „Vergütung von Engineering-Führungskräften 2026“. Das telefonische Inter
 view dauert ca. 25 Minuten\; alle Angaben werden anonymisiert ausgewertet.
UID:040000008200E00074C5B7101A82E00800000000AB12AB12AB12DC0100000000000000
 00100000004545454545454545ABABABABABABABAB
SUMMARY;LANGUAGE=de-DE:Telefoninterview Vergütungsstudie 2026
DTSTART;TZID=W. Europe Standard Time:20260225T123000
DTEND;TZID=W. Europe Standard Time:20260225T130000
DTSTAMP:20260218T100000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jahresgespraech",
        uid="2k5n8q1t4w7z0c3f6i9l2o5r8u@google.com",
        is_interview=0,
        trap="own-annual-review-with-cto",
        ics=_GP + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260210T140000
DTEND;TZID=Europe/Berlin:20260210T153000
DTSTAMP:20260126T100000Z
ORGANIZER;CN=Markus Engel:mailto:markus.engel@zahlwerk.io
UID:2k5n8q1t4w7z0c3f6i9l2o5r8u@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Markus Engel;PARTSTAT=ACCEPTED:mailto:markus.engel@zahlwerk.io
DESCRIPTION:Jahresgespräch 2025: Selbsteinschätzung bitte bis Freitag in
  Lattice. Themen: Ziele 2026\, Entwicklung Richtung Director\, Gehalt.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jahresgespräch Katrin / Markus
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exit-interview",
        uid="personio-exit-20260424-kvogt@zahlwerk.personio.de",
        is_interview=0,
        trap="own-exit-interview-at-current-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-exit-20260424-kvogt@zahlwerk.personio.de
DTSTAMP:20260401T090000Z
DTSTART;TZID=Europe/Berlin:20260424T100000
DTEND;TZID=Europe/Berlin:20260424T104500
SUMMARY:Exit Interview – Katrin Vogt
ORGANIZER;CN=People Team Zahlwerk:mailto:people@zahlwerk.io
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Sevgi Arslan:mailto:sevgi.arslan@zahlwerk.io
DESCRIPTION:Liebe Katrin\, bevor du uns verlässt\, würden wir gern von dir
  hören\, was wir besser machen können. Vertraulich\, 45 Min.\, mit Sevgi (
 People Partner).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coffee-chat",
        uid="C4D5E6F7-A8B9-4C0D-1E2F-3A4B5C6D7E8F",
        is_interview=0,
        trap="informational-coffee-ex-colleague-no-role",
        ics=_APPLE + r"""BEGIN:VEVENT
DTSTAMP:20260206T210000Z
DTSTART:20260213T080000
DTEND:20260213T090000
SUMMARY:Kaffee Julia (Director @ Fintura)
LOCATION:The Barn\, Schönhauser Allee
DESCRIPTION:nur Austausch – wie ist Director vs. Head of? keine offene Stel
 le\, einfach mal fragen wie sie den Sprung gemacht hat
UID:C4D5E6F7-A8B9-4C0D-1E2F-3A4B5C6D7E8F
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="career-fair",
        uid="eventbrite-1188273640011-kvogt@eventbrite.com",
        is_interview=0,
        trap="careers-fair-visitor-ticket",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
BEGIN:VEVENT
UID:eventbrite-1188273640011-kvogt@eventbrite.com
DTSTAMP:20260210T101000Z
DTSTART:20260307T090000Z
DTEND:20260307T160000Z
SUMMARY:Tech Leadership Career Day Berlin 2026
LOCATION:Kühlhaus Berlin\, Luckenwalder Str. 3\, 10963 Berlin
DESCRIPTION:Your ticket: General Admission (Order #9921177). Meet 40+ scal
 e-ups hiring engineering leaders\, CV check\, talks on interviewing for ex
 ec roles. https://www.eventbrite.de/e/1188273640011
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="referee-call",
        uid="1q4t7w0z3c6f9i2l5o8r1u4x7a@google.com",
        is_interview=0,
        trap="reference-call-user-is-referee-for-ex-report",
        ics=_GP + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260218T123000
DTEND;TZID=Europe/Berlin:20260218T130000
DTSTAMP:20260216T130000Z
ORGANIZER;CN=Hannes Vogel:mailto:hannes.vogel@speisekarte.de
UID:1q4t7w0z3c6f9i2l5o8r1u4x7a@google.com
ATTENDEE;CN=katrin.vogt@posteo.de;PARTSTAT=ACCEPTED:mailto:katrin.vogt@pos
 teo.de
ATTENDEE;CN=Hannes Vogel;PARTSTAT=ACCEPTED:mailto:hannes.vogel@speisekarte
 .de
DESCRIPTION:Hi Katrin\, Tobias Reuter hat dich als Referenz angegeben (er
  hat 2022-2024 in deinem Team gearbeitet). 20 Minuten reichen. Danke! Hann
 es\, Engineering Manager @ Speisekarte
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referenz Tobias Reuter – Speisekarte / Katrin
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruiter-no-employer",
        uid="linkedin-recruiter-msg-5567120-call",
        is_interview=0,
        trap="recruiter-call-naming-no-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hallo Frau Vogt\,\n\nschön\, dass wir uns austauschen! Ich be
 treue mehrere spannende Leadership-Positionen im Fintech-Umfeld in Berlin
  und München und möchte Sie und Ihre Wechselmotivation gern kennenlernen.
 \n\nBeste Grüße\nPatrick Moll\, Nexus Tech Recruiting
DTEND;TZID="W. Europe Standard Time":20260203T124500
DTSTAMP:20260130T090000Z
DTSTART;TZID="W. Europe Standard Time":20260203T121500
LOCATION:Telefon
ORGANIZER;CN="Moll, Patrick":mailto:p.moll@nexus-tech-recruiting.de
ATTENDEE;CN="katrin.vogt@posteo.de";RSVP=TRUE:mailto:katrin.vogt@posteo.de
SEQUENCE:0
SUMMARY;LANGUAGE=de:Kennenlernen Frau Vogt / Nexus Tech Recruiting
UID:linkedin-recruiter-msg-5567120-call
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="search-intro",
        uid="040000008200E00074C5B7101A82E00800000000FACE0FACE0DC01000000000000000"
        "0100000007777888899990000AAAABBBBCCCCDDDD",
        is_interview=0,
        trap="exec-search-general-introduction-no-mandate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Strand, Oliver";SENT-BY="mailto:hannah.pike@caldersearch.com"
 :mailto:oliver.strand@caldersearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katrin Vogt:mailto:katrin.vogt@
 posteo.de
DESCRIPTION;LANGUAGE=en-GB:Dear Katrin\, Oliver would welcome a general in
 troductory conversation – no specific mandate at this stage\, more to und
 erstand your ambitions for the next 2-3 years. Kind regards\, Hannah Pike
UID:040000008200E00074C5B7101A82E00800000000FACE0FACE0DC0100000000000000
 00100000007777888899990000AAAABBBBCCCCDDDD
SUMMARY;LANGUAGE=en-GB:Introduction: Oliver Strand (Calder Search) / Katri
 n Vogt
DTSTART;TZID=W. Europe Standard Time:20260128T180000
DTEND;TZID=W. Europe Standard Time:20260128T183000
DTSTAMP:20260122T100000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="20260216T201500Z-4410@katrin-thinkpad",
        is_interview=0,
        trap="prep-block-before-cto-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260216T201500Z
UID:20260216T201500Z-4410@katrin-thinkpad
SUMMARY:Prep Kontora CTO-Gespräch
DTSTART:20260218T133000Z
DTEND:20260218T145000Z
DESCRIPTION:STAR-Stories: Migration K8s\, EM-Promotion Jonas\, Incident Ma
 rch. Fragen an Femi notieren. Kontora Engineering-Blog lesen.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thank-you-reminder",
        uid="E9F0A1B2-C3D4-4E5F-6A7B-8C9D0E1F2A3B",
        is_interview=0,
        trap="thank-you-note-reminder-after-interview",
        ics=_APPLE + r"""BEGIN:VEVENT
DTSTAMP:20260226T190000Z
DTSTART:20260227T083000
DTEND:20260227T084500
SUMMARY:Dankes-Mail an Ruben (Fluxbank) + Oliver Update
UID:E9F0A1B2-C3D4-4E5F-6A7B-8C9D0E1F2A3B
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
]
