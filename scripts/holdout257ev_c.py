# ruff: noqa: E501, W291, W293, RUF100
"""holdout257 events, part C: negatives with the user on the hiring or assessing side (agency recruiter work)."""

from holdout257ev_zones import CHICAGO, TEAMS_FOOTER, WIN_CENTRAL, WIN_WEUROPE

EVENTS = [
    dict(
        kind="calendly-host-candidate-screen",
        uid="0d4b8f2e-6a1c-4e97-b3d5-8c2f0e6a4b19@calendly.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0d4b8f2e-6a1c-4e97-b3d5-8c2f0e6a4b19@calendly.com
DTSTAMP:20250210T142211Z
DTSTART:20250212T163000Z
DTEND:20250212T170000Z
SUMMARY:Marcus Bell and Brandon Whitaker
ORGANIZER;CN=Brandon Whitaker:mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CN=Marcus Bell;PARTSTAT=ACCEPTED:mailto:marcus.bell.netops@gmail.com
LOCATION:Phone call: Brandon Whitaker will call the invitee at +1 708-555-0134
DESCRIPTION:Event Name: 30 Minute Candidate Screen - IT Contract Roles\n\nI
 nvitee: Marcus Bell\nInvitee Email: marcus.bell.netops@gmail.com\n\nQuestio
 ns:\nWhich role are you interested in?\nSr. Network Engineer (contract\, Fi
 ntrust)\nW2 or C2C?\nW2\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calendly-host-candidate-screen",
        hiring=True,
    ),
    dict(
        kind="agency-scheduled-client-interview",
        uid="040000008200E00074C5B7101A82E0080000000001020304050607DB01000000000000000010000000C0FFEE0000000001",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Orti
 z:mailto:jortiz.dataeng@outlook.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pham, Lin
 da":mailto:linda.pham@fintrust.example
DESCRIPTION;LANGUAGE=en-US:Linda / Javier -\n\nConfirming the 1st round int
 erview for the Senior Data Engineer (contract-to-hire\, req FT-4471). Javier
 's resume is attached. Linda\, please send feedback to me directly after th
 e call.\n\nBrandon Whitaker | Senior IT Recruiter | Lakeloop Staffing{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000001020304050607DB01000000000000000010000000C0FFEE0000000001
SUMMARY;LANGUAGE=en-US:Candidate interview: J. Ortiz w/ Fintrust (Sr Data E
 ngineer)
DTSTART;TZID=Central Standard Time:20250218T100000
DTEND;TZID=Central Standard Time:20250218T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T194500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-agency-schedules-candidate-with-client",
        hiring=True,
    ),
    dict(
        kind="greenhouse-interview-kit",
        uid="greenhouse-interview-61200877-1@lakeloop.greenhouse.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-61200877-1@lakeloop.greenhouse.example
DTSTAMP:20250224T170000Z
DTSTART:20250303T210000Z
DTEND:20250303T214500Z
SUMMARY:Interview: Priya Nair for Associate Recruiter (IT Contract)
ORGANIZER;CN=Renee Fitzgerald:mailto:rfitzgerald@lakeloopstaffing.com
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bwhitake
 r@lakeloopstaffing.com
LOCATION:CHI-Wacker-Huddle 2
DESCRIPTION:You're interviewing Priya Nair for Associate Recruiter (IT Cont
 ract).\n\nInterview: Recruiting Fundamentals\nFocus attributes: sourcing c
 reativity\, candidate communication\, resilience\n\nInterview kit: https://
 app.greenhouse.example/guides/61200877/interview_kit\nResume: https://app.gr
 eenhouse.example/people/99120/resume\n\nPlease submit your scorecard within
  24 hours.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-greenhouse-interview-kit",
        hiring=True,
    ),
    dict(
        kind="scorecard-reminder-all-day",
        uid="3c7e1a9f-scorecard-kowalski@lakeloopstaffing.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
DTSTAMP:20250226T220000Z
DTSTART;VALUE=DATE:20250227
DTEND;VALUE=DATE:20250228
SUMMARY:Submit scorecard - Dana Kowalski (Assoc. Recruiter interview)
DESCRIPTION:Greenhouse scorecard still open. Rec: lean yes\, great Boolean 
 skills\, weak on closing.
TRANSP:TRANSPARENT
UID:3c7e1a9f-scorecard-kowalski@lakeloopstaffing.com
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-scorecard-reminder-all-day",
        hiring=True,
    ),
    dict(
        kind="client-debrief",
        uid="8f2d6b0a-debrief-fintrust-devops@lakeloopstaffing.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WIN_CENTRAL}BEGIN:VEVENT
DTSTAMP:20250220T153000Z
DTSTART;TZID="Central Standard Time":20250221T160000
DTEND;TZID="Central Standard Time":20250221T163000
SUMMARY:Debrief - Sr DevOps candidates (Okafor\, Lim\, Brandt) w/ Raj
ORGANIZER;CN="Brandon Whitaker":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CN="Raj Patel";RSVP=TRUE:mailto:raj.patel@fintrust.example
DESCRIPTION:Quick debrief on this week's interviews for the Sr DevOps Engin
 eer req. Decision on who goes to final round / offer range.
LOCATION:Phone bridge 312-555-0144 x 2207
UID:8f2d6b0a-debrief-fintrust-devops@lakeloopstaffing.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-client-debrief-final-round-words",
        hiring=True,
    ),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E0080000000099AA11BB22CCDB01000000000000000010000000C0FFEE0000000002",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Tanya Nguyen:mailto:tanya.nguyen.qa@yahoo.example
COMMENT;LANGUAGE=en-US:Thanks Brandon\, see you then!
UID:040000008200E00074C5B7101A82E0080000000099AA11BB22CCDB01000000000000000010000000C0FFEE0000000002
SUMMARY;LANGUAGE=en-US:Accepted: Phone screen - Tanya Nguyen / QA Automation
  Lead (contract)
DTSTART:20250225T203000Z
DTEND:20250225T210000Z
DTSTAMP:20250224T011200Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    dict(
        kind="subvendor-candidate-presentation",
        uid="apexbench-pres-4471-gupta@apexbench.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250219T143000
DTEND;TZID=America/Chicago:20250219T150000
DTSTAMP:20250218T210000Z
ORGANIZER;CN=Vikram Sethi:mailto:vikram@apexbench.example
UID:apexbench-pres-4471-gupta@apexbench.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Brandon Whitaker:mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rahul G
 upta:mailto:rahul.gupta.de@gmail.com
DESCRIPTION:Hi Brandon\, presenting our bench consultant Rahul Gupta for yo
 ur Fintrust Sr Data Engineer req (FT-4471). Rate $78/hr C2C\, H1B transfer 
 ready. Please interview him directly and let me know if you'd like to submi
 t.\n\nVikram Sethi | Apex Bench Partners
LOCATION:https://meet.google.com/apx-bnch-rgp
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Candidate presentation: Rahul Gupta (Apex Bench) for FT-4471
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-subvendor-presents-candidate",
        hiring=True,
    ),
    dict(
        kind="reference-check-on-candidate",
        uid="A0B1C2D3-refcheck-nguyen-0226@lakeloopstaffing.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250226T150000Z
DTSTART:20250227T171500Z
DTEND:20250227T173500Z
SUMMARY:Ref check - T. Nguyen's former mgr (Gail Summers\, Arcwell QA)
DESCRIPTION:call Gail 630-555-0171. questions: reason for leaving\, Seleniu
 m depth\, rehire? Need 2 refs before Fintrust offer.
LOCATION:630-555-0171
UID:A0B1C2D3-refcheck-nguyen-0226@lakeloopstaffing.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-reference-check-on-candidate",
        hiring=True,
    ),
    dict(
        kind="candidate-prep-call",
        uid="prep-raman-meridian-20250310@lakeloopstaffing.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WIN_CENTRAL}BEGIN:VEVENT
DTSTAMP:20250306T180000Z
DTSTART;TZID="Central Standard Time":20250310T171500
DTEND;TZID="Central Standard Time":20250310T174500
SUMMARY:Interview prep - Aisha Raman before her Meridian Pay onsite
ORGANIZER;CN="Brandon Whitaker":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CN="Aisha Raman";RSVP=TRUE:mailto:aisha.raman.sre@gmail.com
DESCRIPTION:Aisha - let's walk through the Meridian Pay SRE onsite loop (sy
 stem design + incident review)\, who you'll meet\, and salary talking point
 s. 30 min.
LOCATION:Phone
UID:prep-raman-meridian-20250310@lakeloopstaffing.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-prep-names-own-target-employer",
        hiring=True,
    ),
    dict(
        kind="client-teams-optional-attendee",
        uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000C0FFEE0000000003",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Rasmussen, Eric":mailto:eric.rasmussen@harwoodlogistics.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandeep Ra
 o:mailto:sandeep.rao.cloud@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cho, Miriam":
 mailto:miriam.cho@harwoodlogistics.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Whi
 taker (Lakeloop):mailto:bwhitaker@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Technical interview - Cloud Architect (Azure). Br
 andon from Lakeloop is optional / listen-only.{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000C0FFEE0000000003
SUMMARY;LANGUAGE=en-US:Interview: Sandeep Rao - Cloud Architect
DTSTART;TZID=Central Standard Time:20250306T130000
DTEND;TZID=Central Standard Time:20250306T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-optional-observer-on-client-interview",
        hiring=True,
    ),
    dict(
        kind="bullhorn-appointment",
        uid="bullhorn-appt-5520193@lakeloop.bullhorn.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bullhorn//Bullhorn ATS//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:bullhorn-appt-5520193@lakeloop.bullhorn.example
DTSTAMP:20250304T140000Z
DTSTART:20250305T153000Z
DTEND:20250305T160000Z
SUMMARY:Interview - Kevin Osei - Help Desk Tier 2 (Contract)
DESCRIPTION:Appointment Type: Interview\nCandidate: Kevin Osei\nJob: Help D
 esk Tier 2 (Contract) - Ridgeway Clinics\nOwner: Brandon Whitaker\nNotes: 
 in-office screen\, bring 2 IDs for I-9
LOCATION:Lakeloop Staffing - 20 N Wacker Dr\, Suite 1400\, Chicago
ORGANIZER;CN=Brandon Whitaker:mailto:bwhitaker@lakeloopstaffing.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-bullhorn-appointment-interview-type",
        hiring=True,
    ),
    dict(
        kind="calendly-candidate-canceled",
        uid="5a9c2e7b-1f3d-4b80-a6c4-e0d2b8f1a357@calendly.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:5a9c2e7b-1f3d-4b80-a6c4-e0d2b8f1a357@calendly.com
DTSTAMP:20250311T120000Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART:20250312T150000Z
DTEND:20250312T153000Z
SUMMARY:Canceled: Leo Marchetti and Brandon Whitaker
ORGANIZER;CN=Brandon Whitaker:mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CN=Leo Marchetti:mailto:leo.marchetti.dev@gmail.com
DESCRIPTION:Event Name: 30 Minute Candidate Screen - IT Contract Roles\n\nC
 anceled by: Leo Marchetti\nReason: accepted another offer\, sorry!\n\nPower
 ed by Calendly.com
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-canceled-host-booking",
        hiring=True,
    ),
    dict(
        kind="offer-call-to-candidate",
        uid="offer-call-morales-0320@lakeloopstaffing.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250319T200000Z
DTSTART:20250320T220000Z
DTEND:20250320T221500Z
SUMMARY:Offer call - Jenna Morales (Fintrust BA\, $62/hr W2)
DESCRIPTION:verbal offer then send DocuSign. start date 4/7. ask about cou
 nteroffer risk.
UID:offer-call-morales-0320@lakeloopstaffing.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-offer-call-to-candidate",
        hiring=True,
    ),
    dict(
        kind="spanish-candidate-screen",
        uid="entrevista-ortega-soporte-0313@lakeloopstaffing.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250313T110000
DTEND;TZID=America/Chicago:20250313T113000
DTSTAMP:20250311T190000Z
ORGANIZER;CN=Brandon Whitaker:mailto:bwhitaker@lakeloopstaffing.com
UID:entrevista-ortega-soporte-0313@lakeloopstaffing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis O
 rtega:mailto:luis.ortega.it@hotmail.example
DESCRIPTION:Hola Luis\, gracias por aplicar. Esta es una entrevista telefón
 ica breve (en español e inglés) para el puesto de Soporte Técnico Bilingüe 
 con nuestro cliente en Schaumburg. Te llamo al 773-555-0190.\n\nBrandon Whi
 taker | Lakeloop Staffing
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica - Luis Ortega (Soporte Bilingüe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-spanish-entrevista-user-organizer",
        hiring=True,
    ),
    dict(
        kind="internal-panelist",
        uid="040000008200E00074C5B7101A82E00800000000DD11EE22FF33DB01000000000000000010000000C0FFEE0000000004",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Renee":mailto:rfitzgerald@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
  Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Boyd, Keisha"
 :mailto:kboyd@lakeloopstaffing.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CHI-Wacker-
 Conf Lakefront":mailto:chi-wacker-lakefront@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Panel interview for our Account Manager (IT Staff
 ing) opening. Candidate: Tom Driscoll. Panelists: Keisha Boyd (sales)\, Bra
 ndon Whitaker (delivery). Interview guide and scorecard in Greenhouse.
UID:040000008200E00074C5B7101A82E00800000000DD11EE22FF33DB01000000000000000010000000C0FFEE0000000004
SUMMARY;LANGUAGE=en-US:Panel interview - Tom Driscoll - Account Manager
DTSTART;TZID=Central Standard Time:20250319T100000
DTEND;TZID=Central Standard Time:20250319T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-Wacker-Conf Lakefront
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-internal-panelist-same-hr-organizer",
        hiring=True,
    ),
    dict(
        kind="ms-bookings-host",
        uid="b7e1d3c5-9f2a-4e68-8b0d-1c3e5a7f9d24@bookings.lakeloopstaffing.com",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN=Lakeloop Candidate Consultations:mailto:CandidateConsults@lakel
 oopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olu Adeyemi:mailto:olu.ad
 eyemi@gmail.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: IT Career Consultation (
 30 min)\nStaff: Brandon Whitaker\nCustomer: Olu Adeyemi\nCustomer notes: Ja
 va dev\, 6 yrs\, looking for contract work\n\nPowered by Microsoft Bookings
UID:b7e1d3c5-9f2a-4e68-8b0d-1c3e5a7f9d24@bookings.lakeloopstaffing.com
SUMMARY;LANGUAGE=en-US:IT Career Consultation - Olu Adeyemi
DTSTART;TZID=Central Standard Time:20250321T140000
DTEND;TZID=Central Standard Time:20250321T143000
DTSTAMP:20250318T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-bookings-staff-host",
        hiring=True,
    ),
    dict(
        kind="proctor-skills-test",
        uid="proctor-excel-temps-0324@lakeloopstaffing.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250320T130000Z
DTSTART:20250324T140000Z
DTEND:20250324T160000Z
SUMMARY:Proctor Excel/typing assessments - 4 temp candidates (Brandon cover
 ing for Jodi)
DESCRIPTION:Testing room B. Candidates: A. Flores\, K. Brown\, D. Mills\, R
 . Singh. Score in Bullhorn Skills tab.
LOCATION:Lakeloop - Testing Room B
UID:proctor-excel-temps-0324@lakeloopstaffing.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-proctoring-skills-assessment",
        hiring=True,
    ),
    dict(
        kind="client-submittal-review",
        uid="submittal-review-harwood-0227@lakeloopstaffing.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WIN_CENTRAL}BEGIN:VEVENT
DTSTAMP:20250225T150000Z
DTSTART;TZID="Central Standard Time":20250227T150000
DTEND;TZID="Central Standard Time":20250227T153000
SUMMARY:Submittal review - Cloud Architect (3 profiles) - Harwood Logistics
ORGANIZER;CN="Brandon Whitaker":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CN="Eric Rasmussen";RSVP=TRUE:mailto:eric.rasmussen@harwoodlogistic
 s.example
DESCRIPTION:Walk through the 3 submittals (Rao\, Kaminski\, Oyelowo) and pi
 ck who moves to technical interview.
LOCATION:Teams
UID:submittal-review-harwood-0227@lakeloopstaffing.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-submittal-review-technical-interview-words",
        hiring=True,
    ),
    dict(
        kind="candidate-interview-at-target-employer",
        uid="040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB01000000000000000010000000C0FFEE0000000005",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marco Alva
 rez:mailto:marco.alvarez.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist
 , Gary":mailto:gary.lindqvist@brightpathbank.com
DESCRIPTION;LANGUAGE=en-US:Gary / Marco - confirming the interview for the 
 IAM Engineer (contract\, 12 months) at Brightpath Bank. Marco\, please brin
 g photo ID to the LaSalle St lobby.\n\nBrandon Whitaker | Lakeloop Staffing
UID:040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB01000000000000000010000000C0FFEE0000000005
SUMMARY;LANGUAGE=en-US:Candidate interview: M. Alvarez w/ Brightpath Bank (
 IAM Engineer)
DTSTART;TZID=Central Standard Time:20250320T100000
DTEND;TZID=Central Standard Time:20250320T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:200 S. LaSalle St\, Chicago
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-at-bank-user-also-applies-to",
        hiring=True,
    ),
    dict(
        kind="german-client-candidate-interview",
        uid="040000008200E00074C5B7101A82E0080000000077EE88FF99AADB01000000000000000010000000C0FFEE0000000006",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_WEUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Sabine":mailto:sabine.hoffmann@nordtal-maschinen.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Braun
 :mailto:felix.braun.sap@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
  Brandon":mailto:bwhitaker@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Braun\,\n\nwie besprochen das Vorstel
 lungsgespräch für die Position SAP Basis Consultant (Remote\, US-Werk Elgi
 n). Herr Whitaker (Lakeloop Staffing) nimmt optional teil.\n\nMit freundli
 chen Grüßen\nSabine Hoffmann\, HR Nordtal Maschinen{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000077EE88FF99AADB01000000000000000010000000C0FFEE0000000006
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Felix Braun - SAP Basis Consul
 tant
DTSTART;TZID=W. Europe Standard Time:20250311T170000
DTEND;TZID=W. Europe Standard Time:20250311T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-german-vorstellungsgespraech-agency-optional",
        hiring=True,
    ),
]
