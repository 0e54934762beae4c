"""holdout119: personal negatives (doctor, bank, permit, school, régie, family interviews, maintenance)."""

from __future__ import annotations

from holdout119ev_ics import APPLE, GOOGLE, OUTLOOK16, THUNDERBIRD, calendar, event

# ruff: noqa: E501


def _no(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return event(kind, ics, uid, yes=False, trap=trap)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "E1F2A3B4-DR-REYMOND-0311"
    out.append(_no("doctor-fr", calendar(r"""
BEGIN:VEVENT
UID:E1F2A3B4-DR-REYMOND-0311
DTSTAMP:20260301T090000Z
DTSTART;TZID=Europe/Zurich:20260311T074500
DTEND;TZID=Europe/Zurich:20260311T081500
SUMMARY:médecin – Dr Reymond (contrôle tension)
LOCATION:Cabinet médical du Lignon
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT1H
DESCRIPTION:médecin
END:VALARM
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, "personal-doctor-fr"))

    uid = "dentiste-pahud-0420@girard"
    out.append(_no("dentist-fr", calendar(r"""
BEGIN:VEVENT
UID:dentiste-pahud-0420@girard
DTSTAMP:20260401T090000Z
DTSTART:20260420T163000
DTEND:20260420T171500
SUMMARY:Dentiste Dr Pahud – détartrage
END:VEVENT
""", prodid=GOOGLE, method=None), uid, "personal-dentist-floating-fr"))

    uid = "banque-hypotheque-0317@girard"
    out.append(_no("bank-fr", calendar(r"""
BEGIN:VEVENT
UID:banque-hypotheque-0317@girard
DTSTAMP:20260309T090000Z
DTSTART;TZID=Europe/Zurich:20260317T180000
DTEND;TZID=Europe/Zurich:20260317T190000
SUMMARY:Banque – RDV conseillère hypothèque (Mme Roch)
ORGANIZER;CN=Caisse d'Épargne Lémanique:mailto:rdv@cel-banque.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:Agence Meyrin-Centre
DESCRIPTION:Entretien conseil : renouvellement hypothèque fixe. Merci d'apporter vos 3 dernières fiches de salaire et l'attestation de l'employeur.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "personal-bank-entretien-salary-slips-fr"))

    uid = "ocpm-permis-c-0408@ge.ch"
    out.append(_no("permit-fr", calendar(r"""
BEGIN:VEVENT
UID:ocpm-permis-c-0408@ge.ch
DTSTAMP:20260320T080000Z
DTSTART;TZID=Europe/Zurich:20260408T081000
DTEND;TZID=Europe/Zurich:20260408T083000
SUMMARY:Rendez-vous OCPM – renouvellement permis C (données biométriques)
ORGANIZER;CN=Office cantonal de la population et des migrations:mailto:no-reply@etat.ge.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:OCPM\, Route de Chancy 88\, 1213 Onex – guichet biométrie
DESCRIPTION:Présentez-vous 10 minutes avant l'heure avec votre passeport et la convocation. Numéro de dossier : 2026-118-4471.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "personal-permit-fr"))

    uid = "ecole-parents-leo-0324@girard"
    out.append(_no("school-fr", calendar(r"""
BEGIN:VEVENT
UID:ecole-parents-leo-0324@girard
DTSTAMP:20260315T190000Z
DTSTART;TZID=Europe/Zurich:20260324T181500
DTEND;TZID=Europe/Zurich:20260324T183000
SUMMARY:école – entretien parents Léo 7P (Mme Cuénod)
LOCATION:École des Avanchets\, salle 12
DESCRIPTION:avec Claire. bulletin + orientation CO.
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, "personal-school-entretien-fr"))

    uid = "regie-moser-etat-des-lieux-0404@girard"
    out.append(_no("regie-fr", calendar(r"""
BEGIN:VEVENT
UID:regie-moser-etat-des-lieux-0404@girard
DTSTAMP:20260325T080000Z
DTSTART;TZID=Europe/Zurich:20260404T100000
DTEND;TZID=Europe/Zurich:20260404T110000
SUMMARY:Régie Moser – visite appart 5 pces Meyrin (dossier)
ORGANIZER;CN=Régie Moser & Cie:mailto:location@regie-moser.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
DESCRIPTION:Merci de vous munir du dossier complet : extrait de poursuites\, attestation de salaire\, copie du permis.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "personal-regie-fr"))

    uid = "chaudiere-entretien-0319@girard"
    out.append(_no("boiler-fr", calendar(r"""
BEGIN:VEVENT
UID:chaudiere-entretien-0319@girard
DTSTAMP:20260310T080000Z
DTSTART;TZID=Europe/Zurich:20260319T080000
DTEND;TZID=Europe/Zurich:20260319T120000
SUMMARY:Entretien chaudière (régie) – technicien entre 8h et 12h
DESCRIPTION:Claire à la maison. Code porte 4471.
END:VEVENT
""", prodid=GOOGLE, method=None, zones=("Europe/Zurich",)), uid, "maintenance-entretien-fr"))

    uid = "entretien-vehicule-pv12-0401@gva-operations.ch"
    out.append(_no("vehicle-fr", calendar(r"""
BEGIN:VEVENT
UID:entretien-vehicule-pv12-0401@gva-operations.ch
DTSTAMP:20260325T080000Z
DTSTART;TZID=Europe/Zurich:20260401T130000
DTEND;TZID=Europe/Zurich:20260401T140000
SUMMARY:Entretien véhicule follow-me PV-12 – atelier GSE
ORGANIZER;CN=Atelier GSE:mailto:atelier.gse@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
DESCRIPTION:Service 30'000 km + contrôle gyrophares. Véhicule de remplacement PV-07.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "maintenance-vehicle-fr"))

    uid = "admission-emma-ehl-0415@girard"
    out.append(_no("daughter-admission-fr", calendar(r"""
BEGIN:VEVENT
UID:admission-emma-ehl-0415@girard
DTSTAMP:20260401T190000Z
DTSTART;TZID=Europe/Zurich:20260415T140000
DTEND;TZID=Europe/Zurich:20260415T150000
SUMMARY:Entretien d'admission Emma – école hôtelière (accompagner)
LOCATION:Lausanne\, campus
DESCRIPTION:Emma passe l'entretien\, je l'accompagne en voiture. Prendre congé l'aprem.
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, "someone-elses-interview-daughter-fr"))

    uid = "claire-entretien-lausanne-0422@girard"
    out.append(_no("partner-interview-fr", calendar(r"""
BEGIN:VEVENT
UID:claire-entretien-lausanne-0422@girard
DTSTAMP:20260418T190000Z
DTSTART;TZID=Europe/Zurich:20260422T150000
DTEND;TZID=Europe/Zurich:20260422T183000
SUMMARY:Claire entretien d'embauche à Lausanne → je récupère les enfants
DESCRIPTION:Léo 16h00 parascolaire\, Emma 16h30 piscine.
END:VEVENT
""", prodid=GOOGLE, method=None, zones=("Europe/Zurich",)), uid, "someone-elses-interview-partner-fr"))

    uid = "pediatre-leo-0506@girard"
    out.append(_no("pediatrician-fr", calendar(r"""
BEGIN:VEVENT
UID:pediatre-leo-0506@girard
DTSTAMP:20260420T190000Z
DTSTART;TZID=Europe/Zurich:20260506T161500
DTEND;TZID=Europe/Zurich:20260506T164500
SUMMARY:pédiatre Léo (rappel vaccin)
END:VEVENT
""", prodid=THUNDERBIRD, method=None, zones=("Europe/Zurich",)), uid, "personal-pediatrician-fr"))

    uid = "garage-pneus-0328@girard"
    out.append(_no("garage-de", calendar(r"""
BEGIN:VEVENT
UID:garage-pneus-0328@girard
DTSTAMP:20260320T190000Z
DTSTART;TZID=Europe/Zurich:20260328T083000
DTEND;TZID=Europe/Zurich:20260328T093000
SUMMARY:Garage Hofer – Reifenwechsel (Sommerpneus)
ORGANIZER;CN=Garage Hofer AG:mailto:termine@garage-hofer.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:Garage Hofer AG\, Zürcherstrasse 118\, Dietikon
DESCRIPTION:Ihr Termin ist bestätigt. Bitte Räder im Kofferraum mitbringen.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "personal-garage-de"))

    return out
