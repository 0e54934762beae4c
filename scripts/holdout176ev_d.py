"""holdout176 events, part D: Teamtailor, iCIMS, GoodTime, ModernLoop, Calendly, Cal.com, Bookings, Spanish, agencies."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import iv

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


add("teamtailor-interview", iv(
    "teamtailor-interview-1174932@app.teamtailor.com", "Norrsken Mobility", "UX Research Lead (Remote, Canada)",
    "hiring_manager", "erik.lindqvist@norrskenmobility.se", "teamtailor-utc-swedish-employer-head-of-design"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-1174932@app.teamtailor.com
DTSTAMP:20251029T101203Z
DTSTART:20251104T140000Z
DTEND:20251104T144500Z
SUMMARY:Interview: UX Research Lead (Remote\\, Canada) – Norrsken Mobility
DESCRIPTION:Hi Priya!\\n\\nYou're booked for an interview with Erik Lindqvist
 \\, Head of Design. Erik is in Stockholm\\, so he'll be joining at the end 
 of his day.\\n\\nVideo meeting: https://meet.google.com/nvx-yzuq-eab\\n\\nAll 
 the best\\,\\nNorrsken Mobility Talent\\n\\nSent with Teamtailor
LOCATION:Google Meet
ORGANIZER;CN=Norrsken Mobility:mailto:noreply@teamtailor.com
ATTENDEE;CN=Erik Lindqvist;ROLE=REQ-PARTICIPANT:mailto:erik.lindqvist@norrskenmobility.se
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("icims-interview", iv(
    "iCIMS-Interview-2025-14421-00387@greenfieldgrocers.icims.com", "Greenfield Grocers",
    "Manager, UX Research – Digital", "hiring_manager", "paul.nakamura@greenfieldgrocers.ca",
    "icims-requisition-number-teams-hiring-manager"), """BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:iCIMS-Interview-2025-14421-00387@greenfieldgrocers.icims.com
DTSTAMP:20251030T164418Z
DTSTART;TZID=America/Toronto:20251106T140000
DTEND;TZID=America/Toronto:20251106T150000
SUMMARY:Greenfield Grocers Interview: Manager\\, UX Research – Digital (2025-
 14421)
DESCRIPTION:Hello Priya\\,\\n\\nThis confirms your interview with Paul Nakamur
 a\\, Senior Director\\, Digital Experience\\, for the Manager\\, UX Research –
  Digital role (Job ID 2025-14421).\\n\\nMicrosoft Teams meeting\\nJoin: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3\\nMeeting ID: 245 99
 8 310 667\\n\\nIf you require an accommodation during the interview process\\
 , please let us know.\\n\\nGreenfield Grocers Talent Acquisition
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Greenfield Grocers Careers:mailto:careers@greenfieldgrocers.icims.com
ATTENDEE;CN=Paul Nakamura;ROLE=REQ-PARTICIPANT:mailto:paul.nakamura@greenfieldgrocers.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("goodtime-onsite", iv(
    "goodtime-7b3e0c58a1f94d2e@goodtime.io", "Quanta Cloud", "Staff UX Researcher",
    "onsite", "Yuki Tanaka;Brendan Walsh;Farah Siddiqui;Leo Marchand",
    "goodtime-candidate-invite-interviewers-named-only-in-agenda"), """BEGIN:VCALENDAR
PRODID:-//GoodTime//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:goodtime-7b3e0c58a1f94d2e@goodtime.io
DTSTAMP:20251105T190022Z
DTSTART;TZID=America/Toronto:20251112T110000
DTEND;TZID=America/Toronto:20251112T150000
SUMMARY:Quanta Cloud Onsite Interview - Priya Raman
DESCRIPTION:Hi Priya\\,\\n\\nHere is your itinerary for your Staff UX Researc
 her virtual onsite with Quanta Cloud.\\n\\n11:00 AM - 11:45 AM  Yuki Tanaka 
 (Research Manager) - Research Methods\\n11:45 AM - 12:30 PM  Brendan Walsh 
 (Staff Product Designer) - Collaboration\\n12:30 PM - 1:15 PM  Lunch break\\n
 1:15 PM - 2:00 PM  Farah Siddiqui (Director of Product) - Product Sense\\n2:
 00 PM - 3:00 PM  Leo Marchand (VP Design) - Leadership & Values\\n\\nZoom: h
 ttps://quantacloud.zoom.us/j/96610284471\\n\\nQuestions? Reply to this email 
 and your coordinator\\, Sarah\\, will help.
LOCATION:Zoom
ORGANIZER;CN=Quanta Cloud Interviews:mailto:interviews@quantacloud.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("modernloop-exercise", iv(
    "ml-ev-2f6d1c0e-8a47-4b93-bd25-60c9e7f13a8e@modernloop.io", "Pinecone Analytics", "Senior UX Research Lead",
    "technical", "harper.nguyen@pineconeanalytics.com;sanjay.iyer@pineconeanalytics.com",
    "modernloop-research-exercise-vancouver"), """BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Vancouver@@
BEGIN:VEVENT
UID:ml-ev-2f6d1c0e-8a47-4b93-bd25-60c9e7f13a8e@modernloop.io
DTSTAMP:20251106T002915Z
DTSTART;TZID=America/Vancouver:20251113T100000
DTEND;TZID=America/Vancouver:20251113T113000
SUMMARY:Research Exercise | Priya Raman | Pinecone Analytics
DESCRIPTION:Priya — you'll get a short brief at the start of the session a
 nd spend ~30 min sketching a research plan\\, then talk it through with Har
 per Nguyen (Design Manager) and Sanjay Iyer (Senior PM). No prep required.\\
 n\\nGoogle Meet: https://meet.google.com/bqe-htvn-zdr\\n\\nScheduled with Mode
 rnLoop
LOCATION:Google Meet
ORGANIZER;CN=Pinecone Recruiting:mailto:recruiting@pineconeanalytics.com
ATTENDEE;CN=Harper Nguyen;PARTSTAT=ACCEPTED:mailto:harper.nguyen@pineconeanalytics.com
ATTENDEE;CN=Sanjay Iyer;PARTSTAT=ACCEPTED:mailto:sanjay.iyer@pineconeanalytics.com
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("calendly-founder", iv(
    "b1e6c0a2-4f7d-4c93-a1b8-3d2e5f6a7c90@calendly.com", "Tessellate", "Research Lead (founding team)",
    "hiring_manager", "sam.adeyemi.tess@gmail.com", "calendly-founder-on-gmail-user-booked"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b1e6c0a2-4f7d-4c93-a1b8-3d2e5f6a7c90@calendly.com
DTSTAMP:20251016T232801Z
DTSTART:20251021T220000Z
DTEND:20251021T223000Z
SUMMARY:Research Lead chat between Sam Adeyemi and Priya Raman
DESCRIPTION:Event Name: Research Lead chat\\n\\nLocation: This is a Google M
 eet web conference. https://meet.google.com/sap-wkqd-yme\\n\\nHi! I'm Sam\\, 
 co-founder of Tessellate (care-coordination software for home care). We'r
 e hiring our first Research Lead — grab 30 min and let's see if there's 
 a fit.\\n\\nQuestions: What's your LinkedIn?\\nhttps://www.linkedin.com/in/pr
 iyaraman-ux\\n\\nNeed to make changes to this event?\\nCancel: https://calend
 ly.com/cancellations/b1e6c0a2\\nReschedule: https://calendly.com/reschedulin
 gs/b1e6c0a2\\n\\nPowered by Calendly.com
LOCATION:https://meet.google.com/sap-wkqd-yme
ORGANIZER;CN=Sam Adeyemi:mailto:sam.adeyemi.tess@gmail.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("calcom-interview", iv(
    "kQp3v7XyN2mLrT8sFg4Hj@Cal.com", "Openfield", "Design & Research Lead", "",
    "maria@openfield.app", "cal-com-between-company-and-user-no-stage"), """BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:kQp3v7XyN2mLrT8sFg4Hj@Cal.com
DTSTAMP:20251125T150044Z
DTSTART:20251202T170000Z
DTEND:20251202T174500Z
SUMMARY:Design & Research Lead interview between Maria Costa and Priya Raman
DESCRIPTION:What: Design & Research Lead interview\\nInvitee Time Zone: Amer
 ica/Toronto\\nWho:\\n- Maria Costa - Organizer\\nmaria@openfield.app\\n- Priya
  Raman\\npriya.raman.ux@outlook.com\\nWhere: Cal Video\\nhttps://app.cal.com/v
 ideo/kQp3v7XyN2mLrT8sFg4Hj\\n\\nNeed to reschedule or cancel? https://app.ca
 l.com/booking/kQp3v7XyN2mLrT8sFg4Hj
LOCATION:Cal Video
ORGANIZER;CN=Maria Costa:mailto:maria@openfield.app
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("bookings-hospital", iv(
    "040000008200E00074C5B7101A82E00800000000F1A2B3C4D55EDC01000000000000000010000000D4E8C2A1B3F04E6A9C7B5D3E1F2A0B68",
    "Riverside Health Sciences Centre", "Manager, Patient Experience Research", "hiring_manager",
    "Helen Cho", "microsoft-bookings-hospital-staff-name-only"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Riverside HSC Careers:mailto:RiversideHSCCareers@riversidehsc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman.ux@outlook.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\\n\\nService: Interview
  – Manager\\, Patient Experience Research (Posting #25-0931)\\nStaff: Helen 
 Cho\\, Director\\, Patient Experience & Quality (hiring manager)\\nDuration: 
 1 hour\\n\\nJoin Microsoft Teams Meeting\\n\\nIf you need to change this book
 ing\\, please use the link in your confirmation email.\\nRiverside Health Sc
 iences Centre\\n
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D55EDC01000000000000000010000000D4E8C2A1B3F04E6A9C7B5D3E1F2A0B68
SUMMARY;LANGUAGE=en-US:Interview – Manager\\, Patient Experience Research
DTSTART;TZID=Eastern Standard Time:20251117T093000
DTEND;TZID=Eastern Standard Time:20251117T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T171208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1
END:VEVENT
END:VCALENDAR
""")

add("entrevista-espanol", iv(
    "7m2r4c9l0h1q8v3p6e5n0k2tbs@google.com", "Clara Salud", "Líder de Investigación UX (remoto)",
    "hiring_manager", "lucia.fernandez@clarasalud.mx", "spanish-entrevista-mexico-city-google"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Mexico_City@@
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20251118T110000
DTEND;TZID=America/Mexico_City:20251118T120000
DTSTAMP:20251111T184455Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@clarasalud.mx
UID:7m2r4c9l0h1q8v3p6e5n0k2tbs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lucia.fernandez@clarasalud.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20251111T184454Z
DESCRIPTION:Hola Priya\\,\\n\\nGracias por tu interés en Clara Salud. Te comp
 arto la invitación para la entrevista con Lucía Fernández\\, Directora de D
 iseño\\, para la vacante de Líder de Investigación UX (remoto\\, equipo en C
 anadá). La entrevista puede ser en inglés.\\n\\nUnirse con Google Meet: http
 s://meet.google.com/wcd-gnfo-pxs\\n\\n¡Saludos!
LAST-MODIFIED:20251111T184454Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Líder de Investigación UX – Priya Raman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("headhunter-confidential", iv(
    "040000008200E00074C5B7101A82E00800000000A8C4E2F06B2BDC010000000000000000100000003F7E9D1C5B2A4866A0E1C3B5D7F9E2A4",
    "Orchard Health", "Head of Research", "recruiter_screen", "nadine.k@northboundtalent.com",
    "headhunter-names-client-only-in-body"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kowalczyk, Nadine":mailto:nadine.k@northboundtalent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\\,\\n\\nThanks for getting back to me. As 
 mentioned on LinkedIn\\, we've been retained by Orchard Health to find the
 ir first Head of Research (reporting to the CPO). This call is for me to 
 take you through the mandate\\, hear about your background and see if it 
 makes sense to put you forward. Please keep the client name confidential 
 for now.\\n\\nI'll call you on 647-555-0163.\\n\\nBest\\,\\nNadine Kowalczyk\\nPar
 tner\\, Northbound Talent | Executive Search – Digital & Product\\n
UID:040000008200E00074C5B7101A82E00800000000A8C4E2F06B2BDC010000000000000000100000003F7E9D1C5B2A4866A0E1C3B5D7F9E2A4
SUMMARY;LANGUAGE=en-US:Priya Raman / Northbound Talent – confidential search
DTSTART;TZID=Eastern Standard Time:20251008T080000
DTEND;TZID=Eastern Standard Time:20251008T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T205510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")

add("agency-sent-client", iv(
    "040000008200E00074C5B7101A82E008000000006E1D3C5B7A9FDB0100000000000000001000000011C3E5A7B9D2F4E6A8C0B2D4F6E8A0C2",
    "Aurora Telecom", "Manager, UX Research", "hiring_manager", "victor.chen@auroratelecom.ca",
    "agency-recruiter-organizer-client-hiring-manager-attends"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dana Whitlock":mailto:dwhitlock@keystonesearch.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Victor":mailto:victor.chen@auroratelecom.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priya and Victor\\,\\n\\nAs discussed\\, I've bo
 oked time for you both to meet about the Manager\\, UX Research role on Vi
 ctor's team at Aurora Telecom. Victor\\, Priya's resume is attached to my e
 arlier email.\\n\\nI won't be joining — Priya\\, give me a call after and le
 t me know how it went!\\n\\nDana Whitlock | Senior Consultant\\, Digital\\nKey
 stone Search Group\\n\\n______________________\\nMicrosoft Teams meeting\\nMee
 ting ID: 287 114 095 331\\n
UID:040000008200E00074C5B7101A82E008000000006E1D3C5B7A9FDB0100000000000000001000000011C3E5A7B9D2F4E6A8C0B2D4F6E8A0C2
SUMMARY;LANGUAGE=en-US:Aurora Telecom - Priya Raman / Victor Chen (via Keystone)
DTSTART;TZID=Eastern Standard Time:20251112T160000
DTEND;TZID=Eastern Standard Time:20251112T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T184233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")
