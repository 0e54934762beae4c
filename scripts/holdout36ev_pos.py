"""holdout36: the user's own interviews (Isabel Cortés, site civil engineer -> renewable-energy PM)."""

from __future__ import annotations

from holdout36ev_ical import ACC, CHAIR, REQ, ROOM, Ev, P, W, meet, teams, webex, zoom

Row = tuple[str, str, str, list[Ev], dict[str, str], str, str]
ROWS: list[Row] = []


def R(kind: str, lang: str, prod: str, evs: list[Ev], company: str, role: str = "", stage: str = "",
      ivs: str = "", trap: str = "", method: str = "REQUEST", xwr: str = "") -> None:
    lab = {"is_interview": "1", "company": company, "role": role, "stage": stage, "interviewers": ivs, "trap": trap}
    ROWS.append((kind, lang, prod, evs, lab, method, xwr))


ME = ("Isabel Cortés", P, REQ)
MEW = ("Isabel Cortés", W, REQ)

R("infojobs-screen", "es", "infojobs", [Ev(
    "ij-88213-4471@infojobs.net", "Entrevista telefónica - Jefe/a de Proyecto Fotovoltaico (Solenia Renovables)",
    "20261201T100000Z", "20261201T103000Z",
    desc="Hola Isabel,\nSolenia Renovables quiere conocerte. Te llamará Marta Ibáñez (Talent Acquisition) al "
         "número que indicaste en tu candidatura.\nPuesto: Jefe/a de Proyecto Fotovoltaico - Sevilla\n"
         "Duración aproximada: 30 minutos.\nPuedes cambiar la cita desde tu área de candidato en InfoJobs.",
    organizer=("InfoJobs", "entrevistas@infojobs.net"),
    attendees=[ME, ("Marta Ibáñez", "mibanez@solenia.es", REQ)])],
    "Solenia Renovables", "Jefe/a de Proyecto Fotovoltaico", "recruiter_screen", "mibanez@solenia.es")

R("outlook-technical", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000D0A1F7C3B65DDB01000000000000000010000000A1B2C3",
    "Entrevista técnica - Isabel Cortés - Project Manager Eólico", "20261203T113000", "20261203T123000",
    tz="Romance Standard Time",
    desc="Hola Isabel:\n\nComo hablamos por teléfono, te convoco a la entrevista técnica para la posición de "
         "Project Manager Eólico. Estarán conmigo Álvaro Fuster (Director de Construcción). Repasaremos tu "
         "experiencia en obra civil y cómo la llevarías a parques eólicos.\n\nUn saludo,\nRocío\n\n"
         + teams("es", "41"),
    location="Reunión de Microsoft Teams",
    organizer=("Rocío Pérez Lanza", "rperez@vdsenergia.com"),
    attendees=[ME, ("Álvaro Fuster", "afuster@vdsenergia.com", REQ)])],
    "Vientos del Sur Energía", "Project Manager Eólico", "technical", "rperez@vdsenergia.com;afuster@vdsenergia.com")

R("workday-hm", "en", "workday", [Ev(
    "wd-REQ-20418-INT-3@northmere.myworkdayjobs.com", "Interview: Construction Manager - Solar (R-20418)",
    "20261204T150000Z", "20261204T154500Z",
    desc="Dear Isabel,\n\nThank you for your interest in Northmere Renewables. Your interview for Construction "
         "Manager - Solar (R-20418) is confirmed.\n\nInterviewer: Gavin Holt, Head of Construction Iberia "
         "(hiring manager)\nFormat: video call\n\n" + teams("en", "77")
         + "\n\nNeed to reschedule? Reply to this message. This message was sent from Workday.",
    organizer=("Northmere Talent Acquisition", "northmere@myworkday.com"),
    attendees=[ME, ("Gavin Holt", "gavin.holt@northmere.co.uk", REQ)])],
    "Northmere Renewables", "Construction Manager - Solar", "hiring_manager", "gavin.holt@northmere.co.uk")

R("greenhouse-onsite", "en", "greenhouse", [Ev(
    "gh-7781202-onsite@greenhouse.io", "Onsite interview - Isabel Cortes - Atlas Grid Consulting",
    "20261209T083000Z", "20261209T123000Z",
    desc="Hi Isabel,\n\nWe're excited to host you at our Madrid office for your onsite loop for the Senior "
         "Project Engineer, Utility-Scale Storage position.\n\n09:30 Case study with Priya Raman\n10:30 Grid "
         "connection deep-dive with Tomás Vidal\n11:30 Lunch & culture chat with Elena Soto\n\nPlease bring an ID "
         "for reception. Scheduled by Kim Ortega (Recruiting Coordinator).",
    location="Atlas Grid Consulting, Paseo de la Castellana 95, Planta 12, Madrid",
    organizer=("Kim Ortega", "kim.ortega@atlasgrid.com"),
    attendees=[ME, ("Priya Raman", "priya.raman@atlasgrid.com", REQ), ("Tomás Vidal", "tomas.vidal@atlasgrid.com", REQ),
               ("Elena Soto", "elena.soto@atlasgrid.com", REQ),
                   ("MAD-12 Sala Tajo", "mad12-tajo@atlasgrid.com", ROOM)])],
    "Atlas Grid Consulting", "Senior Project Engineer, Utility-Scale Storage", "onsite",
    "priya.raman@atlasgrid.com;tomas.vidal@atlasgrid.com;elena.soto@atlasgrid.com")

R("handtyped-es", "es", "ios", [Ev(
    "6C1B2E7A-94D2-4F0B-8E61-2A7C55D0E913", "Entrevista Helioandalus (2ª ronda) - jefa de obra planta Écija",
    "20261210T170000", "20261210T180000", tz="Europe/Madrid",
    desc="con Javier Mora, dir. operaciones. llevar portfolio obras", location="Av. de la Innovación 8, Sevilla")],
    "Helioandalus", "jefa de obra planta Écija", "", "")

R("calendly-founder", "en", "calendly", [Ev(
    "calendly-2f8e1a-9a3d", "Isabel Cortés and Lucas Ferreira",
    "20261211T160000Z", "20261211T163000Z",
    desc="Event Name: Intro call - Kestrel Wind, Site Lead Portugal\n\nLocation: This is a Google Meet web "
         "conference.\n" + meet("en", "kfr-qzxe-wmd") + "\nNeed to make changes to this event?\n"
         "Cancel: https://calendly.com/cancellations/2f8e1a\nReschedule: https://calendly.com/reschedulings/2f8e1a\n"
         "\nPowered by Calendly.com",
    organizer=("Lucas Ferreira", "lucas.ferreira.kw@gmail.com"),
    attendees=[ME, ("Lucas Ferreira", "lucas.ferreira.kw@gmail.com", ACC)])],
    "Kestrel Wind", "Site Lead Portugal", "", "lucas.ferreira.kw@gmail.com")

R("teamtailor-fr", "fr", "teamtailor", [Ev(
    "tt-interview-5530912@teamtailor.com", "Entretien OcciWatt × Isabel Cortés",
    "20261207T090000Z", "20261207T100000Z",
    desc="Bonjour Isabel,\n\nMerci pour votre candidature au poste de Cheffe de projet construction photovoltaïque "
         "(H/F) à Toulouse. Vous échangerez avec Claire Dumas, responsable du pôle construction, et Mathieu "
         "Roux, ingénieur études.\n\nLien visio : https://meet.google.com/oqw-ptrz-jfa\n\nÀ bientôt,\nL'équipe "
         "recrutement d'OcciWatt SAS",
    organizer=("OcciWatt recrutement", "no-reply@teamtailor.com"),
    attendees=[ME, ("Claire Dumas", "claire.dumas@occiwatt.fr", REQ),
        ("Mathieu Roux", "mathieu.roux@occiwatt.fr", REQ)])],
    "OcciWatt", "Cheffe de projet construction photovoltaïque", "",
    "claire.dumas@occiwatt.fr;mathieu.roux@occiwatt.fr")

R("de-direct", "de", "outlook", [Ev(
    "040000008200E00074C5B7101A82E008000000005F2C1A9EBD5DDB010000000000000000100000004E5F6A",
    "Vorstellungsgespräch Projektleiterin Windpark (m/w/d) - Frau Cortés", "20261214T100000", "20261214T110000",
    tz="W. Europe Standard Time",
    desc="Sehr geehrte Frau Cortés,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten "
         "Gespräch per Teams ein. Teilnehmen werden Herr Dr. Stefan Ambach (Bereichsleiter Projekte) und ich.\n\n"
         "Mit freundlichen Grüßen\nJulia Brenner\nPersonalreferentin\nBergwind Projekt GmbH, München\n\n"
         + teams("en", "90"),
    organizer=("Brenner, Julia", "j.brenner@bergwind.de"),
    attendees=[ME, ("Ambach, Stefan Dr.", "s.ambach@bergwind.de", REQ)])],
    "Bergwind Projekt", "Projektleiterin Windpark", "", "j.brenner@bergwind.de;s.ambach@bergwind.de")

R("agency-es", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000A7E24C11C05DDB01000000000000000010000000BB7702",
    "Entrevista con Grenwatt Ibérica - Responsable de Construcción (vía Talentia)", "20261215T123000",
    "20261215T133000", tz="Romance Standard Time",
    desc="Isabel, te confirmo la entrevista con el cliente. Te entrevistarán Nerea Galdós (Directora de "
         "Ingeniería) y Pablo Ruiz (RRHH) en sus oficinas de Madrid. Yo no estaré presente; llámame al salir.\n"
         "Carlos Medina · Consultor Senior · Talentia Selección",
    location="Grenwatt Ibérica, C/ Serrano 41, 4º, Madrid",
    organizer=("Carlos Medina", "cmedina@talentia-seleccion.es"),
    attendees=[ME, ("Nerea Galdós", "ngaldos@grenwatt.es", REQ), ("Pablo Ruiz", "pruiz@grenwatt.es", REQ)])],
    "Grenwatt Ibérica", "Responsable de Construcción", "", "ngaldos@grenwatt.es;pruiz@grenwatt.es")

R("google-final", "es", "google", [Ev(
    "5hq2c0m1f8b7qk9u3jv1pt4ne0@google.com", "Entrevista final — Tejo Energia / Isabel Cortés",
    "20261217T140000Z", "20261217T150000Z",
    desc="Olá Isabel, última fase para a posição de Gestora de Projeto Solar em Lisboa. Estarão o nosso CEO, "
         "Rui Antunes, e a diretora financeira, Inês Carvalho.\n\n" + meet("en", "tej-oxbn-ruk") + "\nAté quinta!"
         + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
         "Invitation from Google Calendar: https://calendar.google.com/calendar/",
    organizer=("Sofia Marques", "sofia.marques@tejoenergia.pt"),
    attendees=[("Sofia Marques", "sofia.marques@tejoenergia.pt", ACC), ME,
               ("Rui Antunes", "rui.antunes@tejoenergia.pt", REQ),
                   ("Inês Carvalho", "ines.carvalho@tejoenergia.pt", REQ)])],
    "Tejo Energia", "Gestora de Projeto Solar", "final",
    "sofia.marques@tejoenergia.pt;rui.antunes@tejoenergia.pt;ines.carvalho@tejoenergia.pt", xwr="Europe/Lisbon")

R("bookings-screen", "es", "bookings", [Ev(
    "bk-3d99a0c1-7d21-4b0e-a7c0-2a0b1c7e5f11", "Primera entrevista (30 min) con Aurora IC",
    "20261202T083000Z", "20261202T090000Z",
    desc="Reserva confirmada\n\nServicio: Primera entrevista candidatos - Técnico/a de Proyectos Renovables\n"
         "Personal: Lidia Campos\nCliente: Isabel Cortés\n\n" + teams("es", "18")
         + "\n\nAurora Ingeniería y Consultoría S.L.P.",
    organizer=("Aurora Ingeniería - Selección", "seleccion@aurora-ic.es"),
    attendees=[ME, ("Lidia Campos", "lcampos@aurora-ic.es", REQ)])],
    "Aurora Ingeniería y Consultoría", "Técnico/a de Proyectos Renovables", "recruiter_screen", "lcampos@aurora-ic.es")

R("taleo-technical", "en", "taleo", [Ev(
    "taleo-INT-0098812-2", "Technical Interview - EPC Site Manager (Req 26-0412) - Helix EPC Iberia",
    "20261216T090000Z", "20261216T100000Z",
    desc="Candidate: Isabel Cortés\nRequisition: 26-0412 EPC Site Manager\nPanel: Dirk Vermeulen (Construction "
         "Director); Ana Lobo (HSE Lead)\nScheduler: Oracle Taleo on behalf of Helix EPC\n\n" + webex("helixepc", "55"),
    organizer=("Helix Recruiting", "recruiting@helix-epc.com"),
    attendees=[ME, ("Dirk Vermeulen", "d.vermeulen@helix-epc.com", REQ), ("Ana Lobo", "a.lobo@helix-epc.com", REQ)])],
    "Helix EPC Iberia", "EPC Site Manager", "technical", "d.vermeulen@helix-epc.com;a.lobo@helix-epc.com")

R("terse-es", "es", "google", [Ev(
    "0vk4s1b2q9l2m6c5a7t3e8u1hd@google.com", "llamada Valdeluz Solar", "20261205T110000", "20261205T113000",
    desc="RRHH - primera criba. Puesto jefa de obra", organizer=("Isabel Cortés", P), attendees=[])],
    "Valdeluz Solar", "jefa de obra", "recruiter_screen", "", xwr="Europe/Madrid", method="")

R("zoom-en-technical", "en", "zoom", [Ev(
    "ZOOM8112277341@zoom.us", "Meridia Energy | Technical interview - Renewable Project Manager",
    "20261218T160000Z", "20261218T170000Z",
    desc="Hi Isabel - for round 2 you'll meet Owen Price (Principal Engineer) and Zainab Idris (PMO Lead). "
         "Expect a short scheduling exercise on a 50 MW PV build.\n\n" + zoom("en", "11"),
    organizer=("Owen Price", "owen.price@meridia-energy.com"),
    attendees=[ME, ("Zainab Idris", "zainab.idris@meridia-energy.com", REQ)])],
    "Meridia Energy", "Renewable Project Manager", "technical",
    "owen.price@meridia-energy.com;zainab.idris@meridia-energy.com")

R("cancelled-es", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000E1D4A7B8C35DDB01000000000000000010000000CC19F3",
    "Cancelada: Entrevista Jefa de Proyectos Hidrógeno - Eléctrica Guadalquivir", "20261211T090000",
    "20261211T100000", tz="Romance Standard Time",
    desc="Isabel, lamentablemente tenemos que cancelar la entrevista de mañana por un imprevisto del comité. "
         "Te propondremos nueva fecha en breve.\nEsperanza Gil - Dpto. de Personas",
    organizer=("Gil Romero, Esperanza", "egil@egq.es"),
    attendees=[ME, ("Saldaña, Fernando", "fsaldana@egq.es", REQ)], status="CANCELLED", sequence=2)],
    "Eléctrica Guadalquivir", "Jefa de Proyectos Hidrógeno", "", "egil@egq.es;fsaldana@egq.es", method="CANCEL")

R("apple-de-hand", "de", "apple", [Ev(
    "A7D31F2C-1E55-4C2A-8B0B-9F1D7712C3AA", "Isarsolar – Gespräch mit Fachbereich",
    "20261208T140000", "20261208T150000", tz="Europe/Berlin",
    desc="2. Runde, Bauleitung PV-Freiflächen. Herr Kögl + Frau Sahin. Teams-Link in Mail",
    organizer=None)],
    "Isarsolar", "Bauleitung PV-Freiflächen", "", "", method="")

R("greenhouse-screen-en", "en", "greenhouse", [Ev(
    "gh-7780155-screen@greenhouse.io", "Isabel Cortés <> Brightfield: Recruiter Screen",
    "20261130T131500Z", "20261130T134500Z",
    desc="Hi Isabel,\n\nLooking forward to our chat about the Project Manager, Renewables Advisory role at "
         "Brightfield Consulting. I'll call you on the number on your application.\n\nBest,\nHannah Cole\n"
         "Talent Partner",
    organizer=("Hannah Cole", "hannah.cole@bfconsult.com"), attendees=[ME,
        ("Hannah Cole", "hannah.cole@bfconsult.com", ACC)])],
    "Brightfield Consulting", "Project Manager, Renewables Advisory", "recruiter_screen", "hannah.cole@bfconsult.com")

R("meet-es-hm", "es", "google", [Ev(
    "3jd9r8w2a1v0z7x4k5m2n1b3c8@google.com", "Isabel / Javier - Responsable de Obra (Corvina Solar)",
    "20261219T100000Z", "20261219T104500Z",
    desc="Hola Isabel, soy Javier, el responsable del área. Charlamos sobre el puesto y el equipo de obra que "
         "tendrías a tu cargo.\n\n" + meet("es", "cvs-nqxa-pte"),
    organizer=("Javier Lozano", "jlozano@corvina-solar.com"),
    attendees=[("Javier Lozano", "jlozano@corvina-solar.com", CHAIR), ME])],
    "Corvina Solar", "Responsable de Obra", "hiring_manager", "jlozano@corvina-solar.com", xwr="Europe/Madrid")

R("recurring-trial", "es", "google", [
    Ev("assess-renovia-2026@renovia-epc.com", "Renovia EPC · Jornada de evaluación (jefa de obra BESS)",
       "20261214T090000", "20261214T130000", tz="Europe/Madrid", rrule="FREQ=DAILY;COUNT=2",
       desc="Dos mañanas en nuestras oficinas de Dos Hermanas: caso práctico de planificación y visita a obra "
            "con Ignacio Serrano (Director de Proyectos) y Begoña Ríos (Jefa de Calidad).",
       location="Renovia EPC, Polígono La Isla, Dos Hermanas",
       organizer=("Begoña Ríos", "brios@renovia-epc.com"),
       attendees=[ME, ("Ignacio Serrano", "iserrano@renovia-epc.com", REQ)]),
    Ev("assess-renovia-2026@renovia-epc.com", "Renovia EPC · Jornada de evaluación (jefa de obra BESS) - día 2 en obra",
       "20261216T080000", "20261216T120000", tz="Europe/Madrid", recurrence_id="20261215T090000",
       desc="Cambio: el segundo día es el miércoles y empezamos a las 8:00 en la obra de Utrera.",
       location="Obra BESS Utrera", organizer=("Begoña Ríos", "brios@renovia-epc.com"),
       attendees=[ME, ("Ignacio Serrano", "iserrano@renovia-epc.com", REQ)], sequence=1)],
    "Renovia EPC", "jefa de obra BESS", "onsite", "brios@renovia-epc.com;iserrano@renovia-epc.com")
