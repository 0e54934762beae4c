"""holdout74 negatives: the user on the hiring side at his current job (part 1)."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_WORK,
    WEU,
    WEU_DE,
    WEU_FR,
    Ev,
    alarm,
    att,
    dt,
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


def _outlook(uid: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], desc: str,
             location: str, lang: str = "de-CH", tzid: str = WEU, seq: int = 0) -> str:
    return vcal(
        head_outlook(),
        tz_windows(tzid),
        vevent(
            organizer,
            attendees,
            prop("DESCRIPTION", desc, f";LANGUAGE={lang}"),
            f"UID:{uid}",
            prop("SUMMARY", summary, f";LANGUAGE={lang}"),
            dt(tzid, start),
            dt(tzid, end, "DTEND"),
            "DTSTAMP:20251020T080000Z",
            prop("LOCATION", location, f";LANGUAGE={lang}"),
            outlook_tail(seq=seq, busy="BUSY"),
        ),
    )


def _candidate_gmail() -> Ev:
    uid = outlook_uid("bekb-vg-systemingenieur-ammann")
    desc = (
        "Guten Tag Herr Ammann\n\n"
        "Vielen Dank für Ihre Bewerbung als Systemingenieur Windows/VMware. Gerne lade ich Sie zu einem "
        "Vorstellungsgespräch ein. Seitens Bank nehmen Simon Zürcher (Teamleiter Server & Storage) und ich "
        "teil. Bitte melden Sie sich am Empfang Schwanengasse.\n\n"
        "Freundliche Grüsse\nReto Brunner\nLeiter IT-Infrastruktur"
    )
    ics = _outlook(
        uid, "Vorstellungsgespräch Systemingenieur Windows/VMware – Lukas Ammann", "20251014T080000",
        "20251014T091500", org(USER_WORK, "Brunner, Reto"),
        [att("lukas.ammann93@gmail.com", "lukas.ammann93@gmail.com"),
         att("simon.zuercher@bekb-infra.ch", "Zürcher, Simon"),
         att("sz-3.12@bekb-infra.ch", "SZ 3.12 Schwanengasse", cutype="ROOM", role="NON-PARTICIPANT",
             rsvp=False)],
        desc, "SZ 3.12 Schwanengasse",
    )
    return Ev("user-organises-candidate", uid, ics, 0, trap="user-as-interviewer-candidate-gmail-de")


def _kit_successfactors() -> Ev:
    uid = "SF-ITV-1d44e0a8-bekb-REQ2290-CAND40117@successfactors.eu"
    desc = (
        "Sie wurden als Interviewer:in für folgendes Gespräch eingeplant:\n\n"
        "Kandidatin: Mélanie Favre\nStelle: Senior Network Engineer (REQ-2290)\n"
        "Interviewer:innen: Reto Brunner, Patrick Leu\n\n"
        "Interview-Leitfaden und Bewertungsbogen: https://performancemanager5.successfactors.eu/sf/recruiting"
        "?req=2290&cand=40117\n"
        "Bitte erfassen Sie Ihre Bewertung innerhalb von 24 Stunden nach dem Gespräch.\n\n"
        "HR Recruiting"
    )
    ics = vcal(
        head_tool("-//SAP SuccessFactors//Interview Scheduling 2.0//EN"),
        TZ_ZURICH,
        vevent(
            "DTSTAMP:20251013T101010Z",
            f"UID:{uid}",
            "DTSTART;TZID=Europe/Zurich:20251016T130000",
            "DTEND;TZID=Europe/Zurich:20251016T140000",
            prop("SUMMARY", "Interview: Senior Network Engineer – Mélanie Favre"),
            prop("LOCATION", "Microsoft Teams"),
            prop("DESCRIPTION", desc),
            org("recruiting@bekb-infra.ch", "HR Recruiting", sent_by="noreply@successfactors.eu"),
            att(USER_WORK, "Reto Brunner"),
            att("patrick.leu@bekb-infra.ch", "Patrick Leu"),
            att("melanie.favre@hotmail.ch", "Mélanie Favre", role="NON-PARTICIPANT", rsvp=False),
        ),
    )
    return Ev("ats-interview-kit", uid, ics, 0, trap="user-as-interviewer-kit-successfactors-de")


def _scorecard_reminder() -> Ev:
    uid = outlook_uid("bekb-bewertung-petrovic")
    ics = _outlook(
        uid, "Erinnerung: Bewertungsbogen Nikola Petrović (Linux Engineer) ausfüllen", "20251017T161500",
        "20251017T163000", org(USER_WORK, "Brunner, Reto"), [],
        "Bewertung im SuccessFactors erfassen, Frist heute 18:00. Notizen aus dem Gespräch in OneNote.",
        "",
    )
    return Ev("scorecard-reminder", uid, ics, 0, trap="user-as-interviewer-scorecard-de")


def _debrief() -> Ev:
    uid = outlook_uid("bekb-debriefing-linux-engineer")
    desc = (
        "Hallo zusammen\n\nKurzes Debriefing zu den drei Kandidaten Linux Engineer (Ammann, Keller, "
        "Petrović). Bitte eure Bewertungsbögen vorher im SuccessFactors abschliessen.\n\nGruss\nNadine"
    )
    ics = _outlook(
        uid, "Debriefing Kandidaten Linux Engineer", "20251021T110000", "20251021T113000",
        org("nadine.hofer@bekb-infra.ch", "Hofer, Nadine"),
        [att(USER_WORK, "Brunner, Reto"), att("simon.zuercher@bekb-infra.ch", "Zürcher, Simon"),
         att("patrick.leu@bekb-infra.ch", "Leu, Patrick")],
        desc + "\n\n" + teams("de", "319 447 285 063", "dB4rFq"), "Microsoft Teams-Besprechung",
    )
    return Ev("debrief-candidates", uid, ics, 0, trap="user-as-interviewer-debrief-de")


def _panel_fr() -> Ev:
    uid = outlook_uid("bekb-entretien-technicienne-bienne")
    desc = (
        "Bonjour Madame Girard,\n\n"
        "Nous vous remercions pour votre candidature au poste de Technicienne / Technicien support IT pour "
        "notre site de Bienne et avons le plaisir de vous inviter à un entretien avec Reto Brunner, "
        "responsable de l'infrastructure IT, et Fabienne Maillard, cheffe d'équipe Service Desk.\n\n"
        "Meilleures salutations\nRessources humaines\n\n"
        + teams("fr", "372 004 118 935", "Bi3nne")
    )
    ics = _outlook(
        uid, "Entretien – Technicienne support IT (site de Bienne) – Mme Camille Girard", "20251023T100000",
        "20251023T110000", org("rh@bekb-infra.ch", "Ressources humaines"),
        [att(USER_WORK, "Brunner, Reto"), att("fabienne.maillard@bekb-infra.ch", "Maillard, Fabienne"),
         att("camille.girard@hotmail.fr", "camille.girard@hotmail.fr")],
        desc, "Réunion Microsoft Teams", lang="fr-CH", tzid=WEU_FR,
    )
    return Ev("panel-candidate-fr", uid, ics, 0, trap="user-as-interviewer-panel-fr")


def _technical_en() -> Ev:
    uid = outlook_uid("bekb-technical-cloud-engineer-raman")
    desc = (
        "Hi all,\n\nTechnical round for the Cloud Engineer (Azure) opening.\n"
        "Candidate: Priya Raman (currently in Zurich, relocating from Bangalore in 2024)\n"
        "Interviewers: Reto Brunner (infrastructure), Daniel Kühni (security)\n"
        "Format: 15 min intro, 45 min hands-on discussion of a landing zone design, 15 min candidate "
        "questions.\n\nCV and interview guide attached.\n\nThanks,\nNadine (HR)\n\n"
        + teams("en", "301 556 882 147", "Az9Lz2")
    )
    ics = _outlook(
        uid, "Interview: Cloud Engineer candidate – Priya Raman (technical round)", "20251104T150000",
        "20251104T161500", org("nadine.hofer@bekb-infra.ch", "Hofer, Nadine"),
        [att(USER_WORK, "Brunner, Reto"), att("daniel.kuehni@bekb-infra.ch", "Kühni, Daniel"),
         att("priya.raman.cloud@outlook.com", "Priya Raman")],
        desc, "Microsoft Teams Meeting", lang="en-US",
    )
    return Ev("technical-round-en", uid, ics, 0, trap="user-as-interviewer-technical-en")


def _shadowing() -> Ev:
    uid = outlook_uid("bekb-shadowing-nadia-service-desk")
    desc = (
        "Hoi Nadia\n\nWie im Führungskräfte-Programm besprochen: Du begleitest mich beim Interview mit dem "
        "Kandidaten für den Service Desk (Herr Kaufmann) und beobachtest. Danach 15 Min. Feedback unter "
        "uns.\n\nGruss Reto"
    )
    ics = _outlook(
        uid, "Shadowing: Interview Service Desk Agent – Nadia begleitet Reto", "20251106T133000",
        "20251106T150000", org(USER_WORK, "Brunner, Reto"),
        [att("nadia.roth@bekb-infra.ch", "Roth, Nadia")], desc, "SZ 2.05 Schwanengasse", tzid=WEU_DE,
    )
    return Ev("shadowing-interview", uid, ics, 0, trap="user-as-interviewer-shadowing-de")


def _calendly_host() -> Ev:
    uid = "a1f0e3c7-5b22-4e9d-8c61-calendly-lernende@calendly.com"
    desc = (
        "Ein neuer Termin wurde gebucht.\n\n"
        "Event Type: Kennenlernen Lehrstelle Informatiker/in EFZ (30 Min.)\n"
        "Invitee: Elin Gerber\nInvitee Email: elin.gerber2010@gmail.com\n"
        "Event Date/Time: 14:00 - Mittwoch, 12. November 2025 (Central European Time)\n"
        "Location: Schwanengasse 2, 3011 Bern, Empfang EG\n\n"
        "Questions:\nWer begleitet dich?\nMeine Mutter (Claudia Gerber)\n\n"
        "View event in Calendly: https://calendly.com/app/scheduled_events/user/me"
    )
    ics = vcal(
        head_tool("-//Calendly//Calendly Booking//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251103T174522Z",
            "DTSTART:20251112T130000Z",
            "DTEND:20251112T133000Z",
            prop("SUMMARY", "Elin Gerber and Reto Brunner"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Schwanengasse 2, 3011 Bern"),
            org(USER_WORK, "Reto Brunner"),
            att("elin.gerber2010@gmail.com", "Elin Gerber", partstat="ACCEPTED", rsvp=False),
            att(USER_WORK, "Reto Brunner", partstat="ACCEPTED", rsvp=False),
        ),
    )
    return Ev("calendly-user-host", uid, ics, 0, trap="user-as-interviewer-calendly-host-apprentice-de")


def _agency_candidate() -> Ev:
    uid = outlook_uid("talentbruecke-kandidatenvorstellung-chappuis")
    desc = (
        "Grüezi Herr Brunner\n\n"
        "Wie telefonisch vereinbart, stelle ich Ihnen Herrn Yves Chappuis für die Position System Engineer "
        "Network vor. Sein anonymisiertes Dossier haben Sie bereits erhalten. Herr Chappuis kommt direkt zu "
        "Ihnen an die Schwanengasse.\n\n"
        "Freundliche Grüsse\nMarco Baumgartner\nSenior Consultant IT\nTalentbrücke Personal AG"
    )
    ics = _outlook(
        uid, "Kandidatenvorstellung: Yves Chappuis – System Engineer Network", "20251111T160000",
        "20251111T170000", org("m.baumgartner@talentbruecke.ch", "Baumgartner, Marco"),
        [att(USER_WORK, "Brunner, Reto")], desc, "Schwanengasse 2, 3011 Bern",
    )
    return Ev("agency-presents-candidate", uid, ics, 0, trap="user-as-interviewer-agency-candidate-de")


def _hand_typed() -> Ev:
    uid = outlook_uid("bekb-own-gespraech-meier")
    ics = vcal(
        head_outlook(method="PUBLISH", version="Microsoft Outlook 16.0"),
        tz_windows(WEU),
        vevent(
            prop("DESCRIPTION", "CV ausdrucken. Frage nach Pikett-Bereitschaft! Simon kommt dazu.",
                 ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Gespräch Kandidat Meier 2. Runde", ";LANGUAGE=de-CH"),
            dt(WEU, "20251125T074500"),
            dt(WEU, "20251125T084500", "DTEND"),
            "DTSTAMP:20251118T063000Z",
            prop("LOCATION", "mein Büro", ";LANGUAGE=de-CH"),
            "CLASS:PUBLIC",
            "TRANSP:OPAQUE",
            "SEQUENCE:0",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            alarm("-PT15M"),
        ),
    )
    return Ev("own-note-candidate", uid, ics, 0, trap="user-as-interviewer-hand-typed-de")


def events() -> list[Ev]:
    return [
        _candidate_gmail(),
        _kit_successfactors(),
        _scorecard_reminder(),
        _debrief(),
        _panel_fr(),
        _technical_en(),
        _shadowing(),
        _calendly_host(),
        _agency_candidate(),
        _hand_typed(),
    ]
