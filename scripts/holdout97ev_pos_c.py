"""holdout97: the user's own interviews, part C (more employers, stages and languages). Blind author, CC0 1.0."""

from __future__ import annotations

from holdout97ev_ics import USER_FREE, USER_WORK, att, cal, event, meet, org, rec, teams, u, z, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
W_EU = "W. Europe Standard Time"
ROM = "Romance Standard Time"
UTC1P = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


def build() -> list[dict]:
    out: list[dict] = []

    def one(kind, prodid, uid, summary, se, desc, loc, organizer, atts, company, role, stage, ivs, trap="",
            method="REQUEST", tzs=("Europe/Zurich",), extra=(), seq=0, status="CONFIRMED", head=()):
        ev = event(uid, summary, se[0], se[1], desc=desc, loc=loc, organizer=organizer, attendees=atts,
                   extra=extra, seq=seq, status=status)
        out.append(rec(kind, cal([ev], prodid, method, tzs, head), uid, 1, company, role, stage, ivs, trap))

    one("greenhouse-onsite-fr", "-//Greenhouse Software//Greenhouse//EN", "gh-7790311-0112@greenhouse.io",
        "Rhodagro – Journée d'entretiens – Matthias Keller", z("20250429", "0900-1600", "Europe/Paris"),
        "Bonjour Matthias,\n\nVoici le programme de votre journée d'entretiens sur notre site de Saint-Fons pour le "
        "poste de Chef de laboratoire Chimie de synthèse (Protection des cultures) :\n09h00 Séminaire scientifique\n"
        "10h15 Dr Thibault Garnier (Directeur Recherche Chimie)\n11h00 Dr Amandine Roux et Dr Karim Benali\n"
        "12h00 Déjeuner\n14h00 Visite des laboratoires\n15h00 Nathalie Perrin (RH)\n\nRhodanie Agrochimie",
        "Rhodanie Agrochimie, 12 rue Louis-Jouvet, 69190 Saint-Fons",
        org("recrutement@rhodagro.fr", "Recrutement Rhodagro"),
        [att(USER_FREE, "Matthias Keller"), att("thibault.garnier@rhodagro.fr", "Thibault Garnier"),
         att("amandine.roux@rhodagro.fr", "Amandine Roux"), att("karim.benali@rhodagro.fr", "Karim Benali"),
         att("nathalie.perrin@rhodagro.fr", "Nathalie Perrin")],
        "Rhodanie Agrochimie", "Chef de laboratoire Chimie de synthèse (Protection des cultures)", "onsite",
        "thibault.garnier@rhodagro.fr;amandine.roux@rhodagro.fr;karim.benali@rhodagro.fr;nathalie.perrin@rhodagro.fr",
        "greenhouse-brand-domain-fr", tzs=("Europe/Paris",))

    one("workday-en", "-//Workday//Workday Recruiting//EN", "WD-INT-0000448812@septentrion.myworkdayjobs.com",
        "Interview: Lead Scientist Analytical Development (R-18834) – Matthias Keller", u("20250402", "1230-1330"),
        "Interview with Dr. Camille Fontaine and Dr. Marc Leroy, Analytical Sciences, Septentrion Pharma (Lyon).\n"
        "Format: technical interview, 60 minutes.\n\n" + teams("31551002877", "SpT4x1")
        + "\n\nThis invitation was sent from Workday on behalf of Septentrion Pharma Talent Acquisition.",
        "Microsoft Teams Meeting", org("ta@septentrion-pharma.fr", "Septentrion TA"),
        [att(USER_FREE, "Matthias Keller"), att("camille.fontaine@septentrion-pharma.fr", "Fontaine, Camille"),
         att("marc.leroy@septentrion-pharma.fr", "Leroy, Marc")],
        "Septentrion Pharma", "Lead Scientist Analytical Development", "technical",
        "camille.fontaine@septentrion-pharma.fr;marc.leroy@septentrion-pharma.fr", "workday-utc-en", tzs=())

    one("teams-final-en", OUTLOOK,
        "040000008200E00074C5B7101A82E0080000000011A7C2B7E59ADB0100000000000000001000000077FE3C0D51",
        "Final interview – Project Leader Small Molecule Discovery", z("20250410", "1400-1500", W_EU),
        "Dear Matthias,\n\nThank you for the excellent case presentation. As a final step, Dr. Rolf Amrein (Site "
        "Head Basel) would like to meet you.\n\n" + teams("49930175521", "Mn7Pq2")
        + "\n\nBest regards,\nTalent Team, Merian Life Sciences",
        "Microsoft Teams Meeting", org("talent@merian-ls.com", "Talent Team"),
        [att(USER_FREE, "Matthias Keller"), att("rolf.amrein@merian-ls.com", "Amrein, Rolf")],
        "Merian Life Sciences", "Project Leader, Small Molecule Discovery", "final", "rolf.amrein@merian-ls.com",
        "outlook-teams-final-en", tzs=(W_EU,))

    one("ashby-hm-en", "-//Ashby//Ashby Scheduling//EN", "ashby-0b6e2f91-c4d3-4a7e-8f10-5d2a9c3b7e44@ashbyhq.com",
        "Matthias Keller <> Tessin Bioscience: Hiring Manager Interview", z("20250325", "1400-1445"),
        "Interview for Principal Scientist, Radiopharmaceutical Chemistry\nInterviewer: Dr. Giulia Bernasconi "
        "(Head of Chemistry)\n\n" + zoom("95522081364", "TB1234") + "\n\nScheduled via Ashby",
        "Zoom", org("recruiting@tessinbio.ch", "Tessin Bioscience Recruiting"),
        [att(USER_FREE, "Matthias Keller"), att("giulia.bernasconi@tessinbio.ch", "Giulia Bernasconi")],
        "Tessin Bioscience", "Principal Scientist, Radiopharmaceutical Chemistry", "hiring_manager",
        "giulia.bernasconi@tessinbio.ch", "ashby-hm-en")

    one("ashby-reschedule-en", "-//Ashby//Ashby Scheduling//EN",
        "ashby-7d1c0e4b-2f8a-4b93-a6d1-e2c5f0a9b832@ashbyhq.com",
        "Technical Interview with Nordhafen Biotech (new time)", z("20250327", "1000-1100", "Europe/Berlin"),
        "Thanks for your flexibility, Matthias! Here is the new time for your technical interview for Scientist, "
        "Enzyme Engineering & Biocatalysis.\nInterviewers: Dr. Kai Petersen, Dr. Merle Jansen\n\n"
        + meet("hpz-kqwe-tnm", "204 551 908#") + "\n\nNordhafen Biotech GmbH, Hamburg",
        "Google Meet", org("scheduling@nordhafen-bio.de", "Nordhafen Biotech Recruiting"),
        [att(USER_FREE, "Matthias Keller"), att("kai.petersen@nordhafen-bio.de", "Kai Petersen"),
         att("merle.jansen@nordhafen-bio.de", "Merle Jansen")],
        "Nordhafen Biotech", "Scientist, Enzyme Engineering & Biocatalysis", "technical",
        "kai.petersen@nordhafen-bio.de;merle.jansen@nordhafen-bio.de", "ashby-rebooked-en", tzs=("Europe/Berlin",),
        seq=1)

    one("outlook-fr-direct", OUTLOOK,
        "040000008200E00074C5B7101A82E008000000008C44B29BD79ADB010000000000000000100000003A71F0C2",
        "Entretien M. Keller – poste Responsable Chimie Analytique", z("20250415", "1000-1130", UTC1P),
        "Bonjour Monsieur Keller,\n\nJe vous confirme notre entretien dans nos locaux de Strasbourg, en présence de "
        "M. Olivier Schaeffer, directeur du site. Merci de vous présenter à l'accueil du bâtiment B.\n\n"
        "Cordialement,\nDr Émilie Hartmann\nResponsable Contrôle Qualité\nLaboratoires Brunnel",
        "Laboratoires Brunnel, 8 rue de l'Industrie, 67400 Illkirch-Graffenstaden",
        org("e.hartmann@brunnel-labo.fr", "HARTMANN Emilie"),
        [att(USER_FREE, "Matthias Keller"), att("o.schaeffer@brunnel-labo.fr", "SCHAEFFER Olivier")],
        "Laboratoires Brunnel", "Responsable Chimie Analytique", "",
        "e.hartmann@brunnel-labo.fr;o.schaeffer@brunnel-labo.fr", "outlook-utc-zone-fr", tzs=(UTC1P,))

    one("teamtailor-de", "-//Teamtailor//Teamtailor//EN", "tt-interview-5e1a0c9b27@teamtailor.com",
        "Interview: Aromachemiker/in F&E – Fenchel & Anis", z("20250408", "1430-1530", "Europe/Berlin"),
        "Hallo Matthias,\n\nwir freuen uns auf das Fachinterview mit Dr. Swantje Ehlers und Tim Brockmann "
        "(Analytik/GC-O).\n\n" + meet("rgx-bnao-pfe", "551 902 114#")
        + "\n\nDein Team von Fenchel & Anis GmbH, Bremen",
        "Google Meet", org("no-reply@teamtailor.com", "Fenchel & Anis GmbH"),
        [att(USER_FREE, "Matthias Keller"), att("swantje.ehlers@fenchel-anis.de", "Swantje Ehlers"),
         att("tim.brockmann@fenchel-anis.de", "Tim Brockmann")],
        "Fenchel & Anis", "Aromachemiker/in F&E", "technical",
        "swantje.ehlers@fenchel-anis.de;tim.brockmann@fenchel-anis.de", "teamtailor-du-de", tzs=("Europe/Berlin",))

    one("smartrecruiters-en", "-//SmartRecruiters//Interview Scheduler//EN",
        "sr-intv-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@smartrecruiters.com",
        "Interview with Limmat Biopharma: Scientist Downstream Processing", z("20250404", "1330-1415"),
        "Dear Matthias,\n\nPlease find your interview with Dr. Tanja Graf (Hiring Manager) for the position "
        "Scientist Downstream Processing (Schlieren).\n\n" + teams("52019937740", "LbP88q")
        + "\n\nKind regards,\nLimmat Biopharma AG Recruiting\nPowered by SmartRecruiters",
        "Microsoft Teams", org("recruiting@limmatbio.ch", "Limmat Biopharma Recruiting"),
        [att(USER_FREE, "Matthias Keller"), att("tanja.graf@limmatbio.ch", "Tanja Graf")],
        "Limmat Biopharma", "Scientist Downstream Processing", "hiring_manager", "tanja.graf@limmatbio.ch",
        "smartrecruiters-hm-en")

    one("personio-practical-de", "-//Personio GmbH//Personio Recruiting//DE",
        "personio-interview-91102-7780@veltheim.jobs.personio.de",
        "Praxistag Labor – Projektleiter Aromenentwicklung", z("20250428", "0800-1500"),
        "Guten Tag Herr Keller\n\nWie besprochen verbringen Sie einen Praxistag in unserem Entwicklungslabor. "
        "Betreuung: Frau Dr. Seraina Caduff und Herr Fabio Steiner. Bitte Laborkittel und Schutzbrille mitbringen, "
        "Sicherheitsschuhe stellen wir.\n\nVeltheim Aromen AG, Aarestrasse 3, 5106 Veltheim",
        "Veltheim Aromen AG, Aarestrasse 3, 5106 Veltheim",
        org("jobs@veltheim-aromen.ch", "Veltheim Aromen Recruiting"),
        [att(USER_FREE, "Matthias Keller"), att("seraina.caduff@veltheim-aromen.ch", "Seraina Caduff"),
         att("fabio.steiner@veltheim-aromen.ch", "Fabio Steiner")],
        "Veltheim Aromen", "Projektleiter Aromenentwicklung", "technical",
        "seraina.caduff@veltheim-aromen.ch;fabio.steiner@veltheim-aromen.ch", "personio-practical-day-de")

    one("workable-es", "-//Workable//Workable Calendar//EN", "workable-intv-6620145-b3@workablemail.com",
        "Entrevista – Químico/a de Procesos Senior – Matthias Keller", z("20250409", "1600-1645", "Europe/Madrid"),
        "Hola Matthias:\n\nTe confirmamos la entrevista por videollamada con Dra. Lucía Navarro (Directora de "
        "Desarrollo de Procesos) para el puesto de Químico/a de Procesos Senior en nuestra planta de Tarragona.\n\n"
        + meet("kqs-pwto-zyu", "338 120 775#") + "\n\nUn saludo,\nEquipo de Selección – Mediterránea Química Fina",
        "Google Meet", org("seleccion@mqfina.es", "Mediterránea Química Fina"),
        [att(USER_FREE, "Matthias Keller"), att("lucia.navarro@mqfina.es", "Lucía Navarro")],
        "Mediterránea Química Fina", "Químico/a de Procesos Senior", "hiring_manager", "lucia.navarro@mqfina.es",
        "workable-es", tzs=("Europe/Madrid",))

    one("google-direct-en", GOOGLE, "6n1b2c3d4e5f6g7h8i9j0k@google.com",
        "Matthias / Jungfrau Pharma Services – chemistry interview", z("20250403", "1700-1800"),
        "Hi Matthias, as promised the technical round with me and Reto Lehmann (CMC). Expect a few mechanism and "
        "scale-up questions, nothing scary.\nCheers, Anja\n\n" + meet("dtu-pmaz-gkw", "663 004 129#"),
        "https://meet.google.com/dtu-pmaz-gkw", org("anja.schenk@jungfraupharma.ch", "Anja Schenk"),
        [att(USER_FREE, "Matthias Keller"), att("reto.lehmann@jungfraupharma.ch", "Reto Lehmann")],
        "Jungfrau Pharma Services", "", "technical",
        "anja.schenk@jungfraupharma.ch;reto.lehmann@jungfraupharma.ch", "google-direct-en")

    one("zoom-recruiter-de", "-//zoom.us//iCalendar Event//EN", "zm-84411982271-1743069000@zoom.us",
        "Telefoninterview Grünfeld Saatgut – Wissenschaftler/in Saatgutbehandlung", z("20250327", "1100-1130",
                                                                                     "Europe/Berlin"),
        "Hallo Herr Keller,\n\nanbei der Zoom-Link für unser erstes Gespräch.\n\n" + zoom("84411982271", "GS2025",
                                                                                           "de")
        + "\n\nBeste Grüße\nMelanie Thiel, Recruiting\nGrünfeld Saatgut & Pflanzenschutz GmbH, Einbeck",
        "Zoom", org("melanie.thiel@gruenfeld-saat.de", "Melanie Thiel"), [att(USER_FREE, "Matthias Keller")],
        "Grünfeld Saatgut & Pflanzenschutz", "Wissenschaftler/in Saatgutbehandlung", "recruiter_screen",
        "melanie.thiel@gruenfeld-saat.de", "zoom-phone-screen-de", tzs=("Europe/Berlin",))

    one("icims-final-en", "-//iCIMS//iCIMS Talent Platform//EN", "icims-intv-20250430-120077@agrosana.icims.com",
        "Final Interview – Laborleiter/in Formulierungschemie – Keller", z("20250430", "1000-1200", "Europe/Berlin"),
        "Interview Confirmation\nCandidate: Matthias Keller\nInterview Type: Onsite, final round\n"
        "Interviewers: Dr. Jens Hoffmann; Dr. Beate Kranz (Head of Formulation Technology)\n"
        "Location: Agrosana Crop Science GmbH, Alfred-Nobel-Str. 40, 40789 Monheim, Gebäude 6100",
        "Alfred-Nobel-Str. 40, 40789 Monheim", org("talent.acquisition@agrosana.de", "Talent Acquisition"),
        [att(USER_FREE, "Matthias Keller"), att("jens.hoffmann@agrosana.de", "Hoffmann, Jens"),
         att("beate.kranz@agrosana.de", "Kranz, Beate")],
        "Agrosana Crop Science", "Laborleiter/in Formulierungschemie", "final",
        "jens.hoffmann@agrosana.de;beate.kranz@agrosana.de", "icims-final-de-en", tzs=("Europe/Berlin",))

    one("outlook-sentby-fr-job-talk", OUTLOOK,
        "040000008200E00074C5B7101A82E00800000000E3D92AA8F49ADB01000000000000000010000000ABE7C1D9",
        "Séminaire scientifique et entretiens – Dr M. Keller", z("20250506", "0930-1430", ROM),
        "Monsieur,\n\nÀ la demande de M. Bertrand Vial, directeur R&D, je vous confirme votre venue à Huningue : "
        "séminaire (40 min), puis entretiens avec M. Vial et Mme Claire Muller (RH). Déjeuner sur place.\n\n"
        "Cordialement,\nIsabelle Wurtz, Assistante de direction\nChimie Fine Alsace",
        "CFA – Salle Rhin, 3 rue de Village-Neuf, 68330 Huningue",
        org("bertrand.vial@cfa-huningue.fr", "VIAL Bertrand", "isabelle.wurtz@cfa-huningue.fr"),
        [att(USER_FREE, "Matthias Keller"), att("claire.muller@cfa-huningue.fr", "MULLER Claire"),
         att("isabelle.wurtz@cfa-huningue.fr", "WURTZ Isabelle", "OPT-PARTICIPANT"),
         att("salle.rhin@cfa-huningue.fr", "Salle Rhin", "NON-PARTICIPANT", cutype="ROOM")],
        "Chimie Fine Alsace", "", "onsite", "bertrand.vial@cfa-huningue.fr;claire.muller@cfa-huningue.fr",
        "outlook-sentby-assistant-room-fr", tzs=(ROM,))

    one("workday-de-screen", "-//Workday//Workday Recruiting//EN", "WD-INT-0000451903@rheinfeld.myworkdayjobs.com",
        "Interview: Principal Scientist, Process Chemistry – Screening", z("20250317", "0900-0930"),
        "Sehr geehrter Herr Keller\n\nSie haben ein Telefoninterview mit Sabine Gerber (Talent Acquisition) "
        "vereinbart. Sie werden unter Ihrer angegebenen Nummer angerufen.\n\nRheinfeld Pharma AG",
        "Telefon", org("sabine.gerber@rheinfeld-pharma.ch", "Gerber, Sabine"), [att(USER_FREE, "Keller, Matthias")],
        "Rheinfeld Pharma", "Principal Scientist, Process Chemistry", "recruiter_screen",
        "sabine.gerber@rheinfeld-pharma.ch", "workday-phone-de")

    one("hand-typed-fr", "-//Apple Inc.//iPhone OS 17.4//EN", "0C7E5A3B-9D1F-4E22-8B6A-3F0D2E1C9B87",
        "Entretien SdG – visio avec le directeur R&D", z("20250402", "1000-1100", "Europe/Paris"),
        "2e entretien Saveurs de Grasse, M. Guillaume Ferrand (dir. R&D). Lien dans le mail de Sandrine",
        None, None, [], "Saveurs de Grasse", "", "hiring_manager", "Guillaume Ferrand", "hand-typed-fr",
        method=None, tzs=("Europe/Paris",))

    one("outlook-web-agency-en", OUTLOOK, "AAMkAGVmMDAxZjE0LTk3MzgtNDFhNi1hY2I2LWUwNTY5MzQxNzg0MgBGAAAAAADd",
        "Interview – Senior Scientist Crop Protection Chemistry (Orbeon) – M. Keller", z("20250422", "1500-1600"),
        "Dear Matthias,\n\nPlease find confirmation of your interview with Dr. Priya Nair and Dr. Laurent Jaquet of "
        "Orbeon Crop Protection SA for the Senior Scientist Crop Protection Chemistry position.\n\n"
        + teams("67144023019", "Ob9xR2")
        + "\n\nBest regards,\nSophie Walker, Principal Consultant\nKessler Life Science Search",
        "Microsoft Teams Meeting", org("sophie.walker@kessler-lss.com", "Walker, Sophie"),
        [att(USER_FREE, "Matthias Keller"), att("priya.nair@orbeon-cp.com", "Nair, Priya"),
         att("laurent.jaquet@orbeon-cp.com", "Jaquet, Laurent")],
        "Orbeon Crop Protection", "Senior Scientist Crop Protection Chemistry", "",
        "priya.nair@orbeon-cp.com;laurent.jaquet@orbeon-cp.com", "agency-outlook-en")

    one("greenhouse-final-en", "-//Greenhouse Software//Greenhouse//EN", "gh-7741902-0201@greenhouse.io",
        "Juravita Therapeutics - Matthias Keller - Final Round (Onsite)", z("20250416", "0900-1400"),
        "Hi Matthias,\n\nWe're delighted to invite you to the final round for Senior Scientist, Medicinal "
        "Chemistry.\n\n09:00 Job talk\n10:15 Dr. Oskar Lindgren (VP Chemistry)\n11:00 Dr. Fatima El-Sayed\n"
        "11:45 Lunch with the med chem team\n13:00 Lena Brunner, Talent (logistics, no interview)\n\n"
        "Juravita Therapeutics, Hegenheimermattweg 125, Allschwil\n\nScheduled by Juravita Recruiting via Greenhouse",
        "Hegenheimermattweg 125, 4123 Allschwil", org("recruiting@juravita.com", "Juravita Recruiting"),
        [att(USER_FREE, "Matthias Keller"), att("oskar.lindgren@juravita.com", "Oskar Lindgren"),
         att("fatima.elsayed@juravita.com", "Fatima El-Sayed"),
         att("lena.brunner@juravita.com", "Lena Brunner", "OPT-PARTICIPANT")],
        "Juravita Therapeutics", "Senior Scientist, Medicinal Chemistry", "final",
        "oskar.lindgren@juravita.com;fatima.elsayed@juravita.com", "greenhouse-final-recruiter-logistics-en")

    one("work-address-hm-en", GOOGLE, "1q2w3e4r5t6y7u8i9o0p@google.com",
        "Lonvia – 2nd round (team) – M. Keller", z("20250403", "1300-1430"),
        "Second round for Scientist II, Bioconjugation: Dr. Nikhil Varma and Dr. Eva Zurbriggen (ADC process). "
        "Includes a 20-min whiteboard on a conjugation problem.\n" + meet("ajv-qnex-wmr", "880 331 022#"),
        "https://meet.google.com/ajv-qnex-wmr", org("nora.imboden@lonvia.com", "Nora Imboden"),
        [att(USER_WORK, "Matthias Keller"), att("nikhil.varma@lonvia.com", "Nikhil Varma"),
         att("eva.zurbriggen@lonvia.com", "Eva Zurbriggen")],
        "Lonvia Biologics", "Scientist II, Bioconjugation", "technical",
        "nikhil.varma@lonvia.com;eva.zurbriggen@lonvia.com", "google-work-address-en")
    one("gmail-founder-de", GOOGLE, "9z8y7x6w5v4u3t2s1r0q@google.com", "Kalyx – Gespräch mit Co-Founder Marc",
        z("20250326", "1800-1845"),
        "Hoi Matthias, wie besprochen noch ein zweites Gespräch mit mir (Marc, CSO/Co-Founder). Wir gehen eure "
        "Photoredox-Chemie durch und wie du ein kleines Chemie-Team bei Kalyx aufbauen würdest.\nGruess, Marc\n"
        + meet("kly-mrcf-dzq", "115 660 874#"), "https://meet.google.com/kly-mrcf-dzq",
        org("marc.dubach.science@proton.me", "Marc Dubach"), [att(USER_FREE, "Matthias Keller")],
        "Kalyx Therapeutics", "", "technical", "marc.dubach.science@proton.me", "freemail-founder-swiss-de")

    one("personio-hm-en", "-//Personio GmbH//Personio Recruiting//EN",
        "personio-interview-81723-5391@helvesynth.jobs.personio.de",
        "Interview – Projektleiter Prozessentwicklung – Matthias Keller", z("20250321", "1000-1100"),
        "Hello Matthias,\n\nThis is your interview with Dr. Bettina Gasser (Head of Development), who would lead "
        "the team.\n\n" + teams("61730029814", "HsY77b") + "\n\nHelvesynth AG",
        "Microsoft Teams", org("jobs@helvesynth.ch", "Helvesynth AG Recruiting"),
        [att(USER_FREE, "Matthias Keller"), att("bettina.gasser@helvesynth.ch", "Bettina Gasser")],
        "Helvesynth", "Projektleiter Prozessentwicklung", "hiring_manager", "bettina.gasser@helvesynth.ch",
        "personio-hm-en")

    one("outlook-panel-de", OUTLOOK,
        "040000008200E00074C5B7101A82E00800000000B3C4D5E6F7A8DB01000000000000000010000000FFEE0011",
        "Panelgespräch Head of Residue Chemistry – Vorrunde", z("20250416", "0900-1030", W_EU),
        "Grüezi Herr Keller\n\nVor dem Assessment Center möchten wir Sie im Panel kennenlernen: Dr. Heidi Amsler "
        "(Leiterin Regulatory Science), Dr. Luca Ferrari (Leiter Analytik). Die Einladung verschicke ich als "
        "Assistentin, ich nehme nicht teil.\n\nFreundliche Grüsse\nMonika Rohner, Salinaria AG",
        "Salinaria AG, Salinenstrasse 61, Rheinfelden, Raum Sole",
        org("heidi.amsler@salinaria.ch", "Amsler, Heidi", "monika.rohner@salinaria.ch"),
        [att(USER_FREE, "Keller, Matthias"), att("luca.ferrari@salinaria.ch", "Ferrari, Luca"),
         att("raum.sole@salinaria.ch", "Raum Sole", "NON-PARTICIPANT", cutype="ROOM")],
        "Salinaria", "Head of Residue Chemistry", "", "heidi.amsler@salinaria.ch;luca.ferrari@salinaria.ch",
        "outlook-sentby-room-panel-de", tzs=(W_EU,))
    return out
