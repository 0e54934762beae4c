"""holdout83: the user's own interviews with US employers (part 3): iCIMS, Webex, SmartRecruiters, an Outlook
final with SENT-BY, Karat, Thunderbird, a rescheduled and a cancelled interview."""

from __future__ import annotations

from holdout83ev_ics import USER_FREE, Ev, T, alt_html, att, cal, desc, meet, ms_tail, ms_uid, org, teams, webex

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"


def quillstone_icims() -> Ev:
    uid = "icims-sched-55102938-quillstone"
    text = T("""
        Phone Interview Confirmation

        Candidate: Valentina Rios
        Position: Associate Software Developer (Req #2025-1187)
        Company: Quillstone
        Interviewer: Brenda Castillo, Talent Acquisition Partner
        Length: 30 minutes

        Brenda will call you at +54 9 11 5012-7743. Please be available a few minutes before the scheduled
        time. To reschedule, use the link in your confirmation email.

        Quillstone is an equal opportunity employer.
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250401T151140Z",
        "DTSTART:20250407T143000Z",
        "DTEND:20250407T150000Z",
        "SUMMARY:Phone Interview - Associate Software Developer (Req #2025-1187)",
        desc(text),
        "LOCATION:Phone",
        org("quillstone-ta@talent.icims.com", "Quillstone Talent Acquisition"),
        att(USER_FREE, "Valentina Rios", style="plain"),
        att("brenda.castillo@quillstone.com", "Brenda Castillo", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("icims", uid, cal(body, prodid="-//iCIMS//iCIMS Scheduling//EN"), 1, "Quillstone",
              "Associate Software Developer", "recruiter_screen", "brenda.castillo@quillstone.com", "icims-phone-en")


def quillstone_webex() -> Ev:
    uid = ms_uid("quillstone-webex")
    wurl, wt = webex("en", "quillstone", "quillstone-webex")
    text = T(f"""
        Hi Valentina,

        Thanks for speaking with me last week! Here is your technical interview for the Associate Software
        Developer role. You'll meet Nathan Price and Soo-ah Lee from our Patient Scheduling team for 60
        minutes: some JavaScript fundamentals, a short coding exercise and time for your questions.

        I won't join this one, but I'm here if you need anything.

        Brenda Castillo
        Talent Acquisition Partner | Quillstone

        {wt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("brenda.castillo@quillstone.com", "Castillo, Brenda"),
        att("nathan.price@quillstone.com", "Price, Nathan", style="outlook"),
        att("soo-ah.lee@quillstone.com", "Lee, Soo-ah", style="outlook"),
        att(USER_FREE, "vale.rios.dev@gmail.com", style="outlook"),
        desc(text, params=";LANGUAGE=en-US"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Quillstone Technical Interview - Valentina Rios",
        "DTSTART;TZID=Central Standard Time:20250416T090000",
        "DTEND;TZID=Central Standard Time:20250416T100000",
        "DTSTAMP:20250410T180311Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{wurl}",
        *ms_tail(),
        "END:VEVENT",
    ]
    return Ev("outlook-webex", uid, cal(body, prodid=EXCH, tz=("Central Standard Time",), tzstyle="outlook"), 1,
              "Quillstone", "Associate Software Developer", "technical",
              "nathan.price@quillstone.com;soo-ah.lee@quillstone.com", "webex-coordinator-organizer-en")


def sable_smartrecruiters() -> Ev:
    uid = "sr-interview-3f27c9a1-8be4-4a0d-9d52-77e1f0b4c6a2"
    text = T("""
        Hi Valentina,

        You are invited to an interview for the position Frontend Developer (Junior) at Sable Systems.

        Interview type: Video - Technical Interview
        Interviewers: Nikhil Rao, Emma Schultz
        Duration: 1 hour

        Agenda: walkthrough of your take-home (the accessible data table), then a few questions on React state
        management and testing.

        Video link: https://meet.google.com/sbl-qxpe-nrt

        Good luck!
        Sable Systems Hiring Team

        Powered by SmartRecruiters
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250422T133008Z",
        "DTSTART:20250429T160000Z",
        "DTEND:20250429T170000Z",
        "SUMMARY:Interview with Sable Systems: Frontend Developer (Junior)",
        desc(text),
        "LOCATION:https://meet.google.com/sbl-qxpe-nrt",
        org("noreply@smartrecruiters.com", "Sable Systems"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("nikhil.rao@sablesystems.com", "Nikhil Rao", style="plain", ps="ACCEPTED"),
        att("emma.schultz@sablesystems.com", "Emma Schultz", style="plain", ps="ACCEPTED"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("smartrecruiters", uid, cal(body, prodid="-//SmartRecruiters//Interview Scheduler//EN"), 1,
              "Sable Systems", "Frontend Developer (Junior)", "technical",
              "nikhil.rao@sablesystems.com;emma.schultz@sablesystems.com", "smartrecruiters-takehome-review-en")


def fernhill_final() -> Ev:
    uid = ms_uid("fernhill-final")
    turl, tt = teams("en", "fernhill-final")
    text = T(f"""
        Hi Valentina,

        Laura asked me to set up your final interview for the Junior Developer (Client Portals) position. You'll
        meet Laura Whitfield (VP Engineering) and Mark O'Neill (Director of Delivery). Expect a conversation about
        how you work with clients, a project you're proud of, and your questions about the offer process.

        Best regards,
        Jordan Bell
        Executive Assistant to Laura Whitfield | Fernhill Software

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("laura.whitfield@fernhillsoftware.com", "Whitfield, Laura", sent_by="jordan.bell@fernhillsoftware.com"),
        att(USER_FREE, "Valentina Rios", style="outlook"),
        att("mark.oneill@fernhillsoftware.com", "O'Neill, Mark", style="outlook"),
        att("jordan.bell@fernhillsoftware.com", "Bell, Jordan", style="outlook", role="OPT-PARTICIPANT"),
        desc(text, params=";LANGUAGE=en-US"),
        alt_html(text.split("_" * 80)[0]),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Final interview - Valentina Rios (Junior Developer\\, Client Portals)",
        "DTSTART;TZID=Eastern Standard Time:20250506T130000",
        "DTEND;TZID=Eastern Standard Time:20250506T140000",
        "DTSTAMP:20250430T171420Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        *ms_tail(teams_link=turl),
        "END:VEVENT",
    ]
    return Ev("outlook", uid, cal(body, prodid=EXCH, tz=("Eastern Standard Time",), tzstyle="outlook"), 1,
              "Fernhill Software", "Junior Developer, Client Portals", "final",
              "laura.whitfield@fernhillsoftware.com;mark.oneill@fernhillsoftware.com", "outlook-sent-by-final-en")


def harborline_karat() -> Ev:
    uid = "karat-iv-93c0e5d2b7a14f68"
    text = T("""
        Hi Valentina,

        Your Karat interview for Harborline is confirmed! Harborline partners with Karat to conduct the first
        technical interview for the Software Engineer (Early Career) role.

        Your Interview Engineer: Arjun Mehta
        Duration: 60 minutes
        Format: a few technical questions followed by coding in Karat Studio (JavaScript is supported)

        Join here at the scheduled time: https://app.karat.io/join/93c0e5d2b7a14f68
        Test your setup: https://app.karat.io/check

        Need to reschedule? You can do so up to 24 hours before the interview from your candidate page.

        The Karat Team, on behalf of Harborline
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250409T010203Z",
        "DTSTART:20250412T140000Z",
        "DTEND:20250412T150000Z",
        "SUMMARY:Karat Interview for Harborline - Software Engineer (Early Career)",
        desc(text),
        "LOCATION:https://app.karat.io/join/93c0e5d2b7a14f68",
        org("scheduling@karat.io", "Karat Scheduling"),
        att(USER_FREE, "Valentina Rios", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("karat", uid, cal(body, prodid="-//Karat//Interview Scheduling//EN"), 1, "Harborline",
              "Software Engineer (Early Career)", "technical", "Arjun Mehta", "karat-on-behalf-en")


def tidewater_thunderbird() -> Ev:
    uid = "8e4b1f07-2c6a-4d93-b5e0-a1f97c3d6e58"
    text = T("""
        Hi Valentina,

        Thanks for applying to the Junior Software Engineer, Platform opening. I'm the engineering lead for
        the platform team at Tidewater AI and the hiring manager for this role. Let's talk for 45 minutes about
        your experience, how you debug things and what you'd like to learn. No leetcode, promise.

        We use Jitsi: https://meet.jit.si/TidewaterAI-Valentina-0422

        Ben
        """)
    body = [
        "BEGIN:VEVENT",
        "CREATED:20250417T202211Z",
        "LAST-MODIFIED:20250417T202340Z",
        "DTSTAMP:20250417T202340Z",
        f"UID:{uid}",
        "SUMMARY:Interview Valentina Ríos / Tidewater AI",
        "ORGANIZER;RSVP=TRUE;CN=Ben Shapiro;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ben.shapiro@tidewater.ai",
        "ATTENDEE;RSVP=TRUE;CN=Valentina Ríos;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:" + USER_FREE,
        "X-MOZ-SEND-INVITATIONS:TRUE",
        "DTSTART;TZID=America/New_York:20250422T120000",
        "DTEND;TZID=America/New_York:20250422T124500",
        "CLASS:PUBLIC",
        "LOCATION:https://meet.jit.si/TidewaterAI-Valentina-0422",
        desc(text),
        "SEQUENCE:0",
        "X-MOZ-GENERATION:2",
        "END:VEVENT",
    ]
    return Ev("thunderbird", uid, cal(body, prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                                      tz=("America/New_York",), tzstyle="apple"), 1,
              "Tidewater AI", "Junior Software Engineer, Platform", "hiring_manager", "ben.shapiro@tidewater.ai",
              "thunderbird-jitsi-en")


def kestrel_rescheduled() -> Ev:
    uid = "4jd8s2nq0vk7lb3ep1t9fo6uhr@google.com"
    text = T(f"""
        Hi Valentina,

        Quick update: Chen is out sick, so we've moved your Technical Interview from Tuesday 4/22 to Thursday
        4/24, same time. Sorry for the shuffle and thank you for your flexibility!

        Role: Junior Software Engineer, Merchant Tools
        Interviewer: Chen Wu, Software Engineer
        Format: 60 min, live coding in CoderPad (https://app.coderpad.io/KP-92JD4) + questions

        Best,
        Aisha Rahman
        Recruiting Coordinator, Kestrel Pay

        {meet("en", "kestrel-resched")}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20250424T100000",
        "DTEND;TZID=America/New_York:20250424T110000",
        "DTSTAMP:20250421T154401Z",
        org("aisha.rahman@kestrelpay.com", "Aisha Rahman"),
        f"UID:{uid}",
        att("chen.wu@kestrelpay.com", "Chen Wu", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos", ps="NEEDS-ACTION"),
        "CREATED:20250411T132809Z",
        desc(text),
        "LAST-MODIFIED:20250421T154359Z",
        "LOCATION:",
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        "SUMMARY:Rescheduled: Technical Interview with Kestrel Pay",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal-rescheduled", uid, cal(body, prodid=GCAL, tz=("America/New_York",)), 1, "Kestrel Pay",
              "Junior Software Engineer, Merchant Tools", "technical", "chen.wu@kestrelpay.com",
              "rescheduled-en")


def bluefin_cancelled() -> Ev:
    uid = ms_uid("bluefin-cancel")
    text = T("""
        Hi Valentina,

        I'm sorry to cancel our recruiter screen for the Junior Frontend Developer role. The position has been
        put on hold while we finalize our Q2 budget. I'll reach out as soon as it reopens — your profile is a
        great match.

        Ashley Moreno
        Talent Acquisition | Bluefin Commerce
        """)
    body = [
        "BEGIN:VEVENT",
        org("ashley.moreno@bluefincommerce.com", "Moreno, Ashley"),
        att(USER_FREE, "Valentina Ríos", style="outlook"),
        desc(text, params=";LANGUAGE=en-US"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Canceled: Recruiter Screen - Bluefin Commerce / Valentina Ríos",
        "DTSTART;TZID=Eastern Standard Time:20250408T150000",
        "DTEND;TZID=Eastern Standard Time:20250408T153000",
        "DTSTAMP:20250405T134450Z",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        *ms_tail(seq=1, busy="FREE"),
        "END:VEVENT",
    ]
    return Ev("outlook-cancel", uid, cal(body, prodid=EXCH, method="CANCEL", tz=("Eastern Standard Time",),
                                         tzstyle="outlook"), 1,
              "Bluefin Commerce", "Junior Frontend Developer", "recruiter_screen", "ashley.moreno@bluefincommerce.com",
              "cancelled-en")


EVENTS = [quillstone_icims, quillstone_webex, sable_smartrecruiters, fernhill_final, harborline_karat,
          tidewater_thunderbird, kestrel_rescheduled, bluefin_cancelled]

FORMS = {
    "Quillstone": [],
    "Sable Systems": ["Sable"],
    "Fernhill Software": ["Fernhill"],
    "Harborline": [],
    "Tidewater AI": ["Tidewater"],
    "Kestrel Pay": ["Kestrel"],
    "Bluefin Commerce": ["Bluefin"],
}
