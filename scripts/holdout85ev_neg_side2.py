"""holdout85 negatives: the user on the hiring side at Banco Andino (part 2)."""

from __future__ import annotations

from holdout85ev_ics import (
    GOOGLE,
    ME_CN,
    THUNDERBIRD,
    TZ_BOGOTA,
    WORK,
    Ev,
    cal,
    desc,
    g_att,
    hexid,
    o_att,
    org,
    uuid_like,
    vevent,
)
from holdout85ev_neg_side import ME_O, _o


def _calibration() -> Ev:
    uid, text = _o(
        "h85-ba-calib1", "20260218T140000", "20260218T150000",
        "Calibración de entrevistadores – guía de preguntas Analítica 2026",
        org("ltorres@bancoandino.com.co", "Torres, Luisa"),
        [o_att(WORK, ME_O), o_att("hvargas@bancoandino.com.co", "Vargas, Hernán"),
         o_att("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo")],
        "Revisaremos la guía de entrevista por competencias y la rúbrica de la prueba técnica para que todos "
        "los entrevistadores del panel de datos califiquen con el mismo criterio.",
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-calibration-es")


def _kit_review() -> Ev:
    uid = uuid_like("h85-ba-kit1")
    text = cal(THUNDERBIRD, TZ_BOGOTA, vevent(
        "CREATED:20260225T130000Z", "LAST-MODIFIED:20260225T130000Z", "DTSTAMP:20260225T130000Z",
        f"UID:{uid}", "SUMMARY:Kit de entrevista: revisar HV y caso de Laura Peña antes del panel",
        "DTSTART;TZID=America/Bogota:20260226T073000", "DTEND;TZID=America/Bogota:20260226T080000",
        "DESCRIPTION:Preguntas asignadas a mí: bloque SQL + pregunta de calidad de datos. Rúbrica en Workday.",
        "TRANSP:OPAQUE",
    ))
    return Ev("thunderbird-es", uid, text, 0, trap="user-as-interviewer-kit-es")


def _resched_hiring() -> Ev:
    uid, text = _o(
        "h85-ba-resch1", "20260320T140000", "20260320T150000",
        "Reprogramada: Entrevista técnica candidato Daniel Suárez – Analista de Datos Jr.",
        org("ltorres@bancoandino.com.co", "Torres, Luisa"),
        [o_att(WORK, ME_O), o_att("daniel.suarez.m@outlook.com", "Daniel Suárez")],
        "Daniela, el candidato pidió mover la prueba técnica al viernes. Mismo enlace.\n\nLuisa",
        extra=("SEQUENCE:2",),
    )
    return Ev("rescheduled-es", uid, text, 0, trap="user-as-interviewer-rescheduled-es")


def _final_hiring() -> Ev:
    uid, text = _o(
        "h85-ba-final1", "20260323T160000", "20260323T170000",
        "Entrevista final candidata Paula Rincón – con Gerente de Analítica",
        org("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo"),
        [o_att(WORK, ME_O), o_att("paula.rincon.v@gmail.com", "Paula Rincón")],
        "Daniela, te pido acompañarme en la entrevista final de Paula para la vacante de Analista Sr. que "
        "quedará en tu célula. Tú preguntas por el caso que presentó.\n\nRicardo",
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-final-round-es")


def _takehome_review() -> Ev:
    uid = f"{hexid('h85-ba-th1', 26)}@google.com"
    text = cal(GOOGLE, vevent(
        "DTSTART:20260316T200000Z", "DTEND:20260316T210000Z", "DTSTAMP:20260314T000000Z",
        org(WORK, ME_CN), f"UID:{uid}", g_att(WORK, ME_CN, "ACCEPTED"),
        desc("Calificar caso take-home del candidato J. Cárdenas con la rúbrica (SQL 40%, visualización 30%, "
             "comunicación 30%). Enviar puntaje a Luisa."),
        "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Revisar caso take-home – candidato J. Cárdenas", "TRANSP:OPAQUE",
    ), head=("CALSCALE:GREGORIAN",))
    return Ev("google-es", uid, text, 0, trap="user-as-interviewer-takehome-review-es")


def _recurring_block() -> Ev:
    uid = f"{hexid('h85-ba-block1', 26)}@google.com"
    text = cal(GOOGLE, TZ_BOGOTA, vevent(
        "DTSTART;TZID=America/Bogota:20260305T140000", "DTEND;TZID=America/Bogota:20260305T160000",
        "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH", "DTSTAMP:20260302T150000Z",
        org(WORK, ME_CN), f"UID:{uid}", g_att(WORK, ME_CN, "ACCEPTED"),
        desc("Bloque reservado para entrevistar candidatos a prácticas 2026-1 (Calendly abierto en este horario)."),
        "LOCATION:Sala 4B", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Bloque entrevistas practicantes", "TRANSP:OPAQUE",
    ), head=("CALSCALE:GREGORIAN", "X-WR-TIMEZONE:America/Bogota"))
    return Ev("recurring-es", uid, text, 0, trap="user-as-interviewer-recurring-block-es")


def _committee_en() -> Ev:
    uid = f"{hexid('h85-ba-comm1', 26)}@google.com"
    body = (
        "Hiring committee for the 2026 Analytics Internship (Bogotá + Miami). Each interviewer brings their "
        "scorecards; we'll rank the 12 interviewed students and decide offers.\n\nKevin White\n"
        "HR Business Partner – Banco Andino USA"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260327T150000Z", "DTEND:20260327T163000Z", "DTSTAMP:20260320T130000Z",
        org("kwhite@bancoandino.com.co", "Kevin White"), f"UID:{uid}",
        g_att("kwhite@bancoandino.com.co", "Kevin White", "ACCEPTED"), g_att(WORK, ME_CN),
        g_att("hvargas@bancoandino.com.co", "Hernán Vargas"), g_att("ltorres@bancoandino.com.co", "Luisa Torres"),
        desc(body), "LOCATION:Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Hiring committee: Analytics Interns 2026 – final decisions", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-en", uid, text, 0, trap="user-as-interviewer-committee-en")


def events() -> list[Ev]:
    return [
        _calibration(), _kit_review(), _resched_hiring(), _final_hiring(), _takehome_review(),
        _recurring_block(), _committee_en(),
    ]
