"""holdout120: the user's own interviews sent directly by employers' staff and by agencies."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_Y,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    TZ_CHI,
    TZ_W_CST,
    TZ_W_EST,
    TZ_W_UTC_CST,
    TZ_W_UTC_EST,
    Ev,
    att,
    cal,
    esc,
    meet,
    org,
    teams,
    vevent,
)


def _law_firms() -> list[Ev]:
    out = []
    plain = esc("""
        Rachel,

        Thank you for your interest in the E-Discovery Manager position at Halvorsen & Pike. We have scheduled
        your first-round interview at our Chicago office (71 S. Wacker Drive, 38th Floor). Please ask for me at
        reception.

        You will meet with:
        - Evan Roth, Director of Practice Support
        - Lisa Chen, Litigation Support Manager

        Kind regards,
        Margaret Dunleavy
        Legal Recruiting Manager | Halvorsen & Pike LLP
    """)
    html = ("<html><body><p>Rachel,</p><p>Thank you for your interest in the <b>E-Discovery Manager</b> position at "
            "Halvorsen &amp; Pike. We have scheduled your first-round interview at our Chicago office (71 S. Wacker "
            "Drive\\, 38th Floor).</p><p>You will meet with:</p><ul><li>Evan Roth\\, Director of Practice Support</li>"
            "<li>Lisa Chen\\, Litigation Support Manager</li></ul><p>Kind regards\\,<br>Margaret Dunleavy</p>"
            "</body></html>")
    uid = "040000008200E00074C5B7101A82E0080000000030A1F2B8E39ADB010000000000000000100000006D3C"
    out.append(Ev("outlook-utc-zone-altdesc", cal(vevent(f"""
        CLASS:PUBLIC
        CREATED:20250314T165310Z
        DESCRIPTION:{plain}
        DTEND;TZID="(UTC-06:00) Central Time (US & Canada)":20250320T120000
        DTSTAMP:20250314T165310Z
        DTSTART;TZID="(UTC-06:00) Central Time (US & Canada)":20250320T110000
        LAST-MODIFIED:20250314T165310Z
        LOCATION:71 S. Wacker Drive\\, 38th Floor - Reception
        {org("mdunleavy@halvorsenpike.com", "Dunleavy, Margaret")}
        {att("eroth@halvorsenpike.com", "Roth, Evan")}
        {att("lchen@halvorsenpike.com", "Chen, Lisa")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=en-us:Interview - E-Discovery Manager - Rachel Kowalski
        TRANSP:OPAQUE
        UID:{uid}
        X-ALT-DESC;FMTTYPE=text/html:{html}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_UTC_CST,)), uid, 1, "Halvorsen & Pike", "E-Discovery Manager", "",
        "eroth@halvorsenpike.com;lchen@halvorsenpike.com", "outlook-utc-zone-altdesc-en"))

    d = esc("""
        Ms. Kowalski,

        Mr. Whitford would like to meet with you regarding the Practice Support Manager opening. He has asked me
        to set up 45 minutes in his office. Please check in with reception on 24.

        Thank you,
        Teresa Santos
        Executive Assistant to James Whitford, Managing Partner
        Coyle Whitford LLP | 190 S. LaSalle Street, Suite 2400 | Chicago, IL 60603
    """)
    uid = "040000008200E00074C5B7101A82E00800000000E0B6C61C4CA0DB01000000000000000010000000F1B7"
    out.append(Ev("outlook-sent-by-assistant", cal(vevent(f"""
        CLASS:PUBLIC
        DESCRIPTION:{d}
        DTSTART;TZID=Central Standard Time:20250415T160000
        DTEND;TZID=Central Standard Time:20250415T164500
        DTSTAMP:20250409T213011Z
        LOCATION:190 S. LaSalle St.\\, Suite 2400 (JW office)
        {org("jwhitford@coylewhitford.com", "Whitford, James", sent_by="tsantos@coylewhitford.com")}
        {att("jwhitford@coylewhitford.com", "Whitford, James", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "Kowalski, Rachel")}
        SEQUENCE:0
        SUMMARY:Rachel Kowalski - mtg w/ J. Whitford re: Practice Support Manager
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, 1, "Coyle Whitford", "Practice Support Manager",
        "hiring_manager", "jwhitford@coylewhitford.com", "outlook-sent-by-assistant-en"))

    d = esc("""
        Hi Rachel,

        As discussed, please find the invitation for your interview for the Litigation Support Manager role in
        our New York office. Deborah and Andrew will join by Teams.
    """, teams("219 440 883 657", "ZjM5YTg3MDAtNWQ1Ny00"), """
        Best,
        Colleen Byrne | Legal Recruiting Coordinator
        Pemberton Hale LLP
    """)
    uid = "040000008200E00074C5B7101A82E008000000004AF3E0F4AFA5DB010000000000000000100000008E20"
    out.append(Ev("exchange-est-nostage", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=en-US:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:Interview - Rachel Kowalski
        DTSTART;TZID=Eastern Standard Time:20250423T140000
        DTEND;TZID=Eastern Standard Time:20250423T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20250417T190419Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        {org("cbyrne@pembertonhale.com", "Byrne, Colleen")}
        {att("dshapiro@pembertonhale.com", "Shapiro, Deborah")}
        {att("ang@pembertonhale.com", "Ng, Andrew")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    """), prodid=PRODID_EXCHANGE, tz=(TZ_W_EST,)), uid, 1, "Pemberton Hale", "Litigation Support Manager", "",
        "dshapiro@pembertonhale.com;ang@pembertonhale.com", "exchange-est-no-stage-en"))

    d = esc("""
        Rachel - we are delighted to invite you back for a final-round interview at 1285 Avenue of the Americas.

        2:00 - 2:45  Gordon Feld, Chief Operating Officer
        2:45 - 3:30  Anita Desai, Chief Knowledge & Innovation Officer

        We have reserved the Hudson conference room on 32. Colleen will meet you in the lobby (she will not
        be interviewing).
    """)
    uid = "040000008200E00074C5B7101A82E00800000000C05A27A8D7AEDB01000000000000000010000000AB14"
    room = att("ny32-hudson@pembertonhale.com", "NY-32-Hudson (12) AV", role="NON-PARTICIPANT", cutype="ROOM",
               rsvp=False)
    out.append(Ev("outlook-final-room-ny", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Pemberton Hale - Final Round - Litigation Support Manager
        DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20250508T140000
        DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20250508T153000
        DTSTAMP:20250501T140012Z
        LOCATION:NY-32-Hudson (12) AV
        {org("cbyrne@pembertonhale.com", "Byrne, Colleen")}
        {att("gfeld@pembertonhale.com", "Feld, Gordon")}
        {att("adesai@pembertonhale.com", "Desai, Anita")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        {room}
        SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_UTC_EST,)), uid, 1, "Pemberton Hale", "Litigation Support Manager",
        "final", "gfeld@pembertonhale.com;adesai@pembertonhale.com", "outlook-final-room-en"))
    return out


def _corporate() -> list[Ev]:
    out = []
    d = esc("""
        Hi Rachel,

        Great speaking with you last week. As the last step, I'd like you to meet with me over coffee at our
        office - we'll talk about how you'd build out legal ops for the deal team. I've booked the small
        conference room. Plan on an hour.

        Michael Kerrigan
        General Counsel, Stonebridge Capital Partners
    """)
    uid = "7hq2m4bsd0u1n3o9g8e5lr6c1k@google.com"
    room = att("c_1889a7dd0@resource.calendar.google.com", "SCP-Chicago-12-Elm (4)", role="REQ-PARTICIPANT",
               cutype="RESOURCE", ps="ACCEPTED", rsvp=False)
    out.append(Ev("google-gc-final-resource", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250429T083000
        DTEND;TZID=America/Chicago:20250429T093000
        DTSTAMP:20250424T021500Z
        {org("mkerrigan@stonebridgecp.com", "Michael Kerrigan")}
        UID:{uid}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        {att("mkerrigan@stonebridgecp.com", "Michael Kerrigan", ps="ACCEPTED", rsvp=False)}
        {room}
        CREATED:20250424T021459Z
        DESCRIPTION:{d}
        LOCATION:Stonebridge Capital Partners\\, 300 N. LaSalle St.\\, 12th Fl
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Rachel Kowalski / Mike Kerrigan - final conversation
        TRANSP:OPAQUE
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Stonebridge Capital Partners", "", "final",
        "mkerrigan@stonebridgecp.com", "google-gc-final-resource-en"))

    d = esc("""
        Hi Rachel,

        Confirming your interview with Northgate Bank (NGB) for the Contracts Manager role in their legal
        department (Rosemont, IL).

        You'll meet Brian Kearney, Associate General Counsel - he is the hiring manager and will also bring
        in Tina Alvarado, Vendor Management Lead, for the second half.

        Call me right after - I want to hear how it went!

        Alexis Morgan
        Senior Recruiter | Paragon Legal Search
        (312) 555-0231
    """)
    uid = "AAMkAGQ5ZTk3ZDAwLWI5ZjMtNDc0MS1iNjQ3LTk5NTc0ZDM4ZmFiMgBGAAAAAADx"
    out.append(Ev("agency-names-employer", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250331T182000Z
        DTSTART;TZID=Central Standard Time:20250403T100000
        DTEND;TZID=Central Standard Time:20250403T110000
        {org("alexis@paragonlegalsearch.com", "Alexis Morgan")}
        {att(ME_Y, "Rachel Kowalski")}
        {att("bkearney@northgatebank.com", "Kearney, Brian")}
        {att("talvarado@northgatebank.com", "Alvarado, Tina", role="OPT-PARTICIPANT")}
        SUMMARY:Interview: Rachel Kowalski / Northgate Bank - Contracts Manager
        DESCRIPTION:{d}
        LOCATION:Northgate Bank\\, 9700 W. Higgins Rd\\, Rosemont IL
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, 1, "Northgate Bank", "Contracts Manager", "hiring_manager",
        "bkearney@northgatebank.com;talvarado@northgatebank.com", "agency-names-employer-en"))

    d = esc("""
        Rachel,

        Madison Clarke Insurance confirmed! You're meeting Karen Liu (Director, Contract Management) and one
        of her senior contract specialists, Omar Haddad. Video link will come from their side - I'll forward it
        as soon as I have it.

        Tips: have two examples of vendor contract negotiations ready, and ask Karen about the CLM rollout.

        Jordan Pryce | Beacon Search Group | Legal & Compliance Practice
    """)
    uid = "bsg-20250416-jpryce-rk-0032"
    out.append(Ev("agency-names-no-emails", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250411T151000Z
        DTSTART;TZID=America/Chicago:20250416T130000
        DTEND;TZID=America/Chicago:20250416T140000
        {org("jpryce@beaconsearchgroup.com", "Jordan Pryce")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Madison Clarke Insurance - video interview (Contract Manager)
        DESCRIPTION:{d}
        LOCATION:Video - link to follow
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Madison Clarke Insurance", "Contract Manager", "",
        "Karen Liu;Omar Haddad", "agency-interviewers-names-only-en"))

    d = esc("""
        Hi Rachel,

        Thank you for making time on short notice. This is your first interview with the firm - Gail Petrakis,
        Director of Practice Support at Aldridge & Moss, will meet you in their Chicago office (333 W. Wacker
        Dr., 17th Floor). Bring two copies of your resume.

        Good luck - call me afterwards.
        Renee Whitman
        Fairmont Legal Talent
    """)
    uid = "FLT-CAL-88104@fairmontlegaltalent.com"
    out.append(Ev("agency-employer-body-only", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250512T171800Z
        DTSTART;TZID=America/Chicago:20250515T100000
        DTEND;TZID=America/Chicago:20250515T110000
        {org("rwhitman@fairmontlegaltalent.com", "Renee Whitman")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview confirmation - Thursday 10am (Practice Support Analyst)
        DESCRIPTION:{d}
        LOCATION:333 W. Wacker Dr.\\, 17th Floor
    """), prodid="-//Bullhorn//Calendar//EN", tz=(TZ_CHI,)), uid, 1, "Aldridge & Moss", "Practice Support Analyst",
        "", "Gail Petrakis", "agency-employer-in-body-en"))

    d = esc("""
        Hi Rachel,

        Looking forward to our conversation about the Legal Operations Manager role on my team. I'll have our
        Contracts Manager, Renata Gomes, join for the last 15 minutes.
    """, teams("264 771 093 582", "NTgxZjkwYzMtZTBkMS00"), """
        Sean Fitzgerald
        Director, Legal Operations | Oakbrook Medical Devices
    """)
    uid = "040000008200E00074C5B7101A82E00800000000506D12BBE9A3DB01000000000000000010000000C220"
    out.append(Ev("outlook-hm-teams", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Rachel Kowalski <> Sean Fitzgerald (Oakbrook Medical)
        DTSTART;TZID=Central Standard Time:20250425T150000
        DTEND;TZID=Central Standard Time:20250425T160000
        DTSTAMP:20250421T180231Z
        LOCATION:Microsoft Teams Meeting
        {org("sean.fitzgerald@oakbrookmed.com", "Fitzgerald, Sean")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        {att("renata.gomes@oakbrookmed.com", "Gomes, Renata", role="OPT-PARTICIPANT")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTgxZjkwYzMtZTBkMS00
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, 1, "Oakbrook Medical Devices", "Legal Operations Manager",
        "hiring_manager", "sean.fitzgerald@oakbrookmed.com;renata.gomes@oakbrookmed.com", "outlook-hm-teams-en"))

    d = esc("""
        Hi Rachel - it was great meeting you at the panel last week. Adding a short call so you can meet our
        Head of Legal Ops before we set up the final round. Same link as before.
    """, meet("mvr-jqwd-otb"))
    uid = "4sn0b1c6v2l9g7k3t8d5p1m0ee@google.com"
    out.append(Ev("google-direct-midround", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250415T120000
        DTEND;TZID=America/Chicago:20250415T123000
        DTSTAMP:20250410T223011Z
        {org("priya.venkat@larkspurhealth.com", "Priya Venkat")}
        UID:{uid}
        {att("priya.venkat@larkspurhealth.com", "Priya Venkat", ps="ACCEPTED", rsvp=False)}
        {att("grant.fuller@larkspurhealth.com", "Grant Fuller")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        LOCATION:https://meet.google.com/mvr-jqwd-otb
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Rachel / Grant - Legal Ops @ Larkspur
        TRANSP:OPAQUE
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Larkspur Health", "", "",
        "grant.fuller@larkspurhealth.com;priya.venkat@larkspurhealth.com", "google-direct-employee-en"))
    return out


def events() -> list[Ev]:
    return [*_law_firms(), *_corporate()]
