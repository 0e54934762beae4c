"""holdout112 negatives: the user on the hiring side at CEIP Triana (comedor committee, auxiliares, AMPA)."""

from __future__ import annotations

from holdout112ev_core import (
    ME,
    ME_CN,
    P_APPLE,
    P_EXCHANGE,
    P_GOOGLE,
    P_OUTLOOK,
    ROMANCE,
    TZ_MADRID,
    TZ_ROMANCE,
    WORK,
    Ev,
    alarm,
    att,
    cal,
    meet,
    org,
    t,
    teams,
    vev,
)

DIR = "direccion@ceip-triana-sevilla.es"
SEC = "secretaria@ceip-triana-sevilla.es"
BIL = "bilingue@ceip-triana-sevilla.es"


def _n(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    w = "Diego Fuentes"

    uid = "comision-comedor-entrevistas-2025@ceip-triana-sevilla.es"
    master = vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250505T160000",
        "DTEND;TZID=Europe/Madrid:20250505T180000",
        "RRULE:FREQ=DAILY;COUNT=3",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, w),
        att("ampa.triana@gmail.com", "AMPA (vocal)"),
        t("SUMMARY", "Comisión selección monitores comedor – entrevistas candidatos"),
        t("DESCRIPTION",
          "Entrevistas a las personas candidatas a monitor/a de comedor (bolsa curso 25/26). Miembros de la "
          "comisión: Dirección, Diego Fuentes (profesorado) y vocal del AMPA. Cada entrevista 15 min; usad la "
          "rúbrica común. Listado de candidatos en la carpeta compartida."),
        t("LOCATION", "Biblioteca del centro"),
    )
    override = vev(
        uid,
        "RECURRENCE-ID;TZID=Europe/Madrid:20250506T160000",
        "DTSTART;TZID=Europe/Madrid:20250506T170000",
        "DTEND;TZID=Europe/Madrid:20250506T190000",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, w),
        t("SUMMARY", "Comisión selección monitores comedor – entrevistas (martes empezamos 17h)"),
        t("LOCATION", "Sala de profesores"),
        "SEQUENCE:1",
    )
    out.append(_n("committee-recurring-es", cal(P_GOOGLE, [master, override], tz=TZ_MADRID), uid,
                  "user-as-interviewer-committee-recurring-es"))

    uid = "calendly-evt-HOST-DFM-Q8W2E4R6T8"
    out.append(_n("calendly-host-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250507T143000Z",
        "DTEND:20250507T144500Z",
        org(WORK, ME_CN),
        att(WORK, ME_CN, partstat="ACCEPTED", rsvp=False),
        att("rocio.marin.88@gmail.com", "Rocío Marín"),
        t("SUMMARY", "Rocío Marín y Diego Fuentes Morillo: Entrevista monitor/a comedor (15 min)"),
        t("DESCRIPTION",
          "Nuevo evento programado\n\nTipo de evento: Entrevista monitor/a comedor (15 min)\nInvitado: Rocío "
          "Marín\nCorreo: rocio.marin.88@gmail.com\nUbicación: CEIP Triana, biblioteca\n\nPreguntas:\n"
          "¿Tienes el certificado de manipulador de alimentos? Sí\n\nVer evento en Calendly"),
    )), uid, "user-as-interviewer-calendly-host-es"))

    uid = "betica-candidata-0508@comedoresbetica.es"
    out.append(_n("agency-candidate-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250508T161500",
        f"DTEND;TZID={ROMANCE}:20250508T163000",
        org("seleccion@comedoresbetica.es", "Rivas, Almudena"),
        att(WORK, "Fuentes Morillo, Diego", style="outlook"),
        att(DIR, "Dirección CEIP Triana", style="outlook"),
        t("SUMMARY", "Candidata monitora comedor: Pilar Gavira – entrevista con la comisión del centro"),
        t("DESCRIPTION",
          "Buenas tardes:\n\nComo empresa adjudicataria del servicio de comedor, os enviamos a Pilar Gavira "
          "para que la comisión del CEIP Triana la entreviste. Adjuntamos su CV y el certificado de "
          "manipuladora.\n\nAlmudena Rivas\nComedores Escolares Bética S.L."),
    ), tz=TZ_ROMANCE), uid, "user-as-interviewer-agency-candidate-es"))

    uid = "20250429T201133Z-dfm-handtyped-comedor"
    out.append(_n("handtyped-es", cal(P_APPLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250508T170000",
        "DTEND;TZID=Europe/Madrid:20250508T171500",
        t("SUMMARY", "entrev. candidata comedor (Mari Carmen S.) – sala profes"),
        t("DESCRIPTION", "la que manda el AMPA. mirar experiencia con alumnado NEE. rúbrica!"),
    ), method=None, tz=TZ_MADRID), uid, "user-as-interviewer-handtyped-es"))

    uid = "rubricas-comedor-0509@ceip-triana-sevilla.es"
    out.append(_n("scorecard-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250509T093000",
        "DTEND;TZID=Europe/Madrid:20250509T101500",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, w),
        t("SUMMARY", "Entregar rúbricas de valoración – candidatos monitores comedor"),
        t("DESCRIPTION",
          "Recordatorio: cada miembro de la comisión debe subir su rúbrica (puntuación 1-5 por criterio: "
          "experiencia, trato con el alumnado, primeros auxilios, disponibilidad) antes de la deliberación."),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-scorecard-es"))

    uid = "deliberacion-comedor-0512@ceip-triana-sevilla.es"
    out.append(_n("debrief-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250512T140000",
        "DTEND;TZID=Europe/Madrid:20250512T150000",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, w),
        att("ampa.triana@gmail.com", "AMPA (vocal)"),
        t("SUMMARY", "Deliberación comisión de selección – monitores comedor"),
        t("DESCRIPTION", "Puesta en común de puntuaciones y propuesta de bolsa. Acta: Diego."),
        t("LOCATION", "Despacho de dirección"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-debrief-es"))

    uid = "aux-conversacion-emily-0414@ceip-triana-sevilla.es"
    out.append(_n("freemail-candidate-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250414T173000",
        "DTEND;TZID=Europe/Madrid:20250414T180000",
        org(WORK, ME_CN),
        att(WORK, ME_CN, partstat="ACCEPTED", rsvp=False),
        att("emily.clarke.teaches@gmail.com", "Emily Clarke"),
        t("SUMMARY", "Interview – Language assistant (auxiliar de conversación) – Emily Clarke"),
        t("DESCRIPTION",
          "Hi Emily,\n\nThanks for your interest in joining CEIP Triana as our English language assistant "
          "next year. I'm the bilingual programme teacher and I'll interview you with our coordinator. We'd "
          "like to hear about your experience with children aged 6-12.\n\n" + meet("qdo-vtpe-kaw", "en")
          + "\n\nBest,\nDiego Fuentes Morillo\nCEIP Triana (Sevilla)"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-freemail-candidate-en"))

    uid = "040000008200E00074C5B7101A82E00800000000AUX0D2C8ADB01000000000000000010000000AUX05"
    out.append(_n("panel-teams-es", cal(P_EXCHANGE, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250416T163000",
        f"DTEND;TZID={ROMANCE}:20250416T183000",
        org(BIL, "Coordinación Bilingüe"),
        att(WORK, "Fuentes Morillo, Diego", style="outlook"),
        att("lmartin@ceip-triana-sevilla.es", "Martín Ocaña, Lola", style="outlook"),
        t("SUMMARY", "Panel entrevistas candidatos auxiliar de conversación (inglés)"),
        t("DESCRIPTION",
          "Entrevistamos a los 4 candidatos preseleccionados para auxiliar de conversación. Cada uno 20 min: "
          "yo presento el centro, Diego y Lola hacéis las preguntas del guion.\n\n"
          + teams("ZmU0NGIyOTItNTQ0Mi00", "228 443 019 556", "Au8xP2")),
    ), tz=TZ_ROMANCE), uid, "user-as-interviewer-panel-teams-es"))

    uid = "shadow-aula-matinal-0423@ceip-triana-sevilla.es"
    out.append(_n("shadowing-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250423T083000",
        "DTEND;TZID=Europe/Madrid:20250423T093000",
        org(SEC, "Secretaría CEIP Triana"),
        att(WORK, w),
        t("SUMMARY", "Observar entrevistas aula matinal (como oyente) – Diego"),
        t("DESCRIPTION",
          "Diego, antes de formar parte de la comisión del comedor, siéntate como oyente en las entrevistas "
          "del aula matinal que hace el secretario. Solo observar y tomar notas sobre el procedimiento."),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-shadowing-es"))

    uid = "practicum-us-entrevista-0224@ceip-triana-sevilla.es"
    out.append(_n("practicum-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250224T140000",
        "DTEND;TZID=Europe/Madrid:20250224T143000",
        org(WORK, ME_CN),
        att("alba.ruiz.m@alum.us.es", "Alba Ruiz Moya"),
        t("SUMMARY", "Entrevista alumna Prácticum (US) – Alba Ruiz – ¿tutor Diego?"),
        t("DESCRIPTION",
          "Alba, te cito para conocerte y ver si encajas en mi grupo de 4ºB para el Prácticum II. Te haré "
          "unas preguntas sobre tu experiencia y tu disponibilidad. Trae tu plan de prácticas."),
        t("LOCATION", "Aula 4ºB"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-practicum-es"))

    uid = "guion-extraescolares-0430@ceip-triana-sevilla.es"
    out.append(_n("kit-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250430T160000",
        "DTEND;TZID=Europe/Madrid:20250430T170000",
        org(WORK, ME_CN),
        t("SUMMARY", "Preparar guion de preguntas + rúbrica – entrevistas monitores extraescolares"),
        t("DESCRIPTION", "Para las entrevistas que hacemos con el AMPA la semana que viene. 8 preguntas máx."),
    ), method="PUBLISH", tz=TZ_MADRID), uid, "user-as-interviewer-kit-es"))

    uid = "entrevista-javier-romero-robotica@ceip-triana-sevilla.es"
    out.append(_n("freemail-candidate-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250506T133000",
        "DTEND;TZID=Europe/Madrid:20250506T140000",
        org(WORK, ME_CN),
        att(WORK, ME_CN, partstat="ACCEPTED", rsvp=False),
        att("javi.romero93@gmail.com", "Javier Romero"),
        att("ampa.triana@gmail.com", "AMPA CEIP Triana"),
        t("SUMMARY", "Entrevista: Javier Romero (monitor extraescolar robótica)"),
        t("DESCRIPTION",
          "Hola Javier, te confirmo la entrevista para la actividad extraescolar de robótica (lunes y "
          "miércoles). Te entrevistamos la presidenta del AMPA y yo. Puedes traer algún proyecto que hayas "
          "hecho con niños.\nUn saludo, Diego"),
        t("LOCATION", "CEIP Triana – aula de informática"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-freemail-candidate-es"))

    uid = "assistante-camille-0417@ceip-triana-sevilla.es"
    out.append(_n("candidate-fr", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250417T110000",
        "DTEND;TZID=Europe/Madrid:20250417T113000",
        org(WORK, ME_CN),
        att("camille.perrin@etu.univ-lyon2.fr", "Camille Perrin"),
        t("SUMMARY", "Entretien – assistante de langue française (Camille Perrin)"),
        t("DESCRIPTION",
          "Bonjour Camille,\n\nJe vous propose un court entretien en visio pour le poste d'assistante de "
          "langue au CEIP Triana (projet plurilingue). Je vous poserai quelques questions sur votre "
          "expérience avec les enfants.\n\n" + meet("xre-mnqa-fow", "en") + "\n\nDiego Fuentes Morillo"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-fr"))

    uid = "erasmus-praktikum-lena-0422@ceip-triana-sevilla.es"
    out.append(_n("candidate-de", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250422T120000",
        "DTEND;TZID=Europe/Madrid:20250422T123000",
        org(WORK, ME_CN),
        att("lena.hoffmann@stud.ph-freiburg.de", "Lena Hoffmann"),
        t("SUMMARY", "Erasmus+ Praktikum – Gespräch mit Bewerberin Lena Hoffmann"),
        t("DESCRIPTION",
          "Hallo Lena,\n\nhier die Einladung zu unserem Auswahlgespräch für das Erasmus+-Praktikum an "
          "unserer Schule (CEIP Triana). Ich stelle dir ein paar Fragen zu deinem Studium und deiner "
          "Motivation.\n\n" + meet("bku-wrpo-zna", "en") + "\n\nViele Grüße\nDiego"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-erasmus-de"))

    uid = "AAMkAGM3Y2Jvb2tpbmdzLWNlaXB0cmlhbmEAEYAAAAAentrevistasmonitores"
    out.append(_n("bookings-staff-es", cal(P_EXCHANGE, vev(
        uid,
        "DTSTART:20250507T150000Z",
        "DTEND:20250507T151500Z",
        org("SeleccionMonitores@ceip-triana-sevilla.es", "Selección monitores CEIP Triana"),
        att(WORK, "Diego Fuentes Morillo", style="outlook"),
        att("aguilar.nerea@hotmail.com", "Nerea Aguilar", style="outlook"),
        t("SUMMARY", "Entrevista candidato/a monitor/a – Nerea Aguilar con Diego Fuentes Morillo"),
        t("DESCRIPTION",
          "Nueva reserva\n\nServicio: Entrevista candidato/a monitor/a comedor\nPersonal: Diego Fuentes "
          "Morillo\nCliente: Nerea Aguilar (aguilar.nerea@hotmail.com)\n\nMicrosoft Bookings"),
    )), uid, "user-as-interviewer-bookings-staff-es"))

    uid = "040000008200E00074C5B7101A82E00800000000MAT0D2C8ADB01000000000000000010000000MAT21"
    out.append(_n("outlook-vocal-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250424T083000",
        f"DTEND;TZID={ROMANCE}:20250424T093000",
        org(SEC, "Guerrero Paz, Antonio"),
        att(WORK, "Fuentes Morillo, Diego", style="outlook"),
        t("SUMMARY", "Entrevistas candidatos – bolsa monitores aula matinal (vocal: D. Fuentes)"),
        t("DESCRIPTION",
          "Diego, actúas como vocal de la comisión. Tres candidatas, 20 min cada una. Yo llevo el acta.\n"
          "Antonio Guerrero, secretario"),
        t("LOCATION", "Secretaría"),
    ), tz=TZ_ROMANCE), uid, "user-as-interviewer-vocal-es"))

    uid = "baremo-criterios-0502@ceip-triana-sevilla.es"
    out.append(_n("calibration-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250502T140000",
        "DTEND;TZID=Europe/Madrid:20250502T143000",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, w),
        att("ampa.triana@gmail.com", "AMPA (vocal)"),
        t("SUMMARY", "Unificar criterios de entrevista y baremo – comisión comedor"),
        t("DESCRIPTION", "Antes de las entrevistas: acordar qué es un 3 y qué es un 5 en cada criterio."),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-calibration-es"))

    uid = "20250509T081500Z-dfm-referencias"
    out.append(_n("refcheck-es", cal(P_APPLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250509T114500",
        "DTEND;TZID=Europe/Madrid:20250509T120000",
        t("SUMMARY", "Llamar referencias candidata comedor (Pilar G. – antiguo colegio)"),
        t("DESCRIPTION", "tlf del CEIP San José Obrero en el CV. preguntar puntualidad y trato."),
        *alarm(5, "Llamar referencias"),
    ), method=None, tz=TZ_MADRID), uid, "user-as-interviewer-refcheck-es"))

    uid = "2q9w8e7r6t5y4u3i2o1p@google.com"
    out.append(_n("panel-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250415T170000",
        "DTEND;TZID=Europe/Madrid:20250415T173000",
        org(BIL, "Lola Martín (Bilingual Coordinator)"),
        att(WORK, w),
        att("ryan.oneill.tefl@outlook.com", "Ryan O'Neill"),
        t("SUMMARY", "Interview panel – English language assistant candidate (Ryan O'Neill)"),
        t("DESCRIPTION",
          "Ryan, you'll meet Lola Martín (Bilingual Coordinator) and Diego Fuentes (Year 4 teacher), who "
          "will interview you for the language assistant post at CEIP Triana.\n\n" + meet("uqa-hnbc-rez", "en")),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-panel-en"))

    uid = "comunicar-resultados-0513@ceip-triana-sevilla.es"
    out.append(_n("outcome-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250513T131500",
        "DTEND;TZID=Europe/Madrid:20250513T140000",
        org(WORK, ME_CN),
        t("SUMMARY", "Llamar a candidatos entrevistados – comunicar resultado bolsa comedor"),
        t("DESCRIPTION", "Seleccionadas: 1) Pilar G. 2) Nerea A. Resto: agradecer y bolsa de reserva."),
    ), method="PUBLISH", tz=TZ_MADRID), uid, "user-as-interviewer-outcome-es"))

    uid = "4k6j8h0g2f4d6s8a0l2k@google.com"
    out.append(_n("ampa-gmail-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250512T170000",
        "DTEND;TZID=Europe/Madrid:20250512T183000",
        org("ampa.triana@gmail.com", "AMPA CEIP Triana"),
        att(WORK, w),
        att("teatro.lucia.v@gmail.com", "Lucía Vela"),
        att("marcosteatrokids@yahoo.es", "Marcos Peral"),
        t("SUMMARY", "Entrevistas monitores teatro (extraescolar) – AMPA + Diego"),
        t("DESCRIPTION",
          "Hola Diego! Como tutor del proyecto de teatro, nos ayudas a entrevistar a los dos candidatos "
          "a monitor de teatro: Lucía a las 17:00 y Marcos a las 17:45. Gracias!! Junta AMPA"),
        t("LOCATION", "Salón de actos CEIP Triana"),
    ), tz=TZ_MADRID), uid, "user-as-interviewer-ampa-es"))
    return out


__all__ = ["ME", "events"]
