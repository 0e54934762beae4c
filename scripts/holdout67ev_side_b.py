"""holdout67: the user on the hiring side at Neckar Automation, part B (all is_interview=0)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    U_WORK,
    Ev,
    a_g,
    a_ol,
    a_plain,
    a_room,
    esc,
    google_uid,
    guid,
    html,
    meet_en,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_en,
    teams_fr,
    vcal,
)

HR = ("Pfeiffer, Sandra", "s.pfeiffer@neckar-automation.de")
TL = ("Wieland, Ralf", "r.wieland@neckar-automation.de")
EM = ("Mehta, Anil", "a.mehta@neckar-automation.de")
ME = ("Demir, Yusuf", U_WORK)
WT = "W. Europe Standard Time"


def _ol(seed: str, summary: str, desc: str, dt: list[str], people: list[str], location: str,
        lang: str = "de-DE", extra: list[str] | None = None, allday: str = "FALSE") -> list[str]:
    return [
        "BEGIN:VEVENT", *people, f"DESCRIPTION;LANGUAGE={lang}:" + esc(desc), f"UID:{outlook_uid(seed)}",
        t(f"SUMMARY;LANGUAGE={lang}", summary), *dt, *(extra or []),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261116T120000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t(f"LOCATION;LANGUAGE={lang}", location), *outlook_tail(seed, allday=allday),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]


def _dt(start: str, end: str) -> list[str]:
    return [f"DTSTART;TZID={WT}:{start}", f"DTEND;TZID={WT}:{end}"]


def h_probetag_buddy() -> Ev:
    seed = "na-probetag-maier"
    desc = ("Hallo zusammen,\n\n"
            "Lukas Maier (Bewerber Werkstudent Steuerungstechnik) ist am Freitag zum Probetag bei uns. Yusuf ist "
            "an dem Tag sein Pate: bitte Sicherheitsunterweisung, Rundgang durch die Montage, kleine Aufgabe an "
            "der Testzelle. Um 15:00 kurzes Feedback von Yusuf an Ralf und mich.\n\nDanke!\nSandra")
    dt = ["DTSTART;VALUE=DATE:20270129", "DTEND;VALUE=DATE:20270130"]
    ve = _ol(seed, "Probetag Kandidat Lukas Maier – Yusuf als Pate", desc, dt,
             [org(*HR), a_ol(*ME), a_ol(*TL, role="OPT-PARTICIPANT")], "Neckar Automation, Montagehalle / Testzelle",
             allday="TRUE")
    return Ev("outlook-allday-candidate-trial-day-de", vcal(H_OUTLOOK, [], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-trial-day-buddy-de")


def h_stagiaire_fr() -> Ev:
    seed = "na-roux"
    desc = ("Bonjour Camille,\n\n"
            "Merci pour votre candidature au stage de fin d'études en automatisme chez Neckar Automation. Nous vous "
            "proposons un entretien par Teams. L'échange se fera en français ou en anglais ; une partie pourra se "
            "faire en allemand si vous le souhaitez.\n\n"
            "Participants : Yusuf Demir (ingénieur automatisme, questions techniques), Ralf Wieland (chef d'équipe) "
            "et moi-même.\n\n"
            "Bien cordialement,\nSophie Marchal\nRessources humaines · Neckar Automation GmbH\n\n" + teams_fr(seed))
    ve = _ol(seed, "Entretien stage automatisme – Camille Roux", desc, _dt("20270113T100000", "20270113T104500"),
             [org("Marchal, Sophie", "s.marchal@neckar-automation.de"),
              a_ol("Camille Roux", "camille.roux.67@gmail.com"), a_ol(*ME), a_ol(*TL)],
             "Réunion Microsoft Teams", lang="fr-FR")
    return Ev("outlook-user-interviews-intern-fr", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-intern-fr")


def h_candidate_organizer_es() -> Ev:
    uid = google_uid("na-lucia")
    desc = ("Hola Yusuf,\n\n"
            "como acordamos por correo, te envío la invitación para la entrevista de prácticas en Neckar Automation. "
            "¡Muchas gracias por la oportunidad!\n"
            "(Sorry for the Spanish – of course I can do the interview in English.)\n\n"
            "Un saludo,\nLucía Martín\nErasmus – Ingeniería Mecatrónica\n\n"
            + meet_en("na-lucia", "(ES) +34 911 23 45 67"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20270120T160000Z", "DTEND:20270120T163000Z", "DTSTAMP:20270115T203000Z",
        org("Lucía Martín", "lucia.martin.g@gmail.com"), f"UID:{uid}",
        a_g("Lucía Martín", "lucia.martin.g@gmail.com", ps="ACCEPTED"), a_g(U_WORK, U_WORK),
        "CREATED:20270115T202959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20270115T202959Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED", t("SUMMARY", "Entrevista prácticas Neckar Automation – Lucía Martín"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-candidate-invites-user-es", vcal(H_GOOGLE, [], [ve]), uid, 0,
              trap="user-as-interviewer-candidate-organizer-es")


def h_recruiting_sync() -> Ev:
    seed = "na-sync"
    desc = ("Wöchentlicher Abgleich Werkstudenten-/Praktikanten-Recruiting WS 26/27:\n"
            "- Stand der Bewerbungen in Personio\n- anstehende Interviews & wer führt sie\n- Zu-/Absagen\n\nSandra")
    ve = _ol(seed, "Recruiting-Sync Werkstudenten WS 26/27", desc, _dt("20261124T083000", "20261124T090000"),
             [org(*HR), a_ol(*TL), a_ol(*ME)], "Microsoft Teams-Besprechung",
             extra=["RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TU"])
    return Ev("outlook-recurring-recruiting-sync-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-recruiting-sync-de")


def h_calibration_en() -> Ev:
    seed = "na-calibration"
    desc = ("Hi all,\n\n"
            "We have four finalists for the Junior PLC Engineer role (Nowak, Saleh, Brunner, Keller). Please bring "
            "your completed scorecards. Agenda: each interviewer summarises in 3 minutes, then we calibrate ratings "
            "and decide who gets an offer.\n\nThanks,\nAnil")
    ve = _ol(seed, "Calibration: Junior PLC Engineer candidates (shortlist)", desc,
             _dt("20270202T140000", "20270202T150000"), [org(*EM), a_ol(*TL), a_ol(*ME), a_ol(*HR)],
             "Besprechungsraum 2.14", lang="en-US")
    return Ev("outlook-calibration-en", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-calibration-en")


def h_job_fair_stand() -> Ev:
    seed = "na-fair"
    desc = ("Hallo zusammen,\n\n"
            "wir sind mit einem Stand auf der Firmenkontaktmesse der HS Plochingen vertreten. Ziel: Werkstudenten, "
            "Praktikanten und Abschlussarbeiten. Bitte kurze Kennenlerngespräche am Stand führen und "
            "vielversprechende Kontakte mit Namen und E-Mail auf dem Bogen notieren. Aufbau ab 8:30 Uhr, "
            "Stand 17, Foyer Gebäude 1.\n\n"
            "Viele Grüße\nSandra")
    dt = ["DTSTART;VALUE=DATE:20261119", "DTEND;VALUE=DATE:20261120"]
    ve = _ol(seed, "Firmenkontaktmesse HS Plochingen – Standdienst Neckar Automation", desc, dt,
             [org(*HR), a_ol(*ME), a_ol("Keller, Jana", "j.keller@neckar-automation.de")],
             "HS Plochingen, Foyer Gebäude 1", allday="TRUE")
    return Ev("outlook-job-fair-stand-duty-de", vcal(H_OUTLOOK, [], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-job-fair-stand-de")


def h_interview_kit_en() -> Ev:
    uid = f"personio-interview-{guid('na-nowak')}@personio.de"
    desc = ("Hi Yusuf, hi Ralf,\n\n"
            "second round with Marek Nowak for the Junior PLC Engineer position. Yusuf – please take the technical "
            "part (TIA Portal, safety, a short troubleshooting scenario); Ralf covers team fit. The interview kit "
            "with the question set and the scorecard is linked below – please submit your scorecard within 24 h.\n\n"
            "Interview kit: https://neckar-automation.personio.de/recruiting/interview-kits/77120\n\n"
            "Thanks,\nAnil\n\n--\nThis invitation was sent via Personio.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270119T080000Z",
        "DTSTART;TZID=Europe/Berlin:20270127T100000", "DTEND;TZID=Europe/Berlin:20270127T110000",
        t("SUMMARY", "Interview: Marek Nowak – Junior PLC Engineer (2nd round)"), t("DESCRIPTION", desc),
        t("LOCATION", "Neckar Automation, Besprechungsraum 2.14"),
        org("Anil Mehta", "a.mehta@neckar-automation.de"), a_plain("Ralf Wieland", "r.wieland@neckar-automation.de"),
        a_plain("Yusuf Demir", U_WORK), a_plain("Marek Nowak", "marek.nowak@wp.pl"),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["PRODID:-//Personio GmbH//Personio Recruiting//EN", "VERSION:2.0", "METHOD:REQUEST"]
    return Ev("personio-interview-kit-en", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 0,
              trap="user-as-interviewer-kit-en")


def h_user_phone_screen() -> Ev:
    seed = "na-rau"
    desc = ("Hallo Herr Rau,\n\n"
            "wie vereinbart rufe ich Sie für ein kurzes Telefoninterview (ca. 20 Min.) zur Werkstudentenstelle "
            "unter 0157 3391 0442 an.\n\nGruß\nYusuf Demir\nNeckar Automation GmbH")
    ve = _ol(seed, "Telefoninterview Bewerber Werkstudent – Benedikt Rau", desc,
             _dt("20261210T160000", "20261210T163000"), [org(*ME), a_ol("Benedikt Rau", "benedikt.rau@t-online.de")],
             "Telefon")
    return Ev("outlook-user-phone-screens-candidate-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-phone-de")


def h_room_en() -> Ev:
    seed = "na-saleh"
    desc = ("Dear Ahmed,\n\n"
            "Thank you for your time in the first interview. We are happy to invite you to the second round at our "
            "office in Wendlingen. You will meet Ralf Wieland (Team Lead Controls) and Yusuf Demir (Controls "
            "Engineer), who will go through a short technical exercise with you.\n\n"
            "Kind regards,\nSandra Pfeiffer\nHR · Neckar Automation GmbH\n\n" + teams_en(seed))
    ve = _ol(seed, "Interview: Ahmed Saleh – Junior Automation Engineer (2nd round)", desc,
             _dt("20270121T090000", "20270121T103000"),
             [org(*HR), a_ol("Ahmed Saleh", "ahmed.saleh@outlook.com"), a_ol(*TL), a_ol(*ME),
              a_room("NA-Wendlingen-2.14 (8)", "raum-214@neckar-automation.de")],
             "NA-Wendlingen-2.14 (8)", lang="en-US")
    return Ev("outlook-room-user-interviewer-en", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-room-en")


def h_interviewer_training() -> Ev:
    seed = "na-training"
    desc = ("Liebe neue Interviewer:innen,\n\n"
            "in dieser Schulung lernt ihr, wie wir bei Neckar Automation strukturierte Interviews führen: "
            "Interviewleitfaden, Verhaltensfragen, Bewertungsbogen in Personio, AGG-konforme Fragen und typische "
            "Beurteilungsfehler. Mit Rollenspielen – einer von euch ist jeweils Bewerber:in.\n\n"
            "Viele Grüße\nSandra Pfeiffer\nHR")
    ve = _ol(seed, "Schulung: Strukturierte Interviews führen (für Interviewer:innen)", desc,
             _dt("20261120T130000", "20261120T150000"),
             [org(*HR), a_ol(*ME), a_ol("Keller, Jana", "j.keller@neckar-automation.de"),
              a_ol("Vogel, Timo", "t.vogel@neckar-automation.de")], "Schulungsraum EG")
    return Ev("outlook-interviewer-training-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-training-de")


def events() -> list[Ev]:
    return [h_probetag_buddy(), h_stagiaire_fr(), h_candidate_organizer_es(), h_recruiting_sync(),
            h_calibration_en(), h_job_fair_stand(), h_interview_kit_en(), h_user_phone_screen(), h_room_en(),
            h_interviewer_training()]

