"""holdout115: negatives that are not the user's own interview and not the hiring side."""

from __future__ import annotations

from holdout115ev_core import (
    ME,
    ME_CN,
    P_APPLE,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    P_TB,
    TZ_BERLIN,
    TZ_PARIS,
    TZ_ROMANCE,
    WORK,
    D,
    Ev,
    T,
    att,
    google_foot,
    guid,
    hexid,
    meet,
    org,
    outlook_uid,
    teams,
    vcal,
    vevent,
    zoom,
)


def n(kind: str, text: str) -> Ev:
    return Ev(kind, text, 0, trap=kind)


def mine(seed: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", prod: str = P_IOS) -> str:
    lines = [f"UID:{guid(seed)}", f"DTSTART;TZID=Europe/Paris:{start}", f"DTEND;TZID=Europe/Paris:{end}",
             T("SUMMARY", summary)]
    if desc:
        lines.append(D(desc))
    if loc:
        lines.append(T("LOCATION", loc))
    return vcal(prod, vevent(*lines, "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"), method=None, tzs=(TZ_PARIS,))


def work(seed: str, summary: str, start: str, end: str, organizer: str, desc: str, *extra: str) -> str:
    return vcal(P_OUTLOOK, vevent(
        T("SUMMARY", summary), f"DTSTART;TZID=Romance Standard Time:{start}",
        f"DTEND;TZID=Romance Standard Time:{end}", organizer, att(WORK, "Ngono, Valérie"), *extra, D(desc),
        f"UID:{outlook_uid(seed)}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"), tzs=(TZ_ROMANCE,))


def events() -> list[Ev]:
    out: list[Ev] = []
    manager = org("associe.lambin@cabinet-nordaudit.fr", "Lambin, Hervé")

    # mock interviews, webinars, classes
    u = f"{hexid('apec', 24)}@apec.fr"
    out.append(n("mock-apec-fr", vcal(
        "-//Apec//Rendez-vous//FR", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251006T180000", "DTEND;TZID=Europe/Paris:20251006T190000",
            T("SUMMARY", "Simulation d'entretien d'embauche avec votre consultante Apec"),
            org("rdv@apec.fr", "Apec"), att(ME, ME_CN),
            D("Bonjour Valérie,\n\nVotre rendez-vous « Simulation d'entretien » avec Mme Carole Desmarets, "
              "consultante Apec, est confirmé. Préparez l'offre sur laquelle vous souhaitez vous entraîner.\n\n"
              + teams("fr", "apec"))),
        tzs=(TZ_PARIS,))))
    out.append(n("mock-friend-fr", mine(
        "mock-aurelie", "Entraînement entretien avec Aurélie (mock DAF)", "20251012T103000", "20251012T113000",
        "Aurélie joue la DAF de Ferronor, questions difficiles + pitch 2 min")))
    u = f"{hexid('dfcg-web', 26)}@livestorm.co"
    out.append(n("webinar-fr", vcal(
        "-//Livestorm//Livestorm//EN", vevent(
            f"UID:{u}", "DTSTART:20251009T110000Z", "DTEND:20251009T120000Z",
            T("SUMMARY", "Webinaire DFCG : Réussir son entretien en contrôle de gestion"),
            org("no-reply@livestorm.co", "DFCG Hauts-de-France"), att(ME, ME_CN),
            D("Merci pour votre inscription !\nAu programme : les questions techniques classiques, le cas "
              "pratique, négocier sa rémunération.\nRejoindre le webinaire : https://app.livestorm.co/p/"
              + hexid("dfcg", 20))),
        method="REQUEST")))
    out.append(n("class-alumni-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251118T183000", "DTEND;TZID=Europe/Paris:20251118T203000",
            f"UID:{hexid('iae-atelier', 26)}@google.com", org("alumni@iae-lille.fr", "Alumni IAE Lille"),
            att(ME, ME_CN, google=True),
            T("SUMMARY", "Atelier carrière : LinkedIn & entretiens de recrutement"),
            T("LOCATION", "IAE Lille, 104 avenue du Peuple Belge, Lille - amphi B"),
            D("Atelier animé par un cabinet de recrutement partenaire : optimiser son profil LinkedIn, se "
              "préparer aux entretiens, jeux de rôle." + google_foot("fr", "alumni@iae-lille.fr"))),
        tzs=(TZ_PARIS,))))
    out.append(n("training-interviewing-en", work(
        "ld-interviewing", "Interviewing skills workshop for new managers (L&D)", "20251203T090000",
        "20251203T123000", org("learning@cabinet-nordaudit.fr", "Learning & Development"),
        "Half-day workshop: structured interviews, avoiding bias, writing useful feedback. Role plays in "
        "pairs.\n\n" + teams("en", "ld"))))
    out.append(n("mock-class-es", mine(
        "clase-es", "Clase de español - simulación de entrevista de trabajo", "20251015T190000",
        "20251015T200000", "Profe: Marisa. Tema: vocabulario de entrevistas, role play en parejas",
        "Maison de l'Espagne, Lille")))

    # press, podcast, user research
    u = f"{hexid('vdn', 26)}@google.com"
    out.append(n("press-interview-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251023T123000", "DTEND;TZID=Europe/Paris:20251023T131500",
            org("e.vandenberghe@journaldunord-presse.fr", "Elsa Vandenberghe"), f"UID:{u}",
            att(ME, ME_CN, google=True),
            T("SUMMARY", "Interview pour l'article « Les femmes dans l'audit » - Le Journal du Nord"),
            D("Bonjour Valérie, merci d'avoir accepté cette interview pour notre dossier éco. 30-40 min par "
              "téléphone, relecture de vos citations avant publication.\nElsa Vandenberghe, journaliste"
              + google_foot("fr", "e.vandenberghe@journaldunord-presse.fr"))),
        tzs=(TZ_PARIS,))))
    out.append(n("podcast-fr", vcal(
        "-//zoom.us//iCalendar Event//EN", vevent(
            f"UID:zoom-{hexid('podcast', 20)}@zoom.us", "DTSTART;TZID=Europe/Paris:20251113T190000",
            "DTEND;TZID=Europe/Paris:20251113T200000",
            T("SUMMARY", "Enregistrement podcast « Chiffres & Lettres » - interview Valérie Ngono"),
            org("hello@chiffresetlettres.fm", "Chiffres & Lettres"), att(ME, ME_CN),
            D("Épisode : « Auditrice, un métier de terrain ». Interview de 45 min, micro-casque conseillé.\n\n"
              + zoom("fr", "podcast"))),
        tzs=(TZ_PARIS,))))
    out.append(n("user-research-en", vcal(
        "-//Calendly//Calendly//EN", vevent(
            f"UID:{hexid('ur-pennylo', 8)}-11aa-4bbb-8ccc-{hexid('ur2', 12)}", "DTSTART:20251029T120000Z",
            "DTEND:20251029T124500Z", T("SUMMARY", "User interview: Valérie Ngono and Pennylo Research"),
            org("research@pennylo.com", "Pennylo Research"), att(ME, ME_CN),
            D("Event type: 45 min user interview - expense tools for auditors\nThank you for helping us improve "
              "Pennylo! You will receive a 50 € gift card after the session.\n\n" + meet("en", "pennylo"))),
        method="REQUEST")))

    # personal appointments
    u = f"doctolib-{hexid('dr', 20)}@doctolib.fr"
    out.append(n("doctor-fr", vcal(
        "-//Doctolib//Doctolib//FR", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251008T083000", "DTEND;TZID=Europe/Paris:20251008T084500",
            T("SUMMARY", "RDV Dr Anne Lemoine - Médecin généraliste"),
            T("LOCATION", "12 rue Solférino, 59000 Lille"),
            D("Consultation de suivi. Pensez à votre carte Vitale.\nGérer mon rendez-vous : https://www.doctolib.fr"
              "/account/appointments")), method="PUBLISH", tzs=(TZ_PARIS,))))
    out.append(n("bank-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Rendez-vous avec votre conseillère - Banque des Flandres"),
            "DTSTART;TZID=Romance Standard Time:20251025T100000", "DTEND;TZID=Romance Standard Time:20251025T110000",
            org("c.lenoir@banquedesflandres.fr", "Lenoir, Camille"), att(ME, ME_CN),
            D("Madame Ngono,\nje vous confirme notre entretien en agence pour votre projet de prêt immobilier. "
              "Merci d'apporter vos 3 derniers bulletins de salaire et avis d'imposition.\nCamille Lenoir, "
              "conseillère clientèle"),
            T("LOCATION", "Agence Lille Vauban"), f"UID:{outlook_uid('bank')}", "SEQUENCE:0"),
        tzs=(TZ_ROMANCE,))))
    out.append(n("creche-fr", mine(
        "creche", "Entretien d'inscription crèche Les P'tits Loups (Noah)", "20251007T171500", "20251007T180000",
        "avec la directrice - apporter carnet de santé + justificatif CAF", "Crèche Les P'tits Loups, Lille-Fives")))
    out.append(n("pmi-fr", mine(
        "pmi", "Visite PMI Noah (vaccins)", "20251120T090000", "20251120T093000", loc="Centre PMI Fives")))
    u = f"{hexid('vfs', 22)}@vfsglobal.com"
    out.append(n("visa-en", vcal(
        "-//VFS Global//Appointment//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251011T094500", "DTEND;TZID=Europe/Paris:20251011T101500",
            T("SUMMARY", "UK Visa Application Centre - biometrics appointment"),
            T("LOCATION", "VFS Global, Paris"),
            D("Reference: GBPA/" + hexid("ref", 8, upper=True) + "\nPlease arrive 15 minutes early with your "
              "passport and appointment letter. Interview not required for this category.")),
        method="PUBLISH", tzs=(TZ_PARIS,))))
    out.append(n("notary-fr", mine(
        "notaire", "Notaire - signature compromis appartement", "20251205T170000", "20251205T180000",
        "Me Dubrulle, avec Thomas", "Étude Dubrulle, rue Esquermoise", prod=P_APPLE)))

    # internal work: missions, inventaire, revue, closing, audit interviews
    out.append(n("work-kickoff-fr", work(
        "kickoff", "Lancement mission - Brasseries Ducasse (CAC 2025)", "20251006T093000", "20251006T110000",
        manager, "Réunion de lancement avec l'équipe : planning intérim, répartition des cycles, accès au "
        "data room.")))
    out.append(n("work-inventaire-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Inventaire physique - entrepôt Houplines (client Texnord)"),
            "DTSTART;VALUE=DATE:20251231", "DTEND;VALUE=DATE:20260101", manager, att(WORK, "Ngono, Valérie"),
            D("Observation de l'inventaire de fin d'année. Chaussures de sécurité, gilet. Départ 6h30 du cabinet."),
            f"UID:{outlook_uid('inventaire')}", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
            "X-MICROSOFT-CDO-BUSYSTATUS:OOF"), tzs=(TZ_ROMANCE,))))
    out.append(n("work-revue-fr", work(
        "revue", "Revue dossier avec l'associé - Nordica SAS (points ouverts)", "20251127T140000",
        "20251127T153000", manager, "Revue du dossier de travail : points ouverts stocks et provisions, "
        "projet de rapport.")))
    out.append(n("work-closing-fr", work(
        "closing", "Closing - réunion de synthèse client Verdon SA", "20260115T100000", "20260115T120000",
        manager, "Présentation de la synthèse d'audit au DAF et au DG de Verdon SA, ajustements proposés, "
        "lettre d'affirmation.")))
    out.append(n("audit-interview-fr", work(
        "entretien-daf", "Entretien DAF - compréhension du contrôle interne (mission Verdon SA)",
        "20251015T100000", "20251015T113000", org(WORK, "Ngono, Valérie"),
        "Entretien avec le DAF de Verdon SA (M. Poulain) : processus de clôture, délégations de pouvoirs, "
        "contrôles clés. Prendre le questionnaire CI.", att("j.poulain@verdon-sa.fr", "Poulain, Jacques"))))
    out.append(n("audit-interview-en", work(
        "walkthrough", "Interview - purchasing process walkthrough (Head of Procurement)", "20251021T140000",
        "20251021T150000", org(WORK, "Ngono, Valérie"),
        "Walkthrough of the P2P cycle with the client's Head of Procurement (Brussels subsidiary). Documents "
        "to request: PO samples, vendor master changes log.\n\n" + teams("en", "walk"),
        att("procurement.head@nordica-group.be", "Claes, Marieke"))))
    out.append(n("audit-interview-de", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Interview Werkleiter - Prozessaufnahme Einkauf (Prüfung Krollmann GmbH)"),
            "DTSTART;TZID=Europe/Berlin:20251112T100000", "DTEND;TZID=Europe/Berlin:20251112T113000",
            org("t.krause@krollmann.de", "Krause, Tobias"), att(WORK, "Ngono, Valérie"),
            D("Sehr geehrte Frau Ngono,\nwie besprochen stehe ich Ihnen für die Prozessaufnahme Einkauf im Rahmen "
              "der Konzernabschlussprüfung zur Verfügung.\nMit freundlichen Grüßen\nTobias Krause, Werkleiter\n\n"
              + teams("de", "krollmann")),
            f"UID:{outlook_uid('krollmann')}", "SEQUENCE:0"), tzs=(TZ_BERLIN,))))

    # own appraisal, exit interview
    out.append(n("own-appraisal-fr", work(
        "eae", "Entretien annuel d'évaluation - Valérie Ngono", "20251204T140000", "20251204T153000", manager,
        "Entretien annuel d'évaluation 2025 : bilan des objectifs, souhaits d'évolution, formation. Merci de "
        "remplir votre auto-évaluation dans l'outil RH avant le 1er décembre.")))
    out.append(n("own-exit-interview-fr", work(
        "exit", "Entretien de départ - Valérie Ngono", "20260122T110000", "20260122T114500",
        org("rh@cabinet-nordaudit.fr", "RH NordAudit"),
        "Entretien de sortie avec les RH : retour d'expérience, restitution du matériel, solde de tout compte.")))

    # informational chat, fairs, reference, recruiter with no employer, prep blocks
    u = f"{hexid('cafe-romain', 26)}@google.com"
    out.append(n("coffee-chat-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251008T083000", "DTEND;TZID=Europe/Paris:20251008T091500",
            org("romain.delattre59@gmail.com", "Romain Delattre"), f"UID:{u}", att(ME, ME_CN, google=True),
            T("SUMMARY", "Café Valérie / Romain"),
            D("Café informel, je te raconte mon poste de DAF adjoint chez Railtech et comment ça se passe côté "
              "industrie. Pas un entretien hein :)"), T("LOCATION", "Méert, rue Esquermoise")),
        tzs=(TZ_PARIS,))))
    out.append(n("job-fair-visitor-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;VALUE=DATE:20251016", "DTEND;VALUE=DATE:20251017", f"UID:{hexid('salon', 26)}@google.com",
            T("SUMMARY", "Salon Finance & Gestion Lille Grand Palais (visiteur)"),
            D("Apporter 10 CV. Stands à voir : industriels, grande distribution."), "TRANSP:TRANSPARENT"),
        method="PUBLISH", head=("X-WR-TIMEZONE:Europe/Paris",))))
    out.append(n("reference-call-referee-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Prise de références - Julie Marchand"),
            "DTSTART;TZID=Romance Standard Time:20251029T123000", "DTEND;TZID=Romance Standard Time:20251029T124500",
            org("a.riviere@altair-recrutement.fr", "Rivière, Aurélien"), att(WORK, "Ngono, Valérie"),
            D("Bonjour Madame Ngono,\nJulie Marchand vous a citée comme référente (elle a travaillé sous votre "
              "responsabilité en 2023-2024). Je vous appellerai pour un échange de 15 minutes.\nAurélien Rivière, "
              "Altaïr Recrutement"), f"UID:{outlook_uid('ref')}", "SEQUENCE:0"), tzs=(TZ_ROMANCE,))))
    out.append(n("recruiter-no-employer-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251013T180000", "DTEND;TZID=Europe/Paris:20251013T183000",
            org("contact@talentsfinance-nord.fr", "Talents Finance Nord"), f"UID:{hexid('tfn', 26)}@google.com",
            att(ME, ME_CN, google=True), T("SUMMARY", "Échange carrière - Talents Finance Nord"),
            D("Premier échange sur votre parcours et vos attentes. Nous avons plusieurs mandats confidentiels "
              "(industrie, distribution) dont nous pourrons parler ensuite.")), tzs=(TZ_PARIS,))))
    out.append(n("prep-block-fr", mine(
        "prep-helvane", "Préparer entretien Helvane", "20251014T200000", "20251014T213000",
        "revoir rapport annuel 2024, marges par canal, questions pour Laure", prod=P_APPLE)))
    out.append(n("prep-block-en", vcal(
        P_TB, vevent(
            f"UID:{hexid('prep-lumaya', 8)}-0000-4aaa-9bbb-{hexid('prep2', 12)}",
            "DTSTART;TZID=Europe/Paris:20251117T193000", "DTEND;TZID=Europe/Paris:20251117T210000",
            T("SUMMARY", "Prep: Lumaya case study (unit economics, Benelux VAT)"), "X-MOZ-GENERATION:1"),
        method=None, tzs=(TZ_PARIS,))))
    out.append(n("thank-you-todo-fr", mine(
        "merci-norvea", "Envoyer mail de remerciement à Hugo (Norvéa)", "20251016T083000", "20251016T084500")))
    out.append(n("work-midpoint-fr", work(
        "midpoint", "Point mi-parcours mission intérim - Brasseries Ducasse", "20251105T090000", "20251105T100000",
        manager, "Avancement des travaux par cycle, budget d'heures, points à remonter au client.")))
    out.append(n("recruiter-no-employer-en", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Quick call - Valérie / Ashdown Partners"),
            "DTSTART;TZID=Romance Standard Time:20251112T123000", "DTEND;TZID=Romance Standard Time:20251112T130000",
            org("oliver.grant@ashdownpartners.co.uk", "Grant, Oliver"), att(ME, ME_CN),
            D("Hi Valérie,\nThanks for accepting my LinkedIn invite. I would love to understand your background "
              "and what you are looking for next; I am working on a few finance searches in Paris and Brussels "
              "that I cannot name yet.\nOliver"), f"UID:{outlook_uid('ashdown')}", "SEQUENCE:0"),
        tzs=(TZ_ROMANCE,))))
    return out
