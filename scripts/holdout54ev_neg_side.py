"""holdout54 negatives: Inès on the hiring side at Mutuelle Garonne (interns, designers, researchers)."""

from __future__ import annotations

import holdout54ev_ics as ic
from holdout54ev_ics import WORK, att, calendar, lab, org, vevent

ME = "Haddad, Inès"
Ev = tuple[str, str, dict[str, str]]
MG = "mutuelle-garonne.fr"


def _n(kind: str, tool: str, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str] | None,
       people: list[tuple[str, str]], desc: str | None, loc: str | None = None, *, tz: str | None = ic.ROMANCE,
       me: str | None = WORK, method: str | None = "REQUEST", alt: str | None = None) -> Ev:
    attendees = ([att(me, ME)] if me else []) + [att(e, n) for e, n in people]
    tzids = (tz,) if tz in ic.TZ_BLOCKS else ()
    ics = calendar(tool, [vevent(uid, summary, start, end, tz=tz, organizer=org(*organizer) if organizer else None,
                                 attendees=attendees, desc=desc, loc=loc, alt=alt)], tzids=tzids, method=method)
    return kind, ics, lab(kind, uid, 0, trap=f"user-as-interviewer-{kind}")


def events() -> list[Ev]:
    rh = ("recrutement@" + MG, "Recrutement Mutuelle Garonne")
    return [
        _n("ats-intern-fr", "teamtailor", "tt-meeting-2207731-mutuellegaronne@teamtailor.com",
           "Entretien – Camille Roux – Stage UX Design (6 mois)", "20250313T100000", "20250313T110000", rh,
           [("camille.roux.design@gmail.com", "Camille Roux"), ("stephane.albert@" + MG, "Albert, Stéphane")],
           "Bonjour,\n\nVous êtes invité(e) en tant qu'intervieweur pour la candidature de Camille Roux (Stage UX "
           "Design, 6 mois, à partir de septembre).\nMerci de remplir la grille d'évaluation dans Teamtailor dans "
           "les 24 h.\n\nCV et portfolio : https://app.teamtailor.com/companies/mg/candidates/88120", "Visio Teams"),
        _n("portfolio-review-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGPORTF01",
           "Revue de portfolio – candidat stage UX (Hugo Lefèvre, ENSCI)", "20250319T140000", "20250319T150000",
           (WORK, ME), [("hugo.lefevre@ensci.com", "Hugo Lefèvre")],
           "Bonjour Hugo,\n\nMerci pour votre candidature au stage UX Design chez Mutuelle Garonne. Je vous propose "
           "un échange d'une heure : vous nous présentez 2 projets de votre portfolio, puis nous vous parlerons de "
           "l'équipe.\n\nInès Haddad\nUX Designer – Direction Digitale\n\n" + ic.TEAMS_FR.format(code="bWdwb3J0"),
           "Réunion Microsoft Teams"),
        _n("debrief-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGDEBRIEF2",
           "Debrief candidats UX Designer confirmé (CDI) – décision", "20250321T160000", "20250321T163000",
           ("stephane.albert@" + MG, "Albert, Stéphane"),
           [("nathalie.py@" + MG, "Py, Nathalie"), ("karim.belkacem@" + MG, "Belkacem, Karim")],
           "Tour de table sur les 3 candidats vus cette semaine (M. Dubreuil, S. Ait-Ali, T. Mendes). Merci d'avoir "
           "complété vos scorecards avant.", "Salle Pont-Neuf (4e)"),
        _n("scorecard-reminder-en", "greenhouse", "gh-scorecard-reminder-mg-55120@greenhouse.io",
           "Reminder: submit your scorecard – Sofiane Ait-Ali (UX Designer)", "20250320T170000", "20250320T171500",
           ("no-reply@greenhouse.io", "Greenhouse"), [],
           "You interviewed Sofiane Ait-Ali for UX Designer (CDI) – Mutuelle Garonne. Please submit your scorecard "
           "so the hiring team can make a decision.", None, tz="Z"),
        _n("panel-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGPANEL03",
           "Jury d'entretien – Chargé(e) de recherche utilisateur – Mme Léna Fourcade", "20250327T093000",
           "20250327T110000", rh, [("lena.fourcade@outlook.fr", "Léna Fourcade"),
                                   ("stephane.albert@" + MG, "Albert, Stéphane"),
                                   ("salle.saint-cyprien@" + MG, "Salle Saint-Cyprien (12)")],
           "Composition du jury : Stéphane Albert (Responsable Design), Inès Haddad (UX Designer), Nathalie Py (RH)."
           "\nDéroulé : présentation candidate 20 min, mise en situation 30 min, questions 20 min.\nGrille jointe.",
           "Siège – Salle Saint-Cyprien", alt="<html><body><b>Jury d'entretien</b></body></html>"),
        _n("shadowing-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGSHADOW04",
           "[Observation] Entretien technique dev front – Inès en binôme (formation recruteur)", "20250401T140000",
           "20250401T150000", ("karim.belkacem@" + MG, "Belkacem, Karim"), [("maxime.olivier@gmail.com", "M. Olivier")],
           "Inès, tu observes l'entretien dans le cadre du parcours « recruteurs internes », sans poser de "
           "questions. On débriefe ensuite 10 min.", "Teams"),
        _n("calendly-host-fr", "calendly", "cal-mg-7781-3c0f-ines-host",
           "Entretien stage UX (30 min) entre Inès Haddad et Zoé Marchetti", "20250324T101500", "20250324T104500",
           (WORK, "Inès Haddad"), [("zoe.marchetti@etu.univ-tlse2.fr", "Zoé Marchetti")],
           "Type d'événement : Entretien stage UX (30 min)\nInvité : Zoé Marchetti\nRéponses : Master 2 "
           "Ergonomie, disponible à partir d'avril.\n\nPropulsé par Calendly.com", "Visio Teams", tz="Z",
           me=None, method="PUBLISH"),
        _n("agency-sends-candidate-fr", "outlook", "e9a1f3c5-agence-proposition-mg-0412",
           "Proposition d'entretien : M. Julien Morel – UX Designer senior (Talentis)", "20250404T110000",
           "20250404T120000", ("b.rigal@talentis-conseil.fr", "Rigal, Benoît"),
           [("julien.morel@hotmail.fr", "Julien Morel")],
           "Bonjour Madame Haddad,\n\nSuite à notre échange, je vous confirme l'entretien de mon candidat Julien "
           "Morel pour votre poste d'UX Designer senior (Mutuelle Garonne). Son dossier complet est en pièce "
           "jointe.\n\nBenoît Rigal – Talentis Conseil", "Mutuelle Garonne, 8 boulevard de Strasbourg, Toulouse"),
        _n("handtyped-fr", "apple", "A1B2C3D4-E5F6-4711-ENTR-LEABERTRAND",
           "entretien Léa B. (stage) – préparer 3 questions accessibilité", "20250326T113000", "20250326T120000",
           None, [], "Léa Bertrand, candidate stage, portfolio dans mes mails (lea.bertrand.ux@gmail.com)",
           "Bureau 4.12", tz=None, me=None, method=None),
        _n("kit-prep-en", "google", "6e8a0c2d4f1b3mgkit5d7f9b@google.com",
           "Interview kit prep – UX Designer loop (write portfolio questions)", "20250317T090000",
           "20250317T100000", (WORK, "Inès Haddad"), [("stephane.albert@" + MG, "Stéphane Albert")],
           "Draft the interview kit for our UX Designer opening: portfolio questions, practical exercise brief, "
           "rubric for the scorecard.", None, tz="Europe/Paris"),
        _n("hiring-committee-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGCOMITE05",
           "Comité de recrutement – alternance design (rentrée 2025)", "20250409T090000", "20250409T100000",
           ("nathalie.py@" + MG, "Py, Nathalie"), [("stephane.albert@" + MG, "Albert, Stéphane")],
           "Choix final des alternants design parmi les 4 candidats rencontrés.", "Salle Pont-Neuf"),
        _n("candidate-gmail-en", "google", "8b0d2f4a6c1e3mgcand7f9a1c@google.com",
           "Interview: Daniel Kowalski – Senior UX Researcher (Mutuelle Garonne)", "20250403T150000",
           "20250403T160000", (WORK, "Inès Haddad"), [("d.kowalski.research@gmail.com", "Daniel Kowalski"),
                                                      ("stephane.albert@" + MG, "Stéphane Albert")],
           "Hi Daniel,\n\nThank you for applying! Stéphane (Head of Design) and I will interview you in English. "
           "Please prepare a 15-minute walkthrough of one research project.\n\nBest regards,\nInès Haddad\n\n"
           + ic.MEET_EN.format(code="mgd-kow-aab"), "Google Meet", tz="Europe/Paris"),
        _n("candidate-es", "outlook", "040000008200E00074C5B7101A82E00800000000MGESPANA06",
           "Entrevista: Carla Méndez – Prácticas UX (Mutuelle Garonne)", "20250408T100000", "20250408T104500",
           (WORK, "Haddad, Inès"), [("carla.mendez.ux@gmail.com", "Carla Méndez")],
           "Hola Carla,\n\nGracias por tu candidatura a las prácticas de UX Design en Toulouse. Te propongo una "
           "entrevista por Teams (en francés o español) para revisar tu portafolio.\n\nSaludos,\nInès Haddad\n\n"
           + ic.TEAMS_EN.format(code="Y2FybGFt"), "Microsoft Teams"),
        _n("workday-interviewer-en", "workday", "WD-INT-MG-000077120-interviewer@myworkday.com",
           "Interview scheduled: Thomas Mendes for UX Designer (CDI) – you are an interviewer", "20250318T140000",
           "20250318T150000", ("mutuellegaronne@myworkday.com", "Mutuelle Garonne Recruiting"),
           [("thomas.mendes@icloud.com", "Thomas Mendes")],
           "Interviewer: Inès Haddad\nCandidate: Thomas Mendes\nJob requisition: UX Designer (CDI) – R-2025-041\n"
           "Please complete your interview feedback in Workday.", "Visio"),
        _n("practical-exercise-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGEXERC07",
           "Mise en situation candidat : S. Ait-Ali (UX Designer) – animation Inès", "20250319T100000",
           "20250319T113000", ("stephane.albert@" + MG, "Albert, Stéphane"),
           [("sofiane.aitali@yahoo.fr", "Sofiane Ait-Ali")],
           "Inès anime l'exercice (parcours adhérent remboursement), Stéphane observe. Grille d'évaluation sur le "
           "SharePoint Recrutement.", "Salle Saint-Cyprien"),
        _n("calibration-en", "google", "1a3c5e7b9d0f2mgcalib4b6d@google.com",
           "Interviewer calibration – design hiring", "20250314T113000", "20250314T120000",
           ("stephane.albert@" + MG, "Stéphane Albert"), [("karim.belkacem@" + MG, "Karim Belkacem")],
           "Align on what 'strong hire' means for the UX Designer loop before next week's interviews.", "Teams",
           tz="Europe/Paris"),
        _n("thunderbird-phone-intern-fr", "thunderbird", "5c7e9a1b-3d0f-4e2a-mg-appel-stagiaire",
           "Appel candidat stage – Nicolas Vidal (06 22 19 40 87)", "20250325T123000", "20250325T124500",
           (WORK, "Inès Haddad"), [("nicolas.vidal@etu.u-bordeaux.fr", "Nicolas Vidal")],
           "Premier appel de présélection pour le stage UX (Bordeaux Montaigne). Je l'appelle.", "Téléphone",
           tz="Europe/Paris"),
        _n("second-round-offer-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGTOUR208",
           "2e tour – Mme Sarah Dubreuil – UX Designer confirmé", "20250402T140000", "20250402T153000", rh,
           [("sarah.dubreuil@laposte.net", "Sarah Dubreuil"), ("stephane.albert@" + MG, "Albert, Stéphane")],
           "Entretien 2e tour avec Stéphane Albert et Inès Haddad (équipe Design). La candidate présentera "
           "l'exercice à domicile.", "Siège – Salle Pont-Neuf"),
        _n("bookings-host-fr", "bookings", "AAMkADbookings-mg-ines-host-778",
           "Entretien alternance design – Yanis Ferhat", "20250410T160000", "20250410T163000",
           ("Recrutementdesign@" + MG, "Recrutement Design – Mutuelle Garonne"),
           [("yanis.ferhat@gmail.com", "Yanis Ferhat")],
           "Service : Entretien alternance design\nPersonnel : Inès Haddad\nClient : Yanis Ferhat\n\nRéservé avec "
           "Microsoft Bookings", "Microsoft Teams"),
        _n("referral-interview-de", "google", "7d9f1b3c5e0a2mgref4c6e8a@google.com",
           "Gespräch mit Bewerberin Anna Schäfer (UX Praktikum Toulouse)", "20250416T100000", "20250416T103000",
           (WORK, "Inès Haddad"), [("anna.schaefer98@web.de", "Anna Schäfer")],
           "Hallo Anna,\nwie besprochen ein kurzes Gespräch zu deiner Bewerbung für das UX-Praktikum bei Mutuelle "
           "Garonne. Wir können gern Englisch oder Französisch sprechen.\nInès\n\n"
           + ic.MEET_EN.format(code="mga-sch-aff"),
           "Google Meet", tz="Europe/Paris"),
    ]
