# ruff: noqa: E501, W291, W293, RUF100
"""holdout257 events, part D: other negatives (trade meetings, personal, press, classes, prep, family)."""

from holdout257ev_zones import BERLIN, CHICAGO, TEAMS_FOOTER, WIN_CENTRAL, WIN_EASTERN


def neg(kind: str, uid: str, ics: str, trap: str) -> dict:
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=False)


EVENTS = [
    neg("outlook-intake-call", "040000008200E00074C5B7101A82E0080000000010AA20BB30CCDB01000000000000000010000000D0D0D0D000000001", rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Patel, Raj":ma
 ilto:raj.patel@fintrust.example
DESCRIPTION;LANGUAGE=en-US:Intake for new req: Sr DevOps Engineer (2 heads\,
  contract-to-hire). Must-haves\, interview process\, rate\, timeline.{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000010AA20BB30CCDB01000000000000000010000000D0D0D0D000000001
SUMMARY;LANGUAGE=en-US:Intake call - Sr DevOps Eng req - Fintrust (HM: Raj 
 Patel)
DTSTART;TZID=Central Standard Time:20250205T093000
DTEND;TZID=Central Standard Time:20250205T100000
DTSTAMP:20250203T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "intake-call-with-hiring-manager-not-interview"),
    neg("recurring-pipeline-review-override", "040000008200E00074C5B7101A82E0080000000020BB30CC40DDDB01000000000000000010000000D0D0D0D000000002", rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Castellano, Vincent":mailto:vcastellano@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Whitaker, Brandon":mai
 lto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nakamura, Jodi":mailto:
 jnakamura@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Weekly IT desk pipeline: interviews scheduled th
 is week\, offers out\, starts\, fall-offs.
RRULE:FREQ=WEEKLY;UNTIL=20250630T140000Z;INTERVAL=1;BYDAY=MO;WKST=SU
UID:040000008200E00074C5B7101A82E0080000000020BB30CC40DDDB01000000000000000010000000D0D0D0D000000002
SUMMARY;LANGUAGE=en-US:IT Desk - Interview & Offer Pipeline Review
DTSTART;TZID=Central Standard Time:20250106T090000
DTEND;TZID=Central Standard Time:20250106T093000
DTSTAMP:20250102T150000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-Wacker-Conf Lakefront
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Castellano, Vincent":mailto:vcastellano@lakeloopstaffing.com
RECURRENCE-ID;TZID=Central Standard Time:20250217T090000
UID:040000008200E00074C5B7101A82E0080000000020BB30CC40DDDB01000000000000000010000000D0D0D0D000000002
SUMMARY;LANGUAGE=en-US:IT Desk - Interview & Offer Pipeline Review (moved 
 - Presidents Day)
DTSTART;TZID=Central Standard Time:20250218T083000
DTEND;TZID=Central Standard Time:20250218T090000
DTSTAMP:20250212T150000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Teams
END:VEVENT
END:VCALENDAR
""", "recurring-team-meeting-interview-word-recurrence-override"),
    neg("ios-dentist", "F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B
DTSTAMP:20250115T020000Z
DTSTART:20250214T073000
DTEND:20250214T083000
SUMMARY:Dentist - Dr. Ramos (cleaning)
LOCATION:Wicker Park Dental\, 1520 N Milwaukee Ave
BEGIN:VALARM
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "personal-appointment-floating"),
    neg("family-interview-drive", "9A8B7C6D-5E4F-4321-9876-ABCDEF012345", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:9A8B7C6D-5E4F-4321-9876-ABCDEF012345
DTSTAMP:20250220T030000Z
DTSTART:20250222T103000
DTEND:20250222T120000
SUMMARY:drive Tyler to his interview @ Target Evanston
DESCRIPTION:his first job interview!! make him bring the resume
END:VEVENT
END:VCALENDAR
""", "family-member-job-interview"),
    neg("spanish-family-school-interview", "2k9x7c1v3b5n0m8q4w6e2r1t0y@google.com", rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250315T100000
DTEND;TZID=America/Chicago:20250315T110000
DTSTAMP:20250301T160000Z
ORGANIZER;CN=Daniela Whitaker:mailto:dani.whitaker.mx@gmail.com
UID:2k9x7c1v3b5n0m8q4w6e2r1t0y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=brando
 n.whitaker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION:Entrevista de admisión de Sofía en el Colegio San Rafael. ¿Pued
 es llevarnos? Tenemos que llegar 15 min antes con el acta de nacimiento.
LOCATION:Colegio San Rafael\, 2400 W Cermak Rd\, Chicago
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de admisión - Sofía (Colegio San Rafael)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "spanish-entrevista-niece-school-admission"),
    neg("global-entry-interview", "ttp-gei-ord-55190273@cbp.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trusted Traveler Programs//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ttp-gei-ord-55190273@cbp.example
DTSTAMP:20250120T180000Z
DTSTART:20250228T154500Z
DTEND:20250228T161500Z
SUMMARY:Global Entry Interview - Chicago O'Hare Enrollment Center
LOCATION:O'Hare International Airport\, Terminal 5\, lower level
DESCRIPTION:Bring passport and conditional approval letter. Membership num
 ber TTP-55190273.
END:VEVENT
END:VCALENDAR
""", "global-entry-interview-government"),
    neg("condo-board-interview", "6b0c2d4e-condo-board-bw@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:6b0c2d4e-condo-board-bw@gmail.com
DTSTAMP:20250305T010000Z
DTSTART:20250311T003000Z
DTEND:20250311T013000Z
SUMMARY:Co-op board interview - 3150 N Lake Shore unit 12C
DESCRIPTION:Board wants tax returns + employment letter. Wear a jacket.
LOCATION:3150 N Lake Shore Dr\, community room
END:VEVENT
END:VCALENDAR
""", "housing-coop-board-interview"),
    neg("podcast-guest-interview", "recruiterhours-ep112@riverside.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruiterhours-ep112@riverside.example
DTSTAMP:20250130T200000Z
DTSTART:20250206T230000Z
DTEND:20250207T000000Z
SUMMARY:Recruiter Hours podcast - interview recording w/ Brandon Whitaker (
 ep. 112)
ORGANIZER;CN=Nadine Flores:mailto:nadine@recruiterhourspod.example
ATTENDEE;CN=Brandon Whitaker:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION:Topic: "Contract IT recruiting after the layoffs". You're our 
 guest\; 45 min conversation\, studio link below. Headphones please!\nhttps:/
 /riverside.example/studio/recruiter-hours
LOCATION:https://riverside.example/studio/recruiter-hours
END:VEVENT
END:VCALENDAR
""", "podcast-interview-user-as-guest"),
    neg("ux-research-interview", "userinterviews-study-88412-bw@userinterviews.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-study-88412-bw@userinterviews.example
DTSTAMP:20250218T170000Z
DTSTART:20250224T190000Z
DTEND:20250224T194500Z
SUMMARY:Research session: Recruiter workflow interview ($90 incentive)
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.example
ATTENDEE;CN=Brandon Whitaker:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION:Thanks for joining our 45-minute research interview about how 
 agency recruiters use sourcing tools. This is not a job interview. Incentiv
 e paid within 5 days.\nZoom: https://zoom.example/j/7710022334
END:VEVENT
END:VCALENDAR
""", "paid-ux-research-interview"),
    neg("mock-interview-names-employer", "5f7a9b1c-mock-quillstack@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:5f7a9b1c-mock-quillstack@gmail.com
DTSTAMP:20250306T040000Z
DTSTART:20250309T200000Z
DTEND:20250309T213000Z
SUMMARY:Mock interview w/ Danielle - practice Quillstack final (case pres)
ORGANIZER;CN=Brandon Whitaker:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Danielle Ruiz:mailto:danielle.ruiz.ta@gmail.com
DESCRIPTION:Danielle plays VP Eng. Run the 90-day plan deck twice\, time it.
LOCATION:my place
END:VEVENT
END:VCALENDAR
""", "mock-interview-names-target-employer"),
    neg("webinar-structured-interviewing", "shrmchi-webinar-0226@zoom.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//zoom.us//iCalendar Event//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:shrmchi-webinar-0226@zoom.example
DTSTAMP:20250210T150000Z
DTSTART:20250226T180000Z
DTEND:20250226T190000Z
SUMMARY:Webinar: Structured Interviewing for TA Leaders (SHRM Chicago)
DESCRIPTION:Hi Brandon\,\n\nThank you for registering for "Structured Inter
 viewing for TA Leaders". Panelists: hiring leaders from three Chicago heal
 th systems. 1.0 SHRM PDC.\n\nJoin from PC\, Mac\, iPad\, or Android: https:
 //zoom.example/w/88120033112
LOCATION:https://zoom.example/w/88120033112
END:VEVENT
END:VCALENDAR
""", "webinar-about-interviewing"),
    neg("online-class-behavioral-interviewing", "airs-cdr-class-module3@airs.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AIRS Training//Class Schedule//EN
BEGIN:VEVENT
UID:airs-cdr-class-module3@airs.example
DTSTAMP:20250110T150000Z
DTSTART:20250212T230000Z
DTEND:20250213T003000Z
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:AIRS Certified Diversity Recruiter - Module 3: Inclusive Interviews
DESCRIPTION:Live virtual class. Homework: rewrite one interview guide.
LOCATION:Online classroom
END:VEVENT
END:VCALENDAR
""", "recurring-class-on-interview-techniques"),
    neg("informational-coffee-target-employer", "7vq2n4c8x1z5b9k3m0p6w8r2ts@google.com", rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250219T080000
DTEND;TZID=America/Chicago:20250219T084500
DTSTAMP:20250214T200000Z
ORGANIZER;CN=brandon.whitaker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
UID:7vq2n4c8x1z5b9k3m0p6w8r2ts@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elena V
 oss:mailto:elena@haldenlabs.com
DESCRIPTION:Informational coffee - ask Elena what TA looks like at Halden La
 bs\, whether they'll open a recruiter role this year. No resume\, just netw
 orking.
LOCATION:Goddess and the Baker\, 225 S Wabash
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Elena Voss (Halden Labs) - informational
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "informational-coffee-at-target-employer"),
    neg("job-fair-booth", "careerfair-navypier-0410@lakeloopstaffing.com", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250301T150000Z
DTSTART;VALUE=DATE:20250410
DTEND;VALUE=DATE:20250411
SUMMARY:Chicago Tech Career Fair - Navy Pier (Lakeloop booth 214)
DESCRIPTION:Setup 8am. Bring banner\, QR code for job board\, on-the-spot in
 terview sign-up sheet.
LOCATION:Navy Pier Festival Hall B
UID:careerfair-navypier-0410@lakeloopstaffing.com
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", "job-fair-all-day-staffing-booth"),
    neg("reference-call-user-as-referee", "ref-kayla-simmons-0312@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:ref-kayla-simmons-0312@gmail.com
DTSTAMP:20250310T170000Z
DTSTART:20250312T171500Z
DTEND:20250312T173500Z
SUMMARY:Reference call for Kayla Simmons (my old coordinator) - Northbeam H
 R calling me
ORGANIZER;CN=Lydia Garner:mailto:lydia.garner@northbeam.example
ATTENDEE;CN=brandon.whitaker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION:Lydia from Northbeam will call you as a reference for Kayla Sim
 mons\, candidate for Recruiting Coordinator.
END:VEVENT
END:VCALENDAR
""", "reference-call-user-is-referee"),
    neg("prep-block-own-interview", "prep-quillstack-deck-0310@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:prep-quillstack-deck-0310@gmail.com
DTSTAMP:20250305T050000Z
DTSTART:20250310T230000Z
DTEND:20250311T020000Z
SUMMARY:PREP: Quillstack case presentation - finish slides\, rehearse
DESCRIPTION:Interview tomorrow 10am. Slides to Jess by tonight.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "prep-block-before-own-final"),
    neg("thank-you-reminder", "thankyou-brightpath-0314@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
BEGIN:VEVENT
UID:thankyou-brightpath-0314@gmail.com
DTSTAMP:20250313T230000Z
DTSTART;VALUE=DATE:20250314
DTEND;VALUE=DATE:20250315
SUMMARY:send thank-you emails - Brightpath final panel (Folake\, Derek\, Gar
 y)
END:VEVENT
END:VCALENDAR
""", "thank-you-reminder-all-day-names-panel"),
    neg("recruiter-no-employer-named", "4xw8b2n6q0c3v7k1m9z5p2r8hj@google.com", rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250402T120000
DTEND;TZID=America/Chicago:20250402T122000
DTSTAMP:20250328T150000Z
ORGANIZER;CN=Jordan Pace:mailto:jordan@summittalentpartners.example
UID:4xw8b2n6q0c3v7k1m9z5p2r8hj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION:Hi Brandon - quick intro call about a confidential TA Manager s
 earch (Fortune 500\, Chicago suburbs). Can't share the client name until w
 e talk.\n\nJordan Pace | Summit Talent Partners
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call - Jordan (Summit Talent) / Brandon - confidential TA Mgr
  search
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "recruiter-call-confidential-client-no-employer"),
    neg("stay-interview-hr", "040000008200E00074C5B7101A82E0080000000030CC40DD50EEDB01000000000000000010000000D0D0D0D000000003", rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Renee":mailto:rfitzgerald@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
  Brandon":mailto:bwhitaker@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Annual stay interview - what keeps you here\, wh
 at might pull you away\, career goals. Informal\, 30 min.
UID:040000008200E00074C5B7101A82E0080000000030CC40DD50EEDB01000000000000000010000000D0D0D0D000000003
SUMMARY;LANGUAGE=en-US:Stay Interview - Brandon Whitaker
DTSTART;TZID=Central Standard Time:20250312T140000
DTEND;TZID=Central Standard Time:20250312T143000
DTSTAMP:20250305T150000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HR office 14th fl
END:VEVENT
END:VCALENDAR
""", "stay-interview-with-current-employer-hr"),
    neg("german-vendor-webinar", "webinar-recruiting-de-20250320@talentbruecke.example", rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoToWebinar//DE
METHOD:PUBLISH
{BERLIN}BEGIN:VEVENT
UID:webinar-recruiting-de-20250320@talentbruecke.example
DTSTAMP:20250301T090000Z
DTSTART;TZID=Europe/Berlin:20250320T170000
DTEND;TZID=Europe/Berlin:20250320T180000
SUMMARY:Webinar: Bewerbungsgespräche rechtssicher führen - Recruiting in De
 utschland für US-Teams
DESCRIPTION:Vielen Dank für Ihre Anmeldung! Themen: AGG\, Fragerecht im Vor
 stellungsgespräch\, Betriebsrat. Sprache: Deutsch/Englisch.
LOCATION:Online
END:VEVENT
END:VCALENDAR
""", "german-webinar-about-job-interviews"),
    neg("spanish-press-interview", "entrevista-prensa-0227@noticiaschicago.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:entrevista-prensa-0227@noticiaschicago.example
DTSTAMP:20250224T180000Z
DTSTART:20250227T210000Z
DTEND:20250227T213000Z
SUMMARY:Entrevista con Noticias Chicago 44 - mercado laboral TI
ORGANIZER;CN=Paola Ibarra:mailto:paola.ibarra@noticiaschicago.example
ATTENDEE;CN=Brandon Whitaker:mailto:bwhitaker@lakeloopstaffing.com
DESCRIPTION:Hola Brandon\, gracias por aceptar la entrevista para el report
 aje sobre empleos de tecnología en Chicago. Grabamos en su oficina\, 10 min
 utos.
LOCATION:Lakeloop Staffing\, 20 N Wacker Dr
END:VEVENT
END:VCALENDAR
""", "spanish-press-interview-user-as-source"),
    neg("french-webinaire", "webinaire-entrevue-structuree@rhquebec.example", rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
{WIN_EASTERN}BEGIN:VEVENT
UID:webinaire-entrevue-structuree@rhquebec.example
DTSTAMP:20250301T140000Z
DTSTART;TZID="Eastern Standard Time":20250402T120000
DTEND;TZID="Eastern Standard Time":20250402T130000
SUMMARY;LANGUAGE=fr-CA:Webinaire : L'entrevue structurée en acquisition de t
 alents
DESCRIPTION;LANGUAGE=fr-CA:Merci de votre inscription. Conférencière : Mart
 ine Roy\, CRHA. Le webinaire sera en français avec sous-titres anglais.
LOCATION:En ligne
END:VEVENT
END:VCALENDAR
""", "french-webinaire-entrevue-structuree"),
    neg("interviewer-training", "040000008200E00074C5B7101A82E0080000000040DD50EE60FFDB01000000000000000010000000D0D0D0D000000004", rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Lakeloop Learning":mailto:learning@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
  Brandon":mailto:bwhitaker@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Mandatory for all recruiters: Interviewer Traini
 ng - Reducing Bias in Candidate Interviews (Part 2).{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000040DD50EE60FFDB01000000000000000010000000D0D0D0D000000004
SUMMARY;LANGUAGE=en-US:[Mandatory] Interviewer Training: Bias in Interview
 s
DTSTART;TZID=Central Standard Time:20250225T150000
DTEND;TZID=Central Standard Time:20250225T160000
DTSTAMP:20250210T150000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "mandatory-interviewer-training"),
    neg("volunteer-mock-interviews", "malcolmx-mock-interviews-0404@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:malcolmx-mock-interviews-0404@gmail.com
DTSTAMP:20250320T150000Z
DTSTART:20250404T150000Z
DTEND:20250404T180000Z
SUMMARY:Volunteer: mock interviews for students - Malcolm X College career 
 center
DESCRIPTION:Give feedback on resumes + 20-min mock interviews. Check in wit
 h Ms. Howard.
LOCATION:Malcolm X College\, 1900 W Jackson Blvd
END:VEVENT
END:VCALENDAR
""", "volunteer-mock-interviews-for-students"),
    neg("client-qbr", "qbr-fintrust-q1@lakeloopstaffing.com", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250325T150000Z
DTSTART:20250403T150000Z
DTEND:20250403T160000Z
SUMMARY:Fintrust Q1 QBR - fill rate\, time-to-submit\, interview-to-offer r
 atio
ORGANIZER;CN="Vincent Castellano":mailto:vcastellano@lakeloopstaffing.com
ATTENDEE;CN="Brandon Whitaker":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;CN="Raj Patel":mailto:raj.patel@fintrust.example
LOCATION:Fintrust\, 311 W Monroe
UID:qbr-fintrust-q1@lakeloopstaffing.com
END:VEVENT
END:VCALENDAR
""", "client-business-review-hiring-metrics"),
    neg("post-offer-fingerprinting", "fp-northwind-onboarding-bw@northwindhealth.org", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Onboarding//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:fp-northwind-onboarding-bw@northwindhealth.org
DTSTAMP:20250320T150000Z
DTSTART:20250325T130000Z
DTEND:20250325T133000Z
SUMMARY:Pre-employment: fingerprinting & drug screen - Northwind Health Emp
 loyee Health
DESCRIPTION:Congratulations on your offer! Please complete fingerprinting a
 nd your drug screen before your start date. Bring photo ID.
LOCATION:Northwind Health Employee Health\, 1450 W Fillmore St\, Suite 110
END:VEVENT
END:VCALENDAR
""", "post-offer-onboarding-step-at-target-employer"),
    neg("career-coach-session", "coach-session-4-bw@calendly.com", r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:coach-session-4-bw@calendly.com
DTSTAMP:20250310T150000Z
DTSTART:20250317T000000Z
DTEND:20250317T010000Z
SUMMARY:Brandon Whitaker and Renata Okafor (Career Coaching)
ORGANIZER;CN=Renata Okafor:mailto:renata@okaforcoaching.example
ATTENDEE;CN=Brandon Whitaker:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION:Event Name: 60 min Coaching - Offer negotiation & interview de
 brief\n\nPowered by Calendly.com
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", "career-coaching-offer-negotiation"),
    neg("greenhouse-community-webinar", "greenhouse-open-2025-ops@greenhouse.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:greenhouse-open-2025-ops@greenhouse.example
DTSTAMP:20250201T150000Z
DTSTART:20250319T170000Z
DTEND:20250319T180000Z
SUMMARY:Greenhouse Open: Interview Ops at scale (virtual session)
DESCRIPTION:You're registered! Learn how TA teams cut interview scheduling 
 time by 40%.
LOCATION:Virtual
END:VEVENT
END:VCALENDAR
""", "ats-vendor-webinar-interview-ops"),
    neg("flight-to-toronto", "united-ua1442-0320-bw@united.example", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//United Airlines//Trip//EN
BEGIN:VEVENT
UID:united-ua1442-0320-bw@united.example
DTSTAMP:20250311T150000Z
DTSTART:20250320T230000Z
DTEND:20250321T011000Z
SUMMARY:Flight UA 1442 ORD-YYZ
DESCRIPTION:Confirmation K7QX2P. Seat 14C. Trip for Hollis & Grey final.
LOCATION:Chicago O'Hare (ORD)
END:VEVENT
END:VCALENDAR
""", "travel-for-own-interview"),
    neg("parent-teacher-conference", "ptc-lincoln-elem-0306@gmail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:ptc-lincoln-elem-0306@gmail.com
DTSTAMP:20250225T030000Z
DTSTART:20250306T163000
DTEND:20250306T165000
SUMMARY:Parent-teacher conf - Mateo (Ms. Kowalczyk)
LOCATION:Lincoln Elementary rm 204
END:VEVENT
END:VCALENDAR
""", "parent-teacher-conference-floating"),
    neg("google-export-calname", "3j5k7l9m1n2b4v6c8x0z@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Brandon - personal
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART:20250403T001500Z
DTEND:20250403T031500Z
DTSTAMP:20250402T120000Z
UID:3j5k7l9m1n2b4v6c8x0z@google.com
CREATED:20250215T180000Z
DESCRIPTION:Sox home opener-ish. Tix from Ray\, section 132.
LAST-MODIFIED:20250215T180000Z
LOCATION:Rate Field\, 333 W 35th St\, Chicago
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sox game w/ Ray
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "google-export-personal-event"),
]
