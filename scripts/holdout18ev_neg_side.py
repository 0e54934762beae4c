"""holdout18: Ravi Menon on the interviewer's side at Kessler Automotive (every form; all negatives)."""

from __future__ import annotations

from holdout18ev_ics import ME, WORK, Att, Case, Ev, meet, teams, zoom

W = Att(WORK, "Menon, Ravi")
T = "user_as_interviewer"


def _neg(kind: str, lang: str, style: str, evs: list[Ev], method: str = "REQUEST") -> Case:
    return Case(kind, lang, style, evs, False, trap=T, method=method)


def cases() -> list[Case]:
    """Given nothing returns the cases where Ravi interviews others, each written on its own."""
    out: list[Case] = []
    out.append(_neg("intern-interview", "en", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000101",
        "Interview: Mechanical Design Intern - Lena Schaub", "20261202T140000", "20261202T144500",
        zone="W. Europe Standard Time", organizer=("Menon, Ravi", WORK),
        attendees=[W, Att("lena.schaub@stud.uni-stuttgart.de", "Lena Schaub"),
                   Att("s.berger@kessler-automotive.com", "Berger, Stefanie")],
        location="Kessler Automotive, Gebäude B, Raum B2.14",
        desc="Hi Lena,\n\nthanks for applying for the mechanical design internship (summer 2027). Stefanie (HR) and "
             "I look forward to meeting you. Please bring a portfolio of CAD work if you have one.\n\nRavi Menon\n"
             "Mechanical Design, Kessler Automotive")]))
    out.append(_neg("cad-test", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000102",
        "CAD-Test Bewerber Absolventenprogramm – J. Wolff", "20261203T090000", "20261203T110000",
        zone="W. Europe Standard Time", form="bare", organizer=("Menon, Ravi", WORK),
        attendees=[W, Att("jonas.wolff97@web.de", "Jonas Wolff"),
                   Att("cad-pool-2@kessler-automotive.com", "CAD-Pool Arbeitsplatz 2", cutype="RESOURCE",
                       role="NON-PARTICIPANT")],
        location="Kessler Automotive, CAD-Pool EG",
        desc="Hallo Herr Wolff,\n\nwie besprochen die Einladung zum CAD-Test (CATIA V5, 2 Std.) im Rahmen Ihrer "
             "Bewerbung für unser Absolventenprogramm Konstruktion. Ich betreue den Test.\n\n"
             "Viele Grüße\nRavi Menon")]))
    out.append(_neg("panel-member", "en", "workday", [Ev(
        "WD-INT-000700118-PANEL@myworkdayjobs.com", "Interview - Amir Haddad - R-2026-331 Graduate Design Engineer",
        "20261204T100000", "20261204T110000", zone="Europe/Berlin",
        organizer=("Kessler Talent Acquisition", "ta-noreply@kessler-automotive.com"),
        attendees=[W, Att("m.frey@kessler-automotive.com", "Frey, Markus")],
        desc="Interviewers: Markus Frey; Ravi Menon\nCandidate: Amir Haddad\nJob Requisition: R-2026-331 Graduate "
             "Design Engineer (Stuttgart)\nInterview Type: Technical Panel\n\nPlease submit your feedback in Workday "
             "within 24 hours.\n\n" + teams("60022918477"))]))
    out.append(_neg("scorecard", "en", "greenhouse", [Ev(
        "gh-kessler-scorecard-5511@greenhouse.io", "Reminder: submit scorecard for Clara Nieto (Design Intern)",
        "20261204T160000", "20261204T161500", form="utc", organizer=("Greenhouse", "no-reply@greenhouse.io"),
        attendees=[W], desc="You interviewed Clara Nieto for Mechanical Design Intern at Kessler Automotive. Your "
                            "scorecard is overdue.")]))
    out.append(_neg("debrief", "de", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000104",
        "Debrief Bewerbungsgespräche Praktikanten Konstruktion", "20261207T150000", "20261207T153000",
        zone="W. Europe Standard Time", form="bare", organizer=("Berger, Stefanie", "s.berger@kessler-automotive.com"),
        attendees=[W, Att("s.berger@kessler-automotive.com", "Berger, Stefanie"),
                   Att("m.frey@kessler-automotive.com", "Frey, Markus")],
        desc="Kurze Abstimmung zu den drei Kandidat:innen von letzter Woche – bitte Bewertungsbögen vorher "
             "ausfüllen.\n\n" + teams("71100293841", "de"))]))
    out.append(_neg("own-note", "en", "ios", [Ev(
        "F0E1D2C3-B4A5-4968-8776-655443322110", "Interviewing grad candidate (Tom Reilly) - CAD task review",
        "20261208T103000", "20261208T113000", form="floating",
        desc="me + Markus. check his bracket design, ask about tolerance stack-up")], method=""))
    out.append(_neg("calendly-host", "en", "calendly", [Ev(
        "calendly-ev-KSL44RMN@calendly.com", "Sara Okoye and Ravi Menon", "20261209T130000", "20261209T133000",
        form="utc", organizer=("Ravi Menon", WORK),
        attendees=[W, Att("sara.okoye@student.tudelft.nl", "Sara Okoye")],
        desc="Event Name: Kessler Automotive – Working Student Interview (Design)\n\nInvitee: Sara Okoye\nInvitee "
             "Email: sara.okoye@student.tudelft.nl\n\nQuestions: Which CAD tools? - NX and SolidWorks\n\n"
             "Location: https://meet.google.com/vxa-ebsk-mqt\n\nPowered by Calendly.com")]))
    out.append(_neg("agency-candidate", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000106",
        "Vorstellung Kandidat: Herr D. Kovač – Konstrukteur Interieur (Kessler Automotive)", "20261210T110000",
        "20261210T120000", zone="W. Europe Standard Time", form="bare",
        organizer=("Lang, Sabine", "s.lang@ingenieur-direkt.de"),
        attendees=[W, Att("s.lang@ingenieur-direkt.de", "Lang, Sabine"), Att("d.kovac@gmx.de", "Kovač, Dario")],
        desc="Sehr geehrter Herr Menon,\n\nwie besprochen stelle ich Ihnen unseren Kandidaten Herrn Dario Kovač für "
             "Ihre offene Stelle als Konstrukteur Interieur vor. Lebenslauf anbei.\n\nSabine Lang\nIngenieur Direkt "
             "Personalvermittlung")]))
    out.append(_neg("fr-candidate", "fr", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000107",
        "Entretien candidat stage – Inès Lambert (ingénieure conception)", "20261211T090000", "20261211T094500",
        zone="Romance Standard Time", organizer=("Menon, Ravi", WORK),
        attendees=[W, Att("ines.lambert@etu.insa-lyon.fr", "Inès Lambert")],
        desc="Bonjour Inès,\n\nJe vous confirme notre entretien pour le stage en conception mécanique chez Kessler "
             "Automotive (site de Stuttgart). L'entretien se déroulera en anglais.\n\nRavi Menon\n\n"
             + teams("81920033741", "fr"))]))
    out.append(_neg("es-candidate-gmail", "es", "google", [Ev(
        "9a1c3e5g7i9k1m3o5q7s9u1w3y@google.com", "Entrevista – Pablo Ruiz (becario diseño mecánico) con Ravi",
        "20261211T150000", "20261211T153000", zone="Europe/Berlin", organizer=("Ravi Menon", WORK),
        attendees=[Att(WORK, "Ravi Menon", partstat="ACCEPTED"), Att("pablo.ruiz.mec@gmail.com", "Pablo Ruiz")],
        desc="Hola Pablo, te escribo desde Kessler Automotive: hablamos 30 min sobre la beca de diseño mecánico y "
             "tu proyecto de fin de grado. Yo seré tu entrevistador.\n\n" + meet("dnq-xvre-pwo", "es"))]))
    out.append(_neg("hiring-committee", "en", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000109",
        "Hiring committee – Graduate Engineers 2027 intake", "20261214T130000", "20261214T143000",
        zone="W. Europe Standard Time", form="bare", organizer=("Frey, Markus", "m.frey@kessler-automotive.com"),
        attendees=[W, Att("m.frey@kessler-automotive.com", "Frey, Markus"),
                   Att("s.berger@kessler-automotive.com", "Berger, Stefanie"),
                   Att("k.albrecht@kessler-automotive.com", "Albrecht, Karin")],
        location="Raum A1.03 Konferenz",
        desc="Agenda: final decisions on the 6 shortlisted graduates, offer ranking, onboarding mentors. Panel "
             "interviewers please bring your notes.")]))
    out.append(_neg("recurring-slot", "de", "outlook", [
        Ev("040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000110",
           "Interviewslot Werkstudierende Konstruktion (Ravi)", "20261201T150000", "20261201T160000",
           zone="W. Europe Standard Time", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=3", organizer=("Menon, Ravi", WORK),
           attendees=[W, Att("s.berger@kessler-automotive.com", "Berger, Stefanie")],
           desc="Geblockt für Gespräche mit Werkstudierenden-Bewerber:innen. HR trägt die Kandidat:innen ein."),
        Ev("040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000110",
           "Interviewslot Werkstudierende – heute: Mila Horn", "20261208T153000", "20261208T163000",
           zone="W. Europe Standard Time", recurrence_id="20261208T150000", sequence=1, organizer=("Menon, Ravi", WORK),
           attendees=[W, Att("s.berger@kessler-automotive.com", "Berger, Stefanie"),
                      Att("mila.horn@posteo.net", "Mila Horn")],
           desc="Verschoben auf 15:30 wegen Werksführung. Kandidatin: Mila Horn.")]))
    out.append(_neg("shadowing", "en", "google", [Ev(
        "1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com", "Shadow: Ravi's interview with Noah Becker (design intern)",
        "20261215T100000", "20261215T104500", zone="Europe/Berlin",
        organizer=("Jana Roth", "j.roth@kessler-automotive.com"),
        attendees=[Att("j.roth@kessler-automotive.com", "Jana Roth", partstat="ACCEPTED"),
                   Att(WORK, "Ravi Menon", partstat="ACCEPTED")],
        desc="I'll sit in on your intern interview to learn how you run the CAD part, as agreed in my interviewer "
             "onboarding. - Jana")]))
    out.append(_neg("private-address-note", "en", "google", [Ev(
        "3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com", "Interview Kessler candidate - Yuki Tanaka (call from home)",
        "20261216T080000", "20261216T084500", zone="Europe/Berlin", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED")],
        desc="I'm interviewing her for our graduate design engineer opening before going to the plant. Her number "
             "is in the Workday req. Score her on GD&T + communication.")]))
    out.append(_neg("fr-panel", "fr", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000113",
        "Jury technique – candidat Hugo Marchal (ingénieur méthodes)", "20261216T140000", "20261216T150000",
        zone="Romance Standard Time", form="bare", organizer=("Albrecht, Karin", "k.albrecht@kessler-automotive.com"),
        attendees=[W, Att("k.albrecht@kessler-automotive.com", "Albrecht, Karin"),
                   Att("hugo.marchal@free.fr", "Hugo Marchal")],
        desc="Ravi, merci de rejoindre le jury technique pour ce candidat du site de Mulhouse. Grille d'évaluation "
             "en pièce jointe.\n\n" + teams("91122033841", "fr"))]))
    out.append(_neg("es-cancel-candidate", "es", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D55BDB0100000000000000001000000114",
        "Cancelada: Entrevista candidata prácticas – Marta Sanz", "20261217T120000", "20261217T124500",
        zone="W. Europe Standard Time", status="CANCELLED", sequence=1, organizer=("Menon, Ravi", WORK),
        attendees=[W, Att("marta.sanz@alumnos.upm.es", "Marta Sanz")],
        desc="La candidata ha retirado su solicitud para las prácticas en Kessler Automotive.")], method="CANCEL"))
    out.append(_neg("interviewer-training", "de", "personio", [Ev(
        "personio-training-kessler-77@personio.de", "Interviewer-Schulung: strukturierte Interviews", "20261218T090000",
        "20261218T120000", zone="Europe/Berlin", organizer=("HR Kessler Automotive",
            "hr-events@kessler-automotive.com"),
        attendees=[W],
        desc="Pflichtschulung für alle, die bei Kessler Bewerbungsgespräche führen: Leitfäden, Bewertung, AGG.\n\n"
             + zoom("83310029911", "de"))]))
    out.append(_neg("goodtime-assign", "en", "goodtime", [Ev(
        "gt-kessler-2026-77102@goodtime.io", "Interview with Priyanka Das - Technical (you are interviewing)",
        "20261218T140000", "20261218T150000", form="utc",
        organizer=("Kessler Recruiting", "recruiting@kessler-automotive.com"),
        attendees=[W, Att("priyanka.das.eng@outlook.com", "Priyanka Das")],
        desc="Hi Ravi, you've been scheduled as an interviewer.\nCandidate: Priyanka Das\nRole: Design Engineer "
             "Seating Systems\nFocus area: CAD skills and design reviews\n\nScheduled with GoodTime")]))
    out.append(_neg("terse-own", "de", "ios", [Ev(
        "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D", "BG Praktikant Felix (ich + Markus)", "20261221T140000",
        "20261221T143000", form="floating")], method=""))
    return out
