"""holdout159: the user's own interviews, part A (trade fairs, congress agencies, hotel groups)."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("trucada-inicial", ("040000008200E00074C5B7101A82E008000000003C5B1E2A8F87DB01000000000000000010000000A1F0C3D2E4B5A6978812345600ABCDEF", 1, "Fira de Barcelona", "Event Manager – Salons Internacionals", "recruiter_screen", "lventura@firabarcelona.com", "outlook-catalan-first-call-teams"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Ventura Puyol, Laura":mailto:lventura@firabarcelona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:Bon dia Núria\,\n\nTal com hem parlat per telèfon\, t'envio la convocatòria per a la primera conversa del procés de selecció d'Event Manager – Salons Internacionals. Serà una trucada d'uns 30 minuts per conèixer la teva trajectòria\, motivació i condicions.\n\nSalutacions\,\nLaura Ventura\nTalent Acquisition · Persones i Organització\nFira de Barcelona\n\n________________________________________________________________________________\nReunió de Microsoft Teams\nUneix-te a l'ordinador\, a l'aplicació per a mòbils o al dispositiu de la sala\nFeu clic aquí per unir-vos a la reunió<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3ZDk1@thread.v2/0?context=%7b%22Tid%22%3a%22e1c1%22%7d>\nID de la reunió: 372 118 904 221\nCodi d'accés: p7Xk2Q\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003C5B1E2A8F87DB01000000000000000010000000A1F0C3D2E4B5A6978812345600ABCDEF
SUMMARY;LANGUAGE=ca-ES:Trucada inicial – Event Manager Salons Internacionals (Fira de Barcelona)
DTSTART;TZID=Romance Standard Time:20250304T100000
DTEND;TZID=Romance Standard Time:20250304T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T123114Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Reunió de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120683477
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ("segona-entrevista", ("040000008200E00074C5B7101A82E00800000000D2A6C11B4A8EDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F", 1, "Fira de Barcelona", "Event Manager – Salons Internacionals", "hiring_manager", "jcasals@firabarcelona.com;lventura@firabarcelona.com", "outlook-second-round-room-resource-sent-by"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Casals Vidal, Jordi";SENT-BY="mailto:agarriga@firabarcelona.com":mailto:jcasals@firabarcelona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ventura Puyol, Laura":mailto:lventura@firabarcelona.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MTJ Univers – Sala 2.04 (8p)":mailto:sala.univers204@firabarcelona.com
DESCRIPTION;LANGUAGE=ca-ES:Benvolguda Núria\,\n\nEl Sr. Jordi Casals\, Director de Salons Internacionals\, et convoca a la segona entrevista del procés. Hi serà també la Laura Ventura (Persones).\n\nLloc: Recinte Montjuïc\, Edifici Univers\, 2a planta (Av. Reina Maria Cristina s/n). Identifica't al control d'accés de la Porta Maria Cristina i pregunta per l'Anna Garriga.\n\nCordialment\,\nAnna Garriga\nSecretaria de Direcció – Salons Internacionals
UID:040000008200E00074C5B7101A82E00800000000D2A6C11B4A8EDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=ca-ES:Entrevista Núria Puig – Event Manager SI (2a ronda)
DTSTART;TZID=Romance Standard Time:20250318T163000
DTEND;TZID=Romance Standard Time:20250318T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T082201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:MTJ Univers – Sala 2.04 (8p)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ("entrevista-final", ("0400000082000E0074C5B7101A82E00800000000B7E3A4C19996DB010000000000000000100000001B2C3D4E5F60718293A4B5C6D7E8F901", 1, "Fira de Barcelona", "Event Manager – Salons Internacionals", "final", "mpons@firabarcelona.com;jcasals@firabarcelona.com", "outlook-final-with-deputy-director"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Ventura Puyol, Laura":mailto:lventura@firabarcelona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pons Font, Mercè":mailto:mpons@firabarcelona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Casals Vidal, Jordi":mailto:jcasals@firabarcelona.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="GV Europa – Sala Consell":mailto:sala.consell.gv@firabarcelona.com
DESCRIPTION;LANGUAGE=ca-ES:Hola Núria\,\n\nEnhorabona per haver arribat a l'última fase. Et confirmo la reunió final amb la Mercè Pons (Directora General Adjunta) i en Jordi Casals al recinte de Gran Via (Av. Joan Carles I\, 64\, L'Hospitalet). Et demanem que portis preparada una breu exposició (10 min) de com plantejaries el calendari de salons 2026.\n\nSalutacions\,\nLaura
UID:0400000082000E0074C5B7101A82E00800000000B7E3A4C19996DB010000000000000000100000001B2C3D4E5F60718293A4B5C6D7E8F901
SUMMARY;LANGUAGE=ca-ES:Fira de Barcelona · Reunió final – Núria Puig
DTSTART;TZID=Romance Standard Time:20250403T120000
DTEND;TZID=Romance Standard Time:20250403T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T151010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:GV Europa – Sala Consell
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("workday-screen", ("WD-INTV-9f3a1c7e2b5d4e60a8b1c2d3e4f50617@myworkday.com", 1, "MCI Group", "Senior Project Manager, Congresses", "recruiter_screen", "Sophie Martin", "workday-utc-screen-interviewer-in-body"), r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-9f3a1c7e2b5d4e60a8b1c2d3e4f50617@myworkday.com
DTSTAMP:20250305T141522Z
DTSTART:20250312T083000Z
DTEND:20250312T091500Z
SUMMARY:Interview Scheduled: Senior Project Manager, Congresses (R0019874)
DESCRIPTION:Dear Núria\,\n\nThank you for your interest in MCI Group. Your interview for the position Senior Project Manager\, Congresses (Barcelona) has been scheduled.\n\nInterview type: Video (Microsoft Teams)\nInterviewer: Sophie Martin\, Talent Acquisition Partner EMEA\nDuration: 45 minutes\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MCI88123@thread.v2/0\n\nIf you need to reschedule\, please reply to this message.\n\nMCI Group Talent Acquisition\nThis is an automated message from Workday. Please do not reply directly.
LOCATION:Microsoft Teams
ORGANIZER;CN=MCI Group Recruiting:mailto:mci@myworkday.com
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Núria Puig:mailto:nuria.puig.events@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ("hm-teams", ("040000008200E00074C5B7101A82E0080000000045AB6C0E6F92DB01000000000000000010000000ACDC1234BEEF5678CAFE9012DEAD3456", 1, "MCI Group", "Senior Project Manager, Congresses", "hiring_manager", "claire.dubois@mci-group.com", "outlook-w-europe-zone-hiring-manager-english"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@W_EUROPE
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Claire":mailto:claire.dubois@mci-group.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig:mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martin, Sophie":mailto:sophie.martin@mci-group.com
DESCRIPTION;LANGUAGE=en-US:Hi Núria\,\n\nLooking forward to our conversation about the Senior PM role in our Barcelona hub – I lead the Association Congresses team (Geneva/Barcelona). Sophie is optional and may drop in for the last 10 minutes.\n\nBest\,\nClaire\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4@thread.v2/0>\nMeeting ID: 391 552 087 14\nPasscode: Zk9m3T\nOr call in (audio only)\n+41 44 529 93 41\,\,802441339#   Switzerland\, Zürich\nPhone Conference ID: 802 441 339#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000045AB6C0E6F92DB01000000000000000010000000ACDC1234BEEF5678CAFE9012DEAD3456
SUMMARY;LANGUAGE=en-US:Núria Puig / Claire Dubois – Senior PM Congresses
DTSTART;TZID=W. Europe Standard Time:20250320T140000
DTEND;TZID=W. Europe Standard Time:20250320T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T100501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ("teamtailor", ("tt-interview-4471983@teamtailor.com", 1, "Kuoni Tumlare", "Senior Event Manager – Congress Division", "", "marta.serrano@kuonitumlare.com", "teamtailor-generic-interview-no-stage"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-4471983@teamtailor.com
DTSTAMP:20250306T091833Z
DTSTART:20250313T110000Z
DTEND:20250313T114500Z
SUMMARY:Interview: Núria Puig – Senior Event Manager – Congress Division
DESCRIPTION:Hi Núria\,\n\nHere are the details for your interview with Kuoni Tumlare Congress.\n\nWho: Marta Serrano (Head of Congress Operations\, Iberia)\nWhere: Google Meet – https://meet.google.com/kqz-tnhy-ywe\n\nSee you soon!\nKuoni Tumlare Talent Team\n\nPowered by Teamtailor
LOCATION:https://meet.google.com/kqz-tnhy-ywe
ORGANIZER;CN=Kuoni Tumlare:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Marta Serrano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marta.serrano@kuonitumlare.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("successfactors-telefonica", ("SFINT-7d1e0b55-41a2-4cc3-9e6b-2b0c5f4d8a11", 1, "Meliá Hotels International", "Manager MICE Sales – Meliá Barcelona Sky", "recruiter_screen", "beatriz.llull@melia.com", "successfactors-spanish-phone-screen"), r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:SFINT-7d1e0b55-41a2-4cc3-9e6b-2b0c5f4d8a11
DTSTAMP:20250307T152000Z
DTSTART;TZID=Europe/Madrid:20250311T121500
DTEND;TZID=Europe/Madrid:20250311T124500
SUMMARY:Entrevista telefónica – Manager MICE Sales (Req. 45213)
DESCRIPTION:Hola Núria\,\n\nTe confirmamos la entrevista telefónica para la posición Manager MICE Sales – Meliá Barcelona Sky (Req. 45213).\n\nEntrevistadora: Beatriz Llull\, Talent Acquisition Specialist\nTe llamará al número que indicaste en tu candidatura (+34 6** *** 418).\n\nMeliá Hotels International · Talento y Cultura\nEste mensaje se ha generado automáticamente desde SAP SuccessFactors.
LOCATION:Llamada telefónica
ORGANIZER;CN=Meliá Careers:mailto:noreply@successfactors.eu
ATTENDEE;CN=Beatriz Llull;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:Beatriz.Llull@melia.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("caso-practico", ("040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000908172635445362718293A4B5C6D7E8F", 1, "Meliá Hotels International", "Manager MICE Sales – Meliá Barcelona Sky", "technical", "carlos.ferrer@melia.com;beatriz.llull@melia.com", "outlook-spanish-case-study-hotel"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Llull Oliver, Beatriz":mailto:beatriz.llull@melia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrer Mas, Carlos":mailto:carlos.ferrer@melia.com
DESCRIPTION;LANGUAGE=es-ES:Hola Núria\,\n\nComo te adelanté\, la siguiente fase consiste en la resolución de un caso práctico: recibirás por correo 48 h antes un RFP real (anonimizado) de un congreso médico de 900 pax. Tendrás 20 minutos para presentar tu propuesta (espacios\, F&B\, pricing) a Carlos Ferrer\, Director Comercial MICE Cataluña\, y después 25 minutos de preguntas.\n\nLugar: Meliá Barcelona Sky\, C/ Pere IV 272\, planta 3\, sala Neptuno.\n\nUn saludo\,\nBeatriz
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000908172635445362718293A4B5C6D7E8F
SUMMARY;LANGUAGE=es-ES:Caso práctico MICE – Núria Puig
DTSTART;TZID=Romance Standard Time:20250325T093000
DTEND;TZID=Romance Standard Time:20250325T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T174455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Meliá Barcelona Sky – Sala Neptuno
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("google-hotel", ("5k2j9r0v3b1m7q8c4n6t0y2w1e@google.com", 1, "NH Hotel Group", "Events & Meetings Manager", "hiring_manager", "l.quintana@nh-hotels.com", "google-invite-hotel-director-in-person"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T080000Z
DTEND:20250401T090000Z
DTSTAMP:20250326T103311Z
ORGANIZER;CN=Lucía Quintana:mailto:l.quintana@nh-hotels.com
UID:5k2j9r0v3b1m7q8c4n6t0y2w1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Quintana;X-NUM-GUESTS=0:mailto:l.quintana@nh-hotels.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
CREATED:20250326T103310Z
DESCRIPTION:Hola Núria\, te espero en el hotel para conocernos y enseñarte los espacios. Pregunta por mí en recepción.\n\nLucía Quintana\nHotel Manager · NH Collection Barcelona Gran Hotel Calderón\n\nPosición: Events & Meetings Manager
LAST-MODIFIED:20250326T103311Z
LOCATION:NH Collection Barcelona Gran Hotel Calderón\, Rambla de Catalunya\, 26\, 08007 Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Núria Puig – Events & Meetings Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("calendly-recruiter", ("9c8e4f1a-2b7d-4d0e-b3a5-6f1c2e8d7a90", 1, "Barceló Hotel Group", "Responsable de Eventos y Congresos", "recruiter_screen", "marta.gil@barcelo.com", "calendly-booking-by-user-recruiter-host"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:9c8e4f1a-2b7d-4d0e-b3a5-6f1c2e8d7a90
DTSTAMP:20250310T194402Z
DTSTART:20250314T090000Z
DTEND:20250314T093000Z
SUMMARY:Núria Puig and Marta Gil
DESCRIPTION:Event Name: Entrevista inicial – Barceló Hotel Group (30 min)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/hvd-wpxe-qsa\n\nPlease share anything that will help prepare for our meeting.:\nPuesto: Responsable de Eventos y Congresos (Barceló Sants / Barceló Raval)\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/9c8e4f1a-2b7d-4d0e-b3a5-6f1c2e8d7a90\nReschedule: https://calendly.com/reschedulings/9c8e4f1a-2b7d-4d0e-b3a5-6f1c2e8d7a90\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/hvd-wpxe-qsa
ORGANIZER;CN=Marta Gil:mailto:marta.gil@barcelo.com
ATTENDEE;CN=Núria Puig;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:nuria.puig.events@gmail.com
ATTENDEE;CN=Marta Gil;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:marta.gil@barcelo.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("prueba-tecnica", ("040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900", 1, "IFEMA Madrid", "Jefe/a de Proyecto – Ferias Internacionales", "technical", "ana.bermejo@ifema.es", "outlook-madrid-technical-test-teams"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Bermejo Sanz, Ana":mailto:ana.bermejo@ifema.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='nuria.puig.events@gmail.com':mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Núria\,\n\nTe convocamos a la prueba técnica del proceso Jefe/a de Proyecto – Ferias Internacionales. La prueba se hará por Teams con cámara encendida: 40 minutos para elaborar un cronograma de montaje/desmontaje y un presupuesto de una feria de 3 pabellones a partir de la documentación que compartiré en pantalla\, y 20 minutos para comentarlo conmigo.\n\nUn saludo\,\nAna Bermejo\nDepartamento de Personas · IFEMA MADRID\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_IFM773@thread.v2/0>\nId. de reunión: 312 445 882 903\nCódigo de acceso: 8sPq4w\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=es-ES:Prueba técnica – Proceso JP Ferias Internacionales
DTSTART;TZID=Romance Standard Time:20250408T100000
DTEND;TZID=Romance Standard Time:20250408T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("panel-presencial", ("040000008200E00074C5B7101A82E008000000007F6E5D4C3B2ADB01000000000000000010000000ABABABAB12121212CDCDCDCD34343434", 1, "IFEMA Madrid", "Jefe/a de Proyecto – Ferias Internacionales", "onsite", "jl.marin@ifema.es;r.ochoa@ifema.es;ana.bermejo@ifema.es", "outlook-panel-onsite-madrid-three-interviewers"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Bermejo Sanz, Ana":mailto:ana.bermejo@ifema.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='nuria.puig.events@gmail.com':mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marín Gómez, José Luis":mailto:jl.marin@ifema.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Ochoa Ruiz, Raquel":mailto:r.ochoa@ifema.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala Juntas 3 – Puerta Norte":mailto:salajuntas3.pn@ifema.es
DESCRIPTION;LANGUAGE=es-ES:Núria\,\n\nTe confirmo la entrevista con el panel: José Luis Marín (Director de Ferias Internacionales)\, Raquel Ochoa (Directora de Operaciones) y yo misma.\nAcceso: Puerta Norte\, Av. del Partenón 5\, 28042 Madrid. Trae el DNI para recoger la acreditación.\n\nSi necesitas que te ayudemos con el desplazamiento desde Barcelona avísame.\n\nAna
UID:040000008200E00074C5B7101A82E008000000007F6E5D4C3B2ADB01000000000000000010000000ABABABAB12121212CDCDCDCD34343434
SUMMARY;LANGUAGE=es-ES:Entrevista panel – Núria Puig (JP Ferias Int.)
DTSTART;TZID=Romance Standard Time:20250424T113000
DTEND;TZID=Romance Standard Time:20250424T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Juntas 3 – Puerta Norte
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("softgarden-erstgespraech", ("softgarden-interview-2025-0318-88213@softgarden.io", 1, "Messe München", "Senior Projektmanager:in Messen & Kongresse (m/w/d)", "recruiter_screen", "katharina.huber@messe-muenchen.de", "softgarden-german-first-call-berlin-zone"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
@BERLIN
BEGIN:VEVENT
UID:softgarden-interview-2025-0318-88213@softgarden.io
DTSTAMP:20250312T071502Z
DTSTART;TZID=Europe/Berlin:20250318T091500
DTEND;TZID=Europe/Berlin:20250318T100000
SUMMARY:Erstgespräch (digital) – Senior Projektmanager:in Messen & Kongresse (m/w/d)
DESCRIPTION:Liebe Frau Puig\,\n\nvielen Dank für Ihre Bewerbung bei der Messe München GmbH. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem ersten digitalen Gespräch ein.\n\nGesprächspartnerin: Katharina Huber (Personalreferentin)\nDas Gespräch kann auf Deutsch oder Englisch geführt werden.\n\nWebex-Link: https://messe-muenchen.webex.com/meet/k.huber\nMeeting-Nummer: 2731 552 0981\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Messe München
LOCATION:Webex
ORGANIZER;CN=Messe München Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Katharina Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katharina.huber@messe-muenchen.de
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("vorstellungsgespraech", ("040000008200E00074C5B7101A82E00800000000C0FFEE11A4A9DB01000000000000000010000000DEADBEEF00112233445566778899AABB", 1, "Messe München", "Senior Projektmanager:in Messen & Kongresse (m/w/d)", "onsite", "tobias.brandl@messe-muenchen.de;katharina.huber@messe-muenchen.de", "outlook-german-onsite-exhibition-centre"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@W_EUROPE
BEGIN:VEVENT
ORGANIZER;CN="Huber, Katharina":mailto:katharina.huber@messe-muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandl, Tobias":mailto:tobias.brandl@messe-muenchen.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ICM Raum 14b":mailto:icm-raum14b@messe-muenchen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Puig\,\n\nwie telefonisch besprochen\, hier die Einladung zum Vorstellungsgespräch vor Ort mit Herrn Tobias Brandl (Bereichsleiter Gastveranstaltungen & Kongresse) und mir. Anschließend zeigen wir Ihnen das ICM – Internationales Congress Center München.\n\nAnreise: U2 bis Messestadt West\, Eingang West. Bitte melden Sie sich am Empfang des ICM.\nDie Reisekosten werden nach unserer Reisekostenrichtlinie erstattet.\n\nBeste Grüße\nKatharina Huber
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11A4A9DB01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Puig – Sr. PM Messen & Kongresse
DTSTART;TZID=W. Europe Standard Time:20250409T133000
DTEND;TZID=W. Europe Standard Time:20250409T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T131300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:ICM Raum 14b
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
