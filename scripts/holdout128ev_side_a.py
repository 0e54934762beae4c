"""holdout128: the user on the hiring side at Zahnarztpraxis Seefeld (apprentices, assistants, a new DH)."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    OUTLOOK,
    TEAMS_EN,
    UTC1_DE,
    WIN_W_EUROPE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)

ME = "ORGANIZER;CN=\"Schnyder, Martina\":mailto:m.schnyder@zahnarzt-seefeld.ch"
ME_ATT = ("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=\"Schnyder, Martina\":mailto:m.schnyder@za"
          "hnarzt-seefeld.ch")
WYSS = ("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Wyss, Thomas\":mailto:t.wyss@zahnarzt-see"
        "feld.ch")


def outlook(uid: str, summary: str, start: str, end: str, desc: str, attendees: list[str],
            organizer: str = ME, location: str = "Praxis Seefeld", stamp: str = "20250915T080000Z",
            tzid: str = WIN_W_EUROPE) -> list[str]:
    q = f"\"{tzid}\"" if "," in tzid else tzid
    return [
        "BEGIN:VEVENT",
        organizer,
        *attendees,
        f"DESCRIPTION;LANGUAGE=de-CH:{desc}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=de-CH:{summary}",
        f"DTSTART;TZID={q}:{start}",
        f"DTEND;TZID={q}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=de-CH:{location}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ]


def apprentice_interview() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000A1A1A1A1A13BDC01000000000000000010000000ABAB0001CDCD0001EFEF",
        "Vorstellungsgespräch Lehrstelle DA 2026 – Lara Meier", "20250917T160000", "20250917T164500",
        r"Liebe Lara\n\nvielen Dank für deine Bewerbung für die Lehrstelle als Dentalassistentin EFZ "
        r"(Lehrbeginn August 2026). Wir freuen uns\, dich kennenzulernen! Bitte komm mit einem Elternteil "
        r"und bring dein letztes Zeugnis und den Multicheck mit.\n\nLiebe Grüsse\nMartina Schnyder\n"
        r"Berufsbildnerin\, Zahnarztpraxis Seefeld",
        ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lara.meier2009@gmx.ch:mailto:lara.meie"
         "r2009@gmx.ch", WYSS])
    return ev("outlook-user-organizer-apprentice", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-apprentice-freemail-de")


def schnupperlehre() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20251020",
        "DTEND;VALUE=DATE:20251022",
        "DTSTAMP:20251001T171200Z",
        "UID:E7F8A9B0-C1D2-4E3F-A4B5-C6D7E8F9A0B1",
        "SUMMARY:Schnupperlehre DA: Elif Demir (Sek B Riesbach)",
        r"DESCRIPTION:2 Tage. Mit Alina mitlaufen\, Sterilisation zeigen. Beurteilungsbogen Schnupperlehre "
        r"am Mi. ausfüllen + Gespräch mit Elif und Mutter 16:00.",
        "TRANSP:TRANSPARENT",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("ios-allday-schnupperlehre", cal(APPLE, body, method=None), pos=False,
              trap="user-as-interviewer-schnupperlehre-allday-de")


def calendly_host() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250929T184411Z",
        "DTSTART:20251002T150000Z",
        "DTEND:20251002T153000Z",
        "SUMMARY:Noah Brunner und Martina Schnyder",
        "UID:calendly-c41e8a22-0f7d-4b95-9e36-5d1a7b3c8f20",
        "ORGANIZER;CN=Martina Schnyder:mailto:m.schnyder@zahnarzt-seefeld.ch",
        "ATTENDEE;CN=Noah Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noah.brunner.2010@icloud.com",
        r"DESCRIPTION:Ein neues Ereignis wurde geplant.\n\nEreignistyp: Kennenlerngespräch Lehrstelle "
        r"Dentalassistent/in 2026\nEingeladen: Noah Brunner\nE-Mail des Eingeladenen: noah.brunner.2010@"
        r"icloud.com\nTelefon: +41 76 203 44 18\n\nAntworten auf Fragen:\nWelche Schule besuchst du? Sek A "
        r"Kreis 7\, 3. Klasse\nHast du schon geschnuppert? Ja\, bei Zahnarzt Dr. Imfeld\n\n"
        r"Ereignis in Calendly ansehen: https://calendly.com/app/scheduled_events/user/me",
        "LOCATION:Zahnarztpraxis Seefeld\\, Seefeldstrasse 123\\, 8008 Zürich",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("calendly-user-host", cal("-//Calendly//Calendly//EN", body), pos=False,
              trap="user-as-interviewer-calendly-host-de")


def agency_candidate() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000B2B2B2B2B23BDC01000000000000000010000000ABAB0002CDCD0002EFEF",
        "Kandidatenvorstellung DH: Frau Sabrina Rexhepi (MediStaff)", "20251008T123000", "20251008T131500",
        r"Sehr geehrte Frau Schnyder\, sehr geehrter Herr Dr. Wyss\n\nwie besprochen stelle ich Ihnen unsere "
        r"Kandidatin Frau Sabrina Rexhepi (Dipl. Dentalhygienikerin HF\, 6 Jahre Erfahrung) für die "
        r"Nachfolge von Frau Kälin vor. Das Dossier finden Sie im Anhang meiner Mail.\n\nFreundliche Grüsse"
        r"\nRamona Lüthi\nMediStaff Personal AG",
        ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Schnyder, Martina\":mailto:m.schnyder"
         "@zahnarzt-seefeld.ch", WYSS],
        organizer="ORGANIZER;CN=\"Lüthi, Ramona\":mailto:ramona.luethi@medistaff.ch", stamp="20251001T091100Z")
    return ev("agency-sends-candidate-to-user", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-agency-candidate-de")


def scorecard() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20251012T190000Z",
        "UID:D1E2F3A4-B5C6-4D7E-8F9A-0B1C2D3E4F5A",
        "DTSTART;TZID=Europe/Zurich:20251013T123000",
        "DTEND;TZID=Europe/Zurich:20251013T130000",
        "SUMMARY:Bewertungsbogen Probearbeiten N. Frei ausfüllen",
        "DESCRIPTION:Bis Di. an Dr. Wyss: Technik\\, Patientenkommunikation\\, Hygiene\\, Empfehlung ja/nein",
        "TRANSP:OPAQUE",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("ios-scorecard-de", cal(APPLE, body, method=None, tz=tz_olson("Europe/Zurich")), pos=False,
              trap="user-as-interviewer-scorecard-de")


def debrief() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000C3C3C3C3C33BDC01000000000000000010000000ABAB0003CDCD0003EFEF",
        "Debriefing Bewerbungen DA-Lehrstelle", "20251023T120000", "20251023T123000",
        r"Kurze Runde nach den Vorstellungsgesprächen: Lara\, Noah\, Elif. Entscheid Schnupperlehre / "
        r"Zusage bis Ende Monat. Bitte eure Notizen mitbringen.\nMartina",
        [WYSS, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Roth, Jasmin\":mailto:j.roth@zahnarz"
         "t-seefeld.ch"], location="Pausenraum", tzid=UTC1_DE)
    return ev("outlook-debrief-de", cal(OUTLOOK, body, tz=tz_cet(UTC1_DE)), pos=False,
              trap="user-as-interviewer-debrief-de")


def probearbeiten_candidate() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000D4D4D4D4D43BDC01000000000000000010000000ABAB0004CDCD0004EFEF",
        "Probearbeiten Kandidatin DH – Jessica Odermatt (Betreuung: Martina)", "20251016T073000",
        "20251016T120000",
        r"Jessica arbeitet am Vormittag im Zimmer 3 mit. Martina betreut und beurteilt (Bewertungsbogen DH). "
        r"Bitte Recall-Patienten mit einfachen Befunden einplanen.\n\nDr. T. Wyss",
        [ME_ATT, "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jessica.odermatt@gmail.com:mailt"
         "o:jessica.odermatt@gmail.com"],
        organizer="ORGANIZER;CN=\"Wyss, Thomas\":mailto:t.wyss@zahnarzt-seefeld.ch", location="Zimmer 3")
    return ev("outlook-candidate-probearbeiten", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-probearbeiten-de")


def panel_day() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000E5E5E5E5E53BDC01000000000000000010000000ABAB0005CDCD0005EFEF",
        "Bewerbungsgespräche Praxisassistenz (3 Kandidatinnen) – TW/AB/MS", "20251105T130000", "20251105T163000",
        r"13:00 Frau Krasniqi\n14:15 Frau Baumgartner\n15:30 Frau Steiner\n\nInterviewleitfaden und "
        r"Bewertungsraster liegen im Teams-Ordner «Personal». Jasmin koordiniert Empfang.",
        [ME_ATT, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Bisang, Anna\":mailto:a.bisang@za"
         "hnarzt-seefeld.ch"],
        organizer="ORGANIZER;CN=\"Wyss, Thomas\":mailto:t.wyss@zahnarzt-seefeld.ch", location="Büro Dr. Wyss")
    return ev("outlook-panel-day-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-panel-de")


def shadowing() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000F6F6F6F6F63BDC01000000000000000010000000ABAB0006CDCD0006EFEF",
        "Hospitation: Martina sitzt beim Bewerbungsgespräch DA mit (Dr. Bisang führt)", "20251001T171500",
        "20251001T180000",
        r"Martina\, wie besprochen: du hörst beim Gespräch mit der Kandidatin (DA\, 80 %) zu\, damit du "
        r"später als Berufsbildnerin selber Gespräche führen kannst. Danach 10 Min. Austausch.\nAnna",
        [ME_ATT], organizer="ORGANIZER;CN=\"Bisang, Anna\":mailto:a.bisang@zahnarzt-seefeld.ch",
        location="Besprechungszimmer")
    return ev("outlook-shadowing-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-shadowing-de")


def phone_note() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20251014T101500Z",
        "UID:F9A0B1C2-D3E4-4F5A-B6C7-D8E9F0A1B2C3",
        "DTSTART:20251015T121500",
        "DTEND:20251015T123000",
        "SUMMARY:Tel. Kandidatin PA Fr. Krasniqi 079 456 12 90",
        "DESCRIPTION:Rückruf wegen Gesprächstermin 5.11. + Pensum klären",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("ios-floating-phone-note", cal(APPLE, body, method=None), pos=False,
              trap="user-as-interviewer-phone-note-de")


def english_candidate() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E0080000000017171717173BDC01000000000000000010000000ABAB0007CDCD0007EFEF",
        "Interview: Dental Assistant candidate – Priya Nair (English)", "20251009T171500", "20251009T180000",
        r"Hi Priya\,\n\nThank you for your application for the Dental Assistant position (part-time) at "
        r"Zahnarztpraxis Seefeld. Dr. Wyss and I would like to meet you via Teams. We will ask about your "
        r"experience in India and your plans for the SRK recognition.\n\nBest regards\nMartina Schnyder\n"
        + fill(TEAMS_EN, id="MjkxZWQ0NzEtNzJmYy00ZWE5LWJkZjEtMTI0Y2E5OTg3M2Fh", mid="384 002 719 650", pc="Lp2vX8"),
        ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nair.dds@outlook.com:mailto:priya"
         ".nair.dds@outlook.com", WYSS], location="Microsoft Teams Meeting")
    return ev("outlook-user-interviews-en", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-teams-en")


EVENTS = [
    apprentice_interview, schnupperlehre, calendly_host, agency_candidate, scorecard, debrief,
    probearbeiten_candidate, panel_day, shadowing, phone_note, english_candidate,
]
