"""Holdout167 events, part C: Eindhoven and Rotterdam employers, agencies; coach, webinar, podcast."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="personio-video",
        uid="personio-interview-2f9d71c4-0a8e-4b35-9d6f-1e2c3b4a5d60@personio.de",
        label=(1, "Datamaat", "Product Owner Platform", "hiring_manager", "bram.vanhout@datamaat.nl", "personio-dutch-videogesprek"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-2f9d71c4-0a8e-4b35-9d6f-1e2c3b4a5d60@personio.de
DTSTAMP:20250218T074412Z
DTSTART:20250220T110000Z
DTEND:20250220T114500Z
SUMMARY:Videogesprek Product Owner Platform | Datamaat
DESCRIPTION:Beste Joost\,\n\nBedankt voor je interesse in Datamaat! Hierbij de uitnodiging voor een videogesprek met Bram van Hout (Manager Product & Engineering).\n\nLink: https://datamaat.webex.com/meet/bram.vanhout\n\nWe spreken je graag!\n\nMet vriendelijke groet\,\nSaskia de Ruiter\nHR & Office\, Datamaat B.V.\, Eindhoven
ORGANIZER;CN=Saskia de Ruiter:mailto:saskia.deruiter@datamaat.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Bram van Hout;PARTSTAT=ACCEPTED:mailto:bram.vanhout@datamaat.nl
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-onsite",
        uid="personio-interview-8b04c6e1-5f27-4d9a-a3c8-7e1f0b2d9c54@personio.de",
        label=(1, "Datamaat", "Product Owner Platform", "onsite", "bram.vanhout@datamaat.nl;lotte.claessens@datamaat.nl;j.vandijk@datamaat.nl", "personio-onsite-eindhoven-with-team"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:AMS%%
BEGIN:VEVENT
UID:personio-interview-8b04c6e1-5f27-4d9a-a3c8-7e1f0b2d9c54@personio.de
DTSTAMP:20250225T130020Z
DTSTART;TZID=Europe/Amsterdam:20250306T130000
DTEND;TZID=Europe/Amsterdam:20250306T160000
SUMMARY:Gesprek op locatie Product Owner Platform | Datamaat
DESCRIPTION:Beste Joost\,\n\nLeuk dat je verder gaat in de procedure! Op donderdag 6 maart ben je welkom op ons kantoor op Strijp-S (Torenallee 42\, Eindhoven).\n\n13:00 Ontvangst en rondleiding\n13:30 Gesprek met Bram van Hout en Lotte Claessens (Product Designer)\n14:30 Gesprek met het development team (Jesse van Dijk\, tech lead)\n15:30 Afsluiting\n\nParkeren kan in P1 Strijp-S\, het kaartje valideren we bij de receptie.\n\nGroet\,\nSaskia
ORGANIZER;CN=Saskia de Ruiter:mailto:saskia.deruiter@datamaat.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Bram van Hout;PARTSTAT=ACCEPTED:mailto:bram.vanhout@datamaat.nl
ATTENDEE;CN=Lotte Claessens;PARTSTAT=ACCEPTED:mailto:lotte.claessens@datamaat.nl
ATTENDEE;CN=Jesse van Dijk;PARTSTAT=ACCEPTED:mailto:j.vandijk@datamaat.nl
LOCATION:Torenallee 42\, 5617 BD Eindhoven
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-call",
        uid="workable-event-417239-883102@workablemail.com",
        label=(1, "Optiflux", "Senior Product Manager", "hiring_manager", "n.aerts@optiflux.nl", "workable-english-hiring-manager-call"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-417239-883102@workablemail.com
DTSTAMP:20250303T101200Z
DTSTART:20250310T140000Z
DTEND:20250310T145000Z
SUMMARY:Interview with Nick Aerts for Senior Product Manager at Optiflux
DESCRIPTION:Hi Joost\,\n\nYou are invited to an interview with Nick Aerts (VP Product) for the Senior Product Manager position at Optiflux.\n\nWhere: Zoom - https://optiflux.zoom.us/j/91644207381\nMeeting ID: 916 4420 7381\, Passcode: 220411\n\nIf you need to reschedule please reply to this email.\n\nBest regards\,\nThe Optiflux hiring team\n\nPowered by Workable
ORGANIZER;CN=Optiflux:mailto:optiflux@workablemail.com
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Nick Aerts;PARTSTAT=ACCEPTED:mailto:n.aerts@optiflux.nl
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-screen",
        uid="lever-interview-5e0c1a2b-8f6d-4c37-b9e1-2a7d0f4c8b63",
        label=(1, "Havenlijn Digital", "Product Owner Terminal Planning", "recruiter_screen", "eline.vermeulen@havenlijn.com", "lever-phone-screen-rotterdam"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5e0c1a2b-8f6d-4c37-b9e1-2a7d0f4c8b63
DTSTAMP:20250226T090045Z
DTSTART:20250303T093000Z
DTEND:20250303T100000Z
SUMMARY:Phone Screen: Joost van den Berg (Product Owner Terminal Planning)
DESCRIPTION:Interviewers: Eline Vermeulen\n\nEline will call you on +31 6 41287790.\n\nHavenlijn Digital - Wilhelminakade 91\, Rotterdam
ORGANIZER;CN=Eline Vermeulen:mailto:eline.vermeulen@havenlijn.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Eline Vermeulen;PARTSTAT=ACCEPTED:mailto:eline.vermeulen@havenlijn.com
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-case",
        uid="lever-interview-c3b81d07-2e94-4a5f-8d60-71f9a2e0c4b8",
        label=(1, "Havenlijn Digital", "Product Owner Terminal Planning", "technical", "g.boersma@havenlijn.com;yusuf.demir@havenlijn.com", "lever-case-presentation-two-panelists"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-c3b81d07-2e94-4a5f-8d60-71f9a2e0c4b8
DTSTAMP:20250307T141122Z
DTSTART:20250312T130000Z
DTEND:20250312T143000Z
SUMMARY:Case presentation - Joost van den Berg / Havenlijn Digital
DESCRIPTION:Hi Joost\,\n\nThanks for taking the time for the next step! You'll present your approach to the berth planning case (sent by Eline) to Gerrit Boersma (Product Lead) and Yusuf Demir (Lead Developer)\, followed by Q&A.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2YjFiMmUtYTcxNS00NzE0LWE5YTEtNDA3ZTdiNTQ1YTc1%40thread.v2/0\n\nInterviewers: Gerrit Boersma\, Yusuf Demir
ORGANIZER;CN=Eline Vermeulen:mailto:eline.vermeulen@havenlijn.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Gerrit Boersma;PARTSTAT=ACCEPTED:mailto:G.Boersma@havenlijn.com
ATTENDEE;CN=Yusuf Demir;PARTSTAT=ACCEPTED:mailto:yusuf.demir@havenlijn.com
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screening",
        uid="f3a9c2e1-6b7d-4e08-9a15-c4d2b0e7f619",
        label=(1, "PensioenPlus", "Product Owner Deelnemersportaal", "recruiter_screen", "jasper@talentwerk.nl", "agency-screening-client-named-in-body"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
%%TZ:WEST%%
BEGIN:VEVENT
ATTENDEE;CN=joost.vdberg@kpnmail.nl;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
CLASS:PUBLIC
CREATED:20250219T152307Z
DESCRIPTION:Hoi Joost\,\n\nFijn dat we elkaar even kunnen spreken. Zoals ik in mijn mail schreef gaat het om de interim-naar-vast rol Product Owner Deelnemersportaal bij PensioenPlus (Utrecht\, 2 dagen per week op kantoor). Ik wil graag je ervaring doorlopen voordat ik je voorstel aan de opdrachtgever\, en je salarisindicatie en beschikbaarheid checken.\n\nIk bel je op je mobiel.\n\nGroet\,\nJasper Kuipers\nSenior Recruiter | Talentwerk Finance & IT\n030 - 760 22 41\n
DTEND;TZID="W. Europe Standard Time":20250221T123000
DTSTAMP:20250219T152307Z
DTSTART;TZID="W. Europe Standard Time":20250221T120000
LAST-MODIFIED:20250219T152307Z
LOCATION:Telefonisch
ORGANIZER;CN="Jasper Kuipers":mailto:jasper@talentwerk.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Belafspraak Joost van den Berg / Talentwerk
TRANSP:OPAQUE
UID:f3a9c2e1-6b7d-4e08-9a15-c4d2b0e7f619
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-call",
        uid="vms-cal-8841902-jvdberg@vandermeer-search.nl",
        label=(1, "Regionet", "Head of Product", "recruiter_screen", "c.vandermeer@vandermeer-search.nl", "headhunter-names-employer-only-in-body"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.81//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:AMS%%
BEGIN:VEVENT
UID:vms-cal-8841902-jvdberg@vandermeer-search.nl
DTSTAMP:20250304T160005Z
DTSTART;TZID=Europe/Amsterdam:20250311T080000
DTEND;TZID=Europe/Amsterdam:20250311T090000
SUMMARY:Vandermeer Executive Search | J. van den Berg
DESCRIPTION:Beste Joost\,\n\nDank voor je tijd aan de telefoon vorige week. Zoals besproken betreft het vertrouwelijke mandaat de positie Head of Product bij Regionet (netbeheer\, hoofdkantoor Arnhem/Utrecht). Graag spreek ik je uitgebreider over je loopbaan\, je leiderschapsstijl en je motivatie voor deze stap\, als voorbereiding op een eventuele voordracht.\n\nIk ontvang je graag op ons kantoor aan de Maliebaan.\n\nMet hartelijke groet\,\nCaroline van der Meer\nPartner
LOCATION:Maliebaan 74\, Utrecht
ORGANIZER;CN=Caroline van der Meer:mailto:c.vandermeer@vandermeer-search.nl
ATTENDEE;CN=Joost van den Berg;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="mock-interview",
        uid="calendly-7c2e0f91-4a3b-4d58-9e16-b0a8c3d5f274",
        label=(0, "", "", "", "", "mock-interview-with-loopbaancoach"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7c2e0f91-4a3b-4d58-9e16-b0a8c3d5f274
DTSTAMP:20250210T190301Z
DTSTART:20250219T180000Z
DTEND:20250219T190000Z
SUMMARY:Oefengesprek (mock interview) - Joost van den Berg en Marieke Swart
DESCRIPTION:Event Name: Oefengesprek (mock interview) 60 min\n\nWe simuleren een tweede ronde voor een (senior) PO-rol: STAR-vragen\, een korte productcasus en feedback op je pitch. Neem de vacaturetekst mee waarvoor je wilt oefenen.\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/83271104566\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7c2e0f91-4a3b-4d58-9e16-b0a8c3d5f274\nReschedule: https://calendly.com/reschedulings/7c2e0f91-4a3b-4d58-9e16-b0a8c3d5f274\n\nPowered by Calendly.com
ORGANIZER;CN=Marieke Swart Loopbaancoaching:mailto:marieke@swartloopbaan.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=ACCEPTED:mailto:joost.vdberg@kpnmail.nl
LOCATION:https://us06web.zoom.us/j/83271104566
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar",
        uid="ON24-event-4419283-reg-77120045@on24.com",
        label=(0, "", "", "", "", "webinar-about-product-interviews"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ON24//Webcast//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ON24-event-4419283-reg-77120045@on24.com
DTSTAMP:20250220T120000Z
DTSTART:20250306T170000Z
DTEND:20250306T180000Z
SUMMARY:Webinar: Nail the Product Manager Interview - product sense\, execution & the case round
DESCRIPTION:Thank you for registering for "Nail the Product Manager Interview". Join former hiring managers from European scale-ups as they walk through real interview questions\, how case rounds are scored and what makes candidates stand out.\n\nAudience URL: https://event.on24.com/wcc/r/4419283/7C1B9E0A2F\n\nProductTank Amsterdam x ProductLab
LOCATION:Online
ORGANIZER;CN=ProductLab Events:mailto:events@productlab.io
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast-recording",
        uid="riverside-rec-b91f2d70e4c3@riverside.fm",
        label=(0, "", "", "", "", "podcast-interview-user-as-guest"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T160000Z
DTEND:20250227T170000Z
DTSTAMP:20250217T101522Z
ORGANIZER;CN=Lieke Verbeek:mailto:lieke@productpraat.nl
UID:riverside-rec-b91f2d70e4c3@riverside.fm
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lieke Verbeek;X-NUM-GUESTS=0:mailto:lieke@productpraat.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
DESCRIPTION:Opname aflevering 41 van Product Praat: interview met Joost over discovery in een gereguleerde markt (verzekeren). Studio: https://riverside.fm/studio/productpraat-41\nGebruik een koptelefoon en een bekabelde verbinding als het kan. Vragenlijst volgt per mail.
LOCATION:https://riverside.fm/studio/productpraat-41
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast Product Praat - interview Joost van den Berg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
