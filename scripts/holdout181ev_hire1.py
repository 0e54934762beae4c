"""holdout181: negatives with the user on the hiring side at Voltric, part 1 (hand-written raw iCalendar)."""

from holdout181ev_tz import BERLIN, W_EUROPE

EVENTS = [
    {
        "kind": "werkstudent-vg",
        "uid": "040000008200E00074C5B7101A82E00800000000105D2E8B7AA2DC01000000000000000010000000"
        "4E1D2C3B4A59687766554433221100AB",
        "trap": "user-as-interviewer-werkstudent-vorstellungsgespraech",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hartl, Tob
 ias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="GAR-B2-014 Bespr
 echung Isar (6 P.)":mailto:gar-b2-014@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Tobias\,\n\nanbei der Termin für das Vorst
 ellungsgespräch mit Herrn Emre Yilmaz (Werkstudent Embedded Software\, TUM
  Elektrotechnik 5. Sem.). Lebenslauf und Zeugnisse findest du in SuccessFac
 tors unter Req. 3307.\nDer Bewerber kommt zur Pforte Tor 1\, ich hole ihn a
 b.\n\nViele Grüße\nPetra\nHR Recruiting\n
UID:040000008200E00074C5B7101A82E00800000000105D2E8B7AA2DC010000000000000000
 100000004E1D2C3B4A59687766554433221100AB
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Werkstudent Embedded SW - Hr. Y
 ilmaz
DTSTART;TZID=W. Europe Standard Time:20260225T100000
DTEND;TZID=W. Europe Standard Time:20260225T110000
DTSTAMP:20260218T103012Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-B2-014 Besprechung Isar (6 P.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "masterand-telefon",
        "uid": "040000008200E00074C5B7101A82E00800000000207E4F9C8BB3DC01000000000000000010000000"
        "5F2E3D4C5B6A79880796A5B4C3D2E1AA",
        "trap": "user-as-interviewer-masterand-phone-gmx-candidate",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laura.hoffm
 ann96@gmx.de:mailto:laura.hoffmann96@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Hoffmann\,\n\nwie per Mail besprochen
  rufe ich Sie zum Telefoninterview für die Masterarbeit "Thermisches Derat
 ing von SiC-Invertern" an (ca. 30 Min.).\n\nViele Grüße\nTobias Hartl\nVol
 tric Systems GmbH | Entwicklung Leistungselektronik\n
UID:040000008200E00074C5B7101A82E00800000000207E4F9C8BB3DC010000000000000000
 100000005F2E3D4C5B6A79880796A5B4C3D2E1AA
SUMMARY;LANGUAGE=de-DE:Telefoninterview Masterarbeit - L. Hoffmann
DTSTART;TZID=W. Europe Standard Time:20260303T153000
DTEND;TZID=W. Europe Standard Time:20260303T160000
DTSTAMP:20260226T081500Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon (ich rufe an: 0176 4410xxxx)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "auswahlgespraech",
        "uid": "040000008200E00074C5B7101A82E008000000003091507D9CC4DC01000000000000000010000000"
        "60A1B2C3D4E5F6071829A3B4C5D6E7F8",
        "trap": "user-as-interviewer-panel-auswahlgespraech",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Steiner, Klaus Dr.":mailto:klaus
 .steiner@voltric-systems.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Betriebsrat Garching":mailto:br-
 garching@voltric-systems.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GAR-A1-102 Konferenz Watzm
 ann (12 P.)":mailto:gar-a1-102@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräch Req. 3281 Entwicklungsingenieur
  Hardware (m/w/d)\nBewerberin: Dr. Selin Aydin\nAblauf: Vorstellung Voltri
 c (Dr. Steiner)\, Fachteil (T. Hartl)\, Fragen der Bewerberin\, Gehalt/Eintr
 itt (HR)\nBewertungsbogen bitte bis Freitag in SuccessFactors.\n
UID:040000008200E00074C5B7101A82E008000000003091507D9CC4DC010000000000000000
 1000000060A1B2C3D4E5F6071829A3B4C5D6E7F8
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch EI HW (m/w/d) - Fr. Dr. Aydin
DTSTART;TZID=W. Europe Standard Time:20260311T130000
DTEND;TZID=W. Europe Standard Time:20260311T143000
DTSTAMP:20260302T144400Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-A1-102 Konferenz Watzmann (12 P.)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "nachbesprechung",
        "uid": "040000008200E00074C5B7101A82E00800000000409261AEADD5DC01000000000000000010000000"
        "71B2C3D4E5F60718293A4B5C6D7E8F90",
        "trap": "user-as-interviewer-debrief-candidates",
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
DESCRIPTION;LANGUAGE=de-DE:Kurze Runde zu den drei Kandidat:innen für die S
 ystemingenieur-Stelle (Aydin / Kovacs / Brunner). Ziel: Entscheidung + Ang
 ebot an HR.\n
UID:040000008200E00074C5B7101A82E00800000000409261AEADD5DC010000000000000000
 1000000071B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Besetzung Systemingenieur
DTSTART;TZID=W. Europe Standard Time:20260319T113000
DTEND;TZID=W. Europe Standard Time:20260319T120000
DTSTAMP:20260312T160000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "feedback-task",
        "uid": "C7A9E1B3-0D2F-4A6C-8E5B-1F3D7A9C2E4B",
        "trap": "user-as-interviewer-feedback-task-handtyped",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
{BERLIN}
BEGIN:VEVENT
UID:C7A9E1B3-0D2F-4A6C-8E5B-1F3D7A9C2E4B
DTSTAMP:20260225T114500Z
DTSTART;TZID=Europe/Berlin:20260225T163000
DTEND;TZID=Europe/Berlin:20260225T170000
SUMMARY:Yilmaz Feedback in SF eintragen
DESCRIPTION:C gut\, Python ok\, Oszi-Erfahrung wenig. Eher ja. 15h/Woche ab
  April
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reply-angenommen",
        "uid": "040000008200E00074C5B7101A82E00800000000105D2E8B7AA2DC01000000000000000010000000"
        "8A2D3C4B5A69788766554433221100CD",
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260409T090000
DTEND;TZID=Europe/Berlin:20260409T100000
DTSTAMP:20260401T183001Z
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
UID:040000008200E00074C5B7101A82E00800000000105D2E8B7AA2DC010000000000000000
 100000008A2D3C4B5A69788766554433221100CD
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jakob
  Wendt;X-NUM-GUESTS=0:mailto:jakob.wendt.ee@gmail.com
CREATED:20260401T183001Z
DESCRIPTION:
LAST-MODIFIED:20260401T183001Z
LOCATION:GAR-B2-014 Besprechung Isar (6 P.)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Werkstudent Hardwaretest
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kandidatenvorstellung",
        "uid": "5b9e1a7c-33f0-4c2d-8e61-2a4d6f8b0c13@engineering-people.de",
        "trap": "user-as-interviewer-agency-presents-candidate",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Rauscher, Dominik":mailto:d.rauscher@engineering-people.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Hartl\,\n\nwie angekündigt möchte ich
  Ihnen für Ihre Vakanz Funktionale Sicherheit (Req. 3290) einen sehr passen
 den Kandidaten vorstellen: Hr. M. Berger\, 9 J. ISO 26262\, aktuell Tier 1\,
  Kündigungsfrist 3 Monate. Profil (anonymisiert) im Anhang.\nGerne bespre
 chen wir kurz\, ob wir einen Termin mit ihm vereinbaren sollen.\n\nBeste Grü
 ße\nDominik Rauscher\nEngineering People GmbH – Personalvermittlung\n
UID:5b9e1a7c-33f0-4c2d-8e61-2a4d6f8b0c13@engineering-people.de
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung FuSi – Engineering People / Vo
 ltric
DTSTART;TZID=W. Europe Standard Time:20260312T081500
DTEND;TZID=W. Europe Standard Time:20260312T083000
DTSTAMP:20260310T094400Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-host",
        "uid": "a4c0e2f6-8b1d-4e3a-9f5c-7d2b0e4a6c81",
        "trap": "user-as-interviewer-bookings-host-thesis-applicant",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Voltric Abschlussarbeiten:mailto:Abschlussarbeiten@voltricsys
 tems.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.ha
 rtl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jana Wolf:mailto:jana.wolf@tum.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Kennenlerngespräch Absch
 lussarbeit (45 Min.)\nMitarbeiter: Tobias Hartl\nKunde: Jana Wolf\, jana.w
 olf@tum.de\nNotizen des Kunden: Interesse an der ausgeschriebenen Masterar
 beit EMV-Filterauslegung 800V\, Lebenslauf folgt per Mail.\n\nMicrosoft Te
 ams-Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mz
 Ux%40thread.v2/0\n
UID:a4c0e2f6-8b1d-4e3a-9f5c-7d2b0e4a6c81
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Abschlussarbeit – Jana Wolf
DTSTART;TZID=W. Europe Standard Time:20260414T140000
DTEND;TZID=W. Europe Standard Time:20260414T144500
DTSTAMP:20260408T202211Z
SEQUENCE:0
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "notizen-kandidatin",
        "uid": "F3B2A190-8E7D-4C6B-A5F4-E3D2C1B0A998",
        "trap": "user-as-interviewer-handtyped-candidate-notes",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
BEGIN:VEVENT
UID:F3B2A190-8E7D-4C6B-A5F4-E3D2C1B0A998
DTSTAMP:20260317T173000Z
DTSTART:20260317T150000
DTEND:20260317T160000
SUMMARY:Gespräch Kandidatin Schuster (EI Test)
DESCRIPTION:+ CANoe/CAPL sehr fit\, HIL-Erfahrung dSPACE\n+ ruhig\, struktu
 riert\n- Gehaltsvorstellung 78k (Band bis 72)\n- Umzug aus Köln\nFazit: zwe
 ite Runde mit Klaus? -> Petra Bescheid geben
LOCATION:B2-014
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "probetag-labor",
        "uid": "040000008200E00074C5B7101A82E00800000000509372BFBEE6DC01000000000000000010000000"
        "82C3D4E5F60718293A4B5C6D7E8F90A1",
        "trap": "user-as-interviewer-trial-day-supervisor",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okafor, Daniel (extern)":mailto:
 daniel.okafor@outlook.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Meier, Florian":mailto:florian.m
 eier@voltric-systems.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GAR-Labor L3 Prüfplatz 2"
 :mailto:gar-labor-l3-pp2@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Probearbeitstag Werkstudent Hardwaretest.\nFlori
 an betreut am Prüfplatz\, ich komme um 14 Uhr für die Abschlussrunde dazu.\n
 Sicherheitsunterweisung Labor vorab (Pforte: Besucherausweis\, ESD-Kittel
  liegt bereit).\n
UID:040000008200E00074C5B7101A82E00800000000509372BFBEE6DC010000000000000000
 1000000082C3D4E5F60718293A4B5C6D7E8F90A1
SUMMARY;LANGUAGE=de-DE:Probetag Hr. Okafor – Labor L3
DTSTART;TZID=W. Europe Standard Time:20260324T090000
DTEND;TZID=W. Europe Standard Time:20260324T150000
DTSTAMP:20260317T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-Labor L3 Prüfplatz 2
END:VEVENT
END:VCALENDAR
""",
    },
]
