"""holdout28: the user's own interviews in English, French and Spanish (hand-written, one event each)."""

from __future__ import annotations

from holdout28ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    MEET_TXT,
    OUTLOOK,
    TEAMS_TXT,
    WEBEX_TXT,
    ZOOM_TXT,
    Case,
    Ev,
    att,
    cal,
    person,
    tzdt,
)

W = "W. Europe Standard Time"
R = "Romance Standard Time"


def english() -> list[Case]:
    """Given nothing, returns the English positive cases."""
    out: list[Case] = []

    u = "h28en01-greenhouse@greenhouse.io"
    ev = Ev(u, "Interview: Lukas Hofer for Category Manager, Fresh (Vienna) – HelloFresh",
            "DTSTART:20261203T140000Z", "DTEND:20261203T144500Z",
            desc=("Hi Lukas,\n\nYou're confirmed to speak with Rachel Nguyen (Senior Category Manager) about the "
                  "Category Manager, Fresh role.\n\n" + ZOOM_TXT + "\n\nScheduled by Greenhouse on behalf of "
                  "HelloFresh. Coordinator: Priya Desai."),
            org=person("ORGANIZER", "no-reply@greenhouse.io", "Greenhouse"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("rachel.nguyen@hellofresh.com", "Rachel Nguyen"),
                  att("priya.desai@hellofresh.com", "Priya Desai (Coordinator)", role="NON-PARTICIPANT")])
    out.append(Case("ats_greenhouse", "en", cal("-//Greenhouse Software//Greenhouse//EN", [ev], (), "REQUEST"), u,
                    True, "HelloFresh", "Category Manager, Fresh", "", ("rachel.nguyen@hellofresh.com",),
                    "coordinator_attends"))

    u = "h28en02-lever-77c1@lever.co"
    ev = Ev(u, "Recruiter phone screen – Picnic – Buyer Dairy & Frozen", "DTSTART:20261204T083000Z",
            "DTEND:20261204T090000Z",
            desc=("Thanks for applying to Picnic! This is a 30 min intro call with Marloes de Vries from our "
                  "Talent team. She'll call you on +43 660 ... . Reply to this invite to reschedule.\n-- Lever"),
            org=person("ORGANIZER", "marloes.devries@picnic.app", "Marloes de Vries"),
            atts=[att("marloes.devries@picnic.app", "Marloes de Vries", stat="ACCEPTED"),
                  att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("lever_screen", "en", cal("-//Lever//Lever Interview Scheduling//EN", [ev], (), "REQUEST"), u,
                    True, "Picnic", "Buyer Dairy & Frozen", "recruiter_screen", ("marloes.devries@picnic.app",)))

    u = "h28en03-ashby@ashbyhq.com"
    ev = Ev(u, "Onsite loop – Retail Analytics Lead – Gorillas", "DTSTART:20261209T090000Z",
            "DTEND:20261209T130000Z",
            desc=("Agenda\n10:00 Data deep-dive with Felix Braun (Head of BI)\n11:00 Assortment case with "
                  "Sofia Marin (VP Commercial)\n12:00 Culture with Jan Ostrowski (Ops)\n\nRoom: Spree 2\n"
                  "Sent via Ashby"),
            loc="Gorillas Technologies, Schönhauser Allee 36, Berlin",
            org=person("ORGANIZER", "scheduling@ashbyhq.com", "Gorillas Recruiting"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("felix.braun@gorillas.io", "Felix Braun"),
                  att("sofia.marin@gorillas.io", "Sofia Marin"), att("jan.ostrowski@gorillas.io", "Jan Ostrowski"),
                  att("spree2@gorillas.io", "Spree 2 (8)", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False)])
    out.append(Case("ashby_onsite", "en", cal("-//Ashby//Ashby Scheduling//EN", [ev], (), "REQUEST"), u, True,
                    "Gorillas", "Retail Analytics Lead", "onsite",
                    ("felix.braun@gorillas.io", "sofia.marin@gorillas.io", "jan.ostrowski@gorillas.io"),
                    "room_attendee"))

    u = "h28en04-modernloop@modernloop.io"
    ev = Ev(u, "Final round: Lukas Hofer x Ocado Retail (Category Planning Manager)", "DTSTART:20261215T130000Z",
            "DTEND:20261215T150000Z",
            desc=("Panel: Tom Fletcher (Director, Range & Space), Aisha Khan (Head of Category Planning).\n"
                  "This is the final stage.\n" + TEAMS_TXT + "\nScheduled with ModernLoop"),
            org=person("ORGANIZER", "recruiting-scheduling@ocado.com", "Ocado Recruiting Scheduling"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("tom.fletcher@ocado.com", "Tom Fletcher"),
                  att("aisha.khan@ocado.com", "Aisha Khan")])
    out.append(Case("modernloop_final", "en", cal("-//ModernLoop//Scheduler//EN", [ev], (), "REQUEST"), u, True,
                    "Ocado Retail", "Category Planning Manager", "final",
                    ("tom.fletcher@ocado.com", "aisha.khan@ocado.com")))

    u = "h28en05@google.com"
    ev = Ev(u, "Lukas <> Nestlé | Hiring manager chat", tzdt("DTSTART", "Europe/Zurich", "20261210T150000"),
            tzdt("DTEND", "Europe/Zurich", "20261210T154500"),
            desc=("Role: Category Development Manager, Coffee (Vevey)\nWith: Claire Dubois\n\n" + MEET_TXT),
            org=person("ORGANIZER", "claire.dubois@nestle.com", "Claire Dubois"),
            atts=[att("claire.dubois@nestle.com", "Claire Dubois", stat="ACCEPTED"), att(ME_PRIVATE, None)])
    out.append(Case("google_angle_title", "en", cal(GOOGLE, [ev], ("Europe/Zurich",), "REQUEST"), u, True,
                    "Nestlé", "Category Development Manager, Coffee", "hiring_manager", ("claire.dubois@nestle.com",)))

    u = "h28en06@hand"
    ev = Ev(u, "interview amazon", "DTSTART;VALUE=DATE:20261211", "DTEND;VALUE=DATE:20261212")
    out.append(Case("terse_allday", "en", cal(APPLE, [ev]), u, True, "Amazon", "", "", (), "terse_hand_typed"))

    u = "h28en07-workday@myworkday.com"
    ev = Ev(u, "Technical interview – Pricing & Promotions Analyst – Procter & Gamble", tzdt("DTSTART", W,
            "20261216T100000"), tzdt("DTEND", W, "20261216T110000"),
            desc=("Dear Lukas,\nPlease find below the details of your technical interview (Excel / SQL exercise) "
                  "for Pricing & Promotions Analyst (Job ID R000117822).\nInterviewers: Giulia Rossi, "
                  "Revenue Growth Manager; Daniel Weber, Analytics Manager\n\n" + TEAMS_TXT),
            org=person("ORGANIZER", "pg@myworkday.com", "P&G Careers"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("rossi.g@pg.com", "Rossi, Giulia"),
                  att("weber.d.3@pg.com", "Weber, Daniel")])
    out.append(Case("workday_technical", "en", cal("-//Workday Inc.//Workday Recruiting//EN", [ev], (W,),
                    "REQUEST"), u, True, "Procter & Gamble", "Pricing & Promotions Analyst", "technical",
                    ("rossi.g@pg.com", "weber.d.3@pg.com")))

    u = "h28en08-calcom@cal.com"
    ev = Ev(u, "30 min Intro between Sam Okafor and Lukas Hofer", "DTSTART:20261207T100000Z",
            "DTEND:20261207T103000Z",
            desc=("What: 30 min Intro\nInvitee: Lukas Hofer\nAdditional notes: Applying for Category Manager "
                  "(Groceries) at Oda. Looking forward!\nWhere: Cal Video\n\nNeed to make a change? Cancel or "
                  "reschedule via cal.com"),
            org=person("ORGANIZER", "sam.okafor@oda.com", "Sam Okafor"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("calcom_intro", "en", cal("-//Cal.com Inc.//Cal.com Event//EN", [ev]), u, True, "Oda",
                    "Category Manager (Groceries)", "recruiter_screen", ("sam.okafor@oda.com",)))

    u = "h28en09-agency@michaelpage.ch"
    ev = Ev(u, "Client interview: Coop – Category Manager Non-Food (via Michael Page)", tzdt("DTSTART",
            "Europe/Zurich", "20261217T090000"), tzdt("DTEND", "Europe/Zurich", "20261217T100000"),
            desc=("Hi Lukas, confirming your first interview with my client Coop in Basel. You'll meet "
                  "Martina Huber (Head of Category Non-Food). I'll call you afterwards for feedback.\n"
                  "Best, Oliver Grant, Michael Page Zurich"),
            loc="Coop Genossenschaft, Thiersteinerallee 12, 4053 Basel",
            org=person("ORGANIZER", "olivergrant@michaelpage.ch", "Oliver Grant"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("martina.huber@coop.ch", "Martina Huber")])
    out.append(Case("agency_client_interview", "en", cal(OUTLOOK, [ev], ("Europe/Zurich",), "REQUEST"), u, True,
                    "Coop", "Category Manager Non-Food", "hiring_manager", ("martina.huber@coop.ch",), "agency"))

    u = "h28en10@google.com"
    ev = Ev(u, "Cancelled: Interview with Delivery Hero – Category Analyst", "DTSTART:20261208T120000Z",
            "DTEND:20261208T130000Z",
            desc="This event has been cancelled by the organizer. We'll be in touch with a new slot.",
            org=person("ORGANIZER", "hannah.leitner@deliveryhero.com", "Hannah Leitner"),
            atts=[att(ME_PRIVATE, None, stat="DECLINED"),
                  att("hannah.leitner@deliveryhero.com", "Hannah Leitner", stat="ACCEPTED")],
            extra=["STATUS:CANCELLED", "SEQUENCE:1"])
    out.append(Case("cancelled_google", "en", cal(GOOGLE, [ev], (), "CANCEL"), u, True, "Delivery Hero",
                    "Category Analyst", "", ("hannah.leitner@deliveryhero.com",), "cancelled"))

    u = "h28en11@work"
    ev = Ev(u, "Interview – Buyer Wine & Spirits – Metro Cash & Carry Italy", tzdt("DTSTART", W,
            "20261218T140000"), tzdt("DTEND", W, "20261218T150000"),
            desc=("Dear Mr Hofer, thank you for your interest. Our Head of Buying, Marco Bianchi, will "
                  "interview you in English.\n" + TEAMS_TXT),
            org=person("ORGANIZER", "marco.bianchi@metro.it", "Bianchi Marco"),
            atts=[att(ME_WORK, "Hofer Lukas")])
    out.append(Case("sent_to_work_address", "en", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, True, "Metro Italy",
                    "Buyer Wine & Spirits", "hiring_manager", ("marco.bianchi@metro.it",), "work_address"))

    u = "h28en12@hand"
    ev = Ev(u, "Call w/ Jonas – Knuspr (category mgr)", tzdt("DTSTART", "Europe/Vienna", "20261205T170000"),
            tzdt("DTEND", "Europe/Vienna", "20261205T173000"), desc="he's the founder, applied via LinkedIn. 1st round")
    out.append(Case("terse_founder", "en", cal(APPLE, [ev], ("Europe/Vienna",)), u, True, "Knuspr",
                    "Category Manager", "", (), "terse_hand_typed"))

    u = "h28en13-webex@hand"
    ev = Ev(u, "Interview | Barilla | Category Manager DACH", tzdt("DTSTART", R, "20261221T110000"),
            tzdt("DTEND", R, "20261221T120000"),
            desc="Dear Lukas, please join via Webex below.\n" + WEBEX_TXT + "\nFederica Conti, HR Barilla G. e R. "
                 "Fratelli", org=person("ORGANIZER", "federica.conti@barilla.com", "Conti Federica"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("luca.ferrari@barilla.com", "Ferrari Luca")])
    out.append(Case("webex_milan", "en", cal(OUTLOOK, [ev], (R,), "REQUEST"), u, True, "Barilla",
                    "Category Manager DACH", "", ("federica.conti@barilla.com", "luca.ferrari@barilla.com")))

    u = "h28en14@google.com"
    ev = Ev(u, "Take-home review – Retail Data Analyst – Too Good To Go", "DTSTART:20261222T130000Z",
            "DTEND:20261222T140000Z",
            desc=("We'll walk through your take-home (basket analysis) together. Reviewers: Mads Jensen "
                  "(Data Lead) and Ines Moreau (Senior Analyst).\n" + MEET_TXT),
            org=person("ORGANIZER", "mads.jensen@toogoodtogo.com", "Mads Jensen"),
            atts=[att("ines.moreau@toogoodtogo.com", "Ines Moreau"), att(ME_PRIVATE, "Lukas Hofer"),
                  att("mads.jensen@toogoodtogo.com", "Mads Jensen", stat="ACCEPTED")])
    out.append(Case("take_home_review", "en", cal(GOOGLE, [ev], (), "REQUEST"), u, True, "Too Good To Go",
                    "Retail Data Analyst", "technical",
                    ("ines.moreau@toogoodtogo.com", "mads.jensen@toogoodtogo.com")))

    u = "h28en15@ics"
    ev = Ev(u, "Meet the MD – Trade Buyer role, Metro-area wholesaler Kröswang", "DTSTART:20270111T093000",
            "DTEND:20270111T103000",
            desc="Final conversation with managing director Peter Kröswang before an offer decision.",
            loc="Kröswang GmbH, Grieskirchen", org=person("ORGANIZER", "office@kroeswang.at", "Kröswang Office"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("p.kroeswang@kroeswang.at", "Peter Kröswang")])
    out.append(Case("final_md_floating", "en", cal(OUTLOOK, [ev], head=("X-WR-TIMEZONE:Europe/Vienna",)), u, True,
                    "Kröswang", "Trade Buyer", "final", ("p.kroeswang@kroeswang.at",), "floating"))

    u = "h28en16-teamtailor@teamtailor.com"
    ev = Ev(u, "Video interview with Vinted – Category Specialist Home", "DTSTART:20261210T120000Z",
            "DTEND:20261210T124500Z",
            desc=("Hi Lukas! You are booked for a video interview with Ruta Petraitė (Talent Partner).\n"
                  "Company: Vinted\nJob: Category Specialist Home (Berlin)\n\n" + ZOOM_TXT),
            org=person("ORGANIZER", "ruta.petraite@vinted.com", "Rūta Petraitė"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("teamtailor_talent_partner", "en", cal("-//Teamtailor//Teamtailor Calendar//EN", [ev]), u, True,
                    "Vinted", "Category Specialist Home", "recruiter_screen", ("ruta.petraite@vinted.com",)))

    u = "h28en17-hm@hand"
    ev = Ev(u, "Follow-up interview (2nd) – Beiersdorf – Shopper Insights Manager", tzdt("DTSTART",
            "Europe/Berlin", "20261219T140000"), tzdt("DTEND", "Europe/Berlin", "20261219T150000"),
            desc="Second interview with the hiring manager Henrik Lund and a peer from Customer Marketing.",
            org=person("ORGANIZER", "henrik.lund@beiersdorf.com", "Lund, Henrik"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("anke.rohde@beiersdorf.com", "Rohde, Anke"),
                  att("hamburg-4.12@beiersdorf.com", "HH 4.12 Beamer", cutype="RESOURCE", role="NON-PARTICIPANT",
                      rsvp=False)])
    out.append(Case("resource_attendee", "en", cal(OUTLOOK, [ev], ("Europe/Berlin",), "REQUEST"), u, True,
                    "Beiersdorf", "Shopper Insights Manager", "hiring_manager",
                    ("henrik.lund@beiersdorf.com", "anke.rohde@beiersdorf.com"), "resource_attendee"))
    return out


def french() -> list[Case]:
    """Given nothing, returns the French positive cases."""
    out: list[Case] = []
    u = "h28fr01@outlook"
    ev = Ev(u, "Entretien – Chef de produit catégorie Épicerie – Migros Genève", tzdt("DTSTART", "Europe/Zurich",
            "20261209T100000"), tzdt("DTEND", "Europe/Zurich", "20261209T110000"),
            desc=("Bonjour Monsieur Hofer,\nNous avons le plaisir de vous convier à un entretien avec Mme Aline "
                  "Perret, responsable achats, et M. Bruno Favre, RH.\nCordialement"),
            loc="Migros Genève, Rue Alexandre-Gavard 35, Carouge",
            org=person("ORGANIZER", "bruno.favre@migros-ge.ch", "Favre Bruno"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("aline.perret@migros-ge.ch", "Perret Aline")])
    out.append(Case("fr_onsite", "fr", cal(OUTLOOK, [ev], ("Europe/Zurich",), "REQUEST"), u, True, "Migros",
                    "Chef de produit catégorie Épicerie", "onsite",
                    ("bruno.favre@migros-ge.ch", "aline.perret@migros-ge.ch")))

    u = "h28fr02-gh@greenhouse.io"
    ev = Ev(u, "Entretien téléphonique avec Danone – Analyste Revenue Management", "DTSTART:20261211T090000Z",
            "DTEND:20261211T093000Z",
            desc=("Premier échange avec Camille Roux (Talent Acquisition). Elle vous appellera.\n"
                  "Planifié via Greenhouse."),
            org=person("ORGANIZER", "camille.roux@danone.com", "Camille Roux"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("fr_phone_screen", "fr", cal("-//Greenhouse Software//Greenhouse//EN", [ev]), u, True,
                    "Danone", "Analyste Revenue Management", "recruiter_screen", ("camille.roux@danone.com",)))

    u = "h28fr03@hand"
    ev = Ev(u, "Entretien final L'Oréal Suisse", "DTSTART;VALUE=DATE:20270112", "DTEND;VALUE=DATE:20270113",
            desc="Journée à Genève – rencontre directeur commercial. Poste: Category Manager Retail.")
    out.append(Case("fr_allday_final", "fr", cal(APPLE, [ev]), u, True, "L'Oréal", "Category Manager Retail",
                    "final", (), "all_day"))

    u = "h28fr04@google.com"
    ev = Ev(u, "Cas pratique – Acheteur junior – Carrefour", "DTSTART:20261214T083000Z", "DTEND:20261214T100000Z",
            desc=("Étude de cas sur l'assortiment frais, présentée à Julien Marchand (chef de groupe achats) "
                  "et Sophie Lambert (contrôle de gestion).\n" + MEET_TXT),
            org=person("ORGANIZER", "julien.marchand@carrefour.com", "Julien Marchand"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("sophie.lambert@carrefour.com", "Sophie Lambert")])
    out.append(Case("fr_case_study", "fr", cal(GOOGLE, [ev], (), "REQUEST"), u, True, "Carrefour",
                    "Acheteur junior", "technical",
                    ("julien.marchand@carrefour.com", "sophie.lambert@carrefour.com")))

    u = "h28fr05-ms@hand"
    ev = Ev(u, "Rencontre avec le manager – poste Category Analyst – Manor", tzdt("DTSTART", R, "20261217T140000"),
            tzdt("DTEND", R, "20261217T150000"),
            desc="Bonjour Lukas, voici le lien Teams pour notre entretien.\n" + TEAMS_TXT + "\nPatrick Moser, Manor AG",
            org=person("ORGANIZER", "patrick.moser@manor.ch", "Moser Patrick"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("fr_hm_teams", "fr", cal(EXCHANGE, [ev], (R,), "REQUEST"), u, True, "Manor", "Category Analyst",
                    "hiring_manager", ("patrick.moser@manor.ch",)))

    u = "h28fr06@hand"
    ev = Ev(u, "Entretien RH Nespresso – chargé d'assortiment", tzdt("DTSTART", "Europe/Zurich",
            "20261222T160000"), tzdt("DTEND", "Europe/Zurich", "20261222T163000"),
            desc="Visio avec Léa Bonnet (recrutement). Lien Zoom ci-dessous.\n" + ZOOM_TXT,
            org=person("ORGANIZER", "lea.bonnet@nespresso.com", "Bonnet Léa"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("fr_hr_zoom", "fr", cal(OUTLOOK, [ev], ("Europe/Zurich",), "REQUEST"), u, True, "Nespresso",
                    "chargé d'assortiment", "recruiter_screen", ("lea.bonnet@nespresso.com",)))
    return out


def spanish() -> list[Case]:
    """Given nothing, returns the Spanish positive cases."""
    out: list[Case] = []
    u = "h28es01@successfactors"
    ev = Ev(u, "Entrevista – Category Manager Alimentación – Mercadona (remoto)", "DTSTART:20261207T140000Z",
            "DTEND:20261207T150000Z",
            desc=("Estimado Lukas:\nTe confirmamos la entrevista con Carmen Ortega (Jefa de Compras) por "
                  "Teams.\n" + TEAMS_TXT),
            org=person("ORGANIZER", "noreply@successfactors.eu", "Mercadona Empleo"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("carmen.ortega@mercadona.es", "Carmen Ortega")])
    out.append(Case("es_successfactors", "es", cal("-//SAP SuccessFactors//Interview Scheduling//EN", [ev]), u, True,
                    "Mercadona", "Category Manager Alimentación", "hiring_manager", ("carmen.ortega@mercadona.es",)))

    u = "h28es02@google.com"
    ev = Ev(u, "Primera llamada con Glovo (Talent) – Analista de Retail", tzdt("DTSTART", "Europe/Madrid",
            "20261209T110000"), tzdt("DTEND", "Europe/Madrid", "20261209T113000"),
            desc="Hola Lukas, hablamos por Meet. Un saludo, Lucía (Talent Acquisition Glovo)\n" + MEET_TXT,
            org=person("ORGANIZER", "lucia.navarro@glovoapp.com", "Lucía Navarro"),
            atts=[att(ME_PRIVATE, None), att("lucia.navarro@glovoapp.com", "Lucía Navarro", stat="ACCEPTED")])
    out.append(Case("es_recruiter_call", "es", cal(GOOGLE, [ev], ("Europe/Madrid",), "REQUEST"), u, True, "Glovo",
                    "Analista de Retail", "recruiter_screen", ("lucia.navarro@glovoapp.com",)))

    u = "h28es03@hand"
    ev = Ev(u, "entrevista DIA 2a ronda", tzdt("DTSTART", "Europe/Madrid", "20261215T100000"),
            tzdt("DTEND", "Europe/Madrid", "20261215T110000"))
    out.append(Case("es_terse", "es", cal(APPLE, [ev], ("Europe/Madrid",)), u, True, "DIA", "", "", (),
                    "terse_hand_typed"))

    u = "h28es04-workday@myworkday.com"
    ev = Ev(u, "Entrevista técnica: Analista de Pricing – El Corte Inglés", tzdt("DTSTART", R, "20261216T093000"),
            tzdt("DTEND", R, "20261216T103000"),
            desc=("Entrevistadores: Javier Morales (Responsable de Pricing), Elena Sanz (Data Analytics).\n"
                  "Incluye un ejercicio práctico en Excel."),
            org=person("ORGANIZER", "elcorteingles@myworkday.com", "El Corte Inglés Selección"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("javier.morales@elcorteingles.es", "Javier Morales"),
                  att("elena.sanz@elcorteingles.es", "Elena Sanz")])
    out.append(Case("es_workday_technical", "es", cal("-//Workday Inc.//Workday Recruiting//EN", [ev], (R,),
                    "REQUEST"), u, True, "El Corte Inglés", "Analista de Pricing", "technical",
                    ("javier.morales@elcorteingles.es", "elena.sanz@elcorteingles.es")))

    u = "h28es05-agency@randstad.es"
    ev = Ev(u, "Entrevista con cliente: Grupo Bimbo – Trade Marketing Manager", tzdt("DTSTART", "Europe/Madrid",
            "20261218T120000"), tzdt("DTEND", "Europe/Madrid", "20261218T130000"),
            desc=("Hola Lukas, te paso la entrevista con Grupo Bimbo. Te entrevistará Raúl Domínguez, "
                  "director comercial. Yo no estaré.\nSaludos, Marta Gil (Randstad Professionals)"),
            org=person("ORGANIZER", "marta.gil@randstad.es", "Marta Gil"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("raul.dominguez@grupobimbo.com", "Raúl Domínguez")])
    out.append(Case("es_agency", "es", cal(OUTLOOK, [ev], ("Europe/Madrid",), "REQUEST"), u, True, "Grupo Bimbo",
                    "Trade Marketing Manager", "hiring_manager", ("raul.dominguez@grupobimbo.com",), "agency"))

    u = "h28es06@google.com"
    ev = Ev(u, "Entrevista final – Jefe de Categoría Bebidas – Mahou San Miguel", "DTSTART:20270113T090000Z",
            "DTEND:20270113T110000Z",
            desc="Última fase: reunión con el Director de Ventas (Ignacio Pardo) y RRHH (Nuria Vidal).",
            loc="Paseo Imperial 32, Madrid", org=person("ORGANIZER", "nuria.vidal@mahou-sanmiguel.com", "Nuria Vidal"),
            atts=[att("ignacio.pardo@mahou-sanmiguel.com", "Ignacio Pardo"), att(ME_PRIVATE, "Lukas Hofer"),
                  att("nuria.vidal@mahou-sanmiguel.com", "Nuria Vidal", stat="ACCEPTED")])
    out.append(Case("es_final", "es", cal(GOOGLE, [ev], (), "REQUEST"), u, True, "Mahou San Miguel",
                    "Jefe de Categoría Bebidas", "final",
                    ("ignacio.pardo@mahou-sanmiguel.com", "nuria.vidal@mahou-sanmiguel.com")))

    u = "h28es07-calendly@calendly.com"
    ev = Ev(u, "Lukas Hofer y Pablo Ruiz: Entrevista Comprador Junior", "DTSTART:20261210T160000Z",
            "DTEND:20261210T163000Z",
            desc=("Invitado: Lukas Hofer\nNombre del evento: Entrevista Comprador Junior – Veepee España\n"
                  "Ubicación: Zoom\n" + ZOOM_TXT + "\nCon tecnología de Calendly.com"),
            org=person("ORGANIZER", "pablo.ruiz@veepee.com", "Pablo Ruiz"),
            atts=[att("pablo.ruiz@veepee.com", "Pablo Ruiz", stat="ACCEPTED"), att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("es_calendly", "es", cal("-//Calendly//Calendly//EN", [ev]), u, True, "Veepee",
                    "Comprador Junior", "", ("pablo.ruiz@veepee.com",)))

    u = "h28es08-rec@hand"
    ev = Ev(u, "Entrevista – Category Analyst – Esselunga (Milano)", tzdt("DTSTART", W, "20261221T143000"),
            tzdt("DTEND", W, "20261221T153000"),
            desc=("Hola Lukas, la entrevista será en inglés/español con Giorgio Villa (Category Manager). "
                  "Reprogramada desde el martes."),
            org=person("ORGANIZER", "giorgio.villa@esselunga.it", "Villa Giorgio"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")], extra=["SEQUENCE:2"])
    out.append(Case("es_rescheduled_milan", "es", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, True, "Esselunga",
                    "Category Analyst", "hiring_manager", ("giorgio.villa@esselunga.it",), "rescheduled"))

    u = "h28es09@icloud"
    ev = Ev(u, "Cancelada: entrevista Lidl España", tzdt("DTSTART", "Europe/Madrid", "20261223T100000"),
            tzdt("DTEND", "Europe/Madrid", "20261223T110000"),
            desc="Puesto: Category Buyer Non-Food. Cancelada por la empresa.",
            org=person("ORGANIZER", "seleccion@lidl.es", "Lidl Selección"), atts=[att(ME_PRIVATE, "Lukas Hofer")],
            extra=["STATUS:CANCELLED"])
    out.append(Case("es_cancelled", "es", cal(APPLE, [ev], ("Europe/Madrid",), "CANCEL"), u, True, "Lidl",
                    "Category Buyer Non-Food", "", (), "cancelled"))
    return out


def cases() -> list[Case]:
    """Given nothing, returns all non-German positive cases."""
    return english() + french() + spanish()
