"""holdout128: the user's own interviews at Swiss dental practices and chains (German, Swiss usage)."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    TEAMS_DE,
    THUNDERBIRD,
    UTC1_DE,
    WIN_W_EUROPE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)

ZH = "Europe/Zurich"


def zahnwerk_personio() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20250916T070000Z",
        "DTEND:20250916T074500Z",
        "DTSTAMP:20250909T122211Z",
        "UID:personio-interview-3f8e21c4-7b0d-4c61-9a55-d02e6b1f4a90@zahnwerk.jobs.personio.de",
        "ORGANIZER;CN=Corinne Baumann:mailto:corinne.baumann@zahnwerk.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.schnyder"
        "@bluewin.ch",
        "ATTENDEE;CN=Corinne Baumann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:corinne.baumann@zahnwerk.ch",
        "SUMMARY:Erstgespräch: Dentalhygieniker/in HF (80–100 %) – Zahnwerk Oerlikon",
        r"DESCRIPTION:Hallo Martina\n\nvielen Dank für deine Bewerbung als Dentalhygieniker/in HF (80–100 %) "
        r"an unserem Standort Zürich-Oerlikon. Gerne lernen wir dich in einem ersten\, ca. 45-minütigen "
        r"Videogespräch kennen.\n\nGesprächspartnerin: Corinne Baumann\, HR Business Partner\n"
        r"Link: https://meet.google.com/vkw-qzrd-hfo\n\nFalls der Termin nicht passt\, antworte bitte einfach "
        r"auf diese Nachricht.\n\nHerzliche Grüsse\nDein Zahnwerk-Team\n\n--\nZahnwerk AG · Schaffhauserstrasse "
        r"350 · 8050 Zürich · www.zahnwerk.ch\nDiese Einladung wurde über Personio versendet.",
        "LOCATION:Google Meet (Link in der Beschreibung)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("personio-de", cal("-//Personio GmbH//Personio Calendar 1.0//DE", body), pos=True,
              company="Zahnwerk", role="Dentalhygieniker/in HF (80–100 %)", stage="recruiter_screen",
              interviewers="corinne.baumann@zahnwerk.ch", trap="personio-erstgespraech-de")


def zahnwerk_probe_typed() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "CREATED:20250923T184402Z",
        "DTSTAMP:20250923T184455Z",
        "LAST-MODIFIED:20250923T184455Z",
        "UID:0D7E3F5A-88C1-4E2B-9B1F-5C6A2E7D1B03",
        "DTSTART;TZID=Europe/Zurich:20251001T073000",
        "DTEND;TZID=Europe/Zurich:20251001T123000",
        "SUMMARY:Probearbeiten Zahnwerk Oerlikon",
        r"DESCRIPTION:7:15 dort sein! Weisse Hosen + Schuhe mitnehmen\, Diplom-Kopie. Fr. Baumann am Empfang "
        r"fragen. Danach Gespräch mit Dr. Frei",
        "LOCATION:Schaffhauserstrasse 350\\, 8050 Zürich",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:-PT1H",
        "UID:5B2F6C1E-0A3D-4B9E-8C7F-2D1E4F6A8B90",
        "END:VALARM",
        "END:VEVENT",
    ]
    return ev("ios-typed-probearbeiten", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=True,
              company="Zahnwerk", stage="technical", interviewers="Dr. Frei", trap="probearbeiten-typed-de")


def dentalys_recurring() -> dict[str, str]:
    uid = "040000008200E00074C5B7101A82E00800000000B0E6A1F5C02ADC01000000000000000010000000F3C4D5E6A7B8C9D0E1F2A3B4"
    common = [
        "ORGANIZER;CN=\"Ammann, Stefanie\":mailto:stefanie.ammann@dentalys.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ammann, Stefanie\":mailto:stefanie.am"
        "mann@dentalys.ch",
        "LOCATION:Dentalys Zahnzentrum Winterthur\\, Stadthausstrasse 14\\, 8400 Winterthur",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]
    desc = (r"DESCRIPTION:Liebe Frau Schnyder\n\nwie telefonisch besprochen\, laden wir Sie zu zwei Tagen "
            r"Probearbeiten in unserem Zahnzentrum Winterthur ein. Sie arbeiten mit unserer DH-Teamleiterin "
            r"und behandeln am zweiten Tag zwei Recall-Patienten selbständig (Instrumente werden gestellt). "
            r"Bitte bringen Sie Ihre Berufskleidung und Ihr SRK-Registrierungsdokument mit.\n\nFreundliche Grüsse"
            r"\nStefanie Ammann\nLeitung Dentalhygiene\nDentalys Zahnzentren AG\n")
    body = [
        "BEGIN:VEVENT",
        "RRULE:FREQ=DAILY;COUNT=2",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-CH:Probearbeiten Dentalhygiene – Dentalys Winterthur",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251013T073000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251013T120000",
        "DTSTAMP:20251002T094512Z",
        "SEQUENCE:0",
        desc,
        *common,
        "END:VEVENT",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"RECURRENCE-ID;TZID={WIN_W_EUROPE}:20251014T073000",
        "SUMMARY;LANGUAGE=de-CH:Probearbeiten Dentalhygiene – Dentalys Winterthur (Tag 2\\, Beginn später)",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251014T100000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251014T160000",
        "DTSTAMP:20251008T131022Z",
        "SEQUENCE:1",
        desc + r"\nTag 2: Beginn neu um 10:00 Uhr (Mittagspause mit dem Team).",
        *common,
        "END:VEVENT",
    ]
    return ev("outlook-recurring-override-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Dentalys", role="Dentalhygiene", stage="technical",
              interviewers="stefanie.ammann@dentalys.ch", trap="probearbeiten-recurring-override-de")


def dentalys_final() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Ammann, Stefanie\":mailto:stefanie.ammann@dentalys.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Rigert, Marco\":mailto:marco.rigert@dental"
        "ys.ch",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ammann, Stefanie\":mailto:stefanie.am"
        "mann@dentalys.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Schnyder\n\nherzlichen Dank für die zwei Tage bei uns – das Team "
        r"war begeistert. Gerne möchten wir Sie zum Abschlussgespräch mit unserem CEO\, Herrn Marco Rigert\, "
        r"einladen. Themen: Vertragsdetails\, Pensum und Start.\n\nFreundliche Grüsse\nStefanie Ammann\n"
        + fill(TEAMS_DE, id="NGQ3ZTk1YjEtNmMyNC00ZjA1LWE3MzEtYjQ5ZmMwZDI4YzEy", mid="362 118 904 515",
               pc="Hq4m7R"),
        "UID:040000008200E00074C5B7101A82E00800000000C2D1B2E3F42ADC01000000000000000010000000A1B2C3D4E5F60718293A",
        "SUMMARY;LANGUAGE=de-CH:Abschlussgespräch Dentalys – Martina Schnyder",
        f"DTSTART;TZID=\"{UTC1_DE}\":20251021T170000",
        f"DTEND;TZID=\"{UTC1_DE}\":20251021T174500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251015T081103Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ3ZTk1YjEtNmMy"
        "NC00ZjA1LWE3MzEtYjQ5ZmMwZDI4YzEy%40thread.v2/0",
        "END:VEVENT",
    ]
    return ev("outlook-utc-zone-teams-de", cal(OUTLOOK, body, tz=tz_cet(UTC1_DE)), pos=True, company="Dentalys",
              stage="final", interviewers="marco.rigert@dentalys.ch", trap="abschlussgespraech-teams-de")


def baenziger_thunderbird() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "CREATED:20250912T161544Z",
        "LAST-MODIFIED:20250912T161701Z",
        "DTSTAMP:20250912T161701Z",
        "UID:6b1f0e2c-31d9-4a5e-8f47-90c2b3d8e511",
        "SUMMARY:Vorstellungsgespräch Dentalhygienikerin",
        "ORGANIZER;CN=Reto Bänziger:mailto:reto.baenziger@hin.ch",
        "ATTENDEE;CN=Martina Schnyder;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyde"
        "r@bluewin.ch",
        "ATTENDEE;CN=Reto Bänziger;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:reto.baenziger@hin.ch",
        "DTSTART;TZID=Europe/Zurich:20250925T180000",
        "DTEND;TZID=Europe/Zurich:20250925T190000",
        r"DESCRIPTION:Grüezi Frau Schnyder\n\nbesten Dank für Ihr Dossier. Gerne lade ich Sie nach "
        r"Praxisschluss zu einem Gespräch in die Praxis ein (Eingang Rückseite\, 1. OG). Meine Frau\, die bei "
        r"uns die Administration macht\, wird ebenfalls kurz dabei sein.\n\nFreundliche Grüsse\n"
        r"Dr. med. dent. Reto Bänziger\nZahnarztpraxis Dr. Bänziger\, Marktgasse 12\, 8400 Winterthur\n"
        r"Tel. 052 212 44 10",
        "LOCATION:Marktgasse 12\\, 8400 Winterthur",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("thunderbird-hin-owner-de", cal(THUNDERBIRD, body, tz=tz_olson(ZH)), pos=True,
              company="Zahnarztpraxis Dr. Bänziger", role="Dentalhygienikerin", stage="hiring_manager",
              interviewers="reto.baenziger@hin.ch", trap="owner-direct-hin-de")


def baenziger_probe_floating() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250926T064102Z",
        "UID:B1C2D3E4-1111-4A4A-9C9C-0F0E0D0C0B0A",
        "DTSTART:20251003T080000",
        "DTEND:20251003T120000",
        "SUMMARY:Probearbeiten W'thur (Bänziger)",
        "LOCATION:Marktgasse 12",
        "DESCRIPTION:Halbtag. 2 Pat. mit Fr. Hess (DH dort). Lohnvorstellung!",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("ios-floating-probearbeiten", cal(APPLE, body, method=None), pos=True,
              company="Zahnarztpraxis Dr. Bänziger", stage="technical", trap="floating-typed-de")


def rheinsprung_calendly() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250918T100233Z",
        "DTSTART:20250930T120000Z",
        "DTEND:20250930T124500Z",
        "SUMMARY:Vorstellungsgespräch Dentalhygiene zwischen Lea Merian und Martina Schnyder",
        "UID:calendly-8e7c0b2f-6a14-4c8d-bf0e-31a9d5c27e64",
        "ORGANIZER;CN=Lea Merian:mailto:lea.merian@rheinsprung-zahnaerzte.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Lea Merian;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.merian@rheinsprung-zahnaerzte.ch",
        r"DESCRIPTION:Eingeladen: Martina Schnyder\nE-Mail des Eingeladenen: martina.schnyder@bluewin.ch\n\n"
        r"Ereignistyp: Vorstellungsgespräch Dentalhygiene (45 Min.)\n\nOrt: Zahnärzte am Rheinsprung\, "
        r"Rheinsprung 7\, 4051 Basel (3. Stock\, Lift vorhanden)\n\nAntworten auf Fragen:\n"
        r"Aktuelles Pensum und Kündigungsfrist? 90 %\, 3 Monate\n\nNeu planen: https://calendly.com/reschedulings"
        r"/8e7c0b2f\nAbsagen: https://calendly.com/cancellations/8e7c0b2f\n\nPowered by Calendly.com",
        "LOCATION:Zahnärzte am Rheinsprung\\, Rheinsprung 7\\, 4051 Basel",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("calendly-invitee-de", cal("-//Calendly//Calendly//EN", body), pos=True,
              company="Zahnärzte am Rheinsprung", role="Dentalhygiene", stage="hiring_manager",
              interviewers="lea.merian@rheinsprung-zahnaerzte.ch", trap="calendly-invitee-de")


def altstadt_allday() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20251008",
        "DTEND;VALUE=DATE:20251009",
        "DTSTAMP:20250929T143015Z",
        "ORGANIZER;CN=Yvonne Studer:mailto:yvonne.studer@zz-altstadt.ch",
        "UID:0s1k7e3m5v9q2r4t6u8w0y1a3c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pascal Imhof;X-NUM-GUESTS"
        "=0:mailto:p.imhof@zz-altstadt.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Yvonne Studer;X-NUM-GUEST"
        "S=0:mailto:yvonne.studer@zz-altstadt.ch",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1837712845",
        "CREATED:20250929T142811Z",
        r"DESCRIPTION:Hoi Martina\n\nwie abgemacht dein Schnuppertag bei uns im Zahnzentrum Altstadt. Du "
        r"begleitest den ganzen Tag unsere DH Fabienne\, um 16:30 gibt es ein kurzes Feedbackgespräch mit "
        r"Dr. Pascal Imhof (Praxisinhaber). Start 7:45 beim Empfang.\n\nLiebe Grüsse\nYvonne Studer\n"
        r"Praxismanagerin",
        "LAST-MODIFIED:20250929T143015Z",
        "LOCATION:Zahnzentrum Winterthur Altstadt\\, Obergasse 21\\, 8400 Winterthur",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Schnuppertag Martina Schnyder",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return ev("google-allday-schnuppertag", cal(GOOGLE, body), pos=True,
              company="Zahnzentrum Winterthur Altstadt", stage="technical", interviewers="p.imhof@zz-altstadt.ch",
              trap="schnuppertag-allday-coordinator-de")


def lumident_gmail() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250920T100000",
        "DTEND;TZID=Europe/Zurich:20250920T110000",
        "DTSTAMP:20250914T195502Z",
        "ORGANIZER;CN=Sarah Gubler:mailto:sarah.gubler.dh@gmail.com",
        "UID:4q8n2v6b0x3m7k1p5s9d2f6h0j@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Gubler;X-NUM-GUESTS"
        "=0:mailto:sarah.gubler.dh@gmail.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Hoi Martina\, schön dass es klappt! Wie am Telefon gesagt: ich suche für Lumident ab Januar "
        r"eine zweite DH (60 %)\, die auch mal die Praxis übernimmt\, wenn ich an Kursen bin. Komm doch am "
        r"Samstag vorbei\, dann zeige ich dir die Räume und wir reden über alles. Kafi ist parat :) Sarah",
        "LOCATION:Lumident Dentalhygiene\\, Birmensdorferstrasse 88\\, 8003 Zürich",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Martina / Sarah – Kennenlernen",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-founder-freemail-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True, company="Lumident",
              stage="hiring_manager", interviewers="sarah.gubler.dh@gmail.com",
              trap="founder-gmail-company-in-body-de")


def zuerichberg_calcom() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:kq3PbW9xTf2mRz8nVh6cYd@Cal.com",
        "SUMMARY:Gespräch Praxismanagement zwischen Felix Amrein und Martina Schnyder",
        r"DESCRIPTION:Was: Gespräch Praxismanagement zwischen Felix Amrein und Martina Schnyder\n"
        r"Veranstaltungstyp: Erstes Gespräch Praxismanager/in\nWann: Dienstag\, 7. Oktober 2025 | 12:15 - "
        r"13:00 (Europe/Zurich)\nWer:\nFelix Amrein - Organisator\nfelix.amrein@zahnmedizin-zuerichberg.ch\n"
        r"Martina Schnyder\nmartina.schnyder@bluewin.ch\nWo: Cal Video\nBeschreibung: Kennenlernen für die "
        r"Stelle Praxismanager/in (100 %) bei der Zahnmedizin Zürichberg AG.\nZusätzliche Notizen: Ich "
        r"arbeite bis 12 Uhr in Seefeld\, deshalb Mittag.\n\nMöchten Sie dieses Ereignis absagen oder "
        r"verschieben? https://app.cal.com/booking/kq3PbW9xTf2mRz8nVh6cYd",
        "DTSTART:20251007T101500Z",
        "DTEND:20251007T110000Z",
        "DTSTAMP:20250930T171243Z",
        "ORGANIZER;CN=Felix Amrein:mailto:felix.amrein@zahnmedizin-zuerichberg.ch",
        "ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Martina Schnyder:mailto:martina.schnyder@bl"
        "uewin.ch",
        "LOCATION:https://app.cal.com/video/kq3PbW9xTf2mRz8nVh6cYd",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("calcom-de", cal("-//Cal.com Inc.//Cal.com Event//EN", body), pos=True,
              company="Zahnmedizin Zürichberg", role="Praxismanager/in", stage="hiring_manager",
              interviewers="felix.amrein@zahnmedizin-zuerichberg.ch", trap="calcom-practice-manager-de")


def zuerichberg_final() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Amrein, Felix\":mailto:felix.amrein@zahnmedizin-zuerichberg.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Schnyder:mailto:martina.schnyde"
        "r@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Kuster, Beatrice\":mailto:b.kuster@zahnme"
        "dizin-zuerichberg.ch",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Besprechungsraum Dolder:mailto"
        ":raum.dolder@zahnmedizin-zuerichberg.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Schnyder\n\nwie besprochen das zweite Gespräch zur Stelle "
        r"Praxismanager/in\, diesmal mit unserer Verwaltungsratspräsidentin Frau Dr. Beatrice Kuster. Bitte "
        r"bringen Sie Ihre Ideen zur Recall-Organisation mit (10 Min.\, ohne Folien).\n\nFreundliche Grüsse\n"
        r"Felix Amrein\n",
        "UID:040000008200E00074C5B7101A82E0080000000050A7E3C1D13BDC010000000000000000100000004E9D1C2B3A4F5E6D7C8B",
        "SUMMARY;LANGUAGE=de-CH:2. Gespräch Praxismanager/in – Zahnmedizin Zürichberg",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251023T073000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251023T083000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251013T154500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Besprechungsraum Dolder",
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Guten Tag Frau Schnyder</p><p>wie besprochen das zweite "
        "Gespräch zur Stelle <b>Praxismanager/in</b>\\, diesmal mit unserer Verwaltungsratspräsidentin Frau Dr. "
        "Beatrice Kuster.</p><p>Freundliche Grüsse<br>Felix Amrein</p></body></html>",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT",
    ]
    return ev("outlook-room-final-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Zahnmedizin Zürichberg", role="Praxismanager/in", stage="final",
              interviewers="b.kuster@zahnmedizin-zuerichberg.ch;felix.amrein@zahnmedizin-zuerichberg.ch",
              trap="second-round-room-xaltdesc-de")


def alpendent_workable() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:workable-event-a1f93c70e2@alpendent.workable.com",
        "DTSTAMP:20250917T083100Z",
        "DTSTART:20250924T150000Z",
        "DTEND:20250924T153000Z",
        "SUMMARY:Martina Schnyder interview for Dentalhygieniker:in HF",
        r"DESCRIPTION:You have been invited to an interview with Alpendent Gruppe.\n\nJob: Dentalhygieniker:in "
        r"HF – Zahnzentrum Basel Gundeli\nInterview type: Video call\nInterviewers: Michèle Frey\, Jonas "
        r"Stähli\n\nJoin: https://meet.google.com/pzd-wmcu-kte\n\nNachricht von Alpendent:\nLiebe Martina\, "
        r"wir freuen uns auf das Gespräch! Jonas ist Standortleiter in Basel\, Michèle leitet das "
        r"Recruiting.\n\nPowered by Workable",
        "ORGANIZER;CN=Alpendent Gruppe:mailto:alpendent@workablemail.com",
        "ATTENDEE;CN=Martina Schnyder;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Michèle Frey;RSVP=TRUE:mailto:michele.frey@alpendent.ch",
        "ATTENDEE;CN=Jonas Stähli;RSVP=TRUE:mailto:jonas.staehli@alpendent.ch",
        "LOCATION:https://meet.google.com/pzd-wmcu-kte",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return ev("workable-en-template-de", cal("-//Workable//Workable Calendar//EN", body), pos=True,
              company="Alpendent", role="Dentalhygieniker:in HF",
              interviewers="michele.frey@alpendent.ch;jonas.staehli@alpendent.ch", trap="workable-mixed-lang")


def alpendent_teams() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Stähli, Jonas\":mailto:jonas.staehli@alpendent.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Brändli, Dr. Ursina\":mailto:ursina.braend"
        "li@alpendent.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Liebe Martina\n\nnach unserem ersten Gespräch möchte ich dich gerne mit "
        r"Dr. Ursina Brändli (zahnärztliche Leitung Gundeli) bekannt machen. Wir besprechen einen "
        r"Patientenfall (Parodontitis Stadium III) – du bekommst die Unterlagen am Vortag.\n\n"
        r"Gruess\nJonas\n"
        + fill(TEAMS_DE, id="MzE4YWQ1YjUtMmIyZS00NDk3LWI4ODItZTFkYTYzOTVmNDA2", mid="329 774 561 208", pc="s9Lx2q"),
        "UID:040000008200E00074C5B7101A82E0080000000084F02DC7D73ADC01000000000000000010000000B1E5D2A9C7F6E4B3A210",
        "SUMMARY;LANGUAGE=de-CH:Fallbesprechung / 2. Interview DH Gundeli",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251002T163000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251002T173000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250926T070545Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT",
    ]
    return ev("outlook-teams-case-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Alpendent", role="DH", stage="technical",
              interviewers="ursina.braendli@alpendent.ch;jonas.staehli@alpendent.ch", trap="case-teams-de")


EVENTS = [
    zahnwerk_personio, zahnwerk_probe_typed, dentalys_recurring, dentalys_final, baenziger_thunderbird,
    baenziger_probe_floating, rheinsprung_calendly, altstadt_allday, lumident_gmail, zuerichberg_calcom,
    zuerichberg_final, alpendent_workable, alpendent_teams,
]
