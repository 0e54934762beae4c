"""holdout46: the user's own interviews, UK employers (part 3: agencies, hand-typed, Thunderbird, Webex, recurring)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, teams, webex
from holdout46ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    MACOS,
    THUNDERBIRD,
    Ev,
    alarm,
    att,
    cal,
    gatt,
    google_uid,
    html,
    ms_tail,
    mstz,
    org,
    outlook_uid,
    p,
    pos,
    tz,
    uuid,
)

GMT = "GMT Standard Time"


def events() -> list[Ev]:
    out: list[Ev] = []

    # Vantora: agency (Pinder & Lowe) confirms the interview and adds the client's hiring manager
    uid = outlook_uid("vantora")
    desc = ("Hi Grace,\n\nAs discussed, please see confirmation of your interview with my client Vantora (Vantora "
            "Retail Technology) for the Senior SDET position.\n\nInterviewer: Mark Ellison – Head of Quality "
            "Engineering (the hiring manager, you'd report to him)\nFormat: Teams video, 45 mins – competency and "
            "motivation questions plus a discussion of your framework experience.\nThe Teams link will come from "
            "Vantora directly; I've added Mark to this invite so you have his details.\n\nGive me a call afterwards "
            "to debrief – 0161 496 0732.\n\nKind regards\nJess Holt\nSenior Consultant – Technology\n"
            "Pinder & Lowe Recruitment")
    out.append(pos("agency-names-client-exchange-en", cal(EXCHANGE, [
        org("jess.holt@pinderlowe.co.uk", "Holt, Jess"), att(FREE, "grace.okonkwo@gmail.com"),
        att("mark.ellison@vantora.com", "mark.ellison@vantora.com", role="OPT-PARTICIPANT"),
        p("DESCRIPTION;LANGUAGE=en-GB", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Grace Okonkwo / Vantora - Senior SDET interview"),
        f"DTSTART;TZID={GMT}:20250326T120000", f"DTEND;TZID={GMT}:20250326T124500", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250320T163011Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=en-GB", "Teams (link to follow from Vantora)"), *ms_tail(), html(desc),
        *alarm(15),
    ], tzs=(mstz(GMT, True),), method="REQUEST", method_first=True), uid, "Vantora", "Senior SDET",
        "hiring_manager", "mark.ellison@vantora.com"))

    # Dovecote Insurance: agency consultant's Google invite; client, address and interviewers only in the body
    uid = google_uid("dovecote")
    desc = ("Client: Dovecote Insurance\nRole: Lead QA Automation Engineer (contract-to-perm)\nAddress: Dovecote "
            "House, 22 Quay Street, Manchester M3 3JZ – ask for Neil at reception\nInterviewers: Neil Brackley "
            "(Test Architect) & Sarah Okafor (Delivery Lead)\nFormat: 90 mins – whiteboard a test strategy for a "
            "claims portal, then some Java/RestAssured coding.\n\nGood luck! Call me on 07700 900761 if anything "
            "comes up.\nAmrit")
    out.append(pos("agency-body-only-google-en", cal(GOOGLE, [
        "DTSTART;TZID=Europe/London:20250422T140000", "DTEND;TZID=Europe/London:20250422T153000",
        "DTSTAMP:20250416T102233Z", org("amrit@harlowsearch.co.uk", "Amrit Sandhu"), f"UID:{uid}",
        gatt("amrit@harlowsearch.co.uk", "Amrit Sandhu", "ACCEPTED"), gatt(FREE), "CREATED:20250416T102231Z",
        p("DESCRIPTION", desc), "LAST-MODIFIED:20250416T102232Z",
        p("LOCATION", "22 Quay Street, Manchester M3 3JZ"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Technical interview – Grace Okonkwo (via Harlow Search)"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Dovecote Insurance",
        "Lead QA Automation Engineer", "technical", "neil brackley;sarah okafor"))

    # Greyhawk Analytics: hand-typed on the Mac, floating time, only a first name
    uid = uuid("greyhawk-screen", upper=True)
    out.append(pos("macos-handtyped-floating-en", cal(MACOS, [
        "CREATED:20250307T083012Z", "DTEND:20250312T130000", "DTSTAMP:20250307T083044Z",
        "DTSTART:20250312T123000", "LAST-MODIFIED:20250307T083043Z", "SEQUENCE:0",
        p("SUMMARY", "Phone screen – Greyhawk Analytics (Nisha)"), "TRANSP:OPAQUE", f"UID:{uid}",
        p("DESCRIPTION", "recruiter calling my mobile. Senior SDET (Python). band 70-80k? ask re remote days"),
    ]), uid, "Greyhawk Analytics", "Senior SDET (Python)", "recruiter_screen", "nisha"))

    # Greyhawk Analytics: direct invite from an engineer, UTC, no role in the event
    uid = google_uid("greyhawk-tech")
    desc = ("Hi Grace, looking forward to chatting. We'll spend most of the hour on pytest and test architecture for "
            "our data ingestion services, and a bit on how you'd approach contract testing between services.\n\n"
            "– Leo\n\n" + meet("en", "greyhawk-tech"))
    out.append(pos("google-direct-engineer-en", cal(GOOGLE, [
        "DTSTART:20250324T150000Z", "DTEND:20250324T160000Z", "DTSTAMP:20250319T110457Z",
        org("leo.fontaine@greyhawkanalytics.com", "Leo Fontaine"), f"UID:{uid}",
        gatt("leo.fontaine@greyhawkanalytics.com", "Leo Fontaine", "ACCEPTED"),
        gatt("sam.oyelaran@greyhawkanalytics.com", "Sam Oyelaran", "ACCEPTED"), gatt(FREE, "Grace Okonkwo"),
        f"X-GOOGLE-CONFERENCE:{meet_url('greyhawk-tech')}", "CREATED:20250319T110455Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250319T110456Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Greyhawk <> Grace – technical interview"), "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, "Greyhawk Analytics", "", "technical",
        "leo.fontaine@greyhawkanalytics.com;sam.oyelaran@greyhawkanalytics.com"))

    # Thistle & Rowan: Personio invite in English from an Edinburgh consultancy
    uid = f"{uuid('tr-screen')}@personio.de"
    desc = ("Hello Grace,\n\nthank you for your interest in Thistle & Rowan. We'd like to invite you to a first video "
            "call with our Talent Partner, Fiona McLeish, about the position Senior Test Automation Consultant.\n\n"
            f"Date: 18.03.2025\nTime: 11:00 - 11:30 (Europe/London)\nLocation: {meet_url('tr-screen')}\n\n"
            "Best regards\nFiona McLeish\nThistle & Rowan Consulting Ltd")
    out.append(pos("personio-screen-en", cal(["PRODID:-//Personio GmbH//Personio Recruiting//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250312T134500Z", "DTSTART;TZID=Europe/London:20250318T110000",
        "DTEND;TZID=Europe/London:20250318T113000", org("fiona.mcleish@thistlerowan.com", "Fiona McLeish"),
        att(FREE, "Grace Okonkwo"),
        p("SUMMARY", "Interview: Grace Okonkwo - Senior Test Automation Consultant"), p("DESCRIPTION", desc),
        p("LOCATION", meet_url("tr-screen")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Thistle & Rowan", "Senior Test Automation Consultant",
        "recruiter_screen", "fiona.mcleish@thistlerowan.com"))

    # Thistle & Rowan: the user's own shorthand in a Google export (X-WR-TIMEZONE, UTC)
    uid = google_uid("tr-final")
    out.append(pos("google-export-handtyped-abbrev-en", cal([
        *GOOGLE, "METHOD:PUBLISH", "X-WR-CALNAME:grace.okonkwo@gmail.com", "X-WR-TIMEZONE:Europe/London"], [
        "DTSTART:20250411T130000Z", "DTEND:20250411T150000Z", "DTSTAMP:20250603T191500Z", f"UID:{uid}",
        "CREATED:20250404T071200Z",
        p("DESCRIPTION", "partner interview w/ Douglas (Fiona sitting in). bring printed test strategy deck. "
                         "train 09:15 Picc -> Waverley"),
        "LAST-MODIFIED:20250404T071510Z", p("LOCATION", "T&R, 9 Melville Street, Edinburgh"), "SEQUENCE:0",
        "STATUS:CONFIRMED", p("SUMMARY", "T&R final 💪"), "TRANSP:OPAQUE",
    ]), uid, "Thistle & Rowan", "", "final", "douglas"))

    # Boxwell Logistics: Greenhouse template sent through Exchange
    uid = outlook_uid("boxwell")
    desc = ("Hi Grace,\n\nYou're all set! Here are the details for your upcoming interview with Boxwell Logistics.\n\n"
            "Role: Senior SDET – Warehouse Systems\nInterviewer: Callum Dyer, QA Engineering Manager\n"
            "Duration: 45 minutes\n\nIf you need to reschedule, please let us know as soon as possible.\n\n"
            "Boxwell Recruiting\n\n" + teams("en", "boxwell"))
    out.append(pos("greenhouse-exchange-hm-en", cal(EXCHANGE, [
        org("recruiting@boxwell.co.uk", "Boxwell Recruiting", sent_by="holly.price@boxwell.co.uk"),
        att(FREE, "Grace Okonkwo"), att("callum.dyer@boxwell.co.uk", "Dyer, Callum"),
        p("DESCRIPTION;LANGUAGE=en-GB", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Interview with Boxwell Logistics - Hiring Manager (Senior SDET)"),
        f"DTSTART;TZID={GMT}:20250401T150000", f"DTEND;TZID={GMT}:20250401T154500", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250326T101500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=en-GB", "Microsoft Teams Meeting"), *ms_tail(),
    ], tzs=(mstz(GMT, True),), method="REQUEST", method_first=True), uid, "Boxwell Logistics",
        "Senior SDET – Warehouse Systems", "hiring_manager", "callum.dyer@boxwell.co.uk"))

    # Heron Mobility: Lever all-day assessment day with an itinerary; talent partner welcomes, does not assess
    uid = "lever-" + uuid("heron") + "@hire.lever.co"
    desc = ("Hi Grace,\n\nWe're excited to host you for our assessment day at Heron Mobility HQ, Unit 4, Salts Mill "
            "Road, Shipley BD18 3LA (Saltaire).\n\nSchedule (09:30–15:30):\n09:30 Welcome – Ellie Shaw (Talent)\n"
            "10:00 Test design workshop – Pavel Novak, Lead QA\n11:30 Pairing on the mobile test suite – Jordan "
            "Blake, Senior SDET\n13:00 Lunch\n14:00 Hiring manager interview – Amara Osei, Head of Engineering\n"
            "15:00 Q&A and close – Ellie Shaw\n\nTravel expenses are reimbursed. Please bring a laptop.\n\n"
            "Heron Mobility Talent Team")
    out.append(pos("lever-allday-assessment-en", cal(["PRODID:-//Lever//Lever Interview Scheduling//EN",
                                                      "VERSION:2.0", "CALSCALE:GREGORIAN"], [
        f"UID:{uid}", "DTSTAMP:20250502T100000Z", "DTSTART;VALUE=DATE:20250514", "DTEND;VALUE=DATE:20250515",
        org("ellie.shaw@heronmobility.com", "Ellie Shaw"), att(FREE, "Grace Okonkwo", cutype="INDIVIDUAL"),
        att("pavel.novak@heronmobility.com", "Pavel Novak", cutype="INDIVIDUAL"),
        att("jordan.blake@heronmobility.com", "Jordan Blake", cutype="INDIVIDUAL"),
        att("amara.osei@heronmobility.com", "Amara Osei", cutype="INDIVIDUAL"),
        p("SUMMARY", "Heron Mobility – Assessment Day (Senior QA Engineer)"), p("DESCRIPTION", desc),
        p("LOCATION", "Heron Mobility, Unit 4, Salts Mill Road, Shipley BD18 3LA"), "STATUS:CONFIRMED",
        "SEQUENCE:0", "TRANSP:TRANSPARENT",
    ], method="REQUEST"), uid, "Heron Mobility", "Senior QA Engineer", "onsite",
        "pavel.novak@heronmobility.com;jordan.blake@heronmobility.com;amara.osei@heronmobility.com"))

    # Swale Digital: the user's own Thunderbird entry
    uid = uuid("swale")
    out.append(pos("thunderbird-handtyped-en", cal(THUNDERBIRD, [
        "CREATED:20250402T201544Z", "LAST-MODIFIED:20250402T201700Z", "DTSTAMP:20250402T201700Z", f"UID:{uid}",
        p("SUMMARY", "Swale Digital - 2nd stage tech test (live)"), "DTSTART;TZID=Europe/London:20250408T093000",
        "DTEND;TZID=Europe/London:20250408T110000",
        p("DESCRIPTION", "Rob Tennant (QA lead) & Amy Chu. Live exercise: API tests against their booking "
                         "endpoint, Kotlin or Java. Link in email."),
        p("LOCATION", "Teams"), "CATEGORIES:Job hunt", "X-MOZ-GENERATION:2", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT1H",
        "DESCRIPTION:Default Mozilla Description", "END:VALARM",
    ], tzs=(tz("Europe/London"),)), uid, "Swale Digital", "", "technical", "rob tennant;amy chu"))

    # Blackstaff Telecom: Webex from the test engineering manager, CN="Last, First"
    uid = outlook_uid("blackstaff")
    desc = ("Hi Grace,\n\nThanks for taking the time to speak with our recruiter last week. Roisin and I would like to "
            "go deeper into your automation experience – expect questions on Playwright/Selenium, API testing and "
            "performance testing with k6 or JMeter.\n\nRegards,\nCiaran\n\n" + webex("en", "blackstaff",
                                                                                      "blackstafftel"))
    out.append(pos("exchange-webex-technical-en", cal(EXCHANGE, [
        org("ciaran.doherty@blackstafftel.com", "Doherty, Ciaran"), att(FREE, "grace.okonkwo@gmail.com"),
        att("roisin.mcallister@blackstafftel.com", "McAllister, Roisin"), p("DESCRIPTION;LANGUAGE=en-GB", desc),
        f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Blackstaff Telecom - Technical Interview - Senior Test Automation Engineer"),
        f"DTSTART;TZID={GMT}:20250328T110000", f"DTEND;TZID={GMT}:20250328T120000", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250324T142205Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=en-GB", "Webex"), *ms_tail(), html(desc),
    ], tzs=(mstz(GMT, True),), method="REQUEST", method_first=True), uid, "Blackstaff Telecom",
        "Senior Test Automation Engineer", "technical",
        "ciaran.doherty@blackstafftel.com;roisin.mcallister@blackstafftel.com"))

    # Corrie Energy: Workday recruiter screen on Teams
    uid = "WD-INT-" + uuid("corrie", upper=True) + "@corrieenergy.myworkday.com"
    desc = ("Interview Details\n\nCandidate: Grace Okonkwo\nJob Requisition: JR-10922 Quality Engineering Lead\n"
            "Interview Type: Recruiter Screen\nDuration: 30 minutes\n\nInterviewer(s):\nTariq Hussain – Talent "
            "Acquisition Partner\n\n" + teams("en", "corrie"))
    out.append(pos("workday-recruiter-screen-en", cal(
        ["PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN", "VERSION:2.0"], [
            f"UID:{uid}", "DTSTAMP:20250428T150000Z", "DTSTART:20250502T090000Z", "DTEND:20250502T093000Z",
            org("careers@corrieenergy.com", "Corrie Energy Careers"), att(FREE, "Grace Okonkwo"),
            att("tariq.hussain@corrieenergy.com", "Tariq Hussain"),
            p("SUMMARY", "Interview: Quality Engineering Lead (JR-10922) - Recruiter Screen"),
            p("DESCRIPTION", desc), p("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
        ], method="REQUEST"), uid, "Corrie Energy", "Quality Engineering Lead", "recruiter_screen",
        "tariq.hussain@corrieenergy.com"))

    # Anchorpoint: two paid trial days as a daily series; day 2 moved by an override with the same UID
    uid = google_uid("anchorpoint")
    desc = ("Hi Grace,\n\nAs agreed, here are your two paid trial days – the final step of our hiring process for the "
            "Senior SDET role. You'll work alongside the Platform squad at our Ancoats office (Hope Mill, 113 Pollard "
            "Street, Manchester M4 7JA). Joel Ferreira (Engineering Lead) and Hana Sato (QA) will be your buddies and "
            "will run the review conversation at the end of day 2.\n\nPlease bring your own laptop; we pay a day "
            "rate of £350.\n\nMaya Lindgren\nPeople Ops, Anchorpoint")
    common = [org("maya.lindgren@anchorpoint.io", "Maya Lindgren"), f"UID:{uid}",
              gatt("maya.lindgren@anchorpoint.io", "Maya Lindgren", "ACCEPTED"),
              gatt("joel.ferreira@anchorpoint.io", "Joel Ferreira", "ACCEPTED"),
              gatt("hana.sato@anchorpoint.io", "Hana Sato", "ACCEPTED"), gatt(FREE, "Grace Okonkwo"),
              p("LOCATION", "Anchorpoint, Hope Mill, 113 Pollard Street, Manchester M4 7JA"),
              "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    series = ["DTSTART;TZID=Europe/London:20250520T093000", "DTEND;TZID=Europe/London:20250520T170000",
              "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20250512T090000Z", *common, "CREATED:20250512T085900Z",
              p("DESCRIPTION", desc), "LAST-MODIFIED:20250512T085900Z", "SEQUENCE:0",
              p("SUMMARY", "Anchorpoint – paid trial days (Senior SDET)")]
    moved = ["DTSTART;TZID=Europe/London:20250522T093000", "DTEND;TZID=Europe/London:20250522T170000",
             "DTSTAMP:20250515T130000Z", *common, "RECURRENCE-ID;TZID=Europe/London:20250521T093000",
             "CREATED:20250512T085900Z", p("DESCRIPTION", "Day 2 moved to Thursday (Joel is out on Wednesday).\n\n"
                                                          + desc),
             "LAST-MODIFIED:20250515T130000Z", "SEQUENCE:1",
             p("SUMMARY", "Anchorpoint – paid trial day 2 (Senior SDET) – moved to Thu")]
    out.append(pos("recurring-override-trial-days-en", cal(GOOGLE, series, moved, tzs=(tz("Europe/London"),),
                                                           method="REQUEST"), uid, "Anchorpoint", "Senior SDET",
                   "final", "joel.ferreira@anchorpoint.io;hana.sato@anchorpoint.io"))

    return out
