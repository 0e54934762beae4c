"""holdout258 calendar, part A: the user's own interviews (first half)."""
# ruff: noqa: E501, W291, W293

from holdout258ev_zones import (
    MONTERREY,
    MX_CITY,
    TIJUANA,
    WIN_CST_MEXICO,
    WIN_CST_MEXICO_STALE,
    WIN_PACIFIC,
    WIN_ROMANCE_LABEL_ES,
    WIN_ROMANCE_LABEL_FR,
    WIN_W_EUROPE,
)

EVENTS = [
    dict(
        kind="iphone-hand-typed",
        uid="6F1C2A9E-33B1-4C7D-9E0A-7A51D2B0C114",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + MX_CITY + r"""BEGIN:VEVENT
UID:6F1C2A9E-33B1-4C7D-9E0A-7A51D2B0C114
DTSTAMP:20260112T175512Z
CREATED:20260112T175430Z
LAST-MODIFIED:20260112T175512Z
DTSTART;TZID=America/Mexico_City:20260114T100000
DTEND;TZID=America/Mexico_City:20260114T103000
SUMMARY:Llamada RH Cervecería Tres Volcanes
LOCATION:Tel 33 3684 2210
DESCRIPTION:Lic. Karla Ochoa - reclutamiento. vacante gte mtto planta El S
 alto. Tener a la mano CV\, sueldo actual y pretensión
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:0C6E7D0B-2A1F-4B8D-8E51-5B0E6C1D7A22
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cervecería Tres Volcanes",
        role="Gerente de Mantenimiento",
        stage="recruiter_screen",
        interviewers="Karla Ochoa",
        trap="hand-typed-abbreviated-hr-call-no-attendees",
        hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INT-20260121-000482-TVC",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-20260121-000482-TVC
DTSTAMP:20260116T221004Z
DTSTART:20260121T150000Z
DTEND:20260121T190000Z
SUMMARY:Cervecería Tres Volcanes - Evaluación técnica y psicométrica - Ger
 ente de Mantenimiento (Req. 4821)
LOCATION:Planta El Salto\, Carretera a El Castillo km 4.5\, El Salto\, Jal.
  - Caseta de vigilancia\, preguntar por Capacitación
ORGANIZER;CN=Cervecería Tres Volcanes Reclutamiento:mailto:talento@cervec
 eriatresvolcanes.com.mx
ATTENDEE;CN=Héctor Ramírez Lozano;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN=Rogelio Cárdenas Haro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:ma
 ilto:rcardenas@cerveceriatresvolcanes.com.mx
DESCRIPTION:Estimado Héctor:\n\nGracias por tu interés en la posición Gere
 nte de Mantenimiento. Te confirmamos la siguiente etapa del proceso:\n\n09
 :00 Examen psicométrico (Cleaver\, Moss\, Terman) - Sala de Capacitación\n
 10:30 Examen técnico escrito y práctico (bombas\, compresores de amoniaco\
 , llenadoras\, TPM) con el Ing. Rogelio Cárdenas Haro\, Superintendente de
  Mantenimiento Envasado\n\nTrae identificación oficial\, calzado de segurid
 ad y lentes. No se permite el acceso con bebidas alcohólicas.\n\nAtentamen
 te\nAtracción de Talento\n\nEste mensaje fue generado automáticamente por 
 SAP SuccessFactors. No respondas a este correo.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cervecería Tres Volcanes",
        role="Gerente de Mantenimiento",
        stage="technical",
        interviewers="rcardenas@cerveceriatresvolcanes.com.mx",
        trap="ats-psychometric-plus-technical-exam-utc",
        hiring=False,
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E0080000000070B2D1C5F482DC01000000000000000010000000A4C1F09E3D5B2A4C9A1E6F7B8C9D0E12",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Medina Lugo, José Luis";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jlmedina@cerveceriatresvolcanes.com.mx
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Sala Agave (Dirección) P2";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:sala.agave@cerveceriatresvolcanes.com.mx
CLASS:PUBLIC
CREATED:20260130T171255Z
DESCRIPTION:Héctor\, buen día.\n\nPor agenda del Ing. Medina movemos tu en
 trevista final al jueves 12 de febrero a las 12:00. El resto se mantiene:
  entrevista con el Director de Planta (60 min) y después recorrido por el 
 área de cocimientos y envasado.\n\nSaludos\,\nKarla Ochoa\nAtracción de Ta
 lento | Cervecería Tres Volcanes\n\n
DTEND;TZID="Central Standard Time (Mexico)":20260212T133000
DTSTAMP:20260204T160312Z
DTSTART;TZID="Central Standard Time (Mexico)":20260212T120000
LAST-MODIFIED:20260204T160312Z
LOCATION:Sala Agave (Dirección) P2
ORGANIZER;CN="Ochoa Parra, Karla":mailto:kochoa@cerveceriatresvolcanes.com.mx
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=es-MX:REPROGRAMADA - Entrevista final Héctor Ramírez - Gerente de Mantenimiento
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000070B2D1C5F482DC01000000000000000010000000A4C1F09E3D5B2A4C9A1E6F7B8C9D0E12
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Héctor\, buen día.</p><p>Por agenda del Ing. Medina movemos tu entrevista final al <b>jueves 12 de febrero a las 12:00</b>.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cervecería Tres Volcanes",
        role="Gerente de Mantenimiento",
        stage="final",
        interviewers="jlmedina@cerveceriatresvolcanes.com.mx",
        trap="rescheduled-sequence-2-coordinator-organizer-room",
        hiring=False,
    ),
    dict(
        kind="outlook-teams-es",
        uid="040000008200E00074C5B7101A82E00800000000C0D33E19A385DC0100000000000000001000000093E1B7F0A6D34E4C8B2A0C6D5E4F3A21",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
CREATED:20260119T183022Z
DESCRIPTION:Hola Héctor\,\n\nCon gusto te comparto la liga para nuestra en
 trevista inicial por la vacante de Jefe de Mantenimiento y Confiabilidad (
 Planta Querétaro). Revisaremos tu trayectoria\, expectativas y disponibili
 dad para reubicarte.\n\n__________________________________________________
 ______________________________\nReunión de Microsoft Teams\nÚnase a travé
 s de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí
  para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_NzE4ZDc2YjQtNWU1Zi00Nzc2LThhMTQtYjU2Yjc0ZmUxZjQ4%40thread.v2/0>\nId
 . de reunión: 318 442 096 517\nCódigo de acceso: bT6xq2\nDescargar Teams<h
 ttps://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en l
 a Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n_________
 _______________________________________________________________________\n
DTEND;TZID="Central Standard Time (Mexico)":20260122T170000
DTSTAMP:20260119T183022Z
DTSTART;TZID="Central Standard Time (Mexico)":20260122T163000
LAST-MODIFIED:20260119T183022Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Guzmán Ríos, Itzel":mailto:itzel.guzman@nervionautomocion.com.mx
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista inicial - Jefe de Mantenimiento y Confiabilidad QRO
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0D33E19A385DC0100000000000000001000000093E1B7F0A6D34E4C8B2A0C6D5E4F3A21
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZDc2YjQtNWU1Zi00Nzc2LThhMTQtYjU2Yjc0ZmUxZjQ4%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nervión Automoción",
        role="Jefe de Mantenimiento y Confiabilidad",
        stage="recruiter_screen",
        interviewers="itzel.guzman@nervionautomocion.com.mx",
        trap="company-only-in-organizer-domain",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-label-zone-sent-by",
        uid="040000008200E00074C5B7101A82E008000000001E2F8C44D986DC010000000000000000100000005B7C2E1D0F9A8B4C6D3E2F1A0B9C8D7E",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_ROMANCE_LABEL_ES + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Guzmán Ríos, Itzel";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:itzel.guzman@nervionautomocion.com.mx
CLASS:PUBLIC
CREATED:20260127T084410Z
DESCRIPTION:Buenos días Héctor\,\n\nIñaki Etxeberria\, Director de Ingenie
 ría de Mantenimiento del Grupo\, te entrevistará desde Amorebieta sobre la
  parte técnica del puesto: gestión de prensas de estampación y líneas de s
 oldadura robotizada\, indicadores MTBF/MTTR\, GMAO y presupuesto de manten
 imiento.\nLa hora de la convocatoria es hora peninsular (16:00 en España = 
 09:00 en Querétaro).\n\nUn saludo\,\nMaite Olabarria\nAsistente de Direcci
 ón Industrial\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a 
 la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGI3Yz
 lkNTEtOTM0Mi00ZmI0LWE1ZWQtMzZjYTk0ZTI4NWUx%40thread.v2/0>\nId. de reunión
 : 291 007 553 880\nCódigo de acceso: Zk9uP4\n
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260203T170000
DTSTAMP:20260127T084410Z
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260203T160000
LAST-MODIFIED:20260127T084410Z
LOCATION:Microsoft Teams
ORGANIZER;CN="Etxeberria Goikoetxea, Iñaki";SENT-BY="mailto:maite.olabarria@nervion-automocion.es":mailto:inaki.etxeberria@nervion-automocion.es
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Jefe Mantenimiento y Confiabilidad (planta Querétaro)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001E2F8C44D986DC010000000000000000100000005B7C2E1D0F9A8B4C6D3E2F1A0B9C8D7E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nervión Automoción",
        role="Jefe Mantenimiento y Confiabilidad",
        stage="technical",
        interviewers="inaki.etxeberria@nervion-automocion.es",
        trap="spain-hq-utc-label-zone-sent-by-assistant-hr-optional",
        hiring=False,
    ),
    dict(
        kind="outlook-no-vtimezone-onsite",
        uid="040000008200E00074C5B7101A82E00800000000A3D0441BE08ADC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Sotelo Arriaga, Guillermo";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillermo.sotelo@nervionautomocion.com.mx
ATTENDEE;CN="Guzmán Ríos, Itzel";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:itzel.guzman@nervionautomocion.com.mx
ATTENDEE;CN="QRO Sala Capacitación 1";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:qro.sala.cap1@nervionautomocion.com.mx
CLASS:PUBLIC
DESCRIPTION:Héctor:\n\nTe esperamos en planta para la última etapa: recorr
 ido por prensas\, soldadura y pintura (lleva calzado de seguridad)\, y ent
 revista con Guillermo Sotelo\, Director de Planta\, e Itzel Guzmán (RRHH).
  Al final revisaremos la propuesta económica y el paquete de reubicación.\
 n\nParque Industrial Querétaro\, Av. La Noria 118\, Santa Rosa Jáuregui.\n
 Caseta 2 - acceso visitantes.\n
DTEND;TZID="Central Standard Time (Mexico)":20260219T140000
DTSTAMP:20260210T151540Z
DTSTART;TZID="Central Standard Time (Mexico)":20260219T100000
LOCATION:Nervión Automoción Querétaro - Sala Capacitación 1
ORGANIZER;CN="Guzmán Ríos, Itzel":mailto:itzel.guzman@nervionautomocion.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Visita a planta + entrevista final - Héctor Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A3D0441BE08ADC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nervión Automoción",
        role="",
        stage="final",
        interviewers="guillermo.sotelo@nervionautomocion.com.mx;itzel.guzman@nervionautomocion.com.mx",
        trap="windows-zone-without-vtimezone-resource-attendee-no-role-in-title",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTV-7f3a9c21e84b4d6a-HPM",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-7f3a9c21e84b4d6a-HPM
DTSTAMP:20260120T194455Z
DTSTART:20260126T180000Z
DTEND:20260126T183000Z
SUMMARY:Interview: Maintenance Manager - Tijuana (JR-0011872) - Héctor Ra
 mírez Lozano
DESCRIPTION:Dear Héctor\,\n\nThank you for applying to Harbor Point Medica
 l. Your phone interview has been scheduled.\n\nPosition: Maintenance Manag
 er - Tijuana (JR-0011872)\nInterview type: Phone Screen (30 min)\nIntervie
 wer: Jessica Tran\, Talent Acquisition Partner\nShe will call you at +52 3
 3 1407 5528.\n\nEntrevista telefónica en inglés y español.\n\nIf you need 
 to reschedule\, please use the candidate home page.\n\nHarbor Point Medica
 l Recruiting
LOCATION:Phone call
ORGANIZER;CN=Harbor Point Medical Recruiting:mailto:hpm-recruiting@harborp
 ointmedical.com
ATTENDEE;CN=Héctor Ramírez Lozano;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:
 hector.ramirez.lozano@hotmail.com
ATTENDEE;CN=Jessica Tran;PARTSTAT=ACCEPTED:mailto:jessica.tran@harborpoin
 tmedical.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbor Point Medical",
        role="Maintenance Manager",
        stage="recruiter_screen",
        interviewers="jessica.tran@harborpointmedical.com",
        trap="us-maquila-workday-english-utc",
        hiring=False,
    ),
    dict(
        kind="outlook-zoom-pacific",
        uid="040000008200E00074C5B7101A82E008000000004F6B28E30C8CDC010000000000000000100000007D8E9F0A1B2C3D4E5F6A7B8C9D0E1F20",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Tran, Jessica";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jessica.tran@harborpointmedical.com
CLASS:PUBLIC
DESCRIPTION:Hi Hector\,\n\nLooking forward to our conversation about the M
 aintenance Manager role in our Tijuana operation (Class II/III device asse
 mbly\, cleanrooms\, molding). I'd like to hear about your PM program\, how
  you run CMMS and your experience with FDA/ISO 13485 audits.\n\nGreg\n\nHa
 rbor Point Medical is inviting you to a scheduled Zoom meeting.\n\nJoin Zo
 om Meeting\nhttps://harborpointmed.zoom.us/j/84412093377?pwd=Qm9ZWnF1dEJ
 rTmp2\n\nMeeting ID: 844 1209 3377\nPasscode: 552190\n\nOne tap mobile\n+
 16694449171\,\,84412093377# US\n
DTEND;TZID="Pacific Standard Time":20260204T090000
DTSTAMP:20260129T230118Z
DTSTART;TZID="Pacific Standard Time":20260204T080000
LOCATION:https://harborpointmed.zoom.us/j/84412093377
ORGANIZER;CN="Walsh, Gregory":mailto:gwalsh@harborpointmedical.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Hector Ramirez / Greg Walsh - Maintenance Manager TJ
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004F6B28E30C8CDC010000000000000000100000007D8E9F0A1B2C3D4E5F6A7B8C9D0E1F20
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbor Point Medical",
        role="Maintenance Manager",
        stage="hiring_manager",
        interviewers="gwalsh@harborpointmedical.com",
        trap="names-slash-title-no-interview-word-pacific-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-onsite-panel-tijuana",
        uid="040000008200E00074C5B7101A82E00800000000D1A7B5F6218EDC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F71",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TIJUANA + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Walsh, Gregory";ROLE=REQ-PARTICIPANT:mailto:gwalsh@harborpointmedical.com
ATTENDEE;CN="Beltrán Ochoa, Ana Lucía";ROLE=REQ-PARTICIPANT:mailto:analucia.beltran@harborpointmedical.com
ATTENDEE;CN="Okafor, Michael";ROLE=REQ-PARTICIPANT:mailto:mokafor@harborpointmedical.com
ATTENDEE;CN="Salas Ríos, Rodrigo";ROLE=REQ-PARTICIPANT:mailto:rsalas@harborpointmedical.com
ATTENDEE;CN="TIJ-B1 Conf Room Pacífico (12)";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:tij-b1-pacifico@harborpointmedical.com
CLASS:PUBLIC
DESCRIPTION:Onsite interview / Entrevista en sitio\n\n8:30  Lobby - visito
 r badge (bring passport or INE)\n9:00  Greg Walsh - Plant Director\n9:45 
  Ana Lucía Beltrán - HR Manager\n10:30 Michael Okafor - Engineering Manage
 r\n11:15 Rodrigo Salas - EHS Lead\n12:00 Plant tour (cleanroom gowning)\n
 \nParque Industrial El Florido\, Blvd. Insurgentes 19850\, Tijuana B.C.\n
 Travel arranged by Elena Quiñónez (Travel desk) - flight GDL-TIJ confirmat
 ion sent separately.\n
DTEND;TZID=America/Tijuana:20260224T123000
DTSTAMP:20260211T201550Z
DTSTART;TZID=America/Tijuana:20260224T083000
LOCATION:TIJ-B1 Conf Room Pacífico (12)
ORGANIZER;CN="Tran, Jessica":mailto:jessica.tran@harborpointmedical.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Onsite Interview - Hector Ramirez Lozano - Maintenance Manager (JR-0011872)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D1A7B5F6218EDC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F71
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbor Point Medical",
        role="Maintenance Manager",
        stage="onsite",
        interviewers="gwalsh@harborpointmedical.com;analucia.beltran@harborpointmedical.com;mokafor@harborpointmedical.com;rsalas@harborpointmedical.com",
        trap="onsite-panel-room-attendee-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-posting",
        uid="040000008200E00074C5B7101A82E00800000000E5C1B07A4A84DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
CLASS:PRIVATE
DESCRIPTION:Héctor\, buenas tardes.\n\nRecibimos tu postulación a la conv
 ocatoria interna CI-07/2026 Gerente de Mantenimiento - Planta Tlajomulco. 
 Te cito a una primera entrevista en RH para revisar requisitos\, tu plan de
  carrera y el visto bueno de tu jefe inmediato.\n\nFavor de no comentarlo 
 con tu equipo hasta el cierre de la convocatoria.\n\nPaola Gudiño\nDesarro
 llo Organizacional\n
DTEND;TZID="Central Standard Time (Mexico)":20260128T130000
DTSTAMP:20260123T192205Z
DTSTART;TZID="Central Standard Time (Mexico)":20260128T121500
LOCATION:Oficina RH - Planta Tlaquepaque
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista convocatoria interna CI-07/2026
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5C1B07A4A84DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Electroensambles de Occidente",
        role="Gerente de Mantenimiento - Planta Tlajomulco",
        stage="recruiter_screen",
        interviewers="pgudino@electroensambles-occidente.com.mx",
        trap="internal-application-work-address-private-class",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-panel",
        uid="040000008200E00074C5B7101A82E008000000003B9E7D2C8F8ADC01000000000000000010000000FE98DC76BA54FE32DC10BA98FE76DC54",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ibarra Solís, Fernanda";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:fibarra@electroensambles-occidente.com.mx
ATTENDEE;CN="Delgadillo Mora, Óscar";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:odelgadillo@electroensambles-occidente.com.mx
ATTENDEE;CN="Ramírez Lozano, Héctor";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Sala Dirección Operaciones";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:sala.direccion@electroensambles-occidente.com.mx
CLASS:PRIVATE
DESCRIPTION:Panel de la convocatoria interna CI-07/2026 (Gerente de Mante
 nimiento\, Planta Tlajomulco).\nCandidato: Héctor Ramírez Lozano.\nPanel: 
 Fernanda Ibarra (Dir. Operaciones) y Óscar Delgadillo (Gerente Corporativo
  de RH).\nFavor de traer presentación de 15 min: plan de arranque de manten
 imiento para la nueva planta (SMT\, wave\, AOI\, compresores\, subestación)
 .\n
DTEND;TZID="Central Standard Time (Mexico)":20260210T110000
DTSTAMP:20260203T174433Z
DTSTART;TZID="Central Standard Time (Mexico)":20260210T093000
LOCATION:Sala Dirección Operaciones
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Panel CI-07/2026 - Presentación candidato Héctor Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003B9E7D2C8F8ADC01000000000000000010000000FE98DC76BA54FE32DC10BA98FE76DC54
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Electroensambles de Occidente",
        role="Gerente de Mantenimiento",
        stage="final",
        interviewers="fibarra@electroensambles-occidente.com.mx;odelgadillo@electroensambles-occidente.com.mx",
        trap="internal-panel-candidate-word-looks-hiring-side",
        hiring=False,
    ),
    dict(
        kind="google-invite-headhunter",
        uid="2m9k4r7tq1v8c3n5b0x6z2l4pa@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
X-LIC-LOCATION:America/Monterrey
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Monterrey:20260127T113000
DTEND;TZID=America/Monterrey:20260127T121500
DTSTAMP:20260122T160211Z
ORGANIZER;CN=Mauricio Garza:mailto:mgarza@hunterindustrial.mx
UID:2m9k4r7tq1v8c3n5b0x6z2l4pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mauricio Garza;X-NUM-GUESTS=0:mailto:mgarza@hunterindustrial.mx
X-GOOGLE-CONFERENCE:https://meet.google.com/fqa-rkzt-uwe
CREATED:20260122T160210Z
DESCRIPTION:Héctor\, gracias por tu tiempo en LinkedIn. Como te comenté\, 
 mi cliente es Aceros Laminados del Norte (planta Escobedo\, N.L.) y busca 
 un Ingeniero de Confiabilidad Sr. para laminación en caliente. En esta lla
 mada haremos tu entrevista de filtro antes de presentarte con ellos.\n\nMa
 uricio Garza | Hunter Industrial MX | Headhunting Manufactura\n\n-::~:~::~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~
 :~::-\nJoin with Google Meet: https://meet.google.com/fqa-rkzt-uwe\n\nLear
 n more about Meet at: https://support.google.com/a/users/answer/9282720\n\n
 Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260122T160211Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista filtro - Ing. Confiabilidad Sr. (Hunter Industrial / cl
 iente ALN)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Aceros Laminados del Norte",
        role="Ingeniero de Confiabilidad Sr.",
        stage="recruiter_screen",
        interviewers="mgarza@hunterindustrial.mx",
        trap="headhunter-names-client-employer-acronym-in-title",
        hiring=False,
    ),
    dict(
        kind="outlook-teams-monterrey",
        uid="040000008200E00074C5B7101A82E00800000000B7A4C91E5B8CDC01000000000000000010000000A1A2B3B4C5C6D7D8E9E0F1F2A3A4B5B6",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MONTERREY + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Treviño Garza, Ernesto";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:etrevino@aceroslaminados.com.mx
ATTENDEE;CN="Mauricio Garza";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:mgarza@hunterindustrial.mx
CLASS:PUBLIC
DESCRIPTION:Entrevista técnica con el Ing. Ernesto Treviño\, Gerente de C
 onfiabilidad. Temas: análisis de vibraciones\, RCM en trenes de laminació
 n\, lubricación\, RCA y manejo de paros mayores.\nSe sugiere tener a la ma
 no un caso de análisis causa raíz que hayas liderado.\n\nMicrosoft Teams 
 meeting\nJoin on your computer\, mobile app or room device\nClick here to 
 join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZD
 k1ZTY0NjYtZWIxNy00MzNlLWIyMGYtNDRiNGYwNTc2ZjBi%40thread.v2/0>\nMeeting ID
 : 226 981 404 115\nPasscode: Wq4nX8\n
DTEND;TZID=America/Monterrey:20260205T100000
DTSTAMP:20260130T212045Z
DTSTART;TZID=America/Monterrey:20260205T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Reclutamiento ALN":mailto:reclutamiento@aceroslaminados.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista técnica Confiabilidad - H. Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B7A4C91E5B8CDC01000000000000000010000000A1A2B3B4C5C6D7D8E9E0F1F2A3A4B5B6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Aceros Laminados del Norte",
        role="",
        stage="technical",
        interviewers="etrevino@aceroslaminados.com.mx",
        trap="company-only-in-domain-headhunter-optional",
        hiring=False,
    ),
    dict(
        kind="outlook-windows-zone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B48BDC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Buen día Ing. Ramírez\,\n\nDe parte de Cristalería Cerro de la
  Silla le agradezco su interés en la vacante de Gerente de Mantenimiento H
 ornos y Formado (Guadalupe\, N.L.). Le propongo una videollamada de 40 min
 utos para conocer su experiencia y explicarle el proceso (entrevista con R
 H\, examen psicométrico\, entrevista presencial con Gerencia de Planta).\n\
 nLic. Alejandra Leal Cantú\nReclutamiento y Selección\n\nReunión de Micros
 oft Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_MmE0NmFjZjItYzEwZS00%40thread.v2/0>\n
DTEND;TZID="Central Standard Time (Mexico)":20260129T164000
DTSTAMP:20260126T183344Z
DTSTART;TZID="Central Standard Time (Mexico)":20260129T160000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Leal Cantú, Alejandra":mailto:aleal@cristaleriacds.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Videollamada Ing. Héctor Ramírez / Cristalería CDS
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B48BDC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cristalería Cerro de la Silla",
        role="Gerente de Mantenimiento Hornos y Formado",
        stage="recruiter_screen",
        interviewers="aleal@cristaleriacds.com.mx",
        trap="videollamada-no-interview-word-in-title",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="b3f0a2c4-91de-4e57-8a60-2f1c5d7e9b13",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260210T040512Z
LAST-MODIFIED:20260210T040655Z
DTSTAMP:20260210T040655Z
UID:b3f0a2c4-91de-4e57-8a60-2f1c5d7e9b13
SUMMARY:Entrevista presencial Cristaleria CDS - Ing. Leal (gte planta)
DTSTART:20260217T093000
DTEND:20260217T120000
LOCATION:Av. Ruiz Cortines 2400 Ote\, Guadalupe NL
DESCRIPTION:preguntar en caseta por Lic Alejandra. llevar lentes y botas\,
  hay recorrido por hornos. vuelo 6:05 GDL-MTY
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cristalería Cerro de la Silla",
        role="",
        stage="onsite",
        interviewers="Ing. Leal",
        trap="floating-time-abbreviated-company-coordinator-same-surname",
        hiring=False,
    ),
    dict(
        kind="google-invite-owner-gmail",
        uid="5h1s0p8d3kq7m2v9c4e6r1t0yb@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260130T010000Z
DTEND:20260130T020000Z
DTSTAMP:20260128T031544Z
ORGANIZER;CN=Refugio Orozco:mailto:cuco.orozco.pts@gmail.com
UID:5h1s0p8d3kq7m2v9c4e6r1t0yb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Refugio Orozco;X-NUM-GUESTS=0:mailto:cuco.orozco.pts@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
CREATED:20260128T031543Z
DESCRIPTION:Ingeniero\, como quedamos por WhatsApp platicamos en la oficin
 a de la planta después del segundo turno. Somos 14 inyectoras (Engel y Ha
 itian)\, 2 extrusoras y cuarto limpio; necesito un jefe de mantenimiento q
 ue se haga cargo de todo. Trae tu CV impreso.\n\nRefugio Orozco\nPlástico
 s Técnicos del Salto\n\nInvitation from Google Calendar: https://calendar.
 google.com/calendar/\n\nYou are receiving this courtesy email at the accou
 nt hector.ramirez.lozano@hotmail.com because you are an attendee of this 
 event.\n\nTo stop receiving future updates for this event\, decline this e
 vent. Alternatively you can sign up for a Google account at https://calend
 ar.google.com/calendar/ and control your notification settings for your en
 tire calendar.\n\nForwarding this invitation could allow any recipient to 
 send a response to the organizer and be added to the guest list\, or invit
 e others regardless of their own invitation status\, or to modify your RSV
 P. Learn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20260128T031544Z
LOCATION:Plásticos Técnicos del Salto\, Calle 3 #45\, Parque Ind. El Salto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Plática jefe de mantenimiento - Plásticos Técnicos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Plásticos Técnicos del Salto",
        role="jefe de mantenimiento",
        stage="hiring_manager",
        interviewers="cuco.orozco.pts@gmail.com",
        trap="owner-gmail-platica-utc-evening",
        hiring=False,
    ),
    dict(
        kind="greenhouse-google-invite",
        uid="gh-5f8e2a1c7b934d0e9a6c3b2d1e0f4a57@hexasemi.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260127T213000Z
DTEND:20260127T220000Z
DTSTAMP:20260123T002210Z
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@hexasemi.com
UID:gh-5f8e2a1c7b934d0e9a6c3b2d1e0f4a57@hexasemi.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rachel Kim;X-NUM-GUESTS=0:mailto:rachel.kim@hexasemi.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hector Ramirez Lozano;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@
 hotmail.com
DESCRIPTION:Hi Hector\,\n\nThanks for your interest in Hexa Semiconductor!
  This is a 30-minute video call with Rachel Kim (Senior Technical Recruite
 r) to talk about the Facilities & Maintenance Manager opening at our Guada
 lajara test & assembly site (Tlajomulco). We'll cover your background\, co
 mpensation expectations and next steps.\n\nJoin: https://hexasemi.zoom.us
 /j/93120487712\n\nScheduled via Greenhouse. Need to reschedule? Reply to t
 his email.\n\nInvitation from Google Calendar: https://calendar.google.com
 /calendar/\n\nYou are receiving this email because you are an attendee on 
 the event.
LOCATION:https://hexasemi.zoom.us/j/93120487712
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hector Ramirez Lozano <> Hexa Semiconductor | Facilities & Mainten
 ance Manager - Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hexa Semiconductor",
        role="Facilities & Maintenance Manager",
        stage="recruiter_screen",
        interviewers="rachel.kim@hexasemi.com",
        trap="greenhouse-angle-brackets-utc",
        hiring=False,
    ),
    dict(
        kind="greenhouse-onsite-schedule",
        uid="gh-0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f@hexasemi.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MX_CITY + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260211T090000
DTEND;TZID=America/Mexico_City:20260211T123000
DTSTAMP:20260205T171233Z
ORGANIZER;CN=Hexa Semiconductor Recruiting Coordination:mailto:gdl-interviews@hexasemi.com
UID:gh-0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f@hexasemi.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hector Ramirez Lozano;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@
 hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel
  Ortega;X-NUM-GUESTS=0:mailto:daniel.ortega@hexasemi.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya 
 Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@hexasemi.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Luis 
 Ángel Zúñiga;X-NUM-GUESTS=0:mailto:luisangel.zuniga@hexasemi.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=GDL-Tlaj
 omulco-2-Sierra Madre (8);X-NUM-GUESTS=0:mailto:c_1889f2a0b7e4@resource.ca
 lendar.google.com
DESCRIPTION:Onsite Interview - Facilities & Maintenance Manager\n\n9:00 -
  9:45  Daniel Ortega\, Site Director\n9:45 - 10:30  Priya Natarajan\, Equip
 ment Engineering Manager (technical: chillers\, UPW\, clean dry air\, subs
 tation\, CMMS)\n10:30 - 11:15  Luis Ángel Zúñiga\, EHS Manager\n11:15 - 12
 :30  Fab/test floor tour\n\nPlease bring an official ID. Business casual.\
 n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Hexa Semiconductor GDL\, Av. Camino Real a Colima 4100\, Tlajomulc
 o
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Onsite: Hector Ramirez Lozano (Facilities & Maintenance Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hexa Semiconductor",
        role="Facilities & Maintenance Manager",
        stage="onsite",
        interviewers="daniel.ortega@hexasemi.com;priya.natarajan@hexasemi.com;luisangel.zuniga@hexasemi.com",
        trap="coordination-mailbox-organizer-google-resource",
        hiring=False,
    ),
    dict(
        kind="lever-phone-screen",
        uid="lever-interview-3b7c0e1d-22a4-4f1e-b9d8-6a5c4e3f2d10",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-3b7c0e1d-22a4-4f1e-b9d8-6a5c4e3f2d10
DTSTAMP:20260121T154102Z
DTSTART:20260123T170000Z
DTEND:20260123T173000Z
SUMMARY:Phone Screen: Héctor Ramírez Lozano for Maintenance Manager — Orbi
 s Manufacturing Solutions
DESCRIPTION:Hi Héctor\,\n\nYou're confirmed for a phone screen with Carlos
  Brambila (Talent Acquisition\, Orbis Manufacturing Solutions - Guadalajara
  Site).\n\nCarlos will call you at the number on your application.\n\nThis
  event was scheduled with Lever.
LOCATION:Phone
ORGANIZER;CN=Carlos Brambila:mailto:carlos.brambila@orbis-ms.com
ATTENDEE;CN=Héctor Ramírez Lozano;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:he
 ctor.ramirez.lozano@hotmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Orbis Manufacturing Solutions",
        role="Maintenance Manager",
        stage="recruiter_screen",
        interviewers="carlos.brambila@orbis-ms.com",
        trap="lever-em-dash-phone-screen",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="0f7b1d2c9e3a4b58a6c7d8e9f0a1b2c3",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + MX_CITY + r"""BEGIN:VEVENT
UID:0f7b1d2c9e3a4b58a6c7d8e9f0a1b2c3
DTSTAMP:20260129T140233Z
DTSTART;TZID=America/Mexico_City:20260203T083000
DTEND;TZID=America/Mexico_City:20260203T093000
SUMMARY:Hiring manager interview - Maintenance Manager (GDL) | Orbis
ORGANIZER;CN=Verónica Estrada:mailto:veronica.estrada@orbis-ms.com
ATTENDEE;CN=Héctor Ramírez Lozano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN=Carlos Brambila;ROLE=OPT-PARTICIPANT:mailto:carlos.brambila@orbis-ms.com
DESCRIPTION:Verónica Estrada (Operations Director\, GDL Site) invites you 
 to this Webex meeting.\n\nTopics: SMT line uptime\, reflow & wave maintenan
 ce\, spare parts strategy\, team of 3 supervisors / 42 technicians.\n\nJoi
 n meeting\nhttps://orbis-ms.webex.com/orbis-ms/j.php?MTID=m6e1c3a9b7d5f\n\
 nMeeting number (access code): 2553 118 9042\nMeeting password: Orb1s2026
 \n\nJoin by phone\n+52-55-1207-4488 Mexico City Toll\n
LOCATION:https://orbis-ms.webex.com/meet/veronica.estrada
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Orbis Manufacturing Solutions",
        role="Maintenance Manager",
        stage="hiring_manager",
        interviewers="veronica.estrada@orbis-ms.com",
        trap="webex-short-company-recruiter-optional",
        hiring=False,
    ),
    dict(
        kind="psychometric-platform",
        uid="psicoevalua-ses-8842017-hrl",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PsicoEvalua//Agenda de Evaluaciones 3.2//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:psicoevalua-ses-8842017-hrl
DTSTAMP:20260202T163015Z
DTSTART:20260204T160000Z
DTEND:20260204T173000Z
SUMMARY:Evaluación en línea - Farmacéutica Occidental - Gerente de Manten
 imiento e Ingeniería
DESCRIPTION:Hola HECTOR RAMIREZ LOZANO:\n\nFarmacéutica Occidental te invi
 ta a completar tu batería de evaluación (pruebas psicométricas: 16PF\, Cle
 aver\, razonamiento lógico y caso de liderazgo) como parte de tu proceso 
 de selección.\n\nLiga personal: https://app.psicoevalua.com.mx/s/8842017/
 k3Xq\nDuración aproximada: 90 minutos. Requiere cámara web encendida.\n\nP
 sicoEvalúa - Plataforma de evaluación de talento
LOCATION:https://app.psicoevalua.com.mx/s/8842017/k3Xq
ORGANIZER;CN=PsicoEvalúa:mailto:no-responder@psicoevalua.com.mx
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Farmacéutica Occidental",
        role="Gerente de Mantenimiento e Ingeniería",
        stage="",
        interviewers="",
        trap="psychometric-platform-no-interviewer-publish",
        hiring=False,
    ),
    dict(
        kind="successfactors-panel",
        uid="SF-INT-20260216-000733-FOC",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + MX_CITY + r"""BEGIN:VEVENT
UID:SF-INT-20260216-000733-FOC
DTSTAMP:20260209T190412Z
DTSTART;TZID=America/Mexico_City:20260216T100000
DTEND;TZID=America/Mexico_City:20260216T120000
SUMMARY:Entrevista panel - Gerente de Mantenimiento e Ingeniería (GMP) - Z
 apopan
LOCATION:Farmacéutica Occidental\, Periférico Poniente 7120\, Zapopan - Sa
 la de Juntas Calidad
ORGANIZER;CN=Atracción de Talento FOC:mailto:talento@farmaoccidental.com.mx
ATTENDEE;CN=Héctor Ramírez Lozano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hec
 tor.ramirez.lozano@hotmail.com
ATTENDEE;CN=Q.F.B. Lorena Macías;ROLE=REQ-PARTICIPANT:mailto:lmacias@farma
 occidental.com.mx
ATTENDEE;CN=Ing. Samuel Rentería;ROLE=REQ-PARTICIPANT:mailto:srenteria@far
 maoccidental.com.mx
ATTENDEE;CN=Lic. Mónica Arellano;ROLE=REQ-PARTICIPANT:mailto:marellano@far
 maoccidental.com.mx
DESCRIPTION:Panel de entrevista:\n- Ing. Samuel Rentería\, Director de Pla
 nta\n- Q.F.B. Lorena Macías\, Gerente de Aseguramiento de Calidad (valida
 ción de equipos\, IQ/OQ/PQ\, COFEPRIS)\n- Lic. Mónica Arellano\, Business 
 Partner RH\n\nAl ingresar a planta se requiere bata y cofia (se proporcion
 an). Evitar maquillaje\, joyería y perfume.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Farmacéutica Occidental",
        role="Gerente de Mantenimiento e Ingeniería (GMP)",
        stage="onsite",
        interviewers="srenteria@farmaoccidental.com.mx;lmacias@farmaoccidental.com.mx;marellano@farmaoccidental.com.mx",
        trap="pharma-panel-titles-in-cn",
        hiring=False,
    ),
    dict(
        kind="computrabajo-invite",
        uid="ct-entrevista-55120984-3312@computrabajo-empresas.mx",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Computrabajo//Agenda Entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:ct-entrevista-55120984-3312@computrabajo-empresas.mx
DTSTAMP:20260205T150844Z
DTSTART:20260209T170000Z
DTEND:20260209T180000Z
SUMMARY:Entrevista: Jefe de Mantenimiento - LÁCTEOS LOS ALTOS SA DE CV
DESCRIPTION:¡Hola Héctor!\n\nLÁCTEOS LOS ALTOS SA DE CV te ha convocado a 
 una entrevista para la oferta "Jefe de Mantenimiento (pasteurizadoras\, e
 nvasadoras Tetra\, calderas)".\n\nModalidad: Presencial\nDirección: Carr. 
 Tepatitlán-Arandas km 3\, Tepatitlán de Morelos\, Jal.\nPreguntar por: Li
 c. Brenda Navarro\n\nConfirma tu asistencia desde tu cuenta.\n\nComputraba
 jo México
LOCATION:Carr. Tepatitlán-Arandas km 3\, Tepatitlán de Morelos\, Jal.
ORGANIZER;CN=Computrabajo:mailto:avisos@computrabajo-empresas.mx
ATTENDEE;CN=Héctor Ramírez Lozano;RSVP=TRUE:mailto:hector.ramirez.lozano@h
 otmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lácteos Los Altos",
        role="Jefe de Mantenimiento",
        stage="recruiter_screen",
        interviewers="Brenda Navarro",
        trap="job-board-organizer-uppercase-legal-form",
        hiring=False,
    ),
    dict(
        kind="google-invite-family-business",
        uid="7q2w9e4r1t6y3u8i0o5p2a7s4d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260206T160000Z
DTEND:20260206T173000Z
DTSTAMP:20260203T021710Z
ORGANIZER;CN=Jorge Arcos:mailto:jorge.arcos.tequila@gmail.com
UID:7q2w9e4r1t6y3u8i0o5p2a7s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jorge Arcos;X-NUM-GUESTS=0:mailto:jorge.arcos.tequila@gmail.com
DESCRIPTION:Buenas noches Ing. Héctor\, le mando la invitación para la ent
 revista del puesto de Jefe de Mantenimiento de fábrica (hornos de mampost
 ería\, autoclaves\, difusor\, destilación y caldera). Soy hijo de Don Jorg
 e y llevo la operación de la Casa Tequilera Los Arcos junto con él.\n\nN
 os vemos por Meet: https://meet.google.com/xkr-hdpa-qoz\n\nInvitation fro
 m Google Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/xkr-hdpa-qoz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Jefe de Mantenimiento - Casa Tequilera Los Arcos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Casa Tequilera Los Arcos",
        role="Jefe de Mantenimiento",
        stage="hiring_manager",
        interviewers="jorge.arcos.tequila@gmail.com",
        trap="family-business-gmail-organizer",
        hiring=False,
    ),
    dict(
        kind="android-hand-typed",
        uid="a8c21f55-6d0e-4b0a-93b7-e1f4d2c6b790",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar 12.5//EN
BEGIN:VEVENT
UID:a8c21f55-6d0e-4b0a-93b7-e1f4d2c6b790
DTSTAMP:20260211T013300Z
DTSTART;VALUE=DATE-TIME:20260213T100000
DTEND:20260213T140000
SUMMARY:Los Arcos 2a - recorrido fabrica + Don Jorge y mtro tequilero
LOCATION:Amatitán
DESCRIPTION:llevar propuesta plan mtto preventivo antes de la temporada d
 e lluvias. Mtro. Salvador Pérez (maestro tequilero)
 
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Casa Tequilera Los Arcos",
        role="",
        stage="final",
        interviewers="Don Jorge;Salvador Pérez",
        trap="second-round-shorthand-no-interview-word-floating",
        hiring=False,
    ),
    dict(
        kind="outlook-german-w-europe",
        uid="040000008200E00074C5B7101A82E00800000000621F8A3B5F8BDC010000000000000000100000004D6F7E8A9B0C1D2E3F4A5B6C7D8E9F00",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Kührer, Stefan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:s.kuehrer@nordhalle-praezision.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrter Herr Ramírez Lozano\,\n\nvielen Dank für Ihre Be
 werbung als Leiter Instandhaltung (m/w/d) für unser Werk in Querétaro. Gern
 e laden wir Sie zu einem ersten Vorstellungsgespräch per Microsoft Teams e
 in. Gesprächspartner: Stefan Kührer (Head of Plant Engineering) und Julia 
 Brandt (HR Business Partner International).\nDas Gespräch wird auf Englisc
 h geführt / The interview will be held in English.\n\nMit freundlichen Grü
 ßen\nJulia Brandt\nNordhalle Präzisionstechnik GmbH\n\nMicrosoft Teams-Bes
 prechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder ein Raumgerä
 t bei\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_NGQ3NjQ2%40thread.v2/0>\nBesprechungs
 -ID: 377 204 815 663\nKennung: hS8tv3\n
DTEND;TZID="W. Europe Standard Time":20260206T170000
DTSTAMP:20260130T093012Z
DTSTART;TZID="W. Europe Standard Time":20260206T160000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Brandt, Julia":mailto:j.brandt@nordhalle-praezision.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Héctor Ramírez Lozano – Leiter Instandhaltung (m/w/d) Werk Querétaro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000621F8A3B5F8BDC010000000000000000100000004D6F7E8A9B0C1D2E3F4A5B6C7D8E9F00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nordhalle Präzisionstechnik",
        role="Leiter Instandhaltung (m/w/d)",
        stage="hiring_manager",
        interviewers="s.kuehrer@nordhalle-praezision.de;j.brandt@nordhalle-praezision.de",
        trap="german-vorstellungsgespraech-w-europe-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-stale-mexico-zone",
        uid="040000008200E00074C5B7101A82E0080000000088E35D1C7A8DDC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO_STALE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Aguirre Pacheco, Carlos";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:caguirre@nordhalle-praezision.com.mx
ATTENDEE;CN="Brandt, Julia";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:j.brandt@nordhalle-praezision.de
CLASS:PUBLIC
DESCRIPTION:Ing. Ramírez:\n\nLe confirmamos su visita a planta y entrevist
 a con el Ing. Carlos Aguirre\, Gerente General de Nordhalle México. Duran
 te el recorrido verá las líneas de maquinado CNC (DMG\, Heller) y el área
 de tratamiento térmico.\nFavor de presentarse con identificación oficial.
 \n\nSaludos\nRecepción Nordhalle Querétaro\n
DTEND;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20260226T130000
DTSTAMP:20260218T162044Z
DTSTART;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20260226T100000
LOCATION:Nordhalle Präzisionstechnik de México\, Parque Aeroespacial Colón\, Qro.
ORGANIZER;CN="Recepción Nordhalle QRO":mailto:recepcion.qro@nordhalle-praezision.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista presencial y recorrido - Gerente de Mantenimiento
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000088E35D1C7A8DDC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nordhalle Präzisionstechnik",
        role="Gerente de Mantenimiento",
        stage="onsite",
        interviewers="caguirre@nordhalle-praezision.com.mx",
        trap="stale-dst-utc-label-zone-reception-organizer",
        hiring=False,
    ),
    dict(
        kind="outlook-french-entretien",
        uid="040000008200E00074C5B7101A82E00800000000D4C3B2A1F08BDC0100000000000000001000000012ABCDEF34567890ABCDEF1234567890",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_ROMANCE_LABEL_FR + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Bonjour Héctor\,\n\nComme convenu avec notre cabinet à Guadal
 ajara\, je vous propose un entretien en visio pour le poste de Responsable
  Maintenance de notre site de Lagos de Moreno (boîtes métalliques et capsu
 les). L'entretien se fera en anglais ou en espagnol\, comme vous préférez.
 \n\nBien cordialement\,\nBenoît Marchal\nDirecteur Industriel Amériques - 
 Groupe Lavaur Emballages\n\nRéunion Microsoft Teams\nRejoindre sur votre o
 rdinateur\, application mobile ou appareil de salle\nCliquez ici pour rejo
 indre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2
 ZmNDg3%40thread.v2/0>\nID de réunion : 341 552 908 217\nCode secret : 7u
 QfZ2\n
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260210T170000
DTSTAMP:20260204T102255Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260210T160000
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="MARCHAL Benoît":mailto:benoit.marchal@groupe-lavaur.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien Héctor Ramírez - Responsable Maintenance Lagos de Moreno
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F08BDC0100000000000000001000000012ABCDEF34567890ABCDEF1234567890
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Lavaur Emballages",
        role="Responsable Maintenance",
        stage="hiring_manager",
        interviewers="benoit.marchal@groupe-lavaur.fr",
        trap="french-entretien-is-interview-here-utc-label-zone",
        hiring=False,
    ),
]
