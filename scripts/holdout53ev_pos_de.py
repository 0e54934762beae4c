"""holdout53: the user's own interviews, German-language invitations (written blind)."""

from __future__ import annotations

from holdout53ev_ics import (
    APPLE,
    EXCHANGE,
    GCAL,
    ME,
    ME_CN,
    OUTLOOK,
    TBIRD,
    UTC1,
    Ev,
    T,
    att,
    b,
    cal,
    cet,
    day,
    ev,
    fl,
    meet,
    ms_cet,
    org,
    teams,
    tz,
    u,
    webex,
    zoom,
)


def personio() -> Ev:
    uid = "personio-3318-interview-88412@haselberg.jobs.personio.de"
    e = ev(uid, b("20260224T100000"), b("20260224T110000"),
           "SUMMARY:Vorstellungsgespräch: Teamleitung S&OP (m/w/d) - Kofi Mensah-Bauer",
           org("noreply@haselberg.jobs.personio.de", "Haselberg Süßwaren GmbH"),
           att("c.wendt@haselberg.de", "Christine Wendt"), att("m.ruppert@haselberg.de", "Michael Ruppert"),
           att(ME, ME_CN),
           T("DESCRIPTION", "Hallo Kofi,", "", "vielen Dank für Ihre Bewerbung als Teamleitung S&OP (m/w/d) bei "
             "Haselberg Süßwaren. Wir freuen uns auf das Gespräch mit Christine Wendt (Leitung Supply Chain) und "
             "Michael Ruppert (HR Business Partner).", "", *teams("482019377", "de"), "",
             "Termin verschieben oder absagen: https://haselberg.jobs.personio.de/appointment/88412"),
           "LOCATION:Microsoft Teams-Besprechung", "STATUS:CONFIRMED")
    return Ev("personio-de", cal(e, prodid="-//Personio GmbH//Personio Recruiting//DE", tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Haselberg Süßwaren", "Teamleitung S&OP (m/w/d)", "hiring_manager",
              "c.wendt@haselberg.de;m.ruppert@haselberg.de", "personio-de")


def outlook_utc1() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000B0A7C1E2A39FDC01000000000000000010000000F2A1D34C5E6B7"
    z = UTC1
    e = ev(uid, tz(z, "20260305T140000"), tz(z, "20260305T153000"),
           "SUMMARY:Fachgespräch Senior Demand Planner – Herr Mensah-Bauer",
           org("martina.oehler@b-o-getraenke.de", "Oehler, Martina", sent_by="assistenz.vertrieb@b-o-getraenke.de"),
           att("martina.oehler@b-o-getraenke.de", "Oehler, Martina", ps="ACCEPTED", rsvp=None),
           att("jens.brandt@b-o-getraenke.de", "Brandt, Jens"),
           att("assistenz.vertrieb@b-o-getraenke.de", "Assistenz Vertrieb", role="OPT-PARTICIPANT"),
           att(ME, "kofi.mensah-bauer@t-online.de"),
           att("raum.hopfen@b-o-getraenke.de", "Besprechungsraum Hopfen (EG, 8 Pers.)", role="NON-PARTICIPANT",
               cutype="ROOM", rsvp=None),
           T("DESCRIPTION", "Sehr geehrter Herr Mensah-Bauer,", "",
             "wie telefonisch besprochen lade ich Sie im Namen von Frau Oehler zum Fachgespräch ein. Bitte bringen "
             "Sie eine kurze Präsentation (max. 10 Minuten) zu Ihrem aktuellen S&OP-Prozess mit.", "",
             "Anfahrt: Brandt & Oehler Getränke AG, Industriestraße 12, 97076 Würzburg. Bitte melden Sie sich am "
             "Empfang.", "", "Mit freundlichen Grüßen", "Sabine Krüger, Assistenz Vertrieb"),
           'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrter Herr Mensah-Bauer\\,</p><p>wie telefonisch '
           'besprochen lade ich Sie im Namen von Frau Oehler zum Fachgespräch ein.</p></body></html>',
           "LOCATION:Würzburg\\, Besprechungsraum Hopfen (EG)", "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE",
           "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", stamp="20260219T093011Z", seq=0)
    return Ev("outlook-utc1-de", cal(e, prodid=OUTLOOK, tzs=(ms_cet(z),)), uid, 1, "Brandt & Oehler Getränke",
              "Senior Demand Planner", "technical", "martina.oehler@b-o-getraenke.de;jens.brandt@b-o-getraenke.de",
              "outlook-sent-by-room-de")


def softgarden_phone() -> Ev:
    uid = "sg-appt-6710293@softgarden.io"
    e = ev(uid, b("20260212T083000"), b("20260212T090000"),
           "SUMMARY:Telefoninterview Molkerei Altmühltal eG – Demand Planner (w/m/d)",
           org("noreply@softgarden.io", "Molkerei Altmühltal eG via softgarden"),
           att(ME, ME_CN),
           T("DESCRIPTION", "Guten Tag Herr Mensah-Bauer,", "",
             "Sie haben folgenden Termin gebucht: Telefoninterview (30 Minuten)",
             "Gesprächspartnerin: Petra Haslinger, Personalreferentin",
             "Frau Haslinger ruft Sie unter der angegebenen Nummer +49 171 5520 981 an.", "",
             "Stelle: Demand Planner (w/m/d), Standort Treuchtlingen", "", "Ihr Recruiting-Team der Molkerei "
             "Altmühltal"),
           "LOCATION:Telefon")
    return Ev("softgarden-phone-de", cal(e, prodid="-//softgarden//Appointment Scheduling//DE",
                                         tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Molkerei Altmühltal", "Demand Planner (w/m/d)", "recruiter_screen", "Petra Haslinger",
              "softgarden-phone-de")


def successfactors() -> Ev:
    uid = "SF-INTV-FELDKAMP-20260317-1400-77812"
    e = ev(uid, b("20260317T140000"), b("20260317T153000"),
           "SUMMARY:Interviewtermin: Leiter Absatz- und Produktionsplanung (m/w/d) (Req. 4471)",
           org("sfrecruiting@feldkamp-tk.de", "Feldkamp Recruiting"),
           att("h.strothmann@feldkamp-tk.de", "Hendrik Strothmann"), att("a.kaya@feldkamp-tk.de", "Aylin Kaya"),
           att(ME, ME_CN),
           T("DESCRIPTION", "Interviewtermin", "Kandidat: Kofi Mensah-Bauer", "Stelle: Leiter Absatz- und "
             "Produktionsplanung (m/w/d), Req. 4471", "Interviewer: Hendrik Strothmann (Werkleiter), Aylin Kaya "
             "(Supply Chain Director)", "Ort: Feldkamp Tiefkühlkost GmbH, Werk Cloppenburg, Verwaltung 2. OG",
             "", "Dieses Ereignis wurde von SAP SuccessFactors Recruiting erstellt."),
           "LOCATION:Werk Cloppenburg\\, Verwaltung 2. OG")
    return Ev("successfactors-de", cal(e, prodid="-//SAP SuccessFactors//Recruiting Management//EN",
                                       tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Feldkamp Tiefkühlkost", "Leiter Absatz- und Produktionsplanung (m/w/d)", "onsite",
              "h.strothmann@feldkamp-tk.de;a.kaya@feldkamp-tk.de", "successfactors-onsite-de")


def agency_alpquell() -> Ev:
    uid = "7c1d0e5a-52b4-4c8e-9f61-planwerk-3390"
    e = ev(uid, tz("Europe/Vienna", "20260226T150000"), tz("Europe/Vienna", "20260226T160000"),
           "SUMMARY:Vorstellungstermin bei Alpquell – Head of Demand Planning | Kandidat K. Mensah-Bauer",
           org("s.lukic@planwerk-personal.de", "Sandro Lukic (Planwerk Personalberatung)"),
           att(ME, ME_CN), att("t.gruber@alpquell.at", "Thomas Gruber"),
           att("e.wallner@alpquell.at", "Eva Wallner"),
           T("DESCRIPTION", "Hallo Kofi,", "", "wie besprochen hier die Einladung zum ersten Gespräch bei unserem "
             "Mandanten Alpquell Mineralwasser GmbH (Salzburg). Gesprächspartner: Thomas Gruber (COO) und Eva "
             "Wallner (Leitung Planung). Ich selbst bin nicht dabei, melde mich aber danach kurz telefonisch.", "",
             *zoom("84120937715", "de"), "", "Viel Erfolg!", "Sandro"),
           "LOCATION:Zoom")
    return Ev("agency-de", cal(e, prodid=GCAL, tzs=(cet("Europe/Vienna"),)), uid, 1, "Alpquell Mineralwasser",
              "Head of Demand Planning", "", "t.gruber@alpquell.at;e.wallner@alpquell.at", "agency-names-employer-de")


def thunderbird_terse() -> Ev:
    uid = "b2f1c0a4-8e77-4d3b-a7b0-1f9d2c3e4a51"
    e = ev(uid, b("20260409T110000"), b("20260409T123000"),
           "SUMMARY:Zweitgespräch Sauerland Brunnen", "LOCATION:Arnsberg",
           "DESCRIPTION:mit Hr. Vogt + Fr. Demir\\, Case mitbringen", "CREATED:20260320T184211Z",
           "X-MOZ-GENERATION:2")
    return Ev("thunderbird-terse-de", cal(e, prodid=TBIRD, method=None, tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Sauerland Brunnen", "", "", "Hr. Vogt;Fr. Demir", "hand-typed-de")


def google_direct() -> Ev:
    uid = "3kq9v1m2r8t0p5b7s6n4c2x1ad@google.com"
    e = ev(uid, u("20260310T090000"), u("20260310T094500"),
           "SUMMARY:Kennenlernen Kofi / Eickhoff Tiernahrung (Supply Planning)",
           org("jana.eickhoff@eickhoff-tiernahrung.de", "Jana Eickhoff"),
           att("jana.eickhoff@eickhoff-tiernahrung.de", "Jana Eickhoff", ps="ACCEPTED", rsvp=None),
           att(ME, ME_CN),
           T("DESCRIPTION", "Hallo Kofi, wie am Telefon besprochen ein erstes Kennenlernen zur Stelle Lead "
             "Supply Planning. Ich bin Geschäftsführerin in zweiter Generation und führe die Gespräche selbst.",
             "", "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
             *meet("vpk-nqzr-eht", "de"), "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
           "LOCATION:", "STATUS:CONFIRMED", "TRANSP:OPAQUE")
    return Ev("google-direct-de", cal(e, prodid=GCAL, tzs=()), uid, 1, "Eickhoff Tiernahrung",
              "Lead Supply Planning", "hiring_manager", "jana.eickhoff@eickhoff-tiernahrung.de", "google-meet-de")


def assessment_recurring() -> Ev:
    uid = "AC-SCHAUMANN-2026-04-KMB@schaumann-papier.de"
    base = ev(uid, b("20260414T090000"), b("20260414T163000"),
              "SUMMARY:Assessment Center – Schaumann Papierwaren (Teamleiter Supply Planning)",
              "RRULE:FREQ=DAILY;COUNT=2",
              org("bewerbung@schaumann-papier.de", "Schaumann Papierwaren GmbH – Personal"),
              att("r.heinemann@schaumann-papier.de", "Ralf Heinemann"),
              att("k.schaumann@schaumann-papier.de", "Dr. Katrin Schaumann"), att(ME, ME_CN),
              T("DESCRIPTION", "Zweitägiges Assessment Center für die Position Teamleiter Supply Planning.",
                "Tag 1: Fallstudie S&OP, Gruppenübung. Tag 2: Präsentation vor der Geschäftsführung.",
                "Beobachter: Ralf Heinemann (Leiter Logistik), Dr. Katrin Schaumann (Geschäftsführung).",
                "Organisation: Nina Pohl, Personal (nimmt nicht an den Gesprächen teil)."),
              "LOCATION:Schaumann Papierwaren\\, Am Kanal 4\\, 32423 Minden")
    over = ev(uid, b("20260415T100000"), b("20260415T140000"),
              "RECURRENCE-ID;TZID=Europe/Berlin:20260415T090000",
              "SUMMARY:Assessment Center – Schaumann Papierwaren (Teamleiter Supply Planning) – Tag 2",
              org("bewerbung@schaumann-papier.de", "Schaumann Papierwaren GmbH – Personal"),
              att("r.heinemann@schaumann-papier.de", "Ralf Heinemann"),
              att("k.schaumann@schaumann-papier.de", "Dr. Katrin Schaumann"), att(ME, ME_CN),
              "DESCRIPTION:Tag 2 beginnt erst um 10:00 (Präsentation vor der Geschäftsführung).",
              "LOCATION:Schaumann Papierwaren\\, Am Kanal 4\\, 32423 Minden", seq=1)
    return Ev("recurring-override-de", cal(base, over, prodid=OUTLOOK, tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Schaumann Papierwaren", "Teamleiter Supply Planning", "onsite",
              "r.heinemann@schaumann-papier.de;k.schaumann@schaumann-papier.de", "recurring-override-ac-de")


def reschedule() -> Ev:
    uid = "teigwaren-reuss-gespraech-0419@reuss-teigwaren.de"
    e = ev(uid, b("20260421T130000"), b("20260421T140000"),
           "SUMMARY:Verschoben: Vorstellungsgespräch Demand Planner – Teigwaren Reuss",
           org("personal@reuss-teigwaren.de", "Reuss, Personalabteilung"),
           att("f.reuss@reuss-teigwaren.de", "Felix Reuss"), att(ME, ME_CN),
           T("DESCRIPTION", "Sehr geehrter Herr Mensah-Bauer,", "", "leider müssen wir unser Gespräch vom 16.04. "
             "verschieben. Neuer Termin: Dienstag, 21.04.2026, 13:00 Uhr. Ihr Gesprächspartner bleibt Herr Felix "
             "Reuss (Leitung Supply Chain).", "", "Mit freundlichen Grüßen", "Personalabteilung Teigwaren Reuss "
             "GmbH"),
           "LOCATION:Teigwaren Reuss GmbH\\, Mühlenweg 7\\, 73033 Göppingen", seq=2, stamp="20260413T120501Z")
    return Ev("rescheduled-de", cal(e, prodid=EXCHANGE, tzs=(cet("Europe/Berlin"),)), uid, 1, "Teigwaren Reuss",
              "Demand Planner", "", "f.reuss@reuss-teigwaren.de", "rescheduled-seq-de")


def allday_vienna() -> Ev:
    uid = "1A7F2C9E-6D1B-4E3A-9B52-7C0D9E1F4A22"
    e = ev(uid, day("20260428"), day("20260429"), "SUMMARY:Aumann Backwaren – Probetag / Finale Runde Wien",
           "DESCRIPTION:Anreise Vorabend. 9:00 Werksführung\\, danach Gespräche mit GF Aumann + Fr. Leitner "
           "(Controlling)", "LOCATION:Wien-Simmering", "TRANSP:TRANSPARENT", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTO")
    return Ev("apple-allday-de", cal(e, prodid=APPLE, method=None), uid, 1, "Aumann Backwaren", "", "final",
              "GF Aumann;Fr. Leitner", "all-day-hand-typed-at")


def bookings() -> Ev:
    uid = "bookings-b5f0e2d1-4a3c-4f10-8c66-hollbach"
    e = ev(uid, u("20260303T130000"), u("20260303T134500"),
           "SUMMARY:Bewerbungsgespräch Planer/in Feinkost mit Kofi Mensah-Bauer",
           org("Bewerbung@hollbach-feinkost.de", "Hollbach Bewerbungen"),
           att("d.schreiner@hollbach-feinkost.de", "Dominik Schreiner"), att(ME, ME_CN),
           T("DESCRIPTION", "Ihre Buchung wurde bestätigt.", "", "Dienst: Bewerbungsgespräch (45 Minuten)",
             "Mitarbeiter: Dominik Schreiner", "", *teams("511873204", "de"), "",
             "Hollbach Feinkost GmbH · Bamberg", "Buchung verwalten: https://outlook.office365.com/owa/calendar/"
             "HollbachBewerbungen@hollbach-feinkost.de/bookings/"),
           "LOCATION:Microsoft Teams-Besprechung")
    return Ev("bookings-de", cal(e, prodid=EXCHANGE), uid, 1, "Hollbach Feinkost", "Planer/in Feinkost", "",
              "d.schreiner@hollbach-feinkost.de", "ms-bookings-de")


def webex_oda() -> Ev:
    uid = "oda-beauty-1783320@odabeauty.webex.com"
    e = ev(uid, b("20260318T160000"), b("20260318T170000"),
           "SUMMARY:Interview Kofi Mensah-Bauer // Demand Planning Lead DACH",
           org("lisa.hoffmann@odabeauty.com", "Lisa Hoffmann"), att(ME, ME_CN),
           att("f.brenner@odabeauty.com", "Felix Brenner"),
           T("DESCRIPTION", "Hallo Kofi,", "anbei die Einladung zum Gespräch mit Felix Brenner (VP Supply "
             "Chain) und mir (Talent Acquisition).", "", *webex("25814477093", "odabeauty", "de")),
           "LOCATION:https://odabeauty.webex.com/meet/lisa.hoffmann")
    return Ev("webex-de", cal(e, prodid="-//Cisco//Webex Meetings//EN", tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Oda Beauty Care", "Demand Planning Lead DACH", "",
              "lisa.hoffmann@odabeauty.com;f.brenner@odabeauty.com", "webex-de")


def havelland_phone() -> Ev:
    uid = "8E52A1D0-3F44-4C3C-A1E5-0B9C7D2E6F13"
    e = ev(uid, fl("20260219T170000"), fl("20260219T173000"),
           "SUMMARY:Telefonat Fr. Brückner (Havelland Gurken) – Vorauswahl",
           "DESCRIPTION:ruft mich an\\, Gehaltsvorstellung parat haben", "X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal")
    return Ev("phone-floating-de", cal(e, prodid=APPLE, method=None), uid, 1, "Havelland Gurken", "",
              "recruiter_screen", "Fr. Brückner", "phone-screen-floating-de")


def workday_de() -> Ev:
    uid = "WD-INT-2026-0000188213@brauhaus-sennfeld.de"
    e = ev(uid, b("20260325T100000"), b("20260325T110000"),
           "SUMMARY:Interview: Kofi Mensah-Bauer - R-10472 Leiter S&OP (m/w/d)",
           org("brauhaus-sennfeld@myworkday.com", "Brauhaus Sennfeld Talent Acquisition"),
           att(ME, ME_CN), att("p.kellermann@brauhaus-sennfeld.de", "Paul Kellermann"),
           att("s.aydin@brauhaus-sennfeld.de", "Selin Aydin"),
           T("DESCRIPTION", "Interview Details", "Kandidat: Kofi Mensah-Bauer", "Stellenausschreibung: R-10472 "
             "Leiter S&OP (m/w/d)", "Interviewtyp: Fachinterview", "Interviewer: Paul Kellermann; Selin Aydin",
             "Koordinator: Workday Recruiting Team", "", *teams("739120558", "de")),
           "LOCATION:Microsoft Teams")
    return Ev("workday-de", cal(e, prodid="-//Workday//Workday Recruiting//EN", tzs=(cet("Europe/Berlin"),)), uid,
              1, "Brauhaus Sennfeld", "Leiter S&OP (m/w/d)", "technical",
              "p.kellermann@brauhaus-sennfeld.de;s.aydin@brauhaus-sennfeld.de", "workday-fachinterview-de")


def nordhafen_teamtailor() -> Ev:
    uid = "teamtailor-interview-552019-nordhafen"
    e = ev(uid, u("20260227T100000"), u("20260227T103000"),
           "SUMMARY:Erstgespräch mit Nordhafen Snacks | Kofi Mensah-Bauer",
           org("no-reply@teamtailor.com", "Nordhafen Snacks"), att(ME, ME_CN),
           att("greta.lamprecht@nordhafen-snacks.de", "Greta Lamprecht"),
           T("DESCRIPTION", "Hi Kofi,", "", "schön, dass es klappt! Greta Lamprecht aus unserem People-Team ruft "
             "dich für ein erstes Kennenlernen zur Position Senior Supply Planner an (ca. 30 Min.).", "",
             "Nordhafen Snacks · Bremen · careers.nordhafen-snacks.de"),
           "LOCATION:Telefon – wir rufen dich an")
    return Ev("teamtailor-de", cal(e, prodid="-//Teamtailor//Interview//EN"), uid, 1, "Nordhafen Snacks",
              "Senior Supply Planner", "recruiter_screen", "greta.lamprecht@nordhafen-snacks.de", "teamtailor-du-de")


def haselberg_final() -> Ev:
    uid = "personio-3318-interview-90177@haselberg.jobs.personio.de"
    e = ev(uid, b("20260316T130000"), b("20260316T160000"),
           "SUMMARY:Finales Gespräch vor Ort: Teamleitung S&OP (m/w/d) - Kofi Mensah-Bauer",
           org("noreply@haselberg.jobs.personio.de", "Haselberg Süßwaren GmbH"),
           att("c.wendt@haselberg.de", "Christine Wendt"), att("u.haselberg@haselberg.de", "Ulrich Haselberg"),
           att(ME, ME_CN),
           T("DESCRIPTION", "Hallo Kofi,", "", "wir freuen uns, Sie zum finalen Gespräch in Aachen begrüßen zu "
             "dürfen. Teilnehmer: Ulrich Haselberg (Geschäftsführer), Christine Wendt (Leitung Supply Chain).",
             "Ihre Reisekosten erstatten wir gerne."),
           "LOCATION:Haselberg Süßwaren GmbH\\, Trierer Str. 201\\, 52078 Aachen")
    return Ev("personio-final-de", cal(e, prodid="-//Personio GmbH//Personio Recruiting//DE",
                                       tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Haselberg Süßwaren", "Teamleitung S&OP (m/w/d)", "final",
              "c.wendt@haselberg.de;u.haselberg@haselberg.de", "personio-final-de")


def workplace_gmx() -> Ev:
    uid = "20260305-pfalzmuehle-gespraech-kmb"
    e = ev(uid, b("20260311T150000"), b("20260311T160000"),
           "SUMMARY:Gespräch Pfalzmühle – Stelle Produktionsplanung",
           org("werner.kuhn@gmx.de", "Werner Kuhn"), att(ME, ME_CN), att("werner.kuhn@gmx.de", "Werner Kuhn",
                                                                        ps="ACCEPTED", rsvp=None),
           T("DESCRIPTION", "Hallo Herr Mensah-Bauer,", "ich schicke die Einladung privat, da unser Firmenkalender "
             "gerade umgestellt wird. Wir sprechen über die Stelle Leitung Produktionsplanung bei der Pfalzmühle "
             "Kuhn GmbH in Speyer. Ich bin der Inhaber.", "Gruß W. Kuhn"),
           "LOCATION:Pfalzmühle\\, Speyer")
    return Ev("freemail-owner-de", cal(e, prodid="-//1&1 Mail & Media GmbH//GMX Kalender//DE",
                                       tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Pfalzmühle Kuhn", "Leitung Produktionsplanung", "hiring_manager", "werner.kuhn@gmx.de",
              "freemail-owner-de")


def events() -> list[Ev]:
    return [personio(), outlook_utc1(), softgarden_phone(), successfactors(), agency_alpquell(), thunderbird_terse(),
            google_direct(), assessment_recurring(), reschedule(), allday_vienna(), bookings(), webex_oda(),
            havelland_phone(), workday_de(), nordhafen_teamtailor(), haselberg_final(), workplace_gmx()]
