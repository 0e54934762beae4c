# ruff: noqa: E501, W291, W293, RUF100
"""holdout267 events, part C: the user on the hiring or assessing side (all negatives)."""

from holdout267ev_zones import TZ_GMT_STD, TZ_LONDON

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000111A2B3C495ADC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-own-hr-panel-site-assistant",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Jenkins, Sarah":mailto:s.jenkins@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TT Cardiff - Meeting Room 1 (Ely)":mailto:mr1.ely@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Rhys\, Eleri - first of the Site Assistant interviews. Candidate: Ffion Harries (BA Archaeology\, Severnside 2025\, 6 months digging with Hafren). CV and application form attached. Question set and scoring sheet are in the HR shared drive > Recruitment > SA-2026-03. Rhys to lead on the fieldwork questions please.\n\nSarah\nHR Officer\n
UID:040000008200E00074C5B7101A82E00800000000111A2B3C495ADC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801
SUMMARY;LANGUAGE=en-GB:Interview - Site Assistant - Ffion Harries
DTSTART;TZID=GMT Standard Time:20261019T100000
DTEND;TZID=GMT Standard Time:20261019T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T090102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 1 (Ely)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E00800000000222B3C4D595ADC010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F80912",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
{TZ_GMT_STD}BEGIN:VEVENT
DTSTART;TZID=GMT Standard Time:20261019T113000
DTEND;TZID=GMT Standard Time:20261019T121500
DTSTAMP:20261013T194410Z
ORGANIZER;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
UID:040000008200E00074C5B7101A82E00800000000222B3C4D595ADC010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F80912
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomos Pugh;X-NUM-GUESTS=0:mailto:tomospugh99@gmail.example.com
COMMENT:Diolch - see you Monday! Tomos
SEQUENCE:0
SUMMARY:Accepted: Interview - Site Assistant - Tomos Pugh
LOCATION:TT Cardiff - Meeting Room 1 (Ely)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="calendly-ev-1d3f5a7c-9e0b-42d4-86f8-a0c2e4b6d8f0",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-phone-chat",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ev-1d3f5a7c-9e0b-42d4-86f8-a0c2e4b6d8f0
DTSTAMP:20261009T173300Z
DTSTART:20261014T113000Z
DTEND:20261014T114500Z
SUMMARY:Site Assistant - 15 min phone chat between Rhys Llewellyn and Jac Hughes
ORGANIZER;CN=Rhys Llewellyn:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;CN=Jac Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jachughes.dig@outlook.example.com
LOCATION:Rhys will call Jac on 07700 900562
DESCRIPTION:Event Name: Site Assistant - 15 min phone chat\n\nInvitee: Jac Hughes\nInvitee Email: jachughes.dig@outlook.example.com\n\nQuestions:\nDo you hold a full UK driving licence?\nYes\nWhen could you start?\nImmediately - finishing field school at the end of Sept\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/1d3f5a7c\nReschedule: https://calendly.com/reschedulings/1d3f5a7c\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-interview-kit",
        uid="recruitee-evt-55120983-kit@tirtreftadaeth.recruitee.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-interview-kit",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-evt-55120983-kit@tirtreftadaeth.recruitee.example.com
DTSTAMP:20261020T081000Z
DTSTART:20261022T130000Z
DTEND:20261022T134500Z
SUMMARY:Interview: Megan Rowlands - Graduate Archaeologist (you are an interviewer)
ORGANIZER;CN=Tir Treftadaeth Careers:mailto:careers@tirtreftadaeth.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
LOCATION:Microsoft Teams
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Megan Rowlands\nJob: Graduate Archaeologist\nStage: Interview\n\nInterview kit: https://tirtreftadaeth.recruitee.example.com/kits/55120983\n - Focus areas: fieldwork experience\, recording\, teamwork\, H&S awareness\n - Please complete your evaluation within 24 hours\n\nSent by Recruitee on behalf of Tir Treftadaeth Archaeology
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-scorecard-due",
        uid="recruitee-task-55121004-eval@tirtreftadaeth.recruitee.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-reminder",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:recruitee-task-55121004-eval@tirtreftadaeth.recruitee.example.com
DTSTAMP:20261021T160500Z
DTSTART;VALUE=DATE:20261023
DTEND;VALUE=DATE:20261024
SUMMARY:Evaluation due: Owen Price (Site Assistant) - submit your scorecard
DESCRIPTION:Reminder: your interview evaluation for Owen Price is overdue. Rate 1-5 on Fieldwork skills\, Recording\, Teamwork\, Safety and add a recommendation (Hire / No hire).\n\nhttps://tirtreftadaeth.recruitee.example.com/evaluations/55121004
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-debrief",
        uid="040000008200E00074C5B7101A82E00800000000333C4D5E695ADC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A23",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-hiring-wash-up-debrief",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jenkins, Sarah":mailto:s.jenkins@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Wash-up after the Site Assistant interviews (Ffion\, Tomos\, Jac\, Owen\, Callum). Bring your scoring sheets. Aim: two offers + a reserve\, start dates before the Heol Fawr strip.\n
UID:040000008200E00074C5B7101A82E00800000000333C4D5E695ADC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A23
SUMMARY;LANGUAGE=en-GB:SA recruitment - interview debrief & decision
DTSTART;TZID=GMT Standard Time:20261026T160000
DTEND;TZID=GMT Standard Time:20261026T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Eleri's office / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-shortlisting",
        uid="040000008200E00074C5B7101A82E00800000000444D5E6F795ADC010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B34",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-shortlisting-meeting",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whelan, Carys":mailto:c.whelan@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Carys - 23 applications for the Finds Assistant (12-month FTC). Let's score against the person spec (essential/desirable) and pick 5 for interview. Spreadsheet in Teams > Finds > Recruitment.\n
UID:040000008200E00074C5B7101A82E00800000000444D5E6F795ADC010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B34
SUMMARY;LANGUAGE=en-GB:Shortlisting - Finds Assistant (FTC)
DTSTART;TZID="GMT Standard Time":20261111T093000
DTEND;TZID="GMT Standard Time":20261111T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Finds room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate-intro",
        uid="2v4x6z8b0n2m4q6w8e0r2t4y6u@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261118T090000Z
DTEND:20261118T093000Z
DTSTAMP:20261113T101213Z
ORGANIZER;CN=Natalie Greaves:mailto:natalie@trowelandtape.example.co.uk
UID:2v4x6z8b0n2m4q6w8e0r2t4y6u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Natalie Greaves;X-NUM-GUESTS=0:mailto:natalie@trowelandtape.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=r.llewellyn@tirtreftadaeth.example.co.uk;X-NUM-GUESTS=0:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
CREATED:20261113T101213Z
DESCRIPTION:Hi Rhys\, wearing my other hat! I'd like to present a candidate for your Finds Supervisor vacancy: Sophie Marr - 8 yrs finds experience\, Roman pottery specialist\, currently contracting in Gloucester. Anonymised CV attached. 30 mins to run through her profile and fee terms\, and if you like her we can set up an interview with you next week.\n\nNatalie\, Trowel & Tape Recruitment\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261113T101213Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Candidate presentation: Sophie Marr (Finds Supervisor) - Tir Treftadaeth
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-practical-assessment",
        uid="040000008200E00074C5B7101A82E00800000000555E6F70895ADC010000000000000000100000005E6F708192A3B4C5D6E7F8091A2B3C45",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-assesses-practical-test",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_GMT_STD}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261008T150000Z
DESCRIPTION:Candidates 1-5 (SA-2026-03) in pairs: planning a section at 1:10\, levelling with the dumpy\, context sheet. I assess + mark on the practical sheet. Yard kit: 2 x planning frames\, dumpy + staff\, drawing boards. Ask Gruff to set up the test pit Friday.\n
DTEND;TZID="GMT Standard Time":20261020T153000
DTSTAMP:20261008T150000Z
DTSTART;TZID="GMT Standard Time":20261020T090000
LAST-MODIFIED:20261008T150000Z
LOCATION:TT yard\, Leckwith
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Practical assessment - site assistant candidates (planning/levelling) - me assessing
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000555E6F70895ADC010000000000000000100000005E6F708192A3B4C5D6E7F8091A2B3C45
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-trial-day-supervisor",
        uid="4B8D2F6A-C1E3-4A57-9B0D-E2F4A6C8B013",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-trial-day-on-his-site",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261021T181000Z
DTEND;TZID=Europe/London:20261023T160000
DTSTAMP:20261021T181000Z
DTSTART;TZID=Europe/London:20261023T080000
LOCATION:Heol Fawr\, Pencoed
SEQUENCE:0
SUMMARY:Jac Hughes trial day (candidate) - shadowing me on Heol Fawr
DESCRIPTION:watch his trowelling + recording\, feedback form for Eleri by Mon. spare PPE in van
TRANSP:OPAQUE
UID:4B8D2F6A-C1E3-4A57-9B0D-E2F4A6C8B013
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="nvq-observation",
        uid="hsac-obs-2026-1187@heritageskills-ac.example.org.uk",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-nvq-assessor-observes-candidate",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Heritage Skills Assessment Centre//Booking//EN
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
UID:hsac-obs-2026-1187@heritageskills-ac.example.org.uk
DTSTAMP:20261102T100000Z
DTSTART;TZID=Europe/London:20261105T093000
DTEND;TZID=Europe/London:20261105T123000
SUMMARY:NVQ L3 Archaeological Practice - workplace observation - candidate Elin Davies
ORGANIZER;CN=HSAC Bookings:mailto:bookings@heritageskills-ac.example.org.uk
ATTENDEE;CN=Rhys Llewellyn (Assessor);ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;CN=Elin Davies (Candidate);ROLE=OPT-PARTICIPANT:mailto:elin.davies@cambriadigs.example.co.uk
LOCATION:Llanilltud evaluation\, Field 4
DESCRIPTION:Assessor: Rhys Llewellyn. Candidate: Elin Davies (Cambria Digs). Units to observe: AP07 Excavate archaeological deposits\; AP09 Record archaeological evidence. Please complete the observation record and professional discussion notes and upload to the portal within 5 working days.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-bursary-panel",
        uid="7u9i1o3p5a7s9d1f3g5h7j9k1l@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bursary-selection-panel",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261201T100000Z
DTEND:20261201T153000Z
DTSTAMP:20261117T133000Z
ORGANIZER;CN=IFHP Training:mailto:training@ifhp.example.org.uk
UID:7u9i1o3p5a7s9d1f3g5h7j9k1l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn;X-NUM-GUESTS=0:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr Amara Osei;X-NUM-GUESTS=0:mailto:a.osei@ifhp.example.org.uk
CREATED:20261117T133000Z
DESCRIPTION:Thank you for agreeing to sit on the interview panel for the Workplace Learning Bursaries (Wales). Six candidates\, 40 mins each. Panel: Dr Amara Osei (IFHP\, chair) and Rhys Llewellyn (host employer representative). Scoring matrix and candidate packs attached - please treat as confidential.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261117T133000Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IFHP Workplace Learning Bursary - interview panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-video-interview",
        uid="recruitee-evt-55121077-int@tirtreftadaeth.recruitee.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-invite-candidate-name-in-title",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-evt-55121077-int@tirtreftadaeth.recruitee.example.com
DTSTAMP:20261016T120000Z
DTSTART:20261021T140000Z
DTEND:20261021T144500Z
SUMMARY:Video interview - Callum Reid - Site Assistant
ORGANIZER;CN=Tir Treftadaeth Careers:mailto:careers@tirtreftadaeth.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;CN=Eleri Morgan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.morgan@tirtreftadaeth.example.co.uk
ATTENDEE;CN=Callum Reid;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:callum.reid.arch@gmail.example.com
LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGlydHJl%40thread.v2/0
DESCRIPTION:Interviewers: Rhys Llewellyn\, Eleri Morgan\nCandidate: Callum Reid\nJob: Site Assistant (SA-2026-03)\n\nJoin on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGlydHJl%40thread.v2/0\n\nSent by Recruitee on behalf of Tir Treftadaeth Archaeology
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-staff",
        uid="bookings-9e7c5a31-f40d-4b28-9a6e-c1d3e5f7a9b2@tirtreftadaeth.example.co.uk",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff-member",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN=Tir Treftadaeth Recruitment:mailto:TTRecruitment@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Finds Assistant interview (45 min)\nStaff: Rhys Llewellyn\nCustomer: Manon Daniel\nCustomer email: manon.daniel@hotmail.example.co.uk\nCustomer phone: 07700 900884\n\nNotes from customer: I use a wheelchair - is the finds room step-free?\n\nBooked with Microsoft Bookings\n
UID:bookings-9e7c5a31-f40d-4b28-9a6e-c1d3e5f7a9b2@tirtreftadaeth.example.co.uk
SUMMARY;LANGUAGE=en-GB:Finds Assistant interview - Manon Daniel
DTSTART;TZID=GMT Standard Time:20261124T103000
DTEND;TZID=GMT Standard Time:20261124T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Finds room (ground floor)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000666F708195ADC010000000000000000100000006F708192A3B4C5D6E7F8091A2B3C4D56",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-apprentice-interviews-override",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Jenkins, Sarah":mailto:s.jenkins@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whelan, Carys":mailto:c.whelan@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Heritage apprenticeship (Level 3) interviews with Coleg y Cymoedd applicants - Rhys and Carys on the panel\, 4 candidates per afternoon. Schedule of names in the attachment.\n
RRULE:FREQ=DAILY;COUNT=3
UID:040000008200E00074C5B7101A82E00800000000666F708195ADC010000000000000000100000006F708192A3B4C5D6E7F8091A2B3C4D56
SUMMARY;LANGUAGE=en-GB:Apprentice interviews (panel: RL / CW)
DTSTART;TZID=GMT Standard Time:20270125T133000
DTEND;TZID=GMT Standard Time:20270125T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270111T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 1 (Ely)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Jenkins, Sarah":mailto:s.jenkins@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whelan, Carys":mailto:c.whelan@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Wednesday moved to the morning - college minibus. Same panel.\n
RECURRENCE-ID;TZID=GMT Standard Time:20270127T133000
UID:040000008200E00074C5B7101A82E00800000000666F708195ADC010000000000000000100000006F708192A3B4C5D6E7F8091A2B3C4D56
SUMMARY;LANGUAGE=en-GB:Apprentice interviews (panel: RL / CW) - AM
DTSTART;TZID=GMT Standard Time:20270127T093000
DTEND;TZID=GMT Standard Time:20270127T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270118T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 1 (Ely)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-terse",
        uid="c91e0d7b-4a2f-4e63-b8d5-0f1a2b3c4d5e",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-terse-sa-interviews-block",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261012T080000Z
LAST-MODIFIED:20261012T080100Z
DTSTAMP:20261012T080100Z
UID:c91e0d7b-4a2f-4e63-b8d5-0f1a2b3c4d5e
SUMMARY:SA ints x3 (Ffion/Tomos/Jac) - me + Eleri
DTSTART:20261019T093000
DTEND:20261019T130000
DESCRIPTION:print q's + scoring sheets. water/biscuits
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="university-placement-interviews",
        uid="SU-PLACE-2027-TT-0412@severnside.ac.example.uk",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-placement-students-same-university-he-applies-to",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Placements Office":mailto:placements@severnside.ac.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nThank you for again offering two summer placements at Tir Treftadaeth Archaeology for our BA Archaeology students. As the host organisation\, you will interview the four students who selected your placement (20 mins each) and let us know your choices by 19 February. CVs and cover letters attached.\n\nPlacements Office\, School of History\, Archaeology and Heritage\nSevernside University\n
UID:SU-PLACE-2027-TT-0412@severnside.ac.example.uk
SUMMARY;LANGUAGE=en-GB:Placement interviews - Tir Treftadaeth (host) - BA Archaeology students
DTSTART;TZID=GMT Standard Time:20270210T130000
DTEND;TZID=GMT Standard Time:20270210T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270201T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Severnside University\, Hafod Building H1.02
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-reference-check",
        uid="6D2F8B4A-E0C1-4B39-8F7D-A5C3E1B9D024",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calls-candidates-referee",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261027T120000Z
DTEND;TZID=Europe/London:20261029T173000
DTSTAMP:20261027T120000Z
DTSTART;TZID=Europe/London:20261029T171500
SEQUENCE:0
SUMMARY:Ref call re Owen Price (our SA candidate) - Dr K Lane\, his tutor
DESCRIPTION:0117 496 0771. ask: reliability\, fieldwork\, any H&S concerns. notes -> Sarah
TRANSP:OPAQUE
UID:6D2F8B4A-E0C1-4B39-8F7D-A5C3E1B9D024
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-observe-presentations",
        uid="040000008200E00074C5B7101A82E0080000000077708192A5ADC01000000000000000010000000708192A3B4C5D6E7F8091A2B3C4D5E67",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-observes-and-scores-candidate-presentations",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Ashworth, David":mailto:d.ashworth@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whelan, Carys":mailto:c.whelan@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Three candidates for Senior Finds Officer will each present 'Our finds archive backlog: a 12-month plan' (15 mins + 10 mins Q&A). Rhys and Carys please observe and score on the presentation rubric\; I'll chair. Formal interviews follow in the afternoon (David + HR).\n
UID:040000008200E00074C5B7101A82E0080000000077708192A5ADC01000000000000000010000000708192A3B4C5D6E7F8091A2B3C4D5E67
SUMMARY;LANGUAGE=en-GB:Senior Finds Officer - candidate presentations (observe & score)
DTSTART;TZID=GMT Standard Time:20270204T093000
DTEND;TZID=GMT Standard Time:20270204T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270125T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 2 (Caerau)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-offer-call",
        uid="3k5l7z9x1c3v5b7n9m1q3w5e7r@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-makes-verbal-offer-to-candidate",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261027T170000Z
DTEND:20261027T171500Z
DTSTAMP:20261026T170500Z
ORGANIZER;CN=Rhys Llewellyn:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
UID:3k5l7z9x1c3v5b7n9m1q3w5e7r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rhys Llewellyn;X-NUM-GUESTS=0:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ffion Harries;X-NUM-GUESTS=0:mailto:ffion.harries@gmail.example.com
CREATED:20261026T170500Z
DESCRIPTION:Quick call to go over the outcome of your interview for the Site Assistant post. Rhys
LAST-MODIFIED:20261026T170500Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ffion / Rhys - interview outcome (Site Assistant)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
