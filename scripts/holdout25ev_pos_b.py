"""Blind holdout25: the user's own interviews in French and Spanish (Inès Moreau).

Given nothing, EVENTS returns a list of event dicts for holdout25ev_ics.render; each carries its label in "L".
"""

from __future__ import annotations

from typing import Any

from holdout25ev_ics import meet, teams, webex, zoom

IP = ("Inès Moreau", "ines.moreau@free.fr", "")
IW = ("Inès Moreau", "i.moreau@hotel-lesarcades.fr", "")

EVENTS: list[dict[str, Any]] = [
    {"kind": "fr-wttj-rh", "lang": "fr", "p": "wttj", "tz": "Europe/Paris",
     "s": "Entretien RH – Responsable Expérience Client – Voyalia",
     "d": "Bonjour Inès,\n\nSuite à votre candidature via Welcome to the Jungle, nous vous proposons un premier "
          "échange de 30 minutes avec Camille Brunet, Talent Acquisition chez Voyalia.\n\n" + meet("f1", "fr") +
          "\n\nÉquipe Welcome to the Jungle pour Voyalia",
     "t": ("20270111T143000", "20270111T150000"), "org": ("Voyalia via Welcome to the Jungle",
                                                        "notifications@welcometothejungle.com"),
     "att": [IP, ("Camille Brunet", "camille.brunet@voyalia.com", "")],
     "L": (True, "Voyalia", "Responsable Expérience Client", "recruiter_screen", "ats")},
    {"kind": "fr-zimbra-manager", "lang": "fr", "p": "zimbra", "tz": "Europe/Paris",
     "s": "Entretien avec le directeur d'exploitation – Groupe Hôtelier Côte Bleue",
     "d": "Madame Moreau,\n\nJe vous confirme notre rendez-vous au siège, 8 boulevard Victor Hugo à Nice, pour le "
          "poste de Responsable des opérations hébergement. Vous rencontrerez M. Laurent Giraud, directeur "
          "d'exploitation.\n\nCordialement,\nSandrine Morel\nAssistante RH",
     "t": ("20270113T100000", "20270113T110000"), "org": ("Sandrine Morel", "s.morel@cotebleue-hotels.fr"),
     "att": [IP, ("Laurent Giraud", "l.giraud@cotebleue-hotels.fr", "")],
     "loc": "Siège Côte Bleue, 8 bd Victor Hugo, Nice",
     "L": (True, "Groupe Hôtelier Côte Bleue", "Responsable des opérations hébergement", "hiring_manager", "")},
    {"kind": "fr-teams-technique", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Entretien technique Revenue Manager – Inès Moreau",
     "d": "Bonjour Inès,\n\nComme convenu, voici l'invitation pour l'entretien technique (étude de cas pricing, "
          "1h) avec Julien Faure, Revenue Director, et Nora Benali, analyste yield. Poste : Revenue Manager "
          "Méditerranée chez Azur Résidences.\n\n" + teams("f3", "fr"),
     "t": ("20270114T140000", "20270114T150000"), "org": ("Faure, Julien", "julien.faure@azur-residences.fr"),
     "att": [IP, ("Benali, Nora", "nora.benali@azur-residences.fr", ""),
             ("Faure, Julien", "julien.faure@azur-residences.fr", "")],
     "L": (True, "Azur Résidences", "Revenue Manager Méditerranée", "technical", "win_tz")},
    {"kind": "fr-fondateur-gmail", "lang": "fr", "p": "google", "tz": "Europe/Paris",
     "s": "Inès x Koliko – café visio",
     "d": "Salut Inès, je suis le fondateur de Koliko (conciergerie digitale pour hôtels boutique). On cherche "
          "notre premier·e Head of Customer Operations : on en parle 30 min ? Ce n'est pas très formel mais c'est "
          "bien un premier entretien :)\nAntoine\n\n" + meet("f4", "fr"),
     "t": ("20270115T120000", "20270115T123000"), "org": ("Antoine Leclerc", "antoine.leclerc.pro@gmail.com"),
     "att": [("Antoine Leclerc", "antoine.leclerc.pro@gmail.com", ""), IP],
     "L": (True, "Koliko", "Head of Customer Operations", "hiring_manager", "free_mail_founder")},
    {"kind": "fr-cabinet", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "RDV client : Groupe Lumière Hôtels – présentation de votre candidature",
     "d": "Bonjour Inès,\n\nVotre entretien avec Groupe Lumière Hôtels est confirmé pour le poste de Directrice "
          "Expérience Client (Paris 8e). Vous rencontrerez Mme Hélène Dufresne, DRH, puis M. Karim Saïdi, "
          "Directeur des opérations. Je serai présente en début d'entretien pour les présentations.\n\n"
          "Bien à vous,\nVirginie Lasalle – Cabinet Talents & Hospitalité",
     "t": ("20270118T100000", "20270118T113000"), "org": ("Lasalle, Virginie", "v.lasalle@talents-hospitalite.fr"),
     "att": [IP, ("Lasalle, Virginie", "v.lasalle@talents-hospitalite.fr", "c"),
             ("Dufresne, Hélène", "helene.dufresne@lumiere-hotels.com", ""),
             ("Saïdi, Karim", "karim.saidi@lumiere-hotels.com", "")],
     "loc": "Groupe Lumière Hôtels, 27 avenue de Friedland, 75008 Paris",
     "L": (True, "Groupe Lumière Hôtels", "Directrice Expérience Client", "onsite", "agency")},
    {"kind": "fr-typed", "lang": "fr", "p": "typed", "tz": "float", "s": "entretien Aérolis 14h30 (visio RH)",
     "t": ("20270119T143000", "20270119T151500"), "L": (True, "Aérolis", None, "recruiter_screen", "hand_typed")},
    {"kind": "fr-greenhouse-final", "lang": "fr", "p": "greenhouse", "tz": "Europe/Paris",
     "s": "Entretien final – Inès Moreau – Hotelbeam",
     "d": "Bonjour Inès,\n\nDernière étape pour le poste de Customer Success Manager - Hotels : un échange avec "
          "nos co-fondateurs, Pauline Achard (CEO) et Sami Haddou (COO).\n\nAdresse : 18 rue du Faubourg "
          "Montmartre, 75009 Paris\n\nPlanifié via Greenhouse pour Hotelbeam.",
     "t": ("20270209T100000", "20270209T110000"), "org": ("Hotelbeam", "no-reply@greenhouse.io"),
     "att": [IP, ("Pauline Achard", "pauline@hotelbeam.io", ""), ("Sami Haddou", "sami@hotelbeam.io", ""),
             ("Salle Montmartre", "salle.montmartre@hotelbeam.io", "room")],
     "L": (True, "Hotelbeam", "Customer Success Manager - Hotels", "final", "room")},
    {"kind": "fr-lever-manager", "lang": "fr", "p": "lever", "tz": "Europe/Brussels",
     "s": "Entretien manager – Chargée des opérations événementielles",
     "d": "Bonjour Inès,\n\nMerci pour l'échange avec Lucie. Prochaine étape : 45 min avec Thomas Lemaire, "
          "directeur des opérations de Pavillon Events Bruxelles, votre futur manager.\n\n" + zoom("f8", "fr"),
     "t": ("20270120T110000", "20270120T114500"), "org": ("Lucie Martens", "lucie.martens@pavillon-events.be"),
     "att": [IP, ("Thomas Lemaire", "thomas.lemaire@pavillon-events.be", ""),
             ("Lucie Martens", "lucie.martens@pavillon-events.be", "copt")],
     "L": (True, "Pavillon Events", "Chargée des opérations événementielles", "hiring_manager", "")},
    {"kind": "fr-journee-immersion", "lang": "fr", "p": "google", "tz": "allday",
     "s": "Journée d'immersion – Maison Riviera Palace (poste Guest Relations Manager)",
     "d": "Journée en situation avec l'équipe réception, accueil par Mme Ortiz (Directrice de l'hébergement) à 8h.",
     "t": ("20270122", "20270123"), "org": ("Béatrice Ortiz", "b.ortiz@riviera-palace.mc"),
     "att": [IP, ("Béatrice Ortiz", "b.ortiz@riviera-palace.mc", "")],
     "L": (True, "Maison Riviera Palace", "Guest Relations Manager", "onsite", "allday")},
    {"kind": "fr-teamtailor-rh", "lang": "fr", "p": "teamtailor", "tz": "Europe/Zurich",
     "s": "Premier entretien – Lakeshore Resorts",
     "d": "Bonjour Inès,\n\nNous avons le plaisir de vous inviter à un premier entretien pour le poste de "
          "Responsable Revenue & Distribution à Lausanne. Interlocutrice : Maude Rochat, chargée de recrutement.\n\n"
          "Rejoindre : https://app.teamtailor.com/meetings/lakeshore/9a8b7c\n\nEnvoyé par Teamtailor",
     "t": ("20270112T160000", "20270112T163000"), "org": ("Lakeshore Resorts", "noreply@teamtailor.com"),
     "att": [IP, ("Maude Rochat", "maude.rochat@lakeshore-resorts.ch", "")],
     "L": (True, "Lakeshore Resorts", "Responsable Revenue & Distribution", "recruiter_screen", "ats")},
    {"kind": "fr-recurrent-essai", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "rr": "FREQ=WEEKLY;COUNT=2;BYDAY=SA",
     "s": "Mise en situation – Coordinatrice événements – Nice Congrès Events",
     "d": "Deux samedis de mise en situation rémunérée sur nos salons, avec Fabien Roche (responsable production). "
          "Dernière étape du recrutement avant décision.",
     "t": ("20270130T080000", "20270130T160000"), "org": ("Roche, Fabien", "f.roche@nicecongres-events.fr"),
     "att": [IP, ("Roche, Fabien", "f.roche@nicecongres-events.fr", "")],
     "ov": {"rid": "20270206T080000", "t": ("20270206T100000", "20270206T180000"),
            "s": "Mise en situation (horaire décalé) – Coordinatrice événements – Nice Congrès Events"},
     "L": (True, "Nice Congrès Events", "Coordinatrice événements", "final", "recurring_override")},
    {"kind": "fr-bookings", "lang": "fr", "p": "bookings", "tz": "win:Romance Standard Time",
     "s": "Entretien de présélection – Compagnie Azur Air",
     "d": "Votre réservation est confirmée.\nService : Entretien de présélection (30 min) – Superviseur(e) "
          "Service Client Aéroport\nMembre du personnel : Olivier Perret\n\n" + teams("f12", "fr"),
     "t": ("20270121T090000", "20270121T093000"), "org": ("Recrutement Azur Air", "recrutement@azurair.fr"),
     "att": [IP, ("Olivier Perret", "olivier.perret@azurair.fr", "")],
     "L": (True, "Azur Air", "Superviseur(e) Service Client Aéroport", "recruiter_screen", "")},
    {"kind": "fr-apple-lisbonne", "lang": "fr", "p": "apple", "tz": "Europe/Lisbon",
     "s": "Entretien Tripdeck – Inès (équipe Ops Lisbonne)",
     "d": "Rencontre avec Gonçalo Silva (COO) dans leurs bureaux, Rua Augusta 120. Poste : Operations Manager.",
     "t": ("20270203T100000", "20270203T113000"), "org": ("Gonçalo Silva", "goncalo.silva@tripdeck.io"),
     "att": [IP, ("Gonçalo Silva", "goncalo.silva@tripdeck.io", "")], "loc": "Tripdeck, Rua Augusta 120, Lisboa",
     "L": (True, "Tripdeck", "Operations Manager", "onsite", "")},
    {"kind": "fr-annule", "lang": "fr", "p": "zimbra", "tz": "Europe/Paris", "method": "CANCEL", "st": "CANCELLED",
     "seq": 1, "s": "Annulé : Entretien – Responsable Front Office – Hôtel Le Majestic Cannes",
     "d": "Le poste a été pourvu en interne ; nous annulons l'entretien prévu. Merci de votre compréhension.",
     "t": ("20270125T150000", "20270125T160000"), "org": ("Direction RH Le Majestic", "rh@majestic-cannes.fr"),
     "att": [IP], "iv": [],
     "L": (True, "Hôtel Le Majestic Cannes", "Responsable Front Office", None, "cancelled")},
    {"kind": "fr-webex-panel", "lang": "fr", "p": "webex", "tz": "Europe/Brussels",
     "s": "Jury de recrutement – Manager Expérience Voyageurs",
     "d": "Madame Moreau,\n\nVous êtes convoquée devant le jury pour le poste de Manager Expérience Voyageurs "
          "(Brussels Rail Hospitality). Jury : Els Vermeulen (Directrice Service Clients), Marc Dubois (RH), "
          "Sophie Lambot (Opérations).\n\n" + webex("f15", "fr"),
     "t": ("20270127T093000", "20270127T103000"), "org": ("Els Vermeulen", "els.vermeulen@brh-rail.be"),
     "att": [IP, ("Els Vermeulen", "els.vermeulen@brh-rail.be", ""), ("Marc Dubois", "marc.dubois@brh-rail.be", ""),
             ("Sophie Lambot", "sophie.lambot@brh-rail.be", "")],
     "L": (True, "Brussels Rail Hospitality", "Manager Expérience Voyageurs", "onsite", "")},
    {"kind": "fr-deuxieme-tour", "lang": "fr", "p": "google", "tz": "Europe/Paris", "xwr": "Europe/Paris",
     "s": "2e entretien Voyalia – Thibault (Head of CX)",
     "d": "Invitation : 2e entretien pour Responsable Expérience Client avec Thibault Caron.\n\n" + meet("f16", "fr"),
     "t": ("20270120T170000", "20270120T180000"), "org": ("Thibault Caron", "thibault.caron@voyalia.com"),
     "att": [("Thibault Caron", "thibault.caron@voyalia.com", ""), IP],
     "L": (True, "Voyalia", "Responsable Expérience Client", "hiring_manager", "")},
    {"kind": "fr-cas-pratique", "lang": "fr", "p": "workday", "tz": "Europe/Paris",
     "s": "Étude de cas – Analyste Revenue Management – Groupe Azuréa",
     "d": "Candidat : Inès Moreau\nOffre : JR-5512 Analyste Revenue Management (Nice)\nType : Étude de cas (90 "
          "min), présentation à Romain Blanc, Revenue Director Groupe, et Inès Da Silva, Revenue Analyst.\n\n"
          + teams("f17", "fr") + "\n\nCette invitation a été générée par Workday.",
     "t": ("20270128T090000", "20270128T103000"), "org": ("Azuréa Recrutement", "azurea@myworkday.com"),
     "att": [IP, ("Romain Blanc", "romain.blanc@azurea-hotels.com", ""),
             ("Inès Da Silva", "ines.dasilva@azurea-hotels.com", "")],
     "L": (True, "Azuréa Hotels & Resorts", "Analyste Revenue Management", "technical", "namesake")},
    {"kind": "fr-calendly-agence", "lang": "fr", "p": "calendly", "tz": "utc",
     "s": "Entretien Palmera Events – Inès Moreau",
     "d": "Nom de l'événement : Entretien candidat (45 min)\n\nPalmera Events recrute une Cheffe de projet "
          "événementiel (Cannes). Vous échangerez avec Hugo Ferrer, directeur associé.\n\nEmplacement : "
          "Téléphone, nous vous appelons au numéro indiqué.\n\nPropulsé par Calendly.com",
     "t": ("20270121T150000", "20270121T154500"), "org": ("Hugo Ferrer", "hugo@palmera-events.fr"),
     "att": [("Hugo Ferrer", "hugo@palmera-events.fr", ""), IP],
     "L": (True, "Palmera Events", "Cheffe de projet événementiel", "hiring_manager", "")},
    {"kind": "fr-recruitee-tel", "lang": "fr", "p": "recruitee", "tz": "Europe/Paris",
     "s": "Appel téléphonique – Chargée de relation client B2B – Séjourly",
     "d": "Appel de 20 min avec Manon Petit (People) pour faire connaissance. Elle vous appellera au 06 xx xx "
          "xx 41.\n\nEnvoyé via Recruitee",
     "t": ("20270126T113000", "20270126T115000"), "org": ("Manon Petit", "manon.petit@sejourly.fr"),
     "att": [("Manon Petit", "manon.petit@sejourly.fr", ""), IP],
     "L": (True, "Séjourly", "Chargée de relation client B2B", "recruiter_screen", "")},
    {"kind": "fr-reporte", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time", "seq": 2,
     "s": "Entretien Koliko – nouveau créneau",
     "d": "Inès, je décale notre 2e échange à jeudi 16h, désolé ! On fera le point avec Claire (CTO) sur le "
          "process d'onboarding des hôtels.\nAntoine",
     "t": ("20270204T160000", "20270204T170000"), "org": ("Antoine Leclerc", "antoine.leclerc.pro@gmail.com"),
     "att": [IP, ("Claire Nguyen", "claire.nguyen.dev@gmail.com", ""),
             ("Antoine Leclerc", "antoine.leclerc.pro@gmail.com", "")],
     "L": (True, "Koliko", None, "technical", "rescheduled")},
    {"kind": "fr-typed2", "lang": "fr", "p": "ios", "tz": "float", "s": "Visio Pavillon Events – entretien DG",
     "t": ("20270205T090000", "20270205T100000"), "L": (True, "Pavillon Events", None, "final", "hand_typed")},
    {"kind": "fr-agence-interim", "lang": "fr", "p": "google", "tz": "Europe/Paris",
     "s": "Entretien chez Hôtels Belle Rive (via Hospitality Search) – Directrice Hébergement",
     "d": "Bonjour Inès,\nRendez-vous avec Mme Claire Aubert, Directrice Générale de Hôtels Belle Rive, à "
          "l'hôtel (Juan-les-Pins). Je vous appelle juste après.\nBenoît – Hospitality Search",
     "t": ("20270202T150000", "20270202T160000"), "org": ("Benoît Carré", "benoit@hospitality-search.fr"),
     "att": [IP, ("Claire Aubert", "c.aubert@bellerive-hotels.fr", "")],
     "L": (True, "Hôtels Belle Rive", "Directrice Hébergement", "hiring_manager", "agency")},
    {"kind": "fr-boulot-adresse", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Échange – poste Responsable Qualité Service – Maison Lumen Hotels",
     "d": "Bonjour Madame Moreau,\n\nSuite à notre échange sur LinkedIn, je vous propose cet entretien avec notre "
          "directrice qualité, Agnès Roux.\n\nBien cordialement,\nÉlodie Marchand, Talent Partner\n\n"
          + teams("f23", "fr"),
     "t": ("20270211T123000", "20270211T131500"), "org": ("Marchand, Élodie", "elodie.marchand@maisonlumen.com"),
     "att": [IW, ("Roux, Agnès", "agnes.roux@maisonlumen.com", "")],
     "L": (True, "Maison Lumen Hotels", "Responsable Qualité Service", "hiring_manager", "work_address")},
    # --- Spanish ---
    {"kind": "es-teamtailor-rrhh", "lang": "es", "p": "teamtailor", "tz": "Europe/Madrid",
     "s": "Entrevista con RR. HH. – Hoteles Marblau",
     "d": "Hola Inès:\n\nGracias por tu candidatura a Responsable de Experiencia Huésped en Barcelona. Te "
          "proponemos una primera llamada con Marta Soler (Talent Acquisition).\n\nEnlace: "
          "https://app.teamtailor.com/meetings/marblau/33aa21\n\nEnviado por Teamtailor",
     "t": ("20270113T123000", "20270113T130000"), "org": ("Hoteles Marblau", "noreply@teamtailor.com"),
     "att": [IP, ("Marta Soler", "marta.soler@marblau.com", "")],
     "L": (True, "Hoteles Marblau", "Responsable de Experiencia Huésped", "recruiter_screen", "ats")},
    {"kind": "es-tecnica", "lang": "es", "p": "google", "tz": "Europe/Madrid",
     "s": "Prueba técnica Revenue – Inès Moreau / Bookvia",
     "d": "Caso práctico de 60 minutos con Álvaro Ruiz (Revenue Lead) y Nuria Pons (Data Analyst) para el puesto "
          "de Revenue Analyst.\n\n" + meet("e2", "es"),
     "t": ("20270119T160000", "20270119T170000"), "org": ("Laura Gil", "laura.gil@bookvia.com"),
     "att": [("Álvaro Ruiz", "alvaro.ruiz@bookvia.com", ""), ("Nuria Pons", "nuria.pons@bookvia.com", ""),
             ("Laura Gil", "laura.gil@bookvia.com", "c"), IP],
     "L": (True, "Bookvia", "Revenue Analyst", "technical", "")},
    {"kind": "es-presencial", "lang": "es", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Entrevista presencial – Directora de Operaciones – Fiesta Grande Eventos",
     "d": "Estimada Inès:\n\nTe esperamos en nuestras oficinas de Carrer de Pallars 85, Barcelona. Te reunirás "
          "con Jordi Puig (CEO) y Carla Vidal (Directora Financiera).\n\nUn saludo,\nRaquel Ferrer – Oficina",
     "t": ("20270125T100000", "20270125T120000"), "org": ("Ferrer, Raquel", "raquel.ferrer@fiestagrande.es"),
     "att": [IP, ("Puig, Jordi", "jordi.puig@fiestagrande.es", ""), ("Vidal, Carla", "carla.vidal@fiestagrande.es",
             ""), ("Ferrer, Raquel", "raquel.ferrer@fiestagrande.es", "copt"),
             ("Sala Gràcia", "sala.gracia@fiestagrande.es", "room")],
     "L": (True, "Fiesta Grande Eventos", "Directora de Operaciones", "onsite", "room")},
    {"kind": "es-fundador-hotmail", "lang": "es", "p": "google", "tz": "Europe/Madrid",
     "s": "Charla Inès – Vuelatur", "t": ("20270114T190000", "20270114T193000"),
     "d": "Hola Inès, soy Pablo, fundador de Vuelatur (agencia de viajes online para grupos). Buscamos Customer "
          "Experience Manager. Hablamos media hora y te cuento el puesto. Saludos!\n\n" + meet("e4", "es"),
     "org": ("Pablo Herrero", "pabloherrero84@hotmail.com"),
     "att": [("Pablo Herrero", "pabloherrero84@hotmail.com", ""), IP],
     "L": (True, "Vuelatur", "Customer Experience Manager", "hiring_manager", "free_mail_founder")},
    {"kind": "es-final-zoom", "lang": "es", "p": "zoom", "tz": "Europe/Madrid",
     "s": "Entrevista final – Iberluz Airlines – Jefa de Atención al Cliente",
     "d": "Carmen Ortega " + zoom("e5", "es") + "\n\nÚltima entrevista con Carmen Ortega (Directora de Clientes) y "
          "Luis Navarro (Director de Operaciones).",
     "t": ("20270203T120000", "20270203T130000"), "org": ("Carmen Ortega", "carmen.ortega@iberluz.aero"),
     "att": [IP, ("Luis Navarro", "luis.navarro@iberluz.aero", "")],
     "iv": ["carmen.ortega@iberluz.aero", "luis.navarro@iberluz.aero"],
     "L": (True, "Iberluz Airlines", "Jefa de Atención al Cliente", "final", "")},
    {"kind": "es-agencia", "lang": "es", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Entrevista cliente: Hoteles Marblau – presentada por Talento Turismo",
     "d": "Hola Inès, te confirmo la entrevista con Sergi Mas, Director de Operaciones de Hoteles Marblau, para "
          "Responsable de Experiencia Huésped. Yo no asistiré.\nSaludos, Eva Campos – Talento Turismo",
     "t": ("20270127T110000", "20270127T120000"), "org": ("Campos, Eva", "eva.campos@talentoturismo.es"),
     "att": [IP, ("Mas, Sergi", "sergi.mas@marblau.com", "")],
     "L": (True, "Hoteles Marblau", "Responsable de Experiencia Huésped", "hiring_manager", "agency")},
    {"kind": "es-typed", "lang": "es", "p": "typed", "tz": "float", "s": "entrevista Festa Events (Lisboa) 2a ronda",
     "t": ("20270208T150000", "20270208T160000"), "L": (True, "Festa Events", None, "hiring_manager", "hand_typed")},
    {"kind": "es-cancelada", "lang": "es", "p": "google", "tz": "Europe/Madrid", "method": "CANCEL",
     "st": "CANCELLED", "seq": 1, "s": "Cancelada: Entrevista – Vuelatur – Inès",
     "d": "Se ha cancelado este evento.", "t": ("20270121T190000", "20270121T193000"),
     "org": ("Pablo Herrero", "pabloherrero84@hotmail.com"),
     "att": [("Pablo Herrero", "pabloherrero84@hotmail.com", ""), IP],
     "L": (True, "Vuelatur", None, "hiring_manager", "cancelled")},
    {"kind": "es-lever-screen", "lang": "es", "p": "lever", "tz": "Europe/Lisbon",
     "s": "Llamada de selección – Inès Moreau – Estadia Portugal",
     "d": "Entrevista: Gerente de Operaciones Huésped\nCon: Beatriz Lopes (Talent)\n\n" + teams("e9", "es"),
     "t": ("20270112T110000", "20270112T113000"), "org": ("Beatriz Lopes", "beatriz.lopes@estadia.pt"),
     "att": [IP, ("Beatriz Lopes", "beatriz.lopes@estadia.pt", "")],
     "L": (True, "Estadia Portugal", "Gerente de Operaciones Huésped", "recruiter_screen", "")},
]
