"""holdout21: Mateo as the interviewer at Logisur Iberia, in every form (each event written on its own)."""

from __future__ import annotations

from holdout21ev_ics import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    ME,
    ME_WORK,
    OUTLOOK,
    WORKDAY,
    Item,
    meet,
    org,
    teams,
    vcal,
    vevent,
    who,
)

T = "user_as_interviewer"
RST = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the user-as-interviewer negatives of holdout21."""
    out: list[Item] = []

    def add(kind: str, lang: str, uid: str, text: str) -> None:
        out.append(Item(kind, lang, text, uid, False, trap=T))

    u = "h21-uai-01"
    add("uai-picker-es", "es", u, vcal(OUTLOOK, vevent(
        u, "Entrevista candidato mozo de almacén – Iván Herrero", "20261203T110000", "20261203T113000", tzid=RST,
        desc="Mateo, te paso al candidato para el puesto de mozo/a de almacén turno noche. CV adjunto en la "
             "carpeta de Selección. Por favor rellena la hoja de valoración al terminar.\nMaribel (RR. HH.)",
        loc="Logisur Iberia – Sala Formación, Nave 2",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("ivan.herrero87@hotmail.com", "Iván Herrero")]), tzids=(RST,)))

    u = "h21-uai-02"
    add("uai-forklift-test-es", "es", u, vcal(EXCHANGE, vevent(
        u, "Prueba práctica carretillero – 3 candidatos", "20261204T080000", "20261204T100000", tzid=RST,
        desc="Prueba de manejo de carretilla retráctil en el pasillo 14. Evalúa Mateo García con la plantilla "
             "estándar. Candidatos: J. Romero, A. Benítez, K. Sowa. EPIs en portería.",
        loc="Logisur Iberia Zaragoza – Muelle 3",
        people=[org("seleccion@logisur-iberia.es", "Selección Logisur"), who(ME_WORK, "García, Mateo"),
                who("prl@logisur-iberia.es", "Prevención Riesgos Laborales", role="OPT-PARTICIPANT")]), tzids=(RST,)))

    u = "h21-uai-03"
    add("uai-assessment-day-es", "es", u, vcal(OUTLOOK, vevent(
        u, "Jornada de selección RR. HH. – jefes de turno (evaluador: Mateo)", "20261210", "20261211",
        desc="Assessment day para cubrir dos jefaturas de turno. Mateo participa como evaluador en la dinámica de "
             "grupo y en las entrevistas individuales de la tarde. Briefing a las 8:30.",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("r.lopez@logisur-iberia.es", "López, Rafael"),
                who("aula1@logisur-iberia.es", "Aula 1", cutype="ROOM")], extra=["TRANSP:OPAQUE"])))

    u = "h21-uai-04"
    add("uai-workday-interviewer-en", "en", u, vcal(WORKDAY, vevent(
        u, "Interview: Shift Lead (R-4410) - Candidate: Hamza Ouali", "20261207T120000", "20261207T124500",
        tzid="Europe/Madrid",
        desc="You have been scheduled as an interviewer.\nCandidate: Hamza Ouali\nJob Requisition: Shift Lead "
             "(R-4410) – Logisur Iberia, Zaragoza\nInterview feedback is due within 24 hours in Workday.\n\n"
             "Interviewers: Mateo García, Rafael López",
        people=[org("logisur@myworkday.com", "Logisur Iberia Recruiting"), who(ME_WORK, "Mateo García"),
                who("r.lopez@logisur-iberia.es", "Rafael López")]), tzids=("Europe/Madrid",)))

    u = "h21-uai-05"
    add("uai-calendly-host-es", "es", u, vcal(CALENDLY, vevent(
        u, "Entrevista mozos campaña Navidad entre Mateo García y Sofía Blasco", "20261205T090000Z",
        "20261205T091500Z",
        desc="Nombre del evento: Entrevista mozos campaña Navidad\n\nInvitado: Sofía Blasco\nTeléfono: +34 6xx\n"
             "Respuestas: ¿Tienes carnet de carretillero? Sí\n\nPowered by Calendly.com",
        people=[org(ME_WORK, "Mateo García"), who(ME_WORK, "Mateo García", partstat="ACCEPTED"),
                who("sofia.blasco.z@gmail.com", "Sofía Blasco", partstat="ACCEPTED")]), method="PUBLISH"))

    u = "h21-uai-06"
    add("uai-freemail-candidate-es", "es", u, vcal(GOOGLE, vevent(
        u, "Entrevista Logisur – Daniela Ortiz (carretillera)", "20261209T173000", "20261209T180000",
        tzid="Europe/Madrid",
        desc="Hola Daniela, como hablamos, te hago la entrevista para el puesto de carretillera en Logisur Iberia "
             "(Plaza). Trae tu carnet. Un saludo, Mateo",
        loc="Logisur Iberia, Calle Turiaso 12, Zaragoza",
        people=[org(ME, "Mateo García"), who("daniela.ortiz.z@gmail.com", "Daniela Ortiz")]),
        tzids=("Europe/Madrid",)))

    u = "h21-uai-07"
    add("uai-agency-candidate-es", "es", u, vcal(OUTLOOK, vevent(
        u, "Presentación de candidato ETT: Rubén Gimeno para Logisur Iberia", "20261211T120000", "20261211T123000",
        tzid=RST,
        desc="Buenos días Mateo,\nte presento a Rubén Gimeno para la vacante de preparador de pedidos. Te "
             "confirmo la entrevista con él en vuestras instalaciones.\nSaludos, Noelia – Empleo Rápido ETT",
        people=[org("noelia@empleorapido-ett.es", "Noelia Casas"), who(ME_WORK, "Mateo García"),
                who("ruben.gimeno@yahoo.es", "Rubén Gimeno")]), tzids=(RST,)))

    u = "h21-uai-08"
    add("uai-debrief-en", "en", u, vcal(OUTLOOK, vevent(
        u, "Debrief – shift lead candidates (interview panel)", "20261211T160000", "20261211T163000", tzid=RST,
        desc="Quick debrief on the three shift lead interviews from this week. Bring your scorecards.",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("r.lopez@logisur-iberia.es", "López, Rafael")]), tzids=(RST,)))

    u = "h21-uai-09"
    add("uai-recurring-slot-es", "es", u, vcal(EXCHANGE, vevent(
        u, "Hueco entrevistas candidatos (campaña)", "20261201T150000", "20261201T170000", tzid=RST,
        desc="Bloque semanal reservado para entrevistar a candidatos de mozo y carretillero durante la campaña.",
        people=[org(ME_WORK, "García, Mateo")], extra=["RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6"]) + vevent(
        u, "Hueco entrevistas candidatos (campaña) – solo 1 h", "20261215T150000", "20261215T160000", tzid=RST,
        desc="Esta semana solo una hora: inventario a las 16:00.",
        people=[org(ME_WORK, "García, Mateo")], extra=["RECURRENCE-ID;TZID=\"Romance Standard Time\":20261215T150000"],
        seq=1), tzids=(RST,)))

    u = "h21-uai-10"
    add("uai-panel-en", "en", u, vcal(EXCHANGE, vevent(
        u, "Interview with candidate Olivia Grant – Inventory Controller", "20261214T100000", "20261214T110000",
        tzid=RST,
        desc="Panel: Mateo García (Warehouse Team Leader), Rafael López (Site Manager).\nCandidate joins via Teams. "
             "Interview kit and scorecard are in the HR folder.\n\n" + teams("en", "OWY0MmNiMTI"),
        people=[org("r.lopez@logisur-iberia.es", "López, Rafael"), who(ME_WORK, "García, Mateo"),
                who("olivia.grant.uk@outlook.com", "Olivia Grant")]), tzids=(RST,)))

    u = "h21-uai-11"
    add("uai-de-interviewer", "de", u, vcal(OUTLOOK, vevent(
        u, "Bewerbungsgespräch Staplerfahrer – Kandidat M. Yilmaz (Interviewer: M. García)", "20261208T130000",
        "20261208T133000", tzid=RST,
        desc="Hallo Mateo, der Kandidat Murat Yilmaz stellt sich für die Stelle als Staplerfahrer vor (er spricht "
             "Deutsch und etwas Spanisch, daher du). Bewertungsbogen liegt bei.\nViele Grüße, Maribel",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("murat.yilmaz.78@web.de", "Murat Yilmaz")]), tzids=(RST,)))

    u = "h21-uai-12"
    add("uai-fr-interviewer", "fr", u, vcal(GOOGLE, vevent(
        u, "Entretien candidat préparateur de commandes – Julien Martin", "20261209T090000", "20261209T093000",
        tzid="Europe/Madrid",
        desc="Entretien mené par Mateo García (chef d'équipe entrepôt, Logisur Iberia) pour le poste de "
             "préparateur de commandes sur le site de Zaragoza. Candidat francophone, entretien en français.\n\n"
             + meet("jgm-ceqp-vxa", "fr"),
        people=[org(ME_WORK, "Mateo García"), who("julien.martin.31@orange.fr", "Julien Martin")]),
        tzids=("Europe/Madrid",)))

    u = "h21-uai-13"
    add("uai-scorecard-block-en", "en", u, vcal(APPLE, vevent(
        u, "fill in scorecards – picker interviews", "20261204T150000", "20261204T153000",
        desc="HR needs them by Friday. 4 candidates from this morning."), method=""))

    u = "h21-uai-14"
    add("uai-practical-test-en", "en", u, vcal(OUTLOOK, vevent(
        u, "Practical test: pick & pack – candidates for seasonal pickers", "20261202T090000", "20261202T110000",
        tzid=RST,
        desc="Mateo runs the practical test (RF scanner, 40 lines, accuracy check). HR will take the interviews "
             "afterwards.",
        loc="Logisur Iberia – Zona picking A",
        people=[org("seleccion@logisur-iberia.es", "Selección Logisur"), who(ME_WORK, "García, Mateo")]),
        tzids=(RST,)))

    u = "h21-uai-15"
    add("uai-interview-training-en", "en", u, vcal(EXCHANGE, vevent(
        u, "Interviewer calibration – warehouse roles", "20261207T143000", "20261207T153000", tzid=RST,
        desc="HR session for everyone who interviews operational candidates: how we score, bias check, the new "
             "interview guide for pickers and forklift drivers.",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("r.lopez@logisur-iberia.es", "López, Rafael"), who("e.navarro@logisur-iberia.es",
                "Navarro, Eva")]), tzids=(RST,)))

    u = "h21-uai-16"
    add("uai-phone-screen-en", "en", u, vcal(GOOGLE, vevent(
        u, "Phone screen: Kwame Mensah (forklift driver applicant)", "20261210T123000", "20261210T124500",
        tzid="Europe/Madrid",
        desc="I call him. English-speaking applicant, has a Dutch forklift licence. Ask about night shifts.",
        people=[org(ME_WORK, "Mateo García"), who("kwame.mensah@gmail.com", "Kwame Mensah")]),
        tzids=("Europe/Madrid",)))

    u = "h21-uai-17"
    add("uai-de-panel", "de", u, vcal(EXCHANGE, vevent(
        u, "Vorstellungsgespräch Schichtleitung – Bewerberin Lena Hoffmann", "20261215T110000", "20261215T120000",
        tzid=RST,
        desc="Bewerberin für die Schichtleitung (Nachtschicht) bei Logisur Iberia. Gesprächsführung: Rafael López "
             "und Mateo García. Bitte Interviewleitfaden nutzen.\n\n" + teams("de", "MmQ3OGEwYjE"),
        people=[org("r.lopez@logisur-iberia.es", "López, Rafael"), who(ME_WORK, "García, Mateo"),
                who("lena.hoffmann@gmx.de", "Lena Hoffmann")]), tzids=(RST,)))

    u = "h21-uai-18"
    add("uai-fr-assessment", "fr", u, vcal(OUTLOOK, vevent(
        u, "Journée de recrutement – jury (Mateo García)", "20261217T090000", "20261217T170000", tzid=RST,
        desc="Journée de recrutement des préparateurs pour la nouvelle plateforme Logisur Iberia de Toulouse-Fondeyre. "
             "Mateo fait partie du jury avec l'agence. Tests pratiques le matin, entretiens l'après-midi.",
        loc="Agence Intérim Garonne, Toulouse",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("recrutement@interim-garonne.fr", "Intérim Garonne")]), tzids=(RST,)))

    u = "h21-uai-19"
    add("uai-handtyped-es", "es", u, vcal(APPLE, vevent(
        u, "entrevistar chica carretillera (la de Zuera)", "20261216T100000", "20261216T103000",
        desc="viene a nave 2. preguntar por disponibilidad fines de semana"), method=""))

    u = "h21-uai-20"
    add("uai-hiring-committee-en", "en", u, vcal(OUTLOOK, vevent(
        u, "Hiring decision – Inventory Controller (final candidates)", "20261218T120000", "20261218T123000",
        tzid=RST,
        desc="Final decision between the two Inventory Controller candidates interviewed this week. Mateo and "
             "Rafael present their feedback; HR prepares the offer.",
        people=[org("m.calvo@logisur-iberia.es", "Calvo, Maribel"), who(ME_WORK, "García, Mateo"),
                who("r.lopez@logisur-iberia.es", "López, Rafael")]), tzids=(RST,)))
    return out
