"""holdout128: negatives – the user's own appraisal and exit talk, mock interviews, media, personal errands."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    TEAMS_DE,
    WIN_W_EUROPE,
    ZOOM_EN,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)
from holdout128ev_side_a import ME_ATT, outlook

ZH = "Europe/Zurich"


def typed(uid: str, summary: str, start: str, end: str, desc: str = "", location: str = "",
          stamp: str = "20250901T180000Z", tz: bool = True) -> list[str]:
    lines = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{uid}"]
    if tz:
        lines += [f"DTSTART;TZID=Europe/Zurich:{start}", f"DTEND;TZID=Europe/Zurich:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines.append(f"SUMMARY:{summary}")
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    if location:
        lines.append(f"LOCATION:{location}")
    return [*lines, "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT"]


def appraisal() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000AA01AA01AA3BDC01000000000000000010000000A0A0A0A0B0B0B0B0C0C0",
        "Qualifikationsgespräch 2025 – Martina Schnyder", "20251110T170000", "20251110T180000",
        r"Liebe Martina\n\nunser jährliches Qualifikationsgespräch: Rückblick\, Zielvereinbarung 2026\, "
        r"Weiterbildungswünsche und Lohn. Bitte den Selbstbeurteilungsbogen vorher ausfüllen.\n\nThomas",
        [ME_ATT], organizer="ORGANIZER;CN=\"Wyss, Thomas\":mailto:t.wyss@zahnarzt-seefeld.ch",
        location="Büro Dr. Wyss")
    return ev("outlook-own-appraisal", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="own-appraisal-de")


def exit_talk() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000AA02AA02AA3BDC01000000000000000010000000A1A1A1A1B1B1B1B1C1C1",
        "Austrittsgespräch M. Schnyder", "20260122T170000", "20260122T174500",
        r"Liebe Martina\, wie besprochen das Austrittsgespräch vor deinem letzten Arbeitstag: Übergabe "
        r"Recall-Patientinnen\, Arbeitszeugnis\, Feedback an die Praxis. Thomas",
        [ME_ATT], organizer="ORGANIZER;CN=\"Wyss, Thomas\":mailto:t.wyss@zahnarzt-seefeld.ch",
        location="Büro Dr. Wyss", stamp="20260108T080000Z")
    return ev("outlook-own-exit-interview", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="own-exit-interview-de")


def mock_coach() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250927T100000",
        "DTEND;TZID=Europe/Zurich:20250927T113000",
        "DTSTAMP:20250918T101010Z",
        "ORGANIZER;CN=Regula Fehr:mailto:regula.fehr@laufbahn-fehr.ch",
        "UID:8b4d0f6a2c9e1a3c5e7b9d1f3a5c7e0b@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Liebe Martina\, wie besprochen üben wir ein komplettes Vorstellungsgespräch (Rolle: "
        r"Praxisinhaber) mit Video-Aufnahme und anschliessender Analyse. Bitte bring eine Stellenanzeige "
        r"mit\, auf die du dich wirklich bewerben willst. Herzlich\, Regula\n\nLaufbahnberatung Fehr\, "
        r"Stauffacherstrasse 60\, Zürich",
        "LOCATION:Laufbahnberatung Fehr\\, Stauffacherstrasse 60\\, 8004 Zürich",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Bewerbungstraining: Probe-Vorstellungsgespräch mit Video",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-mock-coach-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False, trap="mock-coach-de")


def mock_friend() -> dict[str, str]:
    body = typed("B3C4D5E6-F7A8-4B9C-0D1E-2F3A4B5C6D7E", "Practice interview w/ Anna (English!)",
                 "20251012T190000", "20251012T200000",
                 r"Anna plays Helvedent hiring manager. Questions: why industry\, training a team\, weaknesses",
                 stamp="20251009T211500Z")
    return ev("ios-mock-friend-en", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False,
              trap="mock-friend-names-employer-en")


def webinar() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:gotowebinar-7711932254319884302",
        "DTSTAMP:20250902T120000Z",
        "DTSTART:20250910T170000Z",
        "DTEND:20250910T180000Z",
        "SUMMARY:Webinar: Souverän im Vorstellungsgespräch – für Dentalfachpersonen",
        "ORGANIZER;CN=Dentalhygiene Schweiz Weiterbildung:mailto:customercare@gotowebinar.com",
        r"DESCRIPTION:Vielen Dank für Ihre Anmeldung!\n\nIn diesem Webinar zeigt Laufbahnberaterin Nina "
        r"Graf\, wie Sie sich auf Vorstellungsgespräche\, Probearbeiten und Lohnverhandlungen vorbereiten.\n\n"
        r"Teilnehmen: https://attendee.gotowebinar.com/join/7711932254319884302/601877342\n"
        r"Webinar-ID: 771-193-2254",
        "LOCATION:GoToWebinar",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("gotowebinar-about-interviews-de", cal("-//GoTo//GoToWebinar//EN", body, method="PUBLISH"),
              pos=False, trap="webinar-about-interviewing-de")


def course_interviewing() -> dict[str, str]:
    body = typed("C5D6E7F8-A9B0-4C1D-2E3F-4A5B6C7D8E9F",
                 "Berufsbildnerkurs Modul 3: Selektion & Bewerbungsgespräche mit Lernenden", "20250919T083000",
                 "20250919T163000", r"MBA Zürich\, Raum 214. Kursunterlagen Modul 2 mitnehmen",
                 "Mittelschul- und Berufsbildungsamt\\, Ausstellungsstrasse 80")
    return ev("ios-course-interviewing-de", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False,
              trap="class-about-interviewing-de")


def press() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251002T124500",
        "DTEND;TZID=Europe/Zurich:20251002T131500",
        "DTSTAMP:20250926T090909Z",
        "ORGANIZER;CN=Seraina Flury:mailto:seraina.flury@tages-kurier.ch",
        "UID:0c6e2a8d4f1b3d5f7a9c1e3b5d7f9a2c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=m.schnyder@zahnarzt-seefe"
        "ld.ch;X-NUM-GUESTS=0:mailto:m.schnyder@zahnarzt-seefeld.ch",
        r"DESCRIPTION:Grüezi Frau Schnyder\, danke\, dass Sie sich Zeit nehmen! Telefoninterview für unseren "
        r"Ratgeber-Artikel «Zahnpflege bei Kleinkindern – was Eltern falsch machen». Ich rufe Sie in der "
        r"Mittagspause auf die Praxisnummer an. Freundlich\, Seraina Flury\, Redaktion Tages-Kurier",
        "LOCATION:Telefon",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Interview Tages-Kurier: Zahnpflege Kleinkinder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-press-interview-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False, trap="press-interview-de")


def podcast() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251025T140000",
        "DTEND;TZID=Europe/Zurich:20251025T153000",
        "DTSTAMP:20251011T151500Z",
        "ORGANIZER;CN=Mundwerk Podcast:mailto:hallo@mundwerk-podcast.ch",
        "UID:2e8a4c0f6b3d5f7b9d1a3c5e7b9d1f4e@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Hoi Martina! Aufnahme Folge 41 «Was macht eigentlich eine Dentalhygienikerin?». Wir "
        r"machen ein lockeres Interview (ca. 45 Min.)\, Schnitt machen wir. Headset wäre super.\n"
        r"Remote über Riverside: https://riverside.fm/studio/mundwerk\nLiebe Grüsse\, Dario & Lena",
        "LOCATION:https://riverside.fm/studio/mundwerk",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Podcast Mundwerk – Interview mit Martina (Folge 41)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-podcast-interview-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False, trap="podcast-de")


def user_research() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:calendly-ux-5e2b9a14-77c3-4d0f-b1e8-a36f2c9d4b70",
        "DTSTAMP:20251003T080000Z",
        "DTSTART:20251009T160000Z",
        "DTEND:20251009T164500Z",
        "SUMMARY:Sonaris UX Research – 45 min interview (ScaleGuide app)",
        "ORGANIZER;CN=Tim Vogler:mailto:tim.vogler@sonaris-medical.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Thanks for signing up for a user interview! We're researching how dental hygienists "
        r"use scaler settings in daily practice and would love your feedback on a prototype of our "
        r"ScaleGuide app. This is not related to any job application. As a thank-you you'll receive a CHF 80 "
        r"voucher.\n" + fill(ZOOM_EN, who="Tim Vogler", mid="85517730026", pc="VVhSZXNlYXJjaA",
                             mid_sp="855 1773 0026", code="440917"),
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("calendly-user-research-en", cal("-//Calendly//Calendly//EN", body), pos=False,
              trap="user-research-at-interviewing-company-en")


def hausarzt() -> dict[str, str]:
    body = typed("D7E8F9A0-B1C2-4D3E-4F5A-6B7C8D9E0F1A", "Hausarzt Dr. Frischknecht", "20250930T073000",
                 "20250930T080000", "Blutwerte besprechen", "Praxis am Kreuzplatz")
    return ev("ios-doctor", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="doctor-de")


def physio() -> dict[str, str]:
    body = typed("E9F0A1B2-C3D4-4E5F-6A7B-8C9D0E1F2A3B", "Physio Nacken (7/9)", "20251007T181500",
                 "20251007T190000", "", "Physio Seefeld\\, Dufourstrasse 31")
    return ev("ios-physio", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="physio-de")


def kreisbuero() -> dict[str, str]:
    body = typed("F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C", "Kreisbüro 8: Wohnsitzbestätigung + Heimatschein",
                 "20251006T071500", "20251006T073000", "Pass mitnehmen\\, CHF 20", "Stadthaus Zürich")
    return ev("ios-gemeinde", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="gemeinde-de")


def bank() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Meili, Patrick\":mailto:patrick.meili@limmatbank.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Schnyder\n\ngerne bestätige ich unser Beratungsgespräch "
        r"zur Säule 3a und zu Ihrer Pensionskasse bei einem Stellenwechsel (Freizügigkeit). Bitte bringen "
        r"Sie Ihren letzten PK-Ausweis mit.\n\nFreundliche Grüsse\nPatrick Meili\nKundenberater\, Limmat "
        r"Bank AG\n" + fill(TEAMS_DE, id="ZjgxM2E3NjAtYTAxMi00ZGRkLWE5NmQtMmJiMjE1MGY4MzUy", mid="355 902 117 648",
                            pc="Bn7yT3"),
        "UID:040000008200E00074C5B7101A82E00800000000AA03AA03AA3BDC01000000000000000010000000A2A2A2A2B2B2B2B2C2C2",
        "SUMMARY;LANGUAGE=de-CH:Beratung Vorsorge / Säule 3a – Frau Schnyder",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251015T173000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251015T181500",
        "DTSTAMP:20251006T140000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung",
        "END:VEVENT",
    ]
    return ev("outlook-bank-teams", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="bank-job-change-de")


def passbuero() -> dict[str, str]:
    body = typed("A3B4C5D6-E7F8-4A9B-0C1D-2E3F4A5B6C7D", "Passbüro: neuer Pass + ID (Foto vor Ort)",
                 "20251104T074500", "20251104T080000", "Termin-Nr. 4471-22", "Passbüro Kanton Zürich\\, Stauffacher")
    return ev("ios-passport", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="passport-de")


def dh_termin() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000AA04AA04AA3BDC01000000000000000010000000A3A3A3A3B3B3B3B3C3C3",
        "DH-Termin Fr. Rüegg (Recall 6 Mt.) 60'", "20250918T080000", "20250918T090000",
        r"Paro-Recall\, BOP letztes Mal 18 %. Airflow. Röntgen fällig.", [], location="Zimmer 2",
        organizer="ORGANIZER;CN=\"Roth, Jasmin\":mailto:j.roth@zahnarzt-seefeld.ch")
    return ev("outlook-patient-appointment", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="dh-termin-patient-de")


def recall_calls() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250924T120000",
        "DTEND;TZID=Europe/Zurich:20250924T124500",
        "DTSTAMP:20250920T090000Z",
        "UID:recall-liste-kw39@zahnarzt-seefeld.ch",
        "SUMMARY:Recall-Liste abtelefonieren (Oktober)",
        "DESCRIPTION:Nicht erreichte Patienten per SMS",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-recall-task", cal(GOOGLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="recall-de")


EVENTS = [
    appraisal, exit_talk, mock_coach, mock_friend, webinar, course_interviewing, press, podcast, user_research,
    hausarzt, physio, kreisbuero, bank, passbuero, dh_termin, recall_calls,
]
