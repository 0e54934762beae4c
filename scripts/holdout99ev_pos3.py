"""holdout99 interviews, part 3: founder, casino, pharma, shopping centre, private bank, hotels, handling, retail."""

from __future__ import annotations

from holdout99ev_common import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    MACOS,
    ME_FREE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    TZ_UTC_EN,
    UTC_EN,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_video import meet_fr, teams_fr


def events() -> list[Ev]:
    out: list[Ev] = []

    # 22 Founder of a small cash-in-transit escort firm, from a free-mail address, café meeting, no stage.
    uid = "0b8d6c2e4f1a7h3k9m5p@google.com"
    desc = (
        "Salut Sébastien,\n\nComme dit au tel, je te propose qu'on se voie pour parler du poste de responsable "
        "des opérations chez Garde & Convoi Occitanie (on passe de 12 à 30 convoyeurs en 2026). Je t'expliquerai "
        "le fonctionnement, et tu me parles de ton parcours à la BAC et en brigade.\n\nCafé de la Gare Matabiau, "
        "côté terrasse.\n\nGilles Navarro\nGérant – Garde & Convoi Occitanie\n06 14 55 72 09"
    )
    out.append(Ev("founder-freemail-cafe-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251018T100000",
        "DTEND;TZID=Europe/Paris:20251018T110000",
        "DTSTAMP:20251014T203311Z",
        org("gilles.navarro.gco@gmail.com", "Gilles Navarro"),
        f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        att("gilles.navarro.gco@gmail.com", "Gilles Navarro", partstat="ACCEPTED", rsvp="FALSE"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Café de la Gare\\, Boulevard Pierre Semard\\, Toulouse",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Rencontre Sébastien / Gilles – poste resp. opérations",
        "TRANSP:OPAQUE",
    ]], tz=PARIS),
        uid, 1, "Garde & Convoi Occitanie", "responsable des opérations", "", "gilles.navarro.gco@gmail.com",
        "founder-gmail-company-in-body-fr"))

    # 23 Casino des Capitouls, Outlook, hiring manager (director of gaming), English zone name.
    uid = "040000008200E00074C5B7101A82E00800000000D0E1F2A3B44EDC01000000000000000010000000AB12CD34EF"
    desc = (
        "Bonjour Monsieur Moreau,\n\nM. Ferrier, Directeur des Jeux, vous recevra pour un entretien relatif au "
        "poste de Responsable Sécurité & Surveillance (vidéo-protection des salles de jeux, agrément Ministère "
        "de l'Intérieur requis).\n\nEntrée du personnel : rue des Lois, interphone « Direction ».\n\n"
        "Cordialement,\nSophie Bru\nAssistante RH – Casino des Capitouls"
    )
    out.append(Ev("outlook-casino-hiring-manager-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        f"DTSTART;TZID={TZ_UTC_EN}:20251105T153000",
        f"DTEND;TZID={TZ_UTC_EN}:20251105T163000",
        "DTSTAMP:20251029T101212Z",
        "LOCATION:Casino des Capitouls - Bureau Direction des Jeux",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Entretien Resp. Sécurité & Surveillance – M. Moreau",
        f"UID:{uid}",
        org("sophie.bru@casino-capitouls.fr", '"Bru, Sophie"'),
        att("denis.ferrier@casino-capitouls.fr", '"Ferrier, Denis"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tz=UTC_EN),
        uid, 1, "Casino des Capitouls", "Responsable Sécurité & Surveillance", "hiring_manager",
        "denis.ferrier@casino-capitouls.fr", "outlook-en-zone-assistant-organizer-fr"))

    # 24 Laboratoires Salvetat via SmartRecruiters, phone screen.
    uid = "SR-INTERVIEW-744190331-salvetat"
    desc = (
        "Bonjour Sébastien,\n\nMerci pour votre candidature au poste de Responsable Sûreté Site de Production "
        "(Castres). Un entretien téléphonique de 30 minutes est planifié avec Aurélie Gaches, Chargée de "
        "recrutement. Elle vous appellera au numéro de votre profil.\n\nLaboratoires Salvetat\n"
        "Planifié via SmartRecruiters"
    )
    out.append(Ev("smartrecruiters-phone-fr", cal("-//SmartRecruiters//Interview//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251006T140000Z",
        "DTSTART:20251010T080000Z",
        "DTEND:20251010T083000Z",
        "SUMMARY:Entretien téléphonique - Responsable Sûreté Site de Production",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Appel téléphonique",
        "ORGANIZER;CN=Aurélie Gaches:mailto:aurelie.gaches@salvetat-pharma.com",
        att(ME_FREE, "Sébastien Moreau"),
    ]]),
        uid, 1, "Laboratoires Salvetat", "Responsable Sûreté Site de Production", "recruiter_screen",
        "aurelie.gaches@salvetat-pharma.com", "smartrecruiters-phone-fr"))

    # 25 Salvetat final with the HR director and site director; long folded description.
    uid = "SR-INTERVIEW-744190877-salvetat"
    desc = (
        "Bonjour Sébastien,\n\nSuite à vos échanges avec Aurélie et avec M. Pradal, nous avons le plaisir de vous "
        "convier à l'entretien final pour le poste de Responsable Sûreté Site de Production. Cet entretien se "
        "tiendra sur le site de Castres en présence de Mme Corinne Vidal, Directrice des Ressources Humaines, et "
        "de M. Hervé Pradal, Directeur du site. Une visite des zones de production sous atmosphère contrôlée et "
        "du magasin de stupéfiants (coffre classé) est prévue avant l'entretien ; merci de vous présenter au "
        "poste de garde 20 minutes avant l'heure indiquée, muni d'une pièce d'identité.\n\nLaboratoires Salvetat"
    )
    out.append(Ev("smartrecruiters-final-folded-fr", cal("-//SmartRecruiters//Interview//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251103T100500Z",
        "DTSTART;TZID=Europe/Paris:20251117T140000",
        "DTEND;TZID=Europe/Paris:20251117T160000",
        "SUMMARY:Entretien final – Responsable Sûreté Site de Production – Sébastien Moreau",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Laboratoires Salvetat\\, 45 avenue Charles de Gaulle\\, 81100 Castres",
        "ORGANIZER;CN=Aurélie Gaches:mailto:aurelie.gaches@salvetat-pharma.com",
        att("corinne.vidal@salvetat-pharma.com", "Corinne Vidal"),
        att("herve.pradal@salvetat-pharma.com", "Hervé Pradal"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Laboratoires Salvetat", "Responsable Sûreté Site de Production", "final",
        "corinne.vidal@salvetat-pharma.com;herve.pradal@salvetat-pharma.com", "smartrecruiters-final-folded-fr"))

    # 26 Agency (Securis RH) sends the user to its client, a shopping centre; consultant attends as coordinator.
    uid = "securisrh-2025-1107-moreau-portesdelhers"
    desc = (
        "Bonjour Sébastien,\n\nJe vous confirme votre rendez-vous chez notre client, le Centre commercial Portes "
        "de l'Hers, pour le poste de Directeur Sécurité Centre Commercial.\n\nVous serez reçu par Mme Valérie "
        "Sarrazin, Directrice du centre, et M. Kévin Lagarde, Responsable technique. Je serai présente en début "
        "d'entretien pour les présentations.\n\nRDV à l'accueil de la galerie, niveau 1, porte 3.\n\n"
        "Mélanie Castex\nConsultante – Securis RH, cabinet de recrutement sûreté/sécurité"
    )
    out.append(Ev("agency-client-onsite-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251107T100000",
        "DTEND;TZID=Romance Standard Time:20251107T111500",
        "DTSTAMP:20251031T153000Z",
        "LOCATION:Centre commercial Portes de l'Hers - accueil niveau 1",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:RDV client Portes de l'Hers – Directeur Sécurité – S. Moreau",
        f"UID:{uid}",
        org("m.castex@securis-rh.fr", '"Castex, Mélanie"'),
        att(ME_FREE, "Sébastien Moreau"),
        att("v.sarrazin@portesdelhers.fr", '"Sarrazin, Valérie"'),
        att("k.lagarde@portesdelhers.fr", '"Lagarde, Kévin"'),
    ]], tz=ROMANCE),
        uid, 1, "Centre commercial Portes de l'Hers", "Directeur Sécurité Centre Commercial", "",
        "v.sarrazin@portesdelhers.fr;k.lagarde@portesdelhers.fr", "agency-client-visit-fr"))

    # 27 Cabinet Altair screens the user for a private bank that it names.
    uid = "7ta0l2r4e6c8r9u1t2e3m4n5t6@google.com"
    desc = (
        "Bonjour M. Moreau,\n\nSuite à notre échange LinkedIn, je vous propose un entretien de qualification "
        "(45 min, visio) concernant la mission que nous a confiée la Banque Cassou-Lafitte : Responsable "
        "Sécurité & Continuité d'Activité, basé à Toulouse.\n\nAntoine Lebrun\nAssocié – Cabinet Altair "
        "Recrutement\n\n" + meet_fr("alt-rkqz-wpm", "553017264")
    )
    out.append(Ev("agency-screen-names-client-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251015T180000",
        "DTEND;TZID=Europe/Paris:20251015T184500",
        "DTSTAMP:20251011T081200Z",
        org("a.lebrun@altair-recrutement.fr", "Antoine Lebrun"),
        f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        att("a.lebrun@altair-recrutement.fr", "Antoine Lebrun", partstat="ACCEPTED", rsvp="FALSE"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien Cabinet Altair / S. Moreau – mission Banque Cassou-Lafitte",
        "TRANSP:OPAQUE",
    ]], tz=PARIS),
        uid, 1, "Banque Cassou-Lafitte", "Responsable Sécurité & Continuité d'Activité", "recruiter_screen",
        "a.lebrun@altair-recrutement.fr", "agency-screen-client-named-fr"))

    # 28 Cassou-Lafitte hiring manager, entered on the user's iPhone (no attendees), floating time.
    uid = "5E1C0A9B-44F2-4D8E-A3B7-9C61D2E0F4A8"
    out.append(Ev("apple-handtyped-bank-fr", cal(APPLE, [[
        "CREATED:20251022T172905Z",
        "DTEND:20251028T103000",
        "DTSTAMP:20251022T172911Z",
        "DTSTART:20251028T093000",
        "LAST-MODIFIED:20251022T172911Z",
        "LOCATION:Banque Cassou-Lafitte\\, 8 place Saint-Étienne\\, Toulouse",
        "DESCRIPTION:Entretien avec Mme Hourcade (DG adjointe / risques). Altair (A. Lebrun) a confirmé. "
        "Costume. Apporter CV + attestation SSIAP",
        "SEQUENCE:0",
        "SUMMARY:Cassou-Lafitte entretien Mme Hourcade",
        f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Rappel",
        "TRIGGER:-PT1H",
        "UID:3C2A1B0D-7E6F-4A5B-8C9D-0E1F2A3B4C5D",
        "END:VALARM",
    ]], method=None),
        uid, 1, "Banque Cassou-Lafitte", "", "hiring_manager", "mme hourcade", "apple-floating-handtyped-fr"))

    # 29 Hôtels Riquet via Microsoft Bookings.
    uid = "bookings-9f3e2a71-riquet-0c44@outlook.com"
    desc = (
        "Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement – Responsable Sécurité Incendie "
        "SSIAP 3\nMembre du personnel : Cédric Lasserre (Directeur des opérations)\n\nHôtels Riquet – Direction "
        "des Ressources Humaines\n\n" + teams_fr("377 590 221 004", "Hr4Qq1")
        + "\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/HotelsRiquet@hotels-riquet.fr/"
        "bookings/"
    )
    out.append(Ev("ms-bookings-fr", cal(EXCHANGE, [[
        f"UID:{uid}",
        "DTSTAMP:20251016T090000Z",
        "DTSTART;TZID=Romance Standard Time:20251021T083000",
        "DTEND;TZID=Romance Standard Time:20251021T091500",
        "SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Responsable Sécurité Incendie SSIAP 3",
        f"DESCRIPTION;LANGUAGE=fr-FR:{esc(desc)}",
        "LOCATION:Réunion Microsoft Teams",
        "ORGANIZER;CN=Hôtels Riquet Recrutement:mailto:HotelsRiquet@hotels-riquet.fr",
        att("c.lasserre@hotels-riquet.fr", "Cédric Lasserre"),
        att(ME_FREE, "Sébastien Moreau"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tz=ROMANCE),
        uid, 1, "Hôtels Riquet", "Responsable Sécurité Incendie SSIAP 3", "", "c.lasserre@hotels-riquet.fr",
        "ms-bookings-fr"))

    # 30 SkyGround Services: Workable phone screen, English invite for a French job.
    uid = "workable-evt-2025-4f88c1-skyground"
    desc = (
        "Hi Sébastien,\n\nThank you for applying for Security Supervisor – Toulouse-Blagnac (TLS) at SkyGround "
        "Services. Marta Ruiz from our HR team will give you a call for a 20-minute phone screen (in French).\n\n"
        "Kind regards,\nSkyGround Services Hiring Team\n\nSent with Workable"
    )
    out.append(Ev("workable-phone-en", cal("-//Workable//Workable Calendar//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251007T120000Z",
        "DTSTART:20251009T073000Z",
        "DTEND:20251009T075000Z",
        "SUMMARY:Phone screen: Sébastien Moreau – Security Supervisor (TLS)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Phone call",
        "ORGANIZER;CN=Marta Ruiz:mailto:marta.ruiz@skyground-services.com",
        att(ME_FREE, "Sébastien Moreau"),
    ]]),
        uid, 1, "SkyGround Services", "Security Supervisor", "recruiter_screen",
        "marta.ruiz@skyground-services.com", "workable-phone-screen-en"))

    # 31 SkyGround practical test at the airport (screening checkpoint scenario), direct Outlook invite.
    uid = "040000008200E00074C5B7101A82E008000000003344AA55BB6FDC0100000000000000001000000066CC77DD88"
    desc = (
        "Bonjour Sébastien,\n\nDeuxième étape : épreuve pratique au poste d'inspection filtrage (PIF) du "
        "terminal 2 — supervision d'une équipe, gestion d'un bagage abandonné, reporting. Évaluateurs : Olivier "
        "Baylac (Station Manager) et moi-même.\n\nBadge provisoire à retirer au bureau des badges avant 7h45.\n\n"
        "Marta Ruiz – HR SkyGround Services"
    )
    out.append(Ev("outlook-practical-airport-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251023T080000",
        "DTEND;TZID=Romance Standard Time:20251023T100000",
        "DTSTAMP:20251015T084400Z",
        "LOCATION:Terminal 2 - bureau SkyGround (niveau 0)",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Épreuve pratique PIF – S. Moreau – Security Supervisor",
        f"UID:{uid}",
        org("marta.ruiz@skyground-services.com", '"Ruiz, Marta"'),
        att("olivier.baylac@skyground-services.com", '"Baylac, Olivier"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
    ]], tz=ROMANCE),
        uid, 1, "SkyGround Services", "Security Supervisor", "technical",
        "olivier.baylac@skyground-services.com;marta.ruiz@skyground-services.com", "outlook-practical-test-fr"))

    # 32 Sportéa (sports retail): Teamtailor hiring manager video interview.
    uid = "teamtailor-interview-6120455@teamtailor.com"
    desc = (
        "Bonjour Sébastien,\n\nVotre entretien vidéo avec Arnaud Belloc, Directeur Régional Sud-Ouest, est "
        "confirmé pour le poste Responsable Prévention des Pertes (Loss Prevention) – Région Sud-Ouest.\n\n"
        "Lien : https://meet.google.com/spt-hfgb-ozq\n\nL'équipe Talents Sportéa"
    )
    out.append(Ev("teamtailor-video-hm-fr", cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251020T074500Z",
        "DTSTART:20251027T160000Z",
        "DTEND:20251027T164500Z",
        "SUMMARY:Entretien vidéo – Responsable Prévention des Pertes Sud-Ouest",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:https://meet.google.com/spt-hfgb-ozq",
        "ORGANIZER;CN=Talents Sportéa:mailto:talents@sportea.fr",
        att("arnaud.belloc@sportea.fr", "Arnaud Belloc"),
        att(ME_FREE, "Sébastien Moreau"),
    ]]),
        uid, 1, "Sportéa", "Responsable Prévention des Pertes (Loss Prevention) – Région Sud-Ouest", "hiring_manager",
        "arnaud.belloc@sportea.fr", "teamtailor-hiring-manager-fr"))

    # 33 Sportéa all-day assessment centre at the store (final round), all-day date.
    uid = "assessment-sportea-labege-20251119@sportea.fr"
    desc = (
        "Journée d'évaluation finale (3 candidats) : mise en situation en magasin (audit démarque, échange avec "
        "un agent de sécurité prestataire), étude de cas, entretien final avec Arnaud Belloc et Lucie Tardieu "
        "(DRH). Déjeuner offert."
    )
    out.append(Ev("google-allday-assessment-fr", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20251119",
        "DTEND;VALUE=DATE:20251120",
        "DTSTAMP:20251110T100000Z",
        org("lucie.tardieu@sportea.fr", "Lucie Tardieu"),
        f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        att("arnaud.belloc@sportea.fr", "Arnaud Belloc"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Sportéa Labège\\, 3 rue de l'Innopole\\, 31670 Labège",
        "SUMMARY:Journée d'évaluation – Responsable Prévention des Pertes",
        "TRANSP:TRANSPARENT",
    ]]),
        uid, 1, "Sportéa", "Responsable Prévention des Pertes", "final",
        "arnaud.belloc@sportea.fr;lucie.tardieu@sportea.fr", "google-all-day-assessment-fr"))

    # 34 Orbitane final on site, copy on the user's Mac (from the Google invite), English.
    uid = "lever-interview-9a2b77c1-0e3d-4f6b-b1c8-0rbitane"
    desc = (
        "Final round – Security & Facilities Lead\n13:30 Camille Faure (CEO)\n14:15 Nathan Delmas (VP "
        "Operations) + site walk\n\nOrbitane Space – 10 rue Hermès, Ramonville. Ask for Chloé at the front desk."
    )
    out.append(Ev("macos-final-en", cal(MACOS, [[
        "CREATED:20251105T090202Z",
        "DTSTAMP:20251105T090202Z",
        "DTSTART;TZID=Europe/Paris:20251114T133000",
        "DTEND;TZID=Europe/Paris:20251114T150000",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Orbitane Space\\n10 rue Hermès\\, 31520 Ramonville-Saint-Agne",
        "ORGANIZER;CN=Chloé Barthe:mailto:chloe.barthe@orbitane.space",
        att("camille.faure@orbitane.space", "Camille Faure"),
        att("nathan.delmas@orbitane.space", "Nathan Delmas"),
        att(ME_FREE, "Sébastien Moreau", partstat="ACCEPTED"),
        "SEQUENCE:1",
        "SUMMARY:Orbitane – Final round (Sébastien Moreau)",
        f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]], method=None, tz=PARIS),
        uid, 1, "Orbitane Space", "Security & Facilities Lead", "final",
        "camille.faure@orbitane.space;nathan.delmas@orbitane.space", "macos-final-coordinator-en"))

    return out
