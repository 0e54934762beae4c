# ruff: noqa: E501
"""holdout144 events: the user's own interviews with companies, agencies, a founder and a city (tools vary)."""

EVENTS = [
    dict(
        kind="teams-vorstellung",
        uid="040000008200E00074C5B7101A82E0080000000077E3A1C95F9CDB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        iv=1, company="voestalpine", role="Expertin / Experte Dokumenten- und Wissensmanagement", stage="",
        who="christian.hinterberger@voestalpine.com;eva.mayrhofer@voestalpine.com",
        trap="central-europe-zone-teams-vorstellung-industry",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_CEU@@
BEGIN:VEVENT
ORGANIZER;CN="Mayrhofer Eva (voestalpine Stahl GmbH)":mailto:eva.mayrhofer@voestalpine.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hinterberger Christian (voestalpine Stahl GmbH)":mailto:christian.hinterberger@voestalpine.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Leitner\,\n\nherzlichen Dank für Ihre Bewerbung. Wie telefonisch vereinbart\, laden wir Sie zu einem Vorstellungsgespräch via MS Teams ein. Gesprächspartner: DI Christian Hinterberger (Leiter Engineering Information Management) und ich.\n\nFreundliche Grüße\nEva Mayrhofer\nHR Recruiting | voestalpine Stahl GmbH | voestalpine-Straße 3\, 4020 Linz\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder ein Raumgerät bei\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE0YzNiMjQtMzk1Ny00OGI2LTg0MTMtNDIyNWVjZjUzNjM2%40thread.v2/0>\nBesprechungs-ID: 318 905 227 447\nPasscode: gV4pD7\nPer Telefon einwählen\n+43 732 2080 5193\,\,618337209# Österreich\, Linz\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000077E3A1C95F9CDB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Leitner – Dokumenten- & Wissensmanagement
DTSTART;TZID=Central Europe Standard Time:20250422T090000
DTEND;TZID=Central Europe Standard Time:20250422T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T105511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teamtailor-intro",
        uid="teamtailor-interview-3312875@teamtailor.com",
        iv=1, company="Storyblok", role="Knowledge Manager", stage="recruiter_screen",
        who="selina.wagner@storyblok.com",
        trap="teamtailor-english-intro-call",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-3312875@teamtailor.com
DTSTAMP:20250122T154400Z
DTSTART:20250129T110000Z
DTEND:20250129T113000Z
SUMMARY:Intro call: Knowledge Manager @ Storyblok
ORGANIZER;CN=Selina Wagner:mailto:selina.wagner@storyblok.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Selina Wagner:mailto:selina.wagner@storyblok.com
LOCATION:https://meet.google.com/hqz-fmkt-awp
DESCRIPTION:Hi Theresa\, 👋\n\nthanks for applying to Storyblok! This is a 30 min intro call with Selina (People & Talent) to get to know each other and talk about the Knowledge Manager role in our Support team.\n\nGoogle Meet: https://meet.google.com/hqz-fmkt-awp\n\nSee you soon!\nThe Storyblok Talent Team\n\nThis meeting was booked through Teamtailor.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="modernloop-onsite",
        uid="modernloop-event-8b1e0c55-2d7a-4f19-a3b8-dyn-onsite-01@modernloop.io",
        iv=1, company="Dynatrace", role="Technical Knowledge Manager", stage="onsite",
        who="t.reisinger@dynatrace.com;m.oberhumer@dynatrace.com;k.steinbichler@dynatrace.com",
        trap="modernloop-onsite-loop-linz-multiple-interviewers",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:modernloop-event-8b1e0c55-2d7a-4f19-a3b8-dyn-onsite-01@modernloop.io
DTSTAMP:20250210T173300Z
DTSTART:20250218T080000Z
DTEND:20250218T113000Z
SUMMARY:Dynatrace Onsite Interview – Theresa Leitner – Technical Knowledge Manager
ORGANIZER;CN=Dynatrace Recruiting:mailto:scheduling@dynatrace.modernloop.io
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
LOCATION:Dynatrace HQ\, Freistädter Straße 313\, 4040 Linz – Reception
DESCRIPTION:Hi Theresa\,\n\nHere is your onsite interview schedule at Dynatrace Linz:\n\n09:00 – 10:00  Knowledge architecture deep dive – Thomas Reisinger (t.reisinger@dynatrace.com)\n10:00 – 10:45  Collaboration with Product & Docs – Martina Oberhumer (m.oberhumer@dynatrace.com)\n11:00 – 11:45  Culture add – Klaus Steinbichler (k.steinbichler@dynatrace.com)\n12:00 – 12:30  Lunch with the team (optional)\n\nParking is available in the visitor garage. Please bring an ID.\n\nYour recruiting coordinator: Jana Lehner\n\nScheduled with ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="lever-interview",
        uid="lever-interview-f7c9a1e2-6b3d-4e8f-9a0b-tourradar-hm@lever.co",
        iv=1, company="TourRadar", role="Knowledge Manager – Customer Operations", stage="hiring_manager",
        who="dominik.haas@tourradar.com",
        trap="lever-hiring-manager-candidate-name-first",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Interview//EN
VERSION:2.0
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
UID:lever-interview-f7c9a1e2-6b3d-4e8f-9a0b-tourradar-hm@lever.co
DTSTAMP:20250131T102233Z
DTSTART;TZID=Europe/Vienna:20250211T170000
DTEND;TZID=Europe/Vienna:20250211T174500
SUMMARY:Theresa Leitner - Hiring Manager Interview (TourRadar)
ORGANIZER;CN=TourRadar Talent:mailto:talent@tourradar.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Dominik Haas:mailto:dominik.haas@tourradar.com
LOCATION:https://us02web.zoom.us/j/84417726901
DESCRIPTION:Hi Theresa\,\n\nthis is your interview with Dominik Haas (Director Customer Operations) for the Knowledge Manager – Customer Operations role.\n\nZoom: https://us02web.zoom.us/j/84417726901\n\nCheers\,\nTourRadar Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="agency-call",
        uid="5f8d2c71b9e04a3f8c1e6d2b7a9f0e13@hays.at",
        iv=1, company="Boehringer Ingelheim", role="Scientific Information Specialist", stage="recruiter_screen",
        who="markus.haider@hays.at",
        trap="agency-screen-named-client-in-subject",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN=theresa.leitner@gmx.at;RSVP=TRUE:mailto:theresa.leitner@gmx.at
CLASS:PUBLIC
DESCRIPTION:Liebe Frau Leitner\,\n\nwie heute am Telefon kurz angesprochen: Für unseren Kunden Boehringer Ingelheim RCV in Wien (Meidling) suchen wir eine*n Scientific Information Specialist (Literaturrecherche\, Datenbanken\, Wissensmanagement für die Forschung). Ich würde gerne im Detail mit Ihnen über Ihren Hintergrund und die Position sprechen\, bevor ich Ihr Profil vorstelle.\n\nIch rufe Sie unter +43 664 318 2270 an.\n\nBeste Grüße\nMarkus Haider\nSenior Recruitment Consultant Life Sciences\nHays Österreich GmbH\, Europaplatz 3/5\, 1150 Wien
DTEND;TZID="W. Europe Standard Time":20250408T123000
DTSTAMP:20250404T144019Z
DTSTART;TZID="W. Europe Standard Time":20250408T120000
LOCATION:Telefon
ORGANIZER;CN="Haider, Markus":mailto:markus.haider@hays.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Telefonat Hays / Leitner – Scientific Information Specialist (Boehringer Ingelheim)
TRANSP:OPAQUE
UID:5f8d2c71b9e04a3f8c1e6d2b7a9f0e13@hays.at
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="headhunter-gespraech",
        uid="rp-es-2025-0061-leitner-01@rainer-partner.at",
        iv=1, company="Wiener Städtische Versicherung", role="Leitung Informationsmanagement", stage="recruiter_screen",
        who="claudia.rainer@rainer-partner.at",
        trap="headhunter-names-client-only-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
VERSION:2.0
METHOD:REQUEST
@@APPLE_VIENNA@@
BEGIN:VEVENT
UID:rp-es-2025-0061-leitner-01@rainer-partner.at
DTSTAMP:20250225T092700Z
CREATED:20250225T092643Z
DTSTART;TZID=Europe/Vienna:20250303T080000
DTEND;TZID=Europe/Vienna:20250303T090000
SUMMARY:Gespräch Leitung Informationsmanagement (Versicherung\, Wien)
LOCATION:Rainer & Partner\, Schottenring 16\, 1010 Wien (3. Stock)
ORGANIZER;CN="Dr. Claudia Rainer":mailto:claudia.rainer@rainer-partner.at
ATTENDEE;CN="Theresa Leitner";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.leitner@gmx.at
DESCRIPTION:Liebe Frau Leitner\,\n\nvielen Dank für Ihr Interesse. Wie besprochen\, führen wir dieses Mandat im Auftrag der Wiener Städtische Versicherung AG (Vienna Insurance Group). Im Gespräch möchte ich Ihren Werdegang\, Ihre Führungserfahrung und Ihre Motivation kennenlernen\; bei gegenseitigem Interesse stelle ich Sie anschließend dem Vorstandsbereich vor.\n\nDiskretion ist selbstverständlich zugesichert.\n\nHerzliche Grüße\nClaudia Rainer\nRainer & Partner Executive Search
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="founder-chat",
        uid="7q2n5p8r1t4v7x0z3c6f9h2k5m@google.com",
        iv=1, company="Findbuch Labs", role="Head of Archives & Metadata", stage="",
        who="lukas.brenner.vie@gmail.com",
        trap="founder-free-mail-google-export-x-wr-timezone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:theresa.leitner@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20250422T150000Z
DTEND:20250422T160000Z
DTSTAMP:20250610T183012Z
ORGANIZER;CN=Lukas Brenner:mailto:lukas.brenner.vie@gmail.com
UID:7q2n5p8r1t4v7x0z3c6f9h2k5m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=theresa.leitner@gmx.at;X-NUM-GUESTS=0:mailto:theresa.leitner@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Brenner;X-NUM-GUESTS=0:mailto:lukas.brenner.vie@gmail.com
CREATED:20250411T075233Z
DESCRIPTION:Hi Theresa\,\n\nwie nach dem Treffen beim Bibliothekartag besprochen – lass uns über die Rolle Head of Archives & Metadata bei Findbuch Labs reden. Wir sind gerade 6 Leute\, bauen Erschließungssoftware für kleine Archive und Gemeinden\, und ich würde dir gern erzählen\, was wir vorhaben – und mehr über deine Erfahrung hören. Danach würdest du noch Mira (CTO) kennenlernen.\n\nCafé Prückel oder Meet\, wie's dir lieber ist.\n\nLG Lukas\n\nJoin with Google Meet: https://meet.google.com/nfe-uxbr-kqa
LAST-MODIFIED:20250411T075301Z
LOCATION:Café Prückel\, Stubenring 24\, 1010 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lukas (Findbuch) / Theresa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-termin",
        uid="bookings-7d1f3e5a-9c2b-4a8e-b6d0-2f4e6a8c0b1d@linz.at",
        iv=1, company="Stadt Linz", role="Leitung Stadtbibliothek Linz (Wissensturm)", stage="",
        who="elisabeth.danninger@mag.linz.at",
        trap="microsoft-bookings-candidate-booked-slot",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN=Magistrat Linz – Personalauswahl:mailto:PersonalauswahlMagistratLinz@linz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theresa Leitner:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Danninger Elisabeth":mailto:elisabeth.danninger@mag.linz.at
DESCRIPTION;LANGUAGE=de-AT:Ihre Buchung bei Magistrat Linz – Personalauswahl ist bestätigt.\n\nDienst: Bewerbungsgespräch – Leitung Stadtbibliothek Linz (Wissensturm)\nMitarbeiterin: Mag.a Elisabeth Danninger (Geschäftsbereich Kultur und Bildung)\nDauer: 60 Minuten\nOrt: Wissensturm\, Kärntnerstraße 26\, 4020 Linz\, 15. Stock\n\nWenn Sie Ihre Buchung ändern oder stornieren möchten\, verwenden Sie bitte den Link in der Bestätigungs-E-Mail.\n\nMicrosoft Bookings
UID:bookings-7d1f3e5a-9c2b-4a8e-b6d0-2f4e6a8c0b1d@linz.at
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch – Leitung Stadtbibliothek Linz (Wissensturm) mit Theresa Leitner
DTSTART;TZID=W. Europe Standard Time:20250429T083000
DTEND;TZID=W. Europe Standard Time:20250429T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250418T201144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Wissensturm\, Kärntnerstraße 26\, 4020 Linz
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calcom-intro",
        uid="calcom-booking-k8Xp2vQm9Zr4Tn7Ls1Wd@cal.com",
        iv=1, company="READ-COOP", role="Community & Knowledge Manager", stage="recruiter_screen",
        who="anna.kirchmair@readcoop.eu",
        trap="cal-com-between-names-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-k8Xp2vQm9Zr4Tn7Ls1Wd@cal.com
DTSTAMP:20250115T191212Z
DTSTART:20250121T090000Z
DTEND:20250121T093000Z
SUMMARY:Intro Call – Community & Knowledge Manager between Anna Kirchmair and Theresa Leitner
ORGANIZER;CN=Anna Kirchmair:mailto:anna.kirchmair@readcoop.eu
ATTENDEE;CN=Theresa Leitner;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:theresa.leitner@gmx.at
LOCATION:https://app.cal.com/video/k8Xp2vQm9Zr4Tn7Ls1Wd
DESCRIPTION:What: Intro Call – Community & Knowledge Manager\nInvitee Time Zone: Europe/Vienna\nWho:\nAnna Kirchmair - Organizer\nanna.kirchmair@readcoop.eu\nTheresa Leitner\ntheresa.leitner@gmx.at\nWhere: Cal Video\nAdditional notes: Hallo Anna\, danke für den Link – freue mich auf das Gespräch zur Stelle bei READ-COOP / Transkribus! Theresa\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/k8Xp2vQm9Zr4Tn7Ls1Wd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workable-interview",
        uid="workable-event-apa-4471093-2@workablemail.com",
        iv=1, company="APA – Austria Presse Agentur", role="Leitung Archiv & Dokumentation (m/w/d)",
        stage="hiring_manager", who="bernhard.koenig@apa.at",
        trap="press-agency-job-interview-word-interview-ambiguous",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-apa-4471093-2@workablemail.com
DTSTAMP:20250505T113000Z
DTSTART:20250515T070000Z
DTEND:20250515T080000Z
SUMMARY:Interview with APA – Austria Presse Agentur for Leitung Archiv & Dokumentation (m/w/d)
ORGANIZER;CN=APA Recruiting:mailto:apa@workablemail.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Bernhard König:mailto:bernhard.koenig@apa.at
LOCATION:APA\, Laimgrubengasse 10\, 1060 Wien
DESCRIPTION:Hallo Theresa\,\n\nwir freuen uns\, dich zum Gespräch mit Bernhard König (Leitung Content-Services) einzuladen.\n\nPosition: Leitung Archiv & Dokumentation (m/w/d)\nOrt: Laimgrubengasse 10\, 1060 Wien – bitte am Empfang im EG melden\n\nBis bald!\nAPA Recruiting\n\nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="prescreen-einladung",
        uid="prescreen-appointment-190233-khm@prescreen.io",
        iv=1, company="Kunsthistorisches Museum Wien", role="Leitung Bibliothek (w/m/d)", stage="",
        who="veronika.strobl@khm.at;marion.lechner@khm.at",
        trap="prescreen-austrian-ats-museum-library",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen international GmbH//prescreen//DE
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
UID:prescreen-appointment-190233-khm@prescreen.io
DTSTAMP:20250602T080512Z
DTSTART;TZID=Europe/Vienna:20250616T140000
DTEND;TZID=Europe/Vienna:20250616T150000
SUMMARY:Einladung zum Gespräch – Leitung Bibliothek (w/m/d) – KHM-Museumsverband
ORGANIZER;CN=KHM-Museumsverband Recruiting:mailto:noreply@prescreen.io
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Veronika Strobl:mailto:veronika.strobl@khm.at
ATTENDEE;CN=Marion Lechner:mailto:marion.lechner@khm.at
LOCATION:Kunsthistorisches Museum\, Maria-Theresien-Platz\, 1010 Wien – Mitarbeiter*inneneingang Burgring 5
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nwir bedanken uns für Ihre Bewerbung und laden Sie herzlich zu einem persönlichen Gespräch ein.\n\nIhre Gesprächspartnerinnen: Dr.in Veronika Strobl (Direktorin Sammlungen & Forschung)\, Mag.a Marion Lechner (HR)\n\nBitte bestätigen Sie den Termin über den folgenden Link: https://khm.jobbase.io/appointment/190233\n\nMit freundlichen Grüßen\nKHM-Museumsverband – Human Resources
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
