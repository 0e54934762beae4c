"""holdout74 negatives: prep, coaching, classes, networking, exams, agency contact, vendors."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    USER_WORK,
    WEU,
    WEU_FR,
    Ev,
    alarm,
    att,
    dt,
    google_footer,
    head_apple,
    head_google,
    head_outlook,
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


def _prep_en() -> Ev:
    uid = "B7D2E4F1-0A9C-4E3B-8F56-PREP-LEDGERLINE"
    ics = vcal(
        head_apple("macOS 15.1"),
        TZ_ZURICH,
        vevent(
            "CREATED:20251115T090000Z",
            "DTSTAMP:20251115T090010Z",
            "DTSTART;TZID=Europe/Zurich:20251117T190000",
            "DTEND;TZID=Europe/Zurich:20251117T210000",
            prop("SUMMARY", "Prep: Ledgerline final round – STAR stories + questions for CTO"),
            prop("DESCRIPTION", "1) outage 2023 story 2) FINMA audit 3) vendor exit. Re-read Aditi's blog "
                 "post. Train to Zurich 07:32."),
            f"UID:{uid}",
            "SEQUENCE:0",
        ),
    )
    return Ev("prep-block-en", uid, ics, 0, trap="prep-block-names-company-en")


def _career_counselling() -> Ev:
    uid = "biz-bern-beratung-2025-10-2231@be.ch"
    desc = (
        "Terminbestätigung Laufbahnberatung\n\nBeratungsperson: Markus Hänni\n"
        "Thema: Standortbestimmung / berufliche Neuorientierung 45+\n"
        "Bitte Lebenslauf und aktuelle Arbeitszeugnisse mitbringen.\n\nBIZ Bern-Mittelland"
    )
    ics = vcal(
        head_tool("-//BIZ Bern//Terminverwaltung//DE", method="PUBLISH"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20250925T080000Z",
            "DTSTART;TZID=Europe/Zurich:20251008T170000",
            "DTEND;TZID=Europe/Zurich:20251008T180000",
            prop("SUMMARY", "Laufbahnberatung BIZ – Standortbestimmung"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "BIZ Bern-Mittelland, Bremgartenstrasse 37, 3012 Bern"),
        ),
    )
    return Ev("career-counselling", uid, ics, 0, trap="career-counselling-de")


def _isaca() -> Ev:
    uid = "isaca-bern-afterwork-2025-11@isaca-bern.ch"
    desc = (
        "ISACA Switzerland Chapter – Afterwork Bern\n\n18:00 Referat «Zero Trust im Spitalumfeld» "
        "(Marc Gfeller)\n19:00 Apéro riche und Networking\n\nCPE: 1 Punkt"
    )
    ics = vcal(
        head_tool("-//ISACA Switzerland Chapter//Events//EN", method="PUBLISH"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251020T100000Z",
            "DTSTART;TZID=Europe/Zurich:20251120T180000",
            "DTEND;TZID=Europe/Zurich:20251120T210000",
            prop("SUMMARY", "ISACA Afterwork Bern: Zero Trust im Spitalumfeld"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Kursaal Bern, Kornhausstrasse 3"),
        ),
    )
    return Ev("networking-event", uid, ics, 0, trap="networking-event-de")


def _vendor() -> Ev:
    uid = outlook_uid("bekb-servalto-hardware-refresh")
    desc = (
        "Agenda:\n- Roadmap Server / HCI\n- Angebot Hardware-Refresh Filialen 2026 (120 Clients, 14 "
        "Server)\n- Lieferfristen, Rücknahme Altgeräte\n\nTeilnehmende Lieferant: Oliver Hess (Account "
        "Manager), Sabrina Keller (Presales)"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org(USER_WORK, "Brunner, Reto"),
            att("oliver.hess@servalto.ch", "Hess, Oliver"),
            att("simon.zuercher@bekb-infra.ch", "Zürcher, Simon"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Lieferantengespräch Servalto – Hardware-Refresh Filialen", ";LANGUAGE=de-CH"),
            dt(WEU, "20251112T130000"),
            dt(WEU, "20251112T143000", "DTEND"),
            "DTSTAMP:20251030T090000Z",
            prop("LOCATION", "SZ 3.12 Schwanengasse", ";LANGUAGE=de-CH"),
            outlook_tail(busy="BUSY"),
        ),
    )
    return Ev("vendor-meeting", uid, ics, 0, trap="vendor-meeting-de")


def _student_interviews_user() -> Ev:
    uid = outlook_uid("bekb-vertiefungsarbeit-noah")
    desc = (
        "Hallo Herr Brunner\n\nFür meine Vertiefungsarbeit (BMS) zum Thema «Digitalisierung im Bankwesen» "
        "würde ich Sie gerne interviewen. Ich habe ca. 10 Fragen vorbereitet und würde das Gespräch mit Ihrem "
        "Einverständnis aufnehmen.\n\nVielen Dank!\nNoah Stalder, Lernender Informatiker 3. Lehrjahr"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("noah.stalder@bekb-infra.ch", "Stalder, Noah"),
            att(USER_WORK, "Brunner, Reto"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Interview für Vertiefungsarbeit (Noah Stalder)", ";LANGUAGE=de-CH"),
            dt(WEU, "20251127T160000"),
            dt(WEU, "20251127T163000", "DTEND"),
            "DTSTAMP:20251120T120000Z",
            prop("LOCATION", "Büro R. Brunner", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev("apprentice-interviews-user", uid, ics, 0, trap="student-interviews-user-de")


def _french_class() -> Ev:
    uid = outlook_uid("ecole-langues-simulation-entretien")
    desc = (
        "Bonjour Monsieur Brunner,\n\nPour la leçon de jeudi, nous ferons une simulation d'entretien "
        "d'embauche en français (présentation personnelle, questions fréquentes, vocabulaire IT). Merci de "
        "préparer une présentation de 3 minutes.\n\nBien à vous,\nCatherine Rossier, École de langues Aare"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_FR),
        vevent(
            org("c.rossier@langues-aare.ch", "Rossier, Catherine"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=fr-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Cours de français C1 – simulation d'entretien d'embauche", ";LANGUAGE=fr-CH"),
            dt(WEU_FR, "20251113T180000"),
            dt(WEU_FR, "20251113T193000", "DTEND"),
            "DTSTAMP:20251107T100000Z",
            prop("LOCATION", "École de langues Aare, Spitalgasse 4, Berne", ";LANGUAGE=fr-CH"),
            outlook_tail(),
        ),
    )
    return Ev("language-class-mock-fr", uid, ics, 0, trap="mock-language-class-fr")


def _spanish_class() -> Ev:
    uid = "3p7t1x5b9clase0c4g8k2m6q@google.com"
    desc = (
        "Hola Reto:\n\nTe confirmo la clase de conversación de esta semana. Tema: viajes y vacaciones "
        "(preparación para tu viaje a Andalucía). Trae las frases que escribiste la semana pasada.\n\n"
        "Un saludo,\nLucía Fernández"
        + google_footer("es")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251203T190000",
            "DTEND;TZID=Europe/Zurich:20251203T200000",
            "RRULE:FREQ=WEEKLY;COUNT=8",
            "DTSTAMP:20251128T160000Z",
            org("lucia.fernandez.profe@gmail.com", "Lucía Fernández"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Online (Skype)"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Clase de español – conversación B1"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("spanish-class", uid, ics, 0, trap="class-es")


def _thankyou_task() -> Ev:
    uid = "C0D1E2F3-A4B5-4C6D-9E8F-DANKE-SENSOVIA"
    ics = vcal(
        head_apple("iOS 18.1"),
        TZ_ZURICH,
        vevent(
            "CREATED:20251106T113000Z",
            "DTSTAMP:20251106T113005Z",
            "DTSTART;TZID=Europe/Zurich:20251106T163000",
            "DTEND;TZID=Europe/Zurich:20251106T164500",
            prop("SUMMARY", "Merci-Mail an Julien & Claire (Sensovia) schicken"),
            prop("DESCRIPTION", "Auf Französisch! GAMP-5-Frage nochmals aufgreifen."),
            f"UID:{uid}",
            "SEQUENCE:0",
            alarm("PT0S", "Reminder"),
        ),
    )
    return Ev("follow-up-task", uid, ics, 0, trap="follow-up-task-names-company-de")


def _exam_expert() -> Ev:
    uid = outlook_uid("qv-informatiker-fachgespraech-expert")
    desc = (
        "Sehr geehrter Herr Brunner\n\nVielen Dank für Ihren Einsatz als Prüfungsexperte im "
        "Qualifikationsverfahren Informatiker/in EFZ. Sie führen zusammen mit Frau Regula Blaser die "
        "Fachgespräche (IPA-Präsentation und Befragung) mit folgenden Kandidierenden:\n"
        "08:30 L. Moser\n10:00 A. Hadorn\n13:30 J. Kocher\n\n"
        "Prüfungsleitung ICT-Berufsbildung Bern"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("qv@ict-berufsbildung-bern.ch", "Prüfungsleitung QV Informatik"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("regula.blaser@gmx.ch", "Regula Blaser"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "QV Informatiker/in EFZ – Fachgespräche (Expertenteam 4)", ";LANGUAGE=de-CH"),
            dt(WEU, "20260511T080000"),
            dt(WEU, "20260511T160000", "DTEND"),
            "DTSTAMP:20260120T090000Z",
            prop("LOCATION", "gibb Berufsfachschule, Lorrainestrasse 5, Bern", ";LANGUAGE=de-CH"),
            outlook_tail(busy="BUSY"),
        ),
    )
    return Ev("exam-expert", uid, ics, 0, trap="exam-expert-fachgespraech-de")


def _agency_lunch() -> Ev:
    uid = "6d0h4l8p2lunch5q9t3x7b1f@google.com"
    desc = (
        "Lieber Reto\n\nFreue mich auf unser Mittagessen! Ich gebe dir ein Update zum Markt für IT-Führungs"
        "positionen im Espace Mittelland und wir schauen, wie ich dich weiter unterstützen kann.\n\n"
        "Herzlich\nSimone"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20260108T120000",
            "DTEND;TZID=Europe/Zurich:20260108T133000",
            "DTSTAMP:20251219T100000Z",
            org("simone.kaenzig@brunnmatt-search.ch", "Simone Känzig"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Restaurant Lorenzini, Hotelgasse 10, Bern"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Lunch Reto Brunner / Simone Känzig (Brunnmatt) – Marktupdate"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("agency-lunch", uid, ics, 0, trap="agency-lunch-no-employer-de")


def _linkedin_live() -> Ev:
    uid = "evt-linkedin-live-7391550021@linkedin.com"
    desc = (
        "You're registered for: How IT leaders should prepare for their next interview (LinkedIn Live)\n"
        "Hosted by CIO Circle Switzerland\nSpeakers: Anna Brändli (executive recruiter), Tom Baker (CIO)\n\n"
        "Join: https://www.linkedin.com/events/7391550021/\n\n"
        + teams("en", "305 771 223 910", "Live25")
    )
    ics = vcal(
        head_tool("-//LinkedIn Corporation//LinkedIn Events//EN", method="PUBLISH"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251101T120000Z",
            "DTSTART:20251125T170000Z",
            "DTEND:20251125T180000Z",
            prop("SUMMARY", "LinkedIn Live: How IT leaders should prepare for their next interview"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Online"),
        ),
    )
    return Ev("linkedin-live", uid, ics, 0, trap="webinar-en")


def events() -> list[Ev]:
    return [
        _prep_en(),
        _career_counselling(),
        _isaca(),
        _vendor(),
        _student_interviews_user(),
        _french_class(),
        _spanish_class(),
        _thankyou_task(),
        _exam_expert(),
        _agency_lunch(),
        _linkedin_live(),
    ]
