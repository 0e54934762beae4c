"""holdout21: the user's own interviews, French and Spanish (each event written on its own)."""

from __future__ import annotations

from holdout21ev_ics import (
    APPLE,
    CALCOM,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    ICIMS,
    ME,
    ME_WORK,
    OUTLOOK,
    RECRUITEE,
    SMARTR,
    TEAMTAILOR,
    WORKDAY,
    ZOOMP,
    Item,
    meet,
    org,
    teams,
    vcal,
    vevent,
    who,
    zoom,
)


def items() -> list[Item]:
    """Given nothing returns the French and Spanish interview items of holdout21."""
    out: list[Item] = []

    def add(kind: str, lang: str, uid: str, text: str, company: str, role: str, stage: str, iv: list[str],
            trap: str = "") -> None:
        out.append(Item(kind, lang, text, uid, True, company, role, stage, iv, trap))

    u = "h21-fr-recruitee-01"
    add("recruitee-screen-fr", "fr", u, vcal(RECRUITEE, vevent(
        u, "Entretien téléphonique – Analyste Supply Chain (H/F) – Garonne Distribution", "20261203T100000Z",
        "20261203T103000Z",
        desc="Bonjour Mateo,\n\nMerci pour votre candidature au poste d'Analyste Supply Chain (H/F) basé à Toulouse. "
             "Camille Roux, chargée de recrutement, vous appellera au numéro indiqué dans votre candidature.\n\n"
             "Bien cordialement,\nL'équipe RH Garonne Distribution\n\nEnvoyé via Recruitee",
        people=[org("notifications@recruitee.com", "Garonne Distribution"),
                who("camille.roux@garonne-distribution.fr", "Camille Roux"), who(ME, "Mateo García")])),
        "Garonne Distribution", "Analyste Supply Chain", "recruiter_screen", ["camille.roux@garonne-distribution.fr"])

    u = "040000008200E00074C5B7101A82E00800000000fr21bb02"
    add("outlook-fr-technique", "fr", u, vcal(OUTLOOK, vevent(
        u, "Entretien technique – Responsable Planification Transport / M. García", "20261209T143000",
        "20261209T153000", tzid="Romance Standard Time",
        desc="Bonjour M. García,\n\nSuite à notre premier échange, je vous propose un entretien technique avec "
             "Olivier Garnier (Directeur Transport) et moi-même. Nous vous demanderons d'analyser un plan de tournées "
             "sur Lyon et de proposer des optimisations.\n\nCordialement,\nNathalie Perrin\nResponsable RH – "
             "Transports "
             "Vercors Logistique\n\n" + teams("fr", "ZGM5YWI0MjI"),
        loc="Réunion Microsoft Teams",
        people=[org("n.perrin@vercors-logistique.fr", "PERRIN Nathalie"),
                who("o.garnier@vercors-logistique.fr", "GARNIER Olivier"), who(ME, "Mateo García")]),
        tzids=("Romance Standard Time",)), "Transports Vercors Logistique", "Responsable Planification Transport",
        "technical", ["n.perrin@vercors-logistique.fr", "o.garnier@vercors-logistique.fr"])

    u = "h21-fr-google-sur-site@google.com"
    add("google-sursite-fr", "fr", u, vcal(GOOGLE, vevent(
        u, "Entretien sur site – Mateo García – Chef d'équipe Méthodes Logistiques", "20261216T090000",
        "20261216T120000", tzid="Europe/Paris",
        desc="Programme de la matinée :\n- 9h00 accueil par Élodie Faure (RH)\n- 9h30 visite de l'entrepôt de "
             "Saint-Priest\n- 10h30 entretien avec Karim Benali, Directeur de site\n- 11h30 échange avec l'équipe\n\n"
             "Merci de vous présenter à l'accueil avec une pièce d'identité.\n\n" + meet("ubz-kmsr-fto", "fr"),
        loc="Rhônexpress Retail – Entrepôt de Saint-Priest, Salle Fourvière",
        people=[org("elodie.faure@rhonexpress-retail.fr", "Élodie Faure"),
                who("karim.benali@rhonexpress-retail.fr", "Karim Benali"),
                who("c_fourviere@resource.calendar.google.com", "Saint-Priest-Salle Fourvière (8)", cutype="RESOURCE"),
                who(ME, "Mateo García")]), tzids=("Europe/Paris",)),
        "Rhônexpress Retail", "Chef d'équipe Méthodes Logistiques", "onsite",
        ["elodie.faure@rhonexpress-retail.fr", "karim.benali@rhonexpress-retail.fr"], "room")

    u = "h21-fr-calendly-04"
    add("calendly-fr", "fr", u, vcal(CALENDLY, vevent(
        u, "Échange de 45 minutes entre Antoine Lefèvre et Mateo García", "20261210T080000Z", "20261210T084500Z",
        desc="Nom de l'événement : Échange de 45 minutes\n\nAntoine Lefèvre, responsable des opérations chez "
             "Vélocargo (livraison urbaine à vélo, Toulouse). Je recrute un·e Responsable Amélioration Continue et je "
             "serai votre futur manager.\n\nAnnuler : https://calendly.com/cancellations/fr04\n\nPowered by "
             "Calendly.com",
        loc="Appel Google Meet : https://meet.google.com/hxe-qwod-pmb",
        people=[org("antoine@velocargo.fr", "Antoine Lefèvre"), who(ME, "Mateo García", partstat="ACCEPTED")]),
        method="PUBLISH"), "Vélocargo", "Responsable Amélioration Continue", "hiring_manager", ["antoine@velocargo.fr"])

    u = "h21-fr-handtyped-05"
    add("handtyped-fr", "fr", u, vcal(APPLE, vevent(
        u, "RDV Fromageries Bastide – entretien final DRH", "20261218T110000", "20261218T120000",
        desc="dernier tour avec la DRH Mme Caron + directeur usine. prendre le train de 7h12 pour Toulouse",
        loc="Fromageries Bastide, Route d'Albi, Toulouse"), method=""),
        "Fromageries Bastide", "", "final", [], "handtyped")

    u = "h21-fr-icims-06"
    add("icims-fr", "fr", u, vcal(ICIMS, vevent(
        u, "Invitation à un entretien : Planificateur Approvisionnement – Aérolia Composites", "20261211T130000Z",
        "20261211T140000Z",
        desc="Bonjour Mateo,\n\nVous êtes invité(e) à un entretien vidéo pour le poste de Planificateur "
             "Approvisionnement (réf. 2026-1187).\nParticipants : Sophie Marty (Responsable Approvisionnement), "
             "Lucas Henry (Acheteur senior).\n\n" + zoom("93318220456", "AeroFr26ab")
             + "\n\nCet e-mail a été envoyé par iCIMS pour le compte d'Aérolia Composites.",
        people=[org("aerolia@talent.icims.com", "Aérolia Composites Recrutement"),
                who("sophie.marty@aerolia-composites.com", "Sophie Marty"),
                who("lucas.henry@aerolia-composites.com", "Lucas Henry"), who(ME, "Mateo García")])),
        "Aérolia Composites", "Planificateur Approvisionnement", "technical",
        ["sophie.marty@aerolia-composites.com", "lucas.henry@aerolia-composites.com"])

    u = "h21-fr-cabinet-07"
    add("agency-fr", "fr", u, vcal(OUTLOOK, vevent(
        u, "Entretien client Maisons Lumière – Responsable Logistique e-commerce", "20261214T160000",
        "20261214T170000", tzid="Romance Standard Time",
        desc="Bonjour Mateo,\n\nComme convenu, voici le rendez-vous avec notre client Maisons Lumière (décoration en "
             "ligne, entrepôt à Lyon). Vous rencontrerez Mme Hélène Dubois, Directrice Supply Chain. Je ne participe "
             "pas à l'entretien.\n\nBien à vous,\nGuillaume Moreau – Cabinet Axone Recrutement",
        loc="Maisons Lumière, 40 quai Perrache, Lyon",
        people=[org("g.moreau@axone-recrutement.fr", "Guillaume Moreau"),
                who("h.dubois@maisons-lumiere.fr", "Hélène Dubois"), who(ME, "Mateo García")]),
        tzids=("Romance Standard Time",)), "Maisons Lumière", "Responsable Logistique e-commerce", "hiring_manager",
        ["h.dubois@maisons-lumiere.fr"], "agency")

    u = "h21-fr-cancel-08"
    add("cancelled-fr", "fr", u, vcal(GOOGLE, vevent(
        u, "Annulé : Entretien RH – Coordinateur Flux – Occitrans", "20261207T090000", "20261207T093000",
        tzid="Europe/Paris",
        desc="Cet événement a été annulé.\n\nEntretien RH pour le poste de Coordinateur Flux avec Inès Blanc.",
        people=[org("ines.blanc@occitrans.fr", "Inès Blanc"), who(ME, "Mateo García")], status="CANCELLED", seq=1),
        method="CANCEL", tzids=("Europe/Paris",)), "Occitrans", "Coordinateur Flux", "recruiter_screen",
        ["ines.blanc@occitrans.fr"], "cancelled")

    u = "h21-fr-teamtailor-09"
    add("teamtailor-fr", "fr", u, vcal(TEAMTAILOR, vevent(
        u, "Entretien avec le manager – Ops Excellence Analyst – Mateo", "20261215T150000Z", "20261215T154500Z",
        desc="Salut Mateo !\n\nTu vas échanger avec Baptiste Giraud, Head of Operations chez Colisfrais, au sujet "
             "du poste d'Ops Excellence Analyst (Lyon ou remote).\n\nLien visio : "
             "https://colisfrais.whereby.com/ops\n\n"
             "Envoyé avec Teamtailor",
        people=[org("noreply@teamtailor.com", "Colisfrais"), who("baptiste.giraud@colisfrais.com", "Baptiste Giraud"),
                who(ME, "Mateo García")])),
        "Colisfrais", "Ops Excellence Analyst", "hiring_manager", ["baptiste.giraud@colisfrais.com"])

    u = "h21-fr-allday-10"
    add("allday-fr", "fr", u, vcal(APPLE, vevent(
        u, "Journée d'immersion chez Sudlog Manutention (poste chef de quai)", "20261222", "20261223",
        desc="Journée d'essai rémunérée dans le cadre du recrutement. RDV 7h30 avec M. Pujol."), method=""),
        "Sudlog Manutention", "Chef de quai", "onsite", [], "all-day")

    u = "h21-fr-founder-11@google.com"
    add("founder-freemail-fr", "fr", u, vcal(GOOGLE, vevent(
        u, "Visio Mateo / Claire (Boxalp)", "20261208T180000", "20261208T183000", tzid="Europe/Paris",
        desc="Bonjour Mateo, je suis Claire, cofondatrice de Boxalp (consignes connectées pour le e-commerce). Suite "
             "à ta candidature pour le poste de Responsable Opérations, je te propose un premier échange.\n\n"
             + meet("tnv-cqzo-waj", "fr"),
        people=[org("claire.vidal.boxalp@gmail.com", "Claire Vidal"), who(ME, "Mateo García")]),
        tzids=("Europe/Paris",)), "Boxalp", "Responsable Opérations", "hiring_manager",
        ["claire.vidal.boxalp@gmail.com"], "founder_freemail")

    u = "h21-fr-webex-12"
    add("webex-final-fr", "fr", u, vcal(EXCHANGE, vevent(
        u, "Dernier entretien – Comité de direction – M. García", "20261221T140000", "20261221T150000",
        tzid="Romance Standard Time",
        desc="Bonjour,\nDernière étape du processus pour le poste d'Analyste Performance Opérationnelle : échange avec "
             "M. Thierry Lambert (Directeur Général) et Mme Agnès Royer (Directrice Financière).\n\n"
             "Rejoindre la réunion Webex : https://papeteriesduroc.webex.com/meet/tlambert\nNuméro de réunion : "
             "2745 118 3310",
        people=[org("assistante.dg@papeteries-du-roc.fr", "Assistante Direction Générale"),
                who("t.lambert@papeteries-du-roc.fr", "LAMBERT Thierry"), who("a.royer@papeteries-du-roc.fr",
                "ROYER Agnès"), who(ME, "Mateo García")]), tzids=("Romance Standard Time",)),
        "Papeteries du Roc", "Analyste Performance Opérationnelle", "final",
        ["t.lambert@papeteries-du-roc.fr", "a.royer@papeteries-du-roc.fr"], "coordinator")

    u = "h21-es-workday-01"
    add("workday-es", "es", u, vcal(WORKDAY, vevent(
        u, "Entrevista: Analista de Planificación de la Demanda (REQ-5531) – Mateo García", "20261202T090000",
        "20261202T093000", tzid="Europe/Madrid",
        desc="Hola Mateo:\n\nTe confirmamos la entrevista telefónica con Marta Iglesias (Talent Acquisition) para la "
             "posición de Analista de Planificación de la Demanda en Mercaval Alimentación.\n\nEste mensaje se ha "
             "enviado desde Workday. No respondas a este correo.",
        people=[org("mercaval@myworkday.com", "Mercaval Alimentación"), who("marta.iglesias@mercaval.es",
                "Marta Iglesias"), who(ME, "Mateo García")]), tzids=("Europe/Madrid",)),
        "Mercaval Alimentación", "Analista de Planificación de la Demanda", "recruiter_screen",
        ["marta.iglesias@mercaval.es"])

    u = "040000008200E00074C5B7101A82E00800000000es21cc02"
    add("outlook-es-tecnica", "es", u, vcal(OUTLOOK, vevent(
        u, "Entrevista técnica – Logistics Analyst – Mateo García", "20261209T100000", "20261209T110000",
        tzid="Romance Standard Time",
        desc="Hola Mateo,\n\nTe paso la convocatoria para la segunda fase. Estaremos Javier Soler (Responsable de "
             "Ingeniería Logística) y Nuria Campos (Analista senior). Te pediremos resolver un caso de "
             "dimensionamiento "
             "de plantilla para picking con Excel.\n\nUn saludo,\nJavier\nTransportes Ebro Norte\n\n"
             + teams("es", "YmE4ZTc3MDE"),
        loc="Reunión de Microsoft Teams",
        people=[org("jsoler@ebronorte.com", "Soler, Javier"), who("ncampos@ebronorte.com", "Campos, Nuria"),
                who(ME, "mateo.garcia.r@gmail.com")]), tzids=("Romance Standard Time",)),
        "Transportes Ebro Norte", "Logistics Analyst", "technical", ["jsoler@ebronorte.com", "ncampos@ebronorte.com"])

    u = "h21-es-presencial-03@google.com"
    add("google-presencial-es", "es", u, vcal(GOOGLE, vevent(
        u, "Entrevista presencial Mateo García – Jefe de Turno Planificación", "20261214T100000", "20261214T120000",
        tzid="Europe/Madrid",
        desc="Hola Mateo, te esperamos en la plataforma de Plaza (Zaragoza). Verás primero a Ana Ruiz (RR. HH.) y "
             "después a Sergio Pastor (Director de Operaciones) y a Lorena Gil (Responsable de Planificación). "
             "Incluye una visita a la nave.\n\n" + meet("qtk-wwbn-ecp", "es"),
        loc="Almacenes Cierzo, Calle Osca 4, Plataforma Logística PLAZA, Zaragoza",
        people=[org("ana.ruiz@almacenescierzo.es", "Ana Ruiz"), who("sergio.pastor@almacenescierzo.es",
                "Sergio Pastor"), who("lorena.gil@almacenescierzo.es", "Lorena Gil"),
                who("sala.aneto@almacenescierzo.es", "Sala Aneto", cutype="ROOM"), who(ME, "Mateo García")]),
        tzids=("Europe/Madrid",)), "Almacenes Cierzo", "Jefe de Turno Planificación", "onsite",
        ["ana.ruiz@almacenescierzo.es", "sergio.pastor@almacenescierzo.es", "lorena.gil@almacenescierzo.es"], "room")

    u = "h21-es-handtyped-04"
    add("handtyped-es", "es", u, vcal(APPLE, vevent(
        u, "Llamada RRHH Grupo Hortanova", "20261203T123000", "20261203T130000",
        desc="primera llamada, puesto técnico de planificación de transporte. me llama Irene"), method=""),
        "Grupo Hortanova", "Técnico de Planificación de Transporte", "recruiter_screen", [], "handtyped")

    u = "h21-es-calcom-05"
    add("calcom-es", "es", u, vcal(CALCOM, vevent(
        u, "Entrevista con el responsable – Kubo Market", "20261210T153000Z", "20261210T161500Z",
        desc="Qué: Entrevista con el responsable (45 min)\nAnfitrión: Diego Marín, Head of Fulfilment en Kubo "
             "Market\nInvitado: Mateo García\nNotas: puesto de Operations Excellence Specialist, Madrid\n\n"
             "Dónde: https://meet.google.com/vxs-ndra-kcp\n\n¿Necesitas cambiar la cita? https://cal.com/booking/es05",
        people=[org("diego.marin@kubomarket.com", "Diego Marín"), who(ME, "Mateo García", partstat="ACCEPTED")])),
        "Kubo Market", "Operations Excellence Specialist", "hiring_manager", ["diego.marin@kubomarket.com"])

    u = "h21-es-smartr-06"
    add("smartrecruiters-es", "es", u, vcal(SMARTR, vevent(
        u, "Entrevista por vídeo | Planificador/a de Aprovisionamiento | Cerámicas Levante", "20261211T080000Z",
        "20261211T090000Z",
        desc="Hola Mateo:\n\nHas sido invitado/a a una entrevista para Planificador/a de Aprovisionamiento.\n"
             "Entrevistadores:\n- Pablo Ferrer, Jefe de Compras\n- Rocío Navarro, Supply Planner\n\n"
             + zoom("87741102230", "CerLev26zz") + "\n\nProgramada mediante SmartRecruiters.",
        people=[org("scheduling@smartrecruiters.com", "Cerámicas Levante"),
                who("pablo.ferrer@ceramicaslevante.es", "Pablo Ferrer"),
                who("rocio.navarro@ceramicaslevante.es", "Rocío Navarro"), who(ME, "Mateo García")])),
        "Cerámicas Levante", "Planificador de Aprovisionamiento", "technical",
        ["pablo.ferrer@ceramicaslevante.es", "rocio.navarro@ceramicaslevante.es"])

    u = "h21-es-agencia-07"
    add("agency-es", "es", u, vcal(OUTLOOK, vevent(
        u, "Entrevista con nuestro cliente Distribuciones Moncayo – Supply Chain Planner", "20261212T100000",
        "20261212T110000", tzid="Romance Standard Time",
        desc="Hola Mateo:\n\nTe confirmo la entrevista con Distribuciones Moncayo. Te recibirán Raúl Lázaro "
             "(Director de Supply Chain) y Beatriz Sanz (HRBP). Yo no estaré; llámame al salir.\n\nSaludos,\n"
             "Carlos Ibáñez | Consultor | Selecta Logística Talent",
        loc="Distribuciones Moncayo, Av. de Cataluña 240, Zaragoza",
        people=[org("c.ibanez@selecta-talent.es", "Carlos Ibáñez"), who("r.lazaro@dmoncayo.es", "Raúl Lázaro"),
                who("b.sanz@dmoncayo.es", "Beatriz Sanz"), who(ME, "Mateo García")]),
        tzids=("Romance Standard Time",)), "Distribuciones Moncayo", "Supply Chain Planner", "hiring_manager",
        ["r.lazaro@dmoncayo.es", "b.sanz@dmoncayo.es"], "agency")

    u = "h21-es-founder-08@google.com"
    add("founder-freemail-es", "es", u, vcal(GOOGLE, vevent(
        u, "Mateo + Álvaro (Rutalia) – charla sobre el puesto de Ops", "20261207T190000", "20261207T193000",
        tzid="Europe/Madrid",
        desc="¡Hola Mateo! Soy Álvaro, cofundador de Rutalia (última milla en Madrid). Vi tu candidatura para Head "
             "of Operations y me gustaría entrevistarte yo mismo antes de presentarte al equipo.\n\n"
             + meet("rzp-hqye-tuw", "es"),
        people=[org("alvaro.rutalia@gmail.com", "Álvaro Cuesta"), who(ME, "Mateo García")]),
        tzids=("Europe/Madrid",)), "Rutalia", "Head of Operations", "hiring_manager", ["alvaro.rutalia@gmail.com"],
        "founder_freemail")

    u = "h21-es-final-09"
    add("final-es", "es", u, vcal(EXCHANGE, vevent(
        u, "Entrevista final – Responsable de Mejora Continua – Mateo García", "20261222T120000", "20261222T130000",
        tzid="Romance Standard Time",
        desc="Buenos días Mateo,\n\nÚltima fase del proceso con nuestra Directora General, Elena Prieto. Duración "
             "aproximada una hora. La sesión la organiza Recepción de Dirección.\n\n" + teams("es", "NGQ5YzEwMzc"),
        loc="Reunión de Microsoft Teams; Sala Consejo",
        people=[org("recepcion.direccion@textilesaragon.es", "Recepción Dirección"),
                who("elena.prieto@textilesaragon.es", "Prieto, Elena"),
                who("salaconsejo@textilesaragon.es", "Sala Consejo", cutype="ROOM"), who(ME, "García, Mateo")]),
        tzids=("Romance Standard Time",)), "Textiles Aragón", "Responsable de Mejora Continua", "final",
        ["elena.prieto@textilesaragon.es"], "coordinator")

    u = "h21-es-cancel-10"
    add("cancelled-es", "es", u, vcal(WORKDAY, vevent(
        u, "Cancelada: Entrevista – Técnico de Inventario – Grupo Alcora", "20261205T090000", "20261205T094500",
        tzid="Europe/Madrid",
        desc="La entrevista con Manuel Vidal ha sido cancelada. Recibirás una nueva propuesta de horario.",
        people=[org("alcora@myworkday.com", "Grupo Alcora"), who("manuel.vidal@grupoalcora.es", "Manuel Vidal"),
                who(ME, "Mateo García")], status="CANCELLED", seq=2), method="CANCEL", tzids=("Europe/Madrid",)),
        "Grupo Alcora", "Técnico de Inventario", "", ["manuel.vidal@grupoalcora.es"], "cancelled")

    u = "h21-es-work-11"
    add("work-address-es", "es", u, vcal(OUTLOOK, vevent(
        u, "Entrevista telefónica Mateo García – Coordinador de Operaciones", "20261204T140000", "20261204T143000",
        tzid="Romance Standard Time",
        desc="Hola Mateo, como hablamos por LinkedIn te llamo a esta hora. Soy Pilar Molina, de selección en "
             "Frutas Bajo Aragón, y el puesto es Coordinador de Operaciones en Alcañiz.",
        people=[org("pmolina@frutasbajoaragon.es", "Pilar Molina"), who(ME_WORK, "García, Mateo")]),
        tzids=("Romance Standard Time",)), "Frutas Bajo Aragón", "Coordinador de Operaciones", "recruiter_screen",
        ["pmolina@frutasbajoaragon.es"], "work_address")

    u = "h21-es-floating-12"
    add("floating-es", "es", u, vcal(GOOGLE, vevent(
        u, "2ª entrevista Grupo Veraluz (planificación)", "20261215T170000", "20261215T180000",
        desc="Entrevista con el jefe de planificación, Hugo Serrano. Por Meet, el enlace me lo manda por WhatsApp.",
        people=[org(ME, "Mateo García")]), method="PUBLISH",
        head="X-WR-CALNAME:Personal\r\nX-WR-TIMEZONE:Europe/Madrid\r\n"),
        "Grupo Veraluz", "", "hiring_manager", [], "floating")

    u = "h21-es-recurring-13"
    series = vevent(u, "Jornada de prueba – Encargado de Almacén – Hipermercados Solana", "20261217T080000",
                    "20261217T140000", tzid="Europe/Madrid",
                    desc="Dos jornadas de prueba dentro del proceso de selección. Preguntar por Ramón Castillo "
                         "(Jefe de Plataforma) en recepción.",
                    people=[org("ramon.castillo@hipersolana.es", "Ramón Castillo"), who(ME, "Mateo García")],
                    extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = vevent(u, "Jornada de prueba – Encargado de Almacén – Hipermercados Solana (turno tarde)",
                      "20261218T140000", "20261218T200000", tzid="Europe/Madrid",
                      desc="El segundo día lo hacemos en turno de tarde para que veas la expedición.",
                      people=[org("ramon.castillo@hipersolana.es", "Ramón Castillo"), who(ME, "Mateo García")],
                      extra=["RECURRENCE-ID;TZID=Europe/Madrid:20261218T080000"], seq=1)
    add("recurring-trial-es", "es", u, vcal(OUTLOOK, series + override, tzids=("Europe/Madrid",)),
        "Hipermercados Solana", "Encargado de Almacén", "onsite", ["ramon.castillo@hipersolana.es"], "recurring")

    u = "h21-es-teams-rrhh-14"
    add("teams-screen-es", "es", u, vcal(EXCHANGE, vevent(
        u, "Primera entrevista RR. HH. – Analista de Operaciones (Madrid)", "20261203T160000", "20261203T163000",
        tzid="Romance Standard Time",
        desc="Hola Mateo,\ngracias por tu interés en Naviera Tajo Logistics. En esta primera conversación "
             "repasaremos tu experiencia y tus expectativas.\nLaura Esteban – Talent Acquisition\n\n"
             + teams("es", "OTVjYTJhNTQ"),
        people=[org("laura.esteban@navieratajo.com", "Esteban, Laura"), who(ME, "Mateo García")]),
        tzids=("Romance Standard Time",)), "Naviera Tajo Logistics", "Analista de Operaciones", "recruiter_screen",
        ["laura.esteban@navieratajo.com"])

    u = "h21-es-zoom-15"
    add("zoom-case-es", "es", u, vcal(ZOOMP, vevent(
        u, "Caso práctico S&OP – Bodegas Somontano Altos", "20261211T150000Z", "20261211T163000Z",
        desc="Mateo García está invitado a una reunión de Zoom programada.\nCaso práctico para el puesto de "
             "Planificador S&OP: presentarás tu propuesta a Inés Gallego (Directora de Operaciones) y Óscar Fuertes "
             "(Controller).\n\n" + zoom("81455390021", "BsA2026cp"),
        people=[org("ines.gallego@somontanoaltos.es", "Inés Gallego"),
                who("oscar.fuertes@somontanoaltos.es", "Óscar Fuertes"), who(ME, "Mateo García")])),
        "Bodegas Somontano Altos", "Planificador S&OP", "technical",
        ["ines.gallego@somontanoaltos.es", "oscar.fuertes@somontanoaltos.es"])

    u = "h21-es-direct-16"
    add("direct-hm-es-terse", "es", u, vcal(GOOGLE, vevent(
        u, "Mateo / Rebeca", "20261216T120000", "20261216T124500", tzid="Europe/Madrid",
        desc="Hola Mateo, soy Rebeca Domínguez, responsable del equipo de Customer Logistics en Papelera del "
             "Jalón. Como te adelantó Selección, esta es la entrevista conmigo para la vacante de Analista de Customer "
             "Logistics.\n\n"
             + meet("ajx-ebyo-kdq", "es"),
        people=[org("rdominguez@papeleradeljalon.es", "Rebeca Domínguez"), who(ME, "Mateo García")]),
        tzids=("Europe/Madrid",)), "Papelera del Jalón", "Analista de Customer Logistics", "hiring_manager",
        ["rdominguez@papeleradeljalon.es"], "terse_title")

    u = "h21-es-allday-17"
    add("allday-es", "es", u, vcal(GOOGLE, vevent(
        u, "Assessment center Logística Cantábrico – Madrid", "20261219", "20261220",
        desc="Proceso de selección para Graduate Supply Chain Analyst: dinámicas de grupo y entrevistas "
             "individuales. Llevar DNI.",
        people=[org(ME, "Mateo García")]), method="PUBLISH", head="X-WR-TIMEZONE:Europe/Madrid\r\n"),
        "Logística Cantábrico", "Graduate Supply Chain Analyst", "onsite", [], "all-day")

    u = "h21-es-rescheduled-18"
    add("rescheduled-es", "es", u, vcal(OUTLOOK, vevent(
        u, "Entrevista con Dirección de Operaciones – Ortiz Embalajes (nueva hora)", "20261210T130000",
        "20261210T140000", tzid="Romance Standard Time",
        desc="Mateo, movemos la entrevista a las 13:00 por un problema de agenda de Gonzalo Ortiz. Todo lo demás "
             "igual: puesto de Jefe de Logística Interna.\nAmparo Ríos (asistente de dirección)",
        people=[org("amparo.rios@ortizembalajes.es", "Ríos, Amparo"), who("gonzalo.ortiz@ortizembalajes.es",
                "Ortiz, Gonzalo"), who(ME, "Mateo García")], seq=2), tzids=("Romance Standard Time",)),
        "Ortiz Embalajes", "Jefe de Logística Interna", "hiring_manager", ["gonzalo.ortiz@ortizembalajes.es"],
        "rescheduled")
    return out
