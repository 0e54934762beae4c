"""holdout38: the user on the hiring side at Thistle Outfitters (negatives)."""

from __future__ import annotations

from holdout38ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_P,
    ME_W,
    OUTLOOK,
    Ev,
    att,
    ln,
    meet,
    org,
    quick,
    teams,
    txt,
    vevent,
)

T = "user_as_interviewer"


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, lang: str, uid: str, text: str) -> None:
        out.append(Ev(kind, lang, uid, text, False, trap=T))

    u = "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000077A0"
    add("own-sales-assistant", "en", u, quick(
        OUTLOOK, u, "Interview - Sales Assistant (Part time) - Jamie Cowan", "20261202T140000", "20261202T143000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("jamie.cowan2004@hotmail.co.uk", "Jamie Cowan"), att(ME_W, "MacLeod, Fiona", ps="ACCEPTED")),
        desc="Hi Jamie,\n\nThanks for applying to Thistle Outfitters Edinburgh. Please come to the store and ask "
             "for me at the till. The interview is about 30 minutes.\n\nFiona MacLeod\nStore Manager, Thistle "
             "Outfitters Rose Street", loc="Thistle Outfitters, 88 Rose Street, Edinburgh"))

    u = "thistle-harri-emp-3321@harri.com"
    add("own-harri-employer", "en", u, quick(
        "-//Harri//Interview Scheduler 3.2//EN", u, "Interview scheduled: Supervisor - Rose Street (Candidate: "
        "Amira Yusuf)", "20261203T100000Z", "20261203T104500Z",
        organizer=org("interviews@harri.com", "Thistle Outfitters via Harri"),
        attendees=(att(ME_W, "Fiona MacLeod"), att("amira.yusuf@gmail.com", "Amira Yusuf")),
        desc="A candidate has booked an interview slot.\n\nPosition: Supervisor\nLocation: Rose Street\n"
             "Hiring manager: Fiona MacLeod\nCandidate: Amira Yusuf\n\nOpen the interview guide and scorecard in "
             "Harri before the interview."))

    u = "assess-day-thistle-12@thistle-outfitters.co.uk"
    add("own-group-assessment", "en", u, quick(
        EXCHANGE, u, "Group assessment day - Christmas temps (Edinburgh stores)", "20261205T090000",
        "20261205T130000", tz="GMT Standard Time",
        organizer=org("people@thistle-outfitters.co.uk", "Thistle People Team"),
        attendees=(att(ME_W, "MacLeod, Fiona"), att("kyle.boyd@thistle-outfitters.co.uk", "Boyd, Kyle"),
                   att("training-room-ed@thistle-outfitters.co.uk", "Edinburgh Training Room", "NON-PARTICIPANT",
                       cutype="ROOM")),
        desc="Fiona and Kyle to run the assessment for 24 seasonal applicants: icebreaker, product-pitch "
             "exercise, team task, 1:1 mini interviews. Score sheets in the shared drive."))

    u = "area-mgr-panel-77@thistle-outfitters.co.uk"
    add("own-area-panel", "en", u, quick(
        OUTLOOK, u, "Area Manager (East) panel - candidate 2 of 3", "20261208T110000", "20261208T120000",
        tz="GMT Standard Time", organizer=org("gordon.hay@thistle-outfitters.co.uk", "Hay, Gordon"),
        attendees=(att(ME_W, "MacLeod, Fiona"), att("gordon.hay@thistle-outfitters.co.uk", "Hay, Gordon"),
                   att("people@thistle-outfitters.co.uk", "People Team")),
        desc="Panel: Gordon Hay (Regional Director), Fiona MacLeod (Store Manager rep), People Team.\nCandidate: "
             "external - CV attached in the email. Please complete the scoring grid by end of day.\n\n" +
             teams("en", "300 111 928 55")))

    u = "fiona-notes-interviews-1@icloud"
    add("own-hand-note", "en", u, quick(
        IOS, u, "interviewing 3 x sales asst - Rose St", "20261210T100000", "20261210T120000", method=None,
        desc="10 Ellie, 10.40 Marco, 11.20 Sam C. print q sheet"))

    u = "thistle-workday-intvr-501@myworkday.com"
    add("own-workday-interviewer", "en", u, quick(
        "-//Workday Inc//Workday Recruiting//EN", u, "Interviewer: Assistant Store Manager - R-1188 - Callum Reid",
        "20261211T130000", "20261211T140000", tz="Europe/London",
        organizer=org("thistle@myworkday.com", "Thistle Outfitters Recruiting"),
        attendees=(att(ME_W, "Fiona MacLeod"), att("callum.reid.1999@outlook.com", "Callum Reid")),
        desc="You have been added as an interviewer.\nCandidate: Callum Reid\nJob requisition: Assistant Store "
             "Manager (Glasgow Buchanan St) R-1188\nPlease submit feedback in Workday within 24 hours."))

    u = "fwd-supervisor-iv@yahoo"
    add("own-forwarded", "en", u, quick(
        "-//Yahoo//Yahoo Calendar//EN", u, "FW: Interview - Supervisor vacancy - Rose Street", "20261212T150000",
        "20261212T153000", tz="Europe/London", organizer=org(ME_P, "Fiona MacLeod"),
        attendees=(att(ME_P, "Fiona MacLeod", ps="ACCEPTED"),),
        desc="-----Original Appointment-----\nFrom: MacLeod, Fiona <fmacleod@thistle-outfitters.co.uk>\nSent: 18 "
             "November 2026 09:12\nTo: lewis.pryde@gmail.com\nSubject: Interview - Supervisor vacancy - Rose "
             "Street\n\nHi Lewis, looking forward to meeting you about the supervisor role at our store."))

    u = "private-copy-asst-mgr@yahoo"
    add("own-private-copy", "en", u, quick(
        GOOGLE, u, "Thistle - interviewing for ASM (work)", "20261215T100000Z", "20261215T110000Z", method=None,
        desc="copy for home cal - I'm on the panel with Gordon", extra=("X-WR-CALNAME:Fiona personal",)))

    u = "debrief-xmas-temps@thistle-outfitters.co.uk"
    add("own-debrief", "en", u, quick(
        OUTLOOK, u, "Debrief - seasonal assessment day / offers", "20261205T133000", "20261205T140000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("kyle.boyd@thistle-outfitters.co.uk", "Boyd, Kyle"), att(ME_W, "MacLeod, Fiona"))))

    u = "calendly-thistle-host-1@calendly"
    add("own-calendly-host", "en", u, quick(
        "-//Calendly//Calendly//EN", u, "Sales Assistant interview: Priya Shah and Fiona MacLeod",
        "20261209T150000Z", "20261209T152000Z", organizer=org(ME_W, "Fiona MacLeod"),
        attendees=(att(ME_W, "Fiona MacLeod", ps="ACCEPTED"), att("priya.shah@student.ed.ac.uk", "Priya Shah")),
        desc="A new event has been scheduled.\n\nEvent Type: Sales Assistant interview (Rose Street)\nInvitee: "
             "Priya Shah\nInvitee Email: priya.shah@student.ed.ac.uk\n\nQuestions: Weekend availability? - "
             "Saturdays and Sundays"))

    u = "agency-sends-cand-5@staffline-retail.co.uk"
    add("own-agency-candidate", "en", u, quick(
        OUTLOOK, u, "Candidate interview - Darren Kerr for Assistant Manager - Thistle Outfitters",
        "20261214T100000", "20261214T110000", tz="GMT Standard Time",
        organizer=org("megan@staffline-retail.co.uk", "Megan Orr"),
        attendees=(att(ME_W, "Fiona MacLeod"), att("darren.kerr77@gmail.com", "Darren Kerr")),
        desc="Hi Fiona, as discussed I've booked Darren in to meet you at the Rose Street store for your Assistant "
             "Manager vacancy. His CV is attached to my email. Let me know your feedback!\nMegan, Staffline Retail"))

    u = "weekly-iv-slot-thistle@thistle-outfitters.co.uk"
    add("own-recurring-slot", "en", u, quick(
        EXCHANGE, u, "Candidate interviews (hold)", "20261201T140000", "20261201T160000", tz="GMT Standard Time",
        organizer=org(ME_W, "MacLeod, Fiona"), desc="Blocked for applicant interviews - sales floor cover by Kyle.",
        props=(ln("RRULE", "FREQ=WEEKLY;BYDAY=TU;COUNT=6"),),
        comps_after=(vevent(ln("UID", u), ln("DTSTAMP", "20261120T080000Z"),
                            ln("RECURRENCE-ID", "20261208T140000", tzid="GMT Standard Time"),
                            ln("DTSTART", "20261208T150000", tzid="GMT Standard Time"),
                            ln("DTEND", "20261208T170000", tzid="GMT Standard Time"),
                            txt("SUMMARY", "Candidate interviews (hold) - later this week, stocktake AM"),
                            org(ME_W, "MacLeod, Fiona")),)))

    u = "cancel-cand-jen@thistle-outfitters.co.uk"
    add("own-cancelled", "en", u, quick(
        OUTLOOK, u, "Canceled: Interview - Jennifer Lowe (Sales Assistant)", "20261204T110000", "20261204T113000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("jen.lowe@btinternet.com", "Jennifer Lowe"),), method="CANCEL",
        desc="Sorry Jennifer, I need to cancel - I'll be in touch with a new time.",
        props=(ln("STATUS", "CANCELLED"), ln("SEQUENCE", "1"))))

    u = "interviewer-training-thistle@thistle-outfitters.co.uk"
    add("own-interviewer-training", "en", u, quick(
        GOOGLE, u, "Competency-based interviewing for store managers (mandatory)", "20261216T093000Z",
        "20261216T120000Z", organizer=org("people@thistle-outfitters.co.uk", "Thistle People Team"),
        attendees=(att(ME_W), att("kyle.boyd@thistle-outfitters.co.uk")),
        desc="Refresher on fair recruitment and the new STAR scoring guide for everyone who interviews "
             "applicants.\n\n" + meet("ths-trng-ivx")))

    u = "scorecards-due-3@thistle"
    add("own-scorecards", "en", u, quick(
        APPLE, u, "finish scorecards - supervisor candidates", "20261212T163000", "20261212T170000", method=None))

    u = "student-uni-candidate@thistle-outfitters.co.uk"
    add("own-uni-candidate", "en", u, quick(
        OUTLOOK, u, "Weekend Sales Adviser - interview with Fiona (Thistle Outfitters)", "20261207T163000",
        "20261207T170000", tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("s2281734@ed.ac.uk", "Tom Harkins"), att(ME_W, "MacLeod, Fiona", ps="ACCEPTED")),
        desc="Hi Tom, thanks for dropping your CV into the store. Could you come in on Monday at 4.30? "
             "Bring proof of right to work.\n\nFiona, Store Manager"))

    u = "es-own-erasmus-iv@thistle"
    add("own-es-candidate", "es", u, quick(
        OUTLOOK, u, "Entrevista - dependienta temporada (Lucía Gómez)", "20261209T120000", "20261209T123000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("lucia.gomez.ed@gmail.com", "Lucía Gómez"),),
        desc="Hola Lucía, te espero en la tienda de Rose Street para la entrevista de dependienta de temporada. "
             "Pregunta por Fiona en caja. ¡Hasta pronto!"))

    u = "fr-own-candidate@thistle"
    add("own-fr-candidate", "fr", u, quick(
        GOOGLE, u, "Entretien candidat vendeur - Théo Martin (Thistle Rose St)", "20261210T150000Z",
        "20261210T153000Z", organizer=org(ME_W, "Fiona MacLeod"),
        attendees=(att("theo.martin@laposte.net", "Théo Martin"), att(ME_W, "Fiona MacLeod", ps="ACCEPTED")),
        desc="Bonjour Théo, je vous attends au magasin pour l'entretien pour le poste de vendeur. Fiona MacLeod, "
             "responsable du magasin."))

    u = "de-own-candidate@thistle"
    add("own-de-candidate", "de", u, quick(
        EXCHANGE, u, "Bewerbungsgespräch Aushilfe - Jonas Becker", "20261211T100000", "20261211T103000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("jonas.becker@web.de", "Jonas Becker"),),
        desc="Hallo Jonas, ich freue mich auf unser Gespräch im Laden (Rose Street) zur Aushilfsstelle. "
             "Viele Grüße, Fiona (Filialleitung)"))

    u = "own-private-addr-hr@thistle"
    add("own-hr-to-private", "en", u, quick(
        OUTLOOK, u, "Interview panel cover - Glasgow store manager role", "20261218T100000", "20261218T120000",
        tz="GMT Standard Time", organizer=org("people@thistle-outfitters.co.uk", "Thistle People Team"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("gordon.hay@thistle-outfitters.co.uk", "Hay, Gordon")),
        desc="Hi Fiona - sending to your personal email as you're on leave that week; could you still sit on "
             "the panel interviewing the two Glasgow Store Manager candidates with Gordon? Questions attached.\n\n"
             + teams("en", "366 500 277 19")))

    return out
