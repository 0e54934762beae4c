"""holdout159: the user's own interviews, part C (travel tech, London, DMCs, agencies)."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("greenhouse-meet", ("greenhouse-5e0d9c8b7a6f4e3d2c1b@greenhouse.io", 1, "TravelPerk", "Senior Events Manager (Field Marketing)", "recruiter_screen", "ona.sala@travelperk.com", "greenhouse-meet-talent-partner-screen"), r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-5e0d9c8b7a6f4e3d2c1b@greenhouse.io
DTSTAMP:20250303T112000Z
DTSTART:20250306T100000Z
DTEND:20250306T103000Z
SUMMARY:Intro call: Núria Puig / Ona Sala (TravelPerk)
DESCRIPTION:Hi Núria\, looking forward to our intro chat about the Senior Events Manager (Field Marketing) role!\n\nGoogle Meet: https://meet.google.com/wsa-zpxk-oob\n\nOna Sala · Talent Partner\, GTM
LOCATION:https://meet.google.com/wsa-zpxk-oob
ORGANIZER;CN=Ona Sala:mailto:ona.sala@travelperk.com
ATTENDEE;CN=Ona Sala;PARTSTAT=ACCEPTED:mailto:ona.sala@travelperk.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("goodtime-onsite", ("goodtime-7c2e91f0-58ab-4d3e-8f17-a0b9c6d5e4f3@goodtime.io", 1, "TravelPerk", "Senior Events Manager (Field Marketing)", "onsite", "david.hughes@travelperk.com;mireia.costa@travelperk.com;ona.sala@travelperk.com", "goodtime-onsite-loop-several-sessions"), r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:goodtime-7c2e91f0-58ab-4d3e-8f17-a0b9c6d5e4f3@goodtime.io
DTSTAMP:20250318T150000Z
DTSTART;TZID=Europe/Madrid:20250327T100000
DTEND;TZID=Europe/Madrid:20250327T123000
SUMMARY:Onsite Interview – Núria Puig – Senior Events Manager
DESCRIPTION:Interview Confirmation\n\nCandidate: Núria Puig\nPosition: Senior Events Manager (Field Marketing)\nLocation: TravelPerk HQ\, Carrer de Llull 321 (22@)\, Barcelona – ask for Ona at reception\n\nAgenda\n10:00 – 10:45  Event strategy deep dive – David Hughes (VP Marketing)\n10:50 – 11:35  Cross-functional collaboration – Mireia Costa (Field Marketing Lead)\n11:40 – 12:30  Wrap-up & questions – Ona Sala (Talent Partner)\n\nScheduled by GoodTime on behalf of TravelPerk Talent.
LOCATION:TravelPerk HQ\, Carrer de Llull 321\, 08019 Barcelona
ORGANIZER;CN=TravelPerk Interviews:mailto:interviews@travelperk.goodtime.io
ATTENDEE;CN=David Hughes;PARTSTAT=ACCEPTED:mailto:david.hughes@travelperk.com
ATTENDEE;CN=Mireia Costa;PARTSTAT=ACCEPTED:mailto:mireia.costa@travelperk.com
ATTENDEE;CN=Ona Sala;PARTSTAT=ACCEPTED:mailto:ona.sala@travelperk.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
ATTENDEE;CUTYPE=ROOM;CN=BCN-Llull-3F-Sagrada (6);PARTSTAT=ACCEPTED:mailto:c_188a3b9e2f@resource.calendar.google.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("first-stage", ("040000008200E00074C5B7101A82E0080000000066CC77DD88EEDB01000000000000000010000000AA00BB11CC22DD33EE44FF5566778899", 1, "GSMA", "Senior Event Manager – MWC Barcelona", "recruiter_screen", "tom.whitfield@gsma.com", "outlook-gmt-standard-time-first-stage"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@GMT_STD
BEGIN:VEVENT
ORGANIZER;CN=Tom Whitfield:mailto:tom.whitfield@gsma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Núria\,\n\nPlease find below the invite for your 1st stage interview for the Senior Event Manager – MWC Barcelona position. I'm a Talent Partner in the London office; the conversation will last around 40 minutes.\n\nKind regards\,\nTom\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_GSMA21@thread.v2/0>\nMeeting ID: 318 006 441 282\nPasscode: hH7nJ2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000066CC77DD88EEDB01000000000000000010000000AA00BB11CC22DD33EE44FF5566778899
SUMMARY;LANGUAGE=en-GB:1st stage interview – Núria Puig
DTSTART;TZID=GMT Standard Time:20250411T093000
DTEND;TZID=GMT Standard Time:20250411T101000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T110500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("competency-presentation", ("040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000003344556677889900AABBCCDDEEFF0011", 1, "GSMA", "Senior Event Manager – MWC Barcelona", "technical", "rachel.okafor@gsma.com;jaume.ferrer@gsma.com", "outlook-competency-interview-with-presentation"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@GMT_STD
BEGIN:VEVENT
ORGANIZER;CN=Tom Whitfield:mailto:tom.whitfield@gsma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Okafor:mailto:rachel.okafor@gsma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jaume Ferrer:mailto:jaume.ferrer@gsma.com
DESCRIPTION;LANGUAGE=en-GB:Hi Núria\,\n\nYour 2nd stage will be a competency-based interview plus a 15-minute presentation: "How would you improve the exhibitor move-in experience at Fira Gran Via for MWC?"\nPanel: Rachel Okafor (Director\, Event Operations) and Jaume Ferrer (Head of Venue Logistics\, Barcelona). I'll just open the call and introduce everyone.\n\nBest\,\nTom\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_GSMA22@thread.v2/0
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000003344556677889900AABBCCDDEEFF0011
SUMMARY;LANGUAGE=en-GB:2nd stage: competency interview + presentation (N. Puig)
DTSTART;TZID=GMT Standard Time:20250428T140000
DTEND;TZID=GMT Standard Time:20250428T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T083300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    ("workable", ("workable-interview-ise-2bf8a6e1c4@workable.com", 1, "Integrated Systems Events", "Operations Manager – ISE Barcelona", "", "j.collins@iseurope.org", "workable-video-interview-no-stage"), r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-interview-ise-2bf8a6e1c4@workable.com
DTSTAMP:20250312T173000Z
DTSTART:20250319T110000Z
DTEND:20250319T120000Z
SUMMARY:Video interview: Operations Manager – ISE Barcelona
DESCRIPTION:Hello Núria\,\n\nJames Collins has scheduled a video interview with you for the Operations Manager – ISE Barcelona job at Integrated Systems Events.\n\nJoin the call: https://ise.zoom.us/j/82214407751\n\nThis invitation was sent via Workable.
LOCATION:Zoom
ORGANIZER;CN=James Collins via Workable:mailto:noreply@workablemail.com
ATTENDEE;CN=James Collins;PARTSTAT=ACCEPTED:mailto:j.collins@iseurope.org
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("reunion-director", ("7hn3k1q9s0v2x4z6b8d0f2h4j6@google.com", 1, "Grupo Pacífico", "Account Director MICE", "hiring_manager", "fernando.alcaraz@pacifico-meetings.com", "google-spanish-reunion-with-managing-director"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250313T160000Z
DTEND:20250313T170000Z
DTSTAMP:20250310T121212Z
ORGANIZER;CN=Fernando Alcaraz:mailto:fernando.alcaraz@pacifico-meetings.com
UID:7hn3k1q9s0v2x4z6b8d0f2h4j6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fernando Alcaraz;X-NUM-GUESTS=0:mailto:fernando.alcaraz@pacifico-meetings.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
CREATED:20250310T121200Z
DESCRIPTION:Núria\, encantado de conocerte. Como te comentó Elena de RRHH\, me gustaría que charlásemos sobre la posición de Account Director MICE (clientes farma y asociaciones). Nos vemos en la oficina de Barcelona (Via Augusta 59\, 5º).\n\nFernando Alcaraz\nDirector General – Grupo Pacífico
LAST-MODIFIED:20250310T121212Z
LOCATION:Via Augusta\, 59\, 08006 Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión Núria Puig – F. Alcaraz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("prova-practica", ("bookings-3f2e1d0c9b8a@turismedebarcelona.onmicrosoft.com", 1, "Turisme de Barcelona", "Tècnic/a de Captació – Barcelona Convention Bureau", "technical", "", "ms-bookings-catalan-written-test-public-body"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN=Selecció de Personal – Turisme de Barcelona:mailto:SeleccioPersonal@turismedebarcelona.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:Reserva confirmada\n\nServei: Prova pràctica – Tècnic/a de Captació BCB (ref. TB-07/2025)\nData: dijous\, 10 d'abril de 2025\nDurada: 1 h 30 min\nLloc: Turisme de Barcelona\, Passatge de la Concepció 7-9\, 2a planta\n\nCal portar DNI i bolígraf. La prova consisteix en la redacció en anglès d'una proposta de candidatura (bid) per a un congrés internacional i un exercici d'Excel.\n\nSi vols cancel·lar o reprogramar la reserva\, fes-ho des de l'enllaç del correu de confirmació.\n\nMicrosoft Bookings
UID:bookings-3f2e1d0c9b8a@turismedebarcelona.onmicrosoft.com
SUMMARY;LANGUAGE=ca-ES:Prova pràctica – Tècnic/a de Captació BCB
DTSTART;TZID=Romance Standard Time:20250410T093000
DTEND;TZID=Romance Standard Time:20250410T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Passatge de la Concepció 7-9\, Barcelona
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("cal-com", ("calcom-8uV2nQ7rT4xZ1wY6@cal.com", 1, "Ovation Global DMC", "Account Director – Ovation Spain", "hiring_manager", "isabel.roca@ovationdmc.com", "cal-com-english-dmc-account-director"), r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8uV2nQ7rT4xZ1wY6@cal.com
DTSTAMP:20250319T204400Z
DTSTART:20250324T150000Z
DTEND:20250324T154500Z
SUMMARY:Interview – Account Director Ovation Spain between Isabel Roca and Núria Puig
DESCRIPTION:What: Interview – Account Director Ovation Spain\nInvitee time zone: Europe/Madrid\nWho:\nIsabel Roca - Organizer\nisabel.roca@ovationdmc.com\nNúria Puig\nnuria.puig.events@gmail.com\nWhere: Zoom Video\nhttps://us06web.zoom.us/j/83301991245\nAdditional notes: Referred by Marc (ex-colleague at Congressos Med)\n\nNeed to make a change? Cancel or reschedule: https://cal.com/booking/8uV2nQ7rT4xZ1wY6
LOCATION:https://us06web.zoom.us/j/83301991245
ORGANIZER;CN=Isabel Roca:mailto:isabel.roca@ovationdmc.com
ATTENDEE;CN=Núria Puig;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("icims-invite", ("icims-12-2025-1187-intv-55310@icims.com", 1, "CWT Meetings & Events", "Senior Meetings & Events Manager", "", "claudia.rossi@mycwt.com;paul.newman@mycwt.com", "icims-english-interview-invitation"), r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-12-2025-1187-intv-55310@icims.com
DTSTAMP:20250317T142211Z
DTSTART:20250321T090000Z
DTEND:20250321T100000Z
SUMMARY:Interview Invitation: Senior Meetings & Events Manager (2025-1187)
DESCRIPTION:Dear Núria\,\n\nCWT Meetings & Events would like to invite you to interview for Senior Meetings & Events Manager (Req 2025-1187)\, Barcelona/Hybrid.\n\nInterviewers: Claudia Rossi\, Senior Director M&E Southern Europe; Paul Newman\, Director Global Accounts\nFormat: Microsoft Teams (link below)\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_CWT55@thread.v2/0\n\nRegards\,\nCWT Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=CWT Talent Acquisition:mailto:cwt-noreply@icims.com
ATTENDEE;CN=Claudia Rossi;PARTSTAT=ACCEPTED:mailto:claudia.rossi@mycwt.com
ATTENDEE;CN=Paul Newman;PARTSTAT=TENTATIVE:mailto:paul.newman@mycwt.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("smartrecruiters", ("sr-interview-744A9B2C1D0E@smartrecruiters.com", 1, "BCD Meetings & Events", "Senior Event Manager", "recruiter_screen", "laura.nieto@bcdme.com", "smartrecruiters-spanish-screen-madrid-zone"), r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:sr-interview-744A9B2C1D0E@smartrecruiters.com
DTSTAMP:20250325T090909Z
DTSTART;TZID=Europe/Madrid:20250331T160000
DTEND;TZID=Europe/Madrid:20250331T163000
SUMMARY:Entrevista: Senior Event Manager – BCD Meetings & Events
DESCRIPTION:Hola Núria\,\n\nLaura Nieto (Talent Acquisition Iberia) te ha invitado a una entrevista para Senior Event Manager en BCD Meetings & Events (Madrid/Barcelona).\n\nTipo: Entrevista de preselección por videollamada (Teams)\nEnlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BCDME@thread.v2/0\n\nEnviado a través de SmartRecruiters
LOCATION:Microsoft Teams
ORGANIZER;CN=BCD Meetings & Events:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Laura Nieto;PARTSTAT=ACCEPTED:mailto:laura.nieto@bcdme.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("taleo-london", ("taleo-hilton-20250416-REQ2502117@taleo.net", 1, "Hilton", "Director of Event Sales – Hilton London Metropole", "hiring_manager", "oliver.grant@hilton.com", "taleo-london-zone-hotel-director"), r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:REQUEST
@LONDON
BEGIN:VEVENT
UID:taleo-hilton-20250416-REQ2502117@taleo.net
DTSTAMP:20250409T103000Z
DTSTART;TZID=Europe/London:20250416T110000
DTEND;TZID=Europe/London:20250416T120000
SUMMARY:Hilton – Interview with Oliver Grant (Director of Event Sales)
DESCRIPTION:Dear Núria\,\n\nThank you for applying to Hilton. You are invited to a video interview with Oliver Grant\, Director of Commercial – Hilton London Metropole\, for the role of Director of Event Sales (REQ2502117).\n\nJoin Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HLM@thread.v2/0\n\nHilton Talent Acquisition – Europe
LOCATION:Microsoft Teams
ORGANIZER;CN=Hilton Careers:mailto:hiltoncareers@taleo.net
ATTENDEE;CN=Oliver Grant;PARTSTAT=ACCEPTED:mailto:oliver.grant@hilton.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("assessment-centre", ("accor-ac-2025-05-1d4f7a@accor.com", 1, "Accor", "Directrice commerciale MICE – Région Paris", "onsite", "", "french-assessment-centre-full-day-paris"), r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@PARIS
BEGIN:VEVENT
UID:accor-ac-2025-05-1d4f7a@accor.com
DTSTAMP:20250428T090000Z
DTSTART;TZID=Europe/Paris:20250506T090000
DTEND;TZID=Europe/Paris:20250506T163000
SUMMARY:Assessment centre – Directrice commerciale MICE (Accor)
DESCRIPTION:Bonjour Núria\,\n\nNous avons le plaisir de vous convier à notre assessment centre pour le poste de Directrice commerciale MICE – Région Paris.\n\nProgramme : mise en situation commerciale (rendez-vous client simulé)\, exercice de groupe\, étude de cas chiffrée\, entretien final avec le jury.\nLieu : Accor – Sequana Tower\, 82 rue Henri Farman\, 92130 Issy-les-Moulineaux.\nDéjeuner offert sur place.\n\nCordialement\,\nTalent & Culture – Accor Europe
LOCATION:Sequana Tower\, 82 rue Henri Farman\, Issy-les-Moulineaux
ORGANIZER;CN=Talent & Culture Accor:mailto:talent.culture@accor.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("greenhouse-madrid", ("greenhouse-eb10a7c3d2f945e8b6a1@greenhouse.io", 1, "Eventbrite", "Field Marketing Manager, Southern Europe", "hiring_manager", "javier.ortega@eventbrite.com", "greenhouse-madrid-office-hiring-manager-spanish"), r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:greenhouse-eb10a7c3d2f945e8b6a1@greenhouse.io
DTSTAMP:20250408T130000Z
DTSTART;TZID=Europe/Madrid:20250414T113000
DTEND;TZID=Europe/Madrid:20250414T121500
SUMMARY:Eventbrite Interview: Núria Puig – Field Marketing Manager\, Southern Europe
DESCRIPTION:Hola Núria\,\n\nEsta es tu entrevista con Javier Ortega (Senior Marketing Manager\, Southern Europe)\, que sería tu responsable directo.\n\nZoom: https://eventbrite.zoom.us/j/95530018826\n\nSuerte\,\nEventbrite Recruiting
LOCATION:Zoom
ORGANIZER;CN=Eventbrite Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Javier Ortega;PARTSTAT=ACCEPTED:mailto:javier.ortega@eventbrite.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("platform-exercise", ("cvent-intv-0417-45f1@cvent.com", 1, "Cvent", "Event Strategy Manager, EMEA", "technical", "hannah.price@cvent.com", "outlook-desktop-technical-platform-exercise"), r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@GMT_STD
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250410T091500Z
DESCRIPTION:Hi Núria\,\n\nAs discussed\, this round is a hands-on exercise: you'll build a registration path and an agenda in a Cvent sandbox while talking me through your choices\, then we'll discuss how you'd advise an association client. Please join from a laptop.\n\nHannah Price\nSenior Manager\, Event Strategy EMEA – London\n\nJoin Zoom Meeting\nhttps://cvent.zoom.us/j/98123550172\nOne tap mobile +442034815240\,\,98123550172#
DTEND;TZID=GMT Standard Time:20250417T143000
DTSTAMP:20250410T091500Z
DTSTART;TZID=GMT Standard Time:20250417T133000
LAST-MODIFIED:20250410T091500Z
LOCATION:Zoom
ORGANIZER;CN="Price, Hannah":mailto:hannah.price@cvent.com
ATTENDEE;CN=nuria.puig.events@gmail.com;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Cvent – technical interview (platform exercise) – Núria Puig
TRANSP:OPAQUE
UID:cvent-intv-0417-45f1@cvent.com
END:VEVENT
END:VCALENDAR
"""),
    ("zoom-round1", ("greenhouse-ad7e2f0c9b1843d7a5e6@greenhouse.io", 1, "Adyen", "Events Manager", "hiring_manager", "floor.meijer@adyen.com", "greenhouse-round-one-with-events-lead"), r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-ad7e2f0c9b1843d7a5e6@greenhouse.io
DTSTAMP:20250429T150000Z
DTSTART:20250506T080000Z
DTEND:20250506T084500Z
SUMMARY:Adyen – Round 1 – Núria Puig (Events Manager)
DESCRIPTION:Hi Núria\,\n\nYour first round for the Events Manager role (Amsterdam) is with Floor Meijer\, Events Lead.\n\nZoom: https://adyen.zoom.us/j/91188203375\n\nAdyen Talent Acquisition
LOCATION:Zoom
ORGANIZER;CN=Adyen Talent Acquisition:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Floor Meijer;PARTSTAT=ACCEPTED:mailto:floor.meijer@adyen.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
