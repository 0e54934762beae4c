"""holdout119: the user on the hiring side at his current job (interviewing shift supervisors and staff)."""

from __future__ import annotations

from holdout119ev_ics import APPLE, GOOGLE, OUTLOOK, OUTLOOK16, THUNDERBIRD, calendar, event

# ruff: noqa: E501

ME = "antoine.girard@gva-operations.ch"


def _no(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return event(kind, ics, uid, yes=False, trap=trap)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "040000008200E00074C5B7101A82E00800000000GVAOPS0001ROCHAT"
    out.append(_no("side-outlook-organizer-fr", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000GVAOPS0001ROCHAT
DTSTAMP:20260302T100000Z
DTSTART;TZID=Romance Standard Time:20260306T100000
DTEND;TZID=Romance Standard Time:20260306T110000
SUMMARY;LANGUAGE=fr-CH:Entretien candidat – Superviseur·e de permanence ops (M. Kevin Rochat)
ORGANIZER;CN="Girard, Antoine":mailto:antoine.girard@gva-operations.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=kevin.rochat@gmail.com:mailto:kevin.rochat@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Morand, Isabelle":mailto:isabelle.morand@gva-operations.ch
ATTENDEE;CUTYPE=ROOM;CN="GVA-OPS Salle Briefing 2":mailto:salle.briefing2@gva-operations.ch
LOCATION;LANGUAGE=fr-CH:GVA-OPS Salle Briefing 2
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Rochat\,\n\nNous vous recevons pour un entretien pour le poste de Superviseur·e de permanence opérations. Se présenter à la loge sécurité\, porte C\, avec une pièce d'identité.\n\nAntoine Girard\nDuty Operations Manager\n
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, "user-as-interviewer-organizer-candidate-gmail-fr"))

    uid = "SFSF-INTKIT-GVAOPS-7781-morel"
    out.append(_no("side-sf-kit-en", calendar(r"""
BEGIN:VEVENT
UID:SFSF-INTKIT-GVAOPS-7781-morel
DTSTAMP:20260309T080000Z
DTSTART;TZID=W. Europe Standard Time:20260311T140000
DTEND;TZID=W. Europe Standard Time:20260311T150000
SUMMARY:Interview: Léa Morel – Shift Supervisor Ramp (REQ 7781) – you are an interviewer
ORGANIZER;CN=GVA Operations Talent Acquisition:mailto:recruiting@gva-operations.ch
ATTENDEE;CN="Girard, Antoine";ROLE=REQ-PARTICIPANT:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN="Weber, Nina";ROLE=REQ-PARTICIPANT:mailto:nina.weber@gva-operations.ch
LOCATION:Microsoft Teams
DESCRIPTION:Interviewer guide and rating form: https://performancemanager5.successfactors.eu/sf/recruiting?req=7781\nCandidate: Léa Morel (external)\nCompetencies to assess: Leadership under pressure\, Safety awareness\, Communication.\nPlease submit your interview assessment within 24 hours.\n\nSAP SuccessFactors Recruiting
END:VEVENT
""", prodid="-//SAP SuccessFactors//Interview Scheduling//EN", zones=("W. Europe Standard Time",)), uid,
        "user-as-interviewer-kit-en"))

    uid = "debrief-recrut-sup-0313@gva-operations.ch"
    out.append(_no("side-debrief-fr", calendar(r"""
BEGIN:VEVENT
UID:debrief-recrut-sup-0313@gva-operations.ch
DTSTAMP:20260310T120000Z
DTSTART;TZID=Europe/Zurich:20260313T160000
DTEND;TZID=Europe/Zurich:20260313T163000
SUMMARY:Debrief recrutement superviseurs (Rochat / Morel / Pereira)
ORGANIZER;CN=Isabelle Morand:mailto:isabelle.morand@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Nina Weber:mailto:nina.weber@gva-operations.ch
LOCATION:bureau RH
DESCRIPTION:Décision sur les 3 finalistes. Merci d'avoir saisi vos évaluations avant.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-debrief-fr"))

    uid = "calendly-host-7d1e-pereira"
    out.append(_no("side-calendly-host-fr", calendar(r"""
BEGIN:VEVENT
UID:calendly-host-7d1e-pereira
DTSTAMP:20260305T181000Z
DTSTART:20260310T133000Z
DTEND:20260310T140000Z
SUMMARY:Kevin Pereira et Antoine Girard
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Kevin Pereira:mailto:k.pereira93@hotmail.com
LOCATION:Téléphone : +33 6 12 44 90 31
DESCRIPTION:Nouvel événement planifié\n\nType d'événement : Pré-entretien candidats superviseurs (30 min)\nInvité : Kevin Pereira\nE-mail de l'invité : k.pereira93@hotmail.com\nRéponses :\nPoste : Superviseur de permanence\n\nCalendly
END:VEVENT
""", prodid="-//Calendly//Calendly//EN"), uid, "user-as-interviewer-calendly-host-fr"))

    uid = "ALT-REC-2026-0318-GVAOPS-favre"
    out.append(_no("side-agency-candidate-fr", calendar(r"""
BEGIN:VEVENT
UID:ALT-REC-2026-0318-GVAOPS-favre
DTSTAMP:20260312T090000Z
DTSTART;TZID=Europe/Zurich:20260318T083000
DTEND;TZID=Europe/Zurich:20260318T093000
SUMMARY:Présentation candidat Altitude Recrutement – M. Loïc Favre (poste Superviseur Ops)
ORGANIZER;CN=Élodie Rambert – Altitude Recrutement:mailto:e.rambert@altitude-recrutement.fr
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Loïc Favre:mailto:loic.favre74@orange.fr
LOCATION:GVA Operations\, accueil bâtiment ops
DESCRIPTION:Bonjour M. Girard\,\nComme convenu je vous présente M. Loïc Favre\, notre candidat pour votre poste de Superviseur Ops (dossier en PJ). Il vous rencontrera sur site.\nBien cordialement\,\nÉlodie Rambert
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-agency-candidate-fr"))

    uid = "hand-cand-silva-0319@girard"
    out.append(_no("side-hand-fr", calendar(r"""
BEGIN:VEVENT
UID:hand-cand-silva-0319@girard
DTSTAMP:20260316T070000Z
DTSTART:20260319T100000
DTEND:20260319T110000
SUMMARY:entretien cand. sup. ramp – J. Silva
DESCRIPTION:lire CV avant. grille v2. Nina en 2e.
END:VEVENT
""", prodid=GOOGLE, method=None), uid, "user-as-interviewer-hand-floating-fr"))

    uid = "jury-agents-escale-0324@gva-operations.ch"
    out.append(_no("side-panel-fr", calendar(r"""
BEGIN:VEVENT
UID:jury-agents-escale-0324@gva-operations.ch
DTSTAMP:20260317T101500Z
DTSTART;TZID=Europe/Zurich:20260324T083000
DTEND;TZID=Europe/Zurich:20260324T170000
SUMMARY:Jury entretiens agents d'escale – journée recrutement saison été
ORGANIZER;CN=Isabelle Morand:mailto:isabelle.morand@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Yann Rossier:mailto:yann.rossier@gva-operations.ch
LOCATION:Salle de formation 1
DESCRIPTION:8 candidats (30 min chacun). Tu siégeras au jury le matin avec Yann. Planning des passages en pièce jointe.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-panel-jury-fr"))

    uid = "shadow-hr-interview-0326@gva-operations.ch"
    out.append(_no("side-shadowing-en", calendar(r"""
BEGIN:VEVENT
UID:shadow-hr-interview-0326@gva-operations.ch
DTSTAMP:20260320T100000Z
DTSTART:20260326T090000Z
DTEND:20260326T100000Z
SUMMARY:Shadowing: Antoine sits in on Nina's interview (Ops Planner candidate)
ORGANIZER;CN=Nina Weber:mailto:nina.weber@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
DESCRIPTION:Part of the interviewer certification. Observe only\, then we calibrate your notes against mine.
END:VEVENT
""", prodid=OUTLOOK16), uid, "user-as-interviewer-shadowing-en"))

    uid = "040000008200E00074C5B7101A82E00800000000GVAOPS0009DUTYOFF"
    out.append(_no("side-teams-en", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000GVAOPS0009DUTYOFF
DTSTAMP:20260331T081500Z
DTSTART;TZID=W. Europe Standard Time:20260403T133000
DTEND;TZID=W. Europe Standard Time:20260403T143000
SUMMARY:Interview – Duty Officer candidate Arjun Mehta (Teams)
ORGANIZER;CN="Weber, Nina":mailto:nina.weber@gva-operations.ch
ATTENDEE;CN="Girard, Antoine":mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=arjun.mehta.ops@outlook.com:mailto:arjun.mehta.ops@outlook.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Antoine – you lead the technical part (IRREG scenarios\, de-icing day). I cover motivation and package. Interview in English.\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\n________________________________________________________________________________
END:VEVENT
""", prodid=OUTLOOK, zones=("W. Europe Standard Time",)), uid, "user-as-interviewer-teams-en-candidate-outlook"))

    uid = "vg-schichtleitung-meier-0407@gva-operations.ch"
    out.append(_no("side-de", calendar(r"""
BEGIN:VEVENT
UID:vg-schichtleitung-meier-0407@gva-operations.ch
DTSTAMP:20260401T090000Z
DTSTART;TZID=Europe/Zurich:20260407T101500
DTEND;TZID=Europe/Zurich:20260407T111500
SUMMARY:Vorstellungsgespräch Bewerberin Schichtleitung Ops – Frau Carla Meier
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Carla Meier:mailto:carla.meier@gmx.ch
ATTENDEE;CN=Yann Rossier:mailto:yann.rossier@gva-operations.ch
LOCATION:GVA Operations\, Büro Duty Management
DESCRIPTION:Sehr geehrte Frau Meier\, wir freuen uns\, Sie zum Vorstellungsgespräch für die Stelle als Schichtleiterin Operations einzuladen. Freundliche Grüsse\, Antoine Girard\, Duty Operations Manager
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-organizer-de-candidate-gmx"))

    uid = "sf-reminder-assessment-dubois-0409"
    out.append(_no("side-scorecard-fr", calendar(r"""
BEGIN:VEVENT
UID:sf-reminder-assessment-dubois-0409
DTSTAMP:20260408T170000Z
DTSTART;TZID=Europe/Zurich:20260409T080000
DTEND;TZID=Europe/Zurich:20260409T081500
SUMMARY:Rappel : évaluation d'entretien à saisir – candidat N. Dubois (Superviseur Ops)
ORGANIZER;CN=GVA Operations Talent Acquisition:mailto:recruiting@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
DESCRIPTION:Vous avez mené un entretien avec Nicolas Dubois le 7 avril. Votre formulaire d'évaluation n'a pas encore été soumis.
END:VEVENT
""", prodid="-//SAP SuccessFactors//Interview Scheduling//EN", zones=("Europe/Zurich",)), uid, "user-as-interviewer-scorecard-fr"))

    uid = "comite-selection-chef-bagages-0414@gva-operations.ch"
    out.append(_no("side-committee-fr", calendar(r"""
BEGIN:VEVENT
UID:comite-selection-chef-bagages-0414@gva-operations.ch
DTSTAMP:20260408T120000Z
DTSTART;TZID=Europe/Zurich:20260414T150000
DTEND;TZID=Europe/Zurich:20260414T160000
SUMMARY:Comité de sélection – chef·fe d'équipe tri bagages
ORGANIZER;CN=Isabelle Morand:mailto:isabelle.morand@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Hervé Lachat:mailto:herve.lachat@gva-operations.ch
DESCRIPTION:Comparaison des 4 candidatures retenues\, proposition au directeur.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-committee-fr"))

    uid = "mise-en-situation-candidats-0416@gva-operations.ch"
    out.append(_no("side-exercise-fr", calendar(r"""
BEGIN:VEVENT
UID:mise-en-situation-candidats-0416@gva-operations.ch
DTSTAMP:20260410T080000Z
DTSTART;TZID=Europe/Zurich:20260416T130000
DTEND;TZID=Europe/Zurich:20260416T170000
SUMMARY:Mise en situation candidats superviseurs – salle de crise (je joue le rôle du CDO)
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Nina Weber:mailto:nina.weber@gva-operations.ch
LOCATION:Salle de crise\, niveau -1
DESCRIPTION:Scénario : fermeture piste + neige. Deux candidats\, 1h30 chacun. Grille d'observation v3.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-exercise-fr"))

    uid = "appel-benali-0305@girard"
    out.append(_no("side-prescreen-fr", calendar(r"""
BEGIN:VEVENT
UID:appel-benali-0305@girard
DTSTAMP:20260303T100000Z
DTSTART;TZID=Europe/Zurich:20260305T113000
DTEND;TZID=Europe/Zurich:20260305T114500
SUMMARY:Appel candidat (pré-qualif) – Y. Benali 078 554 21 09
DESCRIPTION:dispo horaires irréguliers ? permis C ? badge OK ?
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, "user-as-interviewer-phone-prescreen-hand-fr"))

    uid = "ref-check-morel-0316@girard"
    out.append(_no("side-refcheck-fr", calendar(r"""
BEGIN:VEVENT
UID:ref-check-morel-0316@girard
DTSTAMP:20260313T160000Z
DTSTART;TZID=Europe/Zurich:20260316T111500
DTEND;TZID=Europe/Zurich:20260316T113000
SUMMARY:Prise de référence – candidate L. Morel (ancien chef chez son employeur actuel)
DESCRIPTION:Appeler M. Fasel\, +41 22 799 40 10. Questions : fiabilité\, gestion stress\, motif départ.
END:VEVENT
""", prodid=THUNDERBIRD, method=None, zones=("Europe/Zurich",)), uid, "user-as-interviewer-reference-check-fr"))

    uid = "grille-entretien-prep-0305@gva-operations.ch"
    out.append(_no("side-prep-grid-fr", calendar(r"""
BEGIN:VEVENT
UID:grille-entretien-prep-0305@gva-operations.ch
DTSTAMP:20260302T090000Z
DTSTART;TZID=Europe/Zurich:20260305T150000
DTEND;TZID=Europe/Zurich:20260305T160000
SUMMARY:Préparer grille d'entretien + questions situationnelles (recrutement superviseurs)
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
DESCRIPTION:bloc focus. reprendre la grille de Nina\, ajouter 3 cas IRREG.
TRANSP:OPAQUE
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-prep-grid-fr"))

    uid = "mobilite-interne-chappuis-0421@gva-operations.ch"
    out.append(_no("side-internal-fr", calendar(r"""
BEGIN:VEVENT
UID:mobilite-interne-chappuis-0421@gva-operations.ch
DTSTAMP:20260415T090000Z
DTSTART;TZID=Europe/Zurich:20260421T140000
DTEND;TZID=Europe/Zurich:20260421T144500
SUMMARY:Entretien mobilité interne – Laura Chappuis (candidate au poste de coordinatrice ops)
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Laura Chappuis:mailto:laura.chappuis@gva-operations.ch
ATTENDEE;CN=Isabelle Morand:mailto:isabelle.morand@gva-operations.ch
LOCATION:Bureau Duty Management
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-internal-mobility-fr"))

    uid = "apprenti-logisticien-0429@gva-operations.ch"
    out.append(_no("side-apprentice-fr", calendar(r"""
BEGIN:VEVENT
UID:apprenti-logisticien-0429@gva-operations.ch
DTSTAMP:20260422T090000Z
DTSTART;TZID=Europe/Zurich:20260429T163000
DTEND;TZID=Europe/Zurich:20260429T171500
SUMMARY:Entretien apprenti logisticien CFC – Noah Berset (+ parents)
ORGANIZER;CN=Hervé Lachat:mailto:herve.lachat@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=noah.berset@edu.ge.ch:mailto:noah.berset@edu.ge.ch
DESCRIPTION:Antoine présent en tant que responsable de service\, Hervé maître d'apprentissage.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "user-as-interviewer-apprentice-fr"))

    uid = "AAMkADBookings-GVAOPS-pistes-20260430-1000@outlook.com"
    out.append(_no("side-bookings-fr", calendar(r"""
BEGIN:VEVENT
UID:AAMkADBookings-GVAOPS-pistes-20260430-1000@outlook.com
DTSTAMP:20260424T140000Z
DTSTART;TZID=Romance Standard Time:20260430T100000
DTEND;TZID=Romance Standard Time:20260430T103000
SUMMARY:Entretien de recrutement – Agent·e de piste (saison) – Mme Fatou Diallo
ORGANIZER;CN=Recrutement GVA Operations:mailto:Recrutement@gva-operations.ch
ATTENDEE;CN="Girard, Antoine":mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Fatou Diallo:mailto:fatou.diallo.ge@gmail.com
LOCATION:GVA Operations\, salle Briefing 2
DESCRIPTION:Nouvelle réservation\n\nService : Entretien agents de piste saison été\nPersonnel : Antoine Girard\nClient : Fatou Diallo (fatou.diallo.ge@gmail.com)\n\nMicrosoft Bookings
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, "user-as-interviewer-bookings-staff-fr"))

    uid = "WD-INTVR-0000551203-GVAOPS@myworkday.com"
    out.append(_no("side-workday-en", calendar(r"""
BEGIN:VEVENT
UID:WD-INTVR-0000551203-GVAOPS@myworkday.com
DTSTAMP:20260424T100000Z
DTSTART:20260505T120000Z
DTEND:20260505T130000Z
SUMMARY:Interview Scheduled: Marco Rossi – Ramp Safety Coordinator – Interviewer: Antoine Girard
ORGANIZER;CN=GVA Operations Careers:mailto:gvaoperations@myworkday.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
LOCATION:GVA Operations – Duty office
DESCRIPTION:You have been added as an interviewer.\nCandidate: Marco Rossi\nJob Requisition: Ramp Safety Coordinator (JR-3310)\nPlease review the resume and complete the interview feedback in Workday after the interview.
END:VEVENT
""", prodid="-//Workday Inc//Workday Calendar//EN"), uid, "user-as-interviewer-workday-en"))

    return out
