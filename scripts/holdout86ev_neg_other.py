"""holdout86: Reto Baumann's other calendar entries — not his own job interviews (blind-written)."""

from __future__ import annotations

from holdout86ev_ics import (
    ME_FREE,
    ME_WORK,
    TZ_ZURICH,
    UTC_DE,
    Item,
    att,
    cal,
    meet,
    org,
    teams,
    tz_windows,
    vevent,
    zoom,
)

ME = att(ME_FREE, "Reto Baumann")
ME_W = att(ME_WORK, "Baumann, Reto")
WIN = "W. Europe Standard Time"


def neg(kind: str, text: str, uid: str, trap: str) -> Item:
    return Item(kind, text, uid, 0, trap=trap)


def simple(kind: str, prodid: str, uid: str, start: str, end: str, summary: str, desc: str | None, loc: str | None,
           trap: str, organizer: str | None = None, attendees: tuple | list = (), method: str | None = None,
           tzid: str | None = "Europe/Zurich") -> Item:
    tz = None if tzid is None or start.endswith("Z") or len(start) == 8 else (
        TZ_ZURICH if tzid == "Europe/Zurich" else tz_windows(tzid))
    ev = vevent(uid, start, end, summary, desc, loc, organizer, attendees, tzid=tzid)
    return neg(kind, cal([ev], prodid, method=method, tz=tz), uid, trap)


def o01() -> Item:
    return simple("google", "google", "2mf8s0q1kd7c4vb9ea3pl6nrth@google.com", "20250926T140000", "20250926T153000",
                  "Probeinterview mit Coach (Vorbereitung Zugerland)",
                  "Mock-Interview mit Sabine Rüfenacht, Rüfenacht Laufbahnberatung. Sie spielt die CEO, ich übe "
                  "Fragen zu Führung und Budgetverantwortung. Video wird aufgezeichnet.\n\n" + meet("ovb-qzky-hnm"),
                  "https://meet.google.com/ovb-qzky-hnm", "mock-interview-coach-de",
                  org("sabine@ruefenacht-laufbahn.ch", "Sabine Rüfenacht"), [ME], "REQUEST")


def o02() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000AB12CD34EF40DC010000000000000000100"
                  "00000A001", "20251001T170000", "20251001T180000", "Simulation d'entretien – Cap Carrière Cadres",
                  "Atelier pratique : simulation d'entretien d'embauche filmée, avec retour individuel de la "
                  "conseillère (Mme Delphine Roulin). Apportez votre CV.", "Cap Carrière, Rue du Midi 4, 1003 Lausanne",
                  "mock-interview-fr", org("d.roulin@capcarriere.ch", "Roulin, Delphine"), [ME], "REQUEST",
                  "Romance Standard Time")


def o03() -> Item:
    desc = ("Vielen Dank für Ihre Anmeldung!\n\nWebinar: Erfolgreich ins Kadergespräch – Tipps für Bauprofis\n"
            "Referent: Roger Fässler, Baukader Personal AG\n\nSo nehmen Sie teil: https://attendee.gotowebinar.com/"
            "join/5531902847\nWebinar-ID: 553-190-284")
    return simple("webinar", "-//GoTo//GoTo Webinar//EN", "gtw-5531902847-reto@gotowebinar.com", "20250910T160000Z",
                  "20250910T170000Z", "Webinar: Erfolgreich ins Kadergespräch – Tipps für Bauprofis", desc,
                  "https://attendee.gotowebinar.com/join/5531902847", "webinar-interview-tips-de",
                  org("customercare@gotowebinar.com", "GoTo Webinar"), [ME], "REQUEST")


def o04() -> Item:
    desc = ("Gracias por registrarte.\n\nWebinar: Cómo preparar una entrevista de trabajo en Suiza (para "
            "profesionales de la construcción)\nOrganiza: Red de Ingenieros Hispanos en Suiza\n\n" +
            zoom("es", "871 6620 3314"))
    return simple("zoom", "zoom", "zoom-87166203314-webinar@zoom.us", "20251012T180000Z", "20251012T190000Z",
                  "Webinar: Cómo preparar una entrevista de trabajo en Suiza", desc, "Zoom", "webinar-es",
                  org("no-reply@zoom.us", "Zoom"), [ME], "REQUEST")


def o05() -> Item:
    return simple("outlook", "outlook", "SBV-KURS-2025-INT-118-baumann@baumeister.ch", "20251112T081500",
                  "20251112T163000", "SBV-Kurs: Interviewtechnik und Personalauswahl für Kader",
                  "Kurs des Schweizerischen Baumeisterverbands, Campus Sursee. Inhalte: strukturierte "
                  "Interviews, Beurteilungsfehler, Rollenspiele, rechtliche Aspekte. Verpflegung inbegriffen.",
                  "Campus Sursee, 6210 Sursee", "class-interviewing-technique-de",
                  org("kurse@baumeister.ch", "SBV Weiterbildung"), [ME_W], "REQUEST", WIN)


def o06() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000BC23DE45F041DC010000000000000000"
                  "10000000A002", "20251002T100000", "20251002T110000", "Interview Baublatt – Baustelle Hardturm",
                  "Journalistin Karin Frey (Baublatt) interviewt Reto zum Stand der Arbeiten, Fotos auf der "
                  "Baustelle. Freigabe Text über Kommunikation (M. Lang).", "Baustelle Hardturm, Baubüro",
                  "press-interview-de", org("m.lang@limmatbau.ch", "Lang, Martina"),
                  [ME_W, att("karin.frey@baublatt.ch", "Karin Frey")], "REQUEST", WIN)


def o07() -> Item:
    desc = ("Hi Reto, thanks for joining 'Built Different', the podcast about people who build things. We'll "
            "record a 40-minute interview about running big sites in Zürich. Riverside link: https://riverside.fm/"
            "studio/built-different?t=8812\n\nCheers, Ellie")
    return simple("google", "google", "5qv2kn8c0sd1ja7em3lh9rbt6o@google.com", "20251018T090000",
                  "20251018T100000", "Podcast recording: Built Different – interview with Reto Baumann", desc,
                  "Riverside.fm", "podcast-interview-en", org("ellie@builtdifferentpod.com", "Ellie Morgan"), [ME],
                  "REQUEST")


def o08() -> Item:
    desc = ("Hallo Reto\n\nDanke, dass du an unserem User Interview teilnimmst! Wir möchten verstehen, wie "
            "Bauleiter Mängel und Rapporte auf der Baustelle erfassen. Dauer 45 Min., als Dankeschön gibt es "
            "einen Gutschein über CHF 100.\n\nLaura, UX Research @ SiteLog\n\n" + meet("ujw-pxte-dca"))
    return simple("google", "google", "7bt3rn1ek9q0ca5vd2oh8lms4f@google.com", "20251007T160000",
                  "20251007T164500", "User Interview SiteLog – Baustellen-App (Reto)", desc,
                  "https://meet.google.com/ujw-pxte-dca", "user-research-de",
                  org("laura.benz@sitelog.app", "Laura Benz"), [ME], "REQUEST")


def o09() -> Item:
    return simple("apple", "apple", "0C9A2E71-5B3D-4F8E-A6C4-7D1B2E9F3A50", "20250929T073000", "20250929T080000",
                  "Hausarzt Dr. Wenger – Kontrolle Blutdruck", "nüchtern!", "Praxis am Bahnhof, Dietikon",
                  "doctor-de")


def o10() -> Item:
    return simple("apple", "apple", "4E6B8D0F-1A3C-4B5D-9E7F-8A0B2C4D6E81", "20251024T171500", "20251024T181500",
                  "Dentalhygiene", "Zahnarztpraxis Limmatplatz, 044 271 00 00", "Limmatplatz 3, Zürich",
                  "dentist-de")


def o11() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000CD34EF56A142DC010000000000000000"
                  "10000000A003", "20251009T173000", "20251009T183000", "Beratung Hypothek – Zürcher Landbank",
                  "Beratungsgespräch Verlängerung Festhypothek (läuft 03/2026 aus). Mitbringen: Lohnausweis, "
                  "Steuererklärung 2024.", "Zürcher Landbank, Filiale Dietikon",
                  "bank-de", org("kevin.ammann@landbank.ch", "Ammann, Kevin"), [ME], "REQUEST", WIN)


def o12() -> Item:
    return simple("google", "google", "1dk9p3a0ve6ln8tb2sj4mc7hqr@google.com", "20251013T074500", "20251013T080000",
                  "Einwohnerkontrolle – Pass/ID beantragen (Lina + ich)", "Termin Nr. 4471, Foto wird vor Ort "
                  "gemacht", "Stadthaus Dietikon, Bremgartnerstrasse 22", "gemeinde-passport-de")


def o13() -> Item:
    desc = ("Appointment confirmation\nApplicant: BAUMANN, RETO\nVisa category: B1/B2\nConfirmation No.: "
            "AA00F9K2QZ\n\nPlease arrive 15 minutes before your interview. Bring your passport, DS-160 "
            "confirmation page and one photo. No electronic devices.")
    return simple("ics", "ics", "ustraveldocs-AA00F9K2QZ@ustraveldocs.com", "20251106T074500Z", "20251106T084500Z",
                  "Visa Interview – U.S. Embassy Bern", desc, "U.S. Embassy, Sulgeneckstrasse 19, 3007 Bern",
                  "visa-interview-en", method="PUBLISH")


def o14() -> Item:
    return simple("google", "google", "9hn4bs2q7ov1kd0ep8ml3tc6ra@google.com", "20251104T170000", "20251104T173000",
                  "Elterngespräch Lina (5. Klasse, Frau Bösch)", "Standortgespräch, beide Eltern",
                  "Schulhaus Zentral, Zimmer 12", "school-de", org("m.boesch@schule-dietikon.ch", "Monika Bösch"),
                  [ME, att("andrea.baumann-frei@bluewin.ch", "Andrea Baumann")], "REQUEST")


def o15() -> Item:
    return simple("thunderbird", "thunderbird", "b72e90c1-4a5d-4f3e-9c8b-1e2d3f4a5b6c", "20251117", "20251122",
                  "Zivilschutz WK (Kp 3, Unterstützung Gemeinde)", "Einrücken 07:30 Zivilschutzanlage Fondli, "
                  "Aufgebot im Ordner", "ZSA Fondli, Dietikon", "militia-civil-protection-de")


def o16() -> Item:
    return simple("outlook", "outlook", "SUVA-K-2025-4471-baumann@suva.ch", "20251126T080000", "20251126T163000",
                  "SUVA-Kurs: Absturzsicherung für Vorgesetzte", "Kursnummer K-4471. PSAgA mitbringen, Mittagessen "
                  "inbegriffen.", "Suva Ausbildungszentrum, 6210 Sursee", "safety-course-de",
                  org("kurse@suva.ch", "Suva Kurse"), [ME_W], "REQUEST", WIN)


def o17() -> Item:
    desc = ("Traktanden:\n1. Protokoll BS 13\n2. Termine Rohbau Etappe 2\n3. Mehrkosten Baugrubensicherung\n4. "
            "Bemusterung Fassade\n5. Varia\n\nTeilnehmer: Bauherrschaft (Pensionskasse Limmattal), Architekt "
            "(Meier Partner), GU-Bauleitung (R. Baumann)")
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000DE450F67B243DC01000000000000000010"
                  "000000A004", "20251002T140000", "20251002T160000", "Bauherrensitzung Nr. 14 – Wohnüberbauung "
                  "Hardturm", desc, "Baubüro Hardturm", "client-meeting-de",
                  org("a.meier@meierpartner-arch.ch", "Meier, Andreas"),
                  [ME_W, att("bau@pk-limmattal.ch", "PK Limmattal Bau")], "REQUEST", WIN)


def o18() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000EF5610780344DC01000000000000000010"
                  "000000A005", "20251015T073000", "20251015T090000", "Baustellenbegehung mit Arbeitsinspektorat",
                  "Kontrolle Gerüste und Absturzsicherungen Etappe 2. Polier P. Huber ist dabei.",
                  "Baustelle Hardturm", "site-inspection-de", org(ME_WORK, "Baumann, Reto"),
                  [att("p.huber@limmatbau.ch", "Huber, Paul"), att("r.senn@zh.ch", "Senn, Roland")], "REQUEST",
                  UTC_DE)


def o19() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000F067218A1445DC01000000000000000010"
                  "000000A006", "20251120T140000", "20251120T153000", "Mitarbeitergespräch 2025 – Reto Baumann",
                  "Jährliches MAG: Zielerreichung 2025, Ziele 2026, Weiterbildung. Bitte Selbsteinschätzung "
                  "vorgängig ausfüllen.", "Büro P. Huber", "own-appraisal-de", org("p.huber@limmatbau.ch",
                                                                                   "Huber, Paul"),
                  [ME_W], "REQUEST", WIN)


def o20() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000A178329B2546DC01000000000000000010"
                  "000000A007", "20251215T100000", "20251215T104500", "Austrittsgespräch R. Baumann",
                  "Austrittsgespräch mit HR: Rückgabe Schlüssel/Laptop/Tankkarte, Feedback zur Zusammenarbeit, "
                  "Arbeitszeugnis.", "HR, 2. OG", "exit-interview-de", org("t.schmid@limmatbau.ch", "Schmid, Tanja"),
                  [ME_W], "REQUEST", WIN)


def o21() -> Item:
    return simple("apple", "apple", "7A1C3E5F-2B4D-4F6A-8C0E-9B1D3F5A7C92", "20250913T093000", "20250913T103000",
                  "Kafi mit Thomas (ex-Kollege, jetzt bi Aarebau)", "fröge wie d GL isch, Lohnband GPL",
                  "Café Sprüngli, Paradeplatz", "coffee-chat-de")


def o22() -> Item:
    desc = ("Hi Reto – happy to share what it's like on the developer side. Nothing formal, we don't have an "
            "opening right now, just a coffee and a chat.\nAnna")
    return simple("google", "google", "3kr9e1ma6tq0vn4cd8hs2pl7bo@google.com", "20251004T080000",
                  "20251004T090000", "Coffee: Anna Frick / Reto Baumann", desc, "Kafi Dihei, Zürich",
                  "informational-coffee-en", org("anna.frick@nordhaven-dev.ch", "Anna Frick"), [ME], "REQUEST")


def o23() -> Item:
    return simple("google", "google", "6pd0ar3nl9k2jq8ct1ve5mb7hs@google.com", "20251025T100000", "20251025T150000",
                  "Kadermesse Bau & Immobilien", "Stände: Aarebau, BTU, Kessler TU, OGU … Dossiers (10x) drucken!",
                  "Messe Zürich, Halle 7", "job-fair-visitor-de", org(ME_FREE, "Reto Baumann"))


def o24() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000B289430C3647DC01000000000000000010"
                  "000000A008", "20251020T120000", "20251020T121500",
                  "Referenzauskunft für Adrian Keller (ex-Polier Limmatbau)",
                  "Frau Stalder von der Brunner TU ruft an, Adrian hat mich als Referenz angegeben.", "Telefon",
                  "reference-referee-de", None, (), None, WIN)


def o25() -> Item:
    return simple("google", "google", "8cj1tv5q0ld3ko7en2ar9mh6sb@google.com", "20251001T121500", "20251001T124500",
                  "Telefon Headhunter – vertrauliches Mandat GPL",
                  "Herr Egger (Egger Search) – Auftraggeber wird erst nach Erstgespräch genannt. Grosser GU, "
                  "Raum Zürich.", "Telefon", "recruiter-no-employer-de", org(ME_FREE, "Reto Baumann"))


def o26() -> Item:
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000C39A541D4748DC01000000000000000010"
                  "000000A009", "20251008T123000", "20251008T130000", "Appel – mandat confidentiel Romandie",
                  "Bonjour M. Baumann, comme convenu je vous appelle pour vous présenter un mandat confidentiel "
                  "(entreprise générale, région lémanique). Le nom du client vous sera communiqué ultérieurement.\n"
                  "Sébastien Jordan, Jordan Executive", "Téléphone", "recruiter-no-employer-fr",
                  org("s.jordan@jordan-executive.ch", "Jordan, Sébastien"), [ME], "REQUEST", "Romance Standard Time")


def o27() -> Item:
    return simple("apple", "apple", "5D7F9B1C-3E5A-4C7E-9A1B-2C4E6A8C0E13", "20251008T193000", "20251008T213000",
                  "Vorbereitung Gespräch Zugerland", "Geschäftsbericht lesen, Projekte Baar/Cham anschauen, Fragen "
                  "zum Team notieren", None, "prep-block-de")


def o28() -> Item:
    return simple("apple", "apple", "1B3D5F7A-9C2E-4A6C-8E0B-3D5F7B9D1F24", "20251018T080000", "20251018T081500",
                  "Dankesmail Voxel Build (Sara, Dominik, Raphael)", None, None, "followup-todo-de")


def o29() -> Item:
    return simple("google", "google", "0ep7ha2lt9c4sr1mb6kd3vq8nj@google.com", "20251010T104500", "20251010T131000",
                  "Zug Zürich HB → Sion (IR 90)", "Gleis 13, 1. Klasse, Halbtax", "Zürich HB", "travel-de",
                  org(ME_FREE, "Reto Baumann"))


def o30() -> Item:
    return simple("thunderbird", "thunderbird", "c8d9e0f1-a2b3-4c5d-8e6f-7a8b9c0d1e2f", "20250916T183000",
                  "20250916T200000", "Clase de español B1 – Klubschule", "Lección 7: el subjuntivo. Deberes p. 42",
                  "Klubschule Migros, Limmatplatz, Zürich", "class-es")


def o31() -> Item:
    return simple("google", "google", "2lb8vc4ns1p7ek0qd9ha3mr6to@google.com", "20251019T183000", "20251019T220000",
                  "Geburtstag Mami – Znacht im Rössli", "Tisch für 8 reserviert", "Restaurant Rössli, Urdorf",
                  "family-de", org("andrea.baumann-frei@bluewin.ch", "Andrea Baumann"), [ME], "REQUEST")


def o32() -> Item:
    desc = ("Unternehmergespräch Vergabe Fassade (Los 21)\nTeilnehmer: Fassadenbau Rutishauser AG, Limmatbau "
            "Einkauf (J. Graf), Bauleitung (R. Baumann)\nThemen: Abgebotsrunde, Termine, Musterfassade\n\n" +
            teams("de", "322 019 448 751", "Fz5Kc4"))
    return simple("outlook", "outlook", "040000008200E00074C5B7101A82E00800000000D4AB652E5849DC01000000000000000010"
                  "000000A010", "20251029T083000", "20251029T100000", "Unternehmergespräch Fassade Los 21 – "
                  "Rutishauser", desc, "Microsoft Teams-Besprechung", "supplier-negotiation-de",
                  org("j.graf@limmatbau.ch", "Graf, Jonas"), [ME_W, att("offerten@rutishauser-fassaden.ch",
                                                                        "Rutishauser Offerten")], "REQUEST", WIN)


def o33() -> Item:
    return simple("google", "google", "4sa9k1qt6ec3mh0vl8bn2do7rp@google.com", "20251111T190000", "20251111T213000",
                  "Sitzung Baukommission Gemeinde Urdorf", "Traktanden: Baugesuche 2025-88 bis 2025-95, "
                  "Augenschein Im Moos", "Gemeindehaus Urdorf, Sitzungszimmer 1", "civic-committee-de",
                  org("bauamt@urdorf.ch", "Bauamt Urdorf"), [ME], "REQUEST")


def o34() -> Item:
    return simple("apple", "apple", "8F0A2C4E-6B8D-4F1A-9C3E-5A7C9E1B3D46", "20250927", "20250928",
                  "Obligatorisches Schiessen (300 m)", "Dienstbüchlein + Schiessbüchlein mitnehmen",
                  "Schiessanlage Rütenen, Urdorf", "militia-shooting-de")


ALL = [o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12, o13, o14, o15, o16, o17, o18, o19, o20, o21,
       o22, o23, o24, o25, o26, o27, o28, o29, o30, o31, o32, o33, o34]
