"""holdout74: the user's own interviews sent by ATS and scheduling tools (part 1)."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    Ev,
    alarm,
    att,
    head_tool,
    meet,
    org,
    prop,
    teams,
    vcal,
    vevent,
    zoom,
)


def _successfactors_alpenfirn() -> Ev:
    uid = "SF-ITV-7f3a91c2-alpenfirn-REQ4471-CAND88120@successfactors.eu"
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Vielen Dank für Ihre Bewerbung als Head of IT Operations (80–100 %) bei der Alpenfirn Versicherungen AG. "
        "Gerne bestätigen wir Ihnen das erste Gespräch:\n\n"
        "Art: Telefoninterview (ca. 30 Minuten)\n"
        "Gesprächspartnerin: Sandra Aebischer, Talent Acquisition Partner\n"
        "Sie werden unter der Nummer angerufen, die Sie in Ihrer Bewerbung angegeben haben.\n\n"
        "Sollte der Termin nicht passen, antworten Sie bitte direkt auf diese Einladung.\n\n"
        "Freundliche Grüsse\nHR Recruiting\nAlpenfirn Versicherungen AG, Bundesgasse 31, 3011 Bern\n\n"
        "Diese Nachricht wurde über SAP SuccessFactors Recruiting versendet."
    )
    ics = vcal(
        head_tool("-//SAP SuccessFactors//Interview Scheduling 2.0//EN"),
        TZ_ZURICH,
        vevent(
            "DTSTAMP:20251006T071244Z",
            f"UID:{uid}",
            "DTSTART;TZID=Europe/Zurich:20251009T083000",
            "DTEND;TZID=Europe/Zurich:20251009T090000",
            prop("SUMMARY", "Telefoninterview: Head of IT Operations (80-100%) - Reto Brunner"),
            prop("LOCATION", "Telefon"),
            prop("DESCRIPTION", desc),
            org("sandra.aebischer@alpenfirn.ch", "Sandra Aebischer", sent_by="noreply@successfactors.eu"),
            att(USER_FREE, "Reto Brunner"),
            att("sandra.aebischer@alpenfirn.ch", "Sandra Aebischer", partstat="ACCEPTED", rsvp=False),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            alarm("-PT30M", "Telefoninterview Alpenfirn"),
        ),
    )
    return Ev(
        "successfactors-screen", uid, ics, 1, "Alpenfirn Versicherungen", "Head of IT Operations",
        "recruiter_screen", ("sandra.aebischer@alpenfirn.ch",), "successfactors-phone-screen-de",
    )


def _umantis_ssj() -> Ev:
    uid = "umantis-3b7e0c55-21f4-4a0e-9d1f-6c2a8b9e1177"
    desc = (
        "Sehr geehrter Herr Brunner\n\n"
        "Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle\n\n"
        "Leiter/in ICT-Betrieb (100 %)\n\n"
        "einladen zu dürfen.\n\n"
        "Datum: Dienstag, 14. Oktober 2025\nZeit: 14.00 – 15.30 Uhr\n"
        "Ort: Spitalgruppe Seeland-Jura AG, Verwaltungsgebäude Lyss, Sitzungszimmer 2.14 (bitte am Empfang "
        "melden)\n\n"
        "Gesprächsteilnehmende:\n- Marc Gfeller, Leiter ICT\n- Dr. Bettina Hauri, Direktorin Finanzen & "
        "Dienste\n\n"
        "Bei Fragen steht Ihnen Jolanda Wüthrich, HR-Assistentin, gerne zur Verfügung (Tel. 032 387 44 10).\n\n"
        "Freundliche Grüsse\nPersonaldienst SSJ\n\n"
        "-- \nDiese Einladung wurde automatisch aus Abacus Umantis generiert. Bitte antworten Sie nicht auf "
        "diese E-Mail."
    )
    ics = vcal(
        head_tool("-//Abacus Research AG//Umantis Talent Management//DE"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251001T120507Z",
            "DTSTART;TZID=Europe/Zurich:20251014T140000",
            "DTEND;TZID=Europe/Zurich:20251014T153000",
            prop("SUMMARY", "Vorstellungsgespräch Leiter/in ICT-Betrieb"),
            prop("LOCATION", "Verwaltungsgebäude Lyss, Sitzungszimmer 2.14, Spitalstrasse 9, 3250 Lyss"),
            prop("DESCRIPTION", desc),
            org("personaldienst@spital-sj.ch", "Personaldienst Spitalgruppe Seeland-Jura"),
            att(USER_FREE, "Reto Brunner"),
            att("marc.gfeller@spital-sj.ch", "Marc Gfeller", rsvp=False),
            att("bettina.hauri@spital-sj.ch", "Dr. Bettina Hauri", rsvp=False),
            att("jolanda.wuethrich@spital-sj.ch", "Jolanda Wüthrich", role="OPT-PARTICIPANT", rsvp=False),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
    )
    return Ev(
        "umantis-vorstellung", uid, ics, 1, "Spitalgruppe Seeland-Jura", "Leiter/in ICT-Betrieb", "",
        ("marc.gfeller@spital-sj.ch", "bettina.hauri@spital-sj.ch"), "umantis-coordinator-de",
    )


def _workday_alpnet() -> Ev:
    uid = "WD-INTERVIEW-EVT-0b81f2d4c6e84a1f9f0e2a77c3d5b611@alpnet.wd3.myworkdayjobs.com"
    desc = (
        "Dear Reto,\n\n"
        "Thank you for your interest in the IT Operations Manager position (Job Requisition R-10442) at Alpnet "
        "Communications. Your interview has been scheduled as follows:\n\n"
        "Interview Type: Hiring Manager Interview\n"
        "Interviewer: Jonas Meyer, Director Infrastructure & Network Operations\n"
        "Duration: 60 minutes\n"
        "Format: Video call (Zoom) - details below\n\n"
        "If you need to reschedule, please contact your recruiter Elena Bianchi (elena.bianchi@alpnet.ch).\n\n"
        + zoom("en", "862 1190 4478", "771902")
        + "\n\nThis is a system-generated message from Workday."
    )
    ics = vcal(
        head_tool("-//Workday Inc.//Workday Recruiting//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251008T152211Z",
            "DTSTART:20251016T130000Z",
            "DTEND:20251016T140000Z",
            prop("SUMMARY", "Interview Scheduled: IT Operations Manager (R-10442) - Hiring Manager Interview"),
            prop("LOCATION", "https://eu01web.zoom.us/j/86211904478"),
            prop("DESCRIPTION", desc),
            org("alpnet@myworkday.com", "Alpnet Communications Recruiting"),
            att(USER_FREE, "Reto Brunner"),
            att("jonas.meyer@alpnet.ch", "Jonas Meyer"),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "workday-hm", uid, ics, 1, "Alpnet Communications", "IT Operations Manager", "hiring_manager",
        ("jonas.meyer@alpnet.ch",), "workday-utc-en",
    )


def _personio_thl() -> Ev:
    uid = "personio-interview-5512873-7d1e2f@thl-group.jobs.personio.de"
    desc = (
        "Hallo Reto Brunner,\n\n"
        "wie besprochen laden wir dich zum ersten Interview für die Position Leiter IT (w/m/d) ein.\n\n"
        "Teilnehmende auf unserer Seite:\n"
        "Patrick Imhof – CEO\nDaniela Frei – HR Business Partner\n\n"
        "Adresse: Transhelvetica Logistik AG, Industriestrasse 40, 4622 Egerkingen. Parkplätze für Besucher "
        "findest du vor Halle C.\n\n"
        "Wir freuen uns auf das Gespräch!\nDein THL-Recruiting-Team\n\n"
        "Powered by Personio"
    )
    ics = vcal(
        head_tool("-//Personio GmbH//Personio Recruiting//DE"),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251021T100000",
            "DTEND;TZID=Europe/Zurich:20251021T113000",
            "DTSTAMP:20251013T090312Z",
            f"UID:{uid}",
            prop("SUMMARY", "Interview: Leiter IT (w/m/d) | Reto Brunner"),
            prop("LOCATION", "Industriestrasse 40, 4622 Egerkingen"),
            prop("DESCRIPTION", desc),
            org("daniela.frei@thl-group.ch", "Daniela Frei"),
            att("patrick.imhof@thl-group.ch", "Patrick Imhof", partstat="ACCEPTED"),
            att("daniela.frei@thl-group.ch", "Daniela Frei", partstat="ACCEPTED"),
            att(USER_FREE, "Reto Brunner"),
            "SEQUENCE:0",
        ),
    )
    return Ev(
        "personio-erstes", uid, ics, 1, "Transhelvetica Logistik", "Leiter IT (w/m/d)", "",
        ("patrick.imhof@thl-group.ch", "daniela.frei@thl-group.ch"), "personio-abbrev-domain-de",
    )


def _teamtailor_sensovia() -> Ev:
    uid = "tt-meeting-2c9d4e71-8a55-4b3f-b0e6-f41a7c0d2e98@teamtailor.com"
    desc = (
        "Bonjour Reto,\n\n"
        "Merci pour votre candidature au poste de Responsable Infrastructure IT chez Sensovia Medical. "
        "Comme convenu, voici l'invitation pour votre entretien avec Claire Monnier, COO et future "
        "responsable hiérarchique du poste.\n\n"
        "Durée : 45 minutes\n\n"
        + meet("fr", "qzv-hkpr-ume", "604 118 273")
        + "\n\nÀ bientôt,\nLéa Dubois\nTalent Acquisition, Sensovia Medical SA, Yverdon-les-Bains\n\n"
        "Envoyé avec Teamtailor"
    )
    ics = vcal(
        head_tool("-//Teamtailor//Teamtailor Calendar//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251020T081500Z",
            "DTSTART;TZID=Europe/Zurich:20251023T160000",
            "DTEND;TZID=Europe/Zurich:20251023T164500",
            prop("SUMMARY", "Entretien : Responsable Infrastructure IT – Reto Brunner"),
            prop("LOCATION", "https://meet.google.com/qzv-hkpr-ume"),
            prop("DESCRIPTION", desc),
            org("lea.dubois@sensovia.ch", "Léa Dubois"),
            att("claire.monnier@sensovia.ch", "Claire Monnier"),
            att(USER_FREE, "Reto Brunner"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/qzv-hkpr-ume",
        ),
    )
    return Ev(
        "teamtailor-entretien", uid, ics, 1, "Sensovia Medical", "Responsable Infrastructure IT",
        "hiring_manager", ("claire.monnier@sensovia.ch",), "teamtailor-meet-fr",
    )


def _greenhouse_rhenovia() -> Ev:
    uid = "greenhouse-interview-4418230051-0a6f@greenhouse.io"
    desc = (
        "Hi Reto,\n\n"
        "Here are the details for your upcoming interview with Rhenovia Therapeutics for the Head of IT (Basel) "
        "role.\n\n"
        "Interview: Infrastructure & Security Deep Dive (panel)\n"
        "Interviewers:\n  Thomas Wenger - VP Technical Operations\n  Aisha Rahman - Information Security "
        "Officer\n\n"
        "The panel will ask you to walk through an infrastructure you have run end to end, including a "
        "significant incident. No slides required.\n\n"
        + teams("en", "391 554 820 117", "Tq7Hx2")
        + "\n\nQuestions? Reply to Hannah Lutz, Recruiting Coordinator.\n\n"
        "Sent via Greenhouse on behalf of Rhenovia Therapeutics AG."
    )
    ics = vcal(
        head_tool("-//Greenhouse Software//Greenhouse Recruiting//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251027T101934Z",
            "DTSTART;TZID=Europe/Zurich:20251030T150000",
            "DTEND;TZID=Europe/Zurich:20251030T161500",
            prop("SUMMARY", "Reto Brunner - Infrastructure & Security Deep Dive (Rhenovia Therapeutics)"),
            prop("LOCATION", "Microsoft Teams"),
            prop("DESCRIPTION", desc),
            org("hannah.lutz@rhenovia.com", "Hannah Lutz"),
            att(USER_FREE, "Reto Brunner"),
            att("thomas.wenger@rhenovia.com", "Thomas Wenger"),
            att("aisha.rahman@rhenovia.com", "Aisha Rahman"),
            "SEQUENCE:1",
            "STATUS:CONFIRMED",
        ),
    )
    return Ev(
        "greenhouse-panel", uid, ics, 1, "Rhenovia Therapeutics", "Head of IT (Basel)", "technical",
        ("thomas.wenger@rhenovia.com", "aisha.rahman@rhenovia.com"), "greenhouse-panel-coordinator-en",
    )


def _lever_infrabit() -> Ev:
    uid = "lever-3e0b2f8c-91d4-4c7a-a1b6-5d8e3f2a9c04@hire.lever.co"
    desc = (
        "Hi Reto,\n\n"
        "Looking forward to our chat about the Head of Managed Infrastructure role. I'll give you an overview "
        "of Infrabit and the team, and I'd like to hear about your experience running operations in a "
        "regulated environment.\n\n"
        "I'll call you on +41 79 418 22 63. If that's not right, let me know.\n\n"
        "Best,\nLea Schmutz\nTalent Partner | Infrabit Solutions AG\n\n"
        "---\nScheduled with Lever"
    )
    ics = vcal(
        head_tool("-//Lever//Lever Hire//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251015T134400Z",
            "DTSTART:20251017T080000Z",
            "DTEND:20251017T083000Z",
            prop("SUMMARY", "Reto Brunner <> Infrabit | Phone Screen"),
            prop("LOCATION", "Phone call"),
            prop("DESCRIPTION", desc),
            org("lea.schmutz@infrabit.ch", "Lea Schmutz"),
            att("lea.schmutz@infrabit.ch", "Lea Schmutz", partstat="ACCEPTED", rsvp=False),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev(
        "lever-phone", uid, ics, 1, "Infrabit Solutions", "Head of Managed Infrastructure", "recruiter_screen",
        ("lea.schmutz@infrabit.ch",), "lever-phone-screen-en",
    )


def _ashby_ledgerline() -> Ev:
    uid = "ashby-sched-6f4e21a0-3cbb-47d2-8e11-b2d90c7a5f36@ashbyhq.com"
    desc = (
        "Hi Reto,\n\n"
        "We're excited to host you in Zurich for your final round for Head of IT & Workplace!\n\n"
        "Agenda\n"
        "09:30 - Welcome (Mia Keller, Talent Coordinator)\n"
        "09:45 - Leadership & strategy with Aditi Kapoor, CTO\n"
        "10:45 - Security, compliance & FINMA outsourcing with Fabian Roth, CISO\n"
        "11:45 - Lunch with the workplace team (informal)\n\n"
        "Address: Ledgerline AG, Hardstrasse 201, 8005 Zürich, 4th floor. Ask for Mia at reception.\n\n"
        "Powered by Ashby"
    )
    ics = vcal(
        head_tool("-//Ashby//Ashby Scheduling//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251110T164512Z",
            "DTSTART;TZID=Europe/Zurich:20251118T093000",
            "DTEND;TZID=Europe/Zurich:20251118T123000",
            prop("SUMMARY", "Final Round: Reto Brunner (Head of IT & Workplace) - Ledgerline"),
            prop("LOCATION", "Ledgerline AG, Hardstrasse 201, 8005 Zürich"),
            prop("DESCRIPTION", desc),
            org("mia.keller@ledgerline.ch", "Mia Keller"),
            att(USER_FREE, "Reto Brunner"),
            att("aditi.kapoor@ledgerline.ch", "Aditi Kapoor"),
            att("fabian.roth@ledgerline.ch", "Fabian Roth"),
            att("mia.keller@ledgerline.ch", "Mia Keller", partstat="ACCEPTED", rsvp=False),
            att("zrh-4-ballroom@ledgerline.ch", "ZRH-4 Ballroom (10)", cutype="ROOM", role="NON-PARTICIPANT",
                rsvp=False),
            "SEQUENCE:0",
        ),
    )
    return Ev(
        "ashby-final", uid, ics, 1, "Ledgerline", "Head of IT & Workplace", "final",
        ("aditi.kapoor@ledgerline.ch", "fabian.roth@ledgerline.ch"), "ashby-onsite-room-en",
    )


def _smartrecruiters_jurastein() -> Ev:
    uid = "SR-INT-a8c93f2e57@smartrecruiters.com"
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Gerne laden wir Sie zum Schlussgespräch für die Position IT-Leiter/in (100 %) ein. Am Gespräch "
        "nehmen Roger Bärtschi (CEO) und Karin Schenk (CFO) teil.\n\n"
        "Das Gespräch findet per Microsoft Teams statt:\n\n"
        + teams("de", "312 887 604 551", "m8WpQz")
        + "\n\nFreundliche Grüsse\nJurastein Baustoffe AG\nPersonalabteilung"
    )
    ics = vcal(
        head_tool("-//SmartRecruiters//SmartRecruiters Interview//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251124T070001Z",
            "DTSTART;TZID=Europe/Zurich:20251127T170000",
            "DTEND;TZID=Europe/Zurich:20251127T180000",
            prop("SUMMARY", "Interview: IT-Leiter/in (100%) - Jurastein Baustoffe AG"),
            prop("LOCATION", "Microsoft Teams"),
            prop("DESCRIPTION", desc),
            org("no-reply@smartrecruiters.com", "Jurastein Baustoffe AG"),
            att(USER_FREE, "Reto Brunner"),
            att("roger.baertschi@jurastein.ch", "Roger Bärtschi"),
            att("karin.schenk@jurastein.ch", "Karin Schenk"),
        ),
    )
    return Ev(
        "smartrecruiters-schluss", uid, ics, 1, "Jurastein Baustoffe", "IT-Leiter/in (100 %)", "final",
        ("roger.baertschi@jurastein.ch", "karin.schenk@jurastein.ch"), "smartrecruiters-teams-de",
    )


def _workable_iaws() -> Ev:
    uid = "workable-evt-9931-b7f0d2a4e6@workablemail.com"
    desc = (
        "Hi Reto,\n\n"
        "Thanks for applying for the Head of ICT position at the International Alliance for Water Safety (IAWS) "
        "in Geneva. I'd like to schedule a first conversation to go through your background and the "
        "practicalities of the role (Geneva-based, 2 days remote).\n\n"
        + zoom("en", "943 2207 6615", "IAWS24")
        + "\n\nKind regards,\nNadia Haddad\nHR Officer, IAWS"
    )
    ics = vcal(
        head_tool("-//Workable//Workable Calendar Invite//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251103T111111Z",
            "DTSTART;TZID=Europe/Zurich:20251105T110000",
            "DTEND;TZID=Europe/Zurich:20251105T113000",
            prop("SUMMARY", "Video interview with Nadia Haddad for Head of ICT"),
            prop("LOCATION", "Zoom"),
            prop("DESCRIPTION", desc),
            org("nadia.haddad@iaws.org", "Nadia Haddad"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev(
        "workable-video", uid, ics, 1, "International Alliance for Water Safety", "Head of ICT",
        "recruiter_screen", ("nadia.haddad@iaws.org",), "workable-company-in-body-en",
    )


def events() -> list[Ev]:
    return [
        _successfactors_alpenfirn(),
        _umantis_ssj(),
        _workday_alpnet(),
        _personio_thl(),
        _teamtailor_sensovia(),
        _greenhouse_rhenovia(),
        _lever_infrabit(),
        _ashby_ledgerline(),
        _smartrecruiters_jurastein(),
        _workable_iaws(),
    ]
