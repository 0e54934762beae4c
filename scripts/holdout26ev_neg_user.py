"""holdout26: negatives where Diego interviews others at Banco Levante (each event written on its own)."""

from __future__ import annotations

from holdout26ev_ics import APPLE, EXCHANGE, GOOGLE, IOS, OUTLOOK, Item, att, cal, d, e, ev, meet, org, teams
from holdout26ev_ics import ME_PRIVATE as ME
from holdout26ev_ics import ME_WORK as MW

BL = "banco-levante.es"
T = "user_as_interviewer"
RST = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the user-as-interviewer negative items."""
    out: list[Item] = []
    a = out.append

    u = "040000008200E00074C5B7101A82E0080000000011AA22BB33CC01000000000000000010000000bl-sd-01"
    a(Item("hr-panel-servicedesk", "es", u, cal(OUTLOOK, [ev(
        u, d("20261202T100000", RST), e("20261202T110000", RST),
        "Entrevista candidata Técnico/a Service Desk Junior - Irene Molins",
        "Hola a todos,\n\nos convoco a la entrevista con la candidata Irene Molins para la vacante de Técnico/a "
        "de Service Desk Junior (ref. SD-2611). Diego Serrano hará la parte técnica y yo la competencial. Os "
        "adjunto el CV y la guía de entrevista.\n\nGracias,\nReyes Catalá\nSelección - Banco Levante",
        "Sala Turia (planta 2)", lines=[org(f"reyes.catala@{BL}", "Catalá, Reyes"), att(MW, "Serrano, Diego"),
                                        att("irene.molins@gmail.com", "Irene Molins"),
                                        att(f"sala.turia@{BL}", "Sala Turia", cutype="ROOM",
                                            role="NON-PARTICIPANT")])], zones=(RST,)),
        False, trap=T))

    u = "bl-practical-test-2026-12-03"
    a(Item("user-runs-practical", "es", u, cal(EXCHANGE, [ev(
        u, d("20261203T090000", RST), e("20261203T103000", RST),
        "Prueba práctica de troubleshooting - candidatos becarios IT",
        "Diego prepara los tres puestos con las incidencias simuladas (impresora, VPN, perfil de Windows). "
        "Candidatos: Hugo Llorens, Paula Vidal, Omar Benali. Cada uno 25 minutos.",
        "Laboratorio IT - Edificio Colón", lines=[org(MW, "Serrano, Diego"), att(f"marta.gomis@{BL}", "Gomis, Marta"),
                                                   att(f"lab.it@{BL}", "Laboratorio IT", cutype="RESOURCE",
                                                       role="NON-PARTICIPANT")])], zones=(RST,)),
        False, trap=T))

    u = "workday-interviewer-assign-8890@myworkday.com"
    a(Item("workday-interviewer-assigned", "en", u, cal("-//Workday//Workday Recruiting//EN", [ev(
        u, d("20261204T120000"), e("20261204T124500"),
        "Interviewer: IT Support Intern (R-1177) – Candidate: Lucas Ferrandis",
        "You have been assigned as an interviewer.\n\nJob requisition: IT Support Intern (R-1177), Banco Levante\n"
        "Candidate: Lucas Ferrandis\nInterview type: Technical\n\nPlease submit your feedback in Workday within "
        "24 hours of the interview.", "Teams",
        lines=[org("bancolevante@myworkday.com", "Banco Levante Recruiting"), att(MW, "Diego Serrano"),
               att("lucas.ferrandis@alumnos.upv.es", "Lucas Ferrandis")])], zones=("Europe/Madrid",)),
        False, trap=T))

    u = "user-invites-candidate-freemail-1209"
    a(Item("user-invites-candidate", "es", u, cal(OUTLOOK, [ev(
        u, d("20261209T160000", RST), e("20261209T163000", RST), "Entrevista técnica Service Desk – Andrés Pons",
        "Hola Andrés,\n\nSoy Diego Serrano, del equipo de Soporte IT de Banco Levante. Te envío la convocatoria "
        "para la entrevista técnica de la vacante de técnico de service desk. Será por Teams.\n\nUn saludo\n\n"
        + teams("es", "YmxhbmRy"), "Reunión de Microsoft Teams",
        lines=[org(MW, "Serrano, Diego"), att("andres.pons92@hotmail.com", "Andrés Pons")])], zones=(RST,)),
        False, trap=T))

    u = "debrief-sd-2611"
    a(Item("debrief", "es", u, cal(OUTLOOK, [ev(
        u, d("20261210T130000", RST), e("20261210T133000", RST), "Debrief candidatos SD-2611",
        "Puesta en común de las entrevistas de esta semana para la vacante SD-2611 y decisión de finalistas.",
        "Teams", lines=[org(f"reyes.catala@{BL}", "Catalá, Reyes"), att(MW, "Serrano, Diego"),
                        att(f"jorge.alfaro@{BL}", "Alfaro, Jorge")])], zones=(RST,)),
        False, trap=T))

    u = "calendly-host-bl-interns"
    a(Item("calendly-user-host", "es", u, cal("-//Calendly//Calendly//EN", [ev(
        u, "DTSTART:20261211T090000Z", "DTEND:20261211T092000Z",
        "Entrevista prácticas IT entre Diego Serrano y Nerea Sáez",
        "Nombre del evento: Entrevista prácticas IT (Banco Levante)\nInvitada: Nerea Sáez - nerea.saez@gmail.com\n"
        "Anfitrión: Diego Serrano\n\nRespuestas:\n¿Universidad? UPV, grado en Informática",
        "Teams", lines=[org(MW, "Diego Serrano"), att("nerea.saez@gmail.com", "Nerea Sáez", stat="ACCEPTED")])]),
        False, trap=T))

    u = "agency-sends-candidate-to-bank"
    a(Item("agency-sends-candidate", "en", u, cal(OUTLOOK, [ev(
        u, d("20261214T110000", RST), e("20261214T114500", RST),
        "Interview: Banco Levante x Kamil Nowak (Service Desk Analyst)",
        "Dear Diego,\n\nThank you for agreeing to meet our candidate Kamil Nowak for your Service Desk Analyst "
        "vacancy. His CV is attached; he speaks English and basic Spanish.\n\nKind regards,\nRobert Hale\n"
        "Staffwise IT Recruitment", "Banco Levante, Calle Colón 1, Valencia",
        lines=[org("robert.hale@staffwise.eu", "Hale, Robert"), att(MW, "Serrano, Diego"),
               att("kamil.nowak@outlook.com", "Kamil Nowak")])], zones=(RST,)),
        False, trap=T))

    u = "recurring-candidate-slot-bl"
    a(Item("recurring-slot-override", "es", u, cal(OUTLOOK, [
        ev(u, d("20261201T170000", RST), e("20261201T180000", RST), "Hueco entrevistas candidatos soporte (Diego)",
           "Bloque fijo para entrevistar candidatos a técnico de soporte mientras la vacante esté abierta.", "",
           lines=[org(MW, "Serrano, Diego"), "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4"]),
        ev(u, d("20261208T180000", RST), e("20261208T190000", RST), "Hueco entrevistas candidatos soporte (Diego)",
           "Esta semana más tarde por el cierre de mes.", "", seq=1,
           lines=["RECURRENCE-ID;TZID=Romance Standard Time:20261208T170000", org(MW, "Serrano, Diego")])],
        zones=(RST,)),
        False, trap=T))

    u = "scorecard-block-bl"
    a(Item("scorecard-block", "en", u, cal(EXCHANGE, [ev(
        u, d("20261203T110000", RST), e("20261203T113000", RST), "Fill in interview scorecards (interns)",
        "Write up feedback for this morning's troubleshooting tests before HR's deadline.", "",
        lines=[org(MW, "Serrano, Diego"), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])], method="", zones=(RST,)),
        False, trap=T))

    u = "cancelled-candidate-bl-1215"
    a(Item("cancelled-candidate", "es", u, cal(OUTLOOK, [ev(
        u, d("20261215T100000", RST), e("20261215T104500", RST), "Cancelado: Entrevista candidato Sergio Mas",
        "El candidato ha retirado su candidatura a la vacante de técnico de microinformática.", "Sala Albufera",
        seq=1, status="CANCELLED", lines=[org(f"reyes.catala@{BL}", "Catalá, Reyes"), att(MW, "Serrano, Diego"),
                                           att("sergio.mas.t@gmail.com", "Sergio Mas")])],
        method="CANCEL", zones=(RST,)),
        False, trap=T))

    u = "private-copy-bl-interview@icloud.com"
    a(Item("private-copy", "es", u, cal(IOS, [ev(
        u, "DTSTART:20261216T090000", "DTEND:20261216T100000", "Entrevistar a candidatos service desk (banco)",
        "Yo entrevisto. Llevar las 5 preguntas de redes y el portátil de pruebas.", "Banco Levante, Colón")],
        method=""),
        False, trap=T))

    u = "selection-panel-it-analyst-bl"
    a(Item("selection-panel", "en", u, cal(OUTLOOK, [ev(
        u, d("20261217T093000", RST), e("20261217T123000", RST), "IT Selection Panel – Systems Analyst shortlist",
        "Panel members: Jorge Alfaro (chair), Diego Serrano, Reyes Catalá (HR). Three shortlisted external "
        "candidates, 50 minutes each. Evaluation grid attached.", "Sala Consejo",
        lines=[org(f"jorge.alfaro@{BL}", "Alfaro, Jorge"), att(MW, "Serrano, Diego"),
               att(f"reyes.catala@{BL}", "Catalá, Reyes"),
               att(f"sala.consejo@{BL}", "Sala Consejo", cutype="ROOM", role="NON-PARTICIPANT")])], zones=(RST,)),
        False, trap=T))

    u = "calibration-interviewers-bl"
    a(Item("calibration", "es", u, cal(EXCHANGE, [ev(
        u, d("20261201T150000", RST), e("20261201T160000", RST), "Calibración entrevistadores - prueba técnica",
        "Revisamos juntos la rúbrica de la prueba práctica para que todos los entrevistadores puntúen igual.",
        "Teams", lines=[org(f"marta.gomis@{BL}", "Gomis, Marta"), att(MW, "Serrano, Diego"),
                        att(f"jorge.alfaro@{BL}", "Alfaro, Jorge")])], zones=(RST,)),
        False, trap=T))

    u = "shadowing-interview-bl"
    a(Item("shadowing", "en", u, cal(OUTLOOK, [ev(
        u, d("20261207T120000", RST), e("20261207T130000", RST), "Shadow: Diego interviewing helpdesk candidate",
        "Marc will sit in on Diego's interview with candidate Yara Haddad (Helpdesk L1) to learn the format. "
        "Marc stays silent; Diego leads.", "Sala Turia",
        lines=[org(MW, "Serrano, Diego"), att(f"marc.bosch@{BL}", "Bosch, Marc"),
               att("yara.haddad@gmail.com", "Yara Haddad")])], zones=(RST,)),
        False, trap=T))

    u = "de-candidate-bl-berlin"
    a(Item("user-interviews-de", "de", u, cal(OUTLOOK, [ev(
        u, d("20261209T100000", "W. Europe Standard Time"), e("20261209T104500", "W. Europe Standard Time"),
        "Bewerbungsgespräch IT-Support Repräsentanz Berlin – Kandidat Jan Lehmann",
        "Hallo Diego,\n\nkannst du bitte das technische Gespräch mit Herrn Lehmann für die IT-Support-Stelle in "
        "unserer Berliner Repräsentanz übernehmen? Ich mache den HR-Teil.\n\nDanke, Petra\n\n" + teams("de",
                                                                                                      "YmxiZXJs"),
        "Microsoft Teams-Besprechung",
        lines=[org(f"petra.wolff@{BL}", "Wolff, Petra"), att(MW, "Serrano, Diego"),
               att("jan.lehmann@web.de", "Jan Lehmann")])], zones=("W. Europe Standard Time",)),
        False, trap=T))

    u = "de-scorecard-bl"
    a(Item("user-feedback-de", "de", u, cal(APPLE, [ev(
        u, "DTSTART:20261209T110000", "DTEND:20261209T113000", "Bewertungsbogen Herr Lehmann ausfüllen",
        "Feedback für Petra (HR) nach meinem Gespräch mit dem Kandidaten.", "")], method=""),
        False, trap=T))

    u = "fr-stagiaire-bl"
    a(Item("user-interviews-fr", "fr", u, cal(OUTLOOK, [ev(
        u, d("20261211T150000", RST), e("20261211T153000", RST),
        "Entretien stagiaire Erasmus – support informatique – Léa Moreau",
        "Bonjour Léa,\n\nJe suis Diego Serrano, technicien IT à Banco Levante. Je vous propose un entretien en "
        "visio pour le stage de support informatique (6 mois, Valence).\n\nCordialement\n\n" + teams("fr",
                                                                                                      "YmxmcmFu"),
        "Réunion Microsoft Teams",
        lines=[org(MW, "Serrano, Diego"), att("lea.moreau@etu.univ-lyon1.fr", "Léa Moreau")])], zones=(RST,)),
        False, trap=T))

    u = "fr-jury-bl"
    a(Item("jury-fr", "fr", u, cal(EXCHANGE, [ev(
        u, d("20261218T090000", RST), e("20261218T110000", RST),
        "Jury de sélection – alternants informatique (site francophone)",
        "Diego participe au jury comme évaluateur technique. Deux candidats en alternance, dossiers en pièce jointe.",
        "Teams", lines=[org(f"claire.duval@{BL}", "Duval, Claire"), att(MW, "Serrano, Diego")])], zones=(RST,)),
        False, trap=T))

    u = "gmail-copy-candidate-interview@google.com"
    a(Item("private-calendar-copy", "en", u, cal(GOOGLE, [ev(
        u, d("20261210T170000"), e("20261210T174500"), "Interview candidate (banco) – Helpdesk L1 – Tomás Ribes",
        "Copy of my work calendar so I don't double-book job stuff. I'm on the bank's interview panel.\n\n"
        + meet("en", "bnk-copy-trb"), "", lines=[org(ME, "Diego Serrano")])], method="",
        zones=("Europe/Madrid",)),
        False, trap=T))

    u = "university-intern-interviews-bl"
    a(Item("intern-day", "es", u, cal(OUTLOOK, [ev(
        u, d("20261212T090000", RST), e("20261212T140000", RST),
        "Jornada de entrevistas a becarios (convenio UPV) - equipo Soporte IT",
        "Diego y Marta entrevistan a los 8 estudiantes preseleccionados del convenio con la UPV. Horario en el "
        "documento adjunto.", "Sala Turia", lines=[org(f"marta.gomis@{BL}", "Gomis, Marta"),
                                                   att(MW, "Serrano, Diego"),
                                                   att("practicas@upv.es", "Prácticas UPV", role="OPT-PARTICIPANT")])],
        zones=(RST,)),
        False, trap=T))
    return out
