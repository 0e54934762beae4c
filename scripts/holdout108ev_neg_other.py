"""holdout108: other look-alike negatives – practice, life, career events that are not her interviews (blind)."""

from __future__ import annotations

from holdout108ev_ics import (
    APPLE,
    BERLIN,
    GOOGLE,
    ME,
    OUTLOOK,
    WORK,
    apple_uid,
    att,
    cal,
    ev,
    google_uid,
    hexid,
    meet_de,
    org,
    outlook_uid,
    rec,
    teams,
    tz_outlook,
    when,
    zoom,
)

BOSS = "u.sander@logopaedie-suedstadt-koeln.de"
W = "W. Europe Standard Time"


def _hand(seed: str, start: str, end: str | None, summary: str, desc: str | None = None,
          loc: str | None = None, tz: str = "") -> tuple[str, str]:
    uid = apple_uid(seed)
    ics = cal(ev(uid, when(tz, start, end), summary, desc=desc, loc=loc),
              APPLE, method=None, tz=BERLIN if tz == "Europe/Berlin" else None)
    return uid, ics


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    def add(kind: str, uid: str, ics: str) -> None:
        out.append(rec(kind, ics, uid, 0, kind))

    uid, ics = _hand("o1", "20260222T160000", "20260222T170000", "Probe-Vorstellungsgespräch mit Jana (üben!)",
                     "Jana spielt Chefärztin, typische Fragen: Stärken/Schwächen, Fallbeispiel Aphasie, "
                     "Gehaltsvorstellung. Handy filmt.", "bei Jana, Ehrenfeld")
    add("mock-friend-de", uid, ics)

    uid = "zoom-" + hexid("o2", 20)
    ics = cal(ev(uid, when("Europe/Berlin", "20260225T190000", "20260225T203000"),
                 "Webinar: Souverän ins Vorstellungsgespräch – Tipps für Therapeut:innen",
                 organizer=org("fortbildung@dbl-ev.example.de", "Berufsverband Fortbildung"),
                 attendees=[att(ME, "Leonie Hartmann")],
                 desc="Vielen Dank für Ihre Anmeldung!\nReferentin: Dr. Katrin Ilse, Karrierecoach\nInhalte: "
                      "typische Fragen, Gehaltsverhandlung nach TVöD/AVR, Probetag und Hospitation richtig "
                      "nutzen.\n\n" + zoom("de", "864 7712 0039", "dblWeb2026")),
              "-//zoom.us//iCalendar Event//DE", tz=BERLIN)
    add("webinar-de", uid, ics)

    uid, ics = _hand("o3", "20260307T100000", "20260307T160000", "VHS-Kurs: Gehaltsverhandlung für Frauen",
                     "Kurs-Nr. 261-4032, Raum 3.07, 39 €", "VHS Köln, Cäcilienstraße 29", "Europe/Berlin")
    add("class-de", uid, ics)

    uid = google_uid("o4")
    ics = cal(ev(uid, when("Europe/Berlin", "20260304T123000", "20260304T130000"),
                 "Nutzerinterview: Logopädie-App (30 Min, 50 € Gutschein)",
                 organizer=org("research@sprechzeit.de", "Sprechzeit UX Research"),
                 attendees=[att(ME, "Leonie Hartmann")],
                 desc="Hallo Leonie,\ndanke, dass du an unserer Nutzerstudie teilnimmst! Wir zeigen dir einen "
                      "Prototyp für Hausaufgaben-Übungen und stellen Fragen zu deinem Therapiealltag. Es geht "
                      "nicht um eine Stelle, sondern um dein Feedback. Als Dankeschön gibt es einen 50-€-Gutschein.\n"
                      "UX-Team Sprechzeit\n\n" + meet_de("tuz-bqcw-vkh")),
              GOOGLE, tz=BERLIN)
    add("user-research-de", uid, ics)

    uid = outlook_uid("o5")
    ics = cal(ev(uid, when(W, "20260312T110000", "20260312T114500"),
                 "Interview Kölner Stadt-Anzeiger – Sprachentwicklung bei Kleinkindern",
                 organizer=org("c.mertens@ksta-redaktion.example.de", "Mertens, Carla"),
                 attendees=[att(WORK, "Hartmann, Leonie")],
                 desc="Liebe Frau Hartmann,\nvielen Dank, dass Sie sich Zeit nehmen. Für unsere Familienseite "
                      "würde ich Sie gern zu Late Talkern und Bildschirmzeit befragen; ein Fotograf kommt kurz mit.\n"
                      "Carla Mertens, Redaktion Familie", loc="Logopädie Südstadt"),
              OUTLOOK, tz=tz_outlook(W))
    add("press-interview-de", uid, ics)

    uid = google_uid("o6")
    ics = cal(ev(uid, when("Europe/Berlin", "20260320T180000", "20260320T190000"),
                 "Podcast-Aufnahme „Sprechstunde“ – Interview zum Thema Stottern",
                 organizer=org("sprechstunde.podcast@gmail.com", "Sprechstunde Podcast"),
                 attendees=[att(ME, "Leonie Hartmann")],
                 desc="Wir nehmen remote über Riverside auf: https://riverside.fm/studio/sprechstunde\n"
                      "Bitte Kopfhörer, ruhiger Raum. Folge erscheint im April."),
              GOOGLE, tz=BERLIN)
    add("podcast-de", uid, ics)

    uid = "doctolib-" + hexid("o7", 16)
    ics = cal(ev(uid, when("Europe/Berlin", "20260216T074500", "20260216T080000"),
                 "Termin bei Dr. med. Jörg Lindner – Allgemeinmedizin",
                 organizer=org("no-reply@doctolib.de", "Doctolib"), attendees=[att(ME, "Leonie Hartmann")],
                 desc="Ihr Termin: Blutabnahme (nüchtern)\nPraxis Dr. med. Jörg Lindner, Merowingerstraße 40, "
                      "50677 Köln\nBitte Versichertenkarte mitbringen.",
                 loc="Merowingerstraße 40, 50677 Köln"),
              "-//Doctolib//Doctolib Calendar//DE", tz=BERLIN)
    add("doctor-doctolib-de", uid, ics)

    uid, ics = _hand("o8", "20260305T160000", "20260305T170000", "Sparkasse – Beratung Baufinanzierung",
                     "Hr. Kloß, Unterlagen: Gehaltsnachweise 3 Monate", "Filiale Chlodwigplatz", "Europe/Berlin")
    add("bank-de", uid, ics)

    uid, ics = _hand("o9", "20260226T080000", "20260226T081500", "Bürgeramt – Personalausweis abholen",
                     "Vorgangsnr. 2026-0114", "Kundenzentrum Innenstadt")
    add("office-de", uid, ics)

    uid, ics = _hand("o10", "20260310T143000", "20260310T153000", "Kita Sonnenblume – Sprachscreening/Hospitation",
                     "Gruppe Igel, 4 Kinder Screening, Erzieherin Fr. Paulus. Elterngespräch danach kurz",
                     "Kita Sonnenblume, Severinstr.")
    add("kita-work-hospitation-de", uid, ics)

    uid, ics = _hand("o11", "20260318T090000", "20260318T093000", "Finanzamt Köln-Süd – Rückfrage Steuererklärung",
                     "Sachbearbeiterin Fr. Grewe ruft an, Fortbildungskosten belegen")
    add("finanzamt-de", uid, ics)

    uid = google_uid("o12")
    ics = cal(ev(uid, when("Europe/Berlin", "20260302T130000", "20260302T140000"),
                 "Teambesprechung Praxis", organizer=org(BOSS, "Ulrike Sander"),
                 attendees=[att(WORK, "Leonie Hartmann"), att("t.winkler@logopaedie-suedstadt-koeln.de", "Tanja "
                                                               "Winkler")],
                 desc="TOP: Urlaubsplanung, neue Bewerbungen (Stand), Therapiematerial, Praktikantinnen",
                 extra=["RRULE:FREQ=WEEKLY;BYDAY=MO"]),
              GOOGLE, tz=BERLIN)
    add("team-meeting-de", uid, ics)

    uid = google_uid("o13")
    ics = cal(ev(uid, when("Europe/Berlin", "20260311T123000", "20260311T131500"),
                 "Zwischengespräch Praktikantin Lea (Anleitung)",
                 organizer=org(WORK, "Leonie Hartmann"), attendees=[att("lea.vogt@stud.th-koeln.de", "Lea Vogt")],
                 desc="Halbzeit-Beurteilung, Beobachtungsbögen, Ziele 2. Hälfte"),
              GOOGLE, tz=BERLIN)
    add("intern-review-de", uid, ics)

    uid = outlook_uid("o14")
    ics = cal(ev(uid, when(W, "20260227T150000", "20260227T160000"),
                 "Mitarbeitergespräch (Jahresgespräch) Leonie",
                 organizer=org(BOSS, "Sander, Ulrike"), attendees=[att(WORK, "Hartmann, Leonie")],
                 desc="Rückblick 2025, Fortbildungswünsche, Stundenumfang 2026, Gehalt", loc="Büro Ulrike"),
              OUTLOOK, tz=tz_outlook(W))
    add("own-appraisal-de", uid, ics)

    uid = outlook_uid("o15")
    ics = cal(ev(uid, when(W, "20260429T170000", "20260429T174500"),
                 "Austrittsgespräch / Übergabe Patient:innen",
                 organizer=org(BOSS, "Sander, Ulrike"), attendees=[att(WORK, "Hartmann, Leonie")],
                 desc="Exit-Gespräch: Feedback zur Praxis, Übergabe Therapien an Tanja, Zeugnis, Resturlaub"),
              OUTLOOK, tz=tz_outlook(W))
    add("own-exit-interview-de", uid, ics)

    uid, ics = _hand("o16", "20260215T143000", "20260215T153000",
                     "Kaffee mit Miriam (Logopädin Uniklinik) – wie ist Akutklinik wirklich?",
                     "keine Bewerbung, nur Infos: Dienste, Team, Dysphagie-Anteil", "Café Fassbender, Südstadt")
    add("coffee-chat-de", uid, ics)

    uid = google_uid("o17")
    ics = cal(ev(uid, when("DATE", "20260328", "20260329"), "Jobmesse Gesundheit & Therapie – Messe Deutz",
                 organizer=org(ME, "Leonie Hartmann"),
                 desc="Stände: Reha-Kliniken, Uniklinik, Therapieverbünde. Lebensläufe drucken (10x)!",
                 loc="Koelnmesse, Halle 10", transp="TRANSPARENT"),
              GOOGLE, method=None, tz=None)
    add("job-fair-de", uid, ics)

    uid = outlook_uid("o18")
    ics = cal(ev(uid, when(W, "20260323T124500", "20260323T130000"),
                 "Referenzauskunft für Lea Vogt – Anruf Klinik Bad Godesberg",
                 organizer=org("h.reinartz@klinik-godesberg.example.de", "Reinartz, Heike"),
                 attendees=[att(WORK, "Hartmann, Leonie")],
                 desc="Sehr geehrte Frau Hartmann,\nFrau Vogt hat Sie als Referenz angegeben (Praktikum in Ihrer "
                      "Praxis). Ich rufe Sie zur vereinbarten Zeit kurz an.\nHeike Reinartz, Personal"),
              OUTLOOK, tz=tz_outlook(W))
    add("reference-referee-de", uid, ics)

    uid = google_uid("o19")
    ics = cal(ev(uid, when("Europe/Berlin", "20260224T173000", "20260224T180000"),
                 "Telefonat Personalberatung – „spannende Position in einer Reha-Klinik“",
                 organizer=org("c.rademacher@medicare-talents.example.de", "Christina Rademacher"),
                 attendees=[att(ME, "Leonie Hartmann")],
                 desc="Hallo Frau Hartmann,\nwie auf LinkedIn geschrieben: Ich betreue mehrere vertrauliche Suchen "
                      "für Logopäd:innen im Rheinland. In unserem Telefonat erzähle ich Ihnen mehr und lerne Sie "
                      "kennen – Namen von Kunden kann ich erst nach Ihrer Freigabe nennen.\nChristina Rademacher"),
              GOOGLE, tz=BERLIN)
    add("recruiter-no-employer-de", uid, ics)

    uid, ics = _hand("o20", "20260223T190000", "20260223T203000",
                     "Vorbereitung VG Rehaklinik Berg. Land (Fragen, Fallbeispiele)",
                     "Homepage lesen, Konzept Phase C, 3 Fragen an Chefärztin")
    add("prep-block-de", uid, ics)

    uid = google_uid("o21")
    ics = cal(ev(uid, when("Europe/Berlin", "20260302T080000", "20260302T090000"),
                 "Pat. Erstgespräch Fam. Schulte (Anamnese, Noah 3;4)",
                 organizer=org(WORK, "Leonie Hartmann"), desc="Überweisung HNO, V.a. SES, Elterngespräch mit Mutter",
                 loc="Th.-Raum 2"),
              GOOGLE, method=None, tz=BERLIN)
    add("patient-intake-de", uid, ics)

    uid, ics = _hand("o22", "20260304T110000", "20260304T120000", "Anamnesegespräch Hr. K. (Aphasie) + Ehefrau",
                     "Hausbesuch, Befund Klinik anfordern", "Hausbesuch Zollstock")
    add("anamnesis-de", uid, ics)

    uid = google_uid("o23")
    ics = cal(ev(uid, when("DATE", "20260320", "20260322"), "Fortbildung LSVT LOUD (Tag 1+2)",
                 organizer=org(WORK, "Leonie Hartmann"), desc="Zertifizierungskurs, Hotel gebucht",
                 loc="Fortbildungszentrum Düsseldorf", transp="TRANSPARENT"),
              GOOGLE, method=None)
    add("course-allday-de", uid, ics)

    uid = "zoom-" + hexid("o24", 20)
    ics = cal(ev(uid, when("Europe/Berlin", "20260331T100000", "20260331T104500"),
                 "Studieninterview (Bachelorarbeit) – Teletherapie in der Logopädie",
                 organizer=org("m.ahrens@stud.hs-gesundheit.example.de", "Mara Ahrens"),
                 attendees=[att(ME, "Leonie Hartmann")],
                 desc="Liebe Frau Hartmann,\nvielen Dank für Ihre Bereitschaft zum Experteninterview für meine "
                      "Bachelorarbeit. Das Interview wird aufgezeichnet und anonymisiert.\nMara Ahrens\n\n"
                      + zoom("de", "891 5530 2218", "BAinterv")),
              "-//zoom.us//iCalendar Event//DE", tz=BERLIN)
    add("research-interview-de", uid, ics)

    uid = "webinar-" + hexid("o25", 16)
    ics = cal(ev(uid, when("", "20260317T170000Z", "20260317T180000Z"),
                 "Webinar: How to ace your interview as an allied health professional in the UK",
                 organizer=org("events@alliedhealthcareers.example.co.uk", "Allied Health Careers"),
                 attendees=[att(ME)],
                 desc="Thanks for registering! Topics: NHS band structure, HCPC registration, values-based "
                      "interviews, STAR answers.\nJoin: https://webinar.alliedhealthcareers.example.co.uk/join/"
                      + hexid("o25j", 10)),
              "-//ON24//Webinar//EN")
    add("webinar-en", uid, ics)

    uid = google_uid("o26")
    ics = cal(ev(uid, when("Europe/Berlin", "20260408T170000", "20260408T180000"),
                 "Atelier en ligne : réussir son entretien d'embauche en Belgique (logopèdes)",
                 organizer=org("info@ateliers-logo.example.be", "Ateliers Logo"), attendees=[att(ME)],
                 desc="Atelier gratuit pour logopèdes étrangers : reconnaissance du diplôme, visa INAMI, simulation "
                      "d'entretien en petits groupes.\n\n" + meet_de("fbe-xwio-zqa")),
              GOOGLE, tz=BERLIN)
    add("workshop-fr", uid, ics)

    uid, ics = _hand("o27", "20260414T183000", "20260414T193000", "Clase de español (A2) – Academia Sol",
                     "Tema: entrevistas de trabajo y vocabulario profesional", "Academia Sol, Zülpicher Str.",
                     "Europe/Berlin")
    add("spanish-class-es", uid, ics)

    uid = outlook_uid("o28")
    ics = cal(ev(uid, when(W, "20260313T073000", "20260313T080000"),
                 "Supervision Praktikantin – Therapieplanung Emil", organizer=org(WORK, "Hartmann, Leonie"),
                 attendees=[att("lea.vogt@stud.th-koeln.de", "Lea Vogt")],
                 desc="Therapieplan SES besprechen, Videoanalyse Stunde 4",
                 extra=["RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=6"]),
              OUTLOOK, tz=tz_outlook(W))
    add("supervision-recurring-de", uid, ics)

    uid, ics = _hand("o29", "20260301T150000", "20260301T170000", "Wohnungsbesichtigung Bonn-Beuel (falls Jobwechsel)",
                     "2 Zi., 68 qm, Makler Hr. Faust", "Siegburger Str. 14, Bonn")
    add("flat-viewing-de", uid, ics)

    uid = google_uid("o30")
    ics = cal(ev(uid, when("Europe/Berlin", "20260324T190000", "20260324T200000"),
                 "Karrierecoaching (Sitzung 2) – Bewerbungsstrategie",
                 organizer=org("kontakt@coaching-neumann.example.de", "Petra Neumann"), attendees=[att(ME)],
                 desc="Themen: Rückblick Interviews, Vorbereitung Zweitgespräch, Verhandlung\n\n"
                      + teams("de", "o30")),
              GOOGLE, tz=BERLIN)
    add("coaching-de", uid, ics)

    uid = outlook_uid("o31")
    ics = cal(ev(uid, when(W, "20260306T140000", "20260306T150000"),
                 "Elterngespräch Mia S. (Abschlussbericht)", organizer=org(WORK, "Hartmann, Leonie"),
                 attendees=[att("schroeder.familie@t-online.de", "Familie Schröder")],
                 desc="Therapieende, Empfehlung Schule, Bericht an Kinderärztin", loc="Th.-Raum 1"),
              OUTLOOK, tz=tz_outlook(W))
    add("parent-meeting-de", uid, ics)

    uid, ics = _hand("o32", "20260402T090000", "20260402T100000", "Zahnarzt Dr. Okafor – PZR", None,
                     "Zahnarztpraxis am Ubierring")
    add("dentist-de", uid, ics)
    return out
