"""holdout13: Julien Moreau's own interviews written in French (CC0 1.0; all names invented)."""

from __future__ import annotations

from holdout13ev_boiler import gfooter, meet, teams, zoom
from holdout13ev_ics import ME, WORK, Item, att, cal, org, pos, vev

P = ";TZID=Europe/Paris:"


def items() -> list[Item]:
    """Given nothing returns the French positive events."""
    out: list[Item] = []
    uid = "wttj-itv-7f31c0a2-58e4@welcometothejungle.com"
    out.append(pos("wttj-screen", "fr", cal("wttj", vev(
        uid, "Entretien RH – Chargé(e) de succès client H/F – Loopia", P + "20261203T100000", P + "20261203T103000",
        desc=("Bonjour Julien,\n\nMerci pour votre candidature au poste de Chargé(e) de succès client chez Loopia."
              " Ce premier échange de 30 minutes avec Amandine Leclerc, Talent Acquisition, permettra de faire "
              "connaissance et de vous présenter l'équipe.\n\n" + meet("kqv-wbfa-pxe", "fr")
              + "\n\nPlanifié via Welcome to the Jungle"),
        organizer=org("amandine.leclerc@loopia.io", "Amandine Leclerc"),
        attendees=[att("amandine.leclerc@loopia.io", "Amandine Leclerc", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")], loc="Google Meet"), tzs=("Europe/Paris",)),
        uid, "Loopia", "Chargé(e) de succès client", "recruiter_screen", ("amandine.leclerc@loopia.io",)))

    uid = "3k9v1h2l0q7r5s8t6u4w2y0z1a@google.com"
    out.append(pos("direct-hm", "fr", cal("google", vev(
        uid, "Julien Moreau / Escalia – échange avec Marc", P + "20261207T143000", P + "20261207T151500",
        desc=("Bonjour Julien, comme convenu avec Inès, voici un créneau pour parler du poste de Customer Success "
              "Manager et de la manière dont l'équipe travaille avec nos agences partenaires. Marc Giraud, Head of "
              "Customer Success\n\n" + meet("htr-zmoc-kda", "fr") + gfooter("fr", ME)),
        organizer=org("marc.giraud@escalia.travel", "Marc Giraud"),
        attendees=[att("marc.giraud@escalia.travel", "Marc Giraud", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau", ps="ACCEPTED")]), tzs=("Europe/Paris",)),
        uid, "Escalia", "Customer Success Manager", "hiring_manager", ("marc.giraud@escalia.travel",)))

    uid = "tt-meeting-88412-mistralink@teamtailor.com"
    out.append(pos("teamtailor-case", "fr", cal("teamtailor", vev(
        uid, "Cas pratique onboarding client – Mistralink", P + "20261209T093000", P + "20261209T110000",
        desc=("Julien Moreau – Responsable Onboarding Clients (Sophia Antipolis)\n\nDéroulé : 20 min de "
              "présentation de votre plan d'onboarding pour un groupe de 12 hôtels (sujet envoyé par mail), puis "
              "questions avec Karim Benali (Directeur Customer Success) et Laure Vidal (Lead Implementation).\n\n"
              "Lieu : 2405 route des Dolines, 06560 Valbonne – accueil 2e étage.\n\nTeamtailor"),
        organizer=org("recrutement@mistralink.fr", "Mistralink Recrutement"),
        attendees=[att("karim.benali@mistralink.fr", "Karim Benali"), att("laure.vidal@mistralink.fr", "Laure Vidal"),
                   att(ME, "Julien Moreau")], loc="Mistralink, 2405 route des Dolines, Valbonne"),
        tzs=("Europe/Paris",)),
        uid, "Mistralink", "Responsable Onboarding Clients", "technical",
        ("karim.benali@mistralink.fr", "laure.vidal@mistralink.fr")))

    uid = "040000008200E00074C5B7101A82E00800000000A0D1C7E26B41DB01000000000000000010000000F4C2A1"
    out.append(pos("outlook-final-room", "fr", cal("exchange", vev(
        uid, "Entretien final – Responsable Expérience Client (Siège)", ";TZID=Romance Standard Time:20261214T110000",
        ";TZID=Romance Standard Time:20261214T123000",
        desc=("Monsieur Moreau,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste de "
              "Responsable Expérience Client au siège du Groupe Hôtelier Lumen, 18 rue de Berri, Paris 8e. "
              "Vous rencontrerez Mme Catherine Aubry (DRH) et M. Olivier Saint-Jean (Directeur des Opérations).\n\n"
              "Bien cordialement,\nNathalie Perrot\nAssistante RH"),
        organizer=org("nathalie.perrot@groupe-lumen.fr", "Perrot, Nathalie"),
        attendees=[att("catherine.aubry@groupe-lumen.fr", "Aubry, Catherine"),
                   att("olivier.saint-jean@groupe-lumen.fr", "Saint-Jean, Olivier"),
                   att(ME, "julien.moreau@laposte.net"),
                   att("salle.berri3@groupe-lumen.fr", "Salle Berri 3", role="NON-PARTICIPANT", cutype="ROOM")],
        loc="Salle Berri 3; 18 rue de Berri, 75008 Paris",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]),
        tzs=("Romance Standard Time",)),
        uid, "Groupe Hôtelier Lumen", "Responsable Expérience Client", "final",
        ("catherine.aubry@groupe-lumen.fr", "olivier.saint-jean@groupe-lumen.fr")))

    uid = "A71C2E0B-77D3-4F0A-9C11-2B5E6D0F93A4"
    out.append(pos("handtyped-phone", "fr", cal("ios", vev(
        uid, "Tél Clefio 14h30 - Sophie (RH) poste CSM", ":20261208T143000", ":20261208T150000",
        extra=["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT15M", "END:VALARM"],
        status=None), method=None),
        uid, "Clefio", "CSM", "recruiter_screen"))

    uid = "1q2w3e4r5t6y7u8i9o0pnuitea@google.com"
    out.append(pos("founder-gmail", "fr", cal("google", vev(
        uid, "Entretien Julien Moreau – Head of Operations Nuitéa", P + "20261210T090000", P + "20261210T100000",
        desc=("Salut Julien, on se parle jeudi pour le poste de Head of Operations chez Nuitéa (on est encore 9,"
              " d'où l'adresse gmail). Je te présenterai notre outil de gestion des réservations de nuit et on "
              "parlera de ton expérience en front office.\nThomas, cofondateur\n\n" + meet("nui-teab-xzq", "fr")
              + gfooter("fr", ME)),
        organizer=org("thomas.bernard.nuitea@gmail.com", "Thomas Bernard"),
        attendees=[att("thomas.bernard.nuitea@gmail.com", "Thomas Bernard", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid, "Nuitéa", "Head of Operations", "hiring_manager", ("thomas.bernard.nuitea@gmail.com",)))

    uid = "AAMkAGI2NGVhZTVlLTI1OGMtNDI2OS04ZWU3LTJiYzQ3MTA0hotelia"
    out.append(pos("agency", "fr", cal("outlook", vev(
        uid, "Entretien avec Rivage Hotels & Resorts (client) – Julien Moreau",
        ";TZID=Romance Standard Time:20261211T160000", ";TZID=Romance Standard Time:20261211T170000",
        desc=("Bonjour Julien,\n\nJe vous confirme votre entretien avec M. Fabrice Orsini, Directeur Régional "
              "des Opérations de Rivage Hotels & Resorts, pour le poste de Responsable Opérations Front Office "
              "(siège de Monaco). Je ne serai pas présente à l'entretien ; appelez-moi juste après !\n\nClaire "
              "Dumas\nConsultante – Hôtelia Conseil\n\n" + teams("NmY4ZjE0hotelia", "fr")),
        organizer=org("c.dumas@hotelia-conseil.fr", "Claire Dumas"),
        attendees=[att("f.orsini@rivage-hotels.com", "Fabrice Orsini"), att(ME, "Julien Moreau")],
        loc="Réunion Microsoft Teams"), tzs=("Romance Standard Time",)),
        uid, "Rivage Hotels & Resorts", "Responsable Opérations Front Office", "hiring_manager",
        ("f.orsini@rivage-hotels.com",)))

    uid = "lever-int-2c8d1e44-0b5f-4f4e-92d1-bv77@hire.lever.co"
    out.append(pos("lever-tech", "fr", cal("lever", vev(
        uid, "Bookvale – Entretien métier : Onboarding Manager France (Julien Moreau)", P + "20261215T103000",
        P + "20261215T113000",
        desc=("Entretien métier avec Émilie Garnier (Onboarding Team Lead, Paris) et Ravi Shah (Solutions "
              "Engineer). Préparez un exemple de mise en service d'un client hôtelier.\n\n" + zoom("815 2290 4471",
              "Bv7dK2QmX", "fr") + "\n\nScheduled via Lever"),
        organizer=org("talent@bookvale.com", "Bookvale Talent"),
        attendees=[att("emilie.garnier@bookvale.com", "Émilie Garnier"), att("ravi.shah@bookvale.com", "Ravi Shah"),
                   att(ME, "Julien Moreau")], loc="Zoom"), tzs=("Europe/Paris",)),
        uid, "Bookvale", "Onboarding Manager France", "technical",
        ("emilie.garnier@bookvale.com", "ravi.shah@bookvale.com")))

    uid = "5g6h7j8k9l0tabloo2e1r@google.com"
    out.append(pos("cancelled", "fr", cal("google", vev(
        uid, "Entretien – Account Manager Restaurants (Tabloo)", P + "20261216T113000", P + "20261216T121500",
        desc="Cet événement a été annulé.\n\n" + meet("tab-loop-ewq", "fr"),
        organizer=org("baptiste.roy@tabloo.fr", "Baptiste Roy"),
        attendees=[att("baptiste.roy@tabloo.fr", "Baptiste Roy", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau", ps="DECLINED")], status="CANCELLED", seq=2),
        method="CANCEL", tzs=("Europe/Paris",)),
        uid, "Tabloo", "Account Manager Restaurants", "", ("baptiste.roy@tabloo.fr",)))

    uid = "7hs9d0f1g2h3sejourna4onsite@google.com"
    out.append(pos("onsite-loop-rooms", "fr", cal("google", vev(
        uid, "Sejourna – journée sur site (3 entretiens) – Julien Moreau", P + "20261217T093000",
        P + "20261217T130000",
        desc=("Programme :\n9h30 Hélène Roux, COO\n10h15 Yann Costa, Manager Support Clients\n11h00 Élodie "
              "Marchand, People\n12h00 déjeuner avec l'équipe\n\nPoste : Customer Operations Manager\nAdresse : "
              "41 rue du Faubourg Poissonnière, Paris 10e – demander Margaux à l'accueil (coordination)."
              + gfooter("fr", ME)),
        organizer=org("margaux.petit@sejourna.com", "Margaux Petit"),
        attendees=[att("helene.roux@sejourna.com", "Hélène Roux"), att("yann.costa@sejourna.com", "Yann Costa"),
                   att("elodie.marchand@sejourna.com", "Élodie Marchand"), att(ME, "Julien Moreau"),
                   att("sejourna.com_188c3@resource.calendar.google.com", "Paris-2-Canal (8)", cutype="RESOURCE",
                       ps="ACCEPTED", rsvp=False)],
        loc="Paris-2-Canal (8)"), tzs=("Europe/Paris",)),
        uid, "Sejourna", "Customer Operations Manager", "onsite",
        ("helene.roux@sejourna.com", "yann.costa@sejourna.com", "elodie.marchand@sejourna.com")))

    uid = "calendly-BFQ2XQ4YV3ZOPKDL"
    out.append(pos("calendly-screen", "fr", cal("calendly", vev(
        uid, "Julien Moreau et Claire Fabre", ";TZID=Europe/Zurich:20261208T090000",
        ";TZID=Europe/Zurich:20261208T093000",
        desc=("Type d'événement : Premier échange – Responsable Onboarding (Quaiflow, Genève)\n\nParticipant : "
              "Julien Moreau\n\nRéponses :\nVotre disponibilité pour un poste à Genève ? Oui, frontalier possible"
              "\n\nPour modifier : https://calendly.com/cancellations/8f1c2\n\nOrganisé par Calendly"),
        organizer=org("claire.fabre@quaiflow.ch", "Claire Fabre"),
        attendees=[att(ME, "Julien Moreau", ps="ACCEPTED")],
        loc="Téléphone : Claire appellera le +33 6 12 48 90 37"), method="REQUEST", tzs=("Europe/Zurich",)),
        uid, "Quaiflow", "Responsable Onboarding", "recruiter_screen", ("claire.fabre@quaiflow.ch",)))

    uid = "recruitee-interview-301774@recruitee.com"
    out.append(pos("recruitee-hm", "fr", cal("recruitee", vev(
        uid, "Entretien vidéo : Julien Moreau (Customer Success Manager)", ";TZID=Europe/Zurich:20261214T150000",
        ";TZID=Europe/Zurich:20261214T154500",
        desc=("Bonjour Julien,\nVous allez échanger avec Patrick Meier, responsable de l'équipe Customer Success "
              "de Tripolis SA. Lien de la visio ci-dessous.\n\n" + meet("trp-olis-gva", "fr")
              + "\n\nEnvoyé par Recruitee pour Tripolis SA"),
        organizer=org("jobs@tripolis.ch", "Tripolis SA"),
        attendees=[att("patrick.meier@tripolis.ch", "Patrick Meier"), att(ME, "Julien Moreau")]),
        tzs=("Europe/Zurich",)),
        uid, "Tripolis", "Customer Success Manager", "hiring_manager", ("patrick.meier@tripolis.ch",)))

    uid = "workable-ev-5519021-roomwise"
    out.append(pos("workable-tech", "fr", cal("workable", vev(
        uid, "Entretien technique – Spécialiste Implémentation PMS (Roomwise)", ":20261216T140000Z",
        ":20261216T150000Z",
        desc=("Entretien technique : configuration d'un PMS, plans tarifaires et interfaces channel manager. "
              "Intervieweurs : Antoine Lefort (Implementation Manager France), Zoe Clarke (Senior Implementation "
              "Consultant).\n\n" + teams("Yzk1ZGRroomwise", "fr") + "\n\nPowered by Workable"),
        organizer=org("noreply@workablemail.com", "Roomwise via Workable"),
        attendees=[att("antoine.lefort@roomwise.co.uk", "Antoine Lefort"),
                   att("zoe.clarke@roomwise.co.uk", "Zoe Clarke"), att(ME, "Julien Moreau")])),
        uid, "Roomwise", "Spécialiste Implémentation PMS", "technical",
        ("antoine.lefort@roomwise.co.uk", "zoe.clarke@roomwise.co.uk")))

    uid = "D3F0E8A2-1B77-4C2E-8A7A-escale-immersion"
    series = vev(uid, "Journées d'immersion – Escale Conciergerie (Julien)", P + "20261221T083000",
                 P + "20261221T170000",
                 desc=("Deux journées d'immersion rémunérées avant décision, poste Responsable des Opérations "
                       "(conciergerie de locations saisonnières, Nice). Avec Delphine Maurel, fondatrice."),
                 organizer=org("delphine@escale-conciergerie.fr", "Delphine Maurel"),
                 attendees=[att(ME, "Julien Moreau", ps="ACCEPTED")], loc="12 rue Pastorelli, 06000 Nice",
                 extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = vev(uid, "Journées d'immersion – Escale Conciergerie (Julien)", P + "20261222T100000",
                   P + "20261222T180000", desc="Deuxième journée décalée à 10h (arrivée d'un groupe).",
                   organizer=org("delphine@escale-conciergerie.fr", "Delphine Maurel"),
                   attendees=[att(ME, "Julien Moreau", ps="ACCEPTED")], loc="12 rue Pastorelli, 06000 Nice",
                   seq=1, extra=[f"RECURRENCE-ID{P}20261222T083000"])
    out.append(pos("recurring-trial", "fr", cal("apple", series, override, tzs=("Europe/Paris",)),
                   uid, "Escale Conciergerie", "Responsable des Opérations", "onsite",
                   ("delphine@escale-conciergerie.fr",)))

    uid = "kerlune-final-20261218@kerlune.com"
    out.append(pos("rescheduled", "fr", cal("google", vev(
        uid, "Entretien final Kerlune – Julien Moreau (nouvel horaire)", P + "20261218T170000", P + "20261218T180000",
        desc=("Nouvel horaire suite à votre demande. Entretien final avec Bastien Hoarau (CEO) pour le poste "
              "Customer Success Lead – Voyages de groupes.\n\n" + meet("ker-lune-fin", "fr")),
        organizer=org("bastien.hoarau@kerlune.com", "Bastien Hoarau"),
        attendees=[att("bastien.hoarau@kerlune.com", "Bastien Hoarau", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau", ps="ACCEPTED")], seq=3), tzs=("Europe/Paris",)),
        uid, "Kerlune", "Customer Success Lead – Voyages de groupes", "final", ("bastien.hoarau@kerlune.com",)))

    uid = "040000008200E00074C5B7101A82E0080000000060F3valmonte"
    out.append(pos("hotelgroup-hq", "fr", cal("exchange", vev(
        uid, "Entretien – Julien Moreau – Responsable Service Clients Groupe",
        ";TZID=W. Europe Standard Time:20261222T100000", ";TZID=W. Europe Standard Time:20261222T110000",
        desc=("Bonjour Monsieur Moreau,\n\nSuite à notre échange téléphonique, je vous confirme votre "
              "rendez-vous avec Mme Sandrine Keller, Directrice Expérience Client de Valmonte Hotels, à notre "
              "siège, Quai du Mont-Blanc 7, 1201 Genève.\n\nMeilleures salutations\nRessources humaines"),
        organizer=org("rh@valmonte-hotels.ch", "RH Valmonte Hotels"),
        attendees=[att("sandrine.keller@valmonte-hotels.ch", "Keller Sandrine"), att(ME, "Julien Moreau")],
        loc="Valmonte Hotels SA, Quai du Mont-Blanc 7, Genève"), tzs=("W. Europe Standard Time",)),
        uid, "Valmonte Hotels", "Responsable Service Clients Groupe", "hiring_manager",
        ("sandrine.keller@valmonte-hotels.ch",)))

    uid = "b0c1d2e3f4g5loopia2tour@google.com"
    out.append(pos("handtyped-2nd-round", "fr", cal("google", vev(
        uid, "Loopia 2e tour - Amandine + CTO", ":20261217T160000", ":20261217T170000",
        desc="visio, lien dans le mail d'Amandine. relire la fiche produit avant", status=None),
        method="PUBLISH", head=("X-WR-CALNAME:Julien perso", "X-WR-TIMEZONE:Europe/Paris")),
        uid, "Loopia", "", ""))

    uid = "9pl8ok7ij6uh5vaylo@google.com"
    out.append(pos("title-only", "fr", cal("google", vev(
        uid, "Julien <> Vaylo", P + "20261209T170000", P + "20261209T173000",
        desc=meet("vay-lojm-oru", "fr") + gfooter("fr", ME),
        organizer=org("lucie.brun@vaylo.fr", "Lucie Brun"),
        attendees=[att("lucie.brun@vaylo.fr", "Lucie Brun", ps="ACCEPTED", rsvp=False), att(ME, "Julien Moreau")]),
        tzs=("Europe/Paris",)),
        uid, "Vaylo", "", "", ("lucie.brun@vaylo.fr",)))

    uid = "zoom-88190234571-staymate"
    out.append(pos("zoom-screen", "fr", cal("zoom", vev(
        uid, "Entretien Customer Success (marché France) – Staymate", P + "20261211T113000", P + "20261211T120000",
        desc=("Laura Serra vous invite à une réunion Zoom planifiée : premier entretien pour le poste Customer "
              "Success Manager France de Staymate (Barcelone, télétravail depuis Nice possible).\n\n"
              + zoom("881 9023 4571", "Sm4tE8vQz", "fr", "staymate")),
        organizer=org("laura.serra@staymate.es", "Laura Serra"),
        attendees=[att(ME, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid, "Staymate", "Customer Success Manager France", "recruiter_screen", ("laura.serra@staymate.es",)))

    uid = "040000008200E00074C5B7101A82E00800000000oceanevoyages77"
    out.append(pos("outlook-teams-hm", "fr", cal("outlook", vev(
        uid, "Entretien avec le manager – Chargé(e) d'onboarding clients agences",
        ";TZID=Romance Standard Time:20261215T090000", ";TZID=Romance Standard Time:20261215T094500",
        desc=("Julien,\nComme indiqué par Mélanie (RH), je vous propose ce créneau pour faire connaissance. "
              "Je dirige l'équipe Onboarding d'Océane Voyages.\nCordialement,\nGrégory Lambert\n\n"
              + teams("OGU2ZTYoceane", "fr")),
        organizer=org("g.lambert@oceane-voyages.fr", "LAMBERT Grégory"),
        attendees=[att(ME, "Julien Moreau")],
        loc="Réunion Microsoft Teams"), tzs=("Romance Standard Time",)),
        uid, "Océane Voyages", "Chargé(e) d'onboarding clients agences", "hiring_manager",
        ("g.lambert@oceane-voyages.fr",)))

    uid = "dej-sejourna-5h6j7k@google.com"
    out.append(pos("lunch-later-round", "fr", cal("google", vev(
        uid, "Déjeuner avec Hélène Roux – suite du process", P + "20261221T123000", P + "20261221T140000",
        desc=("Julien, pour la dernière étape avant notre proposition, je vous invite à déjeuner près du bureau. "
              "Hélène (COO, Sejourna)" + gfooter("fr", ME)),
        organizer=org("helene.roux@sejourna.com", "Hélène Roux"),
        attendees=[att("helene.roux@sejourna.com", "Hélène Roux", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")], loc="Bistrot Paradis, 55 rue de Paradis, Paris"),
        tzs=("Europe/Paris",)),
        uid, "Sejourna", "", "final", ("helene.roux@sejourna.com",)))

    uid = "azurea-rh-0099-work@azurea-hospitality.com"
    out.append(pos("to-work-address", "fr", cal("outlook", vev(
        uid, "Entretien téléphonique – Responsable Relation Client – Azurea Hospitality",
        ";TZID=Romance Standard Time:20261210T123000", ";TZID=Romance Standard Time:20261210T130000",
        desc=("Bonjour M. Moreau,\nMerci pour votre candidature. Nous vous appellerons au numéro indiqué sur "
              "votre CV. L'échange durera une trentaine de minutes.\nJessica Blanc – Chargée de recrutement"),
        organizer=org("jessica.blanc@azurea-hospitality.com", "Jessica Blanc"),
        attendees=[att(WORK, "Julien Moreau")], loc="Téléphone"), tzs=("Romance Standard Time",)),
        uid, "Azurea Hospitality", "Responsable Relation Client", "recruiter_screen",
        ("jessica.blanc@azurea-hospitality.com",)))

    uid = "palmeraie-ac-20270107@palmeraie-hotels.fr"
    out.append(pos("allday-assessment", "fr", cal("google", vev(
        uid, "Centre d'évaluation – Palmeraie Hôtels (siège, Paris) – poste Manager Opérations",
        ";VALUE=DATE:20270107", ";VALUE=DATE:20270108",
        desc=("Journée d'évaluation des candidats finalistes : mise en situation client, exercice de groupe, "
              "entretien avec le jury (DRH et Directeur des Opérations). Rendez-vous 8h45, 9 avenue Hoche."),
        organizer=org("recrutement@palmeraie-hotels.fr", "Recrutement Palmeraie Hôtels"),
        attendees=[att(ME, "Julien Moreau")], loc="9 avenue Hoche, 75008 Paris",
        ), tzs=()),
        uid, "Palmeraie Hôtels", "Manager Opérations", "onsite"))

    uid = "BFE21D09-3C4A-4A0B-9E4F-clefio-visio"
    out.append(pos("apple-direct", "fr", cal("apple", vev(
        uid, "Clefio – 2e entretien avec Julien (Head of CS + Ops)", P + "20261216T100000", P + "20261216T110000",
        desc=("Second entretien pour le poste CSM Hôtels Indépendants. Tu verras Romain (Head of Customer "
              "Success) et Inès (Ops Manager). "
              "Je ne fais que l'organisation, je ne serai pas dans la salle. Sophie"),
        organizer=org("sophie.marin@clefio.com", "Sophie Marin"),
        attendees=[att("romain.guerin@clefio.com", "Romain Guérin"), att("ines.tahiri@clefio.com", "Inès Tahiri"),
                   att(ME, "Julien Moreau"),
                   att("sophie.marin@clefio.com", "Sophie Marin", role="OPT-PARTICIPANT", ps="ACCEPTED",
                       rsvp=False)],
        loc="Clefio, 8 rue du Sentier, 75002 Paris"), tzs=("Europe/Paris",)),
        uid, "Clefio", "CSM Hôtels Indépendants", "hiring_manager",
        ("romain.guerin@clefio.com", "ines.tahiri@clefio.com")))
    return out
