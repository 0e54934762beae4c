"""holdout136: negatives around the job search and private life (mock, webinars, coffees, prep, appointments)."""

from __future__ import annotations

from holdout136ev_ics import (
    P_GOOGLE,
    P_IOS,
    P_MAC,
    P_OUTLOOK,
    USER_CN,
    USER_FREE,
    VIENNA,
    WIN,
    alarm,
    att,
    calendar,
    google_footer_de,
    item,
    meet_en,
    one,
    org,
    t,
    zoom_de,
    zoom_en,
)

ME = att(USER_FREE, USER_CN)


def _n(kind: str, uid: str, ics: str, trap: str) -> dict[str, object]:
    return item(kind, uid, ics, 0, trap=trap)


def _ios(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", tz: bool = True,
         prodid: str = P_IOS) -> str:
    lines = ["CREATED:20260301T200000Z", "DTSTAMP:20260301T200012Z", f"UID:{uid}"]
    if tz:
        lines += [f"DTSTART;TZID=Europe/Vienna:{start}", f"DTEND;TZID=Europe/Vienna:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [t("SUMMARY", summary), "SEQUENCE:0", "TRANSP:OPAQUE"]
    if desc:
        lines.append(t("DESCRIPTION", desc))
    if loc:
        lines.append(t("LOCATION", loc))
    lines += list(alarm(60, "Reminder"))
    return calendar([lines], prodid, method=None, tzids=(VIENNA,) if tz else ())


def events() -> list[dict[str, object]]:
    out = []

    uid = "coach-reindl-mock-0307@karrierecoaching-reindl.at"
    out.append(_n("mock-de", uid, one(
        uid, "Übungsinterview Englisch (Vorbereitung Zürich) – Karrierecoaching", "20260307T090000",
        "20260307T103000", prodid=P_OUTLOOK, organizer=org("office@karrierecoaching-reindl.at", "Claudia Reindl"),
        attendees=[ME], desc="Liebe Frau Hofbauer,\n\nwie vereinbart simulieren wir ein Vorstellungsgespräch auf "
                             "Englisch (Guest Relations Manager, Schweizer Hotel) mit Videoaufzeichnung und "
                             "Feedback.\n\n" + zoom_de("835 1004 6672", "UmVpbmRsQw") + "\n\nClaudia Reindl, "
                             "Karrierecoaching", loc="Zoom"),
        "mock-interview-coach-de"))

    uid = "1c3e5g7i9k1m3o5q7s9u1w3y5a@google.com"
    out.append(_n("mock-en", uid, one(
        uid, "Mock interview – revenue case practice (Sarah)", "20260322T170000Z", "20260322T180000Z",
        prodid=P_GOOGLE, tz=None, organizer=org("sarah.mcallister.rm@gmail.com", "Sarah McAllister"),
        attendees=[att("sarah.mcallister.rm@gmail.com", "Sarah McAllister", stat="ACCEPTED"), ME],
        desc="Let's do a full dry run: I play the Director of Revenue, you get a pickup report and 20 min to "
             "present. Brutal feedback included :)\n\n" + meet_en("mck-prac-srh", "449 102 663")),
        "mock-interview-friend-en"))

    uid = "webinar-hjpa-2026-03-vorstellungsgespraech@gotowebinar.com"
    out.append(_n("webinar-de", uid, one(
        uid, "Webinar: Souverän im Vorstellungsgespräch – für Führungskräfte in Hotellerie & Gastro",
        "20260304T170000Z", "20260304T180000Z", prodid="-//GoTo//GoTo Webinar//EN", tz=None,
        organizer=org("webinare@hoteljob-alpen.at", "Hoteljob Alpen Akademie"), attendees=[ME],
        desc="Vielen Dank für Ihre Anmeldung!\nThemen: typische Fragen an Abteilungsleiter:innen, Gehaltsverhandlung,"
             " Probetag richtig nutzen.\nTeilnehmen: https://attendee.gotowebinar.com/join/8812004471\n"
             "Webinar-ID: 881-200-447"), "webinar-interview-tips-de"))

    uid = "wifi-sbg-kurs-41077-2026@wifisalzburg.at"
    out.append(_n("class-de", uid, one(
        uid, "WIFI Seminar: Bewerbungsgespräche professionell führen", "20260410T090000", "20260410T170000",
        prodid=P_OUTLOOK, tz=WIN, organizer=org("kundenservice@wifisalzburg.at", "WIFI Salzburg"),
        attendees=[att("v.hofbauer@hotel-mirabellgarten.at", "Verena Hofbauer")], method="PUBLISH",
        desc="Kursnummer 41077. Inhalte: strukturiertes Interview, Fragetechniken, Beurteilungsfehler, rechtliche "
             "Rahmenbedingungen (GlBG). Trainerin: Mag. Doris Haas.", loc="WIFI Salzburg, Julius-Raab-Platz 2"),
        "class-about-interviewing-de"))

    uid = "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7"
    out.append(_n("doctor", uid, _ios(uid, "Ärztin Dr. Lechner", "20260309T073000", "20260309T080000",
                                     loc="Linzer Gasse 41, 5020 Salzburg", desc="e-card, nüchtern!"),
                  "appointment-doctor-de"))

    uid = "F2A3B4C5-D6E7-4F80-91A2-B3C4D5E6F708"
    out.append(_n("magistrat", uid, _ios(uid, "Magistrat – Reisepass abholen (Lea + ich)", "20260323T080000",
                                        "20260323T083000", loc="Magistrat Salzburg, Bürgerservice, Mirabellplatz"),
                  "appointment-magistrat-de"))

    uid = "kiga-leopoldskron-eg-0331@kinder.stadt-salzburg.at"
    out.append(_n("kindergarten", uid, one(
        uid, "Entwicklungsgespräch Kindergarten (Lea)", "20260331T150000", "20260331T153000", prodid=P_OUTLOOK,
        organizer=org("kiga.leopoldskron@kinder.stadt-salzburg.at", "Kindergarten Leopoldskron"),
        attendees=[ME, att("markus.hofbauer@gmx.at", "Markus Hofbauer")],
        desc="Liebe Eltern, wir laden Sie herzlich zum jährlichen Entwicklungsgespräch ein. Gesprächsdauer ca. "
             "30 Minuten. Ihr Kindergartenteam", loc="Kindergarten Leopoldskron, Gruppe Sonnenblumen"),
        "appointment-kindergarten-de"))

    uid = "A3B4C5D6-E7F8-4091-A2B3-C4D5E6F70819"
    out.append(_n("bank", uid, _ios(uid, "Bank – Beratungsgespräch Wohnkredit (Hr. Fuchs)", "20260406T163000",
                                   "20260406T173000", desc="Lohnzettel 3 Monate + Markus' Unterlagen mitnehmen",
                                   loc="Filiale Lehen"), "appointment-bank-de"))

    uid = "8b0d2f4h6j8l0n2p4r6t8v0x2z@google.com"
    out.append(_n("coffee-de", uid, one(
        uid, "Kaffee mit Martina (Revenue @ Ringpalais) – Erfahrungsaustausch", "20260308T093000Z",
        "20260308T103000Z", prodid=P_GOOGLE, tz=None, organizer=org("martina.kerschbaum@gmail.com",
                                                                     "Martina Kerschbaum"),
        attendees=[att("martina.kerschbaum@gmail.com", "Martina Kerschbaum", stat="ACCEPTED"), ME],
        desc="Café Central, ganz unverbindlich – ich erzähl dir wie's bei uns im Revenue so läuft, bevor du dich "
             "bewirbst 😊 Bussi M." + google_footer_de("verena.hofbauer@aon.at"), loc="Café Central, Wien"),
        "coffee-chat-informational-de"))

    uid = "B4C5D6E7-F809-4A1B-B2C3-D4E5F6071829"
    out.append(_n("coffee-en", uid, calendar([[
        "CREATED:20260310T101010Z", "DTSTAMP:20260310T101022Z", f"UID:{uid}", "DTSTART:20260317T170000Z",
        "DTEND:20260317T174500Z", "SUMMARY:Coffee chat w/ Daniela – hotel careers in Zürich (informational)",
        t("DESCRIPTION", "ex-colleague, now at a hotel in Zürich. Ask: salaries, B permit, Wohnung"),
        t("LOCATION", "FaceTime"), "SEQUENCE:0",
    ]], P_MAC, method=None), "coffee-chat-informational-en"))

    uid = "karrieremesse-hogast-wien-2026-besucher@karrieremesse-wien.at"
    out.append(_n("jobfair-visitor", uid, one(
        uid, "Karrieremesse Hotellerie & Gastronomie Wien", "20260328T100000", "20260328T170000", prodid=P_OUTLOOK,
        method="PUBLISH", status=None, desc="Ihr Besucher-Ticket (kostenlos). Über 80 Aussteller aus Hotellerie, "
                                            "Gastronomie und Tourismus. Lebenslauf-Check am Stand der "
                                            "Karriereberatung.", loc="Marx Halle, Wien"),
        "jobfair-visitor-de"))

    uid = "kernpartner-call-0304-vh@kern-partner.at"
    out.append(_n("recruiter-noemployer-de", uid, one(
        uid, "Telefonat Frau Hofbauer – vertrauliche Direktionsposition", "20260304T120000", "20260304T122000",
        prodid=P_OUTLOOK, organizer=org("a.kern@kern-partner.at", "Alexandra Kern"), attendees=[ME],
        desc="Liebe Frau Hofbauer,\n\ndanke für Ihre Rückmeldung auf meine Nachricht. Ich rufe Sie wie vereinbart an, "
             "um Ihnen eine vertrauliche Position (stv. Direktion, Stadthotel in Westösterreich) vorzustellen. "
             "Den Namen unseres Mandanten nenne ich Ihnen gerne im Gespräch.\n\nAlexandra Kern\nKern & Partner "
             "Executive Search", loc="Telefon"),
        "recruiter-call-no-employer-de"))

    uid = "li-recruiter-call-6f1e0ab2@linkedin-scheduler.example"
    out.append(_n("recruiter-noemployer-en", uid, one(
        uid, "Quick call – GM-track opportunity (confidential client)", "20260406T140000Z", "20260406T142000Z",
        prodid=P_GOOGLE, tz=None, organizer=org("ben.hartley@hospitalitysearch.co.uk", "Ben Hartley"),
        attendees=[att("ben.hartley@hospitalitysearch.co.uk", "Ben Hartley", stat="ACCEPTED"), ME],
        desc="Hi Verena, great to connect on LinkedIn. Quick 20 minutes to tell you about a confidential search "
             "for a luxury group in the DACH region – more once we've spoken.\n\n" + zoom_en("822 9001 3345",
                                                                                              "SGFydGxleQ")),
        "recruiter-call-no-employer-en"))

    uid = "C5D6E7F8-0912-4B3C-A4D5-E6F708192A3B"
    out.append(_n("prep-de", uid, _ios(uid, "Vorbereitung VG Mönchsberg", "20260318T190000", "20260318T210000",
                                      desc="Zahlen RevPAR/Occ Mirabellgarten 2025, 3 Beispiele Beschwerde, Fragen "
                                           "an Hr. Thaler (Team, Budget, Dienstzeiten)"), "prep-block-de"))

    uid = "D6E7F809-1A2B-4C3D-B5E6-F708192A3B4C"
    out.append(_n("prep-en", uid, _ios(uid, "Prep: case study Alpenglanz (block!)", "20260325T180000",
                                      "20260325T220000", tz=False, prodid=P_MAC,
                                      desc="pickup report, comp set Graz, slides max 8"), "prep-block-en"))

    uid = "schuleinschreibung-vs-lehen-2026-hofbauer@stadt-salzburg.at"
    out.append(_n("school", uid, one(
        uid, "Schuleinschreibung Volksschule – Lea Hofbauer", "20260120T140000", "20260120T143000",
        prodid=P_OUTLOOK, tz=WIN, organizer=org("direktion@vs-lehen.salzburg.at", "VS Lehen Direktion"),
        attendees=[ME], desc="Bitte mitbringen: Geburtsurkunde, Meldezettel, e-card des Kindes.",
        loc="VS Lehen, Direktion"), "appointment-school-de"))

    uid = "1e3g5i7k9m1o3q5s7u9w1y3a5c@google.com"
    out.append(_n("deadline", uid, calendar([[
        "DTSTART;VALUE=DATE:20260309", "DTEND;VALUE=DATE:20260310", "DTSTAMP:20260301T120000Z", f"UID:{uid}",
        "SUMMARY:Bewerbungsfrist Salzachklang – Unterlagen hochladen!", "TRANSP:TRANSPARENT", "SEQUENCE:0",
        t("DESCRIPTION", "Motivationsschreiben + Zeugnisse als ein PDF, max. 5 MB"),
    ]], P_GOOGLE, method="PUBLISH", head=("X-WR-CALNAME:verena.hofbauer@aon.at", "X-WR-TIMEZONE:Europe/Vienna")),
        "application-deadline-allday-de"))
    return out
