"""holdout270 events, part C: negatives with the user on the hiring or assessing side."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout270ev_zones import LONDON, MADRID, MADRID_APPLE, ROMANCE, UTC1_ES

EVENTS = [
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000031C4F7A0D3E7DB010000000000000000100000004E7A0D3C6F9B4E2DA5C8F1B4E7A0D3C6",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Lalana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lacasa Aznar
 , Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sergio.baq
 uero.prl@gmail.com:mailto:sergio.baquero.prl@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Sergio\, gracias por tu interés en Construccione
 s Ebro Moncayo. Te confirmamos la entrevista para el puesto de Técnico/a I
 ntermedio/a de PRL.\n\n[Nota interna para Javier: CV y guía de entrevista 
 en la carpeta compartida de Selección. Tú llevas la parte técnica (EPI\, t
 rabajos en altura\, recurso preventivo\, CAE)\; yo la de competencias. Ent
 rega tu ficha de valoración el mismo día.]\n\n____________________________
 ____________________________________________________\nReunión de Microsoft
  Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com
 /l/meetup-join/19%3ameeting_ZDJmNGQ3YWMtNmE0Yy00Nzk2LWI0OTgtYWFjZjc1Njk4M2
 U1%40thread.v2/0>\nId. de reunión: 307 554 218 903\nCódigo de acceso: 5rFc
 Tz\n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E0080000000031C4F7A0D3E7DB01000000000000000
 0100000004E7A0D3C6F9B4E2DA5C8F1B4E7A0D3C6
SUMMARY;LANGUAGE=es-ES:Entrevista candidato Técnico/a Intermedio PRL – Sergi
 o Baquero
DTSTART;TZID=Romance Standard Time:20250211T100000
DTEND;TZID=Romance Standard Time:20250211T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T090017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1017774432
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-invited-teams",
        hiring=True,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A0D3F6B9C2E9DB01000000000000000010000000F8B1D4E7A0C34F6EB9D2A5C8E1F4B7D0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Formación CEM":mailto:formacion@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tabuenca Rol
 dán, Pascual":mailto:ptabuenca@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Esteban Vela
 , Loreto":mailto:lesteban@construcciones-ebro-moncayo.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=S
 ede Aula Formación:mailto:aula.formacion@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Panel de selección de aprendices – Contratos par
 a la formación (FP Dual / Escuela de Oficios 2025)\n\nMiembros del panel: 
 Javier Lacasa (PRL)\, Pascual Tabuenca (Jefe de Obra)\, Loreto Esteban (Fo
 rmación).\n\nAgenda (20 min por aspirante):\n09:00 Alejandro R.\n09:20 Nay
 ara P.\n09:40 Hugo M.\n10:00 Iker S.\n10:40 Lucía B.\n11:00 Mohamed E.\n11:2
 0 Daniel C.\n11:40 Sara V.\n12:00–13:00 Valoración conjunta y propuesta de 
 4 contrataciones.\n\nPlantilla de valoración en Teams > Formación > Aprend
 ices 2025.\n
UID:040000008200E00074C5B7101A82E00800000000A0D3F6B9C2E9DB01000000000000000
 010000000F8B1D4E7A0C34F6EB9D2A5C8E1F4B7D0
SUMMARY;LANGUAGE=es-ES:Panel selección aprendices FP Dual – Escuela de Ofic
 ios 2025
DTSTART;TZID=Romance Standard Time:20250306T090000
DTEND;TZID=Romance Standard Time:20250306T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T111503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede Aula Formación
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:482199071
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-apprentice-panel-schedule",
        hiring=True,
    ),
    dict(
        kind="ios-hand-typed",
        uid="4D7A0C3E-6B9F-4E2A-85D1-C4F7A0B3E6D9",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250211T183355Z
DTEND;TZID=Europe/Madrid:20250214T140000
DTSTAMP:20250211T183402Z
DTSTART;TZID=Europe/Madrid:20250214T133000
LAST-MODIFIED:20250211T183402Z
DESCRIPTION:fichas de valoración de los 3 candidatos a técnico intermedio (
 Sergio B.\, Daniel R.\, Irene L.) -> mandar a Cristina antes del viernes
SEQUENCE:0
SUMMARY:Rellenar fichas valoración candidatos
UID:4D7A0C3E-6B9F-4E2A-85D1-C4F7A0B3E6D9
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT5M
UID:0B3E6D9A-2C5F-4B8E-91D4-A7C0E3F6B9D2
X-WR-ALARMUID:0B3E6D9A-2C5F-4B8E-91D4-A7C0E3F6B9D2
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-reminder",
        hiring=True,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B2C5E8F1A4F1DB01000000000000000010000000A9C2E5F8B1D44A7CB0E3D6F9A2C5E8B1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Lalana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Abós Gil, Mig
 uel":mailto:mabos@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las entrevistas del proceso 
 Técnico/a Intermedio/a PRL:\n- Sergio Baquero: técnica 7\,5 / competencias
  7\n- Daniel Royo: técnica 8 / competencias 8\,5\n- Irene Lasala: técnica 6
  / competencias 7\n\nObjetivo: decidir hoy y lanzar la oferta el lunes. Jav
 ier\, trae tus fichas.\n
UID:040000008200E00074C5B7101A82E00800000000B2C5E8F1A4F1DB01000000000000000
 010000000A9C2E5F8B1D44A7CB0E3D6F9A2C5E8B1
SUMMARY;LANGUAGE=es-ES:Puesta en común candidatos Técnico/a Intermedio PRL 
 – decisión
DTSTART;TZID=Romance Standard Time:20250221T130000
DTEND;TZID=Romance Standard Time:20250221T133000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250218T162210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-903361275
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-scores",
        hiring=True,
    ),
    dict(
        kind="calendly-invite",
        uid="e41a7c02-5b8d-4f39-a6e0-9d3c7b1f5e28@calendly.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e41a7c02-5b8d-4f39-a6e0-9d3c7b1f5e28@calendly.com
DTSTAMP:20250207T101244Z
DTSTART:20250212T170000Z
DTEND:20250212T173000Z
SUMMARY:Daniel Royo Marín y Javier Lacasa Aznar
ORGANIZER;CN=Javier Lacasa Aznar:mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;CN=Daniel Royo Marín;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :daniel.royo.marin@gmail.com
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:jlacasa
 @construcciones-ebro-moncayo.es
LOCATION:Microsoft Teams (el enlace se enviará por correo)
DESCRIPTION:Tipo de evento: Entrevista candidatos Técnico/a Intermedio PRL 
 (30 min)\n\nInvitado: Daniel Royo Marín\nCorreo: daniel.royo.marin@gmail.co
 m\nTeléfono: +34 6•• ••• 418\n\nRespuestas:\n¿Tienes el nivel intermedio e
 n PRL (300 h)?: Sí\, por FP Técnico Superior en Prevención de Riesgos Prof
 esionales\n¿Carné de conducir y vehículo propio?: Sí\n\nConstrucciones Ebr
 o Moncayo · Selección\n\nNecesitas hacer cambios en este evento?\nCancelar
 : https://calendly.com/cancellations/e41a7c02-5b8d-4f39-a6e0-9d3c7b1f5e28\n
 Reprogramar: https://calendly.com/reschedulings/e41a7c02-5b8d-4f39-a6e0-9d
 3c7b1f5e28\n\nCon la tecnología de Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-mirror-summary",
        hiring=True,
    ),
    dict(
        kind="google-reply",
        uid="040000008200E00074C5B7101A82E00800000000C3D6F9A2B5F5DB01000000000000000010000000B0E3A6D9C2F54B8DA1C4E7B0D3A6F9C2",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250217T090000
DTEND;TZID=Europe/Madrid:20250217T100000
DTSTAMP:20250213T080122Z
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-monc
 ayo.es
UID:040000008200E00074C5B7101A82E00800000000C3D6F9A2B5F5DB01000000000000000
 010000000B0E3A6D9C2F54B8DA1C4E7B0D3A6F9C2
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel 
 Royo Marín;X-NUM-GUESTS=0:mailto:daniel.royo.marin@gmail.com
COMMENT;LANGUAGE=es:Perfecto\, allí estaré. Muchas gracias.
CREATED:20250213T080122Z
DESCRIPTION:Segunda entrevista presencial para el puesto de Técnico/a Inter
 medio/a de PRL en Construcciones Ebro Moncayo. Te enseñaremos la obra de V
 aldespartera.
LAST-MODIFIED:20250213T080122Z
LOCATION:Construcciones Ebro Moncayo – Sede central\, Zaragoza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Técnico/a Intermedio/a PRL (Daniel Royo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    dict(
        kind="google-invite",
        uid="7h0k3n6q9t2w5z8c1f4i7l0o3r@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T100000Z
DTEND:20250408T110000Z
DTSTAMP:20250402T150933Z
ORGANIZER;CN=David Sola - Grupo Perfiles:mailto:david.sola@grupoperfiles.es
UID:7h0k3n6q9t2w5z8c1f4i7l0o3r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=David Sola - Grupo Perfiles;X-NUM-GUESTS=0:mailto:david.sola@grupoperfi
 les.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Javier Lacasa Aznar;X-NUM-GUESTS=0:mailto:jlacasa@construcciones-e
 bro-moncayo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nerea Lambán;X-NUM-GUESTS=0:mailto:nerea.lamban.prl@gmail.com
CREATED:20250402T150932Z
DESCRIPTION:Javier\, tal como acordamos en el intake\, te presento a Nerea 
 Lambán\, finalista para vuestra vacante de Técnico/a Superior PRL (obra PL
 AZA). Primeros 10 minutos: os cuento mi informe de evaluación\; después te
  dejo a solas con ella para tu entrevista técnica. Adjunto CV e informe.\n\n
 David Sola\nGrupo Perfiles RRHH\n\nInvitation from Google Calendar: https:/
 /calendar.google.com/calendar/\n\nYou are receiving this email because you 
 are an attendee on the event.
LAST-MODIFIED:20250402T150932Z
LOCATION:Construcciones Ebro Moncayo – Sala 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presentación candidata Técnico/a Superior PRL – Nerea Lambán (Grupo
  Perfiles)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate-same-agency",
        hiring=True,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D4E7A0B3C6B3DB01000000000000000010000000C1F4A7D0E3B64C9EB2D5F8A1C4E7B0D3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Lalana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Javier\, confirmo la prueba práctica de los 3 fi
 nalistas a Técnico/a Superior PRL en la obra de Valdespartera (bloque B\, 
 fase de estructura). Cada candidato recorre la obra 40 min y entrega su ev
 aluación de riesgos y propuestas. Evaluador: J. Lacasa. Yo recibo a los ca
 ndidatos en la caseta a las 8:45 y les doy EPI.\n\nCristina\n
UID:040000008200E00074C5B7101A82E00800000000D4E7A0B3C6B3DB01000000000000000
 010000000C1F4A7D0E3B64C9EB2D5F8A1C4E7B0D3
SUMMARY;LANGUAGE=es-ES:Prueba práctica candidatos Técnico/a Superior PRL (e
 valuador: J. Lacasa)
DTSTART;TZID=Romance Standard Time:20250422T090000
DTEND;TZID=Romance Standard Time:20250422T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T120508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Obra Valdespartera – caseta bloque B
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:755189234
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-practical-test-evaluator",
        hiring=True,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000E5F8B1C4D7C7DB01000000000000000010000000D2A5B8E1F4C74DAFC3E6A9B2D5F8C1E4",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{UTC1_ES}
BEGIN:VEVENT
ORGANIZER;CN="Esteban Vela, Loreto":mailto:lesteban@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez Lalana
 , Cristina":mailto:cperez@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Dinámica de grupo con los 8 candidatos a encarga
 do/a con funciones de recurso preventivo (obras 2025). Observadores: Javie
 r Lacasa y Cristina Pérez. Caso: organización de la descarga de prefabrica
 dos con grúa móvil junto a vía pública. Hoja de observación por competencia
 s (liderazgo\, comunicación\, criterio preventivo) en la carpeta de Selecc
 ión.\n
UID:040000008200E00074C5B7101A82E00800000000E5F8B1C4D7C7DB01000000000000000
 010000000D2A5B8E1F4C74DAFC3E6A9B2D5F8C1E4
SUMMARY;LANGUAGE=es-ES:Dinámica de grupo – candidatos encargado/recurso pre
 ventivo (observadores)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250514T090000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250514T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T074455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede – Aula Formación
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-310557788
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-group-dynamic-observer",
        hiring=True,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000F6A9C2D5E8B0DB01000000000000000010000000E3B6C9F2A5D84EB0D4F7A0C3E6B9D2F5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Abós Gil, Miguel":mailto:mabos@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Tolosana
 , Manuel":mailto:mgil@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista de promoción interna de Manuel Gil (o
 ficial 1ª) al puesto de encargado de obra. Javier\, valora tú la parte de 
 prevención: cómo gestionaría a las subcontratas\, recurso preventivo\, la 
 coordinación con el CSS. Yo valoro producción y planificación.\n\nMiguel\n
UID:040000008200E00074C5B7101A82E00800000000F6A9C2D5E8B0DB01000000000000000
 010000000E3B6C9F2A5D84EB0D4F7A0C3E6B9D2F5
SUMMARY;LANGUAGE=es-ES:Entrevista promoción interna – Encargado de obra (Ma
 nuel Gil)
DTSTART;TZID=Romance Standard Time:20250310T120000
DTEND;TZID=Romance Standard Time:20250310T130000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250303T174020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección de Operaciones
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1291448870
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-internal-promotion-same-managers",
        hiring=True,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-ITV-20114-000331972@ebromoncayo.successfactors.eu",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:SF-ITV-20114-000331972@ebromoncayo.successfactors.eu
DTSTAMP:20250520T093144Z
DTSTART;TZID=Europe/Madrid:20250527T110000
DTEND;TZID=Europe/Madrid:20250527T120000
SUMMARY:Entrevista: Lucía Ferrer Domingo – Coordinador/a de Seguridad y Sal
 ud (Req. 20114)
ORGANIZER;CN=Construcciones Ebro Moncayo - Selección:mailto:noreply-seleccio
 n@construcciones-ebro-moncayo.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;CN=Cristina Pérez Lalana;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:ma
 ilto:cperez@construcciones-ebro-moncayo.es
LOCATION:Sede central – Sala 2
DESCRIPTION:Has sido asignado/a como entrevistador/a.\n\nCandidata: Lucía F
 errer Domingo\nPuesto: Coordinador/a de Seguridad y Salud (Req. 20114)\nEt
 apa: Entrevista técnica\n\nKit de entrevista y formulario de evaluación: h
 ttps://performancemanager5.successfactors.eu/sf/interviewcentral?company=e
 bromoncayo&req=20114\nRecuerda completar la evaluación en las 24 h siguient
 es a la entrevista.\n\nEste mensaje se ha generado automáticamente desde SA
 P SuccessFactors.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-interview-kit",
        hiring=True,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A7B0D3E6F9D8DB01000000000000000010000000F4C7D0A3B6E94FC1E5A8B1D4F7C0A3E6",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Secretaría Mancomunidad Ribera Bajo Jalón":mailto:secretaria@
 mancomunidadbajojalon.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Presidencia T
 ribunal":mailto:presidencia.tribunal@mancomunidadbajojalon.es
DESCRIPTION;LANGUAGE=es-ES:Sr. Lacasa:\n\nEn su condición de vocal técnico 
 del Tribunal Calificador de la bolsa de empleo de Técnico/a de Prevención d
 e Riesgos Laborales (Decreto de Presidencia 45/2025)\, se le convoca a la s
 esión de realización y corrección del ejercicio práctico y posterior entre
 vista curricular de los 11 aspirantes admitidos.\n\nSe ruega puntualidad. 
 Las dietas se abonarán según el RD 462/2002.\n\nSecretaría de la Mancomuni
 dad\n
UID:040000008200E00074C5B7101A82E00800000000A7B0D3E6F9D8DB01000000000000000
 010000000F4C7D0A3B6E94FC1E5A8B1D4F7C0A3E6
SUMMARY;LANGUAGE=es-ES:Tribunal Calificador bolsa Técnico/a PRL – sesión ej
 ercicio práctico y entrevistas (vocal)
DTSTART;TZID=Romance Standard Time:20250612T090000
DTEND;TZID=Romance Standard Time:20250612T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T103318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Salón de Plenos – Sede de la Mancomunidad\, Plaza E
 spaña 1\, Alagón
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1388220651
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-oposicion-tribunal-vocal",
        hiring=True,
    ),
    dict(
        kind="google-export",
        uid="1a4d7g0j3m6p9s2v5y8b1e4h7k@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Javier Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250129T150000Z
DTEND:20250129T163000Z
DTSTAMP:20250701T081455Z
UID:1a4d7g0j3m6p9s2v5y8b1e4h7k@google.com
CREATED:20250127T091133Z
DESCRIPTION:3 preseleccionados de InfoJobs (oferta técnico intermedio PRL\,
  la nuestra): Sergio Baquero\, Daniel Royo\, Irene Lasala. 15 min cada uno
 : disponibilidad\, carné\, experiencia en obra. Apuntar en la hoja de Crist
 ina.
LAST-MODIFIED:20250127T091133Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamar candidatos InfoJobs – técnico intermedio
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-infojobs-phone-calls",
        hiring=True,
    ),
    dict(
        kind="ios-hand-typed",
        uid="8B1E4A7D-0C3F-4A6D-B9E2-5C8F1B4E7A0D",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250422T172809Z
DTEND;TZID=Europe/Madrid:20250424T131500
DTSTAMP:20250422T172830Z
DTSTART;TZID=Europe/Madrid:20250424T130000
LAST-MODIFIED:20250422T172830Z
DESCRIPTION:Nerea Lambán -> referencias. Llamar a Joaquín Badía (su jefe en
  Obras Cinca y Segre). Preguntar: autonomía\, trato con encargados\, por q
 ué se fue
SEQUENCE:0
SUMMARY:Referencias candidata Nerea L. – llamar Cinca y Segre
UID:8B1E4A7D-0C3F-4A6D-B9E2-5C8F1B4E7A0D
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-reference-check-names-interview-company",
        hiring=True,
    ),
    dict(
        kind="google-invite",
        uid="2b5e8h1k4n7q0t3w6z9c2f5i8l@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250319T100000
DTEND;TZID=Europe/Madrid:20250319T120000
DTSTAMP:20250312T081045Z
ORGANIZER;CN=Rosario Lapeña (IES Río Gállego):mailto:rlapena@iesriogallego.e
 du.example.es
UID:2b5e8h1k4n7q0t3w6z9c2f5i8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rosario Lapeña (IES Río Gállego);X-NUM-GUESTS=0:mailto:rlapena@iesriog
 allego.edu.example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jlacasa@construcciones-ebro-moncayo.es;X-NUM-GUESTS=0:mailto:jlaca
 sa@construcciones-ebro-moncayo.es
CREATED:20250312T081044Z
DESCRIPTION:Hola Javier\,\n\nTal como hablamos\, te espero en el instituto 
 para que entrevistes a los 4 alumnos de 1º de Organización y Control de Ob
 ras de Construcción interesados en hacer la FP Dual con vosotros (de sept
 iembre a junio). Tú eliges a 2. Te paso sus currículos por correo.\n\nRosar
 io Lapeña\nTutora de FP Dual – IES Río Gállego\n\nInvitación de Google Cal
 endar: https://calendar.google.com/calendar/\n\nHas recibido este correo e
 lectrónico porque eres un invitado del evento.
LAST-MODIFIED:20250312T081044Z
LOCATION:IES Río Gállego – Departamento de Edificación y Obra Civil
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistas alumnos FP Dual – Construcciones Ebro Moncayo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-school-dual-students",
        hiring=True,
    ),
    dict(
        kind="outlook-invite-de",
        uid="040000008200E00074C5B7101A82E00800000000B8C1E4F7A0DCDB01000000000000000010000000A5D8E1B4C7F04A2DF6B9C2E5A8D1F4B7",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Sabine":mailto:sabine.brandt@kessler-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ortega Bailo,
  Raúl":mailto:raul.ortega@kessler-bau.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pablo Ferr
 ández:mailto:p.ferrandez.hse@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Lacasa\,\n\nals Vertreter des
  UTE-Partners Construcciones Ebro Moncayo bitten wir Sie\, gemeinsam mit H
 errn Ortega das Vorstellungsgespräch mit dem Bewerber Pablo Ferrández (HSE
 -Techniker für die UTE A-68 Tramo Gallur) zu führen. Bitte bewerten Sie die
  fachliche Eignung (spanisches Arbeitsschutzrecht\, Koordination der Nachu
 nternehmer) im Bewertungsbogen.\n\nMit freundlichen Grüßen\nSabine Brandt\n
 Personalreferentin\n
UID:040000008200E00074C5B7101A82E00800000000B8C1E4F7A0DCDB01000000000000000
 010000000A5D8E1B4C7F04A2DF6B9C2E5A8D1F4B7
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Bewerber HSE-Techniker UTE A-68
  – Pablo Ferrández
DTSTART;TZID=W. Europe Standard Time:20250610T140000
DTEND;TZID=W. Europe Standard Time:20250610T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250603T124401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Baustellenbüro UTE A-68\, Gallur
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-2116073590
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-german-jv-candidate-same-company",
        hiring=True,
    ),
    dict(
        kind="outlook-invite-en",
        uid="040000008200E00074C5B7101A82E00800000000C9D2F5A8B1D1DB01000000000000000010000000B6E9F2C5A8D14B3E07C0D3F6B9E2A5C8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{LONDON}
BEGIN:VEVENT
ORGANIZER;CN="Hollis, Emma":mailto:emma.hollis@carrowgroup.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Doyle, Patric
 k":mailto:patrick.doyle@carrowgroup.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Javier\, Patrick\,\n\nThanks both for intervi
 ewing the three Site Safety Officer candidates for the JV yesterday. Let's
  compare scorecards and agree on an offer recommendation:\n- Candidate A (A
 . Roldán): Javier 3.5/5\, Patrick 4/5\n- Candidate B (M. Uriel): Javier 4.
 5/5\, Patrick 4/5\n- Candidate C (S. Gracia): Javier 2.5/5\, Patrick 3/5\n\n
 Please update Greenhouse before the call.\n\nEmma Hollis\nTalent Partner – 
 Carrow Group\n
UID:040000008200E00074C5B7101A82E00800000000C9D2F5A8B1D1DB01000000000000000
 010000000B6E9F2C5A8D14B3E07C0D3F6B9E2A5C8
SUMMARY;LANGUAGE=en-GB:Interview debrief – Site Safety Officer candidates (C
 arrow / Ebro Moncayo JV)
DTSTART;TZID=Europe/London:20250530T140000
DTEND;TZID=Europe/London:20250530T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T163905Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1440772096
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-english-debrief-scorecards",
        hiring=True,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000D0E3A6B9C2E5DB01000000000000000010000000C7F0A3D6B9E24C5F18D1E4A7C0F3B6D9",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Ezquerra Millán, Laura":mailto:laura.ezquerra@talentocierzo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez Lalana
 , Cristina":mailto:cperez@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Hola Cristina\, hola Javier:\n\nReunión de arran
 que (intake) del proceso Técnico/a PRL para la obra de la Nave 7 en PLAZA:
  perfil\, requisitos (nivel superior\, 3 especialidades deseable)\, compet
 encias\, banda salarial y calendario. Javier\, como responsable del puesto
 \, necesito que me cuentes qué preguntas técnicas quieres que filtre. Os p
 resentaré una terna en 3 semanas.\n\nLaura Ezquerra · Talento Cierzo Consu
 ltores\n\nReunión de Microsoft Teams\nId. de reunión: 348 201 967 335\nCód
 igo de acceso: Nq5Tb8\n
UID:040000008200E00074C5B7101A82E00800000000D0E3A6B9C2E5DB01000000000000000
 010000000C7F0A3D6B9E24C5F18D1E4A7C0F3B6D9
SUMMARY;LANGUAGE=es-ES:Intake vacante Técnico/a PRL obra PLAZA – Talento Ci
 erzo
DTSTART;TZID=Romance Standard Time:20250505T093000
DTEND;TZID=Romance Standard Time:20250505T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T101712Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-781554320
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-intake-same-consultant",
        hiring=True,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000E1F4B7C0D3F2DB01000000000000000010000000D8A1B4E7C0F34D6A29E2F5B8D1A4C7E0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tabuenca Rol
 dán, Pascual":mailto:ptabuenca@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pérez La
 lana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;
 CN=PEMP tijera 12 m (Malpica):mailto:pemp.tijera12@construcciones-ebro-mon
 cayo.es
DESCRIPTION;LANGUAGE=es-ES:Prueba práctica para los 5 candidatos a operario
 /a con manejo de plataformas elevadoras (PEMP tipo 3A/3B): inspección pre-
 uso\, uso de arnés\, maniobras y descenso de emergencia. Evalúo yo con la 
 hoja de chequeo (apto/no apto)\; Pascual da el OK de producción. Los candi
 datos deben traer el carné de operador PEMP.\n
UID:040000008200E00074C5B7101A82E00800000000E1F4B7C0D3F2DB01000000000000000
 010000000D8A1B4E7C0F34D6A29E2F5B8D1A4C7E0
SUMMARY;LANGUAGE=es-ES:Prueba práctica candidatos operador PEMP – nave Malp
 ica
DTSTART;TZID=Romance Standard Time:20250624T080000
DTEND;TZID=Romance Standard Time:20250624T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250616T171109Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Nave almacén Malpica
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1602294417
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-operator-practical-test",
        hiring=True,
    ),
    dict(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000F2A5C8D1E4E3DB01000000000000000010000000E9B2C5F8A1D44E7B3AF3A6C9E2B5D8F1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
X-WR-CALNAME:Calendario
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Bloque reservado para entrevistar a candidatos d
 el proceso Técnico/a Intermedio PRL (los cita Cristina desde RRHH). No acep
 tar otras reuniones.\n
RRULE:FREQ=WEEKLY;COUNT=4;INTERVAL=1;BYDAY=TU;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000F2A5C8D1E4E3DB01000000000000000
 010000000E9B2C5F8A1D44E7B3AF3A6C9E2B5D8F1
SUMMARY;LANGUAGE=es-ES:Entrevistas candidatos técnico PRL (bloque)
DTSTART;TZID=Romance Standard Time:20250128T160000
DTEND;TZID=Romance Standard Time:20250128T180000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250124T082030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho PRL
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Movido al miércoles esta semana.\n
RECURRENCE-ID;TZID=Romance Standard Time:20250204T160000
UID:040000008200E00074C5B7101A82E00800000000F2A5C8D1E4E3DB01000000000000000
 010000000E9B2C5F8A1D44E7B3AF3A6C9E2B5D8F1
SUMMARY;LANGUAGE=es-ES:Entrevistas candidatos técnico PRL (bloque)
DTSTART;TZID=Romance Standard Time:20250205T160000
DTEND;TZID=Romance Standard Time:20250205T180000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250131T131544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Despacho PRL
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-block-override",
        hiring=True,
    ),
]
