"""Sophie Martin interviewing others at Cabinet Durand Avocats, for the holdout27 corpus (negatives)."""

from __future__ import annotations

from holdout27ev_ics import APPLE, GOOGLE, IOS, OUTLOOK, OUTLOOK16, Ev, Item, Who, cal, me, no, teams, zoom

D = "cabinet-durand-avocats.fr"
T = "user_as_interviewer"
R = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing, returns the items where the user is the interviewer."""
    out: list[Item] = []
    out.append(no("trainee-interview", "fr", T, cal(OUTLOOK, [Ev(
        "AAMkCDA-stag-0012", "Entretien candidat stagiaire paralegal – Lucas Bernard", "20261201T110000",
        "20261201T113000", tzid=R, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Lucas Bernard", "lucas.bernard38@gmail.com"), Who("Durand, Étienne", f"e.durand@{D}", "opt")],
        desc="Bonjour Lucas,\nJe vous confirme notre entretien pour le stage de paralegal (janvier–juin) au sein "
             "du département contentieux. Merci de vous présenter à l'accueil, 3e étage.\nSophie Martin, "
             "paralegal – Cabinet Durand Avocats", location="Cabinet Durand Avocats, 18 rue de Courcelles, "
                                                            "Paris 8e – salle Montesquieu")])))
    out.append(no("selection-day", "fr", T, cal(OUTLOOK16, [Ev(
        "CDA-SEL-ASSIST-2026", "Journée de sélection – assistant(e)s juridiques (jury)", "20261204",
        "20261205", when="date", organizer=Who("Ressources Humaines CDA", f"rh@{D}"),
        attendees=[me(work=True), Who("Durand, Étienne", f"e.durand@{D}"), Who("Petit, Aurélie", f"a.petit@{D}"),
                   Who("Salle Montesquieu", f"salle.montesquieu@{D}", "room")],
        desc="Merci aux membres du jury (É. Durand, A. Petit, S. Martin) de bloquer la journée. Huit candidat·e·s "
             "au poste d'assistant(e) juridique, grilles d'évaluation dans le dossier partagé.")])))
    out.append(no("drafting-test", "fr", T, cal(OUTLOOK, [Ev(
        "AAMkCDA-test-redac-3", "Test de rédaction – candidate Inès Moulin (surveillance S. Martin)",
        "20261207T140000", "20261207T153000", tzid=R, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Inès Moulin", "ines.moulin@etu.univ-paris1.fr")],
        desc="Test écrit de 1h30 : rédaction d'une assignation simplifiée. Je corrige et envoie ma note à "
             "Maître Durand avant vendredi.")])))
    out.append(no("intern-hand", "fr", T, cal(IOS, [Ev(
        "F0E1-h27-stagiaire", "Recevoir stagiaire candidat (Hugo) – 15 min", "20261208T093000",
        "20261208T094500", when="float", location="Cabinet")], method=None)))
    out.append(no("debrief", "fr", T, cal(OUTLOOK16, [Ev(
        "CDA-DEBRIEF-1209", "Débrief entretiens stagiaires paralegals", "20261209T180000", "20261209T183000",
        tzid=R, organizer=Who("Durand, Étienne", f"e.durand@{D}"),
        attendees=[me(work=True), Who("Petit, Aurélie", f"a.petit@{D}")],
        desc="On compare nos notes sur les trois candidats vus cette semaine et on choisit.")])))
    out.append(no("calendly-host", "fr", T, cal("-//Calendly//Calendly//EN", [Ev(
        "calendly-cda-host-551", "Clara Nguyen et Sophie Martin", "20261210T120000", "20261210T122000",
        when="utc", organizer=Who("Sophie Martin", f"s.martin@{D}"),
        attendees=[Who("Clara Nguyen", "clara.nguyen.droit@gmail.com", partstat="ACCEPTED")],
        desc="Nom de l'événement : Entretien stage paralegal – Cabinet Durand Avocats (20 min)\nInvitée : Clara "
             "Nguyen\nQuestion : Dernière année de master droit des affaires.\nPropulsé par Calendly.com")])))
    out.append(no("agency-candidate", "fr", T, cal(OUTLOOK, [Ev(
        "AAMkLegalPlus-cda-7", "Présentation candidate assistante juridique – Mme Rachida Benz (Legal Plus "
                               "Intérim)", "20261211T100000", "20261211T104500", tzid=R,
        organizer=Who("Roussel, Karine (Legal Plus)", "k.roussel@legalplus-interim.fr"),
        attendees=[Who("Martin, Sophie", f"s.martin@{D}"), Who("Rachida Benz", "rachida.benz@yahoo.fr")],
        desc="Madame Martin,\nComme convenu, je vous présente Mme Benz pour le remplacement d'assistante "
             "juridique dans votre cabinet. Elle sera interviewée par vous et Maître Petit.\nKarine Roussel")])))
    out.append(no("scoring-block", "fr", T, cal(GOOGLE, [Ev(
        "h27cdagrille@google.com", "Remplir grilles d'évaluation candidats assistant(e)s", "20261214T170000",
        "20261214T173000", tzid="Europe/Paris", organizer=Who("Sophie Martin", f"s.martin@{D}"),
        desc="Avant le comité RH de mardi.")], wr_tz="Europe/Paris")))
    out.append(no("private-copy", "fr", T, cal(GOOGLE, [Ev(
        "h27copyperso01@google.com", "Entretien stagiaire 14h (au cabinet) – Mathilde R.", "20261215T140000",
        "20261215T143000", tzid="Europe/Paris", organizer=Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
        desc="Copie perso : c'est moi qui fais passer l'entretien au cabinet (candidate stage de paralegal).")],
        method=None)))
    out.append(no("cancelled-candidate", "fr", T, cal(OUTLOOK16, [Ev(
        "AAMkCDA-stag-0019", "Annulé : Entretien stage – Théo Lambert", "20261216T160000", "20261216T163000",
        tzid=R, status="CANCELLED", seq=1, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Théo Lambert", "theo.lambert@edu.escp.eu")],
        desc="Le candidat a accepté une autre offre de stage ; entretien annulé.")], method="CANCEL")))
    out.append(no("recurring-slot", "fr", T, cal(OUTLOOK, [
        Ev("CDA-CRENEAU-STAGES", "Créneau entretiens stagiaires (S. Martin)", "20270105T100000",
           "20270105T110000", tzid=R, rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6",
           organizer=Who("Martin, Sophie", f"s.martin@{D}"),
           desc="Créneau réservé pour recevoir les candidats aux stages de printemps."),
        Ev("CDA-CRENEAU-STAGES", "Créneau entretiens stagiaires (S. Martin) – décalé", "20270112T143000",
           "20270112T153000", tzid=R, rid="20270112T100000", seq=1,
           organizer=Who("Martin, Sophie", f"s.martin@{D}"),
           desc="Décalé l'après-midi à cause de l'audience.")])))
    out.append(no("first-person", "fr", T, cal(APPLE, [Ev(
        "A0B1-h27-jefais", "Je fais passer l'entretien de la future assistante de Me Petit",
        "20270107T090000", "20270107T100000", tzid="Europe/Paris")], method=None)))
    out.append(no("interviewer-training", "fr", T, cal(OUTLOOK16, [Ev(
        "CDA-FORM-RECRUT-01", "Formation « Mener un entretien de recrutement » – membres des jurys",
        "20270108T090000", "20270108T120000", tzid=R, organizer=Who("Ressources Humaines CDA", f"rh@{D}"),
        attendees=[me(work=True), Who("Petit, Aurélie", f"a.petit@{D}")],
        desc="Session interne pour les collaborateurs qui participent aux recrutements du cabinet : "
             "questions, biais, grille commune.")])))
    out.append(no("en-intern", "en", T, cal(OUTLOOK, [Ev(
        "AAMkCDA-erasmus-4", "Interview – Erasmus intern applicant (Emma Clarke)", "20261202T150000",
        "20261202T153000", tzid=R, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Emma Clarke", "emma.clarke@student.kcl.ac.uk")],
        desc="Hi Emma,\nThis is your interview for the six-month paralegal internship at Cabinet Durand "
             "Avocats. I'll call you on Teams.\nSophie\n" + teams("en", "390 771 204 566"))])))
    out.append(no("en-candidate-gmail", "en", T, cal(GOOGLE, [Ev(
        "h27cdaenint@google.com", "Paralegal trainee interview: Sophie Martin x Daniel Okoro", "20261217T110000",
        "20261217T113000", tzid="Europe/Paris", organizer=Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
        attendees=[Who("Daniel Okoro", "d.okoro.law@gmail.com"), Who("Étienne Durand", f"e.durand@{D}")],
        desc="Daniel applied to our firm's trainee paralegal post. Étienne and I will interview him.\n"
             + zoom("855 3312 7001"))])))
    out.append(no("de-praktikant", "de", T, cal(OUTLOOK16, [Ev(
        "CDA-PRAKT-DE-2", "Vorstellungsgespräch Praktikant (Jonas Weber) – Kanzlei", "20261218T100000",
        "20261218T103000", tzid=R, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Jonas Weber", "jonas.weber@uni-saarland.de")],
        desc="Guten Tag Herr Weber,\nhiermit lade ich Sie zum Gespräch für das Praktikum in unserer Kanzlei "
             "ein.\n" + teams("de"))])))
    out.append(no("es-becario", "es", T, cal(OUTLOOK, [Ev(
        "AAMkCDA-becario-es", "Entrevista a candidata en prácticas – Lucía Ferrer", "20270110T160000",
        "20270110T163000", tzid=R, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Lucía Ferrer", "lucia.ferrer.uv@gmail.com")],
        desc="Hola Lucía, te entrevistaré para las prácticas de paralegal en nuestro despacho de París.")])))
    out.append(no("es-panel", "es", T, cal(GOOGLE, [Ev(
        "h27cdajurado@google.com", "Jurado de selección: asistente jurídico (candidato Pablo Ruiz)",
        "20270114T090000", "20270114T094500", tzid="Europe/Paris", organizer=Who("Aurélie Petit", f"a.petit@{D}"),
        attendees=[me(work=True), Who("Pablo Ruiz", "pablo.ruiz.abogado@hotmail.com")],
        desc="Sophie y yo evaluamos al candidato al puesto de asistente jurídico hispanohablante del despacho.")])))
    out.append(no("test-correction", "fr", T, cal(IOS, [Ev(
        "C9D8-h27-corr", "Corriger tests rédaction candidats assistants", "20270115T130000", "20270115T140000",
        tzid="Europe/Paris")], method=None)))
    out.append(no("forwarded-private", "fr", T, cal(OUTLOOK16, [Ev(
        "AAMkCDA-stag-0031", "TR: Entretien stage paralegal – Yasmine Haddad", "20270118T113000",
        "20270118T120000", tzid=R, organizer=Who("Martin, Sophie", f"s.martin@{D}"),
        attendees=[Who("Yasmine Haddad", "yasmine.haddad@sciencespo.fr"),
                   Who("Sophie Martin", "sophie.martin.pro@gmail.com", "opt")],
        desc="Transféré sur mon adresse perso pour l'avoir sur mon téléphone. Je reçois la candidate au "
             "cabinet.")])))
    return out
