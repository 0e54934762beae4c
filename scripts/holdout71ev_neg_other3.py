"""holdout71: negatives — coffee chats, a job fair, references, headhunters naming no employer, prep (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import APPLE, GOOGLE, OUTLOOK, T, att, calendar, ev, meet, org, teams, tz_olson, tz_outlook, vevent
from holdout71ev_pos_olk import olk, olk_uid

WORK = "thomas.weber@rheinmain-treuhand.de"
ME = "t.weber.stb@t-online.de"
WEU = "W. Europe Standard Time"


def coffee_de() -> dict:
    uid = "0d3g6j9m2p5s8v1y4b7e0h3k6n@google.com"
    desc = ("Hallo Thomas,\n\nfreut mich, dass es klappt! Gern erzähle ich dir, wie der Wechsel aus der Beratung in "
            "die Industrie für mich war – Steuerabteilung aufbauen, Tax CMS, Umgang mit dem Vorstand. Bei uns ist "
            "aktuell nichts frei, also ganz entspannt unter Kollegen.\n\nBis Donnerstag\nJörn")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251106T081500", "DTEND;TZID=Europe/Berlin:20251106T091500",
        "DTSTAMP:20251101T094001Z", org("joern.hansen@baltus-chemie.de", "Jörn Hansen"), f"UID:{uid}",
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc), T("LOCATION", "Café Wacker, Kornmarkt 9, Frankfurt"),
        "SEQUENCE:0", "STATUS:CONFIRMED", T("SUMMARY", "Kaffee Jörn / Thomas – Austausch Inhouse-Steuern"),
        "TRANSP:OPAQUE"))
    return ev("google-de", ics, uid, 0, trap="coffee-chat-informational-de")


def coffee_en() -> dict:
    uid = "2f5i8l1o4r7u0x3a6d9g2j5m8p@google.com"
    desc = ("Hi Thomas,\n\nhappy to share how the Luxembourg market looks for in-house tax roles – which groups are "
            "building up their tax teams, what salaries look like and how the cross-border commute works. Just an "
            "informal chat, I'm not recruiting.\n\nSophie" + "\n\n" + meet("en", "bxo-ktqe-jzn", "415 880 217"))
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251022T060000Z", "DTEND:20251022T063000Z", "DTSTAMP:20251016T170500Z",
        org("sophie.martin.lux@gmail.com", "Sophie Martin"), f"UID:{uid}", att(ME, "Thomas Weber"),
        T("DESCRIPTION", desc), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Virtual coffee – Sophie Martin / Thomas Weber"), "TRANSP:OPAQUE"))
    return ev("google-en", ics, uid, 0, trap="coffee-chat-informational-en", lang="en")


def jobfair_visitor() -> dict:
    uid = "eb-order-8841772093-ticket-1@eventbrite.com"
    desc = ("Ihr Ticket für Finance & Tax Careers Frankfurt 2026\n\nBesucher-Ticket (kostenlos) – Thomas Weber\n"
            "Messe Frankfurt, Halle 4.0, Eingang Torhaus\n\nÜber 60 Arbeitgeber aus Industrie, Banken und Beratung, "
            "Vorträge und CV-Check. Bitte bringen Sie Ihr Ticket (QR-Code) mit.\n\nBestellnummer: 8841772093")
    ics = calendar("-//Eventbrite//Event Calendar//EN", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251202T090000Z", "DTSTART;TZID=Europe/Berlin:20260131T100000",
        "DTEND;TZID=Europe/Berlin:20260131T170000", T("SUMMARY", "Finance & Tax Careers Frankfurt 2026"),
        T("DESCRIPTION", desc), T("LOCATION", "Messe Frankfurt, Halle 4.0, Ludwig-Erhard-Anlage 1, Frankfurt"),
        "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("eventbrite-de", ics, uid, 0, trap="jobfair-visitor-de")


def reference_de() -> dict:
    uid = olk_uid("weinberg-referenz-roth")
    desc = ("Sehr geehrter Herr Weber,\n\nFrau Melanie Roth hat sich bei uns als Steuerreferentin beworben und Sie als "
            "Referenz (ehemaliger Vorgesetzter bei RheinMain Treuhand) angegeben. Wie telefonisch vereinbart würde ich "
            "Sie für ein kurzes Referenzgespräch (ca. 15 Minuten) anrufen.\n\nMit freundlichen Grüßen\n"
            "Heike Kurz\nPersonalabteilung, Weinberg AG")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251215T120000", "20251215T121500", "Referenzauskunft zu Frau Melanie Roth", desc,
        [org("heike.kurz@weinberg-ag.de", "Kurz, Heike"), att(WORK, "thomas.weber@rheinmain-treuhand.de")],
        "Telefon"))
    return ev("outlook-de", ics, uid, 0, trap="reference-referee-de")


def reference_en() -> dict:
    uid = "brightwater-ref-fischer-20251204@brightwatercap.com"
    desc = ("Dear Thomas,\n\nDaniel Fischer has listed you as a professional reference for the role of Tax Manager "
            "with us. As agreed by email, I will call you for about 20 minutes about your experience working with "
            "Daniel.\n\nThank you for your time.\nRachel Moore\nHR Business Partner, Brightwater Capital (Dublin)")
    ics = calendar(OUTLOOK, tz_outlook("GMT Standard Time"), vevent(
        org("rachel.moore@brightwatercap.com", "Moore, Rachel"), att(WORK, "Weber, Thomas"),
        T("DESCRIPTION", desc, ";LANGUAGE=en-IE"), f"UID:{uid}",
        T("SUMMARY", "Reference call – Daniel Fischer", ";LANGUAGE=en-IE"),
        "DTSTART;TZID=GMT Standard Time:20251204T150000", "DTEND;TZID=GMT Standard Time:20251204T152000",
        "DTSTAMP:20251128T100000Z", "STATUS:CONFIRMED", "SEQUENCE:0", T("LOCATION", "Phone")))
    return ev("outlook-en", ics, uid, 0, trap="reference-referee-en", lang="en")


def headhunter_no_employer_de() -> dict:
    uid = "8e1h4k7n0q3t6w9z2c5f8i1l4o@google.com"
    desc = ("Sehr geehrter Herr Weber,\n\nwie per LinkedIn angekündigt, möchte ich Ihnen ein vertrauliches Mandat "
            "vorstellen: Leiter Steuern (m/w/d) für ein börsennotiertes Industrieunternehmen im Rhein-Main-Gebiet. "
            "Den Namen unseres Mandanten nenne ich Ihnen gern im Gespräch, sobald Sie Interesse haben.\n\n"
            "Beste Grüße\nStefan Ziegler\nPartner, Kessler Executive Search")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251015T123000", "DTEND;TZID=Europe/Berlin:20251015T130000",
        "DTSTAMP:20251010T141414Z", org("s.ziegler@kessler-search.de", "Stefan Ziegler"), f"UID:{uid}",
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc), T("LOCATION", "Telefon"), "SEQUENCE:0",
        "STATUS:CONFIRMED", T("SUMMARY", "Telefonat – vertrauliches Mandat Leiter Steuern (Industrie, Rhein-Main)"),
        "TRANSP:OPAQUE"), headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("google-de", ics, uid, 0, trap="recruiter-no-employer-de")


def headhunter_no_employer_en() -> dict:
    uid = olk_uid("alpen-steiner-intro")
    tz = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    desc = ("Dear Mr Weber,\n\nThank you for your time. As mentioned, we are retained on a confidential Head of Tax "
            "search for a privately held industrial group in the greater Zurich area. I will share more details "
            "on the call.\n\nKind regards\nRoman Steiner\nAlpen Executive Partners AG\n\n"
            + teams("en", "384 559 120 604", "Hj6cRv", "YzU1ODg0ZjItYj"))
    ics = calendar(OUTLOOK, tz_outlook(tz), olk(
        uid, tz, "20251021T171500", "20251021T174500", "Intro call – confidential Head of Tax search (Zurich area)",
        desc, [org("roman.steiner@alpen-executive.ch", "Steiner, Roman"), att(ME, "Thomas Weber")],
        "Microsoft Teams Meeting", lang="en-GB"))
    return ev("outlook-en", ics, uid, 0, trap="recruiter-no-employer-en", lang="en")


def prep_de() -> dict:
    uid = "E5A1D7C3-0B92-4F68-A3E4-7C2B9D1F0A56"
    ics = calendar(APPLE, tz_olson(), vevent(
        "CREATED:20251204T201000Z", f"UID:{uid}", "DTEND;TZID=Europe/Berlin:20251207T130000", "TRANSP:OPAQUE",
        T("SUMMARY", "Vorbereitung Fallstudie Helvex – Pillar-Two-Szenario durchrechnen"),
        "DTSTART;TZID=Europe/Berlin:20251207T100000", "DTSTAMP:20251204T201000Z",
        T("DESCRIPTION", "Folien (max. 8), QDMTT vs. IIR, Safe Harbour prüfen, Zahlen aus Geschäftsbericht"),
        "SEQUENCE:0"), method=None)
    return ev("ios-de", ics, uid, 0, trap="prep-names-company-de")


def prep_en() -> dict:
    uid = "6D0F4B82-C1A9-47E3-85D6-0E9A3C7B2F14"
    ics = calendar(APPLE, tz_olson(), vevent(
        "CREATED:20251201T215000Z", f"UID:{uid}", "DTEND;TZID=Europe/Berlin:20251203T213000", "TRANSP:OPAQUE",
        T("SUMMARY", "Prep Kranich final – STAR stories, questions for CEO"),
        "DTSTART;TZID=Europe/Berlin:20251203T200000", "DTSTAMP:20251201T215000Z",
        T("DESCRIPTION", "1) Tax CMS rollout story 2) BP settlement 2023 3) team conflict. Ask: reporting line, "
                         "budget for TP tool, remote days."), "SEQUENCE:0"), method=None)
    return ev("ios-en", ics, uid, 0, trap="prep-names-company-en", lang="en")


def french_class() -> dict:
    uid = "cff-2025-affaires-b2-s07@cercle-francophone-ffm.de"
    desc = ("Cours de français des affaires (B2) – séance 7\nThème : l'entretien d'embauche – se présenter, parler de "
            "son parcours, simulation d'entretien en binôme.\nFormatrice : Mme Hélène Garnier")
    ics = calendar("-//Cercle francophone de Francfort//Cours//FR", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251001T080000Z", "DTSTART;TZID=Europe/Berlin:20251113T183000",
        "DTEND;TZID=Europe/Berlin:20251113T200000",
        T("SUMMARY", "Cours de français des affaires – simulation d'entretien d'embauche"), T("DESCRIPTION", desc),
        T("LOCATION", "Cercle francophone, Gärtnerweg 42, Frankfurt"), "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("class-fr", ics, uid, 0, trap="language-class-mock-fr", lang="fr")


def webinar_fr() -> dict:
    uid = "luxtaxforum-webinaire-2026-01@luxtaxforum.lu"
    desc = ("Merci pour votre inscription.\n\nWebinaire : Fiscalité luxembourgeoise 2026 – nouveautés pour les "
            "entreprises (IRC, impôt sur la fortune, régime IP, Pilier 2)\nIntervenants : Me Carole Wagner, "
            "Jean Theis\n\nLien de connexion envoyé la veille.\nLux Tax Forum asbl")
    ics = calendar("-//Lux Tax Forum//Webinaires//FR", tz_olson("Europe/Luxembourg"), vevent(
        f"UID:{uid}", "DTSTAMP:20251215T100000Z", "DTSTART;TZID=Europe/Luxembourg:20260123T120000",
        "DTEND;TZID=Europe/Luxembourg:20260123T133000",
        T("SUMMARY", "Webinaire : Fiscalité luxembourgeoise 2026 – nouveautés"), T("DESCRIPTION", desc),
        T("LOCATION", "En ligne"), "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("webinar-fr", ics, uid, 0, trap="webinar-tax-fr", lang="fr")


EVENTS = [coffee_de, coffee_en, jobfair_visitor, reference_de, reference_en, headhunter_no_employer_de,
          headhunter_no_employer_en, prep_de, prep_en, french_class, webinar_fr]
