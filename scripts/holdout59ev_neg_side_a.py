"""holdout59: negatives with the user on the hiring side at Elbkai Logistik, part A (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import calendly_footer, teams
from holdout59ev_ics import (
    BERLIN,
    WORK,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    html,
    ms_extra,
    org,
    outlook_uid,
    windows,
)

JB = "Brückner, Jonas"
SIG = "Jonas Brückner\nSenior Supply Chain Planner\nElbkai Logistik GmbH · Am Saalehafen 7 · 20457 Hamburg"


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def azubi_outlook() -> Ev:
    uid = outlook_uid("side-azubi-lena")
    d = ("Hallo Lena,\n\nvielen Dank für deine Bewerbung um einen Ausbildungsplatz als Kauffrau für Spedition und "
         "Logistikdienstleistung (Start 01.08.2026). Wir freuen uns, dich zu einem Vorstellungsgespräch "
         "einzuladen!\n\nDeine Gesprächspartner: Anna Hesse (Ausbildungsleitung) und ich.\nBitte melde dich am "
         "Empfang in Haus B. Bring gern dein letztes Zeugnis mit.\n\nBis dann!\n" + SIG)
    ve = [
        org(WORK, JB), att("lena.hoffmann2007@web.de", "lena.hoffmann2007@web.de"),
        att("a.hesse@elbkai-logistik.de", "Hesse, Anna"), "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Vorstellungsgespräch Ausbildung Kauffrau Spedition – Lena Hoffmann"),
        "DTSTART;TZID=W. Europe Standard Time:20260127T150000", "DTEND;TZID=W. Europe Standard Time:20260127T154500",
        "DTSTAMP:20260119T090000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:" + esc("Elbkai Logistik, Haus B, Raum 2.04"), *ms_extra(), html(d),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-azubi-organizer-de")


def personio_elbkai() -> Ev:
    uid = f"personio-{hexid('side-aydin', 24)}@personio.de"
    d = ("Hallo Jonas,\n\ndu bist als Interviewer für folgendes Gespräch eingetragen:\n\nKandidat: Mehmet Aydın\n"
         "Stelle: Disponent Nahverkehr (m/w/d)\nPhase: Zweitgespräch\n\nInterviewleitfaden & Bewertungsbogen: "
         "https://elbkai.personio.de/recruiting/applications/" + hexid("sa", 8) + "/evaluation\n\nBitte gib dein "
         "Feedback bis spätestens 24 Stunden nach dem Gespräch in Personio ab.\n\nViele Grüße\nNicole Krüger\n"
         "Personal, Elbkai Logistik GmbH\n\nDiese Einladung wurde über Personio versendet.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260202T081000Z", "DTSTART;TZID=Europe/Berlin:20260205T100000",
        "DTEND;TZID=Europe/Berlin:20260205T110000",
        "SUMMARY:" + esc("Interview: Disponent Nahverkehr (m/w/d) – Mehmet Aydın"),
        "LOCATION:" + esc("Elbkai Logistik, Haus A, Besprechung Hafenblick"),
        org("n.krueger@elbkai-logistik.de", "Nicole Krüger"), att(WORK, "Jonas Brückner"),
        att("mehmet.aydin91@gmail.com", "Mehmet Aydın"), "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    return _neg("personio-de", cal(ve, "-//Personio GmbH//Personio Recruiting//DE", tzs=(BERLIN,)), uid,
                "user-as-interviewer-personio-de")


def scorecard() -> Ev:
    uid = f"personio-task-{hexid('side-score', 20)}@personio.de"
    d = ("Erinnerung: Für die Bewerbung von Mehmet Aydın (Disponent Nahverkehr) fehlt noch deine Bewertung.\n\n"
         "Bewertungsbogen öffnen: https://elbkai.personio.de/recruiting/applications/" + hexid("sa", 8) +
         "/evaluation\n\nKriterien: Fachwissen Tourenplanung, Belastbarkeit, Kommunikation mit Fahrern, "
         "Deutsch/Türkisch/Englisch")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260205T120000Z", "DTSTART;TZID=Europe/Berlin:20260205T160000",
        "DTEND;TZID=Europe/Berlin:20260205T161500", "SUMMARY:" + esc("Feedback abgeben: Mehmet Aydın – Disponent "
                                                                       "Nahverkehr"),
        org("noreply@personio.de", "Personio"), att(WORK, "Jonas Brückner"), "DESCRIPTION:" + esc(d),
        "TRANSP:TRANSPARENT",
    ]
    return _neg("personio-de", cal(ve, "-//Personio GmbH//Personio Recruiting//DE", tzs=(BERLIN,)), uid,
                "user-as-interviewer-scorecard-de")


def debrief() -> Ev:
    uid = outlook_uid("side-debrief")
    d = ("Hallo zusammen,\n\nlasst uns die Gespräche der Azubi-Auswahl (Kaufleute Spedition, Start 2026) gemeinsam "
         "auswerten: L. Hoffmann, F. Petersen, S. Bauer, K. Yilmaz, J. Neumann.\nBitte eure Bewertungsbögen "
         "vorher in den Teams-Ordner legen.\n\nGruß\nAnna")
    ve = [
        org("a.hesse@elbkai-logistik.de", "Hesse, Anna"), att(WORK, JB), att("n.krueger@elbkai-logistik.de",
                                                                              "Krüger, Nicole"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Debrief Azubi-Auswahl 2026 (Spedition)",
        "DTSTART;TZID=W. Europe Standard Time:20260213T133000", "DTEND;TZID=W. Europe Standard Time:20260213T143000",
        "DTSTAMP:20260206T070000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Raum 2.04",
        *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-debrief-de")


def calendly_host() -> Ev:
    uid = f"{guid('side-calendly').lower()}@calendly.com"
    d = ("Eingeladene Person: Finn Petersen\nE-Mail der eingeladenen Person: finn.petersen08@gmail.com\n"
         "Veranstaltungsart: Kennenlernen Ausbildung 2026 (20 Min.)\n\nOrt: Elbkai Logistik, Am Saalehafen 7, "
         "Haus B, Empfang\n\nAntworten:\nWelcher Ausbildungsberuf interessiert dich?\nFachkraft für Lagerlogistik\n"
         "\n" + calendly_footer("de", "side-calendly"))
    ve = [
        "DTSTAMP:20260130T180000Z", "DTSTART:20260210T140000Z", "DTEND:20260210T142000Z",
        "SUMMARY:Finn Petersen und Jonas Brückner", f"UID:{uid}", org(WORK, "Jonas Brückner"),
        att(WORK, "Jonas Brückner", partstat="ACCEPTED", rsvp=False),
        att("finn.petersen08@gmail.com", "Finn Petersen", partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION:" + esc(d), "LOCATION:" + esc("Elbkai Logistik, Am Saalehafen 7, Haus B"),
        "STATUS:CONFIRMED",
    ]
    return _neg("calendly-de", cal(ve, "-//Calendly//Calendly Scheduling//EN"), uid,
                "user-as-interviewer-calendly-host-de")


def agency_candidate() -> Ev:
    uid = outlook_uid("side-kowalski")
    d = ("Sehr geehrter Herr Brückner,\n\nwie besprochen stellt sich Ihnen unser Kandidat Herr Marek Kowalski für "
         "die Position Disponent Fernverkehr (Polen/Baltikum) vor. Sein Profil haben Sie bereits per E-Mail "
         "erhalten (Referenz LK-2026-017). Herr Kowalski spricht fließend Polnisch, Deutsch und Englisch und ist "
         "kurzfristig verfügbar.\n\nIch freue mich auf Ihr Feedback nach dem Gespräch.\n\nMit besten Grüßen\n"
         "Tanja Reimers\nLogistikköpfe Personalberatung")
    ve = [
        org("t.reimers@logistikkoepfe.de", "Reimers, Tanja"), att(WORK, JB),
        att("marek.kowalski.hh@gmail.com", "Marek Kowalski"), "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Kandidatenvorstellung: Herr Kowalski – Disponent Fernverkehr"),
        "DTSTART;TZID=W. Europe Standard Time:20260218T110000", "DTEND;TZID=W. Europe Standard Time:20260218T120000",
        "DTSTAMP:20260211T100000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:" + esc("Elbkai Logistik, Am Saalehafen 7, Hamburg"), *ms_extra(),
    ]
    return _neg("outlook-agency-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-agency-candidate-de")


def panel() -> Ev:
    uid = outlook_uid("side-panel")
    d = ("Auswahlgespräch mit Herrn Tim Lorenz (extern) für die Schichtleitung Lager/Umschlag.\n\nRunde: Jonas "
         "Brückner (Fachbereich), Nicole Krüger (Personal), Uwe Stahl (Betriebsrat).\nBitte vorher Lebenslauf "
         "und Interviewleitfaden im Ordner \\\\elbkai-fs01\\personal\\bewerbungen\\schichtleitung lesen.\n\n"
         "Fragenverteilung: Jonas – Fachfragen/Schichtplanung, Nicole – Motivation/Rahmen, Uwe – Arbeitszeit.")
    ve = [
        org("n.krueger@elbkai-logistik.de", "Krüger, Nicole"), att(WORK, JB), att("u.stahl@elbkai-logistik.de",
                                                                                   "Stahl, Uwe"),
        att("tim.lorenz@posteo.de", "tim.lorenz@posteo.de"),
        att("raum-hafenblick@elbkai-logistik.de", "Haus A – Hafenblick", role="NON-PARTICIPANT", cutype="ROOM"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Auswahlgespräch Schichtleitung Lager – Hr. Lorenz"),
        "DTSTART;TZID=W. Europe Standard Time:20260224T090000", "DTEND;TZID=W. Europe Standard Time:20260224T100000",
        "DTSTAMP:20260217T150000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Haus A – Hafenblick", *ms_extra(),
    ]
    return _neg("outlook-room-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-panel-de")


def shadowing() -> Ev:
    uid = outlook_uid("side-shadow")
    d = ("Hi Jonas,\n\nwie besprochen kannst du bei meinem Gespräch mit einer Bewerberin für die Disposition "
         "Nahverkehr hospitieren, bevor du im März eigene Interviews führst. Du hörst zu und machst dir Notizen "
         "zum Leitfaden; danach 15 Min. Nachbesprechung.\n\nLG Nicole")
    ve = [
        org("n.krueger@elbkai-logistik.de", "Krüger, Nicole"), att(WORK, JB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Hospitation Interviewführung (Jonas) – Bewerbung Disposition"),
        "DTSTART;TZID=W. Europe Standard Time:20260203T130000", "DTEND;TZID=W. Europe Standard Time:20260203T141500",
        "DTSTAMP:20260128T120000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Raum 1.12",
        *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-shadowing-de")


def greenhouse_kit() -> Ev:
    uid = f"{hexid('side-gh-kit', 26)}@google.com"
    d = ("You're interviewing Tomasz Nowak for Dispatcher – Night Shift (Hamburg).\n\nYour focus area: Planning & "
         "prioritisation (45 min)\n\nInterview kit: https://app.greenhouse.io/guides/" + hexid("ghk", 8) +
         "/people/" + hexid("ghp", 8) + "\nSubmit scorecard: https://app.greenhouse.io/scorecards/" +
         hexid("ghs", 8) + "\n\nOther interviewers: Holger Behrens (Head of Supply Chain)\n\n" +
         teams("en", "side-gh-kit"))
    ve = [
        "DTSTART:20260226T080000Z", "DTEND:20260226T084500Z", "DTSTAMP:20260220T090000Z",
        org("recruiting@elbkai-logistik.de", "Elbkai Recruiting"), f"UID:{uid}",
        att(WORK, "Jonas Brückner", extra="X-NUM-GUESTS=0"),
        att("h.behrens@elbkai-logistik.de", "Holger Behrens", extra="X-NUM-GUESTS=0"),
        "CREATED:20260220T085959Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260220T085959Z",
        "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Interview: Tomasz Nowak for Dispatcher – Night Shift"), "TRANSP:OPAQUE",
    ]
    return _neg("greenhouse-en", cal(ve, "google"), uid, "user-as-interviewer-kit-en")


def typed_note() -> Ev:
    uid = guid("side-sophie")
    ve = [
        "CREATED:20260201T201000Z", "DTSTART:20260204T080000", "DTEND:20260204T083000",
        "DTSTAMP:20260201T201000Z", "SEQUENCE:0",
        "SUMMARY:Gespräch Bewerberin Azubi (Sophie B.) – Lebenslauf vorher lesen!", f"UID:{uid}",
        "LOCATION:Büro", "DESCRIPTION:" + esc("Fragen: Praktikum bei DHL? Mathe-Note, Führerschein geplant?"),
    ]
    return _neg("ios-floating-de", cal(ve, "ios", method=None), uid, "user-as-interviewer-typed-de")


def video_freemail() -> Ev:
    uid = outlook_uid("side-wendt")
    d = ("Sehr geehrte Frau Wendt,\n\nvielen Dank für Ihre Bewerbung als Disponentin Nahverkehr. Gern lade ich Sie "
         "zu einem Videointerview über Microsoft Teams ein. Sie benötigen keinen Account – der Link öffnet sich im "
         "Browser.\n\nMit freundlichen Grüßen\n" + SIG + "\n\n" + teams("de", "side-wendt"))
    ve = [
        org(WORK, JB), att("sarah.wendt@t-online.de", "sarah.wendt@t-online.de"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Videointerview Disponentin Nahverkehr – Frau Wendt",
        "DTSTART;TZID=W. Europe Standard Time:20260302T160000", "DTEND;TZID=W. Europe Standard Time:20260302T164500",
        "DTSTAMP:20260224T100000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung", *ms_extra(), html(d),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-freemail-candidate-de")


EVENTS = [azubi_outlook, personio_elbkai, scorecard, debrief, calendly_host, agency_candidate, panel, shadowing,
          greenhouse_kit, typed_note, video_freemail]
