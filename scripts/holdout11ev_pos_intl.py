"""holdout11: Rafael's own interviews in English, German and French.

events() returns the specs; every one is a real interview of the user with an employer.
"""

from __future__ import annotations

from holdout11ev_boiler import A, me_p, me_w, meet, room, teams, webex, zoom
from holdout11ev_ics import Ev
from holdout11ev_pos_es import P


def _en() -> list[Ev]:
    return [
        P(kind="en-greenhouse-screen", lang="en", producer="greenhouse", tz="utc", city="lon", day=3, start="10:00",
          summary="Rafael Ortega <> Thamesgate Rail – Recruiter Call",
          description="Hi Rafael,\n\nThanks for applying to the Senior Project Controls Manager role at Thamesgate "
          "Rail. This is a 30-minute call with Hannah Pike from our Talent team to talk through your background "
          "and the role.\n\nWe'll call you on +34 6XX XXX 218.\n\nBest,\nThamesgate Rail Recruiting\n"
          "Powered by Greenhouse",
          organizer=A("Thamesgate Rail Recruiting", "no-reply@us.greenhouse-mail.io"),
          attendees=[me_p(), A("Hannah Pike", "hannah.pike@thamesgaterail.co.uk")],
          company="Thamesgate Rail", role="Senior Project Controls Manager", stage="recruiter_screen",
          trap="greenhouse recruiter call", minutes=30),
        P(kind="en-greenhouse-loop", lang="en", producer="greenhouse", tz="utc", city="lon", day=12, start="13:00",
          summary="Interview Loop: Senior Project Controls Manager (Rafael Ortega)",
          description="Your virtual interview schedule with Thamesgate Rail:\n\n13:00 Cost & Earned Value – "
          "Oliver Grant, Head of Cost\n13:45 Planning deep dive – Priyanka Shah, Lead Planner\n14:30 Values "
          "interview – Tom Whitfield, Programme Director\n\nYour coordinator is Megan Lloyd; reply to her if "
          "anything changes.\n\n" + teams("en", 12),
          organizer=A("Megan Lloyd", "megan.lloyd@thamesgaterail.co.uk", coord=True),
          attendees=[me_p(), A("Oliver Grant", "oliver.grant@thamesgaterail.co.uk"),
                     A("Priyanka Shah", "priyanka.shah@thamesgaterail.co.uk"),
                     A("Tom Whitfield", "tom.whitfield@thamesgaterail.co.uk")],
          company="Thamesgate Rail", role="Senior Project Controls Manager", stage="onsite",
          trap="loop with coordinator organizer", minutes=120),
        P(kind="en-lever-hm", lang="en", producer="lever", tz="utc", city="lon", day=15, start="15:00",
          summary="Northfield Energy: Rafael Ortega & Sarah Collins (Hiring Manager)",
          description="Interview for Project Manager – Offshore Wind Substations.\nInterviewer: Sarah Collins, "
          "Director of Delivery.\nVideo: " + "https://meet.google.com/kdu-yrta-pwe",
          organizer=A("Northfield Energy", "no-reply@hire.lever.co"),
          attendees=[me_p(), A("Sarah Collins", "sarah.collins@northfieldenergy.com")],
          company="Northfield Energy", role="Project Manager – Offshore Wind Substations", stage="hiring_manager",
          trap="lever sender not company", minutes=45),
        P(kind="en-goodtime-tech", lang="en", producer="goodtime", tz="utc", city="lon", day=19, start="11:00",
          summary="Technical Interview – Crossmere Infrastructure",
          description="Hello Rafael,\n\nYou're confirmed for a technical interview for the Project Controls Lead "
          "(Major Projects) position.\n\nInterviewers:\n- Graham Doyle, Principal Planner\n- Ama Boateng, "
          "Commercial Manager\n\nScheduled by GoodTime on behalf of Crossmere Infrastructure.\n\n"
          + zoom("en", 19),
          organizer=A("Crossmere Recruiting Coordinator", "scheduling@goodtime.io"),
          attendees=[me_p(), A("Graham Doyle", "graham.doyle@crossmere.co.uk"),
                     A("Ama Boateng", "ama.boateng@crossmere.co.uk")],
          company="Crossmere Infrastructure", role="Project Controls Lead (Major Projects)", stage="technical",
          trap="goodtime scheduler", minutes=60),
        P(kind="en-founder-proton", lang="en", producer="google", tz="utc", city="lis", day=21, start="17:00",
          summary="Rafael x Tejo Solar – intro",
          description="Hi Rafael, great to e-meet via Duarte. I'm the co-founder of Tejo Solar; we are hiring "
          "our first Head of Construction for the 300 MW Alentejo portfolio and I'd love to interview you for it. "
          "My cofounder Inês will join.\n\nJoão\n\n" + meet("en", 21),
          organizer=A("João Matos", "joao.matos@protonmail.com"),
          attendees=[me_p(), A("Inês Carvalho", "ines.carvalho@proton.me")],
          company="Tejo Solar", role="Head of Construction", stage="hiring_manager",
          trap="founders on free mail", minutes=45),
        P(kind="en-outlook-final-london", lang="en", producer="outlook", tz="windows", city="lon", day=24,
          start="09:30", summary="Final interview – Kingsway Project Controls Ltd",
          description="Dear Rafael,\n\nThank you for your time so far. Please find the details of your final "
          "interview with our Managing Director, Richard Hale, and Operations Director, Fiona Marsh, at our "
          "office: 40 Kingsway, London WC2B 6EX, 4th floor. Please ask for Lucy at reception.\n\nKind regards,\n"
          "Lucy Bennett\nOffice Manager",
          organizer=A("Bennett, Lucy", "lucy.bennett@kingsway-pc.co.uk"),
          attendees=[me_p(), A("Hale, Richard", "richard.hale@kingsway-pc.co.uk"),
                     A("Marsh, Fiona", "fiona.marsh@kingsway-pc.co.uk"),
                     room("LON-4F-Boardroom", "lon-4f-boardroom@kingsway-pc.co.uk")],
          no_iv=["lucy.bennett@kingsway-pc.co.uk"], location="LON-4F-Boardroom; 40 Kingsway, London",
          company="Kingsway Project Controls", role="", stage="final",
          trap="final onsite office manager sender", minutes=60),
        P(kind="en-terse-chat", lang="en", producer="apple", tz="floating", city="lon", day=26, start="12:00",
          summary="Chat with Ewan (Aldermoor Rail)", description="", organizer=A("", ""), attendees=[],
          company="Aldermoor Rail", role="", stage="", extra_iv=["Ewan"], trap="title-only chat", minutes=30),
        P(kind="en-smartrecruiters-tech", lang="en", producer="smartrecruiters", tz="utc", city="lis", day=28,
          start="14:00", summary="Interview: Project Planner – Rail Systems | Atlantica Engineering",
          description="Dear Rafael,\nYou have been invited to a technical interview with Atlantica Engineering "
          "for the Project Planner – Rail Systems position.\nInterviewer: Nuno Teixeira (Planning Manager)\n"
          "Location: Av. da Liberdade 190, Lisboa\nPlease bring an ID.",
          organizer=A("Atlantica Engineering via SmartRecruiters", "notifications@smartrecruiters.com"),
          attendees=[me_p(), A("Nuno Teixeira", "nuno.teixeira@atlantica-eng.pt")],
          location="Av. da Liberdade 190, Lisboa",
          company="Atlantica Engineering", role="Project Planner – Rail Systems", stage="technical",
          trap="smartrecruiters onsite lisbon", minutes=60),
        P(kind="en-case-presentation", lang="en", producer="teams", tz="owa", city="lon", day=30, start="10:00",
          summary="Case study presentation – Rafael Ortega – Heathwick Airports",
          description="Rafael will present the case study (recovery plan for the baggage-hall programme) to the "
          "panel: Daniel Okafor (Programme Controls Director), Rebecca Shaw (PMO Lead). 20 min presentation, "
          "40 min Q&A.\n\n" + teams("en", 30),
          organizer=A("Shaw, Rebecca", "rebecca.shaw@heathwickairports.com"),
          attendees=[me_p(), A("Okafor, Daniel", "daniel.okafor@heathwickairports.com")],
          company="Heathwick Airports", role="", stage="onsite", trap="case presentation panel", minutes=60),
        P(kind="en-workday-screen-madrid", lang="en", producer="workday", tz="utc", day=32, start="16:00",
          summary="Phone Interview: Project Manager, Data Centre Construction (JR-10442)",
          description="Candidate: Rafael Ortega\nInterviewer: Laura Kemp (Senior Talent Acquisition Partner, "
          "Stratus Build Europe)\nFormat: phone\nThis event was scheduled in Workday.",
          organizer=A("Stratus Build Europe", "stratusbuild@myworkday.com"),
          attendees=[me_p(), A("Laura Kemp", "laura.kemp@stratusbuild.eu")],
          company="Stratus Build Europe", role="Project Manager, Data Centre Construction",
          stage="recruiter_screen", trap="workday phone interview", minutes=30),
        P(kind="en-coffee-hm-round", lang="en", producer="google", tz="utc", city="lon", day=35, start="08:30",
          summary="Coffee – Rafael / Martin (2nd round)",
          description="Informal second round over coffee before you meet the wider team. Martin Ellery, Head of "
          "PMO, Vantage Grid.\nMonmouth Coffee, Borough.\n\n" + meet("en", 35),
          organizer=A("Martin Ellery", "martin.ellery@vantagegrid.co.uk"), attendees=[me_p()],
          location="Monmouth Coffee, 2 Park St, London",
          company="Vantage Grid", role="", stage="hiring_manager", trap="coffee that is round two", minutes=45),
        P(kind="en-cancelled-loop", lang="en", producer="greenhouse", tz="utc", city="lon", day=37, start="13:00",
          summary="CANCELLED: Onsite Interview – Rafael Ortega – Brightwater Utilities",
          description="This interview has been cancelled. The recruiting team will be in touch to reschedule.\n"
          "Interviewers: Colin Marsh, Jade Appiah",
          organizer=A("Brightwater Utilities", "no-reply@us.greenhouse-mail.io"),
          attendees=[me_p(), A("Colin Marsh", "colin.marsh@brightwaterutilities.co.uk"),
                     A("Jade Appiah", "jade.appiah@brightwaterutilities.co.uk")], cancelled=True,
          company="Brightwater Utilities", role="", stage="onsite", trap="cancelled onsite", minutes=90),
        P(kind="en-agency-client", lang="en", producer="outlook", tz="windows", city="lon", day=39, start="11:00",
          summary="Interview with Halcyon Nuclear – arranged by Redline Talent",
          description="Hi Rafael,\n\nAs discussed, Halcyon Nuclear would like to meet you for the Project "
          "Controls Manager role (Sizewell supply chain). You'll speak with Ruth Ogden, Project Director. I won't "
          "be on the call.\n\nGood luck!\nSam Turner\nRedline Talent",
          organizer=A("Turner, Sam", "sam.turner@redlinetalent.co.uk"),
          attendees=[me_p(), A("Ogden, Ruth", "ruth.ogden@halcyonnuclear.co.uk")],
          no_iv=["sam.turner@redlinetalent.co.uk"],
          company="Halcyon Nuclear", role="Project Controls Manager", stage="hiring_manager",
          trap="agency organizer not interviewer", minutes=45),
        P(kind="en-webex-public", lang="en", producer="webex", tz="utc", city="lis", day=41, start="10:00",
          summary="Interview – Infraestruturas Lusas – Senior Project Manager (international competition)",
          description="Competency-based interview with the selection board (3 members).\n\n" + webex("en", 41),
          organizer=A("Infraestruturas Lusas – Recrutamento", "recrutamento@infralusas.pt"), attendees=[me_p()],
          company="Infraestruturas Lusas", role="Senior Project Manager", stage="final",
          trap="public body board no names", minutes=60),
        P(kind="en-calcom-tech", lang="en", producer="calendly", tz="utc", city="muc", day=43, start="15:30",
          summary="Technical interview between Rafael Ortega and Lukas Brandt",
          description="What: Technical interview – Project Controls (Rail)\nHost: Lukas Brandt (Isarbahn "
          "Infrastruktur GmbH)\nWhere: https://cal.com/video/4kx9\nNeed to reschedule or cancel? "
          "https://cal.com/booking/9a2c",
          organizer=A("Lukas Brandt", "lukas.brandt@isarbahn.de"), attendees=[me_p()],
          company="Isarbahn Infrastruktur", role="Project Controls (Rail)", stage="technical",
          trap="cal.com booking", minutes=45),
    ]


def _de() -> list[Ev]:
    return [
        P(kind="de-personio-erstgespraech", lang="de", producer="personio", tz="utc", city="muc", day=6,
          start="10:00", summary="Erstgespräch: Projektleiter Bahninfrastruktur (m/w/d) – Rafael Ortega",
          description="Hallo Rafael,\n\nvielen Dank für Ihre Bewerbung bei der Brückner Ingenieure GmbH. Gerne "
          "möchten wir Sie in einem ersten Gespräch kennenlernen.\nTeilnehmende: Katrin Vogel (HR Business "
          "Partner)\n\n" + teams("de", 6),
          organizer=A("Brückner Ingenieure Recruiting", "noreply@personio.de"),
          attendees=[me_p(), A("Katrin Vogel", "k.vogel@brueckner-ing.de")],
          company="Brückner Ingenieure", role="Projektleiter Bahninfrastruktur", stage="recruiter_screen",
          trap="personio de first talk", minutes=30),
        P(kind="de-fachgespraech", lang="de", producer="outlook", tz="windows", city="muc", day=13, start="14:00",
          summary="Fachgespräch Projektsteuerung – Südwind Energie AG",
          description="Sehr geehrter Herr Ortega,\n\nwie besprochen lade ich Sie zum Fachgespräch für die "
          "Position Senior Projektsteuerer Windparks ein. Teilnehmen werden Dr. Stefan Huber (Leiter "
          "Projektsteuerung) und ich.\n\nMit freundlichen Grüßen\nJulia Kerner\nPersonalreferentin\n\n"
          + teams("de", 13),
          organizer=A("Kerner, Julia", "julia.kerner@suedwind-energie.de"),
          attendees=[me_p(), A("Huber, Stefan Dr.", "stefan.huber@suedwind-energie.de")],
          company="Südwind Energie", role="Senior Projektsteuerer Windparks", stage="technical",
          trap="outlook de cn last-first with title", alt_html=True, minutes=60),
        P(kind="de-successfactors-vorort", lang="de", producer="successfactors", tz="utc", city="muc", day=23,
          start="09:00", summary="Vorstellungsgespräch vor Ort – Flughafen Erding Betriebsgesellschaft",
          description="Guten Tag Herr Ortega,\n\nwir freuen uns, Sie zum persönlichen Vorstellungsgespräch für "
          "die Stelle Projektmanager Terminalerweiterung einzuladen.\nOrt: Verwaltungsgebäude, Nordallee 25, "
          "Raum 2.14\nGesprächspartner: Andreas Pichler (Bereichsleiter Bau), Sabine Roth (Personal)\n"
          "Bitte bringen Sie einen Lichtbildausweis mit.",
          organizer=A("Flughafen Erding Karriere", "noreply@successfactors.eu"),
          attendees=[me_p(), A("Andreas Pichler", "andreas.pichler@fh-erding.de"),
                     A("Sabine Roth", "sabine.roth@fh-erding.de")],
          location="Nordallee 25, Raum 2.14, Erding",
          company="Flughafen Erding Betriebsgesellschaft", role="Projektmanager Terminalerweiterung",
          stage="onsite", trap="successfactors onsite airport", minutes=90),
        P(kind="de-stadtwerke-auswahl", lang="de", producer="exchange", tz="owa", city="muc", day=34,
          start="08:30", summary="Auswahlgespräch Stellenausschreibung 42/2026 – Stadtwerke Freising",
          description="Auswahlkommission: Herr Bauer (Technischer Leiter), Frau Lindner (Personalrat), "
          "Frau Yilmaz (Gleichstellungsbeauftragte).\nBitte 10 Minuten vorher an der Pforte melden.",
          organizer=A("Personalabteilung Stadtwerke Freising", "personal@stadtwerke-freising.de"),
          attendees=[me_p(), room("Besprechungsraum Isar", "br-isar@stadtwerke-freising.de")],
          no_iv=["personal@stadtwerke-freising.de"], location="Besprechungsraum Isar, Wippenhauser Str. 19",
          company="Stadtwerke Freising", role="", stage="final", extra_iv=["Herr Bauer", "Frau Lindner",
                                                                          "Frau Yilmaz"],
          trap="public utility commission names only", minutes=60),
        P(kind="de-kennenlernen-gmx", lang="de", producer="google", tz="utc", city="muc", day=45, start="18:00",
          summary="Kennenlernen Rafael / Tobias (Alpenbau Huber)",
          description="Servus Rafael, ich bin Inhaber von Alpenbau Huber. Lass uns über die Bauleiterstelle für "
          "unsere Tunnelbaustelle sprechen – kurzes Vorstellungsgespräch per Video.\nTobias\n\n" + meet("de", 45),
          organizer=A("Tobias Huber", "tobias.huber@gmx.de"), attendees=[me_p()],
          company="Alpenbau Huber", role="Bauleiter", stage="hiring_manager",
          trap="owner on gmx kennenlernen", minutes=30),
        P(kind="de-zweites-gespraech-terse", lang="de", producer="outlook", tz="windows_bare", city="muc", day=47,
          start="11:00", summary="2. Gespräch Isarbahn – GF + Projektleitung",
          description="", organizer=A("Brandt, Lukas", "lukas.brandt@isarbahn.de"),
          attendees=[me_p(), A("Wolf, Christine", "christine.wolf@isarbahn.de")],
          company="Isarbahn Infrastruktur", role="", stage="final", trap="terse second talk", minutes=60),
        P(kind="de-workday-panel", lang="de", producer="workday", tz="utc", city="muc", day=49, start="13:00",
          summary="Interview: Project Controls Manager (m/w/d) – Bavaria Grid",
          description="Ihr Interviewplan:\n13:00 Markus Lehner – Head of Project Controls\n13:45 Eva Schuster – "
          "Programme Manager HGÜ\nBei Fragen wenden Sie sich an Ihre Ansprechpartnerin im Recruiting, Nina Berg.",
          organizer=A("Bavaria Grid Talent Acquisition", "bavariagrid@myworkday.com"),
          attendees=[me_p(), A("Markus Lehner", "markus.lehner@bavariagrid.de"),
                     A("Eva Schuster", "eva.schuster@bavariagrid.de"),
                     A("Nina Berg", "nina.berg@bavariagrid.de", role="OPT-PARTICIPANT", coord=True)],
          company="Bavaria Grid", role="Project Controls Manager", stage="onsite",
          trap="workday de panel recruiter optional", minutes=90),
        P(kind="de-zoom-telefoninterview", lang="de", producer="zoom", tz="utc", city="muc", day=50, start="16:00",
          summary="Telefoninterview Kessler Tiefbau – Rafael Ortega",
          description="Kurzes telefonisches Vorgespräch mit Frau Albrecht aus dem Recruiting zur Position "
          "Oberbauleiter Verkehrswegebau.\n\n" + zoom("de", 50),
          organizer=A("Albrecht, Sandra", "s.albrecht@kessler-tiefbau.de"), attendees=[me_p()],
          company="Kessler Tiefbau", role="Oberbauleiter Verkehrswegebau", stage="recruiter_screen",
          trap="zoom de phone pre-talk", minutes=30),
        P(kind="de-probetag", lang="de", producer="apple", tz="floating", city="muc", day=52, start="08:00",
          summary="Probetag Baustelle Brückner (Hr. Kranz)", description="Treffpunkt Baucontainer. "
          "Sicherheitsschuhe!", organizer=A("", ""), attendees=[], location="Baustelle A99 Ost, Aschheim",
          company="Brückner Ingenieure", role="", stage="onsite", extra_iv=["Hr. Kranz"],
          trap="private trial day note", minutes=480),
    ]


def _fr() -> list[Ev]:
    return [
        P(kind="fr-entretien-rh", lang="fr", producer="outlook", tz="windows", city="par", day=8, start="10:30",
          summary="Entretien RH – Responsable Contrôle de Projets – Transilienne Ingénierie",
          description="Bonjour Rafael,\n\nJe vous confirme notre premier échange téléphonique pour le poste de "
          "Responsable Contrôle de Projets. Je vous appellerai au numéro indiqué sur votre CV.\n\nBien "
          "cordialement,\nCamille Rousseau\nChargée de recrutement",
          organizer=A("Rousseau, Camille", "camille.rousseau@transilienne-ing.fr"), attendees=[me_p()],
          company="Transilienne Ingénierie", role="Responsable Contrôle de Projets", stage="recruiter_screen",
          trap="fr hr call", minutes=30),
        P(kind="fr-entretien-technique", lang="fr", producer="teams", tz="owa", city="par", day=17, start="14:00",
          summary="Entretien technique – Chef de projet travaux ferroviaires",
          description="Bonjour,\n\nVous rencontrerez Jérôme Lefèvre (Directeur de travaux) et Sophie Garnier "
          "(Responsable planification) du Groupe Vernier Construction pour un entretien technique.\n\n"
          + teams("fr", 17),
          organizer=A("Garnier, Sophie", "sophie.garnier@vernier-construction.fr"),
          attendees=[me_p(), A("Lefèvre, Jérôme", "jerome.lefevre@vernier-construction.fr")],
          company="Groupe Vernier Construction", role="Chef de projet travaux ferroviaires", stage="technical",
          trap="fr technical company in body", minutes=60),
        P(kind="fr-direct-orange", lang="fr", producer="google", tz="utc", city="par", day=10, start="09:00",
          summary="Échange Rafael / Bertrand – poste de directeur de projet",
          description="Bonjour Rafael, suite à notre échange sur LinkedIn, je vous propose un entretien pour le "
          "poste de directeur de projet chez Helior Énergies (je suis le fondateur). À bientôt, Bertrand Lemoine"
          "\n\n" + meet("fr", 10),
          organizer=A("Bertrand Lemoine", "bertrand.lemoine@orange.fr"), attendees=[me_p()],
          company="Helior Énergies", role="directeur de projet", stage="hiring_manager",
          trap="founder on orange.fr", minutes=45),
        P(kind="fr-sur-site", lang="fr", producer="outlook", tz="windows", city="par", day=53, start="09:30",
          summary="Entretien sur site + visite – Aéroports du Val",
          description="Madame, Monsieur,\n\nNous avons le plaisir de vous convier à un entretien sur site pour "
          "le poste d'Ingénieur Planification Senior. Programme : visite du chantier du terminal, puis "
          "entretiens avec M. Olivier Dupuis (Directeur de programme) et Mme Nadia Benali (RH).\nAdresse : "
          "Bâtiment 7, Zone Aéroportuaire, 95700 Roissy.",
          organizer=A("Benali, Nadia", "nadia.benali@aeroportsduval.fr"),
          attendees=[me_p(), A("Dupuis, Olivier", "olivier.dupuis@aeroportsduval.fr"),
                     room("Salle Concorde", "salle.concorde@aeroportsduval.fr")],
          location="Salle Concorde, Bâtiment 7, Roissy",
          company="Aéroports du Val", role="Ingénieur Planification Senior", stage="onsite",
          trap="fr onsite with room", minutes=180),
        P(kind="fr-cabinet-client", lang="fr", producer="outlook", tz="windows", city="par", day=55, start="11:00",
          summary="Entretien client Énergéo – via Orès Conseil",
          description="Bonjour Rafael,\n\nNotre client Énergéo souhaite vous rencontrer pour le poste de "
          "Responsable PMO Réseaux. Vous serez reçu par Claire Fontaine, Directrice des opérations.\n"
          "Adresse : 12 rue de Londres, Paris 9e.\n\nBien à vous,\nAntoine Perret – Orès Conseil",
          organizer=A("Perret, Antoine", "a.perret@ores-conseil.fr"),
          attendees=[me_p(), A("Fontaine, Claire", "claire.fontaine@energeo.fr")],
          no_iv=["a.perret@ores-conseil.fr"], location="12 rue de Londres, Paris",
          company="Énergéo", role="Responsable PMO Réseaux", stage="hiring_manager",
          trap="fr agency naming client", minutes=60),
        P(kind="fr-final-dg", lang="fr", producer="webex", tz="utc", city="par", day=57, start="17:00",
          summary="Dernier entretien avec le Directeur Général – Transilienne Ingénierie",
          description="Entretien final avec Philippe Marchand, Directeur Général.\n\n" + webex("fr", 57),
          organizer=A("Rousseau, Camille", "camille.rousseau@transilienne-ing.fr"),
          attendees=[me_p(), A("Marchand, Philippe", "philippe.marchand@transilienne-ing.fr")],
          no_iv=["camille.rousseau@transilienne-ing.fr"],
          company="Transilienne Ingénierie", role="Responsable Contrôle de Projets", stage="final",
          trap="fr final recruiter organizer", minutes=45),
        P(kind="fr-terse-note", lang="fr", producer="gexport", tz="xwr", city="par", day=58, start="14:00",
          summary="Tél. Vernier – 3e entretien (Mme Garnier + DRH)", description="",
          organizer=A("", ""), attendees=[], company="Groupe Vernier Construction", role="", stage="final",
          extra_iv=["Mme Garnier"], trap="terse hand-typed third round", minutes=45),
        P(kind="fr-greenhouse-lyon", lang="fr", producer="greenhouse", tz="utc", city="par", day=59,
          start="10:00", summary="Entretien avec le manager – Contrôleur de projets EPC – Solvéa",
          description="Bonjour Rafael,\n\nMerci pour votre candidature chez Solvéa. Vous échangerez avec "
          "Mathieu Roux, Responsable Project Controls, pendant 45 minutes.\n\n" + meet("fr", 59),
          organizer=A("Solvéa Recrutement", "no-reply@eu.greenhouse-mail.io"),
          attendees=[me_p(), A("Mathieu Roux", "mathieu.roux@solvea.fr")],
          company="Solvéa", role="Contrôleur de projets EPC", stage="hiring_manager",
          trap="greenhouse fr hm", minutes=45),
        P(kind="fr-work-address-invite", lang="fr", producer="zoom", tz="utc", city="par", day=60,
          start="15:00", summary="Entretien – Chef de projet planification – Nexalis Infra",
          description="Bonjour Rafael, voici le lien pour notre entretien de demain avec Léa Dubois "
          "(responsable planification) et moi-même.\nHugo Mercier, manager Projets\n\n" + zoom("fr", 60),
          organizer=A("Hugo Mercier", "hugo.mercier@nexalis-infra.fr"),
          attendees=[me_w("NEEDS-ACTION"), A("Léa Dubois", "lea.dubois@nexalis-infra.fr")],
          company="Nexalis Infra", role="Chef de projet planification", stage="technical",
          trap="fr invite to work address", minutes=60),
    ]


def events() -> list[Ev]:
    """Returns the EN/DE/FR interview specs of holdout11."""
    return _en() + _de() + _fr()
