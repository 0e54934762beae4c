"""holdout145 events, part f: Lea on the hiring side at Kiezkasse (negatives)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "personio-interviewer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-31902277@personio.de
DTSTAMP:20250205T101500Z
DTSTART;TZID=Europe/Berlin:20250212T140000
DTEND;TZID=Europe/Berlin:20250212T150000
SUMMARY:Interview: Jonas Weber – Senior Product Designer (m/w/d)
ORGANIZER;CN=Kiezkasse Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Jana Morgenroth:mailto:jana.morgenroth@kiezkasse.de
ATTENDEE;CN=Jonas Weber:mailto:jonas.weber.ux@gmail.com
LOCATION:https://meet.google.com/kzk-qrwn-bty
DESCRIPTION:Bewerber:in: Jonas Weber\nStelle: Senior Product Designer (m/w
 /d)\nPhase: Fachinterview\nInterviewer:innen: Jana Morgenroth\, Lea Vogt\n\n
 Unterlagen und Bewertungsbogen findest du im Bewerberprofil: https://kiezk
 asse.personio.de/recruiting/applications/8812044
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-31902277@personio.de",
        trap="user-as-interviewer-personio-fachinterview-work-address",
    ),
    ev(
        "portfolio-review",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T130000Z
DTEND:20250218T140000Z
DTSTAMP:20250211T090000Z
ORGANIZER;CN=Jana Morgenroth:mailto:jana.morgenroth@kiezkasse.de
UID:kzk7a8s9d0f1g2h3j4k5l6m7n8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jana M
 orgenroth;X-NUM-GUESTS=0:mailto:jana.morgenroth@kiezkasse.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lea Vo
 gt;X-NUM-GUESTS=0:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=merve.yilmaz.design@gmail.com;X-NUM-GUESTS=0:mailto:merve.yilmaz.d
 esign@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=KZK-2.OG
 -Görli (6):mailto:c_kiezkasse_goerli@resource.calendar.google.com
DESCRIPTION:Merve stellt 2 Projekte vor (30 min)\, dann Fragen. Lea: bitte
  Fokus auf Interaction & Prototyping\, ich mach Research/Collab. Scorecard
  danach bis EOD in Personio.
LOCATION:KZK-2.OG-Görli (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Portfolio-Review Merve Yılmaz (Product Designer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk7a8s9d0f1g2h3j4k5l6m7n8@google.com",
        trap="user-as-interviewer-portfolio-review-candidate-free-mail",
    ),
    ev(
        "debrief",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250219T160000Z
DTEND:20250219T163000Z
DTSTAMP:20250218T141000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzk1q2w3e4r5t6y7u8i9o0p1a2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tarek
  Said;X-NUM-GUESTS=0:mailto:tarek.said@kiezkasse.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jana M
 orgenroth;X-NUM-GUESTS=0:mailto:jana.morgenroth@kiezkasse.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lea Vogt;X-NUM-GUESTS=0:mailto:lea.vogt@kiezkasse.de
DESCRIPTION:Kurzer Abgleich zu Jonas W. und Merve Y. – go / no-go für die
  Case-Runde. Bitte Scorecards vorher ausfüllen\, sonst wird's ein Bauchgef
 ühl-Meeting 😅
LOCATION:https://meet.google.com/pwe-hzkc-ruo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief Sr. PD
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk1q2w3e4r5t6y7u8i9o0p1a2@google.com",
        trap="user-as-interviewer-debrief-terse-summary",
    ),
    ev(
        "scorecard-task",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250212T150000Z
DTEND:20250212T151500Z
DTSTAMP:20250212T080100Z
UID:kzk9z8x7c6v5b4n3m2l1k0j9h8@google.com
CREATED:20250212T080100Z
DESCRIPTION:Personio → Bewerbungen → Senior PD → Jonas Weber → Bewertung.
  Kriterien: Craft\, Kommunikation\, Systemdenken. Nicht vergessen: Notizen
  aus dem Notion-Doc rüberkopieren
LAST-MODIFIED:20250212T080105Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Scorecard ausfüllen (Jonas)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "kzk9z8x7c6v5b4n3m2l1k0j9h8@google.com",
        trap="user-as-interviewer-scorecard-reminder",
    ),
    ev(
        "challenge-bewerten",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@@TZ_APPLE_BERLIN@@
BEGIN:VEVENT
CREATED:20250303T081000Z
UID:E1D2C3B4-A596-4877-8899-AABBCCDDEEFF
DTEND;TZID=Europe/Berlin:20250305T120000
TRANSP:OPAQUE
SUMMARY:Take-home Challenge bewerten – A. Novak + R. Castillo
DTSTART;TZID=Europe/Berlin:20250305T103000
DTSTAMP:20250303T081010Z
DESCRIPTION:Figma-Links in Personio. Rubric v2 nutzen! Max 45 min pro Abga
 be. Feedback an Tarek bis Do
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "E1D2C3B4-A596-4877-8899-AABBCCDDEEFF",
        trap="user-as-interviewer-take-home-review-block",
    ),
    ev(
        "hiring-komitee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250311T150000Z
DTEND:20250311T160000Z
DTSTAMP:20250305T112200Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzk3e5t7u9o1a3d5g7j9l1z3c5@google.com
ATTENDEE;CN=Tarek Said;PARTSTAT=ACCEPTED:mailto:tarek.said@kiezkasse.de
ATTENDEE;CN=Jana Morgenroth;PARTSTAT=ACCEPTED:mailto:jana.morgenroth@kiezkasse.de
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Philipp Adler;PARTSTAT=ACCEPTED:mailto:philipp.adler@kiezkasse.de
DESCRIPTION:Agenda:\n1. Senior PD – finale Entscheidung (2 Kandidat:innen)\n
 2. Werkstudi UX Research – Shortlist\n3. Gehaltsband Lead-Level (mit Phil
 ipp/People)\n\nDokumente: Hiring Committee Deck im Drive
LOCATION:https://meet.google.com/ahq-nvkd-zle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring-Komitee Design
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk3e5t7u9o1a3d5g7j9l1z3c5@google.com",
        trap="user-as-interviewer-hiring-committee",
    ),
    ev(
        "shadowing",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-31955620@personio.de
DTSTAMP:20250210T090000Z
DTSTART;TZID=Europe/Berlin:20250214T110000
DTEND;TZID=Europe/Berlin:20250214T120000
SUMMARY:Interview: Sofia Lang – Werkstudent:in UX Design (Schatten: Lea)
ORGANIZER;CN=Kiezkasse Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
ATTENDEE;CN=Lea Vogt;ROLE=OPT-PARTICIPANT:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Sofia Lang:mailto:sofia.lang@student.hu-berlin.de
LOCATION:Kiezkasse\, Oranienstraße 185\, 10999 Berlin – Raum Görli
DESCRIPTION:Lea nimmt als Schatten-Interviewerin teil (Interviewer-Zertifi
 zierung\, 2/3). Bitte nur beobachten\, Notizen im Bewertungsbogen.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-31955620@personio.de",
        trap="user-as-interviewer-shadowing-working-student-interview",
    ),
    ev(
        "candidate-accepted",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250320T090000Z
DTEND:20250320T100000Z
DTSTAMP:20250314T183300Z
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
UID:kzk0m9n8b7v6c5x4z3a2s1d0f9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hanna
  Roth;X-NUM-GUESTS=0:mailto:hanna.roth94@web.de
COMMENT:Danke für die Einladung\, ich freue mich!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Kennenlernen Kiezkasse / Design – Hanna Roth @ Do 20. Mär
 z 2025 10:00 - 11:00 (MEZ) (lea.vogt@kiezkasse.de)
END:VEVENT
END:VCALENDAR
""",
        "kzk0m9n8b7v6c5x4z3a2s1d0f9@google.com",
        trap="user-as-interviewer-candidate-reply-accepted",
    ),
    ev(
        "kandidatenvorstellung",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Neumann, Felix":mailto:f.neumann@pixelpeople-recruiting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogt, Lea":mailto:lea.vogt@kiezkasse.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Vogt\,\n\nwie besprochen stelle ich I
 hnen telefonisch unsere Kandidatin für Ihre Vakanz Senior UX Designer (m/w
 /d) vor: 7 Jahre Erfahrung (u.a. Commerzbank\, Check24)\, Kündigungsfrist
  3 Monate\, Gehaltsvorstellung 78k. Profil anbei (anonymisiert).\n\nBeste G
 rüße\nFelix Neumann\nPixelPeople Recruiting GmbH
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A19080DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Senior UX Designer – Profil S.
 K.
DTSTART;TZID=W. Europe Standard Time:20250226T113000
DTEND;TZID=W. Europe Standard Time:20250226T114500
DTSTAMP:20250224T160000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D4C3B2A19080DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        trap="user-as-interviewer-agency-presents-candidate",
    ),
    ev(
        "calendly-host",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ev-91aa20c7e3b54d10
DTSTAMP:20250306T121500Z
DTSTART:20250313T130000Z
DTEND:20250313T133000Z
SUMMARY:Marek Zieliński and Lea Vogt
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Marek Zieliński;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marek.zielinski@posteo.de
LOCATION:https://meet.google.com/uvd-hmqe-cxa
DESCRIPTION:Event Name: Werkstudent:in UX Research – erstes Kennenlernen\n
 \nPlease share anything that will help prepare for our meeting.: Ich studi
 ere HCI an der TU\, Portfolio: marekz.design\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "calendly-ev-91aa20c7e3b54d10",
        trap="user-as-interviewer-calendly-host-working-student",
    ),
    ev(
        "gespraechsnotizen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250313T134500Z
UID:4B3A2918-0716-4F5E-8D9C-ABCDEF012345
DTEND;TZID=Europe/Berlin:20250313T143000
TRANSP:OPAQUE
SUMMARY:Gespräch Marek (WS) – Notizen
DTSTART;TZID=Europe/Berlin:20250313T140000
DTSTAMP:20250313T134530Z
DESCRIPTION:stark in Figma + Prototyping\, Research eher theoretisch. 20h/W
 oche ab Mai. → 2. Gespräch mit Tarek? Gehalt 17€/h ok
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "4B3A2918-0716-4F5E-8D9C-ABCDEF012345",
        trap="user-as-interviewer-hand-typed-candidate-notes", eol="\n",
    ),
    ev(
        "probetag-betreuen",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250403
DTEND;VALUE=DATE:20250404
DTSTAMP:20250327T103000Z
ORGANIZER;CN=Philipp Adler:mailto:philipp.adler@kiezkasse.de
UID:kzk5g6h7j8k9l0z1x2c3v4b5n6@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Tarek Said;PARTSTAT=ACCEPTED:mailto:tarek.said@kiezkasse.de
DESCRIPTION:Hanna Roth (Werkstudentin UX Design) ist zum Probetag da. Lea b
 etreut sie: 10 Uhr Begrüßung\, Mini-Aufgabe Onboarding-Screen\, 15:30 Prä
 sentation + Feedbackrunde. Laptop liegt bei IT bereit.
LOCATION:Kiezkasse Office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probetag Hanna (WS UX)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "kzk5g6h7j8k9l0z1x2c3v4b5n6@google.com",
        trap="user-as-interviewer-supervises-trial-day",
    ),
]
