# ruff: noqa: E501
"""holdout144 negatives, part 4: personal life, official appointments and the library's outward-facing days."""

_NEG = dict(iv=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _NEG, kind="amtsarzt",
        uid="F0E1D2C3-B4A5-4968-8776-AMTSARZT-PARL",
        trap="pre-employment-medical-for-new-post",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@@APPLE_VIENNA@@
BEGIN:VEVENT
CREATED:20250603T081501Z
DTEND;TZID=Europe/Vienna:20250617T090000
DTSTAMP:20250603T081533Z
DTSTART;TZID=Europe/Vienna:20250617T080000
LAST-MODIFIED:20250603T081533Z
LOCATION:Ärztlicher Dienst Parlament\, Reichsratsstraße 1
SEQUENCE:0
SUMMARY:Einstellungsuntersuchung Parlament (nüchtern!)
DESCRIPTION:ärztl. Untersuchung vor Dienstantritt – Impfpass + Brille mitnehmen\, Blutabnahme
TRANSP:OPAQUE
UID:F0E1D2C3-B4A5-4968-8776-AMTSARZT-PARL
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="zahnarzt",
        uid="0f1e2d3c4b5a69788796a5b4c3d2e1f0@doctolib.at",
        trap="personal-dentist-booking",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:0f1e2d3c4b5a69788796a5b4c3d2e1f0@doctolib.at
DTSTAMP:20250203T190022Z
DTSTART:20250220T071500Z
DTEND:20250220T080000Z
SUMMARY:Termin bei Dr. med. dent. Katrin Mayr
LOCATION:Gymnasiumstraße 41/3\, 1180 Wien
DESCRIPTION:Mundhygiene + Kontrolle\nBitte bringen Sie Ihre e-card mit.\nTermin verwalten: https://www.doctolib.at/appointments
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="sprechtag",
        uid="5c7e9g1i3k5m7o9q1s3u-sprechtag@google.com",
        trap="school-parent-teacher-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Familie Leitner
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20250411T150000Z
DTEND:20250411T170000Z
DTSTAMP:20250610T183012Z
UID:5c7e9g1i3k5m7o9q1s3u-sprechtag@google.com
CREATED:20250320T192011Z
DESCRIPTION:Lena 3B: Mathe (Prof. Huber) 17:10\, Englisch (Mag. Wolf) 17:40\, KV 18:00
LAST-MODIFIED:20250320T192011Z
LOCATION:BRG 19 Krottenbachstraße
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Elternsprechtag BRG 19
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="beratungsgespraech",
        uid="erste-bank-termin-8812203-wae@sparkasse.at",
        trap="bank-advice-meeting-same-brand-as-target-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Erste Bank und Sparkassen//Terminvereinbarung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:erste-bank-termin-8812203-wae@sparkasse.at
DTSTAMP:20250305T101500Z
DTSTART:20250318T160000Z
DTEND:20250318T170000Z
SUMMARY:Beratungsgespräch Wohnfinanzierung – Erste Bank Filiale Währing
LOCATION:Erste Bank\, Währinger Straße 120\, 1180 Wien
ORGANIZER;CN=Thomas Redl:mailto:thomas.redl@erstebank.at
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
DESCRIPTION:Sehr geehrte Frau Leitner\, vielen Dank für Ihre Terminvereinbarung. Ihr Berater Thomas Redl freut sich auf das Gespräch zu Ihrer Wohnfinanzierung. Bitte bringen Sie die letzten drei Gehaltszettel und einen Lichtbildausweis mit.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="reisepass",
        uid="mba18-termin-2025-0424-0815@wien.gv.at",
        trap="official-appointment-passport",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Wien//Terminvereinbarung MBA//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:mba18-termin-2025-0424-0815@wien.gv.at
DTSTAMP:20250402T065512Z
DTSTART;VALUE=DATE-TIME:20250425T061500Z
DTEND;VALUE=DATE-TIME:20250425T063000Z
SUMMARY:Magistratisches Bezirksamt 18 – Reisepass (Antrag)
LOCATION:Martinstraße 100\, 1180 Wien
DESCRIPTION:Ihre Terminnummer: R-0815. Bitte mitbringen: alter Reisepass\, 1 Passfoto (nach ICAO-Kriterien)\, Geburtsurkunde\, Staatsbürgerschaftsnachweis.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="besuch",
        uid="040000008200E00074C5B7101A82E00800000000BESUCHSTADTRAETIN000000000000001000000000STADTRAETINHERNALS00000000000001",
        trap="politician-visit-to-branch",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Büro Direktion Büchereien Wien":mailto:direktion@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fuchs, Gerhard":mailto:g.fuchs@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Besuch der amtsführenden Stadträtin für Kultur und Wissenschaft in der Zweigstelle Hernals anlässlich „50 Jahre Bücherei Hernals“. Rundgang (20 Min.)\, Gespräch mit dem Team\, Pressefoto. Bitte Ablauf bis Mittwoch an die Direktion.\n
UID:040000008200E00074C5B7101A82E00800000000BESUCHSTADTRAETIN000000000000001000000000STADTRAETINHERNALS00000000000001
SUMMARY;LANGUAGE=de-AT:Besuch StRin Kultur – ZST Hernals
DTSTART;TZID=W. Europe Standard Time:20250515T150000
DTEND;TZID=W. Europe Standard Time:20250515T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T123000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="bibliothekartag",
        uid="voeb-bibliothekartag-2025-vortrag-s14-3@voeb-online.at",
        trap="conference-talk-library-congress",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Conftool//Conftool Pro//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:voeb-bibliothekartag-2025-vortrag-s14-3@voeb-online.at
DTSTAMP:20250801T100000Z
DTSTART:20250911T123000Z
DTEND:20250911T130000Z
SUMMARY:Bibliothekartag: Session 14 – Vortrag Leitner „Ehrenamt in Öffentlichen Bibliotheken – ein Praxisbericht“
LOCATION:Messe Congress Graz\, Saal 7
DESCRIPTION:Österreichischer Bibliothekartag 2025\, Session 14 „Bibliothek als sozialer Ort“\, Vortrag 3 von 4 (20 Min. + 10 Min. Diskussion). Moderation: Mag. Klaus Huber.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="karriereberatung",
        uid="wien-waff-beratung-2025-01-1833@waff.at",
        trap="career-counselling-session-not-an-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//waff//Beratungstermine//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:wien-waff-beratung-2025-01-1833@waff.at
DTSTAMP:20250109T101500Z
DTSTART:20250116T150000Z
DTEND:20250116T163000Z
SUMMARY:Bildungs- und Karriereberatung (Erstgespräch)
LOCATION:waff Beratungszentrum\, Nordbahnstraße 36\, 1020 Wien
ORGANIZER;CN=waff Beratungszentrum:mailto:beratung@waff.at
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
DESCRIPTION:Ihr Beratungstermin: Standortbestimmung\, berufliche Ziele\, Weiterbildungsmöglichkeiten (z. B. Master Library and Information Studies). Beraterin: Mag.a Renate Pichler. Bitte Lebenslauf mitbringen.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="bewerbungsfrist",
        uid="8B9C0D1E-2F3A-4B4C-9D5E-FRIST-IAEA-0417",
        trap="application-deadline-all-day-reminder",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250301T201100Z
DTEND;VALUE=DATE:20250321
DTSTAMP:20250301T201100Z
DTSTART;VALUE=DATE:20250320
LAST-MODIFIED:20250301T201100Z
SEQUENCE:0
SUMMARY:FRIST IAEA KMO (VN 2025/0417) – 23:59 Vienna time
DESCRIPTION:Cover letter EN nochmal von Maria lesen lassen. P11/Profil im Portal aktualisieren.
TRANSP:TRANSPARENT
UID:8B9C0D1E-2F3A-4B4C-9D5E-FRIST-IAEA-0417
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="fotostudio",
        uid="9n1p3r5t7v9x1z3b5d7f-foto@google.com",
        trap="application-photo-shoot",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:theresa.leitner@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20250124T140000Z
DTEND:20250124T150000Z
DTSTAMP:20250610T183012Z
UID:9n1p3r5t7v9x1z3b5d7f-foto@google.com
CREATED:20250115T120211Z
DESCRIPTION:Bewerbungsfotos – Blazer dunkelblau + hellere Bluse mitnehmen. 89 € inkl. 3 digitale Bilder
LAST-MODIFIED:20250115T120211Z
LOCATION:Fotostudio Lichtblick\, Kaiserstraße 46\, 1070 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fotostudio – Bewerbungsfoto
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="atelier",
        uid="if-autriche-atelier-emploi-2025-03@institut-francais.at",
        trap="french-workshop-about-job-interviews",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Institut français d'Autriche//Billetterie//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:if-autriche-atelier-emploi-2025-03@institut-francais.at
DTSTAMP:20250210T090000Z
DTSTART:20250305T170000Z
DTEND:20250305T190000Z
SUMMARY:Atelier : réussir son entretien d'embauche en français
LOCATION:Institut français d'Autriche\, Palais Clam-Gallas\, Währinger Straße 30\, 1090 Vienne
DESCRIPTION:Atelier pratique (niveau B2–C1) : se présenter\, parler de son parcours\, répondre aux questions classiques d'un entretien d'embauche\, simulations en binôme. Animation : Hélène Marchand\, formatrice FLE. Votre inscription est confirmée.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="curso-espanol",
        uid="ic-viena-curso-b2-2025-1-grupo3@cervantes.es",
        trap="spanish-class-at-target-institute-recurring",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Instituto Cervantes//Aula//ES
METHOD:PUBLISH
@@G_VIENNA@@
BEGIN:VEVENT
UID:ic-viena-curso-b2-2025-1-grupo3@cervantes.es
DTSTAMP:20250108T090000Z
DTSTART;TZID=Europe/Vienna:20250114T183000
DTEND;TZID=Europe/Vienna:20250114T201000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=14
EXDATE;TZID=Europe/Vienna:20250415T183000
SUMMARY:Curso de español B2.1 – grupo 3
LOCATION:Instituto Cervantes\, Schwarzenbergplatz 2\, aula 4
DESCRIPTION:Profesora: María José Herrero. Manual: Aula internacional plus 4\, unidades 1–4.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="press-call",
        uid="lj-intl-feature-2025-leitner@libraryjournal.com",
        trap="english-press-interview-for-trade-magazine",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NEW_YORK@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250130T100000
DTEND;TZID=America/New_York:20250130T104500
DTSTAMP:20250122T151022Z
ORGANIZER;CN=Rachel Kim:mailto:rkim@libraryjournal.com
UID:lj-intl-feature-2025-leitner@libraryjournal.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.leitner@buechereien-wien.at;X-NUM-GUESTS=0:mailto:t.leitner@buechereien-wien.at
DESCRIPTION:Hi Theresa\,\n\nthanks so much for agreeing to an interview for our feature on volunteer programs in European public libraries. I'll record the call for note-taking only. 30–40 minutes.\n\nJoin Zoom: https://us06web.zoom.us/j/81155029374\n\nBest\,\nRachel Kim\nSenior Editor\, Library Journal
LOCATION:https://us06web.zoom.us/j/81155029374
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Library Journal interview – Theresa Leitner (Vienna)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="jurysitzung",
        uid="040000008200E00074C5B7101A82E00800000000JURYKIJUBUCHPREIS0000000000001000000000JURYSITZUNG2025000000000000000001",
        trap="book-prize-jury-session",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Elisabeth (BMKÖS)":mailto:elisabeth.wagner@bmkoes.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Jurymitglieder\,\n\n2. Jurysitzung Österreichischer Kinder- und Jugendbuchpreis 2025: Diskussion der Shortlist (18 Titel)\, Abstimmung über Preisträger*innen. Bitte Ihre Bewertungen bis Freitag ins Jury-Portal eintragen.\n\nMit besten Grüßen\nElisabeth Wagner\n
UID:040000008200E00074C5B7101A82E00800000000JURYKIJUBUCHPREIS0000000000001000000000JURYSITZUNG2025000000000000000001
SUMMARY;LANGUAGE=de-AT:Jurysitzung Kinder- und Jugendbuchpreis
DTSTART;TZID=W. Europe Standard Time:20250604T140000
DTEND;TZID=W. Europe Standard Time:20250604T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T112000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:BMKÖS\, Concordiaplatz 2\, 1010 Wien\, Sitzungssaal 3
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="study-visit",
        uid="040000008200E00074C5B7101A82E00800000000STUDYVISITBRATISLAVA00000000001000000000MESTSKAKNIZNICA0000000000000000001",
        trap="english-study-visit-delegation",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Internationales Büchereien Wien":mailto:international@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=en-US:Study visit: 8 librarians from Mestská knižnica Bratislava (Erasmus+ job shadowing). Theresa shows the branch\, volunteer programme and children's area\, Q&A in English. Coffee and cake are ordered.\n
UID:040000008200E00074C5B7101A82E00800000000STUDYVISITBRATISLAVA00000000001000000000MESTSKAKNIZNICA0000000000000000001
SUMMARY;LANGUAGE=en-US:Study visit Bratislava City Library – branch Hernals
DTSTART;TZID=W. Europe Standard Time:20250520T100000
DTEND;TZID=W. Europe Standard Time:20250520T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T090500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zweigstelle Hernals
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="abenddienst",
        uid="dienstplan-zst17-leitner-abend-2025@buechereien-wien.at",
        trap="recurring-evening-desk-shift-with-swap",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Büchereien Wien//Dienstplan//DE
METHOD:PUBLISH
@@G_VIENNA@@
BEGIN:VEVENT
UID:dienstplan-zst17-leitner-abend-2025@buechereien-wien.at
DTSTAMP:20250103T070000Z
DTSTART;TZID=Europe/Vienna:20250109T150000
DTEND;TZID=Europe/Vienna:20250109T190000
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20250626T170000Z
SUMMARY:Abenddienst Theke (ZST 17)
LOCATION:Zweigstelle Hernals
DESCRIPTION:Schalter/Information\, Abschluss Kassa
END:VEVENT
BEGIN:VEVENT
UID:dienstplan-zst17-leitner-abend-2025@buechereien-wien.at
DTSTAMP:20250401T070000Z
RECURRENCE-ID;TZID=Europe/Vienna:20250410T150000
DTSTART;TZID=Europe/Vienna:20250410T160000
DTEND;TZID=Europe/Vienna:20250410T200000
SUMMARY:Abenddienst Theke (ZST 17) – getauscht mit Aylin
LOCATION:Zweigstelle Hernals
DESCRIPTION:Diensttausch\, Probedienst Aushilfe parallel
END:VEVENT
END:VCALENDAR
"""),
]
