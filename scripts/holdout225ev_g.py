# ruff: noqa: E501
"""holdout225 events, part g: Kita everyday life and job-search look-alikes that are not her own interviews."""

from holdout225ev_tz import BERLIN_APPLE, BERLIN_GOOGLE, WEST_EUROPE_OUTLOOK

_HDR_OL = "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
_NEG = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(_NEG, kind="entwicklungsgespraech", uid="kw-sonnenblume-eg-demir-luis-0319",
         trap="entwicklungsgespraech-with-parents",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN="Winkler, Anja (Igel)";ROLE=REQ-PARTICIPANT:mailto:a.winkler@kinderwelt-muenchen.de
DESCRIPTION:Entwicklungsgespräch Luis Demir (Igel\, 5 J.) mit Mama und Papa. Themen: Sprachstand (Sismik)\, Übergang Schule\, Vorkurs Deutsch. Portfolio + Beobachtungsbogen mitnehmen. Anja führt\, ich bin dabei wegen Schulfähigkeit.\n
DTSTART;TZID="W. Europe Standard Time":20250319T160000
DTEND;TZID="W. Europe Standard Time":20250319T164500
DTSTAMP:20250311T100000Z
SUMMARY;LANGUAGE=de:Entwicklungsgespräch Fam. Demir (Luis\, Igel)
LOCATION:Elternzimmer
UID:kw-sonnenblume-eg-demir-luis-0319
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="elternabend", uid="kw-sonnenblume-elternabend-krippe-2025-03",
         trap="elternabend-krippe",
         ics=_HDR_OL.replace("METHOD:REQUEST\n", "METHOD:PUBLISH\n") + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Elternabend Krippe: Eingewöhnung nach dem Berliner Modell\, Sauberkeitsentwicklung\, Wahl Elternbeirat-Nachrücker. Getränke + Brezen bestellen (Bäckerei Ziegler).\n
DTSTART;TZID="W. Europe Standard Time":20250325T193000
DTEND;TZID="W. Europe Standard Time":20250325T211500
DTSTAMP:20250301T090000Z
SUMMARY;LANGUAGE=de:Elternabend Krippe
LOCATION:Turnraum
UID:kw-sonnenblume-elternabend-krippe-2025-03
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="team-sitzung", uid="040000008200E00074C5B7101A82E00800000000D4C3B2A1908ADA01000000000000000010000000123456789ABCDEF0123456789ABCDEF0",
         trap="recurring-team-sitzung-with-override",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN="Team Kita Sonnenblume";ROLE=REQ-PARTICIPANT:mailto:team.sonnenblume@kinderwelt-muenchen.de
DESCRIPTION:Wöchentliche Team-Sitzung. TOPs bitte bis Montag in die Liste an der Bürotür. Protokoll reihum.\n
RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO
DTSTART;TZID="W. Europe Standard Time":20250107T170000
DTEND;TZID="W. Europe Standard Time":20250107T183000
DTSTAMP:20241210T140000Z
SUMMARY;LANGUAGE=de:Team-Sitzung
LOCATION:Turnraum
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1908ADA01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN="Team Kita Sonnenblume";ROLE=REQ-PARTICIPANT:mailto:team.sonnenblume@kinderwelt-muenchen.de
DESCRIPTION:Diese Woche verlängert: Konzeptionstag-Vorbereitung (BEP-Schwerpunkt Partizipation)\, Brotzeit gibt's.\n
RECURRENCE-ID;TZID="W. Europe Standard Time":20250318T170000
DTSTART;TZID="W. Europe Standard Time":20250318T163000
DTEND;TZID="W. Europe Standard Time":20250318T193000
DTSTAMP:20250312T080000Z
SUMMARY;LANGUAGE=de:Team-Sitzung (lang – Konzeption)
LOCATION:Turnraum
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1908ADA01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
SEQUENCE:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="jahresgespraech", uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF8ADB0100000000000000001000000056789ABCDEF0123456789ABCDEF01234",
         trap="own-appraisal-jahresgespraech-with-area-manager",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Demleitner, Ulrike (Bereichsleitung)":mailto:u.demleitner@kinderwelt-muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Franzi\,\n\nwie jedes Jahr unser Mitarbeiterjahresgespräch. Bitte den Vorbereitungsbogen (Rückblick\, Ziele 2025\, Fortbildungswünsche) vorher ausfüllen. Wir sprechen auch über die Personalsituation und deine Entwicklungswünsche.\n\nLiebe Grüße\nUlli\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF8ADB0100000000000000001000000056789ABCDEF0123456789ABCDEF01234
SUMMARY;LANGUAGE=de-DE:Jahresgespräch F. Hofbauer
DTSTART;TZID=W. Europe Standard Time:20250227T100000
DTEND;TZID=W. Europe Standard Time:20250227T113000
DTSTAMP:20250203T091500Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=de-DE:Geschäftsstelle\, Zi. 3.04
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="sz-interview", uid="2k4m6o8q0s2u4w6y8a0c2e4g6i@google.com",
         trap="press-interview-staff-shortage",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T130000Z
DTEND:20250305T140000Z
DTSTAMP:20250227T113000Z
ORGANIZER;CN=Katharina Rieder:mailto:katharina.rieder@sz.de
UID:2k4m6o8q0s2u4w6y8a0c2e4g6i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.hofbauer@kinderwelt-muenchen.de;X-NUM-GUESTS=0:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Liebe Frau Hofbauer\,\n\nvielen Dank\, dass Sie sich Zeit nehmen! Wie besprochen würde ich gerne für unsere Serie über den Fachkräftemangel in Münchner Kitas mit Ihnen sprechen (ca. 45 Min.) und danach ein paar Fotos machen (ohne Kinder\, versprochen). Die Pressestelle von Kinderwelt ist informiert.\n\nHerzliche Grüße\nKatharina Rieder\nSüddeutsche Zeitung\, Ressort München
LOCATION:Kita Sonnenblume\, Balanstraße 210
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview SZ – Personalnot in Kitas (Rieder)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="probe-vg-coach", uid="D2E4F6A8-B0C2-4D4E-8F6A-8B0C2D4E6F8A",
         trap="mock-interview-with-coach", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
UID:D2E4F6A8-B0C2-4D4E-8F6A-8B0C2D4E6F8A
DTSTAMP:20250330T194000Z
DTSTART;TZID=Europe/Berlin:20250405T140000
DTEND;TZID=Europe/Berlin:20250405T153000
SUMMARY:Probe-Auswahlgespräch mit Heike (Coaching)
LOCATION:Praxis Heike Baumgartner\, Wörthstr. 40
DESCRIPTION:Simulation Auswahlgespräch LHM – Heike spielt die Kommission\, Video-Aufnahme\nstrukturierte Fragen + Fallbeispiel durchgehen\n3. Coaching-Sitzung (von 5)
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="webinar-auswahlgespraech", uid="webinar-9c0d1e2f-kitaleitung-auswahl@kita-akademie-online.de",
         trap="webinar-about-interviewing",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//edudip//Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-9c0d1e2f-kitaleitung-auswahl@kita-akademie-online.de
DTSTAMP:20250301T080000Z
DTSTART:20250311T170000Z
DTEND:20250311T183000Z
SUMMARY:Webinar: Souverän im Auswahlgespräch – der nächste Karriereschritt nach der Kita-Leitung
DESCRIPTION:Ihr Zugangslink: https://kita-akademie.edudip.com/w/558120\n\nInhalte: typische Fragen in Auswahlverfahren bei Trägern und Kommunen\, Umgang mit Fallbeispielen und Präsentationen\, Gehaltsverhandlung TVöD SuE.\nReferentin: Dr. Petra Kühnel\n\nKita-Akademie Online
LOCATION:Online (edudip)
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="ifp-befragung", uid="ifp-leitungsstudie-2025-int-0417@ifp.bayern.de",
         trap="research-interview-leadership-study",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hollerith, Miriam (IFP)":mailto:miriam.hollerith@ifp.bayern.de
ATTENDEE;CN="Hofbauer, Franziska";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nvielen Dank für Ihre Bereitschaft\, an unserer Studie "Leitung im Wandel" teilzunehmen. Das leitfadengestützte Interview dauert ca. 60 Minuten und wird (mit Ihrer Einwilligung) aufgezeichnet und anonymisiert ausgewertet.\n\nZoom: https://ifp-bayern.zoom.us/j/61120449830\n\nMit freundlichen Grüßen\nMiriam Hollerith\nStaatsinstitut für Frühpädagogik und Medienkompetenz\n
DTSTART;TZID="W. Europe Standard Time":20250417T130000
DTEND;TZID="W. Europe Standard Time":20250417T140000
DTSTAMP:20250402T100000Z
SUMMARY;LANGUAGE=de:Interview Studie "Leitung im Wandel" (IFP)
LOCATION:Zoom
UID:ifp-leitungsstudie-2025-int-0417@ifp.bayern.de
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="podcast-aufnahme", uid="riverside-rec-7fa0b3-kitafunk-ep58",
         trap="podcast-interview-recording",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250329T090000Z
DTEND:20250329T100000Z
DTSTAMP:20250320T154500Z
ORGANIZER;CN=Kitafunk Podcast:mailto:hallo@kitafunk-podcast.de
UID:riverside-rec-7fa0b3-kitafunk-ep58
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
DESCRIPTION:Servus Franziska!\n\nAufnahme Folge 58: "Eingewöhnung ohne Tränen?" – Interview mit dir als Kita-Leitung. Bitte mit Kopfhörern\, ruhiger Raum. Studio-Link: https://riverside.fm/studio/kitafunk?t=7fa0b3\n\nBis Samstag!\nBeni & Tine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme Kitafunk (Interview Eingewöhnung)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="kaffee-fachberatung", uid="9p1r3t5v7x9z1b3d5f7h9j1l3n@google.com",
         trap="informational-coffee-about-role",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250222T103000
DTEND;TZID=Europe/Berlin:20250222T120000
DTSTAMP:20250217T200000Z
ORGANIZER;CN=Sabine Huber:mailto:sabine.huber.muc@gmail.com
UID:9p1r3t5v7x9z1b3d5f7h9j1l3n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
DESCRIPTION:Hi Franzi\, gern erzähl ich dir\, wie der Alltag als Fachberaterin bei der Caritas so ist – ganz unverbindlich\, ich hab ja nix mit Einstellungen zu tun :) Bis Samstag im Café Luitpold! Sabine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Sabine – wie ist Fachberatung so?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="karrieremesse", uid="messe-sozial-paed-2025-besucher-44812",
         trap="career-fair-visitor-ticket",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:messe-sozial-paed-2025-besucher-44812
DTSTAMP:20250210T120000Z
DTSTART;VALUE=DATE:20250315
DTEND;VALUE=DATE:20250316
SUMMARY:Karrieretag Soziales & Pädagogik München 2025
DESCRIPTION:Ihr Ticket (Besucherin): Franziska Hofbauer\nÜber 60 Träger stellen sich vor – Kurzgespräche am Stand\, CV-Check\, Vorträge "Leitung & Fachberatung: Wege nach der Gruppe".\nMOC Veranstaltungscenter\, Lilienthalallee 40
LOCATION:MOC München
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="referenzanruf", uid="E8F0A2B4-C6D8-4EAF-B1C3-D5E7F9A1B3C5",
         trap="reference-call-as-referee", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
UID:E8F0A2B4-C6D8-4EAF-B1C3-D5E7F9A1B3C5
DTSTAMP:20250407T081500Z
DTSTART;TZID=Europe/Berlin:20250408T131500
DTEND;TZID=Europe/Berlin:20250408T133000
SUMMARY:Anruf Kita Regenbogen Dachau wg. Lisa Brandl (Referenz)
DESCRIPTION:Lisa war 4 J. meine Stellv. – hat mich als Referenz angegeben. Leitung Regenbogen ruft an.\nnur Positives\, Zeugnis-Note 1
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="personalberaterin", uid="AAMkADc0NzQxYjUwLWE1OWItNDFjNy1iMjQ5LTg4ZjkxNmUzMmY1NwBGAAAAAADkammerl1",
         trap="recruiter-call-no-employer-named",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Doris Kammerl:mailto:doris.kammerl@kammerl-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Hofbauer\,\n\nvielen Dank für Ihre Rückmeldung auf meine Nachricht über XING. Wie angedeutet\, suche ich im Auftrag eines großen Trägers im Münchner Süden eine erfahrene Führungskraft für die Bereichsleitung. Den Namen meines Mandanten darf ich Ihnen leider erst in einem zweiten Schritt nennen. Gern möchte ich Sie zunächst in einem kurzen Telefonat kennenlernen.\n\nHerzliche Grüße\nDoris Kammerl\nKammerl Personalberatung – Sozialwirtschaft & Bildung\n
UID:AAMkADc0NzQxYjUwLWE1OWItNDFjNy1iMjQ5LTg4ZjkxNmUzMmY1NwBGAAAAAADkammerl1
SUMMARY;LANGUAGE=de-DE:Kurzes Kennenlernen – Kammerl Personalberatung
DTSTART;TZID=W. Europe Standard Time:20250324T123000
DTEND;TZID=W. Europe Standard Time:20250324T130000
DTSTAMP:20250319T170200Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="vorbereitung-lhm", uid="4b9d2e7f0a13@franzi-android",
         trap="prep-block-before-city-interview", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//DE
BEGIN:VEVENT
UID:4b9d2e7f0a13@franzi-android
DTSTAMP:20250405T090000Z
DTSTART:20250409T190000
DTEND:20250409T213000
SUMMARY:Vorbereitung Auswahlgespräch Stadt!!
DESCRIPTION:BEP Kap. 6+8 nochmal\, Kita-Satzung LHM\, Präsentation Fallbeispiel 2x laut üben\nBlazer bügeln
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="dankesmail", uid="A1B3C5D7-E9F1-4A3B-9C5D-7E9F1A3B5C7D",
         trap="thank-you-reminder", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1B3C5D7-E9F1-4A3B-9C5D-7E9F1A3B5C7D
DTSTAMP:20250318T200500Z
DTSTART;VALUE=DATE:20250319
DTEND;VALUE=DATE:20250320
SUMMARY:Danke-Mail an Dr. Wenzel + Sr. Michaela schicken
DESCRIPTION:Bezug auf Religionspädagogik-Frage\, Bereitschaft ab 1.9.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="einstellungsuntersuchung", uid="040000008200E00074C5B7101A82E00800000000BADA55C0FFEE8ADB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
         trap="pre-employment-medical-after-offer",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Betriebsärztlicher Dienst (POR)":mailto:bad.por@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hofbauer\,\n\nim Rahmen Ihrer Einstellung bei der Landeshauptstadt München ist eine arbeitsmedizinische Einstellungsuntersuchung vorgesehen. Bitte bringen Sie Ihren Impfpass (Masern!)\, ggf. Brille und eine Liste Ihrer Medikamente mit. Bitte kommen Sie nüchtern.\n\nBetriebsärztlicher Dienst\n
UID:040000008200E00074C5B7101A82E00800000000BADA55C0FFEE8ADB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=de-DE:Einstellungsuntersuchung – Hofbauer\, Franziska
DTSTART;TZID=W. Europe Standard Time:20250520T074500
DTEND;TZID=W. Europe Standard Time:20250520T090000
DTSTAMP:20250505T110000Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=de-DE:Betriebsärztlicher Dienst\, Dachauer Str. 17
END:VEVENT
END:VCALENDAR
"""),
]
