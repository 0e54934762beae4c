"""holdout152 negatives: the user on the hiring side at the Hotel Seeblick (part 1)."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "outlook-interview",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK01DC0100000000000000001000000011AA",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Liebe Chiara\, lieber Luca\n\nAnbei das Dossier von Herrn Leo
 n Meier (Bewerbung Revenue Analyst 100%). Bitte Bewertungsbogen nach dem
  Gespräch in Umantis ausfüllen.\n\nGruss\nSabine\n
DTEND;TZID="W. Europe Standard Time":20261014T110000
DTSTAMP:20261008T071000Z
DTSTART;TZID="W. Europe Standard Time":20261014T100000
LOCATION:Sitzungszimmer Uetliberg (2. OG)
ORGANIZER;CN="Egli Sabine":mailto:s.egli@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:c.romano@
 seeblick-zuerich.ch
ATTENDEE;CN="Bernasconi Luca";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:l.berna
 sconi@seeblick-zuerich.ch
ATTENDEE;CUTYPE=RESOURCE;CN="SZ Uetliberg";ROLE=NON-PARTICIPANT:mailto:sz.u
 etliberg@seeblick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Vorstellungsgespräch Hr. L. Meier – Revenue Analyst
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK01DC01000000000000000010
 00000011AA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-hr-invites-to-candidate-interview",
    ),
    ev(
        "schnuppertag",
        "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTSTAMP:20261005T060500Z
DTSTART;TZID=Europe/Zurich:20261007T073000
DTEND;TZID=Europe/Zurich:20261007T120000
SUMMARY:Schnuppertag Lea B. (Lehrstelle Hotel-Kommunikation) – bei mir ab 9
DESCRIPTION:7:30 Empfang mit Martina\, 9-10 Revenue/Reservation zeigen\, k
 leine Aufgabe: Zimmerpreise Wochenende vergleichen. Beurteilungsbogen an M
 artina bis Fr.
LOCATION:Réception / Backoffice
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-schnuppertag-lernende",
    ),
    ev(
        "case-study",
        "2c9e4a7b8d@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261021T120000Z
DTEND:20261021T133000Z
DTSTAMP:20261016T090000Z
ORGANIZER;CN=Chiara Romano:mailto:c.romano@seeblick-zuerich.ch
UID:2c9e4a7b8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chiar
 a Romano;X-NUM-GUESTS=0:mailto:c.romano@seeblick-zuerich.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Yasmin Keller;X-NUM-GUESTS=0:mailto:yasmin.keller94@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrea
 s Fehr;X-NUM-GUESTS=0:mailto:a.fehr@seeblick-zuerich.ch
DESCRIPTION:Hallo Frau Keller\, wie besprochen: Präsentation Ihrer Fallstud
 ie (Excel-Datensatz Okt. 2025\, Pricing-Empfehlung für die Kongresswoche)\,
  20 Min. + Fragen. Beamer im Raum vorhanden.\nFreundliche Grüsse\, Chiara
  Romano\, Revenue Manager\, Hotel Seeblick
LOCATION:Hotel Seeblick\, Sitzungszimmer Pfannenstiel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fallstudie Revenue Analyst – Y. Keller
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-case-study-organizer",
    ),
    ev(
        "debriefing",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK02DC0100000000000000001000000022BB",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Kurzer Abgleich zu den drei Finalisten (Meier\, Keller\, Ostoj
 ic). Bitte Bewertungen vorher in Umantis.\n
DTEND;TZID="W. Europe Standard Time":20261023T081500
DTSTAMP:20261021T160000Z
DTSTART;TZID="W. Europe Standard Time":20261023T074500
LOCATION:Büro GM
ORGANIZER;CN="Egli Sabine":mailto:s.egli@seeblick-zuerich.ch
ATTENDEE;CN="Fehr Andreas";ROLE=REQ-PARTICIPANT:mailto:a.fehr@seeblick-zue
 rich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
SUMMARY;LANGUAGE=de-ch:Debriefing Rekrutierung Revenue Analyst
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK02DC01000000000000000010
 00000022BB
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-debriefing-finalists",
    ),
    ev(
        "umantis-feedback",
        "umantis-task-seeblick-88213-fb@abacus-umantis.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Abacus Umantis AG//Umantis Talent Management//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:umantis-task-seeblick-88213-fb@abacus-umantis.ch
DTSTAMP:20261014T111500Z
DTSTART;VALUE=DATE:20261016
DTEND;VALUE=DATE:20261017
SUMMARY:Aufgabe fällig: Beurteilung Interview – Bewerbung 88213 (Revenue An
 alyst)
DESCRIPTION:Guten Tag Chiara Romano\n\nSie wurden als Gesprächsteilnehmer
 in erfasst. Bitte erfassen Sie Ihre Beurteilung bis zum 16.10.2026.\nhttps
 ://seeblick.umantis.com/Vacancies/88213/Evaluation\n\nDiese Nachricht wurd
 e automatisch erzeugt.
ORGANIZER;CN=Hotel Seeblick Recruiting:mailto:noreply@abacus-umantis.ch
ATTENDEE;CN=Chiara Romano:mailto:c.romano@seeblick-zuerich.ch
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-ats-scorecard-due",
    ),
    ev(
        "bookings-host",
        "b1d3f5a7-2468-4ace-bdf0-bookings-seeblick-ehl@seeblick-zuerich.ch",
        r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
UID:b1d3f5a7-2468-4ace-bdf0-bookings-seeblick-ehl@seeblick-zuerich.ch
DTSTAMP:20261002T132200Z
DTSTART;TZID=W. Europe Standard Time:20261008T160000
DTEND;TZID=W. Europe Standard Time:20261008T163000
SUMMARY:Internship interview (Revenue Management) - Maxime Girard
DESCRIPTION:New booking\n\nService: Internship interview – Revenue (30 min)
 \nStaff: Chiara Romano\nCustomer: Maxime Girard\, maxime.girard@ehl.ch\, +4
 1 78 300 12 44\nCustomer notes: EHL Bachelor\, Semester 5\, internship from
  Feb. 2027\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_Ymtn
LOCATION:Microsoft Teams
ORGANIZER;CN=Hotel Seeblick Internships:mailto:Internships@seeblick-zuerich.
 ch
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-zue
 rich.ch
ATTENDEE;CN=Maxime Girard;ROLE=REQ-PARTICIPANT:mailto:maxime.girard@ehl.ch
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-bookings-staff-ehl-intern",
    ),
    ev(
        "candidate-gmail",
        "9v8u7t6s5r4q3p2o1n0m@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261013T120000
DTEND;TZID=Europe/Zurich:20261013T123000
DTSTAMP:20261009T191000Z
ORGANIZER;CN=Noah Steiner:mailto:noah.steiner.shl@gmail.com
UID:9v8u7t6s5r4q3p2o1n0m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noah S
 teiner;X-NUM-GUESTS=0:mailto:noah.steiner.shl@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=c.romano@seeblick-zuerich.ch;X-NUM-GUESTS=0:mailto:c.romano@seebli
 ck-zuerich.ch
DESCRIPTION:Grüezi Frau Romano\, vielen Dank für Ihre Rückmeldung auf mein
 e Bewerbung für das Praktikum im Revenue Management. Wie gewünscht sende i
 ch Ihnen eine Einladung für unser Telefoninterview. Meine Nummer: 079 611
  20 93.\nFreundliche Grüsse\, Noah Steiner (SHL Schweizerische Hotelfachsch
 ule Luzern)
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefoninterview Praktikum Revenue Management – Noah Steiner
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-candidate-free-mail-invites-her",
    ),
    ev(
        "calendly-host",
        "calendly-HOST-SEEBLICK-4RT8W2@calendly.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-HOST-SEEBLICK-4RT8W2@calendly.com
DTSTAMP:20261019T110000Z
DTSTART:20261022T070000Z
DTEND:20261022T072000Z
SUMMARY:Giulia Ferri and Chiara Romano
DESCRIPTION:Event Name: Intro call – Revenue Analyst position (20 min)\n\nIn
 vitee: Giulia Ferri\nInvitee Email: giulia.ferri@libero.it\n\nQuestions:\n
 Current role: Revenue & Reservations Agent\, Hotel Principe di Savoia\, Mi
 lano\nNotice period: 1 month\n\nLocation: Chiara Romano will call the inv
 itee at +39 347 118 2290\n\nView event in Calendly: https://calendly.com/e
 vents/4RT8W2
LOCATION:+39 347 118 2290
ORGANIZER;CN=Chiara Romano:mailto:c.romano@seeblick-zuerich.ch
ATTENDEE;CN=Giulia Ferri;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:giulia.ferri
 @libero.it
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-calendly-host-candidate-names-employer",
    ),
    ev(
        "agency-candidate",
        "040000008200E00074C5B7101A82E00800000000ADECCO77DC01000000000000000010000000AD77",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Grüezi Frau Romano\n\nWie telefonisch besprochen stelle ich Ih
 nen gerne unseren Kandidaten für die Stelle Night Auditor / Revenue Suppor
 t vor: Herr Marko Petrović\, bisher Radisson Blu Zürich Airport. CV und Zeu
 gnisse im Anhang.\n\nIch begleite Herrn Petrović zum Gespräch.\n\nFreundli
 che Grüsse\nDaniela Frick\nConsultant Hotellerie & Gastronomie | Gastro Pe
 rsonal Partner AG\n
DTEND;TZID="W. Europe Standard Time":20261028T150000
DTSTAMP:20261023T140000Z
DTSTART;TZID="W. Europe Standard Time":20261028T140000
LOCATION:Hotel Seeblick Zürich
ORGANIZER;CN="Frick Daniela":mailto:d.frick@gastropersonal.ch
ATTENDEE;CN="c.romano@seeblick-zuerich.ch";RSVP=TRUE:mailto:c.romano@seeblic
 k-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Kandidatenvorstellung M. Petrović / Hotel Seeblick
UID:040000008200E00074C5B7101A82E00800000000ADECCO77DC0100000000000000001000
 0000AD77
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-agency-presents-candidate",
    ),
    ev(
        "accepted-reply",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK05DC0100000000000000001000000055EE",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261030T090000Z
DTEND:20261030T100000Z
DTSTAMP:20261026T173000Z
ORGANIZER;CN=Romano Chiara:mailto:c.romano@seeblick-zuerich.ch
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK05DC01000000000000000010
 00000055EE
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana O
 stojic;X-NUM-GUESTS=0:mailto:ana.ostojic@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Revenue Analyst – A. Ostojic
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-candidate-accepted-reply",
    ),
    ev(
        "typed-notes",
        "AA11BB22-CC33-4D44-8E55-FF66AA77BB88",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
BEGIN:VEVENT
UID:AA11BB22-CC33-4D44-8E55-FF66AA77BB88
DTSTAMP:20261030T104500Z
DTSTART:20261030T100000
DTEND:20261030T110000
SUMMARY:Ostojic 2. Gespräch
DESCRIPTION:+ sehr gut in Excel/Power BI\, kennt OTA-Extranets\n- Pickup/
 Forecast noch schwach\, Deutsch B2\nFazit: ja\, Einstieg als Analyst 80%?
 \nRef. einholen (IHG Stuttgart)\, Lohnband mit Sabine klären
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-handtyped-candidate-notes",
        eol="\n",
    ),
    ev(
        "probearbeiten",
        "6h5g4f3e2d1c@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261104T140000
DTEND;TZID=Europe/Zurich:20261104T220000
DTSTAMP:20261101T100000Z
UID:6h5g4f3e2d1c@google.com
DESCRIPTION:Nico Frei – Probearbeiten Front Office/Reservation (Spätdienst
 ). Einführung durch mich 14-15h\, dann mit Luca am Desk. Feedback an HR bi
 s Do.
LOCATION:Front Office
SUMMARY:Probearbeiten N. Frei – Betreuung CR
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-trial-shift-supervision",
    ),
]
