# ruff: noqa: E501
"""holdout141 events, part c: hospital pharmacy employers and Cofares."""

EVENTS = [
    dict(
        kind="bookings-entrevista",
        uid="bookings-7f3a1c9e-2d44-4b8a-a0e6-5c1f9b2d7e30@outlook.com",
        iv=1,
        company="Quirónsalud",
        role="Farmacéutico/a Servicio de Farmacia Hospitalaria",
        stage="recruiter_screen",
        who="Lidia Gómez",
        trap="microsoft-bookings-hospital-hr-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bookings-7f3a1c9e-2d44-4b8a-a0e6-5c1f9b2d7e30@outlook.com
DTSTAMP:20250211T183001Z
DTSTART:20250217T150000Z
DTEND:20250217T152000Z
SUMMARY:Entrevista de selección – Farmacéutico/a Servicio de Farmacia con Lidia Gómez
ORGANIZER;CN=Selección Quirónsalud Valencia:mailto:SeleccionValencia@quironsalud.es
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
LOCATION:Reunión de Microsoft Teams
DESCRIPTION:Hola Marta Llorens\,\n\nSu reserva está confirmada.\n\nServicio: Entrevista de selección – Farmacéutico/a Servicio de Farmacia Hospitalaria (20 min)\nPersonal: Lidia Gómez\nHospital Quirónsalud Valencia\, Av. Blasco Ibáñez 14\n\nUnirse a la reunión de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk2ZD%40thread.v2/0\n\nSi necesita realizar cambios\, gestione su reserva: https://outlook.office365.com/owa/calendar/SeleccionValencia@quironsalud.es/bookings/\n\nGracias.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jornada-prueba",
        uid="3c5hd7g8rf0s2qkl1m9tvb6n4e@google.com",
        iv=1,
        company="Quirónsalud",
        role="",
        stage="onsite",
        who="Dra. Amparo Ribes",
        trap="self-typed-trial-day-hospital-pharmacy",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Marta
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250227T080000
DTEND;TZID=Europe/Madrid:20250227T150000
DTSTAMP:20250502T071533Z
UID:3c5hd7g8rf0s2qkl1m9tvb6n4e@google.com
CREATED:20250219T092011Z
DESCRIPTION:Jornada de prueba Serv. Farmacia (planta -1). Con Dra. Amparo Ribes (jefa de servicio). Validación\, unidosis\, mezclas IV. Pijama y zuecos los dan ellos. Pedir el día a Vicent!!
LAST-MODIFIED:20250219T092011Z
LOCATION:Hospital Quirónsalud Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Día de prueba Quirón
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-entrevista",
        uid="040000008200E00074C5B7101A82E0080000000011B3D5F7A984DB0100000000000000001000000056A8C0E2F4B6D8FA1C3E5A7B9D1F3A5C",
        iv=1,
        company="Vithas",
        role="Farmacéutico/a Área de Farmacia – Vithas Valencia Consuelo",
        stage="",
        who="r.navarro@vithas.es",
        trap="outlook-teams-hospital-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Navarro Peris, Rosa":mailto:R.Navarro@vithas.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
DESCRIPTION;LANGUAGE=es-ES:Buenos días Marta\, te envío convocatoria para la entrevista del puesto de Farmacéutico/a Área de Farmacia – Vithas Valencia Consuelo.\nUn saludo\nRosa Navarro\nRecursos Humanos – Vithas Valencia\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmY0Mj%40thread.v2/0>\nId. de reunión: 398 441 720 115\nCódigo de acceso: Lw9sQ3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000011B3D5F7A984DB0100000000000000001000000056A8C0E2F4B6D8FA1C3E5A7B9D1F3A5C
SUMMARY;LANGUAGE=es-ES:Entrevista Marta Llorens
DTSTART;TZID=Romance Standard Time:20250226T163000
DTEND;TZID=Romance Standard Time:20250226T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T112233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meet-entrevista-ca",
        uid="1v7o3n9k2p5l8j4h6g0f2d3s1a@google.com",
        iv=1,
        company="Hospital Clínic de Barcelona",
        role="Farmacèutic/a Unitat d'Assaigs Clínics",
        stage="",
        who="mcortes@clinic.cat;jbadia@clinic.cat",
        trap="google-meet-catalan-hospital-trials-unit",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T140000Z
DTEND:20250408T144500Z
DTSTAMP:20250401T100015Z
ORGANIZER;CN=Mireia Cortés:mailto:mcortes@clinic.cat
UID:1v7o3n9k2p5l8j4h6g0f2d3s1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mireia Cortés;X-NUM-GUESTS=0:mailto:mcortes@clinic.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joan Badia;X-NUM-GUESTS=0:mailto:jbadia@clinic.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net;X-NUM-GUESTS=0:mailto:martallorens@telefonica.net
X-GOOGLE-CONFERENCE:https://meet.google.com/kqe-twmb-fox
DESCRIPTION:Bon dia Marta\,\n\nEt convoquem a l'entrevista per a la plaça de Farmacèutic/a de la Unitat d'Assaigs Clínics (Servei de Farmàcia). Hi serem la Mireia Cortés (coordinadora de la unitat) i en Joan Badia (farmacèutic adjunt).\n\nSalutacions\,\nMireia\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nUneix-te amb Google Meet: https://meet.google.com/kqe-twmb-fox\nO bé marca: (ES) +34 938 42 05 11 PIN: 487 221 930#\n\nMés informació sobre Meet: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista plaça farmacèutic/a UAC – Marta Llorens
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entrevista",
        uid="20250303T1745-hm-ml@samsung",
        iv=1,
        company="HM Hospitales",
        role="Farmacéutico/a adjunto/a",
        stage="",
        who="Dr. Aguado",
        trap="samsung-floating-phone-call-hospital",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20250303T1745-hm-ml@samsung
DTSTAMP:20250303T164500Z
DTSTART:20250306T174500
DTEND:20250306T181500
SUMMARY:HM Hospitales - llamada Dr. Aguado (farm. adjunto Sanchinarro)
DESCRIPTION:entrevista telf. 91 444 ** ** si no llama a las 18 escribir a selección
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-entrevista",
        uid="calendly-0d1e9b1f-8a6c-4f22-9c8d-6a5b4e3f2a10@calendly.com",
        iv=1,
        company="IMED Hospitales",
        role="Farmacéutico/a – Hospital IMED Valencia",
        stage="recruiter_screen",
        who="marina.soler@imedhospitales.com",
        trap="calendly-invitee-is-user-hospital-hr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-0d1e9b1f-8a6c-4f22-9c8d-6a5b4e3f2a10@calendly.com
DTSTAMP:20250313T092244Z
DTSTART:20250318T083000Z
DTEND:20250318T090000Z
SUMMARY:Marta Llorens and Marina Soler
ORGANIZER;CN=Marina Soler:mailto:marina.soler@imedhospitales.com
ATTENDEE;CN=Marta Llorens;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martallorens@telefonica.net
ATTENDEE;CN=Marina Soler;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:marina.soler@imedhospitales.com
LOCATION:+34 963 00 31 00
DESCRIPTION:Event Name: Primera entrevista – Farmacéutico/a Hospital IMED Valencia\n\nLocation: Marina will call you at +34 6** *** 418\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/0d1e9b1f-8a6c-4f22-9c8d-6a5b4e3f2a10\nReschedule: https://calendly.com/reschedulings/0d1e9b1f-8a6c-4f22-9c8d-6a5b4e3f2a10\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entrevista",
        uid="040000008200E00074C5B7101A82E008000000007C9E1A3B5D86DB01000000000000000010000000B8D0F2A4C6E8A0B2D4F6A8C0E2A4C6E8",
        iv=1,
        company="Ribera",
        role="Farmacéutico/a Servicio de Farmacia – Hospital Universitario del Vinalopó",
        stage="hiring_manager",
        who="jfuster@riberasalud.com",
        trap="outlook-onsite-hospital-elche",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fuster Mira, Josep";SENT-BY="mailto:secretaria.farmacia.hv@riberasalud.com":mailto:JFuster@riberasalud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Llorens:mailto:martallorens@telefonica.net
DESCRIPTION;LANGUAGE=es-ES:Marta\, te citamos con el Dr. Fuster\, jefe del Servicio de Farmacia\, para la entrevista del puesto de Farmacéutico/a Servicio de Farmacia – Hospital Universitario del Vinalopó. Pregunta en información por la Secretaría de Farmacia (planta baja\, junto a almacén).\nSecretaría Servicio de Farmacia\n
UID:040000008200E00074C5B7101A82E008000000007C9E1A3B5D86DB01000000000000000010000000B8D0F2A4C6E8A0B2D4F6A8C0E2A4C6E8
SUMMARY;LANGUAGE=es-ES:Entrevista Dr. Fuster – M. Llorens
DTSTART:20250403T100000Z
DTEND:20250403T104500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T124517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Hospital del Vinalopó (Elche) – Secretaría Servicio de Farmacia
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-sanitas",
        uid="SFINT-sanitas-77120-2025@sapsf.eu",
        iv=1,
        company="Sanitas",
        role="Farmacéutico/a Hospital Universitario La Zarzuela",
        stage="",
        who="paula.ortega@sanitas.es",
        trap="successfactors-hospital-madrid-video",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINT-sanitas-77120-2025@sapsf.eu
DTSTAMP:20250414T111111Z
DTSTART;TZID=Europe/Madrid:20250422T120000
DTEND;TZID=Europe/Madrid:20250422T124500
SUMMARY:Entrevista - Farmacéutico/a Hospital Universitario La Zarzuela
ORGANIZER;CN=Sanitas Selección:mailto:noreply@sapsf.eu
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Paula Ortega:mailto:paula.ortega@sanitas.es
DESCRIPTION:Estimada Marta\,\n\nHas sido convocada a una entrevista para la posición Farmacéutico/a Hospital Universitario La Zarzuela (Req. 77120).\nEntrevistadora: Paula Ortega\nModalidad: videollamada Teams (recibirás el enlace el día anterior).\n\nEquipo de Selección Sanitas | Bupa
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-video",
        uid="teamtailor-interview-1184203@teamtailor.com",
        iv=1,
        company="Cofares",
        role="Key Account Manager Farmacias – Zona Levante",
        stage="recruiter_screen",
        who="beatriz.mendez@cofares.es",
        trap="teamtailor-chain-management-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-1184203@teamtailor.com
DTSTAMP:20250120T101500Z
DTSTART:20250128T083000Z
DTEND:20250128T090000Z
SUMMARY:Videoentrevista: Key Account Manager Farmacias – Zona Levante (Cofares)
ORGANIZER;CN=Beatriz Méndez:mailto:beatriz.mendez@cofares.es
ATTENDEE;CN=Marta Llorens;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Beatriz Méndez;PARTSTAT=ACCEPTED:mailto:beatriz.mendez@cofares.es
LOCATION:https://cofares.teamtailor.com/meetings/v/8d1a-4c2f
DESCRIPTION:Hola Marta\,\n\n¡Gracias por tu interés en Cofares! Te esperamos en esta videoentrevista de 30 minutos con Beatriz Méndez (Talent Acquisition).\n\nEnlace a la reunión: https://cofares.teamtailor.com/meetings/v/8d1a-4c2f\n\nUn saludo\,\nEquipo de Talento – Grupo Cofares
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="segunda-entrevista",
        uid="CFR-2E-5a0b7c3d@cofares.es",
        iv=1,
        company="Cofares",
        role="Key Account Manager Farmacias",
        stage="hiring_manager",
        who="agarcia.levante@cofares.es",
        trap="outlook-second-interview-regional-manager-valencia-office",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:CFR-2E-5a0b7c3d@cofares.es
DTSTAMP:20250203T171800Z
DTSTART;TZID=Europe/Madrid:20250207T093000
DTEND;TZID=Europe/Madrid:20250207T103000
SUMMARY:Segunda entrevista KAM Farmacias - Marta Llorens
ORGANIZER;CN="García Llopis, Alberto":mailto:AGarcia.Levante@cofares.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marta Llorens:mailto:martallorens@telefonica.net
LOCATION:Cofares Ribarroja – Parque Empresarial Táctica\, C/ Alquería de Moret
DESCRIPTION:Marta\, quedamos en el almacén de Ribarroja. Pregunta por mí en recepción\, Alberto García (Director Regional Levante). Trae alguna idea de cómo trabajarías con las farmacias de tu zona (rotación\, catálogo de servicios\, marca propia).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-madrid",
        uid="9FA4C21E-3B7D-4E55-8A12-6C0D9E8B7F34",
        iv=1,
        company="Cofares",
        role="",
        stage="final",
        who="",
        trap="self-typed-final-bare-summary",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:9FA4C21E-3B7D-4E55-8A12-6C0D9E8B7F34
DTSTAMP:20250212T204400Z
DTSTART;TZID=Europe/Madrid:20250218T120000
DTEND;TZID=Europe/Madrid:20250218T133000
SUMMARY:Cofares final (Santa Engracia 31)
DESCRIPTION:AVE 7:40. Dirección Comercial + RRHH. Llevar propuesta plan 100 días
END:VEVENT
END:VCALENDAR
""",
    ),
]
