"""train19: Laura Bianchi's own interviews, French and Spanish."""

from __future__ import annotations

from train19ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    OUTLOOK,
    PERSONIO,
    TEAMTAILOR,
    WORKDAY,
    Ev,
    Item,
    Person,
    boiler,
    cal,
    pos,
    resource,
    room,
)

ROM = "Romance Standard Time"
W = "W. Europe Standard Time"


def items() -> list[Item]:
    out: list[Item] = []
    me = Person(ME_PRIVATE, "Laura Bianchi")

    u = "lemanique-entretien-01@lemanique-ing.ch"
    d = ("Madame,\n\nNous avons le plaisir de vous convier à un premier entretien pour le poste de "
         "Responsable BIM (H/F) au sein de notre bureau de Genève. Vous rencontrerez M. Olivier Perret, "
         "directeur technique, et Mme Aurélie Favre, responsable RH.\n\nMeilleures salutations\n"
         "Lémanique Ingénierie SA")
    e = Ev(u, "Entretien – Responsable BIM (H/F) – Mme Bianchi", "20261203T100000", "20261203T110000", ROM,
           description=d, location="Rue du Rhône 54, 1204 Genève, 3e étage",
           organizer=Person("aurelie.favre@lemanique-ing.ch", "Favre Aurélie"),
           attendees=[me, Person("olivier.perret@lemanique-ing.ch", "Perret Olivier"),
                      room("salle-salève@lemanique-ing.ch", "Salle Salève")])
    out.append(pos("outlook-fr-first", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "Lémanique Ingénierie",
                   "Responsable BIM", "", ("aurelie.favre@lemanique-ing.ch", "olivier.perret@lemanique-ing.ch")))

    u = "tessera-tech-fr-77@tessera.ch"
    e = Ev(u, "Tessera – entretien technique (modélisation IFC)", "20261208T140000", "20261208T153000", W,
           description=("Bonjour Laura,\n\nPour la suite du processus (poste : Cheffe de produit BIM), nous "
                        "te proposons un entretien technique avec Nicolas Gay (développeur senior) et Inès "
                        "Berthoud (product designer). Prévois 20 minutes de démo sur un de tes modèles.\n\n"
                        "À bientôt\nSophie – Tessera BIM SA\n\n" + boiler("meet_fr", "772", "tsr-ffap-ebn",
                                                                           "881 205 314")),
           organizer=Person("sophie.morand@tessera.ch", "Sophie Morand"),
           attendees=[me, Person("nicolas.gay@tessera.ch", "Nicolas Gay"), Person("ines.berthoud@tessera.ch",
                                                                                   "Inès Berthoud"),
                      Person("sophie.morand@tessera.ch", "Sophie Morand", role="OPT-PARTICIPANT",
                             partstat="ACCEPTED", rsvp=False)])
    out.append(pos("meet-fr-technical", "fr", u, cal(GOOGLE, [e], "REQUEST", xwr="Europe/Zurich"), "Tessera",
                   "Cheffe de produit BIM", "technical", ("nicolas.gay@tessera.ch", "ines.berthoud@tessera.ch")))

    u = "immoplan-rh-appel@immoplan.ch"
    e = Ev(u, "Appel RH – Immoplan – Laura Bianchi", "20261201T083000", "20261201T090000", ROM,
           description=("Premier échange téléphonique (30 min) concernant votre candidature au poste de "
                        "Gestionnaire de projets immobiliers – transformation digitale. Je vous appellerai.\n"
                        "Julie Rochat, chargée de recrutement, Immoplan SA"),
           location="Téléphone", organizer=Person("julie.rochat@immoplan.ch", "Rochat Julie"), attendees=[me])
    out.append(pos("phone-screen-fr", "fr", u, cal(EXCHANGE, [e], "REQUEST"), "Immoplan",
                   "Gestionnaire de projets immobiliers – transformation digitale", "recruiter_screen",
                   ("julie.rochat@immoplan.ch",)))

    u = "FGL-jury-2026-12@fgl-ge.ch"
    e = Ev(u, "Audition – poste de cheffe de projet BIM maître d'ouvrage", "20261214T090000",
           "20261214T103000", ROM,
           description=("Fondation Genevoise pour le Logement\nCommission de recrutement : M. Alain Dufour "
                        "(directeur), Mme Karine Mottier (architecte cantonale adjointe), M. Pascal Rey (RH).\n"
                        "Présentation de 10 min suivie de questions. Le secrétariat (Mme Blanc) vous accueillera."),
           location="FGL, Boulevard Carl-Vogt 2, Genève, salle du conseil",
           organizer=Person("secretariat.rh@fgl-ge.ch", "Blanc Monique"),
           attendees=[me, Person("alain.dufour@fgl-ge.ch", "Dufour Alain"),
                      Person("karine.mottier@fgl-ge.ch", "Mottier Karine"), Person("pascal.rey@fgl-ge.ch",
                                                                                   "Rey Pascal"),
                      room("salle.conseil@fgl-ge.ch", "Salle du conseil")])
    out.append(pos("public-body-jury", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "Fondation Genevoise pour le Logement",
                   "cheffe de projet BIM maître d'ouvrage", "",
                   ("alain.dufour@fgl-ge.ch", "karine.mottier@fgl-ge.ch", "pascal.rey@fgl-ge.ch"), "jury"))

    u = "5B2A-lemanique-2e-tour"
    e = Ev(u, "Lémanique 2e tour", "20261215T140000", "20261215T150000",
           description="M. Perret + directeur général. Prendre plans Schulhaus.")
    out.append(pos("handtyped-fr", "fr", u, cal(APPLE, [e]), "Lémanique Ingénierie", "", "", (), "handtyped"))

    u = "wd-fr-8812@myworkday.com"
    e = Ev(u, "Entretien avec le manager – Chef(fe) de projet Digital Construction", "20261210T130000Z",
           "20261210T140000Z",
           description=("Bonjour Laura Bianchi,\n\nVotre entretien est confirmé.\nEntreprise : Vinciane "
                        "Construction Suisse SA\nOffre : JR-55102 Chef(fe) de projet Digital Construction\n"
                        "Interlocuteur : Marc-Antoine Girard (Directeur Travaux)\n\n"
                        + boiler("teams_fr", "441", "NmQx", "Fh7e")),
           organizer=Person("vinciane@myworkday.com", "Vinciane Recrutement"),
           attendees=[me, Person("ma.girard@vinciane.ch", "Girard Marc-Antoine")])
    out.append(pos("ats-workday-fr", "fr", u, cal(WORKDAY, [e], "REQUEST"), "Vinciane Construction",
                   "Chef(fe) de projet Digital Construction", "hiring_manager", ("ma.girard@vinciane.ch",)))

    u = "habitare-fr-finale@habitare-group.eu"
    e = Ev(u, "Habitare – entretien final (en français)", "20261218T100000", "20261218T110000", ROM,
           description=("Chère Laura,\nnotre directeur général France, M. Thierry Lemoine, souhaite vous "
                        "rencontrer pour l'étape finale (poste BIM & Data Lead).\nChiara Bassi"),
           organizer=Person("chiara.bassi@habitare-group.eu", "Chiara Bassi"),
           attendees=[me, Person("thierry.lemoine@habitare-group.eu", "Thierry Lemoine")])
    out.append(pos("final-fr-ceo", "fr", u, cal(GOOGLE, [e], "REQUEST"), "Habitare Group", "BIM & Data Lead",
                   "final", ("thierry.lemoine@habitare-group.eu",)))

    u = "tt-fr-30118@teamtailor.com"
    e = Ev(u, "Entretien avec Immoplan", "20261216T090000Z", "20261216T100000Z",
           description=("Bonjour Laura,\n\nVous avez réservé un créneau pour un entretien avec Immoplan.\n\n"
                        "Poste : Gestionnaire de projets immobiliers – transformation digitale\nAvec : Benoît "
                        "Cuendet, Sylvie Mercier\nLieu : Avenue de la Gare 10, Lausanne\n\nModifier : "
                        "https://immoplan.teamtailor.com/fr/interviews/30118"),
           organizer=Person("noreply@teamtailor.com", "Immoplan"),
           attendees=[me, Person("benoit.cuendet@immoplan.ch", "Benoît Cuendet"),
                      Person("sylvie.mercier@immoplan.ch", "Sylvie Mercier")])
    out.append(pos("ats-teamtailor-fr", "fr", u, cal(TEAMTAILOR, [e], "REQUEST"), "Immoplan",
                   "Gestionnaire de projets immobiliers – transformation digitale", "",
                   ("benoit.cuendet@immoplan.ch", "sylvie.mercier@immoplan.ch")))

    u = "konstrukt-annule@konstrukt-sa.ch"
    e = Ev(u, "Annulé : Entretien Konstrukt SA / L. Bianchi", "20261207T160000", "20261207T170000", ROM,
           description="Entretien annulé, le poste de coordinatrice BIM a été pourvu en interne. Désolés.",
           organizer=Person("rh@konstrukt-sa.ch", "RH Konstrukt"),
           attendees=[me, Person("jean.maillard@konstrukt-sa.ch", "Maillard Jean")], status="CANCELLED",
           sequence=1)
    out.append(pos("cancelled-fr", "fr", u, cal(OUTLOOK, [e], "CANCEL"), "Konstrukt", "coordinatrice BIM", "",
                   ("jean.maillard@konstrukt-sa.ch",), "cancelled"))

    u = "tessera-founder-fr"
    e = Ev(u, "Café avec Mathieu (fondateur Tessera) – suite du process", "20261217T080000",
           "20261217T090000", W,
           description=("Laura, comme convenu avec Sophie, dernier échange avec moi avant notre décision. "
                        "Rendez-vous au café du Bourg-de-Four.\nMathieu"),
           location="Place du Bourg-de-Four, Genève",
           organizer=Person("mathieu.tessera@protonmail.com", "Mathieu Jaccard"),
           attendees=[me, Person("mathieu.tessera@protonmail.com", "Mathieu Jaccard", partstat="ACCEPTED",
                                 rsvp=False)])
    out.append(pos("founder-proton-cafe", "fr", u, cal(GOOGLE, [e], "REQUEST"), "Tessera", "", "final",
                   ("mathieu.tessera@protonmail.com",), "founder_freemail"))

    u = "dreiland-fr-onsite@dreiland-eng.ch"
    e = Ev(u, "Journée sur site – Dreiland Engineering (antenne de Genève)", "20261221T083000",
           "20261221T160000", W,
           description=("Programme : visite de chantier Praille avec M. Hugo Vuille (chef de chantier), "
                        "atelier BIM avec Mme Fabienne Sutter, entretien avec M. Raphael Gysin. "
                        "Casque et chaussures fournis (réservés ci-dessous)."),
           organizer=Person("fabienne.sutter@dreiland-eng.ch", "Sutter Fabienne"),
           attendees=[me, Person("hugo.vuille@dreiland-eng.ch", "Vuille Hugo"),
                      Person("raphael.gysin@dreiland-eng.ch", "Gysin Raphael"),
                      resource("epi-visiteurs@dreiland-eng.ch", "EPI visiteurs (casques)")])
    out.append(pos("site-day-fr", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "Dreiland Engineering", "", "onsite",
                   ("fabienne.sutter@dreiland-eng.ch", "hugo.vuille@dreiland-eng.ch",
                    "raphael.gysin@dreiland-eng.ch")))

    u = "konstrukt-2-fr@konstrukt-sa.ch"
    e = Ev(u, "Konstrukt SA – entretien manager (poste Responsable digitalisation)", "20261222T110000",
           "20261222T120000", ROM,
           description=("Suite à l'annulation de la semaine dernière, nous vous proposons le poste de "
                        "Responsable digitalisation. Entretien avec M. Jean Maillard, directeur.\n\n"
                        + boiler("teams_fr", "218", "YzQ2", "a8Kd")),
           organizer=Person("rh@konstrukt-sa.ch", "RH Konstrukt"),
           attendees=[me, Person("jean.maillard@konstrukt-sa.ch", "Maillard Jean")])
    out.append(pos("second-role-same-firm", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "Konstrukt",
                   "Responsable digitalisation", "hiring_manager", ("jean.maillard@konstrukt-sa.ch",)))

    u = "immoplan-final-fr-8@immoplan.ch"
    e = Ev(u, "Immoplan : dernier entretien avec la direction", "20261223T150000", "20261223T160000",
           description=("Mme Mercier et M. Pittet (CEO). Lieu : Lausanne. Poste : Gestionnaire de projets "
                        "immobiliers – transformation digitale."),
           organizer=Person("sylvie.mercier@immoplan.ch", "Sylvie Mercier"),
           attendees=[me, Person("r.pittet@immoplan.ch", "Raymond Pittet")])
    out.append(pos("floating-final-fr", "fr", u, cal(GOOGLE, [e], "REQUEST"), "Immoplan",
                   "Gestionnaire de projets immobiliers – transformation digitale", "final",
                   ("sylvie.mercier@immoplan.ch", "r.pittet@immoplan.ch"), "floating"))

    u = "personio-fr-77120@personio.de"
    e = Ev(u, "Invitation : entretien – Coordinatrice BIM (Bâtiplan Suisse)", "20261209T083000Z",
           "20261209T091500Z",
           description=("Bonjour Laura,\n\nNous vous invitons à un entretien pour le poste de Coordinatrice "
                        "BIM (80-100 %). Vous échangerez avec Grégoire Pasche (responsable du bureau de "
                        "Lausanne).\n\nBâtiplan Suisse SA – Ressources humaines\n\n"
                        + boiler("meet_fr", "930", "btp-lsnn-aaq", "610 227 118")),
           organizer=Person("jobs@batiplan.ch", "Bâtiplan Suisse SA via Personio"),
           attendees=[me, Person("gregoire.pasche@batiplan.ch", "Grégoire Pasche")])
    out.append(pos("ats-personio-fr", "fr", u, cal(PERSONIO, [e], "REQUEST"), "Bâtiplan Suisse",
                   "Coordinatrice BIM", "", ("gregoire.pasche@batiplan.ch",)))

    # Spanish
    u = "arquea-entrevista-es@arquea.es"
    e = Ev(u, "Entrevista – Responsable BIM (Grupo Arquea)", "20261204T100000", "20261204T110000",
           "Europe/Madrid",
           description=("Hola Laura:\n\nTe confirmo la entrevista para el puesto de Responsable BIM en "
                        "nuestra oficina de Barcelona. Estarán Marta Soler (directora de proyectos) y yo.\n\n"
                        "Un saludo,\nNúria Vidal – Selección, Grupo Arquea\n\n" + boiler("meet_es", "221",
                                                                                          "arq-uwbe-kpl",
                                                                                          "553 104")),
           organizer=Person("nuria.vidal@arquea.es", "Núria Vidal"),
           attendees=[me, Person("marta.soler@arquea.es", "Marta Soler")])
    out.append(pos("meet-es", "es", u, cal(GOOGLE, [e], "REQUEST", xwr="Europe/Madrid"), "Grupo Arquea",
                   "Responsable BIM", "", ("nuria.vidal@arquea.es", "marta.soler@arquea.es")))

    u = "vireo-es-tech@vireo.tech"
    e = Ev(u, "Vireo – prueba técnica con el equipo", "20261211T150000", "20261211T163000", "Europe/Madrid",
           description=("Laura, segunda fase para el puesto de PM fundadora: caso práctico en directo con "
                        "Álex Romero (CTO) y Paula Gil (diseño). ¡Suerte!\nJordi"),
           organizer=Person("jordi@vireo.tech", "Jordi Puig"),
           attendees=[me, Person("alex.romero@vireo.tech", "Álex Romero"), Person("paula.gil@vireo.tech",
                                                                                  "Paula Gil")])
    out.append(pos("technical-es", "es", u, cal(GOOGLE, [e], "REQUEST"), "Vireo", "PM fundadora", "technical",
                   ("alex.romero@vireo.tech", "paula.gil@vireo.tech")))

    u = "solera-rrhh-es@solera.io"
    e = Ev(u, "Llamada con RRHH – Solera Proptech", "20261202T120000", "20261202T123000", ROM,
           description=("Primera llamada de selección para el puesto de Product Manager (gemelo digital). "
                        "Te llamo al móvil.\nLucía Ferrer, Talent Acquisition, Solera Proptech S.L."),
           organizer=Person("lucia.ferrer@solera.io", "Ferrer, Lucía"), attendees=[me])
    out.append(pos("screen-es-outlook", "es", u, cal(OUTLOOK, [e], "REQUEST"), "Solera Proptech",
                   "Product Manager (gemelo digital)", "recruiter_screen", ("lucia.ferrer@solera.io",)))
    return out
