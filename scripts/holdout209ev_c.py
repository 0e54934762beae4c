"""holdout209 events, part c: more Munich firms and Vienna (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "fachgespraech-partner", "040000008200E00074C5B7101A82E00800000000D4E0A1B2C3F4DC01000000000000000010000000"
        "5B8E2F01", 1, "Flick Gocke Schaumburg", "Steuerassistent (m/w/d)", "technical",
        "dr.matthias.eckl@fgs.de", "fachgespraech-with-partner-german-only",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Eckl, Matthias Dr.";SENT-BY="mailto:Ines.Pollinger@fgs.de":ma
 ilto:Dr.Matthias.Eckl@fgs.de
ATTENDEE;CN="Becker Jonas";RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN="MUC Besprechungsraum Max-Joseph";CUTYPE=RESOURCE;ROLE=NON-PART
 ICIPANT:mailto:muc.maxjoseph@fgs.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Becker\,\n\nHerr Dr. Eckl f
 reut sich\, Sie zu einem Fachgespräch für die Position Steuerassistent (
 m/w/d) in unserem Münchner Büro begrüßen zu dürfen. Rechnen Sie bitte m
 it ca. 90 Minuten\; es werden auch fachliche Fragen zur Körperschaftsteu
 er und Gewerbesteuer besprochen.\n\nMit besten Grüßen\nInes Pollinger\nA
 ssistentin von Dr. Matthias Eckl\n
SUMMARY;LANGUAGE=de-DE:Fachgespräch Herr Becker
DTSTART;TZID="W. Europe Standard Time":20260227T100000
DTEND;TZID="W. Europe Standard Time":20260227T113000
UID:040000008200E00074C5B7101A82E00800000000D4E0A1B2C3F4DC010000000000000000100000005B8E2F01
DTSTAMP:20260220T090411Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MUC Besprechungsraum Max-Joseph
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-kennenlernen", "1p4gdm8q3lq9b7jv0e2k6hcs5t@google.com", 1, "Peters, Schönberger & Partner",
        "", "", "a.kirchmair@psp.eu", "google-calendar-kennenlernen-hr",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260219T150000Z
DTEND:20260219T154500Z
DTSTAMP:20260214T093512Z
ORGANIZER;CN=Anja Kirchmair:mailto:a.kirchmair@psp.eu
UID:1p4gdm8q3lq9b7jv0e2k6hcs5t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anja K
 irchmair;X-NUM-GUESTS=0:mailto:a.kirchmair@psp.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Jonas Becker;X-NUM-GUESTS=0:mailto:jonas.becker.stb@web.de
DESCRIPTION:Hallo Herr Becker\, wie besprochen: kurzes Kennenlernen per Vi
 deo. Ich freue mich!<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-<br>Mit Google Meet teilnehmen: <a href="https://mee
 t.google.com/bgt-xsmf-qow">https://meet.google.com/bgt-xsmf-qow</a><br>
 Oder wählen Sie: (DE) +49 40 8081616 13 PIN: 518 477 929#<br>-::~:~::~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen PSP / Jonas Becker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-onsite", "040000008200E00074C5B7101A82E0080000000020BB11CAA3A1DC01000000000000000010000000"
        "E2C9770A", 1, "Crowe Kleeberg", "Steuerfachangestellter (m/w/d)", "onsite",
        "michaela.obst@crowe-kleeberg.de;Stefan Rieger", "outlook-w-europe-vorstellungsgespraech-vor-ort",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Becker\,\n\ngerne bestätige ich
  Ihnen den Termin für Ihr Vorstellungsgespräch als Steuerfachangestellter
  (m/w/d). Gesprächspartner sind Frau Michaela Obst (Partnerin\, StB) und
  Herr Stefan Rieger (Teamleiter).\nAdresse: Augustenstraße 10\, 80333 Mü
 nchen. Parkmöglichkeiten im Parkhaus Karolinenplatz.\n\nFreundliche Grüß
 e\nHR Team\n
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Steuerfachangestellter (m/w/d)
  - Becker
DTSTART;TZID="W. Europe Standard Time":20260302T150000
DTEND;TZID="W. Europe Standard Time":20260302T160000
UID:040000008200E00074C5B7101A82E0080000000020BB11CAA3A1DC01000000000000000010000000E2C9770A
DTSTAMP:20260223T132200Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Augustenstraße 10\, 80333 München
ORGANIZER;CN="Personal Crowe Kleeberg":mailto:karriere@crowe-kleeberg.de
ATTENDEE;CN="Obst, Michaela";RSVP=TRUE:mailto:Michaela.Obst@crowe-kleeberg.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calcom-erstgespraech", "kJ8sT2wLq9xV4nB1cH6mZr@Cal.com", 1, "LKC", "", "recruiter_screen",
        "recruiting@lkc.de", "cal-com-booking-erstgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:kJ8sT2wLq9xV4nB1cH6mZr@Cal.com
SUMMARY:Erstgespräch (30 min) zwischen LKC Recruiting und Jonas Becker
DTSTAMP:20260207T182311Z
DTSTART:20260213T110000Z
DTEND:20260213T113000Z
DESCRIPTION:Was:\nErstgespräch (30 min)\n\nWer:\nLKC Recruiting - Veranst
 alter\nrecruiting@lkc.de\n\nJonas Becker\njonas.becker.stb@web.de\n\nWo:\n
 Cal Video\nhttps://app.cal.com/video/kJ8sT2wLq9xV4nB1cH6mZr\n\nZusätzliche
  Anmerkungen:\nBewerbung Steuerfachwirt (m/w/d) Grünwald\n\nMöchten Sie s
 tornieren oder umbuchen? https://cal.com/booking/kJ8sT2wLq9xV4nB1cH6mZr
ORGANIZER;CN=LKC Recruiting:mailto:recruiting@lkc.de
ATTENDEE;PARTSTAT=ACCEPTED;CN=Jonas Becker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:m
 ailto:jonas.becker.stb@web.de
LOCATION:Cal Video
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-telefon", "c3b2a190-5e4d-4f3c-8b2a-19e8d7c6b5a4", 1, "ETL ADVISA", "", "recruiter_screen",
        "christine.kuhn@etl.de", "calendly-telefoninterview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c3b2a190-5e4d-4f3c-8b2a-19e8d7c6b5a4
DTSTAMP:20260209T201501Z
DTSTART:20260216T070000Z
DTEND:20260216T072000Z
SUMMARY:Telefoninterview ETL ADVISA (20 Min) - Jonas Becker
DESCRIPTION:Event Name: Telefoninterview ETL ADVISA (20 Min)\n\nLocation:
  Christine Kuhn ruft Sie an unter +49 176 22849130\n\nNeed to make chang
 es to this event?\nCancel: https://calendly.com/cancellations/c3b2a190\n
 Reschedule: https://calendly.com/reschedulings/c3b2a190\n\nPowered by Ca
 lendly.com
ORGANIZER;CN=Christine Kuhn:mailto:christine.kuhn@etl.de
ATTENDEE;CN=Jonas Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jon
 as.becker.stb@web.de
ATTENDEE;CN=Christine Kuhn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c
 hristine.kuhn@etl.de
LOCATION:+49 176 22849130
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "self-typed-onsite", "8B2D6C1E-94A7-4F0B-A31D-55E0C9F7A2B8", 1, "ETL ADVISA", "", "onsite",
        "Hr. Kuhn", "self-typed-abbreviated-vorst-gespr",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8B2D6C1E-94A7-4F0B-A31D-55E0C9F7A2B8
DTSTAMP:20260217T121500Z
CREATED:20260217T121400Z
DTSTART:20260223T170000
DTEND:20260223T180000
SUMMARY:ETL Advisa Vorst.gespr. Hr. Kuhn
LOCATION:Leopoldstr. 244\, 2. OG
DESCRIPTION:Hr. Kuhn = Niederl.leiter\, Fr. Kuhn (Tel.) war Personal - ni
 cht verwechseln ;)\nZeugnisse + StFA-Urkunde mit\, nach Gehalt fragt er s
 icher
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "bookings-augsburg", "bookings-7f3c1e44b2d54c8a9a61f0a2@outlook.com", 1, "Ecovis Augsburg",
        "Steuerfachangestellter / Steuerfachwirt (m/w/d)", "", "t.holzapfel@ecovis.com",
        "microsoft-bookings-bewerbungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
UID:bookings-7f3c1e44b2d54c8a9a61f0a2@outlook.com
DTSTAMP:20260218T190033Z
DTSTART;TZID="W. Europe Standard Time":20260224T090000
DTEND;TZID="W. Europe Standard Time":20260224T094500
SUMMARY:Bewerbungsgespräch Steuerfachangestellter / Steuerfachwirt (m/w/d)
DESCRIPTION:Ihre Buchung ist bestätigt.\n\nDienst: Bewerbungsgespräch Steu
 erfachangestellter / Steuerfachwirt (m/w/d)\nMitarbeiter: Thomas Holzapfe
 l\nKanzlei: Ecovis Augsburg\, Schaezlerstraße 13\, 86150 Augsburg\n\nSie
  können diese Buchung jederzeit bis 24 Stunden vorher ändern oder storni
 eren.\n\nMicrosoft Bookings
LOCATION:Schaezlerstraße 13\, 86150 Augsburg
ORGANIZER;CN=ECOVIS Augsburg Bewerbung:mailto:ECOVISAugsburgBewerbung@ecovis
 .onmicrosoft.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Thomas Holzapfel:mailto:T.Holzapfel@ecovis.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workable-screen", "wk-interview-6a1f8b2c3d@workable.com", 1, "Nexia", "Tax Assistant (f/m/d)",
        "recruiter_screen", "ramona.bauer@nexia.de", "workable-english-phone-screen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-interview-6a1f8b2c3d@workable.com
DTSTAMP:20260211T094500Z
DTSTART:20260217T123000Z
DTEND:20260217T130000Z
SUMMARY:Interview with Nexia GmbH - Tax Assistant (f/m/d)
DESCRIPTION:Hi Jonas\,\n\nThis is to confirm your phone interview with Ra
 mona Bauer (HR) for the Tax Assistant (f/m/d) position.\nRamona will cal
 l you at +49 176 22849130.\n\nSent via Workable
ORGANIZER;CN=Nexia GmbH:mailto:notifications@workablemail.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Ramona Bauer:mailto:ramona.bauer@nexia.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teamtailor-interview", "TT-3fa2b8d1-schneider-int@teamtailor.com", 1, "Schneider + Partner",
        "Steuerfachangestellte:r (m/w/d)", "hiring_manager", "m.schneider@schneider-partner.de",
        "teamtailor-german-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:TT-3fa2b8d1-schneider-int@teamtailor.com
DTSTAMP:20260224T104400Z
DTSTART;TZID=Europe/Berlin:20260227T160000
DTEND;TZID=Europe/Berlin:20260227T164500
SUMMARY:Interview: Steuerfachangestellte:r (m/w/d) - Schneider + Partner
DESCRIPTION:Hallo Jonas\,\n\ndein Interview mit Martin Schneider (Geschäft
 sführer\, StB) ist bestätigt.\nOrt: Schneider + Partner\, Prinzregentens
 traße 56\, München - oder per Teams\, falls Dir das lieber ist.\n\nBis bal
 d!
ORGANIZER;CN=Schneider + Partner:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Martin Schneider:mailto:m.schneider@schneider-partner.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "entrevista-meet", "0v8k2sf6l1h3qj9mp4b7d5x2cn@google.com", 1, "Iberia Tax Partners",
        "Asesor fiscal junior - German Desk (Múnich)", "recruiter_screen", "lucia.ferrer@iberiatax.es",
        "spanish-google-entrevista",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260303T170000
DTEND;TZID=Europe/Madrid:20260303T173000
DTSTAMP:20260226T164411Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@iberiatax.es
UID:0v8k2sf6l1h3qj9mp4b7d5x2cn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía
  Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@iberiatax.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jonas.becker.stb@web.de;X-NUM-GUESTS=0:mailto:jonas.becker.stb@web
 .de
DESCRIPTION:Hola Jonas\, como hablamos por correo\, te propongo una primer
 a entrevista para el puesto de Asesor fiscal junior - German Desk (Múnic
 h). Podemos hablar en alemán o en inglés\, como prefieras.\nUn saludo\,\nL
 ucía\n\nUnirse con Google Meet: https://meet.google.com/ojc-xuzk-bha
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Jonas Becker - Iberia Tax Partners
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "vienna-kennenlernen", "3a9f1c7e-22b4-4e6d-8a0c-tpa-wien-0219@tpa-group.at", 1, "TPA",
        "Berufsanwärter:in Steuerberatung (w/m/x)", "", "b.hofer@tpa-group.at",
        "vienna-vtimezone-kennenlerngespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_VIENNA@
BEGIN:VEVENT
UID:3a9f1c7e-22b4-4e6d-8a0c-tpa-wien-0219@tpa-group.at
DTSTAMP:20260213T095900Z
DTSTART;TZID=Europe/Vienna:20260219T140000
DTEND;TZID=Europe/Vienna:20260219T143000
SUMMARY:Kennenlerngespräch TPA - Berufsanwärter:in Steuerberatung (w/m/x)
DESCRIPTION:Lieber Herr Becker\,\n\nich freue mich auf unser Kennenlernge
 spräch via MS Teams. Da Sie aus Deutschland kommen\, sprechen wir auch ku
 rz über die Anerkennung Ihrer Ausbildung für die österreichische StB-Prü
 fung.\n\nLiebe Grüße\nBirgit Hofer\nHR | TPA Steuerberatung GmbH\nWiedner
  Gürtel 13\, 1100 Wien
ORGANIZER;CN="Hofer, Birgit":mailto:b.hofer@tpa-group.at
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "vienna-partnerin", "9d0e2f4a-61b3-4c5d-9e7f-tpa-wien-0312@tpa-group.at", 1, "TPA",
        "Berufsanwärter:in Steuerberatung (w/m/x)", "hiring_manager", "b.hofer@tpa-group.at;e.strasser@tpa-group.at",
        "vienna-zweitgespraech-partnerin-onsite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_VIENNA@
BEGIN:VEVENT
UID:9d0e2f4a-61b3-4c5d-9e7f-tpa-wien-0312@tpa-group.at
DTSTAMP:20260303T080000Z
DTSTART;TZID=Europe/Vienna:20260312T103000
DTEND;TZID=Europe/Vienna:20260312T120000
SUMMARY:Zweitgespräch Hr. Becker mit Mag. Strasser
DESCRIPTION:Lieber Herr Becker\,\n\nwie vereinbart das Zweitgespräch mit M
 ag. Eva Strasser (Partnerin\, Steuerberaterin) bei uns im Büro. Die Reis
 ekosten (Zug München-Wien) übernehmen wir gerne\, bitte Belege mitbringen
 .\n\nLiebe Grüße\nBirgit Hofer
ORGANIZER;CN="Hofer, Birgit":mailto:b.hofer@tpa-group.at
ATTENDEE;CN="Strasser, Eva";RSVP=TRUE:mailto:e.strasser@tpa-group.at
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:TPA\, Wiedner Gürtel 13\, 1100 Wien\, Turm 24\, 11. Stock
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dvinci-wien", "dvinci-LL-0117-4482@dvinci-hr.com", 1, "LeitnerLeitner",
        "Steuerassistent:in (m/w/d) Wien", "hiring_manager", "christoph.pichler@leitnerleitner.com",
        "dvinci-vienna-bewerbungsgespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Terminplanung//DE
METHOD:REQUEST
@TZ_VIENNA@
BEGIN:VEVENT
UID:dvinci-LL-0117-4482@dvinci-hr.com
DTSTAMP:20260223T130505Z
DTSTART;TZID=Europe/Vienna:20260302T090000
DTEND;TZID=Europe/Vienna:20260302T100000
SUMMARY:Bewerbungsgespräch Steuerassistent:in (m/w/d) Wien - LeitnerLeitne
 r
DESCRIPTION:Sehr geehrter Herr Becker\,\n\nwir laden Sie zu einem Bewerbun
 gsgespräch mit Mag. Christoph Pichler (Partner) ein. Das Gespräch findet
  per Zoom statt:\nhttps://leitnerleitner.zoom.us/j/96612003318\n\nMit fre
 undlichen Grüßen\nLeitnerLeitner Recruiting
ORGANIZER;CN=LeitnerLeitner Recruiting:mailto:noreply@dvinci-hr.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Christoph Pichler:mailto:christoph.pichler@leitnerleitner.com
END:VEVENT
END:VCALENDAR
""",
    ),
]
