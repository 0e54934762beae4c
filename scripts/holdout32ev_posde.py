"""holdout32: the user's own interviews, German-language events."""

from __future__ import annotations

from holdout32ev_ical import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    Entry,
    alarm,
    att,
    cal,
    ev,
    meet,
    meet_props,
    ms_extra,
    org,
    pos,
    resource,
    room,
    teams,
    webex,
    zoom,
)

W = "W. Europe Standard Time"


def entries() -> list[Entry]:
    out: list[Entry] = []
    a = out.append

    a(pos("screen-successfactors", "de", cal([ev(
        "sf-int-88213-4471@kinetik-robotics.de", "Telefoninterview: Product Owner Robotik (m/w/d) – Kinetik Robotics",
        "20261201T100000", "20261201T103000", tz="Europe/Berlin",
        desc="Sehr geehrter Herr Yılmaz,\n\nvielen Dank für Ihre Bewerbung als Product Owner Robotik (m/w/d), "
             "Req-ID 88213. Wie telefonisch besprochen, ruft Sie Frau Annika Probst (Talent Acquisition) "
             "zum vereinbarten Termin unter der von Ihnen angegebenen Nummer an.\n\nMit freundlichen Grüßen\n"
             "Ihr Recruiting-Team der Kinetik Robotics GmbH\n\nDiese Nachricht wurde automatisch von SAP "
             "SuccessFactors erzeugt.",
        loc="Telefon",
        people=[org("noreply@successfactors.eu", "Kinetik Robotics Recruiting"),
                att(ME_PRIV, "Mehmet Yılmaz"), att("annika.probst@kinetik-robotics.de", "Annika Probst")])],
        "-//SAP SE//SuccessFactors Recruiting//DE", tzs=("Europe/Berlin",)),
        "Kinetik Robotics", "Product Owner Robotik", "recruiter_screen", "annika.probst@kinetik-robotics.de"))

    a(pos("technical-outlook", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000B0C1D3A8F35DDB01000000000000000010000000A1F3",
        "Fachinterview Systems Engineer Medizintechnik – Hellwig Medizintechnik", "20261203T140000",
        "20261203T153000", lang="de-DE",
        desc="Hallo Herr Yılmaz,\n\nwie besprochen das Fachgespräch mit unserem Entwicklungsleiter Dr. Ralf Konstanzer "
             "und Svenja Maurer (Systems Engineering). Bitte bringen Sie gern ein Beispiel einer Anforderungs"
             "zerlegung aus Ihrer Praxis mit.\n\nViele Grüße\nTamara Ecker\nHR Business Partner\n"
             "Hellwig Medizintechnik GmbH | Tuttlingen\n\n" + teams("de", "MjQ2ODk0NzM5YTQ1", "Xb7tQ2"),
        loc="Microsoft Teams-Besprechung",
        people=[org("tamara.ecker@hmt-medical.de", "Ecker, Tamara"),
                att(ME_PRIV, "mehmet.yilmaz@t-online.de"),
                att("ralf.konstanzer@hmt-medical.de", "Konstanzer, Ralf Dr."),
                att("svenja.maurer@hmt-medical.de", "Maurer, Svenja")],
        extra=ms_extra() + alarm(15))], OUTLOOK),
        "Hellwig Medizintechnik", "Systems Engineer Medizintechnik", "technical",
        "ralf.konstanzer@hmt-medical.de;svenja.maurer@hmt-medical.de"))

    a(pos("hm-google", "de", cal([ev(
        "6v1q2k8r0ta4f3m9s0b7p2c5gh@google.com", "Kennenlernen Mehmet / Voltara (Head of Product)",
        "20261204T090000Z", "20261204T094500Z",
        desc="Hi Mehmet,\nschön, dass es klappt! Ich bin Leiterin Produkt bei Voltara und würde dich gern für "
             "die Rolle Product Manager Ladeinfrastruktur kennenlernen – quasi das Gespräch mit der künftigen "
             "Chefin. Ganz locker, 45 Minuten.\nLG Franziska\n\n" + meet("vqa-hgtp-wrc", "de"),
        people=[org("franziska.lenz@voltara.eu", "Franziska Lenz"),
                att("franziska.lenz@voltara.eu", "Franziska Lenz", partstat="ACCEPTED"),
                att(ME_PRIV, "mehmet.yilmaz@t-online.de")],
        extra=meet_props("vqa-hgtp-wrc"))], GOOGLE, xwr="Europe/Berlin", tzs=()),
        "Voltara", "Product Manager Ladeinfrastruktur", "hiring_manager", "franziska.lenz@voltara.eu"))

    a(pos("onsite-rooms", "de", cal([ev(
        "FA19C1E2-77B0-4B1D-8E0C-0C6B39AB1F22", "Vor-Ort-Termin: Systemingenieur Antriebe (Runde 2)",
        "20261208T093000", "20261208T130000", lang="de-DE",
        desc="Guten Tag Herr Yılmaz,\n\nhiermit lade ich Sie zum zweiten Gesprächstermin in unser Werk nach "
             "Ottobrunn ein. Ablauf:\n09:30 Empfang und Werksführung\n10:15 Gespräch mit Herrn Bernd Vollmer "
             "(Leitung Systems Engineering)\n11:15 Fallstudie mit Frau Dr. Ines Rau\n12:30 Mittagessen\n\n"
             "Bitte melden Sie sich am Empfang Tor 3. Parkplätze sind reserviert.\n\nFreundliche Grüße\n"
             "Sabine Hecht, Personalabteilung\nBavarian Drive Systems GmbH",
        loc="BDS Ottobrunn, Gebäude C, Besprechungsraum Isar",
        people=[org("sabine.hecht@bds-munich.com", "Hecht, Sabine"),
                att(ME_PRIV, "Mehmet Yılmaz"), att("bernd.vollmer@bds-munich.com", "Vollmer, Bernd"),
                att("ines.rau@bds-munich.com", "Rau, Ines Dr."),
                room("raum-isar.ottobrunn@bds-munich.com", "OTB C1.14 Isar (12)"),
                resource("beamer-07@bds-munich.com", "Beamer mobil 07")],
        extra=ms_extra())], OUTLOOK),
        "Bavarian Drive Systems", "Systemingenieur Antriebe", "onsite",
        "bernd.vollmer@bds-munich.com;ines.rau@bds-munich.com"))

    a(pos("personio-screen", "de", cal([ev(
        "personio-application-7718203-interview-1@personio.de", "Interview bei Fluxwerk GmbH",
        "20261202T161500", "20261202T164500", tz="Europe/Berlin",
        desc="Hallo Mehmet,\n\nvielen Dank für deine Bewerbung als Systems Engineer E-Antrieb. Wir freuen uns auf "
             "das erste Gespräch mit dir.\n\nDeine Gesprächspartnerin: Lea Brückner (People & Culture)\n"
             "Ort: Videocall – der Link folgt separat.\n\nBeste Grüße\nDein Fluxwerk Team\n\n"
             "Powered by Personio",
        people=[org("notifications@personio.de", "Fluxwerk GmbH"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("lea.brueckner@fluxwerk.de", "Lea Brückner")])],
        "-//Personio GmbH//Personio Recruiting//DE", tzs=("Europe/Berlin",)),
        "Fluxwerk", "Systems Engineer E-Antrieb", "recruiter_screen", "lea.brueckner@fluxwerk.de"))

    a(pos("softgarden-technical", "de", cal([ev(
        "sg-5f2a9c10-3e0b-4c6e-b2a8-91de@softgarden.io",
        "Einladung: Technisches Gespräch – Entwicklungsingenieur Exoskelett (w/m/d)",
        "20261209T110000", "20261209T120000", tz="Europe/Berlin",
        desc="Sehr geehrter Herr Yilmaz,\n\nwir laden Sie herzlich zu einem technischen Gespräch ein.\n"
             "Unternehmen: Orthokinet GmbH, Bereich Exoskelette\nTeilnehmer: Jens Albrecht (Teamleiter Mechanik), "
             "Dr. Katja Wimmer (Produktmanagement)\n\nZoom-Link:\n" + zoom("Jens Albrecht", "84129937712",
                                                                          "dWxQa2Jz", "de")
             + "\n\nDiese Einladung wurde über softgarden versendet.",
        loc="https://zoom.us/j/84129937712",
        people=[org("no-reply@softgarden.io", "Orthokinet GmbH via softgarden"), att(ME_PRIV),
                att("j.albrecht@orthokinet.com", "Jens Albrecht"), att("k.wimmer@orthokinet.com", "Katja Wimmer")])],
        "-//softgarden e-recruiting GmbH//softgarden//DE", tzs=("Europe/Berlin",)),
        "Orthokinet", "Entwicklungsingenieur Exoskelett", "technical",
        "j.albrecht@orthokinet.com;k.wimmer@orthokinet.com"))

    a(pos("terse-handtyped", "de", cal([ev(
        "C7D51E2B-0A44-4E2A-9E6D-3B7F9A0E5511", "VG Strommann – Frau Gerlach", "20261207T080000", "20261207T090000",
        tz="Europe/Berlin", desc="Tel. kommt von ihr. PM E-Mobility. Gehaltsvorstellung parat haben!",
        people=[], extra=alarm(30))], APPLE, method=None, tzs=("Europe/Berlin",)),
        "Strommann", "PM E-Mobility", "recruiter_screen", ""))

    a(pos("agency-naming", "de", cal([ev(
        "040000008200E00074C5B7101A82E008000000004F1A0E77F45DDB01000000000000000010000000C2B9",
        "Vorstellungsgespräch Schaller Antriebstechnik (über Kessler Personalberatung)",
        "20261210T150000", "20261210T160000", lang="de-DE",
        desc="Lieber Herr Yılmaz,\n\nanbei die Einladung zum Vorstellungsgespräch bei unserem Mandanten, der Schaller "
             "Antriebstechnik GmbH in Esslingen, für die Position Systems Engineer Elektromobilität. Ihr "
             "Gesprächspartner ist Herr Thomas Schaller (Technischer Geschäftsführer). Ich bin nicht dabei, "
             "melde mich aber danach bei Ihnen.\n\nBeste Grüße\nMarkus Kessler\nKessler Personalberatung",
        loc="Schaller Antriebstechnik, Fabrikstraße 14, 73728 Esslingen",
        people=[org("m.kessler@kessler-personal.de", "Markus Kessler"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("t.schaller@schaller-at.de", "Thomas Schaller")],
        extra=ms_extra())], OUTLOOK),
        "Schaller Antriebstechnik", "Systems Engineer Elektromobilität", "hiring_manager", "t.schaller@schaller-at.de"))

    a(pos("final-exchange", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000D5E8A2B8F65DDB01000000000000000010000000E7D4",
        "Finales Gespräch | Produktmanager Chirurgierobotik", "20261215T100000", "20261215T113000", lang="de-DE",
        desc="Sehr geehrter Herr Yılmaz,\n\nwir freuen uns, Sie zur finalen Gesprächsrunde einzuladen. Sie treffen "
             "unseren Geschäftsführer Herrn Dr. Clemens Aigner sowie Frau Petra Lindl (Leitung Produktmanagement).\n"
             "Adresse: Alpenmed GmbH, Lastenstraße 38, 4020 Linz – wir übernehmen die Reisekosten.\n\n"
             "Mit besten Grüßen\ni. A. Verena Hofstätter\nAssistenz der Geschäftsführung",
        loc="Alpenmed Linz, Raum Traun",
        people=[org("verena.hofstaetter@alpen-med.at", "Hofstätter Verena"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("clemens.aigner@alpen-med.at", "Aigner Clemens"), att("petra.lindl@alpen-med.at", "Lindl Petra"),
                room("traun@alpen-med.at", "Besprechungsraum Traun")],
        extra=ms_extra())], EXCHANGE, tzs=(W,)),
        "Alpenmed", "Produktmanager Chirurgierobotik", "final",
        "clemens.aigner@alpen-med.at;petra.lindl@alpen-med.at"))

    a(pos("founder-gmail", "de", cal([ev(
        "3k9d0rm2v8a6hq1j7e5tbs4n2c@google.com", "Mehmet x Gregor – Drivelane", "20261202T183000Z", "20261202T191500Z",
        desc="Servus Mehmet,\nwie am Telefon gesagt: wir suchen bei Drivelane jemanden für Produkt + Systems "
             "Engineering an unserem Lade-Roboter. Lass uns mal richtig reden, ich stell dir ein paar Fragen "
             "zu deinem Werdegang und du kannst alles zu uns fragen.\nGregor (Gründer & CEO)\n\n"
             + meet("dlr-kwpq-aze", "de"),
        people=[org("gregor.haberl.mchn@gmail.com", "Gregor Haberl"),
                att("gregor.haberl.mchn@gmail.com", "Gregor Haberl", partstat="ACCEPTED"),
                att(ME_PRIV, "Mehmet Yılmaz")],
        extra=meet_props("dlr-kwpq-aze"))], GOOGLE, xwr="Europe/Berlin", tzs=()),
        "Drivelane", "", "hiring_manager", "gregor.haberl.mchn@gmail.com"))

    a(pos("workday-de", "de", cal([ev(
        "WD-INTERVIEW-a1c77f02e9d24b3b@myworkday.com",
        "Interview: Technischer Produktmanager Robotik (R-004512) – Nordstern Robotics", "20261211T130000Z",
        "20261211T140000Z", tz=None,
        desc="Interview-Einladung\n\nKandidat: Mehmet Yılmaz\nStelle: Technischer Produktmanager Robotik "
             "(R-004512)\nInterviewer: Oliver Brandt; Nadine Krüger\nKoordination: Lisa Seidel "
             "(Recruiting Coordinator) – nimmt nicht am Gespräch teil\n\n" + teams("de", "NzQ1MjMxOTg4NjQ3", "p9Zr4K"),
        people=[org("nordstern@myworkday.com", "Nordstern Robotics Recruiting"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("oliver.brandt@nordstern-robotics.com", "Oliver Brandt"),
                att("nadine.krueger@nordstern-robotics.com", "Nadine Krüger"),
                att("lisa.seidel@nordstern-robotics.com", "Lisa Seidel", role="OPT-PARTICIPANT")])],
        "-//Workday Inc.//Workday Recruiting//EN", tzs=()),
        "Nordstern Robotics", "Technischer Produktmanager Robotik", "technical",
        "oliver.brandt@nordstern-robotics.com;nadine.krueger@nordstern-robotics.com"))

    a(pos("allday-assessment", "de", cal([ev(
        "B3F0D1A6-1E3C-47BA-9E11-4AD1C0F2E901", "Assessment Center Karrer Medizintechnik (Produktmanagement)",
        "20261216", "20261217", allday=True, tz=None,
        desc="Ganztägig in Tuttlingen, 8:30 Start. Gruppenübung, Präsentation, Einzelinterview mit "
             "Hr. Weidner (Bereichsleiter). Anzug.",
        loc="Karrer & Söhne Medizintechnik, Tuttlingen", transp="TRANSPARENT")], IOS, method=None, tzs=()),
        "Karrer & Söhne Medizintechnik", "Produktmanagement", "onsite", ""))

    a(pos("cancelled", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000071A3B2C5F75DDB01000000000000000010000000FA21",
        "Abgesagt: Zweitgespräch Systems Engineer – Elektra Fahrzeugtechnik", "20261209T140000",
        "20261209T150000", lang="de-DE", status="CANCELLED", seq=2,
        desc="Lieber Herr Yılmaz,\n\nleider muss Herr Fuchs den Termin krankheitsbedingt absagen. Ich melde mich "
             "mit einem neuen Terminvorschlag.\n\nViele Grüße\nClaudia Reiß\nElektra Fahrzeugtechnik GmbH",
        people=[org("claudia.reiss@elektra-ft.de", "Reiß, Claudia"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("dominik.fuchs@elektra-ft.de", "Fuchs, Dominik")],
        extra=ms_extra("FREE"))], OUTLOOK, method="CANCEL"),
        "Elektra Fahrzeugtechnik", "Systems Engineer", "technical", "dominik.fuchs@elektra-ft.de"))

    a(pos("rescheduled", "de", cal([ev(
        "elektra-2nd-round-neu-1209@elektra-ft.de", "Zweitgespräch Systems Engineer (neuer Termin)",
        "20261214T100000", "20261214T110000", lang="de-DE", seq=1,
        desc="Lieber Herr Yılmaz,\n\nwie besprochen der neue Termin für das Fachgespräch mit Herrn Dominik Fuchs "
             "(Teamleiter Gesamtfahrzeug-Systeme). Ich selbst bin nur zur Begrüßung kurz dabei.\n\nViele Grüße\n"
             "Claudia Reiß, Recruiting\n\n" + teams("de", "ODc2NTQzMjEwOTg3", "Fq3wUs"),
        people=[org("claudia.reiss@elektra-ft.de", "Reiß, Claudia"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("dominik.fuchs@elektra-ft.de", "Fuchs, Dominik")],
        extra=ms_extra())], OUTLOOK),
        "Elektra Fahrzeugtechnik", "Systems Engineer", "technical", "dominik.fuchs@elektra-ft.de"))

    a(pos("to-work-address", "de", cal([ev(
        "2f0c9e1b6d3a4e0f@sensomotion.ch", "Gespräch Sensomotion AG – Systems Engineer Robotik",
        "20261203T120000", "20261203T124500", tz="Europe/Zurich",
        desc="Grüezi Herr Yılmaz\n\nGerne bestätige ich unser Erstgespräch über Mittag (Sie hatten darum gebeten). "
             "Sie sprechen mit mir (Talent Acquisition) und kurz mit Reto Gisler, Head of Systems Engineering.\n\n"
             "Freundliche Grüsse\nCorinne Bühler\nSensomotion AG, Zürich\n\n" + webex("sensomotion", "25617748839",
                                                                                       "Sm3rT7x"),
        people=[org("corinne.buehler@sensomotion.ch", "Corinne Bühler"), att(ME_WORK, "Mehmet Yılmaz"),
                att("reto.gisler@sensomotion.ch", "Reto Gisler")])], OUTLOOK, tzs=("Europe/Zurich",)),
        "Sensomotion", "Systems Engineer Robotik", "recruiter_screen",
        "corinne.buehler@sensomotion.ch;reto.gisler@sensomotion.ch"))

    a(pos("kaffee-round2", "de", cal([ev(
        "5hd2v0q8n1kf7s3lrm9b6a4xeu@google.com", "Kaffee mit Jonas (NovaCharge) – 2. Runde",
        "20261211T143000", "20261211T153000", tz="Europe/Vienna",
        desc="Hallo Mehmet, nach dem Videocall letzte Woche würde ich dich gern persönlich treffen – zweite "
             "Runde für die Stelle Product Owner Charging Hardware, diesmal mit Miriam aus dem Hardware-Team. "
             "Treffpunkt Café Prückel, wir zahlen ;) Jonas",
        loc="Café Prückel, Stubenring 24, 1010 Wien",
        people=[org("jonas.pichler@novacharge.at", "Jonas Pichler"),
                att("jonas.pichler@novacharge.at", "Jonas Pichler", partstat="ACCEPTED"),
                att("miriam.kainz@novacharge.at", "Miriam Kainz"), att(ME_PRIV, "Mehmet Yılmaz")])],
        GOOGLE, xwr="Europe/Vienna", tzs=("Europe/Vienna",)),
        "NovaCharge", "Product Owner Charging Hardware", "technical",
        "jonas.pichler@novacharge.at;miriam.kainz@novacharge.at"))

    a(pos("calendly-de", "de", cal([ev(
        "c1d2a7e4-88f0-4b0f-9b62-1f5e0c2d7a33", "Mehmet Yılmaz und Katrin Oswald: Erstgespräch Roboflex",
        "20261204T073000Z", "20261204T080000Z", tz=None,
        desc="Event Name: Erstgespräch Roboflex (30 Min)\n\nGebucht über Calendly. Roboflex Automation AG, Position: "
             "Product Manager Cobots.\n\nFragen: Wann könnten Sie frühestens starten? – "
             "\"3 Monate Kündigungsfrist\"\n\n"
             "Kalender-Einladung von Calendly. Absagen oder verschieben: https://calendly.com/cancellations/c1d2a7e4",
        loc="Microsoft Teams (Link folgt per E-Mail)",
        people=[org("katrin.oswald@roboflex.ch", "Katrin Oswald"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("katrin.oswald@roboflex.ch", "Katrin Oswald", partstat="ACCEPTED")])],
        "-//Calendly//Calendly//EN", tzs=()),
        "Roboflex Automation", "Product Manager Cobots", "recruiter_screen", "katrin.oswald@roboflex.ch"))

    a(pos("panel-department", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000E3C4D5A6F85DDB01000000000000000010000000B817",
        "Auswahlgespräch Gruppenleiter Systemintegration – Zentralbereich Forschung & Vorentwicklung",
        "20261217T090000", "20261217T103000", lang="de-DE",
        desc="Sehr geehrter Herr Yılmaz,\n\nim Namen der Auswahlkommission lade ich Sie zum Gespräch ein: "
             "Prof. Dr. Harald Beck (Bereichsleiter), Anja Kuhnert (Betriebsrat), Uwe Sailer (Personal). "
             "Dauer ca. 90 Minuten inklusive Kurzpräsentation (10 Min) zu \"Systems Engineering in der "
             "Medizinrobotik\".\n\nMit freundlichen Grüßen\nZentralbereich Forschung & Vorentwicklung\n"
             "Lindqvist Medical Deutschland GmbH",
        loc="Erlangen, Allee am Röthelheimpark 4, Raum 2.117",
        people=[org("uwe.sailer@lindqvist-group.com", "Sailer, Uwe"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("harald.beck@lindqvist-group.com", "Beck, Harald Prof. Dr."),
                att("anja.kuhnert@lindqvist-group.com", "Kuhnert, Anja")],
        extra=ms_extra())], OUTLOOK),
        "Lindqvist Medical", "Gruppenleiter Systemintegration", "final",
        "harald.beck@lindqvist-group.com;anja.kuhnert@lindqvist-group.com;uwe.sailer@lindqvist-group.com"))

    a(pos("terse-phone", "de", cal([ev(
        "8E2A7C61-3B44-4F0A-A1D3-9C0B5E6F7D18", "Telefonat Helix Exo Recruiting", "20261202T113000",
        "20261202T120000", tz=None, desc="Frau Oberle ruft an, Stelle Systemingenieur (Zürich)",
        people=[])], IOS, method=None, tzs=()),
        "Helix Exo", "Systemingenieur", "recruiter_screen", ""))

    a(pos("greenhouse-de", "de", cal([ev(
        "greenhouse-interview-5510239-002@greenhouse.io", "Interview mit Axion Surgical: Fallstudie",
        "20261208T130000Z", "20261208T141500Z", tz=None,
        desc="Hallo Mehmet,\n\ndein nächstes Gespräch bei Axion Surgical für die Stelle Senior Product Manager – "
             "Surgical Robotics (Munich):\n\n13:00–14:15 Fallstudie mit Tobias Engel (Group PM) und Sarah Yoon "
             "(Systems Architect)\n\nBitte bereite eine 10-minütige Präsentation vor.\n\nBei Fragen: "
             "Ramona Ziegler, Recruiting Coordinator\n\n" + zoom("Axion Surgical", "93311045527", "YXhpb24x", "de"),
        people=[org("no-reply@greenhouse.io", "Axion Surgical"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("tobias.engel@axionsurgical.com", "Tobias Engel"),
                att("sarah.yoon@axionsurgical.com", "Sarah Yoon"),
                att("ramona.ziegler@axionsurgical.com", "Ramona Ziegler", role="NON-PARTICIPANT")])],
        "-//Greenhouse Software//Greenhouse Recruiting//EN", tzs=()),
        "Axion Surgical", "Senior Product Manager – Surgical Robotics", "technical",
        "tobias.engel@axionsurgical.com;sarah.yoon@axionsurgical.com"))

    a(pos("recurring-trial", "de", cal([ev(
        "probearbeit-orbis-2026@orbiscare.com", "Probearbeit Orbis Care Robotics (Systems Engineer)",
        "20261214T090000", "20261214T160000", tz="Europe/Berlin", rrule="FREQ=DAILY;COUNT=2",
        desc="Hallo Mehmet, wie besprochen zwei Tage Probearbeit im Team von Hanna Wolff (Teamlead Systems). "
             "Am Ende von Tag 2 Feedbackgespräch mit Hanna und Eike Bauer (CTO).",
        loc="Orbis Care Robotics, Leopoldstraße 150, München",
        people=[org("hanna.wolff@orbiscare.com", "Hanna Wolff"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("eike.bauer@orbiscare.com", "Eike Bauer")]),
        ev("probearbeit-orbis-2026@orbiscare.com", "Probearbeit Orbis Care Robotics – Tag 2 (verschoben)",
           "20261216T090000", "20261216T170000", tz="Europe/Berlin", recid="20261215T090000", seq=1,
           desc="Tag 2 auf Mittwoch verschoben, Feedbackgespräch mit Hanna und Eike um 16 Uhr.",
           loc="Orbis Care Robotics, Leopoldstraße 150, München",
           people=[org("hanna.wolff@orbiscare.com", "Hanna Wolff"), att(ME_PRIV, "Mehmet Yılmaz"),
                   att("eike.bauer@orbiscare.com", "Eike Bauer")])],
        GOOGLE, tzs=("Europe/Berlin",), xwr="Europe/Berlin"),
        "Orbis Care Robotics", "Systems Engineer", "onsite", "hanna.wolff@orbiscare.com;eike.bauer@orbiscare.com"))

    a(pos("floating-handtyped", "de", cal([ev(
        "0D9F3E55-4A21-4B6B-8F2A-7C3D1E0B9A64", "2. Gespräch Wendel (Stuttgart) mit Fr. Dr. Simon + Teamleiter",
        "20261210T170000", "20261210T180000", tz=None,
        desc="Nach Feierabend! Wendel Automation, Vaihingen. Stelle: Systemarchitekt Robotik. Vorher Urlaub "
             "eintragen für Puffer.", loc="Wendel Automation, Vaihingen")], APPLE, method=None, tzs=()),
        "Wendel Automation", "Systemarchitekt Robotik", "technical", ""))

    a(pos("hm-teams-vienna", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000A4B3C2D1F95DDB01000000000000000010000000D0C3",
        "Gespräch mit Fachbereich – Produktmanager:in E-Mobility", "20261209T080000", "20261209T090000",
        lang="de-AT",
        desc="Sehr geehrter Herr Yılmaz,\n\nwie angekündigt das Gespräch mit Ihrer künftigen Führungskraft, "
             "Herrn DI Stefan Moser (Leiter Produktmanagement), bei der Wiener Verkehrstechnik GmbH.\n\n"
             "Mit freundlichen Grüßen\nMag. Birgit Haas\nRecruiting\n\n" + teams("de", "OTQ4MzcyNjE1MDQ5", "Aa8pLm"),
        people=[org("b.haas@wvt.at", "Haas Birgit"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("s.moser@wvt.at", "Moser Stefan")],
        extra=ms_extra())], OUTLOOK),
        "Wiener Verkehrstechnik", "Produktmanager:in E-Mobility", "hiring_manager", "s.moser@wvt.at"))

    a(pos("goodtime-de", "de", cal([ev(
        "goodtime-7c1e0a4d-ee93@goodtime.io", "Brightline Systems – Interview (Systemingenieur Medizintechnik)",
        "20261216T090000Z", "20261216T100000Z", tz=None,
        desc="Brightline Systems B.V. – Interview\n\nTeilnehmer:\n- Pieter de Graaf, Lead Systems Engineer\n"
             "- Marloes Jansen, Product Owner\n\nTerminiert von: Femke Visser (Coordinator)\n\n"
             "Sie erhalten diese Einladung über GoodTime.",
        people=[org("scheduling@goodtime.io", "Femke Visser"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("pieter.degraaf@brightline-systems.nl", "Pieter de Graaf"),
                att("marloes.jansen@brightline-systems.nl", "Marloes Jansen"),
                att("femke.visser@brightline-systems.nl", "Femke Visser", role="NON-PARTICIPANT")])],
        "-//GoodTime.io//GoodTime//EN", tzs=()),
        "Brightline Systems", "Systemingenieur Medizintechnik", "technical",
        "pieter.degraaf@brightline-systems.nl;marloes.jansen@brightline-systems.nl"))

    a(pos("direct-sentby", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000031C2D4E6F05EDB01000000000000000010000000D1A9",
        "Kinetik Robotics: 2. Gespräch (fachlich) – Hr. Yılmaz", "20261209T160000", "20261209T171500", lang="de-DE",
        desc="Hallo Herr Yılmaz,\n\nich freue mich, dass Sie nach dem Telefonat mit Frau Probst weiter dabei sind. "
             "Im zweiten Gespräch gehen wir mit meinem Kollegen Felix Aumann (Lead Software Robotics) fachlich in die "
             "Tiefe: Anforderungen an einen mobilen Manipulator, Schnittstellen Mechanik/Software.\n\n"
             "Beste Grüße\nDr. Jana Wendt\nHead of Product, Kinetik Robotics GmbH\n(gesendet von meiner Assistenz)\n\n"
             + zoom("Jana Wendt", "97713355210", "S2luZXRpaw", "de"),
        people=[org("jana.wendt@kinetik-robotics.de", "Wendt, Jana Dr.",
                    sent_by="assistenz.produkt@kinetik-robotics.de"),
                att(ME_PRIV, "Yılmaz, Mehmet"), att("felix.aumann@kinetik-robotics.de", "Aumann, Felix")],
        extra=ms_extra())], OUTLOOK),
        "Kinetik Robotics", "Product Owner Robotik", "technical",
        "jana.wendt@kinetik-robotics.de;felix.aumann@kinetik-robotics.de"))

    a(pos("user-organised", "de", cal([ev(
        "7bn2k4s9d0f3g6h1j8l5q2w4er@google.com", "Telefoninterview NovaCharge (Jonas Pichler ruft an)",
        "20261201T120000Z", "20261201T123000Z", tz=None,
        desc="Selbst eingetragen und Jonas eingeladen, damit er die Nummer hat: +49 151 ... "
             "Stelle: Product Owner Charging Hardware (Wien).",
        people=[org(ME_PRIV, "Mehmet Yılmaz"), att(ME_PRIV, "Mehmet Yılmaz", partstat="ACCEPTED"),
                att("jonas.pichler@novacharge.at", "Jonas Pichler")])], GOOGLE, xwr="Europe/Berlin", tzs=()),
        "NovaCharge", "Product Owner Charging Hardware", "recruiter_screen", "jonas.pichler@novacharge.at"))

    a(pos("hm-webex-zurich", "de", cal([ev(
        "medivance-hm-20261203@medivance.ch", "Gespräch mit Daniel Frey (Director of Product) – Medivance AG",
        "20261203T083000", "20261203T091500", tz="Europe/Zurich",
        desc="Grüezi Herr Yılmaz\n\nDaniel Frey, der die Stelle als Vorgesetzter besetzt, möchte Sie vor dem "
             "Onsite-Tag kennenlernen (Product Manager, Diagnostics Robotics).\n\nFreundliche Grüsse\nNora Weber, "
             "Recruiting Coordinator\n\n" + webex("medivance", "26644120098", "Mdv4Zrh"),
        people=[org("nora.weber@medivance.ch", "Nora Weber"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("daniel.frey@medivance.ch", "Daniel Frey")])], OUTLOOK, tzs=("Europe/Zurich",)),
        "Medivance", "Product Manager, Diagnostics Robotics", "hiring_manager", "daniel.frey@medivance.ch"))

    a(pos("final-hellwig", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000042D3E5F7015EDB01000000000000000010000000D2B0",
        "Abschlussgespräch Hellwig Medizintechnik GmbH, Bereich Chirurgische Instrumente",
        "20261216T110000", "20261216T123000", lang="de-DE",
        desc="Sehr geehrter Herr Yılmaz,\n\nzum Abschluss des Auswahlverfahrens laden wir Sie nach Tuttlingen ein. "
             "Gesprächspartner: Herr Matthias Hellwig (Geschäftsführer) und Frau Dr. Gisela Roth (Personalleiterin). "
             "Dabei besprechen wir auch Vertragsdetails.\n\nMit freundlichen Grüßen\nTamara Ecker",
        loc="Hellwig Medizintechnik, Tuttlingen, Vorstandsetage",
        people=[org("tamara.ecker@hmt-medical.de", "Ecker, Tamara"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("matthias.hellwig@hmt-medical.de", "Hellwig, Matthias"),
                att("gisela.roth@hmt-medical.de", "Roth, Gisela Dr."),
                room("vorstand-1@hmt-medical.de", "TUT Vorstand Besprechung 1")],
        extra=ms_extra())], EXCHANGE, tzs=("W. Europe Standard Time",)),
        "Hellwig Medizintechnik", "", "final",
        "matthias.hellwig@hmt-medical.de;gisela.roth@hmt-medical.de"))

    return out
