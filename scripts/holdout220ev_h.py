"""holdout220 events, part H: work at Spital Aare that is not hiring (raw iCalendar). All negatives."""

_N = dict(iv=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _N, kind="pikett", trap="recurring-pikettdienst-with-override",
        uid="040000008200E00074C5B7101A82E0080000000090F1E2D3C4B5DA0100000000000000001000000077AA88BB99CC00DD11EE",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Wälti Daniel (ICT)":mailto:daniel.waelti@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Pikettdienst ICT 2nd Level (Server/Netzwerk). P
 ikett-Natel 079 555 12 12 übernehmen\, Übergabe Mo 07:30 im Büro. Eskala
 tion: Hostettler.\n
RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=MO;UNTIL=20250630T053000Z
UID:040000008200E00074C5B7101A82E0080000000090F1E2D3C4B5DA0100000000000000001000000077AA88BB99CC00DD11EE
SUMMARY;LANGUAGE=de-CH:Pikett ICT – Lukas
DTSTART;TZID=W. Europe Standard Time:20250303T073000
DTEND;TZID=W. Europe Standard Time:20250310T073000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T090000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Wälti Daniel (ICT)":mailto:daniel.waelti@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Getauscht mit Stefan (Lukas hat am 30.4. Termin
  in Zürich). Pikett-Natel bei Stefan.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250428T073000
UID:040000008200E00074C5B7101A82E0080000000090F1E2D3C4B5DA0100000000000000001000000077AA88BB99CC00DD11EE
SUMMARY;LANGUAGE=de-CH:Pikett ICT – Stefan (Tausch)
DTSTART;TZID=W. Europe Standard Time:20250505T073000
DTEND;TZID=W. Europe Standard Time:20250512T073000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T130000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="cab", trap="recurring-change-advisory-board-override",
        uid="040000008200E00074C5B7101A82E00800000000CAB0CAB0CAB0DA01000000000000000010000000CAB1CAB2CAB3CAB4CAB5",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="ICT Change Management":mailto:ict-change@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Zbinden Lukas (ICT)":mailto:lukas.zbinden@spitalaare
 .ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hostettler Markus (ICT)":mailto:markus.hostettler@spi
 talaare.ch
DESCRIPTION;LANGUAGE=de-CH:Wöchentliches CAB. Changes bis Montag 12:00 im
  Ticketsystem auf «zur Bewilligung» setzen. Traktanden: Normal Changes\,
  Emergency Changes Rückblick\, Wartungsfenster.\n
RRULE:FREQ=WEEKLY;BYDAY=TU
UID:040000008200E00074C5B7101A82E00800000000CAB0CAB0CAB0DA01000000000000000010000000CAB1CAB2CAB3CAB4CAB5
SUMMARY;LANGUAGE=de-CH:CAB (Change Advisory Board)
DTSTART;TZID=W. Europe Standard Time:20250107T093000
DTEND;TZID=W. Europe Standard Time:20250107T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241212T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Haus 12 SZ 3.01 / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="ICT Change Management":mailto:ict-change@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Zbinden Lukas (ICT)":mailto:lukas.zbinden@spitalaare
 .ch
DESCRIPTION;LANGUAGE=de-CH:Verschoben wegen Wartungsfenster Core-Switch (V
 LAN-Umstellung OP-Trakt). Nur Emergency Changes.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250513T093000
UID:040000008200E00074C5B7101A82E00800000000CAB0CAB0CAB0DA01000000000000000010000000CAB1CAB2CAB3CAB4CAB5
SUMMARY;LANGUAGE=de-CH:CAB (Change Advisory Board) – verschoben
DTSTART;TZID=W. Europe Standard Time:20250514T133000
DTEND;TZID=W. Europe Standard Time:20250514T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="mag", trap="own-appraisal-mitarbeitergespraech",
        uid="040000008200E00074C5B7101A82E008000000004D4A4733B1ABDA01000000000000000010000000AB12AB12AB12AB12AB12",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hostettler Markus (ICT)":mailto:markus.hostettler@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Hoi Lukas\, unser MAG 2025: Rückblick Ziele 202
 4 (WLAN-Rollout\, SCCM-Migration)\, Beurteilung\, Entwicklung und – da de
 in Vertrag Ende Juni ausläuft – Arbeitszeugnis und mögliche Weiterbeschä
 ftigung. Bitte Selbsteinschätzung im Formular vorbereiten. Markus\n
UID:040000008200E00074C5B7101A82E008000000004D4A4733B1ABDA01000000000000000010000000AB12AB12AB12AB12AB12
SUMMARY;LANGUAGE=de-CH:MAG Lukas Zbinden
DTSTART;TZID=W. Europe Standard Time:20250318T140000
DTEND;TZID=W. Europe Standard Time:20250318T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250303T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Büro Hostettler
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="vendor-demo", trap="vendor-product-demo-wifi",
        uid="4c9a1f0e2d3b@netcom-partner.ch",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:WEST@
BEGIN:VEVENT
ATTENDEE;CN="Zbinden Lukas (ICT)";RSVP=TRUE:mailto:lukas.zbinden@spitalaare.ch
ATTENDEE;CN="Hostettler Markus (ICT)";RSVP=TRUE:mailto:markus.hostettler@spitalaare.ch
DESCRIPTION:Grüezi Herr Zbinden\n\nWie vereinbart zeigen wir Ihnen die Live
 -Demo von Aruba Central und ClearPass (NAC für Medizingeräte\, Gäste-WLAN
 \, Onboarding). Dauer ca. 90 Min. inkl. Q&A.\n\nFreundliche Grüsse\nRolf Ga
 sser\, Account Manager\, NetCom Partner AG
DTEND;TZID="W. Europe Standard Time":20250410T153000
DTSTAMP:20250327T110000Z
DTSTART;TZID="W. Europe Standard Time":20250410T140000
LOCATION:Spital Aare\, Haus 12 SZ 3.01
ORGANIZER;CN="Gasser Rolf":mailto:rolf.gasser@netcom-partner.ch
SEQUENCE:0
SUMMARY:Demo Aruba Central / ClearPass – Spital Aare
UID:4c9a1f0e2d3b@netcom-partner.ch
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="newsletter-interview", trap="internal-newsletter-interview-about-wifi",
        uid="040000008200E00074C5B7101A82E00800000000A4A4A4A4A4A4DB01000000000000000010000000B5B5B5B5B5B5B5B5B5B5",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Zürcher Livia (Kommunikation)":mailto:livia.zuercher@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Hallo Lukas\, für die Juni-Ausgabe von «Aare ak
 tuell» möchte ich dich zum neuen WLAN im Bettenhaus interviewen (Was änder
 t sich für Patientinnen und Pflege? Wie lief der Rollout?). Ca. 30 Min.\,
  danach ein Foto beim Access Point auf Station 4B. Livia\n
UID:040000008200E00074C5B7101A82E00800000000A4A4A4A4A4A4DB01000000000000000010000000B5B5B5B5B5B5B5B5B5B5
SUMMARY;LANGUAGE=de-CH:Interview «Aare aktuell»: neues WLAN
DTSTART;TZID=W. Europe Standard Time:20250521T110000
DTEND;TZID=W. Europe Standard Time:20250521T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Cafeteria Haus 5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="sitzung-vlan", trap="internal-project-meeting-vlan-znueni",
        uid="040000008200E00074C5B7101A82E00800000000BEBEBEBE1111DB01000000000000000010000000C2C2C2C2C2C2C2C2C2C2",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Zbinden Lukas (ICT)":mailto:lukas.zbinden@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kämpf Urs (Technischer Dienst)":mailto:
 urs.kaempf@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bieri Stefan (ICT)":mailto:stefan.bieri
 @spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Traktanden: 1. Stand VLAN-Migration OP-Trakt (M
 edizingeräte VLAN 240/241)\, 2. Wartungsfenster 13.5. Core-Switch\, 3. Kom
 munikation an Stationen. Znüni bringe ich mit.\n
UID:040000008200E00074C5B7101A82E00800000000BEBEBEBE1111DB01000000000000000010000000C2C2C2C2C2C2C2C2C2C2
SUMMARY;LANGUAGE=de-CH:Sitzung VLAN-Migration OP-Trakt (mit Znüni)
DTSTART;TZID=W. Europe Standard Time:20250506T090000
DTEND;TZID=W. Europe Standard Time:20250506T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Haus 12 SZ 3.01
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="wartungsfenster", trap="maintenance-window-sccm-patchday",
        uid="040000008200E00074C5B7101A82E00800000000DEDE0000DEDEDB01000000000000000010000000D3D3D3D3D3D3D3D3D3D3",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
DESCRIPTION:SCCM Patchday Mai\, Server Tier 2 (nicht KIS!). Reboot-Reihenfo
 lge gem. Runbook. CHG0041877.\n
DTEND;TZID="W. Europe Standard Time":20250517T010000
DTSTAMP:20250512T070000Z
DTSTART;TZID="W. Europe Standard Time":20250516T220000
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Wartungsfenster SCCM Patchday (Tier 2)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000DEDE0000DEDEDB01000000000000000010000000D3D3D3D3D3D3D3D3D3D3
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="itil-pruefung", trap="certification-exam-not-interview",
        uid="peoplecert-exam-ITIL4F-20250527-8841172@peoplecert.org",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PeopleCert//Exam Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:peoplecert-exam-ITIL4F-20250527-8841172@peoplecert.org
DTSTAMP:20250505T182000Z
DTSTART:20250527T170000Z
DTEND:20250527T181500Z
SUMMARY:ITIL® 4 Foundation exam – Online Proctored
DESCRIPTION:Candidate: Lukas Zbinden\nExam: ITIL 4 Foundation (English)\n
 Please log in to the exam platform 30 minutes before your exam and have y
 our photo ID ready. A webcam check of your room will be performed by the
  proctor.
LOCATION:Online (Web Proctoring)
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="forschungsinterview", trap="research-interview-bachelor-thesis",
        uid="2s8kq0b4n6c1m3v5x7z9a0d2fg@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T111500Z
DTEND:20250404T120000Z
DTSTAMP:20250328T150000Z
ORGANIZER;CN=Nora Brechbühl:mailto:nora.brechbuehl@students.fhnw.ch
UID:2s8kq0b4n6c1m3v5x7z9a0d2fg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@spitalaare.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@spi
 talaare.ch
DESCRIPTION:Guten Tag Herr Zbinden\, vielen Dank\, dass Sie sich für ein Ex
 perteninterview im Rahmen meiner Bachelorarbeit (Wirtschaftsinformatik FH
 NW) zum Thema «Netzwerksegmentierung von Medizingeräten in Schweizer Spit
 älern» zur Verfügung stellen. Das Interview wird aufgezeichnet und anonymi
 siert. Zoom: https://fhnw.zoom.us/j/65012298841
LOCATION:https://fhnw.zoom.us/j/65012298841
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Experteninterview Bachelorarbeit – L. Zbinden
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
]
