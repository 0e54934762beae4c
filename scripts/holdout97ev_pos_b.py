"""holdout97: the user's own interviews, part B (schedulers, direct, agencies, time shapes). Blind author, CC0 1.0."""

from __future__ import annotations

from holdout97ev_ics import USER_FREE, USER_WORK, att, cal, event, fl, meet, org, rec, teams, u, webex, z, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
W_EU = "W. Europe Standard Time"
ROM = "Romance Standard Time"


def build() -> list[dict]:
    out: list[dict] = []

    def add(kind, evs, prodid, uid, company, role, stage, ivs, trap="", method="REQUEST", tzs=("Europe/Zurich",),
            head=()):
        out.append(rec(kind, cal(evs, prodid, method, tzs, head), uid, 1, company, role, stage, ivs, trap))

    # GoodTime panel, coordinator not interviewing
    uid = "goodtime-evt-9a41c2f7e0b3@goodtime.io"
    s, e = z("20250408", "0900-1230")
    d = ("Interview Schedule for Matthias Keller\nPosition: Senior Scientist, Analytical Development (Basel)\n\n"
         "09:00–09:45  Dr. Rachel Okafor – Analytical strategy\n09:45–10:30  Dr. Stefan Imhof – Method "
         "development deep-dive\n10:45–11:30  Laura Bianchi – Cross-functional collaboration\n11:30–12:30  "
         "Dr. Michael Hart – Hiring Manager\n\nYour coordinator for the day is Jessica Pfister (not interviewing).\n"
         "Ardent Biosciences, Peter Merian-Strasse 80, Basel\n\nScheduled with GoodTime")
    ev = event(uid, "Ardent Biosciences Interview – Matthias Keller – Senior Scientist, Analytical Development",
               s, e, desc=d, loc="Ardent Biosciences, Peter Merian-Strasse 80, 4052 Basel",
               organizer=org("jessica.pfister@ardentbio.com", "Jessica Pfister"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("rachel.okafor@ardentbio.com", "Rachel Okafor"),
                          att("stefan.imhof@ardentbio.com", "Stefan Imhof"),
                          att("laura.bianchi@ardentbio.com", "Laura Bianchi"),
                          att("michael.hart@ardentbio.com", "Michael Hart"),
                          att("jessica.pfister@ardentbio.com", "Jessica Pfister", "CHAIR", "ACCEPTED")])
    add("goodtime-panel-en", [ev], "-//GoodTime.io//GoodTime Calendar//EN", uid, "Ardent Biosciences",
        "Senior Scientist, Analytical Development", "onsite",
        "rachel.okafor@ardentbio.com;stefan.imhof@ardentbio.com;laura.bianchi@ardentbio.com;michael.hart@ardentbio.com",
        "goodtime-panel-coordinator-en")

    # ModernLoop final, Geneva, French/English
    uid = "ml-1f0e8d7c6b5a4932@modernloop.io"
    s, e = z("20250416", "1330-1630")
    d = ("Final round – Peptide Chemistry Team Lead\nCerulean Peptides SA, Chemin des Aulx 14, Plan-les-Ouates\n\n"
         "13:30 Dr. Julien Morel (VP CMC)\n14:15 Dr. Sofia Andersson (Head of Peptide Process)\n15:00 Break\n"
         "15:15 Pierre Dufour (HR Business Partner)\n\nQuestions? Contact talent@ceruleanpeptides.com\n"
         "Powered by ModernLoop")
    ev = event(uid, "Final round: Matthias Keller // Peptide Chemistry Team Lead", s, e, desc=d,
               loc="Chemin des Aulx 14, 1228 Plan-les-Ouates",
               organizer=org("talent@ceruleanpeptides.com", "Cerulean Talent"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("julien.morel@ceruleanpeptides.com", "Julien Morel"),
                          att("sofia.andersson@ceruleanpeptides.com", "Sofia Andersson"),
                          att("pierre.dufour@ceruleanpeptides.com", "Pierre Dufour")])
    add("modernloop-final-en", [ev], "-//ModernLoop//ModernLoop//EN", uid, "Cerulean Peptides",
        "Peptide Chemistry Team Lead", "final",
        "julien.morel@ceruleanpeptides.com;sofia.andersson@ceruleanpeptides.com;pierre.dufour@ceruleanpeptides.com")

    # Cal.com booking with a startup CTO
    uid = "calcom-7HqzV2bN8mYpL4tR@cal.com"
    s, e = u("20250321", "1400-1445")
    d = ("What: Technical chat – Kinalab (45 min)\nInvitee: Matthias Keller\nOrganizer: Tobias Renner (CTO, "
         "KinaLab Heidelberg)\n\nAdditional notes: Please be ready to walk through one of your syntheses "
         "(kinase inhibitors ideally).\n\nWhere: Cal Video https://app.cal.com/video/7HqzV2bN8mYpL4tR\n\n"
         "Need to reschedule or cancel? https://cal.com/booking/7HqzV2bN8mYpL4tR")
    ev = event(uid, "Technical chat – Kinalab between Tobias Renner and Matthias Keller", s, e, desc=d,
               loc="https://app.cal.com/video/7HqzV2bN8mYpL4tR", organizer=org("tobias@kinalab.de", "Tobias Renner"),
               attendees=[att(USER_FREE, "Matthias Keller", partstat="ACCEPTED")])
    add("calcom-tech-en", [ev], "-//Cal.com Inc.//Cal.com Event//EN", uid, "KinaLab", "", "technical",
        "tobias@kinalab.de", "calcom-startup-en", method="REQUEST", tzs=())

    # Microsoft Bookings, German
    uid = "AAMkADk3ZjBlNTQxLWI2NmMtNGQ2Yy1iZTg0LTc0MmMxZWQ0MWM0NABGAAAAAAB7H3Vh"
    s, e = z("20250310", "1000-1030", W_EU)
    d = ("Hallo Matthias Keller\n\nIhre Buchung ist bestätigt.\n\nDienst: Erstgespräch Bewerbung (30 Minuten)\n"
         "Mitarbeiter: Corinne Zaugg, HR\nFirma: Mittelland Analytik AG\n\nStelle: Wissenschaftlicher Mitarbeiter "
         "Spurenanalytik / Gruppenleitung\n\n" + teams("28864013975", "Lm82aQ", "de")
         + "\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/MittellandAnalytikAG@mla-ag.ch/bookings/")
    ev = event(uid, "Erstgespräch Bewerbung", s, e, desc=d, loc="Microsoft Teams-Besprechung",
               organizer=org("MittellandAnalytikAG@mla-ag.ch", "Mittelland Analytik AG"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("corinne.zaugg@mla-ag.ch", "Zaugg, Corinne")])
    add("ms-bookings-de", [ev], OUTLOOK, uid, "Mittelland Analytik",
        "Wissenschaftlicher Mitarbeiter Spurenanalytik / Gruppenleitung", "recruiter_screen",
        "corinne.zaugg@mla-ag.ch", "bookings-windows-tz-de", tzs=(W_EU,))

    # iCIMS
    uid = "icims-intv-20250328-118733@quellwerk-pharma.icims.com"
    s, e = z("20250328", "1300-1400", "Europe/Berlin")
    d = ("Interview Confirmation\n\nCandidate: Matthias Keller\nRequisition: 2025-2291 Laborleiter Wirkstoff"
         "synthese (w/m/d)\nInterview Type: Video Interview (Webex)\nInterviewers: Dr. Carsten Vogel; Dr. Aylin "
         "Demir\n\n" + webex("quellwerk", "23719904418", "QwP2025!")
         + "\n\nQuellwerk Pharma GmbH · Industriepark Höchst · Frankfurt am Main")
    ev = event(uid, "Video Interview: Laborleiter Wirkstoffsynthese (w/m/d) - Keller, Matthias", s, e, desc=d,
               loc="Webex", organizer=org("recruiting@quellwerk-pharma.de", "Quellwerk Recruiting"),
               attendees=[att(USER_FREE, "Keller, Matthias"),
                          att("carsten.vogel@quellwerk-pharma.de", "Vogel, Carsten"),
                          att("aylin.demir@quellwerk-pharma.de", "Demir, Aylin")])
    add("icims-webex-de", [ev], "-//iCIMS//iCIMS Talent Platform//EN", uid, "Quellwerk Pharma",
        "Laborleiter Wirkstoffsynthese (w/m/d)", "",
        "carsten.vogel@quellwerk-pharma.de;aylin.demir@quellwerk-pharma.de",
        "icims-webex-no-stage-de", tzs=("Europe/Berlin",))

    # SuccessFactors
    uid = "SF_INTERVIEW_31587_4471_neckartal"
    s, e = z("20250404", "0900-1200", "Europe/Berlin")
    d = ("Einladung zum Vorstellungsgespräch vor Ort\n\nStelle: Senior Scientist Galenik / Formulierungsentwicklung "
         "(Job-ID 31587)\nOrt: Neckartal Pharmazeutika GmbH, Hechinger Str. 212, 72072 Tübingen, Gebäude C, "
         "Empfang\n\nGesprächspartner: Dr. Verena Scholl (Bereichsleitung), Markus Kienzle (Laborleitung), "
         "Sabine Rapp (Personal)\n\nBitte melden Sie sich 10 Minuten vorher am Empfang.")
    ev = event(uid, "Vorstellungsgespräch vor Ort - Senior Scientist Galenik", s, e, desc=d,
               loc="Hechinger Str. 212, 72072 Tübingen",
               organizer=org("sf-noreply@neckartal-pharma.de", "SAP SuccessFactors"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("verena.scholl@neckartal-pharma.de", "Verena Scholl"),
                          att("markus.kienzle@neckartal-pharma.de", "Markus Kienzle"),
                          att("sabine.rapp@neckartal-pharma.de", "Sabine Rapp")])
    add("successfactors-onsite-de", [ev], "-//SAP//SuccessFactors Recruiting//EN", uid, "Neckartal Pharmazeutika",
        "Senior Scientist Galenik / Formulierungsentwicklung", "onsite",
        "verena.scholl@neckartal-pharma.de;markus.kienzle@neckartal-pharma.de;sabine.rapp@neckartal-pharma.de",
        tzs=("Europe/Berlin",))

    # softgarden
    uid = "sg-5f3b0a2e-1d4c-47a8-9e6f-galenix-88213"
    s, e = z("20250317", "1500-1545", "Europe/Berlin")
    d = ("Hallo Herr Keller,\n\nvielen Dank für Ihr Interesse an der Position Projektleiter Formulierung "
         "Pflanzenschutz (m/w/d). Wir laden Sie zu einem ersten Kennenlernen per Video ein. Gesprächspartnerin: "
         "Julia Hahn (Recruiting).\n\nVideolink: https://meet.softgarden.io/galenix/r/88213-keller\n\n"
         "Viele Grüße\nIhr Galenix Recruiting Team\nGalenix Formulation GmbH, Freiburg im Breisgau")
    ev = event(uid, "Kennenlernen per Video – Galenix Formulation GmbH", s, e, desc=d,
               loc="https://meet.softgarden.io/galenix/r/88213-keller",
               organizer=org("galenix@softgarden.email", "Galenix Formulation GmbH"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("julia.hahn@galenix.de", "Julia Hahn")])
    add("softgarden-video-de", [ev], "-//softgarden e-recruiting GmbH//softgarden//DE", uid, "Galenix Formulation",
        "Projektleiter Formulierung Pflanzenschutz (m/w/d)", "recruiter_screen", "julia.hahn@galenix.de",
        tzs=("Europe/Berlin",))

    # Webex direct from hiring manager, German
    uid = "8f02aa1d5c0e4f4e9d2b31c6b7e8a9f0"
    s, e = z("20250331", "1600-1700", "Europe/Berlin")
    d = ("Hallo Herr Keller,\n\nwie mit Frau Lang besprochen, hier die Einladung zum Gespräch mit mir zur "
         "Teamleitung Peptidanalytik. Ich freue mich!\n\n" + webex("isarchem", "27130042211", "Isar25")
         + "\n\nViele Grüße\nDr. Florian Weigl\nIsarchem GmbH, München")
    ev = event(uid, "Gespräch Teamleitung Peptidanalytik – Weigl / Keller", s, e, desc=d, loc="Webex",
               organizer=org("florian.weigl@isarchem.de", "Weigl, Florian"),
               attendees=[att(USER_FREE, "Matthias Keller")], extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))
    add("webex-hm-de", [ev], OUTLOOK, uid, "Isarchem", "Teamleitung Peptidanalytik", "hiring_manager",
        "florian.weigl@isarchem.de", "webex-direct-hm-de", tzs=("Europe/Berlin",))

    # all-day assessment centre
    uid = "AC-2025-05-06-keller@salinaria.ch"
    d = ("Assessment Center für die Stelle Head of Residue Chemistry\nProgramm: Fallstudie, Präsentation vor dem "
         "Gremium (Dr. Heidi Amsler, Dr. Luca Ferrari, Werner Blum), Rollenspiel Mitarbeiterführung, "
         "Abschlussgespräch.\nSalinaria AG, Salinenstrasse 61, Rheinfelden")
    ev = event(uid, "Assessment Center Salinaria – Head of Residue Chemistry", "DTSTART;VALUE=DATE:20250506",
               "DTEND;VALUE=DATE:20250507", desc=d, loc="Salinaria AG, Rheinfelden",
               organizer=org("hr@salinaria.ch", "Salinaria HR"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("heidi.amsler@salinaria.ch", "Heidi Amsler"),
                          att("luca.ferrari@salinaria.ch", "Luca Ferrari"),
                          att("werner.blum@salinaria.ch", "Werner Blum")])
    add("allday-assessment-de", [ev], OUTLOOK, uid, "Salinaria", "Head of Residue Chemistry", "final",
        "heidi.amsler@salinaria.ch;luca.ferrari@salinaria.ch;werner.blum@salinaria.ch", "all-day-assessment-de",
        tzs=())

    # Google export with X-WR-TIMEZONE, floating-ish times with zone header
    uid = "2k9v0fq4m1c7d8e3b6a5@google.com"
    d = ("Zweitgespräch mit Dr. Andrea Hug (Leiterin F&E) und Patrick Egli (Produktion).\nThurgauer Feinchemie "
         "AG, Weinfelden. Parkplatz P2.\n" + meet("vtk-ymaq-hrb", "902 118 443#"))
    ev = event(uid, "TFC Zweitgespräch", "DTSTART:20250411T090000", "DTEND:20250411T103000", desc=d,
               loc="Thurgauer Feinchemie AG, Industriestrasse 9, 8570 Weinfelden",
               organizer=org("andrea.hug@tfc-chem.ch", "Andrea Hug"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("patrick.egli@tfc-chem.ch", "Patrick Egli")])
    add("google-xwr-tz-de", [ev], GOOGLE, uid, "Thurgauer Feinchemie", "", "",
        "andrea.hug@tfc-chem.ch;patrick.egli@tfc-chem.ch", "x-wr-timezone-abbrev-de", method="PUBLISH", tzs=(),
        head=("X-WR-CALNAME:Matthias privat", "X-WR-TIMEZONE:Europe/Zurich"))

    # UTC, French, Google invite from flavour house
    uid = "5tq8hb2ml0v4j1c9s7e6@google.com"
    s, e = u("20250324", "0830-0930")
    d = ("Bonjour Matthias,\n\nSuite à notre échange, je vous propose un entretien technique en visio avec moi et "
         "Hélène Castel (Responsable Analyse Sensorielle) pour le poste d'Aromaticien-chimiste R&D.\n\n"
         + meet("fwa-qzdn-oxe", "771 045 926#") + "\n\nBien à vous,\nDr. Yann Leclerc\nDirecteur R&D, Provence "
         "Arômes Naturels")
    ev = event(uid, "Entretien technique – Aromaticien-chimiste R&D (PAN)", s, e, desc=d,
               loc="https://meet.google.com/fwa-qzdn-oxe",
               organizer=org("y.leclerc@provence-aromes.fr", "Yann Leclerc"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("h.castel@provence-aromes.fr", "Hélène Castel")])
    add("google-utc-fr", [ev], GOOGLE, uid, "Provence Arômes Naturels", "Aromaticien-chimiste R&D", "technical",
        "y.leclerc@provence-aromes.fr;h.castel@provence-aromes.fr", "google-utc-fr", tzs=())

    # French phone screen, flavour company, Romance Standard Time
    uid = "040000008200E00074C5B7101A82E00800000000F06A2D11CC93DB01000000000000000010000000ABCD0F9A22"
    s, e = z("20250319", "0900-0930", ROM)
    d = ("Bonjour M. Keller,\n\nComme convenu, je vous appellerai mercredi pour un premier échange sur le poste de "
         "Chimiste de synthèse – Molécules odorantes, CDI, Grasse.\n\nBien cordialement,\nSandrine Pellegrin\n"
         "Chargée RH – Saveurs de Grasse SAS")
    ev = event(uid, "Échange téléphonique RH - M. Keller", s, e, desc=d, loc="Appel sur votre portable",
               organizer=org("s.pellegrin@sdg-arome.fr", "PELLEGRIN Sandrine"),
               attendees=[att(USER_FREE, "matthias.keller.chem@gmx.ch")])
    add("outlook-phone-fr", [ev], OUTLOOK, uid, "Saveurs de Grasse", "Chimiste de synthèse – Molécules odorantes",
        "recruiter_screen", "s.pellegrin@sdg-arome.fr", "outlook-romance-phone-fr", tzs=(ROM,))

    # German agency naming employer
    uid = "chemstaff-termin-20250401-keller-0147"
    s, e = z("20250401", "1400-1500")
    d = ("Grüezi Herr Keller\n\nIch freue mich, Ihnen das Vorstellungsgespräch bei unserer Kundin, der Alpenrose "
         "Pharma AG in Zug, zu bestätigen. Stelle: Senior Chemist API Development. Gesprächspartner: Dr. Martin "
         "Bossard (Head API Development) und Frau Ursula Kälin (HR).\n\nAdresse: Alpenrose Pharma AG, "
         "Baarerstrasse 112, 6300 Zug\n\nViel Erfolg!\nNicole Baumann\nChemstaff Personal AG")
    ev = event(uid, "Vorstellungsgespräch Alpenrose Pharma (via Chemstaff)", s, e, desc=d,
               loc="Baarerstrasse 112, 6300 Zug", organizer=org("n.baumann@chemstaff.ch", "Nicole Baumann"),
               attendees=[att(USER_FREE, "Matthias Keller")])
    add("agency-de", [ev], OUTLOOK, uid, "Alpenrose Pharma", "Senior Chemist API Development", "",
        "Martin Bossard;Ursula Kälin", "agency-names-employer-de")

    # Direct Outlook HM, "Last, First", German, escaped commas
    uid = "040000008200E00074C5B7101A82E00800000000D1C5EE7A0F94DB0100000000000000001000000090EF12AA01"
    s, e = z("20250407", "1500-1600", W_EU)
    d = ("Grüezi Herr Keller\n\nDanke für Ihre Bewerbung als Gruppenleiter Synthese. Gerne lerne ich Sie "
         "persönlich kennen, bei uns in Aarau, Sitzungszimmer Jura.\n\nFreundliche Grüsse\nRoland Hunziker\n"
         "Leiter Forschung & Entwicklung, Aarwerk Chemie AG")
    ev = event(uid, "Gespräch Keller, Matthias / Hunziker, Roland", s, e, desc=d,
               loc="Aarwerk Chemie AG, Sitzungszimmer Jura, Aarau",
               organizer=org("roland.hunziker@aarwerk.ch", "Hunziker, Roland"),
               attendees=[att(USER_FREE, "Keller, Matthias"),
                          att("sz-jura@aarwerk.ch", "Sitzungszimmer Jura", "NON-PARTICIPANT", cutype="RESOURCE")])
    add("outlook-direct-hm-de", [ev], OUTLOOK, uid, "Aarwerk Chemie", "Gruppenleiter Synthese", "hiring_manager",
        "roland.hunziker@aarwerk.ch", "outlook-lastfirst-resource-de", tzs=(W_EU,))

    # terse hand-typed, work calendar, with Zoom link pasted
    uid = "b21c77e0-3f5e-4ad9-9b8e-77c02f5ad6e1"
    s, e = z("20250402", "0800-0845")
    d = "Epiris 1st round w/ recruiter (Hannah)\n" + zoom("86604129337", "EPR88")
    ev = event(uid, "Epiris screen", s, e, desc=d, loc="Zoom")
    add("hand-typed-en", [ev], "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", uid, "Epiris Biotech", "",
        "recruiter_screen", "Hannah", "hand-typed-terse-en", method=None)

    # Lever panel with Epiris later, onsite Munich, names in body only
    uid = "lever-a8c3e1f2-77d0-4b5a-93e1-2c0d4b8f6a71"
    s, e = z("20250423", "0930-1500", "Europe/Berlin")
    d = ("Hi Matthias,\n\nWe're excited to host you in Martinsried for your onsite interviews for the Scientist, "
         "Chemical Biology (Degraders) role at Epiris Biotech.\n\n09:30 Job talk (45 min)\n10:30 Dr. Elena "
         "Vasquez\n11:15 Dr. Benedikt Krämer\n12:00 Lunch\n13:00 Dr. Claudia Pohl (VP Discovery)\n14:00 Hannah "
         "Seidl, Talent Partner – wrap-up\n\nAm Klopferspitz 19a, 82152 Planegg-Martinsried\n\nSent via Lever")
    ev = event(uid, "Onsite Interview – Epiris Biotech", s, e, desc=d, loc="Am Klopferspitz 19a, Planegg-Martinsried",
               organizer=org("hannah.seidl@epiris.bio", "Hannah Seidl"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("elena.vasquez@epiris.bio", "Elena Vasquez"),
                          att("benedikt.kraemer@epiris.bio", "Benedikt Krämer"),
                          att("claudia.pohl@epiris.bio", "Claudia Pohl")])
    add("lever-onsite-en", [ev], "-//Lever//Lever Interview Scheduling//EN", uid, "Epiris Biotech",
        "Scientist, Chemical Biology (Degraders)", "onsite",
        "elena.vasquez@epiris.bio;benedikt.kraemer@epiris.bio;claudia.pohl@epiris.bio",
        "lever-onsite-recruiter-wrapup-en", tzs=("Europe/Berlin",))

    # floating time, German, employee from agro company on work address (user gave work address)
    uid = "20250415T103000-hk77@bachtel-agro.ch"
    s, e = fl("20250422", "1330-1600")
    d = ("Grüezi Herr Keller\nBesten Dank für das angenehme Telefonat. Gerne laden wir Sie zum Gespräch vor Ort in "
         "Stein AG ein: Präsentation Ihrer Postdoc-Arbeit (20 Min.), danach Gespräch mit Dr. Hanspeter Kull "
         "(Leiter Syntheselabor) und Frau Sandra Widmer (HR), Laborrundgang.\nFreundliche Grüsse\nSandra Widmer")
    ev = event(uid, "Vorstellungsgespräch Syntheselabor – Matthias Keller", s, e, desc=d,
               loc="Bachtel Agro AG, Hauptstrasse 14, 4332 Stein AG",
               organizer=org("sandra.widmer@bachtel-agro.ch", "Widmer Sandra"),
               attendees=[att(USER_WORK, "Matthias Keller"), att("hanspeter.kull@bachtel-agro.ch", "Kull Hanspeter")])
    add("floating-onsite-de", [ev], "-//Open-Xchange//7.10.6-Rev42//EN", uid, "Bachtel Agro",
        "Syntheselabor", "onsite", "hanspeter.kull@bachtel-agro.ch;sandra.widmer@bachtel-agro.ch",
        "floating-work-address-de", tzs=())
    return out
