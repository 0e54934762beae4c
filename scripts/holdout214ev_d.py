# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part d: industrial and works railways, small freight operators."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# Mitteldeutsche Eisenbahn (MEG): Fahrdienstleiter, Outlook
EVENTS.append(ev("meg-outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kühne, Andreas":mailto:andreas.kuehne@meg-bahn.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Krüger\,\n\ndanke für Ihren Anruf. Wie
  besprochen treffen wir uns in Schkopau\, Tor 5 (Anmeldung Werkschutz\, Fa
 hrzeug bitte auf P3). Wir schauen uns das Stellwerk an und sprechen über d
 ie Stelle als Fahrdienstleiter / Wagenmeister im Werkbahnhof.\n\nGruß\nAndr
 eas Kühne\nLeiter Betrieb Standort Schkopau\nMitteldeutsche Eisenbahn GmbH\n
UID:040000008200E00074C5B7101A82E0080000000091B3C5D7E97ADA010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=de-DE:Termin Hr. Krüger (Fdl/Wagenmeister)
DTSTART;TZID=W. Europe Standard Time:20240403T100000
DTEND;TZID=W. Europe Standard Time:20240403T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240327T142201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schkopau\, Tor 5
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000091B3C5D7E97ADA010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
    1, "Mitteldeutsche Eisenbahn", "Fahrdienstleiter / Wagenmeister", "hiring_manager",
    "andreas.kuehne@meg-bahn.de", "outlook-termin-no-interview-word"))

# InfraLeuna: SuccessFactors phone interview
EVENTS.append(ev("infraleuna-sf-phone", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:SF-INTSCHED-IV-2024-000502911@successfactors.eu
DTSTAMP:20240321T101244Z
DTSTART;TZID=Europe/Berlin:20240326T080000
DTEND;TZID=Europe/Berlin:20240326T083000
SUMMARY:Telefoninterview: Fahrdienstleiter (m/w/d) Bahnbetrieb Chemiestandort Leuna
DESCRIPTION:Sehr geehrter Herr Krüger\,\n\nhiermit bestätigen wir Ihr Telefo
 ninterview.\n\nStelle: Fahrdienstleiter (m/w/d) Bahnbetrieb\nGesellschaft:
  InfraLeuna GmbH\nGesprächspartner: Kai Rothe (Teamleiter Bahnbetrieb)\n\nW
 ir rufen Sie an.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team InfraLeun
 a
ORGANIZER;CN=InfraLeuna Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Kai Rothe;ROLE=REQ-PARTICIPANT:mailto:kai.rothe@infraleuna.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "SF-INTSCHED-IV-2024-000502911@successfactors.eu", 1, "InfraLeuna",
    "Fahrdienstleiter (m/w/d) Bahnbetrieb", "recruiter_screen", "kai.rothe@infraleuna.de",
    "successfactors-phone-chemical-site-railway"))

# InfraLeuna: on-site talk, typed in Thunderbird
EVENTS.append(ev("infraleuna-typed-onsite", r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN + r"""BEGIN:VEVENT
CREATED:20240326T084112Z
LAST-MODIFIED:20240326T084250Z
DTSTAMP:20240326T084250Z
UID:3c9d8e21-7b4f-4a10-b6e2-f05d71a9c843
SUMMARY:Leuna vor Ort – Rothe + Bereichsleiter\, Stellwerk Lna Nord
DTSTART;TZID=Europe/Berlin:20240409T130000
DTEND;TZID=Europe/Berlin:20240409T153000
LOCATION:InfraLeuna\, Am Haupttor\, Bau 4310
DESCRIPTION:Personalausweis für Werksausweis! Sicherheitsschuhe mit.\nFragen
 : Schichtsystem (Conti?)\, Vergütung IG BCE Tarif\, Einarbeitung Fdl-Prüf
 ung
END:VEVENT
END:VCALENDAR
""", "3c9d8e21-7b4f-4a10-b6e2-f05d71a9c843", 1, "InfraLeuna", "", "onsite",
    "Rothe", "thunderbird-typed-onsite-surname-only"))

# MIBRAG: rexx invitation
EVENTS.append(ev("mibrag-rexx", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-bew-118204-termin-2@mibrag.rexx-recruitment.com
DTSTAMP:20240319T130415Z
DTSTART:20240404T070000Z
DTEND:20240404T083000Z
SUMMARY:Vorstellungsgespräch - Triebfahrzeugführer (m/w/d) Werkbahn
DESCRIPTION:Sehr geehrter Herr Krüger\,\n\nvielen Dank für Ihr Interesse an e
 iner Tätigkeit in der Mitteldeutschen Braunkohlengesellschaft mbH. Wir lad
 en Sie zu einem Vorstellungsgespräch ein.\n\nTeilnehmer seitens MIBRAG: Ro
 nny Seifert (Leiter Werkbahn)\, Doreen Pohl (Personalabteilung)\n\nTreffpu
 nkt: Verwaltungsgebäude Zeitz\, Glück-Auf-Str. 1\, Empfang\n\nMit freundli
 chen Grüßen\nDoreen Pohl
ORGANIZER;CN=MIBRAG Personal:mailto:bewerbung@mibrag.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Zeitz\, Glück-Auf-Str. 1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "rexx-bew-118204-termin-2@mibrag.rexx-recruitment.com", 1, "MIBRAG",
    "Triebfahrzeugführer (m/w/d) Werkbahn", "hiring_manager",
    "Ronny Seifert;Doreen Pohl", "rexx-utc-interviewers-only-in-body"))

# MIBRAG: practical driving test on the works railway
EVENTS.append(ev("mibrag-practical", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Seifert, Ronny":mailto:ronny.seifert@mibrag.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gräfe, Marko":mailto:marko.graefe@mibrag.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Krüger\,\n\nwie vereinbart: praktische
 r Teil. Sie fahren unter Aufsicht von Lehr-Tf Marko Gräfe eine E-Lok (EL 2
 ) auf der Werkbahn Profen – Deuben. Danach kurze Auswertung mit mir.\n\nAr
 beitsschutzbelehrung vor Ort\, bitte 15 Min. früher da sein.\n\nGlück auf!\
 nRonny Seifert
UID:040000008200E00074C5B7101A82E00800000000B4D6F8A0C2E4DA01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F11
SUMMARY;LANGUAGE=de-DE:Praxisteil / Probefahrt Werkbahn Profen
DTSTART;TZID=W. Europe Standard Time:20240416T060000
DTEND;TZID=W. Europe Standard Time:20240416T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240408T091812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Betriebshof Profen
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B4D6F8A0C2E4DA01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F11",
    1, "MIBRAG", "", "technical", "marko.graefe@mibrag.de;ronny.seifert@mibrag.de",
    "probefahrt-practical-driving-test"))

# Hafen Halle: typed on the iPhone, floating
EVENTS.append(ev("hafen-halle-typed", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20240402T171020Z
DTSTAMP:20240402T171102Z
UID:9B0E4F7A-6C21-4D38-8E5F-1A2B3C4D5E6F
SUMMARY:Hafen Halle – Gespräch Rangier/Fdl
DTSTART:20240411T140000
DTEND:20240411T150000
LOCATION:Hafen Halle GmbH\, Am Saalehafen 1\, Halle-Trotha
DESCRIPTION:Hr. Täubert\, Geschäftsf.\nRangierlokführer + Fdl Hafenbahn\, Te
 ilzeit möglich?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "9B0E4F7A-6C21-4D38-8E5F-1A2B3C4D5E6F", 1, "Hafen Halle", "", "",
    "Hr. Täubert", "iphone-typed-floating-port-railway"))

# Dow: Workday interview, bilingual
EVENTS.append(ev("dow-workday", r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-7c2f91e4a0b3@dow.wd1.myworkdayjobs.com
DTSTAMP:20240405T120302Z
DTSTART:20240410T123000Z
DTEND:20240410T133000Z
SUMMARY:Interview Invitation – Locomotive Operator / Triebfahrzeugführer (m/w/d) – R2024-11873
DESCRIPTION:Dear Sebastian\,\n\nThank you for your interest in Dow. You are in
 vited to an interview for the position Locomotive Operator / Triebfahrzeug
 führer (m/w/d)\, Schkopau site (Dow Olefinverbund GmbH).\n\nInterview pane
 l:\n- Jörg Anders\, Rail Operations Leader Schkopau (jander@dow.com)\n- Sil
 ke Brandt\, Talent Acquisition (sbrandt2@dow.com)\n\nThe interview will be
  held in German on Microsoft Teams. You will receive the link separately.
 \n\nPlease do not reply to this message.\n\nDow Talent Acquisition
ORGANIZER;CN=Dow Talent Acquisition:mailto:dow@myworkday.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "wd-interview-7c2f91e4a0b3@dow.wd1.myworkdayjobs.com", 1, "Dow",
    "Locomotive Operator / Triebfahrzeugführer (m/w/d)", "hiring_manager",
    "jander@dow.com;sbrandt2@dow.com", "workday-english-panel-emails-in-body"))

# P-D ChemiePark Bitterfeld Wolfen: concludis
EVENTS.append(ev("chemiepark-concludis", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//concludis GmbH//concludis Bewerbermanagement//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:concludis-termin-5f0a8c3e91@pd-chemiepark.concludis.de
DTSTAMP:20240408T073319Z
DTSTART;TZID=Europe/Berlin:20240415T100000
DTEND;TZID=Europe/Berlin:20240415T110000
SUMMARY:Kennenlerngespräch – Triebfahrzeugführer/Rangierer (m/w/d) Werkbahn
DESCRIPTION:Guten Tag Herr Krüger\,\n\nwir möchten Sie gern persönlich kenne
 nlernen. Ihr Gesprächspartner ist Herr Dirk Vollrath (Leiter Logistik/Bah
 n). \n\nAdresse: P-D ChemiePark Bitterfeld Wolfen GmbH\, Zörbiger Straße 2
 2\, 06749 Bitterfeld-Wolfen\, Gebäude 091\n\nViele Grüße\nIhr Personalteam
ORGANIZER;CN=P-D ChemiePark Personal:mailto:karriere@pd-chemiepark.de
ATTENDEE;CN=Sebastian Krüger;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Bitterfeld-Wolfen\, Zörbiger Str. 22\, Geb. 091
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "concludis-termin-5f0a8c3e91@pd-chemiepark.concludis.de", 1,
    "P-D ChemiePark Bitterfeld Wolfen", "Triebfahrzeugführer/Rangierer (m/w/d) Werkbahn",
    "hiring_manager", "Dirk Vollrath", "concludis-kennenlerngespraech"))

# Regiobahn Bitterfeld Berlin: Google Workspace invite from the operator
EVENTS.append(ev("rbb-google-call", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240322T163000Z
DTEND:20240322T170000Z
DTSTAMP:20240320T105512Z
ORGANIZER;CN=Sandra Mielke:mailto:s.mielke@regiobahn-bb.de
UID:1r4vq8nk3e0c9t7p2jb5h6m3sd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandra Mielke;X-NUM-GUESTS=0:mailto:s.mielke@regiobahn-bb.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
CREATED:20240320T105511Z
DESCRIPTION:Telefonat zur Bewerbung Tf Güterverkehr (Einsatz ab Bitterfeld)
 . Ich rufe Sie an.<br>Gruß S. Mielke\, Disposition/Personal
LAST-MODIFIED:20240320T105512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat RBB / Hr. Krüger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1r4vq8nk3e0c9t7p2jb5h6m3sd@google.com", 1, "Regiobahn Bitterfeld Berlin", "",
    "recruiter_screen", "s.mielke@regiobahn-bb.de", "google-telefonat-html-br-description"))

# Pressnitztalbahn: typed in the Mac calendar, all in the description
EVENTS.append(ev("pressnitztal-typed", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
CREATED:20240405T182244Z
UID:E5F1A2B3-C4D5-4E6F-8A9B-0C1D2E3F4A5B
DTEND;TZID=Europe/Berlin:20240418T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:PRESS Vorstellung (Chemnitz Hilbersdorf)
DTSTART;TZID=Europe/Berlin:20240418T103000
DTSTAMP:20240405T182301Z
LOCATION:Chemnitz-Hilbersdorf\, Frankenberger Str.
SEQUENCE:0
DESCRIPTION:Eisenbahn-Bau- und Betriebsgesellschaft Pressnitztalbahn\, Tf G
 üterverkehr + ggf. Ausbilder für neue Kollegen. Ansprechpartner Hr. Lasch
 \, Mail vom 3.4.
BEGIN:VALARM
X-WR-ALARMUID:7D0B1E5C-2A3F-4B6C-9D8E-1F2A3B4C5D6E
UID:7D0B1E5C-2A3F-4B6C-9D8E-1F2A3B4C5D6E
TRIGGER:-PT2H
ACTION:AUDIO
ATTACH;VALUE=URI:Chord
END:VALARM
END:VEVENT
END:VCALENDAR
""", "E5F1A2B3-C4D5-4E6F-8A9B-0C1D2E3F4A5B", 1, "Pressnitztalbahn", "", "",
    "Hr. Lasch", "mac-typed-vorstellung-abbreviated-operator"))

# SOEG (Zittau narrow gauge): GoTo Meeting from the managing director
EVENTS.append(ev("soeg-goto", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hentschel, Matthias":mailto:geschaeftsfuehrung@soeg-zittau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pfennig, Steffen":mailto:betriebsleitung@soeg-zittau.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nzunächst ein Gesprä
 ch per Video\, danach gern eine Mitfahrt auf der Dampflok. Teilnehmer: Mat
 thias Hentschel (GF)\, Steffen Pfennig (EBL).\n\nThema: Triebfahrzeugführe
 r Dampf/Diesel mit Ausbildungsaufgaben (Heizer-Ausbildung).\n\nGoTo Meetin
 g\nÜber Computer\, Tablet oder Smartphone teilnehmen.\nhttps://meet.goto.co
 m/418227653\n\nSie können sich auch über ein Telefon einwählen.\nDeutschla
 nd: +49 721 6059 6510\n\nZugangscode: 418-227-653\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DA0100000000000000001000000093A4B5C6D7E8F90A1B2C3D4E5F607182
SUMMARY;LANGUAGE=de-DE:Gespräch SOEG – Tf Dampf/Diesel
DTSTART;TZID=W. Europe Standard Time:20240424T180000
DTEND;TZID=W. Europe Standard Time:20240424T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240419T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GoTo Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DA0100000000000000001000000093A4B5C6D7E8F90A1B2C3D4E5F607182",
    1, "SOEG", "Triebfahrzeugführer Dampf/Diesel", "hiring_manager",
    "geschaeftsfuehrung@soeg-zittau.de;betriebsleitung@soeg-zittau.de",
    "goto-meeting-functional-mailboxes", crlf=True))
