"""holdout112: the user's own interviews, part C (Spanish ATS, booking links, founders)."""

from __future__ import annotations

from holdout112ev_core import (
    ME,
    ME_CN,
    P_EXCHANGE,
    P_GOOGLE,
    P_OUTLOOK,
    TZ_LONDON,
    TZ_MADRID,
    Ev,
    att,
    cal,
    meet,
    org,
    t,
    vev,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "calendly-evt-BFG7QK2H3XZ4MAGISTER"
    out.append(Ev("calendly-founder-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250311T170000Z",
        "DTEND:20250311T174500Z",
        org("rafa.magistersur@gmail.com", "Rafael Cordero"),
        att("rafa.magistersur@gmail.com", "Rafael Cordero", partstat="ACCEPTED", rsvp=False),
        att(ME, "Diego Fuentes"),
        t("SUMMARY", "Entrevista preparador/a Primaria entre Rafael Cordero y Diego Fuentes"),
        t("DESCRIPTION",
          "Nombre del evento: Entrevista preparador/a Primaria\n\nUbicación: Esta es una reunión de Google "
          "Meet. Los datos para la videollamada se proporcionarán en breve.\n\n¿Necesitas hacer cambios en "
          "este evento?\nCancelar: https://calendly.com/cancellations/2b7c-91fe\nReprogramar: "
          "https://calendly.com/reschedulings/2b7c-91fe\n\nCon tecnología de Calendly.com\n\n"
          "Preguntas:\n¿Qué especialidad preparas? Educación Primaria\nCentro: soy director de Academia "
          "Magister Sur, buscamos preparadores para el grupo de tarde."),
        "LOCATION:https://meet.google.com/syd-fzqa-hkb",
    )), uid, 1, "Academia Magister Sur", "preparador/a Primaria", "hiring_manager",
        "rafa.magistersur@gmail.com", "calendly-gmail-founder-es"))

    uid = "magister-clase-muestra-0318@gmail.com"
    out.append(Ev("zoom-lesson-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250318T200000",
        "DTEND;TZID=Europe/Madrid:20250318T203000",
        org("rafa.magistersur@gmail.com", "Rafael Cordero"),
        att("beamagister@gmail.com", "Beatriz Ledesma"),
        att(ME, ME_CN),
        t("SUMMARY", "Magister Sur: clase muestra (tema 12) – Diego"),
        t("DESCRIPTION",
          "Diego, expón 20 minutos del tema 12 como si fuera al grupo de opositores; Bea (jefa de estudios "
          "de la academia) y yo te hacemos preguntas después.\n\n"
          + zoom("Rafael Cordero", "93306112287", "UWxnZ0Zxbmt3", "510337")),
    ), tz=TZ_MADRID), uid, 1, "Academia Magister Sur", "", "technical",
        "rafa.magistersur@gmail.com;beamagister@gmail.com", "zoom-freemail-es"))

    uid = "calcom-8dHq2mYwR1-robokids"
    out.append(Ev("calcom-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250308T100000Z",
        "DTEND:20250308T102000Z",
        org("javier@robokids.academy", "Javier Olmedo"),
        att(ME, "Diego Fuentes Morillo"),
        t("SUMMARY", "Intro call: Robotics instructor (weekends) between Javier Olmedo and Diego Fuentes Morillo"),
        t("DESCRIPTION",
          "What: Intro call: Robotics instructor (weekends)\nInvitee Time Zone: Europe/Madrid\nWho:\n"
          "Javier Olmedo – Organizer\njavier@robokids.academy\nDiego Fuentes Morillo\n" + ME + "\n\n"
          "Where: Cal Video https://app.cal.com/video/8dHq2mYwR1\n\nAdditional notes: I teach primary and run "
          "a Scratch club at my school.\n\nNeed to make a change? Cancel or Reschedule"),
        "LOCATION:Cal Video",
    )), uid, 1, "RoboKids Academy", "Robotics instructor (weekends)", "", "javier@robokids.academy",
        "calcom-en"))

    uid = "tt-interview-88412-kidsolve@teamtailor.com"
    out.append(Ev("teamtailor-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250314T100000",
        "DTEND;TZID=Europe/Madrid:20250314T103000",
        org("no-reply@teamtailor-mail.com", "Kidsolve"),
        att("nuria.puig@kidsolve.com", "Núria Puig"),
        att(ME, ME_CN),
        t("SUMMARY", "Interview with Kidsolve"),
        t("DESCRIPTION",
          "Hi Diego!\n\nYou booked a 30 min video interview with Núria Puig (Talent Acquisition) for the role "
          "Math Content Editor – Primary (Spanish market).\n\nJoin: https://kidsolve.teamtailor.com/meetings/"
          "88412\n\nCan't make it? Change the time from the invitation link."),
    ), tz=TZ_MADRID), uid, 1, "Kidsolve", "Math Content Editor – Primary (Spanish market)", "recruiter_screen",
        "nuria.puig@kidsolve.com", "teamtailor-en"))

    uid = "lever-b8e21f04-kidsolve-task"
    out.append(Ev("lever-task-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250328T110000",
        "DTEND;TZID=Europe/Madrid:20250328T120000",
        org("no-reply@hire.lever.co", "Kidsolve"),
        att("oriol.ferrer@kidsolve.com", "Oriol Ferrer"),
        att("gemma.sola@kidsolve.com", "Gemma Solà"),
        att(ME, ME_CN),
        t("SUMMARY", "Prueba técnica: diseño de actividad – Diego Fuentes Morillo (Math Content Editor)"),
        t("DESCRIPTION",
          "Hola Diego,\n\nen esta sesión revisaremos contigo la actividad de cálculo mental que has diseñado "
          "para 3º de Primaria. Entrevistadores: Oriol Ferrer (Lead Content Editor) y Gemma Solà (Product "
          "Designer).\n\n" + meet("ktv-ruqa-mzj") + "\n\nEnviado con Lever"),
    ), tz=TZ_MADRID), uid, 1, "Kidsolve", "Math Content Editor", "technical",
        "oriol.ferrer@kidsolve.com;gemma.sola@kidsolve.com", "lever-es"))

    uid = "factorial-interview-77120@factorialhr.com"
    out.append(Ev("factorial-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250404T091500",
        "DTEND;TZID=Europe/Madrid:20250404T100000",
        org("no-reply@factorialhr.com", "Escuelas Infantiles Garabatos"),
        att("zona.sevilla@garabatos.es", "Cristina Benítez"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista – Coordinador/a pedagógico/a de zona (Garabatos)"),
        t("DESCRIPTION",
          "Hola Diego,\n\nCristina Benítez, directora de zona Sevilla de Escuelas Infantiles Garabatos, te "
          "espera para la entrevista del puesto de Coordinador/a pedagógico/a de zona.\n\nDirección: Escuela "
          "Infantil Garabatos Los Remedios, C/ Asunción 70.\n\nEnviado desde Factorial."),
        t("LOCATION", "Garabatos Los Remedios, C/ Asunción 70, Sevilla"),
    ), tz=TZ_MADRID), uid, 1, "Escuelas Infantiles Garabatos", "Coordinador/a pedagógico/a de zona",
        "hiring_manager", "zona.sevilla@garabatos.es", "factorial-es"))

    uid = "talentclue-ent-5521-aulanube"
    out.append(Ev("talentclue-es", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250409T160000",
        "DTEND;TZID=Europe/Madrid:20250409T170000",
        org("noreply@talentclue.com", "AulaNube"),
        att("hector.salas@aulanube.com", "Salas, Héctor", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Entrevista técnica – Formador/a de docentes (AulaNube)"),
        t("DESCRIPTION",
          "Hola Diego,\n\nTe convocamos a la entrevista técnica para la posición Formador/a de docentes. "
          "Prepara una mini-formación de 15 minutos sobre cómo crear una tarea con rúbrica en la plataforma. "
          "Te entrevistará Héctor Salas, responsable de Formación.\n\nLugar: oficinas AulaNube, Avda. de la "
          "Innovación 8, Edificio Arena 2, Sevilla.\n\nGestionado con Talent Clue."),
        t("LOCATION", "AulaNube – Edificio Arena 2, Sevilla"),
    ), tz=TZ_MADRID), uid, 1, "AulaNube", "Formador/a de docentes", "technical", "hector.salas@aulanube.com",
        "talentclue-es"))

    uid = "bizneo-c4a9-alminar-2025-03"
    out.append(Ev("bizneo-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250306T173000",
        "DTEND;TZID=Europe/Madrid:20250306T180000",
        org("noreply@bizneohr.com", "Colegio Alminar"),
        att("rrhh@colegioalminar.es", "Departamento de RR. HH."),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista telefónica – Maestro/a de Inglés Primaria – Colegio Alminar"),
        t("DESCRIPTION",
          "Estimado Diego:\n\nLe confirmamos la entrevista telefónica con el departamento de Recursos Humanos "
          "del Colegio Alminar (Dos Hermanas). Le llamaremos al teléfono que figura en su candidatura.\n\n"
          "Bizneo HR"),
        "LOCATION:Llamada telefónica",
    ), tz=TZ_MADRID), uid, 1, "Colegio Alminar", "Maestro/a de Inglés Primaria", "recruiter_screen",
        "rrhh@colegioalminar.es", "bizneo-phone-es"))

    uid = "zr_6011000002441_interview@zohorecruit.eu"
    out.append(Ev("zoho-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/London:20250316T180000",
        "DTEND;TZID=Europe/London:20250316T183000",
        org("recruit@brightpathtutors.co.uk", "BrightPath Tutors"),
        att("amelia.grant@brightpathtutors.co.uk", "Grant, Amelia", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Interview Scheduled: Online Spanish Tutor (KS1–KS3) – BrightPath Tutors"),
        t("DESCRIPTION",
          "Dear Diego,\n\nYour interview has been scheduled.\nInterviewer: Amelia Grant, Tutor Quality Lead\n"
          "Type: Online – Zoom\n\n" + zoom("Amelia Grant", "86530441729", "YnJpZ2h0cGF0aA", "220193", "en")
          + "\nPlease have a short sample activity ready.\n\nSent from Zoho Recruit"),
    ), tz=TZ_LONDON), uid, 1, "BrightPath Tutors", "Online Spanish Tutor (KS1–KS3)", "",
        "amelia.grant@brightpathtutors.co.uk", "zoho-recruit-en"))

    uid = "7mfb1o2p3q4r5s6t7u8v9w0x1y@google.com"
    out.append(Ev("google-appointment-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250307T103000",
        "DTEND;TZID=Europe/Madrid:20250307T110000",
        org("ludotecapompas@gmail.com", "Ludoteca Pompas"),
        att("ludotecapompas@gmail.com", "Ludoteca Pompas", partstat="ACCEPTED", rsvp=False),
        att(ME, ME_CN, partstat="ACCEPTED"),
        t("SUMMARY", "Entrevista monitor/a fines de semana (Diego Fuentes Morillo)"),
        t("DESCRIPTION",
          "Reservado por\nDiego Fuentes Morillo\n" + ME + "\n\nCita reservada con la agenda de citas de Google "
          "Calendar de Ludoteca Pompas.\n\nNota: hablarás con Maite, la dueña, en la propia ludoteca (C/ "
          "Virgen de Luján 17)."),
        t("LOCATION", "Ludoteca Pompas, C/ Virgen de Luján 17, Sevilla"),
    ), tz=TZ_MADRID), uid, 1, "Ludoteca Pompas", "monitor/a fines de semana", "",
        "ludotecapompas@gmail.com", "google-appointment-es"))

    uid = "5u1q7r9s3t0v2w4x6y8z@google.com"
    out.append(Ev("founder-gmail-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250315T110000",
        "DTEND;TZID=Europe/Madrid:20250315T120000",
        org("irene.montalban.dev@gmail.com", "Irene Montalbán"),
        att("irene.montalban.dev@gmail.com", "Irene Montalbán", partstat="ACCEPTED", rsvp=False),
        att("hugo.sanz.code@gmail.com", "Hugo Sanz"),
        att(ME, ME_CN),
        t("SUMMARY", "Diego x Irene & Hugo – charla"),
        t("DESCRIPTION",
          "¡Hola Diego! Como te dije por LinkedIn, Hugo y yo estamos montando Lecturitas, una app de lectura "
          "para 1º y 2º de Primaria, y buscamos a nuestro primer maestro en el equipo (media jornada, "
          "contenidos y pilotos con coles). Queremos hacerte una primera entrevista, informal, y contarte el "
          "puesto. Café en La Fábrica de "
          "Hielo o por Meet, como prefieras.\n\n" + meet("ugy-psob-avq")),
        "LOCATION:Café La Fábrica de Hielo / Meet",
    ), tz=TZ_MADRID), uid, 1, "Lecturitas", "maestro (contenidos y pilotos)", "",
        "irene.montalban.dev@gmail.com;hugo.sanz.code@gmail.com", "founder-gmail-body-only-es"))
    uid = "AAMkADBkNjE0LWJvb2tpbmdzLXNhbnRlbG1vAEYAAAAAbk9Yc2VsZWNjaW9u"
    out.append(Ev("bookings-es", cal(P_EXCHANGE, vev(
        uid,
        "DTSTART:20250325T090000Z",
        "DTEND:20250325T094500Z",
        org("EntrevistasSanTelmo@santelmomontequinto.es", "Entrevistas San Telmo"),
        att("subdireccion@santelmomontequinto.es", "Alfonso Pineda", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Entrevista de selección – Maestro/a Primaria bilingüe con Alfonso Pineda"),
        t("DESCRIPTION",
          "Su reserva está confirmada.\n\nServicio: Entrevista de selección – Maestro/a Primaria bilingüe\n"
          "Personal: Alfonso Pineda\nLugar: Colegio San Telmo, Av. de las Universidades 6, Dos Hermanas\n\n"
          "¿Necesita hacer cambios? Administre su reserva en Microsoft Bookings."),
        t("LOCATION", "Colegio San Telmo, Av. de las Universidades 6, Dos Hermanas"),
    )), uid, 1, "Colegio San Telmo Montequinto", "Maestro/a Primaria bilingüe", "",
        "subdireccion@santelmomontequinto.es", "ms-bookings-es"))
    return out
