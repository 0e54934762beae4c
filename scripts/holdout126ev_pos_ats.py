"""holdout126: Karim's own interviews sent by ATS (Teamtailor, Workday, SuccessFactors, WTTJ, Flatchr, ...)."""

from __future__ import annotations

from holdout126ev_ics import ME_FREE, ME_NAME, ME_WORK, Ev, att, esc, gatt, oatt, org

TEAMS_FR = (
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\n"
    "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
    "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}%40thread.v2/0>\n"
    "ID de la réunion : {i}\nCode secret : {p}\n"
    "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
    "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)


def teams_fr(k: str, i: str, p: str) -> str:
    return TEAMS_FR.format(k=k, i=i, p=p)


def events() -> list[Ev]:
    out: list[Ev] = []

    # 1 Teamtailor, recruiter screen, Chantiers Navals Phocéens
    out.append(Ev(
        "teamtailor-rh", "tt-7f3a91c2-4b8e-4d0a-9c1f-cnp-entretien-rh@teamtailor.com", "teamtailor-screen-fr", [
            "DTSTART;TZID=Europe/Paris:20260113T100000",
            "DTEND;TZID=Europe/Paris:20260113T103000",
            "SUMMARY:" + esc("Entretien RH – Technicien CVC senior (H/F) – Chantiers Navals Phocéens"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nMerci pour votre candidature au poste de Technicien CVC senior (H/F) sur notre "
                "site de réparation navale du port de Marseille.\nCet entretien avec Sandrine Giordano (chargée de "
                "recrutement) dure environ 30 minutes et se déroule sur Teams.\n\n" + teams_fr(
                    "NzQ1ZjA4", "318 204 776 915", "k9Ut3R") +
                "\n\nÀ bientôt,\nL'équipe recrutement CNP\nEnvoyé via Teamtailor"),
            "LOCATION:Microsoft Teams",
            org("sandrine.giordano@cnphoceens.fr", "Sandrine Giordano"),
            att("sandrine.giordano@cnphoceens.fr", "Sandrine Giordano", part="ACCEPTED"),
            att(ME_FREE, ME_NAME),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ], prodid="-//Teamtailor//Teamtailor Calendar//EN", yes=True, company="Chantiers Navals Phocéens",
        role="Technicien CVC senior (H/F)", stage="recruiter_screen", who="sandrine.giordano@cnphoceens.fr"))

    # 2 Teamtailor, technical test, same employer
    out.append(Ev(
        "teamtailor-test", "tt-2c0e5d77-81aa-4f6b-b3d2-cnp-test-technique@teamtailor.com",
        "teamtailor-technical-fr", [
            "DTSTART;TZID=Europe/Paris:20260127T083000",
            "DTEND;TZID=Europe/Paris:20260127T113000",
            "SUMMARY:" + esc("Test technique – Technicien CVC senior (H/F)"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nSuite à votre échange avec Sandrine, nous avons le plaisir de vous convier au "
                "test technique.\nAu programme : diagnostic sur une CTA double flux, lecture de schéma frigorifique, "
                "mise en service d'un groupe d'eau glacée (simulateur).\nVous serez évalué par Patrice Orsini "
                "(chef d'atelier froid) et Nadia Belkacem (responsable maintenance navire).\n\nMerci de vous "
                "présenter à l'accueil de la Forme 10 avec vos chaussures de sécurité et une pièce d'identité "
                "(zone portuaire sous contrôle d'accès).\n\nChantiers Navals Phocéens – Recrutement"),
            "LOCATION:" + esc("CNP – Forme 10, Môle Léon Gourret, 13002 Marseille"),
            org("sandrine.giordano@cnphoceens.fr", "Sandrine Giordano"),
            att("patrice.orsini@cnphoceens.fr", "Patrice Orsini"),
            att("nadia.belkacem@cnphoceens.fr", "Nadia Belkacem"),
            att(ME_FREE, ME_NAME),
            "SEQUENCE:0",
        ], prodid="-//Teamtailor//Teamtailor Calendar//EN", yes=True, company="Chantiers Navals Phocéens",
        role="Technicien CVC senior (H/F)", stage="technical",
        who="patrice.orsini@cnphoceens.fr;nadia.belkacem@cnphoceens.fr"))

    # 3 Workday, FM group, hiring manager, English shell with French role
    out.append(Ev(
        "workday-hm", "WD-INT-8812045-20260204@corvalis-fm.com", "workday-hiring-manager-fr", [
            "DTSTART:20260204T130000Z",
            "DTEND:20260204T140000Z",
            "SUMMARY:" + esc("Interview Scheduled: Responsable de maintenance multi-sites (R-04512) - Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Job Requisition: R-04512 Responsable de maintenance multi-sites (Marseille / Aix)\n"
                "Candidate: Karim Benhaddou\nInterview Type: Entretien manager\n"
                "Interviewer(s): Olivier Castellan (Directeur d'agence Sud-Est)\n"
                "Scheduled by: Talent Acquisition Corvalis\n\nLieu : Corvalis FM, 45 boulevard de Dunkerque, "
                "13002 Marseille – 3e étage, demander M. Castellan à l'accueil."),
            "LOCATION:" + esc("Corvalis FM – Agence Marseille Euroméditerranée"),
            org("corvalis@myworkday.com", "Corvalis Recruiting"),
            att("olivier.castellan@corvalis-fm.com", "Olivier Castellan"),
            att(ME_FREE, "Karim Benhaddou"),
        ], prodid="-//Workday Inc//Workday Calendar//EN", tz="none", yes=True, company="Corvalis FM",
        role="Responsable de maintenance multi-sites", stage="hiring_manager",
        who="olivier.castellan@corvalis-fm.com"))

    # 4 SuccessFactors, energy firm, technical, Outlook-ish zone name
    out.append(Ev(
        "successfactors-tech", "SF-ELM-INTV-000773412", "successfactors-technical-fr", [
            "DTSTART;TZID=\"Romance Standard Time\":20260210T093000",
            "DTEND;TZID=\"Romance Standard Time\":20260210T110000",
            "SUMMARY:" + esc("Entretien technique : Superviseur de site H/F – Centrale cycle combiné de Fos"),
            "DESCRIPTION:" + esc(
                "Madame, Monsieur,\n\nNous avons le plaisir de vous inviter à un entretien technique dans le cadre "
                "de votre candidature (réf. 77341) chez Énergie Littoral Méditerranée.\n\nJury :\n"
                "- Thierry Vidal, Chef de centrale\n- Laëtitia Roux, Ingénieure maintenance\n\n"
                "Accès : badge visiteur à retirer au poste de garde, EPI fournis.\n\n"
                "Cordialement,\nService Recrutement ELM\nCe message a été généré automatiquement par SAP "
                "SuccessFactors."),
            "LOCATION:" + esc("ELM – Centrale de Fos, Route de la Darse 2, 13270 Fos-sur-Mer"),
            org("noreply@successfactors.eu", "Recrutement ELM"),
            oatt("thierry.vidal@elm-energie.fr", "Vidal, Thierry"),
            oatt("laetitia.roux@elm-energie.fr", "Roux, Laëtitia"),
            oatt(ME_FREE, "Benhaddou, Karim"),
        ], prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tz="romance", yes=True,
        company="Énergie Littoral Méditerranée", role="Superviseur de site H/F", stage="technical",
        who="thierry.vidal@elm-energie.fr;laetitia.roux@elm-energie.fr"))

    # 5 Welcome to the Jungle, data centres, recruiter screen
    out.append(Ev(
        "wttj-screen", "wttj-9d41c7e0b25f@welcomekit.co", "wttj-screen-fr", [
            "DTSTART;TZID=Europe/Paris:20260115T143000",
            "DTEND;TZID=Europe/Paris:20260115T150000",
            "SUMMARY:" + esc("Échange avec Julie – Massilia Datacenters"),
            "DESCRIPTION:" + esc(
                "Votre candidature : Technicien(ne) CVC data center – Marseille (MRS2)\n\n"
                "Julie Ferrand, Talent Acquisition Partner, vous appellera au numéro renseigné dans votre profil "
                "pour un premier échange de 30 minutes (parcours, disponibilité, astreintes).\n\n"
                "Pour modifier ce rendez-vous, rendez-vous dans votre espace candidat Welcome to the Jungle."),
            "LOCATION:" + esc("Appel téléphonique"),
            org("julie.ferrand@massilia-dc.com", "Julie Ferrand"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Welcome to the Jungle//Welcome Kit//FR", yes=True, company="Massilia Datacenters",
        role="Technicien(ne) CVC data center", stage="recruiter_screen", who="julie.ferrand@massilia-dc.com"))

    # 6 Flatchr, HVAC contractor, hiring manager
    out.append(Ev(
        "flatchr-manager", "flatchr-ev-5512-thermalis-20260122", "flatchr-hiring-manager-fr", [
            "DTSTART;TZID=Europe/Paris:20260122T170000",
            "DTEND;TZID=Europe/Paris:20260122T180000",
            "SUMMARY:" + esc("Entretien Chef d'équipe CVC / Thermalis – Karim BENHADDOU"),
            "DESCRIPTION:" + esc(
                "Entretien avec Raphaël Pinto, responsable travaux & SAV.\n"
                "Adresse : ZI Les Paluds, 210 avenue du Douard, 13400 Aubagne.\n"
                "Merci d'apporter vos habilitations (fluides frigorigènes cat. 1, habilitation électrique).\n\n"
                "-- Thermalis Génie Climatique via Flatchr"),
            "LOCATION:" + esc("Thermalis, ZI Les Paluds, Aubagne"),
            org("recrutement@thermalis-gc.fr", "Thermalis Recrutement"),
            att("r.pinto@thermalis-gc.fr", "Raphaël Pinto"),
            att(ME_FREE, "Karim BENHADDOU"),
        ], prodid="-//Flatchr//Agenda//FR", yes=True, company="Thermalis Génie Climatique",
        role="Chef d'équipe CVC", stage="hiring_manager", who="r.pinto@thermalis-gc.fr"))

    # 7 Taleez, social landlord, no clear stage, Google Meet
    out.append(Ev(
        "taleez-entretien", "taleez-3f7d0a2e-habitatphoceen@taleez.com", "taleez-nostage-fr", [
            "DTSTART;TZID=Europe/Paris:20260203T110000",
            "DTEND;TZID=Europe/Paris:20260203T114500",
            "SUMMARY:" + esc("Habitat Phocéen – Entretien – Responsable technique patrimoine"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim Benhaddou,\n\nVous êtes invité(e) à un entretien pour le poste de Responsable "
                "technique patrimoine (secteur Nord – 13e/14e arr.).\nParticipants : Mathieu Lopez (Directeur du "
                "patrimoine), Samia Haddad (Responsable RH).\n\nRejoindre avec Google Meet : "
                "https://meet.google.com/qwe-rtyu-iop\nOu appeler le : (FR) +33 1 87 40 41 52 PIN : 771 093 228#\n\n"
                "Envoyé depuis Taleez"),
            "LOCATION:https://meet.google.com/qwe-rtyu-iop",
            org("notifications@taleez.com", "Habitat Phocéen via Taleez"),
            att("m.lopez@habitat-phoceen.fr", "Mathieu Lopez"),
            att("s.haddad@habitat-phoceen.fr", "Samia Haddad"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Taleez//Taleez Calendar 1.0//FR", yes=True, company="Habitat Phocéen",
        role="Responsable technique patrimoine", who="m.lopez@habitat-phoceen.fr;s.haddad@habitat-phoceen.fr"))

    # 8 Indeed interview, small firm, owner by name only
    out.append(Ev(
        "indeed-video", "indeed-interview-a81c55e2f0@indeed.com", "indeed-video-fr", [
            "DTSTART;TZID=Europe/Paris:20260119T180000",
            "DTEND;TZID=Europe/Paris:20260119T183000",
            "SUMMARY:" + esc("Entretien vidéo : Technicien de maintenance CVC – Clim'Azur Services"),
            "DESCRIPTION:" + esc(
                "Clim'Azur Services vous a invité à un entretien vidéo sur Indeed.\n"
                "Poste : Technicien de maintenance CVC (CDI, La Ciotat)\n"
                "Interlocuteur : Frédéric Albertini, gérant\n\n"
                "Rejoindre l'entretien : https://interview.indeed.com/join/8Kd2-QpZ7\n"
                "Conseil : testez votre caméra et votre micro avant l'entretien."),
            "LOCATION:Indeed Interview",
            org("no-reply@indeed.com", "Indeed"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Indeed//Indeed Interview//EN", yes=True, company="Clim'Azur Services",
        role="Technicien de maintenance CVC", who="Frédéric Albertini"))

    # 9 Greenhouse, English, data centre operator, technical panel
    out.append(Ev(
        "greenhouse-panel", "greenhouse-7731009-interview-2-4471@northwind-dc.com", "greenhouse-technical-en", [
            "DTSTART;TZID=Europe/Paris:20260205T140000",
            "DTEND;TZID=Europe/Paris:20260205T151500",
            "SUMMARY:" + esc("Interview: Critical Facilities Technician (Marseille MRS3) – Technical Panel"),
            "DESCRIPTION:" + esc(
                "Hi Karim,\n\nThanks for making time. This is your technical panel for the Critical Facilities "
                "Technician role at Northwind Data Centres, Marseille MRS3.\n\nYou'll meet:\n"
                "• Gareth Pryce – Site Operations Manager\n• Inès Mercier – Lead Mechanical Engineer\n\n"
                "Expect scenario questions on chiller failover, CRAH maintenance and MOP/EOP procedures.\n\n"
                "Join Zoom Meeting\nhttps://northwind.zoom.us/j/84412097731?pwd=Tm9ydGh3aW5k\n"
                "Meeting ID: 844 1209 7731\nPasscode: 512093\n\n"
                "Coordinated by Amber Lewis (Recruiting Coordinator)"),
            "LOCATION:" + esc("Zoom"),
            org("amber.lewis@northwind-dc.com", "Amber Lewis"),
            att("gareth.pryce@northwind-dc.com", "Gareth Pryce"),
            att("ines.mercier@northwind-dc.com", "Inès Mercier"),
            att(ME_FREE, ME_NAME),
            att("amber.lewis@northwind-dc.com", "Amber Lewis", role="NON-PARTICIPANT", part="ACCEPTED"),
        ], prodid="-//Greenhouse Software//Greenhouse Calendar//EN", yes=True, company="Northwind Data Centres",
        role="Critical Facilities Technician", stage="technical",
        who="gareth.pryce@northwind-dc.com;ines.mercier@northwind-dc.com"))

    # 10 Lever, hydrogen start-up, French
    out.append(Ev(
        "lever-screen", "lever-interview-1f9e3b55-c8a4-4c61-9a0e-voltaia", "lever-screen-fr", [
            "DTSTART;TZID=Europe/Paris:20260120T093000",
            "DTEND;TZID=Europe/Paris:20260120T100000",
            "SUMMARY:" + esc("Voltaïa – Entretien de présélection (Superviseur maintenance site) – Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nVoici l'invitation pour votre premier entretien avec Camille Augier "
                "(Talent Acquisition) pour le poste de Superviseur maintenance site – électrolyseur de Gardanne.\n\n"
                "Lien Google Meet : https://meet.google.com/vlt-aiah-ydr\n\nÀ très vite,\nCamille"),
            "LOCATION:https://meet.google.com/vlt-aiah-ydr",
            org("camille.augier@voltaia.energy", "Camille Augier"),
            gatt("camille.augier@voltaia.energy", "Camille Augier", part="ACCEPTED"),
            gatt(ME_FREE),
        ], prodid="-//Lever//Lever Hire//EN", yes=True, company="Voltaïa Hydrogène",
        role="Superviseur maintenance site", stage="recruiter_screen", who="camille.augier@voltaia.energy"))

    # 11 Personio, German-owned refrigeration firm, French branch
    out.append(Ev(
        "personio-fr", "personio-0b7e21f4-9a6c-brenner-fr-20260128", "personio-hiring-manager-fr", [
            "DTSTART;TZID=Europe/Paris:20260128T100000",
            "DTEND;TZID=Europe/Paris:20260128T110000",
            "SUMMARY:" + esc("Entretien : Technicien frigoriste senior (Marseille) | Brenner Kältetechnik"),
            "DESCRIPTION:" + esc(
                "Bonjour Monsieur Benhaddou,\n\nNous vous confirmons votre entretien avec Stéphane Kieffer, "
                "responsable de l'agence Brenner Kältetechnik France à Vitrolles.\n\n"
                "Adresse : 14 rue de l'Anjou, ZI Les Estroublans, 13127 Vitrolles\n\n"
                "Mit freundlichen Grüßen / Cordialement\nIhr Brenner Recruiting Team"),
            "LOCATION:" + esc("Brenner Kältetechnik France, Vitrolles"),
            org("jobs@brenner-kaelte.de", "Brenner Recruiting"),
            att("stephane.kieffer@brenner-kaelte.fr", "Stéphane Kieffer"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Personio GmbH//Personio Recruiting//DE", yes=True, company="Brenner Kältetechnik",
        role="Technicien frigoriste senior", stage="hiring_manager", who="stephane.kieffer@brenner-kaelte.fr"))

    # 12 softgarden, English, yacht refit yard
    out.append(Ev(
        "softgarden-en", "sg-ivw-33019822-nordwerft@softgarden.io", "softgarden-screen-en", [
            "DTSTART;TZID=Europe/Paris:20260212T110000",
            "DTEND;TZID=Europe/Paris:20260212T113000",
            "SUMMARY:" + esc("Video interview – HVAC Engineer Refit (La Ciotat) – Nordwerft Yachtservice"),
            "DESCRIPTION:" + esc(
                "Dear Mr Benhaddou,\n\nThank you for your application. We would like to invite you to a first "
                "video interview with Katharina Vogt (HR Business Partner).\n\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Click here to join the meeting\nMeeting ID: 391 552 004 871\nPasscode: Zh8pQe\n\n"
                "Kind regards\nNordwerft Yachtservice GmbH – HR\npowered by softgarden"),
            "LOCATION:Microsoft Teams",
            org("katharina.vogt@nordwerft-yachts.de", "Katharina Vogt"),
            att("katharina.vogt@nordwerft-yachts.de", "Katharina Vogt"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//softgarden//e-recruiting//EN", yes=True, company="Nordwerft Yachtservice",
        role="HVAC Engineer Refit", stage="recruiter_screen", who="katharina.vogt@nordwerft-yachts.de"))

    # 13 SmartRecruiters, Monaco hotel group, hiring manager, bilingual
    out.append(Ev(
        "smartrecruiters-mc", "SR-7420039-RIVIERA-INT-2", "smartrecruiters-hiring-manager-en", [
            "DTSTART;TZID=Europe/Monaco:20260217T150000",
            "DTEND;TZID=Europe/Monaco:20260217T160000",
            "SUMMARY:" + esc("Interview – Assistant Chief Engineer / Adjoint au Chef Technique – Riviera Palace"),
            "DESCRIPTION:" + esc(
                "Dear Karim,\n\nYou are invited to meet Marco Bellini, Chief Engineer of Riviera Palace "
                "Monte-Carlo, at the hotel.\nPlease report to the staff entrance (entrée du personnel), "
                "avenue Princesse Grace, and ask for the Engineering office.\n\n"
                "Interview scheduled through SmartRecruiters on behalf of Riviera Palace Hotels."),
            "LOCATION:" + esc("Riviera Palace Monte-Carlo, Staff entrance, 98000 Monaco"),
            org("talent@rivierapalace.mc", "Riviera Palace Talent"),
            att("m.bellini@rivierapalace.mc", "Marco Bellini"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//SmartRecruiters//SmartRecruiters Calendar//EN", tz="monaco", yes=True,
        company="Riviera Palace", role="Assistant Chief Engineer / Adjoint au Chef Technique",
        stage="hiring_manager", who="m.bellini@rivierapalace.mc"))

    # 14 iCIMS, pharma site, phone screen English
    out.append(Ev(
        "icims-phone", "icims-8830-2026-0114-7761@meridianpharma.com", "icims-phone-screen-en", [
            "DTSTART:20260114T080000Z",
            "DTEND:20260114T083000Z",
            "SUMMARY:" + esc("Phone Screen: Utilities Maintenance Technician (Rousset) – Req 2025-3318"),
            "DESCRIPTION:" + esc(
                "Candidate: Karim Benhaddou\nRecruiter: Hannah Kowalski\nDial-in: recruiter will call the candidate "
                "at +33 6 •• •• •• 41\nNotes: French-speaking site, English level to be checked.\n\n"
                "This invitation was sent by iCIMS on behalf of Meridian Pharma Services."),
            "LOCATION:Phone",
            org("hannah.kowalski@meridianpharma.com", "Hannah Kowalski"),
            att(ME_FREE, ME_NAME),
            att("hannah.kowalski@meridianpharma.com", "Hannah Kowalski", part="ACCEPTED"),
        ], prodid="-//iCIMS//iCIMS Talent Platform//EN", tz="none", yes=True, company="Meridian Pharma Services",
        role="Utilities Maintenance Technician", stage="recruiter_screen", who="hannah.kowalski@meridianpharma.com"))

    # 15 Workable, yacht refit company in Cassis, hiring manager in person
    out.append(Ev(
        "workable-onsite", "workable-interview-62be0f1a93@workablemail.com", "workable-onsite-fr", [
            "DTSTART;TZID=Europe/Paris:20260302T090000",
            "DTEND;TZID=Europe/Paris:20260302T113000",
            "SUMMARY:" + esc("Calanques Yachting Refit: entretien sur site avec Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Poste : Technicien CVC marine senior\nÉtape : Entretien sur site + visite de l'atelier\n"
                "Vous rencontrerez : Yohan Brunet (directeur technique), Élodie Sarda (cheffe de projet refit).\n"
                "Adresse : Port de Cassis, quai des Moulins, hangar 3.\n\nWorkable"),
            "LOCATION:" + esc("Port de Cassis, quai des Moulins, hangar 3, 13260 Cassis"),
            org("hiring@calanques-refit.com", "Calanques Yachting Refit"),
            att("yohan@calanques-refit.com", "Yohan Brunet"),
            att("elodie@calanques-refit.com", "Élodie Sarda"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Workable//Workable Calendar//EN", yes=True, company="Calanques Yachting Refit",
        role="Technicien CVC marine senior", stage="onsite",
        who="yohan@calanques-refit.com;elodie@calanques-refit.com"))

    # 16 Jobaffinity, FM company, convocation with no clear stage, work address used by mistake
    out.append(Ev(
        "jobaffinity-convocation", "jobaff-cv-99120-idealis-0226@jobaffinity.fr", "jobaffinity-nostage-fr", [
            "DTSTART;TZID=Europe/Paris:20260226T140000",
            "DTEND;TZID=Europe/Paris:20260226T150000",
            "SUMMARY:" + esc("Convocation à un entretien - Responsable d'exploitation H/F - IDÉALIS"),
            "DESCRIPTION:" + esc(
                "Monsieur,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien "
                "avec Mme Corinne Blanc, Directrice régionale Provence, et M. Aurélien Mas, Responsable RH.\n\n"
                "Lieu : Idéalis Maintenance, Parc du Golf, bât. 21, 350 rue Jean René Guillibert Gauthier de la "
                "Lauzière, 13290 Aix-en-Provence.\n\nMerci de confirmer votre présence en répondant à cette "
                "invitation.\n\nLe service recrutement"),
            "LOCATION:" + esc("Idéalis Maintenance, Parc du Golf, Aix-en-Provence"),
            org("recrutement@idealis-maintenance.fr", "Recrutement Idéalis"),
            att("corinne.blanc@idealis-maintenance.fr", "Corinne Blanc"),
            att("aurelien.mas@idealis-maintenance.fr", "Aurélien Mas"),
            att(ME_WORK, ME_NAME),
        ], prodid="-//Jobaffinity//Agenda recrutement//FR", yes=True, company="Idéalis Maintenance",
        role="Responsable d'exploitation H/F",
        who="corinne.blanc@idealis-maintenance.fr;aurelien.mas@idealis-maintenance.fr"))

    return out
