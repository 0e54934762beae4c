"""holdout9: Noa Bergmann's own interviews written in German (ATS, headhunters, hand-typed, Outlook, Personio)."""

from __future__ import annotations

from holdout9_boiler import google_footer, gotomeeting, meet, teams, webex, zoom
from holdout9_ics import Ev, me_private, me_work, org, p, resource, room

EVENTS: list[Ev] = [
    Ev(
        kind="personio-hr", lang="de", producer="personio", tz="berlin",
        summary="Erstgespräch | Teamleitung Disposition (m/w/d) | Hallberg Logistik GmbH",
        start="20260303T100000", end="20260303T103000",
        organizer=org("recruiting@hallberg-logistik.de", "Hallberg Logistik Recruiting"),
        attendees=[me_private(), p("katrin.wolters@hallberg-logistik.de", "Katrin Wolters")],
        location="Telefon – wir rufen Sie an",
        description=(
            "Guten Tag Frau Bergmann,\n\nvielen Dank für Ihre Bewerbung als Teamleitung Disposition (m/w/d) an "
            "unserem Standort Kornwestheim. Wie besprochen bestätigen wir Ihnen hiermit das telefonische "
            "Erstgespräch mit Katrin Wolters (HR Business Partner).\n\nDauer: ca. 30 Minuten\n\n"
            "Bitte halten Sie Ihre Gehaltsvorstellung und Ihre Kündigungsfrist bereit.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Hallberg Logistik GmbH\n\n"
            "Diese Einladung wurde über Personio versendet."
        ),
        is_interview=True, company="Hallberg Logistik", role_label="Teamleitung Disposition",
        stage="recruiter_screen", interviewers=["katrin.wolters@hallberg-logistik.de"], trap="hr first call",
    ),
    Ev(
        kind="outlook-case", lang="de", producer="outlook", tz="win-weu",
        summary="Fallstudie / Case Interview – Senior Supply Chain Planner",
        start="20260310T140000", end="20260310T153000",
        organizer=org("tobias.renner@kaltenbach-antriebe.de", "Renner, Tobias"),
        attendees=[
            me_private(),
            p("tobias.renner@kaltenbach-antriebe.de", "Renner, Tobias", partstat="ACCEPTED"),
            p("sabine.oettinger@kaltenbach-antriebe.de", "Öttinger, Sabine"),
        ],
        location="Microsoft Teams-Besprechung",
        description=(
            "Hallo Frau Bergmann,\n\nwie angekündigt senden wir Ihnen die Unterlagen zur Fallstudie 24 Stunden "
            "vorher per Mail. Sie präsentieren uns Ihre Lösung (ca. 20 Min.), danach diskutieren wir gemeinsam.\n\n"
            "Viele Grüße\nTobias Renner\nLeiter Materialwirtschaft\nKaltenbach Antriebstechnik GmbH & Co. KG\n\n"
            + teams("de", "372 118 904 552", "Gq7Wz2")
        ),
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "CLASS:PUBLIC", "PRIORITY:5"],
        is_interview=True, company="Kaltenbach Antriebstechnik", role_label="Senior Supply Chain Planner",
        stage="technical",
        interviewers=["tobias.renner@kaltenbach-antriebe.de", "sabine.oettinger@kaltenbach-antriebe.de"],
        trap="case interview",
    ),
    Ev(
        kind="handtyped-werk", lang="de", producer="ios", tz="berlin",
        summary="Brenner&Voss Werksbesichtigung + 2. Gespräch",
        start="20260318T090000", end="20260318T130000",
        location="Brenner & Voss Maschinenbau\nIndustriestraße 14\n73033 Göppingen\nDeutschland",
        description="Pförtner Tor 2, nach Hr. Lindner fragen. Ausweis mitnehmen! Sicherheitsschuhe werden gestellt",
        extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
               "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H30M", "END:VALARM"],
        calname="Privat",
        is_interview=True, company="Brenner & Voss Maschinenbau", stage="onsite", trap="hand-typed plant visit",
    ),
    Ev(
        kind="headhunter-client", lang="de", producer="outlook", tz="win-utc1",
        summary="Telefoninterview: Leitung Werkslogistik (Mandant: Oberland Fahrzeugteile)",
        start="20260305T173000", end="20260305T181500",
        organizer=org("m.lenz@kramer-lenz.de", "Lenz, Markus"),
        attendees=[me_private()],
        location="Telefon: +49 711 2555 310",
        description=(
            "Liebe Frau Bergmann,\n\nvielen Dank für Ihr Interesse. Gerne möchte ich mit Ihnen die Position "
            "Leitung Werkslogistik bei unserem Mandanten, der Oberland Fahrzeugteile GmbH in Memmingen, "
            "ausführlich besprechen – Ihren Werdegang, Ihre Motivation und Ihre Rahmenbedingungen.\n\n"
            "Ich rufe Sie zur vereinbarten Zeit an.\n\nBeste Grüße\nMarkus Lenz\nPartner\n"
            "Kramer & Lenz Personalberatung GmbH"
        ),
        is_interview=True, company="Oberland Fahrzeugteile", role_label="Leitung Werkslogistik",
        stage="recruiter_screen", interviewers=["m.lenz@kramer-lenz.de"], trap="headhunter names client",
    ),
    Ev(
        kind="kennenlernen", lang="de", producer="google", tz="berlin",
        summary="Kennenlerngespräch Noa Bergmann <> Stellwerk Mobility",
        start="20260309T113000", end="20260309T120000",
        organizer=org("jannik@stellwerk-mobility.de", "Jannik Albers"),
        attendees=[p("jannik@stellwerk-mobility.de", "Jannik Albers", partstat="ACCEPTED"), me_private()],
        description=(
            "Hi Noa, freu mich auf unser erstes Gespräch! Ich erzähl dir was zu Stellwerk und der Rolle "
            "Head of Operations, und du mir was zu dir.\n\n" + meet("qxo-rkdt-fub", "de") + google_footer(
                "jannik@stellwerk-mobility.de", "de")
        ),
        location="https://meet.google.com/qxo-rkdt-fub",
        is_interview=True, company="Stellwerk Mobility", role_label="Head of Operations",
        stage="recruiter_screen", interviewers=["jannik@stellwerk-mobility.de"], trap="kennenlerngespraech",
    ),
    Ev(
        kind="successfactors-panel", lang="de", producer="successfactors", tz="berlin",
        summary="Vorstellungsgespräch – Referenz-Nr. 48812 – Produktionsplanerin / Produktionsplaner",
        start="20260317T100000", end="20260317T113000",
        organizer=org("noreply@successfactors.eu", "Lindqvist Pharma Recruiting"),
        attendees=[
            me_private(),
            p("henrike.maass@lindqvist-pharma.com", "Henrike Maaß"),
            p("oliver.brandt@lindqvist-pharma.com", "Oliver Brandt"),
            p("gerd.vollmer@lindqvist-pharma.com", "Gerd Vollmer (Betriebsrat)"),
            room("raum-rhein-2og@lindqvist-pharma.com", "MA Bau 4 – Besprechungsraum Rhein (2. OG)"),
        ],
        location="Lindqvist Pharma GmbH, Werk Mannheim, Bau 4, Besprechungsraum Rhein",
        description=(
            "Sehr geehrte Frau Bergmann,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch "
            "für die Position Produktionsplanerin / Produktionsplaner (Ref. 48812) einzuladen.\n\n"
            "Ihre Gesprächspartner:\n- Henrike Maaß, Leiterin Produktionsplanung\n- Oliver Brandt, HR\n"
            "- Gerd Vollmer, Betriebsrat\n\nBitte melden Sie sich 10 Minuten vorher am Empfang Tor 1.\n"
            "Reisekosten werden nach unserer Reisekostenrichtlinie erstattet.\n\n"
            "Mit freundlichen Grüßen\nTalent Acquisition DACH"
        ),
        is_interview=True, company="Lindqvist Pharma", role_label="Produktionsplaner",
        stage="onsite",
        interviewers=["henrike.maass@lindqvist-pharma.com", "oliver.brandt@lindqvist-pharma.com",
                      "gerd.vollmer@lindqvist-pharma.com"],
        trap="panel with works council",
    ),
    Ev(
        kind="softgarden-ac", lang="de", producer="softgarden", tz="allday",
        summary="Assessment Center Nordhafen Distribution – Nachwuchsführungskräfte Logistik",
        start="20260324", end="20260325",
        organizer=org("jobs@nordhafen-distribution.de", "Nordhafen Distribution Karriere"),
        attendees=[me_private()],
        location="Nordhafen Distribution GmbH, Am Kaiserkai 60, 20457 Hamburg",
        description=(
            "Liebe Bewerberin,\n\nherzlichen Glückwunsch – Sie haben die nächste Runde erreicht! Wir laden Sie "
            "zu unserem eintägigen Assessment Center ein (Beginn 8:30 Uhr, Ende ca. 17:00 Uhr).\n\nAblauf:\n"
            "• Gruppendiskussion\n• Postkorbübung\n• Präsentation einer Fallstudie\n• Einzelinterview mit "
            "der Bereichsleitung\n\nFür Verpflegung ist gesorgt. Mit freundlichen Grüßen\n"
            "Ihr Nordhafen-Recruiting\n\n-- powered by softgarden"
        ),
        is_interview=True, company="Nordhafen Distribution", stage="onsite", trap="assessment centre all-day",
    ),
    Ev(
        kind="probearbeit", lang="de", producer="apple", tz="floating",
        summary="Probearbeit Fürstenberg – Schichtbeginn",
        start="20260326T060000", end="20260326T140000",
        location="Fürstenberg Verpackungen, Werk 2, Schorndorf",
        description=(
            "Probearbeitstag als Schichtleitung Produktion. Frühschicht, Treffpunkt Meisterbüro Halle C bei "
            "Herrn Gündoğan. Arbeitskleidung wird gestellt."
        ),
        calname="Noa privat",
        is_interview=True, company="Fürstenberg Verpackungen", role_label="Schichtleitung Produktion",
        stage="onsite", trap="trial day floating",
    ),
    Ev(
        kind="quick-sync-hm", lang="de", producer="google", tz="berlin",
        summary="Kurzer Austausch Noa / Felix",
        start="20260312T080000", end="20260312T083000",
        organizer=org("felix.hartung@moosbach-elektronik.de", "Felix Hartung"),
        attendees=[p("felix.hartung@moosbach-elektronik.de", "Felix Hartung", partstat="ACCEPTED"), me_private()],
        description=(
            "Hallo Frau Bergmann, wie mit Frau Kunz aus dem Recruiting besprochen, würde ich Sie gern vor dem "
            "Werkstermin kurz selbst kennenlernen – ich leite den Einkauf und die Stelle Strategische "
            "Einkäuferin wäre direkt bei mir angesiedelt.\n\n" + meet("ajh-pwze-kkr", "de")
            + google_footer("felix.hartung@moosbach-elektronik.de", "de")
        ),
        location="https://meet.google.com/ajh-pwze-kkr",
        is_interview=True, company="Moosbach Elektronik", role_label="Strategische Einkäuferin",
        stage="hiring_manager", interviewers=["felix.hartung@moosbach-elektronik.de"], trap="quick sync is interview",
    ),
    Ev(
        kind="rexx-zweit", lang="de", producer="rexx", tz="berlin",
        summary="Einladung zum Zweitgespräch: Bereichsleiter/in Supply Chain Management",
        start="20260331T130000", end="20260331T150000",
        organizer=org("bewerbung@schwarzwald-praezision.de", "Schwarzwald Präzision Personalabteilung"),
        attendees=[
            me_private(),
            p("dr.uwe.fehrenbach@schwarzwald-praezision.de", "Dr. Uwe Fehrenbach"),
            p("anja.kienzler@schwarzwald-praezision.de", "Anja Kienzler"),
        ],
        location="Schwarzwald Präzision AG, Vöhrenbacher Str. 80, 78050 Villingen-Schwenningen, Raum Feldberg",
        description=(
            "Sehr geehrte Frau Bergmann,\n\nnach dem positiven Erstgespräch möchten wir Sie gerne zu einem "
            "abschließenden Zweitgespräch mit unserem Vorstand Operations, Herrn Dr. Uwe Fehrenbach, sowie "
            "Frau Anja Kienzler "
            "(Leitung Personal) einladen. Im Anschluss ist ein kurzer Rundgang durch die Fertigung geplant.\n\n"
            "Bitte bestätigen Sie den Termin über den Link in unserer E-Mail.\n\nrexx Recruitment"
        ),
        is_interview=True, company="Schwarzwald Präzision", role_label="Bereichsleiter Supply Chain Management",
        stage="final",
        interviewers=["dr.uwe.fehrenbach@schwarzwald-praezision.de", "anja.kienzler@schwarzwald-praezision.de"],
        trap="second round with board",
    ),
    Ev(
        kind="dvinci-video", lang="de", producer="dvinci", tz="berlin",
        summary="Video-Interview Albrecht Medizintechnik",
        start="20260313T150000", end="20260313T154500",
        organizer=org("karriere@albrecht-medtech.de", "Albrecht Medizintechnik – Karriere"),
        attendees=[me_private(), p("lukas.wendt@albrecht-medtech.de", "Lukas Wendt")],
        description=(
            "Guten Tag Frau Bergmann,\n\nhiermit bestätigen wir Ihr Video-Interview für die Stelle "
            "\"Demand Planner (w/m/d) Tuttlingen\" (Kennziffer AM-2026-117).\n\nIhr Gesprächspartner: Lukas Wendt, "
            "Teamlead Demand & Supply Planning (Ihre künftige Führungskraft)\n\n" + webex("de", "2741 556 0983")
            + "\n\nFreundliche Grüße\nAlbrecht Medizintechnik GmbH\n(versendet mit d.vinci)"
        ),
        location="Webex",
        is_interview=True, company="Albrecht Medizintechnik", role_label="Demand Planner", stage="hiring_manager",
        interviewers=["lukas.wendt@albrecht-medtech.de"], trap="ats video interview",
    ),
    Ev(
        kind="terse-tel", lang="de", producer="google-export", tz="floating", x_wr_tz="Europe/Berlin",
        summary="Tel. Rheintal Chemie (Fr. Yilmaz) – Disponentin",
        start="20260304T160000", end="20260304T163000",
        calname="noa.bergmann@posteo.de",
        is_interview=True, company="Rheintal Chemie", role_label="Disponentin", stage="recruiter_screen",
        trap="terse hand-typed phone screen",
    ),
    Ev(
        kind="stepstone-termin", lang="de", producer="stepstone", tz="berlin",
        summary="Ihr Vorstellungsgespräch bei Greifenau Kunststofftechnik",
        start="20260319T110000", end="20260319T120000",
        organizer=org("termine@stepstone.de", "StepStone Terminservice"),
        attendees=[me_private(), p("p.hoffmann@greifenau-kunststoff.de", "Petra Hoffmann")],
        location="Greifenau Kunststofftechnik GmbH, Im Letten 3, 72202 Nagold",
        description=(
            "Hallo Noa Bergmann,\n\nPetra Hoffmann (Greifenau Kunststofftechnik GmbH) hat Ihren Terminvorschlag "
            "angenommen.\n\nStelle: Logistikleiter (m/w/d)\nArt: Persönliches Gespräch vor Ort\n\n"
            "Viel Erfolg wünscht Ihnen\nIhr StepStone Team\n\nSie erhalten diese Nachricht, weil Sie sich über "
            "StepStone beworben haben."
        ),
        is_interview=True, company="Greifenau Kunststofftechnik", role_label="Logistikleiter",
        interviewers=["p.hoffmann@greifenau-kunststoff.de"], trap="job board as organizer",
    ),
    Ev(
        kind="internal-transfer", lang="de", producer="outlook", tz="win-weu",
        summary="Gespräch interne Bewerbung Leitung Werkslogistik Ludwigsburg",
        start="20260320T093000", end="20260320T103000",
        organizer=org("ralf.eberle@tessaro-werke.de", "Eberle, Ralf"),
        attendees=[
            p("ralf.eberle@tessaro-werke.de", "Eberle, Ralf", partstat="ACCEPTED"),
            me_work("NEEDS-ACTION"),
            p("hr-interne-stellen@tessaro-werke.de", "Tessaro HR Interne Stellenbesetzung", role="OPT-PARTICIPANT"),
            p("miriam.sautter@tessaro-werke.de", "Sautter, Miriam"),
            room("lb-konf-3@tessaro-werke.de", "LB Werk 3 Konferenzraum Neckar (12 P)"),
        ],
        location="LB Werk 3 Konferenzraum Neckar (12 P)",
        description=(
            "Hallo Noa,\n\nvielen Dank für deine interne Bewerbung auf die Stelle Leitung Werkslogistik am Standort "
            "Ludwigsburg. Miriam (Werkleitung LB) und ich möchten gern mit dir über deine Vorstellungen sprechen. "
            "HR ist optional dabei.\n\nGruß\nRalf\n\n" + teams("de", "318 904 227 615", "u3Bh9T")
        ),
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"],
        is_interview=True, company="Tessaro Werke", role_label="Leitung Werkslogistik",
        interviewers=["ralf.eberle@tessaro-werke.de", "miriam.sautter@tessaro-werke.de"],
        trap="internal transfer at own employer",
    ),
    Ev(
        kind="founder-gmx", lang="de", producer="thunderbird", tz="berlin",
        summary="Gespräch Operations-Leitung Kessler Agrar",
        start="20260306T170000", end="20260306T180000",
        organizer=org("h.kessler@gmx.de", "Heinrich Kessler"),
        attendees=[p("h.kessler@gmx.de", "Heinrich Kessler", partstat="ACCEPTED"), me_private()],
        location="Hofladen Kessler, Gärtnerweg 2, 71384 Weinstadt",
        description=(
            "Liebe Frau Bergmann,\nwie am Telefon besprochen treffen wir uns bei uns auf dem Hof. Meine Tochter "
            "Clara (Geschäftsführung) ist auch dabei. Wir suchen jemanden, der unsere Logistik und den "
            "Versand für Kessler Agrar aufbaut.\nHerzliche Grüße, H. Kessler"
        ),
        is_interview=True, company="Kessler Agrar", role_label="Operations-Leitung",
        interviewers=["h.kessler@gmx.de"], trap="founder on free-mail",
    ),
    Ev(
        kind="teams-fach", lang="de", producer="owa", tz="win-weu",
        summary="Fachinterview S&OP – Runde 2",
        start="20260325T080000", end="20260325T090000",
        organizer=org("recruiting@ventura-foods.de", "Recruiting Ventura Foods"),
        attendees=[
            me_private(),
            p("aylin.demir@ventura-foods.de", "Demir, Aylin"),
            p("stefan.roth@ventura-foods.de", "Roth, Stefan"),
            p("recruiting@ventura-foods.de", "Recruiting Ventura Foods", role="OPT-PARTICIPANT"),
        ],
        location="Microsoft Teams Meeting",
        description=(
            "Sehr geehrte Frau Bergmann,\n\nim Fachinterview für die Position S&OP Managerin gehen Aylin Demir "
            "(Head of Supply Planning) und Stefan Roth (Demand Planning Lead) mit Ihnen konkrete Fragen zu "
            "Prognosegüte, Bestandssteuerung und Ihrem Umgang mit SAP IBP durch.\n\nBeste Grüße\n"
            "Jasmin Fuchs, Talent Acquisition\nVentura Foods Deutschland GmbH\n\n"
            + teams("de", "391 552 680 114", "Fc8sQm")
        ),
        is_interview=True, company="Ventura Foods", role_label="S&OP Managerin", stage="technical",
        interviewers=["aylin.demir@ventura-foods.de", "stefan.roth@ventura-foods.de"],
        trap="coordinator mailbox as attendee",
    ),
    Ev(
        kind="cancelled-de", lang="de", producer="personio", tz="berlin", status="CANCELLED", sequence=2,
        summary="Abgesagt: Vorstellungsgespräch Einkäuferin – Moosbach Elektronik",
        start="20260323T100000", end="20260323T110000",
        organizer=org("jobs@moosbach-elektronik.de", "Moosbach Elektronik Jobs"),
        attendees=[me_private(), p("felix.hartung@moosbach-elektronik.de", "Felix Hartung")],
        description="Dieser Termin wurde abgesagt. Wir melden uns zeitnah mit einem neuen Terminvorschlag.",
        is_interview=True, company="Moosbach Elektronik", role_label="Einkäuferin",
        interviewers=["felix.hartung@moosbach-elektronik.de"], trap="cancelled",
    ),
    Ev(
        kind="agency-teams", lang="de", producer="outlook", tz="win-utc1",
        summary="Interview Greifenau/Bergmann – vorbereitet durch Talentbrücke",
        start="20260311T150000", end="20260311T160000",
        organizer=org("sophie.kraus@talentbruecke.de", "Kraus, Sophie"),
        attendees=[
            me_private(),
            p("t.greifenau@greifenau-kunststoff.de", "Greifenau, Thomas"),
        ],
        location="Microsoft Teams-Besprechung",
        description=(
            "Liebe Frau Bergmann, lieber Herr Greifenau,\n\nwie telefonisch abgestimmt lade ich Sie zum ersten "
            "Gespräch zur Position Werkleiter (m/w/d) in Nagold ein. Ich selbst nehme nicht teil.\n\n"
            "Viele Grüße\nSophie Kraus | Talentbrücke Personalvermittlung\n\n"
            + teams("de", "344 210 998 017", "pP4xk9")
        ),
        is_interview=True, company="Greifenau Kunststofftechnik", role_label="Werkleiter",
        interviewers=["t.greifenau@greifenau-kunststoff.de"], trap="agency organizer not interviewer",
    ),
    Ev(
        kind="ac-gruppe", lang="de", producer="workday", tz="berlin",
        summary="Gruppenassessment – Leitung Werkslogistik (Ref. OF-0392)",
        start="20260402T083000", end="20260402T163000",
        organizer=org("oberland@myworkday.com", "Oberland Fahrzeugteile GmbH"),
        attendees=[me_private()],
        location="Oberland Fahrzeugteile, Schulungszentrum, Allgäuer Ring 9, 87700 Memmingen",
        description=(
            "Sie sind zum Gruppenassessment für die Stelle Leitung Werkslogistik eingeladen. Bitte beachten Sie "
            "den Ablaufplan im Anhang. Es erwarten Sie Gruppenübungen, ein Rollenspiel und ein Interview mit "
            "Geschäftsführung und Betriebsrat.\n\nDiese Nachricht wurde von Workday generiert. Bitte nicht "
            "antworten."
        ),
        is_interview=True, company="Oberland Fahrzeugteile", role_label="Leitung Werkslogistik", stage="onsite",
        trap="group assessment title mismatch",
    ),
    Ev(
        kind="zoom-final", lang="de", producer="zoom", tz="berlin",
        summary="Abschlussgespräch Stellwerk Mobility (Geschäftsführung)",
        start="20260407T160000", end="20260407T170000",
        organizer=org("jannik@stellwerk-mobility.de", "Jannik Albers"),
        attendees=[me_private(), p("mareike@stellwerk-mobility.de", "Mareike Sander")],
        description="Letzte Runde mit Mareike (CEO) und mir.\n\n" + zoom("de", "845 2261 9930", "Wx7kqLm3P"),
        location="https://us06web.zoom.us/j/84522619930",
        is_interview=True, company="Stellwerk Mobility", role_label="Head of Operations", stage="final",
        interviewers=["jannik@stellwerk-mobility.de", "mareike@stellwerk-mobility.de"],
        trap="zoom export organizer listed only as organizer",
    ),
    Ev(
        kind="goto-vorab", lang="de", producer="gotomeeting", tz="win-bare",
        summary="Vorabinterview Teamleitung Warehouse – Nordhafen",
        start="20260302T123000", end="20260302T131500",
        organizer=org("lena.petersen@nordhafen-distribution.de", "Lena Petersen"),
        attendees=[me_private()],
        description=(
            "Moin Frau Bergmann,\nanbei die Einwahldaten für unser Vorabinterview.\n\n" + gotomeeting("615-302-781")
            + "\n\nLena Petersen\nRecruiterin"
        ),
        is_interview=True, company="Nordhafen Distribution", role_label="Teamleitung Warehouse",
        stage="recruiter_screen", interviewers=["lena.petersen@nordhafen-distribution.de"],
        trap="windows zone without vtimezone",
    ),
    Ev(
        kind="werksrundgang-hm", lang="de", producer="google", tz="berlin",
        summary="Termin Werksleitung Rheintal Chemie – Frau Bergmann",
        start="20260414T100000", end="20260414T120000",
        organizer=org("werner.baum@rheintal-chemie.de", "Werner Baum"),
        attendees=[
            p("werner.baum@rheintal-chemie.de", "Werner Baum", partstat="ACCEPTED"), me_private(),
            resource("pkw-gaeste@rheintal-chemie.de", "Gästeparkplatz P3"),
        ],
        location="Rheintal Chemie AG, Werk Grenzach, Emil-Barell-Str. 5, 79639 Grenzach-Wyhlen",
        description=(
            "Guten Tag Frau Bergmann,\nich freue mich, Sie nach dem Telefonat mit Frau Yilmaz persönlich "
            "kennenzulernen. Ich bin der künftige Vorgesetzte der Disponentin-Stelle und zeige Ihnen im "
            "Anschluss das Tanklager.\nW. Baum, Leiter Logistik" + google_footer("werner.baum@rheintal-chemie.de", "de")
        ),
        is_interview=True, company="Rheintal Chemie", role_label="Disponentin", stage="hiring_manager",
        interviewers=["werner.baum@rheintal-chemie.de"], trap="resource attendee",
    ),
    Ev(
        kind="fw-mandant", lang="de", producer="outlook", tz="win-weu",
        summary="WG: Vorstellungsgespräch Frau Noa Bergmann – Leitung Werkslogistik",
        start="20260416T100000", end="20260416T113000",
        organizer=org("personal@oberland-fahrzeugteile.de", "Personalabteilung Oberland Fahrzeugteile"),
        attendees=[
            p("georg.wiedemann@oberland-fahrzeugteile.de", "Wiedemann, Georg", partstat="ACCEPTED"),
            p("m.lenz@kramer-lenz.de", "Lenz, Markus", role="NON-PARTICIPANT"),
            me_private(),
            room("mm-verwaltung-112@oberland-fahrzeugteile.de", "MM Verwaltung Raum 1.12"),
        ],
        location="MM Verwaltung Raum 1.12",
        description=(
            "Liebe Frau Bergmann,\nanbei wie besprochen die Einladung unseres Mandanten. Ich bin beim Gespräch "
            "nicht dabei. Viel Erfolg!\nMarkus Lenz\n\n-----Ursprünglicher Termin-----\n"
            "Von: Personalabteilung Oberland Fahrzeugteile\nGesendet: Montag, 6. April 2026 09:12\n"
            "An: Lenz, Markus; Wiedemann, Georg\nBetreff: Vorstellungsgespräch Frau Noa Bergmann – Leitung "
            "Werkslogistik\nWann: Donnerstag, 16. April 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
            "Stockholm, Wien.\nWo: Memmingen, Verwaltungsgebäude, Raum 1.12\n\nSehr geehrter Herr Lenz,\n"
            "hiermit laden wir Ihre Kandidatin zum Gespräch mit Herrn Georg Wiedemann (Geschäftsführer Technik, "
            "künftiger Vorgesetzter der Stelle) ein. Parkplätze stehen vor dem Verwaltungsgebäude zur Verfügung."
        ),
        extra=[
            "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Liebe Frau Bergmann\\, anbei wie besprochen die "
            "Einladung unseres Mandanten.</p></body></html>",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        ],
        is_interview=True, company="Oberland Fahrzeugteile", role_label="Leitung Werkslogistik",
        stage="hiring_manager", interviewers=["georg.wiedemann@oberland-fahrzeugteile.de"],
        trap="forwarded invite via headhunter",
    ),
]
