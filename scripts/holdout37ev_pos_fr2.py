"""holdout37: more of the user's own interviews in French (schedulers, founders, recurring, cancelled)."""

from __future__ import annotations

from holdout37ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME,
    ME_W,
    OUTLOOK,
    OUTLOOK365,
    Event,
    att,
    calendar,
    meet,
    org,
    teams_fr,
    txt,
    vevent,
    zoom,
)
from holdout37ev_pos_fr import EST, ROM, ev


def events() -> list[Event]:
    out: list[Event] = []

    u = "lever-3c9a1e7f-interview-etienne"
    d = ("Bonjour Étienne,\n\nVotre entrevue avec Orbite Paiements est confirmée.\n\nPoste : Ingénieur(e) "
         "plateforme (SRE) — Montréal / hybride\nÉtape : Entrevue technique — Infrastructure as Code\n"
         "Intervieweurs : Farid Benali, Émilie Caron\n\nLien : https://orbitepay.zoom.us/j/93310022871\n\n"
         "Powered by Lever")
    out.append(Event("lever-tech", "fr", calendar("-//Lever//Lever Hire//EN", [ev(
        u, "20261207T143000Z", "20261207T153000Z", "", "Entrevue : Orbite Paiements — Étienne Gagnon", d,
        "https://orbitepay.zoom.us/j/93310022871",
        (org("interviews@hire.lever.co", "Orbite Paiements"), att("farid.benali@orbitepay.com", "Farid Benali"),
         att("emilie.caron@orbitepay.com", "Émilie Caron"), att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, True, "Orbite Paiements", "Ingénieur(e) plateforme (SRE)", "technical",
        ("farid.benali@orbitepay.com", "emilie.caron@orbitepay.com")))

    u = "goodtime-5512-aa90-7c1d"
    d = ("Étienne, votre entrevue avec le gestionnaire d'embauche est confirmée.\n\nEntreprise : Banque Laurentia "
         "Numérique (BLN)\nPoste : Ingénieur principal, fiabilité\nAvec : Dominique Vachon, VP Infrastructure\n\n"
         "Rejoindre Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qk9PTQ\n\nCette invitation a été "
         "planifiée par GoodTime au nom de l'équipe Talent de BLN. Coordonnatrice : Sarah Messier.")
    out.append(Event("goodtime-hm", "fr", calendar("-//GoodTime.io//Scheduling//EN", [ev(
        u, "20261215T180000Z", "20261215T184500Z", "", "Entrevue – Ingénieur principal, fiabilité (BLN)", d,
        "Microsoft Teams",
        (org("scheduling@goodtime.io", "Sarah Messier (BLN)"), att("dvachon@bln.ca", "Dominique Vachon"),
         att("smessier@bln.ca", "Sarah Messier", role="NON-PARTICIPANT"), att(ME, "Étienne Gagnon")))],
        method="REQUEST"),
        u, True, "Banque Laurentia Numérique", "Ingénieur principal, fiabilité", "hiring_manager",
        ("dvachon@bln.ca",)))

    u = "0v1g4r8lm2kcq9f3@google.com"
    d = ("Salut Étienne, merci d'avoir répondu à mon message LinkedIn. On est 6, on fait de l'IoT pour les "
         "fermes laitières et je cherche quelqu'un pour monter toute notre infra. Appel de 45 min pour voir si ça "
         "clique?\n\nMathieu\n\n" + meet("sdo-pqxe-iha", "fr"))
    out.append(Event("founder-gmail", "fr", calendar(GOOGLE, [ev(
        u, "20261129T153000", "20261129T161500", "America/Toronto", "Mathieu (Laitech) <> Étienne", d,
        "https://meet.google.com/sdo-pqxe-iha",
        (org("mathieu.ferland.laitech@gmail.com", "Mathieu Ferland"),
         att("mathieu.ferland.laitech@gmail.com", "Mathieu Ferland", partstat="ACCEPTED"), att(ME, rsvp="TRUE")))],
        method="REQUEST", tzs=("America/Toronto",)),
        u, True, "Laitech", "", "hiring_manager", ("mathieu.ferland.laitech@gmail.com",)))

    u = "040000008200E00074C5B7101A82E008000000006021C8D0A1DBDA0100000000000000001000000099AABBCCDDEEFF00"
    d = ("Bonjour Étienne,\n\nNous devons malheureusement annuler l'entrevue de jeudi : le poste de Technicien(ne) "
         "DevOps est mis en attente jusqu'en janvier. Nous vous réécrirons.\n\nMélanie Drouin, RH – Hydrolux")
    out.append(Event("outlook-cancelled", "fr", calendar(OUTLOOK365, [ev(
        u, "20261203T140000", "20261203T150000", EST, "Annulé : Entrevue - Technicien(ne) DevOps - Hydrolux", d,
        "Salle Manicouagan",
        (org("mdrouin@hydrolux.qc.ca", "Drouin, Mélanie"), att(ME, "Étienne Gagnon")),
        stamp="20261201T130500Z", extra=("STATUS:CANCELLED", "SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"))],
        method="CANCEL", tzs=(EST,)),
        u, True, "Hydrolux", "Technicien(ne) DevOps", "", ("mdrouin@hydrolux.qc.ca",), "cancelled"))

    u = "essai-remunere-quantik-2026@quantik.ca"
    base = ev(u, "20261214T090000", "20261214T120000", "America/Toronto",
              "Journée d'essai rémunérée — Quantik (poste SRE)",
              "Deux demi-journées d'essai payées avec l'équipe Plateforme. Encadrement : Alexandre Poirier. "
              "On te donne un accès temporaire au dépôt le matin même.", "Quantik, 5605 av. de Gaspé, Montréal",
              (org("alexandre.poirier@quantik.ca", "Alexandre Poirier"), att(ME, "Étienne Gagnon")),
              extra=("RRULE:FREQ=DAILY;COUNT=2", "SEQUENCE:0"))
    over = ev(u, "20261216T130000", "20261216T160000", "America/Toronto",
              "Journée d'essai rémunérée — Quantik (poste SRE) — après-midi",
              "Deuxième demi-journée déplacée en après-midi (mise en production le 15).",
              "Quantik, 5605 av. de Gaspé, Montréal",
              (org("alexandre.poirier@quantik.ca", "Alexandre Poirier"), att(ME, "Étienne Gagnon")),
              extra=("RECURRENCE-ID;TZID=America/Toronto:20261215T090000", "SEQUENCE:1"))
    out.append(Event("recurring-trial", "fr", calendar(GOOGLE, [base, over], method="REQUEST",
                                                        tzs=("America/Toronto",)),
        u, True, "Quantik", "SRE", "onsite", ("alexandre.poirier@quantik.ca",), "recurring_override"))

    u = "5B0E2C9A-1D44-4F70-A1B3-6C2D8E9F0A11"
    out.append(Event("allday-handtyped", "fr", calendar(APPLE, [vevent([
        f"UID:{u}", "DTSTAMP:20261120T021500Z", "DTSTART;VALUE=DATE:20261217", "DTEND;VALUE=DATE:20261218",
        txt("SUMMARY", "Québec — journée d'entrevues Capitale Assurtech (final)"),
        txt("DESCRIPTION", "train 6h25 gare centrale. 4 entrevues + dîner avec l'équipe. Poste: Ingénieur DevOps"),
        "TRANSP:TRANSPARENT"])], calprops=("CALSCALE:GREGORIAN",)),
        u, True, "Capitale Assurtech", "Ingénieur DevOps", "final", (), "all_day"))

    u = "FW-0400000082-assurtech-eg-20261218"
    d = ("(copie personnelle pour bloquer mon agenda du bureau – rdv chez le dentiste officiellement)\n\n"
         "-----Message d'origine-----\nDe : Kim Pelletier <kim.pelletier@vireo-cloud.com>\n"
         "Objet : Entrevue - Analyste fiabilité (SRE) - Viréo Cloud\n\n"
         "Bonjour Étienne, nous confirmons votre entrevue technique avec Kim Pelletier et Hugo Lemieux.")
    out.append(Event("forwarded-to-work", "fr", calendar(OUTLOOK, [ev(
        u, "20261218T083000", "20261218T093000", EST, "TR: Entrevue - Analyste fiabilité (SRE) - Viréo Cloud", d,
        "Viréo Cloud, 1 Place Ville Marie",
        (org(ME_W, "Gagnon, Étienne"), att("etienne.gagnon@videotron.ca", "Étienne Gagnon")),
        extra=("CLASS:PRIVATE", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"))], method="REQUEST", tzs=(EST,)),
        u, True, "Viréo Cloud", "Analyste fiabilité (SRE)", "technical", (), "private_copy"))

    u = "caf3-r2-20261201@nuageflux.com"
    d = ("Étienne — comme promis, le 2e tour est plus informel : un café avec Josiane (directrice SRE) qui "
         "prendra la décision finale pour le poste. Elle adore parler d'astreinte et de postmortems sans blâme.\n\n"
         "Benoît, acquisition de talents, NuageFlux")
    out.append(Event("coffee-round2", "fr", calendar(OUTLOOK365, [ev(
        u, "20261201T083000", "20261201T091500", EST, "Café avec Josiane – 2e tour", d,
        "Café Myriade, rue Mackay",
        (org("benoit.lacasse@nuageflux.com", "Lacasse, Benoît"), att("josiane.dupuis@nuageflux.com", "Dupuis, Josiane"),
         att(ME, "Étienne Gagnon")))], method="REQUEST", tzs=(EST,)),
        u, True, "NuageFlux", "", "hiring_manager", ("josiane.dupuis@nuageflux.com",), "coffee_is_interview"))

    u = "export-x-wr-20261202-kodiak@google.com"
    out.append(Event("google-export-xwr", "fr", calendar(GOOGLE, [vevent([
        "DTSTART:20261202T200000Z", "DTEND:20261202T210000Z", "DTSTAMP:20261122T120000Z",
        org("yan.cormier@kodiakgames.com", "Yan Cormier"), f"UID:{u}",
        att("yan.cormier@kodiakgames.com", "Yan Cormier", partstat="ACCEPTED"),
        att("laurence.ho@kodiakgames.com", "Laurence Ho", partstat="ACCEPTED"),
        att(ME, "etienne.gagnon@videotron.ca", partstat="ACCEPTED"),
        "CREATED:20261121T190000Z",
        txt("DESCRIPTION", "Entrevue technique – Ingénieur DevOps (outils de build)\nOn va regarder ensemble un "
            "pipeline Jenkins → GitHub Actions et parler de Perforce.\n\n" + meet("kda-mnbv-qwe", "fr")),
        "LAST-MODIFIED:20261121T190500Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        txt("SUMMARY", "Kodiak Games – entrevue technique (Étienne Gagnon)"), "TRANSP:OPAQUE"])],
        method="PUBLISH", calprops=("CALSCALE:GREGORIAN", "X-WR-CALNAME:etienne.gagnon@videotron.ca",
                                    "X-WR-TIMEZONE:America/Toronto")),
        u, True, "Kodiak Games", "Ingénieur DevOps (outils de build)", "technical",
        ("yan.cormier@kodiakgames.com", "laurence.ho@kodiakgames.com")))

    u = "ivr-entretien-rh-20261126@groupe-rivoli.fr"
    d = ("Monsieur,\n\nSuite à votre candidature sur Welcome to the Jungle, le service RH de la Banque Rivoli "
         "(Direction des Systèmes d'Information) vous propose un entretien téléphonique de 30 minutes.\n"
         "Poste : Ingénieur DevOps / SRE confirmé (H/F) – Paris La Défense, télétravail partiel\n\n"
         "Bien cordialement,\nAudrey Lemoine\nChargée de recrutement IT – Groupe Banque Rivoli")
    out.append(Event("outlook-paris-screen", "fr", calendar(OUTLOOK365, [ev(
        u, "20261126T170000", "20261126T173000", ROM, "Entretien téléphonique – Ingénieur DevOps / SRE (H/F)", d,
        "Appel sur votre portable",
        (org("audrey.lemoine@groupe-rivoli.fr", "LEMOINE Audrey"), att(ME, "Etienne GAGNON")))],
        method="REQUEST", tzs=(ROM,)),
        u, True, "Banque Rivoli", "Ingénieur DevOps / SRE confirmé (H/F)", "recruiter_screen",
        ("audrey.lemoine@groupe-rivoli.fr",)))

    u = "8D3F7A10-BB21-4E55-8C09-77E1A0C3D2F9"
    out.append(Event("ios-floating", "fr", calendar(IOS, [vevent([
        f"UID:{u}", "DTSTAMP:20261121T003000Z", "DTSTART:20261130T160000", "DTEND:20261130T164500",
        txt("SUMMARY", "Entrevue RH Ville de Gatineau-Nord (Analyste infra cloud)"),
        txt("LOCATION", "Teams (lien dans courriel)"),
        txt("DESCRIPTION", "Mme Beaulieu, conseillère dotation. Questions sur la classe salariale + télétravail."),
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT30M", "DESCRIPTION:Reminder", "END:VALARM"])]),
        u, True, "Ville de Gatineau-Nord", "Analyste infra cloud", "recruiter_screen", (), "floating"))

    u = "zoom-hm-8823114590-eg"
    d = ("Bonjour Étienne,\nJe dirige l'équipe Exploitation chez Logiflotte. Rencontrons-nous pour parler du poste "
         "d'Administrateur(trice) systèmes – orientation SRE.\n\n" + zoom("Stéphane Gervais", "882 3114 5904",
                                                                        "aGVsbG9zcmU", "fr"))
    out.append(Event("zoom-direct-hm", "fr", calendar(
        "-//zoom.us//iCalendar Event//EN", [ev(
            u, "20261202T133000", "20261202T141500", "America/Montreal",
            "Logiflotte – rencontre avec le gestionnaire (Étienne Gagnon)", d, "https://zoom.us/j/88231145904",
            (org("sgervais@logiflotte.com", "Stéphane Gervais"), att(ME, "Étienne Gagnon")))],
        method="REQUEST", tzs=("America/Montreal",)),
        u, True, "Logiflotte", "Administrateur(trice) systèmes – orientation SRE", "hiring_manager",
        ("sgervais@logiflotte.com",)))

    u = "resched-2-technique-eg@cyberboreal.ca"
    d = ("Nouvelle heure, comme demandé. Même lien.\n\n" + teams_fr("291 004 118 77", "YmFzZTY0c3Ry")
         + "\n\nNathalie Boucher – CyberBoréal inc.")
    out.append(Event("outlook-rescheduled", "fr", calendar(OUTLOOK365, [ev(
        u, "20261209T150000", "20261209T160000", EST,
        "Mis à jour : Entrevue technique – Ingénieur DevSecOps – CyberBoréal", d, "Réunion Microsoft Teams",
        (org("nboucher@cyberboreal.ca", "Boucher, Nathalie"), att("pmartel@cyberboreal.ca", "Martel, Pascal"),
         att("nboucher@cyberboreal.ca", "Boucher, Nathalie", partstat="ACCEPTED"), att(ME, "Étienne Gagnon")),
        extra=("SEQUENCE:3",))], method="REQUEST", tzs=(EST,)),
        u, True, "CyberBoréal", "Ingénieur DevSecOps", "technical",
        ("nboucher@cyberboreal.ca", "pmartel@cyberboreal.ca")))

    u = "work-inbox-invite-20261210@ocelot.ai"
    d = ("Bonjour Étienne,\nJ'ai pris l'adresse de votre signature sur LinkedIn, désolée si ce n'est pas la "
         "bonne! Entrevue finale avec notre CEO pour le poste de SRE.\nMarie-Ève Gosselin, Ocelot IA")
    out.append(Event("invite-to-work", "fr", calendar(GOOGLE, [ev(
        u, "20261210T170000Z", "20261210T174500Z", "", "Ocelot IA – entrevue finale avec Rémi (CEO)", d + "\n\n"
        + meet("ocl-aaia-kwx", "fr"), "https://meet.google.com/ocl-aaia-kwx",
        (org("marieeve@ocelot.ai", "Marie-Ève Gosselin"), att("remi@ocelot.ai", "Rémi Lavoie"),
         att(ME_W, "egagnon@assurances-laurentides.ca")))], method="REQUEST"),
        u, True, "Ocelot IA", "SRE", "final", ("remi@ocelot.ai",), "work_address"))
    return out
