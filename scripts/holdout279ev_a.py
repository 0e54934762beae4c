"""holdout279 events, part a: the user's own interviews (Munich craft brewery, brewery group, malting company,
Fachschule, Vienna brewpub, internal application)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout279ev_zones import VTZ_BERLIN, VTZ_UTC01_DE, VTZ_VIENNA, VTZ_W_EUROPE

EVENTS = [
    dict(
        kind="ios-phone-note",
        uid="5E1C2A77-0B3D-4E8A-9C41-7F2D61A0B9E3",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E1C2A77-0B3D-4E8A-9C41-7F2D61A0B9E3
DTSTAMP:20251103T193412Z
CREATED:20251103T193355Z
LAST-MODIFIED:20251103T193412Z
DTSTART;TZID=Europe/Berlin:20251106T173000
DTEND;TZID=Europe/Berlin:20251106T180000
SUMMARY:Tel Isarkiesel - Kennenlernen Braumeister
LOCATION:ruft an: Vroni Haslbeck (Gründerin) 0176 4419 2083
DESCRIPTION:nach der Frühschicht!! Ausstoß\\, Sudhausgröße (20hl?)\\, Team\\, ab wann
  gesucht. Gehaltsvorstellung ~ 58k
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
X-WR-ALARMUID:0F4E6D1B-5C0A-44D2-8C55-2B8F9A1E3D70
UID:0F4E6D1B-5C0A-44D2-8C55-2B8F9A1E3D70
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauwerk Isarkiesel",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="Vroni Haslbeck",
        trap="ios-terse-founder-phone-call-no-attendees",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3q7v0m2k8d1r5h9t4bn6c0xe2s@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251120T070000
DTEND;TZID=Europe/Berlin:20251120T160000
DTSTAMP:20251110T201544Z
ORGANIZER;CN=Vroni Haslbeck:mailto:vroni.haslbeck@gmail.com
UID:3q7v0m2k8d1r5h9t4bn6c0xe2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Vroni Haslbeck;X-NUM-GUESTS=0:mailto:vroni.haslbeck@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Korbinian Stadler;X-NUM-GUESTS=0:mailto:korbi.stadler@isarkiesel.exampl
 e.de
X-MICROSOFT-CDO-OWNERAPPTID:-1183420977
CREATED:20251110T201543Z
DESCRIPTION:Servus Florian\\,<br><br>wie am Telefon besprochen: Probebrautag
  bei uns in Giesing. Wir brauen zusammen einen Sud Helles (Einmaischen 7:00)
 \\, du übernimmst ab dem Abläutern. Danach kleine Verkostung mit Korbi und de
 m Team (Keller + Abfüllung) und Brotzeit.<br><br>Bitte Sicherheitsschuhe mitb
 ringen\\, Arbeitskleidung haben wir. Fahrtkosten übernehmen wir natürlich.<b
 r><br>Pfiat di\\, Vroni<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Invi
 tation from Google Calendar: https://calendar.google.com/calendar/<br><br>Yo
 u are receiving this email because you are an attendee on the event. To stop
  receiving future updates for this event\\, decline this event.<br><br>Forwar
 ding this invitation could allow any recipient to send a response to the org
 anizer\\, be added to the guest list\\, invite others regardless of their own
  invitation status\\, or modify your RSVP.<br><br>Learn more https://support
 .google.com/calendar/answer/37135#forwarding<br>-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-
LAST-MODIFIED:20251110T201544Z
LOCATION:Brauwerk Isarkiesel\\, Hinterbrühlstraße 9\\, 81549 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probebrautag Isarkiesel – Florian
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauwerk Isarkiesel",
        role="",
        stage="onsite",
        interviewers="vroni.haslbeck@gmail.com;korbi.stadler@isarkiesel.example.de",
        trap="google-freemail-founder-trial-brew-day",
        hiring=False,
    ),
    dict(
        kind="google-rescheduled",
        uid="7hd2k5p0q8w3m1z6r9c4tv0ya8@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251205T140000
DTEND;TZID=Europe/Berlin:20251205T153000
DTSTAMP:20251201T090211Z
ORGANIZER;CN=Vroni Haslbeck:mailto:vroni.haslbeck@gmail.com
UID:7hd2k5p0q8w3m1z6r9c4tv0ya8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Vroni Haslbeck;X-NUM-GUESTS=0:mailto:vroni.haslbeck@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Quirin Moosbauer;X-NUM-GUESTS=0:mailto:quirin.moosbauer@isarkiesel.
 example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
CREATED:20251124T181002Z
DESCRIPTION:Hallo Florian\\, sorry fürs Verschieben – am Donnerstag ist Quirin
  (kaufmännischer Gesellschafter) doch bei der Bank. Neuer Termin Freitag 14 U
 hr bei uns im Büro über der Schänke. Wir möchten mit dir über Vertrag\\, Start
 termin und die Rolle als Braumeister sprechen und dir die letzten Fragen stel
 len. LG Vroni<br><br>Invitation from Google Calendar: https://calendar.google
 .com/calendar/<br><br>You are receiving this email because you are an attend
 ee on the event.
LAST-MODIFIED:20251201T090211Z
LOCATION:Brauwerk Isarkiesel\\, Büro (1. OG)\\, Hinterbrühlstraße 9\\, München
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Abschlussgespräch Isarkiesel (NEUER TERMIN)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauwerk Isarkiesel",
        role="Braumeister",
        stage="final",
        interviewers="vroni.haslbeck@gmail.com;quirin.moosbauer@isarkiesel.example.de",
        trap="google-rescheduled-sequence-final-founders",
        hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INTSCHED-4471902-frankoniaP",
        ics="""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2H2025//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-4471902-frankoniaP
DTSTAMP:20251104T074512Z
DTSTART:20251111T090000Z
DTEND:20251111T094500Z
SUMMARY:Interview: Produktionsleiter (m/w/d) Standort Kulmbach - Florian Sch
 mitt
ORGANIZER;CN=Frankonia Brauunion Recruiting:mailto:noreply-recruiting@frank
 onia-brauunion.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sabine Dietz:mailto:sabi
 ne.dietz@frankonia-brauunion.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Sc
 hmitt:mailto:florian.schmitt.brau@gmx.de
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nvielen Dank für Ihre Bewerbung 
 auf die Position Produktionsleiter (m/w/d) Standort Kulmbach (Req. 60218).
  Gerne möchten wir Sie in einem ersten Gespräch (ca. 45 Minuten) mit Frau 
 Sabine Dietz\\, Talent Acquisition Partner\\, näher kennenlernen.\\n\\n______
 __________________________________________________________________________
 ________\\nMicrosoft Teams-Besprechung\\nNehmen Sie von Ihrem Computer\\, Ihr
 er mobilen App oder über das Raumgerät teil\\nHier klicken\\, um an der Besp
 rechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _YTk0ZGQ3NzEtOGM2Yi00ZWY1@thread.v2/0>\\nBesprechungs-ID: 372 914 558 201\\n
 Kennung: q7Zp3X\\n______________________________________________________________
 __________________\\n\\nMit freundlichen Grüßen\\nIhr Recruiting-Team der Fr
 ankonia Brauunion AG\\n\\nDiese Nachricht wurde automatisch über SAP Success
 Factors Recruiting versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Frankonia Brauunion",
        role="Produktionsleiter (m/w/d) Standort Kulmbach",
        stage="recruiter_screen",
        interviewers="sabine.dietz@frankonia-brauunion.example.de",
        trap="successfactors-utc-teams-hr-screen",
        hiring=False,
    ),
    dict(
        kind="outlook-assessment-center",
        uid="040000008200E00074C5B7101A82E00800000000A0C3F1E64D5BDC01000000000000000010000000E25AC913B8F7C04B9E0A3D17C6F22B41",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Wunder, Claudia":mailto:claudia.wunder@frankonia-brauunion.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hörath, Bernd":mailto:bernd.hoerath@frankonia-brauunion.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dietz, Sabine":mailto:sabine.dietz@frankonia-brauunion.example.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="KUL-Schulungsraum Hopfen (24)":mailto:kul-schulungsraum-hopfen@frankonia-brauunion.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Schmitt\\,\\n\\nwie telefonisch angekündigt laden wir Sie herzlich zu unserem eintägigen Assessment-Center für die Position Produktionsleiter (m/w/d) ein.\\n\\nAblauf:\\n08:30 Empfang\\, Sicherheitsunterweisung\\n09:00 Fallstudie „Kapazitätsplanung Sudhaus/Gärkeller bei Saisonspitze“\\n10:30 Gruppendiskussion mit weiteren Teilnehmenden\\n12:00 Mittagessen in der Kantine\\n13:00 Rundgang Abfüllung (Linie 3)\\n14:00 Präsentation der Fallstudie (15 Min.) vor Herrn Hörath (Bereichsleiter Technik) und Frau Dietz\\n15:00 Einzelinterview mit Herrn Hörath und mir\\n\\nBitte bringen Sie einen Personalausweis mit (Werksausweis). Parkplätze finden Sie am Tor 2.\\n\\nFreundliche Grüße\\nClaudia Wunder\\nHR Business Partner Technik\\nFrankonia Brauunion AG\\n\\n
UID:040000008200E00074C5B7101A82E00800000000A0C3F1E64D5BDC01000000000000000010000000E25AC913B8F7C04B9E0A3D17C6F22B41
SUMMARY;LANGUAGE=de-DE:Assessment-Center Produktionsleiter (m/w/d) – Herr Schmitt
DTSTART;TZID=W. Europe Standard Time:20251202T083000
DTEND;TZID=W. Europe Standard Time:20251202T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T143022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:KUL-Schulungsraum Hopfen (24)\\; Frankonia Brauunion AG\\, Werk Kulmbach\\, Tor 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124197632
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"KUL-Schulungsraum Hopfen (24)","LocationAnnotation":"","LocationUri":"kul-schulungsraum-hopfen@frankonia-brauunion.example.de","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Frankonia Brauunion",
        role="Produktionsleiter (m/w/d)",
        stage="onsite",
        interviewers="claudia.wunder@frankonia-brauunion.example.de;bernd.hoerath@frankonia-brauunion.example.de;sabine.dietz@frankonia-brauunion.example.de",
        trap="outlook-assessment-center-room-resource",
        hiring=False,
    ),
    dict(
        kind="outlook-sent-by",
        uid="040000008200E00074C5B7101A82E00800000000F0A52D8B1A63DC01000000000000000010000000B1C7E44A0D9E2F4C8A6D5E3F2B1C0D9E",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Gehring, Matthias Dr.";SENT-BY="mailto:assistenz.vorstand@frankonia-brauunion.example.de":mailto:matthias.gehring@frankonia-brauunion.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Schmitt:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wunder, Claudia":mailto:claudia.wunder@frankonia-brauunion.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Assistenz Vorstand":mailto:assistenz.vorstand@frankonia-brauunion.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Schmitt\\,\\n\\nim Auftrag von Herrn Dr. Gehring (Vorstand Technik & Supply Chain) lade ich Sie zum abschließenden Gespräch für die Position Produktionsleiter (m/w/d) am Standort Kulmbach ein. Teilnehmen wird außerdem Frau Wunder (HR).\\n\\nDauer ca. 60 Minuten\\, anschließend ggf. Vertragsdetails.\\n\\nMit freundlichen Grüßen\\nIngrid Sesselmann\\nAssistenz des Vorstands\\n
UID:040000008200E00074C5B7101A82E00800000000F0A52D8B1A63DC01000000000000000010000000B1C7E44A0D9E2F4C8A6D5E3F2B1C0D9E
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Produktionsleitung - Hr. Schmitt / Dr. Gehring
DTSTART;TZID=W. Europe Standard Time:20251216T110000
DTEND;TZID=W. Europe Standard Time:20251216T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251208T101533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hauptverwaltung Kulmbach\\, Vorstandsetage (3. OG)\\, Besprechungsraum Malz
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrter Herr Schmitt\\,</p><p>im Auftrag von Herrn <b>Dr. Gehring</b> (Vorstand Technik &amp; Supply Chain) lade ich Sie zum abschließenden Gespräch für die Position <b>Produktionsleiter (m/w/d)</b> am Standort Kulmbach ein. Teilnehmen wird außerdem Frau Wunder (HR).</p><p>Dauer ca. 60 Minuten\\, anschließend ggf. Vertragsdetails.</p><p>Mit freundlichen Grüßen<br>Ingrid Sesselmann<br>Assistenz des Vorstands</p></body></html>
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
        is_interview=1,
        company="Frankonia Brauunion",
        role="Produktionsleiter (m/w/d)",
        stage="final",
        interviewers="matthias.gehring@frankonia-brauunion.example.de;claudia.wunder@frankonia-brauunion.example.de",
        trap="outlook-sent-by-assistant-final-board",
        hiring=False,
    ),
    dict(
        kind="personio-invite",
        uid="personio-interview-8815320-aischgrund@personio.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-8815320-aischgrund@personio.example.de
DTSTAMP:20251112T130405Z
DTSTART:20251118T150000Z
DTEND:20251118T153000Z
SUMMARY:Telefoninterview | Qualitätsmanager Malzanalytik (m/w/d) | Mälzerei
  Aischgrund
ORGANIZER;CN=Katrin Bräutigam:mailto:katrin.braeutigam@maelzerei-aischgrund.
 example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;CN=Katrin Bräutigam;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k
 atrin.braeutigam@maelzerei-aischgrund.example.de
LOCATION:Telefon – wir rufen Sie unter +49 170 5528114 an
DESCRIPTION:Hallo Herr Schmitt\\,\\n\\nvielen Dank für Ihr Interesse an der M
 älzerei Aischgrund GmbH & Co. KG. Wie vereinbart ruft Sie Katrin Bräutigam (
 Personal) für ein kurzes telefonisches Kennenlernen an (ca. 30 Min.). Themen
 : Ihr Werdegang\\, Erfahrung mit Malzanalytik nach MEBAK\\, Wechselmotivation
 \\, Verfügbarkeit.\\n\\nViele Grüße\\nIhr Team der Mälzerei Aischgrund\\n\\n--
 \\nVersendet über Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mälzerei Aischgrund",
        role="Qualitätsmanager Malzanalytik (m/w/d)",
        stage="recruiter_screen",
        interviewers="katrin.braeutigam@maelzerei-aischgrund.example.de",
        trap="personio-utc-phone-screen-malting",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="a91f6c0e-3d27-4b58-8e1a-2f4c7d90b613",
        ics="""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251121T184455Z
LAST-MODIFIED:20251121T185210Z
DTSTAMP:20251121T185210Z
UID:a91f6c0e-3d27-4b58-8e1a-2f4c7d90b613
SUMMARY:Mälzerei Aischgrund 2. Gespräch + Laborrundgang
DTSTART:20251128T093000
DTEND:20251128T123000
LOCATION:Neustadt/Aisch\\, Mälzereiweg 4\\, Pforte melden
DESCRIPTION:mit Fr. Dr. Ruckdeschel (Laborleitung) und Hr. Popp (Technischer 
 Leiter).\\nKleiner Analysentest angekündigt: Friabilimeter\\, Extrakt\\, Visko
 sität\\, Kongresswürze – MEBAK nochmal anschauen!!\\nZeugnisse + Braumeister
 brief mitnehmen. Urlaubstag beantragt (Stefan ok).
CLASS:PRIVATE
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Standarderinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mälzerei Aischgrund",
        role="",
        stage="onsite",
        interviewers="Fr. Dr. Ruckdeschel;Hr. Popp",
        trap="thunderbird-floating-lab-test-names-only",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-zone-name",
        uid="040000008200E00074C5B7101A82E0080000000050D7B3A9E066DC01000000000000000010000000C4A2F0E19B3D7A458E6C1D0B9F8E7A65",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_UTC01_DE}BEGIN:VEVENT
ORGANIZER;CN="Sekretariat FS Ebrach":mailto:sekretariat@fachschule-ebrach.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amon, Reinhold (OStD)":mailto:reinhold.amon@fachschule-ebrach.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dippold, Gunda (StDin)":mailto:gunda.dippold@fachschule-ebrach.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Technikum Lehrsudhaus":mailto:raum.technikum@fachschule-ebrach.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Schmitt\\,\\n\\nim Rahmen des Auswahlverfahrens für die Stelle einer Lehrkraft für Brau- und Getränketechnologie (Fachpraxis/Technologie) bitten wir Sie um eine Unterrichtsprobe von 30 Minuten in der Klasse BT2 (Meisterkurs\\, 2. Semester). Thema: „Würzekochung – Ziele\\, Verfahren\\, Kennzahlen (Gesamtverdampfung\\, DMS)“.\\n\\nAnwesend: Herr OStD Amon (Schulleiter)\\, Frau StDin Dippold (Fachbetreuerin Brautechnologie). Beamer und Tafel sind vorhanden.\\n\\nAnschließend (11:00) findet das Auswahlgespräch statt\\, dazu erhalten Sie eine gesonderte Einladung.\\n\\nMit freundlichen Grüßen\\nSekretariat\\n
UID:040000008200E00074C5B7101A82E0080000000050D7B3A9E066DC01000000000000000010000000C4A2F0E19B3D7A458E6C1D0B9F8E7A65
SUMMARY;LANGUAGE=de-DE:Unterrichtsprobe Bewerbung Lehrkraft Brautechnologie - Hr. Schmitt
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260113T094500
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260113T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251217T111907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Technikum Lehrsudhaus
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fachschule für Brau- und Getränketechnik Ebrach",
        role="Lehrkraft für Brau- und Getränketechnologie",
        stage="technical",
        interviewers="reinhold.amon@fachschule-ebrach.example.de;gunda.dippold@fachschule-ebrach.example.de",
        trap="outlook-utc-label-zone-teaching-demo-class",
        hiring=False,
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000070E8C4BAF166DC01000000000000000010000000D5B3015A2C4E8B569F7D2E1CA09F8B76",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Sekretariat FS Ebrach":mailto:sekretariat@fachschule-ebrach.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amon, Reinhold (OStD)":mailto:reinhold.amon@fachschule-ebrach.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dippold, Gunda (StDin)":mailto:gunda.dippold@fachschule-ebrach.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personalrat FS Ebrach (Hr. Zenk)":mailto:personalrat@fachschule-ebrach.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Seuberth, Anja (Gleichstellungsbeauftragte)":mailto:anja.seuberth@fachschule-ebrach.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräch vor der Auswahlkommission im Anschluss an die Unterrichtsprobe. Dauer ca. 45 Min. Ort: Besprechungszimmer der Schulleitung (Raum 1.04).\\n\\nBitte bringen Sie Ihre Originalzeugnisse (Meisterbrief/Braumeisterdiplom) mit.\\n
UID:040000008200E00074C5B7101A82E0080000000070E8C4BAF166DC01000000000000000010000000D5B3015A2C4E8B569F7D2E1CA09F8B76
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Lehrkraft Brau- und Getränketechnologie (Kommission)
DTSTART;TZID=W. Europe Standard Time:20260113T110000
DTEND;TZID=W. Europe Standard Time:20260113T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251217T112244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Raum 1.04 (Schulleitung)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fachschule für Brau- und Getränketechnik Ebrach",
        role="Lehrkraft Brau- und Getränketechnologie",
        stage="onsite",
        interviewers="reinhold.amon@fachschule-ebrach.example.de;gunda.dippold@fachschule-ebrach.example.de;personalrat@fachschule-ebrach.example.de;anja.seuberth@fachschule-ebrach.example.de",
        trap="outlook-windows-zone-no-vtimezone-public-panel",
        hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM84217730951-20260108T160000Z@zoom.us",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{VTZ_VIENNA}BEGIN:VEVENT
DTSTAMP:20251219T104511Z
DTSTART;TZID=Europe/Vienna:20260108T170000
DTEND;TZID=Europe/Vienna:20260108T180000
SUMMARY:Kennenlernen Braumeister Hopfengarten
UID:ZOOM84217730951-20260108T160000Z@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Ferdinand Pölzl lädt Sie zu einem geplanten Zoom-Meeting ein.\\n
 \\nThema: Kennenlernen Braumeister Hopfengarten\\nUhrzeit: 8.Jan.2026 05:00 
 PM Wien\\n\\nGrüß Gott Herr Schmitt\\, wie besprochen a kurzes Videotelefonat 
 mit meiner Frau Resi und mir\\, bevor Sie im Jänner zu uns nach Wien kommen. 
 Wir suchen einen Braumeister für unser Wirtshaus mit 10-hl-Sudhaus (Nachfol
 ge vom Gerhard\\, der in Pension geht).\\n\\nZoom-Meeting beitreten\\nhttps://
 us06web.zoom.us/j/84217730951?pwd=aHpGcWxPa0RvN1ZtR2hQdz09\\n\\nMeeting-ID: 8
 42 1773 0951\\nKenncode: 371904\\n\\n---\\n\\nSchnelleinwahl mobil\\n+43670309
 0165\\,\\,84217730951#\\,\\,\\,\\,*371904# Österreich\\n
LOCATION:https://us06web.zoom.us/j/84217730951?pwd=aHpGcWxPa0RvN1ZtR2hQdz09
ORGANIZER;CN=Ferdinand Pölzl:mailto:ferdl.poelzl@aon.at
ATTENDEE;CN=Theresia Pölzl;ROLE=REQ-PARTICIPANT:mailto:resi.poelzl@aon.at
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauwirtshaus Zum Hopfengarten",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="ferdl.poelzl@aon.at;resi.poelzl@aon.at",
        trap="zoom-austrian-owner-freemail-vienna-zone",
        hiring=False,
    ),
    dict(
        kind="ios-all-day-multi",
        uid="C2D7B9F4-61AE-4F0B-A3D8-95E12C7B4F06",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C2D7B9F4-61AE-4F0B-A3D8-95E12C7B4F06
DTSTAMP:20260109T082044Z
CREATED:20260109T081930Z
LAST-MODIFIED:20260109T082044Z
DTSTART;VALUE=DATE:20260122
DTEND;VALUE=DATE:20260124
SUMMARY:Probearbeiten Wien (Hopfengarten) 2 Tage
LOCATION:Brauwirtshaus Zum Hopfengarten\\, Hernalser Hauptstraße 212\\, 1170 Wien
DESCRIPTION:Do+Fr mitbrauen mit Gerhard Wimmer (Braumeister\\, geht in Pensi
 on)\\, Fr Nachmittag Verkostung mit Ferdl Pölzl + Stammgästen (!)\\nRailjet 
 6:12 ab Bamberg\\, Hotel zahlt Ferdl. Messer\\, Refraktometer\\, Arbeitsschuh
 e einpacken.
TRANSP:TRANSPARENT
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauwirtshaus Zum Hopfengarten",
        role="",
        stage="onsite",
        interviewers="Gerhard Wimmer;Ferdl Pölzl",
        trap="macos-all-day-two-day-trial-work-vienna",
        hiring=False,
    ),
    dict(
        kind="zoom-rescheduled",
        uid="ZOOM86533018842-20260130T150000Z@zoom.us",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
CLASS:PUBLIC
{VTZ_VIENNA}BEGIN:VEVENT
DTSTAMP:20260128T071502Z
DTSTART;TZID=Europe/Vienna:20260202T160000
DTEND;TZID=Europe/Vienna:20260202T170000
SUMMARY:Geändert: Abschlussgespräch Hopfengarten / Hr. Schmitt
UID:ZOOM86533018842-20260130T150000Z@zoom.us
SEQUENCE:1
DESCRIPTION:Ferdinand Pölzl lädt Sie zu einem geplanten Zoom-Meeting ein.\\n
 \\nGrüß Gott Herr Schmitt\\, leider müssen wir den Freitag verschieben (Liefer
 ung Sudhaus-Pumpe). Neuer Termin Montag 2. Feber\\, 16 Uhr. Nach dem Probear
 beiten möchten wir mit Ihnen die letzten Punkte besprechen (Dienstantritt\\, W
 ohnung\\, Sudplan). Unsere Steuerberaterin ist nicht dabei.\\n\\nZoom-Meeting
  beitreten\\nhttps://us06web.zoom.us/j/86533018842?pwd=Wk9yNGFvS2VqQ3pMcHhBdz0
 9\\n\\nMeeting-ID: 865 3301 8842\\nKenncode: 552018\\n
LOCATION:https://us06web.zoom.us/j/86533018842?pwd=Wk9yNGFvS2VqQ3pMcHhBdz09
ORGANIZER;CN=Ferdinand Pölzl:mailto:ferdl.poelzl@aon.at
ATTENDEE;CN=Theresia Pölzl;ROLE=REQ-PARTICIPANT:mailto:resi.poelzl@aon.at
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT:mailto:florian.schmitt.brau@gmx.de
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauwirtshaus Zum Hopfengarten",
        role="",
        stage="final",
        interviewers="ferdl.poelzl@aon.at;resi.poelzl@aon.at",
        trap="zoom-rescheduled-sequence-austrian-feber",
        hiring=False,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000B03E91C7A254DC01000000000000000010000000E6C4126B3D5F9C67A08E3F2DB1A09C87",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BR Verwaltung Besprechung Malz (8)":mailto:raum.malz@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Florian\\,\\n\\ndanke für deine Bewerbung auf die interne Ausschreibung „Stellvertretender Braumeister (m/w/d)“ (Ausschreibung 07/2025). Wie bei allen internen Bewerbungen führen wir ein reguläres Vorstellungsgespräch – mit Stefan Wagner (Braumeister) und mir.\\n\\nBitte vertraulich behandeln\\, der Betriebsrat ist informiert.\\n\\nViele Grüße\\nBirgit\\n\\nBirgit Hofmann\\nPersonalleitung\\nBrauerei Regnitztal GmbH & Co. KG\\n
UID:040000008200E00074C5B7101A82E00800000000B03E91C7A254DC01000000000000000010000000E6C4126B3D5F9C67A08E3F2DB1A09C87
SUMMARY;LANGUAGE=de-DE:Gespräch interne Bewerbung Stellv. Braumeister - F. Schmitt
DTSTART;TZID=W. Europe Standard Time:20251126T133000
DTEND;TZID=W. Europe Standard Time:20251126T143000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251117T090244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BR Verwaltung Besprechung Malz (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Regnitztal",
        role="Stellvertretender Braumeister (m/w/d)",
        stage="hiring_manager",
        interviewers="birgit.hofmann@brauerei-regnitztal.example.de;stefan.wagner@brauerei-regnitztal.example.de",
        trap="outlook-internal-application-own-employer-work-address",
        hiring=False,
    ),
    dict(
        kind="teams-internal",
        uid="040000008200E00074C5B7101A82E00800000000D04FA2D8B365DC01000000000000000010000000F7D5237C4E60AD78B19F403EC2B1AD98",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kestel, Thomas Dr.":mailto:thomas.kestel@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch zur internen Bewerbung (Stellv. Braumeister) mit unserem Geschäftsführer Dr. Thomas Kestel. Er ist an dem Tag in Hamburg\\, daher per Teams.\\n\\n________________________________________________________________________________\\nMicrosoft Teams Besprechung\\nÜber Ihren Computer\\, Ihre mobile App oder Ihr Raumgerät beitreten\\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE5OTk4NjQtMTc3MS00@thread.v2/0>\\nBesprechungs-ID: 318 552 690 417\\nPasscode: Hq2tL9\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000D04FA2D8B365DC01000000000000000010000000F7D5237C4E60AD78B19F403EC2B1AD98
SUMMARY;LANGUAGE=de-DE:Zweitgespräch interne Bewerbung (GF)
DTSTART;TZID=W. Europe Standard Time:20251210T160000
DTEND;TZID=W. Europe Standard Time:20251210T164500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251203T154411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE5OTk4NjQtMTc3MS00@thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:f.schmitt@brauerei-regnitztal.example.de\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZGE5OTk4NjQtMTc3MS00-thread.v2!0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Regnitztal",
        role="Stellv. Braumeister",
        stage="final",
        interviewers="thomas.kestel@brauerei-regnitztal.example.de",
        trap="teams-internal-second-round-managing-director",
        hiring=False,
    ),
]
