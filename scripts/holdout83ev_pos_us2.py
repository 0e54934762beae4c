"""holdout83: the user's own interviews with US employers (part 2): ModernLoop, Calendly, an agency, Workday,
Cal.com, a free-mail founder and Microsoft Bookings."""

from __future__ import annotations

from holdout83ev_ics import (
    USER_FREE,
    Ev,
    T,
    att,
    cal,
    desc,
    meet,
    meet_link,
    ms_alarm,
    ms_tail,
    ms_uid,
    org,
    teams,
)

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"


def orbital_technical() -> Ev:
    uid = "ml-int-2f9c7e1a4b6d4e0f@modernloop.io"
    text = T("""
        Hi Valentina,

        Your interview with Orbital Freight has been scheduled.

        Role: Backend Developer (Node.js)
        Interview: Technical Interview - API design & coding (60 min)
        Interviewer: Sam Whitaker, Senior Backend Engineer

        What to expect: Sam will ask you to sketch a small REST endpoint for shipment tracking and then
        implement part of it in Node.js. You can use your own editor and share your screen.

        Join: https://orbitalfreight.zoom.us/j/86201477530?pwd=b3JiaXRhbA

        Questions? Reply to this email.
        Orbital Freight Recruiting

        Scheduled with ModernLoop
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250402T160455Z",
        "DTSTART;TZID=America/Chicago:20250409T100000",
        "DTEND;TZID=America/Chicago:20250409T110000",
        "SUMMARY:Orbital Freight | Backend Developer (Node.js) | Technical Interview",
        "LOCATION:https://orbitalfreight.zoom.us/j/86201477530?pwd=b3JiaXRhbA",
        desc(text),
        org("interviews@orbitalfreight.com", "Orbital Freight Recruiting"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("modernloop", uid, cal(body, prodid="-//ModernLoop//Scheduling//EN", tz=("America/Chicago",),
                                     tzstyle="apple"), 1,
              "Orbital Freight", "Backend Developer (Node.js)", "technical", "Sam Whitaker", "modernloop-en")


def orbital_hm() -> Ev:
    uid = "ml-int-a81d3c55f07e4b92@modernloop.io"
    text = T("""
        Hi Valentina,

        Next up: a conversation with the hiring manager for the Backend Developer (Node.js) role.

        Interviewer: Rachel Kim, Engineering Manager - Tracking Platform
        Length: 45 minutes

        Rachel would like to hear about a project you're proud of, how you handle feedback and how you'd
        approach your first 90 days. Bring your questions about the team too!

        Join: https://orbitalfreight.zoom.us/j/89930126614?pwd=b3JiaXRhbDI

        Orbital Freight Recruiting
        Scheduled with ModernLoop
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250414T190012Z",
        "DTSTART;TZID=America/Chicago:20250417T133000",
        "DTEND;TZID=America/Chicago:20250417T141500",
        "SUMMARY:Orbital Freight - Hiring Manager Interview (Valentina Ríos)",
        "LOCATION:https://orbitalfreight.zoom.us/j/89930126614?pwd=b3JiaXRhbDI",
        desc(text),
        org("interviews@orbitalfreight.com", "Orbital Freight Recruiting"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("rachel.kim@orbitalfreight.com", "Rachel Kim", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("modernloop", uid, cal(body, prodid="-//ModernLoop//Scheduling//EN", tz=("America/Chicago",),
                                     tzstyle="apple"), 1,
              "Orbital Freight", "Backend Developer (Node.js)", "hiring_manager", "rachel.kim@orbitalfreight.com",
              "modernloop-hiring-manager-en")


def pinecrest_calendly() -> Ev:
    uid = "c7e0b3a2-5d14-4f8e-9a61-2b8d0e4f7c39"
    text = T("""
        Event Name: Recruiter Phone Screen - Jr. Full Stack Developer

        Location: +54 9 11 5012 7743

        Jessica will call you at the number you provided. Please make sure you can take a call from a US
        number (+1 503).

        Questions: Please share anything that will help prepare for our meeting.
        I'm very interested in the tutoring platform and how the engineering team works with teachers.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/c7e0b3a2-5d14-4f8e-9a61-2b8d0e4f7c39
        Reschedule: https://calendly.com/reschedulings/c7e0b3a2-5d14-4f8e-9a61-2b8d0e4f7c39

        Powered by Calendly.com
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250317T132047Z",
        "DTSTART:20250320T173000Z",
        "DTEND:20250320T180000Z",
        "SUMMARY:Recruiter Phone Screen between Jessica Park and Valentina Ríos",
        f"UID:{uid}",
        desc(text),
        "LOCATION:+54 9 11 5012 7743",
        org("jessica.park@pinecrestlearning.org", "Jessica Park"),
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED", rsvp=None, style="plain"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("calendly", uid, cal(body, prodid="-//Calendly//Calendly Scheduling//EN"), 1, "Pinecrest Learning",
              "Jr. Full Stack Developer", "recruiter_screen", "jessica.park@pinecrestlearning.org",
              "calendly-phone-screen-en")


def ridgeline_agency() -> Ev:
    uid = ms_uid("ridgeline-agency")
    turl, tt = teams("es", "ridgeline-agency")
    text = T(f"""
        Hola Valentina, ¿cómo estás?

        Tal como hablamos, te comparto la invitación para tu entrevista con Greg Holloway, Engineering Manager de
        Ridgeline Software (nuestro cliente en Denver), para la posición Junior Full-Stack Developer (React/Node).

        La entrevista es en inglés y dura 45 minutos. Greg va a repasar tu experiencia, tu proyecto final del
        bootcamp y cómo te imaginás trabajando con un equipo distribuido. Yo me conecto los primeros minutos para
        presentarlos y después los dejo solos.

        Cualquier cosa me escribís por acá o por WhatsApp.

        Saludos,
        Lucía Ortega
        Senior Tech Recruiter | Talentbridge LatAm
        www.talentbridge.la

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("lucia.ortega@talentbridge.la", "Ortega, Lucía"),
        att("greg.holloway@ridgelinesoftware.com", "Holloway, Greg", style="outlook"),
        att(USER_FREE, "vale.rios.dev@gmail.com", style="outlook"),
        desc(text, params=";LANGUAGE=es-ES"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Ridgeline Software | Entrevista con Greg Holloway (Engineering Manager) – "
        "Valentina Ríos",
        "DTSTART;TZID=SA Pacific Standard Time:20250404T100000",
        "DTEND;TZID=SA Pacific Standard Time:20250404T104500",
        "DTSTAMP:20250331T221906Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        *ms_tail(teams_link=turl),
        *ms_alarm(15),
        "END:VEVENT",
    ]
    return Ev("outlook-agency", uid, cal(body, prodid=EXCH, tz=("SA Pacific Standard Time",), tzstyle="outlook"),
              1, "Ridgeline Software", "Junior Full-Stack Developer (React/Node)", "hiring_manager",
              "greg.holloway@ridgelinesoftware.com", "agency-names-employer-es")


def coastline_workday() -> Ev:
    uid = "WD-INTERVIEW-7738210-20250410@myworkday.com"
    turl, tt = teams("en", "coastline-workday")
    text = T(f"""
        Dear Valentina,

        Thank you for your interest in Coastline Insurance Group. Your interview has been scheduled.

        Interview Details
        Job Requisition: R-104522 Software Engineer I - Remote (LATAM)
        Interview Type: Hiring Manager Interview
        Interviewer(s): Thomas Brennan, Manager, Software Engineering
        Date/Time: April 10, 2025 11:00 AM - 12:00 PM Eastern Daylight Time
        Location: Microsoft Teams (link below)

        If you need an accommodation during the interview process, please contact talent@coastlinegroup.com.

        Sincerely,
        Coastline Talent Acquisition

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("coastline@myworkday.com", "Coastline Insurance Group"),
        att(USER_FREE, "Valentina Rios", style="outlook"),
        att("thomas.brennan@coastlinegroup.com", "Brennan, Thomas", style="outlook", ps="ACCEPTED"),
        desc(text, params=";LANGUAGE=en-US"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Interview: Software Engineer I - Remote (LATAM) - R-104522",
        "DTSTART;TZID=Eastern Standard Time:20250410T110000",
        "DTEND;TZID=Eastern Standard Time:20250410T120000",
        "DTSTAMP:20250403T140233Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        *ms_tail(teams_link=turl),
        "END:VEVENT",
    ]
    return Ev("workday", uid, cal(body, prodid="-//Workday//Workday Calendar 1.0//EN", tz=("Eastern Standard Time",),
                                  tzstyle="outlook"), 1,
              "Coastline Insurance Group", "Software Engineer I - Remote (LATAM)", "hiring_manager",
              "thomas.brennan@coastlinegroup.com", "workday-en")


def mosaic_calcom() -> Ev:
    uid = "qW3kR9tYp7ZxL2mNc8VbF1@Cal.com"
    text = T("""
        What:
        Pair Programming (Junior Full-Stack Engineer candidates)

        Invitee Time Zone:
        America/Argentina/Buenos_Aires

        Who:
        Tomás Ibarra - Organizer
        tomas@mosaiccrm.io
        Valentina Ríos
        vale.rios.dev@gmail.com

        Where:
        Cal Video
        https://app.cal.com/video/qW3kR9tYp7ZxL2mNc8VbF1

        Description:
        60 minutes working together on a real (small) ticket from the Mosaic CRM backlog: Next.js + Postgres.
        Not a quiz — I want to see how we'd work together.

        Additional notes:
        Thanks Tomás! See you then.

        Need to make a change? Cancel or reschedule: https://app.cal.com/booking/qW3kR9tYp7ZxL2mNc8VbF1
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SUMMARY:Pair Programming between Tomás Ibarra and Valentina Ríos",
        "DTSTAMP:20250404T133702Z",
        "DTSTART:20250408T130000Z",
        "DTEND:20250408T140000Z",
        desc(text),
        "LOCATION:https://app.cal.com/video/qW3kR9tYp7ZxL2mNc8VbF1",
        org("tomas@mosaiccrm.io", "Tomás Ibarra"),
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED", rsvp="TRUE", style="plain"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("calcom", uid, cal(body, prodid="-//Cal.com Inc.//Cal.com Event//EN"), 1, "Mosaic CRM",
              "Junior Full-Stack Engineer", "technical", "tomas@mosaiccrm.io", "calcom-pairing-en")


def loopwise_founder() -> Ev:
    uid = "1ptv9d3kq5hne0j8g2ws7rl4bm@google.com"
    text = T(f"""
        Hey Valentina - thanks for replying to my post in the Buenos Aires JS Slack!

        Let's do 30 min: I'll tell you more about Loopwise (we help small clinics fill last-minute
        cancellations) and the junior frontend role, you tell me about what you've built. If it feels like a
        fit, the next step would be a short paid project.

        Ethan

        {meet("en", "loopwise")}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Los_Angeles:20250321T083000",
        "DTEND;TZID=America/Los_Angeles:20250321T090000",
        "DTSTAMP:20250319T045522Z",
        org("ethan.caldwell.sf@gmail.com", "Ethan Caldwell"),
        f"UID:{uid}",
        att(USER_FREE, "vale.rios.dev@gmail.com"),
        att("ethan.caldwell.sf@gmail.com", "Ethan Caldwell", ps="ACCEPTED"),
        "X-GOOGLE-CONFERENCE:" + meet_link("loopwise"),
        "CREATED:20250319T045519Z",
        desc(text),
        "LAST-MODIFIED:20250319T045521Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Valentina <> Ethan",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal-freemail", uid, cal(body, prodid=GCAL, tz=("America/Los_Angeles",)), 1, "Loopwise",
              "junior frontend", "", "ethan.caldwell.sf@gmail.com", "founder-freemail-en")


def hatchbox_bookings() -> Ev:
    uid = ms_uid("hatchbox-bookings")
    text = T("""
        Hatchbox Careers

        Your booking is confirmed

        Phone Screen - Junior Web Developer
        Thursday, March 27, 2025 9:00 AM - 9:30 AM (UTC-05:00) Eastern Time (US & Canada)

        Staff: Olivia Grant
        Olivia will call you at +5491150127743 at the time of your booking.

        We look forward to talking with you about the Junior Web Developer role on our storefront team.

        Manage your booking:
        https://outlook.office365.com/owa/calendar/HatchboxCareers@hatchbox.co/bookings/s/Ukf83ExqfUmMD3tWqBlc1Q2

        Microsoft Bookings
        """)
    body = [
        "BEGIN:VEVENT",
        org("HatchboxCareers@hatchbox.co", "Hatchbox Careers"),
        att(USER_FREE, "Valentina Ríos", style="outlook"),
        desc(text, params=";LANGUAGE=en-US"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Phone Screen - Junior Web Developer",
        "DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20250327T090000",
        "DTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20250327T093000",
        "DTSTAMP:20250324T121755Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Phone call",
        *ms_tail(busy="BUSY"),
        *ms_alarm(60),
        "END:VEVENT",
    ]
    return Ev("bookings", uid, cal(body, prodid=EXCH, tz=("(UTC-05:00) Eastern Time (US & Canada)",),
                                   tzstyle="outlook"), 1,
              "Hatchbox", "Junior Web Developer", "recruiter_screen", "Olivia Grant", "ms-bookings-phone-en")


EVENTS = [orbital_technical, orbital_hm, pinecrest_calendly, ridgeline_agency, coastline_workday, mosaic_calcom,
          loopwise_founder, hatchbox_bookings]

FORMS = {
    "Orbital Freight": [],
    "Pinecrest Learning": ["Pinecrest"],
    "Ridgeline Software": ["Ridgeline"],
    "Coastline Insurance Group": ["Coastline Insurance", "Coastline"],
    "Mosaic CRM": ["Mosaic"],
    "Loopwise": [],
    "Hatchbox": [],
}
