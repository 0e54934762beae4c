"""holdout73 positives, part 5: Germany (institutes, a federal agency, biotech and offshore firms; Outlook, Webex,
Personio, softgarden, SuccessFactors, Thunderbird, Google, an agency). CC0 1.0; all people, companies and
addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import meet, meet_de, teams_de, teams_en, webex_de, zoom_de
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    PRODID_TBIRD,
    TZ_BERLIN,
    TZ_LONDON,
    TZ_WIN_WEU,
    TZ_WIN_WEU_LABEL,
    UTC_BERLIN_LABEL,
    Ev,
    att,
    cal,
    esc,
    html,
    org,
    outlook_uid,
)

FORMS = {
    "Leibniz-Institut für Küstenökologie": "LIKÖ|Leibniz Institute for Coastal Ecology",
    "Bundesanstalt für Meeresmonitoring": "BAMM|Federal Institute for Marine Monitoring",
    "Baltic BioSensors": "",
    "MeerGen Biotech": "MeerGen",
    "Hanse Windkraft": "",
    "Kieler Algentechnik": "",
    "Institut für Ostseeforschung Rügen": "IOR|Baltic Research Institute Rügen",
    "Nordsee Aquakultur": "",
    "Ocean Rebound": "",
}


def _ev(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
        *, prodid: str, stamp: str, location: str = "", tzs: tuple[str, ...] = (TZ_BERLIN,),
        extra: tuple[str, ...] = (), method: str | None = "REQUEST") -> str:
    body = ["BEGIN:VEVENT", "UID:" + uid, f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}",
            f"DESCRIPTION:{esc(desc)}"]
    if location:
        body.append(f"LOCATION:{esc(location)}")
    body += [organizer, *attendees, *extra, "END:VEVENT"]
    return cal(body, prodid=prodid, tz=tzs, method=method)


def _likoe() -> Ev:
    uid = outlook_uid("E5F7A9B1C3D5DC010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9")
    desc = (
        "Sehr geehrter Herr Dr. MacLeod,\n\n"
        "vielen Dank für Ihre Bewerbung auf die Stelle Wissenschaftler*in (m/w/d) Benthosökologie, Kennziffer "
        "24/2026. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Institut ein. Das Gespräch wird auf "
        "Englisch geführt und beginnt mit einem 15-minütigen Vortrag zu Ihren Forschungsplänen.\n\n"
        "Auswahlkommission: Prof. Dr. Katrin Albers (Abteilungsleitung), Dr. Jens Möller, Dr. Aylin Demir. "
        "Frau Petra Wendt (Personalabteilung) führt das Protokoll.\n\nReisekosten werden nach dem "
        "Bundesreisekostengesetz erstattet.\n\nMit freundlichen Grüßen\nPetra Wendt\nPersonalabteilung, "
        "Leibniz-Institut für Küstenökologie (LIKÖ)"
    )
    body = [
        "BEGIN:VEVENT",
        org("petra.wendt@likoe.de", "Wendt, Petra"),
        att(ME_GMAIL, "ewan.macleod.bio@gmail.com"),
        att("katrin.albers@likoe.de", "Albers, Katrin"),
        att("jens.moeller@likoe.de", "Möller, Jens"),
        att("aylin.demir@likoe.de", "Demir, Aylin"),
        att("raum-h1-112@likoe.de", "Haus 1, Raum 112 (Seminarraum)", cutype="ROOM", role="NON-PARTICIPANT"),
        f"DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Kennziffer 24/2026 – Dr. Ewan MacLeod",
        "DTSTART;TZID=W. Europe Standard Time:20260224T100000",
        "DTEND;TZID=W. Europe Standard Time:20260224T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260205T123456Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:LIKÖ\\, Haus 1\\, Raum 112\\, Seestraße 15\\, Kiel",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)),
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_WEU,))
    return Ev("outlook-vorstellung-de", ics, uid, 1, "Leibniz-Institut für Küstenökologie",
              "Wissenschaftler*in (m/w/d) Benthosökologie", "onsite",
              "katrin.albers@likoe.de;jens.moeller@likoe.de;aylin.demir@likoe.de", "outlook-windows-zone-protokoll-de")


def _bamm() -> Ev:
    uid = "bamm-ag-14-2026-macleod@bamm.bund.de"
    desc = (
        "Sehr geehrter Herr MacLeod,\n\nim Rahmen des Auswahlverfahrens zur Stellenausschreibung Kennziffer "
        "14/2026 (Wissenschaftliche/r Mitarbeiter/in (m/w/d) Meeresmonitoring, EG 13 TVöD) laden wir Sie zu "
        "einem strukturierten Auswahlgespräch per Webex ein. Das Gespräch findet auf Ihren Wunsch in englischer "
        "Sprache statt.\n\nDer Auswahlkommission gehören Vertreter*innen der Fachabteilung und des Referats "
        "Personal an; die Gleichstellungsbeauftragte und der Personalrat nehmen beratend teil.\n\n"
        "Mit freundlichen Grüßen\nReferat Z2 – Personalgewinnung\nBundesanstalt für Meeresmonitoring\n\n"
        + webex_de("bamm-bund", "2734 118 9021", "Kuste2026")
    )
    ics = _ev(
        uid, "Auswahlgespräch Kennziffer 14/2026 – Wissenschaftliche/r Mitarbeiter/in Meeresmonitoring",
        "DTSTART;TZID=Europe/Berlin:20260310T130000", "DTEND;TZID=Europe/Berlin:20260310T140000", desc,
        org("personalgewinnung@bamm.bund.de", "Personalgewinnung BAMM"), [att(ME_GMAIL, "Ewan MacLeod")],
        prodid=PRODID_OUTLOOK, stamp="20260225T084500Z", location="Webex",
    )
    return Ev("webex-auswahl-de", ics, uid, 1, "Bundesanstalt für Meeresmonitoring",
              "Wissenschaftliche/r Mitarbeiter/in (m/w/d) Meeresmonitoring", "", "", "webex-federal-no-names-de")


def _baltic_personio() -> Ev:
    uid = "personio-appt-5b8d2e7f-0a1c@personio.de"
    desc = (
        "Hallo Ewan,\n\nvielen Dank für Deine Bewerbung als Application Scientist Marine Sensorik (m/w/d) bei "
        "Baltic BioSensors! Im ersten Kennenlerngespräch möchten wir Dich und Deine Motivation kennenlernen "
        "und Dir das Team in Rostock vorstellen. Wir können das Gespräch gern auf Englisch führen.\n\n"
        "Gesprächspartnerin: Lea Hoffmann (People & Culture)\n\nViele Grüße\nDein Baltic BioSensors Team\n\n"
        + meet_de("bbs-kenn-lrn", "517 336 902")
    )
    ics = _ev(
        uid, "Kennenlerngespräch – Ewan MacLeod – Application Scientist Marine Sensorik (m/w/d)",
        "DTSTART;TZID=Europe/Berlin:20260115T110000", "DTEND;TZID=Europe/Berlin:20260115T113000", desc,
        org("lea.hoffmann@balticbiosensors.de", "Lea Hoffmann"),
        [att(ME_GMAIL, "Ewan MacLeod"), att("lea.hoffmann@balticbiosensors.de", "Lea Hoffmann", partstat="ACCEPTED")],
        prodid="-//Personio GmbH//Personio Recruiting//DE", stamp="20260109T141401Z",
        location="https://meet.google.com/bbs-kenn-lrn",
    )
    return Ev("personio-kennenlernen-de", ics, uid, 1, "Baltic BioSensors", "Application Scientist Marine Sensorik",
              "recruiter_screen", "lea.hoffmann@balticbiosensors.de", "personio-first-call-de")


def _baltic_tbird() -> Ev:
    uid = "e0b7d2c1-5f3a-4e89-a6b4-7c2d9e1f0a35"
    desc = (
        "2. Runde mit Teamleitung Dr. Henrik Paulsen – Sensor-Kalibrierung\\, Feldtests Warnemünde. "
        "45 min. Link in Lea's Mail"
    )
    body = [
        "BEGIN:VEVENT",
        "CREATED:20260122T194501Z",
        "LAST-MODIFIED:20260122T194644Z",
        "DTSTAMP:20260122T194644Z",
        "UID:" + uid,
        "SUMMARY:Vorstellungsgespräch Baltic BioSensors (2. Runde)",
        "DTSTART;TZID=Europe/Berlin:20260129T140000",
        "DTEND;TZID=Europe/Berlin:20260129T144500",
        "DESCRIPTION:" + desc,
        "X-MOZ-GENERATION:1",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_TBIRD, method=None, tz=(TZ_BERLIN,))
    return Ev("thunderbird-typed-de", ics, uid, 1, "Baltic BioSensors", "", "hiring_manager", "Henrik Paulsen",
              "thunderbird-user-typed-de")


def _meergen_soft() -> Ev:
    uid = "softgarden-iv-331907-22@softgarden.io"
    desc = (
        "Guten Tag Herr MacLeod,\n\nwir freuen uns, Sie zu einem Fachgespräch für die Position Scientist Marine "
        "Genomics (m/w/d) bei der MeerGen Biotech GmbH einzuladen. Im Gespräch mit Dr. Svenja Krüger "
        "(Teamleitung Genomics) und Tobias Lang (Bioinformatik) geht es um Ihre Erfahrung mit Long-Read-"
        "Sequenzierung mariner Mikroorganismen. Das Gespräch wird auf Englisch geführt.\n\n"
        "Mit freundlichen Grüßen\nIhr MeerGen Recruiting-Team\n\n" + teams_de("318 440 992 115", "aB3xQ7")
    )
    ics = _ev(
        uid, "Einladung: Fachgespräch – Scientist Marine Genomics (m/w/d)",
        "DTSTART;TZID=Europe/Berlin:20260203T100000", "DTEND;TZID=Europe/Berlin:20260203T111500", desc,
        "ORGANIZER;CN=MeerGen Biotech GmbH:mailto:noreply@softgarden.io",
        [att(ME_GMAIL, "Ewan MacLeod"), att("svenja.krueger@meergen.de", "Svenja Krüger"),
         att("tobias.lang@meergen.de", "Tobias Lang")],
        prodid="-//softgarden//softgarden e-recruiting//DE", stamp="20260126T101033Z",
        location="Microsoft Teams-Besprechung",
    )
    return Ev("softgarden-fach-de", ics, uid, 1, "MeerGen Biotech", "Scientist Marine Genomics", "technical",
              "svenja.krueger@meergen.de;tobias.lang@meergen.de", "softgarden-fachgespraech-de")


def _meergen_final() -> Ev:
    uid = outlook_uid("B2C4D6E8F0A2DC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210")
    desc = (
        "Dear Ewan,\n\nThank you for the excellent session with Svenja and Tobias. As the final step we'd like "
        "you to meet our CSO, Dr Matthias Engel, together with Svenja. Afterwards I will be in touch about the "
        "outcome.\n\nBest regards\nNina Schreiber\nHR Business Partner, MeerGen Biotech GmbH, Bremerhaven\n\n"
        + teams_en("309 771 245 880", "mG8vR2", dial="+49 69 365 0452 11", conf="220 918 455")
    )
    body = [
        "BEGIN:VEVENT",
        org("nina.schreiber@meergen.de", "Schreiber, Nina"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("matthias.engel@meergen.de", "Engel, Matthias"),
        att("svenja.krueger@meergen.de", "Krüger, Svenja"),
        f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Final interview with our CSO – MeerGen Biotech",
        f'DTSTART;TZID="{UTC_BERLIN_LABEL}":20260217T153000',
        f'DTEND;TZID="{UTC_BERLIN_LABEL}":20260217T163000',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260209T161616Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_WEU_LABEL,))
    return Ev("outlook-final-de", ics, uid, 1, "MeerGen Biotech", "", "final",
              "matthias.engel@meergen.de;svenja.krueger@meergen.de", "outlook-utc-label-zone-final-en-de")


def _hanse() -> Ev:
    uid = "SFSF-INTV-11873-20418@hanse-windkraft.de"
    desc = (
        "Interview Invitation\n\nDear Ewan MacLeod,\n\nWe are pleased to invite you to the final interview for "
        "the position Marine Ecologist – Offshore Wind (Requisition 11873) at Hanse Windkraft AG.\n\n"
        "Interviewer: Dr Birte Claussen, Head of Environment & Consents\nLocation: Hanse Windkraft AG, "
        "Überseeallee 10, 20457 Hamburg – please report to reception, 5th floor.\n\n"
        "SAP SuccessFactors Recruiting – please do not reply to this automated message."
    )
    ics = _ev(
        uid, "Interview: Marine Ecologist – Offshore Wind (11873)",
        "DTSTART;TZID=Europe/Berlin:20260226T140000", "DTEND;TZID=Europe/Berlin:20260226T153000", desc,
        "ORGANIZER;CN=Hanse Windkraft Recruiting:mailto:recruiting@hanse-windkraft.de",
        [att(ME_GMAIL, "Ewan MacLeod"), att("birte.claussen@hanse-windkraft.de", "Birte Claussen")],
        prodid="-//SAP SuccessFactors//Interview Scheduling//EN", stamp="20260216T060606Z",
        location="Überseeallee 10, 20457 Hamburg",
    )
    return Ev("successfactors-final-de", ics, uid, 1, "Hanse Windkraft", "Marine Ecologist – Offshore Wind", "final",
              "birte.claussen@hanse-windkraft.de", "successfactors-final-en-de")


def _kieler_phone() -> Ev:
    uid = "6ka8l0g2t4e6c8h0n1i3k5a7p9@google.com"
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20260108T090000",
        "DTEND;TZID=Europe/London:20260108T093000",
        "DTSTAMP:20260105T200010Z",
        "UID:" + uid,
        "CREATED:20260105T195950Z",
        "DESCRIPTION:Jana Reuter (HR) rings me. 10:00 German time = 09:00 here!! Scientist Algenbiotechnologie. "
        "Have salary number ready.",
        "LAST-MODIFIED:20260105T200010Z",
        "LOCATION:mobile",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Phone screen – Kieler Algentechnik",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, method="PUBLISH", head=("X-WR-TIMEZONE:Europe/London",), tz=(TZ_LONDON,))
    return Ev("google-typed-phone-en", ics, uid, 1, "Kieler Algentechnik", "Scientist Algenbiotechnologie",
              "recruiter_screen", "Jana Reuter", "phone-screen-user-typed-en")


def _kieler_onsite() -> Ev:
    uid = "2ki4e6l8a0g2t4c6h8n0k2i4e6@google.com"
    desc = (
        "Hallo Ewan,\n\nwie besprochen hier die Einladung zum Vor-Ort-Termin bei uns in Kiel: Rundgang durch die "
        "Photobioreaktor-Anlage, danach Gespräch mit Dr. Ole Hansen (Leitung F&E) und mir. Wir sprechen gern "
        "Englisch – oder Deutsch, wenn Du magst :)\n\nAnfahrt: ab Kiel Hbf Bus 41 bis Wissenschaftspark.\n\n"
        "Viele Grüße\nJana Reuter\nHR, Kieler Algentechnik GmbH"
    )
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20260205T130000",
        "DTEND;TZID=Europe/Berlin:20260205T160000",
        "DTSTAMP:20260122T090900Z",
        org("jana.reuter@kieler-algentechnik.de", "Jana Reuter"),
        "UID:" + uid,
        att("jana.reuter@kieler-algentechnik.de", "Jana Reuter", partstat="ACCEPTED"),
        att("ole.hansen@kieler-algentechnik.de", "Ole Hansen"),
        att(ME_GMAIL, "Ewan MacLeod"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Kieler Algentechnik GmbH\\, Wissenschaftspark\\, Fraunhoferstraße 13\\, 24118 Kiel",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Vor-Ort-Termin: Kieler Algentechnik GmbH – Ewan MacLeod",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, tz=(TZ_BERLIN,))
    return Ev("google-vorort-de", ics, uid, 1, "Kieler Algentechnik", "", "onsite",
              "ole.hansen@kieler-algentechnik.de;jana.reuter@kieler-algentechnik.de", "google-onsite-de")


def _ior_zoom() -> Ev:
    uid = "ior-2026-07-frw-3391@io-ruegen.de"
    desc = (
        "Lieber Herr MacLeod,\n\nwie angekündigt möchte ich als Leiterin der Abteilung Benthosökologie vorab "
        "ein persönliches Gespräch mit Ihnen führen (Stelle Wissenschaftler*in Makrozoobenthos, Ref. "
        "IOR-07/26). Gern auf Englisch.\n\nBeste Grüße\nFrauke Wiese\n\n" + zoom_de("671 0094 3328", "873301")
    )
    ics = _ev(
        uid, "Gespräch mit der Abteilungsleitung – Wissenschaftler*in Makrozoobenthos (IOR-07/26)",
        "DTSTART;TZID=Europe/Berlin:20260121T160000", "DTEND;TZID=Europe/Berlin:20260121T164500", desc,
        org("frauke.wiese@io-ruegen.de", "Frauke Wiese"),
        [att(ME_WORK, "Ewan MacLeod"), att("frauke.wiese@io-ruegen.de", "Frauke Wiese", partstat="ACCEPTED")],
        prodid=PRODID_TBIRD, stamp="20260114T173000Z", location="Zoom",
    )
    return Ev("zoom-abteilungsleitung-de", ics, uid, 1, "Institut für Ostseeforschung Rügen",
              "Wissenschaftler*in Makrozoobenthos", "hiring_manager", "frauke.wiese@io-ruegen.de",
              "zoom-hiring-manager-de")


def _nordsee_agency() -> Ev:
    uid = "HLSP-TI-2026-0119-0042@hanse-lifescience-personal.de"
    desc = (
        "Hallo Herr MacLeod,\n\nhiermit bestätige ich Ihr Telefoninterview mit unserem Kunden Nordsee Aquakultur "
        "GmbH (Büsum) für die Position Biologe (m/w/d) Fischgesundheit. Herr Dirk Janssen (Betriebsleiter) "
        "ruft Sie unter +44 7700 900412 an. Das Gespräch wird auf Deutsch und Englisch geführt.\n\n"
        "Viel Erfolg!\nMaren Thießen\nHanse Life Science Personal GmbH"
    )
    ics = _ev(
        uid, "Telefoninterview: Nordsee Aquakultur GmbH – Biologe (m/w/d) Fischgesundheit",
        "DTSTART;TZID=Europe/Berlin:20260119T150000", "DTEND;TZID=Europe/Berlin:20260119T154500", desc,
        org("m.thiessen@hanse-lifescience-personal.de", "Maren Thießen"), [att(ME_GMAIL, "Ewan MacLeod")],
        prodid=PRODID_OUTLOOK, stamp="20260114T094949Z", location="Telefon",
    )
    return Ev("agency-telefon-de", ics, uid, 1, "Nordsee Aquakultur", "Biologe (m/w/d) Fischgesundheit",
              "hiring_manager", "Dirk Janssen", "agency-phone-names-employer-de")


def _ocean_rebound() -> Ev:
    uid = "personio-appt-c4e6a8b0-2d1f@personio.de"
    desc = (
        "Hi Ewan,\n\nthanks for sending your case-study slides. In this interview you'll present your restoration "
        "plan for the Sylt kelp pilot (20 min) and discuss it with Clara Wagner (Head of Science) and Moritz "
        "Brandt (Field Operations).\n\nSee you soon!\nOcean Rebound People Team\n\n"
        + meet("orb-case-kfs", "604 229 815", phone="(DE) +49 30 300195061")
    )
    ics = _ev(
        uid, "Interview | Senior Scientist, Kelp Restoration | Ocean Rebound",
        "DTSTART;TZID=Europe/Berlin:20260212T110000", "DTEND;TZID=Europe/Berlin:20260212T121500", desc,
        org("people@oceanrebound.org", "Ocean Rebound People Team"),
        [att(ME_GMAIL, "Ewan MacLeod"), att("clara.wagner@oceanrebound.org", "Clara Wagner"),
         att("moritz.brandt@oceanrebound.org", "Moritz Brandt")],
        prodid="-//Personio GmbH//Personio Recruiting//DE", stamp="20260204T112500Z",
        location="https://meet.google.com/orb-case-kfs",
    )
    return Ev("personio-case-en-de", ics, uid, 1, "Ocean Rebound", "Senior Scientist, Kelp Restoration", "technical",
              "clara.wagner@oceanrebound.org;moritz.brandt@oceanrebound.org", "personio-case-study-en-de")


def events() -> list[Ev]:
    return [
        _likoe(), _bamm(), _baltic_personio(), _baltic_tbird(), _meergen_soft(), _meergen_final(), _hanse(),
        _kieler_phone(), _kieler_onsite(), _ior_zoom(), _nordsee_agency(), _ocean_rebound(),
    ]
