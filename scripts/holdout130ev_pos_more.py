"""holdout130: more of the user's own interviews (Teamtailor and Workday in Spanish, Personio in English, an
Outlook "(UTC+01:00) …" zone in French, Zoom boilerplate in English, Webex in Spanish)."""

from holdout130ev_ics import GOOGLE, OUTLOOK, PERSONIO, TEAMTAILOR, WORKDAY, cal, item

MEF = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Andrade:mailto:" \
      "paula.andrade.epi@hotmail.com"

EVENTS = [
    item("teamtailor-tech-es", cal(rf"""
        UID:tt-meeting-4c2a9e81-7d3b-4f6e-a0c5-2b8d1e7f9a34
        DTSTART;TZID=America/Bogota:20251126T140000
        DTEND;TZID=America/Bogota:20251126T153000
        SUMMARY:Prueba técnica en vivo - Epidemióloga de Proyectos | Fundación Vida Plena
        DESCRIPTION:Hola Paula\,\n\nTe invitamos a la prueba técnica en vivo para el cargo Epidemióloga de
        | Proyectos. Recibirás una base de datos de vigilancia de sífilis congénita al inicio de la sesión.
        |\n\nEvaluadores: Juliana Montoya (Coordinadora de Evaluación) y Andrés Gaviria (Analista Senior)\n\nEnlace:
        | https://meet.google.com/fvp-ttec-nic\n\nSaludos\,\nEquipo de Talento - Fundación Vida Plena
        ORGANIZER;CN=Fundación Vida Plena:mailto:talento@fundacionvidaplena.org.co
        ATTENDEE;CN=Juliana Montoya:mailto:jmontoya@fundacionvidaplena.org.co
        ATTENDEE;CN=Andrés Gaviria:mailto:agaviria@fundacionvidaplena.org.co
        {MEF}
        """, TEAMTAILOR, tz=("bog",)), 1, "Fundación Vida Plena", "Epidemióloga de Proyectos", "technical",
        "jmontoya@fundacionvidaplena.org.co;agaviria@fundacionvidaplena.org.co", "teamtailor-tech-es"),

    item("workday-hm-es", cal(rf"""
        UID:WD-INTERVIEW-0000477310-2@pharmalux.wd5.myworkdayjobs.com
        DTSTART;TZID=America/Guayaquil:20251205T100000
        DTEND;TZID=America/Guayaquil:20251205T110000
        SUMMARY:Entrevista con el gerente de contratación - JR-22871 Especialista de Evidencia Médica
        LOCATION:Microsoft Teams
        DESCRIPTION:Estimada Paula:\n\nSe ha programado su entrevista para la vacante JR-22871 Especialista de
        | Evidencia Médica (Ecuador) en Laboratorios Pharmalux.\n\nEntrevistador: Dr. Esteban Larrea\, Gerente
        | Médico Región Andina\n\nEl enlace de Teams se encuentra en el Portal de Candidatos. No responda a este
        | mensaje automático.
        ORGANIZER;CN=Pharmalux Talent Acquisition:mailto:pharmalux@myworkday.com
        ATTENDEE;CN=Esteban Larrea:mailto:esteban.larrea@pharmalux.com
        {MEF}
        """, WORKDAY, tz=("gye",)), 1, "Laboratorios Pharmalux", "Especialista de Evidencia Médica (Ecuador)",
        "hiring_manager", "esteban.larrea@pharmalux.com", "workday-hm-es"),

    item("personio-en", cal(rf"""
        UID:personio-interview-5581-90211-1@healthsync.jobs.personio.de
        DTSTART;TZID=Europe/Berlin:20251111T170000
        DTEND;TZID=Europe/Berlin:20251111T173000
        SUMMARY:Interview: Epidemiologist (LATAM Markets) - first call
        DESCRIPTION:Hi Paula\,\n\nthanks for applying to HealthSync Europe. Let's have a first 30-minute call
        | with Lena Hoffmann (Talent Acquisition) to get to know each other.\n\nGoogle Meet: https://meet.google.co
        |m/hsy-lena-tal\n\nBest regards\,\nHealthSync Europe GmbH
        ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@healthsync.eu
        ATTENDEE;CN=Lena Hoffmann:mailto:lena.hoffmann@healthsync.eu
        {MEF}
        """, PERSONIO, tz=("ber",)), 1, "HealthSync Europe", "Epidemiologist (LATAM Markets)", "recruiter_screen",
        "lena.hoffmann@healthsync.eu", "personio-screen-en"),

    item("outlook-paris-fr", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000C3D4E5F60718DC01000000000000000010000000AB12CD34EF56
        SUMMARY;LANGUAGE=fr-FR:Entretien RH - Paula Andrade - Épidémiologiste (ISD)
        DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251119T170000
        DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251119T173000
        LOCATION:Appel Teams
        DESCRIPTION:Bonjour Paula\,\n\nComme convenu\, voici l'invitation pour notre premier échange RH concernant
        | le poste d'Épidémiologiste – projets Amérique latine à l'Institut Santé & Développement.\n\nBien à vous
        |\,\nMathilde Girard\nChargée de recrutement
        ORGANIZER;CN="Girard, Mathilde":mailto:m.girard@isd-paris.org
        ATTENDEE;CN=paula.andrade.epi@hotmail.com;RSVP=TRUE:mailto:paula.andrade.epi@hotmail.com
        """, OUTLOOK, tz=("paris1",)), 1, "Institut Santé & Développement", "Épidémiologiste – projets Amérique latine",
        "recruiter_screen", "m.girard@isd-paris.org", "outlook-paris-zone-fr"),

    item("zoom-skills-en", cal(rf"""
        DTSTART:20251208T200000Z
        DTEND:20251208T210000Z
        UID:zoom-3f8a1c2e9b@clearwateroutcomes.com
        ORGANIZER;CN=Jennifer Alvarez:mailto:jalvarez@clearwateroutcomes.com
        ATTENDEE;CN=Jennifer Alvarez:mailto:jalvarez@clearwateroutcomes.com
        {MEF}
        SUMMARY:Clearwater Outcomes Research - Methods interview (Paula Andrade)
        DESCRIPTION:Hi Paula\, this round focuses on epidemiologic methods (confounding\, propensity scores\,
        | survival analysis) for the Epidemiologist\, Outcomes Research role.\n\nJennifer Alvarez is inviting you
        | to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://clearwater.zoom.us/j/98123004471?pwd=Q2xl
        |YXJ3\n\nMeeting ID: 981 2300 4471\nPasscode: 773311\n\n---\n\nOne tap mobile\n+16469313860\,\,98123004471#
        | US
        """, GOOGLE), 1, "Clearwater Outcomes Research", "Epidemiologist, Outcomes Research", "technical",
        "jalvarez@clearwateroutcomes.com", "zoom-methods-en"),

    item("webex-panel-es", cal(rf"""
        UID:webex-meeting-2b7e4c9a1f3d@istp.org.pe
        DTSTART;TZID=America/Lima:20251211T150000
        DTEND;TZID=America/Lima:20251211T163000
        ORGANIZER;CN=Oficina de Personal ISTP:mailto:personal@istp.org.pe
        ATTENDEE;CN=Dr. Alberto Rojas:mailto:arojas@istp.org.pe
        ATTENDEE;CN=Dra. Karina Flores:mailto:kflores@istp.org.pe
        {MEF}
        SUMMARY:Entrevista personal (etapa final) - Investigador/a en Enfermedades Metaxénicas - Convocatoria CAS
        | 021-2025
        DESCRIPTION:Estimada postulante:\n\nSe le cita a la entrevista personal ante el comité evaluador (Dr.
        | Alberto Rojas\, Dra. Karina Flores) del Instituto de Salud Tropical del Perú.\n\nÚnase a la reunión de
        | Webex\nhttps://istp.webex.com/istp/j.php?MTID=m7a2b\nNúmero de reunión: 2551 443 8810\nContraseña:
        | Istp2025\n\nOficina de Personal
        """, GOOGLE, tz=("lim",)), 1, "Instituto de Salud Tropical del Perú",
        "Investigador/a en Enfermedades Metaxénicas", "final", "arojas@istp.org.pe;kflores@istp.org.pe",
        "webex-cas-panel-es"),
]
