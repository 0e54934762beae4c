# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part g: the user on the hiring side at Mitteldeutsche Regiobahn (1/2)."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# softgarden invite where the user is the technical panel member
EVENTS.append(ev("mrb-softgarden-panel", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//softgarden e-recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:sg-appointment-20744310@transdev.softgarden.io
DTSTAMP:20240212T101501Z
DTSTART;TZID=Europe/Berlin:20240216T100000
DTEND;TZID=Europe/Berlin:20240216T110000
SUMMARY:Vorstellungsgespräch: Triebfahrzeugführer (m/w/d) Quereinstieg – Tim Baumann
DESCRIPTION:Interviewtermin\n\nKandidat: Tim Baumann\nStelle: Triebfahrzeugfü
 hrer (m/w/d) Quereinstieg – Mitteldeutsche Regiobahn\, Leipzig\nTeilnehmer
 : Claudia Wendt (Recruiting)\, Sebastian Krüger (Fachbeisitz Lehr-Tf)\n\nIn
 terview-Leitfaden und Bewertungsbogen: https://transdev.softgarden.io/inte
 rview/20744310\n\nBitte tragen Sie Ihre Bewertung bis 24 h nach dem Gespräc
 h ein.
ORGANIZER;CN=Claudia Wendt:mailto:c.wendt@mrb-regio.de
ATTENDEE;CN="Krüger, Sebastian";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.krueger@mrb-regio.de
ATTENDEE;CN=Tim Baumann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tim.baumann88@web.de
LOCATION:MRB Leipzig\, Besprechungsraum Gleis 1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "sg-appointment-20744310@transdev.softgarden.io", 0,
    trap="user-as-interviewer-softgarden-fachbeisitz", hiring=True))

# Auswahltag for career changers, user observes the practical station
EVENTS.append(ev("mrb-auswahltag-observer", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lorenz, Heiko":mailto:h.lorenz@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Beyer, Mario":mailto:m.beyer@mrb-regio.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="LPZ Schulungsraum 1 (24)":mailto:schulung1-lpz@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\,\n\nfür den Kurs 2024/2 haben wir 1
 2 Teilnehmende eingeladen. Stationen:\n1) Begrüßung / Unternehmensvorstell
 ung (Heiko)\n2) Gruppenaufgabe\n3) Praxisstation Führerstand (Sebastian –
  bitte mit Bewertungsbogen Kommunikation/Belastbarkeit)\n4) Einzelgespräche (
 Mario\, ich)\n\nDienstplan ist informiert\, Sebastian ist für den Tag aus d
 er Schicht genommen.\n\nDanke!\nClaudia
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A19F8EDA01000000000000000010000000F00DBABE00112233445566778899AABB
SUMMARY;LANGUAGE=de-DE:Auswahltag Quereinsteiger Tf – Kurs 2024/2
DTSTART;TZID=W. Europe Standard Time:20240209T080000
DTEND;TZID=W. Europe Standard Time:20240209T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240126T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LPZ Schulungsraum 1 / Abstellung Gl. 51
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D4C3B2A19F8EDA01000000000000000010000000F00DBABE00112233445566778899AABB",
    0, trap="user-as-interviewer-auswahltag-observer-station", hiring=True, crlf=True))

# cab ride of an applicant with the user, typed on the phone
EVENTS.append(ev("mrb-applicant-cab-ride", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
CREATED:20240130T201233Z
DTSTAMP:20240130T201301Z
UID:8D4E2B10-7A6C-4F3E-9B15-C2D0E8F1A9B7
SUMMARY:Mitfahrt Bewerber Yilmaz – RB 110 ab L Hbf 06:12
DTSTART:20240206T054000
DTEND:20240206T100000
LOCATION:Leipzig Hbf Gl. 2
DESCRIPTION:Personal (Fr. Wendt) schickt ihn. Warnweste für ihn mitnehmen!
  Mitfahrerlaubnis liegt bei Dispo. Danach kurz Feedback an Claudia.
END:VEVENT
END:VCALENDAR
""", "8D4E2B10-7A6C-4F3E-9B15-C2D0E8F1A9B7", 0,
    trap="user-as-interviewer-applicant-cab-ride-host", hiring=True))

# trial shift of an applicant the user supervises
EVENTS.append(ev("mrb-trial-shift-supervisor", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Disposition Leipzig":mailto:dispo-leipzig@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Hospitation Fr. Thu Nguyen (Bewerberin Tf mit Erfa
 hrung\, derzeit Eurobahn) im Frühdienst Dienst 4107 bei Tf Krüger. Bitte E
 indruck (Fahrweise\, Regelwerk\, Umgang mit Fahrgästen) danach an Fr. Wend
 t.\n\nGruß Dispo
UID:040000008200E00074C5B7101A82E00800000000123456789ABCDA01000000000000000010000000CAFEF00D0102030405060708090A0B0C
SUMMARY;LANGUAGE=de-DE:Hospitation Fr. Nguyen – Dienst 4107 (Tf Krüger)
DTSTART;TZID=W. Europe Standard Time:20240221T043000
DTEND;TZID=W. Europe Standard Time:20240221T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240214T113301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leipzig Hbf\, Meldestelle
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000123456789ABCDA01000000000000000010000000CAFEF00D0102030405060708090A0B0C",
    0, trap="user-as-interviewer-trial-shift-supervisor", hiring=True, crlf=True))

# debrief after the selection day
EVENTS.append(ev("mrb-selection-debrief", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lorenz, Heiko":mailto:h.lorenz@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Beyer, Mario":mailto:m.beyer@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Zusammenführung der Bewertungen vom 09.02.\, Ranki
 ng\, wer bekommt ein Angebot für Kurs 2024/2\, wer kommt auf die Warteliste.
 \n\n___________________________________________________________________________
 _____\nMicrosoft Teams-Besprechung\nKlicken Sie hier\, um an der Besprechu
 ng teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg
 wMjE2ZmEtNWI2NS00ZTFjLWJkMzQtYjVmYTBkZjQ2Mzg4%40thread.v2/0>\nBesprechungs
 -ID: 318 270 554 119\nKennung: 2Bu7zC\n
UID:040000008200E00074C5B7101A82E00800000000BEEFCAFE9F8EDA0100000000000000001000000000FF11EE22DD33CC44BB55AA6699887766
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Auswahltag / Entscheidung Kurs 2024/2
DTSTART;TZID=W. Europe Standard Time:20240213T133000
DTEND;TZID=W. Europe Standard Time:20240213T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240209T161544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000BEEFCAFE9F8EDA0100000000000000001000000000FF11EE22DD33CC44BB55AA6699887766",
    0, trap="user-as-interviewer-selection-debrief", hiring=True, crlf=True))

# scoring deadline, all-day in the work calendar
EVENTS.append(ev("mrb-scoring-deadline", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000055AA55AA9F8EDA0100000000000000001000000077665544332211009988AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Frist Bewertungsbögen Praxisstation an Personal
DTSTART;VALUE=DATE:20240212
DTEND;VALUE=DATE:20240213
DESCRIPTION;LANGUAGE=de-DE:12 Bögen (Führerstand) scannen und an c.wendt sch
 icken. Auffällig: Nr. 4 und Nr. 9 (sehr ruhig\, gute Beobachtung)\, Nr. 7
  abbrechen?
CLASS:PUBLIC
DTSTAMP:20240209T170203Z
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000055AA55AA9F8EDA0100000000000000001000000077665544332211009988AABBCCDDEEFF",
    0, trap="user-as-interviewer-scoring-deadline-all-day", hiring=True, crlf=True))

# candidate accepts the user's taster-ride invite (METHOD:REPLY)
EVENTS.append(ev("mrb-candidate-reply", r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20240301T081500Z
DTEND:20240301T110000Z
DTSTAMP:20240226T184011Z
ORGANIZER;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
UID:040000008200E00074C5B7101A82E00800000000ABCDABCD9F8EDA01000000000000000010000000DEADBEEF112233445566778899001122
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas Pfeiffer;X-NUM-GUESTS=0:mailto:jonas.pfeiffer@gmx.net
COMMENT:Hallo Herr Krüger\, passt super\, ich bin pünktlich am Gleis. Danke!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Schnupperfahrt Führerstand RE 6 (Bewerbung Quereinstieg)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000ABCDABCD9F8EDA01000000000000000010000000DEADBEEF112233445566778899001122",
    0, trap="user-as-interviewer-candidate-accepted-reply", hiring=True))

# staffing agency presents a driver to the MRB team
EVENTS.append(ev("mrb-agency-candidate", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hoppe, Sandra":mailto:sandra.hoppe@trackstaff.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Beyer, Mario":mailto:m.beyer@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Beyer\, guten Tag Herr Krüger\,\n\nwi
 e besprochen stelle ich Ihnen Herrn M. Dietrich vor (Tf Klasse B\, Baureih
 en 442/1440/646\, Streckenkunde Leipzig–Chemnitz vorhanden\, verfügbar ab
  01.04. in Arbeitnehmerüberlassung). Herr Dietrich ist im Call dabei\, Sie k
 önnen ihm gern Fachfragen stellen.\n\nStundensatz und AÜ-Vertrag sende ich
  separat.\n\nBeste Grüße\nSandra Hoppe\nTrackStaff Personalservice GmbH\n
UID:040000008200E00074C5B7101A82E008000000006677889A9F8EDA01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Tf Kl. B – Hr. Dietrich (AÜ)
DTSTART;TZID=W. Europe Standard Time:20240319T140000
DTEND;TZID=W. Europe Standard Time:20240319T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240311T090301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000006677889A9F8EDA01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899",
    0, trap="user-as-interviewer-agency-presents-candidate", hiring=True, crlf=True))

# the user's own notes about a candidate
EVENTS.append(ev("mrb-candidate-notes", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240216T110000
DTEND;TZID=Europe/Berlin:20240216T111500
DTSTAMP:20240216T111930Z
UID:5b7d1q0m3s9e2k4v8n6c1r0h2t@google.com
CREATED:20240216T111902Z
DESCRIPTION:Baumann: Busfahrer\, Schicht gewohnt +\, Technik eher schwach\,
  Motivation echt (Opa war Lokführer)\, Frage nach Nachtdienst ausweichend.
  -> eher ja\, 3/5. an Claudia
LAST-MODIFIED:20240216T111930Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Notizen Gespräch Baumann
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "5b7d1q0m3s9e2k4v8n6c1r0h2t@google.com", 0,
    trap="user-as-interviewer-typed-candidate-notes", hiring=True))

# Microsoft Bookings: info call for career changers, the user is the staff member
EVENTS.append(ev("mrb-bookings-host", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=MRB Karriere:mailto:Karriere@mrbregio.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Infotelefonat Quereinstieg
  Lokführer:in (20 Min.)\nMitarbeiter: Sebastian Krüger\nKunde: Lea Hartmann
 \nE-Mail: lea.hartmann@t-online.de\nTelefon: +49 152 5518 0237\n\nAntworten:
 \nAktueller Beruf: Kauffrau im Einzelhandel\nFrage: Wie läuft die Ausbildun
 g ab und wie sind die Schichten?\n\nDiese Buchung wurde mit Microsoft Booki
 ngs erstellt.\n
UID:040000008200E00074C5B7101A82E00800000000BADC0FFE9F8EDA010000000000000000100000001029384756AFBECDDEFF00112233445566
SUMMARY;LANGUAGE=de-DE:Infotelefonat Quereinstieg Lokführer:in – Lea Hartmann
DTSTART;TZID=W. Europe Standard Time:20240405T160000
DTEND;TZID=W. Europe Standard Time:20240405T162000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240402T071800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000BADC0FFE9F8EDA010000000000000000100000001029384756AFBECDDEFF00112233445566",
    0, trap="user-as-interviewer-bookings-host-info-call", hiring=True, crlf=True))
