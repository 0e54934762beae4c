"""holdout103 negatives: the user on the hiring side at the cooperative (he interviews, scores or debriefs)."""

from __future__ import annotations

from holdout103ev_ics import (
    TZ_CORDOBA,
    TZ_WIN_ARG,
    WORK,
    att,
    cal,
    desc,
    ev,
    gid,
    meet,
    org,
    teams,
    zoom,
)

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
RRHH = "rrhh@coopagro-riosegundo.com.ar"


def _vev(uid: str, start: str, end: str, summary: str, rest: list[str], stamp: str = "20250301T120000Z") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}", *rest, "END:VEVENT"]


def _ol(uid: str, day: str, t0: str, t1: str, summary: str, rest: list[str]) -> str:
    return cal(_vev(uid, f"DTSTART;TZID=Argentina Standard Time:{day}T{t0}",
                    f"DTEND;TZID=Argentina Standard Time:{day}T{t1}", summary, rest),
               OUTLOOK, method="REQUEST", tz=TZ_WIN_ARG)


def _hand(uid: str, day: str, t0: str, t1: str, summary: str, rest: list[str]) -> str:
    return cal(_vev(uid, f"DTSTART:{day}T{t0}", f"DTEND:{day}T{t1}", summary, rest), GOOGLE)


def events() -> list[dict[str, str | int]]:
    out = []
    U = "user-as-interviewer-"

    uid = "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB0100000000000000001000000000000000000000A1"
    out.append(ev("side-intern-freemail-es", uid, _ol(uid, "20250312", "100000", "104500",
        "Entrevista pasante agronomía - Lucía Ferreyra", [
            desc("Lucía: te esperamos en la Cooperativa (Bv. Sarmiento 455\\, Río Segundo) para la entrevista "
                 "por la pasantía de verano en el área de Agronomía. Traé tu analítico.\nIng. Agr. Facundo "
                 "Giménez - Cooperativa Agropecuaria Río Segundo"),
            "LOCATION:Cooperativa - Oficina Agronomía",
            org(WORK, "Giménez, Facundo"),
            att("luciaferreyra.98@hotmail.com", "luciaferreyra.98@hotmail.com"),
        ]), 0, trap=U + "intern-freemail-candidate-es"))

    uid = gid("side-sc-20250313-coop-01")
    out.append(ev("side-scorecard-es", uid, _ol(uid, "20250313", "170000", "173000",
        "Completar scorecard - candidatos Técnico de Acopio", [
            desc("Recordatorio de RRHH: cargar la evaluación de cada candidato entrevistado (Oviedo, Pereyra, "
                 "Bazán) en la planilla compartida antes del viernes."),
            org(RRHH, "RRHH Cooperativa"),
            att(WORK, "Giménez, Facundo"),
        ]), 0, trap=U + "scorecard-es"))

    uid = gid("side-debrief-20250320@coopagro-riosegundo.com.ar")
    out.append(ev("side-debrief-es", uid, _ol(uid, "20250320", "090000", "094500",
        "Debrief búsqueda Técnico de Campo", [
            desc("Puesta en común de las entrevistas de la semana. Cada entrevistador trae su recomendación.\n\n"
                 + teams("es", "ZGViMjU")),
            org(RRHH, "RRHH Cooperativa"),
            att(WORK, "Giménez, Facundo"),
            att("mcorrea@coopagro-riosegundo.com.ar", "Correa, Marcela"),
            att("hbustamante@coopagro-riosegundo.com.ar", "Bustamante, Héctor"),
        ]), 0, trap=U + "debrief-es"))

    uid = "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB0100000000000000001000000000000000000000A4"
    out.append(ev("side-hr-invites-candidate-es", uid, _ol(uid, "20250402", "110000", "120000",
        "Entrevista: Candidato Encargado de Planta - Juan Pablo Oviedo", [
            desc("Facundo, Héctor: les reenvío la entrevista con Juan Pablo Oviedo para Encargado de Planta de "
                 "Silos. Facundo evalúa la parte técnica (calidad de granos\\, secado) y Héctor la operativa. "
                 "CV adjunto.\nMarcela - RRHH"),
            "LOCATION:Sala de reuniones Administración",
            org("mcorrea@coopagro-riosegundo.com.ar", "Correa, Marcela"),
            att(WORK, "Giménez, Facundo"),
            att("hbustamante@coopagro-riosegundo.com.ar", "Bustamante, Héctor"),
            att("jpoviedo.silos@gmail.com", "Juan Pablo Oviedo"),
            "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sala Administración:mailto:sala.adm@coopagro-riosegundo"
            ".com.ar",
        ]), 0, trap=U + "panelist-hr-organiser-es"))

    uid = gid("calendly-host-2f7a9c1e-coop-tecnico")
    out.append(ev("side-calendly-host-es", uid, cal(_vev(uid, "DTSTART:20250415T140000Z", "DTEND:20250415T143000Z",
        "Entrevista Técnico de Campo entre Facundo Giménez y Martín Ruiz", [
            desc("Nombre del evento: Entrevista Técnico de Campo (30 min)\n\nInvitado: Martín Ruiz\nCorreo: "
                 "martinruiz.agro@gmail.com\n\nPreguntas:\nMatrícula profesional: Sí, CIAPC 5521\nZona de "
                 "residencia: Pilar (Cba)\n\nEnviado por Calendly a Facundo Giménez (anfitrión)"),
            "LOCATION:Google Meet",
            org(WORK, "Facundo Giménez"),
            att(WORK, "Facundo Giménez", partstat="ACCEPTED"),
            att("martinruiz.agro@gmail.com", "Martín Ruiz", partstat="ACCEPTED"),
        ]), "-//Calendly//Calendly//EN", method="REQUEST"), 0, trap=U + "calendly-host-es"))

    uid = gid("TAC-2025-0610-PRESENTACION@talentoagro.com.ar")
    out.append(ev("side-agency-candidate-es", uid, cal(_vev(uid,
        "DTSTART;TZID=America/Argentina/Cordoba:20250610T100000",
        "DTEND;TZID=America/Argentina/Cordoba:20250610T110000",
        "Entrevista candidata Ing. Agr. Paula Sosa - Jefe de Agronomía Cooperativa Río Segundo", [
            desc("Facundo:\nTal como acordamos, te envío la entrevista con nuestra candidata Paula Sosa para la "
                 "búsqueda de Jefe/a de Agronomía de la Cooperativa. CV e informe psicotécnico adjuntos.\n"
                 "Paola Vranicich - Talento Agro Consultores"),
            "LOCATION:Cooperativa Agropecuaria Río Segundo",
            org("pvranicich@talentoagro.com.ar", "Paola Vranicich"),
            att(WORK, "Facundo Giménez"),
            att("paulasosa.ing@yahoo.com.ar", "Paula Sosa"),
        ]), OUTLOOK, method="REQUEST", tz=TZ_CORDOBA), 0, trap=U + "agency-sends-candidate-es"))

    uid = "6sh0d4f8g2h6j0k4l8z2x6c0vb@google.com"
    out.append(ev("side-shadow-es", uid, _hand(uid, "20250422", "150000", "160000",
        "shadow entrevista con Marcela (RRHH) - administrativo", [
            "DESCRIPTION:solo observo. después armar guía de preguntas técnicas para mis entrevistas",
        ]), 0, trap=U + "shadowing-es"))

    uid = "9jk3l7z1x5c9v3b7n1m5q9w3ep@google.com"
    out.append(ev("side-hand-intern-es", uid, _hand(uid, "20250506", "113000", "120000",
        "entrev. pasante UNC - Tomás", ["DESCRIPTION:tomas.bertoldi@mi.unc.edu.ar - 4to año. preguntar por "
                                       "disponibilidad campaña gruesa"]),
        0, trap=U + "hand-terse-intern-es"))

    uid = gid("side-kit-asesor-pilar-20250507")
    out.append(ev("side-kit-es", uid, _ol(uid, "20250507", "080000", "083000",
        "Kit de entrevista: Asesor Técnico zona Pilar (leer antes)", [
            desc("Guía de preguntas\\, criterios de evaluación y escala 1-5 para los entrevistadores. Facundo: "
                 "vos cubrís manejo de malezas y fitosanitarios."),
            org(RRHH, "RRHH Cooperativa"),
            att(WORK, "Giménez, Facundo"),
        ]), 0, trap=U + "interview-kit-es"))

    uid = "0lp4o8i2u6y0t4r8e2w6q0a4sg@google.com"
    out.append(ev("side-practical-es", uid, cal(_vev(uid,
        "DTSTART;TZID=America/Argentina/Cordoba:20250514T080000",
        "DTEND;TZID=America/Argentina/Cordoba:20250514T110000",
        "Prueba práctica a campo candidatos técnico - lote 14", [
            desc("Evaluamos a los 3 candidatos finales: monitoreo de plagas en soja\\, estimación de rinde y "
                 "calibración de pulverizadora. Llevo planillas de evaluación."),
            "LOCATION:Campo experimental Coop - lote 14",
            org(WORK, "Facundo Giménez"),
            att("candidato.bazan@gmail.com", "Emiliano Bazán"),
            att("rocioquintero.agro@gmail.com", "Rocío Quintero"),
            att("nvillegas_93@hotmail.com", "Nahuel Villegas"),
        ]), GOOGLE, method="REQUEST", tz=TZ_CORDOBA), 0, trap=U + "field-practical-evaluator-es"))

    uid = "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB0100000000000000001000000000000000000000B1"
    out.append(ev("side-intern-en", uid, _ol(uid, "20250603", "090000", "094500",
        "Interview internship candidate - Jonas Weber (Univ. Hohenheim)", [
            desc("Hi Jonas,\n\nthank you for applying to the agronomy internship at our cooperative (Sept-Dec). "
                 "I would like to talk with you for about 45 minutes in English.\n\nFacundo Giménez\n\n"
                 + teams("en", "aW50ZXJu")),
            org(WORK, "Giménez, Facundo"),
            att("jonas.weber@uni-hohenheim.de", "Jonas Weber"),
        ]), 0, trap=U + "intern-en"))

    uid = gid("side-filtro-adm-acopio-20250617")
    out.append(ev("side-phone-filter-es", uid, _hand(uid, "20250617", "163000", "170000",
        "Llamado filtro - candidata administrativa acopio (Gisela)", [
            "DESCRIPTION:la llamo yo al 351 15 4478112. CV por mail de RRHH.",
        ]), 0, trap=U + "phone-filter-es"))

    uid = "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB0100000000000000001000000000000000000000B3"
    out.append(ev("side-final-panel-es", uid, _ol(uid, "20250624", "100000", "113000",
        "Entrevista final Jefe de Agronomía - terna", [
            desc("Entrevistas finales con la terna (Sosa\\, Carranza\\, Ludueña). Panel: Gerente General\\, "
                 "Consejo (Sr. Bonetto) y Facundo Giménez."),
            org("gerencia@coopagro-riosegundo.com.ar", "Gerencia General"),
            att(WORK, "Giménez, Facundo"),
            att("ebonetto@coopagro-riosegundo.com.ar", "Bonetto, Elvio"),
        ]), 0, trap=U + "final-panel-es"))

    uid = gid("side-calib-pasantias-2025")
    out.append(ev("side-calibration-es", uid, _ol(uid, "20250701", "140000", "150000",
        "Calibración candidatos pasantías 2025", [
            desc("Comparamos puntajes de las entrevistas de pasantes y definimos los 4 seleccionados."),
            org(RRHH, "RRHH Cooperativa"),
            att(WORK, "Giménez, Facundo"),
            att("mcorrea@coopagro-riosegundo.com.ar", "Correa, Marcela"),
        ]), 0, trap=U + "calibration-es"))

    uid = "3az7s1d5f9g3h7j1k5l9p3o7iy@google.com"
    out.append(ev("side-references-es", uid, _hand(uid, "20250703", "100000", "103000",
        "pedir referencias de Paula Sosa (ex jefe en Agro Pilar)", [
            "DESCRIPTION:llamar al Ing. Molina. preguntar por manejo de equipo y relación con productores",
        ]), 0, trap=U + "reference-check-employer-side-es"))

    uid = gid("workable-interviewer-8c2d1f-coop")
    out.append(ev("side-workable-interviewer-en", uid, cal(_vev(uid, "DTSTART:20250715T130000Z",
        "DTEND:20250715T140000Z", "Interview with Rocío Quintero for Técnico/a de Campo", [
            desc("You have been added as an interviewer.\n\nCandidate: Rocío Quintero\nJob: Técnico/a de Campo - "
                 "Cooperativa Agropecuaria Río Segundo\nInterviewers: Facundo Giménez\n\nSubmit your evaluation "
                 "in Workable after the interview.\n\nSent via Workable"),
            "LOCATION:Oficina Agronomía",
            org("coopagro@workablemail.com", "Cooperativa Agropecuaria Río Segundo"),
            att(WORK, "Facundo Giménez"),
        ]), "-//Workable//Workable Calendar//EN", method="REQUEST"), 0, trap=U + "ats-interviewer-en"))

    uid = "7qw1e5r9t3y7u1i5o9p3a7s1dm@google.com"
    out.append(ev("side-feedback-es", uid, _hand(uid, "20250716", "180000", "181500",
        "feedback entrevista Rocío Q. (formulario Workable)", []),
        0, trap=U + "feedback-form-es"))

    uid = gid("side-assessment-pasantes-2025@coopagro-riosegundo.com.ar")
    out.append(ev("side-assessment-es", uid, cal(_vev(uid,
        "DTSTART;TZID=America/Argentina/Cordoba:20250805T090000",
        "DTEND;TZID=America/Argentina/Cordoba:20250805T130000",
        "Assessment pasantes - dinámica grupal (evaluadores)", [
            desc("Evaluadores: Marcela Correa (RRHH)\\, Facundo Giménez y Héctor Bustamante. 12 postulantes "
                 "de la FCA-UNC. Llegar 8:30 para repasar la grilla."),
            "LOCATION:Salón SUM Cooperativa",
            org(RRHH, "RRHH Cooperativa"),
            att(WORK, "Facundo Giménez"),
            att("mcorrea@coopagro-riosegundo.com.ar", "Marcela Correa"),
            att("hbustamante@coopagro-riosegundo.com.ar", "Héctor Bustamante"),
        ]), OUTLOOK, method="REQUEST", tz=TZ_CORDOBA), 0, trap=U + "assessment-evaluator-es"))

    uid = gid("zoom-81155024170-entretien-stagiaire")
    out.append(ev("side-stagiaire-fr", uid, cal(_vev(uid, "DTSTART:20250819T123000Z", "DTEND:20250819T131500Z",
        "Entretien stagiaire - Camille Dubois (AgroParisTech) / Coopérative Río Segundo", [
            desc("Bonjour Camille,\n\nje vous propose un entretien pour le stage en agronomie à la coopérative "
                 "(janvier-mars). L'entretien se fera en espagnol et en français.\n\nFacundo Giménez\n\n"
                 + zoom("es", "811 5502 4170", "Cd5tZ8bQ1fLu")),
            org(WORK, "Facundo Giménez"),
            att("camille.dubois@agroparistech.fr", "Camille Dubois"),
        ]), "-//Zoom Video Communications//Zoom//EN", method="REQUEST"), 0, trap=U + "stagiaire-fr"))

    uid = "1mn5b9v3c7x1z5l9k3j7h1g5fr@google.com"
    out.append(ev("side-meet-freemail-es", uid, cal(_vev(uid, "DTSTART:20250902T170000Z",
        "DTEND:20250902T174500Z", "Entrevista - Técnico/a de Campo (Cooperativa Río Segundo)", [
            desc("Hola Nahuel, te paso el link para la entrevista por el puesto de Técnico de Campo en la "
                 "Cooperativa. Cualquier cosa escribime.\nFacundo\n\n" + meet("es", "cop-vnzt-yqa")),
            org(WORK, "Facundo Giménez"),
            att(WORK, "Facundo Giménez", partstat="ACCEPTED"),
            att("nvillegas_93@hotmail.com", "Nahuel Villegas"),
        ]), GOOGLE, method="REQUEST"), 0, trap=U + "user-organiser-meet-es"))

    uid = gid("side-devolucion-20250910")
    out.append(ev("side-rejections-es", uid, _hand(uid, "20250910", "083000", "093000",
        "devolución a candidatos no seleccionados (técnico campo)", [
            "DESCRIPTION:mandar mails a Bazán y Villegas. Rocío arranca el 1/10",
        ]), 0, trap=U + "candidate-feedback-block-es"))

    return out
