"""holdout122: the user's own interviews sent through applicant-tracking systems (part 1)."""

from __future__ import annotations

from holdout122ev_ics import (
    EXCHANGE,
    GMAIL,
    GOOGLE,
    OUTLOOK,
    TEAMS_DE,
    TEAMS_EN,
    USER,
    Ev,
    att,
    cal,
    dt,
    meet,
    org,
    pos,
    t,
    teams,
    zoom,
)

ME = att(GMAIL, USER)


def _pixelfjord() -> list[Ev]:
    uid1 = "gh-4471829003-9b1e2f@greenhouse.io"
    d1 = (
        "Hi Inés,\n\nThanks for making time to speak with Pixelfjord Studios about the Localization Lead role! "
        "Below are the details of your interview.\n\nInterview schedule (Europe/Oslo):\n"
        "11:00 - 11:30  Maren Dahl, Talent Partner\n\n"
        "Maren will call you on Google Meet. If you need to reschedule, just reply to Ingrid, our recruiting "
        "coordinator.\n\nBest,\nIngrid Solheim\nRecruiting Coordinator | Pixelfjord Studios\n\n" + meet("pfj-qmsw-tzn")
    )
    e1 = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Oslo", "20260212T110000"), dt("DTEND", "Europe/Oslo", "20260212T113000"),
        "DTSTAMP:20260205T142217Z", org("ingrid.solheim@pixelfjord.no", "Ingrid Solheim"), f"UID:{uid1}",
        att("maren.dahl@pixelfjord.no", "Maren Dahl", ps="ACCEPTED", extra=";X-NUM-GUESTS=0"),
        att(GMAIL, USER, extra=";X-NUM-GUESTS=0"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/pfj-qmsw-tzn", "CREATED:20260205T142216Z",
        f"DESCRIPTION:{t(d1)}", "LAST-MODIFIED:20260205T142217Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Interview with Pixelfjord Studios: Localization Lead (Inés Navarro Ruiz)')}",
        "TRANSP:OPAQUE",
    ]], tzs=("Europe/Oslo",))
    uid2 = "gh-4471829117-0c5a77@greenhouse.io"
    d2 = (
        "Hi Inés,\n\nGreat news – the team would like to continue with a panel on localization pipeline and "
        "tooling (string extraction, TMS/CAT setup, LQA process for live-ops). No preparation is required, "
        "but feel free to bring examples.\n\nSchedule (CET):\n"
        "14:00 - 14:45  Sindre Haugen, Lead Tools Engineer\n14:45 - 15:30  Camille Berthier, Localization "
        "Producer\n\nThe zoom link is below. Ingrid Solheim (coordinator) will not join.\n\n"
        + zoom("812 4470 1935", "Pf8kLw2TnQ", host="pixelfjord")
    )
    e2 = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Oslo", "20260226T140000"), dt("DTEND", "Europe/Oslo", "20260226T153000"),
        "DTSTAMP:20260218T091044Z", org("ingrid.solheim@pixelfjord.no", "Ingrid Solheim"), f"UID:{uid2}",
        att("sindre.haugen@pixelfjord.no", "Sindre Haugen", ps="ACCEPTED"),
        att("camille.berthier@pixelfjord.no", "Camille Berthier", ps="ACCEPTED"),
        ME, f"DESCRIPTION:{t(d2)}", "LOCATION:https://pixelfjord.zoom.us/j/81244701935", "SEQUENCE:0",
        "STATUS:CONFIRMED", f"SUMMARY:{t('Pixelfjord Studios - Localization Lead - Panel: Pipeline & Tools')}",
        "TRANSP:OPAQUE",
    ]], tzs=("Europe/Oslo",))
    return [
        pos("greenhouse-en", uid1, e1, "Pixelfjord Studios", "Localization Lead", "recruiter_screen",
            "maren.dahl@pixelfjord.no", "greenhouse-coordinator-en"),
        pos("greenhouse-en", uid2, e2, "Pixelfjord Studios", "Localization Lead", "technical",
            "sindre.haugen@pixelfjord.no;camille.berthier@pixelfjord.no", "greenhouse-panel-zoom-en"),
    ]


def _sonder() -> list[Ev]:
    uid1 = "lever-3f0d2c1e-77b4-4a51-9e1c-5ad0e6a2b9f1"
    d1 = (
        "Hi Inés,\n\nLooking forward to our conversation about the Vendor Manager, Localization position at "
        "Sonder Travel.\n\nThis is a 30-minute introductory call with me (Talent Acquisition). We'll talk "
        "about your background, your vendor-management experience and what you're looking for.\n\n"
        "Video call: https://meet.google.com/snd-ravp-kke\n\nCheers,\nNoor Visser\nTalent Acquisition Partner\n\n"
        "Scheduled with Lever"
    )
    e1 = cal(GOOGLE, [[
        "DTSTART:20260303T090000Z", "DTEND:20260303T093000Z", "DTSTAMP:20260226T155802Z",
        org("noor.visser@sondertravel.com", "Noor Visser"), f"UID:{uid1}",
        att("noor.visser@sondertravel.com", "Noor Visser", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d1)}", "LOCATION:https://meet.google.com/snd-ravp-kke", "SEQUENCE:0",
        "STATUS:CONFIRMED", f"SUMMARY:{t('Sonder Travel <> Inés Navarro Ruiz – Intro call')}", "TRANSP:OPAQUE",
    ]], tzs=())
    uid2 = "lever-9ab2e0f4-1c63-4d0e-8f27-b1c04e6d3a58"
    d2 = (
        "Hi Inés,\n\nYou're confirmed for your interview with Pieter de Wit, Head of Content & Localization, "
        "for the Vendor Manager, Localization role.\n\nPieter would like to hear how you have built and run a "
        "vendor network across 20+ languages, and how you handle rate negotiations and quality escalations."
        "\n\nLocation: Google Meet (link in the invite)\n\nNoor Visser\nSonder Travel Talent\n\n"
        "Scheduled with Lever\n" + meet("snd-pwdw-qxa")
    )
    e2 = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Amsterdam", "20260311T150000"), dt("DTEND", "Europe/Amsterdam", "20260311T154500"),
        "DTSTAMP:20260305T081210Z", org("noor.visser@sondertravel.com", "Noor Visser"), f"UID:{uid2}",
        att("pieter.dewit@sondertravel.com", "Pieter de Wit", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d2)}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Interview: Vendor Manager, Localization – Hiring Manager (Pieter de Wit)')}",
        "TRANSP:OPAQUE",
    ]], tzs=("Europe/Amsterdam",))
    return [
        pos("lever-en", uid1, e1, "Sonder Travel", "Vendor Manager, Localization", "recruiter_screen",
            "noor.visser@sondertravel.com",
            "lever-intro-utc-en"),
        pos("lever-en", uid2, e2, "Sonder Travel", "Vendor Manager, Localization", "hiring_manager",
            "pieter.dewit@sondertravel.com", "lever-hm-escaped-comma-en"),
    ]


def _cortado() -> list[Ev]:
    uid1 = "2c5b7a90-1e4f-4c61-a0f3-8d21f6e0b4aa@ashbyhq.com"
    d1 = (
        "Hi Inés,\n\nYour Recruiter Screen for the Localization Program Manager role at Cortado Labs is "
        "confirmed.\n\nInterviewer: Beatriz Lemos (Talent)\nDuration: 30 min\nLocation: Google Meet\n\n"
        "Need to reschedule? Use the link in your confirmation email.\n\nPowered by Ashby"
    )
    e1 = cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{uid1}", "DTSTAMP:20260114T101500Z", "DTSTART:20260120T100000Z", "DTEND:20260120T103000Z",
        f"SUMMARY:{t('Inés Navarro Ruiz - Recruiter Screen - Localization Program Manager')}",
        f"DESCRIPTION:{t(d1)}", "LOCATION:https://meet.google.com/ctd-hhxe-ofs",
        org("scheduling@cortadolabs.pt", "Cortado Labs Recruiting"),
        att("beatriz.lemos@cortadolabs.pt", "Beatriz Lemos", ps="ACCEPTED"), ME, "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]])
    uid2 = "8e01c3d2-55a0-4b7a-9c0e-1f3a2d6b7c40@ashbyhq.com"
    d2 = (
        "Hi Inés,\n\nThe next step is the Case Study Interview (60 min). You'll walk the panel through your "
        "plan for launching the Cortado app in four new markets (pt-BR, es-MX, fr-FR, de-DE): vendors, TMS, "
        "QA and budget.\n\nInterviewers:\n• Rita Sequeira – Head of Operations\n• Tomás Vaz – Senior Product "
        "Manager\n\nCoordinator: Beatriz Lemos (will not attend)\n\nPowered by Ashby"
    )
    e2 = cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{uid2}", "DTSTAMP:20260128T164233Z", "DTSTART:20260204T140000Z", "DTEND:20260204T150000Z",
        f"SUMMARY:{t('Inés Navarro Ruiz - Case Study Interview - Localization Program Manager')}",
        f"DESCRIPTION:{t(d2)}", "LOCATION:https://meet.google.com/ctd-wnoq-pra",
        org("scheduling@cortadolabs.pt", "Cortado Labs Recruiting"),
        att("rita.sequeira@cortadolabs.pt", "Rita Sequeira", ps="ACCEPTED"),
        att("tomas.vaz@cortadolabs.pt", "Tomás Vaz", ps="TENTATIVE"), ME, "STATUS:CONFIRMED", "SEQUENCE:0",
    ]])
    return [
        pos("ashby-en", uid1, e1, "Cortado Labs", "Localization Program Manager", "recruiter_screen",
            "beatriz.lemos@cortadolabs.pt", "ashby-utc-en"),
        pos("ashby-en", uid2, e2, "Cortado Labs", "Localization Program Manager", "technical",
            "rita.sequeira@cortadolabs.pt;tomas.vaz@cortadolabs.pt", "ashby-case-coordinator-en"),
    ]


def _heliograf() -> list[Ev]:
    uid1 = "WD-INT-000418822-R2026-0412@myworkday.com"
    d1 = (
        "Dear Inés Navarro Ruiz,\n\nThank you for your interest in the position Senior Localization Manager "
        "(R-2026-0412) at Heliograf AG.\n\nWe are pleased to invite you to an interview with the Hiring "
        "Manager, Andrea Keller (Director Product Experience).\n\nFormat: Microsoft Teams\n\n"
        "Kind regards\nTalent Acquisition Heliograf AG\n\n" + teams(TEAMS_EN, "NjQ3ZTk0", "318 552 870 114", "x4Qe7p")
    )
    e1 = cal(OUTLOOK, [[
        f"UID:{uid1}", "DTSTAMP:20260302T073011Z",
        dt("DTSTART", "W. Europe Standard Time", "20260310T100000"),
        dt("DTEND", "W. Europe Standard Time", "20260310T110000"),
        org("heliograf@myworkday.com", "Heliograf AG Talent Acquisition"),
        att("andrea.keller@heliograf.ch", "Keller, Andrea"), att(GMAIL, USER),
        f"SUMMARY:{t('Interview: Senior Localization Manager - R-2026-0412')}", f"DESCRIPTION:{t(d1)}",
        "LOCATION:Microsoft Teams Meeting", "CLASS:PUBLIC", "PRIORITY:5", "SEQUENCE:0", "STATUS:CONFIRMED",
        "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
    ]], tzs=("W. Europe Standard Time",))
    uid2 = "040000008200E00074C5B7101A82E00800000000B0F2C1A97D3BDC01000000000000000010000000A3C1E0F9"
    d2 = (
        "Liebe Frau Navarro Ruiz,\n\nwir freuen uns, Sie zum finalen Gespräch bei uns in Zürich begrüssen zu "
        "dürfen.\n\nAblauf:\n09:30 Empfang (Lobby, 3. OG)\n09:45 Präsentation Ihrer Fallstudie vor Andrea "
        "Keller und Matthias Brunner (CPO)\n11:00 Gespräch mit Lea Graf (HR Business Partner)\n\nBitte bringen "
        "Sie einen amtlichen Ausweis mit.\n\nFreundliche Grüsse\nTalent Acquisition Heliograf AG"
    )
    e2 = cal(EXCHANGE, [[
        f"UID:{uid2}", "DTSTAMP:20260318T121500Z",
        dt("DTSTART", "W. Europe Standard Time", "20260325T093000"),
        dt("DTEND", "W. Europe Standard Time", "20260325T120000"),
        org("talent@heliograf.ch", "Talent Acquisition Heliograf", sent_by="lea.graf@heliograf.ch"),
        att("andrea.keller@heliograf.ch", "Keller, Andrea"), att("matthias.brunner@heliograf.ch", "Brunner, Matthias"),
        att("lea.graf@heliograf.ch", "Graf, Lea"), att(GMAIL, "Navarro Ruiz, Inés"),
        att("ZRH-3.12-Matterhorn@heliograf.ch", "ZRH-3.12 Matterhorn (10)", cutype="ROOM", role="NON-PARTICIPANT"),
        f"SUMMARY:{t('Finales Gespräch – Senior Localization Manager (vor Ort)')}",
        f"DESCRIPTION;LANGUAGE=de-CH:{t(d2)}",
        f"LOCATION:{t('Heliograf AG, Hardturmstrasse 161, 8005 Zürich – Raum Matterhorn')}", "SEQUENCE:1",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tzs=("W. Europe Standard Time",))
    return [
        pos("workday-en", uid1, e1, "Heliograf AG", "Senior Localization Manager", "hiring_manager",
            "andrea.keller@heliograf.ch", "workday-windows-zone-en"),
        pos("exchange-de", uid2, e2, "Heliograf AG", "Senior Localization Manager", "final",
            "andrea.keller@heliograf.ch;matthias.brunner@heliograf.ch;lea.graf@heliograf.ch",
            "final-onsite-room-sentby-de"),
    ]


def _lingoloop() -> list[Ev]:
    uid1 = "personio-interview-7781245-1@lingoloop.jobs.personio.de"
    d1 = (
        "Hallo Inés,\n\nvielen Dank für Ihre Bewerbung als Team Lead Localization (m/w/d) bei der Lingoloop "
        "GmbH. Gerne möchten wir Sie in einem ersten Kennenlerngespräch mit unserer Recruiterin Jana Hoffmann "
        "näher kennenlernen.\n\nDauer: ca. 30 Minuten\nOrt: Google Meet – https://meet.google.com/lgl-eqzp-vna"
        "\n\nViele Grüße\nIhr Lingoloop People Team"
    )
    e1 = cal("-//Personio GmbH//Personio Calendar//DE", [[
        f"UID:{uid1}", "DTSTAMP:20260107T094500Z",
        dt("DTSTART", "Europe/Berlin", "20260113T143000"), dt("DTEND", "Europe/Berlin", "20260113T150000"),
        f"SUMMARY:{t('Interview: Team Lead Localization (m/w/d) – Inés Navarro Ruiz')}",
        f"DESCRIPTION:{t(d1)}", "LOCATION:https://meet.google.com/lgl-eqzp-vna",
        org("jana.hoffmann@lingoloop.de", "Jana Hoffmann"), att("jana.hoffmann@lingoloop.de", "Jana Hoffmann",
                                                                 ps="ACCEPTED"), ME,
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]], tzs=("Europe/Berlin",))
    uid2 = "personio-interview-7781245-2@lingoloop.jobs.personio.de"
    d2 = (
        "Hallo Inés,\n\nim zweiten Schritt erwartet Sie ein Fachinterview mit Katrin Vogel (Head of Language "
        "Operations) und Felix Brandt (Engineering Manager, TMS). Bitte bereiten Sie die kleine Case Study "
        "vor, die wir Ihnen per E-Mail geschickt haben (Vendor-Auswahl für drei neue Sprachen).\n\n"
        "Jana Hoffmann koordiniert den Termin und ist nicht dabei.\n\nViele Grüße\nLingoloop People Team\n\n"
        + teams(TEAMS_DE, "ZTg2MWI3", "374 112 905 338", "Lg7h2K")
    )
    e2 = cal("-//Personio GmbH//Personio Calendar//DE", [[
        f"UID:{uid2}", "DTSTAMP:20260122T160312Z",
        dt("DTSTART", "Europe/Berlin", "20260129T100000"), dt("DTEND", "Europe/Berlin", "20260129T111500"),
        f"SUMMARY:{t('Fachinterview / Case Study: Team Lead Localization (m/w/d)')}",
        f"DESCRIPTION:{t(d2)}", "LOCATION:Microsoft Teams",
        org("jana.hoffmann@lingoloop.de", "Jana Hoffmann"),
        att("katrin.vogel@lingoloop.de", "Katrin Vogel", ps="ACCEPTED"),
        att("felix.brandt@lingoloop.de", "Felix Brandt", ps="ACCEPTED"), ME, "STATUS:CONFIRMED", "SEQUENCE:0",
    ]], tzs=("Europe/Berlin",))
    return [
        pos("personio-de", uid1, e1, "Lingoloop GmbH", "Team Lead Localization (m/w/d)", "recruiter_screen",
            "jana.hoffmann@lingoloop.de", "personio-kennenlernen-de"),
        pos("personio-de", uid2, e2, "Lingoloop GmbH", "Team Lead Localization (m/w/d)", "technical",
            "katrin.vogel@lingoloop.de;felix.brandt@lingoloop.de", "personio-fachinterview-teams-de"),
    ]


def _runa() -> list[Ev]:
    uid1 = "teamtailor-interview-2219043@runagames.teamtailor.com"
    d1 = (
        "Hi Inés!\n\nYou have an interview with Runa Games for the Localization Producer position.\n\n"
        "Who you'll meet: Aino Virtanen, Lead Producer (your future manager)\n\n"
        "Join: https://meet.google.com/rna-kpzt-ygu\n\nSee you soon!\nThe Runa Games team 🎮"
    )
    e1 = cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{uid1}", "DTSTAMP:20260409T071544Z",
        dt("DTSTART", "Europe/Helsinki", "20260415T130000"), dt("DTEND", "Europe/Helsinki", "20260415T134500"),
        f"SUMMARY:{t('Interview with Runa Games – Localization Producer')}", f"DESCRIPTION:{t(d1)}",
        "LOCATION:https://meet.google.com/rna-kpzt-ygu", org("aino.virtanen@runagames.fi", "Aino Virtanen"),
        att("aino.virtanen@runagames.fi", "Aino Virtanen", ps="ACCEPTED"), ME, "STATUS:CONFIRMED",
    ]], tzs=("Europe/Helsinki",))
    uid2 = "teamtailor-interview-2219871@runagames.teamtailor.com"
    d2 = (
        "Hi Inés,\n\nThanks for sending the loc test back! In this session Joonas and Aino will go through "
        "your LQA report and bug triage for the build we shared, and ask a few questions about pseudo-"
        "localization and font fallback.\n\nJoin: https://meet.google.com/rna-hhso-fbe"
    )
    e2 = cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{uid2}", "DTSTAMP:20260424T120030Z",
        dt("DTSTART", "Europe/Helsinki", "20260429T150000"), dt("DTEND", "Europe/Helsinki", "20260429T160000"),
        f"SUMMARY:{t('Runa Games: Loc test review (Localization Producer)')}", f"DESCRIPTION:{t(d2)}",
        "LOCATION:https://meet.google.com/rna-hhso-fbe", org("aino.virtanen@runagames.fi", "Aino Virtanen"),
        att("aino.virtanen@runagames.fi", "Aino Virtanen", ps="ACCEPTED"),
        att("joonas.lehto@runagames.fi", "Joonas Lehto", ps="ACCEPTED"), ME, "STATUS:CONFIRMED",
    ]], tzs=("Europe/Helsinki",))
    return [
        pos("teamtailor-en", uid1, e1, "Runa Games", "Localization Producer", "hiring_manager",
            "aino.virtanen@runagames.fi", "teamtailor-hm-en"),
        pos("teamtailor-en", uid2, e2, "Runa Games", "Localization Producer", "technical",
            "aino.virtanen@runagames.fi;joonas.lehto@runagames.fi", "teamtailor-test-review-en"),
    ]


def _fernweh() -> list[Ev]:
    uid = "softgarden-appt-5c1d90ab4e@fernweh-reisen.softgarden.io"
    d = (
        "Sehr geehrte Frau Navarro Ruiz,\n\nvielen Dank für Ihre Bewerbung als Localization Manager DACH/ES "
        "(w/m/d). Wie vereinbart rufen wir Sie für ein kurzes Telefoninterview unter der angegebenen Nummer "
        "(+34 654 21 87 03) an.\n\nIhre Ansprechpartnerin: Sabine Krüger, Recruiting\n\n"
        "Mit freundlichen Grüßen\nFernweh Reisen GmbH · Personalabteilung\n\n"
        "Diese Einladung wurde über softgarden versendet."
    )
    e = cal("-//softgarden e-recruiting GmbH//softgarden//DE", [[
        f"UID:{uid}", "DTSTAMP:20260203T084400Z",
        dt("DTSTART", "Europe/Berlin", "20260206T110000"), dt("DTEND", "Europe/Berlin", "20260206T112500"),
        f"SUMMARY:{t('Telefoninterview Fernweh Reisen GmbH – Localization Manager DACH/ES (w/m/d)')}",
        f"DESCRIPTION:{t(d)}", "LOCATION:Telefon", org("s.krueger@fernweh-reisen.de", "Sabine Krüger"),
        att(GMAIL, USER), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]], tzs=("Europe/Berlin",))
    return [pos("softgarden-de", uid, e, "Fernweh Reisen GmbH", "Localization Manager DACH/ES (w/m/d)",
                "recruiter_screen", "s.krueger@fernweh-reisen.de", "phone-screen-softgarden-de")]


def events() -> list[Ev]:
    return [*_pixelfjord(), *_sonder(), *_cortado(), *_heliograf(), *_lingoloop(), *_runa(), *_fernweh()]
