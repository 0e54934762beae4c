"""holdout42: the user's own interviews in German (written blind; CC0 1.0)."""

from __future__ import annotations

from dataclasses import dataclass, field

from holdout42ev_ics import ME_PRIV, ME_WORK, Ev, boiler


@dataclass
class Spec:
    kind: str
    lang: str
    producer: str
    events: list[Ev]
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    method: str = "REQUEST"
    tz: str = "Europe/Berlin"


P = f"{ME_PRIV}|Sabine Hartmann|REQ|ACCEPTED"
PN = f"{ME_PRIV}|Sabine Hartmann"
W = f"{ME_WORK}|Hartmann, Sabine"


def specs() -> list[Spec]:
    s: list[Spec] = []
    s.append(Spec("pos-sf-screen", "de", "sf", [Ev(
        "SF-INT-0047712-3@successfactors.eu", "Telefoninterview: Qualitätsmanagerin (m/w/d) Medizinprodukte",
        "20261110T1000", 30,
        "Sehr geehrte Frau Hartmann,\n\nvielen Dank für Ihre Bewerbung bei der Fresenius Medical Care Deutschland "
        "GmbH. Gerne möchten wir Sie zu einem ersten telefonischen Gespräch einladen.\n\nPosition: "
        "Qualitätsmanagerin (m/w/d) Medizinprodukte\nReq-ID: 58812\nGesprächspartnerin: Katrin Vogelsang, "
        "Talent Acquisition Partner\n\nFrau Vogelsang ruft Sie unter der angegebenen Nummer an.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team",
        "Telefon", "noreply@successfactors.eu|Fresenius Medical Care Recruiting",
        ["katrin.vogelsang@freseniusmedicalcare.com|Vogelsang, Katrin", PN])],
        1, "Fresenius Medical Care", "Qualitätsmanagerin (m/w/d) Medizinprodukte", "recruiter_screen",
        ["katrin.vogelsang@freseniusmedicalcare.com"], "ats_noreply"))
    s.append(Spec("pos-outlook-fach", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E0080000000090A1C6B2E43ADB01000000000000000010000000A3F1B2C8E2D1",
        "Fachgespräch Regulatory Affairs Specialist – Frau Hartmann", "20261112T1400", 90,
        "Liebe Frau Hartmann,\n\nwie telefonisch besprochen, hier die Einladung zum Fachgespräch. Teilnehmen werden "
        "Dr. Florian Mertens (Leitung Regulatory Affairs) und Petra Schulze (QM-Beauftragte).\n\n"
        "Bitte melden Sie sich am Empfang, Gebäude B.\n\nViele Grüße\nAnja Kessler\nHR Business Partner",
        "Heidelberg, Im Neuenheimer Feld 582, Gebäude B, Raum B.2.14",
        "anja.kessler@heidelberg-implant.de|Kessler, Anja",
        ["florian.mertens@heidelberg-implant.de|Mertens, Florian Dr.",
         "petra.schulze@heidelberg-implant.de|Schulze, Petra", PN,
         "raum.b214@heidelberg-implant.de|Besprechungsraum B.2.14|ROOM"])],
        1, "Heidelberg Implant", "Regulatory Affairs Specialist", "technical",
        ["florian.mertens@heidelberg-implant.de", "petra.schulze@heidelberg-implant.de"], "room"))
    s.append(Spec("pos-personio-first", "de", "personio", [Ev(
        "personio-interview-7f3e2a91-1c0d-4b55-9a8e-20d1f4c2e610", "Kennenlerngespräch | Sabine Hartmann",
        "20261113T0930", 45,
        "Hallo Sabine,\n\ndanke für deine Bewerbung als QA/RA Managerin bei uns! Wir freuen uns auf das erste "
        "Kennenlernen per Video.\n\nDabei sind: Lukas Brandt (Head of Quality)\n\n"
        + boiler("meet_de", 3, "pqx-rtnu-kvd")
        + "\n\nBis bald\nDein People-Team der Medivora GmbH",
        "Google Meet", "jobs@medivora.de|Medivora Recruiting",
        ["lukas.brandt@medivora.de|Lukas Brandt", PN])],
        1, "Medivora", "QA/RA Managerin", "", ["lukas.brandt@medivora.de"], ""))
    s.append(Spec("pos-softgarden-vorort", "de", "softgarden", [Ev(
        "sg-appt-2026-11-18-0012-44819@softgarden.io", "Vorstellungsgespräch vor Ort – Labor Mannheim",
        "20261118T1030", 120,
        "Guten Tag Frau Hartmann,\nwir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch für die Stelle "
        "\"Mitarbeiter Qualitätssicherung (m/w/d) Laboratoriumsmedizin\" ein.\n\nIhre Gesprächspartner:\n"
        "- Dr. med. Helga Barth, Laborleitung\n- Timo Reuter, Leitung QM\n\nAdresse: Synlab MVZ Mannheim, "
        "P7, 1, 68161 Mannheim\nBitte bringen Sie einen Lichtbildausweis mit.\n\nSYNLAB Human Resources",
        "P7, 1, 68161 Mannheim", "no-reply@softgarden.io|SYNLAB Karriere",
        ["h.barth@synlab.com|Helga Barth", "t.reuter@synlab.com|Timo Reuter", PN])],
        1, "Synlab", "Mitarbeiter Qualitätssicherung (m/w/d) Laboratoriumsmedizin", "onsite",
        ["h.barth@synlab.com", "t.reuter@synlab.com"], "ats_brand"))
    s.append(Spec("pos-handtyped-short", "de", "ios", [Ev(
        "8E1C44B2-7A9D-4F0E-B1C3-5D2A6E9F0A17", "Tel. Interview B. Braun (Frau Lindner)", "20261116T1115", 30,
        "ruft mich an! Stelle QM Sterilgut Melsungen/remote", floating=True)],
        1, "B. Braun", "QM Sterilgut", "recruiter_screen", [], "handtyped", method=""))
    s.append(Spec("pos-teams-hm", "de", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000D0F43C11A0ABDB010000000000000000100000004E7D0C1B99A2",
        "Gespräch mit Fachbereich – QMB Stellvertretung", "20261119T1500", 60,
        "Hallo Frau Hartmann,\n\nanbei die Einladung zum zweiten Gespräch mit Herrn Sommer, der die Stelle als "
        "Leiter Qualität verantwortet.\n\nBeste Grüße\nJulia Wendt | Personal | Ottobock SE & Co. KGaA\n\n"
        + boiler("teams_de", 4, "NjQ2ZTk1"),
        "Microsoft Teams-Besprechung", "julia.wendt@ottobock.com|Wendt, Julia",
        ["martin.sommer@ottobock.com|Sommer, Martin", PN])],
        1, "Ottobock", "QMB Stellvertretung", "hiring_manager",
        ["martin.sommer@ottobock.com"], "coordinator"))
    s.append(Spec("pos-dvinci-assess", "de", "dvinci", [Ev(
        "dvinci-termin-339120-bewerber-88412", "Einladung Auswahltag: Trainee Regulatory Affairs",
        "20261124", 1440,
        "Sehr geehrte Frau Hartmann,\n\nwir freuen uns, Sie zu unserem Auswahltag am 24.11. in Darmstadt "
        "einzuladen (ganztägig, 08:30–16:30). Sie lernen Mitglieder des Fachbereichs kennen und bearbeiten eine "
        "Fallstudie.\n\nMerck KGaA, Frankfurter Straße 250, 64293 Darmstadt\n\nIhr Recruiting Team",
        "Frankfurter Straße 250, 64293 Darmstadt", "bewerbermanagement@dvinci-hr.com|Merck Recruiting")],
        1, "Merck", "Trainee Regulatory Affairs", "onsite", [], "allday"))
    s.append(Spec("pos-google-founder", "de", "google", [Ev(
        "3k9vd0s7j1q2mbt8f5a6hplc4e@google.com", "Sabine x Felix – Kaffee & QM-Rolle bei Sterilio",
        "20261117T0800", 45,
        "Hi Sabine, wie geschrieben würde ich gern mit dir über die Rolle als erste QM-Person bei uns sprechen "
        "(ISO 13485 Aufbau). Ist ein richtiges Gespräch, kein Smalltalk :) Felix\n\n"
        + boiler("meet", 5, "yfw-ocgb-sat"),
        "", "felix.gruenberg@gmail.com|Felix Grünberg",
        ["felix.gruenberg@gmail.com|Felix Grünberg|REQ|ACCEPTED", P], utc=True)],
        1, "Sterilio", "QM", "", ["felix.gruenberg@gmail.com"], "founder_freemail"))
    s.append(Spec("pos-agency", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000C05D19F2B2ACDB01000000000000000010000000C3A",
        "Vorstellungsgespräch bei Roche Diagnostics (über Hays)", "20261125T1300", 60,
        "Liebe Frau Hartmann,\n\nwie besprochen hat Roche Diagnostics GmbH Sie zum Gespräch für die Position "
        "Quality Specialist Complaint Handling eingeladen. Gesprächspartnerin ist Frau Dr. Iris Kamp "
        "(iris.kamp@roche.com). Ich bin nicht dabei, drücke aber die Daumen!\n\nOrt: Sandhofer Straße 116, "
        "Mannheim, Tor 1\n\nHerzliche Grüße\nNils Obermeier\nHays AG | Life Sciences",
        "Roche Diagnostics, Sandhofer Straße 116, Mannheim", "nils.obermeier@hays.de|Obermeier, Nils",
        [PN])],
        1, "Roche Diagnostics", "Quality Specialist Complaint Handling", "", ["iris.kamp@roche.com"],
        "agency_names_employer"))
    s.append(Spec("pos-bookings", "de", "bookings", [Ev(
        "bookings-9a7c1f0e-44b1-4e2a-b7a1-7d6e2c9f3b55", "Erstgespräch Bewerbung – Abteilung Qualität",
        "20261120T0900", 30,
        "Ihr Termin wurde gebucht.\n\nDienst: Erstgespräch Bewerbung\nMitarbeiter: Sandra Pohl\nUnternehmen: "
        "Universitätsklinikum Heidelberg – Zentrallabor\n\nBitte nutzen Sie den Teams-Link unten.\n\n"
        + boiler("teams_de", 6, "OGYxZmI2"),
        "Microsoft Teams", "zentrallabor-bewerbung@med.uni-heidelberg.de|Zentrallabor Bewerbung",
        ["sandra.pohl@med.uni-heidelberg.de|Pohl, Sandra", PN])],
        1, "Universitätsklinikum Heidelberg", "", "recruiter_screen", ["sandra.pohl@med.uni-heidelberg.de"],
        "domain_abbrev"))
    s.append(Spec("pos-tuv-panel", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E008000000004B9D7C10C2ADDB01000000000000000010000000AA91",
        "Vorstellungsgespräch Auditorin Medizinprodukte (Notified Body) – Hartmann", "20261126T1000", 90,
        "Sehr geehrte Frau Hartmann,\n\nhiermit bestätigen wir das Gespräch. Anwesend: Herr Gerd Hollmann "
        "(Abteilungsleiter Medical & Health Services), Frau Yvonne Ritter (Lead Auditor) sowie Frau Beck (HR).\n\n"
        "TÜV SÜD Product Service GmbH\nRidlerstraße 65, München (Anreise per Bahn wird erstattet)",
        "Ridlerstraße 65, 80339 München, Raum 4.07", "m.beck@tuvsud.com|Beck, Melanie",
        ["gerd.hollmann@tuvsud.com|Hollmann, Gerd", "yvonne.ritter@tuvsud.com|Ritter, Yvonne", PN,
         "muc-rid-4.07@tuvsud.com|MUC RID 4.07 (10)|ROOM"])],
        1, "TÜV SÜD", "Auditorin Medizinprodukte", "onsite",
        ["gerd.hollmann@tuvsud.com", "yvonne.ritter@tuvsud.com", "m.beck@tuvsud.com"], "domain_brand"))
    s.append(Spec("pos-cancel", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000F1C2D3E4A5B6DB0100000000000000001000000011BB",
        "Abgesagt: Zweitgespräch QM-Referentin", "20261127T1100", 60,
        "Leider müssen wir den Termin absagen; wir melden uns mit einem neuen Vorschlag.\n\nGruß\nH. Albers",
        "Eppelheim", "h.albers@eppendorf.de|Albers, Henrike",
        ["h.albers@eppendorf.de|Albers, Henrike", PN], status="CANCELLED", sequence=2)],
        1, "Eppendorf", "QM-Referentin", "", ["h.albers@eppendorf.de"], "cancelled", method="CANCEL"))
    s.append(Spec("pos-workday-de", "de", "workday", [Ev(
        "WD-INTV-2026-000918-1@myworkday.com", "Interview: Validation Engineer (m/w/d) – Sabine Hartmann",
        "20261201T1330", 60,
        "Interviewtermin\nKandidat: Sabine Hartmann\nStelle: R-0091823 Validation Engineer (m/w/d)\n"
        "Standort: Mannheim\nInterviewer: Jonas Keller; Aylin Demir\n\nBitte wählen Sie sich über Zoom ein.\n\n"
        + boiler("zoom_de", 7, "aXZ0Rk"),
        "Zoom", "bd-recruiting@myworkday.com|BD Recruiting",
        ["jonas.keller@bd.com|Jonas Keller", "aylin.demir@bd.com|Aylin Demir", PN], utc=True)],
        1, "BD", "Validation Engineer (m/w/d)", "technical", ["jonas.keller@bd.com", "aylin.demir@bd.com"],
        "domain_abbrev"))
    s.append(Spec("pos-reschedule", "de", "google", [Ev(
        "5q2n8r1t4v7w0x3y6z9a2b5c8d@google.com", "Verschoben: 2. Runde Abbott – Quality Engineer",
        "20261202T1500", 60,
        "Neuer Termin wie besprochen. Gesprächspartner: Ralf Neumann (Quality Manager) und Birte Olsen.\n"
        + boiler("meet_de", 8, "hwe-kkpt-zqa"),
        "Wiesbaden", "ralf.neumann@abbott.com|Ralf Neumann",
        ["ralf.neumann@abbott.com|Ralf Neumann|REQ|ACCEPTED", "birte.olsen@abbott.com|Birte Olsen", P],
        sequence=3)],
        1, "Abbott", "Quality Engineer", "", ["ralf.neumann@abbott.com", "birte.olsen@abbott.com"], "rescheduled"))
    s.append(Spec("pos-final-ceo", "de", "apple", [Ev(
        "A1B2C3D4-1111-2222-3333-ABCDEF012345", "Abschlussgespräch mit GF – Labor Dr. Limbach",
        "20261203T1700", 45,
        "Letzte Runde! Mit Geschäftsführer Dr. Kurt Limbach und Frau Engel (Personal). Heidelberg, Im Breitspiel 16."
        " Zeugnisse mitnehmen.",
        "Im Breitspiel 16, Heidelberg", "", [])],
        1, "Labor Dr. Limbach", "", "final", [], "handtyped", method=""))
    s.append(Spec("pos-work-addr", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000077EE",
        "Bewerbungsgespräch Sachbearbeiterin Regulatory Affairs", "20261204T0800", 60,
        "Guten Morgen Frau Hartmann,\n\nwie gewünscht schicke ich die Einladung an Ihre Geschäftsadresse. "
        "Sie sprechen mit Frau Anke Wolter (Teamleitung RA).\n\nFreundliche Grüße\nStada Arzneimittel AG\n"
        "Personalabteilung\n\n" + boiler("teams_de", 9, "ZTdiNjA1"),
        "Teams", "recruiting@stada.de|STADA Recruiting",
        ["anke.wolter@stada.de|Wolter, Anke", W])],
        1, "Stada", "Sachbearbeiterin Regulatory Affairs", "", ["anke.wolter@stada.de"], "sent_to_work"))
    s.append(Spec("pos-calendly-de", "de", "calendly", [Ev(
        "calendly-7HGd9kQx2-20261205T090000Z", "Sabine Hartmann und Robert Fink: Erstgespräch (30 Min)",
        "20261205T1000", 30,
        "Veranstaltungsname: Erstgespräch Bewerber:innen\n\nTreffen Sie Robert Fink, Gründer von QualiMed "
        "Consulting.\nStelle: Junior Consultant MDR/IVDR\n\nStandort: Dies ist ein Google Meet-Webkonferenz.\n"
        "https://meet.google.com/rtb-xwqa-mko\n\nMüssen Sie Änderungen vornehmen?\nAbsagen: "
        "https://calendly.com/cancellations/7HGd9kQx2\nNeu planen: https://calendly.com/reschedulings/7HGd9kQx2",
        "https://meet.google.com/rtb-xwqa-mko", "robert@qualimed-consulting.de|Robert Fink",
        ["robert@qualimed-consulting.de|Robert Fink|REQ|ACCEPTED", P], utc=True)],
        1, "QualiMed Consulting", "Junior Consultant MDR/IVDR", "recruiter_screen",
        ["robert@qualimed-consulting.de"], "scheduler"))
    s.append(Spec("pos-recurring-trial", "de", "outlook", [
        Ev("040000008200E00074C5B7101A82E00800000000RECUR4242DB01000000000000000010000000PH01",
           "Probearbeiten QS-Labor (2 Tage)", "20261208T0800", 480,
           "Hallo Frau Hartmann,\n\nwie vereinbart: Probearbeitstage im QS-Labor. Betreuung durch Herrn "
           "Christian Falk (Laborleiter). Bitte Laborkittel und Sicherheitsschuhe mitbringen.\n\n"
           "Gruß\nVetter Pharma-Fertigung GmbH & Co. KG, HR",
           "Ravensburg, Schützenstraße 87", "hr.recruiting@vetter-pharma.com|HR Recruiting Vetter",
           ["christian.falk@vetter-pharma.com|Falk, Christian", PN], rrule="FREQ=DAILY;COUNT=2"),
        Ev("040000008200E00074C5B7101A82E00800000000RECUR4242DB01000000000000000010000000PH01",
           "Probearbeiten QS-Labor (Tag 2, verschoben)", "20261210T0800", 480,
           "Tag 2 auf Mittwoch verschoben.", "Ravensburg, Schützenstraße 87",
           "hr.recruiting@vetter-pharma.com|HR Recruiting Vetter",
           ["christian.falk@vetter-pharma.com|Falk, Christian", PN], recurrence_id="20261209T0800", sequence=1)],
        1, "Vetter Pharma", "", "", ["christian.falk@vetter-pharma.com"], "recurring_override"))
    s.append(Spec("pos-terse-de", "de", "google", [Ev(
        "0u7p3l9m2k5j8h1g4f6d0s2a3q@google.com", "Interview Sartorius", "20261209T1400", 60, "",
        "Göttingen / Teams", "", [], utc=True)],
        1, "Sartorius", "", "", [], "handtyped", method=""))
    s.append(Spec("pos-ifu-webex", "de", "webex", [Ev(
        "webex-mtg-2665014217-20261211", "Zweites Gespräch – Referentin Klinische Bewertung",
        "20261211T1030", 60,
        "Hallo Frau Hartmann,\n\nwir setzen unser Gespräch fort. Dabei sind Prof. Dr. Ute Sander (Medical Affairs) "
        "und Daniel Ko (Regulatory). Wir freuen uns!\nCarl Zeiss Meditec AG\n\n"
        + boiler("webex", 2, "e4c1a9", "zeiss"),
        "Webex", "ute.sander@zeiss.com|Sander, Ute",
        ["ute.sander@zeiss.com|Sander, Ute|CHAIR|ACCEPTED", "daniel.ko@zeiss.com|Ko, Daniel", PN])],
        1, "Carl Zeiss Meditec", "Referentin Klinische Bewertung", "",
        ["ute.sander@zeiss.com", "daniel.ko@zeiss.com"], "domain_brand"))
    s.append(Spec("pos-greenhouse-de", "de", "greenhouse", [Ev(
        "greenhouse-interview-81204455-sched-2", "Interview mit Cellforma – Fallstudie QMS",
        "20261214T1300", 75,
        "Hallo Sabine,\n\nhier die Bestätigung für dein Case-Interview (Quality Systems Lead).\n\nInterviewer:\n"
        "Hannah Lutz – VP Quality\nMarco Pinto – QA Engineer\n\nKoordination: Lea Schramm (Recruiting Coordinator)\n\n"
        + boiler("zoom_en", 3, "Y2VsbA"),
        "Zoom", "lea.schramm@cellforma.io|Lea Schramm",
        ["hannah.lutz@cellforma.io|Hannah Lutz", "marco.pinto@cellforma.io|Marco Pinto",
         "lea.schramm@cellforma.io|Lea Schramm|OPT", PN], utc=True)],
        1, "Cellforma", "Quality Systems Lead", "technical",
        ["hannah.lutz@cellforma.io", "marco.pinto@cellforma.io"], "coordinator"))
    s.append(Spec("pos-behoerde", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000BF1",
        "Auswahlgespräch Sachverständige/r Medizinprodukteüberwachung", "20261215T0930", 60,
        "Sehr geehrte Frau Hartmann,\n\nim Rahmen des Auswahlverfahrens laden wir Sie zu einem strukturierten "
        "Auswahlgespräch ein. Der Auswahlkommission gehören an: Herr Ortwin Bauer (Referatsleiter), Frau Claudia "
        "Mey (Personalrat), Frau Gül Aksoy (Gleichstellungsbeauftragte).\n\nRegierungspräsidium Darmstadt\n"
        "Abteilung VI – Arbeitsschutz und Umwelt",
        "Luisenplatz 2, Darmstadt, Raum 214", "personal@rpda.hessen.de|Personalstelle RP Darmstadt",
        ["ortwin.bauer@rpda.hessen.de|Bauer, Ortwin", "claudia.mey@rpda.hessen.de|Mey, Claudia",
         "guel.aksoy@rpda.hessen.de|Aksoy, Gül", PN])],
        1, "Regierungspräsidium Darmstadt", "Sachverständige/r Medizinprodukteüberwachung", "",
        ["ortwin.bauer@rpda.hessen.de", "claudia.mey@rpda.hessen.de", "guel.aksoy@rpda.hessen.de"],
        "public_body_panel"))
    s.append(Spec("pos-vienna", "de", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000VIE0422DB0100000000000000001000000005AA",
        "Online-Interview – Regulatory Affairs Manager Wien", "20261216T1600", 60,
        "Sehr geehrte Frau Hartmann,\n\ngerne laden wir Sie zum Online-Interview ein. Ihre Gesprächspartner: "
        "Mag. Veronika Huber (Head of RA) und DI Stefan Gruber.\n\nBaxter AG, Wien\n\n"
        + boiler("teams_de", 1, "V2llbg"),
        "Teams", "veronika.huber@baxter.com|Huber, Veronika",
        ["veronika.huber@baxter.com|Huber, Veronika", "stefan.gruber@baxter.com|Gruber, Stefan", PN])],
        1, "Baxter", "Regulatory Affairs Manager", "", ["veronika.huber@baxter.com", "stefan.gruber@baxter.com"],
        ""))
    s.append(Spec("pos-apple-termin", "de", "apple", [Ev(
        "5C0F8E77-24A1-4D8B-9F3E-7A2B1C6D9E04", "Vorstellung Eurofins BioPharma – Hr. Stein + Fr. Maas",
        "20261217T0900", 90, "Eurofins BioPharma Product Testing, Planegg. QA Specialist GMP. Lebenslauf x3",
        "Planegg", "", [])],
        1, "Eurofins BioPharma", "QA Specialist GMP", "", [], "handtyped", method=""))
    s.append(Spec("pos-dental", "de", "google", [Ev(
        "7h2j4k6l8m0n1p3q5r7s9t1u3v@google.com", "Video-Interview Dentsply Sirona (QM Complaint Handling)",
        "20261218T1100", 45,
        "Einladung von Dentsply Sirona Talent Acquisition.\nInterviewer: Kerstin Hahn (Manager Post Market "
        "Surveillance)\n" + boiler("meet", 4, "dsq-hhka-wpr"),
        "", "kerstin.hahn@dentsplysirona.com|Kerstin Hahn",
        ["kerstin.hahn@dentsplysirona.com|Kerstin Hahn|REQ|ACCEPTED", P], utc=True)],
        1, "Dentsply Sirona", "QM Complaint Handling", "", ["kerstin.hahn@dentsplysirona.com"], ""))
    s.append(Spec("pos-hr-call-direct", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000ABF1DB0100000000000000001000000009912FF",
        "Telefonat zur Bewerbung – Nölle Labortechnik", "20261130T1600", 20,
        "Hallo Frau Hartmann, ich rufe Sie kurz wegen Ihrer Bewerbung als Laborleitung QK an (Gehalt, "
        "Eintritt, Ablauf). Gruß, Uwe Nölle",
        "", "u.noelle@noelle-labor.de|Nölle, Uwe", ["u.noelle@noelle-labor.de|Nölle, Uwe", PN])],
        1, "Nölle Labortechnik", "Laborleitung QK", "recruiter_screen", ["u.noelle@noelle-labor.de"], ""))
    s.append(Spec("pos-sf-tech", "de", "sf", [Ev(
        "SF-INT-0052219-1@successfactors.eu", "Interview – Spezialist Qualitätskontrolle (m/w/d)",
        "20261207T1400", 60,
        "Terminbestätigung\n\nUnternehmen: Boehringer Ingelheim Pharma GmbH & Co. KG\n"
        "Position: Spezialist Qualitätskontrolle (m/w/d), Biberach\nInterviewpanel: Dr. Maren Fuchs, Jan Petersen\n"
        "Format: MS Teams",
        "MS Teams", "noreply@successfactors.eu|Boehringer Ingelheim Talent Acquisition",
        ["maren.fuchs@boehringer-ingelheim.com|Fuchs, Maren Dr.",
         "jan.petersen@boehringer-ingelheim.com|Petersen, Jan", PN])],
        1, "Boehringer Ingelheim", "Spezialist Qualitätskontrolle (m/w/d)", "",
        ["maren.fuchs@boehringer-ingelheim.com", "jan.petersen@boehringer-ingelheim.com"], ""))
    return s
