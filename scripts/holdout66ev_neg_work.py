"""holdout66: negatives from the user's current job and career network (board, appraisal, suppliers ...)."""

from __future__ import annotations

from holdout66ev_ics import USER_CN, USER_FREE, USER_WORK, att, cal, esc, g_uid, item, ms_uid, org, vevent
from holdout66ev_shapes import google, outlook

RST = "Romance Standard Time"
MAD = "Europe/Madrid"
ME_ATT = att(USER_WORK, "Marín Ortega, Elena", style="outlook")
HR = org("lbielsa@transportes-ebrolog.es", "Bielsa Pardos, Lucía")
CEO = "froyo@transportes-ebrolog.es"
CEO_CN = "Royo Gracia, Fernando"


def _neg(kind, ics, uid, trap=""):
    return item(kind, ics, uid=uid, is_interview=0, trap=trap or kind)


def webinar_pt():
    uid = "goto-webinar-3320918-elena@gotowebinar.com"
    body = (
        "Olá Elena,\n\nObrigado pela sua inscrição em «O papel do CFO nas empresas familiares».\n\n"
        "Oradores: Dra. Teresa Matos (ex-CFO) e Prof. Rui Lemos.\n"
        "Entrar no webinar: https://attendee.gotowebinar.com/join/3320918/771200\n\n"
        "Fórum CFO Portugal"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250502T080000Z",
        "DTSTART:20250513T170000Z",
        "DTEND:20250513T180000Z",
        org("eventos@forumcfo.pt", "Fórum CFO Portugal"),
        att(USER_FREE, USER_CN, rsvp=False),
        "SUMMARY:Webinar: O papel do CFO nas empresas familiares",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:GoTo Webinar",
    )
    ics = cal(ev, prodid="-//GoTo//GoTo Webinar//EN")
    return _neg("webinar-pt", ics, uid)


def networking_en():
    uid = g_uid("cfo-network-breakfast")
    body = (
        "Breakfast roundtable for members: working capital in a high-rate world. Chatham House rule.\n"
        "Venue this month: Club Financiero, Calle Marqués de la Ensenada 14, Madrid.\n\nCFO Network Spain"
    )
    ics = google(uid, MAD, org("events@cfonetwork.es", "CFO Network Spain"), [att(USER_FREE, USER_FREE)],
                 "CFO Network Spain – Breakfast roundtable", body, "20250527T083000", "20250527T100000",
                 "20250505T120000Z", location="Club Financiero, Madrid")
    return _neg("networking-en", ics, uid, "networking-breakfast-en")


def coach_cv():
    uid = g_uid("coach-cv-linkedin")
    body = (
        "Revisamos tu CV (versión 4) y el extracto de LinkedIn. Trae la lista de empresas objetivo y los "
        "headhunters con los que ya has hablado.\n\nMarta Salas - Programa Transición Directiva"
    )
    ics = google(uid, MAD, org("martasalas.coaching@gmail.com", "Marta Salas"),
                 [att(USER_FREE, USER_FREE),
                  att("martasalas.coaching@gmail.com", "Marta Salas", partstat="ACCEPTED", rsvp=None)],
                 "Sesión 2 – Revisión CV y perfil LinkedIn", body, "20250320T180000", "20250320T190000",
                 "20250314T101500Z", location="https://meet.google.com/zab-wexq-pnm")
    return _neg("career-coach-es", ics, uid)


def webinar_en():
    uid = ms_uid("hudsonvidal-webinar")
    body = (
        "Thank you for registering for our live Q&A «Nailing the CFO interview: what boards really ask».\n"
        "Speakers: Marc Vidal and Eleanor Hudson, Partners, Hudson Vidal Executive Search.\n\n"
        "Join the Teams webinar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_webinar/0\n\n"
        "This is a registration confirmation; you are an attendee."
    )
    ics = outlook(uid, "GMT Standard Time", org("events@hudsonvidal.com", "Hudson Vidal Events"),
                  [att(USER_FREE, "Elena Marín Ortega", style="outlook")],
                  "Live Q&A: Nailing the CFO interview – Hudson Vidal Executive Search", body, "20250521T120000",
                  "20250521T130000", "20250509T070000Z", "Microsoft Teams webinar", lang="en-GB", busy="FREE")
    return _neg("webinar-agency-en", ics, uid)


def coffee_verity():
    uid = g_uid("coffee-pedro-verity")
    body = (
        "Great to hear you're exploring options! Happy to tell you what it's like at Verity Freight since I "
        "joined - no agenda, just coffee.\n\nPedro"
    )
    ics = google(uid, MAD, org("pedro.aranda@verityfreight.com", "Pedro Aranda"),
                 [att(USER_FREE, USER_FREE),
                  att("pedro.aranda@verityfreight.com", "Pedro Aranda", partstat="ACCEPTED", rsvp=None)],
                 "Coffee catch-up – Pedro / Elena", body, "20250430T083000", "20250430T091500",
                 "20250426T170000Z", location="Café Botánico, Zaragoza")
    return _neg("informational-coffee-en", ics, uid, "informational-coffee-names-company-en")


def board():
    uid = ms_uid("consejo-2t")
    body = (
        "Se convoca sesión ordinaria del Consejo de Administración de Transportes Ebrolog, S.L.\n\n"
        "Orden del día:\n1. Aprobación del acta anterior.\n2. Cuentas a 31 de marzo (Dirección Financiera).\n"
        "3. Refinanciación del préstamo sindicado.\n4. Ruegos y preguntas.\n\n"
        "La Secretaria del Consejo"
    )
    ics = outlook(uid, RST, org("secretaria.consejo@transportes-ebrolog.es", "Secretaría del Consejo"),
                  [ME_ATT, att(CEO, CEO_CN, style="outlook"),
                   att("mjroyo@gmail.com", "María Jesús Royo", style="outlook"),
                   att("ablasco@blascoabogados.es", "Blasco Aznar, Alfonso", style="outlook")],
                  "Consejo de Administración Transportes Ebrolog – sesión ordinaria 2T 2025", body,
                  "20250429T100000", "20250429T133000", "20250415T083000Z", "Sala Consejo - 2ª planta")
    return _neg("board-meeting-es", ics, uid)


def weekly_committee():
    uid = ms_uid("comite-direccion-semanal")
    body = "Comité de dirección semanal: tráfico, comercial, finanzas, personas. 1 h como máximo."
    hr_att = att("lbielsa@transportes-ebrolog.es", "Bielsa Pardos, Lucía", style="outlook")
    ics = outlook(uid, RST, org(CEO, CEO_CN), [ME_ATT, hr_att],
                  "Comité de dirección", body, "20250303T090000", "20250303T100000", "20250225T100000Z",
                  "Sala Consejo", extra=("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251229T080000Z",), alt=False)
    return _neg("internal-recurring-es", ics, uid, "internal-weekly-recurring-es")


def appraisal():
    uid = ms_uid("evaluacion-2024")
    body = (
        "Elena, repasamos los objetivos 2024 (cierre en 10 días hábiles, refinanciación) y fijamos los de "
        "2025. Trae tu autoevaluación.\n\nFernando"
    )
    ics = outlook(uid, RST, org(CEO, CEO_CN), [ME_ATT],
                  "Evaluación del desempeño 2024 – Elena Marín", body, "20250226T160000", "20250226T171500",
                  "20250219T090000Z", "Despacho Dirección General")
    return _neg("appraisal-es", ics, uid, "own-appraisal-es")


def exit_interview():
    uid = ms_uid("salida-elena")
    body = (
        "Hola Elena:\n\nComo parte del proceso de baja voluntaria, te propongo la entrevista de salida. Es "
        "confidencial y nos sirve para mejorar. También revisaremos la devolución del portátil y la tarjeta.\n\n"
        "Lucía"
    )
    ics = outlook(uid, RST, HR, [ME_ATT], "Entrevista de salida – Elena Marín Ortega", body, "20250627T120000",
                  "20250627T130000", "20250620T080000Z", "Despacho RR. HH.")
    return _neg("exit-interview-es", ics, uid, "own-exit-interview-es")


def supplier_de():
    uid = ms_uid("hahn-frachtraten")
    body = (
        "Sehr geehrte Frau Marín,\n\nwie vereinbart besprechen wir die Frachtraten 2025 für die Relation "
        "Zaragoza - Stuttgart sowie die Zahlungsziele. Von unserer Seite nehmen Herr Klose (Vertrieb) und ich "
        "teil.\n\nMit freundlichen Grüßen\nAnja Hahn\nGeschäftsführerin, Spedition Hahn GmbH"
    )
    ics = outlook(uid, "W. Europe Standard Time", org("a.hahn@spedition-hahn.de", "Hahn, Anja"),
                  [ME_ATT, att("m.klose@spedition-hahn.de", "Klose, Markus", style="outlook")],
                  "Lieferantengespräch Spedition Hahn – Frachtraten 2025", body, "20250508T100000",
                  "20250508T110000", "20250430T120000Z", "Microsoft Teams-Besprechung", lang="de-DE")
    return _neg("supplier-meeting-de", ics, uid)


def tradeshow_fr():
    uid = ms_uid("sitl-vallier")
    body = (
        "Bonjour Elena,\n\nJe vous propose un rendez-vous sur notre stand (Hall 5, C42) pendant le salon pour "
        "faire le point sur les délais de paiement et le contrat 2026.\n\nCordialement,\nBertrand Vallier\n"
        "Directeur administratif et financier, Groupe Vallier"
    )
    ics = outlook(uid, "Romance Standard Time", org("b.vallier@groupe-vallier.fr", "Vallier, Bertrand"),
                  [ME_ATT], "Salon SITL Paris – RDV stand Groupe Vallier / Transportes Ebrolog", body,
                  "20250402T143000", "20250402T151500", "20250325T090000Z", "Paris Expo, Hall 5, stand C42",
                  lang="fr-FR")
    return _neg("tradeshow-fr", ics, uid, "client-meeting-tradeshow-fr")


def audit():
    uid = ms_uid("auditores-planificacion")
    body = "Planificación de la auditoría 2025: calendario de cierre, inventario de flota, confirmaciones bancarias."
    ics = outlook(uid, RST, org("jvidal@vidalezquerra.es", "Vidal Luna, Jorge"),
                  [ME_ATT, att("contabilidad@transportes-ebrolog.es", "Contabilidad", style="outlook")],
                  "Reunión auditores – planificación cierre 2025 (Vidal & Ezquerra Auditores)", body,
                  "20250611T093000", "20250611T110000", "20250602T093000Z", "Sala Ebro", alt=False)
    return _neg("audit-meeting-es", ics, uid)


def erp_requirements():
    uid = ms_uid("nubeon-requisitos")
    body = (
        "Buenos días, Elena:\n\nDentro de la fase de análisis del proyecto Dynamics 365, os proponemos la "
        "entrevista de requisitos del área financiera (contabilidad, tesorería, activos). La realizarán Ana "
        "Latorre y Víctor Gil, consultores funcionales.\n\nSaludos,\nNubeon Consulting"
    )
    ics = outlook(uid, RST, org("alatorre@nubeon.es", "Latorre, Ana"),
                  [ME_ATT, att("vgil@nubeon.es", "Gil, Víctor", style="outlook")],
                  "Entrevista de requisitos – área financiera (proyecto ERP Dynamics 365)", body,
                  "20250520T090000", "20250520T113000", "20250512T150000Z", "Sala Ebro")
    return _neg("vendor-requirements-es", ics, uid, "vendor-requirements-interview-es")


EVENTS = [
    webinar_pt(),
    networking_en(),
    coach_cv(),
    webinar_en(),
    coffee_verity(),
    board(),
    weekly_committee(),
    appraisal(),
    exit_interview(),
    supplier_de(),
    tradeshow_fr(),
    audit(),
    erp_requirements(),
]
