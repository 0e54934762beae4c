"""holdout110: Aoife Brennan's own interviews typed by herself, from agencies and from founders."""

from __future__ import annotations

from holdout110ev_ics import (
    APPLE,
    FREE,
    GOOGLE,
    MAC,
    OUTLOOK,
    THUNDERBIRD,
    alarm,
    att,
    calendar,
    ev,
    item,
    org,
    teams,
    uid_at,
    uid_google,
    uid_guid,
    uid_outlook,
)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    # 1 iPhone, typed by the user, floating time, first names only
    u = uid_guid("ostara-2nd")
    e = ev(u, "20250921T201933", "20250930T143000", "20250930T153000",
           "Interview w/ Ostara (Head of Talent) - 2nd round", desc="Lisa Byrne (CEO) + Jack Doran. Bring the "
           "hiring dashboard examples. Ask re: equity + reporting line", loc="Ostara, 4 Hanover Quay, Dublin 2",
           order="apple", status="", extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *alarm(60)))
    out.append(item("ios-typed", calendar(APPLE, [e], method=None), u, True, "Ostara", "Head of Talent", "",
                    "Lisa Byrne;Jack Doran", "ios-hand-typed-floating-en"))

    # 2 macOS, typed by the user, terse, final
    u = uid_guid("copperleaf-final")
    e = ev(u, "20251012T091500", "20251015T110000", "20251015T120000", "Copperleaf final (Teams) - CPO",
           tz="Europe/Dublin", order="apple", status="", extra=alarm(30))
    out.append(item("mac-terse-final", calendar(MAC, [e], ("Europe/Dublin",), method=None), u, True,
                    "Copperleaf Technologies", "", "final", "", "mac-terse-final-en"))

    # 3 Thunderbird, typed by the user, agency-arranged interview with the employer named
    u = uid_guid("fintrail-tb").lower()
    d = ("Arranged by Declan @ Brannock Recruitment (087 555 0148).\n1st interview with Ciara Moran, Head of "
         "People at Fintrail. TA Lead role, 85-95k + bonus. Their office: 2 Windmill Lane.")
    e = ["BEGIN:VEVENT", "CREATED:20250914T190212Z", "LAST-MODIFIED:20250914T190540Z", "DTSTAMP:20250914T190540Z",
         f"UID:{u}", "SUMMARY:Fintrail interview (via Brannock) - TA Lead",
         "DTSTART;TZID=Europe/Dublin:20250918T083000", "DTEND;TZID=Europe/Dublin:20250918T093000",
         "DESCRIPTION:" + d.replace(",", "\\,").replace("\n", "\\n"), "LOCATION:2 Windmill Lane\\, Dublin 2",
         "X-MOZ-GENERATION:2", "TRANSP:OPAQUE", "END:VEVENT"]
    out.append(item("thunderbird-agency", calendar(THUNDERBIRD, [e], ("Europe/Dublin",), method=None), u, True,
                    "Fintrail", "TA Lead", "", "Ciara Moran", "thunderbird-agency-typed-en"))

    # 4 Agency invite naming the employer, interviewers only named
    u = uid_outlook("halcyon-agency")
    d = ("Hi Aoife,\n\nGreat news - Halcyon Insurance would like to see you for the second and final stage for "
         "the Head of Talent role. You'll be meeting Rebecca Lowe (Chief People Officer) and Ian Marsh (CFO) "
         "at their offices.\n\nAddress: Halcyon Insurance, 70 Fenchurch Street, London EC3M 4BR - ask for "
         "Rebecca at reception.\n\nCall me after and let me know how it went!\n\nTom Hale\nPrincipal Consultant "
         "| Sterling Grove Search\n+44 20 3890 1177")
    e = ev(u, "20251014T103000", "20251022T140000", "20251022T150000",
           "Confirmed: Aoife Brennan - interview with Halcyon Insurance (Head of Talent)", tz="GMT Standard Time",
           desc=d, loc="70 Fenchurch Street, London EC3M 4BR", organizer=org("tom.hale@sterlinggrove.co.uk",
                                                                            "Hale, Tom"),
           attendees=(att(FREE, "Aoife Brennan"),), order="outlook", extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))
    out.append(item("agency-final", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, True, "Halcyon Insurance",
                    "Head of Talent", "final", "Rebecca Lowe;Ian Marsh", "agency-names-employer-en"))

    # 5 Agency invite that copies the client's hiring manager
    u = uid_google("quillon-agency")
    d = ("Hi Aoife, Shane,\n\nPutting this in for your initial conversation about the Talent Acquisition Lead "
         "position at Quillon. Shane is Head of People and the hiring manager.\n\nAny issues give me a shout.\n"
         "Niall Forde | Emerald Talent Partners | Dublin\n\nJoin with Google Meet: "
         "https://meet.google.com/qln-ertp-dab")
    e = ev(u, "20250916T101000", "20250919T150000", "20250919T154500",
           "Aoife Brennan / Shane Burke (Quillon) - TA Lead", tz="Europe/Dublin", desc=d,
           organizer=org("niall@emeraldtalent.ie", "Niall Forde"),
           attendees=(att("niall@emeraldtalent.ie", "Niall Forde", partstat="ACCEPTED", google=True),
                      att("shane.burke@quillon.com", "Shane Burke", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("agency-copies-hm", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Quillon",
                    "Talent Acquisition Lead", "hiring_manager", "shane.burke@quillon.com",
                    "agency-copies-client-en"))

    # 6 Founder on hotmail, coffee that is an interview
    u = uid_google("wrenfield-coffee")
    d = ("Hi Aoife - as promised, here's a time for a proper interview over coffee about becoming our first "
         "talent hire at Wrenfield. I'll bring Priya (co-founder). No need to prepare anything formal.\nCathal")
    e = ev(u, "20250925T213000", "20251002T083000", "20251002T093000", "Interview over coffee - Wrenfield",
           tz="Europe/Dublin", desc=d, loc="3fe Coffee, 32 Grand Canal Street Lower, Dublin 2",
           organizer=org("cathal.wrenfield@hotmail.com", "Cathal Dwyer"),
           attendees=(att("cathal.wrenfield@hotmail.com", "Cathal Dwyer", partstat="ACCEPTED", google=True),
                      att("priya@wrenfield.io", "Priya Menon", google=True), att(FREE, google=True)))
    out.append(item("founder-hotmail-coffee", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Wrenfield", "",
                    "", "cathal.wrenfield@hotmail.com;priya@wrenfield.io", "founder-freemail-coffee-interview-en"))

    # 7 The employer is itself a recruitment business (RPO)
    u = uid_outlook("cairn-rpo")
    d = ("Hi Aoife,\n\nThanks again for your application for Client Delivery Lead - Technology Talent Solutions. "
         "This first interview will be with me and Mark Devlin (Managing Director, Ireland).\n\nKind regards,\n"
         "Ailbhe Kearney | Internal Talent | Cairn RPO\n\n" + teams("ZmEzYzc4OWYt"))
    e = ev(u, "20250929T081500", "20251003T100000", "20251003T104500",
           "Interview: Aoife Brennan – Client Delivery Lead (Cairn RPO)", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", organizer=org("ailbhe.kearney@cairnrpo.com", "Kearney, Ailbhe"),
           attendees=(att("mark.devlin@cairnrpo.com", "Devlin, Mark"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("rpo-employer", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, True, "Cairn RPO",
                    "Client Delivery Lead - Technology Talent Solutions", "",
                    "ailbhe.kearney@cairnrpo.com;mark.devlin@cairnrpo.com", "rpo-is-employer-en"))

    # 8 Vantory recruiter screen (earlier step of the onsite), Google from the recruiter
    u = uid_google("vantory-screen")
    d = ("Hi Aoife,\n\nLovely to e-meet you. This is a 30 min recruiter screen for the Head of Talent role at "
         "Vantory - we'll cover your background, what you're looking for and the process.\n\nJoin Zoom Meeting\n"
         "https://vantory.zoom.us/j/91882003311\n\nChloe Barrett | Senior Recruiter | Vantory")
    e = ev(u, "20250918T090909", "20250923T080000", "20250923T083000", "Aoife Brennan <> Vantory | Recruiter Screen",
           utc=True, desc=d, loc="https://vantory.zoom.us/j/91882003311",
           organizer=org("chloe.barrett@vantory.com", "Chloe Barrett"),
           attendees=(att("chloe.barrett@vantory.com", "Chloe Barrett", partstat="ACCEPTED", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("google-screen-utc", calendar(GOOGLE, [e]), u, True, "Vantory", "Head of Talent",
                    "recruiter_screen", "chloe.barrett@vantory.com", "google-screen-utc-en"))

    # 9 iPhone, typed, phone interview arranged by a headhunter naming the employer
    u = uid_guid("mossgrove-typed")
    e = ev(u, "20251005T183000", "20251009T123000", "20251009T131500",
           "Mossgrove - HM call w/ Derek (via Saoirse @ Talentwise)", tz="Europe/London",
           desc="Derek Shaw, COO. Head of Talent & Culture. He'll call my mobile", order="apple", status="",
           extra=alarm(15))
    out.append(item("ios-headhunter", calendar(APPLE, [e], ("Europe/London",), method=None), u, True, "Mossgrove",
                    "Head of Talent & Culture", "hiring_manager", "Derek Shaw", "ios-typed-headhunter-en"))

    # 10 Outlook, Microsoft Bookings page of the employer
    u = uid_at("dunmore-bookings", "dunmoreinsurance.ie", 32)
    d = ("Your booking is confirmed\n\nDunmore Careers\nService: Talent Acquisition Lead - hiring manager "
         "interview (45 min)\nStaff: Fiona Geraghty, Head of HR\n\nJoin your appointment\n" + teams("MWIxNjRhY2Ut") +
         "\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/"
         "DunmoreCareers@dunmoreinsurance.ie/bookings/")
    e = ev(u, "20250924T170000", "20251006T100000", "20251006T104500",
           "Talent Acquisition Lead - hiring manager interview", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting",
           organizer=org("DunmoreCareers@dunmoreinsurance.ie", "Dunmore Careers"),
           attendees=(att("fiona.geraghty@dunmoreinsurance.ie", "Fiona Geraghty"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("bookings-hm", calendar("-//Microsoft Corporation//Bookings//EN", [e], ("GMT Standard Time",)),
                    u, True, "Dunmore Insurance", "Talent Acquisition Lead", "hiring_manager",
                    "fiona.geraghty@dunmoreinsurance.ie", "ms-bookings-en"))

    # 11 Workday London bank, phone screen, Windows zone name without a VTIMEZONE block
    u = uid_at("thamesgate-screen", "myworkday.com", 28)
    d = ("Dear Aoife,\n\nThank you for your interest in Thamesgate Bank. Your interview has been scheduled.\n\n"
         "Job Requisition: JR-118204 Head of Talent Acquisition - Technology\nInterview Type: Telephone "
         "screening\nInterviewer: Kwame Asante, Talent Acquisition Partner\nKwame will call you on "
         "+353 87 214 6630.\n\nThamesgate Bank Careers")
    e = ev(u, "20250909T110000", "20250912T093000", "20250912T100000",
           "Interview Scheduled: Head of Talent Acquisition - Technology (JR-118204)", tz="GMT Standard Time",
           desc=d, loc="Telephone", organizer=org("thamesgate@myworkday.com", "Thamesgate Bank Careers"),
           attendees=(att("kwame.asante@thamesgate.com", "Kwame Asante"), att(FREE, "Aoife Brennan")))
    out.append(item("workday-phone", calendar("-//Workday//Workday Recruiting//EN", [e]), u, True,
                    "Thamesgate Bank", "Head of Talent Acquisition - Technology", "recruiter_screen",
                    "kwame.asante@thamesgate.com", "workday-phone-no-vtimezone-en"))

    # 12 Outlook, work address used by the recruiter by mistake (still her own interview)
    u = uid_outlook("stackwise-hm")
    d = ("Hi Aoife,\n\nSorry - I think I sent the first one to your Ferrylane address! Re-sending to the right "
         "one. Hiring Manager Interview with Julia Brandt (VP People) for Head of Talent (EMEA).\n\nBest,\n"
         "Maximilian Ott, Stackwise\n\n" + teams("NTlkZjEyYzQt"))
    e = ev(u, "20250926T123000", "20251002T160000", "20251002T170000",
           "Interview | Head of Talent (EMEA) | Hiring Manager Interview", tz="W. Europe Standard Time", desc=d,
           loc="Microsoft Teams Meeting", seq=1,
           organizer=org("maximilian.ott@stackwise.com", "Ott, Maximilian"),
           attendees=(att("julia.brandt@stackwise.com", "Brandt, Julia"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("outlook-berlin-en", calendar(OUTLOOK, [e], ("W. Europe Standard Time",)), u, True,
                    "Stackwise", "Head of Talent (EMEA)", "hiring_manager", "julia.brandt@stackwise.com",
                    "outlook-w-europe-en"))
    return out
