"""holdout61 negatives from work and private life: press, user research, appraisal, meetings, appointments."""

from __future__ import annotations

from holdout61ev_ics import (
    ME,
    ME_FREE,
    ME_WORK,
    att,
    cal,
    hexid,
    item,
    org,
    outlook_tail,
    outlook_uid,
    teams,
    text,
    uuid,
    vevent,
    zoom,
)

RST = "Romance Standard Time"
MOREL = ("pierre.morel@chu-bordeaux.fr", "Morel, Pierre")


def _neg(kind: str, ics: str, uid: str, trap: str = "") -> dict:
    return item(kind, ics, uid, 0, trap=trap or kind)


def _outlook(summary: str, body: str, start: str, end: str, organizer: tuple[str, str], attendees: list[str],
             location: str = "", extra: tuple[str, ...] = (), tzid: str = RST) -> tuple[str, str]:
    uid = outlook_uid()
    ev = vevent(
        org(*organizer), *attendees, text("DESCRIPTION", body, "LANGUAGE=fr-FR") if body else "", *extra,
        f"UID:{uid}", text("SUMMARY", summary, "LANGUAGE=fr-FR"), f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}", "DTSTAMP:20260303T110000Z", text("LOCATION", location) if location else "",
        outlook_tail())
    return cal([ev], "outlook", tzs=(tzid,)), uid


def _personal(summary: str, start: str, end: str, location: str = "", notes: str = "",
              prodid: str = "ios", floating: bool = False) -> tuple[str, str]:
    uid = uuid()
    zone = "" if floating else ";TZID=Europe/Paris"
    ev = vevent(
        "CREATED:20260301T070000Z", f"UID:{uid}", f"DTEND{zone}:{end}", text("SUMMARY", summary),
        f"DTSTART{zone}:{start}", "DTSTAMP:20260301T070000Z", text("LOCATION", location) if location else "",
        text("DESCRIPTION", notes) if notes else "", "SEQUENCE:0",
        ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT30M", "END:VALARM"])
    return cal([ev], prodid, method=None, tzs=() if floating else ("Europe/Paris",)), uid


def build() -> list[dict]:
    out = []
    ics, uid = _outlook(
        "Interview La Gazette girondine – pénuries de médicaments",
        "Interview téléphonique avec Mathieu Cassagne, journaliste, sur les tensions d'approvisionnement à "
        "l'hôpital. Validée par la Direction de la communication (relecture des citations).", "20260309T120000",
        "20260309T123000", ("communication@chu-bordeaux.fr", "Direction de la Communication"),
        [att(ME_WORK, "Dubois-Nkemelu, Camille"), att("m.cassagne@gazette-girondine.fr", "Mathieu Cassagne")],
        "Téléphone")
    out.append(_neg("press-interview-fr", ics, uid, "press-interview-fr"))
    url, zb = zoom("fr")
    uid = f"{hexid(26)}@google.com"
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260321T100000", "DTEND;TZID=Europe/Paris:20260321T113000",
        "DTSTAMP:20260312T160000Z", org("danspui.podcast@gmail.com", "Dans la PUI – podcast"), f"UID:{uid}",
        att(ME_FREE, ME), text("DESCRIPTION", "Enregistrement de l'épisode 14 : la pharmacie clinique au lit du "
                                             "patient. Format interview, 45 min utiles. Casque conseillé.\n\n" + zb),
        text("LOCATION", url), "STATUS:CONFIRMED",
        text("SUMMARY", "Enregistrement podcast « Dans la PUI » – interview Camille Dubois-Nkemelu"))
    out.append(_neg("podcast-interview-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid, "podcast-interview-fr"))
    _url, tb = teams("fr")
    ics, uid = _outlook(
        "Interview utilisateur – module de validation pharmaceutique Medilogik",
        "Bonjour Docteur,\n\nMerci d'avoir accepté de participer à notre étude utilisateurs. Pendant 45 minutes, "
        "nous vous poserons des questions sur votre usage du module de validation des prescriptions et vous "
        "montrerons deux maquettes. Un bon d'achat de 50 € vous sera envoyé.\n\nAmandine Roy, UX Researcher – "
        "Medilogik\n\n" + tb, "20260323T123000", "20260323T131500", ("amandine.roy@medilogik.fr", "Roy, Amandine"),
        [att(ME_WORK, "Dubois-Nkemelu, Camille")], "Réunion Microsoft Teams")
    out.append(_neg("user-research-fr", ics, uid, "user-research-interview-fr"))
    uid = f"{hexid(26)}@google.com"
    ev = vevent(
        "DTSTART:20260326T150000Z", "DTEND:20260326T154500Z", "DTSTAMP:20260320T100000Z",
        org("investigacion@conciliafarma.es", "Equipo de Investigación ConciliaFarma"), f"UID:{uid}",
        att(ME_FREE, ME),
        text("DESCRIPTION", "Hola Camille:\n\nGracias por participar en nuestra entrevista de investigación con "
                            "usuarios. Queremos entender cómo hacéis la conciliación de la medicación al ingreso "
                            "en un hospital francés. No hay respuestas correctas o incorrectas.\n\n"
                            "Enlace: https://meet.google.com/" + hexid(3) + "-" + hexid(4) + "-" + hexid(3)),
        "STATUS:CONFIRMED", text("SUMMARY", "Entrevista de investigación con usuarios – ConciliaFarma"))
    out.append(_neg("user-research-es", cal([ev], "google"), uid, "user-research-interview-es"))
    ics, uid = _personal("Pédiatre Noah – vaccins 18 mois", "20260311T173000", "20260311T180000",
                         "Cabinet Dr Lefebvre, 14 rue Fondaudège, Bordeaux", "Carnet de santé !")
    out.append(_neg("personal-doctor-fr", ics, uid, "personal-doctor-fr"))
    ics, uid = _personal("RDV banque – M. Lestrade (renégociation prêt)", "20260314T093000", "20260314T103000",
                         "Agence Bordeaux Chartrons", "Apporter 3 derniers bulletins de salaire + avis d'imposition")
    out.append(_neg("personal-bank-fr", ics, uid, "personal-bank-appointment-fr"))
    uid = f"{hexid(26)}@google.com"
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260402T183000", "DTEND;TZID=Europe/Paris:20260402T200000",
        "DTSTAMP:20260320T080000Z", org("direction@creche-petitslutins.fr", "Crèche Les Petits Lutins"),
        f"UID:{uid}", att(ME_FREE, ME), att("jeremie.nkemelu@gmail.com", "Jérémie Nkemelu"),
        text("DESCRIPTION", "Réunion d'information des parents : projet pédagogique, passage chez les grands, "
                            "fête de l'été."), text("LOCATION", "Crèche Les Petits Lutins"),
        text("SUMMARY", "Réunion parents – section des moyens"), "STATUS:CONFIRMED")
    out.append(_neg("personal-creche-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid, "personal-creche-fr"))
    ics, uid = _personal("Biométrie permis de travail Canada – centre de réception des visas", "20260413T093000",
                         "20260413T101500", "Centre de réception des demandes de visa, Paris 17e",
                         "Passeport + lettre d'instruction biométrie IRCC + confirmation de RDV imprimée")
    out.append(_neg("personal-visa-fr", ics, uid, "personal-visa-biometrics-fr"))
    ics, uid = _outlook(
        "Entretien annuel d'évaluation – Camille Dubois-Nkemelu",
        "Camille,\n\nJe te propose notre entretien annuel : bilan de l'année, objectifs 2026, projet DU "
        "pharmacie clinique oncologique. Pense à remplir le support d'auto-évaluation.\n\nPierre",
        "20260318T140000", "20260318T150000", MOREL, [att(ME_WORK, "Dubois-Nkemelu, Camille")],
        "Bureau du chef de service")
    out.append(_neg("appraisal-fr", ics, uid, "own-appraisal-fr"))
    ics, uid = _outlook(
        "Entretien DRH – demande de mise en disponibilité",
        "Rendez-vous à votre demande concernant une mise en disponibilité pour convenances personnelles (durée, "
        "préavis, réintégration).", "20260408T110000", "20260408T114500",
        ("gestion.pm@chu-bordeaux.fr", "Gestion du personnel médical"), [att(ME_WORK, "Dubois-Nkemelu, Camille")],
        "DAM – bâtiment administratif, bureau 112")
    out.append(_neg("hr-meeting-fr", ics, uid, "own-hr-meeting-leave-fr"))
    ics, uid = _outlook(
        "COMEDIMS – séance trimestrielle", "Ordre du jour : référencement biosimilaires, bilan des ruptures, "
        "livret thérapeutique.", "20260317T163000", "20260317T183000",
        ("comedims@chu-bordeaux.fr", "Secrétariat COMEDIMS"),
        [att(ME_WORK, "Dubois-Nkemelu, Camille"), att(MOREL[0], MOREL[1])], "Salle du conseil – Pellegrin")
    out.append(_neg("internal-meeting-fr", ics, uid, "internal-committee-fr"))
    ics, uid = _outlook(
        "Staff pharmacie clinique", "Revue des interventions pharmaceutiques de la semaine + cas du jour.",
        "20260305T083000", "20260305T091500", MOREL,
        [att(ME_WORK, "Dubois-Nkemelu, Camille"), att("aurelie.nguyen@chu-bordeaux.fr", "Nguyen, Aurélie")],
        "Salle de réunion pharmacie", extra=("RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260702T063000Z",))
    out.append(_neg("internal-recurring-fr", ics, uid, "internal-recurring-staff-fr"))
    ics, uid = _personal("Entretien chaudière", "20260320T080000", "20260320T120000", "Maison",
                         "Technicien entre 8h et 12h – contrat d'entretien annuel, réf. client 45 1187")
    out.append(_neg("boiler-service-fr", ics, uid, "entretien-boiler-fr"))
    ics, uid = _personal("Entretien voiture – révision 60 000 km", "20260404T083000", "20260404T090000",
                         "Garage du Bouscat", "Déposer la Clio, récupérer 17h", prodid="thunderbird", floating=True)
    out.append(_neg("car-service-fr", ics, uid, "entretien-car-floating-fr"))
    ics, uid = _outlook(
        "Soutenance de thèse d'exercice – Marion Lalande",
        "Vous êtes membre du jury de la thèse d'exercice de Mme Marion Lalande : « Conciliation médicamenteuse "
        "de sortie en gériatrie ». Présidente : Pr Catherine Duluc.", "20260410T140000", "20260410T160000",
        ("scolarite.pharmacie@u-bordeaux.fr", "Scolarité Pharmacie"), [att(ME_WORK, "Dubois-Nkemelu, Camille")],
        "Faculté de pharmacie – amphi Gintrac")
    out.append(_neg("thesis-jury-fr", ics, uid, "thesis-jury-fr"))
    ics, uid = _personal("Entretien téléphonique mutuelle – dossier remboursement", "20260331T124500",
                         "20260331T130000", "", "Ils rappellent sur le portable. Dossier n° 2026-04811 (lunettes Noah)")
    out.append(_neg("insurance-call-fr", ics, uid, "entretien-insurance-call-fr"))
    return out
