"""Holdout168 events, part D: Peru (Cerro Verde, Southern, Antamina, Las Bambas, Hudbay, Minsur, Nexa) and look-alikes."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "outlook-meeting",
        "label": iv("Cerro Verde", "Superintendente de Planeamiento de Mina", "recruiter_screen", "lquispe@fmi.com",
                    "peru-outlook-sa-pacific-zone-hr-screen"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:SA Pacific Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Quispe Mamani, Lucia":mailto:LQuispe@fmi.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=es-PE:Estimada Camila\, reciba un cordial saludo.\n\nP
 or medio de la presente la invitamos a una entrevista virtual para la posi
 ción de Superintendente de Planeamiento de Mina en Sociedad Minera Cerro V
 erde (Arequipa). Le agradeceremos confirmar su asistencia. Hora de Perú.\n
 \nAtentamente\,\nLucía Quispe Mamani\nAnalista de Reclutamiento y Selecció
 n\nSociedad Minera Cerro Verde S.A.A.\n\n________________________________________
 ________________________________________\nReunión de Microsoft Teams\nUnirse
  a la reunión ahora<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 YjQ4OTc2>\nId. de reunión: 220 671 934 558\nCódigo de acceso: Tn3Lq8\n
UID:040000008200E00074C5B7101A82E00800000000D3F5B7A9C12DDC0100000000000000001000000099F1B3D5A7C94B4EA0C2E4F6B8D0A2C4
SUMMARY;LANGUAGE=es-PE:Entrevista - Superintendente de Planeamiento de Mina - Camila Rojas
DTSTART;TZID=SA Pacific Standard Time:20250919T090000
DTEND;TZID=SA Pacific Standard Time:20250919T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T211507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-onsite",
        "label": iv("Cerro Verde", "Superintendente de Planeamiento de Mina", "onsite",
                    "jsalazar@fmi.com;mtorres3@fmi.com", "peru-onsite-arequipa-lima-zone-flight-paid"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:America/Lima@
BEGIN:VEVENT
ORGANIZER;CN="Quispe Mamani, Lucia":mailto:LQuispe@fmi.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salazar Delgado, Jorge":mailto:JSalazar@fmi.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Torres Vilca, Milagros":mailto:MTorres3@fmi.com
DESCRIPTION;LANGUAGE=es-PE:Estimada Camila:\n\nConfirmamos su evaluación p
 resencial en Arequipa. 08:30 recojo en Hotel Casa Andina Select por movili
 dad de la empresa. Programa: 09:30 entrevista con Jorge Salazar (Gerente d
 e Operaciones Mina)\, 11:00 evaluación técnica con Milagros Torres (Superin
 tendente de Planeamiento Largo Plazo)\, 12:30 almuerzo\, 14:00 retorno. Lo
 s pasajes Santiago-Lima-Arequipa ya fueron emitidos por nuestra agencia.\n
 \nSaludos cordiales\,\nLucía Quispe
UID:040000008200E00074C5B7101A82E0080000000081B3D5F7A96EDC01000000000000000010000000A5C7E9B1D3F54C4DB6E8A0C2D4F6A8B0
SUMMARY;LANGUAGE=es-PE:Evaluación presencial SMCV - C. Rojas (Arequipa)
DTSTART;TZID=America/Lima:20251014T083000
DTEND;TZID=America/Lima:20251014T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T160944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-PE:Oficinas SMCV - Asiento Minero Cerro Verde s/n\, Uchumayo\, Arequipa
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-invite",
        "label": iv("Southern Peru", "Ingeniero Senior de Planeamiento - Toquepala", "technical",
                    "rchavez@southernperu.com.pe", "peru-webex-lima-vtimezone-technical"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@TZ:America/Lima@
BEGIN:VEVENT
UID:0e8d1f64a2b94c21b7a3d5f9c6e2a108
DTSTAMP:20251009T150203Z
DTSTART;TZID=America/Lima:20251016T160000
DTEND;TZID=America/Lima:20251016T170000
SUMMARY:Entrevista técnica - Ing. Senior Planeamiento Toquepala
LOCATION:https://southernperu.webex.com/southernperu/j.php?MTID=m4a1c9e2f7b
DESCRIPTION:Ing. Raúl Chávez le invita a una reunión de Webex.\n\nCandidata
 : Ing. Camila Rojas Pizarro\nPuesto: Ingeniero Senior de Planeamiento - To
 quepala\nTemas: diseño de fases\, programa de producción\, MineSight/Deswi
 k\n\nÚnase desde el enlace de la reunión\nhttps://southernperu.webex.com/s
 outhernperu/j.php?MTID=m4a1c9e2f7b\nNúmero de reunión (código de acceso): 2
 634 118 0291\nContraseña de la reunión: SPCC2025\n\nÚnase por teléfono\n+51
 -1-707-5620 Perú Peaje\n
ORGANIZER;CN=Raul Chavez:mailto:rchavez@southernperu.com.pe
ATTENDEE;CN=camila.rojas.minera@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Gladys Paredes;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:gparedes@southernperu.com.pe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-invite",
        "label": iv("Antamina", "Líder de Planeamiento de Mina Corto Plazo", "recruiter_screen",
                    "rhuaman@antamina.com", "microsoft-bookings-candidate-books-slot"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:SA Pacific Standard Time@
BEGIN:VEVENT
ORGANIZER;CN=Selección Antamina:mailto:SeleccionAntamina@antamina.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Rojas Pizarro:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Rosa Huamán:mailto:rhuaman@antamina.com
DESCRIPTION;LANGUAGE=es-PE:Se ha reservado su cita con Selección Antamina.\n
 \nServicio: Entrevista inicial - Líder de Planeamiento de Mina Corto Plazo\n
 Personal: Rosa Huamán\nDuración: 30 minutos\n\nPara cambiar o cancelar la r
 eserva\, use el enlace de su correo de confirmación.\n\nUnirse a la reunión
  de Microsoft Teams<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 NzA1ZmU3>\n
UID:040000008200E00074C5B7101A82E00800000000B7D9F1A3C52EDC0100000000000000001000000021C3E5A7B9D14F4EA2D4F6B8C0E2A4D6
SUMMARY;LANGUAGE=es-PE:Entrevista inicial - Líder de Planeamiento de Mina Corto Plazo
DTSTART;TZID=SA Pacific Standard Time:20251027T110000
DTEND;TZID=SA Pacific Standard Time:20251027T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T022010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-BOOKINGS-SERVICE:Entrevista inicial
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "label": iv("Las Bambas", "Mine Planning Superintendent", "hiring_manager",
                    "stuart.mcallister@mmg.com", "english-hiring-manager-peru-operation"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:SA Pacific Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="McAllister, Stuart";SENT-BY="mailto:Yessenia.Ccori@mmg.com":mailto:Stuart.McAllister@mmg.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ccori, Yessenia":mailto:Yessenia.Ccori@mmg.com
DESCRIPTION;LANGUAGE=en-US:Camila\, Stuart would like a 1:1 with you about
  the Mine Planning Superintendent role at Las Bambas (14x7\, Apurimac). He
 'll be joining from site so the line may drop - his mobile is +51 989 204
  551.\n\nRegards\,\nYessenia Ccori\nExecutive Assistant - Operations\n\n____
 ____________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device
 \nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_OTE3Yzc1>\nMeeting ID: 391 604 277 810\nPasscode: 7kHbq4\n
UID:040000008200E00074C5B7101A82E0080000000063A5C7E9B10FDC01000000000000000010000000B1D3F5A7C9E14A4FB8E0A2C4D6F8A0E2
SUMMARY;LANGUAGE=en-US:Camila Rojas / Stuart McAllister - Mine Planning Supt
DTSTART;TZID=SA Pacific Standard Time:20251103T070000
DTEND;TZID=SA Pacific Standard Time:20251103T074500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T201503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-invite",
        "label": iv("Hudbay", "Superintendent, Mine Planning - Constancia", "recruiter_screen",
                    "natalia.perez@hudbay.com", "icims-toronto-zone-role-in-peru"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@TZ:America/Toronto@
BEGIN:VEVENT
UID:icims-evt-2025-4471-118830@careers-hudbay.icims.com
DTSTAMP:20250925T183012Z
DTSTART;TZID=America/Toronto:20251002T100000
DTEND;TZID=America/Toronto:20251002T103000
SUMMARY:Interview Confirmation: Superintendent\, Mine Planning - Constancia (2025-4471)
DESCRIPTION:Dear Camila\,\n\nThis confirms your interview for the position
  of Superintendent\, Mine Planning - Constancia (Req. 2025-4471).\n\nInter
 viewer: Natalia Pérez\, Senior Talent Acquisition Specialist (Lima)\nForma
 t: Microsoft Teams (link to follow)\nTime zone: Eastern Time (Toronto)\n\n
 The interview may be held in Spanish or English.\n\nThank you\,\nHudbay Ta
 lent Acquisition\n\nPlease do not reply to this automated message.
LOCATION:Microsoft Teams
ORGANIZER;CN=Hudbay Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Natalia Pérez;PARTSTAT=ACCEPTED:mailto:natalia.perez@hudbay.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bumeran-invite",
        "label": iv("Minsur", "Jefe de Planeamiento Mina", "", "cmendoza@minsur.com", "peru-job-board-utc-no-stage"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Bumeran//Agenda de Entrevistas//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bum-pe-ent-98120433@bumeran.com.pe
DTSTAMP:20251106T140011Z
DTSTART:20251112T150000Z
DTEND:20251112T160000Z
SUMMARY:Entrevista: Jefe de Planeamiento Mina - MINSUR S.A.
DESCRIPTION:¡Hola Camila!\n\nMINSUR S.A. quiere conocerte. Tienes una entre
 vista para el aviso 'Jefe de Planeamiento Mina - U.M. San Rafael (Puno)'.
 \n\nEntrevistador: Carlos Mendoza (cmendoza@minsur.com)\nModalidad: Video
 llamada\nDuración: 60 min\n\nIngresa a Bumeran > Mis postulaciones para ver
  el detalle.\n\nEquipo Bumeran Perú
LOCATION:Videollamada
ORGANIZER;CN=Bumeran Perú:mailto:notificaciones@bumeran.com.pe
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gupy-invite",
        "label": iv("Nexa Resources", "Especialista Sênior de Planejamento de Lavra", "recruiter_screen",
                    "renata.albuquerque@nexaresources.com", "brazilian-ats-portuguese-template-lima-role"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Gupy//Agendamento//PT-BR
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@TZ:America/Sao_Paulo@
BEGIN:VEVENT
UID:gupy-sched-3f8b2c71-0d6e-4a95-b1c4-77e9a2d0f5b3
DTSTAMP:20250827T131408Z
DTSTART;TZID=America/Sao_Paulo:20250904T110000
DTEND;TZID=America/Sao_Paulo:20250904T114500
SUMMARY:Entrevista com a Nexa - Especialista Sênior de Planejamento de Lavra (Cerro Lindo / Lima)
DESCRIPTION:Olá\, Camila!\n\nSua entrevista foi agendada.\n\nVaga: Especiali
 sta Sênior de Planejamento de Lavra - Cerro Lindo (Lima\, Peru)\nEntrevist
 adora: Renata Albuquerque - Talent Acquisition\nLink: https://meet.google.
 com/ekc-rxoa-fmd\n\n(La entrevista será en español. Horario de Brasília.)\n
 \nBoa sorte!\nTime Nexa | Vagas via Gupy
LOCATION:https://meet.google.com/ekc-rxoa-fmd
ORGANIZER;CN=Nexa via Gupy:mailto:no-reply@gupy.io
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Renata Albuquerque;PARTSTAT=ACCEPTED:mailto:renata.albuquerque@nexaresources.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-webinar",
        "label": neg("webinar-about-competency-interviews"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250820T120044Z
DTSTART:20250826T230000Z
DTEND:20250827T003000Z
SUMMARY:Webinar WIM Chile: Cómo enfrentar la entrevista por competencias en minería
UID:ZOOMW91207733461
DESCRIPTION:Hola Camila Rojas\,\n\nGracias por registrarte en "Webinar WIM
  Chile: Cómo enfrentar la entrevista por competencias en minería".\nExpos
 itoras: Loreto Campos (Headhunter\, Minería) y Paula Ríos (Gerenta de Pers
 onas).\nAprende a usar el método STAR\, preparar tu pitch y negociar tu ren
 ta.\n\nÚnase desde PC\, Mac\, iPad o Android:\nhttps://us02web.zoom.us/w/91
 207733461?tk=aBcD123\nCódigo de acceso: WIM2025
LOCATION:https://us02web.zoom.us/w/91207733461?tk=aBcD123
ORGANIZER;CN=Women in Mining Chile:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": neg("research-interview-industry-skills-study"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251119T130000Z
DTEND:20251119T140000Z
DTSTAMP:20251112T160208Z
ORGANIZER;CN=Investigación CCM:mailto:estudios@ccm.cl
UID:4rb7t1y0u3i6o9p2a5s8d1f4gh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sebastián Lillo;X-NUM-GUESTS=0:mailto:slillo@ccm.cl
CREATED:20251112T160206Z
DESCRIPTION:Estimada Camila\, gracias por participar en el estudio de Fuerz
 a Laboral de la Gran Minería 2025-2034 del Consejo de Competencias Mineras.
  La entrevista semiestructurada dura aprox. 50 min\, es confidencial y se
  graba solo con tu consentimiento. Conversaremos sobre perfiles de planifi
 cación y brechas de competencias en tu área.\n\nUnirse con Google Meet: htt
 ps://meet.google.com/vkn-ahyd-rsu
LAST-MODIFIED:20251112T160207Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista estudio Fuerza Laboral CCM - C. Rojas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("consular-visa-interview-embassy"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@TZ:America/Santiago@
BEGIN:VEVENT
CREATED:20250808T002211Z
DTEND;TZID=America/Santiago:20250821T100000
DTSTAMP:20250808T002211Z
DTSTART;TZID=America/Santiago:20250821T081500
LAST-MODIFIED:20250808T002304Z
LOCATION:Embajada de EE.UU.\, Av. Andrés Bello 2800\, Las Condes
SEQUENCE:0
SUMMARY:Entrevista consular visa B1/B2
DESCRIPTION:llevar pasaporte\, confirmación DS-160\, hoja de cita\, liquidaci
 ones sueldo\, carta de la pega. sin celular ni mochila!! (viaje congreso
  SME Denver)
UID:9C3E7A12-4B6D-4F80-A2E5-1B7D9C3F5A8E
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-invite",
        "label": neg("user-as-interviewer-bookings-host-intern-slot", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN=Altoloa Prácticas y Memorias:mailto:PracticasAltoloa@mineraaltoloa.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Fuentes Castillo:mailto:ignacio.fuentes.c@alumnos.ucn.cl
DESCRIPTION;LANGUAGE=es-CL:Nueva reserva en Altoloa Prácticas y Memorias.\n
 \nServicio: Entrevista postulantes práctica - Planificación Mina (20 min)\n
 Personal: Camila Rojas\nCliente: Ignacio Fuentes Castillo\nTeléfono: +56 9
  5521 0834\nNotas del cliente: Estudiante 5to año Ing. Civil en Minas UCN\,
  disponible desde el 5 de enero.\n\nUnirse a la reunión de Microsoft Teams<h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ODFhYjQw>\n
UID:040000008200E00074C5B7101A82E00800000000F5A7C9E1B36EDC0100000000000000001000000045E7A9C1D3F54B4DC6E8A0B2D4F6E8A2
SUMMARY;LANGUAGE=es-CL:Entrevista postulantes práctica - Planificación Mina - Ignacio Fuentes Castillo
DTSTART;TZID=Pacific SA Standard Time:20251111T170000
DTEND;TZID=Pacific SA Standard Time:20251111T172000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T010233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
