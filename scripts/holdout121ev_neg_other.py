"""holdout121: negatives that are not the user's own interview (work, life, practice, press, research, prep)."""

from __future__ import annotations

from holdout121ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    W_EUROPE,
    att,
    meet,
    neg,
    org,
    teams,
    tz,
    vcal,
    vevent,
    zoom,
)

B = "Europe/Berlin"
GF = ("m.kuhlmann@weserland-backwaren.de", "Kuhlmann, Martin")
HRW = ("s.koehler@weserland-backwaren.de", "Köhler, Svenja")
MEW = (ME_WORK, "Brandt, Henning")
MEF = (ME_FREE, "Henning Brandt")
PRIV = ("X-WR-CALNAME:Henning privat", "X-WR-TIMEZONE:Europe/Berlin")

# (kind, uid, start, end, summary, desc, loc, organizer, attendees, prodid, rrule, trap)
# start/end: "W:" work zone, "B:" Europe/Berlin, "D:" all-day, "Z" suffix UTC
ROWS: list[tuple] = [
    ("schichtuebergabe-de", "040000008200E00074C5B7101A82E00800000000BB01", "W:20250203T055000",
     "W:20250203T060500", "Schichtübergabe", "Früh an Spät: Störungen, Rückstände, Hygiene", "Leitstand Halle 1",
     None, [], OUTLOOK, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "internal-recurring-de"),
    ("ifs-audit-de", "040000008200E00074C5B7101A82E00800000000BB02", "D:20250415", "D:20250417",
     "IFS-Audit (Food 8)", "Auditor: Hr. Beck, DQS. Alle Bereiche, unangekündigter Teil möglich.", "Werk",
     GF, [MEW, HRW], OUTLOOK, None, "internal-audit-allday-de"),
    ("audit-interviews-de", "040000008200E00074C5B7101A82E00800000000BB03", "W:20250416T090000",
     "W:20250416T113000", "IFS-Audit Tag 2: Mitarbeiterinterviews Linie 3 (Auditor)",
     "Auditor führt Interviews mit Maschinenführern und Schichtleitung zu Hygiene und Rückverfolgbarkeit. HB "
     "begleitet.", "Halle 2, Linie 3", ("qs@weserland-backwaren.de", "Qualitätssicherung"), [MEW], OUTLOOK, None,
     "audit-staff-interviews-de"),
    ("linie3-de", "040000008200E00074C5B7101A82E00800000000BB04", "W:20250219T070000", "W:20250219T073000",
     "Linie 3 – Störung Schockfroster", None, "Halle 2", None, [], OUTLOOK, None, "internal-terse-de"),
    ("gf-de", "040000008200E00074C5B7101A82E00800000000BB05", "W:20250210T080000", "W:20250210T090000",
     "Besprechung GF", "Wochenzahlen, Personal, Invest Linie 4", "Büro GF", GF, [MEW], OUTLOOK,
     "FREQ=WEEKLY;BYDAY=MO", "internal-gf-weekly-de"),
    ("ma-gespraech-de", "040000008200E00074C5B7101A82E00800000000BB06", "W:20250305T100000", "W:20250305T110000",
     "MA-Gespräch Fr. Janßen (Schichtleitung)", "Jahresziele, Weiterbildung Meister", "Büro PL", MEW,
     [("k.janssen@weserland-backwaren.de", "Janßen, Kerstin")], OUTLOOK, None, "user-appraises-report-de"),
    ("jahresgespraech-de", "040000008200E00074C5B7101A82E00800000000BB07", "W:20250314T140000",
     "W:20250314T153000", "Jahresgespräch H. Brandt", "Zielerreichung 2024, Ziele 2025, Gehalt", "Büro GF", GF,
     [MEW], OUTLOOK, None, "own-appraisal-de"),
    ("exit-de", "040000008200E00074C5B7101A82E00800000000BB08", "W:20250328T130000", "W:20250328T134500",
     "Exit-Gespräch Hr. Pohl (Schichtleiter Spät)", "Austrittsgespräch, Fragebogen HR", "Büro PL", HRW, [MEW],
     OUTLOOK, None, "exit-interview-of-report-de"),
    ("supplier-known-co-de", "040000008200E00074C5B7101A82E00800000000BB09", "W:20250225T090000",
     "W:20250225T140000", "Lieferantenaudit Hansetal Molkerei (Butter)",
     "Lieferantenbewertung Butter/Sahne, Rückverfolgbarkeit, Allergenmanagement. Fahrt mit QS.",
     "Hansetal Molkerei eG, Edewecht", MEW, [("qs@weserland-backwaren.de", "Qualitätssicherung")], OUTLOOK, None,
     "supplier-audit-at-interview-company-de"),
    ("messe-de", "040000008200E00074C5B7101A82E00800000000BB10", "D:20250318", "D:20250321",
     "Messe Anuga FoodTec Köln", "Halle 7 Verpackung, Halle 9 Kältetechnik. Hotel Ibis Messe.", "Koelnmesse",
     None, [], OUTLOOK, None, "messe-allday-de"),
    ("arzt-de", "0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com", "B:20250212T073000", "B:20250212T080000",
     "Dr. Hasselmann Orthopädie", "Knie, Überweisung mitnehmen", "Obernstraße 40, Bremen", None, [], GOOGLE, None,
     "personal-arzt-de"),
    ("zahnarzt-de", "1b2c3d4e5f6g7h8i9j0k1l2m3n@google.com", "B:20250403T163000", "B:20250403T171500",
     "ZA Kontrolle + PZR", None, "Zahnarztpraxis Dr. Eilers", None, [], GOOGLE, None, "personal-zahnarzt-de"),
    ("steuerberater-de", "2c3d4e5f6g7h8i9j0k1l2m3n4o@google.com", "B:20250320T180000", "B:20250320T190000",
     "Steuerberater Fr. Grotheer – ESt 2024", "Belege Handwerkerleistungen, Fahrtkosten Bewerbungen!",
     "Kanzlei Grotheer, Achim", None, [], GOOGLE, None, "personal-steuerberater-de"),
    ("schule-de", "3d4e5f6g7h8i9j0k1l2m3n4o5p@google.com", "B:20250227T171000", "B:20250227T172000",
     "Elternsprechtag Jonas – Fr. Kaya (Mathe)", "Raum 2.14", "Gymnasium Lilienthal", None, [], GOOGLE, None,
     "personal-schule-de"),
    ("bank-de", "sparkasse-termin-88120431@sparkasse-bremen.de", "B:20250307T170000", "B:20250307T180000",
     "Beratungstermin Baufinanzierung (Anschlussfinanzierung)",
     "Ihr Berater: Olaf Grüning. Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen mit.",
     "Filiale Lilienthal", ("olaf.gruening@sparkasse-bremen.de", "Olaf Grüning"), [MEF],
     "-//Sparkasse//Terminvereinbarung//DE", None, "personal-bank-de"),
    ("buergeramt-de", "buergeramt-hb-2025-00441@service.bremen.de", "B:20250404T081500", "B:20250404T083000",
     "Termin BürgerServiceCenter: Reisepass beantragen",
     "Vorgangsnummer 2025-00441. Biometrisches Passfoto und alten Pass mitbringen.", "BürgerServiceCenter Mitte",
     None, [], "-//TEVIS//Terminvergabe//DE", None, "personal-passport-de"),
    ("mock-coach-de", "4e5f6g7h8i9j0k1l2m3n4o5p6q@google.com", "B:20250310T180000", "B:20250310T193000",
     "Probeinterview mit Coach (Werksleiter-Gespräch üben)",
     "Fr. Dreyer spielt GF, Video-Aufnahme, Fragen zu Führung und Kennzahlen. Honorar 180 €.",
     "Coaching Dreyer, Schwachhausen", ("kontakt@coaching-dreyer.de", "Ines Dreyer"), [MEF], GOOGLE, None,
     "mock-interview-coach-de"),
    ("mock-en", "5f6g7h8i9j0k1l2m3n4o5p6q7r@google.com", "B:20250306T200000", "B:20250306T210000",
     "Mock interview in English with Katrin (practice for DK)",
     "Katrin asks, I answer: 'tell me about yourself', conflict on shift, OEE.", "Zuhause", None, [], GOOGLE,
     None, "mock-interview-spouse-en"),
    ("webinar-de", "zoom-webinar-88412376610@zoom.us", "B:20250304T190000", "B:20250304T200000",
     "Webinar: Souverän im Vorstellungsgespräch – Führungskräfte 45+",
     "Vielen Dank für Ihre Anmeldung!\nReferentin: Petra Lohse, Karriereberaterin\n\n" + zoom("de", 9),
     "Zoom", ("no-reply@zoom.us", "Karriereforum Nord"), [MEF], "-//Zoom Video Communications//Webinar//EN",
     None, "webinar-interview-skills-de"),
    ("webinar-en", "foodops-careers-webinar-2025-03@foodopscareers.com", "20250312T160000Z", "20250312T170000Z",
     "Webinar: How to ace your plant manager interview | FoodOps Careers",
     "Live Q&A with two plant managers and a headhunter. You are registered as an attendee.\n\n" + teams("en", 71),
     "Online", ("events@foodopscareers.com", "FoodOps Careers"), [MEF], OUTLOOK, None,
     "webinar-plant-manager-interview-en"),
    ("user-research-de", "produktio-research-2025-117", "W:20250320T110000", "W:20250320T114500",
     "Interview: Ihr Feedback zu Produktio MES (Nutzerstudie)",
     "Hallo Herr Brandt,\n\ndanke, dass Sie an unserer Nutzerstudie teilnehmen! Wir möchten in 45 Minuten "
     "verstehen, wie Sie die Schichtplanung in Produktio MES nutzen. Als Dankeschön erhalten Sie einen "
     "Gutschein.\n\nJulia Baer, UX Research, Produktio GmbH\n\n" + teams("de", 72), "Microsoft Teams",
     ("julia.baer@produktio.de", "Julia Baer"), [MEW], OUTLOOK, None, "user-research-interview-de"),
    ("press-de", "040000008200E00074C5B7101A82E00800000000BB22", "W:20250324T100000", "W:20250324T110000",
     "Interview Weser-Rundschau: Fachkräftemangel in der Backbranche",
     "Redakteurin Jana Kück, mit Fotograf. Freigabe Zitate über GF!", "Weserland Backwaren, Empfang",
     ("j.kueck@weser-rundschau.de", "Jana Kück"), [MEW, GF], OUTLOOK, None, "press-interview-de"),
    ("podcast-en", "riverside-rec-7c1e0f22@riverside.fm", "20250327T150000Z", "20250327T160000Z",
     "Podcast recording: Food Ops Talk – Ep. 48 'Night shifts that work'",
     "Hi Henning, thanks for joining us as a guest! We'll record remotely via Riverside: "
     "https://riverside.fm/studio/food-ops-talk. Host: Mads Lindgaard.", "Riverside.fm",
     ("mads@foodopstalk.dk", "Mads Lindgaard"), [MEF], GOOGLE, None, "podcast-guest-interview-en"),
    ("thesis-de", "6g7h8i9j0k1l2m3n4o5p6q7r8s@google.com", "W:20250411T140000", "W:20250411T150000",
     "Experteninterview Bachelorarbeit (Lean in Großbäckereien)",
     "Leitfadengestütztes Experteninterview, ca. 45 Min., Aufzeichnung nur mit Einverständnis.\nTim Hollander, "
     "Hochschule Bremerhaven, Lebensmitteltechnologie\n\n" + meet("de", 2), "Google Meet",
     ("tim.hollander@stud.hs-bremerhaven.de", "Tim Hollander"), [MEW], GOOGLE, None, "thesis-expert-interview-de"),
    ("coffee-de", "7h8i9j0k1l2m3n4o5p6q7r8s9t@google.com", "B:20250215T100000", "B:20250215T113000",
     "Kaffee mit Jörg Meinecke (jetzt Dagmar Foods) – Austausch",
     "Ex-Kollege, mal hören wie es bei Dagmar so ist (Kultur, Schichtmodell).", "Café Tölke, Bremen",
     ("joerg.meinecke@gmail.com", "Jörg Meinecke"), [MEF], GOOGLE, None, "informational-coffee-de"),
    ("reference-de", "8i9j0k1l2m3n4o5p6q7r8s9t0u@google.com", "B:20250318T121500", "B:20250318T123000",
     "Referenzanruf Kramer Süßwaren wg. Sandra Voss",
     "Sandra (meine ehem. Schichtleiterin) hat sich bei Kramer beworben und mich als Referenz angegeben. "
     "Hr. Behrens ruft an.", None, None, [], GOOGLE, None, "reference-call-user-is-referee-de"),
    ("headhunter-de", "9j0k1l2m3n4o5p6q7r8s9t0u1v@google.com", "B:20250206T181500", "B:20250206T184500",
     "Telefonat Hanse Executive Search – Marktüberblick",
     "Fr. Sommer: allgemeiner Austausch zu Werksleiter-Positionen, noch kein konkretes Mandat.", None,
     ("u.sommer@hanse-executive.de", "Ulrike Sommer"), [MEF], GOOGLE, None, "recruiter-no-employer-de"),
    ("prep-de", "0k1l2m3n4o5p6q7r8s9t0u1v2w@google.com", "B:20250211T190000", "B:20250211T210000",
     "Vorbereitung VG Hansetal", "Geschäftsbericht lesen, Fragen notieren, Zahlen Trockenturm, Fahrtweg",
     None, None, [], GOOGLE, None, "prep-block-de"),
    ("travel-en", "1l2m3n4o5p6q7r8s9t0u1v2w3x@google.com", "B:20250311T133000", "B:20250311T213000",
     "Drive to Hirtshals (Kattegat) + hotel", "Hotel Fyrklit, booking 55190. Ferry not needed.", None, None, [],
     GOOGLE, None, "travel-to-interview-en"),
    ("jobfair-de", "2m3n4o5p6q7r8s9t0u1v2w3x4y@google.com", "B:20250329T100000", "B:20250329T150000",
     "Karrieretag Lebensmittelwirtschaft Hamburg (als Besucher)", "Stände: Dagmar, Backhaus Schütte, HTM?",
     "Cruise Center Altona", None, [], GOOGLE, None, "job-fair-visitor-de"),
    ("anwalt-de", "3n4o5p6q7r8s9t0u1v2w3x4y5z@google.com", "B:20250319T173000", "B:20250319T181500",
     "RA Dr. Lange – Arbeitsvertrag/Kündigungsfrist prüfen", None, "Kanzlei Lange & Co., Contrescarpe 20",
     None, [], APPLE, None, "personal-lawyer-de"),
    ("supplier-es", "visita-harinas-ebro-2025-04", "W:20250409T090000", "W:20250409T120000",
     "Visita de proveedor – Harinas del Ebro (auditoría de calidad)",
     "Estimado Sr. Brandt:\n\nle confirmamos la visita de nuestro equipo de calidad a su planta de Bremen para "
     "revisar las especificaciones de harina T550.\n\nUn saludo,\nCarmen Ruiz, Harinas del Ebro S.L.",
     "Weserland Backwaren, Bremen", ("c.ruiz@harinasdelebro.es", "Carmen Ruiz"), [MEW], OUTLOOK, None,
     "supplier-visit-es"),
    ("customer-audit-fr", "audit-lemaire-weserland-2025", "W:20250423T090000", "W:20250423T160000",
     "Audit fournisseur – Boulangeries Lemaire chez Weserland",
     "Bonjour Monsieur Brandt,\n\nComme convenu, notre responsable qualité Sophie Marchand viendra auditer votre "
     "site (surgelés crus). Merci de prévoir l'accès aux lignes 2 et 3.\n\nCordialement,\nBoulangeries Lemaire",
     "Weserland Backwaren, Bremen", ("qualite@boulangeries-lemaire.fr", "Qualité Lemaire"), [MEW], OUTLOOK, None,
     "customer-audit-fr"),
    ("foto-de", "4o5p6q7r8s9t0u1v2w3x4y5z6a@google.com", "B:20250208T110000", "B:20250208T113000",
     "Fotostudio – Bewerbungsfotos", "Hemd + Sakko, kein Schlips", "Fotostudio Lichtblick, Lilienthal", None, [],
     IOS, None, "job-search-adjacent-de"),
]


def _dt(value: str, prop: str) -> tuple[str, str | None]:
    if value.startswith("W:"):
        return tz(W_EUROPE, value[2:], prop), W_EUROPE
    if value.startswith("B:"):
        return tz(B, value[2:], prop), B
    if value.startswith("D:"):
        return f"{prop};VALUE=DATE:{value[2:]}", None
    return f"{prop}:{value}", None


def events() -> list[dict[str, str]]:
    out = []
    for kind, uid, start, end, summary, desc, loc, organizer, attendees, prodid, rrule, trap in ROWS:
        dtstart, zone = _dt(start, "DTSTART")
        dtend, _ = _dt(end, "DTEND")
        ev = vevent(uid, dtstart, dtend, summary, desc=desc, loc=loc, rrule=rrule,
                    organizer=org(organizer[0], organizer[1]) if organizer else None,
                    attendees=[att(m, cn) for m, cn in attendees])
        head = PRIV if prodid == GOOGLE and organizer is None else ()
        text = vcal([ev], prodid=prodid, method="REQUEST" if organizer else None,
                    zones=(zone,) if zone else (), head=head)
        out.append(neg(kind, text, uid, trap))
    return out
