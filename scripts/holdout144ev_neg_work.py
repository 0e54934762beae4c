# ruff: noqa: E501
"""holdout144 negatives, part 3: look-alikes from the job search and the library's working day."""

_NEG = dict(iv=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _NEG, kind="probe-hearing",
        uid="1b3d5f7h9j2l4n6p8r0t@google.com",
        trap="mock-hearing-with-career-coach",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250313T180000
DTEND;TZID=Europe/Vienna:20250313T193000
DTSTAMP:20250305T120412Z
ORGANIZER;CN=Mag. Andrea Berger – Karrierecoaching:mailto:office@berger-coaching.at
UID:1b3d5f7h9j2l4n6p8r0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=theresa.leitner@gmx.at;X-NUM-GUESTS=0:mailto:theresa.leitner@gmx.at
DESCRIPTION:Liebe Frau Leitner\,\n\nwie vereinbart: Probe-Hearing als Vorbereitung auf Ihr Hearing an der Universität Wien. Ich übernehme die Rolle der Kommission\, wir zeichnen auf Video auf und besprechen danach Präsentation\, Körpersprache und Antworten auf die typischen Führungsfragen.\n\nBitte Präsentation mitbringen (Laptop).\n\nHerzliche Grüße\nAndrea Berger\nBerger Coaching\, Neubaugasse 12/7\, 1070 Wien
LOCATION:Berger Coaching\, Neubaugasse 12/7\, 1070 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probe-Hearing / Interviewtraining (Leitner)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="webinar",
        uid="zoom-webinar-98831204417-reg-7741@zoom.us",
        trap="webinar-about-hearings-in-public-service",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@G_VIENNA@@
BEGIN:VEVENT
DTSTAMP:20250205T103311Z
DTSTART;TZID=Europe/Vienna:20250220T160000
DTEND;TZID=Europe/Vienna:20250220T173000
SUMMARY:VÖB-Webinar: Gut vorbereitet ins Hearing – Bewerben für Leitungsfunktionen in Bibliotheken
UID:zoom-webinar-98831204417-reg-7741@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Sie haben sich für dieses Webinar registriert.\n\nReferentin: Dr.in Susanne Lang (Personalentwicklung\, Universität Innsbruck)\nInhalte: Ablauf von Hearings und Auswahlgesprächen im öffentlichen Dienst\, typische Fragen von Kommissionen\, Präsentationen\, Gehaltsschema.\nVeranstalter: Vereinigung Österreichischer Bibliothekarinnen und Bibliothekare (VÖB)\, Kommission für Aus- und Fortbildung\n\nWebinar beitreten:\nhttps://us02web.zoom.us/w/98831204417?tk=Qx7wE2\n\nWebinar-ID: 988 3120 4417
LOCATION:https://us02web.zoom.us/w/98831204417?tk=Qx7wE2
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="presseinterview",
        uid="040000008200E00074C5B7101A82E00800000000PRESSEFALTER00000000000000000000001000000000FALTERINTERVIEWBIBLIOTHEK000001",
        trap="press-interview-about-libraries-at-work",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Presse Büchereien Wien":mailto:presse@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jonas Schmid:mailto:j.schmid@falter.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Theresa\,\n\nder Falter (Jonas Schmid\, Stadtleben) macht eine Geschichte über Büchereien als „dritte Orte“ und möchte dich in der Zweigstelle interviewen – ca. 30 Min. plus Fotos. Freigabe der Zitate läuft über uns.\n\nDanke & LG\nSonja\, Öffentlichkeitsarbeit\n
UID:040000008200E00074C5B7101A82E00800000000PRESSEFALTER00000000000000000000001000000000FALTERINTERVIEWBIBLIOTHEK000001
SUMMARY;LANGUAGE=de-AT:Interview Falter – Bücherei als dritter Ort (ZST Hernals)
DTSTART;TZID=W. Europe Standard Time:20250225T140000
DTEND;TZID=W. Europe Standard Time:20250225T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T092211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="podcast",
        uid="4k6m8o0q2s4u6w8y0a2c@google.com",
        trap="podcast-recording-guest",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250430T180000
DTEND;TZID=Europe/Vienna:20250430T193000
DTSTAMP:20250328T201533Z
ORGANIZER;CN=Seitenweise Podcast:mailto:seitenweise.podcast@gmail.com
UID:4k6m8o0q2s4u6w8y0a2c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=theresa.leitner@gmx.at;X-NUM-GUESTS=0:mailto:theresa.leitner@gmx.at
DESCRIPTION:Hallo Theresa!\n\nSuper\, dass du dabei bist. Aufnahme für Folge 58 „Was machen Bibliothekar*innen eigentlich den ganzen Tag?“ Wir schicken dir vorher grob die Fragen\, ist aber ganz locker. Bitte Kopfhörer mitnehmen.\n\nStudio: Radio Orange\, Klosterneuburger Straße 1\, 1200 Wien\n\nLG Nina & Paul
LOCATION:Radio Orange 94.0\, Klosterneuburger Str. 1\, 1200 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme „Seitenweise“ – Gast: Theresa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="experteninterview",
        uid="ZOOM83390127746-masterarbeit@zoom.us",
        trap="research-expert-interview-for-masters-thesis",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@G_VIENNA@@
BEGIN:VEVENT
DTSTAMP:20250318T113301Z
DTSTART;TZID=Europe/Vienna:20250326T170000
DTEND;TZID=Europe/Vienna:20250326T180000
SUMMARY:Experteninterview Masterarbeit – Wissensmanagement in Öffentlichen Bibliotheken
UID:ZOOM83390127746-masterarbeit@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Lea Wallner lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nSehr geehrte Frau Leitner\, vielen Dank\, dass Sie sich für ein leitfadengestütztes Experteninterview für meine Masterarbeit (Library and Information Studies\, Universität Graz) Zeit nehmen. Das Gespräch wird mit Ihrer Einwilligung aufgezeichnet und anonymisiert transkribiert.\n\nZoom-Meeting beitreten\nhttps://uni-graz.zoom.us/j/83390127746\n\nMeeting-ID: 833 9012 7746
LOCATION:https://uni-graz.zoom.us/j/83390127746
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="befragung",
        uid="foresight-studie-bibl-2025-t0412@foresight.at",
        trap="survey-phone-interview-research-institute",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Foresight Research//Terminvereinbarung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:foresight-studie-bibl-2025-t0412@foresight.at
DTSTAMP:20250402T090000Z
DTSTART:20250410T103000Z
DTEND:20250410T110000Z
SUMMARY:Telefoninterview Studie „Arbeitsplatz Bibliothek 2030“
ORGANIZER;CN=Foresight Research Feldteam:mailto:feld@foresight.at
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:t.leitner@buechereien-wien.at
DESCRIPTION:Vielen Dank für Ihre Teilnahme an der Befragung von Führungskräften in Öffentlichen Bibliotheken im Auftrag des BMKÖS. Unsere Interviewerin ruft Sie zum vereinbarten Zeitpunkt an. Dauer ca. 25 Minuten. Ihre Angaben werden anonym ausgewertet.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="mitarbeitergespraech",
        uid="040000008200E00074C5B7101A82E00800000000MAG2025LEITNER0000000000000000001000000000MAGFUCHSLEITNER00000000000000001",
        trap="own-annual-appraisal-with-boss",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Gerhard":mailto:g.fuchs@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Theresa\,\n\nunser jährliches Mitarbeiter*innengespräch. Bitte den Vorbereitungsbogen (Rückblick\, Ziele 2025\, Fortbildungswünsche\, Entwicklungsperspektiven) vorher ausfüllen.\n\nLG Gerhard\n
UID:040000008200E00074C5B7101A82E00800000000MAG2025LEITNER0000000000000000001000000000MAGFUCHSLEITNER00000000000000001
SUMMARY;LANGUAGE=de-AT:MAG 2025 Leitner / Fuchs
DTSTART;TZID=W. Europe Standard Time:20250130T100000
DTEND;TZID=W. Europe Standard Time:20250130T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250113T081511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Regionalleitung West\, Büro Fuchs
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="kaffee",
        uid="A7B8C9D0-E1F2-4A3B-8C4D-KAFFEE-HOFER-ONB",
        trap="informational-coffee-with-insider-at-target-employer",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
@@APPLE_VIENNA@@
BEGIN:VEVENT
CREATED:20250219T211010Z
DTEND;TZID=Europe/Vienna:20250304T134500
DTSTAMP:20250219T211044Z
DTSTART;TZID=Europe/Vienna:20250304T124500
LAST-MODIFIED:20250219T211044Z
LOCATION:Café Bräunerhof
SEQUENCE:0
SUMMARY:Kaffee m. Doris Hofer (ÖNB)
DESCRIPTION:informell – wie ist die Stimmung in der Digitalen Bibliothek? wer ist Dworak? Ausschreibung Abt.-Ltg. ansprechen\, aber nicht zu direkt
TRANSP:OPAQUE
UID:A7B8C9D0-E1F2-4A3B-8C4D-KAFFEE-HOFER-ONB
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="karrieremesse",
        uid="8d2f4h6j8l0n2p4r6t8v-messe@google.com",
        trap="careers-fair-culture-jobs",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:theresa.leitner@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20250322T090000Z
DTEND:20250322T140000Z
DTSTAMP:20250610T183012Z
UID:8d2f4h6j8l0n2p4r6t8v-messe@google.com
CREATED:20250301T090233Z
DESCRIPTION:Karrieremesse „Jobs in Kunst & Kultur“ – Aussteller u.a. Bundesmuseen\, ÖNB\, Universitäten\, IAEA Library? CV-Check am Stand der AK 11:00. Ausdrucke mitnehmen (10x)
LAST-MODIFIED:20250301T090233Z
LOCATION:MuseumsQuartier\, Halle E
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Karrieremesse Kultur MQ
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="referenzauskunft",
        uid="040000008200E00074C5B7101A82E00800000000REFSALLMUTTER0000000000000000100000000REFERENZSALZBURG000000000000000001",
        trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Egger, Martina":mailto:martina.egger@stadt-salzburg.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Leitner\,\n\nFrau Petra Sallmutter hat Sie als Referenz für ihre Bewerbung als Leiterin der Stadtteilbibliothek Lehen angegeben. Vielen Dank\, dass Sie sich für ein kurzes Telefonat Zeit nehmen – ich rufe Sie unter Ihrer Durchwahl an.\n\nMit freundlichen Grüßen\nMartina Egger\nPersonalamt Stadt Salzburg\n
UID:040000008200E00074C5B7101A82E00800000000REFSALLMUTTER0000000000000000100000000REFERENZSALZBURG000000000000000001
SUMMARY;LANGUAGE=de-AT:Referenzauskunft Fr. Sallmutter (Stadtbibliothek Salzburg)
DTSTART;TZID=W. Europe Standard Time:20250514T090000
DTEND;TZID=W. Europe Standard Time:20250514T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250508T131200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="executive-search-call",
        uid="b94c0e1d2f3a4b5c6d7e8f9a0b1c2d3e@kornferry-mail.com",
        trap="recruiter-call-confidential-client-not-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN=theresa.leitner@gmx.at;RSVP=TRUE:mailto:theresa.leitner@gmx.at
CLASS:PUBLIC
DESCRIPTION:Dear Ms Leitner\,\n\nthank you for connecting on LinkedIn. As mentioned\, we are conducting a confidential search for a Head of Knowledge & Information Management for a leading organisation in Vienna. At this stage I am not able to disclose the name of our client\; I would like to use our call to understand your background and career plans\, and to tell you more about the role in general terms.\n\nBest regards\,\nJulian Hartmann\nPrincipal\, Executive Search
DTEND;TZID="W. Europe Standard Time":20250217T123000
DTSTAMP:20250211T164420Z
DTSTART;TZID="W. Europe Standard Time":20250217T120000
LOCATION:Phone / +43 1 537 02 118
ORGANIZER;CN="Hartmann, Julian":mailto:julian.hartmann@kornferry-mail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Call Julian Hartmann / Theresa Leitner – confidential search
TRANSP:OPAQUE
UID:b94c0e1d2f3a4b5c6d7e8f9a0b1c2d3e@kornferry-mail.com
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="vorbereitung",
        uid="2e4g6i8k0m2o4q6s8u0w@google.com",
        trap="prep-block-star-examples-before-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:theresa.leitner@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20250511T070000Z
DTEND:20250511T100000Z
DTSTAMP:20250610T183012Z
UID:2e4g6i8k0m2o4q6s8u0w@google.com
CREATED:20250506T200511Z
DESCRIPTION:IAEA CBI: STAR-Beispiele für alle 6 Kompetenzen aufschreiben (Teamwork\, Communication\, Achieving Results\, Planning & Organizing\, Client orientation\, Technical/Functional). Englisch laut üben! KM-Strategie der IAEA lesen\, NKM section website.
LAST-MODIFIED:20250506T200511Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorbereitung IAEA Interview (STAR)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="reminder",
        uid="C3D4E5F6-A7B8-4C9D-8E0F-DANKESMAIL-ETH",
        trap="thank-you-note-reminder-after-interview",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
@@APPLE_VIENNA@@
BEGIN:VEVENT
CREATED:20250409T175501Z
DTEND;TZID=Europe/Vienna:20250410T081500
DTSTAMP:20250409T175522Z
DTSTART;TZID=Europe/Vienna:20250410T080000
LAST-MODIFIED:20250409T175522Z
SEQUENCE:0
SUMMARY:Dankesmail an Fr. Dr. Gerber + Hr. Hänggi (ETH) schicken!
DESCRIPTION:auf Frage zu Open-Access-Beratung nochmal eingehen
TRANSP:TRANSPARENT
UID:C3D4E5F6-A7B8-4C9D-8E0F-DANKESMAIL-ETH
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="autorinnengespraech",
        uid="040000008200E00074C5B7101A82E00800000000LESUNG2025APRIL0000000000000000100000000AUTORINNENGESPRAECH0000000000001",
        trap="author-talk-user-moderates-on-stage",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Veranstaltungen Büchereien Wien":mailto:veranstaltungen@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Lesung und Gespräch mit der Autorin Mira Kovač („Die Häuser am Gürtel“). Moderation und Publikumsgespräch: Theresa Leitner. Technik-Check 18:15\, Einlass 18:30\, Beginn 19:00. Büchertisch: Buchhandlung Lhotzky.\n
UID:040000008200E00074C5B7101A82E00800000000LESUNG2025APRIL0000000000000000100000000AUTORINNENGESPRAECH0000000000001
SUMMARY;LANGUAGE=de-AT:Lesung & Autorinnengespräch Mira Kovač – Moderation T. Leitner
DTSTART;TZID=W. Europe Standard Time:20250423T181500
DTEND;TZID=W. Europe Standard Time:20250423T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T101100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals\, Veranstaltungsraum
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="fortbildung",
        uid="vwa-fb-2025-gnd-0318-tn-1147@wien.gv.at",
        trap="professional-training-cataloguing",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Wien//Verwaltungsakademie Seminarverwaltung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:vwa-fb-2025-gnd-0318-tn-1147@wien.gv.at
DTSTAMP:20250210T080000Z
DTSTART:20250605T070000Z
DTEND:20250605T150000Z
SUMMARY:Seminar: Sacherschließung mit GND und RDA – Auffrischung
LOCATION:Verwaltungsakademie der Stadt Wien\, Schulungsraum 3
ORGANIZER;CN=Verwaltungsakademie:mailto:seminare.vwa@wien.gv.at
ATTENDEE;CN=Theresa Leitner;RSVP=FALSE:mailto:t.leitner@buechereien-wien.at
DESCRIPTION:Anmeldebestätigung. Seminarnummer 25-BIB-031. Trainerin: Mag.a Elfriede Stangl. Dienstzeit wird angerechnet.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="jour-fixe",
        uid="040000008200E00074C5B7101A82E00800000000JFZSTLEITUNGEN00000000000000001000000000JOURFIXEWEST0000000000000000001",
        trap="weekly-jour-fixe-recurring-with-moved-instance",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Gerhard":mailto:g.fuchs@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Novotny, Lukas":mailto:l.novotny@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Jour fixe der Zweigstellenleitungen Region West: Personalstand\, Dienstpläne\, Veranstaltungen\, Bestand.\n
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20250630T215959Z
UID:040000008200E00074C5B7101A82E00800000000JFZSTLEITUNGEN00000000000000001000000000JOURFIXEWEST0000000000000000001
SUMMARY;LANGUAGE=de-AT:Jour fixe ZST-Leitungen West
DTSTART;TZID=W. Europe Standard Time:20250113T093000
DTEND;TZID=W. Europe Standard Time:20250113T110000
CLASS:PUBLIC
DTSTAMP:20250107T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Gerhard":mailto:g.fuchs@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Diesmal vor Ort in Ottakring\, mit Führung durch den umgebauten Kinderbereich.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250407T093000
UID:040000008200E00074C5B7101A82E00800000000JFZSTLEITUNGEN00000000000000001000000000JOURFIXEWEST0000000000000000001
SUMMARY;LANGUAGE=de-AT:Jour fixe ZST-Leitungen West (vor Ort Ottakring)
DTSTART;TZID=W. Europe Standard Time:20250407T090000
DTEND;TZID=W. Europe Standard Time:20250407T113000
CLASS:PUBLIC
DTSTAMP:20250331T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Zweigstelle Ottakring\, Schuhmeierplatz 17
END:VEVENT
END:VCALENDAR
"""),
]
