"""holdout42: more of the user's own interviews, mostly German (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout42ev_ics import Ev, boiler
from holdout42ev_pos_de import PN, P, Spec, W


def specs() -> list[Spec]:
    s: list[Spec] = []
    s.append(Spec("pos-personio-hm", "de", "personio", [Ev(
        "personio-interview-2b9d4c71-88ee-4f10-a3b2-5e6f7a8b9c0d", "2. Gespräch: QM-Koordinatorin (m/w/d)",
        "20261127T1400", 60,
        "Hallo Frau Hartmann,\n\nim zweiten Gespräch lernen Sie Ihre künftige Vorgesetzte Dr. Sarah Imhof "
        "(Leitung Qualität & Regulatory) kennen. Ort: Mannheim, Hafenstraße 25, 3. OG.\n\nViele Grüße\n"
        "Team People & Culture | Mectron Vision GmbH",
        "Hafenstraße 25, 68159 Mannheim", "karriere@mectron-vision.de|Mectron Vision Karriere",
        ["sarah.imhof@mectron-vision.de|Dr. Sarah Imhof", PN])],
        1, "Mectron Vision", "QM-Koordinatorin (m/w/d)", "hiring_manager", ["sarah.imhof@mectron-vision.de"], ""))
    s.append(Spec("pos-google-tel", "de", "google", [Ev(
        "t3l3f0n1nt3rv13wcur3v4c42@google.com", "Telefoninterview CureVac – Frau Hartmann",
        "20261110T1530", 30,
        "Einladung zum telefonischen Erstgespräch für die Position Specialist Quality Assurance Operations "
        "(Tübingen). Ihre Ansprechpartnerin: Melanie Graf, Recruiting.",
        "Telefon: +49 7071 9883-0", "melanie.graf@curevac.com|Melanie Graf",
        ["melanie.graf@curevac.com|Melanie Graf|REQ|ACCEPTED", P], utc=True)],
        1, "CureVac", "Specialist Quality Assurance Operations", "recruiter_screen", ["melanie.graf@curevac.com"], ""))
    s.append(Spec("pos-teams-de-panel", "de", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000PNL42DB01000000000000000010000000C1C1",
        "Interview Hartmann / Complaint Manager IVD", "20261201T0900", 60,
        "Teilnehmende: Herr Arne Vossberg (Team Lead Complaint Management), Frau Ilka Brenner (Post-Market "
        "Surveillance).\nSysmex Europe SE, Norderstedt\n\n" + boiler("teams_de", 2, "U3lzbWV4"),
        "Microsoft Teams-Besprechung", "ilka.brenner@sysmex-europe.com|Brenner, Ilka",
        ["arne.vossberg@sysmex-europe.com|Vossberg, Arne", "ilka.brenner@sysmex-europe.com|Brenner, Ilka", PN])],
        1, "Sysmex", "Complaint Manager IVD", "", ["arne.vossberg@sysmex-europe.com", "ilka.brenner@sysmex-europe.com"],
        ""))
    s.append(Spec("pos-softgarden-video", "de", "softgarden", [Ev(
        "sg-appt-2026-12-02-0031-51177@softgarden.io", "Video-Interview | Junior Qualitätsmanager (m/w/d)",
        "20261202T1000", 45,
        "Hallo Sabine,\n\nschön, dass es klappt! Dein Video-Interview mit Theresa Vogt (Teamlead QM) und Jakob "
        "Heinz (Regulatory) bei der Dräger Safety AG & Co. KGaA.\nLink: https://draeger.webex.com/meet/tvogt\n\n"
        "Dein Dräger Recruiting Team",
        "Webex", "no-reply@softgarden.io|Dräger Karriere",
        ["theresa.vogt@draeger.com|Theresa Vogt", "jakob.heinz@draeger.com|Jakob Heinz", PN])],
        1, "Dräger", "Junior Qualitätsmanager (m/w/d)", "",
        ["theresa.vogt@draeger.com", "jakob.heinz@draeger.com"], "ats_brand"))
    s.append(Spec("pos-terse-de2", "de", "apple", [Ev(
        "2F3E4D5C-6B7A-4898-A7B6-C5D4E3F2A1B0", "VG Heidelberg Pharma", "20261208T1000", 60,
        "Hr. Dr. Wagner + Fr. Stein", "Ladenburg", "", [], floating=True)],
        1, "Heidelberg Pharma", "", "", [], "handtyped", method=""))
    s.append(Spec("pos-dvinci-online", "de", "dvinci", [Ev(
        "dvinci-termin-341987-bewerber-88412", "Online-Vorstellungsgespräch Qualitätssicherung",
        "20261210T1330", 60,
        "Sehr geehrte Frau Hartmann,\nhiermit bestätigen wir Ihren Termin für das Online-Vorstellungsgespräch "
        "als Fachkraft Qualitätssicherung im Zentrum für Labordiagnostik der Universitätsmedizin Mannheim (UMM).\n"
        "Gesprächsteilnehmer: PD Dr. Norbert Lehr, Frau Kira Schöne (QMB)\nZugang: https://umm.zoom.us/j/7021988",
        "Zoom", "bewerbung@umm.de|UMM Bewerbermanagement",
        ["norbert.lehr@umm.de|Lehr, Norbert PD Dr.", "kira.schoene@umm.de|Schöne, Kira", PN])],
        1, "Universitätsmedizin Mannheim", "Fachkraft Qualitätssicherung", "",
        ["norbert.lehr@umm.de", "kira.schoene@umm.de"], "domain_abbrev"))
    s.append(Spec("pos-work-addr-en", "en", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000WRK42DB01000000000000000010000000C2C2",
        "Interview - Regulatory Specialist (Sabine Hartmann)", "20261203T1200", 45,
        "Hi Sabine, as requested over the phone I'm sending this to your work address. You'll be talking with me "
        "and with Chiara Bassi (RA Director).\nIlse - Biotronik SE & Co. KG, HR\n\n" + boiler("teams_en", 6, "QmlvdA"),
        "Teams", "ilse.marten@biotronik.com|Marten, Ilse",
        ["chiara.bassi@biotronik.com|Bassi, Chiara", W])],
        1, "Biotronik", "Regulatory Specialist", "", ["ilse.marten@biotronik.com", "chiara.bassi@biotronik.com"],
        "sent_to_work"))
    s.append(Spec("pos-es-remote", "es", "google", [Ev(
        "3ntr3v1st4rrhhm3d1cal0042@google.com", "Entrevista con RRHH – Hartmann / Palex Medical",
        "20261120T1100", 30,
        "Hola Sabine, primera entrevista con recursos humanos para el puesto Quality & Regulatory Specialist "
        "(remoto UE). Te atiende Nuria Casals.\n" + boiler("meet", 9, "plx-rrhh-one"),
        "", "nuria.casals@palexmedical.com|Nuria Casals",
        ["nuria.casals@palexmedical.com|Nuria Casals|REQ|ACCEPTED", P], utc=True)],
        1, "Palex Medical", "Quality & Regulatory Specialist", "recruiter_screen",
        ["nuria.casals@palexmedical.com"], "", tz="Europe/Madrid"))
    s.append(Spec("pos-fr-rh", "fr", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000FRH42DB01000000000000000010000000C3C3",
        "Premier entretien RH - Technicienne qualité DM", "20261118T1500", 45,
        "Bonjour Madame Hartmann,\nJe vous confirme notre premier échange RH en visio.\nBien cordialement,\n"
        "Émilie Bertrand, Ressources Humaines, Laboratoires Lohmann & Rauscher (L&R France)",
        "Teams", "emilie.bertrand@lohmann-rauscher.com|Bertrand, Émilie",
        ["emilie.bertrand@lohmann-rauscher.com|Bertrand, Émilie", PN])],
        1, "Lohmann & Rauscher", "Technicienne qualité DM", "recruiter_screen",
        ["emilie.bertrand@lohmann-rauscher.com"], "", tz="Europe/Paris"))
    s.append(Spec("pos-ms-bookings-en", "en", "bookings", [Ev(
        "bookings-1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b", "Interview: QC Analyst - Sabine Hartmann",
        "20261128T1000", 45,
        "Your booking is confirmed.\nService: Candidate interview (QC Analyst)\nStaff: Georg Pichler\n"
        "Business: Octapharma Pharmazeutika Produktionsges.m.b.H., Vienna\n\n" + boiler("teams_en", 1, "T2N0YQ"),
        "Microsoft Teams", "careers-booking@octapharma.com|Octapharma Careers",
        ["georg.pichler@octapharma.com|Pichler, Georg", PN])],
        1, "Octapharma", "QC Analyst", "", ["georg.pichler@octapharma.com"], "scheduler", tz="Europe/Vienna"))
    s.append(Spec("pos-de-kaffee-round", "de", "outlook365", [Ev(
        "040000008200E00074C5B7101A82E00800000000KAF42DB01000000000000000010000000C4C4",
        "Kaffee mit dem Team – letzter Schritt im Bewerbungsprozess", "20261214T1500", 60,
        "Liebe Frau Hartmann, als letzten Schritt vor unserer Entscheidung laden wir Sie auf einen Kaffee mit dem "
        "QM-Team ein. Dabei: Hanna Kurz, Felix Rapp. Viele Grüße, Doreen Maier (HR), Heraeus Medical GmbH",
        "Wehrheim, Philipp-Reis-Str. 8/13", "doreen.maier@heraeus.com|Maier, Doreen",
        ["hanna.kurz@heraeus.com|Kurz, Hanna", "felix.rapp@heraeus.com|Rapp, Felix", PN])],
        1, "Heraeus Medical", "", "final", ["hanna.kurz@heraeus.com", "felix.rapp@heraeus.com"],
        "coffee_is_round"))
    return s
