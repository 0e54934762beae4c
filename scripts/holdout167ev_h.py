"""Holdout167 events, part H: Madrid fintech (Spanish/English), a cancelled interview, ModernLoop, async video."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="entrevista-es",
        uid="cuentaclara-tt-7e5b3a10-2c4d-4f91-b8e6-0a9d1c3f5e27",
        label=(1, "Cuentaclara", "Senior Product Manager - Pagos", "recruiter_screen", "lucia.moreno@cuentaclara.es", "spanish-primera-entrevista-madrid-tz"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//ES
METHOD:REQUEST
%%TZ:MAD%%
BEGIN:VEVENT
UID:cuentaclara-tt-7e5b3a10-2c4d-4f91-b8e6-0a9d1c3f5e27
DTSTAMP:20250303T154000Z
DTSTART;TZID=Europe/Madrid:20250306T100000
DTEND;TZID=Europe/Madrid:20250306T103000
SUMMARY:Primera entrevista - Senior Product Manager - Pagos | Cuentaclara
DESCRIPTION:Hola Joost\,\n\n¡Gracias por tu interés en Cuentaclara! Te invitamos a una primera entrevista con Lucía Moreno (Talent Acquisition). Hablaremos de tu experiencia\, de tus motivaciones para mudarte a Madrid y del puesto. Si lo prefieres\, podemos hacerla en inglés.\n\nEnlace de Google Meet: https://meet.google.com/jrx-ptwd-hcs\n\n¡Un saludo!\nEquipo de Talento\, Cuentaclara
LOCATION:Google Meet
ORGANIZER;CN=Lucía Moreno:mailto:lucia.moreno@cuentaclara.es
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Lucía Moreno;PARTSTAT=ACCEPTED:mailto:lucia.moreno@cuentaclara.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="caso-practico",
        uid="cuentaclara-tt-4b9e0d72-81a3-4c5f-9d20-e6f1a7b3c048",
        label=(1, "Cuentaclara", "Senior Product Manager - Pagos", "technical", "alvaro.ruiz@cuentaclara.es;marta.gil@cuentaclara.es", "spanish-english-caso-practico"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:cuentaclara-tt-4b9e0d72-81a3-4c5f-9d20-e6f1a7b3c048
DTSTAMP:20250314T101500Z
DTSTART:20250321T140000Z
DTEND:20250321T151500Z
SUMMARY:Caso práctico / Product case - Joost van den Berg
DESCRIPTION:Hi Joost\,\n\nAs agreed\, this session will be in English. You will present your take on the product case (instant payouts for freelancers) to Álvaro Ruiz (Head of Product\, Pagos) and Marta Gil (Staff Engineer)\, followed by questions.\n\nGoogle Meet: https://meet.google.com/cvb-qnzr-oit\n\nUn saludo\,\nLucía
LOCATION:Google Meet
ORGANIZER;CN=Lucía Moreno:mailto:lucia.moreno@cuentaclara.es
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Álvaro Ruiz;PARTSTAT=ACCEPTED:mailto:alvaro.ruiz@cuentaclara.es
ATTENDEE;CN=Marta Gil;PARTSTAT=ACCEPTED:mailto:marta.gil@cuentaclara.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-final",
        uid="6p2s8d0f4g1h7j3k9l5z0x2c6v@google.com",
        label=(1, "Cuentaclara", "Senior Product Manager - Pagos", "final", "javier@cuentaclara.es", "spanish-entrevista-final-cpo-madrid-office"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T090000Z
DTEND:20250408T103000Z
DTSTAMP:20250331T170512Z
ORGANIZER;CN=Javier Ortega:mailto:javier@cuentaclara.es
UID:6p2s8d0f4g1h7j3k9l5z0x2c6v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javier Ortega;X-NUM-GUESTS=0:mailto:javier@cuentaclara.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lucia.moreno@cuentaclara.es;X-NUM-GUESTS=0:mailto:lucia.moreno@cuentaclara.es
DESCRIPTION:Hola Joost\, encantado de conocerte en persona. Entrevista final en nuestra oficina (Calle de Alcalá 96\, 4ª planta). Después\, si te apetece\, comemos con parte del equipo.\n\nJavier Ortega\nCPO & Co-founder
LOCATION:Calle de Alcalá 96\, 28009 Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final Joost - Javier (CPO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thank-you-es",
        uid="A1F0E9D8-C7B6-4A59-8372-615243342516",
        label=(0, "", "", "", "", "thank-you-reminder-spanish-employer"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250408T131500Z
UID:A1F0E9D8-C7B6-4A59-8372-615243342516
DTEND:20250408T200000
TRANSP:TRANSPARENT
SUMMARY:bedankmail Javier + Lucía (gracias!) vanuit hotel
DTSTART:20250408T193000
DTSTAMP:20250408T131500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-invite",
        uid="workable-event-502211-904417@workablemail.com",
        label=(1, "Tweewieler Verzekering", "Product Owner", "hiring_manager", "f.kramer@tweewieler.nl", "workable-dutch-invite-later-cancelled"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-502211-904417@workablemail.com
DTSTAMP:20250312T081500Z
DTSTART:20250319T090000Z
DTEND:20250319T100000Z
SUMMARY:Sollicitatiegesprek met Frank Kramer voor Product Owner bij Tweewieler Verzekering
DESCRIPTION:Hoi Joost\,\n\nJe bent uitgenodigd voor een sollicitatiegesprek met Frank Kramer (Manager Digital) voor de functie Product Owner bij Tweewieler Verzekering.\n\nWaar: Tweewieler Verzekering\, Vredenburg 40\, Utrecht\n\nMet vriendelijke groet\,\nHet Tweewieler-team\n\nPowered by Workable
ORGANIZER;CN=Tweewieler Verzekering:mailto:tweewieler@workablemail.com
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Frank Kramer;PARTSTAT=ACCEPTED:mailto:f.kramer@tweewieler.nl
LOCATION:Vredenburg 40\, Utrecht
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-cancel",
        uid="workable-event-502211-904417@workablemail.com",
        label=(1, "Tweewieler Verzekering", "Product Owner", "hiring_manager", "f.kramer@tweewieler.nl", "cancelled-interview-method-cancel"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:workable-event-502211-904417@workablemail.com
DTSTAMP:20250317T151200Z
DTSTART:20250319T090000Z
DTEND:20250319T100000Z
SUMMARY:Geannuleerd: Sollicitatiegesprek met Frank Kramer voor Product Owner bij Tweewieler Verzekering
DESCRIPTION:Hoi Joost\,\n\nHelaas moeten we het gesprek van woensdag 19 maart annuleren: de vacature Product Owner wordt voorlopig on hold gezet. Excuses voor het ongemak\; we nemen contact op zodra er meer duidelijk is.\n\nHet Tweewieler-team
ORGANIZER;CN=Tweewieler Verzekering:mailto:tweewieler@workablemail.com
ATTENDEE;CN=Joost van den Berg:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Frank Kramer:mailto:f.kramer@tweewieler.nl
LOCATION:Vredenburg 40\, Utrecht
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-panel",
        uid="modernloop-evt-3d9f1b02c8e7a654@modernloop.io",
        label=(1, "Noorderlicht Bank", "Lead Product Owner Sparen & Beleggen", "onsite", "r.haverkamp@noorderlichtbank.nl;s.tan@noorderlichtbank.nl;w.postma@noorderlichtbank.nl", "modernloop-panel-three-interviewers"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:modernloop-evt-3d9f1b02c8e7a654@modernloop.io
DTSTAMP:20250401T090000Z
DTSTART:20250409T071500Z
DTEND:20250409T093000Z
SUMMARY:Noorderlicht Bank - Interview Lead Product Owner Sparen & Beleggen
DESCRIPTION:Hi Joost\,\n\nYour interview schedule:\n09:15 - 10:00 Ronald Haverkamp - Tribe Lead Sparen & Beleggen\n10:00 - 10:45 Sharon Tan - Product Lead Beleggen\n10:45 - 11:30 Wietse Postma - Agile Coach\n\nLocation: Noorderlicht Bank\, Zuidas\, Gustav Mahlerlaan 300\, Amsterdam. Registreer bij de receptie.\n\nScheduled via ModernLoop on behalf of Noorderlicht Bank Recruitment
ORGANIZER;CN=Noorderlicht Bank Recruitment:mailto:recruitment@noorderlichtbank.nl
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Ronald Haverkamp:mailto:r.haverkamp@noorderlichtbank.nl
ATTENDEE;CN=Sharon Tan:mailto:s.tan@noorderlichtbank.nl
ATTENDEE;CN=Wietse Postma:mailto:w.postma@noorderlichtbank.nl
LOCATION:Gustav Mahlerlaan 300\, Amsterdam
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="async-video",
        uid="SR-ASYNC-0f3b7e21d9c64a58@smartrecruiters.com",
        label=(1, "Maasmarkt", "Product Owner E-commerce", "recruiter_screen", "", "one-way-video-interview-all-day-deadline"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SR-ASYNC-0f3b7e21d9c64a58@smartrecruiters.com
DTSTAMP:20250324T080000Z
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
SUMMARY:Video-interview Maasmarkt - Product Owner E-commerce (deadline)
DESCRIPTION:Beste Joost\,\n\nAls eerste stap in de selectie voor Product Owner E-commerce vragen we je een video-interview op te nemen: 4 vragen\, per vraag 30 seconden bedenktijd en maximaal 2 minuten antwoordtijd. Je kunt het interview tot en met donderdag 27 maart afronden.\n\nStart het video-interview: https://maasmarkt.hirevue.com/candidate/5QK9-PX21\n\nSucces!\nRecruitment Maasmarkt\, Rotterdam
ORGANIZER;CN=Maasmarkt Recruitment:mailto:noreply@smartrecruiters.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exitgesprek",
        uid="040000008200E00074C5B7101A82E0080000000077AB88CD99EFDB010000000000000000100000005A6B7C8D9EAFB0C1D2E3F405162738A9",
        label=(0, "", "", "", "", "own-exit-interview-at-current-employer"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Smits, Yvonne (HR)":mailto:yvonne.smits@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Hoi Joost\,\n\nJammer dat je vertrekt! Zoals bij iedereen die uit dienst gaat plannen we een exitgesprek. We horen graag eerlijk waarom je weggaat en wat we beter kunnen doen. Alles wordt geanonimiseerd verwerkt. Ook nemen we de laatste praktische zaken door (laptop\, pas\, verlof).\n\nGroet\,\nYvonne\n
UID:040000008200E00074C5B7101A82E0080000000077AB88CD99EFDB010000000000000000100000005A6B7C8D9EAFB0C1D2E3F405162738A9
SUMMARY;LANGUAGE=nl-NL:Exitgesprek Joost van den Berg
DTSTART;TZID=W. Europe Standard Time:20250522T110000
DTEND;TZID=W. Europe Standard Time:20250522T114500
CLASS:PRIVATE
DTSTAMP:20250506T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:UTR-2.10 Lombok (2p)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-check-mine",
        uid="F0E1D2C3-B4A5-4968-8776-655443322110",
        label=(0, "", "", "", "", "employer-calls-users-referee-user-absent"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250226T080011Z
UID:F0E1D2C3-B4A5-4968-8776-655443322110
DTEND;TZID=Europe/Amsterdam:20250227T150000
TRANSP:TRANSPARENT
SUMMARY:Voltana belt Karin (referentie) - Karin even appen vooraf
DTSTART;TZID=Europe/Amsterdam:20250227T143000
DTSTAMP:20250226T080011Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
