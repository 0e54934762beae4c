"""holdout31: the user's own interviews, English part 2 (blind)."""

from __future__ import annotations

from holdout31ev_ics import APPLE, EXCHANGE, GOOGLE, ME, OUTLOOK, STAMP, add, att, cal, dt, esc, meet, org, pos, teams


def build() -> None:
    u = "gh-8812004@greenhouse.io"
    add("tech-greenhouse-panel", "en", u, cal("-//Greenhouse//Interview Scheduler//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261209T150000Z"), dt("DTEND", "20261209T160000Z"),
        "SUMMARY:Interview with Pearlwick for Learning Experience Designer",
        "DESCRIPTION:" + esc("Interview type: Portfolio & craft interview\nInterviewers: Zoe Whitlam (Lead LXD), "
                             "Arjun Mehta (Product Manager)\nCoordinator: Grace Lowe\nZoom: https://pearlwick.zoom"
                             ".us/j/93310022817"),
        org("grace.lowe@pearlwick.com", "Grace Lowe"), att(ME, "Olivia Bennett"),
        att("zoe.whitlam@pearlwick.com", "Zoe Whitlam"), att("arjun.mehta@pearlwick.com", "Arjun Mehta"),
        att("grace.lowe@pearlwick.com", "Grace Lowe", role="NON-PARTICIPANT")]]),
        pos("Pearlwick", "Learning Experience Designer", "technical",
            ("zoe.whitlam@pearlwick.com", "arjun.mehta@pearlwick.com")))

    u = "7bq0a3k4d9c1r2m8n5v6@google.com"
    add("terse-google-title-only", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261210T170000Z"), dt("DTEND", "20261210T173000Z"), f"DTSTAMP:{STAMP}",
        org(ME, "Olivia Bennett"), f"UID:{u}", "SUMMARY:Interview - Storyhive (phone screen)",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]], method="PUBLISH"),
        pos("Storyhive", "", "recruiter_screen", ()))

    u = "040000008200E00074C5B7101A82E00800000000C4E2A1B3C4DDDB01000000000000000010000000CC"
    add("final-exchange-london", "en", u, cal(EXCHANGE, [[
        org("j.pemberton@kestrel-education.co.uk", "Julian Pemberton"), att(ME, "Olivia Bennett"),
        att("s.akhtar@kestrel-education.co.uk", "Sana Akhtar"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Olivia,\n\nDelighted to invite you to the final stage for Head of "
                                            "Teacher Training Content. Sana (CEO) and I will see you at our "
                                            "Farringdon office. Please prepare a 10 minute presentation on how you "
                                            "would launch a CPD course for early-career teachers.\n\nJulian"),
        "SUMMARY;LANGUAGE=en-GB:Final interview - Kestrel Education",
        dt("DTSTART", "20270106T140000", "GMT Standard Time"), dt("DTEND", "20270106T150000", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}", "LOCATION;LANGUAGE=en-GB:Kestrel Education\\, 40 Cowcross St\\, London",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]], tzs=("GMT Standard Time",), windows=True),
        pos("Kestrel Education", "Head of Teacher Training Content", "final",
            ("j.pemberton@kestrel-education.co.uk", "s.akhtar@kestrel-education.co.uk")))

    u = "goodtime-2c1e55f0a6@goodtime.io"
    add("loop-goodtime", "en", u, cal("-//GoodTime//Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261216T130000Z"), dt("DTEND", "20261216T160000Z"),
        "SUMMARY:[Virtual Onsite] Olivia Bennett - Instructional Designer II",
        "DESCRIPTION:" + esc("Hello Olivia,\n\nYour virtual onsite with Lumenta Learning Inc. is confirmed.\n\n"
                             "1:00 PM Hiring Manager - Rachel Dunne\n1:45 PM Design Critique - Owen Pryce, "
                             "Malik Hassan\n2:45 PM Cross-functional - Tessa Moore (Content Ops)\n\nJoin each "
                             "session from the same Zoom link.\n\nScheduled by GoodTime on behalf of Lumenta"),
        org("recruiting@lumenta.com", "Lumenta Recruiting"), att(ME, "Olivia Bennett"),
        att("rachel.dunne@lumenta.com", "Rachel Dunne"), att("owen.pryce@lumenta.com", "Owen Pryce"),
        att("malik.hassan@lumenta.com", "Malik Hassan"), att("tessa.moore@lumenta.com", "Tessa Moore")]]),
        pos("Lumenta Learning", "Instructional Designer II", "onsite",
            ("rachel.dunne@lumenta.com", "owen.pryce@lumenta.com", "malik.hassan@lumenta.com",
             "tessa.moore@lumenta.com")))

    u = "E3A9C0D2-71B4-4A88-9F2E-7C5D1B0A6F31"
    add("coffee-round-two", "en", u, cal(APPLE, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261212T100000", "Europe/London"),
        dt("DTEND", "20261212T110000", "Europe/London"),
        "SUMMARY:Coffee w/ Imogen @ Ancoats - round 2 for Bramble Books LD role",
        "DESCRIPTION:" + esc("She said it's the 2nd interview but informal. Bramble Books (education list). "
                             "Bring the phonics reader samples."),
        "LOCATION:Pollen Bakery\\, Ancoats"]], method="", tzs=("Europe/London",)),
        pos("Bramble Books", "", "", (), trap="coffee_is_interview"))

    u = "lever-iv-0b1e9a33-54c2-4e77-b0c4-ee01d3b2a6f7"
    add("hm-lever-rescheduled", "en", u, cal("-//Lever//Lever Interview Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "SEQUENCE:3", dt("DTSTART", "20261214T160000Z"),
        dt("DTEND", "20261214T164500Z"),
        "SUMMARY:Rescheduled: Hiring Manager Interview - Olivia Bennett (Learning Content Producer)",
        "DESCRIPTION:" + esc("This interview has been moved to Monday 14 December. Interviewer: Farah Qureshi "
                             "(Head of Learning, Meridian Trust Academies).\n\nGoogle Meet: https://meet.google.com/"
                             "hjd-oaxr-qtu"),
        org("no-reply@hire.lever.co", "Meridian Trust Academies"), att(ME, "Olivia Bennett"),
        att("farah.qureshi@meridiantrust.org.uk", "Farah Qureshi")]]),
        pos("Meridian Trust Academies", "Learning Content Producer", "hiring_manager",
            ("farah.qureshi@meridiantrust.org.uk",), trap="rescheduled"))

    u = "0p9o8i7u6y5t4r3e2w1q@google.com"
    add("xwr-floating-dublin", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261211T140000"), dt("DTEND", "20261211T150000"), f"DTSTAMP:{STAMP}",
        org("aoife.nolan@scoilnet-learning.ie", "Aoife Nolan"), f"UID:{u}",
        att("aoife.nolan@scoilnet-learning.ie", "Aoife Nolan", ps="ACCEPTED", style="google"),
        att("eoin.walsh@scoilnet-learning.ie", "Eoin Walsh", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Second interview: Olivia Bennett / Scoilnet Learning (eLearning Developer)",
        "DESCRIPTION:" + esc(meet("ibv-xmru-kaz")), "STATUS:CONFIRMED"]],
        head=("X-WR-CALNAME:Olivia Bennett", "X-WR-TIMEZONE:Europe/Dublin")),
        pos("Scoilnet Learning", "eLearning Developer", "", ("aoife.nolan@scoilnet-learning.ie",
                                                            "eoin.walsh@scoilnet-learning.ie")))

    u = "smartrec-7781c2-olivia"
    add("screen-smartrecruiters", "en", u, cal("-//SmartRecruiters//Interview//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261208T091500Z"), dt("DTEND", "20261208T094500Z"),
        "SUMMARY:Interview: Olivia Bennett - Learning & Development Specialist - Albright Hollis",
        "DESCRIPTION:" + esc("Location: Phone\nInterview team: Nicole Frame (Talent Acquisition)\n\nAlbright "
                             "Hollis Financial Services Ltd - People & Culture\n\nSmartRecruiters Inc."),
        org("noreply@smartrecruiters.com", "Albright Hollis"), att(ME, "Olivia Bennett"),
        att("nicole.frame@ahfs.co.uk", "Nicole Frame")]]),
        pos("Albright Hollis", "Learning & Development Specialist", "recruiter_screen", ("nicole.frame@ahfs.co.uk",)))

    u = "AAMkAGQ5ZTc0-cancel-4412@outlook.com"
    add("cancel-outlook-method", "en", u, cal(OUTLOOK, [[
        org("f.lyons@penhallowpress.co.uk", "Felicity Lyons"), att(ME, "Olivia Bennett"),
        "SUMMARY:Cancelled: Penhallow Press - Schools Editor interview",
        "DESCRIPTION:" + esc("Apologies Olivia, I have to cancel our interview for the Schools Editor post. I'll "
                             "be in touch to rearrange."),
        dt("DTSTART", "20261207T100000", "GMT Standard Time"), dt("DTEND", "20261207T110000", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}", "STATUS:CANCELLED", "SEQUENCE:1", "PRIORITY:1"]],
        method="CANCEL", tzs=("GMT Standard Time",), windows=True),
        pos("Penhallow Press", "Schools Editor", "", ("f.lyons@penhallowpress.co.uk",), trap="cancelled"))

    u = "g7k2m9p4q1s8@google.com"
    add("dept-in-invite", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261215T143000Z"), dt("DTEND", "20261215T151500Z"), f"DTSTAMP:{STAMP}",
        org("lwoods@ukc-learning.org", "Lauren Woods"), f"UID:{u}",
        att("lwoods@ukc-learning.org", "Lauren Woods", ps="ACCEPTED", style="google"),
        att("p.chatterjee@ukc-learning.org", "Pritam Chatterjee", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Interview: Digital Learning Coordinator (Volunteer Training team)",
        "DESCRIPTION:" + esc("Dear Olivia,\n\nThank you for applying to UK Children's Learning Alliance "
                             "(Registered charity 1092211) - Volunteer Training team. Lauren (Training Manager) and "
                             "Pritam (Digital Lead) will interview you.\n\n" + meet("zro-pxkd-wwm")),
        "STATUS:CONFIRMED"]]),
        pos("UK Children's Learning Alliance", "Digital Learning Coordinator", "",
            ("lwoods@ukc-learning.org", "p.chatterjee@ukc-learning.org")))

    u = "cal-com-2211@cal.com"
    add("calcom-amsterdam", "en", u, cal("-//Cal.com Inc.//Cal.com Event//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261210T080000Z"), dt("DTEND", "20261210T084500Z"),
        "SUMMARY:Intro interview between Femke de Vries and Olivia Bennett",
        "DESCRIPTION:" + esc("What: Intro interview - Learning Designer (English-language content)\nInvitee "
                             "Time Zone: Europe/London\nWho:\nFemke de Vries - Organizer\nfemke@leerkracht.nl\n"
                             "Olivia Bennett\nolivia.bennett@btinternet.com\nWhere: Cal Video\n\nLeerkracht Online "
                             "is recruiting for our Amsterdam studio."),
        org("femke@leerkracht.nl", "Femke de Vries"), att(ME, "Olivia Bennett"),
        att("femke@leerkracht.nl", "Femke de Vries", ps="ACCEPTED"), "LOCATION:https://app.cal.com/video/2211"]],
        method="PUBLISH"),
        pos("Leerkracht Online", "Learning Designer (English-language content)", "recruiter_screen",
            ("femke@leerkracht.nl",)))

    u = "workday-INT-00419911@sableridge.myworkday.com"
    add("workday-tech-task", "en", u, cal("-//Workday//Recruiting//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261204T140000Z"), dt("DTEND", "20261204T150000Z"),
        "SUMMARY:Interview: Digital Learning Designer (R-120044) - Skills Assessment",
        "DESCRIPTION:" + esc("Candidate: Olivia Bennett\nJob Requisition: R-120044 Digital Learning Designer - "
                             "Wealth Academy\nInterviewers: Callum Rees\nCompany: Sable Ridge Bank plc\n\n"
                             "Articulate Storyline task to be reviewed in the session."),
        org("sableridge@myworkday.com", "Sable Ridge Talent Acquisition"), att(ME, "Olivia Bennett"),
        att("callum.rees@sableridge.com", "Callum Rees"),
        att("ta.scheduling@sableridge.com", "TA Scheduling", role="NON-PARTICIPANT")]]),
        pos("Sable Ridge Bank", "Digital Learning Designer", "technical", ("callum.rees@sableridge.com",)))

    u = "AAMkADZj-teams-8831@quayside.org.uk"
    add("teams-charity-hm", "en", u, cal(EXCHANGE, [[
        org("hr@quaysidefoundation.org.uk", "Quayside HR", sent_by="mia.brooks@quaysidefoundation.org.uk"),
        att(ME, "Olivia Bennett"), att("declan.byrne@quaysidefoundation.org.uk", "Byrne, Declan"),
        "DESCRIPTION:" + esc("Interview with Declan Byrne, Head of Youth Programmes, for the Learning Resources "
                             "Manager vacancy at The Quayside Foundation.\n\n" + teams("f9e122", "en")),
        "SUMMARY:Learning Resources Manager - interview (Olivia Bennett)",
        dt("DTSTART", "20261217T100000", "GMT Standard Time"), dt("DTEND", "20261217T104500", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}", "LOCATION:Microsoft Teams Meeting"]],
        tzs=("GMT Standard Time",), windows=True),
        pos("The Quayside Foundation", "Learning Resources Manager", "hiring_manager",
            ("declan.byrne@quaysidefoundation.org.uk",)))
