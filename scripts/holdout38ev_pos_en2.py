"""holdout38: the user's own interviews, English (second set, more compact producers)."""

from __future__ import annotations

from holdout38ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_P,
    OUTLOOK,
    Ev,
    att,
    gfooter,
    ln,
    meet,
    org,
    quick,
    teams,
    txt,
    vevent,
    webex,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, uid: str, text: str, company: str, role: str, stage: str, ivs: tuple[str, ...],
            trap: str = "") -> None:
        out.append(Ev(kind, "en", uid, text, True, company, role, stage, ivs, trap))

    u = "a71c-ph-screen-pemberton@pemberton.group"
    add("exchange-phone", u, quick(
        EXCHANGE, u, "Pemberton Retail Group - telephone screen (Fiona MacLeod)", "20261201T083000",
        "20261201T090000", tz="GMT Standard Time",
        organizer=org("careers@pemberton.group", "Pemberton Careers", sent_by="t.ward@pemberton.group"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("t.ward@pemberton.group", "Ward, Tasha")),
        desc="Tasha Ward from our Resourcing team will ring you on 07700 900412 for a 30 minute telephone "
             "screen regarding the Employee Relations Partner vacancy (ref PRG-3381).\n\nPemberton Retail Group "
             "plc, Resourcing", loc="Telephone"),
        "Pemberton Retail Group", "Employee Relations Partner", "recruiter_screen", ("t.ward@pemberton.group",))

    u = "5t0kq8vrl1c2g@google.com"
    add("google-meet-final", u, quick(
        GOOGLE, u, "Final interview: Fiona MacLeod / Clydeside Distillers", "20261217T140000Z",
        "20261217T150000Z", organizer=org("a.mackenzie@cdl-spirits.co.uk", "Ailsa Mackenzie"),
        attendees=(att("a.mackenzie@cdl-spirits.co.uk", "Ailsa Mackenzie", ps="ACCEPTED"),
                   att("graham.lindsay@cdl-spirits.co.uk", "Graham Lindsay"), att(ME_P)),
        desc="Final stage for the HR Business Partner role (visitor centre & bottling hall, 140 staff). Graham "
             "Lindsay, our MD, will join Ailsa.\n\n" + meet("kdn-pqrz-hyo") + "\n\n" + gfooter(),
        props=(ln("STATUS", "CONFIRMED"), ln("TRANSP", "OPAQUE"))),
        "Clydeside Distillers", "HR Business Partner", "final",
        ("a.mackenzie@cdl-spirits.co.uk", "graham.lindsay@cdl-spirits.co.uk"))

    u = "ABF2C1E0-5B1D-4C6A-9E33-77B1E0A0C4D2"
    add("apple-floating-hand", u, quick(
        APPLE, u, "Call w/ Sinead - Liffey Hotels HRBP", "20261202T173000", "20261202T180000",
        desc="she'll ring my mobile. recruiter screen, ask about relocation support to Dublin", method=None,
        props=("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT15M\r\nEND:VALARM",)),
        "Liffey Hotels", "HRBP", "recruiter_screen", ())

    u = "040000008200E00074C5B7101A82E00800000000F0D2A3C4D55EDB01000000000000000010000000E7B0"
    add("outlook-rooms-loop", u, quick(
        OUTLOOK, u, "Fiona MacLeod - Interviews (People Partner, Stores)", "20261210T090000", "20261210T113000",
        tz="GMT Standard Time", organizer=org("Recruitment.Coordinator@marlowefinch.co.uk", "Recruitment Team"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("Helen.Grieve@marlowefinch.co.uk", "Grieve, Helen"),
                   att("Raj.Bhatt@marlowefinch.co.uk", "Bhatt, Raj"),
                   att("MF-HO-Room-Calton@marlowefinch.co.uk", "HO Calton Room (8)", "NON-PARTICIPANT",
                       cutype="ROOM"),
                   att("MF-Projector-3@marlowefinch.co.uk", "Projector 3", "NON-PARTICIPANT", cutype="RESOURCE")),
        desc="Schedule for Fiona MacLeod, People Partner (Stores)\n09:00 Helen Grieve, Head of People - "
             "competency interview\n10:00 Raj Bhatt, Regional Manager Scotland - stores scenarios\n11:00 tour of "
             "the flagship\n\nMarlowe & Finch Ltd, Recruitment Team (please do not reply to this mailbox)",
        loc="HO Calton Room (8); Marlowe & Finch, 48 Princes Street, Edinburgh",
        props=(ln("SEQUENCE", "0"), ln("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY"))),
        "Marlowe & Finch", "People Partner (Stores)", "onsite",
        ("Helen.Grieve@marlowefinch.co.uk", "Raj.Bhatt@marlowefinch.co.uk"))

    u = "webex-stb-2219@stbrides.ac.uk"
    add("webex-university", u, quick(
        "-//Cisco//Webex Meetings//EN", u, "Interview - HR Adviser (ref 3317) - St Bride's University London",
        "20261208T100000Z", "20261208T104500Z",
        organizer=org("hr-recruitment@stbrides.ac.uk", "HR Recruitment"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("p.adeyemi@stbrides.ac.uk", "Patience Adeyemi"),
                   att("m.liddell@stbrides.ac.uk", "Mark Liddell")),
        desc="Dear Fiona,\n\nThe selection panel (Patience Adeyemi, HR Manager; Mark Liddell, Faculty Operating "
             "Officer) look forward to meeting you.\n\n" + webex("2731 004 88", "stbrides")),
        "St Bride's University", "HR Adviser", "", ("p.adeyemi@stbrides.ac.uk", "m.liddell@stbrides.ac.uk"))

    u = "ical-hand-hh-02@yahoo"
    add("hand-allday-floating", u, quick(
        IOS, u, "Harlow & Crane - assessment day!!", "20261222", "20261223",
        desc="9am-3pm, group exercise + role play + panel. smart casual", method=None),
        "Harlow & Crane", "", "onsite", ())

    u = "rc-ceilidh-8812@recruitee.com"
    add("recruitee-screen", u, quick(
        "-//Recruitee//Recruitee//EN", u, "Video interview: Ceilidh Digital / Fiona MacLeod",
        "20261203T090000", "20261203T093000", tz="Europe/London",
        organizer=org("no-reply@recruitee.com", "Ceilidh Digital"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("morven@ceilidh.digital", "Morven Sloan")),
        desc="Morven Sloan (People & Talent) would like to get to know you for the People Operations Partner "
             "opening (hybrid, Glasgow).\n\n" + zoom("823 9910 4476", "CdJ81xxPwa")),
        "Ceilidh Digital", "People Operations Partner", "recruiter_screen", ("morven@ceilidh.digital",))

    u = "rescheduled-tessellate-44@greenhouse.io"
    add("greenhouse-rescheduled", u, quick(
        "-//Greenhouse Software//Scheduler//EN", u, "UPDATED: Fiona MacLeod - Panel Interview - Tessellate",
        "20261209T150000", "20261209T163000", tz="Europe/London",
        organizer=org("no-reply@greenhouse.io", "Tessellate Recruiting"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("leo.marsh@tessellate.io", "Leo Marsh"),
                   att("ola.bright@tessellate.io", "Ola Bright"), att("priya.naidoo@tessellate.io", "Priya Naidoo",
                                                                      role="OPT-PARTICIPANT")),
        desc="Your interview has moved to a new time.\n\nPanel Interview for People Partner\n3:00pm Leo Marsh, "
             "VP Operations\n3:45pm Ola Bright, Engineering Director\n(Priya Naidoo will join to say hello and "
             "coordinate.)\n\n" + zoom("842 7120 0044", "TessPnl77a"), props=(ln("SEQUENCE", "3"),)),
        "Tessellate", "People Partner", "onsite", ("leo.marsh@tessellate.io", "ola.bright@tessellate.io"),
        trap="rescheduled")

    u = "hm-charity-cf-1001@sharingkindness.org.uk"
    add("charity-teams", u, quick(
        OUTLOOK, u, "Interview: Head of HR - Sharing Kindness", "20261211T110000", "20261211T121500",
        tz="GMT Standard Time", organizer=org("ceo@sharingkindness.org.uk", "Moira Galbraith"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("ceo@sharingkindness.org.uk", "Moira Galbraith"),
                   att("chair@sharingkindness.org.uk", "Dr Alan Weir")),
        desc="Fiona - thanks for making time. Alan (our Chair) and I will be the panel. We'll ask you to talk "
             "for 10 mins on how you'd build an HR function for 80 staff and 300 volunteers.\n\n" +
             teams("en", "498 117 203 60", "sK2bV7")),
        "Sharing Kindness", "Head of HR", "final", ("ceo@sharingkindness.org.uk", "chair@sharingkindness.org.uk"))

    u = "coffee-is-round2-leith@google.com"
    add("coffee-round2", u, quick(
        GOOGLE, u, "Coffee with Kirsty (Leith Uni) - next step", "20261218T100000Z", "20261218T104500Z",
        organizer=org("k.dunbar@leith.ac.uk", "Kirsty Dunbar"),
        attendees=(att("k.dunbar@leith.ac.uk", "Kirsty Dunbar", ps="ACCEPTED"), att(ME_P, "Fiona MacLeod")),
        desc="Fiona, following the panel the committee would like to take you forward - an informal coffee with "
             "me as the final step before we make a decision on the HR Business Partner post. Informal but do "
             "bring questions about the College.", loc="Elephant House Café, George IV Bridge"),
        "University of Leith", "HR Business Partner", "final", ("k.dunbar@leith.ac.uk",), trap="coffee_is_interview")

    u = "smart-2024-ed-99@smartrecruiters.com"
    add("smartrecruiters", u, quick(
        "-//SmartRecruiters//Interview//EN", u, "Interview for Store People Lead (Edinburgh) - Nordhaven",
        "20261204T130000Z", "20261204T140000Z",
        organizer=org("noreply@smartrecruiters.com", "Nordhaven Retail UK"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("elin.holm@nordhaven.com", "Elin Holm"),
                   att("gary.munro@nordhaven.com", "Gary Munro")),
        desc="Interview details\nJob: Store People Lead (Edinburgh)\nInterviewers: Elin Holm (HR Manager UK), "
             "Gary Munro (Store Manager, St James Quarter)\nLocation: Nordhaven, St James Quarter, Edinburgh\n\n"
             "Please confirm your attendance."),
        "Nordhaven", "Store People Lead (Edinburgh)", "", ("elin.holm@nordhaven.com", "gary.munro@nordhaven.com"))

    u = "privatecopy-fvlt-2@yahoo"
    add("private-copy-hand", u, quick(
        "-//Yahoo//Yahoo Calendar//EN", u, "FVLT 2nd interview - People Advisor (Alison + ops mgr)",
        "20261216T140000", "20261216T150000", tz="Europe/London",
        desc="at the Peak, Stirling. take the 2 case studies printed", method="PUBLISH",
        extra=("X-WR-CALNAME:Fiona", "X-WR-TIMEZONE:Europe/London")),
        "Forth Valley Leisure Trust", "People Advisor", "", ())

    u = "ashby-3f7e-9910@ashbyhq.com"
    add("ashby-tech", u, quick(
        "-//Ashby//Interview Scheduling//EN", u, "Fiona MacLeod: People Ops Exercise Review (Gatherwell)",
        "20261209T120000Z", "20261209T130000Z",
        organizer=org("scheduling@gatherwell.co.uk", "Gatherwell Scheduling"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("dee.okoro@gatherwell.co.uk", "Dee Okoro"),
                   att("scheduling@gatherwell.co.uk", "Gatherwell Scheduling", role="NON-PARTICIPANT")),
        desc="Job: People Operations Lead\nStage: Take-home review\n\nDee Okoro (Finance & People Director) "
             "will review your onboarding-process exercise with you.\n\n" + meet("gtw-xxqa-bol")),
        "Gatherwell", "People Operations Lead", "technical", ("dee.okoro@gatherwell.co.uk",))

    u = "sinead-liffey-rd2@liffeyhotels.ie"
    add("outlook-dublin-hm", u, quick(
        EXCHANGE, u, "Liffey Hotels Group: Interview with Declan Foley (Group HR Director)",
        "20261214T140000", "20261214T144500", tz="GMT Standard Time",
        organizer=org("sinead.byrne@liffeyhotels.ie", "Byrne, Sinéad"),
        attendees=(att(ME_P, "fiona.macleod@yahoo.co.uk"), att("declan.foley@liffeyhotels.ie", "Foley, Declan")),
        desc="Hi Fiona,\nAs promised, here's your call with Declan for the HR Business Partner role (Dublin "
             "city hotels). I won't join, but I'm here if anything comes up.\n\n" + teams("en", "301 447 925 88")),
        "Liffey Hotels", "HR Business Partner", "hiring_manager", ("declan.foley@liffeyhotels.ie",))

    u = "wo-bakery-cancel@gmail"
    add("founder-cancelled", u, quick(
        GOOGLE, u, "Wee Oven - meet the team", "20261212T100000Z", "20261212T110000Z",
        organizer=org("rory.mcbain.bakes@gmail.com", "Rory McBain"),
        attendees=(att(ME_P), att("rory.mcbain.bakes@gmail.com", "Rory McBain"),
                   att("shona.wee.oven@gmail.com", "Shona Reid")),
        desc="Second chat for the people & ops role - Shona runs our Stockbridge shop.", method="CANCEL",
        props=(ln("STATUS", "CANCELLED"), ln("SEQUENCE", "1"))),
        "Wee Oven Bakery", "", "", ("rory.mcbain.bakes@gmail.com", "shona.wee.oven@gmail.com"), trap="cancelled")

    u = "agency-hays-style-ams-1@talentharbour.nl"
    add("agency-ams", u, quick(
        OUTLOOK, u, "Interview Fiona MacLeod @ Tulpenhuis Hotels - HR Business Partner", "20261215T100000",
        "20261215T110000", tz="W. Europe Standard Time",
        organizer=org("e.jansen@talentharbour.nl", "Jansen, Eva"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("pieter.smit@tulpenhuis.com", "Pieter Smit")),
        desc="Dear Fiona, as promised the interview with Pieter Smit (HR Director Tulpenhuis Hotels) for the HR "
             "Business Partner position in Amsterdam. Online via Teams; I'm not joining.\n\n" +
             teams("en", "344 002 118 70", "Tp0uU8") + "\n\nEva Jansen | Talent Harbour Recruitment"),
        "Tulpenhuis Hotels", "HR Business Partner", "", ("pieter.smit@tulpenhuis.com",))

    u = "hand-tess-3@icloud"
    add("hand-title-only", u, quick(
        APPLE, u, "Chat with Leo (Tessellate) re offer stage", "20261221T160000Z", "20261221T163000Z",
        method=None),
        "Tessellate", "", "", ())

    u = "bothy-trial-shift-7@bothy.coffee"
    add("google-trial-recurring", u, quick(
        GOOGLE, u, "Bothy Coffee - trial days (Head of People)", "20261219T090000", "20261219T130000",
        tz="Europe/London", organizer=org("hannah@bothy.coffee", "Hannah Fleming"),
        attendees=(att("hannah@bothy.coffee", "Hannah Fleming", ps="ACCEPTED"), att(ME_P)),
        desc="Two paid half-days shadowing ops so you can see how we work before we decide. Roastery first.",
        loc="Bothy Roastery, Leith", props=(ln("RRULE", "FREQ=DAILY;COUNT=2"),),
        comps_after=(vevent(ln("UID", u), ln("DTSTAMP", "20261120T101500Z"),
                            ln("RECURRENCE-ID", "20261220T090000", tzid="Europe/London"),
                            ln("DTSTART", "20261221T090000", tzid="Europe/London"),
                            ln("DTEND", "20261221T130000", tzid="Europe/London"),
                            txt("SUMMARY", "Bothy Coffee - trial day 2 (moved to Monday)"),
                            org("hannah@bothy.coffee", "Hannah Fleming"), att(ME_P),
                            ln("SEQUENCE", "1")),)),
        "Bothy Coffee", "Head of People", "onsite", ("hannah@bothy.coffee",), trap="recurring_override")

    return out
