"""holdout200 events, part g: the user on the hiring side at Bank Limmattal (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "vorstellungsgespraech-jrm", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000"
        "LIM0912", 0, "", "", "", "", "user-as-interviewer-hr-invite-junior-rm-candidate",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hürlimann, Petra (HR)":mailto:petra.huerlimann@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lara.meier@gmx.ch:mailto:lara.meier@gmx.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LIM Sitzungszimmer Sihl (4)"
 :mailto:sz-sihl@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Vorstellungsgespräch Lara Meier\, Bewerbung Juni
 or Kundenberaterin Desk Schweiz (Stelle 2025-31).\nGesprächsführung: R. Bau
 mgartner\, P. Hürlimann (HR)\nUnterlagen im Umantis-Dossier. Bitte Bewertu
 ngsbogen bis Freitag ausfüllen.
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000LIM0912
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch L. Meier (Junior KB)
DTSTART;TZID=W. Europe Standard Time:20250912T140000
DTEND;TZID=W. Europe Standard Time:20250912T150000
DTSTAMP:20250904T081200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:LIM Sitzungszimmer Sihl (4)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "feedback-task", "SF-IVFB-2025-3312-RB@successfactors.eu", 0, "", "", "", "",
        "user-as-interviewer-successfactors-feedback-due",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-IVFB-2025-3312-RB@successfactors.eu
DTSTAMP:20250915T060000Z
DTSTART;VALUE=DATE:20250917
DTEND;VALUE=DATE:20250918
SUMMARY:Fällig: Interviewbewertung – Junior Kundenberater/in (Req. 3312)
DESCRIPTION:Sie haben am 12.09. mit Lara Meier ein Interview geführt. Bitte
  erfassen Sie Ihre Bewertung (Kompetenzen\, Empfehlung) im Interview Center.
ORGANIZER;CN=Bank Limmattal Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Reto Baumgartner:mailto:reto.baumgartner@limmattal-bank.ch
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "kandidatenbesprechung", "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000010000000"
        "LIM0925", 0, "", "", "", "", "user-as-interviewer-debrief-assistenz-candidates",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Baumgartner, Reto";SENT-BY="mailto:monika.frei@limmattal-bank.ch"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hürlimann, Petra (HR)":mailto:petra.huerlimann@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Suter, Kurt":mailto:kurt.suter@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Kurze Besprechung der drei Finalistinnen für die
  Assistenz Desk Schweiz (Rossi\, Kälin\, Gashi). Entscheid für Zweitgespräc
 h.
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000010000000LIM0925
SUMMARY;LANGUAGE=de-CH:Kandidatenbesprechung Assistenz Desk CH
DTSTART;TZID=W. Europe Standard Time:20250925T081500
DTEND;TZID=W. Europe Standard Time:20250925T084500
DTSTAMP:20250922T120000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-CH:Büro RB
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "reply-accepted", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000"
        "LIM1002", 0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251002T080000Z
DTEND:20251002T090000Z
DTSTAMP:20250926T185511Z
ORGANIZER;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000LIM1002
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sara R
 ossi;X-NUM-GUESTS=0:mailto:sara.rossi.zh@gmail.com
COMMENT:Vielen Dank für die Einladung\, ich freue mich auf das Gespräch!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Zweitgespräch Assistenz Desk CH – S. Rossi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "kandidatenvorschlag", "9xk2m4n6p8q0r2s4t6u8w0y2z4@google.com", 0, "", "", "", "",
        "user-as-interviewer-agency-presents-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251008T170000
DTEND;TZID=Europe/Zurich:20251008T172000
DTSTAMP:20251006T110023Z
ORGANIZER;CN=Fabian Roth:mailto:fabian.roth@michaelpage.ch
UID:9xk2m4n6p8q0r2s4t6u8w0y2z4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@limmattal-bank.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@limmattal-bank.ch
DESCRIPTION:Grüezi Herr Baumgartner\, wie angekündigt stelle ich Ihnen kurz
  telefonisch Herrn Dominik Frei vor (8 Jahre Assistant RM bei einer Kantona
 lbank\, sehr gute Referenzen). Das anonymisierte Profil haben Sie per Mail.
  Gerne organisiere ich danach ein Interview bei Ihnen.\nBeste Grüsse\nFabia
 n Roth\, Michael Page Banking
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Michael Page – Kandidatenvorstellung Assistant RM (D. Frei)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "notiz-kandidat", "F0E1D2C3-B4A5-4968-8776-LIMNOTIZ01", 0, "", "", "", "",
        "user-as-interviewer-hand-typed-candidate-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:F0E1D2C3-B4A5-4968-8776-LIMNOTIZ01
DTSTAMP:20251003T154000Z
DTSTART:20251006T073000
DTEND:20251006T074500
SUMMARY:Kand. Rossi zurückrufen – Zusage? Lohn 95k max
DESCRIPTION:Eindruck gut\, Französisch fliessend\, Kündigungsfrist 3 Mt. Vor
 her kurz mit Petra (HR) abstimmen.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "bookings-host", "7e3d9b1a-bookings-praktikum-2026@bookings.microsoft.com", 0, "", "", "", "",
        "user-as-interviewer-bookings-staff-student-books-slot",
        r"""BEGIN:VCALENDAR
PRODID:Microsoft Bookings
VERSION:2.0
METHOD:REQUEST
""" + TZ_WEST + r"""BEGIN:VEVENT
UID:7e3d9b1a-bookings-praktikum-2026@bookings.microsoft.com
DTSTAMP:20251020T093000Z
DTSTART;TZID=W. Europe Standard Time:20251023T171500
DTEND;TZID=W. Europe Standard Time:20251023T174500
SUMMARY:Kennenlerngespräch Praktikum Private Banking 2026 – Noah Widmer
DESCRIPTION:New booking\n\nService: Kennenlerngespräch Praktikum Private Ban
 king 2026 (30 min)\nStaff: Reto Baumgartner\nCustomer: Noah Widmer (noah.wi
 dmer@student.unisg.ch\, +41 78 220 14 03)\nNotes: Bachelor BWL HSG\, 5. Se
 mester\n\nMicrosoft Teams meeting
ORGANIZER;CN=Limmattal Karriere:mailto:Karriere@limmattal-bank.ch
ATTENDEE;CN=Reto Baumgartner;ROLE=REQ-PARTICIPANT:mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;CN=Noah Widmer;ROLE=REQ-PARTICIPANT:mailto:noah.widmer@student.unisg.ch
LOCATION:Microsoft Teams meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ac-beobachter", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000"
        "LIMAC25", 0, "", "", "", "", "user-as-interviewer-assessment-centre-observer",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="HR Development":mailto:hr-development@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Suter, Kurt":mailto:kurt.suter@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Assessment Center Nachwuchs-Teamleiter Private B
 anking (4 interne Kandidierende).\nSie sind als Beobachter eingeteilt: Roll
 enspiel Kundengespräch (Posten 2) und Abschlussinterview. Beobachterschulung
  08:00\, Beginn 08:30. Beobachtungsbögen liegen auf.
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000LIMAC25
SUMMARY;LANGUAGE=de-CH:AC Nachwuchs-Teamleiter – Beobachtereinsatz
DTSTART;TZID=W. Europe Standard Time:20251113T080000
DTEND;TZID=W. Europe Standard Time:20251113T170000
DTSTAMP:20251020T100000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-CH:Ausbildungszentrum Limmattal\, Seminarraum 2
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "schnupperlehre", "3a4b5c6d7e8f9a0b@limmattal-bank.ch", 0, "", "", "", "",
        "user-as-interviewer-supervises-trial-day-apprentice",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3a4b5c6d7e8f9a0b@limmattal-bank.ch
DTSTAMP:20251015T090000Z
DTSTART;VALUE=DATE:20251030
DTEND;VALUE=DATE:20251031
SUMMARY:Schnupperlehre Kauffrau EFZ Bank – Elina Rexhepi (bei RB am Desk)
DESCRIPTION:Elina (Sek A\, 2. Oberstufe) schnuppert den ganzen Tag. Vormitta
 g bei dir am Desk\, Nachmittag Schalter. Bitte Beurteilungsbogen Schnupperl
 ehre bis Montag an Berufsbildung.\nGruss Sandra\, Berufsbildung
ORGANIZER;CN="Brändli Sandra":mailto:sandra.braendli@limmattal-bank.ch
ATTENDEE;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "personalausschuss", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000"
        "LIMPA11", 0, "", "", "", "", "user-as-interviewer-hiring-committee-decision",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Suter, Kurt":mailto:kurt.suter@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hürlimann, Petra (HR)":mailto:petra.huerlimann@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Traktanden: 1. Anstellungsantrag Assistenz Desk
  CH (S. Rossi) 2. Nachfolge Junior KB (Meier vs. Frei) 3. Lohnband.
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000LIMPA11
SUMMARY;LANGUAGE=de-CH:Personalausschuss PB – Anstellungsentscheide
DTSTART;TZID=W. Europe Standard Time:20251016T073000
DTEND;TZID=W. Europe Standard Time:20251016T080000
DTSTAMP:20251010T151500Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-CH:Büro K. Suter
END:VEVENT
END:VCALENDAR
""",
    ),
]
