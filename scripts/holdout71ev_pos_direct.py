"""holdout71: the user's own interviews sent directly by employees and agencies (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import (
    GOOGLE,
    MAC,
    OUTLOOK,
    T,
    att,
    calendar,
    ev,
    google_footer,
    meet,
    org,
    teams,
    tz_olson,
    tz_outlook,
    vevent,
    webex,
    zoom,
)
from holdout71ev_pos_olk import olk, olk_uid

ME = "t.weber.stb@t-online.de"
ZOOM = "-//zoom.us//iCalendar Event//EN"
SEP = "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"


def taunus_rescheduled() -> dict:
    uid = "1m4o7q0s3u6w9y2a5c8e1g4i7k@google.com"
    desc = ("Hallo Herr Weber,\n\nwie telefonisch besprochen verschieben wir Ihr Zweitgespräch mit Herrn Dr. Oliver "
            "Sommer (Head of Finance, Ihr künftiger Vorgesetzter) vom 12.11. auf den 18.11. Ort und Dauer bleiben "
            "gleich.\n\nTaunus Pharma GmbH, Siemensstraße 5, 61352 Bad Homburg v. d. Höhe – bitte am Empfang "
            "melden.\n\nBeste Grüße\nKatja Frey\nTalent Acquisition" + google_footer("de"))
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251118T100000", "DTEND;TZID=Europe/Berlin:20251118T113000",
        "DTSTAMP:20251110T143301Z", org("katja.frey@taunuspharma.com", "Katja Frey"), f"UID:{uid}",
        att(ME, "Thomas Weber"), att("oliver.sommer@taunuspharma.com", "Dr. Oliver Sommer", partstat="ACCEPTED"),
        "CREATED:20251029T091207Z", T("DESCRIPTION", desc), "LAST-MODIFIED:20251110T143300Z",
        T("LOCATION", "Taunus Pharma GmbH, Siemensstraße 5, 61352 Bad Homburg v. d. Höhe"), "SEQUENCE:2",
        "STATUS:CONFIRMED", T("SUMMARY", "NEUER TERMIN: Zweitgespräch Head of Tax – Taunus Pharma"),
        "TRANSP:OPAQUE"), headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("google-de", ics, uid, 1, "Taunus Pharma", "Head of Tax", "hiring_manager",
              ("oliver.sommer@taunuspharma.com",), "google-rescheduled-de")


def lindqvist_cfo() -> dict:
    uid = "6h0ndl5vq2ksm8r1c7b3e9f4ag@google.com"
    desc = ("Hi Thomas,\n\nGreat to connect. As mentioned by Hanna from our HR team, I'd like to have a first "
            "conversation about the Head of Tax DACH role at Lindqvist Systems GmbH in Frankfurt. The role reports "
            "to me.\n\nBest,\nErik Sandberg\nGroup CFO" + SEP + meet("en", "pzt-mmqe-ruv", "770 241 358") + SEP)
    ics = calendar(GOOGLE, tz_olson("Europe/Stockholm"), vevent(
        "DTSTART;TZID=Europe/Stockholm:20251127T143000", "DTEND;TZID=Europe/Stockholm:20251127T151500",
        "DTSTAMP:20251119T120055Z", org("erik.sandberg@lindqvist.se", "Erik Sandberg"), f"UID:{uid}",
        att(ME, "t.weber.stb@t-online.de"), att("erik.sandberg@lindqvist.se", "Erik Sandberg", partstat="ACCEPTED"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/pzt-mmqe-ruv", T("DESCRIPTION", desc), "SEQUENCE:0",
        "STATUS:CONFIRMED", T("SUMMARY", "Thomas Weber / Lindqvist – Head of Tax DACH"), "TRANSP:OPAQUE"),
        headers=("X-WR-TIMEZONE:Europe/Stockholm",))
    return ev("google-en", ics, uid, 1, "Lindqvist Systems", "Head of Tax DACH", "hiring_manager",
              ("erik.sandberg@lindqvist.se",), "google-meet-foreign-tz-en", "en")


def steinhaus_kennenlernen() -> dict:
    uid = "2c9t5h8kq1ml4np7rs0uv3wx6y@google.com"
    desc = ("Lieber Herr Weber,\n\nich freue mich auf ein erstes Kennenlernen zur Position Head of Tax (m/w/d). "
            "Die Stelle ist direkt bei mir angesiedelt.\n\nViele Grüße\nBirgit Kuhn\nFinanzvorständin, "
            "Steinhaus Immobilien AG" + SEP + meet("de", "hbn-xcvq-oaw", "233 918 660") + SEP + google_footer("de"))
    ics = calendar(GOOGLE, vevent(
        "DTSTART;TZID=Europe/Berlin:20251030T080000", "DTEND;TZID=Europe/Berlin:20251030T084500",
        "DTSTAMP:20251024T164402Z", org("birgit.kuhn@steinhaus-ag.de", "Birgit Kuhn"), f"UID:{uid}",
        att(ME, "Thomas Weber"), att("birgit.kuhn@steinhaus-ag.de", "Birgit Kuhn", partstat="ACCEPTED", rsvp=False),
        T("DESCRIPTION", desc), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Kennenlernen Herr Weber / Steinhaus Immobilien"), "TRANSP:OPAQUE"),
        headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("google-de", ics, uid, 1, "Steinhaus Immobilien", "Head of Tax (m/w/d)", "hiring_manager",
              ("birgit.kuhn@steinhaus-ag.de",), "google-meet-no-vtimezone-de")


def quadrant_case_zoom() -> dict:
    uid = "ZOOM86210443517@zoom.us"
    desc = ("Guten Tag Herr Weber,\n\nim zweiten Schritt möchten wir mit Ihnen anhand einer kurzen Fallstudie "
            "(Organschaft, Zinsschranke, Grunderwerbsteuer bei Share Deals) fachlich ins Gespräch kommen. "
            "Teilnehmer: Holger Wendt (Leiter Rechnungswesen), Dr. Miriam Aust (Leiterin Recht).\n\n"
            "Viele Grüße\nHolger Wendt\nQuadrant Bau SE\n\n"
            + zoom("de", "quadrantbau.zoom.us", "862 1044 3517", "318845", "+49 69 5050 2596"))
    ics = calendar(ZOOM, vevent(
        "DTSTAMP:20251124T092233Z", "DTSTART:20251201T130000Z", "DTEND:20251201T143000Z",
        T("SUMMARY", "Fachgespräch Steuern (Fallstudie) – Leiter Steuern (m/w/d)"), f"UID:{uid}",
        org("holger.wendt@quadrantbau.de", "Holger Wendt"), att(ME, "Thomas Weber"),
        att("miriam.aust@quadrantbau.de", "Dr. Miriam Aust"), T("DESCRIPTION", desc),
        T("LOCATION", "https://quadrantbau.zoom.us/j/86210443517?pwd=Qm9XdHJ318845UT09"),
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"))
    return ev("zoom-de", ics, uid, 1, "Quadrant Bau", "Leiter Steuern (m/w/d)", "technical",
              ("holger.wendt@quadrantbau.de", "miriam.aust@quadrantbau.de"), "zoom-case-utc-de")


def slc_webex_fr() -> dict:
    uid = "6f1a2e9c07b84d3f9a1c5e7b2d4f6a80@slc-lu.webex.com"
    desc = ("Bonjour Monsieur Weber,\n\nJe vous remercie pour votre candidature au poste de Directeur fiscal au sein "
            "de la Société Luxembourgeoise de Câblerie. Je vous propose un premier échange en visioconférence "
            "d'environ 30 minutes pour faire connaissance.\n\nCordialement,\nIsabelle Reding\n"
            "Responsable Ressources Humaines\n\n"
            + webex("fr", "slc-lu", "2741 558 9031", "Fisc2025!", "+352-2786-1234 Luxembourg Toll"))
    ics = calendar("-//Cisco Systems Inc.//Webex Meetings//FR", tz_olson("Europe/Luxembourg"), vevent(
        f"UID:{uid}", "DTSTAMP:20251027T151010Z", "DTSTART;TZID=Europe/Luxembourg:20251104T110000",
        "DTEND;TZID=Europe/Luxembourg:20251104T113000", org("isabelle.reding@slc.lu", "Isabelle Reding"),
        att(ME, "Thomas Weber"), T("SUMMARY", "Premier entretien – Directeur fiscal (H/F) – SLC"),
        T("DESCRIPTION", desc), T("LOCATION", "https://slc-lu.webex.com/slc-lu/j.php?MTID=m4f2c9e1b7a0d35e86c1f0a9"),
        "STATUS:CONFIRMED"))
    return ev("webex-fr", ics, uid, 1, "Société Luxembourgeoise de Câblerie", "Directeur fiscal (H/F)",
              "recruiter_screen", ("isabelle.reding@slc.lu",), "webex-fr", "fr")


def rotbach_mac_fr() -> dict:
    uid = "A3F9C2D1-7B4E-4E0A-9C61-5D8B2E7F1A04"
    desc = ("Bonjour Monsieur Weber,\n\nJe me réjouis de notre entretien au sujet du poste de Head of Tax. Le lien "
            "Teams figure ci-dessous.\n\nMeilleures salutations\nJean-Marc Favre\nCFO, Rotbach Uhren SA, Bienne\n\n"
            + teams("fr", "347 219 006 581", "Zr2Kp7", "ZDM3NWQ5MTAtZj"))
    ics = calendar(MAC, tz_olson("Europe/Zurich"), vevent(
        "CREATED:20251201T081522Z", f"UID:{uid}", "DTEND;TZID=Europe/Zurich:20251219T150000",
        "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        T("SUMMARY", "Entretien avec le CFO – Head of Tax"),
        "LAST-MODIFIED:20251201T081559Z", "DTSTAMP:20251201T081559Z", "DTSTART;TZID=Europe/Zurich:20251219T140000",
        "SEQUENCE:0", org("jm.favre@rotbach.ch", "Jean-Marc Favre"), att(ME, "Thomas Weber"),
        att("jm.favre@rotbach.ch", "Jean-Marc Favre", partstat="ACCEPTED", rsvp=False), T("DESCRIPTION", desc)),
        method="REQUEST")
    return ev("apple-fr", ics, uid, 1, "Rotbach Uhren", "Head of Tax", "hiring_manager", ("jm.favre@rotbach.ch",),
              "macos-teams-fr", "fr")


def alpinor_agency_en() -> dict:
    uid = olk_uid("alpinor-alpen")
    tz = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    desc = ("Dear Thomas,\n\nAs discussed, I am pleased to confirm your interview with Alpinor Medtech AG for the "
            "position of Head of Group Tax. You will meet Dr. Lukas Frei (CFO) and Sandra Vögeli (Head of HR). "
            "I will not attend but will call you afterwards for a debrief.\n\nAddress: Alpinor Medtech AG, "
            "Mühlentalstrasse 28, 8200 Schaffhausen\n\nBest regards,\nCorinne Meier\nPartner, Alpen Executive "
            "Partners AG, Zürich")
    ics = calendar(OUTLOOK, tz_outlook(tz), olk(
        uid, tz, "20251217T100000", "20251217T113000",
        "Interview Alpinor Medtech – Head of Group Tax (via Alpen Executive Partners)", desc,
        [org("corinne.meier@alpen-executive.ch", "Meier, Corinne"), att(ME, "Thomas Weber"),
         att("lukas.frei@alpinor.com", "Frei, Lukas"), att("sandra.voegeli@alpinor.com", "Vögeli, Sandra")],
        "Alpinor Medtech AG, Mühlentalstrasse 28, 8200 Schaffhausen", lang="en-GB"))
    return ev("outlook-en", ics, uid, 1, "Alpinor Medtech", "Head of Group Tax", "hiring_manager",
              ("lukas.frei@alpinor.com", "sandra.voegeli@alpinor.com"), "agency-names-employer-en", "en")


def kellermann_agency_de() -> dict:
    uid = "0r3t6v9x2z5b8d1f4h7j0l3n6p@google.com"
    desc = ("Sehr geehrter Herr Weber,\n\nwie telefonisch besprochen, hier die Bestätigung Ihres "
            "Vorstellungsgesprächs bei unserem Mandanten für die Position Leiter Steuern (m/w/d). "
            "Gesprächspartner: Herr Bernd Kellermann (Geschäftsführer) und Frau Ute Janssen (Leiterin Finanzen). "
            "Bitte melden Sie sich am Empfang der Hauptverwaltung.\n\nIch rufe Sie im Anschluss an.\n\n"
            "Beste Grüße\nMarc Ehrlich\nSteuerköpfe Personalberatung GmbH")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251120T100000", "DTEND;TZID=Europe/Berlin:20251120T113000",
        "DTSTAMP:20251113T171719Z", org("m.ehrlich@steuerkoepfe.de", "Marc Ehrlich"), f"UID:{uid}",
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc),
        T("LOCATION", "Kellermann Lebensmittel GmbH, Am Rosengarten 7, 36037 Fulda"), "SEQUENCE:0",
        "STATUS:CONFIRMED",
        T("SUMMARY", "Vorstellungsgespräch bei der Kellermann Lebensmittel GmbH – Leiter Steuern (m/w/d)"),
        "TRANSP:OPAQUE"), headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("google-de", ics, uid, 1, "Kellermann Lebensmittel", "Leiter Steuern (m/w/d)", "hiring_manager",
              ("bernd kellermann", "ute janssen"), "agency-names-employer-de")


EVENTS = [taunus_rescheduled, lindqvist_cfo, steinhaus_kennenlernen, quadrant_case_zoom, slc_webex_fr,
          rotbach_mac_fr, alpinor_agency_en, kellermann_agency_de]
