"""holdout9: Noa Bergmann's own interviews written in English (ATS, schedulers, agencies, hand-typed entries)."""

from __future__ import annotations

from holdout9_boiler import google_footer, meet, teams, webex, zoom
from holdout9_ics import Ev, me_private, org, p, room

EVENTS: list[Ev] = [
    Ev(
        kind="greenhouse-screen", lang="en", producer="greenhouse", tz="london",
        summary="Noa Bergmann / Corvid Freight - Recruiter Call",
        start="20260304T090000", end="20260304T093000",
        organizer=org("no-reply@greenhouse.io", "Corvid Freight Recruiting"),
        attendees=[me_private(), p("hollie.marsh@corvidfreight.co.uk", "Hollie Marsh")],
        location="Phone - Hollie will call +49 170 5550 1182",
        description=(
            "Hi Noa,\n\nThanks for applying for the European Network Planning Manager position. This call is a "
            "30-minute conversation with Hollie Marsh, Talent Partner, about your background, your notice period "
            "and what you're looking for next.\n\nIf you need to reschedule, reply to this email.\n\n"
            "Corvid Freight Ltd\n\nPowered by Greenhouse"
        ),
        is_interview=True, company="Corvid Freight", role_label="European Network Planning Manager",
        stage="recruiter_screen", interviewers=["hollie.marsh@corvidfreight.co.uk"], trap="ats organizer",
    ),
    Ev(
        kind="chat-title-only", lang="en", producer="google", tz="berlin",
        summary="Chat with Ines (Arcwell)",
        start="20260305T150000", end="20260305T153000",
        organizer=org(  # the user booked it on her own private calendar
            "noa.bergmann@posteo.de", "Noa Bergmann"),
        attendees=[me_private("ACCEPTED"), p("ines.carvalho@arcwell-batteries.com", "Ines Carvalho")],
        description=meet("tvb-hgxq-nor") + google_footer("noa.bergmann@posteo.de"),
        location="https://meet.google.com/tvb-hgxq-nor",
        is_interview=True, company="Arcwell Batteries", interviewers=["ines.carvalho@arcwell-batteries.com"],
        trap="title-only chat",
    ),
    Ev(
        kind="lever-panel", lang="en", producer="lever", tz="utc",
        summary="Interview with Halden Energy – Panel (Operations Manager, Battery Storage)",
        start="20260311T130000", end="20260311T143000",
        organizer=org("calendar@hire.lever.co", "Halden Energy via Lever"),
        attendees=[
            me_private(),
            p("r.osei@haldenenergy.com", "Rebecca Osei"),
            p("m.lindgren@haldenenergy.com", "Magnus Lindgren"),
            p("k.yamada@haldenenergy.com", "Kenji Yamada"),
        ],
        description=(
            "Hi Noa,\n\nHere is your panel interview for Operations Manager, Battery Storage.\n\n"
            "Schedule\n13:00 - 13:45 UTC  Rebecca Osei, VP Operations\n13:45 - 14:30 UTC  Magnus Lindgren, "
            "Site Lead & Kenji Yamada, Procurement Director\n\n" + zoom("en", "912 4477 2031", "hAl3nPnl")
            + "\n\nLooking forward,\nHalden Energy Talent Team"
        ),
        location="Zoom",
        is_interview=True, company="Halden Energy", role_label="Operations Manager, Battery Storage", stage="onsite",
        interviewers=["r.osei@haldenenergy.com", "m.lindgren@haldenenergy.com", "k.yamada@haldenenergy.com"],
        trap="utc panel",
    ),
    Ev(
        kind="calendly-hm", lang="en", producer="calendly", tz="berlin",
        summary="Noa Bergmann and Priya Raman: 45 Minute Meeting",
        start="20260312T170000", end="20260312T174500",
        organizer=org("priya.raman@ostaramedical.com", "Priya Raman"),
        attendees=[me_private("ACCEPTED")],
        description=(
            "Event Name: 45 Minute Meeting\n\nLocation: This is a Microsoft Teams web conference.\n\n"
            "Please share anything that will help prepare for our meeting.:\n"
            "Hiring manager conversation - Supply Chain Lead, EMEA (req 2026-0412). Sent over by Dan in talent.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/0f3a2c\n"
            "Reschedule: https://calendly.com/reschedulings/0f3a2c\n\nPowered by Calendly.com"
        ),
        location="Microsoft Teams",
        is_interview=True, company="Ostara Medical", role_label="Supply Chain Lead, EMEA", stage="hiring_manager",
        interviewers=["priya.raman@ostaramedical.com"], trap="calendly generic title",
    ),
    Ev(
        kind="workday-onsite", lang="en", producer="workday", tz="zurich",
        summary="Onsite Interview - Perigee Aerospace - Materials Planning Manager (R-22871)",
        start="20260401T090000", end="20260401T150000",
        organizer=org("perigee@myworkday.com", "Perigee Aerospace Talent Acquisition"),
        attendees=[
            me_private(),
            p("luca.bernasconi@perigee-aero.ch", "Luca Bernasconi"),
            p("anna.frei@perigee-aero.ch", "Anna Frei"),
            p("yusuf.kaya@perigee-aero.ch", "Yusuf Kaya"),
            room("emmen-b2-boardroom@perigee-aero.ch", "Emmen B2 Boardroom"),
        ],
        location="Perigee Aerospace AG, Flugplatzstrasse 21, 6032 Emmen, Building B2",
        description=(
            "Dear Noa,\n\nWe are pleased to confirm your on-site interview day.\n\n09:00 Welcome & site tour "
            "(Yusuf Kaya)\n10:00 Materials planning deep dive (Anna Frei)\n11:30 Lunch\n13:00 Leadership "
            "conversation (Luca Bernasconi, Head of Supply Chain)\n14:30 Wrap-up\n\nPlease bring a valid "
            "ID for the security desk. Export-control rules apply on site.\n\nThis is a system-generated "
            "message from Workday."
        ),
        is_interview=True, company="Perigee Aerospace", role_label="Materials Planning Manager", stage="onsite",
        interviewers=["luca.bernasconi@perigee-aero.ch", "anna.frei@perigee-aero.ch", "yusuf.kaya@perigee-aero.ch"],
        trap="onsite with room",
    ),
    Ev(
        kind="handtyped-en", lang="en", producer="ios", tz="berlin",
        summary="Brightmoor 2nd rd - case pres.",
        start="20260316T140000", end="20260316T150000",
        description="bring printout x3. Wes + ops director. Don't forget OTIF numbers",
        calname="Privat",
        is_interview=True, company="Brightmoor", stage="technical", trap="terse hand-typed",
    ),
    Ev(
        kind="goodtime-final", lang="en", producer="goodtime", tz="utc",
        summary="Final Interview: Noa Bergmann for Director, Fulfilment Operations",
        start="20260408T120000", end="20260408T130000",
        organizer=org("scheduling@goodtime.io", "Tideline Retail Scheduling"),
        attendees=[
            me_private(),
            p("coordinator.amy@tidelineretail.com", "Amy Whitfield (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
            p("grant.hughes@tidelineretail.com", "Grant Hughes"),
        ],
        description=(
            "Hello Noa,\n\nYour final interview for Director, Fulfilment Operations at Tideline Retail is "
            "confirmed.\n\nInterviewer: Grant Hughes, Chief Operating Officer\n\n"
            + teams("en", "255 661 904 321", "Td9pQx")
            + "\n\nQuestions? Contact Amy Whitfield, Recruiting Coordinator.\n\nScheduled with GoodTime"
        ),
        is_interview=True, company="Tideline Retail", role_label="Director, Fulfilment Operations", stage="final",
        interviewers=["grant.hughes@tidelineretail.com"], trap="coordinator attendee",
    ),
    Ev(
        kind="indeed-phone", lang="en", producer="indeed", tz="berlin",
        summary="Phone interview – Fernhill Beverages",
        start="20260306T100000", end="20260306T102000",
        organizer=org("interviews@indeed.com", "Indeed Interview"),
        attendees=[me_private(), p("talent@fernhillbev.ie", "Orla Byrne")],
        description=(
            "Fernhill Beverages has scheduled a phone interview with you for the job: Logistics Coordinator – "
            "Germany (remote).\n\nOrla Byrne will call you on the number in your Indeed profile.\n\n"
            "Good luck!\n— Indeed"
        ),
        is_interview=True, company="Fernhill Beverages", role_label="Logistics Coordinator", stage="recruiter_screen",
        interviewers=["talent@fernhillbev.ie"], trap="job board as organizer",
    ),
    Ev(
        kind="coffee-is-round2", lang="en", producer="google", tz="berlin",
        summary="Coffee - Noa & Sebastian",
        start="20260319T083000", end="20260319T093000",
        organizer=org("sebastian.kroll@kinetra-robotics.com", "Sebastian Kroll"),
        attendees=[p("sebastian.kroll@kinetra-robotics.com", "Sebastian Kroll", partstat="ACCEPTED"), me_private()],
        location="Kinetra Robotics, Reinsburgstraße 97, 70197 Stuttgart (Café on ground floor)",
        description=(
            "Hi Noa - as discussed with Mia, this is the second step for the Head of Supply Chain role. I'm the "
            "CFO and will be your future manager if it works out; let's keep it informal over a coffee.\n"
            "Sebastian" + google_footer("sebastian.kroll@kinetra-robotics.com")
        ),
        is_interview=True, company="Kinetra Robotics", role_label="Head of Supply Chain", stage="hiring_manager",
        interviewers=["sebastian.kroll@kinetra-robotics.com"], trap="coffee that is round two",
    ),
    Ev(
        kind="agency-uk", lang="en", producer="outlook", tz="win-weu",
        summary="Interview: Noa Bergmann - Quantil Logistics (arranged by Harcourt Search)",
        start="20260320T110000", end="20260320T120000",
        organizer=org("ella.wright@harcourtsearch.co.uk", "Wright, Ella"),
        attendees=[
            me_private(),
            p("jeroen.vandijk@quantil-logistics.nl", "van Dijk, Jeroen"),
        ],
        description=(
            "Hi Noa, Hi Jeroen,\n\nConfirming your first interview for the Regional Operations Manager DACH role. "
            "Jeroen heads the Venlo hub; I won't join the call myself.\n\nBest,\nElla Wright\n"
            "Harcourt Search\n\n" + teams("en", "219 447 380 006", "Qn3vE8")
        ),
        is_interview=True, company="Quantil Logistics", role_label="Regional Operations Manager DACH",
        interviewers=["jeroen.vandijk@quantil-logistics.nl"], trap="agency names employer",
    ),
    Ev(
        kind="recurring-trial", lang="en", producer="google", tz="berlin",
        summary="Paid trial week - Lumen & Lathe (ops)",
        start="20260413T090000", end="20260413T170000",
        rrule="FREQ=DAILY;COUNT=3",
        override=("20260414T090000", "20260414T100000", "20260414T180000"),
        organizer=org("ops@lumenandlathe.com", "Lumen & Lathe Operations"),
        attendees=[me_private("ACCEPTED"), p("hannah@lumenandlathe.com", "Hannah Pike")],
        location="Lumen & Lathe workshop, Lindenstraße 4, 10969 Berlin",
        description=(
            "Noa - three paid trial days as part of the hiring process for the Operations Lead role. Hannah "
            "(co-founder) will pair with you on the inbound and production planning. Day 2 starts an hour later."
            + google_footer("ops@lumenandlathe.com")
        ),
        is_interview=True, company="Lumen & Lathe", role_label="Operations Lead", stage="onsite",
        interviewers=["hannah@lumenandlathe.com"], trap="recurring trial days with override",
    ),
    Ev(
        kind="calcom-screen", lang="en", producer="calcom", tz="berlin",
        summary="Intro: Vesterhav Seafood x Noa Bergmann",
        start="20260309T090000", end="20260309T092500",
        organizer=org("sigrid@vesterhav.no", "Sigrid Aasen"),
        attendees=[me_private("ACCEPTED")],
        description=(
            "What: Intro: Vesterhav Seafood x Noa Bergmann\nWho:\nSigrid Aasen - Organizer\nsigrid@vesterhav.no\n"
            "Noa Bergmann\nnoa.bergmann@posteo.de\nWhere: Google Meet\nDescription: First conversation about the "
            "Cold Chain Operations Manager opening in Hamburg (recruiter screen).\nNeed to make a change? "
            "Cancel or reschedule: https://cal.com/booking/9c1a7d"
        ),
        location="https://meet.google.com/ppd-mhzy-wqe",
        is_interview=True, company="Vesterhav Seafood", role_label="Cold Chain Operations Manager",
        stage="recruiter_screen", interviewers=["sigrid@vesterhav.no"], trap="cal.com",
    ),
    Ev(
        kind="rescheduled", lang="en", producer="greenhouse", tz="london", sequence=1,
        summary="Rescheduled: Noa Bergmann - Case Study Review - Corvid Freight",
        start="20260318T130000", end="20260318T140000",
        organizer=org("no-reply@greenhouse.io", "Corvid Freight Recruiting"),
        attendees=[me_private(), p("dominic.reyes@corvidfreight.co.uk", "Dominic Reyes")],
        description=(
            "Hi Noa, your case study review for European Network Planning Manager has moved to a new time.\n"
            "You'll walk Dominic Reyes (Head of Network Design) through your network model.\n\n"
            + webex("en", "2654 118 7731")
        ),
        is_interview=True, company="Corvid Freight", role_label="European Network Planning Manager",
        stage="technical", interviewers=["dominic.reyes@corvidfreight.co.uk"], trap="rescheduled sequence",
    ),
    Ev(
        kind="ashby-like-direct", lang="en", producer="outlook", tz="win-romance",
        summary="Ops interview - Noa B. / Kinetra",
        start="20260326T100000", end="20260326T110000",
        organizer=org("mia.ferreira@kinetra-robotics.com", "Ferreira, Mia"),
        attendees=[
            me_private(),
            p("tom.becker@kinetra-robotics.com", "Becker, Tom"),
            p("sebastian.kroll@kinetra-robotics.com", "Kroll, Sebastian", role="OPT-PARTICIPANT"),
        ],
        description=(
            "Noa,\nTom runs our contract manufacturing and will go through a supplier-escalation scenario with "
            "you. Sebastian may join late.\nMia | People team\n\n" + teams("en", "288 031 554 920", "Kr4bTm")
        ),
        is_interview=True, company="Kinetra Robotics", role_label="", stage="technical",
        interviewers=["tom.becker@kinetra-robotics.com", "sebastian.kroll@kinetra-robotics.com"],
        trap="romance standard time",
    ),
    Ev(
        kind="cancel-en", lang="en", producer="lever", tz="utc", status="CANCELLED", sequence=3,
        summary="Canceled: Interview with Halden Energy – Site Visit",
        start="20260415T080000", end="20260415T120000",
        organizer=org("calendar@hire.lever.co", "Halden Energy via Lever"),
        attendees=[me_private(), p("m.lindgren@haldenenergy.com", "Magnus Lindgren")],
        description="This interview has been canceled. Your recruiter will be in touch.",
        is_interview=True, company="Halden Energy", stage="onsite", interviewers=["m.lindgren@haldenenergy.com"],
        trap="cancelled",
    ),
    Ev(
        kind="pair-excel", lang="en", producer="zoom", tz="berlin",
        summary="Working session: inventory model (Ostara Medical, Supply Chain Lead)",
        start="20260324T150000", end="20260324T163000",
        organizer=org("wei.zhang@ostaramedical.com", "Wei Zhang"),
        attendees=[me_private()],
        description=(
            "Hi Noa, in this step of the process we'll build a simple safety-stock model together in a shared "
            "sheet - no prep needed, just think out loud.\n\n" + zoom("en", "874 0032 5518", "Ost4raSC")
        ),
        is_interview=True, company="Ostara Medical", role_label="Supply Chain Lead", stage="technical",
        interviewers=["wei.zhang@ostaramedical.com"], trap="pair working session",
    ),
    Ev(
        kind="apple-floating", lang="en", producer="apple", tz="floating",
        summary="Arcwell – panel (3 ppl) Tue",
        start="20260331T110000", end="20260331T123000",
        location="Arcwell Batteries\nKarlsruher Str. 12\n76131 Karlsruhe",
        description="Ines, plant manager Rolf, someone from quality. Ask about the Salzgitter ramp-up.",
        is_interview=True, company="Arcwell Batteries", stage="onsite", trap="hand-typed floating panel",
    ),
    Ev(
        kind="hm-interview-webex", lang="en", producer="webex", tz="win-weu",
        summary="Hiring Manager Interview | Procurement Excellence Lead | Brightmoor Foods",
        start="20260309T140000", end="20260309T150000",
        organizer=org("wesley.adair@brightmoorfoods.com", "Wesley Adair"),
        attendees=[me_private(), p("wesley.adair@brightmoorfoods.com", "Wesley Adair", partstat="ACCEPTED")],
        description=("Wesley Adair invites you to join this Webex meeting.\n\n" + webex("en", "2731 882 9015")),
        is_interview=True, company="Brightmoor Foods", role_label="Procurement Excellence Lead",
        stage="hiring_manager", interviewers=["wesley.adair@brightmoorfoods.com"], trap="webex",
    ),
]
