"""holdout91: the user's own interviews, Québec French, part 1 (public bodies, crown corps, universities)."""

from __future__ import annotations

from holdout91ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK,
    OUTLOOK_TAIL,
    TZ_TORONTO,
    TZ_UTC_EST,
    TZ_WIN_EST,
    UTC_EST,
    WIN_EST,
    E,
    att,
    cal,
    html,
    org,
    room,
    t,
    teams,
    vevent,
    webex,
    zoom,
)

TOR = "TZID=America/Toronto"


def _borealis() -> list[dict]:
    out = []
    uid = "wd-int-7f3a91c2-5b0e-4d6e-9a1c-borealis-REQ-24817"
    d = ("Bonjour Olivier,\n\nMerci de votre intérêt pour le poste Directeur(trice), communications corporatives "
         "(REQ-24817) chez Boréalis Énergie.\n\nVous êtes convié(e) à un premier entretien téléphonique d'environ "
         "30 minutes avec Nadia Bélanger, conseillère principale, acquisition de talents. Nadia vous appellera au "
         "numéro inscrit à votre dossier.\n\nPour toute modification, répondez à ce courriel ou passez par votre "
         "espace candidat Workday.\n\nBoréalis Énergie – Acquisition de talents\n"
         "https://borealis.wd3.myworkdayjobs.com/fr-CA/Carrieres")
    out.append(E("workday-phone-fr", cal(
        "-//Workday Inc//Workday Calendar//EN", TZ_TORONTO, vevent(
            f"UID:{uid}", "DTSTAMP:20250203T150412Z", f"DTSTART;{TOR}:20250206T103000",
            f"DTEND;{TOR}:20250206T110000",
            "SUMMARY:" + t("Entretien téléphonique – Directeur(trice), communications corporatives (REQ-24817)"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("Appel téléphonique – Nadia vous appellera"),
            org("talents@borealis-energie.com", "Boréalis Énergie – Acquisition de talents"),
            att(ME_FREE, ME_CN), att("nadia.belanger@borealis-energie.com", "Nadia Bélanger"),
            "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE")),
        uid, 1, "Boréalis Énergie", "Directeur(trice), communications corporatives", "recruiter_screen",
        "nadia.belanger@borealis-energie.com", "workday-phone-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000A0C3D7F2E17ADB01000000000000000010000000B1F4E2C9A7D3"
    d = ("Bonjour M. Tremblay,\n\nÀ la demande de Mme Lavoie, je vous transmets cette invitation pour une rencontre "
         "d'une heure au sujet du poste de directeur des communications corporatives. Mme Lavoie sera accompagnée "
         "de M. Patrick Nguyen, directeur principal, affaires gouvernementales.\n\nLieu : siège social, 75, rue "
         "Saint-Antoine Ouest, 14e étage (présentez-vous à l'accueil).\n\nAu plaisir,\nChantal Morin\nAdjointe "
         "exécutive de la vice-présidente Affaires publiques\n")
    out.append(E("outlook-sentby-hm-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("genevieve.lavoie@borealis-energie.com", "Lavoie, Geneviève",
                sent_by="chantal.morin@borealis-energie.com"),
            att(ME_FREE, ME_CN), att("patrick.nguyen@borealis-energie.com", "Nguyen, Patrick"),
            att("chantal.morin@borealis-energie.com", "Morin, Chantal", role="OPT-PARTICIPANT"),
            room("salle1410@borealis-energie.com", "SS-14-Salle Manicouagan (10)"),
            "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid,
            "SUMMARY;LANGUAGE=fr-CA:" + t("Rencontre – G. Lavoie / O. Tremblay (Dir. communications corporatives)"),
            f"DTSTART;TZID={WIN_EST}:20250219T140000", f"DTEND;TZID={WIN_EST}:20250219T150000",
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250211T191502Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=fr-CA:" + t("SS-14-Salle Manicouagan (10)"), html(d), *OUTLOOK_TAIL)),
        uid, 1, "Boréalis Énergie", "directeur des communications corporatives", "hiring_manager",
        "genevieve.lavoie@borealis-energie.com;patrick.nguyen@borealis-energie.com", "outlook-sentby-hm-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000D1E8A64F9D84DB01000000000000000010000000C7A2E5F1B09E"
    d = ("Bonjour Olivier,\n\nComme convenu, voici l'invitation pour la mise en situation écrite (90 minutes). Vous "
         "recevrez au début de la rencontre un scénario de crise (panne régionale prolongée) et devrez rédiger un "
         "communiqué, trois messages clés et une réponse à un média. Nous en discuterons ensuite 20 minutes avec "
         "vous.\n\nÉvaluatrices : Geneviève Lavoie et Isabelle Fortier (directrice, relations médias).\n\n"
         + teams("fr", "284137609552", "Wx7pQ2"))
    out.append(E("outlook-practical-teams-fr", cal(
        OUTLOOK, TZ_UTC_EST, vevent(
            "CLASS:PUBLIC", "DESCRIPTION:" + t(d), f"DTEND;TZID=\"{UTC_EST}\":20250305T110000",
            "DTSTAMP:20250224T130855Z", f"DTSTART;TZID=\"{UTC_EST}\":20250305T093000", "PRIORITY:5",
            "SEQUENCE:0", "SUMMARY;LANGUAGE=fr:Mise en situation écrite – communiqué de crise",
            "LOCATION:Réunion Microsoft Teams", "UID:" + uid,
            org("isabelle.fortier@borealis-energie.com", "Fortier, Isabelle"),
            att(ME_FREE, ME_CN), att("genevieve.lavoie@borealis-energie.com", "Lavoie, Geneviève"),
            *OUTLOOK_TAIL)),
        uid, 1, "Boréalis Énergie", "", "technical",
        "genevieve.lavoie@borealis-energie.com;isabelle.fortier@borealis-energie.com", "outlook-practical-teams-fr"))
    return out


def _ull() -> list[dict]:
    out = []
    uid = "ULL-RH-2025-041-ENTREV-0312@ull.ca"
    d = ("Monsieur,\n\nNous vous confirmons votre convocation à une entrevue devant le comité de sélection pour le "
         "poste de directeur ou directrice du Service des communications (concours 2025-041).\n\nDurée : 75 minutes."
         "\nComité : Mme Josée Paradis (vice-rectrice aux affaires externes), M. Étienne Gosselin (secrétaire "
         "général) et Mme Ruth Ansah (professeure, Département d'information et de communication).\nMme Karine "
         "Dufresne (Service des ressources humaines) assurera l'accueil et le secrétariat du comité.\n\nMerci de "
         "vous présenter 15 minutes à l'avance au pavillon Alphonse-Marchand.")
    out.append(E("outlook-panel-room-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("karine.dufresne@rh.ull.ca", "Dufresne, Karine"),
            att(ME_FREE, "olivier.tremblay.journaliste@videotron.ca"),
            att("josee.paradis@ull.ca", "Paradis, Josée"), att("etienne.gosselin@ull.ca", "Gosselin, Étienne"),
            att("ruth.ansah@ull.ca", "Ansah, Ruth"),
            att("karine.dufresne@rh.ull.ca", "Dufresne, Karine", role="NON-PARTICIPANT", stat="ACCEPTED"),
            room("pam-3120@ull.ca", "PAM-3120 Salle du conseil"),
            "DESCRIPTION;LANGUAGE=fr-CA:" + t(d),
            "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Entrevue – concours 2025-041 – Direction du Service des "
            "communications", f"DTSTART;TZID={WIN_EST}:20250312T133000",
            f"DTEND;TZID={WIN_EST}:20250312T144500", "DTSTAMP:20250304T161010Z", "SEQUENCE:0",
            "LOCATION;LANGUAGE=fr-CA:" + t("Pavillon Alphonse-Marchand, local 3120, 2325, rue de l'Université"),
            "STATUS:CONFIRMED", "TRANSP:OPAQUE", *OUTLOOK_TAIL)),
        uid, 1, "Université du Littoral-Laurentien", "directeur ou directrice du Service des communications", "onsite",
        "josee.paradis@ull.ca;etienne.gosselin@ull.ca;ruth.ansah@ull.ca", "outlook-panel-room-fr"))

    uid = "ULL-RH-2025-041-FINALE-0402@ull.ca"
    d = ("Bonjour M. Tremblay,\n\nLe comité a le plaisir de vous inviter à une dernière rencontre avec la rectrice, "
         "Mme Hélène Bastarache, avant la recommandation au conseil d'administration.\n\nLa rencontre aura lieu au "
         "cabinet de la rectrice (pavillon des Humanités, 5e étage).\n\nKarine Dufresne\nConseillère en "
         "dotation, Service des ressources humaines")
    out.append(E("outlook-final-rector-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("karine.dufresne@rh.ull.ca", "Dufresne, Karine"), att(ME_FREE, ME_CN),
            att("rectrice@ull.ca", "Bastarache, Hélène"), "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid,
            "SUMMARY;LANGUAGE=fr-CA:Rencontre finale avec la rectrice – concours 2025-041",
            f"DTSTART;TZID={WIN_EST}:20250402T090000", f"DTEND;TZID={WIN_EST}:20250402T100000",
            "DTSTAMP:20250327T204455Z", "SEQUENCE:0", "LOCATION;LANGUAGE=fr-CA:Pavillon des Humanités – 5e étage",
            html(d), *OUTLOOK_TAIL)),
        uid, 1, "Université du Littoral-Laurentien", "", "final", "rectrice@ull.ca", "outlook-final-rector-fr"))

    uid = "2k9v6hq1e0s3u7n4c8b5r2m1lf@google.com"
    d = ("Appel préliminaire (20-30 min) pour le concours 2025-041. Karine vous joindra au 514 555-0187.\n\n"
         "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
         "Ne modifiez pas cette section de la description.\n\nAfficher votre événement sur la page "
         "https://calendar.google.com/calendar/event?action=VIEW&eid=Mms5djZocTFlMHMz\n"
         "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    out.append(E("google-phone-screen-fr", cal(
        GOOGLE, vevent(
            "DTSTART:20250225T150000Z", "DTEND:20250225T153000Z", "DTSTAMP:20250221T184010Z",
            org("karine.dufresne.ull@gmail.com", "Karine Dufresne"), "UID:" + uid,
            att(ME_FREE, ME_CN), att("karine.dufresne.ull@gmail.com", "Karine Dufresne", stat="ACCEPTED"),
            "CREATED:20250221T184009Z", "DESCRIPTION:" + t(d), "LAST-MODIFIED:20250221T184009Z",
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:" + t("ULL – appel préliminaire, Direction des communications (O. Tremblay)"),
            "TRANSP:OPAQUE"), head=("X-WR-TIMEZONE:America/Toronto",)),
        uid, 1, "Université du Littoral-Laurentien", "Direction des communications", "recruiter_screen",
        "karine.dufresne.ull@gmail.com", "google-utc-xwr-phone-fr"))
    return out


def _ville() -> list[dict]:
    out = []
    uid = "040000008200E00074C5B7101A82E008000000009E2A4C0B1F9EDB010000000000000000100000004D9A7E31"
    d = ("Bonjour Monsieur Tremblay,\n\nVotre candidature au poste de chef de division – Communications et relations "
         "citoyennes a été retenue pour le centre d'évaluation, qui se déroule sur deux demi-journées :\n"
         "- Jour 1 (8 h 30 à 12 h) : exercice de rédaction et simulation de point de presse;\n"
         "- Jour 2 (13 h à 16 h 30, horaire modifié) : entrevue structurée avec le comité de sélection.\n\n"
         "Comité : Me Louise Charbonneau (directrice générale adjointe), M. Denis Aubin (directeur du cabinet de la "
         "mairesse) et Mme Farah Jean-Baptiste (conseillère en gestion des talents, Ville).\n\n"
         "Hôtel de ville de Sainte-Marthe-des-Monts, 1200, boulevard des Érables, salle du conseil.\n\n"
         "Service des ressources humaines\nVille de Sainte-Marthe-des-Monts")
    common = (org("dotation@villesmdm.qc.ca", "Dotation – Ville de Sainte-Marthe-des-Monts"),
              att(ME_FREE, ME_CN), att("l.charbonneau@villesmdm.qc.ca", "Charbonneau, Louise"),
              att("d.aubin@villesmdm.qc.ca", "Aubin, Denis"),
              att("f.jeanbaptiste@villesmdm.qc.ca", "Jean-Baptiste, Farah"),
              "LOCATION;LANGUAGE=fr-CA:" + t("Hôtel de ville, 1200, boulevard des Érables, Sainte-Marthe-des-Monts"),
              "DESCRIPTION;LANGUAGE=fr-CA:" + t(d))
    summ = "SUMMARY;LANGUAGE=fr-CA:Centre d'évaluation – Chef de division\\, Communications et relations citoyennes"
    out.append(E("outlook-recurring-override-fr", cal(
        EXCHANGE, TZ_WIN_EST,
        vevent(*common, "RRULE:FREQ=DAILY;COUNT=2", "UID:" + uid, summ,
               f"DTSTART;TZID={WIN_EST}:20250318T083000", f"DTEND;TZID={WIN_EST}:20250318T120000",
               "DTSTAMP:20250310T142233Z", "SEQUENCE:1", *OUTLOOK_TAIL),
        vevent(*common, "UID:" + uid, f"RECURRENCE-ID;TZID={WIN_EST}:20250319T083000", summ,
               f"DTSTART;TZID={WIN_EST}:20250319T130000", f"DTEND;TZID={WIN_EST}:20250319T163000",
               "DTSTAMP:20250310T142233Z", "SEQUENCE:1", *OUTLOOK_TAIL)),
        uid, 1, "Ville de Sainte-Marthe-des-Monts", "Chef de division, Communications et relations citoyennes",
        "onsite", "l.charbonneau@villesmdm.qc.ca;d.aubin@villesmdm.qc.ca;f.jeanbaptiste@villesmdm.qc.ca",
        "outlook-recurring-override-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000F3C1B20AC7A5DB01000000000000000010000000E8C3F7A2"
    d = ("Monsieur Tremblay,\n\nÀ la suite du centre d'évaluation, le directeur général, M. Raymond Lessard, "
         "souhaite vous rencontrer pour un dernier entretien avant la recommandation au conseil municipal.\n\n"
         "Farah Jean-Baptiste\nConseillère en gestion des talents")
    out.append(E("outlook-final-dg-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("f.jeanbaptiste@villesmdm.qc.ca", "Jean-Baptiste, Farah"), att(ME_FREE, ME_CN),
            att("r.lessard@villesmdm.qc.ca", "Lessard, Raymond"), "UID:" + uid, "DESCRIPTION;LANGUAGE=fr-CA:" + t(d),
            "SUMMARY;LANGUAGE=fr-CA:Entrevue finale – M. Lessard (DG) / O. Tremblay",
            f"DTSTART;TZID={WIN_EST}:20250401T160000", f"DTEND;TZID={WIN_EST}:20250401T170000",
            "DTSTAMP:20250326T121900Z", "LOCATION;LANGUAGE=fr-CA:Bureau du DG – Hôtel de ville", *OUTLOOK_TAIL)),
        uid, 1, "Ville de Sainte-Marthe-des-Monts", "", "final", "r.lessard@villesmdm.qc.ca", "outlook-final-fr"))
    return out


def _misc() -> list[dict]:
    out = []
    uid = "4f2c9e1a-80b7-4a3d-b6c5-CSSVDC-2025-CS-17@cssvdc.gouv.qc.ca"
    d = ("Bonjour,\n\nVous êtes invité à une entrevue pour le poste de coordonnateur ou coordonnatrice aux "
         "communications (affichage 2025-CS-17). L'entrevue se tiendra en mode virtuel.\n\nMembres du comité : "
         "Sylvie Boucher, directrice générale adjointe; Marc-Antoine Lépine, directeur du Service du secrétariat "
         "général et des communications.\n\nUn test de connaissances du français pourrait suivre.\n\n"
         + teams("fr", "391827465011", "bN4kR9"))
    out.append(E("outlook-teams-school-board-fr", cal(
        OUTLOOK, TZ_WIN_EST, vevent(
            "CLASS:PUBLIC", "DESCRIPTION:" + t(d), f"DTSTART;TZID={WIN_EST}:20250227T100000",
            f"DTEND;TZID={WIN_EST}:20250227T104500", "DTSTAMP:20250220T172001Z",
            "SUMMARY;LANGUAGE=fr:Entrevue – Coordonnateur(trice) aux communications (2025-CS-17)",
            "UID:" + uid, org("recrutement@cssvdc.gouv.qc.ca", "Recrutement CSSVDC"), att(ME_FREE, ME_CN),
            att("sylvie.boucher@cssvdc.gouv.qc.ca", "Boucher, Sylvie"),
            att("ma.lepine@cssvdc.gouv.qc.ca", "Lépine, Marc-Antoine"), "LOCATION:Réunion Microsoft Teams",
            *OUTLOOK_TAIL)),
        uid, 1, "Centre de services scolaire du Val-des-Cèdres", "Coordonnateur(trice) aux communications", "",
        "sylvie.boucher@cssvdc.gouv.qc.ca;ma.lepine@cssvdc.gouv.qc.ca", "outlook-teams-nostage-fr"))

    uid = "9b1f3c44-2e7d-4c0a-8f55-6d2a19e0b7c3"
    d = ("Entrevue pour le poste de directeur des communications et des affaires corporatives.\n"
         "Comité : Nathalie Désilets (directrice générale) et Jean-Sébastien Ouellet (directeur des études).\n"
         "Stationnement P3, entrée principale, demander la salle A-204.")
    out.append(E("thunderbird-floating-fr", cal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", vevent(
            "CREATED:20250305T130233Z", "LAST-MODIFIED:20250305T130512Z", "DTSTAMP:20250305T130512Z",
            "UID:" + uid, "SUMMARY:Entrevue – Cégep de Bois-Francs-Nord",
            org("n.desilets@cegepbfn.qc.ca", "Nathalie Désilets"), att(ME_FREE, ME_CN),
            att("js.ouellet@cegepbfn.qc.ca", "Jean-Sébastien Ouellet"),
            "DTSTART:20250313T133000", "DTEND:20250313T143000", "DESCRIPTION:" + t(d),
            "LOCATION:" + t("Cégep de Bois-Francs-Nord, 475, rue Notre-Dame Est, Victoriaville, salle A-204"),
            "X-MOZ-SEND-INVITATIONS:TRUE", "SEQUENCE:0")),
        uid, 1, "Cégep de Bois-Francs-Nord", "directeur des communications et des affaires corporatives", "",
        "n.desilets@cegepbfn.qc.ca;js.ouellet@cegepbfn.qc.ca", "thunderbird-floating-fr"))

    uid = "BCEM-20250320-entrevue-ccs@bcem.gouv.qc.ca"
    d = ("Bonjour M. Tremblay,\n\nVoici le lien pour votre entrevue au poste de conseiller(ère) en communication "
         "stratégique au Bureau du commissaire à l'éthique municipale. Le comité sera formé de Me Anne-Sophie "
         "Giroux (secrétaire générale) et de M. Hugo Vachon (responsable des communications sortant).\n\n"
         + webex("fr", "26381177402", "bcem-qc", "Ethique25!"))
    out.append(E("webex-utc-xwr-fr", cal(
        GOOGLE, vevent(
            "DTSTART:20250320T170000Z", "DTEND:20250320T180000Z", "DTSTAMP:20250314T140000Z",
            org("as.giroux@bcem.gouv.qc.ca", "Anne-Sophie Giroux"), "UID:" + uid,
            att(ME_FREE, ME_CN), att("hugo.vachon@bcem.gouv.qc.ca", "Hugo Vachon"),
            "DESCRIPTION:" + t(d), "LOCATION:Webex", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Entrevue – Conseiller(ère) en communication stratégique (BCEM)", "TRANSP:OPAQUE"),
        head=("X-WR-CALNAME:Olivier", "X-WR-TIMEZONE:America/Toronto")),
        uid, 1, "Bureau du commissaire à l'éthique municipale", "Conseiller(ère) en communication stratégique", "",
        "as.giroux@bcem.gouv.qc.ca;hugo.vachon@bcem.gouv.qc.ca", "webex-utc-fr"))

    uid = "0000000000000000000000000000000051a3e2cc8d6bdb01"
    d = ("Bonjour Olivier,\n\nNous avons dû déplacer votre entrevue pour le poste de responsable des communications "
         "(conflit d'horaire au conseil). Nouvelle heure : mardi 25 mars, 11 h au lieu de 9 h 30. Même lieu.\n\n"
         "Avec Claudine Hébert, directrice générale, et Yves Morency, président du conseil.\n\n"
         + zoom("fr", "86310492277", "Rv8tQw2LzP"))
    out.append(E("outlook-rescheduled-fr", cal(
        OUTLOOK, TZ_TORONTO, vevent(
            "CLASS:PUBLIC", "DESCRIPTION:" + t(d), f"DTSTART;{TOR}:20250325T110000",
            f"DTEND;{TOR}:20250325T120000", "DTSTAMP:20250321T133010Z",
            "SUMMARY;LANGUAGE=fr:Entrevue (nouvelle heure) – Responsable des communications", "UID:" + uid,
            "SEQUENCE:2", org("c.hebert@artsrivesud.ca", "Hébert, Claudine"), att(ME_FREE, ME_CN),
            att("yves.morency@artsrivesud.ca", "Morency, Yves"), "LOCATION:" + t("Zoom / 150, rue Grant, Longueuil"),
            *OUTLOOK_TAIL)),
        uid, 1, "Conseil des arts de la Rive-Sud", "Responsable des communications", "",
        "c.hebert@artsrivesud.ca;yves.morency@artsrivesud.ca", "outlook-rescheduled-zoom-fr"))
    return out


def events() -> list[dict]:
    return _borealis() + _ull() + _ville() + _misc()
