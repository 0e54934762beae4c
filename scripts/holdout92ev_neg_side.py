"""holdout92 negatives with the user on the hiring side at Clínica FisioSalud Chamberí."""

from __future__ import annotations

from holdout92ev_ics import ME, ME_WORK, ev, meet, teams, zoom
from holdout92ev_tools import apple, ats, google, outlook, thunderbird

W = (ME_WORK, ME)
CL = "clinicafisiosalud-chamberi.es"
MONICA = (f"malcaraz@{CL}", "Mónica Alcaraz")
CARLOS = (f"cibanez@{CL}", "Carlos Ibáñez")


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, object]:
    return ev(kind=kind, ics=ics, uid=uid, is_interview=0, trap=trap)


def events() -> list[dict[str, object]]:
    out = []
    ics, uid = google(
        "side-pablo", "Entrevista – Fisioterapeuta junior – Clínica FisioSalud Chamberí (Pablo Herrero)",
        "20250318T143000", "20250318T151500", W, [W, ("pabloherrero.fisio@gmail.com", "Pablo Herrero")],
        "Hola Pablo,\n\ngracias por tu candidatura. Te espero en la clínica (C/ Fuencarral 140, 2º) para la "
        "entrevista. Trae tu CV y, si puedes, el certificado del Colegio.\n\nIrene Gallego\nCoordinadora de "
        "Fisioterapia – Clínica FisioSalud Chamberí", "Clínica FisioSalud Chamberí, C/ Fuencarral 140")
    out.append(_neg("side-organizer-es", ics, uid, "user-as-interviewer-organizer-freemail-candidate-es"))
    ics, uid = google(
        "side-calendly-host", "Pablo Ortiz y Irene Gallego Soto", "20250321T131000", "20250321T133000", W,
        [W, ("p.ortiz.alu@ucm.es", "Pablo Ortiz")],
        "Nombre del evento: Entrevista alumnos en prácticas (20 min)\n\nUbicación: Esta es una reunión de Google "
        "Meet.\n\nNombre del invitado: Pablo Ortiz\nCorreo del invitado: p.ortiz.alu@ucm.es\n\nPreguntas:\n"
        "¿Curso?\n4º Grado en Fisioterapia (UCM)\n\n" + meet("alu-prac-tvz"), None)
    out.append(_neg("side-calendly-host-es", ics, uid, "user-as-interviewer-calendly-host-student-es"))
    ics, uid = outlook(
        "side-agency", "Presentación candidata – Lucía Marín – entrevista con Clínica FisioSalud Chamberí",
        "20250324T160000", "20250324T164500", ("cristina.vela@medicalstaffpartners.es", "Vela, Cristina"),
        [W, ("lucia.marin.fisio@hotmail.com", "Lucía Marín")],
        "Irene, como acordamos, te presento a Lucía Marín, nuestra candidata para vuestra vacante de "
        "Fisioterapeuta junior. Adjunto su CV. Ella irá a la clínica; yo quedo a tu disposición para el "
        "feedback.\n\nCristina Vela – Medical Staff Partners", "Clínica FisioSalud Chamberí")
    out.append(_neg("side-agency-candidate-es", ics, uid, "user-as-interviewer-agency-sends-candidate-es"))
    ics, uid = ats(
        "factorial-eval-55102@factorialhr.com", "-//Factorial//ATS//ES",
        "Evaluación pendiente: Entrevista con Marcos Vidal (Fisioterapeuta junior)", "20250325T180000",
        "20250325T181500", ("notificaciones@factorialhr.com", "Factorial"), [W],
        "Hola Irene,\n\nTienes pendiente rellenar la tarjeta de evaluación de la entrevista con Marcos Vidal "
        "(Fisioterapeuta junior – Clínica FisioSalud Chamberí). Criterios: razonamiento clínico, trato al "
        "paciente, trabajo en equipo.\n\nAbrir evaluación: https://app.factorialhr.com/ats/evaluations/55102",
        None, tz="Europe/Madrid", method="PUBLISH")
    out.append(_neg("side-scorecard-es", ics, uid, "user-as-interviewer-scorecard-es"))
    ics, uid = outlook(
        "side-debrief", "Debrief candidatos fisio junior", "20250327T140000", "20250327T143000", MONICA,
        [W, CARLOS], "Repasamos Marcos, Lucía y Pablo. Traed vuestras notas de entrevista y la valoración de la "
        "prueba práctica. Decidimos a quién hacemos oferta.", "Despacho gerencia")
    out.append(_neg("side-debrief-es", ics, uid, "user-as-interviewer-debrief-es"))
    ics, uid = outlook(
        "side-panel", "Panel entrevistas – Coordinación turno de tarde (candidata: Ana Gil)", "20250331T120000",
        "20250331T130000", CARLOS, [W, MONICA, ("anagil.fisio@gmail.com", "Ana Gil")],
        "Panel: Carlos (dirección clínica), Mónica (gerencia) e Irene (coordinación fisio). Irene: bloque de "
        "casos clínicos y organización de agendas.", "Sala de reuniones – clínica")
    out.append(_neg("side-panel-es", ics, uid, "user-as-interviewer-panel-es"))
    ics, uid = outlook(
        "side-shadow", "Shadowing entrevista: Irene observa a Carlos (formación de entrevistadores)",
        "20250303T100000", "20250303T110000", CARLOS, [W],
        "Irene, siéntate conmigo en la entrevista de la candidata de recepción para que veas la estructura "
        "antes de que empieces a entrevistar tú a los fisios junior.", "Despacho dirección clínica")
    out.append(_neg("side-shadowing-es", ics, uid, "user-as-interviewer-shadowing-es"))
    ics, uid = apple("side-terse", "entrev. cand. Sergio M. (fisio jr) 17h", "20250401T170000", "20250401T173000",
                     "CV en el correo de Mónica. preguntar por disponibilidad sábados", "clínica", tz=None)
    out.append(_neg("side-handtyped-es", ics, uid, "user-as-interviewer-handtyped-terse-es"))
    ics, uid = google(
        "side-interns", "Entrevistas alumnos prácticas UCM – 3 candidatos", "20250304T150000",
        "20250304T163000", ("coordinacion.practicas.fisio@ucm.es", "Coordinación Prácticas Fisioterapia UCM"),
        [W, ("coordinacion.practicas.fisio@ucm.es", None)],
        "Estimada tutora de centro:\n\nle confirmamos las entrevistas con los tres alumnos asignados a su "
        "centro para el Practicum II: 15:00 Nerea Pozo, 15:30 Hugo Alcántara, 16:00 Ainhoa Ríos.\n\n"
        "Coordinación de Prácticas – Facultad de Enfermería, Fisioterapia y Podología", "Clínica FisioSalud")
    out.append(_neg("side-interns-es", ics, uid, "user-as-interviewer-interns-tutor-es"))
    ics, uid = thunderbird(
        "side-kit", "Preparar kit entrevista: Fisioterapeuta suelo pélvico (preguntas + rúbrica)",
        "20250407T083000", "20250407T090000", "Preguntas de caso (incontinencia posparto), rúbrica 1–4, "
        "prueba práctica opcional. Enviar a Mónica antes de las entrevistas del jueves.", None)
    out.append(_neg("side-kit-es", ics, uid, "user-as-interviewer-kit-es"))
    ics, uid = outlook(
        "side-freemail", "Videollamada con candidata – Laura Pizarro (fisioterapeuta suelo pélvico)",
        "20250410T130000", "20250410T134500", W, [("laurapizarro88@yahoo.es", "laurapizarro88@yahoo.es")],
        "Hola Laura,\n\nte envío el enlace para la entrevista de mañana. Seremos Mónica (gerente) y yo.\n\n"
        "Irene Gallego – Clínica FisioSalud Chamberí\n\n" + teams("side-freemail"), "Reunión de Microsoft Teams",
        optional=[MONICA])
    out.append(_neg("side-freemail-candidate-es", ics, uid, "user-as-interviewer-freemail-candidate-teams-es"))
    ics, uid = google(
        "side-en", "Interview: Tom Whitaker – Physiotherapist (Sports) – FisioSalud Chamberí", "20250411T100000",
        "20250411T104500", W, [W, ("tom.whitaker.physio@outlook.com", "Tom Whitaker")],
        "Hi Tom,\n\nthanks for applying to our sports physiotherapist vacancy. I'd like to do the interview "
        "partly in Spanish (our patients mostly speak Spanish). Here's the link.\n\nBest,\nIrene Gallego – "
        "Physiotherapy Coordinator, Clínica FisioSalud Chamberí\n\n" + meet("tom-wtkr-vda", "en"), None)
    out.append(_neg("side-en", ics, uid, "user-as-interviewer-en"))
    ics, uid = outlook(
        "side-practical", "Prueba práctica candidatos fisio junior – evalúa Irene", "20250326T090000",
        "20250326T110000", MONICA, [W, ("marcosvidal.fisio@gmail.com", "Marcos Vidal"),
                                    ("lucia.marin.fisio@hotmail.com", "Lucía Marín")],
        "Cada candidato hace una valoración y tratamiento de un paciente simulado (lumbalgia). Irene evalúa con "
        "la rúbrica del kit.", "Box 3 y Box 4")
    out.append(_neg("side-practical-es", ics, uid, "user-as-interviewer-practical-es"))
    ics, uid = google(
        "side-calendly2", "Nueva cita: Raúl Sanz – Entrevista Fisio Verano", "20250505T121500", "20250505T123000",
        W, [W, ("raulsanz.fisio@gmail.com", "Raúl Sanz")],
        "Un nuevo evento ha sido programado.\n\nTipo de evento: Entrevista Fisio Verano (15 min)\nInvitado: Raúl "
        "Sanz\nCorreo electrónico del invitado: raulsanz.fisio@gmail.com\nZona horaria del invitado: "
        "Europe/Madrid\n\nVer evento en Calendly: https://calendly.com/igallego-fisiosalud/entrevista-fisio-verano",
        None)
    out.append(_neg("side-calendly-host2-es", ics, uid, "user-as-interviewer-calendly-new-booking-es"))
    ics, uid = outlook(
        "side-cancel", "Cancelado: Entrevista candidato – Iván Rey (fisio junior)", "20250402T163000",
        "20250402T170000", W, [("ivanrey.fisio@gmail.com", "Iván Rey")],
        "Hola Iván, cancelo la entrevista: hemos cerrado el proceso. Gracias por tu interés.\nIrene",
        "Clínica FisioSalud Chamberí", method="CANCEL", seq=1, status="CANCELLED")
    out.append(_neg("side-cancelled-es", ics, uid, "user-as-interviewer-cancelled-es"))
    ics, uid = outlook(
        "side-committee", "Decisión contratación fisio junior – comité", "20250328T133000", "20250328T140000",
        MONICA, [W, CARLOS], "Comité: Dirección clínica, Gerencia y Coordinación de fisio. Oferta a Marcos Vidal "
        "o Lucía Marín; revisar referencias.", "Despacho gerencia")
    out.append(_neg("side-committee-es", ics, uid, "user-as-interviewer-hiring-committee-es"))
    ics, uid = apple("side-refcheck", "Llamar referencia de Lucía Marín (su ex-jefa en Fisio Delicias)",
                     "20250327T093000", "20250327T094500", "Tel. 915 xx xx 20 – preguntar puntualidad, trato "
                     "con pacientes, por qué se fue", None)
    out.append(_neg("side-refcheck-es", ics, uid, "user-as-interviewer-reference-check-es"))
    ics, uid = outlook(
        "side-second", "2ª entrevista – Marcos Vidal – con Irene y Mónica", "20250401T103000", "20250401T111500",
        MONICA, [W, ("marcosvidal.fisio@gmail.com", "Marcos Vidal")],
        "Segunda ronda con el candidato a fisio junior. Irene lleva la parte clínica, yo condiciones.",
        "Sala de reuniones – clínica")
    out.append(_neg("side-second-round-es", ics, uid, "user-as-interviewer-second-round-es"))
    ics, uid = google(
        "side-reception", "Entrevista recepcionista – candidata Sara López", "20250303T103000",
        "20250303T110000", CARLOS, [CARLOS, W, ("saralopez.adm@gmail.com", "Sara López")],
        "Entrevistamos Carlos e Irene (Irene observa y pregunta por la coordinación de agendas).", "Recepción")
    out.append(_neg("side-reception-es", ics, uid, "user-as-interviewer-receptionist-es"))
    ics, uid = ats(
        "tt-interview-77d0b1e4@teamtailor.com", "-//Teamtailor//Interview//EN",
        "Entrevista con Paula Rico para Fisioterapeuta Junior en Clínica FisioSalud Chamberí", "20250409T160000",
        "20250409T164500", ("seleccion@" + CL, "Clínica FisioSalud Chamberí"),
        [W, ("paula.rico.fisio@gmail.com", "Paula Rico")],
        "Hola Irene,\n\nhas sido añadida como entrevistadora en esta entrevista.\nCandidata: Paula Rico\nPuesto: "
        "Fisioterapeuta Junior\nKit de entrevista y tarjeta de evaluación: https://app.teamtailor.com/"
        "interviews/77d0b1e4\n\nPowered by Teamtailor", "Clínica FisioSalud Chamberí", tz="Europe/Madrid")
    out.append(_neg("side-ats-interviewer-es", ics, uid, "user-as-interviewer-ats-added-as-interviewer-es"))
    ics, uid = google(
        "side-fr", "Entretien stagiaire Erasmus – Camille Dubois (kiné, IFMK Lyon)", "20250415T090000",
        "20250415T093000", W, [W, ("camille.dubois@etu.ifmk-lyon.fr", "Camille Dubois")],
        "Bonjour Camille,\n\nvoici le lien pour notre entretien pour le stage Erasmus+ à la clinique (juin–"
        "juillet). On peut parler en espagnol ou en anglais si tu préfères.\n\nIrene Gallego, tutrice de stage"
        "\n\n" + zoom("side-fr", "en"), "Zoom")
    out.append(_neg("side-intern-fr", ics, uid, "user-as-interviewer-erasmus-intern-fr"))
    return out
