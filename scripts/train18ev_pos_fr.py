"""train18: the user's own interviews written in French (Belgian, French and Luxembourg producers)."""

from __future__ import annotations

from train18ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    STAMP,
    Ev,
    att,
    cal,
    comp,
    d,
    google_footer,
    loc,
    meet,
    org,
    room,
    s,
    teams_fr,
    tz_olson,
    tz_windows,
    ve,
    webex,
    zoom,
)

E: list[Ev] = []

u = "wd-7731-ev-20261124-credit-mosan@myworkday.com"
E.append(Ev("ats-workday-screen", "fr", u, cal(
    "-//Workday//Calendar//FR", tz_olson("Europe/Brussels", lic=False), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Brussels:20261124T100000",
        "DTEND;TZID=Europe/Brussels:20261124T103000",
        s("Entretien téléphonique – Ingénieur·e Cloud Azure (R-004512)"),
        org("creditmosan@myworkday.com", "Crédit Mosan – Recrutement"),
        att(ME_PRIVATE, "Amadou Diallo"), att("c.wauters@credit-mosan.be", "Céline Wauters"),
        d("Bonjour Amadou,\n\nMerci pour votre candidature au poste d'Ingénieur·e Cloud Azure (R-004512) au sein "
          "de la Direction IT de Crédit Mosan SA.\nCéline Wauters, Talent Acquisition Partner, vous appellera au "
          "numéro indiqué dans votre profil pour un premier échange d'environ 30 minutes (parcours, motivations, "
          "attentes salariales, disponibilité).\n\nCordialement,\nL'équipe Recrutement – Crédit Mosan\n\n"
          "Ce message a été envoyé automatiquement par Workday."),
        loc("Appel téléphonique"), "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE")),
    True, "Crédit Mosan", "Ingénieur·e Cloud Azure", "recruiter_screen", ("c.wauters@credit-mosan.be",)))

u = "040000008200E00074C5B7101A82E00800000000B0C3A1F2E75BDC01000000000000000010000000AA4F2D1C0E9B7F44"
E.append(Ev("outlook-technical-room", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        "CLASS:PUBLIC", "CREATED:20261118T142233Z",
        d("Bonjour Monsieur Diallo,\n\nComme convenu par téléphone, nous vous confirmons votre entretien technique "
          "pour la fonction de Platform Engineer (Kubernetes / OpenShift) au sein de notre département "
          "Infrastructure & Cloud.\nVous rencontrerez Pieter Van Damme (Lead Platform Engineer) et Nadia "
          "Benali (Site Reliability Engineer). Prévoyez environ 1h15 : discussion d'architecture, puis un "
          "exercice de dépannage sur un cluster.\n\nMerci de vous présenter à l'accueil du bâtiment B avec une "
          "pièce d'identité.\n\nBien à vous,\nSophie Leclercq\nHR Business Partner – Banque Hainaut-Brabant"),
        "DTEND;TZID=Romance Standard Time:20261126T150000", "DTSTAMP:20261118T142233Z",
        "DTSTART;TZID=Romance Standard Time:20261126T134500", "LAST-MODIFIED:20261118T142233Z",
        loc("BHB Siège - Bât. B - Salle Meuse 4.12; Rue Royale 180, 1000 Bruxelles"), "PRIORITY:5", "SEQUENCE:0",
        s("Entretien technique - Platform Engineer - A. Diallo"), "TRANSP:OPAQUE",
        f"UID:{u}",
        org("sophie.leclercq@bhb.be", "Leclercq Sophie"),
        att(ME_PRIVATE, "amadou.diallo@skynet.be"),
        att("pieter.vandamme@bhb.be", "Van Damme Pieter"),
        att("nadia.benali@bhb.be", "Benali Nadia"),
        room("salle.meuse412@bhb.be", "BHB-B-4.12 Meuse (8)"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE")),
    True, "Banque Hainaut-Brabant", "Platform Engineer", "technical",
    ("pieter.vandamme@bhb.be", "nadia.benali@bhb.be")))

u = "f3b1c7e2-55aa-4c1e-9e02-telnova-hm-1202"
E.append(Ev("teams-hiring-manager-coordinator", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", "DTSTAMP:20261121T090412Z",
        s("Entretien avec le manager – DevOps Engineer (Telnova)"),
        "DTSTART;TZID=Romance Standard Time:20261202T110000", "DTEND;TZID=Romance Standard Time:20261202T120000",
        org("recrutement@telnova.be", "Telnova Recrutement", sent_by="lotte.janssens@telnova.be"),
        att("bram.desmet@telnova.be", "Bram De Smet"), att(ME_PRIVATE, "Amadou Diallo"),
        att("lotte.janssens@telnova.be", "Lotte Janssens", role="OPT-PARTICIPANT"),
        d("Bonjour Amadou,\n\nSuite à votre échange avec notre équipe RH, Bram De Smet, Head of DevOps, "
          "souhaite vous rencontrer pour le poste de DevOps Engineer. Je suis chargée de la planification : "
          "n'hésitez pas à m'écrire si l'horaire ne vous convient pas. Je ne participerai pas à l'entretien.\n\n"
          "Lotte Janssens – Recruitment Coordinator\n\n" + teams_fr("371 554 902 118", "NzQ3ZGI4MTAtYj")),
        loc("Réunion Microsoft Teams"), "STATUS:CONFIRMED", "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY")),
    True, "Telnova", "DevOps Engineer", "hiring_manager", ("bram.desmet@telnova.be",)))

u = "ARN-SEL-2026-31-ORAL-0017@arn.brussels"
E.append(Ev("public-jury-oral", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261209T093000",
        "DTEND;TZID=Romance Standard Time:20261209T103000",
        s("Convocation – épreuve orale – Architecte cloud (réf. ARN-2026-31)"),
        org("selection@arn.brussels", "ARN – Service Sélection"),
        att(ME_PRIVATE, "DIALLO Amadou", role="REQ-PARTICIPANT"),
        d("Madame, Monsieur,\n\nNous avons le plaisir de vous informer que vous avez réussi l'épreuve écrite. Vous "
          "êtes convoqué(e) à l'épreuve orale (épreuve finale) de la sélection comparative ARN-2026-31 – "
          "Architecte cloud (niveau A2) de l'Agence Régionale du Numérique.\n\nLe jury sera composé de Mme "
          "Véronique Hubert (directrice Infrastructure), M. Yves Claessens (expert externe) et M. Karim Ouali "
          "(service RH). L'épreuve comprend une présentation de 10 minutes (sujet remis sur place, 30 minutes de "
          "préparation) suivie d'un entretien.\n\nMunissez-vous de votre carte d'identité. Présentez-vous 30 "
          "minutes avant l'heure indiquée.\n\nLe Service Sélection"),
        loc("ARN, Avenue des Arts 21, 1000 Bruxelles – 6e étage"),
        "STATUS:CONFIRMED")),
    True, "Agence Régionale du Numérique", "Architecte cloud", "final", (), "public_body_jury"))

u = "greenhouse-4481203-mutualia-phone"
E.append(Ev("ats-greenhouse-phone", "fr", u, cal(
    "-//Greenhouse Software//Greenhouse Calendar//FR", ve(
        f"UID:{u}", "DTSTAMP:20261119T160000Z", "DTSTART:20261125T083000Z", "DTEND:20261125T090000Z",
        s("Entretien téléphonique - Amadou Diallo - Ingénieur Systèmes Cloud"),
        org("no-reply@greenhouse.io", "Mutualia Assurances"),
        att(ME_PRIVATE, "Amadou Diallo"), att("marie.lejeune@mutualia.be", "Marie Lejeune"),
        d("Bonjour Amadou,\n\nMerci d'avoir pris le temps de choisir un créneau. Voici la confirmation de votre "
          "entretien téléphonique avec Marie Lejeune (Recruteuse IT) pour le poste d'Ingénieur Systèmes Cloud "
          "chez Mutualia.\n\nMarie vous appellera au +32 4xx xx xx 12.\n\nÀ bientôt,\nL'équipe Talent de "
          "Mutualia Assurances"),
        loc("Téléphone"))),
    True, "Mutualia Assurances", "Ingénieur Systèmes Cloud", "recruiter_screen", ("marie.lejeune@mutualia.be",)))

u = "6k2p0a3v8d1m5r7q9s4t@google.com"
E.append(Ev("founder-gmail-title-only", "fr", u, cal(
    GOOGLE, ve(
        "DTSTART:20261127T160000Z", "DTEND:20261127T164500Z", STAMP,
        org("julien.kubelift@gmail.com", "Julien Masson"), f"UID:{u}",
        att("julien.kubelift@gmail.com", "Julien Masson", stat="ACCEPTED", rsvp=False),
        att(ME_PRIVATE, "amadou.diallo@skynet.be"),
        "CREATED:20261120T101010Z",
        d("Salut Amadou,\nComme dit sur LinkedIn : je suis le CTO et cofondateur de Kubelift, on monte l'équipe "
          "plateforme et je recrute moi-même le premier SRE. 45 min pour se présenter, je te parle du poste et "
          "de notre stack (EKS, ArgoCD, Crossplane).\nJulien\n\n" + meet("fr", "kxb-qwer-tzu")
          + google_footer("fr", ME_PRIVATE)),
        "LAST-MODIFIED:20261120T101010Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        s("Amadou <> Kubelift"), "TRANSP:OPAQUE"), method="REQUEST"),
    True, "Kubelift", "SRE", "hiring_manager", ("julien.kubelift@gmail.com",), "free_mail_founder"))

u = "DC-ONSITE-2026-12-03-ADIALLO"
E.append(Ev("onsite-final-rooms", "fr", u, cal(
    OUTLOOK, tz_windows("Romance Standard Time"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261203T090000",
        "DTEND;TZID=Romance Standard Time:20261203T123000",
        s("Delvaux Conseil – Demi-journée d'entretiens (tour final) – Consultant·e Cloud & Infrastructure"),
        org("talent@delvaux-conseil.be", "Delvaux Conseil - Talent"),
        att(ME_PRIVATE, "Amadou Diallo"),
        att("f.delvaux@delvaux-conseil.be", "François Delvaux"),
        att("anne-sophie.martin@delvaux-conseil.be", "Anne-Sophie Martin"),
        att("k.demeyer@delvaux-conseil.be", "Koen De Meyer"),
        room("salle.sablon@delvaux-conseil.be", "Salle Sablon (RDC)"),
        d("Programme de votre matinée – tour final\n\n09:00 Accueil et café\n09:15 Étude de cas migration "
          "vers Azure – Koen De Meyer (Manager Cloud)\n10:30 Entretien comportemental – Anne-Sophie Martin "
          "(Senior Manager)\n11:30 Échange avec François Delvaux (Associé fondateur)\n\nAdresse : Rue des "
          "Minimes 45, 1000 Bruxelles. Sonnez à « Delvaux Conseil SRL »."),
        loc("Rue des Minimes 45, 1000 Bruxelles – Salle Sablon"), "SEQUENCE:1")),
    True, "Delvaux Conseil", "Consultant·e Cloud & Infrastructure", "final",
    ("f.delvaux@delvaux-conseil.be", "anne-sophie.martin@delvaux-conseil.be", "k.demeyer@delvaux-conseil.be")))

u = "lever-interview-9f2c31d0-sopralis"
E.append(Ev("ats-lever-technical-paris", "fr", u, cal(
    "-//Lever//Interview Scheduling//EN", tz_olson("Europe/Paris"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Paris:20261130T140000", "DTEND;TZID=Europe/Paris:20261130T150000",
        s("Entretien technique : Amadou Diallo <> Sopralis (Ingénieur DevOps H/F)"),
        org("no-reply@hire.lever.co", "Sopralis via Lever"),
        att(ME_PRIVATE, "Amadou Diallo"), att("thibault.garnier@sopralis.fr", "Thibault Garnier"),
        d("Bonjour Amadou,\n\nVotre entretien technique pour le poste d'Ingénieur DevOps H/F est confirmé.\n"
          "Interlocuteur : Thibault Garnier, Tech Lead Plateforme.\nAu programme : CI/CD GitLab, Terraform, "
          "observabilité.\n\nLien de visioconférence : https://meet.google.com/sop-ralx-tec\n\n"
          "Pour reprogrammer, répondez simplement à cet e-mail.\n\nL'équipe recrutement Sopralis"),
        loc("https://meet.google.com/sop-ralx-tec"))),
    True, "Sopralis", "Ingénieur DevOps", "technical", ("thibault.garnier@sopralis.fr",)))

u = "AAMkAGI2TG93AAA=caisse-atlantique-rh-screen"
E.append(Ev("teams-hr-screen-brand-domain", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261201T090000",
        "DTEND;TZID=Romance Standard Time:20261201T094500",
        s("Entretien RH – Ingénieur Cloud Ops (CDI, Nantes ou télétravail)"),
        org("manon.guillou@ca-atlantique-groupe.fr", "GUILLOU Manon"),
        att(ME_PRIVATE, "Amadou Diallo"),
        d("Bonjour,\n\nJe vous propose un premier entretien RH pour le poste d'Ingénieur Cloud Ops à la Direction "
          "des Systèmes d'Information de la Caisse Atlantique. Nous parlerons de votre parcours et du "
          "fonctionnement de l'équipe.\n\nManon Guillou\nChargée de recrutement\nCaisse Atlantique – Groupe "
          "bancaire coopératif\n\n" + teams_fr("348 117 620 904", "MmE4ZTk2NWQtN")),
        loc("Réunion Microsoft Teams"))),
    True, "Caisse Atlantique", "Ingénieur Cloud Ops", "recruiter_screen", ("manon.guillou@ca-atlantique-groupe.fr",)))

u = "CLEARMONT-CIO-FINAL-ADIALLO-20261210"
E.append(Ev("outlook-utc-zone-final-lux", "fr", u, cal(
    OUTLOOK, tz_windows("(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"), ve(
        "CLASS:PUBLIC", f"UID:{u}", STAMP,
        "DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne\":20261210T160000",
        "DTEND;TZID=\"(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne\":20261210T170000",
        s("Clearmont – entretien final avec le CIO – poste Cloud Platform Lead"),
        org("hr-lux@clearmont.lu", "Clearmont HR Luxembourg"),
        att(ME_PRIVATE, "Diallo, Amadou"), att("g.weber@clearmont.lu", "Weber, Gilles"),
        att("hr-lux@clearmont.lu", "Clearmont HR Luxembourg", role="OPT-PARTICIPANT", rsvp=False),
        d("Cher Monsieur Diallo,\n\nNous avons le plaisir de vous inviter au dernier tour pour le poste de Cloud "
          "Platform Lead chez Clearmont Fund Services S.à r.l. Vous rencontrerez Gilles Weber, Chief Information "
          "Officer.\n\nAdresse : 12, rue Eugène Ruppert, L-2453 Luxembourg (Cloche d'Or). Parking visiteurs "
          "niveau -1.\n\nMeilleures salutations,\nRessources Humaines"),
        loc("12, rue Eugène Ruppert, L-2453 Luxembourg"))),
    True, "Clearmont Fund Services", "Cloud Platform Lead", "final", ("g.weber@clearmont.lu",)))

u = "talentis-2026-1134-voltagrid"
E.append(Ev("agency-names-employer", "fr", u, cal(
    GOOGLE, ve(
        f"UID:{u}", STAMP, "DTSTART:20261204T130000Z", "DTEND:20261204T140000Z",
        s("Entretien Volta Grid Belgium – Ingénieur Cloud Infrastructure (via Talentis)"),
        org("elodie.marchand@talentis.be", "Élodie Marchand"),
        att(ME_PRIVATE, "Amadou Diallo"), att("w.peeters@voltagrid.be", "Wim Peeters"),
        d("Bonjour Amadou,\n\nComme convenu, voici l'invitation pour ton entretien chez notre client Volta Grid "
          "Belgium (gestionnaire de réseau électrique) avec Wim Peeters, IT Infrastructure Manager. Poste : "
          "Ingénieur Cloud Infrastructure, CDI, Bruxelles-Nord. Je ne serai pas présente, appelle-moi juste "
          "après pour le débrief !\n\nÉlodie – Talentis Recruitment\n\n" + meet("fr", "vgb-tale-ntq")
          + google_footer("fr", ME_PRIVATE)))),
    True, "Volta Grid Belgium", "Ingénieur Cloud Infrastructure", "", ("w.peeters@voltagrid.be",), "agency"))

u = "9C1E4A77-2B3D-4E8F-A0B1-PROXIVOX2ETOUR"
E.append(Ev("hand-typed-floating", "fr", u, cal(
    APPLE, ve(
        "CREATED:20261121T194501Z", "DTEND:20261207T150000", s("Entretien Proxivox 2e tour"),
        f"UID:{u}", "DTSTART:20261207T140000", "DTSTAMP:20261121T194522Z", "SEQUENCE:0",
        loc("Proxivox, Bd du Roi Albert II 27"), d("prendre CV imprimé + schéma archi AWS"),
        comp("VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT1H",
             "X-WR-ALARMUID:71D3C6B0-0C5E-4D8C-9E2B-3A6E5C1F9D20")), method=None),
    True, "Proxivox", "", "", (), "hand_typed"))

u = "calendly-3f8e0c1a-nuvolo-discovery"
E.append(Ev("calendly-discovery-call", "fr", u, cal(
    "-//Calendly//Calendly//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261126T100000Z", "DTEND:20261126T102500Z",
        s("Appel découverte (25 min) entre Amadou Diallo et Inès Moreau"),
        org("ines.moreau@nuvolo.dev", "Inès Moreau"),
        att(ME_PRIVATE, "Amadou Diallo"), att("ines.moreau@nuvolo.dev", "Inès Moreau", stat="ACCEPTED"),
        d("Événement : Appel découverte – candidature Cloud Engineer chez Nuvolo Labs\n\nInès Moreau (Talent "
          "Partner) vous appellera.\n\nQuestions :\nNuméro de téléphone : +32 470 11 22 33\nPourquoi Nuvolo ? : "
          "La migration multi-cloud et l'équipe plateforme\n\nNeed to make changes to this event?\nCancel: "
          "https://calendly.com/cancellations/3f8e0c1a\nReschedule: https://calendly.com/reschedulings/3f8e0c1a\n\n"
          "Powered by Calendly.com"),
        loc("Appel téléphonique : Inès vous appellera au +32 470 11 22 33"))),
    True, "Nuvolo Labs", "Cloud Engineer", "recruiter_screen", ("ines.moreau@nuvolo.dev",)))

u = "ashby-int-5b7c2a19-stackfinch-live"
E.append(Ev("ats-ashby-live-coding", "fr", u, cal(
    "-//Ashby//Ashby Scheduling//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261202T150000Z", "DTEND:20261202T163000Z",
        s("Entretien technique (live coding Terraform) – Stackfinch"),
        org("scheduling@ashbyhq.com", "Stackfinch Recruiting"),
        att(ME_PRIVATE, "Amadou Diallo"), att("lea.fontaine@stackfinch.com", "Léa Fontaine"),
        att("oskar.lindqvist@stackfinch.com", "Oskar Lindqvist"),
        d("Bonjour Amadou,\n\nVoici les détails de votre prochain entretien pour le poste de Platform Engineer "
          "(Remote EU).\n\nIntervenants :\n- Léa Fontaine, Staff Engineer\n- Oskar Lindqvist, Senior Platform "
          "Engineer\n\nFormat : 90 minutes, partage d'écran, écriture d'un module Terraform puis revue.\n\n"
          + zoom("fr", "874 2210 5561", "Sf8kq2LmZ") + "\nPowered by Ashby"),
        loc("Zoom"))),
    True, "Stackfinch", "Platform Engineer", "technical",
    ("lea.fontaine@stackfinch.com", "oskar.lindqvist@stackfinch.com")))

u = "goodtime-8830214-hexadis-loop"
E.append(Ev("goodtime-virtual-loop", "fr", u, cal(
    "-//GoodTime.io//GoodTime Calendar//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261208T083000Z", "DTEND:20261208T113000Z",
        s("Groupe Hexadis | Entretiens finaux – Ingénieur·e SRE Senior – Amadou Diallo"),
        org("interviews@hexadis-groupe.com", "Hexadis Recrutement"),
        att(ME_PRIVATE, "Amadou Diallo"),
        att("camille.roux@hexadis-groupe.com", "Camille Roux"),
        att("ahmed.belkacem@hexadis-groupe.com", "Ahmed Belkacem"),
        att("sandrine.petit@hexadis-groupe.com", "Sandrine Petit"),
        att("coordination.rh@hexadis-groupe.com", "Coordination RH (ne participe pas)", role="NON-PARTICIPANT"),
        d("Votre parcours d'entretiens (heure de Paris) :\n09:30-10:30 Conception système – Camille Roux, "
          "Architecte\n10:30-11:30 Incident & astreinte – Ahmed Belkacem, SRE Manager\n11:45-12:30 Entretien "
          "final – Sandrine Petit, Directrice Production IT\n\nUn seul lien Teams pour toute la matinée.\n\n"
          + teams_fr("392 004 117 356", "ZjQ1YmQ2NGEtM") + "\n\nPlanifié avec GoodTime"),
        loc("Microsoft Teams"))),
    True, "Groupe Hexadis", "Ingénieur·e SRE Senior", "final",
    ("camille.roux@hexadis-groupe.com", "ahmed.belkacem@hexadis-groupe.com", "sandrine.petit@hexadis-groupe.com")))

u = "EADPS-TA-2026-04-INT-112@eadps.europa.eu"
E.append(Ev("eu-selection-committee", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261215T143000",
        "DTEND;TZID=Romance Standard Time:20261215T151500",
        s("Entretien avec le comité de sélection – EADPS/TA/2026/04 – Chargé(e) d'infrastructure cloud (AD6)"),
        org("eadps-selection@eadps.europa.eu", "EADPS SELECTION"),
        att(ME_PRIVATE, "DIALLO Amadou"),
        d("Cher candidat,\n\nÀ la suite de l'évaluation des candidatures, le comité de sélection de l'Agence "
          "européenne des services publics numériques (EADPS) vous invite à un entretien pour le poste d'agent "
          "temporaire EADPS/TA/2026/04 – Chargé(e) d'infrastructure cloud (AD6).\n\nL'entretien se déroulera "
          "en français et en anglais et sera suivi d'un test écrit surveillé.\n\nLe lien Webex vous sera "
          "communiqué 24 h avant.\n\n" + webex("fr", "2744 018 9931", "eadps")
          + "\nEADPS – Unité Ressources humaines"),
        loc("Webex / EADPS, Rue de la Loi 107, Bruxelles"))),
    True, "EADPS", "Chargé(e) d'infrastructure cloud", "", (), "eu_selection"))

u = "celtra-webex-tech-20261211"
E.append(Ev("webex-technical-telco", "fr", u, cal(
    "-//Cisco//Webex Meetings//FR", ve(
        f"UID:{u}", STAMP, "DTSTART:20261211T090000Z", "DTEND:20261211T100000Z",
        s("Entretien – Ingénieur·e Plateforme – Celtra Mobile"),
        org("jp.schmit@celtramobile.lu", "Jean-Paul Schmit"),
        att(ME_PRIVATE, "Amadou Diallo"), att("jp.schmit@celtramobile.lu", "Jean-Paul Schmit", stat="ACCEPTED"),
        att("sarah.kremer@celtramobile.lu", "Sarah Kremer"),
        d("Bonjour Amadou,\nJean-Paul Schmit vous invite à une réunion Webex : entretien technique pour le poste "
          "d'Ingénieur·e Plateforme (OpenStack / Kubernetes) chez Celtra Mobile S.A.\nParticipants : Jean-Paul "
          "Schmit (chef d'équipe Cloud), Sarah Kremer (ingénieure réseau).\n\n"
          + webex("fr", "2381 447 0912", "celtramobile")),
        loc("https://celtramobile.webex.com"))),
    True, "Celtra Mobile", "Ingénieur·e Plateforme", "technical",
    ("jp.schmit@celtramobile.lu", "sarah.kremer@celtramobile.lu")))

u = "040000008200E00074C5B7101A82E0080000000010BB55A0A76BDC010000000000000000100000007E3D11F4BPMOSEL"
E.append(Ev("employee-invite-cn-last-first", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        "CLASS:PUBLIC", "CREATED:20261120T081000Z",
        d("Bonjour Amadou,\n\nSuite à votre entretien avec les RH, je vous propose un échange technique avec "
          "l'équipe Cloud Landing Zone (je serai accompagnée de Marc). Nous regarderons ensemble votre "
          "expérience Intune/Entra ID et comment vous aborderiez nos sujets Azure Policy.\n\nCordialement,\n"
          "Hélène Lambert\nResponsable Cloud Landing Zone | Banque Privée Moselle S.A.\n\n"
          + teams_fr("318 556 447 201", "YjA5NzE3NDctZ")),
        "DTEND;TZID=Romance Standard Time:20261205T113000", STAMP,
        "DTSTART;TZID=Romance Standard Time:20261205T103000", loc("Réunion Microsoft Teams"),
        s("Échange technique – équipe Cloud Landing Zone"), f"UID:{u}",
        org("helene.lambert@bpmoselle.lu", "Lambert, Hélène"),
        att(ME_PRIVATE, "amadou.diallo@skynet.be"), att("marc.hoffmann@bpmoselle.lu", "Hoffmann, Marc"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY")),
    True, "Banque Privée Moselle", "", "technical", ("helene.lambert@bpmoselle.lu", "marc.hoffmann@bpmoselle.lu")))

u = "dijledata-rh-20261203-cancel"
E.append(Ev("cancelled-interview", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", "DTSTAMP:20261201T120000Z", "DTSTART;TZID=Romance Standard Time:20261203T150000",
        "DTEND;TZID=Romance Standard Time:20261203T160000",
        s("Annulé : Entretien – Cloud Engineer – Dijle Data"),
        org("jobs@dijledata.be", "Dijle Data NV – Recruitment"),
        att(ME_PRIVATE, "Amadou Diallo"), att("an.verhoeven@dijledata.be", "An Verhoeven"),
        d("Bonjour Amadou,\nNous devons malheureusement annuler l'entretien de jeudi (An est souffrante). Nous "
          "revenons vers vous très vite avec de nouvelles propositions de créneaux.\nCordialement,\nDijle Data"),
        loc("Dijle Data, Vaartkom 31, 3000 Leuven"), "STATUS:CANCELLED", "SEQUENCE:2",
        "PRIORITY:1"), method="CANCEL"),
    True, "Dijle Data", "Cloud Engineer", "", ("an.verhoeven@dijledata.be",), "cancelled"))

u = "corvane-final-0912-amadou"
E.append(Ev("rescheduled-final", "fr", u, cal(
    GOOGLE, tz_olson(), ve(
        "DTSTART;TZID=Europe/Brussels:20261214T170000", "DTEND;TZID=Europe/Brussels:20261214T180000", STAMP,
        org("maxime.dupont@corvane.com", "Maxime Dupont"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("maxime.dupont@corvane.com", "Maxime Dupont", stat="ACCEPTED"),
        att("isabelle.noel@corvane.com", "Isabelle Noël"),
        d("Nouvel horaire (lundi 17h au lieu de vendredi) – désolé pour le changement !\n\nDernier entretien "
          "pour le poste de Senior Cloud Consultant chez Corvane Partners : Isabelle Noël (Partner, practice "
          "Cloud) et moi-même.\n\n" + meet("fr", "cor-vane-fin") + google_footer("fr", ME_PRIVATE)),
        "SEQUENCE:3", "STATUS:CONFIRMED", s("Entretien final – Corvane Partners (nouvel horaire)"),
        "TRANSP:OPAQUE")),
    True, "Corvane Partners", "Senior Cloud Consultant", "final",
    ("maxime.dupont@corvane.com", "isabelle.noel@corvane.com"), "rescheduled"))

u = "brume-immersion-2026@brume.eu"
E.append(Ev("recurring-immersion-override", "fr", u, cal(
    GOOGLE, tz_olson(),
    ve(f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Brussels:20261216T090000",
       "DTEND;TZID=Europe/Brussels:20261216T170000", "RRULE:FREQ=DAILY;COUNT=2",
       s("Journées d'immersion rémunérées – Brume (équipe Ops)"),
       org("camille@brume.eu", "Camille Verstraeten"), att(ME_PRIVATE, "Amadou Diallo"),
       att("camille@brume.eu", "Camille Verstraeten", stat="ACCEPTED"), att("tom@brume.eu", "Tom Hendrickx"),
       d("Comme dernière étape du recrutement pour le poste d'Ingénieur Plateforme, on te propose deux "
         "journées d'immersion rémunérées avec l'équipe Ops (binôme avec Tom). Bureau : Rue de la Loi 42, 1040 "
         "Etterbeek.\n\nCamille – cofondatrice"),
       loc("Brume, Rue de la Loi 42, 1040 Etterbeek"), "SEQUENCE:0"),
    ve(f"UID:{u}", STAMP, "RECURRENCE-ID;TZID=Europe/Brussels:20261217T090000",
       "DTSTART;TZID=Europe/Brussels:20261218T090000", "DTEND;TZID=Europe/Brussels:20261218T170000",
       s("Journées d'immersion rémunérées – Brume (jour 2, déplacé au vendredi)"),
       org("camille@brume.eu", "Camille Verstraeten"), att(ME_PRIVATE, "Amadou Diallo"),
       att("camille@brume.eu", "Camille Verstraeten", stat="ACCEPTED"), att("tom@brume.eu", "Tom Hendrickx"),
       d("Jour 2 déplacé au vendredi (grève STIB jeudi)."), "SEQUENCE:1")),
    True, "Brume", "Ingénieur Plateforme", "onsite", ("camille@brume.eu", "tom@brume.eu"), "recurring_override"))

u = "rnb-digital-entretien-7781@rnb-digital.be"
E.append(Ev("sent-to-work-address", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261209T123000",
        "DTEND;TZID=Romance Standard Time:20261209T131500",
        s("Entretien – Administrateur·rice systèmes cloud – Rail Numérique Belge"),
        org("stijn.claes@rnb-digital.be", "Claes Stijn"),
        att(ME_WORK, "Diallo Amadou"),
        d("Bonjour Monsieur Diallo,\n\nVous avez indiqué votre adresse professionnelle dans votre candidature ; "
          "j'y envoie donc l'invitation (pendant votre pause de midi comme demandé).\nEntretien de 45 minutes "
          "avec moi-même, responsable de l'équipe Hébergement, pour le poste d'Administrateur·rice systèmes "
          "cloud (réf. RNB-IT-219).\n\nStijn Claes\nRail Numérique Belge SA\n\n"
          + teams_fr("366 201 889 045", "OTU1YTE2MWEtY")),
        loc("Microsoft Teams-vergadering / Réunion Teams"))),
    True, "Rail Numérique Belge", "Administrateur·rice systèmes cloud", "hiring_manager",
    ("stijn.claes@rnb-digital.be",), "sent_to_work"))

u = "fernway-cafe-2e-entretien@proton.me"
E.append(Ev("cafe-is-round-two", "fr", u, cal(
    "-//Proton AG//ProtonCalendar 1.0.0//EN", ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Brussels:20261210T083000",
        "DTEND;TZID=Europe/Brussels:20261210T093000",
        s("Café avec Thomas (Fernway)"),
        org("thomas.fernway@proton.me", "Thomas Rigaux"), att(ME_PRIVATE, "Amadou Diallo"),
        d("Hello Amadou, comme promis après ton premier entretien avec Alice : un café pour notre 2e "
          "entretien, avec moi (CEO). On parlera du poste d'ingé plateforme, du salaire et du télétravail. "
          "Je t'attends au Café Belga, place Flagey."),
        loc("Café Belga, Place Eugène Flagey 18, 1050 Ixelles")), method="REQUEST",
    head=()).replace("BEGIN:VEVENT", tz_olson() + "\r\nBEGIN:VEVENT", 1),
    True, "Fernway", "ingé plateforme", "hiring_manager", ("thomas.fernway@proton.me",), "cafe_round_two"))

u = "lumaris-tech-1a2b3c@google.com"
E.append(Ev("title-only-google", "fr", u, cal(
    GOOGLE, ve(
        "DTSTART:20261128T093000Z", "DTEND:20261128T103000Z", STAMP,
        org("raphael.giraud@lumaris.eu", "Raphaël Giraud"), f"UID:{u}",
        att(ME_PRIVATE, "amadou.diallo@skynet.be"), att("raphael.giraud@lumaris.eu", "Raphaël Giraud",
                                                        stat="ACCEPTED", rsvp=False),
        att("zoe.albert@lumaris.eu", "Zoé Albert"),
        d(meet("fr", "lum-aris-pt1") + google_footer("fr", ME_PRIVATE)),
        s("Amadou <> Lumaris – point technique"), "STATUS:CONFIRMED", "TRANSP:OPAQUE")),
    True, "Lumaris", "", "technical", ("raphael.giraud@lumaris.eu", "zoe.albert@lumaris.eu"), "title_only"))

u = "VKC-PARTNER-INT-20261217"
E.append(Ev("consultancy-partner-final", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261217T100000",
        "DTEND;TZID=Romance Standard Time:20261217T110000",
        s("Entretien avec un Partner – Consultant Cloud Senior (Vanbrugh & Keller)"),
        org("recruiting.be@vkconsulting.com", "V&K Recruiting Belgium"),
        att(ME_PRIVATE, "Diallo Amadou"), att("e.vanbrugh@vkconsulting.com", "Vanbrugh, Edith"),
        att("r.dubois@vkconsulting.com", "Dubois, Raphaël"),
        room("bru-louise-5a@vkconsulting.com", "BRU Louise 5A"),
        d("Bonjour Amadou,\nDernière étape du processus pour le rôle de Consultant Cloud Senior : entretien avec "
          "Edith Vanbrugh (Partner, Technology Consulting) et Raphaël Dubois (Director).\nAvenue Louise 326, 1050 "
          "Bruxelles – 5e étage, présentez-vous à la réception.\n\nVanbrugh & Keller Consulting SRL"),
        loc("Avenue Louise 326, 1050 Bruxelles"))),
    True, "Vanbrugh & Keller", "Consultant Cloud Senior", "final",
    ("e.vanbrugh@vkconsulting.com", "r.dubois@vkconsulting.com")))
