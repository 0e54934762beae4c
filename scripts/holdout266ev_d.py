# ruff: noqa: E501, W291, W293, RUF100
"""holdout266 events, part d: other negatives (trade meetings, personal appointments, look-alikes)."""

from holdout266ev_c import negative
from holdout266ev_zones import (
    GOOGLE_FOOTER_EN,
    GOOGLE_FOOTER_ES,
    TEAMS_DE,
    TEAMS_EN,
    TEAMS_ES,
    TZ_BOGOTA,
    TZ_SA_PACIFIC,
    TZ_W_EUROPE,
    ZOOM_ES,
    fold,
)


def outlook(uid, organizer, attendees, summary, start, end, location, description, lang="es-CO", extra=""):
    """An Exchange invite in the SA Pacific Windows zone, as the user's work calendar receives it."""
    return fold(f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;{organizer}
{attendees}
DESCRIPTION;LANGUAGE={lang}:{description}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID=SA Pacific Standard Time:{start}
DTEND;TZID=SA Pacific Standard Time:{end}
{extra}DTSTAMP:20240920T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")


ME_WORK = 'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co'


def ios(uid, summary, start, end, extra=""):
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20241201T000000Z
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
{extra}END:VEVENT
END:VCALENDAR
"""


EVENTS = [
    negative(
        "outlook-recurring",
        "040000008200E00074C5B7101A82E00800000000A1A1A1A1A1A1DB0100000000000000001000000011111111222222223333333344444444",
        outlook(
            "040000008200E00074C5B7101A82E00800000000A1A1A1A1A1A1DB0100000000000000001000000011111111222222223333333344444444",
            'CN="Mesa, Beatriz":mailto:bmesa@contactoandino.com.co',
            ME_WORK + "\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nicole Harper:mailto:nharper@fintrust.example.com",
            "Calibración semanal de calidad - Fintrust",
            "20240905T150000",
            "20240905T160000",
            "Reunión de Microsoft Teams",
            r"Calibración con el cliente: escuchamos 4 llamadas (2 de cobro\, 2 de fraude)\, cada uno califica con la matriz PEC/PENC y comparamos desviaciones. Meta: desviación < 5 puntos."
            + TEAMS_ES.format(meeting="Y2FsaWJyYWNpb24t", meeting_id="262 004 771 338", passcode="Qa1cL7"),
            extra="RRULE:FREQ=WEEKLY;BYDAY=TH;INTERVAL=1\n",
        ),
        "quality-calibration-recurring-client",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000B2B2B2B2B2B2DB0100000000000000001000000022222222333333334444444455555555",
        outlook(
            "040000008200E00074C5B7101A82E00800000000B2B2B2B2B2B2DB0100000000000000001000000022222222333333334444444455555555",
            'CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co',
            'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Arboleda, Mariana":mailto:marboleda@contactoandino.com.co',
            "Escuchas + retroalimentación Mariana A.",
            "20241002T110000",
            "20241002T113000",
            "Cubículo coaching piso 4",
            r"Sesión de escucha de 3 llamadas con nota < 80 y plan de mejora (saludo\, validación de identidad\, cierre). Firmar acta de retroalimentación.",
        ),
        "quality-listening-coaching-with-agent",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000C3C3C3C3C3C3DB0100000000000000001000000033333333444444445555555566666666",
        outlook(
            "040000008200E00074C5B7101A82E00800000000C3C3C3C3C3C3DB0100000000000000001000000033333333444444445555555566666666",
            'CN="Henao, Alejandro":mailto:ahenao@contactoandino.com.co',
            ME_WORK
            + "\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nicole Harper:mailto:nharper@fintrust.example.com"
            + "\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Greg Summers:mailto:gsummers@fintrust.example.com"
            + "\nATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala Clientes P5:mailto:salaclientes.p5@contactoandino.com.co",
            "Visita cliente Fintrust - recorrido por piso y QBR",
            "20241009T090000",
            "20241009T130000",
            "Sala Clientes P5",
            r"Agenda: 9:00 recorrido por la operación (Valentina presenta su equipo y el tablero de indicadores)\, 10:00 QBR (SLA\, AHT\, FCR\, NPS)\, 12:00 almuerzo.",
        ),
        "client-visit-floor-tour-qbr",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000D4D4D4D4D4D4DB0100000000000000001000000044444444555555556666666677777777",
        outlook(
            "040000008200E00074C5B7101A82E00800000000D4D4D4D4D4D4DB0100000000000000001000000044444444555555556666666677777777",
            'CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co',
            'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Londoño, Kevin Andrés":mailto:klondono@contactoandino.com.co\nATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co',
            "Entrevista de retiro - Kevin Londoño",
            "20241016T163000",
            "20241016T170000",
            "Sala 2 piso 5",
            r"Entrevista de retiro (exit interview) del asesor Kevin Londoño\, último día 18/10. Formato FO-GH-031: motivos de retiro\, clima\, recomendaciones.",
        ),
        "exit-interview-with-leaving-agent",
    ),
    negative(
        "ios-hand-typed",
        "1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9",
        ios(
            "1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9",
            "Entrevista consular visa americana 🇺🇸",
            "20241024T073000",
            "20241024T100000",
            r"""LOCATION:Embajada de EE.UU.\, Bogotá
DESCRIPTION:llevar pasaporte\, DS-160 impreso\, cartas laborales y extractos. vuelo 5am
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P1D
END:VALARM
""",
        ),
        "consular-visa-interview",
    ),
    negative(
        "google-export",
        "3p6s9v2y5b8e1h4k7n0q3t6w9z@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familia Ríos
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
DTSTART:20241030T130000Z
DTEND:20241030T140000Z
DTSTAMP:20250301T153000Z
UID:3p6s9v2y5b8e1h4k7n0q3t6w9z@google.com
DESCRIPTION:Entrevista de admisión de Mateo (transición) en el Colegio San 
 Gabriel. Vamos Lina y yo. Llevar registro civil y carné de vacunas.
LOCATION:Colegio San Gabriel\, Envigado
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista colegio Mateo (sobrino)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "school-admission-interview-nephew",
    ),
    negative(
        "google-invite",
        "5r8u1x4a7d0g3j6m9p2s5v8y1b@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241105T233000Z
DTEND:20241106T003000Z
DTSTAMP:20241101T120000Z
ORGANIZER;CN=Paula Jiménez:mailto:paulajimenez.mentora@gmail.com
UID:5r8u1x4a7d0g3j6m9p2s5v8y1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Simulacro de entrevista para tus procesos de gerente de operaciones: te hago preguntas por competencias (STAR)\, una pregunta de caso de dimensionamiento y te doy feedback. Trae tu pitch de 2 minutos.{GOOGLE_FOOTER_ES.format(meet='pjm-simu-ent')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulacro de entrevista Vale 💪
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "mock-interview-with-mentor",
    ),
    negative(
        "zoom-webinar",
        "zm-webinar-88120045561@zoom.us",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{TZ_BOGOTA}
BEGIN:VEVENT
DTSTAMP:20241108T140000Z
DTSTART;TZID=America/Bogota:20241113T180000
DTEND;TZID=America/Bogota:20241113T190000
SUMMARY:Webinar: Cómo preparar tu entrevista por competencias (Computrabajo Academy)
UID:zm-webinar-88120045561@zoom.us
DESCRIPTION:Gracias por registrarte en el webinar "Cómo preparar tu entrevista por competencias". Aprende a responder con el método STAR y a negociar salario.{ZOOM_ES.format(host='ctacademy', meeting='88120045561', meeting_id='881 2004 5561', passcode='STAR')}
LOCATION:https://ctacademy.zoom.us/j/88120045561
ORGANIZER;CN=Computrabajo Academy:mailto:academy@computrabajo-mailer.com.co
END:VEVENT
END:VCALENDAR
"""),
        "webinar-about-interviewing-job-board-brand",
    ),
    negative(
        "google-recurring",
        "8u1x4a7d0g3j6m9p2s5v8y1b4e@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Valentina personal
X-WR-TIMEZONE:America/Bogota
BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20241002T190000
DTEND;TZID=America/Bogota:20241002T203000
RRULE:FREQ=WEEKLY;WKST=MO;COUNT=12;BYDAY=MO,WE
DTSTAMP:20250301T153000Z
UID:8u1x4a7d0g3j6m9p2s5v8y1b4e@google.com
DESCRIPTION:Business English C1 - módulo "Job interviews & negotiation". Pr
 ofe Mark. Tarea: grabar respuesta a "Tell me about yourself".
LOCATION:Centro Colombo Americano\, sede El Poblado
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase inglés - Interview skills
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20241016T180000
DTEND;TZID=America/Bogota:20241016T193000
DTSTAMP:20250301T153000Z
UID:8u1x4a7d0g3j6m9p2s5v8y1b4e@google.com
RECURRENCE-ID;TZID=America/Bogota:20241016T190000
DESCRIPTION:hoy mock interviews en parejas entre compañeros de clase
LOCATION:Centro Colombo Americano\, sede El Poblado
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Clase inglés - Interview skills (mock interviews en parejas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "english-class-on-interviews-recurring-override",
    ),
    negative(
        "outlook-desktop",
        "ec-2024-1112-entrevista-bpo@elcolombiano-redaccion.co",
        fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=Valentina Ríos;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
CLASS:PUBLIC
DESCRIPTION:Hola Valentina\, gracias por aceptar. Es para el especial "Medellín\, capital de los call centers bilingües": te entrevisto unos 30 minutos sobre cómo es liderar un equipo de agentes\, rotación y salarios. Va con foto.\n\nJuan Esteban Marulanda\nPeriodista - sección Economía\n
DTSTART:20241112T170000Z
DTEND:20241112T173000Z
DTSTAMP:20241108T160000Z
LOCATION:Café Velvet\, Provenza
ORGANIZER;CN="Marulanda, Juan Esteban":mailto:jemarulanda@elcolombiano-redaccion.co
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista El Colombiano - especial BPO
UID:ec-2024-1112-entrevista-bpo@elcolombiano-redaccion.co
END:VEVENT
END:VCALENDAR
"""),
        "press-interview-user-is-source",
    ),
    negative(
        "google-invite",
        "9v2y5b8e1h4k7n0q3t6w9z2c5f@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241120T230000Z
DTEND:20241121T000000Z
DTSTAMP:20241115T120000Z
ORGANIZER;CN=Laura Sofía Vanegas:mailto:lsvanegas@udea-posgrados.edu.co
UID:9v2y5b8e1h4k7n0q3t6w9z2c5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Entrevista semiestructurada para mi tesis de Maestría en Psicología Organizacional: "Desgaste emocional en líderes de contact center". Se grabará con tu consentimiento informado (te lo envié por correo).{GOOGLE_FOOTER_ES.format(meet='udea-tesis-vr')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista tesis maestría - líderes de contact center
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "research-interview-thesis-participant",
    ),
    negative(
        "ios-hand-typed",
        "2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901",
        ios(
            "2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901",
            "café con Juli Pérez (WFM en Pulso) - networking",
            "20241123T100000",
            "20241123T113000",
            "LOCATION:Café Pergamino Laureles\nDESCRIPTION:preguntarle cómo es trabajar allá y si saben de vacantes de jefe WFM\n",
        ),
        "informational-coffee-names-target-company",
    ),
    negative(
        "google-export",
        "0w3z6c9f2i5l8o1r4u7x0a3d6g@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Búsqueda de empleo 2024
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
DTSTART;VALUE=DATE:20241128
DTEND;VALUE=DATE:20241129
DTSTAMP:20250301T153000Z
UID:0w3z6c9f2i5l8o1r4u7x0a3d6g@google.com
DESCRIPTION:Feria laboral BPO & tecnología. 40 empresas. Llevar 15 hojas d
 e vida impresas. Ir después del turno.
LOCATION:Plaza Mayor\, Medellín
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria laboral BPO Plaza Mayor
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "job-fair-as-job-seeker-all-day",
    ),
    negative(
        "google-invite",
        "4a7d0g3j6m9p2s5v8y1b4e7h0k@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241203T210000Z
DTEND:20241203T211500Z
DTSTAMP:20241202T150000Z
ORGANIZER;CN=Verificación de referencias - Banco Cordillera:mailto:referencias@bancocordillera.com.co
UID:4a7d0g3j6m9p2s5v8y1b4e7h0k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=vrios@contactoandino.com.co;X-NUM-GUESTS=0:mailto:vrios@contactoandino.com.co
DESCRIPTION:Buenas tardes\, la candidata Daniela Henao Ruiz la registró como referencia laboral (jefe inmediata 2022-2024). Le agradecemos 15 minutos para una llamada de verificación.{GOOGLE_FOOTER_ES.format(meet='bco-ref-dhr')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencia laboral - Daniela Henao Ruiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "reference-call-user-is-referee-at-employer-she-applied-to",
    ),
    negative(
        "ios-hand-typed",
        "3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B",
        ios(
            "3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B",
            "preparar entrevista Tiendamás - casos STAR + números CSAT",
            "20241112T193000",
            "20241112T210000",
            "DESCRIPTION:repasar caso devoluciones\\, armar slides\\, practicar en voz alta\n",
        ),
        "prep-block-names-employer",
    ),
    negative(
        "ios-hand-typed",
        "4D5E6F70-8192-43A4-B5C6-D7E8F90A1B2C",
        ios(
            "4D5E6F70-8192-43A4-B5C6-D7E8F90A1B2C",
            "mandar correo de agradecimiento a Conectia (Sr. Jaramillo)",
            "20241015T190000",
            "20241015T191500",
            "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Reminder\nTRIGGER:PT0S\nEND:VALARM\n",
        ),
        "thank-you-note-reminder-names-interviewer",
    ),
    negative(
        "google-invite",
        "6c9f2i5l8o1r4u7x0a3d6g9j2m@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250115T170000Z
DTEND:20250115T173000Z
DTSTAMP:20250113T160000Z
ORGANIZER;CN=Laura Restrepo:mailto:laura.restrepo@nexumsearch.co
UID:6c9f2i5l8o1r4u7x0a3d6g9j2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Hola Valentina\, te vi en LinkedIn. Tengo varias búsquedas abiertas en el sector BPO (algunas confidenciales) y me gustaría conocerte y entender qué buscas para tenerte en cuenta. No es para una vacante específica todavía.{GOOGLE_FOOTER_ES.format(meet='nxs-intro-vr')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valentina / Laura (Nexum Search) - presentación
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "headhunter-intro-no-employer-named",
    ),
    negative(
        "outlook-german",
        "040000008200E00074C5B7101A82E00800000000E5E5E5E5E5E5DB0100000000000000001000000055555555666666667777777788888888",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Krüger, Jonas":mailto:jonas.krueger@hausbrot-versand.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Henao, Alejandro":mailto:ahenao@contactoandino.com.co
DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\,\n\nzum Start des spanischsprachigen Kundenservice aus Medellín: Vorstellung des Teams von Contacto Andino\, Abstimmung der KPIs und Eskalationswege. Frau Ríos stellt ihr Team vor (Gespräch auf Englisch).\n\nViele Grüße\nJonas Krüger{TEAMS_DE.format(meeting='S2lja29mZi1IYXVz', meeting_id='399 120 447 018', passcode='Hb6kZ2')}
UID:040000008200E00074C5B7101A82E00800000000E5E5E5E5E5E5DB0100000000000000001000000055555555666666667777777788888888
SUMMARY;LANGUAGE=de-DE:Kick-off Hausbrot Versand – Vorstellung Team Medellín
DTSTART;TZID=W. Europe Standard Time:20250128T160000
DTEND;TZID=W. Europe Standard Time:20250128T170000
DTSTAMP:20250122T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
        "german-client-kickoff-vorstellung-team",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000F6F6F6F6F6F6DB0100000000000000001000000066666666777777778888888899999999",
        outlook(
            "040000008200E00074C5B7101A82E00800000000F6F6F6F6F6F6DB0100000000000000001000000066666666777777778888888899999999",
            'CN="Henao, Alejandro":mailto:ahenao@contactoandino.com.co',
            ME_WORK,
            "Evaluación de desempeño 2024 - Valentina Ríos",
            "20250116T140000",
            "20250116T150000",
            "Oficina Dirección de Operaciones",
            r"Conversación anual de desempeño: resultados de indicadores del equipo\, evaluación 360\, plan de desarrollo 2025 y objetivos. Traer tu autoevaluación diligenciada.",
        ),
        "own-performance-review-with-boss",
    ),
    negative(
        "outlook-french",
        "af-2025-test-niveau-7731@alliancefrancaise-med.example.org",
        fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=Valentina Ríos;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Bonjour\,\n\nVotre entretien de positionnement (test oral de niveau) pour les cours de français du semestre est confirmé. Durée : 20 minutes.\n\nAlliance Française de Medellín\n
DTSTART;TZID="SA Pacific Standard Time":20250201T090000
DTEND;TZID="SA Pacific Standard Time":20250201T092000
DTSTAMP:20250127T150000Z
LOCATION:Alliance Française\, Cra 49 #44-94
ORGANIZER;CN=Alliance Française Medellín:mailto:cours@alliancefrancaise-med.example.org
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien de positionnement – cours de français
UID:af-2025-test-niveau-7731@alliancefrancaise-med.example.org
END:VEVENT
END:VCALENDAR
"""),
        "french-entretien-language-placement",
    ),
    negative(
        "thunderbird-hand-typed",
        "f5a6b7c8-d9e0-4f1a-b2c3-d4e5f6a7b8c9",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250203T020000Z
LAST-MODIFIED:20250203T020000Z
DTSTAMP:20250203T020000Z
UID:f5a6b7c8-d9e0-4f1a-b2c3-d4e5f6a7b8c9
SUMMARY:entrevista en el banco x el crédito de vivienda (asesora Marcela)
DTSTART:20250207T120000
DTEND:20250207T130000
LOCATION:Banco Cordillera oficina Laureles
DESCRIPTION:llevar certificado laboral\, desprendibles de nómina\, extractos
END:VEVENT
END:VCALENDAR
""",
        "mortgage-interview-at-bank-she-applied-to",
    ),
    negative(
        "ios-hand-typed",
        "5E6F7081-92A3-44B5-C6D7-E8F90A1B2C3D",
        ios(
            "5E6F7081-92A3-44B5-C6D7-E8F90A1B2C3D",
            "Camilo (hermano) entrevista de trabajo en Atlas CX - prestarle el portátil",
            "20250211T080000",
            "20250211T090000",
            "DESCRIPTION:es para agente bilingüe. repasar con él el inglés el domingo\n",
        ),
        "family-member-interview-at-users-target-company",
    ),
    negative(
        "outlook-recurring",
        "040000008200E00074C5B7101A82E0080000000017171717171717DB010000000000000000100000007777777788888888999999990000000",
        outlook(
            "040000008200E00074C5B7101A82E0080000000017171717171717DB010000000000000000100000007777777788888888999999990000000",
            'CN="Henao, Alejandro":mailto:ahenao@contactoandino.com.co',
            ME_WORK,
            "1:1 Alejandro / Valentina",
            "20240910T080000",
            "20240910T083000",
            "Oficina Dirección de Operaciones",
            r"Seguimiento semanal: indicadores de la cuenta\, ausentismo\, escalamientos\, temas de personal.",
            extra="RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=1\n",
        ),
        "recurring-one-on-one-with-boss",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E0080000000018181818181818DB01000000000000000010000000888888889999999900000000AAAAAAA",
        outlook(
            "040000008200E00074C5B7101A82E0080000000018181818181818DB01000000000000000010000000888888889999999900000000AAAAAAA",
            'CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co',
            ME_WORK
            + '\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gómez, Wilmar":mailto:wgomez@contactoandino.com.co',
            "Capacitación líderes: técnicas de entrevista por competencias",
            "20241008T140000",
            "20241008T170000",
            "Sala Capacitación 2",
            r"Taller obligatorio para team leaders: entrevista conductual\, método STAR\, sesgos del entrevistador y uso de la rúbrica. Dicta: consultora externa Talentum.",
        ),
        "training-for-leaders-on-interviewing",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E0080000000019191919191919DB01000000000000000010000000999999990000000AAAAAAAABBBBBBB",
        outlook(
            "040000008200E00074C5B7101A82E0080000000019191919191919DB01000000000000000010000000999999990000000AAAAAAAABBBBBBB",
            'CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co',
            'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Planeación, Equipo":mailto:planeacion@contactoandino.com.co',
            "Revisión pronóstico y dimensionamiento diciembre",
            "20241119T100000",
            "20241119T110000",
            "Reunión de Microsoft Teams",
            r"Revisar forecast de volumen\, curva intradía y mallas de turnos para temporada navideña. Definir horas extra y refuerzos."
            + TEAMS_ES.format(meeting="cGxhbmVhY2lvbi0x", meeting_id="254 660 113 809", passcode="Wf8dN2"),
        ),
        "wfm-forecast-meeting",
    ),
    negative(
        "google-invite",
        "7d0g3j6m9p2s5v8y1b4e7h0k3n@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241204T150000Z
DTEND:20241204T170000Z
DTSTAMP:20241129T120000Z
ORGANIZER;CN=Beatriz Mesa:mailto:bmesa@contactoandino.com.co
UID:7d0g3j6m9p2s5v8y1b4e7h0k3n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valentina Ríos Cárdenas;X-NUM-GUESTS=0:mailto:vrios@contactoandino.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nicole Harper;X-NUM-GUESTS=0:mailto:nharper@fintrust.example.com
DESCRIPTION:Voice of Customer: Valentina and Nicole interview 6 detractor customers (NPS 0-6) by phone to understand pain points in the card-activation flow. Use the VoC interview guide v2.{GOOGLE_FOOTER_EN.format(meet='voc-detr-int')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VoC customer interviews - detractors (Fintrust)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "customer-research-interviews-voc",
    ),
    negative(
        "ios-hand-typed",
        "6F708192-A3B4-45C6-D7E8-F90A1B2C3D4E",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6F708192-A3B4-45C6-D7E8-F90A1B2C3D4E
DTSTAMP:20241201T000000Z
DTSTART;VALUE=DATE:20241214
DTEND;VALUE=DATE:20241215
SUMMARY:Cumple mamá 🎂
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR
""",
        "all-day-yearly-birthday",
    ),
    negative(
        "ios-hand-typed",
        "708192A3-B4C5-46D7-E8F9-0A1B2C3D4E5F",
        ios(
            "708192A3-B4C5-46D7-E8F9-0A1B2C3D4E5F",
            "Cita EPS - entrevista con psicología (control)",
            "20250122T070000",
            "20250122T074500",
            "LOCATION:Sonríe Salud IPS Laureles\n",
        ),
        "health-appointment-entrevista-at-employer-she-applied-to",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E008000000001A1A1A1A1A1A1ADB01000000000000000010000000AAAAAAAABBBBBBBBCCCCCCCCDDDDDDD",
        outlook(
            "040000008200E00074C5B7101A82E008000000001A1A1A1A1A1A1ADB01000000000000000010000000AAAAAAAABBBBBBBBCCCCCCCCDDDDDDD",
            'CN="Patiño, Sergio":mailto:spatino@contactoandino.com.co',
            ME_WORK,
            "Inducción nueva ola de agentes Helix - bienvenida del team leader",
            "20250203T070000",
            "20250203T090000",
            "Sala Capacitación 3",
            r"Primer día de los 20 agentes contratados en la ola de enero: bienvenida\, reglamento\, presentación de la cuenta y del team leader (Valentina). Luego formación inicial con Sergio.",
        ),
        "onboarding-new-hires-welcome",
    ),
    negative(
        "teams-invite",
        "040000008200E00074C5B7101A82E008000000001B1B1B1B1B1B1BDB01000000000000000010000000BBBBBBBBCCCCCCCCDDDDDDDDEEEEEEE",
        outlook(
            "040000008200E00074C5B7101A82E008000000001B1B1B1B1B1B1BDB01000000000000000010000000BBBBBBBBCCCCCCCCDDDDDDDDEEEEEEE",
            'CN=Nicole Harper:mailto:nharper@fintrust.example.com',
            ME_WORK
            + '\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mesa, Beatriz":mailto:bmesa@contactoandino.com.co',
            "Monthly QA Review & Agent Spotlight interview - Fintrust x Contacto Andino",
            "20250225T100000",
            "20250225T110000",
            "Microsoft Teams Meeting",
            r"Monthly QA review. At the end\, Nicole does a 10-min spotlight interview with Valentina's top agent (Juan Pablo) for the Fintrust newsletter."
            + TEAMS_EN.format(meeting="cWFyZXZpZXctZmlu", meeting_id="318 770 266 405", passcode="Qr4sP1"),
            lang="en-US",
        ),
        "client-qa-review-spotlight-interview-of-agent",
    ),
    negative(
        "ios-hand-typed",
        "8192A3B4-C5D6-47E8-F90A-1B2C3D4E5F60",
        ios(
            "8192A3B4-C5D6-47E8-F90A-1B2C3D4E5F60",
            "actualizar HV en Magneto y elempleo + aplicar a 5 vacantes",
            "20241006T100000",
            "20241006T120000",
        ),
        "job-search-admin-block",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E008000000001C1C1C1C1C1C1CDB01000000000000000010000000CCCCCCCCDDDDDDDDEEEEEEEEFFFFFFF",
        outlook(
            "040000008200E00074C5B7101A82E008000000001C1C1C1C1C1C1CDB01000000000000000010000000CCCCCCCCDDDDDDDDEEEEEEEEFFFFFFF",
            'CN="Mesa, Beatriz":mailto:bmesa@contactoandino.com.co',
            ME_WORK,
            "Comité de calidad mensual - cierre de enero",
            "20250205T150000",
            "20250205T163000",
            "Sala Juntas Gerencia P5",
            r"Resultados de monitoreo\, errores críticos (PEC)\, planes de acción por team leader y casos para escuchas del mes.",
        ),
        "monthly-quality-committee",
    ),
    negative(
        "ios-hand-typed",
        "92A3B4C5-D6E7-48F9-0A1B-2C3D4E5F6071",
        ios(
            "92A3B4C5-D6E7-48F9-0A1B-2C3D4E5F6071",
            "odontólogo - limpieza",
            "20250215T090000",
            "20250215T100000",
            "LOCATION:Consultorio Dra. Uribe\\, Cl 33 #76-20\n",
        ),
        "personal-dentist-appointment",
    ),
]
