"""train13 event corpus: Mei Chen's own interviews, written in French and Spanish, each event on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams, webex, zoom
from train13ev_ics import Att, Ev, coord, me, res, room


def _fr() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("ats-welcome", "fr", "Entretien – Chef de projet technique Robotique médicale – Ortheon Medical",
           "2026-12-03 10:00", True, "Ortheon Medical", "Chef de projet technique Robotique médicale",
           "recruiter_screen", style="ats", prodid="-//Welcome to the Jungle//Welcome Kit//FR", tz="Europe/Paris",
           minutes=30, organizer=coord("Ortheon Medical via Welcome to the Jungle", "no-reply@welcomekit.co", "CHAIR"),
           attendees=[me(), Att("Claire Bonnefoy", "c.bonnefoy@ortheon-medical.fr")],
           desc="Bonjour Mei,\n\nVotre entretien téléphonique avec Claire Bonnefoy (Responsable recrutement) est "
                "confirmé. Elle vous appellera au numéro indiqué dans votre candidature.\n\nL'équipe Ortheon Medical"))
    add(Ev("founder-freemail", "fr", "Mei / Hugo – Cybelis (échange avec le fondateur)", "2026-12-05 18:00", True,
           "Cybelis", "Head of Product Hardware", "hiring_manager", tz="Europe/Paris", minutes=45,
           organizer=Att("Hugo Marchand", "hugo.marchand@orange.fr", partstat="ACCEPTED"),
           attendees=[Att("Hugo Marchand", "hugo.marchand@orange.fr", partstat="ACCEPTED"), me()],
           desc="Bonjour Mei,\n\nsuite à votre échange avec Léa, je vous propose qu'on parle du poste de Head of "
                "Product Hardware chez Cybelis (exosquelettes, Grenoble). Je suis cofondateur et CTO.\n\nHugo\n\n"
                + meet("fr", "mbx-dqre-wiv") + "\n" + gfooter("fr")))
    add(Ev("terse-typed", "fr", "Cybelis 3e entretien (Léa + Hugo)", "2026-12-12 11:00", True, "Cybelis", "", "final",
           style="ios", tz="Europe/Paris", minutes=60, location="Cybelis, 7 chemin du Vieux Chêne, Meylan",
           interviewers="Léa;Hugo"))
    add(Ev("visite-site", "fr", "Visite du site de Crolles + entretiens équipe", "2026-12-14 09:30", True,
           "Alpinnov Robotique", "Responsable programme AGV", "onsite", style="outlook", tz="Europe/Paris",
           minutes=240, organizer=Att("Perrin, Julien", "julien.perrin@alpinnov.fr"),
           attendees=[me(), Att("Perrin, Julien", "julien.perrin@alpinnov.fr"),
                      Att("Roux, Nathalie", "nathalie.roux@alpinnov.fr"),
                      room("CRO-Salle Belledonne", "salle.belledonne@alpinnov.fr")],
           location="Alpinnov Robotique, 180 rue des Grésivaudan, 38920 Crolles",
           desc="Bonjour Madame Chen,\n\nComme convenu, nous vous accueillons sur notre site de Crolles pour la suite "
                "du processus (poste de Responsable programme AGV) : visite de l'atelier d'intégration, puis "
                "entretiens avec Nathalie Roux (Directrice industrielle) et moi-même.\n\nJulien Perrin"))
    add(Ev("cafe-later-round", "fr", "Café avec Nathalie Roux (Alpinnov)", "2026-12-19 08:45", True, "Alpinnov", "",
           "final", style="floating", tz="Europe/Paris", minutes=45, location="Place Grenette, Grenoble",
           desc="Dernier échange avant la proposition (elle l'a dit au tél).", interviewers="Nathalie Roux"))
    add(Ev("title-only", "fr", "Entretien Somfex", "2027-01-06 14:30", True, "Somfex", "", "", style="apple",
           tz="Europe/Paris", minutes=60))
    add(Ev("panel", "fr", "Jury de recrutement – Ingénieur·e chef de projet dispositifs médicaux", "2027-01-07 14:00",
           True, "Hôpitaux Universitaires de Genève", "Ingénieure cheffe de projet dispositifs médicaux", "onsite",
           style="utcname", tz="Europe/Zurich", minutes=90,
           organizer=coord("Recrutement HUG", "recrutement.ingenierie@hug.ch", "CHAIR"),
           attendees=[me(), Att("Dr Pascal Favre", "pascal.favre@hug.ch"), Att("Isabelle Métral",
                      "isabelle.metral@hug.ch"),
                      Att("Karim Benali", "karim.benali@hug.ch"), room("HUG Bât. Opéra salle 4-512",
                      "opera4512@hug.ch")],
           location="Rue Gabrielle-Perret-Gentil 4, Genève",
           desc="Madame,\n\nNous avons le plaisir de vous convoquer devant le jury de recrutement composé de "
                "Dr Pascal Favre, Mme Isabelle Métral et M. Karim Benali.\n\nService des ressources humaines"))
    add(Ev("agency-names-client", "fr", "Entretien client Somfex – via Talentis Conseil", "2027-01-11 16:00", True,
           "Somfex", "Chef de produit motorisation", "hiring_manager", style="google", tz="Europe/Paris",
           minutes=60, organizer=coord("Marion Leclerc", "m.leclerc@talentis-conseil.fr", "CHAIR"),
           attendees=[coord("Marion Leclerc", "m.leclerc@talentis-conseil.fr"), me(),
                      Att("Bertrand Jolivet", "bertrand.jolivet@somfex.com")],
           desc="Bonjour Mei,\n\nComme évoqué, voici l'invitation pour votre entretien avec Bertrand Jolivet, "
                "directeur "
                "produit chez notre client Somfex, pour le poste de Chef de produit motorisation.\n\nMarion\n\n"
                + teams("fr", "346 117 208 903", "Sm3Fx8")))
    add(Ev("cas-pratique", "fr", "Étude de cas – Product Manager Automatisation (Axenta)", "2027-01-13 10:00", True,
           "Axenta Systems", "Product Manager Automatisation", "technical", style="outlook", tz="Europe/Madrid",
           minutes=90, organizer=Att("Serrat, Marta", "marta.serrat@axenta.es"),
           attendees=[me(), Att("Serrat, Marta", "marta.serrat@axenta.es"), Att("Dubois, Thibault",
                      "t.dubois@axenta.es")],
           desc="Bonjour Mei,\n\nPour ce deuxième entretien, nous vous demandons de présenter votre analyse du cas "
                "envoyé par e-mail (20 min), puis échange avec Thibault Dubois (Directeur ingénierie).\n\n"
                + teams("fr", "392 883 510 442", "Ax9Tc2")))
    add(Ev("interne-transfert", "fr", "Entretien mobilité interne – Kessler France (Lyon)", "2027-01-14 13:30", True,
           "Kessler Antriebstechnik", "Responsable programme", "hiring_manager", style="exchange", tz="Europe/Paris",
           minutes=60, organizer=Att("Girard, Sylvie", "s.girard@kessler-antriebe.de"),
           attendees=[me(True, "Chen, Mei"), Att("Girard, Sylvie", "s.girard@kessler-antriebe.de")],
           desc="Bonjour Mei,\n\nSuite à ta candidature interne au poste de Responsable programme sur notre site de "
                "Lyon, je te propose un premier entretien.\n\nSylvie Girard, Directrice du site"))
    add(Ev("name-company", "fr", "M. Jolivet (Somfex) – 2e tour", "2027-01-20 09:00", True, "Somfex", "", "",
           style="floating", tz="Europe/Paris", minutes=60, interviewers="M. Jolivet"))
    add(Ev("zoom-technical", "fr", "Entretien technique – Ingénieure produit mécatronique", "2027-01-21 15:00", True,
           "Cybelis", "Ingénieure produit mécatronique", "technical", style="gexport", tz="Europe/Paris", minutes=60,
           organizer=Att("Léa Fontaine", "lea@cybelis.io"),
           attendees=[Att("Léa Fontaine", "lea@cybelis.io", partstat="ACCEPTED"), me(),
                      Att("Romain Vidal", "romain@cybelis.io")],
           desc="Entretien technique avec Romain Vidal (lead mécanique) : conception d'actionneurs, choix de "
                "réducteurs, industrialisation.\n\n" + zoom("fr", "886 1220 4419", "Cyb3lis")))
    add(Ev("cancelled-interview", "fr", "Annulé : Entretien Chef de projet – Alpinnov", "2027-01-25 10:00", True,
           "Alpinnov Robotique", "Responsable programme AGV", "hiring_manager", style="outlook", tz="Europe/Paris",
           minutes=60, status="CANCELLED", sequence=1, organizer=Att("Perrin, Julien", "julien.perrin@alpinnov.fr"),
           attendees=[me(), Att("Perrin, Julien", "julien.perrin@alpinnov.fr")],
           desc="Bonjour, je dois malheureusement annuler ce créneau. Je reviens vers vous avec une nouvelle date."))
    add(Ev("assessment-centre", "fr", "Journée d'évaluation – programme Talents Ingénierie", "2027-01-28", True,
           "Somfex", "Programme Talents Ingénierie", "onsite", style="allday", tz="Europe/Paris",
           location="Somfex, 50 avenue du Nouveau Monde, Cluses",
           desc="Journée complète : mise en situation de groupe, présentation orale, entretien RH et entretien "
                "opérationnel. Accueil 8h30."))
    return out


def _es() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("ats-smartrecruiters", "es", "Entrevista: Product Manager Hardware – Axenta Systems", "2026-12-02 11:00",
           True,
           "Axenta Systems", "Product Manager Hardware", "recruiter_screen", style="ats",
           prodid="-//SmartRecruiters//Interview Scheduler//EN", tz="Europe/Madrid", minutes=30,
           organizer=coord("Axenta Systems", "noreply@smartrecruiters.com", "CHAIR"),
           attendees=[me(), Att("Núria Camps", "nuria.camps@axenta.es")],
           desc="Hola Mei,\n\nTu entrevista con Núria Camps (Talent Acquisition) para la posición de Product Manager "
                "Hardware está confirmada.\n\n" + meet("es", "ace-pvqz-nty")))
    add(Ev("founder-freemail", "es", "Charla Mei – Ampulse (con Lucas, CEO)", "2026-12-04 19:00", True, "Ampulse",
           "Hardware Product Lead", "hiring_manager", tz="Europe/Madrid", minutes=45,
           organizer=Att("Lucas Moreau", "lucasmoreau.bcn@gmail.com", partstat="ACCEPTED"),
           attendees=[Att("Lucas Moreau", "lucasmoreau.bcn@gmail.com", partstat="ACCEPTED"), me()],
           desc="¡Hola Mei! Como te dije, somos un equipo pequeño (patinetes eléctricos de carga, Poblenou) y buscamos "
                "un/a Hardware Product Lead. Te escribo desde mi cuenta personal. Es la segunda conversación, "
                "después de la de Sergi.\n\nLucas\n\n" + meet("es", "prh-uwty-kla") + "\n" + gfooter("es")))
    add(Ev("terse-typed", "es", "2a entrevista Axenta – Jordi + Marta", "2026-12-09 16:30", True, "Axenta Systems", "",
           "", style="ios", tz="Europe/Madrid", minutes=60, interviewers="Jordi;Marta"))
    add(Ev("visita-planta", "es", "Visita a planta y entrevistas – Robótica Llobregat", "2026-12-15 09:00", True,
           "Robótica Llobregat", "Jefa de Proyecto Técnico", "onsite", style="outlook", tz="Europe/Madrid",
           minutes=240, organizer=Att("Ferrer, Albert", "aferrer@roboticallobregat.com"),
           attendees=[me(), Att("Ferrer, Albert", "aferrer@roboticallobregat.com"),
                      Att("Soler, Montse", "msoler@roboticallobregat.com"),
                      room("SALA REUNIONES PLANTA 1", "sala.p1@roboticallobregat.com")],
           location="Pol. Ind. Can Calderón, C/ Verge de Montserrat 12, Sant Boi de Llobregat",
           desc="Buenos días Mei:\n\nTe confirmamos la visita a nuestra planta como parte del proceso para el puesto "
                "de "
                "Jefa de Proyecto Técnico. Verás la línea de montaje de células robotizadas y te entrevistarás con "
                "Montse Soler (Directora de Operaciones) y conmigo.\n\nUn saludo,\nAlbert Ferrer"))
    add(Ev("cafe-later-round", "es", "Café con Sergi (Ampulse)", "2026-12-17 09:00", True, "Ampulse", "", "final",
           style="floating", tz="Europe/Madrid", minutes=45, location="Nømad Roaster's Home, Poblenou",
           desc="Sergi quiere verme antes de la oferta – última ronda.", interviewers="Sergi"))
    add(Ev("title-only", "es", "Entrevista Robótica Llobregat", "2027-01-05 12:00", True, "Robótica Llobregat", "", "",
           style="apple", tz="Europe/Madrid", minutes=60))
    add(Ev("panel", "es", "Entrevista con el comité – Responsable de Programa (Dispositivos médicos)",
           "2027-01-08 10:00", True, "Medtrónica Ibérica", "Responsable de Programa", "onsite", style="exchange",
           tz="Europe/Madrid", minutes=90, organizer=coord("Selección Medtrónica", "seleccion@medtronica.es", "CHAIR"),
           attendees=[me(), Att("Gómez, Carmen", "cgomez@medtronica.es"), Att("Ibáñez, Raúl", "ribanez@medtronica.es"),
                      Att("Prat, Laia", "lprat@medtronica.es"), res("Proyector sala 3", "proyector3@medtronica.es")],
           location="Medtrónica Ibérica, Av. Diagonal 640, Barcelona – Sala 3",
           desc="El comité estará formado por Carmen Gómez (Directora de I+D), Raúl Ibáñez (Calidad y Regulatorio) y "
                "Laia Prat (RR. HH.). Prepara una presentación de 10 minutos sobre un proyecto que hayas liderado."))
    add(Ev("agency-names-client", "es", "Entrevista con Medtrónica Ibérica (Hays)", "2026-12-21 12:00", True,
           "Medtrónica Ibérica", "Responsable de Programa", "recruiter_screen", style="google", tz="Europe/Madrid",
           minutes=45, organizer=coord("Pablo Ortega", "pablo.ortega@hays.es", "CHAIR"),
           attendees=[coord("Pablo Ortega", "pablo.ortega@hays.es"), me(), Att("Laia Prat", "lprat@medtronica.es")],
           desc="Hola Mei, te paso la convocatoria para la primera entrevista con Laia Prat (RR. HH.) de nuestro "
                "cliente Medtrónica Ibérica, posición Responsable de Programa. Yo conecto solo al principio.\n\n"
                + meet("es", "vnq-rrzt-mwo")))
    add(Ev("caso-practico", "es", "Caso práctico – Hardware Product Lead (Ampulse)", "2027-01-12 17:00", True,
           "Ampulse",
           "Hardware Product Lead", "technical", style="gexport", tz="Europe/Madrid", minutes=90,
           organizer=Att("Sergi Vilanova", "sergi@ampulse.bike"),
           attendees=[Att("Sergi Vilanova", "sergi@ampulse.bike", partstat="ACCEPTED"), me(),
                      Att("Aina Roig", "aina@ampulse.bike")],
           desc="Te enviaremos el caso (roadmap de una batería intercambiable) una hora antes. Lo comentamos con "
                "Aina (ingeniería).\n\n" + meet("es", "kdw-uofe-pqs")))
    add(Ev("hm-personal", "es", "Llamada con Carmen Gómez – siguiente paso", "2027-01-15 19:30", True,
           "Medtrónica Ibérica", "Responsable de Programa", "final", tz="Europe/Madrid", minutes=30,
           organizer=Att("Carmen Gómez", "carmen.gomez.r@yahoo.es", partstat="ACCEPTED"),
           attendees=[Att("Carmen Gómez", "carmen.gomez.r@yahoo.es", partstat="ACCEPTED"), me()],
           desc="Mei, te escribo desde mi correo personal. Me gustaría tener la conversación final contigo antes de "
                "cerrar el proceso de Responsable de Programa. Carmen (Directora de I+D, Medtrónica)\n\n"
                + gfooter("es")))
    add(Ev("address-time", "es", "C/ Verge de Montserrat 12 – 10h", "2027-01-19 10:00", True, "Robótica Llobregat",
           "", "final", style="ios", tz="Europe/Madrid", minutes=60,
           desc="Robótica Llobregat – última entrevista con el director general. Llevar DNI.", interviewers=""))
    add(Ev("webex-technical", "es", "Entrevista técnica – Ingeniera de Producto Senior", "2027-01-22 11:00", True,
           "Robótica Llobregat", "Ingeniera de Producto Senior", "technical", style="outlook", tz="Europe/Madrid",
           minutes=60, organizer=Att("Soler, Montse", "msoler@roboticallobregat.com"),
           attendees=[me(), Att("Soler, Montse", "msoler@roboticallobregat.com"),
                      Att("Navarro, Iván", "inavarro@roboticallobregat.com")],
           desc="Entrevista técnica con Iván Navarro (Ingeniería Mecánica).\n\n"
                + webex("es", "2654 019 7781", "roboticallobregat")))
    add(Ev("rescheduled", "es", "Actualización: Entrevista final – Axenta Systems", "2027-01-26 13:00", True,
           "Axenta Systems", "Product Manager Automation", "final", style="google", tz="Europe/Madrid", minutes=60,
           sequence=2, organizer=Att("Jordi Puig", "jordi.puig@axenta.es"),
           attendees=[Att("Jordi Puig", "jordi.puig@axenta.es", partstat="ACCEPTED"), me(),
                      Att("Elena Castells", "elena.castells@axenta.es")],
           location="Axenta Systems, C/ de Pujades 77, Barcelona",
           desc="Hemos movido la entrevista final con Elena Castells (CEO) al martes, misma hora.\n\n" + gfooter("es")))
    add(Ev("zoom-screen", "es", "Primera entrevista – Program Manager (Lumatic Motion)", "2027-01-27 10:00", True,
           "Lumatic Motion", "Program Manager", "recruiter_screen", style="apple", tz="Europe/Madrid", minutes=30,
           organizer=Att("Andrea Ruiz", "andrea.ruiz@lumatic-motion.com"),
           attendees=[me(), Att("Andrea Ruiz", "andrea.ruiz@lumatic-motion.com")],
           desc="Hola Mei, primera entrevista con RR. HH. para Program Manager en nuestra oficina de Barcelona.\n\n"
                + zoom("es", "872 3390 1146", "LmTn22")))
    return out


def events() -> list[Ev]:
    """Returns the French and Spanish interview events (labels attached)."""
    return _fr() + _es()
