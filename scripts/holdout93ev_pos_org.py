"""holdout93 positives: NGOs, associations, Belgian and Luxembourg public employers, the UN."""

from __future__ import annotations

from holdout93ev_ics import ME_FREE, Ev, att, meet, org, teams, zoom
from holdout93ev_shapes import ats, google, outlook, thunderbird

ME_ATT = att(ME_FREE, "Thomas Vermeulen")
ME_G = ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        ";CN=thomas.vermeulen@proximus.be;X-NUM-GUESTS=0:mailto:thomas.vermeulen@proximus.be")


def gatt(email: str, cn: str = "", ps: str = "ACCEPTED") -> str:
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};CN={cn or email};X-NUM-GUESTS=0:"
            f"mailto:{email}")


def te_screen() -> Ev:
    mtxt, url = meet("en", "h93-te1")
    desc = ("Hi Thomas,\n\nThanks for applying to Senior Policy Officer – Rail at Transport & Environment! This is "
            "a first 30-minute call with Ines Carvalho from our People team about your motivation, salary "
            "expectations and availability.\n\n" + mtxt + "\n\n--\nScheduled with Workable")
    text, uid = ats("-//Workable//Workable Calendar//EN", "wk-ev-5513029-thomas-vermeulen@workable.com",
                    "Interview for Senior Policy Officer – Rail at Transport & Environment", "20250407T080000Z",
                    "20250407T083000Z", org("ines.carvalho@transportenvironment.org", "Ines Carvalho"),
                    [ME_ATT], desc=desc, location=url)
    return Ev("te-workable-en", text, uid, 1, "Transport & Environment", "Senior Policy Officer – Rail",
              "recruiter_screen", "ines.carvalho@transportenvironment.org", "workable-people-team-en")


def te_case() -> Ev:
    mtxt, url = meet("en", "h93-te2")
    desc = ("Round 2: 20 min presentation of your case study (rail freight corridors & the Weights and Dimensions "
            "file), followed by 25 min Q&A with Jonas Lindqvist (Rail Director) and Marta Ruiz (Freight Manager).\n"
            "Please send your slides to Ines by 9:00.\n\n" + mtxt)
    text, uid = google("h93-te2", "T&E case study presentation – Thomas Vermeulen", "20250417T120000Z",
                       "20250417T130000Z", org("ines.carvalho@transportenvironment.org", "Ines Carvalho"),
                       [gatt("ines.carvalho@transportenvironment.org", "Ines Carvalho"), ME_G,
                        gatt("jonas.lindqvist@transportenvironment.org", "Jonas Lindqvist"),
                        gatt("marta.ruiz@transportenvironment.org", "Marta Ruiz", "TENTATIVE")],
                       desc=desc, location=url, conf=url)
    return Ev("te-case-google-en", text, uid, 1, "Transport & Environment", "", "technical",
              "jonas.lindqvist@transportenvironment.org;marta.ruiz@transportenvironment.org",
              "google-case-organiser-not-interviewer-en")


def polis() -> Ev:
    desc = ("Project Manager – Urban Freight & Logistics (POLIS network)\n\nA first conversation with Hélène "
            "Dubois, Deputy Secretary General.\n\nWhat: 30 min\nWhere: Zoom\n\n" + zoom("en", "h93-polis")
            + "\n\nNeed to make changes to this event?\nCancel: https://cal.com/booking/7gHq2mV4x9Kp?cancel=true\n"
            "Reschedule: https://cal.com/reschedule/7gHq2mV4x9Kp")
    text, uid = ats("-//Cal.com Inc.//Cal.com Event//EN", "7gHq2mV4x9Kp@Cal.com",
                    "30 min between Hélène Dubois and Thomas Vermeulen", "20250410T073000Z", "20250410T080000Z",
                    org("hdubois@polisnetwork.eu", "Hélène Dubois"), [ME_ATT], desc=desc,
                    location="https://us06web.zoom.us/j/88412093311", method="PUBLISH")
    return Ev("polis-calcom-body-only-en", text, uid, 1, "POLIS", "Project Manager – Urban Freight & Logistics",
              "recruiter_screen", "hdubois@polisnetwork.eu", "calcom-company-in-body-en")


def uitp() -> Ev:
    desc = ("Dear Thomas,\n\nYou are invited to an interview with Mathilde Garnier, Director EU Affairs, for the "
            "position Senior Manager EU Affairs.\n\nUITP – International Association of Public Transport\n"
            "Rue Sainte-Marie 6, 1080 Brussels\n\nSent via Recruitee")
    text, uid = ats("-//Recruitee//Interview Scheduler//EN", "recruitee-interview-2281904@recruitee.com",
                    "Interview: Thomas Vermeulen – Senior Manager EU Affairs", "20250424T083000Z",
                    "20250424T093000Z", org("jobs@uitp.recruitee.com", "UITP Careers"),
                    [ME_ATT, att("mathilde.garnier@uitp.org", "Mathilde Garnier")], desc=desc,
                    location="UITP, Rue Sainte-Marie 6, 1080 Brussels")
    return Ev("uitp-recruitee-en", text, uid, 1, "UITP", "Senior Manager EU Affairs", "hiring_manager",
              "mathilde.garnier@uitp.org", "recruitee-address-only-company-en")


def ecf() -> Ev:
    desc = ("Hi Thomas,\n\nWe are happy to invite you to the second and final interview for the position of "
            "Policy Director at the European Cyclists' Federation. You will meet Jill Warren (CEO) and "
            "Bart Dewilde (Board member).\n\nWhere: ECF office, Mundo-Madou, Avenue des Arts 7-8, 1210 Brussels\n\n"
            "Best regards,\nLaura Meunier\nHR & Office\n\n— Sent via Personio")
    text, uid = ats("-//Personio GmbH//Personio Recruiting//EN", "personio-app-91833-round2@personio.de",
                    "2nd interview – Policy Director – Thomas Vermeulen", "20250513T070000Z", "20250513T083000Z",
                    org("laura.meunier@ecf.com", "Laura Meunier"),
                    [ME_ATT, att("j.warren@ecf.com", "Jill Warren"), att("bart.dewilde@gmail.com", "Bart Dewilde")],
                    desc=desc, location="ECF, Avenue des Arts 7-8, 1210 Brussels")
    return Ev("ecf-personio-final-en", text, uid, 1, "European Cyclists' Federation", "Policy Director", "final",
              "j.warren@ecf.com;bart.dewilde@gmail.com", "personio-board-gmail-en")


def etsc() -> Ev:
    desc = ("Event Name: Screening call (20 min)\n\nPlease share anything that will help prepare for our meeting.: "
            "Application Programme Manager Road Safety (ETSC) – Thomas Vermeulen\n\nLocation: This is a phone call. "
            "Ellen Wouters will call you at +32475618820\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/4c8f1a2e-91d0-4b2a-8e77-0aa1b3e5d6f2\n"
            "Reschedule: https://calendly.com/reschedulings/4c8f1a2e-91d0-4b2a-8e77-0aa1b3e5d6f2\n\n"
            "Powered by Calendly.com")
    text, uid = ats("-//Calendly//Calendly//EN", "4c8f1a2e-91d0-4b2a-8e77-0aa1b3e5d6f2@calendly.com",
                    "Thomas Vermeulen and Ellen Wouters", "20250409T123000Z", "20250409T125000Z",
                    org("ellen.wouters@etsc.eu", "Ellen Wouters"), [ME_ATT], desc=desc,
                    location="+32475618820")
    return Ev("etsc-calendly-phone-en", text, uid, 1, "ETSC", "Programme Manager Road Safety", "recruiter_screen",
              "ellen.wouters@etsc.eu", "calendly-user-invitee-en")


def cer() -> Ev:
    desc = ("Dear Mr Vermeulen,\n\nOn behalf of Ms Karin Aalders, Executive Director, "
            "I am pleased to confirm your final interview for the position of Head of Freight & Infrastructure "
            "Policy. Ms Aalders will be joined by Mr Ignacio Barrón, Deputy Executive Director.\n\nI will welcome "
            "you at reception.\n\nKind regards,\nSandrine Lefort\nExecutive Assistant")
    text, uid = outlook("h93-cer", "Final interview – Head of Freight & Infrastructure Policy – CER", "20250526T150000",
                        "20250526T160000", "Romance Standard Time",
                        org("karin.aalders@cer.be", "Aalders, Karin", sent_by="sandrine.lefort@cer.be"),
                        [ME_ATT, att("ignacio.barron@cer.be", "Barrón, Ignacio"),
                         att("sandrine.lefort@cer.be", "Lefort, Sandrine", role="OPT-PARTICIPANT")],
                        desc=desc, location="CER, Avenue des Arts 53, 1000 Bruxelles", lang="en-GB")
    return Ev("cer-sent-by-assistant-en", text, uid, 1, "CER", "Head of Freight & Infrastructure Policy", "final",
              "karin.aalders@cer.be;ignacio.barron@cer.be", "sent-by-assistant-final-en")


def brumob() -> Ev:
    desc = ("Madame, Monsieur,\n\nNous avons le plaisir de vous inviter à l'épreuve orale pour la fonction "
            "d'attaché·e (A2) – Politique du stationnement pour Bruxelles Mobilité (réf. BMOB-2025-11).\n"
            "Le jury sera composé de Mme Nadia El Amrani (directrice Stratégie), M. Koen Verbist (expert) et "
            "d'un·e assesseur·e de talent.brussels.\n\nEn pratique : Iris Tower, place Saint-Lazare 2, 1035 "
            "Bruxelles. Présentez-vous 15 minutes avant l'heure prévue.\n\ntalent.brussels – Service Sélection")
    text, uid = outlook("h93-brumob", "Épreuve orale – Attaché A2 Politique du stationnement (BMOB-2025-11)",
                        "20250508T093000", "20250508T103000", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
                        org("selection@talent.brussels", "talent.brussels Sélection"), [ME_ATT], desc=desc,
                        location="Iris Tower, place Saint-Lazare 2, 1035 Bruxelles")
    return Ev("bruxelles-mobilite-talent-fr", text, uid, 1, "Bruxelles Mobilité",
              "Attaché (A2) – Politique du stationnement", "", "Nadia El Amrani;Koen Verbist",
              "selection-office-not-employer-fr")


def sncb() -> Ev:
    desc = ("Bonjour Thomas,\n\nVotre entretien pour le poste Expert Affaires européennes (H/F/X) – réf. 62194 est "
            "confirmé. Vous rencontrerez votre futur manager, M. Olivier Baudoux (Head of EU & International "
            "Affairs).\n\nSNCB – Rue de France 56, 1060 Bruxelles\n\nCeci est un message automatique de SAP "
            "SuccessFactors. Merci de ne pas y répondre.")
    text, uid = ats("-//SAP SuccessFactors//Interview Scheduling//FR", "SF-ISC-62194-1127733@successfactors.eu",
                    "Entretien – Expert Affaires européennes (H/F/X)", "20250505T120000Z", "20250505T130000Z",
                    org("noreply@successfactors.eu", "SNCB Recruitment"),
                    [ME_ATT, att("olivier.baudoux@sncb.be", "Baudoux Olivier")], desc=desc,
                    location="Rue de France 56, 1060 Bruxelles")
    return Ev("sncb-successfactors-fr", text, uid, 1, "SNCB", "Expert Affaires européennes", "hiring_manager",
              "olivier.baudoux@sncb.be", "successfactors-manager-fr")


def infrabel() -> Ev:
    desc = ("Beste Thomas,\n\nBedankt voor je boeking. Hieronder vind je de details van je kennismakingsgesprek "
            "met Wim Van Damme (Talent Acquisition) voor de functie Adviseur Europese zaken.\n\nDienst: "
            "Kennismakingsgesprek (30 min)\nPersoneel: Wim Van Damme\n\n" + teams("nl", "h93-infrabel")
            + "\n\nAfspraak wijzigen of annuleren: https://outlook.office365.com/owa/calendar/InfrabelRecruitment@"
            "infrabel.be/bookings/")
    text, uid = outlook("h93-infrabel", "Kennismakingsgesprek – Adviseur Europese zaken", "20250411T100000",
                        "20250411T103000", "Romance Standard Time",
                        org("InfrabelRecruitment@infrabel.be", "Infrabel Recruitment"),
                        [ME_ATT, att("wim.vandamme@infrabel.be", "Van Damme Wim")], desc=desc,
                        location="Microsoft Teams-vergadering", lang="nl-BE", prodid="Microsoft Exchange Server 2010")
    return Ev("infrabel-bookings-nl", text, uid, 1, "Infrabel", "Adviseur Europese zaken", "recruiter_screen",
              "wim.vandamme@infrabel.be", "bookings-nl")


def stib() -> Ev:
    desc = ("Bonjour Monsieur Vermeulen,\n\nComme convenu par téléphone, voici l'invitation pour votre entretien de "
            "sélection pour la fonction de Conseiller stratégique Relations institutionnelles. Vous serez reçu par "
            "Mme Isabelle Moreau (Directrice Stratégie) et M. Tom Geerts (Head of Public Affairs).\n\nAdresse : "
            "STIB-MIVB, rue Royale 76, 1000 Bruxelles – 4e étage.\n\nCordialement,\nAurélie Dumont\nTalent "
            "Acquisition")
    text, uid = outlook("h93-stib", "Entretien de sélection – Conseiller stratégique Relations institutionnelles",
                        "20250604T133000", "20250604T143000", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
                        org("imoreau@stib.brussels", "Moreau Isabelle", sent_by="adumont@stib.brussels"),
                        [ME_ATT, att("tgeerts@stib.brussels", "Geerts Tom"),
                         att("adumont@stib.brussels", "Dumont Aurélie", role="OPT-PARTICIPANT")],
                        desc=desc, location="STIB-MIVB, rue Royale 76, 1000 Bruxelles")
    return Ev("stib-sent-by-fr", text, uid, 1, "STIB", "Conseiller stratégique Relations institutionnelles", "",
              "imoreau@stib.brussels;tgeerts@stib.brussels", "organiser-interviews-sent-by-ta-fr")


def frb() -> Ev:
    desc = ("Bonjour Thomas,\n\nMerci pour votre candidature au poste de Chargé(e) de projets Mobilité & Climat. "
            "Nous vous proposons un premier entretien par Zoom avec Anne-Sophie Lenoir, responsable de programme.\n\n"
            + zoom("fr", "h93-frb", "kbs-frb"))
    text, uid = outlook("h93-frb", "Entretien – Chargé(e) de projets Mobilité & Climat", "20250415T140000",
                        "20250415T144500", "Romance Standard Time", org("lenoir.a@kbs-frb.be", "Lenoir Anne-Sophie"),
                        [ME_ATT], desc=desc, location="Zoom")
    return Ev("frb-zoom-fr", text, uid, 1, "Fondation Roi Baudouin", "Chargé(e) de projets Mobilité & Climat", "",
              "lenoir.a@kbs-frb.be", "zoom-fr-organiser-interviews")


def lux_ministry() -> Ev:
    desc = ("Monsieur,\n\nSuite à votre candidature pour le poste de chargé de mission affaires européennes "
            "(carrière A1), j'ai l'honneur de vous inviter à un entretien d'embauche au Ministère de la Mobilité "
            "et des Travaux publics, 4, place de l'Europe, L-1499 Luxembourg.\nLe jury sera présidé par M. Marc "
            "Hoffmann, premier conseiller de gouvernement.\n\nVeuillez agréer, Monsieur, l'expression de mes "
            "sentiments distingués.\nService des ressources humaines")
    text, uid = thunderbird("h93-lux", "Entretien d'embauche – chargé de mission affaires européennes (A1)",
                            "20250528T100000", "20250528T110000", tz="Europe/Luxembourg", desc=desc,
                            location="4, place de l'Europe, L-1499 Luxembourg",
                            organizer=org("rh@mmtp.etat.lu", "Ressources humaines MMTP"),
                            attendees=(ME_ATT, att("marc.hoffmann@mmtp.etat.lu", "Marc Hoffmann")), method="REQUEST")
    return Ev("lux-ministry-thunderbird-fr", text, uid, 1, "Ministère de la Mobilité et des Travaux publics",
              "chargé de mission affaires européennes", "", "marc.hoffmann@mmtp.etat.lu", "luxembourg-tz-fr")


def unece() -> Ev:
    desc = ("Dear Mr. Thomas Vermeulen,\n\nWith reference to Job Opening 25-ECO-UNECE-251877-R-GENEVA (G), "
            "Economic Affairs Officer, P3, Sustainable Transport Division, you are invited to a competency-based "
            "interview. Times are in UTC. The panel will consist of three members.\n\nPlease have your ID "
            "ready.\n\n" + teams("en", "h93-unece") + "\n\nHuman Resources Management Section, UNOG")
    text, uid = outlook("h93-unece", "Competency-based interview – Economic Affairs Officer (P3), Sustainable "
                        "Transport Division", "20250616T120000Z", "20250616T130000Z", "",
                        org("unece-interviews@un.org", "UNECE Interviews"),
                        [ME_ATT, att("yuki.tanaka@un.org", "Yuki Tanaka"), att("f.mensah@un.org", "Francis Mensah"),
                         att("ilse.baumann@un.org", "Ilse Baumann")], desc=desc, location="Microsoft Teams Meeting",
                        lang="en-US")
    return Ev("unece-utc-panel-en", text, uid, 1, "UNECE", "Economic Affairs Officer", "",
              "yuki.tanaka@un.org;f.mensah@un.org;ilse.baumann@un.org", "un-competency-utc-en")


def eit() -> Ev:
    mtxt, url = meet("en", "h93-eit")
    desc = ("Hola Thomas,\n\nTe confirmo la entrevista para el puesto de Policy Lead (Bruselas) en EIT Urban "
            "Mobility. Será una primera conversación con Talent Acquisition de unos 30 minutos, en inglés o "
            "español como prefieras.\n\nUn saludo,\nNuria Puig\n\n" + mtxt)
    text, uid = google("h93-eit", "Entrevista – Policy Lead – Thomas Vermeulen", "20250422T110000",
                       "20250422T113000", org("nuria.puig@eiturbanmobility.eu", "Nuria Puig"),
                       [gatt("nuria.puig@eiturbanmobility.eu", "Nuria Puig"), ME_G], desc=desc, location=url,
                       tz="Europe/Madrid", conf=url)
    return Ev("eit-google-es", text, uid, 1, "EIT Urban Mobility", "Policy Lead", "recruiter_screen",
              "nuria.puig@eiturbanmobility.eu", "google-es-madrid-tz")


def spw() -> Ev:
    desc = ("Épreuve écrite (3 h) – Attaché qualifié, Direction des Affaires européennes de SPW Mobilité et "
            "Infrastructures (réf. SPW-MI-2025-031).\nMatériel : calculatrice non programmable. Lieu : salle "
            "Wallonie, boulevard du Nord 8, 5000 Namur.")
    text, uid = thunderbird("h93-spw", "Épreuve écrite – Attaché qualifié (SPW-MI-2025-031)", "20250514T090000",
                            "20250514T120000", tz="Europe/Brussels", desc=desc,
                            location="Boulevard du Nord 8, 5000 Namur")
    return Ev("spw-written-thunderbird-fr", text, uid, 1, "SPW Mobilité et Infrastructures", "Attaché qualifié",
              "technical", "", "written-test-user-typed-fr")


ALL = [te_screen, te_case, polis, uitp, ecf, etsc, cer, brumob, sncb, infrabel, stib, frb, lux_ministry, unece,
       eit, spw]


def build() -> list[Ev]:
    return [f() for f in ALL]
