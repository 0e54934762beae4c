"""holdout70 negatives: the user on the hiring side at Alimentos Valle Azul (part B)."""

from __future__ import annotations

from holdout70ev_ics import cal, item, outlook_uid

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
WIN = '"Central Standard Time (Mexico)"'


def events() -> list[dict[str, str]]:
    out = []

    uid = outlook_uid("h70-assessment-trainees")
    out.append(item("outlook-allday-assessment-evaluators", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Equipo evaluador:\n\nGracias por apoyar el Assessment Center del Programa Trainees Comerciales
        | 2025. Recibiremos a 18 candidatos recién egresados.\n\n8:30 Bienvenida y dinámica grupal\n10:30 Caso de m
        |arketing - evaluadora: Mariana Gutiérrez (Sala 2)\n12:30 Caso de ventas - evaluador: Julio Sandoval (Sala 3
        |)\n15:00 Entrevistas individuales\n17:00 Sesión de consenso\n\nLos formatos de evaluación estarán impresos
        | en cada sala.\n\nTalento Humano - Alimentos Valle Azul
        DTEND;VALUE=DATE:20250321
        DTSTAMP:20250310T154400Z
        DTSTART;VALUE=DATE:20250320
        LOCATION:Corporativo Santa Fe - Salas 1 a 4\, piso 4
        ORGANIZER;CN="Talento Humano AVA":mailto:talento@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandoval, Julio":mailto:julio.sandoval@al
        |imentos-valle-azul.com.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Assessment Center Trainees Comerciales 2025 - Evaluadores
        TRANSP:TRANSPARENT
        UID:{uid}
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-assessment-allday-es"))

    uid = outlook_uid("h70-calibracion")
    out.append(item("outlook-calibration", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Antes de iniciar entrevistas para Jefe de Marca Jr\, alineemos criterios: escala 1-4\, preguntas
        | por competencia y qué es un "4" en pensamiento analítico. 30 min.\n\nAdriana
        DTEND;TZID={WIN}:20250207T103000
        DTSTAMP:20250204T225101Z
        DTSTART;TZID={WIN}:20250207T100000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Solís, Adriana":mailto:adriana.solis@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ibarra, Roberto":mailto:roberto.ibarra@al
        |imentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Méndez, Karla":mailto:karla.mendez@alimen
        |tos-valle-azul.com.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Calibración de entrevistadores - Jefe de Marca Jr
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-calibration-es"))

    uid = outlook_uid("h70-final-carolina-fuentes")
    out.append(item("outlook-final-panel-director", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Carolina\, te esperamos para la entrevista final de Gerente de Marca Lácteos. Estaremos Marian
        |a Gutiérrez (Gerente de Marketing) y yo. Regístrate en recepción de Santa Fe.\n\nRoberto Ibarra\nDirector
        | de Marketing\nAlimentos Valle Azul
        DTEND;TZID={WIN}:20250327T180000
        DTSTAMP:20250321T001212Z
        DTSTART;TZID={WIN}:20250327T170000
        LOCATION:Oficina Dirección de Marketing - piso 5
        ORGANIZER;CN="Ibarra, Roberto":mailto:roberto.ibarra@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carolina Fuentes:mailto:carolina.fuentes.
        |mkt@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevista final - Gerente de Marca Lácteos - Carolina Fuentes
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-final-panel-hotmail-candidate-es"))

    uid = outlook_uid("h70-practicas-tec")
    out.append(item("outlook-university-candidate", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Hola Regina\, gracias por postularte a las prácticas profesionales en el área de Marketing de A
        |limentos Valle Azul (periodo agosto-diciembre). Platicamos 30 minutos por Teams.\n\nMariana Gutiérrez Sala
        |s\n\n@@TEAMS_ES:223 907 416 558|Ws8nKf|YmE2MzQy@@
        DTEND;TZID={WIN}:20250402T133000
        DTSTAMP:20250328T172010Z
        DTSTART;TZID={WIN}:20250402T130000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Gutiérrez Salas, Mariana":mailto:mgutierrez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=A01785523@tec.mx:mailto:A01785523@tec.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevista prácticas profesionales Marketing - Regina (Tec de Monterrey)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-university-es"))

    uid = outlook_uid("h70-caso-ivan-robles")
    out.append(item("outlook-candidate-case-evaluation", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Iván presenta su caso (relanzamiento de Galletas Valle Azul Avena) - 20 min + 25 min de pregun
        |tas. Evaluadoras: Mariana Gutiérrez y Karla Méndez. Formato de evaluación de caso adjunto.\n\nAdriana Solí
        |s | Talento Humano
        DTEND;TZID={WIN}:20250318T120000
        DTSTAMP:20250312T200533Z
        DTSTART;TZID={WIN}:20250318T111500
        LOCATION:Sala Maguey (piso 4)
        ORGANIZER;CN="Solís, Adriana":mailto:adriana.solis@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Méndez, Karla":mailto:karla.mendez@alimen
        |tos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iván Robles:mailto:ivan.robles.g@gmail.com
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=CDMX Sala Maguey (6):mailto:sala.maguey@alimentos-valle-azul.com.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Presentación de caso - candidato Brand Analyst (Iván Robles)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-case-es"))

    uid = "SF-ISCH-20250325-771988-AVA@successfactors.com"
    out.append(item("successfactors-interviewer-en", cal("-//SAP SuccessFactors//Interview Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250320T151103Z
        DTSTART:20250325T170000Z
        DTEND:20250325T173000Z
        SUMMARY:Interview Scheduled: Marketing Intern - Renata Ibarra (Requisition 3342)
        ORGANIZER;CN=Alimentos Valle Azul Recruiting:mailto:noreply@successfactors.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mgutierrez@alimentos-valle-azul.c
        |om.mx
        ATTENDEE;CN=Renata Ibarra;ROLE=REQ-PARTICIPANT:mailto:renata.ibarra.c@gmail.com
        LOCATION:Microsoft Teams
        DESCRIPTION:Dear Mariana Gutiérrez Salas\,\n\nYou have been scheduled as an interviewer.\n\nCandidate: Ren
        |ata Ibarra\nRequisition: Marketing Intern (3342)\nInterview type: Video interview\n\nPlease review the can
        |didate's resume and submit your feedback in the Interview Central tile after the interview.
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, False, trap="user-as-interviewer-successfactors-en"))

    uid = outlook_uid("h70-bloque-becarios")
    out.append(item("outlook-recurring-interview-block", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Bloque para entrevistar candidatos a becarios de verano (los agendan desde mi Calendly).
        DTEND;TZID={WIN}:20250318T180000
        DTSTAMP:20250308T002200Z
        DTSTART;TZID={WIN}:20250318T160000
        RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
        LOCATION:
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevistas becarios (bloque)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Movido por la junta de S&OP.
        RECURRENCE-ID;TZID={WIN}:20250401T160000
        DTEND;TZID={WIN}:20250401T120000
        DTSTAMP:20250327T164510Z
        DTSTART;TZID={WIN}:20250401T100000
        LOCATION:
        PRIORITY:5
        SEQUENCE:1
        SUMMARY;LANGUAGE=es-MX:Entrevistas becarios (bloque) - mañana
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, method="PUBLISH", tzs=("mx_win",)), uid, False, trap="user-as-interviewer-recurring-override-es"))

    uid = outlook_uid("h70-filtro-rodrigo")
    out.append(item("outlook-user-phone-screen", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Llamarle yo. CV que mandó Adriana (Jefe de Marca Jr). Validar sueldo actual\, inglés\, si tiene
        | experiencia con autoservicios.
        DTEND;TZID={WIN}:20250210T094500
        DTSTAMP:20250207T230017Z
        DTSTART;TZID={WIN}:20250210T093000
        LOCATION:Cel 55 2931 0047
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Llamada filtro - Rodrigo Peña
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, method="PUBLISH", tzs=("mx_win",)), uid, False, trap="user-as-interviewer-phone-screen-es"))

    uid = outlook_uid("h70-ximena-torres")
    out.append(item("outlook-hr-organized-hotmail-candidate", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Ximena\, te confirmamos tu entrevista para la vacante Brand Manager Jr. Te entrevistará Mariana
        | Gutiérrez\, Gerente de Marketing. Cualquier duda con gusto te apoyo.\n\nLizeth Campos\nReclutamiento - Ali
        |mentos Valle Azul\n\n@@TEAMS_ES:219 845 330 671|Tq5zJd|NzE5ZGYy@@
        DTEND;TZID={WIN}:20250305T113000
        DTSTAMP:20250228T190415Z
        DTSTART;TZID={WIN}:20250305T104500
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Campos, Lizeth":mailto:reclutamiento@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ximena.torres.v@hotmail.com:mailto:ximena.t
        |orres.v@hotmail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevista Brand Manager Jr - Ximena Torres / Mariana Gutiérrez
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-hr-organized-es"))

    uid = "0hs7a2mkb4t9q1pfle6n3vdr8c@google.com"
    out.append(item("google-user-interviews-referral", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250408T183000
        DTEND;TZID=America/Mexico_City:20250408T190000
        DTSTAMP:20250404T021155Z
        ORGANIZER;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz.salas@hotmail.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mariana Gutiérrez Salas;X-NU
        |M-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fer.rios.contenido@gmail
        |.com;X-NUM-GUESTS=0:mailto:fer.rios.contenido@gmail.com
        CREATED:20250404T021150Z
        DESCRIPTION:Fer\, ¡gracias por el tiempo! Paola me pasó tu CV para la vacante de Coordinadora de Contenido
        | en mi equipo de Valle Azul. Te mando esta liga desde mi correo personal porque en la oficina bloquean Mee
        |t. Platicamos media hora.\n\n@@MEET_ES:rgd-ujvx-bpa|188 405 962@@
        LAST-MODIFIED:20250404T021155Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Coordinadora de Contenido - Fernanda Ríos (referida por Paola)
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="user-as-interviewer-from-freemail-es"))

    return out
