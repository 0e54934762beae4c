"""holdout67: negatives, part B (appraisal, exit, coffee chats, fairs, referee, anonymous recruiters, prep ...)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    U_CN,
    U_WEB,
    U_WORK,
    Ev,
    a_g,
    a_ol,
    esc,
    google_export,
    google_uid,
    guid,
    hexid,
    html,
    meet_en,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_de,
    vcal,
)

WT = "W. Europe Standard Time"
H_IOS = ["CALSCALE:GREGORIAN", "PRODID:-//Apple Inc.//iPhone OS 18.2//EN", "VERSION:2.0"]


def _ol(seed: str, summary: str, desc: str, start: str, end: str, people: list[str], location: str,
        lang: str = "de-DE", busy: str = "BUSY") -> list[str]:
    return [
        "BEGIN:VEVENT", *people, f"DESCRIPTION;LANGUAGE={lang}:" + esc(desc), f"UID:{outlook_uid(seed)}",
        t(f"SUMMARY;LANGUAGE={lang}", summary), f"DTSTART;TZID={WT}:{start}", f"DTEND;TZID={WT}:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261117T100000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t(f"LOCATION;LANGUAGE={lang}", location), *outlook_tail(seed, busy=busy),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]


def _g(seed: str, summary: str, desc: str, start: str, end: str, people: list[str], location: str = "",
       tz: str = "") -> list[str]:
    ds = f"DTSTART;TZID={tz}:{start}" if tz else f"DTSTART:{start}"
    de = f"DTEND;TZID={tz}:{end}" if tz else f"DTEND:{end}"
    return ["BEGIN:VEVENT", ds, de, "DTSTAMP:20261120T080000Z", *people, f"UID:{google_uid(seed)}",
            "CREATED:20261120T075959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261120T075959Z",
            t("LOCATION", location), "SEQUENCE:0", "STATUS:CONFIRMED", t("SUMMARY", summary), "TRANSP:OPAQUE",
            "END:VEVENT"]


def _own_google(seed: str, summary: str, desc: str, start: str, end: str, location: str = "",
                allday: bool = False, extra: list[str] | None = None) -> list[str]:
    if allday:
        dt = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    else:
        dt = [f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}"]
    return ["BEGIN:VEVENT", *dt, *(extra or []), "DTSTAMP:20270201T070000Z", f"UID:{google_uid(seed)}",
            "CREATED:20261201T200000Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261201T200000Z",
            t("LOCATION", location), "SEQUENCE:0", "STATUS:CONFIRMED", t("SUMMARY", summary),
            "TRANSP:" + ("TRANSPARENT" if allday else "OPAQUE"), "END:VEVENT"]


RW = ("Wieland, Ralf", "r.wieland@neckar-automation.de")
SP = ("Pfeiffer, Sandra", "s.pfeiffer@neckar-automation.de")
ME = ("Demir, Yusuf", U_WORK)


def n_appraisal() -> Ev:
    s = "appraisal"
    desc = ("Hallo Yusuf,\n\nwie jedes Jahr unser Jahresgespräch: Rückblick 2026, Ziele 2027, Weiterbildung und "
            "Gehalt. Bitte den Vorbereitungsbogen aus dem Intranet ausfüllen und mitbringen.\n\nRalf")
    ve = _ol(s, "Mitarbeiterjahresgespräch Yusuf Demir / Ralf Wieland", desc, "20261215T140000", "20261215T150000",
             [org(*RW), a_ol(*ME)], "Büro Ralf (2.09)")
    return Ev("outlook-own-appraisal-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(s), 0, trap="appraisal-de")


def n_exit() -> Ev:
    s = "exit"
    desc = ("Hallo Yusuf,\n\nschade, dass du uns verlässt! Wie bei allen Austritten möchten wir gern ein kurzes "
            "Exit-Interview mit dir führen – dein ehrliches Feedback hilft uns. Außerdem klären wir Rückgabe von "
            "Laptop und Schlüssel, Resturlaub und dein Arbeitszeugnis.\n\nViele Grüße\nSandra")
    ve = _ol(s, "Austrittsgespräch (Exit-Interview) – Yusuf Demir", desc, "20270225T150000", "20270225T154500",
             [org(*SP), a_ol(*ME)], "HR-Büro EG")
    return Ev("outlook-own-exit-interview-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(s), 0,
              trap="exit-interview-de")


def n_coffee_de() -> Ev:
    s = "coffee-sarah"
    desc = ("Fragen an Sarah: Wie ist die Abteilung von Röder so? Überstunden? Homeoffice? Einstiegsgehalt bei "
            "Brennwald? Lohnt sich die Fahrt nach Sindelfingen?")
    ve = _g(s, "Kaffee mit Sarah (Kommilitonin, jetzt bei Brennwald) – Einblick Fahrwerk", desc,
            "20261128T140000Z", "20261128T153000Z",
            [org(U_CN, U_WEB), a_g("Sarah König", "sarah.koenig.93@gmail.com", ps="ACCEPTED"),
             a_g(U_CN, U_WEB, ps="ACCEPTED")], "Café Herzog, Esslingen")
    return Ev("google-coffee-chat-names-company-de", vcal(H_GOOGLE, [], [ve]), google_uid(s), 0,
              trap="coffee-chat-informational-de")


def n_coffee_en() -> Ev:
    s = "coffee-daan"
    desc = ("Hey Yusuf,\n\nhappy to chat about what it's like to work at Lindqvist and living in Eindhoven. Just an "
            "informal chat between engineers – not part of the interview process, so no need to prepare anything."
            "\n\nCheers,\nDaan\n\n" + meet_en(s))
    ve = _g(s, "Coffee chat Yusuf / Daan – life at Lindqvist & Eindhoven", desc, "20261204T163000Z",
            "20261204T170000Z",
            [org("Daan Visser", "daan.visser@lindqvist-motion.com"),
             a_g("Daan Visser", "daan.visser@lindqvist-motion.com", ps="ACCEPTED"), a_g(U_CN, U_WEB)])
    return Ev("google-coffee-chat-employee-en", vcal(H_GOOGLE, [], [ve]), google_uid(s), 0,
              trap="coffee-chat-not-interview-en")


def n_jobfair_de() -> Ev:
    s = "jobfair-stgt"
    ve = _own_google(s, "Karrieretag Automotive Stuttgart – Messe, Halle 4",
                     "Lebensläufe (10x) mitnehmen!\nStände: Brennwald, Feuerbach Mobility, Mobilis, Pohl\n"
                     "Parken P14, Ticket ist im Handy", "20270206", "20270207", "Messe Stuttgart", allday=True)
    return Ev("google-own-job-fair-de", vcal(google_export(), [], [ve]), google_uid(s), 0, trap="job-fair-de")


def n_jobfair_nl() -> Ev:
    uid = f"{digits_like('eventbrite')}@eventbrite.com"
    desc = ("High Tech Career Event Eindhoven 2027\n\nMeet 60+ high-tech companies from the Brainport region, join "
            "CV check sessions and short talks on working in the Netherlands (30% ruling, housing).\n\n"
            "Order #" + digits_like("ebo") + " – 1 x Free admission (Yusuf Demir)\n\nView your ticket: "
            "https://www.eventbrite.nl/mytickets")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270110T101010Z", "DTSTART;TZID=Europe/Amsterdam:20270211T130000",
        "DTEND;TZID=Europe/Amsterdam:20270211T180000", t("SUMMARY", "High Tech Career Event Eindhoven 2027"),
        t("DESCRIPTION", desc), t("LOCATION", "Evoluon, Eindhoven"), "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Eventbrite Inc//Eventbrite//EN", "METHOD:PUBLISH"]
    return Ev("eventbrite-career-fair-en", vcal(hdr, ["Europe/Amsterdam"], [ve]), uid, 0,
              trap="job-fair-eventbrite-en")


def digits_like(seed: str) -> str:
    return str(int(hexid(seed, 12), 16))[:11]


def n_reference_call() -> Ev:
    s = "reference-haug"
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "Herr Tobias Haug hat sich bei uns als Inbetriebnahmetechniker beworben und Sie als Referenz angegeben "
            "(gemeinsame Zeit bei Neckar Automation). Vielen Dank, dass Sie sich für ein kurzes Telefonat (ca. 15 "
            "Minuten) Zeit nehmen. Ich rufe Sie auf Ihrem Handy an.\n\n"
            "Mit freundlichen Grüßen\nJens Bäuerle\nPersonalleitung · Oberle Antriebe GmbH")
    ve = _ol(s, "Telefonat Referenzauskunft – Tobias Haug", desc, "20261210T170000", "20261210T171500",
             [org("Bäuerle, Jens", "j.baeuerle@oberle-antriebe.de"), a_ol(U_CN, U_WEB)], "Telefon")
    return Ev("outlook-user-is-referee-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(s), 0,
              trap="reference-call-user-referee-de")


def n_headhunter_anon() -> Ev:
    s = "headhunter-kern"
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "vielen Dank für Ihre Rückmeldung auf meine Nachricht bei LinkedIn. Wie angekündigt möchte ich Ihnen in "
            "einem kurzen Telefonat eine vertrauliche Position als Automatisierungsingenieur bei einem "
            "mittelständischen Sondermaschinenbauer im Raum Reutlingen vorstellen. Den Namen meines Mandanten "
            "nenne ich Ihnen gern, sobald Sie grundsätzliches Interesse haben.\n\n"
            "Beste Grüße\nFrank Kern\nKernberg Executive Search")
    ve = _ol(s, "Telefonat Hr. Kern (Kernberg Executive Search) – Position Automatisierungsingenieur", desc,
             "20261123T173000", "20261123T180000",
             [org("Kern, Frank", "f.kern@kernberg-search.de"), a_ol(U_CN, U_WEB)], "Telefon")
    return Ev("outlook-headhunter-no-employer-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(s), 0,
              trap="recruiter-call-no-employer-de")


def n_agency_intro_en() -> Ev:
    s = "vandijk-intro"
    desc = ("Hi Yusuf,\n\ngreat to connect! In this call I'd like to learn more about your background and what "
            "you're looking for, and tell you about the mechatronics market in the Brainport region. No specific "
            "vacancy yet – we'll see what fits.\n\nBest,\nSophie van Dijk\nVan Dijk Talent\n\n" + meet_en(s))
    ve = _g(s, "Intro call Yusuf Demir / Van Dijk Talent – engineering opportunities in NL", desc,
            "20261214T160000Z", "20261214T163000Z",
            [org("Sophie van Dijk", "sophie@vandijktalent.nl"),
             a_g("Sophie van Dijk", "sophie@vandijktalent.nl", ps="ACCEPTED"), a_g(U_WEB, U_WEB)])
    return Ev("google-agency-intro-no-employer-en", vcal(H_GOOGLE, [], [ve]), google_uid(s), 0,
              trap="recruiter-call-no-employer-en")


def n_prep_de() -> Ev:
    s = "prep-brennwald"
    ve = _own_google(s, "Vorbereitung VG Brennwald", "STAR-Beispiele (Inbetriebnahme Linie 4, Fehlersuche CAN)\n"
                     "Geschäftsbericht + Fahrwerk-Artikel lesen\nFragen an Röder notieren", "20261201T190000",
                     "20261201T210000")
    return Ev("google-own-prep-block-de", vcal(google_export(), ["Europe/Berlin"], [ve]), google_uid(s), 0,
              trap="prep-block-de")


def n_prep_en() -> Ev:
    s = "prep-lindqvist"
    ve = _own_google(s, "Prep: Lindqvist onsite", "motion control basics (cascade loops, feedforward)\n"
                     "questions for Marco: team size, travel, relocation support\nprint tickets NS + DB",
                     "20261214T193000", "20261214T210000")
    return Ev("google-own-prep-block-en", vcal(google_export(), ["Europe/Berlin"], [ve]), google_uid(s), 0,
              trap="prep-block-en")


def n_fat_customer() -> Ev:
    s = "fat-mobilis"
    desc = ("Hallo zusammen,\n\n"
            "Werksabnahme (FAT) der Montagezelle MZ-07 mit dem Kunden Mobilis Fahrzeugelektronik. Teilnehmer Kunde: "
            "Herr Pfau (Fertigungsplanung), Frau Lorenz (Qualität). Yusuf bitte die Schrittketten und die "
            "Sicherheitsabnahme vorführen.\n\nGruß\nJochen Scholl\nProjektleitung\n\n" + teams_de(s))
    ve = _ol(s, "FAT Montagezelle MZ-07 – Kunde Mobilis", desc, "20270105T090000", "20270105T150000",
             [org("Scholl, Jochen", "j.scholl@neckar-automation.de"), a_ol(*ME), a_ol(*RW),
              a_ol("Pfau, Dieter", "dieter.pfau@mobilis-fe.de"), a_ol("Lorenz, Katja", "katja.lorenz@mobilis-fe.de")],
             "Neckar Automation, Montagehalle 2")
    return Ev("outlook-internal-customer-fat-de", vcal(H_OUTLOOK, [WT], [ve]), outlook_uid(s), 0,
              trap="internal-customer-meeting-names-company-de")


def n_tutorium() -> Ev:
    s = "tutorium"
    desc = ("Tutorium zur Vorlesung Regelungstechnik 1 (MEB3), Übungsgruppe B.\nTutor: Yusuf Demir\n"
            "Übungsblätter auf Moodle.\n\nProf. Dr. Heike Baur")
    ve = ["BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20261118T173000", "DTEND;TZID=Europe/Berlin:20261118T190000",
          "RRULE:FREQ=WEEKLY;UNTIL=20270127T163000Z;BYDAY=WE", "EXDATE;TZID=Europe/Berlin:20261223T173000,"
          "20261230T173000", "DTSTAMP:20261020T080000Z", org("Heike Baur", "heike.baur@hs-plochingen.de"),
          f"UID:{google_uid(s)}", a_g("Yusuf Demir", U_WEB, ps="ACCEPTED"),
          "CREATED:20261020T075959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261020T075959Z",
          t("LOCATION", "HS Plochingen, Geb. 2, Raum 2.201"), "SEQUENCE:0", "STATUS:CONFIRMED",
          t("SUMMARY", "Tutorium Regelungstechnik – Übungsgruppe B"), "TRANSP:OPAQUE", "END:VEVENT"]
    return Ev("google-recurring-tutoring-de", vcal(H_GOOGLE, ["Europe/Berlin"], [ve]), google_uid(s), 0,
              trap="tutoring-recurring-de")


def n_mock_oral() -> Ev:
    s = "mock-oral"
    ve = _own_google(s, "Probeprüfung mündlich Regelungstechnik (Tutorium)",
                     "simulierte Prüfungsgespräche je 15 min:\n17:30 Leon\n17:45 Aylin\n18:00 Jakob\n18:15 Marie\n"
                     "Fragen: Bode-Diagramm, PID-Auslegung, Stabilität", "20270203T173000", "20270203T183000",
                     "HS Plochingen, Raum 2.201")
    return Ev("google-own-mock-oral-exam-de", vcal(google_export(), ["Europe/Berlin"], [ve]), google_uid(s), 0,
              trap="mock-exam-tutor-de")


def n_family_call_tr() -> Ev:
    uid = guid("dayi", upper=True)
    ve = ["BEGIN:VEVENT", "CREATED:20261201T200000Z", "DTEND;TZID=Europe/Berlin:20261206T160000",
          "DTSTAMP:20261201T200012Z", "DTSTART;TZID=Europe/Berlin:20261206T150000", "LAST-MODIFIED:20261201T200012Z",
          "SEQUENCE:0", t("SUMMARY", "Dayım ile görüntülü görüşme (Ankara)"),
          t("DESCRIPTION", "Annemle birlikte – Emre'nin düğün tarihi konuşulacak"), "TRANSP:OPAQUE", f"UID:{uid}",
          "END:VEVENT"]
    return Ev("ios-family-video-call-tr", vcal(H_IOS, ["Europe/Berlin"], [ve]), uid, 0, trap="family-gorusme-tr")


def n_birthday_tr() -> Ev:
    s = "anne-dogum"
    ve = _own_google(s, "Annemin doğum günü 🎂", "hediye al! çiçek + Thermomix tarif kitabı?", "20261219",
                     "20261220", allday=True, extra=["RRULE:FREQ=YEARLY"])
    return Ev("google-family-birthday-tr", vcal(google_export(), [], [ve]), google_uid(s), 0,
              trap="family-birthday-tr")


def events() -> list[Ev]:
    return [n_appraisal(), n_exit(), n_coffee_de(), n_coffee_en(), n_jobfair_de(), n_jobfair_nl(),
            n_reference_call(), n_headhunter_anon(), n_agency_intro_en(), n_prep_de(), n_prep_en(), n_fat_customer(),
            n_tutorium(), n_mock_oral(), n_family_call_tr(), n_birthday_tr()]
