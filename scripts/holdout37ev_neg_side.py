"""holdout37: negatives where the user sits on the hiring side at Assurances Laurentides."""

from __future__ import annotations

from holdout37ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME,
    ME_W,
    OUTLOOK,
    OUTLOOK365,
    Event,
    att,
    calendar,
    meet,
    org,
    teams_en,
    teams_fr,
    txt,
    vevent,
    zoom,
)
from holdout37ev_pos_fr import EST, ev

T = "user_as_interviewer"
AL = "assurances-laurentides.ca"


def neg(kind: str, lang: str, text: str, uid: str, trap: str = T) -> Event:
    return Event(kind, lang, text, uid, False, trap=trap)


def events() -> list[Event]:
    out: list[Event] = []

    u = "040000008200E00074C5B7101A82E00800000000A1A1B2B2C3DBDA01000000000000000010000000AL0001QA"
    d = ("Bonjour Étienne,\n\nTu fais partie du comité pour le poste d'Analyste assurance qualité (junior). "
         "Candidate : Maude Létourneau. Son CV est dans le dossier partagé RH > Dotation > 2026-QA-07.\n"
         "Merci de remplir la grille d'évaluation dans les 24 h.\n\nNancy Bergeron, CRHA\nConseillère RH\n"
         "Assurances Laurentides inc.\n\n" + teams_fr("233 881 402 55", "QUxRQTA3Y2FuZA"))
    out.append(neg("hr-panel", "fr", calendar(OUTLOOK365, [ev(
        u, "20261124T130000", "20261124T140000", EST, "Entrevue – Analyste AQ junior – Maude Létourneau", d,
        "Salle Outaouais (4e) / Teams",
        (org(f"nbergeron@{AL}", "Bergeron, Nancy"), att(ME_W, "Gagnon, Étienne"),
         att(f"pdube@{AL}", "Dubé, Patrick"), att("maude.letourneau@hotmail.com", "Maude Létourneau"),
         att(f"salle.outaouais@{AL}", "Salle Outaouais (4e)", cutype="ROOM", role="NON-PARTICIPANT")))],
        method="REQUEST", tzs=(EST,)), u))

    u = "040000008200E00074C5B7101A82E00800000000COOP2027HIVER0001"
    d = ("Salut Jérémie,\n\nMerci pour ta candidature au stage coop en assurance qualité (hiver 2027). Je te propose "
         "une entrevue de 45 minutes avec moi et Karine de l'équipe. On va te poser quelques questions et te "
         "montrer un petit scénario de test.\n\nÉtienne Gagnon\nAnalyste AQ – Assurances Laurentides")
    out.append(neg("coop-organizer", "fr", calendar(OUTLOOK365, [ev(
        u, "20261126T100000", "20261126T104500", EST, "Entrevue stage coop AQ – Jérémie Paradis", d,
        "Réunion Microsoft Teams",
        (org(ME_W, "Gagnon, Étienne"), att("jeremie.paradis@etu.usherbrooke.ca", "Jérémie Paradis"),
         att(f"kroussel@{AL}", "Roussel, Karine")))], method="REQUEST", tzs=(EST,)), u))

    u = "exercice-tech-qa-auto-20261201@assurances-laurentides.ca"
    d = ("Exercice pratique (1 h 30) pour le candidat au poste Analyste en automatisation des tests.\n"
         "Étienne anime, Patrick observe. Prévoir le poste de test dans la salle Saguenay et le jeu de données "
         "fictif. Le candidat (Omar Bensaïd) arrive à 9 h 15.")
    out.append(neg("tech-exercise", "fr", calendar(OUTLOOK, [ev(
        u, "20261201T091500", "20261201T104500", EST, "Exercice technique – candidat automatisation (O. Bensaïd)",
        d, "Salle Saguenay",
        (org(f"pdube@{AL}", "Dubé, Patrick"), att(ME_W, "Gagnon, Étienne"),
         att(f"salle.saguenay@{AL}", "Salle Saguenay", cutype="ROOM", role="NON-PARTICIPANT"),
         att(f"poste-test-03@{AL}", "Poste de test 03", cutype="RESOURCE", role="NON-PARTICIPANT")))],
        method="REQUEST", tzs=(EST,)), u))

    u = "6F0D1E2A-9B8C-4D7E-A6F5-0E1D2C3B4A59"
    out.append(neg("note-handtyped", "fr", calendar(IOS, [vevent([
        f"UID:{u}", "DTSTAMP:20261120T233000Z", "DTSTART:20261202T140000", "DTEND:20261202T150000",
        txt("SUMMARY", "je passe l'entrevue du stagiaire (Léa T.) au bureau"),
        txt("DESCRIPTION", "imprimer grille + questions sur Selenium. Nancy RH sera là")])]), u))

    u = "fwd-candidat-qa-20261203-eg"
    d = ("-----Message d'origine-----\nDe : Bergeron, Nancy <nbergeron@assurances-laurentides.ca>\n"
         "À : Gagnon, Étienne <egagnon@assurances-laurentides.ca>\nObjet : Entrevue candidat – Analyste AQ "
         "intermédiaire\n\nÉtienne, tu seras l'intervieweur technique. Candidat : Alexis Nadeau.")
    out.append(neg("forwarded-private", "fr", calendar(OUTLOOK365, [ev(
        u, "20261203T133000", "20261203T143000", EST, "TR: Entrevue candidat – Analyste AQ intermédiaire", d,
        "Salle Gaspésie",
        (org(ME_W, "Gagnon, Étienne"), att(ME, "etienne.gagnon@videotron.ca")))], method="REQUEST", tzs=(EST,)),
        u))

    u = "copie-privee-comite-coop-eg@videotron.ca"
    out.append(neg("private-copy", "fr", calendar(GOOGLE, [ev(
        u, "20261208T083000", "20261208T120000", "America/Toronto", "Comité entrevues coop (bureau) – 4 candidats",
        "Copie perso. Je suis au comité avec Nancy (RH). Pas dispo pour autre chose ce matin-là.", "Bureau",
        extra=("TRANSP:OPAQUE",))], tzs=("America/Toronto",)), u))

    u = "workday-interviewer-assign-7712"
    d = ("You have been scheduled as an interviewer.\n\nCandidate: Sabrina Lavoie\nJob Requisition: "
         "R-2026-0311 Analyste assurance qualité\nInterview: Entrevue technique\nPlease submit your feedback in "
         "Workday after the interview.\n\nAssurances Laurentides – Talent Acquisition")
    out.append(neg("workday-assign", "en", calendar("-//Workday//Workday Calendar//EN", [ev(
        u, "20261204T150000Z", "20261204T160000Z", "", "Interview: Sabrina Lavoie - Analyste assurance qualité", d,
        "Teams",
        (org("assurances-laurentides@myworkday.com", "Talent Acquisition"), att(ME_W, "Etienne Gagnon"),
         att("sabrina.lavoie@gmail.com", "Sabrina Lavoie")))], method="REQUEST"), u))

    u = "calendly-host-eg-coop-5521"
    d = ("Nouvel événement : Jade Fontaine\nType d'événement : Entrevue stage coop AQ (30 min)\n"
         "Invité : Jade Fontaine\nCourriel de l'invité : jade.fontaine@polymtl.ca\n\nVoir l'événement dans Calendly"
         "\nPropulsé par Calendly.com")
    out.append(neg("calendly-host", "fr", calendar("-//Calendly//Calendly Scheduling//EN", [ev(
        u, "20261207T150000Z", "20261207T153000Z", "", "Jade Fontaine et Étienne Gagnon", d, "Microsoft Teams",
        (org(ME_W, "Étienne Gagnon"), att("jade.fontaine@polymtl.ca", "Jade Fontaine"),
         att(ME_W, "Étienne Gagnon", partstat="ACCEPTED")))], method="REQUEST"), u))

    u = "agence-candidat-presente-20261209@talentstech.ca"
    d = ("Bonjour Étienne,\n\nTel que discuté avec Nancy aux RH, voici l'entrevue avec notre candidat Vincent "
         "Hamel pour votre poste d'Analyste AQ (contrat 12 mois). Son CV est joint.\n\nIsabelle Caron\n"
         "Talents Tech Recrutement")
    out.append(neg("agency-sends-candidate", "fr", calendar(OUTLOOK, [ev(
        u, "20261209T100000", "20261209T104500", EST, "Entrevue – Vincent Hamel (candidat Talents Tech)", d,
        "Assurances Laurentides, 1000 rue De La Gauchetière",
        (org("icaron@talentstech.ca", "Isabelle Caron"), att(ME_W, "Gagnon, Étienne"),
         att("vhamel.qa@gmail.com", "Vincent Hamel")))], method="REQUEST", tzs=(EST,)), u))

    u = "debrief-qa-junior-20261125@assurances-laurentides.ca"
    out.append(neg("debrief", "fr", calendar(OUTLOOK365, [ev(
        u, "20261125T150000", "20261125T153000", EST, "Rétroaction – entrevues Analyste AQ junior",
        "On compare nos grilles pour Maude L. et Samuel G. et on fait une recommandation à la gestionnaire.",
        "Teams",
        (org(f"nbergeron@{AL}", "Bergeron, Nancy"), att(ME_W, "Gagnon, Étienne"),
         att(f"pdube@{AL}", "Dubé, Patrick")))], method="REQUEST", tzs=(EST,)), u))

    u = "recurring-coop-slot-eg-2026@assurances-laurentides.ca"
    base = ev(u, "20261201T110000", "20261201T113000", EST, "Plage entrevues stagiaires coop",
              "Plage hebdomadaire réservée aux entrevues de stagiaires (hiver 2027). RH place les candidats.",
              "Salle Mauricie",
              (org(ME_W, "Gagnon, Étienne"),), extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",))
    over = ev(u, "20261208T133000", "20261208T140000", EST, "Plage entrevues stagiaires coop (déplacée)",
              "Déplacée l'après-midi cette semaine : candidat de l'ÉTS.", "Salle Mauricie",
              (org(ME_W, "Gagnon, Étienne"),), extra=("RECURRENCE-ID;TZID=Eastern Standard Time:20261208T110000",))
    out.append(neg("recurring-slot", "fr", calendar(OUTLOOK365, [base, over], tzs=(EST,)), u))

    u = "040000008200E00074C5B7101A82E00800000000CANCELQA0042"
    out.append(neg("cancelled-candidate", "fr", calendar(OUTLOOK365, [ev(
        u, "20261210T100000", "20261210T110000", EST, "Annulé : Entrevue candidat AQ – Rémi Fortier",
        "Le candidat a accepté une autre offre. Merci!", "Salle Gaspésie",
        (org(f"nbergeron@{AL}", "Bergeron, Nancy"), att(ME_W, "Gagnon, Étienne")),
        extra=("STATUS:CANCELLED", "SEQUENCE:1"))], method="CANCEL", tzs=(EST,)), u))

    u = "panel-en-qa-automation-eg@assurances-laurentides.ca"
    d = ("Hi all,\nPanel interview for the QA Automation Analyst opening (bilingual). Candidate: Priya Natarajan "
         "(priya.n.qa@outlook.com). Etienne covers test strategy, Patrick covers SQL.\n\n"
         + teams_en("277 410 090 13", "cWFhdXRvX3Bhbg"))
    out.append(neg("panel-en", "en", calendar(OUTLOOK365, [ev(
        u, "20261211T140000", "20261211T150000", EST, "Panel interview - QA Automation Analyst - P. Natarajan", d,
        "Microsoft Teams Meeting",
        (org(f"nbergeron@{AL}", "Bergeron, Nancy"), att(ME_W, "Gagnon, Etienne"), att(f"pdube@{AL}", "Dubé, Patrick"),
         att("priya.n.qa@outlook.com", "Priya Natarajan")))], method="REQUEST", tzs=(EST,)), u))

    u = "es-pasantia-qa-20261214@assurances-laurentides.ca"
    d = ("Hola Valentina:\n\nGracias por postularte a la pasantía de QA en Assurances Laurentides (Montreal). "
         "La entrevista será en español y en francés, conmigo.\n\nÉtienne Gagnon\nAnalista QA\n\n"
         + zoom("Étienne Gagnon", "811 0027 3391", "cGFzYW50aWE", "es"))
    out.append(neg("es-intern", "es", calendar(OUTLOOK365, [ev(
        u, "20261214T110000", "20261214T114500", EST, "Entrevista pasantía QA – Valentina Ortiz", d, "Zoom",
        (org(ME_W, "Gagnon, Étienne"), att("valentina.ortiz@alumnos.unam.mx", "Valentina Ortiz")))],
        method="REQUEST", tzs=(EST,)), u))

    u = "de-praktikum-qa-20261215@assurances-laurentides.ca"
    d = ("Hallo Herr Becker,\n\nwie besprochen: Gespräch für das Praktikum Qualitätssicherung (Austauschprogramm, "
         "Montreal). Ich führe das Gespräch zusammen mit Nancy Bergeron (HR).\n\nViele Grüße\nÉtienne Gagnon")
    out.append(neg("de-intern", "de", calendar(OUTLOOK365, [ev(
        u, "20261215T100000", "20261215T104500", EST, "Gespräch Praktikum QA – Tim Becker", d, "Microsoft Teams",
        (org(ME_W, "Gagnon, Étienne"), att("tim.becker@stud.h-da.de", "Tim Becker"),
         att(f"nbergeron@{AL}", "Bergeron, Nancy")))], method="REQUEST", tzs=(EST,)), u))

    u = "jobillico-employeur-99281"
    d = ("Nouveau rendez-vous confirmé par un candidat\n\nPoste affiché : Analyste AQ – Assurances Laurentides inc."
         "\nCandidat : Kevin Tran\nVotre rôle : intervieweur\n\nGérez vos rendez-vous depuis votre espace employeur "
         "Jobillico.")
    out.append(neg("jobillico-employer", "fr", calendar("-//Jobillico//Rendez-vous 2.3//FR", [ev(
        u, "20261216T150000Z", "20261216T154500Z", "", "Rendez-vous candidat : Kevin Tran – Analyste AQ", d,
        "Assurances Laurentides",
        (org("rendezvous@jobillico.com", "Jobillico"), att(ME_W, "Étienne Gagnon"),
         att("kevin.tran88@gmail.com", "Kevin Tran")))], method="REQUEST"), u))

    u = "shadow-entrevue-rh-20261130@assurances-laurentides.ca"
    out.append(neg("shadowing", "fr", calendar(OUTLOOK365, [ev(
        u, "20261130T140000", "20261130T150000", EST, "Observation – entrevue de sélection (formation intervieweur)",
        "Étienne observe l'entrevue menée par Nancy pour le poste de technicien(ne) soutien TI, dans le cadre de sa "
        "formation pour devenir intervieweur.", "Salle Outaouais",
        (org(f"nbergeron@{AL}", "Bergeron, Nancy"), att(ME_W, "Gagnon, Étienne", role="OPT-PARTICIPANT")))],
        method="REQUEST", tzs=(EST,)), u))

    u = "grille-eval-block-eg-20261125"
    out.append(neg("scorecard-block", "fr", calendar(OUTLOOK365, [ev(
        u, "20261125T113000", "20261125T120000", EST, "Remplir grilles d'évaluation (entrevues AQ de ce matin)",
        "", "", (org(ME_W, "Gagnon, Étienne"),), extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))], tzs=(EST,)), u))

    u = "zoom-candidate-host-eg-881"
    d = ("Bonjour Amira,\nComme convenu, voici le lien pour l'exercice de test en direct (poste Analyste AQ chez "
         "nous). Prévoyez un navigateur à jour.\nÉtienne\n\n" + zoom("Étienne Gagnon", "846 0012 7788",
                                                                    "cXVhbGl0eQ", "fr"))
    out.append(neg("zoom-host-candidate", "fr", calendar("-//zoom.us//iCalendar Event//EN", [ev(
        u, "20261217T143000", "20261217T153000", "America/Montreal", "Exercice pratique AQ – Amira Haddad", d,
        "https://us02web.zoom.us/j/84600127788",
        (org(ME_W, "Étienne Gagnon"), att("amira.haddad@videotron.ca", "Amira Haddad")))],
        method="REQUEST", tzs=("America/Montreal",)), u))

    u = "4kk2n1b8p0c3@google.com"
    d = ("Salut Étienne! Merci de prendre le temps de rencontrer mon neveu pour le stage d'été chez Assurances "
         "Laurentides. Il est pas mal nerveux haha.\nFrancine\n\n" + meet("fnc-stg-lau", "fr"))
    out.append(neg("candidate-relative-gmail", "fr", calendar(GOOGLE, [ev(
        u, "20261212T150000Z", "20261212T153000Z", "", "Entrevue stage d'été – Thomas (neveu de Francine)", d,
        "https://meet.google.com/fnc-stg-lau",
        (org("francine.ouimet@gmail.com", "Francine Ouimet"), att("thomas.ouimet04@gmail.com", "Thomas Ouimet"),
         att(ME, rsvp="TRUE")))], method="REQUEST"), u))
    _ = (APPLE, txt)
    return out
