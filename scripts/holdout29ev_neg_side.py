"""holdout29: Carmen Ruiz as the interviewer at Hospital Turia (never her own interview)."""

from __future__ import annotations

from holdout29ev_ics import ME, WORK, Built, Row, att, org, simple, teams, uid_for, vcal, vevent

ROM = "Romance Standard Time"
MAD = "Europe/Madrid"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
W = att(*WORK)
T = "user_as_interviewer"


def _neg() -> Row:
    return Row(0, trap=T)


def _recurring_slots() -> Built:
    uid = uid_for("n10", "outlook")
    base = vevent(
        uid,
        "Entrevistas TCAE bolsa verano - candidatas",
        "20270111T130000",
        "20270111T143000",
        ROM,
        [
            org("Supervisión Enfermería H. Turia", "supervision.enf@hospital-turia.es"),
            W,
            att("Rafael Gómez", "rgomez@hospital-turia.es"),
        ],
        "Franja semanal para entrevistar a las candidatas a TCAE de la bolsa de verano. Las candidatas vienen a "
        "planta 3; Carmen y Rafael puntúan en la hoja del tribunal.",
        "Despacho supervisión, planta 3",
        extra=["RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4"],
    )
    over = vevent(
        uid,
        "Entrevistas TCAE bolsa verano - candidatas (hoy 14h)",
        "20270118T140000",
        "20270118T153000",
        ROM,
        [
            org("Supervisión Enfermería H. Turia", "supervision.enf@hospital-turia.es"),
            W,
            att("Rafael Gómez", "rgomez@hospital-turia.es"),
        ],
        "Cambio de hora por la sesión clínica.",
        "Despacho supervisión, planta 3",
        extra=["RECURRENCE-ID;TZID=Romance Standard Time:20270118T130000", "SEQUENCE:1"],
    )
    return Built("neg-side-recurring-slot-override", vcal("outlook", [base, over], (ROM,), "REQUEST"), uid, _neg())


def events() -> list[Built]:
    """Given nothing returns the user-as-interviewer negatives."""
    out: list[Built] = [_recurring_slots()]
    a = out.append
    a(
        simple(
            "outlook",
            "neg-side-tcae-interview",
            "n1",
            "Entrevista candidata TCAE - Laura Benlloch",
            "20261201T120000",
            "20261201T123000",
            ROM,
            [org(*WORK), att("Laura Benlloch", "laurabenlloch98@gmail.com")],
            "Laura, te esperamos en la planta 5 (Medicina Interna) para la entrevista al puesto de Técnico en Cuidados "
            "Auxiliares de Enfermería. Pregunta por Carmen Ruiz, enfermera.",
            "Planta 5, Hospital Turia",
            row=_neg(),
        )
    )
    a(
        simple(
            "exchange",
            "neg-side-tribunal",
            "n2",
            "Tribunal de selección de Enfermería - convocatoria 7/2026",
            "20261202T090000",
            "20261202T140000",
            ROM,
            [
                org("RRHH Hospital Turia", "seleccion@hospital-turia.es"),
                W,
                att("Dr. Enrique Sala", "esala@hospital-turia.es"),
                att("Inmaculada Ferrer", "iferrer@hospital-turia.es"),
                att("Sala de Juntas 1", "salajuntas1@hospital-turia.es", ROOM),
            ],
            "Sesión del tribunal: entrevistas a 12 aspirantes a enfermera/o de UCI. Los vocales recibirán las fichas "
            "de evaluación en papel.",
            "Sala de Juntas 1",
            row=_neg(),
        )
    )
    a(
        simple(
            "google",
            "neg-side-practical-test",
            "n3",
            "Prueba práctica aspirantes: canalización vía periférica",
            "20261203T160000",
            "20261203T190000",
            MAD,
            [org(*WORK), att("Aula de simulación", "simulacion@hospital-turia.es", ROOM)],
            "Carmen evalúa la prueba práctica de los aspirantes a la bolsa de enfermería (6 aspirantes, 25 min cada "
            "uno). Llevar rúbrica.",
            "Aula de simulación, edificio docente",
            row=_neg(),
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-student-nurse",
            "n4",
            "Entrevista alumna prácticas Grado Enfermería (UV) - Marina",
            "20261204T100000",
            "20261204T102000",
            ROM,
            [org(*WORK), att("Marina Cebrián", "macebri@alumni.uv.es")],
            "Entrevista de acogida y selección para el rotatorio de prácticas en nuestra unidad. Soy tu futura tutora.",
            row=_neg(),
        )
    )
    a(
        simple(
            "google",
            "neg-side-private-copy",
            "n5",
            "entrevistar a 2 TCAE (candidatas) 12:30",
            "20261207T123000",
            "20261207T133000",
            MAD,
            [org(*ME)],
            "en el hospital; yo hago de entrevistadora con Rafa",
            row=_neg(),
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-interview-kit",
            "n6",
            "Rellenar hojas de puntuación entrevistas TCAE",
            "20261208T150000",
            "20261208T160000",
            ROM,
            [org(*WORK)],
            "Pasar a limpio las puntuaciones de las candidatas entrevistadas el lunes y enviarlas a RRHH.",
            row=_neg(),
        )
    )
    a(
        simple(
            "exchange",
            "neg-side-debrief",
            "n7",
            "Deliberación tribunal - candidatos Enfermería UCI",
            "20261209T133000",
            "20261209T143000",
            ROM,
            [
                org("Dr. Enrique Sala", "esala@hospital-turia.es"),
                W,
                att("Inmaculada Ferrer", "iferrer@hospital-turia.es"),
            ],
            "Puesta en común de las puntuaciones y propuesta de candidatos a RRHH.",
            row=_neg(),
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-en-candidate",
            "n8",
            "Interview with candidate – Erasmus nursing placement (Aoife Byrne)",
            "20261210T110000",
            "20261210T113000",
            ROM,
            [org(*WORK), att("Aoife Byrne", "aoife.byrne@ucdconnect.ie")],
            "Hi Aoife, this is your interview for the Erasmus+ clinical placement on our ward at Hospital Turia. "
            "I'll be interviewing you with our ward manager.\n" + teams("322 001 984 56", "Hu7Tq2"),
            row=_neg(),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "neg-side-calendly-host",
            "n9",
            "Entrevista TCAE: Carmen Ruiz y Paula Giner",
            "20261211T100000",
            "20261211T102000",
            "Z",
            [org(*WORK), att("Paula Giner", "paulaginer.tcae@hotmail.com")],
            "Evento: Entrevista TCAE (Hospital Turia)\nInvitado: Paula Giner\nAnfitriona: Carmen Ruiz\n"
            "Reservado a través de la página de citas de la supervisión de Enfermería.",
            row=_neg(),
        )
    )
    a(
        simple(
            "workday",
            "neg-side-workday-assign",
            "n11",
            "Interviewer assignment: Nurse Assistant (REQ-3371) – Candidate J. Ortiz",
            "20261214T090000",
            "20261214T093000",
            ROM,
            [org("Workday", "hospitalturia@myworkday.com"), W],
            "You have been assigned as an interviewer for candidate Javier Ortiz, requisition REQ-3371 Nurse Assistant "
            "(Hospital Turia). Please submit your feedback in Workday within 24 hours.",
            row=_neg(),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-agency-sends-candidate",
            "n12",
            "Entrevista candidato Adecco Salud - TCAE noches",
            "20261215T170000",
            "20261215T173000",
            ROM,
            [
                org("Beatriz Llopis", "beatriz.llopis@adecco-salud.es"),
                W,
                att("Iván Pardo", "ivan.pardo.tcae@gmail.com"),
            ],
            "Carmen, te presentamos a nuestro candidato Iván Pardo para la vacante de TCAE de noches en vuestra "
            "unidad. Te dejo la entrevista cuadrada con él.",
            row=_neg(),
        )
    )
    a(
        simple(
            "google",
            "neg-side-de-hospitation",
            "n13",
            "Vorstellungsgespräch Pflegepraktikantin (Austausch) – Lena Hofmann",
            "20261216T093000",
            "20261216T100000",
            MAD,
            [org(*WORK), att("Lena Hofmann", "lena.hofmann@stud.pflege-fh.de")],
            "Liebe Lena, ich führe das Gespräch für deinen Praktikumsplatz auf unserer Station im Hospital Turia. "
            "Bis bald, Carmen (Praxisanleiterin)",
            row=_neg(),
            lang="de",
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-fr-stagiaire",
            "n14",
            "Entretien candidate stage infirmier – Chloé Martin",
            "20261217T150000",
            "20261217T153000",
            ROM,
            [org(*WORK), att("Chloé Martin", "chloe.martin@etu.ifsi-lyon.fr")],
            "Bonjour Chloé, je suis l'infirmière qui va mener votre entretien pour le stage au Hospital Turia "
            "(Valencia).",
            row=_neg(),
            lang="fr",
        )
    )
    a(
        simple(
            "exchange",
            "neg-side-cancelled-candidate",
            "n15",
            "Cancelado: Entrevista aspirante bolsa - Sergio Mas",
            "20261218T120000",
            "20261218T123000",
            ROM,
            [org(*WORK), att("Sergio Mas", "sergiomas.enf@yahoo.es")],
            "El aspirante ha renunciado al proceso.",
            extra=["STATUS:CANCELLED", "SEQUENCE:2"],
            row=_neg(),
            method="CANCEL",
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-shadowing",
            "n16",
            "Acompañamiento en planta de candidata TCAE (turno prueba)",
            "20261221T080000",
            "20261221T150000",
            ROM,
            [
                org("Supervisión Enfermería H. Turia", "supervision.enf@hospital-turia.es"),
                W,
                att("Noelia Arnau", "noelia.arnau.tcae@gmail.com"),
            ],
            "Noelia hará una mañana de prueba acompañando a Carmen, que valorará su desempeño para la contratación.",
            row=_neg(),
        )
    )
    a(
        simple(
            "apple",
            "neg-side-terse",
            "n17",
            "entrevistas alumnos prácticas (yo tribunal)",
            "20261222T130000",
            "20261222T143000",
            MAD,
            [],
            row=_neg(),
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-en-panel",
            "n18",
            "Selection panel – Staff Nurse (ICU) interviews",
            "20270108T090000",
            "20270108T130000",
            ROM,
            [
                org("HR Hospital Turia", "seleccion@hospital-turia.es"),
                W,
                att("María José Lucas", "mjlucas@hospital-turia.es"),
                att("Sala Docencia 2", "docencia2@hospital-turia.es", ROOM),
            ],
            "Panel members: Carmen Ruiz, María José Lucas. Six candidates, 30 min each; use the standard scorecard.",
            "Sala Docencia 2",
            row=_neg(),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "neg-side-invite-freemail-candidate",
            "n19",
            "Entrevista TCAE Hospital Turia – Ana Beltrán",
            "20270109T110000",
            "20270109T113000",
            MAD,
            [org(*ME), att("Ana Beltrán", "anabeltran.tcae@gmail.com")],
            "Hola Ana, te entrevisto yo desde mi correo personal porque el del hospital está caído. Planta 5, "
            "pregunta por Carmen.",
            "Hospital Turia, planta 5",
            row=_neg(),
        )
    )
    a(
        simple(
            "outlook",
            "neg-side-calibration",
            "n20",
            "Calibración criterios de evaluación - entrevistas aspirantes 2027",
            "20270110T100000",
            "20270110T110000",
            ROM,
            [org("Inmaculada Ferrer", "iferrer@hospital-turia.es"), W, att("Rafael Gómez", "rgomez@hospital-turia.es")],
            "Acordar la rúbrica común para las entrevistas y pruebas prácticas de aspirantes a enfermería.",
            row=_neg(),
        )
    )
    return out
