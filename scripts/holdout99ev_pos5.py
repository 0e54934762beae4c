"""holdout99 interviews, part 5: regional airport, DIY retail, hospital, port, department store, cement, banks."""

from __future__ import annotations

from holdout99ev_common import (
    APPLE,
    GOOGLE,
    ME_FREE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    THUNDERBIRD,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_video import meet_fr, teams_en, teams_fr


def _tb(uid: str, summary: str, start: str, end: str, desc: str, extra: list[str] | None = None) -> str:
    props = [
        "CREATED:20251012T180000Z",
        "LAST-MODIFIED:20251012T180100Z",
        "DTSTAMP:20251012T180100Z",
        f"UID:{uid}",
        f"SUMMARY:{summary}",
        f"DTSTART;TZID=Europe/Paris:{start}",
        f"DTEND;TZID=Europe/Paris:{end}",
        f"DESCRIPTION:{esc(desc)}",
        *(extra or []),
    ]
    return cal(THUNDERBIRD, [props], method=None if not extra else "REQUEST", tz=PARIS)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "8e0c3b5a-71d2-4f6e-b9a4-2c5d7e1f0a93"
    out.append(Ev("thunderbird-handtyped-phone-fr", _tb(
        uid, "Tel RH aéroport Rodez - Mme Cayla", "20251015T091500", "20251015T094500",
        "Aéroport de Rodez-Causses, poste chef sûreté/SSLIA. Elle appelle sur le portable. Avoir dispo + prétentions."),
        uid, 1, "Aéroport de Rodez-Causses", "chef sûreté/SSLIA", "recruiter_screen", "mme cayla",
        "thunderbird-handtyped-phone-fr"))

    uid = "040000008200E00074C5B7101A82E0080000000077E1F3A95B4FDC0100000000000000001000000012AB34CD56"
    desc = (
        "Monsieur Moreau,\n\nJe vous confirme notre rendez-vous pour l'entretien final (poste de Chef du "
        "service Sûreté et SSLIA). Seront présents : M. Bernard Vergnes, Directeur de l'aéroport, et Mme "
        "Sylvie Cayla, RH. Prévoir la visite de la zone réservée (badge accompagné).\n\nCordialement,\n"
        "Bernard Vergnes"
    )
    out.append(Ev("outlook-final-regional-airport-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251103T100000",
        "DTEND;TZID=Romance Standard Time:20251103T120000",
        "DTSTAMP:20251024T083000Z",
        "LOCATION:Aérogare - bureau de la Direction",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Entretien final – Chef du service Sûreté et SSLIA",
        f"UID:{uid}",
        org("direction@aeroport-rodez-causses.fr", '"Vergnes, Bernard"'),
        att("s.cayla@aeroport-rodez-causses.fr", '"Cayla, Sylvie"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
    ]], tz=ROMANCE),
        uid, 1, "Aéroport de Rodez-Causses", "Chef du service Sûreté et SSLIA", "final",
        "direction@aeroport-rodez-causses.fr;s.cayla@aeroport-rodez-causses.fr", "outlook-generic-mailbox-final-fr"))

    uid = "5b7d9f1e-3a2c-4e6b-8d0f-brico-sud-entretien"
    out.append(Ev("thunderbird-invite-owner-fr", _tb(
        uid, "Entretien responsable sécurité magasins", "20251017T170000", "20251017T180000",
        "Bonjour Sébastien, on se retrouve au magasin de Portet pour parler du poste (sécurité des 6 magasins "
        "Brico-Sud, vols, accueil des prestataires). Demandez Didier à l'accueil. Didier Amiel, gérant.",
        extra=["ORGANIZER;CN=Didier Amiel:mailto:didier.amiel@brico-sud.fr",
               att(ME_FREE, "seb.moreau31@free.fr"),
               "LOCATION:Brico-Sud Portet\\, route d'Espagne\\, 31120 Portet-sur-Garonne"]),
        uid, 1, "Brico-Sud", "responsable sécurité magasins", "hiring_manager", "didier.amiel@brico-sud.fr",
        "thunderbird-invite-owner-fr"))

    uid = "040000008200E00074C5B7101A82E008000000008F0A1B2C3D50DC01000000000000000010000000ABCDEF0123"
    desc = (
        "Mise en situation professionnelle (1h) puis entretien avec le jury : M. Yves Carbonne (Directeur des "
        "Services Techniques et de la Sécurité), Mme Fanny Roques (Cadre supérieure de santé). Scénario : "
        "départ de feu en unité de soins + personne agressive aux urgences. Poste : Responsable Sécurité-Sûreté "
        "(SSIAP 3)."
    )
    out.append(Ev("outlook-hospital-practical-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251110T090000",
        "DTEND;TZID=Romance Standard Time:20251110T110000",
        "DTSTAMP:20251031T110000Z",
        "LOCATION:GH Pasteur-Lardenne - PC Sécurité (bât. A\\, sous-sol)",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Mise en situation + jury – Resp. Sécurité-Sûreté – MOREAU",
        f"UID:{uid}",
        org("drh.recrutement@gh-pasteur-lardenne.fr", '"Recrutement DRH"'),
        att("yves.carbonne@gh-pasteur-lardenne.fr", '"Carbonne, Yves"'),
        att("fanny.roques@gh-pasteur-lardenne.fr", '"Roques, Fanny"'),
        att(ME_FREE, "MOREAU Sébastien"),
    ]], tz=ROMANCE),
        uid, 1, "Groupe hospitalier Pasteur-Lardenne", "Responsable Sécurité-Sûreté (SSIAP 3)", "technical",
        "yves.carbonne@gh-pasteur-lardenne.fr;fanny.roques@gh-pasteur-lardenne.fr", "outlook-hospital-practical-fr"))

    uid = "D3A9E1F0-6B2C-4F7A-9E8D-1C0B2A3F4E5D"
    out.append(Ev("apple-copy-final-hospital-fr", cal(APPLE, [[
        "CREATED:20251118T071000Z",
        "DTSTAMP:20251118T071000Z",
        "DTSTART;TZID=Europe/Paris:20251124T113000",
        "DTEND;TZID=Europe/Paris:20251124T123000",
        "LOCATION:Direction générale GH Pasteur-Lardenne",
        "DESCRIPTION:Entretien final avec le directeur général (M. Olivier Sentenac). Dernière étape selon RH.",
        "SUMMARY:Entretien final Pasteur-Lardenne",
        f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "SEQUENCE:0",
    ]], method=None, tz=PARIS),
        uid, 1, "Groupe hospitalier Pasteur-Lardenne", "", "final", "olivier sentenac", "apple-handtyped-final-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000099887766AA"
    desc = (
        "Bonjour,\n\nEntretien avec le Commandant de port / Directeur de l'exploitation pour le poste d'Agent "
        "de sûreté portuaire (ASP) – Responsable sûreté de l'installation portuaire.\n\n"
        + teams_fr("244 819 330 671", "Pv2Kz8") + "\n\nPorts de la Côte Vermeille – Service RH"
    )
    out.append(Ev("outlook-teams-port-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251025T090000",
        "DTEND;TZID=Romance Standard Time:20251025T100000",
        "DTSTAMP:20251020T070000Z",
        "LOCATION:Réunion Microsoft Teams",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Entretien ASP / Responsable sûreté installation portuaire",
        f"UID:{uid}",
        org("rh@ports-cotevermeille.fr", '"RH PCV"'),
        att("capitainerie.direction@ports-cotevermeille.fr", '"Marty-Sabatier, Hugues"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
    ]], tz=ROMANCE),
        uid, 1, "Ports de la Côte Vermeille", "Responsable sûreté de l'installation portuaire", "hiring_manager",
        "capitainerie.direction@ports-cotevermeille.fr", "outlook-teams-port-fr"))

    uid = "0mc4ss4gn3r7t1v9k2x5q8w6z1@google.com"
    desc = (
        "Bonjour Sébastien,\n\nRavie que votre profil nous ait été transmis par Nicolas. Je vous propose qu'on se "
        "rencontre au magasin pour parler du poste de Responsable sécurité du magasin Capitole (120 000 "
        "visiteurs/semaine, équipe de 14 agents).\n\nEntrée du personnel, rue du Poids-de-l'Huile.\n\n"
        "Hélène Cassagne-Rey\nDirectrice du magasin – Maison Cassagne"
    )
    out.append(Ev("google-direct-store-director-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251029T083000",
        "DTEND;TZID=Europe/Paris:20251029T093000",
        "DTSTAMP:20251022T164000Z",
        org("h.cassagne-rey@maisoncassagne.fr", "Hélène Cassagne-Rey"),
        f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        att("h.cassagne-rey@maisoncassagne.fr", "Hélène Cassagne-Rey", partstat="ACCEPTED", rsvp="FALSE"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Maison Cassagne\\, place du Capitole\\, Toulouse",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Sébastien Moreau – poste sécurité Capitole",
        "TRANSP:OPAQUE",
    ]], tz=PARIS),
        uid, 1, "Maison Cassagne", "Responsable sécurité du magasin Capitole", "hiring_manager",
        "h.cassagne-rey@maisoncassagne.fr", "google-direct-person-named-company-fr"))

    uid = "ise-rdv-client-20251106-0931@interimsudemploi.fr"
    desc = (
        "Bonjour M. Moreau,\n\nSuite à notre rencontre en agence, je vous confirme votre entretien chez notre "
        "client Cimentis Occitanie (cimenterie de Martres-Tolosane) pour le CDI Responsable sûreté & accès site. "
        "Vous serez reçu par M. Patrick Dedieu, directeur d'usine.\n\nAgence Interim Sud Emploi Muret\n"
        "Coralie Faur"
    )
    out.append(Ev("agency-interim-client-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251106T140000",
        "DTEND;TZID=Romance Standard Time:20251106T150000",
        "DTSTAMP:20251103T120000Z",
        "LOCATION:Cimenterie - Martres-Tolosane",
        "SUMMARY;LANGUAGE=fr:RDV client – M. MOREAU – Resp. sûreté site",
        f"UID:{uid}",
        org("muret@interimsudemploi.fr", '"Faur, Coralie"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
        att("p.dedieu@cimentis.fr", '"Dedieu, Patrick"'),
    ]], tz=ROMANCE),
        uid, 1, "Cimentis Occitanie", "Responsable sûreté & accès site", "hiring_manager", "p.dedieu@cimentis.fr",
        "agency-temp-client-in-body-fr"))

    uid = "A7B8C9D0-1E2F-4A3B-8C4D-5E6F7A8B9C0D"
    out.append(Ev("apple-floating-bank-fr", cal(APPLE, [[
        "CREATED:20251009T061500Z",
        "DTSTAMP:20251009T061500Z",
        "DTSTART:20251014T083000",
        "DTEND:20251014T093000",
        "SUMMARY:Entretien BPC",
        "DESCRIPTION:Banque Pyrénées Crédit - chargé sécurité réseau agences. M. Loubière (resp. sécurité). "
        "Siège rue d'Alsace-Lorraine",
        f"UID:{uid}",
        "SEQUENCE:0",
    ]], method=None),
        uid, 1, "Banque Pyrénées Crédit", "chargé sécurité réseau agences", "", "m. loubière",
        "apple-floating-acronym-fr"))

    uid = "9bpc2nd4r0und7x1z3v5t8q6w2@google.com"
    desc = (
        "Sébastien,\n\nSuite à votre rencontre avec Jean Loubière, nous vous proposons un dernier entretien avec "
        "Mme Martine Esparbès, Directrice des Risques et de la Conformité.\n\n" + meet_fr("bpc-nnry-oxe", "300118442")
    )
    out.append(Ev("google-utc-final-bank-fr", cal(GOOGLE, [[
        "DTSTART:20251104T150000Z",
        "DTEND:20251104T160000Z",
        "DTSTAMP:20251028T100000Z",
        org("recrutement@bpc-banque.fr", "Recrutement BPC"),
        f"UID:{uid}",
        att("martine.esparbes@bpc-banque.fr", "Martine Esparbès"),
        att(ME_FREE, ME_FREE),
        f"DESCRIPTION:{esc(desc)}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:BPC – dernier entretien – Chargé sécurité réseau d'agences",
        "TRANSP:OPAQUE",
    ]], method="REQUEST", extra=("X-WR-TIMEZONE:Europe/Paris",)),
        uid, 1, "Banque Pyrénées Crédit", "Chargé sécurité réseau d'agences", "final",
        "martine.esparbes@bpc-banque.fr", "google-x-wr-tz-final-fr"))

    uid = "kessler-ft-visit-20251120@kessler-st.de"
    desc = (
        "Bonjour Sébastien,\n\nPour la suite du process, Markus Albrecht se déplace à Toulouse : entretien sur "
        "site avec lui et Franck Olivier (directeur de l'usine Toulouse-Montaudran), en français et en anglais.\n\n"
        "Céline Roux – HR Business Partner France, Kessler"
    )
    out.append(Ev("outlook-onsite-german-firm-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=W. Europe Standard Time:20251120T100000",
        "DTEND;TZID=W. Europe Standard Time:20251120T120000",
        "DTSTAMP:20251110T090000Z",
        "LOCATION:Kessler Werk Toulouse - accueil",
        "SUMMARY:Entretien sur site – Standortsicherheitsleiter Toulouse – S. Moreau",
        f"UID:{uid}",
        org("celine.roux@kessler-st.de", '"Roux, Céline"'),
        att("markus.albrecht@kessler-st.de", '"Albrecht, Markus"'),
        att("franck.olivier@kessler-st.de", '"Olivier, Franck"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
    ]], tz=[x.replace("Romance Standard Time", "W. Europe Standard Time") for x in ROMANCE]),
        uid, 1, "Kessler Sicherheitstechnik", "Standortsicherheitsleiter", "onsite",
        "markus.albrecht@kessler-st.de;franck.olivier@kessler-st.de", "outlook-w-europe-zone-fr"))

    uid = "ashby-intv-55e1c0b2-9d4f-4a77-8c3e-nuvexa"
    desc = (
        "Hi Sébastien,\n\nYour final interview with Priya Nair (Director Global Security) is confirmed. This is a "
        "conversation about leadership, vendor management and working across our European campuses.\n\n"
        + teams_en("319 007 442 815", "nVx3Qa") + "\n\nNuvexa Recruiting (sent via Ashby)"
    )
    out.append(Ev("ashby-final-teams-en", cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251106T150000Z",
        "DTSTART;TZID=Europe/Paris:20251112T170000",
        "DTEND;TZID=Europe/Paris:20251112T174500",
        "SUMMARY:Final Interview – Sébastien Moreau x Priya Nair",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Nuvexa Recruiting:mailto:recruiting@nuvexa.io",
        att("priya.nair@nuvexa.io", "Priya Nair"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Nuvexa Data Centers", "", "final", "priya.nair@nuvexa.io", "ashby-final-teams-en"))

    uid = "3dg4r0nn3v1s1t3k8q2w7x5z9p@google.com"
    desc = (
        "Visite du datacenter + échange avec Thibault (CTO) et moi. Prévoir pièce d'identité (contrôle "
        "d'accès biométrique au sas). Inès"
    )
    out.append(Ev("google-visit-startup-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251021T160000",
        "DTEND;TZID=Europe/Paris:20251021T173000",
        "DTSTAMP:20251014T100000Z",
        org("ines@datagaronne.fr", "Inès Rouquette"),
        f"UID:{uid}",
        att("thibault@datagaronne.fr", "Thibault Salles"),
        att(ME_FREE, ME_FREE),
        att("ines@datagaronne.fr", "Inès Rouquette", partstat="ACCEPTED", rsvp="FALSE"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:DataGaronne TLS-1\\, Labège",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Visite DC + échange – Sébastien Moreau",
        "TRANSP:OPAQUE",
    ]], tz=PARIS),
        uid, 1, "DataGaronne", "", "onsite", "thibault@datagaronne.fr;ines@datagaronne.fr",
        "google-visit-no-role-fr"))

    uid = "F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B"
    out.append(Ev("apple-handtyped-callback-fr", cal(APPLE, [[
        "CREATED:20251105T121000Z",
        "DTSTAMP:20251105T121000Z",
        "DTSTART;TZID=Europe/Paris:20251118T123000",
        "DTEND;TZID=Europe/Paris:20251118T130000",
        "SUMMARY:Appel Mme Esquerré (MT) suite jury",
        "DESCRIPTION:Mobilités Tolosanes – questions complémentaires sur le poste Resp. Sûreté Réseau avant "
        "décision. Elle rappelle.",
        f"UID:{uid}",
        "SEQUENCE:0",
    ]], method=None, tz=PARIS),
        uid, 1, "Mobilités Tolosanes", "Resp. Sûreté Réseau", "", "mme esquerré", "apple-handtyped-callback-fr"))

    return out
