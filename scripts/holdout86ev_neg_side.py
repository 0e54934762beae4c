"""holdout86: Reto Baumann on the hiring side at Limmatbau AG (he interviews Poliere, Lernende, Bauführer)."""

from __future__ import annotations

from holdout86ev_ics import (
    ME_FREE,
    ME_WORK,
    TZ_ZURICH,
    UTC_DE,
    Item,
    att,
    cal,
    org,
    teams,
    tz_windows,
    vevent,
    zoom,
)

ME_W = att(ME_WORK, "Baumann, Reto")
ME_ORG = org(ME_WORK, "Baumann, Reto")
WIN = "W. Europe Standard Time"


def neg(kind: str, text: str, uid: str, trap: str) -> Item:
    return Item(kind, text, uid, 0, trap=trap)


def h01() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000111A2B3C4D20DC0100000000000000001000000F0101"
    ev = vevent(uid, "20250917T070000", "20250917T080000", "Vorstellungsgespräch Polier – Marco Bernasconi",
                "Grüezi Herr Bernasconi\n\nGerne lade ich Sie zum Vorstellungsgespräch für die Stelle als Polier "
                "Hochbau ein. Treffpunkt Baubüro Hardturm, Container 1.\n\nFreundliche Grüsse\nReto Baumann\n"
                "Bauleiter, Limmatbau AG", "Baubüro Hardturm, Container 1, 8005 Zürich", ME_ORG,
                [att("marco.bernasconi76@gmail.com", "Marco Bernasconi"), att("p.huber@limmatbau.ch", "Huber, Paul",
                                                                               role="OPT-PARTICIPANT")], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-candidate-freemail-de")


def h02() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000222B3C4D5E21DC0100000000000000001000000F0202"
    ev = vevent(uid, "20250925T160000", "20250925T170000",
                "Vorstellungsgespräch Lernender Maurer EFZ – Luca Ferreira (mit Eltern)",
                "Luca war im Juni 3 Tage schnuppern (Bericht Polier: gut). Eltern kommen mit.\nDabei: R. Baumann, "
                "S. Keller (Berufsbildnerin)", "Limmatbau AG, Sitzungszimmer Uto",
                org("s.keller@limmatbau.ch", "Keller, Sabrina"),
                [ME_W, att("ferreira.family@bluewin.ch", "Familie Ferreira")], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-apprentice-de")


def h03() -> Item:
    uid = "personio-interview-99120-3381@limmatbau.jobs.personio.de"
    desc = ("Hallo Reto,\n\nDu wurdest als Interviewer für folgendes Gespräch eingeladen:\n\nKandidatin: Sandra "
            "Meier\nPosition: Bauführer Hochbau (m/w/d)\nLebenslauf und Bewertungsbogen: https://limmatbau."
            "personio.de/recruiting/applications/99120\n\nBitte gib deine Bewertung bis 24 Stunden nach dem "
            "Gespräch ab.\n\nPowered by Personio")
    ev = vevent(uid, "20251001T130000", "20251001T140000", "Interview: Bauführer Hochbau (m/w/d) – Sandra Meier",
                desc, "Limmatbau AG, Sitzungszimmer Uto", org("noreply@personio.de", "Limmatbau AG"),
                [ME_W, att("t.schmid@limmatbau.ch", "Tanja Schmid")])
    return neg("personio", cal([ev], "personio", tz=TZ_ZURICH), uid, "user-as-interviewer-ats-kit-de")


def h04() -> Item:
    uid = "personio-reminder-99120-3382@limmatbau.jobs.personio.de"
    ev = vevent(uid, "20251002T080000", "20251002T081500", "Bewertung abgeben: Sandra Meier (Bauführer Hochbau)",
                "Erinnerung: Deine Bewertung für Sandra Meier fehlt noch. Bitte fülle die Scorecard aus: "
                "https://limmatbau.personio.de/recruiting/applications/99120/evaluation",
                None, org("noreply@personio.de", "Limmatbau AG"), [ME_W])
    return neg("personio", cal([ev], "personio", tz=TZ_ZURICH), uid, "user-as-interviewer-scorecard-de")


def h05() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000333C4D5E6F22DC0100000000000000001000000F0505"
    ev = vevent(uid, "20251003T110000", "20251003T113000", "Debriefing Bauführer-Kandidaten (Meier / Kälin / Ott)",
                "Kurzer Abgleich nach den Interviews. Bitte Scorecards vorher ausfüllen.\nEntscheid bis Ende "
                "Woche an GL.", "Teams", org("t.schmid@limmatbau.ch", "Schmid, Tanja"),
                [ME_W, att("p.huber@limmatbau.ch", "Huber, Paul")], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-debrief-de")


def h06() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000444D5E6F7023DC0100000000000000001000000F0606"
    desc = ("Interviewpanel Projektleiter Tiefbau\nKandidat: Dr. Florian Ackermann\n\nPanel: Paul Huber (GL), "
            "Reto Baumann (Bauleitung), Tanja Schmid (HR)\nRollen: Reto – Fachfragen Bauablauf/Termine; Paul – "
            "Führung; Tanja – Motivation/Konditionen\n\n" + teams("de", "366 201 774 980", "Lb8Xz2"))
    ev = vevent(uid, "20251008T140000", "20251008T153000", "Interviewpanel PL Tiefbau – F. Ackermann", desc,
                "Microsoft Teams-Besprechung", org("t.schmid@limmatbau.ch", "Schmid, Tanja"),
                [att("p.huber@limmatbau.ch", "Huber, Paul"), ME_W, att("florian.ackermann@hotmail.com",
                                                                       "Florian Ackermann")], tzid=UTC_DE)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows(UTC_DE)), uid, "user-as-interviewer-panel-de")


def h07() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000555E6F708124DC0100000000000000001000000F0707"
    ev = vevent(uid, "20250911T090000", "20250911T100000", "Shadowing: Interview Bauführer (Reto hört zu)",
                "Reto begleitet das Interview als Beobachter (Teil der internen Interviewschulung). Kandidat: "
                "Nico Ott. Bitte keine Fragen stellen, Feedback danach an Tanja.", "Sitzungszimmer Uto",
                org("t.schmid@limmatbau.ch", "Schmid, Tanja"), [ME_W], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-shadowing-de")


def h08() -> Item:
    uid = "f1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8@calendly.com"
    desc = ("Ein neuer Termin wurde gebucht.\n\nEvent-Typ: Kennenlerngespräch Polier (20 Min)\nGastgeber: Reto "
            "Baumann\nEingeladen: Goran Petrović\nE-Mail: goran.petrovic@gmx.ch\nTelefon: +41 76 555 21 09\n\n"
            "Fragen: Wie viele Jahre Erfahrung als Polier? – 9 Jahre, davon 4 im Wohnungsbau")
    ev = vevent(uid, "20251009T060000Z", "20251009T062000Z", "Kennenlerngespräch Polier: Goran Petrović", desc,
                "Telefon", org("calendar-notification@calendly.com", "Calendly"),
                [ME_W, att("goran.petrovic@gmx.ch", "Goran Petrović")])
    return neg("calendly", cal([ev], "calendly"), uid, "user-as-interviewer-calendly-host-de")


def h09() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000666F708192A5DC0100000000000000001000000F0909"
    desc = ("Sehr geehrter Herr Baumann\n\nGerne stelle ich Ihnen unseren Kandidaten Herrn Dario Rossi für die "
            "Stelle Bauführer vor (Dossier im Anhang). Herr Rossi ist aktuell bei einem Baumeister in Wettingen "
            "tätig.\n\nFreundliche Grüsse\nRoger Fässler\nBaukader Personal AG")
    ev = vevent(uid, "20251014T070000", "20251014T080000",
                "Kandidatenvorstellung Dario Rossi (Bauführer) – Limmatbau AG", desc,
                "Limmatbau AG, Sitzungszimmer Uto", org("roger.faessler@baukader.ch", "Fässler, Roger"),
                [ME_W, att("dario.rossi.bau@gmail.com", "Dario Rossi")], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-agency-candidate-de")


def h10() -> Item:
    uid = "8kf2q0pv4d1sc7j9m3re6hbt5n@google.com"
    ev = vevent(uid, "20250920T100000", "20250920T110000", "Gspröch Polier-Kandidat Sven (079 823 44 10)",
                "Sven Baumgartner, im Moment bi de Frutiger?? Ab Jan. frei. Lohnvorstellig frage.",
                "Café Hardturm", org(ME_FREE, "Reto Baumann"))
    return neg("google", cal([ev], "google", method="PUBLISH", tz=TZ_ZURICH,
                             extra=["X-WR-TIMEZONE:Europe/Zurich"]), uid, "user-as-interviewer-handtyped-dialect-de")


def h11() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000777081920AB6DC0100000000000000001000000F1111"
    desc = ("Bonjour Monsieur Dupont,\n\nJe vous confirme l'entretien pour le poste de chef d'équipe coffrage sur "
            "notre chantier de Renens. Vous rencontrerez M. Reto Baumann (chef de chantier) et moi-même.\n\n"
            "Cordialement\nJulie Favre\nRH, Limmatbau AG – succursale Lausanne")
    ev = vevent(uid, "20251015T130000", "20251015T140000", "Entretien candidat chef d'équipe – M. Kevin Dupont", desc,
                "Limmatbau AG, Avenue de la Gare 10, 1020 Renens", org("j.favre@limmatbau.ch", "Favre, Julie"),
                [ME_W, att("kevin.dupont@hotmail.fr", "Kevin Dupont")], tzid=UTC_DE)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows(UTC_DE)), uid, "user-as-interviewer-fr")


def h12() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000888192A3BCC7DC0100000000000000001000000F1212"
    ev = vevent(uid, "20251021", "20251022", "Probearbeitstag Polier-Kandidat G. Petrović – Baustelle Hardturm",
                "Goran Petrović arbeitet einen Tag mit der Equipe von Paul mit. Reto betreut, am Abend kurzes "
                "Feedbackgespräch. PSA bereitstellen.", "Baustelle Hardturm", ME_ORG,
                [att("p.huber@limmatbau.ch", "Huber, Paul"), att("goran.petrovic@gmx.ch", "Goran Petrović")])
    return neg("allday", cal([ev], "outlook", tz=TZ_ZURICH), uid, "user-as-interviewer-trial-day-de")


def h13() -> Item:
    uid = "3e1f5a7c-9b2d-4e6f-8a0c-1d3e5f7a9b2c"
    ev = vevent(uid, "20250930T063000", "20250930T070000", "Interviewfragen Bauführer vorbereiten",
                "Leitfaden von HR anpassen: Fallbeispiel Terminverzug Rohbau, Fragen zu SIA 118, Führung "
                "Subunternehmer", "Baubüro", tzid=WIN)
    return neg("outlook", cal([ev], "outlook", method=None, tz=tz_windows()), uid, "user-as-interviewer-prep-kit-de")


def h14() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000999203B4CDD8DC0100000000000000001000000F1414"
    desc = ("Selektionstag Lernende 2026 (Maurer EFZ, Baupraktiker EBA)\n07:30 Begrüssung\n08:00 Werkstattparcours\n"
            "10:00 Einzelgespräche (je 20 Min): R. Baumann / S. Keller\n12:00 Mittagessen mit den Jugendlichen")
    ev = vevent(uid, "20251108", "20251109", "Selektionstag Lernende 2026", desc, "Werkhof Limmatbau, Schlieren",
                org("s.keller@limmatbau.ch", "Keller, Sabrina"), [ME_W, att("p.huber@limmatbau.ch", "Huber, Paul")])
    return neg("allday", cal([ev], "outlook", tz=TZ_ZURICH), uid, "user-as-interviewer-apprentice-selection-de")


def h15() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000AAB314C5DEE9DC0100000000000000001000000F1515"
    desc = ("Guten Tag Frau Huber\n\nWir freuen uns, Sie zur zweiten Runde für die Stelle Bauführerin Hochbau "
            "einzuladen. Sie sprechen mit Reto Baumann (Bauleiter) und Paul Huber (Geschäftsleitung).\n\n"
            "Freundliche Grüsse\nTanja Schmid, HR Limmatbau AG\n\n" + teams("de", "301 776 552 093", "Qm6Rt3"))
    ev = vevent(uid, "20251016T080000", "20251016T090000", "Interview Bauführerin Hochbau – Nadia Huber (2. Runde)",
                desc, "Microsoft Teams-Besprechung", org("t.schmid@limmatbau.ch", "Schmid, Tanja"),
                [att("nadia.huber88@gmail.com", "Nadia Huber"), ME_W, att("p.huber@limmatbau.ch", "Huber, Paul")],
                tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-second-round-de")


def h16() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000BBC425D6EF0ADC0100000000000000001000000F1616"
    ev = vevent(uid, "20251017T150000", "20251017T153000", "Anstellungsentscheid Bauführer Hochbau",
                "Entscheid zwischen N. Huber und S. Meier. Unterlagen: Scorecards, Referenzen. Offerte bis Mo.",
                "Büro P. Huber", org("p.huber@limmatbau.ch", "Huber, Paul"),
                [ME_W, att("t.schmid@limmatbau.ch", "Schmid, Tanja")], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-hiring-decision-de")


def h17() -> Item:
    uid = "zoom-83310925561-20251022@zoom.us"
    desc = ("Limmatbau AG is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview – Site Engineer "
            "(Ricardo Sousa, Porto)\nInterviewers: Reto Baumann, Tanja Schmid\n\n" + zoom("en", "833 1092 5561"))
    ev = vevent(uid, "20251022T080000Z", "20251022T090000Z", "Interview – Site Engineer (Ricardo Sousa)", desc,
                "Zoom", org("t.schmid@limmatbau.ch", "Tanja Schmid"),
                [ME_W, att("ricardo.sousa.eng@gmail.com", "Ricardo Sousa")])
    return neg("zoom", cal([ev], "zoom"), uid, "user-as-interviewer-candidate-abroad-en")


def h18() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000CCD536E7F01BDC0100000000000000001000000F1818"
    ev = vevent(uid, "20251020T163000", "20251020T170000", "Referenzauskunft einholen – Kandidatin N. Huber",
                "Anruf bei ehem. Vorgesetztem (Herr Graf, Graf Bau AG, 044 700 12 12). Fragen: Zuverlässigkeit, "
                "Führung, Austrittsgrund.", "Telefon", tzid=WIN)
    return neg("outlook", cal([ev], "outlook", method=None, tz=tz_windows()), uid,
               "user-as-interviewer-reference-check-de")


def h19() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000DDE647F8012CDC0100000000000000001000000F1919"
    ev = vevent(uid, "20251106T100000", "20251106T180000", "Berufsmesse Zürich – Stand Limmatbau (Lernende)",
                "Standdienst mit 2 Lernenden. Gespräche mit Jugendlichen/Eltern, Schnupperlehren vereinbaren.",
                "Messe Zürich, Halle 5, Stand B12", org("s.keller@limmatbau.ch", "Keller, Sabrina"), [ME_W],
                tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-job-fair-booth-de")


def h20() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000EEF758091A3DDC0100000000000000001000000F2020"
    ev = vevent(uid, "20251110T070000", "20251110T073000", "Internes Gespräch: Stefan Kälin – Wechsel zum Bauführer?",
                "Stefan (Vorarbeiter) hat sich intern beworben. Gespräch mit Reto als künftigem Vorgesetzten.",
                "Baubüro Hardturm", ME_ORG, [att("s.kaelin@limmatbau.ch", "Kälin, Stefan")], tzid=WIN)
    return neg("outlook", cal([ev], "outlook", tz=tz_windows()), uid, "user-as-interviewer-internal-candidate-de")


ALL = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20]
