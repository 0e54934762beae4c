"""holdout161 events, part E: US tech companies hiring remote (Pacific and Eastern time), one rescheduled loop."""

EVENTS = [
    dict(
        kind="greenhouse-stripe-screen",
        uid="gh-interview-7720413003-stripe@greenhouse.io",
        is_interview=1,
        company="Stripe",
        role="Staff Machine Learning Engineer, Risk",
        stage="recruiter_screen",
        interviewers="megan.oconnell@stripe.com",
        trap="greenhouse-recruiter-screen-pacific",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/Los_Angeles
BEGIN:VEVENT
UID:gh-interview-7720413003-stripe@greenhouse.io
DTSTAMP:20250304T220015Z
DTSTART;TZID=America/Los_Angeles:20250306T090000
DTEND;TZID=America/Los_Angeles:20250306T093000
SUMMARY:Stripe Recruiter Screen - Marc-André Tremblay
DESCRIPTION:Hi Marc-André\, thanks for your interest in Stripe! Megan O'C
 onnell will call you to talk about the Staff Machine Learning Engineer\, R
 isk role (remote in Canada).\n\nPhone: Megan will dial +1 514-555-0112
ORGANIZER;CN=Stripe Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Megan O'Connell:mailto:megan.oconnell@stripe.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-stripe-onsite",
        uid="goodtime-evt-stripe-a81f33c07d@goodtime.io",
        is_interview=1,
        company="Stripe",
        role="Staff Machine Learning Engineer, Risk",
        stage="onsite",
        interviewers="arjun.mehta@stripe.com;lena.vogt@stripe.com;tobias.klein@stripe.com;c.nakamura@stripe.com",
        trap="goodtime-onsite-original-before-reschedule",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-stripe-a81f33c07d@goodtime.io
DTSTAMP:20250320T181200Z
DTSTART:20250401T160000Z
DTEND:20250401T203000Z
SUMMARY:Stripe Onsite (virtual) - Marc-André Tremblay - Staff MLE\, Risk
DESCRIPTION:Agenda (Pacific time):\n9:00  ML system design - Arjun Mehta\n
 10:00  Coding (bug squash) - Lena Vogt\n11:00  Break\n11:30  Integration
  - Tobias Klein\n12:30  Manager conversation - Chie Nakamura\n\nZoom: htt
 ps://stripe.zoom.us/j/98221003417\n\nScheduled with GoodTime
ORGANIZER;CN=Stripe Recruiting Coordination:mailto:scheduling@stripe.goodtime.io
ATTENDEE;CN=Arjun Mehta:mailto:arjun.mehta@stripe.com
ATTENDEE;CN=Lena Vogt:mailto:lena.vogt@stripe.com
ATTENDEE;CN=Tobias Klein:mailto:tobias.klein@stripe.com
ATTENDEE;CN=Chie Nakamura:mailto:c.nakamura@stripe.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-stripe-resched",
        uid="goodtime-evt-stripe-a81f33c07d@goodtime.io",
        is_interview=1,
        company="Stripe",
        role="Staff Machine Learning Engineer, Risk",
        stage="onsite",
        interviewers="arjun.mehta@stripe.com;lena.vogt@stripe.com;tobias.klein@stripe.com;c.nakamura@stripe.com",
        trap="goodtime-onsite-rescheduled-higher-sequence",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-stripe-a81f33c07d@goodtime.io
DTSTAMP:20250328T152533Z
DTSTART:20250408T160000Z
DTEND:20250408T203000Z
SUMMARY:Updated: Stripe Onsite (virtual) - Marc-André Tremblay - Staff MLE
 \, Risk
DESCRIPTION:Your interview has been rescheduled to Tuesday\, April 8.\n\nA
 genda (Pacific time):\n9:00  ML system design - Arjun Mehta\n10:00  Codin
 g (bug squash) - Lena Vogt\n11:00  Break\n11:30  Integration - Tobias Kle
 in\n12:30  Manager conversation - Chie Nakamura\n\nZoom: https://stripe.z
 oom.us/j/98221003417\n\nScheduled with GoodTime
ORGANIZER;CN=Stripe Recruiting Coordination:mailto:scheduling@stripe.goodtime.io
ATTENDEE;CN=Arjun Mehta:mailto:arjun.mehta@stripe.com
ATTENDEE;CN=Lena Vogt:mailto:lena.vogt@stripe.com
ATTENDEE;CN=Tobias Klein:mailto:tobias.klein@stripe.com
ATTENDEE;CN=Chie Nakamura:mailto:c.nakamura@stripe.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-datadog",
        uid="gh-interview-5501877009-datadog@greenhouse.io",
        is_interview=1,
        company="Datadog",
        role="Senior Data Scientist - Forecasting",
        stage="technical",
        interviewers="sarah.goldberg@datadoghq.com",
        trap="greenhouse-new-york-stats-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/New_York
BEGIN:VEVENT
UID:gh-interview-5501877009-datadog@greenhouse.io
DTSTAMP:20250321T134545Z
DTSTART;TZID=America/New_York:20250327T140000
DTEND;TZID=America/New_York:20250327T150000
SUMMARY:Datadog | Statistics & Modeling Interview | Marc-André Tremblay
DESCRIPTION:Interviewer: Sarah Goldberg\nCoderPad: https://app.coderpad.io
 /DDG7H2K\nZoom: https://datadog.zoom.us/j/91188274501\n\nPosition: Senior
  Data Scientist - Forecasting (Remote\, Americas)
ORGANIZER;CN=Datadog Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Sarah Goldberg:mailto:sarah.goldberg@datadoghq.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-airbnb",
        uid="ml-sched-airbnb-44f0c1-hm@modernloop.io",
        is_interview=1,
        company="Airbnb",
        role="Staff Data Scientist, Trust",
        stage="hiring_manager",
        interviewers="derek.huang@airbnb.com",
        trap="modernloop-hiring-manager-los-angeles-tz",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/Los_Angeles
BEGIN:VEVENT
UID:ml-sched-airbnb-44f0c1-hm@modernloop.io
DTSTAMP:20250325T011500Z
DTSTART;TZID=America/Los_Angeles:20250331T100000
DTEND;TZID=America/Los_Angeles:20250331T104500
SUMMARY:Airbnb - Marc-André Tremblay / Derek Huang (Hiring Manager)
DESCRIPTION:Role: Staff Data Scientist\, Trust (Remote - Canada eligible)\n
 Zoom: https://airbnb.zoom.us/j/92001458821\n\nThis interview was schedule
 d by ModernLoop on behalf of Airbnb Recruiting.
ORGANIZER;CN=Airbnb Recruiting:mailto:recruiting-scheduling@airbnb.com
ATTENDEE;CN=Derek Huang:mailto:derek.huang@airbnb.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-duolingo-floating",
        uid="E19A2C40-7B3F-4D86-A1E5-55C3D9F0B712",
        is_interview=1,
        company="Duolingo",
        role="Senior ML Engineer",
        stage="",
        interviewers="",
        trap="hand-typed-floating-time-english",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E19A2C40-7B3F-4D86-A1E5-55C3D9F0B712
DTSTAMP:20250402T020011Z
CREATED:20250402T015902Z
LAST-MODIFIED:20250402T020011Z
DTSTART:20250409T160000
DTEND:20250409T170000
SUMMARY:Duolingo interview #2 (Sr ML Eng) - zoom
DESCRIPTION:link in email from Trish. 2 interviewers\, ML breadth + past pr
 oject. Pittsburgh = same TZ
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-instacart",
        uid="lever-3e8d77a2-0c41-4f19-bb02-instacart-91",
        is_interview=1,
        company="Instacart",
        role="Senior Machine Learning Engineer, Ads",
        stage="technical",
        interviewers="grace.liu@instacart.com",
        trap="lever-virtual-interview-ads-ml",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-3e8d77a2-0c41-4f19-bb02-instacart-91
DTSTAMP:20250403T173344Z
DTSTART:20250410T200000Z
DTEND:20250410T210000Z
SUMMARY:Interview: Marc-André Tremblay for Senior Machine Learning Engine
 er\, Ads (Instacart)
DESCRIPTION:Format: ML modeling interview (ranking)\nInterviewer: Grace Liu
 \nZoom: https://instacart.zoom.us/j/95510336620\n\nInstacart is remote-fle
 xible. We'll be in touch within a week after the interview.
ORGANIZER;CN=Instacart Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Grace Liu:mailto:grace.liu@instacart.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-lemonade",
        uid="calendly-7f2c3b1a-lemonade-hr-0455",
        is_interview=1,
        company="Lemonade",
        role="Senior Data Scientist, Claims",
        stage="recruiter_screen",
        interviewers="talia.ben-ami@lemonade.com",
        trap="calendly-booked-recruiter-screen",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7f2c3b1a-lemonade-hr-0455
DTSTAMP:20250311T153030Z
DTSTART:20250313T150000Z
DTEND:20250313T152500Z
SUMMARY:Marc-André Tremblay and Talia Ben-Ami
DESCRIPTION:Event Name: Lemonade | Senior Data Scientist\, Claims - Intro
 (25 min)\n\nLocation: This is a Google Meet web conference.\nhttps://meet
 .google.com/lmn-ade-claims\n\nNeed to make changes to this event?\nCancel
 : https://calendly.com/cancellations/7f2c3b1a\nReschedule: https://calend
 ly.com/reschedulings/7f2c3b1a\n\nPowered by Calendly.com
ORGANIZER;CN=Talia Ben-Ami:mailto:talia.ben-ami@lemonade.com
ATTENDEE;CN=Marc-André Tremblay;PARTSTAT=ACCEPTED:mailto:ma.tremblay.data@videotron.ca
LOCATION:https://meet.google.com/lmn-ade-claims
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-lemonade-panel",
        uid="3hq0r8s1t5u2v9w4x7y6z0a1bc@google.com",
        is_interview=1,
        company="Lemonade",
        role="Senior Data Scientist, Claims",
        stage="",
        interviewers="yoni.shapiro@lemonade.com;dana.katz@lemonade.com",
        trap="gcal-next-step-with-team-no-stage-words",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250324T110000
DTEND;TZID=America/New_York:20250324T120000
DTSTAMP:20250317T140302Z
ORGANIZER;CN=Talia Ben-Ami:mailto:talia.ben-ami@lemonade.com
UID:3hq0r8s1t5u2v9w4x7y6z0a1bc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yoni Shapiro;X-NUM-GUESTS=0:mailto:yoni.shapiro@lemonade.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Katz;X-NUM-GUESTS=0:mailto:dana.katz@lemonade.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Talia Ben-Ami;X-NUM-GUESTS=0:mailto:talia.ben-ami@lemonade.com
DESCRIPTION:Marc-André <> Yoni & Dana (Claims AI). Talia will hop off after
  intros.\n\nJoin with Google Meet: https://meet.google.com/lmn-cla-ims2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marc-André <> Lemonade Claims AI team
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
