"""holdout36: negatives where the user sits on the hiring side at Construcciones Giralda."""

from __future__ import annotations

from holdout36ev_ical import ACC, OPT, REQ, ROOM, Ev, P, W, teams, zoom
from holdout36ev_pos import ROWS, Row

__all__ = ["ROWS", "N"]


def N(kind: str, lang: str, prod: str, evs: list[Ev], trap: str, method: str = "REQUEST", xwr: str = "") -> None:
    lab = {"is_interview": "0", "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}
    row: Row = (kind, lang, prod, evs, lab, method, xwr)
    ROWS.append(row)


U = "user_as_interviewer"
MEW = ("Cortés Ruiz, Isabel", W, REQ)

N("uai-hr-invite", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000011AA22BBE15DDB01000000000000000010000000C10001",
    "Entrevista candidato Jefe de Obra - Sergio Macías", "20261202T100000", "20261202T110000",
    tz="Romance Standard Time",
    desc="Isabel, te incluyo como entrevistadora técnica para el puesto de Jefe de Obra (obra Hospital de "
         "Osuna). Adjunto CV del candidato. Entrevistaremos tú y yo.\nLourdes Benítez - RR. HH. Construcciones "
         "Giralda S.A.",
    location="Sala Triana - Construcciones Giralda",
    organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"),
    attendees=[MEW, ("Sala Triana", "sala.triana@construcciones-giralda.es", ROOM)])], U)

N("uai-user-organiser-free", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000022BB33CCE25DDB01000000000000000010000000C20002",
    "Entrevista puesto Encargado de Obra - Construcciones Giralda", "20261203T090000", "20261203T094500",
    tz="Romance Standard Time",
    desc="Estimado Manuel:\nLe confirmo la entrevista para el puesto de encargado de obra en nuestra obra de "
         "Dos Hermanas. Pregunte por mí en la caseta de obra.\nUn saludo,\nIsabel Cortés\nJefa de Obra - "
         "Construcciones Giralda S.A.",
    location="Caseta de obra, Residencial Montequinto, Dos Hermanas",
    organizer=("Cortés Ruiz, Isabel", W),
    attendees=[("Manuel Reyes", "manureyes1979@hotmail.com", REQ)])], U)

N("uai-graduate-panel-allday", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000033CC44DDE35DDB01000000000000000010000000C30003",
    "Panel de selección - Programa de Graduados 2027 (entrevistas)", "20261210", "20261211",
    desc="Jornada de entrevistas del programa de graduados. Panel: Isabel Cortés, Ramiro Osuna, Lourdes "
         "Benítez. 8 candidatos, 45 min cada uno. Rúbrica en SharePoint.",
    location="Sede central - Sala Giralda",
    organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"),
    attendees=[MEW, ("Osuna, Ramiro", "rosuna@construcciones-giralda.es", REQ)])], U)

N("uai-private-copy", "es", "google", [Ev(
    "1a2s3d4f5g6h7j8k9l0qwertyu@google.com", "Entrevistar candidato encargado (Pedro Galán) - obra Osuna",
    "20261204T120000Z", "20261204T124500Z", desc="copia personal. Yo entrevisto. CV en el correo del trabajo",
    organizer=("Isabel Cortés", P))], U, xwr="Europe/Madrid", method="")

N("uai-handtyped", "es", "ios", [Ev(
    "E1E2E3E4-F5F6-4A7B-8C9D-0E1F2A3B4C5D", "entrevistar a Luis p/ encargado", "20261207T083000",
    "20261207T090000", tz="Europe/Madrid")], U, method="")

N("uai-forwarded", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000044DD55EEE45DDB01000000000000000010000000C40004",
    "RV: Entrevista candidata Ingeniera de Obra - Marina Vela", "20261209T113000", "20261209T123000",
    tz="Romance Standard Time",
    desc="-----Mensaje original-----\nDe: Benítez Mora, Lourdes\nPara: Cortés Ruiz, Isabel\nAsunto: Entrevista "
         "candidata Ingeniera de Obra - Marina Vela\n\nIsabel, ¿puedes hacerle tú la parte técnica? Es para tu "
         "equipo en la obra de Osuna.",
    organizer=("Cortés Ruiz, Isabel", W), attendees=[("Isabel Cortés", P, REQ)])], U)

N("uai-infojobs-employer", "es", "infojobs", [Ev(
    "ij-emp-55012-882@infojobs.net", "Entrevista con candidato: Francisco Lora - Encargado/a de obra edificación",
    "20261211T090000Z", "20261211T093000Z",
    desc="Empresa: Construcciones Giralda S.A.\nOferta: Encargado/a de obra edificación\nCandidato: Francisco "
         "Lora\nEntrevistador/a: Isabel Cortés\nGestiona tus entrevistas desde InfoJobs Empresas.",
    organizer=("InfoJobs Empresas", "empresas@infojobs.net"),
    attendees=[MEW, ("Francisco Lora", "flora.encargado@gmail.com", REQ)])], U)

N("uai-teamtailor-kit", "en", "teamtailor", [Ev(
    "tt-interview-5550771@teamtailor.com", "Interview with candidate: Ahmed Benali (Site Engineer)",
    "20261214T100000Z", "20261214T104500Z",
    desc="You have been added as an interviewer.\nCandidate: Ahmed Benali\nJob: Site Engineer - Construcciones "
         "Giralda\nInterview kit and scorecard: https://construcciones-giralda.teamtailor.com/app/kit/771\n"
         "Please submit your scorecard within 24 hours.",
    organizer=("Construcciones Giralda", "no-reply@teamtailor.com"),
    attendees=[MEW, ("Ahmed Benali", "ahmed.benali.eng@gmail.com", REQ)])], U)

N("uai-debrief", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000055EE66FFE55DDB01000000000000000010000000C50005",
    "Debrief entrevistas Jefe de Obra", "20261212T130000", "20261212T133000", tz="Romance Standard Time",
    desc="Puesta en común de las 3 entrevistas y decisión.",
        organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"),
    attendees=[MEW, ("Osuna, Ramiro", "rosuna@construcciones-giralda.es", REQ)])], U)

N("uai-recurring-slot", "es", "exchange", [
    Ev("040000008200E00074C5B7101A82E0080000000066FF7700E65DDB01000000000000000010000000C60006",
       "Franja entrevistas candidatos a encargado", "20261201T160000", "20261201T170000", tz="Romance Standard Time",
       rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6",
       desc="Bloque semanal para entrevistar candidatos de encargado que envía RR. HH.",
       organizer=("Cortés Ruiz, Isabel", W)),
    Ev("040000008200E00074C5B7101A82E0080000000066FF7700E65DDB01000000000000000010000000C60006",
       "Franja entrevistas candidatos a encargado (hoy: Antonio Pavón)", "20261215T170000", "20261215T180000",
       tz="Romance Standard Time", recurrence_id="20261215T160000",
       desc="Movido una hora: el candidato Antonio Pavón llega tarde desde Écija.",
       organizer=("Cortés Ruiz, Isabel", W), sequence=1)], U, method="")

N("uai-cancelled-candidate", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000077008811E75DDB01000000000000000010000000C70007",
    "Cancelada: Entrevista candidato Técnico de Prevención - J. Mena", "20261216T100000", "20261216T104500",
    tz="Romance Standard Time", desc="El candidato ha retirado su candidatura.",
    organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"),
    attendees=[MEW], status="CANCELLED", sequence=1)], U, method="CANCEL")

N("uai-agency-sends-candidate", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000088119922E85DDB01000000000000000010000000C80008",
    "Entrevista: nuestro candidato David Rivas para Jefe de Obra en Construcciones Giralda", "20261217T100000",
    "20261217T110000", tz="Romance Standard Time",
    desc="Estimada Isabel:\nComo responsable de la vacante, le confirmamos la entrevista con nuestro candidato "
         "David Rivas. Le adjuntamos su informe de evaluación.\nTalentia Selección",
    organizer=("Carlos Medina", "cmedina@talentia-seleccion.es"),
    attendees=[MEW, ("David Rivas", "drivas.ing@gmail.com", REQ)])], U)

N("uai-calendly-host", "es", "calendly", [Ev(
    "calendly-3b7c11-host", "Entrevista prácticas de verano: Lucía Serrano y Isabel Cortés",
    "20261218T110000Z", "20261218T113000Z",
    desc="Nombre del evento: Entrevista alumnos en prácticas (Construcciones Giralda)\nInvitada: Lucía Serrano "
         "(lucia.serrano@alum.us.es)\nRespuestas: Grado en Ingeniería Civil, 4º curso.\nCon la tecnología de "
         "Calendly.com",
    organizer=("Isabel Cortés", W), attendees=[("Lucía Serrano", "lucia.serrano@alum.us.es", ACC)])], U)

N("uai-en-graduate", "en", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000099AA00BBE95DDB01000000000000000010000000C90009",
    "Graduate Trainee interview – Tom Whitfield (panel: I. Cortés, R. Osuna)", "20261208T150000",
    "20261208T154500", tz="Romance Standard Time",
    desc="Candidate from the UK applying to our graduate trainee programme. Interview in English. Panel "
         "members please fill the rubric after the call.\n\n" + teams("en", "05"),
    organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"),
    attendees=[MEW, ("Osuna, Ramiro", "rosuna@construcciones-giralda.es", REQ),
               ("Tom Whitfield", "t.whitfield@student.bham.ac.uk", REQ)])], U)

N("uai-fr-candidate", "fr", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000AABB11CCEA5DDB01000000000000000010000000CA000A",
    "Entretien candidat – Programme Jeunes Diplômés – Hugo Lambert", "20261209T160000", "20261209T164500",
    tz="Romance Standard Time",
    desc="Bonjour Hugo,\nNous vous confirmons votre entretien pour notre programme de jeunes diplômés. Vous "
         "serez reçu par Isabel Cortés (cheffe de chantier) et moi-même.\nLourdes Benítez, RH, Construcciones "
         "Giralda\n\n" + teams("en", "06"),
    organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"),
    attendees=[MEW, ("Hugo Lambert", "hugo.lambert@insa-toulouse.fr", REQ)])], U)

N("uai-de-intern", "de", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000BBCC22DDEB5DDB01000000000000000010000000CB000B",
    "Vorstellungsgespräch Praktikant Bauleitung – Jonas Weber", "20261210T150000", "20261210T153000",
    tz="Romance Standard Time",
    desc="Hallo Jonas,\nanbei die Einladung zum Gespräch für das Erasmus-Praktikum in der Bauleitung bei "
         "Construcciones Giralda. Gesprächspartnerin ist Isabel Cortés, Bauleiterin.\n" + zoom("en", "07"),
    organizer=("Cortés Ruiz, Isabel", W), attendees=[("Jonas Weber", "jonas.weber@tum.de", REQ)])], U)

N("uai-scorecard-block", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000CCDD33EEEC5DDB01000000000000000010000000CC000C",
    "Rellenar hojas de evaluación candidatos graduados", "20261211T080000", "20261211T083000",
    tz="Romance Standard Time", desc="Pendiente: puntuar a los 8 candidatos del panel de ayer.",
    organizer=("Cortés Ruiz, Isabel", W))], U, method="")

N("uai-private-forward-gmail", "en", "google", [Ev(
    "9o8i7u6y5t4r3e2w1qazxswedc@google.com", "FW: Site engineer candidate interview - Pablo Herrera",
    "20261214T150000Z", "20261214T154500Z",
    desc="Forwarded to my personal calendar so I see it on the phone. I'm interviewing Pablo for the site "
         "engineer vacancy at Giralda, Osuna job.",
    organizer=("Isabel Cortés", P))], U, xwr="Europe/Madrid", method="")

N("uai-bookings-employer", "es", "bookings", [Ev(
    "bk-giralda-5521-aa02", "Entrevista Encargado/a - Construcciones Giralda",
    "20261215T080000Z", "20261215T083000Z",
    desc="Reserva confirmada\nServicio: Entrevista encargados de obra\nPersonal: Isabel Cortés\nCliente: "
         "Rafael Moreno (rafamoreno.obras@yahoo.es)\nConstrucciones Giralda S.A.",
    organizer=("Construcciones Giralda - Selección", "seleccion@construcciones-giralda.es"),
    attendees=[MEW, ("Rafael Moreno", "rafamoreno.obras@yahoo.es", REQ)])], U)

N("uai-apple-panel-note", "es", "apple", [Ev(
    "A1B2C3D4-0000-4E5F-9A8B-7C6D5E4F3A2B", "Panel graduados - me toca entrevistar 3 (tarde)",
    "20261217T150000", "20261217T180000", tz="Europe/Madrid",
    desc="Llevar rúbrica. Candidatas: Sara, Íñigo, Marta. Sala Giralda.")], U, method="")

N("uai-interviewer-training", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000DDEE44FFED5DDB01000000000000000010000000CD000D",
    "Reunión con candidato a encargado: Joaquín Vidal (2ª vuelta)", "20261221T120000", "20261221T130000",
    tz="Romance Standard Time",
    desc="Joaquín ya pasó la primera entrevista con RR. HH.; ahora la entrevista técnica conmigo en obra.",
    location="Obra Hospital de Osuna", organizer=("Cortés Ruiz, Isabel", W),
    attendees=[("Joaquín Vidal", "jvidal.construccion@gmail.com", REQ),
               ("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es", OPT)])], U)
