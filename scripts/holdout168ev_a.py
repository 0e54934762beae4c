"""Holdout168 events, part A: the BHP and Antofagasta Minerals processes and what sits around them."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "workday-invite",
        "label": iv("BHP", "Superintendente Planificación Mina", "recruiter_screen", "javiera.munoz@bhp.com",
                    "workday-utc-recruiter-screen-teams"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-int-7f3a91c2e0b44d1c@bhp.myworkdayjobs.com
DTSTAMP:20250904T142211Z
DTSTART:20250911T130000Z
DTEND:20250911T134500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BHP - Entrevista - Superintendente Planificación Mina (R0098812)
DESCRIPTION:Hola Camila\,\n\nGracias por tu interés en BHP. Te confirmamos u
 na conversación inicial de 45 minutos con Javiera Muñoz (Talent Acquisitio
 n Partner\, Minerals Americas) para conocer tu experiencia y motivaciones.
 \n\nPuesto: Superintendente Planificación Mina\nRequisición: R0098812\nUbic
 ación: Antofagasta – Escondida\nModalidad: Microsoft Teams (el enlace llega
 rá en un correo aparte)\n\nSi necesitas reprogramar\, hazlo desde tu portal
  de candidato en Workday.\n\nSaludos\,\nBHP Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=BHP Careers:mailto:bhp@myworkday.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Javiera Muñoz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Javiera.Munoz@bhp.com
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-panel",
        "label": iv("BHP", "Superintendente Planificación Mina", "technical",
                    "cristobal.undurraga@bhp.com;sarah.oconnell@bhp.com;felipe.araya2@bhp.com",
                    "outlook-panel-rooms-sent-by-assistant"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Undurraga, Cristobal";SENT-BY="mailto:Marisol.Tapia@bhp.com":mailto:Cristobal.Undurraga@bhp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Connell, Sarah":mailto:Sarah.OConnell@bhp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Araya, Felipe":mailto:Felipe.Araya2@bhp.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Munoz, Javiera":mailto:Javiera.Munoz@bhp.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ANF-Escondida-Of.Central-Sala Llullaillaco (10)":mailto:ANF-OfCentral-Llullaillaco@bhp.com
DESCRIPTION;LANGUAGE=es-CL:Estimada Camila\,\n\nDe parte de Cristóbal Undur
 raga (Gerente de Planificación Mina) te envío la invitación a la segunda e
 tapa del proceso: entrevista técnica con panel. Participan Sarah O'Connell
  (Principal Mine Planning\, Perth) y Felipe Araya (Superintendente Geotecni
 a). La conversación será en español e inglés; se revisará un caso de plan
  quinquenal y secuenciamiento de fases.\n\nSaludos\,\nMarisol Tapia\nAsist
 ente Gerencia Planificación\n________________________________________________
 ________________________________\nMicrosoft Teams meeting\nJoin on your com
 puter\, mobile app or room device\nClick here to join the meeting<https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_NjE0ZTQ5>\nMeeting ID: 318 55
 2 904 117\nPasscode: Kq7vH2\n________________________________________________
 ________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F0A3C81B2B1FDC01000000000000000010000000D0E39B6AE53D7F4CA7B0A6E1C2B9F2B1
SUMMARY;LANGUAGE=es-CL:Panel técnico - C. Rojas - Supt. Planificación Mina
DTSTART;TZID=Pacific SA Standard Time:20250925T090000
DTEND;TZID=Pacific SA Standard Time:20250925T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250918T203014Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Microsoft Teams Meeting; ANF-Escondida-Of.Central-Sala Llullaillaco (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-onsite",
        "label": iv("BHP", "Superintendente Planificación Mina", "final", "marcelo.godoy@bhp.com;javiera.munoz@bhp.com",
                    "outlook-final-onsite-santiago-office"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Munoz, Javiera":mailto:Javiera.Munoz@bhp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Rojas:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Godoy, Marcelo":mailto:Marcelo.Godoy@bhp.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SCL-CEP6000-P15-Sala Licancabur":mailto:SCL-P15-Licancabur@bhp.com
DESCRIPTION;LANGUAGE=es-CL:Camila\, te esperamos en nuestras oficinas de Av
 . Cerro El Plomo 6000\, piso 15\, Las Condes. Acércate a recepción con tu
  cédula. Primero conversarás con Marcelo Godoy (Gerente General Planificaci
 ón Escondida) y luego cerramos juntas la etapa final del proceso.\nEstacio
 namiento de visitas: -2.\n\nJaviera
UID:040000008200E00074C5B7101A82E008000000005C11D6A4D734DC01000000000000000010000000A44F0B19D3E2C2489A6A1F0C7F3D8E21
SUMMARY;LANGUAGE=es-CL:Entrevista final BHP - Camila Rojas (presencial)
DTSTART;TZID=Pacific SA Standard Time:20251009T113000
DTEND;TZID=Pacific SA Standard Time:20251009T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T151844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:SCL-CEP6000-P15-Sala Licancabur
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "psych-eval",
        "label": iv("BHP", "", "", "dvergara@psicogestion.cl", "psicolaboral-by-outside-psychologist-for-named-client"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251002T123000Z
DTEND:20251002T150000Z
DTSTAMP:20250929T190512Z
ORGANIZER;CN=Daniela Vergara - PsicoGestión:mailto:dvergara@psicogestion.cl
UID:2k8v1o0q9u4r6b3m5n7c1t0s9e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Daniela Vergara - PsicoGestión;X-NUM-GUESTS=0:mailto:dvergara@psicogestion.cl
X-MICROSOFT-CDO-OWNERAPPTID:-1462089221
CREATED:20250929T190510Z
DESCRIPTION:Estimada Camila:\n\nComo parte del proceso de selección para BH
 P (cargo de Superintendencia de Planificación)\, te cito a evaluación psicol
 aboral online. Incluye entrevista por competencias y aplicación de test (M
 aslach\, 16PF y prueba de razonamiento). Duración aprox. 2 h 30 min. Nece
 sitas computador con cámara y un lugar tranquilo.\n\nUnirse con Google Meet
 : https://meet.google.com/qhx-tbnr-wzk\n\nDaniela Vergara Soto\nPsicóloga
  Laboral – PsicoGestión Consultores
LAST-MODIFIED:20250929T190511Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Evaluación psicolaboral - Camila Rojas P.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("mock-interview-with-coach-names-employer"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@TZ:America/Santiago@
BEGIN:VEVENT
CREATED:20250919T011203Z
DTEND;TZID=America/Santiago:20250922T200000
DTSTAMP:20250919T011203Z
DTSTART;TZID=America/Santiago:20250922T190000
LAST-MODIFIED:20250919T011240Z
LOCATION:Zoom (link en whatsapp)
SEQUENCE:0
SUMMARY:Simulacro entrevista panel BHP c/ Andrea (coach)
DESCRIPTION:practicar en inglés caso plan quinquenal\, preguntas STAR safet
 y leadership. Ella hace de Sarah. Pagar sesión 45 lucas transf.
UID:6B1E0F4C-2A8D-4E51-9C0A-77D3F1E5B2A9
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT30M
UID:0E8F3A1B-9D44-4C2B-8E5F-3A7C2D1B6E90
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-invite",
        "label": iv("Antofagasta Minerals", "Jefe/a de Planificación Largo Plazo", "recruiter_screen",
                    "ignacia.larrain@boyden.cl", "headhunter-names-client-only-in-body"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN=Ignacia Larraín:mailto:ignacia.larrain@boyden.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=es-CL:Hola Camila\,\n\nMuchas gracias por tu tiempo al
  teléfono. Como te comenté\, estamos apoyando a Antofagasta Minerals en la
  búsqueda de un/a Jefe/a de Planificación Largo Plazo para Minera Centinel
 a (sistema 7x7\, base Antofagasta). Agendemos una entrevista por video para
  profundizar en tu trayectoria antes de presentarte al cliente.\n\nUn abra
 zo\,\nIgnacia Larraín\nPrincipal | Boyden Chile\n+56 2 2957 0400\n\n______
 __________________________________________________________________________\nR
 eunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o disp
 ositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_Y2I3ZDFm>\nId. de reunión: 271 904 88
 3 115\nCódigo de acceso: 8uZP3c\n
UID:040000008200E00074C5B7101A82E00800000000B0C8D7E4A21ADC0100000000000000001000000071C4E0A6B5F2E546B2D9A3F0E1C7B842
SUMMARY;LANGUAGE=es-CL:Camila Rojas / Ignacia Larraín - Boyden
DTSTART;TZID=Pacific SA Standard Time:20250813T180000
DTEND;TZID=Pacific SA Standard Time:20250813T185000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250811T213302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": iv("Antofagasta Minerals", "Jefe de Planificación Largo Plazo", "hiring_manager",
                    "rvaldes@aminerals.cl", "google-invite-hiring-manager-original"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250829T140000Z
DTEND:20250829T150000Z
DTSTAMP:20250822T170144Z
ORGANIZER;CN=Rodrigo Valdés:mailto:rvaldes@aminerals.cl
UID:1bq0e3v6k2a9s7m4d8r5h0u1lc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rodrigo Valdés;X-NUM-GUESTS=0:mailto:rvaldes@aminerals.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ignacia.larrain@boyden.cl;X-NUM-GUESTS=0:mailto:ignacia.larrain@boyden.cl
CREATED:20250822T170142Z
DESCRIPTION:Camila\, un gusto. Conversemos sobre el cargo de Jefe de Planif
 icación Largo Plazo en Centinela. Ignacia queda como opcional.\n\n-::~:~::~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\
 nUnirse con Google Meet: https://meet.google.com/wbs-qmfe-kto\nO marcar: (C
 L) +56 2 2938 4612 PIN: 771 052 338#\n\nObtén más información sobre Meet e
 n: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250822T170143Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camila Rojas <> Rodrigo Valdés (AMSA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-update",
        "label": iv("Antofagasta Minerals", "Jefe de Planificación Largo Plazo", "hiring_manager",
                    "rvaldes@aminerals.cl", "google-invite-hiring-manager-rescheduled-sequence"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250902T213000Z
DTEND:20250902T223000Z
DTSTAMP:20250828T124410Z
ORGANIZER;CN=Rodrigo Valdés:mailto:rvaldes@aminerals.cl
UID:1bq0e3v6k2a9s7m4d8r5h0u1lc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rodrigo Valdés;X-NUM-GUESTS=0:mailto:rvaldes@aminerals.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ignacia.larrain@boyden.cl;X-NUM-GUESTS=0:mailto:ignacia.larrain@boyden.cl
CREATED:20250822T170142Z
DESCRIPTION:Camila\, disculpa el cambio: me toca comité de inversiones el v
 iernes. Lo movemos al martes 2 a las 17:30\, ya de vuelta de faena.\n\n-::
 ~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-\nUnirse con Google Meet: https://meet.google.com/wbs-qmfe-kto\
 nO marcar: (CL) +56 2 2938 4612 PIN: 771 052 338#\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250828T124410Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Camila Rojas <> Rodrigo Valdés (AMSA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": iv("Antofagasta Minerals", "", "final", "pmackenna@aminerals.cl;rvaldes@aminerals.cl",
                    "outlook-terna-final-vp-no-interview-word"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Fuenzalida, Carolina";SENT-BY="mailto:cfuenzalida@aminerals.cl":mailto:pmackenna@aminerals.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Rojas Pizarro:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Valdés, Rodrigo":mailto:rvaldes@aminerals.cl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="AMSA-Apoquindo4001-P18-Sala Zaldívar":mailto:sala.zaldivar.p18@aminerals.cl
DESCRIPTION;LANGUAGE=es-CL:Camila:\n\nPatricio Mackenna (Vicepresidente de
  Operaciones) quiere conocerte como parte de la terna final para la Jefatur
 a de Planificación Largo Plazo de Centinela. Reunión presencial de 45 min
 utos en Apoquindo 4001\, piso 18.\n\nSaludos cordiales\,\nCarolina Fuenzali
 da\nAsistente Vicepresidencia de Operaciones\nAntofagasta Minerals
UID:040000008200E00074C5B7101A82E00800000000E5D2A7F81E2DDC01000000000000000010000000B3A8C1D7E9F04B4C8B9E2D6A1F3C5E77
SUMMARY;LANGUAGE=es-CL:Reunión P. Mackenna / C. Rojas
DTSTART;TZID=Pacific SA Standard Time:20250917T160000
DTEND;TZID=Pacific SA Standard Time:20250917T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T141522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:AMSA-Apoquindo4001-P18-Sala Zaldívar
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("prep-block-names-employer"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@TZ:America/Santiago@
BEGIN:VEVENT
CREATED:20250914T233011Z
DTEND;TZID=America/Santiago:20250916T230000
DTSTAMP:20250914T233011Z
DTSTART;TZID=America/Santiago:20250916T210000
LAST-MODIFIED:20250914T233052Z
LOCATION:Hotel Plaza El Bosque
SEQUENCE:0
SUMMARY:preparar reu Mackenna mañana
DESCRIPTION:- números Centinela (movimiento mat. 2024\, ley Cu\, stripping)\n
 - 3 logros con cifras\n- pregunta de por qué dejo Altoloa\n- planchar blusa
UID:F0A4C2E9-5B1D-4E73-AC68-1D9E2B7F0C35
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gmail-reminder",
        "label": neg("thank-you-reminder-names-interviewers"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:camila.rojas.minera@gmail.com
X-WR-TIMEZONE:America/Santiago
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20250925T190000
DTEND;TZID=America/Santiago:20250925T191500
DTSTAMP:20251201T004512Z
UID:5t0hsp2v4q6k1b8n9e3c7m0rjl@google.com
CREATED:20250925T140302Z
DESCRIPTION:Correo de agradecimiento a Cristóbal\, Sarah y Felipe (panel BH
 P). Mencionar lo del drop-cut fase 9.
LAST-MODIFIED:20250925T140302Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mandar mail gracias panel
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-outlook-operator-interviews-rrhh", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FAENA-Campamento-Sala RRHH 2":mailto:sala.rrhh2.faena@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Camila\, te dejo el bloque de entrevistas para l
 os postulantes a operador de camión de extracción (CAEX) que pasaron la p
 sicotécnica:\n09:00 Luis Ángel Tapia\n09:40 Marcela Gutiérrez\n10:20 Brian
  Contreras\n11:00 Yasna Fernández\nLa pauta de evaluación y los CV están en
  la carpeta compartida. Necesito tu puntaje por competencia antes del vier
 nes.\n\nPamela Saavedra\nAnalista de Selección – Gerencia de Personas
UID:040000008200E00074C5B7101A82E00800000000C7F1B2D3E42EDC0100000000000000001000000044E2B1A0C9D8F74E9A1B7C3D2E6F0A11
SUMMARY;LANGUAGE=es-CL:Entrevistas postulantes Operador CAEX (4) - Proceso 2025-117
DTSTART;TZID=Pacific SA Standard Time:20250919T090000
DTEND;TZID=Pacific SA Standard Time:20250919T114000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T121005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Campamento-Sala RRHH 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-reply",
        "label": neg("user-as-interviewer-candidate-accepted-reply", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251022T130000Z
DTEND:20251022T140000Z
DTSTAMP:20251017T232019Z
ORGANIZER;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
UID:040000008200E00074C5B7101A82E00800000000D1E8F3A2B547DC01000000000000000010000000F8C2A4E1B3D05A4F8E9C6B2A1D7E3F59
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Benjamín Olivares;X-NUM-GUESTS=0:mailto:benja.olivares.ing@gmail.com
COMMENT;LANGUAGE=es:Muchas gracias\, ahí estaré. Llevo el ejercicio de Exce
 l impreso por si acaso.
CREATED:20251017T232019Z
LAST-MODIFIED:20251017T232019Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptada: Entrevista técnica - Ingeniero/a Planificación Corto Plazo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
