"""holdout126: Karim's own interviews sent directly (Outlook/Exchange, Google, founders, agencies)."""

from __future__ import annotations

from holdout126ev_ics import (
    EXCHANGE,
    ME_FREE,
    OUTLOOK,
    ROMANCE,
    UTC01,
    WEUROPE,
    Ev,
    esc,
    gatt,
    oatt,
    org,
)
from holdout126ev_pos_ats import teams_fr

ALT = 'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>{}</p></body></html>'


def events() -> list[Ev]:
    out: list[Ev] = []

    # 17 public hospital, jury, Windows zone name, ROOM attendee
    desc = ("Monsieur,\n\nJ'ai le plaisir de vous convoquer à l'entretien de recrutement pour le poste de "
            "Technicien supérieur hospitalier (TSH) – option génie climatique.\n\nLe jury sera composé de :\n"
            "- M. Bruno Tessier, ingénieur responsable des services techniques\n"
            "- Mme Aurore Pellegrin, adjointe à la directrice des ressources humaines\n\n"
            "Merci de vous présenter 10 minutes avant au secrétariat de la Direction des travaux (bâtiment A, "
            "1er étage).\n\nCordialement,\nNathalie Costa\nAssistante DRH – CH Sainte-Victoire")
    out.append(Ev(
        "outlook-jury-hopital", "040000008200E00074C5B7101A82E00800000000D0A1C3B94E8CDC01000000000000000010000000"
        "7A1F2C3D4E5F60718293A4B5C6D7E8F9", "outlook-jury-hospital-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260129T140000',
            f'DTEND;TZID="{ROMANCE}":20260129T150000',
            "SUMMARY:" + esc("Entretien de recrutement – TSH génie climatique – M. Benhaddou"),
            "DESCRIPTION:" + esc(desc),
            ALT.format("Monsieur,<br>J&#39;ai le plaisir de vous convoquer à l&#39;entretien de recrutement…"),
            "LOCATION:" + esc("CH Sainte-Victoire – Salle du conseil (bât. A)"),
            org("nathalie.costa@ch-saintevictoire.fr", "Costa, Nathalie"),
            oatt("bruno.tessier@ch-saintevictoire.fr", "Tessier, Bruno"),
            oatt("aurore.pellegrin@ch-saintevictoire.fr", "Pellegrin, Aurore"),
            oatt(ME_FREE, "karim.benhaddou13@laposte.net"),
            oatt("salle.conseil@ch-saintevictoire.fr", "Salle du conseil (bât. A)", role="NON-PARTICIPANT",
                 cutype="ROOM"),
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
        ], prodid=OUTLOOK, tz="romance", yes=True, company="Centre Hospitalier Sainte-Victoire",
        role="Technicien supérieur hospitalier (TSH) – option génie climatique",
        who="bruno.tessier@ch-saintevictoire.fr;aurore.pellegrin@ch-saintevictoire.fr"))

    # 18 private hospital, hiring manager, (UTC+01:00) zone, CN Last, First
    out.append(Ev(
        "outlook-hm-clinique", "040000008200E00074C5B7101A82E0080000000070F1E0D2B98BDC010000000000000000100000"
        "00C3B2A190807060504030201000FFEEDD", "outlook-hiring-manager-fr", [
            f'DTSTART;TZID="{UTC01}":20260206T083000',
            f'DTEND;TZID="{UTC01}":20260206T093000',
            "SUMMARY:" + esc("Entretien avec le responsable des services techniques – HP Les Calanques"),
            "DESCRIPTION:" + esc(
                "Bonjour M. Benhaddou,\n\nComme convenu au téléphone, je vous propose de nous rencontrer pour "
                "échanger sur le poste de technicien de maintenance senior (CVC / fluides médicaux).\n"
                "Je vous ferai visiter les locaux techniques (CTA blocs, production d'eau glacée) à l'issue de "
                "l'entretien.\n\nBien à vous,\nJean-Marc Ferracci\nResponsable des services techniques\n"
                "Hôpital Privé Les Calanques – 04 91 •• •• ••"),
            ALT.format("Bonjour M. Benhaddou,<br>Comme convenu au téléphone…"),
            "LOCATION:" + esc("Hôpital Privé Les Calanques, Services techniques (niveau -1), 13009 Marseille"),
            org("jm.ferracci@hp-calanques.fr", "Ferracci, Jean-Marc"),
            oatt(ME_FREE, "Karim Benhaddou"),
        ], prodid=OUTLOOK, tz="utc01", yes=True, company="Hôpital Privé Les Calanques",
        role="technicien de maintenance senior (CVC / fluides médicaux)", stage="hiring_manager",
        who="jm.ferracci@hp-calanques.fr"))

    # 19 Exchange, SENT-BY assistant, final with director
    out.append(Ev(
        "exchange-sentby-final", "040000008200E00074C5B7101A82E00800000000A0F3C1D2E58ADC0100000000000000001000000"
        "0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6", "exchange-sent-by-final-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260219T163000',
            f'DTEND;TZID="{ROMANCE}":20260219T173000',
            "SUMMARY:" + esc("Entretien final – Responsable maintenance – Polyclinique des Alpilles"),
            "DESCRIPTION:" + esc(
                "Monsieur Benhaddou,\n\nÀ la demande de M. Dominique Arnaud, Directeur général, je vous "
                "confirme votre dernier entretien pour le poste de Responsable maintenance.\n"
                "Lieu : bureau de la direction, 2e étage.\n\nBien cordialement,\nFlorence Mazet\n"
                "Assistante de direction"),
            "LOCATION:" + esc("Polyclinique des Alpilles – Direction, Salon-de-Provence"),
            org("d.arnaud@polyclinique-alpilles.fr", "Arnaud, Dominique",
                sent_by="f.mazet@polyclinique-alpilles.fr"),
            oatt(ME_FREE, "Benhaddou, Karim"),
            oatt("f.mazet@polyclinique-alpilles.fr", "Mazet, Florence", role="OPT-PARTICIPANT"),
        ], prodid=EXCHANGE, tz="romance", yes=True, company="Polyclinique des Alpilles",
        role="Responsable maintenance", stage="final", who="d.arnaud@polyclinique-alpilles.fr"))

    # 20 Outlook Teams, naval maintenance Toulon, recruiter screen
    out.append(Ev(
        "outlook-teams-screen", "040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADC01000000000000000010000000"
        "5E4D3C2B1A09F8E7D6C5B4A392817065", "outlook-teams-screen-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260116T113000',
            f'DTEND;TZID="{ROMANCE}":20260116T120000',
            "SUMMARY:" + esc("Entretien Teams – Superviseur maintenance navale – Navalis"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nJe vous propose un premier échange par Teams pour faire connaissance et "
                "présenter le poste basé à Toulon (base navale, habilitation défense requise).\n\n"
                "Cordialement,\nMarion Aubert\nChargée de recrutement – Navalis Toulon Maintenance\n\n"
                + teams_fr("ZGY3YjI1", "374 901 228 460", "Wq5bN2")),
            "LOCATION:" + esc("Réunion Microsoft Teams"),
            org("marion.aubert@navalis-tm.fr", "Aubert, Marion"),
            oatt(ME_FREE, "karim.benhaddou13@laposte.net"),
            "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGY3YjI1%40"
            "thread.v2/0",
            "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:marion.aubert@navalis-tm.fr",
        ], prodid=OUTLOOK, tz="romance", yes=True, company="Navalis Toulon Maintenance",
        role="Superviseur maintenance navale", stage="recruiter_screen", who="marion.aubert@navalis-tm.fr"))

    # 21 Outlook English, Monaco FM, hiring manager, W. Europe zone
    out.append(Ev(
        "outlook-en-monaco", "040000008200E00074C5B7101A82E00800000000B3C4D5E6F7A8DC0100000000000000001000000"
        "0FEDCBA98765432100123456789ABCDEF", "outlook-hiring-manager-en", [
            f'DTSTART;TZID="{WEUROPE}":20260224T100000',
            f'DTEND;TZID="{WEUROPE}":20260224T110000',
            "SUMMARY:" + esc("Interview – Senior HVAC Technician (Monaco) – K. Benhaddou"),
            "DESCRIPTION:" + esc(
                "Dear Karim,\n\nFurther to your call with our HR team, I would be glad to meet you in person. "
                "We will discuss the maintenance contracts we run for residential towers in Fontvieille and "
                "Larvotto.\n\nBest regards,\nSimon Carter\nOperations Manager\nMonte-Carlo Facility Services "
                "S.A.M.\nT. +377 97 •• •• ••"),
            "LOCATION:" + esc("MCFS, 7 rue du Gabian, Fontvieille, Monaco"),
            org("s.carter@mcfs.mc", "Carter, Simon"),
            oatt(ME_FREE, "Karim Benhaddou"),
        ], prodid=OUTLOOK, tz="weurope", yes=True, company="Monte-Carlo Facility Services",
        role="Senior HVAC Technician", stage="hiring_manager", who="s.carter@mcfs.mc"))

    # 22 rescheduled technical interview (SEQUENCE 2), nuclear-area energy firm
    out.append(Ev(
        "outlook-rescheduled", "040000008200E00074C5B7101A82E00800000000C4D5E6F708192A01000000000000000010000000"
        "1122334455667788990011223344556677", "outlook-rescheduled-technical-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260311T140000',
            f'DTEND;TZID="{ROMANCE}":20260311T153000',
            "SUMMARY:" + esc("[Nouvel horaire] Entretien technique – Chef de site maintenance – Durance Énergies"),
            "DESCRIPTION:" + esc(
                "Bonjour,\n\nSuite à un impératif du chef de centrale, l'entretien technique initialement prévu "
                "le 10/03 à 9h30 est déplacé au mercredi 11/03 à 14h00.\nIntervenants : Gilles Reynaud (chef de "
                "centrale hydraulique) et Sophie Lambert (responsable HSE).\n\nMerci de votre compréhension,\n"
                "Karine Ollivier – RH Durance Énergies"),
            "LOCATION:" + esc("Durance Énergies – Centrale de Saint-Estève-Janson, salle de réunion"),
            org("k.ollivier@durance-energies.fr", "Ollivier, Karine"),
            oatt("g.reynaud@durance-energies.fr", "Reynaud, Gilles"),
            oatt("s.lambert@durance-energies.fr", "Lambert, Sophie"),
            oatt(ME_FREE, "Benhaddou, Karim"),
            "SEQUENCE:2",
            "X-MICROSOFT-CDO-OWNERAPPTID:-1845220931",
        ], prodid=OUTLOOK, tz="romance", yes=True, company="Durance Énergies",
        role="Chef de site maintenance", stage="technical",
        who="g.reynaud@durance-energies.fr;s.lambert@durance-energies.fr"))

    # 23 METHOD:CANCEL, cold-chain logistics
    out.append(Ev(
        "outlook-cancel", "040000008200E00074C5B7101A82E00800000000D5E6F70819203B010000000000000000100000009988"
        "776655443322110099887766554433", "outlook-cancelled-fr", [
            f'DTSTART;TZID="{UTC01}":20260218T090000',
            f'DTEND;TZID="{UTC01}":20260218T100000',
            "SUMMARY:" + esc("Annulé : Entretien – Chef d'équipe maintenance – Frigoport Méditerranée"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nNous sommes contraints d'annuler notre entretien de mercredi ; je reviens "
                "vers vous rapidement avec de nouvelles disponibilités.\n\nCordialement,\nLionel Gauthier\n"
                "Responsable maintenance – Frigoport Méditerranée (Grand Port Maritime, Mourepiane)"),
            "LOCATION:Frigoport Méditerranée – Mourepiane",
            org("l.gauthier@frigoport-med.fr", "Gauthier, Lionel"),
            oatt(ME_FREE, "Karim Benhaddou"),
            "STATUS:CANCELLED",
            "SEQUENCE:1",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        ], prodid=OUTLOOK, method="CANCEL", tz="utc01", yes=True, company="Frigoport Méditerranée",
        role="Chef d'équipe maintenance", who="l.gauthier@frigoport-med.fr"))

    # 24 Google direct from employee, refinery site visit, abbreviation domain
    out.append(Ev(
        "google-site-visit", "4k2n7qv1r8s0t3b6m9c5x1z4w7@google.com", "google-site-visit-fr", [
            "DTSTART;TZID=Europe/Paris:20260305T083000",
            "DTEND;TZID=Europe/Paris:20260305T113000",
            "SUMMARY:" + esc("Visite de site raffinerie / Karim B. (candidat superviseur utilités)"),
            "DESCRIPTION:" + esc(
                "Karim,\n\nComme évoqué, visite des utilités (tours aéroréfrigérantes, chaufferie, salles "
                "électriques climatisées) avec moi puis échange avec Hervé Blanchard, notre responsable "
                "maintenance.\nRDV au poste de garde principal, formation sécurité visiteur de 20 min avant "
                "l'accès.\n\nNicolas\n--\nNicolas Peyre\nIngénieur utilités – Fos Raffinage Services"),
            "LOCATION:" + esc("FRS – Poste de garde principal, Route de Port-de-Bouc, Fos-sur-Mer"),
            org("nicolas.peyre@frs-fos.fr", "Nicolas Peyre"),
            gatt("nicolas.peyre@frs-fos.fr", "Nicolas Peyre", part="ACCEPTED"),
            gatt("herve.blanchard@frs-fos.fr", "Hervé Blanchard"),
            gatt(ME_FREE),
        ], yes=True, company="Fos Raffinage Services", role="superviseur utilités", stage="onsite",
        who="nicolas.peyre@frs-fos.fr;herve.blanchard@frs-fos.fr"))

    # 25 founder on free-mail, company only in body
    out.append(Ev(
        "founder-gmail", "6p0f4l9c2j8h1d5g3k7a0s2q6e@google.com", "founder-freemail-fr", [
            "DTSTART;TZID=Europe/Paris:20260123T073000",
            "DTEND;TZID=Europe/Paris:20260123T083000",
            "SUMMARY:" + esc("Rdv Karim – poste chef d'équipe"),
            "DESCRIPTION:" + esc(
                "Salut Karim, comme dit au tél on se voit au dépôt avant que les gars partent en intervention. "
                "Je te présente la boîte (Marchetti Froid & Clim, 14 techniciens) et on parle du poste de chef "
                "d'équipe. Café offert.\nJulien"),
            "LOCATION:" + esc("Dépôt Marchetti, 22 traverse de la Montre, 13011 Marseille"),
            org("julien.marchetti.froid@gmail.com", "Julien Marchetti"),
            gatt("julien.marchetti.froid@gmail.com", "Julien Marchetti", part="ACCEPTED"),
            gatt(ME_FREE),
        ], yes=True, company="Marchetti Froid & Clim", role="chef d'équipe",
        who="julien.marchetti.froid@gmail.com"))

    # 26 temp agency inviting to the client's interview
    out.append(Ev(
        "agency-interim-client", "2s8d1f6g4h0j3k9l5z7x2c1v8b@google.com", "agency-interim-employer-fr", [
            "DTSTART;TZID=Europe/Paris:20260209T140000",
            "DTEND;TZID=Europe/Paris:20260209T150000",
            "SUMMARY:" + esc("Entretien client RME – Technicien CVC salle blanche (mission CDI)"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nJe vous confirme votre entretien chez notre client Rousset Microélectronique "
                "(RME) avec M. Franck Delorme, responsable des utilités salle blanche.\n"
                "Je serai présente en début d'entretien pour les présentations puis je vous laisse.\n"
                "Pièces à apporter : CV, attestation d'aptitude fluides frigorigènes, CACES si vous l'avez.\n\n"
                "Agence TechniSud Intérim – Aix Les Milles\nCéline Martinez, chargée d'affaires"),
            "LOCATION:" + esc("RME, ZI de Rousset-Peynier, avenue Olivier Perroy, 13790 Rousset"),
            org("c.martinez@technisud-interim.fr", "Céline Martinez"),
            gatt("c.martinez@technisud-interim.fr", "Céline Martinez", part="ACCEPTED"),
            gatt("franck.delorme@rme-rousset.fr", "Franck Delorme"),
            gatt(ME_FREE),
        ], yes=True, company="Rousset Microélectronique", role="Technicien CVC salle blanche",
        who="franck.delorme@rme-rousset.fr"))

    # 27 recruitment firm, client named only in body, recruiter screen by the consultant
    out.append(Ev(
        "cabinet-body-only", "1q9w8e7r6t5y4u3i2o1p0a9s8d@google.com", "cabinet-employer-in-body-fr", [
            "DTSTART;TZID=Europe/Paris:20260121T120000",
            "DTEND;TZID=Europe/Paris:20260121T124500",
            "SUMMARY:" + esc("Entretien – Responsable maintenance navale (H/F) – Cabinet Vautrin"),
            "DESCRIPTION:" + esc(
                "Bonjour Monsieur Benhaddou,\n\nMerci pour votre intérêt. Comme indiqué, nous accompagnons notre "
                "client, la Compagnie Phocéenne de Ferries, dans le recrutement de son Responsable maintenance "
                "navale (flotte de 6 navires, basé au port de Marseille).\nJe vous appellerai pour un premier "
                "entretien d'environ 45 minutes.\n\nBien cordialement,\nAlexandre Vautrin\nAssocié – Cabinet "
                "Vautrin Recrutement\n06 •• •• •• 12"),
            "LOCATION:" + esc("Téléphone"),
            org("a.vautrin@cabinet-vautrin.fr", "Alexandre Vautrin"),
            gatt("a.vautrin@cabinet-vautrin.fr", "Alexandre Vautrin", part="ACCEPTED"),
            gatt(ME_FREE, "Karim Benhaddou"),
        ], yes=True, company="Compagnie Phocéenne de Ferries", role="Responsable maintenance navale (H/F)",
        stage="recruiter_screen", who="a.vautrin@cabinet-vautrin.fr"))

    # 28 Spanish FM group, phone screen in Spanish
    out.append(Ev(
        "phone-screen-es", "3e5r7t9y1u2i4o6p8a0s1d3f5g@google.com", "phone-screen-es", [
            "DTSTART;TZID=Europe/Madrid:20260226T100000",
            "DTEND;TZID=Europe/Madrid:20260226T103000",
            "SUMMARY:" + esc("Llamada – Técnico Senior HVAC (Marsella) – Grupo Levante Mantenimiento"),
            "DESCRIPTION:" + esc(
                "Hola Karim:\n\nGracias por tu candidatura para nuestra nueva delegación de Marsella. Te llamaré "
                "para una primera entrevista telefónica (en francés o español, como prefieras).\n\n"
                "Un saludo,\nLucía Navarro\nSelección de personal – Grupo Levante Mantenimiento (GLM)\nValencia"),
            "LOCATION:Llamada telefónica",
            org("lnavarro@grupolevante.es", "Lucía Navarro"),
            gatt("lnavarro@grupolevante.es", "Lucía Navarro", part="ACCEPTED"),
            gatt(ME_FREE),
        ], tz="none", cal_extra=["X-WR-TIMEZONE:Europe/Madrid"], yes=True,
        company="Grupo Levante Mantenimiento", role="Técnico Senior HVAC", stage="recruiter_screen",
        who="lnavarro@grupolevante.es"))

    # 29 Google Meet final, hydrogen start-up
    out.append(Ev(
        "google-meet-final", "7h3j5k1l9z2x4c6v8b0n1m3q5w@google.com", "google-meet-final-fr", [
            "DTSTART;TZID=Europe/Paris:20260213T150000",
            "DTEND;TZID=Europe/Paris:20260213T160000",
            "SUMMARY:" + esc("Voltaïa x Karim – dernier entretien (CEO + COO)"),
            "DESCRIPTION:" + esc(
                "Dernière étape pour le poste de Superviseur maintenance site. Tu échangeras avec Thomas Giraud "
                "(CEO) et Aïcha Benali (COO).\n\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Participer à la réunion Google Meet : https://meet.google.com/kxo-pwmn-tbe\n"
                "Participer par téléphone\n(FR) +33 1 87 40 46 81 PIN : 204 551 379#\n"
                "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
            "LOCATION:",
            org("camille.augier@voltaia.energy", "Camille Augier"),
            gatt("thomas@voltaia.energy", "Thomas Giraud"),
            gatt("aicha@voltaia.energy", "Aïcha Benali"),
            gatt("camille.augier@voltaia.energy", "Camille Augier", part="ACCEPTED", role="OPT-PARTICIPANT"),
            gatt(ME_FREE),
            "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=meet.google.com/kxo-pwmn-tbe:https://meet.google.com/kxo-pwmn-tbe",
        ], yes=True, company="Voltaïa Hydrogène", role="Superviseur maintenance site", stage="final",
        who="thomas@voltaia.energy;aicha@voltaia.energy"))

    # 30 Webex final, energy firm
    out.append(Ev(
        "webex-final", "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d-webex-elm", "webex-final-fr", [
            "DTSTART;TZID=Europe/Paris:20260303T110000",
            "DTEND;TZID=Europe/Paris:20260303T114500",
            "SUMMARY:" + esc("Entretien final avec le Directeur d'exploitation – Superviseur de site (Fos)"),
            "DESCRIPTION:" + esc(
                "Énergie Littoral Méditerranée – Direction de l'exploitation\n\n"
                "Rejoindre la réunion Webex\nhttps://elm-energie.webex.com/elm-energie/j.php?MTID=m5c2e7a9b\n"
                "Numéro de réunion (code d'accès) : 2741 553 0982\nMot de passe de la réunion : Fos2026!\n\n"
                "Participer par téléphone\n+33-1-7091-8646 France Toll\n\n"
                "Participants : Pierre-Yves Caron (Directeur d'exploitation). Organisé par Thierry Vidal."),
            "LOCATION:Webex",
            org("thierry.vidal@elm-energie.fr", "Vidal, Thierry"),
            oatt("py.caron@elm-energie.fr", "Caron, Pierre-Yves"),
            oatt(ME_FREE, "Benhaddou, Karim"),
        ], prodid="-//Cisco//Webex Meetings 44.2//EN", yes=True, company="Énergie Littoral Méditerranée",
        role="Superviseur de site", stage="final", who="py.caron@elm-energie.fr"))

    return out
