"""holdout75: the user's own interviews with Spanish employers (Spanish and English)."""

from __future__ import annotations

from holdout75ev_ics import (
    GOOGLE,
    MADRID,
    ME,
    OUTLOOK,
    ROMANCE,
    UTC1_ES,
    cal,
    google_footer,
    pos,
    teams,
)

EVENTS: list[dict[str, str]] = []

# Aeronáutica del Guadalquivir: Outlook in Spanish, "(UTC+01:00) Bruselas…" zone, Teams, technical.
EVENTS.append(pos("outlook-tecnica-es", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Moreno Ruiz, Javier":mailto:javier.moreno@aergua.es
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ortega Vidal, Lucía":mailto:lucia.ortega@aergua.es
    DESCRIPTION;LANGUAGE=es-ES:{D}
    UID:040000008200E00074C5B7101A82E00800000000118FA2B3C4D5DC0100000000000000001000000031A2B3C4D5E6F708192A3B4C5D6E7F80
    SUMMARY;LANGUAGE=es-ES:{S}
    DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251023T160000
    DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251023T170000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251017T110000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(UTC1_ES,),
    S="Entrevista técnica – Ingeniera de Fabricación Aeroestructuras",
    D="Hola Nadia:\n\nTe confirmamos la entrevista técnica para el puesto de Ingeniera de Fabricación "
      "Aeroestructuras (planta de Sevilla). Estaremos Lucía Ortega (Industrialización) y yo. Puedes hacerla en "
      "español o en inglés.\n\nUn saludo,\nJavier Moreno Ruiz\nJefe de Ingeniería de Fabricación\nAERGUA – "
      "Aeronáutica del Guadalquivir\n\n" + teams("es", "384 220 917 653", "Tn6Yc3")),
    "Aeronáutica del Guadalquivir", "Ingeniera de Fabricación Aeroestructuras", "technical",
    "javier.moreno@aergua.es;lucia.ortega@aergua.es", "outlook-utc-zone-teams-es", forms="AERGUA"))

# Aeronáutica del Guadalquivir: final interview in Seville with a room.
EVENTS.append(pos("outlook-final-room-es", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Galán Pérez, Marta":mailto:marta.galan@aergua.es
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Castillo Ramos, Ramón":mailto:ramon.castillo@aergua.es
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=SEV-Edif. A-Sala Giralda:mailto:sev.sala.giralda@aergua.es
    DESCRIPTION;LANGUAGE=es-ES:{D}
    UID:040000008200E00074C5B7101A82E00800000000228FB3C4D5E6DC0100000000000000001000000042B3C4D5E6F708192A3B4C5D6E7F8091
    SUMMARY;LANGUAGE=es-ES:{S}
    DTSTART;TZID=Romance Standard Time:20251112T100000
    DTEND;TZID=Romance Standard Time:20251112T113000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251104T090000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=es-ES:{L}
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Entrevista final presencial – N. Benali",
    L="AERGUA, Avda. de la Aeronáutica 12, 41020 Sevilla – Sala Giralda",
    D="Estimada Nadia:\n\nNos alegra invitarte a la entrevista final en nuestras instalaciones de Sevilla con "
      "Ramón Castillo (Director de Ingeniería) y conmigo (Recursos Humanos). Te cubrimos el viaje.\n\nSaludos,\n"
      "Marta Galán\nRRHH – Aeronáutica del Guadalquivir"),
    "Aeronáutica del Guadalquivir", "", "final",
    "ramon.castillo@aergua.es;marta.galan@aergua.es", "outlook-final-room-es", forms="AERGUA"))

# Getafe Composites: Workable phone screen, UTC.
EVENTS.append(pos("workable-phone-es", cal("""
    BEGIN:VEVENT
    UID:workable-event-4c8d2a17e9@getafe-composites.workable.com
    DTSTAMP:20251027T150000Z
    DTSTART:20251030T090000Z
    DTEND:20251030T092000Z
    SUMMARY:{S}
    ORGANIZER;CN=Carmen Ibáñez:mailto:carmen.ibanez@getafecomposites.com
    ATTENDEE;CN=Nadia Benali;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Llamada telefónica
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Workable//Workable Calendar//EN",
    S="Entrevista telefónica – Ingeniero/a de Calidad Composites – Getafe Composites",
    D="Hola Nadia,\n\nGracias por tu interés en Getafe Composites. Carmen Ibáñez, de Talento, te llamará para "
      "una primera entrevista telefónica de 20 minutos sobre el puesto de Ingeniero/a de Calidad Composites.\n\n"
      "Sent via Workable"),
    "Getafe Composites", "Ingeniero/a de Calidad Composites", "recruiter_screen",
    "carmen.ibanez@getafecomposites.com", "workable-phone-es"))

# SETC: Lever, hiring manager interview in English, acronym company.
EVENTS.append(pos("lever-manager-en", cal("""
    BEGIN:VEVENT
    UID:lever-interview-b61f02c4-9e3d-4a7b-8c15-2d0e9f7a6b3c
    DTSTAMP:20251105T101500Z
    DTSTART:20251110T150000Z
    DTEND:20251110T154500Z
    SUMMARY:{S}
    ORGANIZER;CN=SETC Talent:mailto:no-reply@hire.lever.co
    ATTENDEE;CN=Alberto Sanz;ROLE=REQ-PARTICIPANT:mailto:alberto.sanz@setc-space.es
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:https://meet.google.com/stc-aitm-grx
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Lever//Lever Hire Scheduling//EN",
    S="Interview: Satellite AIT Engineer – Hiring Manager (SETC)",
    D="Hi Nadia,\n\nYou're confirmed for a 45-minute conversation with Alberto Sanz, AIT Manager and hiring "
      "manager for the Satellite AIT Engineer role at Sistemas Espaciales Tres Cantos (Madrid).\n\nJoin: "
      "https://meet.google.com/stc-aitm-grx\n\nNeed to reschedule? Reply to this email.\nSETC Talent team"),
    "SETC", "Satellite AIT Engineer", "hiring_manager", "alberto.sanz@setc-space.es", "lever-acronym-en",
    forms="Sistemas Espaciales Tres Cantos"))

# Hispadrone: Calendly booking with a founder on gmail, no clear stage.
EVENTS.append(pos("calendly-founder-es", cal("""
    BEGIN:VEVENT
    UID:9a2b7c1d-4e5f-4a6b-8c7d-0e1f2a3b4c5d@calendly.com
    DTSTAMP:20251112T190000Z
    DTSTART:20251117T170000Z
    DTEND:20251117T173000Z
    SUMMARY:{S}
    ORGANIZER;CN=Jordi Puigdomènech:mailto:jordi.puigdomenech@gmail.com
    ATTENDEE;CN=Jordi Puigdomènech;PARTSTAT=ACCEPTED:mailto:jordi.puigdomenech@gmail.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + ME + """
    LOCATION:Google Meet (los detalles se añadirán tras reservar)
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Calendly//Calendly//EN",
    S="Charla 30 min entre Jordi Puigdomènech y Nadia Benali",
    D="Nombre del evento: Charla 30 min\n\nUbicación: Google Meet\n\nPreguntas:\n¿Por qué quieres hablar "
      "conmigo?\nCandidatura al puesto de Ingeniera de Sistemas UAV en Hispadrone (Barcelona)\n\n¿Necesitas "
      "cambiar este evento?\nCancelar: https://calendly.com/cancellations/9a2b7c1d\nReprogramar: "
      "https://calendly.com/reschedulings/9a2b7c1d\n\nCon la tecnología de Calendly.com"),
    "Hispadrone", "Ingeniera de Sistemas UAV", "", "jordi.puigdomenech@gmail.com", "calendly-founder-gmail-es"))

# Iberavia Mantenimiento: agency consultant's own screen, naming the employer.
EVENTS.append(pos("agency-screen-names-employer-es", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Madrid:20251204T120000
    DTEND;TZID=Europe/Madrid:20251204T123000
    DTSTAMP:20251201T090000Z
    ORGANIZER;CN=Raúl Domínguez:mailto:rdominguez@talentia-ingenieros.es
    UID:3h5j7l9n1p3r5t7v9x1z3b5d7f@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raúl Domínguez;X-NUM-GUESTS=0
    |:mailto:rdominguez@talentia-ingenieros.es
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:Videollamada
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(MADRID,),
    S="Entrevista – Ingeniera de Aeronavegabilidad para Iberavia Mantenimiento (Barajas)",
    D="Hola Nadia,\n\nTe envío la convocatoria para la entrevista conmigo sobre la vacante de Ingeniera de "
      "Aeronavegabilidad (Part-CAMO) en nuestro cliente Iberavia Mantenimiento, en el aeropuerto de "
      "Madrid-Barajas. Repasaremos tu experiencia y la oferta antes de presentarte al cliente.\n\n"
      "Unirse con Google Meet: https://meet.google.com/tlt-inge-brj\n\nRaúl Domínguez\nConsultor Senior – "
      "Talentia Ingenieros" + google_footer("es", "rdominguez@talentia-ingenieros.es")),
    "Iberavia Mantenimiento", "Ingeniera de Aeronavegabilidad (Part-CAMO)", "recruiter_screen",
    "rdominguez@talentia-ingenieros.es", "agency-own-screen-names-employer-es", forms="Iberavia"))

# Navarra Aerostructures: Google invite in Spanish from the hiring manager.
EVENTS.append(pos("google-manager-es", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Madrid:20251126T093000
    DTEND;TZID=Europe/Madrid:20251126T103000
    DTSTAMP:20251119T170000Z
    ORGANIZER;CN=Iñaki Goikoetxea:mailto:inaki.goikoetxea@navaero.es
    UID:5k2m8n4p0q6r2s8t4u0v6w2x8y@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Iñaki Goikoetxea;X-NUM-GUESTS=0
    |:mailto:inaki.goikoetxea@navaero.es
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
    |;CN=nadia.benali.aero@gmail.com;X-NUM-GUESTS=0:mailto:""" + ME + """
    X-GOOGLE-CONFERENCE:https://meet.google.com/nav-aero-pmp
    DESCRIPTION:{D}
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(MADRID,),
    S="Entrevista con responsable de Stress – Nadia Benali",
    D="Hola Nadia,\n\nsoy el responsable del equipo de Cálculo (Stress) y me encargo de la vacante de "
      "Ingeniera de Cálculo Junior. Te propongo una entrevista de una hora para conocernos.\n\nIñaki "
      "Goikoetxea\nNAVAERO – Navarra Aerostructures S.L.\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\n"
      "Unirse con Google Meet: https://meet.google.com/nav-aero-pmp\n\nO marcar: (ES) +34 910 48 38 77 PIN: "
      "552 190 774#\n\nNo edites esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-"
      + google_footer("es", "inaki.goikoetxea@navaero.es")),
    "Navarra Aerostructures", "Ingeniera de Cálculo Junior", "hiring_manager", "inaki.goikoetxea@navaero.es",
    "google-meet-manager-es", forms="Navaero"))

# Ibérica de Turbinas: Workday in Spanish, meeting the team, no clear stage.
EVENTS.append(pos("workday-equipo-es", cal("""
    BEGIN:VEVENT
    UID:WD-INTERVIEW-9930412-IBERTUR-2
    DTSTAMP:20251209T080000Z
    DTSTART:20251216T090000Z
    DTEND:20251216T100000Z
    SUMMARY:{S}
    ORGANIZER;CN=Ibérica de Turbinas Selección:mailto:ibericaturbinas@myworkday.com
    ATTENDEE;CN=Ane Etxeberria;ROLE=REQ-PARTICIPANT:mailto:ane.etxeberria@ibericaturbinas.com
    ATTENDEE;CN=Pablo Ferrer;ROLE=REQ-PARTICIPANT:mailto:pablo.ferrer@ibericaturbinas.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Workday//Workday Recruiting//EN",
    S="Entrevista con el equipo – Ingeniera de Diseño Turbomaquinaria",
    L="Ibérica de Turbinas, Parque Tecnológico de Zamudio, Edificio 300, 48170 Zamudio (Bizkaia)",
    D="Hola Nadia,\n\nTe hemos programado una entrevista con Ane Etxeberria y Pablo Ferrer del equipo de Diseño "
      "de Turbomaquinaria.\n\nReferencia: JR-2025-1183 Ingeniera de Diseño Turbomaquinaria\n\nEste mensaje ha "
      "sido generado por Workday."),
    "Ibérica de Turbinas", "Ingeniera de Diseño Turbomaquinaria", "",
    "ane.etxeberria@ibericaturbinas.com;pablo.ferrer@ibericaturbinas.com", "workday-team-no-stage-es"))
