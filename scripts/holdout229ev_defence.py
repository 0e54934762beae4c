"""holdout229 events, part 1: defence companies (Rheinmetall, Hensoldt via a headhunter, KNDS, Diehl, Airbus).

Raw iCalendar text, written blind. The user is Hptm Daniel Schreiber (daniel.schreiber.ko@gmx.de).
"""

from holdout229ev_common import TEAMS_DE, VTZ_BERLIN, VTZ_WEUROPE

EVENTS = [
    {
        "kind": "successfactors",
        "uid": "ivs-7c2e91d0-4b3a-4f1e-9a55-0d6be3f2a811@rheinmetall.successfactors.eu",
        "is_interview": 1,
        "company": "Rheinmetall",
        "role": "Projektmanager Logistik (m/w/d) - Vehicle Systems",
        "stage": "recruiter_screen",
        "interviewers": "julia.brandt@rheinmetall.com",
        "trap": "successfactors-telefoninterview-defence",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:ivs-7c2e91d0-4b3a-4f1e-9a55-0d6be3f2a811@rheinmetall.successfactors.eu
DTSTAMP:20250226T081512Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250304T100000
DTEND;TZID=Europe/Berlin:20250304T104500
SUMMARY:Telefoninterview: Projektmanager Logistik (m/w/d) - Vehicle Systems
  | Daniel Schreiber
LOCATION:Telefon / Microsoft Teams
ORGANIZER;CN=Rheinmetall Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Daniel Schreiber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Julia Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julia
 .brandt@rheinmetall.com
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nvielen Dank für Ihre Bewerbung
  auf die Position Projektmanager Logistik (m/w/d) im Bereich Vehicle Systems
  (Req. 48213).\nGerne möchten wir Sie in einem ersten telefonischen Gespräc
 h (ca. 45 Minuten) näher kennenlernen. Ihre Gesprächspartnerin ist Frau Jul
 ia Brandt (Talent Acquisition).\n\nBitte bestätigen Sie den Termin über die
  Schaltfläche in dieser Einladung. Sollte der Termin nicht passen\, nutzen
  Sie bitte den Link in Ihrem Bewerberkonto.\n\nMit freundlichen Grüßen\nIhr
  Rheinmetall Recruiting Team\n\nDiese Nachricht wurde automatisch erstellt.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000060B1F4D2E58FDB010000000000000000100000"
        "00A41C3E8D2B7F6A4C9E0D5F1B2C3A4D5E",
        "is_interview": 1,
        "company": "Rheinmetall",
        "role": "Projektmanager Logistik (m/w/d) - Vehicle Systems",
        "stage": "hiring_manager",
        "interviewers": "thomas.vogel@rheinmetall.com;julia.brandt@rheinmetall.com",
        "trap": "outlook-vorstellungsgespraech-sent-by-assistant-room",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Brandt, Julia";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:julia.brandt@rheinmetall.com
ATTENDEE;CN="UL Geb. 12 Besprechung 2.14 (10 Pers.)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:
 mailto:ul-geb12-r214@rheinmetall.com
CLASS:PUBLIC
CREATED:20250311T142201Z
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nim Auftrag von Herrn Dr. Voge
 l lade ich Sie herzlich zum persönlichen Vorstellungsgespräch in Unterlüß e
 in. Gesprächspartner: Dr. Thomas Vogel (Leiter Logistik Vehicle Systems) un
 d Julia Brandt (HR).\n\nAnschrift: Rheinmetall Landsysteme GmbH\, Heinrich-
 Ehrhardt-Str. 2\, 29345 Unterlüß – bitte melden Sie sich an der Pforte Tor
  1 mit Ihrem Personalausweis. Reisekosten erstatten wir nach Vorlage der Be
 lege (DB 2. Klasse).\n\nViele Grüße\nSabine Kurz\nAssistenz Leitung Logisti
 k\n
DTEND;TZID="W. Europe Standard Time":20250320T123000
DTSTAMP:20250311T142201Z
DTSTART;TZID="W. Europe Standard Time":20250320T103000
LAST-MODIFIED:20250311T142201Z
LOCATION:Unterlüß\, Geb. 12\, Raum 2.14
ORGANIZER;CN="Vogel, Thomas Dr.";SENT-BY="mailto:sabine.kurz@rheinmetall.com":mailto:thomas.vogel@rheinmetall.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Schreiber (PM Logistik VS)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000060B1F4D2E58FDB010000000000000000100000
 00A41C3E8D2B7F6A4C9E0D5F1B2C3A4D5E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F0C2A7719A99DB01000000000000000010000000"
        "77E1B0C9F4D24A0E8B6C1D2E3F405162",
        "is_interview": 1,
        "company": "Rheinmetall",
        "role": "Projektmanager Logistik (m/w/d) - Vehicle Systems",
        "stage": "final",
        "interviewers": "thomas.vogel@rheinmetall.com;katrin.neumann@rheinmetall.com",
        "trap": "assessment-center-final-round-observers",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Vogel, Thomas Dr.";RSVP=TRUE:mailto:thomas.vogel@rheinmetall.com
ATTENDEE;CN="Neumann, Katrin Dr.";RSVP=TRUE:mailto:katrin.neumann@rheinmetall.com
ATTENDEE;CN="DUS RP1 Konferenz Rhein";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:dus-rp1-rhein@rheinmetall.com
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nwie telefonisch besprochen la
 den wir Sie zur finalen Auswahlrunde in Form eines eintägigen Assessment-Ce
 nters ein.\n\nAblauf (Änderungen vorbehalten):\n08:30 Empfang & Einführung\
 n09:00 Fallstudie Logistikkonzept Werkserweiterung (Einzelarbeit\, 60 Min.)
 \n10:15 Präsentation vor den Beobachtern\n11:30 Gruppendiskussion\n13:00 Mi
 ttagessen\n14:00 Rollenspiel Mitarbeitergespräch\n15:00 Abschlussinterview
  mit Dr. Vogel und Dr. Neumann (Personalentwicklung)\n16:30 Feedback\n\nOrt
 : Rheinmetall Platz 1\, 40476 Düsseldorf\, Empfang Haus A.\n\nMit freundlic
 hen Grüßen\nJulia Brandt\nTalent Acquisition
DTEND;TZID="W. Europe Standard Time":20250408T163000
DTSTAMP:20250327T091044Z
DTSTART;TZID="W. Europe Standard Time":20250408T083000
LOCATION:Düsseldorf\, Rheinmetall Platz 1\, Haus A
ORGANIZER;CN="Brandt, Julia":mailto:julia.brandt@rheinmetall.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Assessment-Center PM Logistik VS – Herr Schreiber
UID:040000008200E00074C5B7101A82E00800000000F0C2A7719A99DB01000000000000000010000000
 77E1B0C9F4D24A0E8B6C1D2E3F405162
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "f3c9a1e2-5b7d-4c8e-9f01-2a3b4c5d6e7f@calendly.com",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "headhunter-first-call-unnamed-defence-client",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f3c9a1e2-5b7d-4c8e-9f01-2a3b4c5d6e7f@calendly.com
DTSTAMP:20250306T170455Z
DTSTART:20250310T160000Z
DTEND:20250310T163000Z
SUMMARY:Erstgespräch (30 Min) zwischen Markus Hahn und Daniel Schreiber
ORGANIZER;CN=Markus Hahn:mailto:markus.hahn@leitwerk-personal.de
ATTENDEE;CN=Daniel Schreiber;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:daniel.schreiber.ko@gmx.de
LOCATION:Telefon: Markus Hahn ruft Sie unter +49 171 5528403 an
DESCRIPTION:Event Name: Erstgespräch (30 Min)\n\nNeed to make changes to th
 is event?\nCancel: https://calendly.com/cancellations/f3c9a1e2\nReschedule:
  https://calendly.com/reschedulings/f3c9a1e2\n\nAntworten:\nWorum geht es?
 \nIhre Nachricht zu der vertraulichen Position: Leitung Logistik & Supply C
 hain Operations bei einem namhaften Rüstungskonzern in Süddeutschland. Kund
 e wird im Zweitgespräch offengelegt.\n\nLeitwerk Personalberatung – Offizie
 re in die Wirtschaft\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "0b8d7e6f-1a2b-4c3d-8e9f-a0b1c2d3e4f5@calendly.com",
        "is_interview": 1,
        "company": "Hensoldt",
        "role": "Leitung Logistik & Supply Chain Operations",
        "stage": "recruiter_screen",
        "interviewers": "markus.hahn@leitwerk-personal.de",
        "trap": "headhunter-names-client-in-body-only",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0b8d7e6f-1a2b-4c3d-8e9f-a0b1c2d3e4f5@calendly.com
DTSTAMP:20250312T081830Z
DTSTART:20250317T170000Z
DTEND:20250317T180000Z
SUMMARY:Zweitgespräch (60 Min) zwischen Markus Hahn und Daniel Schreiber
ORGANIZER;CN=Markus Hahn:mailto:markus.hahn@leitwerk-personal.de
ATTENDEE;CN=Daniel Schreiber;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:daniel.schreiber.ko@gmx.de
LOCATION:https://zoom.us/j/93381204517?pwd=ZkR0cE9uUXh6
DESCRIPTION:Event Name: Zweitgespräch (60 Min)\n\nLocation: This is a Zoom
  web conference.\nhttps://zoom.us/j/93381204517?pwd=ZkR0cE9uUXh6\n\nAntworte
 n:\nAnmerkungen: Wie am Telefon angekündigt\, hier die Offenlegung: unser M
 andant ist die HENSOLDT Sensors GmbH in Taufkirchen bei München. Wir gehen
  Ihren Lebenslauf Punkt für Punkt durch und sprechen über Motivation\, Gehal
 tsvorstellung und Kündigungsfrist/Dienstzeitende. Anschließend stelle ich S
 ie dem Kunden vor.\n\nNeed to make changes to this event?\nCancel: https://
 calendly.com/cancellations/0b8d7e6f\nReschedule: https://calendly.com/resch
 edulings/0b8d7e6f\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A3E8D1C4B097DB0100000000000000001000000"
        "0C0FFEE11223344556677889900AABBCC",
        "is_interview": 1,
        "company": "Hensoldt",
        "role": "Leitung Logistik & Supply Chain Operations",
        "stage": "hiring_manager",
        "interviewers": "stefanie.kraus@hensoldt.net;andreas.mayr@hensoldt.net",
        "trap": "teams-interview-headhunter-cc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=daniel.schreiber.ko@gmx.de;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Mayr, Andreas";RSVP=TRUE:mailto:andreas.mayr@hensoldt.net
ATTENDEE;CN="Markus Hahn";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:markus.hahn@leitwerk-personal.de
DESCRIPTION:Lieber Herr Schreiber\,\n\nvielen Dank für Ihr Interesse an HEN
 SOLDT. Wie mit Herrn Hahn abgestimmt\, möchten wir Sie gerne per Teams kenn
 enlernen. Mit dabei ist Andreas Mayr (VP Operations).\n\nBeste Grüße\nStef
 anie Kraus\nHR Business Partner Operations\n\n
""" + TEAMS_DE + r"""
DTEND;TZID="W. Europe Standard Time":20250327T150000
DTSTAMP:20250319T103355Z
DTSTART;TZID="W. Europe Standard Time":20250327T140000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Kraus, Stefanie":mailto:stefanie.kraus@hensoldt.net
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Interview Leitung Logistik & SCM Ops | D. Schreiber
UID:040000008200E00074C5B7101A82E00800000000A3E8D1C4B097DB0100000000000000001000000
 0C0FFEE11223344556677889900AABBCC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NWQ0OGIt
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone-entry",
        "uid": "5D2F1B7A-8C3E-4E1A-9B6D-0F2C4A8E7B31",
        "is_interview": 1,
        "company": "Hensoldt",
        "role": "",
        "stage": "final",
        "interviewers": "Mayr;Dr. Lehner",
        "trap": "self-typed-final-round-travel-notes",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250403T194210Z
DTEND:20250415T140000
DTSTAMP:20250403T194221Z
DTSTART:20250415T110000
LAST-MODIFIED:20250403T194221Z
LOCATION:Willy-Messerschmitt-Str. 3\, 82024 Taufkirchen
SEQUENCE:0
SUMMARY:Hensoldt Taufkirchen – Finalrunde
DESCRIPTION:ICE 6:52 ab KO\, an M 11:0? -> Taxi!!\nMayr + GF Dr. Lehner\,
  ggf. Werksführung\nGehalt: nicht unter 95\nZeugnisse/ Beurteilungen in Map
 pe\nHahn vorher kurz anrufen
TRANSP:OPAQUE
UID:5D2F1B7A-8C3E-4E1A-9B6D-0F2C4A8E7B31
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:8A0F9E31-2C4B-4D5E-9F60-71A2B3C4D5E6
X-WR-ALARMUID:8A0F9E31-2C4B-4D5E-9F60-71A2B3C4D5E6
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "INTERVIEW_EVENT-3-88172@knds.wd3.myworkday.com",
        "is_interview": 1,
        "company": "KNDS Deutschland",
        "role": "Operations Manager Instandsetzung (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "florian.eder@knds.de",
        "trap": "workday-teams-fachbereich-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:INTERVIEW_EVENT-3-88172@knds.wd3.myworkday.com
DTSTAMP:20250325T130215Z
DTSTART:20250403T070000Z
DTEND:20250403T080000Z
SUMMARY:Interview: Operations Manager Instandsetzung (m/w/d) (R-0041187) - D
 aniel Schreiber
ORGANIZER;CN=KNDS Talent Acquisition:mailto:knds@myworkday.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Florian Eder;RSVP=TRUE:mailto:florian.eder@knds.de
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Daniel\,\n\nwir freuen uns\, dich zu einem ersten Intervi
 ew mit Florian Eder (Leiter Instandsetzung\, Fachbereich) einzuladen.\n\nIn
 terviewdauer: 60 Minuten\nFormat: Microsoft Teams (Link folgt separat von
  Florian)\n\nBitte halte deine Unterlagen zur Verwendung als KpChef und S4
  bereit.\n\nDein KNDS Talent Acquisition Team\n\nWorkday
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "INTERVIEW_EVENT-3-88901@knds.wd3.myworkday.com",
        "is_interview": 1,
        "company": "KNDS Deutschland",
        "role": "Operations Manager Instandsetzung (m/w/d)",
        "stage": "onsite",
        "interviewers": "florian.eder@knds.de;petra.hofmann@knds.de",
        "trap": "rescheduled-onsite-higher-sequence",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:INTERVIEW_EVENT-3-88901@knds.wd3.myworkday.com
DTSTAMP:20250418T091502Z
DTSTART:20250429T080000Z
DTEND:20250429T110000Z
SEQUENCE:2
SUMMARY:Updated: Interview vor Ort: Operations Manager Instandsetzung (m/w/d
 ) (R-0041187) - Daniel Schreiber
ORGANIZER;CN=KNDS Talent Acquisition:mailto:knds@myworkday.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Florian Eder;RSVP=TRUE:mailto:florian.eder@knds.de
ATTENDEE;CN=Petra Hofmann;RSVP=TRUE:mailto:petra.hofmann@knds.de
LOCATION:KNDS Deutschland\, Krauss-Maffei-Straße 11\, 80997 München\, Empfa
 ng Tor 3
DESCRIPTION:Hallo Daniel\,\n\nleider müssen wir das Vor-Ort-Gespräch am 24.
 04. verschieben. Der neue Termin ist Dienstag\, 29.04.\, 10:00-13:00 Uhr.\
 n\nAblauf: Gespräch mit Florian Eder und Petra Hofmann (Werkleitung)\, da
 nach Rundgang durch die Instandsetzungshalle. Bitte festes Schuhwerk mitbri
 ngen.\n\nDein KNDS Talent Acquisition Team\n\nWorkday
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000008E77D5B0A4A5DB010000000000000000100000"
        "00DD4E2A91C6B8473FA1E2B3C4D5E6F708",
        "is_interview": 1,
        "company": "Diehl Defence",
        "role": "Projektleiter Logistik (m/w/d)",
        "stage": "",
        "interviewers": "michael.bauer@diehl-defence.com;laura.seitz@diehl-defence.com",
        "trap": "outlook-windows-zone-vorstellungsgespraech",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Daniel Schreiber";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Seitz, Laura";RSVP=TRUE:mailto:laura.seitz@diehl-defence.com
ATTENDEE;CN="RÖ Geb. 4 BR 1.07";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:roe-g4-br107@diehl-defence.com
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nhiermit bestätigen wir Ihren
  Termin für ein Vorstellungsgespräch als Projektleiter Logistik (m/w/d) am S
 tandort Röthenbach a. d. Pegnitz.\n\nIhre Gesprächspartner: Michael Bauer
  (Abteilungsleiter Logistik) und Laura Seitz (Personal).\nBitte bringen Sie
  einen gültigen Lichtbildausweis mit\; der Standort unterliegt dem Geheimsch
 utz.\n\nMit freundlichen Grüßen\nLaura Seitz\n
DTEND;TZID="W. Europe Standard Time":20250514T113000
DTSTAMP:20250430T074812Z
DTSTART;TZID="W. Europe Standard Time":20250514T100000
LOCATION:Diehl Defence\, Fischbachstraße 16\, 90552 Röthenbach
ORGANIZER;CN="Bauer, Michael":mailto:michael.bauer@diehl-defence.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hr. Schreiber
UID:040000008200E00074C5B7101A82E008000000008E77D5B0A4A5DB010000000000000000100000
 00DD4E2A91C6B8473FA1E2B3C4D5E6F708
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "INTERVIEW_EVENT-6-1183342@airbus.wd3.myworkday.com",
        "is_interview": 1,
        "company": "Airbus Defence and Space",
        "role": "Logistics Project Manager (d/f/m)",
        "stage": "recruiter_screen",
        "interviewers": "sophie.laurent@airbus.com",
        "trap": "workday-english-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:INTERVIEW_EVENT-6-1183342@airbus.wd3.myworkday.com
DTSTAMP:20250402T144400Z
DTSTART;TZID=Europe/Berlin:20250409T163000
DTEND;TZID=Europe/Berlin:20250409T170000
SUMMARY:Airbus - Phone Interview - Logistics Project Manager (d/f/m) - JR103
 39124
ORGANIZER;CN=Airbus Careers:mailto:airbus@myworkday.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Sophie Laurent;RSVP=FALSE:mailto:sophie.laurent@airbus.com
LOCATION:Phone - Sophie will call you on +49 160 9944 2817
DESCRIPTION:Dear Daniel\,\n\nThank you for your application for the positio
 n Logistics Project Manager (d/f/m) in Manching. We would like to invite yo
 u to a phone interview with Sophie Laurent\, Talent Acquisition Partner.\n\
 nDuration: 30 minutes. The conversation will be held in English and German.
 \n\nKind regards\,\nAirbus Talent Acquisition
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C1F3E0E66FABDB01000000000000000010000000"
        "3B2A19087F6E5D4C3B2A190817263544",
        "is_interview": 1,
        "company": "Airbus Defence and Space",
        "role": "Logistics Project Manager (d/f/m)",
        "stage": "technical",
        "interviewers": "jens.wagner@airbus.com;katharina.berger@airbus.com",
        "trap": "fachinterview-case-teams-english-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="WAGNER, Jens";RSVP=TRUE:mailto:jens.wagner@airbus.com
ATTENDEE;CN="BERGER, Katharina";RSVP=TRUE:mailto:katharina.berger@airbus.com
ATTENDEE;CN=daniel.schreiber.ko@gmx.de;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Hallo Herr Schreiber\,\n\nanbei die Einladung zum Fachinterview
  (ca. 90 Min.). Wir bitten Sie\, eine kurze Fallstudie vorzubereiten: Ersat
 zteilversorgung einer Eurofighter-Staffel im Auslandseinsatz – Planung\, Ri
 siken\, KPIs (max. 10 Folien\, 20 Min. Vortrag). Danach Fragen aus dem Team
 .\n\nViele Grüße\nJens Wagner\nHead of Support & Services Logistics\n\n
""" + TEAMS_DE + r"""
DTEND;TZID="W. Europe Standard Time":20250507T103000
DTSTAMP:20250423T120301Z
DTSTART;TZID="W. Europe Standard Time":20250507T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="WAGNER, Jens":mailto:jens.wagner@airbus.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Fachinterview / Case Study - Logistics PM (JR10339124)
UID:040000008200E00074C5B7101A82E00800000000C1F3E0E66FABDB01000000000000000010000000
 3B2A19087F6E5D4C3B2A190817263544
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
