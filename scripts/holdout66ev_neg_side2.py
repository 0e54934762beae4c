"""holdout66: more of the user on the hiring side (kits, committees, interns, candidates' own invites)."""

from __future__ import annotations

from holdout66ev_ics import USER_WORK, att, g_uid, item, ms_uid, org
from holdout66ev_shapes import google, outlook, thunderbird

RST = "Romance Standard Time"
ME = org(USER_WORK, "Marín Ortega, Elena")
ME_ATT = att(USER_WORK, "Marín Ortega, Elena", style="outlook")
HR = "lbielsa@transportes-ebrolog.es"
HR_CN = "Bielsa Pardos, Lucía"
CEO = "froyo@transportes-ebrolog.es"
CEO_CN = "Royo Gracia, Fernando"


def _neg(kind, ics, uid, trap):
    return item(kind, ics, uid=uid, is_interview=0, trap=trap)


def kit_block():
    uid, ics = thunderbird(
        "kit-controller", "Preparar guion de entrevista – Controller Financiero (preguntas técnicas + caso)",
        "20250408T083000", "20250408T093000", "20250407T190000Z",
        body="Preguntas: cierre mensual, provisiones de tráfico, conciliación intercompañías.\n"
             "Caso corto: desviación de margen por ruta. Rúbrica 1-4 para Lucía.",
    )
    return _neg("thunderbird-kit-es", ics, uid, "user-as-interviewer-kit-es")


def interns():
    uid = ms_uid("becarios-unizar")
    body = (
        "Entrevistas a los tres candidatos preseleccionados por la Universidad de Zaragoza para las prácticas "
        "en el departamento financiero (Grado en ADE, 4º curso):\n"
        "10:00 Andrea Pueyo\n10:30 Hugo Sánchez\n11:00 Laia Ferrer\n\n"
        "Tutora académica: Prof. Carmen Lorente (clorente@unizar.es), en copia para información."
    )
    ics = outlook(uid, RST, ME, [att(HR, HR_CN, style="outlook"),
                                 att("clorente@unizar.es", "Lorente, Carmen", role="OPT-PARTICIPANT",
                                     style="outlook")],
                  "Entrevistas becarios Finanzas – Universidad de Zaragoza (3 candidatos)", body, "20250613T100000",
                  "20250613T113000", "20250606T102244Z", "Sala Ebro")
    return _neg("interns-es", ics, uid, "user-as-interviewer-interns-es")


def committee():
    uid = ms_uid("comite-control-gestion")
    body = (
        "Comité de selección para la vacante de Responsable de Control de Gestión.\n"
        "Orden: 1) valoración de las entrevistas de Elena y Lucía; 2) pruebas técnicas; 3) decisión y oferta.\n\n"
        "Fernando"
    )
    ics = outlook(uid, RST, org(CEO, CEO_CN), [ME_ATT, att(HR, HR_CN, style="outlook")],
                  "Comité de selección – Responsable de Control de Gestión", body, "20250530T123000",
                  "20250530T133000", "20250526T064512Z", "Despacho Dirección General")
    return _neg("committee-es", ics, uid, "user-as-interviewer-committee-es")


def second_round_yahoo():
    uid = ms_uid("irene-calvo-2")
    body = (
        "Hola Irene:\n\n"
        "Te confirmamos la segunda entrevista para el puesto de Controller Financiero con Elena Marín, Directora "
        "Financiera. Será en nuestras oficinas de PLAZA (C/ Bari 25).\n\n"
        "Un saludo,\nLucía Bielsa\nRecursos Humanos | Transportes Ebrolog"
    )
    ics = outlook(uid, RST, org(HR, HR_CN), [att("irene.calvo.m@yahoo.es", "irene.calvo.m@yahoo.es",
                                                 style="outlook"), ME_ATT],
                  "2ª entrevista – Irene Calvo (Controller Financiero)", body, "20250424T093000",
                  "20250424T103000", "20250417T145900Z", "Transportes Ebrolog - Sala Ebro")
    return _neg("second-round-candidate-yahoo-es", ics, uid, "user-as-interviewer-freemail-candidate-es")


def case_review():
    uid = ms_uid("correccion-caso-tesoreria")
    body = "Corregimos juntas los casos prácticos de los candidatos a Tesorería con la plantilla de puntuación."
    ics = outlook(uid, RST, org(HR, HR_CN), [ME_ATT], "Corrección caso práctico candidatos Tesorería", body,
                  "20250423T160000", "20250423T170000", "20250422T113000Z", "Despacho Dirección Financiera",
                  alt=False)
    return _neg("case-review-es", ics, uid, "user-as-interviewer-case-review-es")


def agency_en():
    uid = ms_uid("harrow-finch-whitfield")
    body = (
        "Dear Elena,\n\n"
        "Further to our call, please find below the interview details for James Whitfield, our candidate for "
        "the Financial Controller position at Transportes Ebrolog. James is based in Valencia and fluent in "
        "Spanish. CV and interview notes attached to my email.\n\n"
        "Kind regards,\nOliver Finch\nDirector, Harrow & Finch Recruitment"
    )
    ics = outlook(uid, "GMT Standard Time", org("oliver@harrowfinch.co.uk", "Oliver Finch"),
                  [ME_ATT, att("j.whitfield@outlook.com", "James Whitfield", style="outlook")],
                  "Candidate interview: James Whitfield for Financial Controller – Transportes Ebrolog", body,
                  "20250605T090000", "20250605T100000", "20250530T101010Z", "Microsoft Teams Meeting",
                  lang="en-GB")
    return _neg("agency-candidate-en", ics, uid, "user-as-interviewer-agency-en")


def candidate_sends_invite():
    uid = g_uid("irene-sends")
    body = (
        "Hola Elena, como me pediste por teléfono te envío la invitación para la videollamada de mañana. "
        "Gracias por la oportunidad.\nIrene Calvo"
    )
    ics = google(uid, "Europe/Madrid", org("irene.calvo.m@yahoo.es", "Irene Calvo"),
                 [att(USER_WORK, USER_WORK),
                  att("irene.calvo.m@yahoo.es", "Irene Calvo", partstat="ACCEPTED", rsvp=None)],
                 "Entrevista con Transportes Ebrolog – Controller", body, "20250415T180000", "20250415T183000",
                 "20250414T200512Z", location="https://meet.google.com/ouf-kbrt-xse")
    return _neg("candidate-organiser-google-es", ics, uid, "user-as-interviewer-candidate-organiser-es")


EVENTS = [
    kit_block(),
    interns(),
    committee(),
    second_round_yahoo(),
    case_review(),
    agency_en(),
    candidate_sends_invite(),
]
