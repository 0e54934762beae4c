"""holdout49: the user on the hiring side at Rheinland Versicherung AG. Synthetic, CC0 1.0."""

from __future__ import annotations

from holdout49ev_core import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    OUTLOOK_TZ,
    THUNDERBIRD,
    WORK,
    Ev,
    att,
    cal,
    no,
    org,
    room,
    teams,
    vevent,
)

B = "Europe/Berlin"
W = "W. Europe Standard Time"
RVR = "recruiting@rheinland-versicherung.de"


def _ol(u: str, start: str, end: str, summary: str, desc: str, attendees: list[str], *, organizer: str | None = None,
        loc: str = "Microsoft Teams-Besprechung", tz: str = W, prodid: str = OUTLOOK) -> str:
    return cal(prodid, vevent(u, start, end, summary, organizer=organizer or org(RVR, "Recruiting Rheinland"),
                              attendees=attendees, loc=loc, tzid=tz, desc=desc), tz=(tz,))


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att(WORK, "Brenner, Jonas")
    u = "personio-int-rv-22017"
    out.append(no("hiring-personio", u, cal(
        "-//Personio GmbH//Personio Recruiting//DE",
        vevent(u, "20260114T100000", "20260114T110000", "Interview: Werkstudent Frontend (m/w/d) – Lea Osterkamp",
               organizer=org("no-reply@personio.de", "Rheinland Versicherung AG"),
               attendees=[me, att("lea.osterkamp@gmx.de", "Lea Osterkamp"),
                          att("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine")],
               loc="Rheinland Versicherung, Raum Dom 2.04", tzid=B,
               desc="Interviewer: Jonas Brenner, Nadine Schäfer\nKandidatin: Lea Osterkamp\n"
                    "Bitte hinterlegt eure Interviewnotizen bis Ende des Tages in Personio."),
        tz=(B,)), "user-as-interviewer-personio-de"))

    u = "personio-feedback-rv-22031"
    out.append(no("hiring-notes", u, cal(
        "-//Personio GmbH//Personio Recruiting//DE",
        vevent(u, "20260114T160000", "20260114T163000", "Erinnerung: Interviewnotizen für Tim Albers ausstehend",
               organizer=org("no-reply@personio.de", "Personio"), attendees=[me], tzid=B,
               desc="Du hast am 14.01. das Interview mit Tim Albers (Junior Frontend Developer) geführt. Bitte "
                    "gib deine Bewertung ab."),
        tz=(B,)), "user-as-interviewer-notes-reminder-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVDEBRIEF01"
    out.append(no("hiring-debrief", u, _ol(
        u, "20260116T140000", "20260116T143000", "Debrief Junior Frontend Developer – Runde 2",
        "Kurzer Abgleich zu den drei Kandidat:innen aus Runde 2 (Albers, Yilmaz, Petrović). Bitte Scorecards vorher "
        "ausfüllen.", [me, att("m.vogt@rheinland-versicherung.de", "Vogt, Martin")],
        organizer=org("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine")), "user-as-interviewer-debrief-de"))

    u = "a9f1e7c0-coding-mira@rheinland-versicherung.de"
    out.append(no("hiring-coding", u, cal(
        THUNDERBIRD,
        vevent(u, "20260120T130000", "20260120T140000", "Coding-Übung mit Kandidatin Mira Yilmaz (Junior FE)",
               organizer=org(WORK, "Jonas Brenner"),
               attendees=[att("mira.yilmaz@outlook.de", "Mira Yilmaz"),
                          room("raum-rhein-3-12@rheinland-versicherung.de", "Raum Rhein 3.12")],
               loc="Raum Rhein 3.12", tzid=B,
               desc="Hallo Frau Yilmaz,\nwie besprochen machen wir eine kleine Coding-Übung (Formular-Validierung "
                    "in TypeScript). Bitte bringen Sie keinen Laptop mit, wir stellen einen bereit.\n"
                    "Viele Grüße\nJonas Brenner, Frontend-Entwicklung, Rheinland Versicherung AG"),
        tz=(B,)), "user-as-interviewer-organizer-freemail-candidate-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVPANEL02"
    out.append(no("hiring-panel", u, _ol(
        u, "20260122T090000", "20260122T103000", "Panel-Interview Senior UX Designer (m/w/d) – Herr Costa",
        "Panel: Katrin Weiß (UX Lead), Jonas Brenner (Frontend), Nadine Schäfer (HR).\nKandidat: Rui Costa\n"
        "Jonas übernimmt den Teil Zusammenarbeit Design/Entwicklung.",
        [me, att("k.weiss@rheinland-versicherung.de", "Weiß, Katrin"), att("rui.costa.design@gmail.com", "Rui Costa"),
         room("Raum.Severin@rheinland-versicherung.de", "Raum Severin (EG)")], tz=OUTLOOK_TZ),
        "user-as-interviewer-panel-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVSHADOW"
    out.append(no("hiring-shadow", u, _ol(
        u, "20260127T100000", "20260127T110000", "Shadowing: Jonas hospitiert im Interview (Backend Junior)",
        "Jonas begleitet als Schatten-Interviewer das Interview von Martin mit dem Kandidaten Felix Haas. Nur "
        "zuhören, danach 10 Min. Feedback zum Interviewstil.",
        [me, att("m.vogt@rheinland-versicherung.de", "Vogt, Martin")],
        organizer=org("m.vogt@rheinland-versicherung.de", "Vogt, Martin")), "user-as-interviewer-shadowing-de"))

    u = "calendly-rv-host-9921"
    out.append(no("hiring-calendly-host", u, cal(
        "-//Calendly//Calendly//EN",
        vevent(u, "20260128T100000Z", "20260128T103000Z", "Mert Kaya und Jonas Brenner",
               organizer=org(WORK, "Jonas Brenner"), attendees=[att("mert.kaya99@gmail.com", "Mert Kaya",
                                                                    ps="ACCEPTED")],
               mode="utc",
               desc="Neuer Termin: Werkstudierenden-Interview Frontend (30 Min)\nEingeladene Person: Mert Kaya\n"
                    "E-Mail: mert.kaya99@gmail.com\nAntworten: Studiengang Medieninformatik, TH Köln, 5. Semester"),
        ), "user-as-interviewer-calendly-host-de"))

    u = "FL-2026-0304-rv@ferber-lind.de"
    out.append(no("hiring-agency", u, cal(
        OUTLOOK,
        vevent(u, "20260304T110000", "20260304T120000",
               "Vorstellungsgespräch Sofia Márquez – Frontend Developer (Ref. FL-9020)",
               organizer=org("m.lind@ferber-lind.de", "Lind, Martina"),
               attendees=[me, att("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine")],
               loc="Rheinland Versicherung AG, Kaiser-Wilhelm-Ring 14, Köln", tzid=W,
               desc="Sehr geehrter Herr Brenner,\n\nanbei wie besprochen der Termin mit unserer Kandidatin Sofia "
                    "Márquez. Den Lebenslauf finden Sie im Anhang. Frau Márquez ist ab 01.05. verfügbar.\n\n"
                    "Beste Grüße\nMartina Lind\nFerber & Lind Personalberatung"),
        tz=(W,)), "user-as-interviewer-agency-candidate-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVPAULN"
    out.append(no("hiring-title-like-own", u, _ol(
        u, "20260205T150000", "20260205T160000", "Vorstellungsgespräch Rheinland Versicherung – Paul Neumann",
        "Hallo Herr Neumann,\n\nhiermit lade ich Sie zum Vorstellungsgespräch für die Stelle Junior Frontend "
        "Developer ein. Gesprächspartner: Jonas Brenner und Nadine Schäfer.\n\nViele Grüße\nJonas Brenner\n\n"
        + teams("de"),
        [att("paul.neumann@web.de", "paul.neumann@web.de"), att("n.schaefer@rheinland-versicherung.de",
                                                                "Schäfer, Nadine")],
        organizer=org(WORK, "Brenner, Jonas")), "user-as-interviewer-organizer-title-like-own-de"))

    u = "5E7A-HAND-CELIK-0210"
    out.append(no("hiring-hand", u, cal(
        APPLE, vevent(u, "20260210T140000", "20260210T150000", "Interview Werkstudent Hr. Çelik (ich + Nadine)",
                      tzid=B, desc="Fragen-Kit ausdrucken, Raum Dom 2.04"), method=None, tz=(B,)),
        "user-as-interviewer-hand-typed-de"))

    u = "rv-interview-kit-review-0211@rheinland-versicherung.de"
    out.append(no("hiring-kit", u, _ol(
        u, "20260211T083000", "20260211T090000", "Review interview kit – Junior Frontend Engineer",
        "Let's go through the question set and the scoring rubric before Thursday's interviews. Jonas owns the "
        "technical part.", [me, att("a.mensah@rheinland-versicherung.de", "Mensah, Akosua")],
        organizer=org("a.mensah@rheinland-versicherung.de", "Mensah, Akosua"), prodid=OUTLOOK),
        "user-as-interviewer-kit-en"))

    u = "040000008200E00074C5B7101A82E00800000000RVCALIB"
    out.append(no("hiring-calibration", u, _ol(
        u, "20260212T150000", "20260212T160000", "Interviewer-Kalibrierung Frontend-Hiring Q1",
        "Wir gleichen unsere Bewertungen ab (Scorecards Junior/Werkstudierende), damit alle Interviewer:innen "
        "gleich bewerten.", [me, att("m.vogt@rheinland-versicherung.de", "Vogt, Martin"),
                              att("k.weiss@rheinland-versicherung.de", "Weiß, Katrin")]),
        "user-as-interviewer-calibration-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVDECIDE"
    out.append(no("hiring-decision", u, _ol(
        u, "20260213T113000", "20260213T120000", "Einstellungsentscheidung Junior Frontend Developer",
        "Entscheidung zwischen Frau Yilmaz und Herrn Neumann. Jonas bringt die Ergebnisse der Coding-Übungen mit.",
        [me, att("m.vogt@rheinland-versicherung.de", "Vogt, Martin")],
        organizer=org("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine")), "user-as-interviewer-decision-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVZWEIT"
    out.append(no("hiring-second-round", u, _ol(
        u, "20260217T100000", "20260217T110000", "Zweitgespräch Junior Frontend Developer (m/w/d) – Frau Dimitrova",
        "Zweitgespräch mit Frau Elena Dimitrova.\nTeilnehmer RV: Jonas Brenner (Fachbereich), Nadine Schäfer (HR)\n\n"
        + teams("de"), [me, att("elena.dimitrova@yahoo.com", "Elena Dimitrova")],
        organizer=org("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine")),
        "user-as-interviewer-second-round-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVTECHEN"
    out.append(no("hiring-tech-en", u, _ol(
        u, "20260219T130000", "20260219T140000", "Technical interview – Working student frontend – Aditya Rao",
        "Candidate: Aditya Rao (M.Sc. Web Science, Uni Koblenz)\nInterviewers: Jonas Brenner, Martin Vogt\n"
        "Please use the coding exercise 'Tariff form'.\n\n" + teams("en"),
        [me, att("m.vogt@rheinland-versicherung.de", "Vogt, Martin"), att("aditya.rao@outlook.com", "Aditya Rao")],
        organizer=org("a.mensah@rheinland-versicherung.de", "Mensah, Akosua")), "user-as-interviewer-technical-en"))

    u = "rv-entretien-camille-0223@rheinland-versicherung.de"
    out.append(no("hiring-fr", u, cal(
        GOOGLE,
        vevent(u, "20260223T140000", "20260223T143000", "Entretien – Camille Fabre (stage / Werkstudentin Frontend)",
               organizer=org(WORK, "Jonas Brenner"), attendees=[att("camille.fabre@laposte.net", "Camille Fabre")],
               tzid=B,
               desc="Bonjour Camille,\n\ncomme convenu, voici l'invitation pour notre entretien pour le poste de "
                    "Werkstudentin Frontend chez Rheinland Versicherung. Nous pouvons parler français ou anglais.\n"
                    "Cordialement,\nJonas Brenner"),
        tz=(B,)), "user-as-interviewer-entretien-fr"))

    u = "rv-entrevista-lucia-0225@rheinland-versicherung.de"
    out.append(no("hiring-es", u, _ol(
        u, "20260225T160000", "20260225T163000", "Entrevista prácticas Frontend – Lucía Ortega",
        "Hola Lucía, te envío la invitación para la entrevista (30 min, en inglés) para las prácticas en el equipo "
        "frontend de Rheinland Versicherung. Un saludo, Jonas", [att("lucia.ortega.dev@gmail.com", "Lucía Ortega")],
        organizer=org(WORK, "Brenner, Jonas")), "user-as-interviewer-entrevista-es"))

    u = "personio-scorecard-rv-22290"
    out.append(no("hiring-scorecard", u, cal(
        "-//Personio GmbH//Personio Recruiting//DE",
        vevent(u, "20260226T090000", "20260226T091500", "Feedback ausstehend: Interview mit Jan Kowalski",
               organizer=org("no-reply@personio.de", "Personio"), attendees=[me], tzid=B,
               desc="Bitte fülle die Scorecard für Jan Kowalski (Werkstudent Frontend) aus. Interviewer: du."),
        tz=(B,)), "user-as-interviewer-scorecard-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVTRAIN"
    out.append(no("hiring-training", u, _ol(
        u, "20260302T090000", "20260302T120000", "Schulung: Strukturierte Interviews führen (für Interviewer:innen)",
        "Pflichtschulung für alle, die ab Q2 Bewerbungsgespräche führen. Trainerin: Sabine Ott (HR-Entwicklung).",
        [me], organizer=org("hr-entwicklung@rheinland-versicherung.de", "HR Entwicklung"),
        loc="Schulungsraum Deutz 1"), "user-as-interviewer-training-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVLUNCH"
    out.append(no("hiring-lunch", u, _ol(
        u, "20260305T123000", "20260305T133000", "Mittagessen mit Kandidatin (Onsite-Tag) – Hannah Vogt",
        "Jonas geht mit Frau Vogt in die Kantine, lockerer Teil des Onsite-Tages. Kein Bewertungsbogen.",
        [me], organizer=org("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine"), loc="Kantine EG"),
        "user-as-interviewer-candidate-lunch-de"))

    u = "040000008200E00074C5B7101A82E00800000000RVPAIR"
    out.append(no("hiring-pairing", u, _ol(
        u, "20260309T100000", "20260309T113000", "Pair-Programming mit Bewerber (Junior) – Raum Rhein 3.12",
        "Bewerber: Nikola Petrović\nInterviewer: Jonas Brenner\nAufgabe: Komponente 'Schadensmeldung' erweitern",
        [me, att("nikola.petrovic@gmail.com", "Nikola Petrović"),
         room("raum-rhein-3-12@rheinland-versicherung.de", "Raum Rhein 3.12")], loc="Raum Rhein 3.12"),
        "user-as-interviewer-pairing-room-de"))
    return out
