"""holdout36: the rest of the user's own interviews."""

from __future__ import annotations

from holdout36ev_ical import REQ, ROOM, Ev, meet, teams, webex, zoom
from holdout36ev_pos import ME, R

R("es-infojobs-presencial", "es", "infojobs", [Ev(
    "ij-90771-1180@infojobs.net", "Entrevista presencial: Técnico/a de Obra - Plantas Solares | Valdeluz Solar S.L.",
    "20261211T083000Z", "20261211T093000Z",
    desc="Valdeluz Solar S.L. te ha citado a una entrevista presencial.\nDirección: C/ Tecnología 12, "
         "Parque Empresarial Nuevo Torneo, Sevilla\nPersona de contacto: Rafael Díaz Cano\n"
         "Recuerda llevar tu CV impreso.",
    location="C/ Tecnología 12, Sevilla", organizer=("InfoJobs", "entrevistas@infojobs.net"),
    attendees=[ME, ("Rafael Díaz Cano", "rdiaz@valdeluzsolar.es", REQ)])],
    "Valdeluz Solar", "Técnico/a de Obra - Plantas Solares", "", "rdiaz@valdeluzsolar.es")

R("es-taleo-screen", "es", "taleo", [Ev(
    "taleo-INT-0101133-1", "Entrevista con Selección - Gestor/a de Construcción Renovables (Req 26-0519)",
    "20261201T113000Z", "20261201T120000Z",
    desc="Candidata: Isabel Cortés\nEmpresa: Helix EPC Iberia S.L.U.\nEntrevistadora: Paula Moreno, Talent "
         "Acquisition\nModalidad: telefónica\n\nMensaje generado automáticamente por Oracle Taleo.",
    organizer=("Helix Recruiting", "recruiting@helix-epc.com"),
    attendees=[ME, ("Paula Moreno", "p.moreno@helix-epc.com", REQ)])],
    "Helix EPC Iberia", "Gestor/a de Construcción Renovables", "recruiter_screen", "p.moreno@helix-epc.com")

R("en-panel-teams-coord", "en", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000012FACE98CF5DDB01000000000000000010000000AF6654",
    "Panel interview | Senior Construction Manager, BESS | Meridia Energy", "20261215T150000",
    "20261215T163000", tz="Romance Standard Time",
    desc="Dear Isabel,\nPlease find the invitation for your panel. Panel members: Laura Chen (VP Delivery), "
         "Sergio Ramos Gil (Procurement Lead), Owen Price (Principal Engineer). I coordinate logistics only and "
         "will not join.\nBest regards,\nNoemí Castro, Recruiting Coordinator\n\n" + teams("en", "83"),
    organizer=("Castro, Noemí", "noemi.castro@meridia-energy.com"),
    attendees=[ME, ("Chen, Laura", "laura.chen@meridia-energy.com", REQ),
               ("Ramos Gil, Sergio", "sergio.ramos@meridia-energy.com", REQ),
               ("Price, Owen", "owen.price@meridia-energy.com", REQ)])],
    "Meridia Energy", "Senior Construction Manager, BESS", "",
    "laura.chen@meridia-energy.com;sergio.ramos@meridia-energy.com;owen.price@meridia-energy.com")

R("es-teamtailor", "es", "teamtailor", [Ev(
    "tt-interview-5541007@teamtailor.com", "Entrevista: Isabel Cortés / Solenia - Jefe/a de Proyecto Fotovoltaico",
    "20261209T100000Z", "20261209T110000Z",
    desc="¡Hola Isabel!\n\nTe confirmamos la segunda entrevista, esta vez técnica, con Diego Almansa "
         "(Responsable de Ingeniería) y Marta Ibáñez.\n\n" + meet("es", "sol-hyea-pzq")
         + "\nEquipo de Personas de Solenia Renovables",
    organizer=("Solenia Renovables", "no-reply@teamtailor.com"),
    attendees=[ME, ("Diego Almansa", "dalmansa@solenia.es", REQ), ("Marta Ibáñez", "mibanez@solenia.es", REQ)])],
    "Solenia Renovables", "Jefe/a de Proyecto Fotovoltaico", "technical", "dalmansa@solenia.es;mibanez@solenia.es")

R("es-floating-hand", "es", "thunderbird", [Ev(
    "d5b3c0e2-8a1f-4c2e-9b7d-0f6a4e2c1b90", "2a entrevista EGQ (hidrógeno) - la de verdad, tras la cancelada",
    "20261218T100000", "20261218T113000",
    desc="Con Fernando Saldaña y Esperanza Gil. Presencial en su sede de Eléctrica Guadalquivir.")],
    "Eléctrica Guadalquivir", "", "", "", method="")

R("en-bookings-hm", "en", "bookings", [Ev(
    "bk-70e1f9aa-11c2-4f88-b0a1-cc9e8d7f6a55", "Hiring manager interview – Remote PM, Solar Development",
    "20261214T153000Z", "20261214T161500Z",
    desc="Your booking is confirmed.\nService: Hiring manager interview\nStaff: Elif Demir (Director, "
         "Development Southern Europe)\nBusiness: Helioscope Partners LLP\n\n" + teams("en", "24"),
    organizer=("Helioscope Partners Bookings", "interviews@helioscope.partners"),
    attendees=[ME, ("Elif Demir", "elif.demir@helioscope.partners", REQ)])],
    "Helioscope Partners", "Remote PM, Solar Development", "hiring_manager", "elif.demir@helioscope.partners")

R("es-zoom-technical", "es", "zoom", [Ev(
    "ZOOM7330192284@zoom.us", "Prueba técnica + entrevista | Grenergía Levante | Jefa de Obra Eólica",
    "20261210T140000Z", "20261210T153000Z",
    desc="Isabel, te enviaremos el caso (planificación de cimentaciones de aerogeneradores) 10 minutos antes. "
         "Estarán Jordi Pons (Construcción) y Amparo Vidal (HSE).\n\n" + zoom("es", "52"),
    organizer=("Jordi Pons", "jpons@grenergialevante.com"),
    attendees=[ME, ("Amparo Vidal", "avidal@grenergialevante.com", REQ)])],
    "Grenergía Levante", "Jefa de Obra Eólica", "technical", "jpons@grenergialevante.com;avidal@grenergialevante.com")

R("fr-final-onsite", "fr", "google", [Ev(
    "0okm9ijn8uhb7ygv6tfc5rdx4e@google.com", "OcciWatt – entretien final sur site (Toulouse)",
    "20261222T083000Z", "20261222T120000Z",
    desc="Isabel,\nPour le dernier tour, rendez-vous à notre agence : rencontre avec Philippe Garnier "
         "(Directeur général) puis visite de la centrale de Muret avec Claire Dumas.\nÀ lundi !",
    location="OcciWatt, 12 allée Jean Jaurès, 31000 Toulouse",
    organizer=("Claire Dumas", "claire.dumas@occiwatt.fr"),
    attendees=[ME, ("Philippe Garnier", "philippe.garnier@occiwatt.fr", REQ)])],
    "OcciWatt", "", "final", "claire.dumas@occiwatt.fr;philippe.garnier@occiwatt.fr", xwr="Europe/Paris")

R("es-coffee-but-interview", "es", "google", [Ev(
    "5tgb6yhn7ujm8ik9ol0pa1sw2d@google.com", "Café con Beatriz (Aldara) - 2ª entrevista informal",
    "20261229T090000Z", "20261229T100000Z",
    desc="Beatriz quiere presentarme a Hugo Lanza, el director de ingeniería, antes de la oferta. Segunda "
         "ronda del proceso de jefa de proyecto.",
    location="Café Levíes, Sevilla", organizer=("Beatriz Llamas", "bllamas@aldaraenergia.com"),
    attendees=[ME, ("Hugo Lanza", "hlanza@aldaraenergia.com", REQ)])],
    "Aldara Energía", "jefa de proyecto", "", "bllamas@aldaraenergia.com;hlanza@aldaraenergia.com", xwr="Europe/Madrid")

R("en-terse", "en", "ios", [Ev(
    "B0E1F2A3-C4D5-46E7-8F90-A1B2C3D4E5F6", "Kestrel interview w/ Bethany - round 2",
    "20261229T150000", "20261229T160000", tz="Europe/Madrid")],
    "Kestrel Wind", "", "", "", method="")

R("de-hm-direct", "de", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000D4D5D6D7D05DDB01000000000000000010000000B07765",
    "Gespräch mit Fachbereichsleitung – Bauleiterin PV (Isarsolar AG)", "20261221T140000", "20261221T150000",
    tz="W. Europe Standard Time",
    desc="Hallo Frau Cortés,\nich bin der zukünftige Vorgesetzte für die Position und möchte Sie gerne näher "
         "kennenlernen.\nBeste Grüße\nMarkus Kögl\nLeiter Bau, Isarsolar AG\n\n" + teams("en", "58"),
    organizer=("Kögl, Markus", "markus.koegl@isar-solar.de"), attendees=[ME])],
    "Isarsolar", "Bauleiterin PV", "hiring_manager", "markus.koegl@isar-solar.de")

R("es-final-ceo", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000E5E6E7E8D15DDB01000000000000000010000000B18876",
    "Entrevista final con Dirección General - Vientos del Sur", "20261228T110000", "20261228T120000",
    tz="Romance Standard Time",
    desc="Isabel, última entrevista antes de la decisión: con nuestra Directora General, Carmen Villalobos. "
         "Será presencial. La sala está reservada.\nRocío",
    location="Sala Consejo - Vientos del Sur, Av. Kansas City 9, Sevilla",
    organizer=("Rocío Pérez Lanza", "rperez@vdsenergia.com"),
    attendees=[ME, ("Carmen Villalobos", "cvillalobos@vdsenergia.com", REQ),
               ("Sala Consejo", "sala.consejo@vdsenergia.com", ROOM)])],
    "Vientos del Sur Energía", "", "final", "rperez@vdsenergia.com;cvillalobos@vdsenergia.com")

R("es-meet-recruiter", "es", "google", [Ev(
    "3edc4rfv5tgb6yhn7ujm8ik9ol@google.com", "Isabel Cortés - Tramuntana Power: primera llamada",
    "20261202T100000Z", "20261202T102500Z",
    desc="Hola Isabel, soy Laia, de Talent de Tramuntana Power. Hablamos de tu candidatura a Project Manager "
         "Parques Eólicos (Barcelona/híbrido).\n" + meet("es", "tmp-lqro-vbn"),
    organizer=("Laia Puig", "laia.puig@tramuntanapower.cat"), attendees=[ME])],
    "Tramuntana Power", "Project Manager Parques Eólicos", "recruiter_screen", "laia.puig@tramuntanapower.cat",
    xwr="Europe/Madrid")

R("en-webex-tech", "en", "webex", [Ev(
    "webex-2655123098-en", "Technical interview – Grid & Interconnection Engineer – Atlantis Power",
    "20261207T100000Z", "20261207T110000Z",
    desc="Hello Isabel,\nYou're invited to a technical interview with Henrik Dahl (Lead Grid Engineer).\n"
         + webex("atlantispower", "17"),
    organizer=("Henrik Dahl", "henrik.dahl@atlantis-power.com"), attendees=[ME])],
    "Atlantis Power", "Grid & Interconnection Engineer", "technical", "henrik.dahl@atlantis-power.com")

R("es-madrid-uni", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000F6F7F8F9D25DDB01000000000000000010000000B29987",
    "Entrevista Jefa de Proyecto Renovables - CIDES Consultores (Madrid)", "20261216T100000", "20261216T110000",
    tz="Romance Standard Time",
    desc="Buenos días Isabel,\nLe confirmamos la entrevista con nuestro socio director, D. Ramón Calvo, y con "
         "la gerente del área de energía, Dª Elvira Toledo.\nSaludos cordiales,\nSecretaría - CIDES Consultores "
         "de Ingeniería",
    location="C/ Velázquez 120, Madrid", organizer=("Secretaría CIDES", "secretaria@cides.es"),
    attendees=[ME, ("Ramón Calvo", "rcalvo@cides.es", REQ), ("Elvira Toledo", "etoledo@cides.es", REQ)])],
    "CIDES Consultores", "Jefa de Proyecto Renovables", "", "rcalvo@cides.es;etoledo@cides.es")

R("es-workday-es", "es", "workday", [Ev(
    "wd-R-77120-int2@meridia.myworkdayjobs.com", "Entrevista: Ingeniera de Proyecto (R-77120)",
    "20261222T083000Z", "20261222T093000Z",
    desc="Estimada Isabel:\nTu entrevista para Ingeniera de Proyecto (R-77120) en Meridia Energy Iberia está "
         "confirmada.\nEntrevistador: Sergio Ramos Gil\n\n" + teams("es", "71") + "\nEnviado desde Workday.",
    organizer=("Meridia Talent", "meridia@myworkday.com"),
    attendees=[ME, ("Sergio Ramos Gil", "sergio.ramos@meridia-energy.com", REQ)])],
    "Meridia Energy", "Ingeniera de Proyecto", "", "sergio.ramos@meridia-energy.com")

R("fr-phone-terse", "fr", "apple", [Ev(
    "C9D8E7F6-A5B4-4C3D-2E1F-0A9B8C7D6E5F", "Tél Lumirance - 2e entretien (manager)",
    "20261211T103000", "20261211T111500", tz="Europe/Paris",
    desc="Olivier Bastide, responsable pôle EPC, m'appelle.")],
    "Lumirance", "", "hiring_manager", "", method="")

R("de-isar-cancel", "de", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000ABCDEF01D35DDB01000000000000000010000000B3AA98",
    "Abgesagt: Vorstellungsgespräch Alpwatt Energie – Bauleiterin Solarparks", "20261211T093000",
    "20261211T103000", tz="W. Europe Standard Time",
    desc="Leider muss Herr Wimmer den Termin absagen. Wir melden uns mit einem neuen Vorschlag.",
    organizer=("Keller, Sabine", "s.keller@keller-personal.de"),
    attendees=[ME, ("Wimmer, Florian", "f.wimmer@alpwatt.de", REQ)], status="CANCELLED", sequence=1)],
    "Alpwatt Energie", "Bauleiterin Solarparks", "", "f.wimmer@alpwatt.de", method="CANCEL")

R("es-hm-free-mail-es", "es", "google", [Ev(
    "7ujm8ik9ol0pa1sw2de3fr4gt5@google.com", "Entrevista puesto de jefa de obra - Ingeniería Bética Solar",
    "20261204T160000Z", "20261204T170000Z",
    desc="Isabel, soy Fernando Cruz, gerente de Ingeniería Bética Solar (somos 12 personas). Te entrevisto yo "
         "mismo para el puesto de jefa de obra de la planta de Carmona.",
    location="C/ San Fernando 7, Carmona", organizer=("Fernando Cruz", "fcruz.beticasolar@hotmail.com"),
    attendees=[ME])],
    "Ingeniería Bética Solar", "jefa de obra", "hiring_manager", "fcruz.beticasolar@hotmail.com", xwr="Europe/Madrid")

R("en-onsite-lisbon", "en", "outlook", [Ev(
    "040000008200E00074C5B7101A82E008000000001234ABCDD45DDB01000000000000000010000000B4BB09",
    "Lisbon onsite: Tejo Energia – Isabel Cortés", "20261212T100000", "20261212T140000",
    tz="GMT Standard Time",
    desc="Agenda:\n10:00 Portfolio walk-through with Sofia Marques\n11:00 Construction scenarios with "
         "Nuno Batista\n12:00 Lunch with the team\nRoom: Sala Tejo 3 (booked)",
    location="Tejo Energia, Av. da Liberdade 110, Lisboa",
    organizer=("Sofia Marques", "sofia.marques@tejoenergia.pt"),
    attendees=[ME, ("Nuno Batista", "nuno.batista@tejoenergia.pt", REQ),
               ("Sala Tejo 3", "sala.tejo3@tejoenergia.pt", ROOM)])],
    "Tejo Energia", "", "onsite", "sofia.marques@tejoenergia.pt;nuno.batista@tejoenergia.pt")

R("es-utility-competencias", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000056789ABCD65DDB01000000000000000010000000B5CC10",
    "Entrevista por competencias | Técnica de Gestión de Proyectos Eólicos | Red Eólica del Norte",
    "20261213T090000", "20261213T100000", tz="Romance Standard Time",
    desc="Buenos días, Isabel:\n\nPara continuar con el proceso le proponemos una entrevista por competencias "
         "con Itziar Goikoetxea (Business Partner de Personas) y Unai Larrañaga (Jefe de Proyectos Eólicos). "
         "La sala virtual queda en el enlace inferior.\n\nRed Eólica del Norte, S.A.U. - Dirección de Personas"
         "\n\n" + teams("es", "97"),
    organizer=("Goikoetxea Arana, Itziar", "igoikoetxea@redeolica.eus"),
    attendees=[ME, ("Larrañaga Etxeberria, Unai", "ularranaga@redeolica.eus", REQ),
               ("Sala virtual RRHH", "salavirtual.rrhh@redeolica.eus", ROOM)])],
    "Red Eólica del Norte", "Técnica de Gestión de Proyectos Eólicos", "",
    "igoikoetxea@redeolica.eus;ularranaga@redeolica.eus")
