# ruff: noqa: E501, W291
"""holdout243 events, part a: broker projects and end-client interviews (written blind)."""

EVENTS = [
    {
        "kind": "broker-call",
        "uid": "040000008200E00074C5B7101A82E0080000000090A1C2D4E38BDB01000000000000000010000000A7F3B1C2D9E8404C9A1B2C3D4E5F6071",
        "is_interview": 1,
        "company": "Taunus Pharma AG",
        "role": "SAP FI/CO Senior Berater",
        "stage": "recruiter_screen",
        "interviewers": "julia.brenner@solvia-projects.de",
        "trap": "broker-screen-end-client-named-in-body",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Julia":mailto:julia.brenner@solvia-projects.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kern\,\n\nvielen Dank für Ihren Rückr
 uf. Wie besprochen hier der Termin für unser Vorabgespräch zu der Vakanz 
 bei einem DAX-Konzern im Rhein-Main-Gebiet – ich darf den Kunden jetzt ne
 nnen: es handelt sich um die Taunus Pharma AG in Bad Homburg.\n\nProjekt:
  S/4HANA Finance Transformation\, Rolle SAP FI/CO Senior Berater\nStart: 0
 1.07.2025\, Laufzeit 9 Monate + Option\nAuslastung: 100 %\, davon ca. 20 
 % vor Ort\n\nIch rufe Sie unter 0171 4432918 an. Bitte halten Sie Ihren ak
 tuellen Stundensatz und Ihre Verfügbarkeit bereit\, außerdem zwei Projektr
 eferenzen aus dem Pharma-Umfeld.\n\nViele Grüße\nJulia Brenner\nSenior Acc
 ount Manager SAP\nSOLVIA Projects GmbH | Mainzer Landstraße 50 | 60325 Fra
 nkfurt\n
UID:040000008200E00074C5B7101A82E0080000000090A1C2D4E38BDB01000000000000000010000000A7F3B1C2D9E8404C9A1B2C3D4E5F6071
SUMMARY;LANGUAGE=de-DE:Telefonat SOLVIA / Kern – SAP FI/CO Projekt Pharma
DTSTART;TZID=W. Europe Standard Time:20250312T101500
DTEND;TZID=W. Europe Standard Time:20250312T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T161204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon (Fr. Brenner ruft an)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F0C6E9A2B291DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F10",
        "is_interview": 1,
        "company": "Taunus Pharma AG",
        "role": "SAP FI/CO Senior Berater",
        "stage": "hiring_manager",
        "interviewers": "susanne.lorenz@taunus-pharma.com;markus.feld@taunus-pharma.com",
        "trap": "kundeninterview-teams-broker-optional-attendee",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Dr. Susanne":mailto:susanne.lorenz@taunus-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Feld, Markus"
 :mailto:markus.feld@taunus-pharma.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brenner, 
 Julia":mailto:julia.brenner@solvia-projects.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Kern\,\n\nvielen Dank für Ihr In
 teresse an unserem Projekt. Gerne möchten wir Sie in einem Projektintervie
 w näher kennenlernen (ca. 45 Min.: Vorstellung Projekt\, Ihre Erfahrung mi
 t Neues Hauptbuch/Universal Journal\, CO-PA und Intercompany\, Ihre Verfüg
 barkeit).\n\nFrau Brenner (SOLVIA) ist zu Beginn optional dabei.\n\nMit fr
 eundlichen Grüßen\nDr. Susanne Lorenz\nProgrammleitung S/4 Finance\n______
 __________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen <https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_ZTNhYjQ0MDAtNWI3Zi00NmRlL
 WE3ZjEtYzk1ZDA4NDg0ZmUy%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7
 d>\nBesprechungs-ID: 348 219 775 601\nKennung: Vq7kP2\n______________________
 __________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F0C6E9A2B291DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F10
SUMMARY;LANGUAGE=de-DE:Projektinterview SAP FI/CO Senior Berater (SOLVIA) – 
 Hr. Kern
DTSTART;TZID=W. Europe Standard Time:20250318T140000
DTEND;TZID=W. Europe Standard Time:20250318T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T083011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000003D55F1C6B895DB0100000000000000001000000088B7A6F5E4D3C2B1A09F8E7D6C5B4A39",
        "is_interview": 1,
        "company": "Taunus Pharma AG",
        "role": "",
        "stage": "final",
        "interviewers": "thomas.hoffmann@taunus-pharma.com;susanne.lorenz@taunus-pharma.com",
        "trap": "second-round-sent-by-assistant-bereichsleitung",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Dr. Susanne";SENT-BY="mailto:petra.hain@taunus-pharma
 .com":mailto:susanne.lorenz@taunus-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hoffmann, 
 Thomas":mailto:thomas.hoffmann@taunus-pharma.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;C
 N="BH-Geb.12-Raum 2.07 (10 P.)":mailto:bh-geb12-207@taunus-pharma.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kern\,\n\nim Auftrag von Fra
 u Dr. Lorenz lade ich Sie zum abschließenden Gespräch mit Herrn Hoffmann (
 Bereichsleitung IT Finance & Controlling) ein. Das Gespräch findet bei uns
  vor Ort in Bad Homburg statt\, Gebäude 12\, 2. OG. Bitte melden Sie sich 
 am Empfang Tor Nord\, ein Besucherausweis liegt bereit.\n\nMit freundliche
 n Grüßen\nPetra Hain\nAssistenz Programmleitung S/4 Finance\n
UID:040000008200E00074C5B7101A82E008000000003D55F1C6B895DB0100000000000000001000000088B7A6F5E4D3C2B1A09F8E7D6C5B4A39
SUMMARY;LANGUAGE=de-DE:2. Gespräch Hr. Kern / Hr. Hoffmann – S/4 Finance
DTSTART;TZID=W. Europe Standard Time:20250326T090000
DTEND;TZID=W. Europe Standard Time:20250326T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T101455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BH-Geb.12-Raum 2.07 (10 P.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "5k2q7h1v9t0m3c8r6b4n2p1x0z@google.com",
        "is_interview": 1,
        "company": "Mainufer Versicherung AG",
        "role": "SAP FI Berater",
        "stage": "hiring_manager",
        "interviewers": "carsten.ebeling@mainufer.de",
        "trap": "broker-organizes-kundeninterview-google-meet",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250320T110000
DTEND;TZID=Europe/Berlin:20250320T120000
DTSTAMP:20250317T145230Z
ORGANIZER;CN=Tobias Graf:mailto:tobias.graf@nordlicht-it.de
UID:5k2q7h1v9t0m3c8r6b4n2p1x0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.kern@kern-consulting.de;X-NUM-GUESTS=0:mailto:m.kern@kern-consul
 ting.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=carsten.ebeling@mainufer.de;X-NUM-GUESTS=0:mailto:carsten.ebeling@mainu
 fer.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tobias Graf;X-NUM-GUESTS=0:mailto:tobias.graf@nordlicht-it.de
X-GOOGLE-CONFERENCE:https://meet.google.com/qwe-rtzu-iop
CREATED:20250317T145229Z
DESCRIPTION:Kundeninterview zu unserer Projektanfrage 25-0412 (SAP FI Berat
 er\, Remote + 2 Tage/Monat Frankfurt).<br><br>Teilnehmer Kunde: Herr Carst
 en Ebeling\, Abteilungsleiter Finanzsysteme.<br>Ich eröffne kurz und verab
 schiede mich dann.<br><br>Viele Grüße<br>Tobias Graf<br>Nordlicht IT-Projek
 tvermittlung\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~::~:~::-\nNehmen Sie mit Google Meet teil: https://meet.google.com/qwe-
 rtzu-iop\noder rufen Sie die folgende Nummer an: (DE) +49 30 300195482 PIN:
  771 204 339#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~::~:~::-
LAST-MODIFIED:20250317T145229Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kundeninterview Mainufer Versicherung – SAP FI (Nordlicht 25-0412)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B06C2F8D0C99DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        "is_interview": 1,
        "company": "Mainufer Versicherung AG",
        "role": "",
        "stage": "technical",
        "interviewers": "aylin.yildiz@mainufer.de;carsten.ebeling@mainufer.de",
        "trap": "fachgespraech-technical-deep-dive",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ exchange-de@@
BEGIN:VEVENT
ORGANIZER;CN="Ebeling, Carsten":mailto:carsten.ebeling@mainufer.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matthias K
 ern:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yıldız, A
 ylin":mailto:aylin.yildiz@mainufer.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kern\,\n\nwie angekündigt ein zweite
 r Termin\, diesmal fachlich mit unserer Lead-Architektin Frau Yıldız. Schw
 erpunkte: Parallelbuchhaltung HGB/IFRS 17 (Ledger-Lösung)\, FI-CA-Anbindun
 g\, Datenmigration Altdaten. Gerne auch ein\, zwei Beispiele aus Ihren let
 zten Projekten am Bildschirm.\n\nGruß\nCarsten Ebeling\n\n________________
 ________________________________________________________________\nMicrosof
 t Teams Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder
  im Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen <htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg2MmE0%40thread.v2/0
 >\nBesprechungs-ID: 391 554 020 118\nPasscode: 9gHs3X\n____________________
 ____________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B06C2F8D0C99DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=de-DE:Fachgespräch Parallelbuchhaltung / IFRS 17 – Hr. Ker
 n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 250327T150000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2025
 0327T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T120933Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-note",
        "uid": "B7E3A9C1-4F2D-4E8A-9B6C-1D0E2F3A4B5C",
        "is_interview": 1,
        "company": "Kessler & Roth Logistik SE",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "Dr. Weiland",
        "trap": "hand-typed-abbreviated-kuint-floating",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250319T071422Z
DTSTAMP:20250319T071422Z
DTSTART:20250324T140000
DTEND:20250324T150000
LAST-MODIFIED:20250319T071530Z
SEQUENCE:0
SUMMARY:KuInt K&R Logistik
DESCRIPTION:über Compass (Hr. Petzold\, 069 24753-118)\nTeams-Link kommt p
 er Mail\nKunde: Fr. Dr. Weiland\, Leitung Finance IT\nThemen: FI-AA\, IFRS
  16 Leasing\, Fuhrpark\nSatz genannt: 105 €/h remote\, 115 vor Ort
TRANSP:OPAQUE
UID:B7E3A9C1-4F2D-4E8A-9B6C-1D0E2F3A4B5C
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT30M
UID:6C1B0E2A-3D7F-4A55-8E21-77B09F4C2A10
X-WR-ALARMUID:6C1B0E2A-3D7F-4A55-8E21-77B09F4C2A10
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-invite",
        "uid": "8f3e2d1c-7b6a-4950-8a1b-2c3d4e5f6a7b",
        "is_interview": 1,
        "company": "Wetterau Energie GmbH",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "benedikt.lang@wetterau-energie.de",
        "trap": "projektinterview-webex-external-support",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//DE
VERSION:2.0
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:8f3e2d1c-7b6a-4950-8a1b-2c3d4e5f6a7b
DTSTAMP:20250321T093000Z
SEQUENCE:0
STATUS:CONFIRMED
ORGANIZER;CN=Benedikt Lang:mailto:benedikt.lang@wetterau-energie.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:m.kern@kern-consulting.de
DTSTART;TZID=Europe/Berlin:20250402T083000
DTEND;TZID=Europe/Berlin:20250402T091500
SUMMARY:Projektinterview: Externe Unterstützung S/4HANA-Migration FI-AA
LOCATION:https://wetterau-energie.webex.com/wetterau-energie/j.php?MTID=m5b1
 c2e9a0f7d3c4b8e6a2f1d0c9b8a7e6
DESCRIPTION:Hallo Herr Kern\,\n\nwie mit Ihnen per Mail abgestimmt\, lern
 en wir uns kurz kennen. Wir suchen ab Mai externe Unterstützung für die Mi
 gration der Anlagenbuchhaltung (Netzanlagen\, ca. 180.000 Anlagen) im Rahm
 en unserer S/4HANA-Einführung.\n\nBeste Grüße\nBenedikt Lang\nTeamleiter 
 Anlagenbuchhaltung & Netzentgelte\n\n-- Meeting beitreten --\nhttps://wet
 terau-energie.webex.com/meet/benedikt.lang\nMeeting-Kennnummer (Zugriffsc
 ode): 2731 448 9021\nMeeting-Passwort: WeNe2025!\n\n-- Über Telefon beitr
 eten --\n+49-619-6781-9736 Deutschland Maut\n\nNotfalls erreichen Sie mich
  unter 06031 6824-311.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-booking",
        "uid": "a91f0c3e-2b7d-4d18-9c55-3e7f1b2a6d40@calendly.com",
        "is_interview": 1,
        "company": "Brennwald Automotive SE",
        "role": "SAP CO-PA Berater",
        "stage": "recruiter_screen",
        "interviewers": "sarah.klein@hayden-projects.com",
        "trap": "calendly-broker-screen-client-in-summary",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a91f0c3e-2b7d-4d18-9c55-3e7f1b2a6d40@calendly.com
DTSTAMP:20250325T132201Z
DTSTART:20250327T080000Z
DTEND:20250327T083000Z
SUMMARY:Vorabgespräch SAP CO-PA Berater (Brennwald Automotive) zwischen Sar
 ah Klein und Matthias Kern
ORGANIZER;CN=Sarah Klein:mailto:sarah.klein@hayden-projects.com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.k
 ern@kern-consulting.de
ATTENDEE;CN=Sarah Klein;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah
 .klein@hayden-projects.com
LOCATION:Sarah Klein ruft Sie an: +49 160 9912034
DESCRIPTION:Event Name: Vorabgespräch Projekt (30 Min)\n\nHallo Matthias\,
  danke für die Buchung! Ich stelle dir das Rollout-Projekt bei Brennwald vo
 r (CO-PA/Margin Analysis\, 6 Werke\, Start Mai) und wir gehen deinen Leben
 slauf durch\, bevor ich dein Profil an den Kunden schicke.\n\nNeed to make
  changes to this event?\nCancel: https://calendly.com/cancellations/a91f0c
 3e-2b7d-4d18-9c55-3e7f1b2a6d40\nReschedule: https://calendly.com/reschedul
 ings/a91f0c3e-2b7d-4d18-9c55-3e7f1b2a6d40\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onsite-visit",
        "uid": "040000008200E00074C5B7101A82E00800000000C4E77B2AA49FDB01000000000000000010000000D2C3B4A5968778695A4B3C2D1E0F1A2B",
        "is_interview": 1,
        "company": "Brennwald Automotive SE",
        "role": "SAP CO-PA Berater",
        "stage": "onsite",
        "interviewers": "Jörg Schulte-Brinkmann;Linh Nguyen",
        "trap": "vorstellung-beim-endkunden-on-site-via-broker",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Klein, Sarah":mailto:sarah.klein@hayden-projects.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias":mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Matthias\,\n\ngute Nachrichten – Brennwal
 d möchte dich persönlich kennenlernen. Vorstellungsgespräch beim Endkunden
 \, Werk Rüsselsheim\, Verwaltungsgebäude B\, Tor 3 (Parkplatz P7 für Besu
 cher).\n\nGesprächspartner:\n- Jörg Schulte-Brinkmann\, Head of Controlli
 ng Systems\n- Linh Nguyen\, Projektleitung Margin Analysis Rollout\n\nBitt
 e Personalausweis mitbringen (Werksausweis wird am Tor ausgestellt). Dress
 code business casual. Ruf mich gern danach kurz an!\n\nLG Sarah\nHayden Se
 arch & Projects\n
UID:040000008200E00074C5B7101A82E00800000000C4E77B2AA49FDB01000000000000000010000000D2C3B4A5968778695A4B3C2D1E0F1A2B
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Brennwald Automotive (vor Ort)
DTSTART;TZID=W. Europe Standard Time:20250408T100000
DTEND;TZID=W. Europe Standard Time:20250408T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T171002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Brennwald Automotive SE\, Werk Rüsselsheim\, Geb. B
 \, Tor 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "uid": "3jd8s0vq1ek6t0pl7u2h9fmc4a@google.com",
        "is_interview": 1,
        "company": "Nordstern Retail GmbH",
        "role": "SAP FI/CO Interim Manager",
        "stage": "hiring_manager",
        "interviewers": "v.roth@nordstern-retail.de",
        "trap": "kennenlerngespraech-zoom-interim",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250403T163000
DTEND;TZID=Europe/Berlin:20250403T171500
DTSTAMP:20250331T190412Z
ORGANIZER;CN=Vanessa Roth:mailto:v.roth@nordstern-retail.de
UID:3jd8s0vq1ek6t0pl7u2h9fmc4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Vanessa Roth;X-NUM-GUESTS=0:mailto:v.roth@nordstern-retail.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.kern@kern-consulting.de;X-NUM-GUESTS=0:mailto:m.kern@kern-consul
 ting.de
DESCRIPTION:Hallo Herr Kern\,<br>danke für die schnelle Rückmeldung auf me
 ine Anfrage über LinkedIn. Wie besprochen ein erstes Kennenlernen zu unser
 er Interim-Vakanz <b>SAP FI/CO Interim Manager</b> (Vertretung Teamleitung
  Finanzsysteme\, 6 Monate). Ich bin kaufmännische Leiterin und würde gern
  hören\, wie Sie so eine Übergangsphase angehen würden.<br><br>Vanessa Rot
 h<br><br>──────────<br><br>Vanessa Roth lädt Sie zu einem geplanten Zoom-M
 eeting ein.<br>Zoom-Meeting beitreten<br>https://us06web.zoom.us/j/8841720
 0563?pwd=cXZqN2hRb0pLd0hSa3pzQlZ1dz09<br><br>Meeting-ID: 884 1720 0563<br>
 Kenncode: 529317<br><br>Schnelleinwahl mobil<br>+496971049922\,\,884172005
 63#\,\,\,\,*529317# Deutschland
LOCATION:https://us06web.zoom.us/j/88417200563?pwd=cXZqN2hRb0pLd0hSa3pzQlZ1
 dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Nordstern Retail x Matthias Kern
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
