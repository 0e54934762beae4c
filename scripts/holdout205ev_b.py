"""holdout205 events, part b: Naranja X (LinkedIn), PwC via Workday, Unilever via HireVue, Cargill via Michael Page."""

from holdout205ev_tz import GOOGLE_COR, MADRID, OUTLOOK_ARG, OUTLOOK_ROMANCE

_NX_HM = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:{start}
DTEND;TZID=America/Argentina/Cordoba:{end}
DTSTAMP:{stamp}
ORGANIZER;CN=Agustina Ceballos:mailto:aceballos@naranjax.com
UID:1q5v9b3n7m2k6j0h4g8f2d6s0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ezequiel Olmedo;X-NUM-GUESTS=0:mailto:eolmedo@naranjax.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Agustina Ceballos;X-NUM-GUESTS=0:mailto:aceballos@naranjax.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xsr-kqpn-bwe
CREATED:20250506T140212Z
DESCRIPTION:{desc}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-\nÚnete con Google Meet: https://m
 eet.google.com/xsr-kqpn-bwe\nO marca el: (AR) +54 11 3986-0734 PIN: 318 44
 2 907#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~::-
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:CONFIRMED
SUMMARY:Martín Ferreyra <> Ezequiel Olmedo | Naranja X
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    dict(
        kind="screening-meet",
        uid="6c0tq4l8m2n6p0r4s8u2w6y0a4@google.com",
        y=1,
        company="Naranja X",
        role="Analista Sr. de Planeamiento Financiero",
        stage="recruiter_screen",
        who="aceballos@naranjax.com",
        trap="linkedin-recruiter-meet-charla-inicial",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250429T163000
DTEND;TZID=America/Argentina/Cordoba:20250429T170000
DTSTAMP:20250425T182244Z
ORGANIZER;CN=Agustina Ceballos:mailto:aceballos@naranjax.com
UID:6c0tq4l8m2n6p0r4s8u2w6y0a4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Agustina Ceballos;X-NUM-GUESTS=0:mailto:aceballos@naranjax.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hte-wmzc-ofa
CREATED:20250425T182243Z
DESCRIPTION:¡Hola Martín! Gracias por postularte a través de LinkedIn. Te
  propongo una primera charla de 30' para conocerte\, contarte sobre el equ
 ipo de Finanzas y sobre la posición de Analista Sr. de Planeamiento Finan
 ciero 🧡\n\nAgus\nTalent Acquisition Partner - Naranja X\n\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::-\nÚnete con Google Meet: https://meet.google.com/hte-wmzc-ofa\n-::~:~::
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::-
LAST-MODIFIED:20250425T182243Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Charla Naranja X - Martín Ferreyra
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-lider",
        uid="1q5v9b3n7m2k6j0h4g8f2d6s0a@google.com",
        y=1,
        company="Naranja X",
        role="Analista Sr. de Planeamiento Financiero",
        stage="hiring_manager",
        who="eolmedo@naranjax.com",
        trap="meet-with-fpa-manager-original-time",
        ics=_NX_HM.format(
            start="20250513T100000", end="20250513T110000", stamp="20250506T140212Z", partstat="NEEDS-ACTION",
            seq="0",
            desc=r"""Martín\, te agendo la entrevista con Ezequiel Olmedo (Gerente de FP&A)
 \, líder de la posición. Va a ser una charla más técnica sobre presupues
 to\, forecast y modelos. Cualquier cosa avisame! Agus""",
        ),
    ),
    dict(
        kind="entrevista-reprogramada",
        uid="1q5v9b3n7m2k6j0h4g8f2d6s0a@google.com",
        y=1,
        company="Naranja X",
        role="Analista Sr. de Planeamiento Financiero",
        stage="hiring_manager",
        who="eolmedo@naranjax.com",
        trap="rescheduled-same-uid-higher-sequence",
        ics=_NX_HM.format(
            start="20250515T163000", end="20250515T173000", stamp="20250512T213750Z", partstat="ACCEPTED",
            seq="2",
            desc=r"""REPROGRAMADA: Ezequiel tuvo un imprevisto con el cierre del trimestre\,
  la pasamos al jueves 15 a las 16:30. Perdón por el cambio! 🙏\n\nMartín\,
  te agendo la entrevista con Ezequiel Olmedo (Gerente de FP&A)\, líder de
  la posición. Agus""",
        ),
    ),
    dict(
        kind="final-direccion",
        uid="0k4o8s2w6a0e4i8m2q6u0y4c8g@google.com",
        y=1,
        company="Naranja X",
        role="Analista Sr. de Planeamiento Financiero",
        stage="final",
        who="stesta@naranjax.com",
        trap="presencial-final-with-finance-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250527T120000
DTEND;TZID=America/Argentina/Cordoba:20250527T130000
DTSTAMP:20250521T150901Z
ORGANIZER;CN=Agustina Ceballos:mailto:aceballos@naranjax.com
UID:0k4o8s2w6a0e4i8m2q6u0y4c8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Silvina Testa;X-NUM-GUESTS=0:mailto:stesta@naranjax.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE
 ;CN=CBA-La Tablada-P4-Sala Cerro Champaquí (6);X-NUM-GUESTS=0:mailto:c_188
 9a0f2kd8s4@resource.calendar.google.com
CREATED:20250521T150900Z
DESCRIPTION:Última instancia del proceso 🙌: encuentro presencial con Silv
 ina Testa\, Directora de Finanzas. Te esperamos en La Tablada 451\, piso
  4. Anunciate en recepción.\n\nAgus
LAST-MODIFIED:20250521T150900Z
LOCATION:CBA-La Tablada-P4-Sala Cerro Champaquí (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Encuentro con Silvina Testa - Martín Ferreyra
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="preocupacional",
        uid="5D1E2A77-0C3B-4F9E-A8B2-6E44C0D9F7A1",
        y=0,
        trap="pre-employment-medical-examen-preocupacional",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250604T124511Z
UID:5D1E2A77-0C3B-4F9E-A8B2-6E44C0D9F7A1
DTEND;TZID=America/Argentina/Cordoba:20250609T100000
SUMMARY:Preocupacional Naranja X
DTSTART;TZID=America/Argentina/Cordoba:20250609T073000
DTSTAMP:20250604T124527Z
LOCATION:Centro Médico Laboral Nueva Córdoba\, Obispo Oro 3xx
DESCRIPTION:EN AYUNAS. llevar DNI + orden que mandó Agus. análisis\, placa
  de tórax\, electro\, audiometría. avisar en agro que llego tarde
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-entrevista",
        uid="WD-INTERVIEW-7f3c1e0a9b2d4c58a6e1f0b3d7c92e41",
        y=1,
        company="PwC",
        role="Senior Associate - Financial Accounting Advisory Services (FAAS)",
        stage="recruiter_screen",
        who="laura.sanchez.ortega@pwc.com",
        trap="spanish-big-four-workday-teams-madrid",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-7f3c1e0a9b2d4c58a6e1f0b3d7c92e41
DTSTAMP:20250402T081533Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250409T153000
DTEND;TZID=Europe/Madrid:20250409T161500
SUMMARY:Entrevista: Senior Associate - Financial Accounting Advisory Servic
 es (FAAS) - Madrid (R-0048215)
ORGANIZER;CN=PwC España - Talent Acquisition:mailto:pwc@myworkday.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Laura Sánchez Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:laura.sanchez.ortega@pwc.com
LOCATION:Microsoft Teams
DESCRIPTION:Estimado/a Martín:\n\nGracias por tu interés en PwC. Nos compl
 ace invitarte a una entrevista para la posición Senior Associate - Financ
 ial Accounting Advisory Services (FAAS) - Madrid.\n\nFecha: miércoles\, 9
  de abril de 2025\nHora: 15:30 - 16:15 (CEST)\nEntrevistador/a: Laura Sán
 chez Ortega\, Talent Acquisition\n\nUnirse a la reunión de Microsoft Team
 s: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjYxZDc4ZTMtYmQ
 @thread.v2/0\n\nSi necesitas modificar la cita\, accede a tu perfil de ca
 ndidato en Workday.\n\nUn saludo\,\nEquipo de Talent Acquisition\nPwC Esp
 aña\n\nEste mensaje se ha generado automáticamente. Por favor\, no respon
 das a esta dirección.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="segunda-entrevista",
        uid="040000008200E00074C5B7101A82E0080000000070D2C1A8F3ADDB01"
            "000000000000000010000000A4B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9",
        y=1,
        company="PwC",
        role="Senior Associate FAAS",
        stage="hiring_manager",
        who="javier.arrieta.gil@pwc.com",
        trap="romance-standard-time-senior-manager-round",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Arrieta Gil, Javier":mailto:javier.arrieta.gil@pwc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchez O
 rtega, Laura":mailto:laura.sanchez.ortega@pwc.com
DESCRIPTION;LANGUAGE=es-ES:Hola Martín\,\n\nTal y como te ha comentado Lau
 ra\, te envío la convocatoria para la segunda entrevista del proceso de S
 enior Associate FAAS. Hablaremos de tu experiencia en cierres\, NIIF/IFRS
  y proyectos de conversión a IFRS 16 y 9.\n\nUn saludo\,\nJavier\n\n____
 ____________________________________________________________________________
 \nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación
  móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nID
  de la reunión: 318 552 704 119\nCódigo de acceso: 7qLp2R\n________________
 ________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000070D2C1A8F3ADDB01000000000000000
 010000000A4B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9
SUMMARY;LANGUAGE=es-ES:2ª entrevista FAAS - Martín Ferreyra
DTSTART;TZID=Romance Standard Time:20250423T160000
DTEND;TZID=Romance Standard Time:20250423T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T094211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="videoentrevista-hirevue",
        uid="hv-2f6a9c1e-4b7d-4e02-9a35-c81d0e6f7b23",
        y=1,
        company="Unilever",
        role="Finance Business Partner - Nutrition Iberia",
        stage="recruiter_screen",
        who="",
        trap="hirevue-on-demand-deadline-all-day",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Interview Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-2f6a9c1e-4b7d-4e02-9a35-c81d0e6f7b23
DTSTAMP:20250318T104410Z
DTSTART;VALUE=DATE:20250324
DTEND;VALUE=DATE:20250325
SUMMARY:Videoentrevista Unilever - Finance Business Partner (fecha límite)
DESCRIPTION:Hola Martín\,\n\nGracias por tu candidatura a Finance Business
  Partner - Nutrition Iberia en Unilever.\n\nEl siguiente paso es una vide
 oentrevista diferida en HireVue: responderás a 6 preguntas grabadas (30 s
 egundos para preparar cada respuesta y hasta 2 minutos para contestar). P
 uedes completarla en cualquier momento antes del 24/03/2025 a las 23:59 (
 hora de Madrid).\n\nEnlace: https://app.hirevue.com/interviews/uXq7R2pLk9
 \n\nConsejos: busca un lugar tranquilo y comprueba tu cámara y micrófono.
 \n\nUnilever Talent Acquisition
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-finance-manager",
        uid="2ulv5k0a9e3c7r1t4y8p6m0n2b@google.com",
        y=1,
        company="Unilever",
        role="Finance Business Partner - Nutrition Iberia",
        stage="hiring_manager",
        who="marta.puigvert@unilever.com",
        trap="meet-viladecans-finance-manager-madrid-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250410T143000
DTEND;TZID=Europe/Madrid:20250410T151500
DTSTAMP:20250403T120002Z
ORGANIZER;CN=Marta Puigvert:mailto:marta.puigvert@unilever.com
UID:2ulv5k0a9e3c7r1t4y8p6m0n2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Puigvert;X-NUM-GUESTS=0:mailto:marta.puigvert@unilever.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Martín Ferreyra;X-NUM-GUESTS=0:mailto:martinferreyra.cpn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pzo-ujcw-nrd
CREATED:20250403T120001Z
DESCRIPTION:Hola Martín\, encantada. Como te comentó el equipo de TA tras
  la videoentrevista\, te mando invitación para charlar 45 min sobre el rol
  de FBP Nutrition. Te pillo a primera hora de tu mañana\, espero que te v
 enga bien 🙂\nMarta Puigvert - Finance Manager Nutrition\, Unilever Espa
 ña (Viladecans)
LAST-MODIFIED:20250403T120001Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Martín / Marta - FBP Nutrition
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="michael-page",
        uid="9e1f0a2b-3c4d-4e5f-8a7b-6c5d4e3f2a1b@michaelpage.com.ar",
        y=1,
        company="Cargill",
        role="Controller Regional - Oilseeds",
        stage="recruiter_screen",
        who="jrebora@michaelpage.com.ar",
        trap="headhunter-names-client-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Rébora, Juan Ignacio":mailto:jrebora@michaelpage.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martin Fe
 rreyra:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Martín\, ¿qué tal?\n\nGracias por tu tiempo el
  otro día. Tal como te adelanté\, la búsqueda es para nuestro cliente Car
 gill\, para la posición de Controller Regional - Oilseeds (base Vicente L
 ópez\, esquema híbrido\, con viajes a las plantas de Villa Gobernador Gál
 vez y Bahía Blanca).\n\nEn esta reunión vamos a repasar tu trayectoria en
  detalle\, tu experiencia con SAP FI/CO y tus expectativas. Duración apro
 ximada: 45 minutos.\n\nSaludos\,\n\nJuan Ignacio Rébora\nSenior Manager |
  Finance & Accounting\nMichael Page Argentina\nT: +54 11 4xxx-8100\n\n__
 ______________________________________________________________________________
 \nReunión de Microsoft Teams\nUnirse en el equipo o la aplicación móvil\nH
 aga clic aquí para unirse a la reunión\n___________________________________
 _____________________________________________\n
UID:9e1f0a2b-3c4d-4e5f-8a7b-6c5d4e3f2a1b@michaelpage.com.ar
SUMMARY;LANGUAGE=es-AR:Entrevista Michael Page - Martín Ferreyra
DTSTART;TZID=Argentina Standard Time:20250402T180000
DTEND;TZID=Argentina Standard Time:20250402T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T201732Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-presencial",
        uid="040000008200E00074C5B7101A82E00800000000D0A3B2C1E4B0DB01"
            "000000000000000010000000B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3",
        y=1,
        company="Cargill",
        role="Regional Controller - Oilseeds",
        stage="onsite",
        who="lucas_fernandez@cargill.com;ana_m_torres@cargill.com",
        trap="english-panel-interview-buenos-aires-office",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Gimenez, Paula":mailto:paula_gimenez@cargill.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernandez
 , Lucas":mailto:lucas_fernandez@cargill.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Torres, A
 na M":mailto:ana_m_torres@cargill.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="AR-VLO-Torre 2
 -Piso 6-Paraná (10)":mailto:ar.vlo.t2p6.parana@cargill.com
DESCRIPTION;LANGUAGE=en-US:Hi Martín\,\n\nThank you for your interest in C
 argill. Please find below the details of your panel interview for the Re
 gional Controller - Oilseeds position with Lucas Fernandez (Finance Lead
 \, Oilseeds South Cone) and Ana Torres (Controllership Manager).\n\nAddres
 s: Cargill Argentina\, Av. del Libertador xxx\, Vicente López\, Torre 2\,
  6th floor. Please bring your ID for building access.\nThe conversation
  will be held partly in English.\n\nBest regards\,\nPaula Gimenez\nTalent
  Acquisition Specialist | Cargill\n
UID:040000008200E00074C5B7101A82E00800000000D0A3B2C1E4B0DB01000000000000000
 010000000B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3
SUMMARY;LANGUAGE=en-US:Panel Interview - Regional Controller Oilseeds - M.
  Ferreyra
DTSTART;TZID=Argentina Standard Time:20250422T110000
DTEND;TZID=Argentina Standard Time:20250422T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T141009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:AR-VLO-Torre 2-Piso 6-Paraná (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
