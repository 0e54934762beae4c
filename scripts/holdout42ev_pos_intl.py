"""holdout42: the user's own interviews in English, French and Spanish (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout42ev_ics import Ev, boiler
from holdout42ev_pos_de import PN, P, Spec, W


def specs() -> list[Spec]:
    s: list[Spec] = []
    s.append(Spec("pos-greenhouse-screen", "en", "greenhouse", [Ev(
        "gh-sched-5540193-screen@greenhouse.io", "Recruiter Screen: Sabine Hartmann <> Medtronic",
        "20261111T1500", 30,
        "Hi Sabine,\n\nYou're confirmed for a 30-minute recruiter screen for Quality Engineer II (Req 24-117).\n"
        "You'll speak with Priya Raman, Senior Talent Acquisition Partner.\n\n" + boiler("teams_en", 2, "MzI1Yj"),
        "Microsoft Teams", "no-reply@greenhouse.io|Medtronic Recruiting",
        ["priya.raman@medtronic.com|Priya Raman", PN], utc=True)],
        1, "Medtronic", "Quality Engineer II", "recruiter_screen", ["priya.raman@medtronic.com"], "ats_noreply"))
    s.append(Spec("pos-workday-basel", "en", "workday", [Ev(
        "WD-CAND-INT-7731902@wd3.myworkdaysite.com", "Interview - Quality Assurance Specialist Medical Devices",
        "20261113T1400", 60,
        "Candidate: Sabine Hartmann\nJob Requisition: REQ-448102 Quality Assurance Specialist Medical Devices "
        "(Basel)\nInterviewers: Lars Eriksson (Associate Director QA), Nadia Haddad (QA Manager)\n"
        "Location: Novartis Campus, Fabrikstrasse 2, Basel - please register at reception WSJ-200.",
        "Novartis Campus, Fabrikstrasse 2, 4056 Basel", "novartis@myworkday.com|Novartis Talent Acquisition",
        ["lars.eriksson@novartis.com|Lars Eriksson", "nadia.haddad@novartis.com|Nadia Haddad", PN,
         "ch-bsl-wsj200-3.45@novartis.net|WSJ-200 3.45 (8 seats)|ROOM"], utc=True)],
        1, "Novartis", "Quality Assurance Specialist Medical Devices", "onsite",
        ["lars.eriksson@novartis.com", "nadia.haddad@novartis.com"], "room", tz="Europe/Zurich"))
    s.append(Spec("pos-calendly-en", "en", "calendly", [Ev(
        "calendly-Tq81mZ0e-20261116", "30 Minute Intro Call between Sabine Hartmann and Megan O'Brien",
        "20261116T1630", 30,
        "Event Name: 30 Minute Intro Call\n\nThanks for applying to the Regulatory Affairs Associate (EU MDR) role "
        "at Luminex Diagnostics! I'm the hiring manager and look forward to chatting.\n\nLocation: Zoom\n"
        + boiler("zoom_en", 5, "THVtaW5") + "\n\nNeed to make changes to this event?\nCancel: "
        "https://calendly.com/cancellations/Tq81mZ0e",
        "Zoom", "megan.obrien@luminexdx.com|Megan O'Brien",
        ["megan.obrien@luminexdx.com|Megan O'Brien|REQ|ACCEPTED", P], utc=True)],
        1, "Luminex Diagnostics", "Regulatory Affairs Associate (EU MDR)", "hiring_manager",
        ["megan.obrien@luminexdx.com"], "scheduler"))
    s.append(Spec("pos-loop", "en", "google", [
        Ev("c4l8o2o6p0l4o8o2p6s0a4b8cd@google.com", "Onsite loop - Sabine Hartmann (Sr. QA Specialist)",
           "20261123T0900", 240,
           "Agenda (CET):\n09:00 Quality systems deep dive - Aidan Walsh\n10:00 CAPA case exercise - Sofia Rossi & "
           "Tom Becker\n11:00 Hiring manager - Elena Marchetti\n12:00 Lunch with the team\n\nAddress: Kestrel "
           "Surgical Europe, Speyerer Str. 4, Heidelberg. Ask for Jess (recruiting coordinator) at the front desk.",
           "Kestrel Surgical - Heidelberg office, Room Neckar", "jess.ward@kestrelsurgical.com|Jess Ward",
           ["aidan.walsh@kestrelsurgical.com|Aidan Walsh", "sofia.rossi@kestrelsurgical.com|Sofia Rossi",
            "tom.becker@kestrelsurgical.com|Tom Becker", "elena.marchetti@kestrelsurgical.com|Elena Marchetti",
            "c_188a2b3c4d5e6f@resource.calendar.google.com|HD-2-Neckar (12)|RES", P], utc=True)],
        1, "Kestrel Surgical", "Sr. QA Specialist", "onsite",
        ["aidan.walsh@kestrelsurgical.com", "sofia.rossi@kestrelsurgical.com", "tom.becker@kestrelsurgical.com",
         "elena.marchetti@kestrelsurgical.com"], "coordinator"))
    s.append(Spec("pos-final-remote", "en", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1F20304DB010000000000000000100000004FINAL42",
        "Final interview: Head of Quality (remote) - Sabine", "20261201T1700", 60,
        "Hi Sabine,\n\nThis is the last step: a conversation with our CEO, Dr. Amir Farouk, and our COO, Linda "
        "Carver.\n\nBest,\nRachel\nPeople Ops, Oxyvent Medical Ltd\n\n" + boiler("teams_en", 7, "RmluYWw"),
        "Microsoft Teams Meeting", "rachel.ng@oxyvent.co.uk|Ng, Rachel",
        ["amir.farouk@oxyvent.co.uk|Farouk, Amir", "linda.carver@oxyvent.co.uk|Carver, Linda", PN])],
        1, "Oxyvent Medical", "Head of Quality", "final",
        ["amir.farouk@oxyvent.co.uk", "linda.carver@oxyvent.co.uk"], "coordinator"))
    s.append(Spec("pos-terse-en", "en", "ios", [Ev(
        "F7E6D5C4-B3A2-4918-8776-655443322110", "Qiagen phone screen", "20261119T1200", 30, "",
        "", "", [], floating=True)],
        1, "Qiagen", "", "recruiter_screen", [], "handtyped", method=""))
    s.append(Spec("pos-bsi", "en", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000BSI0000DB01000000000000000010000000CD7712",
        "Interview - Technical Reviewer, Active Devices (Notified Body 2797)", "20261120T1000", 75,
        "Dear Sabine,\n\nThank you for your interest in joining BSI Group The Netherlands B.V. Your panel: Marieke "
        "de Vries (Scheme Manager) and Paul Hendricks (Technical Team Manager). There will be a short technical "
        "exercise on a technical documentation file.\n\nKind regards,\nBSI Talent Team\n\n"
        + boiler("teams_en", 8, "QlNJ"),
        "Microsoft Teams", "talent@bsigroup.com|BSI Talent",
        ["marieke.devries@bsigroup.com|de Vries, Marieke", "paul.hendricks@bsigroup.com|Hendricks, Paul", PN])],
        1, "BSI", "Technical Reviewer, Active Devices", "technical",
        ["marieke.devries@bsigroup.com", "paul.hendricks@bsigroup.com"], "domain_abbrev"))
    s.append(Spec("pos-agency-en", "en", "google", [Ev(
        "ag3nt9x1q5w8e2r6t0y4u7i1o3@google.com", "Interview with Smith & Nephew - QA Manager (via Randstad)",
        "20261124T1400", 60,
        "Hi Sabine - confirmed with the client. You'll meet Graham Holt, Director Quality EMEA "
        "(graham.holt@smith-nephew.com). I'll call you afterwards for feedback. Good luck! Ines (Randstad Life "
        "Sciences)\n\n" + boiler("meet", 6, "snq-tqwa-lmp"),
        "", "ines.baumann@randstad.de|Ines Baumann", ["ines.baumann@randstad.de|Ines Baumann", P], utc=True)],
        1, "Smith & Nephew", "QA Manager", "", ["graham.holt@smith-nephew.com"], "agency_names_employer"))
    s.append(Spec("pos-coffee-round2", "en", "google", [Ev(
        "c0ff33r0und2abcdef12345678@google.com", "Coffee w/ Daniel (Bioxcel Labs) - round 2",
        "20261125T0830", 45,
        "Second conversation about the QA Lead role; Daniel wants to walk through the lab audit case. "
        "Hauptstrasse 112, Heidelberg (Café Rossi).",
        "Café Rossi, Heidelberg", "daniel.poirier@bioxcel-labs.com|Daniel Poirier",
        ["daniel.poirier@bioxcel-labs.com|Daniel Poirier|REQ|ACCEPTED", P], utc=True)],
        1, "Bioxcel Labs", "QA Lead", "", ["daniel.poirier@bioxcel-labs.com"], "coffee_is_round"))
    s.append(Spec("pos-cancel-en", "en", "greenhouse", [Ev(
        "gh-sched-5561120-tech@greenhouse.io", "CANCELED: Technical Interview - Sabine Hartmann (Quality Engineer)",
        "20261126T1500", 60,
        "This interview has been canceled. Your recruiter will be in touch to find a new time.\n"
        "Interviewers: Kevin Osei\nCompany: Stryker",
        "Zoom", "no-reply@greenhouse.io|Stryker Recruiting",
        ["kevin.osei@stryker.com|Kevin Osei", PN], status="CANCELLED", sequence=1, utc=True)],
        1, "Stryker", "Quality Engineer", "technical", ["kevin.osei@stryker.com"], "cancelled", method="CANCEL"))
    s.append(Spec("pos-founder-proton", "en", "apple", [Ev(
        "0D9C8B7A-6E5F-4A3B-2C1D-0E9F8A7B6C5D", "Sabine / Joanna - QA role at Nephrova",
        "20261202T1900", 45,
        "Joanna (co-founder, Nephrova - wearable dialysis) would like to talk about leading QA/RA. "
        "Video link she sent: https://meet.jit.si/nephrova-sabine",
        "https://meet.jit.si/nephrova-sabine", "joanna.keller@proton.me|Joanna Keller",
        ["joanna.keller@proton.me|Joanna Keller|REQ|ACCEPTED", P])],
        1, "Nephrova", "QA/RA", "", ["joanna.keller@proton.me"], "founder_freemail"))
    s.append(Spec("pos-hm-en", "en", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000HM42DB0100000000000000001000000077A1B2",
        "Hiring Manager Interview | Supplier Quality Engineer | Philips", "20261203T1000", 45,
        "Dear Sabine,\n\nPlease find the invitation for your interview with Wouter Jansen, Supplier Quality "
        "Manager, Philips Medical Systems DMC GmbH (Hamburg / hybrid).\n\nKind regards,\nTalent Acquisition "
        "Coordinator\n\n" + boiler("teams_en", 9, "UGhpbA"),
        "Microsoft Teams Meeting", "ta.coordination@philips.com|TA Coordination",
        ["wouter.jansen@philips.com|Jansen, Wouter", PN])],
        1, "Philips", "Supplier Quality Engineer", "hiring_manager", ["wouter.jansen@philips.com"], "coordinator"))
    s.append(Spec("pos-allday-en", "en", "google", [Ev(
        "as5essm3ntd4yxyz0987654321@google.com", "Assessment day - Siemens Healthineers (Erlangen)",
        "20261204", 1440, "Quality Management Professional graduate-level assessment centre. Bring ID.",
        "Erlangen", "", [])],
        1, "Siemens Healthineers", "Quality Management Professional", "onsite", [], "allday", method=""))
    s.append(Spec("pos-zoom-tech", "en", "zoom", [Ev(
        "ZOOM8347120098@zoom.us", "Sabine Hartmann - Technical interview (Validation)",
        "20261207T1100", 60,
        "Glowmed GmbH is inviting you to a scheduled Zoom meeting.\n\nTopic: Technical interview - Validation "
        "Specialist\nInterviewers: Ryan Cho, Marta Lewandowska\n\n" + boiler("zoom_en", 1, "R2xvdw"),
        "https://glowmed.zoom.us/j/8347120098", "ryan.cho@glowmed.eu|Ryan Cho",
        ["ryan.cho@glowmed.eu|Ryan Cho", "marta.lewandowska@glowmed.eu|Marta Lewandowska", PN], utc=True)],
        1, "Glowmed", "Validation Specialist", "technical",
        ["ryan.cho@glowmed.eu", "marta.lewandowska@glowmed.eu"], ""))
    s.append(Spec("pos-fr-tel", "fr", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000STRAS42DB01000000000000000010000000AB99",
        "Entretien téléphonique - Chargée d'affaires réglementaires", "20261110T1400", 30,
        "Bonjour Madame Hartmann,\n\nSuite à votre candidature, je vous propose un premier échange téléphonique.\n"
        "Je vous appellerai au numéro indiqué.\n\nCordialement,\nCamille Roux\nChargée de recrutement\n"
        "Sanofi Winthrop Industrie - site de Strasbourg",
        "Téléphone", "camille.roux@sanofi.com|Roux, Camille", ["camille.roux@sanofi.com|Roux, Camille", PN])],
        1, "Sanofi", "Chargée d'affaires réglementaires", "recruiter_screen", ["camille.roux@sanofi.com"], ""))
    s.append(Spec("pos-fr-onsite", "fr", "google", [Ev(
        "strasb0urg0ns1te42a1b2c3d4@google.com", "Entretien sur site - Responsable Assurance Qualité - Hartmann",
        "20261117T0930", 150,
        "Bonjour Sabine,\n\nNous avons le plaisir de vous confirmer votre entretien dans nos locaux d'Illkirch.\n"
        "Vous rencontrerez :\n- Julien Masson, Directeur Qualité\n- Aurélie Fontaine, Responsable RH\n- "
        "Thierry Blanc, Responsable Production\n\nAdresse : Parc d'Innovation, 1 rue Jean Sapidus, Illkirch\n\n"
        "À bientôt,\nL'équipe RH - Lilly France",
        "1 rue Jean Sapidus, 67400 Illkirch-Graffenstaden", "aurelie.fontaine@lilly.com|Aurélie Fontaine",
        ["julien.masson@lilly.com|Julien Masson", "thierry.blanc@lilly.com|Thierry Blanc",
         "aurelie.fontaine@lilly.com|Aurélie Fontaine|REQ|ACCEPTED", P], utc=True)],
        1, "Lilly France", "Responsable Assurance Qualité", "onsite",
        ["julien.masson@lilly.com", "aurelie.fontaine@lilly.com", "thierry.blanc@lilly.com"], "", tz="Europe/Paris"))
    s.append(Spec("pos-fr-visio", "fr", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000GMED42DB0100000000000000001000000099CC01",
        "Entretien visio - Évaluatrice produit (organisme notifié)", "20261204T1000", 60,
        "Madame,\n\nNous vous confirmons l'entretien avec Mme Sophie Garnier (Responsable du pôle DM) et M. Karim "
        "Benali (auditeur principal). GMED SAS, Paris.\n\n"
        "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, une application mobile ou un appareil de salle\n"
        "Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_R01FRA>\n"
        "ID de la réunion : 341 552 880 12\nCode secret : 7kQ3Zp",
        "Réunion Microsoft Teams", "recrutement@lne-gmed.com|Recrutement GMED",
        ["sophie.garnier@lne-gmed.com|Garnier, Sophie", "karim.benali@lne-gmed.com|Benali, Karim", PN])],
        1, "GMED", "Évaluatrice produit", "", ["sophie.garnier@lne-gmed.com", "karim.benali@lne-gmed.com"],
        "domain_differs", tz="Europe/Paris"))
    s.append(Spec("pos-fr-terse", "fr", "apple", [Ev(
        "9A8B7C6D-5E4F-3A2B-1C0D-FEDCBA987654", "Entretien final Hager Group - Strasbourg",
        "20261209T1400", 60, "Direction qualité. RDV accueil bâtiment Ecolo", "Strasbourg", "", [],
        floating=True)],
        1, "Hager Group", "", "final", [], "handtyped", method=""))
    s.append(Spec("pos-fr-bale", "fr", "greenhouse", [Ev(
        "gh-sched-5590021-hm@greenhouse.io", "Entretien avec la responsable du recrutement - Specialiste QA",
        "20261211T0900", 45,
        "Bonjour Sabine,\n\nVotre entretien avec Nathalie Perrin (Head of QA, Straumann) est confirmé.\n"
        "Poste : Spécialiste Assurance Qualité (Bâle)\n\nRejoindre : https://straumann.zoom.us/j/6612009981",
        "Zoom", "no-reply@greenhouse.io|Straumann Group Careers",
        ["nathalie.perrin@straumann.com|Nathalie Perrin", PN], utc=True)],
        1, "Straumann", "Spécialiste Assurance Qualité", "hiring_manager", ["nathalie.perrin@straumann.com"],
        "ats_noreply", tz="Europe/Zurich"))
    s.append(Spec("pos-es-screen", "es", "google", [Ev(
        "3s9cr33n1ng7grifols00abcd@google.com", "Entrevista telefónica - Técnica de Calidad (Grifols)",
        "20261112T1000", 30,
        "Hola Sabine,\n\nGracias por tu candidatura al puesto de Técnica de Garantía de Calidad. Te llamaré para "
        "una primera conversación.\n\nUn saludo,\nMarta Vidal\nTalent Acquisition - Grifols\n\n"
        + boiler("meet", 2, "grf-xnpa-ewd"),
        "", "marta.vidal@grifols.com|Marta Vidal", ["marta.vidal@grifols.com|Marta Vidal|REQ|ACCEPTED", P],
        utc=True)],
        1, "Grifols", "Técnica de Garantía de Calidad", "recruiter_screen", ["marta.vidal@grifols.com"], "",
        tz="Europe/Madrid"))
    s.append(Spec("pos-es-tecnica", "es", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000ALMIR42DB0100000000000000001000000055DD",
        "Entrevista técnica - Especialista en Asuntos Regulatorios (remoto)", "20261201T1000", 60,
        "Estimada Sabine:\n\nTe confirmamos la entrevista técnica con Jordi Puig (Regulatory Affairs Manager) y "
        "Elena Soler (QA). Laboratorios Almirall, S.A.\n\n" + boiler("teams_en", 4, "QWxtaXI"),
        "Reunión de Microsoft Teams", "rrhh.seleccion@almirall.com|Selección Almirall",
        ["jordi.puig@almirall.com|Puig, Jordi", "elena.soler@almirall.com|Soler, Elena", PN])],
        1, "Almirall", "Especialista en Asuntos Regulatorios", "technical",
        ["jordi.puig@almirall.com", "elena.soler@almirall.com"], "", tz="Europe/Madrid"))
    s.append(Spec("pos-es-final", "es", "apple", [Ev(
        "5D4C3B2A-1F0E-4D9C-8B7A-6F5E4D3C2B1A", "Entrevista final con directora de calidad – Werfen",
        "20261215T1530", 60, "Videollamada. Puesto: QA Manager IVD. Preparar ejemplos CAPA.", "Teams", "", [])],
        1, "Werfen", "QA Manager IVD", "final", [], "handtyped", method=""))
    s.append(Spec("pos-de-work-fw", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000FW42DB0100000000000000001000000088EEAB",
        "WG: Einladung Interview Qualitätsingenieurin – Aesculap AG", "20261214T0900", 60,
        "-----Ursprüngliche Nachricht-----\nVon: Birgit Hammer <birgit.hammer@bbraun.com>\nAn: Sabine Hartmann "
        "<sabine.hartmann@t-online.de>\nBetreff: Einladung Interview Qualitätsingenieurin – Aesculap AG\n\n"
        "Sehr geehrte Frau Hartmann, Herr Dr. Peter Vogt (Leitung QM "
        "Instrumente) und ich freuen uns auf das Gespräch mit Ihnen. Teams-Link folgt.\n\n"
        "(an Geschäftskalender weitergeleitet)",
        "Teams", "birgit.hammer@bbraun.com|Hammer, Birgit",
        [PN, "peter.vogt@bbraun.com|Vogt, Peter Dr.", W])],
        1, "Aesculap", "Qualitätsingenieurin", "",
        ["birgit.hammer@bbraun.com", "peter.vogt@bbraun.com"], "forwarded_own_interview"))
    return s
