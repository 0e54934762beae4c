"""holdout41: negatives where the user sits on the hiring side at Hoteles Costabella."""

from __future__ import annotations

from holdout41ev_ics import (
    ME_PRIV,
    ME_WORK,
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_IOS,
    PROD_O365,
    PROD_OUTLOOK,
    ROMANCE,
    TZ_MADRID,
    Ev,
    att,
    esc,
    meet,
    mk,
    ms_extra,
    org,
    room,
    teams_es,
    tz_windows,
    zoom,
)

ST = "DTSTAMP:20261120T080000Z"
U = "user_as_interviewer"
N = (0, "", "", "", "", U)
W = tz_windows(ROMANCE)


def build() -> list[Ev]:
    o: list[Ev] = []
    mk(o, "es-hr-invites-user", "040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DC01000000000000000010000000"
       "11112222333344445555666677778888", N, PROD_OUTLOOK, [
        org("rrhh@hoteles-costabella.es", "RRHH Hoteles Costabella"),
        att(ME_WORK, "Villalobos, Andrés"), att("laura.gomez.mlg@gmail.com", "Laura Gómez"),
        room("sala.alcazaba@hoteles-costabella.es", "Sala Alcazaba - Oficinas Centrales"),
        "SUMMARY;LANGUAGE=es-ES:Entrevista candidata Revenue Analyst - Laura Gómez",
        "DTSTART;TZID=" + ROMANCE + ":20261126T100000", "DTEND;TZID=" + ROMANCE + ":20261126T110000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Andrés, te convocamos como entrevistador para la candidata Laura "
                                            "Gómez (Revenue Analyst). CV adjunto en Factorial. Después nos pasas "
                                            "tu valoración.\nRRHH"),
        "LOCATION;LANGUAGE=es-ES:Sala Alcazaba - Oficinas Centrales", *ms_extra()], tz=W)

    mk(o, "es-user-organises-candidate", "040000008200E00074C5B7101A82E00800000000B2B3B4B5B6B7DC0100000000"
       "0000000010000000" "9999AAAABBBBCCCCDDDDEEEEFFFF0000", N, PROD_OUTLOOK, [
        org(ME_WORK, "Villalobos, Andrés"), att("carlosdiaz.reservas@hotmail.com", "Carlos Díaz"),
        "SUMMARY;LANGUAGE=es-ES:Entrevista puesto Agente de Reservas – Hoteles Costabella",
        "DTSTART;TZID=" + ROMANCE + ":20261127T123000", "DTEND;TZID=" + ROMANCE + ":20261127T131500", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Hola Carlos,\nGracias por tu interés en el puesto de Agente de "
                                            "Reservas. Te espero en la recepción del Hotel Costabella Marina, "
                                            "pregunta por mí.\nUn saludo,\nAndrés Villalobos\nRevenue Manager · "
                                            "Hoteles Costabella S.L."),
        "LOCATION;LANGUAGE=es-ES:Hotel Costabella Marina, Paseo Marítimo 12, Málaga", *ms_extra()], tz=W)

    mk(o, "es-graduate-panel", "grad-panel-2027-dia1@hoteles-costabella.es", N, PROD_O365, [
        org("talento@hoteles-costabella.es", "Talento Costabella"), att(ME_WORK, "Andrés Villalobos"),
        att("m.ocana@hoteles-costabella.es", "Mercedes Ocaña"), att("j.lara@hoteles-costabella.es", "Julián Lara"),
        "SUMMARY:Panel Programa de Graduados 2027 – entrevistas finales (día 1)",
        "DTSTART;TZID=" + ROMANCE + ":20261202T090000", "DTEND;TZID=" + ROMANCE + ":20261202T140000", ST,
        "DESCRIPTION:" + esc("Miembros del panel: Mercedes Ocaña (Dirección de Personas), Julián Lara (Operaciones) "
                             "y Andrés Villalobos (Revenue). Seis candidatos de 40 minutos; fichas de evaluación en "
                             "la carpeta compartida."),
        "LOCATION:Oficinas Centrales, Sala Gibralfaro"], tz=W)

    mk(o, "es-interns-school", "practicas-ehm-20261204@hoteles-costabella.es", N, PROD_OUTLOOK, [
        org(ME_WORK, "Villalobos, Andrés"), att("alba.rios@alumnos.escuelahosteleriamalaga.es", "Alba Ríos"),
        att("practicas@escuelahosteleriamalaga.es", "Coordinación de Prácticas EHM", role="OPT-PARTICIPANT"),
        "SUMMARY;LANGUAGE=es-ES:Entrevista prácticas Revenue – Alba Ríos (Escuela de Hostelería)",
        "DTSTART;TZID=" + ROMANCE + ":20261204T110000", "DTEND;TZID=" + ROMANCE + ":20261204T113000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Entrevista para las prácticas de 6 meses en el departamento de Revenue "
                                            "de Hoteles Costabella." + teams_es("cHJh")),
        "LOCATION;LANGUAGE=es-ES:Microsoft Teams", *ms_extra()], tz=W)

    mk(o, "es-factorial-assignment", "factorial-interviewer-55120@factorialhr.com", N,
       "-//Factorial//Factorial HR//ES", [
        org("no-reply@factorialhr.com", "Hoteles Costabella (vía Factorial)"), att(ME_WORK, "Andrés Villalobos"),
        att("sergio.pinto92@gmail.com", "Sergio Pinto"),
        "SUMMARY:Entrevista con Sergio Pinto - Revenue Analyst | Hoteles Costabella",
        "DTSTART:20261208T090000Z", "DTEND:20261208T094500Z", ST,
        "DESCRIPTION:" + esc("Has sido asignado como entrevistador.\nCandidato: Sergio Pinto\nPuesto: Revenue Analyst"
                             "\nFase: Entrevista con el responsable\nRecuerda completar la evaluación en Factorial "
                             "tras la entrevista."),
        "LOCATION:Oficinas Centrales"])

    mk(o, "es-handnote", "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F", N, PROD_IOS, [
        "DTSTART;TZID=Europe/Madrid:20261209T120000", "DTEND;TZID=Europe/Madrid:20261209T123000", ST,
        "SUMMARY:entrevistar a la de prácticas (Les Roches) - llevar preguntas de Excel"], tz=TZ_MADRID, method=None)

    mk(o, "es-forwarded-rv", "040000008200E00074C5B7101A82E00800000000C3C4C5C6C7C8DC01000000000000000010000000"
       "ABABABABCDCDCDCDEFEFEFEF01010101", N, PROD_OUTLOOK, [
        org(ME_WORK, "Villalobos, Andrés"), att(ME_PRIV, "andres.villalobos@outlook.es"),
        "SUMMARY;LANGUAGE=es-ES:RV: Entrevista Revenue Analyst - candidato Miguel Ángel Torres",
        "DTSTART;TZID=" + ROMANCE + ":20261210T160000", "DTEND;TZID=" + ROMANCE + ":20261210T170000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("-----Mensaje original-----\nDe: RRHH Hoteles Costabella\nPara: "
                                            "Villalobos, Andrés\nAsunto: Entrevista Revenue Analyst - candidato "
                                            "Miguel Ángel Torres\n\nAndrés, te toca entrevistar a Miguel Ángel "
                                            "(CV adjunto). Me lo reenvío al personal por si voy en el móvil."),
        "LOCATION;LANGUAGE=es-ES:Sala Alcazaba", *ms_extra()], tz=W, method=None)

    mk(o, "es-private-copy", "D4C3B2A1-F0E9-4D8C-B7A6-958473625140", N, PROD_IOS, [
        "DTSTART;TZID=Europe/Madrid:20261211T100000", "DTEND;TZID=Europe/Madrid:20261211T110000", ST,
        "SUMMARY:Costabella: entrevisto yo a candidato agente de reservas (turno tarde)",
        "DESCRIPTION:Copia privada. Candidato: Iván Ruiz. Preguntar disponibilidad fines de semana."],
       tz=TZ_MADRID, method=None)

    mk(o, "es-debrief", "debrief-ra-1215@hoteles-costabella.es", N, PROD_O365, [
        org("rrhh@hoteles-costabella.es", "RRHH Hoteles Costabella"), att(ME_WORK, "Andrés Villalobos"),
        att("m.ocana@hoteles-costabella.es", "Mercedes Ocaña"),
        "SUMMARY:Debrief candidatos Revenue Analyst (Laura G., Sergio P., Miguel Á. T.)",
        "DTSTART;TZID=" + ROMANCE + ":20261215T090000", "DTEND;TZID=" + ROMANCE + ":20261215T093000", ST,
        "DESCRIPTION:Decidir finalista y oferta.", "LOCATION:Teams"], tz=W)

    mk(o, "es-weekly-slot-override", "franja-entrevistas-reservas@hoteles-costabella.es", N, PROD_OUTLOOK, [
        org(ME_WORK, "Villalobos, Andrés"),
        "SUMMARY;LANGUAGE=es-ES:Franja entrevistas candidatos agentes de reservas (temporada)",
        "DTSTART;TZID=" + ROMANCE + ":20261201T160000", "DTEND;TZID=" + ROMANCE + ":20261201T180000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6", ST,
        "DESCRIPTION;LANGUAGE=es-ES:Bloque para entrevistar a los candidatos que RRHH me vaya pasando.",
        "LOCATION;LANGUAGE=es-ES:Despacho Revenue", *ms_extra()], tz=W, method=None, extra=[[
            "RECURRENCE-ID;TZID=" + ROMANCE + ":20261208T160000",
            "DTSTART;TZID=" + ROMANCE + ":20261209T170000", "DTEND;TZID=" + ROMANCE + ":20261209T190000", ST,
            org(ME_WORK, "Villalobos, Andrés"),
            "SUMMARY;LANGUAGE=es-ES:Franja entrevistas candidatos agentes de reservas (movida por festivo)",
            "LOCATION;LANGUAGE=es-ES:Despacho Revenue"]])

    mk(o, "es-cancelled-candidate", "cand-cancel-0412@hoteles-costabella.es", N, PROD_OUTLOOK, [
        org(ME_WORK, "Villalobos, Andrés"), att("nerea.fdez.95@yahoo.es", "Nerea Fernández"),
        "SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Recepcionista-Reservas (Nerea Fernández)",
        "DTSTART;TZID=" + ROMANCE + ":20261203T100000", "DTEND;TZID=" + ROMANCE + ":20261203T103000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:La candidata ha aceptado otra oferta. Cancelo la entrevista.",
        "STATUS:CANCELLED", "SEQUENCE:1"], tz=W, method="CANCEL")

    mk(o, "es-agency-sends-candidate", "hostalent-ev-33019@hostalent.es", N, PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Madrid:20261212T130000", "DTEND;TZID=Europe/Madrid:20261212T133000", ST,
        org("ivan.serrano@hostalent.es", "Iván Serrano · Hostalent"), att(ME_WORK, "Andrés Villalobos"),
        att("sara.molina.rm@gmail.com", "Sara Molina"),
        "SUMMARY:Entrevista candidata Sara Molina (Hostalent) – Revenue Analyst Hoteles Costabella",
        "DESCRIPTION:" + esc("Andrés, como acordamos te presento a Sara Molina, nuestra candidata para tu vacante de "
                             "Revenue Analyst. Tienes su CV en el correo.\nIván Serrano, Hostalent Selección" +
                             meet("hst-smol-rav", "es")), "LOCATION:"], tz=TZ_MADRID)

    mk(o, "es-calendly-user-host", "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9", N, "-//Calendly//Calendly//EN", [
        org(ME_WORK, "Andrés Villalobos"),
        att("lucia.prieto@alumnos.uma.es", "Lucía Prieto", partstat="ACCEPTED", rsvp=False),
        att(ME_WORK, "Andrés Villalobos", partstat="ACCEPTED", rsvp=False),
        "SUMMARY:Lucía Prieto y Andrés Villalobos: Entrevista prácticas Revenue (20 min)",
        "DTSTART:20261205T100000Z", "DTEND:20261205T102000Z", ST,
        "DESCRIPTION:" + esc("Tipo de evento: Entrevista prácticas Revenue (20 min)\nInvitado: Lucía Prieto "
                             "(lucia.prieto@alumnos.uma.es)\n\nEvento organizado por Andrés Villalobos, Hoteles "
                             "Costabella. Reserva tu franja para la entrevista de prácticas.\n\nRespuestas:\nGrado: "
                             "Turismo, Universidad de Málaga"), "LOCATION:Google Meet"])

    mk(o, "en-intern-candidate-uk", "uk-intern-ec-20261207@hoteles-costabella.es", N, PROD_O365, [
        org(ME_WORK, "Villalobos, Andrés"), att("emily.clarke@student.oxfordbrookes.ac.uk", "Emily Clarke"),
        "SUMMARY;LANGUAGE=en-GB:Interview: Revenue internship at Hoteles Costabella – Emily Clarke",
        "DTSTART;TZID=" + ROMANCE + ":20261207T110000", "DTEND;TZID=" + ROMANCE + ":20261207T113000", ST,
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Hi Emily,\nThanks for applying for our summer revenue internship. I'll "
                                            "interview you over Teams; please have your CV to hand.\nAndrés\n"
                                            "Revenue Manager, Hoteles Costabella" + teams_es("aW50")),
        "LOCATION:Microsoft Teams", *ms_extra()], tz=W)

    mk(o, "de-praktikum-candidate", "praktikum-jw-20261209@hoteles-costabella.es", N, PROD_OUTLOOK, [
        org(ME_WORK, "Villalobos, Andrés"), att("jonas.weber@stud.hs-kempten.de", "Jonas Weber"),
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Praktikum Revenue Management – Jonas Weber",
        "DTSTART;TZID=" + ROMANCE + ":20261209T150000", "DTEND;TZID=" + ROMANCE + ":20261209T153000", ST,
        "DESCRIPTION;LANGUAGE=de-DE:" + esc("Hallo Jonas,\nwie besprochen das Gespräch zu deinem Praxissemester "
                                            "bei Hoteles Costabella in Málaga. Ich führe das Gespräch auf Englisch "
                                            "oder Spanisch.\nAndrés Villalobos, Revenue Manager"),
        "LOCATION:Zoom", *ms_extra()], tz=W)

    mk(o, "fr-stagiaire-candidate", "stage-ehl-mb-20261210@hoteles-costabella.es", N, PROD_GOOGLE, [
        "DTSTART:20261210T081500Z", "DTEND:20261210T084500Z", ST,
        org(ME_WORK, "Andrés Villalobos"), att("margaux.bernard@students.ehl.ch", "Margaux Bernard"),
        "SUMMARY:Entretien stage Revenue – Margaux Bernard (EHL)",
        "DESCRIPTION:" + esc("Bonjour Margaux,\nJe vous propose cet entretien pour le stage de six mois au service "
                             "Revenue de Hoteles Costabella à Málaga.\nCordialement,\nAndrés Villalobos" +
                             meet("cst-ehlm-bnd", "fr")), "LOCATION:"])

    mk(o, "es-scorecards-block", "E9F8A7B6-C5D4-4E3F-A2B1-C0D9E8F7A6B5", N, PROD_APPLE, [
        "DTSTART;TZID=Europe/Madrid:20261203T170000", "DTEND;TZID=Europe/Madrid:20261203T180000", ST,
        "SUMMARY:Rellenar fichas evaluación panel graduados (antes del viernes)"], tz=TZ_MADRID, method=None)

    mk(o, "es-infojobs-employer", "ij-empresa-entrevista-8812201@infojobs.net", N, "-//InfoJobs//Agenda//ES", [
        org("notificaciones@infojobs.net", "InfoJobs Empresas"), att(ME_WORK, "Andrés Villalobos"),
        att("davidgarcia.mlg@gmail.com", "David García"),
        "SUMMARY:Entrevista programada: Agente de Reservas (HOTELES COSTABELLA SL) - David García",
        "DTSTART;TZID=Europe/Madrid:20261214T100000", "DTEND;TZID=Europe/Madrid:20261214T103000", ST,
        "DESCRIPTION:" + esc("Has programado una entrevista con el candidato David García para tu oferta «Agente de "
                             "Reservas». Accede a su CV en InfoJobs Empresas."),
        "LOCATION:Hotel Costabella Marina"], tz=TZ_MADRID)

    mk(o, "es-shadowing", "shadow-rrhh-1216@hoteles-costabella.es", N, PROD_O365, [
        org("p.luque@hoteles-costabella.es", "Luque, Patricia"), att(ME_WORK, "Villalobos, Andrés"),
        "SUMMARY:Shadowing: entrevista por competencias (Analista Revenue) – observar a Patricia",
        "DTSTART;TZID=" + ROMANCE + ":20261216T100000", "DTEND;TZID=" + ROMANCE + ":20261216T110000", ST,
        "DESCRIPTION:" + esc("Andrés, como parte de tu formación de entrevistador, me acompañas en esta entrevista "
                             "con una candidata y luego comentamos."), "LOCATION:Sala Alcazaba"], tz=W)

    mk(o, "en-zoom-user-hosts", "zoom-user-host-83300112244@hoteles-costabella.es", N,
       "-//zoom.us//iCalendar Event//EN", [org(ME_WORK, "Andres Villalobos"), att("t.nowak@wp.pl", "Tomasz Nowak"),
        "SUMMARY:Revenue Analyst interview – Tomasz Nowak (candidate)",
        "DTSTART:20261217T150000Z", "DTEND:20261217T154500Z", ST,
        "DESCRIPTION:" + esc("Andres Villalobos is inviting you to a scheduled Zoom meeting.\nTopic: Revenue Analyst "
                             "interview – Hoteles Costabella" + zoom("833 0011 2244", "cSt4")), "LOCATION:Zoom"])
    return o
