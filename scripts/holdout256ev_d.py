# ruff: noqa: E501, W291, W293, RUF100
"""holdout256 events, part d: the user's own interviews (schools, city, small agencies, associations, cancellations)."""

from holdout256ev_zones import TZ_BERLIN, TZ_UTC01, TZ_WEUROPE

FORMS = {
    "Fachhochschule Düsselaue": "FH Düsselaue|FHD|FH Duesselaue",
    "Gebärdenblick Medien": "Gebärdenblick|Gebärdenblick Medien GmbH|Gebaerdenblick",
    "Stadt Velbrück": "Velbrück|Stadtverwaltung Velbrück|Stadt Velbrueck",
    "Hand in Hand Dolmetschdienste": "Hand in Hand|HiH|Hand in Hand Dolmetschdienste Kroll",
    "Berufsgenossenschaft Handel Rhein": "BGHR|BG Handel Rhein",
    "Lichtblick Assistenz": "Lichtblick|Lichtblick Assistenz gGmbH",
    "Evangelischer Kirchenkreis Köln-Nord": "Kirchenkreis Köln-Nord|Ev. Kirchenkreis Köln-Nord|Gehörlosengemeinde Köln-Nord",
    "Klinikum Nordpark Essen": "Klinikum Nordpark|Nordpark",
    "Förderzentrum Hören und Kommunikation Rheinfeld": "Förderzentrum Hören|FZ Hören Rheinfeld|Förderschule Hören Rheinfeld",
    "Volkshochschule Rhein-Erft-Nord": "VHS Rhein-Erft-Nord|VHS|Volkshochschule",
    "Rheinwerk Energie": "Rheinwerk|Rheinwerk Energie AG",
    "Landesverband der DGS-Dolmetscher*innen NRW": "LDN|LDN NRW|Landesverband DGS-Dolmetscher NRW",
    "Deaf Cinema Festival Köln": "Deaf Cinema Festival|DCF Köln",
}

EVENTS = [
    dict(
        kind="thunderbird-invite-bbb",
        uid="0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250521T090000Z
LAST-MODIFIED:20250521T090412Z
DTSTAMP:20250521T090412Z
UID:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0
SUMMARY:2. (abschließendes) Auswahlgespräch Studiengangskoordination GSD
ORGANIZER;CN=Prof. Dr. Heiner Kolb:mailto:h.kolb@fh-duesselaue.de
ATTENDEE;CN=Prof. Dr. Heiner Kolb;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:h.kolb@fh-duesselaue.de
ATTENDEE;CN=Sibylle Arndt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:s.arndt@fh-duesselaue.de
ATTENDEE;CN=anke.schreiner@mailbox.org;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DTSTART;TZID=Europe/Berlin:20250603T140000
DTEND;TZID=Europe/Berlin:20250603T150000
LOCATION:BigBlueButton: https://bbb.fh-duesselaue.de/b/kol-4x2-q9m-tt1
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nwie telefonisch angekündigt: a
 bschließendes Gespräch zur Stelle Studiengangskoordination Gebärdensprachd
 olmetschen (TV-L E 12) mit mir (Dekan FB Sozialwesen) und Frau Arndt (Verwa
 ltungsleitung Fachbereich). Zugang ohne Anmeldung über den Link\, Kamera un
 d Mikro bitte freigeben.\n\nH. Kolb
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fachhochschule Düsselaue",
        role="Studiengangskoordination Gebärdensprachdolmetschen (TV-L E 12)",
        stage="final",
        interviewers="h.kolb@fh-duesselaue.de;s.arndt@fh-duesselaue.de",
        trap="thunderbird-invite-bigbluebutton-chair-role",
        hiring=False,
    ),
    dict(
        kind="google-oncamera-casting",
        uid="6c4a5s1t9i8n7g6d5g4s3n2e1w@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250212T090000Z
DTEND:20250212T100000Z
DTSTAMP:20250204T174400Z
ORGANIZER;CN=Ole Hinrichs:mailto:ole@gebaerdenblick.de
UID:6c4a5s1t9i8n7g6d5g4s3n2e1w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ruth Engel;X-NUM-GUESTS=0:mailto:r.engel@gebaerdenblick.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Hallo Anke\,\n\ndanke für deine Bewerbung als feste Nachrichten
 -Dolmetscherin vor der Kamera! Beim Casting liest du zwei Meldungen vom Pr
 ompter\, dann eine ungeprobte Eilmeldung. Ruth (Chefredaktion) und ich schau
 en zu\, danach kurzes Gespräch.\n\nOle Hinrichs\, Produktion\n\nInvitation
  from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Gebärdenblick Studio\, Schanzenstraße 22\, Köln-Mülheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Casting Nachrichten-Dolmetschen (on screen) – Anke Schreiner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gebärdenblick Medien",
        role="Nachrichten-Dolmetscherin vor der Kamera",
        stage="technical",
        interviewers="ole@gebaerdenblick.de;r.engel@gebaerdenblick.de",
        trap="on-camera-casting-as-selection-format",
        hiring=False,
    ),
    dict(
        kind="owa-final-md",
        uid="040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Peter Hallmann:mailto:p.hallmann@gebaerdenblick.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anke.schreiner@mailbox.org:mailto:anke.schreiner@mailbox.org
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Schreiner\,\n\nnach dem tollen Castin
 g würde ich Sie gern persönlich kennenlernen\, bevor wir entscheiden. Dabei
  auch: Dienstplan (Früh-/Spätnachrichten)\, Gehalt\, Start.\n\nBeste Grüße
 \nPeter Hallmann\nGeschäftsführer Gebärdenblick Medien GmbH
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Nachrichten-Dolmetschen / Hallmann
DTSTART;TZID=W. Europe Standard Time:20250225T160000
DTEND;TZID=W. Europe Standard Time:20250225T170000
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5
DTSTAMP:20250214T100000Z
LOCATION;LANGUAGE=de-DE:Gebärdenblick\, Büro GF
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gebärdenblick Medien",
        role="",
        stage="final",
        interviewers="p.hallmann@gebaerdenblick.de",
        trap="owa-one-to-one-managing-director-final",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-label-city-panel",
        uid="040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_UTC01}
BEGIN:VEVENT
ATTENDEE;CN="Lütz, Rainer";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:r.luetz@velbrueck.de
ATTENDEE;CN="Kaul, Simone";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:s.kaul@velbrueck.de
ATTENDEE;CN="Personalrat Stadt Velbrück";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:personalrat@velbrueck.de
ATTENDEE;CN=anke.schreiner@mailbox.org;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CUTYPE=ROOM;CN="Rathaus Sitzungssaal 2";ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:sitzungssaal2@velbrueck.de
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nhiermit laden wir Sie zum Vors
 tellungsgespräch für die Stelle „Inklusionsbeauftragte (m/w/d)\, EG 11 TVöD
 “ ein. Gesprächspartner: Herr Lütz (Fachbereichsleiter Soziales) und Frau 
 Kaul (Personal und Organisation). Der Personalrat ist beteiligt.\n\nMit fr
 eundlichen Grüßen\nIm Auftrag\nKaul\n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250527T083000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250527T093000
DTSTAMP:20250512T141500Z
LOCATION:Rathaus Sitzungssaal 2
ORGANIZER;CN="Kaul, Simone":mailto:s.kaul@velbrueck.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Inklusionsbeauftragte – Fr. Schreiner
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stadt Velbrück",
        role="Inklusionsbeauftragte (m/w/d), EG 11 TVöD",
        stage="onsite",
        interviewers="r.luetz@velbrueck.de;s.kaul@velbrueck.de",
        trap="municipal-panel-works-council-mailbox-room",
        hiring=False,
    ),
    dict(
        kind="gmx-owner-invite",
        uid="gmx-cal-20250214-7731-kroll@gmx.net",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:gmx-cal-20250214-7731-kroll@gmx.net
DTSTAMP:20250207T191500Z
DTSTART;TZID=Europe/Berlin:20250214T120000
DTEND;TZID=Europe/Berlin:20250214T130000
SUMMARY:Treffen wg. Festanstellung bei Hand in Hand
ORGANIZER;CN=Sabine Kroll:mailto:sabine.handinhand@gmx.de
ATTENDEE;CN=Anke Schreiner;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Büro Hand in Hand\, Neusser Str. 214\, Köln-Nippes
DESCRIPTION:Hallo Anke\, schön dass du dich gemeldet hast! Ich suche seit 
 Jahren eine feste Kollegin (erst mal 20 Std.\, später Vertretung für mich)
 . Lass uns quatschen\, ich will auch ein bisschen hören wie du mit schwierig
 en Einsätzen umgehst. LG Sabine (Inhaberin Hand in Hand Dolmetschdienste)
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hand in Hand Dolmetschdienste",
        role="",
        stage="hiring_manager",
        interviewers="sabine.handinhand@gmx.de",
        trap="owner-freemail-informal-hiring-talk",
        hiring=False,
    ),
    dict(
        kind="ios-trial-assignment",
        uid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250215T081500Z
DTSTAMP:20250215T081522Z
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
DTSTART:20250220T190000
DTEND:20250220T211500
SUMMARY:Probeeinsatz HiH mit Sabine (Elternabend Gesamtschule) = 2. Runde!
LOCATION:Gesamtschule Nippes\, Aula
DESCRIPTION:Sabine dolmetscht im Team mit mir + schaut zu\, danach Feedback
  und Entscheidung wg Festanstellung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hand in Hand Dolmetschdienste",
        role="",
        stage="technical",
        interviewers="Sabine",
        trap="trial-assignment-looks-like-interpreting-job",
        hiring=False,
    ),
    dict(
        kind="rexx-phone-interview",
        uid="rexx-bghr-termin-20250605-00317",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruitment//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-bghr-termin-20250605-00317
DTSTAMP:20250528T120000Z
DTSTART;TZID=W. Europe Standard Time:20250605T100000
DTEND;TZID=W. Europe Standard Time:20250605T103000
SUMMARY:Telefoninterview – Referentin barrierefreie Kommunikation (w/m/d) – Stellen-ID 317
ORGANIZER;CN=BGHR Bewerbermanagement:mailto:bewerbung@bghr.de
ATTENDEE;CN=Katja Rühl;ROLE=REQ-PARTICIPANT:mailto:k.ruehl@bghr.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Telefon (wir rufen Sie an)
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nFrau Katja Rühl (Personalrefer
 entin) wird Sie zum vereinbarten Zeitpunkt anrufen.\n\nMit freundlichen Gr
 üßen\nBerufsgenossenschaft Handel Rhein\nBewerbermanagement
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Berufsgenossenschaft Handel Rhein",
        role="Referentin barrierefreie Kommunikation (w/m/d)",
        stage="recruiter_screen",
        interviewers="k.ruehl@bghr.de",
        trap="rexx-windows-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="calendly-invitee",
        uid="calendly-evt-6e1f0b2a-9c3d-4e5f-a6b7-c8d9e0f1a2b3",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-evt-6e1f0b2a-9c3d-4e5f-a6b7-c8d9e0f1a2b3
DTSTAMP:20250602T161718Z
DTSTART:20250610T110000Z
DTEND:20250610T114500Z
SUMMARY:Bewerbungsgespräch Teamleitung Kommunikationsassistenz zwischen Fabian Stolz und Anke Schreiner
ORGANIZER;CN=Fabian Stolz:mailto:f.stolz@lichtblick-assistenz.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Google Meet (Details folgen)
DESCRIPTION:Terminart: Bewerbungsgespräch Teamleitung Kommunikationsassiste
 nz\n\nName des Eingeladenen: Anke Schreiner\nE-Mail des Eingeladenen: anke
 .schreiner@mailbox.org\n\nAntworten:\nWie sind Sie auf uns aufmerksam gewo
 rden? Stellenanzeige auf dem Portal des Gehörlosenverbands\n\nLichtblick As
 sistenz gGmbH – Fabian Stolz\, Bereichsleitung\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lichtblick Assistenz",
        role="Teamleitung Kommunikationsassistenz",
        stage="hiring_manager",
        interviewers="f.stolz@lichtblick-assistenz.de",
        trap="calendly-user-is-invitee-not-host",
        hiring=False,
    ),
    dict(
        kind="macos-handtyped-pastor",
        uid="9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250603T173000Z
DTSTAMP:20250603T173055Z
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
DTSTART;TZID=Europe/Berlin:20250612T160000
DTEND;TZID=Europe/Berlin:20250612T170000
SUMMARY:Kirchenkreis – Pfarrerin Mahlberg wg. Stelle Gehörlosengemeinde
LOCATION:Gemeindehaus Köln-Nord
DESCRIPTION:50%-Stelle Dolmetscherin + Gemeindearbeit. Sie will auch Presb
 yterium-Vorsitzenden dazuholen. Gehaltsgruppe KAVO erfragen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Evangelischer Kirchenkreis Köln-Nord",
        role="",
        stage="",
        interviewers="Pfarrerin Mahlberg",
        trap="handtyped-church-job-talk-wg-abbreviation",
        hiring=False,
    ),
    dict(
        kind="outlook-agency-recruiter-names-clinic",
        uid="040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Hallo Frau Schreiner\,\n\nwie per Mail angekündigt: Telefonat z
 u der Stelle „Patientendolmetscherin DGS (m/w/d)“ am Klinikum Nordpark Ess
 en\, die wir exklusiv betreuen. Ich würde gern Ihre Erfahrung im medizinis
 chen Bereich\, Schichtbereitschaft und Gehaltsrahmen abklopfen\, bevor ich 
 Ihr Profil an die Klinik weitergebe.\n\nBeste Grüße\nYannick Bauer\nMedicu
 s Personal GmbH – Gesundheitswesen\n
DTSTART:20250616T103000Z
DTEND:20250616T110000Z
DTSTAMP:20250610T090909Z
LOCATION:Telefon
ORGANIZER;CN="Bauer, Yannick":mailto:y.bauer@medicus-personal.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Telefonat Medicus Personal / A. Schreiner – Klinikum Nordpark
UID:040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Klinikum Nordpark Essen",
        role="Patientendolmetscherin DGS (m/w/d)",
        stage="recruiter_screen",
        interviewers="y.bauer@medicus-personal.de",
        trap="agency-recruiter-screen-company-is-client-clinic",
        hiring=False,
    ),
    dict(
        kind="google-school-shadow-day",
        uid="3h0s1p2i3t4a5t6i7o8n9s0c1h@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250515T074500
DTEND;TZID=Europe/Berlin:20250515T131500
DTSTAMP:20250506T150000Z
ORGANIZER;CN=Birte Hansen:mailto:b.hansen@fz-hoeren-rheinfeld.de
UID:3h0s1p2i3t4a5t6i7o8n9s0c1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Birte Hansen;X-NUM-GUESTS=0:mailto:b.hansen@fz-hoeren-rheinfeld.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sekretariat FZ Hören;X-NUM-GUESTS=0:mailto:sekretariat@fz-hoeren-rheinfe
 ld.de
DESCRIPTION:Liebe Frau Schreiner\,\n\nwie besprochen Ihr Hospitationstag im
  Rahmen Ihrer Bewerbung als Schuldolmetscherin / Gebärdensprachdozentin: 1
 .–3. Stunde Unterricht Klasse 8b (bilingual)\, 4. Stunde Zeugniskonferenz-
 Vorbereitung\, danach Gespräch mit mir.\n\nDr. Birte Hansen\, Schulleiteri
 n\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Förderzentrum Hören und Kommunikation\, Am Schulberg 5\, Rheinfeld
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hospitationstag FZ Hören – Bewerbung Schuldolmetscherin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Förderzentrum Hören und Kommunikation Rheinfeld",
        role="Schuldolmetscherin / Gebärdensprachdozentin",
        stage="onsite",
        interviewers="b.hansen@fz-hoeren-rheinfeld.de",
        trap="school-shadow-day-secretary-optional-attendee",
        hiring=False,
    ),
    dict(
        kind="outlook-adult-education-final",
        uid="040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DB01000000000000000010000000F0F1F2F3F4F5F6F7F8F9A0A1A2A3A4A5",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN="Heuser, Volker (Verwaltungsleitung)";RSVP=TRUE:mailto:v.heuser@vhs-rhein-erft-nord.de
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nSie sind in der engeren Wahl 
 für die Programmbereichsleitung „Gebärdensprache\, Inklusion und Gesundheit
 “. Ich lade Sie zu einem abschließenden Gespräch mit Herrn Heuser und mir 
 ein. Bitte skizzieren Sie kurz Ihre Ideen für das Herbstsemester.\n\nDr. Gi
 sela Pütz\nDirektorin\n
DTSTART;TZID="W. Europe Standard Time":20250618T110000
DTEND;TZID="W. Europe Standard Time":20250618T120000
DTSTAMP:20250606T100000Z
LOCATION:VHS-Haus\, Direktion\, Zimmer 3
ORGANIZER;CN="Pütz, Gisela Dr.":mailto:g.puetz@vhs-rhein-erft-nord.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Abschließendes Gespräch PBL Gebärdensprache – Frau Schreiner
UID:040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DB01000000000000000010000000F0F1F2F3F4F5F6F7F8F9A0A1A2A3A4A5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Volkshochschule Rhein-Erft-Nord",
        role="Programmbereichsleitung Gebärdensprache, Inklusion und Gesundheit",
        stage="final",
        interviewers="g.puetz@vhs-rhein-erft-nord.de;v.heuser@vhs-rhein-erft-nord.de",
        trap="engere-wahl-final-acronym-pbl",
        hiring=False,
    ),
    dict(
        kind="successfactors-teams-utc",
        uid="SF-INTSCHED-RWE-00117720-2",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-RWE-00117720-2
DTSTAMP:20250425T090000Z
DTSTART:20250505T080000Z
DTEND:20250505T090000Z
SUMMARY:Interview – Inklusionsmanager*in / Koordination Schwerbehindertenangelegenheiten (Req 117720)
ORGANIZER;CN=Rheinwerk Energie Talent Acquisition:mailto:talent-noreply@rheinwerk-energie.de
ATTENDEE;CN=Corinna Schäfer;ROLE=REQ-PARTICIPANT:mailto:c.schaefer@rheinwerk-energie.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Microsoft Teams
DESCRIPTION:Dear Anke Schreiner\, / Sehr geehrte Frau Schreiner\,\n\nyour in
 terview with Corinna Schäfer (Head of Diversity & Inclusion) has been sche
 duled. Die Einwahldaten für Microsoft Teams erhalten Sie separat.\n\nRheinw
 erk Energie AG – Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinwerk Energie",
        role="Inklusionsmanager*in / Koordination Schwerbehindertenangelegenheiten",
        stage="hiring_manager",
        interviewers="c.schaefer@rheinwerk-energie.de",
        trap="bilingual-ats-employer-also-hosts-client-assignment",
        hiring=False,
    ),
    dict(
        kind="zoom-board-evening",
        uid="zoom-88204417730-20250624@zoom.us",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTAMP:20250613T201200Z
DTSTART;TZID=Europe/Berlin:20250624T190000
DTEND;TZID=Europe/Berlin:20250624T200000
SUMMARY:LDN Vorstand – 2. Gespräch Geschäftsführung (A. Schreiner)
UID:zoom-88204417730-20250624@zoom.us
DESCRIPTION:Liebe Anke\, danke für das erste Gespräch. In der 2. Runde ist
  der gesamte Vorstand dabei (Jens Ahlers\, Merle Thiel\, ich). Danach ents
 cheiden wir über die Geschäftsführung der Landesgeschäftsstelle. Herzlich
 \, Katja Wendland (1. Vorsitzende)\n\nZoom-Meeting beitreten\nhttps://us02w
 eb.zoom.us/j/88204417730\nMeeting-ID: 882 0441 7730\nKenncode: LDN2025
LOCATION:https://us02web.zoom.us/j/88204417730
ORGANIZER;CN=Katja Wendland (LDN Vorstand):mailto:vorstand@ldn-nrw.de
ATTENDEE;CN=Jens Ahlers;RSVP=TRUE:mailto:j.ahlers@ldn-nrw.de
ATTENDEE;CN=Merle Thiel;RSVP=TRUE:mailto:m.thiel@ldn-nrw.de
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landesverband der DGS-Dolmetscher*innen NRW",
        role="Geschäftsführung",
        stage="final",
        interviewers="vorstand@ldn-nrw.de;j.ahlers@ldn-nrw.de;m.thiel@ldn-nrw.de",
        trap="professional-association-board-evening-user-is-member",
        hiring=False,
    ),
    dict(
        kind="google-cancelled-festival",
        uid="5d8e9f0c1a2b3c4d5e6f7a8b9c@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250626T113000
DTEND;TZID=Europe/Berlin:20250626T121500
DTSTAMP:20250620T073000Z
ORGANIZER;CN=Tarek Nasser:mailto:tarek@deafcinema-koeln.de
UID:5d8e9f0c1a2b3c4d5e6f7a8b9c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Sorry Anke\, wir müssen das Gespräch zur Festivalkoordination B
 arrierefreiheit absagen – die Förderung für die Stelle ist noch nicht bewil
 ligt. Ich melde mich\, sobald es Neuigkeiten gibt. Tarek (Festivalleitung)
 \n\nThis event has been canceled and removed from your calendar.\n\nInvitat
 ion from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Filmhaus\, Maybachstraße 111\, Köln
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Canceled event: Gespräch Festivalkoordination Barrierefreiheit @ Thu Jun 26\, 2025 11:30am - 12:15pm (CEST) (anke.schreiner@mailbox.org)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Deaf Cinema Festival Köln",
        role="Festivalkoordination Barrierefreiheit",
        stage="hiring_manager",
        interviewers="tarek@deafcinema-koeln.de",
        trap="cancelled-google-funding-not-approved",
        hiring=False,
    ),
]
