"""train13 event corpus: Mei Chen on the interviewer's side at Kessler Antriebstechnik (part 2)."""

from __future__ import annotations

from train13ev_boiler import meet, teams, zoom
from train13ev_ics import Att, Ev, coord, me, res, room

K = "@kessler-antriebe.de"


def _k(name: str, local: str) -> Att:
    return Att(name, local + K)


def events() -> list[Ev]:
    """Returns the events where the user interviews, scores or decides (all labelled not-an-interview)."""
    out: list[Ev] = []
    add = out.append

    add(
        Ev(
            "recurring-slot",
            "de",
            "Interviewslot Werkstudierende (Konstruktion)",
            "2027-01-05 15:00",
            False,
            style="outlook",
            minutes=45,
            rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6",
            override=("2027-01-12 15:00", "2027-01-13 15:00", "Interviewslot Werkstudierende – verschoben auf Mi"),
            organizer=me(True, "Chen, Mei"),
            attendees=[_k("Lang, Katrin", "k.lang")],
            desc="Fester Slot für Gespräche mit Werkstudierenden. Katrin trägt die Bewerber ein.",
        )
    )

    add(
        Ev(
            "cancelled-candidate",
            "en",
            "Cancelled: Interview – candidate Tomasz Wrobel",
            "2027-01-06 10:00",
            False,
            style="outlook",
            minutes=60,
            status="CANCELLED",
            sequence=1,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[me(True, "Chen, Mei"), Att("Tomasz Wrobel", "tomasz.wrobel@outlook.com")],
            desc="The candidate has withdrawn his application.",
        )
    )

    add(
        Ev(
            "panel-member",
            "en",
            "Panel: Team Lead Mechanical Design – internal candidates",
            "2027-01-07 13:00",
            False,
            style="exchange",
            minutes=120,
            organizer=_k("Weber, Stefan", "s.weber"),
            attendees=[
                me(True, "Chen, Mei"),
                _k("Lang, Katrin", "k.lang"),
                _k("Hoffmann, Daniel", "d.hoffmann"),
                _k("Krüger, Nina", "n.krueger"),
            ],
            desc="Panel members: Stefan, Katrin, Mei. Candidates: Daniel Hoffmann 13:00, Nina Krüger 14:00.",
        )
    )

    add(
        Ev(
            "user-interviewer",
            "de",
            "Bewerbungsgespräch Praktikum – Jonas Keller (Hochschule Esslingen)",
            "2027-01-08 09:00",
            False,
            style="google",
            minutes=40,
            organizer=me(True),
            attendees=[me(True, partstat="ACCEPTED"), Att("Jonas Keller", "jokeit01@hs-esslingen.de")],
            desc="Hallo Herr Keller,\n\nvielen Dank für Ihre Bewerbung als Praktikant in der Konstruktion bei Kessler. "
            "Ich freue mich auf das Gespräch.\n\nMei Chen\nKonstruktion Getriebe\n\n" + meet("de", "pnx-vrbh-yus"),
        )
    )

    add(
        Ev(
            "hiring-sync",
            "en",
            "Weekly hiring sync – Mechanical Design",
            "2027-01-11 08:30",
            False,
            style="outlook",
            minutes=30,
            rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=8",
            override=("2027-01-18 08:30", "2027-01-18 09:30", ""),
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[me(True, "Chen, Mei"), _k("Maurer, Jens", "j.maurer")],
            desc="Pipeline review: open reqs 10388, 10432, 10440; interview feedback; offers.",
        )
    )

    add(
        Ev(
            "take-home-review",
            "en",
            "Review take-home: Samuel Okafor's gearbox housing",
            "2027-01-12 14:00",
            False,
            style="apple",
            minutes=60,
            desc="Check his CAD model + drawing before the panel on Thursday.",
        )
    )

    add(
        Ev(
            "reference-check-made",
            "de",
            "Referenz einholen: Rania Haddad (ehem. Vorgesetzter)",
            "2027-01-13 11:00",
            False,
            style="floating",
            minutes=20,
            desc="Anruf bei Dr. Pohl (TUM Lehrstuhl) – Referenz für unsere Kandidatin, Stelle Design Engineer.",
        )
    )

    add(
        Ev(
            "offer-decision",
            "de",
            "Entscheidung Angebot Konstrukteur – Gremium",
            "2027-01-14 16:00",
            False,
            style="outlook",
            minutes=30,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[me(True, "Chen, Mei"), _k("Weber, Stefan", "s.weber")],
            desc="Final decision on our offer for the Design Engineer position (Haddad vs. Okafor).",
        )
    )

    add(
        Ev(
            "user-interviewer",
            "fr",
            "Entretien candidat – ingénieur conception (M. Lefèvre)",
            "2027-01-15 14:00",
            False,
            style="outlook",
            minutes=60,
            organizer=_k("Chen, Mei", "m.chen"),
            attendees=[Att("Antoine Lefèvre", "antoine.lefevre@laposte.net"), _k("Maurer, Jens", "j.maurer")],
            desc="Bonjour M. Lefèvre,\n\nnous vous remercions de votre candidature pour le poste d'ingénieur "
            "conception chez Kessler Antriebstechnik. L'entretien se déroulera en anglais.\n\nMei Chen\n\n"
            + teams("fr", "377 410 982 006", "Lf4Qw9"),
        )
    )

    add(
        Ev(
            "user-interviewer",
            "es",
            "Entrevista técnica: candidata Lucía Morales – Ingeniera de diseño",
            "2027-01-18 11:00",
            False,
            style="exchange",
            minutes=60,
            organizer=_k("Chen, Mei", "m.chen"),
            attendees=[Att("Lucía Morales", "lucia.morales@yahoo.es"), _k("Weber, Stefan", "s.weber")],
            desc="Entrevista técnica para el puesto de Ingeniera de diseño (Design Engineer Actuators) en Kessler. "
            "Entrevistadores: Mei Chen y Stefan Weber.\n\n" + teams("es", "363 201 775 448", "Mr5Tz1"),
        )
    )

    add(
        Ev(
            "greenhouse-interviewer",
            "en",
            "You're interviewing Nikhil Rao – Design Engineer Actuators",
            "2027-01-19 10:00",
            False,
            style="ats",
            prodid="-//Greenhouse Software//Interview Scheduler//EN",
            minutes=45,
            organizer=coord("Kessler Antriebstechnik Recruiting", "no-reply@eu.greenhouse-mail.io", "CHAIR"),
            attendees=[me(True), Att("Nikhil Rao", "nikhil.rao.mech@gmail.com")],
            desc="Interviewer: Mei Chen\nCandidate: Nikhil Rao\nJob: Design Engineer Actuators\nFocus area: Technical "
            "– tolerance analysis and DFM\nInterview kit: https://app.eu.greenhouse.io/interview_kits/88120\n"
            "Please submit your scorecard within 24 hours.",
        )
    )

    add(
        Ev(
            "first-person-note",
            "de",
            "Bewerber Werkstudent anrufen (Hr. Yildiz) – Vorgespräch",
            "2027-01-20 12:15",
            False,
            style="ios",
            minutes=20,
            desc="Ich rufe ihn an: Verfügbarkeit, Semester, CAD-Kenntnisse.",
        )
    )

    add(
        Ev(
            "assessment-observer",
            "de",
            "Assessment Center Azubis – Beobachterin",
            "2027-01-21",
            False,
            style="allday",
            desc="Ich bin Beobachterin im AC für Auszubildende Industriemechanik. Bewertungsbögen bei "
            "Hr. Fink abholen.",
        )
    )

    add(
        Ev(
            "zoom-interviewer",
            "en",
            "Interview: Emma Schulz <> Kessler (Mechanical Design)",
            "2027-01-22 15:00",
            False,
            style="google",
            minutes=45,
            organizer=me(True),
            attendees=[
                me(True, partstat="ACCEPTED"),
                Att("Emma Schulz", "emma.schulz@posteo.de"),
                _k("Jens Maurer", "j.maurer"),
            ],
            desc="Hi Emma, Jens and I look forward to talking with you about the Design Engineer role.\n\n"
            + zoom("en", "874 2203 1108", "Ks8mNe", "kessler-antriebe"),
        )
    )

    add(
        Ev(
            "interview-with-candidate",
            "en",
            "Interview with candidate – Working Student PLM",
            "2027-01-25 10:00",
            False,
            style="exchange",
            minutes=45,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[
                me(True, "Chen, Mei"),
                room("STR-Geb.4-Raum 2.10", "raum.4-2.10" + K),
                res("Laptop Pool 3", "laptop3" + K),
            ],
            desc="Candidate: Marie Vogel (Uni Stuttgart). CV in SuccessFactors.",
        )
    )

    add(
        Ev(
            "debrief",
            "en",
            "Debrief: Nikhil Rao (DE Actuators)",
            "2027-01-26 09:00",
            False,
            style="google",
            minutes=25,
            organizer=_k("Katrin Lang", "k.lang"),
            attendees=[me(True), _k("Jens Maurer", "j.maurer"), _k("Stefan Weber", "s.weber")],
            desc="Quick debrief after yesterday's interviews. Scorecards first, then discussion.",
        )
    )

    add(
        Ev(
            "user-interviewer",
            "de",
            "Gespräch mit Bewerberin Konstruktion – Frau Schulz (2. Runde)",
            "2027-01-27 14:00",
            False,
            style="outlook",
            minutes=60,
            organizer=me(True, "Chen, Mei"),
            attendees=[
                Att("Emma Schulz", "emma.schulz@posteo.de"),
                _k("Weber, Stefan", "s.weber"),
                room("STR-Geb.2-Raum 1.04", "raum.2-1.04" + K),
            ],
            location="Kessler Antriebstechnik, Geb. 2, Raum 1.04",
            desc="Zweite Runde mit Frau Schulz: Werksrundgang und Gespräch mit Stefan Weber (Bereichsleitung).",
        )
    )

    add(
        Ev(
            "intake-own-vacancy",
            "en",
            "Intake: new req Design Engineer Gearboxes (with Katrin)",
            "2027-01-28 11:00",
            False,
            style="outlook",
            minutes=30,
            organizer=_k("Lang, Katrin", "k.lang"),
            attendees=[me(True, "Chen, Mei")],
            desc="Role profile, must-haves, interview panel and timeline for the new vacancy in Mei's team.",
        )
    )
    return out
