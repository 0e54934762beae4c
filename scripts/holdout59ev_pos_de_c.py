"""holdout59: the user's own interviews, German/Austrian part C (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import meet, teams, zoom
from holdout59ev_ics import (
    BERLIN,
    ME,
    UTC1_DE,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    html,
    ms_extra,
    olson,
    org,
    outlook_uid,
    windows,
)

VIENNA = olson("Europe/Vienna")


def alpenfracht() -> Ev:
    uid = f"{hexid('alpenfracht', 26)}@google.com"
    d = ("Grüß Gott Herr Brückner,\n\nwie telefonisch vereinbart darf ich Ihnen anbei die Einladung für unser "
         "Gespräch übermitteln. Seitens Alpenfracht nehmen Hr. Mag. Christoph Haider (Prokurist) und "
         "Fr. Ing. Verena Moser (Leitung Lager Linz-Hafen) teil.\n\nDa Sie aus Hamburg anreisen müssten, führen "
         "wir das Gespräch gerne per MS Teams.\n\n" + teams("de", "alpenfracht") +
         "\n\nMit freundlichen Grüßen\nChristoph Haider\nAlpenfracht Logistik GmbH\nRegensburger Straße 18, "
         "4020 Linz")
    ve = [
        "DTSTART;TZID=Europe/Vienna:20260130T090000", "DTEND;TZID=Europe/Vienna:20260130T100000",
        "DTSTAMP:20260123T103215Z", org("christoph.haider@alpenfracht.at", "Christoph Haider"), f"UID:{uid}",
        att("verena.moser@alpenfracht.at", "Verena Moser", extra="X-NUM-GUESTS=0"),
        att("christoph.haider@alpenfracht.at", "Christoph Haider", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"), "CREATED:20260123T103214Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260123T103214Z", "LOCATION:MS Teams", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + esc("Bewerbungsgespräch Leitung Supply Chain Planning – Hr. Brückner"),
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google", tzs=(VIENNA,))
    return Ev("google-at", ics, uid, 1, "Alpenfracht Logistik", "Leitung Supply Chain Planning", "",
              "christoph.haider@alpenfracht.at;verena.moser@alpenfracht.at", "austria-vienna-tz-de")


def donauwerk_ac() -> Ev:
    uid = f"rexx-{hexid('donauwerk', 16)}@donauwerk.at"
    d = ("Sehr geehrter Herr Brückner,\n\nwir freuen uns, Sie zu unserem Assessment Center für die Position "
         "Senior Demand Planner (m/w/d) in der Konzernzentrale in Wien einzuladen.\n\nAblauf:\n08:30 Begrüßung\n"
         "09:00 Gruppenübung\n10:30 Fallstudie Absatzplanung\n12:00 Mittagessen mit dem Team\n13:00 "
         "Einzelinterviews mit Dr. Andreas Leitner (Bereichsleiter Supply Chain) und Mag. Sabine Gruber (HR)\n"
         "ca. 15:00 Ende\n\nReisekosten werden gemäß unserer Reisekostenrichtlinie ersetzt. Bitte bringen Sie einen "
         "Lichtbildausweis mit.\n\nDonauwerk Industriegüter AG\nHandelskai 94–96, 1200 Wien\n\n"
         "Diese Nachricht wurde über rexx systems versendet.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260209T150000Z", "DTSTART;TZID=Europe/Vienna:20260304T083000",
        "DTEND;TZID=Europe/Vienna:20260304T150000",
        "SUMMARY:" + esc("Assessment Center – Senior Demand Planner (m/w/d)"),
        "LOCATION:" + esc("Donauwerk Industriegüter AG, Handelskai 94–96, 1200 Wien, Ebene 7"),
        org("karriere@donauwerk.at", "Donauwerk Karriere"), att(ME, "Jonas Brückner"),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//rexx systems GmbH//rexx Recruiting//DE", tzs=(VIENNA,))
    return Ev("rexx-at", ics, uid, 1, "Donauwerk Industriegüter", "Senior Demand Planner", "onsite",
              "Andreas Leitner;Sabine Gruber", "assessment-center-names-only-at")


def bergquell_agency() -> Ev:
    uid = outlook_uid("bergquell-final")
    d = ("Lieber Herr Brückner,\n\nanbei wie besprochen die Einladung für das finale Gespräch mit Herrn Florian "
         "Tschurtschenthaler, CEO der Bergquell Mineralwasser GmbH, für die Position Head of Supply Chain.\n\n"
         "Das Treffen findet in Innsbruck statt (Hotel Grauer Bär, Lobby-Lounge). Ich werde zu Beginn kurz "
         "dabei sein, Sie einander vorstellen und mich dann zurückziehen.\n\nHerzliche Grüße\nAlexandra Weiss\n"
         "Partnerin\nKingfield Executive Search GmbH · Wien")
    ve = [
        org("alexandra.weiss@kingfield-search.com", "Weiss, Alexandra"), att(ME, "jonas.brueckner@gmx.de"),
        att("f.tschurtschenthaler@bergquell.at", "Tschurtschenthaler, Florian"),
        "DESCRIPTION;LANGUAGE=de-AT:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-AT:" + esc("Finales Gespräch Bergquell – Hr. Tschurtschenthaler / J. Brückner"),
        f"DTSTART;TZID=\"{UTC1_DE}\":20260320T160000", f"DTEND;TZID=\"{UTC1_DE}\":20260320T173000",
        "DTSTAMP:20260311T081000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-AT:" + esc("Hotel Grauer Bär, Universitätsstraße 5-7, 6020 Innsbruck"),
        *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook16", tzs=(windows(UTC1_DE),), calscale=False)
    return Ev("outlook-agency-at", ics, uid, 1, "Bergquell Mineralwasser", "Head of Supply Chain", "final",
              "f.tschurtschenthaler@bergquell.at", "exec-search-final-at")


def murtal_tb() -> Ev:
    uid = guid("murtal-tb").lower()
    d = ("Teams-Link kommt per Mail.\nStelle: Supply Chain Planner Zellstoff/Papier (Werk Judenburg) – evtl. "
         "remote + 1 Woche/Monat vor Ort?\nFragen: Schichtmodell, Bahnanbindung, Tarif (KV Papier)")
    ve = [
        "CREATED:20260204T210203Z", "LAST-MODIFIED:20260204T210244Z", "DTSTAMP:20260204T210244Z",
        f"UID:{uid}", "SUMMARY:Murtal Papier – Videocall mit Hr. Pichler (HR)",
        "DTSTART;TZID=Europe/Berlin:20260206T110000", "DTEND;TZID=Europe/Berlin:20260206T113000",
        "DESCRIPTION:" + esc(d), "TRANSP:OPAQUE", "X-MOZ-GENERATION:1",
    ]
    ics = cal(ve, "tb", method=None, tzs=(BERLIN,), calscale=False)
    return Ev("thunderbird-at", ics, uid, 1, "Murtal Papier", "Supply Chain Planner Zellstoff/Papier",
              "recruiter_screen", "Pichler", "thunderbird-typed-video-at")


def tarvos_google() -> Ev:
    uid = f"{hexid('tarvos', 26)}@google.com"
    d = ("Hallo Herr Brückner,\n\nim zweiten Gespräch lernen Sie Ihren zukünftigen Vorgesetzten, Herrn Marcel "
         "Dietz (Director Material Management), kennen. Ich begleite nur kurz den Einstieg.\n\nPosition: "
         "Teamleitung Materialplanung AOG (m/w/d)\n\nViele Grüße\nSandra Köhler\nHR Recruiting\n"
         "Tarvos Aviation Services GmbH · Hamburg-Finkenwerder\n\n" + meet("de", "tarvos"))
    ve = [
        "DTSTART:20260217T130000Z", "DTEND:20260217T140000Z", "DTSTAMP:20260210T100203Z",
        org("s.koehler@tarvos-aero.com", "Sandra Köhler"), f"UID:{uid}",
        att("marcel.dietz@tarvos-aero.com", "Marcel Dietz", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("s.koehler@tarvos-aero.com", "Sandra Köhler", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/" + d.split("meet.google.com/")[1][:12],
        "CREATED:20260210T100202Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260210T100202Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Zweites Gespräch: Teamleitung Materialplanung AOG – Jonas Brückner"), "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-meet-de", ics, uid, 1, "Tarvos Aviation Services", "Teamleitung Materialplanung AOG",
              "hiring_manager", "marcel.dietz@tarvos-aero.com", "google-hm-hr-moderates-de")


def solveig_smartrec() -> Ev:
    uid = f"sr-{hexid('solveig', 24)}@smartrecruiters.com"
    d = ("Hallo Jonas,\n\nin diesem Gespräch geht es um Ihre fachlichen Kenntnisse: Wir bearbeiten gemeinsam einen "
         "kurzen Excel-Case (Forecast-Bias, Sicherheitsbestände für Aktionsware) und sprechen über Ihre Erfahrung "
         "mit SAP IBP.\n\nInterviewer:\nJulia Brenner – Senior Manager Demand Planning\nAhmet Kaya – Supply "
         "Planning Analyst\n\n" + zoom("de", "solveig") + "\n\nSolveig Cosmetics GmbH · Königsallee 61 · 40212 "
         "Düsseldorf\n\nPowered by SmartRecruiters")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260211T140000Z", "DTSTART;TZID=Europe/Berlin:20260218T140000",
        "DTEND;TZID=Europe/Berlin:20260218T150000",
        "SUMMARY:" + esc("Interview: Demand & Supply Planning Lead (all genders) – Fachinterview"),
        "LOCATION:Zoom", org("noreply@smartrecruiters.com", "Solveig Cosmetics Recruiting"),
        att(ME, "Jonas Brückner"), att("j.brenner@solveig-beauty.com", "Julia Brenner", rsvp=False),
        att("a.kaya@solveig-beauty.com", "Ahmet Kaya", rsvp=False), "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//SmartRecruiters//Interview Scheduler//EN", tzs=(BERLIN,))
    return Ev("smartrecruiters-de", ics, uid, 1, "Solveig Cosmetics", "Demand & Supply Planning Lead", "technical",
              "j.brenner@solveig-beauty.com;a.kaya@solveig-beauty.com", "smartrecruiters-excel-case-de")


def bfl_outlook() -> Ev:
    uid = outlook_uid("bfl-hm")
    d = ("Moin Herr Brückner,\n\nwie am Telefon besprochen: persönliches Kennenlernen bei uns im Büro. Die Stelle "
         "Leitung Equipment Control würde direkt an mich berichten; außerdem ist Kapitän Lars Ohlsen "
         "(Fleet Management) dabei.\n\nBaltic Feeder Lines GmbH, Große Elbstraße 145, 22767 Hamburg, 4. OG\n\n"
         "Gruß\nKai Petersen\nDirector Operations")
    ve = [
        org("k.petersen@bfl-shipping.com", "Petersen, Kai"), att(ME, "jonas.brueckner@gmx.de"),
        att("l.ohlsen@bfl-shipping.com", "Ohlsen, Lars"), "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Gespräch J. Brückner / BFL – Leitung Equipment Control"),
        f"DTSTART;TZID=\"{UTC1_DE}\":20260225T160000", f"DTEND;TZID=\"{UTC1_DE}\":20260225T170000",
        "DTSTAMP:20260218T070809Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:" + esc("Große Elbstraße 145, 4. OG"), *ms_extra(),
    ]
    ics = cal(ve, "outlook16", tzs=(windows(UTC1_DE),), calscale=False)
    return Ev("outlook-de", ics, uid, 1, "Baltic Feeder Lines", "Leitung Equipment Control", "hiring_manager",
              "k.petersen@bfl-shipping.com;l.ohlsen@bfl-shipping.com", "outlook-abbrev-subject-de")


def lohmann_cancel() -> Ev:
    uid = outlook_uid("lohmann")
    d = ("Sehr geehrter Herr Brückner,\n\nwie telefonisch besprochen muss der Termin am Mittwoch leider entfallen, "
         "da Herr Lohmann kurzfristig auf Geschäftsreise ist. Wir melden uns in den nächsten Tagen mit einem neuen "
         "Terminvorschlag.\n\nMit freundlichen Grüßen\nSekretariat der Geschäftsführung\nHeinrich Lohmann "
         "Stahlhandel GmbH")
    ve = [
        org("h.lohmann@lohmann-stahl.de", "Lohmann, Heinrich", sent_by="sekretariat@lohmann-stahl.de"),
        att(ME, "jonas.brueckner@gmx.de"), "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Abgesagt: Vorstellungsgespräch Herr Brückner – Leitung Disposition/Einkauf"),
        "DTSTART;TZID=W. Europe Standard Time:20260225T100000",
        "DTEND;TZID=W. Europe Standard Time:20260225T113000", "DTSTAMP:20260223T162000Z",
        "STATUS:CANCELLED", "SEQUENCE:1", "PRIORITY:1",
        "LOCATION;LANGUAGE=de-DE:" + esc("Lohmann Stahlhandel, Halskestraße 22, 22113 Hamburg"),
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
    ]
    ics = cal(ve, "outlook", method="CANCEL", tzs=(windows(),), calscale=False)
    return Ev("outlook-cancel-de", ics, uid, 1, "Lohmann Stahlhandel", "Leitung Disposition/Einkauf", "",
              "h.lohmann@lohmann-stahl.de", "cancelled-sentby-de")


def hkl_final() -> Ev:
    uid = outlook_uid("hkl-final")
    d = ("Sehr geehrter Herr Brückner,\n\nim Namen von Herrn Brandes und unserer Geschäftsführerin, Frau Dr. Anke "
         "Holtz, lade ich Sie herzlich zum abschließenden Gespräch für die Position Senior Supply Chain Planner "
         "ein. Im Anschluss besprechen wir gern auch die nächsten Schritte.\n\nBitte melden Sie sich am Empfang "
         "im Verwaltungsgebäude.\n\nViele Grüße\nKatrin Voss\nHR Business Partner\nHanseatische Kühllogistik GmbH")
    ve = [
        org("katrin.voss@hkl-logistik.de", "Voss, Katrin"), att(ME, "jonas.brueckner@gmx.de"),
        att("anke.holtz@hkl-logistik.de", "Holtz, Dr. Anke"), att("malte.brandes@hkl-logistik.de", "Brandes, Malte"),
        att("hh-vw-konferenz@hkl-logistik.de", "HH Verwaltung Konferenzraum", role="NON-PARTICIPANT", cutype="ROOM"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Abschlussgespräch Senior Supply Chain Planner – Herr Brückner"),
        "DTSTART;TZID=W. Europe Standard Time:20260212T140000",
        "DTEND;TZID=W. Europe Standard Time:20260212T150000", "DTSTAMP:20260203T123456Z",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:HH Verwaltung Konferenzraum", *ms_extra(),
        html(d),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("outlook-final-de", ics, uid, 1, "Hanseatische Kühllogistik", "Senior Supply Chain Planner", "final",
              "anke.holtz@hkl-logistik.de;malte.brandes@hkl-logistik.de", "outlook-final-hr-organizer-de")


def kestrel_gexport() -> Ev:
    uid = f"{hexid('kestrel-gx', 26)}@google.com"
    d = ("Recruiterin: Fleur Hendriks, Kestrel Parts (Amsterdam) – Senior Inventory Planning Manager\nruft über "
         "Teams an, Link in Mail vom 27.1.\nEnglisch! Gehaltsband erfragen, Remote-Anteil, Reisetätigkeit")
    ve = [
        "DTSTART:20260202T103000Z", "DTEND:20260202T110000Z", "DTSTAMP:20260301T091500Z",
        f"UID:{uid}", "CREATED:20260127T191000Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260127T191000Z",
        "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Kestrel Parts – Erstgespräch Recruiterin (EN)",
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google", method="PUBLISH", head=("X-WR-CALNAME:Jonas privat", "X-WR-TIMEZONE:Europe/Berlin"))
    return Ev("google-export-de", ics, uid, 1, "Kestrel Parts", "Senior Inventory Planning Manager",
              "recruiter_screen", "Fleur Hendriks", "x-wr-timezone-typed-de")


EVENTS = [alpenfracht, donauwerk_ac, bergquell_agency, murtal_tb, tarvos_google, solveig_smartrec, bfl_outlook,
          lohmann_cancel, hkl_final, kestrel_gexport]
