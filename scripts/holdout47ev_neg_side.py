"""holdout47 event corpus: the user on the hiring side at Chantiers Atlantide (part 1)."""

from __future__ import annotations

from holdout47ev_boiler import teams
from holdout47ev_ics import (
    ATL,
    OUTLOOK,
    OUTLOOK16,
    UTC_EN,
    WORK,
    Ev,
    alt,
    att,
    cal,
    esc,
    guid,
    hexid,
    org,
    outlook_uid,
    room,
)

PYL = "Le Gall, Pierre-Yves"


def outlook_body(uid: str, org_line: str, atts: list[str], summary: str, tzid: str, start: str, end: str,
                 loc: str, d: str, stamp: str, lang: str = "fr-FR", extra: str = "") -> str:
    z = f'"{tzid}"' if "," in tzid else tzid
    a = "\n".join(atts)
    return f"""BEGIN:VEVENT
{org_line}
{a}
DESCRIPTION;LANGUAGE={lang}:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={z}:{start}
DTEND;TZID={z}:{end}
{extra}CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{loc}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT"""


def sf_interviewer() -> Ev:
    uid = f"SF-IS-{hexid('atl-perrot', 12).upper()}-2025118"
    d = ("Bonjour,\n\nVous êtes invité(e) à participer à l'entretien suivant en tant que membre du jury :\n\n"
         "Candidat : Lucas Perrot\nPoste : Ingénieur méthodes coque (H/F) – Réf. 2025-118\nJury : Fanny Le Corre, "
         "Pierre-Yves Le Gall\nLieu : Bâtiment Direction, salle Penhoët\n\nGuide d'entretien et grille "
         "d'évaluation : https://performancemanager5.successfactors.eu/sf/recruiting?company=chantiersat\n"
         "Merci de saisir votre évaluation dans les 48 heures suivant l'entretien.\n\nChantiers Atlantide – "
         "Recrutement")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251003T080101Z
DTSTART;TZID=Europe/Paris:20251009T140000
DTEND;TZID=Europe/Paris:20251009T150000
SUMMARY:Entretien : Lucas Perrot - Ingénieur méthodes coque (H/F) - Réf. 2025-118
LOCATION:Bâtiment Direction - salle Penhoët
DESCRIPTION:{esc(d)}
{org("recrutement-noreply@" + ATL, "Chantiers Atlantide Recrutement")}
{att(WORK, "Pierre-Yves Le Gall", style="p")}
{att("fanny.lecorre@" + ATL, "Fanny Le Corre", style="p")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    ics = cal(body, "-//SAP SuccessFactors//Interview Scheduling 2.0//EN", tz=("Europe/Paris",))
    return Ev("successfactors-fr", ics, uid, False, trap="user-as-interviewer-successfactors-jury-fr")


def teamtailor_kit() -> Ev:
    uid = f"teamtailor-interview-{hexid('atl-roussel', 8)}-9012"
    d = ("Vous intervenez sur cet entretien.\n\nCandidat(e) : Camille Roussel\nOffre : Alternant(e) Chargé(e) "
         "d'affaires navales – rentrée 2026\nDurée : 30 minutes\n\nKit d'entretien et grille de notation : "
         "https://app.teamtailor.com/companies/chantiers-atlantide/jobs/5510/interview-kits/118\n"
         "Merci de noter le/la candidat(e) dans Teamtailor après l'entretien.\n\n—\nPropulsé par Teamtailor")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251105T104410Z
DTSTART:20251112T090000Z
DTEND:20251112T093000Z
SUMMARY:Entretien : Camille Roussel / Alternant(e) Chargé(e) d'affaires navales
DESCRIPTION:{esc(d)}
LOCATION:Chantiers Atlantide – Accueil Porte 1\\, Saint-Nazaire
{org("chantiers-atlantide@teamtailor-mail.com", "Nolwenn Prigent")}
{att(WORK, "Pierre-Yves Le Gall", style="p")}
{att("camille.roussel@gmail.com", "Camille Roussel", style="p")}
END:VEVENT"""
    return Ev("teamtailor-fr", cal(body, "-//Teamtailor//Teamtailor Calendar//EN"), uid, False,
              trap="user-as-interviewer-teamtailor-kit-freemail-candidate-fr")


def debrief() -> Ev:
    uid = outlook_uid("atl-debrief")
    d = ("Bonjour à tous,\n\nTour de table sur les trois candidats rencontrés pour le poste d'Ingénieur structure "
         "coque (M. Lefort, Mme Nguyen, M. Cadoret) et décision sur l'offre. Merci d'avoir saisi vos grilles avant.\n"
         "\nJulie")
    atts = [att(WORK, PYL), att("sebastien.moal@" + ATL, "Moal, Sébastien")]
    body = outlook_body(uid, org("julie.evenou@" + ATL, "Evenou, Julie"), atts,
                        "Débrief candidats – Ingénieur structure coque", "Romance Standard Time", "20251017T113000",
                        "20251017T120000", "Salle Brivet", d, "20251014T091530Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, False,
              trap="user-as-interviewer-debrief-fr")


def jury_bts() -> Ev:
    uid = outlook_uid("atl-jury-bts")
    d = ("Jury de recrutement des alternants BTS CPI (rentrée 2026).\n\n8h30 Léo Fourage\n9h10 Maëlys Jaunet\n"
         "9h50 Noah Baudry\n10h30 pause\n10h45 Sacha Provost\n11h25 Enzo Le Bris\n12h05 Yasmine Chérif\n\n"
         "Chaque membre du jury remplit la grille papier (dossier partagé RH > Alternance > 2026).\n\nNolwenn")
    atts = [att(WORK, PYL), att("goulven.abgrall@" + ATL, "Abgrall, Goulven"),
            room("salle.ecole@" + ATL, "SNZ - Salle École (12)")]
    body = outlook_body(uid, org("nolwenn.prigent@" + ATL, "Prigent, Nolwenn"), atts,
                        "Jury alternance BTS CPI – 6 candidats", "Romance Standard Time", "20251202T083000",
                        "20251202T124500", "SNZ - Salle École (12)", d, "20251113T140204Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, False,
              trap="user-as-interviewer-jury-apprentices-room-fr")


def shadowing() -> Ev:
    uid = outlook_uid("atl-shadow")
    d = ("Salut Pierre-Yves,\n\nDans le cadre de la formation « Recruter sans discriminer », tu observes l'entretien "
         "que je mène avec M. Kévin Le Meur (Technicien essais à quai). Tu ne poses pas de questions ; on "
         "débriefe 15 min après.\n\nJulie")
    atts = [att(WORK, PYL)]
    body = outlook_body(uid, org("julie.evenou@" + ATL, "Evenou, Julie"), atts,
                        "Entretien en binôme (observation) – candidat Technicien essais à quai",
                        "Romance Standard Time", "20251020T100000", "20251020T111500", "Bureau RH 2.04", d,
                        "20251015T073302Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, False,
              trap="user-as-interviewer-shadowing-fr")


def calendly_host() -> Ev:
    uid = f"{guid('atl-garnier')}@calendly.com"
    d = ("Nom de l'invité : Thomas Garnier\nE-mail de l'invité : thomas.garnier@etu.univ-nantes.fr\n"
         "Numéro de téléphone : +33 7 68 12 40 55\n\nQuestions :\nPour quel stage postulez-vous ?\nStage ingénieur "
         "planification (6 mois) – Chantiers Atlantide\n\nVoir l'événement dans Calendly : "
         "https://calendly.com/app/scheduled_events/user/me")
    body = f"""BEGIN:VEVENT
DTSTAMP:20251110T192200Z
DTSTART:20251114T080000Z
DTEND:20251114T083000Z
UID:{uid}
SUMMARY:Entretien stage 30 min entre Pierre-Yves Le Gall et Thomas Garnier
DESCRIPTION:{esc(d)}
LOCATION:Téléphone : +33 7 68 12 40 55
{org(WORK, "Pierre-Yves Le Gall")}
{att("thomas.garnier@etu.univ-nantes.fr", "Thomas Garnier", style="p", ps="ACCEPTED", rsvp=False)}
{att(WORK, "Pierre-Yves Le Gall", style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-fr", cal(body, "-//Calendly//Calendly//EN"), uid, False,
              trap="user-as-interviewer-calendly-host-fr")


def agency_candidate() -> Ev:
    uid = outlook_uid("atl-benali")
    d = ("Bonjour Monsieur Le Gall,\n\nComme convenu, je vous confirme l'entretien avec mon candidat, M. Karim "
         "Benali, pour votre poste d'Ingénieur planification. Vous trouverez son CV et ma note de synthèse en "
         "pièces jointes.\n\nJe vous appelle dans la foulée pour avoir votre retour.\n\nBien cordialement,\n"
         "Élodie Carré\nConsultante senior – Cabinet Ancre RH\n06 12 48 90 33")
    atts = [att(WORK, PYL)]
    body = outlook_body(uid, org("e.carre@ancre-rh.fr", "Élodie Carré"), atts,
                        "Présentation candidat – M. Karim Benali – Ingénieur planification (Ancre RH)",
                        "Romance Standard Time", "20251023T090000", "20251023T100000",
                        "Chantiers Atlantide\\, Saint-Nazaire – accueil Porte 4", d, "20251016T154501Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, False,
              trap="user-as-interviewer-agency-sends-candidate-fr")


def organizer_freemail() -> Ev:
    uid = outlook_uid("atl-diallo")
    d = ("Bonjour Madame Diallo,\n\nJe vous confirme notre entretien pour le poste de Technicienne essais à quai. "
         "Présentez-vous au poste de garde de la Porte 4 avec une pièce d'identité ; je viendrai vous chercher.\n\n"
         "Cordialement,\nPierre-Yves Le Gall\nChef de projet – Chantiers Atlantide\n02 40 00 71 36")
    atts = [att("aicha.diallo@hotmail.fr", "aicha.diallo@hotmail.fr")]
    body = outlook_body(uid, org(WORK, PYL), atts, "Entretien Chantiers Atlantide – Technicienne essais à quai",
                        "Romance Standard Time", "20251031T100000", "20251031T110000",
                        "Chantiers Atlantide – Porte 4\\, Saint-Nazaire", d, "20251024T101212Z")
    body = body.replace("END:VEVENT", alt(d) + "\nEND:VEVENT")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, False,
              trap="user-as-interviewer-organizer-freemail-candidate-fr")


def handtyped_welder() -> Ev:
    uid = outlook_uid("atl-traore")
    body = f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251027T162011Z
DESCRIPTION:Envoyé par Intérim Ouest. Soudeur TIG inox\\, 8 ans d'expérience. Test pratique atelier après
  si OK.
DTEND;TZID=Romance Standard Time:20251103T113000
DTSTAMP:20251027T162011Z
DTSTART;TZID=Romance Standard Time:20251103T110000
LAST-MODIFIED:20251027T162011Z
LOCATION:Bureau
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien M. Traoré – soudeur
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    ics = cal(body, OUTLOOK16, method="PUBLISH", tz=("Romance Standard Time",))
    return Ev("outlook-fr", ics, uid, False, trap="user-as-interviewer-handtyped-fr")



def scorecard_reminder() -> Ev:
    uid = f"SF-REM-{hexid('atl-dupuis', 14).upper()}"
    d = ("Rappel : votre grille d'évaluation pour le candidat Jean Dupuis (Ingénieur qualité – Réf. 2025-121) n'a "
         "pas encore été saisie.\n\nCompléter l'évaluation : https://performancemanager5.successfactors.eu/sf/"
         "recruiting?company=chantiersat&feedback=88213\n\nChantiers Atlantide – Recrutement")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251106T060000Z
DTSTART;TZID=Europe/Paris:20251106T090000
DTEND;TZID=Europe/Paris:20251106T091500
SUMMARY:Rappel : grille d'évaluation à compléter – Jean Dupuis (Ingénieur qualité)
DESCRIPTION:{esc(d)}
{org("recrutement-noreply@" + ATL, "Chantiers Atlantide Recrutement")}
{att(WORK, "Pierre-Yves Le Gall", style="p")}
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    ics = cal(body, "-//SAP SuccessFactors//Interview Scheduling 2.0//EN", tz=("Europe/Paris",))
    return Ev("successfactors-fr", ics, uid, False, trap="user-as-interviewer-scorecard-reminder-fr")


def panel_en() -> Ev:
    uid = outlook_uid("atl-ferreira")
    d = ("Hello all,\n\nPlease find below the panel interview with Ana Ferreira for the Naval Architect position "
         "(hull & stability). Ana is based in Lisbon, so the interview will be held in English.\n\nPanel: "
         "Pierre-Yves Le Gall, Sébastien Moal, Nolwenn Prigent (HR)\nInterview guide and scoring grid attached.\n"
         "\nThanks,\nNolwenn\n\n" + teams("en", "394 662 018 503", "fT2yK9", "OWE3YTEyZDQtYmVlNi00"))
    atts = [att(WORK, PYL), att("sebastien.moal@" + ATL, "Moal, Sébastien"),
            att("ana.ferreira.naval@gmail.com", "Ana Ferreira")]
    body = outlook_body(uid, org("nolwenn.prigent@" + ATL, "Prigent, Nolwenn"), atts,
                        "Interview – Ana Ferreira – Naval Architect (panel)", UTC_EN, "20251125T140000",
                        "20251125T150000", "Microsoft Teams Meeting", d, "20251118T084055Z", lang="en-US")
    return Ev("outlook-en", cal(body, OUTLOOK, tz=(UTC_EN,)), uid, False, trap="user-as-interviewer-panel-en")


EVENTS = (sf_interviewer, teamtailor_kit, debrief, jury_bts, shadowing, calendly_host, agency_candidate,
          organizer_freemail, handtyped_welder, scorecard_reminder, panel_en)
