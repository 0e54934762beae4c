# ruff: noqa: E501
"""holdout175: the user on the hiring side at Harlan & Reece (campus and lateral recruiting), part 1."""
from holdout175ev_tz import ev

EVENTS = [
    ev("superday-block", "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000C0FFEE1234567890ABCD",
       0, "", "", "", "", "user-as-interviewer-campus-superday-interviewer-block", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Campus Recruiting - Americas":mailto:campusrecruiting@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Feld, Richard":mailto:rfeld@harlanreece.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="NY 32A Interview Rm":mailto:ny32a@harlanreece.com
DESCRIPTION;LANGUAGE=en-US:Thank you for volunteering for the 2026 Summer Analyst Superday (M&A / Coverage). You are paired with Richard Feld (MD) in Room 32A.\n\n9:00  Candidate 1 - Georgetown\n9:40  Candidate 2 - NYU Stern\n10:20 Candidate 3 - Howard\n11:00 Candidate 4 - Michigan\n\nInterview guides and resumes are in the Yello interviewer portal. Please submit evaluations by 5pm today - the committee meets at 6.\n\nCampus Recruiting | Harlan & Reece\n
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000C0FFEE1234567890ABCD
SUMMARY;LANGUAGE=en-US:SA Superday - Interviewer (Okafor / Feld) - Rm 32A
DTSTART;TZID=Eastern Standard Time:20250919T090000
DTEND;TZID=Eastern Standard Time:20250919T114000
DTSTAMP:20250908T143302Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NY 32A Interview Rm
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("yello-first-round", "yello-int-29931-hr-sa26@yello.co",
       0, "", "", "", "", "user-as-interviewer-yello-first-round-schedule", r"""BEGIN:VCALENDAR
PRODID:-//Yello//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:yello-int-29931-hr-sa26@yello.co
DTSTAMP:20250828T120000Z
DTSTART:20250904T220000Z
DTEND:20250904T223000Z
SUMMARY:First Round Interview: Priya Natarajan - 2026 Summer Analyst (IBD)
ORGANIZER;CN=Harlan & Reece Campus Recruiting:mailto:no-reply@yello.co
ATTENDEE;CN=Daniel Okafor;ROLE=REQ-PARTICIPANT:mailto:dokafor@harlanreece.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT:mailto:pnatarajan@wharton.upenn.edu
DESCRIPTION:Interviewer: Daniel Okafor\nCandidate: Priya Natarajan (University of Pennsylvania\, 2027)\nPosition: 2026 Summer Analyst - Investment Banking\n\nZoom: https://harlanreece.zoom.us/j/92210087431\n\nOpen the interview guide and submit your evaluation in Yello: https://harlanreece.recruitinghub.yello.co/interviews/29931
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("resume-review", "a3b2c1d0-resume-bucket-stern",
       0, "", "", "", "", "user-as-interviewer-resume-screen-block-typed", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:a3b2c1d0-resume-bucket-stern
DTSTAMP:20250815T190000Z
DTSTART;TZID="Eastern Standard Time":20250818T200000
DTEND;TZID="Eastern Standard Time":20250818T213000
SUMMARY:Resume book - Stern + Baruch (bucket yes/maybe/no)
DESCRIPTION:~60 resumes in the shared drive\, due to campus team Wed. flag Howard/Morehouse SEO kids for Lauren
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
    ev("hirevue-review", "hv-review-sa26-batch3@hirevue.com",
       0, "", "", "", "", "user-as-interviewer-hirevue-scoring-due", r"""BEGIN:VCALENDAR
PRODID:-//HireVue//HireVue Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-review-sa26-batch3@hirevue.com
DTSTAMP:20250820T110000Z
DTSTART;VALUE=DATE:20250826
DTEND;VALUE=DATE:20250827
SUMMARY:Evaluations due: 2026 SA HireVue (Batch 3 - 14 candidates)
ORGANIZER;CN=Harlan & Reece via HireVue:mailto:noreply@hirevue.com
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
DESCRIPTION:You have 14 on-demand video interviews waiting for your review. Please rate each response using the competency rubric and submit your recommendations (Advance / Hold / Decline) by end of day.\n\nReview now: https://app.hirevue.com/evaluate/position/sa26-ibd
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("superday-debrief", "040000008200E00074C5B7101A82E00800000000ABCDEF0123DDC01000000000000000010000000DEBRIEF0919SA26",
       0, "", "", "", "", "user-as-interviewer-superday-committee-debrief", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Mendez, Lauren":mailto:lmendez@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okafor, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Feld, Richard":mailto:rfeld@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Sato, Ken":mailto:ksato@harlanreece.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="NY 33 Boardroom":mailto:ny33board@harlanreece.com
DESCRIPTION;LANGUAGE=en-US:Calibration and offer decisions for today's Superday. Dinner will be provided. Please come with your evaluations submitted\; we will go candidate by candidate and close the class list tonight.\n\nLauren Mendez\nCampus Recruiting\n
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123DDC01000000000000000010000000DEBRIEF0919SA26
SUMMARY;LANGUAGE=en-US:SA Superday - Wash-up / Decisions
DTSTART;TZID=Eastern Standard Time:20250919T180000
DTEND;TZID=Eastern Standard Time:20250919T200000
DTSTAMP:20250908T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NY 33 Boardroom
END:VEVENT
END:VCALENDAR
"""),
    ev("lateral-interview", "040000008200E00074C5B7101A82E00800000000ABAB1212CDDC01000000000000000010000000LATERALASSOC0001",
       0, "", "", "", "", "user-as-interviewer-lateral-associate-candidate-outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Anna";SENT-BY="mailto:hrcoord@harlanreece.com":mailto:akowalski@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okafor, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Marcus Bell":mailto:marcus.bell@outlook.com
DESCRIPTION;LANGUAGE=en-US:Dan - can you take 30 min with Marcus Bell (lateral associate\, currently at a boutique\, 2 yrs analyst + 1 yr associate)? Focus on technicals and modeling. Resume attached. Please put your feedback in Workday under the requisition (Interview Feedback task) same day.\n\nAnna Kowalski | Lateral Recruiting\n
UID:040000008200E00074C5B7101A82E00800000000ABAB1212CDDC01000000000000000010000000LATERALASSOC0001
SUMMARY;LANGUAGE=en-US:Marcus Bell - Associate - IBD M&A (30 min)
DTSTART;TZID=Eastern Standard Time:20251015T173000
DTEND;TZID=Eastern Standard Time:20251015T180000
DTSTAMP:20251013T140001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Your office / 32nd fl
END:VEVENT
END:VCALENDAR
"""),
    ev("accepted-reply", "harlanreece-sa-phone-jlee-0911@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250911T213000Z
DTEND:20250911T220000Z
DTSTAMP:20250909T031122Z
ORGANIZER;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
UID:harlanreece-sa-phone-jlee-0911@harlanreece.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jason Lee;X-NUM-GUESTS=0:mailto:jasonlee.cornell27@gmail.com
COMMENT:Thank you\, looking forward to it!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Harlan & Reece - Summer Analyst Phone Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-candidate", "f7e6d5c4-summit-cand-jkhan@summitfinancestaffing.com",
       0, "", "", "", "", "user-as-interviewer-agency-sends-lateral-analyst-candidate", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:f7e6d5c4-summit-cand-jkhan@summitfinancestaffing.com
DTSTAMP:20251027T153000Z
DTSTART;TZID="Eastern Standard Time":20251030T123000
DTEND;TZID="Eastern Standard Time":20251030T131500
SUMMARY:Candidate for your Analyst opening - Javed Khan (Summit Finance Staffing)
ORGANIZER;CN="Rachel Dunn":mailto:rdunn@summitfinancestaffing.com
ATTENDEE;CN="Okafor\, Daniel";RSVP=TRUE:mailto:dokafor@harlanreece.com
ATTENDEE;CN="Javed Khan";RSVP=TRUE:mailto:javed.khan91@gmail.com
DESCRIPTION:Hi Daniel\,\n\nAs discussed with Anna in Lateral Recruiting\, I'm presenting Javed Khan for the 2nd-year Analyst role on your M&A team - currently 1st-year analyst at a middle-market bank in Charlotte\, strong modeler\, relocating to NY. CV attached. He's free over lunch Thursday\; I've added him to this invite so you can speak directly.\n\nFee terms per our agreement with Harlan & Reece HR.\n\nRachel Dunn\nSummit Finance Staffing
LOCATION:Phone / Teams - Daniel to send link
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-notes", "88F0A1B2-notes-superday-sk",
       0, "", "", "", "", "user-as-interviewer-handtyped-candidate-notes", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
BEGIN:VEVENT
UID:88F0A1B2-notes-superday-sk
DTSTAMP:20250919T151044Z
DTSTART:20250919T114500
DTEND:20250919T120000
SUMMARY:notes - Sophie K + Andre W
DESCRIPTION:Sophie K (Gtown): v strong on accting\, walked 3 stmts clean\, weak why-IB\, 4/5 hire. Andre W (Howard): nervous start\, good deal discussion (read up on our Falcon tombstone!)\, EV/equity value mixup\, 3/5 lean hire. push both w Richard at wash-up
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("calendly-host", "calendly-4c3b2a19-1d0e-4f8a-9b7c-6e5d4f3a2b1c",
       0, "", "", "", "", "user-as-interviewer-calendly-host-student-coffee-chat", r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-4c3b2a19-1d0e-4f8a-9b7c-6e5d4f3a2b1c
DTSTAMP:20250825T014455Z
DTSTART:20250827T211500Z
DTEND:20250827T213500Z
SUMMARY:Coffee Chat (20 min) between Daniel Okafor and Aisha Bello
ORGANIZER;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
ATTENDEE;CN=Aisha Bello;PARTSTAT=ACCEPTED:mailto:ab5521@columbia.edu
DESCRIPTION:Event Name: Coffee Chat (20 min)\n\nInvitee: Aisha Bello\nInvitee Email: ab5521@columbia.edu\n\nQuestions:\nSchool / class year: Columbia 2027\nWhat would you like to discuss?: Harlan & Reece's M&A group and the summer analyst recruiting timeline - I'm applying for 2026 SA.\n\nLocation: Dan will call (212) 555-0102 ext. - phone\n\nPowered by Calendly.com
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-staff", "bk-div-fellowship-7a8b9c@harlanreecebookings.onmicrosoft.com",
       0, "", "", "", "", "user-as-interviewer-bookings-staff-fellowship-interview", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Bookings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:bk-div-fellowship-7a8b9c@harlanreecebookings.onmicrosoft.com
DTSTAMP:20250930T120000Z
DTSTART;TZID=Eastern Standard Time:20251007T160000
DTEND;TZID=Eastern Standard Time:20251007T163000
SUMMARY:H&R Emerging Leaders Fellowship - Interview (Staff: Daniel Okafor)
ORGANIZER;CN=H&R Emerging Leaders Fellowship:mailto:Fellowship@harlanreecebookings.onmicrosoft.com
ATTENDEE;CN=Daniel Okafor;ROLE=REQ-PARTICIPANT:mailto:dokafor@harlanreece.com
ATTENDEE;CN=Tomasz Wilk;ROLE=REQ-PARTICIPANT:mailto:twilk2@illinois.edu
DESCRIPTION:New booking\n\nService: Fellowship Interview (30 min)\nCustomer: Tomasz Wilk (University of Illinois\, sophomore)\nStaff member: Daniel Okafor\n\nPlease use the fellowship scoring sheet and email your rating to the fellowship inbox.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RmVsbG93%40thread.v2/0
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
