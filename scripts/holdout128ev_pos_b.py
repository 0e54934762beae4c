"""holdout128: the user's own interviews at a university clinic, a DH school, chains and agencies (German)."""

from __future__ import annotations

from holdout128ev_ics import (
    GOOGLE,
    MEET_DE,
    OUTLOOK,
    UTC1_DE,
    WEBEX_DE,
    WIN_W_EUROPE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)

ZH = "Europe/Zurich"


def zahnwerk_meet_hm() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250925T123000",
        "DTEND;TZID=Europe/Zurich:20250925T131500",
        "DTSTAMP:20250919T090412Z",
        "ORGANIZER;CN=Lukas Frei:mailto:lukas.frei@zahnwerk.ch",
        "UID:7c2p9r1t3v5x7z0b2d4f6h8k1m@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Frei;X-NUM-GUESTS=0"
        ":mailto:lukas.frei@zahnwerk.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Corinne Baumann;X-NUM-GUE"
        "STS=0:mailto:corinne.baumann@zahnwerk.ch",
        r"DESCRIPTION:Hallo Martina\, wie von Corinne angekündigt: kurzes Gespräch mit mir als Standortleiter "
        r"Oerlikon (Corinne optional dabei). Danach planen wir das Probearbeiten. Gruss\, Lukas"
        + fill(MEET_DE, code="xbn-fqor-ywa", pin="118", pin2="482 915 306"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Zahnwerk: Gespräch Standortleitung / M. Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-meet-hm-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True, company="Zahnwerk",
              stage="hiring_manager", interviewers="lukas.frei@zahnwerk.ch", trap="meet-optional-hr-de")


def zub_webex_screen() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:1a7f3c9e0b5d4e2f8a6c1b3d5e7f9a0c@zub-basel.ch",
        "DTSTAMP:20250910T131500Z",
        f"DTSTART;TZID=\"{UTC1_DE}\":20250917T083000",
        f"DTEND;TZID=\"{UTC1_DE}\":20250917T090000",
        "SUMMARY;LANGUAGE=de-CH:Telefon-/Videointerview Dentalhygieniker/in (Ref. 2025-118)",
        "ORGANIZER;CN=\"Gysin, Daniela\":mailto:daniela.gysin@zub-basel.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Schnyder:mailto:martina.schnyde"
        "r@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Schnyder\n\nwir danken Ihnen für Ihre Bewerbung am "
        r"Zahnmedizinischen Universitätszentrum Basel (ZUB) und laden Sie zu einem kurzen Vorgespräch mit "
        r"dem HR-Team ein. Themen: Pensum\, Verfügbarkeit\, Lohnband.\n\nFreundliche Grüsse\nDaniela Gysin\n"
        r"HR-Fachfrau\, Personaldienst ZUB\n" + fill(WEBEX_DE, site="zub-basel", mid="4e1b7f0c2a9d8e3f",
                                                   num="2734 118 9065", pw="ZUB2025dh"),
        "LOCATION;LANGUAGE=de-CH:Webex",
        "CLASS:PUBLIC",
        "TRANSP:OPAQUE",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return ev("outlook-webex-hr-de", cal(OUTLOOK, body, tz=tz_cet(UTC1_DE)), pos=True,
              company="Zahnmedizinisches Universitätszentrum Basel", role="Dentalhygieniker/in",
              stage="recruiter_screen", interviewers="daniela.gysin@zub-basel.ch", trap="webex-hr-screen-de")


def zub_successfactors_panel() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:SF-INTSCHED-zubbasel-000417339",
        "DTSTAMP:20250922T074011Z",
        "DTSTART:20251006T073000Z",
        "DTEND:20251006T084500Z",
        "SUMMARY:Interview: Dentalhygieniker/in 80 % – Klinik für Parodontologie (Req. 2025-118)",
        "ORGANIZER;CN=Recruiting ZUB:mailto:noreply@successfactors.eu",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Prof. Dr. Andreas Völlmin;ROLE=REQ-PARTICIPANT:mailto:andreas.voellmin@zub-basel.ch",
        "ATTENDEE;CN=Karin Thommen;ROLE=REQ-PARTICIPANT:mailto:karin.thommen@zub-basel.ch",
        "ATTENDEE;CN=Daniela Gysin;ROLE=OPT-PARTICIPANT:mailto:daniela.gysin@zub-basel.ch",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=ZUB Sitzungszimmer 3.14:mailto:sz314@zub-basel.ch",
        r"DESCRIPTION:Sehr geehrte Frau Schnyder\n\nSie sind zu einem Vorstellungsgespräch eingeladen.\n\n"
        r"Stelle: Dentalhygieniker/in 80 % (Klinik für Parodontologie\, Endodontologie und Kariologie)\n"
        r"Datum: 06.10.2025\, 09:30–10:45\nOrt: Mattenstrasse 40\, 4058 Basel\, 3. OG\, Sitzungszimmer "
        r"3.14\n\nGesprächsteilnehmende:\n- Prof. Dr. Andreas Völlmin\, Klinikvorsteher\n- Karin Thommen\, "
        r"Leitende DH\n- Daniela Gysin\, HR (Organisation)\n\nBitte melden Sie sich 10 Minuten vorher am "
        r"Empfang Erdgeschoss.\n\nDiese Nachricht wurde automatisch von SAP SuccessFactors erstellt.",
        "LOCATION:ZUB\\, Mattenstrasse 40\\, 4058 Basel – Sitzungszimmer 3.14",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("successfactors-panel-de", cal("-//SAP SuccessFactors//Interview Scheduling//EN", body), pos=True,
              company="Zahnmedizinisches Universitätszentrum Basel", role="Dentalhygieniker/in 80 %",
              stage="onsite", interviewers="andreas.voellmin@zub-basel.ch;karin.thommen@zub-basel.ch",
              trap="successfactors-panel-room-hr-de")


def zub_practical() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20251007T160210Z",
        "UID:2b8e4d0f1c6a5b3e9d7f2a4c6e8b0d1f@zub-basel.ch",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251016T130000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251016T150000",
        "SUMMARY;LANGUAGE=de-CH:Praktischer Teil – Patientenbehandlung unter Aufsicht (M. Schnyder)",
        "ORGANIZER;CN=\"Thommen, Karin\":mailto:karin.thommen@zub-basel.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Schnyder:mailto:martina.schnyde"
        "r@bluewin.ch",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Behandlungseinheit P07:mailto:p07@zub-basel.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Schnyder\n\nals zweiten Schritt im Auswahlverfahren bitten wir "
        r"Sie um eine Behandlung (Befund\, PZR\, Instruktion) an einer Patientin unserer Studentenklinik. "
        r"Ich begleite Sie dabei. Anschliessend 15 Minuten Reflexion.\n\nHerzliche Grüsse\nKarin Thommen\n"
        r"Leitende Dentalhygienikerin\n",
        "LOCATION;LANGUAGE=de-CH:Behandlungseinheit P07\\, 2. OG",
        "TRANSP:OPAQUE",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("outlook-resource-practical-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Zahnmedizinisches Universitätszentrum Basel", stage="technical",
              interviewers="karin.thommen@zub-basel.ch", trap="practical-resource-de")


def hfdl_panel() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251104T160000",
        "DTEND;TZID=Europe/Zurich:20251104T171500",
        "DTSTAMP:20251024T113007Z",
        "ORGANIZER;CN=Sekretariat HFDL:mailto:sekretariat@hfdl.ch",
        "UID:3d9f5b1c7e2a4d6f8b0c2e4a6d8f0b3c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Regula Zürcher;X-NUM-GUES"
        "TS=0:mailto:regula.zuercher@hfdl.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Tobias Wenger;X-NUM-G"
        "UESTS=0:mailto:tobias.wenger@hfdl.ch",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Schulzimmer B2.05;X-NUM-GUESTS=0:mailto:r"
        "aum.b205@hfdl.ch",
        r"DESCRIPTION:Sehr geehrte Frau Schnyder\n\nim Namen der Findungskommission laden wir Sie zum Gespräch "
        r"für die Stelle «Fachlehrperson Klinik Dentalhygiene (50 %)» ein. Anwesend: Regula Zürcher "
        r"(Rektorin) und Dr. Tobias Wenger (Bereichsleitung Klinik). Eine Probelektion folgt bei "
        r"positivem Verlauf.\n\nFreundliche Grüsse\nSekretariat\nHöhere Fachschule für Dentalhygiene "
        r"Limmattal\, Badenerstrasse 18\, 8953 Dietikon",
        "LOCATION:HFDL\\, Badenerstrasse 18\\, 8953 Dietikon\\, Zimmer B2.05",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Gespräch Findungskommission – Fachlehrperson Klinik DH",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-school-panel-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True,
              company="Höhere Fachschule für Dentalhygiene Limmattal",
              role="Fachlehrperson Klinik Dentalhygiene (50 %)", stage="onsite",
              interviewers="regula.zuercher@hfdl.ch;tobias.wenger@hfdl.ch", trap="school-panel-secretariat-de")


def hfdl_probelektion() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251118T133000",
        "DTEND;TZID=Europe/Zurich:20251118T150000",
        "DTSTAMP:20251107T092244Z",
        "ORGANIZER;CN=Tobias Wenger:mailto:tobias.wenger@hfdl.ch",
        "UID:5f1b7d3e9a4c6e8f0a2d4b6c8e0f2a5d@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tobias Wenger;X-NUM-GUEST"
        "S=0:mailto:tobias.wenger@hfdl.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Corina Eggenberger;X-NUM-"
        "GUESTS=0:mailto:corina.eggenberger@hfdl.ch",
        r"DESCRIPTION:Liebe Frau Schnyder\n\nwie telefonisch besprochen: Probelektion im 2. Studienjahr "
        r"(Klasse DH24b\, 14 Studierende). Thema nach Wahl aus dem Bereich Instrumentenschliff oder "
        r"Patienteninstruktion\, 45 Minuten\, anschliessend Reflexionsgespräch mit Corina Eggenberger "
        r"(Fachlehrperson) und mir.\n\nBeamer und Phantomköpfe sind vorhanden.\n\nBeste Grüsse\nTobias Wenger"
        + fill(MEET_DE, code="ujk-pwxa-dtr", pin="204", pin2="771 038 925"),
        "LOCATION:HFDL Dietikon\\, Klinikraum K1",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Probelektion M. Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-probelektion-de", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True,
              company="Höhere Fachschule für Dentalhygiene Limmattal", stage="technical",
              interviewers="tobias.wenger@hfdl.ch;corina.eggenberger@hfdl.ch", trap="demo-lesson-de")


def dentavita_agency() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lüthi, Ramona\":mailto:ramona.luethi@medistaff.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Schnyder\n\nich freue mich\, Ihnen den Termin bei unserem "
        r"Kunden zu bestätigen:\n\nDentaVita Kliniken AG\, Zahnklinik Basel Bahnhof\nCentralbahnplatz 9\, "
        r"4051 Basel\nGesprächspartnerin: Frau Dr. med. dent. Sonja Hug\, Klinikleiterin\nStelle: "
        r"Dentalhygienikerin HF\, 100 %\n\nBitte melden Sie sich am Empfang im 4. Stock. Ich rufe Sie am "
        r"Abend für ein kurzes Feedback an.\n\nFreundliche Grüsse\nRamona Lüthi\nPersonalberaterin Medizin & "
        r"Dental\nMediStaff Personal AG\, Zürich\n",
        "UID:040000008200E00074C5B7101A82E00800000000E1C2A3B4D53BDC0100000000000000001000000077AA88BB99CC00DD11EE",
        "SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch DentaVita Basel Bahnhof (via MediStaff)",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251015T110000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251015T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251009T141011Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Centralbahnplatz 9\\, 4051 Basel",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT",
    ]
    return ev("agency-names-employer-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="DentaVita Kliniken", role="Dentalhygienikerin HF", stage="hiring_manager",
              interviewers="Sonja Hug", trap="agency-medistaff-names-employer-de")


def sonnenberg_sentby() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogt, Claudia\";SENT-BY=\"mailto:praxis@kinderzahnarzt-sonnenberg.ch\":mailto:claudia.vogt"
        "@kinderzahnarzt-sonnenberg.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Schnyder:mailto:martina.schnyde"
        "r@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=\"Vogt, Claudia\":mailto:claudia.vogt@kind"
        "erzahnarzt-sonnenberg.ch",
        r"DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Schnyder\n\nim Auftrag von Frau Dr. Vogt sende ich Ihnen "
        r"die Einladung zum Vorstellungsgespräch für die Stelle als Dentalhygienikerin (Kinder- und "
        r"Jugendzahnmedizin\, 60 %). Das Gespräch findet in der Praxis statt.\n\nFreundliche Grüsse\n"
        r"Jeannine Sutter\nPraxisassistenz\nKinderzahnarztpraxis Sonnenberg\, Sonnenbergstrasse 74\, 8032 "
        r"Zürich\n",
        "UID:040000008200E00074C5B7101A82E00800000000F7A1B2C3D43BDC01000000000000000010000000ABCDEF0123456789ABCD",
        "SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Frau Schnyder (DH Kinder)",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251020T171500",
        f"DTEND;TZID={WIN_W_EUROPE}:20251020T181500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251010T084409Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Praxis Sonnenberg",
        "END:VEVENT",
    ]
    return ev("outlook-sent-by-assistant-de", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Kinderzahnarztpraxis Sonnenberg",
              role="Dentalhygienikerin (Kinder- und Jugendzahnmedizin, 60 %)", stage="hiring_manager",
              interviewers="claudia.vogt@kinderzahnarzt-sonnenberg.ch", trap="sent-by-assistant-de")


def seeblick_teamtailor() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:teamtailor-meeting-5518402-event-1@teamtailor.com",
        "DTSTAMP:20250929T091500Z",
        "DTSTART:20251008T121500Z",
        "DTEND:20251008T130000Z",
        "SUMMARY:Interview: Dentalhygieniker:in HF 60–80 % | Zahnklinik Seeblick",
        "ORGANIZER;CN=Zahnklinik Seeblick:mailto:noreply@teamtailor-mail.com",
        "ATTENDEE;CN=Martina Schnyder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Nicole Egli;PARTSTAT=ACCEPTED:mailto:nicole.egli@zahnklinik-seeblick.ch",
        "ATTENDEE;CN=Dr. Marc Gautschi;PARTSTAT=ACCEPTED:mailto:marc.gautschi@zahnklinik-seeblick.ch",
        r"DESCRIPTION:Hallo Martina\,\n\nhier ist deine Einladung zum Interview für die Stelle "
        r"Dentalhygieniker:in HF 60–80 % bei der Zahnklinik Seeblick.\n\nWann: Mittwoch\, 8. Oktober 2025\, "
        r"14:15–15:00\nWo: Seestrasse 412\, 8038 Zürich-Wollishofen\nMit: Nicole Egli (Leitung DH) und "
        r"Dr. Marc Gautschi\n\nBei Fragen antworte einfach auf diese E-Mail.\n\nBis bald!\n"
        r"Zahnklinik Seeblick – Karriere\n\nPowered by Teamtailor",
        "LOCATION:Seestrasse 412\\, 8038 Zürich",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("teamtailor-de", cal("-//Teamtailor//Teamtailor//EN", body), pos=True, company="Zahnklinik Seeblick",
              role="Dentalhygieniker:in HF 60–80 %",
              interviewers="nicole.egli@zahnklinik-seeblick.ch;marc.gautschi@zahnklinik-seeblick.ch",
              trap="teamtailor-de")


EVENTS = [
    zahnwerk_meet_hm, zub_webex_screen, zub_successfactors_panel, zub_practical, hfdl_panel, hfdl_probelektion,
    dentavita_agency, sonnenberg_sentby, seeblick_teamtailor,
]
