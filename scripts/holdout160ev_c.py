"""holdout160 events, part c: typed entries, a founder on free mail, headhunter, agency, ATS invites.

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "typed-vg-abk", "8A2D9F41-6E0B-4C3A-9D51-E2B7C4F0A612",
        1, "Elektro Maier", "", "",
        "", "typed-abbreviation-vg-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250218T120233Z
DTSTAMP:20250218T120240Z
UID:8A2D9F41-6E0B-4C3A-9D51-E2B7C4F0A612
DTSTART:20250221T140000
DTEND:20250221T150000
SUMMARY:VG Elektro Maier LB
LOCATION:Schwieberdinger Str.\, Ludwigsburg
DESCRIPTION:frühr Feierabend machen\, Dieter bescheid geben
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "founder-gmail-kennenlernen", "4qk0v7l2n9c1e8s3d6b5m0r4tj@google.com",
        1, "Voltwerk", "Leiter Montage & Inbetriebnahme", "hiring_manager",
        "kai.schnaitmann@gmail.com", "founder-free-mail-kennenlernen-google",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250301T100000
DTEND;TZID=Europe/Berlin:20250301T110000
DTSTAMP:20250226T214410Z
ORGANIZER;CN=Kai Schnaitmann:mailto:kai.schnaitmann@gmail.com
UID:4qk0v7l2n9c1e8s3d6b5m0r4tj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kai Schnaitmann;X-NUM-GUESTS=0:mailto:kai.schnaitmann@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=juergen.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrech
 t@t-online.de
DESCRIPTION:Servus Jürgen\,\n\nwie am Telefon gesagt: Samstag bei mir in der
  Halle in Weilimdorf\, Kaffee steht bereit. Ich zeig dir unsere Speicher-
 und Wallbox-Projekte und wir reden\, ob du dir den Job als Leiter Montage &
  Inbetriebnahme bei Voltwerk vorstellen kannst. Wir sind aktuell 9 Leute\,
  suchen jemand mit Meister\, der die Monteure führt.\n\nBis Samstag\nKai
LOCATION:Voltwerk Halle\, Solitudestr. 228\, Stuttgart-Weilimdorf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Jürgen / Kai (Voltwerk)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "headhunter-mandant", "040000008200E00074C5B7101A82E008000000005A6B7C8D9E8ADB0100000000000000001000000044AA",
        1, "Elektro Schäfer GmbH", "Bauleiter Elektrotechnik", "recruiter_screen",
        "t.brodbeck@schwaben-personal.de", "headhunter-names-client-only-in-body",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Brodbeck, Tobias":mailto:t.brodbeck@schwaben-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nvielen Dank für das nette
  Telefonat heute. Wie besprochen hier der Termin für unser ausführliches Ge
 spräch.\n\nVertraulich – zu unserem Mandanten: Es handelt sich um die Elektr
 o Schäfer GmbH in Böblingen (ca. 60 MA\, Gewerbe- und Industriebau). Gesuch
 t wird ein Bauleiter Elektrotechnik (Nachfolge Bauleitung\, der jetzige Ste
 lleninhaber geht 2026 in Rente).\n\nIch rufe Sie auf Ihrem Handy an.\n\nBe
 ste Grüße\nTobias Brodbeck\nSchwaben Personal Consulting GmbH\nExecutive Sea
 rch Technik & Bau
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9E8ADB0100000000000000001000000044AA
SUMMARY;LANGUAGE=de-DE:Telefonat Hr. Albrecht / SPC - Projekt 2025-031
DTSTART;TZID=W. Europe Standard Time:20250227T181500
DTEND;TZID=W. Europe Standard Time:20250227T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T165330Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "headhunter-vorstellung-kunde",
        "040000008200E00074C5B7101A82E00800000000C7D8E9F0A18CDB0100000000000000001000000055BB",
        1, "Elektro Schäfer GmbH", "Bauleiter Elektrotechnik", "hiring_manager",
        "h.schaefer@elektro-schaefer-bb.de;r.kurz@elektro-schaefer-bb.de",
        "headhunter-organizes-meeting-at-client",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Brodbeck, Tobias":mailto:t.brodbeck@schwaben-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schäfer, Helmut":mailto:h.schaefer@elektro-schaefer-bb.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kurz, Regina":mailto:r.kurz@elektro-schaefer-bb.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nanbei der Termin bei Elek
 tro Schäfer. Gesprächspartner: Helmut Schäfer (Geschäftsführender Gesellsc
 hafter) und Regina Kurz (Prokuristin\, kaufm. Leitung). Ich bin nicht dabe
 i\, melde mich aber danach bei Ihnen.\n\nThema: Bauleiter Elektrotechnik\n
 \nAdresse: Hanns-Klemm-Str. 21\, 71034 Böblingen\n\nViel Erfolg!\nTobias B
 rodbeck
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A18CDB0100000000000000001000000055BB
SUMMARY;LANGUAGE=de-DE:Termin Elektro Schäfer GmbH / Hr. Albrecht
DTSTART;TZID=W. Europe Standard Time:20250312T080000
DTEND;TZID=W. Europe Standard Time:20250312T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T102200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hanns-Klemm-Str. 21\, Böblingen
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-personalvermittlung", "bk-3c8f1e27a5d94b06@outlook.office365.com",
        1, "Hofmann Elektroanlagen GmbH", "Bauleiter (m/w/d) Elektro", "recruiter_screen",
        "melanie.arslan@protec-personal.de", "agency-bookings-screen-client-in-description",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
UID:bk-3c8f1e27a5d94b06@outlook.office365.com
DTSTAMP:20250304T071233Z
DTSTART:20250306T110000Z
DTEND:20250306T113000Z
SUMMARY;LANGUAGE=de-DE:Telefontermin Personalvermittlung (30 Min.)
ORGANIZER;CN=ProTec Personal Stuttgart:mailto:ProTecStuttgart@protecpersonal.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jürgen Albrecht:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Melanie Arslan:mailto:melanie.arslan@protec-personal.de
DESCRIPTION;LANGUAGE=de-DE:Ihr Termin wurde gebucht.\n\nDienst: Telefontermin
  Personalvermittlung (30 Min.)\nMitarbeiter: Melanie Arslan\n\nNotizen des
  Kunden: Rückruf wegen Stelle Bauleiter (m/w/d) Elektro bei unserem Kunden H
 ofmann Elektroanlagen GmbH\, Sindelfingen (Direktvermittlung\, keine ANÜ).\
 n\nTermin verwalten: https://outlook.office365.com/owa/calendar/ProTecStutt
 gart@protecpersonal.onmicrosoft.com/bookings/\n\nMicrosoft Bookings
LOCATION;LANGUAGE=de-DE:Telefon
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "smartrecruiters-objektleiter", "sr-interview-744e1a0c-6b55-4f7d-8d3e-1e0c9f2a7b61",
        1, "Gebäudetechnik Süd FM GmbH", "Technischer Objektleiter (m/w/d) Elektrotechnik", "hiring_manager",
        "nadine.boehm@gts-fm.de;wolfgang.ruoff@gts-fm.de", "smartrecruiters-fm-objektleiter",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-744e1a0c-6b55-4f7d-8d3e-1e0c9f2a7b61
DTSTAMP:20250306T131701Z
DTSTART:20250311T130000Z
DTEND:20250311T140000Z
SUMMARY:Interview | Technischer Objektleiter (m/w/d) Elektrotechnik | Jürgen
  Albrecht
DESCRIPTION:Hallo Jürgen\,\n\nwir bestätigen Ihr Interview für die Position
  Technischer Objektleiter (m/w/d) Elektrotechnik bei der Gebäudetechnik Süd
  FM GmbH (Objekt: Bürocampus Vaihingen).\n\nInterviewer:\n- Nadine Böhm\,
  Recruiting\n- Wolfgang Ruoff\, Niederlassungsleiter Stuttgart\n\nOrt: Indu
 striestr. 3\, 70565 Stuttgart\n\nSie können diesen Termin über Ihr Kandidat
 enportal verschieben.
LOCATION:Industriestr. 3\, 70565 Stuttgart
ORGANIZER;CN=Gebäudetechnik Süd FM:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Nadine Böhm;ROLE=REQ-PARTICIPANT:mailto:nadine.boehm@gts-fm.de
ATTENDEE;CN=Wolfgang Ruoff;ROLE=REQ-PARTICIPANT:mailto:wolfgang.ruoff@gts-fm.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-abgesagt", "SF-INTV-0000381920-1@successfactors.eu",
        1, "Renz Gebäudetechnik", "Projektleiter Elektrotechnik (m/w/d)", "hiring_manager",
        "carsten.wolf@renz-gruppe.de", "successfactors-method-cancel",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
@TZ_BERLIN@
BEGIN:VEVENT
UID:SF-INTV-0000381920-1@successfactors.eu
DTSTAMP:20250313T091500Z
DTSTART;TZID=Europe/Berlin:20250317T110000
DTEND;TZID=Europe/Berlin:20250317T120000
SUMMARY:Abgesagt: Interview Projektleiter Elektrotechnik (m/w/d) - Albrecht
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nleider müssen wir Ihr Interview
  für die Position Projektleiter Elektrotechnik (m/w/d) kurzfristig absagen\
 , da der Interviewer erkrankt ist. Wir melden uns mit einem neuen Terminvo
 rschlag.\n\nIhr Recruiting-Team der Renz Gebäudetechnik GmbH & Co. KG
ORGANIZER;CN=Renz Gruppe Recruiting:mailto:recruiting@renz-gruppe.de
ATTENDEE;CN=Carsten Wolf;ROLE=REQ-PARTICIPANT:mailto:carsten.wolf@renz-gruppe.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-neuer-termin", "SF-INTV-0000382277-1@successfactors.eu",
        1, "Renz Gebäudetechnik", "Projektleiter Elektrotechnik (m/w/d)", "hiring_manager",
        "carsten.wolf@renz-gruppe.de;jana.hertel@renz-gruppe.de", "successfactors-new-slot-after-cancel",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:SF-INTV-0000382277-1@successfactors.eu
DTSTAMP:20250320T080512Z
DTSTART;TZID=Europe/Berlin:20250326T150000
DTEND;TZID=Europe/Berlin:20250326T160000
SUMMARY:Einladung: Interview Projektleiter Elektrotechnik (m/w/d) - Albrecht
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nwie angekündigt erhalten Sie hi
 ermit den neuen Termin für Ihr Interview.\n\nPosition: Projektleiter Elektr
 otechnik (m/w/d)\, Standort Stuttgart-Feuerbach\nInterviewer: Carsten Wolf
  (Abteilungsleiter Elektro)\, Jana Hertel (HR Business Partner)\nOrt: Renz
  Gebäudetechnik\, Borsigstr. 9\, Empfang Haus 1\n\nIhr Recruiting-Team
ORGANIZER;CN=Renz Gruppe Recruiting:mailto:recruiting@renz-gruppe.de
ATTENDEE;CN=Carsten Wolf;ROLE=REQ-PARTICIPANT:mailto:carsten.wolf@renz-gruppe.de
ATTENDEE;CN=Jana Hertel;ROLE=REQ-PARTICIPANT:mailto:jana.hertel@renz-gruppe.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "lever-technical-deep-dive", "lever-int-0c5e7a13-2f94-4b8e-a6d1-9e3b07c4f215",
        1, "NeckarDC GmbH", "Electrical Facility Lead", "technical",
        "d.oakley@neckardc.com;s.weber@neckardc.com", "english-lever-technical-deep-dive",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-0c5e7a13-2f94-4b8e-a6d1-9e3b07c4f215
DTSTAMP:20250304T160044Z
DTSTART:20250310T090000Z
DTEND:20250310T100000Z
SUMMARY:Jürgen Albrecht - Electrical Facility Lead - Technical Deep Dive
DESCRIPTION:Hi Jürgen\,\n\nThanks for making time to speak with NeckarDC! T
 his 60-minute technical conversation covers MV switchgear\, UPS and genset
  operations\, maintenance planning and your experience leading electrician
 s.\n\nYou'll meet:\n- Daniel Oakley\, Head of Critical Facilities\n- Sabrin
 a Weber\, Senior Electrical Engineer\n\nZoom: https://neckardc.zoom.us/j/8
 4410293376?pwd=Rk9wQ2xSa1d\nMeeting ID: 844 1029 3376\nPasscode: 556102\n\
 nNeed to reschedule? Reply to this email.\n\nBest\,\nThe NeckarDC Talent Te
 am
LOCATION:Zoom
ORGANIZER;CN=NeckarDC Talent:mailto:talent@neckardc.com
ATTENDEE;CN=Daniel Oakley;ROLE=REQ-PARTICIPANT:mailto:d.oakley@neckardc.com
ATTENDEE;CN=Sabrina Weber;ROLE=REQ-PARTICIPANT:mailto:s.weber@neckardc.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "site-visit-final", "lever-int-8a1f44b0-73de-4c2a-b951-0d6e2f8a3c77",
        1, "NeckarDC GmbH", "Electrical Facility Lead", "final",
        "d.oakley@neckardc.com;m.richter@neckardc.com", "english-lever-final-site-visit",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:lever-int-8a1f44b0-73de-4c2a-b951-0d6e2f8a3c77
DTSTAMP:20250320T120930Z
DTSTART;TZID=Europe/Berlin:20250401T130000
DTEND;TZID=Europe/Berlin:20250401T160000
SUMMARY:Final Interview & Site Visit - Jürgen Albrecht (Electrical Facility
  Lead)
DESCRIPTION:Hi Jürgen\,\n\nWe're excited to invite you to the final stage: a
  walk through our STR1 campus followed by a conversation with our Managing
  Director Michael Richter and Daniel Oakley.\n\nPlease bring a photo ID for
  site security (no cameras on the data hall floor).\n\nAddress: NeckarDC ST
 R1\, Am Mittelkai 40\, 70327 Stuttgart\n\nSee you there!\nNeckarDC Talent
LOCATION:NeckarDC STR1\, Am Mittelkai 40\, Stuttgart
ORGANIZER;CN=NeckarDC Talent:mailto:talent@neckardc.com
ATTENDEE;CN=Daniel Oakley;ROLE=REQ-PARTICIPANT:mailto:d.oakley@neckardc.com
ATTENDEE;CN=Michael Richter;ROLE=REQ-PARTICIPANT:mailto:m.richter@neckardc.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ashby-intro-call", "ashby-7d0e3b52-1c6f-4a89-b2e4-58f9a0c1d3e6@ashbyhq.com",
        1, "Ladewerk GmbH", "Field Operations Lead (Elektromeister:in)", "recruiter_screen",
        "jonas@ladewerk.io", "ashby-meet-intro-call-denglisch",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7d0e3b52-1c6f-4a89-b2e4-58f9a0c1d3e6@ashbyhq.com
DTSTAMP:20250305T194500Z
DTSTART:20250307T120000Z
DTEND:20250307T123000Z
SUMMARY:Jürgen Albrecht <> Ladewerk | Intro Call
DESCRIPTION:Hey Jürgen\,\n\nschön\, dass es klappt! Im Intro Call lernen wir
  uns kennen und sprechen über die Rolle Field Operations Lead (Elektromeist
 er:in) – du führst unsere Installationsteams für Schnellladeparks in BW.\n
 \nWith: Jonas Reiter (Talent)\n\nJoin with Google Meet: https://meet.googl
 e.com/fmx-qwop-tua\n\nPowered by Ashby
LOCATION:https://meet.google.com/fmx-qwop-tua
ORGANIZER;CN=Jonas Reiter:mailto:jonas@ladewerk.io
ATTENDEE;CN=Jonas Reiter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas@ladewerk.io
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ashby-onsite", "ashby-c93a17e4-5b2d-4f06-8e71-0a4d6b9c2f18@ashbyhq.com",
        1, "Ladewerk GmbH", "Field Operations Lead (Elektromeister:in)", "onsite",
        "jonas@ladewerk.io;franziska@ladewerk.io;tim.b@ladewerk.io", "ashby-onsite-three-sessions",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-c93a17e4-5b2d-4f06-8e71-0a4d6b9c2f18@ashbyhq.com
DTSTAMP:20250314T101500Z
DTSTART:20250320T080000Z
DTEND:20250320T113000Z
SUMMARY:Onsite | Field Operations Lead (Elektromeister:in) | Jürgen Albrecht
DESCRIPTION:Agenda (Ladewerk Office\, Tübinger Str. 43\, Stuttgart):\n\n09:
 00-10:00 Hiring Manager – Franziska Lang (VP Operations)\n10:00-11:00 Fall
 beispiel: Bauablauf Schnellladepark (Tim Baumann\, Projektleitung)\n11:00-1
 2:30 Team-Lunch + Q&A mit Jonas Reiter\n\nPowered by Ashby
LOCATION:Ladewerk Office\, Tübinger Str. 43\, Stuttgart
ORGANIZER;CN=Jonas Reiter:mailto:jonas@ladewerk.io
ATTENDEE;CN=Franziska Lang;ROLE=REQ-PARTICIPANT:mailto:franziska@ladewerk.io
ATTENDEE;CN=Tim Baumann;ROLE=REQ-PARTICIPANT:mailto:tim.b@ladewerk.io
ATTENDEE;CN=Jonas Reiter;ROLE=REQ-PARTICIPANT:mailto:jonas@ladewerk.io
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
