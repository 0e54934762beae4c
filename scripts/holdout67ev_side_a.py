"""holdout67: the user on the hiring side at Neckar Automation, part A (all is_interview=0)."""

from __future__ import annotations

from holdout67ev_core import (
    H_OUTLOOK,
    U_WORK,
    Ev,
    a_ol,
    a_plain,
    esc,
    guid,
    hexid,
    html,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_de,
    valarm,
    vcal,
)

NA = "Neckar Automation GmbH · Heinrich-Otto-Str. 9 · 73240 Wendlingen am Neckar"
HR = ("Pfeiffer, Sandra", "s.pfeiffer@neckar-automation.de")
TL = ("Wieland, Ralf", "r.wieland@neckar-automation.de")
ME = ("Demir, Yusuf", U_WORK)
H_PERSONIO = ["PRODID:-//Personio GmbH//Personio Recruiting//DE", "VERSION:2.0", "METHOD:REQUEST"]
H_OWN = ["METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
WT = "W. Europe Standard Time"


def _outlook(seed: str, summary: str, desc: str, start: str, end: str, people: list[str], location: str,
             lang: str = "de-DE", busy: str = "BUSY") -> list[str]:
    return [
        "BEGIN:VEVENT", *people, f"DESCRIPTION;LANGUAGE={lang}:" + esc(desc), f"UID:{outlook_uid(seed)}",
        t(f"SUMMARY;LANGUAGE={lang}", summary), f"DTSTART;TZID={WT}:{start}", f"DTEND;TZID={WT}:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261115T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t(f"LOCATION;LANGUAGE={lang}", location), *outlook_tail(seed, busy=busy),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), *valarm(15), "END:VEVENT",
    ]


def h_personio_interviewer() -> Ev:
    uid = f"personio-interview-{guid('na-hofmann')}@personio.de"
    desc = ("Hallo Ralf, hallo Yusuf,\n\n"
            "anbei die Einladung zum Vorstellungsgespräch mit Lena Hofmann (Mechatronik, 5. Semester, "
            "HS Plochingen) für die Werkstudentenstelle Steuerungstechnik. Lebenslauf und Zeugnisse findet ihr im "
            "Bewerberprofil: https://neckar-automation.personio.de/recruiting/applications/4410291\n\n"
            "Bitte tragt eure Bewertung bis Freitag in Personio ein.\n\nViele Grüße\nSandra\n\n"
            "--\nDiese Einladung wurde über Personio versendet.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261119T100000Z",
        "DTSTART;TZID=Europe/Berlin:20261126T090000", "DTEND;TZID=Europe/Berlin:20261126T094500",
        t("SUMMARY", "Interview: Lena Hofmann – Werkstudent*in Steuerungstechnik (m/w/d)"),
        t("DESCRIPTION", desc), t("LOCATION", "Neckar Automation, Besprechungsraum 2.14"),
        org("Sandra Pfeiffer", "s.pfeiffer@neckar-automation.de"),
        a_plain("Ralf Wieland", "r.wieland@neckar-automation.de"), a_plain("Yusuf Demir", U_WORK),
        a_plain("Lena Hofmann", "lena.hofmann@stud.hs-plochingen.de"), "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("personio-user-interviewer-de", vcal(H_PERSONIO, ["Europe/Berlin"], [ve]), uid, 0,
              trap="user-as-interviewer-personio-de")


def h_scorecard_block() -> Ev:
    seed = "na-scorecard"
    desc = ("Bewertung Lena Hofmann in Personio eintragen\n"
            "- Technik (SPS/TIA): 4/5\n- Kommunikation: 5/5\n- Verfügbarkeit: 20 h/Woche ab Januar\n"
            "Empfehlung: einstellen")
    ve = _outlook(seed, "Scorecard Hofmann ausfüllen (Personio)", desc, "20261127T080000", "20261127T081500",
                  [], "")
    return Ev("outlook-own-scorecard-de", vcal(H_OWN, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-scorecard-de")


def h_debrief() -> Ev:
    seed = "na-debrief"
    desc = ("Hi zusammen,\n\nkurze Nachbesprechung zu den beiden Werkstudenten-Kandidaten (Hofmann / Kraus), damit "
            "Sandra bis Ende der Woche Zu- bzw. Absagen verschicken kann.\n\nRalf")
    ve = _outlook(seed, "Nachbesprechung Bewerber Werkstudent (Hofmann / Kraus)", desc, "20261202T113000",
                  "20261202T120000", [org(*TL), a_ol(*ME), a_ol(*HR)], "Büro Ralf / Teams")
    return Ev("outlook-debrief-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-debrief-de")


def h_candidate_freemail() -> Ev:
    seed = "na-kraus"
    desc = ("Hallo Herr Kraus,\n\n"
            "vielen Dank für Ihre Bewerbung als Werkstudent in der Steuerungstechnik. Gerne laden wir Sie zu einem "
            "Gespräch per Teams ein. Gesprächspartner sind Ralf Wieland (Teamleiter) und ich.\n\n"
            f"Viele Grüße\nYusuf Demir\nSteuerungstechnik\n{NA}\n\n" + teams_de(seed))
    ve = _outlook(seed, "Vorstellungsgespräch Werkstudent Steuerungstechnik – Neckar Automation GmbH", desc,
                  "20261130T160000", "20261130T164500",
                  [org(*ME), a_ol("Jonas Kraus", "jonas.kraus2003@gmx.de"), a_ol(*TL)],
                  "Microsoft Teams-Besprechung")
    return Ev("outlook-user-organizes-candidate-gmx-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-freemail-candidate-de")


def h_calendly_host() -> Ev:
    seed = "na-calendly"
    desc = ("Ereignistyp: Kennenlernen Praktikum Mechatronik (30 Min.)\n\n"
            "Ort: Microsoft Teams – der Link wird in der Bestätigung mitgeschickt.\n\n"
            "Eingeladene Person: Mia Schneider\nE-Mail der eingeladenen Person: mia.schneider@outlook.de\n\n"
            "Fragen:\nStudiengang / Semester?: Mechatronik B.Eng., 4. Semester, HS Plochingen\n"
            "Ab wann kannst du starten?: März 2027\n\n"
            "Benötigen Sie Änderungen an diesem Ereignis?\n"
            f"Absagen: https://calendly.com/cancellations/{guid('mia-c')}\n"
            f"Verschieben: https://calendly.com/reschedulings/{guid('mia-r')}\n\n"
            "Unterstützt durch Calendly.com")
    ve = _outlook(seed, "Mia Schneider und Yusuf Demir", desc, "20261203T130000", "20261203T133000",
                  [org("Yusuf Demir", U_WORK), a_ol("Mia Schneider", "mia.schneider@outlook.de")],
                  "Microsoft Teams-Besprechung")
    return Ev("calendly-user-is-host-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-calendly-host-de")


def h_agency_candidate() -> Ev:
    seed = "na-agency-yildiz"
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "wie telefonisch besprochen stelle ich Ihnen unseren Kandidaten Herrn Emre Yıldız für das "
            "Pflichtpraktikum in der Elektrokonstruktion vor. Das Profil haben Sie bereits per Mail erhalten. "
            "Herr Yıldız kommt persönlich zu Ihnen nach Wendlingen; ich bin während des Termins telefonisch "
            "erreichbar.\n\n"
            "Mit freundlichen Grüßen\nNina Brand\nPersonalberaterin Technik\nTechforce Personal GmbH · Esslingen")
    ve = _outlook(seed, "Kandidatenvorstellung: Herr Emre Yıldız – Praktikum Elektrokonstruktion | Neckar Automation",
                  desc, "20261209T100000", "20261209T110000",
                  [org("Brand, Nina", "n.brand@techforce-personal.de"), a_ol(*ME),
                   a_ol("Emre Yıldız", "emre.yildiz.01@gmail.com", role="OPT-PARTICIPANT")],
                  "Neckar Automation GmbH, Wendlingen – Empfang", busy="TENTATIVE")
    return Ev("agency-sends-candidate-to-user-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-agency-candidate-de")


def h_panel_en() -> Ev:
    seed = "na-panel-nair"
    desc = ("Hi all,\n\n"
            "Priya is a Master's student in Mechatronics (exchange semester) applying for our working student "
            "position in robotics. The interview will be held in English.\n"
            "Panel: Ralf (lead), Yusuf (technical questions: robot cell commissioning, safety basics), me (HR).\n"
            "Interview guide and CV are in Personio.\n\nThanks!\nSandra\n\n" + teams_de(seed))
    ve = _outlook(seed, "Interview panel: Working Student Robotics – candidate Priya Nair", desc,
                  "20261211T100000", "20261211T104500",
                  [org(*HR), a_ol(*TL), a_ol(*ME), a_ol("Priya Nair", "priya.nair.work@gmail.com")],
                  "Microsoft Teams-Besprechung", lang="en-US")
    return Ev("outlook-panel-user-interviewer-en", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-panel-en")


def h_shadowing() -> Ev:
    seed = "na-shadow"
    desc = ("Hallo Yusuf,\n\n"
            "wie im Jahresgespräch besprochen: Du sitzt bei diesem Interview als Zuhörer dabei, damit du künftig "
            "selbst Interviews führen kannst. Bitte nur beobachten, die Fragen stelle ich. Danach 15 Minuten "
            "Nachbesprechung unter uns.\n\nRalf")
    ve = _outlook(seed, "Shadowing: Interview Senior Steuerungstechniker (Kandidat M. Albrecht)", desc,
                  "20261217T080000", "20261217T093000",
                  [org(*TL), a_ol(*ME, role="OPT-PARTICIPANT"), a_ol("Markus Albrecht", "m.albrecht@posteo.de")],
                  "Besprechungsraum 2.14")
    return Ev("outlook-shadowing-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-shadowing-de")


def h_note_praktikant() -> Ev:
    uid = guid("na-note-tim", upper=True)
    ve = [
        "BEGIN:VEVENT", "CREATED:20261214T071100Z", "DTSTAMP:20261214T071130Z", f"UID:{uid}",
        "DTSTART;TZID=Europe/Berlin:20261221T140000", "DTEND;TZID=Europe/Berlin:20261221T143000",
        t("SUMMARY", "Gespräch Praktikant Tim K. – Raum 2.14"),
        t("DESCRIPTION", "Fragen: Erfahrung SPS? Python? Verfügbarkeit ab März?\nBewerbung liegt in Personio, "
          "Ralf kommt evtl. dazu"),
        "LAST-MODIFIED:20261214T071130Z", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT",
    ]
    hdr = ["CALSCALE:GREGORIAN", "PRODID:-//Apple Inc.//iPhone OS 18.2//EN", "VERSION:2.0"]
    return Ev("ios-note-user-interviews-intern-de", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 0,
              trap="user-as-interviewer-note-de")


def h_task_review() -> Ev:
    seed = "na-review-schmitt"
    desc = ("Programmieraufgabe von Bewerberin S. Schmitt (Werkstudentin) durchsehen – Code im Personio-Anhang.\n"
            "Kriterien: Struktur, Kommentare, Schrittkette sauber, Fehlerbehandlung.\n"
            f"Ergebnis an Sandra bis Mittwoch. Ref: {hexid(seed, 6)}")
    ve = _outlook(seed, "Review Programmieraufgabe Bewerberin S. Schmitt", desc, "20261207T150000",
                  "20261207T154500", [], "")
    return Ev("outlook-own-task-review-de", vcal(H_OWN, [WT], [ve]), outlook_uid(seed), 0,
              trap="user-as-interviewer-task-review-de")


def events() -> list[Ev]:
    return [h_personio_interviewer(), h_scorecard_block(), h_debrief(), h_candidate_freemail(), h_calendly_host(),
            h_agency_candidate(), h_panel_en(), h_shadowing(), h_note_praktikant(), h_task_review()]
