"""holdout17: Aylin Demir's own interviews written in English (ATS, schedulers, direct, founders, agencies).

Given nothing, events() returns the list of Event objects with their labels; each event is written by hand.
"""

from __future__ import annotations

from holdout17ev_boiler import meet, teams, webex, zoom
from holdout17ev_ics import (
    APPLE_X,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK_X,
    Event,
    Label,
    alarm,
    calendar,
    person,
    vevent,
)

P = ME_PRIVATE


def _me(cn: str = "Aylin Demir", addr: str = P, **kw: object) -> str:
    return person("ATTENDEE", cn, addr, **kw)  # type: ignore[arg-type]


def events() -> list[Event]:
    """Given nothing, returns the English interview events of holdout17 with their labels."""
    out: list[Event] = []

    def add(kind: str, uid: str, text: str, label: Label, lang: str = "en") -> None:
        out.append(Event(kind, lang, uid, text, label))

    u = "gh-7731045-h17@greenhouse.io"
    desc = ("Hi Aylin,\n\nThanks for making time to speak with Larkspur Hotels. This is a 30-minute introductory "
            "call with Bethan Price from our Talent team about the People Partner - Leeds role.\n\nBethan will call "
            "you on the number you provided.\n\nPowered by Greenhouse")
    add("greenhouse-recruiter-screen", u, calendar("greenhouse", [vevent(
        u, "Aylin Demir <> Larkspur Hotels - Recruiter Call", "20261103T100000Z", "20261103T103000Z", None,
        organizer=person("ORGANIZER", "Larkspur Hotels Recruiting", "no-reply@greenhouse.io"),
        attendees=[person("ATTENDEE", "Bethan Price", "bethan.price@larkspurhotels.co.uk"), _me()],
        description=desc, location="Phone call")]),
        Label(True, "Larkspur Hotels", "People Partner", "recruiter_screen", ["bethan.price@larkspurhotels.co.uk"]))

    u = "lever-h17-0b3f9e2a@hire.lever.co"
    desc = ("Interview: Aylin Demir for HR Business Partner (Operations)\n\nInterviewers:\n- Callum Reid, Head of "
            "People\n- Priyanka Shah, Regional Operations Director\n\nFormat: competency-based panel, 60 min.\n\n"
            + zoom(11, "Callum Reid"))
    add("lever-panel-zoom", u, calendar("lever", [vevent(
        u, "Interview - Aylin Demir - HR Business Partner (Operations) - Harbourline Logistics",
        "20261105T140000Z", "20261105T150000Z", None,
        organizer=person("ORGANIZER", "Harbourline Logistics via Lever", "interviews@hire.lever.co"),
        attendees=[person("ATTENDEE", "Callum Reid", "callum.reid@harbourline.co.uk"),
                   person("ATTENDEE", "Priyanka Shah", "priyanka.shah@harbourline.co.uk"),
                   person("ATTENDEE", "Aylin Demir", P, partstat="ACCEPTED")],
        description=desc, location="Zoom")]),
        Label(True, "Harbourline Logistics", "HR Business Partner (Operations)", "technical",
              ["callum.reid@harbourline.co.uk", "priyanka.shah@harbourline.co.uk"]))

    u = "040000008200E00074C5B7101A82E00800000000H17A1B2C3D4E5F60000000000000000100000001"
    desc = ("Dear Aylin,\n\nas discussed, please find the invitation for your final round for the position Talent "
            "Acquisition Lead at our Frankfurt office. You will meet our COO, Henrik Bjerke, and our VP People, "
            "Sophie Aldenhoff. Please bring a photo ID for reception.\n\nKind regards,\nMarta Kowalski\nRecruiting "
            "Coordinator\nNordstern Freight GmbH")
    add("outlook-final-onsite-room", u, calendar("outlook", [vevent(
        u, "Final interview - Talent Acquisition Lead - Aylin Demir", "20261112T093000", "20261112T113000",
        "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Kowalski, Marta", "marta.kowalski@nordstern-freight.de"),
        attendees=[person("ATTENDEE", "Bjerke, Henrik", "henrik.bjerke@nordstern-freight.de"),
                   person("ATTENDEE", "Aldenhoff, Sophie", "sophie.aldenhoff@nordstern-freight.de"),
                   person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "FRA-4.12 Boardroom (12)", "room-fra-412@nordstern-freight.de",
                          cutype="ROOM", role="NON-PARTICIPANT")],
        description=desc, location="FRA-4.12 Boardroom (12); Mainzer Landstraße 50, 60325 Frankfurt",
        extra=OUTLOOK_X)], zones=["W. Europe Standard Time"]),
        Label(True, "Nordstern Freight", "Talent Acquisition Lead", "final",
              ["henrik.bjerke@nordstern-freight.de", "sophie.aldenhoff@nordstern-freight.de"]))

    u = "cal-h17-3f8a1c@calendly.com"
    desc = ("Event Name: 30 Minute Intro - Ostwind Software\n\nHi Aylin, looking forward to chatting about the "
            "People Operations Manager opening (remote, EU).\n\nLocation: This is a Google Meet web conference.\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/H17A\n"
            "Reschedule: https://calendly.com/reschedulings/H17A\n\nPowered by Calendly.com")
    add("calendly-intro-remote", u, calendar("calendly", [vevent(
        u, "30 Minute Intro between Nadia Ferreira and Aylin Demir", "20261104T121500Z", "20261104T124500Z", None,
        organizer=person("ORGANIZER", "Nadia Ferreira", "nadia@ostwind.software"),
        attendees=[person("ATTENDEE", "Aylin Demir", P, partstat="ACCEPTED")],
        description=desc, location="https://meet.google.com/ost-wind-h17")], method=None),
        Label(True, "Ostwind Software", "People Operations Manager", "recruiter_screen", ["nadia@ostwind.software"]))

    u = "h17-gcal-9xq2@google.com"
    desc = ("Hey Aylin - great to meet you at the Leeds retail meetup. As promised, a proper chat about joining "
            "us as our first People & Culture hire. I'll walk you through where we are; bring questions!\n\n"
            "Tom\nCo-founder, Kettle & Crumb\n\n" + meet(4))
    add("founder-gmail", u, calendar("google", [vevent(
        u, "Kettle & Crumb - first People hire chat (Tom / Aylin)", "20261106T170000Z", "20261106T174500Z", None,
        organizer=person("ORGANIZER", "Tom Ashworth", "tom.ashworth.kc@gmail.com"),
        attendees=[person("ATTENDEE", "Tom Ashworth", "tom.ashworth.kc@gmail.com", partstat="ACCEPTED",
                          rsvp=False),
                   person("ATTENDEE", None, P)],
        description=desc)], method="REQUEST", head=["X-WR-TIMEZONE:Europe/London"]),
        Label(True, "Kettle & Crumb", "People & Culture", "hiring_manager", ["tom.ashworth.kc@gmail.com"],
              "founder_free_mail"))

    u = "wd-h17-REQ-55821-INT-2@myworkday.com"
    desc = ("You have been scheduled for an interview.\n\nJob Requisition: REQ-55821 HR Business Partner - Retail "
            "Operations (Leeds)\nInterview Type: Video - Structured\nInterviewer(s): Grace Okafor (Senior HRBP); "
            "Liam Stott (Area Manager North)\n\n" + teams(21))
    add("workday-structured", u, calendar("workday", [vevent(
        u, "Interview Scheduled: HR Business Partner - Retail Operations", "20261110T091500", "20261110T101500",
        "Europe/London",
        organizer=person("ORGANIZER", "Pennine Home Stores Recruiting", "pennine@myworkday.com"),
        attendees=[person("ATTENDEE", "Grace Okafor", "grace.okafor@penninehome.co.uk"),
                   person("ATTENDEE", "Liam Stott", "liam.stott@penninehome.co.uk"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc)], zones=["Europe/London"]),
        Label(True, "Pennine Home Stores", "HR Business Partner - Retail Operations", "technical",
              ["grace.okafor@penninehome.co.uk", "liam.stott@penninehome.co.uk"]))

    u = "h17-ios-4471-AF2C"
    add("terse-ios-second-round", u, calendar("ios", [vevent(
        u, "Alpenblick Hotels 2nd round w/ GM", "20261117T150000", "20261117T160000", "Europe/Zurich",
        location="Bahnhofstrasse 12, Zürich", extra=[*APPLE_X, *alarm(60)])], zones=["Europe/Zurich"],
        method=None), Label(True, "Alpenblick Hotels", "", "hiring_manager", [], "terse_hand_typed"))

    u = "ashby-h17-7e1d0c55@ashbyhq.com"
    desc = ("Aylin, here are the details of your onsite at Quaymark.\n\nSchedule (all times UK):\n10:00 Welcome - "
            "Ellie Marsh (Recruiting Coordinator)\n10:15 People strategy case - Dominic Lau, Director People\n"
            "11:00 Values interview - Sara Hughes, Ops Lead\n11:45 Lunch with the team\n\nRole: Senior People "
            "Partner\nAddress: Quaymark, 3 Wellington Place, Leeds LS1 4AP")
    add("ashby-onsite-loop", u, calendar("ashby", [vevent(
        u, "Onsite Interview: Senior People Partner @ Quaymark", "20261119T100000Z", "20261119T123000Z", None,
        organizer=person("ORGANIZER", "Ellie Marsh", "ellie.marsh@quaymark.io"),
        attendees=[person("ATTENDEE", "Ellie Marsh", "ellie.marsh@quaymark.io", role="OPT-PARTICIPANT"),
                   person("ATTENDEE", "Dominic Lau", "dominic.lau@quaymark.io"),
                   person("ATTENDEE", "Sara Hughes", "sara.hughes@quaymark.io"),
                   person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "Leeds - Aire meeting room", "leeds-aire@resource.quaymark.io",
                          cutype="ROOM")],
        description=desc, location="Quaymark Leeds, 3 Wellington Place")]),
        Label(True, "Quaymark", "Senior People Partner", "onsite",
              ["dominic.lau@quaymark.io", "sara.hughes@quaymark.io"], "coordinator_attendee"))

    u = "h17-agency-tz-88@redwoodsearch.co.uk"
    desc = ("Hi Aylin,\n\nConfirming your interview with my client Brackenfield Care Group for the Head of Talent "
            "Acquisition role. You'll speak with Hannah Lister (Chief People Officer) by video. I'll call you "
            "afterwards for a debrief.\n\nBest,\nJoe Mercer | Redwood Search\n\n" + teams(33))
    add("agency-client-named", u, calendar("outlook", [vevent(
        u, "Brackenfield Care Group - Interview - Aylin Demir (Redwood Search)", "20261113T110000",
        "20261113T120000", "GMT Standard Time",
        organizer=person("ORGANIZER", "Joe Mercer", "joe.mercer@redwoodsearch.co.uk"),
        attendees=[person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "hannah.lister@brackenfieldcare.co.uk", "hannah.lister@brackenfieldcare.co.uk")],
        description=desc, extra=OUTLOOK_X)], zones=["GMT Standard Time"], zone_blocks=False),
        Label(True, "Brackenfield Care Group", "Head of Talent Acquisition", "hiring_manager",
              ["hannah.lister@brackenfieldcare.co.uk"], "agency"))

    u = "goodtime-h17-a91c@goodtime.io"
    desc = ("Interview details\nCandidate: Aylin Demir\nPosition: Talent Acquisition Partner, EMEA\n"
            "Interviewer: Jonas Weber, Senior Recruiter\nFocus: stakeholder management and sourcing for "
            "frontline roles\n\nPlease join via the Teams link below.\n\n" + teams(45) + "\nScheduled with GoodTime")
    add("goodtime-ta-partner", u, calendar("goodtime", [vevent(
        u, "Vireo Cloud | Aylin Demir | Talent Acquisition Partner, EMEA | Skills interview",
        "20261118T130000Z", "20261118T134500Z", None,
        organizer=person("ORGANIZER", "Vireo Cloud Interview Scheduling", "scheduling@vireocloud.com"),
        attendees=[person("ATTENDEE", "Jonas Weber", "jonas.weber@vireocloud.com"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc)]),
        Label(True, "Vireo Cloud", "Talent Acquisition Partner, EMEA", "technical", ["jonas.weber@vireocloud.com"]))

    u = "h17-hm-direct-5503@cobaltroute.com"
    add("direct-hm-terse-desc", u, calendar("exchange", [vevent(
        u, "Aylin / Rachel - HRBP role", "20261109T160000Z", "20261109T163000Z", None,
        organizer=person("ORGANIZER", "Rachel Nwosu", "rachel.nwosu@cobaltroute.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Hiring manager conversation as agreed with Tasha in recruiting. Teams link to follow.\n")]),
        Label(True, "Cobalt Route", "HRBP", "hiring_manager", ["rachel.nwosu@cobaltroute.com"]))

    u = "smartcal-h17-0201@calcom"
    desc = ("What: Case study presentation - Workforce planning\nInvitee: Aylin Demir\nHosts: Ines Carvalho "
            "(Head of Ops), Matt Greaves (People Lead)\n\nAylin, please prepare 10 minutes on how you'd staff a "
            "new fulfilment site for peak season. This is the third stage for the People Ops Manager role at "
            "Parcelwise.\n\nWhere: https://app.cal.com/video/h17pw0201")
    add("calcom-case-presentation", u, calendar("calcom", [vevent(
        u, "Case study presentation - Workforce planning between Parcelwise and Aylin Demir",
        "20261124T133000Z", "20261124T143000Z", None,
        organizer=person("ORGANIZER", "Ines Carvalho", "ines@parcelwise.eu"),
        attendees=[person("ATTENDEE", "Matt Greaves", "matt@parcelwise.eu"),
                   person("ATTENDEE", "Aylin Demir", P, partstat="ACCEPTED")],
        description=desc, location="https://app.cal.com/video/h17pw0201")], method=None),
        Label(True, "Parcelwise", "People Ops Manager", "technical", ["ines@parcelwise.eu", "matt@parcelwise.eu"]))

    u = "h17-cancel-gh-7731990@greenhouse.io"
    add("greenhouse-cancelled", u, calendar("greenhouse", [vevent(
        u, "CANCELLED: Aylin Demir - Hiring Manager Interview - Tidewater Hospitality", "20261120T090000Z",
        "20261120T094500Z", None,
        organizer=person("ORGANIZER", "Tidewater Hospitality", "no-reply@greenhouse.io"),
        attendees=[person("ATTENDEE", "Oliver Brandt", "oliver.brandt@tidewaterhospitality.com"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="This interview for Regional HR Manager has been cancelled. Your recruiter will be in "
                    "touch to find a new time.", status="CANCELLED", sequence=2)], method="CANCEL"),
        Label(True, "Tidewater Hospitality", "Regional HR Manager", "hiring_manager",
              ["oliver.brandt@tidewaterhospitality.com"], "cancelled"))

    u = "h17-thunder-6612"
    add("hand-typed-phone-screen", u, calendar("thunderbird", [vevent(
        u, "phone screen Fernhill Logistics (recruiter Amy) - talent acq. coordinator", "20261102T143000",
        "20261102T150000", None, description="she calls me. have CV + salary number ready",
        extra=["X-MOZ-GENERATION:1"])], method=None),
        Label(True, "Fernhill Logistics", "talent acq. coordinator", "recruiter_screen", [], "hand_typed_floating"))

    u = "h17-rec-trial-22@google.com"
    desc = ("Aylin - two half-day trial shifts at our Vienna flagship, shadowing our People team before we decide. "
            "Paid, of course. Day 2 starts later because of the inventory count.\n\nKatharina Moser\nHead of HR, "
            "Donaupark Hotels\n\n" + meet(9))
    add("recurring-trial-override", u, calendar("google", [
        vevent(u, "Trial days People team - Aylin Demir", "20261201T090000", "20261201T130000", "Europe/Vienna",
               organizer=person("ORGANIZER", "Katharina Moser", "k.moser@donaupark-hotels.at"),
               attendees=[person("ATTENDEE", "Aylin Demir", P)],
               description=desc, location="Donaupark Hotel Flagship, Praterstraße 7, 1020 Wien",
               extra=["RRULE:FREQ=DAILY;COUNT=2"]),
        vevent(u, "Trial days People team - Aylin Demir", "20261202T110000", "20261202T150000", "Europe/Vienna",
               organizer=person("ORGANIZER", "Katharina Moser", "k.moser@donaupark-hotels.at"),
               attendees=[person("ATTENDEE", "Aylin Demir", P)],
               description=desc, location="Donaupark Hotel Flagship, Praterstraße 7, 1020 Wien", sequence=1,
               extra=["RECURRENCE-ID;TZID=Europe/Vienna:20261202T090000"])], zones=["Europe/Vienna"]),
        Label(True, "Donaupark Hotels", "", "onsite", ["k.moser@donaupark-hotels.at"], "recurring_trial"))

    u = "sf-h17-INT-884120@successfactors.eu"
    desc = ("Dear Aylin Demir,\n\nWe are pleased to invite you to an interview for the position HR Business Partner "
            "Logistics (m/f/d), Requisition 884120, at Meridian Parcel Services.\n\nInterview panel:\nAnna Fuchs - "
            "HR Director Central Europe\nMarkus Ebner - Hub Manager Vienna\n\n" + webex(7, "meridianparcel"))
    add("successfactors-webex", u, calendar("successfactors", [vevent(
        u, "Interview: HR Business Partner Logistics (m/f/d) - Meridian Parcel Services", "20261116T100000",
        "20261116T110000", "Europe/Vienna",
        organizer=person("ORGANIZER", "Meridian Parcel Services Careers", "careers-noreply@successfactors.eu"),
        attendees=[person("ATTENDEE", "Anna Fuchs", "anna.fuchs@meridianparcel.com"),
                   person("ATTENDEE", "Markus Ebner", "markus.ebner@meridianparcel.com"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc, location="Webex")], zones=["Europe/Vienna"]),
        Label(True, "Meridian Parcel Services", "HR Business Partner Logistics", "technical",
              ["anna.fuchs@meridianparcel.com", "markus.ebner@meridianparcel.com"]))

    u = "h17-protonfounder-31"
    desc = ("Hi Aylin, thanks for the great first call. Next step is the founders' round: me and my co-founder "
            "Lukas. We want to understand how you'd set up hiring for our first 30 store staff in Zurich.\n- Mara")
    add("founder-proton-second", u, calendar("apple", [vevent(
        u, "Grünkorn x Aylin: founders round", "20261123T080000Z", "20261123T090000Z", None,
        organizer=person("ORGANIZER", "Mara Vogel", "mara.vogel@proton.me"),
        attendees=[person("ATTENDEE", "Lukas Imhof", "lukas.imhof@gruenkorn.ch"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc, location="Zoom (link in mail)", extra=APPLE_X)]),
        Label(True, "Grünkorn", "", "hiring_manager", ["mara.vogel@proton.me", "lukas.imhof@gruenkorn.ch"],
              "founder_free_mail"))

    u = "h17-allday-ac-2026@penninehome.co.uk"
    add("allday-assessment-centre", u, calendar("outlook", [vevent(
        u, "Assessment Centre - Area People Manager (Pennine Home Stores)", "20261127", "20261128", "DATE",
        organizer=person("ORGANIZER", "Early Careers & Assessment", "assessment@penninehome.co.uk"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Dear Aylin,\nYou are invited to our assessment centre for the Area People Manager role. "
                    "The day includes a group exercise, a role play with an employee-relations case and a final "
                    "interview with the Head of People, Fiona Clarke. Arrive 08:45, Pennine House, Kirkstall Road, "
                    "Leeds.", extra=["X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "TRANSP:TRANSPARENT"])]),
        Label(True, "Pennine Home Stores", "Area People Manager", "onsite", ["Fiona Clarke"], "all_day"))

    u = "h17-modernloop-51a@modernloop.io"
    desc = ("Your interview with Lattice Freight has been scheduled.\n\nRole: People Operations Specialist\n"
            "Interviewers: Chloe Dunn (Hiring Manager)\n\nScheduled by Rory (Recruiting Coordinator) using "
            "ModernLoop.\n\n" + zoom(57, "Chloe Dunn"))
    add("modernloop-hm", u, calendar("google", [vevent(
        u, "Lattice Freight - People Operations Specialist - Hiring Manager Interview", "20261125T150000Z",
        "20261125T154500Z", None,
        organizer=person("ORGANIZER", "Rory Byrne", "rory.byrne@latticefreight.com"),
        attendees=[person("ATTENDEE", "Chloe Dunn", "chloe.dunn@latticefreight.com"),
                   person("ATTENDEE", "Rory Byrne", "rory.byrne@latticefreight.com", role="OPT-PARTICIPANT",
                          partstat="ACCEPTED"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc)]),
        Label(True, "Lattice Freight", "People Operations Specialist", "hiring_manager",
              ["chloe.dunn@latticefreight.com"], "coordinator_attendee"))

    u = "h17-title-only-chat"
    add("title-only-chat", u, calendar("google", [vevent(
        u, "Chat with Farah (Saltmarsh Hospitality) re TA lead", "20261126T113000", "20261126T120000", None,
        organizer=person("ORGANIZER", "Aylin Demir", P))], method=None,
        head=["X-WR-CALNAME:Aylin", "X-WR-TIMEZONE:Europe/London"]),
        Label(True, "Saltmarsh Hospitality", "TA lead", "", [], "title_only"))

    u = "h17-reschedule-lever-77@hire.lever.co"
    desc = ("Updated time - apologies for the change.\nInterview: People Partner, Stores (Remote UK)\n"
            "With: Ayesha Khan, HR Manager, Bramble & Oak\n" + meet(77))
    add("lever-rescheduled", u, calendar("lever", [vevent(
        u, "Rescheduled: Interview with Bramble & Oak", "20261130T100000Z", "20261130T104500Z", None,
        organizer=person("ORGANIZER", "Bramble & Oak Talent", "talent@brambleandoak.co.uk"),
        attendees=[person("ATTENDEE", "Ayesha Khan", "ayesha.khan@brambleandoak.co.uk"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc, sequence=3)]),
        Label(True, "Bramble & Oak", "People Partner, Stores", "technical", ["ayesha.khan@brambleandoak.co.uk"],
              "rescheduled"))

    u = "h17-work-addr-screen@teamtailor"
    add("invite-to-work-address", u, calendar("owa", [vevent(
        u, "Phone interview: Junior HR Business Partner, Frankfurt", "20261111T073000Z", "20261111T080000Z", None,
        organizer=person("ORGANIZER", "Svenja Hartl", "svenja.hartl@mainlicht-software.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK)],
        description="Hi Aylin, as requested an early slot before your shift. Svenja (Talent, Mainlicht Software)")]),
        Label(True, "Mainlicht Software", "Junior HR Business Partner", "recruiter_screen",
              ["svenja.hartl@mainlicht-software.de"], "work_address"))
    return out
