"""holdout59: the user's own interviews, German part A (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import calendly_footer, meet, teams, webex, zoom
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
    org,
    outlook_uid,
    windows,
)

MEA = att(ME, "Jonas Brückner")


def hkl_personio() -> Ev:
    uid = f"personio-{hexid('hkl1', 24)}@personio.de"
    d = ("Hallo Herr Brückner,\n\nvielen Dank für Ihre Bewerbung als Senior Supply Chain Planner (m/w/d) bei der "
         "Hanseatischen Kühllogistik. Gerne möchten wir Sie in einem ersten, etwa 30-minütigen Gespräch "
         "kennenlernen. Ihre Gesprächspartnerin ist Katrin Voss (HR Business Partner).\n\nBitte nutzen Sie den "
         "folgenden Link, um an dem Gespräch teilzunehmen:\n\n" + teams("de", "hkl1") +
         "\n\nViele Grüße\nKatrin Voss\nHanseatische Kühllogistik GmbH · Am Veddeler Damm 14 · 20457 Hamburg\n\n"
         "Diese Einladung wurde über Personio versendet.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260112T081455Z", "DTSTART;TZID=Europe/Berlin:20260119T100000",
        "DTEND;TZID=Europe/Berlin:20260119T103000",
        "SUMMARY:" + esc("Erstgespräch | Senior Supply Chain Planner (m/w/d) | Hanseatische Kühllogistik GmbH"),
        "LOCATION:Microsoft Teams", org("katrin.voss@hkl-logistik.de", "Katrin Voss"), MEA,
        att("katrin.voss@hkl-logistik.de", "Katrin Voss", partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION:" + esc(d), "SEQUENCE:0", "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//Personio GmbH//Personio Recruiting//DE", tzs=(BERLIN,))
    return Ev("personio-de", ics, uid, 1, "Hanseatische Kühllogistik", "Senior Supply Chain Planner",
              "recruiter_screen", "katrin.voss@hkl-logistik.de", "personio-de")


def hkl_ios() -> Ev:
    uid = guid("hkl-ios-2")
    ve = [
        "CREATED:20260123T191204Z", "DTEND;TZID=Europe/Berlin:20260129T150000",
        "DTSTART;TZID=Europe/Berlin:20260129T133000", "DTSTAMP:20260123T191230Z",
        "LAST-MODIFIED:20260123T191230Z", "SEQUENCE:0",
        "SUMMARY:HKL 2. Gespräch – Hr. Brandes (Leiter SCM)", f"UID:{uid}",
        "LOCATION:" + esc("Hanseatische Kühllogistik\nAm Veddeler Damm 14, 20457 Hamburg, Deutschland"),
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=" + '"Am Veddeler Damm 14, 20457 Hamburg, Deutschland"'
        + ";X-APPLE-RADIUS=141.2;X-TITLE=Hanseatische Kühllogistik:geo:53.524110,9.995210",
        "DESCRIPTION:" + esc("Malte Brandes = künftiger Chef. Zeugnisse + Beispiel Frischdienst-Prognose "
                             "mitnehmen. Danach evtl. Rundgang Kühlhaus (warme Jacke!)"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE",
        "BEGIN:VALARM", f"X-WR-ALARMUID:{guid('hkl-ios-2a')}", "TRIGGER:-PT1H", "ACTION:DISPLAY",
        "DESCRIPTION:Erinnerung", "END:VALARM",
    ]
    ics = cal(ve, "ios", method=None, tzs=(BERLIN,))
    return Ev("ios-de", ics, uid, 1, "Hanseatische Kühllogistik", "", "hiring_manager", "Malte Brandes",
              "ios-typed-abbrev-de")


def brandt_softgarden() -> Ev:
    uid = f"sg-interview-{hexid('brandt', 16)}@softgarden.io"
    d = ("Sehr geehrter Herr Brückner,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die "
         "Position Leiter Disposition (m/w/d) an unserem Standort Hamburg-Billwerder einzuladen.\n\n"
         "Ihre Gesprächspartner:\n- Torsten Brandt, Geschäftsführender Gesellschafter\n- Sven Oltmanns, "
         "Niederlassungsleiter Hamburg\n\nFür die Organisation bin ich Ihre Ansprechpartnerin; am Gespräch selbst "
         "nehme ich nicht teil.\n\nBitte bestätigen Sie den Termin über folgenden Link:\n"
         "https://brandt-spedition.softgarden.io/de/interview/confirm/" + hexid("brandtc", 20) +
         "\n\nAnfahrt: Osterrade 41, 21031 Hamburg. Besucherparkplätze direkt vor dem Bürogebäude, "
         "Anmeldung am Empfang im EG.\n\nMit freundlichen Grüßen\nPetra Lange\nPersonal\n"
         "Brandt & Söhne Spedition GmbH & Co. KG")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260126T101012Z", "DTSTART;TZID=Europe/Berlin:20260203T110000",
        "DTEND;TZID=Europe/Berlin:20260203T123000",
        "SUMMARY:" + esc("Vorstellungsgespräch: Leiter Disposition (m/w/d) – Brandt & Söhne Spedition"),
        "LOCATION:" + esc("Brandt & Söhne Spedition, Osterrade 41, 21031 Hamburg, Besprechungsraum Elbe"),
        org("p.lange@brandt-spedition.de", "Lange, Petra"), MEA,
        att("t.brandt@brandt-spedition.de", "Brandt, Torsten", partstat="ACCEPTED", rsvp=False),
        att("s.oltmanns@brandt-spedition.de", "Oltmanns, Sven", partstat="ACCEPTED", rsvp=False),
        att("raum-elbe@brandt-spedition.de", "Besprechungsraum Elbe", role="NON-PARTICIPANT", cutype="ROOM",
            partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//softgarden e-recruiting GmbH//softgarden//DE", tzs=(BERLIN,))
    return Ev("softgarden-de", ics, uid, 1, "Brandt & Söhne Spedition", "Leiter Disposition", "onsite",
              "t.brandt@brandt-spedition.de;s.oltmanns@brandt-spedition.de", "softgarden-room-coordinator-de")


def meridian_google() -> Ev:
    uid = f"{hexid('meridian-g', 26)}@google.com"
    d = ("Guten Tag Herr Brückner,\n\nwie per E-Mail abgestimmt, hier die Einladung zu unserem telefonischen "
         "Erstgespräch zur Position Head of Demand Planning (m/w/d) bei Meridian Pharma Supply in Frankfurt. "
         "Ich rufe Sie zur vereinbarten Zeit unter +49 176 2284 5519 an. Planen Sie bitte ca. 30 Minuten ein – "
         "es geht um Ihren Werdegang, Ihre Wechselmotivation und die Rahmenbedingungen.\n\nBeste Grüße\n"
         "Benedikt Roth\nTalent Acquisition\nMeridian Pharma Supply GmbH")
    ve = [
        "DTSTART:20260121T150000Z", "DTEND:20260121T153000Z", "DTSTAMP:20260114T121707Z",
        org("benedikt.roth@meridian-pharma.de", "Benedikt Roth"), f"UID:{uid}",
        att("benedikt.roth@meridian-pharma.de", "Benedikt Roth", partstat="ACCEPTED", rsvp=True,
            extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"),
        "CREATED:20260114T121706Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260114T121706Z",
        "LOCATION:Telefon", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Telefoninterview Meridian Pharma Supply / Jonas Brückner"), "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-de", ics, uid, 1, "Meridian Pharma Supply", "Head of Demand Planning", "recruiter_screen",
              "benedikt.roth@meridian-pharma.de", "phone-screen-de")


def meridian_outlook() -> Ev:
    uid = outlook_uid("meridian-hm")
    d = ("Sehr geehrter Herr Brückner,\n\nvielen Dank für das angenehme Telefonat mit Herrn Roth. Gern möchte ich "
         "Sie nun persönlich kennenlernen – die Position Head of Demand Planning berichtet direkt an mich.\n\n"
         "Herr Roth (Talent Acquisition) ist nur zur Terminabstimmung in Kopie und nimmt nicht teil.\n\n"
         "Mit freundlichen Grüßen\nDr. Ulrike Schäfer\nDirector Supply Chain Management\n"
         "Meridian Pharma Supply GmbH\n\n" + teams("de", "meridian-hm"))
    ve = [
        org("Ulrike.Schaefer@meridian-pharma.de", "Schäfer, Dr. Ulrike"),
        att(ME, "jonas.brueckner@gmx.de"),
        att("Benedikt.Roth@meridian-pharma.de", "Roth, Benedikt", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Interview Jonas Brückner | Head of Demand Planning"),
        "DTSTART;TZID=W. Europe Standard Time:20260205T100000",
        "DTEND;TZID=W. Europe Standard Time:20260205T110000", "DTSTAMP:20260127T083321Z",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("outlook-de", ics, uid, 1, "Meridian Pharma Supply", "Head of Demand Planning", "hiring_manager",
              "ulrike.schaefer@meridian-pharma.de", "outlook-lastfirst-coordinator-cc-de")


def kaltenbach_sf() -> Ev:
    uid = f"SF-INT-{hexid('kalt1', 12).upper()}-48213@successfactors.eu"
    d = ("Sehr geehrter Herr Brückner,\n\nwir freuen uns, Sie zu einem fachlichen Interview für die Position "
         "Senior Material Planner (w/m/d), Werk Stuttgart-Feuerbach (Req. 48213), einzuladen.\n\nIm Gespräch "
         "bearbeiten Sie eine kurze Fallstudie zur Materialbedarfsplanung (MRP-Lauf, Sicherheitsbestände, "
         "Lieferantenabrufe), die Sie 24 Stunden vorher per E-Mail erhalten.\n\nInterviewer:\n"
         "Dr. Fabian Mohr – Leiter Materialwirtschaft\nAnja Seidel – Teamleiterin Disposition\n\n"
         "Einwahldaten (Webex):\n" + webex("de", "kalt1", "kaltenbach") +
         "\n\nKaltenbach Automotive Systems GmbH\nTalent Acquisition\n\nDiese Nachricht wurde automatisch "
         "erstellt. Bitte antworten Sie nicht auf diese E-Mail.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260202T070102Z", "DTSTART:20260211T080000Z", "DTEND:20260211T093000Z",
        "SUMMARY:" + esc("Interviewtermin: Senior Material Planner (w/m/d) – Req. 48213"),
        "LOCATION:Webex", org("recruiting-noreply@kaltenbach-as.com", "Kaltenbach Automotive Systems Recruiting"),
        att(ME, "Jonas Brückner"), att("fabian.mohr@kaltenbach-as.com", "Dr. Fabian Mohr", rsvp=False),
        att("anja.seidel@kaltenbach-as.com", "Anja Seidel", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0", "CLASS:PUBLIC",
    ]
    ics = cal(ve, "-//SAP SE//SuccessFactors Recruiting Interview Scheduling//EN", calscale=False)
    return Ev("successfactors-de", ics, uid, 1, "Kaltenbach Automotive Systems", "Senior Material Planner",
              "technical", "fabian.mohr@kaltenbach-as.com;anja.seidel@kaltenbach-as.com", "successfactors-utc-de")


def kaltenbach_allday() -> Ev:
    uid = guid("kalt-allday")
    d = ("Anreise ICE 6:24 ab Hamburg-Dammtor (Platz 61, Wagen 12)\n09:30 Pforte Tor 3, nach Frau Seidel fragen\n"
         "Präsentation Fallstudie (20 min), dann Gespräche mit Dr. Fabian Mohr und Werkleiter Klaus Reuter, "
         "Werksführung\nRückfahrt ICE 18:51\nReisekosten-Formular ausfüllen!")
    ve = [
        "CREATED:20260213T203055Z", "DTSTART;VALUE=DATE:20260226", "DTEND;VALUE=DATE:20260227",
        "DTSTAMP:20260213T203127Z", "LAST-MODIFIED:20260213T203127Z", "SEQUENCE:0",
        "SUMMARY:Kaltenbach – Vor-Ort-Termin Stuttgart (Werk Feuerbach)", f"UID:{uid}",
        "LOCATION:" + esc("Kaltenbach Automotive Systems, Borsigstraße 20, 70469 Stuttgart"),
        "DESCRIPTION:" + esc(d), "TRANSP:TRANSPARENT", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    ics = cal(ve, "mac", method=None)
    return Ev("mac-allday-de", ics, uid, 1, "Kaltenbach Automotive Systems", "", "onsite",
              "Fabian Mohr;Klaus Reuter", "allday-typed-onsite-de")


def flinkwerk_founder() -> Ev:
    uid = f"{hexid('flink-f', 26)}@google.com"
    d = ("Hi Jonas,\n\nwie besprochen hier der Termin für unser Kennenlernen. Kurz zu uns: Flinkwerk liefert "
         "Lebensmittel in unter 20 Minuten aus inzwischen 9 Dark Stores in Berlin und Hamburg aus. Wir suchen "
         "eine:n Head of Operations Planning – Schichtplanung, Bestandsplanung der Stores und Forecasting – "
         "die Rolle berichtet direkt an mich.\n\nIch würde gern über deine Erfahrung mit Personaleinsatz- und "
         "Absatzplanung sprechen und dir erzählen, was wir vorhaben.\n\nBis Donnerstag!\nLeonie\n\n"
         "Leonie Hartwig\nCo-Founder & CEO, Flinkwerk\n\n" + meet("de", "flink-f"))
    ve = [
        "DTSTART:20260122T170000Z", "DTEND:20260122T174500Z", "DTSTAMP:20260119T214402Z",
        org("leonie.hartwig.berlin@gmail.com", "Leonie Hartwig"), f"UID:{uid}",
        att("leonie.hartwig.berlin@gmail.com", "Leonie Hartwig", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/" + d.split("meet.google.com/")[1][:12],
        "CREATED:20260119T214401Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260119T214401Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Jonas x Leonie – Kennenlernen", "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-de", ics, uid, 1, "Flinkwerk", "Head of Operations Planning", "hiring_manager",
              "leonie.hartwig.berlin@gmail.com", "founder-freemail-body-only-de")


def flinkwerk_greenhouse() -> Ev:
    uid = f"{hexid('flink-gh', 26)}@google.com"
    d = ("Hallo Jonas,\n\nhier die Details für dein Case Interview bei Flinkwerk (Head of Operations Planning).\n\n"
         "Ablauf (60 Min.):\n15:00–15:10 Intro\n15:10–15:45 Case: Schicht- und Bestandsplanung für einen neuen Dark "
         "Store in Hamburg-Eimsbüttel (Daten teilen wir im Call)\n15:45–16:00 Deine Fragen\n\nInterviewer:\n"
         "Moritz Albrecht (COO)\nAylin Demir (Lead Data & Forecasting)\n\nFalls du den Termin verschieben musst, "
         "antworte einfach auf diese Mail.\n\nViele Grüße\nJule Brand\nPeople & Talent, Flinkwerk\n\n" +
         meet("de", "flink-gh") + "\n\nScheduled via Greenhouse")
    ve = [
        "DTSTART:20260203T140000Z", "DTEND:20260203T150000Z", "DTSTAMP:20260128T101100Z",
        org("jule.brand@flinkwerk.io", "Jule Brand"), f"UID:{uid}",
        att("moritz.albrecht@flinkwerk.io", "Moritz Albrecht", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("aylin.demir@flinkwerk.io", "Aylin Demir", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "Jonas Brückner", extra="X-NUM-GUESTS=0"),
        "CREATED:20260128T101059Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260128T101059Z",
        "LOCATION:Google Meet", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Case Interview – Jonas Brückner – Head of Operations Planning"), "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("greenhouse-de", ics, uid, 1, "Flinkwerk", "Head of Operations Planning", "technical",
              "moritz.albrecht@flinkwerk.io;aylin.demir@flinkwerk.io", "greenhouse-case-coordinator-de")


def ostholm_join() -> Ev:
    uid = f"join-{guid('ostholm-join').lower()}"
    d = ("Hallo Jonas,\n\ndanke für deine Bewerbung als Supply Chain Lead E-Commerce bei OSTHOLM! Lea Winter aus "
         "unserem People-Team freut sich darauf, dich im ersten Interview kennenzulernen.\n\n" +
         zoom("de", "ostholm-join", "Lea Winter") +
         "\n\nBis bald\nDein OSTHOLM Team\n\nDiese Einladung wurde mit JOIN erstellt.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260115T090010Z", "DTSTART;TZID=Europe/Berlin:20260120T161500",
        "DTEND;TZID=Europe/Berlin:20260120T164500",
        "SUMMARY:" + esc("Dein Interview bei OSTHOLM: Supply Chain Lead E-Commerce"),
        "LOCATION:Zoom", org("lea.winter@ostholm.de", "Lea Winter"), MEA, "DESCRIPTION:" + esc(d),
        "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//JOIN Solutions AG//JOIN//DE", tzs=(BERLIN,))
    return Ev("join-de", ics, uid, 1, "Ostholm", "Supply Chain Lead E-Commerce", "recruiter_screen",
              "lea.winter@ostholm.de", "ats-join-zoom-de")


def ostholm_terse() -> Ev:
    uid = guid("ostholm-terse")
    ve = [
        "CREATED:20260129T072211Z", "DTSTART:20260204T143000", "DTEND:20260204T160000",
        "DTSTAMP:20260129T072211Z", "SEQUENCE:0", "SUMMARY:VG Ostholm 2. Runde", f"UID:{uid}",
        "LOCATION:" + esc("Billbrookdeich 210, Hamburg"), "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "ios", method=None)
    return Ev("ios-floating-de", ics, uid, 1, "Ostholm", "", "", "", "terse-floating-de")


def lindqvist_webex() -> Ev:
    uid = outlook_uid("lindqvist-rs")
    d = ("Hallo Herr Brückner,\n\nvielen Dank für Ihr Interesse an der Position Supply Planning Manager DACH bei "
         "Lindqvist Fresh Foods. Wie besprochen lade ich Sie zu einem ersten Kennenlernen per Webex ein. "
         "In dem Gespräch stelle ich Ihnen Lindqvist und die Rolle vor und wir sprechen über Ihren Hintergrund.\n\n"
         "Viele Grüße\nJohanna Ek\nTalent Acquisition Partner DACH\nLindqvist Fresh Foods Deutschland GmbH, "
         "Hamburg\n\n" + webex("de", "lindqvist-rs", "lindqvist"))
    ve = [
        org("johanna.ek@lindqvistfoods.com", "Ek, Johanna"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Kennenlernen Lindqvist Fresh Foods – Supply Planning Manager DACH"),
        f"DTSTART;TZID=\"{UTC1_DE}\":20260126T113000", f"DTEND;TZID=\"{UTC1_DE}\":20260126T120000",
        "DTSTAMP:20260120T140015Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Webex",
        *ms_extra(),
    ]
    ics = cal(ve, "outlook16", tzs=(windows(UTC1_DE),), calscale=False)
    return Ev("outlook-webex-de", ics, uid, 1, "Lindqvist Fresh Foods", "Supply Planning Manager DACH",
              "recruiter_screen", "johanna.ek@lindqvistfoods.com", "outlook-utc-label-webex-de")


def fellfreund_calendly() -> Ev:
    uid = f"{guid('fellfreund').lower()}@calendly.com"
    d = ("Veranstaltungsname: Kennenlerngespräch Recruiting (30 Min.)\n\nOrt: Dies ist eine Google Meet-"
         "Webkonferenz.\nhttps://meet.google.com/xqv-ndke-prt\n\nBitte teilen Sie alles mit, was uns auf das "
         "Gespräch vorbereiten könnte.\nIch habe mich auf die Stelle Teamlead Supply Planning beworben und "
         "bin derzeit in Hamburg in der Disposition tätig.\n\n" + calendly_footer("de", "fellfreund"))
    ve = [
        "DTSTAMP:20260122T085940Z", "DTSTART:20260127T093000Z", "DTEND:20260127T100000Z",
        "SUMMARY:Kennenlerngespräch zwischen Miriam Ostertag und Jonas Brückner", f"UID:{uid}",
        org("miriam.ostertag@fellfreund.de", "Miriam Ostertag"),
        att("miriam.ostertag@fellfreund.de", "Miriam Ostertag", partstat="ACCEPTED", rsvp=False),
        att(ME, "Jonas Brückner", partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION:" + esc(d), "LOCATION:https://meet.google.com/xqv-ndke-prt", "STATUS:CONFIRMED",
        "URL:https://calendly.com/fellfreund-recruiting/kennenlernen",
    ]
    ics = cal(ve, "-//Calendly//Calendly Scheduling//EN")
    return Ev("calendly-de", ics, uid, 1, "Fellfreund", "Teamlead Supply Planning", "recruiter_screen",
              "miriam.ostertag@fellfreund.de", "calendly-company-in-domain-de")


EVENTS = [hkl_personio, hkl_ios, brandt_softgarden, meridian_google, meridian_outlook, kaltenbach_sf,
          kaltenbach_allday, flinkwerk_founder, flinkwerk_greenhouse, ostholm_join, ostholm_terse, lindqvist_webex,
          fellfreund_calendly]
