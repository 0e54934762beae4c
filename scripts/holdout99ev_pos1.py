"""holdout99 interviews, part 1: airport operator, hypermarkets, regional bank, aerostructures, chemicals."""

from __future__ import annotations

from holdout99ev_common import (
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    TZ_UTC_FR,
    UTC_FR,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_video import meet_fr, teams_de, teams_fr


def events() -> list[Ev]:
    out: list[Ev] = []

    # 1 Aéroports Sud-Garonne, phone screen from the HR assistant's Google Workspace.
    uid = "3k9v0q7t1m2sgaro5h8c4n6d0e@google.com"
    desc = (
        "Bonjour M. Moreau,\n\nComme convenu par téléphone, Mme Sabatier (chargée de recrutement) vous appellera "
        "au 06 71 22 48 90 pour un premier échange d'environ 30 minutes concernant votre candidature au poste de "
        "Responsable Sûreté Aéroportuaire (H/F) – CDI.\n\nBien cordialement,\nÉquipe Ressources Humaines\n"
        "Aéroports Sud-Garonne\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        + meet_fr("wdq-hzpa-kbe")
    )
    out.append(Ev("google-phone-screen-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251007T103000",
        "DTEND;TZID=Europe/Paris:20251007T110000",
        "DTSTAMP:20251002T134455Z",
        org("recrutement@aeroports-sudgaronne.fr", "Recrutement ASG"),
        f"UID:{uid}",
        att("claire.sabatier@aeroports-sudgaronne.fr", "Claire Sabatier", partstat="ACCEPTED"),
        att(ME_FREE, ME_FREE),
        "CREATED:20251002T134452Z",
        f"DESCRIPTION:{esc(desc)}",
        "LAST-MODIFIED:20251002T134453Z",
        "LOCATION:Appel téléphonique",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien téléphonique - Responsable Sûreté Aéroportuaire (H/F) / S. Moreau",
        "TRANSP:OPAQUE",
    ]], tz=PARIS, extra=("X-WR-CALNAME:recrutement@aeroports-sudgaronne.fr",)),
        uid, 1, "Aéroports Sud-Garonne", "Responsable Sûreté Aéroportuaire", "recruiter_screen",
        "claire.sabatier@aeroports-sudgaronne.fr", "google-phone-screen-fr"))

    # 2 ASG panel on site, Exchange, Windows zone, room resource, assistant sends on behalf of the director.
    uid = "040000008200E00074C5B7101A82E00800000000B0F3A4E1C937DC01000000000000000010000000D1A4C2E97F"
    desc = (
        "Monsieur,\n\nSuite à votre entretien téléphonique, nous avons le plaisir de vous convier à un entretien "
        "avec le comité de sélection pour le poste de Responsable Sûreté Aéroportuaire.\n\n"
        "Composition du jury : M. Laurent Cazeneuve (Directeur Sûreté & Sécurité), Mme Hélène Dupuy (DRH "
        "adjointe), M. Paul Ribes (Chef du PC Sûreté).\n\nMerci de vous présenter 15 minutes en avance à l'accueil "
        "du bâtiment administratif (Aérogare Hall D, niveau 2) muni d'une pièce d'identité : un badge visiteur "
        "vous sera remis. Prévoir 1h30.\n\nCordialement,\nMarion Teulière\nAssistante de direction – Direction "
        "Sûreté\nAéroports Sud-Garonne"
    )
    out.append(Ev("exchange-panel-room-fr", cal(EXCHANGE, [[
        org("laurent.cazeneuve@aeroports-sudgaronne.fr", '"Cazeneuve, Laurent"',
            sent_by="marion.teuliere@aeroports-sudgaronne.fr"),
        att("laurent.cazeneuve@aeroports-sudgaronne.fr", '"Cazeneuve, Laurent"', partstat="ACCEPTED", rsvp="FALSE"),
        att("helene.dupuy@aeroports-sudgaronne.fr", '"Dupuy, Hélène"'),
        att("paul.ribes@aeroports-sudgaronne.fr", '"Ribes, Paul"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
        att("salle.garonne.hallD@aeroports-sudgaronne.fr", '"Salle Garonne (Hall D - 12p)"',
            role="NON-PARTICIPANT", cutype="ROOM"),
        f"DESCRIPTION;LANGUAGE=fr-FR:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-FR:Entretien comité de sélection - M. Sébastien Moreau",
        "DTSTART;TZID=Romance Standard Time:20251021T140000",
        "DTEND;TZID=Romance Standard Time:20251021T153000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251010T091211Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-FR:Salle Garonne (Hall D - 12p)",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]], tz=ROMANCE),
        uid, 1, "Aéroports Sud-Garonne", "Responsable Sûreté Aéroportuaire", "onsite",
        "laurent.cazeneuve@aeroports-sudgaronne.fr;helene.dupuy@aeroports-sudgaronne.fr;"
        "paul.ribes@aeroports-sudgaronne.fr", "exchange-panel-sent-by-room-fr"))

    # 3 ASG final with the managing director, rescheduled (SEQUENCE 2, new time, note in body).
    uid = "040000008200E00074C5B7101A82E00800000000C4A19B2FE437DC01000000000000000010000000A8E03B5C21"
    desc = (
        "*** NOUVEL HORAIRE *** Le rendez-vous initialement prévu le 4 novembre à 9h00 est déplacé au jeudi 6 "
        "novembre à 16h30 en raison d'une contrainte d'agenda de M. Darrieussecq.\n\nEntretien final avec le "
        "Président du Directoire, M. Jean-Marc Darrieussecq, en présence de Mme Dupuy (RH).\n\n"
        "Lieu : Siège ASG, 3e étage, bureau de la Présidence."
    )
    out.append(Ev("exchange-final-rescheduled-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        "CREATED:20251028T160212Z",
        f"DESCRIPTION:{esc(desc)}",
        "DTEND;TZID=Romance Standard Time:20251106T173000",
        "DTSTAMP:20251030T081944Z",
        "DTSTART;TZID=Romance Standard Time:20251106T163000",
        "LAST-MODIFIED:20251030T081944Z",
        "LOCATION:Siège ASG - Présidence (3e étage)",
        "PRIORITY:5",
        "SEQUENCE:2",
        "SUMMARY;LANGUAGE=fr:MODIFIÉ : Entretien final Responsable Sûreté – S. Moreau / Président du Directoire",
        "TRANSP:OPAQUE",
        f"UID:{uid}",
        org("helene.dupuy@aeroports-sudgaronne.fr", '"Dupuy, Hélène"'),
        att("jm.darrieussecq@aeroports-sudgaronne.fr", '"Darrieussecq, Jean-Marc"'),
        att(ME_FREE, "Sébastien Moreau"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-CONFTYPE:0",
    ]], tz=ROMANCE),
        uid, 1, "Aéroports Sud-Garonne", "Responsable Sûreté", "final",
        "jm.darrieussecq@aeroports-sudgaronne.fr;helene.dupuy@aeroports-sudgaronne.fr",
        "outlook-rescheduled-final-fr"))

    # 4 Halvéa Distribution via Workday, recruiter screen on Teams.
    uid = "WD-CAND-INT-7734219-20251009@halvea.myworkday.com"
    desc = (
        "Bonjour Sébastien,\n\nNous vous confirmons votre entretien pour le poste R-0048812 Manager Sûreté "
        "Magasins – Région Sud (H/F).\n\nDate : 9 octobre 2025\nHeure : 17:00 - 17:45 (heure de Paris)\n"
        "Interlocutrice : Nadège Aubert, Talent Acquisition Partner\n\nL'entretien se déroulera sur Microsoft "
        "Teams :\n" + teams_fr("318 204 771 559", "t4GhZ9") + "\n\nPour toute modification, merci de passer par "
        "votre espace candidat Workday.\n\nL'équipe Recrutement Halvéa"
    )
    out.append(Ev("workday-teams-screen-fr", cal("-//Workday//Recruiting//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251003T071500Z",
        "DTSTART:20251009T150000Z",
        "DTEND:20251009T154500Z",
        "SUMMARY:Entretien Manager Sûreté Magasins – Région Sud (R-0048812)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        org("halvea@myworkday.com", "Halvéa Recrutement"),
        att(ME_FREE, "Sébastien Moreau"),
        att("nadege.aubert@halvea.com", "Nadège Aubert"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]]),
        uid, 1, "Halvéa Distribution", "Manager Sûreté Magasins – Région Sud", "recruiter_screen",
        "nadege.aubert@halvea.com", "workday-utc-teams-fr"))

    # 5 Halvéa hiring manager, Outlook with X-ALT-DESC, "(UTC+01:00) …" zone.
    uid = "040000008200E00074C5B7101A82E0080000000090A7C21D3B3ADC010000000000000000100000004F7E1AA02C"
    plain = (
        "Bonjour Sébastien,\n\nJe vous propose un échange en visio pour faire connaissance et parler du périmètre "
        "(34 hypermarchés, 2 entrepôts, équipes internes et prestataires de gardiennage).\n\nÀ jeudi,\nFrédéric "
        "Vialard\nDirecteur Sûreté & Prévention des Pertes – Halvéa\n\n" + teams_fr("355 902 144 118", "Pq8XwR")
    )
    html = "<html><body><p>" + esc(plain).replace("\\n", "<br>") + "</p></body></html>"
    out.append(Ev("outlook-alt-desc-hiring-manager-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        "CREATED:20251015T124401Z",
        f"DESCRIPTION:{esc(plain)}",
        f"DTSTART;TZID={TZ_UTC_FR}:20251023T090000",
        f"DTEND;TZID={TZ_UTC_FR}:20251023T100000",
        "DTSTAMP:20251015T124401Z",
        "LOCATION:Réunion Microsoft Teams",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Échange Sébastien Moreau / Frédéric Vialard – poste Manager Sûreté Région Sud",
        "TRANSP:OPAQUE",
        f"UID:{uid}",
        org("f.vialard@halvea.com", '"Vialard, Frédéric"', sent_by="s.pujol@halvea.com"),
        att(ME_FREE, "seb.moreau31@free.fr"),
        att("nadege.aubert@halvea.com", '"Aubert, Nadège"', role="OPT-PARTICIPANT"),
        f"X-ALT-DESC;FMTTYPE=text/html:{html}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-AUTOFILLLOCATION:FALSE",
        "X-MS-OLK-CONFTYPE:0",
    ]], tz=UTC_FR),
        uid, 1, "Halvéa Distribution", "Manager Sûreté Région Sud", "hiring_manager", "f.vialard@halvea.com",
        "outlook-utc-zone-alt-desc-sent-by-fr"))

    # 6 Crédit Occitan via SuccessFactors: case exercise (mise en situation).
    uid = "SFSF-INTV-2025-118804-CROCC"
    desc = (
        "Madame, Monsieur,\n\nDans le cadre de votre candidature à l'offre 118804 « Responsable Sécurité des "
        "Biens et des Personnes (H/F) », nous vous invitons à une mise en situation (étude de cas : plan de "
        "prévention des attaques à main armée sur le réseau d'agences) suivie d'un échange avec le jury.\n\n"
        "Jury : Olivier Marty (Responsable Sécurité Groupe), Agnès Lacombe (Responsable Conformité).\n"
        "Adresse : Crédit Occitan – Siège, 17 allées Jean-Jaurès, 31000 Toulouse. Accueil : 8h45.\n\n"
        "Ce message a été envoyé automatiquement par SAP SuccessFactors pour le compte de la Caisse Régionale du "
        "Crédit Occitan. Merci de ne pas répondre."
    )
    out.append(Ev("successfactors-case-fr", cal("-//SAP SuccessFactors//Interview Scheduling//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251008T102233Z",
        "DTSTART;TZID=Europe/Paris:20251016T090000",
        "DTEND;TZID=Europe/Paris:20251016T113000",
        "SUMMARY:Mise en situation - Responsable Sécurité des Biens et des Personnes (H/F)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Crédit Occitan Siège\\, 17 allées Jean-Jaurès\\, Toulouse",
        "ORGANIZER;CN=noreply:mailto:noreply@successfactors.eu",
        att("olivier.marty@credit-occitan.fr", "Olivier Marty"),
        att("agnes.lacombe@credit-occitan.fr", "Agnès Lacombe"),
        att(ME_FREE, "Sebastien MOREAU"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]], tz=PARIS),
        uid, 1, "Crédit Occitan", "Responsable Sécurité des Biens et des Personnes", "technical",
        "olivier.marty@credit-occitan.fr;agnes.lacombe@credit-occitan.fr", "successfactors-case-study-fr"))

    # 7 Crédit Occitan: the hiring-manager interview, cancelled (METHOD:CANCEL).
    uid = "040000008200E00074C5B7101A82E00800000000F1C6D2A0B93BDC01000000000000000010000000C3D4E5F6A7"
    out.append(Ev("outlook-cancel-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        "DESCRIPTION:Bonjour\\,\\n\\nLe poste ayant été pourvu en interne\\, nous sommes au regret d'annuler "
        "notre entretien. Nous conservons votre candidature.\\n\\nCordialement\\,\\nOlivier Marty",
        "DTSTART;TZID=Romance Standard Time:20251029T110000",
        "DTEND;TZID=Romance Standard Time:20251029T120000",
        "DTSTAMP:20251024T165012Z",
        "LOCATION:Siège - Direction Sécurité",
        "PRIORITY:1",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY;LANGUAGE=fr:Annulé : Entretien S. Moreau - Resp. Sécurité Biens & Personnes",
        "TRANSP:TRANSPARENT",
        f"UID:{uid}",
        org("olivier.marty@credit-occitan.fr", '"Marty, Olivier"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
    ]], method="CANCEL", tz=ROMANCE),
        uid, 1, "Crédit Occitan", "Resp. Sécurité Biens & Personnes", "hiring_manager",
        "olivier.marty@credit-occitan.fr", "outlook-method-cancel-fr"))

    # 8 Aérostructures du Lauragais (AEL), Teamtailor phone screen.
    uid = "teamtailor-interview-5581972@teamtailor.com"
    desc = (
        "Bonjour Sébastien,\n\nMerci pour votre intérêt pour AEL ! Voici la confirmation de votre entretien "
        "téléphonique pour le poste de Responsable HSE & Sûreté Site (Castelnaudary).\n\nAvec : Julie Marcou, "
        "Talent Acquisition\nDurée : 30 min\nJulie vous appellera sur le numéro indiqué dans votre candidature.\n\n"
        "Besoin de changer l'horaire ? https://ael-aero.teamtailor.com/fr/meetings/5581972/reschedule\n\n"
        "À bientôt,\nL'équipe AEL – Aérostructures du Lauragais"
    )
    out.append(Ev("teamtailor-phone-fr", cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251001T143010Z",
        "DTSTART:20251006T070000Z",
        "DTEND:20251006T073000Z",
        "SUMMARY:Entretien téléphonique AEL – Responsable HSE & Sûreté Site",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Téléphone",
        "ORGANIZER;CN=Julie Marcou:mailto:julie.marcou@ael-aero.fr",
        att(ME_FREE, "Sébastien Moreau"),
        "STATUS:CONFIRMED",
    ]]),
        uid, 1, "Aérostructures du Lauragais", "Responsable HSE & Sûreté Site", "recruiter_screen",
        "julie.marcou@ael-aero.fr", "teamtailor-phone-screen-fr"))

    # 9 AEL on site: site tour + final interview with the plant director, "(UTC+01:00) …" zone.
    uid = "040000008200E00074C5B7101A82E008000000005E91B0C7403CDC01000000000000000010000000E9D8C7B6A5"
    desc = (
        "Programme :\n- 9h00 accueil poste de garde (pièce d'identité obligatoire\\, site classé ZRR)\n"
        "- 9h15 visite du site avec Thierry Calvet (Responsable Maintenance)\n"
        "- 10h30 entretien avec Bernard Solier\\, Directeur d'usine\\, et Julie Marcou (RH)\n"
        "- 11h30 fin\n\nEPI fournis. Chaussures fermées."
    ).replace("\\,", ",")
    out.append(Ev("outlook-utc-zone-onsite-final-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        f"DTSTART;TZID={TZ_UTC_FR}:20251020T090000",
        f"DTEND;TZID={TZ_UTC_FR}:20251020T113000",
        "DTSTAMP:20251013T081500Z",
        "LOCATION:AEL - Usine de Castelnaudary\\, ZI de la Baraque\\, 11400 Castelnaudary",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Visite site + entretien final - Responsable HSE & Sûreté - M. MOREAU",
        f"UID:{uid}",
        org("julie.marcou@ael-aero.fr", '"Marcou, Julie"'),
        att("bernard.solier@ael-aero.fr", '"Solier, Bernard"'),
        att("thierry.calvet@ael-aero.fr", '"Calvet, Thierry"', role="OPT-PARTICIPANT"),
        att(ME_FREE, "seb.moreau31@free.fr"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tz=UTC_FR),
        uid, 1, "Aérostructures du Lauragais", "Responsable HSE & Sûreté", "final",
        "bernard.solier@ael-aero.fr;julie.marcou@ael-aero.fr", "outlook-site-tour-final-fr"))

    # 10 Chimie du Comminges (CDC), Personio invite, Seveso site.
    uid = "personio-7b2e61f0-3c55-4f8e-9a10-cdc2025interview"
    desc = (
        "Bonjour Sébastien Moreau,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste "
        "« Chef de service Sûreté / Sécurité site SEVESO seuil haut ».\n\nParticipants : Isabelle Fourcade "
        "(Directrice du site), Romain Save (Responsable HSE)\nLieu : CDC – Chimie du Comminges, route de "
        "Valentine, 31800 Saint-Gaudens (bâtiment administratif)\n\nMerci de confirmer votre présence.\n\n"
        "Cette invitation a été envoyée via Personio."
    )
    out.append(Ev("personio-onsite-fr", cal("-//Personio GmbH//Personio Recruiting//DE", [[
        f"UID:{uid}",
        "DTSTAMP:20251015T090102Z",
        "DTSTART;TZID=Europe/Paris:20251027T140000",
        "DTEND;TZID=Europe/Paris:20251027T153000",
        "SUMMARY:Entretien : Chef de service Sûreté / Sécurité site SEVESO – Sébastien Moreau",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Route de Valentine\\, 31800 Saint-Gaudens",
        "ORGANIZER;CN=CDC Recrutement:mailto:jobs@cdc-chimie.fr",
        att("isabelle.fourcade@cdc-chimie.fr", "Isabelle Fourcade"),
        att("romain.save@cdc-chimie.fr", "Romain Save"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Chimie du Comminges", "Chef de service Sûreté / Sécurité site SEVESO", "onsite",
        "isabelle.fourcade@cdc-chimie.fr;romain.save@cdc-chimie.fr", "personio-seveso-fr"))

    # 11 Kessler Sicherheitstechnik: softgarden invite in German for the Toulouse plant, Teams.
    uid = "sg-interview-99314-20251030@softgarden.io"
    desc = (
        "Sehr geehrter Herr Moreau,\n\nvielen Dank für Ihre Bewerbung als Standortsicherheitsleiter (m/w/d) "
        "für unser Werk in Toulouse-Montaudran. Gerne möchten wir Sie zu einem Vorstellungsgespräch per Microsoft "
        "Teams einladen. Das Gespräch wird auf Französisch und teilweise auf Englisch geführt.\n\n"
        "Ihre Gesprächspartner:\n- Markus Albrecht, Leiter Konzernsicherheit\n- Céline Roux, HR Business Partner "
        "France\n\n" + teams_de("402 771 093 556", "Ks3fQ8") + "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team "
        "der Kessler Sicherheitstechnik GmbH\n\nPowered by softgarden"
    )
    out.append(Ev("softgarden-teams-de", cal("-//softgarden e-recruiting GmbH//softgarden//DE", [[
        f"UID:{uid}",
        "DTSTAMP:20251022T111500Z",
        "DTSTART;TZID=Europe/Berlin:20251030T100000",
        "DTEND;TZID=Europe/Berlin:20251030T110000",
        "SUMMARY:Vorstellungsgespräch Standortsicherheitsleiter (m/w/d) Werk Toulouse – Sébastien Moreau",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams-Besprechung",
        "ORGANIZER;CN=Kessler Recruiting:mailto:recruiting@kessler-st.de",
        att("markus.albrecht@kessler-st.de", "Markus Albrecht"),
        att("celine.roux@kessler-st.de", "Céline Roux"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=[
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:MEZ",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:MESZ", "END:DAYLIGHT", "END:VTIMEZONE",
    ]),
        uid, 1, "Kessler Sicherheitstechnik", "Standortsicherheitsleiter (m/w/d) Werk Toulouse", "",
        "markus.albrecht@kessler-st.de;celine.roux@kessler-st.de", "softgarden-teams-de"))

    return out
