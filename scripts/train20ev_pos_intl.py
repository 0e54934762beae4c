"""train20: the user's own interviews in Spanish and French."""

from __future__ import annotations

from train20ev_ics import APPLE, GOOGLE, ME, OUTLOOK, TEAMS, ZOOM_HOWTO, Item, cal, esc

MEET_ES = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Únete con Google Meet: https://meet.google.com/{code}\n"
    "O marca el: (ES) +34 932 75 {pin} PIN: {pin2}#\n\n"
    "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
    "No edites esta sección.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
MEET_FR = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Participer avec Google Meet : https://meet.google.com/{code}\n\n"
    "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
    "Veuillez ne pas modifier cette section.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)


IOS_ES = "-//Apple Inc.//iOS 17.6//ES"


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, lang: str, text: str, *label: str, iv: tuple[str, ...] = (), trap: str = "") -> None:
        company, role, stage = [*label, "", "", ""][:3]
        out.append(Item(kind, lang, text, 1, company, role, stage, iv, trap))

    # ---- Spanish ----
    add("es-workable-phone", "es", cal("-//Workable//Workable Calendar//ES", [[
        "UID:workable-evt-90011842-trebol",
        "DTSTAMP:20261118T090000Z",
        "DTSTART;TZID=Europe/Madrid:20261125T100000",
        "DTEND;TZID=Europe/Madrid:20261125T103000",
        "SUMMARY:Entrevista telefónica - Trébol Pagos",
        "DESCRIPTION:" + esc("Hola Daniel:\n\nGracias por tu candidatura a Customer Success Lead. Te llamará "
                             "Irene Salvat, de Selección.\n\nUn saludo,\nTrébol Pagos S.L.\n\nEnviado con Workable"),
        "ORGANIZER;CN=Irene Salvat:mailto:irene.salvat@trebol.es",
        f"ATTENDEE;CN=Daniel Kim;RSVP=TRUE:mailto:{ME}",
    ]], tzids=("Europe/Madrid",)), "Trébol Pagos", "Customer Success Lead", "recruiter_screen",
        iv=("irene.salvat@trebol.es",))

    add("es-meet-hm", "es", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261201T163000",
        "DTEND;TZID=Europe/Madrid:20261201T173000",
        "DTSTAMP:20261124T080000Z",
        "ORGANIZER;CN=Álvaro Medina:mailto:alvaro.medina@almendra.io",
        "UID:7c9v1b3n5m7q9w2e4r6t8y0u1i@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Álvaro Medina:mailto:"
        "alvaro.medina@almendra.io",
        "DESCRIPTION:" + esc("Segunda entrevista para el puesto de Head of Customer Success (Madrid o remoto). "
                             "Soy el responsable del área; hablaremos de cómo montarías el equipo.\n\n"
                             + MEET_ES.format(code="alm-hqxz-prt", pin="4410", pin2="662 901 337")),
        "SUMMARY:Entrevista Almendra - Daniel Kim / Álvaro",
    ]], tzids=("Europe/Madrid",), method="REQUEST"), "Almendra", "Head of Customer Success", "hiring_manager",
        iv=("alvaro.medina@almendra.io",))

    add("es-outlook-onsite", "es", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-gfconsultores-presencial",
        "DTSTAMP:20261123T100000Z",
        "DTSTART;TZID=Romance Standard Time:20261210T100000",
        "DTEND;TZID=Romance Standard Time:20261210T130000",
        "SUMMARY;LANGUAGE=es-ES:Entrevistas presenciales - Gerente de Éxito del Cliente - D. Kim",
        r"LOCATION;LANGUAGE=es-ES:Oficinas Grupo Fénix\, Paseo de la Castellana 95\, planta 12\, Madrid",
        "DESCRIPTION;LANGUAGE=es-ES:" + esc(
            "Estimado Daniel:\n\nLe confirmamos la jornada de entrevistas presenciales:\n10:00 Marta Iglesias "
            "(Socia)\n11:00 Pablo Ruiz (Director de Operaciones)\n12:00 Visita a la oficina\n\nAtentamente,\n"
            "Departamento de Personas - Grupo Fénix Consultores, S.A."),
        "ORGANIZER;CN=Personas GF:mailto:personas@gfconsultores.es",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marta Iglesias:mailto:m.iglesias@gfconsultores.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Pablo Ruiz:mailto:p.ruiz@gfconsultores.es",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sala Retiro:mailto:sala.retiro@gfconsultores.es",
    ]], tzids=("Romance Standard Time",)), "Grupo Fénix Consultores", "Gerente de Éxito del Cliente", "onsite",
        iv=("m.iglesias@gfconsultores.es", "p.ruiz@gfconsultores.es"))

    add("es-founder-gmail", "es", cal(GOOGLE, [[
        "DTSTART:20261127T090000Z",
        "DTEND:20261127T094500Z",
        "DTSTAMP:20261122T190000Z",
        "ORGANIZER;CN=Nacho Ferrer:mailto:nachoferrer.mm@gmail.com",
        "UID:0p2o4i6u8y1t3r5e7w9q2a4s6d@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=dan.kim.uk@gmail.com:mailto:{ME}",
        "DESCRIPTION:" + esc("Daniel, como te comenté por LinkedIn: charla-entrevista para liderar Customer "
                             "Success en Marea (marketplace de pesca sostenible). Soy cofundador.\n"
                             "https://meet.google.com/mar-eaxx-qwe"),
        "SUMMARY:Marea <> Daniel",
    ]]), "Marea", "", "", iv=("nachoferrer.mm@gmail.com",), trap="free_mail_founder")

    add("es-agency", "es", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261202T120000",
        "DTEND;TZID=Europe/Madrid:20261202T124500",
        "DTSTAMP:20261124T100000Z",
        "ORGANIZER;CN=Lucía Ortega:mailto:lucia.ortega@selectatalent.es",
        "UID:4d6f8h0j2k4l6z8x0c2v4b6n8m@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Sergio Campos:mailto:sergio.campos@bancaclara.com",
        "DESCRIPTION:" + esc("Hola Daniel, te paso la convocatoria de Banca Clara para la primera entrevista "
                             "(Customer Success Manager - Empresas) con Sergio Campos, Head of Customer "
                             "Experience. Yo no estaré en la llamada.\nLucía - Selecta Talent"),
        "SUMMARY:Entrevista Banca Clara (vía Selecta) - Daniel Kim",
        "LOCATION:https://bancaclara.zoom.us/j/85566011200",
    ]], tzids=("Europe/Madrid",)), "Banca Clara", "Customer Success Manager - Empresas", "",
        iv=("sergio.campos@bancaclara.com",), trap="agency_names_employer")

    add("es-caso-practico", "es", cal("-//Greenhouse Software//Interview Scheduling//ES", [[
        "UID:gh-3350021-interview-561870@greenhouse.io",
        "DTSTAMP:20261125T090000Z",
        "DTSTART:20261203T150000Z",
        "DTEND:20261203T160000Z",
        "SUMMARY:Caso práctico - Quetzal - Daniel Kim",
        "DESCRIPTION:" + esc("Presentarás el caso práctico de retención a Julia Navarro y Andrés Gil.\n"
                             "Puesto: Customer Success Manager Senior\n\n"
                             + ZOOM_HOWTO.format(url="https://quetzal.zoom.us/j/82004433119", mid="820 0443 3119",
                                                 pw="qtz551", tap="82004433119")),
        "ORGANIZER;CN=Quetzal Talento:mailto:talento@quetzal.finance",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Julia Navarro:mailto:julia.navarro@quetzal.finance",
        "ATTENDEE;CN=Andrés Gil:mailto:andres.gil@quetzal.finance",
    ]]), "Quetzal", "Customer Success Manager Senior", "technical",
        iv=("julia.navarro@quetzal.finance", "andres.gil@quetzal.finance"))

    add("es-cancelada", "es", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261204T110000",
        "DTEND;TZID=Europe/Madrid:20261204T120000",
        "DTSTAMP:20261126T080000Z",
        "ORGANIZER;CN=Beatriz Solís:mailto:beatriz@ventanilla.app",
        "UID:9k8j7h6g5f4d3s2a1q0w9e8r7t@google.com",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=DECLINED:mailto:{ME}",
        "DESCRIPTION:Entrevista final con dirección - se reprograma.",
        "SUMMARY:Entrevista final Ventanilla (cancelada)",
        "STATUS:CANCELLED",
        "SEQUENCE:2",
    ]], tzids=("Europe/Madrid",), method="CANCEL"), "Ventanilla", "", "final", iv=("beatriz@ventanilla.app",),
        trap="cancelled")

    add("es-handtyped", "es", cal(IOS_ES, [[
        "UID:D4E5F6A7-0B1C-4D2E-8F3A-5B6C7D8E9F01",
        "DTSTAMP:20261123T223000Z",
        "DTSTART:20261205T093000",
        "DTEND:20261205T103000",
        "SUMMARY:Entrevista Lumbre 2a ronda",
        "LOCATION:Calle de Fuencarral 45",
    ]]), "Lumbre", "", "")

    add("es-teams-final", "es", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-olivo-final-dk",
        "DTSTAMP:20261127T101500Z",
        "DTSTART;TZID=Romance Standard Time:20261214T170000",
        "DTEND;TZID=Romance Standard Time:20261214T180000",
        "SUMMARY;LANGUAGE=es-ES:Última entrevista: Responsable de Customer Success - Olivo Analytics",
        "DESCRIPTION;LANGUAGE=es-ES:" + esc(
            "Daniel, te presento a nuestra CEO, Carmen Vidal, para la última ronda del proceso.\n\n"
            + TEAMS.format(mid="OTc4YjEx", num="355 188 402 771", pw="Ol7vDz")),
        "ORGANIZER;CN=\"Herrera, Pilar\":mailto:pilar.herrera@olivoanalytics.es",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=\"Vidal, Carmen\":mailto:carmen.vidal@olivoanalytics.es",
    ]], tzids=("Romance Standard Time",)), "Olivo Analytics", "Responsable de Customer Success", "final",
        iv=("carmen.vidal@olivoanalytics.es",))

    add("es-calendly", "es", cal("-//Calendly//Calendly//ES", [[
        "UID:calendly-51d2ab90-sendero",
        "DTSTAMP:20261120T120000Z",
        "DTSTART:20261126T160000Z",
        "DTEND:20261126T163000Z",
        "SUMMARY:Primera llamada: Sendero Digital + Daniel Kim",
        "DESCRIPTION:" + esc("Nombre del evento: Primera llamada con Talento\nPuesto: Customer Success Team Lead "
                             "(Barcelona / remoto)\nUbicación: Google Meet\n\nCon tecnología de Calendly.com"),
        "ORGANIZER;CN=Noelia Prats:mailto:noelia@sendero.digital",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Noelia Prats:mailto:noelia@sendero.digital",
    ]]), "Sendero Digital", "Customer Success Team Lead", "recruiter_screen", iv=("noelia@sendero.digital",))

    # ---- French ----
    add("fr-lever-rh", "fr", cal("-//Lever//Lever Interview//FR", [[
        "UID:lever-51ac0e73-papillon-rh",
        "DTSTAMP:20261119T090000Z",
        "DTSTART;TZID=Europe/Paris:20261126T110000",
        "DTEND;TZID=Europe/Paris:20261126T113000",
        "SUMMARY:Entretien RH - Papillon - Daniel Kim",
        "DESCRIPTION:" + esc("Bonjour Daniel,\n\nPremier échange avec Claire Moreau (Talent Acquisition) pour le "
                             "poste de Customer Success Manager Senior.\n\n" + MEET_FR.format(code="pap-ilon-rhx")),
        "ORGANIZER;CN=Claire Moreau:mailto:claire.moreau@papillon-pay.fr",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]], tzids=("Europe/Paris",)), "Papillon", "Customer Success Manager Senior", "recruiter_screen",
        iv=("claire.moreau@papillon-pay.fr",))

    add("fr-etude-cas", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-equinoxe-cas-dk",
        "DTSTAMP:20261124T090000Z",
        "DTSTART;TZID=Romance Standard Time:20261203T140000",
        "DTEND;TZID=Romance Standard Time:20261203T153000",
        "SUMMARY;LANGUAGE=fr-FR:Étude de cas - Responsable Succès Client - Équinoxe Conseil",
        r"LOCATION;LANGUAGE=fr-FR:12 rue de la Chaussée d'Antin\, 75009 Paris - salle Orion",
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(
            "Bonjour Daniel,\n\nVous présenterez votre étude de cas devant Antoine Garnier (associé) et Sonia Haddad "
            "(directrice delivery). Merci de vous présenter à l'accueil 10 minutes avant.\n\nCordialement,\n"
            "Équinoxe Conseil SAS"),
        "ORGANIZER;CN=\"Garnier, Antoine\":mailto:a.garnier@equinoxe-conseil.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=\"Haddad, Sonia\":mailto:s.haddad@equinoxe-conseil.com",
        "ATTENDEE;CUTYPE=ROOM;CN=Salle Orion:mailto:salle.orion@equinoxe-conseil.com",
    ]], tzids=("Romance Standard Time",)), "Équinoxe Conseil", "Responsable Succès Client", "technical",
        iv=("a.garnier@equinoxe-conseil.com", "s.haddad@equinoxe-conseil.com"))

    add("fr-manager", "fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261207T100000",
        "DTEND;TZID=Europe/Paris:20261207T110000",
        "DTSTAMP:20261125T160000Z",
        "ORGANIZER;CN=Hugo Lefort:mailto:hugo@cigale.app",
        "UID:2w4e6r8t0y2u4i6o8p0a2s4d6f@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Hugo Lefort:mailto:hugo@cigale.app",
        "DESCRIPTION:" + esc("Entretien avec le manager (moi-même, VP Customer) pour le poste de Head of "
                             "Customer Success - remote depuis Londres possible.\n\n"
                             + MEET_FR.format(code="cig-ale-vpc")),
        "SUMMARY:Cigale x Daniel - entretien manager",
    ]], tzids=("Europe/Paris",)), "Cigale", "Head of Customer Success", "hiring_manager", iv=("hugo@cigale.app",))

    add("fr-final-zoom", "fr", cal("-//zoom.us//iCalendar Event//FR", [[
        "UID:ZOOM93311002458-alto",
        "DTSTAMP:20261126T100000Z",
        "DTSTART:20261209T150000Z",
        "DTEND:20261209T160000Z",
        "SUMMARY:Entretien final - Alto Finance - Daniel Kim",
        "DESCRIPTION:" + esc("Dernier entretien avec Bérénice Roux (CEO) et Karim Benali (COO).\n\n"
                             "Participer à la réunion Zoom\nhttps://alto.zoom.us/j/93311002458\n\n"
                             "ID de réunion : 933 1100 2458\nCode secret : alto44"),
        "ORGANIZER;CN=Bérénice Roux:mailto:berenice@alto.finance",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Karim Benali:mailto:karim@alto.finance",
    ]]), "Alto Finance", "", "final", iv=("berenice@alto.finance", "karim@alto.finance"))

    add("fr-handtyped", "fr", cal(APPLE, [[
        "UID:A1B2C3D4-E5F6-4711-9A0B-rivage-tel",
        "DTSTAMP:20261121T200000Z",
        "DTSTART;TZID=Europe/London:20261124T093000",
        "DTEND;TZID=Europe/London:20261124T100000",
        "SUMMARY:Tél. Rivage (entretien RH CSM)",
    ]], tzids=("Europe/London",)), "Rivage", "CSM", "recruiter_screen")

    add("fr-welcome-jungle", "fr", cal("-//Welcome to the Jungle//Calendar//FR", [[
        "UID:wttj-interview-66120-nuagebleu",
        "DTSTAMP:20261122T100000Z",
        "DTSTART;TZID=Europe/Paris:20261201T143000",
        "DTEND;TZID=Europe/Paris:20261201T153000",
        "SUMMARY:Entretien - Nuage Bleu - Lead Customer Success",
        "DESCRIPTION:" + esc("Entretien en visio avec Élodie Marchand et Théo Vasseur.\nLien : "
                             "https://meet.google.com/nbl-eux-ent\n\nProgrammé via Welcome to the Jungle"),
        "ORGANIZER;CN=Welcome to the Jungle:mailto:noreply@welcometothejungle.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Élodie Marchand:mailto:elodie.marchand@nuagebleu.fr",
        "ATTENDEE;CN=Théo Vasseur:mailto:theo.vasseur@nuagebleu.fr",
    ]], tzids=("Europe/Paris",)), "Nuage Bleu", "Lead Customer Success", "",
        iv=("elodie.marchand@nuagebleu.fr", "theo.vasseur@nuagebleu.fr"))

    add("fr-onsite-allday", "fr", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20261215",
        "DTEND;VALUE=DATE:20261216",
        "DTSTAMP:20261127T090000Z",
        "UID:5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com",
        "SUMMARY:Journée sur site chez Brocante (Paris) - entretiens CS Director",
        "DESCRIPTION:Eurostar 7h01. Entretiens avec l'équipe de direction toute la journée.",
        "TRANSP:TRANSPARENT",
    ]], header=("X-WR-TIMEZONE:Europe/London",)), "Brocante", "CS Director", "onsite")
    return out

