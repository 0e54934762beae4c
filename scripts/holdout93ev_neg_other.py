"""holdout93 negatives: mock interviews, webinars, press, personal life, internal meetings, prep, references."""

from __future__ import annotations

from holdout93ev_ics import ME_FREE, ME_WORK, Ev, att, meet, org, teams, webex, zoom
from holdout93ev_pos_org import ME_G, gatt
from holdout93ev_shapes import apple, ats, google, outlook, thunderbird

RST = "Romance Standard Time"
ME = att(ME_WORK, "Vermeulen Thomas")
ME_F = att(ME_FREE, "Thomas Vermeulen")
ORG_ME = org(ME_WORK, "Vermeulen Thomas")
DOM = "spf-mobilite.fgov.be"


def n(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def ap(seed: str, kind: str, trap: str, summary: str, start: str, end: str, desc: str = "", loc: str = "",
       tz: str = "Europe/Brussels") -> Ev:
    text, uid = apple(seed, summary, start, end, tz=tz, desc=desc, location=loc)
    return n(kind, text, uid, trap)


def ol(seed: str, kind: str, trap: str, summary: str, start: str, end: str, organizer: str, atts: list[str],
       desc: str = "", loc: str = "", lang: str = "fr-BE", tz: str = RST) -> Ev:
    text, uid = outlook(seed, summary, start, end, tz, organizer, atts, desc=desc, location=loc, lang=lang)
    return n(kind, text, uid, trap)


def build() -> list[Ev]:
    evs: list[Ev] = []
    add = evs.append
    # --- mock / practice / training about interviewing
    mt, url = meet("fr", "h93-o-mock")
    text, uid = google("h93-o-mock", "Simulation d'entretien EPSO – coaching (Valérie)", "20250605T160000Z",
                       "20250605T173000Z", org("valerie.coach.eu@gmail.com", "Valérie Simon"),
                       [gatt("valerie.coach.eu@gmail.com", "Valérie Simon"), ME_G],
                       desc="Mise en situation : entretien situationnel + entretien axé sur le domaine, feedback "
                            "filmé. Facture 120 € après la séance.\n\n" + mt, location=url, conf=url)
    add(n("mock-epso-coach-fr", text, uid, "mock-interview-fr"))
    add(ol("h93-o-mockpanel", "mock-panel-colleagues-en", "mock-panel-en", "Mock panel – prep EIB (with Sarah & Jan)",
           "20250520T173000", "20250520T183000", ORG_ME, [att(f"sarah.dupuis@{DOM}", "Dupuis Sarah"),
                                                          att(f"jan.debruyne@{DOM}", "De Bruyne Jan")],
           desc="Not an official meeting – they play the EIB panel, 3 technical questions + motivation.", lang="en-GB"))
    text, uid = ats("-//Zoom Video Communications//Webinar//EN", "zw-88120933417-h93@zoom.us",
                    "Webinar: How to succeed in the EPSO assessment centre", "20250408T160000Z", "20250408T173000Z",
                    org("no-reply@zoom.us", "EU Training Webinars"), [ME_F],
                    desc="Thank you for registering for \"How to succeed in the EPSO assessment centre\".\n"
                         "Speaker: former EPSO assessor. Q&A at the end.\n\n" + zoom("en", "h93-o-web"),
                    location="Zoom webinar")
    add(n("webinar-epso-prep-en", text, uid, "webinar-en"))
    add(ol("h93-o-ifa", "training-interview-techniques-fr", "class-interviewing-fr",
           "Formation IFA : mener un entretien de sélection structuré (jour 1)", "20250424T090000", "20250424T163000",
           org("inscriptions@ifa.fgov.be", "IFA – Formations"), [ME],
           desc="Formation pour membres de jury : questions comportementales, biais, prise de notes.",
           loc="IFA, Boulevard Bischoffsheim 15"))
    add(ap("h93-o-prep1", "prep-block-eca-fr", "prep-block-fr", "Préparer entretien ECA – rapports spéciaux + STAR",
           "20250617T190000", "20250617T213000", desc="relire RS 10/2024 transport multimodal"))
    add(ap("h93-o-prep2", "prep-block-eib-en", "prep-block-en", "Prep: EIB panel – STAR stories + case practice",
           "20250521T200000", "20250521T220000"))
    # --- media / research "interviews"
    add(ol("h93-o-press", "press-interview-le-soir-fr", "press-interview-fr",
           "Interview Le Soir – plan vélo fédéral", "20250410T110000", "20250410T113000",
           org(f"presse@{DOM}", "Service Presse"), [ME, att("m.delvaux@lesoir.be", "Delvaux Martin")],
           desc="Interview téléphonique avec Martin Delvaux (Le Soir) sur le plan fédéral vélo. Ligne validée par "
                "le cabinet : voir note du 08/04.", loc="Téléphone"))
    add(ol("h93-o-podcast", "podcast-recording-nl", "podcast-interview-nl",
           "Opname podcast 'Op het spoor' – interview over nachttreinen", "20250515T153000", "20250515T163000",
           org("redactie@ophetspoor.be", "Op het spoor"), [ME], lang="nl-BE",
           desc="We nemen het interview op in onze studio. Duur ±40 min, montage achteraf.",
           loc="Studio Kanal, Brussel"))
    mt, url = meet("fr", "h93-o-ux")
    text, uid = google("h93-o-ux", "Entretien utilisateur – étude MaaS Bruxelles (participant)", "20250416T160000Z",
                       "20250416T164500Z", org("research@mobilite-ux.studio", "Studio UX – Recrutement participants"),
                       [ME_G], desc="Merci de participer à notre étude utilisateur sur l'application MaaS. Bon "
                       "d'achat de 40 € après la session.\n\n" + mt, location=url, conf=url)
    add(n("user-research-participant-fr", text, uid, "user-research-fr"))
    add(ol("h93-o-thesis", "thesis-interview-student-fr", "research-interview-fr",
           "Interview mémoire ULB – Clara Dumont (tarification kilométrique)", "20250425T140000", "20250425T150000",
           org("clara.dumont@ulb.be", "Dumont Clara"), [ME],
           desc="Entretien semi-directif pour mon mémoire (M2 Sciences politiques). Enregistrement avec accord.",
           loc="City Atrium – cafétéria"))
    add(ol("h93-o-audit", "court-of-audit-interview-fr", "audit-interview-fr",
           "Entretien avec la Cour des comptes – audit Beliris/mobilité", "20250603T100000", "20250603T113000",
           org("auditeurs@ccrek.be", "Cour des comptes – Audit"), [ME, att(f"g.mertens@{DOM}", "Mertens Géraldine")],
           desc="Entretien dans le cadre de l'audit sur la gestion des subsides mobilité. Préparer les tableaux "
                "2022-2024.", loc="City Atrium 6.01"))
    # --- personal appointments
    add(ap("h93-o-doc", "doctor-fr", "doctor-fr", "Dr Peeters – généraliste", "20250411T083000", "20250411T090000",
           loc="Avenue de la Couronne 212, Ixelles"))
    add(ap("h93-o-dent", "dentist-nl", "dentist-nl", "Tandarts Dr. Verhaegen", "20250526T171500", "20250526T180000"))
    add(ap("h93-o-commune", "commune-id-fr", "commune-fr", "Commune d'Ixelles – renouvellement carte d'identité",
           "20250505T081500", "20250505T083000", loc="Chaussée d'Ixelles 168",
           desc="Prendre ancienne carte + photo. Ticket n° 0417"))
    add(ap("h93-o-ecole", "school-meeting-fr", "school-fr", "École Léa – réunion de parents (3e primaire)",
           "20250603T181500", "20250603T184500", loc="École n°3 d'Ixelles"))
    text, uid = ats("-//BNP Paribas Fortis//Rendez-vous//FR", "rdv-99120437@bnpparibasfortis.be",
                    "Rendez-vous avec votre conseiller – crédit hypothécaire", "20250419T080000Z", "20250419T090000Z",
                    org("agence.flagey@bnpparibasfortis.com", "Agence Flagey"), [ME_F],
                    desc="Votre rendez-vous avec Mme Sandrine Jacobs, conseillère crédit. Documents : fiches de paie, "
                         "avertissement-extrait de rôle.", location="Agence Flagey, place Flagey 18, Ixelles",
                    method="PUBLISH")
    add(n("bank-appointment-fr", text, uid, "bank-fr"))
    text, uid = ats("-//VFS Global//Appointment//EN", "VFS-BRU-IN-2025-558812", "Visa appointment – India (e-visa "
                    "biometrics)", "20250409T073000Z", "20250409T080000Z",
                    org("donotreply@vfshelpline.com", "VFS Global"),
                    [ME_F], desc="Reference: BRU/IN/558812. Bring passport, photo, flight booking.",
                    location="VFS Global Visa Application Centre, Brussels", method="PUBLISH")
    add(n("visa-appointment-en", text, uid, "visa-en"))
    add(ap("h93-o-kine", "physio-fr", "doctor-fr", "Kiné (épaule)", "20250415T073000", "20250415T080000", tz=""))
    add(ap("h93-o-squash", "sport-nl", "personal-nl", "Squash met Pieter", "20250417T191500", "20250417T201500"))
    add(ap("h93-o-ct", "car-inspection-fr", "personal-fr", "Contrôle technique Autosécurité", "20250430T073000",
           "20250430T081500", loc="Autosécurité Anderlecht"))
    # --- work meetings and own HR processes
    add(ol("h93-o-intercab", "intercabinet-fr", "internal-meeting-fr",
           "Réunion intercabinets – mobilité douce (prépa CIM)", "20250422T140000", "20250422T160000", ORG_ME,
           [att("cab.mobilite@mobilit.fgov.be", "Cabinet Mobilité"),
            att("cellule.strat@minfin.fed.be", "Cellule stratégique Finances")],
           desc="OJ : 1. budget vélo 2. note CIM 3. divers.\n\n" + teams("fr", "h93-o-intercab"),
           loc="Réunion Microsoft Teams"))
    add(ol("h93-o-wp", "council-working-party-en", "internal-meeting-en",
           "Council WP Land Transport – Belgian coordination", "20250407T083000", "20250407T090000", ORG_ME,
           [att(f"jan.debruyne@{DOM}", "De Bruyne Jan"), att("hilde.verstraeten@diplobel.fed.be", "Verstraeten Hilde")],
           desc="Line to take on the driving licence directive.", lang="en-GB", loc="Teams"))
    add(ol("h93-o-eval", "own-appraisal-fr", "own-appraisal-fr",
           "Entretien d'évaluation – cercle de développement (Thomas)", "20250521T100000", "20250521T110000",
           org(f"m.vanderlinden@{DOM}", "Vanderlinden Marc"), [ME],
           desc="Entretien d'évaluation annuel. Merci de compléter ton auto-évaluation dans PeopleSoft.",
           loc="Bureau du directeur 6.14"))
    add(ol("h93-o-plan", "own-planning-talk-nl", "own-appraisal-nl",
           "Planningsgesprek 2025 – Thomas Vermeulen", "20250402T150000", "20250402T153000",
           org(f"m.vanderlinden@{DOM}", "Vanderlinden Marc"), [ME], lang="nl-BE",
           desc="Doelstellingen en opleidingen voor 2025 bespreken."))
    add(ol("h93-o-lang", "language-exam-fr", "language-test-fr",
           "Examen linguistique art. 12 (néerlandais) – BOSA", "20250609T090000", "20250609T120000",
           org("taal@bosa.fgov.be", "BOSA Certification linguistique"), [ME],
           desc="Épreuve écrite et orale de connaissance suffisante du néerlandais (prime bilinguisme).",
           loc="WTC III, Bruxelles"))
    # --- career-adjacent but not an interview
    text, uid = google("h93-o-coffee", "Café Thomas / Annelies (DG MOVE)", "20250414T100000Z", "20250414T104500Z",
                       org("annelies.dewaele@gmail.com", "Annelies De Waele"),
                       [gatt("annelies.dewaele@gmail.com", "Annelies De Waele"), ME_G],
                       desc="Comme promis : je te raconte comment ça se passe dans l'unité C.2 et comment j'ai "
                            "préparé mon concours. Aucune obligation :)", location="Café Belga, place Flagey")
    add(n("coffee-chat-former-colleague-fr", text, uid, "informational-coffee-fr"))
    add(ap("h93-o-fair", "eu-careers-fair-en", "job-fair-en", "EU Careers Day – stands agencies + EPSO talk",
           "20250510T100000", "20250510T160000", loc="Square – Brussels Meeting Centre",
           desc="Registration QR code in mail. Bring 5 CVs."))
    add(ol("h93-o-ref", "reference-call-referee-en", "reference-call-referee-en",
           "Reference call – Nathalie Colson (candidate at EUROCONTROL)", "20250512T163000", "20250512T170000",
           org("r.okafor@eurocontrol.int", "Okafor, Rita"), [ME], lang="en-GB",
           desc="Nathalie Colson has given your name as a referee for the position of Airspace Policy Officer. "
                "We would like to ask you a few questions about her work in your team.", loc="Phone"))
    text, uid = thunderbird("h93-o-recr", "Échange avec Sophie (chasseuse de têtes) – opportunité confidentielle",
                            "20250502T123000", "20250502T130000", desc="Elle ne peut pas encore dire le nom du "
                            "client : 'grande fédération sectorielle, poste de directeur affaires publiques'.",
                            location="Téléphone")
    add(n("recruiter-no-employer-fr", text, uid, "recruiter-no-employer-fr"))
    text, uid = ats("-//Cisco//Webex Meetings//EN", "Webex-h93-o-info-5512@eeas.webex.com",
                    "Info session: EEAS contract agent selections 2025", "20250429T110000Z", "20250429T123000Z",
                    org("eeas-recruitment@eeas.europa.eu", "EEAS Recruitment"), [ME_F],
                    desc="Information session for prospective candidates (no registration of interest needed).\n\n"
                         + webex("en", "h93-o-info", "eeas"), location="Webex")
    add(n("info-session-webex-en", text, uid, "webinar-info-session-en"))
    add(ol("h93-o-farewell", "farewell-drink-fr", "internal-social-fr", "Drink de départ de Sarah",
           "20250627T163000", "20250627T183000", org(f"n.bosmans@{DOM}", "Bosmans Nathalie"), [ME],
           desc="Sarah nous quitte pour la Commission ! Cagnotte chez Nathalie.", loc="Cafétéria 2e étage"))
    text, uid = ats("-//Doctolib//Doctolib//FR", "doctolib-rdv-7781204@doctolib.be", "Dermatologue – Dr Lambrecht",
                    "20250506T141500Z", "20250506T143000Z", org("no-reply@doctolib.be", "Doctolib"), [ME_F],
                    desc="Votre rendez-vous de dermatologie. Annulation gratuite jusqu'à 24 h avant.",
                    location="Centre médical Louise, avenue Louise 250", method="PUBLISH")
    add(n("doctolib-dermatologist-fr", text, uid, "doctor-fr"))
    return evs
