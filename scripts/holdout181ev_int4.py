"""holdout181: the user's own interviews, part 4 (hand-written raw iCalendar text)."""

from holdout181ev_tz import BERLIN, BERLIN_APPLE, VIENNA, W_EUROPE, W_EUROPE_ALT

EVENTS = [
    {
        "kind": "dvinci-einladung",
        "uid": "dvinci-termin-61193-0412@oberland-systemtechnik.dvinci-hr.com",
        "is_interview": 1,
        "company": "Oberland Systemtechnik GmbH",
        "role": "Systemarchitekt Fahrzeugelektronik (m/w/d)",
        "stage": "",
        "interviewers": "t.lechner@oberland-systemtechnik.de",
        "trap": "dvinci-einladung-praesenz",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Termin//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:dvinci-termin-61193-0412@oberland-systemtechnik.dvinci-hr.com
DTSTAMP:20260402T080500Z
DTSTART;TZID=Europe/Berlin:20260413T093000
DTEND;TZID=Europe/Berlin:20260413T110000
SUMMARY:Einladung Vorstellungsgespräch Systemarchitekt Fahrzeugelektronik (
 m/w/d)
LOCATION:Oberland Systemtechnik GmbH\, Bahnhofstr. 22\, 82362 Weilheim i.OB
DESCRIPTION:Sehr geehrter Herr Hartl\,\nwir freuen uns auf das persönliche
  Gespräch mit Ihnen und Herrn Lechner (Leiter Entwicklung).\nMit freundlich
 en Grüßen\nPersonalabteilung
ORGANIZER;CN=Personalabteilung Oberland Systemtechnik:mailto:bewerbung@obe
 rland-systemtechnik.de
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Thomas Lechner:mailto:T.Lechner@oberland-systemtechnik.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rexx-telefon",
        "uid": "rexx-7731-20260227-1400@lechwerk-komponenten.de",
        "is_interview": 1,
        "company": "Lechwerk Komponenten GmbH",
        "role": "Abteilungsleiter Elektronik (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "Sandra Kastl",
        "trap": "rexx-telefoninterview-no-attendees",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
UID:rexx-7731-20260227-1400@lechwerk-komponenten.de
DTSTAMP:20260223T131313Z
DTSTART;TZID=Europe/Berlin:20260227T140000
DTEND;TZID=Europe/Berlin:20260227T143000
SUMMARY:Telefoninterview Lechwerk Komponenten GmbH
DESCRIPTION:Stelle: Abteilungsleiter Elektronik (m/w/d)\nGesprächspartnerin
 : Sandra Kastl\, Personalreferentin\nSie werden unter +49 160 9187xxxx ang
 erufen.
LOCATION:Telefonisch
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-call",
        "uid": "1k2j3h4g5f6d7s8a9p0o@google.com",
        "is_interview": 1,
        "company": "Zollern Antriebe GmbH",
        "role": "Leitung E/E-Entwicklung",
        "stage": "recruiter_screen",
        "interviewers": "s.brenner@brenner-executive.de",
        "trap": "headhunter-names-employer-only-in-body",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260305T123000
DTEND;TZID=Europe/Berlin:20260305T131500
DTSTAMP:20260302T170455Z
ORGANIZER;CN=Sebastian Brenner:mailto:s.brenner@brenner-executive.de
UID:1k2j3h4g5f6d7s8a9p0o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tobias.hartl@web.de;X-NUM-GUESTS=0:mailto:tobias.hartl@web.de
DESCRIPTION:Servus Herr Hartl\,\n\ndanke für die Rückmeldung auf meine Nach
 richt. Wie besprochen geht es um die Leitung E/E-Entwicklung bei der Zoller
 n Antriebe GmbH in Sigmaringen (Standort München im Aufbau). Ich würde gern
 e Ihren Hintergrund\, Ihre Wechselmotivation und Ihre Gehaltsvorstellung kl
 ären\, bevor ich Sie dem Kunden vorstelle.\n\nBeste Grüße\nSebastian Brenn
 er\nBrenner Executive Search
LOCATION:Telefon / ich rufe Sie an
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat S. Brenner / T. Hartl
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agentur-screening",
        "uid": "f81d4fae-7dec-11d0-a765-00a0c91e6bf6@techtalents-recruiting.de",
        "is_interview": 1,
        "company": "Ecodrive Systems GmbH",
        "role": "Senior Systemingenieur / Teamlead E-Antrieb",
        "stage": "recruiter_screen",
        "interviewers": "nina.albrecht@techtalents-recruiting.de",
        "trap": "agency-screening-for-named-client",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Albrecht, Nina":mailto:nina.albrecht@techtalents-recruiting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Tobias Hartl:mailto:tobias.hartl
 @web.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Tobias\,\nwie telefonisch kurz angerissen: V
 orqualifizierung für die Position Senior Systemingenieur / Teamlead E-Antri
 eb bei unserem Kunden Ecodrive Systems GmbH (Garching). Ca. 30 Min.\, Teams
 .\nLG Nina\n________________\nMicrosoft Teams-Besprechung\nhttps://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_ZmYz%40thread.v2/0\n
UID:f81d4fae-7dec-11d0-a765-00a0c91e6bf6@techtalents-recruiting.de
SUMMARY;LANGUAGE=de-DE:Screening Ecodrive Systems – Tobias Hartl
DTSTART;TZID=W. Europe Standard Time:20260223T170000
DTEND;TZID=W. Europe Standard Time:20260223T173000
DTSTAMP:20260219T091500Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "braunau-handy",
        "uid": "C3D1A2F4-77B0-4E21-8A9C-0F6E5D4C3B2A",
        "is_interview": 1,
        "company": "Innviertel Motion GmbH",
        "role": "",
        "stage": "",
        "interviewers": "Hr. Mayrhofer",
        "trap": "handtyped-vienna-tz-abbreviated",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{VIENNA}
BEGIN:VEVENT
UID:C3D1A2F4-77B0-4E21-8A9C-0F6E5D4C3B2A
DTSTAMP:20260305T201500Z
DTSTART;TZID=Europe/Vienna:20260313T140000
DTEND;TZID=Europe/Vienna:20260313T153000
SUMMARY:Innviertel Motion Braunau - Gespräch Hr. Mayrhofer
LOCATION:Braunau am Inn
DESCRIPTION:ca 1h45 Fahrt\, A94\nTL Elektronik\, 2 Teams a 6 Leute\nnach Ho
 me Office fragen
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-hr-invite",
        "uid": "6mq4k0t2n8c1b5v9x3z7l0p2dg@google.com",
        "is_interview": 1,
        "company": "Chiemgau Power Systems GmbH",
        "role": "Teamleitung Systems Engineering",
        "stage": "hiring_manager",
        "interviewers": "georg.huber@chiemgau-power.de",
        "trap": "google-calendar-hr-invite-second-talk",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260423T160000
DTEND;TZID=Europe/Berlin:20260423T170000
DTSTAMP:20260417T103210Z
ORGANIZER;CN=Theresa Eder:mailto:theresa.eder@chiemgau-power.de
UID:6mq4k0t2n8c1b5v9x3z7l0p2dg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Georg H
 uber;X-NUM-GUESTS=0:mailto:georg.huber@chiemgau-power.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tobias.hartl@web.de;X-NUM-GUESTS=0:mailto:tobias.hartl@web.de
DESCRIPTION:Hallo Herr Hartl\,\nanbei wie vereinbart der Termin für das Gesp
 räch mit Georg Huber (Bereichsleiter Entwicklung) zur Teamleitung Systems E
 ngineering. Ich selbst kümmere mich nur um die Organisation.\nViele Grüße\
 , Theresa Eder (Assistenz Personal)\n\nJoin with Google Meet: https://meet.
 google.com/hgv-pxrs-mtc
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Hr. Hartl / Hr. Huber – Teamleitung Systems Engineering
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-sent-by",
        "uid": "040000008200E00074C5B7101A82E00800000000D0A7F0E5C9A8DC01000000000000000010000000"
        "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
        "is_interview": 1,
        "company": "Traunstein Elektroantriebe GmbH",
        "role": "",
        "stage": "",
        "interviewers": "w.kaiser@traunstein-ea.de",
        "trap": "outlook-vorstellungsgespraech-sent-by-assistant-room",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE_ALT}
BEGIN:VEVENT
ORGANIZER;CN="Kaiser, Wolfgang";SENT-BY="mailto:m.poschinger@traunstein-ea.d
 e":mailto:w.kaiser@traunstein-ea.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.hart
 l@web.de:mailto:tobias.hartl@web.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TS-Verwaltung Be
 sprechung 1.04":mailto:raum104@traunstein-ea.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\n\nim Auftrag von He
 rrn Kaiser (Geschäftsführer) bestätige ich Ihnen den Termin für das Vorstel
 lungsgespräch.\n\nMit freundlichen Grüßen\nMonika Poschinger\nAssistenz de
 r Geschäftsführung\n
UID:040000008200E00074C5B7101A82E00800000000D0A7F0E5C9A8DC010000000000000000
 100000000A1B2C3D4E5F60718293A4B5C6D7E8F9
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Hartl
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 260428T140000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2026
 0428T153000
DTSTAMP:20260416T124501Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:TS-Verwaltung Besprechung 1.04
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-english",
        "uid": "040000008200E00074C5B7101A82E00800000000E08BC1A2D5C2DC01000000000000000010000000"
        "99887766554433221100FFEEDDCCBBAA",
        "is_interview": 1,
        "company": "Würmtal Embedded GmbH",
        "role": "System Architect Powertrain",
        "stage": "technical",
        "interviewers": "oliver.grant@wuermtal-embedded.com;k.demir@wuermtal-embedded.com",
        "trap": "teams-english-technical-interview",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@wuermtal-embedded.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=tobias.hartl@web.de:mailto:tobias
 .hartl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Kerem Demir:mailto:k.demir@wuermt
 al-embedded.com
DESCRIPTION;LANGUAGE=en-US:Hi Tobias\,\nas agreed\, second interview with Ke
 rem and me – technical focus (AUTOSAR\, ISO 26262\, inverter SW/HW interfac
 e). Please prepare a 10 min walk-through of a system you architected.\nBest\
 , Oliver\n______________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\nC
 lick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_YTBh%40thread.v2/0>\nMeeting ID: 312 774 095 184\nPasscode: 8hJq
 Lm\n
UID:040000008200E00074C5B7101A82E00800000000E08BC1A2D5C2DC010000000000000000
 1000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-US:2nd interview Tobias Hartl – System Architect Powertr
 ain
DTSTART;TZID=W. Europe Standard Time:20260407T100000
DTEND;TZID=W. Europe Standard Time:20260407T113000
DTSTAMP:20260331T150223Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-fachgespraech",
        "uid": "zoom-85510239841-20260219@loisach-motion.de",
        "is_interview": 1,
        "company": "Loisach Motion GmbH",
        "role": "Teamleiter Hardware",
        "stage": "technical",
        "interviewers": "r.zach@loisach-motion.de",
        "trap": "zoom-fachgespraech-small-supplier",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260213T090000Z
DTSTART:20260219T140000Z
DTEND:20260219T151500Z
SUMMARY:Fachgespräch Teamleiter Hardware - Tobias Hartl
UID:zoom-85510239841-20260219@loisach-motion.de
DESCRIPTION:Robert Zach lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nTh
 ema: Fachgespräch Teamleiter Hardware - Tobias Hartl\n\nZoom-Meeting beitr
 eten\nhttps://us06web.zoom.us/j/85510239841?pwd=bGxqM0Z1\n\nMeeting-ID: 855
  1023 9841\nKenncode: 203918\n\nSchnelleinwahl mobil\n+496938079883\,\,8551
 0239841# Deutschland
LOCATION:https://us06web.zoom.us/j/85510239841?pwd=bGxqM0Z1
ORGANIZER;CN=Robert Zach:mailto:r.zach@loisach-motion.de
ATTENDEE;CN=Tobias Hartl:mailto:tobias.hartl@web.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-gespraech",
        "uid": "webex-7d1f0a8e3b-2026-0317@filder-emobil.de",
        "is_interview": 1,
        "company": "Filder Elektromobilität GmbH",
        "role": "Leiter Systemintegration (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "b.hummel@filder-emobil.de",
        "trap": "webex-gespraech-stuttgart",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//DE
VERSION:2.0
METHOD:REQUEST
{BERLIN_APPLE}
BEGIN:VEVENT
UID:webex-7d1f0a8e3b-2026-0317@filder-emobil.de
DTSTAMP:20260311T073000Z
DTSTART;TZID=Europe/Berlin:20260317T163000
DTEND;TZID=Europe/Berlin:20260317T173000
SUMMARY:Kennenlerngespräch Leiter Systemintegration (m/w/d) - Hartl
DESCRIPTION:Bernd Hummel (Leiter Entwicklung) lädt Sie zu diesem Webex-Meet
 ing ein.\n\nMeeting-Link: https://filder-emobil.webex.com/meet/b.hummel\nMe
 eting-Kennnummer: 2370 441 8826\nPasswort: Fild3r!\n\nÜber Telefon teilneh
 men\n+49-6196-7819736 Deutschland Gebührenpflichtig\nZugriffscode: 2370 441
  8826
LOCATION:https://filder-emobil.webex.com/meet/b.hummel
ORGANIZER;CN=Bernd Hummel:mailto:b.hummel@filder-emobil.de
ATTENDEE;CN=Tobias Hartl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tobias.hartl@
 web.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-meeting",
        "uid": "goto-meeting-449-201-773-20260324@rottal-sensorik.de",
        "is_interview": 1,
        "company": "Rottal Sensorik GmbH",
        "role": "Bereichsleitung Elektronik",
        "stage": "",
        "interviewers": "anton.eichinger@rottal-sensorik.de",
        "trap": "goto-meeting-terse-gespraech",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-meeting-449-201-773-20260324@rottal-sensorik.de
DTSTAMP:20260319T160000Z
DTSTART:20260324T150000Z
DTEND:20260324T160000Z
SUMMARY:Rottal Sensorik / Hartl – Gespräch Bereichsleitung Elektronik
DESCRIPTION:Gespräch mit Anton Eichinger (Geschäftsführer)\n\nGoTo Meeting
  Teilnahme über Computer\, Tablet oder Smartphone:\nhttps://meet.goto.com/4
 49201773\n\nTeilnahme per Telefon:\nDeutschland: +49 721 6059 6510\nZugangs
 code: 449-201-773
ORGANIZER;CN=Anton Eichinger:mailto:anton.eichinger@rottal-sensorik.de
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
END:VEVENT
END:VCALENDAR
""",
    },
]
