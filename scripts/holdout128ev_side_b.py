"""holdout128: more events with the user on the hiring side (kits, bookings, fairs, candidates in FR/ES)."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    TEAMS_DE,
    WIN_W_EUROPE,
    ZOOM_DE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)
from holdout128ev_side_a import ME_ATT, WYSS, outlook


def interview_kit() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250910T200100Z",
        "UID:A2B3C4D5-E6F7-4A8B-9C0D-1E2F3A4B5C6D",
        "DTSTART;TZID=Europe/Zurich:20250912T140000",
        "DTEND;TZID=Europe/Zurich:20250912T153000",
        "SUMMARY:Interviewleitfaden Lehrstelle DA überarbeiten",
        r"DESCRIPTION:Fragen zu Motivation/Schnupperlehre\, Rollenspiel Telefon Empfang\, Bewertungsraster "
        r"1–4. Vorlage vom ZZBZ nehmen.",
        "TRANSP:OPAQUE",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("ios-interview-kit-de", cal(APPLE, body, method=None, tz=tz_olson("Europe/Zurich")), pos=False,
              trap="user-as-interviewer-kit-de")


def french_candidate() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E0080000000028282828283BDC01000000000000000010000000ABAB0008CDCD0008EFEF",
        "Entretien candidate assistante dentaire – Chloé Rochat", "20251014T173000", "20251014T181500",
        r"Bonjour Madame Rochat\,\n\nMerci pour votre candidature au poste d'assistante dentaire (80 %) dans "
        r"notre cabinet à Zurich. Je vous propose un entretien par Teams avec moi-même (hygiéniste dentaire "
        r"et formatrice) ; le Dr Wyss se joindra pour les 15 dernières minutes.\n\nMeilleures salutations\n"
        r"Martina Schnyder\n" + fill(TEAMS_DE, id="NjBhOGM1ZTItZGQ3NS00NjM4LTg1YWYtODRjZDk2ZjEyMDM3",
                                     mid="329 051 447 882", pc="Gz6wQ1"),
        ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.rochat@bluewin.ch:mailto:chloe.ro"
         "chat@bluewin.ch", WYSS], location="Microsoft Teams-Besprechung")
    return ev("outlook-user-interviews-fr", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-fr-candidate-bluewin")


def second_round_candidate() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E0080000000039393939393BDC01000000000000000010000000ABAB0009CDCD0009EFEF",
        "Zweitgespräch Kandidatin DH (Nachfolge Sabine) – Fr. Rexhepi", "20251022T170000", "20251022T180000",
        r"Zweitgespräch mit Frau Rexhepi: Martina stellt die Fachfragen (Paro-Fall\, Instrumentation)\, "
        r"ich übernehme Lohn und Vertrag. Danach Entscheid.\nTW",
        [ME_ATT, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabrina.rexhepi@hotmail.com:mai"
         "lto:sabrina.rexhepi@hotmail.com"],
        organizer="ORGANIZER;CN=\"Wyss, Thomas\":mailto:t.wyss@zahnarzt-seefeld.ch", location="Büro Dr. Wyss")
    return ev("outlook-second-round-user-asks", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-second-round-de")


def bookings_practice() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Zahnarztpraxis Seefeld:mailto:Lehrstelle@zahnarzt-seefeld.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Schnyder Martina:mailto:m.schnyder@zahn"
        "arzt-seefeld.ch",
        r"DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Bewerbungsgespräch Lehrstelle DA\nKunde: Lara "
        r"Steiner\nE-Mail: lara.steiner07@gmail.com\nTelefon: 078 611 02 39\nMitarbeiter: Martina Schnyder\n"
        r"Notizen des Kunden: Ich komme mit meinem Vater.\n",
        "UID:040000008200E00074C5B7101A82E008000000004A4A4A4A4A3BDC01000000000000000010000000ABAB000ACDCD000AEFEF",
        "SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Lehrstelle DA – Lara Steiner",
        "DTSTART;TZID=W. Europe Standard Time:20251029T163000",
        "DTEND;TZID=W. Europe Standard Time:20251029T171500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251020T065811Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Seefeldstrasse 123\\, 8008 Zürich",
        "END:VEVENT",
    ]
    return ev("ms-bookings-user-staff", cal(EXCHANGE, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-bookings-staff-de")


def feedback_round() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E008000000005B5B5B5B5B3BDC01000000000000000010000000ABAB000BCDCD000BEFEF",
        "Feedbackrunde Schnupperlehrlinge KW 44", "20251031T120000", "20251031T123000",
        r"Beurteilungsbögen der drei Schnupperlehrlinge besprechen\, wer bekommt ein Vorstellungsgespräch?",
        [WYSS, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Gashi, Alina\":mailto:a.gashi@zahnar"
         "zt-seefeld.ch"], location="Pausenraum", stamp="20251027T070000Z")
    return ev("outlook-feedback-round-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-feedback-de")


def video_candidate_de() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Schnyder, Martina\":mailto:m.schnyder@zahnarzt-seefeld.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.baumgaertner@web.de:mailto:katri"
        "n.baumgaertner@web.de",
        r"DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Baumgärtner\n\nwie telefonisch besprochen unser Videogespräch "
        r"zu Ihrer Bewerbung als Dentalhygienikerin. Bitte halten Sie Ihr Diplom und die "
        r"Anerkennungsverfügung des SRK bereit (falls schon vorhanden).\n\nFreundliche Grüsse\n"
        r"Martina Schnyder\nZahnarztpraxis Seefeld\n" + fill(ZOOM_DE, who="Martina Schnyder", mid="87312209465",
                                                             pc="U2VlZmVsZERIMjAyNQ", mid_sp="873 1220 9465",
                                                             code="339120"),
        "UID:040000008200E00074C5B7101A82E008000000006C6C6C6C6C3BDC01000000000000000010000000ABAB000CCDCD000CEFEF",
        "SUMMARY;LANGUAGE=de-CH:Videocall Bewerberin DH aus Freiburg i. Br. – K. Baumgärtner",
        "DTSTART;TZID=W. Europe Standard Time:20251021T180000",
        "DTEND;TZID=W. Europe Standard Time:20251021T184500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251015T200011Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Zoom",
        "END:VEVENT",
    ]
    return ev("outlook-user-zoom-candidate", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-zoom-freemail-de")


def berufsmesse_booth() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251119T090000",
        "DTEND;TZID=Europe/Zurich:20251119T130000",
        "DTSTAMP:20251101T090000Z",
        "ORGANIZER;CN=Berufsverband Dentalassistentinnen Zürich:mailto:messe@dentalberufe-zh.ch",
        "UID:1f7b3d9a5c2e4a6c8e0b2d4f6a8c0e2b@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=m.schnyder@zahnarzt-seefe"
        "ld.ch;X-NUM-GUESTS=0:mailto:m.schnyder@zahnarzt-seefeld.ch",
        r"DESCRIPTION:Standdienst Berufsmesse Zürich (Halle 5\, Stand Dentalassistent/in EFZ). Ihr Einsatz: "
        r"Schnupperinteressierte informieren\, Kurzgespräche mit Jugendlichen führen und Kontakte für "
        r"Schnupperlehren in Ihrer Praxis aufnehmen. Badge am Eingang Ost abholen.",
        "LOCATION:Messe Zürich\\, Halle 5",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Berufsmesse Zürich – Standdienst DA",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-jobfair-booth", cal(GOOGLE, body, tz=tz_olson("Europe/Zurich")), pos=False,
              trap="user-as-interviewer-jobfair-booth-de")


def dossier_review() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E008000000007D7D7D7D7D3BDC01000000000000000010000000ABAB000DCDCD000DEFEF",
        "Bewerbungsdossiers + Multicheck Lehrstelle 2026 sichten", "20250911T133000", "20250911T150000",
        r"14 Dossiers. Vorselektion für Vorstellungsgespräche (max. 5). Absagen vorbereiten.",
        [], location="Büro", stamp="20250908T080000Z")
    return ev("outlook-dossier-review", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-dossier-review-de")


def spanish_candidate() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E008000000008E8E8E8E8E3BDC01000000000000000010000000ABAB000ECDCD000EEFEF",
        r"Gespräch Bewerberin DH Lucía Fernández (spricht ES/EN\, etwas DE)", "20251112T171500",
        "20251112T180000",
        r"Hola Lucía\,\n\nGracias por tu candidatura como higienista dental en nuestra clínica de Zúrich. "
        r"Te esperamos en la clínica para una entrevista con el Dr. Wyss y conmigo. Hablaremos en inglés "
        r"y un poco en alemán.\n\nSaludos\nMartina Schnyder",
        ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.fdez.higienista@gmail.com:mailto"
         ":lucia.fdez.higienista@gmail.com", WYSS])
    return ev("outlook-user-interviews-es", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-es-candidate")


def agency_panel() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E008000000009F9F9F9F9F3BDC01000000000000000010000000ABAB000FCDCD000FEFEF",
        "Interview Kandidatin DH via Dental Talents – K. Baumgartner", "20251106T123000", "20251106T131500",
        r"Guten Tag Herr Dr. Wyss\, guten Tag Frau Schnyder\n\nanbei die Einladung für das Interview mit "
        r"unserer Kandidatin Frau Karin Baumgartner (DH HF\, aktuell in Chur). Ich nehme zu Beginn kurz "
        r"teil und stelle sie vor.\n\nBeste Grüsse\nDavid Lang\nDental Talents GmbH",
        [WYSS, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Schnyder, Martina\":mailto:m.sc"
         "hnyder@zahnarzt-seefeld.ch", "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=karin.baum"
         "gartner@sunrise.ch:mailto:karin.baumgartner@sunrise.ch"],
        organizer="ORGANIZER;CN=\"Lang, David\":mailto:david.lang@dentaltalents.ch")
    return ev("agency-panel-user-interviews", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="user-as-interviewer-agency-panel-de")


EVENTS = [
    interview_kit, french_candidate, second_round_candidate, bookings_practice, feedback_round, video_candidate_de,
    berufsmesse_booth, dossier_review, spanish_candidate, agency_panel,
]
