"""holdout10: Malik Osei's own job interviews written in German (Vienna, Munich, Zurich employers)."""

from __future__ import annotations

from datetime import date

from holdout10ev_boiler import google_footer, meet, teams, webex, zoom
from holdout10ev_ics import ME_PRIVATE, ME_WORK, Ev, Override, P


def _me(partstat: str = "NEEDS-ACTION") -> P:
    return P("Malik Osei", ME_PRIVATE, partstat=partstat)


def events() -> list[Ev]:
    """Given nothing, returns the German positive events with their labels."""
    out: list[Ev] = []
    jb = P("Julia Brandstätter", "julia.brandstaetter@alpenland-versicherung.at")
    out.append(Ev(
        "personio-screen", "de", "personio",
        "Kennenlerngespräch Alpenland Versicherung AG – Senior FP&A Analyst (m/w/d)", (2026, 11, 24, 9, 30), 30,
        organizer=P("Alpenland Versicherung AG via Personio", "noreply@mail.personio.de"),
        attendees=[jb, _me()],
        description="Hallo Herr Osei,\n\nvielen Dank für Ihre Bewerbung als Senior FP&A Analyst (m/w/d) in unserer "
        "Konzernplanung. Gerne möchten wir Sie in einem ersten telefonischen Kennenlerngespräch (ca. 30 Minuten) "
        "näher kennenlernen. Julia Brandstätter aus dem Talent Acquisition Team ruft Sie unter der angegebenen "
        "Nummer an.\n\nFreundliche Grüße\nIhr Recruiting-Team der Alpenland Versicherung AG\n\nDiese Einladung wurde "
        "über Personio versendet.",
        location="Telefon", is_interview=True, company="Alpenland Versicherung", role="Senior FP&A Analyst",
        stage="recruiter_screen", interviewers=[jb.email], trap="ats_sender"))
    tk = P("Krenn, Thomas", "t.krenn@donaubank.at")
    sg = P("Gruber, Sabine", "sabine.gruber@donaubank.at")
    out.append(Ev(
        "successfactors-hm", "de", "successfactors",
        "Vorstellungsgespräch: Finance Business Partner Privatkunden (Req. 40871)", (2026, 11, 26, 14, 0), 75,
        tzmode="windows",
        organizer=P("Donaubank Recruiting", "recruiting@donaubank.at"),
        attendees=[tk, sg, _me(), P("BR Am Hof 3.12 (8 Pers.)", "raum.amhof.312@donaubank.at", role="NON-PARTICIPANT",
                                      partstat="ACCEPTED", cutype="ROOM")],
        description="Sehr geehrter Herr Osei,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch für die Position "
        "Finance Business Partner Privatkunden einzuladen. Sie sprechen mit Thomas Krenn (Leiter Finanzsteuerung "
        "Privatkunden, Ihre künftige Führungskraft) und Sabine Gruber (HR Business Partner).\n\nBitte melden Sie "
        "sich am Empfang im Erdgeschoss und bringen Sie einen Lichtbildausweis mit.\n\nMit freundlichen Grüßen\n"
        "Donaubank AG – Human Resources",
        location="Donaubank Zentrale, Am Hof 4, 1010 Wien – Besprechungsraum 3.12",
        is_interview=True, company="Donaubank", role="Finance Business Partner Privatkunden",
        stage="hiring_manager", interviewers=[tk.email, sg.email], trap="room_attendee"))
    av = P("Dr. Andrea Voss", "a.voss@hollerbach-mb.de")
    out.append(Ev(
        "outlook-direct-hm", "de", "outlook", "Gespräch Teamleitung FP&A – Hollerbach / Osei", (2026, 12, 1, 16, 0),
        45, tz="Europe/Berlin", tzmode="windows", organizer=av, attendees=[_me()],
        description="Hallo Herr Osei,\n\nwie telefonisch vereinbart anbei die Einladung zu unserem Gespräch über "
        "die Teamleitung FP&A in Garching. Ich stelle Ihnen den Bereich vor, und Sie erzählen mir von Ihren "
        "Erfahrungen im Versicherungscontrolling.\n\nBeste Grüße\nAndrea Voss\nCFO, Hollerbach Maschinenbau GmbH\n\n"
        + teams("de", "h10-hollerbach"),
        location="Microsoft Teams-Besprechung", is_interview=True, company="Hollerbach Maschinenbau",
        role="Teamleitung FP&A", stage="hiring_manager", interviewers=[av.email], trap="direct_employee"))
    lh = P("Lena Hofbauer", "lena.hofbauer@klarbau.de")
    out.append(Ev(
        "softgarden-phone", "de", "softgarden", "Telefoninterview | Klarbau GmbH | Finance Manager FP&A (m/w/d)",
        (2026, 11, 25, 11, 0), 30, tz="Europe/Berlin", tzmode="utc",
        organizer=P("softgarden", "noreply@softgarden.io"), attendees=[_me(), lh],
        description="Guten Tag Malik Osei,\n\nhiermit bestätigen wir Ihren Termin für das Telefoninterview zur "
        "Stelle \"Finance Manager FP&A (m/w/d)\". Ihre Ansprechpartnerin Lena Hofbauer (People & Culture) wird Sie "
        "anrufen.\n\nTermin verschieben oder absagen: https://klarbau.softgarden.io/de/interview/8841923\n\n"
        "Ihr Klarbau Recruiting Team", is_interview=True, company="Klarbau", role="Finance Manager FP&A",
        stage="recruiter_screen", interviewers=[lh.email], trap="ats_sender"))
    me_ = P("Markus Eder", "markus.eder@isar-leasing.de")
    pl = P("Petra Lindner", "petra.lindner@isar-leasing.de")
    out.append(Ev(
        "rexx-onsite", "de", "rexx", "Einladung zum Vorstellungsgespräch – Referent Konzerncontrolling (m/w/d)",
        (2026, 12, 3, 10, 0), 90, tz="Europe/Berlin",
        organizer=P("Isar Leasing GmbH Bewerbermanagement", "no-reply@isar-leasing.rexx-recruitment.com"),
        attendees=[_me(), me_, pl],
        description="Sehr geehrter Herr Osei,\n\nwir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch "
        "in unsere Zentrale ein. Gesprächspartner: Markus Eder (Abteilungsleiter Konzerncontrolling) und Petra "
        "Lindner (Personalreferentin).\n\nAdresse: Leopoldstraße 208, 80804 München, 5. OG\n\nBitte bestätigen Sie "
        "den Termin über das Bewerberportal.", location="Leopoldstraße 208, 80804 München",
        is_interview=True, company="Isar Leasing", role="Referent Konzerncontrolling", stage="hiring_manager",
        interviewers=[me_.email, pl.email], trap="ats_subdomain"))
    panel = [P("Dr. Katrin Seidl", "katrin.seidl@lea-bayern.de"), P("Florian Hartl", "florian.hartl@lea-bayern.de"),
             P("Monika Baur (Personalrat)", "personalrat@lea-bayern.de"),
             P("Gleichstellungsbeauftragte", "gleichstellung@lea-bayern.de")]
    out.append(Ev(
        "dvinci-public-panel", "de", "dvinci",
        "Auswahlgespräch Sachgebietsleitung Finanzen und Controlling (E 13 TV-L), Kennziffer 2026-117",
        (2026, 12, 9, 9, 0), 60, tz="Europe/Berlin", tzmode="olson",
        organizer=P("Landesenergieagentur Bayern – Personalstelle", "bewerbung@lea-bayern.dvinci-hr.com"),
        attendees=[_me(), *panel],
        description="Sehr geehrter Herr Osei,\n\nnach Sichtung der Unterlagen möchten wir Sie zu einem "
        "strukturierten Auswahlgespräch einladen. Der Auswahlkommission gehören die Abteilungsleiterin Zentrale "
        "Dienste, Dr. Katrin Seidl, der Referent Haushalt, Florian Hartl, sowie Vertreterinnen des Personalrats und "
        "der Gleichstellung an. Im Anschluss an das Gespräch bitten wir Sie um eine 10-minütige Präsentation zum "
        "Thema \"Steuerung von Fördermitteln\".\n\nOrt: Landesenergieagentur Bayern, Prinzregentenstraße 22, "
        "80538 München, Sitzungssaal 2.",
        location="Prinzregentenstraße 22, 80538 München, Sitzungssaal 2", is_interview=True,
        company="Landesenergieagentur Bayern", role="Sachgebietsleitung Finanzen und Controlling", stage="onsite",
        interviewers=[p.email for p in panel], trap="public_body_panel"))
    sp = P("Stefan Pichler", "stefan.pichler.wien@gmail.com")
    out.append(Ev(
        "founder-gmail", "de", "google", "Malik / Stefan – Finvia", (2026, 11, 27, 17, 30), 45, organizer=sp,
        attendees=[P("Stefan Pichler", sp.email, partstat="ACCEPTED"), _me()],
        description="Hi Malik,\n\nschön, dass es so schnell klappt! Wie am Telefon besprochen: ein erstes Gespräch "
        "über die Rolle als Head of Finance bei Finvia – ich erzähle dir, wo wir nach der Series A stehen, und du mir, "
        "wie du Planung und Reporting aufbauen würdest.\n\nLG Stefan (Co-Founder & CEO)\n\n"
        + meet("de", "h10-finvia") + "\n\n" + google_footer("de", sp.email),
        is_interview=True, company="Finvia", role="Head of Finance", stage="hiring_manager",
        interviewers=[sp.email], trap="founder_freemail"))
    es = P("Mag. Eva Stadler", "e.stadler@semmering-bau.at")
    out.append(Ev(
        "agency-names-employer", "de", "outlook",
        "Vorstellungsgespräch Semmering Bau AG – Senior Controller (vermittelt durch Kerner Personalberatung)",
        (2026, 12, 2, 13, 0), 60, tzmode="utcplus",
        organizer=P("Wimmer, Clara", "c.wimmer@kerner-personal.at"), attendees=[_me(), es],
        description="Lieber Herr Osei,\n\nwie besprochen hat die Semmering Bau AG Sie zu einem ersten Gespräch "
        "eingeladen. Sie treffen Frau Mag. Eva Stadler (Leiterin Finanzen) in der Unternehmenszentrale, "
        "Wiedner Gürtel 9, 1100 Wien. Ich selbst nehme nicht teil – rufen Sie mich gerne danach an.\n\n"
        "Herzliche Grüße\nClara Wimmer\nSenior Consultant, Kerner Personalberatung GmbH",
        location="Semmering Bau AG, Wiedner Gürtel 9, 1100 Wien", is_interview=True, company="Semmering Bau",
        role="Senior Controller", stage="hiring_manager", interviewers=[es.email], trap="agency"))
    out.append(Ev(
        "handtyped-phone", "de", "ios", "Erstgespräch Kahlenberg Pharma – Controller (Tel., Hr. Wieser ruft an)",
        (2026, 11, 30, 8, 45), 30, tzmode="floating",
        is_interview=True, company="Kahlenberg Pharma", role="Controller", stage="recruiter_screen",
        trap="handtyped"))
    cases = [P("Birgit Auer", "birgit.auer@auwald-energie.at"), P("Philipp Strobl", "philipp.strobl@auwald-energie.at")]
    out.append(Ev(
        "google-case", "de", "google", "Fallstudie – Senior Analyst Planung & Reporting (Auwald Energie)",
        (2026, 12, 4, 10, 0), 90, organizer=P("Birgit Auer", cases[0].email),
        attendees=[P("Birgit Auer", cases[0].email, partstat="ACCEPTED"), cases[1], _me()],
        description="Lieber Herr Osei,\n\nwie angekündigt: zweite Runde mit einer Fallstudie. Sie erhalten um 9:00 "
        "einen Datensatz (Mehrjahresplanung eines Netzbetreibers) per Mail und präsentieren uns ab 10:00 Ihre "
        "Ergebnisse (ca. 20 Min.), danach Fachfragen.\n\nBirgit Auer, Leiterin Controlling\n\n"
        + meet("de", "h10-auwald") + "\n\n" + google_footer("de", cases[0].email),
        is_interview=True, company="Auwald Energie", role="Senior Analyst Planung & Reporting", stage="technical",
        interviewers=[p.email for p in cases], trap="case_study"))
    lr = [P("Reto Hürlimann", "reto.huerlimann@limmat-re.ch"), P("Sandra Gisler", "sandra.gisler@limmat-re.ch")]
    out.append(Ev(
        "workday-technical-zh", "de", "workday", "Interview Runde 2: Fachgespräch FP&A – Limmat Re",
        (2026, 12, 8, 13, 30), 60, tz="Europe/Zurich",
        organizer=P("Limmat Re Talent Acquisition", "limmatre@myworkday.com"),
        attendees=[_me(), *lr, P("Interview Scheduling Team", "interview.scheduling@limmat-re.ch",
                                 role="OPT-PARTICIPANT", partstat="ACCEPTED")],
        description="Guten Tag Herr Osei\n\nFür die Stelle \"Senior Specialist FP&A (80-100%)\" (JR-10342) laden wir "
        "Sie zur zweiten Interviewrunde ein. Im Fachgespräch mit Reto Hürlimann (Head Group Planning) und Sandra "
        "Gisler (Lead Analyst) geht es um Planungsprozesse, IFRS 17 und Ihre Excel-/SAP-Kenntnisse.\n\n"
        + zoom("de", "h10-limmat") + "\n\nFreundliche Grüsse\nLimmat Re – Talent Acquisition",
        is_interview=True, company="Limmat Re", role="Senior Specialist FP&A", stage="technical",
        interviewers=[p.email for p in lr], trap="coordinator_attendee"))
    cfo = P("Gerber, Daniel", "daniel.gerber@bankseefeld.ch")
    out.append(Ev(
        "outlook-final-zh", "de", "outlook", "Finales Gespräch – Leiter FP&A (Bank Seefeld AG)",
        (2026, 12, 15, 15, 0), 60, tz="Europe/Zurich", tzmode="utcplus",
        organizer=P("Meier, Nadine", "nadine.meier@bankseefeld.ch"),
        attendees=[_me(), cfo, P("Seefeld ZH Sitzungszimmer Zürichsee", "sz.zuerichsee@bankseefeld.ch",
                                   role="NON-PARTICIPANT", cutype="ROOM")],
        description="Grüezi Herr Osei\n\nGerne bestätige ich Ihnen das finale Gespräch mit unserem CFO Daniel "
        "Gerber. Ich habe den Termin organisiert, werde selbst aber nicht dabei sein.\n\nFreundliche Grüsse\n"
        "Nadine Meier, HR Assistentin", location="Seefeldstrasse 45, 8008 Zürich, Sitzungszimmer Zürichsee",
        is_interview=True, company="Bank Seefeld", role="Leiter FP&A", stage="final",
        interviewers=[cfo.email], trap="coordinator_organizer"))
    bl = [P("Hofer, Kerstin", "k.hofer@brenner-logistik.at"), P("Maurer, Gernot", "g.maurer@brenner-logistik.at")]
    out.append(Ev(
        "owa-hr-and-head", "de", "owa", "Bewerbungsgespräch Malik Osei – Business Partner Finance",
        (2026, 11, 23, 15, 30), 60, tzmode="windows_novt", organizer=bl[0], attendees=[bl[1], _me()],
        description="Sehr geehrter Herr Osei,\n\nvielen Dank für Ihr Interesse an Brenner Logistik. Wir freuen uns "
        "auf das Gespräch mit Ihnen; seitens Brenner nehmen Kerstin Hofer (HR) und Gernot Maurer (Head of Finance) "
        "teil.\n\n" + teams("de", "h10-brenner"),
        location="Microsoft Teams-Besprechung", is_interview=True, company="Brenner Logistik",
        role="Business Partner Finance", stage="hiring_manager", interviewers=[bl[0].email, bl[1].email],
        trap="outlook_no_vtimezone"))
    rk = P("Ramona Kofler", "ramona.kofler@wipfel-outdoor.at")
    out.append(Ev(
        "personio-cancelled", "de", "personio", "Abgesagt: Kennenlernen – Controller (m/w/d) | Wipfel Outdoor GmbH",
        (2026, 11, 26, 10, 0), 30, tz="Europe/Vienna", status="CANCELLED", method="CANCEL", sequence=1,
        organizer=P("Wipfel Outdoor Recruiting", "noreply@mail.personio.de"), attendees=[rk, _me()],
        description="Hallo Malik,\n\nleider müssen wir unser Kennenlernen absagen, da die Position intern besetzt "
        "wurde. Wir melden uns, falls sich etwas Neues ergibt.\n\nViele Grüße\nRamona Kofler",
        is_interview=True, company="Wipfel Outdoor", role="Controller", stage="recruiter_screen",
        interviewers=[rk.email], trap="cancelled"))
    cs = [P("Verena Lang", "verena.lang@carrickstein.at"), P("Oliver Pfeiffer", "oliver.pfeiffer@carrickstein.at")]
    out.append(Ev(
        "google-rescheduled", "de", "google",
        "Neuer Termin: 2. Runde Manager Finance Transformation – Carrick Stein", (2026, 12, 10, 11, 0), 60,
        sequence=2, organizer=P("Verena Lang", cs[0].email),
        attendees=[P("Verena Lang", cs[0].email, partstat="ACCEPTED"), cs[1], _me()],
        description="Lieber Herr Osei,\n\nwie telefonisch besprochen verschieben wir die zweite Runde auf "
        "Donnerstag. Sie sprechen mit mir (Partnerin, Finance Advisory) und Oliver Pfeiffer (Director).\n\n"
        "Adresse: Carrick Stein Wirtschaftsprüfung GmbH, Kärntner Ring 12, 1010 Wien\n\n"
        + google_footer("de", cs[0].email), location="Kärntner Ring 12, 1010 Wien", is_interview=True,
        company="Carrick Stein", role="Manager Finance Transformation", stage="hiring_manager",
        interviewers=[p.email for p in cs], trap="rescheduled"))
    ih = [P("Weiß, Angelika", "angelika.weiss@brennwald-versicherung.at"),
          P("Fuchs, Herbert", "herbert.fuchs@brennwald-versicherung.at")]
    out.append(Ev(
        "internal-transfer", "de", "outlook", "Interne Bewerbung – Gespräch Leitung Konzern-FP&A",
        (2026, 12, 11, 10, 0), 60, tzmode="windows", organizer=ih[0],
        attendees=[P("Osei, Malik", ME_WORK), ih[1], P("BW Wien Raum Donau 5.04", "raum.donau504@brennwald-"
                                                        "versicherung.at", role="NON-PARTICIPANT", cutype="ROOM")],
        description="Lieber Herr Osei,\n\nvielen Dank für Ihre interne Bewerbung auf die ausgeschriebene Stelle "
        "Leitung Konzern-FP&A. Gerne laden wir Sie zu einem Bewerbungsgespräch mit Herrn Fuchs (CFO) und mir ein. "
        "Das Gespräch wird vertraulich behandelt; Ihre Führungskraft ist informiert.\n\nBeste Grüße\nAngelika Weiß\n"
        "HR Business Partner Finanzen", location="Raum Donau 5.04", is_interview=True,
        company="Brennwald Versicherung", role="Leitung Konzern-FP&A", stage="hiring_manager",
        interviewers=[p.email for p in ih], trap="internal_transfer"))
    out.append(Ev(
        "apple-handtyped-address", "de", "apple", "Vorstellungsgespräch Donauhafen Immobilien – 2. Stock, Fr. Kaya",
        (2026, 12, 7, 14, 30), 60, tzmode="olson", location="Handelskai 94, 1200 Wien",
        description="Lebenslauf + Zeugnisse ausgedruckt mitnehmen. Stelle: Controller Asset Management.",
        is_interview=True, company="Donauhafen Immobilien", role="Controller Asset Management", trap="handtyped"))
    vz = [P("Nicole Baumann", "nicole.baumann@voltara.ch"), P("Luca Frei", "luca.frei@voltara.ch")]
    out.append(Ev(
        "zoom-technical", "de", "zoom", "Videointerview Voltara AG – Head of Business Finance (Fachinterview)",
        (2026, 12, 14, 9, 0), 60, tz="Europe/Zurich", organizer=vz[0], attendees=[_me(), vz[1]],
        description="Hallo Malik\n\nWie angekündigt das Fachinterview: Luca (Senior Controller) und ich gehen mit "
        "dir durch ein Business-Case-Beispiel (Ladeinfrastruktur, Capex-Planung).\n\nNicole Baumann\nVP Finance\n\n"
        + zoom("de", "h10-voltara"), location="https://us06web.zoom.us/j/88412399021",
        is_interview=True, company="Voltara", role="Head of Business Finance", stage="technical",
        interviewers=[p.email for p in vz], trap="zoom_organizer"))
    out.append(Ev(
        "assessment-allday", "de", "google", "Assessment Day Ostmark Versicherung (ganztägig, Linz)",
        date(2026, 12, 16), tzmode="xwr", organizer=P("Malik Osei", ME_PRIVATE),
        description="Einladung per Mail von Fr. Reisinger (HR): Assessment Center für die Stelle Senior Controller "
        "Schaden/Unfall. Gruppenübung, Präsentation, Interview mit Bereichsleiter. Zug 6:30 ab Wien Hbf.",
        location="Ostmark Versicherung, Hessenplatz 3, 4020 Linz", is_interview=True,
        company="Ostmark Versicherung", role="Senior Controller Schaden/Unfall", stage="onsite",
        trap="allday_xwr"))
    gf = P("Sigrid Lechner", "sigrid.lechner@gmundner-feinkost.at")
    out.append(Ev(
        "recurring-trial-days", "de", "outlook", "Hospitation Controlling – Gmundner Feinkost (Kennenlerntage)",
        (2027, 1, 12, 8, 30), 480, tzmode="windows", rrule="FREQ=DAILY;COUNT=2", organizer=gf,
        attendees=[_me()],
        override=Override((2027, 1, 13, 8, 30), (2027, 1, 14, 8, 30),
                          "Hospitation Controlling – Gmundner Feinkost (Tag 2, verschoben)"),
        description="Lieber Herr Osei,\n\nwie besprochen laden wir Sie als letzten Schritt im Auswahlprozess "
        "für die Position Leitung Controlling zu zwei Hospitationstagen ein. Sie begleiten das Team beim "
        "Monatsabschluss und sprechen mit der Geschäftsführung.\n\nSigrid Lechner, Geschäftsführerin",
        location="Gmundner Feinkost GmbH, Traunsteinstraße 5, 4810 Gmunden", is_interview=True,
        company="Gmundner Feinkost", role="Leitung Controlling", stage="final", interviewers=[gf.email],
        trap="recurring_override"))
    sk = [P("Hans Ried", "hans.ried@sparkasse-ammersee.de"), P("Sonja Ertl", "sonja.ertl@sparkasse-ammersee.de"),
          P("Michael Zach", "michael.zach@sparkasse-ammersee.de")]
    out.append(Ev(
        "bank-panel-webex", "de", "webex", "Vorstellungsgespräch Referent Gesamtbanksteuerung – Sparkasse Ammersee",
        (2026, 12, 17, 10, 30), 60, tz="Europe/Berlin", organizer=sk[1], attendees=[_me(), sk[0], sk[2]],
        description="Sehr geehrter Herr Osei,\n\nwir laden Sie zum Vorstellungsgespräch per Webex ein. Teilnehmer: "
        "Hans Ried (Bereichsleiter Gesamtbanksteuerung), Michael Zach (Teamleiter Planung) und Sonja Ertl "
        "(Personal).\n\n" + webex("de", "h10-ammersee"), is_interview=True, company="Sparkasse Ammersee",
        role="Referent Gesamtbanksteuerung", stage="hiring_manager", interviewers=[p.email for p in sk],
        trap="webex_panel"))
    nl = P("Tobias Engel", "tobias.engel@nordlicht-energy.de")
    out.append(Ev(
        "greenhouse-de", "de", "greenhouse", "Interview mit Tobias Engel (Finance) – Nordlicht Energy",
        (2026, 12, 1, 11, 0), 45, tz="Europe/Berlin", tzmode="utc",
        organizer=P("Nordlicht Energy Recruiting", "no-reply@us.greenhouse-mail.io"), attendees=[_me(), nl],
        description="Hallo Malik,\n\ndein Interview für die Position Senior FP&A Manager (m/w/d) ist bestätigt.\n\n"
        "Interviewer: Tobias Engel, Director Finance\nFormat: Fachgespräch zu Unit Economics und Forecasting\n\n"
        + meet("de", "h10-nordlicht") + "\n\nPowered by Greenhouse", is_interview=True,
        company="Nordlicht Energy", role="Senior FP&A Manager", stage="technical", interviewers=[nl.email],
        trap="ats_sender"))
    out.append(Ev(
        "terse-second-round", "de", "ios", "Alpenland 2. Runde – Fr. Brandstätter + Hr. Moser (Planung)",
        (2026, 12, 9, 15, 0), 60, tzmode="floating", location="Alpenland Versicherung, Praterstern 2, 1020 Wien",
        is_interview=True, company="Alpenland Versicherung", trap="handtyped"))
    gt = [P("Ines Wallner", "ines.wallner@kestel-medtech.at"), P("Georg Bauer", "georg.bauer@kestel-medtech.at"),
          P("Karin Mayr", "karin.mayr@kestel-medtech.at")]
    out.append(Ev(
        "goodtime-panel", "de", "goodtime", "Vor-Ort-Interviews: Finance Business Partner – Kestel Medizintechnik",
        (2026, 12, 18, 9, 0), 180, organizer=P("Kestel Medtech Talent (GoodTime)", "scheduling@kestel-medtech.at"),
        attendees=[_me(), *gt, P("Kestel Wien – Meeting Room Semmelweis", "room.semmelweis@kestel-medtech.at",
                                 role="NON-PARTICIPANT", partstat="ACCEPTED", cutype="ROOM"),
                   P("Beamer 2", "beamer2@kestel-medtech.at", role="NON-PARTICIPANT", cutype="RESOURCE")],
        description="Hallo Malik,\n\nhier dein Ablauf für die Vor-Ort-Interviews:\n09:00 – 10:00 Ines Wallner, "
        "Head of Controlling\n10:00 – 11:00 Georg Bauer, VP Operations\n11:00 – 12:00 Karin Mayr, CFO\n\nBitte "
        "melde dich am Empfang, Muthgasse 18, 1190 Wien.\n\nDieser Termin wurde mit GoodTime geplant.",
        location="Muthgasse 18, 1190 Wien", is_interview=True, company="Kestel Medizintechnik",
        role="Finance Business Partner", stage="onsite", interviewers=[p.email for p in gt],
        trap="room_resource"))
    return out
