"""holdout160 events, part f: the user on the hiring side at Elektro Neckartal (negatives).

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "zeitarbeit-mitarbeitervorstellung",
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB01000000000000000010000000EE05",
        0, "", "", "", "", "user-as-interviewer-agency-sends-temp-worker",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Dispo Stuttgart - Schwabenpower Zeitarbeit":mailto:dispo.stuttgart@schwabenpower-za.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nwie gewünscht stellen wir
  Ihnen Herrn Dorin Popescu vor (Elektroniker\, 8 Jahre Erfahrung Wohnungsb
 au\, Führerschein B\, Deutsch B1). Profil anbei. Herr Popescu kommt zum Ke
 nnenlernen auf Ihre Baustelle\, Einsatzbeginn wäre KW 14.\n\nBitte geben S
 ie uns nach dem Termin kurz Rückmeldung.\n\nMfG\nDisposition Schwabenpower
  Zeitarbeit GmbH
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB01000000000000000010000000EE05
SUMMARY;LANGUAGE=de-DE:Vorstellung Mitarbeiter Hr. Popescu (Elektroniker) - Einsatz KW 14
DTSTART;TZID=W. Europe Standard Time:20250326T073000
DTEND;TZID=W. Europe Standard Time:20250326T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BV Wohnpark Vaihingen\, Baucontainer
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bewerber-zusage-reply", "040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB01000000000000000010000000FF06",
        0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB01000000000000000010000000FF06
DTSTAMP:20250307T192211Z
DTSTART;TZID=W. Europe Standard Time:20250312T160000
DTEND;TZID=W. Europe Standard Time:20250312T170000
SUMMARY:Angenommen: Vorstellungsgespräch Elektroniker (m/w/d) - Sven Roth
ORGANIZER;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;PARTSTAT=ACCEPTED;CN=Sven Roth:mailto:sven.roth87@web.de
COMMENT:Hallo Herr Albrecht\, passt\, ich komme direkt nach der Arbeit. Gruß
  S. Roth
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hwk-pruefungsausschuss", "hwk-prf-2025-ss-egt-0417-albrecht@hwk-stuttgart.de",
        0, "", "", "", "", "user-as-interviewer-gesellenpruefung-fachgespraech-board",
        r"""BEGIN:VCALENDAR
PRODID:-//Handwerkskammer Region Stuttgart//Pruefungswesen//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:hwk-prf-2025-ss-egt-0417-albrecht@hwk-stuttgart.de
DTSTAMP:20250303T080000Z
DTSTART;TZID=Europe/Berlin:20250417T073000
DTEND;TZID=Europe/Berlin:20250417T170000
SUMMARY:Gesellenprüfung Teil 2 Elektroniker/-in EGT - Prüfungsausschuss 3
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nals Mitglied des Gesellenprüfun
 gsausschusses (Arbeitgebervertreter) laden wir Sie zur Abnahme der Arbeits
 aufgabe und der situativen Fachgespräche ein. Prüflinge: 8\, Gruppe B.\n\n
 Ort: Bildungsakademie Stuttgart-Weilimdorf\, Werkstatt E2\n\nDie Bewertungs
 bögen liegen vor Ort bereit. Entschädigung nach Entschädigungsregelung.\n\
 nAbteilung Prüfungswesen\nHandwerkskammer Region Stuttgart
LOCATION:Bildungsakademie Weilimdorf\, Werkstatt E2
ORGANIZER;CN=HWK Prüfungswesen:mailto:pruefungswesen@hwk-stuttgart.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j.albrecht@elektro-neckartal.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bewerbergespraech-bauleitung-gf",
        "040000008200E00074C5B7101A82E008000000000A1B2C3D4E5FDB0100000000000000001000000007A7",
        0, "", "", "", "", "user-as-interviewer-panel-with-gf-exchange",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Neckartal, Fr
 ank (GF)":mailto:f.neckartal@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elif.sahin@gmail.com:mailto:elif.sahin@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Besprechung OG":mailto:besprechung.og@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Frau Şahin\, Bewerbung Bauleiterin (Technikerin E
 T\, derzeit bei Fa. Elektro Seitz). Lebenslauf im Personio. Jürgen bitte d
 ie fachlichen Fragen (VOB\, Aufmaß\, Nachträge) übernehmen\, Frank macht d
 en Rest.
UID:040000008200E00074C5B7101A82E008000000000A1B2C3D4E5FDB0100000000000000001000000007A7
SUMMARY;LANGUAGE=de-DE:Bewerbergespräch Bauleitung - Fr. Şahin
DTSTART;TZID=W. Europe Standard Time:20250320T150000
DTEND;TZID=W. Europe Standard Time:20250320T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechung OG
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio-interview-at-work", "pers-0e2d4c6b-8a1f-4e3d-b5c7-9f1a3e5d7b20@personio.de",
        0, "", "", "", "", "user-as-interviewer-personio-invite-to-work-address",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:pers-0e2d4c6b-8a1f-4e3d-b5c7-9f1a3e5d7b20@personio.de
DTSTAMP:20250305T094500Z
DTSTART;TZID=Europe/Berlin:20250310T070000
DTEND;TZID=Europe/Berlin:20250310T074500
SUMMARY:Interview: Elektroniker für Energie- und Gebäudetechnik (m/w/d) - M
 arco Bianchi
DESCRIPTION:Interview mit Marco Bianchi\nStelle: Elektroniker für Energie- u
 nd Gebäudetechnik (m/w/d)\nInterviewer: Jürgen Albrecht\n\nBewerberprofil:
  https://elektro-neckartal.personio.de/recruiting/applications/5512094\n\n
 Bitte tragen Sie Ihre Bewertung nach dem Gespräch in Personio ein.
LOCATION:Büro Wangen
ORGANIZER;CN=Monika Kienzle:mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;CN=Marco Bianchi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marco.bianchi.elektro@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bewertungsbogen-erinnerung", "pers-task-5512094-feedback@personio.de",
        0, "", "", "", "", "user-as-interviewer-feedback-task-reminder",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:pers-task-5512094-feedback@personio.de
DTSTAMP:20250310T080000Z
DTSTART;VALUE=DATE:20250311
DTEND;VALUE=DATE:20250312
SUMMARY:Aufgabe fällig: Bewertung abgeben - Marco Bianchi (Elektroniker EGT)
DESCRIPTION:Sie wurden gebeten\, eine Bewertung für Marco Bianchi abzugeben.
 \nKriterien: Fachwissen\, Sicherheit/VDE\, Teamfähigkeit\, Führerschein\, E
 intrittsdatum.\nZur Bewertung: https://elektro-neckartal.personio.de/recrui
 ting/applications/5512094/evaluations
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "nachbesprechung-obermonteur",
        "040000008200E00074C5B7101A82E0080000000011223344556FDB0100000000000000001000000008B8",
        0, "", "", "", "", "user-as-interviewer-debrief-entscheidung",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Neckartal, Frank (GF)":mailto:f.neckartal@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Kurz die drei Kandidaten Obermonteur durchgehen (K
 ovačević\, Roth\, Bianchi) und entscheiden\, wem wir ein Angebot machen. Mon
 ika bringt die Gehaltsrahmen mit.
UID:040000008200E00074C5B7101A82E0080000000011223344556FDB0100000000000000001000000008B8
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Obermonteur - Entscheidung
DTSTART;TZID=W. Europe Standard Time:20250321T120000
DTEND;TZID=W. Europe Standard Time:20250321T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T070707Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Frank
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-bewerber-rueckruf", "C4D2E6F8-1A3B-4C5D-9E7F-0B2A4C6E8D10",
        0, "", "", "", "", "user-as-interviewer-typed-applicant-callback",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250217T065512Z
DTSTAMP:20250217T065530Z
UID:C4D2E6F8-1A3B-4C5D-9E7F-0B2A4C6E8D10
DTSTART:20250218T121500
DTEND:20250218T123000
SUMMARY:Bewerber Tim L. zurückrufen
DESCRIPTION:0176 55 20 118 - Azubi EGT\, Realschule\, Mathe 3. Praktikum Os
 terferien anbieten? Mit Monika abstimmen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-host-ausbildung", "calendly-7f1e9c2a-b3d4-4e5f-8a6b-0c1d2e3f4a5b@calendly.com",
        0, "", "", "", "", "user-as-interviewer-calendly-host-azubi",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7f1e9c2a-b3d4-4e5f-8a6b-0c1d2e3f4a5b@calendly.com
DTSTAMP:20250309T183012Z
DTSTART:20250313T150000Z
DTEND:20250313T154500Z
SUMMARY:Kennenlerntermin Ausbildung 2025 zwischen Jürgen Albrecht und Sabin
 e Haller
DESCRIPTION:Neuer Termin: Kennenlerntermin Ausbildung 2025\n\nEingeladene/r:
  Sabine Haller\nE-Mail: sabine.haller@t-online.de\nAntworten:\n- Name des B
 ewerbers/der Bewerberin: Noah Haller (15)\n- Schule: Gemeinschaftsschule Ob
 ertürkheim\, Klasse 9\n- Interesse an: Elektroniker/-in Energie- und Gebäu
 detechnik\n\nVeranstaltungsort: Elektro Neckartal GmbH\, Wangen\n\nPowered
  by Calendly.com
LOCATION:Elektro Neckartal GmbH\, Ulmer Str. 301\, Stuttgart-Wangen
ORGANIZER;CN=Jürgen Albrecht:mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;CN=Sabine Haller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sabine.haller@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-schnuppertag-host", "bk-5d2c8e4a1f7b4690@outlook.office365.com",
        0, "", "", "", "", "user-as-interviewer-bookings-staff-schnupperpraktikum",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
UID:bk-5d2c8e4a1f7b4690@outlook.office365.com
DTSTAMP:20250314T101000Z
DTSTART:20250407T060000Z
DTEND:20250407T140000Z
SUMMARY;LANGUAGE=de-DE:Schnupperpraktikum (1 Tag) - Emil Sauter
ORGANIZER;CN=Ausbildung Elektro Neckartal:mailto:Ausbildung@elektroneckartal.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emil Sauter:mailto:emil.sauter09@icloud.com
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Schnupperpraktikum (1 Tag)
 \nMitarbeiter: Jürgen Albrecht\nKunde: Emil Sauter\, Tel. 0152 2871 0034\n
 Notizen: Realschule Wangen\, Kl. 9. Interesse Elektroniker. Arbeitsschuhe v
 orhanden.\n\nMicrosoft Bookings
LOCATION;LANGUAGE=de-DE:Treffpunkt Lager Wangen
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
