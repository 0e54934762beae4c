"""Negatives where Lucía is on the hiring side at Colegio San Jorge (train14): kits, panels, trial lessons, notes."""

from __future__ import annotations

from train14ev_boiler import meet, teams, zoom
from train14ev_ics import ME, ME_WORK, Ev

LU = f"Lucía Navarro <{ME}>"
LUW = f"Lucía Navarro Ruiz <{ME_WORK}>"
MARTA = "Marta Ibáñez <mibanez@colegio-sanjorge.es>"
JORGE = "Jorge Casals <jcasals@colegio-sanjorge.es>"
PAULA = "Paula Roig <proig@colegio-sanjorge.es>"
SALA = "Sala de Visitas <sala.visitas@colegio-sanjorge.es>|room"


def events() -> list[Ev]:
    """Given nothing returns the user-as-interviewer negatives, each written on its own."""
    out: list[Ev] = []
    a = out.append

    a(Ev("side-candidate-gmail", "es", "Entrevista candidata maestra de Infantil – Claudia Pardo", "2026-01-14 16:30",
         45, prod="owa", tz="win:Romance Standard Time", org=LUW,
         att=["Claudia Pardo <claudiapardo.maestra@gmail.com>", JORGE, SALA],
         desc="Hola Claudia,\n\nte esperamos en el colegio para la entrevista para la sustitución de Infantil 4 "
              "años. Estaremos Jorge Casals (jefe de estudios) y yo. Pregunta en conserjería.\n\nLucía Navarro\n"
              "Colegio San Jorge", loc="Sala de Visitas"))

    a(Ev("side-trial-lesson", "es", "Clase de prueba – candidato Matemáticas 5º (Adrián Soler)", "2026-01-16 11:00",
         50, prod="outlook", tz="winvt:Romance Standard Time", org=PAULA,
         att=[LUW, "Adrián Soler <adrian.soler@alumni.uv.es>", MARTA],
         desc="Adrián impartirá una sesión de 45 minutos en 5ºB. Lucía y Marta observan y rellenan la rúbrica "
              "de observación (carpeta compartida > Selección 2026 > Rúbricas).", loc="Aula 5ºB"))

    a(Ev("side-kit", "es", "Preparar guion de entrevista – plazas de Primaria", "2026-01-19 17:00", 60,
         prod="apple", tz="Europe/Madrid",
         desc="Revisar preguntas por competencias, caso de convivencia y criterios de puntuación para las "
              "entrevistas a candidatos de la semana que viene."))

    a(Ev("side-scorecard", "en", "Reminder: submit your scorecard for Hannah Webb (English Language Assistant)",
         "2026-01-20 18:00", 15, prod="workday", org="Colegio San Jorge Careers <sanjorge@myworkday.com>",
         att=[LUW],
         desc="You interviewed Hannah Webb for English Language Assistant (Primary). Please submit your interview "
              "feedback in Workday before the hiring committee meets on Thursday."))

    a(Ev("side-debrief", "es", "Puesta en común entrevistas auxiliares de conversación", "2026-01-21 14:00", 30,
         prod="owa", tz="win:Romance Standard Time", org=MARTA, att=[LUW, JORGE, PAULA],
         desc="Repasamos las 4 entrevistas de ayer (inglés y francés) y decidimos a quién hacemos oferta.",
         loc="Despacho Dirección"))

    a(Ev("side-committee", "es", "Comisión de contratación – profesorado curso 26/27", "2026-01-22 13:00", 60,
         prod="outlook", tz="winvt:Romance Standard Time", org="Dirección General <direccion@colegio-sanjorge.es>",
         att=[LUW, MARTA, JORGE, PAULA, "Enrique Molla <emolla@colegio-sanjorge.es>"],
         desc="Orden del día:\n1. Candidaturas finalistas Primaria (3 plazas)\n2. Informe de las clases de prueba\n"
              "3. Propuesta de contratación a Titularidad", loc="Sala de Juntas"))

    a(Ev("side-student-teacher", "es", "Entrevista alumna en prácticas (Magisterio UV) – Sara Bosch",
         "2026-01-23 12:15", 20, prod="google", org=LUW.replace("Ruiz ", ""),
         att=["Sara Bosch Climent <sabocli@alumni.uv.es>", LUW],
         desc="Entrevista breve antes de asignarte tutora para el Practicum II. Trae tu plan de prácticas.\n\n"
              + meet("practicum-sara", "es")[0], loc=meet("practicum-sara", "es")[1]))

    a(Ev("side-calendly-host", "es", "Nueva reserva: Entrevista Maestro/a Primaria con Lucía Navarro",
         "2026-01-26 17:30", 30, prod="calendly", org=LUW,
         att=[LUW, "Javier Montoro <javimontoro91@hotmail.com>"],
         desc="Invitado: Javier Montoro\nEvento: Entrevista Maestro/a Primaria (30 min)\nAnfitriona: Lucía "
              "Navarro Ruiz\nPreguntas: ¿Tienes la mención en inglés? – Sí, C1.\n\nCalendly.com"))

    a(Ev("side-note-first-person", "es", "Entrevisto a la candidata de Música a las 10", "2026-01-27 10:00", 45,
         prod="ios", tz="float", desc="Llevar rúbrica y el CV impreso. Pedirle que toque algo con flauta."))

    a(Ev("side-shadow", "en", "Shadowing: Lucía sits in on Jorge's interview (PE teacher)", "2026-01-28 15:00", 45,
         prod="outlook", tz="winvt:Romance Standard Time", org=JORGE,
         att=[LUW, "Pablo Esteve <pablo.esteve.ef@gmail.com>", SALA],
         desc="Lucía joins as a shadow interviewer before she leads interviews on her own. Candidate: Pablo "
              "Esteve (Physical Education). Please don't ask questions, just take notes.", loc="Sala de Visitas"))

    a(Ev("side-agency-candidate", "es", "Presentación candidata – Adecco Education para Colegio San Jorge",
         "2026-01-29 16:00", 40, prod="outlook", tz="winvt:Romance Standard Time",
         org="Rocío Marín <rocio.marin@adecco.invalid>", att=[LUW, "Alba Ferrer <alba.ferrer.mestra@gmail.com>"],
         desc="Buenas tardes Lucía,\n\nte presento a Alba Ferrer, nuestra candidata para la baja de 3º de Primaria. "
              "Os conecto por Teams para la entrevista.\n\n" + teams("adecco-alba", "es")[0],
         loc=teams("adecco-alba", "es")[1]))

    a(Ev("side-recurring-slot", "es", "Franja entrevistas sustituciones", "2026-02-02 16:30", 60, prod="owa",
         tz="win:Romance Standard Time", org=LUW, rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6",
         override=("2026-02-16 16:30", "2026-02-17 16:30", ""),
         desc="Hueco semanal para entrevistar a candidatos de la bolsa de sustituciones. Marta y Jorge se "
              "apuntan cuando pueden.", loc="Sala de Visitas"))

    a(Ev("side-cancelled", "es", "Cancelada: Entrevista candidato Religión – Rubén Alcaide", "2026-02-04 12:00",
         30, prod="outlook", tz="winvt:Romance Standard Time", status="CANCELLED", seq=1, org=LUW,
         att=["Rubén Alcaide <ruben.alcaide@outlook.es>", JORGE],
         desc="El candidato ha aceptado otra oferta. Se cancela la entrevista."))

    a(Ev("side-fr-assistant", "fr", "Entretien assistante de langue française – Camille Roux", "2026-02-05 13:30",
         30, prod="google", org=f"Lucía Navarro <{ME_WORK}>",
         att=["Camille Roux <camille.roux@etu.univ-tlse2.fr>", LUW],
         desc="Bonjour Camille,\n\nje vous propose un entretien en visio pour le poste d'assistante de langue "
              "française au Colegio San Jorge (septembre 2026). Nous parlerons de votre expérience avec les "
              "enfants de 6 à 12 ans.\n\nLucía Navarro, Colegio San Jorge\n\n" + meet("camille", "fr")[0],
         loc=meet("camille", "fr")[1]))

    a(Ev("side-de-teacher", "de", "Vorstellungsgespräch Deutschlehrerin (Bewerberin: Lena Vogt)", "2026-02-06 15:00",
         45, prod="outlook", tz="winvt:W. Europe Standard Time", org=LUW,
         att=["Lena Vogt <lena.vogt@web.de>", MARTA],
         desc="Liebe Frau Vogt,\n\nvielen Dank für Ihre Bewerbung als Deutschlehrerin für unsere Grundschule. "
              "Frau Ibáñez (Schulleitung) und ich freuen uns auf das Gespräch per Teams.\n\nLucía Navarro\n\n"
              + teams("vogt", "de")[0], loc=teams("vogt", "de")[1]))

    a(Ev("side-calibration", "en", "Interviewer calibration – trial lesson rubric", "2026-02-09 14:00", 45,
         prod="owa", tz="win:Romance Standard Time", org=PAULA, att=[LUW, JORGE, MARTA],
         desc="Let's align how we score the trial lessons (classroom management, use of English, feedback) "
              "before the spring hiring round."))

    a(Ev("side-intake", "es", "Reunión perfil vacante Infantil con RR. HH.", "2026-02-10 09:00", 30, prod="owa",
         tz="win:Romance Standard Time", org=PAULA, att=[LUW],
         desc="Definimos el perfil y las preguntas para la vacante de Infantil de la que serás entrevistadora "
              "principal."))

    a(Ev("side-personio-interviewer", "de", "Interview: Jonas Krüger – Praktikum Grundschule (Sie sind Interviewer)",
         "2026-02-12 12:30", 30, prod="personio", org="Colegio San Jorge <jobs@colegio-sanjorge.jobs.personio.de>",
         att=[LUW, "Jonas Krüger <jonas.krueger@stud.uni-heidelberg.de>"],
         desc="Hallo Lucía,\n\nSie wurden als Interviewer für den Bewerber Jonas Krüger (Praktikum Grundschule, "
              "Auslandssemester) eingetragen. Bitte füllen Sie den Bewertungsbogen nach dem Gespräch aus.\n\n"
              + zoom("krueger", "de")[0]))

    a(Ev("side-panel-room", "en", "Panel interview – Head of Year 4 applicant (internal + external)",
         "2026-02-13 10:00", 60, prod="outlook", tz="winvt:Romance Standard Time", org=MARTA,
         att=[LUW, JORGE, "Oliver Grant <olivergrant.teach@gmail.com>", SALA,
              "Proyector portátil <proyector2@colegio-sanjorge.es>|res"],
         desc="Candidate: Oliver Grant. Panel: Marta Ibáñez, Jorge Casals, Lucía Navarro. Each panellist takes one "
              "question block; scores in the shared sheet.", loc="Sala de Visitas"))

    a(Ev("side-private-copy", "es", "Entrevistas Magisterio (yo entrevisto)", "2026-02-16 15:30", 120,
         prod="gexport", tz="float", desc="3 candidatas seguidas en el cole: 15:30, 16:10, 16:50. Rúbrica en el "
                                           "Drive del cole."))

    a(Ev("side-observe-trial-en", "en", "Observe trial lesson – Year 2 science (applicant: Priya Shah)",
         "2026-02-18 09:15", 45, prod="google", org="Jorge Casals <jcasals@colegio-sanjorge.es>",
         att=[LUW, "Priya Shah <priya.shah@ucl.ac.uk>"],
         desc="Priya teaches the Year 2 bilingual science slot; please observe and fill in the observation form."))

    a(Ev("side-offer-call", "es", "Llamada para comunicar decisión a finalistas", "2026-02-20 13:00", 30,
         prod="apple", tz="Europe/Madrid",
         desc="Llamo yo a las dos finalistas de Primaria: una oferta y un 'no' con feedback."))

    a(Ev("side-interviewer-training", "es", "Formación: cómo entrevistar sin sesgos (equipo directivo)",
         "2026-02-25 17:00", 90, prod="outlook", tz="winvt:Romance Standard Time", org=PAULA,
         att=[LUW, MARTA, JORGE], desc="Sesión interna para quienes entrevistáis a profesorado: preguntas "
                                       "estructuradas, rúbricas y toma de notas.", loc="Biblioteca"))

    a(Ev("side-fr-stagiaire", "fr", "Entretien stagiaire PE (INSPÉ Toulouse) – Élodie Marty", "2026-03-04 12:45",
         25, prod="thunderbird", tz="Europe/Madrid", org=LUW,
         att=["Élodie Marty <elodie.marty@etu.inspe-toulouse.invalid>"],
         desc="Entretien avec une stagiaire de l'INSPÉ qui souhaite faire son stage d'observation dans ma classe "
              "en avril."))

    a(Ev("side-hiring-sync-recurring", "en", "Hiring sync – spring teacher recruitment", "2026-03-05 08:15", 30,
         prod="outlook", tz="winvt:Romance Standard Time", org=PAULA, att=[LUW, MARTA],
         rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=5", override=("2026-03-19 08:15", "", "CANCELLED"),
         desc="Weekly check on open roles, interview schedule and offers."))

    a(Ev("side-de-referenz", "de", "Referenzgespräch zu Bewerberin Lena Vogt (mit ihrer früheren Schule)",
         "2026-03-06 16:00", 20, prod="apple", tz="Europe/Madrid",
         desc="Ich rufe die Deutsche Schule Sevilla an, Referenz für Frau Vogt einholen."))

    a(Ev("side-university-intern", "en", "Interview – teaching intern from Erasmus (Tom Becker)", "2026-03-09 17:30",
         30, prod="google", org=f"Lucía Navarro <{ME_WORK}>",
         att=["Tom Becker <tom.becker@student.ru.nl>", LUW],
         desc="Hi Tom, this is your interview for the Erasmus+ teaching internship at Colegio San Jorge. I teach "
              "Year 3 and will be your mentor if it works out.\n\n" + meet("becker", "en")[0],
         loc=meet("becker", "en")[1]))

    a(Ev("side-fr-comite", "fr", "Comité de recrutement – poste de professeur de FLE", "2026-03-11 14:30", 45,
         prod="owa", tz="win:Romance Standard Time", org=MARTA, att=[LUW, PAULA],
         desc="Décision sur les deux candidats au poste de professeur de FLE (entretiens menés par Lucía)."))

    a(Ev("side-es-yahoo-copy", "es", "Entrevistar a Irene (sustitución 1º) en el cole", "2026-03-13 16:45", 30,
         prod="google", org=LU, att=[LU],
         desc="Recordatorio en mi calendario personal: la entrevista la hago yo con Jorge. Candidata: Irene Lozano "
              "(irenelozano.prof@gmail.com)."))

    a(Ev("side-de-hospitation", "de", "Hospitation Bewerber Grundschule – Unterrichtsprobe beobachten",
         "2026-03-16 10:00", 60, prod="outlook", tz="winvt:W. Europe Standard Time", org=JORGE,
         att=[LUW, "Felix Baumann <felix.baumann@gmx.de>", SALA],
         desc="Herr Baumann hält eine Probestunde in der 3A. Frau Navarro beobachtet und bewertet mit dem "
              "Beobachtungsbogen."))

    a(Ev("side-team-lunch", "es", "Comida con la nueva tutora de 2º (bienvenida)", "2026-03-20 14:00", 60,
         prod="ios", tz="float", desc="La que entrevistamos en enero; ya firmó. Bienvenida con el ciclo."))
    return out
