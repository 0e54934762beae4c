"""holdout176 events, part C: Harborlight Health (Boston), Saltwater Labs, Fernbrook, Northern Mutual, Vitalis, Kranich."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import iv

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


HL_PANEL = ("beth.sullivan@harborlight.health;marcus.reed@harborlight.health;"
            "priscilla.owusu@harborlight.health;kevin.lam@harborlight.health")

add("ashby-hiring-manager", iv(
    "ashby-interview-event-2b8f6c1a-7e0d-4f3b-a9d4-1c5e8b2f7a60", "Harborlight Health", "Head of UX Research",
    "hiring_manager", "beth.sullivan@harborlight.health", "ashby-america-new-york-boston-hiring-manager"), """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/New_York@@
BEGIN:VEVENT
UID:ashby-interview-event-2b8f6c1a-7e0d-4f3b-a9d4-1c5e8b2f7a60
DTSTAMP:20250930T203311Z
DTSTART;TZID=America/New_York:20251007T120000
DTEND;TZID=America/New_York:20251007T124500
SUMMARY:Harborlight Health: Hiring Manager Interview - Priya Raman
DESCRIPTION:Hi Priya\\,\\n\\nYou're scheduled to meet Beth Sullivan\\, VP of D
 esign\\, for the Head of UX Research role. Beth is based in our Boston offi
 ce (times shown in Eastern).\\n\\nZoom: https://harborlight.zoom.us/j/91822
 047716\\n\\nIf you need to reschedule\\, use the link in your confirmation e
 mail.\\n\\n—\\nHarborlight Health Recruiting · Scheduled with Ashby
LOCATION:https://harborlight.zoom.us/j/91822047716
ORGANIZER;CN=Harborlight Recruiting:mailto:recruiting@harborlight.health
ATTENDEE;CN=Beth Sullivan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:beth.sullivan@harborlight.health
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("ashby-onsite-cancelled", iv(
    "ashby-interview-event-9c41e7d2-3b6a-4f85-8e1c-d07a2b5f9e13", "Harborlight Health", "Head of UX Research",
    "onsite", HL_PANEL, "ashby-method-cancel-boston-onsite"), """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
@@VTZ America/New_York@@
BEGIN:VEVENT
UID:ashby-interview-event-9c41e7d2-3b6a-4f85-8e1c-d07a2b5f9e13
DTSTAMP:20251020T144502Z
DTSTART;TZID=America/New_York:20251027T093000
DTEND;TZID=America/New_York:20251027T150000
SUMMARY:Canceled: Harborlight Health Onsite (Boston) - Priya Raman
DESCRIPTION:This interview has been canceled. We're moving your onsite to a
  virtual format so you don't have to travel — a new invitation follows sh
 ortly. Sorry for the change!\\n\\n—\\nHarborlight Health Recruiting · Schedul
 ed with Ashby
LOCATION:Harborlight Health\\, 100 Summer St\\, 14th Fl\\, Boston\\, MA 02110
ORGANIZER;CN=Harborlight Recruiting:mailto:recruiting@harborlight.health
ATTENDEE;CN=Beth Sullivan;ROLE=REQ-PARTICIPANT:mailto:beth.sullivan@harborlight.health
ATTENDEE;CN=Marcus Reed;ROLE=REQ-PARTICIPANT:mailto:marcus.reed@harborlight.health
ATTENDEE;CN=Priscilla Owusu;ROLE=REQ-PARTICIPANT:mailto:priscilla.owusu@harborlight.health
ATTENDEE;CN=Kevin Lam;ROLE=REQ-PARTICIPANT:mailto:kevin.lam@harborlight.health
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman.ux@outlook.com
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""")

add("virtual-onsite", iv(
    "ashby-interview-event-f3a90d5c-61b2-4c7e-b8d0-2e4f6a1c9b75", "Harborlight Health", "Head of UX Research",
    "onsite", HL_PANEL, "ashby-virtual-onsite-agenda-four-interviewers"), """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/New_York@@
BEGIN:VEVENT
UID:ashby-interview-event-f3a90d5c-61b2-4c7e-b8d0-2e4f6a1c9b75
DTSTAMP:20251020T150917Z
DTSTART;TZID=America/New_York:20251028T100000
DTEND;TZID=America/New_York:20251028T140000
SUMMARY:Harborlight Health Virtual Onsite - Priya Raman (Head of UX Researc
 h)
DESCRIPTION:Your virtual onsite agenda (Eastern Time)\\n\\n10:00–10:45  Resea
 rch leadership – Beth Sullivan\\, VP Design\\n10:45–11:30  Cross-functional
  partnership – Marcus Reed\\, Sr Director Product\\n11:30–12:00  Break\\n12:0
 0–12:45  Research craft deep dive – Priscilla Owusu\\, Principal Researcher
 \\n12:45–1:30  Clinical & data partnership – Kevin Lam\\, Director Data Scie
 nce\\n1:30–2:00  Wrap-up with Recruiting\\n\\nOne Zoom link for the whole da
 y: https://harborlight.zoom.us/j/97730125580\\n\\n—\\nScheduled with Ashby
LOCATION:Zoom
ORGANIZER;CN=Harborlight Recruiting:mailto:recruiting@harborlight.health
ATTENDEE;CN=Beth Sullivan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:beth.sullivan@harborlight.health
ATTENDEE;CN=Marcus Reed;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.reed@harborlight.health
ATTENDEE;CN=Priscilla Owusu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priscilla.owusu@harborlight.health
ATTENDEE;CN=Kevin Lam;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.lam@harborlight.health
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

# Saltwater Labs (Vancouver): Greenhouse via Google, America/Vancouver.
add("recruiter-call-pt", iv(
    "0qv6b5k3g1e2s8d4p7m9t2u1ca@google.com", "Saltwater Labs", "UX Research Lead", "recruiter_screen",
    "amrit.sandhu@saltwaterlabs.com", "greenhouse-america-vancouver-recruiter-call"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Vancouver@@
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250917T100000
DTEND;TZID=America/Vancouver:20250917T103000
DTSTAMP:20250912T231504Z
ORGANIZER;CN=Amrit Sandhu:mailto:amrit.sandhu@saltwaterlabs.com
UID:0qv6b5k3g1e2s8d4p7m9t2u1ca@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amrit Sandhu;X-NUM-GUESTS=0:mailto:amrit.sandhu@saltwaterlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20250912T231503Z
DESCRIPTION:Recruiter call for the UX Research Lead role (hybrid Vancouver 
 or remote in Canada). Note the time is Pacific — 1 pm for you in Toronto.\\
 n\\nMeet: https://meet.google.com/ubt-rgsy-nqa\\n\\nAmrit Sandhu | Talent | S
 altwater Labs
LAST-MODIFIED:20250912T231503Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Saltwater Labs – Recruiter Call (UX Research Lead)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("portfolio-walkthrough", iv(
    "5bnc8q2t6v0k9l3r1p4j7s6e0d@google.com", "Saltwater Labs", "UX Research Lead", "technical",
    "wren.mcallister@saltwaterlabs.com;devon.hughes@saltwaterlabs.com;ines.carvalho@saltwaterlabs.com",
    "greenhouse-pacific-portfolio-walkthrough-practical"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Vancouver@@
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20251001T090000
DTEND;TZID=America/Vancouver:20251001T103000
DTSTAMP:20250923T170233Z
ORGANIZER;CN=Amrit Sandhu:mailto:amrit.sandhu@saltwaterlabs.com
UID:5bnc8q2t6v0k9l3r1p4j7s6e0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Wren McAllister;X-NUM-GUESTS=0:mailto:wren.mcallister@saltwaterlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Devon Hughes;X-NUM-GUESTS=0:mailto:devon.hughes@saltwaterlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inês Carvalho;X-NUM-GUESTS=0:mailto:ines.carvalho@saltwaterlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20250923T170232Z
DESCRIPTION:This is the practical part of our process: walk us through one 
 study end to end — how you framed the question\\, chose the method\\, recru
 ited\\, synthesised and landed the findings. 45 min for you\\, 45 min discus
 sion.\\n\\nPanel: Wren McAllister (Head of Design)\\, Devon Hughes (Senior Re
 searcher)\\, Inês Carvalho (Product Lead)\\n\\nMeet: https://meet.google.com
 /jre-cpbn-wkx
LAST-MODIFIED:20250923T170232Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research Portfolio Walkthrough – Priya Raman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

# Fernbrook (remote Canada): Ashby screen in UTC, then her own all-day block.
add("ashby-screen-utc", iv(
    "ashby-interview-event-50d2e8a7-c4f1-4b39-92a6-7f8e1d3b0c24", "Fernbrook", "Research Lead, Platform",
    "recruiter_screen", "jess@fernbrook.io", "ashby-utc-remote-canada-screen"), """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-50d2e8a7-c4f1-4b39-92a6-7f8e1d3b0c24
DTSTAMP:20250926T180012Z
DTSTART:20251002T153000Z
DTEND:20251002T160000Z
SUMMARY:Priya Raman <> Fernbrook: Intro with Jess
DESCRIPTION:Research Lead\\, Platform (Remote – Canada)\\n\\nA 30 minute intr
 o with Jess Park from our People team to get to know each other and walk t
 hrough the role.\\n\\nJoin: https://meet.google.com/xdo-tqpa-ncz\\n\\nSchedul
 ed with Ashby
LOCATION:https://meet.google.com/xdo-tqpa-ncz
ORGANIZER;CN=Jess Park:mailto:jess@fernbrook.io
ATTENDEE;CN=Jess Park;PARTSTAT=ACCEPTED:mailto:jess@fernbrook.io
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("self-allday-loop", iv(
    "AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCq",
    "Fernbrook", "", "onsite", "Nate;Ola;Chris;Dev", "self-typed-all-day-outlook-loop-block"), """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20251010T012244Z
DESCRIPTION:4 x 45 min back to back\\, links in Ashby email.\\nNate (eng mgr
 ) / Ola (design) / Chris (PM) / Dev (CEO)\\nTake Mon off at Carewell - tol
 d Hannah it's a dentist+errands day\\n
DTEND;VALUE=DATE:20251021
DTSTAMP:20251010T012244Z
DTSTART;VALUE=DATE:20251020
LAST-MODIFIED:20251010T012244Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Fernbrook final loop (virtual) - 4 intvws
TRANSP:OPAQUE
UID:AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCq
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""")

add("successfactors-invite", iv(
    "SF-IS-1c4f9a02b7e84d6f8a3b5c7d9e0f1a2b@northernmutual.successfactors.com", "Northern Mutual Life",
    "Manager, Customer Research", "hiring_manager", "david.osei@northernmutual.ca",
    "successfactors-interview-invitation-hiring-manager"), """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:SF-IS-1c4f9a02b7e84d6f8a3b5c7d9e0f1a2b@northernmutual.successfactors.com
DTSTAMP:20251009T140105Z
DTSTART;TZID=America/Toronto:20251015T130000
DTEND;TZID=America/Toronto:20251015T140000
SUMMARY:Interview Invitation: Manager\\, Customer Research (Req 18832)
DESCRIPTION:Dear Priya Raman\\,\\n\\nThank you for your interest in Northern 
 Mutual Life. We are pleased to confirm your interview for the position of 
 Manager\\, Customer Research (Requisition 18832).\\n\\nInterviewer: David Ose
 i\\, Director\\, CX Insights (hiring manager)\\nFormat: Microsoft Teams video
 \\nDuration: 60 minutes\\n\\nJoin on your computer or mobile app: Click here 
 to join the meeting\\nMeeting ID: 291 604 117 832  Passcode: Lq8JmZ\\nDial 
 in by phone +1 647-749-9154\\,\\,771920455# Canada\\, Toronto\\n\\nKind regard
 s\\,\\nTalent Acquisition\\, Northern Mutual Life
LOCATION:Microsoft Teams
ORGANIZER;CN=Northern Mutual Talent Acquisition:mailto:noreply@successfactors.com
ATTENDEE;CN=David Osei;ROLE=REQ-PARTICIPANT:mailto:david.osei@northernmutual.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("smartrecruiters-video", iv(
    "sr-5f0e7a1b2c9d4e6f80a1b2c3@smartrecruiters.com", "Vitalis Pharmacy Group", "Lead, UX Research",
    "", "carla.mendes@vitalispharmacy.ca", "smartrecruiters-no-reply-video-interview-no-stage"), """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-5f0e7a1b2c9d4e6f80a1b2c3@smartrecruiters.com
DTSTAMP:20251003T091522Z
DTSTART:20251010T140000Z
DTEND:20251010T144500Z
SUMMARY:Video Interview with Vitalis Pharmacy Group
DESCRIPTION:Hi Priya\\,\\n\\nYour interview for Lead\\, UX Research is confirm
 ed.\\n\\nInterviewers:\\nCarla Mendes – Senior Manager\\, Digital Product\\n\\n
 Video link: https://vitalis.webex.com/meet/carla.mendes\\n\\nGood luck!\\nVita
 lis Pharmacy Group Talent Team\\n\\nThis message was sent via SmartRecruiter
 s on behalf of Vitalis Pharmacy Group.
LOCATION:Webex
ORGANIZER;CN=Vitalis Pharmacy Group:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Carla Mendes;ROLE=REQ-PARTICIPANT:mailto:carla.mendes@vitalispharmacy.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

# Kranich Software GmbH: Personio, German, Europe/Berlin.
add("personio-kennenlernen", iv(
    "personio-interview-88213-4471@kranich-software.personio.de", "Kranich Software GmbH",
    "Lead UX Researcher (Remote, Kanada)", "recruiter_screen", "lena.hoffmann@kranich-software.de",
    "personio-german-kennenlerngespraech-europe-berlin"), """BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Berlin@@
BEGIN:VEVENT
UID:personio-interview-88213-4471@kranich-software.personio.de
DTSTAMP:20251006T082011Z
DTSTART;TZID=Europe/Berlin:20251013T170000
DTEND;TZID=Europe/Berlin:20251013T174500
SUMMARY:Kennenlerngespräch: Lead UX Researcher (Remote\\, Kanada) – Priya Ram
 an
DESCRIPTION:Hallo Priya\\,\\n\\nvielen Dank für deine Bewerbung bei Kranich S
 oftware! Wir freuen uns auf ein erstes Kennenlernen mit Lena Hoffmann (Tal
 ent Acquisition). Das Gespräch findet auf Englisch statt.\\n\\nMicrosoft Tea
 ms: Jetzt an der Besprechung teilnehmen\\nBesprechungs-ID: 372 915 044 218\\n
 \\nViele Grüße\\nDein Kranich People Team
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@kranich-software.de
ATTENDEE;CN=Lena Hoffmann;PARTSTAT=ACCEPTED:mailto:lena.hoffmann@kranich-software.de
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("zweitgespraech-fallstudie", iv(
    "personio-interview-88213-4529@kranich-software.personio.de", "Kranich Software GmbH",
    "Lead UX Researcher (Remote, Kanada)", "technical",
    "jonas.weber@kranich-software.de;miriam.schulz@kranich-software.de",
    "personio-german-zweitgespraech-fallstudie-after-dst-change"), """BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Berlin@@
BEGIN:VEVENT
UID:personio-interview-88213-4529@kranich-software.personio.de
DTSTAMP:20251017T121544Z
DTSTART;TZID=Europe/Berlin:20251027T160000
DTEND;TZID=Europe/Berlin:20251027T173000
SUMMARY:Zweitgespräch mit Fallstudie – Lead UX Researcher
DESCRIPTION:Hallo Priya\\,\\n\\nim zweiten Gespräch stellst du uns eine Falls
 tudie vor (ca. 30 Minuten)\\, danach sprechen wir über unsere Produktentdec
 kung und die Zusammenarbeit mit Produktmanagement.\\n\\nDabei sind:\\n- Jonas
  Weber\\, Head of Product Design\\n- Miriam Schulz\\, Senior Product Manager\\n
 \\nAchtung: Bei uns endet am 26.10. die Sommerzeit – die Uhrzeit in deinem
  Kalender sollte trotzdem stimmen (11:00 Toronto).\\n\\nMicrosoft Teams-Bespr
 echung\\nBesprechungs-ID: 318 006 552 901
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@kranich-software.de
ATTENDEE;CN=Jonas Weber;PARTSTAT=ACCEPTED:mailto:jonas.weber@kranich-software.de
ATTENDEE;CN=Miriam Schulz;PARTSTAT=ACCEPTED:mailto:miriam.schulz@kranich-software.de
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")
