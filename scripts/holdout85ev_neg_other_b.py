"""holdout85 negatives, part B: work life, networking, references, recruiters without employer, prep."""

from __future__ import annotations

from holdout85ev_ics import (
    ME,
    ME_CN,
    WORK,
    Ev,
    cal,
    desc,
    hexid,
    meet,
    o_att,
    org,
    teams,
    vevent,
    zoom,
)
from holdout85ev_neg_other_a import a_event, g_event
from holdout85ev_neg_side import ME_O, _o


def _internal() -> list[Ev]:
    out: list[Ev] = []
    uid, text = _o(
        "h85-int-comite1", "20260219T080000", "20260219T093000",
        "Comité de Riesgo de Crédito – presentación indicadores de cartera",
        org("gsierra@bancoandino.com.co", "Sierra, Germán"),
        [o_att(WORK, ME_O), o_att("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo")],
        "Orden del día: 1) indicadores de mora enero 2) seguimiento modelo de originación 3) varios. "
        "Daniela presenta el punto 1.", location="Sala de Juntas Piso 12", video=False)
    out.append(Ev("internal-es", uid, text, 0, trap="internal-comite-es"))

    uid, text = _o(
        "h85-int-sprint1", "20260224T150000", "20260224T160000", "Sprint review – Squad Analítica Clientes",
        org("mlopezg@bancoandino.com.co", "López Gaitán, Mónica"), [o_att(WORK, ME_O)],
        "Demostración de lo construido en el sprint y revisión del backlog con negocio.",
        extra=("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6",))
    out.append(Ev("internal-es", uid, text, 0, trap="sprint-review-recurring-es"))

    uid, text = _o(
        "h85-int-1on1", "20260226T113000", "20260226T120000", "1:1 Daniela / Ricardo",
        org("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo"), [o_att(WORK, ME_O)], "Seguimiento "
        "semanal.", extra=("RRULE:FREQ=WEEKLY;BYDAY=TH",), video=False, location="Oficina Ricardo")
    out.append(Ev("internal-es", uid, text, 0, trap="one-on-one-es"))

    uid, text = _o(
        "h85-int-appraisal", "20260305T100000", "20260305T110000",
        "Evaluación de desempeño 2025 – Daniela Castro",
        org("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo"), [o_att(WORK, ME_O)],
        "Daniela, conversemos sobre tu evaluación anual: objetivos 2025, retroalimentación 360 y plan de "
        "desarrollo 2026. Por favor diligencia la autoevaluación en SuccessFactors antes de la reunión.",
        location="Oficina Ricardo – piso 11", video=False)
    out.append(Ev("appraisal-es", uid, text, 0, trap="own-appraisal-es"))

    uid, text = _o(
        "h85-int-clima", "20260312T090000", "20260312T093000",
        "Entrevista de clima organizacional – Vicepresidencia de Analítica",
        org("clima@bancoandino.com.co", "Clima y Cultura"), [o_att(WORK, ME_O)],
        "Como parte de la medición de clima 2026, una consultora externa realizará entrevistas individuales "
        "confidenciales de 30 minutos con colaboradores seleccionados al azar.")
    out.append(Ev("internal-es", uid, text, 0, trap="climate-survey-interview-es"))
    return out


def _network() -> list[Ev]:
    out: list[Ev] = []
    uid, text = g_event(
        "h85-coffee1", "20260214T100000", "20260214T110000",
        "Café con Mariana Ochoa (Monetta) – cómo es el equipo de datos",
        "Mariana trabajó conmigo en el banco y ahora está en Monetta. Preguntarle por cultura, salario y "
        "si vale la pena aplicar.", (ME, ME_CN), [(ME, ME_CN), ("mariana.ochoa@monetta.co", "Mariana Ochoa")],
        location="Juan Valdez Café\\, Calle 93", tz="America/Bogota")
    out.append(Ev("coffee-chat-es", uid, text, 0, trap="informational-coffee-named-company-es"))

    uid, text = g_event(
        "h85-coffee2", "20260220T160000Z", "20260220T163000Z", "Coffee chat: Daniela x Jake (career advice)",
        "Informal chat - Jake moved from Brightcart to a consulting role; no openings, just advice on US "
        "remote analytics jobs.\n\n" + meet("en", "h85-coffee2"),
        ("jake.morrison.sf@gmail.com", "Jake Morrison"),
        [("jake.morrison.sf@gmail.com", "Jake Morrison"), (ME, ME_CN)])
    out.append(Ev("coffee-chat-en", uid, text, 0, trap="coffee-chat-en"))

    uid, text = g_event(
        "h85-fair1", "20260228", "20260301", "Feria virtual de empleo Fintech Colombia 2026",
        "Tu registro está confirmado. Más de 40 empresas del ecosistema fintech estarán en stands virtuales. "
        "Ingresa con tu correo en https://feria.colombiafintech.co", ("feria@colombiafintech.co",
                                                                        "Colombia Fintech"), [(ME, ME_CN)],
        method=None)
    out.append(Ev("job-fair-es", uid, text, 0, trap="job-fair-allday-es"))

    uid, text = g_event(
        "h85-fair2", "20260311T150000Z", "20260311T190000Z", "Online Careers Fair: Data & Analytics in Spain",
        "Meet hiring teams from 25 companies hiring data talent in Spain and remote. Booths open 16:00-20:00 "
        "CET.\n\nYour ticket: https://careersfair.eu/t/" + hexid("h85-fair2", 10),
        ("tickets@careersfair.eu", "Careers Fair Europe"), [(ME, ME_CN)], method=None)
    out.append(Ev("job-fair-en", uid, text, 0, trap="job-fair-en"))

    uid, text = g_event(
        "h85-zahl-web", "20260305T170000", "20260305T180000",
        "Zahlwerk Karriere-Webinar: Arbeiten im LATAM-Hub",
        "Lernen Sie unser Analytics-Team kennen! Live-Q&A mit Jonas Albrecht. Die Teilnahme ist unverbindlich "
        "und kein Teil des Bewerbungsprozesses.\n\n" + teams("de", "h85-zahl-web"),
        ("events@zahlwerk.de", "Zahlwerk Events"), [(ME, ME_CN)], tz="Europe/Berlin")
    out.append(Ev("webinar-de", uid, text, 0, trap="webinar-de-interviewing-company"))
    return out


def _calls_and_prep() -> list[Ev]:
    out: list[Ev] = []
    uid, text = g_event(
        "h85-ref1", "20260309T193000Z", "20260309T195000Z", "Llamada de referencia – Juliana Torres",
        "Hola Daniela, Juliana Torres te indicó como referencia laboral (fue tu practicante en Banco Andino). "
        "Son 15 minutos de preguntas sobre su desempeño.\n\nGracias,\nPedro Nieto – Selección, Trazo",
        ("pedro.nieto@trazo.co", "Pedro Nieto"), [("pedro.nieto@trazo.co", "Pedro Nieto"), (WORK, ME_CN)],
        location="Llamada al +57 601 555 0199")
    out.append(Ev("reference-es", uid, text, 0, trap="reference-referee-interviewing-company-es"))

    uid = f"{hexid('h85-ref2', 24)}@ridgewayfoods.com"
    text = cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260316T140000Z", f"UID:{uid}",
        "DTSTART:20260318T190000Z", "DTEND:20260318T191500Z",
        "SUMMARY;LANGUAGE=en-US:Reference check: Carlos Mendoza",
        'ORGANIZER;CN="Hughes, Amanda":mailto:amanda.hughes@ridgewayfoods.com',
        f'ATTENDEE;CN="Castro, Daniela";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}',
        desc("Hi Daniela, Carlos Mendoza listed you as a former colleague. I'd like 15 minutes to ask about "
             "working with him before we extend an offer.\n\n" + teams("en", "h85-ref2")),
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
    ), method="REQUEST")
    out.append(Ev("reference-en", uid, text, 0, trap="reference-referee-en"))

    uid, text = g_event(
        "h85-hh1", "20260216T160000Z", "20260216T163000Z",
        "Llamada con headhunter – posición confidencial Analytics Manager",
        "Hola Daniela, te contacto por una posición confidencial de Analytics Manager en una empresa líder "
        "del sector financiero. Por confidencialidad compartiré el nombre del cliente más adelante.\n\n"
        "Felipe Arango – Socio, Arango & Asociados Executive Search", ("farango@arangoasociados.co",
                                                                       "Felipe Arango"),
        [("farango@arangoasociados.co", "Felipe Arango"), (ME, ME_CN)], location="Llamada telefónica")
    out.append(Ev("headhunter-es", uid, text, 0, trap="recruiter-no-employer-es"))

    uid, text = g_event(
        "h85-hh2", "20260304T143000Z", "20260304T150000Z", "Intro call - Daniela Castro / Atlas Search Partners",
        "Great to connect! I'm working on a few senior analytics searches for US fintech clients hiring "
        "remotely in LATAM. Let's talk about what you're looking for.\n\n" + zoom("en", "812 4420 9915", "atlas"),
        ("nicole.baker@atlassearch.com", "Nicole Baker"), [("nicole.baker@atlassearch.com", "Nicole Baker"),
                                                          (ME, ME_CN)])
    out.append(Ev("headhunter-en", uid, text, 0, trap="recruiter-no-employer-en"))

    uid, text = a_event("h85-prep1", "20260316T190000", "20260316T210000", "Preparar caso Cuadrante Pagos",
                        note="slides contracargos + ensayar 20 min")
    out.append(Ev("prep-es", uid, text, 0, trap="prep-block-names-company-es"))

    uid, text = a_event("h85-prep2", "20260325T190000", "20260325T203000",
                        "Prep: STAR stories + SQL window functions (Lumen onsite tmrw)")
    out.append(Ev("prep-en", uid, text, 0, trap="prep-block-en"))

    uid, text = a_event("h85-ty1", "20260313T130000", "20260313T131500",
                        "Enviar correo de agradecimiento – Kashú (Alonso)")
    out.append(Ev("followup-es", uid, text, 0, trap="thank-you-todo-es"))

    uid, text = g_event(
        "h85-thesis-int", "20260321T150000Z", "20260321T160000Z",
        "Entrevista semiestructurada tesis – gerente de tienda (participante 3)",
        "Entrevista para el trabajo de grado de la maestría sobre uso de datos en tiendas de barrio. "
        "Grabar con consentimiento.", (ME, ME_CN), [(ME, ME_CN), ("donhernando.tienda@gmail.com",
                                                                 "Hernando Mesa")],
        location="Tienda La Esquina\\, Kennedy")
    out.append(Ev("research-es", uid, text, 0, trap="thesis-research-interview-es"))

    uid, text = a_event("h85-fr1", "20260310T064500", "20260310T081500", "Cours de français B1 – Alliance",
                        location="Alliance Française Centro", extra=("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=16",))
    out.append(Ev("class-fr", uid, text, 0, trap="language-class-fr"))
    return out


def events() -> list[Ev]:
    return _internal() + _network() + _calls_and_prep()
