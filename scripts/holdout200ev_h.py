"""holdout200 events, part h: more of the user on the hiring side (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "zweitgespraech-assistenz", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000"
        "LIM1002", 0, "", "", "", "", "user-as-interviewer-zweitgespraech-candidate-on-free-mail",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Baumgartner, Reto";SENT-BY="mailto:monika.frei@limmattal-bank.ch"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Rossi:mailto:sara.rossi.zh@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Suter, Kurt":mailto:kurt.suter@limmattal-bank.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LIM Sitzungszimmer Limmat (8)"
 :mailto:sz-limmat@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Rossi\n\nGerne lade ich Sie im
  Namen von Herrn Baumgartner zum Zweitgespräch ein. Bitte melden Sie sich a
 m Empfang Uraniastrasse 12.\n\nFreundliche Grüsse\nMonika Frei\, Assistent
 in
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000LIM1002
SUMMARY;LANGUAGE=de-CH:Zweitgespräch Assistenz Desk CH – S. Rossi
DTSTART;TZID=W. Europe Standard Time:20251002T100000
DTEND;TZID=W. Europe Standard Time:20251002T110000
DTSTAMP:20250926T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:LIM Sitzungszimmer Limmat (8)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "case-jury", "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DC01000000000000000010000000"
        "LIMBC01", 0, "", "", "", "", "user-as-interviewer-business-case-jury",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hürlimann, Petra (HR)":mailto:petra.huerlimann@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Suter, Kurt":mailto:kurt.suter@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marco Huber:mailto:marco.huber@hispeed.ch
DESCRIPTION;LANGUAGE=de-CH:Herr Huber (Bewerber Senior Kundenberater\, heute
  Raiffeisen) präsentiert seinen Business Case (Kundenbuch\, NNM-Plan). Jury:
  K. Suter\, R. Baumgartner\, P. Hürlimann. Bewertungsraster im Anhang.
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DC01000000000000000010000000LIMBC01
SUMMARY;LANGUAGE=de-CH:Business Case Präsentation M. Huber
DTSTART;TZID=W. Europe Standard Time:20251105T160000
DTEND;TZID=W. Europe Standard Time:20251105T170000
DTSTAMP:20251029T080000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-CH:LIM Sitzungszimmer Limmat (8)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "referenz-einholen", "5c6d7e8f9a0b1c2d@limmattal-bank.ch", 0, "", "", "", "",
        "user-as-interviewer-takes-reference-on-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
UID:5c6d7e8f9a0b1c2d@limmattal-bank.ch
DTSTAMP:20251107T131500Z
DTSTART;TZID=W. Europe Standard Time:20251110T171500
DTEND;TZID=W. Europe Standard Time:20251110T173000
SUMMARY:Referenz M. Huber – Anruf bei Hr. Lüthi (ex Vorgesetzter Raiffeisen)
DESCRIPTION:Tel. 079 331 20 77. Fragen: Kundenbindung\, Compliance-Vorfälle
 \, Führung\, Wiederanstellung ja/nein?
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "panel-asia-desk", "040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DC01000000000000000010000000"
        "LIMASIA", 0, "", "", "", "", "user-as-interviewer-english-teams-panel-member",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ong, Rachel":mailto:rachel.ong@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Kevin Tan:mailto:kevin.tan88@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Reto\, thanks for joining the panel for the C
 lient Advisor (Asia desk) candidate Kevin Tan. You take the Swiss regulator
 y and cross-border questions\, I cover the book. Interview guide attached.\n
 \nMicrosoft Teams meeting\nMeeting ID: 311 907 552 118\nPasscode: 7bXq2P
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DC01000000000000000010000000LIMASIA
SUMMARY;LANGUAGE=en-US:Interview – Client Advisor Asia desk (K. Tan)
DTSTART;TZID=W. Europe Standard Time:20251111T090000
DTEND;TZID=W. Europe Standard Time:20251111T100000
DTSTAMP:20251104T020000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "kaffee-bewerberin", "4r6t8y0u2i4o6p8a0s2d4f6g8h@google.com", 0, "", "", "", "",
        "user-as-interviewer-candidate-on-free-mail-asks-coffee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251120T074500
DTEND;TZID=Europe/Zurich:20251120T081500
DTSTAMP:20251114T211000Z
ORGANIZER;CN=Nadia Keller:mailto:nadia.keller92@gmail.com
UID:4r6t8y0u2i4o6p8a0s2d4f6g8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@limmattal-bank.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@limmattal-bank.ch
DESCRIPTION:Sehr geehrter Herr Baumgartner\, herzlichen Dank\, dass Sie sich
  für einen Kaffee Zeit nehmen. Gerne erzähle ich Ihnen mehr zu meiner Initi
 ativbewerbung als Assistant Relationship Manager bei der Bank Limmattal. Lie
 be Grüsse\, Nadia Keller
LOCATION:Café Schober\, Napfgasse 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Nadia Keller / Reto Baumgartner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "interviewer-schulung", "lms-limmattal-2025-INT-07-rb@limmattal-bank.ch", 0, "", "", "", "",
        "user-as-interviewer-structured-interview-training",
        r"""BEGIN:VCALENDAR
PRODID:-//Limmattal Academy//LMS//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lms-limmattal-2025-INT-07-rb@limmattal-bank.ch
DTSTAMP:20250901T060000Z
DTSTART:20250910T120000Z
DTEND:20250910T150000Z
SUMMARY:Führungsausbildung: Strukturierte Interviews führen (Modul 4)
DESCRIPTION:Für Linienvorgesetzte mit Rekrutierungsverantwortung: Interview
 leitfaden\, Beurteilungsfehler\, Diskriminierungsverbot\, Praxisübung mit Sc
 hauspielern als Bewerbende.
ORGANIZER;CN=Limmattal Academy:mailto:academy@limmattal-bank.ch
ATTENDEE;CN=Reto Baumgartner:mailto:reto.baumgartner@limmattal-bank.ch
LOCATION:Ausbildungszentrum\, Seminarraum 1
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "probetag", "6e7f8a9b0c1d2e3f@limmattal-bank.ch", 0, "", "", "", "",
        "user-as-interviewer-candidate-shadows-user-trial-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_WEST + r"""BEGIN:VEVENT
UID:6e7f8a9b0c1d2e3f@limmattal-bank.ch
DTSTAMP:20251021T100000Z
DTSTART;TZID=W. Europe Standard Time:20251027T083000
DTEND;TZID=W. Europe Standard Time:20251027T123000
SUMMARY:Schnuppermorgen D. Frei (Kandidat Assistant RM) – begleitet RB
DESCRIPTION:Hr. Frei begleitet Reto an den Kundentermin Widmer (nur Zuhören\,
  NDA unterschrieben) und am Desk. Danach kurzes Feedback an HR.
ORGANIZER;CN="Hürlimann, Petra (HR)":mailto:petra.huerlimann@limmattal-bank.ch
ATTENDEE;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;CN=Dominik Frei:mailto:dominik.frei@bluewin.ch
LOCATION:Desk Schweiz\, 3. OG
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "int-notizen", "0D1E2F3A-4B5C-4D6E-8F70-LIMNOTIZ02", 0, "", "", "", "",
        "user-as-interviewer-terse-int-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:0D1E2F3A-4B5C-4D6E-8F70-LIMNOTIZ02
DTSTAMP:20251012T190000Z
DTSTART:20251014T081500
DTEND:20251014T091500
SUMMARY:Int. Kand. Jr KB 2. Rd (Frei) – Sitzungszi. Sihl
DESCRIPTION:mit Petra. Fragen Cross-Border + Fallbeispiel Erbschaft.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "lehrstellen-interview", "umantis-lim-lehre-2026-0412@umantis.com", 0, "", "", "", "",
        "user-as-interviewer-apprentice-selection-umantis",
        r"""BEGIN:VCALENDAR
PRODID:-//Abacus Umantis//Talent Management//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:umantis-lim-lehre-2026-0412@umantis.com
DTSTAMP:20251104T070000Z
DTSTART;TZID=Europe/Zurich:20251112T160000
DTEND;TZID=Europe/Zurich:20251112T164500
SUMMARY:Bewerbungsgespräch Lehrstelle Kauffrau/Kaufmann EFZ Bank 2026 – Luca Gashi
DESCRIPTION:Interviewer/in: Reto Baumgartner\, Sandra Brändli (Berufsbildun
 g)\nBewerber: Luca Gashi\, Multicheck 78%\nBitte Beurteilung im Umantis erfa
 ssen.
ORGANIZER;CN=Bank Limmattal Berufsbildung:mailto:noreply@umantis.com
ATTENDEE;CN=Reto Baumgartner:mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;CN=Sandra Brändli:mailto:sandra.braendli@limmattal-bank.ch
LOCATION:Sitzungszimmer Sihl
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "angebot-kandidat", "7f8a9b0c1d2e3f4a@limmattal-bank.ch", 0, "", "", "", "",
        "user-as-interviewer-offer-call-to-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
UID:7f8a9b0c1d2e3f4a@limmattal-bank.ch
DTSTAMP:20251017T080000Z
DTSTART;TZID=W. Europe Standard Time:20251017T170000
DTEND;TZID=W. Europe Standard Time:20251017T171500
SUMMARY:Tel. S. Rossi – Zusage + Vertragsangebot mitteilen
DESCRIPTION:95k + Bonus gem. Reglement\, Start 1.1. oder 1.2.\, Vertrag kom
 mt von HR.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    ),
]
