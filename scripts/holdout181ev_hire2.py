"""holdout181: negatives with the user on the hiring side at Voltric, part 2 (hand-written raw iCalendar)."""

from holdout181ev_tz import BERLIN, W_EUROPE

EVENTS = [
    {
        "kind": "hospitation",
        "uid": "040000008200E00074C5B7101A82E0080000000060A483C0CFF7DC01000000000000000010000000"
        "93D4E5F60718293A4B5C6D7E8F90A1B2",
        "trap": "user-as-interviewer-shadowing-teamlead-interview",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Nowak, Sandra":mailto:sandra.nowak@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Hi Tobias\,\nwie im Führungskräfte-Programm vere
 inbart: Du bist beim Interview für die Teamleitung Validierung als Hospitan
 t dabei (nur zuhören\, keine Fragen). Danach 15 Min. Reflexion mit mir.\nLG
  Sandra\n
UID:040000008200E00074C5B7101A82E0080000000060A483C0CFF7DC010000000000000000
 1000000093D4E5F60718293A4B5C6D7E8F90A1B2
SUMMARY;LANGUAGE=de-DE:Hospitation Interview TL Validierung (Kandidat Hr. Fr
 ank)
DTSTART;TZID=W. Europe Standard Time:20260422T100000
DTEND;TZID=W. Europe Standard Time:20260422T113000
DTSTAMP:20260414T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-A1-102 Konferenz Watzmann (12 P.)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "besetzungsrunde",
        "uid": "040000008200E00074C5B7101A82E0080000000070B594D1D008DD01000000000000000010000000"
        "A4E5F60718293A4B5C6D7E8F90A1B2C3",
        "trap": "user-as-interviewer-hiring-committee",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Steiner, Klaus Dr.":mailto:klaus.steiner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Lindner, Petra":mailto:petra.lin
 dner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Haas, Robert":mailto:robert.haas
 @voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Stellenbesetzungsrunde Q2: Req. 3281\, 3290\, 330
 7\, 3310. Bitte Bewertungen vorher in SF abschließen\, sonst keine Freigabe
 .\n
UID:040000008200E00074C5B7101A82E0080000000070B594D1D008DD010000000000000000
 10000000A4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=de-DE:Besetzungsrunde Entwicklung LE (Q2)
DTSTART;TZID=W. Europe Standard Time:20260402T140000
DTEND;TZID=W. Europe Standard Time:20260402T150000
DTSTAMP:20260326T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ac-beobachter",
        "uid": "040000008200E00074C5B7101A82E0080000000080C6A5E2E119DD01000000000000000010000000"
        "B5F60718293A4B5C6D7E8F90A1B2C3D4",
        "trap": "user-as-interviewer-assessment-center-observer",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="HR Talent Programs":mailto:talentprograms@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Beobachterinnen und Beobachter\,\nvielen Da
 nk\, dass Ihr beim Assessment Center für das Trainee-Programm Engineering 2
 026 unterstützt. 8 Teilnehmende\, 4 Übungen. Beobachterbögen liegen im Rau
 m. Beobachterkonferenz ab 16:00.\nEuer HR-Team\n
UID:040000008200E00074C5B7101A82E0080000000080C6A5E2E119DD010000000000000000
 10000000B5F60718293A4B5C6D7E8F90A1B2C3D4
SUMMARY;LANGUAGE=de-DE:Assessment Center Trainee Engineering – Beobachter
DTSTART;TZID=W. Europe Standard Time:20260505T080000
DTEND;TZID=W. Europe Standard Time:20260505T173000
DTSTAMP:20260420T113000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Garching\, Raum S1/S2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fachgespraech-bewerber",
        "uid": "040000008200E00074C5B7101A82E0080000000090D7B6F3F22ADD01000000000000000010000000"
        "C60718293A4B5C6D7E8F90A1B2C3D4E5",
        "trap": "user-as-interviewer-fachgespraech-conducted",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marko Petrović:mailto:marko.petr
 ovic@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Meier, Florian":mailto:florian.m
 eier@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Petrović\,\n\nvielen Dank für
  Ihre Zeit. Im Fachgespräch möchten wir mit Ihnen über Ihre Erfahrung im Be
 reich HIL-Validierung und Testautomatisierung sprechen. Dauer ca. 60 Min.\n
 \nMit freundlichen Grüßen\nTobias Hartl\n\n________________\nMicrosoft Tea
 ms-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc
 4%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E0080000000090D7B6F3F22ADD010000000000000000
 10000000C60718293A4B5C6D7E8F90A1B2C3D4E5
SUMMARY;LANGUAGE=de-DE:Fachgespräch Voltric Systems / Hr. Petrović (Valid
 ierung)
DTSTART;TZID=W. Europe Standard Time:20260416T150000
DTEND;TZID=W. Europe Standard Time:20260416T160000
DTSTAMP:20260409T121200Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "leitfaden-prep",
        "uid": "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6",
        "trap": "user-as-interviewer-interview-guide-prep",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
{W_EUROPE}
BEGIN:VEVENT
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTAMP:20260410T070000Z
DTSTART;TZID=W. Europe Standard Time:20260415T080000
DTEND;TZID=W. Europe Standard Time:20260415T090000
SUMMARY:Blocker: Interviewleitfaden + Fallaufgabe Testing. vorbereiten
DESCRIPTION:Fragen aus Kompetenzmodell übernehmen\, Fallaufgabe HIL-Fehlerb
 ild\, Bewertungsskala 1-5 abstimmen mit Petra
CLASS:PRIVATE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "br-anhoerung",
        "uid": "040000008200E00074C5B7101A82E00800000000A0E8C704033BDD01000000000000000010000000"
        "D718293A4B5C6D7E8F90A1B2C3D4E5F6",
        "trap": "user-as-interviewer-betriebsrat-einstellung-99",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Betriebsrat Garching":mailto:br-garching@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Lindner, Petra":mailto:petra.lin
 dner@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:BR-Sitzung TOP 4: Zustimmung zur Einstellung gem.
  §99 BetrVG – Req. 3281 (Dr. S. Aydin). Fachbereich erläutert die Auswahlen
 tscheidung (ca. 15 Min.).\n
UID:040000008200E00074C5B7101A82E00800000000A0E8C704033BDD010000000000000000
 10000000D718293A4B5C6D7E8F90A1B2C3D4E5F6
SUMMARY;LANGUAGE=de-DE:BR-Sitzung TOP 4 – §99 Einstellung EI HW
DTSTART;TZID=W. Europe Standard Time:20260407T133000
DTEND;TZID=W. Europe Standard Time:20260407T134500
DTSTAMP:20260330T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BR-Büro A0.11
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zweitgespraech-kandidat",
        "uid": "040000008200E00074C5B7101A82E00800000000B0F9D815144CDD01000000000000000010000000"
        "E8293A4B5C6D7E8F90A1B2C3D4E5F607",
        "trap": "user-as-interviewer-second-round-candidate-teams",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ivan Dimitrov:mailto:ivan.dimitr
 ov@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Steiner, Klaus Dr.":mailto:klaus
 .steiner@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch Systemarchitekt (m/w/d)\, Req. 331
 5\n\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_NGIx%40thread.v2/0\nBe
 sprechungs-ID: 388 102 556 771\n
UID:040000008200E00074C5B7101A82E00800000000B0F9D815144CDD010000000000000000
 10000000E8293A4B5C6D7E8F90A1B2C3D4E5F607
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Systemarchitekt – Hr. Dimitrov
DTSTART;TZID=W. Europe Standard Time:20260428T090000
DTEND;TZID=W. Europe Standard Time:20260428T100000
DTSTAMP:20260421T101500Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "slots-serie",
        "uid": "040000008200E00074C5B7101A82E00800000000C00AE926255DDD01000000000000000010000000"
        "F93A4B5C6D7E8F90A1B2C3D4E5F60718",
        "trap": "user-as-interviewer-recurring-slots-with-override",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Geblockte Slots für Werkstudenten-Gespräche (Som
 mersemester). Ich trage die Namen jeweils kurzfristig ein.\n
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000C00AE926255DDD010000000000000000
 10000000F93A4B5C6D7E8F90A1B2C3D4E5F60718
SUMMARY;LANGUAGE=de-DE:Slot Werkstudenten-Gespräche LE
DTSTART;TZID=W. Europe Standard Time:20260423T130000
DTEND;TZID=W. Europe Standard Time:20260423T140000
DTSTAMP:20260416T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-B2-014 Besprechung Isar (6 P.)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Diese Woche: Sophie Kern (KIT\, Mechatronik) –
  Bewerbungsunterlagen in SF.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260430T130000
UID:040000008200E00074C5B7101A82E00800000000C00AE926255DDD010000000000000000
 10000000F93A4B5C6D7E8F90A1B2C3D4E5F60718
SUMMARY;LANGUAGE=de-DE:Slot Werkstudenten-Gespräche LE – Fr. Kern
DTSTART;TZID=W. Europe Standard Time:20260430T143000
DTEND;TZID=W. Europe Standard Time:20260430T153000
DTSTAMP:20260427T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:GAR-B2-014 Besprechung Isar (6 P.)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "working-student-en",
        "uid": "040000008200E00074C5B7101A82E00800000000D01BFA37366EDD01000000000000000010000000"
        "0A4B5C6D7E8F90A1B2C3D4E5F6071829",
        "trap": "user-as-interviewer-english-working-student",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Priya Subramanian:mailto:priya.su
 bramanian@tum.de
DESCRIPTION;LANGUAGE=en-US:Dear Priya\,\nthank you for your application as a
  working student in Battery Management Systems. I'm looking forward to our
  conversation. We will do a short technical part (Kirchhoff\, a bit of C)
 .\nBest regards\nTobias Hartl\nVoltric Systems GmbH\n
UID:040000008200E00074C5B7101A82E00800000000D01BFA37366EDD010000000000000000
 100000000A4B5C6D7E8F90A1B2C3D4E5F6071829
SUMMARY;LANGUAGE=en-US:Interview – Working Student BMS (Priya S.)
DTSTART;TZID=W. Europe Standard Time:20260507T110000
DTEND;TZID=W. Europe Standard Time:20260507T114500
DTSTAMP:20260429T150000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interviewer-schulung",
        "uid": "040000008200E00074C5B7101A82E00800000000E02C0B48477FDD01000000000000000010000000"
        "1B5C6D7E8F90A1B2C3D4E5F60718293A",
        "trap": "user-as-interviewer-interviewer-training",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Voltric Academy":mailto:academy@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Pflichtschulung für Führungskräfte mit Personalv
 erantwortung im Recruiting: Strukturierte Interviews führen\, Beurteilungsf
 ehler\, AGG-konforme Fragen\, Rollenspiele (Sie führen ein Interview mit ein
 er Schauspielerin als Bewerberin).\n
UID:040000008200E00074C5B7101A82E00800000000E02C0B48477FDD010000000000000000
 100000001B5C6D7E8F90A1B2C3D4E5F60718293A
SUMMARY;LANGUAGE=de-DE:Schulung: Interviews souverän führen (Interviewer-Tra
 ining)
DTSTART;TZID=W. Europe Standard Time:20260303T090000
DTEND;TZID=W. Europe Standard Time:20260303T130000
DTSTAMP:20260201T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Garching S3
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-interviewer-einladung",
        "uid": "SFIS-VOLTRIC-5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c",
        "trap": "user-as-interviewer-successfactors-interviewer-invite",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//DE
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:SFIS-VOLTRIC-5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c
DTSTAMP:20260505T120000Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260513T100000
DTEND;TZID=Europe/Berlin:20260513T110000
SUMMARY:Interview: Max Leitner - Werkstudent Hardwaretest (m/w/d) (Req. 331
 0)
LOCATION:GAR-B2-014 Besprechung Isar (6 P.)
DESCRIPTION:Hallo Tobias Hartl\,\n\nSie sind als Interviewer für folgenden
  Termin eingeplant:\nKandidat: Max Leitner\nStelle: Werkstudent Hardwaret
 est (m/w/d)\n\nBitte füllen Sie nach dem Gespräch den Interviewbogen in Su
 ccessFactors aus (Bewertung 1-5 je Kompetenz).\n\nVoltric Systems GmbH - H
 R Recruiting
ORGANIZER;CN=Voltric Recruiting:mailto:voltric-recruiting@sapsf.eu
ATTENDEE;CN=Tobias Hartl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tobias.hart
 l@voltric-systems.de
ATTENDEE;CN=Max Leitner;ROLE=REQ-PARTICIPANT:mailto:max.leitner01@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
