"""holdout37: the user's own interviews, French (Quebec and France/Belgium) invites."""

from __future__ import annotations

from holdout37ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    OUTLOOK365,
    Event,
    att,
    calendar,
    meet,
    org,
    tdt,
    teams_fr,
    txt,
    vevent,
    webex,
    zoom,
)

EST = "Eastern Standard Time"
ROM = "Romance Standard Time"


def ev(uid: str, start: str, end: str, tz: str, summary: str, desc: str = "", loc: str = "",
       people: tuple[str, ...] = (), stamp: str = "20261117T151200Z", extra: tuple[str, ...] = ()) -> list[str]:
    lines = [f"UID:{uid}", f"DTSTAMP:{stamp}", tdt("DTSTART", start, tz), tdt("DTEND", end, tz),
             txt("SUMMARY", summary)]
    if desc:
        lines.append(txt("DESCRIPTION", desc))
    if loc:
        lines.append(txt("LOCATION", loc))
    lines.extend(people)
    lines.extend(extra)
    return vevent(lines)


def events() -> list[Event]:
    out: list[Event] = []

    u = "040000008200E00074C5B7101A82E00800000000B0C1D3A4E6F7DA01000000000000000010000000A1B2C3D4E5F60718293A4B5C"
    d = ("Bonjour Étienne,\n\nTel que convenu au téléphone, voici l'invitation pour notre premier échange au sujet du "
         "poste d'Analyste DevOps (affichage 2026-118).\n\n" + teams_fr("263 118 440 912", "ZmQ4NjRiYjAtYTQx")
         + "\n\nAu plaisir,\nGeneviève Lapointe, CRHA\nConseillère principale, acquisition de talents\n"
         "Banque Boréale | Direction Technologies")
    out.append(Event("outlook-screen", "fr", calendar(OUTLOOK, [ev(
        u, "20261124T100000", "20261124T103000", EST, "Entrevue téléphonique - Analyste DevOps - Étienne Gagnon", d,
        "Réunion Microsoft Teams",
        (org("genevieve.lapointe@banqueboreale.ca", "Lapointe, Geneviève"),
         att(ME, "etienne.gagnon@videotron.ca", rsvp="TRUE")),
        extra=("CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"))],
        method="REQUEST", tzs=(EST,)), u, True, "Banque Boréale", "Analyste DevOps", "recruiter_screen",
        ("genevieve.lapointe@banqueboreale.ca",)))

    u = "pixelnord-tech-2026-11-26-eg@pixelnord.com"
    d = ("Salut Étienne!\n\nOn se voit jeudi pour la partie technique. Au programme : un pipeline GitLab CI qui casse, "
         "un peu de Terraform et on jase de ta façon de gérer un incident en prod. Pas besoin de préparer quoi que ce "
         "soit, amène juste ta curiosité.\n\nMarc-Antoine (lead infra) et Sophie (SRE) seront là.\n\n"
         + meet("xqe-ruvd-kop", "fr"))
    out.append(Event("google-technical", "fr", calendar(GOOGLE, [ev(
        u, "20261126T140000", "20261126T153000", "America/Toronto",
        "Entrevue technique – Étienne G. / Studios Pixelnord", d, "https://meet.google.com/xqe-ruvd-kop",
        (org("marcantoine.belanger@pixelnord.com", "Marc-Antoine Bélanger"),
         att("marcantoine.belanger@pixelnord.com", "Marc-Antoine Bélanger", partstat="ACCEPTED"),
         att("sophie.tremblay@pixelnord.com", "Sophie Tremblay", partstat="ACCEPTED"),
         att(ME, "Étienne Gagnon", rsvp="TRUE")),
        extra=("SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"))],
        method="REQUEST", tzs=("America/Toronto",)), u, True, "Studios Pixelnord", "", "technical",
        ("marcantoine.belanger@pixelnord.com", "sophie.tremblay@pixelnord.com")))

    u = "3f1c9e0a-6b2d-4a55-9d1e-jobillico-88412"
    d = ("Confirmation de rendez-vous\n\nEmployeur : Coopérative financière Horizon\nPoste : Spécialiste fiabilité des "
         "systèmes (SRE)\nType : Entrevue avec le gestionnaire\nDurée : 45 minutes\n\nVotre interlocuteur : "
         "Luc Fortin, directeur Exploitation TI\n\nPour modifier ce rendez-vous, connectez-vous à votre compte "
         "Jobillico.\nCe courriel a été envoyé automatiquement, merci de ne pas y répondre.")
    out.append(Event("jobillico-hm", "fr", calendar("-//Jobillico//Rendez-vous 2.3//FR", [ev(
        u, "20261201T133000", "20261201T141500", "America/Montreal",
        "Entrevue – Spécialiste fiabilité des systèmes (SRE) – Coopérative financière Horizon", d,
        "1250 rue Sherbrooke Ouest, 9e étage, Montréal",
        (org("rendezvous@jobillico.com", "Jobillico"), att("lfortin@cfhorizon.coop", "Luc Fortin"),
         att(ME, "Étienne Gagnon")))], method="REQUEST", tzs=("America/Montreal",)),
        u, True, "Coopérative financière Horizon", "Spécialiste fiabilité des systèmes (SRE)", "hiring_manager",
        ("lfortin@cfhorizon.coop",)))

    u = "20261119T193045Z-41207@apple-icloud-etienne"
    out.append(Event("apple-handtyped", "fr", calendar(IOS, [ev(
        u, "20261203T090000", "20261203T100000", "America/Toronto", "Entrevue STSL (2e tour) - poste DevOps",
        "Salle 4.12, demander Josée à l'accueil. Apporter CV imprimé.",
        "Société de transport de Saint-Laurent\n800 boul. de la Gare, Laval QC",
        extra=("SEQUENCE:0", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"))],
        calprops=("CALSCALE:GREGORIAN",), tzs=("America/Toronto",)),
        u, True, "Société de transport de Saint-Laurent", "DevOps", "onsite", ()))

    u = "wd-evt-7781-2026-ADN-INT-30221"
    d = ("Bonjour Étienne Gagnon,\n\nVous êtes invité(e) à une entrevue pour le processus de sélection "
         "26-ADN-IT03-0442 – Ingénieur(e) en fiabilité de sites (IT-03), Agence du numérique fédérale.\n\n"
         "Comité d'évaluation :\n- Priya Raman, gestionnaire, Plateformes infonuagiques\n- Jean-François Côté, "
         "conseiller principal\n\nL'entrevue se déroulera en français. Vous pouvez demander des mesures "
         "d'adaptation en répondant à ce courriel.\n\n" + webex("adn-dga", "2634 118 0442", "en")
         + "\nCoordination : Martine Ouellet (ne participe pas à l'entrevue)")
    out.append(Event("workday-panel", "fr", calendar("-//Workday//Workday Calendar//EN", [ev(
        u, "20261208T133000Z", "20261208T150000Z", "",
        "Entrevue: Ingénieur(e) en fiabilité de sites (IT-03) – Agence du numérique fédérale", d, "Webex",
        (org("adn-dga@myworkday.com", "Agence du numérique fédérale Recrutement"),
         att("priya.raman@adn-dga.gc.ca", "Priya Raman"), att("jean-francois.cote@adn-dga.gc.ca", "Jean-François Côté"),
         att("martine.ouellet@adn-dga.gc.ca", "Martine Ouellet", role="OPT-PARTICIPANT"),
         att(ME, "Etienne Gagnon", rsvp="TRUE")), extra=("STATUS:CONFIRMED",))], method="REQUEST"),
        u, True, "Agence du numérique fédérale", "Ingénieur(e) en fiabilité de sites (IT-03)", "",
        ("priya.raman@adn-dga.gc.ca", "jean-francois.cote@adn-dga.gc.ca")))

    u = "calendly-7e2b1f44-eg-cloudea"
    d = ("Type d'événement : Premier échange – Ingénieur DevOps chez Cloudéa (Paris ou remote)\n\n"
         "Invité : Étienne Gagnon\n"
         "E-mail de l'invité : etienne.gagnon@videotron.ca\n\nRéponses :\nFuseau horaire souhaité ? Montréal (UTC-5)"
         "\n\nLieu : Ce rendez-vous se fera sur Google Meet. Le lien sera ajouté avant l'appel.\n\n"
         "Besoin d'apporter des modifications à cet événement ?\nAnnuler : https://calendly.com/cancellations/7e2b1f44"
         "\nReprogrammer : https://calendly.com/reschedulings/7e2b1f44\n\nPropulsé par Calendly.com")
    out.append(Event("calendly-screen", "fr", calendar("-//Calendly//Calendly Scheduling//EN", [ev(
        u, "20261125T150000Z", "20261125T153000Z", "",
        "Premier échange – Ingénieur DevOps (Paris ou remote) entre Clémence Moreau et Étienne Gagnon", d,
        "Google Meet (les instructions suivent)",
        (org("clemence@cloudea.fr", "Clémence Moreau"), att(ME, "Étienne Gagnon"),
         att("clemence@cloudea.fr", "Clémence Moreau", partstat="ACCEPTED")))], method="REQUEST"),
        u, True, "Cloudéa", "Ingénieur DevOps", "recruiter_screen", ("clemence@cloudea.fr",)))

    u = "E0F2A6C1-3B77-4D2C-9F10-8A1D5C0B7E42"
    out.append(Event("apple-terse", "fr", calendar(APPLE, [ev(
        u, "20261127T113000", "20261127T120000", "", "appel Nicolas - Grappe Numérique (CTO)",
        "il m'appelle sur mon cell. poste SRE, startup 12 pers. il a eu mon CV via Julie",
        extra=("X-APPLE-CREATOR-IDENTITY:com.apple.calendar",))], calprops=("CALSCALE:GREGORIAN",)),
        u, True, "Grappe Numérique", "SRE", "hiring_manager", ()))

    u = "040000008200E00074C5B7101A82E00800000000D07A1C22F9DA010000000000000000100000004F3E2D1C0B0A99887766"
    d = ("Bonjour Monsieur Gagnon,\n\nSuite à votre candidature au poste de Conseiller en automatisation des "
         "infrastructures (concours 2026-DGTI-031), nous avons le plaisir de vous convoquer à une entrevue de "
         "sélection avec le comité.\n\nLieu : 875 Grande Allée Est, Québec, salle Champlain (3e)\nPrésentez-vous 15 "
         "minutes à l'avance avec une pièce d'identité.\n\nMembres du comité : Mme Hélène Paquet et M. Samuel Roy."
         "\n\nDirection des ressources humaines\nMinistère de la Cybersécurité et du Numérique (MCN)")
    out.append(Event("outlook-gov-onsite", "fr", calendar(OUTLOOK365, [ev(
        u, "20261209T090000", "20261209T103000", EST,
        "Convocation – entrevue de sélection – concours 2026-DGTI-031", d,
        "875 Grande Allée Est, Québec - Salle Champlain",
        (org("dotation.dgti@mcn.gouv.qc.ca", "Dotation DGTI"),
         att("helene.paquet@mcn.gouv.qc.ca", "Paquet, Hélène (DGTI)"), att("samuel.roy@mcn.gouv.qc.ca", "Roy, Samuel"),
         att("salle.champlain@mcn.gouv.qc.ca", "Salle Champlain (3e) - 12 pers.", role="NON-PARTICIPANT",
             cutype="ROOM"), att(ME, "Gagnon, Étienne")),
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"))],
        method="REQUEST", tzs=(EST,)),
        u, True, "Ministère de la Cybersécurité et du Numérique",
        "Conseiller en automatisation des infrastructures", "onsite",
        ("helene.paquet@mcn.gouv.qc.ca", "samuel.roy@mcn.gouv.qc.ca")))

    u = "greenhouse-9921804-onsite-loop-vf"
    d = ("Bonjour Étienne,\n\nVoici le programme de votre journée finale chez Maplestack (en virtuel) :\n\n"
         "10 h 00 – 10 h 45 : Conception de systèmes avec Olivier Giroux\n"
         "11 h 00 – 11 h 45 : Observabilité et astreinte avec Nadia Haddad\n"
         "13 h 00 – 13 h 30 : Valeurs et collaboration avec Kevin Lam (directeur Ingénierie)\n\n"
         "Une coordonnatrice, Chloé, restera disponible sur le lien pour toute question.\n\n"
         + zoom("Maplestack Recruiting", "842 5513 0096", "Ym9vdHN0cmFw", "fr")
         + "\nInvitation envoyée par Greenhouse au nom de Maplestack.")
    out.append(Event("greenhouse-final", "fr", calendar("-//Greenhouse//Greenhouse Scheduling//EN", [ev(
        u, "20261210T150000Z", "20261210T183000Z", "", "Maplestack – Entrevues finales (virtuel) – Étienne Gagnon",
        d, "Zoom",
        (org("no-reply@greenhouse.io", "Maplestack via Greenhouse"),
         att("olivier.giroux@maplestack.io", "Olivier Giroux"), att("nadia.haddad@maplestack.io", "Nadia Haddad"),
         att("kevin.lam@maplestack.io", "Kevin Lam"),
         att("chloe.simard@maplestack.io", "Chloé Simard (coordination)", role="OPT-PARTICIPANT"),
         att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, True, "Maplestack", "", "final",
        ("olivier.giroux@maplestack.io", "nadia.haddad@maplestack.io", "kevin.lam@maplestack.io")))

    u = "ashby-int-1e2f-77aa-ubiq"
    d = ("Entretien technique – Site Reliability Engineer\n\nAvec : Baptiste Renaud (Staff SRE)\n"
         "Format : 60 min, partage d'écran, on débogue ensemble un service Kubernetes qui redémarre en boucle.\n\n"
         "Rejoindre : https://meet.google.com/hbn-wqza-tre\n\n— L'équipe recrutement d'Ubiquité Jeux\n"
         "Scheduled with Ashby")
    out.append(Event("ashby-tech-paris", "fr", calendar("-//Ashby//Ashby Scheduling//EN", [ev(
        u, "20261202T160000", "20261202T170000", "Europe/Paris",
        "Entretien technique (SRE) — Ubiquité Jeux x Étienne Gagnon", d, "Google Meet",
        (org("recrutement@ubiquite-jeux.fr", "Ubiquité Jeux"),
         att("baptiste.renaud@ubiquite-jeux.fr", "Baptiste Renaud"),
         att(ME, "Étienne Gagnon")))], method="REQUEST", tzs=("Europe/Paris",)),
        u, True, "Ubiquité Jeux", "Site Reliability Engineer", "technical", ("baptiste.renaud@ubiquite-jeux.fr",)))

    u = "fedorix-be-hm-20261204@fedorix.be"
    d = ("Bonjour Étienne,\n\nComme discuté avec Hanne (notre chargée de recrutement), je vous propose un entretien "
         "avec moi-même, responsable de l'équipe Platform, pour le poste d'ingénieur DevOps basé à Bruxelles.\n\n"
         "Cordialement,\nThibault Dewulf\nHead of Platform – Fedorix SA/NV\n\n" + teams_fr("318 772 004 51",
                                                                                      "NTE4Y2ZmZDItOWU4"))
    out.append(Event("outlook-brussels-hm", "fr", calendar(OUTLOOK365, [ev(
        u, "20261204T163000", "20261204T171500", ROM, "Entretien Fedorix – Ingénieur DevOps", d,
        "Microsoft Teams Meeting",
        (org("thibault.dewulf@fedorix.be", "Thibault Dewulf"), att(ME, "etienne.gagnon@videotron.ca"),
         att("hanne.peeters@fedorix.be", "Hanne Peeters", role="OPT-PARTICIPANT")),
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))], method="REQUEST", tzs=(ROM,)),
        u, True, "Fedorix", "Ingénieur DevOps", "hiring_manager", ("thibault.dewulf@fedorix.be",)))

    u = "bamboo-8812-3345-aurores"
    d = ("Étienne,\n\nMerci de votre intérêt pour Les Aurores Interactives! Nous aimerions vous rencontrer pour un "
         "appel de présélection de 30 minutes au sujet du poste Ingénieur(e) build & release.\n\n"
         "Vous parlerez avec : Annie Gauthier (Talent)\n\nÀ bientôt!\nEnvoyé via BambooHR")
    out.append(Event("bamboohr-screen", "fr", calendar("-//BambooHR//Calendar Invite//EN", [ev(
        u, "20261130T190000Z", "20261130T193000Z", "", "Appel de présélection - Ingénieur(e) build & release", d,
        "Téléphone - Annie vous appellera au 514-555-0182",
        (org("notifications@app.bamboohr.com", "BambooHR"), att("agauthier@aurores.games", "Annie Gauthier"),
         att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, True, "Les Aurores Interactives", "Ingénieur(e) build & release", "recruiter_screen",
        ("agauthier@aurores.games",)))

    u = "7kq2m0r3b5n1@google.com"
    d = ("Rencontre en personne avec l'équipe. On commence par un café avec Valérie (gestionnaire), puis 1 h "
         "d'exercice "
         "en binôme avec Raphaël et on termine par une visite des bureaux.\n\nSonne au 3e, c'est indiqué "
         "« Nuagique ».\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
         "Ne modifiez pas cette section de la description.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-")
    out.append(Event("google-onsite-quebec", "fr", calendar(GOOGLE, [ev(
        u, "20261211T130000", "20261211T160000", "America/Toronto",
        "Étienne Gagnon – rencontre d'équipe (poste SRE)", d, "Nuagique, 410 boul. Charest Est, Québec",
        (org("valerie.morin@nuagique.ca", "Valérie Morin"),
         att("raphael.nguyen@nuagique.ca", "Raphaël Nguyen", partstat="ACCEPTED"),
         att("valerie.morin@nuagique.ca", "Valérie Morin", partstat="ACCEPTED"),
         att(ME, rsvp="TRUE")),
        extra=("SEQUENCE:1",))],
        method="REQUEST", tzs=("America/Toronto",), calprops=("CALSCALE:GREGORIAN",)),
        u, True, "Nuagique", "SRE", "onsite", ("valerie.morin@nuagique.ca", "raphael.nguyen@nuagique.ca")))

    u = "rdv-talents-tech-20261128-eg"
    d = ("Bonjour Étienne,\n\nJ'ai le plaisir de vous confirmer votre entrevue avec notre client, "
         "Groupe Assurvie, pour le poste d'Ingénieur DevOps senior (permanent, hybride Montréal)."
         "\n\nVous rencontrerez Mme Karine Lessard, gestionnaire Plateformes, et M. Yannick Bédard, architecte.\n"
         "Je ne serai pas présente à l'entrevue; appelez-moi après!\n\nIsabelle Caron\nConseillère principale, "
         "Talents Tech Recrutement")
    out.append(Event("agency-client", "fr", calendar(OUTLOOK, [ev(
        u, "20261128T140000", "20261128T150000", EST, "Entrevue chez Groupe Assurvie – Ingénieur DevOps senior", d,
        "Groupe Assurvie, 2000 av. McGill College, Montréal",
        (org("icaron@talentstech.ca", "Isabelle Caron"), att("karine.lessard@assurvie.com", "Karine Lessard"),
         att("yannick.bedard@assurvie.com", "Yannick Bédard"), att(ME, "Étienne Gagnon")))],
        method="REQUEST", tzs=(EST,)),
        u, True, "Groupe Assurvie", "Ingénieur DevOps senior", "hiring_manager",
        ("karine.lessard@assurvie.com", "yannick.bedard@assurvie.com")))
    return out
