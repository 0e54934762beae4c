"""holdout93 positives: Thomas's own selection steps at EU institutions, agencies and bodies."""

from __future__ import annotations

from holdout93ev_ics import ME_FREE, ME_WORK, Ev, att, org, teams, webex
from holdout93ev_shapes import apple, ats, outlook

RST = "Romance Standard Time"
WEST = "W. Europe Standard Time"
UTCB = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
UTCA = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
ME_ATT = att(ME_FREE, "Thomas Vermeulen")


def epso_ac() -> Ev:
    desc = ("Concours général EPSO/AD/415/25 – Administrateurs (AD 7) – Transports et mobilité\n"
            "Convocation au centre d'évaluation (à distance) : entretien situationnel (30 min), entretien "
            "axé sur le domaine (45 min) puis exercice de groupe.\nSe connecter 30 min avant avec la pièce "
            "d'identité. Lien dans le compte EU CV Online.\nCandidat n° 2510447")
    text, uid = apple("h93-epso-ac", "EPSO AD/415/25 – centre d'évaluation (oral)", "20250610T083000",
                      "20250610T130000", desc=desc, location="À distance – plateforme EPSO")
    return Ev("epso-ac-apple-fr", text, uid, 1, "EPSO", "Administrateurs (AD 7) – Transports et mobilité", "",
              "", "epso-assessment-centre-fr")


def epso_cbt() -> Ev:
    desc = ("Appointment confirmation\nProgram: European Personnel Selection Office (EPSO)\n"
            "Exam: EPSO/AD/415/25 – Computer-based multiple-choice tests (verbal, numerical, abstract "
            "reasoning; EU knowledge)\nConfirmation number: 0000000571236884\nCandidate: VERMEULEN, THOMAS\n"
            "Please arrive 30 minutes before your appointment with a valid government-issued ID.")
    text, uid = ats("-//Prometric//Scheduling Confirmation 4.2//EN", "0000000571236884@prometric.com",
                    "EPSO Computer-Based Test – AD/415/25", "20250423T070000Z", "20250423T100000Z",
                    org("noreply@prometric.com", "Prometric Scheduling"), [ME_ATT], desc=desc,
                    location="Prometric Test Centre 8071, Chaussée de La Hulpe 177, 1170 Watermael-Boitsfort")
    return Ev("epso-cbt-prometric-en", text, uid, 1, "EPSO", "", "technical", "", "written-test-cbt-en")


def move_panel() -> Ev:
    desc = ("Dear Mr Vermeulen,\n\nFurther to your application for the temporary agent post of Policy Officer – "
            "Rail Interoperability (AD8, DG MOVE.C.2), we are pleased to invite you to an interview with the "
            "selection panel.\n\nPanel: Agnieszka KOWALSKA (Head of Unit, chair), Pieter DE SMET (Deputy Head "
            "of Unit), Elena MARINESCU (MOVE.C.4).\nThe interview (45 min) will start with a 10-minute "
            "presentation on the topic sent to you 30 minutes beforehand.\n\nGiulia ROSSI (MOVE HR Business "
            "Correspondent) coordinates the procedure and will meet you at reception; she does not take part in "
            "the panel.\n\nPlease bring your ID card and the originals of your diplomas.\n\nKind regards,\n"
            "MOVE HR Selection")
    text, uid = outlook(
        "h93-move", "Interview – Temporary Agent AD8 – Policy Officer Rail Interoperability (MOVE.C.2)",
        "20250515T140000", "20250515T150000", RST,
        org("MOVE-HR-SELECTION@ec.europa.eu", "MOVE HR SELECTION", sent_by="giulia.rossi@ec.europa.eu"),
        [ME_ATT, att("Agnieszka.KOWALSKA@ec.europa.eu", "KOWALSKA Agnieszka (MOVE)", ps="ACCEPTED"),
         att("Pieter.DE-SMET@ec.europa.eu", "DE SMET Pieter (MOVE)", ps="ACCEPTED"),
         att("Elena.MARINESCU@ec.europa.eu", "MARINESCU Elena (MOVE)"),
         att("Giulia.ROSSI@ec.europa.eu", "ROSSI Giulia (MOVE)", role="OPT-PARTICIPANT"),
         att("MOVE-DM24-05-112@ec.europa.eu", "MOVE DM24 05/112", cutype="ROOM", role="NON-PARTICIPANT")],
        desc=desc, location="DM24 05/112, Rue Demot 24, 1040 Bruxelles", lang="en-US")
    return Ev("commission-panel-outlook-en", text, uid, 1, "European Commission",
              "Policy Officer – Rail Interoperability", "onsite",
              "agnieszka.kowalska@ec.europa.eu;pieter.de-smet@ec.europa.eu;elena.marinescu@ec.europa.eu",
              "eu-panel-coordinator-room-en")


def cinea_test() -> Ev:
    desc = ("Dear candidate,\n\nYou are invited to the written test for the selection procedure "
            "CINEA/CA/FGIV/2025/07 – Project Adviser, Connecting Europe Facility (Transport).\n"
            "Duration: 90 minutes. The case file will be shared in the Teams chat at the start of the test. "
            "Keep your camera on throughout.\n\nCINEA Selection Team\n\n" + teams("en", "h93-cinea-test"))
    text, uid = outlook("h93-cinea-test", "CINEA – Written test – Project Adviser CEF Transport (FG IV)",
                        "20250429T093000", "20250429T110000", WEST,
                        org("CINEA-SELECTIONS@ec.europa.eu", "CINEA SELECTIONS"), [ME_ATT], desc=desc,
                        location="Microsoft Teams Meeting", lang="en-US")
    return Ev("cinea-written-test-teams-en", text, uid, 1, "CINEA", "Project Adviser CEF Transport", "technical",
              "", "written-test-teams-en")


def cinea_itw() -> Ev:
    text, uid = apple("h93-cinea-itw", "CINEA interview (Teams) – HoU C1 + 2", "20250520T103000",
                      "20250520T111500",
                      desc="Ingrid Larsen (Head of Unit) + Marco Bellini + someone from HR\nLink in mail from "
                           "CINEA-SELECTIONS 14/05\nPrep: CEF calls 2024, MAWP, reflow figures",
                      location="Teams")
    return Ev("cinea-itw-terse-apple", text, uid, 1, "CINEA", "", "hiring_manager", "Ingrid Larsen;Marco Bellini",
              "terse-user-typed-en")


def era() -> Ev:
    desc = ("Dear Mr Vermeulen,\n\nThank you for your interest in ERA/AD/2025/004 – Project Officer, Safety "
            "Management Systems. The Selection Committee invites you to a written test (60 min) followed by an "
            "interview (45 min) via Webex.\n\nSelection Committee: Matthieu Carpentier (Head of Unit, chair), "
            "Katarzyna Nowak, Jan Vos (staff committee observer).\n\nHR Sector – European Union Agency for "
            "Railways\n120 rue Marc Lefrancq, 59300 Valenciennes\n\n" + webex("en", "h93-era", "era-europa"))
    text, uid = outlook("h93-era", "ERA/AD/2025/004 – written test and interview", "20250506T090000",
                        "20250506T111500", UTCB, org("recruitment@era.europa.eu", "ERA Recruitment"),
                        [ME_ATT, att("matthieu.carpentier@era.europa.eu", "Carpentier, Matthieu"),
                         att("katarzyna.nowak@era.europa.eu", "Nowak, Katarzyna"),
                         att("jan.vos@era.europa.eu", "Vos, Jan", role="OPT-PARTICIPANT")],
                        desc=desc, location="Webex", lang="en-GB")
    return Ev("era-webex-utczone-en", text, uid, 1, "European Union Agency for Railways",
              "Project Officer, Safety Management Systems", "",
              "matthieu.carpentier@era.europa.eu;katarzyna.nowak@era.europa.eu",
              "agency-observer-webex-en")


def eprs() -> Ev:
    desc = ("Dear Mr Vermeulen,\nFollowing the pre-selection for vacancy notice PE/301/S – Policy Analyst "
            "(AD7), Members' Research Service, we invite you to an interview with the Head of Unit and two "
            "members of the selection committee.\nThe interview will be held by videoconference.\n\nBest "
            "regards,\nRecruitment and Selection Unit – DG EPRS\n\n" + teams("en", "h93-eprs"))
    text, uid = outlook("h93-eprs", "Interview PE/301/S – Policy Analyst (Members' Research Service)",
                        "20250603T100000", "20250603T104500", UTCA,
                        org("eprs-recruitment@europarl.europa.eu", "EPRS Recruitment",
                            sent_by="noemi.schiltz@europarl.europa.eu"),
                        [ME_ATT, att("sebastian.kurz-lindner@europarl.europa.eu", "KURZ-LINDNER Sebastian"),
                         att("ana.ferreira@europarl.europa.eu", "FERREIRA Ana"),
                         att("lukas.dvorak@europarl.europa.eu", "DVORAK Lukas")],
                        desc=desc, location="Microsoft Teams Meeting", lang="en-GB")
    return Ev("parliament-teams-utczone-en", text, uid, 1, "European Parliament", "Policy Analyst",
              "hiring_manager",
              "sebastian.kurz-lindner@europarl.europa.eu;ana.ferreira@europarl.europa.eu;lukas.dvorak@europarl.europa.eu",
              "parliament-sent-by-en")


def eca_final() -> Ev:
    desc = ("Monsieur,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste d'auditeur "
            "(AD 7) à la Chambre II « Investissements pour la cohésion, la croissance et l'inclusion ».\n"
            "Vous serez reçu par M. Nikos Papadakis (directeur) et Mme Sabine Weber (cheffe de cabinet du "
            "Membre rapporteur).\nMerci de vous présenter à l'accueil du bâtiment K2 15 minutes à l'avance.\n\n"
            "Unité Recrutement, Cour des comptes européenne")
    text, uid = outlook("h93-eca", "Entretien final – Auditeur AD 7 – Chambre II", "20250618T143000",
                        "20250618T153000", WEST,
                        org("ECA-RECRUTEMENT@eca.europa.eu", "ECA-RECRUTEMENT"),
                        [ME_ATT, att("nikos.papadakis@eca.europa.eu", "PAPADAKIS Nikos"),
                         att("sabine.weber@eca.europa.eu", "WEBER Sabine"),
                         att("K2-0.12@eca.europa.eu", "K2 0.12 (8)", cutype="ROOM", role="NON-PARTICIPANT")],
                        desc=desc, location="K2 0.12, 12 rue Alcide De Gasperi, L-1615 Luxembourg")
    return Ev("eca-final-outlook-fr", text, uid, 1, "Cour des comptes européenne", "Auditeur (AD 7)", "final",
              "nikos.papadakis@eca.europa.eu;sabine.weber@eca.europa.eu", "final-room-fr")


def eib_screen() -> Ev:
    desc = ("Hello Thomas,\n\nThis is to confirm your phone screening for Senior Transport Economist "
            "(Job Requisition R-0042117) with Talent Acquisition.\nKarin Hoffmann will call you on "
            "+32 475 61 88 20.\n\nEuropean Investment Bank – Talent Acquisition\n"
            "This invitation was generated by Workday.")
    text, uid = ats("-//Workday Inc.//Workday Calendar 1.0//EN", "WD-INT-8842197-0@myworkday.com",
                    "Phone Screen: Senior Transport Economist (R-0042117)", "20250414T120000Z",
                    "20250414T123000Z", org("eib@myworkday.com", "EIB Talent Acquisition"),
                    [ME_ATT, att("k.hoffmann@eib.org", "Karin Hoffmann")], desc=desc, location="Phone")
    return Ev("eib-workday-phone-en", text, uid, 1, "European Investment Bank", "Senior Transport Economist",
              "recruiter_screen", "k.hoffmann@eib.org", "workday-phone-screen-en")


def eib_panel() -> Ev:
    desc = ("Dear Thomas,\n\nWe are pleased to confirm your panel interview for the position of Senior "
            "Transport Economist (Projects Directorate, Transport Division).\n\nPanel:\n- Ruta Kaminskaite, Head "
            "of Division\n- Olivier Marchal, Lead Economist\n- Henrik Olsen, Senior Engineer\n\nMarta Silva "
            "(HR) will welcome you at the East Building reception and accompany you; she will not sit on the "
            "panel.\nThe interview includes a 20-minute technical case.\n\nKind regards,\nTalent Acquisition")
    text, uid = outlook("h93-eib-panel", "EIB – panel interview – Senior Transport Economist", "20250522T090000",
                        "20250522T103000", UTCA,
                        org("m.silva@eib.org", "Silva, Marta"),
                        [ME_ATT, att("r.kaminskaite@eib.org", "Kaminskaite, Ruta"),
                         att("o.marchal@eib.org", "Marchal, Olivier"), att("h.olsen@eib.org", "Olsen, Henrik"),
                         att("EB-2-117@eib.org", "EIB East Building 2-117", cutype="ROOM", role="NON-PARTICIPANT")],
                        desc=desc, location="EIB East Building 2-117, 98-100 bd Konrad Adenauer, Luxembourg",
                        lang="en-GB")
    return Ev("eib-panel-coordinator-en", text, uid, 1, "European Investment Bank", "Senior Transport Economist",
              "onsite", "r.kaminskaite@eib.org;o.marchal@eib.org;h.olsen@eib.org", "panel-coordinator-room-en")


def eurocontrol_tech() -> Ev:
    desc = ("Hi Thomas,\n\nYour technical interview for Aviation Policy Expert (Ref. EC-2025-118) is confirmed.\n"
            "Interviewers: Dimitris Alexiou (Head of Aviation Strategy), Lea Brandt (Senior Policy Expert).\n"
            "Format: 60 min, incl. a short exercise on the Single European Sky reform.\n\n"
            + teams("en", "h93-eurocontrol") + "\n\nPowered by SmartRecruiters")
    text, uid = ats("-//SmartRecruiters//Interview Scheduler//EN", "sr-itw-3b1c77e0-8a3f@smartrecruiters.com",
                    "Technical Interview: Aviation Policy Expert – EUROCONTROL", "20250508T130000Z",
                    "20250508T140000Z", org("anna.kessels@eurocontrol.int", "Anna Kessels"),
                    [ME_ATT, att("dimitris.alexiou@eurocontrol.int", "Dimitris Alexiou"),
                     att("lea.brandt@eurocontrol.int", "Lea Brandt")], desc=desc, location="Microsoft Teams")
    return Ev("eurocontrol-smartrecruiters-en", text, uid, 1, "EUROCONTROL", "Aviation Policy Expert", "technical",
              "dimitris.alexiou@eurocontrol.int;lea.brandt@eurocontrol.int", "smartrecruiters-technical-en")


def eurocontrol_final() -> Ev:
    desc = ("Hi Thomas,\n\nAs discussed by phone, we had to move your final interview from Tuesday 3 June to "
            "Thursday 5 June, same time. Apologies for the change.\n\nYou will meet the Director Network "
            "Manager, Raúl Medina, and the Head of HR Business Partnering, Chantal Dewulf.\n\nEUROCONTROL, "
            "Rue de la Fusée 96, 1130 Brussels – please register at the visitors' desk.\n\nBest,\nAnna Kessels\n"
            "Talent Acquisition")
    text, uid = ats("-//SmartRecruiters//Interview Scheduler//EN", "sr-itw-9f02d4aa-5c61@smartrecruiters.com",
                    "Updated: Final Interview – Aviation Policy Expert", "20250605T080000Z", "20250605T091500Z",
                    org("anna.kessels@eurocontrol.int", "Anna Kessels"),
                    [ME_ATT, att("raul.medina@eurocontrol.int", "Raúl Medina"),
                     att("chantal.dewulf@eurocontrol.int", "Chantal Dewulf")], desc=desc,
                    location="EUROCONTROL HQ, Rue de la Fusée 96, 1130 Brussels", seq=2)
    return Ev("eurocontrol-rescheduled-en", text, uid, 1, "EUROCONTROL", "Aviation Policy Expert", "final",
              "raul.medina@eurocontrol.int;chantal.dewulf@eurocontrol.int", "rescheduled-sequence-en")


def itf() -> Ev:
    desc = ("Dear Thomas,\n\nThank you for your availability. This is your interview with the Head of "
            "Division, Maria Santos, for the Policy Analyst – Rail and Decarbonisation "
            "position at the International Transport Forum (ITF).\nLisa Grün from our HR team set up this call.\n\n"
            + teams("en", "h93-itf"))
    text, uid = outlook("h93-itf", "ITF – Policy Analyst (Rail & Decarbonisation) – interview with Head of Division",
                        "20250430T150000", "20250430T154500", RST,
                        org("lisa.grun@itf-oecd.org", "GRÜN Lisa, ITF/SG"),
                        [ME_ATT, att("maria.santos@itf-oecd.org", "SANTOS Maria, ITF/RES")], desc=desc,
                        location="Microsoft Teams Meeting", lang="en-GB")
    return Ev("itf-hm-outlook-en", text, uid, 1, "International Transport Forum",
              "Policy Analyst – Rail and Decarbonisation", "hiring_manager", "maria.santos@itf-oecd.org",
              "cn-comma-hiring-manager-en")


def eesc() -> Ev:
    desc = ("Monsieur Vermeulen,\n\nSuite à votre candidature à l'avis de vacance CESE/AD/17/25 (administrateur "
            ", section spécialisée TEN), vous êtes convoqué à un entretien avec le comité de sélection.\n"
            "Membres : Mme Ioana Popescu (cheffe d'unité TEN), M. Francesco Amato, Mme Leen Claes.\n"
            "Bâtiment JDE, rue Belliard 99, 1040 Bruxelles – salle JDE 3251.\n\nUnité Sélection et recrutement")
    text, uid = outlook("h93-eesc", "Entretien – CESE/AD/17/25 – Administrateur section TEN", "20250527T100000",
                        "20250527T110000", RST, org("selection@eesc.europa.eu", "CESE Sélection"),
                        [ME_ATT, att("ioana.popescu@eesc.europa.eu", "Popescu Ioana"),
                         att("francesco.amato@eesc.europa.eu", "Amato Francesco"),
                         att("leen.claes@eesc.europa.eu", "Claes Leen")], desc=desc,
                        location="JDE 3251, rue Belliard 99, Bruxelles")
    return Ev("eesc-outlook-fr", text, uid, 1, "Comité économique et social européen", "Administrateur", "",
              "ioana.popescu@eesc.europa.eu;francesco.amato@eesc.europa.eu;leen.claes@eesc.europa.eu",
              "eu-body-nostage-fr")


def cor() -> Ev:
    desc = ("Geachte heer Vermeulen,\n\nNaar aanleiding van uw sollicitatie voor de functie van "
            "beleidsmedewerker (AD 6) bij de COTER-commissie nodigen wij u uit voor een gesprek met de "
            "selectiecommissie (Frank Peeters, Marta Jiménez, Ruth Gallagher).\nHet gesprek verloopt in het "
            "Engels en het Frans.\n\nMet vriendelijke groet,\nEenheid Selectie – Europees Comité van de Regio's\n\n"
            + teams("nl", "h93-cor"))
    text, uid = outlook("h93-cor", "Selectiegesprek beleidsmedewerker COTER", "20250609T140000",
                        "20250609T144500", RST, org("selectie@cor.europa.eu", "CvdR Selectie"),
                        [ME_ATT, att("frank.peeters@cor.europa.eu", "Peeters Frank"),
                         att("marta.jimenez@cor.europa.eu", "Jiménez Marta"),
                         att("ruth.gallagher@cor.europa.eu", "Gallagher Ruth")], desc=desc,
                        location="Microsoft Teams-vergadering", lang="nl-BE")
    return Ev("cor-teams-nl", text, uid, 1, "Europees Comité van de Regio's", "beleidsmedewerker", "",
              "frank.peeters@cor.europa.eu;marta.jimenez@cor.europa.eu;ruth.gallagher@cor.europa.eu",
              "selection-interview-nl")


def eulisa() -> Ev:
    desc = ("Dear Candidate,\nYou are invited to the written test for EULISA/TA/AD/2025/003 – Programme Manager.\n"
            "The test will be taken on your own computer under remote supervision. Please join 15 minutes early.\n"
            "\n" + webex("en", "h93-eulisa", "eulisa"))
    text, uid = ats("-//Cisco//Webex Meetings//EN", "Webex-h93-eulisa-7731@eulisa.webex.com",
                    "eu-LISA – Written test – Programme Manager (TA AD7)", "20250505T100000", "20250505T113000",
                    org("selection@eulisa.europa.eu", "eu-LISA Selection"), [ME_ATT], desc=desc, tz="Europe/Paris",
                    location="Webex")
    return Ev("eulisa-webex-test-en", text, uid, 1, "eu-LISA", "Programme Manager", "technical", "",
              "webex-written-test-en")


def eea() -> Ev:
    desc = ("Dear Thomas,\n\nPlease find below the Teams link for your interview for EEA/AD/2025/06 – Expert on "
            "transport and environment. The selection board: Cristina Moretti, Søren Hansen, Vera Nováková.\n\n"
            + teams("en", "h93-eea"))
    text, uid = outlook("h93-eea", "Interview EEA/AD/2025/06", "20250521T110000", "20250521T115000", RST,
                        org("recruitment@eea.europa.eu", "EEA Recruitment"),
                        [ME_ATT, att("cristina.moretti@eea.europa.eu", "Cristina Moretti"),
                         att("soren.hansen@eea.europa.eu", "Søren Hansen"),
                         att("vera.novakova@eea.europa.eu", "Vera Nováková")], desc=desc,
                        location="Microsoft Teams Meeting", lang="en-US")
    return Ev("eea-teams-en", text, uid, 1, "European Environment Agency", "Expert on transport and environment", "",
              "cristina.moretti@eea.europa.eu;soren.hansen@eea.europa.eu;vera.novakova@eea.europa.eu",
              "agency-code-only-summary-en")


def eurail() -> Ev:
    desc = ("Dear Mr Vermeulen,\nWe are happy to invite you to the next step of selection EU-RAIL/TA/2025/02 – "
            "Policy Officer: a written test (45 min) followed by an interview with the selection committee.\n"
            "Location: White Atrium, Avenue de la Toison d'Or 56-60, 1060 Brussels, 4th floor.\n\n"
            "Europe's Rail Joint Undertaking – HR")
    text, uid = outlook("h93-eurail", "Invitation: written test & interview – Policy Officer (EU-RAIL/TA/2025/02)",
                        "20250612T090000", "20250612T120000", WEST, org("hr@rail-research.europa.eu", "EU-Rail HR"),
                        [ME_ATT], desc=desc, location="White Atrium, Av. de la Toison d'Or 56-60, Brussels",
                        lang="en-GB")
    return Ev("eurail-test-interview-en", text, uid, 1, "Europe's Rail Joint Undertaking", "Policy Officer", "", "",
              "joint-undertaking-en")


def emsa() -> Ev:
    desc = ("Dear Mr Vermeulen,\n\nWe are pleased to invite you to the final interview for EMSA/TA/09/2025 – "
            "Project Officer, Sustainability with the Executive Director, Ms Helena Duarte, and the Head of "
            "Department, Mr Paulo Correia. Please note the time is Lisbon time.\n\n"
            + webex("en", "h93-emsa", "emsa"))
    text, uid = ats("-//Cisco//Webex Meetings//EN", "Webex-h93-emsa-20250611@emsa.webex.com",
                    "EMSA – Final interview with the Executive Director", "20250611T093000", "20250611T101500",
                    org("recruitment@emsa.europa.eu", "EMSA Recruitment"),
                    [ME_ATT, att("helena.duarte@emsa.europa.eu", "Helena Duarte"),
                     att("paulo.correia@emsa.europa.eu", "Paulo Correia")], desc=desc, tz="Europe/Lisbon",
                    location="Webex")
    return Ev("emsa-lisbon-final-en", text, uid, 1, "EMSA", "Project Officer, Sustainability", "final",
              "helena.duarte@emsa.europa.eu;paulo.correia@emsa.europa.eu", "lisbon-tz-final-en")


def rp_belgique() -> Ev:
    desc = ("Cher Monsieur Vermeulen,\n\nL'Ambassadeur adjoint, M. Geoffroy de Hemptinne, vous recevra pour "
            "un entretien dans le cadre de la sélection du/de la conseiller·ère Transport (Coreper I). "
            "Mme Hilde Verstraeten, cheffe de la section Transports, y assistera.\n\nBien à vous,\n"
            "Secrétariat de l'Ambassadeur adjoint")
    text, uid = outlook("h93-rp", "Entretien – conseiller Transport – RP Belgique", "20250416T173000",
                        "20250416T181500", RST,
                        org("secretariat.dpr@diplobel.fed.be", "Secrétariat DPR",
                            sent_by="ann.goossens@diplobel.fed.be"),
                        [att(ME_WORK, "Vermeulen Thomas (SPF Mobilité)"),
                         att("geoffroy.dehemptinne@diplobel.fed.be", "de Hemptinne Geoffroy"),
                         att("hilde.verstraeten@diplobel.fed.be", "Verstraeten Hilde")], desc=desc,
                        location="Rue de la Loi 61-63, 1040 Bruxelles – bureau 8.14")
    return Ev("rp-belgique-work-address-fr", text, uid, 1, "Représentation permanente de la Belgique auprès de l'UE",
              "conseiller Transport", "hiring_manager",
              "geoffroy.dehemptinne@diplobel.fed.be;hilde.verstraeten@diplobel.fed.be", "work-address-own-fr")


ALL = [epso_ac, epso_cbt, move_panel, cinea_test, cinea_itw, era, eprs, eca_final, eib_screen, eib_panel,
       eurocontrol_tech, eurocontrol_final, itf, eesc, cor, eulisa, eea, eurail, emsa, rp_belgique]


def build() -> list[Ev]:
    return [f() for f in ALL]
