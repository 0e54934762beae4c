"""French interviews of Sophie Martin for the holdout27 corpus (positives)."""

from __future__ import annotations

from holdout27ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    OUTLOOK,
    OUTLOOK16,
    ZIMBRA,
    Ev,
    Item,
    Who,
    cal,
    me,
    meet,
    teams,
    yes,
    zoom,
)

P = "Europe/Paris"


def items() -> list[Item]:
    """Given nothing, returns the French positive items."""
    out: list[Item] = []
    a = yes("wttj-recruiter", "fr", "Qonto", "Legal Operations Specialist", "recruiter_screen",
            ["camille.roux@qonto.com"], cal("-//Welcome to the Jungle//Scheduler//FR", [Ev(
                "wttj-7781-a2@welcometothejungle.com", "Entretien téléphonique - Legal Operations Specialist - Qonto",
                "20261201T100000", "20261201T103000", tzid=P,
                organizer=Who("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
                attendees=[me(), Who("Camille Roux", "camille.roux@qonto.com")],
                desc="Bonjour Sophie,\nVotre entretien avec Camille Roux (Talent Acquisition) pour le poste de "
                     "Legal Operations Specialist chez Qonto est confirmé.\nDurée : 30 minutes, par téléphone. "
                     "Camille vous appellera au numéro indiqué dans votre candidature.\nBonne chance !",
                location="Appel téléphonique")]))
    out.append(a)
    out.append(yes("outlook-onsite", "fr", "AXA France", "Juriste contrats IT", "onsite",
                   ["helene.garnier@axa.fr", "marc.benali@axa.fr"], cal(OUTLOOK, [Ev(
                       "040000008200E00074C5B7101A82E0080000000060B1C2D3E4F5A601000000000000000010000000AB12",
                       "Entretiens sur site – Juriste contrats IT (Direction Juridique)", "20261203T140000",
                       "20261203T163000", tzid="Romance Standard Time",
                       organizer=Who("Garnier, Hélène", "helene.garnier@axa.fr"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Benali, Marc", "marc.benali@axa.fr"),
                                  Who("Salle Colbert 4.12", "salle.colbert412@axa.fr", "room")],
                       desc="Madame Martin,\n\nSuite à nos échanges, nous avons le plaisir de vous convier à une "
                            "série d'entretiens dans nos locaux de Nanterre :\n14h00 – Hélène Garnier, Responsable "
                            "juridique contrats\n15h00 – Marc Benali, Directeur des achats IT\n16h00 – visite de "
                            "l'étage.\nMerci de vous munir d'une pièce d'identité à l'accueil.\n\nCordialement,\n"
                            "Hélène Garnier",
                       location="Tour Majunga, 6 place de la Pyramide, 92800 Puteaux; Salle Colbert 4.12")],
                       with_vtz=True)))
    out.append(yes("greenhouse-tech", "fr", "Alan", "Privacy Counsel Assistant", "technical",
                   ["ines.lacroix@alan.eu"], cal(GOOGLE, [Ev(
                       "gh-3341907@greenhouse.io", "Alan - Sophie Martin - Cas pratique RGPD", "20261204T090000",
                       "20261204T100000", tzid=P,
                       organizer=Who("Léa (Alan Recruiting)", "lea.vidal@alan.eu"),
                       attendees=[me(), Who("Inès Lacroix", "ines.lacroix@alan.eu"),
                                  Who("Léa (Alan Recruiting)", "lea.vidal@alan.eu", "opt")],
                       desc="Bonjour Sophie,\n\nVoici l'invitation pour votre cas pratique RGPD (Privacy Counsel "
                            "Assistant). Vous travaillerez avec Inès Lacroix, DPO, sur une analyse d'impact.\n"
                            "Léa coordonne le planning et ne participera pas à l'entretien.\n\n" + meet("ajk-wqpe-xvn"),
                       location="https://meet.google.com/ajk-wqpe-xvn")])))
    out.append(yes("direct-hm", "fr", "Société Générale", "Chargée de gestion contractuelle", "hiring_manager",
                   ["nathalie.perrin@socgen.com"], cal(OUTLOOK16, [Ev(
                       "SG-ENT-2026-5520", "Entretien Sophie Martin / N. Perrin - gestion contractuelle",
                       "20261207T113000", "20261207T123000", tzid="Romance Standard Time",
                       organizer=Who("PERRIN Nathalie", "nathalie.perrin@socgen.com"),
                       attendees=[Who("sophie.martin.pro@gmail.com", "sophie.martin.pro@gmail.com")],
                       desc="Bonjour,\nComme convenu avec le cabinet de recrutement, je vous propose cet échange "
                            "d'une heure. Je serai votre future responsable au sein du pôle Contract Management "
                            "(Direction des achats).\n" + teams("fr", "412 880 316 027"),
                       location="Réunion Microsoft Teams")])))
    out.append(yes("terse-hand", "fr", "Doctolib", "", "", [], cal(IOS, [Ev(
        "8B2C1E6A-77D1-4F0B-9A3D-2E5C1B7A9F00", "Entretien Doctolib", "20261208T150000", "20261208T160000",
        when="float", location="54 quai Charles Pasqua, Levallois")], method=None)))
    out.append(yes("lever-final", "fr", "Swile", "Legal Ops Manager", "final",
                   ["thomas.ferrand@swile.co", "agathe.morel@swile.co"], cal("-//Lever//Interview//EN", [Ev(
                       "lever-int-88a1f09c", "Entretien final : Sophie Martin pour Legal Ops Manager",
                       "20261209T100000", "20261209T113000", tzid=P,
                       organizer=Who("Swile Talent", "talent@swile.co"),
                       attendees=[me(), Who("Thomas Ferrand", "thomas.ferrand@swile.co"),
                                  Who("Agathe Morel", "agathe.morel@swile.co")],
                       desc="Dernière étape du process Swile !\nAu programme : 45 min avec Thomas Ferrand "
                            "(General Counsel) puis 45 min avec Agathe Morel (COO).\nLieu : nos bureaux de "
                            "Montpellier ou en visio selon votre préférence.\n\nPowered by Lever",
                       location="Swile, 5 rue de la Poste, Montpellier")])))
    out.append(yes("calendly-recruiter", "fr", "Luko", "Juriste conformité", "recruiter_screen",
                   ["manon@luko.eu"], cal("-//Calendly//Calendly//EN", [Ev(
                       "c4e1f2aa-91bd-4d0e-8c55-6d2f1b8b7e21", "Premier échange Luko x Sophie Martin",
                       "20261202T083000", "20261202T090000", when="utc",
                       organizer=Who("Manon Lefèvre", "manon@luko.eu"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com", partstat="ACCEPTED")],
                       desc="Type d'événement : Premier échange - Juriste conformité (30 min)\n\nNuméro de "
                            "téléphone : +33 6 12 48 90 33\n\nQuestions : Pourquoi Luko ? -> Je souhaite évoluer "
                            "vers la conformité assurance.\n\nPropulsé par Calendly.com",
                       location="Manon vous appellera")], method="REQUEST")))
    out.append(yes("agency-naming", "fr", "BNP Paribas Cardif", "Contract Manager", "recruiter_screen",
                   ["julien.masson@cardif.bnpparibas.com"], cal(OUTLOOK, [Ev(
                       "AAMkADk3Zjc4-h27-cardif", "Entretien BNP Paribas Cardif - Contract Manager (via Hays)",
                       "20261210T170000", "20261210T174500", tzid="Romance Standard Time",
                       organizer=Who("Durieux, Clara (Hays)", "clara.durieux@hays.fr"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Masson, Julien", "julien.masson@cardif.bnpparibas.com")],
                       desc="Bonjour Sophie,\nJe vous confirme votre premier entretien avec Julien Masson, "
                            "Talent Acquisition chez notre client BNP Paribas Cardif, pour le poste de Contract "
                            "Manager en CDI à Nanterre. Je ne serai pas présente pendant l'échange ; appelez-moi "
                            "après !\nClara Durieux – Hays Legal\n" + teams("fr"))])))
    out.append(yes("founder-gmail", "fr", "Clausly", "Legal Ops", "",
                   ["hugo.clausly@gmail.com"], cal(GOOGLE, [Ev(
                       "0vq3n5k2c8lq@google.com", "Sophie / Hugo – Clausly (legal ops)", "20261211T123000",
                       "20261211T131500", tzid=P,
                       organizer=Who("Hugo Marchand", "hugo.clausly@gmail.com"),
                       attendees=[Who("Hugo Marchand", "hugo.clausly@gmail.com", partstat="ACCEPTED"), me()],
                       desc="Salut Sophie, comme dit par mail : on se voit pour parler du poste legal ops chez "
                            "Clausly (on est 6, je suis le cofondateur). C'est un vrai entretien mais détendu :)\n"
                            + meet("bpo-yxtr-kuw", "fr"))])))
    out.append(yes("workday-tech", "fr", "Crédit Agricole CIB", "Analyste conformité KYC", "technical",
                   ["b.aubert@ca-cib.com", "sarah.lemaire@ca-cib.com"], cal("-//Workday//Calendar//EN", [Ev(
                       "WD-CACIB-INT-20261214-0041", "Entretien technique - Analyste conformité KYC (R0048213)",
                       "20261214T100000", "20261214T110000", tzid=P,
                       organizer=Who("Crédit Agricole CIB Recrutement", "cacib@myworkday.com"),
                       attendees=[me(), Who("Bertrand Aubert", "b.aubert@ca-cib.com"),
                                  Who("Sarah Lemaire", "sarah.lemaire@ca-cib.com")],
                       desc="Candidature R0048213 – Analyste conformité KYC\nIntervenants : Bertrand Aubert "
                            "(Head of KYC), Sarah Lemaire (Senior Compliance Officer).\nUn exercice écrit de 20 "
                            "minutes vous sera proposé.\nAdresse : 12 place des États-Unis, Montrouge.")])))
    out.append(yes("teamtailor-cancel", "fr", "Malt", "Legal Operations Coordinator", "recruiter_screen",
                   ["nora.said@malt.com"], cal("-//Teamtailor//Interview//EN", [Ev(
                       "tt-int-55120-malt", "ANNULÉ : Entretien Malt – Legal Operations Coordinator",
                       "20261215T143000", "20261215T150000", tzid=P, status="CANCELLED", seq=2,
                       organizer=Who("Equipe Recrutement Malt", "recrutement@malt.com"),
                       attendees=[me(), Who("Nora Saïd", "nora.said@malt.com")],
                       desc="Votre entretien de présélection pour le poste de Legal Operations Coordinator a été "
                            "annulé. Nous reviendrons vers vous avec un nouveau créneau.")], method="CANCEL")))
    out.append(yes("zimbra-direct", "fr", "MAIF", "Juriste protection des données", "technical",
                   ["f.chevalier@maif.fr", "d.ngoma@maif.fr"], cal(ZIMBRA, [Ev(
                       "9c0f5a1e-3b7d-4e6c-b2a8-maif-dpo-02", "Entretien n°2 - juriste protection des données",
                       "20261216T093000", "20261216T110000", tzid="Europe/Brussels",
                       organizer=Who("Florence Chevalier", "f.chevalier@maif.fr"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("David Ngoma", "d.ngoma@maif.fr")],
                       desc="Madame,\nNous vous attendons pour le second entretien (mise en situation sur un "
                            "registre de traitements) avec Florence Chevalier (DPO adjointe) et David Ngoma "
                            "(juriste senior).\nMAIF – 200 avenue Salvador Allende, Niort. Visio possible sur "
                            "demande.")])))
    out.append(yes("allday-assessment", "fr", "Deloitte Luxembourg", "Consultante Legal Operations", "onsite", [],
                   cal(APPLE, [Ev("E1F0A2B3-4C5D-6E7F-8091-A2B3C4D5E6F7",
                                  "Journée d'évaluation Deloitte Luxembourg (legal ops)", "20261217", "20261218",
                                  when="date", location="20 Boulevard de Kockelscheuer, Luxembourg",
                                  desc="Assessment day consultant·e legal operations : études de cas le matin, "
                                       "entretiens associés l'après-midi. Train 6h10 gare de l'Est.")],
                       method=None, wr_tz="Europe/Paris")))
    out.append(yes("ashby-hm-work", "fr", "Pennylane", "Contract Manager", "hiring_manager",
                   ["victor.dumas@pennylane.com"], cal("-//Ashby//Ashby Scheduling//EN", [Ev(
                       "ashby-iv-3f0b71-pl", "Pennylane | Entretien Hiring Manager | Sophie Martin",
                       "20261218T080000", "20261218T084500", when="utc",
                       organizer=Who("Pennylane Recruiting", "recruiting@pennylane.com"),
                       attendees=[me(work=True), Who("Victor Dumas", "victor.dumas@pennylane.com")],
                       desc="Bonjour Sophie,\nVous rencontrerez Victor Dumas, Head of Legal, pour le poste de "
                            "Contract Manager.\nLien visio : https://pennylane.zoom.us/j/83310022775\n\n"
                            "Invitation envoyée via Ashby.")])))
    out.append(yes("rescheduled", "fr", "Allianz France", "Juriste compliance", "recruiter_screen",
                   ["eloise.bertin@allianz.fr"], cal(OUTLOOK16, [Ev(
                       "AZ-RH-7741-SM", "Entretien RH – Juriste compliance (nouvel horaire)", "20261221T161500",
                       "20261221T170000", tzid="Romance Standard Time", seq=3,
                       organizer=Who("BERTIN Eloise", "eloise.bertin@allianz.fr"),
                       attendees=[Who("MARTIN Sophie", "sophie.martin.pro@gmail.com", partstat="ACCEPTED")],
                       desc="Bonjour Madame Martin,\nSuite à votre demande, l'entretien RH est décalé à 16h15. "
                            "Je reste votre interlocutrice chargée de recrutement.\n"
                            + teams("fr", "351 006 442 198"))],
                       with_vtz=False)))
    out.append(yes("bookings", "fr", "Luxembourg Stock Exchange", "Compliance Officer", "recruiter_screen",
                   ["anne.weber@luxse.com"], cal("-//Microsoft Corporation//Microsoft Bookings//EN", [Ev(
                       "bookings-luxse-24017", "Entretien de présélection – Compliance Officer – Bourse de Luxembourg",
                       "20261222T090000", "20261222T093000", tzid="W. Europe Standard Time",
                       organizer=Who("Recrutement LuxSE", "recrutement@luxse.com"),
                       attendees=[me(), Who("Anne Weber", "anne.weber@luxse.com")],
                       desc="Service : Entretien de présélection (30 minutes)\nPersonnel : Anne Weber\n"
                            "Réservé par : Sophie Martin\n" + teams("fr", "377 190 250 661"))])))
    out.append(yes("coffee-round2", "fr", "Hiway Conseil", "Consultante contract management", "hiring_manager",
                   ["paul.delmas@hiway-conseil.fr"], cal(GOOGLE, [Ev(
                       "5ksm0a7v3p2h27@google.com", "Café avec Paul (Hiway Conseil) – 2e entretien",
                       "20261223T083000", "20261223T093000", tzid=P,
                       organizer=Who("Paul Delmas", "paul.delmas@hiway-conseil.fr"),
                       attendees=[me(), Who("Paul Delmas", "paul.delmas@hiway-conseil.fr", partstat="ACCEPTED")],
                       desc="Comme évoqué avec Julie des RH, je vous propose qu'on fasse ce deuxième entretien "
                            "autour d'un café. J'encadre l'équipe contract management que vous rejoindriez.",
                       location="Café Kitsuné, 2 place de la Madeleine")])))
    out.append(yes("zoom-panel", "fr", "Ledger", "Privacy & Compliance Analyst", "onsite",
                   ["claire.noel@ledger.fr", "yanis.haddad@ledger.fr", "marie.kim@ledger.fr"], cal(GOOGLE, [Ev(
                       "ldg-panel-2026-1230", "Panel d'entretiens – Privacy & Compliance Analyst – Ledger",
                       "20270105T140000", "20270105T160000", tzid=P,
                       organizer=Who("Justine Colas", "justine.colas@ledger.fr"),
                       attendees=[me(), Who("Claire Noël", "claire.noel@ledger.fr"),
                                  Who("Yanis Haddad", "yanis.haddad@ledger.fr"),
                                  Who("Marie Kim", "marie.kim@ledger.fr"),
                                  Who("Justine Colas", "justine.colas@ledger.fr", "opt")],
                       desc="Bonjour Sophie,\nJustine (coordinatrice recrutement) a organisé votre panel : Claire "
                            "Noël (DPO), Yanis Haddad (Compliance Lead) et Marie Kim (Legal Counsel) vous "
                            "rencontreront successivement.\n\n" + zoom("846 2290 1175", "fr"))])))
    out.append(yes("hand-typed-note", "fr", "Pictet", "Juriste contrats", "",
                   [], cal(APPLE, [Ev("A7F3C0D1-2E4B-4B8C-9D1E-0F2A3B4C5D6E",
                                      "entretien pictet genève (poste juriste contrats) - prendre le TGV 7h18",
                                      "20270107T110000", "20270107T120000", tzid="Europe/Zurich",
                                      location="Route des Acacias 60, Genève")], method=None)))
    out.append(yes("recurring-trial", "fr", "Hyperline", "Legal Operations Associate", "onsite",
                   ["anais.fabre@hyperline.co"], cal(GOOGLE, [
                       Ev("trial-hyperline-h27@google.com", "Journées d'essai Hyperline (Legal Ops Associate)",
                          "20270111T093000", "20270111T173000", tzid=P, rrule="FREQ=DAILY;COUNT=2",
                          organizer=Who("Anaïs Fabre", "anais.fabre@hyperline.co"),
                          attendees=[me(), Who("Anaïs Fabre", "anais.fabre@hyperline.co", partstat="ACCEPTED")],
                          desc="Deux journées de mise en situation rémunérées avec l'équipe juridique, dernière "
                               "étape du recrutement. Anaïs (Head of Legal) vous évaluera sur des cas réels.",
                          location="Hyperline, 10 rue de Penthièvre, Paris"),
                       Ev("trial-hyperline-h27@google.com", "Journées d'essai Hyperline (Legal Ops Associate)",
                          "20270112T100000", "20270112T160000", tzid=P, rid="20270112T093000", seq=1,
                          organizer=Who("Anaïs Fabre", "anais.fabre@hyperline.co"),
                          attendees=[me(), Who("Anaïs Fabre", "anais.fabre@hyperline.co", partstat="ACCEPTED")],
                          desc="Deuxième journée décalée : arrivée 10h, départ 16h.",
                          location="Hyperline, 10 rue de Penthièvre, Paris")])))
    out.append(yes("webex-bank", "fr", "Banque de Luxembourg", "Juriste gestion contractuelle", "technical",
                   ["p.schmit@bdl.lu"], cal(OUTLOOK16, [Ev(
                       "BDL-REC-88012", "Entretien technique : juriste gestion contractuelle",
                       "20270113T100000", "20270113T110000", tzid="W. Europe Standard Time",
                       organizer=Who("Schmit, Pierre", "p.schmit@bdl.lu"),
                       attendees=[Who("Martin, Sophie", "sophie.martin.pro@gmail.com")],
                       desc="Chère Madame Martin,\nMerci pour votre disponibilité. Je mènerai cet entretien "
                            "technique (revue d'un contrat de prestation de services).\n\n"
                            "Rejoindre la réunion Webex\nhttps://bdl.webex.com/meet/p.schmit\n"
                            "Numéro de la réunion : 2781 400 9123")])))
    out.append(yes("agency-geneva", "fr", "Lombard Odier", "Contract Management Officer", "recruiter_screen",
                   ["s.favre@lombardodier.com"], cal(GOOGLE, [Ev(
                       "mgp-lo-02@google.com", "Entretien Lombard Odier – Contract Management Officer",
                       "20270114T140000", "20270114T143000", tzid="Europe/Zurich",
                       organizer=Who("Romain Perret (Michael Page)", "romain.perret.mpage@gmail.com"),
                       attendees=[me(), Who("Sandrine Favre", "s.favre@lombardodier.com")],
                       desc="Sophie, je vous ai calé l'échange avec Sandrine Favre, chargée de recrutement chez "
                            "Lombard Odier, pour le poste de Contract Management Officer. Elle vous appelle.\n"
                            "Romain – Michael Page Genève")])))
    out.append(yes("cancelled-outlook", "fr", "EY Avocats", "Legal Operations Analyst", "hiring_manager",
                   ["clement.vasseur@avocats.ey.com"], cal(OUTLOOK, [Ev(
                       "AAMkAGEY-legalops-h27", "Annulé : Entretien Legal Operations Analyst – C. Vasseur",
                       "20270115T110000", "20270115T120000", tzid="Romance Standard Time", status="CANCELLED", seq=1,
                       organizer=Who("Vasseur, Clément", "clement.vasseur@avocats.ey.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com")],
                       desc="Madame, je suis contraint d'annuler notre entretien (poste de Legal Operations "
                            "Analyst au sein de mon équipe). Mon assistante vous recontactera.")],
                       method="CANCEL")))
    out.append(yes("cal-com", "fr", "Spendesk", "Juriste Privacy", "recruiter_screen",
                   ["oceane@spendesk.com"], cal("-//Cal.com Inc.//Cal.com Event//EN", [Ev(
                       "calcom-8d1f7e9a-spendesk", "Spendesk x Sophie Martin – Juriste Privacy (appel découverte "
                       "recrutement)", "20270118T093000", "20270118T100000", when="utc",
                       organizer=Who("Océane Pichon", "oceane@spendesk.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com", partstat="ACCEPTED")],
                       desc="Appel de présélection avec Océane, Talent Partner.\nLieu : Cal Video "
                            "https://app.cal.com/video/4Qk2p")])))
    out.append(yes("smart-final", "fr", "Sanofi", "Contract Manager R&D", "final",
                   ["l.girard@sanofi.com", "olivier.roy@sanofi.com"], cal(OUTLOOK16, [Ev(
                       "SNF-FINAL-3390", "Entretien final — Contract Manager R&D — Sophie MARTIN",
                       "20270120T150000", "20270120T163000", tzid="Romance Standard Time",
                       organizer=Who("GIRARD Laure", "l.girard@sanofi.com"),
                       attendees=[Who("Sophie MARTIN", "sophie.martin.pro@gmail.com"),
                                  Who("ROY Olivier", "olivier.roy@sanofi.com"),
                                  Who("Gentilly - Salle Pasteur", "salle.pasteur.gentilly@sanofi.com", "room"),
                                  Who("Visio Salle Pasteur", "visio.pasteur@sanofi.com", "res")],
                       desc="Entretien final avec Laure Girard (Head of Contracts) et Olivier Roy (VP Legal R&D).")],
                       with_vtz=False)))
    out.append(yes("terse-google", "fr", "Mirakl", "", "technical", ["romane.blanc@mirakl.com"], cal(GOOGLE, [Ev(
        "1hq9s8b0l7z3@google.com", "Mirakl - test technique", "20270121T100000", "20270121T110000", tzid=P,
        organizer=Who(None, "romane.blanc@mirakl.com"), attendees=[me(), Who(None, "romane.blanc@mirakl.com")])])))
    return out
