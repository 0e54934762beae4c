"""holdout47 event corpus: the user on the hiring side at Chantiers Atlantide (part 2)."""

from __future__ import annotations

from holdout47ev_boiler import teams
from holdout47ev_ics import ATL, OUTLOOK, OUTLOOK16, WORK, Ev, alt, att, cal, esc, guid, org, outlook_uid, room
from holdout47ev_neg_side import PYL, outlook_body

RST = "Romance Standard Time"


def apprentice_slots_recurring() -> Ev:
    uid = outlook_uid("atl-apprentis")
    d = ("Créneaux réservés aux entretiens des candidats apprentis (chaudronnerie, soudure, électricité bord). "
         "Nolwenn place les candidats dans les créneaux au fil de l'eau ; la liste est dans le dossier partagé.\n\n"
         "Pierre-Yves")
    d2 = "Décalé à 14 h cette semaine (revue de programme le matin).\n\n" + d
    atts = "\n".join([att("nolwenn.prigent@" + ATL, "Prigent, Nolwenn"), att("goulven.abgrall@" + ATL,
                                                                           "Abgrall, Goulven")])
    common = f"""{org(WORK, PYL)}
{atts}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretiens apprentis – créneaux
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T071100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Atelier formation – bureau 1.12"""
    body = f"""BEGIN:VEVENT
{common}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
DTSTART;TZID={RST}:20251105T090000
DTEND;TZID={RST}:20251105T110000
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
{common}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d2)}
RECURRENCE-ID;TZID={RST}:20251119T090000
DTSTART;TZID={RST}:20251119T140000
DTEND;TZID={RST}:20251119T160000
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False,
              trap="user-as-interviewer-recurring-override-fr")


def phone_prequal() -> Ev:
    uid = outlook_uid("atl-sow")
    body = f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251112T171544Z
DESCRIPTION:Candidature Indeed – ingénieur électricité bord. M. Ibrahima Sow\\, 06 51 22 87 14. Questions :
  dispo\\, mobilité\\, habilitations HT.
DTEND;TZID={RST}:20251114T173000
DTSTAMP:20251112T171544Z
DTSTART;TZID={RST}:20251114T171000
LAST-MODIFIED:20251112T171544Z
LOCATION:Tél.
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Préqualif tél. candidat élec (Indeed)
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK16, method="PUBLISH", tz=(RST,)), uid, False,
              trap="user-as-interviewer-phone-prequal-handtyped-fr")


def organizer_de() -> Ev:
    uid = outlook_uid("atl-weber")
    d = ("Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Schweißfachingenieur (m/w/d) bei "
         "Chantiers Atlantide. Gerne lade ich Sie zu einem Vorstellungsgespräch per Teams ein; meine Kollegin "
         "Fanny Le Corre (Methoden) nimmt ebenfalls teil.\n\nMit freundlichen Grüßen\nPierre-Yves Le Gall\n"
         "Projektleiter – Chantiers Atlantide, Saint-Nazaire\n\n"
         + teams("fr", "358 201 664 907", "Pm4xC8", "ZWQ2ZDY5YzMtYjAyNy00"))
    atts = [att("jonas.weber@gmx.de", "jonas.weber@gmx.de"), att("fanny.lecorre@" + ATL, "Le Corre, Fanny")]
    body = outlook_body(uid, org(WORK, PYL), atts, "Vorstellungsgespräch – Schweißfachingenieur (m/w/d) – "
                        "Chantiers Atlantide", RST, "20251118T150000", "20251118T160000", "Réunion Microsoft Teams",
                        d, "20251110T095012Z", lang="de-DE")
    return Ev("outlook-de", cal(body, OUTLOOK, tz=(RST,)), uid, False,
              trap="user-as-interviewer-organizer-freemail-candidate-de")


def organizer_es() -> Ev:
    uid = outlook_uid("atl-ruiz")
    d = ("Hola Pablo:\n\nGracias por tu candidatura al puesto de Ingeniero de producción en Chantiers Atlantide "
         "(Saint-Nazaire). Te propongo una entrevista por Teams; hablaremos en español y en francés.\n\nUn saludo,\n"
         "Pierre-Yves Le Gall\nJefe de proyecto – Chantiers Atlantide\n\n"
         + teams("fr", "351 007 229 846", "Ye6nW3", "NjE3ZTVjZDgtYjU1Zi00"))
    atts = [att("pablo.ruiz87@gmail.com", "Pablo Ruiz")]
    body = outlook_body(uid, org(WORK, PYL), atts, "Entrevista con Pablo Ruiz – Ingeniero de producción", RST,
                        "20251126T110000", "20251126T120000", "Réunion Microsoft Teams", d, "20251119T160233Z",
                        lang="es-ES")
    return Ev("outlook-es", cal(body, OUTLOOK, tz=(RST,)), uid, False,
              trap="user-as-interviewer-organizer-freemail-candidate-es")


def hiring_committee() -> Ev:
    uid = outlook_uid("atl-comite")
    d = ("Ordre du jour :\n1. Présentation de la finaliste au poste de Chef de chantier armement (Mme Océane "
         "Le Floc'h) par Pierre-Yves\n2. Avis du jury (P-Y Le Gall, G. Abgrall, J. Evenou)\n3. Validation de la "
         "proposition salariale\n\nAlain")
    atts = [att(WORK, PYL), att("goulven.abgrall@" + ATL, "Abgrall, Goulven"),
            att("julie.evenou@" + ATL, "Evenou, Julie")]
    body = outlook_body(uid, org("alain.pennec@" + ATL, "Pennec, Alain"), atts,
                        "Comité de recrutement – validation finaliste Chef de chantier armement", RST,
                        "20251205T083000", "20251205T090000", "Bureau A. Pennec", d, "20251128T101000Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False,
              trap="user-as-interviewer-hiring-committee-fr")


def calibration() -> Ev:
    uid = outlook_uid("atl-calibration")
    d = ("Avant la campagne de recrutement des jeunes ingénieurs 2026 : harmonisation des grilles d'entretien, "
         "exemples de notation, rappel des questions interdites. Merci d'apporter vos grilles de l'an dernier.\n\n"
         "Julie Evenou – RRH")
    atts = [att(WORK, PYL), att("fanny.lecorre@" + ATL, "Le Corre, Fanny"), att("sebastien.moal@" + ATL,
                                                                               "Moal, Sébastien"),
            room("salle.brivet@" + ATL, "SNZ - Salle Brivet (10)")]
    body = outlook_body(uid, org("julie.evenou@" + ATL, "Evenou, Julie"), atts,
                        "Calibration évaluateurs – campagne recrutement ingénieurs 2026", RST, "20251209T140000",
                        "20251209T153000", "SNZ - Salle Brivet (10)", d, "20251125T083011Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="user-as-interviewer-calibration-fr")


def job_dating() -> Ev:
    uid = outlook_uid("atl-jobdating")
    d = ("Job dating alternance au Lycée Aristide Briand : stand Chantiers Atlantide, entretiens flash de 10 min "
         "avec les élèves de terminale et BTS intéressés par une alternance chez nous. Pierre-Yves et Goulven "
         "tiennent le stand et font passer les entretiens ; je m'occupe des inscriptions.\n\nNolwenn")
    atts = [att(WORK, PYL), att("goulven.abgrall@" + ATL, "Abgrall, Goulven")]
    body = outlook_body(uid, org("nolwenn.prigent@" + ATL, "Prigent, Nolwenn"), atts,
                        "Job dating alternance – Lycée Aristide Briand (stand Chantiers Atlantide)", RST,
                        "20260115T133000", "20260115T173000", "Lycée Aristide Briand\\, Saint-Nazaire", d,
                        "20251201T141500Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="user-as-interviewer-job-dating-fr")


def loop_en() -> Ev:
    uid = outlook_uid("atl-lambert")
    d = ("Interview loop – Hugo Lambert (Senior Planner, ex-Rolls-Royce Marine)\n\nSession 1/3 – HR (Nolwenn), "
         "09:30\nSession 2/3 – Technical (Pierre-Yves), 10:30 ← this slot\nSession 3/3 – Hiring manager "
         "(Alain), 11:30\n\nPlease submit your scorecard before the debrief at 14:00.\n\nNolwenn")
    atts = [att(WORK, PYL), att("hugo.lambert@outlook.com", "Hugo Lambert", role="OPT-PARTICIPANT")]
    body = outlook_body(uid, org("nolwenn.prigent@" + ATL, "Prigent, Nolwenn"), atts,
                        "Interview loop – Hugo Lambert – Session 2/3 (technical)", RST, "20251208T103000",
                        "20251208T112000", "SNZ - Salle Penhoët", d, "20251126T160300Z", lang="en-US")
    body = body.replace("END:VEVENT", alt(d) + "\nEND:VEVENT")
    return Ev("outlook-en", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="user-as-interviewer-loop-en")


def bookings_host() -> Ev:
    uid = outlook_uid("atl-moreau")
    d = ("Nouvelle réservation\n\nService : Entretien alternance (30 min)\nMembre du personnel : Pierre-Yves Le "
         "Gall\nClient : Inès Moreau\nE-mail : ines.moreau@orange.fr\nTéléphone : 06 33 71 09 42\nRemarques : "
         "candidature BTS Conception des processus de réalisation de produits\n\nGérer les réservations : "
         "https://outlook.office365.com/bookings/homepage\n\nRecrutement Alternance – Chantiers Atlantide")
    atts = [att(WORK, PYL), att("ines.moreau@orange.fr", "Inès Moreau")]
    body = outlook_body(uid, org("RecrutementAlternance@" + ATL, "Recrutement Alternance"), atts,
                        "Entretien alternance – Inès Moreau", RST, "20251211T100000", "20251211T103000",
                        "Chantiers Atlantide\\, Accueil Porte 1", d, "20251202T185010Z",
                        extra=f"X-MICROSOFT-BOOKINGS-SERVICE-ID:{guid('atl-bookings')}\n")
    return Ev("bookings-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="user-as-interviewer-bookings-host-fr")


def rh_invite() -> Ev:
    uid = outlook_uid("atl-guillet")
    d = ("Bonjour Pierre-Yves,\n\nJe t'ajoute à l'entretien de Manon Guillet, candidate au poste d'Assistante de "
         "projet dans ton équipe. Jury : toi et moi. Son CV est dans SuccessFactors.\n\nJulie")
    atts = [att(WORK, PYL), room("bureau.rh204@" + ATL, "SNZ - Bureau RH 2.04")]
    body = outlook_body(uid, org("julie.evenou@" + ATL, "Evenou, Julie"), atts,
                        "Entretien de recrutement – Manon Guillet – Assistante de projet", RST, "20251113T160000",
                        "20251113T170000", "SNZ - Bureau RH 2.04", d, "20251106T112233Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="user-as-interviewer-outlook-fr")


def hr_planning() -> Ev:
    uid = outlook_uid("atl-plan-recrut")
    d = ("Point annuel sur les besoins de recrutement de la direction des programmes pour 2026 : postes ouverts, "
         "priorités, calendrier des entretiens, budget intérim.\n\nJulie")
    atts = [att(WORK, PYL), att("alain.pennec@" + ATL, "Pennec, Alain")]
    body = outlook_body(uid, org("julie.evenou@" + ATL, "Evenou, Julie"), atts,
                        "Point RH – plan de recrutement 2026 (programmes)", RST, "20251016T090000",
                        "20251016T100000", "Salle Brivet", d, "20251009T150505Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False,
              trap="user-as-interviewer-hr-planning-internal-fr")


EVENTS = (apprentice_slots_recurring, phone_prequal, organizer_de, organizer_es, hiring_committee, calibration,
          job_dating, loop_en, bookings_host, rh_invite, hr_planning)
