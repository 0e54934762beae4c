# ruff: noqa: E501, W291, W293, RUF100
"""holdout283 events, part a: the user's own interviews (own employer, control centres, fire services, HEMS)."""

from holdout283ev_zones import BERLIN, BERLIN_TB, UTC_PAREN, W_EUROPE

EVENTS = [
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000A0C6E5B1F731DC01000000000000000010000000E4A2C7D19B3F4A4E8C61D0F2A9B5E7C3",
        is_interview=1,
        company="Rettungsdienst Leine",
        role="Praxisanleiter/in",
        stage="hiring_manager",
        interviewers="henrike.brandes@rettungsdienst-leine.example.de;ole.harms@rettungsdienst-leine.example.de",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandes, Henrike":mailto:henrike.brandes@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harms, Ole":mailto:ole.harms@rettungsdienst-leine.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="RW Linden Besprechungsraum OG":mailto:raum.rwlinden-og@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Jan-Philipp\,\n\nvielen Dank für deine Bewerbung auf die interne Ausschreibung Praxisanleiter/in (m/w/d) für die Rettungswache Südstadt (Kennziffer RDL-2025-14). Ole und ich würden gern mit dir über deine Vorstellungen zur Praxisanleitung\, deine bisherigen Erfahrungen mit den Azubis und die Freistellung (Anleitungsstunden) sprechen.\n\nBitte bring deinen Nachweis über die berufspädagogische Zusatzqualifikation (300 h) mit\, falls schon vorhanden – sonst reicht die Anmeldebestätigung.\n\nDer Termin liegt außerhalb deines Dienstes\, die Zeit wird dir gutgeschrieben.\n\nViele Grüße\nHenrike\n\nHenrike Brandes\nLeitung Bildung & Praxisanleitung\nRettungsdienst Leine gGmbH\nTel. 0511 3398 4410\n
UID:040000008200E00074C5B7101A82E00800000000A0C6E5B1F731DC01000000000000000010000000E4A2C7D19B3F4A4E8C61D0F2A9B5E7C3
SUMMARY;LANGUAGE=de-DE:Gespräch interne Ausschreibung Praxisanleiter/in RW Südstadt (RDL-2025-14)
DTSTART;TZID=W. Europe Standard Time:20251014T140000
DTEND;TZID=W. Europe Standard Time:20251014T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T071455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden Besprechungsraum OG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124631108
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:RW Linden Besprechungsraum OG
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000F2D18C44B832DC0100000000000000001000000031B7A9E0C54D2F4B9A7E66D1038C5F2A",
        is_interview=1,
        company="Rettungsdienst Leine",
        role="Praxisanleiter/in",
        stage="final",
        interviewers="ole.harms@rettungsdienst-leine.example.de;annika.kruse@rettungsdienst-leine.example.de",
        trap="internal-application-sent-by-assistant-rescheduled-sequence",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Harms, Ole";SENT-BY="mailto:sandra.pieper@rettungsdienst-leine.example.de":mailto:ole.harms@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kruse, Annika":mailto:annika.kruse@rettungsdienst-leine.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pieper, Sandra":mailto:sandra.pieper@rettungsdienst-leine.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Verwaltung Raum 2.04 (8 Pers.)":mailto:raum.verwaltung-204@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Termin verschoben vom 04.11. auf den 06.11. – bitte neu bestätigen.\n\nAuswahlgespräch zur internen Stellenbesetzung Praxisanleiter/in (m/w/d)\, zweite Runde mit Rettungsdienstleitung und Personalabteilung. Im Anschluss erhältst du zeitnah eine Rückmeldung. Der Betriebsrat ist über das Verfahren informiert.\n\ni.A. Sandra Pieper\nSekretariat Rettungsdienstleitung\n
UID:040000008200E00074C5B7101A82E00800000000F2D18C44B832DC0100000000000000001000000031B7A9E0C54D2F4B9A7E66D1038C5F2A
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Praxisanleiter/in – 2. Runde (J.-P. Wendt)
DTSTART;TZID=W. Europe Standard Time:20251106T090000
DTEND;TZID=W. Europe Standard Time:20251106T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T134410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Verwaltung Raum 2.04 (8 Pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1175502297
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="interamt-test",
        uid="ia-2025-ILS-DL-07-b1e4f9a2-0003118@interamt.example.de",
        is_interview=1,
        company="Integrierte Leitstelle Deister-Leine",
        role="Disponent/in (m/w/d) Integrierte Leitstelle",
        stage="technical",
        interviewers="",
        trap="public-sector-portal-einstellungstest-no-people",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interamt//Bewerbermanagement 4.2//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ia-2025-ILS-DL-07-b1e4f9a2-0003118@interamt.example.de
DTSTAMP:20250909T101512Z
DTSTART:20250923T060000Z
DTEND:20250923T103000Z
SUMMARY:Einstellungstest – Disponent/in (m/w/d) Integrierte Leitstelle Deist
 er-Leine\, Kennziffer ILS-DL-2025-07
ORGANIZER;CN=Zweckverband Leitstelle Deister-Leine über Interamt:mailto:nore
 ply@bewerbung.interamt.example.de
LOCATION:Zweckverband Leitstelle Deister-Leine\, Schulungszentrum\, Am Brand
 hof 3\, 30890 Barsinghausen
DESCRIPTION:Sehr geehrter Herr Wendt\,\n\nim Rahmen des Auswahlverfahrens f
 ür die Stelle Disponent/in (m/w/d) laden wir Sie zum computergestützten Ei
 nstellungstest ein. Der Test umfasst Aufgaben zu Konzentration und Multita
 sking\, Ortskunde des Leitstellenbereichs\, medizinisches und feuerwehrtec
 hnisches Grundwissen sowie eine simulierte Notrufabfrage. Dauer ca. 4 Stun
 den.\n\nBitte bringen Sie einen gültigen Lichtbildausweis mit. Die Anmeldu
 ng erfolgt ab 07:45 Uhr am Empfang.\n\nDiese Nachricht wurde automatisch ü
 ber Interamt erstellt. Ihre Bewerbungs-ID: 3118-ILS\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-zone-panel",
        uid="040000008200E00074C5B7101A82E008000000004E93A0D2AC36DC01000000000000000010000000A77F0C1E82B54D4C8E2D39F61B0A44D7",
        is_interview=1,
        company="Integrierte Leitstelle Deister-Leine",
        role="Disponent/in",
        stage="final",
        interviewers="matthias.oetjen@leitstelle-deister-leine.example.de;kerstin.schwarze@leitstelle-deister-leine.example.de;hauke.bruns@leitstelle-deister-leine.example.de",
        trap="strukturiertes-interview-panel-utc-display-zone-private-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + UTC_PAREN + r"""BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN="Schwarze, Kerstin";RSVP=TRUE:mailto:kerstin.schwarze@leitstelle-deister-leine.example.de
ATTENDEE;CN="Bruns, Hauke";RSVP=TRUE:mailto:hauke.bruns@leitstelle-deister-leine.example.de
ATTENDEE;CN="ILS Besprechung 1.12";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:besprechung112@leitstelle-deister-leine.example.de
CLASS:PUBLIC
CREATED:20250929T120355Z
DESCRIPTION:Sehr geehrter Herr Wendt\,\n\nnach Ihrem erfolgreichen Abschnei
 den im Einstellungstest laden wir Sie zur zweiten und letzten Stufe des Au
 swahlverfahrens ein: einem strukturierten Interview (ca. 45 Minuten) mit d
 er Leitung der Leitstelle\, einem Schichtführer und der Personalabteilung.
 \n\nGesprächsteilnehmende:\nMatthias Oetjen (Leiter der Leitstelle)\nHauke 
 Bruns (Schichtführer)\nKerstin Schwarze (Personal)\n\nDie Gleichstellungsb
 eauftragte und der Personalrat wurden beteiligt.\n\nMit freundlichen Grüßen
 \nMatthias Oetjen\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251008T103000
DTSTAMP:20250929T120355Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251008T093000
LAST-MODIFIED:20250929T120355Z
LOCATION:ILS Besprechung 1.12
ORGANIZER;CN="Oetjen, Matthias":mailto:matthias.oetjen@leitstelle-deister-leine.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Strukturiertes Interview Disponent/in (ILS-DL-2025-07) 
 – Herr Wendt
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004E93A0D2AC36DC01000000000000000010000000A77F0C1E82B54D4C8E2D39F61B0A44D7
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrter Herr Wendt\,</p><
 p>nach Ihrem erfolgreichen Abschneiden im Einstellungstest laden wir Sie zu
 r <b>zweiten und letzten Stufe</b> des Auswahlverfahrens ein.</p></body></h
 tml>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-handtyped",
        uid="7c1d0e22-5f3a-4b8e-9d61-2a4f8c03b517",
        is_interview=1,
        company="Kooperative Leitstelle Aller-Weser",
        role="",
        stage="technical",
        interviewers="",
        trap="terse-handtyped-dispo-test-abbreviations",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20250912T184401Z
LAST-MODIFIED:20250912T184639Z
DTSTAMP:20250912T184639Z
UID:7c1d0e22-5f3a-4b8e-9d61-2a4f8c03b517
SUMMARY:KLS Aller-Weser Eignungstest Dispo 8:30!!
DTSTART;TZID=Europe/Berlin:20250930T083000
DTEND;TZID=Europe/Berlin:20250930T123000
LOCATION:Kreishaus Verden\, Lindenallee 22
DESCRIPTION:Perso\, Zeugnisse\, NotSan-Urkunde mitnehmen\nPC-Test ca 3-4h (
 Multitasking\, Ortskunde\, Notrufabfrage\, Englisch?)\nvorher Dienst tausc
 hen mit Malte!!
TRANSP:OPAQUE
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT12H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-invite",
        uid="b7e3c0a94f5d4a1f8e2c6d9b0a1f3e57@meetingsemea22.webex.example.com",
        is_interview=1,
        company="Kooperative Leitstelle Aller-Weser",
        role="Disponent/in (m/w/d) Kooperative Leitstelle",
        stage="hiring_manager",
        interviewers="malte.frerichs@landkreis-allerweser.example.de;wiebke.lohmann@landkreis-allerweser.example.de;jens.tammen@landkreis-allerweser.example.de",
        trap="webex-boilerplate-structured-interview-with-leitung",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meeting Center//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e3c0a94f5d4a1f8e2c6d9b0a1f3e57@meetingsemea22.webex.example.com
DTSTAMP:20251010T081100Z
DTSTART:20251021T120000Z
DTEND:20251021T130000Z
SUMMARY:Strukturiertes Interview – Disponent/in (m/w/d) Kooperative Leitst
 elle Aller-Weser
ORGANIZER;CN=Malte Frerichs:mailto:malte.frerichs@landkreis-allerweser.exam
 ple.de
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jp.wend
 t@posteo.de
ATTENDEE;CN=Wiebke Lohmann;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:wiebke.loh
 mann@landkreis-allerweser.example.de
ATTENDEE;CN=Dr. Jens Tammen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jens.tamm
 en@landkreis-allerweser.example.de
LOCATION:https://landkreis-allerweser.webex.example.com/meet/m.frerichs
DESCRIPTION:Guten Tag Herr Wendt\,\n\nwie telefonisch besprochen findet da
 s strukturierte Interview online statt. Gesprächsrunde: Frau Lohmann (Lei
 tung KLS)\, Herr Dr. Tammen (Ärztlicher Leiter Rettungsdienst) und ich als
  Personalsachbearbeiter.\n\n-- Webex-Meeting beitreten --\nhttps://landkr
 eis-allerweser.webex.example.com/meet/m.frerichs\nMeeting-Kennnummer (Zug
 riffscode): 2741 883 1906\nMeeting-Passwort: Dispo25!\n\nÜber Telefon bei
 treten\n+49-619-6781-9736 Deutschland Gebührenpflichtig\nZugriffscode: 274
 1 883 1906\n\nMit freundlichen Grüßen\nMalte Frerichs\nLandkreis Aller-We
 ser\, Fachdienst Personal\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-phone",
        uid="8f04a6d1-2c57-4e39-b1a0-d5e6f7c8a912",
        is_interview=1,
        company="Rettungsleitstelle Ostheide",
        role="Disponent/in",
        stage="recruiter_screen",
        interviewers="gesa.meyerhoff@lk-ostheide.example.de",
        trap="microsoft-bookings-telefoninterview-staff-member",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Bewerbungen Rettungsleitstelle Ostheide:mailto:BewerbungenRLSOstheide@lkostheide.onmicrosoft.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jan-Philipp Wendt:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Gesa Meyerhoff:mailto:gesa.meyerhoff@lk-ostheide.example.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienstleistung: Telefoninterview Disponent/in (m/w/d)\nMitarbeiter: Gesa Meyerhoff\nDauer: 30 Minuten\n\nWir rufen Sie zum gebuchten Zeitpunkt unter der von Ihnen angegebenen Nummer (0176 3381 0457) an.\n\nBuchung ändern oder stornieren: https://outlook.office365.example.com/owa/calendar/BewerbungenRLSOstheide@lkostheide.onmicrosoft.example.com/bookings/\n\nLandkreis Ostheide – Rettungsleitstelle\n
UID:8f04a6d1-2c57-4e39-b1a0-d5e6f7c8a912
SUMMARY;LANGUAGE=de-DE:Telefoninterview Disponent/in (m/w/d) zwischen Jan-Philipp Wendt und Gesa Meyerhoff
DTSTART;TZID=W. Europe Standard Time:20251016T111500
DTEND;TZID=W. Europe Standard Time:20251016T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T165201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000D1C8E3F26A3ADC01000000000000000010000000C2E98B7A15F64E0AB3D7512F90E6C48B",
        is_interview=1,
        company="Rettungsleitstelle Ostheide",
        role="Disponent/in",
        stage="onsite",
        interviewers="dirk.wiebking@lk-ostheide.example.de;gesa.meyerhoff@lk-ostheide.example.de",
        trap="hospitation-as-selection-step-windows-tzid-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wiebking, Dirk":mailto:dirk.wiebking@lk-ostheide.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meyerhoff, Gesa":mailto:gesa.meyerhoff@lk-ostheide.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pape, Torben":mailto:torben.pape@lk-ostheide.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Wendt\,\n\nwie am Telefon mit Frau Meyerhoff besprochen\, laden wir Sie zu einem Hospitations- und Gesprächstermin ein:\n\n08:00 – 11:30 Hospitation am Einsatzleitplatz mit Schichtführer Torben Pape\n12:00 – 13:00 Vorstellungsgespräch mit mir und Frau Meyerhoff (Personal)\n\nBitte denken Sie an festes Schuhwerk (Leitstelle ist Sicherheitsbereich) und Ihren Personalausweis für den Zutritt.\n\nMit freundlichen Grüßen\nDirk Wiebking\nLeiter Rettungsleitstelle Ostheide\n
UID:040000008200E00074C5B7101A82E00800000000D1C8E3F26A3ADC01000000000000000010000000C2E98B7A15F64E0AB3D7512F90E6C48B
SUMMARY;LANGUAGE=de-DE:Hospitation + Vorstellungsgespräch Disponent/in – Hr. Wendt
DTSTART;TZID=W. Europe Standard Time:20251030T080000
DTEND;TZID=W. Europe Standard Time:20251030T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T092233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rettungsleitstelle Ostheide\, Auf dem Kampe 7\, 29525 Uelzen
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rexx-portal-invite",
        uid="rexx-hildenau-8841-BM25-0117@karriere.hildenau.example.de",
        is_interview=1,
        company="Berufsfeuerwehr Hildenau",
        role="Brandmeisteranwärter/in mit Qualifikation Notfallsanitäter/in",
        stage="technical",
        interviewers="",
        trap="berufsfeuerwehr-schriftlicher-test-bewerberportal",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-hildenau-8841-BM25-0117@karriere.hildenau.example.de
DTSTAMP:20250926T140010Z
DTSTART;TZID=Europe/Berlin:20251018T080000
DTEND;TZID=Europe/Berlin:20251018T120000
SUMMARY:Einladung schriftlicher Eignungstest – Brandmeisteranwärter/in mit 
 Qualifikation Notfallsanitäter/in (BM-2025-03)
ORGANIZER;CN="Stadt Hildenau - Personalgewinnung":mailto:karriere@hildenau.
 example.de
ATTENDEE;CN="Jan-Philipp Wendt";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jp.w
 endt@posteo.de
LOCATION:Hauptfeuerwache Hildenau\, Lehrsaal 1\, Florianstraße 12\, 31134 H
 ildenau
DESCRIPTION:Sehr geehrter Herr Wendt\,\n\nvielen Dank für Ihre Bewerbung bei
  der Berufsfeuerwehr Hildenau. Wir laden Sie zum schriftlichen Eignungstest
  (Allgemeinwissen\, Mathematik\, Rechtschreibung\, technisches Verständnis)
  ein. Bei Bestehen folgt der Sporttest.\n\nBitte mitbringen: Personalauswei
 s\, Kugelschreiber\, Einladungsschreiben.\n\nIhr Bewerberportal: https://kar
 riere.hildenau.example.de/bewerber/8841\n\nMit freundlichen Grüßen\nIhr Te
 am Personalgewinnung\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-allday-handtyped",
        uid="E1B7C0D4-93A2-4F18-8C6E-5D0B2A7F9E31",
        is_interview=1,
        company="Berufsfeuerwehr Hildenau",
        role="",
        stage="technical",
        interviewers="",
        trap="sporttest-allday-handtyped-emoji",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251021T193012Z
DTSTAMP:20251021T193219Z
LAST-MODIFIED:20251021T193219Z
UID:E1B7C0D4-93A2-4F18-8C6E-5D0B2A7F9E31
SEQUENCE:0
SUMMARY:Sporttest BF Hildenau 🏃‍♂️🏊
DTSTART;VALUE=DATE:20251108
DTEND;VALUE=DATE:20251109
DESCRIPTION:7:30 da sein!!\nCooper (2800m?)\, 200m Schwimmen\, 25m Strecken
 tauchen\, Leiter 30m\, Kraftparcours\, Finnenbahn\nBadesachen + Sportzeug +
  Trinken\nab 8 Sporthalle Nord
LOCATION:Sportzentrum Nord Hildenau
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:2D0E4C71-7A1B-4B0E-9E1B-77D5A6C3F0AA
UID:2D0E4C71-7A1B-4B0E-9E1B-77D5A6C3F0AA
TRIGGER:-PT15H
ATTACH;VALUE=URI:Chord
ACTION:AUDIO
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-final",
        uid="040000008200E00074C5B7101A82E00800000000B7A2F1C0E43FDC01000000000000000010000000F0D3A6B15C9E4B74A2E1C87D3F60B925",
        is_interview=1,
        company="Berufsfeuerwehr Hildenau",
        role="",
        stage="final",
        interviewers="birte.thiele@hildenau.example.de;frank.gerdes@hildenau.example.de",
        trap="fire-service-panel-personalrat-observer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Thiele, Birte":mailto:birte.thiele@hildenau.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerdes, Frank (37 Feuerwehr)":mailto:frank.gerdes@hildenau.example.de
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sommerfeld, Jörg (Personalrat)":mailto:joerg.sommerfeld@hildenau.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rathaus Sitzungszimmer 3":mailto:sitzungszimmer3@hildenau.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Wendt\,\n\nherzlichen Glückwunsch zum Bestehen des schriftlichen Tests und des Sporttests. Wir laden Sie hiermit zum abschließenden Vorstellungsgespräch ein. Das Gespräch führen Branddirektor Frank Gerdes (Leiter der Feuerwehr) und ich. Der Personalrat nimmt beobachtend teil.\n\nDauer ca. 40 Minuten.\n\nMit freundlichen Grüßen\nBirte Thiele\nStadt Hildenau – Fachbereich Personal\n
UID:040000008200E00074C5B7101A82E00800000000B7A2F1C0E43FDC01000000000000000010000000F0D3A6B15C9E4B74A2E1C87D3F60B925
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Berufsfeuerwehr – Wendt\, Jan-Philipp (BM-2025-03)
DTSTART;TZID=W. Europe Standard Time:20251203T101500
DTEND;TZID=W. Europe Standard Time:20251203T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T082954Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rathaus Sitzungszimmer 3
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export",
        uid="3kq9v1r0dbm6p2n8o7c4s5t1ae@google.com",
        is_interview=1,
        company="Berufsfeuerwehr Brunsfeld",
        role="",
        stage="onsite",
        interviewers="",
        trap="google-export-calname-auswahltag-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen JP
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251025T073000
DTEND;TZID=Europe/Berlin:20251025T160000
DTSTAMP:20251101T090000Z
UID:3kq9v1r0dbm6p2n8o7c4s5t1ae@google.com
CREATED:20251003T174522Z
DESCRIPTION:Auswahlverfahren BF Brunsfeld Tag 1\nvormittags schriftl. Test 
 (Deutsch/Mathe/Physik/Allgemeinbildung)\nnachmittags Sporttest (DFS + Schwi
 mmen)\nWenn bestanden -> Einladung Vorstellungsgespräch\nParken: Feuerwache
  1\, Hinterhof
LAST-MODIFIED:20251003T174801Z
LOCATION:Feuerwache 1 Brunsfeld\, Am Spritzenhaus 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BF Brunsfeld Auswahltag 1: schriftl. Test + Sport
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E0080000000093C1D7A8E53BDC010000000000000000100000005B8E2F14A06C4D93B1F7E02C6A39D8E4",
        is_interview=1,
        company="Berufsfeuerwehr Brunsfeld",
        role="",
        stage="final",
        interviewers="tanja.hinrichs@feuerwehr-brunsfeld.example.de;bernd.ahlers@feuerwehr-brunsfeld.example.de",
        trap="rescheduled-sequence-2-utc-display-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC_PAREN + r"""BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN="Ahlers, Bernd";RSVP=TRUE:mailto:bernd.ahlers@feuerwehr-brunsfeld.example.de
CLASS:PUBLIC
CREATED:20251104T100215Z
DESCRIPTION:Sehr geehrter Herr Wendt\,\n\nleider müssen wir Ihr Vorstellung
 sgespräch wegen einer Erkrankung im Auswahlgremium erneut verschieben. Neu
 er Termin: Donnerstag\, 27.11.\, 13:00 Uhr. Das Gespräch führen Herr Ahler
 s (Abteilungsleiter Einsatz und Rettungsdienst) und ich.\n\nBitte bestätig
 en Sie den neuen Termin kurz.\n\nMit freundlichen Grüßen\nTanja Hinrichs\n
 Feuerwehr Brunsfeld\, Abteilung Personal und Organisation\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251127T140000
DTSTAMP:20251119T074402Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251127T130000
LAST-MODIFIED:20251119T074402Z
LOCATION:Feuerwache 1\, Raum 1.08
ORGANIZER;CN="Hinrichs, Tanja":mailto:tanja.hinrichs@feuerwehr-brunsfeld.example.de
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=de:VERSCHOBEN: Vorstellungsgespräch Auswahlverfahren 2025/2
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000093C1D7A8E53BDC010000000000000000100000005B8E2F14A06C4D93B1F7E02C6A39D8E4
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
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000C4F2A9E1B735DC01000000000000000010000000E8A1D03F7B294C56A0D9F1B23E7C5A68",
        is_interview=1,
        company="Berufsfeuerwehr Ostenholm",
        role="Brandmeisteranwärter/in",
        stage="technical",
        interviewers="",
        trap="method-cancel-sporttest-abgesagt",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Personalservice Stadt Ostenholm:mailto:personalservice@ostenholm.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Wendt\,\n\nwie mit Ihnen telefonisch besprochen\, nehmen wir Ihre Rücknahme der Bewerbung zur Kenntnis. Der Termin für den Sporttest im Auswahlverfahren Brandmeisteranwärter/in entfällt damit.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nPersonalservice Stadt Ostenholm\n
UID:040000008200E00074C5B7101A82E00800000000C4F2A9E1B735DC01000000000000000010000000E8A1D03F7B294C56A0D9F1B23E7C5A68
SUMMARY;LANGUAGE=de-DE:Abgesagt: Sporttest Auswahlverfahren Berufsfeuerwehr Ostenholm
DTSTART;TZID=W. Europe Standard Time:20251115T080000
DTEND;TZID=W. Europe Standard Time:20251115T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251106T110507Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Städtisches Hallenbad und Sportplatz Ostenholm
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-teams",
        uid="SF-INT-48213-5521907-elbchem@successfactors.example.eu",
        is_interview=1,
        company="Elbchem",
        role="Notfallsanitäter / Werkfeuerwehrmann (m/w/d)",
        stage="recruiter_screen",
        interviewers="lena.wuebbena@elbchem.example.com",
        trap="successfactors-req-number-teams-boilerplate",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-48213-5521907-elbchem@successfactors.example.eu
DTSTAMP:20250915T085132Z
DTSTART:20250918T130000Z
DTEND:20250918T133000Z
SUMMARY:Interview: Notfallsanitäter / Werkfeuerwehrmann (m/w/d) - Requisitio
 n 48213 - Jan-Philipp Wendt
ORGANIZER;CN=Elbchem Talent Acquisition:mailto:ta-noreply@elbchem.example.c
 om
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN=Lena Wübbena;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lena
 .wuebbena@elbchem.example.com
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Hallo Jan-Philipp\,\n\nvielen Dank für Ihre Bewerbung bei der E
 lbchem AG\, Werk Stade. Gerne möchte ich Sie in einem ersten 30-minütigen 
 Gespräch kennenlernen (Schichtsystem 24h\, Werkfeuerwehr mit integriertem 
 Werksrettungsdienst\, Gehaltsrahmen IG BCE).\n\nLena Wübbena\nHR Business 
 Partner Standort Stade\n\n____________________________________________________
 ____________________________\nMicrosoft Teams-Besprechung\nTreten Sie über 
 Ihren Computer\, Ihre mobile App oder Ihr Raumgerät bei\nHier klicken\, um 
 an der Besprechung teilzunehmen<https://teams.microsoft.example.com/l/meetu
 p-join/19%3ameeting_NWQ4ZTk3%40thread.v2/0>\nBesprechungs-ID: 348 117 602 
 559\nKennung: 7eQm3X\n______________________________________________________
 __________________________\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-onsite-room",
        uid="040000008200E00074C5B7101A82E00800000000E9B4C2D1F03CDC01000000000000000010000000A6C3E1F9D8724B05B96E3A0F1D5C7B24",
        is_interview=1,
        company="Elbchem",
        role="",
        stage="onsite",
        interviewers="holger.carstens@elbchem.example.com;lena.wuebbena@elbchem.example.com",
        trap="trade-practical-test-plus-talk-room-resource",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wübbena, Lena":mailto:lena.wuebbena@elbchem.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carstens, Holger":mailto:holger.carstens@elbchem.example.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="STD WF Wache 1 Unterrichtsraum":mailto:std-wf-unterricht@elbchem.example.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="STD Besucherausweis Pforte Nord":mailto:std-pforte-nord@elbchem.example.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wendt\,\n\nwie besprochen hier die Einladung zum Vor-Ort-Termin in unserer Werkfeuerwehr:\n\n08:00 Anmeldung Pforte Nord (Besucherausweis liegt bereit)\n08:30 Praktischer Eignungstest: Atemschutz-Gewöhnungsübung\, Belastungsstrecke\, Fallbeispiel Werksrettung (Verätzung)\n11:00 Gespräch mit Holger Carstens (Leiter Werkfeuerwehr) und mir\n\nBitte Sportkleidung und Handtuch mitbringen\, Duschen sind vorhanden.\n\nViele Grüße\nLena Wübbena\n
UID:040000008200E00074C5B7101A82E00800000000E9B4C2D1F03CDC01000000000000000010000000A6C3E1F9D8724B05B96E3A0F1D5C7B24
SUMMARY;LANGUAGE=de-DE:Vor-Ort-Termin Werkfeuerwehr: Praktischer Test + Gespräch (Wendt)
DTSTART;TZID=W. Europe Standard Time:20251009T080000
DTEND;TZID=W. Europe Standard Time:20251009T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T152310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Elbchem AG Werk Stade\, Pforte Nord
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite",
        uid="5u0f8ql2c1m3hr7t9kq4ve6n0b@google.com",
        is_interview=1,
        company="Flughafen Braunheide",
        role="",
        stage="technical",
        interviewers="",
        trap="google-invite-english-footer-test-day-coordinator-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251112T070000Z
DTEND:20251112T120000Z
DTSTAMP:20251028T101944Z
ORGANIZER;CN=Recruiting Flughafen Braunheide:mailto:recruiting@flughafen-br
 aunheide.example.de
UID:5u0f8ql2c1m3hr7t9kq4ve6n0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Recruiting Flughafen Braunheide;X-NUM-GUESTS=0:mailto:recruiting@flugh
 afen-braunheide.example.de
CREATED:20251028T101943Z
DESCRIPTION:Einstellungstest Flughafenfeuerwehr / Rettungsdienst Vorfeld:\n
 - Sporttest (Laufband\, Kraft\, Klimmzüge)\n- Atemschutz-Gewöhnung (Brandü
 bungsanlage)\n- Fahrzeugkunde\n\nTreffpunkt: Feuerwache Süd\, Tor 4 (Sicher
 heitskontrolle\, Personalausweis!).\n\nBei Fragen: Julia Sander\, Recruitin
 g\, 05141 8822 310\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~::~:~::-\nPlease do not edit this section of the descrip
 tion.\n\nView your event at https://calendar.google.com/calendar/event?act
 ion=VIEW&eid=NXUwZjhxbDJjMW0zaHI3dDlrcTR2ZTZuMGI\n\nInvitation from Google
  Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this 
 email because you are an attendee on the event. To stop receiving future u
 pdates for this event\, decline this event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251028T101944Z
LOCATION:Flughafen Braunheide\, Feuerwache Süd\, Tor 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Einstellungstest Flughafenfeuerwehr – J.-P. Wendt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E008000000000B6E4D9C2A41DC01000000000000000010000000D37F1A8C05E24B6A9C0B4E7F2A1D68C3",
        is_interview=1,
        company="Flughafen Braunheide",
        role="",
        stage="final",
        interviewers="kai.dreyer@flughafen-braunheide.example.de;svenja.wiechmann@flughafen-braunheide.example.de",
        trap="teams-final-after-test-day",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wiechmann, Svenja":mailto:svenja.wiechmann@flughafen-braunheide.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dreyer, Kai":mailto:kai.dreyer@flughafen-braunheide.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wendt\,\n\nnach dem bestandenen Einstellungstest freuen wir uns auf das abschließende Gespräch mit Kai Dreyer (Leiter Flughafenfeuerwehr) und mir.\n\nSvenja Wiechmann\nPersonal\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät bei\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_ZjI1NmQ0%40thread.v2/0>\nBesprechungs-ID: 391 776 204 118\nKennung: Hb2kV9\nNur per Telefon einwählen\n+49 69 365 4412 77\,\,918337402# Deutschland\, Frankfurt am Main\nKonferenz-ID: 918 337 402#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000000B6E4D9C2A41DC01000000000000000010000000D37F1A8C05E24B6A9C0B4E7F2A1D68C3
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Flughafenfeuerwehr / Rettungsdienst Vorfeld
DTSTART;TZID=W. Europe Standard Time:20251126T150000
DTEND;TZID=W. Europe Standard Time:20251126T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T133012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:svenja.wiechmann@flughafen-braunheide.example.de\;gruu\;opaque=app:conf:focus:id:TKXH4M1Q
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_ZjI1NmQ0%40thread.v2/0
X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_ZjI1NmQ0@thread.v2"\,"rid":0\,"mid":0\,"uid":null\,"private":true\,"type":0}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-phone",
        uid="personio-interview-7731948-nordluft@personio.example.de",
        is_interview=1,
        company="Nordluft Rettung",
        role="HEMS TC (m/w/d) Luftrettungsstation Bad Fallingen",
        stage="recruiter_screen",
        interviewers="merle.osterloh@nordluft-rettung.example.de",
        trap="personio-hems-tc-phone-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-interview-7731948-nordluft@personio.example.de
DTSTAMP:20250917T061500Z
DTSTART:20250924T083000Z
DTEND:20250924T090000Z
SUMMARY:Telefoninterview – HEMS TC (m/w/d) Luftrettungsstation Bad Fallinge
 n | Nordluft Rettung gGmbH
ORGANIZER;CN=Merle Osterloh:mailto:merle.osterloh@nordluft-rettung.example.
 de
ATTENDEE;CN=Jan-Philipp Wendt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PART
 ICIPANT:mailto:jp.wendt@posteo.de
LOCATION:Telefon – wir rufen Sie an: +49 176 3381 0457
DESCRIPTION:Hallo Jan-Philipp\,\n\nschön\, dass du dich als HEMS TC bei un
 s beworben hast! In einem ersten Telefonat (ca. 30 Min.) sprechen wir über
  deine Einsatzerfahrung\, Windenbereitschaft\, Flugtauglichkeit und Fragen
  zum Dienstmodell (7/7).\n\nViele Grüße\nMerle Osterloh\nPeople & Recruiti
 ng\, Nordluft Rettung gGmbH\n\nDieser Termin wurde über Personio erstellt.
 \n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-center",
        uid="040000008200E00074C5B7101A82E00800000000F7A0B3C9D245DC0100000000000000001000000019E4D6B2F3A84C07B1E9D2C7A05F3B68",
        is_interview=1,
        company="Nordluft Rettung",
        role="HEMS TC",
        stage="onsite",
        interviewers="rainer.voss@nordluft-rettung.example.de;insa.hoppe@nordluft-rettung.example.de",
        trap="assessment-day-coordinator-organizer-not-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Osterloh, Merle":mailto:merle.osterloh@nordluft-rettung.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan-Philipp Wendt:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Voß, Rainer":mailto:rainer.voss@nordluft-rettung.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoppe, Dr. Insa":mailto:insa.hoppe@nordluft-rettung.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Jan-Philipp\,\n\nanbei die Einladung zu unserem Assessment Day für HEMS TC:\n\n09:00 Begrüßung\n09:30 Fitnesstest (Rudern 2000 m\, Tragen/Heben)\n10:30 Windensimulator / Höhentauglichkeit mit Stationsleiter Rainer Voß\n13:00 Fallbeispiel + Fachgespräch mit Dr. Insa Hoppe (Leitende Notärztin)\n15:00 Abschluss\n\nBitte bring die Flugmedizinische Tauglichkeit (falls vorhanden) und Sportzeug mit. Ich bin vor Ort eure Ansprechpartnerin für die Organisation.\n\nMerle\n
UID:040000008200E00074C5B7101A82E00800000000F7A0B3C9D245DC0100000000000000001000000019E4D6B2F3A84C07B1E9D2C7A05F3B68
SUMMARY;LANGUAGE=de-DE:Assessment Day HEMS TC – Fitness / Windensimulator / Fallbeispiel
DTSTART;TZID=W. Europe Standard Time:20251015T090000
DTEND;TZID=W. Europe Standard Time:20251015T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T112045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Luftrettungsstation Bad Fallingen\, Hangar 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-handtyped-final",
        uid="9A4E2C1B-7D30-4F6A-B8E2-0C5D1F7A3B96",
        is_interview=1,
        company="Nordluft Rettung",
        role="",
        stage="final",
        interviewers="Rainer Voß;Dorothee Brinkhege",
        trap="handtyped-final-names-only-floating-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251024T161201Z
UID:9A4E2C1B-7D30-4F6A-B8E2-0C5D1F7A3B96
DTEND:20251105T123000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Nordluft Abschlussgespräch TC + Mitflug
LAST-MODIFIED:20251024T161355Z
DTSTAMP:20251024T161355Z
DTSTART:20251105T080000
LOCATION:Luftrettungsstation Bad Fallingen
DESCRIPTION:Mitflugtag ab 8 (Hospitation auf der Maschine)\, dann ca. 12 Ue
 hr Gespräch mit Rainer Voß + GF Dorothee Brinkhege. Gehaltsvorstellung übe
 rlegen!! Fliegerarzt-Termin nachreichen
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:5C1E8B2A-3D47-4E9B-A1F0-6B2D8C4E7F13
UID:5C1E8B2A-3D47-4E9B-A1F0-6B2D8C4E7F13
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
