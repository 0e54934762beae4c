"""holdout14: Tobias Krüger's own interviews, more German-language events."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    ME_WORK,
    P_APPLE,
    P_BOOKINGS,
    P_EXCHANGE,
    P_GOOGLE,
    P_MAC,
    P_OUTLOOK,
    P_SMARTR,
    P_WEBEX,
    Item,
    cal,
    google_footer,
    meet,
    olson,
    org,
    teams,
    vevent,
    webex,
    who,
    windows,
    zoom,
)

WE = "W. Europe Standard Time"


def items() -> list[Item]:
    """Given nothing returns more German positive events."""
    out: list[Item] = []

    uid = "C6D1A0F3-8E2B-4B77-9A51-1F0E2C3D4B5A"
    ev = vevent(uid, "Kalmar & Voss – Kennenlernen mit Henrik", "20261202T180000", "20261202T190000",
                "Europe/Berlin",
                desc=("Moin Tobias,\nwie am Telefon gesagt: wir suchen jemanden, der bei uns die BCM-Beratung für "
                      "Häfen und Versorger aufbaut (Berater/in Business Continuity, Hamburg). Lass uns per Meet "
                      "sprechen, meine Partnerin Greta Kalmar ist auch dabei.\nHenrik\n\n" + meet("de", "xqv-ptrd-kfa")
                      + "\n\n" + google_footer("de", ME_PRIV)),
                loc="https://meet.google.com/xqv-ptrd-kfa",
                lines=[org("henrik.voss.hh@gmx.de", "Henrik Voss"), who("henrik.voss.hh@gmx.de", "Henrik Voss",
                                                                         partstat="ACCEPTED"),
                       who("greta.kalmar@kalmar-voss.de", "Greta Kalmar"), who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("founder-freemail", "de", cal(P_GOOGLE, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Kalmar & Voss", "Berater Business Continuity", "",
                    ["henrik.voss.hh@gmx.de", "greta.kalmar@kalmar-voss.de"]))

    uid = "8F3B9C2A-11D4-4E0B-B3A9-7C6E5D4F3A21"
    ev = vevent(uid, "Nordmark Bank 2. Runde 14h Fr. Albrecht", "20261211T140000", "20261211T150000", "",
                loc="Domshof 7", extra=["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                                        "TRIGGER:-PT1H", "END:VALARM"])
    out.append(Item("handtyped-round2", "de", cal(P_APPLE, [ev], method=""), uid, True,
                    "Nordmark Bank", "", "", ["Fr. Albrecht"]))

    uid = "ac-hanseairport-20270112@hanse-airport-services.de"
    ev = vevent(uid, "Assessment Center – Teamleitung Luftsicherheit (Hanse Airport Services)", "20270112",
                "20270113", "DATE",
                desc=("Ablauf: 08:30 Begrüßung, Gruppenübung Lagebewertung, Präsentation (15 Min., Thema: "
                      "Sicherheitskonzept Fracht), Rollenspiel Mitarbeitergespräch, Einzelinterview mit der "
                      "Abteilungsleitung Frau Dr. Wenke Ahlers. Ende ca. 16:30.\nBitte Personalausweis für die "
                      "Zugangskontrolle mitbringen."),
                loc="Hanse Airport Services GmbH, Terminal 2, Raum 4.12, Bremen",
                lines=[org("personal@hanse-airport-services.de", "Personalabteilung Hanse Airport Services"),
                       who(ME_PRIV, "Krüger, Tobias"),
                       who("w.ahlers@hanse-airport-services.de", "Dr. Wenke Ahlers"),
                       who("raum412@hanse-airport-services.de", "T2 Raum 4.12", cutype="ROOM",
                           role="NON-PARTICIPANT", rsvp=False)],
                transp="TRANSPARENT")
    out.append(Item("assessment-allday", "de", cal(P_OUTLOOK, [ev]), uid, True, "Hanse Airport Services",
                    "Teamleitung Luftsicherheit", "onsite", ["w.ahlers@hanse-airport-services.de"]))

    uid = "040000008200E00074C5B7101A82E0080000000090AB11F2C45DDB01000000000000000010000000C2D4"
    ev = vevent(uid, "Abgesagt: Telefoninterview Alster Rück – Risk Manager Non-Financial Risks",
                "20261207T101500", "20261207T104500", WE, seq=1, status="CANCELLED",
                desc=("Sehr geehrter Herr Krüger,\nleider muss ich unser Telefonat am Montag absagen. Ich melde mich "
                      "mit einem neuen Terminvorschlag.\nBeste Grüße\nClaudia Reimers\nHR Recruiting, Alster Rück AG"),
                lines=[org("claudia.reimers@alster-rueck.de", "Reimers, Claudia"), who(ME_PRIV, "Tobias Krüger")],
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"])
    out.append(Item("cancelled-phone", "de", cal(P_OUTLOOK, [ev], method="CANCEL", zones=(windows(WE),)), uid, True,
                    "Alster Rück", "Risk Manager Non-Financial Risks", "recruiter_screen",
                    ["claudia.reimers@alster-rueck.de"]))

    uid = "hafenlog-vg-4410-tk@hafenlog.de"
    ev = vevent(uid, "Verschoben: Vorstellungsgespräch HafenLog – Koordinator Sicherheit & Notfallmanagement",
                "20261217T150000", "20261217T160000", "Europe/Berlin", seq=2,
                desc=("Lieber Herr Krüger,\nwie gerade am Telefon besprochen verschieben wir auf Donnerstag 15 Uhr. "
                      "Es bleibt beim Teilnehmerkreis: Jörn Ketelsen (Leitung Terminalbetrieb) und ich.\n"
                      "Freundliche Grüße\nBirte Lammers, Personal"),
                loc="HafenLog GmbH, Am Sandtorkai 12, 20457 Hamburg",
                lines=[org("b.lammers@hafenlog.de", "Birte Lammers"), who(ME_PRIV, "Tobias Krüger"),
                       who("j.ketelsen@hafenlog.de", "Jörn Ketelsen"),
                       who("b.lammers@hafenlog.de", "Birte Lammers", partstat="ACCEPTED", rsvp=False)])
    out.append(Item("rescheduled", "de", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "HafenLog", "Koordinator Sicherheit & Notfallmanagement", "",
                    ["j.ketelsen@hafenlog.de", "b.lammers@hafenlog.de"]))

    uid = "bookings-7f1c2e9a-0b44-4d1e-8a77-holtenau@holtenau-reederei.de"
    ev = vevent(uid, "Bewerbungsgespräch (Video) – Holtenau Reederei", "20261201T083000", "20261201T090000", "Z",
                desc=("Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbungsgespräch (Video) – Nautischer "
                      "Sicherheitsbeauftragter (ISPS/Company Security Officer)\nMitarbeiter: Femke Rasmussen\n"
                      "Kunde: Tobias Krüger\n\n" + teams("de", "ODk3YjExZTEtNmQ2", "392 004 115 86")
                      + "\n\nTermin ändern oder stornieren: https://outlook.office365.com/owa/calendar/"
                      "HoltenauReederei@holtenau-reederei.de/bookings/"),
                loc="Microsoft Teams-Besprechung",
                lines=[org("HoltenauReederei@holtenau-reederei.de", "Holtenau Reederei Karriere"),
                       who(ME_PRIV, "Tobias Krüger"), who("f.rasmussen@holtenau-reederei.de", "Femke Rasmussen")])
    out.append(Item("bookings-screen", "de", cal(P_BOOKINGS, [ev]), uid, True, "Holtenau Reederei",
                    "Nautischer Sicherheitsbeauftragter", "recruiter_screen", ["f.rasmussen@holtenau-reederei.de"]))

    uid = "5k2n8q0r1t4v7x9zb3d6f8h0j2@google.com"
    ev = vevent(uid, "Erstgespräch: Business Continuity Manager – Förde Assekuranz", "20261202T110000",
                "20261202T113000", "Europe/Berlin",
                desc=("Hallo Herr Krüger, anbei der Link für unser kurzes Erstgespräch (ca. 30 Min.). Ich stelle "
                      "Ihnen die Rolle vor und wir klären Gehaltsvorstellung und Verfügbarkeit.\nViele Grüße, "
                      "Jana Stölting (Recruiting)\n\n" + meet("de", "bqa-mwzu-tnc") + "\n\n"
                      + google_footer("de", ME_PRIV)),
                lines=[org("jana.stoelting@foerde-assekuranz.de", "Jana Stölting"),
                       who("jana.stoelting@foerde-assekuranz.de", "Jana Stölting", partstat="ACCEPTED"),
                       who(ME_PRIV, "tobias.krueger@web.de")],
                extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/bqa-mwzu-tnc"])
    out.append(Item("google-screen", "de", cal(P_GOOGLE, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Förde Assekuranz", "Business Continuity Manager", "recruiter_screen",
                    ["jana.stoelting@foerde-assekuranz.de"]))

    uid = "040000008200E00074C5B7101A82E00800000000D1E2F3A4B55DDB01000000000000000010000000AA01"
    ev = vevent(uid, "Gespräch zu Ihrer internen Bewerbung – Leitung Unternehmenssicherheit", "20261214T100000",
                "20261214T110000", WE,
                desc=("Hallo Herr Krüger,\n\nvielen Dank für Ihre interne Bewerbung auf die ausgeschriebene Stelle "
                      "Leitung Unternehmenssicherheit (Konzern, Ausschreibung 2026-118). Wir möchten Sie zu einem "
                      "Auswahlgespräch einladen. Teilnehmen werden Herr Dr. Christoph Baumann (Geschäftsführer "
                      "Technik) und Frau Heike Lorenzen (Personalleitung); der Betriebsrat ist informiert.\n\n"
                      "Viele Grüße\nPersonalabteilung"),
                loc="Verwaltung, Raum 5.02 (Geschäftsführung)",
                lines=[org("h.lorenzen@stadtwerke-kiel.de", "Lorenzen, Heike"), who(ME_WORK, "Krüger, Tobias"),
                       who("c.baumann@stadtwerke-kiel.de", "Baumann, Dr. Christoph", quote=True),
                       who("raum502@stadtwerke-kiel.de", "Raum 5.02", cutype="ROOM", role="NON-PARTICIPANT",
                           rsvp=False)])
    out.append(Item("internal-application", "de", cal(P_EXCHANGE, [ev], zones=(windows(WE),)), uid, True,
                    "Stadtwerke Kiel", "Leitung Unternehmenssicherheit", "",
                    ["h.lorenzen@stadtwerke-kiel.de", "c.baumann@stadtwerke-kiel.de"]))

    uid = "jadewind-hospitation-20270107@jadewind.de"
    ev = vevent(uid, "Hospitationstag Leitwarte – Jadewind Energie", "20270107", "20270108", "DATE",
                desc=("Lieber Herr Krüger,\nwie im Telefoninterview angekündigt laden wir Sie zum Hospitationstag "
                      "ein: Sie begleiten einen Tag die Leitwarte und das Krisenmanagement, mittags Gespräch mit "
                      "Herrn Ole Tammen (Leiter Sicherheit & Resilienz).\nGruß, Lina Meiners"),
                loc="Jadewind Energie, Hafenstraße 3, Bremen",
                lines=[org("lina.meiners@jadewind.de", "Lina Meiners"), who(ME_PRIV, "Tobias Krüger"),
                       who("ole.tammen@jadewind.de", "Ole Tammen")])
    out.append(Item("trial-day-allday", "de", cal(P_OUTLOOK, [ev]), uid, True, "Jadewind Energie", "", "onsite",
                    ["lina.meiners@jadewind.de", "ole.tammen@jadewind.de"]))

    uid = "A1B2C3D4-0000-4A11-9BB2-KAFFEEBRANDES"
    ev = vevent(uid, "Kaffee mit Dr. Brandes (Nordkai) – 2. Gespräch", "20261216T083000", "20261216T093000", "",
                desc="Café Paolino am Sandtorkai. Er will über die Leitungsrolle Corporate Security sprechen, "
                     "Gehalt + Startdatum klären. Unterlagen Krisenstab mitnehmen.",
                loc="Café Paolino, Sandtorkai, Hamburg")
    text = cal(P_MAC, [ev], method="", head=["X-WR-TIMEZONE:Europe/Berlin"])
    out.append(Item("coffee-is-round", "de", text, uid, True, "Nordkai Logistik", "", "hiring_manager",
                    ["Dr. Brandes"]))

    uid = "03F7E6D5-C4B3-4A29-8F1E-ALSTERRUECK2"
    ev = vevent(uid, "Vorstellungsgespräch Alster Rück", "20261221T100000", "20261221T113000", "",
                loc="Alster Rück AG\nFerdinandstraße 61\n20095 Hamburg\nDeutschland",
                desc="Fr. Reimers + Hr. Dr. Quast (Head of Operational Risk). Zug 7:12 ab Kiel Hbf.",
                extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                       "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Ferdinandstraße 61\\n20095 Hamburg;"
                       "X-TITLE=Alster Rück AG:geo:53.5531,9.9972"])
    out.append(Item("apple-onsite", "de", cal(P_APPLE, [ev], method=""), uid, True, "Alster Rück", "", "",
                    ["Fr. Reimers", "Dr. Quast"]))

    uid = "040000008200E00074C5B7101A82E00800000000B7C8D9E0F15DDB01000000000000000010000000BB07"
    ev = vevent(uid, "Gespräch Krüger / Meyer – Teamleitung Sicherheitsmanagement", "20261218T130000",
                "20261218T140000", WE,
                desc=("Hallo Herr Krüger,\nich bin Holger Meyer und leite das Sicherheitsmanagement bei der Bremer "
                      "Kontor Versicherung. Frau Ewers aus dem Recruiting hat mir Ihre Unterlagen weitergeleitet – "
                      "ich würde Sie gern persönlich kennenlernen, bevor wir über die Teamleitung sprechen.\n\n"
                      + teams("de", "YTkxZGQ3OTUtYzE2", "318 552 901 473")),
                loc="Microsoft Teams-Besprechung",
                lines=[org("holger.meyer@bremer-kontor.de", "Meyer, Holger"), who(ME_PRIV, "Tobias Krüger"),
                       who("n.ewers@bremer-kontor.de", "Ewers, Nadine", role="OPT-PARTICIPANT", quote=True)],
                extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                       "YTkxZGQ3OTUtYzE2%40thread.v2/0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    out.append(Item("teams-hm", "de", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid, True,
                    "Bremer Kontor Versicherung", "Teamleitung Sicherheitsmanagement", "hiring_manager",
                    ["holger.meyer@bremer-kontor.de", "n.ewers@bremer-kontor.de"]))

    uid = "webex-2f8e1b-nordmark-fachinterview@nordmarkbank.de"
    ev = vevent(uid, "Fachinterview Informationssicherheit (ISO 27001 / BAIT) – Nordmark Bank", "20261207T150000",
                "20261207T160000", "Europe/Berlin",
                desc=("Fachliches Interview mit unserem CISO-Team. Inhalt: Fallstudie Notfallmanagement nach BAIT, "
                      "Fragen zu ISO 22301 und 27001. Interviewer: Kai-Uwe Dittmer, Lea Ohm.\n\n"
                      + webex("de", "2734 118 5590", "nordmarkbank")),
                lines=[org("kai-uwe.dittmer@nordmarkbank.de", "Kai-Uwe Dittmer"), who(ME_PRIV, "Tobias Krüger"),
                       who("lea.ohm@nordmarkbank.de", "Lea Ohm")])
    out.append(Item("webex-technical", "de", cal(P_WEBEX, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Nordmark Bank", "", "technical",
                    ["kai-uwe.dittmer@nordmarkbank.de", "lea.ohm@nordmarkbank.de"]))

    uid = "040000008200E00074C5B7101A82E00800000000C0FFEE115DDB01000000000000000010000000EC01"
    ev = vevent(uid, "Abschlussgespräch mit dem Vorstand – Leitung Corporate Security", "20270114T160000",
                "20270114T170000", WE,
                desc=("Sehr geehrter Herr Krüger,\nals letzten Schritt im Auswahlverfahren bitten wir Sie zum "
                      "Gespräch mit unserem Vorstandsmitglied Frau Dr. Insa Harms. Herr Holger Meyer nimmt ebenfalls "
                      "teil.\nMit freundlichen Grüßen\nNadine Ewers\nRecruiting, Bremer Kontor Versicherung AG"),
                loc="Vorstandsetage, Raum Weser; Am Wall 120, Bremen",
                lines=[org("n.ewers@bremer-kontor.de", "Ewers, Nadine"), who(ME_PRIV, "Tobias Krüger"),
                       who("i.harms@bremer-kontor.de", "Harms, Dr. Insa", quote=True),
                       who("holger.meyer@bremer-kontor.de", "Meyer, Holger", quote=True),
                       who("raum.weser@bremer-kontor.de", "Raum Weser (12)", cutype="ROOM", role="NON-PARTICIPANT",
                           rsvp=False),
                       who("beamer3@bremer-kontor.de", "Beamer mobil 3", cutype="RESOURCE", role="NON-PARTICIPANT",
                           rsvp=False)])
    out.append(Item("final-board", "de", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid, True,
                    "Bremer Kontor Versicherung", "Leitung Corporate Security", "final",
                    ["i.harms@bremer-kontor.de", "holger.meyer@bremer-kontor.de"]))

    uid = "probearbeit-hanse-airport-2027@hanse-airport-services.de"
    series = vevent(uid, "Probearbeit Luftsicherheit (bezahlt) – Hanse Airport Services", "20270125T070000",
                    "20270125T153000", "Europe/Berlin",
                    desc=("Zwei bezahlte Probearbeitstage in der Luftsicherheitsleitstelle. Ansprechpartnerin vor "
                          "Ort: Dr. Wenke Ahlers. Schichtbeginn 07:00, Treffpunkt Pforte Süd."),
                    loc="Hanse Airport Services, Pforte Süd",
                    lines=[org("personal@hanse-airport-services.de", "Personalabteilung Hanse Airport Services"),
                           who(ME_PRIV, "Tobias Krüger"), who("w.ahlers@hanse-airport-services.de", "Dr. Wenke Ahlers"),
                           "RRULE:FREQ=DAILY;COUNT=2"])
    moved = vevent(uid, "Probearbeit Luftsicherheit (bezahlt) – Hanse Airport Services", "20270126T090000",
                   "20270126T173000", "Europe/Berlin", seq=1,
                   desc="Tag 2 beginnt wegen Übung erst um 09:00.", loc="Hanse Airport Services, Pforte Süd",
                   lines=[org("personal@hanse-airport-services.de", "Personalabteilung Hanse Airport Services"),
                          who(ME_PRIV, "Tobias Krüger"), who("w.ahlers@hanse-airport-services.de", "Dr. Wenke Ahlers"),
                          "RECURRENCE-ID;TZID=Europe/Berlin:20270126T070000"])
    out.append(Item("recurring-trial-override", "de",
                    cal(P_OUTLOOK, [series, moved], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Hanse Airport Services", "", "onsite", ["w.ahlers@hanse-airport-services.de"]))

    uid = "nordlicht-bkv-77@nordlicht-executive.de"
    ev = vevent(uid, "Gespräch bei Deltahaven Logistics (über Nordlicht Executive Search)", "20261222T140000",
                "20261222T150000", "Europe/Berlin",
                desc=("Hallo Tobias,\nanbei der Termin bei meinem Mandanten Deltahaven Logistics GmbH (Hamburg-"
                      "Billbrook) für die Position Head of Security & Loss Prevention DACH. Gesprächspartner: "
                      "Frank Oltmanns (COO) und Meike Brandt (HR). Ich begleite das Gespräch nicht.\n"
                      "Gruß Philipp Sandmann"),
                loc="Deltahaven Logistics, Billbrookdeich 210, Hamburg",
                lines=[org("p.sandmann@nordlicht-executive.de", "Philipp Sandmann"), who(ME_PRIV, "Tobias Krüger"),
                       who("frank.oltmanns@deltahaven.com", "Frank Oltmanns"),
                       who("meike.brandt@deltahaven.com", "Meike Brandt")])
    out.append(Item("headhunter-names-client", "de", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Deltahaven Logistics", "Head of Security & Loss Prevention DACH", "",
                    ["frank.oltmanns@deltahaven.com", "meike.brandt@deltahaven.com"]))

    uid = "sr-int-3390127-1@smartrecruiters.com"
    ev = vevent(uid, "Interview-Einladung: Sicherheitskoordinator Logistikzentrum (m/w/d)", "20261203T143000",
                "20261203T151500", "Europe/Berlin",
                desc=("Hallo Tobias,\n\nvielen Dank für Ihr Interesse an der Stelle Sicherheitskoordinator "
                      "Logistikzentrum (m/w/d) bei Øresund Freight Deutschland GmbH in Kiel. Ihr Interview findet per "
                      "Zoom statt. Sie sprechen mit Niels Aagaard (Site Manager).\n\n" + zoom("de", "842 1176 3305",
                                                                                              "dW1xR2ZtcnU")
                      + "\n\nPowered by SmartRecruiters"),
                lines=[org("no-reply@smartrecruiters.com", "Øresund Freight Recruiting"),
                       who(ME_PRIV, "Tobias Krüger"), who("niels.aagaard@oresundfreight.dk", "Niels Aagaard")])
    out.append(Item("smartrecruiters-zoom", "de", cal(P_SMARTR, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Øresund Freight", "Sicherheitskoordinator Logistikzentrum", "",
                    ["niels.aagaard@oresundfreight.dk"]))
    return out
