"""holdout59: other negatives, part A — practice, classes, media, personal (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import meet, teams, zoom
from holdout59ev_ics import (
    BERLIN,
    ME,
    WORK,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    ms_extra,
    org,
    outlook_uid,
    windows,
)


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _apple(seed: str, summary: str, start: str, end: str, loc: str = "", desc: str = "", prodid: str = "ios",
           tz: bool = True) -> tuple[str, str]:
    uid = guid(seed)
    tzp = "TZID=Europe/Berlin:" if tz else ""
    ve = [
        "CREATED:20260110T080000Z", f"DTSTART;{tzp}{start}" if tz else f"DTSTART:{start}",
        f"DTEND;{tzp}{end}" if tz else f"DTEND:{end}", "DTSTAMP:20260110T080000Z", "SEQUENCE:0",
        "SUMMARY:" + esc(summary), f"UID:{uid}", "TRANSP:OPAQUE",
    ]
    if loc:
        ve.append("LOCATION:" + esc(loc))
    if desc:
        ve.append("DESCRIPTION:" + esc(desc))
    return uid, cal(ve, prodid, method=None, tzs=(BERLIN,) if tz else ())


def _google(seed: str, organizer: tuple[str, str], guests: list[tuple[str, str]], summary: str, start: str,
            end: str, desc: str, loc: str = "") -> tuple[str, str]:
    uid = f"{hexid(seed, 26)}@google.com"
    ve = [
        f"DTSTART:{start}", f"DTEND:{end}", "DTSTAMP:20260115T100000Z", org(organizer[0], organizer[1]),
        f"UID:{uid}",
        *(att(g[0], g[1], partstat="ACCEPTED" if g[0] == organizer[0] else "NEEDS-ACTION", extra="X-NUM-GUESTS=0")
          for g in guests),
        "CREATED:20260115T095959Z", "DESCRIPTION:" + esc(desc), "LAST-MODIFIED:20260115T095959Z",
        "LOCATION:" + esc(loc), "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE",
    ]
    return uid, cal(ve, "google")


def mock_friend() -> Ev:
    uid, ics = _google(
        "neg-mock", ("kathrin.lueders@web.de", "Kathrin Lüders"),
        [("kathrin.lueders@web.de", "Kathrin Lüders"), (ME, "jonas.brueckner@gmx.de")],
        "Probe-Interview Jonas (Übung fürs HKL-Gespräch)", "20260127T183000Z", "20260127T193000Z",
        "Jonas, ich spiele die Chefin, du bist der Bewerber 😄 Ich hab mir 10 typische Fragen rausgesucht "
        "(Stärken/Schwächen, Konfliktfall, warum wechseln…). Danach ehrliches Feedback + Wein.\n\n"
        + meet("de", "neg-mock"))
    return _neg("google-de", ics, uid, "mock-interview-friend-de")


def coaching() -> Ev:
    uid = f"{hexid('neg-coach', 20)}@merz-karriere.de"
    d = ("Sitzung 2 von 3 – Interviewtraining\nSchwerpunkte: Gehaltsverhandlung, Antworten auf Fallfragen, "
         "Videointerview-Technik (Licht, Kamera, Blickkontakt)\n\nBitte Stellenanzeigen der aktuellen Bewerbungen "
         "mitbringen.\n\nSabine Merz · Karriere- & Bewerbungscoaching · Hamburg-Ottensen")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260116T090000Z", "DTSTART;TZID=Europe/Berlin:20260124T100000",
        "DTEND;TZID=Europe/Berlin:20260124T113000",
        "SUMMARY:" + esc("Interviewtraining – Karrierecoaching Sabine Merz (2/3)"),
        "LOCATION:" + esc("Bahrenfelder Straße 132, 22765 Hamburg"), org("termine@merz-karriere.de", "Sabine Merz"),
        att(ME, "Jonas Brückner"), "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    return _neg("booking-de", cal(ve, "-//Merz Karriere//Terminbuchung//DE", tzs=(BERLIN,)), uid,
                "mock-coaching-de")


def webinar_de() -> Ev:
    uid = f"webinar-{hexid('neg-webinar', 16)}@jobhafen.de"
    d = ("Vielen Dank für Ihre Anmeldung!\n\nWebinar: Souverän im Vorstellungsgespräch – für Fach- und "
         "Führungskräfte\nReferentin: Dr. Ines Ahlers, Personalberaterin\n\nInhalte: typische Fragen im "
         "Vorstellungsgespräch, Gehaltsfrage, Assessment-Center-Übungen, digitale Interviews\n\nZugang:\n"
         + zoom("de", "neg-webinar") + "\n\nIhr Jobhafen-Team")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260118T120000Z", "DTSTART:20260129T170000Z", "DTEND:20260129T181500Z",
        "SUMMARY:" + esc("Webinar: Souverän im Vorstellungsgespräch – für Fach- und Führungskräfte"),
        "LOCATION:Online (Zoom)", org("events@jobhafen.de", "Jobhafen Events"), att(ME, "Jonas Brückner"),
        "DESCRIPTION:" + esc(d),
    ]
    return _neg("webinar-de", cal(ve, "-//Jobhafen//Events//DE"), uid, "webinar-interview-tips-de")


def ada_class() -> Ev:
    uid, ics = _apple(
        "neg-ada", "AdA-Lehrgang Modul 3: Auswahlgespräche mit Azubis führen (IHK)", "20260131T090000",
        "20260131T160000", "Handelskammer Hamburg, Adolphsplatz 1",
        "Ausbildereignungsprüfung – Samstagskurs. Themen: Auswahlverfahren, Vorstellungsgespräch strukturieren, "
        "Rollenspiel. Prüfung 24.4.", prodid="mac")
    return _neg("mac-de", ics, uid, "class-interviewing-ada-de")


def user_research() -> Ev:
    uid = f"{hexid('neg-ux', 26)}@google.com"
    d = ("Hi Jonas,\n\nThanks for signing up to help us improve TruckLane! In this 45-minute user interview we'll "
         "ask about how your dispatch team plans daily tours and what slows you down. There are no right or wrong "
         "answers – we're interviewing you about your work, not testing you.\n\nAs a thank-you you'll receive a "
         "€75 voucher.\n\nCheers,\nNoor Haddad\nUX Researcher, TruckLane\n\n" + meet("en", "neg-ux"))
    ve = [
        "DTSTART:20260205T150000Z", "DTEND:20260205T154500Z", "DTSTAMP:20260130T090000Z",
        org("noor@trucklane.io", "Noor Haddad"), f"UID:{uid}",
        att("noor@trucklane.io", "Noor Haddad", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(WORK, "j.brueckner@elbkai-logistik.de", extra="X-NUM-GUESTS=0"), "CREATED:20260130T085959Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260130T085959Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("TruckLane user interview – dispatch planning (Jonas Brückner)"), "TRANSP:OPAQUE",
    ]
    return _neg("google-en", cal(ve, "google"), uid, "user-research-interview-en")


def press() -> Ev:
    uid = outlook_uid("neg-press")
    d = ("Hallo Herr Brückner,\n\nvielen Dank, dass Sie sich Zeit für ein Interview für unsere Märzausgabe nehmen. "
         "Thema: Fachkräftemangel in der Disposition – wie gewinnen Speditionen Nachwuchs? Ich würde Sie gern "
         "ca. 30 Minuten telefonisch befragen; das Zitat stimmen wir vor Veröffentlichung mit Ihrer "
         "Pressestelle ab.\n\nBeste Grüße\nJens Harder\nRedakteur, Hafenkurier")
    ve = [
        org("j.harder@hafenkurier.de", "Harder, Jens"), att(WORK, "Brückner, Jonas"),
        att("presse@elbkai-logistik.de", "Elbkai Presse", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Interview Hafenkurier – Fachkräftemangel in der Disposition"),
        "DTSTART;TZID=W. Europe Standard Time:20260217T110000", "DTEND;TZID=W. Europe Standard Time:20260217T113000",
        "DTSTAMP:20260210T140000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Telefon",
        *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid, "press-interview-de")


def podcast() -> Ev:
    uid, ics = _google(
        "neg-podcast", ("redaktion@lieferkette-live.de", "Lieferkette Live Podcast"),
        [("redaktion@lieferkette-live.de", "Lieferkette Live Podcast"), (WORK, "Jonas Brückner")],
        "Podcast-Aufnahme „Lieferkette Live“ – Gast: Jonas Brückner", "20260311T160000Z", "20260311T171500Z",
        "Moin Jonas,\n\nschön, dass du bei Folge 48 dabei bist! Thema: Kühlketten-Disposition im Winter. Wir "
        "zeichnen über Riverside auf – bitte Headset nutzen. Link: https://riverside.fm/studio/lieferkette-live"
        "\n\nBis dann\nMarten & Jule", "Riverside.fm")
    return _neg("google-de", ics, uid, "podcast-guest-de")


def doctor() -> Ev:
    uid, ics = _apple("neg-doc", "Hausarzt Dr. Kessler – Check-up + Blutabnahme (nüchtern!)", "20260122T074500",
                      "20260122T083000", "Praxis Dr. med. Jan Kessler, Osterstraße 88, Hamburg")
    return _neg("ios-de", ics, uid, "doctor-de")


def bank() -> Ev:
    uid = f"{hexid('neg-bank', 20)}@nordelbe-bank.de"
    d = ("Sehr geehrter Herr Brückner,\n\nhiermit bestätigen wir Ihren Termin zum Beratungsgespräch "
         "Baufinanzierung.\nIhr Berater: Herr Frank Oltmann\nBitte bringen Sie die letzten drei "
         "Gehaltsabrechnungen und Ihren Personalausweis mit.\n\nIhre Nordelbe Bank eG, Filiale Eppendorf")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260117T090000Z", "DTSTART;TZID=Europe/Berlin:20260123T170000",
        "DTEND;TZID=Europe/Berlin:20260123T180000", "SUMMARY:Ihr Beratungsgespräch Baufinanzierung",
        "LOCATION:" + esc("Nordelbe Bank, Eppendorfer Landstraße 40, 20249 Hamburg"),
        org("termine@nordelbe-bank.de", "Nordelbe Bank eG"), att(ME, "Jonas Brückner"),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    return _neg("bank-de", cal(ve, "-//Nordelbe Bank//Terminvereinbarung//DE", tzs=(BERLIN,)), uid, "bank-de")


def visa() -> Ev:
    uid, ics = _apple(
        "neg-visa", "Visumantrag Generalkonsulat – Dienstreise Ningbo", "20260219T093000", "20260219T101500",
        "Visa Application Centre, Hamburg", "Mitnehmen: Reisepass, Einladungsschreiben Lieferant, Passfoto, "
        "Buchungsbestätigung Hotel, Arbeitgeberbescheinigung")
    return _neg("ios-de", ics, uid, "visa-appointment-de")


def elternabend() -> Ev:
    uid, ics = _apple("neg-eltern", "Elternabend 3b", "20260225T193000", "20260225T210000",
                      "Grundschule Rellinger Straße, Raum 104", "Klassenfahrt Juni, Schwimmunterricht", prodid="mac")
    return _neg("mac-de", ics, uid, "school-parents-evening-de")


def kita() -> Ev:
    uid, ics = _google(
        "neg-kita", ("kita-sonnenblume@ev-kitas-hh.de", "Kita Sonnenblume"),
        [(ME, "jonas.brueckner@gmx.de"), ("kita-sonnenblume@ev-kitas-hh.de", "Kita Sonnenblume")],
        "Entwicklungsgespräch Mia (Gruppe Marienkäfer)", "20260303T150000Z", "20260303T154500Z",
        "Liebe Eltern,\n\nwie angekündigt laden wir Sie zum jährlichen Entwicklungsgespräch ein. Bezugserzieherin: "
        "Frau Yılmaz.\n\nHerzliche Grüße\nIhr Kita-Team", "Kita Sonnenblume, Gruppenraum Marienkäfer")
    return _neg("google-de", ics, uid, "kita-development-talk-de")


def car() -> Ev:
    uid, ics = _apple("neg-car", "Auto: Reifenwechsel + Inspektion", "20260314T083000", "20260314T103000",
                      "Autohaus Stellinger, Kieler Straße 512", "Sommerreifen sind eingelagert, Nr. 4471")
    return _neg("ios-de", ics, uid, "car-service-de")


def sop_meeting() -> Ev:
    uid = outlook_uid("neg-sop")
    d = "Demand Review März: Absatzprognose Frischdienst, Kapazität Cross-Dock, Engpässe Fahrer KW 11–14.\n\n" + \
        teams("de", "neg-sop")
    ve = [
        org("h.behrens@elbkai-logistik.de", "Behrens, Holger"), att(WORK, "Brückner, Jonas"),
        att("s.mahnke@elbkai-logistik.de", "Mahnke, Sven"), att("k.ott@elbkai-logistik.de", "Ott, Katja"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}", "SUMMARY;LANGUAGE=de-DE:S&OP – Demand Review März",
        "DTSTART;TZID=W. Europe Standard Time:20260305T090000", "DTEND;TZID=W. Europe Standard Time:20260305T103000",
        "DTSTAMP:20260220T070000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung", *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid, "internal-meeting-de")


def appraisal() -> Ev:
    uid = outlook_uid("neg-appraisal")
    d = ("Hallo Jonas,\n\nlass uns unser Jahresgespräch führen: Rückblick 2025, Zielerreichung, Ziele 2026 und "
         "deine Entwicklungswünsche. Bitte den Vorbereitungsbogen aus dem HR-Portal ausfüllen.\n\nGruß\nHolger")
    ve = [
        org("h.behrens@elbkai-logistik.de", "Behrens, Holger"), att(WORK, "Brückner, Jonas"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Jahresgespräch 2025/26 – Jonas / Holger",
        "DTSTART;TZID=W. Europe Standard Time:20260114T140000", "DTEND;TZID=W. Europe Standard Time:20260114T153000",
        "DTSTAMP:20260107T090000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Büro Holger",
        *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid, "own-appraisal-de")


def exit_interview() -> Ev:
    uid = outlook_uid("neg-exit")
    d = ("Hallo Jonas,\n\nwie bei allen Austritten möchten wir gern ein kurzes Exit-Interview mit dir führen: Was "
         "hat dir bei Elbkai gefallen, was sollten wir verbessern? Die Antworten werden anonymisiert ausgewertet."
         "\n\nViele Grüße\nNicole")
    ve = [
        org("n.krueger@elbkai-logistik.de", "Krüger, Nicole"), att(WORK, "Brückner, Jonas"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Exit-Interview Jonas Brückner",
        "DTSTART;TZID=W. Europe Standard Time:20260623T100000", "DTEND;TZID=W. Europe Standard Time:20260623T104500",
        "DTSTAMP:20260610T090000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Raum 1.12",
        *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid, "own-exit-interview-de")


EVENTS = [mock_friend, coaching, webinar_de, ada_class, user_research, press, podcast, doctor, bank, visa,
          elternabend, kita, car, sop_meeting, appraisal, exit_interview]
