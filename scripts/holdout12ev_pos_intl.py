"""Holdout12 events: Noor Haddad's own interviews in English, French and Spanish.

Given nothing, EVENTS is a list of Ev records; no function raises.
"""

from __future__ import annotations

from holdout12ev_boiler import meet, meet_link, teams, webex, zoom
from holdout12ev_ics import ME_P, Att, Ev, resource, room

W = "W. Europe Standard Time"
R = "Romance Standard Time"
NOOR = Att("Noor Haddad", ME_P)

EVENTS: list[Ev] = [
    Ev("greenhouse-screen", "en", "greenhouse", "Noor Haddad <> Zorgpad: Recruiter Screen",
       "20261201T140000", "20261201T143000", "Europe/Amsterdam",
       organizer=("Zorgpad Recruiting", "no-reply@us.greenhouse-mail.io"),
       attendees=[NOOR, Att("Femke de Wit", "femke.dewit@zorgpad.nl")],
       description="Hi Noor,\n\nThanks for taking the time to chat with us about the Clinical Implementation "
       "Specialist "
       "role at Zorgpad! You'll be speaking with Femke de Wit, Talent Partner.\n\nVideo: " + meet_link("zorg1") +
       "\n\nIf you need to reschedule, just reply to this email.\n\nPowered by Greenhouse",
       location=meet_link("zorg1"), interview=True, company="Zorgpad", role="Clinical Implementation Specialist",
       stage="recruiter_screen", interviewers=["femke.dewit@zorgpad.nl"], trap="ats_greenhouse"),
    Ev("greenhouse-loop", "en", "greenhouse", "Virtual Onsite – Noor Haddad – Clinical Implementation Specialist",
       "20261215T130000", "20261215T160000", "Europe/Amsterdam",
       organizer=("Pim Verhoeven (Coordinator)", "pim.verhoeven@zorgpad.nl"),
       attendees=[NOOR, Att("Sanne Bakker", "sanne.bakker@zorgpad.nl"),
                  Att("Joris Kuipers", "joris.kuipers@zorgpad.nl"),
                  Att("Dr. Amara Osei", "amara.osei@zorgpad.nl")],
       description="Your virtual onsite schedule (CET):\n13:00–13:45 Workflow design exercise – Sanne Bakker, Lead "
       "Implementation\n14:00–14:45 Product collaboration – Joris Kuipers, Product Manager\n15:00–15:45 Clinical "
       "safety & values – Dr. Amara Osei, CMIO\n\nPim Verhoeven coordinates your loop and will not be interviewing."
       "\n\n" + zoom("en", "zorgloop"),
       interview=True, company="Zorgpad", role="Clinical Implementation Specialist", stage="onsite",
       interviewers=["sanne.bakker@zorgpad.nl", "joris.kuipers@zorgpad.nl", "amara.osei@zorgpad.nl"],
       trap="coordinator_organizer"),
    Ev("ashby-screen", "en", "ashby", "Caregrid – Intro with Priya (Talent)",
       "20261130T100000", "20261130T102500", "Europe/Berlin",
       organizer=("Caregrid via Ashby", "scheduling@ashbyhq.com"),
       attendees=[NOOR, Att("Priya Nandakumar", "priya@caregrid.io")],
       description="Noor, you're confirmed for a 25 minute intro call with Priya Nandakumar for the Clinical Product "
       "Specialist (Critical Care) position at Caregrid.\n\n" + meet("en", "ashbycg") +
       "\n\nNeed to reschedule? https://jobs.ashbyhq.com/caregrid/reschedule/8d1e",
       interview=True, company="Caregrid", role="Clinical Product Specialist (Critical Care)",
       stage="recruiter_screen", interviewers=["priya@caregrid.io"], trap="ats_ashby"),
    Ev("lever-epikura", "en", "lever", "Epikura | Noor Haddad | Hiring Manager Interview",
       "20261204T110000", "20261204T114500", "Europe/Amsterdam",
       organizer=("Epikura Talent", "talent@epikura.com"),
       attendees=[NOOR, Att("Wouter Smits", "wouter.smits@epikura.com")],
       description="Interview for: Implementation Consultant – Hospital EHR (Amsterdam / hybrid)\nInterviewer: Wouter "
       "Smits, Director of Professional Services\n\n" + teams("en", "epik1") + "\n\nScheduled with Lever",
       interview=True, company="Epikura", role="Implementation Consultant – Hospital EHR", stage="hiring_manager",
       interviewers=["wouter.smits@epikura.com"], trap="ats_lever"),
    Ev("epikura-tech", "en", "outlook", "Epikura - Technical conversation (HL7/FHIR, workflows)",
       "20261211T100000", "20261211T111500", W,
       organizer=("Wouter Smits", "wouter.smits@epikura.com"),
       attendees=[NOOR, Att("Wouter Smits", "wouter.smits@epikura.com", role="OPT-PARTICIPANT"),
                  Att("Ingrid van Dam", "ingrid.vandam@epikura.com"), Att("Rafael Sousa", "rafael.sousa@epikura.com")],
       description="Hi Noor,\n\nNext step as promised: a technical conversation with Ingrid (Integration Architect) "
       "and "
       "Rafael (Senior Consultant). Expect questions on order sets, HL7 v2 vs FHIR, and how you would run a go-live "
       "weekend on an ICU. I'll join for the first five minutes only.\n\nBest,\nWouter\n\n" + teams("en", "epik2"),
       interview=True, company="Epikura", role="Implementation Consultant", stage="technical",
       interviewers=["wouter.smits@epikura.com", "ingrid.vandam@epikura.com", "rafael.sousa@epikura.com"],
       trap="technical_direct"),
    Ev("calendly-nexovita", "en", "calendly", "Nexovita Health: 30 Minute Phone Screen between Noor Haddad and Gian "
       "Caflisch",
       "20261203T083000", "20261203T090000", "Europe/Zurich",
       organizer=("Gian Caflisch", "gian.caflisch@nexovita.ch"),
       attendees=[Att("Gian Caflisch", "gian.caflisch@nexovita.ch", partstat="ACCEPTED"), NOOR],
       description="Event Name: Nexovita Health: 30 Minute Phone Screen\n\nLocation: Gian will call you at +49 160 "
       "5550 1923\n\nQuestions:\nWhich role are you applying for? Clinical Solutions Manager\n\nNeed to make changes "
       "to this event?\nCancel: https://calendly.com/cancellations/2b7c\nReschedule: "
       "https://calendly.com/reschedulings/2b7c\n\nPowered by Calendly.com",
       location="+49 160 5550 1923", interview=True, company="Nexovita Health", role="Clinical Solutions Manager",
       stage="recruiter_screen", interviewers=["gian.caflisch@nexovita.ch"], trap="calendly_invitee"),
    Ev("lumina-final-gh", "en", "greenhouse", "Final Interview: Noor Haddad (Product Owner, ICU Suite)",
       "20261218T090000", "20261218T120000", "Europe/Zurich",
       organizer=("Lumina Clinical Systems", "no-reply@us.greenhouse-mail.io"),
       attendees=[NOOR, Att("Beatrice Roth", "beatrice.roth@lumina-clinical.ch"),
                  Att("Yusuf Demir", "yusuf.demir@lumina-clinical.ch"),
                  room("ZRH-3-Matterhorn (8)", "zrh-3-matterhorn@lumina-clinical.ch")],
       description="Dear Noor,\n\nWe're excited to welcome you to our Zurich office for the final round for the "
       "Product Owner, ICU Suite role. Please ask for Beatrice at reception (Hardturmstrasse 161). You'll meet "
       "Beatrice Roth (VP Product) and Yusuf Demir (CTO).\n\nLumina Clinical Systems Recruiting",
       location="ZRH-3-Matterhorn (8)", interview=True, company="Lumina Clinical Systems",
       role="Product Owner, ICU Suite", stage="final",
       interviewers=["beatrice.roth@lumina-clinical.ch", "yusuf.demir@lumina-clinical.ch"], trap="final_room"),
    Ev("goodtime-lumina", "en", "goodtime", "Interview Loop (Part 1 of 2) | Lumina Clinical Systems",
       "20261208T130000", "20261208T140000", "Europe/Zurich",
       organizer=("Lumina Clinical Systems Scheduling", "scheduling@lumina-clinical.goodtime.io"),
       attendees=[NOOR, Att("Claudio Bernasconi", "claudio.bernasconi@lumina-clinical.ch")],
       description="Candidate: Noor Haddad\nPosition: Product Owner, ICU Suite\nInterviewer: Claudio Bernasconi "
       "(Senior PO)\nFocus: backlog prioritisation, clinician feedback loops\n\n" + zoom("en", "gtl1") +
       "\n\nThis invite was sent by GoodTime on behalf of Lumina Clinical Systems.",
       interview=True, company="Lumina Clinical Systems", role="Product Owner, ICU Suite", stage="technical",
       interviewers=["claudio.bernasconi@lumina-clinical.ch"], trap="ats_goodtime"),
    Ev("amstel-teams", "en", "outlook", "Interview – Nursing Informatics Lead (Amstel Zorggroep)",
       "20261209T093000", "20261209T103000", W,
       organizer=("Janssen, Marloes", "m.janssen@amstelzorggroep.nl"),
       attendees=[NOOR, Att("Janssen, Marloes", "m.janssen@amstelzorggroep.nl"),
                  Att("Okafor, Chidi", "c.okafor@amstelzorggroep.nl")],
       description="Dear Ms Haddad,\n\nThank you for applying for the Nursing Informatics Lead position. We would like "
       "to invite you to an interview with Marloes Janssen (Director of Nursing) and Chidi Okafor (Head of Clinical "
       "Applications). The interview will be held in English.\n\nKind regards,\nMarloes Janssen\n\n" +
       teams("en", "amstel"),
       interview=True, company="Amstel Zorggroep", role="Nursing Informatics Lead", stage="hiring_manager",
       interviewers=["m.janssen@amstelzorggroep.nl", "c.okafor@amstelzorggroep.nl"], trap="outlook_formal"),
    Ev("pulsewise-proton", "en", "google", "coffee w/ Noor – Pulsewise",
       "20261205T100000", "20261205T110000", "Europe/Amsterdam",
       organizer=("Daan Hoekstra", "daan.hoekstra@proton.me"),
       attendees=[Att("Daan Hoekstra", "daan.hoekstra@proton.me", partstat="ACCEPTED"), NOOR],
       description="Hey Noor – great that you applied for our first clinical hire (Clinical Success Lead). I'm the "
       "co-founder of Pulsewise, we don't have company mail on my phone yet. Let's grab a coffee at Bar Bukowski, "
       "Oosterpark 10, and talk about the role properly. Treat it as the first interview, I'll bring questions :)",
       location="Bar Bukowski, Oosterpark 10, Amsterdam", interview=True, company="Pulsewise",
       role="Clinical Success Lead", stage="hiring_manager", interviewers=["daan.hoekstra@proton.me"],
       trap="coffee_is_interview"),
    Ev("triagon-ashby-tech", "en", "ashby", "Triagon Health – Case Study Presentation",
       "20261216T150000", "20261216T161500", "Europe/Berlin",
       organizer=("Triagon Health via Ashby", "scheduling@ashbyhq.com"),
       attendees=[NOOR, Att("Anouk Reinders", "anouk.reinders@triagon-health.com"),
                  Att("Karim Aziz", "karim.aziz@triagon-health.com"),
                  Att("Triagon Recruiting", "recruiting@triagon-health.com", role="NON-PARTICIPANT")],
       description="Hi Noor,\n\nLooking forward to your case study presentation for Implementation Manager, Hospitals. "
       "Please prepare 20 minutes on rolling out Triagon's triage module in a 600-bed hospital; 40 minutes Q&A with "
       "Anouk Reinders (Head of Implementation) and Karim Aziz (Solutions Engineer).\n\n" + meet("en", "tri-case"),
       interview=True, company="Triagon Health", role="Implementation Manager, Hospitals", stage="technical",
       interviewers=["anouk.reinders@triagon-health.com", "karim.aziz@triagon-health.com"], trap="case_presentation"),
    Ev("title-only-en", "en", "google", "Noor <> Ilse (Zorgpad)",
       "20261207T170000", "20261207T173000", "Europe/Amsterdam",
       organizer=("Ilse Vermeulen", "ilse.vermeulen@zorgpad.nl"),
       attendees=[Att("Ilse Vermeulen", "ilse.vermeulen@zorgpad.nl", partstat="ACCEPTED"), NOOR],
       description=meet("en", "ilse"),
       interview=True, company="Zorgpad", interviewers=["ilse.vermeulen@zorgpad.nl"], trap="title_only"),
    Ev("recurring-trial", "en", "google", "Paid trial days – Clinical Ops @ Caregrid",
       "20270111T090000", "20270111T170000", "Europe/Berlin",
       organizer=("Hannes Wirth", "hannes@caregrid.io"),
       attendees=[Att("Hannes Wirth", "hannes@caregrid.io", partstat="ACCEPTED"), NOOR,
                  Att("Lara Mbeki", "lara@caregrid.io")],
       description="As agreed: two paid trial days (same day rate as discussed) working with the clinical ops team "
       "before we both decide. Office: Lohmühlenstraße 65, 12435 Berlin.",
       location="Lohmühlenstraße 65, 12435 Berlin", interview=True, company="Caregrid", role="Clinical Ops",
       stage="onsite", interviewers=["hannes@caregrid.io", "lara@caregrid.io"], trap="recurring_trial_override",
       rrule="FREQ=DAILY;COUNT=2", override=("20270112T090000", "20270112T100000", "20270112T180000")),
    Ev("webex-en", "en", "webex", "Interview: Implementation Consultant (Zurich) – Santémed AG",
       "20261202T150000", "20261202T160000", "Europe/Zurich",
       organizer=("Nadja Keller", "nadja.keller@santemed.ch"),
       attendees=[NOOR, Att("Nadja Keller", "nadja.keller@santemed.ch"),
                  Att("Luca Ferrari", "luca.ferrari@santemed.ch")],
       description="Hello Noor,\n\nas discussed here is the invite for our first interview (held in English, German "
       "welcome). Participants: Nadja Keller (Team Lead Implementation), Luca Ferrari (Project Manager).\n\n" +
       webex("en", "santemed", "santemed"),
       interview=True, company="Santémed", role="Implementation Consultant", stage="hiring_manager",
       interviewers=["nadja.keller@santemed.ch", "luca.ferrari@santemed.ch"], trap="webex_direct"),
    Ev("agency-en-cancel", "en", "outlook", "Canceled: Interview with Amstel Zorggroep – 2nd round",
       "20261216T140000", "20261216T150000", W,
       organizer=("Tom Ashby | CareerHealth Recruitment", "tom@careerhealth-recruitment.co.uk"),
       attendees=[NOOR, Att("Okafor, Chidi", "c.okafor@amstelzorggroep.nl"),
                  Att("de Boer, Sietske", "s.deboer@amstelzorggroep.nl")],
       description="Hi Noor, Amstel Zorggroep have asked to move the second round of the Nursing Informatics Lead "
       "interviews to January; cancelling this slot for now. I'll send a new invite once Chidi and Sietske confirm.",
       interview=True, company="Amstel Zorggroep", role="Nursing Informatics Lead", stage="onsite",
       interviewers=["c.okafor@amstelzorggroep.nl", "s.deboer@amstelzorggroep.nl"], trap="agency_cancelled",
       status="CANCELLED", method="CANCEL", sequence=3),
    Ev("workday-en", "en", "workday", "Interview Scheduled: Clinical Informatics Specialist (JR-4471) – Round 1",
       "20261208T160000", "20261208T164500", "Europe/Amsterdam",
       organizer=("Amsterdam Health Insurance Recruiting", "ahi@myworkday.com"),
       attendees=[NOOR, Att("Maarten Visser", "maarten.visser@ahi-verzekeringen.nl"),
                  Att("Recruiting Coordinator AHI", "recruiting.coordination@ahi-verzekeringen.nl",
                      role="NON-PARTICIPANT")],
       description="Candidate: Noor Haddad\nJob Requisition: JR-4471 Clinical Informatics Specialist\nInterview Type: "
       "Recruiter Phone Screen\nInterviewer: Maarten Visser (Senior Recruiter)\nEmployer: AHI Verzekeringen\n\nThe "
       "interviewer will call you on the number in your profile.",
       location="Phone", interview=True, company="AHI Verzekeringen", role="Clinical Informatics Specialist",
       stage="recruiter_screen", interviewers=["maarten.visser@ahi-verzekeringen.nl"], trap="ats_workday_en"),
    Ev("internal-klinikum", "en", "outlook", "Interview: Clinical Informatics Nurse (internal posting) – N. Haddad",
       "20261210T130000", "20261210T140000", W,
       organizer=("Wagner, Heike", "h.wagner@klinikum-hansestadt.de"),
       attendees=[Att("Haddad, Noor", "n.haddad@klinikum-hansestadt.de"), Att("Wagner, Heike",
                                                                             "h.wagner@klinikum-hansestadt.de"),
                  Att("Lindqvist, Erik", "e.lindqvist@klinikum-hansestadt.de"),
                  room("KH Haus 1 Besprechung 4.02", "raum-h1-402@klinikum-hansestadt.de")],
       description="Hello Noor,\n\nthank you for applying for the internal position Clinical Informatics Nurse in our "
       "IT department (EHR team). Your interview will be with Heike Wagner (Head of Clinical IT) and Erik Lindqvist "
       "(EHR Product Owner). Your ward manager has been informed as per the internal application policy.\n\nBest "
       "regards,\nHeike Wagner",
       location="KH Haus 1 Besprechung 4.02", interview=True, company="Klinikum Hansestadt",
       role="Clinical Informatics Nurse", stage="hiring_manager",
       interviewers=["h.wagner@klinikum-hansestadt.de", "e.lindqvist@klinikum-hansestadt.de"],
       trap="internal_transfer_candidate"),
    Ev("handtyped-en", "en", "google", "Epikura final w/ VP Services 3pm", "20261222T150000", "20261222T160000",
       "Europe/Amsterdam", description="Herengracht 420 – ask for Wouter", interview=True, company="Epikura",
       stage="final", trap="handtyped_private", method=""),
    Ev("medilumen-gh-en", "en", "greenhouse", "Medilumen | Product Owner Interview – Noor Haddad",
       "20261204T143000", "20261204T153000", "Europe/Paris",
       organizer=("Medilumen Recrutement", "no-reply@eu.greenhouse-mail.io"),
       attendees=[NOOR, Att("Élodie Marchand", "elodie.marchand@medilumen.fr"),
                  Att("Thomas Girard", "thomas.girard@medilumen.fr")],
       description="Hi Noor, you will be meeting Élodie Marchand (Head of Product) and Thomas Girard (Lead Developer) "
       "for the Product Owner – Critical Care Monitoring role. The interview will be conducted in English.\n\n" +
       meet("en", "medil"),
       interview=True, company="Medilumen", role="Product Owner – Critical Care Monitoring", stage="hiring_manager",
       interviewers=["elodie.marchand@medilumen.fr", "thomas.girard@medilumen.fr"], trap="ats_greenhouse_eu"),
    Ev("zoom-hm-en", "en", "zoom", "Noor Haddad - Senior Clinical Specialist - Hiring manager call",
       "20261201T170000", "20261201T174500", "Europe/Berlin",
       organizer=("Sarah Whitfield", "sarah.whitfield@veritashealth.com"),
       attendees=[NOOR, Att("Sarah Whitfield", "sarah.whitfield@veritashealth.com")],
       description="Sarah Whitfield is inviting you to a scheduled Zoom meeting.\n\nTopic: Noor Haddad - Senior "
       "Clinical Specialist - Hiring manager call\n\n" + zoom("en", "veritas"),
       interview=True, company="Veritas Health", role="Senior Clinical Specialist", stage="hiring_manager",
       interviewers=["sarah.whitfield@veritashealth.com"], trap="zoom_direct"),
    # French
    Ev("fr-entretien-ghc", "fr", "outlook", "Entretien – Infirmière référente Dossier Patient Informatisé",
       "20261207T100000", "20261207T110000", R,
       organizer=("LEFEBVRE Anne", "anne.lefebvre@ghconfluence.fr"),
       attendees=[NOOR, Att("LEFEBVRE Anne", "anne.lefebvre@ghconfluence.fr"),
                  Att("MOREAU Pascal", "pascal.moreau@ghconfluence.fr"),
                  room("Salle Rhône - Bât. A", "salle.rhone@ghconfluence.fr")],
       description="Madame\\,\n\nSuite à votre candidature au poste d'infirmière référente DPI (dossier patient "
       "informatisé)\\, nous avons le plaisir de vous convier à un entretien avec Mme Lefebvre\\, cadre supérieure "
       "de santé\\, et M. Moreau\\, responsable du pôle systèmes d'information.\n\nGroupement Hospitalier Confluence"
       "\\, 3 quai des Célestins\\, 69002 Lyon.\n\nCordialement",
       location="Salle Rhône - Bât. A", interview=True, company="Groupement Hospitalier Confluence",
       role="Infirmière référente Dossier Patient Informatisé", stage="hiring_manager",
       interviewers=["anne.lefebvre@ghconfluence.fr", "pascal.moreau@ghconfluence.fr"], trap="fr_outlook"),
    Ev("fr-rh-medilumen", "fr", "google", "Échange RH – Medilumen / Noor Haddad",
       "20261202T093000", "20261202T100000", "Europe/Paris",
       organizer=("Camille Roux", "camille.roux@medilumen.fr"),
       attendees=[Att("Camille Roux", "camille.roux@medilumen.fr", partstat="ACCEPTED"), NOOR],
       description="Bonjour Noor\\,\n\nComme convenu\\, voici l'invitation pour notre premier échange RH (30 min) au "
       "sujet du poste de Product Owner. Je vous présenterai Medilumen et nous parlerons de votre parcours en "
       "réanimation.\n\n" + meet("fr", "medil-rh"),
       interview=True, company="Medilumen", role="Product Owner", stage="recruiter_screen",
       interviewers=["camille.roux@medilumen.fr"], trap="fr_screen"),
    Ev("fr-founder-free", "fr", "google", "Kairos Santé - rencontre Noor",
       "20261209T120000", "20261209T133000", "Europe/Paris",
       organizer=("Mathieu Perrin", "mathieu.perrin@free.fr"),
       attendees=[Att("Mathieu Perrin", "mathieu.perrin@free.fr", partstat="ACCEPTED"), NOOR],
       description="Salut Noor\\, comme dit au téléphone\\, je te propose un déjeuner pour qu'on parle du poste de "
       "responsable clinique chez Kairos Santé (je suis cofondateur). Je réserve chez Daniel et Denise\\, rue de "
       "Créqui. Ce sera notre deuxième entretien\\, avec quelques questions concrètes sur le déploiement en "
       "réa.",
       location="Daniel et Denise, 156 rue de Créqui, Lyon", interview=True, company="Kairos Santé",
       role="responsable clinique", stage="hiring_manager", interviewers=["mathieu.perrin@free.fr"],
       trap="fr_founder_lunch"),
    Ev("fr-teams-tech", "fr", "owa", "Entretien technique – Consultante implémentation DPI",
       "20261214T140000", "20261214T153000", R,
       organizer=("Julien Faure", "julien.faure@ordalis-sante.fr"),
       attendees=[NOOR, Att("Julien Faure", "julien.faure@ordalis-sante.fr"),
                  Att("Nadia Benali", "nadia.benali@ordalis-sante.fr")],
       description="Bonjour Madame Haddad\\,\n\nNous vous confirmons votre entretien technique pour le poste de "
       "consultante implémentation DPI chez Ordalis Santé : étude de cas sur le paramétrage des prescriptions en "
       "soins critiques\\, puis échange avec Nadia Benali (cheffe de projet).\n\n" + teams("fr", "ordalis"),
       interview=True, company="Ordalis Santé", role="Consultante implémentation DPI", stage="technical",
       interviewers=["julien.faure@ordalis-sante.fr", "nadia.benali@ordalis-sante.fr"], trap="fr_technical"),
    Ev("fr-allday-immersion", "fr", "apple", "Journée d'immersion Kairos Santé",
       "20261217", "20261218", "date",
       description="Présence toute la journée avec l'équipe produit\\, dernière étape avant décision. 9h accueil par "
       "Mathieu.",
       location="Kairos Santé, 24 rue Sergent Blandan, 69001 Lyon", interview=True, company="Kairos Santé",
       stage="final", trap="fr_allday_trial", method=""),
    Ev("fr-cancel", "fr", "webex", "Annulé : Entretien final – Medilumen",
       "20261216T110000", "20261216T120000", "Europe/Paris",
       organizer=("Élodie Marchand", "elodie.marchand@medilumen.fr"),
       attendees=[NOOR, Att("Élodie Marchand", "elodie.marchand@medilumen.fr"),
                  Att("Bruno Lacombe", "bruno.lacombe@medilumen.fr")],
       description="Bonjour Noor\\, Bruno (CEO) est retenu au salon Santexpo\\, nous devons annuler l'entretien final "
       "prévu ce mercredi. Je reviens vers vous avec de nouvelles "
       "disponibilités.\n\n" + webex("fr", "medfin", "medilumen"),
       interview=True, company="Medilumen", stage="final",
       interviewers=["elodie.marchand@medilumen.fr", "bruno.lacombe@medilumen.fr"], trap="fr_cancelled",
       status="CANCELLED", method="CANCEL", sequence=1),
    Ev("fr-agency", "fr", "outlook", "Entretien Hôpital Privé Saint-Irénée via Santalis Conseil",
       "20261211T160000", "20261211T170000", R,
       organizer=("Sophie Garnier - Santalis Conseil", "s.garnier@santalis-conseil.fr"),
       attendees=[NOOR, Att("Dr Olivier Blanc", "o.blanc@hp-saint-irenee.fr"),
                  Att("Sophie Garnier - Santalis Conseil", "s.garnier@santalis-conseil.fr", role="OPT-PARTICIPANT")],
       description="Bonjour Noor\\,\n\nJe vous confirme l'entretien avec notre client l'Hôpital Privé Saint-Irénée "
       "(Lyon 5e) pour le poste de chargée de projet parcours patient numérique. Vous rencontrerez le Dr Olivier "
       "Blanc\\, directeur médical. Je ne participerai pas à l'entretien.\n\nSophie Garnier\\, consultante",
       location="Hôpital Privé Saint-Irénée, 20 rue Sœur Bouvier, Lyon", interview=True,
       company="Hôpital Privé Saint-Irénée", role="chargée de projet parcours patient numérique",
       stage="hiring_manager", interviewers=["o.blanc@hp-saint-irenee.fr"], trap="fr_agency"),
    # Spanish
    Ev("es-outlook-clinica", "es", "outlook", "Entrevista – Enfermera de Sistemas de Información Clínica",
       "20261203T110000", "20261203T120000", R,
       organizer=("Puig Ferrer, Montserrat", "mpuig@montjuicsalut.es"),
       attendees=[NOOR, Att("Puig Ferrer, Montserrat", "mpuig@montjuicsalut.es"),
                  Att("Serra Vidal, Jordi", "jserra@montjuicsalut.es"),
                  room("Sala Tibidabo - Planta 2", "sala.tibidabo@montjuicsalut.es")],
       description="Estimada Sra. Haddad:\n\nLe convocamos a una entrevista para el puesto de Enfermera de Sistemas de "
       "Información Clínica en Clínica Montjuïc Salut. Le entrevistarán Montserrat Puig (Directora de Enfermería) y "
       "Jordi Serra (Responsable de Sistemas).\n\nDirección: Passeig de la Zona Franca 112\\, Barcelona.\n\nUn saludo",
       location="Sala Tibidabo - Planta 2", interview=True, company="Clínica Montjuïc Salut",
       role="Enfermera de Sistemas de Información Clínica", stage="hiring_manager",
       interviewers=["mpuig@montjuicsalut.es", "jserra@montjuicsalut.es"], trap="es_outlook_room"),
    Ev("es-google-screen", "es", "google", "Salutia – primera llamada con Noor",
       "20261201T120000", "20261201T123000", "Europe/Madrid",
       organizer=("Lucía Ortega", "lucia.ortega@salutia.io"),
       attendees=[Att("Lucía Ortega", "lucia.ortega@salutia.io", partstat="ACCEPTED"), NOOR],
       description="Hola Noor\\, te envío la invitación para una primera llamada de 30 minutos sobre la vacante de "
       "Clinical Implementation Manager. Soy la responsable de talento de Salutia.\n\n" + meet("es", "salutia1"),
       interview=True, company="Salutia", role="Clinical Implementation Manager", stage="recruiter_screen",
       interviewers=["lucia.ortega@salutia.io"], trap="es_screen"),
    Ev("es-tecnica", "es", "calendly", "Prueba técnica – Salutia (Noor Haddad)",
       "20261210T160000", "20261210T170000", "Europe/Madrid",
       organizer=("Álvaro Méndez", "alvaro.mendez@salutia.io"),
       attendees=[Att("Álvaro Méndez", "alvaro.mendez@salutia.io", partstat="ACCEPTED"), NOOR],
       description="Nombre del evento: Prueba técnica (60 min)\n\nUbicación: " + meet_link("salutia2") +
       "\n\nPreguntas:\nPuesto: Clinical Implementation Manager\n\nCancelar: https://calendly.com/cancellations/9a1f"
       "\nCambiar fecha: https://calendly.com/reschedulings/9a1f",
       location=meet_link("salutia2"), interview=True, company="Salutia", role="Clinical Implementation Manager",
       stage="technical", interviewers=["alvaro.mendez@salutia.io"], trap="es_calendly"),
    Ev("es-workday-mutua", "es", "workday", "Entrevista: Técnica de Gestión Sanitaria (REQ-3390) – Mutua Boreal",
       "20261214T100000", "20261214T110000", "Europe/Madrid",
       organizer=("Mutua Boreal Selección", "mutuaboreal@myworkday.com"),
       attendees=[NOOR, Att("Carmen Robles", "carmen.robles@mutuaboreal.es"), Att("Iñaki Etxeberria",
                                                                               "inaki.etxeberria@mutuaboreal.es")],
       description="Candidata: Noor Haddad\nPuesto: Técnica de Gestión Sanitaria (REQ-3390)\nTipo: Entrevista con "
       "responsable de área\nEntrevistadores: Carmen Robles\\, Iñaki Etxeberria\n\n" + teams("es", "mutua"),
       interview=True, company="Mutua Boreal", role="Técnica de Gestión Sanitaria", stage="hiring_manager",
       interviewers=["carmen.robles@mutuaboreal.es", "inaki.etxeberria@mutuaboreal.es"], trap="es_workday"),
    Ev("es-final-besos", "es", "owa", "Entrevista final – Coordinadora de Historia Clínica Electrónica",
       "20261218T090000", "20261218T110000", R,
       organizer=("Ramírez Gil, Pilar", "pramirez@fhbesos.cat"),
       attendees=[NOOR, Att("Ramírez Gil, Pilar", "pramirez@fhbesos.cat"),
                  Att("Casals Roig, Marc", "mcasals@fhbesos.cat"),
                  Att("Soler, Núria", "nsoler@fhbesos.cat"), resource("Portátil sala juntas", "portatil1@fhbesos.cat")],
       description="Buenos días Noor:\n\nLe confirmamos la entrevista final presencial para la coordinación de la "
       "Historia Clínica Electrónica. Tribunal: Pilar Ramírez (Dirección Asistencial)\\, Marc Casals (CIO) y Núria "
       "Soler (Supervisora UCI).\n\nFundació Hospital del Besòs\\, Rambla Prim 89\\, Barcelona",
       location="Fundació Hospital del Besòs, Sala de juntas", interview=True, company="Fundació Hospital del Besòs",
       role="Coordinadora de Historia Clínica Electrónica", stage="final",
       interviewers=["pramirez@fhbesos.cat", "mcasals@fhbesos.cat", "nsoler@fhbesos.cat"], trap="es_final_resource"),
    Ev("es-handtyped", "es", "ios", "Mutua Boreal 2a entrevista", "20261221T123000", "20261221T133000", "floating",
       description="con Carmen y el director médico", interview=True, company="Mutua Boreal",
       trap="es_handtyped", method=""),
    Ev("es-zoom-founder", "es", "zoom", "Charla con Noor – Vitalia Care",
       "20261207T180000", "20261207T184500", "Europe/Madrid",
       organizer=("Pablo Navarro", "pablo.navarro.bcn@hotmail.com"),
       attendees=[NOOR],
       description="Hola Noor\\, soy Pablo\\, fundador de Vitalia Care. Te escribo desde mi correo personal. Me "
       "gustaría "
       "entrevistarte para el puesto de Product Owner de nuestra app de seguimiento post-UCI.\n\n" +
       zoom("es", "vitalia"),
       interview=True, company="Vitalia Care", role="Product Owner", stage="hiring_manager",
       interviewers=["pablo.navarro.bcn@hotmail.com"], trap="es_founder_hotmail_no_attendee"),
]
