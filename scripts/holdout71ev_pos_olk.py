"""holdout71: the user's own interviews sent from Outlook/Exchange by employees (CC0 1.0)."""

from __future__ import annotations

import hashlib

from holdout71ev_ics import (
    OUTLOOK,
    TZ_DE_UTC1,
    TZ_FR_ROMANCE,
    TZ_FR_UTC1,
    T,
    att,
    calendar,
    ev,
    html,
    org,
    room,
    teams,
    tz_outlook,
    vevent,
)

ME = "t.weber.stb@t-online.de"
WEU = "W. Europe Standard Time"


def olk_uid(seed: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"040000008200E00074C5B7101A82E00800000000{digest[:16]}01000000000000000010000000{digest[16:40]}"


def olk(uid: str, tzid: str, start: str, end: str, summary: str, desc: str, people: list[str], location: str,
        lang: str = "de-DE", seq: int = 0, status: str = "CONFIRMED", busy: str = "TENTATIVE",
        extra: tuple[str, ...] = ()) -> list[str]:
    """An Outlook 2016-style VEVENT with the X-ALT-DESC HTML twin of the description."""
    tzp = f'"{tzid}"' if any(c in tzid for c in ":;,") else tzid
    return vevent(
        *people, T("DESCRIPTION", desc, f";LANGUAGE={lang}"), f"UID:{uid}",
        T("SUMMARY", summary, f";LANGUAGE={lang}"), f"DTSTART;TZID={tzp}:{start}", f"DTEND;TZID={tzp}:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{start[:6]}01T0815{start[11:13]}Z", "TRANSP:OPAQUE", f"STATUS:{status}",
        f"SEQUENCE:{seq}", T("LOCATION", location, f";LANGUAGE={lang}"), f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hashlib.md5(uid.encode()).hexdigest()[:7], 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        T("X-ALT-DESC", html(desc), ";FMTTYPE=text/html"), *extra)


def rgw_cfo() -> dict:
    uid = olk_uid("rgw-cfo")
    desc = ("Sehr geehrter Herr Weber,\n\nvielen Dank für das angenehme Telefonat mit Frau Yıldız. Wie vereinbart "
            "lade ich Sie zu einem Gespräch über die Position Leitung Steuern (m/w/d) ein. Die Stelle berichtet "
            "direkt an mich.\n\nMit freundlichen Grüßen\nMarkus Schäfer\nKaufmännischer Geschäftsführer\n"
            "Rheingauer Glaswerke GmbH\n\n" + teams("de", "355 802 117 644", "Kd3vR8", "YWQxM2U0ZjktMm"))
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251119T150000", "20251119T160000", "Gespräch Leitung Steuern – Herr Weber", desc,
        [org("markus.schaefer@rgw-glas.de", "Schäfer, Markus"), att(ME, "t.weber.stb@t-online.de")],
        "Microsoft Teams-Besprechung"))
    return ev("outlook-de", ics, uid, 1, "Rheingauer Glaswerke", "Leitung Steuern (m/w/d)", "hiring_manager",
              ("markus.schaefer@rgw-glas.de",), "outlook-teams-de")


def eberhardt_final_sentby() -> dict:
    uid = olk_uid("eberhardt-final")
    desc = ("Sehr geehrter Herr Weber,\n\nim Auftrag von Herrn Dr. Eberhardt darf ich Sie zum abschließenden "
            "Gespräch für die Position Leiter Steuern (m/w/d) einladen. Teilnehmen werden Herr Dr. Klaus "
            "Eberhardt (geschäftsführender Gesellschafter) und Frau Petra Lindner (Leiterin Personal).\n\n"
            "Bitte melden Sie sich am Empfang; Besucherparkplätze finden Sie direkt vor dem Gebäude.\n\n"
            "Mit freundlichen Grüßen\ni. A. Sabine Roth\nAssistentin der Geschäftsführung\n"
            "Eberhardt Gruppe · Eberhardt Holding SE & Co. KG · Würzburger Straße 120 · 63743 Aschaffenburg")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251216T100000", "20251216T113000",
        "Abschließendes Gespräch Leiter Steuern (m/w/d) – Herr Weber", desc,
        [org("klaus.eberhardt@eberhardt-gruppe.de", "Eberhardt, Klaus Dr.", sent_by="sabine.roth@eberhardt-gruppe.de"),
         att(ME, "Thomas Weber"), att("petra.lindner@eberhardt-gruppe.de", "Lindner, Petra")],
        "Hauptverwaltung, Würzburger Straße 120, 63743 Aschaffenburg, Besprechungsraum 1. OG"),
        method="REQUEST")
    return ev("outlook-de", ics, uid, 1, "Eberhardt Gruppe", "Leiter Steuern (m/w/d)", "final",
              ("klaus.eberhardt@eberhardt-gruppe.de", "petra.lindner@eberhardt-gruppe.de"), "outlook-sent-by-final-de")


def alzette_fr() -> dict:
    uid = olk_uid("alzette-daf")
    desc = ("Bonjour Monsieur Weber,\n\nSuite à votre candidature et à votre échange avec notre service RH, je vous "
            "propose un entretien afin de discuter du poste de Responsable fiscalité groupe (Head of Tax). Le poste "
            "me sera directement rattaché.\n\nAdresse : Alzette Logistics S.A., 15, rue de l'Industrie, L-8399 "
            "Windhof (parking visiteurs à l'entrée).\n\nBien cordialement,\nLuc Kremer\nDirecteur financier")
    ics = calendar(OUTLOOK, tz_outlook(TZ_FR_UTC1), olk(
        uid, TZ_FR_UTC1, "20251128T100000", "20251128T113000",
        "Entretien – Responsable fiscalité groupe (Head of Tax)", desc,
        [org("luc.kremer@alzette-logistics.lu", "Kremer, Luc"), att(ME, "Thomas Weber")],
        "Alzette Logistics, 15, rue de l'Industrie, L-8399 Windhof", lang="fr-FR"))
    return ev("outlook-fr", ics, uid, 1, "Alzette Logistics", "Responsable fiscalité groupe (Head of Tax)",
              "hiring_manager", ("luc.kremer@alzette-logistics.lu",), "outlook-utc-zone-fr", "fr")


def brenntal_room() -> dict:
    uid = olk_uid("brenntal-vg")
    desc = ("Sehr geehrter Herr Weber,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch in unserem "
            "Haus einzuladen. Gesprächspartner sind Herr Jörg Vollmer (Bereichsleiter Finanzen) und Frau Elif "
            "Kaya (Personalreferentin).\n\nBitte melden Sie sich 10 Minuten vorher am Empfang im Erdgeschoss.\n\n"
            "Brenntal Bank AG\nNeue Mainzer Straße 52, 60311 Frankfurt am Main")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251215T140000", "20251215T153000", "Vorstellungsgespräch Leiter Steuern (m/w/d)", desc,
        [org("joerg.vollmer@brenntal-bank.de", "Vollmer, Jörg"), att(ME, "Thomas Weber"),
         att("elif.kaya@brenntal-bank.de", "Kaya, Elif"),
         room("raum.taunus512@brenntal-bank.de", "Raum Taunus 5.12 (10 Pers.)")],
        "Raum Taunus 5.12 (10 Pers.); Neue Mainzer Straße 52, Frankfurt"))
    return ev("outlook-de", ics, uid, 1, "Brenntal Bank", "Leiter Steuern (m/w/d)", "onsite",
              ("joerg.vollmer@brenntal-bank.de", "elif.kaya@brenntal-bank.de"), "outlook-room-de")


def marbach_cancel() -> dict:
    uid = olk_uid("marbach-vg")
    desc = ("Sehr geehrter Herr Weber,\n\nleider müssen wir den Termin am 2. Dezember krankheitsbedingt absagen. "
            "Wir melden uns kurzfristig mit einem Alternativtermin.\n\nMit freundlichen Grüßen\nAndrea Gruber\n"
            "Leiterin Personal\nMarbach Fahrzeugteile GmbH")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251202T130000", "20251202T143000",
        "Abgesagt: Vorstellungsgespräch Leiter Steuern – Marbach Fahrzeugteile", desc,
        [org("andrea.gruber@marbach-fahrzeugteile.de", "Gruber, Andrea"), att(ME, "Thomas Weber"),
         att("dieter.pohl@marbach-fahrzeugteile.de", "Pohl, Dieter")],
        "Marbach Fahrzeugteile, Werk 1, Verwaltung", seq=1, status="CANCELLED", busy="FREE"),
        method="CANCEL")
    return ev("outlook-de", ics, uid, 1, "Marbach Fahrzeugteile", "Leiter Steuern", "",
              ("andrea.gruber@marbach-fahrzeugteile.de", "dieter.pohl@marbach-fahrzeugteile.de"),
              "outlook-method-cancel-de")


def albula_ch() -> dict:
    uid = olk_uid("albula-vg")
    desc = ("Sehr geehrter Herr Weber\n\nGerne bestätige ich Ihnen das Vorstellungsgespräch für die Stelle Leiter "
            "Steuern (80–100 %) bei der Albula Kraftwerke AG in Chur. Sie treffen mich sowie Frau Nicole Brunner, "
            "Leiterin HR.\n\nAnreise: ab Bahnhof Chur 10 Minuten zu Fuss.\n\nFreundliche Grüsse\nReto Caduff\n"
            "Leiter Finanzen & Controlling (CFO)")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20260120T100000", "20260120T113000", "Vorstellungsgespräch Leiter Steuern", desc,
        [org("reto.caduff@albula-kw.ch", "Caduff Reto"), att(ME, "Thomas Weber"),
         att("nicole.brunner@albula-kw.ch", "Brunner Nicole")],
        "Albula Kraftwerke AG, Grabenstrasse 12, 7000 Chur, Sitzungszimmer Julier", lang="de-CH"))
    return ev("outlook-de", ics, uid, 1, "Albula Kraftwerke", "Leiter Steuern", "hiring_manager",
              ("reto.caduff@albula-kw.ch", "nicole.brunner@albula-kw.ch"), "outlook-swiss-de")


def hessenwerk_screen() -> dict:
    uid = olk_uid("hessenwerk-erst")
    desc = ("Sehr geehrter Herr Weber,\n\nanbei wie besprochen die Einladung für unser erstes Kennenlernen "
            "(ca. 30 Minuten) per Teams. Ich stelle Ihnen die Hessenwerk Armaturen GmbH und die Position vor, und "
            "wir sprechen über Ihren Werdegang und Ihre Gehaltsvorstellung.\n\nViele Grüße\nUlrike Mertens\n"
            "Personalreferentin\n\n" + teams("de", "329 661 048 772", "uF6bT2", "NTI3ZjA5YzEtOD"))
    ics = calendar(OUTLOOK, tz_outlook(TZ_DE_UTC1), olk(
        uid, TZ_DE_UTC1, "20251105T123000", "20251105T130000", "Erstgespräch Leiter Steuern (m/w/d) / Thomas Weber",
        desc, [org("ulrike.mertens@hessenwerk.de", "Mertens, Ulrike"), att(ME, "t.weber.stb@t-online.de")],
        "Microsoft Teams-Besprechung"))
    return ev("outlook-de", ics, uid, 1, "Hessenwerk Armaturen", "Leiter Steuern (m/w/d)", "recruiter_screen",
              ("ulrike.mertens@hessenwerk.de",), "outlook-utc-zone-de")


def hessenwerk_final() -> dict:
    uid = olk_uid("hessenwerk-beirat")
    desc = ("Sehr geehrter Herr Weber,\n\nwie angekündigt folgt die letzte Runde: ein Gespräch mit unserem "
            "Beiratsvorsitzenden, Herrn Prof. Dr. Wolfgang Hahn, und unserem Geschäftsführer, Herrn Andreas "
            "Kern. Ich selbst bin bei dem Gespräch nicht dabei, stehe Ihnen aber für Fragen zur Anreise gern zur "
            "Verfügung.\n\nViele Grüße\nUlrike Mertens\nPersonalreferentin\nHessenwerk Armaturen GmbH, "
            "Sandershäuser Str. 34, 34123 Kassel")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20260109T110000", "20260109T123000",
        "Gespräch mit dem Beiratsvorsitzenden – Position Leiter Steuern", desc,
        [org("ulrike.mertens@hessenwerk.de", "Mertens, Ulrike"), att(ME, "Thomas Weber"),
         att("w.hahn@hahn-partner.de", "Prof. Dr. Wolfgang Hahn"), att("andreas.kern@hessenwerk.de", "Kern, Andreas")],
        "Hessenwerk Armaturen GmbH, Sandershäuser Str. 34, 34123 Kassel, Raum Fulda"))
    return ev("outlook-de", ics, uid, 1, "Hessenwerk Armaturen", "Leiter Steuern", "final",
              ("w.hahn@hahn-partner.de", "andreas.kern@hessenwerk.de"), "outlook-coordinator-not-interviewer-de")


def skt_phone() -> dict:
    uid = olk_uid("skt-tel")
    desc = ("Guten Tag Herr Weber,\n\nwie per E-Mail abgestimmt rufe ich Sie für ein erstes telefonisches Gespräch "
            "zur Position Leitung Steuern (m/w/d) an. Dauer ca. 30 Minuten.\n\nFreundliche Grüße\nCarsten Neumann\n"
            "Leiter Personal\nSKT Sauerland Kunststofftechnik GmbH · Lüdenscheid")
    ics = calendar(OUTLOOK, tz_outlook(TZ_DE_UTC1), olk(
        uid, TZ_DE_UTC1, "20251023T170000", "20251023T173000", "Telefonisches Erstgespräch – Leitung Steuern", desc,
        [org("carsten.neumann@skt-kunststoff.de", "Neumann, Carsten"), att(ME, "Thomas Weber")],
        "Telefon – ich rufe Sie unter +49 171 5550 4471 an"))
    return ev("outlook-de", ics, uid, 1, "Sauerland Kunststofftechnik", "Leitung Steuern (m/w/d)", "recruiter_screen",
              ("carsten.neumann@skt-kunststoff.de",), "phone-screen-de")


def lumina_technical_fr() -> dict:
    uid = olk_uid("lumina-tech")
    desc = ("Bonjour Thomas,\n\nComme convenu avec Sarah, voici l'invitation pour l'entretien technique pour le poste "
            "de Tax Director. Nous aborderons la fiscalité des fonds (SICAV, RAIF, SCSp), la TVA sur les services "
            "de gestion et les prix de transfert. Claude Schmit, notre responsable prix de transfert, se joindra "
            "à nous.\n\nÀ bientôt,\nAntoine Dufour\nHead of Fund Tax\n\n"
            + teams("fr", "311 485 690 207", "Wc5Nx9", "MGY4ZDEyYTItND"))
    ics = calendar(OUTLOOK, tz_outlook(TZ_FR_ROMANCE), olk(
        uid, TZ_FR_ROMANCE, "20251119T160000", "20251119T170000",
        "Entretien technique – Tax Director (TP & fiscalité des fonds)", desc,
        [org("antoine.dufour@luminafs.lu", "Dufour, Antoine"), att(ME, "Thomas Weber"),
         att("claude.schmit@luminafs.lu", "Schmit, Claude")], "Réunion Microsoft Teams", lang="fr-FR"))
    return ev("outlook-fr", ics, uid, 1, "Lumina Fund Services", "Tax Director", "technical",
              ("antoine.dufour@luminafs.lu", "claude.schmit@luminafs.lu"), "teams-technical-fr", "fr")


def bsm_vg() -> dict:
    uid = olk_uid("bsm-vg")
    desc = ("Sehr geehrter Herr Weber,\n\nich freue mich auf unser Gespräch über die Position Leiter Steuern (m/w/d). "
            "Neben mir nimmt unser kaufmännischer Leiter, Herr Frank Wiese, teil.\n\nAnfahrt: BSM – Bergmann & "
            "Söhne Maschinenbau GmbH, Industriestraße 8, 57072 Siegen. Parkplätze hinter der Halle 3.\n\n"
            "Mit freundlichen Grüßen\nChristoph Bergmann\nGeschäftsführer")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251218T140000", "20251218T153000", "Vorstellungsgespräch Leiter Steuern (m/w/d) bei BSM", desc,
        [org("christoph.bergmann@bsm-maschinenbau.de", "Bergmann, Christoph"), att(ME, "Thomas Weber"),
         att("frank.wiese@bsm-maschinenbau.de", "Wiese, Frank")], "Industriestraße 8, 57072 Siegen"))
    return ev("outlook-de", ics, uid, 1, "Bergmann & Söhne Maschinenbau", "Leiter Steuern (m/w/d)", "",
              ("christoph.bergmann@bsm-maschinenbau.de", "frank.wiese@bsm-maschinenbau.de"), "outlook-brand-acronym-de")


def owe_final() -> dict:
    uid = olk_uid("owe-final")
    desc = ("Sehr geehrter Herr Weber,\n\nnach unserem guten Gespräch im November möchten wir Sie gern zum "
            "abschließenden Gespräch mit unserer Vorsitzenden der Geschäftsführung, Frau Dr. Stefanie Weyand, "
            "nach Erbach einladen. Im Anschluss zeigen wir Ihnen das Werk.\n\nViele Grüße\nTobias Reinhardt\nCFO\n"
            "OWE Odenwald Elektrotechnik GmbH")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251212T090000", "20251212T120000", "Abschlussgespräch & Werksrundgang – Head of Tax", desc,
        [org("tobias.reinhardt@owe-group.com", "Reinhardt, Tobias"), att(ME, "Thomas Weber"),
         att("stefanie.weyand@owe-group.com", "Dr. Weyand, Stefanie")],
        "OWE Odenwald Elektrotechnik GmbH, Werkstraße 1, 64711 Erbach"))
    return ev("outlook-de", ics, uid, 1, "OWE Odenwald Elektrotechnik", "Head of Tax", "final",
              ("tobias.reinhardt@owe-group.com", "stefanie.weyand@owe-group.com"), "outlook-final-onsite-de")


EVENTS = [rgw_cfo, eberhardt_final_sentby, alzette_fr, brenntal_room, marbach_cancel, albula_ch, hessenwerk_screen,
          hessenwerk_final, skt_phone, lumina_technical_fr, bsm_vg, owe_final]
