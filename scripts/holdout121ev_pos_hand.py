"""holdout121: the user's own interviews typed into his own calendars (Google, iPhone, Thunderbird), mostly terse."""

from __future__ import annotations

from holdout121ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    THUNDERBIRD,
    pos,
    tz,
    vcal,
    vevent,
)

B = "Europe/Berlin"
CPH = "Europe/Copenhagen"
CAL_HEAD = ("X-WR-CALNAME:Henning privat", "X-WR-TIMEZONE:Europe/Berlin")


def _own(uid: str, start: str, end: str, summary: str, *, desc: str | None = None, loc: str | None = None,
         prodid: str = GOOGLE, zones: tuple[str, ...] = (B,), head: tuple[str, ...] = CAL_HEAD,
         extra: tuple[str, ...] = ()) -> str:
    ev = vevent(uid, start, end, summary, desc=desc, loc=loc, extra=extra, stamp="20250201T180000Z")
    return vcal([ev], prodid=prodid, method="PUBLISH", zones=zones, head=head)


# (kind, uid, start, end, summary, desc, loc, prodid, company, role, stage, interviewers, trap)
ROWS: list[tuple[str, ...]] = [
    ("google-own-de", "0hn5t2k8c1q4v7b3x9m6d0l2ap@google.com", "B:20250313T140000", "B:20250313T170000",
     "Hansetal 2. Gespräch – GF Thorsten Brüning + Fr. Lüders, danach Werksrundgang",
     "Edewecht, Molkereistr. 1. Sicherheitsschuhe mitnehmen! Fragen: Schichtmodell, Invest Trockenturm, "
     "Betriebsrat", "Hansetal Molkerei, Edewecht", GOOGLE, "Hansetal Molkerei", "Werksleiter", "onsite",
     "thorsten brüning;anke lüders", "hand-own-google-de"),
    ("ios-phone-agency-de", "8F3B6C1E-2D4A-4E9B-A7C5-0B1D2E3F4A5B", "B:20250211T123000", "B:20250211T130000",
     "Tel. Fr. Ohlsen (Ohlsen & Partner) wg. Cuxland Fisch",
     "Ingrid Ohlsen ruft an – Werksleiter Cuxhaven, Fischverarbeitung", None, IOS, "Cuxland Fisch", "Werksleiter",
     "recruiter_screen", "ingrid ohlsen", "hand-agency-phone-de"),
    ("allday-onsite-de", "A0C4E8F2-6B1D-4F3A-9E7C-5D2B8A1C0E99", "D:20250320", "D:20250321",
     "Cuxhaven – Cuxland Fisch: Werksbesichtigung + Gespräche",
     "9:30 Hr. Tönjes (GF)\n11:00 Fr. Claußen (QM)\nMittag mit den Schichtleitern\nZug 6:52 ab Bremen Hbf",
     "Cuxland Fisch GmbH, Neufelder Str. 14, Cuxhaven", IOS, "Cuxland Fisch", "Werksleiter", "onsite",
     "tönjes;claußen", "all-day-onsite-de"),
    ("thunderbird-floating-de", "6d0f8b4c-2a1e-4c93-b7d5-0e9f1a2b3c4d", "F:20250306T140000", "F:20250306T160000",
     "HTM Vorstellungsgespräch vor Ort – Fr. Lindqvist + Hr. Carstens (GF)",
     "Hamburger Teigwaren Manufaktur, Billstraße 112, HH-Rothenburgsort. S-Bahn Rothenburgsort.",
     "Billstraße 112, 20539 Hamburg", THUNDERBIRD, "Hamburger Teigwaren Manufaktur", "Produktionsleitung",
     "onsite", "linnea lindqvist;carstens", "thunderbird-floating-abbrev-de"),
    ("google-own-de", "4ks9p1m3r7t0w2y5a8c6e0g3hj@google.com", "B:20250304T100000", "B:20250304T130000",
     "Wangerland Brauerei: Gespräch mit GF Gerd Janssen + Rundgang Sudhaus",
     "Über Dr. Kahle. Hohenkirchen, ca. 1:15 h Fahrt. Unterlagen: Zeugnisse, Gehaltsvorstellung",
     "Wangerland Brauerei, Hohenkirchen", GOOGLE, "Wangerland Brauerei", "Betriebsleiter", "onsite",
     "gerd janssen", "hand-after-personalberater-de"),
    ("google-own-de", "2bq6w0e4t8u1i5o9p3a7s1d4fg@google.com", "B:20250408T140000", "B:20250408T160000",
     "Grünlandmilch Lingen – letzte Runde mit Vorstand (Hr. Kruse, Hr. Többen)",
     None, "Grünlandmilch Emsland eG, Lingen (Ems)", GOOGLE, "Grünlandmilch Emsland", "Produktionsleiter Käserei",
     "final", "kruse;többen", "hand-final-vorstand-de"),
    ("ios-hand-de", "C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E0F", "B:20250227T093000", "B:20250227T110000",
     "Altländer Saft – Gespräch Werksleiter",
     "Jan-Hendrik Quast (GF) 04162 91770\nAltländer Fruchtsaft GmbH, Jork", "Osterjork 58, 21635 Jork", IOS,
     "Altländer Fruchtsaft", "Werksleiter", "", "jan-hendrik quast", "hand-brand-vs-name-de"),
    ("google-own-de", "9zx1c3v5b7n9m2q4w6e8r0t2yu@google.com", "B:20250325T150000", "B:20250325T163000",
     "Nordheide Feinkost – finale Runde mit Fam. Wulf (Inhaber)", "Gesche + Arnold Wulf. Danach ggf. Vertrag?",
     "Buchholz i.d.N.", GOOGLE, "Nordheide Feinkost", "Leitung Supply Chain & Logistik", "final",
     "gesche wulf;arnold wulf", "hand-final-owners-de"),
    ("google-own-de", "5rt7y9u1i3o5p7a9s1d3f5g7hk@google.com", "B:20250402T100000", "B:20250402T113000",
     "VG Weserperle – neuer Termin, Hr. Rademacher", None, "Verden", GOOGLE, "Weserperle Getränke",
     "Betriebsleiter Abfüllung", "", "rademacher", "hand-terse-vg-de"),
    ("ios-utc-en", "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7", "20250218T080000Z", "20250218T083000Z",
     "Dagmar Foods – call w/ recruiter Julie (Supply Chain Director)", "Julie Brøndum, TA Dagmar Foods",
     None, IOS, "Dagmar Foods", "Supply Chain Director", "recruiter_screen", "julie brøndum", "hand-utc-ios-en"),
    ("google-own-de", "7mn2b4v6c8x0z1a3s5d7f9g1hj@google.com", "B:20250224T170000", "B:20250224T173000",
     "Telefonat Fr. Dittmer (EMF) – Bewerbung Logistik", "ruft mich an, Handy", None, GOOGLE,
     "EMF Elbmarsch Frischdienst", "Leitung Logistik", "recruiter_screen", "frauke dittmer",
     "hand-phone-abbrev-de"),
    ("thunderbird-fr", "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", "B:20250401T090000", "B:20250401T150000",
     "Laiterie Saint-Aubin – visite usine Cloppenburg + entretien M. Garnier (Directeur industriel)",
     "Olivier Garnier vient de Normandie. Entretien en français/anglais, visite du site, déjeuner.",
     "Cloppenburg, Werk Saint-Aubin", THUNDERBIRD, "Laiterie Saint-Aubin", "Directeur de site (Allemagne)",
     "onsite", "olivier garnier", "hand-visite-usine-fr"),
    ("apple-hand-de", "D0E1F2A3-B4C5-4D6E-9F70-8192A3B4C5D6", "B:20250321T130000", "B:20250321T160000",
     "Kramer 2. Runde: Präsentation OEE-Fallstudie (Hr. Kramer, Hr. Behrens Produktion)",
     "Laptop + HDMI-Adapter mitnehmen", "Kramer Süßwaren, Oldenburg", APPLE, "Kramer Süßwaren",
     "Leiter Operations", "technical", "matthias kramer;behrens", "hand-case-presentation-de"),
    ("ios-visit-en", "F9E8D7C6-B5A4-4392-8170-6F5E4D3C2B1A", "C:20250327T090000", "C:20250327T150000",
     "Randers – Jyske Malt site visit & panel (Søren K., Lone Haahr)", "Fly HAM–BLL 06:40, rental car",
     "Jyske Malt A/S, Randers", IOS, "Jyske Malt", "Plant Manager Randers", "onsite",
     "søren kjeldsen;lone haahr", "hand-site-visit-dk-en"),
    ("google-own-de", "3qw5e7r9t1y3u5i7o9p1a3s5df@google.com", "B:20250407T110000", "B:20250407T123000",
     "Friesenkrone Abschlussgespräch – Beiratsvorsitzender Enno Friese + Dr. Hinrichs", None,
     "Wittmund", GOOGLE, "Friesenkrone Brauerei", "Leiter Produktion und Technik", "final",
     "enno friese;jan hinrichs", "hand-final-beirat-de"),
    ("google-own-de", "8as0d2f4g6h8j0k2l4z6x8c0vb@google.com", "B:20250415T080000", "B:20250415T160000",
     "Harzquell: Kennenlerntag im Werk (J. Wendt)", "Linie 1–3 anschauen, Mittag mit Betriebsrat, 15 Uhr Fazit",
     "Bad Harzburg", GOOGLE, "Harzquell Mineralbrunnen", "Betriebsleitung Abfüllung", "onsite", "j. wendt",
     "hand-kennenlerntag-de"),
    ("google-own-de", "6ui8o0p2a4s6d8f0g2h4j6k8lq@google.com", "B:20250326T093000", "B:20250326T110000",
     "NGM 2. Gespräch – Vorstand Produktion Dr. Sander", "Wilhelmsburg, Werkschutz anmelden",
     None, GOOGLE, "NordGetreide Mühlenwerke", "Betriebsleiter Mühle", "", "meike sander", "hand-abbrev-ngm-de"),
    ("google-own-de", "0pl9ok8ij7uh6yg5tf4rd3es2w@google.com", "B:20250305T123000", "B:20250305T130000",
     "Tel. Fr. Albers, Backhaus Schütte (Werkleiter HH)", "Personalleiterin, Erstgespräch", None, GOOGLE,
     "Backhaus Schütte", "Werkleiter", "recruiter_screen", "petra albers", "hand-phone-de"),
    ("ios-hand-en", "AB12CD34-EF56-4A78-9B0C-D1E2F3A4B5C6", "C:20250219T153000", "C:20250219T161500",
     "Skovgaard – Teams w/ Camilla + Frederik", "Brewery Ops Mgr, 2nd talk", None, IOS, "Skovgaard Bryghus",
     "Brewery Operations Manager", "", "camilla;frederik", "hand-terse-en"),
    ("apple-hand-de", "BC23DE45-F067-4B89-A1C2-E3F4A5B6C7D8", "B:20250401T153000", "B:20250401T163000",
     "Sanddorn Nord – 2. Gespräch vor Ort mit Wiebke + Mitgründer Lasse",
     "Hof in Wesselburen, Produktion ansehen", "Wesselburen", APPLE, "Sanddorn Nord", "Leitung Produktion",
     "onsite", "wiebke harms;lasse", "hand-founders-de"),
]


def _dt(value: str, prop: str) -> str:
    kind, _, stamp = value.partition(":")
    if not stamp:
        return f"{prop}:{value}"
    if kind == "B":
        return tz(B, stamp, prop)
    if kind == "C":
        return tz(CPH, stamp, prop)
    if kind == "D":
        return f"{prop};VALUE=DATE:{stamp}"
    return f"{prop}:{stamp}"  # floating


def events() -> list[dict[str, str]]:
    out = []
    for kind, uid, start, end, summary, desc, loc, prodid, company, role, stage, ivs, trap in ROWS:
        zones = (CPH,) if start.startswith("C:") else (B,) if start.startswith("B:") else ()
        head = CAL_HEAD if prodid == GOOGLE else ()
        extra = ("TRANSP:TRANSPARENT",) if start.startswith("D:") else ()
        text = _own(uid, _dt(start, "DTSTART"), _dt(end, "DTEND"), summary, desc=desc, loc=loc, prodid=prodid,
                    zones=zones, head=head, extra=extra)
        out.append(pos(kind, text, uid, company, role, stage, ivs, trap))
    return out
