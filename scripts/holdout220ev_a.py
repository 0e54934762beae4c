"""holdout220 events, part A: federal administration, insurer, agency, RAV and references (raw iCalendar)."""

EVENTS = [
    dict(
        kind="bewerbungsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000B0A1D4F0E29ADB01000000000000000010000000C3F2A1E7B5D44E4F9A17",
        iv=1, company="Bundesamt für Informatik und Telekommunikation",
        role="Teamleiter/in Windows-Serverbetrieb (80–100 %)", stage="hiring_manager",
        who="thomas.buehler@bit.admin.ch;sandra.wyss@bit.admin.ch",
        trap="federal-bewerbungsgespraech-sektionschef-sent-by",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bühler Thomas BIT";SENT-BY="mailto:monika.rentsch@bit.admin.ch":mailto:thomas.buehler@bit.admin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wyss Sandra BIT":mailto:sandra.wyss@bit.
 admin.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BIT-MON-Sitzungszimmer 3.14":mailto:bit-mon-3
 14@bit.admin.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Zbinden\n\nBesten Dank für Ihre
  Bewerbung als Teamleiter/in Windows-Serverbetrieb (80–100 %)\, Ref.-Nr. 4
 2871. Gerne laden wir Sie zu einem Bewerbungsgespräch ein.\n\nTeilnehmende
 :\nThomas Bühler\, Sektionschef Serverbetrieb\nSandra Wyss\, HR-Beraterin\
 n\nOrt: Monbijoustrasse 74\, 3003 Bern\, Empfang Eingang B. Bitte nehmen
  Sie einen amtlichen Ausweis mit.\nDauer: ca. 75 Minuten.\n\nFreundliche Grü
 sse\nMonika Rentsch\nAssistentin Sektion Serverbetrieb\n\n
UID:040000008200E00074C5B7101A82E00800000000B0A1D4F0E29ADB01000000000000000010000000C3F2A1E7B5D44E4F9A17
SUMMARY;LANGUAGE=de-CH:Bewerbungsgespräch Teamleiter/in Windows-Serverbetrieb – Herr Zbinden
DTSTART;TZID=W. Europe Standard Time:20250403T140000
DTEND;TZID=W. Europe Standard Time:20250403T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T083412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:BIT-MON-Sitzungszimmer 3.14
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="assessment",
        uid="perspectiva-2025-0424-zbinden@perspectiva-assessment.ch",
        iv=1, company="Bundesamt für Informatik und Telekommunikation",
        role="Teamleiter/in Windows-Serverbetrieb", stage="onsite",
        who="regula.imhof@perspectiva-assessment.ch",
        trap="federal-assessment-psychologist-external-firm",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:WEST@
BEGIN:VEVENT
ATTENDEE;CN=lukas.zbinden@bluewin.ch;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
CLASS:PUBLIC
CREATED:20250411T101500Z
DESCRIPTION:Guten Tag Herr Zbinden\n\nIm Auftrag des Bundesamts für Inform
 atik und Telekommunikation BIT führen wir mit Ihnen das Assessment für die
  Stelle «Teamleiter/in Windows-Serverbetrieb» durch.\n\nAblauf (ca. 5 Std.
 ):\n08.30 Begrüssung\, Testverfahren am PC (kognitive Fähigkeiten)\n10.00
  Rollenspiel Mitarbeitergespräch\n11.00 Fallstudie Priorisierung Störungen
 \n12.30 Mittagessen (offeriert)\n13.15 Biografisches Interview und Feedbac
 k\n\nDas Assessment wird von Dr. phil. Regula Imhof\, Psychologin FSP\, ge
 leitet. Die Ergebnisse werden mit Ihnen besprochen\, bevor sie an das BIT
  gehen.\n\nAdresse: Perspectiva Assessment GmbH\, Effingerstrasse 17\, 30
 08 Bern (2. Stock\, Lift vorhanden)\n\nFreundliche Grüsse\nRegula Imhof
DTEND;TZID="W. Europe Standard Time":20250424T133000
DTSTAMP:20250411T101500Z
DTSTART;TZID="W. Europe Standard Time":20250424T083000
LAST-MODIFIED:20250411T101500Z
LOCATION:Perspectiva Assessment GmbH\, Effingerstrasse 17\, 3008 Bern
ORGANIZER;CN="Regula Imhof":mailto:regula.imhof@perspectiva-assessment.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Assessment BIT – Lukas Zbinden
TRANSP:OPAQUE
UID:perspectiva-2025-0424-zbinden@perspectiva-assessment.ch
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="webex-gespraech",
        uid="0a7c0f9e-53d2-4f0b-8e0e-2b1f9c7d5a11",
        iv=1, company="Bundesamt für Landestopografie swisstopo",
        role="ICT-Systemingenieur/in Virtualisierung", stage="hiring_manager",
        who="martin.luethi@swisstopo.ch;nadine.kohler@swisstopo.ch",
        trap="federal-webex-vorstellungsgespraech-hr-and-line-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@VTZ:WEST@
BEGIN:VEVENT
ATTENDEE;CN=lukas.zbinden@bluewin.ch;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN="Lüthi Martin swisstopo";RSVP=TRUE:mailto:martin.luethi@swisstopo.ch
CLASS:PUBLIC
DESCRIPTION:Guten Tag Herr Zbinden\n\nWie telefonisch besprochen\, findet d
 as Vorstellungsgespräch für die Stelle ICT-Systemingenieur/in Virtualisier
 ung per Webex statt. Teilnehmende seitens swisstopo: Martin Lüthi (Leiter
  Infrastruktur) und ich.\n\n-- Nicht löschen oder ändern --\nWebex-Meeting
  beitreten\nhttps://admin-ch.webex.com/admin-ch/j.php?MTID=m5b1e2c0f8d7a9b3
 c4e6f1a2b3c4d5e6f\nMeeting-Kennnummer (Zugriffscode): 2784 119 4402\nMeet
 ing-Passwort: Gj7xRt2p\n\nÜber Telefon beitreten\n+41-31-315-5000 Schweiz
  gebührenpflichtig\n\nFreundliche Grüsse\nNadine Kohler\nHR-Fachfrau\, Bun
 desamt für Landestopografie swisstopo\, Seftigenstrasse 264\, 3084 Wabern
DTEND;TZID="W. Europe Standard Time":20250506T100000
DTSTAMP:20250429T131200Z
DTSTART;TZID="W. Europe Standard Time":20250506T090000
LOCATION:Webex
ORGANIZER;CN="Kohler Nadine swisstopo":mailto:nadine.kohler@swisstopo.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Vorstellungsgespräch ICT-Systemingenieur/in (Webex)
TRANSP:OPAQUE
UID:0a7c0f9e-53d2-4f0b-8e0e-2b1f9c7d5a11
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="kaderwerk-call",
        uid="5r0b3d7kq1mjp0c9n8e2a6v4ts@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="agency-call-bundesnaher-betrieb-unnamed",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T161500Z
DTEND:20250318T164500Z
DTSTAMP:20250317T094020Z
ORGANIZER;CN=Corinne Steiner:mailto:corinne.steiner@kaderwerk.ch
UID:5r0b3d7kq1mjp0c9n8e2a6v4ts@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Corinne Steiner;X-NUM-GUESTS=0:mailto:corinne.steiner@kaderwerk.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/qzv-hrkm-tpa
DESCRIPTION:Grüezi Herr Zbinden\, wie am Telefon kurz angetönt: Ich betreu
 e exklusiv eine Vakanz als System Engineer Windows bei einem bundesnahen B
 etrieb in Bern (ca. 40'000 Mitarbeitende\, sehr gute Sozialleistungen). De
 n Namen darf ich Ihnen erst nach unserem Gespräch und mit Ihrem Einverständ
 nis zur Dossiereingabe nennen. Gerne möchte ich Ihren Werdegang\, Ihre Lohn
 vorstellung und Kündigungsfrist besprechen.\n\nLiebe Grüsse\nCorinne Stein
 er\, Senior Consultant ICT\, Kaderwerk Personal AG\, Bern\n\nGoogle Meet b
 eitreten: https://meet.google.com/qzv-hrkm-tpa\nOder telefonisch teilnehme
 n: (CH) +41 43 505 80 12 PIN: 612 447 903#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Kaderwerk / L. Zbinden – System Engineer (bundesnaher Betrieb)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="vorgespraech-agentur",
        uid="1c9ltn0o6kaq4f3e3s8b7ptv2m@google.com",
        iv=1, company="Die Schweizerische Post", role="System Engineer Client & Server", stage="recruiter_screen",
        who="corinne.steiner@kaderwerk.ch",
        trap="agency-screen-names-client-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T070000Z
DTEND:20250327T080000Z
DTSTAMP:20250324T152233Z
ORGANIZER;CN=Corinne Steiner:mailto:corinne.steiner@kaderwerk.ch
UID:1c9ltn0o6kaq4f3e3s8b7ptv2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Corinne Steiner;X-NUM-GUESTS=0:mailto:corinne.steiner@kaderwerk.ch
DESCRIPTION:Lieber Herr Zbinden\, danke für Ihr OK. Wie versprochen: Es ha
 ndelt sich um die Schweizerische Post (Informatik/Technologie\, Standort W
 ankdorf). Position: System Engineer Client & Server\, 100 %.\n\nIn unserem
  persönlichen Gespräch gehen wir Ihr Dossier im Detail durch (Fachwissen A
 D/M365/SCCM\, Führungserfahrung\, Motivation) und ich bereite Sie auf das
  Gespräch bei der Post vor. Bitte Ausweis und Arbeitszeugnisse mitbringen.
 \n\nKaderwerk Personal AG\, Spitalgasse 9\, 3011 Bern
LOCATION:Kaderwerk Personal AG\, Spitalgasse 9\, 3011 Bern
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Persönliches Vorgespräch Kaderwerk – Lukas Zbinden
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="post-gespraech",
        uid="040000008200E00074C5B7101A82E0080000000060F1B7D6F6A3DB0100000000000000001000000087E4A6C02D1B3C45B0C1",
        iv=1, company="Die Schweizerische Post", role="System Engineer Client & Server", stage="hiring_manager",
        who="daniel.hofstetter@post.ch;ramona.bigler@post.ch",
        trap="agency-placed-interview-at-client-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bigler Ramona, PCH-HR":mailto:ramona.bigler@post.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofstetter Daniel, IT22":mailto:daniel.
 hofstetter@post.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="WANK-C-05.112 (8 Pers.)":mailto:room.wank-c-0
 5112@post.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Zbinden\n\nWir freuen uns\, Sie pe
 rsönlich kennenzulernen. Gesprächspartner: Daniel Hofstetter (Teamleiter C
 lient Engineering) und Ramona Bigler (HR Business Partnerin).\nAnmeldung a
 m Empfang PostParc Wankdorf\, Wankdorfallee 4\, 3030 Bern.\n\nFreundliche
  Grüsse\nRamona Bigler\n
UID:040000008200E00074C5B7101A82E0080000000060F1B7D6F6A3DB0100000000000000001000000087E4A6C02D1B3C45B0C1
SUMMARY;LANGUAGE=de-CH:Gespräch Lukas Zbinden – System Engineer Client & Server (via Kaderwerk)
DTSTART;TZID=W. Europe Standard Time:20250409T103000
DTEND;TZID=W. Europe Standard Time:20250409T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T140522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:WANK-C-05.112 (8 Pers.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="rav-erstgespraech",
        uid="8D1C6A2E-77F3-4B0A-9C51-2E0F4AB31D09",
        iv=0, company="", role="", stage="", who="",
        trap="rav-erstgespraech-unemployment-office", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
@VTZ:ZURICH@
BEGIN:VEVENT
CREATED:20250226T181130Z
DTEND;TZID=Europe/Zurich:20250311T100000
DTSTAMP:20250226T181204Z
DTSTART;TZID=Europe/Zurich:20250311T090000
LAST-MODIFIED:20250226T181204Z
LOCATION:RAV Bern Ost\, Lagerhausweg 10\, 3018 Bern
SEQUENCE:0
SUMMARY:RAV Erstgespräch (Hr. Aebi)
DESCRIPTION:Mitnehmen: Anmeldebestätigung\, Arbeitsvertrag (befristet bis 3
 0.6.)\, CV\, Zeugnisse\, Nachweis Arbeitsbemühungen (Formular!)\, AHV-Auswe
 is\, IBAN.\nPersonalberater: Hr. Aebi\, Tel 031 635 xx xx
TRANSP:OPAQUE
UID:8D1C6A2E-77F3-4B0A-9C51-2E0F4AB31D09
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:3B6F2D88-0C44-4E6D-9F1A-5A0B7C2E4D11
END:VALARM
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="rav-beratung",
        uid="7E2A91C4-1B6D-4C0F-A3E8-90D4F2B6C517",
        iv=0, company="", role="", stage="", who="",
        trap="rav-beratungsgespraech-follow-up-phone", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@VTZ:ZURICH@
BEGIN:VEVENT
CREATED:20250311T101722Z
DTEND;TZID=Europe/Zurich:20250415T083000
DTSTAMP:20250311T101722Z
DTSTART;TZID=Europe/Zurich:20250415T080000
SEQUENCE:0
SUMMARY:Beratungsgespräch RAV – telefonisch
DESCRIPTION:Aebi ruft an. Liste Bewerbungen März bereithalten (Bund\, Aarbe
 rg\, Soluvia\, Post über Kaderwerk). Frage Zwischenverdienst / Kurs PowerS
 hell?
UID:7E2A91C4-1B6D-4C0F-A3E8-90D4F2B6C517
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="referenz-exchef",
        uid="A0F4C2D1-6E3B-4A77-8C90-1D2E3F4A5B6C",
        iv=0, company="", role="", stage="", who="",
        trap="referenzauskunft-former-boss-gives-user-absent", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250414T192201Z
DTSTAMP:20250414T192201Z
DTSTART;TZID=Europe/Zurich:20250417T103000
DTEND;TZID=Europe/Zurich:20250417T104500
SUMMARY:Referenzauskunft Beat Gerber → Aarberg
DESCRIPTION:Fr. Keller (HR Aarberg) ruft Beat wg. Referenz an. Beat vorher
  kurz anrufen: Stichworte Exchange-Migration 2019\, Pikett\, Lehrlingsbetre
 uung\, Austritt Gemeinde Münsingen wg. Umzug.
UID:A0F4C2D1-6E3B-4A77-8C90-1D2E3F4A5B6C
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="referenzgespraech",
        uid="040000008200E00074C5B7101A82E00800000000D08C4E2AB7A9DB01000000000000000010000000A1B2C3D4E5F60718293A",
        iv=0, company="", role="", stage="", who="",
        trap="reference-call-user-is-referee-for-ex-colleague",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Amstutz Jasmin":mailto:jasmin.amstutz@energie-thun.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas":mailto:lukas.zbinden@spi
 talaare.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Zbinden\n\nHerr Samuel Bieri hat
  Sie als Referenzperson angegeben (Bewerbung ICT-Supporter bei Energie Thu
 n AG). Vielen Dank\, dass Sie sich 15 Minuten Zeit nehmen. Ich rufe Sie au
 f 031 308 44 12 an.\n\nFreundliche Grüsse\nJasmin Amstutz\, HR Energie Thu
 n AG\n
UID:040000008200E00074C5B7101A82E00800000000D08C4E2AB7A9DB01000000000000000010000000A1B2C3D4E5F60718293A
SUMMARY;LANGUAGE=de-CH:Referenzgespräch Samuel Bieri
DTSTART;TZID=W. Europe Standard Time:20250513T113000
DTEND;TZID=W. Europe Standard Time:20250513T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250508T085001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="vorbereitung",
        uid="0E6E2B1A-98D1-4BB1-B8A2-55C6F0C3D7E1",
        iv=0, company="", role="", stage="", who="",
        trap="prep-block-before-federal-interview", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250401T200114Z
DTSTART;TZID=Europe/Zurich:20250402T190000
DTEND;TZID=Europe/Zurich:20250402T210000
SUMMARY:Vorbereitung BIT
DESCRIPTION:- Stelleninserat nochmals lesen\n- 3 Bsp. Führung (Lernende\, P
 ikett-Planung\, Konflikt Servicedesk)\n- Fragen an Sektionschef: Teamgröss
 e\, Homeoffice\, Lohnklasse 22/23?\n- Ausweis!!
UID:0E6E2B1A-98D1-4BB1-B8A2-55C6F0C3D7E1
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="dankesmail",
        uid="3F9D1E20-2A7C-4C0A-B1F5-6D8E9A0B1C2D",
        iv=0, company="", role="", stage="", who="",
        trap="thank-you-mail-reminder-after-interview", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTAMP:20250506T101200Z
DTSTART;VALUE=DATE:20250507
DTEND;VALUE=DATE:20250508
SUMMARY:Merci-Mail an Hr. Lüthi + Fr. Kohler (swisstopo)
DESCRIPTION:Bezug nehmen auf vSphere 8 Upgrade + Frage Pikett
UID:3F9D1E20-2A7C-4C0A-B1F5-6D8E9A0B1C2D
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="eintrittsuntersuchung",
        uid="C7B3E1F2-4D5A-4E6B-8C9D-0A1B2C3D4E5F",
        iv=0, company="", role="", stage="", who="",
        trap="pre-employment-medical-after-offer", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250528T170305Z
DTSTART;TZID=Europe/Zurich:20250605T073000
DTEND;TZID=Europe/Zurich:20250605T083000
SUMMARY:Eintrittsuntersuchung Post (Personalärztl. Dienst)
LOCATION:Medizinischer Dienst\, Wankdorfallee 4\, Bern
DESCRIPTION:nüchtern! Impfausweis + Gesundheitsfragebogen mitnehmen. Vertr
 ag ist unterschrieben\, Start 4.8.
UID:C7B3E1F2-4D5A-4E6B-8C9D-0A1B2C3D4E5F
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="austrittsgespraech",
        uid="040000008200E00074C5B7101A82E008000000004A2C9E6B11B9DB010000000000000000100000003E4F5A6B7C8D9E0F1A2B",
        iv=0, company="", role="", stage="", who="",
        trap="own-exit-interview-current-employer",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Iseli Brigitte (HR)":mailto:brigitte.iseli@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Lieber Lukas\n\nDein befristeter Arbeitsvertrag
  endet am 30.06.2025. Gerne führe ich mit dir das Austrittsgespräch (Rückm
 eldung zu deiner Zeit bei uns\, Arbeitszeugnis\, Rückgabe Badge/Laptop\, P
 ensionskasse). Den Fragebogen findest du im Intranet unter HR > Austritt.
 \n\nLiebe Grüsse\nBrigitte\n
UID:040000008200E00074C5B7101A82E008000000004A2C9E6B11B9DB010000000000000000100000003E4F5A6B7C8D9E0F1A2B
SUMMARY;LANGUAGE=de-CH:Austrittsgespräch Lukas Zbinden
DTSTART;TZID=W. Europe Standard Time:20250619T150000
DTEND;TZID=W. Europe Standard Time:20250619T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T071544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:HR Sitzungszimmer Haus 12\, EG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
]
