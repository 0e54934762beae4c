"""holdout38: the user's own interviews in Spanish, French and German."""

from __future__ import annotations

from holdout38ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_P,
    ME_W,
    OUTLOOK,
    Ev,
    att,
    gfooter,
    ln,
    meet,
    org,
    quick,
    teams,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, lang: str, uid: str, text: str, company: str, role: str, stage: str,
            ivs: tuple[str, ...], trap: str = "") -> None:
        out.append(Ev(kind, lang, uid, text, True, company, role, stage, ivs, trap))

    # --- Spanish ---
    u = "olas-rrhh-01@olas-surf.es"
    add("es-google-screen", "es", u, quick(
        GOOGLE, u, "Entrevista telefónica - HR Business Partner - Olas Surf Apparel", "20261202T100000Z",
        "20261202T103000Z", organizer=org("laura.puig@olas-surf.es", "Laura Puig"),
        attendees=(att("laura.puig@olas-surf.es", "Laura Puig", ps="ACCEPTED"), att(ME_P, "Fiona MacLeod")),
        desc="Hola Fiona,\n\nGracias por tu candidatura al puesto de HR Business Partner (tiendas, Barcelona). Te "
             "propongo una primera llamada de 30 minutos conmigo, responsable de selección.\n\n" +
             meet("ola-rrhh-bcn", "es") + "\n\n" + gfooter("es")),
        "Olas Surf Apparel", "HR Business Partner", "recruiter_screen", ("laura.puig@olas-surf.es",))

    u = "040000008200E00074C5B7101A82E008000000001122AABB0001DB0100000000000000001000000055CE"
    add("es-outlook-panel", "es", u, quick(
        EXCHANGE, u, "Entrevista con el comité - Responsable de Personas - Grupo Cal Pere", "20261210T113000",
        "20261210T130000", tz="Romance Standard Time",
        organizer=org("seleccion@calpere.cat", "Selección Grupo Cal Pere"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("jordi.vila@calpere.cat", "Vila Roca, Jordi"),
                   att("montse.ferrer@calpere.cat", "Ferrer, Montse"),
                   att("sala.gaudi@calpere.cat", "Sala Gaudí", "NON-PARTICIPANT", cutype="ROOM")),
        desc="Estimada Fiona:\n\nNos complace invitarte a la segunda entrevista para el puesto de Responsable de "
             "Personas (12 restaurantes). Te recibirán Jordi Vila, director general, y Montse Ferrer, directora "
             "de operaciones, en nuestras oficinas de Carrer de Pujades 77, Barcelona.\n\nUn saludo,\nEquipo de "
             "Selección, Grup Cal Pere S.L.", loc="Sala Gaudí; Carrer de Pujades 77, Barcelona"),
        "Grupo Cal Pere", "Responsable de Personas", "onsite", ("jordi.vila@calpere.cat", "montse.ferrer@calpere.cat"))

    u = "hand-es-mercat@icloud"
    add("es-hand", "es", u, quick(
        IOS, u, "Entrevista Mercat Verd (RRHH) 16h", "20261207T160000", "20261207T170000", method=None,
        loc="Mercat Verd oficinas, Poblenou"), "Mercat Verd", "", "", ())

    u = "wd-es-2026-445@myworkday.com"
    add("es-workday", "es", u, quick(
        "-//Workday Inc//Workday Recruiting//EN", u,
        "Entrevista: People Partner EMEA - R-00913", "20261211T090000", "20261211T100000", tz="Europe/Madrid",
        organizer=org("lumora@myworkday.com", "Lumora Travel Talent Acquisition"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("isabel.marin@lumoratravel.com", "Isabel Marín")),
        desc="Candidata: Fiona MacLeod\nPuesto: People Partner EMEA (Barcelona)\nEntrevistadora: Isabel Marín, "
             "HR Director EMEA\nTipo: entrevista con la responsable de contratación\n\n" + zoom(
                 "861 0044 2219", "LmT77aXyzq", lang="es")),
        "Lumora Travel", "People Partner EMEA", "hiring_manager", ("isabel.marin@lumoratravel.com",))

    u = "calendly-es-771@calendly"
    add("es-calendly", "es", u, quick(
        "-//Calendly//Calendly//EN", u, "Primera llamada: Fiona MacLeod y Pau Soler", "20261203T150000Z",
        "20261203T152500Z", organizer=org("pau.soler@quiet-apps.io", "Pau Soler"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("pau.soler@quiet-apps.io", "Pau Soler", ps="ACCEPTED")),
        desc="Nombre del evento: Primera llamada - Talent & People Manager (Quiet Apps, Barcelona)\n\nCharla "
             "inicial de 25 minutos con nuestro equipo de talento.\n\nUbicación: https://meet.google.com/qpa-"
             "sole-rrr\n\nCancelar: https://calendly.com/cancellations/es771"),
        "Quiet Apps", "Talent & People Manager", "recruiter_screen", ("pau.soler@quiet-apps.io",))

    u = "tt-es-tech-19@teamtailor"
    add("es-teamtailor-case", "es", u, quick(
        "-//Teamtailor//Teamtailor Calendar//EN", u, "Caso práctico - HRBP | Olas Surf Apparel",
        "20261215T160000Z", "20261215T170000Z", organizer=org("notifications@teamtailor.com", "Olas Surf Apparel"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("marc.roig@olas-surf.es", "Marc Roig"),
                   att("laura.puig@olas-surf.es", "Laura Puig")),
        desc="Hola Fiona, en esta fase presentarás el caso práctico (rotación en tiendas) a Marc Roig, director "
             "de retail, y Laura Puig.\n\n" + teams("es", "355 901 226 13", "Os6fR2")),
        "Olas Surf Apparel", "HRBP", "technical", ("marc.roig@olas-surf.es", "laura.puig@olas-surf.es"))

    u = "founder-es-hola@gmail"
    add("es-founder-gmail", "es", u, quick(
        GOOGLE, u, "Fiona / Nuria - café y charla sobre el puesto de People Lead", "20261209T093000",
        "20261209T103000", tz="Europe/Madrid", organizer=org("nuria.bakes.bcn@gmail.com", "Nuria Casals"),
        attendees=(att("nuria.bakes.bcn@gmail.com", "Nuria Casals", ps="ACCEPTED"), att(ME_P)),
        desc="Como te comenté, soy la fundadora de Forn Nou (6 panaderías). Quiero conocerte para el puesto de "
             "People Lead: es la entrevista con la dirección, sin más fases.", loc="Forn Nou Gràcia"),
        "Forn Nou", "People Lead", "final", ("nuria.bakes.bcn@gmail.com",))

    u = "es-cancel-lumora@myworkday.com"
    add("es-cancelled", "es", u, quick(
        "-//Workday Inc//Workday Recruiting//EN", u, "Cancelada: Entrevista final - People Partner EMEA",
        "20261218T090000", "20261218T100000", tz="Europe/Madrid",
        organizer=org("lumora@myworkday.com", "Lumora Travel Talent Acquisition"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("oriol.gasull@lumoratravel.com", "Oriol Gasull")),
        desc="Esta entrevista ha sido cancelada. La coordinadora te contactará para una nueva fecha.",
        method="CANCEL", props=(ln("STATUS", "CANCELLED"), ln("SEQUENCE", "2"))),
        "Lumora Travel", "People Partner EMEA", "final", ("oriol.gasull@lumoratravel.com",), trap="cancelled")

    u = "es-agency-adecco-style@talentomed.es"
    add("es-agency", "es", u, quick(
        OUTLOOK, u, "Entrevista con Hoteles Brisa Mar - Técnica de RRHH (Fiona MacLeod)", "20261214T120000",
        "20261214T130000", tz="Romance Standard Time", organizer=org("c.navarro@talentomed.es", "Navarro, Carla"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("rrhh.direccion@brisamarhoteles.com", "Andrés Ruiz")),
        desc="Hola Fiona, te confirmo la entrevista con Andrés Ruiz (director de RRHH de Hoteles Brisa Mar) "
             "para la posición de Técnica de RRHH en Barcelona. Es presencial en el hotel de la Barceloneta.\n\n"
             "Carla Navarro - TalentoMed Consultores", loc="Hotel Brisa Mar Barceloneta"),
        "Hoteles Brisa Mar", "Técnica de RRHH", "hiring_manager", ("rrhh.direccion@brisamarhoteles.com",))

    # --- French ---
    u = "wttj-fr-118@welcometothejungle.com"
    add("fr-wttj-screen", "fr", u, quick(
        "-//Welcome to the Jungle//Scheduler//FR", u, "Entretien téléphonique - HR Business Partner - Maison "
        "Lavande", "20261201T140000Z", "20261201T143000Z",
        organizer=org("no-reply@welcometothejungle.com", "Maison Lavande"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("claire.durand@maisonlavande.fr", "Claire Durand")),
        desc="Bonjour Fiona,\n\nClaire Durand, chargée de recrutement, vous appellera pour un premier échange "
             "sur le poste de HR Business Partner (boutiques UK & Irlande, basé à Londres).\n\nÀ bientôt !"),
        "Maison Lavande", "HR Business Partner", "recruiter_screen", ("claire.durand@maisonlavande.fr",))

    u = "040000008200E00074C5B7101A82E00800000000ABCD1234FEDCDB0100000000000000001000000012FA"
    add("fr-outlook-onsite", "fr", u, quick(
        OUTLOOK, u, "Entretien - Responsable RH Hôtels - Groupe Hôtelier Arvor", "20261210T100000",
        "20261210T120000", tz="Romance Standard Time", organizer=org("recrutement@arvor-hotels.com",
                                                                       "Recrutement Arvor"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("yann.le-goff@arvor-hotels.com", "Le Goff, Yann"),
                   att("sophie.marchal@arvor-hotels.com", "Marchal, Sophie"),
                   att("salle-iroise@arvor-hotels.com", "Salle Iroise", "NON-PARTICIPANT", cutype="ROOM")),
        desc="Madame,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Responsable RH "
             "Hôtels (Amsterdam & Bruxelles) avec Yann Le Goff, DRH, et Sophie Marchal, directrice des "
             "opérations.\n\nCordialement,\nService Recrutement, Groupe Hôtelier Arvor SAS",
        loc="Salle Iroise, 8 rue de Rivoli, Paris"),
        "Groupe Hôtelier Arvor", "Responsable RH Hôtels", "onsite",
        ("yann.le-goff@arvor-hotels.com", "sophie.marchal@arvor-hotels.com"))

    u = "fr-hand-01@icloud"
    add("fr-hand", "fr", u, quick(
        APPLE, u, "entretien final Maison Lavande (visio)", "20261217T150000Z", "20261217T160000Z", method=None),
        "Maison Lavande", "", "final", ())

    u = "fr-zoom-tech-7@zoom"
    add("fr-zoom-case", "fr", u, quick(
        "-//zoom.us//iCalendar Event//EN", u, "Mise en situation RH - Fiona MacLeod (Kiwano Software)",
        "20261208T130000Z", "20261208T140000Z", organizer=org("emma.bernard@kiwano.io", "Emma Bernard"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("emma.bernard@kiwano.io", "Emma Bernard"),
                   att("hugo.lambert@kiwano.io", "Hugo Lambert")),
        desc="Emma Bernard vous invite à une réunion Zoom planifiée.\n\nÉtude de cas pour le poste de People "
             "Partner (remote, Amsterdam) avec Hugo Lambert, COO.\n\n" + zoom("877 120 3344", "KwN55aQQp", lang="fr")),
        "Kiwano Software", "People Partner", "technical", ("emma.bernard@kiwano.io", "hugo.lambert@kiwano.io"))

    u = "fr-lever-hm-22@lever.co"
    add("fr-lever-hm", "fr", u, quick(
        "-//Lever//Lever Hire//EN", u, "Entretien avec Julien Moreau - Talent & Culture Manager",
        "20261211T090000", "20261211T094500", tz="Europe/Paris",
        organizer=org("no-reply@hire.lever.co", "Équipe recrutement Voltaire Learning"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("julien.moreau@voltaire-learning.com", "Julien Moreau")),
        desc="Bonjour Fiona,\n\nVoici votre entretien avec Julien Moreau, manager du poste Talent & Culture "
             "Manager chez Voltaire Learning (bureau de Dublin).\n\n" + meet("vlt-jmor-hmx", "fr")),
        "Voltaire Learning", "Talent & Culture Manager", "hiring_manager", ("julien.moreau@voltaire-learning.com",))

    u = "fr-google-founder-3@google.com"
    add("fr-founder-free", "fr", u, quick(
        GOOGLE, u, "Fiona x Camille - poste RH (Les Filles du Quai)", "20261205T100000Z", "20261205T110000Z",
        organizer=org("camille.roux75@free.fr", "Camille Roux"),
        attendees=(att("camille.roux75@free.fr", "Camille Roux", ps="ACCEPTED"), att(ME_P)),
        desc="Comme convenu, on se voit en visio pour parler du poste de responsable RH pour nos trois "
             "restaurants à Londres.\n\n" + meet("lfq-camr-xyz", "fr") + "\n\n" + gfooter("fr")),
        "Les Filles du Quai", "responsable RH", "hiring_manager", ("camille.roux75@free.fr",))

    u = "fr-teams-final-9@arvor-hotels.com"
    add("fr-teams-final", "fr", u, quick(
        EXCHANGE, u, "Entretien final - Groupe Arvor", "20261219T100000", "20261219T110000",
        tz="Romance Standard Time", organizer=org("yann.le-goff@arvor-hotels.com", "Le Goff, Yann"),
        attendees=(att(ME_P), att("pdg@arvor-hotels.com", "Kerbrat, Anne")),
        desc="Dernier entretien avec Anne Kerbrat, présidente du groupe.\n\n" + teams("fr", "399 210 877 04")),
        "Groupe Hôtelier Arvor", "", "final", ("pdg@arvor-hotels.com",))

    u = "fr-bookings-univ-1@uva-like.nl"
    add("fr-bookings", "fr", u, quick(
        "Microsoft Exchange Server 2010", u, "Entretien de présélection - Chargée RH (Université Libre d'Amstel)",
        "20261204T100000", "20261204T103000", tz="W. Europe Standard Time",
        organizer=org("recrutement@ula.nl", "ULA - Recrutement"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("m.vandam@ula.nl", "Marloes van Dam")),
        desc="Votre réservation est confirmée.\nService : Entretien de présélection - Chargée RH\nPersonnel : "
             "Marloes van Dam\n\nOptimisé par Microsoft Bookings"),
        "Université Libre d'Amstel", "Chargée RH", "recruiter_screen", ("m.vandam@ula.nl",))

    u = "fr-agency-sept@talentseine.fr"
    add("fr-agency", "fr", u, quick(
        GOOGLE, u, "Entretien client : Boulangeries Paul & Fils - RRH UK", "20261209T110000Z", "20261209T120000Z",
        organizer=org("agathe@talentseine.fr", "Agathe Colin"),
        attendees=(att(ME_P), att("agathe@talentseine.fr", "Agathe Colin", ps="ACCEPTED"),
                   att("r.fils@paul-fils.co.uk", "Régis Fils")),
        desc="Fiona, je vous présente Régis Fils, directeur général UK de Boulangeries Paul & Fils, pour le "
             "poste de RRH UK. J'assiste aux 5 premières minutes puis je vous laisse.\n\n" + meet("tsn-agcl-pfx")),
        "Paul & Fils", "RRH UK", "", ("r.fils@paul-fils.co.uk",))

    # --- German ---
    u = "de-personio-bergfalke-1@personio.de"
    add("de-personio-screen", "de", u, quick(
        "-//Personio GmbH//Recruiting//DE", u, "Telefoninterview: HR Business Partner UK (m/w/d) - Bergfalke",
        "20261202T090000Z", "20261202T093000Z", organizer=org("jobs@bergfalke.de", "Bergfalke Outdoor GmbH"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("anna.keller@bergfalke.de", "Anna Keller")),
        desc="Hallo Fiona,\n\nvielen Dank für Ihre Bewerbung als HR Business Partner UK (m/w/d). Anna Keller "
             "aus dem Recruiting ruft Sie zum vereinbarten Termin an.\n\nViele Grüße\nIhr Bergfalke People Team"),
        "Bergfalke", "HR Business Partner UK", "recruiter_screen", ("anna.keller@bergfalke.de",))

    u = "040000008200E00074C5B7101A82E00800000000DE0102030405DB010000000000000000100000004A11"
    add("de-outlook-fachgespraech", "de", u, quick(
        OUTLOOK, u, "Fachgespräch HR Business Partner UK - Fiona MacLeod", "20261209T140000", "20261209T150000",
        tz="W. Europe Standard Time", organizer=org("markus.brandt@bergfalke.de", "Brandt, Markus"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("markus.brandt@bergfalke.de", "Brandt, Markus"),
                   att("julia.weiss@bergfalke.de", "Weiß, Julia")),
        desc="Liebe Fiona,\n\nwie besprochen das Fachgespräch mit mir (Head of HR) und Julia Weiß (Leitung "
             "Filialen UK).\n\n" + teams("de", "372 118 550 09", "Bf9zKp")),
        "Bergfalke", "HR Business Partner UK", "hiring_manager",
        ("markus.brandt@bergfalke.de", "julia.weiss@bergfalke.de"))

    u = "de-hand-1@icloud"
    add("de-hand", "de", u, quick(
        IOS, u, "Vorstellungsgespräch Nordlicht (HR) 10 Uhr", "20261207T100000", "20261207T110000", method=None),
        "Nordlicht", "", "", ())

    u = "de-gh-nordlicht-3@greenhouse.io"
    add("de-greenhouse-final", "de", u, quick(
        "-//Greenhouse Software//Scheduler//EN", u, "Finales Gespräch - People Partner (Remote UK) - Nordlicht",
        "20261216T130000", "20261216T140000", tz="Europe/Berlin",
        organizer=org("no-reply@greenhouse.io", "Nordlicht Software Recruiting"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("tobias.lang@nordlicht.io", "Tobias Lang"),
                   att("coordination@nordlicht.io", "Recruiting Koordination", "NON-PARTICIPANT")),
        desc="Hallo Fiona,\n\nzum Abschluss sprichst du mit Tobias Lang (CEO).\n\n" +
             zoom("891 332 0091", "NrdL33qpZx", lang="de")),
        "Nordlicht Software", "People Partner (Remote UK)", "final", ("tobias.lang@nordlicht.io",))

    u = "de-softgarden-7@softgarden.io"
    add("de-softgarden", "de", u, quick(
        "-//softgarden//Interview//DE", u, "Einladung zum Vorstellungsgespräch - Personalreferentin (m/w/d)",
        "20261211T100000", "20261211T110000", tz="Europe/Amsterdam",
        organizer=org("noreply@softgarden.io", "Grünwald Hotels Recruiting"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("s.hofmann@gruenwald-hotels.nl", "Sabine Hofmann"),
                   att("r.dekker@gruenwald-hotels.nl", "Ruud Dekker")),
        desc="Sehr geehrte Frau MacLeod,\n\nwir laden Sie herzlich zum persönlichen Gespräch für die Position "
             "Personalreferentin (m/w/d) in unserem Amsterdamer Büro ein. Gesprächspartner: Sabine Hofmann "
             "(Personalleitung), Ruud Dekker (Hoteldirektor).\n\nMit freundlichen Grüßen\nGrünwald Hotels B.V.",
        loc="Grünwald Hotels, Prinsengracht 411, Amsterdam"),
        "Grünwald Hotels", "Personalreferentin", "onsite",
        ("s.hofmann@gruenwald-hotels.nl", "r.dekker@gruenwald-hotels.nl"))

    u = "de-kennenlernen-5@google.com"
    add("de-google-kennenlernen", "de", u, quick(
        GOOGLE, u, "Kennenlerngespräch Fiona / Lea (Fahrradwerk)", "20261203T160000Z", "20261203T163000Z",
        organizer=org("lea.schubert@fahrradwerk.com", "Lea Schubert"),
        attendees=(att("lea.schubert@fahrradwerk.com", "Lea Schubert", ps="ACCEPTED"), att(ME_W, "Fiona MacLeod")),
        desc="Hi Fiona, kurzes Kennenlernen zur Stelle People & Culture Lead UK (Store-Eröffnungen Edinburgh & "
             "Glasgow).\n\n" + meet("fhr-leas-ukx", "de") + "\n\n" + gfooter("de")),
        "Fahrradwerk", "People & Culture Lead UK", "recruiter_screen", ("lea.schubert@fahrradwerk.com",),
        trap="work_address")

    u = "es-bookings-uni-bcn-4@ub-like.es"
    add("es-exchange-univ", "es", u, quick(
        EXCHANGE, u, "Entrevista - Técnica/o de Gestión de Personas (Universitat del Litoral)", "20261216T103000",
        "20261216T113000", tz="Romance Standard Time",
        organizer=org("convocatories@uli.cat", "Àrea de Personas ULI", sent_by="n.serra@uli.cat"),
        attendees=(att(ME_P, "MacLeod, Fiona"), att("n.serra@uli.cat", "Serra, Núria", role="OPT-PARTICIPANT"),
                   att("j.pons@uli.cat", "Pons Ribas, Joan"), att("a.mir@uli.cat", "Mir, Alba"),
                   att("sala-juntes-2@uli.cat", "Sala de Juntes 2", "NON-PARTICIPANT", cutype="ROOM")),
        desc="Benvolguda / Estimada Fiona:\n\nLe convocamos a la entrevista del proceso de selección para "
             "Técnica/o de Gestión de Personas. Tribunal: Joan Pons (jefe del Área de Personas) y Alba Mir "
             "(responsable de Desarrollo). Núria Serra, de la secretaría del proceso, le recibirá en conserjería."
             "\n\nÀrea de Personas - Universitat del Litoral", loc="Edificio Rectorado, Sala de Juntes 2"),
        "Universitat del Litoral", "Técnica/o de Gestión de Personas", "", ("j.pons@uli.cat", "a.mir@uli.cat"))

    u = "fr-hand-quai-2@icloud"
    add("fr-hand-terse", "fr", u, quick(
        IOS, u, "Filles du Quai - 2e entretien avec l'associée", "20261215T180000", "20261215T190000",
        method=None, loc="Les Filles du Quai, Shoreditch"),
        "Les Filles du Quai", "", "", ())

    return out
