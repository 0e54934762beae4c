"""train13 event corpus: Mei Chen on the interviewer's side at Kessler Antriebstechnik, each event on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams
from train13ev_ics import Att, Ev, coord, me, room

K = "@kessler-antriebe.de"


def _k(name: str, local: str) -> Att:
    return Att(name, local + K)


def events() -> list[Ev]:
    """Returns the events where the user interviews, scores or decides (all labelled not-an-interview)."""
    out: list[Ev] = []
    add = out.append

    add(
        Ev(
            "user-interviewer",
            "de",
            "Vorstellungsgespräch Konstrukteur (m/w/d) – Herr Lukas Brandl",
            "2026-12-02 09:00",
            False,
            style="outlook",
            minutes=60,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[
                me(True, "Chen, Mei"),
                _k("Maurer, Jens", "j.maurer"),
                Att("Lukas Brandl", "lukas.brandl@gmx.de"),
                room("STR-Geb.2-Raum 1.04", "raum.2-1.04" + K),
            ],
            desc="Hallo zusammen,\n\nanbei der Termin mit dem Bewerber Lukas Brandl für die Stelle Konstrukteur "
            "Getriebe (m/w/d). Lebenslauf liegt in SuccessFactors. Bitte Bewertungsbogen bis Freitag ausfüllen."
            "\n\nGruß Katrin",
        )
    )

    add(
        Ev(
            "interview-kit",
            "en",
            "Interview kit prep – Design Engineer candidates",
            "2026-12-02 16:00",
            False,
            style="outlook",
            minutes=30,
            organizer=me(True, "Chen, Mei"),
            attendees=[me(True, "Chen, Mei")],
            desc="Go through the interview kit: tolerance question, FMEA example, drawing-reading task. "
            "Print 3 copies.",
        )
    )

    add(
        Ev(
            "scorecard",
            "en",
            "Reminder: submit your scorecard for Aylin Sahin (Working Student Mechanical Design)",
            "2026-12-03 17:00",
            False,
            style="ats",
            prodid="-//SAP SuccessFactors//Recruiting//EN",
            minutes=15,
            organizer=coord("SuccessFactors Recruiting", "noreply@successfactors.eu", "CHAIR"),
            attendees=[me(True)],
            desc="Dear Mei Chen,\n\nyou interviewed Aylin Sahin for requisition 10432 Working Student Mechanical "
            "Design "
            "(Kessler Antriebstechnik GmbH). Please submit your interview assessment.",
        )
    )

    add(
        Ev(
            "candidate-gmail",
            "en",
            "Interview with Mei – Working Student Mechanical Design",
            "2026-12-04 10:00",
            False,
            style="google",
            minutes=45,
            organizer=me(True),
            attendees=[me(True, partstat="ACCEPTED"), Att("Aylin Sahin", "aylin.sahin98@gmail.com")],
            desc="Hi Aylin,\n\nthanks for applying for the working student position in mechanical design at Kessler. "
            "I'm Mei, I'll be your supervisor if it works out. We'll talk about your studies and a small CAD "
            "example.\n\n" + meet("en", "gkr-pwvn-xue") + "\n" + gfooter("en"),
        )
    )

    add(
        Ev(
            "debrief",
            "de",
            "Debrief Bewerber Konstruktion – Brandl / Okafor",
            "2026-12-04 15:30",
            False,
            style="outlook",
            minutes=30,
            organizer=_k("Maurer, Jens", "j.maurer"),
            attendees=[me(True, "Chen, Mei"), _k("Lang, Katrin", "k.lang"), _k("Maurer, Jens", "j.maurer")],
            desc="Kurze Abstimmung zu den beiden Gesprächen von dieser Woche, Entscheidung bis Montag.",
        )
    )

    add(
        Ev(
            "apprentice-interview",
            "de",
            "Azubi-Auswahlgespräche Technische Produktdesigner 2027",
            "2026-12-07",
            False,
            style="allday",
            desc="Ganztägig: 6 Bewerber:innen für die Ausbildung zum Technischen "
            "Produktdesigner. Ich bin im Gremium mit Ausbildungsleitung (Hr. Fink) und Betriebsrat.",
        )
    )

    add(
        Ev(
            "calendly-host",
            "en",
            "Design Engineer interview – Mei Chen (Kessler): Samuel Okafor",
            "2026-12-07 14:00",
            False,
            style="ats",
            prodid="-//Calendly//Calendly//EN",
            minutes=45,
            organizer=me(True),
            attendees=[Att("Samuel Okafor", "s.okafor@stud.uni-stuttgart.de")],
            desc="A new event has been scheduled.\n\nEvent Type: Design Engineer interview\nInvitee: Samuel Okafor\n"
            "Invitee Email: s.okafor@stud.uni-stuttgart.de\n\nHost: Mei Chen\n\nPowered by Calendly.com",
        )
    )

    add(
        Ev(
            "hiring-committee",
            "en",
            "Hiring committee – Senior Design Engineer (req. 10388)",
            "2026-12-08 11:00",
            False,
            style="exchange",
            minutes=60,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[
                me(True, "Chen, Mei"),
                _k("Maurer, Jens", "j.maurer"),
                _k("Weber, Stefan", "s.weber"),
                _k("Lang, Katrin", "k.lang"),
            ],
            desc="Decision on the two finalists. Please have your interview notes and scorecards ready.",
        )
    )

    add(
        Ev(
            "shadowing",
            "en",
            "Shadow: interview Design Engineer (Jens leads, Mei observes)",
            "2026-12-09 13:00",
            False,
            style="outlook",
            minutes=60,
            organizer=_k("Maurer, Jens", "j.maurer"),
            attendees=[me(True, "Chen, Mei"), Att("Tomasz Wrobel", "tomasz.wrobel@outlook.com")],
            desc="Mei shadows as part of interviewer training. Candidate: Tomasz Wrobel. Please don't ask questions "
            "until the last 10 minutes.",
        )
    )

    add(
        Ev(
            "design-review-applicant",
            "de",
            "Design-Review mit Bewerberin (Portfolio) – Frau Nguyen",
            "2026-12-10 10:00",
            False,
            style="outlook",
            minutes=90,
            organizer=me(True, "Chen, Mei"),
            attendees=[
                _k("Maurer, Jens", "j.maurer"),
                Att("Linh Nguyen", "linh.nguyen@web.de"),
                room("STR-Geb.4-Raum 2.12 (Beamer)", "raum.4-2.12" + K),
            ],
            desc="Frau Nguyen stellt ein Projekt aus ihrem Portfolio vor (Gehäuse Spritzguss), anschließend Fragen "
            "zur Konstruktionsmethodik. Bewerbung Konstrukteurin Kunststofftechnik.",
        )
    )

    add(
        Ev(
            "first-person-note",
            "en",
            "Interviewing a working-student candidate (Felix) – room 2.10",
            "2026-12-11 09:00",
            False,
            style="ios",
            minutes=45,
            desc="My questions: CAD level, availability 20h, thesis topic.",
        )
    )

    add(
        Ev(
            "interview-loop",
            "en",
            "Onsite loop – candidate: Rania Haddad – Design Engineer Actuators",
            "2026-12-14 09:00",
            False,
            style="outlook",
            minutes=240,
            organizer=coord("Lang, Katrin", "k.lang" + K, "CHAIR"),
            attendees=[
                me(True, "Chen, Mei"),
                _k("Maurer, Jens", "j.maurer"),
                _k("Weber, Stefan", "s.weber"),
                Att("Rania Haddad", "rania.haddad@tum.de"),
                room("STR-Geb.2-Raum 1.04", "raum.2-1.04" + K),
            ],
            desc="09:00 Katrin (HR)\n09:45 Mei – technical design interview\n10:45 Jens – lab tour\n11:30 Stefan – "
            "hiring manager\nInterview kit and scorecard links in SuccessFactors.",
        )
    )

    add(
        Ev(
            "user-interviewer",
            "es",
            "Entrevista candidato prácticas – diseño mecánico (Pablo Ruiz)",
            "2026-12-14 16:00",
            False,
            style="google",
            minutes=45,
            organizer=me(True),
            attendees=[me(True, partstat="ACCEPTED"), Att("Pablo Ruiz", "pablo.ruiz.ing@hotmail.es")],
            desc="Hola Pablo,\n\ngracias por tu candidatura a las prácticas (Praktikum) de diseño mecánico en Kessler "
            "Antriebstechnik. Hablaremos en inglés o español, como prefieras.\n\nMei Chen\n\n"
            + meet("es", "ujw-ddty-oqe")
            + "\n"
            + gfooter("es"),
        )
    )

    add(
        Ev(
            "calibration",
            "de",
            "Kalibrierung Interviewfragen Konstruktion 2027",
            "2026-12-15 14:00",
            False,
            style="utcname",
            minutes=60,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[me(True, "Chen, Mei"), _k("Maurer, Jens", "j.maurer"), _k("Fink, Oliver", "o.fink")],
            desc="Einheitliche Bewertungsskala für die Interviews nächstes Jahr abstimmen.",
        )
    )

    add(
        Ev(
            "agency-sends-candidate",
            "en",
            "Candidate intro: Marco Bellini for your Design Engineer vacancy",
            "2026-12-16 11:00",
            False,
            style="outlook",
            minutes=45,
            organizer=Att("Hollis, Ben", "ben.hollis@talentbridge-eng.com"),
            attendees=[me(True, "Chen, Mei"), Att("Marco Bellini", "marco.bellini@gmail.com")],
            desc="Hi Mei,\n\nas agreed I've set up the first interview with my candidate Marco Bellini for your "
            "Design Engineer Actuators vacancy at Kessler. CV attached to my email.\n\nBest, Ben\n\n"
            + teams("en", "351 900 443 221", "Pq7Lm2"),
        )
    )

    add(
        Ev(
            "interviewer-training",
            "de",
            "Schulung: Strukturierte Interviews für Führungskräfte",
            "2026-12-16 13:00",
            False,
            style="outlook",
            minutes=180,
            organizer=_k("Personalentwicklung", "pe"),
            attendees=[me(True, "Chen, Mei"), room("STR-Schulungsraum 3", "schulung3" + K)],
            desc="Interne Schulung für alle, die ab 2027 Bewerbungsgespräche führen: Fragetechnik, AGG, Bewertung.",
        )
    )

    add(
        Ev(
            "candidate-university",
            "fr",
            "Entretien stage conception mécanique – Chloé Garnier",
            "2026-12-17 10:30",
            False,
            style="google",
            minutes=40,
            organizer=me(True),
            attendees=[me(True, partstat="ACCEPTED"), Att("Chloé Garnier", "chloe.garnier@etu.univ-grenoble-alpes.fr")],
            desc="Bonjour Chloé,\n\nmerci pour votre candidature au stage en conception mécanique chez Kessler "
            "(Stuttgart). Je vous propose cet entretien en visio.\n\nMei Chen\n\n" + meet("fr", "yhz-mcat-fbo"),
        )
    )

    add(
        Ev(
            "scorecard",
            "de",
            "Bewertungsbogen ausfüllen: Rania Haddad",
            "2026-12-17 17:30",
            False,
            style="apple",
            minutes=20,
            desc="Noch offen in SuccessFactors! Technik 4/5, Kommunikation 3/5.",
        )
    )

    return out
