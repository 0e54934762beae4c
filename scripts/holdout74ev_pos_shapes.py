"""holdout74: the user's own interviews in unusual time and status shapes."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    WEU,
    WEU_DE,
    WEU_EN,
    WEU_FR,
    Ev,
    alarm,
    att,
    dt,
    head_apple,
    head_google,
    head_outlook,
    head_tool,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    tz_windows,
    vcal,
    vevent,
    webex,
)


def _recurring_fgm() -> Ev:
    uid = "4r8m2c6q0fgm-assessment1t5v9k3@google.com"
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Wie telefonisch besprochen, findet das Assessment für die Stelle Head of IT an zwei Halbtagen statt. "
        "Assessoren sind Peter Wälti (Vorsitzender der Geschäftsleitung) und Monika Rast (Leiterin Personal). "
        "Tag 1: Fallstudie und Präsentation, Tag 2: Interview und Rollenspiel mit einem Teamleiter.\n\n"
        "Frischwaren Genossenschaft Mittelland, Verwaltung, Bahnhofstrasse 2, 3322 Schönbühl\n\n"
        "Freundliche Grüsse\nMonika Rast"
    )
    common = [
        org("monika.rast@fgm.ch", "Monika Rast"),
        att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("peter.waelti@fgm.ch", "Peter Wälti", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("monika.rast@fgm.ch", "Monika Rast", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False,
            extra=";X-NUM-GUESTS=0"),
        prop("DESCRIPTION", desc),
        prop("LOCATION", "Bahnhofstrasse 2, 3322 Schönbühl"),
        prop("SUMMARY", "Assessment Head of IT – FGM (2 Halbtage)"),
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ]
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20260113T080000",
            "DTEND;TZID=Europe/Zurich:20260113T120000",
            "RRULE:FREQ=DAILY;COUNT=2",
            "DTSTAMP:20251219T101500Z",
            f"UID:{uid}",
            "SEQUENCE:0",
            common,
        ),
        vevent(
            "DTSTART;TZID=Europe/Zurich:20260114T133000",
            "DTEND;TZID=Europe/Zurich:20260114T173000",
            "DTSTAMP:20251222T081000Z",
            f"UID:{uid}",
            "RECURRENCE-ID;TZID=Europe/Zurich:20260114T080000",
            "SEQUENCE:1",
            common,
        ),
    )
    return Ev(
        "recurring-assessment", uid, ics, 1, "Frischwaren Genossenschaft Mittelland", "Head of IT", "onsite",
        ("peter.waelti@fgm.ch", "monika.rast@fgm.ch"), "recurring-override-assessment-de",
    )


def _cancel_rzm() -> Ev:
    uid = outlook_uid("rzm-fachinterview-leiter-rz-betrieb")
    desc = (
        "Sehr geehrter Herr Brunner\n\n"
        "Leider müssen wir das Fachinterview vom Donnerstag absagen, da die Stelle Leiter RZ-Betrieb intern "
        "besetzt werden konnte. Wir bedanken uns für Ihr Interesse an der Rechenzentrum Mittelland AG.\n\n"
        "Freundliche Grüsse\nKurt Moser"
    )
    ics = vcal(
        head_outlook(method="CANCEL"),
        tz_windows(WEU),
        vevent(
            org("kurt.moser@rzm.ch", "Moser, Kurt"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("tanja.hirschi@rzm.ch", "Hirschi, Tanja"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Abgesagt: Fachinterview Leiter RZ-Betrieb", ";LANGUAGE=de-CH"),
            dt(WEU, "20251127T090000"),
            dt(WEU, "20251127T103000", "DTEND"),
            "DTSTAMP:20251124T131301Z",
            prop("LOCATION", "RZM Campus Gümligen, Worbstrasse 180", ";LANGUAGE=de-CH"),
            "CLASS:PUBLIC",
            "PRIORITY:1",
            "TRANSP:TRANSPARENT",
            "STATUS:CANCELLED",
            "SEQUENCE:1",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:2",
            "X-MICROSOFT-CDO-INSTTYPE:0",
        ),
    )
    return Ev(
        "cancel-fachinterview", uid, ics, 1, "Rechenzentrum Mittelland", "Leiter RZ-Betrieb", "technical",
        ("kurt.moser@rzm.ch", "tanja.hirschi@rzm.ch"), "cancelled-method-cancel-de",
    )


def _resched_htab() -> Ev:
    uid = outlook_uid("htab-interview-leiterin-it-services")
    desc = (
        "Sehr geehrter Herr Brunner\n\n"
        "Aufgrund einer kurzfristigen Terminkollision der Direktion müssen wir Ihr Interview vom 24. November "
        "leider verschieben. Neuer Termin: Montag, 1. Dezember 2025, 14.00–15.30 Uhr, gleicher Ort.\n\n"
        "Gesprächsteilnehmende: Prof. Dr. Daniel Suter (Direktor), Sabine Wyss (Leiterin Services), "
        "Laura Brügger (HR, Protokoll).\n\n"
        "Wir danken für Ihr Verständnis.\nHR Hochschule für Technik Aarau-Brugg"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_DE),
        vevent(
            org("laura.bruegger@htab.ch", "Brügger, Laura"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("daniel.suter@htab.ch", "Suter, Daniel"),
            att("sabine.wyss@htab.ch", "Wyss, Sabine"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Verschoben: Interview Leiter/in IT-Services (HTAB)", ";LANGUAGE=de-CH"),
            dt(WEU_DE, "20251201T140000"),
            dt(WEU_DE, "20251201T153000", "DTEND"),
            "DTSTAMP:20251119T085959Z",
            prop("LOCATION", "Campus Brugg-Windisch, Gebäude 5, Raum 5.2C10", ";LANGUAGE=de-CH"),
            outlook_tail(seq=2),
        ),
    )
    return Ev(
        "rescheduled-hochschule", uid, ics, 1, "Hochschule für Technik Aarau-Brugg", "Leiter/in IT-Services",
        "", ("daniel.suter@htab.ch", "sabine.wyss@htab.ch"), "rescheduled-sequence-de",
    )


def _floating_regiobus() -> Ev:
    uid = "C51D7A02-93E4-4F6B-8A1C-0D2E3F4A5B6C"
    ics = vcal(
        head_apple("iOS 18.1"),
        vevent(
            "CREATED:20251204T064410Z",
            "DTSTAMP:20251204T064415Z",
            "DTSTART:20251211T140000",
            "DTEND:20251211T153000",
            "LAST-MODIFIED:20251204T064415Z",
            prop("LOCATION", "RegioBus Gantrisch, Depot Schwarzenburg"),
            "SEQUENCE:0",
            prop("SUMMARY", "Case-Präsentation RegioBus Gantrisch (Leiter IT & Digitalisierung)"),
            f"UID:{uid}",
            prop("DESCRIPTION", "20 Min. Präsentation Betriebskonzept Leitstelle/Ticketing, danach Fragen GL. "
                 "Laptop + HDMI-Adapter!"),
            alarm("-PT2H", "Reminder"),
        ),
    )
    return Ev(
        "floating-case", uid, ics, 1, "RegioBus Gantrisch", "Leiter IT & Digitalisierung", "technical", (),
        "apple-floating-case-de",
    )


def _allday_valchem() -> Ev:
    uid = outlook_uid("valchem-journee-evaluation")
    desc = (
        "Monsieur Brunner,\n\n"
        "Nous vous confirmons votre journée d'évaluation sur site pour le poste de Responsable des opérations "
        "IT, le mardi 16 décembre 2025 à Monthey. Le programme détaillé (entretiens avec la direction du site, "
        "visite des installations, mise en situation) vous sera remis à votre arrivée à 8h00.\n\n"
        "Équipement de protection fourni sur place.\n\nService du personnel, Valchem SA"
    )
    ics = vcal(
        head_outlook(),
        vevent(
            org("rh@valchem.ch", "Valchem SA – Ressources humaines"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=fr-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Journée d'évaluation – Responsable des opérations IT – Valchem", ";LANGUAGE=fr-CH"),
            "DTSTART;VALUE=DATE:20251216",
            "DTEND;VALUE=DATE:20251217",
            "DTSTAMP:20251203T100000Z",
            prop("LOCATION", "Valchem SA, Avenue du Simplon 100, 1870 Monthey", ";LANGUAGE=fr-CH"),
            "CLASS:PUBLIC",
            "PRIORITY:5",
            "TRANSP:TRANSPARENT",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        ),
    )
    return Ev(
        "allday-evaluation", uid, ics, 1, "Valchem", "Responsable des opérations IT", "onsite", (),
        "allday-onsite-fr",
    )


def _utc_gis() -> Ev:
    uid = "1m5p9t3x7gis2b6f0j4n8r2v6@google.com"
    ics = vcal(
        head_google(method="PUBLISH", wr_tz="Europe/Zurich"),
        vevent(
            "DTSTART:20251113T130000Z",
            "DTEND:20251113T143000Z",
            "DTSTAMP:20251201T070000Z",
            f"UID:{uid}",
            "CREATED:20251104T201511Z",
            prop("DESCRIPTION", "Mit Urs Hügli (Geschäftsführer GIS) und Barbara Tschanz (Präsidentin Vorstand)."
                 "\nStelle: Leiter Betrieb / Stv. Geschäftsführer\nHauptstrasse 20, Lyss – 2. OG"),
            "LAST-MODIFIED:20251104T201611Z",
            prop("LOCATION", "Hauptstrasse 20, 3250 Lyss"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Bewerbungsgespräch GIS (Gemeindeverband Informatik Seeland)"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "utc-export", uid, ics, 1, "Gemeindeverband Informatik Seeland", "Leiter Betrieb / Stv. Geschäftsführer",
        "", ("Urs Hügli", "Barbara Tschanz"), "utc-x-wr-timezone-own-de",
    )


def _iphone_agrisana() -> Ev:
    uid = "F0A8C3D1-2B7E-4E59-86A4-7C1D9E0B3F22"
    ics = vcal(
        head_apple("iOS 18.0.1"),
        TZ_ZURICH,
        vevent(
            "CREATED:20251110T121944Z",
            "DTSTAMP:20251110T122001Z",
            "DTSTART;TZID=Europe/Zurich:20251114T073000",
            "DTEND;TZID=Europe/Zurich:20251114T083000",
            "LAST-MODIFIED:20251110T122001Z",
            "SEQUENCE:0",
            prop("SUMMARY", "Vorstellungsgspräch Agrisana – Hr. Gasser"),
            f"UID:{uid}",
            "URL;VALUE=URI:https://teams.microsoft.com/l/meetup-join/19%3ameeting_agrisana",
            prop("DESCRIPTION", "Teams. Stv. Leiter Informatik? -> eigentlich Leiter IT-Betrieb, nachfragen"),
        ),
    )
    return Ev(
        "iphone-terse", uid, ics, 1, "Agrisana", "Leiter IT-Betrieb", "", ("Gasser",),
        "hand-typed-swiss-german",
    )


def _webex_assurinvest() -> Ev:
    uid = outlook_uid("assurinvest-entretien-video-responsable-informatique")
    desc = (
        "Bonjour Monsieur Brunner,\n\n"
        "Je vous remercie pour votre dossier. Je vous propose un premier entretien vidéo pour le poste de "
        "Responsable informatique de notre cabinet (25 collaborateurs, Lausanne et Fribourg).\n\n"
        "Avec mes meilleures salutations\nSébastien Rochat\nAssocié gérant, Assurinvest Courtage SA\n\n"
        + webex("fr", "2580 114 9733", "Courtage25", "assurinvest")
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_FR),
        vevent(
            org("s.rochat@assurinvest.ch", "Rochat, Sébastien"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=fr-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Entretien vidéo – Responsable informatique", ";LANGUAGE=fr-CH"),
            dt(WEU_FR, "20251210T080000"),
            dt(WEU_FR, "20251210T084500", "DTEND"),
            "DTSTAMP:20251205T154433Z",
            prop("LOCATION", "Webex", ";LANGUAGE=fr-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "webex-fr", uid, ics, 1, "Assurinvest Courtage", "Responsable informatique", "",
        ("s.rochat@assurinvest.ch",), "webex-company-in-body-fr",
    )


def _unfolded_meridian() -> Ev:
    uid = outlook_uid("meridian-initial-screen-it-site-lead")
    desc = (
        "Hi Reto, thanks for applying for the IT Site Lead role at our Thun plant. I'll call you for an initial "
        "screening conversation (30 min): background, motivation, notice period and salary expectations. "
        "Best, Priya Nair, Talent Acquisition Partner EMEA, Meridian Lifesciences"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_EN),
        vevent(
            org("priya.nair@meridianls.com", "Nair, Priya"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=en-US"),
            f"UID:{uid}",
            prop("SUMMARY", "Initial screen – IT Site Lead (Thun) – Reto Brunner", ";LANGUAGE=en-US"),
            dt(WEU_EN, "20251031T113000"),
            dt(WEU_EN, "20251031T120000", "DTEND"),
            "DTSTAMP:20251027T091500Z",
            prop("LOCATION", "Phone", ";LANGUAGE=en-US"),
            outlook_tail(),
        ),
        folded=False,
    )
    return Ev(
        "unfolded-screen", uid, ics, 1, "Meridian Lifesciences", "IT Site Lead (Thun)", "recruiter_screen",
        ("priya.nair@meridianls.com",), "unfolded-long-lines-en",
    )


def _personio_thl_final() -> Ev:
    uid = "personio-interview-5519940-c2b7a1@thl-group.jobs.personio.de"
    desc = (
        "Hallo Reto,\n\n"
        "danke für das gute erste Gespräch! Wir möchten dich gerne zum finalen Gespräch einladen. Neben "
        "Patrick Imhof ist diesmal auch unser Verwaltungsratspräsident, Hansjörg Kunz, dabei.\n\n"
        "Ort: Transhelvetica Logistik AG, Egerkingen, Sitzungszimmer Gotthard\n\n"
        "Beste Grüsse\nDaniela\n\nPowered by Personio"
    )
    ics = vcal(
        head_tool("-//Personio GmbH//Personio Recruiting//DE"),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251111T140000",
            "DTEND;TZID=Europe/Zurich:20251111T150000",
            "DTSTAMP:20251103T120000Z",
            f"UID:{uid}",
            prop("SUMMARY", "Finales Gespräch: Leiter IT (w/m/d) | Reto Brunner"),
            prop("LOCATION", "Industriestrasse 40, 4622 Egerkingen"),
            prop("DESCRIPTION", desc),
            org("daniela.frei@thl-group.ch", "Daniela Frei"),
            att("patrick.imhof@thl-group.ch", "Patrick Imhof", partstat="ACCEPTED"),
            att("hj.kunz@kunz-beratung.ch", "Hansjörg Kunz"),
            att(USER_FREE, "Reto Brunner"),
            "SEQUENCE:0",
        ),
    )
    return Ev(
        "personio-final", uid, ics, 1, "Transhelvetica Logistik", "Leiter IT (w/m/d)", "final",
        ("patrick.imhof@thl-group.ch", "hj.kunz@kunz-beratung.ch"), "personio-board-member-outside-domain-de",
    )


def events() -> list[Ev]:
    return [
        _recurring_fgm(),
        _cancel_rzm(),
        _resched_htab(),
        _floating_regiobus(),
        _allday_valchem(),
        _utc_gis(),
        _iphone_agrisana(),
        _webex_assurinvest(),
        _unfolded_meridian(),
        _personio_thl_final(),
    ]
