"""holdout93 negatives: Thomas on the hiring side at the SPF Mobilité et Transports (all user-as-interviewer)."""

from __future__ import annotations

from holdout93ev_ics import ME_FREE, ME_WORK, Ev, att, org, teams, zoom
from holdout93ev_shapes import apple, ats, outlook

RST = "Romance Standard Time"
ME = att(ME_WORK, "Vermeulen Thomas")
ORG_ME = org(ME_WORK, "Vermeulen Thomas")
DOM = "spf-mobilite.fgov.be"


def n(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def bosa_jury() -> Ev:
    desc = ("Bonjour,\n\nMerci d'avoir accepté de siéger dans le jury de la sélection comparative AFG25112 – Attaché "
            "A2 Mobilité durable (SPF Mobilité et Transports).\nVous entendrez 4 candidats (9h00, 10h15, 11h30, "
            "13h30). Les dossiers et la grille d'évaluation sont disponibles sur la plateforme jury.\n\n"
            "Cordialement,\nÉlodie Marchal\nSelection Consultant – BOSA")
    text, uid = outlook("h93-n-bosa", "Jury AFG25112 – Attaché A2 Mobilité durable – entretiens", "20250513T083000",
                        "20250513T150000", RST, org("elodie.marchal@bosa.fgov.be", "Marchal Elodie (BOSA)"),
                        [ME, att(f"sarah.dupuis@{DOM}", "Dupuis Sarah")], desc=desc,
                        location="WTC III, boulevard Simon Bolívar 30, salle 12.03")
    return n("bosa-jury-member-fr", text, uid, "user-as-interviewer-jury-fr")


def candidate_gmail() -> Ev:
    desc = ("Madame Lemaire,\n\nSuite à votre candidature pour le stage au sein de la cellule Politique cycliste, "
            "je vous propose un entretien le 22 avril à 10h.\nAdresse : City Atrium, rue du Progrès 56, 1210 "
            "Bruxelles – demandez-moi à l'accueil.\n\nThomas Vermeulen\nAttaché – SPF Mobilité et Transports")
    text, uid = outlook("h93-n-stage", "Entretien stage – Mme Juliette Lemaire", "20250422T100000",
                        "20250422T104500", RST, ORG_ME,
                        [att("juliette.lemaire99@gmail.com", "juliette.lemaire99@gmail.com")],
                        desc=desc, location="City Atrium – salle 4.12")
    return n("intern-candidate-gmail-fr", text, uid, "user-as-interviewer-candidate-freemail-fr")


def scorecards() -> Ev:
    text, uid = outlook("h93-n-grilles", "Compléter les grilles d'évaluation – sélection A2 (4 candidats)",
                        "20250514T140000", "20250514T153000", RST, ORG_ME, [], alt=False,
                        desc="Avant vendredi sur la plateforme jury BOSA. Ne pas oublier les commentaires STAR.")
    return n("scorecards-fr", text, uid, "user-as-interviewer-scorecard-fr")


def debrief() -> Ev:
    desc = ("Délibération du jury AFG25112 après les entretiens : classement, motivation des décisions, procès-verbal."
            "\n\n" + teams("fr", "h93-n-delib"))
    text, uid = outlook("h93-n-delib", "Délibération jury – Attaché A2 Mobilité durable", "20250516T110000",
                        "20250516T120000", RST, org("elodie.marchal@bosa.fgov.be", "Marchal Elodie (BOSA)"),
                        [ME, att(f"sarah.dupuis@{DOM}", "Dupuis Sarah")], desc=desc,
                        location="Réunion Microsoft Teams")
    return n("jury-debrief-teams-fr", text, uid, "user-as-interviewer-debrief-fr")


def kit() -> Ev:
    text, uid = outlook("h93-n-kit", "Relire kit d'entretien – expert aviation (questions + cas pratique)",
                        "20250424T090000", "20250424T100000", RST, ORG_ME, [], alt=False,
                        desc="Version 3 du guide d'entretien reçue de P&O. Ajouter une question sur le Ciel unique.")
    return n("interview-kit-fr", text, uid, "user-as-interviewer-kit-fr")


def selectie_nl() -> Ev:
    desc = ("Beste jurylid,\n\nHierbij de planning van de selectiegesprekken voor de functie Deskundige spoorbeleid "
            "(A1, NL). U zetelt als voorzitter van de jury. Kandidaten: K. De Wilde, S. Aerts, M. Yilmaz.\n\n"
            "Met vriendelijke groeten,\nDienst P&O – FOD Mobiliteit en Vervoer")
    text, uid = outlook("h93-n-nl", "Selectiegesprekken Deskundige spoorbeleid – jury", "20250527T090000",
                        "20250527T123000", RST, org(f"po.selectie@{DOM}", "P&O Selectie"),
                        [ME, att(f"jan.debruyne@{DOM}", "De Bruyne Jan")], desc=desc, lang="nl-BE",
                        location="City Atrium 5.03")
    return n("selectie-jury-president-nl", text, uid, "user-as-interviewer-jury-nl")


def shadowing() -> Ev:
    desc = ("Dans le cadre de la formation « assesseur », tu observes les entretiens de Sarah sans intervenir; "
            "debrief de 15 min après chaque candidat.")
    text, uid = outlook("h93-n-shadow", "Shadowing entretiens de sélection (observateur)", "20250604T090000",
                        "20250604T120000", RST, org(f"sarah.dupuis@{DOM}", "Dupuis Sarah"), [ME], desc=desc,
                        location="City Atrium 4.08")
    return n("shadowing-observer-fr", text, uid, "user-as-interviewer-shadowing-fr")


def calendly_host() -> Ev:
    desc = ("Event Name: Entretien de stage (30 min)\n\nInvitee: Lucas Pirotte\nInvitee Email: lucas.pirotte@"
            "student.uclouvain.be\n\nQuestions: Pourquoi notre cellule ? → Mémoire sur la tarification routière.\n\n"
            + zoom("fr", "h93-n-cal") + "\n\nPowered by Calendly.com")
    text, uid = ats("-//Calendly//Calendly//EN", "b1e7a0c4-5d2f-4e88-9a61-2c0f7d3e8b19@calendly.com",
                    "Lucas Pirotte and Thomas Vermeulen", "20250418T123000Z", "20250418T130000Z",
                    org(ME_WORK, "Thomas Vermeulen"),
                    [att("lucas.pirotte@student.uclouvain.be", "Lucas Pirotte")], desc=desc, location="Zoom")
    return n("calendly-user-host-fr", text, uid, "user-as-interviewer-calendly-host-fr")


def agency_candidate() -> Ev:
    desc = ("Bonjour Monsieur Vermeulen,\n\nComme convenu, je vous présente M. Karim Ben Salah, notre candidat pour la "
            "mission de consultant data mobilité (6 mois) au sein de votre service. Il se présentera à votre "
            "accueil. CV en pièce jointe.\n\nBien cordialement,\nLaetitia Van Acker\nConsultante – Hays Belgium")
    text, uid = outlook("h93-n-hays", "Entretien candidat Hays – Karim Ben Salah / SPF Mobilité",
                        "20250429T140000", "20250429T150000", RST,
                        org("laetitia.vanacker@hays.be", "Van Acker, Laetitia"),
                        [ME, att("k.bensalah@outlook.com", "Karim Ben Salah")], desc=desc, location="City Atrium")
    return n("agency-sends-candidate-fr", text, uid, "user-as-interviewer-agency-candidate-fr")


def panel_en() -> Ev:
    desc = ("Panel for the Blue Book trainee hosted in our unit (traineeship at DG MOVE, Belgian co-supervision). "
            "Candidate: Ms. Aino Virtanen (aino.virtanen@helsinki.fi). Thomas leads the questions on EU rail policy.")
    text, uid = outlook("h93-n-panel", "Panel interview – trainee candidate A. Virtanen", "20250430T100000",
                        "20250430T104500", "W. Europe Standard Time",
                        org("paul.lefebvre@ec.europa.eu", "LEFEBVRE Paul (MOVE)"),
                        [ME, att("aino.virtanen@helsinki.fi", "Aino Virtanen")], desc=desc, lang="en-GB",
                        location="DM24 03/57")
    return n("panel-trainee-en", text, uid, "user-as-interviewer-panel-en")


def prescreen() -> Ev:
    text, uid = apple("h93-n-pre", "Appel prescreening Sophie Maes (candidate contractuelle)", "20250409T113000",
                      "20250409T115000", desc="0478 22 91 40 – disponibilité, langue, salaire barème", tz="")
    return n("prescreen-call-apple-fr", text, uid, "user-as-interviewer-phone-screen-fr")


def stagiaire_terse() -> Ev:
    text, uid = apple("h93-n-amina", "entretien stagiaire 14h – Amina", "20250502T140000", "20250502T143000",
                      desc="CV dans le dossier RH/stages", location="bureau")
    return n("intern-terse-apple-fr", text, uid, "user-as-interviewer-terse-fr")


def contractuels() -> Ev:
    desc = ("Bloc 2 – 3 candidats (expert marchés publics, contractuel) :\n10h00 D. Lambert\n10h45 F. Haddad\n"
            "11h30 C. Wauters\nJury : T. Vermeulen, S. Dupuis, G. Mertens (P&O)")
    text, uid = outlook("h93-n-contr", "Entretiens contractuels – bloc 2 (3 candidats)", "20250520T100000",
                        "20250520T121500", RST, org(f"g.mertens@{DOM}", "Mertens Géraldine"),
                        [ME, att(f"sarah.dupuis@{DOM}", "Dupuis Sarah")], desc=desc, location="City Atrium 5.01")
    return n("contractual-block-fr", text, uid, "user-as-interviewer-block-fr")


def candidate_invites_user() -> Ev:
    desc = ("Bonjour Monsieur Vermeulen,\nComme convenu par téléphone, je vous envoie l'invitation pour notre "
            "entretien concernant le poste d'attaché juriste dans votre service.\nBien à vous,\nJulie Hermans")
    text, uid = ats("-//Google Inc//Google Calendar 70.9054//EN", "6ki3h0sj0e5t2u1rb4m1fsdq7g@google.com",
                    "Entretien Julie Hermans – SPF Mobilité (attaché juriste)", "20250423T073000Z",
                    "20250423T081500Z", org("julie.hermans.be@gmail.com", "Julie Hermans"),
                    [att("julie.hermans.be@gmail.com", "Julie Hermans", ps="ACCEPTED"), ME], desc=desc,
                    location="City Atrium, rue du Progrès 56")
    return n("candidate-organises-gmail-fr", text, uid, "user-as-interviewer-candidate-organiser-fr")


def calibration() -> Ev:
    text, uid = outlook("h93-n-harm", "Harmonisation des cotes – jury A2 + A1", "20250519T153000", "20250519T163000",
                        RST, org(f"g.mertens@{DOM}", "Mertens Géraldine"),
                        [ME, att(f"jan.debruyne@{DOM}", "De Bruyne Jan")],
                        desc="Comparer les cotations des deux jurys avant la proposition de réserve.",
                        location="City Atrium 5.01")
    return n("calibration-fr", text, uid, "user-as-interviewer-calibration-fr")


def mobilite_interne() -> Ev:
    desc = ("Entretien avec M. Benoît Collard (SPF Finances) qui postule en mobilité fédérale sur le poste "
            "d'attaché transport routier de notre service. Questions : expérience, motivation, connaissance du "
            "règlement 1071/2009.")
    text, uid = outlook("h93-n-mob", "Entretien mobilité fédérale – candidat B. Collard", "20250605T140000",
                        "20250605T150000", RST, ORG_ME, [att("benoit.collard@minfin.fed.be", "Collard Benoît")],
                        desc=desc, location="City Atrium 4.12")
    return n("internal-mobility-candidate-fr", text, uid, "user-as-interviewer-internal-mobility-fr")


def sne_screen() -> Ev:
    desc = ("Screening of Belgian candidates for the Seconded National Expert post at DG MOVE (road transport). The "
            "Permanent Representation forwards one name; Thomas and Hilde interview each candidate for 30 minutes.\n\n"
            + teams("en", "h93-n-sne"))
    text, uid = outlook("h93-n-sne", "Interviews with candidates – SNE DG MOVE (Belgian nomination)", "20250611T090000",
                        "20250611T110000", RST, ORG_ME,
                        [att("hilde.verstraeten@diplobel.fed.be", "Verstraeten Hilde"),
                         att("m.dierickx@telenet.be", "Michiel Dierickx"), att("a.nkosi@skynet.be", "Aline Nkosi")],
                        desc=desc, lang="en-GB", location="Microsoft Teams Meeting")
    return n("sne-screening-en", text, uid, "user-as-interviewer-sne-en")


def assistant_jury() -> Ev:
    desc = ("Recrutement assistant(e) administratif(ve) niveau C – entretiens. Jury : Th. Vermeulen (président), "
            "N. Bosmans. Candidate 1 : 9h30, candidate 2 : 10h30.")
    text, uid = outlook("h93-n-assist", "Entretiens de recrutement – assistant(e) administratif(ve)",
                        "20250606T093000", "20250606T113000", RST, org(f"po.recrutement@{DOM}", "P&O Recrutement",
                                                                       sent_by=f"n.bosmans@{DOM}"),
                        [ME, att(f"n.bosmans@{DOM}", "Bosmans Nathalie")], desc=desc, location="City Atrium 2.20")
    return n("assistant-recruitment-sent-by-fr", text, uid, "user-as-interviewer-president-fr")


def jurybriefing_nl() -> Ev:
    text, uid = outlook("h93-n-brief", "Jurybriefing selectie A3 – verkeersveiligheid", "20250512T130000",
                        "20250512T133000", RST, org(f"jan.debruyne@{DOM}", "De Bruyne Jan"), [ME],
                        desc="Afspraken over vragen, rolverdeling en beoordelingsschaal vóór de gesprekken.",
                        lang="nl-BE", location="Teams")
    return n("jury-briefing-nl", text, uid, "user-as-interviewer-briefing-nl")


def reschedule_candidate() -> Ev:
    desc = ("Madame Lambert,\n\nSuite à votre demande, votre entretien est déplacé au jeudi 22 mai à 14h. Le jury "
            "reste inchangé.\n\nThomas Vermeulen")
    text, uid = outlook("h93-n-resch", "Nouvelle date : entretien candidate D. Lambert", "20250522T140000",
                        "20250522T144500", RST, ORG_ME, [att("dlambert@hotmail.be", "Delphine Lambert"),
                                                          att(f"sarah.dupuis@{DOM}", "Dupuis Sarah")],
                        desc=desc, location="City Atrium 5.01", seq=2)
    return n("rescheduled-candidate-fr", text, uid, "user-as-interviewer-rescheduled-fr")


def external_board_era() -> Ev:
    desc = ("Dear Mr Vermeulen,\nThank you for accepting to sit as external member of the Selection Committee for "
            "ERA/AD/2025/009 – Policy Officer (Economic Evaluation). Interviews with the 6 shortlisted candidates "
            "will take place online. You will receive the candidates' files through the secure share.\n\n"
            "HR Sector – European Union Agency for Railways")
    text, uid = outlook("h93-n-eraboard", "Selection Committee ERA/AD/2025/009 – interviews (external member)",
                        "20250617T090000", "20250617T163000", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
                        org("recruitment@era.europa.eu", "ERA Recruitment"), [ME], desc=desc, lang="en-GB",
                        location="Webex")
    return n("external-board-member-en", text, uid, "user-as-interviewer-selection-committee-en")


def free_mail_note() -> Ev:
    text, uid = apple("h93-n-note", "tel. candidate stage (R. Wouters) – rappeler après 17h", "20250410T171500",
                      "20250410T173000", desc="numéro dans le mail du 08/04 – poser questions sur le mémoire",
                      organizer=org(ME_FREE, "Thomas Vermeulen"))
    return n("callback-candidate-note-fr", text, uid, "user-as-interviewer-note-fr")


ALL = [bosa_jury, candidate_gmail, scorecards, debrief, kit, selectie_nl, shadowing, calendly_host, agency_candidate,
       panel_en, prescreen, stagiaire_terse, contractuels, candidate_invites_user, calibration, mobilite_interne,
       sne_screen, assistant_jury, jurybriefing_nl, reschedule_candidate, external_board_era, free_mail_note]


def build() -> list[Ev]:
    return [f() for f in ALL]
