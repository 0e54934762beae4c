# ruff: noqa: E501
"""holdout225 events, part d: providers via SmartRecruiters, SuccessFactors, Teamtailor, Workable, Lever, booking tools."""

from holdout225ev_tz import BERLIN_GOOGLE, WEST_EUROPE_OUTLOOK

EVENTS = [
    dict(
        kind="smartrecruiters-video", uid="sr-interview-744000061239871-1",
        interview=1, company="Kinderwerkstatt Bayern", role="Regionalleitung Kitas Augsburg/Schwaben (m/w/d)",
        stage="recruiter_screen", interviewers="nadine.koller@kinderwerkstatt-bayern.de",
        trap="smartrecruiters-video-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-744000061239871-1
DTSTAMP:20250305T100220Z
DTSTART:20250310T140000Z
DTEND:20250310T143000Z
SUMMARY:Videointerview – Regionalleitung Kitas Augsburg/Schwaben (m/w/d) – Kinderwerkstatt Bayern
DESCRIPTION:Hallo Franziska Hofbauer\,\n\nIhr Videointerview mit Nadine Koller (Recruiting) ist bestätigt.\n\nTeilnehmen: https://kinderwerkstatt.webex.com/meet/nadine.koller\n\nSie können diesen Termin in Ihrem Kandidatenprofil ändern.\n\nPowered by SmartRecruiters
ORGANIZER;CN=Kinderwerkstatt Bayern:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Nadine Koller;ROLE=REQ-PARTICIPANT:mailto:nadine.koller@kinderwerkstatt-bayern.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Webex
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-interview", uid="SF_INTERVIEW_prokind_0000188451_2",
        interview=1, company="Pro Kind Oberland", role="Fachberatung Qualitätsentwicklung (w/m/d)",
        stage="onsite", interviewers="a.zellner@prokind-oberland.de;h.reiter@prokind-oberland.de",
        trap="successfactors-interview-central-scheduling",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Central//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:SF_INTERVIEW_prokind_0000188451_2
DTSTAMP:20250408T073344Z
DTSTART;TZID=Europe/Berlin:20250424T093000
DTEND;TZID=Europe/Berlin:20250424T110000
SUMMARY:Interview – Fachberatung Qualitätsentwicklung (w/m/d) – Franziska Hofbauer
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nwir bestätigen Ihren Vorstellungstermin.\n\nGesprächspartner: Anna Zellner (Leitung Pädagogik)\, Hubert Reiter (Personalleitung)\nOrt: Pro Kind Oberland gGmbH\, Bahnhofstraße 12\, 83607 Holzkirchen\n\nBitte bringen Sie Ihr erweitertes Führungszeugnis nicht mit – dieses wird erst im Falle einer Einstellung benötigt.\n\nIhr Recruiting-Team
ORGANIZER;CN=Pro Kind Recruiting:mailto:recruiting@prokind-oberland.de
ATTENDEE;CN=Anna Zellner;ROLE=REQ-PARTICIPANT:mailto:a.zellner@prokind-oberland.de
ATTENDEE;CN=Hubert Reiter;ROLE=REQ-PARTICIPANT:mailto:h.reiter@prokind-oberland.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Bahnhofstraße 12\, 83607 Holzkirchen
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-kennenlernen", uid="teamtailor-meeting-4f1c2b9a-ea71-4c6d",
        interview=1, company="Zwergenland Kitas", role="Bereichsleitung (m/w/d) Rosenheim & Chiemgau",
        stage="recruiter_screen", interviewers="melanie.strobl@zwergenland-kitas.de",
        trap="teamtailor-kennenlerngespraech",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-4f1c2b9a-ea71-4c6d
DTSTAMP:20250401T112920Z
DTSTART:20250408T080000Z
DTEND:20250408T083000Z
SUMMARY:Kennenlerngespräch Zwergenland – Franziska Hofbauer
DESCRIPTION:Hey Franziska 👋\n\nwie schön\, dass du Teil der Zwergenland-Familie werden möchtest! In unserem Kennenlerngespräch (30 Min.) erzählt dir Melanie mehr über die Bereichsleitung (m/w/d) Rosenheim & Chiemgau und wir lernen dich kennen.\n\nVideo: https://zwergenland.teamtailor.com/meetings/join/4f1c2b9a\n\nBis bald!\nDein Zwergenland-Team
ORGANIZER;CN=Melanie Strobl:mailto:melanie.strobl@zwergenland-kitas.de
ATTENDEE;CN=Franziska Hofbauer;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Teamtailor Video
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-interview", uid="workable-evt-2d9a0c71b5",
        interview=1, company="Sonnenschein Kinderbetreuung", role="Pädagogische Fachberatung (m/w/d) – 30 Std.",
        stage="", interviewers="julia.hauser@sonnenschein-kinder.de",
        trap="workable-interview-with-firstname",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-2d9a0c71b5
DTSTAMP:20250320T081500Z
DTSTART:20250326T090000Z
DTEND:20250326T100000Z
SUMMARY:Interview mit Julia – Pädagogische Fachberatung (m/w/d) – 30 Std.
DESCRIPTION:Hallo Franziska\,\n\nJulia Hauser (Geschäftsführerin) freut sich auf das Gespräch mit dir bei uns im Büro in Haidhausen (Wörthstraße 9\, Hinterhaus).\n\nSonnenschein Kinderbetreuung gGmbH\n\n--\nScheduled via Workable
ORGANIZER;CN=Julia Hauser:mailto:julia.hauser@sonnenschein-kinder.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Wörthstraße 9\, 81667 München
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-zweitgespraech", uid="lever-interview-6a1e0b7f-93d4-4c28-a1f5-2b7d9e0c1a36",
        interview=1, company="Spielraum Kitas", role="Regional Lead (Bereichsleitung) München Nord",
        stage="hiring_manager", interviewers="philipp.auer@spielraum-kitas.de",
        trap="lever-second-round-meet",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6a1e0b7f-93d4-4c28-a1f5-2b7d9e0c1a36
DTSTAMP:20250313T160544Z
DTSTART:20250319T153000Z
DTEND:20250319T163000Z
SUMMARY:Zweitgespräch: Franziska Hofbauer x Philipp Auer (Spielraum Kitas)
DESCRIPTION:Position: Regional Lead (Bereichsleitung) München Nord\nInterviewer: Philipp Auer\, COO\n\nGoogle Meet: https://meet.google.com/pxa-cwbn-rgo\n\nThis event was scheduled with Lever.
ORGANIZER;CN=Carla Winter:mailto:carla.winter@spielraum-kitas.de
ATTENDEE;CN=Philipp Auer;ROLE=REQ-PARTICIPANT:mailto:philipp.auer@spielraum-kitas.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Google Meet
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-telefonat", uid="b3e7c1d0-5a9f-4e28-91c6-calendly-7df0",
        interview=1, company="Waldkindergarten-Verbund Oberland", role="Bereichsleitung",
        stage="", interviewers="vorstand@waldkinder-oberland.de",
        trap="calendly-booking-user-is-invitee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b3e7c1d0-5a9f-4e28-91c6-calendly-7df0
DTSTAMP:20250225T193301Z
DTSTART:20250227T163000Z
DTEND:20250227T170000Z
SUMMARY:Franziska Hofbauer und Florian Kagerer: Telefonat Bereichsleitung (30 Min)
DESCRIPTION:Event Name: Telefonat Bereichsleitung (30 Min)\n\nLocation: Florian Kagerer ruft an: +49 176 24481093\n\nQuestions:\nWarum interessiert Sie die Arbeit im Waldkindergarten-Verbund?\nIch leite seit 9 Jahren eine Regel-Kita und möchte Naturpädagogik stärker in den Blick nehmen.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b3e7c1d0\nReschedule: https://calendly.com/reschedulings/b3e7c1d0\n\nPowered by Calendly.com
ORGANIZER;CN=Florian Kagerer:mailto:vorstand@waldkinder-oberland.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:franzi.hofbauer@web.de
LOCATION:+49 176 24481093
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hubspot-meeting", uid="hubspot-meeting-18830419522-kitakompass",
        interview=1, company="KitaKompass", role="Fachberaterin / Trainerin (freie Mitarbeit oder Teilzeit)",
        stage="", interviewers="r.oberhuber@kitakompass.de",
        trap="consultancy-meeting-link-erstgespraech",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//HubSpot Inc//HubSpot Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hubspot-meeting-18830419522-kitakompass
DTSTAMP:20250409T185512Z
DTSTART:20250414T150000Z
DTEND:20250414T154500Z
SUMMARY:Erstgespräch Bewerbung Fachberaterin – Franziska Hofbauer
DESCRIPTION:Regina Oberhuber (Inhaberin KitaKompass GmbH) und Franziska Hofbauer\n\nIhre Angaben: Bewerbung als Fachberaterin / Trainerin (freie Mitarbeit oder Teilzeit)\, Schwerpunkte Leitungscoaching\, Kinderschutz\n\nZoom: https://us02web.zoom.us/j/81244067712\n\nGebucht über HubSpot Meetings
ORGANIZER;CN=Regina Oberhuber:mailto:r.oberhuber@kitakompass.de
ATTENDEE;CN=Franziska Hofbauer;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Zoom
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-bewerbung", uid="F1C8A2D4E6B0497F8A3C5E7D9B1F2A4C@sozialwerk-chiemgau.de",
        interview=1, company="Sozialwerk Chiemgau", role="Bereichsleitung Kindertagesstätten",
        stage="", interviewers="",
        trap="ms-bookings-candidate-booked-slot",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Bewerbungsgespräche Sozialwerk Chiemgau:mailto:Bewerbungsgesprche@sozialwerkchiemgau.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Hofbauer:mailto:franzi.hofbauer@web.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbungsgespräch Bereichsleitung Kindertagesstätten (60 Min.)\nMitarbeiter: Wird zugewiesen\nAdresse: Sozialwerk Chiemgau e.V.\, Ludwig-Thoma-Str. 3\, 83278 Traunstein\n\nSie möchten den Termin ändern oder stornieren? https://outlook.office365.com/owa/calendar/Bewerbungsgesprche@sozialwerkchiemgau.onmicrosoft.com/bookings/\n
UID:F1C8A2D4E6B0497F8A3C5E7D9B1F2A4C@sozialwerk-chiemgau.de
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Bereichsleitung Kindertagesstätten mit Sozialwerk Chiemgau
DTSTART;TZID=W. Europe Standard Time:20250430T140000
DTEND;TZID=W. Europe Standard Time:20250430T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T201233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Ludwig-Thoma-Str. 3\, 83278 Traunstein
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gruenderin-gmx", uid="1743421088-2b7c@gmx.net",
        interview=1, company="Wurzelwerk Kinderhäuser", role="Bereichsleitung", stage="hiring_manager",
        interviewers="wurzelwerk.nicole@gmx.de",
        trap="founder-on-free-mail",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GMX//Kalender//DE
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:1743421088-2b7c@gmx.net
DTSTAMP:20250331T113808Z
DTSTART;TZID=Europe/Berlin:20250405T100000
DTEND;TZID=Europe/Berlin:20250405T113000
SUMMARY:Treffen Wurzelwerk – Bereichsleitung?
DESCRIPTION:Liebe Franziska\,\n\nschön\, dass du dich gemeldet hast! Wie am Telefon gesagt: wir eröffnen im Herbst unser drittes und viertes Haus und ich suche jemanden\, der mir die Bereichsleitung abnimmt\, damit ich mich um die Finanzierung kümmern kann. Lass uns einfach am Samstag im Café Frischhut treffen und schauen\, ob's passt. Ich bring meinen Mann mit (kaufm. GF).\n\nServus\nNicole Brandmair\nGründerin Wurzelwerk Kinderhäuser UG
LOCATION:Café Frischhut\, Prälat-Zistl-Str. 8
ORGANIZER;CN=Nicole Brandmair:mailto:wurzelwerk.nicole@gmx.de
ATTENDEE;CN=franzi.hofbauer@web.de;RSVP=TRUE:mailto:franzi.hofbauer@web.de
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-call", uid="AAMkAGQ5ZTJlY2Y0LTkxODUtNGVmNi1hYzM0LTU1ZmQ2ODQ3ZDEyOABGAAAAAACq-kestner",
        interview=1, company="Stiftung Kinderleben München", role="Pädagogische Geschäftsbereichsleitung",
        stage="recruiter_screen", interviewers="c.kestner@kestner-executive.de",
        trap="headhunter-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Christoph Kestner:mailto:c.kestner@kestner-executive.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hofbauer\,\n\nvielen Dank für Ihre Rückmeldung. Wie angekündigt\, darf ich Ihnen den Auftraggeber nun offenlegen: Es handelt sich um die Stiftung Kinderleben München\, die für ihre 23 Einrichtungen eine Pädagogische Geschäftsbereichsleitung sucht. Ich möchte mit Ihnen in einem ausführlichen Gespräch (ca. 60 Min.) Ihren Werdegang\, Ihre Führungserfahrung und Ihre Wechselmotivation besprechen.\n\nIch rufe Sie an.\n\nBeste Grüße\nChristoph Kestner\nKestner Executive Search – Gesundheit\, Soziales\, Bildung\n
UID:AAMkAGQ5ZTJlY2Y0LTkxODUtNGVmNi1hYzM0LTU1ZmQ2ODQ3ZDEyOABGAAAAAACq-kestner
SUMMARY;LANGUAGE=de-DE:Telefonat Kestner / Hofbauer
DTSTART;TZID=W. Europe Standard Time:20250226T180000
DTEND;TZID=W. Europe Standard Time:20250226T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T121045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="stiftung-vorstand", uid="AAMkAGQ5ZTJlY2Y0LTkxODUtNGVmNi1hYzM0LTU1ZmQ2ODQ3ZDEyOABGAAAAAACq-kinderleben2",
        interview=1, company="Stiftung Kinderleben München", role="Pädagogische Geschäftsbereichsleitung",
        stage="final",
        interviewers="h.v.rotenhan@stiftung-kinderleben.de;dr.bauernfeind@stiftung-kinderleben.de",
        trap="headhunter-arranged-board-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Christoph Kestner:mailto:c.kestner@kestner-executive.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="von Rotenhan, Henriette":mailto:h.v.rotenhan@stiftung-kinderleben.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bauernfeind, Klaus Dr.":mailto:dr.bauernfeind@stiftung-kinderleben.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hofbauer\,\n\nwie besprochen: Gespräch mit dem Stiftungsvorstand (Frau von Rotenhan\, Vorstandsvorsitzende\, und Herr Dr. Bauernfeind\, Vorstand Finanzen). Ich begleite das Gespräch.\n\nOrt: Stiftung Kinderleben München\, Prinzregentenstraße 78\, Besprechungsraum EG\n\nBeste Grüße\nChristoph Kestner\n
UID:AAMkAGQ5ZTJlY2Y0LTkxODUtNGVmNi1hYzM0LTU1ZmQ2ODQ3ZDEyOABGAAAAAACq-kinderleben2
SUMMARY;LANGUAGE=de-DE:Stiftung Kinderleben – Gespräch Vorstand / Fr. Hofbauer
DTSTART;TZID=W. Europe Standard Time:20250325T170000
DTEND;TZID=W. Europe Standard Time:20250325T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T081544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Prinzregentenstraße 78\, München
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
