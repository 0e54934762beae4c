"""train19: Laura Bianchi's own interviews, German (Swiss usage)."""

from __future__ import annotations

from train19ev_ics import (
    ABACUS,
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    PERSONIO,
    TEAMTAILOR,
    Ev,
    Item,
    Person,
    boiler,
    cal,
    pos,
    resource,
    room,
)

W = "W. Europe Standard Time"
Z = "Europe/Zurich"


def items() -> list[Item]:
    out: list[Item] = []
    me = Person(ME_PRIVATE, "Laura Bianchi")

    u = "AAMkADk3YzE0Y2ItBaumann-0001@baumann-bau.ch"
    d = ("Guten Tag Frau Bianchi\n\nVielen Dank für Ihre Bewerbung als BIM-Koordinatorin Hochbau. Gerne lernen "
         "wir Sie in einem ersten Gespräch kennen. Teilnehmen werden Reto Schwander (Leiter Digitales Bauen) "
         "und Sandra Imhof (HR Business Partnerin).\n\nFreundliche Grüsse\nSandra Imhof\n\n"
         + boiler("teams_de", "880", "NzQ1ZGQ5", "Xb7qP2"))
    e = Ev(u, "Vorstellungsgespräch BIM-Koordinatorin Hochbau – Laura Bianchi", "20261203T140000",
           "20261203T150000", W, description=d, location="Microsoft Teams-Besprechung",
           organizer=Person("sandra.imhof@baumann-bau.ch", "Imhof Sandra"),
           attendees=[me, Person("reto.schwander@baumann-bau.ch", "Schwander Reto")],
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    out.append(pos("direct-outlook", "de", u, cal(EXCHANGE, [e], "REQUEST"), "Baumann Bauunternehmung",
                   "BIM-Koordinatorin Hochbau", "",
                   ("sandra.imhof@baumann-bau.ch", "reto.schwander@baumann-bau.ch")))

    u = "abarec-7731-interview-2291@abacus.ch"
    d = ("Einladung zum Interview\n\nStelle: BIM-Manager/in (80–100%)\nUnternehmen: Rheinwerk Engineering AG\n"
         "Ort: Hochbergerstrasse 60, 4057 Basel, Empfang 3. OG\nGesprächspartner: Dr. Urs Fankhauser "
         "(Bereichsleiter Gebäudetechnik), Mirjam Oeschger (Teamleiterin BIM)\n\nBitte bringen Sie eine "
         "Auswahl Ihrer Projekte mit. Diese Nachricht wurde automatisch von AbaRecruiting erstellt.")
    e = Ev(u, "Interview: BIM-Manager/in – Bianchi Laura", "20261209T090000", "20261209T103000", W,
           description=d, location="Rheinwerk Engineering AG, Basel, Sitzungszimmer Rhein",
           organizer=Person("recruiting@rheinwerk-eng.ch", "Rheinwerk Recruiting"),
           attendees=[me, Person("urs.fankhauser@rheinwerk-eng.ch", "Urs Fankhauser"),
                      Person("mirjam.oeschger@rheinwerk-eng.ch", "Mirjam Oeschger"),
                      room("sz-rhein@rheinwerk-eng.ch", "Basel SZ Rhein (8)")])
    out.append(pos("ats-abacus-onsite", "de", u, cal(ABACUS, [e], "REQUEST"), "Rheinwerk Engineering",
                   "BIM-Manager/in", "onsite",
                   ("urs.fankhauser@rheinwerk-eng.ch", "mirjam.oeschger@rheinwerk-eng.ch")))

    u = "personio-ev-5518204@personio.de"
    d = ("Hallo Laura,\n\nwie telefonisch besprochen, hier die Einladung zu unserem Fachgespräch für die "
         "Position Product Owner BIM Plattform. Du sprichst mit Florian Berger (Head of Product) und Yvonne "
         "Thalmann (Senior Developer). Wir schauen uns gemeinsam eine kleine Aufgabe zu IFC-Modellen an.\n\n"
         "Viele Grüsse\nDein Alpenraum Team\n\n" + boiler("meet_de", "118", "qbx-ruhn-tzo", "771 002"))
    e = Ev(u, "Fachgespräch: Product Owner BIM Plattform (Alpenraum)", "20261210T103000Z",
           "20261210T113000Z", description=d,
           location="https://meet.google.com/qbx-ruhn-tzo",
           organizer=Person("jobs@alpenraum.de", "Alpenraum Software GmbH via Personio"),
           attendees=[me, Person("florian.berger@alpenraum.de", "Florian Berger"),
                      Person("yvonne.thalmann@alpenraum.de", "Yvonne Thalmann"),
                      Person("jobs@alpenraum.de", "Personio Recruiting", role="NON-PARTICIPANT", rsvp=False)])
    out.append(pos("ats-personio-tech", "de", u, cal(PERSONIO, [e], "REQUEST"), "Alpenraum Software",
                   "Product Owner BIM Plattform", "technical",
                   ("florian.berger@alpenraum.de", "yvonne.thalmann@alpenraum.de")))

    u = "6c1q0rks8v9ar7q3h4p2ifm7go@google.com"
    e = Ev(u, "Kennenlernen Laura / Quadra", "20261202T080000Z", "20261202T083000Z",
           description=("Hoi Laura, freue mich auf den Austausch zur BIM Lead Stelle. Ich rufe dich auf dem "
                        "Handy an (+41 79 ...).\nGruss, Dominik\nLeiter Projektentwicklung Quadra Immobilien"),
           organizer=Person("dominik.aebersold@quadra.ch", "Dominik Aebersold"),
           attendees=[Person("dominik.aebersold@quadra.ch", "Dominik Aebersold", partstat="ACCEPTED",
                             rsvp=False), me])
    out.append(pos("direct-google-hm", "de", u, cal(GOOGLE, [e], "REQUEST"), "Quadra Immobilien", "BIM Lead",
                   "hiring_manager", ("dominik.aebersold@quadra.ch",)))

    u = "0E9F33A1-44C2-4B7A-9C1D-2F6B8D0A7E11"
    e = Ev(u, "Gespräch SBK 2. Runde", "20261214T133000", "20261214T150000", description="Mappe + Laptop",
           location="Hardturmstrasse 201, Zürich")
    e.tz = ""
    out.append(pos("handtyped-floating", "de", u, cal(APPLE, [e]), "SBK", "", "",
                   (), "handtyped"))

    u = "AAMkAGI2-Kessler-8830-final@kessler-bau.ch"
    d = ("Liebe Frau Bianchi\n\nWir freuen uns, Sie zum abschliessenden Gespräch für die Stelle "
         "«Leiterin Digitalisierung Bau (m/w/d)» einzuladen. Anwesend sind Thomas Kessler (CEO) und "
         "Beatrice Rüegg (Leiterin Personal). Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüssen\n"
         "Assistentin der Geschäftsleitung\nGebrüder Kessler AG")
    e = Ev(u, "Schlussgespräch Leiterin Digitalisierung Bau", "20261217T160000", "20261217T170000", W,
           description=d, location="Kessler AG, Sitzungszimmer Säntis, Winterthur",
           organizer=Person("assistenz.gl@kessler-bau.ch", "Assistenz GL"),
           attendees=[me, Person("thomas.kessler@kessler-bau.ch", "Kessler Thomas"),
                      Person("beatrice.rueegg@kessler-bau.ch", "Rüegg Beatrice"),
                      room("saentis@kessler-bau.ch", "SZ Säntis")])
    out.append(pos("outlook-final-coordinator", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Gebrüder Kessler",
                   "Leiterin Digitalisierung Bau", "final",
                   ("thomas.kessler@kessler-bau.ch", "beatrice.rueegg@kessler-bau.ch")))

    u = "teamtailor-int-40917@teamtailor.com"
    d = ("Hallo Laura\n\nDu hast einen Termin für ein Interview mit Merian Real Estate gebucht.\n\nJob: "
         "Projektleiterin Digitales Immobilienmanagement\nWann: Dienstag, 8. Dezember 2026, 11:00–11:45\n"
         "Mit: Lukas Vogt\n\nVideo: " + "https://merian-re.teamtailor.com/meet/vd81kq\n\n"
         "Du kannst den Termin über den Link in der Bestätigungsmail verschieben.")
    e = Ev(u, "Interview mit Merian Real Estate", "20261208T100000Z", "20261208T104500Z",
           description=d, location="Teamtailor Video",
           organizer=Person("noreply@teamtailor.com", "Merian Real Estate"),
           attendees=[me, Person("lukas.vogt@merian-re.ch", "Lukas Vogt")])
    out.append(pos("ats-teamtailor-screen", "de", u, cal(TEAMTAILOR, [e], "REQUEST"), "Merian Real Estate",
                   "Projektleiterin Digitales Immobilienmanagement", "recruiter_screen",
                   ("lukas.vogt@merian-re.ch",)))

    u = "040000008200E00074C5B7101A82E00800000000B0A1-nordstern"
    d = ("Sehr geehrte Frau Bianchi,\n\nanbei die Einladung zum Vor-Ort-Termin in München. Ablauf:\n"
         "10:00 Begrüssung durch Herrn Wimmer (Geschäftsführer)\n10:30 Fallstudie BIM-Abwicklungsplan mit "
         "Frau Pletl und Herrn Oberhuber\n12:00 Mittagessen mit dem Team\n\nBeste Grüsse\nNordstern "
         "Bauplanung GmbH – Personalabteilung")
    e = Ev(u, "Nordstern Bauplanung | Vor-Ort-Termin BIM-Gesamtkoordination", "20261215T100000",
           "20261215T130000", "Europe/Berlin", description=d,
           location="Nordstern Bauplanung, Landsberger Str. 110, 80339 München",
           organizer=Person("personal@nordstern-bp.de", "Personal Nordstern"),
           attendees=[me, Person("k.wimmer@nordstern-bp.de", "Wimmer, Klaus"),
                      Person("a.pletl@nordstern-bp.de", "Pletl, Anja"),
                      Person("m.oberhuber@nordstern-bp.de", "Oberhuber, Max"),
                      room("raum-isar@nordstern-bp.de", "Raum Isar"),
                      resource("beamer2@nordstern-bp.de", "Beamer mobil 2")])
    out.append(pos("onsite-munich", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Nordstern Bauplanung",
                   "BIM-Gesamtkoordination", "onsite",
                   ("k.wimmer@nordstern-bp.de", "a.pletl@nordstern-bp.de", "m.oberhuber@nordstern-bp.de")))

    u = "hig-screen-2026-11-30@hig-immo.ch"
    d = ("Grüezi Frau Bianchi\n\nGerne bestätige ich Ihnen unser telefonisches Erstgespräch zur Stelle "
         "Fachspezialistin BIM & Datenmanagement bei der Helvetia Immobilien Gruppe. Ich rufe Sie auf "
         "+41 78 ... an.\n\nFreundliche Grüsse\nCorinne Hasler\nTalent Acquisition")
    e = Ev(u, "Telefoninterview HIG – Fachspezialistin BIM & Datenmanagement", "20261130T113000",
           "20261130T120000", W, description=d, location="Telefon",
           organizer=Person("corinne.hasler@hig-immo.ch", "Hasler Corinne"), attendees=[me])
    out.append(pos("phone-screen-abbrev", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Helvetia Immobilien Gruppe",
                   "Fachspezialistin BIM & Datenmanagement", "recruiter_screen", ("corinne.hasler@hig-immo.ch",)))

    u = "4f0d9b1e7a@bauwerk.digital"
    e = Ev(u, "Laura <> Bauwerk Digital – Kaffee & Case", "20261211T083000Z", "20261211T100000Z",
           description=("Hi Laura, wie besprochen: zweite Runde bei uns im Büro. Wir gehen deinen Case "
                            "(Datenmodell für Bestandsportfolios) zusammen durch. Dabei: Nadja und ich.\n– "
                            "Sven (Co-Founder)"),
           location="Bauwerk Digital AG, Zollstrasse 42, 8005 Zürich",
           organizer=Person("sven.gloor@gmail.com", "Sven Gloor"),
           attendees=[me, Person("nadja.frick@bauwerk.digital", "Nadja Frick"),
                      Person("sven.gloor@gmail.com", "Sven Gloor", partstat="ACCEPTED", rsvp=False)])
    out.append(pos("founder-freemail-case", "de", u, cal(GOOGLE, [e], "REQUEST"), "Bauwerk Digital", "",
                   "technical", ("nadja.frick@bauwerk.digital", "sven.gloor@gmail.com")))

    u = "baupersonal-7781-steinmann@baupersonal.ch"
    d = ("Liebe Laura\n\nWie besprochen stelle ich dich unserem Kunden Steinmann Infra AG vor. Das erste "
         "Gespräch für die Stelle BIM-Managerin Infrastruktur findet mit Herrn Patrick Zürcher (Leiter "
         "Tunnelbau) statt. Ich selbst bin nicht dabei.\n\nViel Erfolg!\nMelanie Gut\nBaupersonal Zürich AG")
    e = Ev(u, "Interview Steinmann Infra AG – BIM-Managerin Infrastruktur", "20261207T150000",
           "20261207T160000", W, description=d,
           location="Steinmann Infra AG, Industriestrasse 7, 6300 Zug",
           organizer=Person("m.gut@baupersonal.ch", "Melanie Gut"),
           attendees=[me, Person("patrick.zuercher@steinmann-group.com", "Zürcher Patrick")])
    out.append(pos("agency-names-employer", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Steinmann Infra",
                   "BIM-Managerin Infrastruktur", "hiring_manager", ("patrick.zuercher@steinmann-group.com",)))

    u = "20261204-probearbeit-freypartner@freypartner.ch"
    base = Ev(u, "Probearbeitstag Frey + Partner (Laura Bianchi)", "20261216T080000", "20261216T170000", W,
              description=("Zwei Probetage im Team Tragwerk/BIM. Ansprechperson: Simon Frey. Laptop wird "
                               "gestellt."),
              location="Ingenieurbüro Frey + Partner AG, Seestrasse 12, 8800 Thalwil",
              organizer=Person("simon.frey@freypartner.ch", "Frey Simon"), attendees=[me],
              rrule="FREQ=DAILY;COUNT=2")
    moved = Ev(u, "Probearbeitstag Frey + Partner (Laura Bianchi) – verschoben", "20261218T080000",
               "20261218T170000", W, description="Zweiter Tag auf Freitag verschoben.",
               location="Ingenieurbüro Frey + Partner AG, Seestrasse 12, 8800 Thalwil",
               organizer=Person("simon.frey@freypartner.ch", "Frey Simon"), attendees=[me],
               recurrence_id="20261217T080000", sequence=1)
    out.append(pos("recurring-trial-override", "de", u, cal(OUTLOOK, [base, moved], "REQUEST"),
                   "Frey + Partner", "", "onsite", ("simon.frey@freypartner.ch",)))

    u = "AAMkADcancel-limmat-3391@limmatprop.ch"
    e = Ev(u, "Abgesagt: Interview Limmat Properties – Asset Managerin Digital", "20261204T100000",
           "20261204T110000", W, description=("Leider müssen wir den Termin absagen. Wir melden uns "
                                                   "mit einem neuen Vorschlag.\n\nIrene Bachmann, HR"),
           organizer=Person("irene.bachmann@limmatprop.ch", "Bachmann Irene"),
           attendees=[me, Person("c.wyss@limmatprop.ch", "Wyss Christian")], status="CANCELLED", sequence=2)
    out.append(pos("cancelled-outlook", "de", u, cal(OUTLOOK, [e], "CANCEL"), "Limmat Properties",
                   "Asset Managerin Digital", "", ("irene.bachmann@limmatprop.ch", "c.wyss@limmatprop.ch"),
                   "cancelled"))

    u = "zellweger-20261201@zellweger-holzbau.ch"
    d = ("Grüessech Frau Bianchi\n\nmerci für Ihr Interesse. Am Gespräch sind Hansruedi Zellweger (Inhaber) "
         "und ich dabei. Wir zeigen Ihnen danach gern die Abbundhalle.\n\nHerzlich\nEsther Zellweger")
    e = Ev(u, "Bewerbungsgespräch Laura Bianchi", "20261201T140000", "20261201T153000", W,
           description=d, location="Werkhof, Gewerbestrasse 3, 9100 Herisau",
           organizer=Person("esther@zellweger-holzbau.ch", "Esther Zellweger"),
           attendees=[me, Person("hr.zellweger@zellweger-holzbau.ch", "Hansruedi Zellweger")])
    out.append(pos("family-firm-no-role", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Zellweger Holzbau", "", "",
                   ("esther@zellweger-holzbau.ch", "hr.zellweger@zellweger-holzbau.ch")))

    u = "wd-cal-7f3e21a9@myworkday.com"
    d = ("Interview scheduled\n\nCandidate: Laura Bianchi\nJob Requisition: R-10442 BIM Lead Architecture "
         "(Basel)\nCompany: Dreiland Engineering AG\nInterview Type: Technical Interview\nInterviewers: "
         "Fabienne Sutter; Raphael Gysin\n\nPlease do not reply to this automated message.")
    e = Ev(u, "Technical Interview – R-10442 BIM Lead Architecture", "20261208T130000Z", "20261208T140000Z",
           description=d + "\n\n" + boiler("teams_en", "551", "Y2Q4ODc", "Wp3r"),
           organizer=Person("dreiland@myworkday.com", "Dreiland Talent Acquisition"),
           attendees=[me, Person("fabienne.sutter@dreiland-eng.ch", "Sutter Fabienne"),
                      Person("raphael.gysin@dreiland-eng.ch", "Gysin Raphael")])
    out.append(pos("ats-workday-en-body-de-user", "de", u, cal("-//Workday//Recruiting Calendar//EN", [e],
                                                            "REQUEST"),
                   "Dreiland Engineering", "BIM Lead Architecture", "technical",
                   ("fabienne.sutter@dreiland-eng.ch", "raphael.gysin@dreiland-eng.ch")))

    u = "B1F7A9C2-quick-pilatus"
    e = Ev(u, "Pilatus Real Estate – Gespräch mit Frau Lötscher", "20261210", "20261211",
           description="Uhrzeit noch offen, ganztags freihalten. Stelle: Portfolio Data Managerin.")
    out.append(pos("allday-placeholder", "de", u, cal(IOS, [e]), "Pilatus Real Estate", "Portfolio Data Managerin",
                   "", (), "allday"))

    u = "wohnwert-screen-3321@wohnwert.ch"
    e = Ev(u, "Erstgespräch Product Managerin Proptech – Wohnwert", "20261202T163000", "20261202T170000", Z,
           description=("Hallo Frau Bianchi, anbei der Link. Ich bin Recruiterin bei Wohnwert und freue "
                            "mich auf das Gespräch.\nJasmin Kälin\n\n" + boiler("zoom_de", "4471208", "aZ8",
                                                                                   "229104")),
           location="Zoom", organizer=Person("jasmin.kaelin@wohnwert.ch", "Jasmin Kälin"),
           attendees=[me, Person("jasmin.kaelin@wohnwert.ch", "Jasmin Kälin", partstat="ACCEPTED")])
    out.append(pos("zoom-screen", "de", u, cal(GOOGLE, [e], "REQUEST", xwr="Europe/Zurich"), "Wohnwert",
                   "Product Managerin Proptech", "recruiter_screen", ("jasmin.kaelin@wohnwert.ch",)))

    u = "gerber-hm-778@gerbergruppe.ch"
    e = Ev(u, "Gerber Baumanagement AG: Gespräch mit der Bereichsleitung", "20261211T150000",
           "20261211T160000", W,
           description=("Sehr geehrte Frau Bianchi\nfür die Funktion «Stv. Leiterin BIM» treffen Sie "
                            "Daniel Amrein, Bereichsleiter Gesamtleitung.\nSekretariat Gerber Gruppe"),
           location="Gerber Gruppe, Dufourstrasse 101, 8008 Zürich",
           organizer=Person("sekretariat@gerbergruppe.ch", "Sekretariat Gerber Gruppe"),
           attendees=[Person(ME_PRIVATE, "laura.bianchi@bluewin.ch"),
                      Person("daniel.amrein@gerbergruppe.ch", "Amrein Daniel"),
                      room("sz-2og@gerbergruppe.ch", "Sitzungszimmer 2. OG")])
    out.append(pos("department-legal-form", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Gerber Baumanagement",
                   "Stv. Leiterin BIM", "hiring_manager", ("daniel.amrein@gerbergruppe.ch",)))

    u = "axiom-tech-2026-12@axiombim.com"
    e = Ev(u, "Technisches Interview (Revit API / Dynamo)", "20261216T090000", "20261216T103000", Z,
           description=("Live-Coding light: ein Dynamo-Skript zur Raumnummerierung. Mit Kai Brunner "
                            "(CTO) und Lea Koch.\nAxiom BIM Solutions, Stelle Solution Architect AEC"),
           organizer=Person("kai.brunner@axiombim.com", "Kai Brunner"),
           attendees=[me, Person("lea.koch@axiombim.com", "Lea Koch"),
                      Person("kai.brunner@axiombim.com", "Kai Brunner", partstat="ACCEPTED", rsvp=False)])
    out.append(pos("technical-live", "de", u, cal(GOOGLE, [e], "REQUEST"), "Axiom BIM Solutions",
                   "Solution Architect AEC", "technical", ("kai.brunner@axiombim.com", "lea.koch@axiombim.com")))

    u = "talwerk-zweites-gespraech@talwerk.ch"
    e = Ev(u, "2. Gespräch – Talwerk Immobilien", "20261218T101500", "20261218T113000", W,
           description=("Liebe Laura, wie versprochen hier die Einladung. Neben mir (Sabine Roth, "
                            "Personal) ist auch unser CFO Marc Huber dabei. Die Assistentin Frau Dietrich "
                            "organisiert den Raum, sie ist nicht am Gespräch.\nBeste Grüsse\nSabine"),
           location="Talwerk Immobilien AG, Bahnhofplatz 9, 8001 Zürich",
           organizer=Person("r.dietrich@talwerk.ch", "Dietrich Rahel"),
           attendees=[me, Person("sabine.roth@talwerk.ch", "Roth Sabine"), Person("marc.huber@talwerk.ch",
                                                                                   "Huber Marc"),
                      room("sz-uetliberg@talwerk.ch", "SZ Uetliberg")])
    out.append(pos("coordinator-organizer", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Talwerk Immobilien", "",
                   "", ("sabine.roth@talwerk.ch", "marc.huber@talwerk.ch")))

    u = "ortis-onsite-munich-19@ortis.de"
    e = Ev(u, "Ortis – Kennenlerntag vor Ort", "20261221T093000", "20261221T150000", "Europe/Berlin",
           description=("Programm für Frau Bianchi (Bewerbung Digital Delivery Lead): Teamvorstellung, "
                            "Präsentation Ihrer Fallstudie vor Dr. Elke Sauer und Tobias Maier, Rundgang. "
                            "Reisekosten werden erstattet."),
           location="Ortis Engineering GmbH, Arnulfstr. 60, München",
           organizer=Person("talent@ortis.de", "Ortis Talent"),
           attendees=[me, Person("elke.sauer@ortis.de", "Dr. Elke Sauer"), Person("tobias.maier@ortis.de",
                                                                                  "Tobias Maier")])
    out.append(pos("onsite-day-berlin-tz", "de", u, cal(GOOGLE, [e], "REQUEST"), "Ortis Engineering",
                   "Digital Delivery Lead", "onsite", ("elke.sauer@ortis.de", "tobias.maier@ortis.de")))

    u = "mrkt-7c2b@work-address-baurix"
    e = Ev(u, "Baurix AG – Interview Head of BIM Services", "20261209T171500", "20261209T180000", W,
           description=("Frau Bianchi, gerne erwarten wir Sie nach Feierabend. Gesprächspartner: "
                            "Petra Lanz (COO).\n\n" + boiler("teams_de", "334", "ZmE1", "9aQk")),
           organizer=Person("petra.lanz@baurix.com", "Lanz Petra"),
           attendees=[Person(ME_WORK, "Bianchi Laura")])
    out.append(pos("sent-to-work-address", "de", u, cal(OUTLOOK, [e], "REQUEST"), "Baurix",
                   "Head of BIM Services", "", ("petra.lanz@baurix.com",), "work_address"))

    u = "F1C3-basel-ue"
    e = Ev(u, "Merian – 2. Interview mit Teamleitung", "20261216T140000", "20261216T150000",
           description="mit Frau Lenz (Teamleitung Portfolio) + Hr. Vogt, Aeschenvorstadt 4, Zug ab HB 12:32")
    e.tz = ""
    out.append(pos("handtyped-second-round", "de", u, cal(APPLE, [e], calname="Privat"), "Merian Real Estate",
                   "", "hiring_manager", (), "handtyped"))

    u = "fim-2026-gespraech@fim.ch"
    e = Ev(u, "Vorstellungsgespräch FIM – Leiterin Bauherrenvertretung", "20261207T083000",
           "20261207T093000", W,
           description=("Fidelis Immobilien Management AG\nGesprächsteilnehmende: Nicole Bärtschi "
                            "(Leiterin HR), Stefan Ammann (Leiter Bau)\n\nBitte Personalausweis am Empfang "
                            "zeigen."),
           organizer=Person("nicole.baertschi@fim.ch", "Bärtschi Nicole"),
           attendees=[me, Person("stefan.ammann@fim.ch", "Ammann Stefan"),
                      resource("parkplatz-gast@fim.ch", "Besucherparkplatz 3")])
    out.append(pos("abbrev-domain-resource", "de", u, cal(EXCHANGE, [e], "REQUEST"),
                   "Fidelis Immobilien Management", "Leiterin Bauherrenvertretung", "",
                   ("nicole.baertschi@fim.ch", "stefan.ammann@fim.ch")))

    u = "amsler-cancel-88@amsler-holzbau.ch"
    e = Ev(u, "Interview Amsler Holzbau (abgesagt)", "20261203T090000", "20261203T100000", Z,
           description="Termin wird auf Wunsch von Herrn Amsler verschoben – neues Datum folgt.",
           organizer=Person("info@amsler-holzbau.ch", "Amsler Holzbau AG"),
           attendees=[me, Person("ruedi.amsler@amsler-holzbau.ch", "Ruedi Amsler")], status="CANCELLED",
           sequence=1)
    out.append(pos("cancelled-google", "de", u, cal(GOOGLE, [e], "CANCEL"), "Amsler Holzbau", "", "",
                   ("ruedi.amsler@amsler-holzbau.ch",), "cancelled"))

    u = "sbk-panel-2026@sbk.ch"
    e = Ev(u, "Panelgespräch BIM-Koordination Generalunternehmung", "20261221T130000", "20261221T143000", W,
           description=("Schweizerische Baukontor AG – Panel mit Ivo Grob (Leiter Ausführung), Karin "
                            "Studer (BIM Lead) und Jan Widmer (HR). Kandidatin: Laura Bianchi."),
           location="SBK, Hardturmstrasse 201, Zürich, Raum Limmat",
           organizer=Person("jan.widmer@sbk.ch", "Widmer Jan"),
           attendees=[me, Person("ivo.grob@sbk.ch", "Grob Ivo"), Person("karin.studer@sbk.ch", "Studer Karin"),
                      room("raum.limmat@sbk.ch", "Raum Limmat")])
    out.append(pos("panel-abbrev", "de", u, cal(OUTLOOK, [e], "REQUEST"), "SBK Schweizerische Baukontor",
                   "BIM-Koordination Generalunternehmung", "onsite",
                   ("jan.widmer@sbk.ch", "ivo.grob@sbk.ch", "karin.studer@sbk.ch")))
    return out
