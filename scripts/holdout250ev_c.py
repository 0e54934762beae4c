# ruff: noqa: E501, W291
"""holdout250 events, part c: the user's own interviews (Bavarian hospitals, practices, networks, exports,
Bookings, Personio, cancellation, English panel)."""
from holdout250ev_zones import APPLE_BERLIN, APPLE_HEAD, BERLIN, GOOGLE_HEAD, OUTLOOK_HEAD, TB_BERLIN, UTC1, WEST

EVENTS = [
    # C1 Nuremberg Hospitation as part of the application
    dict(kind="google-invite", uid="6b1n4q8t2v5c9k3m7p0s4h8d1r@google.com",
         ics=GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251201T070000
DTEND;TZID=Europe/Berlin:20251201T130000
DTSTAMP:20251119T104412Z
ORGANIZER;CN=Kreißsaal Pegnitzgrund:mailto:kreisssaal.leitung@klinikum-pegn
 itzgrund.de
UID:6b1n4q8t2v5c9k3m7p0s4h8d1r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ramona Seitz;X-NUM-GUESTS=0:mailto:ramona.seitz@klinikum-pegnitzgrund.
 de
CREATED:20251119T104411Z
DESCRIPTION:Liebe Frau Brandl\,\n\nim Rahmen Ihrer Bewerbung als Leitung Kr
 eißsaal laden wir Sie herzlich zur Hospitation ein. Sie begleiten unsere s
 tellv. Leitung Ramona Seitz durch den Frühdienst (inkl. Übergabe 6:45 – bi
 tte pünktlich)\, danach kurzes Feedbackgespräch.\n\nInvitation from Google 
 Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this e
 mail because you are an attendee on the event.
LAST-MODIFIED:20251119T104412Z
LOCATION:Klinikum Nürnberg-Pegnitzgrund\, Frauenklinik\, Kreißsaal Ebene 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hospitation Kreißsaal – Bewerbung Leitung (T. Brandl)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Nürnberg-Pegnitzgrund", role="Leitung Kreißsaal", stage="onsite",
         interviewers="ramona.seitz@klinikum-pegnitzgrund.de", trap="hospitation-in-application-shared-mailbox",
         hiring=False),

    # C2 Personio phone screen
    dict(kind="personio-invite", uid="personio-interview-3e7b91c0-5d24-4f8a-a6e1-2c9b0d7f4a13",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-3e7b91c0-5d24-4f8a-a6e1-2c9b0d7f4a13
DTSTAMP:20251013T090500Z
DTSTART:20251017T073000Z
DTEND:20251017T080000Z
SUMMARY:Interview | Hebamme (m/w/d) – Mutter-Kind-Zentrum Ingolstadt-Donau
 moos
ORGANIZER;CN=Lisa Gruber:mailto:jobs@mkz-ingolstadt.de
ATTENDEE;CN=Lisa Gruber;ROLE=REQ-PARTICIPANT:mailto:lisa.gruber@mkz-ingolst
 adt.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Telefoninterview
DESCRIPTION:Hallo Theresa\,\n\nvielen Dank für deine Bewerbung als Hebamme 
 (m/w/d). Wie besprochen rufe ich dich am Freitag um 9:30 Uhr für ein kurze
 s Telefoninterview an (ca. 30 Min.).\n\nViele Grüße\nLisa Gruber\nHR Manag
 erin\n\nMutter-Kind-Zentrum Ingolstadt-Donaumoos GmbH\n\n---\nGesendet übe
 r Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Mutter-Kind-Zentrum Ingolstadt-Donaumoos", role="Hebamme (m/w/d)",
         stage="recruiter_screen", interviewers="lisa.gruber@mkz-ingolstadt.de",
         trap="personio-utc-du-form", hiring=False),

    # C3 Regensburg, central practice instruction, Outlook with SENT-BY
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Pollinger, Eva";SENT-BY="mailto:sekretariat.bildung@klinikum-
 donaupark.de":mailto:eva.pollinger@klinikum-donaupark.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Dr. Mar
 kus":mailto:markus.haas@klinikum-donaupark.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brandl\,\n\nbezugnehmend auf I
 hre Bewerbung als Zentrale Praxisanleitung Hebammenwesen (m/w/d) laden wir 
 Sie zu einem Vorstellungsgespräch ein. Gesprächspartner: Frau Eva Pollinge
 r (Leitung Bildungszentrum) und Dr. Markus Haas (Studiengangskoordination 
 Kooperation OTH).\n\nBitte bringen Sie den Nachweis Ihrer berufspädagogisc
 hen Zusatzqualifikation (Praxisanleitung\, 300 Std.) mit.\n\nMit freundlich
 en Grüßen\ni.A. Sekretariat Bildungszentrum\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000
 0100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Zentrale Praxisanleitung Hebamm
 enwesen
DTSTART;TZID=W. Europe Standard Time:20251202T100000
DTEND;TZID=W. Europe Standard Time:20251202T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T125543Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Klinikum Regensburg-Donaupark\, Bildungszentrum\, R
 aum B 2.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Regensburg-Donaupark", role="Zentrale Praxisanleitung Hebammenwesen (m/w/d)",
         stage="hiring_manager", interviewers="eva.pollinger@klinikum-donaupark.de;markus.haas@klinikum-donaupark.de",
         trap="praxisanleitung-role-like-user-duties-sent-by", hiring=False),

    # C4 Beleghebamme talk, Google export of her private calendar
    dict(kind="google-export", uid="0r7d2h5k8n1q4t7v0c3m6p9s2b@google.com",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Theresa privat
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251022T163000
DTEND;TZID=Europe/Berlin:20251022T173000
DTSTAMP:20260115T201011Z
UID:0r7d2h5k8n1q4t7v0c3m6p9s2b@google.com
CREATED:20251014T171800Z
DESCRIPTION:Gespräch mit den Belegärzten Dr. Kessler + Dr. Lindqvist und de
 m Beleghebammen-Team wg. Einstieg als Beleghebamme (Dienstbeleg\, 1:1)\nFr
 agen: Haftpflicht? Rufdienste/Monat? Vergütung über Kasse + Pauschale?
LAST-MODIFIED:20251014T171833Z
LOCATION:Privatklinik Maximiliansau\, Maximiliansau 7\, 80538 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Maximiliansau - Gespräch Beleghebamme
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Privatklinik Maximiliansau", role="Beleghebamme", stage="hiring_manager",
         interviewers="Dr. Kessler;Dr. Lindqvist", trap="google-export-beleghebamme-selection", hiring=False),

    # C5 terse phone screen typed on the phone
    dict(kind="apple-event", uid="A92C4E1B-7F30-4D6A-B8E5-0C1F2A3B4D5E",
         ics=APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20251118T061544Z
UID:A92C4E1B-7F30-4D6A-B8E5-0C1F2A3B4D5E
DTEND;TZID=Europe/Berlin:20251121T131500
TRANSP:OPAQUE
SUMMARY:Tel.Int. KF Wertachtal - Hr. Bader ruft an 📞
DTSTART;TZID=Europe/Berlin:20251121T124500
DTSTAMP:20251118T061544Z
SEQUENCE:0
DESCRIPTION:Pause vorher tauschen mit Steffi!
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Kaufbeuren-Wertachtal", role="", stage="recruiter_screen",
         interviewers="Hr. Bader", trap="terse-abbrev-tel-int-place-abbreviation", hiring=False),

    # C6 cancelled by the user (withdrawn), Outlook METHOD:CANCEL
    dict(kind="outlook-cancel", uid="040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC01000000000000000010000000C0FFEE00112233445566778899AABBCC",
         ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Riedl, Johanna":mailto:johanna.riedl@kreisklinik-miesbach-leit
 zach.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Stadler, 
 Michaela":mailto:michaela.stadler@kreisklinik-miesbach-leitzach.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brandl\,\n\nwie telefonisch besproche
 n ziehen Sie Ihre Bewerbung zurück\; wir sagen den Termin daher ab. Alles G
 ute für Ihren weiteren Weg!\n\nJohanna Riedl\nPersonalabteilung\n
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC01000000000000000
 010000000C0FFEE00112233445566778899AABBCC
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Hebamme (m/w/d) Kreißs
 aal – Fr. Brandl
DTSTART;TZID=W. Europe Standard Time:20251126T140000
DTEND;TZID=W. Europe Standard Time:20251126T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251120T081700Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Kreisklinik Miesbach-Leitzach\, Personalabteilung
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Kreisklinik Miesbach-Leitzach", role="Hebamme (m/w/d) Kreißsaal",
         stage="hiring_manager", interviewers="michaela.stadler@kreisklinik-miesbach-leitzach.de",
         trap="outlook-method-cancel-withdrawn", hiring=False),

    # C7 agency Medpersona, Teams, company = client hospital
    dict(kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000D00DFEED0011223344556677889900AA",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Yıldırım, Deniz | Medpersona":mailto:deniz.yildirim@medperson
 a.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zwink, Marti
 na (Klinikum Werdenfelser Land)":mailto:m.zwink@klinikum-werdenfels.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brandl\,\n\nunser Mandant\, das Klinik
 um Werdenfelser Land (Garmisch)\, möchte Sie gerne per Video kennenlernen
 . Gesprächspartnerin ist Frau Martina Zwink\, Leitende Hebamme. Ich moderi
 ere kurz den Einstieg und verlasse dann das Meeting.\n\nPosition: Hebamme 
 m/w/d\, Vollzeit\, Zuschuss Personalwohnung möglich.\n\n_________________
 _______________________________________________________________\nMicrosoft 
 Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 38
 4 009 112 370\nPasscode: a8RtP3\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000
 010000000D00DFEED0011223344556677889900AA
SUMMARY;LANGUAGE=de-DE:Interview Klinikum Werdenfelser Land – Hebamme m/w/d
  (über Medpersona)
DTSTART;TZID=W. Europe Standard Time:20251016T160000
DTEND;TZID=W. Europe Standard Time:20251016T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T143001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Werdenfelser Land", role="Hebamme m/w/d", stage="hiring_manager",
         interviewers="m.zwink@klinikum-werdenfels.de", trap="agency-organizer-mandant-client", hiring=False),

    # C8 church hospital with MAV
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000010000000ABCDEFABCDEF0123456789ABCDEF0123",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC1 + r"""BEGIN:VEVENT
ORGANIZER;CN="Sr. M. Benedikta Huber":mailto:pflegedirektion@st-anna-passau
 .de
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
ATTENDEE;CN="Dr. Peter Moosbauer (Chefarzt)";RSVP=TRUE:mailto:peter.moosba
 uer@st-anna-passau.de
ATTENDEE;CN="MAV – Mitarbeitervertretung";ROLE=OPT-PARTICIPANT:mailto:mav@s
 t-anna-passau.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nherzlichen Dank für Ihre Bewerbun
 g als Leitende Hebamme in unserem Haus. Zum Vorstellungsgespräch erwarten 
 Sie Sr. M. Benedikta Huber (Pflegedirektorin) und Chefarzt Dr. Moosbauer. 
 Als Einrichtung in kirchlicher Trägerschaft legen wir Wert auf die Identif
 ikation mit unserem Leitbild\; die MAV ist beteiligt.\n\nGottes Segen und 
 freundliche Grüße\n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 260113T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2026
 0113T113000
DTSTAMP:20251222T091415Z
LOCATION:St.-Anna-Klinik Passau-Innstadt\, Pflegedirektion
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Leitende Hebamme
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000
 010000000ABCDEFABCDEF0123456789ABCDEF0123
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="St.-Anna-Klinik Passau", role="Leitende Hebamme", stage="hiring_manager",
         interviewers="pflegedirektion@st-anna-passau.de;peter.moosbauer@st-anna-passau.de",
         trap="church-hospital-function-mailbox-organizer", hiring=False),

    # C9 online course academy, Zoom
    dict(kind="zoom-invite", uid="zoom-84119027731-20251028@wiegenwissen.de",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:zoom-84119027731-20251028@wiegenwissen.de
DTSTAMP:20251021T190002Z
DTSTART;TZID=Europe/Berlin:20251028T200000
DTEND;TZID=Europe/Berlin:20251028T204500
SUMMARY:Kennenlernen Kursleitung Online-Geburtsvorbereitung – Wiegenwissen
ORGANIZER;CN=Carla Wiesinger:mailto:carla@wiegenwissen.de
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
LOCATION:https://us06web.zoom.us/j/84119027731?pwd=V2llZ2Vud2lzc2Vu
DESCRIPTION:Hallo Theresa\,\n\ndanke für deine Bewerbung als Kursleitung (H
 onorarbasis\, 2 Abendkurse/Woche). Im Gespräch würde ich gern auch eine kur
 ze Sequenz (5 Min.) „Atmung in der Eröffnungsphase“ sehen – so wie du es
  im Kurs erklären würdest.\n\nCarla Wiesinger lädt Sie zu einem geplanten 
 Zoom-Meeting ein.\n\nZoom-Meeting beitreten\nhttps://us06web.zoom.us/j/841
 19027731?pwd=V2llZ2Vud2lzc2Vu\n\nMeeting-ID: 841 1902 7731\nKenncode: 4471
 22\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Wiegenwissen", role="Kursleitung Online-Geburtsvorbereitung", stage="hiring_manager",
         interviewers="carla@wiegenwissen.de", trap="zoom-kennenlernen-with-teaching-sample", hiring=False),

    # C10 applicant day with group interview
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000BEEFBEEF0123456789ABCDEF01234567",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Recruiting Klinikum Obermenzing-Würm":mailto:karriere@klinikum
 -obermenzing.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Bewerberinnen und Bewerber\,\n\nherzlich w
 illkommen zu unserem Bewerbertag Hebammen! Ablauf:\n09:00 Begrüßung durch
  die Pflegedirektorin Frau Angelika Reindl\n09:30 Kreißsaalführung\n10:3
 0 Gruppeninterview (Fallbeispiel: protrahierte Geburt)\n12:00 Einzelgesp
 räche mit Frau Reindl und der Leitenden Hebamme Frau Nadine Kuffner\n13:30
  Ende\n\nBitte Lebenslauf und Examenszeugnis mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000
 010000000BEEFBEEF0123456789ABCDEF01234567
SUMMARY;LANGUAGE=de-DE:Bewerbertag Hebammen – Klinikum Obermenzing-Würm
DTSTART;TZID=W. Europe Standard Time:20251107T090000
DTEND;TZID=W. Europe Standard Time:20251107T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Klinikum Obermenzing-Würm\, Hörsaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Obermenzing-Würm", role="Hebamme", stage="onsite",
         interviewers="Angelika Reindl;Nadine Kuffner", trap="bewerbertag-group-interview-bulk-invite", hiring=False),

    # C11 Microsoft Bookings phone interview
    dict(kind="bookings-invite", uid="040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000B00C1A6590AB1CDEF2345678901ABCDE",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Karriere Geburtsklinik am Englischen Garten:mailto:Karriere@ga
 eg-muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theresa Br
 andl:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Verena Holzap
 fel:mailto:verena.holzapfel@gaeg-muenchen.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Telefon
 interview Hebamme Kreißsaal\nMitarbeiter: Verena Holzapfel (Personalrefere
 ntin)\nDauer: 20 Minuten\n\nWir rufen Sie unter der angegebenen Nummer an.
 \n\nBuchung verwalten: https://outlook.office365.com/owa/calendar/Karriere
 GaEG@gaeg-muenchen.de/bookings/\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000
 010000000B00C1A6590AB1CDEF2345678901ABCDE
SUMMARY;LANGUAGE=de-DE:Telefoninterview Hebamme Kreißsaal
DTSTART;TZID=W. Europe Standard Time:20251023T081500
DTEND;TZID=W. Europe Standard Time:20251023T083500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251019T212230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Geburtsklinik am Englischen Garten", role="Hebamme Kreißsaal",
         stage="recruiter_screen", interviewers="verena.holzapfel@gaeg-muenchen.de",
         trap="bookings-user-books-as-customer", hiring=False),

    # C12 hand-typed follow-up
    dict(kind="apple-event", uid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
         ics=APPLE_HEAD + r"""BEGIN:VEVENT
CREATED:20251028T140033Z
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
DTEND:20251105T113000
TRANSP:OPAQUE
SUMMARY:GaEG Vorstellung 10:30 – Fr. Dr. Albrecht + Hebammenleitung
DTSTART:20251105T103000
DTSTAMP:20251028T140033Z
LOCATION:Geburtsklinik am Englischen Garten
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Geburtsklinik am Englischen Garten", role="", stage="hiring_manager",
         interviewers="Fr. Dr. Albrecht", trap="hand-typed-acronym-floating", hiring=False),

    # C13 cooperative of freelance midwives, founder on t-online
    dict(kind="thunderbird-invite", uid="8b3e0c17-4f2a-49d6-9e85-c71a0b2d3f64",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + TB_BERLIN + r"""BEGIN:VEVENT
CREATED:20251111T072302Z
LAST-MODIFIED:20251111T072455Z
DTSTAMP:20251111T072455Z
UID:8b3e0c17-4f2a-49d6-9e85-c71a0b2d3f64
SUMMARY:Treffen wg. Bewerbung / Mitarbeit im Hebammenverbund Oberland
ORGANIZER;CN=Resi Gschwendtner:mailto:resi.gschwendtner@t-online.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Theresa Bra
 ndl:mailto:theresa.brandl@web.de
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Leni Brandhube
 r:mailto:leni.brandhuber@t-online.de
DTSTART;TZID=Europe/Berlin:20251122T100000
DTEND;TZID=Europe/Berlin:20251122T113000
LOCATION:Gasthof zur Post\, Holzkirchen (Nebenstüberl)
DESCRIPTION:Servus Theresa\, wie am Telefon: Leni (Vorstand) und ich würden
  dich gern kennenlernen\, bevor wir im Verbund über deine Aufnahme als ang
 estellte Hebamme für Wochenbett und Kurse abstimmen. Bring gern deinen Leb
 enslauf mit. Resi
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Hebammenverbund Oberland", role="angestellte Hebamme für Wochenbett und Kurse",
         stage="hiring_manager", interviewers="resi.gschwendtner@t-online.de;leni.brandhuber@t-online.de",
         trap="freemail-cooperative-in-a-gasthof", hiring=False),

    # C14 Hospitationstag, Google export with X-WR-CALNAME
    dict(kind="google-export", uid="5s8v1c4m7p0t3b6d9h2k5n8q1r@google.com",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen 2025/26
X-WR-TIMEZONE:Europe/Berlin
X-WR-CALDESC:
BEGIN:VEVENT
DTSTART:20260121T060000Z
DTEND:20260121T140000Z
DTSTAMP:20260125T103000Z
UID:5s8v1c4m7p0t3b6d9h2k5n8q1r@google.com
CREATED:20260109T180212Z
DESCRIPTION:Hospitationstag im Rahmen der Bewerbung (Hebamme Kreißsaal 80%)
 . Treffpunkt 7 Uhr Kreißsaal\, Ansprechpartnerin Frau Kerstin Aschauer (st
 v. Leitende Hebamme). Anfahrt: Zug bis Traunstein\, dann Bus 9511.
LAST-MODIFIED:20260109T180301Z
LOCATION:Klinikum Chiemgau-Süd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hospitationstag Kreißsaal Chiemgau-Süd
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Chiemgau-Süd", role="Hebamme Kreißsaal 80%", stage="onsite",
         interviewers="Kerstin Aschauer", trap="google-export-utc-hospitationstag", hiring=False),

    # C15 MVZ second interview via Personio
    dict(kind="personio-invite", uid="personio-interview-9a0c2e41-7b63-4d85-bf12-6e4a8c0d2f57",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-9a0c2e41-7b63-4d85-bf12-6e4a8c0d2f57
DTSTAMP:20260112T112000Z
DTSTART:20260116T130000Z
DTEND:20260116T140000Z
SUMMARY:Einladung: Zweitgespräch – Hebamme in der Schwangerenvorsorge (m/w
 /d)
ORGANIZER;CN=MVZ Frauengesundheit Schwabing:mailto:jobs@mvz-frauengesundhe
 it-schwabing.de
ATTENDEE;CN=Dr. med. Isabel Reichenbach;ROLE=REQ-PARTICIPANT:mailto:i.reich
 enbach@mvz-frauengesundheit-schwabing.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:MVZ Frauengesundheit Schwabing\, Belgradstraße 41\, 80796 München
DESCRIPTION:Hallo Frau Brandl\,\n\nnach unserem ersten Telefonat lädt Sie 
 Frau Dr. Reichenbach (Ärztliche Leitung) zum Zweitgespräch mit kurzer Pra
 xisführung ein. Wenn alles passt\, besprechen wir im Anschluss auch die Ve
 rtragsdetails.\n\nViele Grüße\nIhr MVZ-Team\n\n---\nGesendet über Person
 io
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="MVZ Frauengesundheit Schwabing", role="Hebamme in der Schwangerenvorsorge (m/w/d)",
         stage="final", interviewers="i.reichenbach@mvz-frauengesundheit-schwabing.de",
         trap="zweitgespraech-with-contract-talk", hiring=False),

    # C16 Webex, Diakonie hospital
    dict(kind="webex-invite", uid="3f8a1c6e9b2d4f7a0c3e6b9d2f5a8c1e@diakonie-isarwinkel.webex.com",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:3f8a1c6e9b2d4f7a0c3e6b9d2f5a8c1e@diakonie-isarwinkel.webex.com
DTSTAMP:20251204T081000Z
DTSTART;TZID=Europe/Berlin:20251211T161500
DTEND;TZID=Europe/Berlin:20251211T170000
SUMMARY:Vorstellungsgespräch Leitung Kreißsaal – Diakonie-Klinik Isarwinkel
ORGANIZER;CN=Heike Gramsamer:mailto:heike.gramsamer@diakonie-isarwinkel.de
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
ATTENDEE;CN=Pfarrer Dr. Jens Ohlendorf (Vorstand);RSVP=TRUE:mailto:jens.ohle
 ndorf@diakonie-isarwinkel.de
LOCATION:Webex
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nanbei die Einladung zu Ihrem Vors
 tellungsgespräch per Webex mit Frau Gramsamer (Pflegedirektion) und Herrn P
 farrer Dr. Ohlendorf (theologischer Vorstand).\n\n-- Webex-Meeting beitret
 en --\nhttps://diakonie-isarwinkel.webex.com/diakonie-isarwinkel/j.php?MTID
 =m55e1c0a9\nMeeting-Kennnummer: 2788 410 3361\nPasswort: Kreissaal1\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Diakonie-Klinik Isarwinkel", role="Leitung Kreißsaal", stage="hiring_manager",
         interviewers="heike.gramsamer@diakonie-isarwinkel.de;jens.ohlendorf@diakonie-isarwinkel.de",
         trap="webex-pastor-on-panel", hiring=False),

    # C17 English-language panel at an international private clinic
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000FACE0FF1CE0123456789ABCDEF012345",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="People Team IBC";SENT-BY="mailto:olivia.brennan@ibc-munich.com
 ":mailto:people@ibc-munich.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitfield, Ha
 nnah (Director of Midwifery)":mailto:hannah.whitfield@ibc-munich.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Raphael M
 ontoya":mailto:raphael.montoya@ibc-munich.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="IBC Board R
 oom 4th floor":mailto:boardroom4@ibc-munich.com
DESCRIPTION;LANGUAGE=en-GB:Dear Theresa\,\n\nthank you for your application 
 for Senior Midwife (Delivery Suite). We would like to invite you to a pane
 l interview with Hannah Whitfield (Director of Midwifery) and Dr. Raphael M
 ontoya (Consultant Obstetrician). The panel includes a short scenario on a
  postpartum haemorrhage (PPH) and a discussion on continuity-of-carer mode
 ls. Most of our families are English-speaking expats\; please expect the i
 nterview in English.\n\nKind regards\,\nOlivia Brennan\nPeople Team\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000
 010000000FACE0FF1CE0123456789ABCDEF012345
SUMMARY;LANGUAGE=en-GB:Panel interview – Senior Midwife (Delivery Suite)
DTSTART;TZID=W. Europe Standard Time:20251203T140000
DTEND;TZID=W. Europe Standard Time:20251203T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T102020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:IBC Board Room 4th floor
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="International Birth Clinic Munich", role="Senior Midwife (Delivery Suite)",
         stage="onsite", interviewers="hannah.whitfield@ibc-munich.com;raphael.montoya@ibc-munich.com",
         trap="english-panel-shared-mailbox-sent-by", hiring=False),
]
