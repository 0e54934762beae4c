# ruff: noqa: E501
"""holdout144 events: the user's own interviews with Austrian archives, public bodies and large employers."""

EVENTS = [
    dict(
        kind="aufnahmegespraech",
        uid="oesta-pers-2025-0219-ref-ais-leitner@oesta.gv.at",
        iv=1, company="Österreichisches Staatsarchiv", role="Referatsleitung Archivinformationssystem (A1/3)",
        stage="", who="guenther.sommer@oesta.gv.at;birgit.fasching@oesta.gv.at",
        trap="federal-service-aufnahmegespraech-karriere-gv",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN=theresa.leitner@gmx.at;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Sommer Günther, Dr.";RSVP=TRUE:mailto:guenther.sommer@oesta.gv.at
ATTENDEE;CN="Fasching Birgit, Dr.in";RSVP=TRUE:mailto:birgit.fasching@oesta.gv.at
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Mag.a Leitner!\n\nBezugnehmend auf Ihre Bewerbung über die Jobbörse des Bundes (karriere.gv.at\, Ausschreibung BMKOES-25-0219) laden wir Sie zu einem Aufnahmegespräch ein. Gesprächsteilnehmer seitens des Österreichischen Staatsarchivs sind Herr Dr. Günther Sommer (Leiter der Präsidialabteilung) und Frau Dr.in Birgit Fasching (Leiterin der Abteilung Archivinformation).\n\nBitte bringen Sie Ihren Staatsbürgerschaftsnachweis und die Originale Ihrer Studienabschlüsse mit.\n\nMit freundlichen Grüßen\nFür den Generaldirektor:\nDaniela Prammer\nPersonalstelle
DTEND;TZID="W. Europe Standard Time":20250226T110000
DTSTAMP:20250213T100541Z
DTSTART;TZID="W. Europe Standard Time":20250226T100000
LOCATION:Österreichisches Staatsarchiv\, Nottendorfer Gasse 2\, 1030 Wien\, Besprechungsraum 2.14
ORGANIZER;CN="Prammer Daniela":mailto:daniela.prammer@oesta.gv.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Aufnahmegespräch Ref.-Ltg. AIS – Mag.a Leitner
TRANSP:OPAQUE
UID:oesta-pers-2025-0219-ref-ais-leitner@oesta.gv.at
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="objektivierung",
        uid="land-ooe-persd-obj-2025-117-k4@ooe.gv.at",
        iv=1, company="Oberösterreichisches Landesarchiv", role="Leitung der Bibliothek des OÖ. Landesarchivs",
        stage="onsite", who="Mag. Herbert Lackner;Dr.in Veronika Pühringer;Mag.a Sonja Aigner",
        trap="objektivierungsverfahren-hearing-names-only",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Land Oberoesterreich//Personalauswahl//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:land-ooe-persd-obj-2025-117-k4@ooe.gv.at
DTSTAMP:20250319T130000Z
DTSTART:20250402T071500Z
DTEND:20250402T084500Z
SUMMARY:Objektivierungsverfahren 117/2025 – Hearing
LOCATION:OÖ. Landesarchiv\, Anzengruberstraße 19\, 4020 Linz\, Seminarraum
ORGANIZER;CN=Direktion Personal – Personalauswahl:mailto:persd.auswahl@ooe.gv.at
DESCRIPTION:Sehr geehrte Frau Leitner!\n\nIm Rahmen des Objektivierungsverfahrens 117/2025 (Leitung der Bibliothek des OÖ. Landesarchivs) laden wir Sie zum Hearing vor der Begutachtungskommission ein.\n\nMitglieder der Kommission: Mag. Herbert Lackner (Direktor OÖ. Landesarchiv)\, Dr.in Veronika Pühringer (Direktion Kultur und Gesellschaft)\, Mag.a Sonja Aigner (Direktion Personal).\n\nAblauf: 10 Min. Selbstpräsentation\, anschließend strukturiertes Interview\, ca. 60 Min. gesamt. Das vorangegangene Eignungsverfahren (Persönlichkeitstest) haben Sie erfolgreich absolviert.\n\nMit freundlichen Grüßen\nAmt der Oö. Landesregierung\nDirektion Personal
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="phone-typed",
        uid="D1E5B6A7-02F4-4F7A-8B3C-9C0D1E2F3A4B",
        iv=1, company="Steiermärkische Landesbibliothek", role="", stage="", who="Fr. Dr. Kainz",
        trap="typed-on-phone-abbreviated-no-attendees",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
@@APPLE_VIENNA@@
BEGIN:VEVENT
CREATED:20250128T204411Z
DTEND;TZID=Europe/Vienna:20250206T150000
DTSTAMP:20250128T204522Z
DTSTART;TZID=Europe/Vienna:20250206T140000
LAST-MODIFIED:20250128T204522Z
LOCATION:Kalchberggasse 2\, Graz
SEQUENCE:0
SUMMARY:Bewerbungsgespr Landesbibl Stmk
DESCRIPTION:mit Fr. Dr. Kainz + jmd Personalabt.\nZeugnisse mitnehmen!!\nRJ 9:58 ab Hbf\, zurück 17:33
TRANSP:OPAQUE
UID:D1E5B6A7-02F4-4F7A-8B3C-9C0D1E2F3A4B
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:7E8F9A0B-1C2D-4E3F-8A5B-6C7D8E9F0A1B
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E0080000000091B2C3D4E5F6DB0100000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7A8B",
        iv=1, company="Arbeiterkammer Wien", role="Leitung Sozialwissenschaftliche Studienbibliothek",
        stage="hiring_manager", who="sabine.nowak@akwien.at;ernst.fiala@akwien.at",
        trap="outlook-room-resource-hiring-manager-talk",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Nowak, Sabine";SENT-BY="mailto:gabriele.holub@akwien.at":mailto:sabine.nowak@akwien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fiala, Ernst":mailto:ernst.fiala@akwien.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="PEZ 20 - 6. Stock - Bespr. 6.07":mailto:raum.pez20-607@akwien.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Leitner\,\n\nim Auftrag von Frau Mag.a Sabine Nowak (Bereichsleiterin Wissen & Information) darf ich Ihnen den Termin für das Vorstellungsgespräch übermitteln. Herr Mag. Ernst Fiala (Personal) wird ebenfalls teilnehmen.\n\nBitte melden Sie sich beim Empfang im Erdgeschoß\, Prinz-Eugen-Straße 20–22.\n\nMit besten Grüßen\nGabriele Holub\nAssistenz Bereich Wissen & Information\n
UID:040000008200E00074C5B7101A82E0080000000091B2C3D4E5F6DB0100000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7A8B
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Fr. Leitner – Ltg. Studienbibliothek
DTSTART;TZID=W. Europe Standard Time:20250320T083000
DTEND;TZID=W. Europe Standard Time:20250320T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T102200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:PEZ 20 - 6. Stock - Bespr. 6.07
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="assessment-center",
        uid="parl-pers-ac-2025-05-08-bib@parlament.gv.at",
        iv=1, company="Parlamentsdirektion", role="Leitung der Abteilung Parlamentsbibliothek",
        stage="", who="Mag.a Lisa Pfeiffer;Dr.in Heidi Moser",
        trap="all-day-assessment-center-assessors-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:parl-pers-ac-2025-05-08-bib@parlament.gv.at
DTSTAMP:20250422T075510Z
DTSTART;VALUE=DATE:20250508
DTEND;VALUE=DATE:20250509
SUMMARY:Assessment Center – Auswahlverfahren Leitung Parlamentsbibliothek
LOCATION:Parlament\, Dr.-Karl-Renner-Ring 3\, 1017 Wien – Besuchereingang\, Lokal 2
ORGANIZER;CN="Parlamentsdirektion – Personal":mailto:personal.auswahl@parlament.gv.at
ATTENDEE;CN=theresa.leitner@gmx.at;RSVP=TRUE:mailto:theresa.leitner@gmx.at
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nwir laden Sie zum Assessment Center im Auswahlverfahren „Leitung der Abteilung Parlamentsbibliothek“ ein (08:30 bis ca. 16:00 Uhr).\n\nProgramm: Postkorbübung\, Gruppendiskussion\, Rollenspiel Mitarbeiter*innengespräch\, Präsentation\, strukturiertes Interview.\nAssessor*innen: Mag.a Lisa Pfeiffer (Personalentwicklung Parlamentsdirektion)\, Dr.in Heidi Moser (externe Eignungsdiagnostik).\n\nFür Verpflegung ist gesorgt. Bitte nehmen Sie einen Lichtbildausweis mit (Sicherheitskontrolle).\n\nMit freundlichen Grüßen\nPersonalabteilung der Parlamentsdirektion
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="abschlussgespraech",
        uid="parl-pers-2025-bib-final-leitner@parlament.gv.at",
        iv=1, company="Parlamentsdirektion", role="Leitung der Abteilung Parlamentsbibliothek", stage="final",
        who="harald.dengler@parlament.gv.at",
        trap="final-talk-with-parliament-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN=theresa.leitner@gmx.at;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Dengler Harald";RSVP=TRUE:mailto:harald.dengler@parlament.gv.at
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nnach Abschluss des Assessment Centers lädt Sie Herr Parlamentsdirektor Dr. Harald Dengler zu einem abschließenden Gespräch ein.\n\nMit freundlichen Grüßen\nPersonalabteilung
DTEND;TZID="W. Europe Standard Time":20250522T113000
DTSTAMP:20250514T130212Z
DTSTART;TZID="W. Europe Standard Time":20250522T110000
LOCATION:Parlament\, Präsidialtrakt\, Zimmer 1.27
ORGANIZER;CN="Parlamentsdirektion – Personal":mailto:personal.auswahl@parlament.gv.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Abschlussgespräch PD Dr. Dengler – Fr. Leitner
TRANSP:OPAQUE
UID:parl-pers-2025-bib-final-leitner@parlament.gv.at
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-gespraech",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010000000000000000100000009988776655443322110099AABBCCDDEE",
        iv=1, company="ORF", role="Leitung Dokumentation & Archiv (Fernsehen)", stage="hiring_manager",
        who="robert.gruenwald@orf.at",
        trap="broadcaster-archive-head-teams-talk",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Grünwald, Robert":mailto:robert.gruenwald@orf.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Leitner\,\n\ndanke für Ihre Bewerbung – ich würde Sie gerne in einem ersten Gespräch kennenlernen\, bevor wir die engere Auswahl treffen.\n\nBeste Grüße\nRobert Grünwald\nHauptabteilungsleiter Dokumentation und Archive\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder ein Raumgerät bei\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg2OGVhNjMtYWE4Yy00YjBhLWJiZmQtNmE5ZjM2NDgxZjNm%40thread.v2/0>\nBesprechungs-ID: 395 281 664 019\nPasscode: ORF7kq\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010000000000000000100000009988776655443322110099AABBCCDDEE
SUMMARY;LANGUAGE=de-AT:Kennenlernen Th. Leitner (Bewerbung Ltg. Doku/Archiv TV)
DTSTART;TZID=W. Europe Standard Time:20250610T160000
DTEND;TZID=W. Europe Standard Time:20250610T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250603T091144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workday-phone",
        uid="WD-RECRUITING-INT-4b6f0d2e9a@erstegroup.myworkday.com",
        iv=1, company="Erste Group", role="Knowledge Management Lead", stage="recruiter_screen",
        who="katrin.wallner@erstegroup.com",
        trap="workday-german-phone-screen-bank",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-RECRUITING-INT-4b6f0d2e9a@erstegroup.myworkday.com
DTSTAMP:20250305T083312Z
DTSTART:20250310T160000Z
DTEND:20250310T163000Z
SUMMARY:Interview Invitation: Knowledge Management Lead (R-2025-1182)
ORGANIZER;CN=Erste Group Careers:mailto:erstegroup@myworkday.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Katrin Wallner:mailto:katrin.wallner@erstegroup.com
LOCATION:Telefon
DESCRIPTION:Liebe Frau Leitner\,\n\nvielen Dank für Ihre Bewerbung als Knowledge Management Lead. Ihr telefonisches Erstgespräch mit Katrin Wallner (Talent Acquisition) ist bestätigt. Sie werden unter der in Ihrem Profil hinterlegten Nummer angerufen.\n\nDauer: ca. 30 Minuten\n\nBeste Grüße\nIhr Talent Acquisition Team\nErste Group Bank AG\, Am Belvedere 1\, 1100 Wien\n\nDiese Nachricht wurde von Workday gesendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-2nd-round",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        iv=1, company="Erste Group", role="Knowledge Management Lead", stage="hiring_manager",
        who="martina.huber@erstegroup.com;gregor.pichler@erstegroup.com",
        trap="outlook-last-first-cn-second-round-room-resource",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Huber, Martina":mailto:martina.huber@erstegroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pichler, Gregor":mailto:gregor.pichler@erstegroup.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="AT-EC-B2-04.112 (6) Teams Room":mailto:at-ec-b2-04112@erstegroup.com
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Leitner\,\n\nwie mit Katrin besprochen\, treffen wir uns zur zweiten Runde. Mit dabei: Gregor Pichler (Head of Group Digital Workplace). Gerne vor Ort am Erste Campus\, alternativ über Teams.\n\nLG Martina Huber\nHead of Knowledge & Collaboration\n\n________________________________________________________________________________\nMicrosoft Teams Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder im Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk4YjE0ZDctMzJhZi00ZWY4LTk0ZDEtYmY4NWQ1NmM3YjE1%40thread.v2/0>\nBesprechungs-ID: 372 018 553 406\nKennung: Ez2Pq8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-AT:KM Lead – 2. Runde – Theresa Leitner
DTSTART;TZID=W. Europe Standard Time:20250328T140000
DTEND;TZID=W. Europe Standard Time:20250328T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T121530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:AT-EC-B2-04.112 (6) Teams Room; Microsoft Teams Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="successfactors-phone",
        uid="SFSF-INTV-VERBUND-20250414-77120-1@successfactors.eu",
        iv=1, company="Verbund", role="Records Manager (m/w/d)", stage="recruiter_screen",
        who="lisa.gruber@verbund.com",
        trap="successfactors-telefoninterview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SFSF-INTV-VERBUND-20250414-77120-1@successfactors.eu
DTSTAMP:20250408T092041Z
DTSTART:20250414T073000Z
DTEND:20250414T080000Z
SUMMARY:Telefoninterview – Records Manager (m/w/d) – VERBUND AG
ORGANIZER;CN=VERBUND Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Lisa Gruber;ROLE=REQ-PARTICIPANT:mailto:lisa.gruber@verbund.com
LOCATION:Telefon: Sie werden angerufen
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie in einem kurzen Telefoninterview besser kennenlernen.\n\nPosition: Records Manager (m/w/d)\, Job-ID 77120\nInterviewerin: Lisa Gruber\, HR Business Partner\n\nMit freundlichen Grüßen\nVERBUND Recruiting Team\nAm Hof 6a\, 1010 Wien
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="smartrecruiters",
        uid="sr-interview-6d4e2f10-avl-9931-b2c4@smartrecruiters.com",
        iv=1, company="AVL List", role="Technical Information Manager (m/f/d)", stage="hiring_manager",
        who="peter.kropf@avl.com",
        trap="smartrecruiters-graz-hiring-manager-onsite",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
UID:sr-interview-6d4e2f10-avl-9931-b2c4@smartrecruiters.com
DTSTAMP:20250227T131507Z
DTSTART;TZID=Europe/Vienna:20250307T103000
DTEND;TZID=Europe/Vienna:20250307T113000
SUMMARY:Interview for Technical Information Manager (m/f/d) at AVL
ORGANIZER;CN=AVL Recruiting:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Peter Kropf:mailto:peter.kropf@avl.com
LOCATION:AVL List GmbH\, Hans-List-Platz 1\, 8020 Graz – Reception Building 1
DESCRIPTION:Dear Theresa\,\n\nYou are invited to an interview with Peter Kropf (Team Lead Technical Documentation & Information Management) for the position Technical Information Manager (m/f/d).\n\nPlease bring a valid ID for the visitor registration.\n\nBest regards\,\nAVL Talent Acquisition\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
