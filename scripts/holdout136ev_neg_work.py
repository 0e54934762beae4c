"""holdout136: negatives at work - internal meetings, appraisal, press, fairs, tours, guests, references."""

from __future__ import annotations

from holdout136ev_ics import (
    P_EXCHANGE,
    P_GOOGLE,
    P_OUTLOOK,
    USER_WORK,
    VIENNA,
    WIN,
    alt_html,
    att,
    calendar,
    item,
    ms_props,
    one,
    org,
    t,
    teams_de,
    zoom_en,
)

ME = att(USER_WORK, "Hofbauer, Verena")
ME_ORG = org(USER_WORK, "Hofbauer, Verena")
GM_ORG = org("t.aigner@hotel-mirabellgarten.at", "Aigner, Thomas")


def _n(kind: str, uid: str, ics: str, trap: str) -> dict[str, object]:
    return item(kind, uid, ics, 0, trap=trap)


def events() -> list[dict[str, object]]:
    out = []
    x = "040000008200E00074C5B7101A82E00800000000"

    uid = x + "0A1B2C3D4E5FDC01000000000000000010000000F0E1"
    out.append(_n("fo-meeting", uid, one(
        uid, "FO-Meeting", "20260303T093000", "20260303T100000", prodid=P_OUTLOOK, tz=WIN, organizer=ME_ORG,
        attendees=[att("m.eder@hotel-mirabellgarten.at", "Eder, Miriam"),
                   att("k.pichler@hotel-mirabellgarten.at", "Pichler, Katharina"),
                   att("rezeption@hotel-mirabellgarten.at", "Rezeption Mirabellgarten")],
        desc="Wochenvorschau, Gruppen, VIP-Anreisen, offene Beschwerden, Dienstplan-Wünsche",
        loc="Back Office", extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T073000Z", *ms_props("BUSY"))),
        "internal-recurring-de"))

    uid = "3a5c7e9g1i3k5m7o9q1s3u5w7y@google.com"
    out.append(_n("dienstplan", uid, one(
        uid, "Dienstplan KW 16/17 fertig", "20260401T120000Z", "20260401T133000Z", prodid=P_GOOGLE, tz=None,
        method="PUBLISH", head=("X-WR-CALNAME:Verena Arbeit", "X-WR-TIMEZONE:Europe/Vienna")),
        "internal-hand-de"))

    uid = x + "1B2C3D4E5F60DC01000000000000000010000000E0D1"
    txt = "Agenda: Zahlen März (Occ/ADR/RevPAR), Gruppen Festspielsommer, Personal Rezeption, Sonstiges"
    out.append(_n("jour-fixe", uid, one(
        uid, "Jour fixe GM", "20260305T083000", "20260305T093000", prodid=P_EXCHANGE, tz=WIN, organizer=GM_ORG,
        attendees=[ME, att("l.brandstaetter@hotel-mirabellgarten.at", "Brandstätter, Lukas"),
                   att("f.kainz@hotel-mirabellgarten.at", "Kainz, Franz")],
        desc=txt, loc="Büro GM", extra=("RRULE:FREQ=WEEKLY;BYDAY=TH", alt_html(txt), *ms_props("BUSY"))),
        "internal-jour-fixe-de"))

    uid = x + "2C3D4E5F6071DC01000000000000000010000000D0C1"
    out.append(_n("schulung-opera", uid, one(
        uid, "Schulung Opera Cloud – Modul Rates & Packages", "20260312T130000", "20260312T170000",
        prodid=P_OUTLOOK, tz=WIN, organizer=org("it@hotel-mirabellgarten.at", "IT Mirabellgarten"),
        attendees=[ME, att("m.eder@hotel-mirabellgarten.at", "Eder, Miriam")],
        desc="Trainer: extern (Hospitality Systems Training). Bitte Laptop mitnehmen.", loc="Seminarraum Papageno",
        extra=ms_props("BUSY")), "internal-training-de"))

    uid = "sol-y-nieve-grupo-2026-0415-MAD@solynieve-viajes.es"
    out.append(_n("group-es", uid, one(
        uid, "Llegada grupo Madrid – Hotel Mirabellgarten (42 pax)", "20260415T160000", "20260415T180000",
        prodid=P_OUTLOOK, tz=VIENNA, organizer=org("grupos@solynieve-viajes.es", "Sol y Nieve Viajes – Grupos"),
        attendees=[att(USER_WORK, "Verena Hofbauer")],
        desc="Estimada Verena:\n\nConfirmamos la llegada del grupo «Austria Imperial» (42 pax, 21 dobles) hacia las "
             "16:00 en autocar. Guía acompañante: Pilar Ruiz (+34 611 204 889). Por favor, tengan listas las "
             "llaves y la lista de habitaciones.\n\nSaludos,\nDepartamento de Grupos", loc="Hotel Mirabellgarten"),
        "group-arrival-es"))

    uid = x + "3D4E5F607182DC01000000000000000010000000C0B1"
    txt = ("Liebe Verena,\n\nwie jedes Jahr unser Mitarbeitergespräch: Rückblick 2025, Ziele 2026, Weiterbildung, "
           "Gehalt. Bitte den Vorbereitungsbogen mitbringen.\n\nThomas")
    out.append(_n("appraisal", uid, one(
        uid, "Mitarbeitergespräch 2026 – Verena Hofbauer", "20260313T100000", "20260313T113000", prodid=P_OUTLOOK,
        tz=WIN, organizer=GM_ORG, attendees=[ME], desc=txt, loc="Büro GM", extra=(alt_html(txt),)),
        "own-appraisal-de"))

    uid = x + "4E5F60718293DC01000000000000000010000000B0A1"
    out.append(_n("exit", uid, one(
        uid, "Austrittsgespräch Verena Hofbauer", "20260629T140000", "20260629T150000", prodid=P_OUTLOOK, tz=WIN,
        organizer=org("s.moser@hotel-mirabellgarten.at", "Moser, Sabine"), attendees=[ME],
        desc="Liebe Verena, wie besprochen unser Exit-Gespräch vor deinem letzten Arbeitstag: Feedback, "
             "Übergabe, Rückgabe Schlüssel/Dienstkleidung, Dienstzeugnis. LG Sabine", loc="Personalbüro"),
        "own-exit-interview-de"))

    uid = "presse-stadtzeitung-0319-hofbauer@stadtzeitung-salzburg.at"
    out.append(_n("press", uid, one(
        uid, "Interview Salzburger Stadtzeitung – Sommersaison & Fachkräftemangel", "20260319T150000",
        "20260319T153000", prodid=P_OUTLOOK, organizer=org("redaktion@stadtzeitung-salzburg.at", "Lisa Gruber"),
        attendees=[att(USER_WORK, "Verena Hofbauer"), att("t.aigner@hotel-mirabellgarten.at", "Thomas Aigner",
                                                          role="OPT-PARTICIPANT")],
        desc="Liebe Frau Hofbauer,\n\ndanke für die Zusage! Für unsere Serie „Hinter der Rezeption“ würde ich Sie "
             "gerne ca. 30 Minuten interviewen, anschließend Foto in der Lobby.\n\nLisa Gruber, Redaktion",
        loc="Hotel Mirabellgarten, Lobby"), "press-interview-de"))

    uid = "podcast-frontdeskstories-ep42@riverside.fm"
    out.append(_n("podcast", uid, one(
        uid, "Podcast recording: Front Desk Stories – interview with Verena Hofbauer", "20260408T150000Z",
        "20260408T160000Z", prodid="-//Riverside.fm//Riverside Studio//EN", tz=None,
        organizer=org("host@frontdeskstories.com", "Emma Clarke"), attendees=[att(USER_WORK, "Verena Hofbauer")],
        desc="Hi Verena! Looking forward to episode 42: 'Running a front office in a festival city'. Please use "
             "headphones and a wired connection.\nStudio link: https://riverside.fm/studio/front-desk-stories"),
        "podcast-interview-en"))

    uid = "alpentraveldays-2026-visitor@messe-innsbruck.at"
    out.append(_n("tourism-fair", uid, one(
        uid, "Alpen Travel Days 2026 – Fachbesuch", "20260422", "20260424", prodid=P_OUTLOOK, tz="DATE",
        method="PUBLISH", desc="Fachbesucher-Ticket Nr. 2026-FB-08812. Termine mit Reiseveranstaltern: Do 10:30 "
                               "Sol y Nieve, Do 14:00 Voyages Alpins.", loc="Congress & Messe Innsbruck",
        extra=("TRANSP:TRANSPARENT",), status=None), "tourism-fair-allday-de"))

    uid = "4b6d8f0h2j4l6n8p0r2t4v6x8z@google.com"
    out.append(_n("reference-de", uid, one(
        uid, "Referenzauskunft Lisa Brandner – Anruf Hotel Sonnhof Saalbach", "20260316T121500Z",
        "20260316T123000Z", prodid=P_GOOGLE, tz=None, organizer=org("direktion@sonnhof-saalbach.at",
                                                                    "Hotel Sonnhof Direktion"),
        attendees=[att(USER_WORK, "Verena Hofbauer")],
        desc="Sehr geehrte Frau Hofbauer, Frau Lisa Brandner hat Sie als Referenz angegeben (Rezeption "
             "Mirabellgarten 2022–2025). Wir würden Sie gerne kurz anrufen. Danke! Andrea Pichler, Direktion"),
        "reference-user-is-referee-de"))

    uid = x + "5F6071829304DC01000000000000000010000000A091"
    txt = ("Hi Verena,\n\nTomás Rivera, who interned at your front desk in 2024, has applied with us for a "
           "Guest Service Supervisor role and named you as a referee. Would 15 minutes work?\n\nBest\nAylin Demir, "
           "Director of Rooms, Meridian Crown Munich" + teams_de("341 909 227 613", "Y2E3MmUwYWQtNzI"))
    out.append(_n("reference-en", uid, one(
        uid, "Reference call – Tomás Rivera", "20260410T090000", "20260410T091500", prodid=P_OUTLOOK, tz=WIN,
        organizer=org("aylin.demir@meridiancrown.com", "Demir, Aylin"), attendees=[att(USER_WORK, "Hofbauer, Verena")],
        desc=txt, loc="Microsoft Teams Meeting", extra=(alt_html(txt),)), "reference-user-is-referee-en"))

    uid = "hausfuehrung-hlw-3b-20260326@hotel-mirabellgarten.at"
    out.append(_n("school-tour", uid, one(
        uid, "Hausführung HLW-Klasse 3B", "20260326T100000", "20260326T113000", prodid=P_OUTLOOK, tz=WIN,
        organizer=ME_ORG, attendees=[att("j.rainer@hlw-sbg-nord.at", "Mag. Johanna Rainer")],
        desc="22 Schüler:innen + 2 Lehrkräfte. Rezeption, Zimmer 312 (Suite), Küche nur mit Küchenchef. "
             "Kurzvortrag Berufe im Front Office.", loc="Treffpunkt Lobby"), "school-tour-de"))

    uid = "voyages-alpins-inspection-0430@voyagesalpins.fr"
    out.append(_n("site-visit-fr", uid, one(
        uid, "Visite d'inspection – Voyages Alpins (Lyon)", "20260430T110000", "20260430T123000", prodid=P_OUTLOOK,
        tz=VIENNA, organizer=org("c.morel@voyagesalpins.fr", "Claire Morel"),
        attendees=[att(USER_WORK, "Verena Hofbauer")],
        desc="Bonjour Madame Hofbauer,\n\nComme convenu, je passerai avec ma collègue pour la visite d'inspection "
             "avant la série de groupes de l'été (chambres, salle petit-déjeuner, accès autocar), suivie d'un "
             "déjeuner.\n\nBien cordialement,\nClaire Morel, Voyages Alpins", loc="Hotel Mirabellgarten"),
        "site-visit-fr"))

    uid = "gaestebefragung-2026-welle1@hotel-mirabellgarten.at"
    out.append(_n("guest-interviews", uid, calendar([[
        "DTSTAMP:20260402T090000Z", f"UID:{uid}", "DTSTART;TZID=Europe/Vienna:20260409T160000",
        "DTEND;TZID=Europe/Vienna:20260409T180000", "SUMMARY:Gästeinterviews Stammgäste (Qualitätsprojekt)",
        t("DESCRIPTION", "5 Stammgäste à 20 Min. in der Bar, Leitfaden Qualitätsprojekt, Gutschein Kaffee & Kuchen"),
        t("LOCATION", "Hotelbar"), ME_ORG, "SEQUENCE:0",
    ]], P_OUTLOOK, method=None, tzids=(VIENNA,)), "guest-interviews-de"))

    uid = "ux-research-lumara-0414-vh@lumara-pms.com"
    out.append(_n("user-research-en", uid, one(
        uid, "Lumara PMS user interview – check-in flow (45 min)", "20260414T120000Z", "20260414T124500Z",
        prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=None,
        organizer=org("research@lumara-pms.com", "Jonas Weber (Lumara UX Research)"),
        attendees=[att(USER_WORK, "Verena Hofbauer")],
        desc="Hi Verena,\n\nthanks for signing up for our research panel! In this 45-minute interview we'd love to "
             "hear how your front desk handles check-in and ID scanning. As a thank-you you'll receive a €50 "
             "voucher.\n\n" + zoom_en("874 5530 1122", "THVtYXJhVVg") + "\n\nLumara UX Research"),
        "user-research-interview-en"))
    return out
