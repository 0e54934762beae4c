# ruff: noqa: E501, W291
"""holdout236 events, part g: the user on the hiring side at her own university (written blind)."""

from holdout236ev_tz import BERLIN_APPLE, BERLIN_G, BERLIN_TB, WEUROPE


def _neg(kind, uid, trap, ics, eol="crlf"):
    return dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap, ics=ics, eol=eol)


EVENTS = [
    _neg("bk-sitzung", "040000008200E00074C5B7101A82E00800000000AB01CD02EF03DC0100000000000000001000000011112222333344445555666677778888",
         "user-as-interviewer-berufungskommission-shortlisting",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dekanat Biologie und Psychologie";SENT-BY="mailto:petra.nolte@uni-lichtenberg.de":mailto:dekanat.biologie@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Thormählen, Gesa Prof. Dr.":mailto:gesa.thormaehlen@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Ostrowski, Jan Prof. Dr.":mailto:jan.ostrowski@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Gleichstellungsbeauftragte Fakultät":mailto:gleichstellung.bio@uni-lichtenberg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GZMB Sitzungszimmer 0.118":mailto:gzmb-0118@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Mitglieder der Berufungskommission\,\n\nzur 3. Sitzung (Auswahl der zu Vorstellungsvorträgen Einzuladenden) lade ich im Auftrag der Vorsitzenden ein. Die Synopse der 41 Bewerbungen liegt ab Montag im geschützten Ordner (StudIP\, Veranstaltung „BK W3 Allg. Mikrobiologie“). Bitte bringen Sie Ihre Voten (A/B/C) mit.\n\nTOP 1 Protokoll 2. Sitzung\nTOP 2 Diskussion der Bewerbungen\nTOP 3 Festlegung der Einzuladenden und der Termine\nTOP 4 Verschiedenes\n\nMit freundlichen Grüßen\nPetra Nolte\n
UID:040000008200E00074C5B7101A82E00800000000AB01CD02EF03DC0100000000000000001000000011112222333344445555666677778888
SUMMARY;LANGUAGE=de-DE:BK W3 Allg. Mikrobiologie (Nachfolge Wieland) – 3. Sitzung
DTSTART;TZID=W. Europe Standard Time:20251208T140000
DTEND;TZID=W. Europe Standard Time:20251208T170000
DTSTAMP:20251117T081500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GZMB Sitzungszimmer 0.118
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("anhoerung", "040000008200E00074C5B7101A82E00800000000AB11CD12EF13DC01000000000000000010000000999900001111222233334444AAAABBBB",
         "user-as-interviewer-berufungskommission-hearing-day",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dekanat Biologie und Psychologie";SENT-BY="mailto:petra.nolte@uni-lichtenberg.de":mailto:dekanat.biologie@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Thormählen, Gesa Prof. Dr.":mailto:gesa.thormaehlen@uni-lichtenberg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Biologie HS MN 08":mailto:hs-mn08@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsvorträge im Berufungsverfahren W3-Professur für Allgemeine Mikrobiologie (Nachfolge Prof. Dr. R. Wieland)\n\n09:00 Dr. Sarah Kühn (Würzburg)\n10:45 PD Dr. Martin Ebeling (Bonn)\n13:30 Dr. Julia Santos (Lissabon)\n\nJeweils 30 Min. Vortrag + 15 Min. Diskussion (hochschulöffentlich)\, Lehrvortrag 20 Min.\, danach Gespräch mit der Kommission (nicht öffentlich\, Raum 0.118). Gesprächsleitfaden und Bewertungsbogen anbei.\n
UID:040000008200E00074C5B7101A82E00800000000AB11CD12EF13DC01000000000000000010000000999900001111222233334444AAAABBBB
SUMMARY;LANGUAGE=de-DE:Vorstellungsvorträge BK Nachfolge Wieland – Tag 1
DTSTART;TZID=W. Europe Standard Time:20260129T083000
DTEND;TZID=W. Europe Standard Time:20260129T173000
DTSTAMP:20251215T100500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Biologie HS MN 08
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("kommissionsgespraeche", "a0e3c8b1-77d4-4e1a-9c0b-5e2f6a7d8c93",
         "user-as-interviewer-kommissionsgespraeche-thunderbird",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251216T091200Z
LAST-MODIFIED:20260128T190000Z
DTSTAMP:20260128T190000Z
UID:a0e3c8b1-77d4-4e1a-9c0b-5e2f6a7d8c93
SUMMARY:BK Wieland Tag 2: Ebeling-Nachgespräch\, Aaltonen\, Demir\, Petrović
DTSTART;TZID=Europe/Berlin:20260130T090000
DTEND;TZID=Europe/Berlin:20260130T163000
LOCATION:MN 08 / 0.118
DESCRIPTION:Ich frage jeweils zu Lehre + S2-Infrastruktur (Frage 4 und 7 
 im Leitfaden). Aaltonen per Zoom zugeschaltet (Link von Petra). Bewertungs
 bögen direkt nach jedem Gespräch ausfüllen.
END:VEVENT
END:VCALENDAR
"""),
    _neg("listenberatung", "040000008200E00074C5B7101A82E00800000000AB21CD22EF23DC01000000000000000010000000CCCCDDDDEEEEFFFF0000111122223333",
         "user-as-interviewer-berufungsliste-ranking-meeting",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Thormählen, Gesa Prof. Dr.":mailto:gesa.thormaehlen@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ostrowski, Jan Prof. Dr.":mailto:jan.ostrowski@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Kolleginnen und Kollegen\,\nin der 5. Sitzung wollen wir auf Grundlage der Vorträge\, Gespräche und Bewertungsbögen eine vorläufige Reihung beschließen und die auswärtigen Gutachter:innen benennen (vergleichende Gutachten). Bitte Vorschläge für Gutachter:innen vorab an mich.\nBeste Grüße\nGesa Thormählen\n\nZoom (für Externe): https://uni-lichtenberg.zoom-x.de/j/61200488312\n
UID:040000008200E00074C5B7101A82E00800000000AB21CD22EF23DC01000000000000000010000000CCCCDDDDEEEEFFFF0000111122223333
SUMMARY;LANGUAGE=de-DE:BK Allg. Mikrobiologie: 5. Sitzung – Reihung\, Gutachter:innen
DTSTART;TZID=W. Europe Standard Time:20260218T150000
DTEND;TZID=W. Europe Standard Time:20260218T170000
DTSTAMP:20260202T140000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GZMB 0.118 / Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("candidate-reply", "2c7f1e0d9b8a@uni-lichtenberg.de",
         "user-as-interviewer-candidate-accepted-reply",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260211T090000Z
DTEND:20260211T100000Z
DTSTAMP:20260203T181514Z
ORGANIZER;CN=Anja Roth:mailto:anja.roth@uni-lichtenberg.de
UID:2c7f1e0d9b8a@uni-lichtenberg.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobia
 s Grünwald;X-NUM-GUESTS=0:mailto:tobias.gruenwald97@gmail.com
SUMMARY:Accepted: Vorstellungsgespräch Promotionsstelle AG Roth (SFB 1456\, 
 Projekt B04) @ Wed Feb 11\, 2026 10am - 11am (CET) (anja.roth@uni-lichtenb
 erg.de)
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("phd-applicant-zoom", "040000008200E00074C5B7101A82E00800000000AB31CD32EF33DC010000000000000000100000004444555566667777888899990000AAAA",
         "user-as-interviewer-phd-applicant-english-zoom",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aditi.rao.micro@outlook.com:mailto:aditi.rao.micro@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Stein, Jakob":mailto:jakob.stein@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=en-US:Dear Aditi\,\n\nthank you for your application for the PhD position in my group (DFG priority programme SPP 2389\, persister formation in Pseudomonas biofilms). I would like to invite you to an interview via Zoom. Please prepare a short presentation (10 min) on your Master's project. My postdoc Jakob Stein will join us.\n\nBest wishes\,\nAnja Roth\n\nJoin Zoom Meeting\nhttps://uni-lichtenberg.zoom-x.de/j/64419020077?pwd=YWdSb3Ro\n
UID:040000008200E00074C5B7101A82E00800000000AB31CD32EF33DC010000000000000000100000004444555566667777888899990000AAAA
SUMMARY;LANGUAGE=en-US:Interview PhD position SPP 2389 – Aditi Rao
DTSTART;TZID=W. Europe Standard Time:20260210T090000
DTEND;TZID=W. Europe Standard Time:20260210T094500
DTSTAMP:20260202T163000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("postdoc-candidate-visit", "e5d4c3b2-a190-4f8e-b7d6-c5b4a3928170",
         "user-as-interviewer-postdoc-candidate-visit",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260303T111111Z
LAST-MODIFIED:20260303T111200Z
DTSTAMP:20260303T111200Z
UID:e5d4c3b2-a190-4f8e-b7d6-c5b4a3928170
SUMMARY:Besuch Dr. Lukas Brenner (Postdoc-Stelle): Vortrag AG-Seminar + 
 Laborrundgang + Gespräch
ORGANIZER;CN="Anja Roth":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN="Lukas Br
 enner":mailto:l.brenner@posteo.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN="AG Roth"
 :mailto:ag-roth@uni-lichtenberg.de
DTSTART;TZID=Europe/Berlin:20260317T100000
DTEND;TZID=Europe/Berlin:20260317T140000
LOCATION:GZMB\, Seminarraum 1.112 / S2-Labor 1.205
DESCRIPTION:10:00 Vortrag Lukas (30 min) im AG-Seminar\, danach Laborrund
 gang mit Mira (S2-Belehrung kurz!)\, 12:00 Mittag Mensa Nord mit der AG\, 1
 3:00 Gespräch mit mir. Stelle: TV-L E13\, 100 %\, 3 Jahre\, Projekt SFB B0
 4.
END:VEVENT
END:VCALENDAR
"""),
    _neg("notizen", "8A3F1C2E-6B0D-4E95-A7C4-1D2E3F4A5B6C",
         "user-as-interviewer-handtyped-candidate-notes",
         r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20260211T114200Z
UID:8A3F1C2E-6B0D-4E95-A7C4-1D2E3F4A5B6C
DTSTART;TZID=Europe/Berlin:20260211T113000
DTEND;TZID=Europe/Berlin:20260211T120000
DTSTAMP:20260211T120455Z
SEQUENCE:0
SUMMARY:Notizen PhD-Runde B04
DESCRIPTION:Aditi: stark in Genetik\, Klonierung sicher\, Visum dauert ca
 . 3 Mon.!\nTobias G.: Metagenomik gut\, Laborpraxis dünn\, sehr motiviert.
 \nJian: Zoom abgebrochen\, nachholen?\n-> Aditi auf 1\, Tobias 2. Mit Tim 
 abstimmen.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    _neg("bookings-host", "bookings-7e10c3fa-2a4d-4e0b-9b9e-3d4d1c7a6e52",
         "user-as-interviewer-bookings-host-hiwi-applicants",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="AG Roth Mikrobiologie - Termine":mailto:AGRothMikrobiologie@unilichtenberg.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marlene Vogt:mailto:marlene.vogt@stud.uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Kennenlernen HiWi-Stelle S2-Labor (20 Min.)\nKunde: Marlene Vogt\nE-Mail: marlene.vogt@stud.uni-lichtenberg.de\nTelefon: 0176 44190321\nNotizen des Kunden: BSc Biologie 5. Semester\, Praktikum Mikrobiologie II mit 1\,3 abgeschlossen\, 8 h/Woche möglich.\n\nMitarbeiter: Anja Roth\n\nMicrosoft Bookings\n
UID:bookings-7e10c3fa-2a4d-4e0b-9b9e-3d4d1c7a6e52
SUMMARY;LANGUAGE=de-DE:Kennenlernen HiWi-Stelle S2-Labor: Marlene Vogt
DTSTART;TZID=W. Europe Standard Time:20260423T123000
DTEND;TZID=W. Europe Standard Time:20260423T125000
DTSTAMP:20260416T200011Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Büro 1.203
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("agency-candidate", "hays-cv-3318402-termin@hays.de",
         "user-as-interviewer-agency-sends-bta-candidate",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kemper, Daniela":mailto:daniela.kemper@hays.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Prof. Roth\,\n\nwie telefonisch besprochen stelle ich Ihnen für die Elternzeitvertretung als Biologisch-technische Assistenz (S2\, 12 Monate\, Arbeitnehmerüberlassung) Frau Selin Kaya vor. Das anonymisierte Profil (Ref. 3318402) finden Sie im Anhang. Frau Kaya hat 4 Jahre Erfahrung in einem S2-Routinelabor (MRSA-Diagnostik).\n\nVorstellungsgespräch bei Ihnen vor Ort\; ich begleite Frau Kaya.\n\nBeste Grüße\nDaniela Kemper\nHays AG – Life Sciences\, Hannover\n
UID:hays-cv-3318402-termin@hays.de
SUMMARY;LANGUAGE=de-DE:Hays | Kandidatenvorstellung BTA (Ref. 3318402) – Fr. Kaya
DTSTART;TZID=W. Europe Standard Time:20260325T100000
DTEND;TZID=W. Europe Standard Time:20260325T110000
DTSTAMP:20260318T084512Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Uni\, GZMB\, Büro Prof. Roth
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("probetag", "c9b8a7d6-e5f4-4321-8fed-cba987654321",
         "user-as-interviewer-trial-day-supervised-in-lab",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260326T080000Z
LAST-MODIFIED:20260326T080100Z
DTSTAMP:20260326T080100Z
UID:c9b8a7d6-e5f4-4321-8fed-cba987654321
SUMMARY:Probearbeitstag Fr. Kaya (BTA) im S2-Labor
DTSTART;TZID=Europe/Berlin:20260401T080000
DTEND;TZID=Europe/Berlin:20260401T150000
LOCATION:S2-Labor 1.205
DESCRIPTION:Einweisung + Sicherheitsbelehrung durch Mira (Beauftragte Bio
 S)\, dann Plattieren/MHK-Test mitlaufen. Ich schaue 11 Uhr + 14:30 rein\, 
 danach kurze Rückmeldung an Hays (Fr. Kemper).
END:VEVENT
END:VCALENDAR
"""),
    _neg("auswahl-abstimmung", "0m2n4b6v8c0x2z4a6s8d@google.com",
         "user-as-interviewer-selection-debrief-with-co-supervisor",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260213T083000
DTEND;TZID=Europe/Berlin:20260213T090000
DTSTAMP:20260211T130044Z
ORGANIZER;CN=Tim Bredow:mailto:tim.bredow@uni-lichtenberg.de
UID:0m2n4b6v8c0x2z4a6s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth@uni-lichtenberg.de;X-NUM-GUESTS=0:mailto:anja.roth@uni-li
 chtenberg.de
DESCRIPTION:Kurz abstimmen\, wen wir für B04 nehmen (Aditi vs. Tobias)\, d
 amit ich der Personalabteilung die Einstellung melden kann. Absagen an die
  anderen gehen über dich?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:B04 PhD-Besetzung – kurze Abstimmung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("interview-days", "glug-gs-interviewdays-2026@uni-lichtenberg.de",
         "user-as-interviewer-graduate-school-interview-days",
         r"""BEGIN:VCALENDAR
PRODID:-//Georg-Lichtenberg-Universitaet//Graduiertenschule GLGS//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:glug-gs-interviewdays-2026@uni-lichtenberg.de
DTSTAMP:20260105T090000Z
DTSTART;VALUE=DATE:20260302
DTEND;VALUE=DATE:20260305
SUMMARY:GLGS Molecular Biosciences – Selection Interviews (faculty)
DESCRIPTION:Dear faculty members\,\n\nthe interview days for the Internatio
 nal PhD/MSc programmes take place 2-4 March. Each interview panel (3 facu
 lty) meets 6-8 applicants per day\; please check your panel assignment an
 d the applicant files in the selection portal. Scoring sheets must be sub
 mitted on the same day.\n\nGraduate School Office
LOCATION:GZMB Seminar rooms 0.116-0.118
ORGANIZER;CN=GLGS Office:mailto:glgs-office@uni-lichtenberg.de
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    _neg("bewertungsboegen", "5F6E7D8C-9B0A-4132-8475-A6B7C8D9E0F1",
         "user-as-interviewer-scorecard-deadline",
         r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260130T170512Z
UID:5F6E7D8C-9B0A-4132-8475-A6B7C8D9E0F1
DTSTART;VALUE=DATE:20260204
DTEND;VALUE=DATE:20260205
DTSTAMP:20260130T170533Z
SEQUENCE:0
SUMMARY:Frist: Bewertungsbögen BK Wieland an Petra (Dekanat)
DESCRIPTION:alle 6 Kandidat:innen\, auch Aaltonen (Zoom). Kriterien Forsch
 ung/Lehre/Drittmittel/Passung.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
