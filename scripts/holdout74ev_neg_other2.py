"""holdout74 negatives: family, militia, council, internal meetings, own HR talks, job-search side events."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    USER_WORK,
    WEU,
    WEU_DE,
    Ev,
    alarm,
    att,
    dt,
    google_footer,
    head_apple,
    head_google,
    head_outlook,
    head_tb,
    head_tool,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_windows,
    vcal,
    vevent,
)


def _school() -> Ev:
    uid = "klapp-termin-88120-elterngespraech@klapp.ch"
    desc = (
        "Elterngespräch für Lea Brunner, Klasse 6b\nLehrperson: Frau Ursula Lüthi\n"
        "Ort: Schulhaus Moos, Zimmer 12\nBitte 5 Minuten vorher vor dem Zimmer warten."
    )
    ics = vcal(
        head_tool("-//Klapp//Schulkommunikation//DE"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251020T071500Z",
            "DTSTART;TZID=Europe/Zurich:20251030T171500",
            "DTEND;TZID=Europe/Zurich:20251030T173500",
            prop("SUMMARY", "Elterngespräch 6b – Frau Lüthi"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Schulhaus Moos, Zimmer 12"),
            org("noreply@klapp.ch", "Schule Moos"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev("school-parents", uid, ics, 0, trap="school-de")


def _wk() -> Ev:
    uid = "4c8e2a06-wk-2026-inf-bat-13"
    ics = vcal(
        head_apple("iOS 18.1"),
        vevent(
            "CREATED:20250602T201000Z",
            "DTSTAMP:20250602T201010Z",
            "DTSTART;VALUE=DATE:20260202",
            "DTEND;VALUE=DATE:20260221",
            prop("SUMMARY", "WK Inf Bat 13 (Stab)"),
            prop("LOCATION", "Kaserne Bure"),
            prop("DESCRIPTION", "Einrücken Mo 02.02. 08:00. Marschbefehl im Ordner. Ferienvertretung: Simon."),
            f"UID:{uid}",
            "TRANSP:OPAQUE",
            "SEQUENCE:0",
        ),
    )
    return Ev("militia-service", uid, ics, 0, trap="militia-service-allday-de")


def _gemeinderat() -> Ev:
    uid = "0a4e8c2g6gemeinderat3m7q1t5@google.com"
    desc = (
        "Traktanden:\n1. Protokoll der Sitzung vom 3.11.\n2. Budget 2026 – 2. Lesung\n3. Ersatz "
        "Kommunalfahrzeug\n4. Personelles: Stand Wahl Gemeindeschreiber/in\n5. Verschiedenes"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251117T193000",
            "DTEND;TZID=Europe/Zurich:20251117T220000",
            "DTSTAMP:20251110T090000Z",
            org("elisabeth.kunz.gp@gmail.com", "Elisabeth Kunz"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Gemeindehaus Mooseggen"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Gemeinderatssitzung"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("council-meeting", uid, ics, 0, trap="council-meeting-de")


def _cab_recurring() -> Ev:
    uid = outlook_uid("bekb-cab-weekly")
    desc = "Wöchentliches Change Advisory Board. Changes bis Montag 12:00 im ServiceNow erfassen.\n\n" + teams(
        "de", "397 112 640 551", "CaB2025"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org(USER_WORK, "Brunner, Reto"),
            att("simon.zuercher@bekb-infra.ch", "Zürcher, Simon"),
            att("patrick.leu@bekb-infra.ch", "Leu, Patrick"),
            att("luca.bernasconi@bekb-infra.ch", "Bernasconi, Luca"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            "RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=1",
            f"UID:{uid}",
            prop("SUMMARY", "CAB – Change Advisory Board", ";LANGUAGE=de-CH"),
            dt(WEU, "20250902T090000"),
            dt(WEU, "20250902T100000", "DTEND"),
            "DTSTAMP:20250825T080000Z",
            prop("LOCATION", "SZ 3.12 Schwanengasse / Teams", ";LANGUAGE=de-CH"),
            outlook_tail(busy="BUSY"),
        ),
    )
    return Ev("internal-recurring", uid, ics, 0, trap="internal-recurring-de")


def _appraisal() -> Ev:
    uid = outlook_uid("bekb-jahresgespraech-brunner-2025")
    desc = (
        "Hallo Reto\n\nJahresgespräch 2025: Rückblick Zielerreichung, Beurteilung, Ziele 2026 und "
        "Entwicklung. Bitte die Selbstbeurteilung bis Freitag im Personalportal erfassen.\n\nGruss Thomas"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_DE),
        vevent(
            org("thomas.kohler@bekb-infra.ch", "Kohler, Thomas"),
            att(USER_WORK, "Brunner, Reto"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Jahresgespräch 2025 – Reto Brunner", ";LANGUAGE=de-CH"),
            dt(WEU_DE, "20251209T140000"),
            dt(WEU_DE, "20251209T153000", "DTEND"),
            "DTSTAMP:20251117T140000Z",
            prop("LOCATION", "Büro T. Kohler, 5. OG", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev("own-appraisal", uid, ics, 0, trap="own-appraisal-de")


def _exit_interview() -> Ev:
    uid = outlook_uid("bekb-austrittsgespraech-brunner")
    desc = (
        "Guten Tag Herr Brunner\n\nIm Rahmen Ihres Austritts per 31. März 2026 laden wir Sie zu einem "
        "vertraulichen Austrittsgespräch ein. Ihre Rückmeldungen helfen uns, die Bank als Arbeitgeberin "
        "weiterzuentwickeln. Bitte bringen Sie Badge und Notebook noch nicht mit – die Rückgabe erfolgt am "
        "letzten Arbeitstag.\n\nFreundliche Grüsse\nNadine Hofer, HR Business Partner"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("nadine.hofer@bekb-infra.ch", "Hofer, Nadine"),
            att(USER_WORK, "Brunner, Reto"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Austrittsgespräch (Exit-Interview) Reto Brunner", ";LANGUAGE=de-CH"),
            dt(WEU, "20260305T100000"),
            dt(WEU, "20260305T110000", "DTEND"),
            "DTSTAMP:20260112T083000Z",
            prop("LOCATION", "HR, Schwanengasse 2, 4. OG", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev("exit-interview", uid, ics, 0, trap="own-exit-interview-de")


def _coffee_chat() -> Ev:
    uid = "E3C9B1A4-5D2F-4C70-8A61-KAFI-ISELI"
    ics = vcal(
        head_apple("iOS 18.0.1"),
        TZ_ZURICH,
        vevent(
            "CREATED:20251008T121000Z",
            "DTSTAMP:20251008T121010Z",
            "DTSTART;TZID=Europe/Zurich:20251010T121500",
            "DTEND;TZID=Europe/Zurich:20251010T131500",
            prop("SUMMARY", "Zmittag mit Sandra Iseli (ex-Kollegin, jetzt bei Alpnet)"),
            prop("LOCATION", "Café Fédéral, Bärenplatz 31, Bern"),
            prop("DESCRIPTION", "Infos holen: Kultur bei Alpnet, wer ist Jonas Meyer, wie läuft Pikett. "
                 "Nicht offiziell!"),
            f"UID:{uid}",
            "SEQUENCE:0",
        ),
    )
    return Ev("coffee-chat-insider", uid, ics, 0, trap="informational-lunch-names-company-de")


def _job_fair() -> Ev:
    uid = "eventfrog-tkt-77120451-ict-karrieretag@eventfrog.ch"
    desc = (
        "Dein Ticket für: Berner Karrieretag ICT 2025\nBERNEXPO, Halle 3.2\n"
        "Über 60 Arbeitgeber, CV-Check, Kurzreferate («Quereinstieg», «Führung in der IT»).\n"
        "Ticket-Nr. 77120451 – bitte am Eingang vorweisen."
    )
    ics = vcal(
        head_tool("-//Eventfrog AG//Ticketing//DE", method="PUBLISH"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251002T150000Z",
            "DTSTART;TZID=Europe/Zurich:20251025T100000",
            "DTEND;TZID=Europe/Zurich:20251025T160000",
            prop("SUMMARY", "Berner Karrieretag ICT 2025"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "BERNEXPO, Mingerstrasse 6, 3014 Bern"),
        ),
    )
    return Ev("job-fair", uid, ics, 0, trap="job-fair-de")


def _referee_call() -> Ev:
    uid = "9b2f6d0h4referee8k3m7q1v5@google.com"
    desc = (
        "Grüezi Herr Brunner\n\nThomas Wyss hat Sie als Referenzperson angegeben (er hat von 2019 bis 2023 "
        "in Ihrem Team gearbeitet). Ich würde Sie gerne kurz zu seiner Arbeitsweise befragen – ca. 15 "
        "Minuten. Ich rufe Sie an.\n\nFreundliche Grüsse\nLea Schmutz, Talent Partner, Infrabit Solutions AG"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251203T113000",
            "DTEND;TZID=Europe/Zurich:20251203T114500",
            "DTSTAMP:20251201T091500Z",
            org("lea.schmutz@infrabit.ch", "Lea Schmutz"),
            f"UID:{uid}",
            att(USER_WORK, "reto.brunner@bekb-infra.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Telefon"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Referenzauskunft Thomas Wyss"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("referee-call", uid, ics, 0, trap="reference-call-user-is-referee-de")


def _recruiter_no_employer() -> Ev:
    uid = outlook_uid("headhunter-vertrauliches-mandat-finanz")
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Wie auf LinkedIn angekündigt, möchte ich Ihnen ein vertrauliches Mandat vorstellen: Leitung "
        "IT-Betrieb bei einem mittelgrossen Finanzinstitut im Raum Bern. Den Namen unserer Mandantin kann "
        "ich Ihnen erst nach einem ersten Gespräch nennen.\n\n"
        "Freundliche Grüsse\nStéphanie Marchand\nSenior Partner, Horizon Executive Search"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("s.marchand@horizon-es.ch", "Marchand, Stéphanie"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Telefonat Horizon Executive Search – vertrauliches Mandat", ";LANGUAGE=de-CH"),
            dt(WEU, "20251201T123000"),
            dt(WEU, "20251201T130000", "DTEND"),
            "DTSTAMP:20251126T100000Z",
            prop("LOCATION", "Telefon", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev("recruiter-no-employer", uid, ics, 0, trap="recruiter-call-no-employer-de")


def _prep_block() -> Ev:
    uid = "a5c1e7f3-prep-alpenfirn-2025"
    ics = vcal(
        head_tb(),
        TZ_ZURICH,
        vevent(
            "CREATED:20251020T200000Z",
            "LAST-MODIFIED:20251020T200300Z",
            "DTSTAMP:20251020T200300Z",
            f"UID:{uid}",
            prop("SUMMARY", "Vorbereitung Zweitgespräch Alpenfirn – Präsentation «100 Tage»"),
            "DTSTART;TZID=Europe/Zurich:20251026T140000",
            "DTEND;TZID=Europe/Zurich:20251026T170000",
            prop("DESCRIPTION", "Folien fertig machen, Geschäftsbericht Alpenfirn lesen, Fragen an Urs Lehmann "
                 "notieren."),
            "TRANSP:OPAQUE",
            alarm("-PT30M", "Default Mozilla Description"),
        ),
    )
    return Ev("prep-block", uid, ics, 0, trap="prep-block-names-company-de")


def events() -> list[Ev]:
    return [
        _school(),
        _wk(),
        _gemeinderat(),
        _cab_recurring(),
        _appraisal(),
        _exit_interview(),
        _coffee_chat(),
        _job_fair(),
        _referee_call(),
        _recruiter_no_employer(),
        _prep_block(),
    ]
