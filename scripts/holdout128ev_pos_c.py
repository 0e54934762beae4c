"""holdout128: more of the user's own interviews in German (practices, a city service, agencies, hand-typed)."""

from __future__ import annotations

from holdout128ev_ics import (
    GOOGLE,
    MACOS,
    OUTLOOK,
    UTC1_EN,
    WIN_W_EUROPE,
    ZOOM_DE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)

ZH = "Europe/Zurich"


def amsler_outlook() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Amsler, Beat\":mailto:beat.amsler@amsler-partner.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=en-US:Sehr geehrte Frau Schnyder\n\nvielen Dank für Ihre Bewerbung als "
        r"Dentalhygienikerin. Ich freue mich\, Sie persönlich kennenzulernen. Wir treffen uns in der Praxis "
        r"(Tödistrasse 48\, 2. Stock). Parkplätze hat es leider keine.\n\nMit freundlichen Grüssen\n"
        r"Dr. med. dent. Beat Amsler\nAmsler & Partner Zahnärzte\n",
        "UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E3ADC01000000000000000010000000F0E1D2C3B4A59687A8B9",
        "SUMMARY;LANGUAGE=en-US:Vorstellungsgespräch Dentalhygiene",
        f"DTSTART;TZID=\"{UTC1_EN}\":20250929T173000",
        f"DTEND;TZID=\"{UTC1_EN}\":20250929T183000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250919T151422Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Tödistrasse 48\\, 8002 Zürich",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT",
    ]
    return ev("outlook-utc-zone-en-locale-de", cal(OUTLOOK, body, tz=tz_cet(UTC1_EN)), pos=True,
              company="Amsler & Partner Zahnärzte", role="Dentalhygienikerin", stage="hiring_manager",
              interviewers="beat.amsler@amsler-partner.ch", trap="owner-generic-summary-de")


def stadelhofen_phone() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20251001T061500Z",
        "DTEND:20251001T064500Z",
        "DTSTAMP:20250925T154408Z",
        "ORGANIZER;CN=Andrea Rüttimann:mailto:a.ruettimann@zzs-stadelhofen.ch",
        "UID:6a2c8e4f0b7d9a1c3e5f7b9d1a3c5e8f@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andrea Rüttimann;X-NUM-GU"
        "ESTS=0:mailto:a.ruettimann@zzs-stadelhofen.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Guten Tag Frau Schnyder\n\nwie per Mail vereinbart rufe ich Sie um 08:15 Uhr auf "
        r"079 512 33 87 an (ca. 20–30 Min.) – ein erstes telefonisches Kennenlernen zur Stelle "
        r"Praxismanager/in.\n\nFreundliche Grüsse\nAndrea Rüttimann\nHR / Administration\nZZS "
        r"Zahnärztezentrum Stadelhofen",
        "LOCATION:Telefon",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Telefoninterview Praxismanager/in – ZZS",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-phone-screen-de", cal(GOOGLE, body), pos=True, company="Zahnärztezentrum Stadelhofen",
              role="Praxismanager/in", stage="recruiter_screen", interviewers="a.ruettimann@zzs-stadelhofen.ch",
              trap="phone-screen-acronym-de")


def mundart_recruitee() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:recruitee-event-88213047@mundart-dental.recruitee.com",
        "DTSTAMP:20251002T123000Z",
        "DTSTART:20251007T160000Z",
        "DTEND:20251007T163000Z",
        "SUMMARY:Video-Interview: Martina Schnyder – Dentalhygieniker/in",
        "ORGANIZER;CN=Mundart Zahnmedizin:mailto:jobs@mundart-dental.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Dr. Lea Wipf;ROLE=REQ-PARTICIPANT:mailto:lea.wipf@mundart-dental.ch",
        r"DESCRIPTION:Hallo Martina\n\nDanke für deine Bewerbung bei Mundart! Wir sprechen per Video über "
        r"die Stelle Dentalhygieniker/in (Zürich-Oerlikon\, 70–90 %).\n\nInterviewerin: Dr. Lea Wipf\n"
        + fill(ZOOM_DE, who="Lea Wipf", mid="81455029317", pc="bVZ0cjJ4TnNqQ2VqcW1", mid_sp="814 5502 9317",
               code="582214")
        + r"\n\nTermin ändern: https://mundart-dental.recruitee.com/scheduler/88213047",
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("recruitee-zoom-de", cal("-//Recruitee//Recruitee Calendar//EN", body), pos=True,
              company="Mundart Zahnmedizin", role="Dentalhygieniker/in", interviewers="lea.wipf@mundart-dental.ch",
              trap="recruitee-zoom-de")


def mundart_wr_timezone() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20251016T150000Z",
        "DTEND:20251016T163000Z",
        "DTSTAMP:20251009T204055Z",
        "UID:8c4e0a6b2d1f3e5a7c9b1d3f5a7c9e0b@google.com",
        "CREATED:20251009T204011Z",
        "DESCRIPTION:2. Runde vor Ort\\, mit Dr. Wipf + Praxismanagerin. Referenzen mitnehmen",
        "LAST-MODIFIED:20251009T204055Z",
        "LOCATION:Mundart\\, Edisonstrasse 10\\, Oerlikon",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:VG Mundart 2",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    extra = ("X-WR-CALNAME:Martina privat", "X-WR-TIMEZONE:Europe/Zurich")
    return ev("google-export-wr-timezone-typed", cal(GOOGLE, body, method="PUBLISH", extra=extra), pos=True,
              company="Mundart Zahnmedizin", stage="onsite", interviewers="Dr. Wipf",
              trap="terse-abbrev-vg-de")


def ipz_liestal() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Wirz, Nadine\":mailto:n.wirz@ipz-liestal.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Schaub, Roger\":mailto:r.schaub@ipz-liest"
        "al.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Schnyder\n\nbesten Dank für Ihr Interesse an unserer "
        r"Stelle als Dentalhygienikerin (Implantat-Nachsorge und Periimplantitis-Prophylaxe). Herr Dr. "
        r"Schaub und ich freuen uns auf das Gespräch.\n\nAnreise: ab Basel SBB 10 Min. bis Liestal\, dann "
        r"3 Min. zu Fuss.\n\nFreundliche Grüsse\nNadine Wirz\nPraxismanagerin\nImplantat- und "
        r"Prophylaxezentrum Liestal (IPZ)\n",
        "UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E53ADC010000000000000000100000001F2E3D4C5B6A79880716",
        "SUMMARY;LANGUAGE=de-CH:Vorstellung Dentalhygiene – IPZ Liestal",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251010T140000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251010T150000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251003T092011Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Rathausstrasse 3\\, 4410 Liestal",
        "END:VEVENT",
    ]
    return ev("outlook-acronym-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Implantat- und Prophylaxezentrum Liestal", role="Dentalhygienikerin", stage="hiring_manager",
              interviewers="r.schaub@ipz-liestal.ch;n.wirz@ipz-liestal.ch", trap="acronym-manager-organizer-de")


def stadt_zuerich() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Hegglin Patricia (SSD)\":mailto:patricia.hegglin@zuerich.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Zollinger Marc (SSD)\":mailto:marc.zolli"
        "nger@zuerich.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Schnyder\n\nGerne laden wir Sie zum Vorstellungsgespräch "
        r"für die Stelle «Dentalhygieniker*in Schulzahnklinik (70 %)» ein.\n\nGesprächsteilnehmende:\n"
        r"- Marc Zollinger\, Leiter Schulzahnkliniken\n- Patricia Hegglin\, HR-Beraterin\n\nOrt: "
        r"Schulzahnklinik Stadt Zürich\, Amtshaus Helvetiaplatz\, Molkenstrasse 5\, 8004 Zürich\, "
        r"Sitzungszimmer 210\n\nFreundliche Grüsse\nStadt Zürich\nSchul- und Sportdepartement\n",
        "UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F73ADC01000000000000000010000000AA11BB22CC33DD44EE55",
        "SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Dentalhygieniker*in SZK – Schnyder Martina",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251027T090000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251027T100000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251014T104822Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Amtshaus Helvetiaplatz\\, Sitzungszimmer 210",
        "END:VEVENT",
    ]
    return ev("outlook-city-service-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Stadt Zürich", role="Dentalhygieniker*in Schulzahnklinik (70 %)",
              interviewers="marc.zollinger@zuerich.ch;patricia.hegglin@zuerich.ch", trap="public-employer-de")


def buehler_typed() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "CREATED:20251005T101212Z",
        "DTSTAMP:20251005T101250Z",
        "LAST-MODIFIED:20251005T101250Z",
        "UID:3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7",
        "DTSTART;TZID=Europe/Zurich:20251011T093000",
        "DTEND;TZID=Europe/Zurich:20251011T103000",
        "SUMMARY:Gespräch Bühler DH-Praxis W'thur",
        "LOCATION:Technikumstrasse 62\\, Winterthur",
        "DESCRIPTION:Fr. Bühler sucht Nachfolgerin/Partnerin\\, 2 Tage/Wo.",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("macos-typed-de", cal(MACOS, body, method=None, tz=tz_olson(ZH)), pos=True,
              company="Dentalhygiene Bühler", interviewers="Bühler", trap="terse-typed-company-abbrev-de")


def spalenberg_agency() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251022T161500",
        "DTEND;TZID=Europe/Zurich:20251022T171500",
        "DTSTAMP:20251016T081909Z",
        "ORGANIZER;CN=Fabian Koch:mailto:f.koch@dentaljobpartner.ch",
        "UID:9d5f1b7c3e0a2c4e6a8b0d2f4b6d8a1c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fabian Koch;X-NUM-GUESTS="
        "0:mailto:f.koch@dentaljobpartner.ch",
        r"DESCRIPTION:Hallo Martina\n\nhier wie versprochen der Termin: Gespräch mit Dr. Daniel Keller\, "
        r"Inhaber der Zahnarztpraxis am Spalenberg (Spalenberg 31\, 4051 Basel). Die Praxis sucht eine DH "
        r"80 % ab Februar. Ich bin nicht dabei – ruf mich danach gerne an.\n\nGruss\nFabian\n\nDental Job "
        r"Partner GmbH · Personalvermittlung für Zahnmedizin",
        "LOCATION:Spalenberg 31\\, 4051 Basel",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Interview Dr. Keller / Martina Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-agency-recruiter-absent-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True,
              company="Zahnarztpraxis am Spalenberg", role="DH 80 %", stage="hiring_manager",
              interviewers="Daniel Keller", trap="agency-organizer-not-interviewer-de")


def limmatplatz_umantis() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:umantis-appointment-20251003-114477-2@zahnklinik-limmatplatz.ch",
        "DTSTAMP:20250926T140500Z",
        "DTSTART:20251003T120000Z",
        "DTEND:20251003T130000Z",
        "SUMMARY:Einladung zum Vorstellungsgespräch",
        "ORGANIZER;CN=Zahnklinik Limmatplatz AG - Personaldienst:mailto:jobs@zahnklinik-limmatplatz.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Sehr geehrte Frau Schnyder\n\nBezugnehmend auf Ihre Bewerbung als Dentalhygieniker/in HF "
        r"(100 %) freuen wir uns\, Sie zu einem persönlichen Gespräch einzuladen.\n\nDatum: Freitag\, "
        r"03.10.2025\nZeit: 14:00 – 15:00 Uhr\nOrt: Zahnklinik Limmatplatz AG\, Limmatstrasse 152\, 8005 "
        r"Zürich\, Empfang 1. OG\n\nIhre Gesprächspartner:\nHerr Dr. med. dent. Simon Lutz\, Chefzahnarzt\n"
        r"Frau Petra Aebischer\, Leiterin Personal\n\nFreundliche Grüsse\nZahnklinik Limmatplatz AG\n"
        r"Personaldienst\n\n(Diese E-Mail wurde durch Abacus Umantis generiert.)",
        "LOCATION:Limmatstrasse 152\\, 8005 Zürich",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("umantis-generic-summary-de", cal("-//Abacus Research AG//Umantis Talent Management//DE", body),
              pos=True, company="Zahnklinik Limmatplatz", role="Dentalhygieniker/in HF (100 %)",
              interviewers="Simon Lutz;Petra Aebischer", trap="umantis-company-only-in-body-de")


def limmatplatz_arbeitsprobe() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lutz, Simon\":mailto:simon.lutz@zahnklinik-limmatplatz.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Schnyder:mailto:martina.schnyde"
        "r@bluewin.ch",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Behandlungszimmer 4:mailto"
        ":bz4@zahnklinik-limmatplatz.ch",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=\"Aebischer, Petra\":mailto:petra.aebische"
        "r@zahnklinik-limmatplatz.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Schnyder\n\nwie besprochen: Arbeitsprobe (halber Tag) mit "
        r"zwei Patient/innen. Ich schaue Ihnen über die Schulter; Frau Aebischer bringt nur den Vertragsentwurf "
        r"vorbei.\n\nGruss\nSimon Lutz\n",
        "UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A83ADC01000000000000000010000000BB22CC33DD44EE55FF66",
        "SUMMARY;LANGUAGE=de-CH:Arbeitsprobe DH – Fr. Schnyder",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251017T080000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251017T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251006T165512Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Behandlungszimmer 4",
        "END:VEVENT",
    ]
    return ev("outlook-resource-arbeitsprobe-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Zahnklinik Limmatplatz", role="DH", stage="technical",
              interviewers="simon.lutz@zahnklinik-limmatplatz.ch", trap="arbeitsprobe-hr-not-interviewing-de")


EVENTS = [
    amsler_outlook, stadelhofen_phone, mundart_recruitee, mundart_wr_timezone, ipz_liestal, stadt_zuerich,
    buehler_typed, spalenberg_agency, limmatplatz_umantis, limmatplatz_arbeitsprobe,
]
