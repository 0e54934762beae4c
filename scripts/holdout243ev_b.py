# ruff: noqa: E501, W291
"""holdout243 events, part b: direct clients, platforms, booking tools (written blind)."""

EVENTS = [
    {
        "kind": "desktop-entry",
        "uid": "20250407T081522Z-4711-kern@thunderbird",
        "is_interview": 1,
        "company": "Vogelsberg Maschinenbau GmbH",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "Hr. Vogel",
        "trap": "self-typed-call-with-managing-director",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@VTZ berlin@@
BEGIN:VEVENT
CREATED:20250407T081522Z
LAST-MODIFIED:20250407T081710Z
DTSTAMP:20250407T081710Z
UID:20250407T081522Z-4711-kern@thunderbird
SUMMARY:Tel. Hr. Vogel (GF VMB) wg. S/4-Einführung – er ruft an
CATEGORIES:Akquise
DTSTART;TZID=Europe/Berlin:20250410T173000
DTEND;TZID=Europe/Berlin:20250410T181500
DESCRIPTION:Kontakt über DSAG-AK Mittelstand (Empfehlung Ralf).\nVMB sucht
  jemanden\, der FI/CO-Seite der Einführung 2026 verantwortet\, evtl. auch 
 Festanstellung als Leiter ERP. Er will wissen: Erfahrung Greenfield Mittel
 stand\, Verfügbarkeit ab Q3\, Tagessatz.\nTel 06641 9188-0 (Zentrale)\, mob
 il 0160 3317702
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB01000000000000000010000000C0FFEE1234567890ABCDEF0011223344",
        "is_interview": 1,
        "company": "AeroHub Services GmbH",
        "role": "Senior SAP FI/CO Consultant (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "dennis.mohr@aerohub-services.de;ute.kessler@aerohub-services.de",
        "trap": "sent-by-assistant-procurement-joins",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Mohr, Dennis";SENT-BY="mailto:sekretariat.finance@aerohub-ser
 vices.de":mailto:dennis.mohr@aerohub-services.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matthias K
 ern:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Keßler, Ute":
 mailto:ute.kessler@aerohub-services.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Einkauf I
 T-Dienstleistungen":mailto:einkauf-it@aerohub-services.de
DESCRIPTION;LANGUAGE=de-DE:Projektinterview für die Position "Senior SAP F
 I/CO Consultant (m/w/d)" – Projekt HANGAR (S/4HANA Brownfield\, Go-Live 0
 1/2026).\n\nTeilnehmer: Dennis Mohr (Projektleiter Finance)\, Ute Keßler 
 (Key-Userin Controlling). Das Einkaufspostfach ist nur zur Info eingeladen
 .\n\nMit freundlichen Grüßen\ni.A. Sekretariat Finance\nAeroHub Services 
 GmbH | Gebäude 234 | 60549 Frankfurt am Main\n\n__________________________
 ______________________________________________________\nMicrosoft Teams Me
 eting\nJoin on your computer\, mobile app or room device\nClick here to jo
 in the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmU
 1%40thread.v2/0>\nMeeting ID: 355 102 884 90\nPasscode: aH7Vq2\n__________
 ______________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB01000000000000000010000000C0FFEE1234567890ABCDEF0011223344
SUMMARY;LANGUAGE=de-DE:Projektinterview HANGAR – Senior SAP FI/CO Consultan
 t (Hr. Kern)
DTSTART;TZID=W. Europe Standard Time:20250415T083000
DTEND;TZID=W. Europe Standard Time:20250415T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T070512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-invite",
        "uid": "dvinci-interview-88213-5531@medivanta.dvinci-hr.com",
        "is_interview": 1,
        "company": "Medivanta Kliniken AG",
        "role": "Teamleitung SAP Finanzwesen (m/w/d)",
        "stage": "",
        "interviewers": "r.albrecht@medivanta.de;s.petri@medivanta.de",
        "trap": "dvinci-ats-goto-permanent-role",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:dvinci-interview-88213-5531@medivanta.dvinci-hr.com
DTSTAMP:20250411T101500Z
DTSTART;TZID=Europe/Berlin:20250422T140000
DTEND;TZID=Europe/Berlin:20250422T150000
SUMMARY:Vorstellungsgespräch: Teamleitung SAP Finanzwesen (m/w/d) – Matthia
 s Kern
ORGANIZER;CN=Medivanta Kliniken AG - Personalgewinnung:mailto:no-reply@medi
 vanta.dvinci-hr.com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:m.kern@kern-consulting.de
ATTENDEE;CN=Dr. Ruth Albrecht;ROLE=REQ-PARTICIPANT:mailto:r.albrecht@medivan
 ta.de
ATTENDEE;CN=Sebastian Petri;ROLE=REQ-PARTICIPANT:mailto:s.petri@medivanta.de
LOCATION:GoTo Meeting (Link siehe Beschreibung)
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nvielen Dank für Ihre Bewerbung (K
 ennziffer 2025-114). Wir laden Sie herzlich zu einem Online-Vorstellungsge
 spräch ein. Ihre Gesprächspartner: Dr. Ruth Albrecht (Kaufmännische Direk
 torin) und Sebastian Petri (Leitung IT-Anwendungen).\n\nBitte nehmen Sie 
 über GoTo Meeting teil:\nhttps://meet.goto.com/418553907\nSie können sich 
 auch über ein Telefon einwählen: Deutschland: +49 721 6059 6510\nZugangsco
 de: 418-553-907\n\nMit freundlichen Grüßen\nIhr Team Personalgewinnung\nMe
 divanta Kliniken AG
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cancel-notice",
        "uid": "040000008200E00074C5B7101A82E00800000000778899AABBCCDB01000000000000000010000000ABCDEF01234567899876543210FEDCBA",
        "is_interview": 1,
        "company": "Bergstraße Bau SE",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "michael.weigand@bergstrasse-bau.de",
        "trap": "cancelled-kundeninterview-method-cancel",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Weigand, Michael":mailto:michael.weigand@bergstrasse-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Petzold, F
 abian (Compass)":mailto:f.petzold@compass-freelance.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kern\,\n\nleider müssen wir d
 as Kundeninterview absagen – die Ausschreibung wurde intern gestoppt (Budg
 etfreigabe verschoben). Herr Petzold meldet sich\, sobald es weitergeht.\n
 \nMit freundlichen Grüßen\nMichael Weigand\n
UID:040000008200E00074C5B7101A82E00800000000778899AABBCCDB01000000000000000010000000ABCDEF01234567899876543210FEDCBA
SUMMARY;LANGUAGE=de-DE:Abgesagt: Kundeninterview SAP FI – Bergstraße Bau / 
 M. Kern
DTSTART;TZID=W. Europe Standard Time:20250416T110000
DTEND;TZID=W. Europe Standard Time:20250416T114500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250414T152044Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-note",
        "uid": "E3B0C442-98FC-1C14-9AFB-F4C8996FB924",
        "is_interview": 1,
        "company": "Lahntal Stahl GmbH",
        "role": "",
        "stage": "",
        "interviewers": "Fr. Sommer",
        "trap": "terse-floating-entry-interview-typo",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250411T183002Z
DTSTAMP:20250411T183115Z
UID:E3B0C442-98FC-1C14-9AFB-F4C8996FB924
DTSTART:20250417T091500
DTEND:20250417T100000
SUMMARY:Lahntal Stahl Inteview – Fr. Sommer (PL)
DESCRIPTION:Teams\, Link in Mail v. 11.4.\nCO-OM + Ergebnisrechnung\, Sta
 rt 1.6.\, Wetzlar 2 Tage/Wo?? klären
LOCATION:Teams
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onsite-visit",
        "uid": "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000FEDCBA9876543210AA55AA55AA55AA55",
        "is_interview": 1,
        "company": "Bankhaus Sternberg & Co. KGaA",
        "role": "",
        "stage": "onsite",
        "interviewers": "christoph.rademacher@bankhaus-sternberg.de;anja.pfeil@bankhaus-sternberg.de",
        "trap": "bank-onsite-rooms-as-attendees",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Rademacher, Christoph":mailto:christoph.rademacher@bankhaus-s
 ternberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kern Matthia
 s:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfeil, Anja":m
 ailto:anja.pfeil@bankhaus-sternberg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;C
 N="FFM-Neue Mainzer-Römer (4.OG)":mailto:room.roemer@bankhaus-sternberg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;C
 N="Empfang Besucheranmeldung":mailto:empfang@bankhaus-sternberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kern\,\n\nwie telefonisch ver
 einbart\, freuen wir uns auf das persönliche Gespräch zu Ihrer möglichen U
 nterstützung im Projekt "Meldewesen & Hauptbuch S/4" bei uns in der Neuen 
 Mainzer Straße (Raum Römer\, 4. OG). Frau Pfeil (Leitung Konzernrechnungsw
 esen) wird ebenfalls teilnehmen.\n\nBitte bringen Sie ein Ausweisdokument 
 mit\; aus regulatorischen Gründen erfolgt am Empfang eine Besucherregistri
 erung.\n\nMit freundlichen Grüßen\nChristoph Rademacher\nBereichsleiter Or
 ganisation & IT\n
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000FEDCBA9876543210AA55AA55AA55AA55
SUMMARY;LANGUAGE=de-DE:Persönliches Gespräch – Hr. Kern (Projekt Meldewesen
  & Hauptbuch S/4)
DTSTART;TZID=W. Europe Standard Time:20250423T160000
DTEND;TZID=W. Europe Standard Time:20250423T171500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250416T112908Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:FFM-Neue Mainzer-Römer (4.OG)\; Empfang Besucheranm
 eldung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-invite",
        "uid": "c2b1a0f9e8d7c6b5a4938271605f4e3d@dvl-leasing.webex.com",
        "is_interview": 1,
        "company": "Deutsche Verkehrsleasing AG",
        "role": "SAP FI-CA / FI Berater",
        "stage": "hiring_manager",
        "interviewers": "k.maurer@dvl-leasing.de",
        "trap": "webex-auswahlgespraech-external-consultant",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c2b1a0f9e8d7c6b5a4938271605f4e3d@dvl-leasing.webex.com
DTSTAMP:20250422T140000Z
DTSTART:20250429T070000Z
DTEND:20250429T080000Z
ORGANIZER;CN=Katharina Maurer:mailto:k.maurer@dvl-leasing.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern-
 consulting.de
SUMMARY:Auswahlgespräch externer Berater SAP FI-CA / FI – Matthias Kern
LOCATION:Webex
DESCRIPTION:Katharina Maurer lädt Sie zu diesem Webex-Meeting ein.\n\nAus
 wahlgespräch im Rahmen der Beauftragung eines externen Beraters (Rahmenve
 rtrag über Nordlicht IT). Dauer 60 Min.\, davon ca. 20 Min. fachliche Fra
 gen zu Vertragskonto-Korrentkonto und Leasingabrechnung.\n\nMeeting beitre
 ten\nhttps://dvl-leasing.webex.com/dvl-leasing/j.php?MTID=md41e0b5a39c77a
 2e8\n\nMeeting-Kennnummer: 2784 113 0937\nPasswort: Dvl!2025\n\nÜber Telef
 on beitreten\n+49-6196-7819736 Germany Toll\nZugriffscode: 278 411 30937
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rescheduled-invite",
        "uid": "7ulk0a3p2d8c1rq6smh4bv9e5n@google.com",
        "is_interview": 1,
        "company": "Feldberg Telekom GmbH",
        "role": "SAP S/4HANA Finance Lead (extern)",
        "stage": "hiring_manager",
        "interviewers": "lars.hebestreit@feldberg-telekom.de",
        "trap": "rescheduled-sequence-2-new-time",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250506T150000
DTEND;TZID=Europe/Berlin:20250506T160000
DTSTAMP:20250430T081233Z
ORGANIZER;CN=Lars Hebestreit:mailto:lars.hebestreit@feldberg-telekom.de
UID:7ulk0a3p2d8c1rq6smh4bv9e5n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Matthias Kern;X-NUM-GUESTS=0:mailto:m.kern@kern-consulting.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marco Hübner (Proventa);X-NUM-GUESTS=0:mailto:m.huebner@proventa-it.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lars Hebestreit;X-NUM-GUESTS=0:mailto:lars.hebestreit@feldberg-telekom
 .de
CREATED:20250424T101500Z
DESCRIPTION:<b>NEUER TERMIN</b> – der ursprüngliche Slot am 30.04. musste w
 egen unseres Lenkungskreises verschoben werden. Sorry!<br><br>Interview zu
 r Rolle SAP S/4HANA Finance Lead (extern)\, vermittelt durch Proventa.<br>
 <br>Lars Hebestreit\, Director Finance Systems\n\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: ht
 tps://meet.google.com/fbt-mxkq-wra\nJoin by phone\n(DE) +49 40 8081616 PIN
 : 394 188 620#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-
LAST-MODIFIED:20250430T081232Z
LOCATION:Google Meet
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Interview Finance Lead S/4 – Matthias Kern (verschoben)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-invite",
        "uid": "icims-orbischemicals-int-6620194",
        "is_interview": 1,
        "company": "Orbis Chemicals Deutschland GmbH",
        "role": "SAP FICO Solution Architect - Contract",
        "stage": "technical",
        "interviewers": "gareth.pryce@orbischemicals.com",
        "trap": "icims-english-uk-zone-solution-design",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ london@@
BEGIN:VEVENT
UID:icims-orbischemicals-int-6620194
DTSTAMP:20250428T161000Z
DTSTART;TZID=Europe/London:20250505T100000
DTEND;TZID=Europe/London:20250505T110000
SUMMARY:Interview: SAP FICO Solution Architect - Contract (Req 2025-3381) -
  Matthias Kern
ORGANIZER;CN=Orbis Chemicals Talent Acquisition:mailto:careers-noreply@orbi
 schemicals.icims.com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Gareth Pryce;ROLE=REQ-PARTICIPANT:mailto:gareth.pryce@orbischemi
 cals.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Matthias\,\n\nThank you for your interest in Orbis Chemic
 als. Please find below the details for your solution design interview for
  the position SAP FICO Solution Architect - Contract (Frankfurt site\, Ger
 man entity).\n\nInterviewer: Gareth Pryce\, Global Finance Process Owner -
  Record to Report\nFormat: 60 minutes\, incl. a 20-minute whiteboard walk-
 through of a multi-entity intercompany reconciliation design. Please note
  the time is shown in UK time (11:00 CEST).\n\nJoin Microsoft Teams Meetin
 g: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4%40thread.v2
 /0\n\nKind regards\,\nTalent Acquisition Team EMEA\n\nThis email was sent 
 via iCIMS. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D4C3B2A19F8EDB010000000000000000100000005A5A5A5A1B1B1B1B2C2C2C2C3D3D3D3D",
        "is_interview": 1,
        "company": "Stadtwerke Mainspitze GmbH",
        "role": "",
        "stage": "",
        "interviewers": "j.reuter@sw-mainspitze.de;anette.brandl@sw-mainspitze.de",
        "trap": "bieter-vorstellung-des-angebotenen-beraters",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Reuter, Jan":mailto:j.reuter@sw-mainspitze.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandl, Anett
 e":mailto:anette.brandl@sw-mainspitze.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vergabest
 elle":mailto:vergabe@sw-mainspitze.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kern\,\n\nim Rahmen der Verga
 be "Beratungsleistungen SAP S/4HANA Finanzwesen" (Los 2) laden wir Sie als
  vom Bieter Kern Consulting benannten Berater zu einem Interview ein. Gemä
 ß Vergabeunterlagen werden die benannten Personen in einem strukturierten 
 Gespräch (45 Min.) bewertet\; das Ergebnis fließt mit 30 % in die Zuschlag
 swertung ein.\n\nTeilnehmer Auftraggeber: Jan Reuter (Leitung Rechnungswes
 en)\, Anette Brandl (SAP-Inhouse)\, Vergabestelle (beobachtend).\n\nMit fr
 eundlichen Grüßen\nJan Reuter\n
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A19F8EDB010000000000000000100000005A5A5A5A1B1B1B1B2C2C2C2C3D3D3D3D
SUMMARY;LANGUAGE=de-DE:Vergabe SAP Finanzwesen Los 2 – Interview benannter B
 erater (Kern Consulting)
DTSTART;TZID=W. Europe Standard Time:20250507T093000
DTEND;TZID=W. Europe Standard Time:20250507T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
