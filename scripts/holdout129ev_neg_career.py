"""holdout129 negatives around the job search and work: mock interviews, webinars, fairs, press, appraisal …"""

from __future__ import annotations

from holdout129ev_ics import (
    APPLE,
    EXCHANGE,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    TZ_BRUSSELS,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    tz_windows,
    zoom_en,
    zoom_fr,
)

TML = "transports-meuse-liege.be"


def neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "forem-atelier-simulation-2026-02-10-lg@forem.be"
    out.append(neg("forem-mock-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260203T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260210T093000", "DTEND;TZID=Europe/Brussels:20260210T123000",
        "SUMMARY:Atelier FOREM : simulation d'entretien d'embauche",
        org("atelier.liege@forem.be", "Le Forem – Atelier recherche d'emploi"),
        att(ME_FREE, "Gauthier Lambotte"),
        "LOCATION:Le Forem\\, Rue Natalis 2\\, 4020 Liège – salle 3",
        desc("Atelier collectif : préparer et simuler un entretien d'embauche (jeux de rôle filmés\\, retour "
             "du conseiller). Apportez une offre d'emploi qui vous intéresse."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "mock-forem-fr"))

    uid = "4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com"
    out.append(neg("mock-friend-en", cal([
        "DTSTART;TZID=Europe/Brussels:20260208T180000", "DTEND;TZID=Europe/Brussels:20260208T190000",
        "DTSTAMP:20260205T200000Z", f"UID:{uid}",
        org("sarah.kinnaird@gmail.com", "Sarah Kinnaird"),
        att(ME_FREE, "Gauthier Lambotte"),
        "SUMMARY:Mock interview practice (English) - Scheldt prep",
        desc("As promised: I play the hiring manager\\, you answer in English. Bring your 'tell me about "
             "yourself'! Sarah\n\n" + meet("mck-prac-eng", "en")),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, "mock-friend-en"))

    uid = "webinar-8822917@zoom.us"
    out.append(neg("webinar-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260209T100000Z",
        "DTSTART:20260212T113000Z", "DTEND:20260212T123000Z",
        "SUMMARY:Webinaire : Réussir son entretien d'embauche dans le transport et la logistique",
        org("no-reply@zoom.us", "Logistics in Wallonia"),
        att(ME_FREE, "Gauthier Lambotte"),
        desc("Merci pour votre inscription au webinaire.\n\n" + zoom_fr("Logistics in Wallonia",
             "https://us02web.zoom.us/w/88229170012", "882 2917 0012", "LIW26")),
    ], prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST"), uid, "webinar-interview-tips-fr"))

    uid = "salon-emploi-logistique-2026@liegeexpo.be"
    out.append(neg("job-fair-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260210T080000Z",
        "DTSTART;VALUE=DATE:20260314", "DTEND;VALUE=DATE:20260315",
        "SUMMARY:Salon de l'emploi Transport & Logistique – Liège Expo",
        "LOCATION:Liège Expo\\, Avenue Maurice Destenay\\, Liège",
        "DESCRIPTION:60 exposants (transporteurs\\, 3PL\\, aéroport\\, port). Entrée gratuite. Apporter 20 CV.",
        "TRANSP:TRANSPARENT",
    ], head=["X-WR-TIMEZONE:Europe/Brussels"]), uid, "job-fair-fr"))

    uid = "forem-rdv-conseiller-20260217@forem.be"
    out.append(neg("forem-rdv-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260211T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260217T140000", "DTEND;TZID=Europe/Brussels:20260217T143000",
        "SUMMARY:RDV conseiller Forem (suivi recherche d'emploi)",
        "LOCATION:Forem Liège",
        "DESCRIPTION:prendre liste des candidatures envoyées",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "public-employment-service-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000FF00EE11DD22DC0100000000000000001000000033445566EE77"
    out.append(neg("own-appraisal-fr", cal([
        org(f"p.stassen@{TML}", "Stassen, Paul"),
        att(ME_WORK, "Lambotte, Gauthier"),
        desc("Gauthier\\,\n\nComme chaque année\\, voici notre entretien de fonctionnement. Merci de remplir "
             "l'auto-évaluation avant (objectifs 2025\\, formation\\, souhaits d'évolution).\n\nPaul\n"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien de fonctionnement annuel – G. Lambotte",
        "DTSTART;TZID=Romance Standard Time:20260219T100000",
        "DTEND;TZID=Romance Standard Time:20260219T113000",
        f"UID:{uid}", "DTSTAMP:20260212T100000Z",
        "LOCATION;LANGUAGE=fr-BE:Bureau direction",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, "own-appraisal-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000123456789ABCDC01000000000000000010000000DEADBEEF0001"
    out.append(neg("exit-interview-fr", cal([
        org(f"rh@{TML}", "Hardy, Nadine"),
        att(ME_WORK, "Lambotte, Gauthier"),
        desc("Bonjour Gauthier\\,\n\nAvant ton départ\\, je te propose un entretien de sortie (30 min) : ce qui "
             "t'a plu\\, ce qu'on peut améliorer\\, remise du badge\\, de la carte carburant et du GSM.\n\nNadine\n"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien de sortie – Gauthier",
        "DTSTART;TZID=Romance Standard Time:20260430T150000",
        "DTEND;TZID=Romance Standard Time:20260430T153000",
        f"UID:{uid}", "DTSTAMP:20260415T090000Z",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, "own-exit-interview-fr"))

    uid = "debrief-accident-1XKB442@" + TML
    out.append(neg("accident-debrief-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260206T070000Z",
        "DTSTART;TZID=Europe/Brussels:20260206T160000", "DTEND;TZID=Europe/Brussels:20260206T163000",
        "SUMMARY:Débriefing accident – chauffeur J. Lemaire (1-XKB-442\\, E40 Battice)",
        org(ME_WORK, "Gauthier Lambotte"),
        att("j.lemaire.chauffeur@" + TML, "Jordan Lemaire"),
        att(f"securite@{TML}", "Conseiller prévention"),
        "DESCRIPTION:constat amiable\\, photos\\, données tachy\\, déclaration assurance. entretien avec le chauffeur.",
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "accident-debrief-driver-fr"))

    uid = "reu-chauffeurs-mensuelle@" + TML
    out.append(neg("reu-chauffeurs-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260101T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260207T073000", "DTEND;TZID=Europe/Brussels:20260207T083000",
        "RRULE:FREQ=MONTHLY;BYDAY=1SA",
        "SUMMARY:réu chauffeurs",
        "LOCATION:dépôt – réfectoire",
        "DESCRIPTION:sécurité\\, tachy (infractions du mois)\\, planning congés",
    ], prodid=OUTLOOK, tz=TZ_BRUSSELS), uid, "internal-drivers-meeting-fr"))

    uid = "plan-semaine@" + TML
    out.append(neg("plan-semaine-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260101T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260206T140000", "DTEND;TZID=Europe/Brussels:20260206T160000",
        "RRULE:FREQ=WEEKLY;BYDAY=FR",
        "SUMMARY:plan. semaine",
        "DESCRIPTION:tournées S+1\\, sous-traitants\\, GSM astreinte",
    ], prodid=OUTLOOK, tz=TZ_BRUSSELS), uid, "internal-planning-fr"))

    uid = "tachy-lecture-20260209@" + TML
    out.append(neg("tachy-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260203T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260209T080000", "DTEND;TZID=Europe/Brussels:20260209T093000",
        "SUMMARY:tachy – téléchargement cartes + masse (28 j)",
    ], prodid=OUTLOOK, tz=TZ_BRUSSELS), uid, "internal-tachograph-fr"))

    uid = "journaliste-lesoir-20260216@gmail.com"
    out.append(neg("press-interview-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260211T110000Z",
        "DTSTART;TZID=Europe/Brussels:20260216T121500", "DTEND;TZID=Europe/Brussels:20260216T130000",
        "SUMMARY:Interview presse – pénurie de chauffeurs poids lourds (Le Quotidien de Liège)",
        org("a.gerkens.journaliste@gmail.com", "Aline Gerkens"),
        att(ME_WORK, "Gauthier Lambotte"),
        "LOCATION:dépôt Monsin",
        desc("Bonjour\\, merci d'accepter de répondre à mes questions pour notre dossier sur la pénurie de "
             "chauffeurs. Un photographe m'accompagnera. Aline Gerkens\\, journaliste"),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, "press-interview-fr"))

    uid = "ux-research-truckflow-441@truckflow.io"
    out.append(neg("user-research-en", cal([
        f"UID:{uid}", "DTSTAMP:20260218T090000Z",
        "DTSTART:20260223T120000Z", "DTEND:20260223T124500Z",
        "SUMMARY:User interview - TruckFlow planning board (research session)",
        org("research@truckflow.io", "TruckFlow Research"),
        att(ME_FREE, "Gauthier Lambotte"),
        desc("Thanks for signing up for a 45-minute research interview about how dispatchers plan routes. "
             "We'll ask you to share your screen. You'll receive a EUR 50 voucher.\n\n"
             + zoom_en("TruckFlow Research", "https://truckflow.zoom.us/j/81120044512", "811 2004 4512", "tfr")),
    ], prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST"), uid, "user-research-en"))

    uid = "podcast-route-logistique-ep41"
    out.append(neg("podcast-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260301T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260307T100000", "DTEND;TZID=Europe/Brussels:20260307T113000",
        "SUMMARY:Enregistrement podcast « Route & Logistique » – interview dispatcher",
        org("hello@routeetlogistique.be", "Route & Logistique (podcast)"),
        att(ME_FREE, "Gauthier Lambotte"),
        "LOCATION:Studio Le Lavoir\\, Rue Pierreuse 40\\, Liège",
        desc("Épisode 41 : le métier de dispatcher vu de l'intérieur. On t'interviewe 45 min\\, montage ensuite."),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, "podcast-interview-fr"))

    uid = "5e7g9i1k3m5o7q9s1u3w5y7a9c@google.com"
    out.append(neg("coffee-chat-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260214T100000", "DTEND;TZID=Europe/Brussels:20260214T110000",
        "DTSTAMP:20260210T200000Z", f"UID:{uid}",
        org("julien.bastin77@gmail.com", "Julien Bastin"),
        att(ME_FREE, "Gauthier Lambotte"),
        "SUMMARY:Café Gauthier / Julien",
        "LOCATION:Brasserie Sauvenière\\, Liège",
        desc("On se fait un café : je te raconte comment ça se passe chez Scheldt Forwarding depuis que j'y "
             "suis\\, et je te donne les noms des gens à contacter. Pas un entretien\\, juste entre nous ;)"),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, "coffee-chat-names-company-fr"))

    uid = "ref-gilson-delvaux-20260220"
    out.append(neg("referee-call-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260218T140000Z",
        "DTSTART;TZID=Europe/Brussels:20260220T090000", "DTEND;TZID=Europe/Brussels:20260220T091500",
        "SUMMARY:Appel de référence pour Marc Gilson (candidat chez Transports Delvaux)",
        org("rh@transports-delvaux.be", "RH Transports Delvaux"),
        att(ME_WORK, "Gauthier Lambotte"),
        desc("Bonjour Monsieur Lambotte\\, Marc Gilson vous a cité comme référence (ancien chauffeur sous "
             "votre responsabilité). Nous vous appellerons 10 minutes."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "reference-call-user-referee-fr"))

    uid = "recruiter-confidential-20260226"
    out.append(neg("recruiter-no-employer-en", cal([
        f"UID:{uid}", "DTSTAMP:20260223T100000Z",
        "DTSTART:20260226T170000Z", "DTEND:20260226T173000Z",
        "SUMMARY:Intro call - confidential Transport Manager opportunity (Liège area)",
        org("m.doyen@northgate-search.com", "Mathilde Doyen"),
        att(ME_FREE, "Gauthier Lambotte"),
        desc("Hi Gauthier\\, thanks for connecting. I'd like to tell you about a confidential search for a "
             "Transport Manager (my client prefers not to be named at this stage) and understand what you are "
             "looking for. Mathilde - Northgate Search"),
    ], prodid=OUTLOOK, method="REQUEST"), uid, "recruiter-call-no-employer-en"))

    uid = "recruiter-call-agence-20260311"
    out.append(neg("recruiter-no-employer-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260309T100000Z",
        "DTSTART;TZID=Europe/Brussels:20260311T123000", "DTEND;TZID=Europe/Brussels:20260311T130000",
        "SUMMARY:Appel Logistaff – point sur ta recherche / offres en cours",
        org("c.mahieu@logistaff.be", "Caroline Mahieu – Logistaff Interim"),
        att(ME_FREE, "Gauthier Lambotte"),
        desc("On fait le point sur tes candidatures et je te parle de deux ou trois postes de dispatcher que "
             "j'ai en portefeuille."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "recruiter-call-no-employer-fr"))

    uid = "6F8A0B2C-4D6E-4F8A-9B0C-2D4E6F8A0B1C"
    out.append(neg("prep-block-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260224T200000Z",
        "DTSTART;TZID=Europe/Brussels:20260225T190000", "DTEND;TZID=Europe/Brussels:20260225T210000",
        "SUMMARY:préparer entretien final Scheldt (chiffres flotte\\, KPI\\, questions)",
        "DESCRIPTION:relire annonce\\, préparer exemples (grève\\, neige 2021\\, nouveau TMS). anglais !",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "prep-block-fr"))

    uid = "zoll-webinar-atlas-20260305@zoll-akademie.de"
    out.append(neg("webinar-de", cal([
        f"UID:{uid}", "DTSTAMP:20260226T080000Z",
        "DTSTART;TZID=Europe/Berlin:20260305T100000", "DTEND;TZID=Europe/Berlin:20260305T120000",
        "SUMMARY:Webinar: Versandverfahren NCTS Phase 5 für Speditionen",
        org("seminare@zoll-akademie.de", "Zoll-Akademie Rheinland"),
        att(ME_FREE, "Gauthier Lambotte"),
        desc("Vielen Dank für Ihre Anmeldung. Den Zugangslink erhalten Sie am Vortag."),
    ], method="REQUEST", tz=[x.replace("Europe/Brussels", "Europe/Berlin") for x in TZ_BRUSSELS]), uid,
        "webinar-customs-de"))

    uid = "clase-espanol-entrevista-0318"
    out.append(neg("spanish-class-es", cal([
        f"UID:{uid}", "DTSTAMP:20260310T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260318T183000", "DTEND;TZID=Europe/Brussels:20260318T200000",
        "SUMMARY:Clase de español B1 – la entrevista de trabajo (vocabulario y simulación)",
        "LOCATION:Promotion sociale Liège\\, salle 12",
        "DESCRIPTION:Tema 7: preparar una entrevista de trabajo. Traer el CV en español.",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "language-class-interview-topic-es"))

    return out
