"""holdout114 negatives, part 3: personal appointments, internal meetings, guest programme, appraisal, exit."""

from __future__ import annotations

from holdout114ev_common import ME, WEST, WORK, cal, d, ev, g_att, o_att

V = "Europe/Vienna"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
IOS = "-//Apple Inc.//iPhone OS 17.4.1//EN"


def ios(uid: str, start: str, end: str, summary: str, extra: tuple[str, ...] = ()) -> str:
    return cal([[
        f"UID:{uid}",
        "DTSTAMP:20250301T080000Z",
        f"DTSTART;TZID=Europe/Vienna:{start}",
        f"DTEND;TZID=Europe/Vienna:{end}",
        f"SUMMARY:{summary}",
        *extra,
    ]], IOS, method=None, tzids=(V,))


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    out.append(ev("dentist-de", ios(
        "A0B1C2D3-E4F5-4061-8293-A4B5C6D7E8F9", "20250313T073000", "20250313T081500", "Zahnarzt Dr. Moser",
        ("LOCATION:Museumstraße 20\\, Innsbruck",)), 0, trap="doctor-de"))

    out.append(ev("physio-de", cal([[
        "UID:termin-88213@physio-sillpark.at",
        "DTSTAMP:20250401T080000Z",
        "DTSTART;TZID=Europe/Vienna:20250404T163000",
        "DTEND;TZID=Europe/Vienna:20250404T171500",
        "SUMMARY:Ihr Termin: Physiotherapie (Knie) bei Lisa Mair",
        "DESCRIPTION:" + d("Bitte Verordnung und e-card mitbringen. Absage bis 24h vorher kostenlos."),
        "ORGANIZER;CN=Physio Sillpark:mailto:termine@physio-sillpark.at",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + ME,
    ]], "-//Physio Sillpark//Online-Terminbuchung//DE", tzids=(V,)), 0, trap="doctor-physio-de"))

    out.append(ev("bank-de", cal([[
        'ORGANIZER;CN="Haas, Christoph":mailto:christoph.haas@rlb-tirol.at',
        o_att(ME, "Tobias Gruber"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Sehr geehrter Herr Gruber,\n\nwie besprochen unser Beratungsgespräch zur Wohnbaufinanzierung. "
            "Bitte bringen Sie die letzten drei Gehaltszettel mit.\n\nChristoph Haas, Wohnbauberater"),
        "UID:040000008200E00074C5B7101A82E00800000000BA98DC76FE54DB0100000000000000001000000013",
        "SUMMARY;LANGUAGE=de-AT:Beratungsgespräch Wohnbaufinanzierung – Hr. Gruber",
        "DTSTART;TZID=W. Europe Standard Time:20250409T080000",
        "DTEND;TZID=W. Europe Standard Time:20250409T090000",
        "DTSTAMP:20250402T100000Z",
        "LOCATION;LANGUAGE=de-AT:Raiffeisen Bankstelle Igls",
    ]], OUTLOOK, tzids=(WEST,)), 0, trap="bank-de"))

    out.append(ev("magistrat-de", cal([[
        "UID:qmatic-IBK-20250411-0915-4471@innsbruck.gv.at",
        "DTSTAMP:20250402T120000Z",
        "DTSTART;TZID=Europe/Vienna:20250411T091500",
        "DTEND;TZID=Europe/Vienna:20250411T093000",
        "SUMMARY:Terminreservierung Bürgerservice: Reisepass beantragen",
        "DESCRIPTION:" + d(
            "Stadtmagistrat Innsbruck – Bürgerservice\nMaria-Theresien-Straße 18\nBitte Foto (nicht älter als "
            "6 Monate) und alten Pass mitbringen. Reservierungsnummer: B-4471"),
        "LOCATION:Stadtmagistrat Innsbruck\\, Bürgerservice",
    ]], "-//Stadt Innsbruck//Terminvergabe//DE", method="PUBLISH", tzids=(V,)), 0, trap="magistrat-de"))

    out.append(ev("school-de", ios(
        "B1C2D3E4-F5A6-4172-8394-B5C6D7E8F9A0", "20250402T170000", "20250402T171500",
        "Elternsprechtag VS Igls – Leonie (Fr. Kathrein)"), 0, trap="school-de"))

    out.append(ev("tax-advisor-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250416T160000",
        "DTEND;TZID=Europe/Vienna:20250416T170000",
        "DTSTAMP:20250410T100000Z",
        "UID:1q2w3e4r5t6y7u8i9o0p@google.com",
        "DESCRIPTION:Arbeitnehmerveranlagung 2024 + Pendlerpauschale. Belege Skilehrerausbildung mitnehmen.",
        "LOCATION:Kanzlei Pittl & Partner\\, Innsbruck",
        "SUMMARY:Steuerberater Pittl",
    ]], GOOGLE, method="PUBLISH", tzids=(V,)), 0, trap="personal-tax-de"))

    out.append(ev("meeting-gf-de", cal([[
        'ORGANIZER;CN="Siller, Hubert":mailto:gf@hotel-alpenhof-igls.at',
        o_att(WORK, "Gruber, Tobias"),
        o_att("f.b@hotel-alpenhof-igls.at", "Bucher, Franziska"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d("TOPs: Saisonabschluss Skischule, Budget Sommer, Preise Kinderskikurs."),
        "UID:040000008200E00074C5B7101A82E00800000000CD34EF56AB12DB0100000000000000001000000055",
        "SUMMARY;LANGUAGE=de-AT:Besprechung GF",
        "DTSTART;TZID=W. Europe Standard Time:20250331T080000",
        "DTEND;TZID=W. Europe Standard Time:20250331T090000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T060000Z",
        "DTSTAMP:20250301T080000Z",
        "LOCATION;LANGUAGE=de-AT:Büro GF",
    ]], OUTLOOK, tzids=(WEST,)), 0, trap="internal-recurring-de"))

    out.append(ev("staff-planning-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20251103T140000",
        "DTEND;TZID=Europe/Vienna:20251103T160000",
        "DTSTAMP:20251028T080000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:5p6o7i8u9y0t1r2e3w4q@google.com",
        g_att("florian.kirchmair@alpenhof-sport-igls.at", "Florian Kirchmair"),
        g_att(WORK, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:Einteilung Saisonpersonal Dezember/Jänner\\, Dienstplan Verleih\\, Unterkünfte.",
        "SUMMARY:Saisonpersonal – Einteilung & Dienstplan",
    ]], GOOGLE, tzids=(V,)), 0, trap="internal-staffing-de"))

    out.append(ev("ski-course-de", ios(
        "C2D3E4F5-A6B7-4283-94A5-C6D7E8F9A0B1", "20250105T100000", "20250105T120000",
        "Skikurs Gruppe B (Privat Fam. van Dijk)",
        ("RRULE:FREQ=DAILY;COUNT=5", "LOCATION:Treffpunkt Patscherkofelbahn")), 0, trap="guest-programme-de"))

    out.append(ev("guest-tour-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250723T100000",
        "DTEND;TZID=Europe/Vienna:20250723T113000",
        "DTSTAMP:20250701T080000Z",
        "UID:6a7s8d9f0g1h2j3k4l5z@google.com",
        "DESCRIPTION:Gästeführung Altstadt Hall für Hotelgäste (max. 15 Pers.)\\, Treffpunkt Bus 9:30 Lobby.",
        "SUMMARY:Gästeführung Hall – Alpenhof-Gäste",
    ]], GOOGLE, method="PUBLISH", tzids=(V,)), 0, trap="guest-programme-de"))

    out.append(ev("bergrettung-drill-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250118T080000",
        "DTEND;TZID=Europe/Vienna:20250118T140000",
        "DTSTAMP:20250105T100000Z",
        "ORGANIZER;CN=Bergrettung Igls:mailto:ortsstelle@bergrettung-igls.at",
        "UID:br-igls-uebung-2025-01@bergrettung-igls.at",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + ME,
        "DESCRIPTION:" + d("LVS-Übung Verschüttetensuche, Sondieren, Schaufeln. Treffpunkt Ortsstelle 7:45."),
        "SUMMARY:Bergrettung Übung LVS",
    ]], "-//Bergrettung Tirol//Dienstplan//DE", tzids=(V,)), 0, trap="volunteer-duty-de"))

    out.append(ev("appraisal-de", cal([[
        'ORGANIZER;CN="Siller, Hubert":mailto:gf@hotel-alpenhof-igls.at',
        o_att(WORK, "Gruber, Tobias"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Jährliches Mitarbeitergespräch: Rückblick Wintersaison, Ziele 2025/26, Weiterbildung. "
            "Bitte Selbsteinschätzungsbogen vorher ausfüllen."),
        "UID:040000008200E00074C5B7101A82E00800000000EF12AB34CD56DB0100000000000000001000000066",
        "SUMMARY;LANGUAGE=de-AT:Mitarbeitergespräch Tobias Gruber (Jahresgespräch)",
        "DTSTART;TZID=W. Europe Standard Time:20250424T100000",
        "DTEND;TZID=W. Europe Standard Time:20250424T113000",
        "DTSTAMP:20250410T080000Z",
        "LOCATION;LANGUAGE=de-AT:Büro GF",
    ]], OUTLOOK, tzids=(WEST,)), 0, trap="own-appraisal-de"))

    out.append(ev("exit-interview-de", cal([[
        "UID:personio-appointment-3340012@personio.de",
        "DTSTAMP:20250605T080000Z",
        "DTSTART;TZID=Europe/Vienna:20250626T140000",
        "DTEND;TZID=Europe/Vienna:20250626T144500",
        "SUMMARY:Exit-Interview | Tobias Gruber (Austritt 30.06.)",
        "DESCRIPTION:" + d(
            "Austrittsgespräch mit Renate Abfalterer (Personal): Feedback zum Arbeitsplatz, Rückgabe Schlüssel, "
            "Skischul-Jacke und Laptop."),
        "ORGANIZER;CN=Renate Abfalterer:mailto:personal@hotel-alpenhof-igls.at",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT:mailto:" + WORK,
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,)), 0, trap="own-exit-interview-de"))

    out.append(ev("partner-interview-de", ios(
        "D3E4F5A6-B7C8-4394-A5B6-D7E8F9A0B1C2", "20250408T090000", "20250408T100000",
        "Sabrina Vorstellungsgespräch Klinik Hall – Daumen drücken!",
        ("DESCRIPTION:Sabrina braucht das Auto → ich nehme den Bus.",)), 0, trap="someone-elses-interview-de"))

    out.append(ev("followup-reminder-de", ios(
        "E4F5A6B7-C8D9-44A5-B6C7-E8F9A0B1C2D3", "20250326T080000", "20250326T081500",
        "Dankesmail an Hr. Huber (Arlberger Seilbahnen) schicken",
        ("DESCRIPTION:Nach dem Gespräch gestern. Referenzen nachreichen.",)), 0, trap="followup-reminder-de"))

    out.append(ev("contract-signing-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250530T110000",
        "DTEND;TZID=Europe/Vienna:20250530T120000",
        "DTSTAMP:20250522T080000Z",
        "ORGANIZER;CN=Daniela Kerschbaumer:mailto:bewerbung@wipptal-brenner.at",
        "UID:7z8x9c0v1b2n3m4q5w6e@google.com",
        g_att(ME, "Tobias Gruber"),
        g_att("obmann@wipptal-brenner.at", "Josef Mair"),
        "DESCRIPTION:" + d(
            "Unterzeichnung Dienstvertrag Geschäftsführer – herzlich willkommen im Team! Anschließend kurzer "
            "Fototermin für die Presseaussendung."),
        "LOCATION:TVB Wipptal-Brenner\\, Steinach",
        "SUMMARY:Vertragsunterzeichnung GF – Tobias Gruber",
    ]], GOOGLE, tzids=(V,)), 0, trap="contract-signing-de"))

    out.append(ev("vet-de", ios(
        "F5A6B7C8-D9E0-45B6-C7D8-F9A0B1C2D3E4", "20250508T171500", "20250508T174500",
        "Tierarzt Bello – Impfung", ("LOCATION:Tierklinik Innsbruck",)), 0, trap="personal-de"))

    return out
