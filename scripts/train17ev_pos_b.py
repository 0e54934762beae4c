"""train17: Katrin Vogel's own interviews, part B (English: ATS, schedulers, Brussels/remote, agencies)."""

from __future__ import annotations

from train17ev_ics import (
    GOOGLE,
    IOS,
    ME_PRIVATE,
    OUTLOOK,
    TZ_ROMANCE,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    meet,
    olson,
    org,
    s,
    teams,
    webex,
    yes,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # Greenhouse-style panel with a GoodTime coordinator, Brussels NGO
    out.append(yes("goodtime-panel", "en", cal("-//GoodTime.io//Interview Scheduler//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:gt-evt-88213-ogfe-panel@goodtime.io",
        "DTSTAMP:20261130T101010Z",
        "DTSTART;TZID=Europe/Brussels:20261208T150000",
        "DTEND;TZID=Europe/Brussels:20261208T161500",
        s("Panel Interview - Katrin Vogel - Programme Lead, Digital Public Services"),
        d("Hi Katrin,\n\nYour panel interview with the Open Government Foundation Europe is confirmed.\n\n"
          "Panel:\n- Aoife Brennan, Director of Programmes\n- Luc Vermeulen, Senior Policy Officer\n"
          "- Marta Nowak, Head of Partnerships\n\nPlease prepare a 10-minute presentation on a digital public "
          "service you helped improve.\n\nYour coordinator,\nPriya Shah (Recruiting Coordinator)\n\n"
          + zoom("en", "ogfe", "932 1180 4471", "Pnl8842x")),
        loc("Zoom"),
        org("priya.shah@ogfe.eu", "Priya Shah"),
        att(ME_PRIVATE, "Katrin Vogel"),
        att("aoife.brennan@ogfe.eu", "Aoife Brennan"),
        att("luc.vermeulen@ogfe.eu", "Luc Vermeulen"),
        att("marta.nowak@ogfe.eu", "Marta Nowak"),
        att("priya.shah@ogfe.eu", "Priya Shah", role="OPT-PARTICIPANT", partstat="ACCEPTED"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Brussels")),
        "Open Government Foundation Europe", "Programme Lead, Digital Public Services", "",
        "aoife.brennan@ogfe.eu;luc.vermeulen@ogfe.eu;marta.nowak@ogfe.eu"))

    # Lever recruiter screen, remote GovTech company
    out.append(yes("lever-screen", "en", cal("-//Lever//Lever Hire//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:lever-5b1e9a72-0c44-4d1f-bc1e-agora-screen",
        "DTSTAMP:20261117T180000Z",
        "DTSTART:20261123T150000Z",
        "DTEND:20261123T152500Z",
        s("Agora Civic Tech | Intro call with Maya (Talent)"),
        d("Hi Katrin,\n\nThanks for applying for Senior Product Owner, Civic Platforms (Remote, EU). This is a "
          "short intro call with Maya Okonkwo from our Talent team to go over your background and the role.\n\n"
          "Talk soon!\n\n" + meet("en", "kdt-rwnh-jqo")),
        "ORGANIZER;CN=Maya Okonkwo:mailto:maya@agoracivic.org",
        att("maya@agoracivic.org", "Maya Okonkwo", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"),
        "Agora Civic Tech", "Senior Product Owner, Civic Platforms", "recruiter_screen", "maya@agoracivic.org"))

    # Workday English, final round, big consultancy with abbreviation domain, Public Sector practice
    out.append(yes("workday-final", "en", cal("-//Workday Inc.//Workday Calendar//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:WD-INTERVIEW-51aa0c11f2b04f0f9dcb3e1f22aa7f10",
        "DTSTAMP:20261207T120000Z",
        "DTSTART;TZID=Europe/Berlin:20261216T140000",
        "DTEND;TZID=Europe/Berlin:20261216T150000",
        s("Final Interview: Manager, Public Sector Digital Transformation (JR-88412)"),
        d("Dear Katrin,\n\nWe are pleased to invite you to the final interview with Harwood & Sterling's Public "
          "Sector practice. You will meet Catherine Mills, Partner, Government & Public Services, DACH.\n\n"
          "Location: Harwood & Sterling LLP, Maximilianstraße 35, Munich (reception, 6th floor)\n\n"
          "Kind regards,\nH&S Talent Acquisition"),
        loc("Harwood & Sterling LLP, Maximilianstraße 35, 80539 München"),
        "ORGANIZER;CN=H&S Talent Acquisition:mailto:hs@myworkday.com",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("catherine.mills@hsllp.com", "Catherine Mills"),
        att("muc-6-boardroom@hsllp.com", "MUC 6 Boardroom (12)", cutype="ROOM", role="NON-PARTICIPANT", rsvp=""),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "Harwood & Sterling", "Manager, Public Sector Digital Transformation", "final", "catherine.mills@hsllp.com"))

    # terse title-only Google entry, typed by the user
    out.append(yes("titleonly", "en", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261201T130000Z",
        "DTEND:20261201T140000Z",
        "DTSTAMP:20261122T210000Z",
        "UID:7hs1mq4ed2k9b0v3r8a6n1cpl4@google.com",
        "CREATED:20261122T205901Z",
        "LAST-MODIFIED:20261122T205901Z",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        s("Interview Lumen PSS - tech round w/ Raj"),
        "TRANSP:OPAQUE",
        "END:VEVENT"]), head="X-WR-CALNAME:Katrin privat\nX-WR-TIMEZONE:Europe/Berlin"),
        "Lumen PSS", "", "technical", ""))

    # direct Outlook invite from a hiring manager in Vienna, English, "(UTC+01:00)" style zone
    out.append(yes("outlook-hm", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Pichler, Andreas\":mailto:andreas.pichler@tessera.at",
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hi Katrin,\n\nas discussed with our HR, let's have the conversation with me as the hiring manager for "
          "the Product Owner role in our e-ID team. 45 minutes, English is fine.\n\nBest,\nAndreas\n"
          "Head of Product, Tessera Software GmbH\n\n" + teams("en", "392 555 102 16", "Tz8aaW")),
        s("Tessera - Katrin Vogel / Andreas Pichler (Hiring Manager)"),
        "DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\":20261209T100000",
        "DTEND;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\":20261209T104500",
        "UID:040000008200E00074C5B7101A82E00800000000C1C1AD77215EDB01000000000000000010000000E551",
        "DTSTAMP:20261201T094000Z",
        "STATUS:CONFIRMED",
        loc("Microsoft Teams Meeting"),
        "END:VEVENT"]), method="REQUEST",
        tz=TZ_WEST.replace("W. Europe Standard Time",
                           "\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\"").replace(
                               "TZID:\"", "TZID:").replace("Vienna\"", "Vienna")),
        "Tessera Software", "Product Owner", "hiring_manager", "andreas.pichler@tessera.at"))

    # Ashby-style onsite loop, London/Berlin firm: schedule in description, attendees per slot
    out.append(yes("ashby-onsite", "en", cal("-//Ashby//Ashby Scheduling//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:ashby-schedule-0f2b7e11-3a95-4bde-9a4c-statecraft-onsite",
        "DTSTAMP:20261210T080000Z",
        "DTSTART:20270112T090000Z",
        "DTEND:20270112T123000Z",
        s("Onsite interviews with Statecraft Labs (Berlin office)"),
        d("Hi Katrin,\n\nLooking forward to hosting you in Berlin for the Public Sector Product Manager "
          "onsite!\n\n10:00 Welcome & office tour — Ben Adeyemi\n10:15 Product sense — Clara Dietz\n11:00 "
          "Stakeholder deep dive (procurement, Länder) — Jonas Held\n11:45 Values — Ben Adeyemi\n\nAddress: "
          "Statecraft Labs, Rosenthaler Str. 40, 10178 Berlin\n\nBest,\nNoor (Recruiting Coordinator)"),
        loc("Rosenthaler Str. 40, 10178 Berlin"),
        org("noor@statecraftlabs.com", "Noor Haddad"),
        att(ME_PRIVATE, "Katrin Vogel"),
        att("ben@statecraftlabs.com", "Ben Adeyemi"),
        att("clara@statecraftlabs.com", "Clara Dietz"),
        att("jonas@statecraftlabs.com", "Jonas Held"),
        "END:VEVENT"]), method="REQUEST"),
        "Statecraft Labs", "Public Sector Product Manager", "onsite",
        "ben@statecraftlabs.com;clara@statecraftlabs.com;jonas@statecraftlabs.com"))

    # recurring work-trial block (two days) with one override moved; remote NGO
    out.append(yes("recurring-worktrial", "en", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20270118T093000",
        "DTEND;TZID=Europe/Berlin:20270118T123000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "DTSTAMP:20261215T100000Z",
        "ORGANIZER;CN=Elena Marchetti:mailto:elena@civicbridge.eu",
        "UID:5sn0f8gqk2e7r1c4v9m3b6hdl2@google.com",
        att("elena@civicbridge.eu", "Elena Marchetti", partstat="ACCEPTED"),
        att(ME_PRIVATE, "katrin.vogel@mailbox.org"),
        d("Paid trial days for the Service Design Lead position (final stage). You'll pair with me on our "
          "municipal onboarding project; we'll debrief at noon each day.\n\nCivicBridge Europe asbl\n\n"
          + meet("en", "mfq-vwsd-pao")),
        s("CivicBridge trial day - Katrin"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20270119T130000",
        "DTEND;TZID=Europe/Berlin:20270119T160000",
        "DTSTAMP:20261216T081500Z",
        "ORGANIZER;CN=Elena Marchetti:mailto:elena@civicbridge.eu",
        "UID:5sn0f8gqk2e7r1c4v9m3b6hdl2@google.com",
        "RECURRENCE-ID;TZID=Europe/Berlin:20270119T093000",
        att("elena@civicbridge.eu", "Elena Marchetti", partstat="ACCEPTED"),
        att(ME_PRIVATE, "katrin.vogel@mailbox.org"),
        s("CivicBridge trial day - Katrin (moved to afternoon)"),
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "CivicBridge Europe", "Service Design Lead", "final", "elena@civicbridge.eu"))

    # agency (English) naming employer, recruiter not on the call
    out.append(yes("agency-en", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Whitfield, Ollie\":mailto:ollie.whitfield@northbridge-search.com",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("s.kovacs@meridian-psa.com", "Kovacs, Sara"),
        d("Hi Katrin,\n\nConfirming your first interview with my client Meridian Public Sector Advisory for "
          "the Senior Consultant - GovTech Strategy role (Zurich/remote). Sara Kovacs (Principal) will call you "
          "via Webex. I'll check in with you afterwards.\n\nOllie\nNorthbridge Search\n\n"
          + webex("en", "meridianpsa", "2744 018 3312", "Kv9!mQ")),
        s("Katrin Vogel / Meridian PSA - first interview"),
        "DTSTART;TZID=W. Europe Standard Time:20261202T170000",
        "DTEND;TZID=W. Europe Standard Time:20261202T174500",
        "UID:040000008200E00074C5B7101A82E00800000000F0A3C5E1225EDB01000000000000000010000000B112",
        "DTSTAMP:20261127T150000Z",
        loc("Webex"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Meridian Public Sector Advisory", "Senior Consultant - GovTech Strategy", "", "s.kovacs@meridian-psa.com"))

    # iOS entry copied by the user from an email: floating time, no attendees
    out.append(yes("ios-floating", "en", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:F01D22C7-9B3A-4E6E-8C11-5A0B7D3E9C21",
        "DTSTAMP:20261129T071500Z",
        "DTSTART:20261203T083000",
        "DTEND:20261203T091500",
        s("Phone screen - Opendata Institute (Policy Product Owner)"),
        d("They call me on mobile. Recruiter: Tom Hale"),
        "SEQUENCE:0",
        "END:VEVENT"])),
        "Opendata Institute", "Policy Product Owner", "recruiter_screen", ""))

    # Teams invite from a federal-agency-owned in-house consultancy (EN), technical case with resource
    out.append(yes("teams-case", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Brandis, Yvonne\":mailto:yvonne.brandis@pd-beratung.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("henrik.salomon@pd-beratung.de", "Salomon, Henrik"),
        att("beamer-b3@pd-beratung.de", "Beamer B3", cutype="RESOURCE", role="NON-PARTICIPANT", rsvp=""),
        d("Dear Ms Vogel,\n\nplease find below the invitation to the case interview for the Senior Consultant "
          "Digital Administration position at PD - Berater der öffentlichen Hand GmbH. You will work on a short "
          "case about e-file rollout in a mid-sized municipality.\n\nKind regards\nYvonne Brandis\nRecruiting\n\n"
          + teams("en", "318 227 490 11", "Cs4sE2")),
        s("Case Interview – Senior Consultant Digital Administration"),
        "DTSTART;TZID=W. Europe Standard Time:20261214T100000",
        "DTEND;TZID=W. Europe Standard Time:20261214T113000",
        "UID:040000008200E00074C5B7101A82E008000000001B7C0A66235EDB010000000000000000100000009A0F",
        "DTSTAMP:20261205T113000Z",
        loc("Microsoft Teams Meeting; Beamer B3"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "PD", "Senior Consultant Digital Administration", "technical",
        "yvonne.brandis@pd-beratung.de;henrik.salomon@pd-beratung.de"))

    # EU institution-style contractor, Brussels, Romance Standard Time, written test + interview
    out.append(yes("romance-zone", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"HR Unit - Eurodigit\":mailto:hr@eurodigit-consortium.eu",
        att(ME_PRIVATE, "VOGEL Katrin"),
        att("pieter.devos@eurodigit-consortium.eu", "DE VOS Pieter"),
        att("ana.sousa@eurodigit-consortium.eu", "SOUSA Ana"),
        d("Dear Ms VOGEL,\n\nFollowing the pre-selection for the position of Business Analyst - Interoperability "
          "(ref. EDC/2026/017), you are invited to a written test (45 min) followed by an interview with the "
          "selection panel at our premises. Please bring an ID document.\n\nEurodigit Consortium EEIG - HR Unit"),
        s("Interview & written test - Business Analyst Interoperability (EDC/2026/017)"),
        "DTSTART;TZID=Romance Standard Time:20261217T093000",
        "DTEND;TZID=Romance Standard Time:20261217T113000",
        "UID:040000008200E00074C5B7101A82E00800000000AA1E8C55245EDB01000000000000000010000000EDC0",
        "DTSTAMP:20261206T090000Z",
        loc("Rue Belliard 40, 1040 Bruxelles, room 3.14"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_ROMANCE),
        "Eurodigit Consortium", "Business Analyst - Interoperability", "",
        "pieter.devos@eurodigit-consortium.eu;ana.sousa@eurodigit-consortium.eu"))

    # "coffee" that is actually the second round, founder on proton, English
    out.append(yes("coffee-round2", "en", cal("-//Proton AG//ProtonCalendar 1.0//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:sPq2mN0vXb7kLw4zTr9yHc1aFd6@proton.me",
        "DTSTAMP:20261206T183000Z",
        "DTSTART;TZID=Europe/Berlin:20261211T083000",
        "DTEND;TZID=Europe/Berlin:20261211T093000",
        s("Coffee w/ Daniel (Paperless Town) - round 2"),
        d("Katrin - as promised the second conversation for the Head of Customer Success (municipalities) role. "
          "Bring questions about the contract, I'll bring the numbers. Café Frischhut is fine.\n- Daniel"),
        loc("Café Frischhut, Prälat-Zistl-Straße 8, München"),
        org("daniel.roesner@proton.me", "Daniel Rösner"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "Paperless Town", "Head of Customer Success", "", "daniel.roesner@proton.me", trap="coffee_is_round2"))

    # Webex final with federal agency (EN), user's work address?  no - private; stage final
    out.append(yes("webex-final", "en", cal("-//Cisco//Webex Meetings 44.10//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:WBX-8b1d0f22a6c34e7b9d01@webex.com",
        "DTSTAMP:20261211T140000Z",
        "DTSTART:20261218T100000Z",
        "DTEND:20261218T110000Z",
        s("Final round: Katrin Vogel x Zentrum für Digitale Souveränität (ZenDiS)"),
        d("Final conversation for the position Product Owner openDesk Public Administration with Managing "
          "Director Dr. Paul Becker and HR lead Simone Aust.\n\n" + webex("en", "zendis", "2631 990 4417",
                                                                          "Fin4l!")),
        "ORGANIZER;CN=Simone Aust:mailto:simone.aust@zendis-bund.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("paul.becker@zendis-bund.de", "Dr. Paul Becker"),
        att("simone.aust@zendis-bund.de", "Simone Aust", partstat="ACCEPTED"),
        "END:VEVENT"]), method="REQUEST"),
        "Zentrum für Digitale Souveränität", "Product Owner openDesk Public Administration", "final",
        "paul.becker@zendis-bund.de;simone.aust@zendis-bund.de"))

    # cancelled ATS screen (English), status cancelled with METHOD:CANCEL
    out.append(yes("cancelled-en", "en", cal("-//Greenhouse Software//Greenhouse//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:gh-interview-3318820-2@greenhouse.io",
        "DTSTAMP:20261201T120000Z",
        "DTSTART:20261204T140000Z",
        "DTEND:20261204T143000Z",
        s("CANCELLED: Katrin Vogel - Recruiter Screen - Senior PM, Government Solutions"),
        d("This interview has been cancelled. Your recruiter will reach out to reschedule.\n\nGovstack Inc."),
        "ORGANIZER;CN=Govstack Recruiting:mailto:recruiting@govstack.io",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("ramona.ilie@govstack.io", "Ramona Ilie"),
        "STATUS:CANCELLED",
        "SEQUENCE:3",
        "END:VEVENT"]), method="CANCEL"),
        "Govstack", "Senior PM, Government Solutions", "recruiter_screen", "ramona.ilie@govstack.io",
        trap="cancelled"))

    return out
